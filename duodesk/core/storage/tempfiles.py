"""The temporary files DuoDesk writes beside a user's file before renaming them into place.

Every writer of a file the coordinator chose (exchange workbook, rejected rows, a list in
Excel, a report, agreements, an access request, a calendar) writes into a temporary file in
the target's folder and renames it onto the target (``os.replace``), so that a failed write
never leaves half a file. A program killed during the write (power cut, task manager) leaves
that temporary behind: hidden, possibly large, and holding personal data. So each temporary
is named after its owner::

    .<target name>.duodesk-<host tag>-<process id>-<8 random characters>.part

and :func:`create_temporary` first removes, from the folder it writes into, the temporaries
of DuoDesk processes that are clearly gone (:func:`sweep`). A file not named exactly so,
such as ``.list.xlsx.part`` made by someone else, is never touched. The encrypted or plain
copy of a database being re-written (``storage.cipher``) is such a temporary too, with its
SQLite journal; ``open_database`` sweeps the database's and the backups' folders.

``backup.py`` keeps its own ``.partial`` copies (named by the backup they become, swept by
the rotation after an hour): the same idea for a folder only DuoDesk writes into.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import socket
import sys
import tempfile
import time
from pathlib import Path

MARKER = "duodesk"
SUFFIX = ".part"
# No DuoDesk write lasts a day: a temporary untouched for that long is abandoned whoever
# made it, on whatever machine (this also covers a process id reused since the owner died).
ABANDONED_AFTER_SECONDS = 24 * 3600
_NAME_KEPT = 60  # characters of the target's name kept, so the name stays a legal length
# SQLite's side files of a temporary database (a database re-written encrypted) go with it.
_TEMPORARY = re.compile(
    r"\.(?P<name>.*)\." + MARKER + r"-(?P<host>[0-9a-f]{8})-(?P<pid>[0-9]{1,10})-"
    r"[a-z0-9_]{8}" + re.escape(SUFFIX) + r"(?:-journal|-wal|-shm)?", re.DOTALL)


def host_tag() -> str:
    """Eight hexadecimal digits standing for this computer: a folder on a share can hold the
    temporaries of another computer, whose process ids mean nothing here. A hash, so that the
    computer's name is not written in the user's folders."""
    return hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]


def create_temporary(target: Path) -> tuple[int, Path]:
    """Sweep ``target``'s folder (:func:`sweep`), then create an empty temporary beside
    ``target``, readable by the user only, and return its open descriptor and its path (as
    ``tempfile.mkstemp`` does). Raises ``OSError`` when the folder cannot be written."""
    target = Path(target)
    sweep(target.parent)
    prefix = f".{target.name[:_NAME_KEPT]}.{MARKER}-{host_tag()}-{os.getpid()}-"
    handle, name = tempfile.mkstemp(prefix=prefix, suffix=SUFFIX, dir=target.parent)
    return handle, Path(name)


def temporary_path(target: Path) -> Path:
    """:func:`create_temporary` for a writer that opens the file by its name itself."""
    handle, path = create_temporary(target)
    os.close(handle)
    return path


def is_temporary(name: str) -> bool:
    """Whether ``name`` is the name of a DuoDesk temporary."""
    return _TEMPORARY.fullmatch(name) is not None


def abandoned(entry: Path, now: float | None = None) -> bool:
    """Whether ``entry`` is a DuoDesk temporary nobody will finish: untouched for a day, or
    made on this computer by a process that is no longer running. A process of this computer
    still running keeps its temporary, whatever program now holds that process id (a reused
    id only delays the removal by the day's rule); one of another computer is left a day,
    since its process cannot be seen from here."""
    match = _TEMPORARY.fullmatch(entry.name)
    if match is None:
        return False
    try:
        modified = entry.stat().st_mtime
    except OSError:  # gone already, or not ours to look at
        return False
    now = time.time() if now is None else now
    if now - modified > ABANDONED_AFTER_SECONDS:
        return True
    pid = int(match["pid"])
    return match["host"] == host_tag() and pid != os.getpid() and not process_running(pid)


def sweep(folder: Path, now: float | None = None) -> list[Path]:
    """Delete the abandoned DuoDesk temporaries of ``folder`` (:func:`abandoned`) and return
    them. Never raises: a folder that cannot be listed or a file that cannot be deleted is
    left as it is (the write that follows says what is wrong with the folder)."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        # The name first: no other file is even looked at.
        if MARKER not in entry.name or not is_temporary(entry.name):
            continue
        path = Path(entry.path)
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False) and abandoned(path, now):
                path.unlink()
                removed.append(path)
    return removed


def process_running(pid: int) -> bool:
    """Whether a process of that id runs on this computer (when in doubt: yes)."""
    if pid <= 0:
        return True
    if sys.platform == "win32":
        return _windows_process_running(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:  # it exists, under another user, or the question is refused
        return True
    return True


def _windows_process_running(pid: int) -> bool:
    # os.kill on Windows would end the process: ask the kernel for its exit code instead.
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    # Declared, so that a handle is passed whole on 64-bit Windows.
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    kernel32.GetExitCodeProcess.restype = wintypes.BOOL
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    query_limited_information, still_active, invalid_parameter = 0x1000, 259, 87
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        # No such process is "invalid parameter"; access denied means it exists.
        return ctypes.get_last_error() != invalid_parameter  # type: ignore[attr-defined]
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
