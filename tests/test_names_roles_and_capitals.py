"""A role written after the office ("the minister of the armed forces"), a first name spelled
with another letter for the same sound ("Katrin", Catherine), and a family name in lower case
right after a title ("Chancellor merz"). Sentences written for these tests."""

from __future__ import annotations

from repair.document import Document
from repair.gazetteer.index import Gazetteer
from repair.passes.names import analyse
from repair.passes.names.entities import role_phrases


def _names(text: str, gazetteer: Gazetteer) -> dict[str, tuple[str, float]]:
    result = analyse(Document.from_text(text), gazetteer)
    return {p.original: (p.replacement, p.confidence) for p in result.proposals if p.kind == "name"}


def test_role_phrases_in_both_orders(gazetteer):
    vautrin = next(e for e, _ in gazetteer.exact("catherine vautrin"))
    phrases = {folded for _, folded in role_phrases(vautrin)}
    assert {
        "french armed forces minister",
        "minister of the armed forces",
        "minister of armed forces",
    } <= phrases


def test_a_state_secretary_is_not_read_as_a_secretary_of_state():
    from repair.gazetteer.entries import Entry

    entry = Entry("Anna Example", "person", roles=("German State Secretary", "Finance Minister"))
    phrases = {folded for _, folded in role_phrases(entry)}
    assert "secretary of state" not in phrases
    assert "minister of finance" in phrases


def test_a_respelled_minister_named_by_the_office_written_after(gazetteer):
    text = (
        "The minister of the armed forces, Katrin Votrin, visited a base near Toulon on Monday.\n\n"
        "She promised new frigates for the navy.\n"
    )
    replacement, confidence = _names(text, gazetteer)["Katrin Votrin"]
    assert replacement == "Catherine Vautrin"
    assert 0.6 <= confidence < 0.9  # review: the surname only sounds alike


def test_the_same_words_without_the_office_stay(gazetteer):
    text = "Katrin Votrin, a baker from Lyon, opened a second shop on Monday.\n"
    assert "Katrin Votrin" not in _names(text, gazetteer)


def test_a_family_name_in_lower_case_after_a_title(gazetteer):
    text = (
        "Chancellor merz flew to Paris on Monday. Prime Minister tusk joined the talks by video.\n\n"
        "President macron hosted both.\n"
    )
    found = _names(text, gazetteer)
    assert found["merz"][0] == "Merz"
    assert found["tusk"][0] == "Tusk"
    assert found["macron"][0] == "Macron"


def test_the_english_word_without_a_title_stays(gazetteer):
    text = "The old walrus lost a tusk in the fight, and the keepers saved it for the museum.\n"
    assert "tusk" not in _names(text, gazetteer)


def test_a_two_word_family_name_after_the_right_first_names_keeps_both_words(gazetteer):
    # the fix starts after the given names the article wrote right; "Lopes" is a family word
    text = (
        "President Claudia Sheinbaum opened a refinery in Tabasco on Monday. Her predecessor "
        "Andres Manuel Lopes Obrador stayed at his ranch.\n\n"
        "The plant will process crude from the gulf.\n"
    )
    found = _names(text, gazetteer)
    assert [new for old, (new, _) in found.items() if "Lopes" in old] == ["Lopez Obrador"]


def test_a_suffix_keeps_the_full_stop_the_text_has(gazetteer):
    text = "Philippine President Ferdinand Markos Jr. spoke to reporters in Manila on Monday.\n"
    found = _names(text, gazetteer)
    replacement = next(new for old, (new, _) in found.items() if old.startswith("Markos"))
    assert replacement.startswith("Marcos")
    assert not replacement.endswith(".")


def test_the_family_name_of_a_junior_is_the_word_before_the_suffix(gazetteer):
    from repair.passes.names.entities import family_of

    marcos = next(e for e, _ in gazetteer.exact("ferdinand marcos jr"))
    assert family_of(marcos) == ["marcos"]


def test_a_respelled_first_name_with_more_of_the_name_after_it_is_still_fixed(gazetteer):
    text = (
        "European Commission President Ursule von der Leyen said on Monday that the talks had failed.\n\n"
        "She will travel to Kyiv next week.\n"
    )
    assert _names(text, gazetteer).get("Ursule", ("",))[0] == "Ursula"


def test_a_surname_with_particles_read_back_alone_gets_its_particles(gazetteer):
    # 冯德莱恩 read back as one word stands for "von der Leyen", not "Leyen"; after "von der"
    # written right, only the last word is replaced
    text = (
        "European Commission President Fengdelaien promised new sanctions on Monday.\n\n"
        "Ursula von der Fengdelaien said the package would pass this month.\n"
    )
    found = _names(text, gazetteer)
    assert found["Fengdelaien"][0] in ("von der Leyen", "Leyen")
    result = analyse(Document.from_text(text), gazetteer)
    fixes = sorted((p.span.start, p.replacement) for p in result.proposals if p.original == "Fengdelaien")
    assert [new for _, new in fixes] == ["von der Leyen", "Leyen"]


def test_a_reference_article_spells_a_person_the_gazetteer_does_not_list(gazetteer):
    from repair.gazetteer.references import learn_entries, reference_forms

    reference = (
        "Police in Hamburg arrested a suspect after the attack on Friday. Detective Superintendent "
        "Jana Wichmann said the man was known to police. Wichmann added that two officers were hurt.\n"
    )
    damaged = (
        "Hamburg police arrest suspect\n\n"
        "Police in Hamburg arrested a suspect on Friday. Detective Jana Vikhman said the man was known "
        "to the police. Vikhman said two officers were injured.\n"
    )
    learned = learn_entries([("reference", reference)], gazetteer)
    assert [e.canonical for e in learned] == ["Jana Wichmann"]  # once in full, then the surname alone
    result = analyse(Document.from_text(damaged), gazetteer, learned, reference_forms([reference]))
    fixes = [(p.original, p.replacement, p.confidence) for p in result.proposals if p.kind == "name"]
    assert [(old, new) for old, new, _ in fixes] == [("Vikhman", "Wichmann"), ("Vikhman", "Wichmann")]
    assert all(0.6 <= c < 0.9 for _, _, c in fixes)  # review: the reference alone says so
    assert _names(damaged, gazetteer) == {}  # without the reference, nothing
