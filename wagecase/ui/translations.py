"""Keeps the English translation in step with the code: ``python -m wagecase.ui.translations``.

The sources are every ``tr("…")`` of the UI, every label and sentence of the domain and the
services, the names in the document catalogue and the periods' shipped names (the Chinese is
the source language). They are written to
``resources/i18n/wagecase_en.ts`` (Qt Linguist's format, so a translator can work in Linguist),
keeping the translations already there, and compiled with ``pyside6-lrelease`` to the ``.qm``
the program loads. ``--fill FILE.json`` takes ``{"中文": "English"}`` pairs into the ``.ts``
first. ``--missing`` lists the sources with no translation yet, as JSON.
"""
from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from .i18n import CONTEXT

PACKAGE = Path(__file__).resolve().parent.parent
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_0-9]*)[^{}]*\}(?!\})")


# a Chinese numeral the code passes with its Arabic twin (一、 / 1.): a translation may use either
SIBLINGS = {"ordinal": "number"}


def allowed_fields(source: str) -> set[str]:
    """The fields a translation of ``source`` may use: the source's own and their twins."""
    own = set(placeholders(source))
    return own | {SIBLINGS[f] for f in own if f in SIBLINGS}


def placeholders(text: str) -> list[str]:
    """The ``{name}`` fields a template is formatted with (a translation must keep every one)."""
    return sorted(PLACEHOLDER.findall(text))


def _calls_of(tree: ast.AST, names: set[str]) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.append(node.args[0].value)
    return found


def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                out.add(id(body[0].value))
    return out


# modules whose Chinese is not said to the user: names for demo data, the characters of capital
# numerals and dates, search tokens
NOT_SAID = {"demo_data.py", "demo_timeline.py", "demo.py", "money.py", "search.py", "dates.py", "pinyin.py",
            "intake_rules.py"}
# their arguments are patterns or characters to cut, not words
PATTERN_CALLS = {"compile", "match", "fullmatch", "search", "sub", "findall", "split", "strip", "rstrip", "lstrip"}


def _said_strings(tree: ast.AST) -> list[str]:
    """Every whole Chinese string a module holds: labels, sentences, table heads. Not its
    docstrings, not the pieces of f-strings (which are not looked up whole), not regexes."""
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) or (
                isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in PATTERN_CALLS):
            skip.update(id(n) for n in ast.walk(node))
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
            and CJK.search(node.value)]


def _form_strings() -> list[str]:
    """The titles, descriptions and input labels of the document catalogue (forms/catalogue.json)."""
    from .. import paths

    catalogue = paths.forms_dir() / "catalogue.json"
    found: list[str] = []
    for form in json.loads(catalogue.read_text(encoding="utf-8"))["forms"].values():
        found += [form.get("title", ""), form.get("description", "")]
        for field in form.get("inputs", ()):
            found += [field.get("label", ""), field.get("hint", "")]
            found += [label for _code, label in field.get("choices", ())]
    return [text for text in found if text and CJK.search(text)]


def _period_names() -> list[str]:
    """The periods' names as shipped (db/reference/periods.csv); one an administrator renames in
    设置 is shown as typed."""
    import csv

    from .. import paths

    with (paths.db_dir() / "reference" / "periods.csv").open(encoding="utf-8", newline="") as f:
        return [row["name"] for row in csv.DictReader(f) if row["name"]]


def extract() -> dict[str, str]:
    """Source text -> where it first occurs (``ui/case_view.py``), in a stable order.

    The UI's ``tr`` calls; the domain's and the services' labels and sentences, which the UI
    passes through ``tr`` where it shows them; the document catalogue's names."""
    sources: dict[str, str] = {}
    for path in sorted((PACKAGE / "ui").glob("*.py")):
        for text in _calls_of(ast.parse(path.read_text(encoding="utf-8")), {"tr"}):
            sources.setdefault(text, f"ui/{path.name}")
    for layer in ("domain", "services"):
        for path in sorted((PACKAGE / layer).glob("*.py")):
            if path.name in NOT_SAID:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for text in _calls_of(tree, {"translated"}) + _said_strings(tree):
                sources.setdefault(text, f"{layer}/{path.name}")
    for text in _form_strings():
        sources.setdefault(text, "../forms/catalogue.json")
    for text in _period_names():
        sources.setdefault(text, "../db/reference/periods.csv")
    return sources


def ts_path() -> Path:
    from .i18n import translations_dir

    return translations_dir() / "wagecase_en.ts"


def read_ts(path: Path) -> dict[str, str]:
    """Source -> finished translation ("" when unfinished)."""
    if not path.exists():
        return {}
    done = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        finished = tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete")
        done[source] = (tr.text or "") if finished and tr is not None else ""
    return done


def write_ts(path: Path, sources: dict[str, str], translated: dict[str, str]) -> None:
    root = ET.Element("TS", version="2.1", language="en_US", sourcelanguage="zh_CN")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, where in sources.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=f"../../wagecase/{where}")
        ET.SubElement(message, "source").text = source
        english = translated.get(source, "")
        tr = ET.SubElement(message, "translation")
        if english:
            tr.text = english
        else:
            tr.set("type", "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    return found


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([lrelease(), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fill", type=Path, action="append", default=[], help="JSON {中文: English} to take in")
    parser.add_argument("--missing", action="store_true", help="print the untranslated sources as JSON")
    args = parser.parse_args(argv)
    ts = ts_path()
    sources = extract()
    done = {k: v for k, v in read_ts(ts).items() if v}
    for fill in args.fill:
        for source, english in json.loads(fill.read_text(encoding="utf-8")).items():
            if source in sources and english and not CJK.search(english):
                done[source] = english
    if args.missing:
        print(json.dumps([s for s in sources if not done.get(s)], ensure_ascii=False, indent=0))
        return 0
    write_ts(ts, sources, done)
    compile_qm(ts, ts.with_suffix(".qm"))
    missing = sum(1 for s in sources if not done.get(s))
    print(f"{len(sources)} sources, {len(sources) - missing} translated, {missing} missing -> {ts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
