"""Media metadata: which files are media, and reading them on every core.

`iter_all` reads each candidate's metadata in a process pool (both cores on CI) when there are
enough files to pay for the workers, asking the kernel for the files' heads ahead of the reads
(`prefetch`); results are yielded in input order as `MediaMeta` or an error reason, as soon as
they are read (`read_all` is their list). Workers reopen files by locator, so nothing large
crosses process boundaries.

It imports only the metadata readers, never OCR or barcode libraries, and must not decide
what is risky or write anything.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO

from auditor import budget
from auditor.media.meta import MediaError, MediaMeta
from auditor.media.reader import HEAD, read_media, sniff_kind
from auditor.portable import mp_context
from auditor.tree import Entry, forget_open_zips, open_locator

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".tif", ".tiff", ".dng", ".heic", ".heif", ".hif", ".avif"}
IMAGE_SUFFIXES |= {".gif", ".psd", ".jxl", ".btf", ".tf8", ".bigtiff"}
RAW_SUFFIXES = {".cr2", ".cr3", ".crw", ".nef", ".nrw", ".arw", ".srf", ".sr2", ".orf", ".rw2", ".raf", ".pef", ".raw"}
VIDEO_SUFFIXES = {".mp4", ".mov", ".m4v", ".3gp", ".3g2", ".qt", ".insv", ".lrv", ".avi", ".m2ts", ".mts"}
SIDECAR_SUFFIXES = {".xmp"}
# image and video names whose formats we recognise and skip with a reason (or, when the bytes
# are not what the name says, report as not understood): opened so that none is silently missed
OTHER_SUFFIXES = {".bmp", ".dib", ".ico", ".cur", ".pcx", ".ppm", ".pgm", ".pbm", ".pnm", ".pfm", ".jp2", ".j2k"}
OTHER_SUFFIXES |= {".j2c", ".jpx", ".jpm", ".jpf", ".fits", ".fts", ".mkv", ".webm", ".wmv", ".asf", ".wtv", ".flv"}
OTHER_SUFFIXES |= {".mpg", ".mpeg", ".m2v", ".vob", ".dv", ".exr", ".dpx", ".xcf", ".psp", ".pspimage", ".bpg", ".flif"}
OTHER_SUFFIXES |= {".djvu", ".djv", ".hdr", ".x3f", ".mrw", ".czi", ".pgf", ".r3d", ".lfp", ".mie", ".fpx", ".pcd"}
OTHER_SUFFIXES |= {".pmp", ".fpf", ".mrc", ".pict", ".pct", ".svg", ".tga", ".mpo", ".jps", ".iiq", ".3fr", ".erf"}
OTHER_SUFFIXES |= {".kdc", ".dcr", ".mef", ".mos", ".srw", ".rwl", ".gpr", ".heics", ".avci", ".tod", ".mod"}
MEDIA_SUFFIXES = IMAGE_SUFFIXES | RAW_SUFFIXES | VIDEO_SUFFIXES | SIDECAR_SUFFIXES
# never sniffed: export text and audio (an .m4a is an MP4 container, but holds no photo or video)
NOT_MEDIA_SUFFIXES = {".json", ".js", ".csv", ".html", ".htm", ".txt", ".xml", ".css", ".md", ".vcf", ".ics", ".gpx", ".kml"}
NOT_MEDIA_SUFFIXES |= {".tcx", ".fit", ".m4a", ".mp3", ".aac", ".wav", ".ogg", ".opus", ".flac", ".pdf", ".zip", ".gz"}
READ, SKIPPED, NOT_UNDERSTOOD = "read", "skipped", "not understood"
PARALLEL_MIN = 48
PREFETCH_WINDOW = 256  # files whose heads are asked for at once (`prefetch`)
POOL_WORTH_S = 0.3  # remaining serial work (estimated) above which a process pool pays for itself

Result = MediaMeta | str


def is_media(entry: Entry) -> bool:
    """Whether a name says media (the strip fixer's list); a scan uses `media_entries`."""
    return entry.suffix in MEDIA_SUFFIXES


def media_entries(entries: Sequence[Entry]) -> list[Entry]:
    """Every entry a media reader should open: media names, and any other file whose signature
    says image or video (a JPEG named ``.bin`` or with no suffix). Export text is never sniffed."""
    out = []
    for e in entries:
        if e.suffix in MEDIA_SUFFIXES or e.suffix in OTHER_SUFFIXES:
            out.append(e)
        elif e.suffix not in NOT_MEDIA_SUFFIXES and e.size >= 8 and _sniffs_as_media(e):
            out.append(e)
    return out


def _sniffs_as_media(entry: Entry) -> bool:
    try:
        head = entry.read(HEAD)
    except (OSError, EOFError, ValueError):
        return False
    return sniff_kind(head) not in (None, "xmp")  # an XML file is a sidecar only by its name


def outcome(entry: Entry, result: Result) -> tuple[str, str, str]:
    """(kind, outcome, reason) of one read: the kind by signature when it was recognised (else the
    file's suffix), and whether it was read, knowingly skipped, or not understood."""
    if isinstance(result, MediaMeta):
        if result.skipped:
            return result.kind or result.format, SKIPPED, result.skipped
        return result.kind or result.format, READ, ""
    return entry.suffix.lstrip(".") or "(no suffix)", NOT_UNDERSTOOD, result


def outcome_counts(entries: Sequence[Entry], results: Sequence[Result]) -> dict[str, dict[str, int]]:
    """Files per kind and outcome: ``{"jpeg": {"read": 12}, "m2ts": {"skipped": 2}, ...}``."""
    counts: dict[str, dict[str, int]] = {}
    for entry, result in zip(entries, results, strict=True):
        kind, what, _ = outcome(entry, result)
        per = counts.setdefault(kind, {})
        per[what] = per.get(what, 0) + 1
    return counts


def sidecar_target(vpath: str, vpaths: set[str]) -> str | None:
    """The photo an .xmp sidecar describes: ``photo.jpg.xmp`` or ``photo.xmp`` beside ``photo.*``."""
    if not vpath.lower().endswith(".xmp"):
        return None
    base = vpath[:-4]
    if base in vpaths:
        return base
    for suffix in sorted(IMAGE_SUFFIXES | VIDEO_SUFFIXES):
        for cand in (base + suffix, base + suffix.upper()):
            if cand in vpaths:
                return cand
    return None


CONTENT_ID_BYTES = 65536


def content_id(fh: BinaryIO) -> str:
    """A media file's identity by content: a hash of its first 64 KiB and its size.

    The head holds the metadata and the start of the picture, which tell one photo from another,
    and reading it costs no more than the metadata read did; hashing whole videos would not.
    """
    fh.seek(0)
    head = fh.read(CONTENT_ID_BYTES)
    size = fh.seek(0, os.SEEK_END)
    return hashlib.sha256(head + size.to_bytes(8, "little")).hexdigest()[:24]


def read_one(locator: tuple) -> Result:
    try:
        with budget.within(budget.FILE_BUDGET_S), open_locator(locator) as fh:
            meta = read_media(fh)
            meta.content_id = content_id(fh)
            return meta
    except budget.OverBudget:
        return f"abandoned: reading took over {budget.FILE_BUDGET_S:g} s (the per-file time budget)"
    except MediaError as exc:
        return str(exc)
    except (OSError, EOFError, ValueError, IndexError, KeyError, OverflowError, MemoryError) as exc:
        return f"unreadable media file: {exc.__class__.__name__}: {exc}"
    except Exception as exc:  # noqa: BLE001 - one hostile file must never stop a scan
        return f"unreadable media file: {exc.__class__.__name__}"


def prefetch(locators: Sequence[tuple]) -> None:
    """Ask the kernel to start reading the head of every plain file in `locators` now.

    `POSIX_FADV_WILLNEED` only queues read-ahead and returns, so a cold disk is asked for many
    heads at once instead of one blocking read at a time: the reads that follow find the bytes
    in the page cache. Only the head is asked for (`CONTENT_ID_BYTES`, which covers the
    metadata and the content id), never a whole photo. Zip members, and systems without
    `posix_fadvise`, are read as before; a file that cannot be opened here is reported by the
    real read.
    """
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)  # never wait on a FIFO posing as a photo
    for loc in locators:
        if loc[0] != "fs":
            continue
        try:
            fd = os.open(loc[1], flags)
        except OSError:
            continue
        try:
            advise(fd, 0, CONTENT_ID_BYTES, os.POSIX_FADV_WILLNEED)
        except OSError:
            pass
        finally:
            os.close(fd)


