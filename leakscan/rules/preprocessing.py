"""Preprocessing leaks: statistics of evaluation rows reaching the features (LK101-LK105)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from leakscan import knowledge as K
from leakscan.knowledge import tables as T
from leakscan.graph.model import (
    STAT,
    ApplyEvent,
    CVEvent,
    EvalEvent,
    FitEvent,
    Obj,
    PredictEvent,
    ResampleEvent,
    RowSet,
    SplitEvent,
    StatEvent,
    TransformEvent,
    Value,
)
from leakscan.rules.base import Rule
from leakscan.rules.grouping import grouped

if TYPE_CHECKING:  # the analysis (libcst) for types only: listing rules stays light
    from leakscan.analysis import Analysis, Hit


def learned_fits(a: Analysis, statistics_only: bool = False) -> list[FitEvent]:
    """Fits of transformers that learn from features (not label encoders of y).

    ``statistics_only`` drops encoders that learn just the set of categories (LabelEncoder,
    OneHotEncoder) and classes leakscan cannot see: fitted before a split they change no number.
    """
    return [
        f for f in a.events(FitEvent)
        if f.obj.kind == K.TRANSFORMER and f.obj.learned and f.data is not None and f.data.rows is not None
        and (not statistics_only or f.obj.learns == "statistics")
        and not encodes_target_only(a, f)
    ]


def used_for_modeling(a: Analysis, state: int) -> bool:
    """Does what a fit learned (or a value) reach a model: its training, predictions, evaluation, or a split?"""
    reach = a.descendants(state) | {state}
    if not reach:
        return False
    modeling = [e for e in a.program.events if isinstance(e, (PredictEvent, EvalEvent, CVEvent)) or (isinstance(e, FitEvent) and e.obj.kind != K.TRANSFORMER)]
    if not modeling:
        return True  # a fragment with no model in sight: assume the output is used
    for ev in a.program.events:
        data = getattr(ev, "data", None)
        if isinstance(ev, TransformEvent) or data is None or not hasattr(data, "id"):
            continue
        if isinstance(ev, FitEvent) and ev.obj.kind == K.TRANSFORMER:
            continue
        if data.id in reach:
            return True
    return any(any(v.id in reach for v in s.inputs) for s in a.events(SplitEvent))


def encodes_target_only(a: Analysis, fit: FitEvent) -> bool:
    """A fit whose output only ever becomes a model's target (``LabelEncoder`` on ``y``)."""
    models = a.memo.get("model_fits")
    if models is None:
        models = a.memo["model_fits"] = [
            m for m in a.events(FitEvent) if m.obj.kind not in (K.TRANSFORMER, K.RESAMPLER) and m.target is not None
        ]
    if not models:
        return False
    reaches_target = reaches_data = False
    for m in models:
        if a.flows(fit.state, m.target.id):  # type: ignore[union-attr]
            reaches_target = True
        if m.data is not None and a.flows(fit.state, m.data.id):
            reaches_data = True
    return reaches_target and not reaches_data


def evaluation_parts(a: Analysis, split: SplitEvent, after: int = -1) -> list[RowSet]:
    """The evaluation-side row sets a hold-out split produced.

    Test parts always; validation parts only of a split made after event ``after`` (a fit on
    train+validation once the split is done leaks nothing into the test set).
    """
    parts = []
    for r in a.split_parts(split):
        if r.role in ("test", "val"):
            if r.role == "val" and (split.seq < after or (r.parents and a.role(r.parents[0]) == "train")):
                continue  # a validation set carved from training data, or split before the fit
            parts.append(r)
    return parts


def reaches_split(a: Analysis, value: int, split: SplitEvent) -> bool:
    """Does ``value`` (a fitted state, a transformed frame) flow into the parts of ``split``?"""
    parts = a.split_part_values(split)
    return bool(parts) and not a.descendants(value).isdisjoint(parts)


