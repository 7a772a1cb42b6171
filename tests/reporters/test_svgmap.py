"""auditor.reporters.svgmap: the offline map is well-formed SVG with one dot per positioned line
(coloured by severity), a count where dots share a spot, a labelled diamond per inferred place,
a grid, a scale bar, escaped text, a bounded height, and nothing fetched."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from auditor.reporters.checklist import Line
from auditor.reporters.svgmap import MAX_HEIGHT, SEV_COLOUR, WIDTH, render_map

SVG = "{http://www.w3.org/2000/svg}"


def line(n: int, lat: float | None, lon: float | None, **kw) -> Line:
    loc = None if lat is None else {"lat": lat, "lon": lon}
    base = dict(
        id=f"fp{n}",
        group="photos",
        severity="high",
        title=f"Photo {n}",
        category="geotag",
        platform="photos",
        path=f"IMG_{n}.jpg",
    )
    base.update(kw)
    return Line(location=loc, **base)


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    return root


def test_svgmap_no_positions_draws_nothing():
    assert render_map([]) == ""
    assert render_map([line(1, None, None)]) == ""


@pytest.mark.parametrize("loc", [{"lat": 91, "lon": 0}, {"lat": 0, "lon": 181}, {"lat": "x", "lon": 1}, {"lat": 1}])
def test_svgmap_invalid_positions_are_left_out(loc):
    ln = line(1, 0, 0)
    ln.location = loc
    assert render_map([ln]) == ""


def test_svgmap_one_dot_per_positioned_line_coloured_by_severity():
    lines = [
        line(1, -27.39, 153.06, severity="critical"),
        line(2, -27.50, 153.00, severity="low"),
        line(3, None, None),
    ]
    root = parse(render_map(lines))
    dots = root.findall(f"{SVG}circle")
    assert [d.get("data-fp") for d in dots] == ["fp1", "fp2"]
    assert [d.get("fill") for d in dots] == [SEV_COLOUR["critical"], SEV_COLOUR["low"]]
    assert all(d.get("class") == "pt" and d.get("data-category") == "geotag" for d in dots)
    assert "Map of 2 position(s)" in root.get("aria-label")


def test_svgmap_dots_sit_where_north_is_up_and_east_is_right():
    root = parse(render_map([line(1, -27.0, 153.0), line(2, -28.0, 154.0)]))
    a, b = root.findall(f"{SVG}circle")
    assert float(b.get("cx")) > float(a.get("cx"))  # further east
    assert float(b.get("cy")) > float(a.get("cy"))  # further south is lower on the page


def test_svgmap_fetches_nothing():
    svg = render_map([line(1, -27.39, 153.06), line(2, -33.87, 151.21, category="pattern_of_life", label="home")])
    assert "href" not in svg and "<image" not in svg and "url(" not in svg
    assert "http://" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_svgmap_dots_at_one_spot_are_counted():
    svg = render_map([line(1, -27.39, 153.06), line(2, -27.39, 153.06), line(3, -27.39, 153.06), line(4, -27.6, 153.3)])
    counts = re.findall(r'<text class="count"[^>]*>×(\d+)</text>', svg)
    assert counts == ["3"]


def test_svgmap_inferred_place_is_a_labelled_diamond_drawn_after_the_dots():
    home = line(9, -27.45, 153.02, category="pattern_of_life", label="home", name="home-inferred", title="Home inferred")
    svg = render_map([line(1, -27.39, 153.06), home])
    root = parse(svg)
    places = [g for g in root.findall(f"{SVG}g") if "place" in (g.get("class") or "")]
    assert len(places) == 1 and places[0].get("data-fp") == "fp9"
    assert places[0].find(f"{SVG}rect").get("transform").startswith("rotate(45 ")
    assert places[0].find(f"{SVG}text").text == "home"
    assert places[0].find(f"{SVG}title").text == "Home inferred"
    assert len(root.findall(f"{SVG}circle")) == 1  # a place is not also a dot
    assert svg.index("<circle") < svg.index('class="pt place"')


def test_svgmap_place_label_falls_back_to_name_then_title():
    by_name = line(1, -27.4, 153.0, category="pattern_of_life", name="routine-stop", title="A routine stop")
    by_title = line(2, -27.5, 153.1, category="pattern_of_life", title="A routine stop")
    labels = [g.find(f"{SVG}text").text for g in parse(render_map([by_name, by_title])).findall(f"{SVG}g") if g.get("data-fp")]
    assert labels == ["routine-stop", "A routine stop"]


def test_svgmap_escapes_text_from_the_result():
    hostile = '<script>alert(1)</script>"&'
    svg = render_map(
        [line(1, -27.4, 153.0, id=hostile, path=hostile), line(2, -27.5, 153.1, category="pattern_of_life", label=hostile)]
    )
    assert "<script>" not in svg
    root = parse(svg)  # still well-formed
    assert root.find(f"{SVG}circle").get("data-fp") == hostile


def test_svgmap_has_a_grid_and_a_scale_bar():
    root = parse(render_map([line(1, -27.39, 153.06), line(2, -27.60, 153.30)]))
    grid = root.findall(f"{SVG}line")
    assert len(grid) >= 2
    assert any(t.text and t.text.endswith("°") for t in root.findall(f"{SVG}text"))
    scale = [g for g in root.findall(f"{SVG}g") if g.get("class") == "scale"]
    assert len(scale) == 1 and re.fullmatch(r"[\d.]+ (km|m)", scale[0].find(f"{SVG}text").text)


def test_svgmap_one_point_gets_a_small_frame_in_metres():
    root = parse(render_map([line(1, -27.39, 153.06)]))
    assert root.get("viewBox").startswith(f"0 0 {WIDTH} ")
    scale = next(g for g in root.findall(f"{SVG}g") if g.get("class") == "scale")
    assert scale.find(f"{SVG}text").text.endswith(" m")


def test_svgmap_tall_spread_is_bounded_in_height():
    root = parse(render_map([line(1, -10.0, 153.0), line(2, -43.0, 153.1)]))
    height = float(root.get("viewBox").split()[3])
    assert height == MAX_HEIGHT


def test_svgmap_place_near_the_right_edge_is_labelled_to_its_left():
    west = line(1, -27.4, 150.0)
    east = line(2, -27.4, 153.0, category="pattern_of_life", label="work")
    text = next(g for g in parse(render_map([west, east])).findall(f"{SVG}g") if g.get("data-fp") == "fp2").find(f"{SVG}text")
    assert text.get("text-anchor") == "end"
