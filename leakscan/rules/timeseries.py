"""Time-series leaks: random splits of time-ordered rows (LK502), lookahead features (LK503).

Both read the time-order facts of ``leakscan.graph.timeorder``: where rows are known to be in
time order (window features, a DatetimeIndex, resampling), which rows each feature reads
(``Window``), and which columns reach a model as features or as its target.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from leakscan import knowledge as K
from leakscan.graph.model import DATA, FOLDS, OTHER, STATE, Event, FitEvent, Site, SplitEvent, Value
from leakscan.graph.timefacts import (
    WHOLE_FRAME,
    ColumnWrite,
    CVArgsEvent,
    HoldoutCall,
    SortEvent,
    SplitterEvent,
    TimeIndexEvent,
    Window,
    WindowEvent,
    combine,
)
from leakscan.rules.base import Rule
from leakscan.rules.features import target_column

if TYPE_CHECKING:  # types only: listing rules stays light
    from leakscan.analysis import Analysis, Hit

# ----------------------------------------------------------------------------- shared queries


def time_evidence(a: Analysis, values: Iterable[Value | None]) -> list[Event]:
    """The facts that put ``values``' rows in time order: window features, a time index.

    A fill (``ffill``/``bfill``) alone is not evidence, nor is a date column.
    """
    targets = [v for v in values if v is not None]
    out: list[Event] = []
    for ev in [*a.events(TimeIndexEvent), *a.events(WindowEvent)]:
        if isinstance(ev, WindowEvent) and not _orders_rows(ev.window):
            continue
        if any(a.flows(ev.output.id, v.id) for v in targets):
            out.append(ev)
    out.sort(key=lambda e: (not isinstance(e, TimeIndexEvent), e.seq))
    return out


def _orders_rows(w: Window) -> bool:
    """A window feature along the rows (shift/rolling/diff/...), not a fill."""
    return bool(w.steps) and not (math.isinf(w.hi) and w.hi > 0) and not (w.lo == -math.inf and not w.aggregates)


def evidence_text(a: Analysis, ev: Event) -> str:
    if isinstance(ev, TimeIndexEvent):
        return f"indexed by time: {ev.what}"
    assert isinstance(ev, WindowEvent)
    what = f"{ev.window.column}.{ev.window.describe()}" if ev.window.column else ev.window.describe()
    return f"features built along the rows: {what}"


def window_of(a: Analysis, value: Value, depth: int = 4) -> Window | None:
    """Which rows ``value`` reads, relative to the row it describes (None: no window involved)."""
    tw = value.extra.get("tw")
    if isinstance(tw, Window):
        return tw
    if depth == 0:
        return None
    cols = value.extra.get("columns")
    if cols and len(cols) == 1 and "frame" in value.extra:
        return Window(cols[0])
    found = [w for p in a.predecessors(value) if p.kind != STATE for w in [window_of(a, p, depth - 1)] if w is not None]
    return combine(found) if found else None


@dataclass
class ModelUse:
    """A model fitted or cross-validated on ``data`` with ``target``, at ``site``."""

    data: Value
    target: Value | None
    site: Site


def model_uses(a: Analysis) -> list[ModelUse]:
    got = a.memo.get("ts_model_uses")
    if got is not None:
        return got
    out: list[ModelUse] = []
    for fit in a.events(FitEvent):
        if fit.obj.kind in (K.TRANSFORMER, K.RESAMPLER) or fit.data is None:
            continue
        out.append(ModelUse(fit.data, fit.target, fit.site))
    for cv in a.events(CVArgsEvent):
        if cv.data is not None and cv.obj is None:
            out.append(ModelUse(cv.data, cv.target, cv.site))
    a.memo["ts_model_uses"] = out
    return out


def target_columns(a: Analysis) -> dict[str, Value]:
    """Columns that are a model's target (``y = df["sales"]``) -> the target value."""
    got = a.memo.get("ts_targets")
    if got is None:
        got = {}
        for use in model_uses(a):
            if use.target is not None:
                found = target_column(a, use.target)
                if found is not None:
                    got.setdefault(found[1], use.target)
        a.memo["ts_targets"] = got
    return got


def target_series(a: Analysis, target: Value | None) -> set[str]:
    """The columns a target is the (future) value of: ``y = df["sales"]`` or a ``shift(-1)`` of it."""
    if target is None:
        return set()
    out: set[str] = set()
    found = target_column(a, target)
    if found is not None:
        out.add(found[1])
        for w in a.events(ColumnWrite):
            if w.column == found[1]:
                win = window_of(a, w.value)
                if win is not None and win.column:
                    out.add(win.column)
    win = window_of(a, target)
    if win is not None and win.column:
        out.add(win.column)
    return out


