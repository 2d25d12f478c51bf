"""Forgiving due dates: what a volunteer types in the "by when" box."""

from __future__ import annotations

from datetime import date, time

import pytest

from bigjournal.gui.dates import DateNotUnderstood, parse_time, parse_when

MEETING = date(2026, 6, 15)  # a Monday


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", None),
        ("  ", None),
        ("2w", date(2026, 6, 29)),
        ("in 10 days", date(2026, 6, 25)),
        ("1m", date(2026, 7, 15)),
        ("3 months", date(2026, 9, 15)),
        ("2026-07-31", date(2026, 7, 31)),
        ("31/7/2026", date(2026, 7, 31)),
        ("31/7", date(2026, 7, 31)),
        ("1/3", date(2027, 3, 1)),
        ("5.8.26", date(2026, 8, 5)),
        ("friday", date(2026, 6, 19)),
        ("next mon", date(2026, 6, 22)),
        ("tomorrow", date(2026, 6, 16)),
        ("Today", MEETING),
    ],
)
def test_understands_what_volunteers_type(typed: str, expected: date | None) -> None:
    assert parse_when(typed, MEETING) == expected


def test_end_of_month_arithmetic_stays_in_the_month() -> None:
    assert parse_when("1m", date(2026, 1, 31)) == date(2026, 2, 28)


@pytest.mark.parametrize("typed", ["soon", "31/2/2026", "2026-13-01", "w2"])
def test_explains_what_it_cannot_read(typed: str) -> None:
    with pytest.raises(DateNotUnderstood, match="like 31/7/2026"):
        parse_when(typed, MEETING)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("14:30", time(14, 30)),
        ("2:30pm", time(14, 30)),
        ("9am", time(9, 0)),
        ("1430", time(14, 30)),
        ("12pm", time(12, 0)),
        ("12.15am", time(0, 15)),
        ("", None),
    ],
)
def test_a_time_of_day_is_read_as_typed(typed: str, expected: time | None) -> None:
    assert parse_time(typed) == expected


@pytest.mark.parametrize("typed", ["9", "25:00", "10:75", "soon"])
def test_a_time_that_cannot_be_read_says_how_to_write_it(typed: str) -> None:
    with pytest.raises(DateNotUnderstood, match="14:30"):
        parse_time(typed)
