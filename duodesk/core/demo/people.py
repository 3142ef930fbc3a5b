"""Writing the planned mentees and mentors: their files (names, contacts, languages, sectors,
availability…), consents, status history, intake interview and journal notes, and their
invitations to information sessions."""

from __future__ import annotations

import random
from datetime import date
from functools import cache
from typing import Any

from duodesk.core.demo.days import years_before
from duodesk.core.demo.model import PersonPlan
from duodesk.core.demo.names import BELGIAN_ORIGINS, MENTEE_ORIGINS, Origin, full_name
from duodesk.core.demo.output import Output
from duodesk.core.demo.places import COMPANIES, Place
from duodesk.core.demo.rates import Weighted, choice, randint
from duodesk.core.demo.texts import (
    INTERESTS,
    JOURNAL_INTAKE,
    LAST_JOBS,
    PROJECTS,
    SECTOR_WEIGHTS_MENTEE,
)
from duodesk.core.text import fold, name_sort_key

PERSON_COLUMNS = ("id", "created_at", "updated_at", "role", "antenna_id", "coordinator_id",
                  "first_name", "last_name", "sort_key", "gender", "birth_date", "email",
                  "phone", "postal_code", "municipality", "availability", "registered_on",
                  "age_override_reason")
MENTEE_COLUMNS = ("id", "status", "referral_partner_id", "referrer_contact", "referral_date",
                  "education_level", "diploma_recognised", "professional_project",
                  "digital_skills", "driving_licence", "jobseeker_service", "target_group_met",
                  "preferred_mentor_gender")
MENTOR_COLUMNS = ("id", "status", "last_job", "employer", "company_partner_id",
                  "working_status", "trained_on", "max_duos", "paused_until")
CONSENT_COLUMNS = ("id", "created_at", "updated_at", "person_id", "purpose", "given_on",
                   "text_version", "collected_by_id", "withdrawn_on")
CONSENT_TEXT_VERSION = "2024-1"
EMAIL_DOMAINS = ("example.org", "example.net", "example.com")  # reserved by RFC 2606
MOBILE_PREFIXES = ("460", "465", "466", "467", "468", *map(str, range(470, 480)),
                   *map(str, range(483, 490)), *map(str, range(490, 500)))
EDUCATION = Weighted((("none", 5), ("primary", 8), ("lower_secondary", 17),
                      ("upper_secondary", 34), ("higher_short", 15), ("higher_long", 15),
                      ("doctorate", 1), ("unknown", 5)))
BARRIERS = Weighted((("experience", 50), ("network", 60), ("language", 35), ("confidence", 35),
                     ("discrimination", 22), ("other", 8)))
DIPLOMA = Weighted((("yes", 35), ("no", 40), ("in_progress", 25)))
DIGITAL = Weighted((("none", 5), ("basic", 35), ("good", 45), ("advanced", 15)))
SECTOR_COUNT = Weighted(((1, 40), (2, 40), (3, 20)))
MENTEE_SECTOR = Weighted(SECTOR_WEIGHTS_MENTEE)
REFERRAL_KIND = Weighted((("employment_service", 45), ("cpas_ocmw", 25), ("association", 20),
                          ("", 10)))
EMAIL_FORM = Weighted(((0, 40), (1, 15), (2, 15), (3, 20), (4, 10)))
DIPLOMA_LEVELS = frozenset({"upper_secondary", "higher_short", "higher_long", "doctorate"})
MENTEE_SLOTS = tuple(day * 3 + part for day in range(6) for part in range(3))
RETIRED_SLOTS = tuple(day * 3 + part for day in range(5) for part in range(2))
WORKING_SLOTS = (*(day * 3 + 2 for day in range(5)), 15, 16)  # evenings, Saturday


# Names repeat a lot: their folded forms are worth remembering.
sort_key = cache(name_sort_key)


@cache
def email_part(name: str) -> str:
    """A name as it appears in an email address: ``Aït Ouali`` → ``aitouali``."""
    return "".join(ch for ch in fold(name) if ch.isalnum() or ch == "-").strip("-")


