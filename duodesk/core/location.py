"""Refuses database locations where SQLite's file locking corrupts data (SPEC §10):
network shares, removable drives and cloud-sync folders. Exports and backups may go there.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from duodesk.core.errors import DatabaseLocationRefused

NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smbfs", "smb3", "ncpfs", "afs", "9p", "davfs", "coda",
    "glusterfs", "ceph", "lustre", "fuse.sshfs", "fuse.rclone", "fuse.gvfsd-fuse",
    "fuse.s3fs", "fuse.davfs2", "fuse.smbnetfs",
})
REMOVABLE_MOUNT_ROOTS = ("/media/", "/run/media/", "/mnt/usb", "/Volumes/")
# Folder names that sync clients create (compared case-insensitively, on whole components).
CLOUD_FOLDER_NAMES = (
    "dropbox", "onedrive", "google drive", "googledrive", "my drive", "icloud drive",
    "icloudrive", "mobile documents", "pcloud drive", "nextcloud", "owncloud", "box",
    "box sync", "mega", "sync.com", "seafile", "tresorit",
)
CLOUD_MARKER_FILES = (".dropbox", ".dropbox.cache", ".owncloudsync.log", ".sync_journal.db",
                      "desktop.ini.onedrive")


@dataclass(frozen=True)
class Mount:
    """A mounted file system: its mount point, type and device."""

    point: str
    fstype: str
    device: str


def read_mounts(mounts_file: str = "/proc/mounts") -> list[Mount]:
    """The mount table of a Linux system (empty elsewhere)."""
    try:
        with open(mounts_file, encoding="utf-8", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return []
    mounts = []
    for line in lines:
        fields = line.split()
        if len(fields) >= 3:
            point = fields[1].replace("\\040", " ")
            mounts.append(Mount(point=point, fstype=fields[2], device=fields[0]))
    return mounts


def _mount_of(path: Path, mounts: list[Mount]) -> Mount | None:
    best: Mount | None = None
    text = str(path)
    for mount in mounts:
        point = mount.point.rstrip("/") or "/"
        inside = text == point or text.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and (best is None or len(point) > len(best.point.rstrip("/") or "/")):
            best = mount
    return best


def _block_device_removable(device: str, sys_block: Path = Path("/sys/block")) -> bool:
    if not device.startswith("/dev/"):
        return False
    name = Path(os.path.realpath(device)).name
    for candidate in (name, name.rstrip("0123456789"), name.split("p")[0]):
        flag = sys_block / candidate / "removable"
        try:
            return flag.read_text().strip() == "1"
        except OSError:
            continue
    return False


def _windows_drive_kind(path: Path) -> str | None:
    if str(path).startswith("\\\\"):
        return "network"
    import ctypes

    drive = os.path.splitdrive(str(path))[0] + "\\"
    kind = ctypes.windll.kernel32.GetDriveTypeW(drive)  # type: ignore[attr-defined]
    return {2: "removable", 4: "network"}.get(kind)


def cloud_folder(path: Path) -> str | None:
    """The name of the sync folder ``path`` lies in, if any."""
    for part in path.parts:
        lowered = part.casefold()
        if lowered in CLOUD_FOLDER_NAMES or lowered.startswith(("onedrive - ", "dropbox (")):
            return part
    for folder in path.parents:
        for marker in CLOUD_MARKER_FILES:
            if (folder / marker).exists():
                return folder.name or str(folder)
    return None


def check_database_location(
    path: Path, *, mounts: list[Mount] | None = None, platform: str = sys.platform
) -> None:
    """Raise :class:`DatabaseLocationRefused` if ``path`` is on an unsafe medium."""
    resolved = Path(os.path.abspath(path))
    folder = cloud_folder(resolved)
    if folder:
        raise DatabaseLocationRefused(path=str(path), kind="cloud", detail=folder)
    if platform == "win32":
        kind = _windows_drive_kind(resolved)
        if kind:
            raise DatabaseLocationRefused(path=str(path), kind=kind, detail=resolved.drive)
        return
    mount = _mount_of(resolved, read_mounts() if mounts is None else mounts)
    if mount is not None:
        if mount.fstype in NETWORK_FILESYSTEMS or mount.device.startswith("//"):
            raise DatabaseLocationRefused(path=str(path), kind="network", detail=mount.fstype)
        if _block_device_removable(mount.device):
            raise DatabaseLocationRefused(path=str(path), kind="removable", detail=mount.point)
    text = str(resolved)
    if any(text.startswith(root) for root in REMOVABLE_MOUNT_ROOTS):
        raise DatabaseLocationRefused(path=str(path), kind="removable", detail=text)
