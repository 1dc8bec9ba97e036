"""The grammar pass's configuration, from Config and the [grammar] table of repair.toml.

```toml
[grammar]
backend = "harper"                 # harper | languagetool | none
lt_server = "http://localhost:8081"
dialect = "uk"                     # us, uk (british), au, ca, in
disabled_rules = ["harper.SpellCheck", "EN_A_VS_AN"]        # qualified or bare rule ids
enabled_rules = ["harper.OxfordComma"]                      # turn default-off rules back on
disabled_categories = ["style", "harper.Capitalization"]    # kinds or (qualified) categories
enabled_categories = ["harper.Enhancement"]
house_style = { Kiev = "Kyiv", "e-mail" = "email" }          # deprecated -> preferred
```
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from repair.config import Config
from repair.errors import RepairError
from repair.grammar.categories import DEFAULT_DISABLED_CATEGORIES, DEFAULT_DISABLED_RULES, Dialect, dialect

KNOWN_GRAMMAR_KEYS = frozenset(
    {
        "backend",
        "lt_server",
        "dialect",
        "disabled_rules",
        "enabled_rules",
        "disabled_categories",
        "enabled_categories",
        "house_style",
    }
)


def _names(value: object, key: str) -> frozenset[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, Iterable) or not all(isinstance(v, str) for v in value):
        raise RepairError(f"grammar.{key} must be a list of strings")
    return frozenset(v.strip() for v in value if v.strip())


@dataclass(frozen=True)
class GrammarSettings:
    dialect: Dialect
    disabled_rules: frozenset[str] = frozenset()
    enabled_rules: frozenset[str] = frozenset()
    disabled_categories: frozenset[str] = frozenset()
    enabled_categories: frozenset[str] = frozenset()
    house_style: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_config(cls, config: Config) -> GrammarSettings:
        options = dict(config.grammar_options)
        unknown = set(options) - KNOWN_GRAMMAR_KEYS
        if unknown:
            raise RepairError(f"unknown [grammar] setting(s): {', '.join(sorted(unknown))}")
        house = options.get("house_style", {})
        if not isinstance(house, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and k.strip() and v.strip() for k, v in house.items()
        ):
            raise RepairError("grammar.house_style must map deprecated forms to preferred ones, as strings")
        return cls(
            dialect=dialect(config.dialect),
            disabled_rules=frozenset(config.disabled_rules)
            | _names(options.get("disabled_rules", []), "disabled_rules"),
            enabled_rules=_names(options.get("enabled_rules", []), "enabled_rules"),
            disabled_categories=_names(options.get("disabled_categories", []), "disabled_categories"),
            enabled_categories=_names(options.get("enabled_categories", []), "enabled_categories"),
            house_style={k.strip(): v.strip() for k, v in house.items()},
        )

    def rule_on(self, rule: str) -> bool:
        """``rule`` is qualified ("harper.SpellCheck"); settings may name it either way."""
        names = {rule, rule.partition(".")[2]}
        if names & self.disabled_rules:
            return False
        if names & self.enabled_rules:
            return True
        return rule not in DEFAULT_DISABLED_RULES

    def category_on(self, backend: str, category: str, kind: str) -> bool:
        names = {f"{backend}.{category}", category, kind}
        if names & self.disabled_categories:
            return False
        if names & self.enabled_categories:
            return True
        return f"{backend}.{category}" not in DEFAULT_DISABLED_CATEGORIES

    def backend_rules(self, backend: str) -> tuple[set[str], set[str]]:
        """(rules to switch off, rules to switch on) in ``backend``'s own ids."""
        prefix = f"{backend}."
        defaults = {r[len(prefix) :] for r in DEFAULT_DISABLED_RULES if r.startswith(prefix)}
        enabled = {r.removeprefix(prefix) for r in self.enabled_rules if "." not in r or r.startswith(prefix)}
        disabled = {
            r.removeprefix(prefix) for r in self.disabled_rules if "." not in r or r.startswith(prefix)
        }
        return (defaults - enabled) | disabled, enabled - disabled
