"""Autofix: each fixer's exact output, what it refuses, and how fixes reach files (SPEC section 6)."""

from __future__ import annotations

from collections import Counter

import json
import os
import stat
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from leakscan import scan_source
from leakscan.api import parse_source
from leakscan.cli import main
from leakscan.findings import Edit
from leakscan.fixes import apply as fix_apply
from leakscan.fixes import fixer_for
from leakscan.fixes.apply import apply_edits, apply_fixes, fix_source, unified_diff, write_atomic

IMPORTS = """\
import pandas as pd
from sklearn.model_selection import train_test_split, cross_val_score, GridSearchCV
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.svm import SVC
from imblearn.over_sampling import SMOTE
"""


def src(body: str) -> str:
    return IMPORTS + textwrap.dedent(body).lstrip("\n")


def fixed(text: str, unsafe: bool = True, path: str = "train.py") -> str:
    return fix_source(text, path, unsafe=unsafe).fixed


def codes(text: str, path: str = "train.py") -> list[str]:
    return [f.code for f in scan_source(text, path)]


def check_fix(before: str, after: str, gone: str) -> None:
    """The fixer's exact output; it parses, the finding is gone, and a second run changes nothing."""
    assert gone in codes(before)
    got = fixed(before)
    assert got == after
    parse_source(got, "train.py")
    assert gone not in codes(got)
    assert fixed(got) == got


# --------------------------------------------------------------------- LK101
def test_lk101_in_place_fit_transform_moves_after_the_split():
    before = src("""
        df = pd.read_csv("data.csv")
        X = df.drop(columns=["y"])
        y = df["y"]
        # scale the features
        scaler = StandardScaler()
        X = scaler.fit_transform(X)

        X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2)
        model = LogisticRegression().fit(X_train, y_train)
        print(model.score(X_test, y_test))
    """)
    after = src("""
        df = pd.read_csv("data.csv")
        X = df.drop(columns=["y"])
        y = df["y"]
        # scale the features
        scaler = StandardScaler()

        X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2)
        X_train = scaler.fit_transform(X_train)
        X_test = scaler.transform(X_test)
        model = LogisticRegression().fit(X_train, y_train)
        print(model.score(X_test, y_test))
    """)
    check_fix(before, after, "LK101")


def test_lk101_separate_fit_and_transform():
    before = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        scaler = StandardScaler()
        scaler.fit(X)
        X = scaler.transform(X)
        X_train, X_test, y_train, y_test = train_test_split(X, y)
        LogisticRegression().fit(X_train, y_train).score(X_test, y_test)
    """)
    after = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        scaler = StandardScaler()
        X_train, X_test, y_train, y_test = train_test_split(X, y)
        scaler.fit(X_train)
        X_train = scaler.transform(X_train)
        X_test = scaler.transform(X_test)
        LogisticRegression().fit(X_train, y_train).score(X_test, y_test)
    """)
    check_fix(before, after, "LK101")


def test_lk101_chained_constructor_into_a_new_name():
    before = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        X_scaled = StandardScaler().fit_transform(X)  # scaled
        X_train, X_test, y_train, y_test = train_test_split(X_scaled, y, stratify=y)
        LogisticRegression().fit(X_train, y_train).score(X_test, y_test)
    """)
    after = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y)
        standard_scaler = StandardScaler()
        X_train = standard_scaler.fit_transform(X_train)  # scaled
        X_test = standard_scaler.transform(X_test)
        LogisticRegression().fit(X_train, y_train).score(X_test, y_test)
    """)
    check_fix(before, after, "LK101")


def test_lk101_fit_inside_a_helper_called_before_the_split():
    before = src("""
        def prepare(frame):
            out = frame.copy()
            scaler = StandardScaler()
            out[["a", "b"]] = scaler.fit_transform(out[["a", "b"]])
            return out


        df = pd.read_csv("data.csv")
        X = prepare(df)
        y = pd.read_csv("labels.csv")
        X_train, X_test, y_train, y_test = train_test_split(X, y)
        LogisticRegression().fit(X_train, y_train).score(X_test, y_test)
    """)
    after = src("""
        def prepare(frame, scaler=None, fit=True):
            out = frame.copy()
            if scaler is None:
                scaler = StandardScaler()
            if fit:
                out[["a", "b"]] = scaler.fit_transform(out[["a", "b"]])
            else:
                out[["a", "b"]] = scaler.transform(out[["a", "b"]])
            return out


        df = pd.read_csv("data.csv")
        y = pd.read_csv("labels.csv")
        df_train, df_test, y_train, y_test = train_test_split(df, y)
        scaler = StandardScaler()
        X_train = prepare(df_train, scaler=scaler)
        X_test = prepare(df_test, scaler=scaler, fit=False)
        LogisticRegression().fit(X_train, y_train).score(X_test, y_test)
    """)
    check_fix(before, after, "LK101")


