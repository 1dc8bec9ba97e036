"""Damage families the seventh probe set (tests/fixtures/name-probes-7: South Asia, Latin
America, South-East Asia, Africa, the Middle East; written and measured before the changes)
showed the pass missing: a name translated as the word it means in Portuguese, Spanish or
Turkish, a lower-case title and short name, a run fixed once and written again without its
evidence, a short form opening a sentence, accents on the wrong letter, and a correct short
form taken for a namesake's surname. Each with correct text the rules must leave alone. The
sentences are the project's own."""

from __future__ import annotations

import pytest

from tests.test_names_probe6_families import _fix, _names, _review

# --- each family: the fix, for review unless its evidence is whole ------------------------

REVIEWED = [
    pytest.param(
        "President Squid opened a new railway line near Brasilia on Friday.\n\n"
        "The trains will carry soya to the ports of the north, the Brazilian government said.",
        "Squid",
        "Lula",
        id="a one-word name translated, after the person's title",
    ),
    pytest.param(
        "Turkish Foreign Minister Hakan Sapling met his Greek counterpart in Athens on Monday.",
        "Sapling",
        "Fidan",
        id="a surname translated after the listed first name",
    ),
    pytest.param(
        "Argentine President Khavier Miley arrived in Santiago on Monday.\n\n"
        "Miley, who took office in 2023, met business leaders after the talks.",
        "Miley",
        "Milei",
        id="a linked surname opening a sentence",
    ),
    pytest.param(
        "Colombian Vice President Francia Márquez visited Cali. Marquéz said the plan would help farmers.",
        "Marquéz",
        "Márquez",
        id="accents on the wrong letter",
    ),
    pytest.param(
        "Mexican Foreign Secretary Juan Ramon of the Fountain met his Canadian counterpart.",
        "of the Fountain",
        "de la Fuente",
        id="a name's particles and the word after them both translated",
    ),
]


@pytest.mark.parametrize(("text", "original", "right"), REVIEWED)
def test_each_family_is_proposed_for_review(gazetteer, text: str, original: str, right: str):
    assert _review(text, gazetteer, original) == right


FIXED = [
    pytest.param(
        "The president hosted a dinner at the Dawn Palace in Brasilia for visiting governors.",
        "Dawn",
        ("Alvorada", 0.85),
        id="a translated word in a listed form",
    ),
    pytest.param(
        "Brazil will host the climate talks next year.\n\n"
        "Speaking in Belem, president lula said the forest had to be protected.",
        "president lula",
        ("President Lula", 0.92),
        id="a lower-case title and short name",
    ),
    pytest.param(
        "The Brazilian Senate met on Tuesday. The former president lula spoke first.",
        "president lula",
        ("President Lula", 0.8),
        id="a modifier before the title stays lower case; nothing else names Brazil: review",
    ),
    pytest.param(
        "Vice President Francia Markes visited Cali on Monday. Marquéz said the plan would help farmers.",
        "Markes",
        ("Márquez", 0.97),
        id="a fix takes the listed accents, not the article's misplaced ones",
    ),
    pytest.param(
        "Indonesian President Prabowo Subianto returned to Yajiada on Monday after the summit.",
        "Yajiada",
        ("Jakarta", 0.92),
        id="a capital of the new regions read back from its Chinese name",
    ),
    pytest.param(
        "Brazilian President Lula da Silva opened the summit in Belem on Monday.\n\n"
        "The talks, Mr. Lola said later, had gone better than expected.",
        "Lola",
        ("Lula", 0.92),
        id="an honorific and the short name the person is called by, named in full before",
    ),
    pytest.param(
        "Brazil's Supreme Court Justice Alexandre of Moraes ordered the platform to pay a fine.",
        "of",
        ("de", 0.92),
        id="a name's particle translated as 'of'",
    ),
    pytest.param(
        "Former Defence Minister Fernando Azevedo and Silva spoke to the Senate committee on Tuesday.",
        "and",
        ("e", 0.92),
        id="a name's 'e' translated as 'and'",
    ),
]


