"""Evaluation without held-out data (LK401)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from leakscan.graph.model import EvalEvent
from leakscan.rules.base import Rule
from leakscan.rules.grouping import grouped
from leakscan.rules.overlap import renamed_as_evaluation, strict_part


def _scored_on_training(hit: Hit) -> str:
    ev = hit.events["evaluation"]
    return f"also scored on its training data here ({ev.what})"

if TYPE_CHECKING:  # the analysis (libcst) for types only: listing rules stays light
    from leakscan.analysis import Analysis, Hit


class ScoreOnTrainingData(Rule):
    code = "LK401"
    name = "score-on-training-data"
    summary = (
        "Flags a model's performance measured on the data it was trained on, when the program "
        "evaluates no model on held-out data. Printing training scores next to held-out scores is "
        "fine and not flagged."
    )
    why = (
        "A training score says how well the model memorised, not how well it predicts new data: "
        "a deep decision tree scores 100% on its training data. Reported alone, it is the most "
        "optimistic number the program could print."
    )
    invalid = """
model.fit(X, y)
print("accuracy:", model.score(X, y))  # expect: LK401
"""
    valid = """
X_train, X_test, y_train, y_test = train_test_split(X, y)
model.fit(X_train, y_train)
print("train:", model.score(X_train, y_train), "test:", model.score(X_test, y_test))
"""
    fix = (
        "Hold out data the model never trains on (`train_test_split`, or `cross_val_score`) and "
        "report the score on it."
    )

    def check(self, a: Analysis) -> Iterator[Hit]:
        candidates = []
        for ev in a.events(EvalEvent):
            fit = a.fit_of_state(ev.state)
            rows = a.eval_rows(ev)
            if fit is None or fit.data is None or fit.data.rows is None or rows is None:
                continue
            if a.role(rows) in ("test", "val") or rows.test_source or renamed_as_evaluation(ev):
                continue
            if a.contains(fit.data.rows, rows) and not strict_part(a, rows, fit.data.rows):
                candidates.append((ev, fit))
        if not candidates or a.held_out_evaluation_exists():
            return
        hits = []
        for ev, fit in candidates:
            msg = (
                f"{ev.what} measures the model on {a.name(ev.data or ev.truth)}, the data it was trained on "
                f"({a.where(fit.site.node, fit.site.top)}), and nothing is evaluated on held-out data"
            )
            hits.append(a.hit(type(self), ev.site, msg, [(fit.site, "trained here")], evaluation=ev, fit=fit))
        # no held-out evaluation anywhere is one cause: every training-data score is its evidence
        yield from grouped(hits, lambda h: "no held-out evaluation", _scored_on_training)
