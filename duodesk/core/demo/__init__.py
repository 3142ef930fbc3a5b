"""Realistic, deterministic demo data for one antenna (``duodesk demo``, SPEC §11).

:func:`generate_demo` fills an empty database with the coordinators, referring partners,
mentees, mentors, duos, meetings, evaluations and consents of one antenna over the three
years up to ``today``: every status of SPEC §3 present, dates consistent along each path,
and the published impact figures (``seeds/impact.txt``) coming out of the tables by the
definitions of SPEC §8. The same seed and size give the same rows, ids included; nothing
depends on the clock but ``today``. Names are invented (:mod:`.names`), postcodes real
(:mod:`.places`). Everything is one transaction: a cancel or an error leaves nothing.

How: the paths are planned first in memory (:mod:`.mentors`, :mod:`.mentees`), then written
in bulk (:mod:`.people`, :mod:`.activity`, :mod:`.bulk`).
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duodesk.core import models
from duodesk.core.context import Services
from duodesk.core.demo.activity import DuoWriter, write_group_sessions
from duodesk.core.demo.bulk import BulkWriter, IdStream, uuid4_int
from duodesk.core.demo.mentees import MenteePlanner
from duodesk.core.demo.mentors import HORIZON, MentorPlanner
from duodesk.core.demo.names import BELGIAN_ORIGINS, full_name
from duodesk.core.demo.output import Output
from duodesk.core.demo.people import PeopleWriter
from duodesk.core.demo.places import COMPANY_PARTNERS, Region, region_for
from duodesk.core.errors import DemoNotEmpty, InvalidValue
from duodesk.core.progress import Progress
from duodesk.core.services.audit import CURRENT_COORDINATOR_KEY
from duodesk.core.services.organisation import HOME_ANTENNA_KEY
from duodesk.core.text import fold

__all__ = ["MAX_MENTEES", "MIN_MENTEES", "DemoSummary", "generate_demo"]

MIN_MENTEES = 50
MAX_MENTEES = 1_000_000
MENTORS_PER_MENTEE = 0.2
LANDLINE_PREFIX = {"BXL": "2", "ANT": "3", "GNT": "9", "LGE": "4", "MEC": "15", "VRV": "87",
                   "CRL": "71"}


@dataclass(frozen=True)
class DemoSummary:
    """How many records the demo generation created."""

    mentees: int
    mentors: int
    duos: int
    meetings: int
    evaluations: int
    coordinators: int
    partners: int


class _Steps:
    """Progress in thousandths over phases of known size; each step may raise Cancelled."""

    TOTAL = 1000

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.start, self.span, self.units, self.done, self.last = 0, 0, 1, 0, -1

    def phase(self, start: int, end: int, units: int) -> None:
        self.start, self.span, self.units, self.done = start, end - start, max(1, units), 0
        self.report(start)

    def tick(self) -> None:
        self.done += 1
        if self.done % 256 == 0:
            self.report(self.start + self.span * min(self.done, self.units) // self.units)

    def check(self) -> None:
        """Give a cancel request its chance (after each bulk insert)."""
        if self.progress is not None:
            self.progress.step(max(self.last, 0), self.TOTAL)

    def report(self, value: int) -> None:
        if self.progress is not None and value != self.last:
            self.last = value
            self.progress.step(value, self.TOTAL)


def generate_demo(
    services: Services,
    *,
    mentees: int = 1000,
    seed: int = 7,
    progress: Progress | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Fill the empty database of ``services`` with demo data for its home antenna.

    ``mentees`` mentees (between :data:`MIN_MENTEES` and :data:`MAX_MENTEES`) and a fifth as
    many mentors; ``seed`` makes the data (ids included) the same at every run; ``today`` is
    the day the data lead up to (``None``: the real date — the only thing the result takes
    from the clock). The home antenna (Settings) is used, Brussels when none is set, and
    becomes the home antenna; the first demo coordinator becomes the current one if nobody
    is. ``progress`` receives thousandths and can cancel: the whole generation is one
    transaction, so a cancel (:class:`~duodesk.core.errors.Cancelled`) leaves nothing.

    Raises :class:`~duodesk.core.errors.DemoNotEmpty` when the database holds persons,
    :class:`~duodesk.core.errors.InvalidValue` for a size out of range.
    """
    if not MIN_MENTEES <= mentees <= MAX_MENTEES:
        raise InvalidValue(field="mentees", reason="out_of_range", minimum=MIN_MENTEES,
                           maximum=MAX_MENTEES)
    day = (today or date.today()).toordinal()
    steps = _Steps(progress)
    steps.report(0)
    home = services.organisation.home_antenna()
    with services.db.write() as session:
        persons = session.scalar(select(func.count()).select_from(models.Person)) or 0
        if persons:
            raise DemoNotEmpty(path=str(services.database_path), persons=persons)
        antenna_id, antenna_code = _antenna(session, home.id if home else None)
        return _generate(session, antenna_id, antenna_code, mentees, seed, day, steps)


