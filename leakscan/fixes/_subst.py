"""Renaming variables inside a copied statement (``X`` -> ``X_train``)."""

from __future__ import annotations

from collections.abc import Mapping

import libcst as cst


class _Subst(cst.CSTTransformer):
    def __init__(self, mapping: Mapping[str, str | cst.BaseExpression]) -> None:
        self.mapping = mapping

    def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.BaseExpression:
        new = self.mapping.get(original_node.value)
        if new is None:
            return updated_node
        return cst.Name(new) if isinstance(new, str) else new

    def leave_Attribute(self, original_node: cst.Attribute, updated_node: cst.Attribute) -> cst.Attribute:
        return updated_node.with_changes(attr=original_node.attr)

    def leave_Arg(self, original_node: cst.Arg, updated_node: cst.Arg) -> cst.Arg:
        return updated_node.with_changes(keyword=original_node.keyword)


def substitute(node: cst.CSTNode, mapping: Mapping[str, str | cst.BaseExpression]) -> cst.CSTNode:
    """``node`` with every identifier in ``mapping`` replaced (attributes and keywords kept)."""
    if not mapping:
        return node
    out = node.visit(_Subst(mapping))
    assert isinstance(out, cst.CSTNode)
    return out


def as_line(small: cst.BaseSmallStatement, like: cst.BaseStatement | None = None) -> cst.SimpleStatementLine:
    """A statement line holding ``small``; ``like``'s trailing comment is kept when given."""
    small = small.with_changes(semicolon=cst.MaybeSentinel.DEFAULT) if hasattr(small, "semicolon") else small
    line = cst.SimpleStatementLine(body=[small])
    if isinstance(like, cst.SimpleStatementLine):
        line = line.with_changes(trailing_whitespace=like.trailing_whitespace)
    return line
