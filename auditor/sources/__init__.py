"""Export sources. Each platform module exposes a source class; `all_sources()` lists them.

Add a platform by writing its module and naming its class here.
"""

from __future__ import annotations

from auditor.sources.base import Coverage, Source, SourceContext
from auditor.sources.facebook import FacebookSource
from auditor.sources.google import GoogleSource
from auditor.sources.instagram import InstagramSource
from auditor.sources.linkedin import LinkedInSource
from auditor.sources.mastodon import MastodonSource
from auditor.sources.reddit import RedditSource
from auditor.sources.snapchat import SnapchatSource
from auditor.sources.strava import StravaSource
from auditor.sources.tiktok import TikTokSource
from auditor.sources.twitter import TwitterSource
from auditor.sources.whatsapp import WhatsAppSource


def all_sources() -> list[Source]:
    return [
        TwitterSource(),
        FacebookSource(),
        InstagramSource(),
        LinkedInSource(),
        GoogleSource(),
        TikTokSource(),
        MastodonSource(),
        RedditSource(),
        WhatsAppSource(),
        SnapchatSource(),
        StravaSource(),
    ]


__all__ = ["Coverage", "Source", "SourceContext", "all_sources"]
