"""Overlap leaks: the same (or synthetic copies of) rows on both sides of the split (LK201, LK202)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from leakscan.knowledge import tables as T
from leakscan.graph.model import CVEvent, EvalEvent, ResampleEvent, RowSet, SplitEvent
from leakscan.rules.base import Rule
from leakscan.rules.grouping import grouped

if TYPE_CHECKING:  # the analysis (libcst) for types only: listing rules stays light
    from leakscan.analysis import Analysis, Hit


def strict_part(a: Analysis, rows: RowSet, trained: RowSet) -> bool:
    """Are ``rows`` a subset carved out of ``trained`` (a check sample of the training rows)?"""
    return rows is not trained and rows.kind in ("subset", "filter") and a.contains(trained, rows)


def same_scoring(hit: Hit) -> tuple[int | None, int] | None:
    """One model on one data set: the same evaluation, whatever metric scores it."""
    from leakscan.analysis import Analysis  # at run time only: listing rules stays light

    ev: EvalEvent = hit.events["evaluation"]
    rows = Analysis.eval_rows(ev)
    return (ev.state, rows.id) if rows is not None else None


def scored_again(hit: Hit) -> str:
    return f"scored again here with {hit.events['evaluation'].what}"


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


_UNDERSAMPLERS = frozenset(q.rpartition(".")[2] for q in T.RESAMPLERS if ".under_sampling." in q)


def _undersamples(what: str) -> bool:
    """``RandomUnderSampler.fit_resample``, ``NearMiss.fit_resample``: rows removed, none copied."""
    return what.partition(".")[0] in _UNDERSAMPLERS


def descends_from(rows: RowSet, origin: RowSet) -> bool:
    """Are ``rows`` made from ``origin`` (it, a part of it, a union or branch that holds it)?"""
    stack, seen = [rows], 0
    while stack and seen < 256:
        r = stack.pop()
        seen += 1
        if r is origin:
            return True
        stack.extend(r.parents)
    return False


def _branch(a: Analysis, rows: RowSet, inner: RowSet) -> tuple[int, ...]:
    """Which alternatives of undecided ``if`` branches lead from ``rows`` down to ``inner``."""
    path: list[int] = []
    r: RowSet | None = rows
    while r is not None and len(path) < 16:
        if r.kind == "either":
            index = next((i for i, p in enumerate(r.parents) if a.contains(p, inner)), -1)
            path.append(index)
            r = r.parents[index] if index >= 0 else None
        elif r.kind in ("subset", "filter") and r.parents:
            r = r.parents[0]
        else:
            break
    return tuple(path)


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
        "class balance, so its scores change (they become honest). Before cross-validation or a "
        "search, the sampler and the model become an imbalanced-learn pipeline "
        "(`make_pipeline(SMOTE(), model)`, grid keys prefixed) run on the original data; before "
        "a hand-written fold loop, the resampling moves into the loop, on the training fold. "
        "`sklearn.utils.resample` upsampling of class subsets is not fixed (the report says why)."
    )
    fixable = True

    def check(self, a: Analysis) -> Iterator[Hit]:
        splits = [(s, s.inputs) for s in a.events(SplitEvent)]
        splits += [(c, [c.data] if c.data is not None else []) for c in a.events(CVEvent)]
        reported: set[tuple[int, int]] = set()
        for rs in a.events(ResampleEvent):
            if a.has_split_ancestor(rs.data.rows):
                continue
            for ev, inputs in sorted(splits, key=lambda p: p[0].seq):
                holders = [v.rows for v in inputs if v.rows is not None and descends_from(v.rows, rs.output_rows)]
                key = (id(ev), _branch(a, holders[0], rs.output_rows) if holders else ())
                if ev.seq < rs.seq or key in reported:
                    continue
                if holders:
                    kind = "cross-validated" if isinstance(ev, CVEvent) or getattr(ev, "kind", "") == "cv" else "split into train and test"
                    effect = (
                        "it removes rows by a rule fitted on all of them, so the evaluation data no longer has the real class balance"
                        if _undersamples(rs.what) else "copies of evaluation rows (or synthetic neighbours of them) end up in training data"
                    )
                    msg = f"{rs.what} resamples {a.name(rs.data)} before it is {kind} ({a.where(ev.site.node, ev.site.top)}): {effect}"
                    yield a.hit(type(self), rs.site, msg, [(ev.site, "split here")], resample=rs, split=ev)
                    reported.add(key)  # X and y resampled for one split: one story (per branch of an `if`)
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
        hits: list[Hit] = []
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
            hits.append(a.hit(type(self), ev.site, msg, [(fit.site, "trained here")], evaluation=ev, fit=fit))
        yield from grouped(hits, same_scoring, scored_again)
