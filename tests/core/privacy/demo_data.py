"""Fixtures of the privacy tests: a demo database whose closed files are all past their
retention period on the chosen day."""

from __future__ import annotations

from datetime import date

import pytest

from duodesk.core.context import Services
from duodesk.core.demo import generate_demo

DEMO_DAY = date(2026, 11, 2)
# Six years on, every closed file of the demo is past its two years after the outcome.
LATER = date(2032, 11, 2)


@pytest.fixture
def demo(services: Services) -> Services:
    generate_demo(services, mentees=400, seed=11, today=DEMO_DAY)
    return services
