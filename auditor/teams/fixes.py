"""The fixes a finding asks for, as a fixed vocabulary `auditor stats` can count.

An integrity team presenting figures wants "most common fixes", not rule codes: one entry per
thing a person does (turn camera location off, remove a work email from an account, ...).
Each finding maps to one fix id from its category, checklist group, platform and fix kind;
only ids from `FIXES` are ever counted, so a crafted report cannot put text into a summary.
Data only; no I/O.
"""

from __future__ import annotations

from typing import Any

# id -> what the person does (the titles follow the onboarding checklist where one exists)
FIXES: dict[str, str] = {
    "strip-photo-locations": "Share GPS-free copies of photos (auditor strip) and turn camera location off",
    "remove-post-locations": "Remove locations and check-ins from posts",
    "fitness-privacy-zones": "Hide the start and end of activities near home and work",
    "location-history": "Turn off or auto-delete location history and map sharing",
    "work-email-accounts": "Move accounts off a work email address",
    "work-contact": "Take work email and phone numbers off personal profiles",
    "employer-on-profiles": "Stop naming the employer, unit, role or work site",
    "work-sites": "Stop naming work sites and places tied to work",
    "colleagues": "Untag colleagues and hide friend and connection lists",
    "uniform-photos": "Remove photos in uniform or with passes and insignia",
    "operational-detail": "Delete posts about operations, cases and systems",
    "official-comment": "Say comments are personal, or delete comments on the agency's work",
    "identity-documents": "Delete photos of identity documents and passes",
    "photo-metadata": "Remove names and serial numbers from photo metadata",
    "other": "Other",
}

_BY_CATEGORY = {
    "account_registration": "work-email-accounts",
    "work_email": "work-contact",
    "work_contact": "work-contact",
    "department_identifier": "employer-on-profiles",
    "location_mention": "work-sites",
    "colleague_exposure": "colleagues",
    "uniform": "uniform-photos",
    "operational_detail": "operational-detail",
    "official_comment": "official-comment",
    "identity_document": "identity-documents",
    "metadata_identity": "photo-metadata",
}
_DEVICE_PLATFORMS = {"photos"}  # the camera roll: fixed by stripping copies, not by editing posts


def fix_for(finding: dict[str, Any]) -> str:
    """The fix id for one finding dict (the JSON contract); "other" when nothing fits."""
    category = str(finding.get("category", ""))
    platform = str(finding.get("platform", ""))
    if category == "geotag":
        if finding.get("fix") == "auto" or platform in _DEVICE_PLATFORMS:
            return "strip-photo-locations"
        return "remove-post-locations"
    if category == "pattern_of_life":
        return "fitness-privacy-zones" if platform == "strava" else "location-history"
    return _BY_CATEGORY.get(category, "other")
