"""工程项目 section: the project and its contractor chain
建设单位 → 施工总承包单位 → 分包单位（一个或多个）→ 班组长.

Only links the clerk has started filling in are sent, so a chain known only down to the
general contractor is not rejected for an empty subcontractor; the services judge the rest.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from ..domain.case import ContractorRole
from ..services.dto import ChainLinkInput, ProjectInput, RegionView
from .completers import CountyCombo
from .intake_sections import EmployerForm, uppercase_as_typed, unmark_on_edit
from .i18n import tr


class SubcontractorRow(QWidget):
    def __init__(self, form: EmployerForm, parent=None) -> None:
        super().__init__(parent)
        self.form = form
        self.remove_button = QPushButton(tr("删除"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(tr("删除这一家分包单位"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(form, 1)
        lay.addWidget(self.remove_button)


class ProjectSection(QWidget):
    changed = Signal()

    def __init__(self, lookup, counties: list[RegionView], parent=None) -> None:
        super().__init__(parent)
        self.lookup = lookup
        self._counties = counties
        self.name = QLineEdit()
        self.address = QLineEdit()
        self.county = CountyCombo(counties)
        self.owner = EmployerForm(lookup, counties, compact=True)
        self.general_contractor = EmployerForm(lookup, counties, compact=True)
        self.subcontractors: list[SubcontractorRow] = []
        self.subs_box = QVBoxLayout()
        self.subs_box.setContentsMargins(0, 0, 0, 0)
        self.add_sub_button = QPushButton(tr("添加分包单位"))
        self.add_sub_button.setAutoDefault(False)
        self.add_sub_button.clicked.connect(lambda: self.add_subcontractor())
        self.crew_name = QLineEdit()
        self.crew_name.setPlaceholderText(tr("姓名"))
        self.crew_id = QLineEdit()
        self.crew_id.setPlaceholderText(tr("身份证号码"))
        uppercase_as_typed(self.crew_id)
        self.crew_phone = QLineEdit()
        self.crew_phone.setPlaceholderText(tr("电话"))
        for w in (self.name, self.address, self.county, self.crew_name, self.crew_id,
                  self.crew_phone):
            unmark_on_edit(w)
        for w in (self.name, self.address, self.crew_name, self.crew_id, self.crew_phone):
            w.textChanged.connect(self.changed)
        self.owner.changed.connect(self.changed)
        self.general_contractor.changed.connect(self.changed)

        subs = QWidget()
        sl = QVBoxLayout(subs)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addLayout(self.subs_box)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_sub_button)
        add_row.addStretch(1)
        sl.addLayout(add_row)

        crew = QWidget()
        cl = QHBoxLayout(crew)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.crew_name, 2)
        cl.addWidget(self.crew_id, 3)
        cl.addWidget(self.crew_phone, 2)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("项目名称："), self.name)
        form.addRow(tr("项目地址："), self.address)
        form.addRow(tr("项目所在县区："), self.county)
        chain_title = QLabel(tr("承包关系（建设单位 → 施工总承包单位 → 分包单位 → 班组长）"))
        chain_title.setStyleSheet("font-weight: bold; padding-top: 6px;")
        form.addRow(chain_title)
        form.addRow(tr(ContractorRole.PROJECT_OWNER.label) + tr("："), self.owner)
        form.addRow(tr(ContractorRole.GENERAL_CONTRACTOR.label) + tr("："), self.general_contractor)
        form.addRow(tr(ContractorRole.SUBCONTRACTOR.label) + tr("："), subs)
        form.addRow(tr(ContractorRole.CREW_LEADER.label) + tr("："), crew)
        self.add_subcontractor()

    def add_subcontractor(self) -> EmployerForm:
        form = EmployerForm(self.lookup, self._counties, compact=True)
        row = SubcontractorRow(form)
        row.remove_button.clicked.connect(lambda: self.remove_subcontractor(row))
        form.changed.connect(self.changed)
        above = (self.subcontractors[-1].remove_button if self.subcontractors
                 else self.general_contractor.credit_code)
        self.subcontractors.append(row)
        self.subs_box.addWidget(row)
        # a new row joins the focus chain at its end (after the crew leader, or after 取消 once
        # the dialog is open): Tab goes through it where it sits, below the row above it
        for w in (form.name, form.credit_code, row.remove_button):
            QWidget.setTabOrder(above, w)
            above = w
        self._update_remove_buttons()
        return form

    def remove_subcontractor(self, row: SubcontractorRow) -> None:
        if row in self.subcontractors and len(self.subcontractors) > 1:
            self.subcontractors.remove(row)
            row.setParent(None)
            row.deleteLater()
            self._update_remove_buttons()
            self.changed.emit()

    def _update_remove_buttons(self) -> None:
        for r in self.subcontractors:
            r.remove_button.setEnabled(len(self.subcontractors) > 1)

    # -- value with the widgets behind each chain position
    def value(self) -> tuple[ProjectInput, dict[str, object]]:
        """The ProjectInput and ``{field path below 'project.': widget}`` for error marking."""
        targets: dict[str, object] = {"name": self.name, "address": self.address,
                                      "county_code": self.county, "chain": self}
        chain: list[ChainLinkInput] = []
        employer_links = [(ContractorRole.PROJECT_OWNER, self.owner),
                          (ContractorRole.GENERAL_CONTRACTOR, self.general_contractor)]
        employer_links += [(ContractorRole.SUBCONTRACTOR, r.form) for r in self.subcontractors]
        for role, form in employer_links:
            if form.is_empty():
                continue
            i = len(chain)
            chain.append(ChainLinkInput(role=role.value, employer=form.value()))
            targets[f"chain[{i}]"] = form.name
            for field, w in form.widgets.items():
                targets[f"chain[{i}].employer.{field}"] = w
            targets[f"chain[{i}].employer"] = form.name
        if any(w.text().strip() for w in (self.crew_name, self.crew_id, self.crew_phone)):
            i = len(chain)
            chain.append(ChainLinkInput(role=ContractorRole.CREW_LEADER.value,
                                        person_name=self.crew_name.text(),
                                        person_id_number=self.crew_id.text(),
                                        person_phone=self.crew_phone.text()))
            targets.update({f"chain[{i}]": self.crew_name,
                            f"chain[{i}].person_name": self.crew_name,
                            f"chain[{i}].person_id_number": self.crew_id,
                            f"chain[{i}].person_phone": self.crew_phone})
        project = ProjectInput(name=self.name.text(), address=self.address.text(),
                               county_code=self.county.code(), chain=chain)
        return project, targets
