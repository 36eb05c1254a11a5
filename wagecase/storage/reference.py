"""Reference data files shipped under db/reference/ (GB/T 2260 regions, ...)."""
from __future__ import annotations

import csv
import re
from pathlib import Path

from .. import paths
from ..domain.errors import RuleError

REGION_COLUMNS = ("code", "name", "full_name", "level", "parent_code")
_CODE = re.compile(r"\d{6}")


def regions_csv_path() -> Path:
    return paths.reference_dir() / "regions.csv"


def load_regions_csv(path: Path | None = None) -> list[dict]:
    """Rows of regions.csv as dicts ready to insert: level is an int, empty parent is None.

    A malformed file is a packaging bug, not user input, but it still fails with the row
    number so whoever edited the file can find the line.
    """
    path = path or regions_csv_path()
    rows: list[dict] = []
    seen: set[str] = set()
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = set(REGION_COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise RuleError("reference.bad_file", file=str(path), reason="缺少列：" + "、".join(sorted(missing)))
        for line, raw in enumerate(reader, start=2):
            code = (raw["code"] or "").strip()
            parent = (raw["parent_code"] or "").strip() or None
            level = (raw["level"] or "").strip()
            if not _CODE.fullmatch(code) or (parent and not _CODE.fullmatch(parent)):
                raise RuleError("reference.bad_row", file=str(path), line=line, reason="代码不是6位数字")
            if level not in ("1", "2", "3"):
                raise RuleError("reference.bad_row", file=str(path), line=line, reason="级别应为1、2或3")
            if code in seen:
                raise RuleError("reference.bad_row", file=str(path), line=line, reason="代码重复")
            seen.add(code)
            rows.append({
                "code": code,
                "name": raw["name"].strip(),
                "full_name": raw["full_name"].strip(),
                "level": int(level),
                "parent_code": parent,
            })
    return rows
