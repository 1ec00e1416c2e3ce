"""Target leakage through the feature matrix (LK501)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from leakscan import knowledge as K
from leakscan.knowledge import tables as T
from leakscan.graph.model import DATA, STATE, FitEvent, Obj, Site, Value
from leakscan.rules.base import Rule

if TYPE_CHECKING:  # the analysis (libcst) for types only: listing rules stays light
    from leakscan.analysis import Analysis, Hit


def target_column(a: Analysis, y: Value) -> tuple[Value, str] | None:
    """If ``y`` is one column of a frame (``df["t"]``, ``df.pop("t")``, ``.values`` of it): (frame, column)."""
    v: Value | None = y
    for _ in range(6):
        if v is None:
            return None
        cols = v.extra.get("columns")
        if cols and len(cols) == 1 and "frame" in v.extra:
            return v.extra["frame"], cols[0]
        pos = v.extra.get("positions")
        if pos is not None and pos[0] == "at" and "frame" in v.extra:
            return v.extra["frame"], f"#{pos[1]}"  # y = data[:, -1]: a column by position
        preds = a.predecessors(v)
        datas = [p for p in preds if p.kind == DATA]  # through column ops and split outputs
        v = datas[0] if len(datas) == 1 else None
    return None


def keeps_column(a: Analysis, x: Value, frame: Value, column: str, numeric_target: bool = False) -> bool:
    """Does feature matrix ``x`` still hold ``frame``'s ``column``?"""
    popped: set[str] | None = None  # the columns popped when a column list was taken, if one was
    dropped: set[str] = set()
    v: Value | None = x
    for _ in range(16):  # X = df.drop(...); X.drop(..., inplace=True): follow the chain of views
        if v is None:
            return False
        if popped is None and "popped_when_listed" in v.extra:
            popped = v.extra["popped_when_listed"]  # cols = list(df.columns); y = df.pop("t"); df[cols]
        if v is frame:
            return column not in dropped and column not in (frame.extra.get("popped", ()) if popped is None else popped)
        base = v.extra.get("frame")
        if base is None or base.rows is not frame.rows:
            return False
        if popped is None and column in base.extra.get("popped", ()):
            return False
        if column.startswith("#"):  # numpy columns by position: only a slice that surely holds it
            pos = v.extra.get("positions")
            if pos is not None:
                return base is frame and pos[0] == "slice" and _slice_holds(pos[1], pos[2], int(column[1:]))
        if v.extra.get("dropped_unknown"):
            return False  # df.drop(columns=cols) with cols we cannot read: maybe the target is among them
        if "dropped" in v.extra:
            dropped |= set(v.extra["dropped"])
        elif v.extra.get("numeric_only"):
            if not numeric_target:
                return False  # select_dtypes("number") leaves a text target out
        elif "columns" in v.extra:
            cols = v.extra.get("columns")
            return bool(cols) and column in cols and len(cols) > 1 and column not in dropped  # type: ignore[operator]
        v = base
    return False


def _slice_holds(lo: int | None, hi: int | None, i: int) -> bool:
    """Does ``[:, lo:hi]`` surely hold column ``i`` (whatever the number of columns)?"""
    if i >= 0:
        return (lo is None or 0 <= lo <= i) and (hi is None or (hi >= 0 and i < hi))
    return hi is None and (lo is None or lo >= 0 or lo <= i)


def built_at(x: Value, before: int | None = None) -> Site | None:
    """The statement that bound ``x`` to a feature-matrix name (last binding), else its creation."""
    bound = x.extra.get("bound") or []
    for name, site in bound:  # where it is built (a helper's ``self.X = ...``), not where it is passed on
        if _feature_name(name):
            return site
    return bound[-1][1] if bound else x.site


