"""LK105 full-data-statistics: split first, learn the statistic on the training part, apply
it to both parts.

``df["age"] = df["age"].fillna(df["age"].median())`` before ``train, test =
train_test_split(df)`` becomes, just after the split::

    age_median = train["age"].median()
    train["age"] = train["age"].fillna(age_median)
    test["age"] = test["age"].fillna(age_median)

A target or frequency encoding learned with ``groupby(k)[t].transform("mean")`` becomes a map
learned on the training part (``train.groupby(k)[t].mean()``) applied to ``train[k]`` and
``test[k]``. A ``for col in cols:`` loop of such statements moves as one loop.

The statement only moves when that cannot change anything but the statistic: every statement
between it and the split must leave the columns it reads and writes alone (they name other
columns, drop, filter or encode other columns, or do not touch the frame), the part the split
hands out must hold those columns, and nothing after the split may read the frame's filled
columns. Anything else is refused, with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst

from leakscan.analysis import Analysis, Hit
from leakscan.findings import Fix
from leakscan.fixes._rewrite import FixRefused, Rewrite
from leakscan.fixes._subst import as_line, substitute
from leakscan.fixes._tree import (
    Place,
    TreeIndex,
    assign_parts,
    binds,
    keyword,
    method_call,
    names_in,
    root_name,
    tree_index,
)
from leakscan.fixes.split_first import SplitShape, _is_print, split_shape
from leakscan.graph.model import ApplyEvent, SplitEvent

_STATS = frozenset({"mean", "median", "std", "var", "min", "max", "quantile", "mode", "value_counts", "sum", "nunique"})
# methods of the frame that keep the other columns' values row by row
_FRAME_METHODS = frozenset({"drop", "dropna", "copy", "reset_index", "sort_index"})
# attributes that read every column at once
_WHOLE = frozenset({"loc", "iloc", "at", "iat", "values", "T", "to_numpy", "to_dict"})


@dataclass
class Unit:
    """The statement that moves (a line, or a ``for`` loop of lines) and what it touches."""

    place: Place
    frame: str
    columns: set[str]  # string literals it names
    known: bool  # all column keys are literals (no ``df[col]``)
    written: set[str]  # the literal columns it writes
    lines: list[cst.BaseStatement]  # the statements that move, in order
    kinds: list[str]  # per line: "stat" (learned once, on the training part) or "apply" (per part)


def fix_full_data_statistics(analysis: Analysis, hit: Hit) -> Fix | None:
    apply = hit.events.get("apply")
    split = hit.events.get("split")
    if not isinstance(apply, ApplyEvent):
        raise FixRefused("no statement applies the statistic")
    if not isinstance(split, SplitEvent) or split.kind != "holdout":
        raise FixRefused("the statistic is applied before cross-validation: there is no training part to learn it on")
    if apply.site.frames or split.site.frames:
        raise FixRefused("the statistic or the split is inside a helper")
    try:
        return _fix(analysis, apply, split)
    except FixRefused as moved:
        try:
            return _fix_in_place(analysis, apply, split)
        except FixRefused as in_place:
            raise FixRefused(str(moved) if str(moved) == str(in_place) else f"{moved}; {in_place}") from None


def _fix(analysis: Analysis, apply: ApplyEvent, split: SplitEvent) -> Fix:
    index = tree_index(analysis)
    shape = split_shape(index, split)
    unit = _unit(index, apply, shape)
    r = unit.frame
    sp = shape.place
    # the other fills and encodings of the same frame up to the split move with it (one block)
    for st in sp.suite[unit.place.index + 1 : sp.index]:
        if st in unit.lines or not unit.known:
            continue
        kind = _moving_kind(st, r)
        if kind is not None:
            unit.lines.append(st)
            unit.kinds.append(kind)
            unit.columns |= {x.evaluated_value for x in _strings(st) if isinstance(x.evaluated_value, str)}
            unit.known = unit.known and _literal_keys(st, r)
            if kind == "apply":
                keys = _written_keys(st.body[0], r)  # type: ignore[attr-defined]
                if keys is None:
                    raise FixRefused("a later fill of the same frame writes columns that are not literal")
                unit.written |= keys
    moved_ids = {id(st) for st in unit.lines}
    between = [st for st in sp.suite[unit.place.index + 1 : sp.index] if id(st) not in moved_ids]
    unit_binds = set().union(*(binds(st) for st in unit.lines))
    unit_reads = set().union(*(names_in(st) for st in unit.lines)) - {r}
    derived: dict[str, bool] = {}  # frames made from the frame in between -> do they keep the columns?
    for stmt in between:
        used = set(names_in(stmt))
        if (unit_binds - {r}) & used:
            raise FixRefused("code between the statistic and the split reads what it binds")
        if binds(stmt) & unit_reads:
            raise FixRefused("code between the statistic and the split rebinds what it reads")
        if r not in used and not (used & set(derived)):
            continue
        if _is_print(stmt):
            continue
        if not unit.known:
            raise FixRefused(f"the statistic fills columns of {r} that are not named literally, and {r} is used again before the split")
        _check_commutes(index, stmt, r, unit, derived)
    k, keeps_all = _split_input(index, shape, r, derived, unit.columns)
    tr, te = shape.parts(k)
    if not keeps_all and not unit.known:
        raise FixRefused("the split takes some columns only, and the filled columns are not literal")
    # After the split the frame is no longer filled: nothing may read the filled columns there.
    for stmt in _after(index, sp):
        for name in {r, *derived}:
            if name in names_in(stmt):
                if not unit.known:
                    raise FixRefused(f"{name} is used after the split, where it would no longer be filled")
                _check_uses(index, stmt, name, unit.written)
    for name in unit_binds - {r}:
        if any(name in names_in(st) for st in _after(index, sp)):
            raise FixRefused(f"{name} is used after the split")
    rw = Rewrite(analysis)
    new = _rewritten(index, unit, tr, te)
    for st in unit.lines:
        place = next(Place(x, sp.suite, i, i if sp.at_module_level else sp.top, sp.owner) for i, x in enumerate(sp.suite) if x is st)
        rw.delete(place)
    rw.insert_after(sp, new)
    return Fix("unsafe", f"Split first, learn the statistic on {tr} only and apply it to {tr} and {te}", rw.edits())


def _unit(index: TreeIndex, apply: ApplyEvent, shape: SplitShape) -> Unit:
    place = index.place(apply.site.node, apply.site.top)
    if place is None:
        raise FixRefused("the statistic is not applied by a statement")
    sp = shape.place
    while place.suite is not sp.suite:
        if place.at_module_level:
            raise FixRefused("the statistic and the split are not in one block")
        parent = index.parent(place.owner, place.top)
        while parent is not None and not isinstance(parent, cst.BaseCompoundStatement):
            parent = index.parent(parent, place.top)
        if not isinstance(parent, cst.For):
            raise FixRefused("the statistic is applied inside a block other than a for loop")
        up = index.place(parent, place.top)
        if up is None:
            raise FixRefused("no statement")
        place = up
    if place.index >= sp.index:
        raise FixRefused("the statistic is applied after the split")
    stmt = place.stmt
    lines: list[cst.BaseStatement]
    if isinstance(stmt, cst.For):
        if stmt.orelse is not None or stmt.asynchronous is not None or not isinstance(stmt.body, cst.IndentedBlock):
            raise FixRefused("an unusual loop")
        lines = list(stmt.body.body)
    else:
        lines = [stmt]
    frames = set()
    for line in lines:
        if not isinstance(line, cst.SimpleStatementLine) or len(line.body) != 1:
            raise FixRefused("the statement is not one simple line")
        frames.add(_written_frame(line.body[0]))
    if len(frames) != 1 or None in frames:
        raise FixRefused("the statement does not write one frame's columns")
    frame = frames.pop()
    assert frame is not None
    # statistics computed on lines of their own just before (``cap = df["x"].quantile(.99)``)
    moved = [stmt]
    first = place
    reads = set(names_in(stmt))
    for i in range(place.index - 1, -1, -1):
        prev = sp.suite[i]
        bound = binds(prev)
        if not bound & reads:
            break
        small = prev.body[0] if isinstance(prev, cst.SimpleStatementLine) and len(prev.body) == 1 else None
        assign = assign_parts(small)
        if assign is None or not isinstance(assign[0], cst.Name) or not _stat_calls(assign[1], frame):
            break
        moved.insert(0, prev)
        reads |= set(names_in(prev))
        first = Place(prev, sp.suite, i, i if sp.at_module_level else sp.top, sp.owner)
    columns: set[str] = set()
    written: set[str] = set()
    known = True
    for st in moved:
        columns |= {s.evaluated_value for s in _strings(st) if isinstance(s.evaluated_value, str)}
        known = known and _literal_keys(st, frame)
    for line in lines:
        keys = _written_keys(line.body[0], frame)  # type: ignore[attr-defined]
        if keys is None:
            known = False
        else:
            written |= keys
    kinds = ["stat"] * (len(moved) - 1) + ["apply"]
    return Unit(first, frame, columns, known, written, moved, kinds)


def _moving_kind(stmt: cst.BaseStatement, frame: str) -> str | None:
    """"apply" for another one-line fill of ``frame`` with its statistics, "stat" for a
    statistic of ``frame`` bound to a name, else None."""
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return None
    small = stmt.body[0]
    if not _stat_calls(small, frame) and not isinstance(small, cst.Assign):
        return None
    if _written_frame(small) == frame and _stat_calls(small, frame) and _written_keys(small, frame) is not None:
        return "apply"
    assign = assign_parts(small)
    if assign is not None and isinstance(assign[0], cst.Name) and assign[0].value != frame and _stat_calls(assign[1], frame):
        return "stat"
    return None


def _written_keys(small: cst.BaseSmallStatement, frame: str) -> set[str] | None:
    """The literal columns a line writes; None for the whole frame or a computed key."""
    assign = assign_parts(small)
    target: cst.BaseExpression | None = None
    if assign is not None:
        target = assign[0]
    elif isinstance(small, cst.Expr) and isinstance(small.value, cst.Call):
        parts = method_call(small.value)
        target = parts[0] if parts is not None else None
    if not isinstance(target, cst.Subscript):
        return None
    key = target.slice[-1].slice
    if not isinstance(key, cst.Index):
        return None
    value = key.value
    if isinstance(value, cst.SimpleString) and isinstance(value.evaluated_value, str):
        return {value.evaluated_value}
    if isinstance(value, (cst.List, cst.Tuple)) and all(isinstance(e.value, cst.SimpleString) for e in value.elements):
        return {e.value.evaluated_value for e in value.elements}  # type: ignore[attr-defined]
    return None


def _written_frame(small: cst.BaseSmallStatement) -> str | None:
    """``df`` for ``df[c] = ...``, ``df.loc[m, c] = ...``, ``df[c].fillna(v, inplace=True)``."""
    assign = assign_parts(small)
    if assign is not None and isinstance(assign[0], cst.Subscript):
        return root_name(assign[0])
    if assign is not None and isinstance(assign[0], cst.Name) and _stat_calls(assign[1], assign[0].value):
        return assign[0].value  # X = (X - X.mean()) / X.std(): the whole frame
    if isinstance(small, cst.Expr) and isinstance(small.value, cst.Call):
        kw = keyword(small.value, "inplace")
        parts = method_call(small.value)
        if kw is not None and isinstance(kw.value, cst.Name) and kw.value.value == "True" and parts is not None and isinstance(parts[0], cst.Subscript):
            return root_name(parts[0])
    return None


def _strings(node: cst.CSTNode) -> list[cst.SimpleString]:
    out: list[cst.SimpleString] = []

    class V(cst.CSTVisitor):
        def visit_SimpleString(self, n: cst.SimpleString) -> None:
            out.append(n)

    node.visit(V())
    return out


def _literal_keys(node: cst.CSTNode, frame: str) -> bool:
    """Are all the frame's column keys in ``node`` string literals (``df["a"]``, ``df.loc[m, "a"]``)?"""
    ok = True

    class V(cst.CSTVisitor):
        def visit_Subscript(self, n: cst.Subscript) -> None:
            nonlocal ok
            base = n.value
            if isinstance(base, cst.Attribute) and base.attr.value in ("loc", "iloc"):
                base = base.value
            if isinstance(base, cst.Name) and base.value == frame:
                key = n.slice[-1].slice
                if not (isinstance(key, cst.Index) and isinstance(key.value, cst.SimpleString)):
                    ok = False

    node.visit(V())
    return ok


