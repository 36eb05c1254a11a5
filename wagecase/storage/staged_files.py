"""Files written for one database transaction: under hidden temporary names (.part-…) before the
commit, given their real names by ``publish`` after it, removed by ``discard`` otherwise. A
failed transaction leaves no visible file; a committed row never points at half a file.

Used for issued documents (services/document_files.py) and for files imported from a case
package (exchange_package.py); both name files by their SHA-256, so a file already there, or
already staged, is the same content and is not written twice.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class StagedFiles:
    folder: Path
    _pending: list[tuple[Path, Path]] = field(default_factory=list)

    def _have(self, dest: Path) -> bool:
        return dest.exists() or any(d == dest for _, d in self._pending)

    def _staged(self, tmp: str | Path, dest: Path) -> None:
        self._pending.append((Path(tmp), dest))

    def publish(self) -> None:
        for tmp, dest in self._pending:
            os.replace(tmp, dest)
        self._pending.clear()

    def discard(self) -> None:
        for tmp, _ in self._pending:
            tmp.unlink(missing_ok=True)
        self._pending.clear()
