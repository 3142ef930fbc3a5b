"""The words an exported impact report is printed with, given by the caller in the user's
language (the core never translates: ``duodesk.report_texts.report_words`` builds them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class ReportWords:
    """Every text of an exported report.

    ``headings`` has the keys ``indicator``, ``numerator``, ``denominator``, ``percent``,
    ``published``, ``unknown``, ``code`` and ``explanation``; ``names`` and
    ``explanations`` are keyed by indicator; ``percent`` writes a percent (or "no data" for
    ``None``) the way the language does.
    """

    title: str
    antenna: str
    period: str
    as_of: str
    headings: dict[str, str]
    names: dict[str, str]
    explanations: dict[str, str]
    ours: str
    published: str
    unknown: Callable[[int], str]
    percent: Callable[[Decimal | None], str]
    cohort_note: str
    source_note: str
    definitions: str
    page: str  # "Page {page} of {pages}"
