"""LK104 cv-after-preprocessing: cross-validate a Pipeline on the untransformed data.

``X_s = scaler.fit_transform(X)`` + ``cross_val_score(model, X_s, y)`` becomes
``cross_val_score(make_pipeline(scaler, model), X, y)``; for a search,
``GridSearchCV(SVC(), grid).fit(X_s, y)`` becomes ``GridSearchCV(make_pipeline(scaler, SVC()),
grid).fit(X, y)`` with the grid's keys renamed to the pipeline's step (``"C"`` ->
``"svc__C"``). The transform statements are removed when nothing else reads their result (an
in-place ``X = scaler.fit_transform(X)`` must go, or the refuses). A search whose fitted model
is used afterwards (``best_estimator_``, ``predict``) is refused: it would now expect raw data.
"""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst

from leakscan import knowledge as K
from leakscan.analysis import Analysis, Hit
from leakscan.findings import Fix
from leakscan.fixes._rewrite import FixRefused, Rewrite, _imported_as
from leakscan.fixes._tree import (
    contains_node,
    Place,
    TreeIndex,
    argument,
    assign_parts,
    binds,
    method_call,
    names_in,
    positional,
    tree_index,
    tuple_names,
    used_after,
)
from leakscan.graph.model import CVEvent, FitEvent, ResampleEvent

_CV_FUNCTIONS = frozenset({"cross_val_score", "cross_validate", "cross_val_predict", "learning_curve"})
_SEARCHES = {
    "GridSearchCV": "param_grid",
    "RandomizedSearchCV": "param_distributions",
    "HalvingGridSearchCV": "param_grid",
    "HalvingRandomSearchCV": "param_distributions",
}
_SEARCH_RESULTS = frozenset({"best_params_", "best_score_", "cv_results_", "best_index_", "n_splits_", "scorer_", "multimetric_", "refit_time_"})


@dataclass
class Step:
    place: Place
    recv: cst.BaseExpression  # the transformer: a name, or its constructor call
    source: str  # the data it transforms (its root name)
    output: str
    source_node: cst.BaseExpression | None = None  # a column of a frame (``df["text"]``) rather than a name


def fix_cv_after_preprocessing(analysis: Analysis, hit: Hit) -> Fix | None:
    cv = hit.events.get("cv")
    fit = hit.events.get("fit")
    if not isinstance(cv, CVEvent):
        raise FixRefused("the cross-validation is a hand-written fold loop: fit the step on each training fold inside it")
    if not isinstance(fit, FitEvent) or cv.site.frames:
        raise FixRefused("the cross-validation is inside a helper")
    try:
        return _fix(analysis, cv, fit)
    except FixRefused:
        return None


