"""The remediation checklist: findings grouped the way a person fixes them, with the steps.

Turns a result dict (``ScanResult.to_dict()`` or a saved JSON report) into sections of
checklist `Line`s: what was found, where (platform, date, permalink or path), why (the policy
clause from the active profile), and how (the rule's remediation plus the steps on that
platform). It also adds the "Devices and settings" section: camera location, location
history, tag review and profile visibility, for the devices everyone has and the platforms
this result covers. The Markdown, HTML and CSV reporters all render these lines, so they say
the same thing.

Content only: no rendering, no escaping, no I/O, and no detection (a line is a finding that
already exists, or fixed settings guidance).
"""

from __future__ import annotations

import posixpath
import re
import shlex
from dataclasses import dataclass, field
from typing import Any

from auditor.models import PLATFORM_NAMES, SEVERITY_ORDER, default_group
from auditor.reporters.prepare import EVIDENCE_MASK
from auditor.reporters.remediation import kind_of, steps_for

PROFILES = "Profiles and accounts"
PHOTOS = "Photos and geotags"
POSTS = "Posts, captions and comments"
TAGS = "Tags and colleagues"
DEVICES = "Devices and settings"
GROUP_ORDER = [PROFILES, PHOTOS, POSTS, TAGS, DEVICES]

CATEGORY_NAMES = {
    "geotag": "Geotag",
    "department_identifier": "Department identified",
    "work_email": "Work email",
    "work_contact": "Work contact details",
    "uniform": "Uniform or insignia",
    "location_mention": "Places named",
    "operational_detail": "Operational detail",
    "colleague_exposure": "Colleagues",
    "official_comment": "Official comment",
    "account_registration": "Account registration",
    "pattern_of_life": "Home, work and routine",
    "identity_document": "ID card or pass",
    "metadata_identity": "Identity in file metadata",
}


FILE_KIND_WORDS = (
    ("files_parsed", "read as export data"),
    ("files_media", "photos/videos"),
    ("files_skipped", "skipped with a reason"),
    ("files_not_understood", "not understood"),
    ("files_not_recognised", "not recognised"),
)


def files_summary(data: dict[str, Any]) -> str:
    """One sentence saying how many files of each kind the scan saw, or "" for a result that
    predates the counts (a saved report)."""
    total = (data.get("stats") or {}).get("total") or {}
    if not isinstance(total, dict) or "files_parsed" not in total:
        return ""
    parts = [f"{int(total.get(k, 0)):,} {words}" for k, words in FILE_KIND_WORDS if total.get(k)]
    return f"Files: {int(total.get('files', 0)):,} in all" + (f" ({', '.join(parts)})" if parts else "") + "."


def identifies_you(data: dict[str, Any]) -> str:
    """ "What identifies you": the owner's names, handles and emails from the result's `identity`
    block, once, as one sentence; "" when the exports name nobody (a photo folder alone)."""
    block = data.get("identity")
    if not isinstance(block, dict):
        return ""
    parts = []
    for key, label, prefix in (("names", "names", ""), ("handles", "handles", "@"), ("emails", "emails", "")):
        vals = [str(v) for v in block.get(key) or [] if str(v).strip()]
        if vals:
            parts.append(f"{label} " + ", ".join(prefix + v for v in vals))
    return ("What identifies you: " + "; ".join(parts) + ".") if parts else ""


def platform_name(p: Any) -> str:
    return PLATFORM_NAMES.get(str(p), str(p or "unknown"))


# A finding's "group" (resolved by the engine from its rule and item) -> the checklist section.
SECTION_OF_GROUP = {"profiles": PROFILES, "photos": PHOTOS, "posts": POSTS, "tags": TAGS}


def group_of(f: dict[str, Any]) -> str:
    """Which part of the checklist a finding belongs to (where the person goes to fix it)."""
    group = f.get("group")
    if group not in SECTION_OF_GROUP:
        # a result saved before findings carried their group (or edited by hand): the category's
        # default, never a guess from the wording
        group = default_group(str(f.get("category")))
    return SECTION_OF_GROUP[group]


