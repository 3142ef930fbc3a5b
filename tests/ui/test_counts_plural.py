"""Counts read right for 0, 1 and many in French, Dutch and English (Qt's plural forms):
in French 0 and 1 are singular ("0 entrée", "1 invité · 0 présent"), in Dutch and English
only 1 ("0 regels", "1 entry"). One test per kind of place: the calendar's attendance and
"+N more", the import wizard's report, the matching page's waiting list, the privacy
page's audit log and anonymisation, a list exported to Excel, the Today list."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from duodesk.core.calendar.views import Attendee
from duodesk.core.codes import PersonRole
from duodesk.core.context import Services
from duodesk.i18n import install_translators
from duodesk.ui import messages
from duodesk.ui.calendar import texts as calendar_texts
from duodesk.ui.calendar.attendance import AttendancePanel
from duodesk.ui.tables.export import export_table
from duodesk.ui.today import texts as today_texts
from tests.factories import make_mentee, use_coordinator
from tests.ui.test_matching_page import pair, shown_page  # noqa: F401 (a fixture)
from tests.ui.test_privacy_page import page  # noqa: F401 (a fixture)
from tests.ui.test_table_export import answer_save


@pytest.fixture
def speak(qapp: QApplication, compiled_translations: Path):
    """Switch the interface to a language (English again after the test)."""
    return lambda language: install_translators(qapp, language)


def attendee(came: bool | None) -> Attendee:
    return Attendee(uuid.uuid4(), "Person", PersonRole.MENTOR, came)


@pytest.mark.parametrize(("language", "one", "two"), [
    ("fr", "1 invité · 1 présent · 0 absent", "2 invités · 0 présent · 2 absents"),
    ("nl", "1 uitgenodigd · 1 aanwezig · 0 afwezig", "2 uitgenodigd · 0 aanwezig · 2 afwezig"),
    ("en", "1 invited · 1 present · 0 absent", "2 invited · 0 present · 2 absent"),
])
def test_the_attendance_counts_each_part(qtbot, services: Services, speak, language: str,
                                         one: str, two: str) -> None:
    speak(language)
    panel = AttendancePanel(services)
    qtbot.addWidget(panel)
    panel.model.set_recording(True)
    panel.model.set_attendees([attendee(True)])
    assert panel.counts_label.text() == one
    panel.model.set_attendees([attendee(False), attendee(False)])
    assert panel.counts_label.text() == two


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", ["+1 autre", "+2 autres", "…et 1 autre", "…et 2 autres",
            "0 participant", "1 participant", "2 participants"]),
    ("nl", ["+1 meer", "+2 meer", "…en nog 1", "…en nog 2",
            "0 deelnemers", "1 deelnemer", "2 deelnemers"]),
    ("en", ["+1 more", "+2 more", "…and 1 more", "…and 2 more",
            "0 attendees", "1 attendee", "2 attendees"]),
])
def test_the_calendars_counts(speak, language: str, expected: list[str]) -> None:
    speak(language)
    counts = calendar_texts.counts()
    assert [calendar_texts.more_text(1), calendar_texts.more_text(2), counts.and_more(1),
            counts.and_more(2), calendar_texts.attendees_text(0),
            calendar_texts.attendees_text(1), calendar_texts.attendees_text(2)] == expected


def test_the_import_report_adds_up_in_french(
        qtbot, services: Services, tmp_path: Path, monkeypatch, answer_dialogs,
        speak) -> None:
    from duodesk.ui.imports.wizard import ImportWizard
    from tests.ui.import_helpers import add_partner, choose_file, go_next, make_page, sample

    use_coordinator(services, "Nadia El Amrani")
    make_mentee(services, first_name="Ahmad", last_name="Karimi",
                email="ahmad.karimi@example.net")  # the sample's duplicate: skipped
    speak("fr")
    import_page = make_page(qtbot, services)
    wizard = import_page.open_wizard()
    choose_file(qtbot, monkeypatch, wizard, sample(tmp_path))
    add_partner(answer_dialogs, wizard, "Le Forem Liège")
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)  # Import
    assert wizard.currentId() == ImportWizard.REPORT
    # Each part agrees with its own number: 0 and 1 singular, 3 plural.
    assert wizard.report_page.summary.text() == (
        "5 lignes dans le fichier = 3 importées + 0 fusionnée + 1 ignorée + 1 rejetée.")
    wizard.reject()


@pytest.mark.parametrize(("language", "waiting", "found", "none_found"), [
    ("fr", "1 mentee en attente", "1 trouvé", "0 trouvé"),
    ("nl", "1 wachtende mentee", "1 gevonden", "0 gevonden"),
    ("en", "1 mentee waiting", "1 found", "0 found"),
])
def test_the_waiting_list_counts(qtbot, services: Services, pair, speak,  # noqa: F811
                                 language: str, waiting: str, found: str,
                                 none_found: str) -> None:
    speak(language)
    view = shown_page(qtbot, services).mentee_view
    assert view.waiting_count.text() == waiting
    with qtbot.waitSignal(view.waiting_loaded):
        view.search_edit.setText("Testwait")
    assert view.waiting_count.text() == found
    with qtbot.waitSignal(view.waiting_loaded):
        view.search_edit.setText("Nobody by that name")
    assert view.waiting_count.text() == none_found


@pytest.mark.parametrize(("language", "none", "one", "anonymised"), [
    ("fr", "0 entrée", "1 entrée", "2 dossiers anonymisés."),
    ("nl", "0 regels", "1 regel", "2 dossiers geanonimiseerd."),
    ("en", "0 entries", "1 entry", "2 files anonymised."),
])
def test_the_privacy_pages_counts(qtbot, services: Services, page, speak,  # noqa: F811
                                  monkeypatch: pytest.MonkeyPatch, language: str, none: str,
                                  one: str, anonymised: str) -> None:
    make_mentee(services, last_name="Auditee")
    make_mentee(services)
    speak(language)
    page.show()
    page.tabs.setCurrentWidget(page.audit_log)
    tab = page.audit_log
    qtbot.waitUntil(lambda: tab.model.rowCount() >= 2)
    tab.person.setText("auditee")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.count_label.text() == one
    tab.person.setText("nobody by that name")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert tab.count_label.text() == none

    told: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda *_a, **_k: True)
    monkeypatch.setattr(messages, "information", lambda _p, text, *_a, **_k: told.append(text))
    files = page.files_due
    page.tabs.setCurrentWidget(files)
    qtbot.waitUntil(lambda: files.model.rowCount() == 2)
    files.all_button.click()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10_000)
    assert told == [anonymised]


def table_of(rows: int) -> QTableView:
    model = QStandardItemModel(0, 1)
    model.setHorizontalHeaderLabels(["Mentor"])
    for number in range(rows):
        model.appendRow(QStandardItem(f"Mentor {number}"))
    table = QTableView()
    table.setModel(model)
    return table


@pytest.mark.parametrize(("language", "none", "one"), [
    ("fr", "0 ligne enregistrée dans {file}.", "1 ligne enregistrée dans {file}."),
    ("nl", "0 rijen opgeslagen in {file}.", "1 rij opgeslagen in {file}."),
    ("en", "0 rows written to {file}.", "1 row written to {file}."),
])
def test_a_list_exported_says_how_many_rows(qtbot, monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path, speak, language: str, none: str,
                                            one: str) -> None:
    told: list[str] = []
    monkeypatch.setattr(messages, "information", lambda _p, text, *_a, **_k: told.append(text))
    speak(language)
    for rows, expected in ((0, none), (1, one)):
        table = table_of(rows)
        qtbot.addWidget(table)
        path = tmp_path / f"{rows}.xlsx"
        answer_save(monkeypatch, path)
        export_table(table, "Mentors")
        before = len(told)
        qtbot.waitUntil(lambda: len(told) == before + 1, timeout=10_000)  # noqa: B023
        assert told[-1] == expected.format(file=path)


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", ["0 jour", "1 jour", "2 jours",
            "1 dossier a dépassé sa durée de conservation : anonymisez-le sur la page Vie "
            "privée"]),
    ("nl", ["0 dagen", "1 dag", "2 dagen",
            "1 dossier is over zijn bewaartermijn: anonimiseer het op de pagina Privacy"]),
    ("en", ["0 days", "1 day", "2 days",
            "1 file is past its retention period: anonymise it on the Privacy page"]),
])
def test_the_today_lists_counts(speak, language: str, expected: list[str]) -> None:
    speak(language)
    counts = today_texts.counts()
    assert [today_texts.days_text(0), today_texts.days_text(-1), today_texts.days_text(2),
            counts.files_past_retention(1)] == expected



@pytest.mark.parametrize(("language", "low", "high"), [
    ("fr", "{name} : 1,5 point sur 100,0", "{name} : 12,5 points sur 100,0"),
    ("nl", "{name}: 1,5 van 100,0 punten", "{name}: 12,5 van 100,0 punten"),
    ("en", "{name}: 1.5 of 100.0 points", "{name}: 12.5 of 100.0 points"),
])
def test_a_criterions_points_of_the_most_it_gives(qtmodeltester, speak, language: str,
                                                 low: str, high: str) -> None:
    from duodesk.core.matching.results import Suggestion
    from duodesk.matching_texts import criterion_name
    from duodesk.ui.matching.suggestion_model import SuggestionModel

    speak(language)
    model = SuggestionModel()
    model.set_suggestions([Suggestion(uuid.uuid4(), "Mentee", uuid.uuid4(), "Mentor", 14.0,
                                      {"sector": 1.5, "languages": 12.5}, ())])
    qtmodeltester.check(model)
    tips = [model.index(0, model.keys.index(key)).data(Qt.ItemDataRole.ToolTipRole)
            for key in ("sector", "languages")]
    assert tips == [low.format(name=criterion_name("sector")),
                    high.format(name=criterion_name("languages"))]
