"""Which font file prints each Chinese type role (仿宋, 宋, 楷, 黑, 小标宋) on this machine.

Official documents name their faces by role; the files differ per machine. A government PC has the
Windows fonts (simfang.ttf, simsun.ttc ...); a Linux desk has the Arphic/WenQuanYi TrueType CJK
fonts; ReportLab can embed only TrueType (glyf) outlines (platform.md), so OpenType/CFF fonts are
never candidates. When nothing embeddable exists the PDF falls back to the viewer's STSong-Light
and says so in a warning.
"""
from __future__ import annotations

import logging
import os
import shutil
import struct
import subprocess
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger(__name__)

FANGSONG = "fangsong"
SONG = "song"
KAI = "kai"
HEI = "hei"
XIAOBIAOSONG = "xiaobiaosong"
ROLES = (FANGSONG, SONG, KAI, HEI, XIAOBIAOSONG)
ROLE_LABELS = {FANGSONG: "仿宋", SONG: "宋体", KAI: "楷体", HEI: "黑体", XIAOBIAOSONG: "小标宋"}

CID_FALLBACK = "STSong-Light"

# Dates, 文号 and lists use these; a font without them prints holes (gbsn00lp lacks 〇, droid lacks digits)
REQUIRED_GLYPHS = "〇〔〕①，。、；：？！（）《》“”—0123456789A"