def _check_commutes(index: TreeIndex, stmt: cst.BaseStatement, frame: str, unit: Unit, derived: dict[str, bool]) -> None:
    """``stmt`` (between the statistic and the split) neither reads the columns the statistic
    writes nor writes a column it reads; a new frame it makes from ``frame`` is recorded in
    ``derived``."""
    columns = unit.columns
    if any(s.evaluated_value in unit.written for s in _strings(stmt)):
        raise FixRefused("code between the statistic and the split uses the filled columns")
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        raise FixRefused(f"a block between the statistic and the split uses {frame}")
    small = stmt.body[0]
    assign = assign_parts(small)
    if (_written_keys(small, frame) or set()) & columns:
        raise FixRefused("code between the statistic and the split writes a column it reads")
    for name in [frame, *derived]:
        if name in names_in(stmt):
            _check_uses(index, stmt, name, unit.written)
    if assign is not None and isinstance(assign[0], cst.Name):
        target = assign[0].value
        if target in (frame, *derived):
            if root_name(_strip_calls(assign[1])) != target and not _dummies_of(assign[1], target):
                raise FixRefused(f"{target} is rebound before the split")
            return
        src = root_name(_strip_calls(assign[1]))
        if src in (frame, *derived):
            keeps = derived.get(src, True)
            value = assign[1]
            if isinstance(value, cst.Subscript):
                keys = _list_keys(index, value)
                keeps = keeps and keys is not None and columns <= keys
            if any(x.evaluated_value in columns for x in _strings(stmt)):
                keeps = False  # X = df.drop(columns=["price"]): a column the statistic reads is gone
            derived[target] = keeps


