"""Misleading metrics: accuracy as the only score of a classifier on imbalanced data (LK601)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from collections.abc import Iterator

from leakscan.graph.model import EvalEvent, Event, Obj, ResampleEvent, Site
from leakscan.graph.timefacts import CVArgsEvent, ImbalanceEvent, MetricEvent, MetricNamesEvent
from leakscan.knowledge import timeseries as TS
from leakscan.rules.base import Rule

if TYPE_CHECKING:  # types only: listing rules stays light
    from leakscan.analysis import Analysis, Hit


def is_classifier(obj: Obj | None) -> bool:
    """A classifier by its class name (or its pipeline's last step): ``.score`` is accuracy."""
    if obj is None:
        return False
    names = [obj.cls, *(s.cls for s in obj.steps[-1:])]
    return any(pattern in name for name in names for pattern in TS.CLASSIFIER_NAMES)


def imbalance_signals(a: Analysis) -> list[tuple[Site, str]]:
    """Where the program treats the classes as imbalanced: resampling, class weights, balanced models."""
    out: list[tuple[Event, str]] = []
    for ev in a.events(ImbalanceEvent):
        out.append((ev, ev.what))
    unions = [r for r in a.program.rowsets if r.kind == "union"]
    for ev in a.events(ResampleEvent):
        if ev.what.endswith(("fit_resample", "fit_sample")):
            out.append((ev, ev.what))
        elif ev.what == "resample" and any(ev.output_rows in u.parents for u in unions):
            # pd.concat([majority, resample(minority, n_samples=...)]): upsampling a class, not a bootstrap
            out.append((ev, "resample() of one class"))
    out.sort(key=lambda p: p[0].seq)
    return [(e.site, w) for e, w in out]


def per_class_reported(a: Analysis) -> bool:
    """Is any metric that looks at each class computed or requested anywhere in the program?"""
    if any(m.kind == "per-class" for m in a.events(MetricEvent)):
        return True
    if any(set(n.names) & TS.PER_CLASS_WORDS for n in a.events(MetricNamesEvent)):
        return True
    return any(ev.what in _PER_CLASS_SHORT for ev in a.events(EvalEvent))  # a metric imported oddly


_PER_CLASS_SHORT = frozenset(q.rpartition(".")[2] for q in TS.PER_CLASS_METRICS)


class AccuracyOnImbalancedData(Rule):
    code = "LK601"
    name = "accuracy-on-imbalanced-data"
    severity = "warning"
    summary = (
        "Flags accuracy (`accuracy_score`, a classifier's `.score`, Keras `metrics=[\"accuracy\"]`) "
        "reported as the only held-out metric of a classifier whose target the program itself "
        "treats as imbalanced: it resamples, sets `class_weight`, `scale_pos_weight` or "
        "`is_unbalance`, uses a balanced ensemble or computes class weights."
    )
    why = (
        "With 2% fraud, a model that never predicts fraud is 98% accurate. Accuracy hides how the "
        "minority class is handled - the class the resampling or the class weights were added for "
        "- so the reported number says nothing about what the model is for."
    )
    invalid = """
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y)
model = RandomForestClassifier(class_weight="balanced").fit(X_train, y_train)
print(accuracy_score(y_test, model.predict(X_test)))  # expect: LK601
"""
    valid = """
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y)
model = RandomForestClassifier(class_weight="balanced").fit(X_train, y_train)
pred = model.predict(X_test)
print(accuracy_score(y_test, pred), f1_score(y_test, pred))
"""
    fix = (
        "Report a metric per class next to (or instead of) accuracy: `balanced_accuracy_score`, "
        "`f1_score`, `recall_score`, `average_precision_score` (PR AUC) or a `classification_report`."
    )

    def check(self, a: Analysis) -> Iterator[Hit]:
        signals = imbalance_signals(a)
        if not signals or per_class_reported(a):
            return
        accuracy = self._accuracy_evaluations(a)
        if not accuracy:
            return
        first, what = accuracy[0]  # (an event with a site)
        msg = (
            f"{what} is the only score reported for a classifier whose classes the program treats as "
            f"imbalanced ({signals[0][1]}, {a.where(signals[0][0].node, signals[0][0].top)}): a model that "
            f"ignores the minority class still scores high; report F1, recall, balanced accuracy or PR AUC"
        )
        related = [(signals[0][0], f"classes treated as imbalanced here: {signals[0][1]}")]
        related += [(ev.site, f"accuracy also reported here: {w}") for ev, w in accuracy[1:4]]
        yield a.hit(type(self), first.site, msg, related, evaluation=first)

    @staticmethod
    def _accuracy_evaluations(a: Analysis) -> list[tuple[EvalEvent, str]]:
        accuracy_nodes = {id(m.site.node): m.what for m in a.events(MetricEvent) if m.kind == "accuracy"}
        compiled = {id(n.obj): n for n in a.events(MetricNamesEvent) if n.obj is not None and set(n.names) & TS.ACCURACY_WORDS}
        out: list[tuple[EvalEvent, str]] = []
        keras_seen: set[int] = set()
        for ev in a.events(EvalEvent):
            if id(ev.site.node) in accuracy_nodes:
                what = accuracy_nodes[id(ev.site.node)]
            elif ev.what.startswith("an accuracy computed"):
                what = ev.what
            elif ev.what.endswith(".score") and is_classifier(ev.obj):
                what = f"{ev.what}() (accuracy)"
            elif ev.what.endswith(".evaluate") and ev.obj is not None and id(ev.obj) in compiled:
                if _on_training_data(a, ev) or id(ev.obj) in keras_seen:
                    continue
                keras_seen.add(id(ev.obj))  # Keras: the accuracy is asked for in compile(metrics=[...])
                out.append((compiled[id(ev.obj)], 'metrics=["accuracy"]'))  # type: ignore[arg-type]
                continue
            else:
                continue
            if _on_training_data(a, ev):
                continue
            out.append((ev, what))
        for key, names in compiled.items():  # validation accuracy printed while training
            if key in keras_seen or names.obj is None:
                continue
            if any(f.eval_sets or _keyword(f.site.node, "validation_split") for f in names.obj.fits):
                keras_seen.add(key)
                out.append((names, 'metrics=["accuracy"]'))  # type: ignore[arg-type]
        cv_calls = {id(c.site.node) for c in a.events(CVArgsEvent) if c.obj is None}
        for names in a.events(MetricNamesEvent):  # cross_val_score(..., scoring="accuracy"): held-out folds
            if names.obj is None and id(names.site.node) in cv_calls and "accuracy" in names.names:
                out.append((names, 'scoring="accuracy"'))  # type: ignore[arg-type]
        out.sort(key=lambda p: p[0].seq)
        return out


def _keyword(node: object, name: str) -> bool:
    import libcst as cst

    return isinstance(node, cst.Call) and any(arg.keyword is not None and arg.keyword.value == name for arg in node.args)


def _on_training_data(a: Analysis, ev: EvalEvent) -> bool:
    rows = a.eval_rows(ev)
    if rows is None:
        return False
    role = a.role(rows)
    if role in ("test", "val") or rows.test_source:
        return False
    if role == "train":
        return True
    fit = a.fit_of_state(ev.state)
    return fit is not None and fit.data is not None and fit.data.rows is not None and a.contains(fit.data.rows, rows)
