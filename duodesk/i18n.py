"""The one translation system (SPEC §2, §12): Qt's translators, loaded for the GUI and for
the command line alike. Needs only QtCore, so it works without a display.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from duodesk.core.preferences import LANGUAGES
from duodesk.paths import resource_path

T = TypeVar("T")
_installed: list[QTranslator] = []
# The locale whose dates and numbers each language shows: Belgium's for French and Dutch
# (Flanders writes 05/03/2026, not the Netherlands' 05-03-2026). English at a Belgian
# organisation writes the day first and the 24-hour clock (05/03/2026 14:30), not the
# American way.
_LOCALE_NAMES = {"en": "en_GB", "fr": "fr_BE", "nl": "nl_BE"}


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



# --- a document in another language than the interface's (SPEC §12) ------------------------
@dataclass(frozen=True)
class _Speech:
    """The translators and locale of one language, loaded once, never installed."""

    language: str
    translators: tuple[QTranslator, ...]
    locale: QLocale


_speeches: dict[str, _Speech] = {}
# Set while the words of a document are built in the language chosen for it; a context
# variable, so that the interface (and any other thread) keeps speaking its own language.
_document: ContextVar[_Speech | None] = ContextVar("duodesk_document_language", default=None)


def _speech(language: str) -> _Speech:
    if language not in _speeches:
        translators = []
        for qm in sorted(resource_path("i18n").glob(f"*_{language}.qm")):
            translator = QTranslator()
            if translator.load(qm.stem, str(qm.parent)):
                translators.append(translator)
        _speeches[language] = _Speech(language, tuple(translators),
                                      QLocale(_LOCALE_NAMES.get(language, language)))
    return _speeches[language]


@contextmanager
def document_language(language: str | None) -> Iterator[None]:
    """Within the block, :func:`translate` and :func:`document_locale` speak ``language``
    (``None``: the interface's), whatever the interface speaks."""
    if language not in LANGUAGES:
        yield
        return
    token = _document.set(_speech(language))
    try:
        yield
    finally:
        _document.reset(token)


def keeping_document_language(function: Callable[..., T]) -> Callable[..., T]:
    """``function``, called later (on a worker) in the document language current now."""
    speech = _document.get()
    if speech is None:
        return function

    def call(*args: Any, **kwargs: Any) -> T:
        token = _document.set(speech)
        try:
            return function(*args, **kwargs)
        finally:
            _document.reset(token)

    return call


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``, in the document language when one is set."""
    speech = _document.get()
    if speech is None:
        return QCoreApplication.translate(context, text, disambiguation, n)
    found = next((result for translator in speech.translators
                  if (result := translator.translate(context, text, disambiguation, n))),
                 text)
    if n >= 0:
        found = found.replace("%Ln", speech.locale.toString(n)).replace("%n", str(n))
    return found


def document_locale() -> QLocale:
    """The locale of the document language when one is set, else the interface's."""
    speech = _document.get()
    return speech.locale if speech is not None else QLocale()
