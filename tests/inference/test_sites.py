"""Profile sites: loaded from [[sites]], positions inside or near them named, custom sites merged."""

from __future__ import annotations

from auditor.config import load_profile
from auditor.inference.sites import NEAR_M, load_sites, site_at


def test_dibp_profile_lists_sensitive_sites_of_each_kind(dibp):
    sites = load_sites(dibp)
    assert {s.kind for s in sites} >= {"airport", "seaport", "mail_centre", "detention", "office"}
    assert all(s.radius_m > 0 for s in sites)


def test_site_at_inside_near_and_outside(dibp):
    sites = load_sites(dibp)
    inside = site_at(-33.93990, 151.17530, sites)
    assert inside is not None and inside.site.name == "Sydney Airport" and inside.inside
    ap = inside.site
    # just beyond the edge, due east: near but not inside
    edge_lon = ap.lon + (ap.radius_m + NEAR_M / 2) / (111_320 * 0.829)
    near = site_at(ap.lat, edge_lon, sites)
    assert near is not None and not near.inside
    assert site_at(-33.95231, 151.13702, sites) is None  # Rockdale: outside every site


def test_custom_profile_adds_sites(tmp_path):
    p = tmp_path / "team.toml"
    p.write_text(
        '[profile]\nname = "team"\nextends = "dibp"\n\n[[sites]]\nname = "Test depot"\nkind = "cargo"\nlat = -20.0\nlon = 140.0\nradius_m = 300\n',
        encoding="utf-8",
    )
    prof = load_profile(str(p))
    sites = load_sites(prof)
    assert any(s.name == "Sydney Airport" for s in sites)
    hit = site_at(-20.0005, 140.0, sites)
    assert hit is not None and hit.site.name == "Test depot" and hit.site.kind == "cargo"


def test_site_of_decides_whole_cells_as_at_decides_each_position(dibp):
    import random

    from auditor.inference.sites import SiteIndex

    sites = load_sites(dibp)
    index = SiteIndex(sites)
    rng = random.Random(6)
    seen = {"inside": 0, "near": 0, "none": 0}
    for _ in range(6000):
        s = rng.choice(sites)
        reach = (s.radius_m + NEAR_M * rng.choice([0.5, 1.0, 2.0])) / 111_000
        lat, lon = s.lat + rng.uniform(-reach, reach), s.lon + rng.uniform(-reach, reach) * 1.3
        hit = index.at(lat, lon)
        want = (hit.site, hit.inside) if hit else None
        assert index.site_of(lat, lon) == want
        seen["none" if hit is None else "inside" if hit.inside else "near"] += 1
    assert min(seen.values()) > 100 and index._decided  # every answer, and whole cells decided


def test_sites_of_answers_as_site_of_one_position_at_a_time():
    import random

    from auditor.inference.sites import Site, SiteIndex

    rng = random.Random(4)
    sites = [Site("Airport", "airport", -33.9461, 151.1772, 2000.0), Site("Office", "office", -35.3, 149.13, 150.0)]
    centres = [(-33.9461, 151.1772), (-35.3, 149.13), (0.0005, -0.0005)]
    lats, lons = [], []
    for _ in range(5000):
        la, lo = rng.choice(centres)
        lats.append(la + rng.uniform(-0.03, 0.03))
        lons.append(lo + rng.uniform(-0.03, 0.03))
    lats += [-33.9, 0.001, -0.001]  # on a cell's edge, and either side of the equator
    lons += [151.2, -0.002, 0.0]
    expected = [SiteIndex(sites).site_of(a, b) for a, b in zip(lats, lons, strict=True)]
    assert 500 < sum(hit is not None for hit in expected) < 4000  # some inside, some near, most far
    assert SiteIndex(sites).sites_of(lats, lons) == expected
    assert SiteIndex(sites).sites_of([], []) == []
