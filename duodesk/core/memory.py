"""Memory the program has freed, handed back to the system.

After a large piece of work (a person's file closed, the Today list read whole, a search
over 100,000 names) the C allocator keeps the pages it freed for later use, in the main heap
and in each worker thread's own arena: the program's resident memory stays at its high-water
mark. glibc's ``malloc_trim`` gives those free pages back (measured here on the program at
100,000 mentees: 316 MB resident before, 258 MB after, in a few milliseconds). Elsewhere (Windows,
macOS, musl) there is no such call and releasing does nothing.

glibc also gives each thread that allocates its own arena (up to eight per core): the
workers that read the pages' rows each kept tens of megabytes of freed, scattered memory
(the Mentees table scrolled through at 100,000 mentees: +45 MB with them, nothing with one
arena; two still grew). The threads the program starts share one arena: they take turns
under Python's interpreter lock anyway, so they hardly ever wait for one another's
allocations.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from functools import cache

M_ARENA_MAX = -8  # glibc's malloc.h
ARENAS = 1


@cache
def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None)  # the program's own symbols, the C library's among them
    except OSError:
        return None


@cache
def _trim() -> Callable[[int], int] | None:
    libc = _libc()
    trim = getattr(libc, "malloc_trim", None) if libc is not None else None  # glibc only
    if trim is None:
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def can_release() -> bool:
    """Whether this system's allocator can give freed memory back on request."""
    return _trim() is not None


def release_free_memory() -> bool:
    """Give the allocator's free pages back to the system; whether any were given back.
    Safe from any thread: ctypes lets go of the interpreter's lock during the call."""
    trim = _trim()
    return bool(trim(0)) if trim is not None else False


def limit_arenas(count: int = ARENAS) -> bool:
    """Let the allocator keep at most ``count`` arenas; call it before any thread starts
    (arenas made before stay). Whether the allocator took the limit."""
    libc = _libc()
    mallopt = getattr(libc, "mallopt", None) if libc is not None else None
    if mallopt is None:
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_ARENA_MAX, count))
