"""The research's vocabularies (see DOMAIN.md), as enums stored by their value.

Values are stable identifiers written to the database and to archives; labels are
the words shown to volunteers. Never rename a value: add a new member instead.
"""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A string enum with a human label and a lookup that forgives case and spacing.

    A value this version does not know (a kind a newer version added, read from a
    team journal both versions use) becomes a stand-in, not an error: it shows as
    "(unknown: spaceship)", keeps its stored value and is never offered as a choice.
    """

    @property
    def label(self) -> str:
        key = (type(self), self._value_)
        try:
            return _LABEL_OF[key]  # asked for every row of a list: worked out once
        except KeyError:
            pass
        if self.is_unknown:
            return f"(unknown: {self._value_})"
        label = _LABELS.get(key, self._value_.replace("_", " ").capitalize())
        _LABEL_OF[key] = label
        return label

    @property
    def is_unknown(self) -> bool:
        return self._name_.startswith("UNKNOWN:")

    @classmethod
    def _missing_(cls, value: object) -> LabelledEnum | None:
        if not isinstance(value, str):
            return None
        return cls.unknown(value)

    @classmethod
    def unknown(cls, value: str) -> LabelledEnum:
        """The stand-in for ``value``, which none of this version's members has."""
        stand_in = str.__new__(cls, value)
        stand_in._name_ = f"UNKNOWN:{value}"
        stand_in._value_ = value
        return stand_in

    @classmethod
    def knows(cls, value: str) -> bool:
        return value in cls._value2member_map_

    @classmethod
    def parse(cls, text: str) -> LabelledEnum:
        """Accept a value or a label, ignoring case, spaces, hyphens and slashes."""
        wanted = _fold(text)
        for member in cls:
            if wanted in (_fold(member.value), _fold(member.label)):
                return member
        choices = ", ".join(m.value for m in cls)
        raise ValueError(f"“{text}” is not one of: {choices}.")


