"""Selection leaks: the test set used to choose models, hyperparameters or epochs (LK301, LK302)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from leakscan import knowledge as K
from leakscan.knowledge import tables as T
from leakscan.graph.model import CLASS, OBJECT, SCORE, SYMBOL, EvalEvent, FitEvent, Loop, PredictEvent, SelectEvent, Site, Value
from leakscan.rules.base import Rule
from leakscan.rules.grouping import grouped

if TYPE_CHECKING:  # the analysis (libcst) for types only: listing rules stays light
    from leakscan.analysis import Analysis, Hit


def test_evaluations(a: Analysis) -> list[EvalEvent]:
    """Evaluations of a known model on test data (not validation data, not CV folds)."""
    out = []
    for ev in a.events(EvalEvent):
        rows = a.eval_rows(ev)
        if ev.obj is None or rows is None or not a.is_test(rows):
            continue
        split = a.split_of(rows)
        if split is not None and split.kind == "cv":
            continue  # a fold's validation part: comparing on folds is model selection done right
        out.append(ev)
    return out


def _selected(a: Analysis, result: Value, loop: int | None = None) -> SelectEvent | None:
    """The comparison, max/argmax or sort an evaluation's result feeds (inside ``loop`` if given)."""
    for sel in a.events(SelectEvent):
        if not sel.keeps or (loop is not None and loop not in sel.loops):
            continue
        for inp in sel.inputs:
            if a.flows(result.id, inp.id):
                return sel
    return None


def _epoch_loop(a: Analysis, ev: EvalEvent) -> Loop | None:
    """A loop that trains the model and evaluates it each time round (epochs, boosting rounds)."""
    obj = ev.obj
    if obj is None:
        return None
    for loop_id in ev.loops:
        trains = any(loop_id in f.loops for f in obj.fits if f.data is not None and a.role(f.data.rows) not in ("test", "val"))
        if not trains:
            trains = any(
                loop_id in p.loops and p.obj is obj and p.data.rows is not None and a.role(p.data.rows) not in ("test", "val")
                for p in a.events(PredictEvent)
            )
        if trains:
            return a.program.loops[loop_id]
    return None


def _tuning_loop(a: Analysis, ev: EvalEvent) -> Loop | None:
    """The enclosing loop whose variable sets the evaluated model's hyperparameters, if any."""
    obj = ev.obj
    if obj is None:
        return None
    if obj.kind == K.SEARCH:
        return None  # a loop over searches: each tunes by cross-validation, not by the test score
    for loop_id in reversed(ev.loops):
        loop = a.program.loops[loop_id]
        if obj.from_loop == loop_id or _model_loop(a, ev) is loop:
            continue
        if obj.ctor_value >= 0 and any(v in a.ancestors(obj.ctor_value) for v in loop.var_values):
            return loop
    return None


def _rebuilt_in_loop(a: Analysis, ev: EvalEvent) -> bool:
    """Is the evaluated model built anew from an enclosing loop's variable (a different model each time)?"""
    obj = ev.obj
    if obj is None or obj.ctor_value < 0:
        return False
    ancestors = a.ancestors(obj.ctor_value)
    return any(v in ancestors for loop_id in ev.loops for v in a.program.loops[loop_id].var_values)


def _model_loop(a: Analysis, ev: EvalEvent) -> Loop | None:
    """The loop over models (``for name, est in models.items()``) the evaluated model comes from."""
    obj = ev.obj
    if obj is None:
        return None
    if obj.from_loop is not None and obj.from_loop in ev.loops:
        return a.program.loops[obj.from_loop]
    if obj.ctor_value >= 0:  # Pipeline([("prep", prep), ("model", est)]) built from the loop's model
        ancestors = a.ancestors(obj.ctor_value)
        for loop_id in reversed(ev.loops):
            loop = a.program.loops[loop_id]
            if any(v in ancestors and (a.program.values[v].kind == OBJECT or _model_classes(a, v)) for v in loop.var_values):
                return loop
    return None


def _model_classes(a: Analysis, vid: int) -> bool:
    """A loop variable that runs over classes (``for Model in (LogisticRegression, SVC)``)."""
    preds = a.predecessors(a.program.values[vid])
    return len(preds) >= 2 and all(
        p.kind == CLASS or (p.kind == SYMBOL and (p.qualname or "").rpartition(".")[2][:1].isupper()) for p in preds
    )


