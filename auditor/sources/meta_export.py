"""How a Meta export is found and walked: root detection, the file loop, the HTML variant.

* `classify_roots` decides which export roots in the input tree are Facebook and which are
  Instagram, from file names, folder names and (for weak names) a peek at the JSON shape, never
  from one fixed path; a Messenger-only download counts as Facebook.
* `read_export` reads every file under a root through the handler the platform module picks for
  its name and shape, and accounts for each file in coverage as parsed, skipped or not
  understood; one bad file becomes a ``ctx.error`` and the walk carries on.
* `html_records` reads the HTML variant (``section._a6-g`` records) best effort; an HTML-only
  export gets a notice asking for JSON.

It never decides what is risky and never writes anything.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from auditor.models import Audience, Item, ItemKind, Platform
from auditor.sources.base import MAX_JSON_BYTES, Coverage, SourceContext, json_top_keys, rel, under
from auditor.sources.meta_common import MetaFileError, field_for_label, label_pairs, load_meta_json, records
from auditor.tree import Entry, InputTree

MEDIA_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".mp4", ".mov", ".m4a", ".mp3", ".aac", ".wav", ".webm"}
HTML_SUFFIXES = {".html", ".htm"}
# Files Meta ships for the user's convenience, not data.
_CHROME = {"index.html", "start_here.html", "readme.txt", "no-data.txt", "preferences.html"}


# ---- HTML variant -----------------------------------------------------------------------------

_HTML_TIME_FORMATS = (
    "%b %d, %Y %I:%M:%S %p",
    "%b %d, %Y, %I:%M:%S %p",
    "%b %d, %Y %I:%M %p",
    "%b %d, %Y, %I:%M %p",
    "%d %b %Y, %H:%M",
    "%d %b %Y %H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
)


def html_time(text: str, tz: Any = None) -> datetime | None:
    """A Meta HTML footer time, in the account's zone when known (else taken as UTC)."""
    s = " ".join(text.split())
    s = re.sub(r"\b(am|pm)\b", lambda m: m.group(1).upper(), s)
    for fmt in _HTML_TIME_FORMATS:
        try:
            dt = datetime.strptime(s, fmt)
        except ValueError:
            continue
        return dt.replace(tzinfo=tz or UTC).astimezone(UTC)
    return None


def html_records(markup: str, tz: Any = None) -> list[dict[str, Any]]:
    """Records of a Meta HTML page: ``{title, text, pairs, time}`` per ``section._a6-g`` (2023+),
    or per ``div._2pin`` post body in older exports. Class names are obfuscated and drift, so this
    is best effort by design.
    """
    from bs4 import BeautifulSoup  # lazy: ~280 ms to import, and only HTML-only exports need it

    soup = BeautifulSoup(markup, "html.parser")
    out: list[dict[str, Any]] = []
    # innermost first, each detached once read: a nested record is never re-read by the one
    # around it, so deep nesting costs linear time (it was worse than quadratic)
    for sec in reversed(soup.select("section._a6-g")):
        sec.extract()
        h2 = sec.find("h2")
        title = h2.get_text(" ", strip=True) if h2 else ""
        footer = sec.find("footer")
        when = html_time(footer.get_text(" ", strip=True), tz) if footer else None
        if footer:
            footer.extract()
        pairs = []
        for row in sec.select("tr"):
            label, value = row.select_one("td._a6_q"), row.select_one("td._a6_r")
            if label is not None and value is not None:
                pairs.append((label.get_text(" ", strip=True), value.get_text(" ", strip=True)))
        body = sec.select_one("div._2pin, div._a6-p")
        text = body.get_text(" ", strip=True) if body else ""
        out.append({"title": title, "text": text, "pairs": pairs, "time": when})
    out.reverse()
    if not out:
        for body in reversed(soup.select("div._2pin")):
            block = _pam_block(body)
            date = block.select_one("div._2lem, div._a72d") if block else None
            body.extract()
            out.append(
                {
                    "title": "",
                    "text": body.get_text(" ", strip=True),
                    "pairs": [],
                    "time": html_time(date.get_text(" ", strip=True), tz) if date else None,
                }
            )
        out.reverse()
    return out


def _pam_block(body: Any) -> Any:
    """The post's enclosing ``div.pam`` within a few levels (a bounded walk), else its parent."""
    node = body.parent
    for _ in range(6):
        if node is None:
            break
        if node.name == "div" and "pam" in (node.get("class") or []):
            return node
        node = node.parent
    return body.parent


# ---- detection --------------------------------------------------------------------------------

