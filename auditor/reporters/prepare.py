"""Get a result dict ready to show: redact evidence, coarsen positions, hide baselined findings.

Every human-readable reporter (terminal, Markdown, HTML, CSV) renders what `prepare` returns,
whether the dict comes straight from a scan or from a saved JSON report, so a re-rendered
report is redacted the same way as the original. `reporters.output.render` calls it; baseline
files are read in `auditor.baseline`, which hands over only a set of fingerprints.

Works on dicts only: never reads inputs, never re-runs detection, never mutates its argument.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from auditor.models import redact, summarise

COARSE_DECIMALS = 2  # about 1.1 km north-south: suburb level, not street level

_COORD = re.compile(r"(?<![\w.])(-?\d{1,3}\.\d{3,})(?![\w.])")


def _word_pattern(word: str) -> re.Pattern[str] | None:
    """A pattern for a word that matches it raw or redacted (same first/last char and length)."""
    if len(word) < 2 or word[0] == "*" or word[-1] == "*":
        return None
    first, last, inner = word[0], word[-1], len(word) - 2
    return re.compile(rf"(?<!\w){re.escape(first)}\S{{{inner}}}{re.escape(last)}(?!\w)")


def redact_text_like(text: str, evidence: str, keep: set[str] | None = None) -> str:
    """Redact, inside `text`, every word that also appears in `evidence` (raw or redacted).

    Messages often quote what matched ("registered with work email a.b@dept.gov.au"); if only
    the evidence field were redacted the message would re-expose it. Only identifying words
    (with a capital, digit, @ or #) are redacted; words in `keep` (the rule's own name) never.
    """
    if not text or not evidence:
        return text
    keep = {k.casefold() for k in (keep or set())}
    out = text
    raw = evidence.split()
    words = dict.fromkeys(raw + [w.strip(".,;:!?()[]{}\"'“”‘’…") for w in raw])
    # longest first, in a fixed order, so overlapping words redact the same way every run
    for word in sorted(words, key=lambda w: (-len(w), w)):
        pat = _word_pattern(word)
        if pat is None:
            continue
        out = pat.sub(lambda m: redact(m.group(0)) if _identifying(m.group(0), keep) else m.group(0), out)
    return out


def _identifying(word: str, keep: set[str]) -> bool:
    # Names, addresses, numbers and handles identify; plain lower-case words ("photos",
    # "uniform") say what kind of thing was found and stay readable.
    if word.casefold() in keep:
        return False
    return any(ch.isdigit() or ch.isupper() or ch in "@#" for ch in word)


def _coarse_number(m: re.Match[str]) -> str:
    return f"{float(m.group(1)):.{COARSE_DECIMALS}f}"


def coarsen_text(text: str) -> str:
    """Round every decimal-degree-looking number in free text to suburb level."""
    return _COORD.sub(_coarse_number, text) if text else text


_TEXT_KEYS = {"message", "why", "evidence", "title", "label", "description"}


def _coarsen(obj: Any, text: bool = False) -> Any:
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            if k in ("lat", "lon", "latitude", "longitude") and isinstance(v, int | float) and not isinstance(v, bool):
                out[k] = round(float(v), COARSE_DECIMALS)
            else:
                out[k] = _coarsen(v, text=k in _TEXT_KEYS)
        return out
    if isinstance(obj, list):
        return [_coarsen(v, text) for v in obj]
    if isinstance(obj, str) and text:
        return coarsen_text(obj)
    return obj


def prepare(
    data: dict[str, Any],
    show_evidence: bool = False,
    coarse: bool = False,
    baseline: set[str] | None = None,
) -> dict[str, Any]:
    """A copy of `data` ready to render, with a `report` block saying what was done to it."""
    out = copy.deepcopy(data)
    findings = [f for f in out.get("findings", []) if isinstance(f, dict)]
    hidden = 0
    if baseline:
        # "fingerprint_v1": the same media finding as an older auditor fingerprinted it
        kept = [f for f in findings if f.get("fingerprint") not in baseline and f.get("fingerprint_v1") not in baseline]
        hidden = len(findings) - len(kept)
        findings = kept
    if not show_evidence:
        for f in findings:
            ev = str(f.get("evidence") or "")
            keep = set(re.split(r"[-_\s]+", str(f.get("name") or "")))
            # an inference's message is the tool's own conclusion ("Likely home: Rockdale NSW"),
            # not quoted export text; it stays readable (use --coarse to share a report)
            quoted = () if f.get("category") == "pattern_of_life" else ("message", "why")
            for key in quoted:
                if isinstance(f.get(key), str):
                    f[key] = redact_text_like(f[key], ev, keep)
            f["evidence"] = redact(ev)
    if coarse:
        findings = _coarsen(findings)
    out["findings"] = findings
    out["summary"] = summarise(findings)
    info = dict(out.get("report") or {})
    info.update(
        {
            "evidence": "shown" if show_evidence else "redacted",
            "positions": "coarse" if coarse else "exact",
            "baseline_hidden": hidden + int(info.get("baseline_hidden", 0) or 0),
        }
    )
    out["report"] = info
    return out