def tuning_evaluations(a: Analysis) -> list[tuple[EvalEvent, str, Site | None]]:
    """Test-set evaluations that choose something: (evaluation, why, where the choice is made)."""
    out: list[tuple[EvalEvent, str, Site | None]] = []
    tests = test_evaluations(a)
    for ev in tests:
        if _tuning_loop(a, ev) is not None:
            sel = _selected(a, ev.result)
            out.append((ev, "a loop over hyperparameters", sel.site if sel else None))
            continue
        loop = _model_loop(a, ev)
        if loop is not None:
            sel = _selected(a, ev.result)
            if sel is not None:
                out.append((ev, "a loop that keeps the best model", sel.site))
            continue
        loop = _epoch_loop(a, ev)
        if loop is not None:
            sel = _selected(a, ev.result, loop.id)
            if sel is not None:
                out.append((ev, "a training loop that keeps the best epoch", sel.site))
    chosen = {id(e) for e, _, _ in out}
    # Unrolled choice: two or more models' test scores compared to pick one.
    for sel in a.events(SelectEvent):
        if not sel.picks:
            continue  # "winner: A" printed, no model kept: several models on one test set is LK302
        feeding = [ev for ev in tests if id(ev) not in chosen and any(a.flows(ev.result.id, i.id) for i in sel.inputs)]
        if len({ev.state for ev in feeding}) >= 2:
            for ev in feeding:
                out.append((ev, "a comparison of test scores", sel.site))
                chosen.add(id(ev))
    return out


class TestSetTuning(Rule):
    code = "LK301"
    name = "test-set-tuning"
    in_helper = False  # the pick / the comparison is told where the models are scored
    summary = (
        "Flags the test set used to choose something: a loop over hyperparameters or models scored "
        "on the test set with a best one kept; a search `fit` on test data; early stopping, "
        "checkpointing or `eval_set` / `validation_data` on the test set (Keras, PyTorch, XGBoost, "
        "LightGBM, CatBoost)."
    )
    why = (
        "Whatever is chosen by its test score is fitted to the test set: the chosen model's test "
        "score is the maximum of many noisy scores, and no longer an unbiased estimate. This "
        "selection leakage inflates scores more than any other kind."
    )
    invalid = """
for k in range(1, 30):
    knn = KNeighborsClassifier(n_neighbors=k).fit(X_train, y_train)
    scores.append(knn.score(X_test, y_test))  # expect: LK301
"""
    valid = """
X_tr, X_val, y_tr, y_val = train_test_split(X_train, y_train, test_size=0.2)
for k in range(1, 30):
    knn = KNeighborsClassifier(n_neighbors=k).fit(X_tr, y_tr)
    scores.append(knn.score(X_val, y_val))
"""
    fix = (
        "Choose on a validation split carved from the training data (or with cross-validation on "
        "the training data, e.g. `GridSearchCV`), and score the final choice on the test set once."
    )
    fix_safety = (
        "Unsafe, offered for early stopping / `eval_set` / `validation_data` on the test set, for "
        "a loop that tunes on test scores, and for a search fitted on test data. A validation "
        "split is carved from the training data (`train_test_split(X_train, y_train, "
        "test_size=0.2, random_state=0)`); the model trains on the rest and is monitored or scored "
        "on it (a search simply fits on the training data). The model then trains on less data. "
        "With the native APIs (`xgb.train(..., evals=...)`, `lgb.train(..., valid_sets=...)`) the "
        "training dataset is built from the carved training rows and a validation dataset, built "
        "like the test one, is monitored instead."
    )
    fixable = True

    def check(self, a: Analysis) -> Iterator[Hit]:
        hits = []
        for ev, why, chosen_at in tuning_evaluations(a):
            fit = a.fit_of_state(ev.state)
            related = [(fit.site, "model trained here")] if fit is not None else []
            if chosen_at is not None:
                related.append((chosen_at, "chosen by test score here"))
            msg = (
                f"{ev.what} scores {ev.obj.cls if ev.obj else 'a model'} on the test set inside {why}: "  # type: ignore[union-attr]
                f"choosing by test score tunes the model to the test set; use a validation split"
            )
            hits.append(a.hit(type(self), ev.site, msg, related, evaluation=ev, chosen_at=chosen_at))
        # one choice, one finding: the same loop scored with several metrics is told once
        yield from grouped(hits, _tuning_cause, lambda h: f"scored on the test set again here with {h.events['evaluation'].what}")
        for fit in a.events(FitEvent):
            if fit.obj.kind == K.SEARCH and fit.data is not None and a.is_test(fit.data.rows):
                msg = f"{fit.obj.cls} searches hyperparameters on test data {a.name(fit.data)}: search on the training data"
                yield a.hit(type(self), fit.site, msg, fit=fit)
                continue
            if fit.selects:
                for es in fit.eval_sets:
                    rows = _rows_in(es)
                    if any(a.is_test(r) for r in rows):
                        msg = (
                            f"{fit.obj.cls} is trained with early stopping / checkpointing monitored on "
                            f"test data {a.name(es)}: the stopping point is chosen by test score; "
                            f"monitor a validation split instead"
                        )
                        split = next((a.split_of(r) for r in rows if a.split_of(r) is not None), None)
                        related = [(split.site, "test data split off here")] if split is not None else []
                        yield a.hit(type(self), fit.site, msg, related, fit=fit, eval_set=es)
                        break


