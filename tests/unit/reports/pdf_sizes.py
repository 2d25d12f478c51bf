"""The type size each piece of text is printed in, read back from a real PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader


def text_sizes(path: Path) -> list[tuple[str, float]]:
    """(text, size in points) for every piece of text drawn, page after page."""
    found: list[tuple[str, float]] = []
    for page in PdfReader(path).pages:

        def visit(text: str, _cm: Any, tm: Any, _font: Any, size: float) -> None:
            if text.strip():
                found.append((text.strip(), round(size * float(tm[3] or 1), 2)))

        page.extract_text(visitor_text=visit)
    return found


def size_of(path: Path, text: str) -> float:
    return next(size for piece, size in text_sizes(path) if text in piece)


def sizes_of(path: Path, text: str) -> set[float]:
    return {size for piece, size in text_sizes(path) if text in piece}
