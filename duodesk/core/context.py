"""The services of one open database, built once by the composition root (``duodesk.app``)
or the command line (``duodesk.cli``) and passed down; no service is a global."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from duodesk.core.database import Database
from duodesk.core.imports.service import ImportService
from duodesk.core.matching import MatchingService
from duodesk.core.services.duos import DuoService
from duodesk.core.services.organisation import OrganisationService
from duodesk.core.services.partners import PartnerService
from duodesk.core.services.persons import PersonService
from duodesk.core.services.today import TodayService


@dataclass
class Services:
    """Everything the screens and commands need, on one database."""

    db: Database
    organisation: OrganisationService
    persons: PersonService
    duos: DuoService
    today: TodayService
    matching: MatchingService
    partners: PartnerService
    imports: ImportService

    @property
    def database_path(self) -> Path:
        return self.db.path

    def close(self) -> None:
        self.db.close()


def build_services(db: Database) -> Services:
    return Services(db=db, organisation=OrganisationService(db), persons=PersonService(db),
                    duos=DuoService(db), today=TodayService(db), matching=MatchingService(db),
                    partners=PartnerService(db), imports=ImportService(db))
