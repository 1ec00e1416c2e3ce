"""Sites in other modules of the project: a parsed module and one of its top-level statements.

Kept apart from ``modules`` (which reads files) so that the analysis layer can name them
without importing the reading layers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from leakscan.project.resolve import display_path

if TYPE_CHECKING:
    import libcst as cst

    from leakscan.locate import Locator


@dataclass(eq=False)
class ForeignModule:
    """A parsed module of the project, other than the one analyzed."""

    path: str  # absolute
    text: str
    module: cst.Module
    digest: str  # sha256 of the file's bytes (cache dependencies)
    _locator: Locator | None = field(default=None, repr=False)

    @property
    def display(self) -> str:
        return display_path(self.path)

    @property
    def locator(self) -> Locator:
        if self._locator is None:
            from leakscan.locate import Locator

            self._locator = Locator(self.module)
            self._locator.text = self.text
        return self._locator


@dataclass(frozen=True)
class Foreign:
    """The top-level statement ``index`` of a foreign module: a ``Site.top`` outside the program."""

    ref: ForeignModule
    index: int

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Foreign) and other.ref is self.ref and other.index == self.index

    def __hash__(self) -> int:
        return hash((id(self.ref), self.index))


