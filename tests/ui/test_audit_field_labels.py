"""The audit log names every field code the program writes in words, in English, French and
Dutch: each code of the registry has a label, each label a finished translation, and the
"Fields" column of the Privacy page's audit log shows them ("Conflits : 0")."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from duodesk.core.codes import AuditAction
from duodesk.core.context import Services
from duodesk.core.privacy.audit_fields import FIELD_CODES
from duodesk.core.services import audit
from duodesk.i18n import install_translators
from duodesk.ui.privacy.field_labels import LABELS, field_label, fields_text
from duodesk.ui.privacy.page import PrivacyPage

FORMATS = ("{field}: {value}", "Sheet {name}")


def finished(folder: Path, language: str) -> dict[str, str]:
    """The finished translations of the audit log's field words in ``language``'s file."""
    tree = ET.parse(folder / f"privacy_ui_{language}.ts")
    found: dict[str, str] = {}
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != "AuditField":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None \
                    and (translation.text or "").strip():
                found[message.findtext("source") or ""] = translation.text or ""
    return found


def test_every_code_of_the_registry_has_a_label_in_words() -> None:
    assert FIELD_CODES - set(LABELS) == set()
    for code in FIELD_CODES:
        assert field_label(code) != code, code
        assert "_" not in field_label(code), code


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_every_label_has_a_finished_translation(compiled_translations: Path,
                                                language: str) -> None:
    translated = finished(compiled_translations, language)
    missing = sorted({*LABELS.values(), *FORMATS} - set(translated))
    assert missing == []
    assert all("{field}" in translated[f] and "{value}" in translated[f] for f in FORMATS[:1])


def test_the_words_in_french_and_dutch(qapp, compiled_translations: Path) -> None:
    counts = ("conflicts=0", "created=12", "updated=3")
    try:
        install_translators(qapp, "fr")
        assert fields_text("exchange_import", counts) == \
            "Conflits : 0, Créés : 12, Mis à jour : 3"
        assert fields_text("mentee", ("antenna_id", "target_group_met")) == \
            "Antenne, Appartenance au public cible"
        assert fields_text("partner", ("contact_email", "import_mapping")) == \
            "E-mail de contact, Colonnes d'import"
        assert fields_text("exchange_workbook", ("Duos", "Meetings 2")) == \
            "Feuille Duos, Feuille Meetings 2"
        assert fields_text("table", ("Nom", "Commune")) == "Nom, Commune"  # as exported
        install_translators(qapp, "nl")
        assert fields_text("exchange_import", counts) == \
            "Conflicten: 0, Aangemaakt: 12, Bijgewerkt: 3"
        assert fields_text("import_batch", ("counts", "file_name", "partner_id")) == \
            "Aantallen, Bestandsnaam, Partner"
        assert fields_text("rejected_rows", ("rejected_rows",)) == "Geweigerde rijen"
    finally:
        install_translators(qapp, "en")
    assert fields_text("import_batch", ("undone_at",)) == "Undone on"
    assert fields_text("mentee", ("a_code_of_a_newer_program",)) == "a_code_of_a_newer_program"


def test_the_audit_logs_fields_column_shows_words(qtbot, qapp, compiled_translations: Path,
                                                  services: Services) -> None:
    with services.db.write() as session:
        audit.record(session, AuditAction.UPDATE, "exchange_import", None,
                     ["created=2", "updated=0", "conflicts=1"])
        audit.record(session, AuditAction.UPDATE, "partner", None, ["import_mapping"])
    page = PrivacyPage(services)
    qtbot.addWidget(page)
    try:
        install_translators(qapp, "fr")
        page.show()
        page.tabs.setCurrentWidget(page.audit_log)
        model = page.audit_log.model
        qtbot.waitUntil(lambda: model.rowCount() == 2)
        shown = {model.index(row, 5).data() for row in range(2)}
        assert shown == {"Conflits : 1, Créés : 2, Mis à jour : 0", "Colonnes d'import"}
    finally:
        install_translators(qapp, "en")