def _strip_calls(expr: cst.BaseExpression) -> cst.BaseExpression:
    while isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute):
        expr = expr.func.value
    return expr


def _dummies_of(expr: cst.BaseExpression, frame: str) -> bool:
    """``pd.get_dummies(frame, columns=[...])``: encodes the named columns only."""
    return (
        isinstance(expr, cst.Call)
        and isinstance(expr.func, (cst.Attribute, cst.Name))
        and (expr.func.attr.value if isinstance(expr.func, cst.Attribute) else expr.func.value) == "get_dummies"
        and bool(expr.args)
        and isinstance(expr.args[0].value, cst.Name)
        and expr.args[0].value.value == frame
        and keyword(expr, "columns") is not None
    )


def _check_uses(index: TreeIndex, stmt: cst.CSTNode, frame: str, columns: set[str]) -> None:
    """Every use of ``frame`` in ``stmt`` reads other columns than ``columns`` (or keeps them
    row by row: drop, filtered rows, get_dummies of named columns)."""
    bad: list[str] = []

    class V(cst.CSTVisitor):
        def visit_AssignTarget(self, n: cst.AssignTarget) -> bool:
            return not (isinstance(n.target, cst.Name) and n.target.value == frame)

        def visit_Subscript(self, n: cst.Subscript) -> bool:
            if isinstance(n.value, cst.Name) and n.value.value == frame:
                keys = _list_keys(index, n)
                if keys is None:
                    for el in n.slice:  # df[mask]: rows filtered by other columns
                        el.visit(self)
                elif keys & columns:
                    bad.append("reads the filled columns")
                return False
            return True

        def visit_Attribute(self, n: cst.Attribute) -> bool:
            if isinstance(n.value, cst.Name) and n.value.value == frame:
                if n.attr.value in columns or n.attr.value in _WHOLE:
                    bad.append(f"reads {frame}.{n.attr.value}")
                return False
            return True

        def visit_Call(self, n: cst.Call) -> bool:
            parts = method_call(n)
            if parts is not None and isinstance(parts[0], cst.Name) and parts[0].value == frame:
                bad.append(f"calls {frame}.{parts[1]}()")
                return False
            return True

        def visit_Name(self, n: cst.Name) -> bool:
            if n.value == frame:
                bad.append(f"uses all of {frame}")
            return False

    # a bare frame as a method receiver or as get_dummies' argument is fine: visit their parts
    class Strip(cst.CSTTransformer):
        def leave_Call(self, original: cst.Call, updated: cst.Call) -> cst.BaseExpression:
            parts = method_call(updated)
            if parts is not None and isinstance(parts[0], cst.Name) and parts[0].value == frame and parts[1] in _FRAME_METHODS and (
                parts[1] != "dropna" or keyword(updated, "subset") is not None
            ):
                return updated.with_changes(func=updated.func.with_changes(value=cst.Name("_frame_")))  # type: ignore[attr-defined]
            if _dummies_of(updated, frame):
                return updated.with_changes(args=[updated.args[0].with_changes(value=cst.Name("_frame_")), *updated.args[1:]])
            return updated

    stripped = stmt.visit(Strip())
    stripped.visit(V())
    if bad:
        raise FixRefused(f"code around the moved statistic {bad[0]}")


