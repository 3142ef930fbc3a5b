"""The names of the pages in the side bar, kept apart from the pages so that the window can
list every page at start-up while importing and building only the page it opens on (the
others are built when first shown: :meth:`duodesk.ui.main_window.MainWindow.add_page`).
Each name keeps the translation context of its page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def today_title() -> str:
    return QCoreApplication.translate("TodayPage", "Today")


def mentees_title() -> str:
    return QCoreApplication.translate("PersonListPage", "Mentees")


def mentors_title() -> str:
    return QCoreApplication.translate("PersonListPage", "Mentors")


def matching_title() -> str:
    return QCoreApplication.translate("MatchingPage", "Matching")


def duos_title() -> str:
    return QCoreApplication.translate("DuosPage", "Duos")


def calendar_title() -> str:
    return QCoreApplication.translate("CalendarPage", "Calendar")


def reports_title() -> str:
    return QCoreApplication.translate("ReportsPage", "Reports")


def imports_title() -> str:
    return QCoreApplication.translate("ImportPage", "Import / Export")


def privacy_title() -> str:
    return QCoreApplication.translate("PrivacyPage", "Privacy")


def settings_title() -> str:
    return QCoreApplication.translate("SettingsPage", "Settings")