def _antenna(session: Session, home: uuid.UUID | None) -> tuple[uuid.UUID, str]:
    antenna = session.get(models.Antenna, home) if home else None
    if antenna is None:
        antenna = session.scalar(select(models.Antenna).where(models.Antenna.code == "BXL"))
    if antenna is None:
        antenna = models.Antenna(code="BXL", name="Bruxelles / Brussel")
        session.add(antenna)
        session.flush()
    if home is None:
        session.merge(models.AppSetting(key=HOME_ANTENNA_KEY, value=str(antenna.id)))
    return antenna.id, antenna.code


def _generate(session: Session, antenna_id: uuid.UUID, antenna_code: str, mentee_count: int,
              seed: int, today: int, steps: _Steps) -> DemoSummary:
    def stream(name: str) -> random.Random:
        return random.Random(f"duodesk-demo:{seed}:{name}")

    region = region_for(antenna_code)
    writer = BulkWriter(session, on_flush=steps.check)
    values = writer.values
    ids, rows, names = stream("ids"), stream("rows"), stream("names")
    coordinator_count = min(8, 4 + mentee_count // 25_000)
    coordinators = _coordinators(writer, ids, names, today, antenna_id, coordinator_count)
    partners, partner_count = _partners(session, writer, ids, names, today, region,
                                        antenna_code)
    if not session.scalar(select(models.AppSetting.value)
                          .where(models.AppSetting.key == CURRENT_COORDINATOR_KEY)):
        session.merge(models.AppSetting(key=CURRENT_COORDINATOR_KEY,
                                        value=str(uuid.UUID(int=coordinators[0]))))

    plan = stream("plan")
    steps.phase(0, 60, 2)
    mentor_count = max(1, round(mentee_count * MENTORS_PER_MENTEE))
    mentors = MentorPlanner(plan, today, region.language, coordinator_count).plan_all(
        mentor_count)
    steps.report(30)
    mentees = MenteePlanner(plan, today, region.language, coordinator_count, mentors,
                            mentee_count).plan_all()
    # Persons and duos get increasing ids in the order they are written (see IdStream).
    record_ids = IdStream(ids, len(mentors) + len(mentees))
    for person in (*mentors, *mentees):
        person.uid = record_ids()
    duos = sorted((duo for mentor in mentors for duo in mentor.duos),
                  key=lambda duo: (duo.proposed, duo.mentor, duo.first_meeting))
    duo_ids = IdStream(ids, len(duos))
    for duo in duos:
        duo.uid = duo_ids()

    with writer:
        # About thirty rows with an id per person; room for four times as many.
        out = Output(writer, IdStream(stream("row-ids"), 128 * (len(mentors) + len(mentees))),
                     rows, today, region, values.uid(antenna_id.int),
                     [values.uid(number) for number in coordinators], partners, steps.tick)
        people = PeopleWriter(out, names)
        steps.phase(60, 250, len(mentors))
        for mentor in mentors:
            people.mentor(mentor)
            writer.maybe_flush()
        steps.phase(250, 600, len(mentees))
        for mentee in mentees:
            first = mentee.duos[0].mentor if mentee.duos else None
            people.mentee(mentee, mentors[first] if first is not None else None)
            writer.maybe_flush()
        steps.phase(600, 900, len(duos))
        duo_writer = DuoWriter(out, mentees, mentors,
                               sum(1 for duo in duos if duo.start is not None))
        for duo in duos:
            duo_writer.write(duo)
            writer.maybe_flush()
        steps.phase(900, 990, 1)
        write_group_sessions(out)
    steps.report(1000)
    counts = writer.counts
    return DemoSummary(
        mentees=counts.get("mentees", 0), mentors=counts.get("mentors", 0),
        duos=counts.get("duos", 0), meetings=counts.get("meetings", 0),
        evaluations=counts.get("evaluations", 0), coordinators=coordinator_count,
        partners=partner_count)


def _coordinators(writer: BulkWriter, ids: random.Random, names: random.Random, today: int,
                  antenna_id: uuid.UUID, count: int) -> list[int]:
    values = writer.values
    rows = writer.rows("coordinators", ("id", "created_at", "updated_at", "name",
                                                      "email", "antenna_id", "active"))
    created: list[int] = []
    taken: set[str] = set()
    while len(created) < count:
        origin = BELGIAN_ORIGINS["flemish" if len(created) % 3 == 1 else "walloon"]
        first, last = full_name(origin, "F" if names.random() < 0.6 else "M", names)
        if last in taken:
            continue
        taken.add(last)
        number = uuid4_int(ids.getrandbits(128))
        since = values.stamp(today - HORIZON - 365 + 30 * len(created), 540)
        email = f"{_ascii(first)}.{_ascii(last)}@example.org"
        rows.append((values.uid(number), since, since, f"{first} {last}", email,
                     values.uid(antenna_id.int), True))
        created.append(number)
    return created


def _partners(session: Session, writer: BulkWriter, ids: random.Random, names: random.Random,
              today: int, region: Region, antenna_code: str
              ) -> tuple[dict[str, list[tuple[Any, str]]], int]:
    """The referring partners of the region and the companies lending mentors, by kind;
    partners the database already knows (by name) are used as they are."""
    values = writer.values
    known = {name: partner_id for partner_id, name in session.execute(
        select(models.Partner.id, models.Partner.name))}
    rows = writer.rows("partners", ("id", "created_at", "updated_at", "name",
                                                  "kind", "contact_name", "contact_email",
                                                  "contact_phone"))
    by_kind: dict[str, list[tuple[Any, str]]] = {}
    prefix = LANDLINE_PREFIX.get(antenna_code, "2")
    created = 0
    for name, kind in (*region.partners, *((name, "company") for name in COMPANY_PARTNERS)):
        if name in known:
            stored = values.uid(known[name].int)
        else:
            stored = values.uid(uuid4_int(ids.getrandbits(128)))
            first, last = full_name(BELGIAN_ORIGINS["walloon" if region.language != "nl"
                                                    else "flemish"], "X", names)
            since = values.stamp(today - HORIZON - 200 - names.randrange(300), 600)
            phone = f"+32{prefix}{names.randrange(10 ** (8 - len(prefix))):0{8 - len(prefix)}d}"
            rows.append((stored, since, since, name, kind, f"{first} {last}",
                         f"{_ascii(first)}.{_ascii(last)}@example.org", phone))
            created += 1
        by_kind.setdefault(kind, []).append((stored, name))
    return by_kind, created


def _ascii(name: str) -> str:
    return "".join(ch for ch in fold(name) if ch.isalnum() or ch == "-")