@pytest.mark.parametrize(("text", "original", "fix"), FIXED)
def test_each_family_fix_and_its_confidence(gazetteer, text: str, original: str, fix: tuple[str, float]):
    new, confidence = _fix(text, gazetteer, original)
    assert (new, round(confidence, 2)) == fix


def test_a_lower_case_surname_takes_its_title_with_it(gazetteer):
    text = (
        "Claudia Sheinbaum announced a plan for new railways.\n\n"
        "Asked about the cost, president sheinbaum said private money would pay half."
    )
    assert _fix(text, gazetteer, "president sheinbaum")[0] == "President Sheinbaum"


def test_a_copy_of_a_run_fixed_with_confidence_gets_the_same_fix(gazetteer):
    text = (
        "Brazilian President Lu La arrived in Lima for the regional summit on Thursday.\n\n"
        "Lu La said the region needed a common position on climate finance."
    )
    fixes = [(old, new) for old, new, _ in _names(text, gazetteer)]
    assert fixes.count(("Lu La", "Lula")) == 2, fixes


# --- correct text each rule must leave alone ------------------------------------------------

STAYS = [
    pytest.param(
        (
            "President Squid is the nickname the cartoonists gave the club's chairman after the fish market deal."
        ),
        ("Squid",),
        id="a_translated_word_needs_the_country_in_the_article",
    ),
    pytest.param(
        (
            "Fishing boats from Brazil landed more squid this year, and the Brazilian fleet grew.\n\n"
            "The mayor of the port town said prices had fallen."
        ),
        (
            "squid",
            "mayor",
        ),
        id="the_english_word_itself_stays",
    ),
    pytest.param(
        "The Dawn Chorus, a choir from Leeds, sang at the Sapling Festival in Brasilia.",
        (
            "Dawn",
            "Sapling",
        ),
        id="a_word_that_means_a_name_word_but_names_nobody_stays",
    ),
    pytest.param(
        "The Brazilian fleet brought in lula and octopus, the cooks of Recife said.",
        ("lula",),
        id="a_short_name_without_a_title_is_left",
    ),
    pytest.param(
        "Lu La Bakery opened a second shop in Lima.\n\nLu La Bakery sells bread from Peru.",
        ("Lu La",),
        id="an_unfixed_run_is_not_copied",
    ),
    pytest.param(
        "Miley, a singer from Nashville, played to a full stadium in Buenos Aires.",
        ("Miley",),
        id="the_same_word_opening_a_sentence_without_the_person_stays",
    ),
    pytest.param(
        "BRASÍLIA — Brazilian President Lula da Silva flew to São Paulo on Monday.",
        ("BRASÍLIA",),
        id="a_dateline_in_capitals_keeps_its_accents",
    ),
    pytest.param(
        "Colombian Vice President Francia Marquez visited Cali. Marquez said the plan would help farmers.",
        ("Marquez",),
        id="accents_left_out_are_style_not_damage",
    ),
    pytest.param(
        (
            "Lula names new ministers\n\n"
            "Chief of Staff Rui Costa read out the list of names in Brasilia on Monday."
        ),
        ("Lula",),
        id="a_listed_short_form_is_not_taken_for_a_namesake",
    ),
    pytest.param(
        "Mr. Lola, the owner of a bakery in Lisbon, said bread prices would rise.",
        ("Lola",),
        id="an honorific and a name with nobody like it in the article",
    ),
    pytest.param(
        "The Bank of Japan and the Ministry of Finance met. Silva of Brazil and Costa of Portugal won.",
        ("of",),
        id="'of' between names that make no listed name together",
    ),
]


@pytest.mark.parametrize(("text", "words"), STAYS)
def test_correct_text_stays(gazetteer, text: str, words: tuple[str, ...]):
    names = _names(text, gazetteer)
    assert not [n for n in names for word in words if word in n[0]], names