def _rows_in(value: Value) -> list:
    if value.rows is not None:
        return [value.rows]
    out = []
    for item in value.items or []:
        out.extend(_rows_in(item))
    return out


class TestSetReuse(Rule):
    code = "LK302"
    name = "test-set-reuse"
    in_helper = False  # the pick / the comparison is told where the models are scored
    severity = "warning"
    summary = (
        "Flags several different models evaluated on the same test set and compared (multi-test "
        "leakage): the second and later evaluations."
    )
    why = (
        "Each look at the test set is a chance to adapt to it. Reporting the best of several test "
        "scores reports a maximum of noisy estimates, which is optimistically biased; the test set "
        "is meant to be used once, on the final model."
    )
    invalid = """
lr.fit(X_train, y_train)
print(accuracy_score(y_test, lr.predict(X_test)))
rf.fit(X_train, y_train)
print(accuracy_score(y_test, rf.predict(X_test)))  # expect: LK302
"""
    valid = """
for model in (lr, rf):
    print(cross_val_score(model, X_train, y_train, cv=5).mean())
best = rf.fit(X_train, y_train)
print(accuracy_score(y_test, best.predict(X_test)))
"""
    fix = (
        "Compare candidates with cross-validation or a validation split on the training data, "
        "then evaluate only the chosen model on the test set."
    )

    def check(self, a: Analysis) -> Iterator[Hit]:
        tuned = {id(ev) for ev, _, _ in tuning_evaluations(a)}
        groups: dict[int, list[EvalEvent]] = {}
        for ev in test_evaluations(a):
            split = a.split_of(a.eval_rows(ev))
            groups.setdefault(id(split) if split else -1, []).append(ev)
        for evs in groups.values():
            # each model once (several metrics on one model are one evaluation); a loop over models counts twice
            if any(id(ev) in tuned for ev in evs):
                continue  # the test set was used to choose: LK301 tells that story
            firsts: dict[object, EvalEvent] = {}
            for ev in sorted(evs, key=lambda e: e.seq):
                if ev.obj is not None and ev.obj.cls in _BASELINES:
                    continue  # a "no skill" baseline is a yardstick, not a competitor
                firsts.setdefault(ev.state if ev.state is not None else id(ev.obj), ev)
            models = list(firsts.values())
            if not models or any(_chosen(a, ev) for ev in models):
                continue  # no model; or a model chosen by CV / validation, shown next to its baselines
            if _loops(a, models[0]):
                second = models[0]  # a loop over models: several models at one line
            elif len(models) >= 2:
                second = models[1]
            else:
                continue  # one model, however many metrics score it
            related = [(ev.site, "first evaluation on this test set" if ev is models[0] else "another model evaluated here") for ev in models if ev is not second]
            msg = (
                f"{second.what} evaluates {second.obj.cls if second.obj else 'another model'} on a test set that "
                f"also evaluates {'other models' if len(models) > 2 or _loops(a, second) else 'another model'}: comparing models on the "
                f"test set biases the reported best score; compare them by cross-validation or on a validation split"
            )
            yield a.hit(type(self), second.site, msg, related, evaluation=second)


_BASELINES = frozenset(q.rpartition(".")[2] for q in T.BASELINE_ESTIMATORS)


def _tuning_cause(hit: Hit) -> object:
    """What chooses: the innermost loop the evaluation runs in, else the comparison."""
    ev: EvalEvent = hit.events["evaluation"]
    if ev.loops:
        return ("loop", ev.loops[-1])
    chosen = hit.events.get("chosen_at")
    return ("pick", id(chosen.node)) if chosen is not None else None


def _loops(a: Analysis, ev: EvalEvent) -> bool:
    """Is this evaluation inside a loop over several models?"""
    return _model_loop(a, ev) is not None or _rebuilt_in_loop(a, ev)


def _chosen(a: Analysis, ev: EvalEvent) -> bool:
    """Was the evaluated model chosen by scores (a search's CV, a pick on validation data)?"""
    obj = ev.obj
    if obj is None:
        return False
    if obj.kind == K.SEARCH:
        return True
    if obj.ctor_value < 0:
        return False
    return any(a.program.values[v].kind == SCORE for v in a.ancestors(obj.ctor_value))
