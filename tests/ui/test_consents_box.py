"""The Consents box of Settings: the renewal months and current text versions shown as
stored, saved with its button, a refused value said in the box and nothing saved."""

from __future__ import annotations

from PySide6.QtCore import Qt

from duodesk.core.codes import ConsentPurpose
from duodesk.ui.consents_box import ConsentsBox


def test_the_box_shows_and_saves_the_settings(qtbot, services) -> None:
    box = ConsentsBox(lambda: services.consents)
    qtbot.addWidget(box)
    box.show()
    programme = ConsentPurpose.PROGRAMME
    assert box.months[programme].value() == 24 and box.months[ConsentPurpose.MEDIA].value() == 0
    assert box.months[ConsentPurpose.MEDIA].text() == "never"
    assert not box.save_button.isEnabled()
    box.months[ConsentPurpose.MEDIA].setValue(12)
    qtbot.keyClicks(box.versions[programme], "2026-1")
    assert box.save_button.isEnabled()
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    stored = services.consents.settings()
    assert stored.renew_months[ConsentPurpose.MEDIA] == 12
    assert stored.text_versions[programme] == "2026-1"
    assert stored.text_versions[ConsentPurpose.MEDIA] is None
    assert not box.save_button.isEnabled()


def test_a_refused_value_is_said_and_nothing_saved(qtbot, services) -> None:
    box = ConsentsBox(lambda: services.consents)
    qtbot.addWidget(box)
    box.show()
    box.versions[ConsentPurpose.MEDIA].setMaxLength(100)
    box.versions[ConsentPurpose.MEDIA].setText("x" * 40)
    assert not box.save()
    assert box.error.isVisible() and "at most 32 characters" in box.error.text()
    assert services.consents.settings().text_versions[ConsentPurpose.MEDIA] is None


def test_screens(qtbot, qapp, compiled_translations, services) -> None:
    from pathlib import Path

    from duodesk.i18n import install_translators

    box = ConsentsBox(lambda: services.consents)
    qtbot.addWidget(box)
    box.resize(760, 300)
    box.show()
    shots = Path("/tmp/consA/shots")
    shots.mkdir(parents=True, exist_ok=True)
    for language, title in (("fr", "Consentements"), ("nl", "Toestemmingen")):
        install_translators(qapp, language)
        qtbot.waitUntil(lambda title=title: box.title() == title)
        box.grab().save(str(shots / f"consents_box_{language}.png"))
    assert box.months[ConsentPurpose.MEDIA].text() == "nooit"
