"""The data that flows through a scan: Items in, Findings and a ScanResult out.

Sources produce `Item`s (platform-neutral records of something the person exposed), rules
turn Items into `Finding`s, reporters render a `ScanResult`. Nothing here reads files or knows
about a particular platform's layout; this module must stay free of I/O.

The JSON contract (see README "JSON contract") is produced by `ScanResult.to_dict()`; extend
it, never break it: fields may be added, none removed or renamed.
"""

from __future__ import annotations

import hashlib
import re
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import UTC, datetime, timedelta
from enum import IntEnum, StrEnum
from typing import Any

SCHEMA_VERSION = 1


class Category(StrEnum):
    GEOTAG = "geotag"
    DEPARTMENT_IDENTIFIER = "department_identifier"
    WORK_EMAIL = "work_email"
    WORK_CONTACT = "work_contact"
    UNIFORM = "uniform"
    LOCATION_MENTION = "location_mention"
    OPERATIONAL_DETAIL = "operational_detail"
    COLLEAGUE_EXPOSURE = "colleague_exposure"
    OFFICIAL_COMMENT = "official_comment"
    ACCOUNT_REGISTRATION = "account_registration"
    PATTERN_OF_LIFE = "pattern_of_life"
    IDENTITY_DOCUMENT = "identity_document"
    METADATA_IDENTITY = "metadata_identity"


class Severity(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for info up to 4 for critical: higher is more severe."""
        return len(SEVERITY_ORDER) - 1 - SEVERITY_ORDER.index(self.value)

    def at_least(self, other: Severity) -> bool:
        return self.rank >= other.rank


# The one severity order, most severe first (the declaration order above); reporters use it.
SEVERITY_ORDER: tuple[str, ...] = tuple(s.value for s in Severity)

# Where a person fixes a finding: the checklist section ("profiles", "photos", "posts", "tags"),
# or "where_found" for things fixed where they were found (a profile field, or a post).
GROUPS = ("profiles", "photos", "posts", "tags", "where_found")
# The default group of each category; a category not listed defaults to "posts".
GROUP_BY_CATEGORY: dict[Category, str] = {
    Category.ACCOUNT_REGISTRATION: "profiles",
    Category.WORK_EMAIL: "where_found",
    Category.WORK_CONTACT: "where_found",
    Category.DEPARTMENT_IDENTIFIER: "where_found",
    Category.GEOTAG: "photos",
    Category.METADATA_IDENTITY: "photos",
    Category.IDENTITY_DOCUMENT: "photos",
    Category.PATTERN_OF_LIFE: "photos",
    Category.COLLEAGUE_EXPOSURE: "tags",
    Category.UNIFORM: "tags",
}


def default_group(category: str) -> str:
    """A finding's checklist group when only its category is known (a saved result without
    "group"): "where_found" needs the item to resolve, and without it a post is the likelier."""
    group = GROUP_BY_CATEGORY.get(category, "posts")  # type: ignore[call-overload]
    return "posts" if group == "where_found" else group


class Platform(StrEnum):
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    TWITTER = "twitter"
    LINKEDIN = "linkedin"
    GOOGLE = "google"
    TIKTOK = "tiktok"
    MASTODON = "mastodon"
    REDDIT = "reddit"
    WHATSAPP = "whatsapp"
    SNAPCHAT = "snapchat"
    STRAVA = "strava"
    PHOTOS = "photos"

    @property
    def display(self) -> str:
        """The platform's name as people write it ("LinkedIn", "X (Twitter)"), for messages."""
        return PLATFORM_NAMES.get(self.value, self.value)


PLATFORM_NAMES = {
    "facebook": "Facebook",
    "instagram": "Instagram",
    "twitter": "X (Twitter)",
    "linkedin": "LinkedIn",
    "google": "Google",
    "tiktok": "TikTok",
    "mastodon": "Mastodon",
    "reddit": "Reddit",
    "whatsapp": "WhatsApp",
    "snapchat": "Snapchat",
    "strava": "Strava",
    "photos": "Photo folder",
}


class ItemKind(StrEnum):
    POST = "post"
    COMMENT = "comment"
    MESSAGE = "message"
    CAPTION = "caption"
    PROFILE_FIELD = "profile_field"
    CHECK_IN = "check_in"
    PHOTO = "photo"
    VIDEO = "video"
    LOCATION_RECORD = "location_record"
    TRACK = "track"


class Audience(IntEnum):
    """How far an item reaches; severity rises with reach (a public post outranks a DM)."""

    PRIVATE = 0  # direct messages, device-only data (location history, camera roll)
    LIMITED = 1  # friends-only posts, closed groups
    PUBLIC = 2  # public posts, profile fields, bios


