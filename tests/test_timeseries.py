"""Time order in the graph (windows, time index) and the rules that read it: LK502, LK503, LK601."""

from __future__ import annotations

import math
import textwrap
from pathlib import Path

import libcst as cst
from click.testing import CliRunner

from leakscan import knowledge as K
from leakscan.api import Options, scan_source
from leakscan.cli import main
from leakscan.config import load_config
from leakscan.graph.builder import Builder
from leakscan.graph.timefacts import ColumnWrite, TimeIndexEvent, WindowEvent


def _program(src: str):
    return Builder(cst.parse_module(textwrap.dedent(src))).build()


def _codes(src: str, knowledge: K.Knowledge = K.DEFAULT) -> set[tuple[int, str]]:
    return {(f.location.line, f.code) for f in scan_source(textwrap.dedent(src), "t.py", options=Options(knowledge=knowledge))}


def test_windows_know_their_direction():
    program = _program(
        """
        df = pd.read_csv("s.csv")
        df["lag"] = df["y"].shift(1)
        df["lead"] = df["y"].shift(-2)
        df["ma"] = df["y"].rolling(7).mean()
        df["ma_c"] = df["y"].rolling(5, center=True).mean()
        df["ma_lag"] = df["y"].rolling(7).mean().shift(1)
        df["cum"] = df["y"].expanding().sum()
        """
    )
    windows = {w.column: w for w in program.of_type(ColumnWrite) for w in [w]}
    got = {name: program.values[ev.value.id].extra["tw"] for name, ev in windows.items()}
    assert (got["lag"].lo, got["lag"].hi) == (-1, -1)
    assert got["lead"].hi == 2 and got["lead"].reads_future
    assert (got["ma"].lo, got["ma"].hi, got["ma"].aggregates) == (-6, 0, True)
    assert got["ma_c"].hi == 2
    assert got["ma_lag"].hi == -1
    assert got["cum"].lo == -math.inf and got["cum"].hi == 0
    assert all(w.column == "y" for w in got.values())


def test_time_index_sources():
    program = _program(
        """
        a = pd.read_csv("a.csv", parse_dates=["date"], index_col="date")
        b = pd.read_csv("b.csv", parse_dates=["date"])
        b = b.set_index("date")
        c = pd.read_csv("c.csv", parse_dates=["when"])
        d = c.resample("D").mean()
        """
    )
    whats = [e.what for e in program.of_type(TimeIndexEvent)]
    assert len(whats) == 3 and any("set_index" in w for w in whats) and "resample()" in whats
    assert not any(isinstance(e, WindowEvent) for e in program.events)


SHUFFLED_CV = """
import pandas as pd
from mylib.cv import WalkForward
from sklearn.model_selection import cross_val_score
df = pd.read_csv("s.csv")
df["lag"] = df["y"].shift(1)
df = df.dropna()
print(cross_val_score(model, df[["lag"]], df["y"], cv=WalkForward(5)))
"""


def test_configured_time_splitter_keeps_lk502_silent(tmp_path: Path):
    assert (8, "LK502") not in _codes(SHUFFLED_CV)  # an unknown splitter: never assumed random
    cfg = tmp_path / "leakscan.toml"
    cfg.write_text("[apis]\nrandom_splitters = ['mylib.cv.WalkForward']\n")
    kb = K.DEFAULT.with_apis(load_config(str(cfg)).apis)
    assert (8, "LK502") in _codes(SHUFFLED_CV, kb)
    cfg.write_text("[apis]\ntime_splitters = ['mylib.cv.WalkForward']\n")
    kb = K.DEFAULT.with_apis(load_config(str(cfg)).apis)
    assert _codes(SHUFFLED_CV, kb) == set()


ACCURACY = """
from mylib.metrics import minority_recall
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y)
clf = LogisticRegression(class_weight="balanced").fit(X_train, y_train)
pred = clf.predict(X_test)
print(accuracy_score(y_test, pred))
print(minority_recall(y_test, pred))
"""


