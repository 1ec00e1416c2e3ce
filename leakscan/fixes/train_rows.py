"""LK101 fit-before-split, fixed in place: fit on the rows the later split trains on.

Where the fitted step cannot move after the split (its output is written back into the frame
and used by later feature code, or the split takes a frame built from it), the fit stays where
it is and learns from the training rows only::

    train_rows = train_test_split(range(len(df)), test_size=0.2, random_state=0)[0]
    df[cols] = scaler.fit(df.iloc[train_rows][cols]).transform(df[cols])

``train_test_split`` picks its rows from the number of rows, its options and the ``stratify``
labels only, so the same call on ``range(len(df))`` names exactly the rows of the later
training part - provided no row is added, dropped or reordered in between and the options read
the same values at both places. Both are checked (``statistics._check_rows_kept``); the frame
must be a pandas frame (``iloc``), shown by a string column key. Anything else is refused.
"""

from __future__ import annotations

import libcst as cst

from leakscan.analysis import Analysis
from leakscan.findings import Fix
from leakscan.fixes._rewrite import FixRefused, Rewrite
from leakscan.fixes._tree import assign_parts, binds, keyword, method_call, names_in, positional, tree_index
from leakscan.fixes.split_first import split_shape
from leakscan.fixes.statistics import (
    _BUILTINS,
    _callee,
    _check_rows_kept,
    _imported,
    _inlined,
    _keeps_rows,
    _replace_root,
    _root,
    _string_keyed,
    _strings,
    _written_keys,
)
from leakscan.graph.model import FitEvent, SplitEvent


def fix_fit_on_train_rows(analysis: Analysis, fit: FitEvent, split: SplitEvent) -> Fix:
    index = tree_index(analysis)
    snode = split.site.node
    sample = method_call(snode)
    if isinstance(snode, cst.Call) and sample is not None and sample[1] == "sample" and isinstance(sample[0], cst.Name):
        # train = df.sample(frac=0.8, random_state=0); test = df.drop(train.index)
        sp_place = index.place(snode, split.site.top)
        if sp_place is None or any(a.star for a in snode.args) or keyword(snode, "random_state") is None:
            raise FixRefused("a sample() split without a fixed random_state")
        split_input: cst.BaseExpression = sample[0]
        call = snode
    else:
        shape = split_shape(index, split)
        call = shape.value  # type: ignore[assignment]
        if not isinstance(call, cst.Call) or _callee(call) != "train_test_split" or not shape.inputs:
            raise FixRefused("the split is not train_test_split or sample(), whose rows can be named before it")
        sp_place = shape.place
        split_input = shape.inputs[0]
    fcall = fit.site.node
    parts = method_call(fcall)
    if not isinstance(fcall, cst.Call) or parts is None or parts[1] not in ("fit", "fit_transform"):
        raise FixRefused("not a fit or fit_transform call")
    recv, method = parts
    args = positional(fcall)
    if not args or len(args) != len(fcall.args) or len(args) > 2:
        raise FixRefused("the fit takes keyword or unpacked arguments")
    data = args[0]
    frame = _root(data)
    if frame is None:
        raise FixRefused("the fitted data is not a variable")
    if len(args) == 2 and _root(args[1]) != frame:
        raise FixRefused("a supervised fit whose labels come from another variable")
    if not _string_keyed(list(index.module.body), frame):
        raise FixRefused(f"nothing shows that {frame} is a pandas frame")
    place = index.place(fcall, fit.site.top)
    sp = sp_place
    if place is None or place.suite is not sp.suite or place.index >= sp.index:
        raise FixRefused("the fit and the split are not in one block")
    if isinstance(recv, cst.Name) and any(recv.value in binds(st) for st in sp.suite[place.index + 1 : sp.index]):
        raise FixRefused("the fitted object is rebound before the split")
    frames = {frame}
    small = index.sole_small(place)
    assign = assign_parts(small)
    if assign is not None and isinstance(assign[0], cst.Name):
        frames.add(assign[0].value)  # X_scaled = scaler.fit_transform(X): the same rows
    between = list(sp.suite[place.index + 1 : sp.index])
    for stmt in between:
        _check_rows_kept(index, stmt, frames)
    if not _keeps_rows(index, split_input, frames):
        raise FixRefused("the split's data is not the fitted frame's rows")
    if any(a.star for a in call.args):
        raise FixRefused("the split's options are unpacked")
    options = [a.with_changes(value=_inlined(a.value, between, frame)) for a in call.args if a.keyword is not None]
    written: set[str] = set(binds(place.stmt))
    if assign is not None:
        written |= _written_keys(small, frame) or set()  # type: ignore[arg-type]
    for st in between:
        written |= binds(st)
        if isinstance(st, cst.SimpleStatementLine) and len(st.body) == 1:
            written |= _written_keys(st.body[0], frame) or set()
    option_names: set[str] = set()
    for a in options:
        used = set(names_in(a.value))
        option_names |= used - {frame}
        if (used - {frame}) & written or {s.evaluated_value for s in _strings(a.value)} & written:
            raise FixRefused("the split's options (stratify) are computed after the fit")
        if frame in used and assign is not None and isinstance(assign[0], cst.Name) and assign[0].value == frame:
            raise FixRefused("the split's options read the frame the fit rewrites")
    if not all(any(n in binds(st) for st in sp.suite[: place.index]) or n in _BUILTINS or _imported(index, n) for n in option_names):
        raise FixRefused("the split's options are not known before the fit")
    opts = ", ".join(analysis.module.code_for_node(a).rstrip(", ").strip() for a in options)
    rows_line: cst.BaseStatement | None = None
    if sample is not None and call is snode and _callee(call) == "sample":
        rows = f"{frame}.sample({opts})"  # the same draw: the same rows
        sub = cst.parse_expression(rows)
    else:
        rows = index.fresh("train_rows")
        func = analysis.module.code_for_node(call.func)
        rows_line = cst.parse_statement(f"{rows} = {func}(range(len({frame})){', ' + opts if opts else ''})[0]  # the rows the split below trains on\n")
        sub = cst.parse_expression(f"{frame}.iloc[{rows}]")
    fit_args = [cst.Arg(_replace_root(a, frame, sub)) for a in args]
    fit_args = [a.with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))) for a in fit_args[:-1]] + fit_args[-1:]
    fitted = cst.Call(func=cst.Attribute(value=recv, attr=cst.Name("fit")), args=fit_args)
    if method == "fit_transform":
        new: cst.BaseExpression = cst.Call(func=cst.Attribute(value=fitted, attr=cst.Name("transform")), args=[cst.Arg(data)])
    else:
        new = fitted
    rw = Rewrite(analysis)
    rw.replace(fcall, new, place.top)
    if rows_line is not None:
        rw.insert_before(place, [rows_line])
    return Fix("unsafe", f"Fit {fit.obj.cls} on the rows the split trains on ({rows}) instead of all rows of {frame}", rw.edits())