def feature_frame(a: Analysis, x: Value) -> tuple[Value, set[str] | None, set[str]] | None:
    """Walk from a feature matrix back to the frame it takes columns from.

    Returns (frame, selected columns or None for all of them, dropped columns), or None when the
    columns cannot be read (a transformer that changes them, columns chosen by a variable).
    """
    v: Value | None = x
    dropped: set[str] = set()
    for _ in range(16):
        if v is None:
            return None
        if "frame" in v.extra:
            cols = v.extra.get("columns")
            if "dropped" in v.extra:
                dropped |= set(v.extra["dropped"])
            elif cols is None and "columns" in v.extra:
                return None
            elif cols:
                return v.extra["frame"], set(cols), dropped
            v = v.extra["frame"]
            continue
        if "base" in v.extra:  # a frame after a column write: all its columns
            return v, None, dropped
        preds = a.predecessors(v)
        states = [p for p in preds if p.kind == STATE]
        if states:
            fit = a.fit_of_state(states[0].id)
            from leakscan.knowledge import tables as T

            if fit is None or fit.obj.cls not in T.COLUMN_PRESERVING:
                return None
        datas = [p for p in preds if p.kind == DATA and p.rows is not None]
        if not datas:
            return v, None, dropped
        v = datas[0] if len(datas) == 1 else None
    return None


def is_feature(a: Analysis, write: ColumnWrite, use: ModelUse) -> bool:
    """Does ``use``'s feature matrix hold the column ``write`` stored?"""
    got = feature_frame(a, use.data)
    if got is None:
        return False
    frame, cols, dropped = got
    if write.column == WHOLE_FRAME:
        return a.flows(write.frame.id, frame.id) or a.flows(write.frame.id, use.data.id)
    if write.column in dropped:
        return False
    if cols is not None:
        if write.column not in cols:
            return False
        return a.flows(write.frame.id, use.data.id)
    return a.flows(write.frame.id, frame.id)


def _site(ev: Event, node: object) -> Site:
    return Site(node, ev.site.top, ev.site.frames)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- LK502


