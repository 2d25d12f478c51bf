"""The journal's tables as SQLAlchemy 2 typed entities.

Portable SQL only: the same entities run on SQLite and PostgreSQL. Every record has
an integer key for fast joins, a stable ``uuid`` that survives export and merge, UTC
``created_at``/``updated_at`` times and a ``version`` that SQLAlchemy checks on every
update, so a concurrent edit is detected instead of silently overwritten.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, time
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
    TypeDecorator,
    func,
    select,
)
from sqlalchemy import Enum as SqlEnum
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    aliased,
    column_property,
    declared_attr,
    mapped_column,
    relationship,
    validates,
)
from sqlalchemy.sql import FromClause

from bigjournal.model.collation import organisation_sort_key, sort_key
from bigjournal.model.vocabulary import (
    Beneficiary,
    ContactKind,
    CouncilTier,
    MeetingKind,
    MemberRole,
    OrganisationKind,
    OutcomeKind,
    PreferredContact,
    PromiseStatus,
    Purpose,
    RelationshipType,
    Side,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def editor_name(context: Any) -> str | None:
    """Who is saving: the login on a team journal's server, else this computer's user.

    Kept in ``updated_by`` so that the second of two people editing one record is told
    who saved first. Never fails a save: an unknown name is simply left empty.
    """
    connection = getattr(context, "root_connection", None)  # None outside a statement
    url = connection.engine.url if connection is not None else None
    if url is not None and url.get_backend_name() != "sqlite" and url.username:
        return str(url.username)
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name to be had (a bare container, an odd Windows setup)
        return None


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back as an aware datetime.

    SQLite keeps no time zone; without this, values would come back naive and
    compare wrongly with aware ones.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class _Vocabulary(SqlEnum):
    """A vocabulary column that reads a value it does not know as a stand-in.

    Mixed versions on a team server leave values a newer version added (a kind
    "spaceship"); reading one must not break Today, the lists or an export, so it
    becomes ``Enum.unknown(value)`` (shown "(unknown: spaceship)"). Writing still
    accepts only this version's values.
    """

    cache_ok = True

    def _object_value_for_elem(self, elem: str) -> Any:
        try:
            return super()._object_value_for_elem(elem)
        except LookupError:
            unknown = getattr(self.enum_class, "unknown", None)
            if unknown is None or not isinstance(elem, str):
                raise
            return unknown(elem)


def vocabulary(enum: type[Enum]) -> SqlEnum:
    """Store an enum by its value in a plain string column (no native DB enum)."""
    return _Vocabulary(
        enum,
        native_enum=False,
        create_constraint=False,
        length=40,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


#: A name's sort key (bigjournal.model.collation), compared byte by byte on every
#: database: PostgreSQL's "C" collation is SQLite's BINARY. Derived from another column,
#: so archives leave it out (bigjournal.exchange.schema) and it is remade on import: a
#: column's ``info["derived"]`` is (the column it is made from, the function making it).
SortKey = String(1000).with_variant(String(1000, collation="C"), "postgresql")


class _InsertContext(Protocol):
    """What SQLAlchemy hands a column's default: the values of the row being written."""

    def get_current_parameters(self) -> Mapping[str, Any]: ...


def sort_key_column(source: str, key: Callable[[str], str]) -> Any:
    """A sort key kept from ``source``: by the entity's validator, or on an insert that
    bypasses the entity (an import's ``executemany``) by this default."""

    def default(context: _InsertContext) -> str:
        return key(context.get_current_parameters().get(source) or "")

    return mapped_column(SortKey, default=default, info={"derived": (source, key)})


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Record:
    """Identity, times and optimistic version shared by every journal record."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_by: Mapped[str | None] = mapped_column(
        String(200), default=editor_name, onupdate=editor_name
    )

    if TYPE_CHECKING:  # declarative gives every mapped subclass its table
        __table__: ClassVar[FromClause]
        __tablename__: str

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}


class Setting(Base):
    """Journal-wide settings: the partnership's name, its 'about' text, paper size."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)


