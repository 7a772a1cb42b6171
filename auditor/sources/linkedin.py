"""LinkedIn data export (Basic / Complete, CSV): profile, positions, emails, phones, posts,
comments, messages, invitations, job applications and connections.

Detection: a folder holding any file this module reads (``Shares.csv`` and ``Comments.csv``
alone are an export too) whose header row has that file's LinkedIn columns (a
``Basic_LinkedInDataExport/`` wrapper or a zip around it is just part of the path). Files are
matched by name with the optional member-id suffix (``Shares_12345.csv``) and the alias
spellings of every generation (``Phone Numbers.csv`` and ``PhoneNumbers.csv``), and read by
`tolerant_csv`: BOM, CRLF, UTF-16 tab-separated files (2018), every header spelling
(``Share Commentary``/``ShareCommentary``, ``From``/``FROM``), the ``Notes:`` preamble of
``Connections.csv``, one-line "No ... found" files, and rows with unescaped quotes. A file
that is only partly readable keeps the rows it gave and reports the lines it lost.

This module only turns rows into Items; it never decides what is risky. A LinkedIn CSV it
knows but does not read is counted as skipped; any other file under the root as not understood.
"""

from __future__ import annotations

import csv
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from urllib.parse import unquote

from auditor.models import Audience, Item, ItemKind, Platform
from auditor.sources import tolerant_csv
from auditor.sources.base import Coverage, SourceContext, rel, under
from auditor.sources.tolerant_csv import Row
from auditor.tree import Entry, InputTree

# What reading one file (a folder file or a zip member) can raise; never fatal for the scan.
READ_ERRORS = (OSError, EOFError, zipfile.BadZipFile, zlib.error)

MAX_CSV_BYTES = 256 * 1024 * 1024
MEDIA = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".mp4", ".mov", ".heic", ".pdf"}

# LinkedIn files we recognise but do not read (nothing in them the rules use today).
_SKIPPED = re.compile(
    r"^(Reactions|Votes|InstantReposts|Member_Follows|Saved_Items|Saved_Jobs|Registration|Company Follows|Skills|"
    r"Publications|Rich_Media|SearchQueries|Security Challenges|Inferences_about_you|Ad_Targeting|Learning|"
    r"LearningCoachMessages|LearningCoachAIConversations|Education|Languages|Certifications|Recommendations_Given|"
    r"Recommendations_Received|Endorsement_Given_Info|Endorsement_Received_Info|Causes You Care About|Receipts|"
    r"Receipts_v2|Events|Honors|Projects|Courses|Volunteering|Patents|Hashtag_Follows|Guide_Messages|Logins|"
    r"Private_identity_asset|Verifications|Whatsapp Phone Numbers|Services Marketplace|Job Seeker Preferences|"
    r"Job Applicant Saved Answers|Job Applicant Saved Screening Question Responses|Group Posts|Organizations|"
    r"Test Scores|Member_Hashtag_Follows|ProfileHighlights|Endorsements|Contacts|ImportedContacts|Posts|"
    r"Online Job Postings|Saved Jobs|Jobs|Account Status History|Imported Contacts|Search Queries|SavedJobAlerts|"
    r"Videos)(_\d+)?\.csv$",
    re.IGNORECASE,
)
_NOTHING = re.compile(r"^\s*No [\w\s]+ found\.?\s*$", re.IGNORECASE)
_URN_ID = re.compile(r"urn(?::|%3A)li(?::|%3A)(?:share|activity|ugcPost|comment)(?::|%3A)\(?([0-9]+)", re.IGNORECASE)


def known_skipped(name: str) -> bool:
    # LinkedIn spells one file "Ad_Targeting.csv" in one generation and "Ad Targeting.csv" in another
    return any(_SKIPPED.match(v) for v in (name, name.replace(" ", "_"), name.replace("_", " ")))