class RandomSplitOfTimeSeries(Rule):
    code = "LK502"
    name = "random-split-of-time-series"
    severity = "warning"
    summary = (
        "Flags time-ordered data that is split or cross-validated at random: `train_test_split` "
        "(it shuffles by default), `KFold(shuffle=True)`, `ShuffleSplit`, a shuffled `StratifiedKFold`, "
        "or any cross-validation that is not forward-only over lag/rolling features of the target "
        "series. Time order must come from the program: features built along the rows "
        "(`shift`, `rolling`, `ewm`, `expanding`, `diff`, `pct_change`), a target made with "
        "`shift(-k)`, a DatetimeIndex or `resample`/`asfreq`. A date column alone is not enough."
    )
    why = (
        "Shuffled rows put days from the future into the training data and leave their neighbours "
        "in the test data. With lag and rolling features, a test row's features are the training "
        "rows' targets (and the other way round), so the model is scored on a past it has already "
        "seen the future of. Production only ever predicts forward in time, so the reported score is "
        "better than what it will get."
    )
    invalid = """
df = pd.read_csv("sales.csv", parse_dates=["date"]).sort_values("date")
df["lag_1"] = df["sales"].shift(1)
df["rolling_7"] = df["sales"].shift(1).rolling(7).mean()
df = df.dropna()
X, y = df[["lag_1", "rolling_7", "price"]], df["sales"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2)  # expect: LK502
model = GradientBoostingRegressor().fit(X_train, y_train)
"""
    valid = """
df = pd.read_csv("sales.csv", parse_dates=["date"]).sort_values("date")
df["lag_1"] = df["sales"].shift(1)
df["rolling_7"] = df["sales"].shift(1).rolling(7).mean()
df = df.dropna()
X, y = df[["lag_1", "rolling_7", "price"]], df["sales"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, shuffle=False)
model = GradientBoostingRegressor().fit(X_train, y_train)
"""
    fix = (
        "Split by time: `train_test_split(..., shuffle=False)` keeps the last rows for testing, or "
        "filter by a date cut-off (`df[df.date < \"2023-01-01\"]`). Cross-validate with "
        "`TimeSeriesSplit`, which always validates on rows after the training rows."
    )
    fix_safety = (
        "Unsafe: `shuffle=False` for a hold-out `train_test_split` (not when it stratifies) and "
        "`TimeSeriesSplit(n_splits=k)` in place of a shuffled or K-fold splitter change which rows "
        "are tested, so the scores change; the data must be sorted by time for them to be right."
    )
    fixable = True

    def check(self, a: Analysis) -> Iterator[Hit]:
        yield from self._holdouts(a)
        yield from self._cross_validation(a)

    def _holdouts(self, a: Analysis) -> Iterator[Hit]:
        calls = {id(h.call): h for h in a.events(HoldoutCall)}
        flagged: dict[int, Hit] = {}  # split event id -> its hit
        hits: list[Hit] = []
        for split in a.events(SplitEvent):
            if split.kind != "holdout":
                continue
            holdout = calls.get(id(split.site.node))
            if holdout is not None and not holdout.shuffles:
                continue
            if holdout is None and split.label != "sample":
                continue  # slices, date filters and np.split keep the order
            inputs = holdout.inputs if holdout is not None else split.inputs
            evidence = time_evidence(a, inputs) or _windows_on_parts(a, split)
            if not evidence:
                continue
            earlier = next((flagged[id(p)] for v in inputs for p in [a.split_of(v.rows)] if p is not None and id(p) in flagged), None)
            if earlier is not None:  # a validation split of a shuffled training part: the same leak
                earlier.related.append((split.site.node, split.site.top, "split at random again here"))
                continue
            name = a.name(inputs[0]) if inputs else "the data"
            how = f"sample() draws the rows of {name} at random" if holdout is None else f"{split.label} shuffles the rows of {name}"
            msg = (
                f"{how}, but they are in time order ({evidence_text(a, evidence[0])}, "
                f"{a.where(evidence[0].site.node, evidence[0].site.top)}): the model is trained on rows from after "
                f"the ones it is tested on; split by time (shuffle=False or a date cut-off)"
            )
            hit = a.hit(type(self), split.site, msg, self._related(a, evidence), holdout=holdout, split=split)
            flagged[id(split)] = hit
            hits.append(hit)
        yield from hits

    def _cross_validation(self, a: Analysis) -> Iterator[Hit]:
        splitters = {id(s.obj): s for s in a.events(SplitterEvent)}
        groups: dict[object, list[tuple[CVArgsEvent, Site, SplitterEvent | None, str, list[Event]]]] = {}
        split_calls = {id(c.call): c for c in a.events(CVArgsEvent)}
        for cv in a.events(CVArgsEvent):
            value = cv.cv
            if value is not None and value.kind == FOLDS and value.site is not None:
                inner = split_calls.get(id(value.site.node))  # cv=tscv.split(X): the splitter's own folds
                if inner is None or inner is cv:
                    continue
                value = inner.cv
            splitter = splitters.get(id(value.obj)) if value is not None and value.obj is not None else None
            if splitter is not None and splitter.forward:
                continue
            if value is not None and splitter is None and not _fold_count(value):
                continue  # a splitter or fold list leakscan does not know: it may be forward-only
            data, target, site = cv.data, cv.target, cv.site
            if cv.obj is not None:  # a search: its cross-validation runs in fit
                fits = [f for f in cv.obj.fits if f.data is not None]
                if not fits:
                    continue
                data, target, site = fits[0].data, fits[0].target, fits[0].site
            if data is None:
                continue
            evidence = time_evidence(a, [data, target])
            if not evidence:
                continue
            name = a.name(data)
            if splitter is not None and splitter.random:
                how = f"{splitter.obj.cls} draws its folds from the rows of {name} at random"
            else:
                series = target_series(a, target) or set(target_columns(a))
                lags = [e for e in evidence if isinstance(e, WindowEvent) and e.window.column in series and e.window.hi <= 0]
                if not lags:
                    continue
                evidence = lags + [e for e in evidence if e not in lags]
                kind = splitter.obj.cls if splitter is not None else "K-fold cross-validation"
                how = f"{kind} validates on rows that come before its training rows, over lag features of the target"
            key = id(splitter.obj) if splitter is not None else id(data.rows) if data.rows is not None else id(cv)
            groups.setdefault(key, []).append((cv, site, splitter, how, evidence))
        for uses in groups.values():
            cv, site, splitter, how, evidence = uses[0]
            msg = (
                f"{how}, but the rows are in time order ({evidence_text(a, evidence[0])}, "
                f"{a.where(evidence[0].site.node, evidence[0].site.top)}): each fold is trained on the future of "
                f"the rows it is validated on; use TimeSeriesSplit"
            )
            related = self._related(a, evidence)
            if splitter is not None and splitter.site.node is not site.node and not _inside(splitter.call, cv.call):
                related.insert(0, (splitter.site, "the splitter is made here"))
            related += [(s, "the same splitter is used here") for _, s, _, _, _ in uses[1:]]
            yield a.hit(type(self), site, msg, related, cv=cv, splitter=splitter)

    @staticmethod
    def _related(a: Analysis, evidence: list[Event]) -> list[tuple[Site, str]]:
        out = [(e.site, evidence_text(a, e)) for e in evidence[:2]]
        outputs = [e.output for e in evidence if isinstance(e, (WindowEvent, TimeIndexEvent))]
        sorts = [s for s in a.events(SortEvent) if any(a.flows(s.output.id, o.id) for o in outputs)]
        if sorts:
            out.append((sorts[0].site, f"rows sorted by {sorts[0].by}"))
        return out


