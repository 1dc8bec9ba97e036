"""Greek, Cypriot, Israeli, Iranian, Hong Kong and Japanese office holders added with their
own script (issue 15, item 7): a name respelled by ear or read back from that script, with
the role beside it, finds the person, and the English spelling, or an accepted one, stays.
The sentences are the project's own."""

from __future__ import annotations

import pytest

from repair.gazetteer.routes import readings
from tests.test_names_probe6_families import _names

# (sentence, the damaged words, what they become)
FIXED = [
    (
        "Greek Health Minister Adonis Yeoryadis defended the hospital budget on Tuesday.",
        "Yeoryadis",
        "Georgiadis",
    ),
    (
        "Greek Defence Minister Nikos Panayotopoulos flew to the islands on Tuesday.",
        "Panayotopoulos",
        "Panagiotopoulos",
    ),
    (
        "Iranian Economy Minister Farhad Dezhpasand said prices would settle next year.",
        "Dezhpasand",
        "Dejpasand",
    ),
    ("Iranian government spokesman Ali Rabiee told reporters the measures would stay.", "Rabiee", "Rabiei"),
    ("Knesset Speaker Yuli Edelshtein opened the winter session on Monday.", "Edelshtein", "Edelstein"),
    ("Israeli Ambassador to the United Kingdom Tzipi Hotoveli spoke on the radio.", "Hotoveli", "Hotovely"),
    (
        "Hong Kong Financial Secretary Chen Maobo presented the budget on Wednesday.",
        "Chen Maobo",
        "Paul Chan",
    ),
    (
        "Sanseito leader Kamiya Shuhei drew a large crowd in Osaka on Saturday.",
        "Kamiya Shuhei",
        "Sohei Kamiya",
    ),
]


@pytest.mark.parametrize(("sentence", "old", "new"), FIXED, ids=[o for _, o, _ in FIXED])
def test_a_respelled_office_holder_with_the_role_is_found(gazetteer, sentence, old, new):
    assert (old, new) in [(o, n) for o, n, _ in _names(sentence + "\n", gazetteer)]


KEPT = [
    "Greek Finance Minister Efklidis Tsakalotos told the lenders the targets would be met.",
    "Greek government spokesman Pavlos Marinakis said the cabinet would meet on Monday.",
    "Cypriot Foreign Minister Ioannis Kasoulides arrived in Brussels on Thursday.",
    "Former Iranian President Mohammad Khatami did not vote, his office said.",
    "Hong Kong Chief Secretary Eric Chan chaired the flood meeting on Friday.",
    "Labor Party leader Merav Michaeli said her party would vote against the bill.",
]


@pytest.mark.parametrize("sentence", KEPT, ids=[s.split(",")[0][:40] for s in KEPT])
def test_the_office_holders_own_spelling_stays(gazetteer, sentence):
    assert _names(sentence + "\n", gazetteer) == []


def test_hebrew_and_persian_spellings_are_entered_in_their_own_script(gazetteer):
    """The Hebrew and Persian spellings added for routes read back through the new tables."""
    by_name = {e.canonical: e for e in gazetteer.entries() if e.type == "person"}
    assert "Hrtsog" in [r for n in by_name["Isaac Herzog"].native for r in readings(n, "IL")]
    assert "Araqchi" in [r for n in by_name["Abbas Araghchi"].native for r in readings(n, "IR")]
    assert "Yerapetritis" in [r for n in by_name["Giorgos Gerapetritis"].native for r in readings(n, "GR")]
