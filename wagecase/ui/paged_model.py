"""A table model that pages in SQL and never holds all rows: rowCount comes from one COUNT,
``row_at`` fetches the page holding the row and keeps the last pages (an LRU), so scrolling to
the end of 100,000 rows touches only the pages shown. Subclasses say how to count and read a
page (``_read_count`` / ``_read_page``) and how a row looks."""
from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

log = logging.getLogger(__name__)
_ANY_INDEX = QModelIndex | QPersistentModelIndex


class PagedModel(QAbstractTableModel):
    PAGE_SIZE = 200
    MAX_PAGES = 20
    what = "rows"  # for the log: "cases", "employers"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._pages: OrderedDict[int, list] = OrderedDict()
        self._count = 0

    def _read_count(self) -> int:
        raise NotImplementedError

    def _read_page(self, offset: int, limit: int) -> list:
        raise NotImplementedError

    def refresh(self) -> None:
        """Re-read count and pages (after a filter change or a write elsewhere)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = self._query_count()
        self.endResetModel()

    def _reset_pages(self) -> None:
        """The order changed: row 5 is another row now, so a kept selection would lie."""
        self.beginResetModel()
        self._pages.clear()
        self.endResetModel()

    def total(self) -> int:
        return self._count

    def row_at(self, row: int) -> Any:
        if not 0 <= row < self._count:
            return None
        page_no, offset = divmod(row, self.PAGE_SIZE)
        page = self._page(page_no)
        return page[offset] if offset < len(page) else None

    def cached_pages(self) -> int:
        return len(self._pages)

    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def _query_count(self) -> int:
        try:
            return self._read_count()
        except Exception:  # noqa: BLE001 - a view must not crash on a failed read; it shows none
            log.exception("counting %s failed", self.what)
            return 0

    def _page(self, page_no: int) -> list:
        page = self._pages.get(page_no)
        if page is not None:
            self._pages.move_to_end(page_no)
            return page
        try:
            page = self._read_page(page_no * self.PAGE_SIZE, self.PAGE_SIZE)
        except Exception:  # noqa: BLE001
            log.exception("reading %s page %s failed", self.what, page_no)
            page = []
        self._pages[page_no] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page
