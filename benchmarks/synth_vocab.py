"""Word lists for the synthetic news generator (all invented for this project).

Kept apart from the templates so the vocabulary can grow without touching the logic. Outlets,
towns and people are fictional; the shapes (wire services, bylines, anonymous officials,
organisations quoted by name) follow how conflict reporting is actually written.
"""

from __future__ import annotations

# (name, url host, is_wire). Wire services publish first; other outlets sometimes run their copy verbatim.
OUTLETS: tuple[tuple[str, str, bool], ...] = (
    ("Continental Wire", "continentalwire.example", True),
    ("Baltic Press Agency", "balticpress.example", True),
    ("Eastbridge Herald", "eastbridgeherald.example", False),
    ("Valley Dispatch", "valleydispatch.example", False),
    ("Riverside Gazette", "riversidegazette.example", False),
    ("Northline Post", "northlinepost.example", False),
    ("Tidewater Times", "tidewatertimes.example", False),
    ("Granite Chronicle", "granitechronicle.example", False),
    ("Lantern Daily", "lanterndaily.example", False),
    ("Meadowbrook Observer", "meadowbrookobserver.example", False),
    ("The Ashford Ledger", "ashfordledger.example", False),
    ("Copperline Review", "copperlinereview.example", False),
)

TOWNS: tuple[str, ...] = (
    "Dorohivka", "Marivsk", "Svitlopil", "Kamianyi Brid", "Ozerne", "Pryluzhne", "Holubivka", "Stepanivsk",
    "Verbivtsi", "Zarichne", "Lypova Dolyna", "Krasnohir", "Soniachne", "Berezanka", "Tykhyi Yar", "Novopilske",
    "Horodnia", "Ivankivtsi", "Chornobrody", "Bilozirka", "Rudnytsia", "Zolotopil", "Myrnohrad Pivnichnyi",
    "Sosnivka", "Vyshneve Pole", "Kalynivsk", "Dubrivne", "Yasenivka", "Orlivets", "Prystan",
)
REGIONS: tuple[str, ...] = ("eastern", "northern", "southern", "central", "north-eastern", "south-eastern")
RIVERS: tuple[str, ...] = ("Sukha", "Bystra", "Tykha", "Kamianka", "Lozova", "Vilshanka")

FIRST_NAMES: tuple[str, ...] = (
    "Olena", "Taras", "Marta", "Bohdan", "Iryna", "Andriy", "Halyna", "Mykola", "Oksana", "Yurii", "Larysa",
    "Dmytro", "Sofiia", "Petro", "Nadiia", "Viktor", "Kateryna", "Roman", "Alina", "Ostap", "Greta", "Henrik",
    "Claire", "Tomasz", "Ingrid", "Pieter", "Maren", "Luis", "Anouk", "Felix",
)
LAST_NAMES: tuple[str, ...] = (
    "Hrytsenko", "Moroz", "Tkachuk", "Savchyn", "Lysenko", "Koval", "Boiko", "Dovzhenko", "Rudenko", "Fedoriv",
    "Palamar", "Zhuk", "Semeniuk", "Vasylenko", "Ostapchuk", "Lindqvist", "Brandt", "Maes", "Kowalczyk",
    "Halvorsen", "Duarte", "Vermeer", "Nieminen", "Aldana", "Sorensen", "Kravets", "Shevchuk", "Tymchenko",
)
ROLES: tuple[str, ...] = (
    "the regional governor", "the head of the town's military administration", "a deputy defence minister",
    "a spokesperson for the emergency service", "the mayor of {town}", "a battalion commander",
    "the head of the regional health department", "the country's energy minister",
    "a senior adviser to the president", "the coordinator of the relief mission", "a local council member",
    "the director of the regional water utility", "a military analyst at the Meridian Institute",
)
ORGANIZATIONS: tuple[str, ...] = (
    "State Emergency Service", "General Staff", "Ministry of Defence", "regional military administration",
    "Red Crescent Relief Federation", "Meridian Institute for Conflict Studies", "national grid operator",
    "UN humanitarian office", "Ministry of Health", "Prosecutor General's Office", "Border Guard Service",
    "Continental Monitoring Mission",
)
ANONYMOUS: tuple[str, ...] = (
    "a senior official who asked not to be named",
    "two people familiar with the matter",
    "a military source speaking on condition of anonymity",
    "a Western diplomat who was not authorised to speak publicly",
    "an aid worker who declined to give her name",
    "officials briefed on the assessment",
    "a soldier serving near {town}",
    "local officials",
    "a person close to the negotiations",
)
CURRENCIES: tuple[tuple[str, str], ...] = (("$", "USD"), ("€", "EUR"), ("£", "GBP"))
MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)
WEEKDAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Lines that web pages put between the paragraphs of a story; ingest should drop every one of them.
BOILERPLATE: tuple[str, ...] = (
    "Advertisement",
    "Share this article",
    "Subscribe to our newsletter",
    "Sign up for the morning briefing",
    "Read more: {headline}",
    "Related stories",
    "Follow us on social media",
    "Story continues below advertisement",
)
# Closing lines: page furniture after the story (a comment form ends the article for ingest).
TRAILERS: tuple[str, ...] = ("Leave a comment", "Related stories", "Sign up for the morning briefing")
# Colour: sentences that describe a scene but make no checkable claim.
COLOUR: tuple[str, ...] = (
    "Residents queued with plastic canisters outside the school that now serves as a water point.",
    "The streets of {town} were quiet by late afternoon.",
    "A dog slept in the doorway of a shuttered pharmacy.",
    "Volunteers loaded boxes into a minibus with cracked windows.",
    "Smoke hung over the eastern edge of {town} for most of the day.",
    "An elderly couple waited by the bus stop with two suitcases.",
    "The sound of distant artillery carried across the fields.",
    "Children drew chalk pictures on the pavement near the aid tent.",
    "Shop owners swept glass from the pavement on the main square.",
    "A generator hummed in the courtyard of the town hall.",
)