# ---- platform steps ------------------------------------------------------------------------
# The steps per platform and kind of item are data (auditor/data/remediation.toml, with the help
# topic and date each was checked); see `auditor.reporters.remediation`.


def platform_steps(f: dict[str, Any], group: str) -> list[str]:
    """The steps on the finding's platform for its own kind of item (a message, a comment, a tag
    on your own post ...), never another kind's."""
    found = steps_for(str(f.get("platform") or ""), kind_of(f, group == PROFILES), str(f.get("category") or ""))
    return list(found.steps) if found else []


# ---- devices and settings ------------------------------------------------------------------


@dataclass(frozen=True)
class Guidance:
    id: str
    title: str
    steps: tuple[str, ...]
    policy_category: str
    platforms: tuple[str, ...] = ()  # shown only when one of these is in the result; () = always


DEVICE_GUIDANCE: tuple[Guidance, ...] = (
    Guidance(
        "settings:ios-camera-location",
        "iPhone / iPad: stop the camera saving your location",
        (
            "Settings → Privacy & Security → Location Services → Camera → Never.",
            "When sharing a photo: Share sheet → Options → turn Location off.",
            "Settings → Privacy & Security → Location Services → System Services → Significant Locations: off, and Clear History.",
        ),
        "geotag",
    ),
    Guidance(
        "settings:android-camera-location",
        "Android: stop the camera saving your location",
        (
            "Camera app → Settings → turn off Save location / Location tags (wording varies by maker).",
            "Settings → Location → App location permissions → Camera → Don't allow.",
            "Google Photos → Settings → Sharing: turn on Hide / Remove photo location data when sharing.",
        ),
        "geotag",
    ),
    Guidance(
        "settings:location-history",
        "Location history kept by your phone and accounts",
        (
            "Google Maps app → your profile picture → Your Timeline → ⚙ → Location and privacy settings: turn Timeline off and Delete all Timeline data (on each phone).",
            "Facebook app → Settings & privacy → Settings → Location: turn off Location History and Background location.",
            "Snapchat → Snap Map → Settings: Ghost Mode on.",
        ),
        "pattern_of_life",
    ),
    Guidance(
        "settings:facebook",
        "Facebook: tag review, location and profile visibility",
        (
            "Settings → Profile and tagging: Review tags people add to your posts → On; Review posts you're tagged in → On.",
            "Settings → Privacy → Limit who can see past posts.",
            "About → Work and education, Places lived: audience Only me.",
            "Phone settings → Facebook → Location → Never (no check-ins by default).",
        ),
        "colleague_exposure",
        ("facebook",),
    ),
    Guidance(
        "settings:instagram",
        "Instagram: tag review, location and visibility",
        (
            "Settings → Tags and mentions → Manually approve tags.",
            "Settings → Account privacy → Private account (if you do not need a public one).",
            "Phone settings → Instagram → Location → Never; do not add locations to posts or stories.",
        ),
        "colleague_exposure",
        ("instagram",),
    ),
    Guidance(
        "settings:twitter",
        "X (Twitter): location, photo tagging and visibility",
        (
            "Settings and privacy → Privacy and safety → Location information: untick Add location information to your posts.",
            "Settings and privacy → Privacy and safety → Audience, media and tagging: Photo tagging Off; consider Protect your posts.",
            "Profile → Edit profile: nothing in name, bio or location that names your employer or your site.",
        ),
        "department_identifier",
        ("twitter",),
    ),
    Guidance(
        "settings:linkedin",
        "LinkedIn: who can see your employer",
        (
            "Me → Settings & Privacy → Visibility → Edit your public profile: hide Experience, or the whole public profile.",
            "Visibility → Profile viewing options: private mode when looking at colleagues' profiles.",
        ),
        "department_identifier",
        ("linkedin",),
    ),
    Guidance(
        "settings:strava",
        "Strava: hide where runs and rides start and end",
        (
            "Settings → Privacy Controls → Map Visibility: hide start and end points near home and work.",
            "Privacy Controls → Activities: Followers or Only You; Flyby: off.",
        ),
        "pattern_of_life",
        ("strava",),
    ),
    Guidance(
        "settings:tiktok",
        "TikTok: visibility and location",
        ("Settings and privacy → Privacy → Private account.", "Settings and privacy → Privacy → Location services: off."),
        "department_identifier",
        ("tiktok",),
    ),
    Guidance(
        "settings:snapchat",
        "Snapchat: Snap Map",
        ("Snap Map → Settings (gear) → Ghost Mode on.", "Settings → Privacy Controls → See My Location: Only Me."),
        "pattern_of_life",
        ("snapchat",),
    ),
)