def test_lk101_refuses_when_the_whole_data_is_used_after_the_split():
    text = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        scaler = StandardScaler()
        X = scaler.fit_transform(X)
        X_train, X_test, y_train, y_test = train_test_split(X, y)
        LogisticRegression().fit(X_train, y_train).score(X_test, y_test)
        final = LogisticRegression().fit(X, y)
    """)
    [finding] = [f for f in scan_source(text, "t.py") if f.code == "LK101"]
    assert finding.fix is None


def test_lk101_refuses_when_code_between_reads_the_moved_data():
    text = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        X = StandardScaler().fit_transform(X)
        X = X[:, :3]
        X_train, X_test, y_train, y_test = train_test_split(X, y)
        LogisticRegression().fit(X_train, y_train).score(X_test, y_test)
    """)
    [finding] = [f for f in scan_source(text, "t.py") if f.code == "LK101"]  # reported, and
    assert finding.fix is None  # without a fix


# --------------------------------------------------------------------- LK102
def test_lk102_fits_on_the_training_piece():
    before = src("""
        train = pd.read_csv("train.csv")
        test = pd.read_csv("test.csv")
        full = pd.concat([train, test])
        scaler = StandardScaler().fit(full[["a", "b"]])
        train[["a", "b"]] = scaler.transform(train[["a", "b"]])
        test[["a", "b"]] = scaler.transform(test[["a", "b"]])
    """)
    after = before.replace('StandardScaler().fit(full[["a", "b"]])', 'StandardScaler().fit(train[["a", "b"]])')
    check_fix(before, after, "LK102")


def test_lk102_fit_transform_keeps_transforming_the_combined_data():
    before = src("""
        train = pd.read_csv("train.csv")
        test = pd.read_csv("test.csv")
        both = pd.concat([train, test])
        scaled = StandardScaler().fit_transform(both)
        train_part = scaled[: len(train)]
    """)
    after = before.replace("StandardScaler().fit_transform(both)", "StandardScaler().fit(train).transform(both)")
    check_fix(before, after, "LK102")


# --------------------------------------------------------------------- LK103
REFIT = src("""
    X = pd.read_csv("x.csv")
    y = pd.read_csv("y.csv")
    X_train, X_test, y_train, y_test = train_test_split(X, y)
    sc = StandardScaler()
    X_train = sc.fit_transform(X_train)
    X_test = sc.fit_transform(X_test)  # refit
""")


def test_lk103_is_a_safe_fix_applied_by_fix_alone():
    [finding] = [f for f in scan_source(REFIT, "t.py") if f.code == "LK103"]
    assert finding.fix is not None and finding.fix.applicability == "safe"
    # an in-line edit: only `fit_transform` -> `transform` changes
    [edit] = finding.fix.edits
    assert edit.line == edit.end_line and edit.content == ""
    after = REFIT.replace("X_test = sc.fit_transform(X_test)", "X_test = sc.transform(X_test)")
    assert fixed(REFIT, unsafe=False) == after
    check_fix(REFIT, after, "LK103")


def test_lk103_bare_refit_statement_is_removed():
    before = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        X_train, X_test, y_train, y_test = train_test_split(X, y)
        sc = StandardScaler().fit(X_train)
        X_train = sc.transform(X_train)
        sc.fit(X_test)
        X_test = sc.transform(X_test)
    """)
    after = before.replace("sc.fit(X_test)\n", "")
    check_fix(before, after, "LK103")


def test_lk103_without_a_training_fit_gets_no_fix():
    text = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        X_train, X_test, y_train, y_test = train_test_split(X, y)
        X_test = StandardScaler().fit_transform(X_test)
    """)
    [finding] = [f for f in scan_source(text, "t.py") if f.code == "LK103"]
    assert finding.fix is None


