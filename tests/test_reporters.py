"""Every output format, rendered from hand-made findings against fake rules."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from leakscan.findings import Edit, FileError, Finding, Fix, Location, Related, Report
from leakscan.reporters import FORMATS, render
from leakscan.reporters import github as github_fmt
from leakscan.reporters import gitlab as gitlab_fmt
from leakscan.reporters import markdown as markdown_fmt
from leakscan.reporters import rdjson as rdjson_fmt
from leakscan.reporters._common import SourceIndex
from leakscan.rules.base import Rule

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


class FakeFitBeforeSplit(Rule):
    code = "LK101"
    name = "fit-before-split"
    severity = "error"
    summary = "A scaler is fitted on data that is split later. The split comes too late."
    why = "The test rows shape the scaling."
    invalid = "scaler.fit(X)  # expect: LK101\nsplit(X)\n"
    valid = "a, b = split(X)\nscaler.fit(a)\n"
    fix = "Split first."
    fixable = True


class FakeTestSetTuning(Rule):
    code = "LK301"
    name = "test-set-tuning"
    severity = "warning"
    summary = "The test set is used to choose a model, e.g. in a loop."
    why = "The best test score is biased."
    invalid = "for c in cs: score(X_test)  # expect: LK301\n"
    valid = "for c in cs: score(X_val)\n"
    fix = "Use a validation split."


RULES = [FakeFitBeforeSplit, FakeTestSetTuning]

TRAIN = (
    "import numpy as np\n"
    "from sklearn.preprocessing import StandardScaler\n"
    "from sklearn.model_selection import train_test_split\n"
    "\n"
    "X, y = load()\n"
    "\n"
    "scaler = StandardScaler()\n"
    "X = scaler.fit_transform(X)  # é\n"
    "X_train, X_test, y_train, y_test = train_test_split(X, y)\n"
)


def _notebook(*cells: str) -> str:
    """A notebook laid out as Jupyter writes it (indent 1, source as a list of lines)."""
    nb = {
        "cells": [
            {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
             "source": c.splitlines(keepends=True)}
            for c in cells
        ],
        "metadata": {}, "nbformat": 4, "nbformat_minor": 5,
    }
    return json.dumps(nb, indent=1) + "\n"


NOTEBOOK = _notebook("import x\n", "a, b = split(X)\nsearch(X_test)\n", "# notes\nfor c in cs:\n    score(X_test)\n")


def fit_finding(**kw: Any) -> Finding:
    base: dict[str, Any] = dict(
        code="LK101", name="fit-before-split", severity="error",
        message="StandardScaler is fitted on X before X is split (line 9)",
        location=Location("train.py", 8, 5, 8, 28),
        related=(Related(Location("train.py", 9, 36, 9, 60), "split here"),),
        fix=Fix("safe", "Fit the scaler on the training split",
                (Edit(8, 1, 9, 1, ""), Edit(10, 1, 10, 1, "X_train = scaler.fit_transform(X_train)\n"))),
    )
    base.update(kw)
    return Finding(**base)


def nb_finding() -> Finding:
    return Finding(
        code="LK301", name="test-set-tuning", severity="warning",
        message="The model is chosen by its score on X_test",
        location=Location("nb.ipynb", 3, 5, 3, 18, cell=3),
        related=(Related(Location("nb.ipynb", 1, 1, cell=2), "test split made here"),),
        fix=Fix("unsafe", "Score on a validation split", (Edit(3, 11, 3, 17, "X_val", cell=3),)),
    )


def sample_report() -> Report:
    return Report(
        findings=[nb_finding(), fit_finding()],
        errors=[FileError("broken.py", "syntax error at line 3: unexpected indent")],
        files=12,
        seconds=0.41,
    )


SOURCES = {"train.py": TRAIN, "nb.ipynb": NOTEBOOK}


def _render(fmt: str, report: Report | None = None, **kw: Any) -> str:
    kw.setdefault("rules", RULES)
    kw.setdefault("sources", SOURCES)
    return render(report or sample_report(), fmt, version="0.3.1", **kw)


# --------------------------------------------------------------------------- dispatch


def test_formats_listed_and_all_render_with_trailing_newline() -> None:
    assert FORMATS == ("text", "json", "sarif", "github", "gitlab", "rdjson", "markdown")
    for fmt in FORMATS:
        out = _render(fmt)
        assert out.endswith("\n")
        assert out.strip()


def test_unknown_format_is_a_value_error_naming_choices() -> None:
    with pytest.raises(ValueError, match="unknown output format 'xml'.*sarif"):
        _render("xml")


def test_formats_render_an_empty_report() -> None:
    empty = Report(files=3)
    for fmt in FORMATS:
        out = _render(fmt, empty)
        assert out.endswith("\n") or (fmt == "github" and out == "")  # no annotations at all


# --------------------------------------------------------------------------- text


def test_text_is_flake8_format_with_cells_errors_summary_and_hint() -> None:
    lines = _render("text").splitlines()
    assert lines == [
        "nb.ipynb:cell 3:3:5: LK301 The model is chosen by its score on X_test",
        "train.py:8:5: LK101 StandardScaler is fitted on X before X is split (line 9)",
        "broken.py: error: syntax error at line 3: unexpected indent",
        "Found 2 leaks in 2 files (1 error).",
        "[*] 1 fixable with `--fix`, 1 more with `--unsafe-fixes`.",
    ]


def test_text_lines_parse_with_the_pylsp_flake8_regex() -> None:
    line = _render("text").splitlines()[1]
    match = re.match(r"(.*):(\d*):(\d*): (\w*) (.*)", line)
    assert match and match.groups()[:4] == ("train.py", "8", "5", "LK101")


def test_text_statistics_counts_per_rule_most_frequent_first() -> None:
    report = Report(findings=[fit_finding(), fit_finding(location=Location("b.py", 2, 1)),
                              fit_finding(location=Location("c.py", 3, 1)), nb_finding()], files=4)
    out = _render("text", report, statistics=True).splitlines()
    assert out[4:6] == ["3  LK101  [*] fit-before-split", "1  LK301      test-set-tuning"]
    assert out[6] == "Found 4 leaks in 4 files."


def test_text_statistics_without_fixes_has_no_markers() -> None:
    report = Report(findings=[fit_finding(fix=None)] * 3, files=1)
    assert "3  LK101  fit-before-split" in _render("text", report, statistics=True).splitlines()


def test_text_summary_singular_and_no_leaks() -> None:
    one = Report(findings=[fit_finding(fix=None)], files=1)
    lines = _render("text", one).splitlines()
    assert "Found 1 leak in 1 file." in lines
    # fixes not computed (text reports skip them) but the rule has one: point at --diff
    assert lines[-1] == "[*] Fixes may be available: `--diff --unsafe-fixes` shows them."
    assert _render("text", Report(files=12)) == "No leaks found in 12 files.\n"
    with_error = Report(files=2, errors=[FileError("a.py", "x"), FileError("b.py", "y")])
    assert _render("text", with_error).splitlines()[-1] == "No leaks found in 2 files (2 errors)."


def test_text_fix_hints() -> None:
    safe_only = Report(findings=[fit_finding(), fit_finding(location=Location("b.py", 1, 1))], files=2)
    assert _render("text", safe_only).splitlines()[-1] == "[*] 2 fixable with `--fix`."
    unsafe_only = Report(findings=[nb_finding()], files=1)
    assert "1 fixable with `--unsafe-fixes`" in _render("text", unsafe_only).splitlines()[-1]


def test_text_keeps_one_finding_per_line_when_message_has_newlines() -> None:
    report = Report(findings=[fit_finding(message="two\nlines")], files=1)
    assert _render("text", report).splitlines()[0] == "train.py:8:5: LK101 two lines"


def test_text_color_wraps_parts_in_ansi_and_plain_text_survives() -> None:
    out = _render("text", color=True)
    assert "\x1b[" in out
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert plain == _render("text")
    assert "\x1b[" not in _render("text")


def test_text_sorts_findings_by_path_cell_line() -> None:
    report = Report(findings=[fit_finding(location=Location("b.py", 9, 1)),
                              fit_finding(location=Location("a.py", 20, 1)),
                              fit_finding(location=Location("a.py", 3, 1))], files=2)
    lines = _render("text", report).splitlines()
    assert [line.split(": ")[0] for line in lines[:3]] == ["a.py:3:1", "a.py:20:1", "b.py:9:1"]


# --------------------------------------------------------------------------- json


def test_json_is_exactly_the_report_dict() -> None:
    report = sample_report()
    out = _render("json", report)
    assert json.loads(out) == report.to_dict("0.3.1")
    assert out.startswith('{\n  "version": "0.3.1",')


# --------------------------------------------------------------------------- sarif


def _sarif(report: Report | None = None, **kw: Any) -> dict[str, Any]:
    log: dict[str, Any] = json.loads(_render("sarif", report, **kw))
    return log


def test_sarif_validates_against_the_oasis_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema)
    for report in (sample_report(), Report(files=1), Report(findings=[fit_finding(fix=None, related=())])):
        errors = sorted(validator.iter_errors(_sarif(report)), key=lambda e: list(e.path))
        assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]


def test_sarif_driver_and_rules() -> None:
    log = _sarif()
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "leakscan"
    assert driver["semanticVersion"] == "0.3.1"
    assert driver["informationUri"].startswith("https://")
    rule = driver["rules"][0]
    assert rule["id"] == "LK101" and rule["name"] == "fit-before-split"
    assert rule["shortDescription"]["text"] == "A scaler is fitted on data that is split later."
    assert rule["fullDescription"]["text"].endswith("The split comes too late.")
    assert rule["help"]["markdown"] == FakeFitBeforeSplit.markdown()
    assert rule["help"]["text"] == FakeFitBeforeSplit.text()
    assert rule["helpUri"] == FakeFitBeforeSplit.url()
    assert rule["defaultConfiguration"]["level"] == "error"
    assert "data-leakage" in rule["properties"]["tags"] and rule["properties"]["precision"] == "very-high"
    assert driver["rules"][1]["defaultConfiguration"]["level"] == "warning"
    assert driver["rules"][1]["shortDescription"]["text"] == "The test set is used to choose a model, e.g. in a loop."


def test_sarif_pep440_version_is_not_claimed_as_semver() -> None:
    log = json.loads(render(sample_report(), "sarif", version="0.4.0.dev2", rules=RULES))
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["version"] == "0.4.0.dev2" and "semanticVersion" not in driver


def test_sarif_result_location_related_and_flow() -> None:
    results = _sarif()["runs"][0]["results"]
    result = next(r for r in results if r["ruleId"] == "LK101")
    rules = _sarif()["runs"][0]["tool"]["driver"]["rules"]
    assert rules[result["ruleIndex"]]["id"] == "LK101"
    assert result["level"] == "error"
    assert result["message"]["text"] == "StandardScaler is fitted on X before X is split (line 9) ([split here](1))"
    physical = result["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"]["uri"] == "train.py"
    assert physical["region"] == {"startLine": 8, "startColumn": 5, "endLine": 8, "endColumn": 28}
    related = result["relatedLocations"][0]
    assert related["id"] == 1 and related["message"]["text"] == "split here"
    assert related["physicalLocation"]["region"]["startLine"] == 9
    steps = result["codeFlows"][0]["threadFlows"][0]["locations"]
    assert [s["location"]["physicalLocation"]["region"]["startLine"] for s in steps] == [8, 9]
    assert steps[1]["location"]["message"]["text"] == "split here"


def test_sarif_fixes_use_one_based_regions() -> None:
    result = next(r for r in _sarif()["runs"][0]["results"] if r["ruleId"] == "LK101")
    change = result["fixes"][0]["artifactChanges"][0]
    assert change["artifactLocation"]["uri"] == "train.py"
    first, second = change["replacements"]
    assert first["deletedRegion"] == {"startLine": 8, "startColumn": 1, "endLine": 9, "endColumn": 1}
    assert first["insertedContent"]["text"] == ""
    assert second["insertedContent"]["text"].startswith("X_train = ")
    assert "safe" in result["fixes"][0]["description"]["text"]


def test_sarif_notebook_result_names_the_cell() -> None:
    result = next(r for r in _sarif()["runs"][0]["results"] if r["ruleId"] == "LK301")
    assert result["properties"]["cell"] == 3
    assert result["message"]["text"].startswith("Cell 3, line 3, column 5: ")
    assert result["level"] == "warning"
    location = result["locations"][0]
    assert location["properties"] == {"cell": 3, "cellLine": 3, "cellColumn": 5}
    raw_line = NOTEBOOK.splitlines()[location["physicalLocation"]["region"]["startLine"] - 1]
    assert json.loads(raw_line.strip().rstrip(",")) == "    score(X_test)\n"
    assert "fixes" not in result  # cell coordinates cannot be expressed


def test_sarif_notebook_without_sources_points_at_the_file() -> None:
    result = next(r for r in _sarif(sources=None)["runs"][0]["results"] if r["ruleId"] == "LK301")
    assert result["locations"][0]["physicalLocation"]["region"] == {"startLine": 1}


def test_sarif_fingerprint_is_stable_when_lines_move_and_counts_occurrences() -> None:
    def hashes(log: dict[str, Any]) -> list[str]:
        return [r["partialFingerprints"]["primaryLocationLineHash"] for r in log["runs"][0]["results"]]

    report = Report(findings=[fit_finding()], files=1)
    before = hashes(_sarif(report))
    moved = Report(findings=[fit_finding(location=Location("train.py", 10, 5, 10, 28))], files=1)
    after = hashes(_sarif(moved, sources={"train.py": "# a\n# b\n" + TRAIN}))
    assert before == after and before[0].endswith(":1")
    twice = Report(findings=[fit_finding(location=Location("t.py", n, 1)) for n in (1, 2)])
    pair = hashes(_sarif(twice, sources={"t.py": "fit(X)\n  fit(X)\n"}))
    assert pair[0].split(":")[0] == pair[1].split(":")[0] and [p[-2:] for p in pair] == [":1", ":2"]
    other_code = Report(findings=[fit_finding(), nb_finding()])
    assert len(set(hashes(_sarif(other_code)))) == 2


def test_sarif_escapes_brackets_and_encodes_uris() -> None:
    finding = fit_finding(message="uses df[cols] twice", location=Location("my dir\\train set.py", 1, 1), fix=None)
    result = _sarif(Report(findings=[finding]))["runs"][0]["results"][0]
    assert result["message"]["text"].startswith(r"uses df\[cols\] twice")
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "my%20dir/train%20set.py"


def test_sarif_absolute_paths_inside_cwd_become_relative(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    finding = fit_finding(location=Location(str(tmp_path / "src" / "a.py"), 1, 1), related=(), fix=None)
    result = _sarif(Report(findings=[finding]))["runs"][0]["results"][0]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "src/a.py"


def test_sarif_only_registry_rules_and_every_result_declared() -> None:
    stray = fit_finding(code="LK999", name="nope", related=(), fix=None)
    log = _sarif(Report(findings=[fit_finding(), stray], files=1), rules=[FakeFitBeforeSplit])
    run = log["runs"][0]
    declared = {r["id"] for r in run["tool"]["driver"]["rules"]}
    assert declared == {"LK101"}
    assert all(r["ruleId"] in declared for r in run["results"]) and len(run["results"]) == 1
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert any("LK999" in n["message"]["text"] for n in notes)


def test_sarif_invocation_reports_file_errors() -> None:
    invocation = _sarif()["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    note = invocation["toolExecutionNotifications"][0]
    assert note["level"] == "error" and "unexpected indent" in note["message"]["text"]
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "broken.py"
    clean = _sarif(Report(files=1))["runs"][0]
    assert clean["invocations"][0] == {"executionSuccessful": True} and clean["results"] == []


# --------------------------------------------------------------------------- github


def test_github_annotations() -> None:
    lines = _render("github").splitlines()
    assert lines[1] == (
        "::error file=train.py,line=8,col=5,endLine=8,endColumn=28,title=leakscan (LK101)::"
        "StandardScaler is fitted on X before X is split (line 9)"
    )
    physical = SourceIndex(SOURCES).notebook_line("nb.ipynb", 3, 3)
    assert lines[0] == (
        f"::warning file=nb.ipynb,line={physical},title=leakscan (LK301)::"
        "cell 3, line 3, column 5: The model is chosen by its score on X_test"
    )
    assert lines[2] == "::error file=broken.py,title=leakscan (file error)::syntax error at line 3: unexpected indent"


def test_github_multiline_range_drops_columns() -> None:
    finding = fit_finding(location=Location("a.py", 3, 5, 6, 2))
    line = _render("github", Report(findings=[finding])).splitlines()[0]
    assert line.startswith("::error file=a.py,line=3,endLine=6,title=")
    assert "col=" not in line and "endColumn=" not in line


def test_github_escaping() -> None:
    assert github_fmt.escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert github_fmt.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    finding = fit_finding(message="50%: a,b\nc", location=Location("dir,x/a:b.py", 1, 1, 1, 4))
    line = _render("github", Report(findings=[finding])).splitlines()[0]
    assert line.startswith("::error file=dir%2Cx/a%3Ab.py,line=1,col=1,endLine=1,endColumn=4,")
    assert line.endswith("::50%25: a,b%0Ac")


# --------------------------------------------------------------------------- gitlab


def test_gitlab_code_quality_issues() -> None:
    issues = json.loads(_render("gitlab"))
    assert isinstance(issues, list) and len(issues) == 3
    by_check = {i["check_name"]: i for i in issues}
    fit = by_check["LK101"]
    assert fit["severity"] == "major" and by_check["LK301"]["severity"] == "minor"
    assert fit["location"] == {"path": "train.py", "lines": {"begin": 8, "end": 8}}
    assert "StandardScaler" in fit["description"]
    assert re.fullmatch(r"[0-9a-f]{32}", fit["fingerprint"])
    assert by_check["file-error"]["location"]["path"] == "broken.py"
    assert len({i["fingerprint"] for i in issues}) == 3


def test_gitlab_fingerprints_are_stable_and_unique() -> None:
    twins = Report(findings=[fit_finding(location=Location("t.py", n, 1)) for n in (1, 2)])
    sources = {"t.py": "fit(X)\nfit(X)\n"}
    first = [i["fingerprint"] for i in gitlab_fmt.build(twins, sources=sources)]
    shifted = Report(findings=[fit_finding(location=Location("t.py", n, 1)) for n in (3, 4)])
    second = [i["fingerprint"] for i in gitlab_fmt.build(shifted, sources={"t.py": "\n\nfit(X)\nfit(X)\n"})]
    assert first == second and len(set(first)) == 2
    identical = Report(findings=[fit_finding()] * 2, errors=[FileError("a.py", "x")] * 2)
    prints = [i["fingerprint"] for i in gitlab_fmt.build(identical)]
    assert len(set(prints)) == 4


def test_gitlab_exclusive_end_at_column_one_does_not_count_the_next_line() -> None:
    finding = fit_finding(location=Location("a.py", 3, 1, 5, 1))
    assert gitlab_fmt.build(Report(findings=[finding]))[0]["location"]["lines"] == {"begin": 3, "end": 4}


# --------------------------------------------------------------------------- rdjson


def test_rdjson_diagnostics_with_byte_columns_and_suggestions() -> None:
    finding = fit_finding(location=Location("u.py", 1, 9, 1, 12),
                          fix=Fix("safe", "rename", (Edit(1, 9, 1, 12, "Y"),)), related=())
    out = rdjson_fmt.build(Report(findings=[finding]), rules=RULES, sources={"u.py": "s = 'éé'; fit(X)\n"})
    assert out["source"]["name"] == "leakscan"
    diag = out["diagnostics"][0]
    assert diag["severity"] == "ERROR"
    assert diag["code"] == {"value": "LK101", "url": FakeFitBeforeSplit.url()}
    # two 2-byte characters before column 9 push the byte column to 11
    assert diag["location"]["range"] == {"start": {"line": 1, "column": 11}, "end": {"line": 1, "column": 14}}
    assert diag["suggestions"] == [{"range": {"start": {"line": 1, "column": 11}, "end": {"line": 1, "column": 14}},
                                    "text": "Y"}]


def test_rdjson_full_report() -> None:
    out = json.loads(_render("rdjson"))
    diags = out["diagnostics"]
    assert [d["severity"] for d in diags] == ["WARNING", "ERROR", "ERROR"]
    nb = diags[0]
    assert "suggestions" not in nb and nb["message"].startswith("cell 3, line 3")
    assert nb["location"]["range"]["start"]["line"] == SourceIndex(SOURCES).notebook_line("nb.ipynb", 3, 3)
    fit = diags[1]
    assert fit["related_locations"][0]["message"] == "split here"
    assert [s["text"] for s in fit["suggestions"]] == ["", "X_train = scaler.fit_transform(X_train)\n"]
    assert diags[2]["location"] == {"path": "broken.py"}


def test_rdjson_without_sources_passes_columns_through() -> None:
    out = rdjson_fmt.build(Report(findings=[fit_finding()]))
    assert out["diagnostics"][0]["location"]["range"]["start"] == {"line": 8, "column": 5}


# --------------------------------------------------------------------------- markdown


def test_markdown_review_comment() -> None:
    out = _render("markdown")
    assert out.startswith(markdown_fmt.MARKER + "\n")
    assert "### leakscan: 2 leaks found in 2 files" in out
    assert "1 error · 1 warning · 2 with an automatic fix · 12 files scanned" in out
    assert out.index("#### `nb.ipynb`") < out.index("#### `train.py`")
    assert "**LK101** `fit-before-split` (error) at line 8, column 5" in out
    assert "> 8 | X = scaler.fit_transform(X)  # é" in out
    assert "  6 | \n" not in out  # trailing spaces trimmed in excerpts
    assert "> 3 |     score(X_test)" in out  # notebook excerpt comes from the cell
    assert "#### 1 file could not be analyzed" in out and "- `broken.py`: syntax error" in out


def test_markdown_mermaid_flow() -> None:
    chart = markdown_fmt.mermaid(fit_finding(), SourceIndex(SOURCES))
    lines = chart.splitlines()
    assert lines[0] == "```mermaid" and lines[1] == "flowchart TD" and lines[-1] == "```"
    assert lines[2] == '    n0["LK101: line 8<br/>X = scaler.fit_transform(X) #35; é"]'
    assert 'n0 -->|"split here"| n1' in chart
    assert 'n1["line 9<br/>X_train, X_test, y_train, y_test = train_test_split(X, y)"]' in chart


def test_markdown_escapes_hostile_text() -> None:
    finding = fit_finding(message='uses <script> and *stars* and "quotes"',
                          related=(Related(Location("train.py", 9, 1), 'split "here" | <b>'),))
    out = _render("markdown", Report(findings=[finding], files=1))
    assert r"uses \<script\> and \*stars\*" in out
    assert '-->|"split #quot;here#quot; #124; #lt;b#gt;"|' in out


def test_markdown_fence_outgrows_backticks_in_code() -> None:
    finding = fit_finding(location=Location("t.py", 1, 1), related=(), fix=None)
    out = _render("markdown", Report(findings=[finding], files=1), sources={"t.py": "x = '```'\n"})
    assert "````python\n> 1 | x = '```'\n````" in out


def test_markdown_no_findings() -> None:
    out = _render("markdown", Report(files=12))
    assert out == f"{markdown_fmt.MARKER}\n\n### leakscan: no leaks found\n\nScanned 12 files.\n"


# --------------------------------------------------------------------------- sources


def test_source_index_reads_cells_from_raw_notebook_or_per_cell_keys() -> None:
    index = SourceIndex({"nb.ipynb": NOTEBOOK, "other.ipynb:cell 2": "a\nb\n"})
    assert index.line(Location("nb.ipynb", 2, 1, cell=2)) == "search(X_test)"
    assert index.line(Location("other.ipynb", 2, 1, cell=2)) == "b"
    assert index.line(Location("nb.ipynb", 9, 1, cell=2)) is None
    assert index.notebook_line("nb.ipynb", 9, 1) is None


def test_source_index_does_not_split_on_form_feeds() -> None:
    index = SourceIndex({"f.py": "a = 1\x0c\nb = 2\n"})
    assert index.line_at("f.py", 2) == "b = 2"


def test_notebook_line_refuses_unproven_layouts() -> None:
    compact = json.dumps({"cells": [{"cell_type": "code", "source": "x = 1\ny = 2"}]})
    assert SourceIndex({"n.ipynb": compact}).notebook_line("n.ipynb", 1, 2) is None
