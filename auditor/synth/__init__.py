"""Synthetic data builders: photos with known metadata and platform exports with planted items.

Used by the sample-data script, the demo, the benchmarks and the tests, so every one of them
builds the same shapes the same way. Everything here is invented: no real person's data.
Output is deterministic for the same arguments (fixed pixels, no clocks, no randomness unless a
seeded `random.Random` is passed in).

One module per concern: `media` (image, video and metadata bytes), `camera` (photo folders),
`files` (the one file/zip writer), `fit` (the FIT writer) and one module per platform
(`twitter`, `meta` + `facebook` + `instagram`, `linkedin`, `google`, `tiktok`, `mastodon`,
`reddit`, `whatsapp`, `snapchat`, `strava`). This package re-exports their public API, so
`from auditor import synth; synth.photo(...)` works; the routine generator lives in
`auditor.inference.routine` and is re-exported here too. Nothing under `auditor.synth` may be
imported by the scanner itself (sources, rules, inference, reporters): the arrows point from
here to them, never back.
"""

from __future__ import annotations

from auditor.inference.routine import (
    LatLon,
    Persona,
    Routine,
    displace,
    routine_items,
)
from auditor.synth.camera import (
    ZOO_POSITIONS,
    camera_folder,
    media_zoo,
    routine_shots,
)
from auditor.synth.facebook import (
    FB_GENERATIONS,
    FacebookContent,
    facebook_export,
)
from auditor.synth.files import (
    csv_text,
    split_zips,
    write_files,
    zip_files,
    zip_folder,
)
from auditor.synth.fit import (
    crc,
    write_fit,
)
from auditor.synth.google import (
    activity_segment,
    candidate,
    deg,
    e7,
    photo_sidecar,
    place_visit,
    records_json,
)
from auditor.synth.instagram import (
    IG_GENERATIONS,
    InstagramContent,
    instagram_export,
)
from auditor.synth.linkedin import (
    LINKEDIN_HEADERS,
    LINKEDIN_NOTES,
    linkedin_csv,
    linkedin_export,
)
from auditor.synth.mastodon import (
    AS_PUBLIC,
    mastodon_archive,
    mastodon_note,
)
from auditor.synth.media import (
    Rational,
    exif_bytes,
    frac,
    gps_ifd,
    image_bytes,
    iso6709,
    jpeg_exif_segment,
    jpeg_insert,
    jpeg_xmp_segment,
    mp4_bytes,
    photo,
    png_chunk,
    png_insert,
    png_raw_profile_exif,
    png_xmp_itxt,
    qr_image,
    sign_image,
    tiff_bytes,
    to_dms,
    xmp_dm,
    xmp_packet,
)
from auditor.synth.meta import (
    MetaMedia,
    MetaPlace,
    MetaPost,
    MetaThread,
    html_page,
    html_when,
    media_files,
    media_json,
    meta_dumps,
    meta_mangle,
    thread_json,
)
from auditor.synth.reddit import (
    reddit_export,
)
from auditor.synth.snapchat import (
    snapchat_export,
    snapchat_memory,
)
from auditor.synth.strava import (
    TrackPoint,
    gpx_bytes,
    strava_export,
    tcx_bytes,
    track_line,
)
from auditor.synth.tiktok import (
    tiktok_date,
    tiktok_user_data,
)
from auditor.synth.twitter import (
    tweet,
    twitter_archive,
    twitter_files,
    twitter_grailbird,
    ytd,
)
from auditor.synth.whatsapp import (
    whatsapp_chat,
    whatsapp_line,
)

__all__ = [
    "AS_PUBLIC",
    "FB_GENERATIONS",
    "FacebookContent",
    "IG_GENERATIONS",
    "InstagramContent",
    "LINKEDIN_HEADERS",
    "LINKEDIN_NOTES",
    "LatLon",
    "MetaMedia",
    "MetaPlace",
    "MetaPost",
    "MetaThread",
    "Persona",
    "Rational",
    "Routine",
    "TrackPoint",
    "ZOO_POSITIONS",
    "activity_segment",
    "camera_folder",
    "candidate",
    "crc",
    "csv_text",
    "deg",
    "displace",
    "e7",
    "exif_bytes",
    "facebook_export",
    "frac",
    "gps_ifd",
    "gpx_bytes",
    "html_page",
    "html_when",
    "image_bytes",
    "instagram_export",
    "iso6709",
    "jpeg_exif_segment",
    "jpeg_insert",
    "jpeg_xmp_segment",
    "linkedin_csv",
    "linkedin_export",
    "mastodon_archive",
    "mastodon_note",
    "media_files",
    "media_json",
    "media_zoo",
    "meta_dumps",
    "meta_mangle",
    "mp4_bytes",
    "photo",
    "photo_sidecar",
    "place_visit",
    "png_chunk",
    "png_insert",
    "png_raw_profile_exif",
    "png_xmp_itxt",
    "qr_image",
    "records_json",
    "reddit_export",
    "routine_items",
    "routine_shots",
    "sign_image",
    "snapchat_export",
    "snapchat_memory",
    "split_zips",
    "strava_export",
    "tcx_bytes",
    "thread_json",
    "tiff_bytes",
    "tiktok_date",
    "tiktok_user_data",
    "to_dms",
    "track_line",
    "tweet",
    "twitter_archive",
    "twitter_files",
    "twitter_grailbird",
    "whatsapp_chat",
    "whatsapp_line",
    "write_files",
    "write_fit",
    "xmp_dm",
    "xmp_packet",
    "ytd",
    "zip_files",
    "zip_folder",
]