# --------------------------------------------------------------------- LK104
def test_lk104_cross_val_score_gets_a_pipeline():
    before = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        scaler = StandardScaler()
        X_scaled = scaler.fit_transform(X)
        scores = cross_val_score(LogisticRegression(), X_scaled, y, cv=5)
    """)
    after = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        scaler = StandardScaler()
        scores = cross_val_score(make_pipeline(scaler, LogisticRegression()), X, y, cv=5)
    """).replace(
        "from imblearn.over_sampling import SMOTE\n",
        "from imblearn.over_sampling import SMOTE\nfrom sklearn.pipeline import make_pipeline\n",
    )
    check_fix(before, after, "LK104")


def test_lk104_grid_search_renames_the_grid_keys():
    before = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        X = StandardScaler().fit_transform(X)
        grid = {"C": [0.1, 1], 'gamma': ["scale"]}
        search = GridSearchCV(SVC(), grid, cv=3)
        search.fit(X, y)
        print(search.best_params_)
    """)
    after = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        grid = {"svc__C": [0.1, 1], 'svc__gamma': ["scale"]}
        search = GridSearchCV(make_pipeline(StandardScaler(), SVC()), grid, cv=3)
        search.fit(X, y)
        print(search.best_params_)
    """).replace(
        "from imblearn.over_sampling import SMOTE\n",
        "from imblearn.over_sampling import SMOTE\nfrom sklearn.pipeline import make_pipeline\n",
    )
    check_fix(before, after, "LK104")


def test_lk104_refuses_when_the_searched_model_is_used_afterwards():
    text = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        X_s = StandardScaler().fit_transform(X)
        search = GridSearchCV(SVC(), {"C": [1, 10]})
        search.fit(X_s, y)
        print(search.best_estimator_.predict(X_s))
    """)
    [finding] = [f for f in scan_source(text, "t.py") if f.code == "LK104"]
    assert finding.fix is None


# --------------------------------------------------------------------- LK201
def test_lk201_resamples_the_training_part_only():
    before = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        X_res, y_res = SMOTE().fit_resample(X, y)
        print(y_res.value_counts())
        X_train, X_test, y_train, y_test = train_test_split(X_res, y_res, stratify=y_res)
        LogisticRegression().fit(X_train, y_train).score(X_test, y_test)
    """)
    after = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y)
        X_train, y_train = SMOTE().fit_resample(X_train, y_train)
        print(y_train.value_counts())
        LogisticRegression().fit(X_train, y_train).score(X_test, y_test)
    """)
    check_fix(before, after, "LK201")


# --------------------------------------------------------------------- LK301
def test_lk301_early_stopping_monitors_a_validation_split():
    before = src("""
        from xgboost import XGBClassifier
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        X_train, X_test, y_train, y_test = train_test_split(X, y)
        model = XGBClassifier(early_stopping_rounds=20)
        model.fit(X_train, y_train, eval_set=[(X_test, y_test)], verbose=False)
        print(model.score(X_test, y_test))
    """)
    after = src("""
        from xgboost import XGBClassifier
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        X_train, X_test, y_train, y_test = train_test_split(X, y)
        model = XGBClassifier(early_stopping_rounds=20)
        X_fit, X_val, y_fit, y_val = train_test_split(X_train, y_train, test_size=0.2, random_state=0)
        model.fit(X_fit, y_fit, eval_set=[(X_val, y_val)], verbose=False)
        print(model.score(X_test, y_test))
    """)
    check_fix(before, after, "LK301")


def test_lk301_tuning_loop_scores_on_a_validation_split():
    before = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        X_train, X_test, y_train, y_test = train_test_split(X, y)
        scores = []
        for c in [0.1, 1, 10]:
            model = SVC(C=c).fit(X_train, y_train)
            scores.append(model.score(X_test, y_test))
        best = [0.1, 1, 10][scores.index(max(scores))]
    """)
    after = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        X_train, X_test, y_train, y_test = train_test_split(X, y)
        scores = []
        X_fit, X_val, y_fit, y_val = train_test_split(X_train, y_train, test_size=0.2, random_state=0)
        for c in [0.1, 1, 10]:
            model = SVC(C=c).fit(X_fit, y_fit)
            scores.append(model.score(X_val, y_val))
        best = [0.1, 1, 10][scores.index(max(scores))]
    """)
    check_fix(before, after, "LK301")


def test_lk301_search_on_test_data_searches_on_training_data():
    before = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        X_train, X_test, y_train, y_test = train_test_split(X, y)
        search = GridSearchCV(SVC(), {"C": [1, 10]})
        search.fit(X_test, y_test)
    """)
    after = before.replace("search.fit(X_test, y_test)", "search.fit(X_train, y_train)")
    check_fix(before, after, "LK301")


