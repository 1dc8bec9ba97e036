"""Mojibake, repaired by ftfy, offered as proposals rather than applied behind the user's back;
and HTML entities a scrape left in the text ("&quot;", "&#8217;", "&nbsp;").

ftfy is configured to fix encodings only: curly quotes, ligatures, character widths and
Unicode normalisation in news text are not damage, so those fixers are off.
"""

from __future__ import annotations

import difflib
import html
import re
from html.entities import html5

import ftfy

from repair.document import Document
from repair.edits import Proposal, make_proposal

CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,
    normalization=None,
    explain=True,
)


def encoding_proposals(doc: Document) -> list[Proposal]:
    text = doc.text
    proposals = []
    for line in doc.lines:
        content = text[line.start : line.end]
        if content.isascii():
            continue
        fixed, steps = ftfy.fix_and_explain(content, config=CONFIG)
        if fixed == content:
            continue
        explanation = ", ".join(step[1] for step in steps or [])
        matcher = difflib.SequenceMatcher(None, content, fixed, autojunk=False)
        for tag, i1, i2, j1, j2 in _merged(matcher.get_opcodes()):
            if tag == "equal":
                continue
            proposals.append(
                make_proposal(
                    text,
                    line.start + i1,
                    line.start + i2,
                    fixed[j1:j2],
                    kind="encoding",
                    rule="encoding.mojibake",
                    confidence=0.9,
                    reason=f"mojibake: {content[i1:i2]!r} is {fixed[j1:j2]!r} decoded with the wrong encoding",
                    evidence=[f"ftfy: {explanation}"],
                )
            )
    return proposals


# a named entity, or a decimal or hexadecimal character reference, with its semicolon
_ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,30});")


def entity_proposals(doc: Document) -> list[Proposal]:
    """An HTML entity in an article's text is the character it stands for: a page's
    markup escaped it, and the scrape kept the escape. Only known entities ("&R;" is none)
    that stand for one printable character or a space."""
    text = doc.text
    proposals = []
    for match in _ENTITY.finditer(text):
        entity = match.group()
        if not entity.startswith("&#") and entity[1:] not in html5:
            continue
        char = html.unescape(entity).replace("\u00a0", " ")
        if len(char) != 1 or char == entity or not (char.isprintable() or char == " "):
            continue
        proposals.append(
            make_proposal(
                text,
                match.start(),
                match.end(),
                char,
                kind="encoding",
                rule="encoding.html-entity",
                confidence=0.9,
                reason=f"the HTML entity {entity!r} left by a scrape stands for {char!r}",
            )
        )
    return proposals


def _merged(opcodes):
    """Join changes separated by a single unchanged character, so one mojibake is one fix."""
    merged: list[list] = []
    for op in opcodes:
        tag, i1, i2, j1, j2 = op
        if merged and tag != "equal" and merged[-1][0] != "equal":
            merged[-1] = ["replace", merged[-1][1], i2, merged[-1][3], j2]
        elif (
            merged
            and tag != "equal"
            and len(merged) >= 2
            and merged[-1][0] == "equal"
            and merged[-1][2] - merged[-1][1] <= 1
            and merged[-2][0] != "equal"
        ):
            previous = merged[-2]
            merged[-2:] = [["replace", previous[1], i2, previous[3], j2]]
        else:
            merged.append(list(op))
    return merged
