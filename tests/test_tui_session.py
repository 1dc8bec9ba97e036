"""The review session without a screen, and the article/engine the TUI tests share.

The review tests fix which passes run (the cleanup pass and a small names fixture with
alternatives and evidence) and the sentence scores, so their exact expected text does not
move when the grammar backend or the detector is retrained.
"""

from __future__ import annotations

from pathlib import Path

from repair.config import Config
from repair.document import Document
from repair.edits import Span, Verdict, make_proposal
from repair.loading import Source
from repair.passes.cleanup import CleanupPass
from repair.passes.context import PassContext, PassResult
from repair.pipeline import Analysis, Engine, StagedAnalysis
from repair.review_state import ReviewState
from repair.scoring import SentenceScore
from repair.tui.app import ReviewApp, ReviewItem
from repair.tui.article import make_blocks
from repair.tui.session import Filter, Session, preview_session

ARTICLE = (
    "Trade ministers from Mexico met in Geneva on Tuesday.Officials said the the talks had been "
    "long and and difficult.\n\n"
    "Minister Ana Ruis told reporters that an agreement was close , and that her team would stay.\n\n"
    "The meeting ended late at night , and delegates left the building  quietly.\n\n"
    "Ana Ruiz is expected to speak again on Friday, , her office said.\n\n"
    "Diplomats described the mood as calm spirits of negotiation among the delegates.\n"
)
DAMAGED_SENTENCE = "Diplomats described the mood as calm spirits of negotiation among the delegates."


class ArticleNames:
    """A names fixture: the article's own later spelling fixes the earlier variant."""

    name = "names-fixture"

    def run(self, doc: Document, context: PassContext) -> PassResult:
        text = doc.text
        start = text.find("Ana Ruis")
        if start == -1:
            return PassResult()
        return PassResult(
            [
                make_proposal(
                    text,
                    start,
                    start + len("Ana Ruis"),
                    "Ana Ruiz",
                    kind="name",
                    rule="names.article-variant",
                    confidence=0.8,
                    reason="a sound-alike of a name the article spells differently",
                    evidence=["the article spells 'Ana Ruiz' in paragraph 4"],
                    alternatives=["Ana Ruíz", "Anna Ruiz"],
                )
            ]
        )


class FixedEngine(Engine):
    """The real Engine with a fixed set of passes and fixed scores."""

    @property
    def passes(self):
        return [CleanupPass(), ArticleNames()]

    def stage(self, source: Source) -> StagedAnalysis:  # analyze() and the app both stage
        staged = super().stage(source)
        analysis = staged.analysis

        def fixed(*, scored: bool = True) -> Analysis:
            result = analysis(scored=scored)
            result.scores = [
                SentenceScore(
                    s.start, s.end, 0.9 if "spirits" in source.text[s.start : s.end] else 0.3, ("fixture",)
                )
                for s in result.doc.sentences
            ]
            return result

        staged.analysis = fixed
        return staged


def make_app(article: Path, state_dir: Path, **kwargs) -> ReviewApp:
    config = Config(state_dir=state_dir, grammar="none")
    kwargs.setdefault("export_dir", article.parent)
    return ReviewApp(
        [ReviewItem(article)], FixedEngine(config), state_dir=state_dir, user_dir=state_dir, **kwargs
    )


def write_article(folder: Path, text: str = ARTICLE, name: str = "story.txt") -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


def make_session(tmp_path: Path) -> Session:
    path = write_article(tmp_path)
    analysis = FixedEngine(Config(state_dir=tmp_path, grammar="none")).analyze_path(path)
    return Session(analysis, ReviewState(tmp_path / "state.json", str(path)))


def test_fixture_proposals(tmp_path: Path) -> None:
    session = make_session(tmp_path)
    assert [(p.kind, p.original, p.replacement) for p in session.proposals] == [
        ("spacing", ".", ". "),
        ("spacing", "the the", "the"),
        ("spacing", "and and", "and"),
        ("name", "Ana Ruis", "Ana Ruiz"),
        ("spacing", " ,", ","),
        ("spacing", " ,", ","),
        ("spacing", "  ", " "),
        ("spacing", ", ,", ","),
    ]