# --------------------------------------------------------------------- general properties
def test_comments_and_formatting_elsewhere_are_untouched():
    before = src("""
        # -- data --------------------------------------------------------------
        X = pd.read_csv(  "x.csv" )   # odd spacing kept
        y = pd.read_csv("y.csv")  ;  z = [1,
              2]

        def helper( a ,b ):
            '''doc'''
            return a+b   # inline
        X = StandardScaler().fit_transform(X)
        X_train, X_test, y_train, y_test = train_test_split(X, y)
        # trailing comment
    """)
    got = fixed(before)
    old_lines = before.splitlines()
    new_lines = got.splitlines()
    untouched = [line for line in old_lines if "fit_transform" not in line and "train_test_split(X, y)" not in line]
    for line in untouched:
        assert line in new_lines
    assert got.endswith("# trailing comment\n")


def test_crlf_newlines_are_kept():
    text = REFIT.replace("\n", "\r\n")
    got = fixed(text)
    assert "X_test = sc.transform(X_test)  # refit\r\n" in got
    assert "\n" not in got.replace("\r\n", "")


def test_two_fixes_on_one_split_apply_one_after_the_other():
    before = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        X = StandardScaler().fit_transform(X)
        X_bal, y_bal = SMOTE().fit_resample(X, y)
        X_train, X_test, y_train, y_test = train_test_split(X_bal, y_bal)
        LogisticRegression().fit(X_train, y_train).score(X_test, y_test)
    """)
    result = fix_source(before, "t.py", unsafe=True)
    assert sorted(f.code for f in result.applied) == ["LK101", "LK201"]
    assert [f.code for f in result.remaining] == ["LK601"]  # accuracy alone after SMOTE: a warning, no fix
    assert result.fixed == src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        X_train, X_test, y_train, y_test = train_test_split(X, y)
        standard_scaler = StandardScaler()
        X_train = standard_scaler.fit_transform(X_train)
        X_test = standard_scaler.transform(X_test)
        X_train, y_train = SMOTE().fit_resample(X_train, y_train)
        LogisticRegression().fit(X_train, y_train).score(X_test, y_test)
    """)


