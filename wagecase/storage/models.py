"""SQLAlchemy 2 declarative models: the whole schema of wagecase.

Money is integer fen; dates are dates; timestamps are UTC (naive, by convention, so SQLite and
PostgreSQL store the same thing). Every mutable aggregate root carries a ``version`` column for
optimistic locking. Codes stored in enum-like columns are the values of the domain enums.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """Business settings of the office (name, number patterns); QSettings keeps only UI state."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(50), unique=True)
    display_name: Mapped[str] = mapped_column(String(50))
    role: Mapped[str] = mapped_column(String(30))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # login (0012): argon2id hash in password_hash; lockout after repeated failures
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)  # UTC
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    password_changed_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC


class Region(Base):
    """GB/T 2260 administrative divisions (province, prefecture, county)."""

    __tablename__ = "regions"
    code: Mapped[str] = mapped_column(String(6), primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    full_name: Mapped[str] = mapped_column(String(100))
    level: Mapped[int] = mapped_column(Integer)  # 1 province, 2 prefecture, 3 county
    parent_code: Mapped[str | None] = mapped_column(String(6))


class Employer(Base):
    __tablename__ = "employers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    credit_code: Mapped[str | None] = mapped_column(String(18), unique=True)
    legal_representative: Mapped[str] = mapped_column(String(50), default="")
    legal_representative_id_number: Mapped[str | None] = mapped_column(String(18), index=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    county_code: Mapped[str | None] = mapped_column(String(6), index=True)
    name_initials: Mapped[str] = mapped_column(String(200), default="", index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class Worker(Base):
    __tablename__ = "workers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(50), index=True)
    id_number: Mapped[str | None] = mapped_column(String(18), unique=True)
    sex: Mapped[str | None] = mapped_column(String(10))
    birth_date: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(50), default="")
    hukou_place: Mapped[str] = mapped_column(String(200), default="")
    is_migrant_worker: Mapped[bool] = mapped_column(Boolean, default=True)
    bank_card: Mapped[str] = mapped_column(String(30), default="")
    name_initials: Mapped[str] = mapped_column(String(50), default="", index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class Project(Base):
    """A construction project; its contractor chain hangs off it."""

    __tablename__ = "projects"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    county_code: Mapped[str | None] = mapped_column(String(6))
    name_initials: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    links: Mapped[list[ContractorLink]] = relationship(
        back_populates="project", order_by="ContractorLink.position", cascade="all, delete-orphan"
    )


class ContractorLink(Base):
    """One link of 建设单位 → 施工总承包 → 分包 → 班组长.

    A link names an employer, or, for a 班组长 (a natural person), a name and ID number.
    ``parent_id`` is the link that contracted this one out.
    """

    __tablename__ = "contractor_links"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(30))
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employers.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("contractor_links.id"))
    person_name: Mapped[str] = mapped_column(String(50), default="")
    person_id_number: Mapped[str | None] = mapped_column(String(18))
    person_phone: Mapped[str] = mapped_column(String(50), default="")
    project: Mapped[Project] = relationship(back_populates="links")
    employer: Mapped[Employer | None] = relationship()


class Case(Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_number: Mapped[str] = mapped_column(String(60), unique=True)
    case_type: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(30))
    is_collective: Mapped[bool] = mapped_column(Boolean, default=False)
    channel: Mapped[str] = mapped_column(String(30))
    received_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    received_date: Mapped[date] = mapped_column(Date)  # Asia/Shanghai calendar date of receipt
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    employer_id: Mapped[int] = mapped_column(ForeignKey("employers.id"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"))
    industry: Mapped[str] = mapped_column(String(20))
    county_code: Mapped[str | None] = mapped_column(String(6))  # 用工所在地
    facts: Mapped[str] = mapped_column(Text, default="")
    claims: Mapped[str] = mapped_column(Text, default="")
    # denormalised for the list screen, maintained by the services
    worker_count: Mapped[int] = mapped_column(Integer, default=0)
    lead_worker_name: Mapped[str] = mapped_column(String(50), default="")
    employer_name: Mapped[str] = mapped_column(String(200), default="")
    claimed_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # arbitration (0007): general / simple (简易处理); the green channel (农民工 wage claims and
    # collective disputes, 办案规则 Art. 5) is set by the services and sorts such cases first
    procedure: Mapped[str] = mapped_column(String(20), default="general", server_default="general")
    green_channel: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}

    employer: Mapped[Employer] = relationship()
    project: Mapped[Project | None] = relationship()
    officer: Mapped[User | None] = relationship()
    workers: Mapped[list[CaseWorker]] = relationship(
        back_populates="case", order_by="CaseWorker.position", cascade="all, delete-orphan"
    )

    __table_args__ = (
        Index("ix_cases_received", "received_date", "id"),
        Index("ix_cases_type_status", "case_type", "status"),
        Index("ix_cases_type_green", "case_type", "green_channel", "received_date", "id"),
        Index("ix_cases_officer", "officer_id", "received_date"),
        Index("ix_cases_county", "county_code", "received_date"),
        Index("ix_cases_employer", "employer_id"),
        # the list sorts by these columns (id breaks ties): an index walk instead of a sort
        # of every row on each click of a header
        Index("ix_cases_claimed", "claimed_fen", "id"),
        Index("ix_cases_employer_name", "employer_name", "id"),
        Index("ix_cases_lead_worker", "lead_worker_name", "id"),
        # the statistics (0011): cases closed in a period; open cases by officer, read from the index
        Index("ix_cases_closed", "closed_at", "id"),
        Index("ix_cases_officer_status", "officer_id", "status", "case_type"),
    )


class CaseWorker(Base):
    """A worker on a case: complainant (inspection) or claimant (arbitration)."""

    __tablename__ = "case_workers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(20))
    is_representative: Mapped[bool] = mapped_column(Boolean, default=False)
    job: Mapped[str] = mapped_column(String(50), default="")
    employed_from: Mapped[date | None] = mapped_column(Date)
    employed_to: Mapped[date | None] = mapped_column(Date)
    claimed_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    case: Mapped[Case] = relationship(back_populates="workers")
    worker: Mapped[Worker] = relationship()
    items: Mapped[list[ArrearsItem]] = relationship(
        back_populates="case_worker", order_by="ArrearsItem.id", cascade="all, delete-orphan"
    )
    __table_args__ = (UniqueConstraint("case_id", "worker_id", name="uq_case_workers_case_worker"),)


class ArrearsItem(Base):
    __tablename__ = "arrears_items"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_worker_id: Mapped[int] = mapped_column(ForeignKey("case_workers.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    period_from: Mapped[date | None] = mapped_column(Date)
    period_to: Mapped[date | None] = mapped_column(Date)
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    note: Mapped[str] = mapped_column(String(200), default="")
    case_worker: Mapped[CaseWorker] = relationship(back_populates="items")


class CaseEvent(Base):
    """Everything that happened to a case, in order: the timeline, and the input of deadlines."""

    __tablename__ = "case_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40))
    occurred_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    event_date: Mapped[date] = mapped_column(Date)  # the legal date (Asia/Shanghai)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    summary: Mapped[str] = mapped_column(String(500), default="")
    payload: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    __table_args__ = (
        Index("ix_case_events_case", "case_id", "occurred_at"),
        Index("ix_case_events_kind_date", "kind", "event_date"),  # statistics: steps of a kind in a period
    )


class Attachment(Base):
    """Evidence: the file lives in the data folder under its SHA-256, named here."""

    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    description: Mapped[str] = mapped_column(String(300), default="")
    added_at: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class NumberSequence(Base):
    """Gapless counters for case numbers and 文号: one row per scope and year."""

    __tablename__ = "number_sequences"
    scope: Mapped[str] = mapped_column(String(60), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class AuditEntry(Base):
    """Append-only log of every write; each entry chains the previous one's hash."""

    __tablename__ = "audit_entries"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    before: Mapped[str] = mapped_column(Text, default="")  # JSON
    after: Mapped[str] = mapped_column(Text, default="")  # JSON
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")


# ---- reference data with effective dates (0002) ---------------------------------------------

class HolidayDay(Base):
    """Holiday years an administrator enters (State Council notice each November).

    A year present here replaces the ``chinesecalendar`` data for that year as a whole.
    """

    __tablename__ = "holiday_days"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    is_workday: Mapped[bool] = mapped_column(Boolean, default=False)  # True = 调休 make-up day
    name: Mapped[str] = mapped_column(String(20), default="")  # 春节, 国庆节...
    note: Mapped[str] = mapped_column(String(200), default="")


class StatutoryPeriod(Base):
    """The period catalogue (domain.periods.PeriodRule); event lists are ';'-joined codes."""

    __tablename__ = "statutory_periods"
    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    case_types: Mapped[str] = mapped_column(String(60), default="")
    trigger: Mapped[str] = mapped_column(String(80))
    anchor: Mapped[str] = mapped_column(String(40), default="")
    before: Mapped[bool] = mapped_column(Boolean, default=False)
    length: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(20))
    roll: Mapped[str] = mapped_column(String(30), default="next_working_day")
    duty: Mapped[str] = mapped_column(String(20), default="agency")
    met_by: Mapped[str] = mapped_column(String(400), default="")
    extension_length: Mapped[int] = mapped_column(Integer, default=0)
    extension_event: Mapped[str] = mapped_column(String(60), default="")
    extension_approver: Mapped[str] = mapped_column(String(100), default="")
    suspended_by: Mapped[str] = mapped_column(String(400), default="")
    resumed_by: Mapped[str] = mapped_column(String(400), default="")
    restarted_by: Mapped[str] = mapped_column(String(400), default="")
    basis: Mapped[str] = mapped_column(String(200))
    effective_from: Mapped[date | None] = mapped_column(Date)
    effective_to: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class MinimumWage(Base):
    __tablename__ = "minimum_wages"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    province_code: Mapped[str] = mapped_column(String(6))
    tier: Mapped[int] = mapped_column(Integer)
    monthly_fen: Mapped[int] = mapped_column(BigInteger)
    hourly_fen: Mapped[int] = mapped_column(BigInteger)
    effective_from: Mapped[date] = mapped_column(Date)
    effective_to: Mapped[date | None] = mapped_column(Date)
    document_no: Mapped[str] = mapped_column(String(100), default="")
    to_verify: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (UniqueConstraint("province_code", "tier", "effective_from",
                                       name="uq_minimum_wages_province_tier_from"),)


class WageTier(Base):
    """County (GB/T 2260) -> minimum-wage tier, dated."""

    __tablename__ = "wage_tiers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    county_code: Mapped[str] = mapped_column(String(6), index=True)
    tier: Mapped[int] = mapped_column(Integer)
    effective_from: Mapped[date] = mapped_column(Date)
    effective_to: Mapped[date | None] = mapped_column(Date)
    to_verify: Mapped[bool] = mapped_column(Boolean, default=True)


class AverageWageRecord(Base):
    __tablename__ = "average_wages"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    province_code: Mapped[str] = mapped_column(String(6))
    year: Mapped[int] = mapped_column(Integer)
    annual_fen: Mapped[int] = mapped_column(BigInteger)
    source: Mapped[str] = mapped_column(String(300), default="")
    to_verify: Mapped[bool] = mapped_column(Boolean, default=True)
    __table_args__ = (UniqueConstraint("province_code", "year", name="uq_average_wages_province_year"),)


class CrimeThresholdRecord(Base):
    __tablename__ = "crime_thresholds"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    province_code: Mapped[str] = mapped_column(String(6))
    single_worker_fen: Mapped[int] = mapped_column(BigInteger)
    single_worker_months: Mapped[int] = mapped_column(Integer, default=3)
    group_workers: Mapped[int] = mapped_column(Integer, default=10)
    group_total_fen: Mapped[int] = mapped_column(BigInteger)
    effective_from: Mapped[date] = mapped_column(Date)
    effective_to: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(300), default="")


class LocalNoteRecord(Base):
    __tablename__ = "local_notes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    province_code: Mapped[str] = mapped_column(String(6))
    topic: Mapped[str] = mapped_column(String(60))
    case_type: Mapped[str] = mapped_column(String(20), default="")
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(300), default="")


class CaseDeadline(Base):
    """Deadlines computed from a case's events (domain.periods), kept so that 工作台 can list an
    officer's due items in SQL. Rewritten for a case whenever its events change, and for every
    open case when holidays or the period catalogue change. State is not stored: it depends on
    today; ``due_date`` NULL means paused, ``met_on`` set means met.
    """

    __tablename__ = "case_deadlines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    period_code: Mapped[str] = mapped_column(String(60))
    start_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    met_on: Mapped[date | None] = mapped_column(Date)
    provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (
        Index("ix_case_deadlines_open_due", "met_on", "due_date"),  # 工作台: due soon, any case
        Index("ix_case_deadlines_case_open", "case_id", "met_on", "due_date"),  # a case's next one
        Index("ix_case_deadlines_period_due", "period_code", "due_date"),  # statistics: due in a period
    )


# ---- issued documents (0003) ----------------------------------------------------------------

class IssuedDocument(Base):
    """A numbered 文书 as issued: its files live in the data folder under their SHA-256.

    A voided document keeps its row, number and reason: the number is never handed out again
    (the family's counter only moves forward), and the register shows why it is missing.
    ``number_seq`` is set only for documents with their own 文号; the unique constraint is the
    last guard against a number issued twice.
    """

    __tablename__ = "issued_documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    form_id: Mapped[str] = mapped_column(String(80))
    family: Mapped[str] = mapped_column(String(60))
    number: Mapped[str] = mapped_column(String(120))  # as printed
    number_year: Mapped[int] = mapped_column(Integer)
    number_seq: Mapped[int | None] = mapped_column(Integer)
    recipient: Mapped[str] = mapped_column(String(200), default="")
    recipient_index: Mapped[int | None] = mapped_column(Integer)
    inputs: Mapped[str] = mapped_column(Text, default="{}")  # JSON of what the officer typed
    status: Mapped[str] = mapped_column(String(20), default="issued")  # issued / voided
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_at: Mapped[datetime | None] = mapped_column(DateTime)
    voided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    issued_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    docx_sha256: Mapped[str] = mapped_column(String(64))
    copies_printed: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (
        UniqueConstraint("family", "number_year", "number_seq",
                         name="uq_issued_documents_family_year_seq"),
    )


class ServiceRecord(Base):
    """送达: how, to whom and when one issued document was served, and the proof of it."""

    __tablename__ = "document_services"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("issued_documents.id", ondelete="CASCADE"),
                                             index=True)
    method: Mapped[str] = mapped_column(String(20))  # direct / post / leave / notice / electronic
    recipient: Mapped[str] = mapped_column(String(200))
    served_on: Mapped[date] = mapped_column(Date)
    proof: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    event_id: Mapped[int | None] = mapped_column(ForeignKey("case_events.id", ondelete="SET NULL"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class TemplateVersion(Base):
    """A template an administrator uploaded for a form; the shipped file is version 0 (no row).

    Files live in the data folder under their SHA-256; at most one row per form is active, and
    none active means the shipped template is in use.
    """

    __tablename__ = "template_versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    form_id: Mapped[str] = mapped_column(String(80), index=True)
    version: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=False)
    uploaded_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    uploaded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (UniqueConstraint("form_id", "version", name="uq_template_versions_form_version"),)


# ---- the labour-inspection path (0004) ------------------------------------------------------

class Payment(Base):
    """A payment to one worker of a case, as the employer or whoever paid for it proved it."""

    __tablename__ = "payments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    case_worker_id: Mapped[int] = mapped_column(ForeignKey("case_workers.id", ondelete="CASCADE"),
                                                index=True)
    paid_on: Mapped[date] = mapped_column(Date, index=True)  # statistics: paid in a period
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    payer: Mapped[str] = mapped_column(String(30))  # employer / general_contractor / wage_account ...
    method: Mapped[str] = mapped_column(String(20))  # bank / cash / other
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Approval(Base):
    """An action of the inspection path waiting for (or decided by) the head of the office."""

    __tablename__ = "approvals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(40))
    inputs: Mapped[str] = mapped_column(Text, default="{}")  # JSON of the action's dialog
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending/approved/refused
    requested_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    comment: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_approvals_status", "status", "requested_at"),)


# ---- the arbitration path (0007) ------------------------------------------------------------

class TribunalMember(Base):
    """Who sits on a case's 仲裁庭: one sole arbitrator (简易处理), or a presiding arbitrator and
    two members (mandatory for collective disputes); the clerk (书记员) is listed too."""

    __tablename__ = "tribunal_members"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))  # sole / presiding / member / clerk
    __table_args__ = (UniqueConstraint("case_id", "user_id", name="uq_tribunal_members_case_user"),)


