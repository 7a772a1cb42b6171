"""Shared machinery for Meta exports (Facebook, Instagram, Messenger): JSON repair and shapes.

Responsible for what every Meta "Download your information" export has in common:

* the mojibake repair (EXPORT_FORMATS 1.1): Meta writes each UTF-8 byte as its own ``\\u00XX``
  escape, so every string and every key is re-read as UTF-8 after parsing. Only Meta JSON goes
  through `fix_mojibake`; other platforms are plain UTF-8 and must not.
* the record shapes: ``string_map_data`` / ``string_list_data`` and the 2025 ``label_values``
  records (a file holding one record stores it as a bare object), looked up through alias lists
  because labels follow the account language;
* Messenger-style threads (Facebook Messenger and Instagram DMs share the shape);
* media metadata positions, flat or wrapped in ``exif_data[0]``;
* the HTML variant (``section._a6-g`` records), best effort;
* deciding which export roots belong to Facebook and which to Instagram, from the file
  inventory and JSON shape rather than one fixed path.

It never decides what is risky and never raises for one bad file: callers turn `MetaFileError`
and shape errors into ``ctx.error``.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from auditor.models import Audience, Item, ItemKind, Platform, Position, valid_position
from auditor.sources.base import MAX_JSON_BYTES, Coverage, SourceContext, rel, under
from auditor.sources.tree import Entry, InputTree

MEDIA_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".mp4", ".mov", ".m4a", ".mp3", ".aac", ".wav", ".webm"}
HTML_SUFFIXES = {".html", ".htm"}
# Files Meta ships for the user's convenience, not data.
_CHROME = {"index.html", "start_here.html", "readme.txt", "no-data.txt", "preferences.html"}


class MetaFileError(ValueError):
    """A Meta file that cannot be read: truncated, malformed, wrongly encoded or wrongly typed."""


# ---- mojibake ---------------------------------------------------------------------------------


def fix_text(s: str) -> str:
    """Re-read a string whose code points are UTF-8 bytes; leave genuine text alone."""
    if s.isascii():
        return s
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s  # above U+00FF: already correct; lone Latin-1 byte: genuine Latin-1 text


def fix_mojibake(obj: Any) -> Any:
    """Repair every string and every dict key in a parsed Meta JSON tree."""
    if isinstance(obj, str):
        return fix_text(obj)
    if isinstance(obj, list):
        return [fix_mojibake(v) for v in obj]
    if isinstance(obj, dict):
        return {fix_text(k) if isinstance(k, str) else k: fix_mojibake(v) for k, v in obj.items()}
    return obj


def load_meta_json(entry: Entry) -> Any:
    """Parse one Meta JSON file and repair its mojibake; `MetaFileError` says why it failed."""
    if entry.size > MAX_JSON_BYTES:
        raise MetaFileError(f"file too large to parse ({entry.size} bytes)")
    try:
        raw = entry.read(MAX_JSON_BYTES + 1)
    except OSError as exc:
        raise MetaFileError(f"unreadable: {exc}") from exc
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MetaFileError(f"not UTF-8 text (byte {exc.start}): wrongly encoded") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MetaFileError(f"malformed or truncated JSON: {exc.msg} at line {exc.lineno}") from exc
    return fix_mojibake(data)


# ---- small value helpers ----------------------------------------------------------------------


def epoch(value: Any) -> datetime | None:
    """Epoch seconds or milliseconds (number or digit string) -> aware UTC datetime; 0 is none."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        value = value.strip()
        if not re.fullmatch(r"\d+(\.\d+)?", value):
            return None
        value = float(value)
    if not isinstance(value, (int, float)) or value <= 0:
        return None
    if value > 1e11:  # milliseconds
        value = value / 1000.0
    try:
        return datetime.fromtimestamp(value, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def position(lat: Any, lon: Any, source: str) -> Position | None:
    return Position(float(lat), float(lon), source=source) if valid_position(lat, lon) else None


def coordinate_position(obj: Any, source: str) -> Position | None:
    """A ``{coordinate: {latitude, longitude}}`` (or bare ``{latitude, longitude}``) position."""
    if not isinstance(obj, dict):
        return None
    c = obj.get("coordinate", obj)
    if isinstance(c, dict):
        return position(c.get("latitude"), c.get("longitude"), source)
    return None


_DIGITS = re.compile(r"\d{6,}")


def media_id(uri: Any) -> str | None:
    """The platform's media id from a uri's file name: its longest run of digits (last on ties)."""
    if not isinstance(uri, str) or not uri:
        return None
    stem = posixpath.splitext(posixpath.basename(uri.split("?")[0]))[0]
    runs = _DIGITS.findall(stem)
    if not runs:
        return None
    best = max(len(r) for r in runs)
    return [r for r in runs if len(r) == best][-1]


def media_kind(uri: Any) -> ItemKind:
    ext = posixpath.splitext(str(uri or "").split("?")[0])[1].lower()
    return ItemKind.VIDEO if ext in (".mp4", ".mov", ".webm", ".m4v") else ItemKind.PHOTO


def exif_records(media: dict[str, Any]) -> list[dict[str, Any]]:
    """The EXIF-like dicts of a media object: flat in ``photo_metadata`` or in its ``exif_data`` list."""
    md = media.get("media_metadata")
    out: list[dict[str, Any]] = []
    if not isinstance(md, dict):
        return out
    for key in ("photo_metadata", "video_metadata"):
        block = md.get(key)
        if not isinstance(block, dict):
            continue
        exif = block.get("exif_data")
        if isinstance(exif, list):
            out.extend(x for x in exif if isinstance(x, dict))
        elif isinstance(exif, dict):
            out.append(exif)
        out.append(block)  # the older flat shape keeps the fields directly in the block
    return out


def media_position(media: dict[str, Any]) -> Position | None:
    for rec in exif_records(media):
        p = position(rec.get("latitude"), rec.get("longitude"), "meta.exif_data")
        if p:
            return p
    return None


def media_extra(media: dict[str, Any]) -> dict[str, Any]:
    extra: dict[str, Any] = {"media_uri": media.get("uri"), "strippable": False}
    for rec in exif_records(media):
        for key in ("upload_ip", "camera_make", "camera_model", "device_id", "taken_timestamp", "date_time_original"):
            if rec.get(key) not in (None, "") and key not in extra:
                extra[key] = rec[key]
    return extra


# ---- string_map_data / label_values ---------------------------------------------------------


def _norm(label: Any) -> str:
    return " ".join(str(label).replace("\u2019", "'").split()).casefold()


def records(data: Any) -> list[dict[str, Any]]:
    """A file's records: a list as is, a bare object (one-record file) as a one-item list."""
    if isinstance(data, list):
        return [r for r in data if isinstance(r, dict)]
    if isinstance(data, dict):
        return [data]
    return []


def smd_lookup(smd: Any, aliases: Iterable[str]) -> tuple[str, Any] | None:
    """(value, timestamp) of the first string_map_data key among `aliases` (any case/language)."""
    if not isinstance(smd, dict):
        return None
    wanted = {_norm(a) for a in aliases}
    for key, val in smd.items():
        if _norm(key) in wanted:
            if isinstance(val, dict):
                v = val.get("value") or val.get("href") or ""
                return str(v), val.get("timestamp")
            if isinstance(val, (str, int, float)):
                return str(val), None
    return None


def label_pairs(rec: Any) -> list[tuple[str, Any]]:
    """Flatten a label_values record into (label, value) pairs, descending into ``dict`` entries."""
    out: list[tuple[str, Any]] = []

    def walk(items: Any, prefix: str) -> None:
        if isinstance(items, dict):
            items = [items]
        if not isinstance(items, list):
            return
        for lv in items:
            if not isinstance(lv, dict):
                continue
            label = str(lv.get("label") or lv.get("title") or prefix)
            if "value" in lv and lv["value"] not in (None, ""):
                out.append((label, lv["value"]))
            elif lv.get("href"):
                out.append((label, lv["href"]))
            if "dict" in lv:
                walk(lv["dict"], label)
            if "vec" in lv:
                walk(lv["vec"], label)

    if isinstance(rec, dict):
        walk(rec.get("label_values"), "")
    return out


def label_children(rec: Any, aliases: Iterable[str]) -> list[str]:
    """Every string value under a label in `aliases`, its own value or nested in its ``dict``."""
    wanted = {_norm(a) for a in aliases}
    out: list[str] = []

    def collect(lv: Any) -> None:
        if isinstance(lv, list):
            for x in lv:
                collect(x)
        elif isinstance(lv, dict):
            if isinstance(lv.get("value"), str) and lv["value"]:
                out.append(lv["value"])
            collect(lv.get("dict"))
            collect(lv.get("vec"))

    def walk(items: Any) -> None:
        for lv in items if isinstance(items, list) else [items] if isinstance(items, dict) else []:
            if not isinstance(lv, dict):
                continue
            if _norm(lv.get("label") or lv.get("title") or "") in wanted:
                collect(lv)
            else:
                walk(lv.get("dict"))

    if isinstance(rec, dict):
        walk(rec.get("label_values"))
    return out


def label_lookup(pairs: list[tuple[str, Any]], aliases: Iterable[str]) -> list[Any]:
    wanted = {_norm(a) for a in aliases}
    return [v for label, v in pairs if _norm(label) in wanted]


# Field aliases in the languages Meta exports most often; matched case-insensitively.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "email": (
        "Email",
        "Emails",
        "E-mail",
        "E-Mail",
        "Email address",
        "Adresse e-mail",
        "E-Mail-Adresse",
        "Correo electrónico",
        "E-mailadres",
        "Indirizzo e-mail",
        "E-post",
        "E-mailadresse",
        "Endereço de e-mail",
        "Courriel",
    ),
    "previous_email": ("Previous emails", "Previous email", "Anciennes adresses e-mail", "Frühere E-Mail-Adressen"),
    "phone": (
        "Phone Number",
        "Phone number",
        "Phone",
        "Phone numbers",
        "Mobile",
        "Numéro de téléphone",
        "Telefonnummer",
        "Número de teléfono",
        "Telefoonnummer",
        "Numero di telefono",
        "Número de telefone",
        "Téléphone",
    ),
    "bio": ("Bio", "Biography", "Biographie", "Biografía", "Biografie", "Biografia", "Intro"),
    "username": (
        "Username",
        "User name",
        "Nom d'utilisateur",
        "Benutzername",
        "Nombre de usuario",
        "Gebruikersnaam",
        "Nome utente",
        "Nome de usuário",
        "Brugernavn",
        "Användarnamn",
    ),
    "name": ("Name", "Full name", "Nom", "Nombre", "Naam", "Nome", "Navn", "Namn", "Nom complet"),
    "location": (
        "City Name",
        "City",
        "Current city",
        "Nom de la ville",
        "Ville",
        "Ville actuelle",
        "Stadt",
        "Name der Stadt",
        "Wohnort",
        "Ciudad",
        "Nombre de la ciudad",
        "Stad",
        "Città",
        "Cidade",
        "By",
    ),
    "hometown": ("Hometown", "Ville d'origine", "Heimatstadt", "Ciudad de origen"),
    "website": ("Website", "Websites", "Site web", "Webseite", "Sitio web", "Sito web"),
    "employer": ("Employer", "Work", "Company", "Company name", "Employeur", "Arbeitgeber", "Empresa", "Werkgever"),
    "job_title": ("Job title", "Position", "Poste", "Berufsbezeichnung", "Cargo"),
    "category": ("Category", "Catégorie", "Kategorie", "Categoría"),
}
TEXT_ALIASES = (
    "Text",
    "Post",
    "Caption",
    "Description",
    "Comment",
    "Message",
    "Texte",
    "Tekst",
    "Beitrag",
    "Publicación",
    "Texto",
    "Légende",
    "Kommentar",
    "Commentaire",
    "Comentario",
)
TITLE_ALIASES = ("Title", "Titel", "Titre", "Título", "Titolo")
TIME_ALIASES = ("Time", "Timestamp", "Date", "Creation time", "Tijd", "Heure", "Zeit", "Hora", "Ora", "Tid")
PEOPLE_ALIASES = ("Tags", "Tagged", "Tagged people", "People", "With", "Personnes identifiées", "Markierte Personen")
PLACE_ALIASES = ("Place", "Location", "Lieu", "Ort", "Lugar", "Luogo")


