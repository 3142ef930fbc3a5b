"""Settings → Retention: a period per status, read when shown, saved at each change."""

from __future__ import annotations

from datetime import date

from duodesk.core.codes import PersonRole
from duodesk.core.context import Services
from duodesk.core.duo_status import add_months
from duodesk.core.privacy.retention import RetentionService
from duodesk.i18n import install_translators
from duodesk.ui.retention_box import RetentionBox
from tests.factories import make_mentee


def test_periods_are_shown_and_saved(qtbot, qapp, services: Services,
                                    compiled_translations) -> None:
    services.retention.save_rules({(PersonRole.MENTEE, "withdrawn"): 3})
    box = RetentionBox(lambda: services.retention)
    qtbot.addWidget(box)
    box.show()
    withdrawn = box.spins[(PersonRole.MENTEE, "withdrawn")]
    registered = box.spins[(PersonRole.MENTEE, "registered")]
    assert withdrawn.value() == 3
    assert registered.value() == 12
    assert box.spins[(PersonRole.MENTOR, "left")].value() == 24
    assert box.bases[(PersonRole.MENTEE, "finished")].text().startswith("after the outcome")
    registered.setValue(6)
    qtbot.waitUntil(lambda: {(r.role, r.status): r.months for r in
                             services.retention.rules()}[(PersonRole.MENTEE, "registered")]
                    == 6)
    make_mentee(services)
    later = add_months(date.today(), 7)
    assert len(RetentionService(services.db, today=lambda: later).due()) == 1
    registered.setValue(0)
    assert registered.text() == "kept"
    box.save()
    assert RetentionService(services.db, today=lambda: later).due() == []
    install_translators(qapp, "fr")
    qtbot.waitUntil(lambda: box.title() == "Conservation")
    assert withdrawn.suffix() == " mois" and registered.text() == "conservé"
