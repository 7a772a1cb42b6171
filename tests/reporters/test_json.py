"""auditor.reporters.json: the canonical JSON serialises the dict it is given, keys in order,
non-ASCII as is, two-space indented with a final newline; it never prepares or changes it."""

from __future__ import annotations

import copy
import json as stdlib_json

from auditor.reporters import json
from auditor.reporters.output import render
from auditor.reporters.prepare import prepare
from tests.support.sample_result import sample_result


def test_json_render_round_trips_the_dict_exactly():
    data = sample_result()
    assert stdlib_json.loads(json.render(data)) == data


def test_json_render_keeps_key_order_and_does_not_sort():
    data = {"schema_version": 1, "zeta": 1, "alpha": {"z": 1, "a": 2}}
    text = json.render(data)
    assert list(stdlib_json.loads(text)) == ["schema_version", "zeta", "alpha"]
    assert text.index('"z"') < text.index('"a"')


def test_json_render_is_indented_with_a_final_newline():
    assert json.render({"a": [1, 2]}) == '{\n  "a": [\n    1,\n    2\n  ]\n}\n'
    assert json.render({}) == "{}\n"


def test_json_render_writes_non_ascii_as_is():
    text = json.render({"place": "Café Māori ✈ 東京"})
    assert "Café Māori ✈ 東京" in text and "\\u" not in text


def test_json_render_does_not_change_its_input():
    data = sample_result()
    before = copy.deepcopy(data)
    json.render(data)
    assert data == before


def test_json_render_is_what_output_renders_after_prepare():
    data = sample_result()
    assert render(data, "json") == json.render(prepare(data))


def test_json_render_is_exactly_what_json_dumps_gives():
    """Built one finding at a time (bounded memory), byte for byte the standard encoding,
    including text with newlines, quotes and non-ASCII inside findings."""
    import json as stdjson

    data = sample_result()
    data["findings"] = data["findings"] + [
        {"code": "X", "evidence": 'line one\nline "two"\t✈', "items": [{"a": [1, {"b": None}]}], "empty": {}, "none": []}
    ]
    assert len(data["findings"]) >= 2
    assert json.render(data) == stdjson.dumps(data, indent=2, ensure_ascii=False) + "\n"
    for findings in ([], [{"code": "only"}]):
        small = {**data, "findings": findings}
        assert json.render(small) == stdjson.dumps(small, indent=2, ensure_ascii=False) + "\n"
