"""A SQLite file on a network share is told from a local one: /proc/mounts text and Windows paths
as data, decided by pure functions."""
from __future__ import annotations

import pytest

from wagecase.storage.location import linux_share, parse_mounts, windows_share

MOUNTS = r"""
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
tmpfs /tmp tmpfs rw,nosuid,nodev 0 0
/dev/sdb1 /home ext4 rw,relatime 0 0
//nas.office/案件 /mnt/cases cifs rw,relatime,vers=3.1.1,cache=strict 0 0
nas:/export/wage /mnt/nfs nfs4 rw,relatime,vers=4.2 0 0
nas:/export/old /mnt/nfs3 nfs rw,relatime,vers=3 0 0
/dev/sdc1 /mnt/cases/local ext4 rw,relatime 0 0
clerk@server:/data /home/clerk/remote fuse.sshfs rw,nosuid,nodev 0 0
clerk@server:/data2 /media/ssh sshfs rw 0 0
//fileserver/share /mnt/smb smb3 rw 0 0
//oldserver/share /mnt/smbfs smbfs rw 0 0
hostshare /mnt/host 9p rw,trans=virtio 0 0
//nas/with\040space /mnt/my\040share cifs rw 0 0
/dev/sdd1 /mnt/usb vfat rw 0 0
overlay /mnt/over overlay rw 0 0
"""


@pytest.mark.parametrize(("path", "expected"), [
    ("/home/clerk/wagecase.sqlite3", None),
    ("/tmp/x.sqlite3", None),
    ("/mnt/cases/wagecase.sqlite3", ("cifs", "//nas.office/案件")),
    ("/mnt/cases/2026/十一月/wagecase.sqlite3", ("cifs", "//nas.office/案件")),
    # a local disk mounted inside the share: the longest mount point wins
    ("/mnt/cases/local/wagecase.sqlite3", None),
    ("/mnt/nfs/wagecase.sqlite3", ("nfs4", "nas:/export/wage")),
    # /mnt/nfs does not contain /mnt/nfs3: whole path components only
    ("/mnt/nfs3/wagecase.sqlite3", ("nfs", "nas:/export/old")),
    ("/mnt/nfsdata/wagecase.sqlite3", None),
    ("/home/clerk/remote/wagecase.sqlite3", ("fuse.sshfs", "clerk@server:/data")),
    ("/home/clerk/remoteX/wagecase.sqlite3", None),
    ("/media/ssh/db.sqlite3", ("sshfs", "clerk@server:/data2")),
    ("/mnt/smb/db.sqlite3", ("smb3", "//fileserver/share")),
    ("/mnt/smbfs/db.sqlite3", ("smbfs", "//oldserver/share")),
    ("/mnt/host/db.sqlite3", ("9p", "hostshare")),
    ("/mnt/my share/db.sqlite3", ("cifs", "//nas/with space")),
    ("/mnt/usb/db.sqlite3", None),
    ("/mnt/over/db.sqlite3", None),
    ("/mnt/cases", ("cifs", "//nas.office/案件")),
])
def test_linux_mounts(path, expected):
    assert linux_share(path, MOUNTS) == expected


def test_a_mount_over_another_at_the_same_point_wins():
    text = "/dev/sda1 / ext4 rw 0 0\n//nas/a /data cifs rw 0 0\n/dev/sdb1 /data ext4 rw 0 0\n"
    assert linux_share("/data/x.sqlite3", text) is None
    text = "/dev/sda1 / ext4 rw 0 0\n/dev/sdb1 /data ext4 rw 0 0\nnas:/x /data nfs rw 0 0\n"
    assert linux_share("/data/x.sqlite3", text) == ("nfs", "nas:/x")


def test_unparseable_or_empty_mount_tables_say_local():
    assert linux_share("/mnt/x.sqlite3", "") is None
    assert linux_share("/mnt/x.sqlite3", "garbage\n\n") is None
    assert parse_mounts("a b\n") == []


@pytest.mark.parametrize(("path", "remote", "expected"), [
    (r"C:\Users\clerk\AppData\Local\wagecase\wagecase.sqlite3", [], None),
    (r"D:\案件\wagecase.sqlite3", [], None),
    (r"\\nas\案件\wagecase.sqlite3", [], r"\\nas\案件"),
    (r"\\NAS.office.local\share\sub\db.sqlite3", [], r"\\NAS.office.local\share"),
    ("//nas/share/db.sqlite3", [], r"\\nas\share"),
    (r"\\?\UNC\nas\share\db.sqlite3", [], r"\\nas\share"),
    (r"\\?\C:\long\path\db.sqlite3", [], None),
    (r"\\?\Z:\long\path\db.sqlite3", ["Z:"], "Z:"),
    (r"Z:\wagecase.sqlite3", ["Z:"], "Z:"),
    (r"z:\wagecase.sqlite3", ["Z:"], "Z:"),
    (r"Z:\wagecase.sqlite3", ["Y:"], None),
    (r"Z:\wagecase.sqlite3", ["Z:\\"], "Z:"),
    ("wagecase.sqlite3", ["Z:"], None),
])
def test_windows_paths(path, remote, expected):
    assert windows_share(path, remote) == expected
