"""Project configuration: ``[tool.leakscan]`` in ``pyproject.toml``, or ``leakscan.toml``.

The nearest config file above a scanned path wins (no merging, as in ruff). Every key and
type is checked when the file is read, so a typo is an error that names the file and the key
rather than a setting that silently does nothing. ``Selection`` answers which rules run on
which file with ruff's precedence rules.
"""

from __future__ import annotations

import difflib
import os
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

from leakscan.knowledge import API_CATEGORIES as _KNOWLEDGE_CATEGORIES
from leakscan.knowledge.timeseries import TIME_API_CATEGORIES as _TIME_CATEGORIES

if TYPE_CHECKING:
    from leakscan.rules.base import Rule

CONFIG_FILES = (".leakscan.toml", "leakscan.toml", "pyproject.toml")
# The categories of ``[tool.leakscan.apis]`` are the knowledge tables' (one source of truth).
API_CATEGORIES: tuple[str, ...] = (*_KNOWLEDGE_CATEGORIES, *_TIME_CATEGORIES)
DEFAULT_EXCLUDE = (
    ".bzr", ".direnv", ".eggs", ".git", ".hg", ".ipynb_checkpoints", ".mypy_cache", ".nox",
    ".pytest_cache", ".ruff_cache", ".svn", ".tox", ".venv", "__pypackages__", "_build",
    "build", "dist", "node_modules", "site-packages", "venv",
)
_KEYS = ("select", "ignore", "extend-select", "per-file-ignores", "exclude", "extend-exclude", "apis")
_DOTTED = re.compile(r"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$")
_PREFIX = re.compile(r"^[A-Za-z]+[0-9]*$")


class ConfigError(Exception):
    """A configuration problem a user can fix; the message names the file and the key."""


@dataclass
class Config:
    """Settings of one config file; ``root`` is the folder its relative patterns start from."""

    select: list[str] | None = None  # None: not set, every rule
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    exclude: list[str] = field(default_factory=lambda: list(DEFAULT_EXCLUDE))
    extend_exclude: list[str] = field(default_factory=list)
    apis: dict[str, list[str]] = field(default_factory=dict)
    path: str | None = None
    root: str = "."

    def relative(self, path: str) -> str:
        """``path`` relative to ``root`` with forward slashes (absolute if outside it)."""
        return _relative(path, self.root)

    def is_excluded(self, path: str) -> bool:
        """Whether ``path`` or a folder above it (up to ``root``) matches exclude/extend-exclude."""
        return _matches_any(self.relative(path), [*self.exclude, *self.extend_exclude])


# --------------------------------------------------------------------------- discovery


def find_config(start: str) -> str | None:
    """The first config file walking up from ``start`` (a file or a folder), or ``None``.

    In each folder ``.leakscan.toml``, then ``leakscan.toml``, then a ``pyproject.toml``
    that has a ``[tool.leakscan]`` table.
    """
    here = os.path.abspath(start)
    if not os.path.isdir(here):
        here = os.path.dirname(here)
    while True:
        for name in CONFIG_FILES:
            candidate = os.path.join(here, name)
            if not os.path.isfile(candidate):
                continue
            if name != "pyproject.toml" or _leakscan_table(_read_toml(candidate), candidate) is not None:
                return candidate
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


def load_config(path: str, *, rules: Sequence[type[Rule]] | None = None) -> Config:
    """Read and check one config file; rule selectors are checked against ``rules``."""
    data = _read_toml(path)
    table = _leakscan_table(data, path) if os.path.basename(path) == "pyproject.toml" else data
    absolute = os.path.abspath(path)
    config = Config(path=absolute, root=os.path.dirname(absolute))
    if table is None:
        return config
    where = _Where(path)
    for key in table:
        if key not in _KEYS:
            raise ConfigError(f"{where.file}: unknown key {key!r} {where.table()}{_suggest(key, _KEYS)}")
    known = _rule_list(rules)
    if "select" in table:
        config.select = _selectors(table["select"], "select", where, known)
    config.ignore = _selectors(table.get("ignore", []), "ignore", where, known)
    config.extend_select = _selectors(table.get("extend-select", []), "extend-select", where, known)
    if "exclude" in table:
        config.exclude = _strings(table["exclude"], "exclude", where)
    config.extend_exclude = _strings(table.get("extend-exclude", []), "extend-exclude", where)
    config.per_file_ignores = _per_file_ignores(table.get("per-file-ignores", {}), where, known)
    config.apis = _apis(table.get("apis", {}), where)
    return config


@dataclass(frozen=True)
class _Where:
    """How error messages name the file and the table a key sits in."""

    path: str

    @property
    def file(self) -> str:
        return _display(self.path)

    @property
    def pyproject(self) -> bool:
        return os.path.basename(self.path) == "pyproject.toml"

    def table(self, sub: str | None = None) -> str:
        if self.pyproject:
            return f"in [tool.leakscan{'.' + sub if sub else ''}]"
        return f"in [{sub}]" if sub else "at the top level"


def _read_toml(path: str) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{_display(path)}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{_display(path)}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{_display(path)}: not UTF-8: {exc.reason}") from None


