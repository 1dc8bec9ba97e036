"""Per-finding confidence: suggestions ranked in context, the signals of one finding, the
error families both backends share, and the model scored in plain Python."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.edits import Span
from repair.gazetteer.index import Gazetteer
from repair.grammar.base import Finding, Fix
from repair.grammar.confidence import FindingModel, describe, family, load_model
from repair.grammar.guard import ArticleWords
from repair.grammar.lexicon import lexicon_of
from repair.grammar.ranking import context_fit, neighbours, one_slip_words, rank
from repair.passes.context import PassContext


def finding(text: str, word: str, rule: str, category: str, kind: str, *suggestions: str) -> Finding:
    start = text.index(word)
    end = start + len(word)
    return Finding(start, end, rule, category, kind, "m", tuple(Fix(start, end, s) for s in suggestions))


def article(text: str, protected=()) -> ArticleWords:
    context = PassContext(config=Config())
    context.protected.extend(protected)
    return ArticleWords(Document.from_text(text), context, lexicon_of(Gazetteer.load()))


def test_common_words_one_slip_away_commonest_first():
    assert one_slip_words("palce")[:2] == ["place", "palace"]
    assert "received" in one_slip_words("recieved")
    assert one_slip_words("Palce") == []  # a capitalised word may be a name
    assert one_slip_words("xq") == []


def test_neighbours_stay_on_the_line():
    text = "the talks\nwere held in Geneva"
    start = text.index("were")
    assert neighbours(text, start, start + 4) == ("", "held")
    assert neighbours(text, text.index("held"), text.index("held") + 4) == ("were", "in")


def test_the_suggestion_that_fits_its_neighbours_ranks_first():
    assert context_fit("the", "place", "where") > context_fit("the", "pale", "where")
    text = "They met at the palce where the talks began."
    found = finding(text, "palce", "harper.SpellCheck", "Spelling", "spelling", "pale", "palace", "place")
    assert [r.fix.text for r in rank(text, found, list(found.fixes), {})][0] == "place"


def test_the_articles_own_words_break_a_tie():
    text = "The grain deal held. Exports of grian rose."
    found = finding(text, "grian", "harper.SpellCheck", "Spelling", "spelling", "groan", "grain")
    ranked = rank(text, found, list(found.fixes), {"grain": 1})
    assert ranked[0].fix.text == "grain" and ranked[0].in_article == 1


@pytest.mark.parametrize(
    ("rule", "category", "kind", "expected"),
    [
        ("harper.SpellCheck", "Spelling", "spelling", "spelling"),
        ("languagetool.MORFOLOGIK_RULE_EN_US", "TYPOS", "spelling", "spelling"),
        ("harper.AnA", "Miscellaneous", "grammar", "article"),
        ("languagetool.EN_A_VS_AN", "MISC", "spelling", "article"),
        ("harper.PronounVerbAgreement", "Agreement", "grammar", "agreement"),
        ("languagetool.HE_VERB_AGR", "GRAMMAR", "grammar", "agreement"),
        ("harper.RepeatedWords", "Repetition", "grammar", "repetition"),
        ("languagetool.ENGLISH_WORD_REPEAT_RULE", "MISC", "grammar", "repetition"),
        ("languagetool.UPPERCASE_SENTENCE_START", "CASING", "grammar", "capital"),
        ("harper.MissingTo", "WordChoice", "grammar", "grammar"),
        ("languagetool.COMMA_PARENTHESIS_WHITESPACE", "PUNCTUATION", "punctuation", "punctuation"),
    ],
)
def test_families_are_named_the_same_for_both_backends(rule, category, kind, expected):
    assert family(Finding(0, 1, rule, category, kind, "m")) == expected


def test_signals_of_a_typo_beside_a_name():
    text = "Officials said Quorvath Delmine recieved the letter on Monday."
    words = article(text, protected=[Span(15, 31)])
    found = finding(text, "recieved", "harper.SpellCheck", "Spelling", "spelling", "received", "relieved")
    ranked = rank(text, found, list(found.fixes), words.every)
    signals = describe(text, found, ranked, words)
    assert ranked[0].fix.text == "received"
    assert signals["family:spelling"] == 1.0 and signals["rule:harper.SpellCheck"] == 1.0
    assert signals["distance"] == 1.0 and signals["one_slip"] == 1.0
    assert signals["near_name"] == 1.0
    assert signals["zipf_best"] > 4 > signals["zipf_flagged"]  # a rare misspelling, a common word
    assert "capitalised" not in signals and "sentence_start" not in signals
    far = "Officials said on Monday that the ministry had recieved the letter."
    words = article(far)
    found = finding(far, "recieved", "harper.SpellCheck", "Spelling", "spelling", "received")
    assert "near_name" not in describe(far, found, rank(far, found, list(found.fixes), words.every), words)


def test_the_model_is_a_logistic_regression_scored_in_plain_python():
    model = FindingModel(-1.0, {"one_slip": 3.0, "distance": -1.0})
    assert model.probability({}) == pytest.approx(1 / (1 + 2.718281828459045))
    assert model.probability({"one_slip": 1.0, "distance": 1.0}) == pytest.approx(0.7310585786)
    assert model.probability({"unknown signal": 50.0}) == model.probability({})
    assert model.strongest({"one_slip": 1.0, "distance": 1.0}) == ["one_slip+", "distance-"]
    shipped = load_model()
    assert shipped is not None and shipped.weights


def test_a_bad_model_file_is_a_one_line_error(tmp_path):
    from repair.errors import RepairError

    bad = tmp_path / "model.json"
    bad.write_text('{"weights": {}}', encoding="utf-8")
    with pytest.raises(RepairError, match="not a valid grammar model"):
        load_model(bad)


def test_guards_for_compounds_captions_and_headlines():
    from repair.grammar.guard import foreign_line, splits_compound, title_case

    text = "They feared the re-spreading of the virus."
    start = text.index("the re")
    assert splits_compound(text, Fix(start, start + 6, "there"))
    assert not splits_compound(text, Fix(0, 4, "The"))
    assert foreign_line("Zdjęcie: Marszałek Sejmu Jan Kowalski i premier Źródło: agencja")
    assert not foreign_line("Foreign minister Radosław Sikorski met his counterpart in Warsaw.")
    assert title_case("Ministers' Response and Shift in Approach After the Summit")
    assert not title_case("The ministers met in Geneva to discuss the Response Plan.")


def test_the_pass_keeps_to_english_prose(grammar_pass):
    text = (
        "Ministers Weigh Response and Shift in Approach to the Crisis\n\n"
        "Officials feared the re-spreading of the virus in the region.\n\n"
        "Zdjęcie: Marszałek Sejmu Jan Kowalski i premier Źródło: agencja\n"
    )
    context = PassContext(config=Config())
    result = grammar_pass.run(Document.from_text(text), context)
    assert result.findings and result.proposals == []


@pytest.fixture(scope="module")
def grammar_pass():
    from repair.passes.grammar import GrammarPass

    return GrammarPass(Config())