def combined_union(a: Analysis, rows: RowSet | None) -> RowSet | None:
    """The union in ``rows``' lineage that mixes training rows with test rows, if any."""
    stack = [rows]
    seen = 0
    while stack and seen < 128:
        r = stack.pop()
        seen += 1
        if r is None:
            continue
        if r.kind == "union":
            tests = [p for p in r.parents if a.is_test(p) or p.test_source]
            if tests and len(tests) < len(r.parents):
                return r
        if r.kind in ("union", "filter") or (r.kind == "subset" and r.role is None):
            stack.extend(r.parents)
    return None


def combined_parts(a: Analysis, rows: RowSet | None) -> tuple[RowSet, RowSet] | None:
    """If ``rows`` combine training and evaluation rows, the (train-ish, test-ish) pair."""
    union = combined_union(a, rows)
    if union is None:
        return None
    tests = [p for p in union.parents if a.is_test(p) or p.test_source]
    others = [p for p in union.parents if p not in tests]
    return others[0], tests[0]


def _stat_of(hit: Hit) -> str:
    stat = hit.events.get("stat")
    return f"filled or encoded with {stat.what}()" if stat is not None else "filled or encoded with a statistic"


def covers(a: Analysis, rows: RowSet | None, part: RowSet) -> bool:
    """Does a statistic over ``rows`` see rows of ``part``? A filter of the whole data still spans it."""
    r = rows
    depth = 0
    while r is not None and depth < 64:
        if a.contains(r, part):
            return True
        r = r.parents[0] if r.kind == "filter" and r.parents else None
        depth += 1
    return False


def _source_of(rows: RowSet | None) -> RowSet | None:
    r = rows
    while r is not None and r.kind != "source" and r.parents:
        r = r.parents[0]
    return r


_AFFINE = frozenset(q.rpartition(".")[2] for q in T.AFFINE_SCALERS)


def _affine(obj: Obj | None) -> bool:
    return obj is not None and obj.cls in _AFFINE


def _refits_affine(estimator: Obj | None) -> bool:
    """Does the cross-validated estimator (a search's, a pipeline's first step) fit its own affine scaler?"""
    obj = estimator
    for _ in range(4):
        if obj is None or not obj.steps:
            return False
        if _affine(obj.steps[0]):
            return True
        obj = obj.steps[0]
    return False


def resampled_before(a: Analysis, data: Value, ev: object) -> bool:
    """Were ``data``'s rows resampled before this CV (not within a split part)? Then LK201 tells it."""
    for rs in a.events(ResampleEvent):
        if rs.seq < ev.seq and not a.has_split_ancestor(rs.data.rows) and a.contains(data.rows, rs.output_rows):  # type: ignore[attr-defined]
            return True
    return False


def cross_validations_of(a: Analysis, fit: FitEvent) -> list:
    """CV calls, searches and hand-written CV splits whose data a fit's output reaches."""
    out = []
    for cv in a.events(CVEvent):
        if cv.data is not None and a.flows(fit.state, cv.data.id):
            out.append(cv)
    for s in a.events(SplitEvent):
        if s.kind == "cv" and any(a.flows(fit.state, v.id) for v in s.inputs):
            out.append(s)
    return sorted(out, key=lambda e: e.seq)


def test_part_used(a: Analysis, parts: list[RowSet]) -> bool:
    """Is any row of ``parts`` predicted, scored or watched during training?"""
    for ev in a.program.events:
        if isinstance(ev, (EvalEvent, PredictEvent)):
            values = [ev.data, getattr(ev, "truth", None)]
        elif isinstance(ev, FitEvent):
            values = list(ev.eval_sets)
        else:
            continue
        for v in values:
            for item in [v, *(v.items or [])] if v is not None else []:
                if item.rows is not None and any(a.contains(p, item.rows) for p in parts):
                    return True
    return False


