"""PySide6's question after every import, answered without reading the source twice.

Once PySide6 is imported it looks at every module imported after it, to scope its opt-in
``from __feature__ import snake_case, true_property`` switches: a module whose source names
PySide6 can switch them, the others are left alone. It finds out by reading the module's
whole source through ``inspect.getsource`` (linecache, line by line), for each of the 284
modules that SQLAlchemy, the models and the services bring in at start-up. The same
question — does the source name ``PySide6``? — asked of the file's bytes: in the program's
start (sampled with py-spy) the hook's share fell from 11 ms to 2 ms, on a start-up that
must stay under half a second. Where the source is not a plain ``.py`` file (an
extension module, a frozen or bundled module) PySide6's own answer is kept.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_FEATURE_MODULE = "shibokensupport.feature"  # PySide6's own, present once PySide6 is imported


def answer_quickly() -> bool:
    """Put the quicker answer in place of PySide6's; whether it could be (PySide6 imported,
    and the hook where it is in the PySide6 versions this program supports)."""
    feature = sys.modules.get(_FEATURE_MODULE)
    original: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "quick", False):
        return original is not None

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.quick = True  # type: ignore[attr-defined]
    uses_pyside.original = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