def _fix(analysis: Analysis, cv: CVEvent, fit: FitEvent) -> Fix:
    index = tree_index(analysis)
    call = cv.site.node
    if not isinstance(call, cst.Call):
        raise FixRefused("not a call")
    search = cv.estimator if cv.estimator is not None and cv.estimator.kind == K.SEARCH and cv.what.endswith(".fit") else None
    rw = Rewrite(analysis)
    if search is not None:
        ctor = search.site.node
        if search.site.frames or not isinstance(ctor, cst.Call) or search.cls not in _SEARCHES:
            raise FixRefused("unknown search")
        data = argument(call, 0, "X")
        estimator = argument(ctor, 0, "estimator")
        grid = argument(ctor, 1, _SEARCHES[search.cls])
        if grid is None or not search.steps:
            raise FixRefused("search without a known estimator and grid")
        step_name = _step_name(search.steps[0].cls)
        owner = _search_name(index, call, cv.site.top)
    else:
        if cv.what not in _CV_FUNCTIONS:
            raise FixRefused("not a cross-validation function")
        data = argument(call, 1, "X")
        estimator = argument(call, 0, "estimator")
        ctor = call
    if not isinstance(data, cst.Name) or estimator is None or positional(call) is None:
        raise FixRefused("data or estimator is not plain")
    target = argument(call, 1, "y") if search is not None else argument(call, 2, "y")
    cv_place = index.place(call, cv.site.top)
    if cv_place is None:
        raise FixRefused("no statement")
    steps, anchor = _chain(index, cv_place, data.value, target.value if isinstance(target, cst.Name) else None)
    if not steps or not any(contains_node(s.place.stmt, fit.site.node) for s in steps):
        raise FixRefused("the preprocessing is not a chain of fit_transform statements")
    raw = steps[0].source
    chain_stmts = [s.place.stmt for s in steps]
    first = steps[0].place
    suite = first.suite
    # The raw data keeps its value up to the CV call; in-place steps go, named ones go when
    # nothing else reads them.
    between = [st for st in suite[first.index + 1 : anchor.index] if st not in chain_stmts]
    outer = [anchor.stmt] if anchor.stmt is not cv_place.stmt else []
    if any(raw in binds(st) for st in between + outer):
        raise FixRefused("the raw data is rebound before the cross-validation")
    if steps[0].source_node is not None and any(_writes_into(st, raw) for st in between + outer):
        raise FixRefused("the frame whose column the step reads changes before the cross-validation")
    # every other cross-validation of the same matrix later in the block (one finding, one fix)
    extras = _other_cvs(index, anchor, data.value, raw, target) if search is None else []
    extra_stmts = [st for st, _ in extras]
    gone: list[Place] = []
    if search is not None and owner is not None and _search_used_after(index, cv_place, anchor, owner):
        # grid.predict(X_test_s) with X_test_s = scaler.transform(X_test): the pipeline now
        # takes the untransformed X_test
        gone = _predict_on_raw(rw, index, cv_place, anchor, owner, steps)
    extra_stmts += [p.stmt for p in gone]
    remove: list[Step] = []
    for s in steps:
        if s.output == s.source:
            later = [st for st in suite[s.place.index + 1 : anchor.index] if st not in chain_stmts]
            if any(s.output in names_in(st) for st in later) or _used_after_except(index, anchor, s.output, extra_stmts):
                raise FixRefused("the transformed data is used elsewhere")
            if names_in(cv_place.stmt).count(s.output) != 1 or names_in(anchor.stmt).count(s.output) != 1:
                raise FixRefused("the transformed data is used elsewhere in the call")
            remove.append(s)
        elif not _used_outside(index, s.output, chain_stmts + [cv_place.stmt] + extra_stmts) and not (
            isinstance(s.recv, cst.Name)
            and _used_outside(index, s.recv.value, chain_stmts + [cv_place.stmt] + extra_stmts + _binding_stmts(index, s.recv.value))
            and not any(s.recv.value in binds(st) for st in chain_stmts)
        ):
            remove.append(s)  # (kept while something else reads the fitted transformer)
    pipe_steps: list[cst.BaseExpression] = []
    for s in steps:
        if isinstance(s.recv, cst.Name):
            if any(s.recv.value in binds(st) for st in [*suite[s.place.index + 1 : anchor.index], *outer]):
                raise FixRefused("the transformer is rebound")
        pipe_steps.append(s.recv)
    first_top = min(cv.site.top, search.site.top if search is not None else cv.site.top, *(s.place.top for s in steps))
    # imbalanced-learn's make_pipeline (already there for a sampler) takes transformers too
    make_pipeline = _imported_as(analysis.module, "imblearn.pipeline", "make_pipeline") or rw.import_name("sklearn.pipeline", "make_pipeline", first_top)
    pipe = cst.Call(func=cst.Name(make_pipeline), args=[cst.Arg(e) for e in [*pipe_steps, estimator]])
    if search is not None:
        if any(isinstance(s.recv, cst.Name) and not _bound_before(index, s.recv.value, search.site.top, s.place) for s in steps):
            raise FixRefused("the transformer is built after the search")
        _rename_grid(rw, index, ctor, grid, step_name, search.site.top)  # type: ignore[arg-type]
        rw.replace(estimator, pipe, search.site.top)
    else:
        rw.replace(estimator, pipe, cv.site.top)
    raw_node: cst.BaseExpression = steps[0].source_node or cst.Name(raw)
    rw.replace(data, raw_node, cv.site.top)
    for _, (other, top) in extras:
        other_est = argument(other, 0, "estimator")
        other_data = argument(other, 1, "X")
        assert other_est is not None and other_data is not None
        rw.replace(other_est, cst.Call(func=cst.Name(make_pipeline), args=[cst.Arg(e) for e in [*pipe_steps, other_est]]), top)
        rw.replace(other_data, raw_node, top)
    for s in remove:
        rw.delete(s.place)
    # a named transformer is only cloned by the pipeline, never fitted: nothing else may use it
    removed = [s.place.stmt for s in remove] + [p.stmt for p in gone]
    for s in remove:
        if isinstance(s.recv, cst.Name):
            name = s.recv.value
            total = sum(names_in(index.module.body[t]).count(name) for t in range(len(index.module.body)) if name in index.top_names(t))
            known = sum(names_in(st).count(name) for st in removed) + sum(1 for t in range(len(index.module.body)) if name in index.top_binds(t))
            if total > known:
                raise FixRefused(f"{name} is used elsewhere, and the pipeline would leave it unfitted")
    names = ", ".join(_label(analysis, s.recv) for s in steps)
    what = search.cls if search is not None else cv.what
    message = f"Put {names} in a pipeline with the model and run {what} on the untransformed {raw}"
    return Fix("unsafe", message, rw.edits())