FB_DIRS = {
    "your_facebook_activity",
    "your_activity_across_facebook",
    "personal_information",
    "profile_information",
    "posts",
    "comments",
    "comments_and_reactions",
    "messages",
    "inbox",
    "archived_threads",
    "filtered_threads",
    "message_requests",
    "e2ee_cutover",
    "logged_information",
    "location",
    "your_places",
    "events",
    "groups",
    "friends",
    "friends_and_followers",
    "connections",
    "search_history",
    "search",
    "likes_and_reactions",
    "photos_and_videos",
    "stories",
    "facebook_news",
    "security_and_login_information",
    "apps_and_websites_off_of_facebook",
    "preferences",
    "ads_information",
    "album",
    "reels",
    "other_activity",
    "pages",
    "marketplace",
}
IG_DIRS = {
    "your_instagram_activity",
    "personal_information",
    "account_information",
    "information_about_you",
    "content",
    "media",
    "comments",
    "messages",
    "inbox",
    "message_requests",
    "connections",
    "followers_and_following",
    "logged_information",
    "security_and_login_information",
    "login_and_account_creation",
    "ads_information",
    "preferences",
    "apps_and_websites_off_of_instagram",
    "likes",
    "saved",
    "story_sticker_interactions",
    "past_instagram_insights",
}
_FB_ONLY = {
    "your_facebook_activity",
    "your_activity_across_facebook",
    "profile_information",
    "comments_and_reactions",
    "your_places",
    "facebook_news",
    "friends_and_followers",
    "apps_and_websites_off_of_facebook",
}
_IG_ONLY = {
    "your_instagram_activity",
    "information_about_you",
    "followers_and_following",
    "apps_and_websites_off_of_instagram",
    "past_instagram_insights",
    "story_sticker_interactions",
}


def _strip_dirs(dirpath: str, vocab: set[str]) -> str:
    parts = dirpath.split("/") if dirpath else []
    while parts and parts[-1] in vocab:
        parts.pop()
    return "/".join(parts)


_HTML_MARKERS = (b"_a6-g", b"_a706", b"_2pin", b"_3-96", b"_a72d")


def _peek(entry: Entry, *markers: bytes, size: int = 4096) -> bool:
    """True when the file's first bytes hold one of `markers` (a cheap shape check)."""
    try:
        head = entry.read(size)
    except OSError:
        return False
    return any(m in head for m in markers)


# File names that only Meta uses; weaker names must also show a Meta JSON marker.
_FB_NAMES = ("profile_information", "profile_update_history")
_FB_WEAK = {
    "location_history": b"_v2",
    "places_you've_created": b"_v2",
    "your_events": b"_v2",
    "last_location": b"_v2",
    "comments": b"comments_v2",
    "your_comments_in_groups": b"group_comments_v2",
}
_IG_NAMES = ("account_based_in", "profile_based_in", "professional_information", "signup_information", "possible_emails")
_IG_WEAK = {
    "personal_information": b"profile_user",
    "posts_1": b'"media"',
    "post_comments_1": b"string_map_data",
    "post_comments": b"comments_media_comments",
    "stories": b"ig_stories",
    "reels": b"ig_reels_media",
}


def _lone_thread(entry: Entry) -> bool:
    """A thread file by its top-level keys, streamed (a group thread's participants can fill
    the first kilobytes): ``messages`` whose records carry ``sender_name``."""
    keys = json_top_keys(entry, 16, enough=lambda k: "messages" in k)
    return "messages" in keys and _peek(entry, b'"sender_name"', size=1 << 20)