def test_safe_only_leaves_unsafe_fixes_alone():
    text = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        X = StandardScaler().fit_transform(X)
        X_train, X_test, y_train, y_test = train_test_split(X, y)
    """)
    result = fix_source(text, "t.py", unsafe=False)
    assert not result.changed and [f.code for f in result.remaining] == ["LK101"]


def test_a_fixer_bug_never_breaks_the_scan(monkeypatch):
    import leakscan.fixes as fixes

    def broken(analysis, hit):
        raise RuntimeError("bug")

    monkeypatch.setitem(fixes._FIXERS, "LK103", broken)
    [finding] = [f for f in scan_source(REFIT, "t.py") if f.code == "LK103"]
    assert finding.fix is None


def test_a_fix_that_would_not_parse_is_dropped(monkeypatch):
    from leakscan.findings import Fix

    real = fixer_for("LK103")

    def bad(analysis, hit):
        fix = real(analysis, hit)
        return Fix(fix.applicability, fix.message, (Edit(1, 1, 1, 1, "def (:\n"),))

    import leakscan.fixes as fixes

    monkeypatch.setitem(fixes._FIXERS, "LK103", bad)
    result = fix_source(REFIT, "t.py")
    assert not result.changed and result.failed and "LK103" in result.failed[0]


def test_registry():
    assert fixer_for("LK101") is not None and fixer_for("LK999") is None
    from leakscan.rules import all_rules

    for rule in all_rules():
        assert rule.fixable == (fixer_for(rule.code) is not None), rule.code
        if rule.fixable:
            assert rule.fix_safety != "No automatic fix is offered."


def test_apply_edits_refuses_overlaps():
    assert apply_edits("abc\ndef\n", [Edit(2, 1, 2, 4, "xyz"), Edit(1, 2, 1, 2, "-")]) == "a-bc\nxyz\n"
    with pytest.raises(ValueError):
        apply_edits("abc\n", [Edit(1, 1, 1, 3, "x"), Edit(1, 2, 1, 4, "y")])


# --------------------------------------------------------------------- notebooks
def _notebook(cells: list[tuple[str, str]]) -> str:
    out = []
    for i, (kind, source) in enumerate(cells):
        cell = {"cell_type": kind, "id": f"c{i}", "metadata": {}, "source": source.splitlines(keepends=True)}
        if kind == "code":
            cell["execution_count"] = i + 1
            cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": [f"output {i}\n"]}]
        out.append(cell)
    doc = {"cells": out, "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1) + "\n"


def test_notebook_fix_changes_cell_sources_only(tmp_path):
    text = _notebook([
        ("code", IMPORTS),
        ("markdown", "# Data"),
        ("code", 'X = pd.read_csv("x.csv")\ny = pd.read_csv("y.csv")\nscaler = StandardScaler()\nX = scaler.fit_transform(X)'),
        ("code", "%time X_train, X_test, y_train, y_test = train_test_split(X, y)"),
        ("code", "LogisticRegression().fit(X_train, y_train).score(X_test, y_test)"),
    ])
    path = tmp_path / "nb.ipynb"
    path.write_text(text, encoding="utf-8")
    [finding] = scan_source(text, str(path))
    assert finding.fix is not None and all(e.cell is not None for e in finding.fix.edits)
    result = apply_fixes(str(path), unsafe=True)
    assert result.written and result.remaining == []
    old, new = json.loads(text), json.loads(path.read_text(encoding="utf-8"))
    for a, b in zip(old["cells"], new["cells"]):
        assert {k: v for k, v in a.items() if k != "source"} == {k: v for k, v in b.items() if k != "source"}
    assert "".join(new["cells"][2]["source"]) == 'X = pd.read_csv("x.csv")\ny = pd.read_csv("y.csv")\nscaler = StandardScaler()'
    assert "".join(new["cells"][3]["source"]) == (
        "%time X_train, X_test, y_train, y_test = train_test_split(X, y)\n"
        "X_train = scaler.fit_transform(X_train)\n"
        "X_test = scaler.transform(X_test)"
    )
    assert apply_fixes(str(path), unsafe=True).changed is False
    diff = unified_diff(fix_source(text, str(path), unsafe=True))
    assert "nb.ipynb:cell 4" in diff and '"outputs"' not in diff


# --------------------------------------------------------------------- files
def test_file_keeps_mode_encoding_and_declaration(tmp_path):
    text = "# -*- coding: latin-1 -*-\n# caf\u00e9\n" + REFIT
    path = tmp_path / "train.py"
    path.write_bytes(text.encode("latin-1"))
    path.chmod(0o640)
    result = apply_fixes(str(path))
    assert result.written
    data = path.read_bytes()
    assert "caf\u00e9".encode("latin-1") in data
    assert b"sc.transform(X_test)" in data
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_interrupted_write_leaves_the_original_intact(tmp_path, monkeypatch):
    path = tmp_path / "train.py"
    path.write_text(REFIT, encoding="utf-8")

    def crash(src: str, dst: str) -> None:
        raise OSError(5, "simulated crash")

    monkeypatch.setattr(fix_apply.os, "replace", crash)
    result = apply_fixes(str(path))
    assert result.error is not None and "simulated crash" in result.error.message
    assert path.read_text(encoding="utf-8") == REFIT
    assert os.listdir(tmp_path) == ["train.py"]  # no temporary file left behind
    assert [f.code for f in result.remaining] == ["LK103"]


def test_read_only_file_is_reported_not_written(tmp_path):
    path = tmp_path / "train.py"
    path.write_text(REFIT, encoding="utf-8")
    path.chmod(0o444)
    try:
        result = apply_fixes(str(path))
        assert result.error is not None and "read-only" in result.error.message
        assert path.read_text(encoding="utf-8") == REFIT
        assert os.listdir(tmp_path) == ["train.py"]
    finally:
        path.chmod(0o644)


def test_symlink_target_is_written_and_link_kept(tmp_path):
    real = tmp_path / "real.py"
    real.write_text(REFIT, encoding="utf-8")
    link = tmp_path / "link.py"
    link.symlink_to(real)
    write_atomic(str(link), b"x = 1\n")
    assert link.is_symlink() and real.read_bytes() == b"x = 1\n"


def test_file_changed_meanwhile_is_not_overwritten(tmp_path):
    path = tmp_path / "t.py"
    path.write_bytes(b"new\n")
    with pytest.raises(OSError):
        write_atomic(str(path), b"fixed\n", expected=b"old\n")
    assert path.read_bytes() == b"new\n"


# --------------------------------------------------------------------- command line
def _project(tmp_path: Path) -> Path:
    (tmp_path / "refit.py").write_text(REFIT, encoding="utf-8")
    (tmp_path / "before.py").write_text(src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        X = StandardScaler().fit_transform(X)
        X_train, X_test, y_train, y_test = train_test_split(X, y)
    """), encoding="utf-8")
    (tmp_path / "clean.py").write_text("x = 1\n", encoding="utf-8")
    return tmp_path


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_cli_diff_writes_nothing_and_exits_1(tmp_path):
    folder = _project(tmp_path)
    before = _snapshot(folder)
    result = CliRunner().invoke(main, ["check", "--diff", "--no-cache", str(folder)])
    assert result.exit_code == 1, result.output
    assert "-X_test = sc.fit_transform(X_test)  # refit" in result.output
    assert "+X_test = sc.transform(X_test)  # refit" in result.output
    assert "before.py" not in result.output  # unsafe fixes need --unsafe-fixes
    assert _snapshot(folder) == before
    unsafe = CliRunner().invoke(main, ["check", "--diff", "--unsafe-fixes", str(folder)])
    assert unsafe.exit_code == 1 and "before.py" in unsafe.output
    assert _snapshot(folder) == before


