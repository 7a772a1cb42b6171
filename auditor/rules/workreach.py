"""How a writer is reached about the work, in forms no listed cue names, for `worknumbers`.

A workplace's phone by its own number or letter ("Pod 3 phone", "Ward 4B line", "Desk 14 phone") or
by a word of its team's between ("the team inbox line", "the unit intake phone"); a client, a family
or a caller told to call the writer back about their case ("Please call me back on ... quoting your
reference", "tell the family to ring me back on ..."). Each is read only where `worknumbers`' listed
cues do not decide; a firm's or a shop's own line stays the firm's (`worknumbers._PRIVATE_WORK`).
"""

from __future__ import annotations

import re

from auditor.rules.base import lazy_pattern

__all__ = ["UNIT_PHONE", "call_back"]

# the phone of a numbered unit or a team's named line: "Pod 3 phone is ...", "Ward 4B line",
# "reach me on the team inbox line ...", "the unit intake phone"; not "room 3 phone" (a hotel's),
# not "the team group chat" (no phone), not "the netball team hotline" (a club's cue owns it)
UNIT_PHONE = lazy_pattern(
    r"\b(?:pod|ward|unit|desk|bay|booth|counter|team|section|module|wing|block)\s+(?:\d{1,3}[a-z]?|[a-z]\d{0,2})\s+"
    r"(?:phone|line|landline|mobile|mob|number|extension)\b"
    r"|\b(?:team|unit|ward|desk|pod|section|branch)\s+(?!(?:group|chat|footy|netball|soccer|cricket|sales|party)\b)"
    r"(?:inbox|intake|enquir(?:y|ies)|referrals?|triage|duty|admin|support|direct|shared|general|main)\s+"
    r"(?:line|phone|landline|number|mobile)\b",
    re.IGNORECASE,
)
# a client, a family or a caller told to call the writer back, or a call back quoting a case: the
# writer's work line ("Please call me back on ... quoting ref INV-2281", "If a client calls, tell
# them to ring me back on ...", "Clients can call me back on ..."); not "call me back about the couch"
_CALL_BACK = lazy_pattern(
    r"\b(?P<back>(?:call|ring|phone)\s+me\s+back)\b[^!?]{0,60}?\b(?P<case>quot(?:e|ing)|(?:your|the|my)\s+(?:ref(?:erence)?|case|file|claim)"
    r"(?:\s+(?:number|no\.?))?|ref(?:erence)?\s*(?:no\.?|number|#|:)?\s*[A-Z]{0,4}-?\d)"
    r"|\b(?P<who>clients?|famil(?:y|ies)|participants?|patients?|applicants?|complainants?|caller|carers?|parents)\b"
    r"[^.!?\n]{0,40}?\b(?P<back2>(?:call|ring|phone)\s+me\s+back)\b",
    re.IGNORECASE,
)


def call_back(text: str, start: int, end: int) -> str | None:
    """The words that tell a client or a caller to call the writer back about a case, in reach of the
    number at text[start:end], shortened for a `why` without the number ("call me back ... quoting"), or None."""
    m = _CALL_BACK.search(text, max(0, start - 80), min(len(text), end + 60))
    if m is None:
        return None
    return f"{m.group('back')} ... {m.group('case')}" if m.group("back") else f"{m.group('who')} ... {m.group('back2')}"
