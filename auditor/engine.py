"""scan(): sources -> media -> rules -> inference -> suppression -> ScanResult.

The one place that runs a scan. It builds the read-only input tree, lets each source detect
and read its exports, reads media metadata on every core, runs every active rule over every
Item, hands positions to inference, and returns a canonical `ScanResult`. It never writes
anything: reporters and fixers take the result from here.
"""

from __future__ import annotations

import dataclasses
import gc
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from auditor import __version__, budget
from auditor.config import Profile
from auditor.exposure import Merger
from auditor.inference import pipeline
from auditor.media.batch import iter_all, media_entries, sidecar_target
from auditor.media.meta import VIDEO_FORMATS, MediaMeta
from auditor.media.vision import vision_items
from auditor.models import (
    Audience,
    Finding,
    Item,
    ItemKind,
    Platform,
    Points,
    Position,
    ScanError,
    ScanResult,
    default_group,
    sort_key,
)
from auditor.rewrite import add_rewrites
from auditor.rules.registry import active_rules  # noqa: F401 - the engine's API
from auditor.rules.runner import LONG_TEXT, finding_group, run_rules, windows  # noqa: F401 - the engine's API
from auditor.sources import Coverage, SourceContext, all_sources
from auditor.sources.owner import Identity
from auditor.streaming import RuleStream
from auditor.tree import Entry, InputTree, close_all

ProgressFn = Callable[[str, int, int | None], None]  # (stage, advance, total)


@dataclass
class ScanOptions:
    workers: int | None = None
    baseline: set[str] = field(default_factory=set)
    progress: ProgressFn | None = None
    ocr: bool = False  # read text (tesseract) and barcodes/QR codes (zxing-cpp) inside photos
    barcodes: bool | None = None  # None: follow `ocr`
    start_method: str | None = None  # worker processes: fork / spawn (None: the platform's safe default)
    # called with each Item as it is read, before the rules see it (e.g. `stats --me` keeps the
    # account identifiers); it must not change the Item. A scan keeps no list of its Items.
    on_item: Callable[[Item], None] | None = None


def scan(paths: list[str], profile: Profile, options: ScanOptions | None = None) -> ScanResult:
    """Stream every Item from the sources and the media stage through the rules, the owner's
    identity, the counts and inference's collector; only findings and what inference keeps of
    positioned items stay in memory (`auditor.streaming`)."""
    with fewer_collections():
        return _scan(paths, profile, options)