def fits_before_split(a: Analysis) -> list[tuple[FitEvent, SplitEvent]]:
    """LK101's fits: learned on rows a later hold-out split sends to evaluation.

    A fit whose test part is never used, while the training part is cross-validated, is left to
    LK104: the cross-validation is the evaluation that leaks.
    """
    got = a.memo.get("fits_before_split")
    if got is not None:
        return got
    got = []
    splits = [s for s in a.events(SplitEvent) if s.kind == "holdout"]
    for fit in learned_fits(a, statistics_only=True):
        rows = fit.data.rows  # type: ignore[union-attr]
        if a.has_split_ancestor(rows) or combined_parts(a, rows) is not None:
            continue
        for split in splits:
            parts = evaluation_parts(a, split, after=fit.seq)
            if not any(a.contains(rows, p) for p in parts):
                continue
            if not reaches_split(a, fit.state, split):
                continue
            if not test_part_used(a, parts) and cross_validations_of(a, fit):
                continue
            got.append((fit, split))
            break
    a.memo["fits_before_split"] = got
    return got


def describe_fit(a: Analysis, fit: FitEvent) -> str:
    return f"{fit.obj.cls} is fitted on {a.name(fit.data)}"


class FitBeforeSplit(Rule):
    code = "LK101"
    name = "fit-before-split"
    summary = (
        "Flags a learned preprocessing step (scaler, imputer, encoder, PCA/SVD, vectorizer, "
        "discretizer, feature selector) fitted on data that is later split into training and "
        "evaluation data."
    )
    why = (
        "The fitted step learned its statistics (means, variances, vocabularies, selected features) "
        "from every row, the test rows included. The transformed training data then carries "
        "information about the test set, and the test score is better than what new data will get."
    )
    invalid = """
scaler = StandardScaler()
X = scaler.fit_transform(X)  # expect: LK101
X_train, X_test, y_train, y_test = train_test_split(X, y)
"""
    valid = """
X_train, X_test, y_train, y_test = train_test_split(X, y)
scaler = StandardScaler()
X_train = scaler.fit_transform(X_train)
X_test = scaler.transform(X_test)
"""
    fix = (
        "Split first, fit the step on the training part only, and transform both parts with it - "
        "or put the step in a Pipeline with the model."
    )
    fix_safety = (
        "Unsafe: the fitting statement moves to just after the split, fits the step on the "
        "training part and transforms each part with it, and the split takes the untransformed "
        "data. Scores change, and so would code that relied on the transformed whole data, so the "
        "fix is offered only when nothing between the fit and the split reads what moves. A fit "
        "inside a helper function gets the helper two keyword parameters with defaults (the "
        "fitted object and `fit=True`), so that its other callers are unchanged. Chains of steps "
        "(imputer, scaler, PCA) move one after the other. Where the step cannot move (its output "
        "is written back into the frame, `df[cols] = scaler.fit_transform(df[cols])`, and later "
        "feature code reads it), it stays in place and is fitted on exactly the rows the split "
        "trains on: `train_test_split(range(len(df)), <the split's own options>)[0]`, the same "
        "`df.sample(...)` draw, or the first `n` rows of an `X[:n]` split; offered only when no "
        "row is added, dropped or reordered in between and the split's options read the same "
        "values there. When no fix is offered the JSON report says why (`no_fix_reason`)."
    )
    fixable = True

    def check(self, a: Analysis) -> Iterator[Hit]:
        splits = [s for s in a.events(SplitEvent) if s.kind == "holdout"]
        hits = []
        for fit, split in fits_before_split(a):
            data = a.name(fit.data)
            msg = (
                f"{fit.obj.cls} is fitted on {data} before {data} is split into train and test "
                f"({a.where(split.site.node, split.site.top)}): its statistics include the test rows"
            )
            related = [(split.site, "split here")]
            related += [(cv.site, "its training part is cross-validated here") for cv in cross_validations_of(a, fit)]
            hits.append(a.hit(type(self), fit.site, msg, related, fit=fit, split=split))
        # one transformer refitted column by column before one split: one finding
        yield from grouped(hits, lambda h: (h.events["fit"].obj.id, id(h.events["split"])), lambda h: f"fitted again here on {a.name(h.events['fit'].data)}")
        yield from self._model_selects_features(a, splits)

    def _model_selects_features(self, a: Analysis, splits: list[SplitEvent]) -> Iterator[Hit]:
        """A model fitted on all rows whose importances or coefficients pick the columns, then a split."""
        for fit in a.events(FitEvent):
            if fit.obj.kind != K.ESTIMATOR or fit.data is None or fit.data.rows is None or a.has_split_ancestor(fit.data.rows):
                continue
            learned = [v for v in a.descendants(fit.state) if a.program.values[v].kind == STAT]
            if not learned:
                continue
            for split in splits:
                if split.seq < fit.seq or not any(a.contains(fit.data.rows, p) for p in evaluation_parts(a, split, after=fit.seq)):
                    continue
                if not any(reaches_split(a, v, split) for v in learned):
                    continue
                data = a.name(fit.data)
                msg = (
                    f"{fit.obj.cls} is fitted on {data} and what it learned chooses the features before "
                    f"{data} is split ({a.where(split.site.node, split.site.top)}): the test rows took part in the choice"
                )
                yield a.hit(type(self), fit.site, msg, [(split.site, "split here")], fit=fit, split=split)
                break


