"""Two listed people a mention reads as equally well: no automatic choice between them.

A reading through another script can spell two people at once. "Salihe" is 萨利赫 read back,
the whole Chinese name of Barham Salih and the family name Chinese writes for Ibrahim Mohamed
Solih; "Bakh" is Бах read back (Thomas Bach), while its sound is close to Joseph Boakai's.
Nothing in the letters says which one the article means, and a wrong person written into a
news article automatically is the worst change the names pass can make. So where a mention
is exactly a reading of one listed person's name, a proposal naming anybody else, or naming
that person while another is read as exactly, stays in review unless the evidence around the
name (the person's role beside it, their first name, the article or a reference naming them,
the article's other mentions linked to them) separates them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from repair.gazetteer.keys import fold
from repair.words import HONORIFICS

if TYPE_CHECKING:
    from repair.passes.names.decisions import NameAnalysis

# the evidence that says which of two people a mention names (entities.FEATURES)
SEPARATING = ("role_beside", "first_exact", "spelled", "reference")
# a proposal's signals (scoring.py) that say the same for the per-run scorer's candidate
SEPARATING_SIGNALS = ("role", "spelled", "target_seen", "reference")
# the signal that keeps a proposal's confidence at the rules' own (calibration.py)
HELD = "read_as_other"


def read_exactly(f: dict[str, float]) -> bool:
    """The group's words are a reading of the person's native name, or, one word alone, of
    the family name in it ("Salihe", 萨利赫; "Hasang", 哈桑 of Samia Suluhu Hassan)."""
    return bool(f["route_exact"] or (f["single_word"] and f["family_route"]))


def surname_only(entry) -> bool:
    """Every native spelling of a person whose name English writes given name first is one
    part, so it spells the family name alone (哈里斯, Харрис for Kamala Harris): a reading of
    it in several syllables ("Ha Li Si") is the family name, not the whole name."""
    from repair.gazetteer.routes import _NAME_DOTS, FAMILY_FIRST

    if not entry.native or entry.country in FAMILY_FIRST or entry.country == "JP":
        return False
    return not any(_NAME_DOTS.search(n) or " " in n.strip() for n in entry.native)


def after_honorific(spots: list) -> bool:
    """Every mention follows an honorific ("Mr Ha Li Si"), after which English writes the
    family name alone."""
    return all(spot.title.split()[-1:] and spot.title.split()[-1].strip(".") in HONORIFICS for spot in spots)


def reads_as_surname(link, honorific: bool) -> bool:
    """The group is one word, or, after an honorific, a reading of the person's family name
    alone: the change writes the family name."""
    f = link.features
    return bool(f["single_word"] or (honorific and f["route_exact"] and surname_only(link.entry)))


def same_change(best, other, honorific: bool) -> bool:
    """Both people get the same words: a shared family name the mention becomes ("Mr Kastro":
    Fidel or Xiomara Castro; "Mr Ha Li Si": Kamala or Simon Harris)."""
    from repair.passes.names.entities import family_of

    return (
        family_of(other.entry) == family_of(best.entry)
        and reads_as_surname(best, honorific)
        and reads_as_surname(other, honorific)
    )


def rival(best, others: list, pooled: bool, honorific: bool):
    """Another person the group reads as exactly as ``best``, when nothing around the name
    speaks for ``best`` and not for them; None otherwise."""
    if not read_exactly(best.features) or pooled:
        return None
    for other in others:
        if same_change(best, other, honorific):
            continue
        if read_exactly(other.features) and not any(
            best.features[k] and not other.features[k] for k in SEPARATING
        ):
            return other
    return None


def hold_other_people(result: NameAnalysis, spots: list, links: list) -> list:
    """Keep in review a per-run proposal over these mentions that names somebody other than
    every person they are exactly a reading of, unless its own evidence (a role, the article,
    a reference) speaks for it: "Mr Bakh" is no sure Boakai where Бах is Thomas Bach, and
    "Mr Houseiyin" (侯赛因) no sure Hussain where it reads as Fuad Hussein too. Returns the
    proposals held."""
    read = [link.entry for link in links if read_exactly(link.features)]
    if not read:
        return []
    theirs = [{w for form in entry.forms for w in fold(form).replace("-", " ").split()} for entry in read]
    held = []
    for proposal in result.proposals:
        if proposal.kind != "name" or proposal.rule == "name.entity":
            continue
        if not any(proposal.span.start < s.end and s.start < proposal.span.end for s in spots):
            continue
        signals = result.signals.get(proposal.id)
        if signals is None or any(signals.get(k) for k in SEPARATING_SIGNALS):
            continue
        written = set(fold(proposal.replacement).replace("-", " ").split())
        if not all(written <= words for words in theirs):
            signals[HELD] = 1.0
            held.append(proposal)
    return held


def read_instead(links: list, honorific: bool):
    """The person to propose, for review, instead of held sound-alikes: the one the words read
    as exactly, when every such person has the family name it writes ("Mr Ruan", 阮: Nguyen,
    whichever Nguyen); None when they differ ("Hasang": Hasan or Hassan)."""
    read = [link for link in links if read_exactly(link.features)]
    if read and all(same_change(read[0], other, honorific) for other in read[1:]):
        return read[0]
    return None