def field_for_label(label: str) -> str | None:
    n = _norm(label)
    for fld, aliases in FIELD_ALIASES.items():
        if n in {_norm(a) for a in aliases}:
            return fld
    return None


# ---- Messenger-style threads ------------------------------------------------------------------


def is_thread(data: Any) -> bool:
    return isinstance(data, dict) and isinstance(data.get("messages"), list) and "participants" in data


def thread_items(data: dict[str, Any], entry: Entry, platform: Platform) -> Iterator[Item]:
    """Messages of one Messenger/DM thread file (newest first in the file; order kept)."""
    participants = tuple(str(p.get("name")) if isinstance(p, dict) else str(p) for p in data.get("participants") or [] if p)
    thread = str(data.get("title") or "")
    for msg in data["messages"]:
        if not isinstance(msg, dict):
            raise MetaFileError("a message is not an object")
        text = str(msg.get("content") or "")
        share = msg.get("share")
        if isinstance(share, dict):
            text = " ".join(t for t in (text, str(share.get("share_text") or ""), str(share.get("link") or "")) if t)
        media = [
            m.get("uri")
            for k in ("photos", "videos", "gifs", "audio_files", "files")
            for m in msg.get(k) or []
            if isinstance(m, dict) and m.get("uri")
        ]
        if not text and not media:
            continue
        ts = msg.get("timestamp_ms", msg.get("timestamp"))
        yield Item(
            platform=platform,
            kind=ItemKind.MESSAGE,
            path=entry.display,
            text=text,
            timestamp=epoch(ts),
            item_id=f"msg@{ts}" if ts else None,
            audience=Audience.PRIVATE,
            people=participants,
            extra={"sender": msg.get("sender_name"), "thread": thread, "media_uris": media, "synthetic_id": True},
        )


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
    from bs4 import BeautifulSoup  # imported lazily: only HTML-only exports need it

    soup = BeautifulSoup(markup, "html.parser")
    out: list[dict[str, Any]] = []
    for sec in soup.select("section._a6-g"):
        title = sec.find("h2").get_text(" ", strip=True) if sec.find("h2") else ""
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
    if not out:
        for body in soup.select("div._2pin"):
            block = body.find_parent("div", class_="pam") or body.parent
            date = block.select_one("div._2lem, div._a72d") if block else None
            out.append(
                {
                    "title": "",
                    "text": body.get_text(" ", strip=True),
                    "pairs": [],
                    "time": html_time(date.get_text(" ", strip=True), tz) if date else None,
                }
            )
    return out


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