def test_cli_diff_exits_0_when_nothing_to_fix(tmp_path):
    (tmp_path / "clean.py").write_text("x = 1\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--diff", str(tmp_path)])
    assert result.exit_code == 0 and result.output == ""


def test_cli_fix_applies_safe_fixes_and_reports_what_remains(tmp_path):
    folder = _project(tmp_path)
    result = CliRunner().invoke(main, ["check", "--fix", str(folder)])
    assert result.exit_code == 1
    assert "LK101" in result.output and "LK103" not in result.output
    assert "Fixed 1 leak (1 remaining)." in result.output
    assert "sc.transform(X_test)" in (folder / "refit.py").read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--fix", "--unsafe-fixes", str(folder)])
    assert result.exit_code == 0, result.output
    assert "Fixed 1 leak (0 remaining)." in result.output
    again = _snapshot(folder)
    result = CliRunner().invoke(main, ["check", "--fix", "--unsafe-fixes", str(folder)])
    assert result.exit_code == 0 and _snapshot(folder) == again


def test_cli_fix_with_json_keeps_stdout_parseable(tmp_path):
    folder = _project(tmp_path)
    result = CliRunner().invoke(main, ["check", "--fix", "--format", "json", str(folder)])
    data = json.loads(result.stdout)
    assert [f["code"] for f in data["findings"]] == ["LK101"]
    assert data["findings"][0]["fix"]["applicability"] == "unsafe"


def test_cli_unsafe_fixes_alone_only_reports(tmp_path):
    folder = _project(tmp_path)
    before = _snapshot(folder)
    result = CliRunner().invoke(main, ["check", "--unsafe-fixes", "--no-cache", str(folder)])
    assert result.exit_code == 1 and _snapshot(folder) == before


def test_cli_fix_reads_stdin_and_prints_the_fixed_program():
    result = CliRunner().invoke(main, ["check", "--fix", "-", "--stdin-filename", "t.py"], input=REFIT)
    assert "X_test = sc.transform(X_test)  # refit" in result.stdout
    assert result.exit_code == 0


