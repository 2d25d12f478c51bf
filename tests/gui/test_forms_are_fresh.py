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
