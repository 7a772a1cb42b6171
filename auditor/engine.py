"""scan(): sources -> media -> rules -> inference -> suppression -> ScanResult.

The one place that runs a scan. It builds the read-only input tree, lets each source detect
and read its exports, reads media metadata on every core, runs every active rule over every
Item, hands positions to inference, and returns a canonical `ScanResult`. It never writes
anything: reporters and fixers take the result from here.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from auditor import __version__
from auditor.config import Profile
from auditor.inference import pipeline
from auditor.media.batch import is_media, read_all, sidecar_target
from auditor.media.meta import MediaMeta
from auditor.media.vision import vision_items
from auditor.models import (
    Audience,
    Finding,
    Item,
    ItemKind,
    Platform,
    Position,
    ScanError,
    ScanResult,
    default_group,
    sort_key,
)
from auditor.portable import mp_context
from auditor.rules.base import Rule
from auditor.rules.registry import active_rules
from auditor.sources import Coverage, SourceContext, all_sources
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


def scan(paths: list[str], profile: Profile, options: ScanOptions | None = None) -> ScanResult:
    options = options or ScanOptions()
    progress = options.progress or (lambda stage, n, total: None)
    tree = InputTree.build(paths)
    result = ScanResult(tool_version=__version__, profile=profile.name, inputs=tree.roots, input_paths=list(paths))
    result.errors.extend(tree.errors)
    try:
        roots: list[tuple[str, str]] = []
        items = list(_read_sources(tree, result, roots, progress))
        items.extend(_read_media(tree, result, options, progress, roots))
    finally:
        close_all()
    findings = check_items(items, profile, result.errors, options.workers, progress, options.start_method)
    findings.extend(_infer(items, profile, result.errors))
    _finish(result, findings, options.baseline)
    result.policy = policy_block(profile)
    _stats(result, items, tree)
    return result


# ---- finishing the result (after the rules and inference have run) --------------------------


def _finish(result: ScanResult, findings: list[Finding], baseline: set[str]) -> None:
    """Give every finding its checklist group, hide accepted ones, dedupe and sort."""
    # inference builds its own Findings (it has no Item to resolve a group from): their
    # category's default is the group
    findings = [f if f.group else dataclasses.replace(f, group=default_group(f.category)) for f in findings]
    if baseline:
        accepted = {f.fingerprint for f in findings if f.fingerprint in baseline}
        findings = [f for f in findings if f.fingerprint not in baseline]
        if accepted:
            result.notices.append(f"{len(accepted)} finding(s) accepted in the baseline are not shown")
    result.findings = sorted(_dedupe(findings), key=sort_key)


def finding_group(rule: Rule, item: Item) -> str:
    """The checklist group of a rule's finding on `item`: the rule's group, with "where_found"
    resolved to "profiles" for a profile field or account record, else "posts"."""
    if rule.group != "where_found":
        return rule.group
    return "profiles" if item.kind == ItemKind.PROFILE_FIELD or item.field else "posts"


def policy_block(profile: Profile) -> dict[str, Any]:
    """The active profile's policy: its name and the clause each category cites (for the checklist)."""
    clauses = profile.data.get("policy", {})
    return {
        "name": profile.policy_name,
        "title": profile.title,
        "clauses": {str(k): str(v) for k, v in clauses.items()} if isinstance(clauses, dict) else {},
    }


def _read_sources(
    tree: InputTree, result: ScanResult, roots: list[tuple[str, str]], progress: ProgressFn | None = None
) -> Iterable[Item]:
    ctx = SourceContext()
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
            try:
                yield from source.read(tree, root, ctx, cov)
            except Exception as exc:  # noqa: BLE001 - e.g. a corrupt zip member: keep what was read
                ctx.error(root or ".", f"{source.name}: stopped reading this export: {_why(exc)}")
            # exports are read one after another; the bar counts their files as each is done
            progress("exports", len(cov.parsed) + len(cov.skipped) + len(cov.not_understood), len(tree.entries))
    result.errors.extend(ctx.errors)
    result.notices.extend(ctx.notices)
    result.coverage.extend(c.to_dict() for c in ctx.coverage)
    roots.extend((c.root, c.platform) for c in ctx.coverage)


