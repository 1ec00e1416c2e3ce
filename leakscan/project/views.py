"""Findings in a single-file view (the flake8 plugin, the language server, stdin).

A finding of project-wide analysis may sit in another module (the fit inside an imported
helper, in the script that wrote a file this one reads). A view of one file shows it in that
file, at its local location: the call of the imported helper, the read of the file. The place
in the other module becomes the first related location, and the message says where it is.
Light: plain data only.
"""

from __future__ import annotations

import dataclasses
import os

from leakscan.findings import Finding, Related


def _same(a: str, b: str) -> bool:
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def local_view(findings: list[Finding], path: str) -> list[Finding]:
    """``findings`` of the file ``path``, each shown at a location in that file."""
    out = []
    for f in findings:
        if _same(f.location.path, path):
            out.append(f)
            continue
        local = next((r for r in f.related if _same(r.location.path, path)), None)
        if local is None:
            continue
        where = f"{f.location.path}:{f.location.line}"
        related = (Related(f.location, f"the leak is here ({f.name})"), *(r for r in f.related if r is not local))
        out.append(dataclasses.replace(
            f, location=dataclasses.replace(local.location, path=path), related=related, fix=None,
            message=f"{f.message} [{local.message}; the leaking operation is in {where}]",
        ))
    out.sort(key=Finding.sort_key)
    return out


__all__ = ["local_view"]
