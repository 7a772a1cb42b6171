"""auditor.rules.documents: DOC101, barcodes and QR codes decoded from photos."""

from __future__ import annotations

from auditor.models import Item, ItemKind, Platform, Severity
from auditor.rules.documents import BCBP, RULES

DOC101 = RULES[0]
PASS = "M1EXAMPLE/PAT        EABC123 CBRSYDQF 0123 123Y012A0001 100"


def _check(text: str, profile, field: str = "barcode", extra: dict | None = None):
    item = Item(platform=Platform.FACEBOOK, kind=ItemKind.CAPTION, path="t", text=text, field=field, extra=extra or {})
    return [(m.severity, m.confidence, m.key) for m in DOC101.check(item, profile)]


def test_documents_rules():
    assert [r.code for r in RULES] == ["DOC101"]
    assert DOC101.kinds == frozenset({ItemKind.CAPTION})


def test_documents_boarding_pass_department_and_id_number_are_high(dibp):
    assert BCBP.match(PASS) is not None
    assert _check(PASS, dibp) == [(Severity.HIGH, 0.95, f"code:{PASS}")]
    assert _check("Australian Border Force staff 1234567", dibp)[0][:2] == (Severity.HIGH, 0.9)
    assert _check("employee ID 1234567", dibp, extra={"barcode_format": "QR_CODE"}) == [
        (Severity.HIGH, 0.7, "QR_CODE:employee ID 1234567")
    ]


def test_documents_any_other_code_is_low_and_only_barcodes_count(dibp):
    assert _check("https://example.org/menu", dibp) == [(Severity.LOW, 0.4, "code:https://example.org/menu")]
    assert _check(PASS, dibp, field="ocr") == []
    assert _check("   ", dibp) == []
