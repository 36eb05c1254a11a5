"""What case exchange (services/exchange.py) hands to the UI and the CLI: plain frozen values."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .dto import Changes


@dataclass(frozen=True)
class OfficeKeyView:
    """This workstation's signing key as 设置 shows it."""

    fingerprint: str  # 64 hex digits
    display: str  # 3F9A 1C0B …: what is read out on the phone
    office: str  # the office named in exported packages and key files


@dataclass(frozen=True)
class TrustedOffice:
    fingerprint: str
    display: str
    office: str
    added_at: datetime | None  # local wall time
    added_by: str


@dataclass(frozen=True)
class KeyFileView:
    """A public-key file opened before trusting it: compare ``display`` with what the other
    office reads out on the phone."""

    office: str
    fingerprint: str
    display: str
    trusted_as: str = ""  # the name it is already trusted under, if it is
    own: bool = False  # this workstation's own key


@dataclass(frozen=True)
class Exported:
    path: Path
    case_number: str
    attachments: int
    documents: int
    size: int  # bytes of the package
    fingerprint: str  # display form of the key that signed it


@dataclass(frozen=True)
class PlanLine:
    """One thing the import will create or link: 用人单位 · 河南豫顺劳务有限公司 · 关联本地已有记录."""

    what: str
    name: str
    action: str


@dataclass(frozen=True)
class ImportPreview:
    package_id: str  # pass back to import_package: the very package that was looked at
    path: str
    origin_office: str  # as the exporting office named itself
    signer_office: str  # the name this office trusts the signing key under
    signer_fingerprint: str  # display form
    exported_at: datetime  # local wall time
    exported_by: str
    app_version: str
    case_number: str  # the exporting office's case number
    case_type_label: str
    status_label: str
    worker_count: int
    claimed_text: str
    attachments: int
    documents: int
    events: int
    payments: int
    lines: tuple[PlanLine, ...] = ()
    conflicts: tuple[str, ...] = ()  # local records that differ (existing records win)
    notes: tuple[str, ...] = field(default_factory=tuple)  # worth knowing before confirming


@dataclass(frozen=True)
class Imported:
    case_id: int
    case_number: str  # the number this office gave it
    origin_case_number: str
    conflicts: tuple[str, ...]
    changes: Changes
