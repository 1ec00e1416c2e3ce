"""What a rule is for people: its metadata and documentation, apart from its check.

A rule reads like its documentation page (ruff's headings): what it does, why it is bad, an
example that fires (INVALID) and one that does not (VALID), and the fix. ``leakscan explain``,
``docs/rules/*.md``, SARIF ``help.markdown`` and LSP ``codeDescription`` all render from here.
It sits below the analysis (a ``Hit`` names its rule) and imports nothing heavy.
"""

from __future__ import annotations

import re
from typing import ClassVar

from leakscan.findings import Severity

DOCS_URL = "https://github.com/leakscan/leakscan/blob/main/docs/rules/{code}.md"


class RuleDoc:
    """A rule's metadata and documentation; ``leakscan.rules.base.Rule`` adds the check."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity] = "error"
    summary: ClassVar[str]
    why: ClassVar[str]
    invalid: ClassVar[str]  # an example that fires (leaking lines end with "# expect: CODE")
    valid: ClassVar[str]  # a look-alike that must stay silent
    fix: ClassVar[str]  # how to fix it by hand
    fix_safety: ClassVar[str] = "No automatic fix is offered."
    fixable: ClassVar[bool] = False
    # Where a leak inside a helper is reported: at the operation in the helper (with the call
    # site as a related location), or at the call site (evaluation stories told in the caller).
    in_helper: ClassVar[bool] = True
    notebook: ClassVar[str] = (
        "Cells are analyzed in order, top to bottom, as if the notebook were run once; "
        "findings point at the cell and line inside it."
    )

    @classmethod
    def url(cls) -> str:
        return DOCS_URL.format(code=cls.code)

    @classmethod
    def markdown(cls) -> str:
        """The rule's documentation page (also SARIF ``help.markdown``)."""
        return (
            f"# {cls.code} {cls.name}\n\n"
            f"*Severity: {cls.severity} · Fix: {'available' if cls.fixable else 'none'}*\n\n"
            f"## What it does\n\n{cls.summary}\n\n"
            f"## Why is this bad?\n\n{cls.why}\n\n"
            f"## Example\n\n```python\n{_shown(cls.invalid)}\n```\n\n"
            f"Use instead:\n\n```python\n{_shown(cls.valid)}\n```\n\n"
            f"## How to fix\n\n{cls.fix}\n\n"
            f"## Fix safety\n\n{cls.fix_safety}\n\n"
            f"## Notebook behavior\n\n{cls.notebook}\n"
        )

    @classmethod
    def text(cls) -> str:
        """Plain-text documentation for terminals (``leakscan explain``)."""
        return (
            f"{cls.code} {cls.name} ({cls.severity}{', fixable' if cls.fixable else ''})\n\n"
            f"What it does\n  {_indent(cls.summary)}\n\n"
            f"Why is this bad?\n  {_indent(cls.why)}\n\n"
            f"Example (leaks)\n{_block(_shown(cls.invalid))}\n\n"
            f"Use instead\n{_block(_shown(cls.valid))}\n\n"
            f"How to fix\n  {_indent(cls.fix)}\n\n"
            f"Fix safety\n  {_indent(cls.fix_safety)}\n"
        )


def _shown(code: str) -> str:
    """An example as users read it: the test marker becomes a plain pointer to the leak."""
    return re.sub(r"#\s*expect:\s*(LK\d{3}(?:\s*,\s*LK\d{3})*)", r"# <- \1", code.strip())


def _indent(text: str) -> str:
    return text.strip().replace("\n", "\n  ")


def _block(code: str) -> str:
    return "\n".join("    " + line if line else "" for line in code.strip().splitlines())