@dataclass(frozen=True, slots=True)
class Position:
    lat: float
    lon: float
    source: str = ""  # e.g. "exif", "xmp", "quicktime", "post.place", "records.json"
    accuracy_m: float | None = None

    def to_dict(self) -> dict[str, float]:
        return {"lat": round(self.lat, 7), "lon": round(self.lon, 7)}


def valid_position(lat: Any, lon: Any) -> bool:
    """True for a real position: numbers, in range, and not the (0, 0) "no fix" placeholder."""
    try:
        la, lo = float(lat), float(lon)
    except (TypeError, ValueError):
        return False
    if la != la or lo != lo:  # NaN
        return False
    if not (-90.0 <= la <= 90.0 and -180.0 <= lo <= 180.0):
        return False
    return not (la == 0.0 and lo == 0.0)


@dataclass(slots=True)
class Item:
    """One thing a person exposed: a post, a caption, a profile field, a photo, a visit.

    `path` is the display path of the file it came from (see `sources.tree`); `export_path`
    is the same file's path inside its export root, used for stable fingerprints.
    """

    platform: Platform
    kind: ItemKind
    path: str
    text: str = ""
    timestamp: datetime | None = None
    item_id: str | None = None
    url: str | None = None
    position: Position | None = None
    audience: Audience = Audience.PUBLIC
    field: str | None = None  # for profile fields: "email", "bio", "employer", ...
    people: tuple[str, ...] = ()  # tagged / mentioned people
    export_path: str | None = None
    extra: dict[str, Any] = dc_field(default_factory=dict)  # source-specific: camera, media refs
    # a media file's identity by content (see `auditor.media.batch.content_id`): the same photo
    # gets the same fingerprint whichever folder level was scanned
    content_id: str | None = None


NO_TIME = -(2**63)  # `Points.time_us` of a point without a time
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(slots=True)
class Points:
    """Many text-less location records of one file at once, as columns: a location history
    holds millions of them, and one Item, Position and datetime per record was most of a
    scan's time (issue 18). Point `i` stands for exactly the Item `items()` gives back: `kind`
    and `audience` as below, no text, id or people, a `Position(lat[i], lon[i], source,
    accuracy[i])`, the UTC time `time_us[i]` (microseconds since 1970, `NO_TIME` when none)
    and `extras[i]` (the record's source facts, such as a device tag; None when none).

    A source yields a `Points` batch only when asked (`SourceContext.points`, set by the
    streaming engine); it never carries text, a place name or a label, so only the rules that
    need no text and apply to its kind could see it (the engine decides that once per batch).
    """

    platform: Platform
    path: str
    source: str  # the Position.source of every point, e.g. "records.json"
    export_path: str | None = None
    kind: ItemKind = ItemKind.LOCATION_RECORD
    audience: Audience = Audience.PRIVATE
    lat: array = dc_field(default_factory=lambda: array("d"))
    lon: array = dc_field(default_factory=lambda: array("d"))
    accuracy: list[float | None] = dc_field(default_factory=list)
    time_us: array = dc_field(default_factory=lambda: array("q"))
    extras: list[dict[str, Any] | None] = dc_field(default_factory=list)

    def __len__(self) -> int:
        return len(self.lat)

    def timestamp(self, i: int) -> datetime | None:
        us = self.time_us[i]
        return None if us == NO_TIME else _EPOCH + timedelta(microseconds=us)

    def items(self) -> Iterator[Item]:
        """Every point as the Item it stands for, in order."""
        for i in range(len(self.lat)):
            extra = self.extras[i]
            yield Item(
                platform=self.platform,
                kind=self.kind,
                path=self.path,
                timestamp=self.timestamp(i),
                position=Position(self.lat[i], self.lon[i], self.source, self.accuracy[i]),
                audience=self.audience,
                export_path=self.export_path,
                extra=dict(extra) if extra else {},
            )