class FitOnCombinedData(Rule):
    code = "LK102"
    name = "fit-on-combined-data"
    summary = (
        "Flags a preprocessing step fitted on data that combines training and test data "
        "(`pd.concat`, `np.vstack`, `np.concatenate`, `DataFrame.append` of train and test, or a "
        "frame that includes a separately loaded test file)."
    )
    why = (
        "Fitting on train and test together lets the test rows shape the learned statistics "
        "(scaling, vocabularies, category codes, imputed values), so the evaluation is no longer on "
        "unseen data. Competition notebooks do this with train.csv and test.csv to 'see all "
        "categories'; the score it gives is optimistic."
    )
    invalid = """
full = pd.concat([train, test])
scaler = StandardScaler().fit(full[num_cols])  # expect: LK102
train[num_cols] = scaler.transform(train[num_cols])
test[num_cols] = scaler.transform(test[num_cols])
"""
    valid = """
scaler = StandardScaler().fit(train[num_cols])
train[num_cols] = scaler.transform(train[num_cols])
test[num_cols] = scaler.transform(test[num_cols])
"""
    fix = (
        "Fit on the training data alone and transform each part with the fitted step. For "
        "encoders, use `handle_unknown=\"ignore\"` instead of fitting on test categories."
    )
    fix_safety = (
        "Unsafe: the step is fitted on the training piece of the combined data only "
        "(`scaler.fit(train)`; a `fit_transform` keeps transforming the combined data, with the "
        "training statistics). An encoder may then meet test categories it never saw and fail: "
        "give it `handle_unknown=\"ignore\"` where needed."
    )
    fixable = True

    def check(self, a: Analysis) -> Iterator[Hit]:
        for fit in learned_fits(a):
            pair = combined_parts(a, fit.data.rows)  # type: ignore[union-attr]
            if pair is None or not used_for_modeling(a, fit.state):
                continue  # e.g. PCA of train+test only for a plot
            _, test_rows = pair
            label = f" {test_rows.label}" if test_rows.label else ""
            msg = (
                f"{fit.obj.cls} is fitted on {a.name(fit.data)}, which combines the training data with "
                f"the test data{label}: the test rows shape what it learns"
            )
            related = [(test_rows.site, "test data combined here")] if test_rows.site is not None else []
            yield a.hit(type(self), fit.site, msg, related, fit=fit)


