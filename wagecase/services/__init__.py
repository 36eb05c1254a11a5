"""Use cases. The UI and the CLI talk to ``Services`` only; they get DTOs back (dto.py)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from .context import ServiceContext
from .lookup import LookupService
from .queries import CaseQueries
from .reference import ReferenceService
from .users import UserService

if TYPE_CHECKING:
    from .case_rules import CaseRulesService
    from .deadlines import DeadlineService
    from .documents import DocumentService
    from .inspection import InspectionService
    from .intake import IntakeService
    from .roster import RosterService
    from .arbitration import ArbitrationService
    from .assignment import AssignmentService
    from .audit_view import AuditService
    from .awards import AwardService
    from .blacklist import BlacklistService
    from .demo import DemoService
    from .employers import EmployerService
    from .exchange import ExchangeService
    from .hearings import HearingService
    from .legal_aid import LegalAidService
    from .legal_aid_centres import LegalAidCentreService
    from .office_setup import OfficeSetupService
    from .publication import PublicationService
    from .safety import SafetyService
    from .saved_filters import SavedFilterService
    from .statistics import StatisticsService
    from .stats_export import StatsExporter


@dataclass
class Services:
    ctx: ServiceContext
    cases: CaseQueries
    lookup: LookupService
    users: UserService
    reference: ReferenceService

    # everything else loads on first use, after the first painted window (bench figure 1): the
    # rules library, the document pipeline and the paths cost ≈100 ms of imports
    @cached_property
    def intake(self) -> "IntakeService":
        from .intake import IntakeService

        return IntakeService(self.ctx)

    @cached_property
    def roster(self) -> "RosterService":
        from .roster import RosterService

        return RosterService(self.ctx)

    @cached_property
    def deadlines(self) -> "DeadlineService":
        from .deadlines import DeadlineService

        return DeadlineService(self.ctx)

    @cached_property
    def rules(self) -> "CaseRulesService":
        from .case_rules import CaseRulesService

        return CaseRulesService(self.ctx)

    @cached_property
    def documents(self) -> "DocumentService":
        from .documents import DocumentService

        return DocumentService(self.ctx)

    @cached_property
    def inspection(self) -> "InspectionService":
        from .inspection import InspectionService

        return InspectionService(self.ctx)

    # the arbitration path's services load on first use: not on the path to the first window
    @cached_property
    def arbitration(self) -> "ArbitrationService":
        from .arbitration import ArbitrationService

        return ArbitrationService(self.ctx)

    @cached_property
    def hearings(self) -> "HearingService":
        from .hearings import HearingService

        return HearingService(self.ctx)

    @cached_property
    def awards(self) -> "AwardService":
        from .awards import AwardService

        return AwardService(self.ctx)

    @cached_property
    def employers(self) -> "EmployerService":
        from .employers import EmployerService

        return EmployerService(self.ctx)

    @cached_property
    def exchange(self) -> "ExchangeService":
        # cryptography and the zip code load when a case package is first made or opened
        from .exchange import ExchangeService

        return ExchangeService(self.ctx, form_title=lambda form_id: getattr(
            self.documents.catalogue().get(form_id), "title", form_id))

    @cached_property
    def publication(self) -> "PublicationService":
        from .publication import PublicationService

        return PublicationService(self.ctx)

    @cached_property
    def legal_aid_centres(self) -> "LegalAidCentreService":
        from .legal_aid_centres import LegalAidCentreService

        return LegalAidCentreService(self.ctx)

    @cached_property
    def legal_aid(self) -> "LegalAidService":
        from .legal_aid import LegalAidService

        return LegalAidService(self.ctx)

    @cached_property
    def blacklist(self) -> "BlacklistService":
        from .blacklist import BlacklistService

        return BlacklistService(self.ctx)

    @cached_property
    def saved_filters(self) -> "SavedFilterService":
        from .saved_filters import SavedFilterService

        return SavedFilterService(self.ctx)

    @cached_property
    def safety(self) -> "SafetyService":
        from .safety import SafetyService

        return SafetyService(self.ctx)

    @cached_property
    def demo(self) -> "DemoService":
        # the generator and its bulk writer cost ~150 ms to import: not on the path to the
        # first painted window
        from .demo import DemoService

        return DemoService(self.ctx)

    @cached_property
    def setup(self) -> "OfficeSetupService":
        from .office_setup import OfficeSetupService

        return OfficeSetupService(self.ctx)

    @classmethod
    def create(cls, ctx: ServiceContext) -> "Services":
        return cls(ctx=ctx, cases=CaseQueries(ctx), lookup=LookupService(ctx), users=UserService(ctx),
                   reference=ReferenceService(ctx))

    @cached_property
    def statistics(self) -> "StatisticsService":
        from .statistics import StatisticsService, served_forms

        return StatisticsService(self.ctx, served_forms=lambda: served_forms(self.documents.catalogue()))

    @cached_property
    def stats_export(self) -> "StatsExporter":
        from .stats_export import StatsExporter

        return StatsExporter(self.ctx)

    @cached_property
    def assignment(self) -> "AssignmentService":
        from .assignment import AssignmentService

        return AssignmentService(self.ctx)

    @cached_property
    def audit_log(self) -> "AuditService":
        from .audit_view import AuditService

        return AuditService(self.ctx)
