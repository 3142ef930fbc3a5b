"""Child processes that meet a full disk: the size a process may give a file is capped
with ``RLIMIT_FSIZE`` and SIGXFSZ ignored, so that a write past it fails with EFBIG as a
write to a full disk fails with ENOSPC, instead of killing the process."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]


def capped(limit: int) -> Callable[[], None]:
    """A ``preexec_fn`` giving the child ``limit`` bytes per file (an ignored signal stays
    ignored across ``exec``)."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def run_command(arguments: Sequence[str], *, limit: int | None = None,
                language: str = "en") -> subprocess.CompletedProcess[str]:
    """``duodesk ARGUMENTS`` in a child process (capped at ``limit`` bytes per file)."""
    environment = {**os.environ, "DUODESK_LANG": language}
    return subprocess.run([sys.executable, "-m", "duodesk", *arguments], cwd=REPO,
                          env=environment, capture_output=True, text=True, timeout=120,
                          preexec_fn=capped(limit) if limit is not None else None)


# Opens the database, THEN caps the file size and runs the work: the disk fills up during
# the export, not while the program starts.
SCRIPT = '''\
import json, resource, signal, sys
from pathlib import Path
from sqlalchemy import text
from duodesk.core.context import build_services
from duodesk.core.database import open_database
from duodesk.core.errors import DuoDeskError
from duodesk.messages import describe

services = build_services(open_database(Path(sys.argv[1])))
target = Path(sys.argv[2])
limit = int(sys.argv[3])
with services.db.read() as session:  # the write-ahead log's index made while there is room
    session.execute(text("SELECT count(*) FROM persons"))
{setup}
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
{work}
    print(json.dumps({{"written": True}}))
except DuoDeskError as error:
    print(json.dumps({{"code": error.code, "params": error.params,
                      "message": describe(error)}}))
finally:
    services.close()
'''


def run_script(work: str, database: Path, target: Path, limit: int,
               setup: str = "") -> dict[str, Any]:
    """Run ``setup`` then ``work`` (indented code using ``services`` and ``target``) in a
    child process whose files may not grow past ``limit`` bytes once ``setup`` is done;
    return what became of it: ``{"written": True}`` or the typed error's code, params and
    sentence."""
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(work=work, setup=setup), str(database),
         str(target),
         str(limit)], cwd=REPO, env={**os.environ, "DUODESK_LANG": "en"},
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
