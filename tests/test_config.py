"""Config discovery, validation and ruff-style rule selection, against fake rules."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from leakscan.config import (
    API_CATEGORIES,
    DEFAULT_EXCLUDE,
    Config,
    ConfigError,
    Selection,
    find_config,
    glob_match,
    load_config,
    resolve_selector,
)
from leakscan.rules.base import Rule


def _rule(code: str, name: str) -> type[Rule]:
    attrs = {"code": code, "name": name, "summary": "s", "why": "w", "invalid": "i", "valid": "v", "fix": "f"}
    return type(f"Fake{code}", (Rule,), attrs)


RULES = [
    _rule("LK101", "fit-before-split"),
    _rule("LK102", "fit-on-combined-data"),
    _rule("LK103", "refit-on-test"),
    _rule("LK201", "resample-before-split"),
    _rule("LK301", "test-set-tuning"),
    _rule("LK302", "test-set-reuse"),
]
ALL = frozenset(r.code for r in RULES)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def load(path: Path) -> Config:
    return load_config(str(path), rules=RULES)


# --------------------------------------------------------------------------- discovery


def test_find_config_walks_up_to_pyproject_with_leakscan_table(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.leakscan]\nselect = ['LK1']\n")
    write(tmp_path / "pkg" / "pyproject.toml", "[project]\nname = 'x'\n")  # no [tool.leakscan]
    script = write(tmp_path / "pkg" / "sub" / "train.py", "x = 1\n")
    assert find_config(str(script)) == str(tmp_path / "pyproject.toml")
    assert find_config(str(script.parent)) == str(tmp_path / "pyproject.toml")


def test_find_config_prefers_nearest_and_dedicated_files(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.leakscan]\n")
    write(tmp_path / "a" / "leakscan.toml", "")
    write(tmp_path / "a" / "pyproject.toml", "[tool.leakscan]\n")
    write(tmp_path / "b" / ".leakscan.toml", "")
    write(tmp_path / "b" / "leakscan.toml", "")
    assert find_config(str(tmp_path / "a" / "x.py")) == str(tmp_path / "a" / "leakscan.toml")
    assert find_config(str(tmp_path / "b")) == str(tmp_path / "b" / ".leakscan.toml")


def test_find_config_none_and_missing_start(tmp_path: Path) -> None:
    assert find_config(str(tmp_path / "nothing" / "here.py")) in (None, *_ancestor_configs(tmp_path))


def _ancestor_configs(path: Path) -> list[str]:
    """Config files above the temp folder on this machine (the walk may legitimately find them)."""
    found = []
    for folder in path.parents:
        for name in (".leakscan.toml", "leakscan.toml", "pyproject.toml"):
            if (folder / name).is_file():
                found.append(str(folder / name))
    return found


def test_find_config_reports_broken_pyproject(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.leakscan\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        find_config(str(tmp_path))


# --------------------------------------------------------------------------- loading


def test_load_pyproject(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", """
[tool.leakscan]
select = ["LK1", "test-set-tuning"]
ignore = ["LK103"]
extend-select = ["LK201"]
exclude = ["data"]
extend-exclude = ["scratch/*.py"]

[tool.leakscan.per-file-ignores]
"tests/**" = ["ALL"]
"*.ipynb" = ["LK301"]