def _windows_on_parts(a: Analysis, split: SplitEvent) -> list[Event]:
    """Lags or rolling windows computed on the parts after the split: the rows were time-ordered."""
    return [
        e for e in a.events(WindowEvent)
        if _orders_rows(e.window) and e.output.rows is not None and a.split_of(e.output.rows) is split
    ]


def _fold_count(value: Value) -> bool:
    """``cv=5`` / ``cv=N_FOLDS``: a number of K-fold folds, not a splitter."""
    node = value.site.node if value.site is not None else None
    import libcst as cst  # at run time only: listing rules stays light

    return isinstance(node, cst.Integer) or (bool(value.extra.get("const")) and value.kind == OTHER)


def _inside(inner: object, outer: object) -> bool:
    from leakscan.fixes._tree import contains_node

    return contains_node(outer, inner)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- LK503


class LookaheadFeature(Rule):
    code = "LK503"
    name = "lookahead-feature"
    summary = (
        "Flags a feature computed from rows that come after the row it describes, or from the "
        "target of the same row: `shift(-k)`, `diff(-k)`, `pct_change(-k)`, `rolling(..., "
        "center=True)`, `bfill`/`fillna(method=\"bfill\")` along time, or a rolling/expanding/ewm "
        "statistic of the target column used as a feature without a `shift(1)`. A future value used "
        "as the target (`df[\"y\"] = df[\"close\"].shift(-1)`) is correct and not flagged."
    )
    why = (
        "At prediction time the future is unknown. A feature that reads the next rows, or a rolling "
        "mean that includes today's target, hands the model the answer during training and "
        "evaluation; in production the same feature cannot be computed, or is computed differently, "
        "and the model fails."
    )
    invalid = """
df = pd.read_csv("prices.csv", parse_dates=["date"], index_col="date")
df["ma_7"] = df["close"].rolling(7).mean()  # expect: LK503
df = df.dropna()
model.fit(df[["ma_7", "volume"]], df["close"])
"""
    valid = """
df = pd.read_csv("prices.csv", parse_dates=["date"], index_col="date")
df["ma_7"] = df["close"].rolling(7).mean().shift(1)
df = df.dropna()
model.fit(df[["ma_7", "volume"]], df["close"])
"""
    fix = (
        "Compute features only from earlier rows: lag with a positive `shift` (`.shift(1)` after a "
        "rolling statistic of the target), use trailing windows (`center=False`) and forward fills. "
        "A value from the future belongs in the target, not in the features."
    )
    fix_safety = (
        "Unsafe: appending `.shift(1)` to a rolling statistic of the target, or `center=False` for a "
        "centred window, changes the feature's values (and leaves a missing first row)."
    )
    fixable = True

    def check(self, a: Analysis) -> Iterator[Hit]:
        uses = model_uses(a)
        if not uses:
            return
        targets = target_columns(a)
        ordered = bool(a.events(TimeIndexEvent)) or any(_orders_rows(w.window) for w in a.events(WindowEvent))
        reported: set[int] = set()
        for write in a.events(ColumnWrite):
            if write.column in targets or id(write.stmt) in reported:
                continue
            window = window_of(a, write.value)
            if window is None or not window.steps:
                continue
            future = window.reads_future and (ordered if math.isinf(window.hi) else True)
            own_target = window.column in targets and window.aggregates and window.hi >= 0
            if not (future or own_target):
                continue
            used = [u for u in uses if is_feature(a, write, u) and not _is_target(a, write.column, u)]
            if not used:
                continue
            reported.add(id(write.stmt))
            feature = f"feature {write.column!r}" if write.column != WHOLE_FRAME else f"every column of {a.name(write.frame)}"
            if future:
                reason = "reads values from later rows, which are not known when the prediction is made"
                if math.isinf(window.hi):
                    reason = "fills gaps with values from later rows, which are not known at that time"
            else:
                reason = f"includes the target {window.column!r} of the row itself; shift it by one row first"
            msg = (
                f"{feature} is computed with {window.describe()}: it {reason} "
                f"(the model uses it, {a.where(used[0].site.node, used[0].site.top)})"
            )
            related = [(u.site, "used as a feature here") for u in used[:2]]
            site = _site(write, write.stmt)
            yield a.hit(type(self), site, msg, related, write=write, window=window, own_target=own_target and not future)


def _is_target(a: Analysis, column: str, use: ModelUse) -> bool:
    if use.target is None:
        return False
    found = target_column(a, use.target)
    return found is not None and found[1] == column
