"""From tree changes to text edits.

A fixer describes its fix as changes to the original libcst tree: replace a node, delete a
statement, insert statements before or after one. ``Rewrite.edits`` renders only the top-level
statements that changed (libcst round-trips everything else byte for byte), diffs old and new
text line by line, and returns the smallest line (or in-line) edits, so comments and formatting
elsewhere stay untouched and a notebook edit never crosses a cell.
"""

from __future__ import annotations

import contextvars
import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field

import libcst as cst

from leakscan.analysis import Analysis
from leakscan.findings import Edit
from leakscan.fixes._tree import Place, TreeIndex, binds, tree_index


last_refusal: contextvars.ContextVar[str | None] = contextvars.ContextVar("last_refusal", default=None)


class FixRefused(Exception):
    """The shape is not one the fixer can rewrite safely: no fix is offered.

    The reason is remembered (``last_refusal``) so that the report can tell the user why a
    finding has no fix, even where a fixer catches the refusal and returns None.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        last_refusal.set(reason)


@dataclass
class _StmtChange:
    before: list[cst.BaseStatement] = field(default_factory=list)
    after: list[cst.BaseStatement] = field(default_factory=list)
    replacement: list[cst.BaseStatement] | None = None  # None: keep (possibly updated) statement


def parse_stmt(text: str) -> cst.BaseStatement:
    return cst.parse_statement(text)


def parse_expr(text: str) -> cst.BaseExpression:
    return cst.parse_expression(text)


class Rewrite:
    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.index: TreeIndex = tree_index(analysis)
        self.module = analysis.module
        self._nodes: dict[int, cst.CSTNode] = {}
        self._stmts: dict[int, _StmtChange] = {}
        self._tops: set[int] = set()
        self._imports: list[tuple[str, str]] = []
        self._import_before: int | None = None  # the new imports must come before this top statement

    # ----------------------------------------------------------------- recording changes
    def replace(self, node: cst.CSTNode, new: cst.CSTNode, top: int) -> None:
        self._nodes[id(node)] = new
        self._tops.add(top)

    def _change(self, place: Place) -> _StmtChange:
        self._tops.add(place.top)
        return self._stmts.setdefault(id(place.stmt), _StmtChange())

    def delete(self, place: Place) -> None:
        self._change(place).replacement = []

    def replace_stmt(self, place: Place, stmts: Sequence[cst.BaseStatement]) -> None:
        self._change(place).replacement = list(stmts)

    def insert_before(self, place: Place, stmts: Sequence[cst.BaseStatement]) -> None:
        self._change(place).before.extend(stmts)

    def insert_after(self, place: Place, stmts: Sequence[cst.BaseStatement]) -> None:
        self._change(place).after.extend(stmts)

    def import_name(self, module: str, name: str, before_top: int, alias: str | None = None) -> str:
        """The local name of ``module.name``, adding ``from module import name [as alias]`` when
        needed (an alias where another module's ``name`` may already be imported)."""
        found = _imported_as(self.module, module, name)
        if found is not None:
            return found
        local = alias or name
        taken = any(local in self.index.top_binds(t) for t in range(len(self.module.body)))
        if taken or local in self.index.all_names():
            raise FixRefused(f"the name {local} is already used")
        entry = (module, name if alias is None else f"{name} as {alias}")
        if entry not in self._imports:
            self._imports.append(entry)
            self._import_before = before_top if self._import_before is None else min(before_top, self._import_before)
        return local

    # ----------------------------------------------------------------- rendering
    def _place_imports(self) -> None:
        if not self._imports:
            return
        body = self.module.body
        limit = len(body) if self._import_before is None else self._import_before
        last = None
        for i, stmt in enumerate(body[:limit]):
            if isinstance(stmt, cst.SimpleStatementLine) and all(isinstance(s, (cst.Import, cst.ImportFrom)) for s in stmt.body):
                last = i
        new = [parse_stmt(f"from {m} import {n}\n") for m, n in self._imports]
        if last is not None:
            self.insert_after(Place(body[last], body, last, last, self.module), new)
            return
        first = 0
        if body and _is_docstring(body[0]) and limit > 0:
            self.insert_after(Place(body[0], body, 0, 0, self.module), new)
            return
        if not body:
            raise FixRefused("empty module")
        self.insert_before(Place(body[first], body, first, first, self.module), new)

    def groups(self) -> dict[int, list[cst.BaseStatement]]:
        """New statements for each changed top-level statement."""
        self._place_imports()
        body = self.module.body
        updated: list[cst.BaseStatement] = []
        applier = _Apply(self._nodes, self._stmts)
        for i, stmt in enumerate(body):
            updated.append(stmt.visit(applier) if i in self._tops else stmt)  # type: ignore[arg-type]
        groups = _rewrite_suite(body, updated, self._stmts)
        return {i: g for i, g in enumerate(groups) if not (len(g) == 1 and g[0] is body[i])}

    def edits(self) -> tuple[Edit, ...]:
        changed = self.groups()
        if not changed:
            raise FixRefused("nothing to change")
        module = self.module
        locator = self.analysis.locator
        nb = self.analysis.notebook
        regions: list[tuple[int, int]] = []  # inclusive ranges of top indices
        for i in sorted(changed):
            if regions and regions[-1][1] == i - 1 and (nb is None or _cell(self, regions[-1][1]) == _cell(self, i)):
                regions[-1] = (regions[-1][0], i)
            else:
                regions.append((i, i))
        out: list[Edit] = []
        rendered: list[str] = []
        last = len(module.body) - 1
        for first, end in regions:
            old = "".join(module.code_for_node(module.body[i]) for i in range(first, end + 1))
            new = "".join(module.code_for_node(s) for i in range(first, end + 1) for s in changed.get(i, [module.body[i]]))
            if end == last and not module.has_trailing_newline and not module.footer:
                old, new = _strip_newline(old), _strip_newline(new)
            rendered.append(new)
            out.extend(_diff_edits(old, new, locator._start_line(first)))
        try:
            cst.parse_module("".join(t if t.endswith(("\n", "\r")) else t + "\n" for t in rendered))
        except cst.ParserSyntaxError:
            raise FixRefused("the rewritten code does not parse") from None
        if not out:
            raise FixRefused("nothing to change")
        return tuple(out)


def _cell(rw: Rewrite, top: int) -> int | None:
    nb = rw.analysis.notebook
    if nb is None:
        return None
    stmt = rw.module.body[top]
    line = rw.analysis.locator._start_line(top) + len(getattr(stmt, "leading_lines", ()))
    try:
        return nb.locate(line, 1)[0]
    except Exception:  # noqa: BLE001 - a position outside the map: never merge
        return -top - 1


def _strip_newline(text: str) -> str:
    if text.endswith("\r\n"):
        return text[:-2]
    if text.endswith(("\n", "\r")):
        return text[:-1]
    return text


def _is_docstring(stmt: cst.BaseStatement) -> bool:
    return (
        isinstance(stmt, cst.SimpleStatementLine)
        and len(stmt.body) == 1
        and isinstance(stmt.body[0], cst.Expr)
        and isinstance(stmt.body[0].value, (cst.SimpleString, cst.ConcatenatedString))
    )


def _imported_as(module: cst.Module, mod: str, name: str) -> str | None:
    """The local name under which ``from mod import name`` is bound at the top level, if so."""
    for stmt in module.body:
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        for small in stmt.body:
            if not isinstance(small, cst.ImportFrom) or small.relative or small.module is None:
                continue
            if module.code_for_node(small.module) != mod or isinstance(small.names, cst.ImportStar):
                continue
            for alias in small.names:
                if isinstance(alias.name, cst.Name) and alias.name.value == name:
                    if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
                        return alias.asname.name.value
                    return name
    return None


class _Apply(cst.CSTTransformer):
    def __init__(self, nodes: dict[int, cst.CSTNode], stmts: dict[int, _StmtChange]) -> None:
        self.nodes = nodes
        self.stmts = stmts

    def on_leave(self, original_node: cst.CSTNode, updated_node: cst.CSTNode) -> cst.CSTNode:  # type: ignore[override]
        new = self.nodes.get(id(original_node))
        if new is not None:
            return new
        if isinstance(original_node, cst.IndentedBlock):
            assert isinstance(updated_node, cst.IndentedBlock)
            body = [s for g in _rewrite_suite(original_node.body, updated_node.body, self.stmts) for s in g]
            if not body:
                body = [cst.SimpleStatementLine([cst.Pass()])]
            return updated_node.with_changes(body=body)
        return updated_node


def _rewrite_suite(
    original: Sequence[cst.BaseStatement], updated: Sequence[cst.BaseStatement], stmts: dict[int, _StmtChange]
) -> list[list[cst.BaseStatement]]:
    """The statements each original statement becomes; a removed statement's leading comments
    and blank lines move to whatever comes next, so the text around it stays put."""
    groups: list[list[cst.BaseStatement]] = []
    pending: list[cst.EmptyLine] = []
    for orig, upd in zip(original, updated):
        change = stmts.get(id(orig))
        if change is None:
            group = [upd]
        else:
            middle = [upd] if change.replacement is None else list(change.replacement)
            group = [*change.before, *middle, *change.after]
            leading = list(getattr(orig, "leading_lines", ()))
            if not group:
                pending.extend(leading)
            elif group[0] is not upd and leading:
                group = [_with_leading(s, []) if s is upd else s for s in group]
                group[0] = _with_leading(group[0], [*leading, *getattr(group[0], "leading_lines", ())])
        if pending and group:
            own = list(getattr(group[0], "leading_lines", ()))
            if own and _blank(own[0]) and all(_blank(line) for line in pending):
                pending = []  # the blank lines around a removed statement: keep one gap, not two
            group[0] = _with_leading(group[0], [*pending, *own])
            pending = []
        groups.append(group)
    return groups


def _blank(line: cst.EmptyLine) -> bool:
    return line.comment is None


def _with_leading(stmt: cst.BaseStatement, leading: list[cst.EmptyLine]) -> cst.BaseStatement:
    if hasattr(stmt, "leading_lines"):
        return stmt.with_changes(leading_lines=leading)
    return stmt


def _diff_edits(old: str, new: str, first_line: int) -> list[Edit]:
    """Edits turning ``old`` into ``new`` (which start at ``first_line``).

    Changed lines become in-line edits and added lines pure insertions wherever possible, so
    that text the program does not see (a notebook's ``%time`` prefix) stays in place and an
    insertion at the end stays in its notebook cell.
    """
    a = old.splitlines(keepends=True)
    b = new.splitlines(keepends=True)
    edits: list[Edit] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if i1 == i2:
            edits.append(_insertion(a, i1, b[j1:j2], first_line))
        elif j1 == j2:
            edits.append(Edit(first_line + i1, 1, first_line + i2, 1, ""))
        elif i2 - i1 == j2 - j1:
            edits.extend(_line_edit(a[i1 + k], b[j1 + k], first_line + i1 + k) for k in range(i2 - i1))
        elif i2 - i1 == 1:
            # One line became several: edit it in place, insert the others around it.
            k = max(range(j1, j2), key=lambda j: difflib.SequenceMatcher(None, a[i1], b[j]).ratio())
            if k > j1:
                edits.append(Edit(first_line + i1, 1, first_line + i1, 1, "".join(b[j1:k])))
            edits.append(_line_edit(a[i1], b[k], first_line + i1))
            if k + 1 < j2:
                edits.append(_insertion(a, i2, b[k + 1 : j2], first_line))
        elif j2 - j1 == 1:
            # Several lines became one: keep the closest, delete the others.
            k = max(range(i1, i2), key=lambda i: difflib.SequenceMatcher(None, a[i], b[j1]).ratio())
            if k > i1:
                edits.append(Edit(first_line + i1, 1, first_line + k, 1, ""))
            edits.append(_line_edit(a[k], b[j1], first_line + k))
            if k + 1 < i2:
                edits.append(Edit(first_line + k + 1, 1, first_line + i2, 1, ""))
        else:
            edits.append(Edit(first_line + i1, 1, first_line + i2, 1, "".join(b[j1:j2])))
    return edits


def _insertion(a: list[str], at: int, lines: list[str], first_line: int) -> Edit:
    """Insert whole lines before old line ``at``; after the last line, at its end instead."""
    if at < len(a) or not a:
        return Edit(first_line + at, 1, first_line + at, 1, "".join(lines))
    body, end = _split_end(a[-1])
    text = "".join(lines)
    last_body, last_end = _split_end(text)
    if not end:  # the old text ended without a newline: so does the new one
        return Edit(first_line + at - 1, len(body) + 1, first_line + at - 1, len(body) + 1, (last_end or "\n") + last_body)
    return Edit(first_line + at - 1, len(body) + 1, first_line + at - 1, len(body) + 1, end + last_body)


def _line_edit(old: str, new: str, line: int) -> Edit:
    old_body, old_end = _split_end(old)
    new_body, new_end = _split_end(new)
    if old_end != new_end:
        return Edit(line, 1, line + 1, 1, new)
    p = 0
    while p < min(len(old_body), len(new_body)) and old_body[p] == new_body[p]:
        p += 1
    s = 0
    while s < min(len(old_body), len(new_body)) - p and old_body[-1 - s] == new_body[-1 - s]:
        s += 1
    return Edit(line, p + 1, line, len(old_body) - s + 1, new_body[p : len(new_body) - s])


def _split_end(line: str) -> tuple[str, str]:
    for end in ("\r\n", "\n", "\r"):
        if line.endswith(end):
            return line[: -len(end)], end
    return line, ""


__all__ = ["FixRefused", "Rewrite", "parse_expr", "parse_stmt", "binds"]
