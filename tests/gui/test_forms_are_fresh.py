"""The committed forms and resources are exactly what Qt's tools make from ui/ and resources/."""

from __future__ import annotations

from bigjournal.gui import build_forms


def test_every_ui_file_has_a_committed_form_module() -> None:
    forms = {path.name for path in build_forms.FORMS_DIR.glob("ui_*.py")}
    expected = {build_forms.form_module(ui).name for ui in build_forms.UI_DIR.glob("*.ui")}
    assert expected and forms == expected


def test_generated_files_are_fresh() -> None:
    stale = [str(path.relative_to(build_forms.ROOT)) for path in build_forms.stale()]
    assert stale == [], (
        f"regenerate with: python -m bigjournal.gui.build_forms (stale: {', '.join(stale)})"
    )


def test_only_the_tools_version_line_may_differ() -> None:
    made = "# Created by: Qt User Interface Compiler version 6.11.3\nx = 1\n"
    assert build_forms.same_output(made, made.replace("6.11.3", "6.12.0"))
    assert not build_forms.same_output(made, made.replace("x = 1", "x = 2"))
