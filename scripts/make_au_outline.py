"""Write `auditor/data/au_outline.json`: a small, simplified outline of Australia and its states.

The HTML report draws its map over this outline, offline (no tiles, nothing fetched). The
points below are coarse coordinates (to about 0.1 degree) of well-known coastal landmarks and
of the state borders, which are lines of latitude and longitude defined in the colonies'
letters patent plus the Murray River and the QLD/NSW watershed, simplified to a few points.
Geographic facts at this resolution are public domain. Drawn to show where in Australia points
are, not for navigation: the coast is off by up to tens of kilometres.

Run: python scripts/make_au_outline.py   (writes the JSON; deterministic output)
"""

from __future__ import annotations

import json
import math
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "auditor" / "data" / "au_outline.json"

# (lon, lat), around the mainland from Cape York: the Gulf, the Top End, the Kimberley, down the
# west coast, along the Bight, up the east coast and back to Cape York
MAINLAND = [
    (142.5, -10.7), (142.1, -11.6), (141.85, -12.6), (141.6, -13.7), (141.5, -15.2), (140.8, -17.5),
    (139.6, -17.6), (138.0, -16.7), (137.0, -15.9), (135.8, -14.9), (135.5, -14.2), (136.0, -13.2),
    (136.7, -12.3), (136.0, -12.0), (134.0, -11.9), (133.0, -11.5), (132.2, -11.4), (131.0, -12.0),
    (130.8, -12.4), (130.2, -12.9), (129.8, -13.5), (129.4, -14.9), (128.1, -15.0), (127.3, -14.0),
    (126.0, -13.9), (125.2, -14.6), (124.4, -15.4), (123.6, -16.2), (122.9, -16.4), (122.2, -17.9),
    (121.5, -19.0), (120.0, -19.9), (118.6, -20.3), (117.0, -20.6), (115.5, -21.3), (114.1, -21.8),
    (113.7, -23.0), (113.6, -24.8), (113.4, -26.2), (114.2, -27.7), (114.6, -28.8), (115.0, -30.1),
    (115.7, -31.9), (115.6, -33.3), (115.0, -33.6), (115.1, -34.4), (116.6, -35.0), (117.9, -35.1),
    (119.5, -34.4), (121.9, -33.9), (123.5, -33.9), (124.2, -32.9), (126.2, -32.3), (128.9, -31.7),
    (131.2, -31.5), (132.2, -32.0), (133.7, -32.1), (134.3, -33.2), (135.2, -34.5), (135.9, -34.8),
    (136.2, -34.0), (137.0, -33.2), (137.8, -32.5), (137.9, -33.6), (137.4, -34.4), (136.9, -35.3),
    (137.8, -35.1), (138.1, -34.2), (138.5, -34.9), (138.1, -35.6), (138.9, -35.6), (139.7, -36.7),
    (140.6, -38.0), (141.6, -38.4), (142.5, -38.4), (143.5, -38.85), (144.4, -38.3), (144.9, -38.5),
    (145.5, -38.6), (146.4, -39.1), (147.3, -38.6), (148.0, -37.9), (149.98, -37.5), (150.2, -36.2),
    (150.8, -35.1), (151.3, -33.9), (151.8, -32.9), (152.5, -32.4), (152.9, -31.4), (153.1, -30.3),
    (153.6, -28.6), (153.5, -28.0), (153.4, -27.0), (153.1, -26.4), (153.2, -25.0), (152.4, -24.8),
    (151.3, -23.9), (150.8, -23.2), (149.4, -21.5), (149.2, -21.1), (148.2, -20.0), (146.8, -19.3),
    (146.1, -18.3), (145.8, -16.9), (145.3, -15.5), (144.5, -14.2), (143.6, -14.2), (143.5, -12.8),
    (142.8, -11.0), (142.5, -10.7),
]  # fmt: skip
TASMANIA = [
    (144.6, -40.7), (146.0, -41.1), (147.0, -40.9), (148.3, -40.9), (148.3, -42.0), (147.9, -43.2),
    (147.0, -43.6), (146.0, -43.6), (145.2, -42.2), (144.6, -40.7),
]  # fmt: skip
# state and territory borders, as open lines from coast (or another border) to coast
BORDERS = [
    [(129.0, -14.9), (129.0, -26.0), (129.0, -31.7)],  # WA | NT, SA
    [(129.0, -26.0), (138.0, -26.0), (141.0, -26.0)],  # NT | SA, then SA | QLD
    [(138.0, -26.0), (138.0, -16.7)],  # NT | QLD
    [(141.0, -26.0), (141.0, -29.0), (141.0, -34.1), (141.0, -38.05)],  # QLD, NSW, VIC | SA
    [(141.0, -29.0), (148.9, -29.0), (150.0, -28.6), (151.0, -28.9), (152.0, -28.3), (153.55, -28.17)],  # QLD | NSW
    [(141.0, -34.1), (142.4, -34.6), (143.3, -35.3), (144.5, -36.0), (146.0, -36.0), (147.0, -36.1),
     (148.2, -36.8), (149.98, -37.5)],  # NSW | VIC (the Murray, then the straight line to Cape Howe)
    [(149.0, -35.15), (149.2, -35.13), (149.4, -35.3), (149.2, -35.9), (149.0, -35.6), (149.0, -35.15)],  # ACT
]  # fmt: skip
LABELS = {
    "WA": (121.5, -25.5),
    "NT": (133.5, -20.0),
    "SA": (134.5, -29.5),
    "QLD": (144.5, -22.5),
    "NSW": (146.0, -32.0),
    "VIC": (143.5, -37.0),
    "TAS": (146.6, -42.2),
}


def simplify(points: list[tuple[float, float]], min_km: float = 20.0) -> list[list[float]]:
    """Drop points closer than `min_km` to the last kept one (keeping the ends), rounded to 0.01."""
    kept = [points[0]]
    for p in points[1:-1]:
        q = kept[-1]
        dx = (p[0] - q[0]) * 111.32 * math.cos(math.radians((p[1] + q[1]) / 2))
        dy = (p[1] - q[1]) * 110.57
        if math.hypot(dx, dy) >= min_km:
            kept.append(p)
    kept.append(points[-1])
    return [[round(x, 2), round(y, 2)] for x, y in kept]


def build() -> dict:
    return {
        "about": "Simplified outline of Australia and its states (lon, lat); coarse, public-domain "
        "coordinates; made by scripts/make_au_outline.py. Not for navigation.",
        "coast": [simplify(MAINLAND), simplify(TASMANIA)],
        "borders": [simplify(b, min_km=0.0) for b in BORDERS],
        "labels": {k: [v[0], v[1]] for k, v in LABELS.items()},
    }


def main() -> None:
    OUT.write_text(json.dumps(build(), separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
