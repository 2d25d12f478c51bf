"""Printing results for people (plain text) and for scripts (``--json``)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from typing import Any

from bigjournal.journal.jsonable import to_jsonable

__all__ = ["emit", "table", "to_jsonable"]


def emit(as_json: bool, data: Any, render: Callable[[Any], Iterable[str]]) -> None:
    """Print ``data`` as JSON, or as the lines ``render`` makes of it."""
    if as_json:
        json.dump(to_jsonable(data), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    for line in render(data):
        print(line)


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
