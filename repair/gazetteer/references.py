"""Entries learned from clean reference articles on the same story."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from repair.document import Document
from repair.gazetteer.entries import Entry
from repair.gazetteer.index import CANONICAL, NAME_WORD, Gazetteer
from repair.gazetteer.keys import fold
from repair.gazetteer.mentions import HONORIFICS, Mention, is_title, sentence_mentions, words_of, zipf
from repair.words import ORGANISATION_WORDS as _ORG_WORDS
from repair.words import ROLE_LINK_WORDS as _STOP


def role_phrase(text: str, mention: Mention) -> str:
    """The title words just before a mention, as written: "U.S. Secretary of State"."""
    before = words_of(text, mention.sentence_start, mention.start)
    taken = []
    for word in reversed(before):
        if not is_title(word.text) or (taken and text[word.end : taken[-1].start].strip(" .")):
            break
        taken.append(word)
    while taken and taken[-1].text.lower() in _STOP:
        taken.pop()
    while taken and taken[0].text.lower() in _STOP:
        taken.pop(0)
    if not taken or taken[0].text.lower() in HONORIFICS:
        return ""
    return text[taken[-1].start : taken[0].end].strip(" .")


def learn_entries(texts: Sequence[tuple[str, str]], gazetteer: Gazetteer | None = None) -> list[Entry]:
    """Entries for the multi-word names in ``texts`` ((label, text) pairs), with their role words.

    A name is learned when it has at least two words, is not an ordinary English phrase,
    and either carries a title, an honorific, is seen more than once, or its last word is
    named again alone. The type comes
    from the gazetteer when it knows the name, else from the words around it.
    """
    seen: Counter[str] = Counter()
    roles: dict[str, Counter[str]] = defaultdict(Counter)
    honorific: dict[str, bool] = defaultdict(bool)
    sources: dict[str, set[str]] = defaultdict(set)
    alone: Counter[str] = Counter()  # one-word mentions: a surname named again ("Wichmann added")
    for label, text in texts:
        doc = Document.from_text(text)
        for sentence in doc.sentences:
            for mention in sentence_mentions(text, sentence.start, sentence.end):
                name = mention.text(text)
                if len(mention.words) == 1:
                    alone[mention.words[0].text] += 1
                if len(mention.words) < 2 or all(zipf(w.text) >= 4.0 for w in mention.words):
                    continue
                seen[name] += 1
                sources[name].add(label)
                role = role_phrase(text, mention)
                if role:
                    roles[name][role] += 1
                honorific[name] |= bool(mention.honorific)
    entries = []
    for name, count in seen.items():
        if count < 2 and not roles[name] and not honorific[name] and not alone[name.split()[-1]]:
            continue
        kind = _kind(name, gazetteer, bool(roles[name]) or honorific[name])
        note = f"learned from {', '.join(sorted(sources[name]))} ({count} mention{'s' if count > 1 else ''})"
        entries.append(
            Entry(
                canonical=name,
                type=kind,
                roles=tuple(r for r, _ in roles[name].most_common(5)),
                note=note,
                source="reference",
                prominence=0.95,
            )
        )
    entries.sort(key=lambda e: e.canonical)
    return entries


def _kind(name: str, gazetteer: Gazetteer | None, titled: bool) -> str:
    if gazetteer is not None:
        for entry, kind in gazetteer.exact(fold(name)):
            if kind == CANONICAL or kind != NAME_WORD:
                return entry.type
    words = [w.lower() for w in name.split()]
    if any(w in _ORG_WORDS for w in words):
        return "organisation"
    if titled or not any(is_title(w) for w in words):
        return "person"
    return "term"


def reference_forms(texts: Iterable[str]) -> dict[str, int]:
    """Folded multi- and single-word capitalised runs in the references, with their counts."""
    counts: Counter[str] = Counter()
    for text in texts:
        doc = Document.from_text(text)
        for sentence in doc.sentences:
            for mention in sentence_mentions(text, sentence.start, sentence.end):
                words = mention.folded
                counts[" ".join(words)] += 1
                for word in words:
                    counts[word] += 1
    return dict(counts)