# --------------------------------------------------------------------- the whole fixture corpus
CORPUS = sorted(p for p in (Path(__file__).resolve().parent.parent / "fixtures").rglob("*") if p.suffix in (".py", ".ipynb"))


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_fixture_fixes_to_code_that_parses_and_stays_fixed(path):
    text = path.read_text(encoding="utf-8")
    result = fix_source(text, str(path), unsafe=True)
    assert result.failed == []
    offered = [f for f in result.before if f.fix is not None]
    assert result.changed == bool(offered)  # a fix offered is a fix made; none offered, nothing changes
    assert bool(result.applied) == bool(offered)
    if not result.changed:
        assert result.fixed == text and result.remaining == result.before
        return
    fixed = parse_source(result.fixed, str(path))
    # each applied fix removed its own finding and brought in no other
    before, applied, remaining = (Counter(f.code for f in fs) for fs in (result.before, result.applied, result.remaining))
    assert remaining - (before - applied) == Counter(), (before, applied, remaining)
    # and what it wrote is in the fixed program
    program = fixed.text if fixed.notebook is not None else result.fixed
    for finding in result.applied:
        for edit in finding.fix.edits:
            for line in edit.content.splitlines():
                assert line.strip() in program, (finding.code, line)
    assert not fix_source(result.fixed, str(path), unsafe=True).changed


# --------------------------------------------------------------------- issue 17: more shapes
def test_lk105_fill_moves_after_the_split_and_learns_on_the_training_part():
    before = src("""
        df = pd.read_csv("d.csv")
        df["age"] = df["age"].fillna(df["age"].median())
        df["ratio"] = df["a"] / df["b"]
        train, test = train_test_split(df, test_size=0.2, random_state=0)
        print(train.shape)
    """)
    after = src("""
        df = pd.read_csv("d.csv")
        df["ratio"] = df["a"] / df["b"]
        train, test = train_test_split(df, test_size=0.2, random_state=0)
        age_median = train["age"].median()
        train["age"] = train["age"].fillna(age_median)
        test["age"] = test["age"].fillna(age_median)
        print(train.shape)
    """)
    check_fix(before, after, "LK105")


def test_lk105_target_encoding_read_by_later_features_is_learned_on_the_split_rows():
    before = src("""
        df = pd.read_csv("d.csv")
        df["city_te"] = df.groupby("city")["price"].transform("mean")
        X = df[["city_te", "rooms"]]
        X_train, X_test, y_train, y_test = train_test_split(X, df["price"], test_size=0.2, random_state=1)
    """)
    after = src("""
        df = pd.read_csv("d.csv")
        train_rows = train_test_split(range(len(df)), test_size=0.2, random_state=1)[0]  # the rows the split below trains on
        df["city_te"] = df["city"].map(df.iloc[train_rows].groupby("city")["price"].agg("mean"))
        X = df[["city_te", "rooms"]]
        X_train, X_test, y_train, y_test = train_test_split(X, df["price"], test_size=0.2, random_state=1)
    """)
    check_fix(before, after, "LK105")


def test_lk105_refuses_when_rows_change_between_and_says_why():
    text = src("""
        df = pd.read_csv("d.csv")
        df["city_te"] = df.groupby("city")["price"].transform("mean")
        df = df.dropna()
        X = df[["city_te", "rooms"]]
        X_train, X_test, y_train, y_test = train_test_split(X, df["price"], test_size=0.2, random_state=1)
    """)
    [finding] = [f for f in scan_source(text, "t.py") if f.code == "LK105"]
    assert finding.fix is None
    assert "rows" in (finding.no_fix_reason or "")


def test_no_fix_reason_reaches_the_json_report(tmp_path):
    path = tmp_path / "t.py"
    path.write_text(src("""
        df = pd.read_csv("d.csv")
        df["city_te"] = df.groupby("city")["price"].transform("mean")
        df = df.dropna()
        X = df[["city_te", "rooms"]]
        X_train, X_test, y_train, y_test = train_test_split(X, df["price"], test_size=0.2, random_state=1)
    """), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--no-cache", "--format", "json", str(path)])
    [finding] = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "LK105"]
    assert finding["fix"] is None and finding["no_fix_reason"]
    fixed_one = [f for f in json.loads(CliRunner().invoke(main, ["check", "--no-cache", "--format", "json", "-", "--stdin-filename", "u.py"], input=REFIT).stdout)["findings"]]
    assert all("no_fix_reason" not in f for f in fixed_one if f["fix"] is not None)


