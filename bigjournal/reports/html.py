"""The summary and the briefing pack as HTML: real headings and tables, for a screen
reader, for large type in a browser, or to paste into an email.

Not bound to a page, so nothing is counted away: every row the journal read is listed.
The browser lays out every script itself; ``dir="auto"`` lets each name run in its
own direction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from html import escape

from bigjournal.journal.briefing import BriefingPack, RelationshipSummary, Standing
from bigjournal.journal.checkins import CheckInRow, charted, latest_changes
from bigjournal.journal.outcomes import OutcomeRow, pounds, total_pence
from bigjournal.journal.records import ContactRow, OrganisationDetail, PromiseRow
from bigjournal.model.vocabulary import Side
from bigjournal.reports.glossary import GLOSSARY
from bigjournal.reports.output import Destination, atomic_pdf
from bigjournal.reports.pack import PRIVACY, SECTIONS
from bigjournal.reports.style import OVERDUE_MARK, PLANNED_MARK, long_date, short_date
from bigjournal.reports.summary import (
    PURPOSE,
    _by_urgency,
    broken_lately,
    by_who_matters,
    kinds_said,
    reach,
    renewal_said,
)

STYLE = (
    "body{font-family:sans-serif;font-size:1.1em;line-height:1.45;max-width:60em;margin:1em}"
    "table{border-collapse:collapse;margin:.3em 0 1em}th,td{border:1px solid #555;"
    "padding:.2em .5em;text-align:start;vertical-align:top}caption{text-align:start}"
)


def _text(value: object) -> str:
    return f'<span dir="auto">{escape(str(value or ""))}</span>'


def _table(caption: str, header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A table with column headings (``scope="col"``); cells are given as markup."""
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (
        f"<table><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def _document(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"{body}\n</body>\n</html>\n"
    )


def _due(promise: PromiseRow, today: date) -> str:
    if promise.is_overdue(today):
        return f"<strong>{escape(OVERDUE_MARK)}</strong> {short_date(promise.due_on)}"
    return short_date(promise.due_on) if promise.due_on else "no date"


def _promises(title: str, promises: list[PromiseRow], today: date, level: int) -> str:
    overdue = sum(1 for p in promises if p.is_overdue(today))
    heading = f"{title} ({len(promises)}" + (f", {overdue} overdue)" if overdue else ")")
    out = f"<h{level}>{escape(heading)}</h{level}>"
    if not promises:
        return out + "<p>None open.</p>"
    rows = [
        (_due(p, today), _text(p.description), _text(p.holder_name))
        for p in _by_urgency(promises, today)
    ]
    return out + _table(title, ["Due", "Promise", "Held by"], rows)


def _contact_rows(contacts: list[ContactRow], organisation_id: int) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for contact in contacts:
        role = contact.role
        if contact.organisation.id != organisation_id:
            role = f"{role}, {contact.organisation.name}" if role else contact.organisation.name
        prefers = contact.preferred_contact
        rows.append(
            (
                f"<strong>{_text(contact.display_name)}</strong>"
                + (f"<br>{_text(role)}" if role else ""),
                _text(contact.phone or "—"),
                _text(contact.email or "—"),
                escape(prefers.label if prefers else "—"),
            )
        )
    return rows


def check_ins_html(rows: Sequence[CheckInRow], level: int) -> str:
    """The latest check-in criterion by criterion, with "up from"/"down from" since the
    one before and each criterion's levels over the charted check-ins, in words."""
    if not rows:
        return ""
    latest = rows[0]
    shown = charted(rows)
    parts = [f"<h{level}>Check-in on the eight criteria, {short_date(latest.held_on)}</h{level}>"]
    if latest.took_part:
        parts.append(f"<p>With {_text(', '.join(latest.took_part))}.</p>")
    if latest.note.strip():
        parts.append(f"<p>{_text(' '.join(latest.note.split()))}</p>")
    if latest.hopes.strip():
        parts.append(f"<p>Where we hope to be: {_text(' '.join(latest.hopes.split()))}</p>")
    table_rows = [
        (
            escape(change.criterion.label),
            f"<strong>{escape(change.words)}</strong>",
            escape(change.since or "—"),
            escape(
                "; ".join(
                    f"{short_date(row.held_on)} {row.words(change.criterion.key)}" for row in shown
                )
            ),
        )
        for change in latest_changes(rows)
    ]
    parts.append(
        _table(
            f"The eight criteria at the latest check-in, and over the last {len(shown)}",
            ["Criterion", "Now", "Since the one before", "Each check-in, oldest first"],
            table_rows,
        )
    )
    return "".join(parts)


