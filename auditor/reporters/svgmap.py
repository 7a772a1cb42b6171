"""Offline maps for the HTML report: positions and inferred places drawn as inline SVG.

No tiles, no tile server, no fonts or images fetched. Two maps: `render_overview`, all of
Australia over a small simplified outline of the coast and the states (package data made by
`scripts/make_au_outline.py`), and `render_map`, a close-up framed on the points with a degree
grid and a scale bar. Both draw a dot per position (coloured by severity), one count per spot
where dots overlap, and a labelled marker per inferred place (home, workplace, routine,
sensitive site). Good enough to see clusters at a glance; the checklist lines carry the numbers.

Drawing only: takes checklist lines, returns escaped SVG markup. Never reads files.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from functools import lru_cache
from html import escape
from importlib import resources

from auditor.reporters.checklist import Line, platform_name

WIDTH = 760
MAX_HEIGHT = 460
PAD = 44
SEV_COLOUR = {"critical": "#8b0000", "high": "#c62828", "medium": "#b26a00", "low": "#1565c0", "info": "#555555"}
PLACE_CATEGORIES = {"pattern_of_life"}

_NICE_STEPS = (0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 45, 90)
_NICE_KM = (0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000)


def _fmt(v: float) -> str:
    return f"{v:.1f}"


def _deg(v: float, step: float) -> str:
    decimals = max(0, -math.floor(math.log10(step))) if step < 1 else 0
    return f"{v:.{decimals}f}°"


def _step(span: float, target: int = 5) -> float:
    for s in _NICE_STEPS:
        if span / s <= target:
            return s
    return _NICE_STEPS[-1]


def render_map(lines: list[Line]) -> str:
    """SVG markup for every line that has a position; '' when none has."""
    pts = [ln for ln in lines if ln.location and _valid(ln.location)]
    if not pts:
        return ""
    lats = [float(ln.location["lat"]) for ln in pts]  # type: ignore[index]
    lons = [float(ln.location["lon"]) for ln in pts]  # type: ignore[index]
    lat0, lat1, lon0, lon1 = min(lats), max(lats), min(lons), max(lons)
    kx = max(math.cos(math.radians((lat0 + lat1) / 2)), 0.05)  # equirectangular, true scale at mid-latitude
    # one point (or a tight cluster) still gets a frame about 400 m wide, not a zero division
    span_x = max((lon1 - lon0) * kx, 0.004)
    span_y = max(lat1 - lat0, 0.004)
    inner_w = WIDTH - 2 * PAD
    scale = inner_w / span_x
    height = span_y * scale + 2 * PAD
    if height > MAX_HEIGHT:  # a tall north-south spread: fit the height and leave the sides wide
        scale = (MAX_HEIGHT - 2 * PAD) / span_y
        height = MAX_HEIGHT
    cx, cy = (lon0 + lon1) / 2, (lat0 + lat1) / 2

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return WIDTH / 2 + (lon - cx) * kx * scale, height / 2 - (lat - cy) * scale

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 {WIDTH} {_fmt(height)}" role="img" '
        f'aria-label="Map of {len(pts)} position(s); no map tiles, nothing is fetched">',
        f'<rect x="0" y="0" width="{WIDTH}" height="{_fmt(height)}" fill="#f4f7f9" stroke="#9aa7b0"/>',
    ]
    # degree grid: the frame spans what fits at this scale, not just the points' box
    lon_lo, lon_hi = cx - (WIDTH / 2) / (kx * scale), cx + (WIDTH / 2) / (kx * scale)
    lat_lo, lat_hi = cy - (height / 2) / scale, cy + (height / 2) / scale
    step = _step(max(lon_hi - lon_lo, lat_hi - lat_lo))
    g = math.ceil(lon_lo / step) * step
    while g < lon_hi:
        x, _ = xy(cy, g)
        out.append(f'<line x1="{_fmt(x)}" y1="0" x2="{_fmt(x)}" y2="{_fmt(height)}" stroke="#d5dde2" stroke-width="1"/>')
        if x < WIDTH - 48:  # a label cut off by the frame reads as a different number
            out.append(f'<text x="{_fmt(x + 3)}" y="{_fmt(height - 4)}" font-size="10" fill="#6b7a85">{_deg(g, step)}</text>')
        g += step
    g = math.ceil(lat_lo / step) * step
    while g < lat_hi:
        _, y = xy(g, cx)
        out.append(f'<line x1="0" y1="{_fmt(y)}" x2="{WIDTH}" y2="{_fmt(y)}" stroke="#d5dde2" stroke-width="1"/>')
        out.append(f'<text x="3" y="{_fmt(y - 3)}" font-size="10" fill="#6b7a85">{_deg(g, step)}</text>')
        g += step
    out.append(_scale_bar(scale, height))
    # inferred places (home, work) are drawn last, as labelled diamonds over the dots they come from
    places = [ln for ln in pts if ln.category in PLACE_CATEGORIES]
    dots = [ln for ln in pts if ln.category not in PLACE_CATEGORIES]
    for ln in dots:
        x, y = xy(float(ln.location["lat"]), float(ln.location["lon"]))  # type: ignore[index]
        tip = f"{ln.severity.upper()} {platform_name(ln.platform)} {ln.date} {ln.path}".strip()
        out.append(
            f'<circle class="pt" data-fp="{escape(ln.id)}" data-category="{escape(ln.category)}" '
            f'data-platform="{escape(ln.platform)}" data-severity="{escape(ln.severity)}" cx="{_fmt(x)}" cy="{_fmt(y)}" r="5" '
            f'fill="{SEV_COLOUR.get(ln.severity, "#555555")}" fill-opacity="0.75" stroke="#ffffff" stroke-width="1">'
            f"<title>{escape(tip)}</title></circle>"
        )
    # how many points share a spot (within a few pixels): overlapping dots otherwise look like one
    spots = _spots(dots, xy)
    out.extend(_count_labels(spots))
    out.extend(_place_marks(places, xy, half=9, stroke=2.0, below=0))
    out.append("</svg>")
    return "\n".join(out)


def _place_marks(
    places: list[Line], xy: Callable[[float, float], tuple[float, float]], half: float, stroke: float, below: float
) -> list[str]:
    """An inferred place's diamond and label; places at one spot get their labels one under another."""
    out = []
    stacked: dict[tuple[int, int], int] = {}
    for ln in places:
        x, y = xy(float(ln.location["lat"]), float(ln.location["lon"]))  # type: ignore[index]
        key = (round(x / 14), round(y / 14))
        row = stacked.get(key, 0)
        stacked[key] = row + 1
        # the place's kind when inference gave one, else the rule's name, else its message
        label = ln.label or ln.name or ln.title
        out.append(
            f'<g class="pt place" data-fp="{escape(ln.id)}" data-category="{escape(ln.category)}" '
            f'data-platform="{escape(ln.platform)}" data-severity="{escape(ln.severity)}">'
            f'<rect x="{_fmt(x - half)}" y="{_fmt(y - half)}" width="{_fmt(2 * half)}" height="{_fmt(2 * half)}" '
            f'fill="none" stroke="#222222" stroke-width="{_fmt(stroke)}" transform="rotate(45 {_fmt(x)} {_fmt(y)})"/>'
            f"{_place_label(x, y + 18 * row + below, label[:40])}"
            f"<title>{escape(ln.title)}</title></g>"
        )
    return out


