"""The services of one open database, built once by the composition root (``duodesk.app``)
or the command line (``duodesk.cli``) and passed down; no service is a global.

The services every start needs (organisation, persons) are built at once; the others are
built, and their modules imported, the first time they are used, so that the window's
start-up does not pay for the import, matching or duo code it does not show yet.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from duodesk.core.database import Database
from duodesk.core.services.organisation import OrganisationService
from duodesk.core.services.persons import PersonService

if TYPE_CHECKING:
    from duodesk.core.calendar import CalendarService
    from duodesk.core.exchange.service import ExchangeService
    from duodesk.core.imports.service import ImportService
    from duodesk.core.matching import MatchingService
    from duodesk.core.privacy.anonymise import AnonymisationService
    from duodesk.core.privacy.audit_log import AuditLogService
    from duodesk.core.privacy.consents import ConsentService
    from duodesk.core.privacy.erasure import ErasureService
    from duodesk.core.privacy.retention import RetentionService
    from duodesk.core.reports import ReportService
    from duodesk.core.services.duos import DuoService
    from duodesk.core.services.partners import PartnerService
    from duodesk.core.services.today import TodayService


class Services:
    """Everything the screens and commands need, on one database."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.organisation = OrganisationService(db)
        self.persons = PersonService(db)

    @cached_property
    def duos(self) -> DuoService:
        from duodesk.core.services.duos import DuoService

        return DuoService(self.db)

    @cached_property
    def today(self) -> TodayService:
        from duodesk.core.services.today import TodayService

        return TodayService(self.db)

    @cached_property
    def matching(self) -> MatchingService:
        from duodesk.core.matching import MatchingService

        return MatchingService(self.db)

    @cached_property
    def partners(self) -> PartnerService:
        from duodesk.core.services.partners import PartnerService

        return PartnerService(self.db)

    @cached_property
    def imports(self) -> ImportService:
        from duodesk.core.imports.service import ImportService

        return ImportService(self.db)

    @cached_property
    def exchange(self) -> ExchangeService:
        from duodesk.core.exchange.service import ExchangeService

        return ExchangeService(self.db)

    @cached_property
    def calendar(self) -> CalendarService:
        from duodesk.core.calendar import CalendarService

        return CalendarService(self.db)

    @cached_property
    def reports(self) -> ReportService:
        from duodesk.core.reports import ReportService

        return ReportService(self.db)

    @cached_property
    def consents(self) -> ConsentService:
        from duodesk.core.privacy.consents import ConsentService

        return ConsentService(self.db)

    @cached_property
    def retention(self) -> RetentionService:
        from duodesk.core.privacy.retention import RetentionService

        return RetentionService(self.db)

    @cached_property
    def anonymisation(self) -> AnonymisationService:
        from duodesk.core.privacy.anonymise import AnonymisationService

        return AnonymisationService(self.db)

    @cached_property
    def erasure(self) -> ErasureService:
        from duodesk.core.privacy.erasure import ErasureService

        return ErasureService(self.db)

    @cached_property
    def audit_log(self) -> AuditLogService:
        from duodesk.core.privacy.audit_log import AuditLogService

        return AuditLogService(self.db)

    @property
    def database_path(self) -> Path:
        return self.db.path

    def close(self) -> None:
        self.db.close()


def build_services(db: Database) -> Services:
    return Services(db)
