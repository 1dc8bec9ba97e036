"""The pass's own word-form rules (repair/grammar/word_forms.py): each fixes its one pattern
automatically and leaves the look-alikes edited English writes."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.edits import Span
from repair.grammar.word_forms import RULES, third_person, word_form_findings
from repair.passes.context import PassContext
from repair.passes.grammar import GrammarPass


@pytest.fixture(scope="module")
def grammar() -> GrammarPass:
    return GrammarPass(Config())


def fixes(grammar: GrammarPass, text: str) -> dict[str, tuple[str, str, bool]]:
    """Each word-form proposal by rule: (original, replacement, automatic)."""
    result = grammar.run(Document.from_text(text), PassContext(config=grammar.config))
    thresholds = grammar.config.thresholds
    return {
        p.rule: (p.original, p.replacement, p.confidence >= thresholds[p.kind])
        for p in result.proposals
        if p.rule in RULES
    }


def rules_in(text: str) -> list[str]:
    return [f.rule for f in word_form_findings(text, [Span(0, len(text))])]


def test_a_modal_before_able_gets_its_be(grammar):
    found = fixes(grammar, "The ferry company said it would able to sail again on Monday.\n")
    assert found["repair.ModalBe"] == ("", " be", True)
    assert rules_in("The ferry company said it would be able to sail again.\n") == []


def test_lot_of_after_a_verb_gets_its_article(grammar):
    found = fixes(grammar, "The harbour crews spent lot of time clearing the ice this winter.\n")
    assert found["repair.LotOf"] == ("lot", "a lot", True)
    # the article is there, or "lot" is a plot of land
    for kept in (
        "The crews spent a lot of time on the ice.\n",
        "The parking lot of the old station was closed.\n",
        "The lot of the miners did not improve.\n",
    ):
        assert rules_in(kept) == []


def test_he_or_she_with_an_adverb_takes_the_verbs_s_form(grammar):
    found = fixes(grammar, "The mayor walks to work, and she usually bring her own lunch.\n")
    assert found["repair.ThirdPerson"] == ("bring", "brings", True)
    assert rules_in("He also need a new permit for the boat.\n") == ["repair.ThirdPerson"]
    assert rules_in("The toll is new, and it just make drivers angry.\n") == ["repair.ThirdPerson"]
    for kept in (
        "Does he really need a new permit for the boat?\n",  # a question: the base form
        "Let her also decide what the village should do.\n",  # not the clause's subject
        "He also needs a new permit for the boat.\n",  # right already
        "He also asked for a new permit.\n",  # past tense
        "He also making plans for the boat.\n",  # an -ing form: another error, not this
        "He need not apply again this year.\n",  # no adverb: the checker's own rule
        "He really need not apply again this year.\n",  # "need not"
        "The rain will make it really feel like winter.\n",  # "it" the object
    ):
        assert rules_in(kept) == []


def test_third_person_forms():
    assert [third_person(v) for v in ("need", "go", "try", "watch", "have", "play")] == [
        "needs",
        "goes",
        "tries",
        "watches",
        "has",
        "plays",
    ]


def test_a_clause_after_but_gets_its_comma(grammar):
    found = fixes(grammar, "The council agreed to the plan but they asked for more time.\n")
    assert found["repair.ButComma"] == ("", ",", True)
    for kept in (
        "The council agreed to the plan, but they asked for more time.\n",
        "The board did nothing but it still lost money.\n",  # "nothing but"
        "The strike was all but over by noon.\n",
        'The minister said "we tried but they refused" on Tuesday.\n',  # a quotation
    ):
        assert rules_in(kept) == [], kept


def test_to_between_a_modal_or_make_and_the_verb_is_dropped(grammar):
    found = fixes(grammar, "The fishermen said they can't to sail until the storm passes.\n")
    assert found["repair.ModalTo"] == (" to", "", True)
    found = fixes(grammar, "The storm makes them to stay in the harbour for days.\n")
    assert found["repair.CausativeTo"] == (" to", "", True)
    for kept in (
        "The soldiers were made to work through the night.\n",  # the passive
        "The will to fight stayed strong in the village.\n",  # "will" the noun
        "He could, to the best of his knowledge, help them.\n",
        "He said he could to the best of his ability help them.\n",  # a phrase after "to"
        "The rain made it to the coast by noon.\n",  # "made it to" a place
        "The family made it to safety before dawn.\n",  # "made it to" without an article
        "Officials did all they could to help the victims.\n",  # the modal's verb understood
        "We will do everything we can to stop the war.\n",
        "He did what he could to protect them.\n",
        "They did as much as they can to calm the markets.\n",
    ):
        assert rules_in(kept) == [], kept


def test_who_after_a_person_or_people_takes_the_verb_of_its_number(grammar):
    found = fixes(grammar, "The port needs a person who are able to mend the nets.\n")
    assert found["repair.RelativeAgreement"] == ("are", "is", True)
    assert [
        f.fixes[0].text for f in word_form_findings("Those are people that is often right.\n", [Span(0, 38)])
    ] == ["are"]
    for kept in (
        "The man who was there said the children who were hurt are fine.\n",
        "The crew who are on strike met the minister.\n",  # a collective noun: either number
        "Everyone who is able should help.\n",
    ):
        assert rules_in(kept) == [], kept


def test_a_plural_after_each_or_every_becomes_singular(grammar):
    found = fixes(grammar, "The inspectors checked every details of the new ferry.\n")
    assert found["repair.EachSingular"] == ("details", "detail", True)
    assert [f.fixes[0].text for f in word_form_findings("The ferry runs every days.\n", [Span(0, 26)])] == [
        "day"
    ]
    for kept in (
        "Every means was tried before the storm.\n",  # English writes "every means"
        "They helped each others' crews at the quay.\n",  # "each others" is written
        "The every news bulletin led with the storm.\n",  # "every new" is no likelier than chance
        "The tickets cost five pounds each, and each costs more in winter.\n",  # a verb
    ):
        assert rules_in(kept) == [], kept


def own_fixes(text: str, rule: str) -> list[str]:
    """The replacement of each finding of ``rule`` in ``text``."""
    return [f.fixes[0].text for f in word_form_findings(text, [Span(0, len(text))]) if f.rule == rule]


# (rule, an automatic case with its proposal, a finding's replacement, sentences left alone)
NEW_RULES = [
    (
        "repair.ArticleNumber",
        ("The board hired an engineers from the port to check the hull.\n", ("engineers", "engineer")),
        ("The mayor gave another reasons.\n", "reason"),
        (
            "Parliament passed a goods and services tax in 2017.\n",  # a compound's first half
            "A jobs report on Friday showed hiring slowed.\n",
            "It is a species of bird found only on the island.\n",  # English writes "a species"
            "The talks were a means to an end.\n",
            "He gave an hours-long speech to the assembly.\n",  # hyphenated: one word
            "She was a Smiths fan in her youth.\n",  # a capitalised word: a name
        ),
    ),
    (
        "repair.PluralSubject",
        ("The ferry was late. And the results was clear to everyone.\n", ("was", "were")),
        ("Our students is angry about the new fees.\n", "are"),
        (
            "The news is bad for the port.\n",  # English writes "news is"
            "Politics is a hard trade.\n",
            "The species is found only on the island.\n",
            "The headquarters is in Geneva.\n",
            "The cost of repairs is high.\n",  # the plural is not the subject
            "The United States is sending aid.\n",  # a name
            "Officials said the talks is the wrong word.\n",  # not the sentence's start
        ),
    ),
    (
        "repair.ObjectPreposition",
        ("The ministers discussed about the new tariffs on Monday.\n", (" about", "")),
        ("On Sundays the families go for shopping in town.\n", ""),
        (
            "The leaders discussed about 30 proposals.\n",  # "about" a number: approximately
            "There was no mention about the plan in the speech.\n",  # the noun
            "The delegation went for talks in Brussels.\n",  # not a pastime
            "Ministers go for training in Geneva.\n",
            "The trust on Monday sold its shares.\n",  # the noun "trust"
        ),
    ),
    (
        "repair.QuestionTag",
        ("The ferry was late again. That is odd, isn't it.\n", (".", "?")),
        ("They sailed on Monday, didn't they.\n", "?"),
        (
            "He said the port isn't. It was shut.\n",  # no tag: a clause of its own
            "That is odd, isn't it?\n",  # already a question
            "The vote, which wasn't it. Not yet.\n",  # not a tag
            '"It is late, isn\'t it," she said.\n',  # the speaker's words
        ),
    ),
]


@pytest.mark.parametrize(("rule", "automatic", "found", "kept"), NEW_RULES, ids=[r[0] for r in NEW_RULES])
def test_number_and_preposition_rules_fix_their_pattern_and_leave_news_alone(
    grammar, rule, automatic, found, kept
):
    """a plural after "a"/"another" becomes singular, a plural subject opening a sentence
    takes the plural verb, a preposition before an object the verb takes directly goes, a
    question tag gets its question mark"""
    text, change = automatic
    assert fixes(grammar, text)[rule] == (*change, True)
    assert own_fixes(found[0], rule) == [found[1]]
    for sentence in kept:
        assert own_fixes(sentence, rule) == [], sentence


def test_trust_on_and_affect_on_as_verbs_lose_their_on():
    assert own_fixes("Voters said they could not trust on them any more.\n", "repair.ObjectPreposition") == [
        ""
    ]
    assert own_fixes("The report mentions about the delays at the border.\n", "repair.ObjectPreposition") == [
        ""
    ]


def test_considered_as_loses_its_as_but_other_phrases_keep_it():
    assert own_fixes(
        "In some towns cycling is considered as the safest way.\n", "repair.ObjectPreposition"
    ) == [""]
    assert own_fixes("Would you consider him as a candidate?\n", "repair.ObjectPreposition") == [""]
    for kept in (
        "The budget was considered as well as the tax plan.\n",  # "as well as"
        "The region is considered as a whole in the report.\n",  # "as a whole"
        "They consider it as if nothing had happened.\n",  # "as if"
        "The plan was considered as part of the deal.\n",  # "as part of"
        "He is regarded as the best coach.\n",  # "regarded as" is right
    ):
        assert own_fixes(kept, "repair.ObjectPreposition") == [], kept
