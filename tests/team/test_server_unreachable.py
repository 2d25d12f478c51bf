"""A shared journal whose server is down or silent: a plain message, and no hang."""

from __future__ import annotations

import pytest

from bigjournal.errors import JournalOpenError
from bigjournal.store import open_journal
from bigjournal.store.team import (
    ServerUnreachableError,
    check_connection,
    open_team_journal,
    team_url,
)


def test_a_server_that_is_down_is_explained_with_the_way_to_keep_working(
    closed_port: int,
) -> None:
    url = team_url("127.0.0.1", "journal", "aisha", closed_port)
    with pytest.raises(ServerUnreachableError) as caught:
        open_team_journal(url)
    message = str(caught.value)
    assert "could not be reached" in message and "127.0.0.1" in message
    assert "journal on this computer" in message and "successor archive" in message
    # The plain store says so too, without the team's advice.
    with pytest.raises(JournalOpenError, match="could not be reached"):
        open_journal(url)


def test_a_server_that_never_answers_gives_up_after_the_connect_timeout(
    silent_server: int,
) -> None:
    url = team_url("127.0.0.1", "journal", "aisha", silent_server)
    with pytest.raises(ServerUnreachableError, match="did not answer in time"):
        open_team_journal(url)
    checked = check_connection(url, timeout=1)
    assert not checked.ok and "did not answer in time" in checked.summary
