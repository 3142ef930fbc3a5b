"""Database locations where SQLite's locking corrupts data are refused (SPEC §10): network
shares, removable drives and cloud-sync folders. The mount table is injected."""

from __future__ import annotations

from pathlib import Path

import pytest

from duodesk.core.database import open_database
from duodesk.core.errors import DatabaseLocationRefused
from duodesk.core.location import Mount, check_database_location, read_mounts

LOCAL = [Mount("/", "ext4", "/dev/vda"), Mount("/home", "ext4", "/dev/vda2")]


def refusal(path: str, mounts: list[Mount] = LOCAL) -> DatabaseLocationRefused:
    with pytest.raises(DatabaseLocationRefused) as refused:
        check_database_location(Path(path), mounts=mounts, platform="linux")
    return refused.value


@pytest.mark.parametrize(("fstype", "device"), [
    ("cifs", "//fileserver/antennes"),
    ("nfs4", "nas:/export/duodesk"),
    ("fuse.sshfs", "coordinator@hq:/data"),
    ("smb3", "//hq/share"),
    ("ext4", "//nas/share"),  # a share whatever type it claims
])
def test_network_share_is_refused(fstype: str, device: str) -> None:
    mounts = [*LOCAL, Mount("/srv/share", fstype, device)]
    error = refusal("/srv/share/brussels/duodesk.sqlite", mounts)
    assert error.params["kind"] == "network"
    assert error.params["path"] == "/srv/share/brussels/duodesk.sqlite"


def test_the_innermost_mount_decides() -> None:
    mounts = [*LOCAL, Mount("/srv", "nfs", "nas:/srv"), Mount("/srv/local", "ext4", "/dev/sdb1")]
    check_database_location(Path("/srv/local/duodesk.sqlite"), mounts=mounts, platform="linux")
    assert refusal("/srv/other/duodesk.sqlite", mounts).params["kind"] == "network"
    # A mount point that is only a prefix of the folder's name is not its mount.
    check_database_location(Path("/srvx/duodesk.sqlite"), mounts=mounts, platform="linux")


def test_local_disk_is_accepted() -> None:
    check_database_location(Path("/home/coordinator/DuoDesk/duodesk.sqlite"), mounts=LOCAL,
                            platform="linux")


@pytest.mark.parametrize("path", [
    "/media/coordinator/USB STICK/duodesk.sqlite",
    "/run/media/coordinator/KINGSTON/duodesk.sqlite",
])
def test_removable_drive_is_refused(path: str) -> None:
    assert refusal(path).params["kind"] == "removable"


@pytest.mark.parametrize(("path", "folder"), [
    ("/home/an/OneDrive/DuoDesk/duodesk.sqlite", "OneDrive"),
    ("/home/an/OneDrive - Duo for a Job/duodesk.sqlite", "OneDrive - Duo for a Job"),
    ("/home/an/Dropbox/duodesk.sqlite", "Dropbox"),
    ("/home/an/Dropbox (Perso)/antenne/duodesk.sqlite", "Dropbox (Perso)"),
    ("/home/an/Google Drive/duodesk.sqlite", "Google Drive"),
    ("/home/an/Nextcloud/duodesk.sqlite", "Nextcloud"),
])
def test_cloud_sync_folder_is_refused(path: str, folder: str) -> None:
    error = refusal(path)
    assert error.params["kind"] == "cloud"
    assert error.params["detail"] == folder


def test_cloud_folder_recognised_by_the_sync_clients_marker(tmp_path: Path) -> None:
    synced = tmp_path / "Werk"
    (synced / "antenne").mkdir(parents=True)
    (synced / ".dropbox").write_text("{}")
    error = refusal(str(synced / "antenne" / "duodesk.sqlite"), [Mount("/", "ext4", "/dev/x")])
    assert error.params["kind"] == "cloud"


def test_a_folder_merely_named_like_a_cloud_is_not_mistaken() -> None:
    check_database_location(Path("/home/an/OneDriveNotes/duodesk.sqlite"), mounts=LOCAL,
                            platform="linux")


def test_opening_in_a_refused_place_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "OneDrive" / "antenne" / "duodesk.sqlite"
    with pytest.raises(DatabaseLocationRefused):
        open_database(target)
    assert not (tmp_path / "OneDrive").exists()


def test_mount_table_is_read_with_escaped_spaces(tmp_path: Path) -> None:
    table = tmp_path / "mounts"
    table.write_text("/dev/sda1 / ext4 rw 0 0\n"
                     "//hq/share /mnt/hq\\040share cifs rw 0 0\n")
    assert read_mounts(str(table)) == [Mount("/", "ext4", "/dev/sda1"),
                                       Mount("/mnt/hq share", "cifs", "//hq/share")]
    assert read_mounts(str(tmp_path / "missing")) == []
