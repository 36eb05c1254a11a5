"""Is a SQLite file on a network share? WAL needs shared memory that every process maps from the
same machine; over SMB/NFS the -shm file is not coherent between workstations, locks are
advisory or emulated, and two offices writing at once corrupt the file. So the app warns.

The decisions are pure functions of data (the text of /proc/mounts, the drive letters Windows
reports as remote) so they are tested with tables; ``network_share`` only gathers that data from
the running system.
"""
from __future__ import annotations

import os
import re
import sys
from collections.abc import Collection
from pathlib import Path, PurePosixPath, PureWindowsPath

# Linux filesystem types that live on another machine
NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p",
})
DRIVE_REMOTE = 4  # GetDriveTypeW

_OCTAL = re.compile(r"\\([0-7]{3})")


def _unescape(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash in paths as \040 \011 \012 \134
    return _OCTAL.sub(lambda m: chr(int(m.group(1), 8)), field)


def parse_mounts(text: str) -> list[tuple[str, str, str]]:
    """(device, mount point, filesystem type) for each line of /proc/mounts."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append((_unescape(fields[0]), _unescape(fields[1]), fields[2]))
    return mounts


def linux_share(path: str, mounts_text: str) -> tuple[str, str] | None:
    """(filesystem type, device) when ``path`` (absolute, symlinks resolved) lies on a network
    mount, else None. The mount is the one with the longest mount point that contains the path,
    compared by whole path components (/mnt/nfs does not contain /mnt/nfsdata)."""
    target = PurePosixPath(path)
    best: tuple[int, str, str] | None = None
    for device, point, fstype in parse_mounts(mounts_text):
        mount = PurePosixPath(point)
        if target == mount or mount in target.parents:
            depth = len(mount.parts)
            # a later line at the same point is mounted over the earlier one
            if best is None or depth >= best[0]:
                best = (depth, fstype, device)
    if best is None or best[1] not in NETWORK_FS_TYPES:
        return None
    return best[1], best[2]


def windows_share(path: str, remote_drives: Collection[str]) -> str | None:
    """The share (\\\\server\\share or the drive, e.g. "Z:") when ``path`` is a UNC path or lies on
    a drive letter listed in ``remote_drives`` (as GetDriveTypeW reports them), else None."""
    text = path.replace("/", "\\")
    upper = text.upper()
    if upper.startswith("\\\\?\\UNC\\"):
        text = "\\\\" + text[8:]
    elif upper.startswith("\\\\?\\") or upper.startswith("\\\\.\\"):
        # extended-length or device path: \\?\C:\... is the local C: drive
        text = text[4:]
    p = PureWindowsPath(text)
    if p.drive.startswith("\\\\"):
        return p.drive
    drive = p.drive.upper()
    if drive and drive in {d.upper().rstrip("\\/") for d in remote_drives}:
        return drive
    return None


def network_share(path: str | os.PathLike[str]) -> str | None:
    """A description of the network share holding ``path`` ("cifs //nas/案件"), or None when it is
    local or cannot be told."""
    if sys.platform == "win32":
        text = os.fspath(path)
        drive = PureWindowsPath(text).drive
        remote = [drive] if drive and not drive.startswith("\\\\") and _drive_type(drive) == DRIVE_REMOTE else []
        return windows_share(text, remote)
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:  # macOS, a sandbox without /proc: say nothing rather than guess
        return None
    found = linux_share(os.path.realpath(path), mounts)
    return f"{found[0]} {found[1]}" if found else None


def _drive_type(drive: str) -> int:
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