def _list_keys(index: TreeIndex, sub: cst.Subscript) -> set[str] | None:
    """The string keys of ``df["a"]``, ``df[["a", "b"]]``, ``df[features]`` (a literal list
    bound once at module level); None for anything else."""
    if len(sub.slice) != 1 or not isinstance(sub.slice[0].slice, cst.Index):
        return None
    key = sub.slice[0].slice.value
    if isinstance(key, cst.SimpleString):
        return {key.evaluated_value} if isinstance(key.evaluated_value, str) else None
    if isinstance(key, cst.Name):
        key = _bound_once(index, key.value)
        if key is None:
            return None
    if isinstance(key, (cst.List, cst.Tuple)):
        out = set()
        for el in key.elements:
            if not isinstance(el.value, cst.SimpleString) or not isinstance(el.value.evaluated_value, str):
                return None
            out.add(el.value.evaluated_value)
        return out
    return None


def _split_input(index: TreeIndex, shape: SplitShape, frame: str, derived: dict[str, bool], columns: set[str]) -> tuple[int, bool]:
    """Which split input holds the frame's filled columns, and does it hold all its columns?"""
    for k, node in enumerate(shape.inputs):
        if isinstance(node, cst.Name) and node.value == frame:
            return k, True
        if isinstance(node, cst.Name) and node.value in derived:
            if not derived[node.value]:
                raise FixRefused(f"{node.value} does not keep the filled columns")
            return k, False
        if isinstance(node, cst.Subscript) and isinstance(node.value, cst.Name) and node.value.value == frame:
            keys = _list_keys(index, node)
            if keys is None or not columns <= keys:
                raise FixRefused("the split does not take the filled columns")
            return k, False
    raise FixRefused(f"the split does not take {frame}")


def _after(index: TreeIndex, sp: Place) -> list[cst.BaseStatement]:
    out = list(sp.suite[sp.index + 1 :])
    out += [index.module.body[t] for t in range(sp.top + 1, len(index.module.body))]
    return out


def _stat_calls(node: cst.CSTNode, frame: str) -> list[cst.Call]:
    """Column statistics of ``frame`` in ``node`` (not row-wise ones: ``axis=1``)."""
    out: list[cst.Call] = []

    class V(cst.CSTVisitor):
        def visit_Call(self, n: cst.Call) -> bool:
            parts = method_call(n)
            if parts is None or _root(parts[0]) != frame:
                return True
            axis = keyword(n, "axis")
            if axis is not None and not (isinstance(axis.value, cst.Integer) and axis.value.value == "0"):
                return True
            if parts[1] == "transform" and _groupby(parts[0]) is not None:
                out.append(n)
                return False
            if parts[1] in _STATS:
                out.append(n)
                return False
            return True

    node.visit(V())
    return out


def _root(expr: cst.BaseExpression) -> str | None:
    """``df`` for ``df["a"]``, ``df.groupby("k")["t"]``, ``df.loc[m, "a"]``."""
    while True:
        if isinstance(expr, cst.Name):
            return expr.value
        if isinstance(expr, (cst.Subscript, cst.Attribute)):
            expr = expr.value
        elif isinstance(expr, cst.Call):
            expr = expr.func
        else:
            return None


def _groupby(expr: cst.BaseExpression) -> cst.Call | None:
    """``df.groupby("k")`` in ``df.groupby("k")["t"]``."""
    if isinstance(expr, cst.Subscript):
        expr = expr.value
    if isinstance(expr, cst.Call):
        parts = method_call(expr)
        if parts is not None and parts[1] == "groupby":
            return expr
    return None


def _rewritten(index: TreeIndex, unit: Unit, tr: str, te: str) -> list[cst.BaseStatement]:
    out: list[cst.BaseStatement] = []
    taken: set[str] = set()
    learned = set().union(*(binds(st) for st, kind in zip(unit.lines, unit.kinds) if kind == "stat"))
    for st, kind in zip(unit.lines, unit.kinds):
        if _has_lambda(st):
            raise FixRefused("the statistic is computed inside a lambda: applied to each part, it would use that part's own rows")
        if kind == "apply" and not isinstance(st, cst.For) and not _stat_calls(st, unit.frame) and not set(names_in(st)) & learned:
            raise FixRefused("no statistic of the frame that could be learned on the training part")
    for stmt, kind in zip(unit.lines, unit.kinds):
        if kind == "stat":  # a statistic on a line of its own: learned on the training part
            out.append(substitute(stmt, {unit.frame: tr}).with_changes(leading_lines=[]))  # type: ignore[attr-defined]
            continue
        if isinstance(stmt, cst.For):
            body = _per_part(index, list(stmt.body.body), unit.frame, tr, te, taken)  # type: ignore[union-attr]
            out.append(stmt.with_changes(body=stmt.body.with_changes(body=body), leading_lines=[]))
        else:
            out += _per_part(index, [stmt], unit.frame, tr, te, taken)
    return out


