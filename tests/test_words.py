"""The word lists and word regexes live in repair/words.py, and nowhere else in the product.

Two passes that keep private copies of "the honorifics" drift apart without anyone
deciding it; these tests fail when a module grows its own list of English words or
compiles a word regex another module compiles too.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

import repair
from repair import words

PACKAGE = Path(repair.__file__).resolve().parent
# English words any list of honorifics, titles or function words holds one of.
PROBES = frozenset({"the", "of", "and", "mr", "mr.", "dr", "president", "minister", "that", "which", "had"})


def _product_modules() -> list[Path]:
    """Every module of the product; measurement code (repair/measure/) is not product."""
    return [
        p
        for p in sorted(PACKAGE.rglob("*.py"))
        if "measure" not in p.relative_to(PACKAGE).parts and p != PACKAGE / "words.py"
    ]


def _literal_words(node: ast.expr) -> set[str]:
    """The words of a set written in code: ``frozenset([...])``, ``{...}``,
    ``frozenset("a b".split())`` or a ``wordset("a b")``-style call on one string."""
    if isinstance(node, ast.Set):
        return {e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
    if isinstance(node, ast.Call) and node.args:
        arg = node.args[0]
        if isinstance(arg, (ast.List, ast.Tuple, ast.Set)):
            return {e.value for e in arg.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            return set(arg.value.split())
        if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr == "split":
            inner = arg.func.value
            if isinstance(inner, ast.Constant) and isinstance(inner.value, str):
                return set(inner.value.split())
    return set()


def test_no_module_keeps_its_own_list_of_english_words() -> None:
    found = []
    for path in _product_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
                listed = _literal_words(node.value)
                if len(listed) >= 3 and listed & PROBES:
                    found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert found == [], f"word lists outside repair/words.py: {found}"


def test_no_two_modules_compile_the_same_regex() -> None:
    compiled: dict[str, set[str]] = defaultdict(set)
    for path in [*_product_modules(), PACKAGE / "words.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "compile"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                compiled[node.args[0].value].add(str(path.relative_to(PACKAGE)))
    shared = {pattern: sorted(where) for pattern, where in compiled.items() if len(where) > 1}
    assert shared == {}


def test_the_probe_words_really_are_in_the_shared_lists() -> None:
    """The probes above stand for the lists: each is in one of repair/words.py's sets."""
    every = set().union(*(v for v in vars(words).values() if isinstance(v, frozenset)))
    assert every >= PROBES


def test_the_word_regexes_read_words_as_the_passes_expect() -> None:
    assert words.WORD.findall("Xi's talks re-opened") == ["Xi's", "talks", "re", "opened"]
    assert words.HYPHENATED_WORD.findall("Al-Sudani met O'Neill") == ["Al-Sudani", "met", "O'Neill"]
    assert words.LETTER_WORD.findall("Mr.the talks") == ["Mr", "the", "talks"]
    assert words.ENDS_WITH_FUNCTION_WORD.search("talks with the") is not None
    assert words.ENDS_WITH_FUNCTION_WORD.search("talks with Kishida") is None
    assert re.fullmatch(words.LONG_LATIN_WORD, "said") and not re.fullmatch(words.LONG_LATIN_WORD, "and")
    assert words.ROLE_FILLER_WORDS > words.ROLE_LINK_WORDS
    assert words.COMMON_DOUBLES < words.LEGITIMATE_DOUBLES
