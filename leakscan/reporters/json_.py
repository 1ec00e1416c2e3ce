"""The machine contract (SPEC section 4): ``Report.to_dict`` as indented JSON."""

from __future__ import annotations

import json

from leakscan.findings import Report


def render(report: Report, *, version: str) -> str:
    return json.dumps(report.to_dict(version), indent=2, ensure_ascii=False) + "\n"
