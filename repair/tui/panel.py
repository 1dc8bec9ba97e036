"""The side panel: the selected proposal's change word by word, then why it is proposed."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widget import Widget

from repair.edits import Decision, Proposal, Verdict
from repair.errors import RepairError
from repair.tui.article import set_virtual_size, visible_whitespace
from repair.tui.session import Session
from repair.tui.worddiff import DELETED, EQUAL, INSERTED

_MARKS = {
    None: ("● pending", "bold yellow"),
    Verdict.ACCEPTED: ("✓ accepted", "bold green"),
    Verdict.REJECTED: ("✗ rejected", "bold red"),
    Verdict.EDITED: ("✎ edited", "bold cyan"),
}
_BY_RULE = {"auto": " (automatic)", "always": " (always)"}  # decisions no person made here
_PIECE_STYLES = {DELETED: "strike bold red", INSERTED: "bold green underline"}


def describe(session: Session, proposal: Proposal | None) -> Text:
    """The panel's text: the proposal's header, its change word by word (first, so it is on
    screen at 80x24 however long the rest is), then why it is proposed."""
    out = Text(end="")
    if proposal is None:
        _nothing_selected(out, session)
        return out
    decision = session.decisions.get(proposal.id)
    _header(out, session, proposal, decision)
    _change(out, session, proposal, decision)
    _reasons(out, proposal)
    return out


def _nothing_selected(out: Text, session: Session) -> None:
    if not session.proposals:
        out.append("No proposals for this article.\n\n", style="bold")
        out.append("Press d to find a damaged sentence and type a fix, ] for the next article, q to quit.")
    elif not session.order:
        out.append("No proposal matches the filter.\n\n", style="bold")
        out.append("Press f and Enter to show them all.")


def _header(out: Text, session: Session, proposal: Proposal, decision: Decision | None) -> None:
    mark, mark_style = _MARKS[decision.verdict if decision else None]
    out.append(f"{proposal.kind}", style="bold")
    out.append(f" · {proposal.rule}\n", style="italic")
    out.append(f"confidence {proposal.confidence:.2f}  ")
    out.append(mark, style=mark_style)
    if decision is not None and decision.source in _BY_RULE:
        out.append(_BY_RULE[decision.source], style=mark_style)
    if proposal.id in session.order:
        out.append(f"  #{session.order.index(proposal.id) + 1}/{len(session.order)}", style="dim")
    out.append("\n")


def _change(out: Text, session: Session, proposal: Proposal, decision: Decision | None) -> None:
    verdict = decision.verdict if decision else None
    try:
        pieces = session.preview(proposal, decision.text if verdict is Verdict.EDITED else None)
    except RepairError as error:
        pieces = [(EQUAL, f"(no preview: {error})")]
    for op, piece in pieces:
        if op == EQUAL:
            out.append(piece.replace("\n", " ⏎ "), style="dim")
        else:
            out.append(visible_whitespace(piece), style=_PIECE_STYLES[op])
    if verdict is Verdict.REJECTED:
        out.append("\n(rejected: the article keeps its words)", style="italic")
    if verdict is Verdict.EDITED:
        out.append("\nyours: ")
        out.append(_quote(decision.text or "") or "(delete)", style="bold cyan")
    out.append("\n\n")


def _reasons(out: Text, proposal: Proposal) -> None:
    out.append("Why: ", style="bold")
    out.append(proposal.reason + "\n")
    if proposal.evidence:
        out.append("Evidence:\n", style="bold")
        for item in proposal.evidence:
            out.append(f" • {item}\n")
    if proposal.alternatives:
        out.append("Alternatives:\n", style="bold")
        for number, alternative in enumerate(proposal.alternatives[:9], start=1):
            link = Style(meta={"@click": f"app.alternative({number})"})
            out.append(f" {number} ", style=Style(bold=True) + link)
            out.append(_quote(alternative) + "\n", style=link)


def _quote(piece: str, limit: int = 120) -> str:
    shown = visible_whitespace(piece)
    if len(shown) > limit:
        shown = shown[: limit // 2] + " … " + shown[-limit // 2 :]
    return shown


class TextPane(ScrollView, can_focus=False):
    """A scrolling pane of rich Text, wrapped once per update and drawn line by line.

    Unlike a Static, replacing its text never asks the screen for a new layout, so the
    side panel can change on every key without the whole screen being arranged again.
    """

    def __init__(self, text: Text | str = "", **kwargs) -> None:
        super().__init__(**kwargs)
        self._text = Text(text) if isinstance(text, str) else text
        self._lines: list[Strip] = []
        self._width = 0

    @property
    def text(self) -> Text:
        return self._text

    def update(self, text: Text | str) -> None:
        self._text = Text(text) if isinstance(text, str) else text
        self._wrap()
        self.scroll_to(0, 0, animate=False, immediate=True)
        self.refresh()

    def _wrap(self) -> None:
        width = max(8, self.scrollable_content_region.width)
        console = self.app.console
        rendered = console.render_lines(self._text, console.options.update_width(width), pad=True)
        self._lines = [Strip(line, width) for line in rendered]
        self._width = width
        set_virtual_size(self, Size(width, len(self._lines)))

    def on_resize(self) -> None:
        if max(8, self.scrollable_content_region.width) != self._width:
            self._wrap()
            self.refresh()

    def on_mount(self) -> None:
        self._wrap()

    def render_line(self, y: int) -> Strip:
        line = y + self.scroll_offset.y
        if line >= len(self._lines):
            return Strip.blank(self.size.width, self.rich_style)
        return self._lines[line].crop_extend(0, self.size.width, self.rich_style)


class StatusLine(Widget):
    """One line of text that repaints without a new layout."""

    DEFAULT_CSS = "StatusLine { height: 1; }"

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._text = Text("")

    def update(self, text: str) -> None:
        if text != self._text.plain:
            self._text = Text(text, no_wrap=True, overflow="ellipsis")
            self.refresh()

    def render(self) -> Text:
        return self._text
