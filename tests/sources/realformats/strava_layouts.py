"""Generators of Strava bulk-export layouts as real archives come, with invented content:
an archive requested without its activity files (``activities.csv`` names ``activities/<id>.fit.gz``
files the zip does not hold), plus ``comments.csv`` and ``media.csv``.

Layout: activities.csv columns as hugovk/strava-tools `README.md` and lhotakj/stravaexport-fix
`README.md` describe the post-2018 archive (``activities/971607640.gpx``, ``1243401459.fit.gz``);
comments.csv/media.csv column names as the bulk export writes them (``Comment Date``,
``Comment``, ``Media Filename``, ``Media Caption``), unverified against a published sample.
"""

from __future__ import annotations

from pathlib import Path


def without_activity_files(folder: Path, n: int = 1076) -> dict[str, int]:
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Filename"]
    for i in range(n):
        lines.append(
            f'{900000000 + i},"Jan {1 + i % 28}, 2024, 6:{i % 60:02d}:00 AM",Run {i},Run,Loop number {i},1800,5.0,'
            f"activities/{900000000 + i}.fit.gz"
        )
    (folder / "activities.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "comments.csv").write_text(
        "Comment ID,Activity ID,Comment Date,Comment\n"
        '1,900000001,"Jan 3, 2024, 7:00:00 AM",See you at the depot gate tomorrow\n'
        '2,900000002,"Jan 4, 2024, 7:00:00 AM",Nice pace!\n',
        encoding="utf-8",
    )
    (folder / "media.csv").write_text(
        "Media Filename,Media Caption\nmedia/abc.jpg,Sunrise over the base\nmedia/def.jpg,\n", encoding="utf-8"
    )
    return {"activities": n, "comments": 2, "captions": 1}