def _label(analysis: Analysis, recv: cst.BaseExpression) -> str:
    return analysis.locator.snippet(recv, 30)


def _step_name(cls: str) -> str:
    if cls in ("make_pipeline", "Pipeline"):
        return "pipeline"
    if not cls[:1].isupper() or not cls.isidentifier():
        raise FixRefused("unknown estimator class")
    return cls.lower()


def _levels(index: TreeIndex, place: Place) -> list[Place]:
    """``place`` and the statements enclosing it, up to the function or module body."""
    out = [place]
    current = place
    while not current.at_module_level:
        parent = index.parent(current.owner, current.top)  # the compound statement owning the block
        while parent is not None and not isinstance(parent, cst.BaseCompoundStatement):
            parent = index.parent(parent, current.top)
        if parent is None or isinstance(parent, (cst.FunctionDef, cst.ClassDef)):
            break
        up = index.place(parent, current.top)
        if up is None:
            break
        out.append(up)
        current = up
    return out


def _chain(index: TreeIndex, cv_place: Place, name: str, target: str | None) -> tuple[list[Step], Place]:
    """The ``out = t.fit_transform(src)`` statements that produced ``name``, first one first,
    and the statement of their block that holds the cross-validation."""
    for level in _levels(index, cv_place):
        steps: list[Step] = []
        current = name
        for i in range(level.index - 1, -1, -1):
            stmt = level.suite[i]
            if current not in binds(stmt):
                continue
            place = Place(stmt, level.suite, i, i if level.at_module_level else level.top, level.owner)
            step = _step(index, place, current, target)
            if step is None:
                break
            steps.insert(0, step)
            if step.source_node is not None:
                break  # a frame's column: the chain starts here
            current = step.source
        if steps:
            return steps, level
        if any(name in binds(st) for st in level.suite[: level.index]):
            break  # bound here by something else: no chain
    return [], cv_place


def _step(index: TreeIndex, place: Place, name: str, target: str | None) -> Step | None:
    assign = assign_parts(index.sole_small(place))
    if assign is None or not (isinstance(assign[0], cst.Name) and assign[0].value == name):
        return None
    value = assign[1]
    parts = method_call(value)
    if parts is None:
        return None
    recv, method = parts
    if method == "transform":  # t.fit(src).transform(src)
        inner = method_call(recv)
        if inner is None or inner[1] != "fit":
            return None
        if index.module.code_for_node(recv.args[0].value) != index.module.code_for_node(value.args[0].value):  # type: ignore[attr-defined]
            return None
        call, recv = recv, inner[0]
    elif method == "fit_transform":
        call = value
    else:
        return None
    assert isinstance(call, cst.Call)
    args = call.args
    if not args or len(args) > 2 or any(a.keyword is not None or a.star for a in args):
        return None
    first = args[0].value
    column = None
    if not isinstance(first, cst.Name):
        # bow.fit_transform(df["text"]): the pipeline takes the column itself
        if not (isinstance(first, cst.Subscript) and isinstance(first.value, cst.Name) and len(first.slice) == 1
                and isinstance(first.slice[0].slice, cst.Index) and isinstance(first.slice[0].slice.value, cst.SimpleString)):
            return None
        column = first
    if len(args) == 2 and not (isinstance(args[1].value, cst.Name) and args[1].value.value == target):
        return None  # a supervised step must learn from the same labels the CV gets
    if not isinstance(recv, (cst.Name, cst.Call)):
        return None
    if column is not None:
        return Step(place, recv, column.value.value, name, column)  # type: ignore[attr-defined]
    return Step(place, recv, first.value, name)  # type: ignore[attr-defined]




