"""On-disk cache of per-file results, so that a rerun on an unchanged tree costs a hash per file.

An entry is keyed by the file's bytes (sha256), the kind of file (script or notebook), the
rules that run on it and a fingerprint of everything else that decides the result: leakscan's
version and code, the knowledge tables (with the project's ``[tool.leakscan.apis]``) and the
options. Any change to one of them is a miss, never a stale hit. Entries live under
``$LEAKSCAN_CACHE_DIR``, else ``$XDG_CACHE_HOME/leakscan``, else ``~/.cache/leakscan``.

Several processes may share a cache (``--jobs``, parallel CI jobs): every entry is written to
a temporary file and renamed into place, which is atomic, so a reader sees a whole entry or
none. A corrupt or partial entry (a crash, a full disk, a hand edit) is a miss, and a cache
that cannot be written (read-only home) is silently skipped: the cache only ever saves time.

Paths are not part of the key: a result is stored with the path it was computed for and moved
to the path asked for on a hit, so a cache restored into another checkout still hits.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from leakscan._version import __version__
from leakscan.findings import Edit, FileError, Finding, Fix, Location, Related

if TYPE_CHECKING:
    from leakscan.options import Options

ENV_VAR = "LEAKSCAN_CACHE_DIR"
FORMAT = 1  # bump when the entry layout changes
_PACKAGE = Path(__file__).resolve().parent
_CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by leakscan.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)

Result = tuple[list[Finding], "FileError | None"]


def default_cache_dir() -> Path:
    """Where the cache lives when no directory is given (see the module docstring)."""
    explicit = os.environ.get(ENV_VAR)
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg and os.path.isabs(os.path.expanduser(xdg)) else Path.home() / ".cache"
    return base / "leakscan"


_CODE_FINGERPRINT: str | None = None


def code_fingerprint() -> str:
    """leakscan's version plus a hash of its own source, so a development change invalidates
    entries even when the version string stays the same."""
    global _CODE_FINGERPRINT
    if _CODE_FINGERPRINT is None:
        digest = hashlib.sha256(f"{__version__}\0{FORMAT}".encode())
        for file in sorted(_PACKAGE.rglob("*.py")):
            try:
                data = file.read_bytes()
            except OSError:
                continue
            digest.update(file.relative_to(_PACKAGE).as_posix().encode() + b"\0" + data)
        _CODE_FINGERPRINT = digest.hexdigest()
    return _CODE_FINGERPRINT


def options_fingerprint(options: Options) -> str:
    """A hash of what, besides a file's bytes and the rules enabled on it, decides its result."""
    from leakscan.rules import all_rules

    rules = options.rules if options.rules is not None else all_rules()
    kb = options.knowledge
    payload = {
        "code": code_fingerprint(),
        "rules": sorted(r.code for r in rules),
        "knowledge": sorted(kb.exact.items()),
        "split_styles": sorted(kb.split_styles.items()),
        "time": kb.time.fingerprint(),
        "noqa": options.honor_noqa,
        "fixes": options.fixes,
        "extra": sorted((str(k), repr(v)) for k, v in options.extra.items()),
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


class Cache:
    """Per-file results on disk. Picklable (it holds only strings), so workers can share it.

    ``bind(options)`` must be called once per scan configuration before ``key``.
    """

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.root = Path(directory) if directory is not None else default_cache_dir()
        self._options_fp = ""
        self._codes: tuple[str, ...] = ()
        self._enabled: Any = None

    def bind(self, options: Options) -> Cache:
        """Fix the configuration the keys describe; returns ``self``."""
        from leakscan.rules import all_rules

        rules = options.rules if options.rules is not None else all_rules()
        self._options_fp = options_fingerprint(options)
        self._codes = tuple(sorted(r.code for r in rules))
        self._enabled = options.enabled
        return self

    @property
    def directory(self) -> Path:
        """Entries of this leakscan build: one folder per build, so old ones are easy to drop."""
        return self.root / code_fingerprint()[:16]

    def key(self, data: bytes, path: str) -> str:
        """The entry name for ``data`` scanned as ``path`` under the bound configuration."""
        if not self._options_fp:
            raise RuntimeError("Cache.bind(options) must be called before Cache.key")
        enabled = self._codes if self._enabled is None else tuple(c for c in self._codes if self._enabled(c, path))
        kind = "notebook" if path.endswith(".ipynb") else "script"
        digest = hashlib.sha256(data).hexdigest()
        return hashlib.sha256(f"{digest}\0{kind}\0{','.join(enabled)}\0{self._options_fp}".encode()).hexdigest()

    def _entry(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key[2:]}.json"

    def get(self, key: str, path: str) -> Result | None:
        """The stored result for ``key``, moved to ``path``; ``None`` on a miss or a bad entry."""
        try:
            with open(self._entry(key), "rb") as fh:
                entry = json.loads(fh.read())
            if entry.get("format") != FORMAT:
                return None
            return _relocate(load_result(entry), str(entry["path"]), path)
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def put(self, key: str, path: str, result: Result) -> bool:
        """Store ``result`` atomically; ``False`` (and nothing raised) when it cannot be written."""
        entry = {"format": FORMAT, "path": path, **dump_result(result)}
        target = self._entry(key)
        tmp: str | None = None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._tag()
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(entry, fh, separators=(",", ":"))
            os.replace(tmp, target)
            return True
        except OSError:
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
            return False

    def _tag(self) -> None:
        tag = self.root / "CACHEDIR.TAG"  # tells backup tools to skip the folder
        if not tag.exists():
            fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".tmp-")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(_CACHEDIR_TAG)
            os.replace(tmp, tag)


# --------------------------------------------------------------------------- (de)serializing


def dump_result(result: Result) -> dict[str, Any]:
    findings, error = result
    return {
        "findings": [finding_to_dict(f) for f in findings],
        "error": None if error is None else error.message,
    }


def load_result(entry: dict[str, Any]) -> Result:
    findings = [finding_from_dict(item) for item in entry["findings"]]
    error = entry["error"]
    return findings, (None if error is None else FileError(str(entry["path"]), str(error)))


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    """Every field of a finding, nested as in the dataclasses (not the JSON report's shape)."""
    return dataclasses.asdict(finding)


def finding_from_dict(data: dict[str, Any]) -> Finding:
    """The inverse of ``finding_to_dict``."""
    fields = dict(data)
    fields["location"] = Location(**fields["location"])
    fields["related"] = tuple(Related(Location(**r["location"]), r["message"]) for r in fields.get("related", ()))
    fix = fields.get("fix")
    if fix is not None:
        fields["fix"] = Fix(fix["applicability"], fix["message"], tuple(Edit(**e) for e in fix["edits"]))
    return Finding(**fields)


def error_to_dict(error: FileError) -> dict[str, Any]:
    return dataclasses.asdict(error)


def error_from_dict(data: dict[str, Any]) -> FileError:
    return FileError(**data)


def _relocate(result: Result, old: str, new: str) -> Result:
    findings, error = result
    if old == new:
        return findings, error
    moved = [_move_finding(f, old, new) for f in findings]
    return moved, (None if error is None else FileError(new, error.message))


def _move_finding(finding: Finding, old: str, new: str) -> Finding:
    def move(loc: Location) -> Location:
        return dataclasses.replace(loc, path=new) if loc.path == old else loc

    related = tuple(Related(move(r.location), r.message) for r in finding.related)
    return dataclasses.replace(finding, location=move(finding.location), related=related)
