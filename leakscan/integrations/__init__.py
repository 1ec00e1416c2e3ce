"""Glue for tools that call leakscan one file at a time (flake8, editors).

Those tools hand over a path and its text, not a command line, so the project's configuration
is found from the path: the same ``[tool.leakscan]`` file ``leakscan check`` would use decides
the rule selection, per-file ignores and declared project APIs, and the two agree on findings.
"""

from __future__ import annotations

import os
from functools import lru_cache

from leakscan.options import Options
from leakscan.config import Config, Selection, find_config, load_config


def options_for_path(path: str, *, honor_noqa: bool = True) -> Options:
    """Scan options from the config file nearest to ``path`` (an existing file or not).

    Raises ``leakscan.config.ConfigError`` for a broken config file: a silently ignored
    config would report findings the project has switched off.
    """
    start = os.path.dirname(os.path.abspath(path)) if path else os.getcwd()
    while not os.path.isdir(start):  # a display name whose folder does not exist (stdin)
        parent = os.path.dirname(start)
        if parent == start:
            start = os.getcwd()
            break
        start = parent
    found = find_config(start)
    return _options(found, _mtime(found), honor_noqa)


def _mtime(path: str | None) -> float:
    try:
        return os.stat(path).st_mtime if path else 0.0
    except OSError:
        return 0.0


@lru_cache(maxsize=32)
def _options(config_path: str | None, mtime: float, honor_noqa: bool) -> Options:
    """Cached per config file and modification time: flake8 asks once per file checked."""
    del mtime  # part of the cache key only
    config = load_config(config_path) if config_path else Config()
    return options_from_config(config, honor_noqa=honor_noqa)


def options_from_config(config: Config, *, honor_noqa: bool = True) -> Options:
    from leakscan import knowledge

    selection = Selection(config)
    kb = knowledge.DEFAULT.with_apis(config.apis) if config.apis else knowledge.DEFAULT
    return Options(enabled=selection.enabled, knowledge=kb, honor_noqa=honor_noqa)


__all__ = ["options_for_path", "options_from_config"]