def _used_outside(index: TreeIndex, name: str, allowed: list[cst.BaseStatement]) -> bool:
    total = sum(names_in(index.module.body[t]).count(name) for t in range(len(index.module.body)) if name in index.top_names(t))
    inside = sum(names_in(s).count(name) for s in allowed)
    return total > inside


def _search_name(index: TreeIndex, call: cst.Call, top: int) -> str | None:
    parts = method_call(call)
    if parts is not None and isinstance(parts[0], cst.Name):
        return parts[0].value
    return None


def _search_used_after(index: TreeIndex, place: Place, anchor: Place, name: str) -> bool:
    """Is the search used after its fit for anything but its scores and chosen parameters?"""
    later: list[cst.CSTNode] = list(place.suite[place.index + 1 :])
    if anchor is not place:
        later += list(anchor.suite[anchor.index + 1 :])
    later += [index.module.body[t] for t in range(anchor.top + 1, len(index.module.body)) if name in index.top_names(t)]
    for stmt in later:
        total = names_in(stmt).count(name)
        if not total:
            continue
        if name in binds(stmt):
            return False  # rebound: what follows is another object
        ok = _result_reads(stmt, name)
        if ok != total:
            return True
    return False


def _result_reads(node: cst.CSTNode, name: str) -> int:
    count = 0

    class V(cst.CSTVisitor):
        def visit_Attribute(self, n: cst.Attribute) -> None:
            nonlocal count
            if isinstance(n.value, cst.Name) and n.value.value == name and n.attr.value in _SEARCH_RESULTS:
                count += 1

    node.visit(V())
    return count


def _bound_before(index: TreeIndex, name: str, top: int, place: Place) -> bool:
    if not place.at_module_level:
        return place.top <= top
    return any(name in index.top_binds(t) for t in range(0, top))


def _rename_grid(rw: Rewrite, index: TreeIndex, ctor: cst.Call, grid: cst.BaseExpression, step: str, top: int) -> None:
    if isinstance(grid, (cst.Dict, cst.List, cst.Tuple)):
        rw.replace(grid, _prefixed(grid, step), top)
        return
    if not isinstance(grid, cst.Name):
        raise FixRefused("the grid is not a literal")
    name = grid.value
    bound = [t for t in range(len(index.module.body)) if name in index.top_binds(t)]
    if len(bound) != 1 or bound[0] >= top:
        raise FixRefused("the grid is bound more than once")
    stmt = index.module.body[bound[0]]
    small = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1 else None
    assign = assign_parts(small)
    if assign is None or not isinstance(assign[0], cst.Name) or assign[0].value != name:
        raise FixRefused("the grid is not a plain assignment")
    uses = sum(names_in(index.module.body[t]).count(name) for t in range(len(index.module.body)) if name in index.top_names(t))
    if uses != 1 + names_in(ctor).count(name):
        raise FixRefused("the grid is used elsewhere")
    rw.replace(assign[1], _prefixed(assign[1], step), bound[0])


