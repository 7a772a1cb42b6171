"""`auditor formats`: which platforms' exports are read, which files and layout generations,
and where positions come from.

Built from what each registered source declares about itself (`name`, `FORMATS`,
`POSITIONS`, optional `DESCRIPTION`, and `SKIPS`: what it recognises and knowingly does not
read, with why), so the listing cannot drift from the code. A source that
declares nothing is still listed by name; a platform with no source is listed as not read. This
module only renders: it never scans anything.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from auditor.models import Platform

# The photo/video stage is not a source class: it reads every media file in any input.
MEDIA_STAGE = {
    "name": "Photos and videos (any folder, and media inside every export)",
    "formats": [
        {
            "files": "JPEG, PNG, WebP, TIFF, DNG, HEIC/HEIF, AVIF; MP4, MOV, 3GP",
            "generation": "camera and phone files",
            "reads": "EXIF, XMP and QuickTime metadata: GPS, time taken, camera, owner/serial",
        }
    ],
    "positions": "GPS tags in EXIF, XMP or QuickTime metadata of each file",
    "skips": [{"files": "files of an export's own viewer (e.g. X assets/ emoji images)", "why": "not the user's photos"}],
}


def _formats_of(source: Any) -> list[dict[str, str]]:
    out = []
    for f in getattr(source, "FORMATS", ()) or ():
        if isinstance(f, dict):
            out.append({k: str(f.get(k, "")) for k in ("files", "generation", "reads")})
        elif isinstance(f, (tuple, list)):  # (files, generation, reads), any prefix of it
            parts = [str(x) for x in f] + ["", "", ""]
            out.append({"files": parts[0], "generation": parts[1], "reads": parts[2]})
        else:
            out.append({"files": str(f), "generation": "", "reads": ""})
    return out


def _skips_of(source: Any) -> list[dict[str, str]]:
    out = []
    for sk in getattr(source, "SKIPS", ()) or ():
        if isinstance(sk, dict):
            out.append({"files": str(sk.get("files", "")), "why": str(sk.get("why", ""))})
        else:
            parts = [str(x) for x in sk] + ["", ""]
            out.append({"files": parts[0], "why": parts[1]})
    return out


def describe() -> list[dict[str, Any]]:
    """One entry per platform: its sources, their files and generations, and position origins."""
    from auditor.sources import all_sources  # lazy: start-up (`--help` builds this command too)

    sources = all_sources()
    out: list[dict[str, Any]] = []
    for plat in Platform:
        if plat == Platform.PHOTOS:
            out.append({"platform": str(plat), "supported": True, "sources": [MEDIA_STAGE]})
            continue
        mine = [s for s in sources if str(getattr(s, "platform", "")) == str(plat)]
        out.append(
            {
                "platform": str(plat),
                "supported": bool(mine),
                "sources": [
                    {
                        "name": str(getattr(s, "name", type(s).__name__)),
                        "description": str(getattr(s, "DESCRIPTION", "") or ""),
                        "formats": _formats_of(s),
                        "skips": _skips_of(s),
                        "positions": str(getattr(s, "POSITIONS", "") or "not declared by this source"),
                    }
                    for s in mine
                ],
            }
        )
    return out


def render_text(data: list[dict[str, Any]]) -> str:
    lines: list[str] = []
    for p in data:
        if not p["supported"]:
            lines.append(f"{p['platform']}: not read yet")
            lines.append("")
            continue
        for s in p["sources"]:
            lines.append(f"{p['platform']}: {s['name']}")
            if s.get("description"):
                lines.append(f"  {s['description']}")
            if not s["formats"]:
                lines.append("  files: not declared by this source")
            for f in s["formats"]:
                lines.append(f"  - {f['files']}")
                if f["generation"]:
                    lines.append(f"      generations: {f['generation']}")
                if f["reads"]:
                    lines.append(f"      reads: {f['reads']}")
            lines.append(f"  positions: {s['positions']}")
            skips = s.get("skips") or []
            lines.append("  knowingly skipped:" + ("" if skips else " not declared by this source"))
            for sk in skips:
                lines.append(f"  - {sk['files']}" + (f": {sk['why']}" if sk["why"] else ""))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def register(app: typer.Typer) -> None:
    @app.command("formats")
    def formats_cmd(
        as_json: Annotated[bool, typer.Option("--json", help="Print the listing as JSON.")] = False,
    ) -> None:
        """List every supported platform: the export files and layout generations read, what is knowingly skipped, and where positions come from."""
        data = describe()
        if as_json:
            typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
        else:
            typer.echo(render_text(data), nl=False)
