"""Windows and macOS behaviour of `auditor.portable`, tested on Linux with pure paths."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import PureWindowsPath
from types import SimpleNamespace

import pytest

from auditor.portable import (
    default_start_method,
    is_inside,
    long_path,
    mp_context,
    read_flags,
    resolved,
    safe_name,
    safe_relpath,
    user_state_dir,
)


@pytest.mark.parametrize(
    ("name", "windows_safe"),
    [
        ("IMG_0001.jpg", "IMG_0001.jpg"),
        ("CON", "_CON"),
        ("con.jpg", "_con.jpg"),
        ("NUL.tar.gz", "_NUL.tar.gz"),
        ("COM1.png", "_COM1.png"),
        ("lpt9", "_lpt9"),
        ("CONSOLE.jpg", "CONSOLE.jpg"),  # only the exact device names are reserved
        ("a:b?c*.jpg", "a_b_c_.jpg"),
        ('say "hi" <now>|.txt', "say _hi_ _now__.txt"),
        ("trailing. . ", "trailing"),
        ("tab\there", "tab_here"),
        ("..", "_"),
        ("", "_"),
    ],
)
def test_portable_safe_name_on_windows(name: str, windows_safe: str) -> None:
    assert safe_name(name, windows=True) == windows_safe


def test_portable_safe_name_on_posix_keeps_what_posix_allows() -> None:
    assert safe_name("a:b?c.jpg", windows=False) == "a:b?c.jpg"
    assert safe_name("CON", windows=False) == "CON"
    assert safe_name("a/b", windows=False) == "a_b"
    assert safe_name("..", windows=False) == "_"


@pytest.mark.parametrize(
    ("rel", "windows", "expected"),
    [
        ("a.zip/photos/CON.jpg", True, "a.zip/photos/_CON.jpg"),
        ("a.zip\\photos\\x:y.jpg", True, "a.zip/photos/x_y.jpg"),
        ("C:\\Users\\me\\p.jpg", True, "Users/me/p.jpg"),  # the drive never survives
        ("\\\\server\\share\\p.jpg", True, "p.jpg"),  # nor a UNC prefix
        ("../../etc/passwd", True, "etc/passwd"),
        ("../../etc/passwd", False, "etc/passwd"),
        ("/abs/p.jpg", False, "abs/p.jpg"),
        ("a/./b/../c.jpg", False, "a/b/c.jpg"),
        ("", False, "_"),
    ],
)
def test_portable_safe_relpath_stays_below_its_folder(rel: str, windows: bool, expected: str) -> None:
    out = safe_relpath(rel, windows=windows)
    assert out == expected
    assert ".." not in out.split("/") and not PureWindowsPath(out).drive


def test_portable_long_path_on_windows() -> None:
    short = "C:\\Users\\me\\p.jpg"
    assert long_path(short, windows=True) == short
    deep = "C:\\Users\\me\\" + "\\".join(["a" * 50] * 6) + "\\p.jpg"
    assert len(deep) >= 260
    assert long_path(deep, windows=True) == "\\\\?\\" + deep
    assert long_path(deep.replace("\\", "/"), windows=True) == "\\\\?\\" + deep  # forward slashes become backslashes
    unc = "\\\\server\\share\\" + "\\".join(["b" * 60] * 5)
    assert long_path(unc, windows=True) == "\\\\?\\UNC\\server\\share\\" + "\\".join(["b" * 60] * 5)
    assert long_path("\\\\?\\" + deep, windows=True) == "\\\\?\\" + deep  # already long: unchanged
    assert long_path("relative\\" + "c" * 300, windows=True) == "relative\\" + "c" * 300
    assert long_path("/" + "d" * 300, windows=False) == "/" + "d" * 300


def test_portable_user_state_dir_per_platform() -> None:
    assert user_state_dir("win32", {"LOCALAPPDATA": "C:\\Users\\me\\AppData\\Local"}, "C:\\Users\\me") == (
        "C:\\Users\\me\\AppData\\Local\\auditor"
    )
    assert user_state_dir("win32", {}, "C:\\Users\\me") == "C:\\Users\\me\\AppData\\Local\\auditor"
    assert user_state_dir("darwin", {}, "/Users/me") == "/Users/me/Library/Application Support/auditor"
    assert user_state_dir("linux", {}, "/home/me") == "/home/me/.local/state/auditor"
    assert user_state_dir("linux", {"XDG_STATE_HOME": "/xdg"}, "/home/me") == "/xdg/auditor"


def test_portable_is_inside_compares_windows_paths_without_case() -> None:
    assert is_inside("C:\\Users\\Me\\Out", "c:\\users\\me", windows=True)
    assert is_inside("C:\\Users\\Me", "C:\\Users\\Me", windows=True)
    assert not is_inside("D:\\Users\\Me\\Out", "C:\\Users\\Me", windows=True)
    assert not is_inside("C:\\Users\\Mel", "C:\\Users\\Me", windows=True)
    assert is_inside("/home/me/out", "/home/me", windows=False)
    assert not is_inside("/home/Me/out", "/home/me", windows=False)


def test_portable_start_method_is_spawn_where_fork_is_missing_or_unsafe() -> None:
    assert default_start_method("win32", ("spawn",)) == "spawn"
    assert default_start_method("darwin", ("spawn", "fork", "forkserver")) == "spawn"
    assert default_start_method("linux", ("fork", "spawn", "forkserver")) == "fork"
    assert default_start_method("linux", ("spawn",)) == "spawn"
    assert mp_context("spawn").get_start_method() == "spawn"
    assert mp_context().get_start_method() in multiprocessing.get_all_start_methods()
    with pytest.raises(ValueError, match="unknown process start method"):
        mp_context("thread")


def test_portable_resolved_takes_a_path_as_a_person_pastes_it(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert resolved(f' "{tmp_path}/a/../b" ') == tmp_path / "b"  # Windows' "Copy as path" adds the quotes
    assert resolved("~/x") == tmp_path / "x"


def test_portable_read_flags_fall_back_where_a_posix_flag_is_missing(tmp_path) -> None:
    windows_os = SimpleNamespace(O_RDONLY=0, O_BINARY=0x8000)  # no O_NOFOLLOW on Windows
    assert read_flags(os_module=windows_os) == 0x8000
    posix_os = SimpleNamespace(O_RDONLY=0, O_NOFOLLOW=0x20000)
    assert read_flags(os_module=posix_os) == 0x20000 and read_flags(False, posix_os) == 0
    # on this machine: a symlink is refused, a plain file opens
    target = tmp_path / "t.txt"
    target.write_text("x")
    (tmp_path / "link").symlink_to(target)
    os.close(os.open(target, read_flags()))
    if hasattr(os, "O_NOFOLLOW"):
        with pytest.raises(OSError):
            os.open(tmp_path / "link", read_flags())