_GENERIC_WHY = "Reduces what your accounts and photos reveal about your job and your movements."


# ---- lines ---------------------------------------------------------------------------------


@dataclass
class Line:
    id: str  # the finding's fingerprint, or a fixed "settings:..." id
    group: str
    severity: str
    title: str
    category: str = ""
    platform: str = ""
    code: str = ""
    name: str = ""
    date: str = ""
    path: str = ""
    url: str = ""
    location: dict[str, float] | None = None
    why: str = ""  # the policy clause
    trace: str = ""  # why the rule fired
    how: list[str] = field(default_factory=list)
    auto: str = ""  # a command that fixes it, when one exists
    evidence: str = ""
    confidence: float | None = None
    label: str = ""  # a short name for the map (an inferred place's kind: home, workplace, ...)
    members: list[Line] = field(default_factory=list)  # the findings a grouped line stands for


@dataclass
class Section:
    title: str
    lines: list[Line]


def policy_clauses(data: dict[str, Any]) -> dict[str, str]:
    """The active profile's clause per category: from the result's policy block, else its findings."""
    clauses: dict[str, str] = {}
    block = data.get("policy")
    if isinstance(block, dict) and isinstance(block.get("clauses"), dict):
        clauses.update({str(k): str(v) for k, v in block["clauses"].items()})
    for f in data.get("findings", []):
        if f.get("policy") and f.get("category"):
            clauses.setdefault(str(f["category"]), str(f["policy"]))
    return clauses


def platforms_in(data: dict[str, Any]) -> set[str]:
    plats = {str(f.get("platform")) for f in data.get("findings", [])}
    plats.update(k for k in (data.get("stats") or {}) if k != "total")
    plats.update(str(c.get("platform")) for c in data.get("coverage", []) if isinstance(c, dict))
    return plats


