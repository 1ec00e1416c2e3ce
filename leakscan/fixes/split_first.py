"""LK101 fit-before-split and LK201 resample-before-split: split first, then learn from the
training part only.

The leaking statements (``X = scaler.fit_transform(X)``, ``scaler.fit(X)`` + ``X =
scaler.transform(X)``, ``X_res, y_res = SMOTE().fit_resample(X, y)``) move to just after the
split and are applied to its parts: the fit on the training part, the transform on each part,
the resampling on the training part only. The split takes the raw data instead
(``train_test_split(X_scaled, y)`` -> ``train_test_split(X, y)``).

A fit inside a same-file helper called before the split (``X = preprocess(df)``) is fixed by
giving the helper two keyword parameters with defaults that keep other callers unchanged -
the transformer (``scaler=None``) and ``fit=True`` - and calling it once per part with one
transformer object: fitted on the training part, applied to the test part.

Every fix checks that nothing between the moved statements and the split reads or rebinds
what moves, and refuses otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import libcst as cst

from leakscan.analysis import Analysis, Hit
from leakscan.findings import Fix
from leakscan.fixes._rewrite import FixRefused, Rewrite, parse_expr, parse_stmt
from leakscan.fixes._subst import as_line, substitute
from leakscan.fixes.pipeline import fix_resample_before_cv
from leakscan.fixes._tree import (
    contains_node,
    Place,
    TreeIndex,
    assign_parts,
    binds,
    keyword,
    method_call,
    names_in,
    positional,
    root_name,
    snake,
    tree_index,
    tuple_names,
    used_after,
)
from leakscan.graph.common import role_from_name
from leakscan.graph.model import CVEvent, FitEvent, ResampleEvent, Site, SplitEvent

_PRINTS = frozenset({"print", "display"})


@dataclass
class SplitShape:
    """``a_tr, a_te, b_tr, b_te = train_test_split(a, b, ...)`` or ``a_tr, a_te = a[:n], a[n:]``."""

    place: Place
    value: cst.BaseExpression  # the split call, or the tuple of slices
    inputs: list[cst.BaseExpression]
    targets: list[str]

    def input_index(self, name: str) -> int | None:
        for k, node in enumerate(self.inputs):
            if isinstance(node, cst.Name) and node.value == name:
                return k
        return None

    def parts(self, k: int) -> tuple[str, str]:
        return self.targets[2 * k], self.targets[2 * k + 1]


def same_frames(a: Site, b: Site) -> bool:
    """Did two events happen in the same helper-call context (both at top level, or both in
    the same inlined call)?"""
    return len(a.frames) == len(b.frames) and all(x[0] is y[0] for x, y in zip(a.frames, b.frames))


def split_shape(index: TreeIndex, split: SplitEvent) -> SplitShape:
    node = split.site.node
    top = split.site.top
    if isinstance(node, cst.Subscript):
        return _slice_shape(index, node, top)
    if not isinstance(node, cst.Call):
        raise FixRefused("unusual split")
    place = index.place(node, top)
    small = index.sole_small(place) if place is not None else None
    parts = assign_parts(small)
    if place is None or parts is None or parts[1] is not node:
        raise FixRefused("split is not a plain assignment")
    targets = tuple_names(parts[0])
    inputs = positional(node)
    if targets is None or not inputs or len(targets) != 2 * len(inputs):
        raise FixRefused("split outputs are not one train/test pair per input")
    if len(set(targets)) != len(targets):
        raise FixRefused("split outputs repeat a name")
    return SplitShape(place, node, inputs, targets)


def _slice_shape(index: TreeIndex, node: cst.Subscript, top: int) -> SplitShape:
    """``X_train, X_test = X[:n], X[n:]``: one input, two named parts."""
    place = index.place(node, top)
    small = index.sole_small(place) if place is not None else None
    parts = assign_parts(small)
    if place is None or parts is None or not isinstance(parts[1], cst.Tuple):
        raise FixRefused("slicing split is not one tuple assignment")
    targets = tuple_names(parts[0])
    elements = [e.value for e in parts[1].elements]
    if targets is None or len(targets) != 2 or len(elements) != 2 or node not in elements:
        raise FixRefused("slicing split is not a pair")
    roots = {root_name(e) if isinstance(e, cst.Subscript) and isinstance(e.value, cst.Name) else None for e in elements}
    if len(roots) != 1 or None in roots:
        raise FixRefused("slices of different data")
    if [role_from_name(t) for t in targets] != ["train", "test"]:
        raise FixRefused("slice names do not say train and test")
    base = elements[0].value  # type: ignore[attr-defined]
    return SplitShape(place, parts[1], [base], targets)


@dataclass
class Moved:
    """A statement that moves after the split, as templates for the train and test copies."""

    place: Place
    train: cst.BaseSmallStatement
    test: cst.BaseSmallStatement | None
    outputs: list[tuple[cst.BaseExpression, str, str | None]] = field(default_factory=list)  # (target, root, source root)
    carried: bool = False  # a print that only follows the moved data


def _transform_call(recv: cst.BaseExpression, call: cst.Call) -> cst.Call:
    """``recv.transform(<first argument of call>)``."""
    first = call.args[0].with_changes(comma=cst.MaybeSentinel.DEFAULT)
    return cst.Call(func=cst.Attribute(value=recv, attr=cst.Name("transform")), args=[first])


def _data_root(call: cst.Call) -> str | None:
    pos = positional(call)
    return root_name(pos[0]) if pos else None


def _output(target: cst.BaseExpression, value: cst.BaseExpression, call: cst.Call) -> tuple[cst.BaseExpression, str, str | None]:
    """(target, its root, the root of the data transformed); a wrapped call
    (``X = pd.DataFrame(imp.fit_transform(X), columns=X.columns)``) only in place."""
    out_root = root_name(target) or ""
    src = _data_root(call)
    if value is not call and src != out_root:
        raise FixRefused("the transform's result is combined with something else")
    return target, out_root, src


def _describe_fit(index: TreeIndex, fit: FitEvent) -> tuple[list[Moved], cst.BaseStatement | None, str]:
    """The statements that move for a transformer fit (and the object they need)."""
    call = fit.site.node
    top = fit.site.top
    parts = method_call(call)
    if parts is None or not isinstance(call, cst.Call) or not positional(call):
        raise FixRefused("not a method call with data")
    recv, method = parts
    place = index.place(call, top)
    small = index.sole_small(place) if place is not None else None
    if place is None or small is None:
        raise FixRefused("fit is not a simple statement")
    assign = assign_parts(small)
    if method == "fit" and assign is not None and assign[1] is call and isinstance(assign[0], cst.Name):
        # scaler = StandardScaler().fit(X): the object is bound here; transforms follow.
        return [Moved(place, small, None)], None, assign[0].value
    if method == "fit" and isinstance(small, cst.Expr) and small.value is call and isinstance(recv, cst.Name):
        return [Moved(place, small, None)], None, recv.value
    if assign is None or not contains_node(assign[1], call):
        raise FixRefused("unusual fit statement")
    hoisted: cst.BaseStatement | None = None
    receiver = recv
    if not isinstance(recv, cst.Name):
        if not isinstance(recv, cst.Call):
            raise FixRefused("unusual receiver")
        # Scaler().fit_transform(X): name the object so that the test part can reuse it.
        name = index.fresh(snake(fit.obj.cls))
        hoisted = as_line(cst.Assign(targets=[cst.AssignTarget(cst.Name(name))], value=recv))
        receiver = cst.Name(name)
    named_call = call.with_changes(func=call.func.with_changes(value=receiver))  # type: ignore[attr-defined]
    train_small = small.deep_replace(call, named_call)
    if method == "fit_transform":
        test_small = small.deep_replace(call, _transform_call(receiver, call))
        return [Moved(place, train_small, test_small, [_output(assign[0], assign[1], call)])], hoisted, _name(receiver)  # type: ignore[arg-type]
    outer = index.parent(call, top)
    chained = index.parent(outer, top) if outer is not None else None
    if method == "fit" and isinstance(outer, cst.Attribute) and outer.attr.value == "transform" and isinstance(chained, cst.Call):
        # X = scaler.fit(X).transform(X)
        test_small = small.deep_replace(chained, chained.with_changes(func=outer.with_changes(value=receiver)))
        return [Moved(place, train_small, test_small, [_output(assign[0], assign[1], chained)])], hoisted, _name(receiver)  # type: ignore[arg-type]
    raise FixRefused("unusual fit statement")


def _name(node: cst.BaseExpression) -> str:
    if not isinstance(node, cst.Name):
        raise FixRefused("no name for the fitted object")
    return node.value


def _later_transforms(index: TreeIndex, first: Place, split_place: Place, obj: str) -> list[Moved]:
    """``X = scaler.transform(X)`` statements between the fit and the split."""
    out = []
    for i in range(first.index + 1, split_place.index):
        stmt = first.suite[i]
        if obj not in names_in(stmt):
            continue
        place = Place(stmt, first.suite, i, i if first.at_module_level else first.top, first.owner)
        small = index.sole_small(place)
        assign = assign_parts(small)
        call = _find_method(assign[1], obj, "transform") if assign is not None else None
        if assign is None or call is None or names_in(assign[0]).count(obj) or names_in(assign[1]).count(obj) != 1 or not positional(call):
            raise FixRefused(f"{obj} is used between the fit and the split")
        out.append(Moved(place, small, small, [_output(assign[0], assign[1], call)]))  # type: ignore[arg-type]
    return out


def _find_method(expr: cst.BaseExpression, obj: str, method: str) -> cst.Call | None:
    found: list[cst.Call] = []

    class V(cst.CSTVisitor):
        def visit_Call(self, n: cst.Call) -> None:
            parts = method_call(n)
            if parts is not None and parts[1] == method and isinstance(parts[0], cst.Name) and parts[0].value == obj:
                found.append(n)

    expr.visit(V())
    return found[0] if len(found) == 1 else None


def move_after_split(analysis: Analysis, rw: Rewrite, shape: SplitShape, moved: list[Moved], hoisted: list[cst.BaseStatement]) -> None:
    """Check and record the move of ``moved`` to after the split, applied to its parts."""
    index = rw.index
    sp = shape.place
    first = moved[0].place
    if first.suite is not sp.suite or any(m.place.suite is not sp.suite or m.place.index >= sp.index for m in moved):
        raise FixRefused("the fit and the split are not in the same block")
    train_map: dict[str, str] = {}
    test_map: dict[str, str] = {}
    new_inputs: dict[int, str] = {}
    in_place: set[str] = set()
    produced: set[str] = set()
    for m in moved:
        for target, out_root, src_root in m.outputs:
            k = shape.input_index(out_root)
            if k is None:
                raise FixRefused(f"{out_root} is not what is split")
            tr, te = shape.parts(k)
            train_map[out_root], test_map[out_root] = tr, te
            if src_root is None:
                raise FixRefused("the transformed data is not a variable")
            if src_root == out_root:
                in_place.add(out_root)
                continue
            if not isinstance(target, (cst.Name, cst.Tuple)):
                raise FixRefused("column update from another frame")
            if new_inputs.get(k, src_root) != src_root or shape.input_index(src_root) is not None:
                raise FixRefused("ambiguous data")
            new_inputs[k] = src_root
            produced.add(out_root)
            train_map[src_root], test_map[src_root] = tr, te
    for k, node in enumerate(shape.inputs):  # y in fit(X, y) -> y_train
        if isinstance(node, cst.Name) and node.value not in train_map:
            train_map[node.value], test_map[node.value] = shape.parts(k)
    if produced & in_place:
        raise FixRefused("data both rebound and renamed")
    moved_ids = {id(m.place.stmt) for m in moved}
    reads: set[str] = set()
    writes: set[str] = set()
    for m in moved:
        reads |= set(names_in(m.place.stmt))
        writes |= binds(m.place.stmt) | {root for _, root, _ in m.outputs}
    carried: list[Moved] = []
    for i in range(first.index + 1, sp.index):
        stmt = sp.suite[i]
        if id(stmt) in moved_ids:
            continue
        used = set(names_in(stmt))
        if used & writes and _is_print(stmt) and not used & in_place:
            # print("after SMOTE:", y_res.value_counts()) follows the data it prints
            place = Place(stmt, sp.suite, i, i if sp.at_module_level else sp.top, sp.owner)
            carried.append(Moved(place, stmt.body[0], None, carried=True))  # type: ignore[attr-defined]
            continue
        if used & writes and not _is_print(stmt):
            raise FixRefused("code between the fit and the split uses its data")
        if binds(stmt) & reads:
            raise FixRefused("code between the fit and the split rebinds what the fit reads")
    # What is split must keep meaning the same after the split: an in-place update moved
    # after the split would change every later use of the whole data.
    if in_place and used_after(index, sp, in_place):
        raise FixRefused("the whole data is used after the split")
    allowed = [m.place.stmt for m in moved + carried] + [sp.stmt]
    columns: list[cst.Attribute] = []
    for name in produced:
        extra = _outside_uses(index, name, allowed)
        if extra is None:
            raise FixRefused(f"{name} is used elsewhere")
        columns.extend(extra)
    # Record the changes: the split takes the raw data (stratify=y_res -> stratify=y too).
    if new_inputs:
        renames = {shape.inputs[k].value: src for k, src in new_inputs.items()}  # type: ignore[attr-defined]
        rw.replace(shape.value, substitute(shape.value, renames), sp.top)
    for attr in columns:  # X_enc.columns -> X_train.columns: same columns
        rw.replace(attr.value, cst.Name(train_map[attr.value.value]), _top_holding(index, attr))  # type: ignore[attr-defined]
    new: list[cst.BaseStatement] = list(hoisted)
    for m in moved:
        new.append(as_line(substitute(m.train, train_map), m.place.stmt))  # type: ignore[arg-type]
        if m.test is not None:
            new.append(as_line(substitute(m.test, test_map)))  # type: ignore[arg-type]
    for m in carried:
        new.append(as_line(substitute(m.train, train_map), m.place.stmt))  # type: ignore[arg-type]
    for m in moved + carried:
        rw.delete(m.place)
    rw.insert_after(sp, new)


def _is_print(stmt: cst.BaseStatement) -> bool:
    if not (isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1 and isinstance(stmt.body[0], cst.Expr)):
        return False
    value = stmt.body[0].value
    return isinstance(value, cst.Call) and isinstance(value.func, cst.Name) and value.func.value in _PRINTS


def _uses_elsewhere(index: TreeIndex, name: str, allowed: list[cst.BaseStatement]) -> bool:
    total = sum(names_in(index.module.body[t]).count(name) for t in range(len(index.module.body)) if name in index.top_names(t))
    inside = sum(names_in(s).count(name) for s in allowed)
    return total > inside


def _outside_uses(index: TreeIndex, name: str, allowed: list[cst.BaseStatement]) -> list[cst.Attribute] | None:
    """``name``'s uses outside ``allowed`` when all of them read ``name.columns``, else None."""
    allowed_ids = {id(s) for s in allowed}
    total = 0
    found: list[cst.Attribute] = []
    for t in range(len(index.module.body)):
        if name in index.top_names(t):
            stmt = index.module.body[t]
            total += names_in(stmt).count(name)
            found.extend(_columns_reads(stmt, name, allowed_ids))
    inside = sum(names_in(s).count(name) for s in allowed)
    return found if total == inside + len(found) else None