def utc_us(dt: datetime) -> int:
    """An aware datetime as whole microseconds since 1970 UTC (exact: `Points.timestamp` gives it back)."""
    return (dt - _EPOCH) // timedelta(microseconds=1)


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    name: str
    category: Category
    severity: Severity
    confidence: float
    platform: Platform
    path: str
    message: str
    remediation: str
    evidence: str
    fix: str = "manual"  # "auto" when `auditor strip` can fix it
    item_id: str | None = None
    timestamp: datetime | None = None
    url: str | None = None
    location: Position | None = None
    why: str = ""
    policy: str = ""  # the policy clause the finding cites
    fingerprint_key: str = ""  # what makes this finding distinct within its item
    export_path: str | None = None
    extra: dict[str, Any] = dc_field(default_factory=dict)
    group: str = ""  # the checklist section (see GROUPS), resolved by the engine; never "where_found"
    content_id: str | None = None  # the item's `content_id` (media files)
    item_kind: str = ""  # what kind of thing the person fixes (see `action_kind`); "" for older results
    # one finding per exposure (`auditor.exposure.merge`): how many items repeat it, and each of them
    # ({"item_id", "url", "timestamp", "path"}), so every one can still be found and fixed
    count: int = 1
    items: tuple[dict[str, Any], ...] = ()
    member_fingerprints: frozenset[str] = frozenset()  # the merged findings' own (a baseline may hold them)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self)

    @property
    def legacy_fingerprint(self) -> str:
        """The fingerprint as auditor 1 computed it (baselines written then still match)."""
        return legacy_fingerprint(self)

    def to_dict(self, show_evidence: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "code": self.code,
            "name": self.name,
            "category": str(self.category),
            "severity": str(self.severity),
            "confidence": round(self.confidence, 3),
            "platform": str(self.platform),
            "path": self.path,
            "item_id": self.item_id,
            "timestamp": self.timestamp.isoformat() if self.timestamp else None,
            "url": self.url,
            "location": self.location.to_dict() if self.location else None,
            "evidence": self.evidence if show_evidence else redact(self.evidence),
            "message": self.message,
            "remediation": self.remediation,
            "why": self.why,
            "policy": self.policy,
            "fix": self.fix,
            "group": self.group or default_group(self.category),
            "fingerprint": self.fingerprint,
            "item_kind": self.item_kind or None,
        }
        if self.count > 1:
            d["count"] = self.count
            d["item_ids"] = [str(i.get("item_id") or i.get("path") or "") for i in self.items]
            d["items"] = list(self.items)
        legacy = self.legacy_fingerprint
        if legacy != d["fingerprint"]:  # media and inferences changed: older files are matched on this one
            d["fingerprint_v1"] = legacy
        for k, v in self.extra.items():
            d.setdefault(k, v)
        return d


ACTION_KINDS = (
    "post", "comment", "story", "message", "tag_own_post", "tag_others_post", "check_in", "profile_field",
    "connection", "memory", "location_record", "photo_file", "activity", "account", "inference",
)  # fmt: skip


def action_kind(item: Item, category: Category) -> str:
    """What kind of thing a person must fix for a finding about `item`: its fix steps follow it.

    The item's own kind first (a message is unsent, a comment deleted, a profile field edited),
    then what the export's file says it is (a story, a Snapchat memory), then the finding's
    category (a colleague tagged in your own post, or a post of someone else's that tags you).
    """
    kind = item.kind
    where = (item.export_path or item.path or "").lower().replace("\\", "/")
    name = where.rsplit("/", 1)[-1]
    if category == Category.ACCOUNT_REGISTRATION:
        return "account"
    if kind == ItemKind.MESSAGE:
        return "message"
    if kind == ItemKind.PROFILE_FIELD:
        return "connection" if item.field == "connection" else "profile_field"
    if kind == ItemKind.CHECK_IN:
        return "check_in"
    if kind == ItemKind.LOCATION_RECORD:
        return "location_record"
    if kind == ItemKind.TRACK:
        return "activity"
    if item.platform == Platform.PHOTOS:
        return "photo_file"
    if item.platform == Platform.SNAPCHAT and "memor" in where:
        return "memory"
    if kind == ItemKind.COMMENT:
        return "comment"
    if "stories" in name or "archived_stories" in where or item.extra.get("story"):
        return "story"
    if category == Category.COLLEAGUE_EXPOSURE and (item.people or item.extra.get("tagged_by")):
        return "tag_others_post" if item.extra.get("tagged_by") or item.extra.get("owner") == "other" else "tag_own_post"
    return "post"


def fingerprint(f: Finding) -> str:
    """A stable identity for a finding.

    Built from what the finding is about (rule, platform, the platform's own item id, a media
    file's content, or the file's path inside its export, and the matched key), never from where
    the export was unpacked, which folder level was scanned, the order of findings, or when the
    scan ran, so baselines do not churn when the same data is exported or scanned again.
    """
    # an inference is about a place, whichever platform happened to hold most of its evidence
    platform = "" if f.category == Category.PATTERN_OF_LIFE else str(f.platform)
    if f.count > 1:  # one exposure in one file: the file and the term, whichever items repeat it
        return _digest(f, platform, "exposure:" + (f.export_path or f.path))
    return _digest(f, platform, f.item_id or f.content_id or f.export_path or f.path)


def legacy_fingerprint(f: Finding) -> str:
    """Fingerprint version 1, which depended on the folder level scanned (media by path,
    inferences by their main platform); baselines written then still match through it."""
    return _digest(f, str(f.platform), f.item_id or f.export_path or f.path)


def _digest(f: Finding, platform: str, where: str) -> str:
    raw = "\x1f".join([f.code, platform, where, f.fingerprint_key.casefold()])
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


