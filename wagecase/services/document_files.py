"""The files of issued documents and uploaded templates, stored under their SHA-256.

Issuing writes each file under a hidden temporary name before the database commit and gives it
its real name only after the commit: a failed issue leaves neither a row nor a visible file, and
a committed row never points at half a file. Same content, same name: a second identical file is
simply dropped.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from ..domain.errors import RuleError
from ..storage.staged_files import StagedFiles


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stored_path(folder: Path, digest: str, suffix: str) -> Path:
    return folder / f"{digest}.{suffix}"


class Staging(StagedFiles):
    """Document files written for one transaction; ``publish`` after commit, ``discard`` otherwise."""

    def add(self, data: bytes, suffix: str) -> str:
        digest = sha256(data)
        dest = stored_path(self.folder, digest, suffix)
        if self._have(dest):
            return digest
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".part-")
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            self.discard()
            raise RuleError("document.store_failed", path=str(self.folder),
                            reason=exc.strerror or str(exc)) from exc
        self._staged(tmp, dest)
        return digest


def read_verified(path: Path, digest: str) -> bytes | None:
    """The file's bytes if it is there and still has its hash; None if missing. Raises
    ValueError when the content changed."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    if sha256(data) != digest:
        raise ValueError("hash mismatch")
    return data
