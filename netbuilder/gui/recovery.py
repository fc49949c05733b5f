"""Never lose work: autosave to a recovery file, and a crash log for bug reports.

A few seconds after an edit, the open document (with its unsaved changes) is written to
`<data folder>/recovery/autosave-<pid>-<n>.json`; saving, discarding or a clean close removes it. A
crash or a kill leaves it behind, and the next start offers to restore it. Each running instance
holds a QLockFile beside its file, so a second window never takes the file of one still open.
`faulthandler` writes a crash's stack to `crash.log`; the next start keeps it as `last-crash.log`.
"""

from __future__ import annotations

import contextlib
import faulthandler
import itertools
import json
import os
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import shiboken6
from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QStandardPaths, QTimer, Signal

from netbuilder.document.json_input import JsonInputError, read_json
from netbuilder.document.project import (
    MAX_PROJECT_BYTES,
    Project,
    ProjectError,
    project_from_dict,
    project_to_dict,
)
from netbuilder.document.safe_io import FileRefusedError, os_reason, write_own_file

AUTOSAVE_DELAY_MS = 3000
FORMAT = "netbuilder-recovery"
SCHEMA_VERSION = 1
MAX_RECOVERY_BYTES = 2 * MAX_PROJECT_BYTES  # a project and a few lines around it
_crash_log: IO[str] | None = None  # kept open for faulthandler for the life of the process
_numbers = itertools.count(1)  # one file per window, should a process open several


def data_folder() -> Path:
    """The user's data folder for netbuilder (e.g. ~/.local/share/netbuilder/netbuilder)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".netbuilder"


@dataclass(frozen=True)
class Recovered:
    """A recovery file left by an instance that did not close cleanly."""

    file: Path
    project: Project
    original_path: str | None
    saved_at: float

    @property
    def when(self) -> str:
        # The format is translated: "%H:%M on %d %b %Y", or 2026年12月07日 09:30
        layout = QCoreApplication.translate("Recovery", "%H:%M on %d %b %Y")
        return time.strftime(layout, time.localtime(self.saved_at))


class Autosave(QObject):
    """Writes `document` to its recovery file at most `delay_ms` after each unsaved edit."""

    written = Signal(str)  # the recovery file's path
    failed = Signal(str)  # why it could not be written

    def __init__(self, document, folder: Path, delay_ms: int = AUTOSAVE_DELAY_MS) -> None:
        super().__init__(document)
        self.document = document
        self.file = folder / "recovery" / f"autosave-{os.getpid()}-{next(_numbers)}.json"
        with contextlib.suppress(OSError):  # a file in the way: each autosave then says so
            self.file.parent.mkdir(parents=True, exist_ok=True)
        self.lock = _lock_for(self.file)
        self.lock.tryLock(0)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.write_now)
        self._connections = [
            document.undo_stack.indexChanged.connect(self.schedule),
            document.undo_stack.cleanChanged.connect(self._on_clean_changed),
        ]

    def schedule(self, *_args) -> None:
        """Write soon; a run of edits is written once, `delay_ms` after the first of them."""
        if not shiboken6.isValid(self.document.undo_stack):
            return  # the stack reports its last change as Qt deletes it (a window never closed)
        if self.document.modified and not self.timer.isActive():
            self.timer.start()

    def write_now(self) -> bool:
        self.timer.stop()
        # At teardown Qt may delete the undo stack before this object's timer: nothing to save.
        if not shiboken6.isValid(self.document.undo_stack) or not self.document.modified:
            return False
        record = {
            "format": FORMAT,
            "schema_version": SCHEMA_VERSION,
            "original_path": self.document.path,
            "saved_at": time.time(),
            "project": project_to_dict(self.document.project),
        }
        try:
            text = json.dumps(record, indent=1) + "\n"
            write_own_file(self.file, text, _is_recovery_file, "recovery file")
        except OSError as error:
            why = QCoreApplication.translate("Recovery", "Cannot autosave to {file}: {reason}")
            self.failed.emit(why.format(file=self.file, reason=os_reason(error)))
            return False
        self.written.emit(str(self.file))
        return True

    def discard(self) -> None:
        """The document is saved or given up on purpose: the recovery file is not needed."""
        self.timer.stop()
        with contextlib.suppress(OSError):
            self.file.unlink(missing_ok=True)

    def close(self) -> None:
        """A clean close: no recovery file, the lock released, and no more autosaves (the undo
        stack, deleted with the window, reports its last changes as it goes)."""
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections = []
        self.discard()
        self.lock.unlock()

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()


def _lock_for(file: Path) -> QLockFile:
    lock = QLockFile(str(file.with_suffix(".lock")))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however long it has run
    return lock


def orphans(folder: Path) -> list[Recovered]:
    """Readable recovery files whose instance is gone, newest first; unreadable ones are skipped."""
    found = []
    for file in (folder / "recovery").glob("autosave-*.json"):
        if not _owner_gone(file):  # a window still open, in this process or another
            continue
        recovered = read_recovery(file)
        if recovered is not None:
            found.append(recovered)
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def _owner_gone(file: Path) -> bool:
    lock = _lock_for(file)
    if lock.tryLock(0):
        lock.unlock()
        return True
    if lock.error() != QLockFile.LockError.PermissionError:
        return False
    # A read-only folder: no lock can be made, so look at the owner's lock, if it left one.
    info = lock.getLockInfo()  # (pid, host, app); pid 0 when there is no lock file
    pid = info[-3] if info and info[0] is not False else 0
    return not pid or not _running(int(pid))


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process
    return True


def read_recovery(file: Path) -> Recovered | None:
    """The work in a recovery file, read as any input (safe_io, json_input); None if unusable."""
    try:
        data = read_json(file, MAX_RECOVERY_BYTES, "recovery file", lenient=True)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return None
        project = project_from_dict(data.get("project"), file)
        stamp = file.stat().st_mtime
    except (OSError, JsonInputError, ProjectError):
        return None
    original = data.get("original_path")
    return Recovered(
        file,
        project,
        original if isinstance(original, str) else None,
        _time(data.get("saved_at"), stamp),
    )


def _is_recovery_file(head: bytes) -> bool:
    return f'"format": "{FORMAT}"'.encode() in head


def _time(value: object, fallback: float) -> float:
    """saved_at if it is a time this file could have been written (since 2000, not in the
    future), else the file's own time: strftime fails on 1e308 or -1e18."""
    ok = type(value) in (int, float) and 946_684_800 <= value <= time.time() + 86_400  # type: ignore[operator]
    return float(value) if ok else fallback  # type: ignore[arg-type]


