"""A read-only virtual file tree over everything the user asked us to scan.

Folders, single zips, split zip sets (``takeout-…-001.zip`` + ``-002.zip``), zips inside
folders and one level of zips inside zips all become one list of `Entry`s. Nothing is ever
extracted to disk and nothing is opened for writing.

Each entry has two paths:

* ``display``: the path of the contract, relative to the scanned argument with ``/``
  separators; a zip member is ``<zip path>/<member path>``. With several arguments every
  display path starts with its argument's base name.
* ``vpath``: a *virtual* path used to understand structure. The members of every part of a
  split zip set share one virtual root (named after the set), so a Google Photos sidecar in
  part 2 sits beside its photo in part 1. Sources detect exports and pair files on vpaths.

Hostile input: member names are normalised (no ``..``, no absolute paths, no backslashes),
zips whose members overlap or whose declared sizes or ratios look like a bomb are refused,
non-regular files (FIFOs, devices, sockets) are never opened, symlinked folders are not
followed (so symlink loops cannot trap the walk), and a symlinked file is read only when it
resolves inside its input folder (one pointing outside, file or folder, is listed as skipped). Problems become `ScanError`s; this module
never raises for one bad file.
"""

from __future__ import annotations

import io
import os
import posixpath
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from auditor.models import ScanError

# A member that inflates more than this many times its compressed size, and is big, is a bomb.
MAX_RATIO = 200
RATIO_MIN_SIZE = 32 * 1024 * 1024
# Total declared uncompressed size of one zip we are willing to look into.
MAX_ZIP_TOTAL = 256 * 1024**3
MAX_MEMBERS = 2_000_000
# A zip inside a zip is read into memory; only up to this size.
MAX_NESTED_ZIP = 512 * 1024 * 1024

SPLIT_RE = re.compile(r"^(?P<stem>.+?)[-_.](?:part)?(?P<num>\d{1,3})\.zip$", re.IGNORECASE)


class InputError(Exception):
    """An argument that cannot be scanned at all (the CLI exits 2 with this message)."""


class UnsafeArchive(Exception):
    """An archive we refuse to read (bomb, overlap, too many members)."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One regular file in the virtual tree. Cheap to pickle: workers reopen it by locator."""

    display: str
    vpath: str
    size: int
    locator: tuple  # ("fs", abspath) | ("zip", zip_locator, member_name)

    @property
    def name(self) -> str:
        return posixpath.basename(self.vpath)

    @property
    def suffix(self) -> str:
        return posixpath.splitext(self.vpath)[1].lower()

    def open(self) -> BinaryIO:
        return open_locator(self.locator)

    def read(self, limit: int | None = None) -> bytes:
        with self.open() as fh:
            return fh.read() if limit is None else fh.read(limit)


def _clean_member(name: str) -> str:
    """Normalise a zip member name so it can never point outside its virtual folder."""
    name = name.replace("\\", "/")
    parts = [p for p in name.split("/") if p not in ("", ".", "..")]
    return "/".join(parts)


# ---- opening, with a small per-process cache of open zips -----------------------------------

_ZIP_CACHE: dict[tuple, zipfile.ZipFile] = {}
_BAD_NAMES: dict[tuple, set[int]] = {}  # header offsets of members flagged UTF-8 with invalid names
MAX_PATCHED_DIRECTORY = 256 * 1024 * 1024


class _Patched:
    """A read-only view of a zip file with a few bytes replaced (flag bits cleared)."""

    def __init__(self, raw: BinaryIO, patches: dict[int, int]) -> None:
        self._raw = raw
        self._patches = patches
        self.name = getattr(raw, "name", None)

    def read(self, n: int = -1) -> bytes:
        pos = self._raw.tell()
        data = self._raw.read(n)
        hits = [o for o in self._patches if pos <= o < pos + len(data)]
        if not hits:
            return data
        buf = bytearray(data)
        for o in hits:
            buf[o - pos] = self._patches[o]
        return bytes(buf)

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._raw.seek(offset, whence)

    def tell(self) -> int:
        return self._raw.tell()

    def seekable(self) -> bool:
        return True

    def close(self) -> None:
        self._raw.close()


