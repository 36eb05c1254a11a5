"""The case package (.wagecase) as a file: a zip of manifest.json, signature.json and the case's
files, written and read here; and the office's signing key as a file in the data folder.

Nothing here knows what a case is or how a signature is made (services/exchange.py): this module
streams bytes in and out of the zip, hashing them on the way, so that a package with large
evidence files (video, scans) never has to fit in memory.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from ..domain.errors import RuleError
from .staged_files import StagedFiles

MANIFEST = "manifest.json"
SIGNATURE = "signature.json"
SUFFIX = ".wagecase"
# a manifest is text about one case; far more than this is not a package we wrote
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_SIGNATURE_BYTES = 1024 * 1024
MAX_MEMBERS = 100_000
_CHUNK = 1 << 20


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---- writing ---------------------------------------------------------------------------------

class PackageWriter:
    """Writes the zip under a hidden temporary name beside ``dest``; ``finish`` renames it into
    place, ``discard`` removes it. A package is never seen half-written under its real name."""

    def __init__(self, dest: Path) -> None:
        self.dest = dest
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".part-", suffix=SUFFIX)
            os.close(fd)
        except OSError as exc:
            raise RuleError("exchange.write_failed", path=str(dest), reason=exc.strerror or str(exc)) from exc
        self.tmp = Path(tmp)
        self._zip = zipfile.ZipFile(self.tmp, "w", allowZip64=True)

    def add_bytes(self, name: str, data: bytes) -> str:
        self._zip.writestr(zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0)), data,
                           compress_type=zipfile.ZIP_DEFLATED)
        return hashlib.sha256(data).hexdigest()

    def add_file(self, name: str, source: Path, expected_sha256: str) -> int:
        """Copies ``source`` in (stored, not compressed: evidence is mostly PDF, JPEG, MP4),
        checking on the way that it still has the hash the database recorded for it."""
        digest = hashlib.sha256()
        size = 0
        info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_STORED
        try:
            with source.open("rb") as f, self._zip.open(info, "w", force_zip64=True) as out:
                while chunk := f.read(_CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
        except FileNotFoundError:
            raise RuleError("exchange.source_missing", path=str(source)) from None
        if digest.hexdigest() != expected_sha256:
            raise RuleError("exchange.source_changed", path=str(source))
        return size

    def finish(self) -> Path:
        self._zip.close()
        try:
            os.replace(self.tmp, self.dest)
        except OSError as exc:
            self.discard()
            raise RuleError("exchange.write_failed", path=str(self.dest),
                            reason=exc.strerror or str(exc)) from exc
        return self.dest

    def discard(self) -> None:
        try:
            self._zip.close()
        except Exception:  # noqa: BLE001 - closing a zip that failed half-way: it goes anyway
            pass
        self.tmp.unlink(missing_ok=True)


# ---- reading ---------------------------------------------------------------------------------

class PackageReader:
    """A package opened for checking and copying out; every read is bounded or streamed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._zip = zipfile.ZipFile(path)
            infos = self._zip.infolist()
        except FileNotFoundError:
            raise RuleError("exchange.package_missing", path=str(path)) from None
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise RuleError("exchange.not_a_package", path=str(path)) from exc
        if len(infos) > MAX_MEMBERS:
            raise RuleError("exchange.not_a_package", path=str(path))
        names = [i.filename for i in infos]
        if len(set(names)) != len(names):
            # two members of one name: a reader would see one, a checker the other
            raise RuleError("exchange.duplicate_member")
        self.names = frozenset(names)

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> "PackageReader":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def read(self, name: str, limit: int) -> bytes:
        if name not in self.names:
            raise RuleError("exchange.member_missing", name=name)
        if self._zip.getinfo(name).file_size > limit:
            raise RuleError("exchange.not_a_package", path=str(self.path))
        try:
            with self._zip.open(name) as f:
                data = f.read(limit + 1)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as exc:
            raise RuleError("exchange.damaged", name=name) from exc
        if len(data) > limit:
            raise RuleError("exchange.not_a_package", path=str(self.path))
        return data

    def hash_member(self, name: str, cancelled: Callable[[], bool] | None = None) -> tuple[str, int]:
        """(sha256, size) of a member, streamed."""
        digest = hashlib.sha256()
        size = 0
        try:
            with self._zip.open(name) as f:
                while chunk := f.read(_CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    if cancelled is not None and cancelled():
                        raise RuleError("exchange.cancelled")
        except KeyError:
            raise RuleError("exchange.member_missing", name=name) from None
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as exc:
            # zipfile's own CRC check fails as BadZipFile: the bytes changed after writing
            raise RuleError("exchange.damaged", name=name) from exc
        return digest.hexdigest(), size

    def open_member(self, name: str):
        return self._zip.open(name)


# ---- files copied out into the attachments folder -------------------------------------------

class FileStaging(StagedFiles):
    """Members copied into the content-addressed attachments folder (staged_files.py): a refused
    or failed import leaves no file behind, a committed one no row without its file."""

    def add(self, reader: PackageReader, name: str, sha256: str, dest: Path) -> None:
        if self._have(dest):
            return  # same hash, same content: already there
        digest = hashlib.sha256()
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".part-")
        except OSError as exc:
            raise RuleError("exchange.store_failed", path=str(dest.parent),
                            reason=exc.strerror or str(exc)) from exc
        self._staged(tmp, dest)
        try:
            with os.fdopen(fd, "wb") as out, reader.open_member(name) as f:
                while chunk := f.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            raise RuleError("exchange.store_failed", path=str(dest.parent),
                            reason=exc.strerror or str(exc)) from exc
        except (zipfile.BadZipFile, ValueError, EOFError, RuntimeError) as exc:
            raise RuleError("exchange.damaged", name=name) from exc
        if digest.hexdigest() != sha256:  # the package changed since it was checked
            raise RuleError("exchange.file_tampered", name=name)



# ---- the office's private key ------------------------------------------------------------------

def read_secret(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def write_secret_once(path: Path, data: bytes) -> bytes:
    """Writes ``data`` to a new file readable by its owner only (0600) and returns it; when the
    file already exists (another process made it first) returns what it holds instead."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".part-{os.getpid()}-{path.name}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o600)  # a umask never adds bits, but a pre-existing file might have had them
        try:
            os.link(tmp, path)  # fails if the key exists: the first one made stays the office's key
        except FileExistsError:
            return path.read_bytes()
        except OSError:
            # no hard links (some network or FAT drives): exclusive create instead
            try:
                fd2 = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                return path.read_bytes()
            with os.fdopen(fd2, "wb") as out:
                out.write(data)
        return data
    finally:
        tmp.unlink(missing_ok=True)