def _fresh_worker() -> None:
    # a forked worker must not share the parent's open zip file offsets
    forget_open_zips()


def _read_chunk(locators: list[tuple]) -> list[Result]:
    prefetch(locators)
    return [read_one(loc) for loc in locators]


def read_all(
    entries: Sequence[Entry],
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
    start_method: str | None = None,
) -> list[Result]:
    """Metadata of every entry, in input order, on every core when that pays (`iter_all`)."""
    return list(iter_all(entries, progress, workers, start_method))


def iter_all(
    entries: Sequence[Entry],
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
    start_method: str | None = None,
) -> Iterator[Result]:
    """Metadata of every entry, in input order, each yielded as soon as it (and all before it)
    has been read, so the caller works on the first results while the workers read the rest.

    The first `PARALLEL_MIN` files are read here and timed. Reading a warm-cache JPEG's
    metadata takes ~0.1 ms, less than handing it to a worker costs, so the rest go to a
    process pool only when the measured rate says the remaining work outweighs the pool's
    start-up (cold disks, deflated zip members, large videos). `read_parallel` always uses
    the pool (benchmarks compare both).
    """
    locators = [e.locator for e in entries]
    workers = workers or min(os.cpu_count() or 1, 8)
    head = locators[:PARALLEL_MIN]
    t = time.perf_counter()
    prefetch(head)
    spent = time.perf_counter() - t
    for loc in head:
        t = time.perf_counter()
        result = read_one(loc)
        spent += time.perf_counter() - t  # the reads only, not what the caller does in between
        yield result
        if progress:
            progress(1)
    rest = locators[len(head) :]
    if not rest:
        return
    per_file = spent / max(1, len(head))
    if workers < 2 or per_file * len(rest) < POOL_WORTH_S:
        for i in range(0, len(rest), PREFETCH_WINDOW):
            window = rest[i : i + PREFETCH_WINDOW]
            prefetch(window)
            for loc in window:
                yield read_one(loc)
                if progress:
                    progress(1)
        return
    yield from iter_parallel(rest, workers, progress, start_method)


def read_parallel(
    locators: Sequence[tuple], workers: int, progress: Callable[[int], None] | None = None, start_method: str | None = None
) -> list[Result]:
    """`iter_parallel`'s results as one list."""
    return list(iter_parallel(locators, workers, progress, start_method))


def iter_parallel(
    locators: Sequence[tuple], workers: int, progress: Callable[[int], None] | None = None, start_method: str | None = None
) -> Iterator[Result]:
    """Read metadata in a process pool of `workers` (forked on Linux, so nothing is re-imported;
    spawned where fork does not exist or is unsafe, see `auditor.portable.mp_context`), yielding
    each chunk's results in input order as soon as that chunk is done. A caller that stops early
    cancels the chunks not yet started."""
    size = max(8, min(256, len(locators) // (workers * 8) or 8))
    chunks = [list(locators[i : i + size]) for i in range(0, len(locators), size)]
    from concurrent.futures import ProcessPoolExecutor  # lazy: only when files are read on several cores

    pool = ProcessPoolExecutor(max_workers=workers, mp_context=mp_context(start_method), initializer=_fresh_worker)
    try:
        for chunk_result in pool.map(_read_chunk, chunks):
            yield from chunk_result
            if progress:
                progress(len(chunk_result))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
