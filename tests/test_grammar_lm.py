"""The language-model corrections (repair/grammar/lm_edits.py): a misspelling is replaced
by the common word one slip away that fits its neighbours best, a word English uses or the
article repeats is left alone, and names are never touched."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.grammar import lm_edits
from repair.passes.context import PassContext
from repair.passes.grammar import GrammarPass, language_model_findings


@pytest.fixture(scope="module")
def grammar() -> GrammarPass:
    return GrammarPass(Config())


@pytest.fixture(scope="module")
def model() -> lm_edits.BigramModel:
    return lm_edits.BigramModel()


def words(text: str) -> list[lm_edits.Word]:
    (sentence,) = Document.from_text(text).sentences
    return [lm_edits.Word(t.start, t.end, t.text) for t in sentence.tokens]


def test_a_word_english_never_uses_becomes_the_common_word_one_slip_away_that_fits(model):
    text = "The firm said its proffits rose sharply in the second quarter."
    (edit,) = lm_edits.best_edits(words(text), model)
    assert (text[edit.start : edit.end], edit.replacement, edit.family) == ("proffits", "profits", "spelling")
    assert edit.gain >= lm_edits.MARGINS["spelling"]


def test_words_english_uses_and_capitalised_words_inside_a_sentence_never_change(model):
    # "gaveled" is rare but real; "Brunhildo Kovacz" is a name nobody's list has
    assert lm_edits.best_edits(words("The senator gaveled the hearing to order before noon."), model) == []
    assert lm_edits.best_edits(words("Officials met Brunhildo Kovacz on Monday in Vienna."), model) == []


def test_the_gain_prefers_the_word_that_fits_its_neighbours(model):
    text = "Officials said the economyc outlook had improved."
    start = text.index("economyc")
    economic = lm_edits.replacement_gain(text, start, start + 8, "economic", model)
    economy = lm_edits.replacement_gain(text, start, start + 8, "economy", model)
    assert economic > economy > 0


def test_confidence_is_the_threshold_at_the_margin_and_rises_with_the_gain():
    margin = lm_edits.MARGINS["spelling"]
    assert lm_edits.confidence(margin, "spelling", 0.95) == pytest.approx(0.95)
    assert lm_edits.confidence(margin + 3, "spelling", 0.95) > 0.99
    assert lm_edits.confidence(margin - 3, "spelling", 0.95) < 0.95


def test_the_pass_takes_the_language_models_choice_among_a_checkers_suggestions(grammar):
    text = "Officials said the economyc outlook had improved since March.\n"
    doc = Document.from_text(text)
    (proposal,) = grammar.run(doc, PassContext(config=grammar.config)).proposals
    assert (proposal.original, proposal.replacement) == ("economyc", "economic")
    assert proposal.confidence >= Config().thresholds["spelling"]
    assert any("language model" in e for e in proposal.evidence)


def test_own_findings_skip_words_joined_to_others_and_a_repeated_word_is_not_the_models(grammar):
    doc = Document.from_text("The proffits-sharing plan ended. The firm's proffits fell.\n")
    found = language_model_findings(doc, doc.lines)
    assert [doc.text[f.start : f.end] for f in found] == ["proffits"]  # not the compound's
    assert found[0].start == doc.text.rindex("proffits")
    twice = "Its proffits rose in May. By June the proffits were gone.\n"
    proposals = grammar.run(Document.from_text(twice), PassContext(config=grammar.config)).proposals
    assert proposals  # the checker's, judged by the finding model alone: the writer may mean it
    assert not any(p.rule == lm_edits.RULE or "language model" in " ".join(p.evidence) for p in proposals)


def test_a_rare_word_needs_a_larger_gain_and_a_common_word_is_never_judged(model):
    assert lm_edits.slip_family("proffits", model) == "spelling"
    assert lm_edits.slip_family("wich", model) == "rare"  # a slip wordfreq has seen
    assert lm_edits.slip_family("which", model) is None
    assert lm_edits.MARGINS["rare"] > lm_edits.MARGINS["spelling"]
    text = "I do not know wich one is better."
    (edit,) = lm_edits.best_edits(words(text), model)
    assert (edit.replacement, edit.family) == ("which", "rare")
    # a common word one slip from another ("form" / "from") is never the model's to change
    assert lm_edits.best_edits(words("The new form was signed by the minister."), model) == []


def test_the_last_word_of_a_text_cut_mid_word_is_left_alone(grammar):
    cut = "The council approved the budget after a long debate about the proposl"
    proposals = grammar.run(Document.from_text(cut), PassContext(config=grammar.config)).proposals
    assert not any(p.rule == lm_edits.RULE or "language model" in " ".join(p.evidence) for p in proposals)
    whole = cut + " on Monday.\n"
    proposals = grammar.run(Document.from_text(whole), PassContext(config=grammar.config)).proposals
    assert any(p.original == "proposl" and "language model" in " ".join(p.evidence) for p in proposals)