def _vote(entry: Entry) -> tuple[str, str] | None:
    """(platform, root) a file votes for, from its name, folder names and (for a few) its shape."""
    d, name = posixpath.split(entry.vpath)
    parts = set(d.split("/")) if d else set()
    if name.startswith("message_") and entry.suffix in (".json", ".html") and "messages" in parts:
        d = posixpath.dirname(d)  # the thread folder is named after the thread, not a known folder
    if parts & _IG_ONLY:
        return "instagram", _strip_dirs(d, IG_DIRS)
    if parts & _FB_ONLY:
        return "facebook", _strip_dirs(d, FB_DIRS)
    if entry.suffix not in (".json", ".html"):
        return None
    base = posixpath.splitext(name)[0]
    if (
        base in ("profile_information", "profile_update_history")
        or base.startswith("your_posts")
        or base in ("location_history", "places_you've_created", "your_events", "last_location", "your_search_history")
    ):
        return "facebook", _strip_dirs(d, FB_DIRS)
    if base in (
        "personal_information",
        "account_based_in",
        "profile_based_in",
        "posts_1",
        "post_comments",
        "professional_information",
        "signup_information",
        "possible_emails",
    ) or base.startswith("post_comments"):
        return "instagram", _strip_dirs(d, IG_DIRS)
    if base in ("stories", "reels") and parts & {"content", "media"}:
        return "instagram", _strip_dirs(d, IG_DIRS)
    if name.startswith("message_") and "inbox" in parts:
        return "messenger", _strip_dirs(d, FB_DIRS | IG_DIRS)
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