def _prefixed(grid: cst.BaseExpression, step: str) -> cst.BaseExpression:
    if isinstance(grid, (cst.List, cst.Tuple)):
        return grid.with_changes(elements=[el.with_changes(value=_prefixed(el.value, step)) for el in grid.elements])
    if not isinstance(grid, cst.Dict):
        raise FixRefused("the grid is not a literal")
    elements = []
    for el in grid.elements:
        if not isinstance(el, cst.DictElement) or not isinstance(el.key, cst.SimpleString):
            raise FixRefused("a grid key is not a plain string")
        key = el.key
        text = key.value
        quote_at = len(key.prefix)
        quote = key.quote
        inner = text[quote_at + len(quote) : -len(quote)]
        elements.append(el.with_changes(key=key.with_changes(value=f"{text[:quote_at]}{quote}{step}__{inner}{quote}")))
    return grid.with_changes(elements=elements)


# --------------------------------------------------------------------- LK201 before a CV
def fix_resample_before_cv(analysis: Analysis, resample: ResampleEvent, cv: CVEvent) -> Fix:
    """``X_res, y_res = SMOTE().fit_resample(X, y)`` + ``cross_val_score(model, X_res, y_res)``
    becomes ``cross_val_score(make_pipeline(SMOTE(), model), X, y)`` with imbalanced-learn's
    ``make_pipeline``, which resamples the training folds only (never a validation fold)."""
    index = tree_index(analysis)
    if cv.site.frames or resample.site.frames:
        raise FixRefused("the resampling or the cross-validation is inside a helper")
    call = cv.site.node
    rcall = resample.site.node
    if not isinstance(call, cst.Call) or not isinstance(rcall, cst.Call):
        raise FixRefused("not a call")
    parts = method_call(rcall)
    if parts is None or parts[1] != "fit_resample" or not isinstance(parts[0], (cst.Name, cst.Call)):
        raise FixRefused("the resampling is not sampler.fit_resample(X, y)")
    sampler = parts[0]
    r_place = index.place(rcall, resample.site.top)
    assign = assign_parts(index.sole_small(r_place)) if r_place is not None else None
    pos = positional(rcall)
    outs = tuple_names(assign[0]) if assign is not None else None
    if r_place is None or assign is None or assign[1] is not rcall or outs is None or len(outs) != 2 or not pos or len(pos) != 2 or len(rcall.args) != 2:
        raise FixRefused("the resampling is not X_res, y_res = sampler.fit_resample(X, y)")
    if not all(isinstance(p, cst.Name) for p in pos):
        raise FixRefused("the resampled data are not variables")
    raw_x, raw_y = (p.value for p in pos)  # type: ignore[attr-defined]
    search = cv.estimator if cv.estimator is not None and cv.estimator.kind == K.SEARCH and cv.what.endswith(".fit") else None
    rw = Rewrite(analysis)
    if search is not None:
        ctor = search.site.node
        if search.site.frames or not isinstance(ctor, cst.Call) or search.cls not in _SEARCHES or not search.steps:
            raise FixRefused("a search without a known estimator")
        data, target = argument(call, 0, "X"), argument(call, 1, "y")
        estimator = argument(ctor, 0, "estimator")
        grid = argument(ctor, 1, _SEARCHES[search.cls])
        if grid is None:
            raise FixRefused("a search without a parameter grid")
        owner = _search_name(index, call, cv.site.top)
    else:
        if cv.what not in _CV_FUNCTIONS:
            raise FixRefused("cross-validation written by hand (a KFold loop): no estimator to wrap")
        data, target = argument(call, 1, "X"), argument(call, 2, "y")
        estimator = argument(call, 0, "estimator")
    if not (isinstance(data, cst.Name) and isinstance(target, cst.Name) and (data.value, target.value) == tuple(outs)) or estimator is None:
        raise FixRefused("the cross-validation does not take exactly the resampled X and y")
    cv_place = index.place(call, cv.site.top)
    if cv_place is None:
        raise FixRefused("no statement")
    level = next((lv for lv in _levels(index, cv_place) if lv.suite is r_place.suite and r_place.index < lv.index), None)
    if level is None:
        raise FixRefused("the resampling and the cross-validation are not in one block")
    between = list(level.suite[r_place.index + 1 : level.index]) + ([level.stmt] if level.stmt is not cv_place.stmt else [])
    watched = {raw_x, raw_y, *outs} | ({sampler.value} if isinstance(sampler, cst.Name) else set())
    if any(binds(st) & watched for st in between):
        raise FixRefused("the data or the sampler is rebound before the cross-validation")
    if search is not None:
        if owner is not None and _search_used_after(index, cv_place, level, owner):
            raise FixRefused("the search's fitted model is used afterwards")
        if search.site.top < r_place.top and isinstance(sampler, cst.Name):
            raise FixRefused("the search is built before the sampler")
    # imbalanced-learn's make_pipeline takes samplers and sklearn steps alike
    first_top = min(cv.site.top, r_place.top, search.site.top if search is not None else cv.site.top)
    try:
        make = rw.import_name("imblearn.pipeline", "make_pipeline", first_top)
    except FixRefused:
        make = rw.import_name("imblearn.pipeline", "make_pipeline", first_top, alias="make_imb_pipeline")
    keep = False
    if tuple(outs) == (raw_x, raw_y) or set(outs) & {raw_x, raw_y}:
        # X, y = sampler.fit_resample(X, y): the statement goes, so X and y must mean nothing
        # else afterwards than the data the cross-validation takes
        if any(set(outs) & set(names_in(st)) for st in between) or used_after(index, level, set(outs)):
            raise FixRefused("the resampled data is used again after the cross-validation")
        if names_in(cv_place.stmt).count(outs[0]) != 1 or names_in(cv_place.stmt).count(outs[1]) != 1:
            raise FixRefused("the resampled data is used elsewhere in the call")
    elif any(_used_outside(index, o, [r_place.stmt, cv_place.stmt]) for o in outs):
        # print("after SMOTE:", Counter(y_bal)) may keep showing the resampled data
        prints = [st for st in level.suite if _printed(st) and set(outs) & set(names_in(st))]
        if any(_used_outside(index, o, [r_place.stmt, cv_place.stmt, *prints]) for o in outs):
            raise FixRefused("the resampled data is used elsewhere")
        keep = True
    pipe = cst.Call(func=cst.Name(make), args=[cst.Arg(sampler), cst.Arg(estimator)])
    if search is not None:
        _rename_grid(rw, index, search.site.node, grid, _step_name(search.steps[0].cls), search.site.top)  # type: ignore[arg-type]
        rw.replace(estimator, pipe, search.site.top)
    else:
        rw.replace(estimator, pipe, cv.site.top)
    rw.replace(data, cst.Name(raw_x), cv.site.top)
    rw.replace(target, cst.Name(raw_y), cv.site.top)
    if not keep:
        rw.delete(r_place)
    what = search.cls if search is not None else cv.what
    message = f"Resample inside each training fold: run {what} on an imbalanced-learn pipeline of the sampler and the model, on the original {raw_x}, {raw_y}"
    return Fix("unsafe", message, rw.edits())