def _vote(entry: Entry) -> tuple[str, str] | None:
    """(platform, root) a file votes for, from its name, folder names and (for weak names) its shape."""
    d, name = posixpath.split(entry.vpath)
    parts = set(d.split("/")) if d else set()
    is_message = name.startswith("message_") and entry.suffix in (".json", ".html") and "messages" in parts
    if is_message:
        d = posixpath.dirname(d)  # the thread folder is named after the thread, not a known folder
    # a folder only one platform uses decides at once, whatever the file is
    if parts & _IG_ONLY:
        return "instagram", _strip_dirs(d, IG_DIRS)
    if parts & _FB_ONLY:
        return "facebook", _strip_dirs(d, FB_DIRS)
    # past the folder test only JSON and HTML files can vote (media files say nothing about the platform)
    if entry.suffix not in (".json", ".html"):
        return None
    base = posixpath.splitext(name)[0]
    is_json = entry.suffix == ".json"
    # names only one platform writes vote without a peek at the content
    if base in _FB_NAMES or base.startswith("your_posts"):
        return "facebook", _strip_dirs(d, FB_DIRS)
    if base in _IG_NAMES:
        return "instagram", _strip_dirs(d, IG_DIRS)
    if base in _FB_WEAK or base in _IG_WEAK:
        # weak names must show Meta's JSON keys, or Meta's page markup for the HTML variant
        fb = base in _FB_WEAK and (_peek(entry, _FB_WEAK[base]) if is_json else _peek(entry, *_HTML_MARKERS, size=65536))
        if fb:
            return "facebook", _strip_dirs(d, FB_DIRS)
        if base in _IG_WEAK and (_peek(entry, _IG_WEAK[base]) if is_json else _peek(entry, *_HTML_MARKERS, size=65536)):
            return "instagram", _strip_dirs(d, IG_DIRS)
    # an inbox thread with no platform folder votes "messenger": a root of only those is a Messenger download
    if is_message and "inbox" in parts and (not is_json or _peek(entry, b'"participants"')):
        return "messenger", _strip_dirs(d, FB_DIRS | IG_DIRS)
    # a thread file on its own (no messages/inbox folders, maybe no participants): its records say what it is
    if not is_message and is_json and re.fullmatch(r"message_\d+\.json", name) and _lone_thread(entry):
        plat = "instagram" if _peek(entry, b"instagram.com", size=65536) else "messenger"
        return plat, posixpath.dirname(d) if d else d
    return None


def classify_roots(tree: InputTree) -> dict[str, str]:
    """Map each Meta export root in the tree to "facebook" or "instagram".

    Every JSON/HTML file votes by its name and folder names; a root with only Messenger-style
    threads (a Messenger-only download) goes to Facebook. Cached on the tree object.
    """
    cached = getattr(tree, "_meta_roots", None)
    if cached is not None:
        return cached
    votes: dict[str, dict[str, int]] = {}
    for e in tree.entries:
        v = _vote(e)
        if v is None:
            continue
        plat, root = v
        votes.setdefault(root, {}).setdefault(plat, 0)
        votes[root][plat] += 1
    out: dict[str, str] = {}
    for root, v in votes.items():
        fb, ig = v.get("facebook", 0), v.get("instagram", 0)
        if fb == 0 and ig == 0:
            out[root] = "facebook"
        else:
            out[root] = "instagram" if ig > fb else "facebook"
    # a root nested inside another root of the same platform is part of it (media subfolders)
    for root in sorted(out, key=len, reverse=True):
        for other in out:
            if other != root and out[other] == out[root] and (other == "" or root.startswith(other + "/")):
                out.pop(root, None)
                break
    try:
        tree._meta_roots = out  # type: ignore[attr-defined]
    except AttributeError:
        pass
    return out


# ---- the file loop both sources share -----------------------------------------------------------

Handler = Callable[[Any, Entry], Iterable[Item]]


_RECORD_KEYS = {"string_list_data", "string_map_data", "label_values", "media_list_data", "media_map_data"}


def looks_meta(data: Any) -> bool:
    """A Meta-shaped JSON file we have no use for (friends, reactions, ads ...): skipped, not "not understood"."""
    if isinstance(data, dict):
        if not data or _RECORD_KEYS & set(data):
            return True
        return any(k.endswith("_v2") for k in data) or any(isinstance(v, list) and v and looks_meta(v) for v in data.values())
    if isinstance(data, list):
        return bool(data) and all(isinstance(r, dict) and (_RECORD_KEYS & set(r) or "timestamp" in r) for r in data[:20])
    return False


def read_export(
    tree: InputTree,
    root: str,
    ctx: SourceContext,
    cov: Coverage,
    platform: Platform,
    pick: Callable[[str, Any], Handler | None],
    html_pick: Callable[[str], ItemKind | None],
    tz: Any = None,
) -> Iterator[Item]:
    """Read every file under `root`: JSON through the handler `pick` chooses for its path and
    shape, HTML through `html_records`; account for each file in coverage."""
    json_seen = False
    html_parsed: list[str] = []
    for e in under(tree, root):
        r = rel(e, root)
        if e.suffix in MEDIA_SUFFIXES:
            cov.skip(r, "media file (the photo stage reads it)")
            continue
        if e.name.lower() in _CHROME:
            cov.skip(r, "the export's index page or a no-data note")
            continue
        if e.suffix == ".json":
            json_seen = True
            try:
                data = load_meta_json(e)
            except MetaFileError as exc:
                ctx.error(e, f"{platform} export file: {exc}")
                continue
            handler = pick(r, data)
            if handler is None:
                if looks_meta(data):
                    cov.skip(r, f"{platform} data with nothing the rules use")
                else:
                    cov.not_understood.append(r)
                continue
            yield from _run(handler, data, e, r, ctx, cov, platform)
        elif e.suffix in HTML_SUFFIXES:
            kind = html_pick(r)
            if kind is None:
                cov.skip(r, "an HTML page with nothing the rules use")
                continue
            yield from _run(lambda _d, ent, k=kind: html_items(ent, k, platform, tz), None, e, r, ctx, cov, platform)
            html_parsed.append(r)
        else:
            cov.not_understood.append(r)
    if html_parsed and not json_seen:
        note = (
            f"{platform} export at '{root or '.'}' is the HTML variant only: read best effort from its page markup; "
            "request the JSON format for a complete audit"
        )
        cov.notes.append(note)
        ctx.notices.append(note)


