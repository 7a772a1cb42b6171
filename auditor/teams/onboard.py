"""The onboarding checklist: device and account settings a new starter checks in week one.

Data (`CHECKLIST`) plus two renderings: printable Markdown with tick boxes, and an interactive
walk-through that asks about each item and summarises what is still open. Each item says what
to do, where the setting lives on common devices and platforms, and why (the policy clause the
profile cites for its category). The final step is the onboarding gate, which the tool checks
(`auditor.teams.gate`, `auditor onboard --report`); the other items are self-attested.

No I/O of its own beyond the prompt and the console it is given; it never scans and never
touches the network.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from auditor.config import Profile


@dataclass(frozen=True)
class Check:
    id: str
    section: str
    title: str
    how: tuple[str, ...]
    category: str  # the finding category whose policy clause explains why ("" for none)


CHECKLIST: tuple[Check, ...] = (
    Check(
        "camera-geotags",
        "Phone and camera",
        "Camera does not record location in photos and videos",
        (
            "iPhone: Settings > Privacy & Security > Location Services > Camera > Never.",
            "Android: open the Camera app > Settings > turn off 'Location tags' (or 'Save location').",
            "When sharing an existing photo, turn location off in the share sheet (iPhone: Options > Location).",
        ),
        "geotag",
    ),
    Check(
        "fitness-privacy-zones",
        "Phone and camera",
        "Fitness apps hide the start and end of activities near home and work",
        (
            "Strava: Settings > Privacy Controls > Map Visibility: hide start/end points, or make activities Followers/Only You.",
            "Other trackers: set a privacy zone around home and every work site.",
        ),
        "pattern_of_life",
    ),
    Check(
        "location-history",
        "Phone and camera",
        "Location history / Timeline is off or auto-deletes, and Snap Map is in Ghost Mode",
        (
            "Google: Maps > your profile > Your Timeline > turn off Timeline (or auto-delete after 3 months).",
            "Snapchat: Snap Map > Settings > Ghost Mode on.",
        ),
        "pattern_of_life",
    ),
    Check(
        "post-locations",
        "Platforms",
        "Posts do not carry locations or check-ins",
        (
            "X: Settings > Privacy and safety > Location information > 'Add location information to your posts' off.",
            "Instagram and Facebook: do not add a location when posting; remove it from past posts near home or work.",
            "TikTok: do not add a location to videos.",
        ),
        "geotag",
    ),
    Check(
        "work-email-accounts",
        "Accounts",
        "No personal account is registered with a work email address",
        (
            "Check the account email (and secondary emails) on Facebook, Instagram, X, LinkedIn, TikTok, Strava, Reddit.",
            "Change any work address to a personal one; remove it from 'previous' or 'secondary' emails where possible.",
        ),
        "account_registration",
    ),
    Check(
        "work-contact",
        "Accounts",
        "No work phone number or work email appears on a personal profile",
        ("Check the 'Contact info' sections of Facebook, LinkedIn and Instagram business profiles.",),
        "work_contact",
    ),
    Check(
        "employer-on-profiles",
        "Accounts",
        "Profiles do not name your employer, unit, role or work site",
        (
            "LinkedIn: Experience and Headline; use a generic description (e.g. 'public sector') if policy allows.",
            "Facebook: About > Work; X, Instagram, TikTok and Mastodon bios and profile fields.",
        ),
        "department_identifier",
    ),
    Check(
        "profile-visibility",
        "Accounts",
        "Friend and follower lists are private, and tags need your approval",
        (
            "Facebook: Settings > Privacy > 'Who can see your friends list?' Only me; Profile and tagging > Review tags on.",
            "Instagram: Settings > Tags and mentions > Manually approve tags; consider a private account.",
            "LinkedIn: Settings > Visibility > Connections: off.",
        ),
        "colleague_exposure",
    ),
    Check(
        "uniform-photos",
        "Accounts",
        "No photos of you or colleagues in uniform, with passes or insignia, are posted",
        (
            "Archive or delete such photos, and ask friends to remove copies they posted.",
            "Never photograph ID cards, lanyards or security passes.",
        ),
        "uniform",
    ),
    Check(
        "scan-clean",
        "The gate",
        "`auditor scan` of your downloaded data finds nothing at high or above",
        (
            "Download your information from each platform you use, then run:",
            "auditor onboard EXPORTS... --name 'Your Name'   (or --report scan.json; exit 0 = pass, 1 = fix what it lists)",
            "It checks the scan against the profile's onboarding rules, says why it fails and writes onboard.md.",
            "Fix what it lists (it cites the policy for each item) and re-run until it passes.",
        ),
        "",
    ),
)


def render_markdown(profile: Profile | None = None, done: dict[str, bool] | None = None) -> str:
    """The printable checklist; with `done`, boxes are ticked and a summary heads the page."""
    out = ["# Security onboarding: social media and devices", ""]
    if profile is not None and profile.title:
        out += [f"Organisation: {profile.title}", ""]
    if done is not None:
        n = sum(1 for c in CHECKLIST if done.get(c.id))
        out += [f"{n} of {len(CHECKLIST)} done.", ""]
    else:
        out += ["Tick each box when it is true for every device and account you use.", ""]
    section = ""
    for c in CHECKLIST:
        if c.section != section:
            section = c.section
            out += [f"## {section}", ""]
        box = "x" if done and done.get(c.id) else " "
        out.append(f"- [{box}] **{c.title}** (`{c.id}`)")
        out += [f"  - {h}" for h in c.how]
        why = profile.policy(c.category) if profile is not None and c.category else ""
        if why:
            out.append(f"  - Why: {why}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def walk(ask: Callable[[Check], bool]) -> dict[str, bool]:
    """Ask about every item in order; `ask` shows it and returns True when it is done."""
    return {c.id: bool(ask(c)) for c in CHECKLIST}


def outstanding(done: dict[str, bool]) -> list[Check]:
    return [c for c in CHECKLIST if not done.get(c.id)]
