"""Printing many agreements at once (SPEC §1, issue 8): one combined PDF, or one file per duo
into a folder, reporting progress and honouring Cancel. A file is written beside its target
and renamed into place at the end, so a failure or a cancel never leaves half a PDF.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from duodesk.core.database import Database
from duodesk.core.documents.agreement import AgreementData, load_agreements, write_agreements
from duodesk.core.documents.texts import document_texts
from duodesk.core.errors import DocumentNotWritten
from duodesk.core.progress import Progress
from duodesk.core.storage.tempfiles import create_temporary


@dataclass(frozen=True)
class BatchResult:
    """What a batch wrote: the files, and how many agreements they hold."""

    files: list[Path]
    agreements: int


@contextmanager
def atomic_pdf(target: Path) -> Iterator[IO[bytes]]:
    """A binary file that becomes ``target`` only if the block ends without error.

    Raises ``DocumentNotWritten`` (with the system's reason) when the folder cannot be
    written or the target is locked by another program.
    """
    try:
        handle, temporary = create_temporary(target)
    except OSError as error:
        raise DocumentNotWritten(path=str(target), detail=error.strerror or str(error)) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise DocumentNotWritten(path=str(target), detail=error.strerror or str(error)) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def safe_file_name(text: str) -> str:
    """``text`` without the characters Windows refuses in a file name, spaces as dashes."""
    kept = "".join("-" if char in _REFUSED or char.isspace() else char for char in text)
    return "-".join(part for part in kept.split("-") if part)[:80]


_REFUSED = set('<>:"/\\|?*') | {chr(code) for code in range(32)}


def agreement_file_name(data: AgreementData) -> str:
    """``convention-<mentee>-<mentor>-<8 id chars>.pdf``: readable and unique in a folder,
    its first word in the agreement's own language (agreement-, convention-, overeenkomst-)."""
    names = safe_file_name(f"{data.mentee.name}-{data.mentor.name}")
    word = document_texts("agreement", data.language)["file_name"]
    return f"{word}-{names}-{str(data.duo_id)[:8]}.pdf"


def print_agreements(db: Database, duo_ids: Sequence[uuid.UUID], target: Path, *,
                     separate: bool, language: str | None = None,
                     progress: Progress | None = None,
                     name_file: Callable[[AgreementData], str] = agreement_file_name,
                     ) -> BatchResult:
    """Write the agreements of ``duo_ids``: into the one PDF ``target``, or (``separate``)
    one PDF per duo into the folder ``target``. ``language`` forces one language; by default
    each duo's agreement language. Raises ``Cancelled`` when the user cancels (files already
    finished in a folder are kept, the combined file is not written), ``NotFound``,
    ``InvalidValue`` or ``DocumentNotWritten``.
    """
    progress = progress or Progress()
    agreements = load_agreements(db, duo_ids, language)
    total = len(agreements)
    progress.step(0, total)
    if not separate:
        # One story laid out in one go; each agreement reports as it begins, and Cancel
        # stops the layout there (the temporary file is then removed).
        with atomic_pdf(target) as stream:
            write_agreements(stream, agreements, lambda done: progress.step(done, total))
            # Inside the block: a Cancel during the last agreement still keeps no file.
            progress.step(total, total)
        return BatchResult([target], total)
    if not target.is_dir():
        raise DocumentNotWritten(path=str(target), detail="not a folder")
    files: list[Path] = []
    for done, data in enumerate(agreements):
        progress.step(done, total)
        path = target / name_file(data)
        with atomic_pdf(path) as stream:
            write_agreements(stream, [data])
        files.append(path)
    progress.step(total, total)
    return BatchResult(files, total)
