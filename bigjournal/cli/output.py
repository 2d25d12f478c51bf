"""Printing results for people (plain text) and for scripts (``--json``)."""

from __future__ import annotations

import contextlib
import itertools
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any


def emit(as_json: bool, data: Any, render: Callable[[Any], Iterable[str]]) -> None:
    """Print ``data`` as JSON, or as the lines ``render`` makes of it."""
    if as_json:
        from bigjournal.journal.jsonable import to_jsonable  # not for --help: kept light

        json.dump(to_jsonable(data), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    # Written a thousand lines at a time: a print a line was a tenth of a 100,000-row
    # listing's time, each through the terminal guard below.
    lines = iter(render(data))
    while chunk := "".join(f"{line}\n" for line in itertools.islice(lines, 1000)):
        sys.stdout.write(chunk)


def table(rows: list[list[str]], headers: list[str]) -> list[str]:
    """A plain text table, columns padded to their widest cell."""
    if not rows:
        return []
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += [
        "  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows
    ]
    return lines


# --- hostile text: arguments that are not text, names that drive the terminal ----------

#: Characters never sent to a terminal as they are: C0/C1 controls (escape codes that
#: recolour, retitle or rewrite the screen) and right-to-left overrides.
_UNSAFE = {
    **{code: "\ufffd" for code in range(0x20) if chr(code) not in "\n\t"},
    0x7F: "\ufffd",
    **{code: "\ufffd" for code in range(0x80, 0xA0)},
    **{code: "\ufffd" for code in range(0x202A, 0x202F)},
}


def _finder(table: dict[int, str]) -> re.Pattern[str]:
    """A search for any character ``table`` replaces: looking is far cheaper than
    translating, and almost all text has none of them."""
    return re.compile("[" + "".join(re.escape(chr(code)) for code in table) + "]")


_UNSAFE_FOUND = _finder(_UNSAFE)


def terminal_safe(text: str) -> str:
    """``text`` with escape codes and overrides shown as �, never obeyed."""
    return text.translate(_UNSAFE) if _UNSAFE_FOUND.search(text) else text


class _SafeStream:
    """A text stream that writes what it is given through :func:`terminal_safe`."""

    def __init__(self, stream: Any, *, keep: str = "") -> None:
        self._stream = stream
        self._table = {k: v for k, v in _UNSAFE.items() if chr(k) not in keep}
        self._found = _finder(self._table)

    def write(self, text: str) -> int:
        self._stream.write(text.translate(self._table) if self._found.search(text) else text)
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def terminal_safe_output() -> Iterator[None]:
    """While a command runs, what it prints cannot steer the terminal.

    Names come from archives, vCards and other volunteers' typing; a name holding
    ``ESC ]0;`` would otherwise retitle the window or hide lines. JSON output is
    already escaped by :mod:`json`; the progress line's carriage return is kept.
    """
    saved = sys.stdout, sys.stderr
    sys.stdout = _SafeStream(saved[0])
    sys.stderr = _SafeStream(saved[1], keep="\r")
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def unreadable_argument(argv: Sequence[str]) -> str | None:
    """A sentence when an argument is not text (bytes the system could not decode)."""
    for position, argument in enumerate(argv, start=1):
        if any("\udc80" <= character <= "\udcff" for character in argument):
            shown = argument.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            return (
                f"argument {position} (“{terminal_safe(shown)}”) is not readable text: it "
                "holds bytes that are not UTF-8 (perhaps a file name from another "
                "computer). Rename the file or type the words again."
            )
    return None


# --- crash reports: private, and without what people typed -----------------------------

_CREDENTIALS = re.compile(r"(?P<scheme>[a-z][a-z0-9+.-]*://)(?P<user>[^:/@\s]*):[^@\s]*@", re.I)
_PARAMETERS = re.compile(r"\[parameters: .*?\]$", re.M | re.S)
_PASSPHRASE = re.compile(r"(--passphrase\S*[ =])\S+")


def redact(text: str) -> str:
    """Remove passwords in addresses, SQL parameters and passphrases from ``text``."""
    text = _CREDENTIALS.sub(lambda m: f"{m['scheme']}{m['user']}:***@", text)
    text = _PARAMETERS.sub("[parameters hidden]", text)
    return _PASSPHRASE.sub(r"\1***", text)


def write_private_crash_report(text: str) -> str:
    """Write ``text`` (redacted) where only this user can read it; return the path."""
    import os
    from datetime import datetime

    import platformdirs

    folder = platformdirs.user_log_path("bigjournal", appauthor=False)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(folder, 0o700)
    path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S}.txt"
    data = redact(text).encode("utf-8", "backslashreplace")
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    return str(path)
