"""What every media reader shares: the `MediaMeta` result, `MediaError`, the size limits, the
buffered stream every container walk reads through, and how an EXIF block lands in a `MediaMeta`.

Responsible for the types and the bounds, so the container readers (`reader` for JPEG, PNG,
WebP, TIFF, `isobmff` for HEIF/MP4, `xmp` for XMP packets) depend on this module and never on
each other's internals. It must not recognise formats, open files or decide what is risky.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, BinaryIO

from auditor.media import exif as exifmod

MAX_BLOCK = 4 * 1024 * 1024
MAX_STEPS = 10_000
VIDEO_FORMATS = frozenset({"mp4", "avi", "m2ts"})
IDENTITY_TAGS = ("Artist", "Copyright", "OwnerName", "SerialNumber", "CameraSerialNumber", "LensSerialNumber")


class MediaError(ValueError):
    pass


@dataclass
class MediaMeta:
    format: str
    gps: tuple[float, float] | None = None
    gps_source: str = ""
    has_gps_block: bool = False
    taken: datetime | None = None
    offset_known: bool = False
    identity: dict[str, str] = field(default_factory=dict)  # Artist, OwnerName, SerialNumber...
    camera: str = ""
    tags: dict[str, Any] = field(default_factory=dict)
    # what each metadata family said, before ExifTool's priorities pick one (see `reader.finish`)
    exif_gps: dict[str, Any] = field(default_factory=dict, repr=False)
    xmp_gps: tuple[float, float] | None = field(default=None, repr=False)
    qt_gps: tuple[float, float] | None = field(default=None, repr=False)
    maker_gps: tuple[float, float] | None = field(default=None, repr=False)  # a maker block (FLIR)
    # the kind its signature says ("jpeg", "nef", "cr3", "avi"...), finer than `format`
    kind: str = ""
    # minor problems read past (junk between JPEG segments...), for the report's notices
    warnings: list[str] = field(default_factory=list)
    # why a recognised file was knowingly not read (e.g. M2TS: no metadata reader); empty when read
    skipped: str = ""
    # parts that could not be read although the rest was (a GPS directory that loops back): the
    # scan lists each in `errors`, since what it held (a position) is unknown
    errors: list[str] = field(default_factory=list)
    content_id: str = ""  # see `auditor.media.batch.content_id`

    @property
    def offset(self) -> str | None:
        """The capture time's UTC offset as "+10:00", or None when no offset is recorded."""
        if self.taken is None or not self.offset_known or self.taken.utcoffset() is None:
            return None
        mins = int(self.taken.utcoffset().total_seconds() // 60)  # type: ignore[union-attr]
        sign = "-" if mins < 0 else "+"
        return f"{sign}{abs(mins) // 60:02d}:{abs(mins) % 60:02d}"


def apply_tiff(meta: MediaMeta, tiff: bytes, source: str) -> None:
    """Merge one EXIF/TIFF block into `meta` (a later block overrides an earlier one, tag by tag)."""
    try:
        data = exifmod.parse_tiff(tiff)
    except exifmod.ExifError as exc:
        # a corrupt block is fatal only when nothing readable came before it
        if not meta.tags:
            raise MediaError(f"corrupt EXIF: {exc}") from exc
        return
    meta.errors.extend(f"corrupt EXIF: {p}" for p in data.problems)
    if data.has_gps_ifd:
        meta.has_gps_block = True
    meta.exif_gps.update(data.gps)  # a later EXIF block overrides an earlier one, tag by tag
    merged = data.merged()
    meta.tags.update(merged)
    for tag in IDENTITY_TAGS:
        val = merged.get(tag)
        if isinstance(val, str) and val.strip():
            meta.identity[tag] = val.strip()


def apply_ifds(meta: MediaMeta, ifd0: dict[str, Any], exif: dict[str, Any], gps: dict[str, Any] | None) -> None:
    """Merge directories read one by one (CR3 keeps IFD0, Exif and GPS as separate TIFF blocks)."""
    if gps is not None:
        meta.has_gps_block = True
        meta.exif_gps.update(gps)
    merged = {**ifd0, **exif, **(gps or {})}
    meta.tags.update(merged)
    for tag in IDENTITY_TAGS:
        val = merged.get(tag)
        if isinstance(val, str) and val.strip():
            meta.identity[tag] = val.strip()


class Paged:
    """A read-only byte view of a stream that reads fixed pages on demand and keeps them.

    Supports ``len`` and ``[a:b]`` slicing, which is all the TIFF walker needs: a raw file's
    IFDs are read page by page wherever their offsets point, never the whole file. At most
    `max_pages` pages are read (hostile offsets cannot make us read a whole disk image).
    """

    PAGE = 64 * 1024

    def __init__(self, fh: BinaryIO, head: bytes, size: int | None = None, max_pages: int = 256) -> None:
        self.fh = fh
        self.pages: dict[int, bytes] = {}
        self.max_pages = max_pages
        if size is None:
            try:
                size = fh.seek(0, 2)
            except (OSError, ValueError, AttributeError):
                size = None
        if size is None:  # an unseekable stream: take a bounded prefix
            data = head + fh.read(MAX_BLOCK * 4 - len(head))
            self.pages = {i: data[i * self.PAGE : (i + 1) * self.PAGE] for i in range(len(data) // self.PAGE + 1)}
            size = len(data)
            self.fh = None
        self.size = size

    def __len__(self) -> int:
        return self.size

    def _page(self, n: int) -> bytes:
        page = self.pages.get(n)
        if page is None:
            if self.fh is None or len(self.pages) >= self.max_pages:
                return b""
            self.fh.seek(n * self.PAGE)
            page = self.fh.read(self.PAGE)
            self.pages[n] = page
        return page

    def __getitem__(self, key: slice) -> bytes:
        if not isinstance(key, slice):
            raise TypeError("Paged supports slices only")
        start, stop, _ = key.indices(self.size)
        if stop <= start:
            return b""
        first, last = start // self.PAGE, (stop - 1) // self.PAGE
        if last - first > MAX_BLOCK // self.PAGE:
            return b""
        chunk = b"".join(self._page(n) for n in range(first, last + 1))
        off = first * self.PAGE
        return chunk[start - off : stop - off]


MAX_SEEK = 1 << 62  # larger relative seeks overflow the C offset type; nothing real is that large


class Buffered:
    """Sequential reads with cheap skips: seek when the stream can, else read and drop."""

    def __init__(self, fh: BinaryIO, head: bytes) -> None:
        self.fh = fh
        self.pending = head
        try:
            self.seekable = fh.seekable() and not is_compressed_member(fh)
        except (AttributeError, OSError):
            self.seekable = False

    def read(self, n: int) -> bytes:
        if self.pending:
            out, self.pending = self.pending[:n], self.pending[n:]
            if len(out) < n:
                out += self.fh.read(n - len(out))
            return out
        return self.fh.read(n)

    def skip(self, n: int) -> None:
        if self.pending:
            take = min(n, len(self.pending))
            self.pending = self.pending[take:]
            n -= take
        if n <= 0:
            return
        if self.seekable:
            if n >= MAX_SEEK:  # a 64-bit box size from a hostile file: past any real end
                self.fh.seek(0, 2)
                return
            self.fh.seek(n, 1)
            return
        while n > 0:
            chunk = self.fh.read(min(n, 1 << 20))
            if not chunk:
                return
            n -= len(chunk)


def is_compressed_member(fh: Any) -> bool:
    # zipfile's seek on a deflated member re-inflates from the start: reading forward is cheaper.
    return getattr(fh, "_compress_type", 0) not in (0, None)
