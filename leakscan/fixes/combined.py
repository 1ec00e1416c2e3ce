"""LK102 fit-on-combined-data: fit on the training part of the combined data only.

``scaler.fit(pd.concat([train, test]))`` becomes ``scaler.fit(train)``; with the combined frame
bound to a name (``full = pd.concat([train, test])`` ... ``scaler.fit(full[cols])``) the fit
reads ``train[cols]`` instead. A ``fit_transform`` keeps transforming the combined data, with
the statistics of the training part: ``scaler.fit(train[cols]).transform(full[cols])``.
"""

from __future__ import annotations

import libcst as cst

from leakscan.analysis import Analysis, Hit
from leakscan.findings import Fix
from leakscan.fixes._rewrite import FixRefused, Rewrite
from leakscan.fixes._subst import substitute
from leakscan.fixes._tree import assign_parts, contains_node, method_call, names_in, positional, root_name, tree_index
from leakscan.graph.model import FitEvent
from leakscan.rules.preprocessing import combined_union




def _elements(call: cst.Call) -> tuple[list[cst.BaseExpression], cst.BaseExpression | None] | None:
    """The combined pieces, and the list/tuple node holding them (None for ``a.append(b)``)."""
    parts = method_call(call)
    pos = positional(call)
    if pos is None:
        return None
    if parts is not None and parts[1] == "append" and len(pos) == 1:
        return [parts[0], pos[0]], None
    if pos and isinstance(pos[0], (cst.List, cst.Tuple)):
        elements = []
        for el in pos[0].elements:
            if isinstance(el, cst.StarredElement):
                return None
            elements.append(el.value)
        return elements, pos[0]
    return None


def _atom(expr: cst.BaseExpression) -> cst.BaseExpression:
    if isinstance(expr, (cst.Name, cst.Attribute, cst.Subscript, cst.Call)) or expr.lpar:
        return expr
    return expr.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])


def fix_fit_on_combined(analysis: Analysis, hit: Hit) -> Fix | None:
    fit = hit.events.get("fit")
    if not isinstance(fit, FitEvent) or fit.site.frames or fit.data is None:
        return None
    try:
        return _fix(analysis, fit)
    except FixRefused:
        return None


def _fix(analysis: Analysis, fit: FitEvent) -> Fix:
    index = tree_index(analysis)
    call = fit.site.node
    parts = method_call(call)
    if parts is None or not isinstance(call, cst.Call) or parts[1] not in ("fit", "fit_transform"):
        raise FixRefused("not a fit call")
    recv, method = parts
    if len(call.args) != 1 or call.args[0].keyword is not None or call.args[0].star:
        raise FixRefused("the fit takes more than the data")
    data = call.args[0].value
    union = combined_union(analysis, fit.data.rows) if fit.data is not None else None
    if union is None or union.site is None or union.site.frames or not isinstance(union.site.node, cst.Call):
        raise FixRefused("no combining call")
    ucall = union.site.node
    found = _elements(ucall)
    if found is None or len(found[0]) != len(union.parents):
        raise FixRefused("cannot tell the combined pieces apart")
    elements, holder = found
    keep = [e for e, p in zip(elements, union.parents) if not (analysis.is_test(p) or p.test_source)]
    if not keep or len(keep) == len(elements):
        raise FixRefused("no training piece")
    if len(keep) == 1:
        train: cst.BaseExpression = keep[0]
    elif holder is not None:
        new_holder = holder.with_changes(elements=[cst.Element(e) for e in keep])
        train = ucall.deep_replace(holder, new_holder)  # type: ignore[assignment]
    else:
        raise FixRefused("cannot rebuild the training data")
    if contains_node(data, ucall):
        new_data = data.deep_replace(ucall, _atom(train)) if data is not ucall else train
    else:
        root = root_name(data)
        uplace = index.place(ucall, union.site.top)
        fplace = index.place(call, fit.site.top)
        small = index.sole_small(uplace) if uplace is not None else None
        assign = assign_parts(small)
        if root is None or uplace is None or fplace is None or assign is None or not uplace.at_module_level:
            raise FixRefused("the combined data is not a plain variable")
        if not (isinstance(assign[0], cst.Name) and assign[0].value == root and _is_combine(assign[1], ucall)):
            raise FixRefused("the fitted data is not the combined frame")
        watched = {root, *names_in(train)}
        last = fit.site.top if fplace.at_module_level and fplace.stmt is index.module.body[fit.site.top] else fit.site.top + 1
        if index.bound_in_tops(root, range(uplace.top + 1, last)) or any(
            index.bound_in_tops(n, range(uplace.top + 1, last)) for n in watched - {root}
        ):
            raise FixRefused("the combined or training data is rebound before the fit")
        new_data = substitute(data, {root: _atom(train)})  # type: ignore[assignment]
    fit_call = cst.Call(func=cst.Attribute(value=recv, attr=cst.Name("fit")), args=[cst.Arg(new_data)])  # type: ignore[arg-type]
    if method == "fit":
        new_call = call.with_changes(args=[cst.Arg(new_data)])  # type: ignore[arg-type]
    else:
        new_call = cst.Call(func=cst.Attribute(value=fit_call, attr=cst.Name("transform")), args=[cst.Arg(data)])
    rw = Rewrite(analysis)
    rw.replace(call, new_call, fit.site.top)
    piece = analysis.locator.snippet(train, 40)
    message = f"Fit {fit.obj.cls} on the training data ({piece}) only"
    return Fix("unsafe", message, rw.edits())


def _is_combine(value: cst.BaseExpression, ucall: cst.Call) -> bool:
    """``pd.concat([...])``, optionally followed by ``.reset_index(...)`` or ``.copy()``."""
    while value is not ucall:
        parts = method_call(value)
        if parts is None or parts[1] not in ("reset_index", "copy"):
            return False
        value = parts[0]
    return True


