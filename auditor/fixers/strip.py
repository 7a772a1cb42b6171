"""`auditor strip`: write copies of photos and videos without GPS (and optionally identity).

For every media file under the inputs (folders, zips, zips in folders) a copy is written under
the output folder at the same relative path (a zip member ``a.zip/x/p.jpg`` becomes
``OUT/a.zip/x/p.jpg``). The copy is the original's bytes with the metadata edits from
`auditor.fixers.containers` applied; images are never re-encoded. Each copy is written to a
temporary name, re-read with the same reader the scan uses, and only renamed into place once
it is proven free of GPS (and, with `all_identifying`, of identity metadata). A copy that fails
the check is deleted and reported.

Originals are never opened for writing: fs files are mapped read-only, zip members are read
into memory. The output folder may not lie inside an input.

This module must not re-encode images, write next to the originals, or decide what is risky.
"""

from __future__ import annotations

import glob
import mmap
import os
import re
import struct
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from auditor import budget
from auditor.fixers.containers import plan
from auditor.fixers.exif import Edit, StripError, normalise
from auditor.media.batch import is_media
from auditor.media.meta import MediaError, MediaMeta
from auditor.media.reader import HEAD, read_media, sniff
from auditor.portable import is_windows, long_path, safe_relpath
from auditor.tree import Entry, InputTree, close_all, open_locator

MAX_IN_MEMORY = 2 * 1024**3  # a zip member larger than this is reported, not copied


@dataclass
class Outcome:
    path: str  # display path of the input file
    status: str  # "stripped" | "clean" | "manual" | "error"
    out: str | None = None
    removed: list[str] = field(default_factory=list)
    reason: str = ""

    def to_dict(self) -> dict:
        return {"path": self.path, "status": self.status, "out": self.out, "removed": self.removed, "reason": self.reason}


class StripUsageError(ValueError):
    """Bad arguments (e.g. the output folder inside an input); the CLI exits 2."""


def check_output(paths: list[str], out_dir: str, force: bool = False) -> Path:
    """The resolved output folder, or StripUsageError: inside an input, not a folder, or (unless
    `force`) a folder that already holds files, which strip would silently mix with or overwrite."""
    out = Path(out_dir).resolve()
    for p in paths:
        src = Path(p).resolve()
        if out == src or (src.is_dir() and src in out.parents) or (src.is_file() and out == src.parent):
            raise StripUsageError(f"the output folder {out_dir} is inside the input {p}: choose a folder outside it")
        if out.exists() and not out.is_dir():
            raise StripUsageError(f"{out_dir} exists and is not a folder")
    if not force and out.is_dir() and any(out.iterdir()):
        raise StripUsageError(f"the output folder {out_dir} is not empty: choose an empty one, or add --force to write into it")
    return out


def strip_paths(
    paths: list[str],
    out_dir: str,
    dry_run: bool = False,
    all_identifying: bool = False,
    on_file: Callable[[Outcome], None] | None = None,
    force: bool = False,
) -> list[Outcome]:
    """Strip every media file under `paths` into `out_dir` (see the module docstring); then say
    which sidecars beside a photo (.aae, .json: never copied) still hold a position."""
    out = check_output(paths, out_dir, force=force or dry_run)
    tree = InputTree.build(paths)
    results: list[Outcome] = [Outcome(e.path, "error", reason=e.reason) for e in tree.errors]
    taken: set[str] = set()
    try:
        for entry in sorted(tree.entries, key=lambda e: e.display):
            if not is_media(entry):
                continue
            if entry.display.casefold() in taken:
                res = Outcome(
                    entry.display, "error", reason="another input already wrote this output path; strip the inputs separately"
                )
            else:
                taken.add(entry.display.casefold())
                res = _budgeted_strip(entry, out, dry_run, all_identifying)
            results.append(res)
            if on_file:
                on_file(res)
        for res in sidecar_outcomes(tree.entries):
            results.append(res)
            if on_file:
                on_file(res)
    finally:
        close_all()
    return results


