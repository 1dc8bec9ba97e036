"""Rule categories: which proposal kind each backend category becomes, what is off by
default and why, and the dialects. (Confidence is per finding: repair/grammar/confidence.py.)
"""

from __future__ import annotations

from dataclasses import dataclass

from repair.errors import RepairError

# Harper's lint kinds (Lint.lint_kind) -> proposal kind.
HARPER_KINDS: dict[str, str] = {
    "Spelling": "spelling",
    "Typo": "spelling",
    "Agreement": "grammar",
    "BoundaryError": "grammar",
    "Capitalization": "grammar",
    "Eggcorn": "grammar",
    "Grammar": "grammar",
    "Malapropism": "grammar",
    "Miscellaneous": "grammar",
    "Nonstandard": "grammar",
    "Repetition": "grammar",
    "Usage": "grammar",
    "WordChoice": "grammar",
    "Formatting": "punctuation",
    "Punctuation": "punctuation",
    "Enhancement": "style",
    "Readability": "style",
    "Redundancy": "style",
    "Regionalism": "style",
    "Style": "style",
}

# LanguageTool's rule categories (rule.category.id) -> proposal kind.
LANGUAGETOOL_KINDS: dict[str, str] = {
    "TYPOS": "spelling",
    "CASING": "grammar",
    "COLLOCATIONS": "grammar",
    "COMPOUNDING": "grammar",
    "CONFUSED_WORDS": "grammar",
    "GRAMMAR": "grammar",
    "MISC": "grammar",
    "NONSTANDARD_PHRASES": "grammar",
    "SEMANTICS": "grammar",
    "PUNCTUATION": "punctuation",
    "TYPOGRAPHY": "punctuation",
    "COLLOQUIALISMS": "style",
    "PLAIN_ENGLISH": "style",
    "REDUNDANCY": "style",
    "REGIONALISMS": "style",
    "STYLE": "style",
    "WIKIPEDIA": "style",
}

# The pass's own rules (house style, capitals inside a sentence) report as backend "repair".
REPAIR_KINDS: dict[str, str] = {
    "HouseStyle": "style",
    "Capitalization": "grammar",
    "Spelling": "spelling",
    "Punctuation": "punctuation",
    "Grammar": "grammar",
}


# Rules whose category says style but whose finding is an error of grammar, which news
# copy never means ("more stronger": machine translation and learners write it).
RULE_KINDS: dict[str, str] = {
    "harper.AdjectiveDoubleDegree": "grammar",
}


def kind_for(backend: str, category: str, issue_type: str = "", rule: str = "") -> str:
    """The proposal kind of a backend's finding: by its rule when RULE_KINDS names it
    (``rule`` qualified, "harper.AdjectiveDoubleDegree"), else by its category."""
    table = {"harper": HARPER_KINDS, "languagetool": LANGUAGETOOL_KINDS, "repair": REPAIR_KINDS}[backend]
    if rule in RULE_KINDS:
        return RULE_KINDS[rule]
    if issue_type == "misspelling":
        return "spelling"
    return table.get(category, "grammar")


# Off by default, each for a reason that holds for news articles. Users turn any of them
# back on with `enabled_rules` in repair.toml.
DEFAULT_DISABLED_RULES: dict[str, str] = {
    "harper.LongSentences": "reports length, offers no fix; long sentences are not damage",
    "harper.OxfordComma": "house style, and news style (AP, Reuters) leaves the serial comma out",
    "harper.UpdatePlaceNames": "renames places (Turkey -> Türkiye); names are the gazetteer's call",
    "harper.AvoidCurses": "flags surnames (Dick) and proposes asterisks",
    "harper.OrthographicConsistency": "recases names and brands (Al -> AL, Mastercard -> MasterCard)",
    "harper.CurrencyPlacement": "splits amounts the way no style guide writes them (¥6 -> ¥ 6)",
    "harper.NumericRangeEnDash": "typography, not damage; the house decides",
    "harper.EllipsisLength": "in news copy '..' is a doubled full stop, not a short ellipsis to lengthen",
    "harper.SplitWords": "splits valid compounds (drugmaker -> drug maker): 0 of 45 right when measured",
    "harper.TheHowWhy": "reads the acronym WHO as the pronoun and drops its article (the WHO -> WHO)",
    "languagetool.WHITESPACE_RULE": "spacing is the cleanup pass's job",
    "languagetool.EN_QUOTES": "typography, not damage: straight quotes are fine in news copy",
}

DEFAULT_DISABLED_CATEGORIES: dict[str, str] = {
    "harper.Enhancement": "vocabulary advice, not repair",
    "languagetool.PLAIN_ENGLISH": "vocabulary advice, not repair",
}


@dataclass(frozen=True)
class Dialect:
    key: str
    harper: int  # harper.Dialect value
    languagetool: str  # LanguageTool language code


_DIALECTS = {
    "us": Dialect("us", 0, "en-US"),
    "uk": Dialect("uk", 1, "en-GB"),
    "au": Dialect("au", 2, "en-AU"),
    "ca": Dialect("ca", 3, "en-CA"),
    # LanguageTool has no Indian English; Indian spelling follows British.
    "in": Dialect("in", 4, "en-GB"),
}
_DIALECT_ALIASES = {
    "american": "us",
    "en-us": "us",
    "british": "uk",
    "gb": "uk",
    "en-gb": "uk",
    "australian": "au",
    "en-au": "au",
    "canadian": "ca",
    "en-ca": "ca",
    "indian": "in",
    "en-in": "in",
}


def dialect(name: str) -> Dialect:
    key = name.strip().lower()
    key = _DIALECT_ALIASES.get(key, key)
    if key not in _DIALECTS:
        raise RepairError(f"unknown dialect {name!r}; known: us, uk (british), au, ca, in")
    return _DIALECTS[key]
