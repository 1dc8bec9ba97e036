"""The article pane: blocks of text, each re-rendered only when it changes.

A block is a paragraph, or paragraphs joined by a proposal that spans their gap (a broken
paragraph, a chrome block), so every proposal lives in exactly one block. A decision or a
cursor move re-renders the one or two blocks it touched; the other few hundred keep their
cached lines, and only the visible lines are ever drawn.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from repair.edits import Proposal, Span, Verdict
from repair.tui.session import Changes, Session


@dataclass(frozen=True)
class Palette:
    tints: tuple[tuple[float, str], ...]  # (minimum score, background), highest first
    old: str
    new: str
    accepted: str
    edited: str
    dim: str
    match: str


DARK = Palette(
    tints=((0.8, "#4b1f24"), (0.5, "#47381a"), (0.2, "#2b3320")),
    old="strike #ff6b6b",
    new="bold #8ae68a underline",
    accepted="bold #5fd75f",
    edited="bold #5fd7ff",
    dim="strike #7a7a7a",
    match="bold #000000 on #ffd75f",
)
LIGHT = Palette(
    tints=((0.8, "#f9d6d8"), (0.5, "#fbeec4"), (0.2, "#eef3dc")),
    old="strike #c01c28",
    new="bold #1a7f1a underline",
    accepted="bold #1a7f1a",
    edited="bold #005f87",
    dim="strike #8a8a8a",
    match="bold #000000 on #ffd75f",
)


def make_blocks(text: str, paragraphs: list[Span], proposals: list[Proposal]) -> list[Span]:
    """Paragraphs, merged wherever a proposal touches more than one (or a gap between)."""
    intervals = sorted(
        [(p.start, p.end, False) for p in paragraphs] + [(p.span.start, p.span.end, True) for p in proposals]
    )
    blocks: list[list[int]] = []
    for start, end, is_proposal in intervals:
        if blocks and (start < blocks[-1][1] or (start == blocks[-1][1] and (is_proposal or blocks[-1][2]))):
            blocks[-1][1] = max(blocks[-1][1], end)
            blocks[-1][2] = blocks[-1][2] or is_proposal
        else:
            blocks.append([start, end, is_proposal])
    return [Span(start, end) for start, end, _ in blocks if end > start or start < len(text)]


def visible_whitespace(piece: str) -> str:
    """Show a change that is only spaces or line breaks: · for a space, ¶ for a break."""
    if piece and not piece.strip():
        return (
            piece.replace("\r\n", "¶")
            .replace("\n", "¶")
            .replace("\r", "¶")
            .replace(" ", "·")
            .replace("\t", "→")
        )
    return piece


class ArticleView(ScrollView, can_focus=True):
    """The scrolling article, drawn line by line from per-block caches.

    Each block's wrapped lines are cached as Strips; render_line picks the block by
    bisecting the block tops, so drawing costs the same for 10 or 10,000 paragraphs, and a
    decision re-renders one block (and shifts the tops only if its height changed).
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.session: Session | None = None
        self.spans: list[Span] = []
        self._block_starts: list[int] = []
        self._lines: list[list[Strip]] = []
        self._tops: list[int] = []
        self._width = 0
        self._stale: set[int] = set()  # blocks to render again before they are drawn
        self.palette = DARK
        self.match: Span | None = None

    def show(self, session: Session) -> None:
        self.session = session
        self.match = None
        self.spans = make_blocks(session.text, session.analysis.doc.paragraphs, session.proposals)
        self._block_starts = [span.start for span in self.spans]
        self._width = 0
        self._layout_all()
        self.scroll_to(0, 0, animate=False, immediate=True)

    def update(self, changes: Changes) -> None:
        """A later analysis changed the session: re-render the blocks whose proposals
        changed (or every block, when the blocks themselves changed); blocks whose tints
        alone changed are re-rendered when next drawn (a tint never moves a line, and the
        first scores change every block of a long article: 0.1 s drawn at once)."""
        session = self.session
        if session is None:
            return
        spans = make_blocks(session.text, session.analysis.doc.paragraphs, session.proposals)
        if spans != self.spans:
            self.spans = spans
            self._block_starts = [span.start for span in spans]
            self._stale.clear()
            self._layout_all()
            return
        self.refresh_offsets(changes.proposals)
        restyled = {self.block_index(offset) for offset in changes.scores} - {None}
        if restyled:
            self._stale.update(restyled)
            self.refresh()

    def clear(self) -> None:
        """Show nothing (the article could not be analysed)."""
        self.session = None
        self.spans, self._block_starts, self._lines, self._tops = [], [], [], []
        self._stale.clear()
        set_virtual_size(self, Size(self._width, 0))
        self.refresh()

    @property
    def block_count(self) -> int:
        return len(self.spans)

    def block_index(self, offset: int) -> int | None:
        if not self.spans:
            return None
        return max(0, bisect.bisect_right(self._block_starts, offset) - 1)

    def block_at(self, offset: int) -> Span | None:
        index = self.block_index(offset)
        return None if index is None else self.spans[index]

    def _content_width(self) -> int:
        return max(10, self.scrollable_content_region.width)

    def _layout_all(self) -> None:
        if self.session is None:
            return
        self._width = self._content_width()
        self._stale.clear()
        self._lines = [self._render_lines(i) for i in range(len(self.spans))]
        self._recompute_tops()
        self.refresh()

    def _recompute_tops(self) -> None:
        tops, total = [], 0
        for lines in self._lines:
            tops.append(total)
            total += len(lines)
        self._tops = tops
        set_virtual_size(self, Size(self._width, total))

    def _render_lines(self, index: int) -> list[Strip]:
        console = self.app.console
        options = console.options.update_width(self._width)
        rendered = console.render_lines(self.render_block(self.spans[index]), options, pad=True)
        strips = [Strip(line, self._width) for line in rendered]
        strips.append(Strip.blank(self._width))  # the gap between paragraphs
        return strips

    def on_resize(self) -> None:
        if self.session is not None and self._content_width() != self._width:
            self._layout_all()

    def refresh_offsets(self, offsets: list[int]) -> None:
        """Re-render only the blocks holding these article offsets."""
        indexes = {i for i in (self.block_index(o) for o in offsets) if i is not None}
        if not indexes or not self._lines:
            return
        moved = False
        for index in indexes:
            self._stale.discard(index)
            lines = self._render_lines(index)
            moved = moved or len(lines) != len(self._lines[index])
            self._lines[index] = lines
        if moved:
            self._recompute_tops()
            self.refresh()
            return
        top = self.scroll_offset.y
        for index in indexes:
            region = Region(0, self._tops[index] - top, self.size.width, len(self._lines[index]))
            self.refresh(region)

    def refresh_all(self) -> None:
        self._layout_all()

    def render_line(self, y: int) -> Strip:
        line = y + self.scroll_offset.y
        width = self.size.width
        if not self._tops or line >= self.virtual_size.height:
            return Strip.blank(width, self.rich_style)
        index = bisect.bisect_right(self._tops, line) - 1
        if index in self._stale:
            self._stale.discard(index)
            self._lines[index] = self._render_lines(index)
        strip = self._lines[index][line - self._tops[index]]
        return strip.crop_extend(self.scroll_offset.x, self.scroll_offset.x + width, self.rich_style)

    def line_of(self, offset: int) -> int:
        """The line of the whole article (from 0) on which ``offset`` is drawn."""
        index = self.block_index(offset)
        if index is None:
            return 0
        span = self.spans[index]
        if offset <= span.start:
            return self._tops[index]
        prefix = self.render_block(Span(span.start, min(offset, span.end)), plain=True)
        console = self.app.console
        wrapped = console.render_lines(prefix, console.options.update_width(self._width), pad=False)
        return self._tops[index] + max(0, len(wrapped) - 1)

    def reveal(self, offset: int, *, animate: bool = False) -> None:
        """Scroll so the line holding ``offset`` is in view (a third down when it was not)."""
        if not self._tops:
            return
        top = self.line_of(offset)
        height = self.scrollable_content_region.height
        if self.scroll_offset.y <= top < self.scroll_offset.y + height - 1:
            return
        self.scroll_to(y=max(0, top - height // 3), animate=animate, immediate=True)

    # ----- rendering -----

    def render_block(self, span: Span, *, plain: bool = False) -> Text:
        session = self.session
        assert session is not None
        out = Text(no_wrap=False, overflow="fold", end="")
        candidates = [p for p in session.overlapping(span) if p.id in session.decisions or session.visible(p)]
        shown = self._shown(candidates, span, session.cursor)
        position = span.start
        for proposal in shown:
            self._plain(out, position, proposal.span.start, plain)
            self._proposal(out, proposal, plain)
            position = proposal.span.end
        self._plain(out, position, span.end, plain)
        if self.match and not plain and span.start <= self.match.start < span.end:
            self._mark_match(out, span, shown)
        return out

    @staticmethod
    def _shown(proposals: list[Proposal], span: Span, selected: str | None) -> list[Proposal]:
        """The proposals drawn inline: no two overlap; the selected one always wins."""
        candidates = [p for p in proposals if span.start <= p.span.start and p.span.end <= span.end]
        candidates.sort(key=lambda p: (p.id != selected, p.span.start, -(p.span.end - p.span.start)))
        drawn: list[Proposal] = []
        for proposal in candidates:
            if any(_clash(proposal.span, other.span) for other in drawn):
                continue
            drawn.append(proposal)
        drawn.sort(key=lambda p: (p.span.start, p.span.end))
        return drawn

    def _plain(self, out: Text, start: int, end: int, plain: bool) -> None:
        if end <= start:
            return
        session = self.session
        text = session.text
        if plain:
            out.append(text[start:end])
            return
        position = start
        scores = session.scores
        index = max(0, bisect.bisect_right(session._score_starts, start) - 1)
        while position < end:
            score = scores[index] if index < len(scores) else None
            if score is None or score.start >= end:
                out.append(text[position:end])
                return
            if score.end <= position:
                index += 1
                continue
            if score.start > position:
                out.append(text[position : score.start])
                position = score.start
                continue
            stop = min(score.end, end)
            self._tinted(out, position, stop, score)
            position = stop
            index += 1

    def _tinted(self, out: Text, start: int, stop: int, score) -> None:
        """Part of a scored sentence on its tint. In a tinted sentence the words the
        detector marks as most likely wrong (``SentenceScore.spans``) are underlined."""
        text = self.session.text
        tint = self._tint(score.score)
        at = start
        for a, b in sorted(score.spans) if tint else ():
            a, b = max(a, at), min(b, stop)
            if a < b:
                out.append(text[at:a], style=tint)
                out.append(text[a:b], style=f"underline {tint}")
                at = b
        out.append(text[at:stop], style=tint)

    def _tint(self, score: float) -> str:
        for minimum, colour in self.palette.tints:
            if score >= minimum:
                return f"on {colour}"
        return ""

    def _proposal(self, out: Text, proposal: Proposal, plain: bool) -> None:
        session = self.session
        decision = session.decisions.get(proposal.id)
        old, new = proposal.original, proposal.replacement
        if plain:
            out.append(visible_whitespace(old) + visible_whitespace(new))
            return
        palette = self.palette
        verdict = decision.verdict if decision else None
        if verdict is Verdict.EDITED:
            new = decision.text or ""
        old_style, new_style = {
            None: (palette.old, palette.new),
            Verdict.ACCEPTED: (palette.dim, palette.accepted),
            Verdict.EDITED: (palette.dim, palette.edited),
            Verdict.REJECTED: ("", palette.dim),
        }[verdict]
        link = Style(meta={"@click": f"app.select_proposal('{proposal.id}')"})
        selected = proposal.id == session.cursor
        tint = self._tint(session.sentence_score(proposal.span.start))
        for piece, style in ((old, old_style), (new, new_style)):
            if not piece:
                continue
            combined = Style.parse(f"{tint} {style}".strip() or "none") + link
            if selected:
                combined += Style(reverse=True)
            out.append(visible_whitespace(piece), style=combined)

    def _mark_match(self, out: Text, span: Span, shown: list[Proposal]) -> None:
        """Highlight the search match, mapping article offsets to offsets in the drawn text."""
        match = self.match

        def drawn_offset(offset: int) -> int:
            moved = 0
            for proposal in shown:
                if proposal.span.end <= offset:
                    decision = self.session.decisions.get(proposal.id)
                    new = proposal.replacement
                    if decision is not None and decision.verdict is Verdict.EDITED:
                        new = decision.text or ""
                    moved += len(visible_whitespace(new))
            return offset - span.start + moved

        start, end = drawn_offset(match.start), drawn_offset(match.end)
        out.stylize(self.palette.match, start, end)


def _clash(a: Span, b: Span) -> bool:
    return a.overlaps(b) or (a.start == b.start and a.end == b.end)


def set_virtual_size(view: ScrollView, size: Size) -> None:
    """Change a scroll view's virtual size without asking the screen for a new layout.

    The views using this always show their vertical scrollbar (overflow-y: scroll), so a
    new size changes only the scrollbar's thumb, never the space the view takes.
    """
    if size == view.virtual_size:
        return
    update = getattr(view, "_scroll_update", None)
    if update is None or view.styles.overflow_y != "scroll":
        view.virtual_size = size
        return
    view.set_reactive(ScrollView.virtual_size, size)
    update(size)
