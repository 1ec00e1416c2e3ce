"""The dataflow builder on its own: values, row sets, splits, fits and events."""

from __future__ import annotations

import textwrap

import libcst as cst

from leakscan import knowledge as K
from leakscan.analysis import Analysis
from leakscan.graph.builder import Builder
from leakscan.graph.common import role_from_name
from leakscan.graph.model import CVEvent, EvalEvent, FitEvent, ResampleEvent, SplitEvent, TransformEvent


def build(src: str) -> Analysis:
    module = cst.parse_module(textwrap.dedent(src))
    return Analysis(module, Builder(module).build(), "t.py")


def line(a: Analysis, ev) -> int:
    return a.locator.range(ev.site.node, ev.site.top).start.line


def test_aliases_resolve_to_library_kinds():
    a = build("""
        import sklearn.preprocessing as pp
        from sklearn.decomposition import PCA as P
        from sklearn import model_selection
        s = pp.StandardScaler()
        p = P(2)
        Xs = s.fit_transform(X)
        Xp = p.fit_transform(Xs)
        a, b = model_selection.train_test_split(Xp)
    """)
    fits = a.events(FitEvent)
    assert [f.obj.cls for f in fits] == ["StandardScaler", "PCA"]
    assert all(f.obj.kind == K.TRANSFORMER for f in fits)
    (split,) = a.events(SplitEvent)
    assert split.label == "train_test_split"


def test_split_outputs_get_roles_and_share_rows_with_input():
    a = build("""
        df = pd.read_csv("d.csv")
        X = df.drop(columns=["y"])
        y = df["y"]
        X_train, X_test, y_train, y_test = train_test_split(X, y)
        model = LogisticRegression().fit(X_train, y_train)
        acc = accuracy_score(y_test, model.predict(X_test))
    """)
    (split,) = a.events(SplitEvent)
    (ev,) = a.events(EvalEvent)
    (fit,) = a.events(FitEvent)
    assert a.role(fit.data.rows) == "train"
    assert a.role(a.eval_rows(ev)) == "test"
    assert a.split_of(a.eval_rows(ev)) is split
    # X and y are columns of the same frame: one row set.
    assert split.inputs[0].rows is split.inputs[1].rows
    assert a.contains(split.inputs[0].rows, fit.data.rows)
    assert not a.contains(fit.data.rows, a.eval_rows(ev))


def test_validation_carved_from_training_data_is_val_not_test():
    a = build("""
        X_train, X_test, y_train, y_test = train_test_split(X, y)
        X_tr, X_hold, y_tr, y_hold = train_test_split(X_train, y_train)
        m = SVC().fit(X_tr, y_tr)
        m.score(X_hold, y_hold)
    """)
    (ev,) = a.events(EvalEvent)
    assert a.role(a.eval_rows(ev)) == "val"


def test_inplace_reassignment_and_method_chain():
    a = build("""
        X = StandardScaler().fit(X).transform(X)
        X_train, X_test = train_test_split(X)
    """)
    (fit,) = a.events(FitEvent)
    (t,) = a.events(TransformEvent)
    (split,) = a.events(SplitEvent)
    assert t.state == fit.state
    assert a.flows(fit.state, split.inputs[0].id)


def test_helper_function_is_inlined_per_call_site():
    a = build("""
        def normalize(data):
            scaler = MinMaxScaler()
            return scaler.fit_transform(data)

        X_train, X_test = train_test_split(X)
        A = normalize(X_train)
        B = normalize(X)
    """)
    fits = a.events(FitEvent)
    assert len(fits) == 2
    assert [a.role(f.data.rows) for f in fits] == ["train", None]
    # Each fit remembers the call site it happened under.
    assert all(len(f.site.frames) == 1 for f in fits)
    assert fits[0].site.frames[0][0] is not fits[1].site.frames[0][0]


def test_kfold_loop_indices_are_split_parts():
    a = build("""
        kf = KFold(n_splits=5)
        for tr, te in kf.split(X):
            m = Ridge().fit(X[tr], y[tr])
            m.score(X[te], y[te])
    """)
    (split,) = a.events(SplitEvent)
    assert split.kind == "cv"
    (fit,) = a.events(FitEvent)
    (ev,) = a.events(EvalEvent)
    # a fold's held-out part is validation data, not a test set
    assert a.role(fit.data.rows) == "train" and a.role(a.eval_rows(ev)) == "val"
    assert ev.loops  # inside the loop


def test_concat_makes_a_union_and_resample_new_rows():
    a = build("""
        train = pd.read_csv("train.csv")
        test = pd.read_csv("test.csv")
        both = pd.concat([train, test], axis=0)
        Xr, yr = SMOTE().fit_resample(X, y)
    """)
    rows = [r for r in a.program.rowsets if r.kind == "union"]
    assert len(rows) == 1 and len(rows[0].parents) == 2
    assert any(p.test_source for p in rows[0].parents)
    (rs,) = a.events(ResampleEvent)
    assert rs.output_rows.kind == "resampled"


def test_search_fit_is_a_cross_validation():
    a = build("""
        grid = GridSearchCV(SVC(), {"C": [1, 10]}, cv=5)
        grid.fit(X_train, y_train)
    """)
    (cv,) = a.events(CVEvent)
    assert cv.estimator is not None and cv.estimator.kind == K.SEARCH


def test_positions_are_lazy_and_exact():
    src = "import numpy as np\n\n\n# comment\nx = 1\nif x:\n    y = StandardScaler().fit_transform(X)\n"
    a = build(src)
    (fit,) = a.events(FitEvent)
    r = a.locator.range(fit.site.node, fit.site.top)
    assert (r.start.line, r.start.column) == (7, 8)


def test_role_from_name():
    assert role_from_name("X_test") == "test"
    assert role_from_name("X_val") == "val"
    assert role_from_name("valid_df") == "val"
    assert role_from_name("train_df") == "train"
    assert role_from_name("X") is None
