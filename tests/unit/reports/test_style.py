"""The reports' paragraphs are reportlab's, made faster: checked against reportlab."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from bigjournal.reports import report_fonts
from bigjournal.reports.style import Para, Styles, make_styles

STYLES = make_styles(report_fonts())
TEXT = st.lists(st.sampled_from([*"ab Zé Ω…\n\t\xa0&<>'\"", "Łódź", "  ", "—"]), max_size=20).map(
    "".join
)


def signature(paragraph: Paragraph) -> Any:
    fragments = [(type(f), sorted(f.__dict__.items())) for f in paragraph.frags]
    return fragments, paragraph.text, paragraph.style, paragraph.bulletText


@st.composite
def markup(draw: st.DrawFn) -> str:
    """What the reports write: escaped text, bold runs and line breaks (and, now and
    then, markup the fast path leaves to reportlab's parser)."""
    parts: list[str] = []
    bold = False
    for _ in range(draw(st.integers(0, 6))):
        choice = draw(st.sampled_from(["text", "text", "bold", "break", "other"]))
        if choice == "text":
            parts.append(STYLES.text(draw(TEXT)))
        elif choice == "bold":
            parts.append("</b>" if bold else "<b>")
            bold = not bold
        elif choice == "break":
            parts.append("<br/>")
        else:
            parts.append(draw(st.sampled_from(["<i>x</i>", "&#169;", "<font size='9'>y</font>"])))
    if bold:
        parts.append("</b>")
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(markup(), st.sampled_from(["cell", "cell_bold", "body", "heading", "title"]))
def test_a_paragraph_is_what_reportlabs_parser_makes(text: str, style_name: str) -> None:
    style = getattr(STYLES, style_name)
    assert signature(STYLES.paragraph(text, style)) == signature(Paragraph(text, style))


@settings(max_examples=100, deadline=None)
@given(markup(), st.sampled_from([40.0, 90.0, 300.0]), st.sampled_from([40.0, 90.0, 300.0]))
def test_a_paragraph_keeps_its_lines_only_for_the_width_they_were_made_for(
    text: str, first: float, second: float
) -> None:
    made = STYLES.paragraph(text, STYLES.cell)
    made.wrap(first, 1000)
    assert made.wrap(second, 1000) == Paragraph(text, STYLES.cell).wrap(second, 1000)
    assert made.wrap(second, 5) == Paragraph(text, STYLES.cell).wrap(second, 1000)
    assert isinstance(made, Para)


def reference_fit(styles: Styles, value: str, width: float, size: float, bold: bool) -> str:
    """The plain way: measure the whole text, then halve towards the longest prefix."""
    value = " ".join((value or "").split())
    if styles.width(value, size, bold) <= width:
        return value
    low, high = 0, len(value)
    while low < high:
        middle = (low + high + 1) // 2
        if styles.width(value[:middle].rstrip() + "…", size, bold) <= width:
            low = middle
        else:
            high = middle - 1
    return value[:low].rstrip() + "…"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "WW", "iii", "Ωμέγα", "…", " ", "long-word"]), max_size=300),
    st.floats(1, 900),
    st.sampled_from([9, 10, 18]),
    st.booleans(),
)
def test_fitting_a_long_text_to_a_line_cuts_where_measuring_it_whole_would(
    words: list[str], width: float, size: int, bold: bool
) -> None:
    value = "".join(words)
    assert STYLES.fit(value, width, size, bold) == reference_fit(STYLES, value, width, size, bold)


def test_styles_are_made_once_per_font_set() -> None:
    assert make_styles(report_fonts()) is STYLES