organisation_purposes = Table(
    "organisation_purposes",
    Base.metadata,
    Column(
        "organisation_id",
        ForeignKey("organisations.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("purpose", vocabulary(Purpose), primary_key=True),
)

# Revision 0004: roles an organisation has beside its main ``kind`` (a housing
# association that is also the partnership's Locally Trusted Organisation).
organisation_kinds = Table(
    "organisation_kinds",
    Base.metadata,
    Column(
        "organisation_id",
        ForeignKey("organisations.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("kind", vocabulary(OrganisationKind), primary_key=True),
)

relationship_holders = Table(
    "relationship_holders",
    Base.metadata,
    Column(
        "organisation_id",
        ForeignKey("organisations.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("member_id", ForeignKey("members.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_relationship_holders_member", "member_id"),
)

interaction_organisations = Table(
    "interaction_organisations",
    Base.metadata,
    Column(
        "interaction_id",
        ForeignKey("interactions.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column(
        "organisation_id",
        ForeignKey("organisations.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Index("ix_interaction_organisations_org", "organisation_id", "interaction_id"),
)

interaction_contacts = Table(
    "interaction_contacts",
    Base.metadata,
    Column(
        "interaction_id",
        ForeignKey("interactions.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_interaction_contacts_contact", "contact_id", "interaction_id"),
)

interaction_members = Table(
    "interaction_members",
    Base.metadata,
    Column(
        "interaction_id",
        ForeignKey("interactions.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("member_id", ForeignKey("members.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_interaction_members_member", "member_id", "interaction_id"),
)


class Organisation(Record, Base):
    """An agency, or a part of one, and the partnership's relationship with it.

    A council's departments and a PCN's GP surgeries are organisations with a
    ``parent``; county, district and parish councils are separate organisations
    joined by :class:`OrganisationLink`.
    """

    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(200), index=True)
    sort_name: Mapped[str | None] = sort_key_column("name", organisation_sort_key)
    kind: Mapped[OrganisationKind] = mapped_column(vocabulary(OrganisationKind))
    council_tier: Mapped[CouncilTier | None] = mapped_column(vocabulary(CouncilTier))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # The relationship between the partnership and this organisation.
    relationship_type: Mapped[RelationshipType | None] = mapped_column(vocabulary(RelationshipType))
    contact_every_days: Mapped[int | None] = mapped_column(Integer)
    relationship_since: Mapped[date | None] = mapped_column(Date)
    relationship_notes: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")

    parent: Mapped[Organisation | None] = relationship(
        remote_side="Organisation.id", back_populates="children"
    )
    children: Mapped[list[Organisation]] = relationship(back_populates="parent")
    holders: Mapped[list[Member]] = relationship(
        secondary=relationship_holders, order_by="Member.name"
    )
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="organisation", foreign_keys="Contact.organisation_id"
    )

    __table_args__ = (
        CheckConstraint("contact_every_days IS NULL OR contact_every_days > 0", name="rhythm"),
        Index("ix_organisations_sort_name", "sort_name", "id"),  # revision 0005
    )

    @validates("name")
    def _keep_sort_name(self, _key: str, value: str) -> str:
        self.sort_name = organisation_sort_key(value or "")
        return value


class OrganisationLink(Record, Base):
    """Two organisations that work together, e.g. a borough and its county council."""

    __tablename__ = "organisation_links"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    linked_organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    description: Mapped[str] = mapped_column(String(200), default="")


class Member(Record, Base):
    """A member of the partnership: our side of every relationship."""

    __tablename__ = "members"

    name: Mapped[str] = mapped_column(String(200), index=True)
    role: Mapped[MemberRole] = mapped_column(vocabulary(MemberRole))
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    joined_on: Mapped[date | None] = mapped_column(Date)
    stepped_down_on: Mapped[date | None] = mapped_column(Date)
    conflicts_of_interest: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    @property
    def is_active(self) -> bool:
        return self.stepped_down_on is None


class Contact(Record, Base):
    """A person at an organisation: an officer or an elected member."""

    __tablename__ = "contacts"

    name: Mapped[str] = mapped_column(String(200), index=True)
    # Revision 0004: Cllr, Dr, Revd… kept apart from the name, so lists sort by name.
    title: Mapped[str] = mapped_column(String(40), default="", server_default="")
    sort_name: Mapped[str | None] = sort_key_column("name", sort_key)
    role: Mapped[str] = mapped_column(String(200), default="")
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[ContactKind] = mapped_column(vocabulary(ContactKind), default=ContactKind.OFFICER)
    ward: Mapped[str] = mapped_column(String(200), default="")
    term_ends_on: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    # Revision 0004: further numbers and addresses beside the main ones, one a line.
    other_phones: Mapped[str] = mapped_column(Text, default="", server_default="")
    other_emails: Mapped[str] = mapped_column(Text, default="", server_default="")
    preferred_contact: Mapped[PreferredContact | None] = mapped_column(vocabulary(PreferredContact))
    left_on: Mapped[date | None] = mapped_column(Date)
    went_to: Mapped[str] = mapped_column(String(300), default="")
    successor_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    private_notes: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[Organisation] = relationship(
        back_populates="contacts", foreign_keys=[organisation_id]
    )
    successor: Mapped[Contact | None] = relationship(remote_side="Contact.id")

    __table_args__ = (Index("ix_contacts_sort_name", "sort_name", "id"),)  # revision 0005

    @validates("name")
    def _keep_sort_name(self, _key: str, value: str) -> str:
        self.sort_name = sort_key(value or "")
        return value

    @property
    def is_active(self) -> bool:
        return self.left_on is None


class Meeting(Record, Base):
    """A meeting, call, walkabout or other contact with one or more organisations.

    A planned meeting is one arranged for the future; logging it clears the flag.
    The code calls it a meeting throughout; the table and its link tables keep their
    first name (``interactions``, ``interaction_*``, ``interaction_id``) because journals,
    team servers and successor archives made before store it under that name.
    """

    __tablename__ = "interactions"

    occurred_on: Mapped[date] = mapped_column(Date)
    starts_at: Mapped[time | None] = mapped_column(Time)
    kind: Mapped[MeetingKind] = mapped_column(vocabulary(MeetingKind))
    title: Mapped[str] = mapped_column(String(300), default="")
    sort_title: Mapped[str | None] = sort_key_column("title", organisation_sort_key)
    location: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")
    is_planned: Mapped[bool] = mapped_column(default=False)

    @validates("title")
    def _keep_sort_title(self, _key: str, value: str) -> str:
        self.sort_title = organisation_sort_key(value or "")
        return value

    organisations: Mapped[list[Organisation]] = relationship(
        secondary=interaction_organisations, order_by="Organisation.name"
    )
    contacts: Mapped[list[Contact]] = relationship(
        secondary=interaction_contacts, order_by="Contact.name"
    )
    members: Mapped[list[Member]] = relationship(
        secondary=interaction_members, order_by="Member.name"
    )
    promises: Mapped[list[Promise]] = relationship(back_populates="meeting", order_by="Promise.id")

    __table_args__ = (
        Index("ix_interactions_occurred", "occurred_on", "id"),
        Index("ix_interactions_sort_title", "sort_title", "id"),  # revision 0005
        Index("ix_interactions_kind", "kind", "id"),  # revision 0005
        # Revision 0003: last contact per organisation without reading the wide rows.
        Index("ix_interactions_id_planned_occurred", "id", "is_planned", "occurred_on"),
    )


class Promise(Record, Base):
    """Something promised, by them (a contact) or by us (a member), and what became of it.

    ``made_by_*`` never changes; ``holder_*`` is who is answerable now, which moves
    when people leave. Both holder columns empty means the organisation owes it.
    """

    __tablename__ = "promises"

    description: Mapped[str] = mapped_column(Text)
    side: Mapped[Side] = mapped_column(vocabulary(Side))
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT")
    )
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interactions.id", ondelete="SET NULL"), index=True
    )
    made_by_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    made_by_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True
    )
    made_to_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL")
    )
    made_to_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL")
    )
    holder_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    holder_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True
    )
    made_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[PromiseStatus] = mapped_column(
        vocabulary(PromiseStatus), default=PromiseStatus.OPEN
    )
    status_on: Mapped[date | None] = mapped_column(Date)
    status_note: Mapped[str] = mapped_column(Text, default="")
    # Revision 0008: a broken promise given a new date is renewed by a new promise that
    # points back at it; the broken one stays broken (the track record keeps it).
    renewed_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("promises.id", ondelete="SET NULL"), index=True
    )

    organisation: Mapped[Organisation] = relationship()
    meeting: Mapped[Meeting | None] = relationship(back_populates="promises")
    made_by_contact: Mapped[Contact | None] = relationship(foreign_keys=[made_by_contact_id])
    made_by_member: Mapped[Member | None] = relationship(foreign_keys=[made_by_member_id])
    made_to_contact: Mapped[Contact | None] = relationship(foreign_keys=[made_to_contact_id])
    made_to_member: Mapped[Member | None] = relationship(foreign_keys=[made_to_member_id])
    holder_contact: Mapped[Contact | None] = relationship(foreign_keys=[holder_contact_id])
    holder_member: Mapped[Member | None] = relationship(foreign_keys=[holder_member_id])

    __table_args__ = (
        Index("ix_promises_status_due", "status", "due_on"),
        Index("ix_promises_organisation_status", "organisation_id", "status", "due_on"),
        Index("ix_promises_made_to_contact_id", "made_to_contact_id"),  # revision 0003
        CheckConstraint(
            "made_by_contact_id IS NULL OR made_by_member_id IS NULL", name="one_maker"
        ),
        CheckConstraint("holder_contact_id IS NULL OR holder_member_id IS NULL", name="one_holder"),
    )


_renewal = aliased(Promise)
#: The promise that renewed this one (the first, should an import have brought two):
#: read with every promise, by the index on ``renewed_from_id``.
Promise.renewal_id = column_property(
    select(func.min(_renewal.id))
    .where(_renewal.renewed_from_id == Promise.id)
    .correlate_except(_renewal)
    .scalar_subquery()
)


class Handover(Record, Base):
    """What happens when a contact leaves or a member steps down.

    Pending until ``completed_on`` is set; the introduction date puts a walkabout
    with the new post-holder on Today's agenda.
    """

    __tablename__ = "handovers"

    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), index=True
    )
    left_on: Mapped[date] = mapped_column(Date)
    went_to: Mapped[str] = mapped_column(String(300), default="")
    successor_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL")
    )
    successor_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL")
    )
    post_vacant: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    introduction_on: Mapped[date | None] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        CheckConstraint("contact_id IS NULL OR member_id IS NULL", name="one_leaver"),
    )


