"""Facebook events, places and location records as Items."""

from __future__ import annotations

from auditor.models import Audience, ItemKind
from auditor.sources import facebook_places as fp
from auditor.tree import InputTree


def _entry(tmp_path):
    (tmp_path / "your_events.json").write_text("{}")
    return InputTree.build([str(tmp_path)]).entries[0]


def test_facebook_places_event_with_coordinates_is_a_check_in(tmp_path):
    ev = {
        "name": "Depot barbecue",
        "start_timestamp": 1714521600,
        "place": {"name": "Depot", "coordinate": {"latitude": -35.3, "longitude": 149.1}},
    }
    [item] = list(fp.event_items(ev, _entry(tmp_path)))
    assert item.kind == ItemKind.CHECK_IN and item.audience == Audience.LIMITED
    assert (item.position.lat, item.position.lon) == (-35.3, 149.1) and item.extra["place_name"] == "Depot"
    [plain] = list(fp.event_items({"name": "Online quiz"}, _entry(tmp_path)))
    assert plain.kind == ItemKind.POST and plain.position is None


def test_facebook_places_primary_public_location_is_a_profile_field(tmp_path):
    data = {"primary_public_location_v2": {"city": "Canberra", "region": "ACT", "country": "Australia"}}
    [item] = list(fp.primary_location(data, _entry(tmp_path)))
    assert item.text == "Canberra, ACT, Australia" and item.field == "location"
