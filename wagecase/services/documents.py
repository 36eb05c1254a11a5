"""文书: render, number, issue, re-print, void and serve the official documents of a case."""
from __future__ import annotations

from .context import ServiceContext
from .dto import Changes, FormChoice, IssuedDocumentView, RenderedFile, ServiceInput


class DocumentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def forms_for_case(self, case_id: int) -> list[FormChoice]:
        raise NotImplementedError

    def preview(self, case_id: int, form_id: str, fmt: str = "pdf",
                inputs: dict[str, str] | None = None, recipient_index: int | None = None) -> RenderedFile:
        """A draft: same layout, number shown as （草稿）, nothing stored."""
        raise NotImplementedError

    def issue(self, case_id: int, form_id: str, inputs: dict[str, str] | None = None
              ) -> tuple[list[IssuedDocumentView], Changes]:
        """Number and store the document (one per worker/respondent when the form says so)."""
        raise NotImplementedError

    def documents(self, case_id: int) -> list[IssuedDocumentView]:
        raise NotImplementedError

    def file(self, document_id: int, fmt: str = "pdf") -> RenderedFile:
        """The stored document; a re-print is marked 副本 and otherwise identical."""
        raise NotImplementedError

    def void(self, document_id: int, reason: str) -> Changes:
        raise NotImplementedError

    def record_service(self, document_id: int, data: ServiceInput) -> Changes:
        raise NotImplementedError
