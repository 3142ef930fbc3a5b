"""Every page and dialog, in French and Dutch, shows its labels, buttons, tabs and column
headers whole: a text wider than the room its widget gives it fails (see
tests/ui/text_fits.py for how it is measured and how a widget elides on purpose)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from duodesk.i18n import install_translators
from tests.core.documents.helpers import make_duos
from tests.core.documents.test_attendance_sheet import session
from tests.ui.text_fits import ELIDED_ON_PURPOSE, cut_texts

LANGUAGES = ("fr", "nl")
LAPTOP_WIDTH = 1366  # the office laptops' screens (1366 x 768)


def settle(qtbot, qapp: QApplication) -> None:
    """Let the workers that read a page's rows finish and the layouts follow."""
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0,
                    timeout=10_000)
    for _ in range(10):  # a language change, then the layouts it asks for, then theirs
        qapp.processEvents()


def describe(cuts) -> str:
    return "\n".join(str(cut) for cut in cuts)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_shows_its_texts_whole(qtbot, qapp, program, compiled_translations,
                                          language: str) -> None:
    make_duos(program.services, 3)
    window = program.window
    # Built in English first, then switched: the pages must make room for the longer words
    # as they retranslate, not only when built in the language.
    for key in window.page_keys():
        window.show_page(key)
        settle(qtbot, qapp)
    program.set_language(language)
    found = {}
    for key in window.page_keys():
        window.show_page(key)
        settle(qtbot, qapp)
        cuts = cut_texts(window)
        if cuts:
            found[key] = cuts
        # Room made by widening the window does not count beyond a laptop's screen.
        assert window.minimumSizeHint().width() <= LAPTOP_WIDTH, (
            f"{key} needs a window {window.minimumSizeHint().width()} px wide in {language}")
    assert found == {}, "\n".join(f"[{k}]\n{describe(v)}" for k, v in found.items())


def _tabs_of(widget: QWidget) -> list[QTabWidget]:
    return [tabs for tabs in widget.findChildren(QTabWidget) if tabs.isVisible()]


def windows(services, tmp_path: Path) -> dict[str, Callable[[], QWidget]]:
    """Every dialog and window the program opens, built as the program builds it."""
    from duodesk.core.codes import MenteeStatus, PersonRole
    from duodesk.import_service_texts import describe_issue
    from duodesk.ui.calendar.meeting_dialog import MeetingDialog
    from duodesk.ui.crash_dialog import CrashDialog
    from duodesk.ui.duos import dialogs, form_dialogs
    from duodesk.ui.duos.duo_window import DuoWindow
    from duodesk.ui.exchange.conflicts import ConflictDialog
    from duodesk.ui.imports.wizard import ImportWizard
    from duodesk.ui.organisation_dialogs import AntennaDialog, CoordinatorDialog
    from duodesk.ui.partners_box import PartnerDialog
    from duodesk.ui.passphrase_dialog import NewPassphraseDialog, PassphraseDialog
    from duodesk.ui.persons.person_dialogs import StatusChangeDialog
    from duodesk.ui.persons.person_file import PersonFileWindow
    from duodesk.ui.print_documents import PrintDialog
    from duodesk.ui.privacy.erasure import ChoosePersonDialog
    from duodesk.ui.restore_dialog import RestoreDialog

    duo_ids = make_duos(services, 2)
    duo = services.duos.get(duo_ids[0])
    meeting = session(services)
    today = date(2026, 3, 5)
    organisation = services.organisation
    backups = tmp_path / "backups"
    backups.mkdir()
    return {
        "mentee file": lambda: PersonFileWindow(services, person_id=duo.mentee_id),
        "mentor file": lambda: PersonFileWindow(services, person_id=duo.mentor_id),
        "new mentee": lambda: PersonFileWindow(services, role=PersonRole.MENTEE),
        "duo window": lambda: DuoWindow(services.duos, duo_ids[0]),
        "new meeting": lambda: MeetingDialog(services, starts_at=datetime(2026, 3, 5, 14)),
        "group session": lambda: MeetingDialog(services,
                                               detail=services.calendar.get(meeting)),
        "print one": lambda: PrintDialog(None, "Print", language="fr"),
        "print many": lambda: PrintDialog(None, "Print", language="fr", count=3,
                                          each_own_language=True),
        "status change": lambda: StatusChangeDialog(
            PersonRole.MENTEE, tuple(status.value for status in MenteeStatus)),
        "partner": lambda: PartnerDialog(services.partners),
        "coordinator": lambda: CoordinatorDialog(organisation, organisation.antennas()),
        "antenna": lambda: AntennaDialog(organisation),
        "restore": lambda: RestoreDialog(tmp_path / "antenna.sqlite", backups),
        "crash": lambda: CrashDialog(tmp_path / "crash.log", "Traceback…"),
        "import wizard": lambda: ImportWizard(services.imports, services.partners,
                                              describe_issue),
        "conflicts": lambda: ConflictDialog(lambda: services.exchange),
        "decision": lambda: dialogs.DecisionDialog("mentee", "Şükrü Ağaoğlu"),
        "sign": lambda: dialogs.SignDialog(today),
        "finish": lambda: dialogs.FinishDialog(today),
        "stop": lambda: dialogs.StopDialog(today),
        "outcome": lambda: dialogs.OutcomeDialog(today),
        "log a meeting": lambda: form_dialogs.MeetingDialog(
            form_dialogs.MeetingMode.LOG, datetime(2026, 3, 5, 14)),
        "plan a meeting": lambda: form_dialogs.MeetingDialog(
            form_dialogs.MeetingMode.PLAN, datetime(2026, 3, 5, 14)),
        "evaluation": lambda: form_dialogs.EvaluationDialog(today, []),
        "passphrase": lambda: PassphraseDialog(tmp_path / "antenna.sqlite", lambda _t: True),
        "new passphrase": lambda: NewPassphraseDialog(12),
        "erase on request": lambda: ChoosePersonDialog(services),
    }


