"""States and blocs that speak as institutions ("Canada said", "the EU warned").

A closed, world-wide gazetteer (sovereign states, common short forms, blocs), not the vocabulary
of any one story: a bare state name next to a reporting cue is an organization, never a person.
"""

from __future__ import annotations

COUNTRIES = frozenset(
    """
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
    bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria
    burkina burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia
    denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia
    georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia
    iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos
    latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives
    mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique
    myanmar burma namibia nauru nepal netherlands holland nicaragua niger nigeria norway oman pakistan palau
    palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia
    seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan
    tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay
    uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe britain england scotland wales america
    """.split()
)
BLOCS = frozenset("us u.s. usa u.s.a. uk u.k. eu e.u. un u.n. nato asean opec who imf west europe africa asia".split())
STATES = COUNTRIES | BLOCS


def demonym(country: str) -> str:
    """The regular demonym of a state name: -ia/-a + n, -e/-y -> -ian; other endings unchanged."""
    if country.endswith("a"):
        return country + "n"
    if country.endswith(("e", "y")):
        return country[:-1] + "ian"
    return country


# Lower-case singular demonyms built by those regular endings ("kenyan", "italian", "syrian"):
# labels and sides read "a people" from structure, not from any story's list of nations.
DEMONYMS = frozenset(demonym(c) for c in COUNTRIES if demonym(c) != c)
