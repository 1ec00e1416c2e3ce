"""Overlap leaks: the same (or synthetic copies of) rows on both sides of the split (LK201, LK202)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from leakscan.graph.model import CVEvent, EvalEvent, ResampleEvent, RowSet, SplitEvent
from leakscan.rules.base import Rule

if TYPE_CHECKING:  # the analysis (libcst) for types only: listing rules stays light
    from leakscan.analysis import Analysis, Hit


def strict_part(a: Analysis, rows: RowSet, trained: RowSet) -> bool:
    """Are ``rows`` a subset carved out of ``trained`` (a check sample of the training rows)?"""
    return rows is not trained and rows.kind in ("subset", "filter") and a.contains(trained, rows)


def renamed_as_evaluation(ev: EvalEvent) -> bool:
    """Was the evaluated data bound to a test/validation name (``X_valid = X_train``)?"""
    from leakscan.graph.common import role_from_name

    for v in (ev.data, ev.truth):
        if v is None:
            continue
        names = [n for n, _ in v.extra.get("bound", [])]
        if len(names) > 1 and any(role_from_name(n) in ("test", "val") for n in names[1:]):
            return True
    return False


class ResampleBeforeSplit(Rule):
    code = "LK201"
    name = "resample-before-split"
    summary = (
        "Flags over/under-sampling or augmentation (imbalanced-learn `fit_resample`, "
        "`sklearn.utils.resample`, SMOTE variants, data augmentation) that runs before the split "
        "or before cross-validation."
    )
    why = (
        "Oversampling copies minority rows (or interpolates between neighbours, as SMOTE does). "
        "Split afterwards, and copies or near-copies of test rows sit in the training data: the "
        "model is tested on rows it has effectively memorised. Undersampling before the split "
        "also changes the test distribution away from the real one."
    )
    invalid = """
X_res, y_res = SMOTE().fit_resample(X, y)  # expect: LK201
X_train, X_test, y_train, y_test = train_test_split(X_res, y_res)
"""
    valid = """
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y)
X_train, y_train = SMOTE().fit_resample(X_train, y_train)
"""
    fix = (
        "Split first and resample the training part only - or use an imbalanced-learn `Pipeline`, "
        "which resamples inside each cross-validation fold."
    )
    fix_safety = (
        "Unsafe: the split takes the data as it was before resampling, and the resampling moves "
        "to just after the split, on the training part only. The test set keeps its natural "
        "class balance, so its scores change (they become honest)."
    )
    fixable = True

    def check(self, a: Analysis) -> Iterator[Hit]:
        splits = [(s, s.inputs) for s in a.events(SplitEvent)]
        splits += [(c, [c.data] if c.data is not None else []) for c in a.events(CVEvent)]
        reported: set[int] = set()
        for rs in a.events(ResampleEvent):
            if a.has_split_ancestor(rs.data.rows):
                continue
            for ev, inputs in sorted(splits, key=lambda p: p[0].seq):
                if ev.seq < rs.seq or id(ev) in reported:
                    continue
                if any(v.rows is not None and a.contains(v.rows, rs.output_rows) for v in inputs):
                    kind = "cross-validated" if isinstance(ev, CVEvent) or getattr(ev, "kind", "") == "cv" else "split into train and test"
                    msg = (
                        f"{rs.what} resamples {a.name(rs.data)} before it is {kind} "
                        f"({a.where(ev.site.node, ev.site.top)}): copies of evaluation rows end up in training data"
                    )
                    yield a.hit(type(self), rs.site, msg, [(ev.site, "split here")], resample=rs, split=ev)
                    reported.add(id(ev))  # X and y resampled for one split: one story
                    break


class TrainTestOverlap(Rule):
    code = "LK202"
    name = "train-test-overlap"
    summary = (
        "Flags an evaluation whose data contains training rows: a test set sliced out of the "
        "training set, a model evaluated on the full data it was partly trained on, the same "
        "variable passed as train and test."
    )
    why = (
        "A model scores well on rows it was trained on. When the evaluation data overlaps the "
        "training data, the score measures memorisation, not generalisation."
    )
    invalid = """
model.fit(X, y)
X_train, X_test, y_train, y_test = train_test_split(X, y)
print(accuracy_score(y_test, model.predict(X_test)))  # expect: LK202
"""
    valid = """
X_train, X_test, y_train, y_test = train_test_split(X, y)
model.fit(X_train, y_train)
print(accuracy_score(y_test, model.predict(X_test)))
"""
    fix = "Train on the training part only, and evaluate on rows the model has never seen."

    def check(self, a: Analysis) -> Iterator[Hit]:
        for ev in a.events(EvalEvent):
            fit = a.fit_of_state(ev.state)
            rows = a.eval_rows(ev)
            if fit is None or fit.data is None or fit.data.rows is None or rows is None:
                continue
            trained = fit.data.rows
            if trained is rows and not renamed_as_evaluation(ev):
                continue  # scoring on the very training data: LK401's business
            inside = a.contains(trained, rows) and (
                a.role(rows) in ("test", "val") or renamed_as_evaluation(ev) or strict_part(a, rows, trained)
            )
            around = a.contains(rows, trained) and a.role(trained) == "train" and a.role(rows) is None
            shared = a.overlapping(rows, trained)
            if not (inside or around or shared):
                continue
            if shared and not inside:
                msg = (
                    f"{ev.what} evaluates on {a.name(ev.data or ev.truth)}, which shares rows with the "
                    f"training data {a.name(fit.data)} ({a.where(fit.site.node, fit.site.top)})"
                )
            elif inside:
                msg = (
                    f"{ev.what} evaluates on {a.name(ev.data or ev.truth)}, but the model was trained on "
                    f"{a.name(fit.data)} ({a.where(fit.site.node, fit.site.top)}), which contains those rows"
                )
            else:
                msg = (
                    f"{ev.what} evaluates on {a.name(ev.data or ev.truth)}, the full data, but the model "
                    f"was trained on part of it ({a.where(fit.site.node, fit.site.top)})"
                )
            yield a.hit(type(self), ev.site, msg, [(fit.site, "trained here")], evaluation=ev, fit=fit)
