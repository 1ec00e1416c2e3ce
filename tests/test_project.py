"""Project-wide analysis: imports and files followed across the modules of a project."""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner

from leakscan import scan_paths, scan_source
from leakscan.cache import Cache
from leakscan.cli import main

PREP_LEAKY = """\
from sklearn.preprocessing import StandardScaler


def scale(X):
    return StandardScaler().fit_transform(X)
"""
PREP_STATELESS = """\
def scale(X):
    return X / 100.0
"""
TRAIN = """\
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
{imports}
df = pd.read_csv("data.csv")
X = {call}(df.drop(columns=["y"]))
X_train, X_test, y_train, y_test = train_test_split(X, df["y"])
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
"""


def project(tmp_path: Path, prep: str = PREP_LEAKY, imports: str = "from prep import scale", call: str = "scale") -> Path:
    root = tmp_path / "proj"
    root.mkdir()
    (root / "pyproject.toml").write_text("[project]\nname = 'p'\n")
    (root / "prep.py").write_text(prep)
    (root / "train.py").write_text(TRAIN.format(imports=imports, call=call))
    return root


def summary(report) -> list[tuple[str, int, str, list[tuple[str, int]]]]:
    return [
        (os.path.basename(f.location.path), f.location.line, f.code, [(os.path.basename(r.location.path), r.location.line) for r in f.related])
        for f in report.findings
    ]


def test_imported_helper_is_reported_in_its_module_with_the_call_as_related(tmp_path):
    root = project(tmp_path)
    report = scan_paths([str(root)])
    assert summary(report) == [("prep.py", 5, "LK101", [("train.py", 6), ("train.py", 7)])]
    finding = report.findings[0]
    assert finding.fix is None  # the leak sits in another module: no edit of train.py removes it
    assert finding.no_fix_reason == "the leak sits in another module"
    assert "train.py, line 7" in finding.message  # a line of the other file is named with its file


def test_module_alias_and_attribute_call(tmp_path):
    root = project(tmp_path, imports="import prep as F", call="F.scale")
    assert [s[:3] for s in summary(scan_paths([str(root)]))] == [("prep.py", 5, "LK101")]


def test_a_single_file_scan_resolves_imports_from_its_project_root(tmp_path):
    root = project(tmp_path)
    (root / "scripts").mkdir()
    (root / "scripts" / "train.py").write_text((root / "train.py").read_text())
    (root / "train.py").unlink()
    findings = scan_source((root / "scripts" / "train.py").read_text(), str(root / "scripts" / "train.py"))
    assert [(os.path.basename(f.location.path), f.code) for f in findings] == [("prep.py", "LK101")]


def test_the_cache_reanalyzes_an_importer_when_its_dependency_changes(tmp_path):
    root = project(tmp_path)
    cache = Cache(tmp_path / "cache")
    assert len(scan_paths([str(root)], cache=cache).findings) == 1
    assert len(scan_paths([str(root)], cache=cache).findings) == 1  # a hit, still the finding
    (root / "prep.py").write_text(PREP_STATELESS)
    assert scan_paths([str(root)], cache=cache).findings == []  # train.py unchanged, prep.py changed
    (root / "prep.py").write_text(PREP_LEAKY)
    assert len(scan_paths([str(root)], cache=cache).findings) == 1


def test_parallel_scan_of_a_project_is_the_same(tmp_path):
    root = project(tmp_path)
    assert summary(scan_paths([str(root)], jobs=2)) == summary(scan_paths([str(root)], jobs=1))


def test_import_cycle_missing_and_broken_modules_never_stop_the_scan(tmp_path):
    root = tmp_path / "proj"
    root.mkdir()
    (root / "setup.py").write_text("")
    (root / "a.py").write_text("from b import g\n\ndef f(X):\n    return g(X)\n")
    (root / "b.py").write_text("from a import f\n\ndef g(X):\n    return f(X)\n")
    (root / "broken.py").write_text("def scale(X:\n    return X\n")
    (root / "deep.py").write_text("def scale(X):\n    return " + "(" * 3000 + "X" + ")" * 3000 + "\n")
    (root / "train.py").write_text(
        "import pandas as pd\nfrom sklearn.preprocessing import StandardScaler\nfrom sklearn.model_selection import train_test_split\n"
        "from a import f\nfrom broken import scale\nfrom deep import scale as s2\nfrom missing_module import load\n"
        "df = load()\nX = f(scale(s2(df)))\nZ = StandardScaler().fit_transform(X)\ntrain, test = train_test_split(Z)\n"
    )
    report = scan_paths([str(root)])
    assert sorted(os.path.basename(e.path) for e in report.errors) == ["broken.py", "deep.py"]  # their own errors only
    assert summary(report) == [("train.py", 10, "LK101", [("train.py", 11)])]  # data by use still applies