def _columns_reads(stmt: cst.CSTNode, name: str, skip: set[int]) -> list[cst.Attribute]:
    found: list[cst.Attribute] = []

    class V(cst.CSTVisitor):
        def on_visit(self, n: cst.CSTNode) -> bool:
            if id(n) in skip:
                return False
            if isinstance(n, cst.Attribute) and isinstance(n.value, cst.Name) and n.value.value == name and n.attr.value == "columns":
                found.append(n)
            return True

    stmt.visit(V())
    return found


def _top_holding(index: TreeIndex, node: cst.CSTNode) -> int:
    for t in range(len(index.module.body)):
        if contains_node(index.module.body[t], node):
            return t
    raise FixRefused("node not found")


# --------------------------------------------------------------------- LK101
def fix_fit_before_split(analysis: Analysis, hit: Hit) -> Fix | None:
    fit = hit.events.get("fit")
    split = hit.events.get("split")
    if not isinstance(fit, FitEvent) or not isinstance(split, SplitEvent):
        return None
    try:
        if same_frames(fit.site, split.site):
            return _fix_direct(analysis, fit, split)
        return _fix_helper(analysis, fit, split)
    except FixRefused:
        return None


def _fix_direct(analysis: Analysis, fit: FitEvent, split: SplitEvent) -> Fix:
    index = tree_index(analysis)
    shape = split_shape(index, split)
    moved, hoisted, obj = _describe_fit(index, fit)
    if moved[-1].test is None:
        moved += _later_transforms(index, moved[0].place, shape.place, obj)
    if not any(m.test is not None for m in moved) and not (len(moved) == 1 and not moved[0].outputs):
        raise FixRefused("nothing transforms the data before the split")
    # (a bare fit whose transforms all come after the split moves alone: fit on the training part)
    rw = Rewrite(analysis)
    move_after_split(analysis, rw, shape, moved, [hoisted] if hoisted is not None else [])
    train, test = _parts_named(shape, moved)
    message = f"Split first, then fit {fit.obj.cls} on {train} and transform {test} with it"
    return Fix("unsafe", message, rw.edits())


