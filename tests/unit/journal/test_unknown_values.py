"""Issue 16 (8): a value a newer version added is shown, never a crash.

Mixed versions on a team server leave values this version does not know; here they
are written straight into the file (as the newer version would) and every screen's
reader, the exports and the printed summary must still work, showing
"(unknown: spaceship)".
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from bigjournal.exchange.archive import export_archive
from bigjournal.exchange.ical import export_calendar
from bigjournal.exchange.vcard import export_vcards
from bigjournal.journal.agenda import today_agenda
from bigjournal.journal.meetings import list_meetings
from bigjournal.journal.organisations import list_organisations, organisation_detail
from bigjournal.journal.people import list_contacts
from bigjournal.journal.promises import list_promises
from bigjournal.model.vocabulary import MeetingKind, OrganisationKind
from bigjournal.reports import make_summary
from bigjournal.store import open_journal

pytestmark = pytest.mark.sqlite_only

TODAY = date(2026, 3, 16)


def _newer_values(path: Path) -> int:
    connection = sqlite3.connect(path)
    with connection:
        organisation = connection.execute("SELECT min(id) FROM organisations").fetchone()[0]
        connection.execute("UPDATE organisations SET kind='spaceship' WHERE id=?", (organisation,))
        connection.execute("UPDATE interactions SET kind='hologram'")
        connection.execute("UPDATE contacts SET kind='robot'")
        connection.execute("UPDATE promises SET status='teleported', side='aliens'")
    connection.close()
    return int(organisation)


def test_unknown_vocabulary_is_shown_not_crashed_on(demo_target: Path, tmp_path: Path) -> None:
    organisation = _newer_values(Path(demo_target))
    with open_journal(demo_target) as journal:
        today_agenda(journal, today=TODAY)
        rows = {o.id: o for o in list_organisations(journal)}
        assert rows[organisation].kind.label == "(unknown: spaceship)"
        assert organisation_detail(journal, organisation, today=TODAY) is not None
        assert {c.kind.label for c in list_contacts(journal, include_left=True)} == {
            "(unknown: robot)"
        }
        assert {m.kind.label for m in list_meetings(journal)} == {"(unknown: hologram)"}
        promises = list_promises(journal)
        assert {p.status.label for p in promises} == {"(unknown: teleported)"}
        export_calendar(journal, tmp_path / "c.ics")
        export_vcards(journal, tmp_path / "c.vcf", include_left=True)
        export_archive(journal, tmp_path / "a.bigjournal", passphrase=None, unencrypted=True)
        make_summary(journal, organisation, tmp_path / "s.pdf", today=TODAY)
    assert (tmp_path / "s.pdf").stat().st_size > 0


def test_a_stand_in_is_never_a_choice_and_keeps_its_value() -> None:
    stand_in = OrganisationKind("spaceship")
    assert stand_in.is_unknown and stand_in.value == "spaceship"
    assert stand_in not in list(OrganisationKind)
    assert not OrganisationKind.knows("spaceship") and OrganisationKind.knows("police")
    with pytest.raises(ValueError):
        OrganisationKind.parse("spaceship")  # what a volunteer types must be known
    assert not MeetingKind.MEETING.is_unknown