class RefitOnTest(Rule):
    code = "LK103"
    name = "refit-on-test"
    summary = (
        "Flags a transformer fitted again on the test data (`fit_transform(X_test)`) instead of "
        "applying the one fitted on the training data (`transform(X_test)`)."
    )
    why = (
        "The test set is then scaled, encoded or reduced with its own statistics. The model is "
        "evaluated on features it never saw the like of in training, and the evaluation uses "
        "knowledge of the whole test set at once, which production never has."
    )
    invalid = """
X_train = scaler.fit_transform(X_train)
X_test = scaler.fit_transform(X_test)  # expect: LK103
"""
    valid = """
X_train = scaler.fit_transform(X_train)
X_test = scaler.transform(X_test)
"""
    fix = "Call `transform` on the test data with the transformer fitted on the training data."
    fix_safety = (
        "Replacing `fit_transform(X_test)` with `transform(X_test)` is safe when the same object "
        "was fitted on training data before (inside a helper: earlier in the same call): it only "
        "stops the refit. A second transformer of the same class and settings fitted on the test "
        "data (`sc_test.fit_transform(X_test)`) is replaced by the training one "
        "(`sc_train.transform(X_test)`): unsafe, since the test data's values change."
    )
    fixable = True

    def check(self, a: Analysis) -> Iterator[Hit]:
        for fit in learned_fits(a):
            rows = fit.data.rows  # type: ignore[union-attr]
            if not (a.is_test(rows) or (rows is not None and rows.test_source and a.role(rows) is None)):
                continue
            if not used_for_modeling(a, fit.state):
                continue
            earlier = [f for f in fit.obj.fits if f.seq < fit.seq and f.data is not None and a.role(f.data.rows) == "train"]
            if earlier:
                msg = (
                    f"{fit.obj.cls} is fitted again on test data {a.name(fit.data)}; it was fitted on "
                    f"{a.name(earlier[-1].data)} ({a.where(earlier[-1].site.node, earlier[-1].site.top)}): "
                    f"use transform() on the test data"
                )
                related = [(earlier[-1].site, "fitted on training data here")]
            else:
                msg = (
                    f"{fit.obj.cls} is fitted on test data {a.name(fit.data)}: fit it on the training "
                    f"data and only transform the test data"
                )
                split = a.split_of(rows)
                if split is not None:
                    related = [(split.site, "test data split off here")]
                else:
                    source = _source_of(rows)
                    related = [(source.site, "test data loaded here")] if source is not None and source.site is not None else []
            yield a.hit(type(self), fit.site, msg, related, fit=fit, train_fit=earlier[-1] if earlier else None)
        yield from self._resampled_tests(a)
        yield from self._test_statistics(a)

    def _resampled_tests(self, a: Analysis) -> Iterator[Hit]:
        """``fit_resample(X_test, y_test)``: the evaluation measures synthetic or removed rows."""
        seen: set[int] = set()
        for rs in a.events(ResampleEvent):
            rows = rs.data.rows
            if rows is None or id(rs.site.node) in seen or not (a.is_test(rows) or (rows.test_source and a.role(rows) is None)):
                continue
            seen.add(id(rs.site.node))
            msg = (
                f"{rs.what} resamples the test data {a.name(rs.data)}: the evaluation then counts "
                f"synthetic or removed rows instead of the real class balance; resample the training data only"
            )
            split = a.split_of(rows)
            source = _source_of(rows)
            related = [(split.site, "test data split off here")] if split is not None else (
                [(source.site, "test data loaded here")] if source is not None and source.site is not None else []
            )
            yield a.hit(type(self), rs.site, msg, related, resample=rs)

    def _test_statistics(self, a: Analysis) -> Iterator[Hit]:
        """``X_te = (X_te - X_te.mean(0)) / X_te.std(0)``: the test part scaled with its own statistics."""
        stat_events = a.events(StatEvent)
        for apply in a.events(ApplyEvent):
            target = apply.target.rows
            split = a.split_of(target)
            if split is None or not a.is_test(target):
                continue
            own = [
                ev for ev in stat_events
                if ev.data.rows is not None and a.is_test(ev.data.rows) and a.split_of(ev.data.rows) is split
                and any(a.flows(ev.result.id, st.id) for st in apply.stats)
            ]
            if not own or not used_for_modeling(a, apply.target.id):
                continue
            stat = own[0]
            msg = (
                f"{stat.what}() of the test data {a.name(stat.data)} is applied to the test data: "
                f"compute it on the training data and apply that value to both parts"
            )
            yield a.hit(type(self), apply.site, msg, [(stat.site, "statistic of the test data computed here"), (split.site, "test data split off here")], apply=apply, stat=stat)