class TargetInFeatures(Rule):
    code = "LK501"
    name = "target-in-features"
    summary = (
        "Flags a target column that stays in the feature matrix (`y = df[\"t\"]` while `X = df` or "
        "`X = df.drop(columns=[...])` without `\"t\"`)."
    )
    why = (
        "With the answer among its inputs, the model learns to copy it: perfect validation "
        "scores, and a model that cannot work in production, where the target is unknown."
    )
    invalid = """
y = df["price"]
X = df.drop(columns=["id"])  # expect: LK501
model.fit(X, y)
"""
    valid = """
y = df["price"]
X = df.drop(columns=["id", "price"])
model.fit(X, y)
"""
    fix = "Drop the target column from the features: `X = df.drop(columns=[\"price\"])`."

    def check(self, a: Analysis) -> Iterator[Hit]:
        reported: set[int] = set()
        pairs: list[tuple[Value, Value, bool]] = []
        for fit in a.events(FitEvent):
            if fit.obj.kind in (K.TRANSFORMER, K.RESAMPLER) or fit.data is None or fit.target is None:
                continue
            if _selects_columns(fit.obj):
                continue  # Pipeline(ColumnTransformer(...), model): the columns are chosen inside
            pairs.append((fit.data, fit.target, _REGRESSOR.search(fit.obj.cls) is not None))
        for x, y, numeric in pairs:
            found = target_column(a, y)
            if found is None:
                continue
            frame, column = found
            found_root = _feature_root(a, x, frame, positional=column.startswith("#"))
            if found_root is None:
                continue
            x_root, named = found_root
            if id(named) in reported or not keeps_column(a, x_root, frame, column, numeric):
                continue
            reported.add(id(named))
            site = built_at(named)
            if site is None:
                continue
            msg = (
                f"{a.name(x_root)} still contains the target column "
                f"{f'at position {column[1:]}' if column.startswith('#') else repr(column)} that {a.name(y)} is "
                f"taken from: the model can read the answer from its features"
            )
            related = [(y.site, "target taken here")] if y.site is not None else []
            yield a.hit(type(self), site, msg, related, features=x_root, target=y, column=column)


_REGRESSOR = re.compile(r"Regress|Ridge|Lasso|ElasticNet|SVR|Lars|Huber|Poisson|Tweedie|OLS")


def _selects_columns(obj: Obj) -> bool:
    stack = list(obj.steps)
    while stack:
        step = stack.pop()
        if step.cls in ("ColumnTransformer", "make_column_transformer") or step.kind == K.TRANSFORMER and step.cls.startswith("Select"):
            return True
        stack.extend(step.steps)
    return False


def _feature_root(a: Analysis, x: Value, frame: Value, positional: bool = False) -> tuple[Value, Value] | None:
    """Walk back from the fitted data to the value that chose the feature columns.

    Returns (root, named): the root decides which columns are kept; ``named`` is the value
    bound to a feature-matrix name on the way, whose statement is reported.
    """
    v: Value | None = x
    named: Value | None = None
    for _ in range(12):
        if v is None:
            return None
        if any(_feature_name(n) for n, _ in v.extra.get("bound", [])):
            named = v
        if "frame" in v.extra or v is frame:
            return v, named or v
        if positional and v.extra.get("row_slice"):
            return None  # arr[i:i + window]: a window of rows, not the array with its target column
        preds = a.predecessors(v)
        states = [p for p in preds if p.kind == STATE]
        if states:
            fit = a.fit_of_state(states[0].id)
            if fit is None or fit.obj.cls not in T.COLUMN_PRESERVING:
                return None  # PCA, encoders, column transformers: not the frame's columns
            preds = [p for p in preds if p.kind != STATE]
        if "base" in v.extra:  # X["new"] = ...: still the frame X was, plus a column
            v = v.extra["base"]
            continue
        datas = [p for p in preds if p.kind == DATA and p.rows is not None]
        v = datas[0] if len(datas) == 1 else None
    return None


def _feature_name(name: str) -> bool:
    low = name.lower()
    return low.startswith("x") or "feat" in low
