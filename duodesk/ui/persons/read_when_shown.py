"""A tab of a person's file that reads its data only when it is shown: set to a person, it
reads at once if visible, else at its next show (a file opens on its profile, and most of
its tabs are never looked at)."""

from __future__ import annotations

import uuid

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class ReadWhenShown(QWidget):
    """The reading pattern of a person's tab; subclasses read in :meth:`load`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person_id: uuid.UUID | None = None
        self._stale = True

    def set_person(self, person_id: uuid.UUID | None) -> None:
        self.person_id = person_id
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read again now if shown, else when next shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        if self.person_id is not None:
            self.load()

    def load(self) -> None:
        raise NotImplementedError
