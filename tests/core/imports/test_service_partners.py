"""Partners (SPEC §3) and the column mapping saved per partner and used again for the
partner's next file (SPEC §5.1)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from duodesk.core.codes import PartnerKind
from duodesk.core.database import Database
from duodesk.core.errors import InvalidValue, NotFound
from duodesk.core.imports.source import ImportField
from duodesk.core.models import AuditEntry
from duodesk.core.services.partners import PartnerService
from tests.core.imports.service_helpers import import_service, make_table


def test_create_list_edit_and_find_partners(db: Database) -> None:
    partners = PartnerService(db)
    actiris = partners.save("Actiris", PartnerKind.EMPLOYMENT_SERVICE,
                            contact_email=" Conseil@Example.org ")
    partners.save("CPAS d'Anderlecht", "cpas_ocmw", contact_name="Service insertion")

    assert [p.name for p in partners.partners()] == ["Actiris", "CPAS d'Anderlecht"]
    assert actiris.contact_email == "conseil@example.org"
    assert partners.find_by_name("  actiris ") == actiris
    assert partners.find_by_name("VDAB") is None

    edited = partners.save("Actiris Brussels", PartnerKind.EMPLOYMENT_SERVICE,
                           partner_id=actiris.id)
    assert edited.name == "Actiris Brussels" and partners.get(actiris.id) == edited
    with db.read() as session:
        entries = session.execute(select(AuditEntry.action, AuditEntry.fields).where(
            AuditEntry.record_id == actiris.id)).all()
    assert sorted(action for action, _ in entries) == ["create", "update"]
    assert all("Actiris" not in (fields or "") for _, fields in entries)


@pytest.mark.parametrize(("name", "kind", "field", "reason"), [
    ("", PartnerKind.OTHER, "name", "required"),
    ("x" * 161, PartnerKind.OTHER, "name", "too_long"),
    ("ACTIRIS", PartnerKind.OTHER, "name", "duplicate"),
    ("VDAB", "ministry", "kind", "unknown_code"),
])
def test_bad_partner_values_are_refused(db: Database, name: str, kind: str, field: str,
                                        reason: str) -> None:
    partners = PartnerService(db)
    partners.save("Actiris", PartnerKind.EMPLOYMENT_SERVICE)
    with pytest.raises(InvalidValue) as caught:
        partners.save(name, kind)
    assert (caught.value.params["field"], caught.value.params["reason"]) == (field, reason)
    assert len(partners.partners()) == 1


def test_editing_a_missing_partner_says_so(db: Database) -> None:
    with pytest.raises(NotFound):
        PartnerService(db).save("VDAB", PartnerKind.EMPLOYMENT_SERVICE,
                                partner_id=uuid.uuid4())


def test_saved_mapping_is_used_for_the_partners_next_file(db: Database) -> None:
    partners = PartnerService(db)
    forem = partners.save("Le Forem", PartnerKind.EMPLOYMENT_SERVICE)
    other = partners.save("CPAS", PartnerKind.CPAS_OCMW)
    headers = ("Nom", "Prénom", "Né(e) le", "Référence interne", "Conseiller")
    service = import_service(db)
    table = make_table([], headers)
    guessed = service.suggest_mapping(table, forem.id)
    assert guessed.get(0) == ImportField.LAST_NAME and 3 not in guessed

    # The coordinator maps "Conseiller" to the referrer contact and leaves out the birth
    # date column; the mapping is saved with the import.
    chosen = {0: ImportField.LAST_NAME, 1: ImportField.FIRST_NAME,
              4: ImportField.REFERRER_CONTACT}
    plan = service.plan(table, chosen, partner_id=forem.id)
    service.commit(plan, describe=str)

    next_file = make_table([], ("NOM", "prénom ", "Né(e) le", "Conseiller", "Nouvelle"),
                           name="octobre.xlsx")
    assert service.suggest_mapping(next_file, forem.id) == {
        0: ImportField.LAST_NAME, 1: ImportField.FIRST_NAME,
        3: ImportField.REFERRER_CONTACT}
    assert partners.get(forem.id).import_mapping["Né(e) le"] is None
    # Another partner's files are still read by the automatic recognition.
    assert service.suggest_mapping(next_file, other.id).get(2) == ImportField.BIRTH_DATE
