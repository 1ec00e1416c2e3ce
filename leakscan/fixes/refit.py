"""LK103 refit-on-test: apply the transformer fitted on the training data instead of refitting.

``scaler.fit_transform(X_test)`` becomes ``scaler.transform(X_test)``; a bare
``scaler.fit(X_test)`` statement is removed and ``scaler.fit(X_test).transform(X_test)``
becomes ``scaler.transform(X_test)``. Offered only when the same object was fitted on training
data earlier, which is what makes the fix safe: it only stops the refit.
"""

from __future__ import annotations

import libcst as cst

from leakscan.analysis import Analysis, Hit
from leakscan.findings import Fix
from leakscan.fixes._rewrite import FixRefused, Rewrite
from leakscan.fixes._tree import method_call, positional
from leakscan.graph.model import FitEvent


def fix_refit(analysis: Analysis, hit: Hit) -> Fix | None:
    fit = hit.events.get("fit")
    if not isinstance(fit, FitEvent) or not _fitted_before(analysis, fit) or fit.site.frames:
        return None
    call = fit.site.node
    parts = method_call(call)
    if parts is None:
        return None
    recv, method = parts
    if not isinstance(recv, (cst.Name, cst.Attribute)):
        return None  # a fresh object (``Scaler().fit_transform``) is not the one fitted before
    rw = Rewrite(analysis)
    top = fit.site.top
    assert isinstance(call, cst.Call)
    data = _first_arg(call)
    if data is None:
        return None
    receiver = analysis.module.code_for_node(recv)
    if method == "fit_transform":
        new = call.with_changes(func=call.func.with_changes(attr=cst.Name("transform")), args=[data])  # type: ignore[attr-defined]
        rw.replace(call, new, top)
        message = f"Use `{receiver}.transform(...)`: keep the fit on the training data"
    elif method == "fit":
        outer = rw.index.parent(call, top)
        grand = rw.index.parent(outer, top) if outer is not None else None
        if isinstance(outer, cst.Attribute) and outer.attr.value == "transform" and isinstance(grand, cst.Call):
            # scaler.fit(X_test).transform(X_test) -> scaler.transform(X_test)
            rw.replace(call, recv, top)
            message = f"Drop the refit: `{receiver}.transform(...)` with the training fit"
        else:
            place = rw.index.place(call, top)
            small = rw.index.sole_small(place) if place is not None else None
            if place is None or not (isinstance(small, cst.Expr) and small.value is call):
                return None
            rw.delete(place)
            message = f"Remove the refit of `{receiver}` on the test data"
    else:
        return None
    try:
        return Fix("safe", message, rw.edits())
    except FixRefused:
        return None


def _fitted_before(analysis: Analysis, fit: FitEvent) -> bool:
    """Was the same object fitted earlier on data that is not test data (the training part, or
    a separately loaded training file)?"""
    for earlier in fit.obj.fits:
        if earlier.seq >= fit.seq or earlier.data is None or earlier.data.rows is None:
            continue
        rows = earlier.data.rows
        if not analysis.is_test(rows) and not rows.test_source and analysis.role(rows) != "val":
            return True
    return False


def _first_arg(call: cst.Call) -> cst.Arg | None:
    """The data argument alone (``transform`` takes no ``y``)."""
    pos = positional(call)
    if not pos:
        return None
    first = call.args[0]
    if first.keyword is not None or first.star:
        return None
    return first.with_changes(comma=cst.MaybeSentinel.DEFAULT)
