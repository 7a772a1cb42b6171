"""Shared machinery for Meta exports (Facebook, Instagram, Messenger): JSON repair and shapes.

Responsible for what every Meta "Download your information" export has in common:

* the mojibake repair (EXPORT_FORMATS 1.1): Meta writes each UTF-8 byte as its own ``\\u00XX``
  escape, so every string and every key is re-read as UTF-8 after parsing. Only Meta JSON goes
  through `fix_mojibake`; other platforms are plain UTF-8 and must not.
* the record shapes: ``string_map_data`` / ``string_list_data`` and the 2025 ``label_values``
  records (a file holding one record stores it as a bare object), looked up through alias lists
  because labels follow the account language;
* Messenger-style threads (Facebook Messenger and Instagram DMs share the shape);
* media metadata positions, flat or wrapped in ``exif_data[0]``.

Finding an export and walking its files (detection, HTML variant, coverage) is in
`meta_export`. This module never decides what is risky and never reads files other than the one
`load_meta_json` is given; callers turn `MetaFileError` and shape errors into ``ctx.error``.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from auditor.models import Audience, Item, ItemKind, Platform, Position, valid_position
from auditor.sources.base import MAX_JSON_BYTES
from auditor.tree import Entry


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
    except RecursionError as exc:
        raise MetaFileError("JSON nested too deeply to read") from exc
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
    """A Messenger/DM thread file: ``participants`` + ``messages``, or (a single Instagram thread
    saved on its own) ``messages`` whose records carry ``sender_name`` and ``timestamp_ms``."""
    if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
        return False
    if "participants" in data:
        return True
    first = [m for m in data["messages"][:20] if isinstance(m, dict)]
    return bool(first) and all("sender_name" in m and "timestamp_ms" in m for m in first)


def thread_items(data: dict[str, Any], entry: Entry, platform: Platform) -> Iterator[Item]:
    """Messages of one Messenger/DM thread file (newest first in the file; order kept)."""
    # participants are normally {"name": ...} objects; a bare string is accepted as the name
    participants = tuple(str(p.get("name")) if isinstance(p, dict) else str(p) for p in data.get("participants") or [] if p)
    thread = str(data.get("title") or "")
    for msg in data["messages"]:
        if not isinstance(msg, dict):
            raise MetaFileError("a message is not an object")
        text = str(msg.get("content") or "")
        share = msg.get("share")
        # a shared link's text and address are part of what the person sent
        if isinstance(share, dict):
            text = " ".join(t for t in (text, str(share.get("share_text") or ""), str(share.get("link") or "")) if t)
        media = [
            m.get("uri")
            for k in ("photos", "videos", "gifs", "audio_files", "files")
            for m in msg.get(k) or []
            # media are referenced by uri only; the media stage reads the files themselves
            if isinstance(m, dict) and m.get("uri")
        ]
        # a message with neither text nor media (e.g. a call or reaction notice) says nothing to check
        if not text and not media:
            continue
        # threads write timestamp_ms; a plain timestamp is the fallback (`epoch` takes seconds or ms)
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