def set_aside(recovered: Recovered) -> None:
    """Done with a recovery file (restored or declined): keep it once as last-recovered.json."""
    try:
        os.replace(recovered.file, recovered.file.with_name("last-recovered.json"))
    except OSError:
        with contextlib.suppress(OSError):  # a read-only folder: it is offered again next time
            recovered.file.unlink(missing_ok=True)


def _open_own_log(log: Path) -> IO[str]:
    """crash.log for writing, only as an ordinary file of its own: never through a link into a
    user's file, into a device or a pipe (which would block), nor into a file hard-linked elsewhere."""
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    descriptor = os.open(log, flags, 0o600)
    info = os.fstat(descriptor)
    if not stat.S_ISREG(info.st_mode) or info.st_nlink > 1:
        os.close(descriptor)
        raise FileRefusedError("it is not a file of netbuilder's own", log, "write")
    os.ftruncate(descriptor, 0)
    os.set_blocking(descriptor, True)
    return os.fdopen(descriptor, "w", encoding="utf-8")


def enable_crash_log(folder: Path) -> Path | None:
    """Send a fatal error's stack (all threads) to `crash.log`; return the previous crash's log.

    A clean run leaves `crash.log` empty; one left non-empty is kept as `last-crash.log`.
    """
    global _crash_log
    log, last = folder / "crash.log", folder / "last-crash.log"
    previous = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        info = log.lstat() if os.path.lexists(log) else None
        if info is not None and stat.S_ISREG(info.st_mode) and info.st_size > 0:
            os.replace(log, last)
            previous = last
        _crash_log = _open_own_log(log)
    except OSError:
        return previous
    faulthandler.enable(file=_crash_log, all_threads=True)
    return previous
