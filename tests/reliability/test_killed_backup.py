"""A backup killed half-way (SIGKILL while the copy is written or checked) leaves a
``.partial`` file: never taken for a backup, and removed by the next rotation once it is
clearly abandoned, since it is a whole copy of the personal data that the retention of
backups would otherwise never reach (SPEC §9, §10)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from duodesk.core import backup
from duodesk.core.context import build_services
from duodesk.core.database import open_database
from duodesk.core.demo import generate_demo
from tests.reliability.limits import REPO

# Backs the database up again and again until killed (each copy named by the second).
BACKING_UP = textwrap.dedent('''\
    import sys
    from datetime import datetime, timedelta
    from pathlib import Path
    from duodesk.core.backup import make_backup

    moment = datetime(2026, 1, 1)
    print("ready", flush=True)
    while True:
        moment += timedelta(seconds=1)
        make_backup(Path(sys.argv[1]), Path(sys.argv[2]), "manual", moment)
''')


def partials(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.partial")) if folder.is_dir() else []


@pytest.mark.slow
def test_a_backup_killed_half_way_leaves_a_partial_copy_that_the_rotation_removes(
        tmp_path: Path) -> None:
    database = tmp_path / "antenna.sqlite"
    services = build_services(open_database(database))
    generate_demo(services, mentees=300)
    services.close()
    folder = tmp_path / "backups"

    for attempt in range(10):  # until a kill lands inside a copy (most do)
        process = subprocess.Popen([sys.executable, "-c", BACKING_UP, str(database),
                                    str(folder)], cwd=REPO, stdout=subprocess.PIPE, text=True)
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        time.sleep(0.5 + attempt * 0.07)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        if partials(folder):
            break
    left = partials(folder)
    assert left, "no kill landed inside a copy"
    made = backup.list_backups(database, folder)
    assert all(not backup.verify(info.path) for info in made)  # the finished ones are sound

    backup.rotate(database, folder)  # a copy under way elsewhere may be an hour old at most
    assert partials(folder) == left
    an_hour_ago = time.time() - backup.STALE_PARTIAL_SECONDS - 60
    for path in left:
        os.utime(path, (an_hour_ago, an_hour_ago))
    assert backup.daily_backup_if_due(database, folder) is not None
    assert partials(folder) == []


def test_the_copy_left_by_a_restore_killed_half_way_goes_when_the_database_opens(
        tmp_path: Path) -> None:
    database = tmp_path / "antenna.sqlite"
    open_database(database).close()
    staged = database.with_name(database.name + ".restoring")
    staged.write_bytes(database.read_bytes())  # as backup.restore stages it before the swap
    open_database(database).close()
    assert not staged.exists()
