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
from leakscan.fixes._tree import TreeIndex, assign_parts, binds, method_call, names_in, positional, used_after
from leakscan.graph.model import FitEvent


def fix_refit(analysis: Analysis, hit: Hit) -> Fix | None:
    fit = hit.events.get("fit")
    if not isinstance(fit, FitEvent):
        what = "a sampler run on the test data" if "resample" in hit.events else "a statistic of the test data"
        raise FixRefused(f"no automatic fix for {what} yet")
    if fit.site.frames and not _fitted_before(analysis, fit, same_call=True):
        # a helper: only a fit earlier in the same call is the same object on every call
        raise FixRefused("the refit is inside a helper, and the training fit is not in the same call")
    if not _fitted_before(analysis, fit):
        if fit.site.frames:
            raise FixRefused("the refit is inside a helper")
        return _use_training_object(analysis, fit)
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


def _fitted_before(analysis: Analysis, fit: FitEvent, same_call: bool = False) -> bool:
    """Was the same object fitted earlier on data that is not test data (the training part, or
    a separately loaded training file)? With ``same_call``, in the same helper call and the
    same function body (so every call of the helper fits it first)."""
    for earlier in fit.obj.fits:
        if earlier.seq >= fit.seq or earlier.data is None or earlier.data.rows is None:
            continue
        if same_call and not (
            len(earlier.site.frames) == len(fit.site.frames)
            and all(a[0] is b[0] for a, b in zip(earlier.site.frames, fit.site.frames))
            and earlier.site.top == fit.site.top
        ):
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


def _use_training_object(analysis: Analysis, fit: FitEvent) -> Fix:
    """A second transformer fitted on the test data (``test_vec.fit_transform(X_test)``) next
    to one of the same class and settings fitted on the training data: transform the test data
    with the training one (``train_vec.transform(X_test)``)."""
    call = fit.site.node
    parts = method_call(call)
    if not isinstance(call, cst.Call) or parts is None or parts[1] not in ("fit", "fit_transform"):
        raise FixRefused("not a fit on the test data")
    recv, method = parts
    code = analysis.module.code_for_node
    ctor_code = "".join(code(fit.obj.site.node).split()) if fit.obj.site.node is not None else None
    trained = [
        f for f in analysis.program.events
        if isinstance(f, FitEvent) and f.seq < fit.seq and f.obj is not fit.obj and f.obj.cls == fit.obj.cls
        and not f.site.frames and f.data is not None and f.data.rows is not None
        and not analysis.is_test(f.data.rows) and not f.data.rows.test_source and analysis.role(f.data.rows) != "val"
        and "".join(code(f.obj.site.node).split()) == ctor_code
    ]
    if not trained:
        raise FixRefused("no transformer with the same settings is fitted on the training data")
    train_fit = trained[-1]
    if any(train_fit.seq < f.seq < fit.seq for f in train_fit.obj.fits):
        raise FixRefused("the training transformer is fitted again before")
    index = Rewrite(analysis).index
    holder = _holder(index, train_fit)
    if holder is None:
        raise FixRefused("the training transformer has no name")
    if holder in names_in(call):
        raise FixRefused("unusual refit")
    rw = Rewrite(analysis)
    top = fit.site.top
    place = rw.index.place(call, top)
    if place is None:
        raise FixRefused("no statement")
    if isinstance(recv, cst.Name) and used_after(rw.index, place, {recv.value}):
        raise FixRefused(f"{recv.value} is used again later")
    if any(holder in binds(st) for st in place.suite[: place.index]) is False and not any(holder in rw.index.top_binds(t) for t in range(top + 1)):
        raise FixRefused("the training transformer is not bound here")
    data = _first_arg(call)
    if data is None:
        raise FixRefused("the fit takes no plain data argument")
    if method == "fit_transform":
        rw.replace(call, cst.Call(func=cst.Attribute(value=cst.Name(holder), attr=cst.Name("transform")), args=[data]), top)
    else:
        outer = rw.index.parent(call, top)
        if isinstance(outer, cst.Attribute) and outer.attr.value == "transform":
            rw.replace(call, cst.Name(holder), top)  # Scaler().fit(X_test).transform(X_test)
        else:
            small = rw.index.sole_small(place)
            assign = assign_parts(small)
            if assign is None or assign[1] is not call or not isinstance(assign[0], cst.Name):
                raise FixRefused("the refitted object is not assigned to a name")
            rw.replace(call, cst.Name(holder), top)  # pca_test = PCA(...).fit(X_test) -> pca_test = pca
    return Fix("unsafe", f"Transform the test data with {holder}, fitted on the training data, instead of a {fit.obj.cls} fitted on the test data", rw.edits())


def _holder(index: TreeIndex, fit: FitEvent) -> str | None:
    """The name the training transformer is bound to: ``vec`` in ``vec.fit(X)`` or in
    ``vec = Scaler().fit(X)``."""
    call = fit.site.node
    parts = method_call(call)
    if parts is None:
        return None
    if isinstance(parts[0], cst.Name):
        return parts[0].value
    place = index.place(call, fit.site.top)
    assign = assign_parts(index.sole_small(place)) if place is not None else None
    if assign is not None and assign[1] is call and isinstance(assign[0], cst.Name) and parts[1] == "fit":
        return assign[0].value
    return None
