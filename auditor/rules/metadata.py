"""Identity metadata inside photos and videos: owner name, artist/creator, copyright, serial numbers.

The media readers put what they found in `Item.extra["identity"]` (tag name -> value); this
rule decides it is an exposure. Names tie a photo to a person even after it is re-shared;
camera and lens serial numbers tie photos posted under different accounts to one camera.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.config import Profile
from auditor.models import Category, Item, ItemKind, Severity
from auditor.rules.base import Example, Match, Rule, reach_severity

MEDIA = frozenset({ItemKind.PHOTO, ItemKind.VIDEO})
NAME_TAGS = ("OwnerName", "Artist", "Creator", "Copyright", "Rights")
SERIAL_TAGS = ("SerialNumber", "CameraSerialNumber", "LensSerialNumber")


def _identity(item: Item, profile: Profile) -> Iterator[Match]:
    ident = item.extra.get("identity") or {}
    if not isinstance(ident, dict) or not ident:
        return
    names = [t for t in NAME_TAGS if str(ident.get(t) or "").strip()]
    serials = [t for t in SERIAL_TAGS if str(ident.get(t) or "").strip()]
    if not names and not serials:
        return
    tags = names + serials
    evidence = "; ".join(f"{t}={ident[t]}" for t in tags)
    what = "a name" if names and not serials else "a serial number" if serials and not names else "a name and serial number"
    yield Match(
        key="identity:" + ",".join(tags),
        evidence=evidence,
        why=f"identity tags in the file's metadata: {', '.join(tags)}",
        message=f"{'Video' if item.kind == ItemKind.VIDEO else 'Photo'} metadata carries {what} ({', '.join(tags)})",
        severity=reach_severity(Severity.MEDIUM if names else Severity.LOW, item),
        confidence=1.0,
        fix="auto",
    )


RULES = [
    Rule(
        code="MET101",
        needs_text=False,
        name="media-identity-metadata",
        category=Category.METADATA_IDENTITY,
        severity=Severity.MEDIUM,
        confidence=1.0,
        summary="A photo or video's metadata names its owner, artist or copyright holder, or carries camera/lens serial numbers.",
        rationale="Names in metadata survive re-sharing and identify you; serial numbers link photos posted under different accounts to the same camera, and so to you.",
        remediation="Share copies without identity metadata (`auditor strip --all-identifying` writes them) and clear the owner/artist/copyright fields in your camera's settings.",
        check=_identity,
        kinds=MEDIA,
        fix="auto",
        examples=(
            Example("", True, kind=ItemKind.PHOTO, extra=(("identity", {"OwnerName": "Pat Example"}),)),
            Example("", True, kind=ItemKind.VIDEO, extra=(("identity", {"SerialNumber": "BODY-0042"}),)),
            Example("", False, kind=ItemKind.PHOTO, extra=(("identity", {}),)),
            Example("", False, kind=ItemKind.PHOTO),
        ),
    ),
]