def test_lk201_before_cross_validation_becomes_an_imbalanced_learn_pipeline():
    before = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        X_res, y_res = SMOTE(random_state=0).fit_resample(X, y)
        scores = cross_val_score(LogisticRegression(), X_res, y_res, cv=5)
    """)
    after = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        scores = cross_val_score(make_pipeline(SMOTE(random_state=0), LogisticRegression()), X, y, cv=5)
    """).replace(
        "from imblearn.over_sampling import SMOTE\n",
        "from imblearn.over_sampling import SMOTE\nfrom imblearn.pipeline import make_pipeline\n",
    )
    check_fix(before, after, "LK201")


def test_lk104_covers_every_cross_validation_of_the_matrix():
    before = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        X = StandardScaler().fit_transform(X)
        a = cross_val_score(LogisticRegression(), X, y, cv=5)
        b = cross_val_score(SVC(), X, y, cv=5)
    """)
    got = fixed(before)
    assert "cross_val_score(make_pipeline(StandardScaler(), LogisticRegression()), X, y, cv=5)" in got
    assert "cross_val_score(make_pipeline(StandardScaler(), SVC()), X, y, cv=5)" in got
    assert "fit_transform" not in got
    assert "LK104" not in codes(got) and fixed(got) == got


def test_lk104_search_predicts_the_untransformed_test_data():
    before = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
        scaler = StandardScaler()
        X_train_s = scaler.fit_transform(X_train)
        X_test_s = scaler.transform(X_test)
        grid = GridSearchCV(SVC(), {"C": [1, 10]}, cv=3)
        grid.fit(X_train_s, y_train)
        print(grid.score(X_test_s, y_test))
    """)
    got = fixed(before)
    assert 'GridSearchCV(make_pipeline(scaler, SVC()), {"svc__C": [1, 10]}, cv=3)' in got
    assert "grid.fit(X_train, y_train)" in got and "grid.score(X_test, y_test)" in got
    assert "scaler.transform" not in got and "scaler.fit_transform" not in got
    assert "LK104" not in codes(got) and fixed(got) == got


def test_lk103_second_transformer_is_replaced_by_the_training_one():
    before = src("""
        X = pd.read_csv("x.csv")
        y = pd.read_csv("y.csv")
        X_train, X_test, y_train, y_test = train_test_split(X, y)
        sc_train = StandardScaler()
        X_train = sc_train.fit_transform(X_train)
        sc_test = StandardScaler()
        X_test = sc_test.fit_transform(X_test)
    """)
    after = before.replace("X_test = sc_test.fit_transform(X_test)", "X_test = sc_train.transform(X_test)")
    check_fix(before, after, "LK103")


def _executed_notebook(path: Path, sources: list[str]) -> None:
    cells = [
        {"cell_type": "code", "execution_count": i + 1, "metadata": {},
         "outputs": [{"output_type": "stream", "name": "stdout", "text": [f"out {i}\n"]}],
         "source": src.splitlines(keepends=True)}
        for i, src in enumerate(sources)
    ]
    meta = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    path.write_text(json.dumps({"cells": cells, "metadata": meta, "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8")


def test_notebook_fix_moves_statements_across_cells_and_the_diff_says_so(tmp_path):
    path = tmp_path / "nb.ipynb"
    _executed_notebook(path, [
        "import pandas as pd\nfrom sklearn.model_selection import train_test_split",
        'df = pd.read_csv("t.csv")\ndf["Age"] = df["Age"].fillna(df["Age"].median())\ndf["F2"] = df["F"] * 2',
        "train, test = train_test_split(df, test_size=0.2, random_state=0)\nprint(len(train))",
    ])
    diff = CliRunner().invoke(main, ["check", "--no-cache", "--diff", "--unsafe-fixes", str(path)]).output
    assert "cell 2 (statements moved to cell 3)" in diff
    assert "cell 3 (statements moved here from cell 2)" in diff
    result = CliRunner().invoke(main, ["check", "--no-cache", "--fix", "--unsafe-fixes", str(path)])
    assert result.exit_code == 0, result.output
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    assert [c["outputs"][0]["text"] for c in cells] == [["out 0\n"], ["out 1\n"], ["out 2\n"]]
    assert "median" not in "".join(cells[1]["source"])
    assert 'age_median = train["Age"].median()' in "".join(cells[2]["source"])
    again = CliRunner().invoke(main, ["check", "--no-cache", "--fix", "--unsafe-fixes", str(path)])
    assert "Fixed 0 leaks" in again.output