SIDECAR_NOTE_SUFFIXES = (".aae", ".json")  # sidecars strip does not copy (.xmp ones are stripped)
MAX_SIDECAR = 16 * 1024 * 1024
_POSITION_KEY = re.compile(rb"(?i)latitude|gpscoordinates|<key>\s*location")
_POSITION_VALUE = re.compile(rb'(?i)"latitude"\s*:\s*(-?[0-9.]+)')


def _stem(name: str) -> str:
    return name.rsplit("/", 1)[-1].split(".", 1)[0].casefold()


def sidecar_outcomes(entries: list[Entry]) -> list[Outcome]:
    """A 'manual' outcome for each .aae/.json sidecar beside a photo (`IMG_1.AAE`, `p.jpg.json`,
    `p.jpg.supplemental-metadata.json`) that still holds a position: strip never copies it, and
    the original beside the photo still tells where it was taken."""
    photos = {(e.vpath.rsplit("/", 1)[0] if "/" in e.vpath else "", _stem(e.vpath)) for e in entries if is_media(e)}
    out = []
    for e in entries:
        if not e.vpath.lower().endswith(SIDECAR_NOTE_SUFFIXES):
            continue
        folder = e.vpath.rsplit("/", 1)[0] if "/" in e.vpath else ""
        if (folder, _stem(e.vpath)) not in photos or not _holds_position(e):
            continue
        out.append(
            Outcome(
                e.display,
                "manual",
                reason="sidecar beside a photo still holds a position (strip does not copy it): delete it or keep it out of what you share",
            )
        )
    return out


def _holds_position(entry: Entry) -> bool:
    try:
        data = entry.read(MAX_SIDECAR)
    except (OSError, EOFError, ValueError):
        return False
    values = _POSITION_VALUE.findall(data)
    if values:  # JSON: Google's geoData holds 0.0 when there is no position
        return any(_nonzero(v) for v in values)
    return bool(_POSITION_KEY.search(data))


def _nonzero(text: bytes) -> bool:
    try:
        return float(text) != 0.0
    except ValueError:
        return False


_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def safe_name(display: str) -> str:
    """An output path without control or bidi characters (newline, ESC, RLO become "_")."""
    return _UNSAFE_NAME.sub("_", display)


def _budgeted_strip(entry: Entry, out: Path, dry_run: bool, all_identifying: bool) -> Outcome:
    """`strip_entry` under the per-file time budget (`auditor.budget`); a file past it is an error
    and its half-written temporary copy is removed."""
    try:
        with budget.within(budget.FILE_BUDGET_S):
            return strip_entry(entry, out, dry_run, all_identifying)
    except budget.OverBudget:
        dest = out / safe_name(entry.display)
        for part in dest.parent.glob("." + glob.escape(dest.name[:64]) + ".*.part"):
            part.unlink(missing_ok=True)
        return Outcome(
            entry.display, "error", reason=f"abandoned: took over {budget.FILE_BUDGET_S:g} s (the per-file time budget)"
        )


def _is_input(entry: Entry, dest: Path) -> bool:
    if entry.locator[0] != "fs" or not dest.exists():
        return False
    try:
        return os.path.samefile(entry.locator[1], dest)
    except OSError:
        return True  # cannot tell: refuse rather than risk the original