def _platform_for(entry: Entry, roots: list[tuple[str, str]]) -> Platform:
    for root, plat in roots:
        if root == "." or entry.vpath.startswith(root + "/"):
            return Platform(plat)
    return Platform.PHOTOS


def _read_media(
    tree: InputTree, result: ScanResult, options: ScanOptions, progress: ProgressFn, roots: list[tuple[str, str]]
) -> Iterable[Item]:
    entries = [e for e in tree.entries if is_media(e)]
    if not entries:
        return []
    progress("media", 0, len(entries))
    metas = read_all(
        entries, progress=lambda n: progress("media", n, len(entries)), workers=options.workers, start_method=options.start_method
    )
    roots = sorted(roots, key=lambda r: -len(r[0]))
    vpaths = {e.vpath for e in entries}
    items: list[Item] = []
    items_by_entry: list[Item | None] = []
    for entry, meta in zip(entries, metas, strict=True):
        if isinstance(meta, str):
            result.errors.append(_err(entry, meta))
            items_by_entry.append(None)
            continue
        item = media_item(entry, meta, _platform_for(entry, roots))
        if meta.format == "xmp":
            # a sidecar is its own Item (its own path, fixable on its own); it names its photo
            item.extra["sidecar_for"] = sidecar_target(entry.vpath, vpaths)
        items.append(item)
        items_by_entry.append(item)
    do_codes = options.ocr if options.barcodes is None else options.barcodes
    if options.ocr or do_codes:
        pairs = [(e, it) for e, it in zip(entries, items_by_entry, strict=True) if it is not None]
        progress("images", 0, len(pairs))
        extra, notices = vision_items(
            pairs, options.ocr, do_codes, workers=options.workers, progress=lambda n: progress("images", n, len(pairs))
        )
        items.extend(extra)
        result.notices.extend(notices)
    return items


def media_item(entry: Entry, meta: MediaMeta, platform: Platform) -> Item:
    pos = Position(meta.gps[0], meta.gps[1], source=meta.gps_source) if meta.gps else None
    kind = ItemKind.VIDEO if meta.format == "mp4" else ItemKind.PHOTO
    return Item(
        platform=platform,
        kind=kind,
        path=entry.display,
        export_path=entry.vpath,
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


PARALLEL_RULES_MIN = 4000  # below this, starting workers costs more than it saves
RULE_CHUNK = 1000


def _rules_chunk(args: tuple[list[Item], Profile]) -> tuple[list[Finding], list[ScanError]]:
    items, profile = args
    errors: list[ScanError] = []
    return list(run_rules(items, active_rules(profile), profile, errors)), errors


def check_items(
    items: list[Item],
    profile: Profile,
    errors: list[ScanError],
    workers: int | None,
    progress: ProgressFn,
    start_method: str | None = None,
) -> list[Finding]:
    """Run every active rule over every item; on every core when there are many text items."""
    total = len(items)
    progress("rules", 0, total)
    workers = workers or min(os.cpu_count() or 1, 8)
    texty = sum(1 for it in items if it.text)
    if texty < PARALLEL_RULES_MIN or workers < 2:
        findings = list(run_rules(items, active_rules(profile), profile, errors))
        progress("rules", total, total)
        return findings
    # warm the per-profile caches (compiled patterns, the text model) once, so forked workers
    # inherit them instead of each building its own (spawned workers build theirs)
    list(run_rules([it for it in items if it.text][:20], active_rules(profile), profile, []))
    chunks = [items[i : i + RULE_CHUNK] for i in range(0, total, RULE_CHUNK)]
    findings: list[Finding] = []
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp_context(start_method)) as pool:
        for chunk, (found, errs) in zip(chunks, pool.map(_rules_chunk, [(c, profile) for c in chunks]), strict=True):
            findings.extend(found)
            errors.extend(errs)
            progress("rules", len(chunk), total)
    return findings