_MODEL_USES = frozenset({"predict", "predict_proba", "predict_log_proba", "decision_function", "score"})


def _predict_on_raw(rw: Rewrite, index: TreeIndex, place: Place, anchor: Place, owner: str, steps: list[Step]) -> list[Place]:
    """Hand the search's later predictions the data before the steps that are now inside it:
    ``grid.predict(X_test_s)`` -> ``grid.predict(X_test)`` when ``X_test_s`` comes from
    ``X_test`` through exactly those steps' ``transform`` (an in-place ``X_test =
    scaler.transform(X_test)`` is removed). Any other later use refuses."""
    if not anchor.at_module_level or any(not isinstance(s.recv, cst.Name) for s in steps):
        raise FixRefused("the search's model is used afterwards, on transformed data")
    body = list(index.module.body)
    later = body[anchor.top + 1 :]
    uses: list[tuple[cst.Name, int]] = []
    for offset, stmt in enumerate(later):
        top = anchor.top + 1 + offset
        total = names_in(stmt).count(owner)
        if not total:
            continue
        if owner in binds(stmt):
            break
        found = _model_calls(stmt, owner)
        shown = _bare_reads(stmt, owner, "best_estimator_") if _printed(stmt) else 0
        if total != _result_reads(stmt, owner) + len(found) + shown:
            raise FixRefused("the search's model is used afterwards in a way the fix cannot follow")
        uses += [(arg, top) for arg in found]
    names = [s.recv.value for s in steps]  # type: ignore[attr-defined]
    remove: list[Place] = []
    for arg, top in uses:
        current = arg.value
        chain: list[Place] = []
        for step in reversed(names):
            bound = [t for t in range(anchor.top + 1, top) if current in index.top_binds(t)]
            if not bound:
                bound = [t for t in range(0, top) if current in index.top_binds(t)]
            if not bound:
                raise FixRefused("the predicted data does not come from the steps")
            t = bound[-1]
            stmt = body[t]
            small = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1 else None
            assign = assign_parts(small)
            value = assign[1] if assign is not None else None
            parts = method_call(value) if value is not None else None
            if assign is None or not isinstance(assign[0], cst.Name) or parts is None or parts[1] != "transform" or not (
                isinstance(parts[0], cst.Name) and parts[0].value == step
            ) or len(value.args) != 1 or not isinstance(value.args[0].value, cst.Name):  # type: ignore[union-attr]
                raise FixRefused("the predicted data does not come from exactly the steps' transforms")
            chain.append(Place(stmt, index.module.body, t, t, index.module))
            current = value.args[0].value.value  # type: ignore[union-attr]
        raw = current
        if raw == arg.value:  # X_test = scaler.transform(X_test): the transforms go
            for c in chain:
                if any(raw in names_in(st) for st in body[c.top + 1 : top] if all(st is not x.stmt for x in chain)):
                    raise FixRefused("the transformed test data is used elsewhere")
            if used_after(index, Place(body[top], body, top, top, index.module), {raw}) and any(
                raw in names_in(st) and not _model_calls(st, owner) for st in body[top + 1 :]
            ):
                raise FixRefused("the transformed test data is used elsewhere")
            remove += [c for c in chain if all(c.stmt is not r.stmt for r in remove)]
        else:
            if any(raw in index.top_binds(t) for t in range(chain[-1].top + 1, top)):
                raise FixRefused("the untransformed test data is rebound before the prediction")
            rw.replace(arg, cst.Name(raw), top)
            # the transforms of the test data go: their transformer is no longer fitted
            for c in chain:
                out = assign_parts(c.stmt.body[0])[0].value  # type: ignore[attr-defined,index]
                chain_stmts = [x.stmt for x in chain]
                uses = sum(names_in(st).count(out) for st in body if all(st is not x for x in chain_stmts))
                if uses != _counted(body, out, owner, chain_stmts):
                    raise FixRefused("the transformed test data is used elsewhere")
                if all(c.stmt is not r.stmt for r in remove):
                    remove.append(c)
    for c in remove:
        rw.delete(c)
    return remove


