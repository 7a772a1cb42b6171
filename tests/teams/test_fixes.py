"""auditor.teams.fixes: every finding maps to a fix id from the fixed vocabulary."""

from __future__ import annotations

from auditor.models import Category, Platform
from auditor.teams.fixes import FIXES, fix_for


def test_fixes_every_category_maps_into_the_vocabulary():
    for cat in Category:
        for plat in Platform:
            assert fix_for({"category": str(cat), "platform": str(plat)}) in FIXES


def test_fixes_geotags_split_between_photos_and_posts():
    assert fix_for({"category": "geotag", "platform": "photos"}) == "strip-photo-locations"
    assert fix_for({"category": "geotag", "platform": "google", "fix": "auto"}) == "strip-photo-locations"
    assert fix_for({"category": "geotag", "platform": "twitter", "fix": "manual"}) == "remove-post-locations"
    assert fix_for({"category": "pattern_of_life", "platform": "strava"}) == "fitness-privacy-zones"
    assert fix_for({"category": "pattern_of_life", "platform": "google"}) == "location-history"
    assert fix_for({"category": "account_registration"}) == "work-email-accounts"
    assert fix_for({"category": "crafted <b>text</b>"}) == "other"