def _name_re(stem: str) -> re.Pattern[str]:
    """A file name with the optional member-id suffix; a space in `stem` may be a space, an
    underscore or nothing (``Phone Numbers.csv``, ``PhoneNumbers.csv``, ``Email_Addresses.csv``)."""
    body = r"[ _]?".join(re.escape(w) for w in stem.split(" "))
    return re.compile(rf"^{body}(_\d+)?\.csv$", re.IGNORECASE)


class LinkedInSource:
    platform = Platform.LINKEDIN
    name = "LinkedIn data export"
    FORMATS = (
        {
            "files": "Profile.csv, Positions.csv, Email Addresses.csv, PhoneNumbers.csv",
            "generation": "Basic and Complete exports, at the root or in Basic_LinkedInDataExport/",
            "reads": "headline, summary, location, websites, employer, title, work location, emails, phones",
        },
        {
            "files": "Shares(_id).csv, Comments(_id).csv, messages.csv, Invitations.csv, Jobs/Job Applications.csv",
            "generation": "member-id-suffixed names in Complete exports",
            "reads": "post and comment text, messages and invitations (private), job applications",
        },
        {
            "files": "Connections.csv",
            "generation": "with the Notes preamble",
            "reads": "connections' company and position (colleagues)",
        },
    )
    POSITIONS = "none as coordinates: Geo Location and position locations are place names"

    @property
    def SKIPS(self) -> tuple[tuple[str, str], ...]:  # noqa: N802 - the declaration name every source uses
        """Generated from the pattern the reader skips by, so the listing is the code's own list."""
        names = _SKIPPED.pattern.split("(", 1)[1].split(")(", 1)[0].split("|")
        return (
            (", ".join(f"{n}.csv" for n in names), "recognised LinkedIn files with nothing the rules use"),
            ("Articles/*.html", "article pages (no date)"),
        )

    def detect(self, tree: InputTree) -> list[str]:
        roots: set[str] = set()
        for e in tree.entries:
            reader = _reader_for(e.name) if e.suffix == ".csv" and e.size else None
            if reader is None:
                continue
            try:
                head = e.read(8192)
            except READ_ERRORS:
                continue
            # any file of the export is enough, but only with that file's own LinkedIn columns
            if tolerant_csv.sniff(head, reader[1] | _DETECT_EXTRA.get(reader[0].__name__, set())):
                roots.add(posixpath.dirname(e.vpath))
        return sorted(roots)

    def read(self, tree: InputTree, root: str, ctx: SourceContext, cov: Coverage) -> Iterator[Item]:
        for e in under(tree, root):
            r = rel(e, root)
            reader = _reader_for(r)
            if reader is None:
                if e.suffix in MEDIA:
                    continue  # media: the photos stage reads them
                if e.suffix == ".csv" and known_skipped(e.name):
                    cov.skip(r, "LinkedIn file with nothing the rules use")
                elif e.suffix == ".html" and "Articles/" in r:
                    cov.skip(r, "LinkedIn article page (HTML, no date)")
                else:
                    cov.not_understood.append(r)
                continue
            fn, required = reader
            try:
                table = read_table(e, required)
            except (*READ_ERRORS, UnicodeDecodeError, ValueError, csv.Error) as exc:
                ctx.error(e, f"unreadable LinkedIn file: {exc}")
                continue
            rows = table.rows
            if table.lost_lines:
                # half-read: keep what was read and say what was lost
                ctx.error(e, f"partly read: {len(rows)} rows kept, {table.lost_lines} lines lost (unbalanced quotes)")
            elif table.tolerant:
                cov.notes.append(f"{r}: read past unescaped quotes ({len(rows)} rows)")
            if table.replaced:  # every row kept; the bad bytes read as U+FFFD, and said
                ctx.error(e, f"read with {table.replaced} invalid UTF-8 byte sequence(s) replaced by U+FFFD; every row kept")
            cov.parsed.append(r)
            try:
                for item in fn(rows, e):
                    item.export_path = r
                    cov.items += 1
                    yield item
            except (AttributeError, TypeError, KeyError, ValueError) as exc:
                ctx.error(e, f"unexpected shape in LinkedIn file: {exc.__class__.__name__}: {exc}")