def test_configured_per_class_metric_keeps_lk601_silent():
    assert (6, "LK601") in _codes(ACCURACY)
    kb = K.DEFAULT.with_apis({"per_class_metrics": ["mylib.metrics.minority_recall"]})
    assert _codes(ACCURACY, kb) == set()


def test_lk601_is_one_finding_with_related_evaluations():
    src = textwrap.dedent(
        """
        X_tr, X_val, y_tr, y_val = train_test_split(X, y)
        X_res, y_res = SMOTE().fit_resample(X_tr, y_tr)
        clf = RandomForestClassifier().fit(X_res, y_res)
        print(accuracy_score(y_val, clf.predict(X_val)))
        print(clf.score(X_val, y_val))
        """
    )
    findings = [f for f in scan_source(src, "t.py") if f.code == "LK601"]
    assert len(findings) == 1 and findings[0].severity == "warning"
    assert any("accuracy also reported" in r.message for r in findings[0].related)
    assert any("imbalanced" in r.message for r in findings[0].related)


def test_lk601_ignores_training_accuracy():
    src = """
    X_res, y_res = SMOTE().fit_resample(X_train, y_train)
    clf = RandomForestClassifier().fit(X_res, y_res)
    print(accuracy_score(y_res, clf.predict(X_res)))
    """
    assert not any(code == "LK601" for _, code in _codes(src))


def test_lk502_related_locations_name_the_time_order():
    src = textwrap.dedent(
        """
        df = pd.read_csv("s.csv", parse_dates=["date"]).sort_values("date")
        df["lag"] = df["y"].shift(1)
        X_train, X_test, y_train, y_test = train_test_split(df[["lag"]], df["y"])
        """
    )
    (finding,) = scan_source(src, "t.py")
    assert finding.code == "LK502" and finding.location.line == 4
    lines = {r.location.line for r in finding.related}
    assert {2, 3} <= lines
    assert finding.fix is not None and finding.fix.applicability == "unsafe"


def test_stratified_holdout_gets_no_shuffle_fix():
    src = textwrap.dedent(
        """
        df = pd.read_csv("s.csv")
        df["lag"] = df["y"].shift(1)
        X_train, X_test, y_train, y_test = train_test_split(df[["lag"]], df["y"], stratify=df["y"])
        """
    )
    (finding,) = scan_source(src, "t.py")
    assert finding.code == "LK502" and finding.fix is None


def test_cli_lists_and_explains_the_new_rules():
    runner = CliRunner()
    listed = runner.invoke(main, ["rules"]).output
    for code, name in (("LK502", "random-split-of-time-series"), ("LK503", "lookahead-feature"), ("LK601", "accuracy-on-imbalanced-data")):
        assert code in listed and name in listed
        page = runner.invoke(main, ["explain", name])
        assert page.exit_code == 0 and code in page.output and "Use instead" in page.output


def test_blind_timemetrics_corpus_stays_precise():
    """eval/timemetrics was written blind, then tuned on (eval/README.md): guard against regressions."""
    import importlib.util
    import sys

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("leakscan_eval_score_tm", root / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = score
    assert spec.loader is not None
    spec.loader.exec_module(score)
    result = score.score_corpus(root / "eval" / "timemetrics", score.leakscan_scanner())
    for code in ("LK502", "LK503", "LK601"):
        got = result.per_code[code]
        assert got.tp >= 5 and got.fp == 0 and got.fn <= 1, score.render_text(result, verbose=True)


def test_second_random_split_of_a_shuffled_part_is_related():
    src = textwrap.dedent(
        """
        df = pd.read_csv("s.csv")
        df["lag"] = df["y"].shift(1)
        X_train, X_test, y_train, y_test = train_test_split(df[["lag"]], df["y"])
        X_fit, X_val, y_fit, y_val = train_test_split(X_train, y_train)
        """
    )
    findings = [f for f in scan_source(src, "t.py") if f.code == "LK502"]
    assert len(findings) == 1 and findings[0].location.line == 4
    assert any(r.location.line == 5 for r in findings[0].related)
