"""Seeded word lists for the large generated journal: the domain's own vocabulary.

Names come in several European scripts on purpose: sorting, case-folding and the
search tokenizer must cope with Ł, ß, Ω and Ж in a journal this size, not only ASCII.
All names are invented combinations.
"""

from __future__ import annotations

# fmt: off

# (weight, first names, family names): one tuple per naming tradition.
PEOPLE = (
    (
        50,
        (
            "Sarah", "James", "Aisha", "Mohammed", "Priya", "Tom", "Grace", "Daniel", "Chloe",
            "Oliver", "Fatima", "Ruth", "Kwame", "Helen", "Marcus", "Jade", "Paul", "Niamh",
            "Ibrahim", "Lucy", "Stephen", "Amara", "Gareth", "Yasmin", "Colin", "Bernadette",
        ),
        (
            "Okafor", "Whitfield", "Patel", "Hughes", "Begum", "Fletcher", "Ahmed", "Morris",
            "Campbell", "Clarke", "Kaur", "Doyle", "Mensah", "Thompson", "Rahman", "Barker",
            "Osei", "Jenkins", "Hussain", "Lloyd", "Price", "Walsh", "Khan", "Ellis",
        ),
    ),
    (
        8,
        ("Małgorzata", "Paweł", "Łukasz", "Zofia", "Krzysztof", "Agnieszka", "Wojciech"),
        ("Wójcik", "Kowalczyk", "Szymański", "Łuczak", "Dąbrowska", "Zieliński", "Król"),
    ),
    (
        5,
        ("Jürgen", "Käthe", "Günter", "Anneliese", "Lukas", "Jörg"),
        ("Müller", "Weiß", "Schäfer", "Groß", "Köhler", "Strauß"),
    ),
    (
        5,
        ("Amélie", "François", "Hélène", "Loïc", "Anaïs", "Jérôme"),
        ("Lefèvre", "Girard", "Bézier", "Moreau", "Dupré", "Crévecœur"),
    ),
    (
        4,
        ("Γιώργος", "Ελένη", "Δημήτρης", "Κατερίνα", "Νίκος"),
        ("Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Βασιλείου", "Αντωνίου"),
    ),
    (
        4,
        ("Олена", "Дмитро", "Ірина", "Богдан", "Оксана", "Ива́н"),
        ("Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Мельник"),
    ),
    (
        4,
        ("Ayşe", "Çağrı", "Gülşen", "Emre", "Şükrü"),
        ("Yılmaz", "Öztürk", "Çelik", "Şahin", "Doğan"),
    ),
    (
        4,
        ("Siobhán", "Seán", "Aoife", "Rhiannon", "Dafydd", "Eilidh"),
        ("Ó Briain", "Mac Giolla", "Ní Bhriain", "ap Rhys", "Llywelyn", "MacDhòmhnaill"),
    ),
    (
        3,
        ("João", "Inês", "Ștefan", "Žydrūnė", "Jiří", "Zuzana"),
        ("Gonçalves", "Magalhães", "Popescu", "Kazlauskienė", "Dvořák", "Nováková"),
    ),
)