# ---- CSV and dates --------------------------------------------------------------------------


def read_table(entry: Entry, required: set[str]) -> tolerant_csv.Table:
    """The rows of a LinkedIn CSV after any preamble (an empty table for a "No ... found" file).

    Raises ValueError when no header row with the `required` columns is found.
    """
    if entry.size > MAX_CSV_BYTES:
        raise ValueError(f"file too large to parse ({entry.size} bytes)")
    text, replaced = tolerant_csv.decode_counted(entry.read(MAX_CSV_BYTES + 1))
    if not text.strip() or _NOTHING.match(text):
        return tolerant_csv.Table([])
    table = tolerant_csv.read_table(text, required)
    table.replaced = replaced
    return table


def read_rows(entry: Entry, required: set[str]) -> list[Row]:
    """The rows of `read_table`, for callers that need only them."""
    return read_table(entry, required).rows


_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S",  # Shares, Comments
    "%Y-%m-%d %H:%M:%S %Z",  # messages.csv ("... UTC")
    "%d %b %Y",  # Connections
    "%b %Y",  # Positions, Education
    "%Y",  # Positions: bare year
    "%m/%d/%y, %I:%M %p",  # Invitations
    "%m/%d/%y",  # Email Updated On
    "%m/%d/%Y",
    "%a %b %d %H:%M:%S UTC %Y",  # Company Follows
    "%Y/%m/%d %H:%M:%S %Z",  # 2018 UTF-16 files ("2017/06/08 08:15:44 UTC")
    "%Y/%m/%d %H:%M:%S",
    "%b %d, %Y",  # 2018 Profile Birth Date
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d",
)


