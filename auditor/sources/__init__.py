"""Export sources: the registry of platform readers, loaded only when a scan asks for them.

`all_sources()` imports each platform module named in `SOURCE_CLASSES` on call and returns one
instance of each, in the table's order (the order the engine runs them and `auditor formats`
lists them). Importing this package is cheap: it loads only `base` (`Coverage`,
`SourceContext`, `Source`), never a platform module. Add a platform by writing its module and
naming it and its class in `SOURCE_CLASSES`.

This package must not import platform modules eagerly and never decides what is risky.
"""

from __future__ import annotations

import importlib

from auditor.sources.base import Coverage, Source, SourceContext

# (module under auditor.sources, source class); the order is the order sources run in a scan.
SOURCE_CLASSES: tuple[tuple[str, str], ...] = (
    ("twitter", "TwitterSource"),
    ("facebook", "FacebookSource"),
    ("instagram", "InstagramSource"),
    ("linkedin", "LinkedInSource"),
    ("google", "GoogleSource"),
    ("tiktok", "TikTokSource"),
    ("mastodon", "MastodonSource"),
    ("reddit", "RedditSource"),
    ("whatsapp", "WhatsAppSource"),
    ("snapchat", "SnapchatSource"),
    ("strava", "StravaSource"),
)


def all_sources() -> list[Source]:
    """One instance of every registered source, importing the platform modules on first call."""
    out: list[Source] = []
    for module, cls in SOURCE_CLASSES:
        # lazy: platform modules cost ~250 ms to import; only a scan or `auditor formats` needs them
        mod = importlib.import_module(f"{__name__}.{module}")
        out.append(getattr(mod, cls)())
    return out


__all__ = ["SOURCE_CLASSES", "Coverage", "Source", "SourceContext", "all_sources"]
