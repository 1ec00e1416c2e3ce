"""The shape every rule has: its documentation (``RuleDoc``) beside the check.

Rules are queries on an ``Analysis``; ``leakscan explain``, ``docs/rules/*.md``, SARIF
``help.markdown`` and LSP ``codeDescription`` render from the ``RuleDoc`` part, and the test
suite runs each rule's VALID/INVALID examples. Rule modules import the analysis for types
only, so listing or explaining rules does not import libcst.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from leakscan.ruledoc import DOCS_URL, RuleDoc

if TYPE_CHECKING:
    from leakscan.analysis import Analysis, Hit


class Rule(RuleDoc):
    """Base class for rules; subclasses set the metadata and implement ``check``."""

    def check(self, analysis: Analysis) -> Iterator[Hit]:
        raise NotImplementedError


__all__ = ["DOCS_URL", "Rule", "RuleDoc"]