class _Replace(cst.CSTTransformer):
    """Replace nodes by identity, all in one pass (``deep_replace`` one at a time loses the
    identity of the others)."""

    def __init__(self, by_id: dict[int, cst.BaseExpression]) -> None:
        self.by_id = by_id

    def on_leave(self, original_node: cst.CSTNode, updated_node: cst.CSTNode) -> cst.CSTNode:  # type: ignore[override]
        return self.by_id.get(id(original_node), updated_node)


def _has_lambda(node: cst.CSTNode) -> bool:
    found = False

    class V(cst.CSTVisitor):
        def visit_Lambda(self, n: cst.Lambda) -> None:
            nonlocal found
            found = True

    node.visit(V())
    return found


def _per_part(index: TreeIndex, lines: list[cst.BaseStatement], frame: str, tr: str, te: str, taken: set[str]) -> list[cst.BaseStatement]:
    out_lines: list[cst.BaseStatement] = []
    for line in lines:
        stats = _stat_calls(line, frame)
        learned: list[cst.BaseStatement] = []
        uses: dict[int, cst.BaseExpression] = {}
        for call in stats:
            recv, method = method_call(call)  # type: ignore[misc]
            gb = _groupby(recv) if method == "transform" else None
            name = index.fresh(_label(recv, method), taken)
            taken.add(name)
            if gb is not None:
                # groupby(k)[t].transform(agg) -> a map learned on the training part
                key = gb.args[0].value if len(gb.args) == 1 and gb.args[0].keyword is None else None
                if not isinstance(key, cst.SimpleString) or len(call.args) != 1 or call.args[0].keyword is not None:
                    raise FixRefused("an encoding by more than one plain key")
                agg = cst.Call(func=cst.Attribute(value=recv, attr=cst.Name("agg")), args=[call.args[0]])
                learned.append(as_line(cst.Assign([cst.AssignTarget(cst.Name(name))], substitute(agg, {frame: tr}))))  # type: ignore[arg-type]
                use: cst.BaseExpression = cst.Call(
                    func=cst.Attribute(value=cst.Subscript(cst.Name(frame), [cst.SubscriptElement(cst.Index(key))]), attr=cst.Name("map")),
                    args=[cst.Arg(cst.Name(name))],
                )
            else:
                learned.append(as_line(cst.Assign([cst.AssignTarget(cst.Name(name))], substitute(call, {frame: tr}))))  # type: ignore[arg-type]
                use = cst.Name(name)
            uses[id(call)] = use
        replaced = line.visit(_Replace(uses)) if uses else line  # every statistic at once
        out_lines += learned
        body = replaced.with_changes(leading_lines=[]) if isinstance(replaced, cst.SimpleStatementLine) else replaced
        out_lines.append(substitute(body, {frame: tr}))  # type: ignore[arg-type]
        plain = body.with_changes(trailing_whitespace=cst.TrailingWhitespace()) if isinstance(body, cst.SimpleStatementLine) else body
        out_lines.append(substitute(plain, {frame: te}))  # type: ignore[arg-type]
    return out_lines


def _label(recv: cst.BaseExpression, method: str) -> str:
    """``age_median`` for ``df["age"].median()``; ``manufacturer_mean`` for a target encoding."""
    col = None
    node = recv
    gb = _groupby(recv)
    if gb is not None and gb.args and isinstance(gb.args[0].value, cst.SimpleString):
        col = gb.args[0].value.evaluated_value
        method = "encoding"
    elif isinstance(node, cst.Subscript) and len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index):
        key = node.slice[0].slice.value
        if isinstance(key, cst.SimpleString):
            col = key.evaluated_value
        elif isinstance(key, cst.Name):
            col = None
    base = f"{col}_{method}" if isinstance(col, str) else f"train_{method}"
    base = "".join(c if c.isalnum() or c == "_" else "_" for c in base.lower()).strip("_")
    return base if base.isidentifier() else f"train_{method}"


# ------------------------------------------------------- in place, on the later split's rows
_ROW_KEEPING = frozenset({"drop", "copy", "astype", "rename", "assign", "fillna", "replace", "map", "apply", "round", "clip", "to_numpy", "reset_index"})


