"""Media metadata: which files are media, and reading them on every core.

`read_all` reads each candidate's metadata in a process pool (both cores on CI) when there are
enough files to pay for the workers; results come back in input order as `MediaMeta` or an
error reason. Workers reopen files by locator, so nothing large crosses process boundaries.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor

from auditor.media.reader import MediaError, MediaMeta, read_media
from auditor.sources import tree as _tree
from auditor.sources.tree import Entry, open_locator

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".tif", ".tiff", ".dng", ".heic", ".heif", ".hif", ".avif"}
VIDEO_SUFFIXES = {".mp4", ".mov", ".m4v", ".3gp", ".3g2", ".qt"}
SIDECAR_SUFFIXES = {".xmp"}
MEDIA_SUFFIXES = IMAGE_SUFFIXES | VIDEO_SUFFIXES | SIDECAR_SUFFIXES
PARALLEL_MIN = 48

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
    _tree._ZIP_CACHE.clear()


def _read_chunk(locators: list[tuple]) -> list[Result]:
    return [read_one(loc) for loc in locators]


def read_all(entries: Sequence[Entry], progress: Callable[[int], None] | None = None, workers: int | None = None) -> list[Result]:
    locators = [e.locator for e in entries]
    workers = workers or min(os.cpu_count() or 1, 8)
    if len(locators) < PARALLEL_MIN or workers < 2:
        out = []
        for loc in locators:
            out.append(read_one(loc))
            if progress:
                progress(1)
        return out
    size = max(8, min(256, len(locators) // (workers * 8) or 8))
    chunks = [locators[i : i + size] for i in range(0, len(locators), size)]
    results: list[Result] = []
    ctx = multiprocessing.get_context("fork") if hasattr(os, "fork") else None
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_fresh_worker) as pool:
        for chunk_result in pool.map(_read_chunk, chunks):
            results.extend(chunk_result)
            if progress:
                progress(len(chunk_result))
    return results