def _leakscan_table(data: Mapping[str, Any], path: str) -> dict[str, Any] | None:
    tool = data.get("tool")
    if not isinstance(tool, dict) or "leakscan" not in tool:
        return None
    table = tool["leakscan"]
    if not isinstance(table, dict):
        raise ConfigError(f"{_display(path)}: [tool.leakscan] must be a table")
    return table


def _display(path: str) -> str:
    rel = _relative(path, os.getcwd())
    return rel if not os.path.isabs(rel) else path


def _suggest(word: str, options: Iterable[str]) -> str:
    options = list(options)
    dashed = word.replace("_", "-").lower()
    if dashed in options and dashed != word:
        return f" (did you mean {dashed!r}?)"
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _strings(value: Any, key: str, where: _Where) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        got = f" (got {_type_name(value)})"
        raise ConfigError(f"{where.file}: {key!r} must be a list of strings{got} {where.table()}")
    return list(value)


def _type_name(value: Any) -> str:
    names = {str: "a string", int: "an integer", float: "a number", bool: "a boolean", dict: "a table"}
    if isinstance(value, list):
        return "a list with a non-string item"
    return names.get(type(value), type(value).__name__)


def _selectors(value: Any, key: str, where: _Where, rules: Sequence[type[Rule]]) -> list[str]:
    selectors = _strings(value, key, where)
    for selector in selectors:
        try:
            resolve_selector(selector, rules)
        except ValueError as exc:
            raise ConfigError(f"{where.file}: {exc} in {key!r} {where.table()}") from None
    return selectors


def _per_file_ignores(value: Any, where: _Where, rules: Sequence[type[Rule]]) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where.file}: 'per-file-ignores' must be a table of glob = [codes] {where.table()}")
    out: dict[str, list[str]] = {}
    for pattern, codes in value.items():
        out[pattern] = _selectors(codes, f"per-file-ignores.{pattern}", where, rules)
    return out


def _apis(value: Any, where: _Where) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where.file}: 'apis' must be a table of category = [dotted names] {where.table()}")
    out: dict[str, list[str]] = {}
    for category, names in value.items():
        if category not in API_CATEGORIES:
            raise ConfigError(
                f"{where.file}: unknown API category {category!r} {where.table('apis')}"
                f"{_suggest(category, API_CATEGORIES)}; known: {', '.join(API_CATEGORIES)}"
            )
        items = _strings(names, f"apis.{category}", where)
        for name in items:
            if not _DOTTED.match(name):
                raise ConfigError(
                    f"{where.file}: {name!r} in 'apis.{category}' is not a dotted name like 'mypkg.data.split'"
                )
        out[category] = items
    return out


# --------------------------------------------------------------------------- selection


def _rule_list(rules: Sequence[type[Rule]] | None) -> list[type[Rule]]:
    if rules is not None:
        return list(rules)
    from leakscan.rules import all_rules

    return all_rules()


def resolve_selector(selector: str, rules: Sequence[type[Rule]]) -> tuple[frozenset[str], int]:
    """The codes a selector names and how specific it is (``ALL`` 0 < ``LK`` < ``LK1`` < ``LK101``).

    Raises ``ValueError`` for a selector that names no rule.
    """
    text = selector.strip()
    codes = [r.code for r in rules]
    if text.upper() == "ALL":
        return frozenset(codes), 0
    for rule in rules:
        if rule.name == text.lower():
            return frozenset({rule.code}), len(rule.code)
    if _PREFIX.match(text):
        matched = frozenset(c for c in codes if c.upper().startswith(text.upper()))
        if matched:
            return matched, len(text)
    hint = _suggest(text, [*codes, *(r.name for r in rules)])
    raise ValueError(f"unknown rule selector {selector!r}{hint}")