def strip_entry(entry: Entry, out: Path, dry_run: bool, all_identifying: bool) -> Outcome:
    name = safe_name(entry.display)
    # a zip member may be named CON.jpg or carry ':' in its name: Windows cannot create those as is
    dest = (out / (safe_relpath(name, windows=True) if is_windows() else name)).resolve()
    if out != dest and out not in dest.parents:
        return Outcome(entry.display, "error", reason="path would leave the output folder")
    if _is_input(entry, dest):
        return Outcome(entry.display, "error", reason="the output would overwrite the input itself; choose another --out")
    try:
        with _buffer(entry) as buf:
            fmt = sniff(bytes(buf[:HEAD]))
            if fmt is None:
                return Outcome(entry.display, "error", reason="not a recognised image or video (unknown file signature)")
            before = _read(entry)
            try:
                edits, removed = plan(fmt, buf, all_identifying)
                edits = normalise(edits)
            except StripError as exc:
                return Outcome(entry.display, "manual", reason=f"{exc}; remove its location by hand before sharing it")
            status = "stripped" if edits else "clean"
            if not edits and (before.gps or before.has_gps_block):
                return Outcome(entry.display, "manual", reason="GPS found in a place strip cannot edit; remove it by hand")
            if dry_run:
                return Outcome(entry.display, status, str(dest), removed)
            # on Windows a deep output path needs its \\?\ form (over MAX_PATH); elsewhere unchanged
            folder = long_path(str(dest.parent))
            Path(folder).mkdir(parents=True, exist_ok=True)
            # a fresh name created exclusively (O_EXCL) in the output folder: a planted
            # "<photo>.part" link is never written through; renamed into place when verified
            fd, tmp_name = tempfile.mkstemp(dir=folder, prefix="." + dest.name[:64] + ".", suffix=".part")
            tmp = Path(tmp_name)
            with os.fdopen(fd, "wb") as fh:
                write_with_edits(buf, edits, fh)
            os.chmod(tmp, 0o644)  # mkstemp makes it owner-only; a copy is readable as a plain write would be
    except StripError as exc:
        return Outcome(entry.display, "manual", reason=str(exc))
    except (OSError, MediaError, ValueError, struct.error) as exc:
        return Outcome(entry.display, "error", reason=f"{exc.__class__.__name__}: {exc}")
    problem = verify(tmp, all_identifying)
    if problem:
        tmp.unlink(missing_ok=True)
        return Outcome(entry.display, "error", reason=problem)
    os.replace(tmp, long_path(str(dest)))
    if entry.locator[0] == "fs":
        st = os.stat(entry.locator[1])
        os.utime(long_path(str(dest)), ns=(st.st_atime_ns, st.st_mtime_ns))
    return Outcome(entry.display, status, str(dest), removed)


def verify(path: Path, all_identifying: bool) -> str:
    """Re-read a written copy; an empty string means it is clean."""
    try:
        with open(path, "rb") as fh:
            meta = read_media(fh)
    except MediaError as exc:
        return f"the cleaned copy no longer reads as media ({exc})"
    if meta.gps is not None or meta.has_gps_block:
        return "GPS still present in the cleaned copy; not written"
    if all_identifying and meta.identity:
        return f"identity metadata still present in the cleaned copy ({', '.join(sorted(meta.identity))}); not written"
    return ""


def write_with_edits(buf, edits: list[Edit], fh) -> None:
    pos = 0
    for e in edits:
        _copy(buf, pos, e.offset, fh)
        fh.write(e.data)
        pos = e.offset + e.length
    _copy(buf, pos, len(buf), fh)


def _copy(buf, start: int, end: int, fh, chunk: int = 8 * 1024 * 1024) -> None:
    while start < end:
        n = min(chunk, end - start)
        fh.write(buf[start : start + n])
        start += n


def _read(entry: Entry) -> MediaMeta:
    with open_locator(entry.locator) as fh:
        return read_media(fh)


@contextmanager
def _buffer(entry: Entry) -> Iterator:
    """The whole file as a read-only buffer: an mmap for files on disk, bytes for zip members."""
    if entry.locator[0] == "fs":
        with open(entry.locator[1], "rb") as fh:
            if os.fstat(fh.fileno()).st_size == 0:
                yield b""
                return
            with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
                yield mm
        return
    if entry.size > MAX_IN_MEMORY:
        raise StripError("zip member too large to clean in memory")
    with open_locator(entry.locator) as fh:
        yield fh.read(MAX_IN_MEMORY + 1)
