"""The composition root of the desktop program: it builds the Qt application, the
translators, the crash handler, the database and its services, the main window and its
pages, and passes each what it needs. Nothing below it looks anything up globally.

Start-up order, kept lean (target: a usable window 0.5 s after the process starts):
SQLAlchemy and the models (most of the start-up time) are imported on a thread from the
first instant; the cheap refusals come first (an unsafe location, a database already open in
another window); the database is opened and the first page's data read on a worker while
the main thread builds and shows the window; the pages are built when the database is open.
The integrity check and the daily backup run on a worker after that.

``DUODESK_QUIT_WHEN_READY=1`` makes :func:`run` print ``ready <seconds>`` once the window is
shown with its first page filled, then quit with 0 (for the start-up benchmark). The seconds
count from the start of the process as the kernel recorded it (``/proc/self/stat``, 10 ms
resolution) where that exists, else from the import of this module.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import uuid

    from PySide6.QtWidgets import QApplication, QWidget

    from duodesk.core.codes import PersonRole
    from duodesk.core.context import Services
    from duodesk.core.lock import WriterLock
    from duodesk.core.preferences import Preferences
    from duodesk.ui.calendar.page import CalendarPage
    from duodesk.ui.duos.duo_window import DuoWindow
    from duodesk.ui.duos.list_page import DuosPage
    from duodesk.ui.exchange.box import ExchangeBox
    from duodesk.ui.imports.page import ImportPage
    from duodesk.ui.matching.page import MatchingPage
    from duodesk.ui.persons.list_page import PersonListPage
    from duodesk.ui.persons.person_file import PersonFileWindow
    from duodesk.ui.settings_page import OrganisationSnapshot, SettingsPage
    from duodesk.ui.today.page import TodayPage


def _seconds_since_process_start() -> float | None:
    """How long ago the kernel started this process (Linux), or None elsewhere."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: starttime
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return None


_IMPORTED_AT = time.perf_counter()
_AGE_AT_IMPORT = _seconds_since_process_start()


def seconds_since_start() -> float:
    """Seconds since the process started (see the module's docstring)."""
    return (_AGE_AT_IMPORT or 0.0) + time.perf_counter() - _IMPORTED_AT


def backup_folder_for(database: Path, prefs: Preferences) -> Path:
    """The folder named in the preferences, else ``backups`` beside the database."""
    return Path(prefs.backup_folder) if prefs.backup_folder else database.parent / "backups"


def _import_core() -> None:
    try:
        # The first thread after the main one: later ones (the pool's) reuse the allocator
        # arenas made so far instead of each making its own (duodesk/core/memory.py).
        from duodesk.core.memory import limit_arenas

        limit_arenas()
        # PySide6 (which the GUI thread is importing now) looks at every module imported
        # after it: answered quickly (ui/import_hook.py), SQLAlchemy's and the core's 284
        # modules cost 2 ms instead of 11.
        import PySide6.QtCore  # noqa: F401

        from duodesk.ui.import_hook import answer_quickly

        answer_quickly()
        import duodesk.core.context  # noqa: F401
    except BaseException:  # the worker opening the database imports it again and reports
        return


def _open_services(path: Path, folder: Path) -> Services:
    """Open the database (without taking the lock, which the program holds already)."""
    from duodesk.core.context import build_services
    from duodesk.core.database import open_database

    return build_services(open_database(path, backup_folder=folder, take_lock=False))


DEFAULT_START_PAGE = "today"


@dataclass(frozen=True)
class _Opened:
    """What the worker that opens the database hands to the window."""

    services: Services
    snapshot: OrganisationSnapshot
    start_data: object | None  # what the start page shows first (its ``preload``)


def _start_page_data(services: Services, key: str) -> object | None:
    """Read on the opening worker what the page ``key`` shows first, so that the window
    shows it filled at once; None for a page that reads nothing up front. A page given data
    here has a ``preload(data)`` method."""
    from duodesk.core.codes import PersonRole

    roles = {"mentees": PersonRole.MENTEE, "mentors": PersonRole.MENTOR}
    if key == "today":
        from duodesk.ui.today.data import read_today

        return read_today(services, whole=False)  # the privacy items follow once it shows
    if key in roles:
        from duodesk.ui.persons.list_page import read_list_data

        return read_list_data(services.persons, roles[key])
    return None


