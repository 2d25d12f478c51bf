"""The map's layout: the partnership in the middle, groups round it, no label on another."""

from __future__ import annotations

import itertools
import math

import pytest

from bigjournal.journal.map_layout import Box, _crosses, layout_map, text_width
from bigjournal.journal.records import Health, HealthWord, Ref
from bigjournal.journal.relationship_map import (
    GROUPS,
    MapDepartment,
    MapGroup,
    MapOrganisation,
    RelationshipMap,
)
from bigjournal.model.vocabulary import OrganisationKind, RelationshipType
from tests.conftest import TODAY

LONG = "The Very Long-Named Integrated Care Board of the Greater Kentshire and Medway Area"


def _world(count: int, *, departments: int = 3) -> RelationshipMap:
    kinds = [kinds[0] for _name, kinds in GROUPS]
    groups: dict[str, list[MapOrganisation]] = {}
    for number in range(count):
        kind = kinds[number % len(kinds)]
        name = LONG if number % 7 == 0 else f"Organisation number {number}"
        parts = tuple(
            MapDepartment(
                Ref(1000 * number + d, f"d{number}-{d}", f"Department {d}"),
                None,
                HealthWord.STEADY,
                d,
                1 + d % 2,
            )
            for d in range(departments if number % 5 == 0 else 0)
        )
        point = MapOrganisation(
            organisation=Ref(number, f"u{number}", name),
            kind=kind,
            relationship_type=list(RelationshipType)[number % 3],
            health=Health(list(HealthWord)[number % 5]),
            holders=("Aisha Rahman", "Bernadette O'Sullivan-Whitaker", "Tom")[: number % 4],
            active_contacts=number % 6,
            single_point=number % 2 == 0,
            gone_quiet=number % 3 == 0,
            handover_pending=number % 4 == 0,
            departments=parts,
        )
        groups.setdefault(name_of(kind), []).append(point)
    ordered = tuple(MapGroup(n, tuple(groups[n])) for n, _k in GROUPS if n in groups)
    return RelationshipMap("Greater Millbrook Big Local", TODAY, ordered)


def name_of(kind: OrganisationKind) -> str:
    return next(name for name, kinds in GROUPS if kind in kinds)


@pytest.mark.parametrize("count", [1, 2, 9, 30, 100, 150])
def test_no_two_labels_overlap(count: int) -> None:
    layout = layout_map(_world(count))
    boxes = layout.label_boxes()
    assert len(layout.organisations) == count
    for first, second in itertools.combinations(boxes, 2):
        assert not first.overlaps(second), (first, second)
    for box in boxes:  # and everything is inside the picture
        assert layout.bounds.x <= box.x and box.right <= layout.bounds.right
        assert layout.bounds.y <= box.y and box.bottom <= layout.bounds.bottom


def test_the_partnership_is_in_the_middle_and_groups_go_round_clockwise() -> None:
    layout = layout_map(_world(20))
    assert layout.centre.centre == pytest.approx((0.0, 0.0))
    assert " ".join(layout.centre_lines) == "Greater Millbrook Big Local"
    # Councils first, from the top, then clockwise (y grows downwards).
    angles = [math.atan2(p.box.centre[1], p.box.centre[0]) for p in layout.organisations]
    unwrapped = [(a + math.pi / 2) % (2 * math.pi) for a in angles]
    assert unwrapped == sorted(unwrapped)
    assert [g.name for g in layout.groups] == [g.name for g in _world(20).groups]


def test_a_larger_map_stands_each_group_in_its_own_block_joined_to_the_middle() -> None:
    world = _world(100)
    layout = layout_map(world)
    assert [g.name for g in layout.groups] == [
        f"{g.name} ({len(g.organisations)})" for g in world.groups
    ]
    frames = [g.frame for g in layout.groups]
    assert all(frame is not None for frame in frames)
    for first, second in itertools.combinations(frames, 2):
        assert first is not None and second is not None and not first.overlaps(second)
    placed = iter(layout.organisations)
    for group, frame in zip(world.groups, frames, strict=True):
        assert frame is not None
        for point in group.organisations:
            label = next(placed)
            assert label.organisation == point
            inside = label.extent
            assert frame.x <= inside.x and inside.right <= frame.right
            assert frame.y <= inside.y and inside.bottom <= frame.bottom
            # Its own line runs from its group's column to the label's edge.
            (start_x, start_y), (end_x, end_y) = label.path
            assert end_x == pytest.approx(label.box.x)
            assert start_y == pytest.approx(end_y) == pytest.approx(label.box.centre[1])
            assert end_x - start_x >= 30
    # A line from the middle to a group's frame, where it crosses no other frame.
    trunks = [link for link in layout.links if link[0] == (0.0, 0.0)]
    assert 0 < len(trunks) <= len(world.groups)
    for start, end in trunks:
        ends_on = [f for f in frames if f is not None and _on_edge(end, f)]
        assert len(ends_on) == 1
        for frame in frames:
            if frame is not None and frame is not ends_on[0]:
                assert not _crosses(start, end, frame)


def _on_edge(point: tuple[float, float], box: Box) -> bool:
    x, y = point
    inside = box.x <= x <= box.right and box.y <= y <= box.bottom
    return inside and (x in (box.x, box.right) or y in (box.y, box.bottom))


def test_departments_hang_under_their_organisation() -> None:
    layout = layout_map(_world(10))
    placed = layout.organisations[0]
    assert len(placed.departments) == 3
    for department in placed.departments:
        assert department.box.y >= placed.box.bottom
        assert department.box.y - placed.box.bottom < 80
        assert abs(department.box.x - placed.box.x) < 60


def test_long_names_wrap_into_their_box_and_markers_fit() -> None:
    layout = layout_map(_world(8))
    placed = layout.organisations[0]
    assert placed.organisation.name == LONG
    names = [line.text for line in placed.lines if line.style == "name"]
    assert len(names) == 2 and names[-1].endswith("…")
    for line in placed.lines:
        assert text_width(line.text, 11, bold=True) <= placed.box.width
    assert [m.kind for m in placed.markers] == ["single_point", "gone_quiet", "handover"]
    last = placed.markers[-1]
    assert last.word_at[0] + text_width(last.word, 8.5) <= placed.box.right


def test_an_empty_map_is_the_partnership_alone() -> None:
    layout = layout_map(RelationshipMap("Eastfield Together", TODAY, ()))
    assert layout.organisations == () and layout.groups == ()


@pytest.mark.parametrize("count", [9, 100])
def test_a_compact_map_for_print_names_alone_and_no_two_labels_overlap(count: int) -> None:
    world = _world(count)
    full, compact = layout_map(world), layout_map(world, compact=True)
    for first, second in itertools.combinations(compact.label_boxes(), 2):
        assert not first.overlaps(second), (first, second)
    assert compact.bounds.width * compact.bounds.height < full.bounds.width * full.bounds.height
    for placed in compact.organisations:
        assert [line.style for line in placed.lines] in (["name"], ["name", "name"])
        assert placed.departments == ()
        assert all(marker.word == "" for marker in placed.markers)
        for marker in placed.markers:  # the marks sit inside the label
            assert placed.box.x <= marker.x and marker.x + 9 <= placed.box.right
    with_parts = next(p for p in compact.organisations if p.organisation.departments)
    assert "(and 3 parts)" in " ".join(line.text for line in with_parts.lines) or (
        with_parts.lines[-1].text.endswith("…")
    )