class Selection:
    """Which rules run on which file: ruff's precedence over config and command line.

    Levels apply in order, config then command line. A level that sets ``select`` starts
    over from it (``--select LK101`` enforces only LK101, whatever the config ignores);
    otherwise it builds on the level before. Within a level, ``select``/``extend-select``
    add and ``ignore`` removes, from the least specific selector to the most, ``ignore``
    last on a tie, so ``ignore = ["LK1"]`` with ``extend-select = ["LK101"]`` keeps LK101.
    Per-file ignores then remove codes from files whose path (relative to the config root)
    matches their glob.
    """

    def __init__(
        self,
        config: Config | None = None,
        *,
        select: Sequence[str] | None = None,
        ignore: Sequence[str] = (),
        extend_select: Sequence[str] = (),
        rules: Sequence[type[Rule]] | None = None,
    ) -> None:
        self.rules = _rule_list(rules)
        self.config = config or Config()
        file = _display(self.config.path) + ": " if self.config.path else "config: "
        cfg = self.config
        enabled = frozenset(r.code for r in self.rules)
        enabled = self._apply(enabled, cfg.select is not None, [
            (f"{file}'select'", False, cfg.select or ()),
            (f"{file}'extend-select'", False, cfg.extend_select),
            (f"{file}'ignore'", True, cfg.ignore),
        ])
        enabled = self._apply(enabled, select is not None, [
            ("--select", False, select or ()),
            ("--extend-select", False, extend_select),
            ("--ignore", True, ignore),
        ])
        self.codes: frozenset[str] = enabled
        self._per_file = [
            (pattern, self._resolve_all(selectors, f"{file}'per-file-ignores' {pattern!r}"))
            for pattern, selectors in cfg.per_file_ignores.items()
        ]

    def enabled(self, code: str, path: str | None = None) -> bool:
        return code in self.codes_for(path)

    def codes_for(self, path: str | None = None) -> frozenset[str]:
        """The codes that run on ``path`` (on every file when ``path`` is ``None``)."""
        if path is None or not self._per_file:
            return self.codes
        return self.codes - self._ignored_for(self.config.relative(path))

    def _ignored_for(self, rel: str) -> frozenset[str]:
        ignored: set[str] = set()
        for pattern, codes in self._per_file:
            if _matches_any(rel, [pattern]):
                ignored |= codes
        return frozenset(ignored)

    def _resolve_all(self, selectors: Sequence[str], source: str) -> frozenset[str]:
        out: set[str] = set()
        for selector in selectors:
            out |= self._resolve(selector, source)[0]
        return frozenset(out)

    def _resolve(self, selector: str, source: str) -> tuple[frozenset[str], int]:
        try:
            return resolve_selector(selector, self.rules)
        except ValueError as exc:
            raise ConfigError(f"{source}: {exc}") from None

    def _apply(
        self,
        enabled: frozenset[str],
        restart: bool,
        lists: Sequence[tuple[str, bool, Sequence[str]]],
    ) -> frozenset[str]:
        """One level: start over when it selects, then add/remove by rising specificity."""
        steps: list[tuple[int, bool, frozenset[str]]] = []
        for source, remove, selectors in lists:
            for selector in selectors:
                codes, specificity = self._resolve(selector, source)
                steps.append((specificity, remove, codes))
        current = set() if restart else set(enabled)
        for _, remove, codes in sorted(steps, key=lambda s: (s[0], s[1])):
            if remove:
                current -= codes
            else:
                current |= codes
        return frozenset(current)


# --------------------------------------------------------------------------- globs


def glob_match(pattern: str, path: str) -> bool:
    """fnmatch semantics (``*`` may cross ``/``) plus ``**/`` for zero or more folders
    and ``{a,b}`` alternatives; ``path`` uses forward slashes."""
    return _compile(pattern).fullmatch(path) is not None


def _matches_any(rel: str, patterns: Sequence[str]) -> bool:
    """A pattern matches a path, its basename, or a folder above it up to the root.

    ``rel`` is relative to the root; an absolute ``rel`` (outside the root) is matched
    whole and by basename only, so folders above the root never exclude anything.
    """
    if not patterns:
        return False
    if rel.startswith("/") or re.match(r"^[A-Za-z]:/", rel):
        candidates = [rel]
    else:
        parts = rel.split("/")
        candidates = ["/".join(parts[:i]) for i in range(len(parts), 0, -1)]
    for pattern in patterns:
        pat = pattern.replace("\\", "/").removeprefix("./").rstrip("/")
        if not pat:
            continue
        has_slash = "/" in pat
        for candidate in candidates:
            name = candidate.rsplit("/", 1)[-1]
            if glob_match(pat, candidate) or (not has_slash and glob_match(pat, name)):
                return True
    return False


@lru_cache(maxsize=512)
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(_translate(pattern))


def _translate(pattern: str) -> str:
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        char = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("/**", i) and i + 3 == n:
            out.append("(?:/.*)?")
            i += 3
        elif char == "*":
            while i < n and pattern[i] == "*":
                i += 1
            out.append(".*")
            continue
        elif char == "?":
            out.append("[^/]")
            i += 1
        elif char == "[":
            first = i + 2 if pattern[i + 1:i + 2] in ("!", "]") else i + 1
            end = pattern.find("]", first)
            if end == -1:
                out.append(re.escape(char))
                i += 1
            else:
                body = pattern[i + 1:end].replace("\\", "\\\\").replace("[", "\\[")
                if body.startswith("!"):
                    body = "^" + body[1:]
                elif body.startswith("^"):
                    body = "\\" + body
                out.append("[" + body + "]")
                i = end + 1
        elif char == "{":
            end = pattern.find("}", i)
            if end == -1:
                out.append(re.escape(char))
                i += 1
            else:
                options = pattern[i + 1:end].split(",")
                out.append("(?:" + "|".join(_translate(o) for o in options) + ")")
                i = end + 1
        else:
            out.append(re.escape(char))
            i += 1
    return "".join(out)


def _relative(path: str, root: str) -> str:
    absolute = os.path.abspath(path)
    base = os.path.abspath(root)
    try:
        rel = os.path.relpath(absolute, base)
    except ValueError:  # another drive on Windows
        return absolute.replace("\\", "/")
    if rel == os.curdir:
        rel = ""
    if rel.startswith(os.pardir):
        return absolute.replace("\\", "/")
    return rel.replace("\\", "/")
