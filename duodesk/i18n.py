"""The one translation system (SPEC §2, §12): Qt's translators, loaded for the GUI and for
the command line alike. Needs only QtCore, so it works without a display.
"""

from __future__ import annotations

import locale
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from duodesk.core.preferences import LANGUAGES
from duodesk.paths import resource_path

_installed: list[QTranslator] = []
# The locale whose dates and numbers each language shows. English at a Belgian organisation
# writes the day first and the 24-hour clock (05/03/2026 14:30), not the American way.
_LOCALE_NAMES = {"en": "en_GB"}


def system_language() -> str:
    """The supported language closest to the system's (English when none fits)."""
    for candidate in (os.environ.get("DUODESK_LANG"), QLocale.system().name(),
                      locale.getlocale()[0], os.environ.get("LANG")):
        code = (candidate or "")[:2].lower()
        if code in LANGUAGES:
            return code
    return "en"


def effective_language(preferred: str | None) -> str:
    return preferred if preferred in LANGUAGES else system_language()


def install_translators(app: QCoreApplication, language: str) -> str:
    """Replace the application's translators by those of ``language``; return it.

    DuoDesk's own strings come from ``resources/i18n/<area>_<lang>.qm`` (one file per area
    of the program), Qt's dialogs from Qt's ``qtbase_<lang>.qm``. English is the source
    language: its files hold only the plural forms of counted messages ("1 row", "2 rows").
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(_LOCALE_NAMES.get(language, language)))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    own = resource_path("i18n")
    files = [] if language == "en" else [(qt_folder, f"qtbase_{language}")]
    files += [(str(own), qm.stem) for qm in sorted(own.glob(f"*_{language}.qm"))]
    for folder, name in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language

