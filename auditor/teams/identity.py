"""Volunteer identity for `auditor stats`: keyed hashes of the export's own account identifiers.

A volunteer's summary must let the integrity team count people, not files: the same person
handing in the same report twice, ten copies of it, or a later or partial export of the same
accounts has to be recognised, or the minimum cell size protects nobody. The summary therefore
carries one token per account identifier found in the export (a username on a platform, an
account email, a phone number): HMAC-SHA256 under a key the integrity team supplies for its
campaign, truncated to 128 bits. Two summaries of the same person share at least one token;
without the key, guessing handles and hashing them gives nothing (HMAC, not a plain hash), and
the tokens of one campaign mean nothing in another. The key holder can still test a guessed
handle, so the key stays with whoever runs `stats` and is not published with the figures.

Only identifiers are hashed here, never content; the identifiers themselves never leave this
module. No I/O beyond reading the key file; no network.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from collections.abc import Iterable
from pathlib import Path

from auditor.models import Item, ItemKind

KEY_ENV = "AUDITOR_STATS_KEY"
MIN_KEY_BYTES = 16
TOKEN_HEX = 32  # 128 bits of HMAC-SHA256: no collisions between volunteers in practice
TOKEN = re.compile(rf"^[0-9a-f]{{{TOKEN_HEX}}}$")
KEY_ID_HEX = 16

# profile fields that identify an account, and the namespace each is hashed in: a username is
# only unique on its own platform; an email address or a phone number is the same on every one
IDENTIFIER_FIELDS = {
    "username": "platform",
    "email": "email",
    "previous_email": "email",
    "registration_email": "email",
    "phone": "phone",
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class CampaignKeyError(ValueError):
    """No usable campaign key (the CLI prints it and exits 2)."""


def read_key(path: str | None = None, env: dict[str, str] | None = None) -> bytes:
    """The campaign key: the file's bytes (surrounding whitespace removed), else $AUDITOR_STATS_KEY."""
    env = os.environ if env is None else env
    if path:
        try:
            key = Path(path).read_bytes().strip()
        except OSError as exc:
            raise CampaignKeyError(f"cannot read the key file {path}: {exc.strerror or exc}") from None
        where = path
    elif env.get(KEY_ENV):
        key, where = env[KEY_ENV].strip().encode("utf-8"), f"${KEY_ENV}"
    else:
        raise CampaignKeyError(f"no campaign key: pass --key-file FILE (from your integrity team) or set {KEY_ENV}")
    if len(key) < MIN_KEY_BYTES:
        raise CampaignKeyError(f"the campaign key in {where} is shorter than {MIN_KEY_BYTES} bytes; ask for a longer random key")
    return key


def key_id(key: bytes) -> str:
    """A short public check value of the key: summaries made with another key are refused."""
    return hmac.new(key, b"auditor-stats-key-id", hashlib.sha256).hexdigest()[:KEY_ID_HEX]


def _normal(namespace: str, value: str) -> str | None:
    v = value.strip().casefold()
    if namespace == "email":
        return v if _EMAIL.match(v) else None
    if namespace == "phone":
        digits = re.sub(r"\D", "", v)
        return digits if len(digits) >= 8 else None  # shorter is not a phone number
    v = v.lstrip("@")
    return v or None


def account_identifiers(items: Iterable[Item]) -> set[str]:
    """The export's stable account identifiers, namespaced ('twitter:username:x', 'email:a@b')."""
    out: set[str] = set()
    for it in items:
        if it.kind != ItemKind.PROFILE_FIELD or it.field not in IDENTIFIER_FIELDS or not it.text:
            continue
        namespace = IDENTIFIER_FIELDS[it.field]
        value = _normal(namespace, it.text)
        if value is None:
            continue
        out.add(f"{it.platform}:username:{value}" if namespace == "platform" else f"{namespace}:{value}")
    return out


def tokens(key: bytes, identifiers: Iterable[str]) -> list[str]:
    """One keyed token per identifier, sorted (the order of accounts says nothing)."""
    return sorted({hmac.new(key, i.encode("utf-8"), hashlib.sha256).hexdigest()[:TOKEN_HEX] for i in identifiers})


def volunteer(key: bytes, items: Iterable[Item]) -> dict[str, object]:
    """The identity block of a `stats --me` summary; ValueError when the export names no account."""
    ids = account_identifiers(items)
    if not ids:
        raise ValueError(
            "no account identifier (username, account email or phone) in these exports: a camera folder alone "
            "cannot identify a volunteer; add a platform export"
        )
    return {"key_id": key_id(key), "accounts": tokens(key, ids)}