class HearingRoom(Base):
    """A 仲裁庭室 the office books hearings into (设置 keeps the list)."""

    __tablename__ = "hearing_rooms"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Hearing(Base):
    """A booked hearing: a room and a local (Asia/Shanghai) day and time span. Its arbitrators
    are the case's tribunal; a room or an arbitrator is never booked twice for the same time."""

    __tablename__ = "hearings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("hearing_rooms.id"))
    hearing_date: Mapped[date] = mapped_column(Date)  # local calendar day
    start_minute: Mapped[int] = mapped_column(Integer)  # minutes after local midnight
    end_minute: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="scheduled")  # scheduled/held/postponed/cancelled
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    __table_args__ = (Index("ix_hearings_day_room", "hearing_date", "room_id"),)


class Award(Base):
    """An issued 仲裁裁决书 (or 先予执行 / 先行 award): a mixed award is two rows, the 终局 part
    (…-1号) and the 非终局 part (…-2号), each its own document (办案规则 Art. 50 ¶4)."""

    __tablename__ = "awards"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    part: Mapped[str] = mapped_column(String(20))  # whole_final / whole_non_final / final / non_final / advance / partial
    number: Mapped[str] = mapped_column(String(80), default="")
    made_on: Mapped[date] = mapped_column(Date)
    cap_fen: Mapped[int] = mapped_column(BigInteger, default=0)  # 12 × monthly minimum wage used
    partial: Mapped[bool] = mapped_column(Boolean, default=False)  # 先行裁决 (调解仲裁法 Art. 43 ¶2)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("issued_documents.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class AwardItem(Base):
    """One item of a case's award, drafted from the claims and edited by the tribunal; ``final``
    is what the rules library decided for the awarded amount (办案规则 Art. 50)."""

    __tablename__ = "award_items"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    award_id: Mapped[int | None] = mapped_column(ForeignKey("awards.id", ondelete="SET NULL"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    case_worker_id: Mapped[int | None] = mapped_column(ForeignKey("case_workers.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))  # ArrearsKind value or "labour_standard"
    label: Mapped[str] = mapped_column(String(200))
    claimed_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    awarded_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    final: Mapped[bool | None] = mapped_column(Boolean)  # None until the split is computed
    rejected: Mapped[bool] = mapped_column(Boolean, default=False)  # 驳回 this claim


# ---- the employer blacklist (0008) ----------------------------------------------------------

class Listing(Base):
    """One 失信联合惩戒 procedure against an employer arising from an inspection case: proposed,
    noticed, listed for its term (45号令: 3 years from the decision; 2017 rule: 1 year, +2),
    removed or revoked; or ended without listing (Art. 7). Its dated steps are the case's
    events (listing_notice_served, objection_received...); the row keeps the current state."""

    __tablename__ = "listings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"), index=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employers.id"), index=True)
    rule: Mapped[str] = mapped_column(String(10), default="2022")  # 2022 (45号令) / 2017 (规〔2017〕16号)
    status: Mapped[str] = mapped_column(String(20))  # proposed/noticed/listed/declined/removed/revoked
    grounds: Mapped[str] = mapped_column(Text, default="")  # 列入事由 as decided
    proposed_on: Mapped[date] = mapped_column(Date)
    decided_on: Mapped[date | None] = mapped_column(Date)  # the listing decision: the term starts
    ends_on: Mapped[date | None] = mapped_column(Date)  # last day of the term (restarts after fraud)
    removed_on: Mapped[date | None] = mapped_column(Date)
    removal_kind: Mapped[str] = mapped_column(String(20), default="")  # expiry/early/revoked
    decision_number: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (Index("ix_listings_status_end", "status", "ends_on"),)


class ListingSubject(Base):
    """Who a listing names (45号令 Art. 5): the employer, its legal representative or principal,
    and the directly responsible persons."""

    __tablename__ = "listing_subjects"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    listing_id: Mapped[int] = mapped_column(ForeignKey("listings.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # employer / legal_representative / responsible
    name: Mapped[str] = mapped_column(String(200))
    id_number: Mapped[str] = mapped_column(String(18), default="", index=True)  # 身份证号 or 信用代码
    position: Mapped[str] = mapped_column(String(50), default="")  # 职务


# ---- legal-aid referral (0009) --------------------------------------------------------------

class LegalAidCentre(Base):
    """A 法律援助中心 or an on-site 工作站 the office refers workers to (设置 keeps the list);
    ``counties`` are the GB/T 2260 codes (or prefixes: 4101 for all of Zhengzhou) it serves."""

    __tablename__ = "legal_aid_centres"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="centre")  # centre / workstation
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    counties: Mapped[str] = mapped_column(Text, default="")  # codes or prefixes, comma separated
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Referral(Base):
    """One 法律援助 referral of a case to a centre: for one worker, or (``case_worker_id`` null)
    for a collective case's representatives. Its steps are dated here; each has its deadline
    from the period catalogue (legal_aid.*)."""

    __tablename__ = "referrals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    case_worker_id: Mapped[int | None] = mapped_column(ForeignKey("case_workers.id", ondelete="CASCADE"))
    centre_id: Mapped[int | None] = mapped_column(ForeignKey("legal_aid_centres.id"))
    # drafted / sent / received / accepted / refused / assigned / closed
    status: Mapped[str] = mapped_column(String(20), default="drafted")
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)  # 法律援助法 Art. 44: aid first
    urgency: Mapped[str] = mapped_column(Text, default="")  # why (the deadline fewer than 7 days away)
    applied_on: Mapped[date] = mapped_column(Date)  # the worker asked
    sent_on: Mapped[date | None] = mapped_column(Date)
    received_on: Mapped[date | None] = mapped_column(Date)
    decided_on: Mapped[date | None] = mapped_column(Date)
    assigned_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    refusal_reason: Mapped[str] = mapped_column(Text, default="")
    lawyer_name: Mapped[str] = mapped_column(String(50), default="")
    lawyer_firm: Mapped[str] = mapped_column(String(100), default="")
    lawyer_phone: Mapped[str] = mapped_column(String(50), default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (Index("ix_referrals_status_sent", "status", "sent_on"),)


# ---- saved filters, 我的工作队列 (0010) --------------------------------------------------------

class SavedFilter(Base):
    """One user's named set of case-list conditions (我的工作队列), kept for one list: all cases,
    the inspection or the arbitration list. ``criteria`` is the filter as JSON (services/
    saved_filters.py reads and writes it); ``position`` orders a user's filters of one list."""

    __tablename__ = "saved_filters"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(50))
    list_key: Mapped[str] = mapped_column(String(30))  # all / inspection / arbitration
    criteria: Mapped[str] = mapped_column(Text, default="{}")
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    __table_args__ = (UniqueConstraint("user_id", "list_key", "name",
                                       name="uq_saved_filters_user_list_name"),)


# the search index follows every insert of a case (its DDL and mapper events): loaded with the
# models, so that no writer can add a case the search does not know
from .search_index import install as _install_search_index  # noqa: E402

_install_search_index(Case)