def test_decide_undo_redo_and_save(tmp_path: Path) -> None:
    session = make_session(tmp_path)
    first = session.current
    assert session.decide(Verdict.ACCEPTED) == [first.id]
    assert ReviewState.load(tmp_path / "state.json").decisions[first.id].verdict is Verdict.ACCEPTED
    session.undo()
    assert first.id not in session.decisions
    assert ReviewState.load(tmp_path / "state.json").decisions == {}
    session.redo()
    assert session.decisions[first.id].verdict is Verdict.ACCEPTED
    assert session.repaired().startswith("Trade ministers from Mexico met in Geneva on Tuesday. Officials")


def test_bulk_accept_filter_and_worst_first(tmp_path: Path) -> None:
    session = make_session(tmp_path)
    touched = session.bulk_accept("spacing", 0.9)
    assert sorted(session.by_id[t].original for t in touched) == [" ,", " ,", ", ,", "and and", "the the"]
    session.set_filter(Filter(frozenset({"name"})))
    assert [session.by_id[k].original for k in session.order] == ["Ana Ruis"]
    assert session.current.original == "Ana Ruis"
    session.set_filter(Filter(min_confidence=0.86))
    assert all(session.by_id[k].confidence >= 0.86 for k in session.order)
    session.set_filter(Filter())
    session.toggle_worst_first()
    assert len(session.order) == len(session.proposals)


def test_damaged_sentence_and_manual_fix(tmp_path: Path) -> None:
    session = make_session(tmp_path)
    sentence = session.next_damaged_sentence(0)
    assert session.text[sentence.start : sentence.end] == DAMAGED_SENTENCE
    fixed = DAMAGED_SENTENCE.replace("calm spirits of negotiation", "a calm negotiating spirit")
    (new_id,) = session.add_manual(Span(sentence.start, sentence.end), fixed)
    manual = session.by_id[new_id]
    assert (manual.kind, manual.rule, manual.original) == ("manual", "manual", "calm spirits of negotiation")
    assert session.repaired().endswith("as a calm negotiating spirit among the delegates.\n")
    assert session.next_damaged_sentence(0) is None


def test_blocks_join_paragraphs_a_proposal_spans() -> None:
    text = "First paragraph ends on the\n\nnext line continues here.\n\nSecond one.\n"
    doc = Document.from_text(text)
    join = make_proposal(text, 27, 29, " ", kind="structure", rule="s", confidence=0.9, reason="r")
    blocks = make_blocks(text, doc.paragraphs, [join])
    assert [text[b.start : b.end] for b in blocks] == [
        "First paragraph ends on the\n\nnext line continues here.",
        "Second one.",
    ]


def test_preview_shows_one_change_on_top_of_the_decisions_taken(tmp_path: Path) -> None:
    session = make_session(tmp_path)
    runon = session.current
    session.decide(Verdict.ACCEPTED)  # the run-on sentence, same paragraph
    doubled = next(p for p in session.proposals if p.original == "and and")
    # word by word, a few words either side; the accepted run-on fix is on both sides
    assert session.preview(doubled) == [
        ("=", " … talks had been long and "),
        ("-", "and "),
        ("=", "difficult."),
    ]
    assert session.preview(doubled, "and so") == [
        ("=", " … talks had been long and "),
        ("-", "and"),
        ("+", "so"),
        ("=", " difficult."),
    ]
    session.undo()
    assert session.preview(runon) == [
        ("=", " … in Geneva on Tuesday."),
        ("+", " "),
        ("=", "Officials said the the talks … "),
    ]
    session.redo()
    assert runon.id in session.decisions


def test_preview_session_has_the_real_paragraphs_and_no_proposals(tmp_path: Path) -> None:
    text = "Head line\r\n\r\nFirst para\r\nsame para.\r\n\r\n\r\n  Last one.  \r\n"
    path = write_article(tmp_path, text, name="crlf.txt")
    preview = preview_session(path, Config(state_dir=tmp_path))
    assert preview.analysis.doc.paragraphs == Document.from_text(text).paragraphs
    assert preview.proposals == [] and preview.current is None
