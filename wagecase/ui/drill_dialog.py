"""The cases behind a figure of the statistics: the case list's own table, paged in SQL, on a
filter that is the figure's drill-down key. Not modal: the supervisor keeps it beside the report
and opens cases from it (double-click or Enter)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from .case_list import CaseTableView
from .case_table_model import DATE_COLUMN, CaseTableModel
from .i18n import tr

if TYPE_CHECKING:
    from ..domain.statistics import DrillKey
    from ..services import Services


class DrillDialog(QDialog):
    open_case = Signal(int)

    def __init__(self, services: "Services", title: str, key: "DrillKey", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ..services.dto import CaseFilter

        self.setWindowTitle(tr("所统计的案件 — {title}").format(title=title))
        self.model = CaseTableModel(services.cases, CaseFilter(drill=key), self)
        self.view = CaseTableView()
        self.view.setModel(self.model)
        self.view.size_columns()
        self.view.horizontalHeader().setSortIndicator(DATE_COLUMN, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.view.open_requested.connect(self.open_case)
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        heading.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("fieldCaption")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        lay.addWidget(self.count_label)
        lay.addWidget(self.view, 1)
        lay.addWidget(buttons)
        self.model.modelReset.connect(self._count)
        self._count()
        self.resize(1100, 560)

    def _count(self) -> None:
        self.count_label.setText(tr("共 {total:,} 件案件。双击一行打开案件。").format(total=self.model.total()))


def open_drill(parent: QWidget, services: "Services", title: str, key: "DrillKey", windows: list[QWidget],
               open_case: Signal) -> DrillDialog:
    """Shows the cases behind a figure beside its page; ``windows`` keeps the open ones alive and
    forgets each as it closes, ``open_case`` of the page passes a case on to the window."""
    dialog = DrillDialog(services, title, key, parent)
    dialog.open_case.connect(open_case)
    dialog.finished.connect(lambda _r: windows.remove(dialog) if dialog in windows else None)
    windows.append(dialog)
    dialog.show()
    return dialog
