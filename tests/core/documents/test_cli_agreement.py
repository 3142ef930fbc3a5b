"""``duodesk agreement DUO_ID -o OUT.pdf [--lang]``: the PDF in the duo's language or the one
asked, and one clear line for a wrong id, language or folder. Run as the real command in its
own process (in this one, its QCoreApplication would stand in the way of the GUI tests)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from duodesk.core.context import Services
from tests.core.documents.helpers import make_duos, pdf_text
from tests.core.test_cli import compiled_translations, duodesk, one_line_error

# The French sentence below needs the compiled translations, as in test_cli.
__all__ = ["compiled_translations"]


def test_agreement_command_writes_the_pdf(services: Services, db_path: Path,
                                          tmp_path: Path) -> None:
    (duo,) = make_duos(services, 1, language="nl")
    services.db.close()  # the command opens the file itself, as HQ scripts do
    out = tmp_path / "agreement.pdf"
    done = duodesk("agreement", str(duo), "-o", str(out), "--db", str(db_path), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"duo_id": str(duo), "language": "nl", "path": str(out)}
    assert "Mentoringovereenkomst" in pdf_text(out) and "Şükrü AĞAOĞLU" in pdf_text(out)
    done = duodesk("agreement", str(duo), "-o", str(out), "--db", str(db_path), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Agreement written to {out} (en)."
    assert "Mentoring agreement" in pdf_text(out)


def test_agreement_command_errors(services: Services, db_path: Path, tmp_path: Path) -> None:
    (duo,) = make_duos(services, 1)
    services.db.close()
    out = tmp_path / "a.pdf"
    unknown = uuid.uuid4()
    error = one_line_error(duodesk("agreement", str(unknown), "-o", str(out),
                                   "--db", str(db_path)))
    assert error == f"No duo has the id {unknown}."
    missing = tmp_path / "no-such-folder" / "a.pdf"
    error = one_line_error(duodesk("agreement", str(duo), "-o", str(missing),
                                   "--db", str(db_path)))
    assert error.startswith(f"The document could not be written to {missing}")
    assert not out.exists() and not missing.exists()
    done = duodesk("agreement", str(duo), "-o", str(out), "--db", str(db_path), "--lang", "de")
    assert done.returncode == 2 and "invalid choice" in done.stderr
    error = one_line_error(duodesk("agreement", str(unknown), "-o", str(out),
                                   "--db", str(db_path), language="fr"))
    assert error == f"Aucun duo n'a l'identifiant {unknown}."
