"""auditor.reporters.svgmap: the offline map is well-formed SVG with one dot per positioned line
(coloured by severity), a count where dots share a spot, a labelled diamond per inferred place,
a grid, a scale bar, escaped text, a bounded height, and nothing fetched."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from auditor.reporters.checklist import Line
from auditor.reporters.svgmap import MAX_HEIGHT, SEV_COLOUR, WIDTH, outline, render_map, render_overview

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


# ---- the overview over Australia ----


def test_svgmap_overview_draws_the_outline_and_the_states():
    root = parse(render_overview([line(1, -27.39, 153.06)]))
    assert len(root.findall(f"{SVG}path[@class='land']")) == 2  # the mainland and Tasmania
    assert len(root.findall(f"{SVG}path[@class='border']")) >= 6
    states = {t.text for t in root.findall(f"{SVG}text[@class='state']")}
    assert {"WA", "NT", "SA", "QLD", "NSW", "VIC", "TAS"} <= states
    assert render_overview([]) == "" and render_overview([line(1, None, None)]) == ""


def test_svgmap_overview_counts_add_up_to_the_positioned_lines():
    dots = [line(i, -27.39 + i * 0.001, 153.06) for i in range(5)] + [line(9, -33.87, 151.21), line(10, -31.95, 115.86)]
    home = line(20, -27.45, 153.02, category="pattern_of_life", label="home: Nundah QLD")
    root = parse(render_overview([*dots, home]))
    assert root.get("data-positions") == str(len(dots)) and root.get("data-places") == "1"
    assert len(root.findall(f"{SVG}circle")) == len(dots)
    counts = root.findall(f"{SVG}text[@class='count']")
    assert [t.text for t in counts] == ["×5"]  # Brisbane's five share a spot; Sydney and Perth stand alone
    assert counts[0].get("data-fps").split() == [f"fp{i}" for i in range(5)]
    assert [g.get("data-fp") for g in root.findall(f"{SVG}g") if "place" in (g.get("class") or "")] == ["fp20"]


def test_svgmap_overview_puts_perth_west_of_brisbane_and_hobart_south():
    root = parse(render_overview([line(1, -27.47, 153.03), line(2, -31.95, 115.86), line(3, -42.88, 147.33)]))
    at = {c.get("data-fp"): c for c in root.findall(f"{SVG}circle")}
    bris, perth, hobart = at["fp1"], at["fp2"], at["fp3"]
    assert float(perth.get("cx")) < float(bris.get("cx"))
    assert float(hobart.get("cy")) > float(bris.get("cy"))


def test_svgmap_overview_widens_for_a_point_abroad_and_fetches_nothing():
    home = parse(render_overview([line(1, -27.47, 153.03)]))
    abroad = parse(render_overview([line(1, -27.47, 153.03), line(2, -8.65, 115.22)]))  # Bali, north of the box
    assert float(abroad.get("viewBox").split()[3]) > float(home.get("viewBox").split()[3])
    svg = render_overview([line(1, -27.4, 153.0, path='<script>x</script>"')])
    assert "<script>" not in svg and "href" not in svg and "url(" not in svg


def test_svgmap_outline_is_what_the_script_writes():
    import importlib.util  # lazy: loads the generator script only for this test
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "scripts" / "make_au_outline.py"
    spec = importlib.util.spec_from_file_location("make_au_outline", script)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.build() == outline()
    for ring in outline()["coast"]:
        assert ring[0] == ring[-1] and all(112 < lon < 155 and -44 < lat < -10 for lon, lat in ring)
