"""One guard for every file a command writes, so that no command can lose data.

Before anything is opened for writing, an output is refused (one line naming both paths) when it
is one of the command's inputs: the same path, a symlink to it, or a hard link to it (the same
inode), since writing it would destroy what is being read. A directory or a device node (e.g.
``/dev/null``) is refused too: the atomic rename below would replace a device with a regular file.
Files are written to a temporary file in the output's own directory and renamed over the output
in one ``os.replace``: a full disk, a permission problem or a kill leaves the previous file (or
nothing), never half a file. Environment errors (permissions, disk full, read-only file system)
become a one-line RaidenError naming the file.

Pure standard library: the converter script runs it without the package's dependencies.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional, Union

from raiden_r1.errors import RaidenError

PathLike = Union[str, "os.PathLike[str]"]

# Errors of the environment rather than of the program: reported as one line, not a traceback.
ENVIRONMENT_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EACCES, errno.EPERM, errno.EROFS,
                                errno.EIO, errno.ENOTDIR, errno.EISDIR, errno.ENAMETOOLONG})


def _umask() -> int:
    # read once, at import: os.umask can only be read by setting it, which is not thread-safe later
    old = os.umask(0)
    os.umask(old)
    return old


_FILE_MODE = 0o666 & ~_umask()


def os_error_message(path: PathLike, err: OSError, doing: str = "cannot write") -> str:
    """``path: cannot write: No space left on device``: an OSError as a user-facing line."""
    return f"{path}: {doing}: {err.strerror or err}"


def same_file(a: PathLike, b: PathLike) -> bool:
    """Whether two paths name one file: equal once resolved (symlinks followed), or one inode
    (hard links)."""
    pa, pb = Path(a), Path(b)
    with contextlib.suppress(OSError, RuntimeError):
        if pa.resolve() == pb.resolve():
            return True
    try:
        sa, sb = os.stat(pa), os.stat(pb)
    except OSError:
        return False
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


def check_output(path: PathLike, inputs: Iterable[Optional[PathLike]] = (), *, what: str = "output") -> Path:
    """``path`` as a Path if a file may be written there, else a RaidenError (nothing is touched).

    Refused: a directory, anything that exists and is not a regular file (device, pipe, socket),
    a path below a regular file, and any of ``inputs`` (None entries are skipped).
    """
    p = Path(path)
    try:
        st = os.stat(p)
    except FileNotFoundError:
        st = None
    except NotADirectoryError:
        raise RaidenError(f"{p}: cannot write the {what}: a parent of it is a file, not a directory") from None
    except OSError as e:
        raise RaidenError(os_error_message(p, e, f"cannot write the {what}")) from None
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise RaidenError(f"{p}: is a directory; the {what} must be a file path")
        if not stat.S_ISREG(st.st_mode):
            raise RaidenError(f"{p}: is not a regular file (a device, pipe or socket); refusing to replace it "
                              f"with the {what}")
    for source in inputs:
        if source is not None and same_file(p, source):
            shown = f"{source}" if str(source) == str(p) else f"{source} (the same file)"
            raise RaidenError(f"{p}: the {what} would overwrite the input {shown}; give another output path")
    return p


def check_outputs(paths: Iterable[PathLike], inputs: Iterable[Optional[PathLike]] = (), *,
                  what: str = "output") -> list[Path]:
    """check_output for several outputs of one command, which must also be distinct files."""
    inputs = list(inputs)
    done: list[Path] = []
    for path in paths:
        p = check_output(path, inputs, what=what)
        for other in done:
            if same_file(p, other):
                raise RaidenError(f"{p}: the same file as the output {other}; give two different output paths")
        done.append(p)
    return done


def check_output_dir(path: PathLike, *, what: str = "output directory") -> Path:
    """``path`` if it is a directory or can be created as one (created here), else a RaidenError."""
    p = Path(path)
    if p.exists() and not p.is_dir():
        raise RaidenError(f"{p}: is a file, not a directory; the {what} must be a directory")
    try:
        p.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise RaidenError(os_error_message(p, e, f"cannot create the {what}")) from None
    return p


@contextlib.contextmanager
def atomic_output(path: PathLike, inputs: Iterable[Optional[PathLike]] = (), *, binary: bool = False,
                  what: str = "output") -> Iterator[IO]:
    """A file object to write ``path``'s new content into; on a clean exit it replaces ``path``
    atomically, on any error the temporary file is removed and ``path`` is left as it was.
    OSErrors (disk full, permissions) become a one-line RaidenError naming ``path``."""
    p = check_output(path, inputs, what=what)
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    except OSError as e:
        raise RaidenError(os_error_message(p, e)) from None
    tmp = Path(tmp_name)
    try:
        try:
            mode = stat.S_IMODE(os.stat(p).st_mode)  # an existing file keeps its permissions
        except OSError:
            mode = _FILE_MODE  # a new one gets what open() would give it
        os.chmod(fd, mode)
        with (os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, p)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise RaidenError(os_error_message(p, e)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text(path: PathLike, text: str, inputs: Iterable[Optional[PathLike]] = (), *, what: str = "output") -> Path:
    """Write ``text`` (UTF-8) to ``path`` through :func:`atomic_output`."""
    with atomic_output(path, inputs, what=what) as f:
        f.write(text)
    return Path(path)
