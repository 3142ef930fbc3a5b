"""``duodesk agreement DUO_ID -o OUT.pdf [--lang]``: the PDF in the duo's language or the one
asked, and one clear line for a wrong id, language or folder."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from duodesk.cli import main
from duodesk.core.context import Services
from tests.core.documents.helpers import make_duos, pdf_text


def test_agreement_command_writes_the_pdf(services: Services, db_path: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    (duo,) = make_duos(services, 1, language="nl")
    services.db.close()  # the command opens the file itself, as HQ scripts do
    out = tmp_path / "agreement.pdf"
    assert main(["agreement", str(duo), "-o", str(out), "--db", str(db_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["language"] == "nl"
    assert "Mentoringovereenkomst" in pdf_text(out) and "Şükrü AĞAOĞLU" in pdf_text(out)
    assert main(["agreement", str(duo), "-o", str(out), "--db", str(db_path),
                 "--lang", "en"]) == 0
    assert "Mentoring agreement" in pdf_text(out)


def test_agreement_command_errors(services: Services, db_path: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    (duo,) = make_duos(services, 1)
    services.db.close()
    out = tmp_path / "a.pdf"
    assert main(["agreement", str(uuid.uuid4()), "-o", str(out), "--db", str(db_path)]) == 1
    assert "No duo has the id" in capsys.readouterr().err
    missing = tmp_path / "no-such-folder" / "a.pdf"
    assert main(["agreement", str(duo), "-o", str(missing), "--db", str(db_path)]) == 1
    assert "could not be written" in capsys.readouterr().err
    assert not out.exists() and not missing.exists()
    with pytest.raises(SystemExit):
        main(["agreement", str(duo), "-o", str(out), "--db", str(db_path), "--lang", "de"])