PLACES = (
    "Ashford Vale", "Millbrook", "Kentshire", "Northwold", "Harrowgate", "Eastbridge",
    "Saltmarsh", "Brackley Heath", "Upper Denton", "Riverside", "Hollins Green", "Castleford",
    "Wyndham", "Stonebury", "Fairfield", "Oakhampton", "Lowther", "Greystoke", "Marlow Fen",
    "Pendle Cross", "Kingsmere", "Abbotsley", "Thornbury", "Whitmoor", "Llanfair", "Kilbride",
)
STREETS = (
    "Canal Walk", "Station Parade", "Chapel Street", "the Green", "Mill Lane", "Victoria Road",
    "the underpass", "Orchard Close", "the precinct", "Hawthorn Avenue", "the allotments",
)
DEPARTMENTS = (
    "Highways", "Housing Services", "Community Safety", "Parks and Open Spaces",
    "Planning Policy", "Waste and Recycling", "Communities Team", "Public Health",
    "Adult Social Care", "Children's Services", "Regeneration", "Licensing",
    "Libraries", "Environmental Health", "Democratic Services", "Estates and Assets",
)
COUNCIL_SUFFIX = {
    "unitary": "Council",
    "county": "County Council",
    "district_or_borough": "Borough Council",
    "parish_or_town": "Town Council",
}
ORGANISATION_NAMES = {
    "housing_association": ("{place} Homes", "{place} Housing Trust", "{place} Living"),
    "school_or_college": (
        "{place} College", "{place} Primary School", "{place} Academy", "St Mary's, {place}",
    ),
    "health_agency": (
        "{place} Primary Care Network", "{place} Integrated Care Board",
        "{place} Healthy Living Team",
    ),
    "police": ("{place} Neighbourhood Policing Team",),
    "voluntary_organisation": (
        "{place} Food Bank", "Friends of {place} Park", "{place} Credit Union",
        "{place} Youth Project", "{place} Men's Shed", "{place} Good Neighbours",
        "{place} Tenants' and Residents' Association", "{place} Carers' Centre",
    ),
    "business": ("{place} Co-op", "{place} Builders' Merchants", "{place} Pharmacy"),
    "funder": ("{place} Community Foundation", "{place} Lottery Fund"),
    "other": ("{place} Civic Society", "{place} Allotment Society"),
}
SURGERIES = ("{place} Health Centre", "{place} Medical Practice", "{place} Surgery")
ROLES = (
    "Neighbourhood officer", "Community development worker", "Team leader",
    "Service manager", "Head of service", "Project officer", "Practice manager",
    "Social prescriber", "Estate manager", "Engagement lead", "Principal",
    "Partnerships manager", "PCSO", "Volunteer coordinator", "Director",
)
TOPICS = (
    "street lighting", "the community centre lease", "fly-tipping", "the play area",
    "the youth club", "social prescribing", "the food bank", "damp and mould",
    "anti-social behaviour", "the neighbourhood plan", "the community café",
    "digital inclusion", "the summer fun day", "the bus route", "the allotments",
    "the peer-support café", "long COVID support", "the legacy plan", "waiting well",
    "the councillors' exhibition", "the tenants' survey", "grant reporting",
    "the parking scheme", "the litter pick", "the repairs backlog", "the health walk",
)
NOTE_SENTENCES = (
    "{who} explained the background to {topic} and we agreed the next steps together.",
    "Residents feel nothing has moved on {topic} since the last meeting.",
    "{who} apologised for the delay and promised to come back with dates.",
    "Most of the time went on {topic}; minutes to follow by email.",
    "{who} brought a colleague, which helps: more than one point of contact.",
    "We walked {street} together and took photos of the worst places.",
    "Agreed to keep meeting regularly so we are not only talking when things go wrong.",
    "The funding for {topic} ends in {month}, so we need a plan before then.",
    "{who} will check with the team whether {topic} can go on the capital list.",
    "A good, honest conversation about {topic}; trust is building.",
    "The restructure means {who} is covering two posts for now.",
    "We shared residents' views on {topic} from the survey at {street}.",
    "Councillors were invited but none came; we will write to them about {topic}.",
    "{who} offered the hall at {street} free of charge for the event.",
    "The partnership asked for the decision on {topic} in writing.",
)
DECISIONS = (
    "Agreed: a joint walkabout of {street} next month.",
    "Agreed to share the costs of {topic} equally.",
    "Decision deferred until the budget is set.",
    "Agreed a written note of who does what on {topic}.",
    "Agreed to meet every month until {topic} is resolved.",
)
THEIR_PROMISES = (
    "Send the survey results on {topic}",
    "Repair the broken bollards on {street}",
    "Confirm an officer will attend the partnership meeting",
    "Share the draft plan for {topic}",
    "Clear the fly-tipping behind {street}",
    "Put {topic} on the capital list",
    "Provide a room for {topic} each month",
    "Send the figures on {topic} for the funding report",
    "Introduce us to whoever leads on {topic}",
)
OUR_PROMISES = (
    "Circulate residents' photos of {street}",
    "Book the hall for {topic}",
    "Collect residents' views on {topic}",
    "Send the partnership's annual report",
    "Print leaflets about {topic}",
    "Find volunteers for {topic}",
    "Return the signed grant agreement",
)
STATUS_NOTES = {
    "kept": ("Done, thank you.", "Arrived by email.", "Sorted at the walkabout.", ""),
    "broken": ("Never happened.", "Officer left before doing it.", "Budget was cut."),
    "released": ("No longer needed.", "Overtaken by the restructure.", "Agreed to drop it."),
}
WENT_TO = ("a post at the county council", "retirement", "another borough", "the NHS", "")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
# fmt: on
