"""auditor.rules.geo: GEO101 GPS in a photo or video, GEO102 a geotagged post or check-in."""

from __future__ import annotations

from auditor.models import Audience, Item, ItemKind, Platform, Position, Severity
from auditor.rules.geo import RULES

BY_CODE = {r.code: r for r in RULES}
POS = Position(-35.308, 149.124, source="exif")


def _check(code: str, profile, kind: ItemKind, position: Position | None = POS, **kw):
    item = Item(platform=Platform.FACEBOOK, kind=kind, path="t", text="Lovely morning", position=position, **kw)
    return list(BY_CODE[code].check(item, profile)) if BY_CODE[code].applies(item) else []


def test_geo_rules():
    assert [r.code for r in RULES] == ["GEO101", "GEO102"]
    assert BY_CODE["GEO101"].kinds == frozenset({ItemKind.PHOTO, ItemKind.VIDEO})
    assert ItemKind.PHOTO not in BY_CODE["GEO102"].kinds


def test_geo_media_gps(dibp):
    [m] = _check("GEO101", dibp, ItemKind.PHOTO)
    assert m.evidence == "-35.308000, 149.124000" and m.location == POS
    assert m.severity == Severity.HIGH and m.fix == "auto"
    [video] = _check("GEO101", dibp, ItemKind.VIDEO, extra={"strippable": False})
    assert video.fix == "manual" and video.message.startswith("Video")
    assert _check("GEO101", dibp, ItemKind.PHOTO, position=None) == []


def test_geo_post_geotag(dibp):
    [m] = _check("GEO102", dibp, ItemKind.CHECK_IN, extra={"place_name": "Old Parliament House"})
    assert m.evidence == "Old Parliament House (-35.308000, 149.124000)"
    assert m.message == "Check-in is tagged with a location (Old Parliament House)"
    [dm] = _check("GEO102", dibp, ItemKind.MESSAGE, audience=Audience.PRIVATE)
    assert dm.severity == Severity.MEDIUM
    assert _check("GEO102", dibp, ItemKind.POST, position=None) == []
    assert _check("GEO102", dibp, ItemKind.PHOTO) == []  # media positions are GEO101's