def _run(handler: Handler, data: Any, e: Entry, r: str, ctx: SourceContext, cov: Coverage, platform: Platform) -> Iterator[Item]:
    out: list[Item] = []
    try:
        for item in handler(data, e):
            item.export_path = r
            out.append(item)
    except MetaFileError as exc:
        ctx.error(e, f"{platform} export file: {exc}")
    except (AttributeError, TypeError, KeyError, ValueError, IndexError, RecursionError) as exc:
        ctx.error(e, f"unexpected shape in {platform} export file: {exc.__class__.__name__}: {exc}")
    except Exception as exc:  # noqa: BLE001 - one hostile file must never stop a scan
        ctx.error(e, f"unreadable {platform} export file: {exc.__class__.__name__}")
    else:
        cov.parsed.append(r)
    if out and r not in cov.parsed:
        cov.parsed.append(r)  # partly read: the good records still count
    cov.items += len(out)
    yield from out


def html_items(entry: Entry, kind: ItemKind, platform: Platform, tz: Any = None) -> Iterator[Item]:
    try:
        markup = entry.read(MAX_JSON_BYTES + 1).decode("utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        raise MetaFileError(f"HTML page is not UTF-8 (byte {exc.start})") from exc
    for rec in html_records(markup, tz):
        if kind == ItemKind.PROFILE_FIELD:
            for label, value in rec["pairs"]:
                fld = field_for_label(label)
                if fld and value:
                    yield Item(
                        platform=platform,
                        kind=kind,
                        path=entry.display,
                        text=value,
                        field=fld,
                        timestamp=rec["time"],
                        extra={"html": True},
                    )
            continue
        text = rec["text"] or " ".join(v for _l, v in rec["pairs"])
        if not text:
            continue
        ts = rec["time"]
        yield Item(
            platform=platform,
            kind=kind,
            path=entry.display,
            text=text,
            timestamp=ts,
            item_id=f"{kind}@{int(ts.timestamp())}" if ts else None,
            audience=Audience.PRIVATE if kind == ItemKind.MESSAGE else Audience.PUBLIC,
            extra={"html": True, "title": rec["title"], "synthetic_id": True},
        )


def zone_of(tree: InputTree, root: str) -> Any:
    """The account's time zone from ``timezone.json`` (``timezone_v2`` or label_values), if any."""
    for e in under(tree, root):
        if e.name != "timezone.json":
            continue
        try:
            data = load_meta_json(e)
        except MetaFileError:
            return None
        names: list[Any] = []
        if isinstance(data, dict) and isinstance(data.get("timezone_v2"), str):
            names.append(data["timezone_v2"])
        for rec in records(data):
            names.extend(v for _l, v in label_pairs(rec))
        for n in names:
            try:
                return ZoneInfo(str(n))
            except (ValueError, KeyError, OSError):
                continue
    return None


def html_picker(kinds: tuple[tuple[str, ItemKind], ...]):
    """A chooser of the item kind an HTML page holds, by the prefix of its file name."""

    def pick(r: str) -> ItemKind | None:
        name = posixpath.basename(r)
        return next((kind for prefix, kind in kinds if name.startswith(prefix)), None)

    return pick


class MetaSource:
    """Detect and read one Meta platform's exports; subclasses name the platform and pickers.

    Facebook and Instagram share everything but which files hold what, so a subclass sets
    `platform`, `pick` (JSON file -> reader) and `html_pick` (HTML page -> item kind).
    """

    platform: Platform
    name: str
    pick: Any
    html_pick: Any

    def detect(self, tree: InputTree) -> list[str]:
        return sorted(r for r, plat in classify_roots(tree).items() if plat == str(self.platform))

    def read(self, tree: InputTree, root: str, ctx: SourceContext, cov: Coverage) -> Iterable[Item]:
        cls = type(self)
        return read_export(tree, root, ctx, cov, self.platform, cls.pick, cls.html_pick, tz=zone_of(tree, root))
