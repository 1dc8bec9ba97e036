"""The safety guard: facts change only through edits allowed to touch them; refusals are one line."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.edits import Proposal, apply_edits, make_proposal
from repair.safety import changed_word_share, guard

ARTICLE = (
    "Harbour Talks Resume\n"
    "\n"
    "The port authority said on Tuesday that the dredging contract , worth $ 40 million, "
    "would not be signed before March 3, 2025.\n"
    "\n"
    "\u201cWe will not accept a delay of 14 weeks,\u201d said Mara Okonkwo, the authority's chair.\n"
    "\n"
    "Officials expect 2,300 vessels to use the channel by next spring.\n"
)


def edit(text: str, old: str, new: str, kind: str, nth: int = 0) -> Proposal:
    start = -1
    for _ in range(nth + 1):
        start = text.index(old, start + 1)
    return make_proposal(
        text, start, start + len(old), new, kind=kind, rule=f"test.{kind}", confidence=0.99, reason="test"
    )


def run(*proposals: Proposal, text: str = ARTICLE, config: Config | None = None):
    repaired = apply_edits(text, [(p.span, p.replacement) for p in proposals])
    return guard(text, repaired, config or Config(), list(proposals))


def test_an_unchanged_text_passes():
    assert guard(ARTICLE, ARTICLE, Config()).ok


def test_spacing_fixes_pass_even_inside_amounts_and_quotes():
    verdict = run(
        edit(ARTICLE, "$ 40", "$40", "spacing"),
        edit(ARTICLE, "contract ,", "contract,", "spacing"),
    )
    assert verdict.ok, verdict.reason


@pytest.mark.parametrize(
    ("old", "new", "fact"),
    [
        ("$ 40 million", "$ 45 million", "currency amount"),
        ("March 3, 2025", "March 4, 2025", "date"),
        ("on Tuesday", "on Thursday", "date"),
        ("2,300", "2,800", "number"),
        ("would not be", "would be", "negation"),
        ("We will not accept", "We shall not accept", "quotation"),
    ],
)
def test_a_grammar_edit_may_not_touch_a_fact(old, new, fact):
    proposal = edit(ARTICLE, old, new, "grammar")
    verdict = run(proposal)
    assert not verdict.ok
    assert f"would alter a {fact}" in verdict.reason
    assert "\n" not in verdict.reason
    assert verdict.blame == (proposal.id,)


def test_the_refusal_names_the_line_and_the_change():
    verdict = run(edit(ARTICLE, "14 weeks", "four weeks", "grammar"))
    assert not verdict.ok
    assert "line 5" in verdict.reason and "'14 weeks' -> 'four weeks'" in verdict.reason


def test_a_recognised_name_may_be_fixed_inside_a_quote_but_not_a_grammar_word():
    text = "\u201cWe met Mr. Okonkwa and the the envoy,\u201d she said. Okonkwo agreed.\n"
    assert run(edit(text, "Okonkwa", "Okonkwo", "name"), text=text).ok
    refused = run(edit(text, "We met", "We meet", "grammar"), text=text)
    assert not refused.ok and "quotation" in refused.reason


def test_a_doubled_word_made_single_inside_a_quote_is_no_change_of_what_was_said():
    text = (
        "\u201cWe met the the envoy after the Second world war,\u201d she said. The envoy"
        " later returned to the capital, where the talks resumed on a cold morning.\n"
    )
    assert run(edit(text, "the the", "the", "spacing"), text=text).ok
    assert not run(edit(text, "world war", "World War", "grammar"), text=text).ok  # a capital
    refused = run(edit(text, "the envoy", "an envoy", "grammar"), text=text)
    assert not refused.ok and "quotation" in refused.reason


def test_a_doubled_negation_made_single_is_still_one_negation():
    text = "The ministry said it would not not comment on the report before Friday.\n"
    assert run(edit(text, "not not", "not", "spacing"), text=text).ok


def test_chrome_removal_may_take_numbers_dates_and_quotes():
    text = ARTICLE + "\nRead also: \u201cPort fees rise 12% from May 1\u201d\n"
    removal = edit(text, "\nRead also: \u201cPort fees rise 12% from May 1\u201d\n", "\n", "chrome")
    assert run(removal, text=text).ok


def test_mojibake_repair_may_touch_a_currency_sign():
    text = "The fund grew by \u00e2\u201a\u00ac40 million last year, officials said.\n"
    assert run(edit(text, "\u00e2\u201a\u00ac", "\u20ac", "encoding"), text=text).ok


def test_a_change_no_proposal_explains_counts_as_unknown():
    repaired = ARTICLE.replace("2,300 vessels", "2,400 vessels")
    verdict = guard(ARTICLE, repaired, Config(), [])
    assert not verdict.ok and verdict.reason.startswith("a change on line 7")
    # proposals that do not make the repaired text are not believed either
    claimed = edit(ARTICLE, "contract ,", "contract,", "spacing")
    assert not guard(ARTICLE, repaired, Config(), [claimed]).ok


def test_a_month_that_is_a_name_is_not_a_date():
    text = "Theresa Mai spoke to reporters after the vote in parliament.\n"
    assert run(edit(text, "Mai", "May", "name"), text=text).ok


def test_too_many_changed_words_are_refused_and_chrome_does_not_count():
    text = "alpha beta gamma delta epsilon zeta eta theta iota kappa\n"
    one = edit(text, "beta", "bet", "spelling")
    two = edit(text, "gamma", "gama", "spelling")
    config = Config()
    config.max_changed_share = 0.15
    assert run(one, text=text, config=config).ok
    verdict = run(one, two, text=text, config=config)
    assert not verdict.ok and "20% of the words would change" in verdict.reason
    chrome_text = "Subscribe now to our newsletter for free today please\n" + text
    removal = edit(chrome_text, "Subscribe now to our newsletter for free today please\n", "", "chrome")
    assert run(removal, edit(chrome_text, "beta", "bet", "spelling"), text=chrome_text, config=config).ok


def test_changed_word_share_counts_replaced_and_removed_words():
    assert changed_word_share("one two three four", "one two three four") == 0.0
    assert changed_word_share("one two three four", "one too three") == 0.5
    assert changed_word_share("", "") == 0.0


def test_overlapping_or_out_of_range_proposals_fall_back_to_the_diff():
    text = "The council voted on Monday.\n"
    bogus = Proposal(edit(text, "Monday", "Monday", "grammar").span, "x", "y", "grammar", "r", 0.9, "r")
    repaired = text.replace("Monday", "Sunday")
    verdict = guard(text, repaired, Config(), [bogus, bogus])
    assert not verdict.ok and "date" in verdict.reason


@pytest.mark.slow
def test_the_guard_is_linear_on_many_edits():
    # 20,000 doubled words on one line: checked edit by edit, not line by line
    text = "the the report " * 20_000 + "\n"
    proposals = []
    for index in range(20_000):
        start = index * 15
        proposals.append(
            make_proposal(
                text, start, start + 7, "the", kind="spacing", rule="t", confidence=0.95, reason="t"
            )
        )
    config = Config()
    config.max_changed_share = 0.5
    verdict = run(*proposals, text=text, config=config)
    assert verdict.ok, verdict.reason


def test_a_misspelt_negation_keeps_its_negation_through_a_spelling_fix():
    # "canot" is "cannot" misspelt: restoring it adds no negation, respelling it "canto"
    # drops one; an ordinary word near a negation ("novel", "nether") is no negation
    text = "Residents said the council canot explain the delay to the bridge.\n"
    assert run(edit(text, "canot", "cannot", "spelling"), text=text).ok
    verdict = run(edit(text, "canot", "canto", "spelling"), text=text)
    assert not verdict.ok and "negation" in verdict.reason
    werent = "Officials said on Monday that the court files werent ready for the hearing.\n"
    assert run(edit(werent, "werent", "weren't", "punctuation"), text=werent).ok
    novel = "The author said her novel was finished in the nether regions of the library.\n"
    assert not run(edit(novel, "novel", "not", "spelling"), text=novel).ok
