"""Get a result dict ready to show: the one redaction rule, coarse positions, hide baselined findings.

The rule, applied here and nowhere else (every reporter renders what `prepare` returns, whether
the dict comes straight from a scan or from a saved JSON report):

- **The owner's view** (the default) shows the owner's own words and places as the export has
  them: their employer, city, work site and the matched text, so each item can be found and
  fixed. Nothing is half-masked.
- **The redacted view** (`redact=True`, `--redact`: a report to share, e.g. with an integrity
  officer) masks, in every text field of every finding (message, why, remediation, evidence,
  titles, labels, nested lists) and in notices, errors and coverage: third parties' names and handles,
  contact details (email addresses and phone numbers), the evidence itself, and exact
  positions (rounded to suburb level, in `location` and in free text alike).

Works on dicts only: never reads inputs, never re-runs detection, never mutates its argument.
"""

from __future__ import annotations

import re
from typing import Any

from auditor.models import redact as shape_mask
from auditor.models import summarise

COARSE_DECIMALS = 2  # about 1.1 km north-south: suburb level, not street level
EVIDENCE_MASK = "[redacted]"
PERSON_MASK = "[person]"
HANDLE_MASK = "@[person]"
EMAIL_MASK = "[email]"
PHONE_MASK = "[phone]"

_COORD = re.compile(r"(?<![\w.])(-?\d{1,3}\.\d{3,})(?![\w.])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_EMAIL_OBFUSCATED = re.compile(
    r"[\w.+-]+\s*[\[(]\s*at\s*[\])]\s*[\w-]+(?:\s*(?:[\[(]\s*dot\s*[\])]|\.)\s*[\w-]+)+", re.IGNORECASE
)
_EMAIL_SPOKEN = re.compile(r"\b[\w+-]+(?:\s+dot\s+[\w-]+)*\s+at\s+[\w-]+(?:\s+dot\s+[\w-]+)+", re.IGNORECASE)
# a handle: '@' not inside an email address (the local part is matched by _EMAIL first)
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_][A-Za-z0-9_.]*[A-Za-z0-9_](?:@[\w-]+(?:\.[\w-]+)+)?")
# Australian numbers as people write them (mobile, landline, +61, 13 / 1300 / 1800); hand-written
# because the reporters may not import detection (rules.contact has the context-aware version)
_S = r"[\s\-.]?"
_PHONE = re.compile(
    r"(?<![\w+])(?:"
    rf"(?:\+?61{_S}\(?0?\)?{_S}[2378]|\(0[2378]\)|0[2378]){_S}\d{{4}}{_S}\d{{4}}"
    rf"|(?:\+?61{_S}4|04)\d{{2}}{_S}\d{{3}}{_S}\d{{3}}"
    rf"|1[38]00{_S}\d{{3}}{_S}\d{{3}}|13{_S}\d{{2}}{_S}\d{{2}}"
    r")(?!\w)"
)
# where the colleague rule names the people it found (its `why` and its message)
_QUOTED = re.compile(r"'([^']{2,60})'")
_REFERENCE = re.compile(r"person reference (.*?)(?: with |$)")
_NAMED = re.compile(r"identifies a colleague \(([^)]{2,60})\)|connections include (.{2,60}?), listed")
_CONTACT_CATEGORIES = {"work_email", "work_contact", "account_registration"}
# fields that hold identifiers, codes and times, never export text
_STRUCTURAL = {
    "code",
    "name",
    "category",
    "severity",
    "platform",
    "fingerprint",
    "fingerprint_v1",
    "group",
    "fix",
    "timestamp",
    "item_id",
    "local_time",
    "utc_offset",
    "zone",
    "inference",
    "site_kind",
    "first_seen",
    "last_seen",
    "remove_first_days",
}


def coarsen_text(text: str) -> str:
    """Round every decimal-degree-looking number in free text to suburb level."""
    return _COORD.sub(lambda m: f"{float(m.group(1)):.{COARSE_DECIMALS}f}", text) if text else text


def _coarsen(obj: Any) -> Any:
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            if k in ("lat", "lon", "latitude", "longitude") and isinstance(v, int | float) and not isinstance(v, bool):
                out[k] = round(float(v), COARSE_DECIMALS)
            else:
                out[k] = v if k in _STRUCTURAL else _coarsen(v)
        return out
    if isinstance(obj, list):
        return [_coarsen(v) for v in obj]
    if isinstance(obj, str):
        return coarsen_text(obj)
    return obj


def third_parties(findings: list[dict[str, Any]], own: set[str] | None = None) -> list[str]:
    """Names and handles of other people that the findings mention, longest first.

    From a finding's `people` list when it has one, else from the colleague rule's own words
    (its `why` quotes each person reference; its message names the first); the owner's own
    names and handles (`own`, casefolded) are never counted as someone else's.
    """
    own = own or set()
    found: set[str] = set()
    for f in findings:
        people = f.get("people")
        if isinstance(people, list):
            found.update(str(p) for p in people if p)
        if f.get("category") != "colleague_exposure":
            continue
        ref = _REFERENCE.search(str(f.get("why") or ""))
        if ref:
            found.update(_QUOTED.findall(ref.group(1)))
        for m in _NAMED.finditer(str(f.get("message") or "")):
            found.add(m.group(1) or m.group(2))
    names = {n.strip() for n in found if n.strip() and n.strip().casefold() not in own}
    # each part of a full name on its own too ("thanks Tash"), but only name-like parts
    for n in list(names):
        if not n.startswith("@") and " " in n:
            names.update(p for p in n.split() if len(p) >= 3 and p[0].isupper() and p.casefold() not in own)
    return sorted(names, key=lambda n: (-len(n), n))


