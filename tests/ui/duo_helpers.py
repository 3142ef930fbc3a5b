"""Helpers of the duo screens' tests: a duo service on a clock the test moves, duos proposed
between a waiting mentee and an available mentor made through the real services, and a
dialog runner that answers each dialog with the next of a list of handlers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox

from duodesk.core.context import Services
from duodesk.core.services.duo_data import DuoView
from duodesk.core.services.duos import DuoService
from tests.core.duo_setup import TODAY, Clock, available_mentor, waiting_mentee

FIRST_MEETING = datetime.combine(TODAY + timedelta(days=1), time(14, 0))
ACCEPTED = QDialog.DialogCode.Accepted
REJECTED = QDialog.DialogCode.Rejected


def propose(services: Services, duos: DuoService, **kw: Any) -> DuoView:
    """A duo proposed now, its first meeting tomorrow at 14:00 (unless told otherwise)."""
    mentee_id = kw.pop("mentee_id", None) or waiting_mentee(services)
    mentor_id = kw.pop("mentor_id", None) or available_mentor(services)
    return duos.propose(mentee_id, mentor_id, coordinator_id=kw.pop("coordinator_id", None),
                        first_meeting_at=kw.pop("first_meeting_at", FIRST_MEETING),
                        agreement_language=kw.pop("agreement_language", "fr"), **kw)


def active_duo(services: Services, duos: DuoService, clock: Clock, **kw: Any) -> DuoView:
    """A duo both sides accepted after the first meeting, its agreement signed then."""
    duo = propose(services, duos, **kw)
    clock.now = max(clock.now, FIRST_MEETING + timedelta(hours=3))
    duos.record_decision(duo.id, "mentee", True)
    duos.record_decision(duo.id, "mentor", True)
    return duos.sign_agreement(duo.id, clock.today())


class Script:
    """Answers the dialogs in turn: each handler gets the dialog and returns its result.
    A message box's text is kept in ``messages``; a dialog with no handler left fails."""

    def __init__(self) -> None:
        self.handlers: list[Callable[[QDialog], int]] = []
        self.seen: list[QDialog] = []
        self.messages: list[str] = []

    def then(self, handler: Callable[[QDialog], int]) -> Script:
        self.handlers.append(handler)
        return self

    def __call__(self, dialog: QDialog) -> int:
        self.seen.append(dialog)
        if isinstance(dialog, QMessageBox):
            self.messages.append(dialog.text())
        assert self.handlers, f"unexpected dialog {type(dialog).__name__}"
        return int(self.handlers.pop(0)(dialog))


def ok_message(dialog: QDialog) -> int:
    """Close a message box with OK."""
    assert isinstance(dialog, QMessageBox)
    return int(QMessageBox.StandardButton.Ok)