def _unflag_bad_names(fp: BinaryIO) -> tuple[_Patched, set[int]]:
    """Clear the UTF-8 flag (central directory and local header) of each member whose name is not
    valid UTF-8, so Python's zipfile reads it as CP437 instead of refusing the whole zip."""
    endrec = zipfile._EndRecData(fp)  # noqa: SLF001 (the standard library's own EOCD finder)
    if not endrec:
        raise zipfile.BadZipFile("no end of central directory")
    size_cd, offset_cd = endrec[zipfile._ECD_SIZE], endrec[zipfile._ECD_OFFSET]  # noqa: SLF001
    concat = endrec[zipfile._ECD_LOCATION] - size_cd - offset_cd  # noqa: SLF001
    if endrec[zipfile._ECD_SIGNATURE] == zipfile.stringEndArchive64:  # noqa: SLF001
        concat -= zipfile.sizeEndCentDir64 + zipfile.sizeEndCentDir64Locator
    if size_cd > MAX_PATCHED_DIRECTORY:
        raise UnsafeArchive("central directory too large")
    fp.seek(concat + offset_cd)
    cd = fp.read(size_cd)
    patches: dict[int, int] = {}
    bad: set[int] = set()
    p = 0
    while p + 46 <= len(cd) and cd[p : p + 4] == b"PK\x01\x02":
        flags, n, m, k = struct.unpack_from("<H", cd, p + 8)[0], *struct.unpack_from("<HHH", cd, p + 28)
        (local,) = struct.unpack_from("<I", cd, p + 42)
        name = cd[p + 46 : p + 46 + n]
        if flags & 0x800:
            try:
                name.decode("utf-8")
            except UnicodeDecodeError:
                patches[concat + offset_cd + p + 9] = cd[p + 9] & ~0x08
                fp.seek(concat + local + 7)
                byte = fp.read(1)
                if byte:
                    patches[concat + local + 7] = byte[0] & ~0x08
                bad.add(concat + local)
        p += 46 + n + m + k
    fp.seek(0)
    return _Patched(fp, patches), bad


def _zip_for(zloc: tuple) -> zipfile.ZipFile:
    zf = _ZIP_CACHE.get(zloc)
    if zf is None:
        if zloc[0] == "fs":
            fp: BinaryIO = open(zloc[1], "rb")  # noqa: SIM115 (the ZipFile owns and closes it)
        else:  # nested: ("zip", outer_zloc, member)
            data = _zip_for(zloc[1]).open(zloc[2]).read(MAX_NESTED_ZIP + 1)
            if len(data) > MAX_NESTED_ZIP:
                raise UnsafeArchive("nested zip too large to read in memory")
            fp = io.BytesIO(data)
        try:
            try:
                zf = zipfile.ZipFile(fp)
            except UnicodeDecodeError:
                # a member flagged UTF-8 whose name is not: read its name as CP437 and list it alone
                patched, bad = _unflag_bad_names(fp)
                zf = zipfile.ZipFile(patched)  # type: ignore[arg-type]
                _BAD_NAMES[zloc] = bad
        except BaseException:
            fp.close()
            raise
        zf._filePassed = 0  # noqa: SLF001 (closing the ZipFile closes the file opened here)
        if len(_ZIP_CACHE) > 64:
            for old in list(_ZIP_CACHE)[:32]:
                _ZIP_CACHE.pop(old).close()
        _ZIP_CACHE[zloc] = zf
    return zf


class EntryReadError(OSError):
    """A zip member that cannot be read (corrupt data, unsupported compression, encryption).

    An OSError, so every reader's ordinary `except OSError` turns it into a report error.
    """


_MEMBER_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, UnsafeArchive)


