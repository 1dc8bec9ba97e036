"""The review app's pop-ups: a one-line prompt, the export chooser, and the help screen."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

KEYS: tuple[tuple[str, str], ...] = (
    ("n / j", "next proposal"),
    ("p / k", "previous proposal"),
    ("a", "accept"),
    ("r", "reject"),
    ("e", "edit: type your own replacement"),
    ("1-9", "pick an alternative"),
    ("A", "accept always: this change here and when it comes again (article, batch or every article)"),
    ("R", "reject always: the same, rejected (every article: your ignores, `repair ignores`)"),
    ("u", "undo"),
    ("ctrl+r / U", "redo"),
    ("b", "accept every undecided proposal of a kind at or above a confidence"),
    ("f", "filter by kind and confidence (empty: show all)"),
    ("/", "search the article (again: next match)"),
    ("w", "order: worst sentence first / article order"),
    ("d", "next damaged sentence without a proposal: type a fix"),
    ("x", "export: patch, repaired text or JSON edit log"),
    ("] / [", "next / previous article"),
    ("t", "light / dark theme"),
    ("?", "this help"),
    ("q", "save and quit (every decision is saved as it is made)"),
)


class Prompt(ModalScreen[str | None]):
    """Ask for one line of text; Enter returns it, Escape returns None."""

    BINDINGS = [Binding("escape", "cancel", "cancel")]

    def __init__(self, title: str, value: str = "", placeholder: str = "", hint: str = "") -> None:
        super().__init__(classes="prompt")
        self.title_text = title
        self.value = value
        self.placeholder = placeholder
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.title_text, id="dialog-title")
            yield Input(
                value=self.value, placeholder=self.placeholder, id="prompt-input", select_on_focus=False
            )
            if self.hint:
                yield Static(self.hint, id="dialog-hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ExportChooser(ModalScreen[str | None]):
    """Pick a format with p, t or j (or a click); the app writes the file."""

    BINDINGS = [
        Binding("p", "choose('patch')", "patch"),
        Binding("t", "choose('text')", "text"),
        Binding("j", "choose('json')", "json"),
        Binding("escape", "choose('')", "cancel"),
    ]

    def __init__(self, targets: dict[str, str]) -> None:
        super().__init__(classes="prompt")
        self.targets = targets

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("Export the accepted changes", id="dialog-title")
            for key, name in (("p", "patch"), ("t", "text"), ("j", "json")):
                yield Static(
                    f"[b]{key}[/b] {name:5} → {self.targets[name]}",
                    classes="choice",
                    markup=True,
                ).with_tooltip(f"write {self.targets[name]}")
            yield Static("Escape: cancel", id="dialog-hint")

    def on_click(self, event) -> None:
        widget = event.widget
        if isinstance(widget, Static) and widget.has_class("choice"):
            index = list(self.query(".choice")).index(widget)
            self.dismiss(("patch", "text", "json")[index])

    def action_choose(self, name: str) -> None:
        self.dismiss(name or None)


class AlwaysChooser(ModalScreen[str | None]):
    """Where an "always" decision holds: this article (Enter), this batch, every article.

    Every article is never the default: an ignore there hides the change in articles the
    reviewer has not seen, so it takes its own key."""

    BINDINGS = [
        Binding("enter", "choose('')", "default"),
        Binding("a", "choose('article')", "this article"),
        Binding("b", "choose('batch')", "this batch"),
        Binding("e", "choose('user')", "every article"),
        Binding("escape", "cancel", "cancel"),
    ]

    def __init__(self, verdict: str, *, batch: bool) -> None:
        super().__init__(classes="prompt")
        self.verdict = verdict
        self.batch = batch

    def compose(self) -> ComposeResult:
        verb = "Accept" if self.verdict == "accepted" else "Reject"
        with Vertical(id="dialog"):
            yield Label(f"{verb} always: this change, now and when it comes again", id="dialog-title")
            default = "b" if self.batch else "a"
            choices = [("a", "in this article")]
            if self.batch:
                choices.append(("b", "in this batch run"))
            choices.append(("e", "always, for every article (your user files)"))
            for key, what in choices:
                mark = " (Enter)" if key == default else ""
                yield Static(f"[b]{key}[/b] {what}{mark}", classes="choice", markup=True)
            yield Static("Escape: cancel", id="dialog-hint")

    def action_choose(self, scope: str) -> None:
        if scope == "batch" and not self.batch:
            return
        self.dismiss(scope or ("batch" if self.batch else "article"))

    def action_cancel(self) -> None:
        self.dismiss(None)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "close", "close"),
        Binding("question_mark", "close", "close"),
        Binding("q", "close", "close"),
    ]

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for key, what in KEYS:
            table.add_row(key, what)
        legend = (
            "\n[b]Colours[/b]: sentences are tinted by their garble score (stronger = more likely "
            "damaged). [strike]struck-through[/strike] text is what a proposal removes; "
            "highlighted text is what it puts in. Click a proposal to select it; click the "
            "footer keys."
        )
        with VerticalScroll(id="help"):
            yield Label("repair review: keys", id="dialog-title")
            yield Static(table)
            yield Static(legend, markup=True)
            yield Static("Escape, ? or q: close", id="dialog-hint")

    def action_close(self) -> None:
        self.dismiss(None)
