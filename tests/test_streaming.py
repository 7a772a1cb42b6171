"""auditor.streaming: the rules over Items as they arrive, in bounded memory, on both cores."""

from __future__ import annotations

import gc
import weakref

from auditor import streaming
from auditor.config import load_profile
from auditor.engine import with_owner
from auditor.models import Audience, Category, Item, ItemKind, Platform
from auditor.streaming import RuleStream

EVERYDAY = "Lovely walk on the beach with the dog this morning, then coffee and a long nap."
WORK = "Another double shift on the primary line at Sydney Airport for Border Force, roster is brutal."


def _post(i: int, text: str) -> Item:
    return Item(
        platform=Platform.FACEBOOK,
        kind=ItemKind.POST,
        path="posts.json",
        item_id=str(i),
        text=text,
        audience=Audience.PUBLIC,
    )


class _Traced(Item):
    __slots__ = ("__weakref__",)  # Item has slots: this one can be watched with a weak reference


def test_checked_items_without_findings_are_not_kept(monkeypatch) -> None:
    monkeypatch.setattr(streaming, "SERIAL_CHUNK", 50)
    stream = RuleStream(load_profile("dibp"), [], workers=1)
    refs = []
    for i in range(400):
        it = _Traced(**{k: getattr(_post(i, EVERYDAY), k) for k in Item.__dataclass_fields__})
        refs.append(weakref.ref(it))
        stream.add(it)
        del it
    gc.collect()
    alive = sum(1 for r in refs if r() is not None)
    assert alive <= 50  # at most the chunk not yet checked
    assert stream.finish() == []


def test_only_items_a_later_stage_needs_are_kept(monkeypatch) -> None:
    monkeypatch.setattr(streaming, "SERIAL_CHUNK", 10)
    stream = RuleStream(load_profile("dibp"), [], workers=1)
    for i in range(100):
        stream.add(_post(i, WORK if i % 10 == 0 else EVERYDAY))
    found = stream.finish()
    assert {f.item_id for f in found} == {str(i) for i in range(0, 100, 10)}
    # the work posts can be reworded; nothing else is held
    assert [it.item_id for it in stream.rewrite_items] == [str(i) for i in range(0, 100, 10)]


def test_workers_give_what_one_process_gives_in_the_same_order(monkeypatch) -> None:
    monkeypatch.setattr(streaming, "PARALLEL_RULES_MIN", 30)
    monkeypatch.setattr(streaming, "RULE_CHUNK", 25)
    prof = load_profile("dibp")
    items = [_post(i, WORK if i % 3 == 0 else EVERYDAY) for i in range(300)]
    one = RuleStream(prof, [], workers=1)
    two = RuleStream(prof, [], workers=2)
    seen: list[int] = []
    two.progress = lambda stage, n, total: seen.append(n)
    for it in items:
        one.add(it)
        two.add(it)
    assert two._pool is not None  # the workers started once the texts passed the threshold
    a, b = one.finish(), two.finish()
    assert [f.fingerprint for f in a] == [f.fingerprint for f in b] and len(a) >= 100
    assert sum(seen) == len(items)
    assert two._pool is None  # stopped by finish


def test_in_flight_chunks_are_bounded(monkeypatch) -> None:
    monkeypatch.setattr(streaming, "PARALLEL_RULES_MIN", 10)
    monkeypatch.setattr(streaming, "RULE_CHUNK", 10)
    stream = RuleStream(load_profile("dibp"), [], workers=2)
    most = 0
    for i in range(600):
        stream.add(_post(i, EVERYDAY))
        most = max(most, len(stream._inflight))
    stream.finish()
    assert 0 < most <= 2 * 2


def test_the_owner_is_rechecked_once_known_and_never_their_own_colleague() -> None:
    prof = load_profile("dibp")
    text = "Great shift with Sam Example and Priya Natarajan at Border Force today."
    stream = RuleStream(prof, [], workers=1)
    stream.add(_post(1, text))
    owned = with_owner(prof, {"names": ["Sam Example"], "handles": [], "emails": []})
    found = stream.finish(owned)
    colleagues = " ".join(f.fingerprint_key for f in found if f.category == Category.COLLEAGUE_EXPOSURE)
    before = RuleStream(prof, [], workers=1)
    before.add(_post(1, text))
    unowned = " ".join(f.fingerprint_key for f in before.finish() if f.category == Category.COLLEAGUE_EXPOSURE)
    assert "sam example" in unowned  # without the owner known, the name reads as a colleague
    assert "sam example" not in colleagues and "priya natarajan" in colleagues


def test_a_points_batch_skips_the_rules_unless_one_applies(monkeypatch) -> None:
    import dataclasses

    from auditor.models import Points
    from auditor.rules.base import Match

    points = Points(Platform.GOOGLE, "Records.json", "records.json")
    for k in range(30):
        points.lat.append(-33.9 + k / 1000)
        points.lon.append(151.1)
        points.accuracy.append(20.0)
        points.time_us.append(1_700_000_000_000_000 + k * 60_000_000)
        points.extras.append(None)
    dibp = load_profile("dibp")
    stream = RuleStream(dibp, [], workers=1)
    stream.add(_post(0, WORK))
    stream.add_points(points)
    stream.add(_post(1, WORK))
    assert stream.checked == 30  # the batch counted at once; the posts are still pending
    plain = stream.finish()
    assert stream.checked == 32 and {f.item_id for f in plain} == {"0", "1"}

    geo = next(r for r in streaming.active_rules(dibp) if r.code == "GEO101")
    here = dataclasses.replace(
        geo, code="LOC1", kinds=frozenset({ItemKind.LOCATION_RECORD}), check=lambda it, p: [Match("here", "here", "a record")]
    )
    original = streaming.active_rules
    monkeypatch.setattr(streaming, "active_rules", lambda profile: [*original(profile), here])
    stream = RuleStream(dibp, [], workers=1)
    stream.add_points(points)
    found = stream.finish()
    assert [f.code for f in found] == ["LOC1"] * 30 and len({f.timestamp for f in found}) == 30
