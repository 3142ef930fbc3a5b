"""PySide6's look at each imported module gives the same answers, quicker."""

from __future__ import annotations

import sys
from pathlib import Path

import PySide6.QtCore  # noqa: F401 — PySide6's import hook is in place from here

from duodesk.ui.import_hook import answer_quickly


def test_modules_naming_pyside6_are_told_apart_as_pyside6_does(tmp_path: Path,
                                                               monkeypatch) -> None:
    feature = sys.modules["shibokensupport.feature"]
    # PySide6's own (a program started by an earlier test may have put the quick one in)
    original = getattr(feature._mod_uses_pyside, "original", feature._mod_uses_pyside)
    (tmp_path / "hook_probe_gui.py").write_text("from PySide6 import QtCore\n", "utf-8")
    (tmp_path / "hook_probe_core.py").write_text("import sqlite3\n", "utf-8")
    (tmp_path / "hook_probe_broken.py").write_text("value = 1\n", "utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(feature, "_mod_uses_pyside", original)
    assert answer_quickly()
    quick = feature._mod_uses_pyside
    assert quick is not original and answer_quickly() and feature._mod_uses_pyside is quick
    gui = __import__("hook_probe_gui")  # the import statement's way, which PySide6 hooks
    core = __import__("hook_probe_core")
    assert feature.pyside_feature_dict["hook_probe_gui"] == 0  # may switch features
    assert feature.pyside_feature_dict["hook_probe_core"] == -1  # left alone
    assert (quick(gui), quick(core)) == (original(gui), original(core)) == (True, False)
    broken = __import__("hook_probe_broken")
    (tmp_path / "hook_probe_broken.py").unlink()  # no source left: PySide6's own answer
    assert quick(broken) is original(broken) is False
    for name in ("hook_probe_gui", "hook_probe_core", "hook_probe_broken"):
        sys.modules.pop(name, None)
