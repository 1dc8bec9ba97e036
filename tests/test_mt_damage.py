"""Word-level damage that machine translation and scraping leave on news pages (issue 17,
item 3): quotation marks on the wrong side of a space, spaces inside brackets, page markup,
fixed phrases damaged the same way everywhere.
Every sentence here is the project's own."""

from __future__ import annotations

import dataclasses

import pytest

from repair import safety
from repair.config import Config
from repair.decide import auto_decisions
from repair.document import Document
from repair.edits import apply_decisions
from repair.loading import load_bytes
from repair.passes.context import PassContext
from repair.passes.grammar import GrammarPass
from repair.passes.spacing import spacing_proposals
from repair.pipeline import Engine


def found(text):
    return [(p.rule, p.original, p.replacement) for p in spacing_proposals(Document.from_text(text))]


def auto_fix(text, config):
    analysis = Engine(config).analyze(load_bytes(text.encode("utf-8")))
    return apply_decisions(analysis.text, analysis.proposals, auto_decisions(analysis.proposals, config))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing mark written after the space, inside an open quotation
        (
            "\u201cThe port will reopen in spring, \u201dthe mayor added.",
            [("quotes.wrong-side", " \u201d", "\u201d ")],
        ),
        # German closes a quotation with \u201c: the mark before an attribution closes it
        (
            "\u201cWe will keep the line open, as we always have, \u201cthe envoy said.",
            [("quotes.wrong-side", " \u201c", "\u201d ")],
        ),
        (
            "The talks will go on until there is a deal, \u201cSantos said.",
            [("quotes.wrong-side", " \u201c", "\u201d ")],
        ),
        (
            "\u201cNobody wants another winter like the last one, \u201csaid the farm minister.",
            [("quotes.wrong-side", " \u201c", "\u201d ")],
        ),
        # a sentence end run into the next sentence: after a year, before a quotation
        ("The deal was signed in 2023.The ministers left.", [("spacing.after-sentence", ".", ". ")]),
        (
            "The envoy landed on Tuesday.\u201cWe are ready,\u201d she said.",
            [("spacing.after-sentence", ".", ". ")],
        ),
        ("The ministers met on Monday .They left.", [("spacing.before-punctuation", " .", ". ")]),
        # a phrase opening with a preposition written twice (or more), as one fix
        ("The talks were held in the in the capital.", [("spacing.doubled-phrase", " in the", "")]),
        ("They met in the in the in the hall.", [("spacing.doubled-phrase", " in the in the", "")]),
        # straight marks: the line's quotation is open (an odd count before) and no mark follows
        ('"The port will reopen in spring, "the mayor added.', [("quotes.wrong-side", ' "', '" ')]),
        ('"We did what we could, "said the mayor.', [("quotes.wrong-side", ' "', '" ')]),
        ('The talks will go on until there is a deal, "Santos said.', [("quotes.wrong-side", ' "', '" ')]),
        (
            "Exports rose in five sectors ( 7 of them new ) last year.",
            [
                ("spacing.inside-brackets", " ", ""),
                ("spacing.inside-brackets", " ", ""),
            ],
        ),
        ("< p>The council met on Monday.", [("spacing.markup", "< p>", "")]),
        (
            "The council met <br /> on Monday.</p>",
            [
                ("spacing.markup", "<br /> ", ""),
                ("spacing.markup", "</p>", ""),
            ],
        ),
        ("The council met<br>on Monday.", [("spacing.markup", "<br>", " ")]),
        # a mark between two spaces: it closes the open quotation, or opens the one a later mark ends
        (
            "The mayor said it was final. \u201d We explained it many times.\u201d",
            [("quotes.lone-mark", " \u201d ", " \u201c")],
        ),
        (
            "He said \u201cwe will go. \u201d Then he left.",
            [("quotes.lone-mark", " \u201d ", "\u201d ")],
        ),
        (  # German style closes with \u201c: inside an open quotation it closes, not opens
            "He said \u201cwe will go. \u201c Then he left.",
            [("quotes.lone-mark", " \u201c ", "\u201d ")],
        ),
        ("\u201c We waited,\u201d he said.", [("quotes.inside-space", " ", "")]),
        ('" We waited," he said.', [("quotes.inside-space", " ", "")]),
        ("She said, \u201cNothing has changed. \u201d", [("quotes.inside-space", " ", "")]),
        ("The minister added:The plan is ready.", [("spacing.after-colon", ":", ": ")]),
        ("\u201cWe are ready,\u201d she said.\u201dThe talks begin.", []),
        ("\u201cWe are ready.\u201dThe talks begin today.", [("spacing.after-quote", "", " ")]),
        ("Prices rose;the market fell.", [("spacing.after-colon", ";", "; ")]),
        # a phrase opening with a determiner, written twice (the first copy with a capital)
        ("The ministry the ministry estimates it.", [("spacing.doubled-phrase", " the ministry", "")]),
        (
            "They met in the old city hall in the old city hall.",
            [("spacing.doubled-phrase", " in the old city hall", "")],
        ),
    ],
)
def test_damage_is_proposed(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # quotation marks used as they should be, or shaped wrong with nothing open
        "\u201cThe port will reopen in spring,\u201d the mayor added.",
        "He said, \u201dWe will go home now.\u201d",
        "The envoy left early, \u201dhe said.",
        "She answered, \u201cNobody said that.\u201d",
        "She answered, \u201cNobody said that.",
        "She went on, \u201cPutin said, and I agree, that it is over.",
        "She went on, \u201cThe people want calm.",
        "It is final. \u201d Nothing follows it.",  # no quotation open, none closed later
        "The ferry leaves at 10:30 from pier 3; tickets are at http://example.com/ferry.",
        "The Ministry the ministry official met.",
        "It was what it was it was said.",
        "He laughed, \u201csays who?\u201d and left the room.",
        "\u201cWe will fight,\u201d said the minister. \u201cWe will not stop.\u201d",
        'He said, "the plan is dead."',
        '"Yes," he said, "the plan is dead.',  # a quotation that goes on in the next paragraph
        'She answered, "Nobody said that.',
        '"We will fight," said the minister. "We will not stop."',
        # brackets, hyphens and abbreviations
        "The vote ( ) was left blank on the form.",
        "Posted 7:03 AM (Updated: )",
        "He called the plan (a first step) a success, and Mr. Ito agreed.",
        "The Sino-US talks (held in Geneva) ended on Friday.",
        "1. Taxes (direct and indirect)",
        # phrases said twice on purpose, or a comma lost rather than a double
        "The talks went on and on and on, and the rain fell over and over again.",
        "He asked what it was it was not clear to anyone.",
        "The clock went tick tock tick tock all night.",
        # stops that end no sentence
        "The vote was 2.5 percent, and version 2.0.Beta shipped.",
        "Visit our site example .com for more.",
        "\u201cWe are ready.\u201cThe minister said.",  # inside a quotation: a German closing mark
        # angle brackets that are not markup
        "If x < p and p > y then the bound holds.",
        "Turnout was <50% in the north and >70% in the south.",
    ],
)
def test_clean_text_is_left_alone(text):
    assert found(text) == []


