"""Python's cyclic garbage collector paused during one piece of bulk work.

An import of 10,000 rows, a month of 5,000 meetings or an exchange workbook makes hundreds
of thousands of short-lived objects, almost none of them in a reference cycle; yet every 700
allocations start a collection, and now and then one walks the whole heap (120,000 known
persons held for the duplicate check, say): a fifth of an import's time here. Paused for
the work, the collector takes what cycles it left right after.

In the desktop program the automatic collector is off already (``duodesk.ui.collector``
collects on the GUI thread): pausing is then nothing, and never turns it back on.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The automatic collector off for the ``with`` block, then on again as it was."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
