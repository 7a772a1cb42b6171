"""The export owner's own identity, collected from the profile fields every source yields."""

from __future__ import annotations

from pathlib import Path

from auditor.engine import scan
from auditor.models import Item, ItemKind, Platform
from auditor.sources.owner import own_identity

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"


def _field(platform: Platform, field: str, text: str) -> Item:
    return Item(platform=platform, kind=ItemKind.PROFILE_FIELD, path="p", text=text, field=field)


def test_names_handles_and_emails_once_each():
    items = [
        _field(Platform.TWITTER, "username", "@sam_example"),
        _field(Platform.TWITTER, "display_name", "Sam  Example"),
        _field(Platform.FACEBOOK, "name", "Sam Example"),
        _field(Platform.FACEBOOK, "email", "Sam@Example.com"),
        _field(Platform.LINKEDIN, "previous_email", "sam@example.com"),
        _field(Platform.LINKEDIN, "bio", "Runner, coffee snob"),  # not an identifier
        _field(Platform.LINKEDIN, "email", "not an email"),
        Item(platform=Platform.TWITTER, kind=ItemKind.POST, path="p", text="hi", field="name"),  # a post, not a profile
    ]
    assert own_identity(items) == {"names": ["Sam Example"], "handles": ["sam_example"], "emails": ["Sam@Example.com"]}


def test_nothing_named_gives_empty_lists():
    assert own_identity([]) == {"names": [], "handles": [], "emails": []}


def test_sample_scan_knows_its_owner_and_never_calls_them_a_colleague(dibp):
    result = scan([str(SAMPLE)], dibp)
    ident = result.to_dict()["identity"]
    assert "Morgan Quillfeather" in ident["names"]
    assert {"mquill", "morgan.quill", "morgan_quill_example"} <= set(ident["handles"])
    assert "morgan.quillfeather@abf.gov.au" in ident["emails"]
    own = {n.casefold() for n in ident["names"]} | {"@" + h.casefold() for h in ident["handles"]}
    for f in result.findings:
        if f.category == "colleague_exposure":
            named = f.why.split(" with ")[0].casefold()
            assert not any(o in named for o in own), f.why