class CvAfterPreprocessing(Rule):
    code = "LK104"
    name = "cv-after-preprocessing"
    summary = (
        "Flags cross-validation or a hyperparameter search (`cross_val_score`, `cross_validate`, "
        "`GridSearchCV`, `RandomizedSearchCV`, a manual `KFold` loop, ...) run on data that a "
        "preprocessing step was already fitted on as a whole."
    )
    why = (
        "Each fold's validation rows were part of the data the step learned from, so every "
        "validation score is optimistic, and so is the choice of hyperparameters made from them."
    )
    invalid = """
X_scaled = StandardScaler().fit_transform(X)
scores = cross_val_score(LogisticRegression(), X_scaled, y, cv=5)  # expect: LK104
"""
    valid = """
model = make_pipeline(StandardScaler(), LogisticRegression())
scores = cross_val_score(model, X, y, cv=5)
"""
    fix = (
        "Put the preprocessing step and the model in a `Pipeline` (`make_pipeline(...)`) and "
        "cross-validate the pipeline on the untransformed data, so each fold fits its own step."
    )
    fix_safety = (
        "Unsafe: the preprocessing steps go into `make_pipeline(...)` with the model, the "
        "cross-validation or search runs on the untransformed data, and a search's grid keys get "
        "the model's step prefix (`\"C\"` -> `\"svc__C\"`). Several steps in a row go in "
        "together, and every CV call on the same matrix is rewritten. Statements that only "
        "produced the transformed data are removed. When the search's model predicts afterwards, "
        "its predictions get the untransformed test data (the test transforms are removed); "
        "any other later use of the fitted search or of the transformer refuses the fix."
    )
    fixable = True

    def check(self, a: Analysis) -> Iterator[Hit]:
        fits = learned_fits(a, statistics_only=True)
        cvs: list[tuple[object, Value | None, str]] = [(c, c.data, c.what) for c in a.events(CVEvent)]
        for s in a.events(SplitEvent):
            if s.kind != "cv":
                continue
            cvs += [(s, s.inputs[0] if s.inputs else None, s.label)]
            # a hand-written loop: the data its fold indices select (X[train_idx])
            cvs += [(s, a.program.values[v], s.label) for v in sorted(a.split_part_values(s))[:8]]
        done: set[int] = set()
        told = {id(fit) for fit, _ in fits_before_split(a)}  # LK101 tells these, with the CV related
        told |= {id(f) for f in fits if combined_parts(a, f.data.rows) is not None}  # and LK102 these
        hits: list[Hit] = []
        for ev, data, what in sorted(cvs, key=lambda c: c[0].seq):  # type: ignore[attr-defined]
            if data is None or data.rows is None or id(ev) in done:
                continue
            if resampled_before(a, data, ev):  # type: ignore[arg-type]
                continue  # resampling before the CV is the leak to tell: LK201
            for fit in fits:
                if id(fit) in told or fit.seq > ev.seq or not a.flows_into_columns(fit.state, data):  # type: ignore[attr-defined]
                    continue
                if _affine(fit.obj) and _refits_affine(getattr(ev, "estimator", None)):
                    continue  # Pipeline(StandardScaler(), model) re-fits per fold: the earlier scaling changes nothing
                if not a.contains(fit.data.rows, data.rows):  # type: ignore[union-attr]
                    continue
                done.add(id(ev))
                msg = (
                    f"{what} cross-validates {a.name(data)}, which was transformed by {fit.obj.cls} "
                    f"fitted on all of {a.name(fit.data)} ({a.where(fit.site.node, fit.site.top)}): "
                    f"each fold's validation rows leaked into it; use a Pipeline"
                )
                hits.append(a.hit(type(self), ev.site, msg, [(fit.site, f"{fit.obj.cls} fitted here")], cv=ev, fit=fit))  # type: ignore[attr-defined]
                break
        yield from grouped(hits, lambda h: id(h.events["fit"]), lambda h: "cross-validated again here")