def _parts_named(shape: SplitShape, moved: list[Moved]) -> tuple[str, str]:
    for m in moved:
        for _, out_root, _ in m.outputs:
            k = shape.input_index(out_root)
            if k is not None:
                return shape.parts(k)
    return shape.parts(0)


# --------------------------------------------------------------------- LK101 in a helper
def _fix_helper(analysis: Analysis, fit: FitEvent, split: SplitEvent) -> Fix:
    index = tree_index(analysis)
    module = analysis.module
    outer = fit.site.frames[:-1]
    if len(outer) != len(split.site.frames) or any(x[0] is not y[0] for x, y in zip(outer, split.site.frames)):
        raise FixRefused("nested helpers")
    call_node, call_top = fit.site.frames[-1]
    if not isinstance(call_node, cst.Call) or not isinstance(call_node.func, cst.Name):
        raise FixRefused("helper is not called by name")
    fn = module.body[fit.site.top]
    if not isinstance(fn, cst.FunctionDef) or fn.name.value != call_node.func.value or fn.asynchronous is not None:
        raise FixRefused("fit is not directly in a top-level function")
    if isinstance(fn.body, cst.SimpleStatementSuite):
        raise FixRefused("one-line function")
    shape = split_shape(index, split)
    call_place = index.place(call_node, call_top)
    small = index.sole_small(call_place) if call_place is not None else None
    assign = assign_parts(small)
    if call_place is None or assign is None or assign[1] is not call_node or not isinstance(assign[0], cst.Name):
        raise FixRefused("helper result is not assigned to one name")
    out_name = assign[0].value
    k = shape.input_index(out_name)
    if k is None or call_place.suite is not shape.place.suite or call_place.index >= shape.place.index:
        raise FixRefused("helper result is not what is split")
    # Inside the helper: exactly one fit, on data coming from a parameter, by an object the
    # helper builds itself.
    fits = [n for n in _calls(fn) if n[1] in ("fit", "fit_transform", "fit_resample")]
    if len(fits) != 1 or fits[0][0] is not fit.site.node:
        raise FixRefused("the helper fits more than once")
    fcall = fit.site.node
    assert isinstance(fcall, cst.Call)
    recv, method = method_call(fcall)  # type: ignore[misc]
    if not isinstance(recv, cst.Name) or method not in ("fit", "fit_transform"):
        raise FixRefused("unusual fit in the helper")
    obj = recv.value
    stmts: list[cst.BaseStatement] = list(fn.body.body)  # type: ignore[arg-type]
    fit_i = next((i for i, s in enumerate(stmts) if contains_node(s, fcall)), None)
    ctor_i = next((i for i, s in enumerate(stmts) if obj in binds(s)), None)
    if fit_i is None or ctor_i is None or ctor_i >= fit_i:
        raise FixRefused("the fitted object is not built in the helper body")
    if sum(1 for s in stmts if obj in binds(s)) != 1:
        raise FixRefused("the fitted object is rebound in the helper")
    ctor_stmt = stmts[ctor_i]
    if not isinstance(ctor_stmt, cst.SimpleStatementLine):
        raise FixRefused("the fitted object is built inside a block")
    ctor_assign = assign_parts(ctor_stmt.body[0]) if len(ctor_stmt.body) == 1 else None
    if ctor_assign is None or not isinstance(ctor_assign[1], cst.Call) or not isinstance(ctor_assign[0], cst.Name):
        raise FixRefused("the fitted object is not built by a plain constructor call")
    ctor = ctor_assign[1]
    params = fn.params
    param_names = {p.name.value for p in (*params.params, *params.kwonly_params, *params.posonly_params)}
    for extra in (params.star_arg, params.star_kwarg):
        if isinstance(extra, cst.Param):
            param_names.add(extra.name.value)
    local = set(param_names)
    for s in stmts:
        local |= binds(s)
    if set(names_in(ctor)) & local:
        raise FixRefused("the constructor uses the helper's locals")
    fn_names = set(names_in(fn))
    flag = "fit"
    if obj in param_names or flag in fn_names or flag in param_names:
        raise FixRefused("parameter names taken")
    pos_params = [p.name.value for p in (*params.posonly_params, *params.params)]
    data_root = _param_root(stmts[:fit_i], _data_root(fcall), set(pos_params))
    if data_root not in pos_params:
        raise FixRefused("the helper fits data that is not a parameter")
    p_index = pos_params.index(data_root)
    arg_node = _call_argument(call_node, data_root, p_index)
    if not isinstance(arg_node, cst.Name):
        raise FixRefused("the helper's data argument is not a variable")
    raw = arg_node.value
    # Module level: between the helper call and the split nothing may depend on the result,
    # and the call's arguments keep their values.
    sp = shape.place
    between = sp.suite[call_place.index + 1 : sp.index]
    call_reads = set(names_in(call_node))
    for stmt in between:
        if out_name in names_in(stmt) and not _is_print(stmt):
            raise FixRefused("the helper's result is used before the split")
        if binds(stmt) & call_reads:
            raise FixRefused("the helper's arguments change before the split")
    if _uses_elsewhere(index, out_name, [call_place.stmt, sp.stmt]) or names_in(shape.value).count(out_name) != 1:
        raise FixRefused("the helper's result is used elsewhere")
    if shape.input_index(raw) is not None:
        raise FixRefused("the raw data is split too")
    # New names.
    old_train, old_test = shape.parts(k)
    taken: set[str] = set()
    raw_train = index.fresh(f"{raw}_train", taken)
    taken.add(raw_train)
    raw_test = index.fresh(f"{raw}_test", taken)
    taken.add(raw_test)
    holder = obj if _free_at_module_level(index, obj, fn) and obj not in taken else index.fresh(obj, taken)
    rw = Rewrite(analysis)
    # The helper: optional object and fit flag, defaults keep every other call unchanged.
    new_params = _add_params(params, obj, flag)
    indent_unit = analysis.module.default_indent
    guard = parse_stmt(f"if {obj} is None:\n{indent_unit}pass\n")
    assert isinstance(guard, cst.If)
    guard = guard.with_changes(
        body=guard.body.with_changes(body=[ctor_stmt.with_changes(leading_lines=[])]),
        leading_lines=ctor_stmt.leading_lines,
    )
    fit_stmt = stmts[fit_i]
    if not isinstance(fit_stmt, cst.SimpleStatementLine):
        raise FixRefused("the helper fits inside a block")
    if method == "fit_transform":
        other = fit_stmt.deep_replace(fcall, _transform_call(recv, fcall))
        assert isinstance(other, cst.SimpleStatementLine)
        branch = parse_stmt(f"if {flag}:\n{indent_unit}pass\nelse:\n{indent_unit}pass\n")
        assert isinstance(branch, cst.If) and branch.orelse is not None
        branch = branch.with_changes(
            body=branch.body.with_changes(body=[fit_stmt.with_changes(leading_lines=[])]),
            orelse=branch.orelse.with_changes(body=branch.orelse.body.with_changes(body=[other.with_changes(leading_lines=[])])),
            leading_lines=fit_stmt.leading_lines,
        )
    else:
        if not (len(fit_stmt.body) == 1 and isinstance(fit_stmt.body[0], cst.Expr) and fit_stmt.body[0].value is fcall):
            raise FixRefused("unusual fit statement in the helper")
        branch = parse_stmt(f"if {flag}:\n{indent_unit}pass\n")
        assert isinstance(branch, cst.If)
        branch = branch.with_changes(body=branch.body.with_changes(body=[fit_stmt.with_changes(leading_lines=[])]), leading_lines=fit_stmt.leading_lines)
    body = list(stmts)
    body[ctor_i] = guard
    body[fit_i] = branch
    new_fn = fn.with_changes(params=new_params, body=fn.body.with_changes(body=body))
    rw.replace(fn, new_fn, fit.site.top)
    # The call site: split the raw data first, then preprocess each part.
    ctor_code = analysis.module.code_for_node(ctor)
    new_targets = list(shape.targets)
    new_targets[2 * k], new_targets[2 * k + 1] = raw_train, raw_test
    split_target = assign_parts(index.sole_small(sp))[0]  # type: ignore[index]
    rw.replace(split_target, parse_expr(", ".join(new_targets)), sp.top)
    rw.replace(shape.inputs[k], cst.Name(raw), sp.top)
    train_call = _with_args(call_node, raw, raw_train, [(obj, holder)])
    test_call = _with_args(call_node, raw, raw_test, [(obj, holder), (flag, "False")])
    code = analysis.module.code_for_node
    after = [
        parse_stmt(f"{holder} = {ctor_code}\n"),
        as_line(cst.Assign(targets=[cst.AssignTarget(cst.Name(old_train))], value=train_call), call_place.stmt),
        parse_stmt(f"{old_test} = {code(test_call)}\n"),
    ]
    rw.delete(call_place)
    rw.insert_after(sp, after)
    message = (
        f"Split {raw} first, then call {fn.name.value}() on each part with one {fit.obj.cls}: "
        f"fitted on {raw_train}, applied to {raw_test}"
    )
    return Fix("unsafe", message, rw.edits())


