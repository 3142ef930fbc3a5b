"""Every field code the program writes into the audit trail is in the registry the audit log
labels (duodesk.core.privacy.audit_fields): the codes written as text in the sources, those
that come from the forms, questions and sheets, and those of an anonymisation; a code
missing from the registry warns, and the tests make that warning an error."""

from __future__ import annotations

import ast
import uuid
import warnings
from dataclasses import fields
from pathlib import Path

import pytest
from sqlalchemy import select

from duodesk.core.codes import AuditAction
from duodesk.core.database import Database
from duodesk.core.models import AuditEntry
from duodesk.core.privacy import audit_fields
from duodesk.core.privacy.audit_fields import FIELD_CODES, UnknownAuditField, split, unknown
from duodesk.core.services import audit

SOURCES = Path(audit_fields.__file__).parents[2]  # the duodesk package
# The calls that write an entry, and where their fields are (position, keyword).
WRITERS = {"record": (4, "fields"), "_audit": (3, "fields"), "record_export": (3, "fields")}


def _constants(tree: ast.Module) -> dict[str, ast.expr]:
    """The module-level constants of a source (``RECORDED_FIELDS = (...)``)."""
    found: dict[str, ast.expr] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name):
            found[node.targets[0].id] = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                and node.value is not None:
            found[node.target.id] = node.value
    return found


def _codes(node: ast.AST, constants: dict[str, ast.expr], imported: dict[str, str]) -> set[str]:
    """The codes written as text in a fields argument, constants followed."""
    codes: set[str] = set()
    for part in _outside_calls(node):
        if isinstance(part, ast.Constant) and isinstance(part.value, str):
            codes.add(split(part.value)[0])
        elif isinstance(part, ast.JoinedStr) and part.values \
                and isinstance(part.values[0], ast.Constant):
            head = str(part.values[0].value)
            if "=" in head:  # "created={counts.created}"
                codes.add(head.partition("=")[0])
        elif isinstance(part, ast.Name) and part.id in constants:
            codes |= _codes(constants[part.id], {}, {})
        elif isinstance(part, ast.Name) and part.id in imported:
            module = ast.parse(Path(imported[part.id]).read_text(encoding="utf-8"))
            value = _constants(module).get(part.id)
            if value is not None:
                codes |= _codes(value, {}, {})
    return codes


def _outside_calls(node: ast.AST) -> list[ast.AST]:
    """The nodes of an expression, leaving out calls (``suffix.lstrip(".")``: the "." is no
    code; what a call returns is checked when the program runs)."""
    found: list[ast.AST] = []
    waiting = [node]
    while waiting:
        part = waiting.pop()
        if isinstance(part, ast.Call):
            continue
        found.append(part)
        waiting.extend(ast.iter_child_nodes(part))
    return found


def _imports(tree: ast.Module) -> dict[str, str]:
    """Names imported from other duodesk modules, with the file they come from."""
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("duodesk."):
            path = SOURCES.parent / (str(node.module).replace(".", "/") + ".py")
            if path.exists():
                for alias in node.names:
                    found[alias.asname or alias.name] = str(path)
    return found


