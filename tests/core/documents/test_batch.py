"""Many agreements at once: one combined file or one file each, progress, and Cancel that
leaves no half-written file."""

from __future__ import annotations

from pathlib import Path

import pytest

from duodesk.core.context import Services
from duodesk.core.documents.batch import print_agreements, safe_file_name
from duodesk.core.errors import Cancelled, DocumentNotWritten
from duodesk.core.progress import Progress
from tests.core.documents.helpers import make_duos, pdf_text


def _folder(tmp_path: Path) -> Path:
    """An empty folder for the PDFs (tmp_path also holds the database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_combined_file_holds_every_agreement_with_progress(
        services: Services, tmp_path: Path) -> None:
    tmp_path = _folder(tmp_path)
    ids = make_duos(services, 3)
    steps: list[tuple[int, int]] = []
    out = tmp_path / "all.pdf"
    result = print_agreements(services.db, ids, out, separate=False,
                              progress=Progress(lambda d, t: steps.append((d, t))))
    assert result.files == [out] and result.agreements == 3
    text = pdf_text(out)
    for name in ("AĞAOĞLU", "ÁNH", "ȚURCANU"):
        assert name in text
    assert text.count("Page 1 sur 2") == 3  # each agreement numbers its own pages
    assert steps[0] == (0, 3) and steps[-1] == (3, 3) and (2, 3) in steps
    assert list(tmp_path.iterdir()) == [out]


def test_separate_files_one_per_duo(services: Services, tmp_path: Path) -> None:
    tmp_path = _folder(tmp_path)
    ids = make_duos(services, 3)
    result = print_agreements(services.db, ids, tmp_path, separate=True, language="en")
    assert len(result.files) == 3 and len({f.name for f in result.files}) == 3
    assert sorted(tmp_path.iterdir()) == sorted(result.files)
    assert "ȚURCANU" in pdf_text(result.files[2]) and "AĞAOĞLU" not in pdf_text(result.files[2])
    assert "Mentoring agreement" in pdf_text(result.files[0])


def test_cancel_leaves_no_half_file(services: Services, tmp_path: Path) -> None:
    tmp_path = _folder(tmp_path)
    ids = make_duos(services, 3)
    def cancel_midway(done: int, total: int) -> None:
        if done == 2:
            progress.cancel()

    progress = Progress(cancel_midway)
    with pytest.raises(Cancelled):
        print_agreements(services.db, ids, tmp_path / "all.pdf", separate=False,
                         progress=progress)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_targets_are_reported(services: Services, tmp_path: Path) -> None:
    tmp_path = _folder(tmp_path)
    ids = make_duos(services, 1)
    with pytest.raises(DocumentNotWritten):
        print_agreements(services.db, ids, tmp_path / "missing" / "a.pdf", separate=False)
    with pytest.raises(DocumentNotWritten):
        print_agreements(services.db, ids, tmp_path / "missing", separate=True)


def test_file_names_are_safe() -> None:
    assert safe_file_name('Şükrü A/B: "x"') == "Şükrü-A-B-x"
