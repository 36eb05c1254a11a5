"""Save a python-docx Document to .docx bytes, deflating each part only once per distinct content.

python-docx decides what goes into the package (the parts, their names, their order, their
bytes: its own PackageWriter is used); only the zip container is written here. A filled form
carries ~800 KB of parts that are the same for every document of its template (styles.xml,
stylesWithEffects.xml, the theme, the numbering); zipfile deflated all of it again for every
document, the largest single cost of the DOCX half. Deflate is a pure function of the bytes, so
the compressed form is kept by the part's SHA-256 and every entry is exactly what zipfile wrote
(same level, same raw-deflate stream, same headers but the time stamp, which zipfile sets to
the time of writing anyway).
"""
from __future__ import annotations

import hashlib
import io
import struct
import threading
import time
import zlib
from collections import OrderedDict

from docx.opc.pkgwriter import PackageWriter

_CACHE_MIN = 4096  # smaller parts are cheaper to deflate than to look up
_CACHE_SIZE = 256  # parts (a few large ones per form, ~40 forms); compressed, ~10 KB each
_deflated: OrderedDict[bytes, tuple[int, bytes]] = OrderedDict()
_lock = threading.Lock()

_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")
_VERSION = 20  # deflate; what zipfile writes for these entries
_MADE_BY = (3 << 8) | _VERSION  # as zipfile on every platform but Windows; readers ignore it
_EXTERNAL_ATTR = 0o600 << 16  # zipfile's writestr default
_UTF8_NAME = 0x800


def save_document(document) -> bytes:
    """What ``document.save(buffer)`` writes, faster."""
    package = document.part.package
    for part in package.parts:
        part.before_marshal()
    writer = _ZipWriter()
    parts = package.parts
    # python-docx's own steps: [Content_Types].xml, _rels/.rels, each part and its rels
    PackageWriter._write_content_types_stream(writer, parts)
    PackageWriter._write_pkg_rels(writer, package.rels)
    PackageWriter._write_parts(writer, parts)
    return writer.close()


def _compress(blob: bytes) -> tuple[int, bytes]:
    # zipfile's ZIP_DEFLATED: default level, raw deflate (no zlib header)
    c = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    return zlib.crc32(blob), c.compress(blob) + c.flush()


def _deflate(blob: bytes) -> tuple[int, bytes]:
    if len(blob) < _CACHE_MIN:
        return _compress(blob)
    key = hashlib.sha256(blob).digest()
    with _lock:
        hit = _deflated.get(key)
        if hit is not None:
            _deflated.move_to_end(key)
            return hit
    done = _compress(blob)
    with _lock:
        _deflated[key] = done
        while len(_deflated) > _CACHE_SIZE:
            _deflated.popitem(last=False)
    return done


class _ZipWriter:
    """The PhysPkgWriter interface (write, close) over a plain zip in memory."""

    def __init__(self) -> None:
        self._out = io.BytesIO()
        self._central: list[bytes] = []
        t = time.localtime(time.time())
        self._time = (t.tm_hour << 11) | (t.tm_min << 5) | (t.tm_sec // 2)
        self._date = ((t.tm_year - 1980) << 9) | (t.tm_mon << 5) | t.tm_mday

    def write(self, pack_uri, blob: bytes) -> None:
        name = pack_uri.membername
        try:
            raw, flags = name.encode("ascii"), 0
        except UnicodeEncodeError:
            raw, flags = name.encode("utf-8"), _UTF8_NAME
        crc, data = _deflate(blob)
        offset = self._out.tell()
        self._out.write(_LOCAL.pack(0x04034B50, _VERSION, flags, zlib.DEFLATED, self._time, self._date,
                                    crc, len(data), len(blob), len(raw), 0))
        self._out.write(raw)
        self._out.write(data)
        self._central.append(_CENTRAL.pack(0x02014B50, _MADE_BY, _VERSION, flags, zlib.DEFLATED, self._time,
                                           self._date, crc, len(data), len(blob), len(raw), 0, 0, 0, 0,
                                           _EXTERNAL_ATTR, offset) + raw)

    def close(self) -> bytes:
        start = self._out.tell()
        for entry in self._central:
            self._out.write(entry)
        size = self._out.tell() - start
        n = len(self._central)
        self._out.write(_END.pack(0x06054B50, 0, 0, n, n, size, start, 0))
        return self._out.getvalue()
