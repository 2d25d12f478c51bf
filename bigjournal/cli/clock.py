"""One clock for every command: ``--today DATE``, else ``$BIGJOURNAL_TODAY``, else the day.

Scripts and tests freeze the day so that "overdue", "planned or happened" and the
default dates of keep/break/leave are the same on every run. The use cases take
``today=`` (docs/architecture.md); the commands ask :func:`today` for it.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from datetime import date

from bigjournal.errors import ValidationError

ENVIRONMENT = "BIGJOURNAL_TODAY"
OPTION = "--today"

_frozen: date | None = None


def parse_day(text: str, *, source: str = OPTION) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            f"{source} “{text}” is not a date; write it as year-month-day, like 2026-03-31."
        ) from None


def freeze(argv: Sequence[str]) -> None:
    """Read ``--today`` from the command line (anywhere in it) or the environment.

    Called before the arguments are parsed, so that ``--on today`` and every default
    date already mean the frozen day.
    """
    global _frozen
    finder = argparse.ArgumentParser(add_help=False)
    finder.add_argument(OPTION, dest="today")
    found, _rest = finder.parse_known_args(list(argv))
    if found.today:
        _frozen = parse_day(found.today)
    elif os.environ.get(ENVIRONMENT, "").strip():
        _frozen = parse_day(os.environ[ENVIRONMENT], source=f"${ENVIRONMENT}")
    else:
        _frozen = None


def today() -> date:
    """The day every date-relative command works to."""
    if _frozen is not None:
        return _frozen
    if os.environ.get(ENVIRONMENT, "").strip():
        return parse_day(os.environ[ENVIRONMENT], source=f"${ENVIRONMENT}")
    return date.today()
