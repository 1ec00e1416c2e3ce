"""One leak, one finding: the evidence of one cause grouped into the first hit's related locations."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the analysis (libcst) for types only: listing rules stays light
    from leakscan.analysis import Hit


def grouped(hits: Iterable[Hit], cause: Callable[[Hit], Hashable | None], again: Callable[[Hit], str]) -> Iterator[Hit]:
    """Yield the first hit of each cause; every later hit of that cause becomes one of its related locations.

    ``cause`` names what leaks (a fit, a statistic, the predictions scored); ``None`` keeps a hit
    on its own. ``again`` is the related location's message ("scored again here with f1_score").
    """
    first: dict[Hashable, Hit] = {}
    out: list[Hit] = []
    for hit in hits:
        key = cause(hit)
        if key is None:
            out.append(hit)
            continue
        if key in first:
            kept = first[key]
            if (hit.node, hit.top) != (kept.node, kept.top) and all(n is not hit.node for n, _, _ in kept.related):
                kept.related.append((hit.node, hit.top, again(hit)))
            continue
        first[key] = hit
        out.append(hit)
    yield from out
