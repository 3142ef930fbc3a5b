"""The Privacy page (SPEC §4.8, §9; issue 9): the files due for anonymisation under the
retention periods, the audit log, and erasure on request. Built when first shown; each tab
reads on a worker when shown."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from duodesk.ui.page_titles import privacy_title
from duodesk.ui.privacy.audit_tab import AuditLogTab
from duodesk.ui.privacy.files_due import FilesDueTab

if TYPE_CHECKING:
    from duodesk.core.context import Services

translate = QCoreApplication.translate  # lupdate reads translate("Context", ...)


class PrivacyPage(QWidget):
    """Two tabs: "Files due" and "Audit log". ``changed`` after files were anonymised or a
    person erased (the lists and the Today page read again)."""

    changed = Signal()

    def __init__(self, services: Services,
                 open_person: Callable[[uuid.UUID], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyPage")
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.files_due = FilesDueTab(services, open_person)
        self.files_due.changed.connect(self.changed)
        self.audit_log = AuditLogTab(services)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("privacyTabs")
        self.tabs.addTab(self.files_due, "")
        self.tabs.addTab(self.audit_log, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.files_due.refresh()  # shown again: files may have become due or been edited

    def show_files_due(self) -> None:
        self.tabs.setCurrentWidget(self.files_due)

    def retranslate(self) -> None:
        self.heading.setText(privacy_title())
        self.tabs.setTabText(0, translate("PrivacyPage", "Files due"))
        self.tabs.setTabText(1, translate("PrivacyPage", "Audit log"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