class PeopleWriter:
    """Writes persons, in the order they were planned."""

    def __init__(self, out: Output, names: random.Random) -> None:
        self.out = out
        self.rng = out.rng
        self.names = names
        writer = out.writer
        self.persons = writer.rows("persons", PERSON_COLUMNS)
        self.mentee_rows = writer.rows("mentees", MENTEE_COLUMNS)
        self.mentor_rows = writer.rows("mentors", MENTOR_COLUMNS)
        self.languages = writer.rows("person_languages", ("person_id", "language", "level"))
        self.sectors = writer.rows("person_sectors", ("person_id", "sector"))
        self.interests = writer.rows("person_interests", ("person_id", "interest"))
        self.barriers = writer.rows("mentee_barriers", ("mentee_id", "barrier"))
        self.modules = writer.rows("mentor_training_modules",
                                   ("mentor_id", "module", "completed_on"))
        self.consents = writer.rows("consents", CONSENT_COLUMNS)
        self.emails: set[str] = set()
        self.phones: set[str] = set()
        region = out.region
        self.mentee_places = Weighted([(place, place[2]) for place in region.mentee_places])
        self.mentor_places = Weighted([(place, place[2]) for place in region.mentor_places])
        service = region.jobseeker_service
        self.services = Weighted(((service, 75), ("vdab" if service == "actiris" else service, 5),
                                  ("none", 20)))

    # --- common ---------------------------------------------------------------------------
    def _contact(self, first: str, last: str, birth_year: int) -> tuple[str | None, str]:
        rng = self.rng
        given, family = email_part(first), email_part(last)
        form = EMAIL_FORM(rng)
        local = (f"{given}.{family}", f"{given}{family}", f"{given[:1]}.{family}",
                 f"{given}.{family}{birth_year % 100:02d}", f"{family}.{given}")[form]
        domain = choice(rng, EMAIL_DOMAINS)
        email, number = f"{local}@{domain}", 1
        while email in self.emails:
            number += 1
            email = f"{local}{number}@{domain}"
        self.emails.add(email)
        phone = ""
        while not phone or phone in self.phones:
            phone = f"+32{choice(rng, MOBILE_PREFIXES)}{int(rng.random() * 10**6):06d}"
        self.phones.add(phone)
        return email, phone

    def _birth(self, registered: int, age: int) -> int:
        """A birth day that makes the person exactly ``age`` on ``registered``."""
        return randint(self.rng, years_before(registered, age + 1) + 1,
                       years_before(registered, age))

    def _availability(self, slots: tuple[int, ...], count: int) -> int:
        rng, mask = self.rng, 0
        for _ in range(count):
            mask |= 1 << choice(rng, slots)  # a repeat is simply one part fewer
        return mask

    def _text_language(self, person: PersonPlan) -> str:
        good = person.good_languages()
        if self.out.region.language == "nl" or ("nl" in good and "fr" not in good):
            return "nl"
        return "fr"

    def _person(self, person: PersonPlan, role: str, origin: Origin, age: int,
                places: Weighted[Place], availability: int) -> tuple[Any, int]:
        out, values, rng = self.out, self.out.values, self.rng
        uid = values.uid(person.uid)
        first, last = full_name(origin, person.gender, self.names)
        birth = self._birth(person.registered, age)
        email, phone = self._contact(first, last, date.fromordinal(birth).year)
        if rng.random() < (0.12 if role == "mentee" else 0.03):
            email = None
        postcode, municipality, _ = places(rng)
        last_day = person.events[-1][0]
        self.persons.append((
            uid, out.stamp(person.registered), out.stamp(last_day), role, out.antenna,
            out.coordinators[person.coordinator], first, last, sort_key(last, first),
            person.gender, values.day(birth), email, phone, postcode, municipality,
            availability, values.day(person.registered), None))
        for code, level in person.languages:
            self.languages.append((uid, code, level))
        language = self._text_language(person)
        for interest in sorted({choice(rng, INTERESTS[language])
                                for _ in range(randint(rng, 0, 3))}):
            self.interests.append((uid, interest))
        out.status_history(uid, person.events, out.coordinators[person.coordinator])
        self._sessions(person, uid, role, language)
        return uid, birth

    def _sessions(self, person: PersonPlan, uid: Any, role: str, language: str) -> None:
        out, rng = self.out, self.rng
        held = {status: day for day, status in person.events}
        if person.info is not None:
            attended = True if "info_session" in held else (
                False if person.info <= out.today else None)
            out.invitations.append((person.info, "info_session", role, uid, attended))
        if person.intake is not None:
            coordinator = out.coordinators[person.coordinator]
            done = "intake" in held
            meeting = out.meeting("intake", person.intake, choice(rng, (570, 630, 810, 870, 930)),
                                  60, out.office(), coordinator, None, None,
                                  "done" if done else "planned")
            out.attendees.append((meeting, uid, True if done else None))
            if done and rng.random() < 0.35:
                moment = out.stamp(person.intake, 1000)
                out.journal.append((out.new_id(), moment, moment, uid, moment, coordinator,
                                    JOURNAL_INTAKE[language]))

    def _consents(self, person: PersonPlan, uid: Any, followup: bool, extra: tuple[str, ...]
                  ) -> None:
        out, values, rng = self.out, self.out.values, self.rng
        collected = out.coordinators[person.coordinator]
        gone = next((day for day, status in person.events
                     if status in ("withdrawn", "left", "not_eligible")), None)
        given: list[tuple[str, int, int | None]] = []
        if rng.random() < 0.985:
            withdrawn = gone if gone is not None and rng.random() < 0.4 else None
            given.append(("programme", person.registered, withdrawn))
        intake = person.intake if person.intake is not None and person.intake <= out.today \
            else None
        if intake is not None:
            if followup:
                withdrawn = None
                if rng.random() < 0.03 and intake < out.today - 30:
                    withdrawn = randint(rng, intake + 30, out.today)
                    if any(duo.outcome_day and duo.outcome_day >= withdrawn
                           for duo in person.duos):
                        withdrawn = None
                given.append(("followup_contact", intake, withdrawn))
            for purpose in extra:
                given.append((purpose, intake, None))
        for purpose, day, withdrawn in given:
            created = out.stamp(day)
            self.consents.append((out.new_id(), created,
                                  out.stamp(withdrawn) if withdrawn else created, uid, purpose,
                                  values.day(day), CONSENT_TEXT_VERSION, collected,
                                  values.day(withdrawn)))

    # --- mentees ---------------------------------------------------------------------------
    def mentee(self, mentee: PersonPlan, first_mentor: PersonPlan | None) -> None:
        out, values, rng = self.out, self.out.values, self.rng
        age = 18 + min(15, int(rng.triangular(0, 16, 5)))
        uid, _ = self._person(mentee, "mentee", MENTEE_ORIGINS[mentee.origin], age,
                              self.mentee_places,
                              self._availability(MENTEE_SLOTS, randint(rng, 4, 12)))
        count = SECTOR_COUNT(rng)
        sectors: list[str] = []
        while len(sectors) < count:
            sector = MENTEE_SECTOR(rng)
            if sector not in sectors:
                sectors.append(sector)
        if first_mentor is not None and rng.random() < 0.6 and \
                first_mentor.sectors[0] not in sectors:
            sectors[-1] = first_mentor.sectors[0]
        for sector in sorted(set(sectors)):
            self.sectors.append((uid, sector))
        language = self._text_language(mentee)
        education = EDUCATION(rng)
        partner = self._referral()
        referred = partner is not None
        diploma = DIPLOMA(rng) if education in DIPLOMA_LEVELS else None
        self.mentee_rows.append((
            uid, mentee.status, partner,
            self._referrer_name() if referred and rng.random() < 0.7 else None,
            values.day(mentee.registered - randint(rng, 0, 25)) if referred else None,
            education, diploma,
            PROJECTS[sectors[0]][int(language == "nl")] if rng.random() < 0.65 else None,
            DIGITAL(rng),
            None if rng.random() < 0.05 else rng.random() < 0.28,
            self.services(rng),
            None if rng.random() < 0.03 else True,
            mentee.preferred_gender))
        weak_local = any(level == "basic" for code, level in mentee.languages
                         if code in ("fr", "nl"))
        barriers = {BARRIERS(rng) for _ in range(randint(rng, 1, 3))}
        if weak_local:
            barriers.add("language")
        for barrier in sorted(barriers):
            self.barriers.append((uid, barrier))
        extra = tuple(purpose for purpose, share in (("referrer_sharing", 0.75 if referred else 0),
                                                     ("media", 0.12))
                      if rng.random() < share)
        self._consents(mentee, uid, mentee.followup_consent, extra)
        out.tick()

    def _referral(self) -> Any:
        choices = self.out.partners.get(REFERRAL_KIND(self.rng))
        return choice(self.rng, choices)[0] if choices else None

    def _referrer_name(self) -> str:
        first, last = full_name(BELGIAN_ORIGINS["walloon" if self.rng.random() < 0.6
                                                else "flemish"], "X", self.names)
        return f"{first} {last}"

    # --- mentors ---------------------------------------------------------------------------
    def mentor(self, mentor: PersonPlan) -> None:
        out, values, rng = self.out, self.out.values, self.rng
        decade = rng.random()
        age = randint(rng, 50, 59) if decade < 0.3 else randint(rng, 60, 69) if decade < 0.8 \
            else randint(rng, 70, 75)
        working = (age < 62 and rng.random() < 0.75) or (age < 66 and rng.random() < 0.1)
        uid, _ = self._person(mentor, "mentor", BELGIAN_ORIGINS[mentor.origin], age,
                              self.mentor_places,
                              self._availability(WORKING_SLOTS if working else RETIRED_SLOTS,
                                                 randint(rng, 3, 7)))
        for sector in sorted(mentor.sectors):
            self.sectors.append((uid, sector))
        employer = choice(rng, COMPANIES) if working and rng.random() < 0.85 else None
        company = next((partner for partner, name in out.partners.get("company", [])
                        if name == employer), None)
        trained = mentor.trained if mentor.trained is not None and \
            mentor.trained <= out.today else None
        last_job = LAST_JOBS[mentor.sectors[0]][int(self._text_language(mentor) == "nl")]
        self.mentor_rows.append((
            uid, mentor.status, last_job,
            employer, company, "working" if working else "retired", values.day(trained),
            mentor.max_duos, values.day(mentor.paused_until)))
        for number, day in enumerate(mentor.modules, start=1):
            if day <= out.today:
                self.modules.append((uid, number, values.day(day)))
        extra = tuple(purpose for purpose, share in (("media", 0.2),) if rng.random() < share)
        self._consents(mentor, uid, rng.random() < 0.7, extra)
        out.tick()