class CheckIn(Record, Base):
    """A periodic check-in on the eight criteria: relationships ebb and flow.

    Each criterion is a level on a short scale (``bigjournal.journal.checkins.LEVELS``),
    or None when it was not talked about.
    """

    __tablename__ = "check_ins"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date)
    mutual_knowledge: Mapped[int | None] = mapped_column(Integer)
    understanding: Mapped[int | None] = mapped_column(Integer)
    trust: Mapped[int | None] = mapped_column(Integer)
    respect: Mapped[int | None] = mapped_column(Integer)
    common_language: Mapped[int | None] = mapped_column(Integer)
    shared_goals: Mapped[int | None] = mapped_column(Integer)
    defined_roles: Mapped[int | None] = mapped_column(Integer)
    capacity: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    # Revision 0007: who took part (one a line), and where the partnership hopes to be.
    took_part: Mapped[str] = mapped_column(Text, default="", server_default="")
    hopes: Mapped[str] = mapped_column(Text, default="", server_default="")


#: The largest amount an outcome may record, in pence (£100 million): beyond anything a
#: partnership leverages, and within what every database and archive holds.
LARGEST_AMOUNT_PENCE = 10_000_000_000


class Outcome(Record, Base):
    """What a relationship achieved, for the partnership, the agency or the area (§4).

    Linked, when it is known, to the meeting or the promise it came from; deleting
    either leaves the outcome standing (``SET NULL``). Only funding leveraged has an
    amount, in whole pence.
    """

    __tablename__ = "outcomes"

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"))
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interactions.id", ondelete="SET NULL"), index=True
    )
    promise_id: Mapped[int | None] = mapped_column(
        ForeignKey("promises.id", ondelete="SET NULL"), index=True
    )
    beneficiary: Mapped[Beneficiary] = mapped_column(vocabulary(Beneficiary))
    kind: Mapped[OutcomeKind] = mapped_column(vocabulary(OutcomeKind))
    title: Mapped[str] = mapped_column(String(200))
    achieved_on: Mapped[date] = mapped_column(Date)
    amount_pence: Mapped[int | None] = mapped_column(BigInteger)
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_outcomes_organisation_achieved", "organisation_id", "achieved_on", "id"),
        CheckConstraint(
            "amount_pence IS NULL OR "
            f"(amount_pence >= 0 AND amount_pence <= {LARGEST_AMOUNT_PENCE})",
            name="amount",
        ),
    )


