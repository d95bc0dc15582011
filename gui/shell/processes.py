"""Whether the process that wrote a row still runs: a store's live reply is left alone while its writer
(another app instance on the same data folder) is running, and marked interrupted once it is gone.
Psutil-free: signal 0 and /proc on Unix, OpenProcess on Windows. No Qt here."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path


def process_started(pid: int) -> str | None:
    """The process's start time as the kernel counts it (Linux), which tells a reused pid from the
    original; None where unknown."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (OSError, ValueError):
        return None
    fields = stat[stat.rfind(")") + 2 :].split()  # after "pid (name) ": state is field 3, start time 22
    return fields[19] if len(fields) > 19 else None


def process_alive(pid: int, started: str | None = None) -> bool:
    """Whether process `pid` still runs (a zombie does not) and, when `started` is known, is the same
    process that had that start time. Without a start time a pid reused by another process reads as
    alive: a rare miss."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        alive = _windows_process_alive(pid)
    else:
        try:
            os.kill(pid, 0)  # signal 0 checks only; on Windows os.kill would end the process
            alive = True
        except PermissionError:
            alive = True  # another user's process
        except OSError:
            alive = False
    if not alive:
        return False
    with contextlib.suppress(OSError, ValueError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        if stat[stat.rfind(")") + 2 :].startswith("Z"):
            return False
    now = process_started(pid)
    return started is None or now is None or now == started


def _windows_process_alive(pid: int) -> bool:
    if sys.platform != "win32":
        return False
    import ctypes

    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return bool(kernel32.GetLastError() == 5)  # access denied: it exists
    code = ctypes.c_ulong()
    try:
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
    finally:
        kernel32.CloseHandle(handle)
    return code.value == 259  # STILL_ACTIVE
