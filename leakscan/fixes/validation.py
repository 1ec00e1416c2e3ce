"""LK301 test-set-tuning: choose on a validation split carved from the training data.

Three shapes are rewritten:

- early stopping / checkpointing monitored on the test set
  (``model.fit(X_train, y_train, eval_set=[(X_test, y_test)])``, Keras ``validation_data=``):
  a validation split is carved from the training data just before the fit, the model trains on
  the rest and monitors the validation part;
- a loop that tunes on the test set (``for k in ...: knn.fit(X_train, y_train);
  scores.append(knn.score(X_test, y_test))``): the validation split is carved before the loop
  and the loop fits on the rest and scores on the validation part; the final model after the
  loop is left as it is;
- a search fitted on the test data (``search.fit(X_test, y_test)``) searches on the training
  data instead.

The carve is ``train_test_split(X_train, y_train, test_size=0.2, random_state=0)``.
"""

from __future__ import annotations

import libcst as cst

from leakscan.analysis import Analysis, Hit
from leakscan.findings import Fix
from leakscan.fixes._rewrite import FixRefused, Rewrite, parse_stmt
from leakscan.fixes._subst import substitute
from leakscan.fixes._tree import (
    Place,
    TreeIndex,
    binds,
    keyword,
    names_in,
    positional,
    tree_index,
)
from leakscan.fixes.split_first import same_frames, split_shape
from leakscan.graph.model import EvalEvent, FitEvent, Value

_MONITOR_KEYWORDS = ("eval_set", "validation_data")
_NATIVE_KEYWORDS = ("evals", "valid_sets")  # xgb.train, lgb.train
CARVE = "train_test_split({x}, {y}, test_size=0.2, random_state=0)"


def fix_test_set_tuning(analysis: Analysis, hit: Hit) -> Fix | None:
    try:
        if "eval_set" in hit.events and isinstance(hit.events.get("fit"), FitEvent):
            return _fix_monitor(analysis, hit.events["fit"])
        if isinstance(hit.events.get("fit"), FitEvent):
            return _fix_search(analysis, hit.events["fit"])
        if isinstance(hit.events.get("evaluation"), EvalEvent):
            return _fix_loop(analysis, hit.events["evaluation"])
    except FixRefused:
        return None
    return None


def _names(analysis: Analysis, base: str, old: str, new: str, taken: set[str]) -> str:
    index = tree_index(analysis)
    name = base.replace(old, new, 1) if old in base else f"{base}_{new}"
    if name == base:
        name = f"{base}_{new}"
    got = index.fresh(name, taken)
    taken.add(got)
    return got


def _carve(analysis: Analysis, rw: Rewrite, x: str, y: str, place: Place) -> tuple[str, str, str, str]:
    """Insert the validation split before ``place``; the names of its four parts."""
    taken: set[str] = set()
    x_fit = _names(analysis, x, "train", "fit", taken)
    x_val = _names(analysis, x, "train", "val", taken)
    y_fit = _names(analysis, y, "train", "fit", taken)
    y_val = _names(analysis, y, "train", "val", taken)
    tts = rw.import_name("sklearn.model_selection", "train_test_split", place.top)
    carve = CARVE.format(x=x, y=y).replace("train_test_split", tts, 1)
    rw.insert_before(place, [parse_stmt(f"{x_fit}, {x_val}, {y_fit}, {y_val} = {carve}\n")])
    return x_fit, x_val, y_fit, y_val


def _fit_names(call: cst.Call) -> tuple[str, str]:
    pos = positional(call)
    if pos is None or len(pos) < 2 or not all(isinstance(p, cst.Name) for p in pos[:2]):
        raise FixRefused("the training data are not plain variables")
    return pos[0].value, pos[1].value  # type: ignore[attr-defined]


# --------------------------------------------------------------------- early stopping
def _fix_monitor(analysis: Analysis, fit: FitEvent) -> Fix:
    index = tree_index(analysis)
    call = fit.site.node
    if not isinstance(call, cst.Call):
        raise FixRefused("not a call")
    monitors = [m for m in (keyword(call, k) for k in _MONITOR_KEYWORDS) if m is not None]
    native = [m for m in (keyword(call, k) for k in _NATIVE_KEYWORDS) if m is not None]
    if not monitors and len(native) == 1:
        return _fix_native(analysis, fit, call, native[0])
    if len(monitors) != 1:
        raise FixRefused("no single monitored data keyword")
    monitor = monitors[0]
    x, y = _fit_names(call)
    tests = _pairs(monitor.value)
    if tests is None:
        raise FixRefused("the monitored data is not (X, y) pairs")
    others = [(a, b) for a, b in tests if (a, b) != (x, y)]
    if len(others) != 1:
        raise FixRefused("cannot tell which monitored pair is the test data")
    xt, yt = others[0]
    place = index.place(call, fit.site.top)
    if place is None:
        raise FixRefused("no statement")
    rw = Rewrite(analysis)
    x_fit, x_val, y_fit, y_val = _carve(analysis, rw, x, y, place)
    new_args = []
    pos_seen = 0
    for arg in call.args:
        if arg.keyword is None and not arg.star and pos_seen < 2:
            arg = arg.with_changes(value=cst.Name((x_fit, y_fit)[pos_seen]))
            pos_seen += 1
        elif arg is monitor:
            arg = arg.with_changes(value=substitute(arg.value, {xt: x_val, yt: y_val, x: x_fit, y: y_fit}))
        new_args.append(arg)
    rw.replace(call, call.with_changes(args=new_args), fit.site.top)
    message = f"Monitor a validation split carved from {x} ({x_val}, {y_val}) instead of the test set"
    return Fix("unsafe", message, rw.edits())


