"""Identity documents inside photos: barcodes and QR codes (boarding passes, ID badges, tickets).

Input Items come from `auditor.media.vision` (field "barcode": the decoded text of one code,
extra["barcode_format"]). A boarding pass (IATA BCBP, "M1SURNAME/GIVEN ..."), a code that
names the Department, or one that looks like a staff/ID number is high; any other readable
code is reported low so the person can check what it encodes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.config import Profile
from auditor.models import Category, Item, ItemKind, Severity
from auditor.rules.base import Example, Match, Rule, lazy_pattern, reach_severity
from auditor.rules.features import department_terms

BCBP = lazy_pattern(r"^M[1-4][A-Z /'-]{2,20}\s*[A-Z ]?[A-Z0-9 ]{6,7}\s*[A-Z]{3}[A-Z]{3}[A-Z0-9 ]{2,3}")
ID_WORDS = lazy_pattern(r"\b(?:employee|staff|badge|ID|identity|passport|licence|license|officer|member)\b", re.IGNORECASE)
ID_NUMBER = lazy_pattern(r"\b[A-Z]{0,3}\d{6,12}\b")


def _document(item: Item, profile: Profile) -> Iterator[Match]:
    if item.field != "barcode" or not item.text.strip():
        return
    text = item.text.strip()
    fmt = str(item.extra.get("barcode_format") or "code")
    dept = department_terms(text, profile)
    if BCBP.match(text):
        kind, sev, conf = "a boarding pass (name, flight, booking reference)", Severity.HIGH, 0.95
    elif dept:
        kind, sev, conf = f'a code naming your employer ("{dept[0][0]}")', Severity.HIGH, 0.9
    elif ID_WORDS.search(text) and ID_NUMBER.search(text):
        kind, sev, conf = "an ID badge or card number", Severity.HIGH, 0.7
    else:
        kind, sev, conf = "a readable code; check it is not a pass, ticket or ID", Severity.LOW, 0.4
    yield Match(
        key=f"{fmt}:{text[:64]}",
        evidence=text[:200],
        why=f"{fmt} decoded from the image: {kind}",
        message=f"Photo shows a {fmt} that decodes to {kind}",
        severity=reach_severity(sev, item),
        confidence=conf,
    )


RULES = [
    Rule(
        code="DOC101",
        name="barcode-in-photo",
        category=Category.IDENTITY_DOCUMENT,
        severity=Severity.HIGH,
        confidence=0.8,
        summary="A photo shows a barcode or QR code that decodes to a boarding pass, ID badge or other personal document.",
        rationale="Anyone can decode a code in a photo: boarding passes give your name and booking (enough to change the booking), badge codes give staff numbers and access credentials.",
        remediation="Delete the photo or re-post it with the code blurred out completely; if it was an access badge, tell your security adviser so it can be reissued.",
        check=_document,
        kinds=frozenset({ItemKind.CAPTION}),
        examples=(
            Example("M1EXAMPLE/PAT        EABC123 CBRSYDQF 0123 123Y012A0001 100", True, kind=ItemKind.CAPTION, field="barcode"),
            Example("Australian Border Force staff 1234567", True, kind=ItemKind.CAPTION, field="barcode"),
            Example("https://example.org/menu", True, kind=ItemKind.CAPTION, field="barcode"),
            Example("M1EXAMPLE/PAT        EABC123 CBRSYDQF 0123", False, kind=ItemKind.CAPTION, field="ocr"),
            Example("", False, kind=ItemKind.CAPTION, field="barcode"),
        ),
    ),
]