Spot = list[tuple[float, float, str]]  # the dots drawn at one spot: x, y, fingerprint


def _spots(dots: list[Line], xy: Callable[[float, float], tuple[float, float]], near_px: float = 10) -> list[Spot]:
    """Dots within `near_px` of a spot's first dot, grouped (west to east): one count each."""
    spots: list[Spot] = []
    for ln in sorted(dots, key=lambda d: (float(d.location["lon"]), float(d.location["lat"]))):  # type: ignore[index]
        x, y = xy(float(ln.location["lat"]), float(ln.location["lon"]))  # type: ignore[index]
        near = next((sp for sp in spots if abs(sp[0][0] - x) <= near_px and abs(sp[0][1] - y) <= near_px), None)
        if near is None:  # the first point at this spot
            spots.append([(x, y, ln.id)])
        else:
            near.append((x, y, ln.id))
    return spots


def _count_labels(spots: list[Spot]) -> list[str]:
    # every spot of more than one dot is counted; `data-fps` lets the page recount it when a
    # filter hides some of its dots (and hide the label when one or none is left)
    out = []
    for spot in spots:
        if len(spot) > 1:  # a lone dot needs no count
            x, y, _ = spot[0]
            fps = " ".join(escape(fp) for _, _, fp in spot)
            out.append(
                f'<text class="count" data-fps="{fps}" x="{_fmt(x + 7)}" y="{_fmt(y - 12)}" font-size="11" '
                f'fill="#222222">×{len(spot)}</text>'
            )
    return out


def _place_label(x: float, y: float, label: str) -> str:
    # near the right edge the label goes to the left of its diamond, so it is never cut off
    style = 'font-size="12" font-weight="bold" fill="#222222"'
    if x > WIDTH * 0.6:
        return f'<text x="{_fmt(x - 14)}" y="{_fmt(y + 4)}" text-anchor="end" {style}>{escape(label)}</text>'
    return f'<text x="{_fmt(x + 14)}" y="{_fmt(y + 4)}" {style}>{escape(label)}</text>'


def _valid(loc: dict) -> bool:
    try:
        lat, lon = float(loc["lat"]), float(loc["lon"])
    except (KeyError, TypeError, ValueError):
        return False
    return -90 <= lat <= 90 and -180 <= lon <= 180


