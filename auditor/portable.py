"""Portability: file names, paths, per-user folders and worker start-up that also work on Windows and macOS.

The scanner is developed and tested on Linux, but its first users run it on a personal Windows
or Mac laptop. Everything here is pure logic on strings (`PureWindowsPath`, `PurePosixPath`) with
the platform passed in, so the Windows behaviour is tested on Linux:

- `safe_name` / `safe_relpath`: a name or relative path that Windows can create (no reserved
  device names such as CON or NUL, no `<>:"|?*`, no trailing dots or spaces, never `..`).
- `long_path`: the `\\\\?\\` form of a long absolute Windows path (over MAX_PATH).
- `user_state_dir`: where the app keeps its small state (ticks, the last result) per platform.
- `mp_context`: the multiprocessing start method; `fork` only where it exists and is safe
  (Linux), `spawn` elsewhere (Windows has no fork; macOS forks badly with threads).
- `read_flags`: `os.open` flags for reading an input without following a symlink where the
  platform can say so (`O_NOFOLLOW`), in binary mode where it must be asked for (`O_BINARY`).

Imports nothing of auditor and never touches the file system.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import sys
from collections.abc import Mapping
from multiprocessing.context import BaseContext
from pathlib import Path, PurePosixPath, PureWindowsPath

WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"] + [f"{p}{n}" for p in ("COM", "LPT") for n in "123456789¹²³"]
)
_BAD_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
MAX_PATH = 260  # Windows' classic limit, terminating NUL included
START_METHODS = ("fork", "spawn", "forkserver")


def is_windows(system: str | None = None) -> bool:
    return (system or sys.platform).startswith("win")


def safe_name(name: str, windows: bool | None = None) -> str:
    """One path component that the platform can create and that stays inside its folder.

    On Windows (or with `windows=True`): characters Windows forbids become `_`, trailing dots and
    spaces are dropped, and a reserved device name (`CON`, `nul.txt`, `COM1.jpg`) gets a leading
    `_`. Everywhere: `.`, `..`, separators and NUL never survive.
    """
    windows = is_windows() if windows is None else windows
    if windows:
        name = _BAD_CHARS.sub("_", name).rstrip(" .")
        stem = name.split(".", 1)[0].rstrip(" ").upper()
        if stem in WINDOWS_RESERVED:
            name = "_" + name
    else:
        name = name.replace("/", "_").replace("\x00", "_")
    if name in ("", ".", ".."):
        return "_"
    return name


def safe_relpath(rel: str, windows: bool | None = None) -> str:
    """A relative path (either separator) made of `safe_name`s, joined with `/`.

    Drive letters, UNC prefixes, roots, `.` and `..` are dropped, so the result always stays
    below the folder it is joined to.
    """
    windows = is_windows() if windows is None else windows
    pure = PureWindowsPath(rel) if windows else PurePosixPath(rel)
    parts = [p for p in pure.parts if p not in (pure.anchor, ".", "..", "")]
    return "/".join(safe_name(p, windows) for p in parts) or "_"


def long_path(path: str, windows: bool | None = None) -> str:
    """The form of an absolute path that the platform's file calls accept at any length.

    On Windows a path at or over MAX_PATH needs the `\\\\?\\` prefix (`\\\\?\\UNC\\server\\share`
    for a network path), and then must use backslashes only; elsewhere the path is unchanged.
    """
    windows = is_windows() if windows is None else windows
    if not windows or len(path) < MAX_PATH or path.startswith("\\\\?\\"):
        return path
    pure = PureWindowsPath(path)
    if not pure.is_absolute():
        return path
    text = str(pure)
    if text.startswith("\\\\"):
        return "\\\\?\\UNC\\" + text[2:]
    return "\\\\?\\" + text


def user_state_dir(system: str | None = None, env: Mapping[str, str] | None = None, home: str | None = None) -> str:
    """The per-user folder for the app's state (never inside an input or the current folder).

    Windows: `%LOCALAPPDATA%\\auditor`; macOS: `~/Library/Application Support/auditor`;
    elsewhere `$XDG_STATE_HOME/auditor` or `~/.local/state/auditor`.
    """
    system = system or sys.platform
    env = os.environ if env is None else env
    home = home if home is not None else os.path.expanduser("~")
    if is_windows(system):
        base = env.get("LOCALAPPDATA") or env.get("APPDATA") or str(PureWindowsPath(home, "AppData", "Local"))
        return str(PureWindowsPath(base, "auditor"))
    if system == "darwin":
        return str(PurePosixPath(home, "Library", "Application Support", "auditor"))
    base = env.get("XDG_STATE_HOME") or str(PurePosixPath(home, ".local", "state"))
    return str(PurePosixPath(base, "auditor"))


def default_start_method(system: str | None = None, available: tuple[str, ...] | None = None) -> str:
    """`fork` on Linux (workers inherit the warm caches), `spawn` everywhere else."""
    system = system or sys.platform
    available = tuple(multiprocessing.get_all_start_methods()) if available is None else available
    if system.startswith("linux") and "fork" in available:
        return "fork"
    return "spawn"


def mp_context(method: str | None = None) -> BaseContext:
    """The multiprocessing context for worker pools: `method` if given, else the platform default."""
    method = method or default_start_method()
    if method not in START_METHODS:
        raise ValueError(f"unknown process start method {method!r} (one of: {', '.join(START_METHODS)})")
    return multiprocessing.get_context(method)


def read_flags(nofollow: bool = True, os_module=os) -> int:
    """Flags for `os.open` to read a file: `O_NOFOLLOW` where it exists (POSIX; a symlink then
    fails with ELOOP), `O_BINARY` where it exists (Windows, or bytes get translated). Windows has
    no O_NOFOLLOW: callers check `os.path.islink` there before opening, as the fallback."""
    flags = os_module.O_RDONLY | getattr(os_module, "O_BINARY", 0)
    if nofollow:
        flags |= getattr(os_module, "O_NOFOLLOW", 0)
    return flags


def is_inside(child: str, parent: str, windows: bool | None = None) -> bool:
    """Whether `child` is `parent` or below it, comparing case-insensitively on Windows."""
    windows = is_windows() if windows is None else windows
    kind = PureWindowsPath if windows else PurePosixPath
    c, p = kind(child), kind(parent)
    if windows:
        c, p = kind(str(c).casefold()), kind(str(p).casefold())
    return c == p or p in c.parents


def resolved(path: str) -> Path:
    """An absolute, resolved path; `~` expanded (a path typed by a person)."""
    return Path(os.path.expanduser(path.strip().strip('"'))).resolve()
