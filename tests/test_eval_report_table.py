"""The terminal summary table of `wsis eval` keeps its labels whole."""
from __future__ import annotations

from wsis.eval.tables import text_table


def test_the_first_column_is_as_wide_as_its_longest_label():
    label = "Support-check pass rate (the filter's own verdict)"
    lines = text_table(["metric", "topic"], [[label, "0.9"], ["Recall@3", "0.8"]])
    assert lines[2].startswith(label) and lines[2].endswith("0.9") and len({len(x) for x in lines}) == 1, lines