def _own_identity(data: dict[str, Any]) -> set[str]:
    """The owner's own names and handles, when the result lists them (casefolded)."""
    block = data.get("identity")
    out: set[str] = set()
    if isinstance(block, dict):
        for v in block.values():
            for s in v if isinstance(v, list) else [v]:
                if isinstance(s, str) and s:
                    out.add(s.casefold())
    return out


class Masker:
    """Masks third parties, contact details and exact positions in any text (the redacted view)."""

    def __init__(self, people: list[str], contacts: list[str]) -> None:
        self.contacts = sorted({c for c in contacts if len(c) >= 5}, key=lambda c: (-len(c), c))
        words = [re.escape(p) for p in people]
        self.people = re.compile(r"(?<![\w@.])(?:" + "|".join(words) + r")(?![\w])") if words else None
        # the same names run together in a folder or a link ("tashbrennick_1000", "/in/tash-brennick-x")
        joined = {sep.join(p.casefold().split()) for p in people if " " in p for sep in ("", "-", "_", ".")}
        alts = [re.escape(j) for j in sorted(joined, key=lambda j: (-len(j), j))]
        self.joined = re.compile("|".join(alts), re.IGNORECASE) if alts else None

    def text(self, s: str) -> str:
        for c in self.contacts:  # what a contact rule matched, in whatever form it was written
            s = s.replace(c, PHONE_MASK if not any(ch.isalpha() for ch in c) else EMAIL_MASK)
        s = _EMAIL.sub(EMAIL_MASK, s)
        s = _EMAIL_OBFUSCATED.sub(EMAIL_MASK, s)
        s = _EMAIL_SPOKEN.sub(EMAIL_MASK, s)
        s = _PHONE.sub(PHONE_MASK, s)
        if self.people is not None:
            s = self.people.sub(lambda m: HANDLE_MASK if m.group(0).startswith("@") else PERSON_MASK, s)
        s = _HANDLE.sub(HANDLE_MASK, s)
        if self.joined is not None:
            s = self.joined.sub("person", s)
        return coarsen_text(s)

    def walk(self, obj: Any, key: str = "") -> Any:
        if key in _STRUCTURAL:
            return obj
        if key in ("evidence", "rewrite") and isinstance(obj, str):  # the post's own words
            return EVIDENCE_MASK if obj else obj
        if isinstance(obj, dict):
            return {k: self.walk(v, k) for k, v in obj.items()}
        if isinstance(obj, list):
            return [self.walk(v, key) for v in obj]
        if isinstance(obj, str):
            return self.text(obj)
        return obj


def masker_for(data: dict[str, Any]) -> Masker:
    """The masker of the redacted view for one result (its third parties and contact details)."""
    findings = [f for f in data.get("findings", []) if isinstance(f, dict)]
    contacts = [str(f.get("evidence") or "") for f in findings if f.get("category") in _CONTACT_CATEGORIES]
    return Masker(third_parties(findings, _own_identity(data)), [c for c in contacts if "*" not in c])


def prepare(
    data: dict[str, Any],
    redact: bool = False,
    coarse: bool = False,
    baseline: set[str] | None = None,
    show_evidence: bool | None = None,
) -> dict[str, Any]:
    """A copy of `data` ready to render, with a `report` block saying what was done to it.

    `show_evidence` is the old name of the owner's view; `show_evidence=False` alone asks for
    nothing (the owner's view is the default), so only `redact` masks.
    """
    del show_evidence  # the owner's view shows evidence; --redact is the one way to mask it
    # no deep copy: masking and coarsening build new values, and only the top-level keys and each
    # finding's own keys are set here or by a renderer; nested values (an exposure's thousands
    # of item references) are shared with `data`, never changed
    out = dict(data)
    findings = [dict(f) for f in out.get("findings", []) if isinstance(f, dict)]
    hidden = 0
    if baseline:
        # "fingerprint_v1": the same media finding as an older auditor fingerprinted it
        kept = [f for f in findings if f.get("fingerprint") not in baseline and f.get("fingerprint_v1") not in baseline]
        hidden = len(findings) - len(kept)
        findings = kept
    out["findings"] = findings
    if redact:
        masker = masker_for(out)
        for key in ("findings", "notices", "errors", "coverage", "identity"):
            if key in out:
                out[key] = masker.walk(out[key])
        findings = out["findings"]
    if coarse or redact:
        findings = _coarsen(findings)
    out["findings"] = findings
    out["summary"] = summarise(findings)
    info = dict(out.get("report") or {})
    was_redacted = info.get("view") == "redacted" or _saved_masked(findings)
    info.update(
        {
            "view": "redacted" if redact or was_redacted else "owner",
            "evidence": "redacted" if redact or was_redacted else "shown",
            "positions": "coarse" if coarse or redact or info.get("positions") == "coarse" else "exact",
            "baseline_hidden": hidden + int(info.get("baseline_hidden", 0) or 0),
        }
    )
    out["report"] = info
    return out


def _saved_masked(findings: list[dict[str, Any]]) -> bool:
    """True for a result saved with its evidence masked (by --redact, or by an older version)."""
    evidence = [str(f.get("evidence")) for f in findings if f.get("evidence")]
    return bool(evidence) and all(ev == EVIDENCE_MASK or ("*" in ev and shape_mask(ev) == ev) for ev in evidence)
