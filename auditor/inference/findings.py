"""Turn inferences into pattern_of_life Findings: message, evidence, remediation, extra fields.

Each finding carries `inference` (home | workplace | routine | sensitive_site), `location`
(the cluster centre), a radius, a confidence, a place name from the offline gazetteer, the
profile site it sits on, the items that support it (with their local times and offsets) and
`remove_first`: the fewest items whose removal breaks the inference. Fingerprints use the
inference kind and the centre rounded to about 500 m (or the site's name), never times or
paths, so ignore files and baselines survive a re-export.
"""

from __future__ import annotations

import operator
import posixpath
from collections import Counter
from collections.abc import Mapping

from auditor.config import Profile
from auditor.inference import clusters as cl
from auditor.inference import patterns, remedy
from auditor.inference.places import place_name
from auditor.inference.sites import NEAR_M, Site, SiteIndex, load_sites
from auditor.inference.timezones import local_time, utc_offset_text, zone_name
from auditor.models import Category, Finding, Item, Platform, Position, Severity
from auditor.rules.base import Rule

CODES = {"home": "POL101", "workplace": "POL102", "routine": "POL103", "sensitive_site": "POL104"}
LIST_CAP = 50  # supporting items listed in the JSON (the count is always given)
REMOVE_CAP = 1000  # items to fix first listed in the JSON (location history can need many)
TEXT_CAP = 8  # items named in the remediation text


def _ref(o: cl.Obs) -> dict[str, object]:
    item, local = o.ref, o.local
    ref: dict[str, object] = {"path": item.path, "item_id": item.item_id, "platform": str(item.platform)}
    if local is not None:
        ref["local_time"] = local.isoformat()
        ref["utc_offset"] = utc_offset_text(local)
        if not item.offset_known:
            ref["zone"] = zone_name(local.tzinfo)
    return ref


def _short(o: cl.Obs) -> str:
    item, local = o.ref, o.local
    when = local.strftime("%Y-%m-%d %H:%M") if local else "undated"
    return f"{item.item_id or item.path} ({when})" if item.item_id else f"{item.path} ({when})"


def _where(obs: list[cl.Obs]) -> tuple[str, Platform]:
    """A display path for many items ("camera_roll/ (14 files), tweets.js") and the main platform."""
    refs = Counter(o.ref for o in obs)  # a few distinct Refs, however many observations
    plats: Counter[Platform] = Counter()
    for r, n in refs.items():
        plats[r.platform] += n
    platform = max(plats.items(), key=lambda kv: (kv[1], str(kv[0])))[0]
    paths = sorted({r.path.replace("\\", "/") for r in refs})
    if len(paths) == 1:
        return paths[0], platform
    by_dir: dict[str, list[str]] = {}
    for p in paths:
        by_dir.setdefault(posixpath.dirname(p), []).append(p)
    parts = [
        ps[0] if len(ps) == 1 else f"{d or '.'}/ ({len(ps)} files)"
        for d, ps in sorted(by_dir.items(), key=lambda kv: -len(kv[1]))
    ]
    shown = ", ".join(parts[:3]) + (f" and {len(parts) - 3} more folders" if len(parts) > 3 else "")
    return shown, platform


def build(
    items: list[Item], profile: Profile, rules: Mapping[str, Rule], t: patterns.Thresholds = patterns.DEFAULT
) -> list[Finding]:
    """The pattern_of_life findings of a scan's items; ``rules`` maps each POL code to its rule
    (`auditor.inference.rules.BY_CODE`), whose name and remediation the findings carry."""
    return build_from(cl.observations(items, local_time), profile, rules, t)


def build_from(
    obs: list[cl.Obs], profile: Profile, rules: Mapping[str, Rule], t: patterns.Thresholds = patterns.DEFAULT
) -> list[Finding]:
    """`build` from the compact observations (`clusters.observe`) a streaming scan keeps."""
    if not obs:
        return []
    sites = load_sites(profile)
    clusters = cl.find_clusters(obs)
    out: list[Finding] = []
    keys: set[str] = set()
    for inf in patterns.classify(clusters, sites, t, obs):
        out.append(_cluster_finding(inf, profile, rules[CODES[inf.kind]], t, keys))
    out.extend(_site_findings(obs, sites, profile, rules[CODES["sensitive_site"]]))
    return out


