"""The build carries the fonts the reports fall back to, each with its licence."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))

import bundle_fonts  # noqa: E402

from bigjournal.reports.scripts import FALLBACKS  # noqa: E402


@pytest.mark.skipif(not Path("/usr/share/doc").is_dir(), reason="Debian's font packages")
def test_every_fallback_script_gets_a_font_and_every_font_its_licence() -> None:
    entries = bundle_fonts.datas()
    fonts = [Path(source) for source, target in entries if target == bundle_fonts.DESTINATION]
    licences = [Path(source) for source, target in entries if "/licences/" in target]
    names = {font.name for font in fonts}
    for script in FALLBACKS:  # .ci/setup installs a font for each
        assert names & set(script.regular), f"no font for {script.script}"
    assert all(font.is_file() for font in fonts)
    owners = {bundle_fonts.licence_of(font) for font in fonts}
    assert None not in owners, "a bundled font has no licence text"
    assert owners == set(licences)
    assert any("OFL" in licence.read_text(errors="replace") for licence in licences)


def test_the_spec_bundles_them_where_the_reports_look_first() -> None:
    spec = (ROOT / "installer" / "bigjournal.spec").read_text()
    assert "bundle_fonts.datas()" in spec
    from bigjournal.reports.scripts import font_folders

    assert font_folders()[0].as_posix().endswith(bundle_fonts.DESTINATION)
