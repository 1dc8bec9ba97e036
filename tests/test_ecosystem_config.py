"""Config discovery (repair.toml, pyproject's [tool.repair], walking up), unknown keys, and
the README's example, all through the `repair` command where a user meets them (run in this
process: tests/conftest.py's run_cli)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from repair.cli import main
from repair.config import config_from_table, discover_config, load_config

from .conftest import ROOT, run_cli

ARTICLE = "The minister arrived on Monday. The the talks began at noon.\n\nShe left for home.\n"


def readme_config_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Configuration") :]
    return re.search(r"```toml\n(.*?)```", section, re.S).group(1)


def test_readme_config_example_parses_with_its_values(tmp_path):
    (tmp_path / "newsroom-names.tsv").write_text("", encoding="utf-8")
    config_file = tmp_path / "repair.toml"
    config_file.write_text(readme_config_example(), encoding="utf-8")
    config = load_config(config_file)
    assert config.thresholds["chrome"] == 0.75 and config.thresholds["name"] == 0.9
    assert config.gazetteers == [tmp_path / "newsroom-names.tsv"]
    assert config.max_bytes == 20_000_000 and config.max_changed_share == 0.15
    assert config.grammar == "harper" and config.dialect == "us"


def test_readme_config_example_accepted_by_the_cli(tmp_path):
    header = "canonical\ttype\taliases\troles\tcountry\tfrom\tto\tnote\tvariants\n"
    (tmp_path / "newsroom-names.tsv").write_text(header, encoding="utf-8")
    (tmp_path / "repair.toml").write_text(
        readme_config_example().replace('backend = "harper"', 'backend = "none"'), encoding="utf-8"
    )
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    run = run_cli("check", str(article))
    assert run.returncode == 1, run.stderr  # a doubled word, not a config error
    assert "the the" in run.stdout.lower() or "structure" in run.stdout or "grammar" in run.stdout


def test_unknown_key_is_an_error_naming_it(tmp_path, capsys):
    (tmp_path / "repair.toml").write_text("max_byte = 10\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["check", "--grammar", "none", str(article)]) == 2
    err = capsys.readouterr().err
    assert "unknown setting 'max_byte'" in err and err.count("\n") == 1


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("[grammar]\nbackends = 'none'\n", "grammar.backends"),
        ("[thresholds]\nnames = 0.5\n", "thresholds.names"),
        ("[thresholds]\ngazetteers = ['x.tsv']\n", "thresholds.gazetteers"),
    ],
)
def test_unknown_nested_keys_are_named(tmp_path, text, named):
    with pytest.raises(Exception, match=re.escape(named)):
        config_from_table(__import__("tomllib").loads(text), tmp_path / "repair.toml")


def test_pyproject_tool_repair_found_walking_up_from_the_file(tmp_path, capsys):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.repair]\nmax_changed_share = 0.3\n\n[tool.repair.grammar]\nbackend = "none"\n',
        encoding="utf-8",
    )
    deep = tmp_path / "news" / "2024"
    deep.mkdir(parents=True)
    article = deep / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    found = discover_config(deep)
    assert found is not None and found[0] == tmp_path / "pyproject.toml"
    assert load_config(None, deep).max_changed_share == 0.3
    # through the CLI, run from elsewhere: the file's own folders are searched, not the cwd
    run = run_cli("check", str(article), cwd=Path("/"))
    assert run.returncode == 1, run.stderr


def test_repair_toml_wins_over_pyproject_and_closest_wins(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.repair]\nmax_changed_share = 0.3\n", encoding="utf-8")
    (tmp_path / "repair.toml").write_text("max_changed_share = 0.2\n", encoding="utf-8")
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "no-table"\n', encoding="utf-8")
    assert load_config(None, inner).max_changed_share == 0.2
    (inner / "repair.toml").write_text("max_changed_share = 0.1\n", encoding="utf-8")
    assert load_config(None, inner).max_changed_share == 0.1


def test_unknown_key_in_pyproject_names_the_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.repair]\nthreshold = 0.3\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"\[tool.repair\].*unknown setting 'threshold'"):
        load_config(None, tmp_path)
