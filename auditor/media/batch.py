"""Media metadata: which files are media, and reading them on every core.

`read_all` reads each candidate's metadata in a process pool (both cores on CI) when there are
enough files to pay for the workers; results come back in input order as `MediaMeta` or an
error reason. Workers reopen files by locator, so nothing large crosses process boundaries.

It imports only the metadata readers, never OCR or barcode libraries, and must not decide
what is risky or write anything.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor

from auditor.media.meta import MediaError, MediaMeta
from auditor.media.reader import read_media
from auditor.portable import mp_context
from auditor.tree import Entry, forget_open_zips, open_locator

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".tif", ".tiff", ".dng", ".heic", ".heif", ".hif", ".avif"}
VIDEO_SUFFIXES = {".mp4", ".mov", ".m4v", ".3gp", ".3g2", ".qt"}
SIDECAR_SUFFIXES = {".xmp"}
MEDIA_SUFFIXES = IMAGE_SUFFIXES | VIDEO_SUFFIXES | SIDECAR_SUFFIXES
PARALLEL_MIN = 48
POOL_WORTH_S = 0.3  # remaining serial work (estimated) above which a process pool pays for itself

Result = MediaMeta | str


def is_media(entry: Entry) -> bool:
    return entry.suffix in MEDIA_SUFFIXES


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


def read_one(locator: tuple) -> Result:
    try:
        with open_locator(locator) as fh:
            return read_media(fh)
    except MediaError as exc:
        return str(exc)
    except (OSError, EOFError, ValueError, IndexError, KeyError, OverflowError, MemoryError) as exc:
        return f"unreadable media file: {exc.__class__.__name__}: {exc}"
    except Exception as exc:  # noqa: BLE001 - one hostile file must never stop a scan
        return f"unreadable media file: {exc.__class__.__name__}"


def _fresh_worker() -> None:
    # a forked worker must not share the parent's open zip file offsets
    forget_open_zips()


def _read_chunk(locators: list[tuple]) -> list[Result]:
    return [read_one(loc) for loc in locators]


def read_all(
    entries: Sequence[Entry],
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
    start_method: str | None = None,
) -> list[Result]:
    """Metadata of every entry, in input order, on every core when that pays.

    The first `PARALLEL_MIN` files are read here and timed. Reading a warm-cache JPEG's
    metadata takes ~0.1 ms, less than handing it to a worker costs, so the rest go to a
    process pool only when the measured rate says the remaining work outweighs the pool's
    start-up (cold disks, deflated zip members, large videos). `read_parallel` always uses
    the pool (benchmarks compare both).
    """
    locators = [e.locator for e in entries]
    workers = workers or min(os.cpu_count() or 1, 8)
    head = locators[:PARALLEL_MIN]
    t0 = time.perf_counter()
    out = []
    for loc in head:
        out.append(read_one(loc))
        if progress:
            progress(1)
    rest = locators[len(head) :]
    if not rest:
        return out
    per_file = (time.perf_counter() - t0) / max(1, len(head))
    if workers < 2 or per_file * len(rest) < POOL_WORTH_S:
        for loc in rest:
            out.append(read_one(loc))
            if progress:
                progress(1)
        return out
    return out + read_parallel(rest, workers, progress, start_method)


def read_parallel(
    locators: Sequence[tuple], workers: int, progress: Callable[[int], None] | None = None, start_method: str | None = None
) -> list[Result]:
    """Read metadata in a process pool of `workers` (forked on Linux, so nothing is re-imported;
    spawned where fork does not exist or is unsafe, see `auditor.portable.mp_context`)."""
    size = max(8, min(256, len(locators) // (workers * 8) or 8))
    chunks = [list(locators[i : i + size]) for i in range(0, len(locators), size)]
    results: list[Result] = []
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp_context(start_method), initializer=_fresh_worker) as pool:
        for chunk_result in pool.map(_read_chunk, chunks):
            results.extend(chunk_result)
            if progress:
                progress(len(chunk_result))
    return results