_order = operator.attrgetter("key")  # untimed first, then by local time as its ISO text sorts, then arrival


def _unique_key(key: str, keys: set[str]) -> str:
    k, n = key, 2
    while k in keys:
        k, n = f"{key}#{n}", n + 1
    keys.add(k)
    return k


def _cluster_finding(inf: patterns.Inference, profile: Profile, rule: Rule, t: patterns.Thresholds, keys: set[str]) -> Finding:
    c = inf.cluster
    code = CODES[inf.kind]
    support = sorted(c.members, key=_order)
    path, platform = _where(support)
    place = place_name(c.lat, c.lon)
    site = inf.site.site if inf.site else None
    where = place or f"{c.lat:.4f}, {c.lon:.4f}"
    if site:  # the profile's own name for a site says more to the reader than a suburb
        where = f"{site.name} ({where})" if place else site.name
    d = inf.details
    period = f"{d.get('first_seen')} to {d.get('last_seen')}"
    if inf.kind == "home":
        # a former home still exposes family and history, but less than where one lives now
        label = "Likely home" if inf.current else "Likely former home"
        what = f"{len(support)} positions on {len(c.days)} days, {len(c.rest_days)} of them at night or at weekends, {period}"
        severity = Severity.HIGH if inf.current else Severity.MEDIUM
    elif inf.kind == "workplace":
        label = "Likely workplace" if inf.current else "Likely former workplace"
        hours = ", ".join(str(x) for x in (d.get("hours_pattern"), d.get("usual_hours")) if x) or "hours unknown"
        what = f"{len(support)} positions on {len(c.days)} days ({hours}), {period}"
        severity = Severity.CRITICAL if site else Severity.HIGH  # at a sensitive site it names the officer's post
    else:
        label = "Routine"
        days = ", ".join(d.get("weekdays") or []) or "various days"  # type: ignore[arg-type]
        what = f"around {d.get('usual_time')} on {days}: {d.get('regular_visits')} of {len(c.days)} visits at that time, {period}"
        severity = Severity.MEDIUM
    remove = remedy.fewest_removals(inf, t)
    named = "; ".join(_short(o) for o in remove[:TEXT_CAP])
    more = f" and {len(remove) - TEXT_CAP} more" if len(remove) > TEXT_CAP else ""
    rm_days = sorted(d.isoformat() for d in {o.day for o in remove if o.day})
    remediation = (
        f"{rule.remediation} Fix these {len(remove)} item(s) from {len(rm_days)} day(s) first to break this "
        f"inference (remove them or their location): {named}{more}."
    )
    # the key ignores times and paths so a baseline survives a re-export; two homes in one cell get suffixes
    key = _unique_key(f"{inf.kind}:{c.cell_key()}", keys)
    extra: dict[str, object] = {
        "inference": inf.kind,
        "radius_m": c.radius_m,
        "place": place,
        "site": site.name if site else None,
        "site_kind": site.kind if site else None,
        "current": inf.current,
        "supporting_count": len(support),
        "supporting_items": [_ref(o) for o in support[:LIST_CAP]],
        "remove_first_count": len(remove),
        "remove_first_days": rm_days,
        "remove_first": [_ref(o) for o in remove[:REMOVE_CAP]],
        **d,
    }
    last = max((o.local for o in support if o.local), default=None)  # undated positions still count, but date nothing
    return Finding(
        code=code,
        name=rule.name,
        category=Category.PATTERN_OF_LIFE,
        severity=severity,
        confidence=inf.confidence,
        platform=platform,
        path=path,
        message=f"{label}: {where}. {what[0].upper()}{what[1:]}.",
        remediation=remediation,
        evidence=f"{where} ({c.lat:.5f}, {c.lon:.5f}) within {int(c.radius_m)} m",
        timestamp=last,
        location=Position(c.lat, c.lon, source="inference", accuracy_m=c.radius_m),
        why=(
            f"{len(support)} positions within {int(c.radius_m)} m of {c.lat:.5f}, {c.lon:.5f} on {len(c.days)} distinct days "
            f"in {len(c.weeks)} weeks ({len(c.nights)} nights, {c.weekend_days} weekend days)"
        ),
        policy=profile.policy(Category.PATTERN_OF_LIFE),
        fingerprint_key=key,
        export_path="pattern_of_life",
        extra=extra,
        item_kind="inference",
    )