def _fix_in_place(analysis: Analysis, apply: ApplyEvent, split: SplitEvent) -> Fix:
    """Keep the statement where it is and learn the statistic on the rows the later
    ``train_test_split`` puts in the training part.

    ``train_test_split`` picks its rows from the number of rows, its options and the
    ``stratify`` labels only, so ``train_test_split(range(len(df)), <same options>)[0]`` names
    exactly those rows - provided no row is added, dropped or reordered in between and the
    options read the same values there. Both are checked; anything else is refused.
    """
    index = tree_index(analysis)
    shape = split_shape(index, split)
    call = shape.value
    if not isinstance(call, cst.Call) or _callee(call) != "train_test_split" or not shape.inputs:
        raise FixRefused("the split is not train_test_split, whose rows can be named before it")
    unit = _unit(index, apply, shape)
    r = unit.frame
    if not _string_keyed([*unit.lines, *index.module.body], r):
        raise FixRefused(f"nothing shows that {r} is a pandas frame")
    sp = shape.place
    for st in sp.suite[unit.place.index + 1 : sp.index]:  # the block's other statistics, on the same rows
        kind = _moving_kind(st, r)
        if kind is not None and st not in unit.lines:
            unit.lines.append(st)
            unit.kinds.append(kind)
    moved_ids = {id(st) for st in unit.lines}
    between = [st for st in sp.suite[unit.place.index + 1 : sp.index] if id(st) not in moved_ids]
    frames = {r}
    for stmt in between:
        _check_rows_kept(index, stmt, frames)
    if not _keeps_rows(index, shape.inputs[0], frames):
        raise FixRefused("the split's data is not the frame's rows")
    if any(a.star for a in call.args):
        raise FixRefused("the split's options are unpacked")
    options = [a.with_changes(value=_inlined(a.value, between, r)) for a in call.args if a.keyword is not None]
    option_names = set().union(*(names_in(a.value) for a in options)) if options else set()
    written: set[str] = set()  # names bound and columns written from the statistic to the split
    unknown = False  # some statement writes columns of the frame that cannot be named
    for stmt in [*unit.lines, *between]:
        written |= binds(stmt)
        cols = _stmt_written(index, stmt, r)
        if cols is None:
            unknown = True
        else:
            written |= cols
    for a in options:
        reads = set(names_in(a.value))
        if (reads - {r}) & written or {x.evaluated_value for x in _strings(a.value)} & written:
            raise FixRefused("the split's options (stratify) are computed after the statistic")
        if r in reads and unknown:
            raise FixRefused("the split's options read columns the statistic may fill")
    if not all(any(n in binds(st) for st in sp.suite[: unit.place.index]) or n in _BUILTINS or _imported(index, n) for n in option_names):
        raise FixRefused("the split's options are not known before the statistic")
    rows = index.fresh("train_rows")
    func = analysis.module.code_for_node(call.func)
    opts = ", ".join(analysis.module.code_for_node(a).rstrip(", ").strip() for a in options)
    rows_line = cst.parse_statement(f"{rows} = {func}(range(len({r})){', ' + opts if opts else ''})[0]  # the rows the split below trains on\n")
    rw = Rewrite(analysis)
    if not any(_stat_calls(st, r) for st in unit.lines):
        raise FixRefused("no statistic of the frame in the statements")
    for st in unit.lines:
        stats = _stat_calls(st, r)
        top = next(i if sp.at_module_level else sp.top for i, x in enumerate(sp.suite) if x is st)
        for stat in stats:
            rw.replace(stat, _on_rows(stat, r, rows), top)
    rw.insert_before(unit.place, [rows_line])
    return Fix("unsafe", f"Learn the statistic on the rows the split trains on ({rows}, the same train_test_split options) instead of all rows", rw.edits())


_BUILTINS = frozenset({"True", "False", "None", "len", "int", "float"})


def _inlined(value: cst.BaseExpression, between: list[cst.BaseStatement], frame: str) -> cst.BaseExpression:
    """``stratify=y`` where ``y = df["label"]`` comes between the statistic and the split: the
    expression itself, read earlier (checked like any option afterwards)."""
    if not isinstance(value, cst.Name):
        return value
    bound = [st for st in between if value.value in binds(st)]
    if len(bound) != 1:
        return value
    st = bound[0]
    small = st.body[0] if isinstance(st, cst.SimpleStatementLine) and len(st.body) == 1 else None
    assign = assign_parts(small)
    if assign is None or not isinstance(assign[0], cst.Name) or _root(assign[1]) != frame:
        return value
    before = between[: between.index(st)]
    if any(binds(b) & set(names_in(assign[1])) for b in before) or any(_written_keys(b.body[0], frame) is None and _root(assign_parts(b.body[0])[0]) == frame for b in before if isinstance(b, cst.SimpleStatementLine) and len(b.body) == 1 and assign_parts(b.body[0]) is not None and isinstance(assign_parts(b.body[0])[0], cst.Subscript)):  # type: ignore[index]
        return value
    keys = {x.evaluated_value for x in _strings(assign[1])}
    for b in before:
        if isinstance(b, cst.SimpleStatementLine) and len(b.body) == 1 and (_written_keys(b.body[0], frame) or set()) & keys:
            return value
        if isinstance(b, cst.For) and frame in names_in(b):
            return value
    return assign[1]


def _imported(index: TreeIndex, name: str) -> bool:
    return any(name in index.top_binds(t) for t in range(len(index.module.body)) if isinstance(index.module.body[t], cst.SimpleStatementLine) and any(isinstance(x, (cst.Import, cst.ImportFrom)) for x in index.module.body[t].body))  # type: ignore[attr-defined]


def _callee(call: cst.Call) -> str | None:
    f = call.func
    return f.attr.value if isinstance(f, cst.Attribute) else f.value if isinstance(f, cst.Name) else None


def _string_keyed(lines: list[cst.BaseStatement], frame: str) -> bool:
    found = False

    class V(cst.CSTVisitor):
        def visit_Subscript(self, n: cst.Subscript) -> None:
            nonlocal found
            if _root(n.value) == frame and any(isinstance(e.slice, cst.Index) and isinstance(e.slice.value, (cst.SimpleString, cst.Name)) for e in n.slice):
                found = True

    for line in lines:
        line.visit(V())
    return found