def _param_root(stmts: list[cst.BaseStatement], name: str | None, params: set[str]) -> str | None:
    """The parameter a local comes from (``out = frame.copy()`` -> ``frame``), through plain
    assignments at the top of the helper body."""
    seen = 0
    while name is not None and seen < 16:
        seen += 1
        binding = None
        for stmt in stmts:
            if name in binds(stmt):
                binding = stmt
        if binding is None:
            return name if name in params else None
        small = binding.body[0] if isinstance(binding, cst.SimpleStatementLine) and len(binding.body) == 1 else None
        parts = assign_parts(small)
        if parts is None or not isinstance(parts[0], cst.Name):
            return None
        value = parts[1]
        while isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute):
            value = value.func.value  # frame.copy(), frame[cols].reset_index(drop=True)
        source = root_name(value)
        if source is None or source == name and name in params:
            return source
        if source == name:
            return None
        stmts = stmts[: stmts.index(binding)]
        name = source
    return None


def _free_at_module_level(index: TreeIndex, name: str, helper: cst.FunctionDef) -> bool:
    """Can a module-level variable take this name (the helper's local one) without changing
    what any other code refers to?"""
    for stmt in index.module.body:
        if stmt is helper:
            continue
        if name in names_in(stmt) or name in binds(stmt):
            return False
    return True


