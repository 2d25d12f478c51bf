"""Issue 16 (2): what ``check`` advises, it can do: ``check --repair`` rebuilds a damaged
index or search index from the records, in one step, losing nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.conftest import Run

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def demo(run: Run, tmp_path: Path) -> Path:
    run("demo")
    return tmp_path / "e2e.sqlite"


def _flip_an_index_key(path: Path) -> None:
    connection = sqlite3.connect(path)
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'ix_contacts_name'"
    ).fetchone()[0]
    size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * size + size - 20)  # a key byte in the last cell
        byte = handle.read(1)[0]
        handle.seek(-1, 1)
        handle.write(bytes([byte ^ 0x01]))


def _damage_the_search_index(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute(
            "UPDATE search_index_data SET block = randomblob(length(block)) WHERE id > 10"
        )
    connection.close()


@pytest.mark.parametrize("damage", [_flip_an_index_key, _damage_the_search_index])
def test_check_finds_index_damage_and_repair_mends_it(
    run: Run, demo: Path, damage: Callable[[Path], None]
) -> None:
    contacts_before = run("contact", "list", "--json").stdout
    damage(demo)
    found = run("check", check=False)
    assert found.returncode == 1 and "is damaged" in found.stdout
    assert "bigjournal check --repair" in found.stdout
    repaired = run("check", "--repair", check=False)
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert "rebuilt from the records" in repaired.stdout and "is healthy" in repaired.stdout
    assert run("contact", "list", "--json").stdout == contacts_before
    assert "Riverside" in run("search", "Riverside").stdout