def _on_rows(stat: cst.Call, frame: str, rows: str) -> cst.BaseExpression:
    """The statistic computed on ``frame.iloc[rows]``; a groupby transform becomes a map of the
    key column through the aggregate learned on those rows."""
    sub = cst.parse_expression(f"{frame}.iloc[{rows}]")
    recv, method = method_call(stat)  # type: ignore[misc]
    gb = _groupby(recv) if method == "transform" else None
    if gb is None:
        return _replace_root(stat, frame, sub)
    key = gb.args[0].value if len(gb.args) == 1 and gb.args[0].keyword is None else None
    if not isinstance(key, cst.SimpleString) or len(stat.args) != 1 or stat.args[0].keyword is not None:
        raise FixRefused("an encoding by more than one plain key")
    agg = cst.Call(func=cst.Attribute(value=_replace_root(recv, frame, sub), attr=cst.Name("agg")), args=[stat.args[0]])
    return cst.Call(
        func=cst.Attribute(value=cst.Subscript(cst.Name(frame), [cst.SubscriptElement(cst.Index(key))]), attr=cst.Name("map")),
        args=[cst.Arg(agg)],
    )


def _replace_root(expr: cst.BaseExpression, frame: str, new: cst.BaseExpression) -> cst.BaseExpression:
    """``expr`` with its leftmost ``frame`` (the receiver chain's root) replaced."""
    if isinstance(expr, cst.Name):
        return new if expr.value == frame else expr
    if isinstance(expr, (cst.Subscript, cst.Attribute)):
        return expr.with_changes(value=_replace_root(expr.value, frame, new))
    if isinstance(expr, cst.Call):
        return expr.with_changes(func=_replace_root(expr.func, frame, new))  # type: ignore[arg-type]
    raise FixRefused("unusual statistic")


def _keeps_rows(index: TreeIndex, expr: cst.BaseExpression, frames: set[str]) -> bool:
    """Does ``expr`` have exactly the rows of a frame in ``frames`` (columns picked, dropped,
    encoded or converted, never rows)?"""
    if isinstance(expr, cst.Name):
        return expr.value in frames
    if isinstance(expr, cst.Subscript):
        if len(expr.slice) != 1 or not isinstance(expr.slice[0].slice, cst.Index):
            return False
        key = expr.slice[0].slice.value
        if not _column_key(index, key):
            return False
        return _keeps_rows(index, expr.value, frames)
    if isinstance(expr, cst.Attribute):
        return expr.attr.value in ("values", "T") and expr.attr.value != "T" and _keeps_rows(index, expr.value, frames)
    if isinstance(expr, cst.Call):
        name = _callee(expr)
        if name in ("get_dummies", "DataFrame") and expr.args and expr.args[0].keyword is None and all(a.keyword is None or a.keyword.value in ("columns", "drop_first", "prefix", "dtype") for a in expr.args[1:]):
            return _keeps_rows(index, expr.args[0].value, frames)
        parts = method_call(expr)
        if parts is not None and parts[1] in ("transform", "fit_transform") and expr.args and expr.args[0].keyword is None:
            return _keeps_rows(index, expr.args[0].value, frames)  # a transformer keeps the rows it is given
        if parts is None or parts[1] not in _ROW_KEEPING:
            return False
        if parts[1] == "drop" and not (keyword(expr, "columns") is not None or _axis_one(expr)):
            return False
        if parts[1] == "reset_index":
            return False  # keeps the rows but renumbers them: refuse to reason about it
        if any(keyword(expr, k) is not None for k in ("inplace",)):
            return False
        return _keeps_rows(index, parts[0], frames)
    return False


def _axis_one(call: cst.Call) -> bool:
    axis = keyword(call, "axis")
    if axis is None:
        return False
    v = axis.value
    return (isinstance(v, cst.Integer) and v.value == "1") or (isinstance(v, cst.SimpleString) and v.evaluated_value == "columns")


def _column_key(index: TreeIndex, key: cst.BaseExpression) -> bool:
    """A column key, never a row mask or a slice: a string, a list of strings, or a name bound
    to a list (``features = [...]``, ``cols = num + cat``)."""
    if isinstance(key, cst.SimpleString):
        return True
    if isinstance(key, (cst.List, cst.Tuple)):
        return all(isinstance(e.value, cst.SimpleString) for e in key.elements)
    if isinstance(key, cst.BinaryOperation) and isinstance(key.operator, cst.Add):
        return _column_key(index, key.left) and _column_key(index, key.right)
    if isinstance(key, cst.ListComp):
        return True
    if isinstance(key, cst.Name):
        bound = [t for t in range(len(index.module.body)) if key.value in index.top_binds(t)]
        if not bound:
            return False
        for t in bound:
            stmt = index.module.body[t]
            small = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1 else None
            assign = assign_parts(small)
            if assign is None or not isinstance(assign[0], cst.Name) or not _column_key(index, assign[1]):
                return False
        return True
    return False


