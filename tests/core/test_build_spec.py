"""The desktop build's spec and its CI check keep up with the code: no Qt module the program
imports is excluded from the bundle, and CI opens every page the window has.

Building the folder itself takes minutes and PyInstaller is not a test dependency:
``.ci/desktop-build`` builds and checks it on every CI run (docs/building.md). These tests
only read the files, so they run everywhere.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _spec_list(name: str) -> list[str]:
    """The literal list assigned to ``name`` at the top level of build.spec."""
    tree = ast.parse((REPO / "build.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.List) and any(
                isinstance(target, ast.Name) and target.id == name for target in node.targets):
            return [element.value for element in node.value.elts
                    if isinstance(element, ast.Constant)]
    raise AssertionError(f"build.spec assigns no {name}")


def _qt_modules_imported() -> set[str]:
    found = set()
    for path in (REPO / "duodesk").rglob("*.py"):
        if "devtools" in path.parts:
            continue
        found.update(re.findall(r"(?:from|import) (PySide6\.Qt\w+)",
                                path.read_text(encoding="utf-8")))
    return found


def test_no_qt_module_the_program_imports_is_left_out_of_the_bundle() -> None:
    imported = _qt_modules_imported()
    excluded = {name for name in _spec_list("excludes") if name.startswith("PySide6.")}

    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} <= imported
    assert imported & excluded == set()


def test_ci_opens_the_built_window_on_every_page() -> None:
    app = (REPO / "duodesk" / "app.py").read_text(encoding="utf-8")
    pages = set(re.findall(r'add_page\("(\w+)"', app))
    pages |= set(re.findall(r'PersonRole\.\w+, "(\w+)"', app))  # the two person lists
    check = (REPO / ".ci" / "desktop-build").read_text(encoding="utf-8")
    (listed,) = re.findall(r"^for page in ([\w ]+); do$", check, re.MULTILINE)

    assert {"today", "mentees", "mentors", "settings"} <= pages
    assert set(listed.split()) == pages
