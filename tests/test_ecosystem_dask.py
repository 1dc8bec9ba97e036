"""Dask as a cluster of other machines would be: workers in another current directory get
the gazetteer and reference files from the client; a worker on another version of repair
is refused with a clear message. Through `repair fix ... --engine dask` (the real CLI)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from .conftest import ROOT

distributed = pytest.importorskip("distributed", reason="the dask extra")

REF = (
    "Foreign Minister Oskar Wendeborn arrived in Berlin on Monday for two days of talks on trade and energy.\n\n"
    "Wendeborn told reporters that the talks had been useful and that both sides wanted a deal before summer.\n"
)
ARTICLE = (
    "Foreign Minister Oskar Wendebourn arrived in Berlin on Monday for talks on trade and energy with his "
    "counterpart.\n\nWendebourn told reporters the talks had been useful, and that both sides hoped to sign "
    "a deal before the summer.\n\nTrade Minister Marta Kielbassinska is expected to join them in the autumn, "
    "officials said after the meeting ended.\n"
)
GAZETTEER = (
    "canonical\ttype\taliases\troles\tcountry\tfrom\tto\tnote\tvariants\n"
    "Marta Kielbasinska\tperson\t\tTrade Minister\tPL\t\t\t\t\n"
)


def repair(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "repair.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.fixture
def cluster():
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
        ) as local,
        distributed.Client(local) as client,
    ):
        yield local.scheduler_address, client


def _work(tmp_path):
    work = tmp_path / "work"
    (work / "in").mkdir(parents=True)
    (work / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (work / "ref.txt").write_text(REF, encoding="utf-8")
    (work / "names.tsv").write_text(GAZETTEER, encoding="utf-8")
    return work


@pytest.mark.slow
def test_relative_gazetteer_and_reference_travel_to_workers_elsewhere(tmp_path, cluster):
    address, client = cluster
    work = _work(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    client.run(os.chdir, str(elsewhere))  # the worker's folder has neither file
    settings = ["--grammar", "none", "--no-progress", "--gazetteer", "names.tsv", "--ref", "ref.txt"]
    local = repair("fix", "in", "-o", "out-local", "--jobs", "1", *settings, cwd=work)
    on_dask = repair(
        "fix", "in", "-o", "out-dask", "--engine", "dask", "--scheduler", address, *settings, cwd=work
    )
    assert local.returncode == 0 and on_dask.returncode == 0, on_dask.stderr
    repaired = (work / "out-dask" / "a.txt").read_text(encoding="utf-8")
    assert repaired == (work / "out-local" / "a.txt").read_text(encoding="utf-8")
    assert "Wendeborn" in repaired and "Wendebourn" not in repaired  # the reference reached the worker
    assert "Kielbasinska" in repaired  # and so did the gazetteer
    assert set(client.run(os.getcwd).values()) == {str(elsewhere)}


def test_a_worker_on_another_version_is_refused(tmp_path, cluster):
    address, client = cluster

    def pretend_other_version() -> None:
        import repair

        repair.__version__ = "0.0.1-other"

    client.run(pretend_other_version)
    work = _work(tmp_path)
    run = repair(
        "fix", "in", "-o", "out", "--engine", "dask", "--scheduler", address, "--grammar", "none", cwd=work
    )
    assert run.returncode == 2
    assert "runs repair 0.0.1-other, this client" in run.stderr and "same version" in run.stderr
    assert run.stderr.count("\n") == 1 and not (work / "out" / "a.txt").exists()


def test_results_come_back_as_they_complete_not_in_submission_order():
    """A long article first does not hold up the short ones behind it (batch writes each
    output as its result arrives)."""
    from repair.batch.engines import DaskEngine
    from repair.config import Config

    config = Config(grammar="none")
    long_article = (ARTICLE.replace("\n\n", " ") + "\n\n") * 150
    tasks = [(long_article, "long", "text")] + [(ARTICLE, f"short{n}", "text") for n in range(6)]
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
    ) as two_threads:
        engine = DaskEngine(config, jobs=2, scheduler=two_threads.scheduler_address)
        try:
            order = [number for number, _ in engine.map_unordered(iter(tasks))]
        finally:
            engine.close()
    assert sorted(order) == list(range(7))
    assert order[0] != 0 and order[-1] == 0
