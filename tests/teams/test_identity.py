"""auditor.teams.identity: the campaign key, account identifiers from Items, keyed tokens, and a
dictionary attack on the identity (guessing handles without the key gives nothing)."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from auditor.models import Item, ItemKind, Platform
from auditor.teams.identity import (
    KEY_ENV,
    CampaignKeyError,
    account_identifiers,
    key_id,
    read_key,
    tokens,
    volunteer,
)

KEY = b"campaign-key-for-tests-0123456789"


def field(platform: Platform, name: str, text: str) -> Item:
    return Item(platform=platform, kind=ItemKind.PROFILE_FIELD, path="p.json", text=text, field=name)


ITEMS = [
    field(Platform.TWITTER, "username", "@Quokka_Example"),
    field(Platform.INSTAGRAM, "username", "quokka.example"),
    field(Platform.FACEBOOK, "email", "Quokka@Example.com"),
    field(Platform.LINKEDIN, "email", "quokka@example.com"),
    field(Platform.FACEBOOK, "phone", "+61 400 000 081"),
    field(Platform.TWITTER, "bio", "not an identifier"),
    field(Platform.FACEBOOK, "email", "not an address"),
    Item(platform=Platform.TWITTER, kind=ItemKind.POST, path="t.js", text="quokka@example.com", field="email"),
]


def test_identity_identifiers_are_namespaced_and_normalised():
    assert account_identifiers(ITEMS) == {
        "twitter:username:quokka_example",
        "instagram:username:quokka.example",
        "email:quokka@example.com",  # the same address on two platforms is one identifier
        "phone:61400000081",
    }


def test_identity_same_person_same_tokens_and_key_matters():
    a = volunteer(KEY, ITEMS)
    b = volunteer(KEY, list(reversed(ITEMS)))
    assert a == b and len(a["accounts"]) == 4
    other = volunteer(b"another-campaign-key-0123456789", ITEMS)
    assert other["key_id"] != a["key_id"] and not set(other["accounts"]) & set(a["accounts"])


def test_identity_no_account_is_an_error():
    with pytest.raises(ValueError, match="no account identifier"):
        volunteer(KEY, [field(Platform.TWITTER, "bio", "hello")])


def test_identity_dictionary_attack_without_the_key_finds_nothing():
    target = volunteer(KEY, ITEMS)["accounts"]
    guesses = [
        f"{p}:username:{h}" for p in ("twitter", "instagram") for h in ("quokka_example", "quokka.example", "quokka", "admin")
    ] + ["email:quokka@example.com", "phone:61400000081", "quokka_example", "quokka@example.com"]
    attempts: set[str] = set()
    for g in guesses:
        raw = g.encode()
        attempts |= {
            hashlib.sha256(raw).hexdigest()[:32],
            hashlib.md5(raw).hexdigest(),
            hashlib.sha1(raw).hexdigest()[:32],
            hmac.new(b"", raw, hashlib.sha256).hexdigest()[:32],
        }
        for wrong in (b"password", b"auditor", b"campaign", KEY[:-1], KEY + b"x"):
            attempts |= set(tokens(wrong, [g]))
    assert not attempts & set(target)
    # the attack is real: with the key, the right guesses do find the person (the test can fail)
    assert set(tokens(KEY, guesses)) & set(target)


def test_identity_key_from_file_or_env_and_too_short(tmp_path, monkeypatch):
    f = tmp_path / "campaign.key"
    f.write_bytes(KEY + b"\n")
    assert read_key(str(f), env={}) == KEY
    assert read_key(None, env={KEY_ENV: KEY.decode()}) == KEY
    with pytest.raises(CampaignKeyError, match="no campaign key"):
        read_key(None, env={})
    f.write_bytes(b"short")
    with pytest.raises(CampaignKeyError, match="shorter than"):
        read_key(str(f), env={})
    with pytest.raises(CampaignKeyError, match="cannot read"):
        read_key(str(tmp_path / "missing.key"), env={})
    assert len(key_id(KEY)) == 16