def written_codes() -> dict[str, set[str]]:
    """Per source file, the codes its calls write into the audit trail."""
    written: dict[str, set[str]] = {}
    for path in sorted(SOURCES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants, imported = _constants(tree), _imports(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else \
                node.func.id if isinstance(node.func, ast.Name) else None
            if name not in WRITERS:
                continue
            position, keyword = WRITERS[name]
            # record_export on the audit log's service has no ``db`` first.
            if name == "record_export" and isinstance(node.func, ast.Attribute):
                position -= 1
            args = [k.value for k in node.keywords if k.arg == keyword]
            if len(node.args) > position:
                args.append(node.args[position])
            for arg in args:
                codes = _codes(arg, constants, imported)
                if codes:
                    written.setdefault(str(path.relative_to(SOURCES)), set()).update(codes)
    return written


def test_the_scan_finds_the_codes_written_as_text() -> None:
    written = written_codes()
    # The scan reads what the program writes: a few known ones, from each kind of call.
    assert {"import_mapping"} <= written["core/services/partners.py"]
    assert {"created", "updated", "conflicts"} <= written["core/exchange/service.py"]
    assert {"purpose", "withdrawn_on", "consent_settings"} <= written["core/privacy/consents.py"]
    assert {"kind", "attendees", "ics"} <= written["core/calendar/service.py"]
    assert {"outcome", "mentee_id"} <= written["core/services/duos.py"]
    assert {"sign_in_sheet"} <= written["ui/calendar/meeting_dialog.py"]
    assert {"target_group_met"} <= written["core/services/persons.py"]
    assert len(written) >= 15


def test_every_code_written_as_text_is_in_the_registry() -> None:
    missing = {source: sorted(codes - FIELD_CODES)
               for source, codes in written_codes().items() if codes - FIELD_CODES}
    assert missing == {}


def test_the_codes_that_come_from_forms_questions_and_anonymisation_are_in_the_registry(
) -> None:
    from duodesk.core.privacy import anonymise
    from duodesk.core.services.duo_data import MENTEE_QUESTIONS, MENTOR_QUESTIONS
    from duodesk.core.services.person_data import MenteeData, MentorData

    persons = {f.name for form in (MenteeData, MentorData) for f in fields(form)}
    assert persons - audit_fields.PERSON_FIELDS == set()
    assert {*MENTEE_QUESTIONS, *MENTOR_QUESTIONS} - audit_fields.EVALUATION_FIELDS == set()
    source = Path(anonymise.__file__).read_text(encoding="utf-8")
    cleared = set(anonymise._PERSON_CLEARED) | set(anonymise._MENTEE_CLEARED) \
        | set(anonymise._MENTOR_CLEARED)
    for code in ("sort_key", "age_band", "anonymised_at", "consents"):
        assert f'"{code}"' in source
    assert cleared - FIELD_CODES == set()


def test_an_exchange_workbook_names_its_sheets_continued_ones_too() -> None:
    from duodesk.core.exchange.columns import SHEETS

    assert unknown("exchange_workbook", [sheet.name for sheet in SHEETS]) == []
    assert unknown("exchange_workbook", ["Meetings 2", "Attendance 12"]) == []
    assert unknown("exchange_workbook", ["Expenses"]) == ["Expenses"]


def test_a_code_missing_from_the_registry_warns_and_the_entry_is_kept(db: Database) -> None:
    record_id = uuid.uuid4()
    with pytest.warns(UnknownAuditField, match="shoe_size"), db.write() as session:
        audit.record(session, AuditAction.UPDATE, "mentee", record_id,
                     ["first_name", "shoe_size", "created=2"])
    with db.read() as session:
        stored = session.scalar(select(AuditEntry.fields)
                                .where(AuditEntry.record_id == record_id))
    assert stored == "created=2,first_name,shoe_size"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with db.write() as session:  # known codes, and a list's columns as shown: no warning
            audit.record(session, AuditAction.EXPORT, "table", None, ["Nom", "Commune"])
            audit.record(session, AuditAction.UPDATE, "exchange_import", None,
                         ["created=0", "updated=1", "conflicts=0"])


def test_an_anonymised_file_names_only_codes_of_the_registry(db: Database) -> None:
    from duodesk.core.context import build_services
    from duodesk.core.privacy.anonymise import anonymise
    from tests.factories import make_mentee

    person_id = make_mentee(build_services(db))
    with db.write() as session:
        assert anonymise(session, person_id)
    with db.read() as session:
        stored = session.scalars(select(AuditEntry.fields).where(
            AuditEntry.record_id == person_id, AuditEntry.action == AuditAction.ANONYMISE))
        codes = {code for entry in stored for code in (entry or "").split(",")}
    assert "age_band" in codes
    assert codes - FIELD_CODES == set()