def _open_in_background(path: Path, folder: Path, start_page: str) -> _Opened:
    """Runs on a worker thread at start-up: SQLAlchemy is imported here, the mappers are
    configured and the start page's data read, all off the GUI thread."""
    from duodesk.ui.settings_page import read_snapshot

    services = _open_services(path, folder)
    try:
        return _Opened(services, read_snapshot(services.organisation),
                       _start_page_data(services, start_page))
    except BaseException:
        services.db.engine.dispose()
        raise


class DuoDeskApp:
    """The running program: preferences, the writer lock, the open database's services and
    the window. The database path and lock stay the same for the program's life."""

    def __init__(self, qt_app: QApplication, prefs: Preferences, path: Path,
                 lock: WriterLock, start_page: str = DEFAULT_START_PAGE) -> None:
        from duodesk.ui.backup_actions import BackupActions
        from duodesk.ui.main_window import MainWindow

        self.qt_app = qt_app
        self.prefs = prefs
        self.path = path
        self.lock = lock
        self.start_page = start_page
        self.services: Services | None = None
        # The Settings page, once built (it is built the first time it is shown or asked
        # for: see the ``settings_page`` property); the snapshot read for it at opening.
        self._settings_page: SettingsPage | None = None
        self._snapshot: OrganisationSnapshot | None = None
        self.today_page: TodayPage | None = None
        self.matching_page: MatchingPage | None = None
        self.person_pages: dict[PersonRole, PersonListPage] = {}
        self.person_files: dict[uuid.UUID, PersonFileWindow] = {}
        self.duos_page: DuosPage | None = None
        self.exchange_box: ExchangeBox | None = None
        self.duo_windows: dict[uuid.UUID, DuoWindow] = {}
        self.calendar_page: CalendarPage | None = None
        self.when_ready: list[Callable[[], None]] = []
        self.window = MainWindow(prefs)
        self.window.set_database(path)
        self.backups = BackupActions(self.window, self)
        from duodesk.ui.encryption_actions import EncryptionActions

        self.encryption = EncryptionActions(self.window, self)
        self.backups.last_backup_changed.connect(self._show_last_backup)
        self._enable_database_actions(False)
        from duodesk.ui import messages

        # Damage met by any work once the database is open: its backups are offered.
        messages.damage_handler = self.backups.offer_restore_after_damage

    # --- opening ---------------------------------------------------------------------------
    def open(self) -> None:
        """Open the database on a worker; the pages are built when it is open."""
        from duodesk.ui.worker import run_in_background

        if not self.encryption.unlock_at_start():  # an encrypted database: its passphrase
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, lambda: self.stop(1))
            return
        self.window.show_opening()
        folder = self.backup_folder()
        start = self.window.current_page_key() or self.start_page
        run_in_background(
            self.window, lambda _progress: _open_in_background(self.path, folder, start), "",
            self._opened, self._open_failed, delay_ms=None)

    def _opened(self, opened: _Opened) -> None:
        services = opened.services
        services.db.lock = self.lock  # closing the services gives the lock back
        self.services = services
        self.window.show_opened()
        self._build_pages(opened.snapshot, opened.start_data)
        self._enable_database_actions(True)
        self._show_last_backup(self.backups.newest_backup())
        self.encryption.database_opened()
        for callback in self.when_ready:
            callback()

    def _open_failed(self, error: BaseException) -> bool:
        from PySide6.QtCore import QTimer

        from duodesk.core.errors import DatabaseDamaged, DuoDeskError
        from duodesk.ui import messages

        if isinstance(error, DatabaseDamaged):
            QTimer.singleShot(0, lambda: self._offer_restore(error))
            return True
        if isinstance(error, DuoDeskError):
            messages.error(self.window, error)
        else:
            sys.excepthook(type(error), error, error.__traceback__)
        self.stop(1)
        return True

    def _offer_restore(self, error: BaseException) -> None:
        """The database is damaged: offer its backups, restore the one chosen, open it."""
        from duodesk.messages import describe

        # A file encrypted elsewhere looks damaged here: its passphrase is offered too.
        unlock = self.encryption.unlock_damaged if self.encryption.can_unlock_damaged() else None
        self.backups.restore_damaged(describe(error), then=self.open,
                                     give_up=lambda: self.stop(1), unlock=unlock)

    def stop(self, code: int) -> None:
        """Leave with ``code`` (the database could not be opened)."""
        self.window.hide()
        self.qt_app.exit(code)

    def _enable_database_actions(self, enabled: bool) -> None:
        self.window.backup_action.setEnabled(enabled)
        self.window.restore_action.setEnabled(enabled)

    # --- pages ---------------------------------------------------------------------------
    def _build_pages(self, snapshot: OrganisationSnapshot | None = None,
                     start_data: object | None = None) -> None:
        """Build every page on the current services (again after a restore), then show the
        start page (the page shown before a restore); ``snapshot`` and ``start_data`` are
        what the opening worker read for the Settings page and the start page."""
        start = self.window.current_page_key() or self.start_page
        with self.window.building_pages(start):
            self._build_all_pages(snapshot)
            page = self.window.page(start)
            if start_data is not None and page is not None and hasattr(page, "preload"):
                page.preload(start_data)

    def _build_all_pages(self, snapshot: OrganisationSnapshot | None) -> None:
        """Every page, in the order of the side bar."""
        from duodesk.ui import page_titles as titles
        from duodesk.ui.settings_page import settings_title

        assert self.services is not None
        # Pages given as functions are built when first shown (the start page at once); the
        # pages of a database restored over this one are built anew.
        self.today_page = self.matching_page = self.duos_page = self.calendar_page = None
        self.exchange_box = None
        self.window.add_page("today", titles.today_title, self._make_today_page)
        self._build_person_pages()
        self.window.add_page("matching", titles.matching_title, self._make_matching_page)
        self.window.add_page("duos", titles.duos_title, self._make_duos_page)
        self.window.add_page("calendar", titles.calendar_title, self._make_calendar_page)
        self.window.add_page("reports", titles.reports_title, self._make_reports_page)
        self.window.add_page("imports", titles.imports_title, self._make_imports_page)
        self.window.add_page("privacy", titles.privacy_title, self._make_privacy_page)
        # Lists exported from the window are stamped in the audit trail (ui.tables.export);
        # the audit log's service is made at the first export, not at start-up.
        services = self.services
        self.window.record_export = lambda headers: services.audit_log.record_export(  # type: ignore[attr-defined]
            "table", fields=headers)
        # Built when first shown, like the pages above (its boxes took a tenth of a second
        # of the start-up); the status bar names the coordinator from what was read.
        self._settings_page, self._snapshot = None, snapshot
        self.encryption.box = None  # it went with the Settings page this one replaces
        current = (snapshot.current if snapshot is not None
                   else services.organisation.current_coordinator())
        self.window.set_coordinator(current.name if current is not None else None)
        self.window.add_page("settings", settings_title, self._make_settings_page)

    @property
    def settings_page(self) -> SettingsPage | None:
        """The Settings page (built now if it was not yet); None before the database is
        open."""
        page = self.window.page("settings") if self.services is not None else None
        return page if page is self._settings_page else None

    def _make_settings_page(self) -> QWidget:
        from duodesk.i18n import effective_language
        from duodesk.ui.settings_page import SettingsPage

        assert self.services is not None
        page = SettingsPage(
            self.services.organisation, effective_language(self.prefs.language),
            self.backup_folder(), self.prefs.backup_folder is None,
            self.window.backup_action, self.window.restore_action, self._snapshot,
            weights_box=self._weights_box(), partners_box=self._partners_box())
        self._snapshot = None  # read again by the page from now on
        page.add_section(self._retention_box())
        page.add_section(self._consents_box())
        page.language_chosen.connect(self.set_language)
        page.backup_folder_chosen.connect(self.set_backup_folder)
        page.current_coordinator_changed.connect(self.window.set_coordinator)
        page.add_box(self.encryption.make_box())
        self._settings_page = page
        page.set_last_backup(self.backups.newest_backup())  # type: ignore[arg-type]
        return page

    def _make_imports_page(self) -> QWidget:
        """The Import / Export page: partner lists, headquarters' exchange, history."""
        from duodesk.ui.imports.page import ImportPage

        assert self.services is not None
        imports = ImportPage(self.services.imports, self.services.partners)
        imports.imported.connect(self._person_saved)  # new mentees: the lists read again
        self._add_exchange_box(imports)
        return imports

    def _add_exchange_box(self, imports: ImportPage) -> None:
        """Headquarters' exchange on the Import / Export page; its service (and openpyxl)
        is built when first used."""
        from duodesk.ui.exchange.box import ExchangeBox

        services = self.services
        assert services is not None
        box = ExchangeBox(lambda: services.exchange, services.organisation)
        box.imported.connect(self._exchange_imported)
        imports.add_section(box)
        self.exchange_box = box

    def _exchange_imported(self, _result: object) -> None:
        """An import from headquarters or a resolved conflict: every list reads again."""
        self._person_saved(None)
        if self.duos_page is not None:
            self.duos_page.refresh()

    def _make_today_page(self) -> QWidget:
        """The Today page, first in the side bar: the page the program opens on."""
        from duodesk.ui.today.page import TodayPage

        assert self.services is not None
        page = TodayPage(self.services, open_person=self.open_person, open_duo=self.open_duo,
                         find_mentor=self.find_mentor, open_privacy=self.open_files_due)
        page.changed.connect(self._today_item_done)
        self.today_page = page
        return page

    def _make_matching_page(self) -> QWidget:
        """The Matching page, after the persons' pages: a proposed duo moves every list."""
        from duodesk.ui.matching.page import MatchingPage

        assert self.services is not None
        page = MatchingPage(self.services, open_person=self.open_person,
                            open_duo=self.open_duo)
        page.duo_proposed.connect(lambda duo: self._duo_changed(duo.id))
        self.matching_page = page
        return page

    def _weights_box(self) -> QWidget:
        """The matching weights for Settings; the matching service is built when shown."""
        from duodesk.ui.matching.weights_box import WeightsBox

        services = self.services
        assert services is not None
        return WeightsBox(lambda: services.matching)

    def _retention_box(self) -> QWidget:
        """The retention periods for Settings, read when shown."""
        from duodesk.ui.retention_box import RetentionBox

        services = self.services
        assert services is not None
        return RetentionBox(lambda: services.retention)

    def _consents_box(self) -> QWidget:
        """The consents' renewal periods and text versions for Settings, read when shown."""
        from duodesk.ui.consents_box import ConsentsBox

        services = self.services
        assert services is not None
        return ConsentsBox(lambda: services.consents)

    def _partners_box(self) -> QWidget:
        """The referring partners for Settings, read when shown."""
        from duodesk.ui.partners_box import PartnersBox

        services = self.services
        assert services is not None
        return PartnersBox(lambda: services.partners)

    def find_mentor(self, mentee_id: uuid.UUID) -> None:
        """Show the Matching page (built now if it was not yet) on a waiting mentee's ranked
        mentors."""
        self.window.show_page("matching")
        if self.matching_page is not None:
            self.matching_page.select_mentee(mentee_id)

    def _build_person_pages(self) -> None:
        """The Mentees and Mentors pages (built when first shown), and the global search over
        persons and duos."""
        from duodesk.core.codes import PersonRole
        from duodesk.ui.duos.search_provider import PersonAndDuoSearchProvider
        from duodesk.ui.page_titles import mentees_title, mentors_title

        assert self.services is not None
        self.person_pages.clear()
        for role, key, title in ((PersonRole.MENTEE, "mentees", mentees_title),
                                 (PersonRole.MENTOR, "mentors", mentors_title)):
            self.window.add_page(key, title, lambda role=role: self._make_person_page(role))
        services = self.services
        self.window.set_search_provider(PersonAndDuoSearchProvider(
            services.persons, lambda: services.duos, self.open_person, self.open_duo))

    def person_page(self, role: PersonRole) -> PersonListPage | None:
        """The Mentees or Mentors page (built now if it was not yet); None before the
        database is open."""
        from duodesk.core.codes import PersonRole

        self.window.page("mentees" if role is PersonRole.MENTEE else "mentors")
        return self.person_pages.get(role)

    def _make_person_page(self, role: PersonRole) -> QWidget:
        from duodesk.ui.persons.list_page import PersonListPage

        assert self.services is not None
        page = PersonListPage(role, self.services.persons, self.services.organisation,
                              self.prefs, open_person=self.open_person,
                              open_new=self.open_new_person)
        self.person_pages[role] = page
        return page

    def _make_duos_page(self) -> QWidget:
        """The Duos page, after the persons' pages."""
        from duodesk.ui.duos.list_page import DuosPage

        assert self.services is not None
        page = DuosPage(self.services.duos, self.services.organisation,
                        open_duo=self.open_duo)
        self.duos_page = page
        return page

    def _make_calendar_page(self) -> QWidget:
        """The Calendar page: a meeting moved there moves every list."""
        from duodesk.ui.calendar.page import CalendarPage

        assert self.services is not None
        calendar = CalendarPage(self.services, open_duo=self.open_duo)
        calendar.changed.connect(self._today_item_done)  # a meeting moved: the lists follow
        self.calendar_page = calendar
        return calendar

    def _make_privacy_page(self) -> QWidget:
        """The Privacy page: files due for anonymisation, audit log, erasure on request."""
        from duodesk.ui.privacy.page import PrivacyPage

        assert self.services is not None
        page = PrivacyPage(self.services, open_person=self.open_person)
        page.changed.connect(self._today_item_done)  # files anonymised: every list reads again
        return page

    def open_files_due(self) -> None:
        """Show the Privacy page on its files due for anonymisation."""
        self.window.show_page("privacy")
        page = self.window.page("privacy")
        if page is not None and hasattr(page, "show_files_due"):
            page.show_files_due()

    def _make_reports_page(self) -> QWidget:
        """The Reports page: the impact indicators."""
        from duodesk.ui.reports.page import ReportsPage

        assert self.services is not None
        return ReportsPage(self.services)

    def warm_up(self) -> None:
        """Once the window is up and idle: build (hidden, then dropped) a person's file and
        read one person on a worker, so that Qt's widgets and the compiled queries are ready
        and the first file a coordinator opens comes as fast as the next (220 ms against
        45 ms at 100,000 mentees without it)."""
        import uuid

        from duodesk.core.codes import PersonRole
        from duodesk.ui.persons.person_file import PersonFileWindow
        from duodesk.ui.worker import run_in_background

        if self.services is None:
            return
        services = self.services
        hidden = PersonFileWindow(services, role=PersonRole.MENTEE)
        hidden.deleteLater()
        page = self.person_page(PersonRole.MENTEE)  # built, hidden, if the window opened elsewhere
        if page is not None and page.model.rowCount():
            first = page.model.id_at(0)
            if isinstance(first, uuid.UUID):
                run_in_background(
                    self.window,
                    lambda _progress: services.persons.get(first, record_view=False),
                    "", delay_ms=None)

    # --- person files ------------------------------------------------------------------------
    def open_person(self, person_id: uuid.UUID) -> None:
        """Open a person's file in its own window (the one already open, if any)."""
        from duodesk.ui.persons.person_file import open_person_file

        assert self.services is not None
        window = self.person_files.get(person_id)
        if window is not None:
            window.raise_()
            window.activateWindow()
            return
        window = open_person_file(self.window, self.services, person_id)
        self.person_files[person_id] = window
        window.destroyed.connect(lambda: self.person_files.pop(person_id, None))
        self._follow_file(window)

    def open_new_person(self, role: PersonRole) -> None:
        """Open an empty file for a new mentee or mentor."""
        from duodesk.ui.persons.person_file import open_new_person

        assert self.services is not None
        self._follow_file(open_new_person(self.window, self.services, role))

    def _follow_file(self, window: PersonFileWindow) -> None:
        window.saved.connect(self._person_file_saved)
        window.open_requested.connect(self.open_person)
        window.duo_requested.connect(self.open_duo)

    # --- duo windows ---------------------------------------------------------------------------
    def open_duo(self, duo_id: uuid.UUID) -> None:
        """Open a duo's window (the one already open, if any); Today, Matching, the Duos
        page and the persons' files call it."""
        from duodesk.core.errors import DuoDeskError
        from duodesk.ui import messages
        from duodesk.ui.duos.duo_window import open_duo_window

        assert self.services is not None
        window = self.duo_windows.get(duo_id)
        if window is not None:
            window.raise_()
            window.activateWindow()
            return
        try:
            window = open_duo_window(self.window, self.services.duos, duo_id)
        except DuoDeskError as error:  # e.g. removed since (an import undone): say so
            messages.error(self.window, error)
            return
        self.duo_windows[duo_id] = window
        window.destroyed.connect(lambda: self.duo_windows.pop(duo_id, None))
        window.changed.connect(self._duo_changed)
        window.person_requested.connect(self.open_person)
        window.calendar_requested.connect(self.show_duo_in_calendar)

    def show_duo_in_calendar(self, duo_id: uuid.UUID) -> None:
        """The Calendar page (built now if it was not yet) showing one duo's meetings, in
        the main window."""
        self.window.show_page("calendar")
        if self.calendar_page is None:
            return
        self.calendar_page.show_duo(duo_id)
        self.window.raise_()
        self.window.activateWindow()

    def _duo_changed(self, _duo_id: object) -> None:
        """A lifecycle step moved a duo (and its mentee and mentor): every list follows."""
        if self.duos_page is not None:
            self.duos_page.refresh()
        for file in self.person_files.values():
            file.refresh_duos()
        self._person_saved(None)
        today = getattr(self, "today_page", None)
        if today is not None and today.isVisible():  # else it reads again when shown
            today.refresh()

    def _today_item_done(self) -> None:
        """A follow-up done from Today (which reads itself again): the other lists follow."""
        if self.duos_page is not None:
            self.duos_page.refresh()
        for file in self.person_files.values():
            file.refresh_duos()
        self._person_saved(None)

    def _person_saved(self, _person_id: object) -> None:
        for page in self.person_pages.values():
            page.refresh()

    def _person_file_saved(self, person_id: object) -> None:
        """A person's file saved (a name, a phone…): the Duos page and the open duo windows
        that show that person follow, not only the persons' lists."""
        self._person_saved(person_id)
        if self.duos_page is not None:
            self.duos_page.refresh()
        for window in list(self.duo_windows.values()):
            if person_id in (window.duo.mentee_id, window.duo.mentor_id):
                window.reload()

    def _show_last_backup(self, moment: object) -> None:
        self.window.set_last_backup(moment)  # type: ignore[arg-type]
        if self._settings_page is not None:  # not built for this
            self._settings_page.set_last_backup(moment)  # type: ignore[arg-type]

    # --- preferences -----------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Apply a language at once (every window retranslates itself) and remember it."""
        from duodesk.core.preferences import save_preferences
        from duodesk.i18n import install_translators

        self.prefs.language = language
        save_preferences(self.prefs)
        install_translators(self.qt_app, language)
        if self._settings_page is not None:
            self._settings_page.show_language(language)

    def backup_folder(self) -> Path:
        return backup_folder_for(self.path, self.prefs)

    def set_backup_folder(self, folder: Path | None) -> None:
        from duodesk.core.preferences import save_preferences

        self.prefs.backup_folder = str(folder) if folder else None
        save_preferences(self.prefs)
        if self._settings_page is not None:
            self._settings_page.show_backup_folder(self.backup_folder(), folder is None)
        self.backups.refresh_last_backup()

    # --- the database (for restoring from the menu) ------------------------------------------
    def release_database(self) -> None:
        """Let every connection go, keeping the writer lock (before a restore)."""
        self.window.set_pages_enabled(False)
        if self.services is not None:
            self.services.db.engine.dispose()

    def reopen_database(self) -> bool:
        """Open the database again and rebuild the pages on it; False when it failed (the
        user was told, and the program stops)."""
        from duodesk.core.errors import DuoDeskError
        from duodesk.ui import messages

        try:
            services = _open_services(self.path, self.backup_folder())
        except DuoDeskError as error:
            messages.error(self.window, error)
            self.stop(1)
            return False
        services.db.lock = self.lock
        self.services = services
        # Enabled first: a page built on the new services reads when shown, and a page reads
        # nothing while the pages are off (the file being replaced: see TodayPage.refresh).
        self.window.set_pages_enabled(True)
        self._build_pages()
        return True

    def shutdown(self) -> None:
        """Wait for background work, then close the database and give the lock back."""
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()
        from duodesk.ui import messages

        if messages.damage_handler == self.backups.offer_restore_after_damage:
            messages.damage_handler = None
        self.encryption.shutdown()
        if self.services is not None:
            self.services.close()
        self.lock.release()


