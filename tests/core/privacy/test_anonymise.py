"""Anonymisation (SPEC §9): the statistical fields stay, the rest goes, a tombstone is left,
and the impact indicators of SPEC §8 give the same figures before and after."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from duodesk.core.codes import AuditAction
from duodesk.core.context import Services
from duodesk.core.models import AuditEntry, Consent, JournalEntry, Person, PersonLanguage
from duodesk.core.privacy.anonymise import AnonymisationService, tombstone_name
from duodesk.core.privacy.retention import RetentionService
from tests.core.privacy.demo_data import DEMO_DAY, LATER, demo  # noqa: F401
from tests.factories import make_mentee


def test_a_file_keeps_its_statistics_and_loses_the_rest(services: Services) -> None:
    mentee = make_mentee(services, first_name="Zoulikha", last_name="Quennevalle",
                         municipality="Schaerbeek", birth_date=date(2000, 3, 4))
    services.persons.add_journal_entry(mentee, "Met Zoulikha at the job fair.")
    before = services.persons.get(mentee, record_view=False)
    assert AnonymisationService(services.db).anonymise([mentee]) == 1
    with services.db.read() as session:
        person = session.get(Person, mentee)
        assert person is not None
        assert person.first_name == "" and person.last_name == tombstone_name(mentee)
        assert person.birth_date is None and person.email is None and person.phone is None
        assert person.age_band == "26-30"  # 26 at registration, two months ago
        assert person.municipality == "Schaerbeek" and person.postal_code == "1030"
        assert person.registered_on == before.data.registered_on
        assert person.anonymised_at is not None
        assert str(person.status) == before.status
        for table in (JournalEntry, PersonLanguage, Consent):
            assert session.scalars(select(table).where(table.person_id == mentee)).all() == []
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.action == AuditAction.ANONYMISE)).one()
        assert entry.record_id == mentee and "Zoulikha" not in (entry.fields or "")
        assert "birth_date" in (entry.fields or "")
    assert services.persons.search("Quennevalle") == []
    assert services.persons.search("Zoulikha") == []
    # Done twice: nothing more happens.
    assert AnonymisationService(services.db).anonymise([mentee]) == 0


def test_the_indicators_are_the_same_before_and_after(demo: Services) -> None:  # noqa: F811
    periods = [(date(2000, 1, 1), DEMO_DAY), (date(2024, 1, 1), date(2024, 12, 31)),
               (date(2025, 1, 1), date(2025, 12, 31))]
    before = [demo.reports.impact(start, end, as_of=DEMO_DAY).as_json()
              for start, end in periods]
    due = RetentionService(demo.db, today=lambda: LATER).due()
    with demo.db.read() as session:
        from duodesk.core.models import Duo

        in_duos = {row for pair in session.execute(select(Duo.mentee_id, Duo.mentor_id))
                   for row in pair}
    assert len([item for item in due if item.id in in_duos]) >= 50, "closed duos anonymised"
    gone = [item.id for item in due]

    def texts_about_them() -> int:
        from sqlalchemy import func

        from duodesk.core.models import Evaluation, Meeting

        with demo.db.read() as session:
            theirs = select(Duo.id).where(Duo.mentee_id.in_(gone) | Duo.mentor_id.in_(gone))
            return sum(session.scalar(select(func.count()).select_from(model).where(
                model.duo_id.in_(theirs), column.is_not(None))) or 0
                for model, column in ((Meeting, Meeting.summary),
                                      (Evaluation, Evaluation.comments)))

    assert texts_about_them() > 0
    done = AnonymisationService(demo.db).anonymise(gone)
    assert done == len(due)
    after = [demo.reports.impact(start, end, as_of=DEMO_DAY).as_json()
             for start, end in periods]
    assert after == before
    assert before[0]["mentee_positive_outcome"]["denominator"] > 0
    assert RetentionService(demo.db, today=lambda: LATER).due() == []
    assert texts_about_them() == 0  # the texts written about them are gone
