"""auditor.demo.agencies: every fact of each organisation's persona comes from its own profile
(names, roles, domains, hashtags, work sites, systems, operational words)."""

from __future__ import annotations

import pytest

from auditor.config import load_profile
from auditor.demo.agencies import AGENCIES


@pytest.mark.parametrize("name", sorted(AGENCIES))
def test_agencies_facts_come_from_the_profile(name):
    a = AGENCIES[name]
    p = load_profile(name)
    assert a.profile == name
    assert a.employer in p.terms("organisation", "names")
    assert a.role in p.terms("organisation", "roles") + p.terms("organisation", "weak_roles")
    assert a.domain in p.terms("organisation", "domains")
    assert a.hashtag in p.terms("organisation", "hashtags")
    assert a.site in p.terms("places", "work_sites")
    assert a.system in p.terms("operations", "systems")
    assert any(w in a.system_problem for w in p.terms("operations", "system_problems"))
    assert a.operation in p.terms("operations", "terms")
    assert a.work_email.endswith("@" + a.domain) and a.personal_email.endswith("@example.com")


def test_agencies_are_distinct_people():
    assert len({a.name for a in AGENCIES.values()}) == len(AGENCIES)
    assert len({a.handle for a in AGENCIES.values()}) == len(AGENCIES)
    colleagues = [c for a in AGENCIES.values() for c in a.colleagues]
    assert len(set(colleagues)) == len(colleagues)
