"""What an export remembers as exchanged: every value of every record (a group session's
attendance too), the stamps of records gone since the last export dropped, even when as many
records came meanwhile, and an export where none went does not search every stamp for them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import delete, event, exists, select

from duodesk.core.context import Services
from duodesk.core.exchange.columns import ATTENDANCE_FIELD, RECORD_SHEETS
from duodesk.core.exchange.records import READERS, values_of
from duodesk.core.models import Duo, ExchangeState, Mentee, Person
from tests.factories import make_mentee


def _stamped(services: Services, record_type: str) -> set[Any]:
    with services.db.read() as session:
        return set(session.scalars(select(ExchangeState.record_id)
                                   .where(ExchangeState.record_type == record_type)))


def _mentee_without_duo(services: Services) -> Any:
    with services.db.read() as session:
        return session.scalars(select(Mentee.id).where(
            ~exists().where(Duo.mentee_id == Mentee.id)).limit(1)).one()


def _delete_person(services: Services, person: Any) -> None:
    with services.db.write() as session:
        session.execute(delete(Person).where(Person.id == person))


def test_the_stamp_of_a_record_gone_goes(antenna: Services, tmp_path: Path) -> None:
    antenna.exchange.export(tmp_path / "first.xlsx")
    gone = _mentee_without_duo(antenna)
    assert gone in _stamped(antenna, "mentee")
    _delete_person(antenna, gone)
    antenna.exchange.export(tmp_path / "second.xlsx")
    assert gone not in _stamped(antenna, "mentee")


def test_a_record_gone_and_another_come_leave_one_stamp_each(antenna: Services,
                                                             tmp_path: Path) -> None:
    antenna.exchange.export(tmp_path / "first.xlsx")
    gone = _mentee_without_duo(antenna)
    _delete_person(antenna, gone)
    added = make_mentee(antenna)  # as many mentees as at the first export
    antenna.exchange.export(tmp_path / "second.xlsx")
    with antenna.db.read() as session:
        mentees = set(session.scalars(select(Mentee.id)))
    stamped = _stamped(antenna, "mentee")
    assert gone not in stamped and added in stamped and stamped == mentees


def test_nothing_gone_no_stamp_searched(antenna: Services, tmp_path: Path) -> None:
    antenna.exchange.export(tmp_path / "first.xlsx")
    before = {kind: _stamped(antenna, kind) for kind in ("mentee", "meeting")}
    statements: list[str] = []

    def seen(connection: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement)

    event.listen(antenna.db.engine, "before_cursor_execute", seen)
    try:
        antenna.exchange.export(tmp_path / "second.xlsx")
    finally:
        event.remove(antenna.db.engine, "before_cursor_execute", seen)
    assert not [sql for sql in statements if sql.startswith("DELETE FROM exchange_states")]
    assert {kind: _stamped(antenna, kind) for kind in ("mentee", "meeting")} == before


def test_first_stamps_hold_every_value_with_group_attendance(antenna: Services,
                                                             tmp_path: Path) -> None:
    # The export reads group sessions without their attendance and fetches it only for
    # the stamps it writes: every stamp must hold what the full reading gives.
    antenna.exchange.export(tmp_path / "first.xlsx")
    with antenna.db.read() as session:
        stamps = {(kind, str(key)): values for kind, key, values in session.execute(
            select(ExchangeState.record_type, ExchangeState.record_id,
                   ExchangeState.exchanged_values))}
        expected = {}
        for sheet in RECORD_SHEETS.values():
            for row in READERS[sheet.name](session.connection()):
                expected[(sheet.record_type, row[0])] = values_of(sheet, row)
    assert stamps == expected
    group = [values for (kind, _), values in expected.items()
             if kind == "meeting" and not values["duo_id"]]
    assert group and any(values[ATTENDANCE_FIELD] for values in group)
