"""The export owner's own identity: names, handles and emails from the exports' profile files.

Every source that reads an account or profile file yields its fields as `PROFILE_FIELD` Items
(`name`, `display_name`, `username`, `email`, ...). `own_identity` collects them into the
result's top-level ``identity`` block, ``{"names": [...], "handles": [...], "emails": [...]}``,
so that the scan never reports the owner as their own colleague (the colleague rules read it
from the profile's ``owner`` block) and the reports can say once, at the top, what identifies
the person. A source never decides what is risky: this only gathers what the account says about
itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.models import Item, ItemKind

NAME_FIELDS = frozenset({"name", "display_name", "full_name"})
HANDLE_FIELDS = frozenset({"username", "screen_name", "twitter_handle"})
EMAIL_FIELDS = frozenset({"email", "previous_email", "registration_email", "email_change", "contact_email"})
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_MAX_LEN = 80  # longer is a sentence, not a name


class Identity:
    """The owner's identity gathered one Item at a time, as a streaming scan reads them."""

    def __init__(self) -> None:
        self._found: dict[str, dict[str, str]] = {"names": {}, "handles": {}, "emails": {}}

    def add(self, it: Item) -> None:
        if it.kind != ItemKind.PROFILE_FIELD or not it.field or not it.text:
            return
        value = " ".join(it.text.split())
        if not value or len(value) > _MAX_LEN:
            return
        found = self._found
        if it.field in NAME_FIELDS and any(ch.isalpha() for ch in value):
            found["names"].setdefault(value.casefold(), value)
        elif it.field in HANDLE_FIELDS:
            handle = value.lstrip("@")
            if handle and " " not in handle:
                found["handles"].setdefault(handle.casefold(), handle)
        elif it.field in EMAIL_FIELDS and _EMAIL.match(value):
            found["emails"].setdefault(value.casefold(), value)

    def result(self) -> dict[str, list[str]]:
        return {k: list(v.values()) for k, v in self._found.items()}


def own_identity(items: Iterable[Item]) -> dict[str, list[str]]:
    """The owner's names, handles (without "@") and emails, each once, in the order first seen."""
    ident = Identity()
    for it in items:
        ident.add(it)
    return ident.result()