def _fold(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


class OrganisationKind(LabelledEnum):
    """Kinds of agency, the four most common first."""

    LOCAL_AUTHORITY = "local_authority"
    COUNCIL_DEPARTMENT = "council_department"
    HOUSING_ASSOCIATION = "housing_association"
    SCHOOL_OR_COLLEGE = "school_or_college"
    HEALTH_AGENCY = "health_agency"
    POLICE = "police"
    VOLUNTARY_ORGANISATION = "voluntary_organisation"
    BUSINESS = "business"
    FUNDER = "funder"
    LTO = "lto"
    OTHER = "other"


class CouncilTier(LabelledEnum):
    """Layers of local government; a council at each layer is its own organisation."""

    UNITARY = "unitary"
    COUNTY = "county"
    DISTRICT_OR_BOROUGH = "district_or_borough"
    PARISH_OR_TOWN = "parish_or_town"


class RelationshipType(LabelledEnum):
    """The three types of relationship (2022 report, §2.4)."""

    POWERFUL_ALLY = "powerful_ally"
    FRIEND_OR_ACQUAINTANCE = "friend_or_acquaintance"
    CLIENT_OR_CONTRACTOR = "client_or_contractor"


class Purpose(LabelledEnum):
    """The six purposes of a relationship (§2.2), most frequent first."""

    CO_DESIGN = "co_design"
    SHARING_AND_NETWORKING = "sharing_and_networking"
    INFORMAL_SUPPORT = "informal_support"
    ROUTES_IN = "routes_in"
    ASSETS_AND_INFRASTRUCTURE = "assets_and_infrastructure"
    FUNDING = "funding"


class MemberRole(LabelledEnum):
    """Who holds relationships on the partnership's side (§2.3)."""

    WORKER = "worker"
    CHAIR = "chair"
    RESIDENT_MEMBER = "resident_member"
    LTO = "lto"
    REP = "rep"
    NON_RESIDENT_MEMBER = "non_resident_member"


class ContactKind(LabelledEnum):
    """An officer (staff) or an elected member (councillor) of an organisation."""

    OFFICER = "officer"
    ELECTED_MEMBER = "elected_member"


class PreferredContact(LabelledEnum):
    """How a contact prefers to be reached."""

    EMAIL = "email"
    PHONE = "phone"
    TEXT_MESSAGE = "text_message"
    IN_PERSON = "in_person"
    LETTER = "letter"


class MeetingKind(LabelledEnum):
    """Kinds of meeting and other interaction."""

    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    WALKABOUT = "walkabout"
    EVENT = "event"
    FACILITATED_CONVERSATION = "facilitated_conversation"
    VISIT = "visit"
    OTHER = "other"


class Side(LabelledEnum):
    """Whose promise it is: theirs (an agency's contact) or ours (a member)."""

    THEIRS = "theirs"
    OURS = "ours"


class PromiseStatus(LabelledEnum):
    """Where a promise stands."""

    OPEN = "open"
    KEPT = "kept"
    BROKEN = "broken"
    RELEASED = "released"


class Criterion(LabelledEnum):
    """The eight criteria of an effective relationship (§3.1)."""

    MUTUAL_KNOWLEDGE = "mutual_knowledge"
    UNDERSTANDING = "understanding"
    TRUST = "trust"
    RESPECT = "respect"
    COMMON_LANGUAGE = "common_language"
    SHARED_GOALS = "shared_goals"
    DEFINED_ROLES = "defined_roles"
    CAPACITY = "capacity"


class Beneficiary(LabelledEnum):
    """Who an outcome of a relationship benefits (2022 report, §4)."""

    PARTNERSHIP = "partnership"
    AGENCY = "agency"
    AREA = "area"


class OutcomeKind(LabelledEnum):
    """What a relationship achieved (§4); each kind but "other" benefits one side.

    The side each benefits is :data:`OUTCOME_BENEFICIARY`.
    """

    SEAT_AT_THE_TABLE = "seat_at_the_table"
    INTRODUCTION = "introduction"
    PRACTICAL_HELP = "practical_help"
    ROUTE_INTO_THE_COMMUNITY = "route_into_the_community"
    LOCAL_KNOWLEDGE = "local_knowledge"
    FUNDING_LEVERAGED = "funding_leveraged"
    COMMUNITY_ASSET = "community_asset"
    OTHER = "other"


#: Who each kind of outcome benefits; "other" may benefit any of them.
OUTCOME_BENEFICIARY: dict[OutcomeKind, Beneficiary] = {
    OutcomeKind.SEAT_AT_THE_TABLE: Beneficiary.PARTNERSHIP,
    OutcomeKind.INTRODUCTION: Beneficiary.PARTNERSHIP,
    OutcomeKind.PRACTICAL_HELP: Beneficiary.PARTNERSHIP,
    OutcomeKind.ROUTE_INTO_THE_COMMUNITY: Beneficiary.AGENCY,
    OutcomeKind.LOCAL_KNOWLEDGE: Beneficiary.AGENCY,
    OutcomeKind.FUNDING_LEVERAGED: Beneficiary.AREA,
    OutcomeKind.COMMUNITY_ASSET: Beneficiary.AREA,
}


# Pairs, not a dict: members of two vocabularies with the same value (OrganisationKind.LTO
# and MemberRole.LTO, both "lto") are equal as strings and would share one label.
_LABEL_PAIRS: tuple[tuple[LabelledEnum, str], ...] = (
    (OrganisationKind.LOCAL_AUTHORITY, "Local authority"),
    (OrganisationKind.COUNCIL_DEPARTMENT, "Council department or team"),
    (OrganisationKind.HOUSING_ASSOCIATION, "Housing association"),
    (OrganisationKind.SCHOOL_OR_COLLEGE, "School or college"),
    (OrganisationKind.HEALTH_AGENCY, "Health agency"),
    (OrganisationKind.POLICE, "Police"),
    (OrganisationKind.VOLUNTARY_ORGANISATION, "Voluntary or community organisation"),
    (OrganisationKind.BUSINESS, "Business"),
    (OrganisationKind.FUNDER, "Funder"),
    (OrganisationKind.LTO, "Locally Trusted Organisation (LTO)"),
    (OrganisationKind.OTHER, "Other"),
    (CouncilTier.UNITARY, "Unitary council"),
    (CouncilTier.COUNTY, "County council"),
    (CouncilTier.DISTRICT_OR_BOROUGH, "District or borough council"),
    (CouncilTier.PARISH_OR_TOWN, "Parish or town council"),
    (RelationshipType.POWERFUL_ALLY, "Powerful ally"),
    (RelationshipType.FRIEND_OR_ACQUAINTANCE, "Friend or acquaintance"),
    (RelationshipType.CLIENT_OR_CONTRACTOR, "Client or contractor"),
    (Purpose.CO_DESIGN, "Co-design and co-delivery"),
    (Purpose.SHARING_AND_NETWORKING, "Sharing and networking"),
    (Purpose.INFORMAL_SUPPORT, "Informal support and guidance"),
    (Purpose.ROUTES_IN, "Routes into the community or the agency"),
    (Purpose.ASSETS_AND_INFRASTRUCTURE, "Assets and infrastructure"),
    (Purpose.FUNDING, "Funding"),
    (MemberRole.WORKER, "Worker"),
    (MemberRole.CHAIR, "Chair"),
    (MemberRole.RESIDENT_MEMBER, "Resident member"),
    (MemberRole.LTO, "LTO"),
    (MemberRole.REP, "Rep"),
    (MemberRole.NON_RESIDENT_MEMBER, "Non-resident member"),
    (ContactKind.OFFICER, "Officer"),
    (ContactKind.ELECTED_MEMBER, "Elected member"),
    (PreferredContact.TEXT_MESSAGE, "Text message"),
    (PreferredContact.IN_PERSON, "In person"),
    (MeetingKind.FACILITATED_CONVERSATION, "Facilitated conversation"),
    (Side.THEIRS, "Theirs"),
    (Side.OURS, "Ours"),
    (Criterion.MUTUAL_KNOWLEDGE, "Mutual knowledge"),
    (Criterion.COMMON_LANGUAGE, "Common language"),
    (Criterion.SHARED_GOALS, "Shared goals"),
    (Criterion.DEFINED_ROLES, "Defined roles, willing to be flexible"),
    (Criterion.CAPACITY, "Capacity and resources to follow through"),
    (Beneficiary.PARTNERSHIP, "The partnership"),
    (Beneficiary.AGENCY, "The agency"),
    (Beneficiary.AREA, "The area"),
    (OutcomeKind.SEAT_AT_THE_TABLE, "A seat at the table"),
    (OutcomeKind.INTRODUCTION, "An introduction"),
    (OutcomeKind.PRACTICAL_HELP, "Practical help"),
    (OutcomeKind.ROUTE_INTO_THE_COMMUNITY, "A route into the community"),
    (OutcomeKind.LOCAL_KNOWLEDGE, "Local knowledge"),
    (OutcomeKind.FUNDING_LEVERAGED, "Funding leveraged"),
    (OutcomeKind.COMMUNITY_ASSET, "A community asset"),
    (OutcomeKind.OTHER, "Other"),
)
_LABELS: dict[tuple[type, str], str] = {(type(m), m.value): text for m, text in _LABEL_PAIRS}
#: Labels already worked out, by enum and value (a list asks for one a row).
_LABEL_OF: dict[tuple[type, str], str] = {}
