"""`repair bench real`: pages with answer keys, scored by the key format's rules, through the CLI."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from repair.edits import make_proposal
from repair.measure.bench.real import Page, family_of, fixes, normal, occurrences, proposed, score_page
from repair.measure.key import Corruption

from .conftest import run_cli

PAGE_02 = (
    "Olaf Sholts met the press in Lisbon on Monday.\n\n"
    "Subscribe to our newsletter\n\n"
    "Olaf Scholz said the talks with donald trump had gone well, and he said that Sholts was tired.\n"
)
KEY_02 = {
    "names": [
        {"wrong": "Sholts", "right": "Scholz", "confidence": "certain", "note": "2 occurrences"},
        {"wrong": "donald trump", "right": "Donald Trump", "confidence": "certain"},
    ],
    "keep": ["Olaf Scholz", "on Monday"],
    "chrome": ["Subscribe to our newsletter"],
    "other_damage": [{"wrong": "he said that Sholts", "right": "he said that Scholz", "kind": "x"}],
}
PAGE_03 = "The minister, Annalena Baerbock, flew to Kyiv on Tuesday.\n"
KEY_03 = {"names": [], "keep": ["Annalena Baerbock"], "chrome": [], "other_damage": []}


@pytest.fixture()
def pages(tmp_path):
    (tmp_path / "02_lisbon.txt").write_text(PAGE_02, encoding="utf-8")
    (tmp_path / "02_lisbon.json").write_text(json.dumps(KEY_02), encoding="utf-8")
    (tmp_path / "03_kyiv.txt").write_text(PAGE_03, encoding="utf-8")
    (tmp_path / "03_kyiv.json").write_text(json.dumps(KEY_03), encoding="utf-8")
    return tmp_path


def test_counting_follows_word_boundaries_and_straight_quotes():
    assert normal("“Seoul  News”\u00a0x") == '"Seoul News" x'
    assert occurrences("Wen", "Wen Zai and Wenyi met Wen") == 2
    assert occurrences(["Moon", "Moon Jae-in"], "Moon Jae-in and Moon") == 2


def test_a_fix_is_capped_by_the_rise_of_the_right_spelling():
    entry = Corruption.unlocated("Sholts", ["Scholz"])
    assert fixes([entry], "Sholts and Sholts", "Scholz and Sholts") == [(2, 1)]
    assert fixes([entry], "Sholts and Sholts", "and") == [(2, 0)]  # deleted, not fixed


def test_families_are_read_from_the_key():
    assert family_of(Corruption.unlocated("President 尹", ["President Yoon"])) == "native script"
    assert family_of(Corruption.unlocated("Donald trump", ["Donald Trump"])) == "lower-cased"
    assert family_of(Corruption.unlocated("Kamal Kilicdaroglu", ["Kemal Kilicdaroglu"])) == "wrong first name"
    assert family_of(Corruption.unlocated("the Hollow", ["Hołownia"])) == "words"
    assert family_of(Corruption.unlocated("Berbock", ["Baerbock"])) == "respelled"


def test_a_proposal_at_any_confidence_counts_in_review():
    text = "The talks with Olaf Sholts went on."
    start = text.index("Sholts")
    low = make_proposal(
        text, start, start + 6, "Scholz", kind="name", rule="r", confidence=0.3, reason="", evidence=[]
    )
    wrong = make_proposal(
        text, start, start + 6, "Schulz", kind="name", rule="r", confidence=0.9, reason="", evidence=[]
    )
    assert proposed(text, Corruption.unlocated("Sholts", ["Scholz"]), [low]) == (1, 1)
    assert proposed(text, Corruption.unlocated("Sholts", ["Scholz"]), [wrong]) == (1, 0)


def test_other_damage_counts_what_review_would_fix_and_lists_the_misses():
    text = "The ferry left late. boats. The crew was tired."
    stray = Corruption.unlocated("late. boats.", ["late."], kind="other", category="other")
    doubled = Corruption.unlocated("was tired", ["was very tired"], kind="other", category="other")
    start = text.index(" boats.")
    review_only = make_proposal(
        text, start, start + 7, "", kind="grammar", rule="r", confidence=0.6, reason=""
    )
    page = Page("02_ferry", text, [], [stray, doubled], [], [])
    result = score_page(page, text, [review_only])
    assert (result.other, result.other_fixed, result.other_review) == (2, 0, 1)
    assert result.missed == [
        "other: 'late. boats.' -> 'late.' (auto 0, review 1 of 1)",
        "other: 'was tired' -> 'was very tired' (auto 0, review 0 of 1)",
    ]
    fixed = score_page(page, "The ferry left late. The crew was tired.", [review_only])
    assert (fixed.other_fixed, fixed.other_review) == (1, 1)


@pytest.mark.slow
def test_bench_real_through_the_cli(pages):
    out = subprocess.run(
        [sys.executable, "-m", "repair.cli", "bench", "real", "--dir", str(pages), "--json", "--quiet"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert [p["name"] for p in result["pages"]] == ["02_lisbon", "03_kyiv"]
    lisbon = result["pages"][0]
    assert lisbon["names"] == 3
    assert lisbon["keep_broken"] == []
    assert lisbon["chrome"] == 1
    assert set(result["totals"]) == {"tune", "report", "all"}
    assert result["totals"]["all"]["names"] == 3
    text = subprocess.run(
        [sys.executable, "-m", "repair.cli", "bench", "real", "--dir", str(pages), "--quiet"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert text.returncode == 0
    assert "names fixed automatically" in text.stdout


def test_bench_real_without_pages_is_a_one_line_error(tmp_path):
    out = run_cli("bench", "real", "--dir", str(tmp_path / "none"))
    assert out.returncode == 2
    assert "real-dev folder not found" in out.stderr
    assert "Traceback" not in out.stderr