def outcomes_html(rows: Sequence[OutcomeRow], level: int) -> str:
    """What the relationship achieved, every outcome, newest first (issue 21)."""
    if not rows:
        return ""
    funding = total_pence(rows)
    leveraged = f"; {pounds(funding)} of funding leveraged" if funding else ""
    table_rows = [
        (
            short_date(o.achieved_on),
            _text(o.title) + (f" — <strong>{escape(o.amount)}</strong>" if o.amount else ""),
            escape(f"{o.kind.label}, for {o.beneficiary.label.lower()}"),
            _text(o.came_from or "—"),
        )
        for o in rows
    ]
    return f"<h{level}>Outcomes ({len(rows)}{escape(leveraged)})</h{level}>" + _table(
        "What the relationship achieved, the latest first",
        ["Achieved", "What", "Kind, and for whom", "Came from"],
        table_rows,
    )


def organisation_html(
    detail: OrganisationDetail,
    today: date,
    standing: dict[int, Standing],
    level: int = 1,
    check_ins: Sequence[CheckInRow] = (),
    outcomes: Sequence[OutcomeRow] = (),
) -> str:
    """One relationship: what the printed summary shows, with nothing left out."""
    h, sub = level, level + 1
    kinds = [kinds_said(detail.kind, detail.other_kinds)] + (
        [detail.council_tier.label] if detail.council_tier else []
    )
    parts = [f'<h{h} id="org-{detail.id}">{_text(detail.name)}</h{h}>']
    parts.append(f"<p>{escape(' · '.join(kinds))}</p>")
    facts = [
        ("Relationship", detail.relationship_type.label if detail.relationship_type else ""),
        ("Purposes", "; ".join(p.label for p in detail.purposes) or "Not recorded yet."),
        ("Held by (us)", ", ".join(r.name for r in detail.holders) or "Nobody named yet."),
        ("Reach them", reach(detail) or "No phone, address or website recorded."),
        ("Next contact due", short_date(detail.next_contact_due)),
        ("Health", detail.health.describe() if detail.health else ""),
        ("Track record, theirs", detail.track_records.sentences()[0]),
        ("Track record, ours", detail.track_records.sentences()[1]),
    ]
    parts.append(
        "<table><tbody>"
        + "".join(f'<tr><th scope="row">{escape(k)}</th><td>{_text(v)}</td></tr>' for k, v in facts)
        + "</tbody></table>"
    )
    open_promises = list(detail.open_promises)
    parts.append(
        _promises(
            "Their open promises", [p for p in open_promises if p.side is Side.THEIRS], today, sub
        )
    )
    parts.append(
        _promises(
            "Our open promises", [p for p in open_promises if p.side is Side.OURS], today, sub
        )
    )
    broken = broken_lately(detail)
    if broken:
        parts.append(f"<h{sub}>Promises broken, and why ({len(broken)})</h{sub}>")
        parts.append(
            _table(
                "Promises broken, the latest first, with the reason given",
                ["Broken", "Promise", "Reason given", "New date"],
                [
                    (
                        short_date(p.status_on),
                        _text(p.description),
                        _text(" ".join(p.status_note.split()) or "no reason recorded"),
                        escape(renewal_said(p)),
                    )
                    for p in broken
                ],
            )
        )
    parts.append(check_ins_html(check_ins, sub))
    parts.append(outcomes_html(outcomes, sub))
    active = by_who_matters([c for c in detail.contacts if c.is_active], standing)
    parts.append(f"<h{sub}>Key contacts ({len(active)})</h{sub}>")
    if active:
        parts.append(
            _table(
                "Key contacts, the people who matter most first",
                ["Name and role", "Phone", "Email", "Prefers"],
                _contact_rows(active, detail.id),
            )
        )
    else:
        parts.append("<p>No contacts recorded yet.</p>")
    left = [c for c in detail.contacts if not c.is_active]
    if left:
        parts.append(f"<h{sub}>Contacts who left ({len(left)})</h{sub}>")
        parts.append(
            _table(
                "Contacts who left",
                ["Name", "Left", "Successor"],
                [
                    (
                        _text(c.display_name),
                        short_date(c.left_on) + (f" for {_text(c.went_to)}" if c.went_to else ""),
                        _text(c.successor.name if c.successor else "nobody known yet"),
                    )
                    for c in left
                ],
            )
        )
    for title, text in (
        ("Next steps", detail.next_steps),
        ("About the relationship", detail.relationship_notes),
    ):
        if text.strip():
            paragraphs = "".join(f"<p>{_text(line)}</p>" for line in text.splitlines() if line)
            parts.append(f"<h{sub}>{title}</h{sub}>{paragraphs}")
    held = max(detail.meeting_count, len(detail.meetings))
    parts.append(f"<h{sub}>Meetings ({held} in all)</h{sub}>")
    if detail.meetings:
        rows = [
            (
                short_date(m.occurred_on),
                escape(PLANNED_MARK if m.is_planned else m.kind.label),
                _text(m.title or "(no title)"),
            )
            for m in detail.meetings
        ]
        parts.append(_table("The latest meetings", ["Date", "Kind", "About"], rows))
        if held > len(detail.meetings):
            parts.append(f"<p>…and {held - len(detail.meetings)} earlier — see the journal.</p>")
    return "\n".join(parts)