[tool.leakscan.apis]
splitters = ["mylib.data.split_frame"]
cv = ["mylib.cv.folds"]
""")
    config = load(path)
    assert config.select == ["LK1", "test-set-tuning"]
    assert config.ignore == ["LK103"] and config.extend_select == ["LK201"]
    assert config.exclude == ["data"] and config.extend_exclude == ["scratch/*.py"]
    assert config.per_file_ignores == {"tests/**": ["ALL"], "*.ipynb": ["LK301"]}
    assert config.apis == {"splitters": ["mylib.data.split_frame"], "cv": ["mylib.cv.folds"]}
    assert config.path == str(path) and config.root == str(tmp_path)


def test_every_api_category_loads(tmp_path: Path) -> None:
    wanted = ("splitters", "transformers", "resamplers", "estimators", "scorers", "searches", "cv")
    assert set(wanted) <= set(API_CATEGORIES)
    body = "".join(f"{cat} = ['pkg.mod.{cat}_fn']\n" for cat in API_CATEGORIES)
    config = load(write(tmp_path / "leakscan.toml", "[apis]\n" + body))
    assert config.apis == {cat: [f"pkg.mod.{cat}_fn"] for cat in API_CATEGORIES}


def test_load_standalone_file_has_keys_at_top_level(tmp_path: Path) -> None:
    config = load(write(tmp_path / "leakscan.toml", "ignore = ['LK302']\n[apis]\nscorers = ['m.f1']\n"))
    assert config.ignore == ["LK302"] and config.apis == {"scorers": ["m.f1"]}
    assert config.select is None
    assert config.exclude == list(DEFAULT_EXCLUDE)


def test_load_pyproject_without_table_gives_defaults(tmp_path: Path) -> None:
    config = load(write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n"))
    assert config.select is None and config.ignore == [] and config.root == str(tmp_path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[tool.leakscan]\nselct = ['LK1']\n",
         "pyproject.toml: unknown key 'selct' in [tool.leakscan] (did you mean 'select'?)"),
        ("[tool.leakscan]\nextend_select = ['LK1']\n",
         "unknown key 'extend_select' in [tool.leakscan] (did you mean 'extend-select'?)"),
        ("[tool.leakscan]\nselect = 'LK101'\n", "'select' must be a list of strings (got a string)"),
        ("[tool.leakscan]\nignore = ['LK101', 3]\n", "'ignore' must be a list of strings"),
        ("[tool.leakscan]\nexclude = 5\n", "'exclude' must be a list of strings (got an integer)"),
        ("[tool.leakscan]\nselect = ['LK999']\n", "unknown rule selector 'LK999' in 'select'"),
        ("[tool.leakscan]\nignore = ['fit-before-splt']\n",
         "unknown rule selector 'fit-before-splt' (did you mean 'fit-before-split'?) in 'ignore'"),
        ("[tool.leakscan]\nper-file-ignores = ['x']\n", "'per-file-ignores' must be a table"),
        ("[tool.leakscan.per-file-ignores]\n'tests/*' = 'LK1'\n",
         "'per-file-ignores.tests/*' must be a list of strings"),
        ("[tool.leakscan.per-file-ignores]\n'tests/*' = ['XX1']\n", "unknown rule selector 'XX1'"),
        ("[tool.leakscan.apis]\nsplitter = ['a.b']\n",
         "unknown API category 'splitter' in [tool.leakscan.apis] (did you mean 'splitters'?)"),
        ("[tool.leakscan.apis]\nscorers = 'a.b'\n", "'apis.scorers' must be a list of strings"),
        ("[tool.leakscan.apis]\nscorers = ['not a name']\n", "'not a name' in 'apis.scorers' is not a dotted name"),
        ("[tool.leakscan]\napis = 1\n", "'apis' must be a table"),
        ("tool.leakscan = 3\n", "[tool.leakscan] must be a table"),
        ("[tool.leakscan\n", "pyproject.toml: invalid TOML"),
    ],
)
def test_config_errors_name_file_and_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pyproject.toml", text)
    with pytest.raises(ConfigError) as info:
        load_config("pyproject.toml", rules=RULES)
    assert message in str(info.value)
    assert str(info.value).startswith("pyproject.toml: ")


def test_standalone_unknown_key_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "leakscan.toml", "ignor = []\n")
    expected = r"^leakscan.toml: unknown key 'ignor' at the top level \(did you mean 'ignore'\?\)"
    with pytest.raises(ConfigError, match=expected):
        load_config("leakscan.toml", rules=RULES)


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(str(tmp_path / "nope.toml"), rules=RULES)


# --------------------------------------------------------------------------- selectors


def test_resolve_selector_forms() -> None:
    assert resolve_selector("ALL", RULES) == (ALL, 0)
    assert resolve_selector("LK", RULES) == (ALL, 2)
    assert resolve_selector("LK1", RULES) == (frozenset({"LK101", "LK102", "LK103"}), 3)
    assert resolve_selector("LK30", RULES) == (frozenset({"LK301", "LK302"}), 4)
    assert resolve_selector("LK101", RULES) == (frozenset({"LK101"}), 5)
    assert resolve_selector("lk101", RULES) == (frozenset({"LK101"}), 5)
    assert resolve_selector("refit-on-test", RULES) == (frozenset({"LK103"}), 5)
    for bad in ("LK9", "LK1011", "E501", "", "fit-before", "LK-1"):
        with pytest.raises(ValueError, match="unknown rule selector"):
            resolve_selector(bad, RULES)


def sel(config: Config | None = None, **kw: object) -> frozenset[str]:
    return Selection(config, rules=RULES, **kw).codes  # type: ignore[arg-type]


def test_default_is_all_rules() -> None:
    assert sel() == ALL
    assert Selection(rules=RULES).enabled("LK101", "any/path.py")


def test_config_select_ignore_extend() -> None:
    assert sel(Config(select=["LK1"])) == {"LK101", "LK102", "LK103"}
    assert sel(Config(select=["LK1"], ignore=["LK102"])) == {"LK101", "LK103"}
    assert sel(Config(select=["LK1"], extend_select=["LK201"])) == {"LK101", "LK102", "LK103", "LK201"}
    assert sel(Config(ignore=["LK3"])) == {"LK101", "LK102", "LK103", "LK201"}
    assert sel(Config(select=[])) == frozenset()


def test_more_specific_selector_wins_ignore_wins_ties() -> None:
    assert sel(Config(select=["LK1"], ignore=["LK"])) == {"LK101", "LK102", "LK103"}
    assert sel(Config(select=["LK"], ignore=["LK1"])) == {"LK201", "LK301", "LK302"}
    assert sel(Config(ignore=["LK1"], extend_select=["LK101"])) == ALL - {"LK102", "LK103"}
    assert sel(Config(select=["LK101"], ignore=["fit-before-split"])) == frozenset()
    assert sel(Config(select=["ALL"], ignore=["LK30"])) == ALL - {"LK301", "LK302"}


def test_cli_select_replaces_config_select_and_its_ignores() -> None:
    config = Config(select=["LK1", "LK3"], ignore=["LK101"])
    # ruff's documented example: --select F401 enforces only F401, even though config ignores it
    assert sel(config, select=["LK101"]) == {"LK101"}
    # --extend-select builds on the config: its select and ignore stand
    assert sel(config, extend_select=["LK201"]) == {"LK102", "LK103", "LK201", "LK301", "LK302"}
    assert sel(config, ignore=["LK3"]) == {"LK102", "LK103"}
    assert sel(config, select=["LK"], ignore=["LK2"]) == ALL - {"LK201"}


def test_cli_selectors_are_checked() -> None:
    with pytest.raises(ConfigError, match=r"--select: unknown rule selector 'LK999'"):
        sel(select=["LK999"])
    with pytest.raises(ConfigError, match=r"--ignore: unknown rule selector"):
        sel(ignore=["nope"])


def test_per_file_ignores_relative_to_config_root(tmp_path: Path) -> None:
    config = Config(
        per_file_ignores={"tests/**": ["ALL"], "*.ipynb": ["LK3"], "scripts/*_demo.py": ["LK101"],
                          "**/{bench,perf}/*.py": ["LK201"], "legacy": ["LK102"]},
        root=str(tmp_path),
    )
    selection = Selection(config, rules=RULES)
    root = tmp_path
    assert selection.codes_for(str(root / "tests" / "unit" / "test_a.py")) == frozenset()
    assert selection.codes_for(str(root / "nb" / "explore.ipynb")) == ALL - {"LK301", "LK302"}
    assert not selection.enabled("LK101", str(root / "scripts" / "x_demo.py"))
    assert selection.enabled("LK102", str(root / "scripts" / "x_demo.py"))
    assert not selection.enabled("LK201", str(root / "a" / "perf" / "run.py"))
    assert not selection.enabled("LK201", str(root / "bench" / "run.py"))
    assert not selection.enabled("LK102", str(root / "legacy" / "old" / "train.py"))  # a folder pattern
    assert selection.codes_for(str(root / "src" / "train.py")) == ALL
    assert selection.codes_for(None) == ALL


def test_per_file_ignores_with_relative_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    config = Config(per_file_ignores={"tests/*": ["LK1"]}, root=str(tmp_path))
    selection = Selection(config, rules=RULES)
    assert not selection.enabled("LK101", "tests/test_x.py")
    assert not selection.enabled("LK101", "./tests/test_x.py")
    assert selection.enabled("LK101", "src/tests_x.py")


def test_per_file_ignores_do_not_match_folders_above_the_root(tmp_path: Path) -> None:
    root = tmp_path / "project"
    config = Config(per_file_ignores={"tmp*": ["ALL"], "pytest-*": ["ALL"]}, root=str(root))
    selection = Selection(config, rules=RULES)
    assert selection.codes_for(str(root / "src" / "a.py")) == ALL


def test_per_file_ignores_bad_selector_is_config_error() -> None:
    with pytest.raises(ConfigError, match="per-file-ignores"):
        Selection(Config(per_file_ignores={"x": ["LK999"]}), rules=RULES)


def test_config_file_settings_flow_into_selection(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", """
[tool.leakscan]
select = ["LK1"]
ignore = ["fit-on-combined-data"]
[tool.leakscan.per-file-ignores]
"experiments/*" = ["LK103"]
""")
    selection = Selection(load(path), rules=RULES)
    assert selection.codes == {"LK101", "LK103"}
    assert not selection.enabled("LK103", str(tmp_path / "experiments" / "e1.py"))
    assert selection.enabled("LK103", str(tmp_path / "train.py"))


# --------------------------------------------------------------------------- globs & excludes


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        ("*.py", "a.py", True),
        ("*.py", "a/b.py", True),  # fnmatch: * crosses folders
        ("tests/*", "tests/a/b.py", True),
        ("**/test_*.py", "test_a.py", True),
        ("**/test_*.py", "x/y/test_a.py", True),
        ("src/**/gen.py", "src/gen.py", True),
        ("src/**/gen.py", "src/a/b/gen.py", True),
        ("src/**", "src", True),
        ("src/**", "srcx/a.py", False),
        ("a?.py", "ab.py", True),
        ("a?.py", "a/.py", False),
        ("[ab].py", "b.py", True),
        ("[!ab].py", "b.py", False),
        ("{x,y}/*.py", "y/z.py", True),
        ("{x,y}/*.py", "w/z.py", False),
        ("a+b(c).py", "a+b(c).py", True),
    ],
)
def test_glob_match(pattern: str, path: str, expected: bool) -> None:
    assert glob_match(pattern, path) is expected


def test_excludes(tmp_path: Path) -> None:
    config = Config(exclude=["data", "gen/*.py"], extend_exclude=["*.tmp.py"], root=str(tmp_path))
    assert config.is_excluded(str(tmp_path / "data" / "a.py"))
    assert config.is_excluded(str(tmp_path / "x" / "data" / "a.py"))  # basename of a folder
    assert config.is_excluded(str(tmp_path / "gen" / "a.py"))
    assert config.is_excluded(str(tmp_path / "y.tmp.py"))
    assert not config.is_excluded(str(tmp_path / "src" / "a.py"))
    default = Config(root=str(tmp_path))
    assert default.is_excluded(str(tmp_path / ".venv" / "lib" / "x.py"))
    assert default.is_excluded(str(tmp_path / "pkg" / "__pycache__" / "x.py")) is False
    assert default.is_excluded(str(tmp_path / "build" / "x.py"))


def test_relative_uses_forward_slashes(tmp_path: Path) -> None:
    config = Config(root=str(tmp_path))
    assert config.relative(os.path.join(str(tmp_path), "a", "b.py")) == "a/b.py"
