"""Wheel build hook: compiles the Qt translation sources (.ts) into the .qm files shipped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def compile_translations(i18n_dir: Path) -> list[Path]:
    """Run Qt's lrelease on every ``.ts`` file of ``i18n_dir``; return the ``.qm`` files."""
    compiled = []
    for ts in sorted(i18n_dir.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        # Written beside, then renamed over: a running program (or test) maps the .qm files
        # it loaded, and rewriting one in place under it kills it with a bus error.
        fresh = qm.with_name(f".{qm.stem}.{os.getpid()}.qm")
        subprocess.run(
            [sys.executable, "-c",
             "import sys; from PySide6.scripts.pyside_tool import lrelease; "
             "sys.argv[0] = 'lrelease'; sys.exit(lrelease())",
             "-silent", str(ts), "-qm", str(fresh)],
            check=True,
        )
        os.replace(fresh, qm)
        compiled.append(qm)
    return compiled


class CustomBuildHook(BuildHookInterface):
    """Compiles translations before the wheel (standard or editable) is assembled."""

    def initialize(self, version: str, build_data: dict) -> None:
        # The .qm files land beside their sources in resources/i18n, which pyproject.toml's
        # force-include ships whole (walked after this hook): adding them here again would
        # put each file twice in the wheel. An editable install reads them there too.
        compile_translations(Path(self.root) / "resources" / "i18n")