def _calls(node: cst.CSTNode) -> list[tuple[cst.Call, str]]:
    out: list[tuple[cst.Call, str]] = []

    class V(cst.CSTVisitor):
        def visit_Call(self, n: cst.Call) -> None:
            if isinstance(n.func, cst.Attribute):
                out.append((n, n.func.attr.value))

    node.visit(V())
    return out




def _call_argument(call: cst.Call, name: str, index: int) -> cst.BaseExpression | None:
    kw = keyword(call, name)
    if kw is not None:
        return kw.value
    pos = positional(call)
    if pos is not None and index < len(pos):
        return pos[index]
    return None


def _add_params(params: cst.Parameters, obj: str, flag: str) -> cst.Parameters:
    new = [
        cst.Param(cst.Name(obj), default=cst.Name("None"), equal=cst.AssignEqual(cst.SimpleWhitespace(""), cst.SimpleWhitespace(""))),
        cst.Param(cst.Name(flag), default=cst.Name("True"), equal=cst.AssignEqual(cst.SimpleWhitespace(""), cst.SimpleWhitespace(""))),
    ]
    if isinstance(params.star_arg, cst.Param) or params.kwonly_params:
        return params.with_changes(kwonly_params=[*_with_commas(params.kwonly_params), *new])
    if params.star_arg is not cst.MaybeSentinel.DEFAULT and not isinstance(params.star_arg, cst.Param):
        return params.with_changes(kwonly_params=[*_with_commas(params.kwonly_params), *new])
    return params.with_changes(params=[*_with_commas(params.params), *new])


