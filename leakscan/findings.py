"""Plain data that every part of leakscan exchanges: findings, fixes, errors, reports.

Positions are 1-based lines and 1-based columns, as in the JSON report (SPEC section 4).
For notebooks, ``cell`` is the 1-based index among all cells and ``line`` is inside that cell.
Reporters and integrations render these objects; nothing here knows about libcst.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning"]
Applicability = Literal["safe", "unsafe"]


@dataclass(frozen=True)
class Location:
    """A place in a file: ``line``/``column`` 1-based; ``end_*`` exclusive end (1-based)."""

    path: str
    line: int
    column: int
    end_line: int | None = None
    end_column: int | None = None
    cell: int | None = None


@dataclass(frozen=True)
class Related:
    """A secondary place that makes a finding a leak (the split, the test use)."""

    location: Location
    message: str

    def to_dict(self) -> dict[str, Any]:
        loc = self.location
        out: dict[str, Any] = {"path": loc.path, "line": loc.line, "column": loc.column}
        if loc.end_line is not None:
            out["end_line"] = loc.end_line
            out["end_column"] = loc.end_column
        if loc.cell is not None:
            out["cell"] = loc.cell
        out["message"] = self.message
        return out


@dataclass(frozen=True)
class Edit:
    """Replace the text from (line, column) up to (end_line, end_column) with ``content``.

    Coordinates are 1-based, the end is exclusive; an insertion has start == end.
    For notebooks, ``cell`` names the cell the coordinates are relative to.
    """

    line: int
    column: int
    end_line: int
    end_column: int
    content: str
    cell: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        if self.cell is None:
            out.pop("cell")
        return out


@dataclass(frozen=True)
class Fix:
    applicability: Applicability
    message: str
    edits: tuple[Edit, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "applicability": self.applicability,
            "message": self.message,
            "edits": [e.to_dict() for e in self.edits],
        }


@dataclass(frozen=True)
class Finding:
    code: str
    name: str
    severity: Severity
    message: str
    location: Location
    related: tuple[Related, ...] = ()
    fix: Fix | None = None
    no_fix_reason: str | None = None  # why a fixable rule offers no fix here (SPEC §4)

    @property
    def path(self) -> str:
        return self.location.path

    @property
    def line(self) -> int:
        return self.location.line

    def sort_key(self) -> tuple[Any, ...]:
        loc = self.location
        return (loc.path, loc.cell or 0, loc.line, loc.column, self.code)

    def to_dict(self) -> dict[str, Any]:
        loc = self.location
        return {
            "path": loc.path,
            "line": loc.line,
            "column": loc.column,
            "end_line": loc.end_line,
            "end_column": loc.end_column,
            "cell": loc.cell,
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "message": self.message,
            "related": [r.to_dict() for r in self.related],
            "fix": self.fix.to_dict() if self.fix else None,
            **({"no_fix_reason": self.no_fix_reason} if self.fix is None and self.no_fix_reason else {}),
        }


@dataclass(frozen=True)
class FileError:
    """A file that could not be analyzed, with a reason a person can act on."""

    path: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "message": self.message}


@dataclass
class Report:
    """The result of one scan: what the JSON report serializes (SPEC section 4)."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    files: int = 0
    seconds: float = 0.0

    def to_dict(self, version: str) -> dict[str, Any]:
        return {
            "version": version,
            "findings": [f.to_dict() for f in self.findings],
            "errors": [e.to_dict() for e in self.errors],
            "summary": {
                "files": self.files,
                "findings": len(self.findings),
                "errors": len(self.errors),
                "seconds": round(self.seconds, 3),
            },
        }
