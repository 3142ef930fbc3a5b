"""The GUI tests' own fixtures (no unexpected dialog, dialogs answered by the test, English
afterwards, collection on the GUI thread) for the proofs that start the window."""

from __future__ import annotations

import pytest

from tests.ui.conftest import (  # noqa: F401 — fixtures, used by name
    OFFSCREEN_NOISE,
    answer_dialogs,
    collector_on_gui_thread,
    english_afterwards,
    no_unexpected_dialogs,
    seeded_database,
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/reliability/gui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
