"""Check-ins on the eight criteria: the use cases, their bad input, Today's reminder,
personal data and the archive (issue 21)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from bigjournal.errors import NotFoundError, ValidationError
from bigjournal.exchange import KeyStrength, export_archive, import_archive, read_archive
from bigjournal.journal import settings
from bigjournal.journal.agenda import today_agenda
from bigjournal.journal.checkins import (
    CRITERIA,
    check_in,
    check_ins_due,
    delete_check_in,
    list_check_ins,
    parse_level,
    record_check_in,
    update_check_in,
)
from bigjournal.journal.organisations import add_organisation
from bigjournal.journal.personal_data import mentions_of
from bigjournal.store import Journal, open_journal
from tests.conftest import TODAY

FAST = KeyStrength(n=2**10)


@pytest.fixture
def council(journal: Journal) -> int:
    return add_organisation(
        journal,
        name="Ashford Vale Borough Council",
        kind="local_authority",
        relationship_type="powerful_ally",
        relationship_since=TODAY - timedelta(days=400),
    ).id


def test_a_check_in_keeps_every_criterion_in_words_a_note_people_and_hopes(
    journal: Journal, council: int
) -> None:
    saved = record_check_in(
        journal,
        "Ashford Vale",
        held_on="2026-06-01",
        levels={"trust": "good", "shared_goals": 3, "capacity": "Very weak"},
        note="  The lighting scheme is stuck.  ",
        took_part="Aisha Rahman; Gareth Lloyd\nAisha Rahman",
        hopes="Trust strong by the spring",
        today=TODAY,
    )
    row = check_in(journal, saved.id)
    assert row.held_on == date(2026, 6, 1) and row.organisation.id == council
    assert row.levels["trust"] == 4 and row.words("trust") == "Good"
    assert row.words("shared_goals") == "Mixed" and row.words("capacity") == "Very weak"
    assert row.words("respect") == "Not talked about"
    assert row.note == "The lighting scheme is stuck."
    assert row.took_part == ("Aisha Rahman", "Gareth Lloyd")  # a repeat once
    assert row.hopes == "Trust strong by the spring"
    assert saved.name == "Check-in with Ashford Vale Borough Council on 01 Jun 2026"
    assert [c.id for c in list_check_ins(journal, council)] == [saved.id]


def test_a_check_in_is_corrected_and_deleted(journal: Journal, council: int) -> None:
    saved = record_check_in(journal, council, levels={"trust": 2}, today=TODAY)
    first = check_in(journal, saved.id)
    assert first.held_on == TODAY  # today unless said
    update_check_in(
        journal,
        saved.id,
        {"trust": "strong", "respect": "weak", "took_part": ["Tom"]},
        expected_version=first.version,
        today=TODAY,
    )
    row = check_in(journal, saved.id)
    assert (row.words("trust"), row.words("respect"), row.took_part) == ("Strong", "Weak", ("Tom",))
    update_check_in(journal, saved.id, {"respect": ""}, today=TODAY)  # empty: not talked about
    assert check_in(journal, saved.id).levels["respect"] is None
    delete_check_in(journal, saved.id)
    with pytest.raises(NotFoundError, match="no longer in the journal"):
        check_in(journal, saved.id)


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"levels": {"trust": "great"}}, "trust", "not a level BigJournal knows for trust"),
        ({"levels": {"trust": 6}}, "trust", "Choose one of: Very weak, Weak, Mixed, Good, Strong"),
        ({"levels": {}}, "mutual_knowledge", "Rate at least one of the eight criteria"),
        ({"levels": {"trust": 3}, "held_on": "2026-06-16"}, "held_on", "after today"),
        ({"levels": {"trust": 3}, "held_on": "16/06/2026"}, "held_on", "year-month-day"),
        ({"levels": {"trust": 3}, "took_part": "x" * 201}, "took_part", "too long"),
        ({"levels": {"loyalty": 3}}, None, "not one of the eight criteria"),
    ],
)
def test_bad_input_is_refused_in_plain_words(
    journal: Journal, council: int, values: dict[str, object], field: str | None, words: str
) -> None:
    with pytest.raises(ValidationError, match=words) as refused:
        record_check_in(journal, council, today=TODAY, **values)  # type: ignore[arg-type]
    assert refused.value.field == field
    assert list_check_ins(journal) == []


def test_a_check_in_with_an_unknown_organisation_or_stale_copy_is_refused(
    journal: Journal, council: int
) -> None:
    from bigjournal.errors import ConflictError

    with pytest.raises(NotFoundError):
        record_check_in(journal, "Nowhere Trust", levels={"trust": 3}, today=TODAY)
    saved = record_check_in(journal, council, levels={"trust": 3}, today=TODAY)
    update_check_in(journal, saved.id, {"trust": 4}, expected_version=1, today=TODAY)
    with pytest.raises(ConflictError) as conflict:
        update_check_in(journal, saved.id, {"trust": 1}, expected_version=1, today=TODAY)
    assert conflict.value.theirs["trust"] == 4
    with pytest.raises(NotFoundError, match="no longer in the journal"):
        update_check_in(journal, 999, {"trust": 1})


def test_every_level_reads_back_from_its_words_and_its_number() -> None:
    for key in (c.key for c in CRITERIA):
        assert [parse_level(w, key) for w in ("Very weak", "weak", "MIXED", "good", "Strong")] == [
            1,
            2,
            3,
            4,
            5,
        ]
        assert parse_level("", key) is None and parse_level("not talked about", key) is None


def test_today_reminds_after_the_chosen_time_without_a_check_in(
    journal: Journal, council: int
) -> None:
    def due(on: date) -> list[str]:
        agenda = today_agenda(journal, today=on)
        (section,) = [s for s in agenda.reminders if s.title == "Check-ins due"]
        return [r.organisation for r in section.items]

    assert due(TODAY) == ["Ashford Vale Borough Council"]  # never, since 400 days
    record_check_in(journal, council, levels={"trust": 3}, held_on=TODAY, today=TODAY)
    assert due(TODAY) == []
    assert due(TODAY + timedelta(days=181)) == []
    assert due(TODAY + timedelta(days=182)) == ["Ashford Vale Borough Council"]  # six months
    settings.set_settings(journal, {settings.CHECK_IN_REMINDER_DAYS: "30"})
    assert due(TODAY + timedelta(days=30)) == ["Ashford Vale Borough Council"]
    assert due(TODAY + timedelta(days=29)) == []
    with pytest.raises(ValidationError, match="number of days"):
        settings.set_settings(journal, {settings.CHECK_IN_REMINDER_DAYS: "soon"})
    with journal.reading() as session:
        chosen = {settings.CHECK_IN_REMINDER_DAYS: "60"}
        line = check_ins_due(session, TODAY + timedelta(days=90), chosen).items[0]
    assert line.what == "No check-in on the relationship for 3 months"
    assert (line.on, line.on_words, line.kind) == (TODAY, "last check-in", "organisation")


def test_the_people_and_words_of_a_check_in_are_personal_data(
    journal: Journal, council: int
) -> None:
    record_check_in(
        journal,
        council,
        levels={"trust": 3},
        took_part=["Gareth Lloyd"],
        hopes="Gareth Lloyd to champion us",
        today=TODAY,
    )
    found = {(m.record_kind, m.field) for m in mentions_of(journal, "Gareth Lloyd")}
    assert found == {("check-in", "took_part"), ("check-in", "hopes")}


def test_a_check_in_travels_whole_in_the_successor_archive(
    journal: Journal, council: int, tmp_path: Path
) -> None:
    saved = record_check_in(
        journal,
        council,
        levels={"trust": 5, "respect": 1},
        note="Good walkabout",
        took_part=["Aisha Rahman", "Tom Kowalski"],
        hopes="Meet monthly",
        today=TODAY,
    )
    archive = tmp_path / "handover.bigjournal"
    export_archive(journal, archive, passphrase="correct horse battery", strength=FAST)
    with open_journal(tmp_path / "successor.sqlite") as successor:
        import_archive(successor, read_archive(archive, passphrase="correct horse battery"))
        (copy,) = list_check_ins(successor)
    original = check_in(journal, saved.id)
    assert (copy.uuid, copy.levels, copy.note, copy.took_part, copy.hopes) == (
        original.uuid,
        original.levels,
        original.note,
        original.took_part,
        original.hopes,
    )


def test_an_archive_with_a_level_off_the_scale_is_refused() -> None:
    """A check-in's level outside 1 to 5 (a damaged or foreign archive) is not imported."""
    from bigjournal.exchange.schema import ValueProblem, specs_by_name

    fields = {f.name: f for f in specs_by_name()["check_ins"].fields}
    for criterion in CRITERIA:
        assert fields[criterion.key].decode(5) == 5
        assert fields[criterion.key].decode(None) is None
        with pytest.raises(ValueProblem, match="outside what the journal accepts"):
            fields[criterion.key].decode(7)