def _location(loc: Any) -> dict[str, float] | None:
    """A usable position or None: a saved result may have been edited by hand."""
    if not isinstance(loc, dict):
        return None
    try:
        lat, lon = float(loc["lat"]), float(loc["lon"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or lat != lat or lon != lon:
        return None
    return {"lat": lat, "lon": lon}


def strip_target(path: str, data: dict[str, Any] | None = None) -> str:
    """What to give `auditor strip` for a display path: a real path where the result knows one.

    Display paths are relative to the scanned argument; with the arguments as given
    (`input_paths`), the command works from where the scan was run. A file inside a zip is
    fixed by stripping the zip (strip writes its members as files).
    """
    m = re.match(r"^(.*?\.zip)(?:/|$)", path, re.IGNORECASE)
    target = m.group(1) if m else path
    data = data or {}
    inputs = [str(i) for i in data.get("inputs") or []]
    given = [str(p) for p in data.get("input_paths") or []]
    if not given or len(given) != len(inputs):
        return target
    if len(given) == 1:
        if target == inputs[0] or target == ".":
            return given[0]
        return posixpath.join(given[0], target)
    first, _, rest = target.partition("/")
    if first in inputs:
        root = given[inputs.index(first)]
        return posixpath.join(root, rest) if rest else root
    return target


def strip_command(target: str) -> str:
    """The `auditor strip` line to paste: built as an argument list and quoted last (`shlex.join`),
    so no file name (backticks, `$(...)`, quotes) can run anything; a name that starts with a
    dash is given as `./-name`, never read as an option."""
    if target.startswith("-"):
        target = "./" + target
    return shlex.join(["auditor", "strip", target, "--out", "CLEAN_DIR"])


def finding_line(f: dict[str, Any], clauses: dict[str, str], data: dict[str, Any] | None = None) -> Line:
    group = group_of(f)
    # the rule's own remediation first (a saved result may lack it), then the platform's steps
    how = [str(f["remediation"])] if f.get("remediation") else []
    if f.get("rewrite") and f.get("rewrite") != EVIDENCE_MASK:  # the engine's safer wording of a post
        how.append(f"Or edit it to: “{f['rewrite']}”")
    how.extend(platform_steps(f, group))
    repeated = where_repeated(f)
    if repeated:
        how.insert(0, repeated)
    auto = ""
    if f.get("fix") == "auto" and f.get("path"):  # `strip` needs a file to work on
        auto = strip_command(strip_target(str(f["path"]), data))
    sev = str(f.get("severity") or "info")
    return Line(
        id=str(f.get("fingerprint") or ""),
        group=group,
        severity=sev if sev in SEVERITY_ORDER else "info",  # a hand-edited severity sorts last, not crash
        title=str(f.get("message") or f.get("name") or ""),  # a saved result may have no message
        category=str(f.get("category") or ""),
        platform=str(f.get("platform") or ""),
        code=str(f.get("code") or ""),
        name=str(f.get("name") or ""),
        date=str(f.get("timestamp") or "")[:10],
        path=str(f.get("path") or ""),
        url=str(f.get("url") or ""),
        location=_location(f.get("location")),
        # the finding's own clause, else the profile's clause for its category (older results)
        why=str(f.get("policy") or clauses.get(str(f.get("category")), "")),
        trace=str(f.get("why") or ""),
        how=how,
        auto=auto,
        evidence=str(f.get("evidence") or ""),
        confidence=f.get("confidence"),
        # inferred places name their kind under one of these keys (the finding's extra fields)
        label=_place_label(f),
    )


SHOWN_ITEMS = 3  # items of a repeated exposure named in the checklist; the JSON report lists all


def where_repeated(f: dict[str, Any]) -> str:
    """For one exposure repeated in many items (`count`), where the first few are and how many more."""
    try:
        count = int(f.get("count") or 1)
    except (TypeError, ValueError):
        return ""
    items = [i for i in f.get("items") or [] if isinstance(i, dict)]
    if count <= 1:
        return ""
    if f.get("item_kind") == "location_record":
        return f"This one file holds {count} records of it: the steps below remove them all at once."

    def one(i: dict[str, Any]) -> str:
        when = str(i.get("timestamp") or "")[:10]
        where = str(i.get("url") or i.get("item_id") or i.get("path") or "")
        return f"{where} ({when})" if when else where

    shown = "; ".join(one(i) for i in items[:SHOWN_ITEMS])
    more = count - min(len(items), SHOWN_ITEMS)
    tail = f"; and {more} more (every one is listed under item_ids in the JSON report)" if more > 0 else ""
    return f"It is in {count} items: fix each one. {shown}{tail}."


def _place_label(f: dict[str, Any]) -> str:
    """An inferred place's map label: its kind and where ("workplace: Brisbane Airport QLD")."""
    place = str(f.get("label") or f.get("place") or f.get("place_kind") or "")
    kind = str(f.get("inference") or "").replace("_", " ")
    return f"{kind}: {place}" if kind and place else (place or kind)


def device_lines(data: dict[str, Any], clauses: dict[str, str]) -> list[Line]:
    plats = platforms_in(data)
    out = []
    for g in DEVICE_GUIDANCE:
        if g.platforms and not plats.intersection(g.platforms):
            continue
        out.append(
            Line(
                id=g.id,
                group=DEVICES,
                severity="info",
                title=g.title,
                category="settings",
                platform=g.platforms[0] if g.platforms else "",
                why=clauses.get(g.policy_category) or _GENERIC_WHY,
                how=list(g.steps),
            )
        )
    return out


# Auto-fixable file findings of one rule in one folder are one job ("strip this folder"), so the
# checklist shows them as one line listing the files instead of one line per photo. Which
# findings batch is decided by their fields (auto-fixable, and a file-metadata category).
BATCH_TITLES = {
    "geotag": "photo(s) and video(s) in {dir} carry the GPS position where they were taken",
    "metadata_identity": "file(s) in {dir} carry identifying metadata (owner, artist, serial numbers)",
}
GROUP_MIN = 3


def _folder(path: str) -> str:
    return path.rsplit("/", 1)[0] if "/" in path else "."


def _batchable(ln: Line) -> bool:
    # `auto` is set only for an auto-fixable finding with a path (see finding_line)
    return bool(ln.auto) and ln.category in BATCH_TITLES


def group_files(lines: list[Line], data: dict[str, Any] | None = None) -> list[Line]:
    """Merge auto-fixable findings of one rule in one folder into a single line (3 or more)."""
    buckets: dict[tuple[str, str, str], list[Line]] = {}
    for ln in lines:
        if _batchable(ln):
            buckets.setdefault((ln.code, ln.platform, _folder(ln.path)), []).append(ln)
    out: list[Line] = []
    done: set[tuple[str, str, str]] = set()
    for ln in lines:
        key = (ln.code, ln.platform, _folder(ln.path))
        members = buckets.get(key) if _batchable(ln) else None
        if not members or len(members) < GROUP_MIN:
            out.append(ln)
            continue
        if key in done:
            continue
        done.add(key)
        first = members[0]
        dates = sorted(m.date for m in members if m.date)
        folder = key[2]
        out.append(
            Line(
                id=f"files:{first.code}:{first.platform}:{folder}",
                group=first.group,
                severity=min((m.severity for m in members), key=SEVERITY_ORDER.index),
                title=f"{len(members)} " + BATCH_TITLES[first.category].format(dir=f"{folder}/"),
                category=first.category,
                platform=first.platform,
                code=first.code,
                name=first.name,
                date=f"{dates[0]} to {dates[-1]}" if dates and dates[0] != dates[-1] else (dates[0] if dates else ""),
                path=f"{folder}/ ({len(members)} files)",
                why=first.why,
                trace=f"each file's own metadata; for example {first.trace}" if first.trace else "",
                how=first.how,
                auto=strip_command(strip_target(folder, data)),
                confidence=first.confidence,
                members=members,
            )
        )
    return out


def build(data: dict[str, Any], group: bool = True) -> list[Section]:
    """The checklist sections in fixing order; empty finding groups are left out.

    With `group`, auto-fixable file findings in one folder become one line (see `group_files`);
    the CSV export asks for one row per finding instead.
    """
    clauses = policy_clauses(data)
    by_group: dict[str, list[Line]] = {g: [] for g in GROUP_ORDER}
    for f in data.get("findings", []):
        line = finding_line(f, clauses, data)
        by_group[line.group].append(line)
    if group:
        by_group = {g: group_files(lines, data) for g, lines in by_group.items()}
    for g in GROUP_ORDER[:-1]:
        # stable: keeps the result's own order (severity, category, path) within a severity
        by_group[g].sort(key=lambda ln: SEVERITY_ORDER.index(ln.severity))
    by_group[DEVICES] = device_lines(data, clauses)
    return [Section(g, by_group[g]) for g in GROUP_ORDER if by_group[g]]
