"""Publishing the 失信联合惩戒对象名单 (45号令 Arts. 9-10, 17): the list as it stands on a date, for
the 失信名单 page and as .xlsx / PDF files for the department website and the credit platform.

A person's identity number is published masked (Art. 4, identifiers.mask_id); an
organisation's credit code is published whole. An entry leaves the export on its removal date.
Each export is recorded in the 操作日志: it hands personal data out of the office.
"""
from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from ..domain.dates import format_date
from ..domain.identifiers import mask_id
from ..domain.permissions import Permission
from ..storage import document_store
from ..storage import listing_queries as lq
from . import audit
from .case_facts import office_facts
from .context import ServiceContext
from .dto import ListingView
from .listing_views import SUBJECT_KIND_LABELS, listing_view
from .permissions import requires

# the page's tabs: key, label, statuses
TABS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("listed", "已列入", lq.LISTED),
    ("procedure", "程序中", lq.IN_PROCEDURE),
    ("removed", "已移出/已撤销", lq.TAKEN_OFF),
    ("declined", "未列入", lq.DECLINED),
)
_TAB_STATUSES = {key: statuses for key, _label, statuses in TABS}

HEADERS = ("序号", "失信主体名称", "统一社会信用代码/身份证号码（脱敏）", "主体类型", "列入事由", "列入依据",
           "列入日期", "移出日期（期满日）", "作出决定部门")
XLSX_WIDTHS = (6, 30, 24, 12, 40, 44, 14, 16, 28)
PDF_WIDTHS = (4, 14, 14, 8, 20, 21, 11, 11, 12)
DATE_FORMAT = 'yyyy"年"m"月"d"日"'
SHEET_TITLE = "失信联合惩戒对象名单"
MASK_NOTE = "注：自然人身份证号码按个人信息保护要求脱敏公示。"

BASIS = {
    "2022": "《保障农民工工资支付条例》第四十八条，《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》"
            "（人力资源社会保障部令第45号）第五条",
    "2017": "《拖欠农民工工资“黑名单”管理暂行办法》（人社部规〔2017〕16号）",
}
DEFAULT_GROUNDS = "拖欠农民工工资，经责令限期支付逾期未支付"
FONT_SETTING_PREFIX = "font."


def list_title(on: date) -> str:
    return f"拖欠农民工工资失信联合惩戒对象名单（截至{format_date(on)}）"


@dataclass(frozen=True)
class PublishedRow:
    """One subject of a published listing, as the files print it."""
    name: str
    number_masked: str
    kind_label: str
    grounds: str
    basis: str
    listed_on: date
    leaves_on: date | None  # removal date if recorded, else the end of the term


