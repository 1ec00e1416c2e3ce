"""The rule registry: every rule class, found by code or kebab-case name."""

from __future__ import annotations

from leakscan.rules.base import Rule

_RULES: dict[str, type[Rule]] | None = None


def all_rules() -> list[type[Rule]]:
    """Every rule, sorted by code."""
    return sorted(_registry().values(), key=lambda r: r.code)


def get_rule(code_or_name: str) -> type[Rule] | None:
    """Look a rule up by code (``LK101``, any case) or name (``fit-before-split``)."""
    key = code_or_name.strip()
    reg = _registry()
    if key.upper() in reg:
        return reg[key.upper()]
    for rule in reg.values():
        if rule.name == key.lower():
            return rule
    return None


def _registry() -> dict[str, type[Rule]]:
    global _RULES
    if _RULES is None:
        from leakscan.rules import evaluation, features, overlap, preprocessing, selection
        from leakscan.rules import metrics, timeseries

        found: dict[str, type[Rule]] = {}
        for module in (preprocessing, overlap, selection, evaluation, features, timeseries, metrics):
            for obj in vars(module).values():
                if isinstance(obj, type) and issubclass(obj, Rule) and obj is not Rule and hasattr(obj, "code"):
                    found[obj.code] = obj
        _RULES = found
    return _RULES