def test_a_file_written_by_another_script_is_the_same_data(tmp_path):
    root = tmp_path / "proj"
    root.mkdir()
    (root / ".git").mkdir()
    (root / "prepare.py").write_text(
        "import pandas as pd\nfrom sklearn.preprocessing import StandardScaler\n"
        "df = pd.read_csv('raw.csv')\ndf[['a']] = StandardScaler().fit_transform(df[['a']])\ndf.to_csv('./out/clean.csv')\n"
    )
    (root / "train.py").write_text(
        "import pandas as pd\nfrom sklearn.model_selection import train_test_split\n"
        "df = pd.read_csv('out/clean.csv')\ntrain, test = train_test_split(df)\n"
    )
    report = scan_paths([str(root)])
    assert summary(report) == [("prepare.py", 4, "LK101", [("train.py", 3), ("train.py", 4)])]
    assert report.findings[0].related[0].message == "the file it wrote is read here"


def test_stdin_with_a_filename_resolves_imports_and_shows_the_finding_locally(tmp_path):
    root = project(tmp_path)
    text = (root / "train.py").read_text()
    result = CliRunner().invoke(main, ["check", "--no-cache", "-", "--stdin-filename", str(root / "train.py")], input=text)
    assert result.exit_code == 1, result.output
    line = result.stdout.splitlines()[0]
    assert line.startswith(f"{root / 'train.py'}:6:5: LK101") and "prep.py:5" in line


def test_noqa_on_the_helper_line_suppresses_the_cross_file_finding(tmp_path):
    root = project(tmp_path, prep=PREP_LEAKY.replace("fit_transform(X)", "fit_transform(X)  # noqa: LK101"))
    assert scan_paths([str(root)]).findings == []


def test_each_module_is_parsed_once_per_process(tmp_path, monkeypatch):
    import libcst

    from leakscan.project import modules

    root = project(tmp_path, imports="import prep", call="prep.scale")
    (root / "train.py").write_text((root / "train.py").read_text() + "Y = prep.scale(df)\nZ = prep.scale(df)\n")
    parsed: list[str] = []
    real = libcst.parse_module
    monkeypatch.setattr(modules.cst, "parse_module", lambda text, *a, **k: parsed.append(text) or real(text, *a, **k))
    scan_paths([str(root / "train.py")])
    scan_paths([str(root / "train.py")])
    assert parsed.count(PREP_LEAKY) == 1  # three calls, two scans: one parse of prep.py


def test_a_cached_cross_file_finding_names_the_other_module_from_where_the_scan_runs(tmp_path, monkeypatch):
    root = project(tmp_path)
    cache = Cache(tmp_path / "cache")
    monkeypatch.chdir(root)
    first = scan_paths(["."], cache=cache).findings
    monkeypatch.chdir(tmp_path)
    again = scan_paths(["proj"], cache=cache).findings  # cache hits, from another folder
    assert [f.location.path for f in first] == ["prep.py"]
    assert [f.location.path for f in again] == [os.path.join("proj", "prep.py")]
    assert {r.location.path for r in again[0].related} == {os.path.join("proj", "train.py")}


def test_sarif_related_locations_carry_their_own_artifact(tmp_path, monkeypatch):
    import json

    root = project(tmp_path)
    monkeypatch.chdir(root)
    result = CliRunner().invoke(main, ["check", "--no-cache", "--format", "sarif", "."])
    [res] = json.loads(result.stdout)["runs"][0]["results"]
    assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("prep.py")
    uris = {r["physicalLocation"]["artifactLocation"]["uri"] for r in res["relatedLocations"]}
    assert uris and all(u.endswith("train.py") for u in uris)


def test_a_class_imported_from_another_module_is_followed(tmp_path):
    root = project(
        tmp_path,
        prep="from sklearn.preprocessing import MinMaxScaler\n\n\nclass Prep:\n    def run(self, X):\n        return MinMaxScaler().fit_transform(X)\n",
        imports="from prep import Prep",
        call="Prep().run",
    )
    assert [s[:3] for s in summary(scan_paths([str(root)]))] == [("prep.py", 6, "LK101")]


def test_the_cache_reanalyzes_a_reader_when_the_writer_script_changes(tmp_path):
    root = tmp_path / "proj"
    root.mkdir()
    (root / "setup.cfg").write_text("")
    leaky = "import pandas as pd\nfrom sklearn.preprocessing import StandardScaler\ndf = pd.read_csv('raw.csv')\ndf[['a']] = StandardScaler().fit_transform(df[['a']])\ndf.to_csv('clean.csv')\n"
    (root / "prepare.py").write_text(leaky)
    (root / "train.py").write_text("import pandas as pd\nfrom sklearn.model_selection import train_test_split\ntrain, test = train_test_split(pd.read_csv('clean.csv'))\n")
    cache = Cache(tmp_path / "cache")
    assert [f.code for f in scan_paths([str(root)], cache=cache).findings] == ["LK101"]
    (root / "prepare.py").write_text(leaky.replace("df[['a']] = StandardScaler().fit_transform(df[['a']])\n", ""))
    assert scan_paths([str(root)], cache=cache).findings == []
