"""The resolver's shortcuts (per-spelling caches, windows skipped) answer as the full reading would."""

from repair.gazetteer.entries import Entry
from repair.passes.names.entities import family_of, given_of


def test_family_and_given_words_follow_the_country_and_the_suffix():
    cases = [
        (Entry("Yoon Suk Yeol", "person", country="KR"), ["yoon"], ["suk", "yeol"]),
        (Entry("Annalena Baerbock", "person", country="DE"), ["baerbock"], ["annalena"]),
        (Entry("Ferdinand Marcos Jr.", "person", country="PH"), ["marcos"], ["ferdinand"]),
        (Entry("Moon Jae-in", "person", country="KR"), ["moon"], ["jae", "in"]),
    ]
    for entry, family, given in cases:
        assert family_of(entry) == family
        assert given_of(entry) == given


def test_the_same_spelling_in_another_country_is_read_its_own_way():
    # the cache is keyed by country too: family name first in Korea, last elsewhere
    assert family_of(Entry("Kim Ara", "person", country="KR")) == ["kim"]
    assert family_of(Entry("Kim Ara", "person", country="US")) == ["ara"]
    assert given_of(Entry("Kim Ara", "person", country="US")) == ["kim"]


def test_a_caller_changing_its_list_leaves_the_next_answer_alone():
    entry = Entry("Olaf Scholz", "person", country="DE")
    family_of(entry).append("x")
    given_of(entry).clear()
    assert family_of(entry) == ["scholz"]
    assert given_of(entry) == ["olaf"]


def test_a_lower_cased_whole_name_after_common_words_is_still_found(gazetteer):
    # the scan skips windows that open on a very common word; the name right after them stays
    from repair.passes.names.entities import _whole_names_in_lower_case

    text = "the talks with narendra modi and the joe biden team"
    found = [
        (text[start:end], form) for start, end, form, _ in _whole_names_in_lower_case(text, gazetteer, [])
    ]
    assert found == [("narendra modi", "Narendra Modi")]


def test_a_lower_cased_whole_name_inside_a_taken_span_is_left_alone(gazetteer):
    from repair.passes.names.entities import _whole_names_in_lower_case

    text = "the talks with narendra modi ended"
    start = text.index("narendra")
    assert _whole_names_in_lower_case(text, gazetteer, [(start, start + 8)]) == []
