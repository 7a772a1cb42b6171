"""The built-in profiles cover their states' services, tell customers from staff, and a profile
for an organisation the rules were never tuned for (the ATO, tests/eval/profiles/ato.toml) works
out of the box on a small set written for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.engine import active_rules, run_rules
from auditor.models import Item, ItemKind, Platform
from auditor.rules.registry import load_profile
from tests.support.bench import load_bench

ROOT = Path(__file__).resolve().parents[2]
ATO = ROOT / "tests" / "eval" / "profiles" / "ato.toml"


def categories(text: str, profile: str) -> set[str]:
    prof = load_profile(profile)
    item = Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="t", text=text)
    return {str(f.category) for f in run_rules([item], active_rules(prof), prof)}


@pytest.mark.parametrize(
    ("profile", "text"),
    [
        ("qld", "Ten years with the Queensland Police Service this month, proud of my crew"),
        ("qld", "Night shift at a Queensland Health hospital again, I'm a nurse on the cardiac ward"),
        ("qld", "Another week at Education Queensland, report cards due Friday"),
        ("vic", "Five years in Victoria Police today, what a ride"),
        ("vic", "Graduated from the academy, officially a Protective Services Officer"),
        ("vic", "First week at Ambulance Victoria done, loving the crew"),
        ("tas", "Twenty years with Tasmania Police and still love the job"),
        ("tas", "Started at Ambulance Tasmania this week, stoked"),
        ("aps", "Just moved across to the National Disability Insurance Agency, new team new challenges"),
    ],
)
def test_state_services_are_named_employers(profile, text):
    assert "department_identifier" in categories(text, profile)


@pytest.mark.parametrize(
    ("profile", "text"),
    [
        ("qld", "Renewed my licence at Transport and Main Roads today, the lovely lady at the counter was so helpful"),
        ("qld", "Got pulled over by QPS for a random breath test, all good"),
        ("vic", "Six hours in the Alfred Health waiting room with my son, the triage nurse was kind"),
    ],
)
def test_customers_are_not_staff(profile, text):
    assert "department_identifier" not in categories(text, profile)


@pytest.mark.parametrize(
    ("profile", "text", "category"),
    [
        ("qld", "QPRIME was down for the whole shift again, nobody could log in", "operational_detail"),
        ("qld", "Snr Const Daniels and I had a massive night at the Roma Street watch house", "colleague_exposure"),
    ],
)
def test_police_work_in_plain_words(profile, text, category):
    assert category in categories(text, profile)


@pytest.fixture(scope="module")
def bench():
    return load_bench("eval_rules")


def test_an_unknown_organisations_profile_works_out_of_the_box(bench):
    profile = load_profile(str(ATO))
    assert profile.name == "ato"
    posts = bench.load_set(ROOT / "tests" / "eval" / "ato.jsonl")
    table = bench.score(posts, bench.predict(posts, profile))
    for cat in ("department_identifier", "work_email", "work_contact", "location_mention"):
        assert table[cat]["recall"] == 1.0 and table[cat]["precision"] >= 0.85, (cat, table[cat])
    # findings speak the organisation's own terms
    found = bench.predict([p for p in posts if p["id"] == "ato04"], profile)["ato04"]
    assert any("Serious Financial Crime Taskforce" in why for why in found["department_identifier"])
