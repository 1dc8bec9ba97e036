"""What makes the review app start fast: Harper in a worker process, cached word counts."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from repair.cache import source_key
from repair.config import Config
from repair.detect import lexicon as lexicon_module
from repair.document import Document
from repair.edits import Span
from repair.errors import RepairError
from repair.gazetteer.index import Gazetteer
from repair.grammar import lexicon as grammar_lexicon
from repair.parallel_analysis import HarperService, ParallelEngine, parallel_engine
from repair.passes.grammar import GrammarPass, lint_units
from repair.pipeline import Engine
from repair.tui.app import ReviewApp, ReviewItem

ARTICLE = (
    "Home | World | Business\n\n"
    "The finance ministers met in Geneva on Tuesday and and agreed a new plan for the banks .\n\n"
    "The plan , which the ministers drafted over two days, recieved broad support from "
    "the central banks. Officials said it would take effect next year\n\n"
    "Critics said the the plan did not go far enough. It leaves the smallest lenders "
    "without help, they said, and there rules are unclear.\n"
)


@pytest.fixture(scope="module")
def article(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("launch") / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.slow
def test_parallel_engine_proposes_exactly_what_the_engine_does(article: Path, tmp_path: Path) -> None:
    config = Config(state_dir=tmp_path)
    expected = Engine(config).analyze_path(article)
    for helpers in (0, 1):
        engine = ParallelEngine(config, helpers=helpers)
        try:
            got = engine.analyze_path(article)
            again = engine.analyze_path(article)  # one worker serves every article
        finally:
            engine.close()
        assert [p.rule for p in expected.proposals if p.kind == "spelling"], "Harper found nothing"
        assert got.proposals == expected.proposals == again.proposals
        assert got.findings == expected.findings
        assert [s.score for s in got.scores] == [s.score for s in expected.scores]


@pytest.mark.slow
def test_paragraphs_not_sent_ahead_are_linted_when_asked(article: Path) -> None:
    config = Config()
    text = article.read_text(encoding="utf-8")
    doc = Document.from_text(text)
    units = lint_units(doc)
    in_process = GrammarPass(config).backend
    service = HarperService(config, helpers=1)
    try:
        service.submit(text, units)  # sent ahead, then a different request first
        assert service.check(text, units[1:2]) == in_process.check(text, units[1:2])
        assert service.check(text, units) == in_process.check(text, units)
        assert service.check(text, []) == []
    finally:
        service.close()
    assert service._process.poll() is not None, "the worker outlived close()"


def test_a_bad_grammar_setting_is_reported_by_the_analysis() -> None:
    service = HarperService(Config(disabled_rules=frozenset({"harper.NoSuchRule"})), helpers=0)
    try:
        with pytest.raises(RepairError, match="NoSuchRule"):
            service.check("A sentence.", [Span(0, 11)])
    finally:
        service.close()


def test_only_a_plain_harper_engine_goes_parallel(tmp_path: Path) -> None:
    plain = Engine(Config(grammar="none"))
    assert parallel_engine(plain) is plain

    class Custom(Engine):
        pass

    custom = Custom(Config())
    assert parallel_engine(custom) is custom
    app = ReviewApp([ReviewItem(tmp_path / "x.txt")], Engine(Config()), user_dir=tmp_path)
    try:
        assert isinstance(app.engine, ParallelEngine)
    finally:
        app.engine.close()


def test_word_counts_are_cached_and_rebuilt_when_their_source_changes(tmp_path: Path, monkeypatch) -> None:
    unigrams, total, bigrams = lexicon_module._load_counts(tmp_path)
    cache = tmp_path / "wordsegment-counts.marshal"
    key, cached = marshal.loads(cache.read_bytes())
    assert cached == (unigrams, total, bigrams) and key == source_key(lexicon_module._sources())
    assert unigrams["the"] > unigrams["house"] and "of the" in bigrams
    assert total == sum(unigrams.values())

    # a current cache is what is read: mark it, and the mark comes back
    cache.write_bytes(marshal.dumps((key, ({"the": 1}, 1, {}))))
    assert lexicon_module._load_counts(tmp_path) == ({"the": 1}, 1, {})

    # a changed source (another size or time) rebuilds it from the files
    sources = lexicon_module._sources()
    copies = []
    for source in sources:
        copy = tmp_path / source.name
        copy.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
        copies.append(copy)
    monkeypatch.setattr(lexicon_module, "_sources", lambda: copies)
    assert lexicon_module._load_counts(tmp_path) == (unigrams, total, bigrams)

    # an unreadable cache is rebuilt too
    cache.write_bytes(b"not marshal data")
    assert lexicon_module._load_counts(tmp_path) == (unigrams, total, bigrams)
    assert marshal.loads(cache.read_bytes())[0] == source_key(copies)


def test_the_gazetteers_words_are_cached_until_a_gazetteer_changes(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("REPAIR_CACHE_DIR", str(tmp_path / "cache"))
    mine = tmp_path / "mine.tsv"
    mine.write_text("canonical\ttype\taliases\nOlena Kovalchuk\tperson\t\n", encoding="utf-8")
    first = grammar_lexicon.lexicon_of(Gazetteer.load([mine], shipped=False))
    assert "Kovalchuk" in first.words
    assert list((tmp_path / "cache" / "grammar").glob("lexicon-*.marshal"))
    grammar_lexicon._LOADED.clear()
    assert (
        grammar_lexicon.lexicon_of(Gazetteer.load([mine], shipped=False)) == first
    )  # read back from the cache
    mine.write_text("canonical\ttype\taliases\nOlena Kovalchuk-Marsh\tperson\t\n", encoding="utf-8")
    changed = grammar_lexicon.lexicon_of(Gazetteer.load([mine], shipped=False))
    assert "Marsh" in changed.words


def test_a_worker_that_died_is_an_error_not_a_hang() -> None:
    service = HarperService(Config(), helpers=1)
    try:
        service._process.kill()
        service._process.wait(timeout=10)
        with pytest.raises(RepairError, match="grammar worker stopped"):
            service.check("A sentence.", [Span(0, 11)])
    finally:
        service.close()


@pytest.mark.slow
def test_the_app_reviews_with_the_worker_and_ends_it(article: Path, tmp_path: Path) -> None:
    import asyncio

    config = Config(state_dir=tmp_path)
    expected = Engine(config).analyze_path(article).proposals

    async def run() -> ReviewApp:
        app = ReviewApp([ReviewItem(article)], Engine(config), state_dir=tmp_path, user_dir=tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await asyncio.wait_for(app.loaded.wait(), 60)
            await pilot.pause()
            assert {p.id for p in app.session.proposals} == {p.id for p in expected}
        return app

    app = asyncio.run(run())
    assert app.engine.harper._process.wait(timeout=10) is not None  # ended with the app