def _with_commas(ps: Sequence[cst.Param]) -> list[cst.Param]:
    return [p.with_changes(comma=cst.MaybeSentinel.DEFAULT) for p in ps]


def _with_args(call: cst.Call, raw: str, part: str, extra: list[tuple[str, str]]) -> cst.Call:
    new = substitute(call, {raw: part})
    assert isinstance(new, cst.Call)
    args = [a.with_changes(comma=cst.MaybeSentinel.DEFAULT) for a in new.args]
    for name, value in extra:
        args.append(cst.Arg(value=cst.Name(value), keyword=cst.Name(name), equal=cst.AssignEqual(cst.SimpleWhitespace(""), cst.SimpleWhitespace(""))))
    return new.with_changes(args=args)


# --------------------------------------------------------------------- LK201
def fix_resample_before_split(analysis: Analysis, hit: Hit) -> Fix | None:
    resample = hit.events.get("resample")
    split = hit.events.get("split")
    if isinstance(resample, ResampleEvent) and isinstance(split, CVEvent):
        try:
            return fix_resample_before_cv(analysis, resample, split)
        except FixRefused:
            return None
    if resample is None or not isinstance(split, SplitEvent):
        raise FixRefused("the resampling is not followed by a split leakscan can rewrite")
    if split.kind == "cv" and isinstance(resample, ResampleEvent):
        return fix_resample_before_fold_loop(analysis, resample, split)
    if resample.site.frames:
        raise FixRefused("the resampling happens inside a helper")
    try:
        index = tree_index(analysis)
        shape = split_shape(index, split)
        call = resample.site.node
        parts = method_call(call)
        if parts is None or parts[1] != "fit_resample" or not isinstance(call, cst.Call):
            raise FixRefused("not a fit_resample call")
        place = index.place(call, resample.site.top)
        small = index.sole_small(place) if place is not None else None
        assign = assign_parts(small)
        pos = positional(call)
        if place is None or assign is None or assign[1] is not call or not pos or len(pos) != 2 or len(call.args) != 2:
            raise FixRefused("unusual resampling statement")
        outs = tuple_names(assign[0])
        ins = [root_name(p) if isinstance(p, cst.Name) else None for p in pos]
        if outs is None or len(outs) != 2 or None in ins:
            raise FixRefused("resampling outputs or inputs are not variables")
        target_elems = [el.value for el in assign[0].elements]  # type: ignore[attr-defined]
        moved = [Moved(place, small, None, [(target_elems[i], outs[i], ins[i]) for i in range(2)])]  # type: ignore[arg-type]
        rw = Rewrite(analysis)
        move_after_split(analysis, rw, shape, moved, [])
        k = shape.input_index(outs[0])
        train = shape.parts(k)[0] if k is not None else "the training part"
        message = f"Split first, then resample only the training part ({train})"
        return Fix("unsafe", message, rw.edits())
    except FixRefused:
        return None