def _counted(body: list[cst.BaseStatement], name: str, owner: str, skip: list[cst.BaseStatement]) -> int:
    """How many reads of ``name`` outside ``skip`` are the model's own predictions."""
    return sum(sum(1 for a in _model_calls(st, owner) if a.value == name) for st in body if all(st is not x for x in skip))


def _model_calls(stmt: cst.CSTNode, owner: str) -> list[cst.Name]:
    """The data names of ``owner.predict(X)``, ``owner.score(X, y)``,
    ``owner.best_estimator_.predict(X)`` in ``stmt``."""
    out: list[cst.Name] = []

    class V(cst.CSTVisitor):
        def visit_Call(self, n: cst.Call) -> None:
            parts = method_call(n)
            if parts is None or parts[1] not in _MODEL_USES or not n.args or not isinstance(n.args[0].value, cst.Name):
                return
            recv = parts[0]
            if isinstance(recv, cst.Attribute) and recv.attr.value == "best_estimator_":
                recv = recv.value
            if isinstance(recv, cst.Name) and recv.value == owner:
                out.append(n.args[0].value)  # type: ignore[arg-type]

    stmt.visit(V())
    return out


def _printed(stmt: cst.CSTNode) -> bool:
    return (
        isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1 and isinstance(stmt.body[0], cst.Expr)
        and isinstance(stmt.body[0].value, cst.Call) and isinstance(stmt.body[0].value.func, cst.Name)
        and stmt.body[0].value.func.value == "print"
    )