def _site_findings(obs: list[cl.Obs], sites: list[Site], profile: Profile, rule: Rule) -> list[Finding]:
    if not sites:
        return []  # a profile without [[sites]] has no sensitive sites to be near
    # per site: the positions inside its radius, and those only near its edge (the index, like
    # site_at, also returns those)
    by_site: dict[str, tuple[list[cl.Obs], list[cl.Obs]]] = {}
    site_of: dict[str, Site] = {}
    index = SiteIndex(sites)  # a few candidate sites per position, whole cells decided at once
    for o, hit in zip(obs, index.sites_of([o.lat for o in obs], [o.lon for o in obs]), strict=True):
        if hit is None:
            continue  # farther than NEAR_M from every site's edge
        site, within = hit
        lists = by_site.get(site.name)
        if lists is None:
            lists = by_site[site.name] = ([], [])
            site_of[site.name] = site
        lists[0 if within else 1].append(o)
    out = []
    for name, (inside, edge) in sorted(by_site.items()):
        site = site_of[name]
        # oldest first (positions with no local time before all others), so the lists are stable
        hits = sorted(inside + edge, key=_order)
        near = len(edge)
        days = {o.day for o in hits if o.day}  # positions with no local time have no day
        path, platform = _where(hits)
        parts = []
        if inside:
            parts.append(f"{len(inside)} inside")
        if near:
            parts.append(f"{near} within {int(NEAR_M)} m of its edge")
        named = "; ".join(_short(o) for o in hits[:TEXT_CAP])
        more = f" and {len(hits) - TEXT_CAP} more" if len(hits) > TEXT_CAP else ""
        last = max((o.local for o in hits if o.local), default=None)
        out.append(
            Finding(
                code=rule.code,
                name=rule.name,
                category=Category.PATTERN_OF_LIFE,
                # only near the edge: maybe passing by, so a lower severity and confidence
                severity=Severity.HIGH if inside else Severity.MEDIUM,
                confidence=0.9 if inside else 0.6,
                platform=platform,
                path=path,
                message=(
                    f"Positions at a sensitive site: {site.label}. {len(hits)} position(s) ({', '.join(parts)})"
                    + (f" on {len(days)} day(s)" if days else "")
                    + "."
                ),
                remediation=f"{rule.remediation} Items at this site: {named}{more}.",
                evidence=f"{site.name} ({site.lat:.4f}, {site.lon:.4f}, radius {int(site.radius_m)} m)",
                timestamp=last,
                location=Position(site.lat, site.lon, source="profile site", accuracy_m=site.radius_m),
                why=f"{len(hits)} positions within {int(site.radius_m + NEAR_M)} m of {site.name}'s centre (site radius {int(site.radius_m)} m)",
                policy=profile.policy(Category.PATTERN_OF_LIFE),
                fingerprint_key=f"site:{site.name}",
                export_path="pattern_of_life",
                item_kind="inference",
                extra={
                    "inference": "sensitive_site",
                    "site": site.name,
                    "site_kind": site.kind,
                    "radius_m": site.radius_m,
                    "place": place_name(site.lat, site.lon),
                    "inside_count": len(inside),
                    "near_count": near,
                    "days": len(days),
                    "supporting_count": len(hits),
                    "supporting_items": [_ref(o) for o in hits[:LIST_CAP]],
                    "remove_first_count": len(hits),
                    "remove_first": [_ref(o) for o in hits[:REMOVE_CAP]],
                },
            )
        )
    return out
