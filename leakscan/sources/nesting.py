"""Bounding what crashes or stalls libcst's native parser, before libcst sees a file.

Deep brackets segfault the whole process; very long operator chains and ``elif`` ladders take
minutes. ``check_nesting`` scans the text once (strings, comments and f-string fields aware) and
raises ``SourceError`` past the limits.
"""

from __future__ import annotations

import re


from leakscan.sources.reading import SourceError

# ------------------------------------------------------------------------------ nesting
# The scan is linear and mostly in C: a regex jumps to the next quote, comment, newline or
# backslash, and the brackets of the code in between are counted with ``str.count``; only
# runs that could pass the limit, and f-string fields, are looked at character by character.
_STRUCTURE = re.compile(r"['\"#\n\\]")
_FIELD = re.compile(r"['\"#\n\\()\[\]{}:]")  # inside an f-string replacement field
_BRACKET = re.compile(r"[()\[\]{}]")
_PREFIX = frozenset("rRbBuUfFtT")
# The rest of a plain string: stops after its closing quote, at an unterminated line's end, or at EOF.
_STRING_END = {
    "'": re.compile(r"[^'\\\n]*(?:\\(?:\r\n|.)[^'\\\n]*)*'?", re.DOTALL),
    '"': re.compile(r'[^"\\\n]*(?:\\(?:\r\n|.)[^"\\\n]*)*"?', re.DOTALL),
    "'''": re.compile(r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*(?:'''|\Z)", re.DOTALL),
    '"""': re.compile(r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*(?:"""|\Z)', re.DOTALL),
}
# What ends the literal part of an f-string or starts something in it.
_FSTRING_STOP = {
    "'": re.compile(r"[{}\\\n']"),
    '"': re.compile(r'[{}\\\n"]'),
    "'''": re.compile(r"[{}\\]|'''"),
    '"""': re.compile(r'[{}\\]|"""'),
}
_FORMAT_SPEC_STOP = re.compile(r"[{}]")
_INDENT = re.compile(r"[ \t\f]*")
_OPERATOR = re.compile(r"[-+*/%@&|^~<>.(\[{]|\b(?:and|or|not|if|else|lambda|await|in|is)\b")
# For the exact count of operators in a long statement: the tokens that matter to it.
_TOKEN = re.compile(
    r"""
      (?P<s>['"])
    | (?P<o>[(\[{])
    | (?P<c>[)\]}])
    | (?P<h>\#[^\r\n]*)
    | (?P<x>\\\r?\n)
    | (?P<p>[,;:\n])
    | (?P<k>[-+*/%@&|^~<>.]|\b(?:and|or|not|if|else|lambda|await|in|is)\b)
    """,
    re.VERBOSE,
)
DEFAULT_CHAIN_LIMIT = 500


def check_nesting(text: str, limit: int = 100, *, chain_limit: int = DEFAULT_CHAIN_LIMIT) -> None:
    """Raise SourceError for code that libcst's native parser cannot take safely.

    Bounds, outside strings and comments: bracket depth (f-string replacement fields count
    as brackets) and indentation levels by ``limit`` (CPython itself stops at 200 brackets
    and 100 indentation levels; libcst segfaults near 2,000 brackets). ``chain_limit`` (0:
    none) bounds the operators, calls and subscripts in one expression, counting those of
    the expressions around it, and the ``elif`` branches of one ``if``: libcst's time grows
    with the cube of a chain like ``1+1+...`` or ``a[0][0]...``, and it crashes on about
    10,000 unary minus signs, ``not``, lambdas or ``elif`` branches.
    """
    scan = _Scan(text, limit, chain_limit)
    scan.run()
    if scan.max_depth > limit:
        where = _line(text, scan.max_depth_at)
        raise SourceError(f"nesting too deep: {scan.max_depth} levels of brackets at line {where} (limit {limit})")
    if scan.max_indent > limit:
        where = _line(text, scan.max_indent_at)
        raise SourceError(f"nesting too deep: {scan.max_indent} levels of indentation at line {where} (limit {limit})")
    if chain_limit and scan.max_chain > chain_limit:
        where = _line(text, scan.max_chain_at)
        raise SourceError(
            f"expression too complex: {scan.max_chain} operators in one expression at line {where}"
            f" (limit {chain_limit})"
        )
    if chain_limit and text.count("elif") > chain_limit:
        branches, line = _longest_elif_chain(text)
        if branches > chain_limit:
            raise SourceError(
                f"too many elif branches: {branches} in one if statement at line {line} (limit {chain_limit})"
            )


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


class _Lexer:
    """Enough of Python's lexical rules to tell code from strings and comments, cheaply.

    ``modes`` holds where the scan is inside f-strings: ``("fstr", quote, raw)`` in the literal
    part, ``("fexpr", depth, _)`` in a replacement field opened at bracket ``depth``,
    ``("fspec", depth, _)`` in its format spec. Invalid code never makes a scan fail or go
    back: every step advances, so the cost stays linear.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.depth = 0
        self.max_depth = 0
        self.max_depth_at = 0
        self.modes: list[tuple[str, str | int, bool]] = []

    def _open(self, at: int) -> None:
        self.depth += 1
        if self.depth > self.max_depth:
            self.max_depth, self.max_depth_at = self.depth, at

    def _close(self) -> None:
        self.depth -= 1

    def _string(self, at: int) -> int:
        """A string starts with the quote at ``at``: skip it, or enter an f-string."""
        text = self.text
        char = text[at]
        quote = char * 3 if text.startswith(char * 3, at) else char
        start = at
        while start > 0 and at - start < 2 and text[start - 1] in _PREFIX:
            start -= 1
        before = text[start - 1:start]
        prefix = "" if before.isalnum() or before == "_" else text[start:at].lower()
        if "f" in prefix or "t" in prefix:
            self.modes.append(("fstr", quote, "r" in prefix))
            return at + len(quote)
        return _STRING_END[quote].match(text, at + len(quote)).end()  # type: ignore[union-attr]

    def _literal(self, pos: int) -> int:
        """One step in an f-string's literal part or format spec; returns the new position."""
        text, modes = self.text, self.modes
        mode, quote, raw = modes[-1]
        if mode == "fspec":
            m = _FORMAT_SPEC_STOP.search(text, pos)
            if m is None:
                return len(text)
            if m.group() == "{":
                self._open(m.start())
                modes.append(("fexpr", self.depth, False))
            else:
                self._close()
                modes.pop()
            return m.end()
        m = _FSTRING_STOP[quote].search(text, pos)  # type: ignore[index]
        if m is None:
            return len(text)
        at, char = m.start(), m.group()
        if char == "{":
            if text.startswith("{", at + 1):
                return at + 2
            self._open(at)
            modes.append(("fexpr", self.depth, False))
            return at + 1
        if char == "}":
            return at + (2 if text.startswith("}", at + 1) else 1)
        if char == "\\":
            following = text[at + 1:at + 2]
            if following in ("{", "}"):
                return at + 1  # the brace keeps its meaning
            if not raw and following == "N" and text.startswith("{", at + 2):
                end = text.find("}", at + 3)
                return len(text) if end < 0 else end + 1  # \N{NAME} is not a field
            return at + 2
        modes.pop()
        if char == "\n":  # unterminated one-line f-string: the parser will say so
            return at
        return m.end()  # the closing quote

    def _field_closes(self, char: str) -> bool:
        """A closing bracket at a replacement field's own level: ``}`` ends the field."""
        if self.modes and self.depth == self.modes[-1][1]:
            if char == "}":
                self._close()
                self.modes.pop()
            return True  # a stray ) or ] there is left to the parser
        return False


class _Scan(_Lexer):
    """Bracket depth, indentation levels and (through ``_ChainScan``) operator chains."""

    def __init__(self, text: str, limit: int, chain_limit: int) -> None:
        super().__init__(text)
        self.limit = limit
        self.chain_limit = chain_limit
        self.max_chain = 0
        self.max_chain_at = 0
        self.max_indent = 0
        self.max_indent_at = 0
        self.indents = [0]
        # Without tabs, a level past the limit needs that many leading spaces somewhere.
        self.track_indent = "\t" in text or "\f" in text or re.search(f"(?m)^ {{{limit + 1}}}", text) is not None
        self.statement = 0  # where the current top-level statement began

    def run(self) -> None:
        text, n, modes, limit = self.text, len(self.text), self.modes, self.limit
        search, count = _STRUCTURE.search, text.count
        indent, long = self.track_indent, self.chain_limit or n + 1
        pos = 0
        while pos < n:
            if modes:
                pos = self._field(pos) if modes[-1][0] == "fexpr" else self._literal(pos)
                continue
            m = search(text, pos)
            end = n if m is None else m.start()
            if end > pos:  # code without strings or comments: count its brackets
                opens = count("(", pos, end) + count("[", pos, end) + count("{", pos, end)
                if self.depth + opens > limit:
                    self._walk_brackets(pos, end)
                elif opens or self.depth:
                    depth = self.depth + opens - count(")", pos, end) - count("]", pos, end) - count("}", pos, end)
                    self.depth = depth if depth > 0 else 0
            if m is None:
                break
            char = text[end]
            pos = end + 1
            if char == "\n":
                if self.depth:
                    pass
                elif indent or pos - self.statement > long:
                    self._statement_end(pos)
                else:
                    self.statement = pos
            elif char == "#":
                newline = text.find("\n", pos)
                pos = n if newline < 0 else newline
            elif char == "\\":
                if text.startswith("\n", pos):
                    pos += 1
                elif text.startswith("\r\n", pos):
                    pos += 2
            else:
                pos = self._string(end)
        self._statement_end(n)

    def _walk_brackets(self, start: int, end: int) -> None:
        """Brackets one by one where the depth may pass the limit, to find where it does."""
        for m in _BRACKET.finditer(self.text, start, end):
            if m.group() in "([{":
                self._open(m.start())
            elif self.depth:
                self._close()

    def _field(self, pos: int) -> int:
        """One token inside an f-string replacement field."""
        text = self.text
        m = _FIELD.search(text, pos)
        if m is None:
            return len(text)
        at, char = m.start(), m.group()
        if char in "([{":
            self._open(at)
        elif char in ")]}":
            if not self._field_closes(char) and self.depth:
                self._close()
        elif char == ":":
            if self.depth == self.modes[-1][1]:
                self.modes[-1] = ("fspec", self.depth, False)
        elif char in "'\"":
            return self._string(at)
        elif char == "#":
            newline = text.find("\n", at)
            return len(text) if newline < 0 else newline
        elif char == "\\":
            return at + 2
        return at + 1

    def _statement_end(self, pos: int) -> None:
        """A newline outside brackets and strings (or the end): one statement is complete."""
        start, self.statement = self.statement, pos
        if self.chain_limit and pos - start > self.chain_limit:
            if len(_OPERATOR.findall(self.text, start, pos)) > self.chain_limit:
                chain = _ChainScan(self.text, start, pos)
                chain.run()
                if chain.max_chain > self.max_chain:  # reported at the statement's first line
                    self.max_chain, self.max_chain_at = chain.max_chain, start
        if self.track_indent and pos < len(self.text):
            self._indent(pos)

    def _indent(self, pos: int) -> None:
        """Indentation levels as the tokenizer counts them, on a line that starts a statement."""
        m = _INDENT.match(self.text, pos)
        end = m.end()  # type: ignore[union-attr]
        char = self.text[end:end + 1]
        if not char or char in "\r\n#\\":
            return  # blank or comment-only line
        space = m.group()  # type: ignore[union-attr]
        if "\t" in space or "\f" in space:  # tabs to the next multiple of 8; form feed resets
            space = space.rpartition("\f")[2].expandtabs(8)
        width = len(space)
        indents = self.indents
        if width > indents[-1]:
            indents.append(width)
            if len(indents) - 1 > self.max_indent:
                self.max_indent, self.max_indent_at = len(indents) - 1, end
        else:
            while width < indents[-1]:
                indents.pop()


class _ChainScan(_Lexer):
    """Operators in one long statement, as the parser nests them: an expression's operators
    plus those of the expressions around it (an expression ends at ``,``, ``;`` or a newline
    outside brackets). Run only where a cheap count says the limit may be passed."""

    def __init__(self, text: str, start: int, end: int) -> None:
        super().__init__(text)
        self.start, self.end = start, end
        self.segments = [0]  # operators so far in the current expression, per bracket level
        self.total = 0  # sum of ``segments``
        self.max_chain = 0
        self.max_chain_at = start

    def _open(self, at: int) -> None:
        super()._open(at)
        self.segments.append(0)

    def _close(self) -> None:
        super()._close()
        self.total -= self.segments.pop()

    def run(self) -> None:
        text, end, modes, segments = self.text, self.end, self.modes, self.segments
        search = _TOKEN.search
        pos = self.start
        while pos < end:
            if modes and modes[-1][0] != "fexpr":
                pos = self._literal(pos)
                continue
            m = search(text, pos, end)
            if m is None:
                return
            kind, at = m.lastgroup, m.start()
            pos = m.end()
            if kind == "k" or kind == "o":  # a bracket is a call or a subscript on the chain
                segments[-1] += 1
                self.total += 1
                if self.total > self.max_chain:
                    self.max_chain, self.max_chain_at = self.total, at
                if kind == "o":
                    self._open(at)
            elif kind == "c":
                if not self._field_closes(text[at]) and self.depth:
                    self._close()
            elif kind == "p":
                char = text[at]
                if char == ":":
                    if modes and self.depth == modes[-1][1]:
                        modes[-1] = ("fspec", self.depth, False)
                elif char != "\n" or not self.depth:
                    self.total -= segments[-1]
                    segments[-1] = 0
            elif kind == "s":
                pos = self._string(at)
            # "h" (comment) and "x" (continuation) need nothing


def _longest_elif_chain(text: str) -> tuple[int, int]:
    """The most ``elif`` branches of one ``if`` statement, and the line where that count is
    reached (libcst nests each branch in the previous one). By lines and indentation only:
    run when the file holds that many ``elif`` at all."""
    chains: dict[int, int] = {}  # indentation width -> elif branches so far
    best, best_line = 0, 0
    for number, line in enumerate(text.split("\n"), 1):
        code = line.lstrip(" \t\f")
        if not code.strip() or code.startswith("#"):
            continue
        width = len(line[: len(line) - len(code)].expandtabs(8))
        is_elif = code.startswith("elif") and not (code[4:5].isalnum() or code[4:5] == "_")
        for ended in [w for w in chains if w > width or (w == width and not is_elif)]:
            del chains[ended]
        if is_elif:
            chains[width] = chains.get(width, 0) + 1
            if chains[width] > best:
                best, best_line = chains[width], number
    return best, best_line
