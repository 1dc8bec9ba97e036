"""The last text's words are kept between calls: each call still gets a list of its own,
and another text (even one of the same length) gets its own words."""

from __future__ import annotations

from repair.gazetteer.mentions import words_of


def test_words_kept_for_a_text_are_the_same_words_in_a_list_of_each_call():
    text = "Minister Anna Kowal's visit to Oslo ended on Friday."
    first = words_of(text, 0, len(text))
    assert [w.text for w in first] == [
        "Minister",
        "Anna",
        "Kowal",
        "visit",
        "to",
        "Oslo",
        "ended",
        "on",
        "Friday",
    ]
    first.pop()
    again = words_of(text, 0, len(text))
    assert len(again) == 9 and again is not first
    assert [w.text for w in words_of(text, 9, 20)] == ["Anna", "Kowal"]
    other = "Governor Lena Marsh's speech in Turin began on Monday."[: len(text)]
    assert words_of(other, 0, len(other))[0].text == "Governor"
