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