def _pairs(expr: cst.BaseExpression) -> list[tuple[str, str]] | None:
    """``(X, y)`` or ``[(X1, y1), (X2, y2)]`` as name pairs."""
    if isinstance(expr, cst.Tuple) and len(expr.elements) == 2 and all(isinstance(e.value, cst.Name) for e in expr.elements):
        return [(expr.elements[0].value.value, expr.elements[1].value.value)]  # type: ignore[attr-defined]
    if isinstance(expr, (cst.List, cst.Tuple)):
        out: list[tuple[str, str]] = []
        for el in expr.elements:
            inner = _pairs(el.value) if not isinstance(el, cst.StarredElement) else None
            if inner is None or len(inner) != 1:
                return None
            out.extend(inner)
        return out
    return None


# --------------------------------------------------------------------- search on test
def _fix_search(analysis: Analysis, fit: FitEvent) -> Fix:
    index = tree_index(analysis)
    call = fit.site.node
    if not isinstance(call, cst.Call) or fit.data is None:
        raise FixRefused("not a call")
    xt, yt = _fit_names(call)
    split = analysis.split_of(fit.data.rows)
    if split is None or not same_frames(split.site, fit.site):
        raise FixRefused("no split in the same function")
    shape = split_shape(index, split)
    swap: dict[str, str] = {}
    for k in range(len(shape.inputs)):
        train, test = shape.parts(k)
        swap[test] = train
    if xt not in swap or yt not in swap:
        raise FixRefused("the searched data are not split outputs")
    place = index.place(call, fit.site.top)
    if place is None or _rebound_after(index, shape.place, place, {swap[xt], swap[yt], xt, yt}):
        raise FixRefused("the split's parts are rebound before the search")
    rw = Rewrite(analysis)
    pos = positional(call)
    assert pos is not None
    rw.replace(pos[0], cst.Name(swap[xt]), fit.site.top)
    rw.replace(pos[1], cst.Name(swap[yt]), fit.site.top)
    message = f"Search on the training data ({swap[xt]}, {swap[yt]}), not on the test set"
    return Fix("unsafe", message, rw.edits())


def _rebound_after(index: TreeIndex, first: Place, last: Place, names: set[str]) -> bool:
    if first.at_module_level and last.at_module_level:
        return any(names & index.top_binds(t) for t in range(first.top + 1, last.top))
    if first.suite is last.suite:
        return any(names & binds(s) for s in first.suite[first.index + 1 : last.index])
    return True


# --------------------------------------------------------------------- tuning loop
def _fix_loop(analysis: Analysis, ev: EvalEvent) -> Fix:
    index = tree_index(analysis)
    if not ev.loops:
        raise FixRefused("no loop")
    loop = analysis.program.loops[ev.loops[0]]
    if not same_frames(loop.site, ev.site) or not isinstance(loop.site.node, cst.For):
        raise FixRefused("not a for loop")
    fit = analysis.fit_of_state(ev.state)
    if fit is None or not same_frames(fit.site, ev.site) or fit.data is None or fit.target is None:
        raise FixRefused("no training fit")
    if not set(fit.loops) & set(ev.loops):
        raise FixRefused("the model is trained outside the loop")
    x, y = _plain(fit.data), _plain(fit.target)
    xt = _plain(ev.data)
    yt = _plain(ev.truth)
    if x is None or y is None or xt is None:
        raise FixRefused("data are not plain variables")
    if analysis.role(fit.data.rows) != "train":
        raise FixRefused("the model is not trained on the training part")
    place = index.place(loop.site.node, loop.site.top)
    if place is None:
        raise FixRefused("no statement")
    body_names = set(names_in(loop.site.node))
    test_names = {xt} | ({yt} if yt else set())
    if binds(loop.site.node) & ({x, y} | test_names):
        raise FixRefused("the loop rebinds the data")
    if not {x, y, xt} <= body_names:
        raise FixRefused("the loop does not read the data by name")
    yt_name = yt or _partner(analysis, ev, xt)
    if yt_name is None:
        raise FixRefused("no test labels")
    rw = Rewrite(analysis)
    x_fit, x_val, y_fit, y_val = _carve(analysis, rw, x, y, place)
    mapping = {x: x_fit, y: y_fit, xt: x_val, yt_name: y_val}
    rw.replace(loop.site.node, substitute(loop.site.node, mapping), place.top)
    message = f"Tune on a validation split carved from {x} ({x_val}, {y_val}); keep the test set for the final model"
    return Fix("unsafe", message, rw.edits())