def _scale_bar(scale: float, height: float) -> str:
    km_per_px = 111.32 / scale
    km = next((k for k in _NICE_KM if k / km_per_px >= 60), _NICE_KM[-1])
    px = km / km_per_px
    x0, y0 = WIDTH - PAD - px, height - 18
    label = f"{km:g} km" if km >= 1 else f"{km * 1000:g} m"
    return (
        f'<g class="scale"><line x1="{_fmt(x0)}" y1="{_fmt(y0)}" x2="{_fmt(x0 + px)}" y2="{_fmt(y0)}" stroke="#222222" stroke-width="3"/>'
        f'<text x="{_fmt(x0)}" y="{_fmt(y0 - 5)}" font-size="11" fill="#222222">{label}</text></g>'
    )


# ---- the overview: all of Australia, over a simplified outline of the coast and the states ----

AU_BOX = (112.5, 154.5, -44.0, -9.5)  # lon0, lon1, lat0, lat1: the mainland and Tasmania
OVERVIEW_WIDTH = 760


@lru_cache(maxsize=1)
def outline() -> dict:
    """The simplified outline (package data written by scripts/make_au_outline.py)."""
    return json.loads(resources.files("auditor.data").joinpath("au_outline.json").read_text(encoding="utf-8"))


def render_overview(lines: list[Line]) -> str:
    """SVG of every positioned line over Australia and its states; '' when none has a position.

    Dots that fall within a few pixels of each other share a spot with one count, so the counts
    on this map add up to the positioned findings (each batched file is its own finding).
    """
    pts = [ln for ln in lines if ln.location and _valid(ln.location)]
    if not pts:
        return ""
    lons = [float(ln.location["lon"]) for ln in pts] + [AU_BOX[0], AU_BOX[1]]  # type: ignore[index]
    lats = [float(ln.location["lat"]) for ln in pts] + [AU_BOX[2], AU_BOX[3]]  # type: ignore[index]
    lon0, lon1, lat0, lat1 = min(lons) - 1, max(lons) + 1, min(lats) - 1, max(lats) + 1
    kx = max(math.cos(math.radians((lat0 + lat1) / 2)), 0.05)
    scale = OVERVIEW_WIDTH / ((lon1 - lon0) * kx)
    height = (lat1 - lat0) * scale

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return (lon - lon0) * kx * scale, (lat1 - lat) * scale

    def path(points: list[list[float]], close: bool) -> str:
        d = " ".join(
            f"{'M' if i == 0 else 'L'}{_fmt(xy(lat, lon)[0])},{_fmt(xy(lat, lon)[1])}" for i, (lon, lat) in enumerate(points)
        )
        return d + (" Z" if close else "")

    data = outline()
    places = [ln for ln in pts if ln.category in PLACE_CATEGORIES]
    dots = [ln for ln in pts if ln.category not in PLACE_CATEGORIES]
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="map overview" viewBox="0 0 {OVERVIEW_WIDTH} {_fmt(height)}" '
        f'role="img" data-positions="{len(dots)}" data-places="{len(places)}" '
        f'aria-label="Map of Australia with {len(dots)} position(s) and {len(places)} inferred place(s); nothing is fetched">',
        f'<rect x="0" y="0" width="{OVERVIEW_WIDTH}" height="{_fmt(height)}" fill="#eaf2f8"/>',
    ]
    out += [f'<path class="land" d="{path(c, True)}" fill="#fbfaf5" stroke="#7d8b94" stroke-width="1.2"/>' for c in data["coast"]]
    out += [
        f'<path class="border" d="{path(b, False)}" fill="none" stroke="#aab4bb" stroke-width="1" stroke-dasharray="4 3"/>'
        for b in data["borders"]
    ]
    for name, (lon, lat) in sorted(data["labels"].items()):
        x, y = xy(lat, lon)
        out.append(
            f'<text class="state" x="{_fmt(x)}" y="{_fmt(y)}" font-size="13" fill="#8a969e" text-anchor="middle">{escape(name)}</text>'
        )
    spots = _spots(dots, xy, near_px=7)
    for spot in spots:
        for x, y, fp in spot:
            ln = next(d for d in dots if d.id == fp)
            tip = f"{ln.severity.upper()} {platform_name(ln.platform)} {ln.date} {ln.path}".strip()
            out.append(
                f'<circle class="pt" data-fp="{escape(ln.id)}" data-category="{escape(ln.category)}" '
                f'data-platform="{escape(ln.platform)}" data-severity="{escape(ln.severity)}" cx="{_fmt(x)}" cy="{_fmt(y)}" r="4" '
                f'fill="{SEV_COLOUR.get(ln.severity, "#555555")}" fill-opacity="0.8" stroke="#ffffff" stroke-width="0.8">'
                f"<title>{escape(tip)}</title></circle>"
            )
    out.extend(_count_labels(spots))
    out.extend(_place_marks(places, xy, half=6, stroke=1.5, below=20))
    out.append("</svg>")
    return "\n".join(out)