def parse_date(value: str | None) -> datetime | None:
    """A LinkedIn date in any of its per-file formats, as UTC (LinkedIn writes UTC)."""
    s = " ".join((value or "").split())
    if not s:
        return None
    if s.endswith("Z"):
        s = s[:-1]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(s, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def urn_id(link: str | None) -> str | None:
    m = _URN_ID.search(link or "")
    return m.group(1) if m else None


# ---- readers --------------------------------------------------------------------------------


def _field(e: Entry, field: str, text: str, when: datetime | None = None, **extra: object) -> Item:
    return Item(
        platform=Platform.LINKEDIN,
        kind=ItemKind.PROFILE_FIELD,
        path=e.display,
        text=text,
        field=field,
        timestamp=when,
        extra=dict(extra),
    )


def _bracketed(value: str) -> list[str]:
    """`[a][b]`, `[a,b]` or `a, b` -> ["a", "b"]."""
    parts = re.findall(r"\[([^\]]*)\]", value) or [value]
    out: list[str] = []
    for p in parts:
        out.extend(x.strip() for x in p.split(",") if x.strip())
    return out


def _profile(rows: list[Row], e: Entry) -> Iterator[Item]:
    for row in rows:
        name = " ".join(x for x in (row.get("First Name", "").strip(), row.get("Last Name", "").strip()) if x)
        if name:
            yield _field(e, "display_name", name)
        for col, field in (
            ("Maiden Name", "maiden_name"),
            ("Headline", "headline"),
            ("Summary", "bio"),
            ("Industry", "industry"),
            ("Geo Location", "location"),
            ("Address", "address"),
            ("Zip Code", "postcode"),
            ("Birth Date", "birth_date"),
        ):
            v = (row.get(col) or "").strip()
            if v:
                yield _field(e, field, v)
        for site in _bracketed(row.get("Websites") or ""):
            label, _, url = site.partition(":") if re.match(r"^[A-Z_]+:", site) else ("", "", site)
            yield _field(e, "website", url, label=label or None)
        for handle in _bracketed(row.get("Twitter Handles") or ""):
            yield _field(e, "twitter_handle", handle)
        for im in _bracketed(row.get("Instant Messengers") or ""):
            yield _field(e, "instant_messenger", im)


def _profile_summary(rows: list[Row], e: Entry) -> Iterator[Item]:
    for row in rows:
        v = (row.get("Profile Summary") or "").strip()
        if v:
            yield _field(e, "bio", v)


def _positions(rows: list[Row], e: Entry) -> Iterator[Item]:
    for row in rows:
        started, finished = parse_date(row.get("Started On")), parse_date(row.get("Finished On"))
        current = not (row.get("Finished On") or "").strip()
        extra = {
            "started": started.isoformat() if started else None,
            "finished": finished.isoformat() if finished else None,
            "current": current,
            "company": (row.get("Company Name") or "").strip(),
        }
        for col, field in (
            ("Company Name", "employer"),
            ("Title", "title"),
            ("Location", "work_location"),
            ("Description", "position_description"),
        ):
            v = (row.get(col) or "").strip()
            if v:
                yield _field(e, field, v, started, **extra)


def _emails(rows: list[Row], e: Entry) -> Iterator[Item]:
    for row in rows:
        addr = (row.get("Email Address") or "").strip()
        if not addr:
            continue
        confirmed = (row.get("Confirmed") or "").strip().lower() == "yes"
        primary = (row.get("Primary") or "").strip().lower() == "yes"
        # A confirmed address (primary or secondary) still signs in to the account; an
        # unconfirmed one was added to it but never took effect.
        field = "email" if confirmed or primary else "previous_email"
        yield _field(e, field, addr, parse_date(row.get("Updated On")), primary=primary, confirmed=confirmed)


def _phones(rows: list[Row], e: Entry) -> Iterator[Item]:
    for row in rows:
        number = (row.get("Number") or "").strip()
        if not number:
            continue
        ext = (row.get("Extension") or "").strip()
        yield _field(e, "phone", f"{number} ext {ext}" if ext else number, phone_type=(row.get("Type") or "").strip() or None)


_VISIBILITY = {
    "MEMBER_NETWORK": Audience.LIMITED,
    "CONNECTIONS": Audience.LIMITED,
    "CONNECTIONS_ONLY": Audience.LIMITED,
    "LOGGED_IN_MEMBERS": Audience.PUBLIC,
    "PUBLIC": Audience.PUBLIC,
    "ANYONE": Audience.PUBLIC,
}


def _shares(rows: list[Row], e: Entry) -> Iterator[Item]:
    for row in rows:
        link = (row.get("ShareLink") or "").strip() or None
        vis = (row.get("Visibility") or "").strip().upper()
        yield Item(
            platform=Platform.LINKEDIN,
            kind=ItemKind.POST,
            path=e.display,
            text=(row.get("ShareCommentary") or "").strip(),
            timestamp=parse_date(row.get("Date")),
            item_id=urn_id(unquote(link or "")),
            url=link,
            audience=_VISIBILITY.get(vis, Audience.PUBLIC),
            extra={
                "shared_url": (row.get("SharedUrl") or "").strip() or None,
                "media_url": (row.get("MediaUrl") or "").strip() or None,
                "visibility": vis or None,
            },
        )


def _comments(rows: list[Row], e: Entry) -> Iterator[Item]:
    for row in rows:
        link = (row.get("Link") or "").strip() or None
        yield Item(
            platform=Platform.LINKEDIN,
            kind=ItemKind.COMMENT,
            path=e.display,
            text=(row.get("Message") or "").strip(),
            timestamp=parse_date(row.get("Date")),
            item_id=None,
            url=link,
            extra={"parent_id": urn_id(unquote(link or ""))},
        )


def _connections(rows: list[Row], e: Entry) -> Iterator[Item]:
    for row in rows:
        name = " ".join(x for x in ((row.get("First Name") or "").strip(), (row.get("Last Name") or "").strip()) if x)
        company = (row.get("Company") or "").strip()
        position = (row.get("Position") or "").strip()
        if not (name or company or position):
            continue
        text = f"{position} at {company}" if position and company else (position or company)
        yield Item(
            platform=Platform.LINKEDIN,
            kind=ItemKind.PROFILE_FIELD,
            field="connection",
            path=e.display,
            text=text,
            timestamp=parse_date(row.get("Connected On")),
            url=(row.get("URL") or "").strip() or None,
            people=(name,) if name else (),
            audience=Audience.LIMITED,
            extra={
                "company": company,
                "position": position,
                "connection_email": (row.get("Email Address") or "").strip() or None,
            },
        )


def _messages(rows: list[Row], e: Entry) -> Iterator[Item]:
    for row in rows:
        text = (row.get("CONTENT") or "").strip()
        subject = (row.get("SUBJECT") or "").strip()
        if subject:
            text = f"{subject}\n{text}" if text else subject
        if not text:
            continue
        people = tuple(p.strip() for p in [row.get("FROM") or "", *(row.get("TO") or "").split(",")] if p.strip())
        yield Item(
            platform=Platform.LINKEDIN,
            kind=ItemKind.MESSAGE,
            path=e.display,
            text=text,
            timestamp=parse_date(row.get("DATE")),
            people=people,
            audience=Audience.PRIVATE,
            extra={"conversation_id": (row.get("CONVERSATION ID") or "").strip() or None, "sender": row.get("FROM")},
        )


def _invitations(rows: list[Row], e: Entry) -> Iterator[Item]:
    for row in rows:
        text = (row.get("Message") or "").strip()
        if not text:
            continue
        yield Item(
            platform=Platform.LINKEDIN,
            kind=ItemKind.MESSAGE,
            path=e.display,
            text=text,
            timestamp=parse_date(row.get("Sent At")),
            people=tuple(p.strip() for p in (row.get("From") or "", row.get("To") or "") if p.strip()),
            audience=Audience.PRIVATE,
            extra={"direction": (row.get("Direction") or "").strip() or None},
        )


def _job_applications(rows: list[Row], e: Entry) -> Iterator[Item]:
    for row in rows:
        when = parse_date(row.get("Application Date"))
        extra = {"company": (row.get("Company Name") or "").strip(), "job_title": (row.get("Job Title") or "").strip()}
        email = (row.get("Contact Email") or "").strip()
        if email:
            yield _field(e, "contact_email", email, when, **extra)
        phone = (row.get("Contact Phone Number") or "").strip()
        if phone:
            yield _field(e, "phone", phone, when, **extra)


Reader = Callable[[list[Row], Entry], Iterator[Item]]

_READERS: list[tuple[re.Pattern[str], Reader, set[str]]] = [
    (_name_re("Profile"), _profile, {"First Name", "Headline"}),
    (_name_re("Profile Summary"), _profile_summary, {"Profile Summary"}),
    (_name_re("Positions"), _positions, {"Company Name", "Title"}),
    (_name_re("Email Addresses"), _emails, {"Email Address"}),
    (_name_re("Phone Numbers"), _phones, {"Number"}),
    (_name_re("Shares"), _shares, {"Date", "ShareCommentary"}),
    (_name_re("Comments"), _comments, {"Date", "Message"}),
    (_name_re("Connections"), _connections, {"First Name", "Company", "Position"}),
    (_name_re("messages"), _messages, {"Content", "From"}),
    (_name_re("Invitations"), _invitations, {"From", "To", "Message"}),
    (_name_re("Job Applications"), _job_applications, {"Application Date", "Contact Email"}),
]


# columns detection also asks for, where the reader's own are too common to name LinkedIn
_DETECT_EXTRA = {
    "_phones": {"Extension", "Type"},
    "_comments": {"Link"},
    "_invitations": {"Sent At"},
    "_profile_summary": set(),
}


def _reader_for(relpath: str) -> tuple[Reader, set[str]] | None:
    name = posixpath.basename(relpath)
    for pattern, fn, required in _READERS:
        if pattern.match(name):
            return fn, required
    return None