def _bare_reads(stmt: cst.CSTNode, owner: str, attr: str) -> int:
    """``owner.attr`` read as a value, not as the receiver of a prediction."""
    count = 0

    def is_attr(n: cst.CSTNode) -> bool:
        return isinstance(n, cst.Attribute) and isinstance(n.value, cst.Name) and n.value.value == owner and n.attr.value == attr

    class V(cst.CSTVisitor):
        def visit_Attribute(self, n: cst.Attribute) -> bool:
            nonlocal count
            if is_attr(n):
                count += 1
            elif is_attr(n.value) and n.attr.value in _MODEL_USES:
                count -= 1
            return True

    stmt.visit(V())
    return count


def _binding_stmts(index: TreeIndex, name: str) -> list[cst.BaseStatement]:
    """Top-level statements that bind ``name`` by a plain constructor (``scaler = StandardScaler()``)."""
    out = []
    for t in range(len(index.module.body)):
        if name in index.top_binds(t):
            stmt = index.module.body[t]
            small = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1 else None
            assign = assign_parts(small)
            if assign is not None and isinstance(assign[0], cst.Name) and names_in(stmt).count(name) == 1:
                out.append(stmt)
    return out


def _other_cvs(index: TreeIndex, anchor: Place, name: str, raw: str, target: cst.BaseExpression | None) -> list[tuple[cst.BaseStatement, tuple[cst.Call, int]]]:
    """Later ``cross_val_score(model, name, y, ...)`` statements of the anchor's block, up to a
    rebinding of the data: they cross-validate the same contaminated matrix."""
    out: list[tuple[cst.BaseStatement, tuple[cst.Call, int]]] = []
    for i in range(anchor.index + 1, len(anchor.suite)):
        stmt = anchor.suite[i]
        if {name, raw} & binds(stmt):
            break
        top = i if anchor.at_module_level else anchor.top
        calls: list[cst.Call] = []

        class V(cst.CSTVisitor):
            def visit_Call(self, n: cst.Call) -> None:
                f = n.func
                callee = f.attr.value if isinstance(f, cst.Attribute) else f.value if isinstance(f, cst.Name) else None
                x = argument(n, 1, "X")
                if callee in _CV_FUNCTIONS and isinstance(x, cst.Name) and x.value == name:
                    calls.append(n)

        stmt.visit(V())
        if len(calls) == 1 and names_in(stmt).count(name) == 1:
            call = calls[0]
            y = argument(call, 2, "y")
            same_y = (target is None and y is None) or (isinstance(y, cst.Name) and isinstance(target, cst.Name) and y.value == target.value)
            if argument(call, 0, "estimator") is not None and same_y and positional(call) is not None:
                out.append((stmt, (call, top)))
    return out


def _used_after_except(index: TreeIndex, place: Place, name: str, allowed: list[cst.BaseStatement]) -> bool:
    """Is ``name`` read after ``place`` outside the ``allowed`` statements?"""
    ids = {id(st) for st in allowed}
    for stmt in place.suite[place.index + 1 :]:
        if id(stmt) not in ids and name in names_in(stmt):
            return True
    return any(name in index.top_names(t) and id(index.module.body[t]) not in ids for t in range(place.top + 1, len(index.module.body)))


def _writes_into(stmt: cst.CSTNode, frame: str) -> bool:
    """Does ``stmt`` assign into ``frame`` (``frame[c] = ...``, ``frame.x = ...``) or call one of
    its methods with ``inplace=True``?"""
    found = False

    class V(cst.CSTVisitor):
        def visit_AssignTarget(self, n: cst.AssignTarget) -> None:
            nonlocal found
            if isinstance(n.target, (cst.Subscript, cst.Attribute)) and frame in names_in(n.target):
                found = True

        def visit_Call(self, n: cst.Call) -> None:
            nonlocal found
            parts = method_call(n)
            if parts is not None and frame in names_in(parts[0]) and any(a.keyword is not None and a.keyword.value == "inplace" for a in n.args):
                found = True

    stmt.visit(V())
    return found
