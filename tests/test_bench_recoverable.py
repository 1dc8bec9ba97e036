"""Which name corruptions the benchmark counts as recoverable: decided from the answer key,
the clean text and the gazetteer, never from what the names pass does."""

from __future__ import annotations

from repair.measure.bench.recoverable import clean_offsets, recoverable_names
from repair.measure.corrupt import known_names
from repair.measure.corrupt.plan import Plan, restore

CLEAN = (
    "German Chancellor Olaf Scholz met Marta Lindqvist and Piet Vandermolen in Oslo. "
    "Scholz said the talks went well. Lindqvist, who chairs the fisheries board, agreed "
    "with Vandermolen over lunch. Marta Lindqvist left early.\n"
)


def _at(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = CLEAN.index(word, start + 1)
    return start, start + len(word)


def damage():
    plan = Plan(CLEAN)
    edits = [
        (*_at("Olaf Scholz"), "Oh Laugh Shoals", "name-words"),  # 0: listed person
        (*_at("Scholz", 1), "Sholts", "name-phonetic"),  # 1: listed, no right spelling left
        (*_at("Marta"), "Martha", "name-firstname"),  # 2: the whole name is written again
        (*_at("Vandermolen"), "Fandermolen", "name-phonetic"),  # 3: unlisted, every mention
        (*_at("Vandermolen", 1), "Wandermolen", "name-phonetic"),  # 4: ... damaged
        (*_at("Lindqvist", 1), "Lindkvist", "name-phonetic"),  # 5: spelled right twice more
    ]
    for start, end, text, kind in edits:
        assert plan.add(start, end, text, kind, "name")
    start = CLEAN.index("went well")
    assert plan.add(start, start + 4, "came off", "synonym", "grammar")  # 6: not a name
    return plan.apply()


def test_clean_offsets_map_the_key_back_to_the_clean_text():
    damaged, key = damage()
    assert restore(damaged, key) == CLEAN
    for c, begin in zip(key, clean_offsets(key), strict=True):
        assert CLEAN[begin : begin + len(c.original)] == c.original


def test_listed_people_and_names_spelled_elsewhere_are_recoverable():
    damaged, key = damage()
    assert sum(c.category == "name" for c in key) == 6 and len(key) == 7
    found = recoverable_names(CLEAN, damaged, key, **known_names())
    by_text = {key[i].text for i in found}
    # Olaf Scholz is in the shipped gazetteer, even with no correct spelling left in the text
    assert {"Oh Laugh Shoals", "Sholts"} <= by_text
    # unlisted, but "Marta Lindqvist" and "Lindqvist" are written correctly elsewhere
    assert {"Martha", "Lindkvist"} <= by_text
    # unlisted, and every mention of Vandermolen is damaged: no evidence anywhere
    assert not {"Fandermolen", "Wandermolen"} & by_text
    assert "came off" not in by_text  # only name damage is classified
    assert len(found) == 4


def test_without_the_gazetteer_only_the_article_counts():
    damaged, key = damage()
    known = known_names()
    found = recoverable_names(
        CLEAN, damaged, key, known_people=known["known_people"], not_people=known["not_people"]
    )
    assert {key[i].text for i in found} == {"Martha", "Lindkvist"}


def test_a_first_name_swap_needs_the_whole_name_elsewhere():
    clean = "Piet Vandermolen met the board. Vandermolen said little.\n"
    plan = Plan(clean)
    assert plan.add(0, 4, "Pete", "name-firstname", "name")
    damaged, key = plan.apply()
    # the surname alone is written again, the first name never: nothing says "Piet"
    assert recoverable_names(clean, damaged, key, **known_names()) == set()