_WINDOWS_DIR = Path("C:/Windows/Fonts")
_LINUX_DIRS = (
    Path("/usr/share/fonts/truetype/arphic"),
    Path("/usr/share/fonts/truetype/wqy"),
    Path("/usr/share/fonts/truetype"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".local/share/fonts",
    Path.home() / ".fonts",
)


@dataclass(frozen=True)
class _Candidate:
    file_names: tuple[str, ...]  # matched case-insensitively in each directory
    family: str = ""  # for .ttc files: the subfont whose family this is; "" = subfont 0


_WIN_SIMFANG = _Candidate(("simfang.ttf", "fs_gb2312.ttf", "仿宋_gb2312.ttf", "仿宋.ttf"))
_WIN_SIMSUN = _Candidate(("simsun.ttc", "simsun.ttf", "宋体.ttf"))
_WIN_SIMKAI = _Candidate(("simkai.ttf", "kaiti_gb2312.ttf", "楷体_gb2312.ttf", "楷体.ttf"))
_WIN_SIMHEI = _Candidate(("simhei.ttf", "黑体.ttf"))
_WIN_XBS = _Candidate(("fzxbsjw.ttf", "方正小标宋简体.ttf", "fzxbsk.ttf"))
_UMING = _Candidate(("uming.ttc",), "AR PL UMing CN")
_UKAI = _Candidate(("ukai.ttc",), "AR PL UKai CN")
_ZENHEI = _Candidate(("wqy-zenhei.ttc",), "WenQuanYi Zen Hei")
_MICROHEI = _Candidate(("wqy-microhei.ttc",), "WenQuanYi Micro Hei")

# Per role: (fonts a government PC has, the Linux stand-ins, last-ditch Windows substitutes)
_CHAINS: dict[str, tuple[tuple[_Candidate, ...], tuple[_Candidate, ...], tuple[_Candidate, ...]]] = {
    FANGSONG: ((_WIN_SIMFANG,), (_UMING,), (_WIN_SIMSUN,)),
    SONG: ((_WIN_SIMSUN,), (_UMING,), ()),
    KAI: ((_WIN_SIMKAI,), (_UKAI,), (_WIN_SIMSUN,)),
    HEI: ((_WIN_SIMHEI,), (_ZENHEI, _MICROHEI), ()),
    XIAOBIAOSONG: ((_WIN_XBS,), (_UMING,), (_WIN_SIMSUN,)),
}
_INSTALL_HINT = {
    FANGSONG: "仿宋（simfang.ttf 或仿宋_GB2312）或 AR PL UMing 字体",
    SONG: "宋体（simsun.ttc）或 AR PL UMing 字体（fonts-arphic-uming）",
    KAI: "楷体（simkai.ttf）或 AR PL UKai 字体（fonts-arphic-ukai）",
    HEI: "黑体（simhei.ttf）或文泉驿正黑字体（fonts-wqy-zenhei）",
    XIAOBIAOSONG: "方正小标宋简体（FZXBSJW.TTF）或 AR PL UMing 字体",
}


@dataclass(frozen=True)
class FontSet:
    """The registered ReportLab font name for every role, and where each came from."""

    names: Mapping[str, str]
    sources: Mapping[str, str]  # role -> "path" or "path#index"; "STSong-Light" for the CID fallback
    warnings: tuple[str, ...] = ()
    embedded: bool = True  # every role is an embedded TrueType subset
    coverage: Mapping[str, frozenset[int]] = field(default_factory=dict, compare=False, repr=False)

    def name(self, role: str) -> str:
        return self.names.get(role) or self.names[FANGSONG]

    def has_glyph(self, font_name: str, char: str) -> bool:
        cmap = self.coverage.get(font_name)
        return True if cmap is None else ord(char) in cmap


def role_for_font_name(name: str | None) -> str:
    """The role a Word font name stands for; an unknown name reads as the body face 仿宋."""
    if not name:
        return FANGSONG
    low = name.lower()
    if "小标宋" in name or "xiaobiaosong" in low or "fzxbs" in low:
        return XIAOBIAOSONG
    if "仿宋" in name or "fangsong" in low or "fang song" in low:
        return FANGSONG
    if "楷" in name or "kai" in low:
        return KAI
    if "黑" in name or "hei" in low:
        return HEI
    if "宋" in name or "song" in low or "sun" in low or "ming" in low:
        return SONG
    return FANGSONG


# --- reading font files -----------------------------------------------------------------------


def ttc_family_names(path: str | os.PathLike[str]) -> list[str]:
    """Family name (nameID 1) of every subfont of a .ttc, or the single family of a .ttf.

    Read straight from the name table: registering each subfont with ReportLab costs ~50 ms.
    """
    with open(path, "rb") as fh:
        data = fh.read(1 << 20)  # headers and name tables sit near the start
        if data[:4] == b"ttcf":
            (count,) = struct.unpack(">I", data[8:12])
            offsets = struct.unpack(f">{count}I", data[12 : 12 + 4 * count])
        else:
            offsets = (0,)
        names = []
        for off in offsets:
            names.append(_family_at(fh, off))
    return names


def _family_at(fh, offset: int) -> str:
    fh.seek(offset)
    (num_tables,) = struct.unpack(">H", fh.read(6)[4:6])
    fh.seek(offset + 12)
    directory = fh.read(16 * num_tables)
    for i in range(num_tables):
        tag, _sum, table_off, _length = struct.unpack(">4sIII", directory[16 * i : 16 * i + 16])
        if tag == b"name":
            fh.seek(table_off)
            _fmt, count, string_off = struct.unpack(">HHH", fh.read(6))
            records = fh.read(12 * count)
            fallback = ""
            for r in range(count):
                pid, eid, lang, nid, length, soff = struct.unpack(">HHHHHH", records[12 * r : 12 * r + 12])
                if nid != 1:
                    continue
                fh.seek(table_off + string_off + soff)
                raw = fh.read(length)
                if pid == 3 and lang == 0x409:
                    return raw.decode("utf-16-be", "replace")
                if pid == 3 and not fallback:
                    fallback = raw.decode("utf-16-be", "replace")
                elif pid == 1 and not fallback:
                    fallback = raw.decode("latin-1")
            return fallback
    return ""


def _subfont_index(path: Path, family: str) -> int | None:
    if not family:
        return 0
    try:
        families = ttc_family_names(path)
    except (OSError, struct.error):
        return None
    for i, fam in enumerate(families):
        if fam.strip().lower() == family.lower():
            return i
    return None


def _find_in(directory: Path, file_names: Sequence[str]) -> list[Path]:
    try:
        listing = {p.name.lower(): p for p in directory.iterdir()}
    except OSError:
        return []
    return [listing[n.lower()] for n in file_names if n.lower() in listing]


def _fc_list_files() -> dict[str, Path]:
    """family (lower case) -> file, from fontconfig when it is installed."""
    exe = shutil.which("fc-list")
    if not exe:
        return {}
    try:
        out = subprocess.run(
            [exe, ":", "family", "file"], capture_output=True, text=True, timeout=5, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    found: dict[str, Path] = {}
    for line in out.splitlines():
        file_part, _, fams = line.partition(": ")
        for fam in fams.split(","):
            found.setdefault(fam.strip().lower(), Path(file_part.strip()))
    return found


# --- registration (once per process) ---------------------------------------------------------

_lock = threading.Lock()
_registered: dict[tuple[str, int], tuple[str, frozenset[int]] | Exception] = {}


def _register_ttf(path: Path, index: int) -> tuple[str, frozenset[int]]:
    key = (str(path), index)
    with _lock:
        hit = _registered.get(key)
        if hit is None:
            name = f"wc-{path.stem}-{index}"
            try:
                font = TTFont(name, str(path), subfontIndex=index)  # subsets on embedding
                _subset_without_copying_glyf(font.face)
                pdfmetrics.registerFont(font)
                hit = (name, frozenset(font.face.charToGlyph))
            except Exception as exc:  # noqa: BLE001 - any unreadable font is just not a candidate
                hit = exc
            _registered[key] = hit
    if isinstance(hit, Exception):
        raise hit
    return hit


class _GlyfWindow:
    """A read-only window on the font file that hands out slices as bytes, as the table would."""

    __slots__ = ("_view",)

    def __init__(self, view: memoryview) -> None:
        self._view = view

    def __getitem__(self, key):
        part = self._view[key]
        return part.tobytes() if isinstance(part, memoryview) else part

    def __len__(self) -> int:
        return len(self._view)


def _subset_without_copying_glyf(face) -> None:
    """ReportLab's makeSubset takes ``get_table('glyf')`` (a copy of the whole outline table,
    17 MB for AR PL UMing) only to slice the few glyphs a subset needs out of it, once per
    subset of every PDF. Give this face a window on its file data for that table instead: the
    same glyph bytes, no copy. Every other table is still returned as bytes."""
    table = face.get_table

    def get_table(tag):
        if tag != "glyf":
            return table(tag)
        pos, length = face.get_table_pos(tag)
        return _GlyfWindow(memoryview(face._ttf_data)[pos:pos + length])

    face.get_table = get_table


def register_cid_fallback() -> str:
    with _lock:
        if CID_FALLBACK not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
    return CID_FALLBACK


def _try(path: Path, index: int, role: str, warnings: list[str]) -> tuple[str, frozenset[int]] | None:
    try:
        name, cmap = _register_ttf(path, index)
    except Exception as exc:  # noqa: BLE001
        log.info("font %s#%s unusable: %s", path, index, exc)
        return None
    missing = [c for c in REQUIRED_GLYPHS if ord(c) not in cmap]
    if missing:
        warnings.append(
            f"字体文件 {path.name} 缺少“{''.join(missing)}”等字符，{ROLE_LABELS[role]}不使用该字体。"
        )
        return None
    return name, cmap


def _candidate_paths(
    candidates: Iterable[_Candidate], dirs: Sequence[Path], fc: Mapping[str, Path]
) -> Iterable[tuple[Path, int]]:
    for cand in candidates:
        seen: set[Path] = set()
        paths = [p for d in dirs for p in _find_in(d, cand.file_names)]
        if cand.family and cand.family.lower() in fc:
            paths.append(fc[cand.family.lower()])
        for p in paths:
            if p in seen:
                continue
            seen.add(p)
            index = _subfont_index(p, cand.family)
            if index is not None:
                yield p, index


_cache: dict[tuple, FontSet] = {}


def resolve_fonts(
    configured: Mapping[str, str] | None = None,
    *,
    search_dirs: Sequence[str | os.PathLike[str]] | None = None,
    system: bool = True,
) -> FontSet:
    """Pick and register a font per role: configured file → Windows fonts → Linux TrueType CJK →
    the built-in CID font (with a warning). ``system=False`` looks only in ``search_dirs`` and
    the configured files (tests)."""
    configured = dict(configured or {})
    extra = [Path(d) for d in (search_dirs or ())]
    key = (tuple(sorted(configured.items())), tuple(map(str, extra)), system)
    hit = _cache.get(key)
    if hit is not None:
        return hit

    win_dirs = [*extra, *([_WINDOWS_DIR] if system else [])]
    if system and os.environ.get("WINDIR"):
        win_dirs.append(Path(os.environ["WINDIR"]) / "Fonts")
    linux_dirs = [*extra, *(_LINUX_DIRS if system else ())]
    fc = _fc_list_files() if system else {}

    names: dict[str, str] = {}
    sources: dict[str, str] = {}
    coverage: dict[str, frozenset[int]] = {}
    warnings: list[str] = []
    embedded = True
    for role in ROLES:
        windows, linux, substitutes = _CHAINS[role]
        chosen = None
        own = configured.get(role)
        if own:
            path, _, idx = own.partition("#")
            p = Path(path)
            if p.is_file():
                chosen = _try(p, int(idx or 0), role, warnings)
                if chosen:
                    sources[role] = own
            if not chosen:
                warnings.append(f"设置中指定的{ROLE_LABELS[role]}字体文件 {own} 无法使用，已改用其他字体。")
        if not chosen:
            for p, index in (
                *_candidate_paths(windows, win_dirs, {}),
                *_candidate_paths(linux, linux_dirs, fc),
                *_candidate_paths(substitutes, win_dirs, {}),
            ):
                chosen = _try(p, index, role, warnings)
                if chosen:
                    sources[role] = f"{p}#{index}" if index else str(p)
                    break
        if chosen:
            names[role], coverage[chosen[0]] = chosen
        else:
            names[role] = register_cid_fallback()
            sources[role] = CID_FALLBACK
            embedded = False
            warnings.append(
                f"未找到可嵌入的中文字体（{ROLE_LABELS[role]}），PDF 使用内置字体，打印效果取决于阅读器。"
                f"请安装{_INSTALL_HINT[role]}，或在设置中指定字体文件。"
            )
    result = FontSet(names, sources, tuple(dict.fromkeys(warnings)), embedded, coverage)
    _cache[key] = result
    return result