def take_database(path: Path) -> WriterLock | None:
    """Refuse at once what needs no database engine: an unsafe location, a database open in
    another window. Return the writer lock, or None (the user was told why)."""
    from duodesk.core.errors import DuoDeskError
    from duodesk.core.location import check_database_location
    from duodesk.core.lock import WriterLock
    from duodesk.ui import messages

    lock = WriterLock(path)
    try:
        check_database_location(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire()
    except DuoDeskError as error:
        messages.error(None, error)
        return None
    except OSError:
        from duodesk.core.errors import DatabaseReadOnly

        messages.error(None, DatabaseReadOnly(path=str(path)))
        return None
    return lock


def collect_after_start() -> None:
    """Bring the garbage collector back after start-up, keeping the objects made so far out
    of its generations, on the GUI thread only (see :mod:`duodesk.ui.collector`)."""
    from duodesk.ui.collector import collect_on_main_thread

    gc.freeze()
    collect_on_main_thread()


def run(db_path: Path | None, argv: list[str] | None = None,
        start_page: str | None = None) -> int:
    """Run the desktop program on ``db_path`` (default: the user's data folder), opening on
    the page ``start_page`` (its key in the side bar; the default page when None or
    unknown); return the exit code: 0 after a normal close, 1 when the database could not be
    opened."""
    import threading

    # Start-up allocates many long-lived objects (SQLAlchemy, the models, Qt's wrappers):
    # collecting cycles among them is wasted time (about a tenth of the start-up here). The
    # collector comes back, with those objects frozen out of its way, once the window is up.
    gc.disable()
    # Importing SQLAlchemy and the models is most of the start-up time: begin at once, on a
    # thread, beside Qt's own start (the worker that opens the database finds it done).
    threading.Thread(target=_import_core, name="duodesk-import", daemon=True).start()
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from duodesk import __version__
    from duodesk.core.preferences import load_preferences
    from duodesk.i18n import effective_language, install_translators
    from duodesk.paths import default_database_path, resource_path
    from duodesk.ui.crash import CrashHandler

    existing = QApplication.instance()
    qt_app = existing if isinstance(existing, QApplication) else QApplication(
        list(argv) if argv is not None else sys.argv[:1])
    qt_app.setOrganizationName("DuoDesk")
    qt_app.setApplicationName("DuoDesk")
    qt_app.setApplicationVersion(__version__)
    # Every window's and the taskbar's icon: a Linux executable carries none of its own.
    qt_app.setWindowIcon(QIcon(str(resource_path("icons", "duodesk.png"))))
    prefs = load_preferences()
    install_translators(qt_app, effective_language(prefs.language))
    crash_handler = CrashHandler()
    crash_handler.install()
    try:
        path = Path(db_path or default_database_path()).absolute()
        lock = take_database(path)
        if lock is None:
            return 1
        program = DuoDeskApp(qt_app, prefs, path, lock, start_page or DEFAULT_START_PAGE)
        program.open()
        program.window.show()
        program.when_ready.append(collect_after_start)
        if os.environ.get("DUODESK_QUIT_WHEN_READY") == "1":
            def report_ready() -> None:
                # the processor time of all threads beside the wall time: the fair measure
                # on a machine busy with other work (benchmarks/startup.py)
                print(f"ready {seconds_since_start():.3f} cpu {time.process_time():.3f}",
                      flush=True)
                program.window.close()
            program.when_ready.append(lambda: QTimer.singleShot(0, report_ready))
        else:
            program.when_ready.append(
                lambda: QTimer.singleShot(0, program.backups.run_start_checks))
            program.when_ready.append(lambda: QTimer.singleShot(300, program.warm_up))
        try:
            return qt_app.exec()
        finally:
            program.shutdown()
    finally:
        crash_handler.uninstall()
        from duodesk.ui.collector import collecting_on_main_thread

        if not collecting_on_main_thread():
            gc.enable()  # the window never got ready


if __name__ == "__main__":
    raise SystemExit(run(Path(sys.argv[1]) if len(sys.argv) > 1 else None))
