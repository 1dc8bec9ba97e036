"""The index answers a phrase that is no listed role from its set of role phrases, without
a query: the names pass asks about hundreds of phrases an article, and few are roles."""

from __future__ import annotations

from repair.gazetteer.entries import Entry
from repair.gazetteer.index import Index

PEOPLE = [
    Entry("Ana Brnabic", "person", roles=("Prime Minister of Serbia", "Speaker")),
    Entry("Tom Hollis", "person", roles=("Harbour Master",)),
]


class _Counted:
    """The index's connection, counting the queries made through it."""

    def __init__(self, db) -> None:
        self.db, self.queries = db, 0

    def execute(self, *args):
        self.queries += 1
        return self.db.execute(*args)


def test_a_phrase_no_entry_lists_is_answered_without_a_query():
    index = Index.in_memory(PEOPLE, "roles")
    assert index.role_phrases == {"prime minister of serbia", "harbour master"}  # one word: none
    counted = index.db = _Counted(index.db)
    assert index.by_role("said harbour master") == []
    assert index.by_role("speaker") == []
    assert counted.queries == 0
    assert [index.entry(e).canonical for e in index.by_role("harbour master")] == ["Tom Hollis"]
    assert counted.queries == 2  # the role's rows, then the entry
