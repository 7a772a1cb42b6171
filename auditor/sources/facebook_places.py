"""Facebook events, places and location records: where the account says the person was.

Events (with place coordinates), places the person created, location history, last location
and primary (inferred) location, in the record shapes of EXPORT_FORMATS 2.5. Turns records into
Items for `facebook.py`; never decides risk and never reads files itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from auditor.models import Audience, Item, ItemKind, Platform
from auditor.sources import meta_common as mc
from auditor.tree import Entry

P = Platform.FACEBOOK


def _field(e: Entry, field: str, text: Any, **extra: Any) -> Item:
    return Item(platform=P, kind=ItemKind.PROFILE_FIELD, path=e.display, text=str(text), field=field, extra=dict(extra))


def event_items(ev: dict[str, Any], e: Entry) -> Iterator[Item]:
    place = ev.get("place") if isinstance(ev.get("place"), dict) else {}
    when = ev.get("start_timestamp") or ev.get("create_timestamp")
    text = " ".join(str(x) for x in (ev.get("name"), ev.get("description")) if x)
    pos = mc.coordinate_position(place, "event.place")
    yield Item(
        platform=P,
        kind=ItemKind.CHECK_IN if pos else ItemKind.POST,
        path=e.display,
        text=text,
        timestamp=mc.epoch(when),
        item_id=f"event@{when}" if when else None,
        position=pos,
        audience=Audience.LIMITED,
        extra={"place_name": place.get("name"), "event": True, "synthetic_id": True},
    )


def events(data: Any, e: Entry) -> Iterator[Item]:
    if isinstance(data.get("your_events_v2"), list):
        evs = data["your_events_v2"]
    else:
        resp = data["event_responses_v2"]
        evs = [x for k in ("events_joined", "events_interested") for x in resp.get(k) or []]
    for ev in evs:
        if not isinstance(ev, dict):
            raise mc.MetaFileError("an event is not an object")
        yield from event_items(ev, e)


def _location_record(
    e: Entry, name: Any, obj: Any, when: Any, source: str, kind: ItemKind = ItemKind.LOCATION_RECORD
) -> Item | None:
    pos = mc.coordinate_position(obj, source)
    if pos is None and not name:
        return None
    return Item(
        platform=P,
        kind=kind,
        path=e.display,
        text=str(name or ""),
        timestamp=mc.epoch(when),
        item_id=f"{source}@{when}" if when else None,
        position=pos,
        audience=Audience.PRIVATE,
        extra={"place_name": name, "synthetic_id": True},
    )


def places(data: Any, e: Entry) -> Iterator[Item]:
    key = next(k for k in ("your_places_v2", "location_history_v2", "news_your_locations_v2") if k in data)
    for p in data[key]:
        if not isinstance(p, dict):
            raise mc.MetaFileError("a place is not an object")
        item = _location_record(e, p.get("name"), p, p.get("creation_timestamp") or p.get("timestamp"), key.removesuffix("_v2"))
        if item:
            if key == "your_places_v2":  # a place page the person created is public
                item.audience = Audience.PUBLIC
                item.extra["address"] = p.get("address")
            yield item


def last_location(data: Any, e: Entry) -> Iterator[Item]:
    loc = data["last_location_v2"]
    if not isinstance(loc, dict):
        raise mc.MetaFileError("last_location_v2 is not an object")
    item = _location_record(e, loc.get("name"), loc, loc.get("time") or loc.get("timestamp"), "last_location")
    if item:
        yield item


def primary_location(data: Any, e: Entry) -> Iterator[Item]:
    if "primary_public_location_v2" in data:
        p = data["primary_public_location_v2"]
        text = ", ".join(str(p[k]) for k in ("city", "region", "country") if isinstance(p, dict) and p.get(k))
        if text:
            yield _field(e, "location", text)
        return
    p = data["primary_location_v2"]
    for pair in p.get("city_region_pairs") or []:
        if isinstance(pair, list) and pair:
            it = _field(e, "location", ", ".join(str(x) for x in pair if x), inferred=True)
            it.audience = Audience.PRIVATE
            yield it
