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


def rival(best, others: list, pooled: bool):
    """Another person the group reads as exactly as ``best``, when nothing around the name
    speaks for ``best`` and not for them; None otherwise."""
    from repair.passes.names.entities import family_of

    if not read_exactly(best.features) or pooled:
        return None
    for other in others:
        if best.features["single_word"] and family_of(other.entry) == family_of(best.entry):
            continue  # "Mr Kastro" is Castro, whichever Castro it is
        if read_exactly(other.features) and not any(
            best.features[k] and not other.features[k] for k in SEPARATING
        ):
            return other
    return None


def hold_other_people(result: NameAnalysis, spots: list, links: list) -> None:
    """Keep in review a per-run proposal over these mentions that names somebody other than
    a person they are exactly a reading of, unless its own evidence (a role, the article, a
    reference) speaks for it: "Mr Bakh" is no sure Boakai where Бах is Thomas Bach."""
    read = [link.entry for link in links if read_exactly(link.features)]
    if not read:
        return
    theirs = [{w for form in entry.forms for w in fold(form).replace("-", " ").split()} for entry in read]
    for proposal in result.proposals:
        if proposal.kind != "name" or proposal.rule == "name.entity":
            continue
        if not any(proposal.span.start < s.end and s.start < proposal.span.end for s in spots):
            continue
        signals = result.signals.get(proposal.id)
        if signals is None or any(signals.get(k) for k in SEPARATING_SIGNALS):
            continue
        written = set(fold(proposal.replacement).replace("-", " ").split())
        if not any(written <= words for words in theirs):
            signals[HELD] = 1.0
