"""One invented officer per built-in profile, each exposed in that organisation's own terms.

`AGENCIES` maps a profile name (qld, vic, tas, aps) to an `Agency`: the person (invented name,
handles, colleagues), the organisation as the profile names it (employer, role, work email
domain, hashtag), the work site from the profile's `[places]` with a position near it, the work
system and operational words from its `[operations]`, and a home and gym nearby. `dibp` keeps
the full Border Force persona (`auditor.demo.persona`). `auditor.demo.agency` writes the exports
from these facts, so a Queensland integrity team's demo shows Queensland Corrective Services,
Brisbane Correctional Centre and IOMS, not the Border Force.

Everything is invented: no real person's data. Positions are public places (a prison, an office
park) and ordinary suburban streets. Data only; no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Agency:
    profile: str
    name: str
    handle: str
    employer: str  # as the profile's [organisation] names lists it
    role: str  # from [organisation] roles
    domain: str  # from [organisation] domains
    hashtag: str  # from [organisation] hashtags
    site: str  # from [places] work_sites
    city: str
    system: str  # from [operations] systems
    system_problem: str  # a phrase holding one of [operations] system_problems
    operation: str  # from [operations] terms
    work: tuple[float, float]
    home: tuple[float, float]
    gym: tuple[float, float]
    colleagues: tuple[str, str, str]
    offset: str = "+10:00"
    start: datetime = datetime(2025, 5, 5)  # a Monday

    @property
    def first(self) -> str:
        return self.name.split(" ")[0]

    @property
    def last(self) -> str:
        return self.name.split(" ")[-1]

    @property
    def work_email(self) -> str:
        return f"{self.first.lower()}.{self.last.lower()}@{self.domain}"

    @property
    def personal_email(self) -> str:
        return f"{self.handle.replace('_', '.')}@example.com"


AGENCIES: dict[str, Agency] = {
    a.profile: a
    for a in (
        Agency(
            profile="qld",
            name="Jordan Ashcombe",
            handle="jordan_ash_example",
            employer="Queensland Corrective Services",
            role="Custodial Correctional Officer",
            domain="corrections.qld.gov.au",
            hashtag="#QCS",
            site="Brisbane Correctional Centre",
            city="Brisbane",
            system="IOMS",
            system_problem="is down",
            operation="cell search",
            work=(-27.58830, 152.92560),
            home=(-27.66310, 152.91840),
            gym=(-27.65870, 152.92510),
            colleagues=("Priya Dunmore", "Lachlan Verity", "Tess Okonjo"),
        ),
        Agency(
            profile="vic",
            name="Casey Marlowe",
            handle="casey_marl_example",
            employer="Corrections Victoria",
            role="Prison Officer",
            domain="justice.vic.gov.au",
            hashtag="#CorrectionsVic",
            site="Melbourne Assessment Prison",
            city="Melbourne",
            system="PIMS",
            system_problem="is offline",
            operation="lockdown",
            work=(-37.81020, 144.95430),
            home=(-37.76760, 144.96120),
            gym=(-37.77130, 144.95870),
            colleagues=("Rhys Albescu", "Mei Tranter", "Dom Ferreira"),
        ),
        Agency(
            profile="tas",
            name="Avery Trelawny",
            handle="avery_trel_example",
            employer="Tasmania Prison Service",
            role="Correctional Officer",
            domain="justice.tas.gov.au",
            hashtag="#TasStateService",
            site="Risdon Prison",
            city="Hobart",
            system="CCTV",
            system_problem="is not working",
            operation="code black",
            work=(-42.83620, 147.35990),
            home=(-42.87460, 147.37020),
            gym=(-42.87090, 147.37510),
            colleagues=("Bronte Kilgour", "Sami Halloran", "Ned Whitcombe"),
        ),
        Agency(
            profile="aps",
            name="Harper Linwood",
            handle="harper_lin_example",
            employer="Services Australia",
            role="Customer Service Officer",
            domain="servicesaustralia.gov.au",
            hashtag="#ServicesAustralia",
            site="Tuggeranong Office Park",
            city="Canberra",
            system="Process Direct",
            system_problem="crashed",
            operation="fraud referral",
            work=(-35.41520, 149.06790),
            home=(-35.38960, 149.08620),
            gym=(-35.39350, 149.08210),
            colleagues=("Noor Bellamy", "Flynn Oduya", "Kit Sandoval"),
        ),
    )
}