# --------------------------------------------------------------------- LK201 before a KFold loop
def fix_resample_before_fold_loop(analysis: Analysis, resample: ResampleEvent, split: SplitEvent) -> Fix:
    """``X_bal, y_bal = SMOTE().fit_resample(X, y)`` before ``for trn, val in
    skf.split(X_bal, y_bal):`` moves into the loop, on the training fold only::

        for trn, val in skf.split(X, y):
            X_fold, y_fold = SMOTE().fit_resample(X[trn], y[trn])
            model.fit(X_fold, y_fold)
            ... model.predict(X[val]) ...
    """
    index = tree_index(analysis)
    call = split.site.node
    if not isinstance(call, cst.Call) or resample.site.frames or split.site.frames:
        raise FixRefused("the resampling or the folds are inside a helper")
    loop = next((n for n in index.ancestors(call, split.site.top) if isinstance(n, cst.For)), None)
    if loop is None or not contains_node(loop.iter, call) or not isinstance(loop.body, cst.IndentedBlock):
        raise FixRefused("the folds are not the iterable of a for loop")
    target = loop.target
    if isinstance(target, cst.Tuple) and len(target.elements) == 2 and isinstance(target.elements[1].value, cst.Tuple):
        target = target.elements[1].value  # for fold, (trn, val) in enumerate(...)
    fold_names = tuple_names(target)
    if fold_names is None or len(fold_names) != 2:
        raise FixRefused("the loop does not unpack train and validation indices")
    trn, val = fold_names
    rcall = resample.site.node
    parts = method_call(rcall)
    r_place = index.place(rcall, resample.site.top)
    assign = assign_parts(index.sole_small(r_place)) if r_place is not None else None
    loop_place = index.place(loop, split.site.top) if not isinstance(loop, cst.Module) else None
    if parts is None or parts[1] != "fit_resample" or r_place is None or assign is None or assign[1] is not rcall or loop_place is None:
        raise FixRefused("the resampling is not X_res, y_res = sampler.fit_resample(X, y)")
    outs = tuple_names(assign[0])
    ins = positional(rcall)  # type: ignore[arg-type]
    if outs is None or len(outs) != 2 or not ins or len(ins) != 2 or len(rcall.args) != 2 or not all(isinstance(i, cst.Name) for i in ins):  # type: ignore[union-attr]
        raise FixRefused("the resampling does not take and give X and y")
    raw = [i.value for i in ins]  # type: ignore[union-attr]
    if r_place.suite is not loop_place.suite or r_place.index >= loop_place.index:
        raise FixRefused("the resampling and the loop are not in one block")
    between = r_place.suite[r_place.index + 1 : loop_place.index]
    if any(binds(st) & {*outs, *raw, trn, val} for st in between) or any(binds(st) & {*outs, *raw} for st in loop.body.body):
        raise FixRefused("the data is rebound before or in the loop")
    in_place = set(outs) & set(raw)
    if in_place and set(outs) != set(raw):
        raise FixRefused("the resampling renames and rebinds at once")
    for st in between:
        if set(outs) & set(names_in(st)) and not (isinstance(st, cst.SimpleStatementLine) and all(isinstance(s, cst.Expr) for s in st.body)):
            raise FixRefused("the resampled data is used before the loop")
    if used_after(index, loop_place, set(outs)):
        raise FixRefused("the resampled data is used after the loop")
    # In the body: the training-fold rows of both outputs are read once, in one statement.
    fold_reads: list[tuple[cst.Subscript, int]] = []

    class Reads(cst.CSTVisitor):
        def visit_Subscript(self, n: cst.Subscript) -> None:
            base = n.value.value if isinstance(n.value, cst.Attribute) and n.value.attr.value == "iloc" else n.value
            if isinstance(base, cst.Name) and base.value in outs and len(n.slice) == 1:
                key = n.slice[0].slice
                if isinstance(key, cst.Index) and isinstance(key.value, cst.Name) and key.value.value == trn:
                    fold_reads.append((n, outs.index(base.value)))

    stmts_with = []
    for st in loop.body.body:
        before = len(fold_reads)
        st.visit(Reads())
        if len(fold_reads) > before:
            stmts_with.append(st)
    if len(stmts_with) != 1 or sorted(k for _, k in fold_reads) != [0, 1]:
        raise FixRefused("the training fold is not read once, as X and y together")
    fit_stmt = stmts_with[0]
    if not isinstance(fit_stmt, cst.SimpleStatementLine):
        raise FixRefused("the training fold is read inside a block")
    taken: set[str] = set()
    xf = index.fresh(f"{raw[0]}_fold", taken)
    taken.add(xf)
    yf = index.fresh(f"{raw[1]}_fold", taken)
    code = analysis.module.code_for_node
    renames = {outs[0]: raw[0], outs[1]: raw[1]}
    fold_args = ", ".join(code(substitute(sub, renames)) for sub, _ in sorted(fold_reads, key=lambda p: p[1]))
    sampler = code(parts[0])
    resample_line = parse_stmt(f"{xf}, {yf} = {sampler}.fit_resample({fold_args})\n")
    by_id = {id(sub): cst.Name(xf if k == 0 else yf) for sub, k in fold_reads}

    class Swap(cst.CSTTransformer):
        def leave_Subscript(self, original: cst.Subscript, updated: cst.Subscript) -> cst.BaseExpression:
            return by_id.get(id(original), updated)

    new_fit = substitute(fit_stmt.visit(Swap()), renames)  # type: ignore[arg-type]
    new_body = []
    for st in loop.body.body:
        if st is fit_stmt:
            new_body += [resample_line.with_changes(leading_lines=fit_stmt.leading_lines), new_fit.with_changes(leading_lines=[])]  # type: ignore[attr-defined]
        else:
            new_body.append(substitute(st, renames))
    new_loop = loop.with_changes(iter=substitute(loop.iter, renames), body=loop.body.with_changes(body=new_body))
    rw = Rewrite(analysis)
    rw.replace(loop, new_loop, loop_place.top)
    rw.delete(r_place)
    for i, st in enumerate(between):  # print(y_bal.value_counts()) -> the data as it is now
        if set(outs) & set(names_in(st)):
            rw.replace(st, substitute(st, renames), loop_place.top if not loop_place.at_module_level else r_place.index + 1 + i)
    return Fix("unsafe", f"Resample inside the fold loop, on the training fold only ({xf}, {yf})", rw.edits())
