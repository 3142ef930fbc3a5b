"""What the window reads on its way up (the organisation and the Today list) is read without
configuring the ORM's mappers, which would add 20 ms to every start (issue 2)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

PROGRAM = textwrap.dedent("""
    import sys
    from pathlib import Path
    from duodesk.core.context import build_services
    from duodesk.core.database import open_database
    from duodesk.core.models import Person

    services = build_services(open_database(Path(sys.argv[1]), take_lock=False))
    overview = services.organisation.overview()
    items = services.today.items(whole=False)
    print(Person.__mapper__.configured, len(overview.antennas) > 0, len(items))
    services.persons.get  # an ORM read afterwards still works
    services.organisation.rename_antenna(overview.antennas[0].id, "Gent")
    print(Person.__mapper__.configured, services.organisation.antennas()[0].name)
""")


def test_the_first_reads_leave_the_mappers_unconfigured(tmp_path: Path) -> None:
    from duodesk.core.database import open_database

    path = tmp_path / "antenna.sqlite"
    open_database(path).close()  # built by the real migrations (and its seed antennas)
    done = subprocess.run([sys.executable, "-c", PROGRAM, str(path)], capture_output=True,
                          text=True, check=True, timeout=120)
    first, then = done.stdout.splitlines()
    assert first == "False True 0"
    assert then.startswith("True ")  # the ORM write configured them, as it must