class _MemberStream:
    """A zip member stream whose decoding failures surface as `EntryReadError`."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw

    def _call(self, name: str, *args):
        try:
            return getattr(self._raw, name)(*args)
        except _MEMBER_ERRORS as exc:
            raise EntryReadError(f"corrupt zip member: {exc.__class__.__name__}: {exc}") from exc

    def read(self, n: int = -1) -> bytes:
        return self._call("read", n)

    def readline(self, limit: int = -1) -> bytes:
        return self._call("readline", limit)

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._call("seek", offset, whence)

    def __iter__(self):
        while line := self.readline():
            yield line

    def __getattr__(self, name: str):
        return getattr(self._raw, name)

    def __enter__(self) -> _MemberStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self._raw.close()


def open_locator(locator: tuple) -> BinaryIO:
    if locator[0] == "fs":
        return open(locator[1], "rb")
    try:
        return _MemberStream(_zip_for(locator[1]).open(locator[2]))  # type: ignore[return-value]
    except _MEMBER_ERRORS as exc:
        raise EntryReadError(f"unreadable zip member: {exc.__class__.__name__}: {exc}") from exc


def forget_open_zips() -> None:
    """Drop this process's open-zip cache without closing the handles.

    A forked worker calls this first: the handles it inherited share file offsets with the
    parent's, so reading through them would move the parent's position too.
    """
    _ZIP_CACHE.clear()


def close_all() -> None:
    for zf in _ZIP_CACHE.values():
        zf.close()
    _ZIP_CACHE.clear()


# ---- building the tree ------------------------------------------------------------------------


@dataclass
class InputTree:
    entries: list[Entry] = field(default_factory=list)
    errors: list[ScanError] = field(default_factory=list)
    roots: list[str] = field(default_factory=list)  # display names of the arguments

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    @classmethod
    def build(cls, paths: list[str]) -> InputTree:
        tree = cls()
        multi = len(paths) > 1
        # split zip sets given as separate arguments are merged too
        split_roots = _split_groups([p for p in paths if os.path.isfile(p)])
        for arg in paths:
            base = os.path.basename(os.path.normpath(arg)) or arg
            tree.roots.append(base)
            if os.path.isdir(arg):
                tree._walk_dir(arg, prefix=base if multi else "")
            elif os.path.isfile(arg):
                if arg.lower().endswith(".zip") and not _is_zip(arg):
                    raise InputError(f"{arg}: not a readable zip (truncated or corrupt)")
                if _is_zip(arg):
                    vroot = split_roots.get(os.path.abspath(arg), "")
                    if multi and not vroot:
                        vroot = base
                    tree._add_zip(("fs", os.path.abspath(arg)), display=base, vroot=vroot)
                else:
                    st = os.stat(arg)
                    tree.entries.append(Entry(display=base, vpath=base, size=st.st_size, locator=("fs", os.path.abspath(arg))))
            else:
                raise FileNotFoundError(arg)
        tree.entries.sort(key=lambda e: (e.vpath, e.display))
        return tree

    def _walk_dir(self, root: str, prefix: str) -> None:
        zips: list[tuple[str, str]] = []
        real_root = os.path.realpath(root)
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=self._walk_error(root, prefix)):
            dirnames.sort()
            rel_dir = os.path.relpath(dirpath, root)
            rel_dir = "" if rel_dir == "." else rel_dir.replace(os.sep, "/")
            for name in dirnames:  # never descended into; one pointing outside is said
                full = os.path.join(dirpath, name)
                if os.path.islink(full) and not _inside(full, real_root):
                    rel = f"{rel_dir}/{name}" if rel_dir else name
                    display = f"{prefix}/{rel}" if prefix else rel
                    self.errors.append(ScanError(display, "skipped: a symlinked folder that points outside the input"))
            for name in sorted(filenames):
                full = os.path.join(dirpath, name)
                rel = f"{rel_dir}/{name}" if rel_dir else name
                display = f"{prefix}/{rel}" if prefix else rel
                if os.path.islink(full) and not _inside(full, real_root):
                    self.errors.append(ScanError(display, "skipped: a symlink that points outside the input"))
                    continue
                try:
                    st = os.stat(full)  # follows a symlinked *file* (inside the input); loops raise ELOOP
                except OSError as exc:
                    self.errors.append(ScanError(display, f"skipped: {exc.strerror or exc}"))
                    continue
                if not stat.S_ISREG(st.st_mode):
                    self.errors.append(ScanError(display, f"skipped: not a regular file ({_kind(st.st_mode)})"))
                    continue
                if name.lower().endswith(".zip"):
                    if _is_zip(full):
                        zips.append((full, rel))
                    else:
                        self.errors.append(ScanError(display, "unreadable zip: truncated or corrupt (no central directory)"))
                    continue
                self.entries.append(Entry(display=display, vpath=rel, size=st.st_size, locator=("fs", os.path.abspath(full))))
            # symlinked directories are listed in dirnames but os.walk does not descend into them
        groups = _split_groups([z for z, _ in zips])
        for full, rel in zips:
            display = f"{prefix}/{rel}" if prefix else rel
            vroot = groups.get(os.path.abspath(full))
            if vroot is not None:
                d = posixpath.dirname(rel)
                vroot = f"{d}/{vroot}" if d else vroot
            else:
                vroot = rel
            self._add_zip(("fs", os.path.abspath(full)), display=display, vroot=vroot)

    def _walk_error(self, root: str, prefix: str):
        def onerror(exc: OSError) -> None:
            rel = os.path.relpath(exc.filename or root, root).replace(os.sep, "/")
            self.errors.append(ScanError(f"{prefix}/{rel}" if prefix else rel, f"unreadable folder: {exc.strerror}"))

        return onerror

    def _add_zip(self, zloc: tuple, display: str, vroot: str, depth: int = 0) -> None:
        try:
            zf = _zip_for(zloc)
            infos = _safe_infolist(zf)
        except (zipfile.BadZipFile, UnsafeArchive, OSError, EOFError, ValueError, NotImplementedError) as exc:
            self.errors.append(ScanError(display, f"unreadable zip: {_reason(exc)}"))
            return
        bad_names = _BAD_NAMES.get(zloc, set())
        for info in infos:
            if info.is_dir():
                continue
            member = _clean_member(info.filename)
            if not member:
                continue
            if info.header_offset in bad_names:
                self.errors.append(ScanError(f"{display}/{member}", "skipped: its name is flagged UTF-8 but is not valid UTF-8"))
                continue
            mode = (info.external_attr >> 16) & 0xFFFF
            if mode and stat.S_IFMT(mode) and not stat.S_ISREG(mode):
                self.errors.append(ScanError(f"{display}/{member}", f"skipped: not a regular file ({_kind(mode)})"))
                continue
            mdisplay = f"{display}/{member}"
            vpath = f"{vroot}/{member}" if vroot else member
            if member.lower().endswith(".zip") and depth == 0:
                if info.file_size > MAX_NESTED_ZIP:
                    self.errors.append(ScanError(mdisplay, "skipped: nested zip too large to read in memory"))
                    continue
                self._add_zip(("zip", zloc, info.filename), display=mdisplay, vroot=vpath, depth=1)
                continue
            self.entries.append(Entry(display=mdisplay, vpath=vpath, size=info.file_size, locator=("zip", zloc, info.filename)))


def _safe_infolist(zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise UnsafeArchive(f"too many members ({len(infos)})")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > RATIO_MIN_SIZE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UnsafeArchive(
                f"member {info.filename!r} inflates {info.file_size // max(info.compress_size, 1)}x: looks like a zip bomb"
            )
    if total > MAX_ZIP_TOTAL:
        raise UnsafeArchive("declared size over 256 GiB: looks like a zip bomb")
    # Overlapping members (the "overlapped files" bomb) share compressed bytes.
    spans = sorted((i.header_offset, i.header_offset + 30 + raw_name_len(i) + i.compress_size, i.filename) for i in infos)
    for (_s1, e1, n1), (s2, _e2, n2) in zip(spans, spans[1:], strict=False):
        if s2 < e1:
            raise UnsafeArchive(f"members {n1!r} and {n2!r} overlap: looks like a zip bomb")
    return infos


def raw_name_len(info: zipfile.ZipInfo) -> int:
    """The member name's length in the archive's own bytes: UTF-8 when flagged (bit 11), else CP437."""
    enc = "utf-8" if info.flag_bits & 0x800 else "cp437"
    try:
        return len(info.orig_filename.encode(enc))
    except UnicodeEncodeError:
        return len(info.orig_filename.encode("utf-8"))


def _split_groups(zip_paths: list[str]) -> dict[str, str]:
    """Map each part of a split zip set (two or more parts sharing a stem) to the set's name."""
    by_stem: dict[tuple[str, str], list[str]] = {}
    for p in zip_paths:
        m = SPLIT_RE.match(os.path.basename(p))
        if m:
            by_stem.setdefault((os.path.dirname(os.path.abspath(p)), m.group("stem")), []).append(os.path.abspath(p))
    out: dict[str, str] = {}
    for (_d, stem), parts in by_stem.items():
        if len(parts) >= 2:
            for p in parts:
                out[p] = stem
    return out


def _inside(link: str, real_root: str) -> bool:
    """Whether the symlink `link` resolves to a place inside `real_root` (a resolved folder)."""
    target = os.path.realpath(link)
    return target == real_root or target.startswith(real_root.rstrip(os.sep) + os.sep)


def _is_zip(path: str) -> bool:
    try:
        return zipfile.is_zipfile(path)
    except OSError:
        return False


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISLNK(mode):
        return "symlink"
    if stat.S_ISDIR(mode):
        return "directory"
    return "special file"


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    return text.splitlines()[0][:200]
