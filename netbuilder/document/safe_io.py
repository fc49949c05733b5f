"""Reading and writing the user's files without hanging, filling memory or losing anything.

Reads refuse what is not an ordinary file (a FIFO would block forever, /dev/zero never ends) and
files over a size limit. Writes (`write_atomically`, the one way netbuilder writes an output) go to
a temporary file that is renamed over the target, keeping the target's mode and owner (a new file
honours the umask), refusing read-only targets, writing through symlinks, copying into a
hard-linked file (so every link sees it) once the new contents are safely written, and writing
straight into targets that are streams (/dev/stdout, a pipe with a reader, a terminal, /dev/null);
any other device, a folder or a pipe nobody reads is refused, never replaced.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO


class FileRefusedError(OSError):
    """A file netbuilder will not read or write; str() is the reason, for the user."""

    def __init__(
        self, reason: str, path: str | os.PathLike[str] | None = None, action: str = "read"
    ):
        super().__init__(reason)
        self.reason = reason
        self.path = None if path is None else str(path)
        self.action = action

    def __str__(self) -> str:
        return f"Cannot {self.action} {self.path}: {self.reason}" if self.path else self.reason


def size_text(size: int) -> str:
    """1536 -> '1.5 KB'; sizes in decimal units, as file managers show them."""
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1000
    return ""  # unreachable


def check_regular_file(path: str | os.PathLike[str]) -> os.stat_result:
    """The file's stat, if it is an ordinary file (following symlinks); else FileRefusedError.

    FileNotFoundError and PermissionError pass through unchanged.
    """
    info = os.stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise FileRefusedError("it is a folder, not a file", path)
    if not stat.S_ISREG(info.st_mode):
        raise FileRefusedError(
            "it is not an ordinary file (a pipe, device or socket); netbuilder reads only files",
            path,
        )
    return info


def open_regular(path: str | os.PathLike[str], limit: int, what: str = "file") -> BinaryIO:
    """An ordinary file no larger than `limit`, open for reading; else FileRefusedError.

    The one way netbuilder opens an input: it is looked at before it is opened (a device is
    never opened), opened without blocking (a FIFO swapped in since would block forever in
    open()) and looked at again through the open descriptor.
    """
    info = check_regular_file(path)
    if info.st_size > limit:
        raise FileRefusedError(_too_big(info.st_size, limit, what), path)
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    stream = os.fdopen(descriptor, "rb")
    info = os.fstat(descriptor)
    if not stat.S_ISREG(info.st_mode) or info.st_size > limit:  # swapped since the stat
        stream.close()
        raise FileRefusedError("it is not an ordinary file, or it changed while opened", path)
    os.set_blocking(descriptor, True)
    return stream


def open_regular_file(path: str | os.PathLike[str]) -> BinaryIO:
    """open_regular with no size limit: the caller limits what it reads (a checked header)."""
    return open_regular(path, sys.maxsize)


def read_limited(path: str | os.PathLike[str], limit: int, what: str = "file") -> bytes:
    """The bytes of an ordinary file no larger than `limit`; never blocks on a pipe."""
    with open_regular(path, limit, what) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise FileRefusedError(_too_big(len(data), limit, what), path)
    return data


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode_text(data: bytes, path: str | os.PathLike[str] | None = None, what: str = "file") -> str:
    """UTF-8 text, or UTF-16/32 when a byte-order mark says so (Notepad's "Unicode"); a file
    that is not text is a FileRefusedError that says so."""
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), "utf-8")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        reason = f"it is not a text file (not {encoding.upper()}: a bad byte at {error.start})"
        raise FileRefusedError(f"{reason}; a {what} must be UTF-8 text", path) from None


def read_text(path: str | os.PathLike[str], limit: int, what: str = "file") -> str:
    """The text of an ordinary file no larger than `limit` bytes (see decode_text)."""
    return decode_text(read_limited(path, limit, what), path, what)


def walk_files(folder: str | os.PathLike[str], within: str | os.PathLike[str]) -> Iterator[Path]:
    """Every file under folder, through symlinked folders only where they lead to a folder inside
    `within` not walked yet: a link to / or out of the dataset (even `within` itself being one)
    is not followed, a loop is walked once. Unreadable folders are passed over."""
    within = os.path.abspath(within)  # the folder named, not where a link of that name leads:
    boundary = os.path.join(os.path.realpath(os.path.dirname(within)), os.path.basename(within))
    seen: set[str] = set()
    stack = [Path(folder)]
    while stack:
        current = stack.pop()
        real = os.path.realpath(current)
        inside = real == boundary or real.startswith(boundary.rstrip(os.sep) + os.sep)
        if not inside or real in seen:
            continue
        seen.add(real)
        try:
            entries = list(os.scandir(current))
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir():  # follows a link: where it leads is checked when it is walked
                stack.append(Path(entry.path))
            else:
                yield Path(entry.path)


def _too_big(size: int, limit: int, what: str) -> str:
    return f"it is {size_text(size)}, and a {what} may be at most {size_text(limit)}"


def check_writable(path: str | os.PathLike[str]) -> None:
    """Raise FileRefusedError now, before any work, if `path` could not be written later."""
    if _is_stream_name(path):
        return  # a stream: it is opened when written
    target = Path(os.path.realpath(path))
    info = _stat_or_none(target)
    if info is not None:
        _check_target(info, target, path)
        if not stat.S_ISREG(info.st_mode):
            return
    _check_folder(target, path)
    folder = target.parent
    if not os.access(folder, os.W_OK | os.X_OK) or _read_only_mount(folder):
        raise FileRefusedError(f"the folder {folder} is not writable", path, "write")


def _read_only_mount(folder: Path) -> bool:
    """True on a read-only file system, where even root cannot write (os.access may say yes)."""
    statvfs = getattr(os, "statvfs", None)
    try:
        return bool(statvfs and statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def write_atomically(path: str | os.PathLike[str], write: Callable[[BinaryIO], None]) -> None:
    """Call write(stream) on a temporary file, then rename it over path; see the module doc.

    The one way netbuilder writes an output. A stream (/dev/stdout, a pipe, a terminal, /dev/null)
    is written, never replaced; any other device is refused. An exception from `write` (even
    KeyboardInterrupt) leaves the previous file and no temporary; a failure to write is a
    FileRefusedError that names the file and says why ("Cannot write x: the disk is full").
    """
    try:
        _write(path, write)
    except FileRefusedError:
        raise
    except OSError as error:
        failure = FileRefusedError(os_reason(error), path, "write")
        failure.errno = error.errno
        raise failure from error


def _write(path: str | os.PathLike[str], write: Callable[[BinaryIO], None]) -> None:
    if _is_stream_name(path):
        _write_stream(path, write)
        return
    target = Path(os.path.realpath(path))  # through symlinks: the real file is updated
    info = _stat_or_none(target)
    if info is not None:
        _check_target(info, target, path)
        if not stat.S_ISREG(info.st_mode):
            _write_stream(target, write, path)
            return
    _check_folder(target, path)
    mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~current_umask()
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        _keep_owner_and_mode(Path(temporary), info, mode)
        if info is not None and info.st_nlink > 1:
            _copy_into(Path(temporary), target)  # a rename would cut the other links off
            Path(temporary).unlink()
        else:
            os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _check_folder(target: Path, path: str | os.PathLike[str]) -> None:
    """A new file goes into an existing folder of the user's, never among devices or kernel files."""
    folder = target.parent
    if not folder.is_dir():
        raise FileRefusedError(f"the folder {folder} does not exist", path, "write")
    if _system_folder(folder):
        raise FileRefusedError(f"{folder} is the system's folder, not one for files", path, "write")


def _system_folder(folder: Path) -> bool:
    """/dev (but not the shared memory /dev/shm), /proc and /sys: devices and kernel files."""

    def within(root: str) -> bool:
        return folder == Path(root) or Path(root) in folder.parents

    return not within("/dev/shm") and any(within(root) for root in ("/dev", "/proc", "/sys"))


def _keep_owner_and_mode(temporary: Path, info: os.stat_result | None, mode: int) -> None:
    """The new file gets the old one's mode and (when root writes a user's file) its owner."""
    if info is not None and hasattr(os, "chown") and os.geteuid() == 0:
        os.chown(temporary, info.st_uid, info.st_gid)
    os.chmod(temporary, mode)


def _write_stream(
    path: str | os.PathLike[str],
    write: Callable[[BinaryIO], None],
    named: str | os.PathLike[str] | None = None,
) -> None:
    """Add to a stream: a pipe with a reader, a terminal, /dev/null, or a redirected stdout.

    Opened without blocking (a pipe nobody reads is refused, not waited on) and without
    truncating; a device that is not a stream (a disk, /dev/mem) is refused unopened.
    """
    named = path if named is None else named
    if _is_stream_name(named):
        info = os.stat(path)  # what the stream is now: a pipe, a terminal, a redirect's file
        _check_target(info, Path(os.path.realpath(path)), named, stream=True)
    flags = os.O_WRONLY | os.O_APPEND | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ENXIO:
            raise FileRefusedError(_NO_READER, named, "write") from None
        raise
    with os.fdopen(descriptor, "ab") as stream:
        info = os.fstat(descriptor)
        if stat.S_ISCHR(info.st_mode) and not _harmless_device(path, descriptor):
            raise FileRefusedError(_DEVICE, named, "write")
        os.set_blocking(descriptor, True)
        write(stream)
        stream.flush()


_NO_READER = "nothing is reading it (a pipe, socket or terminal with no reader)"
_DEVICE = "it is a device, not a file; netbuilder writes only to files, pipes and terminals"
_HARMLESS_DEVICES = ("/dev/null", "/dev/zero", "/dev/full")


def _harmless_device(path: str | os.PathLike[str], descriptor: int) -> bool:
    """A terminal or a device that takes any bytes and keeps none (/dev/full says the disk is full)."""
    return os.isatty(descriptor) or os.path.realpath(path) in _HARMLESS_DEVICES


def _copy_into(source: Path, target: Path) -> None:
    """Overwrite target's contents in place (keeping its inode, so every hard link sees them).

    Only after the complete new contents are safely on disk in `source`.
    """
    with open(source, "rb") as data, open(target, "r+b") as stream:
        while block := data.read(1 << 20):
            stream.write(block)
        stream.truncate()
        stream.flush()
        os.fsync(stream.fileno())


def write_text_atomically(path: str | os.PathLike[str], text: str) -> None:
    """UTF-8 text through write_atomically; the folder is created if missing."""
    data = text.encode("utf-8", errors="backslashreplace")  # a lone surrogate never stops a save
    _write_into_folder(path, lambda stream: stream.write(data))


def _write_into_folder(path: str | os.PathLike[str], write: Callable[[BinaryIO], None]) -> None:
    """write_atomically, creating the file's folder first if it is missing."""
    folder = Path(os.path.realpath(path)).parent
    if not _is_stream_name(path) and not _system_folder(folder):
        folder.mkdir(parents=True, exist_ok=True)
    write_atomically(path, write)


def write_own_file(
    path: str | os.PathLike[str],
    contents: str | Callable[[BinaryIO], None],
    ours: Callable[[bytes], bool],
    what: str,
) -> None:
    """Write a file the app keeps for itself beside the user's (a project's runs, a recovery file,
    a data cache): `contents` is UTF-8 text, or a function that writes bytes to a stream.

    Atomic, like write_atomically; the folder is created if missing. Never through a link (it would
    land in another file), never over anything that is not an ordinary file holding one of ours
    (`ours(its first bytes)`): a user's file of the same name stays.
    """
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    if info is not None:
        if stat.S_ISLNK(info.st_mode):
            reason = (
                f"it is a link to another file, and netbuilder writes its {what} only as a file"
            )
            raise FileRefusedError(reason, path, "write")
        if not stat.S_ISREG(info.st_mode) or info.st_nlink > 1:
            raise FileRefusedError(
                f"it is not an ordinary file of its own; {what} not saved", path, "write"
            )
        if info.st_size and not ours(_head(path)):
            reason = f"it is not a netbuilder {what} (perhaps one of yours), so it is left as it is"
            raise FileRefusedError(reason, path, "write")
    if isinstance(contents, str):
        write_text_atomically(path, contents)
    else:
        _write_into_folder(path, contents)


def _head(path: str | os.PathLike[str], size: int = 4096) -> bytes:
    descriptor = os.open(
        path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    )
    with os.fdopen(descriptor, "rb") as stream:
        return stream.read(size) if stat.S_ISREG(os.fstat(descriptor).st_mode) else b""


_STREAM_NAME = re.compile(r"/dev/(stdout|stderr|fd/\d+)|/proc/(self|thread-self|\d+)/fd/\d+")


def _is_stream_name(path: str | os.PathLike[str]) -> bool:
    """/dev/stdout and /proc/self/fd/N (also through a user's symlink) name an open stream, even when
    it is redirected into a file: that file is added to, never replaced."""
    name = os.path.abspath(path)
    for _ in range(40):  # the kernel's own limit on links in a row
        if _STREAM_NAME.fullmatch(name):
            return True
        try:
            link = os.readlink(name)
        except OSError:
            return False
        name = os.path.normpath(os.path.join(os.path.dirname(name), link))
    return False


def _stat_or_none(target: Path) -> os.stat_result | None:
    try:
        return os.stat(target)
    except FileNotFoundError:
        return None


def _check_target(
    info: os.stat_result, target: Path, path: str | os.PathLike[str], stream: bool = False
) -> None:
    """Refuse a folder, a disk or a socket, and a read-only file (unless it is a stream's file)."""
    if stat.S_ISDIR(info.st_mode):
        raise FileRefusedError("it is a folder; give a file name", path, "write")
    if stat.S_ISBLK(info.st_mode):
        raise FileRefusedError(_DEVICE, path, "write")
    if stat.S_ISSOCK(info.st_mode) and not stream:
        raise FileRefusedError(_NO_READER, path, "write")
    if (
        stat.S_ISREG(info.st_mode)
        and not stream
        and (not info.st_mode & 0o222 or not os.access(target, os.W_OK))
    ):
        raise FileRefusedError(
            "the file is read-only; make it writable or choose another name", path, "write"
        )


def current_umask() -> int:
    """The process umask, read without changing it where the system allows (Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def os_reason(error: Exception) -> str:
    """A short reason for a failed read or write of a user's file."""
    if isinstance(error, UnicodeError):
        return "it is not a text file (not UTF-8)"
    if not isinstance(error, OSError):
        return str(error) or type(error).__name__
    if isinstance(error, FileRefusedError):
        return error.reason
    if isinstance(error, FileNotFoundError):
        return "the file does not exist"
    if isinstance(error, IsADirectoryError):
        return "it is a folder, not a file"
    if isinstance(error, NotADirectoryError):
        return "a part of the path that must be a folder is a file"
    if isinstance(error, FileExistsError):
        return "a file is in the way where a folder must be"
    if error.errno == errno.ENOSPC:
        return "the disk is full"
    return error.strerror or str(error)


def check_outputs(
    outputs: list[tuple[str, str | os.PathLike[str] | None]],
    inputs: list[tuple[str, str | os.PathLike[str] | None]],
) -> None:
    """Refuse an output that is one of the run's inputs, or another of its outputs.

    outputs: (option, path) such as ("--checkpoint", "model.pt"); inputs: (what it is, path) such
    as ("the project being trained", "p.json"). Unset paths (None) are skipped; so are streams
    and devices (two outputs may well both go to /dev/null).
    """
    given = [(option, path) for option, path in outputs if path and not _is_stream(path)]
    for index, (option, path) in enumerate(given):
        for what, other in inputs:
            if other and same_file(path, other):
                raise FileRefusedError(
                    f"it is {what}; choose another file for {option}", path, "write"
                )
        for other_option, other in given[index + 1 :]:
            if same_file(path, other):
                reason = f"{option} and {other_option} name the same file; give each its own"
                raise FileRefusedError(reason, path, "write")


def _is_stream(path: str | os.PathLike[str]) -> bool:
    info = _stat_or_none(Path(path))
    return _is_stream_name(path) or (info is not None and not stat.S_ISREG(info.st_mode))


def same_file(first: str | os.PathLike[str], second: str | os.PathLike[str]) -> bool:
    """The same file, through links (symbolic or hard) too; for files not yet there, the same name."""
    try:
        return os.path.samefile(first, second)
    except OSError:
        return os.path.realpath(first) == os.path.realpath(second)
