"""The rules run over Items as the sources read them, on both cores, in bounded memory.

`RuleStream.add(item)` takes each Item of a scan the moment a source yields it. Items are
checked in chunks: in this process while there are few texts, and once a scan has many
(`PARALLEL_RULES_MIN`) in forked worker processes, with at most two chunks per worker in
flight, so reading and checking overlap and an export is never held whole. After its chunk
is checked an Item is dropped, except the few the end of the scan still needs:

- items with a colleague finding: the owner's own names are known only once every export is
  read (`sources.owner`), and the colleague rules skip them; these items are checked again
  with the owner known (`finish`), which only ever removes the owner from what was found;
- the first items that can be given a safer wording (`rewrite.add_rewrites` rewords at most
  `MAX_REWRITES` items of a scan).

The profile and the compiled rules reach the workers once, when they start (a forked worker
inherits them; a spawned one receives the profile once), never with every chunk.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

from auditor.config import Profile
from auditor.exposure import Merger
from auditor.models import Audience, Category, Finding, Item, Points, ScanError, blocking
from auditor.portable import mp_context
from auditor.rewrite import EDITABLE_KINDS, MAX_REWRITES, NOT_TEXT
from auditor.rules.registry import active_rules
from auditor.rules.runner import rules_for_bare, run_rules

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

PARALLEL_RULES_MIN = 4000  # texts read before workers start: below this, starting them costs more than it saves
RULE_CHUNK = 1000  # items per chunk sent to a worker
SERIAL_CHUNK = 2000  # items checked at a time in this process

ProgressFn = Callable[[str, int, int | None], None]
Checked = list[tuple[int, list[Finding]]]  # (index of the item in its chunk, its findings)

_worker_profile: Profile | None = None


def _init_worker(profile: Profile) -> None:
    global _worker_profile
    _worker_profile = profile


def check_chunk(items: list[Item], profile: Profile, errors: list[ScanError]) -> Checked:
    """Every active rule over each item of a chunk: the findings of each item that has any."""
    rules = active_rules(profile)
    out: Checked = []
    for i, item in enumerate(items):
        found = list(run_rules((item,), rules, profile, errors))
        if found:
            out.append((i, found))
    return out


def _worker_chunk(items: list[Item]) -> tuple[Checked, list[ScanError]]:
    assert _worker_profile is not None  # set by the pool's initializer
    errors: list[ScanError] = []
    return check_chunk(items, _worker_profile, errors), errors


class RuleStream:
    """Items in, findings out (see the module docstring)."""

    def __init__(
        self,
        profile: Profile,
        errors: list[ScanError],
        workers: int | None = None,
        progress: ProgressFn | None = None,
        start_method: str | None = None,
        merger: Merger | None = None,
    ) -> None:
        self.profile = profile
        # with a merger, findings no later stage changes go straight into it (one compact group
        # per exposure) instead of being held one by one
        self.merger = merger
        self.errors = errors
        self.workers = workers or min(os.cpu_count() or 1, 8)
        self.progress = progress or (lambda stage, n, total: None)
        self.start_method = start_method
        self.checked = 0
        self._pending: list[Item] = []
        self._texts = 0
        self._pool: ProcessPoolExecutor | None = None
        self._inflight: deque[tuple[list[Item], Future]] = deque()
        self._found: list[list[Finding]] = []  # findings of each item that has any, in reading order
        self._slot_item: list[int] = []  # each slot's item number in reading order
        self.held_seqs: list[tuple[int, int]] = []  # what finish() returns, each finding's place in reading order
        self._recheck: list[tuple[Item, int]] = []  # items with a colleague finding, and their slot
        self.rewrite_items: list[Item] = []  # items a safer wording may be offered for

    # ---- feeding ---------------------------------------------------------------------------

    def add(self, item: Item) -> None:
        self._pending.append(item)
        if item.text:
            self._texts += 1
        if self._pool is None:
            if self.workers >= 2 and self._texts >= PARALLEL_RULES_MIN:
                self._start_pool()
            elif len(self._pending) >= (SERIAL_CHUNK if self.workers < 2 else 10 * PARALLEL_RULES_MIN):
                self._check_here()  # few texts (location records, photos): no workers needed
            return
        if len(self._pending) >= RULE_CHUNK:
            self._submit()

    def add_points(self, points: Points) -> None:
        """A batch of text-less location records (`models.Points`): each point is checked as its
        Item only when a rule of the profile applies to such an item (decided on the batch's
        first); otherwise the batch is counted as checked, in its place in reading order (items
        still pending get later numbers, which keeps every finding's order), without an Item."""
        if not len(points):
            return
        if rules_for_bare(next(points.items()), active_rules(self.profile)):
            for item in points.items():
                self.add(item)
            return
        self.checked += len(points)
        self.progress("rules", len(points), None)

    def _check_here(self) -> None:
        chunk, self._pending = self._pending, []
        self._take(chunk, check_chunk(chunk, self.profile, self.errors))

    def _start_pool(self) -> None:
        # warm the per-profile caches (compiled patterns, the text model) here first, so that
        # forked workers inherit them instead of each building its own
        warm = [it for it in self._pending if it.text][:20]
        list(run_rules(warm, active_rules(self.profile), self.profile, []))
        from concurrent.futures import ProcessPoolExecutor  # lazy: ~20 ms of imports a scan with few texts never needs

        self._pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=mp_context(self.start_method),
            initializer=_init_worker,
            initargs=(self.profile,),
        )
        while len(self._pending) >= RULE_CHUNK:
            self._submit()

    def _submit(self) -> None:
        assert self._pool is not None
        chunk, self._pending = self._pending[:RULE_CHUNK], self._pending[RULE_CHUNK:]
        self._inflight.append((chunk, self._pool.submit(_worker_chunk, chunk)))
        while len(self._inflight) > 2 * self.workers:
            self._collect_oldest()

    def _collect_oldest(self) -> None:
        chunk, fut = self._inflight.popleft()
        checked, errors = fut.result()
        self.errors.extend(errors)
        self._take(chunk, checked)

    # ---- results ---------------------------------------------------------------------------

    def _take(self, chunk: list[Item], checked: Checked) -> None:
        for i, found in checked:
            item = chunk[i]
            recheck = any(f.category == Category.COLLEAGUE_EXPOSURE for f in found)
            reword = (
                len(self.rewrite_items) < 2 * MAX_REWRITES
                and item.kind in EDITABLE_KINDS
                and bool(item.text)
                and item.audience != Audience.PRIVATE
                and any(f.category not in NOT_TEXT for f in blocking(found))
            )
            item_no = self.checked + i  # its place in reading order: the merger orders by it
            if self.merger is not None and not recheck and not reword:
                for j, f in enumerate(found):
                    self.merger.add(f, (item_no, j))
                continue
            slot = len(self._found)
            self._found.append(found)
            self._slot_item.append(item_no)
            if recheck:
                self._recheck.append((item, slot))
            if reword:
                self.rewrite_items.append(item)
        self.checked += len(chunk)
        self.progress("rules", len(chunk), None)

    def finish(self, owned: Profile | None = None) -> list[Finding]:
        """Check what is left, stop the workers, and return the findings not yet in the merger
        (every finding, without one) in reading order; `owned` (the profile with the owner's
        identity) re-checks the items it can change."""
        try:
            while self._inflight:
                self._collect_oldest()
            if self._pending:
                if self._pool is not None:
                    while self._pending:
                        self._submit()
                    while self._inflight:
                        self._collect_oldest()
                else:
                    self._check_here()
        finally:
            self.close()
        if owned is not None and owned is not self.profile:
            rules = active_rules(owned)
            for item, slot in self._recheck:
                self._found[slot] = list(run_rules((item,), rules, owned, self.errors))
        self.progress("rules", 0, self.checked)
        self.held_seqs = [(n, j) for n, found in zip(self._slot_item, self._found, strict=True) for j in range(len(found))]
        return [f for found in self._found for f in found]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
            self._inflight.clear()
