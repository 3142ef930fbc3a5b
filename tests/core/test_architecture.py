"""The core never imports Qt (STYLE: ``duodesk/core`` is Qt-free), so that it runs in the
command line, in threads and later on a server without a display."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[2] / "duodesk" / "core"
FORBIDDEN = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def qt_imports(source: str) -> list[str]:
    """The Qt modules a Python source imports, statically or through importlib."""
    found = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Call) and node.args:
            function = node.func
            called = getattr(function, "attr", None) or getattr(function, "id", None)
            first = node.args[0]
            if called in ("import_module", "__import__") and isinstance(first, ast.Constant):
                names = [str(first.value)]
        found += [name for name in names if name.split(".")[0] in FORBIDDEN]
    return found


@pytest.mark.parametrize("source", [
    "import PySide6",
    "from PySide6.QtCore import QObject",
    "import shiboken6 as sb",
    "def f():\n    from PySide6 import QtWidgets",
    "import importlib\nimportlib.import_module('PySide6.QtGui')",
    "__import__('PySide6')",
])
def test_the_check_sees_every_way_of_importing_qt(source: str) -> None:
    assert qt_imports(source)


def test_the_check_ignores_what_is_not_qt() -> None:
    assert qt_imports("import sqlalchemy\nfrom duodesk.core import models\n'PySide6'") == []


def test_core_never_imports_qt() -> None:
    files = sorted(CORE.rglob("*.py"))
    assert len(files) > 10, "the core was not found"
    offenders = {
        str(path.relative_to(CORE)): names
        for path in files
        if (names := qt_imports(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}, f"duodesk/core imports Qt: {offenders}"