class FullDataStatistics(Rule):
    code = "LK105"
    name = "full-data-statistics"
    severity = "warning"
    summary = (
        "Flags statistics of the whole dataset (pandas/numpy `mean`, `median`, `std`, `min`, `max`, "
        "`quantile`, `mode`, `groupby(...).transform(...)` target encoding, `value_counts` maps) "
        "used to fill, scale, bin or encode the data before it is split."
    )
    why = (
        "A mean, a quantile or a per-category target average computed over all rows includes the "
        "test rows. Filling or encoding with it hands the model a summary of the test set; target "
        "encoding over all rows hands it the test labels themselves."
    )
    invalid = """
df["age"] = df["age"].fillna(df["age"].mean())  # expect: LK105
train, test = train_test_split(df, test_size=0.2)
"""
    valid = """
train, test = train_test_split(df, test_size=0.2)
mean_age = train["age"].mean()
train["age"] = train["age"].fillna(mean_age)
test["age"] = test["age"].fillna(mean_age)
"""
    fix = (
        "Split first, compute the statistic on the training part, and apply that value to both "
        "parts (or use a `SimpleImputer` / `TargetEncoder` inside a Pipeline)."
    )
    fix_safety = (
        "Unsafe: the statement moves to just after the split; the statistic is computed on the "
        "training part (`age_median = train[\"age\"].median()`) and applied to both parts, and "
        "a `groupby(k)[t].transform(...)` target or frequency encoding becomes a map learned on "
        "the training part and applied to each part's key column (unseen categories get NaN). "
        "This move is offered only when the code between the statement and the split leaves the "
        "filled columns alone, the split hands out those columns, and nothing after the split "
        "reads the unfilled frame. Where the filled column feeds later feature code, the "
        "statement stays and the statistic is learned on exactly the rows the split trains on "
        "(`df.iloc[train_rows]`, `train_rows = train_test_split(range(len(df)), <the split's own "
        "options>)[0]`), offered only when no row is added, dropped or reordered in between. "
        "Otherwise the report gives the reason (`no_fix_reason`)."
    )
    fixable = True

    def check(self, a: Analysis) -> Iterator[Hit]:
        hits = list(self._hits(a))
        # one block of statements filling or encoding with statistics before one split: one finding
        places = {id(h): a.location(h.node, h.top) for h in hits}
        lines = {id(h): (places[id(h)].path, places[id(h)].line) for h in hits}
        block: dict[int, tuple[int, int]] = {}
        last: dict[int, tuple[int, tuple[str, int]]] = {}  # split -> (block id, (file, line) of its last statement)
        for h in sorted(hits, key=lambda h: lines[id(h)]):
            key = id(h.events.get("split"))
            prev = last.get(key)
            near = prev is not None and prev[1][0] == lines[id(h)][0] and lines[id(h)][1] - prev[1][1] <= 2
            number = prev[0] if prev is not None and near else len(block)
            block[id(h)] = (key, number)
            last[key] = (number, lines[id(h)])
        yield from grouped(hits, lambda h: block[id(h)], lambda h: f"also {_stat_of(h)} here")

    def _hits(self, a: Analysis) -> Iterator[Hit]:
        splits = [s for s in a.events(SplitEvent) if s.kind == "holdout"]
        stat_events = a.events(StatEvent)
        for apply in a.events(ApplyEvent):
            sources = [ev for ev in stat_events if any(a.flows(ev.result.id, s.id) for s in apply.stats)]
            sources = [s for s in sources if s.data.rows is not None and not a.has_split_ancestor(s.data.rows)]
            # the statistic this statement computes, not one that reached the frame on an earlier line
            sources.sort(key=lambda ev: (not any(ev.result is st for st in apply.stats), -ev.seq))
            if not sources:
                continue
            reported = False
            for cv in [c for c in a.events(CVEvent) if c.data is not None and c.seq > apply.seq]:
                if reported or not a.flows(apply.target.id, cv.data.id):  # type: ignore[union-attr]
                    continue
                for stat in sources:
                    if a.contains(stat.data.rows, cv.data.rows):  # type: ignore[union-attr]
                        msg = (
                            f"{stat.what}() of {a.name(stat.data)} is computed on all rows and applied "
                            f"before cross-validation ({a.where(cv.site.node, cv.site.top)}): every "
                            f"fold's validation rows shape the value"
                        )
                        yield a.hit(type(self), apply.site, msg, [(cv.site, "cross-validated here"), (stat.site, "statistic computed here")], apply=apply, stat=stat, split=cv)
                        reported = True
                        break
            for split in splits:
                if split.seq < apply.seq or reported:
                    continue
                if not reaches_split(a, apply.target.id, split):
                    continue
                parts = evaluation_parts(a, split, after=apply.seq)
                for stat in sources:
                    if any(covers(a, stat.data.rows, p) for p in parts):
                        msg = (
                            f"{stat.what}() of {a.name(stat.data)} is computed on all rows and applied "
                            f"before the split ({a.where(split.site.node, split.site.top)}): the test "
                            f"rows shape the value"
                        )
                        yield a.hit(type(self), apply.site, msg, [(split.site, "split here"), (stat.site, "statistic computed here")], apply=apply, stat=stat, split=split)
                        reported = True
                        break
            if not reported:
                hit = self._after_split(a, apply, sources) or self._combined(a, apply, sources)
                if hit is not None:
                    yield hit

    def _after_split(self, a: Analysis, apply: ApplyEvent, sources: list[StatEvent]) -> Hit | None:
        """``train = train.fillna(df.mean())``: all rows' statistic written into the training part."""
        target = apply.target.rows
        split = a.split_of(target)
        if split is None or a.role(target) != "train" or split.seq > apply.seq:
            return None
        parts = evaluation_parts(a, split)
        for stat in sources:
            if any(covers(a, stat.data.rows, p) for p in parts) and used_for_modeling(a, apply.target.id):
                msg = (
                    f"{stat.what}() of {a.name(stat.data)} is computed on all rows, test rows included, "
                    f"and written into the training part {a.name(apply.target)}: compute it on the training part"
                )
                return a.hit(type(self), apply.site, msg, [(stat.site, "statistic computed here"), (split.site, "split here")], apply=apply, stat=stat, split=split)
        return None

    def _combined(self, a: Analysis, apply: ApplyEvent, sources: list[StatEvent]) -> Hit | None:
        """Statistics of train and test concatenated, written into the data a model uses."""
        for stat in sources:
            union = combined_union(a, stat.data.rows)
            if union is None or not used_for_modeling(a, apply.target.id):
                continue
            msg = (
                f"{stat.what}() of {a.name(stat.data)} is computed on training and test data combined "
                f"({a.where(union.site.node, union.site.top) if union.site else 'combined earlier'}): the test rows shape the value"
            )
            related = [(stat.site, "statistic computed here")] + ([(union.site, "train and test combined here")] if union.site else [])
            return a.hit(type(self), apply.site, msg, related, apply=apply, stat=stat)
        return None
