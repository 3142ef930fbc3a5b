"""Choosing another language in Settings while a form holds unsaved edits keeps every edit:
typed text, choices in lists (which are filled again in the new language), ticked boxes and
dates; the window still says it has changes to save."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from duodesk.core.codes import EducationLevel, Gender, PersonRole, Sector
from duodesk.ui import messages
from duodesk.ui.calendar.meeting_dialog import MeetingDialog
from duodesk.ui.persons.person_file import PersonFileWindow
from tests.ui.test_meeting_dialog import choose


def closing_asks(monkeypatch) -> list[str]:
    """Closing then asks whether to save (the edits are still there): answered Discard."""
    asked: list[str] = []

    def discard(_parent, question: str) -> messages.Choice:
        asked.append(question)
        return messages.Choice.DISCARD

    monkeypatch.setattr(messages, "ask_save_discard_cancel", discard)
    return asked


def choose_in_settings(program, qtbot, language: str) -> None:
    """What the coordinator does: the Language list of the Settings page."""
    program.window.show_page("settings")
    combo = program.settings_page.language_combo
    combo.setCurrentIndex(combo.findData(language))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: program.prefs.language == language)


def test_a_new_persons_unsaved_edits_survive_two_language_changes(
        qtbot, qapp, program, compiled_translations, monkeypatch) -> None:
    window = PersonFileWindow(program.services, role=PersonRole.MENTEE)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.show()
    form = window.form
    qtbot.keyClicks(form.first_name, "Ioana")
    form.last_name.set_value("Țurcanu")  # QTest types Latin-1 only
    form.gender.set_value(Gender("F"))
    form.education_level.set_value(list(EducationLevel)[2])
    form.birth_date.set_value(date(2001, 4, 3))
    form.sectors.set_value([Sector("logistics")])
    form.professional_project.set_value("Magasinière, permis C")
    typed = {name: field.widget.value() for name, field in form.fields.items()
             if hasattr(field.widget, "value")}
    assert window.dirty

    for language, heading in (("fr", "Prénom"), ("nl", "Voornaam")):
        choose_in_settings(program, qtbot, language)
        qtbot.waitUntil(lambda heading=heading: form.labels["first_name"].text() == heading)
        kept = {name: field.widget.value() for name, field in form.fields.items()
                if hasattr(field.widget, "value")}
        assert kept == typed, language
        assert window.dirty and window.save_button.isEnabled()
    assert form.gender.currentText() == "Vrouw"  # the choice kept, named in Dutch
    asked = closing_asks(monkeypatch)
    window.close()
    assert asked == ["Dit dossier heeft wijzigingen die niet opgeslagen zijn. Opslaan?"]


def test_a_meetings_unsaved_edits_survive_a_language_change(
        qtbot, qapp, program, compiled_translations, monkeypatch) -> None:
    dialog = MeetingDialog(program.services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields.title.setText("Séance d'information à Gent")
    dialog.recurrence.freq.setCurrentIndex(dialog.recurrence.freq.findData("weekly"))
    choose(dialog.attendance.list_combo, "new_registrations")
    kind = dialog.fields.kind.currentData()
    choose_in_settings(program, qtbot, "nl")
    qtbot.waitUntil(lambda: dialog.recurrence.freq.currentText() == "Elke week")
    assert dialog.fields.title.text() == "Séance d'information à Gent"
    assert dialog.fields.kind.currentData() == kind
    assert dialog.attendance.list_combo.currentData() == "new_registrations"
    assert dialog.is_dirty()
    asked = closing_asks(monkeypatch)
    dialog.reject()
    assert len(asked) == 1 and "niet opgeslagen" in asked[0]


def test_a_language_change_is_no_edit(qtbot, qapp, program, compiled_translations) -> None:
    """A file opened and only read stays unedited when the language changes, though its
    lists (gender, language levels, yes/no) are filled again in the new language."""
    from tests.factories import make_mentee

    # The factory's mentee: a gender, two languages with their levels.
    person = make_mentee(program.services, driving_licence=True)
    window = PersonFileWindow(program.services, person_id=person)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.show()
    assert not window.dirty
    choose_in_settings(program, qtbot, "fr")
    qtbot.waitUntil(lambda: window.form.labels["first_name"].text() == "Prénom")
    assert window.form.gender.currentText() == "Femme"
    assert not window.dirty and not window.save_button.isEnabled()