def summary_html(summary: RelationshipSummary) -> str:
    detail = summary.organisation
    body = organisation_html(
        detail,
        summary.today,
        dict(summary.standing),
        check_ins=summary.check_ins,
        outcomes=summary.outcomes,
    )
    footer = (
        f"<footer><p>{_text(summary.partnership.name)} · {escape(PURPOSE)} · "
        f"Printed {long_date(summary.today)}. {escape(PRIVACY)}</p></footer>"
    )
    return _document(f"Relationship summary: {detail.name}", f"<main>{body}</main>{footer}")


def _map_in_words(pack: BriefingPack, title: str) -> str:
    """The map's page as lists, a group each: what the printed picture shows, in words."""
    world = pack.world
    if world is None or world.is_empty:
        return f'<h2 id="map">{escape(title)}</h2><p>No organisations are in the journal yet.</p>'
    groups = "".join(
        f"<h3>{escape(group.name)}</h3><ul>"
        + "".join(f"<li>{_text(point.describe())}</li>" for point in group.organisations)
        + "</ul>"
        for group in world.groups
    )
    return f'<h2 id="map">{escape(title)}</h2>{groups}'


def pack_html(pack: BriefingPack) -> str:
    titles = dict(SECTIONS)
    parts = [
        f"<h1>Briefing pack for {_text(pack.recipient)}</h1>",
        f"<p>From {_text(pack.partnership.name)}, printed {long_date(pack.today)}.</p>",
        f"<p><strong>{escape(PRIVACY)}</strong></p>",
        "<nav><h2>Contents</h2><ol>"
        + "".join(f'<li><a href="#{key}">{escape(title)}</a></li>' for key, title in SECTIONS)
        + "</ol></nav>",
        f'<h2 id="about">{titles["about"]}</h2>',
        "".join(
            f"<p>{_text(line)}</p>" for line in pack.partnership.about.splitlines() if line.strip()
        )
        or "<p>Not written yet.</p>",
    ]
    priorities = [line.strip(" •-*") for line in pack.partnership.priorities.splitlines()]
    if any(priorities):
        parts.append(
            "<h3>Its priorities</h3><ul>"
            + "".join(f"<li>{_text(p)}</li>" for p in priorities if p)
            + "</ul>"
        )
    if pack.partnership.members:
        parts.append(
            _table(
                "Members",
                ["Member", "Role", "Holds the relationship with", "Declared interests"],
                [
                    (
                        _text(m.name),
                        escape(m.role.label),
                        _text(", ".join(h.name for h in m.holds) or "—"),
                        _text(m.conflicts_of_interest or "None"),
                    )
                    for m in pack.partnership.members
                ],
            )
        )
    parts.append(_map_in_words(pack, titles["map"]))
    parts.append(f'<h2 id="summaries">{titles["summaries"]}</h2>')
    for brief in pack.organisations:
        parts.append(
            organisation_html(
                brief.detail,
                pack.today,
                dict(brief.standing),
                3,
                check_ins=brief.check_ins,
                outcomes=brief.outcomes,
            )
        )
    parts.append(f'<h2 id="timelines">{titles["timelines"]}</h2>')
    for brief in pack.organisations:
        parts.append(f"<h3>{_text(brief.detail.name)}</h3>")
        if not brief.timeline:
            parts.append("<p>No key events recorded yet.</p>")
            continue
        parts.append(
            _table(
                f"Key events with {brief.detail.name}",
                ["Date", "What", "Details"],
                [(short_date(e.on), escape(e.what), _text(e.text)) for e in brief.timeline],
            )
        )
        if brief.earlier_events:
            parts.append(f"<p>{brief.earlier_events} earlier events are in the journal.</p>")
    parts.append(f'<h2 id="contacts">{titles["contacts"]}</h2>')
    for brief in pack.organisations:
        contacts = by_who_matters(
            [c for c in brief.detail.contacts if c.is_active], dict(brief.standing)
        )
        parts.append(f"<h3>{_text(brief.detail.name)}</h3><p>{_text(reach(brief.detail))}</p>")
        parts.append(
            _table(
                f"Contacts at {brief.detail.name}",
                ["Name and role", "Phone", "Email", "Prefers"],
                _contact_rows(contacts, brief.detail.id),
            )
            if contacts
            else "<p>No contacts recorded yet.</p>"
        )
    parts.append(f'<h2 id="promises">{titles["promises"]}</h2>')
    seen: set[int] = set()
    promises: list[PromiseRow] = []
    for brief in pack.organisations:
        promises += [p for p in brief.detail.open_promises if p.id not in seen]
        seen.update(p.id for p in promises)
    parts.append(
        _table(
            "Every open promise, most urgent first",
            ["Due", "Promise", "Whose", "Held by", "Organisation"],
            [
                (
                    _due(p, pack.today),
                    _text(p.description),
                    "Theirs" if p.side is Side.THEIRS else "Ours",
                    _text(p.holder_name),
                    _text(p.organisation.name),
                )
                for p in _by_urgency(promises, pack.today)
            ],
        )
        if promises
        else "<p>No promises are open.</p>"
    )
    parts.append(f'<h2 id="glossary">{titles["glossary"]}</h2><dl>')
    parts += [f"<dt>{escape(term)}</dt><dd>{escape(meaning)}</dd>" for term, meaning in GLOSSARY]
    parts.append("</dl>")
    return _document(f"Briefing pack for {pack.recipient}", "<main>" + "\n".join(parts) + "</main>")


def write_html(html: str, out: Destination) -> None:
    """Save ``html`` (UTF-8) under ``out``, appearing only once complete."""
    with atomic_pdf(out) as target:
        if isinstance(target, str):
            with open(target, "w", encoding="utf-8") as file:
                file.write(html)
        else:
            target.write(html.encode("utf-8"))