class PublicationService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- the page ----------------------------------------------------------------------------

    def published(self, on: date) -> list[ListingView]:
        """Every listing on the published list on ``on``, newest decision first."""
        with self.ctx.uow.read() as uow:
            s = uow.session
            total = lq.count_published(s, on)
            return self._views(s, lq.published_page(s, on, 0, max(total, 1)))

    def count_published(self, on: date) -> int:
        with self.ctx.uow.read() as uow:
            return lq.count_published(uow.session, on)

    def count(self, tab: str) -> int:
        with self.ctx.uow.read() as uow:
            return lq.count_by_status(uow.session, _TAB_STATUSES[tab])

    def page(self, tab: str, offset: int = 0, limit: int = 50) -> list[ListingView]:
        """One page of a tab (listed / procedure / removed / declined)."""
        with self.ctx.uow.read() as uow:
            s = uow.session
            return self._views(s, lq.page_by_status(s, _TAB_STATUSES[tab], offset, limit))

    @staticmethod
    def _views(s, rows: Sequence) -> list[ListingView]:
        subjects = lq.subjects_of(s, [r.id for r in rows])
        return [listing_view(r, subjects[r.id], r.case_number, r.employer_name) for r in rows]

    # ---- the files ---------------------------------------------------------------------------

    @requires(Permission.PUBLISH_LIST)
    def export_xlsx(self, on: date) -> bytes:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        wb = Workbook(write_only=True)  # rows go straight to the file: thousands never sit in memory
        ws = wb.create_sheet(SHEET_TITLE)
        ws.freeze_panes = "A2"
        for i, width in enumerate(XLSX_WIDTHS, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        bold, fill = Font(bold=True), PatternFill("solid", fgColor="E8E8E8")
        centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
        wrap = Alignment(vertical="top", wrap_text=True)

        def header(text: str):
            cell = WriteOnlyCell(ws, value=text)
            cell.font, cell.fill, cell.alignment = bold, fill, centre
            return cell

        def dated(value: date | None):
            cell = WriteOnlyCell(ws, value=value)
            cell.number_format = DATE_FORMAT
            return cell

        def wrapped(text: str):
            cell = WriteOnlyCell(ws, value=text)
            cell.alignment = wrap
            return cell

        ws.append([header(h) for h in HEADERS])
        with self.ctx.uow.read() as uow:
            s = uow.session
            office = office_facts(s).agency_name
            count = 0
            for count, row in enumerate(self._rows(s, on), start=1):
                ws.append([count, row.name, row.number_masked, row.kind_label, wrapped(row.grounds),
                           wrapped(row.basis), dated(row.listed_on), dated(row.leaves_on), office])
        buf = io.BytesIO()
        wb.save(buf)
        self._record(on, "xlsx", count)
        return buf.getvalue()

    @requires(Permission.PUBLISH_LIST)
    def export_pdf(self, on: date) -> bytes:
        from ..documents.fonts import resolve_fonts
        from ..documents.list_pdf import render_list_pdf

        # read, then record: the write lock is not held while a long list is laid out
        with self.ctx.uow.read() as uow:
            s = uow.session
            office = office_facts(s).agency_name
            configured = {k[len(FONT_SETTING_PREFIX):]: v.strip()
                          for k, v in document_store.settings_with_prefix(s, FONT_SETTING_PREFIX).items()
                          if v.strip()}
            counter = [0]

            def lines() -> Iterator[list[str]]:
                for counter[0], row in enumerate(self._rows(s, on), start=1):
                    yield [str(counter[0]), row.name, row.number_masked, row.kind_label, row.grounds,
                           row.basis, format_date(row.listed_on),
                           format_date(row.leaves_on) if row.leaves_on else "", office]

            data = render_list_pdf(title=list_title(on), office=office, headers=HEADERS, rows=lines(),
                                   widths=PDF_WIDTHS, fonts=resolve_fonts(configured or None),
                                   note=MASK_NOTE)
        self._record(on, "pdf", counter[0])
        return data

    @staticmethod
    def _rows(s, on: date) -> Iterator[PublishedRow]:
        """The subjects of each published listing, its employer first; a listing naming no
        employer subject still publishes its employer (name and credit code from the register)."""
        current = None
        for r in lq.published_subject_rows(s, on):
            common = dict(grounds=(r.grounds or "").strip() or DEFAULT_GROUNDS,
                          basis=BASIS.get(r.rule, BASIS["2022"]), listed_on=r.decided_on,
                          leaves_on=r.removed_on or r.ends_on)
            if r.id != current:
                current = r.id
                if r.subject_kind != "employer":
                    yield PublishedRow(name=r.employer_name, number_masked=mask_id(r.employer_credit_code or ""),
                                       kind_label=SUBJECT_KIND_LABELS["employer"], **common)
            if r.subject_kind is None:
                continue
            yield PublishedRow(
                name=r.subject_name, number_masked=mask_id(r.subject_id_number or ""),
                kind_label=SUBJECT_KIND_LABELS.get(r.subject_kind, r.subject_kind), **common)

    def _record(self, on: date, fmt: str, rows: int) -> None:
        with self.ctx.uow.write() as uow:
            audit.record(uow.session, self.ctx.user_id, "publication.export", "listings", None, None, None,
                         {"on": on.isoformat(), "format": fmt, "rows": rows}, self.ctx.clock())
            uow.commit()