GC_YOUNG = 50_000  # allocations between collections of the youngest generation during a scan


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the body with the cyclic garbage collector's youngest generation collected every
    GC_YOUNG allocations instead of 700: a scan allocates millions of short-lived objects and
    makes almost no cycles, and at the default every few hundred records re-walk what is alive
    (about a sixth of a location history's CPU). The old thresholds come back after."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], GC_YOUNG), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _scan(paths: list[str], profile: Profile, options: ScanOptions | None) -> ScanResult:
    options = options or ScanOptions()
    progress = options.progress or (lambda stage, n, total: None)
    tree = InputTree.build(paths)
    result = ScanResult(tool_version=__version__, profile=profile.name, inputs=tree.roots, input_paths=list(paths))
    result.errors.extend(tree.errors)
    identity, tally, collector = Identity(), _Tally(), pipeline.Collector(profile)
    merger = Merger(unique=True)  # a finding met twice (same fingerprint) is kept once
    rules = RuleStream(profile, result.errors, options.workers, progress, options.start_method, merger)
    try:
        roots: list[tuple[str, str]] = []
        not_media: set[str] = set()
        media = media_entries(tree.entries)  # sniffed once: the file counts and the media stage share it
        for stream in (
            lambda: _read_sources(tree, result, roots, progress, not_media, media, points=True),
            lambda: _read_media(tree, result, options, progress, roots, not_media, media),
        ):
            for item in stream():
                if type(item) is Points:  # many bare location records of one file, as columns
                    if options.on_item is not None:
                        for one in item.items():
                            options.on_item(one)
                    # no text, so nothing for the owner's identity
                    tally.add_points(item)
                    collector.add_points(item)
                    rules.add_points(item)
                    continue
                if options.on_item is not None:
                    options.on_item(item)
                identity.add(item)
                tally.add(item)
                collector.add(item)
                rules.add(item)
        result.identity = identity.result()
        owned = with_owner(profile, result.identity)
        findings = rules.finish(owned)
    finally:
        rules.close()
        close_all()
    # the findings held back (re-checked for the owner, given a safer wording) join those fed to
    # the merger as the rules gave them, in their reading order; inference's come last
    findings = add_rewrites(findings, rules.rewrite_items, owned)  # one for one, in the same order
    inferred = _infer(collector, result.errors)
    seqs = rules.held_seqs + [(rules.checked, j) for j in range(len(inferred))]
    for f, seq in zip(_grouped(findings + inferred), seqs, strict=True):
        merger.add(f, seq)
    _finish(result, merger.result(), options.baseline)
    result.policy = policy_block(profile)
    _stats(result, tally, tree, not_media)
    return result


class _Tally:
    """Items and files per platform, counted as the Items pass (one dictionary update an item)."""

    def __init__(self) -> None:
        self._by_file: dict[tuple[Platform, str], int] = {}

    def add(self, it: Item) -> None:
        key = (it.platform, it.path)
        self._by_file[key] = self._by_file.get(key, 0) + 1

    def add_points(self, points: Points) -> None:
        key = (points.platform, points.path)
        self._by_file[key] = self._by_file.get(key, 0) + len(points)

    def per_platform(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for (platform, _path), n in self._by_file.items():
            s = out.setdefault(str(platform), {"files": 0, "items": 0})
            s["files"] += 1
            s["items"] += n
        return out


# ---- finishing the result (after the rules and inference have run) --------------------------


def _grouped(findings: list[Finding]) -> list[Finding]:
    # inference builds its own Findings (it has no Item to resolve a group from): their
    # category's default is the group
    return [f if f.group else dataclasses.replace(f, group=default_group(f.category)) for f in findings]


def _finish(result: ScanResult, findings: list[Finding], baseline: set[str]) -> None:
    """Hide the findings accepted in a baseline, and sort (each exposure is already one finding)."""
    if baseline:
        accepted = {f.fingerprint for f in findings if is_accepted(f, baseline)}
        findings = [f for f in findings if f.fingerprint not in accepted]
        if accepted:
            result.notices.append(f"{len(accepted)} finding(s) accepted in the baseline are not shown")
    result.findings = sorted(findings, key=sort_key)


def is_accepted(f: Finding, baseline: set[str]) -> bool:
    """A finding a baseline accepted, by today's fingerprint or the one an older auditor wrote."""
    # a merged finding is accepted when any of the findings it stands for was
    return f.fingerprint in baseline or f.legacy_fingerprint in baseline or not baseline.isdisjoint(f.member_fingerprints)


def with_owner(profile: Profile, identity: dict[str, list[str]]) -> Profile:
    """The profile with the export owner's own names and handles as its `owner` block (the
    colleague rules skip them); the profile itself when the exports name nobody."""
    if not any(identity.values()):
        return profile
    return dataclasses.replace(profile, data={**profile.data, "owner": identity})


def policy_block(profile: Profile) -> dict[str, Any]:
    """The active profile's policy: its name and the clause each category cites (for the checklist)."""
    clauses = profile.data.get("policy", {})
    return {
        "name": profile.policy_name,
        "title": profile.title,
        "clauses": {str(k): str(v) for k, v in clauses.items()} if isinstance(clauses, dict) else {},
    }


def _budgeted(items: Iterator[Item | Points]) -> Iterator[Item | Points]:
    """The Items of one export, each `next()` under the per-file time budget (`auditor.budget`):
    only the source's own work is timed, never what the caller does with an Item."""
    try:
        # one timer for the whole export, not one per Item (`within` per item cost ~12 µs each)
        yield from budget.each(items, budget.FILE_BUDGET_S)
    finally:
        close = getattr(items, "close", None)
        if close is not None:
            close()


def _read_sources(
    tree: InputTree,
    result: ScanResult,
    roots: list[tuple[str, str]],
    progress: ProgressFn | None = None,
    not_media: set[str] | None = None,
    media: list[Entry] | None = None,
    points: bool = False,
) -> Iterable[Item | Points]:
    ctx = SourceContext(points=points)
    progress = progress or (lambda stage, n, total: None)
    for source in all_sources():
        try:
            found = source.detect(tree)
        except Exception as exc:  # noqa: BLE001 - a source bug must not stop the other sources
            ctx.error(tree.roots[0] if tree.roots else ".", f"{source.name}: detection failed: {_why(exc)}")
            continue
        for root in found:
            cov = Coverage(platform=str(source.platform), root=root or ".")
            ctx.coverage.append(cov)
            since = len(ctx.errors)
            try:
                yield from _budgeted(source.read(tree, root, ctx, cov))
            except budget.OverBudget:
                where = cov.parsed[-1] if cov.parsed else (root or ".")
                ctx.error(
                    where,
                    f"{source.name}: abandoned after {budget.FILE_BUDGET_S:g} s without progress (the per-file time budget);"
                    " the rest of this export was not read",
                )
            except Exception as exc:  # noqa: BLE001 - e.g. a corrupt zip member: keep what was read
                ctx.error(root or ".", f"{source.name}: stopped reading this export: {_why(exc)}")
            ctx.summarise_errors(since, f"{root or '.'} ({source.name})")
            # exports are read one after another; the bar counts their files as each is done
            progress("exports", len(cov.parsed) + len(cov.skipped) + len(cov.not_understood), len(tree.entries))
    result.errors.extend(ctx.errors)
    result.notices.extend(ctx.notices)
    result.coverage.extend(c.to_dict() for c in ctx.coverage)
    roots.extend((c.root, c.platform) for c in ctx.coverage)
    if not_media is not None:
        not_media.update(ctx.not_media)
    result.stats["_files"] = file_kinds(tree, ctx.coverage, ctx.not_media, media)


def _platform_for(entry: Entry, roots: list[tuple[str, str]]) -> Platform:
    for root, plat in roots:
        if root == "." or entry.vpath.startswith(root + "/"):
            return Platform(plat)
    return Platform.PHOTOS


def file_kinds(
    tree: InputTree, coverage: list[Coverage], not_media: set[str], media: list[Entry] | None = None
) -> dict[str, int]:
    """How many files of each kind the tree holds; every file is counted exactly once: read as
    export data, a photo/video, skipped with a reason, not understood, or not recognised."""
    kinds: dict[str, set[str]] = {"parsed": set(), "skipped": set(), "not_understood": set()}
    for cov in coverage:
        prefix = "" if cov.root == "." else cov.root + "/"
        for kind, paths in (("parsed", cov.parsed), ("skipped", cov.skipped), ("not_understood", cov.not_understood)):
            kinds[kind].update(prefix + p for p in paths)
    counts = dict.fromkeys(FILE_KINDS, 0)
    media_paths = {e.vpath for e in (media_entries(tree.entries) if media is None else media)}
    for e in tree.entries:
        if e.vpath in kinds["parsed"]:
            counts["parsed"] += 1
        elif e.vpath in media_paths and e.vpath not in not_media:
            counts["media"] += 1
        elif e.vpath in kinds["skipped"]:
            counts["skipped"] += 1
        elif e.vpath in kinds["not_understood"]:
            counts["not_understood"] += 1
        else:
            counts["not_recognised"] += 1
    return counts


# the kinds `file_kinds` counts, in the order reports list them
FILE_KINDS = ("parsed", "media", "skipped", "not_understood", "not_recognised")


def nothing_recognised(result: ScanResult) -> bool:
    """True when a scan found no export and no photo or video at all (not even one without metadata)."""
    files = result.stats.get("total", {})
    return not result.coverage and not files.get("files_media", 0)


def _read_media(
    tree: InputTree,
    result: ScanResult,
    options: ScanOptions,
    progress: ProgressFn,
    roots: list[tuple[str, str]],
    not_media: set[str] | None = None,
    media: list[Entry] | None = None,
) -> Iterator[Item]:
    """One Item per photo or video read, yielded as the readers return it (so the rules and the
    collector work while the workers read the rest); the OCR and barcode items, when asked
    for, after the last file."""
    found = media_entries(tree.entries) if media is None else media
    entries = [e for e in found if e.vpath not in (not_media or ())]
    if not entries:
        return
    progress("media", 0, len(entries))
    metas = iter_all(
        entries, progress=lambda n: progress("media", n, len(entries)), workers=options.workers, start_method=options.start_method
    )
    roots = sorted(roots, key=lambda r: -len(r[0]))
    vpaths = {e.vpath for e in entries}
    do_codes = options.ocr if options.barcodes is None else options.barcodes
    pairs: list[tuple[Entry, Item]] = []  # what the OCR and barcode stage reads, when asked for
    skipped: dict[str, list[str]] = {}
    warned: dict[str, list[tuple[str, str]]] = {}
    for entry, meta in zip(entries, metas, strict=True):
        if isinstance(meta, str):
            result.errors.append(_err(entry, meta))
            continue
        result.errors.extend(_err(entry, e) for e in meta.errors)  # a part not read: its content unknown
        for w in meta.warnings:  # minor problems read past, one line per kind of problem
            warned.setdefault(re.sub(r"\d+", "N", w), []).append((entry.display, w))
        if meta.skipped:
            skipped.setdefault(meta.skipped, []).append(entry.display)
            continue
        item = media_item(entry, meta, _platform_for(entry, roots))
        if meta.format == "xmp":
            # a sidecar is its own Item (its own path, fixable on its own); it names its photo
            item.extra["sidecar_for"] = sidecar_target(entry.vpath, vpaths)
        if options.ocr or do_codes:
            pairs.append((entry, item))
        yield item
    for reason, paths in skipped.items():  # one line per reason, not one per file
        result.notices.append(f"{len(paths)} media file(s) skipped ({reason}), e.g. {paths[0]}")
    for seen in warned.values():
        path, text = seen[0]
        result.notices.append(f"{path}: {text}" if len(seen) == 1 else f"{len(seen)} media files: {text} (e.g. {path})")
    if options.ocr or do_codes:
        progress("images", 0, len(pairs))
        extra, notices = vision_items(
            pairs, options.ocr, do_codes, workers=options.workers, progress=lambda n: progress("images", n, len(pairs))
        )
        yield from extra
        result.notices.extend(notices)


def media_item(entry: Entry, meta: MediaMeta, platform: Platform) -> Item:
    pos = Position(meta.gps[0], meta.gps[1], source=meta.gps_source) if meta.gps else None
    kind = ItemKind.VIDEO if meta.format in VIDEO_FORMATS else ItemKind.PHOTO
    return Item(
        platform=platform,
        kind=kind,
        path=entry.display,
        export_path=entry.vpath,
        content_id=meta.content_id or None,
        timestamp=meta.taken,
        position=pos,
        audience=Audience.PRIVATE if platform == Platform.PHOTOS else Audience.PUBLIC,
        extra={
            "format": meta.format,
            "camera": meta.camera,
            "identity": dict(meta.identity),
            "offset_known": meta.offset_known,
            "capture_offset": meta.offset,  # "+10:00", or None when the file records no offset
            "gps_source": meta.gps_source,
            "has_gps_block": meta.has_gps_block,
        },
    )


def _err(entry: Entry, reason: str) -> ScanError:
    return ScanError(entry.display, reason)


def check_items(
    items: Iterable[Item],
    profile: Profile,
    errors: list[ScanError],
    workers: int | None,
    progress: ProgressFn,
    start_method: str | None = None,
) -> list[Finding]:
    """Run every active rule over every item; on every core when there are many text items."""
    stream = RuleStream(profile, errors, workers, progress, start_method)
    try:
        for it in items:
            stream.add(it)
        return stream.finish()
    finally:
        stream.close()


def _why(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    return f"{exc.__class__.__name__}: {text}" if text else exc.__class__.__name__


def _infer(collector: pipeline.Collector, errors: list[ScanError]) -> list[Finding]:
    try:
        return list(collector.findings())
    except Exception as exc:  # noqa: BLE001 - the item findings still stand without inference
        errors.append(ScanError(".", f"pattern-of-life inference failed: {_why(exc)}"))
        return []


def _stats(result: ScanResult, tally: _Tally, tree: InputTree, not_media: set[str] | None = None) -> None:
    kinds = result.stats.pop("_files", None) or file_kinds(tree, [], not_media or set())
    stats = tally.per_platform()
    stats["total"] = {"files": len(tree.entries), "items": sum(s["items"] for s in stats.values())}
    stats["total"].update({f"files_{k}": kinds.get(k, 0) for k in FILE_KINDS})
    result.stats = stats