class Topic(Record, Base):
    """A topic that runs across meetings and organisations (revision 0010).

    "Street lighting on Canal Walk" involves the borough's highways team, the county
    and the parish: meetings and promises are tagged with it, so its timeline reads
    across every organisation. The name is unique with case ignored, which the use
    cases keep (not the database: two journals merged may each have made one). A
    closed topic (``closed_on``) keeps its history but leaves the pickers.
    """

    __tablename__ = "topics"

    name: Mapped[str] = mapped_column(String(200), index=True)
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    closed_on: Mapped[date | None] = mapped_column(Date)


# Revision 0010: the topics of a meeting and of a promise. Deleting a topic removes
# its links, never the meetings or promises.
interaction_topics = Table(
    "interaction_topics",
    Base.metadata,
    Column(
        "interaction_id",
        ForeignKey("interactions.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("topic_id", ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_interaction_topics_topic", "topic_id", "interaction_id"),
)

promise_topics = Table(
    "promise_topics",
    Base.metadata,
    Column("promise_id", ForeignKey("promises.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_promise_topics_topic", "topic_id", "promise_id"),
)


RECORD_TYPES: tuple[type[Record], ...] = (
    Organisation,
    OrganisationLink,
    Member,
    Contact,
    Meeting,
    Promise,
    Handover,
    CheckIn,
    Outcome,
    Topic,
)
