"""The JSON report validates against the shipped schema and round-trips."""

from __future__ import annotations

import json

from storydesk.report import json_report
from storydesk.story import Story


def test_example_report_validates(example_analysis):  # type: ignore[no-untyped-def]
    report = json.loads(json_report.render(example_analysis))
    json_report.validate(report)
    assert len(report["stories"]) == 1
    assert len(report["stories"][0]["articles"]) == 5


def test_story_round_trips(example_analysis):  # type: ignore[no-untyped-def]
    story = example_analysis.stories[0]
    again = Story.from_dict(json.loads(json.dumps(story.as_dict())))
    assert json.loads(json.dumps(again.as_dict())) == json.loads(json.dumps(story.as_dict()))


def test_schema_rejects_missing_reason():  # type: ignore[no-untyped-def]
    import jsonschema
    import pytest

    bad = {"storydesk": "0", "stories": [], "skipped": [{"source": "x"}]}
    with pytest.raises(jsonschema.ValidationError):
        json_report.validate(bad)
