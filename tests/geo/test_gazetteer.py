"""The bundled gazetteer: columns, coverage of place kinds, lookups and nearest-place queries."""

from __future__ import annotations

import csv
import io
from importlib import resources

from auditor.geo.gazetteer import load_places, lookup, nearest


def test_gazetteer_csv_has_documented_columns():
    text = resources.files("auditor.data").joinpath("places_au.csv").read_text(encoding="utf-8")
    header = next(csv.reader(io.StringIO(text)))
    assert header == ["name", "kind", "state", "lat", "lon"]


def test_gazetteer_covers_cities_states_and_facilities():
    places = load_places()
    assert len(places) > 400
    kinds = {p.kind for p in places}
    assert {"city", "state", "airport", "seaport", "mail_centre", "detention", "office", "venue"} <= kinds
    assert all(-44 < p.lat < -9 and 96 < p.lon < 168 for p in places)
    assert {p.state for p in places} >= {"NSW", "VIC", "QLD", "WA", "SA", "TAS", "NT", "ACT"}


def test_gazetteer_lookup_is_case_and_space_insensitive():
    assert lookup("sydney  airport").kind == "airport"
    assert lookup("Nowhere Special") is None


def test_gazetteer_nearest_finds_the_closest_place_of_a_kind():
    place, km = nearest(-33.9405, 151.1760, kinds={"airport"})
    assert place.kind == "airport" and "Sydney" in place.name or "Kingsford" in place.name
    assert km < 1.0
    city, _ = nearest(-42.88, 147.33, kinds={"city"})
    assert city.name == "Hobart"