@pytest.mark.parametrize("switched", [False, True], ids=["opened in", "switched to"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_dialog_and_window_shows_its_texts_whole(
        qtbot, qapp, services, compiled_translations, tmp_path: Path, language: str,
        switched: bool) -> None:
    """Opened in the language, or opened in English and then switched (Settings while the
    window is open): the window makes room for the longer words either way."""
    if not switched:
        install_translators(qapp, language)
    found = {}
    for name, build in windows(services, tmp_path).items():
        widget = build()
        qtbot.addWidget(widget)
        widget.show()
        settle(qtbot, qapp)
        if switched:
            install_translators(qapp, language)
            settle(qtbot, qapp)
        cuts = cut_texts(widget)
        for tabs in _tabs_of(widget):
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                settle(qtbot, qapp)
                cuts += cut_texts(tabs.currentWidget())
        if cuts:
            found[name] = sorted(set(cuts), key=str)
        widget.hide()  # closing would delete a window made to delete itself on close
        if switched:
            install_translators(qapp, "en")
    assert found == {}, "\n".join(f"[{k}]\n{describe(v)}" for k, v in found.items())


def test_the_check_finds_a_cut_label_button_and_header_and_respects_the_marker(
        qtbot) -> None:
    """The measuring itself: a test that cannot fail would prove nothing."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QVBoxLayout

    window = QWidget()
    layout = QVBoxLayout(window)
    label = QLabel("Disponibilités de la semaine")
    label.setFixedWidth(60)
    button = QPushButton("Exporter cette liste vers Excel…")
    button.setFixedWidth(60)
    table = QTableView()
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["Dagen zonder ontmoeting", "Einde"])
    table.setModel(model)
    table.setColumnWidth(0, 40)
    for widget in (label, button, table):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    texts = sorted(cut.text for cut in cut_texts(window))
    assert texts == ["Dagen zonder ontmoeting", "Disponibilités de la semaine",
                     "Exporter cette liste vers Excel…"]
    label.setProperty(ELIDED_ON_PURPOSE, True)
    assert "Disponibilités de la semaine" not in [cut.text for cut in cut_texts(window)]
