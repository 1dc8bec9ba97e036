"""Parliaments and their officers as another language's translation names them.

A Korean article translated through Japanese comes back with "the Diet" for the National
Assembly (国会, the word Japanese uses for its own parliament), and a Polish one with "the
talker of the Sejm" for its Speaker. "The Diet" is Japan's parliament: in an article about
Korea or Taiwan that never mentions Japan, it is that country's parliament. "Talker" before
"of the" and a parliament's name is a synonym swapped for "Speaker". Both are proposed for
review only: the facts are general, but the context that tells them apart is thin.
"""

from __future__ import annotations

import re

from repair.edits import make_proposal

CONFIDENCE = 0.8

# The parliament of a country whose own word for it Japanese writes 国会, as English news names it.
PARLIAMENTS = {"KR": "National Assembly", "TW": "Legislative Yuan"}
_DIET = re.compile(r"\b(?<=[Tt]he )(?:National )?Diet\b")
_JAPAN = re.compile(r"\b(?:Japan|Japanese|Tokyo|Kishida|Abe|Suga|Ishiba)\b")
# "the talker of the Sejm": the Speaker, by a synonym
_HOUSES = (
    "Sejm|Senate|House|Knesset|State Duma|Duma|National Assembly|Bundestag|Parliament|Congress|"
    "Verkhovna Rada|Rada|Assembly"
)
_TALKER = re.compile(rf"\b[Tt]alker(?= of the (?:{_HOUSES})\b)")


def translated_institutions(result, article) -> None:
    text = article.doc.text
    taken = [(p.span.start, p.span.end) for p in result.proposals]

    def propose(match, replacement: str, reason: str, evidence: list[str]) -> None:
        if any(s < match.end() and match.start() < e for s, e in taken):
            return
        result.proposals.append(
            make_proposal(
                text,
                match.start(),
                match.end(),
                replacement,
                kind="name",
                rule="name.translated-institution",
                confidence=CONFIDENCE,
                reason=reason,
                evidence=evidence,
            )
        )

    homes = [c for c in PARLIAMENTS if c in article.countries]
    if len(homes) == 1 and "JP" not in article.countries and not _JAPAN.search(text):
        name = PARLIAMENTS[homes[0]]
        for match in _DIET.finditer(text):
            propose(
                match,
                name,
                f"{match.group()!r} is Japan's parliament; this article is about {homes[0]}'s",
                [
                    f"the article names people or places of {homes[0]} and never Japan",
                    f"{homes[0]}'s parliament is the {name}",
                ],
            )
    for match in _TALKER.finditer(text):
        propose(
            match,
            "Speaker",
            "a parliament's presiding officer is its Speaker; 'talker' is a synonym swapped in",
            ["'talker' before 'of the' and a parliament's name"],
        )