def test_a_closing_mark_may_change_what_a_quotation_holds_but_spacing_may_not(cleanup_config):
    text = (
        "\u201cThe crews worked every night. The bridge will open in spring, \u201csaid the mayor."
        " She thanked the engineers.\n"
    )
    (moved,) = [p for p in spacing_proposals(Document.from_text(text)) if p.rule == "quotes.wrong-side"]
    assert moved.kind == "quotes"
    repaired = text[: moved.span.start] + moved.replacement + text[moved.span.end :]
    assert safety.guard(text, repaired, cleanup_config, [moved]).ok
    as_spacing = dataclasses.replace(moved, kind="spacing")
    refused = safety.guard(text, repaired, cleanup_config, [as_spacing])
    assert not refused.ok and "quotation" in refused.reason
    assert auto_fix(text, cleanup_config) == repaired
    assert "in spring,\u201d said the mayor." in repaired


def test_the_fixes_apply_automatically_and_a_second_run_changes_nothing(cleanup_config):
    text = (
        "Officials said the bridge would reopen in March ( 3 weeks late ).\n\n"
        "\u201cWe did what we could, and the crews worked every night, \u201dthe mayor said.\n\n"
        "< p>The contractor declined to comment.\n"
    )
    once = auto_fix(text, cleanup_config)
    assert once == (
        "Officials said the bridge would reopen in March (3 weeks late).\n\n"
        "\u201cWe did what we could, and the crews worked every night,\u201d the mayor said.\n\n"
        "The contractor declined to comment.\n"
    )
    assert auto_fix(once, cleanup_config) == once


@pytest.fixture(scope="module")
def grammar() -> GrammarPass:
    return GrammarPass(Config())


def phrase_fixes(grammar, text):
    result = grammar.run(Document.from_text(text), PassContext(config=grammar.config))
    return [
        (p.original, p.replacement, p.confidence) for p in result.proposals if p.rule == "repair.FixedPhrase"
    ]


def test_a_war_s_name_capitalised_in_part_is_capitalised_in_full(grammar):
    text = "Veterans of the Second world war and of World war II met in the square.\n"
    found = phrase_fixes(grammar, text)
    assert [(o, r) for o, r, _ in found] == [("world", "World"), ("war", "War"), ("war", "War")]
    assert all(c >= Config().thresholds["grammar"] for _, _, c in found)


def test_commented_by_in_the_passive_gets_on_automatically(grammar):
    found = phrase_fixes(grammar, "The plan was commented by the finance minister on Monday.\n")
    assert [(o, r) for o, r, _ in found] == [("", " on")]
    assert found[0][2] >= Config().thresholds["grammar"]


@pytest.mark.parametrize(
    "text",
    [
        "Historians of the first world war met in Ypres.\n",  # a house style: no capitals
        "The First World War ended in 1918, and World War II began in 1939.\n",
        "He commented on the plan, and it was commented on by others.\n",
        "She said it once more, and then once again.\n",
    ],
)
def test_phrases_written_right_or_quoted_are_left_alone(grammar, text):
    assert phrase_fixes(grammar, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said &quot;no&quot; twice.", [("&quot;", '"'), ("&quot;", '"')]),
        (
            "Prices rose&nbsp;by 5%, and the port&#8217;s fees&#x2014;too.",
            [("&nbsp;", " "), ("&#8217;", "\u2019"), ("&#x2014;", "\u2014")],
        ),
        ("AT&T and the R&D; team met; Tom & Jerry's cafe shut.", []),  # no known entity
    ],
)
def test_html_entities_left_by_a_scrape_are_their_characters(text, expected):
    from repair.passes.encoding import entity_proposals

    assert [(p.original, p.replacement) for p in entity_proposals(Document.from_text(text))] == expected


def test_an_entity_s_semicolon_gets_no_space_after_it():
    assert found("He said &quot;no&quot; twice.") == []
