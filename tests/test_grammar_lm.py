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


def _proposal(grammar: GrammarPass, text: str, original: str):
    doc = Document.from_text(text)
    found = [
        p for p in grammar.run(doc, PassContext(config=grammar.config)).proposals if p.original == original
    ]
    return found[0] if found else None


def test_a_misspelling_with_rivals_that_fit_as_well_stays_in_review(grammar):
    # "salf": half, self and salt are each one slip away and fit "the ... of" alike
    proposal = _proposal(grammar, "The minister said the salf of the budget would go to roads.\n", "salf")
    assert proposal is not None
    assert proposal.confidence < grammar.config.thresholds["spelling"]
    assert "ambiguous" in " ".join(proposal.evidence)
    # one clear candidate is still automatic
    clear = _proposal(grammar, "Engineers said the proffits of the firm rose in May.\n", "proffits")
    assert clear is not None and clear.replacement == "profits"
    assert clear.confidence >= grammar.config.thresholds["spelling"]


def test_a_rare_word_the_checker_flags_is_fixed_only_on_the_language_models_word(grammar):
    text = "The council said the new rules would apply in the comming weeks to every school.\n"
    proposal = _proposal(grammar, text, "comming")
    assert proposal is not None and proposal.replacement == "coming"
    assert proposal.confidence >= grammar.config.thresholds["spelling"]
    assert "language model" in " ".join(proposal.evidence)


def test_a_misspelt_first_word_becomes_a_common_word_but_a_name_there_is_kept(grammar):
    text = "Althogh the talks ended without a deal, both sides agreed to meet again in March.\n"
    proposal = _proposal(grammar, text, "Althogh")
    assert proposal is not None and proposal.replacement == "Although"
    assert proposal.confidence >= grammar.config.thresholds["spelling"]
    # a rare capitalised first word one slip from no very common word: a name, untouched
    name = "Kovaczy said the talks ended without a deal on Monday.\n"
    assert _proposal(grammar, name, "Kovaczy") is None


def test_a_long_misspelling_two_slips_away_is_the_language_models_call(grammar):
    text = "Engineers built a more sofisticated system to monitor the river after the floods.\n"
    proposal = _proposal(grammar, text, "sofisticated")
    assert proposal is not None and proposal.replacement == "sophisticated"
    assert proposal.confidence >= grammar.config.thresholds["spelling"]
    # two slips need a larger gain than one: "sathsh" -> "baths" fits, but not by enough
    assert lm_edits.MARGINS["far"] > lm_edits.MARGINS["spelling"]
    guess = _proposal(grammar, "They paid for many things sathsh as fuel.\n", "sathsh")
    assert guess is None or guess.confidence < grammar.config.thresholds["spelling"]


def test_a_lower_case_word_after_a_first_name_is_never_the_language_models(grammar):
    # a surname lower-cased by damage, one or two slips from a common word
    for text, word in (
        ("Central bank deputy governor Ryozo himino said wages were rising.\n", "himino"),
        ("Barbados Prime Minister Mia mottley told reporters the deal was fair.\n", "mottley"),
    ):
        proposal = _proposal(grammar, text, word)
        assert proposal is None or proposal.confidence < grammar.config.thresholds["spelling"]
        assert proposal is None or "language model" not in " ".join(proposal.evidence)


def test_two_common_words_run_together_are_split_when_the_model_prefers_it(grammar):
    from repair.passes.grammar import split_words

    assert split_words("inmany") == ["in many"]
    assert split_words("drugmaker") == []  # a word news writes: never split
    text = "Readers found the same claim inmany newspapers and magazines last year.\n"
    proposal = _proposal(grammar, text, "inmany")
    assert proposal is not None and proposal.replacement == "in many"
    assert proposal.confidence >= grammar.config.thresholds["spelling"]


def test_the_model_looks_for_slips_itself_only_in_words_rarer_than_a_checker_flags(model):
    # "yong" (Zipf about 3.4): a checker's flag makes it the model's to judge, but the
    # model does not go looking for slips in words that common on its own
    assert lm_edits.OWN_RARE_ZIPF < lm_edits.RARE_ZIPF
    assert lm_edits.slip_family("yong", model) == "rare"
    assert lm_edits.slip_family("yong", model, lm_edits.OWN_RARE_ZIPF) is None
    assert list(lm_edits.candidates("yong", model)) == []


def test_the_models_own_fix_beats_a_grammar_rules_guess_at_a_misspelling(grammar):
    # the checker reads "untill" as a wrong negative ("distill"); the model's "until" wins
    text = "The shops stay closed untill the storm passes, officials said.\n"
    proposals = grammar.run(Document.from_text(text), PassContext(config=grammar.config)).proposals
    assert [(p.original, p.replacement, p.rule) for p in proposals] == [("untill", "until", lm_edits.RULE)]
    assert proposals[0].confidence >= grammar.config.thresholds["spelling"]


def test_a_rare_spelling_of_a_far_commoner_word_is_judged_at_the_spelling_margin(grammar):
    # "contruction" is a spelling wordfreq has seen, rarely: a slip of a word a thousand
    # times commoner, so the language model needs no more than a misspelling's margin
    text = "Work on the contruction of the new bridge began in the spring of that year.\n"
    proposal = _proposal(grammar, text, "contruction")
    assert proposal is not None and proposal.replacement == "construction"
    assert proposal.confidence >= grammar.config.thresholds["spelling"]
    assert lm_edits.MARGINS["spelling"] < lm_edits.MARGINS["rare"]
    # a rare real word with no far commoner word one slip away keeps the rare margin
    kept = "The chair gaveled the meeting to order just after nine in the morning.\n"
    proposal = _proposal(grammar, kept, "gaveled")
    assert proposal is None or proposal.confidence < grammar.config.thresholds["spelling"]


def test_a_word_written_with_two_letters_swapped_is_a_slip_however_often_it_recurs(grammar):
    text = (
        "The workers took thier pay to the bank on Friday.\n\n"
        "Many of them sold thier land to the new company.\n"
    )
    doc = Document.from_text(text)
    found = [
        p for p in grammar.run(doc, PassContext(config=grammar.config)).proposals if p.original == "thier"
    ]
    assert [p.replacement for p in found] == ["their", "their"]
    assert all(p.confidence >= grammar.config.thresholds["spelling"] for p in found)


def test_a_misspelt_first_word_may_become_a_word_english_uses_ten_times_in_a_million():
    from repair.passes.grammar import OPENER_ZIPF

    assert OPENER_ZIPF <= 4.22  # "briefly", "furthermore", "consumers"


def test_a_misspelt_opener_of_a_common_word_is_fixed(grammar):
    text = "Brifly, the council agreed to meet again after the summer break.\n"
    proposal = _proposal(grammar, text, "Brifly")
    assert proposal is not None and proposal.replacement == "Briefly"
    assert proposal.confidence >= grammar.config.thresholds["spelling"]


def test_a_word_the_counts_hold_split_is_read_as_its_two_words(model):
    # wordsegment's corpus split "cannot" into "can not", so its own count is tiny
    assert model.pieces("cannot") == ("can", "not")
    assert model.pieces("into") == ("into",)  # "in to" is a pair too, but "into" is counted
    text = "Officials said the public cannto see the files before the hearing."
    (edit,) = lm_edits.best_edits(words(text), model)
    assert (text[edit.start : edit.end], edit.replacement) == ("cannto", "cannot")
