"""leakscan's own temporary files beside the user's, and the removal of those a killed run left.

Fixes and ``--add-noqa`` write a temporary file next to the one they replace and rename it into
place (atomic). A run killed in between (SIGKILL, power loss) leaves the temporary file behind.
Its name says whose it is: ``.<file>.<pid>.<random>.leakscan-tmp``. A later run in the same
folder removes such a file when the process that made it is gone, or when it is older than an
hour (the process id may have been reused); anything else in the folder is never touched.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time

SUFFIX = ".leakscan-tmp"
STALE_AFTER = 3600.0  # seconds
_NAME = re.compile(r"^\.(?P<file>.+)\.(?P<pid>[0-9]+)\.[a-z0-9_]{8}" + re.escape(SUFFIX) + "$")


def create(path: str) -> tuple[int, str]:
    """A new temporary file beside ``path`` (descriptor, name), for an atomic replace."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    return tempfile.mkstemp(prefix=f".{os.path.basename(path)}.{os.getpid()}.", suffix=SUFFIX, dir=folder)


def is_ours(name: str) -> bool:
    """Is ``name`` (a file name, no folder) one of leakscan's temporary files?"""
    return _NAME.match(name) is not None


def remove_stale(folder: str) -> list[str]:
    """Remove the temporary files killed runs left in ``folder``; the paths removed."""
    removed: list[str] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        pid = int(match.group("pid"))
        if pid == os.getpid() or (_alive(pid) and now - info.st_mtime < STALE_AFTER):
            continue  # a run still writing it
        try:
            os.unlink(entry.path)
            removed.append(entry.path)
        except OSError:
            continue
    return removed


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # no cheap check: the age decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True