def _check_rows_kept(index: TreeIndex, stmt: cst.BaseStatement, frames: set[str]) -> None:
    """``stmt`` adds, drops and reorders no row of the frames (it may add, change or drop
    columns, or make new frames of the same rows, which join ``frames``)."""
    used = set(names_in(stmt))
    if not used & frames:
        if binds(stmt) & frames:
            raise FixRefused("the frame is rebound before the split")
        return
    if isinstance(stmt, cst.For) and isinstance(stmt.body, cst.IndentedBlock) and stmt.orelse is None:
        if binds(stmt.target) & frames:
            raise FixRefused("the frame is rebound by a loop before the split")
        inner_frames = frames
        if isinstance(stmt.iter, (cst.List, cst.Tuple)) and isinstance(stmt.target, cst.Name) and all(isinstance(e.value, cst.Name) for e in stmt.iter.elements):
            # for df in [train, test]: the body changes each frame's columns
            inner_frames = frames | {stmt.target.value}
            if any(stmt.target.value in binds(inner) for inner in stmt.body.body):
                raise FixRefused("a loop rebinds its frame")
        elif set(names_in(stmt.iter)) & frames and not _is_columns_iter(stmt.iter, frames):
            raise FixRefused("a loop over the frame's rows before the split")
        for inner in stmt.body.body:
            _check_rows_kept(index, inner, set(inner_frames))
        return
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        raise FixRefused("a block between the statistic and the split uses the frame")
    small = stmt.body[0]
    if _is_print(stmt):
        return
    assign = assign_parts(small)
    if assign is not None and isinstance(assign[0], cst.Subscript) and _root(assign[0]) in frames:
        return  # a column written
    if assign is not None and isinstance(assign[0], cst.Name):
        target = assign[0].value
        if _keeps_rows(index, assign[1], frames):
            frames.add(target)
            return
        if target in frames:
            raise FixRefused(f"{target} may lose or gain rows before the split")
        return  # a value computed from the frame (a list of columns, a count): rows unchanged
    if binds(stmt) & frames:
        raise FixRefused("the frame is rebound before the split")
    if isinstance(small, cst.Expr) and isinstance(small.value, cst.Call):
        kw = keyword(small.value, "inplace")
        parts = method_call(small.value)
        if kw is not None and parts is not None and _root(parts[0]) in frames:
            if parts[1] == "drop" and (keyword(small.value, "columns") is not None or _axis_one(small.value)):
                return
            if parts[1] in ("fillna", "replace", "rename"):
                return
            raise FixRefused(f"{parts[1]}(inplace=True) may change the frame's rows before the split")
    if isinstance(small, (cst.Expr, cst.AugAssign, cst.AnnAssign, cst.Assign)):
        return


def _is_columns_iter(expr: cst.BaseExpression, frames: set[str]) -> bool:
    """``df.columns``, ``df.select_dtypes(...).columns``: a loop over columns."""
    return isinstance(expr, cst.Attribute) and expr.attr.value == "columns"


def _stmt_written(index: TreeIndex, stmt: cst.BaseStatement, frame: str) -> set[str] | None:
    """The columns of ``frame`` a statement writes, by name; None when they cannot be named
    (a computed key, or the whole frame rebuilt from itself)."""
    if isinstance(stmt, cst.For):
        return _loop_written(index, stmt, frame)
    if not isinstance(stmt, cst.SimpleStatementLine):
        return None if frame in names_in(stmt) else set()
    out: set[str] = set()
    for small in stmt.body:
        assign = assign_parts(small)
        target = assign[0] if assign is not None else None
        if isinstance(target, cst.Name) and target.value == frame:
            return None  # df = df.fillna(...): any column
        if isinstance(target, cst.Subscript) and _root(target) == frame:
            keys = _written_keys(small, frame)
            if keys is None:
                return None
            out |= keys
        elif isinstance(small, cst.Expr) and keyword(small.value, "inplace") is not None if isinstance(small.value, cst.Call) else False:
            keys = _written_keys(small, frame)
            if keys is None:
                return None
            out |= keys
    return out


def _loop_written(index: TreeIndex, loop: cst.For, frame: str) -> set[str] | None:
    """``for col in ["a", "b"]: df[col + "_freq"] = ...``: the columns, evaluated per value."""
    if frame not in names_in(loop):
        return set()
    if not isinstance(loop.target, cst.Name) or not isinstance(loop.body, cst.IndentedBlock):
        return None
    values = _literal_strings(index, loop.iter)
    if values is None:
        return None
    var = loop.target.value
    out: set[str] = set()
    for line in loop.body.body:
        if not isinstance(line, cst.SimpleStatementLine) or len(line.body) != 1:
            return None
        small = line.body[0]
        assign = assign_parts(small)
        if assign is None or not isinstance(assign[0], cst.Subscript) or _root(assign[0]) != frame:
            if frame in binds(line) or (assign is not None and isinstance(assign[0], cst.Name) and assign[0].value == frame):
                return None
            continue
        key = assign[0].slice[-1].slice
        if not isinstance(key, cst.Index):
            return None
        for v in values:
            got = _evaluate_key(key.value, var, v)
            if got is None:
                return None
            out.add(got)
    return out


def _evaluate_key(expr: cst.BaseExpression, var: str, value: str) -> str | None:
    if isinstance(expr, cst.SimpleString) and isinstance(expr.evaluated_value, str):
        return expr.evaluated_value
    if isinstance(expr, cst.Name) and expr.value == var:
        return value
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Add):
        left, right = _evaluate_key(expr.left, var, value), _evaluate_key(expr.right, var, value)
        return left + right if left is not None and right is not None else None
    return None


def _bound_once(index: TreeIndex, name: str) -> cst.BaseExpression | None:
    """The value of ``name = <value>`` when the module binds ``name`` in exactly one top-level statement."""
    bound = [t for t in range(len(index.module.body)) if name in index.top_binds(t)]
    if len(bound) != 1:
        return None
    stmt = index.module.body[bound[0]]
    small = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1 else None
    assign = assign_parts(small)
    if assign is None or not isinstance(assign[0], cst.Name):
        return None
    return assign[1]


def _literal_strings(index: TreeIndex, expr: cst.BaseExpression) -> list[str] | None:
    """The strings of a literal list, or of a name bound once to one."""
    if isinstance(expr, cst.Name):
        bound = _bound_once(index, expr.value)
        if bound is None:
            return None
        expr = bound
    if isinstance(expr, (cst.List, cst.Tuple)) and all(isinstance(e.value, cst.SimpleString) and isinstance(e.value.evaluated_value, str) for e in expr.elements):
        return [e.value.evaluated_value for e in expr.elements]  # type: ignore[attr-defined]
    return None
