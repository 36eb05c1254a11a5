"""Evidence files, stored once in the data folder under their SHA-256.

The copy is written before the database commit: if the commit then fails, the orphan file is
harmless (same content, same name, reused by the next upload of it), whereas the reverse order
could leave a row pointing at nothing.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import RuleError

_CHUNK = 1 << 20


@dataclass(frozen=True)
class StoredFile:
    filename: str
    sha256: str
    size: int
    path: Path


def stored_path(attachments_dir: Path, sha256: str) -> Path:
    return attachments_dir / sha256[:2] / sha256


def store(attachments_dir: Path, source: str | Path) -> StoredFile:
    src = Path(source)
    try:
        found = src.is_file()
    except (OSError, ValueError):  # a name too long for the file system, a NUL in it
        found = False
    if not found:
        raise RuleError("attachment.missing", path=str(src))
    try:
        digest = hashlib.sha256()
        size = 0
        with src.open("rb") as f:
            while chunk := f.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
        sha = digest.hexdigest()
        dest = stored_path(attachments_dir, sha)
        if not dest.exists():
            dest.parent.mkdir(parents=True, exist_ok=True)
            # write under a temporary name and rename, so a crash never leaves half a file
            # under a hash name that later uploads would trust
            fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".part-")
            try:
                with os.fdopen(fd, "wb") as out, src.open("rb") as f:
                    while chunk := f.read(_CHUNK):
                        out.write(chunk)
                os.replace(tmp, dest)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
    except OSError as exc:
        raise RuleError("attachment.unreadable", path=str(src), reason=exc.strerror or str(exc)) from exc
    return StoredFile(filename=src.name, sha256=sha, size=size, path=dest)