def looks_meta(data: Any) -> bool:
    """A Meta-shaped JSON file we have no use for (friends, reactions, ads ...): skipped, not 'not understood'."""
    if isinstance(data, dict):
        if "label_values" in data or "string_map_data" in data:
            return True
        return any(isinstance(k, str) and (k.endswith("_v2") or "_" in k) for k in data) or not data
    if isinstance(data, list):
        return not data or all(
            isinstance(r, dict)
            and ({"string_list_data", "string_map_data", "label_values", "timestamp", "title", "media"} & set(r))
            for r in data[:20]
        )
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
            cov.skipped.append(r)  # the media stage reads the files themselves
            continue
        if e.name.lower() in _CHROME:
            cov.skipped.append(r)
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
                (cov.skipped if looks_meta(data) else cov.not_understood).append(r)
                continue
            yield from _run(handler, data, e, r, ctx, cov, platform)
        elif e.suffix in HTML_SUFFIXES:
            kind = html_pick(r)
            if kind is None:
                cov.skipped.append(r)
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
        cov_notes = getattr(cov, "notes", None)
        if isinstance(cov_notes, list):
            cov_notes.append(note)
        notices = getattr(ctx, "notices", None)
        if isinstance(notices, list):
            notices.append(note)


def _run(handler: Handler, data: Any, e: Entry, r: str, ctx: SourceContext, cov: Coverage, platform: Platform) -> Iterator[Item]:
    out: list[Item] = []
    try:
        for item in handler(data, e):
            item.export_path = r
            out.append(item)
    except MetaFileError as exc:
        ctx.error(e, f"{platform} export file: {exc}")
    except (AttributeError, TypeError, KeyError, ValueError, IndexError) as exc:
        ctx.error(e, f"unexpected shape in {platform} export file: {exc.__class__.__name__}: {exc}")
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
    from zoneinfo import ZoneInfo

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
