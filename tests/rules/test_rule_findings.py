"""What findings carry: a `why` naming what fired, a confidence, and severity by reach."""

from __future__ import annotations

import pytest

from auditor.config import load_profile
from auditor.engine import active_rules, run_rules
from auditor.models import Audience, Item, ItemKind, Platform, Severity


def _item(text: str, kind: ItemKind = ItemKind.POST, audience: Audience = Audience.PUBLIC, field: str | None = None) -> Item:
    return Item(platform=Platform.FACEBOOK, kind=kind, path="t", text=text, audience=audience, field=field)


def _findings(text: str, profile: str = "dibp", **kw):
    prof = load_profile(profile)
    return list(run_rules([_item(text, **kw)], active_rules(prof), prof))


@pytest.mark.parametrize(
    "text,code,term",
    [
        ("Ten years with the ABF today", "DEP101", "ABF"),
        ("ring my desk on 02 6264 1111", "CON201", "my desk"),
        ("new lanyard for the night shift at the terminal", "UNI101", "lanyard"),
        ("another early start at Sydney Airport", "LOC102", "Sydney Airport"),
        ("we seized 30kg of ice at the wharf today", "OPS101", "seized"),
        ("thanks to my supervisor Raj for covering", "COL101", "Raj"),
        ("the Minister is a disgrace", "OFC102", "disgrace"),
    ],
)
def test_findings_why_names_the_term_and_confidence_is_a_probability(text, code, term):
    hits = [f for f in _findings(text) if f.code == code]
    assert hits, f"{code} did not fire on {text!r}"
    assert term in hits[0].why
    assert 0.0 < hits[0].confidence <= 1.0
    assert hits[0].policy.startswith("DIBP")


def test_findings_private_message_ranks_below_public_post():
    text = "Massive day, we seized 30kg of meth at the mail centre"
    post = [f for f in _findings(text) if f.code == "OPS101"][0]
    dm = [f for f in _findings(text, kind=ItemKind.MESSAGE, audience=Audience.PRIVATE) if f.code == "OPS101"][0]
    assert post.severity.rank > dm.severity.rank


def test_findings_profile_field_outranks_a_post():
    field = [f for f in _findings("Border Force Officer", kind=ItemKind.PROFILE_FIELD, field="headline") if f.code == "DEP101"]
    post = [f for f in _findings("I'm a Border Force Officer") if f.code == "DEP101"]
    assert field[0].severity == Severity.HIGH and post[0].severity == Severity.MEDIUM


def test_findings_sites_table_in_a_custom_profile_counts_as_work_site(tmp_path):
    f = tmp_path / "sites.toml"
    f.write_text('[[sites]]\nname = "Eagle Farm depot"\nlat = -27.43\nlon = 153.08\naliases = ["the Farm"]\n', encoding="utf-8")
    prof = load_profile(str(f))
    hits = list(run_rules([_item("early start at Eagle Farm depot")], active_rules(prof), prof))
    assert any(h.code == "LOC102" for h in hits)


def test_findings_profiles_do_not_share_compiled_terms():
    assert any(f.code == "DEP101" for f in _findings("Ten years at Centrelink", profile="aps"))
    assert not any(f.code == "DEP101" for f in _findings("Ten years at Centrelink", profile="dibp"))
    assert any(f.code == "DEP101" for f in _findings("Ten years at Corrections Victoria", profile="vic"))