def redact(text: str) -> str:
    """Keep the shape of evidence but not its content: first and last character of each word.

    Evidence is the quoted text or value that fired a rule; by default reports carry only a
    redacted form so a shared report does not re-expose what it warns about.
    """
    if not text:
        return text
    out = []
    for word in text.split(" "):
        if len(word) <= 2:
            out.append("*" * len(word))
        else:
            out.append(word[0] + "*" * (len(word) - 2) + word[-1])
    return " ".join(out)


# what must never reach a person's screen raw: C0 controls (ESC, CR, clear-screen ...) but
# newline and tab, DEL, C1 controls (CSI, OSC ...), line/paragraph separators and bidi controls
_UNSAFE_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _shown(m: re.Match[str]) -> str:
    o = ord(m.group(0))
    return f"\\x{o:02x}" if o < 0x100 else f"<U+{o:04X}>"


def visible(text: Any) -> str:
    """`text` safe to show a person (terminal, Markdown, CSV, HTML text, CLI messages).

    The one sanitiser of every human-facing output: control characters are shown escaped
    (`\\x1b`, `\\x0d`), bidi and line-separator controls as `<U+202E>`, so an export cannot
    retitle a terminal window, clear the screen, colour text or reorder what is read. Newline
    and tab are kept (each format decides how to show them).
    """
    s = str(text if text is not None else "")
    return _UNSAFE_TEXT.sub(_shown, s)


def visible_tree(obj: Any) -> Any:
    """A copy of a result dict (or any JSON value) with every string made `visible`."""
    if isinstance(obj, dict):
        return {k: visible_tree(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [visible_tree(v) for v in obj]
    if isinstance(obj, str):
        return visible(obj)
    return obj


@dataclass(frozen=True, slots=True)
class ScanError:
    path: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "reason": self.reason}


@dataclass(slots=True)
class ScanResult:
    tool_version: str
    profile: str
    findings: list[Finding] = dc_field(default_factory=list)
    errors: list[ScanError] = dc_field(default_factory=list)
    stats: dict[str, dict[str, int]] = dc_field(default_factory=dict)
    coverage: list[dict[str, Any]] = dc_field(default_factory=list)
    inputs: list[str] = dc_field(default_factory=list)
    input_paths: list[str] = dc_field(default_factory=list)  # the arguments as given (for fix commands)
    notices: list[str] = dc_field(default_factory=list)
    # the active profile's policy: {"name", "title", "clauses": {category: clause}}; filled by
    # `engine.scan`, so every report can cite the clause a category breaks
    policy: dict[str, Any] | None = None
    # the export owner's own names, handles and emails, from its profile files (`sources.owner`)
    identity: dict[str, list[str]] = dc_field(default_factory=dict)

    def to_dict(self, show_evidence: bool = False) -> dict[str, Any]:
        findings = [f.to_dict(show_evidence) for f in self.findings]
        d = {
            "schema_version": SCHEMA_VERSION,
            "tool_version": self.tool_version,
            "profile": self.profile,
            "inputs": self.inputs,
            "input_paths": self.input_paths,
            "summary": summarise(findings),
            "findings": findings,
            "errors": [e.to_dict() for e in self.errors],
            "stats": self.stats,
            "coverage": self.coverage,
            "notices": self.notices,
        }
        if any(self.identity.values()):
            d["identity"] = {k: list(v) for k, v in self.identity.items()}
        if self.policy is not None:
            d["policy"] = self.policy
        return d


def summarise(findings: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts by severity (every severity, in order), category and platform of finding dicts.

    Works on the dict form so a saved, filtered or hand-edited result is counted the same way as
    a fresh one; an unknown severity is counted under its own name after the known ones.
    """
    by_sev: dict[str, int] = {s: 0 for s in SEVERITY_ORDER}
    by_cat: dict[str, int] = {}
    by_plat: dict[str, int] = {}
    for f in findings:
        sev, cat, plat = str(f.get("severity")), str(f.get("category")), str(f.get("platform"))
        by_sev[sev] = by_sev.get(sev, 0) + 1
        by_cat[cat] = by_cat.get(cat, 0) + 1
        by_plat[plat] = by_plat.get(plat, 0) + 1
    return {
        "total": len(findings),
        "by_severity": by_sev,
        "by_category": dict(sorted(by_cat.items())),
        "by_platform": dict(sorted(by_plat.items())),
    }


def blocking(findings: Iterable[Finding]) -> list[Finding]:
    """The findings that make a draft or post worth reconsidering: medium or above (a low or info
    finding is a note). `auditor check`'s verdict and the safer wording both go by it."""
    return [f for f in findings if f.severity.rank >= Severity.MEDIUM.rank]


def sort_key(f: Finding) -> tuple:
    return (-f.severity.rank, str(f.category), f.path, f.item_id or "", f.code, f.fingerprint_key)