def _why(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    return f"{exc.__class__.__name__}: {text}" if text else exc.__class__.__name__


def _checked(rule: Rule, item: Item, profile: Profile, errors: list[ScanError] | None) -> list:
    try:
        return list(rule.check(item, profile))
    except Exception as exc:  # noqa: BLE001 - one odd item must not stop the scan
        if errors is not None:
            errors.append(ScanError(item.path, f"rule {rule.code} failed on an item: {_why(exc)}"))
        return []


LONG_TEXT = 8000  # longer texts are checked in overlapping windows
WINDOW, OVERLAP = 6000, 600


def windows(item: Item) -> list[Item]:
    """The item itself, or for a very long text, overlapping windows of it.

    Real posts and messages are far shorter; a 100 kB "post" is an article or hostile input.
    Windows bound the work any pattern can do on one text (defence in depth against regex
    backtracking), while the overlap keeps a term and its context together.
    """
    text = item.text
    if len(text) <= LONG_TEXT:
        return [item]
    step = WINDOW - OVERLAP
    return [dataclasses.replace(item, text=text[i : i + WINDOW]) for i in range(0, len(text) - OVERLAP, step)]


def run_rules(
    items: Iterable[Item], rules: list[Rule], profile: Profile, errors: list[ScanError] | None = None
) -> Iterable[Finding]:
    for whole in items:
        for item in windows(whole):
            yield from _item_findings(item, rules, profile, errors)


def _item_findings(item: Item, rules: list[Rule], profile: Profile, errors: list[ScanError] | None) -> Iterable[Finding]:
    has_text = bool(item.text or item.people)  # tagged people can matter without text
    fired: set[str] = set()  # codes that matched this item, for `Rule.silenced_by`
    for rule in rules:
        if not rule.applies(item) or (rule.needs_text and not has_text):
            continue
        if fired.intersection(rule.silenced_by):
            continue  # a word rule already reported this item with a readable reason
        matches = _checked(rule, item, profile, errors)
        if matches:
            fired.add(rule.code)
        for m in matches:
            yield Finding(
                code=rule.code,
                name=rule.name,
                category=rule.category,
                severity=m.severity or rule.severity,
                confidence=m.confidence if m.confidence is not None else rule.confidence,
                platform=item.platform,
                path=item.path,
                message=m.message or rule.summary,
                remediation=rule.remediation,
                evidence=m.evidence,
                fix=m.fix or rule.fix,
                item_id=item.item_id,
                timestamp=item.timestamp,
                url=item.url,
                location=m.location,
                why=m.why,
                policy=profile.policy(rule.category),
                fingerprint_key=m.key,
                export_path=item.export_path,
                group=finding_group(rule, item),
            )


def _infer(items: list[Item], profile: Profile, errors: list[ScanError]) -> list[Finding]:
    try:
        # through the module attribute, so a test can replace `auditor.inference.pipeline.infer`
        return list(pipeline.infer(items, profile))
    except Exception as exc:  # noqa: BLE001 - the item findings still stand without inference
        errors.append(ScanError(".", f"pattern-of-life inference failed: {_why(exc)}"))
        return []


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[str] = set()
    out = []
    for f in findings:
        fp = f.fingerprint
        if fp in seen:
            continue
        seen.add(fp)
        out.append(f)
    return out


def _stats(result: ScanResult, items: list[Item], tree: InputTree) -> None:
    stats: dict[str, dict[str, int]] = {}
    files_by_plat: dict[str, set[str]] = {}
    for it in items:
        p = str(it.platform)
        s = stats.setdefault(p, {"files": 0, "items": 0})
        s["items"] += 1
        files_by_plat.setdefault(p, set()).add(it.path)
    for p, files in files_by_plat.items():
        stats[p]["files"] = len(files)
    stats["total"] = {"files": len(tree.entries), "items": len(items)}
    result.stats = stats