def _plain(value: Value | None) -> str | None:
    """The variable a value is bound to, when it is a plain name."""
    if value is None or not value.name or not value.name.isidentifier():
        return None
    return value.name


def _partner(analysis: Analysis, ev: EvalEvent, xt: str) -> str | None:
    """The test labels split off with ``xt`` (``y_test`` for ``X_test``)."""
    if ev.data is None:
        return None
    split = analysis.split_of(ev.data.rows)
    if split is None:
        return None
    try:
        shape = split_shape(tree_index(analysis), split)
    except FixRefused:
        return None
    tests = [shape.parts(k)[1] for k in range(len(shape.inputs))]
    if xt in tests and len(tests) == 2:
        return tests[1 - tests.index(xt)]
    return None


# --------------------------------------------------------------------- native boosting APIs
def _fix_native(analysis: Analysis, fit: FitEvent, call: cst.Call, monitor: cst.Arg) -> Fix:
    """``xgb.train(p, dtrain, evals=[(dtest, "test")])`` / ``lgb.train(p, dtrain,
    valid_sets=[dtest])``: carve a validation split from the arrays behind ``dtrain``, build
    ``dval`` like ``dtest`` from it, and monitor ``dval``; ``dtest`` stays for the final score."""
    index = tree_index(analysis)
    pos = positional(call)
    if pos is None or len(pos) < 2 or not isinstance(pos[1], cst.Name):
        raise FixRefused("the training dataset is not a variable")
    dtrain = pos[1].value
    names = _monitored_names(monitor.value)
    if names is None:
        raise FixRefused("the monitored datasets are not variables")
    others = [n for n in names if n != dtrain]
    if len(set(others)) != 1:
        raise FixRefused("cannot tell which monitored dataset is the test data")
    dtest = others[0]
    place = index.place(call, fit.site.top)
    if place is None:
        raise FixRefused("no statement")
    suite = place.suite
    built: dict[str, tuple[int, cst.Call, str, str]] = {}
    for name in (dtrain, dtest):
        where = [i for i in range(place.index) if name in binds(suite[i])]
        if len(where) != 1 or any(name in binds(st) for st in suite[place.index:]):
            raise FixRefused(f"{name} is not built once before the training")
        stmt = suite[where[0]]
        small = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1 else None
        value = small.value if isinstance(small, cst.Assign) and len(small.targets) == 1 else None
        if not isinstance(value, cst.Call):
            raise FixRefused(f"{name} is not built by a call")
        data = positional(value)
        label = keyword(value, "label")
        if not data or not isinstance(data[0], cst.Name) or label is None or not isinstance(label.value, cst.Name):
            raise FixRefused(f"{name} is not built from plain X and label variables")
        built[name] = (where[0], value, data[0].value, label.value.value)
    i_train, train_ctor, x, y = built[dtrain]
    i_test, test_ctor, xt, yt = built[dtest]
    if any(binds(st) & {x, y} for st in suite[i_train + 1 : place.index]):
        raise FixRefused("the training arrays change before the training")
    rw = Rewrite(analysis)
    train_place = Place(suite[i_train], suite, i_train, i_train if place.at_module_level else place.top, place.owner)
    x_fit, x_val, y_fit, y_val = _carve(analysis, rw, x, y, train_place)
    dval = index.fresh(dtest.replace("test", "val") if "test" in dtest else f"{dtest}_val")
    rw.replace(train_ctor, substitute(train_ctor, {x: x_fit, y: y_fit}), train_place.top)
    val_ctor = substitute(test_ctor, {xt: x_val, yt: y_val})
    code = analysis.module.code_for_node
    rw.insert_after(train_place, [parse_stmt(f"{dval} = {code(val_ctor)}\n")])
    rw.replace(monitor.value, substitute(monitor.value, {dtest: dval}), place.top)
    message = f"Monitor {dval}, a validation split carved from {x}, instead of the test data {dtest}"
    return Fix("unsafe", message, rw.edits())


def _monitored_names(expr: cst.BaseExpression) -> list[str] | None:
    """``[dtrain, dtest]`` or ``[(dtrain, "train"), (dtest, "test")]`` as dataset names."""
    if not isinstance(expr, (cst.List, cst.Tuple)):
        return None
    out = []
    for el in expr.elements:
        v = el.value
        if isinstance(v, cst.Tuple) and v.elements:
            v = v.elements[0].value
        if not isinstance(v, cst.Name):
            return None
        out.append(v.value)
    return out
