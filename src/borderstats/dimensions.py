"""The dimensions an observation can carry: the store's columns besides time and value.

Apart from the sources (``sources.base`` re-exports it), so that reading the store and
the catalog does not import the source modules, which only ingesting needs.
"""

from __future__ import annotations

# The dimensions an observation can carry, in the store's column order.
DIMENSIONS: tuple[str, ...] = (
    "region",          # Southwest Land Border | Northern Land Border | Coastal Border | Other
    "component",       # USBP | OFO
    "sector",          # USBP sector or OFO field office (area of responsibility), e.g. "Tucson"
    "state",           # two-letter US state code
    "demographic",     # Single Adults | FMUA | UAC | Accompanied Minors
    "citizenship",     # ISO 3166-1 alpha-3 in every source (borderstats.nationality),
                       # or OTHER (a file's catch-all) / UNKNOWN / STATELESS
    "authority",       # Title 8 | Title 42
    "encounter_type",  # Apprehensions | Inadmissibles | Expulsions
    "sex",             # Male | Female
    "age_group",       # source's own bands, e.g. 0-11 | 12-17 | 18+ | Adults | Minors
    "outcome",         # what happened to the person: return type (Removals, Deportation,
                       # Assisted return, ...) or book-out outcome (Transfers to ICE, ...)
    "returned_from",   # ISO-3 code of the country that returned the person (Guatemala)
)


# Border Patrol's sector codes, as its own releases write them ("RGV", "DRT"): what a user
# may type for a sector (``--where sector=DRT``) and what the claim checker reads in text.
SECTOR_CODES: dict[str, str] = {
    "RGV": "Rio Grande Valley", "SDC": "San Diego", "ELC": "El Centro", "YUM": "Yuma",
    "TCA": "Tucson", "EPT": "El Paso", "BBT": "Big Bend", "DRT": "Del Rio", "LRT": "Laredo"}


# The states by name, for CBP's state tables, which use postal codes ("TX"): what a user
# may type for a state (``--where state=Texas``).
STATE_CODES: dict[str, str] = {
    "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA",
    "Colorado": "CO", "Connecticut": "CT", "Delaware": "DE", "District of Columbia": "DC",
    "Florida": "FL", "Georgia": "GA", "Hawaii": "HI", "Idaho": "ID", "Illinois": "IL",
    "Indiana": "IN", "Iowa": "IA", "Kansas": "KS", "Kentucky": "KY", "Louisiana": "LA",
    "Maine": "ME", "Maryland": "MD", "Massachusetts": "MA", "Michigan": "MI",
    "Minnesota": "MN", "Mississippi": "MS", "Missouri": "MO", "Montana": "MT",
    "Nebraska": "NE", "Nevada": "NV", "New Hampshire": "NH", "New Jersey": "NJ",
    "New Mexico": "NM", "New York": "NY", "North Carolina": "NC", "North Dakota": "ND",
    "Ohio": "OH", "Oklahoma": "OK", "Oregon": "OR", "Pennsylvania": "PA",
    "Rhode Island": "RI", "South Carolina": "SC", "South Dakota": "SD", "Tennessee": "TN",
    "Texas": "TX", "Utah": "UT", "Vermont": "VT", "Virginia": "VA", "Washington": "WA",
    "West Virginia": "WV", "Wisconsin": "WI", "Wyoming": "WY", "Puerto Rico": "PR",
    "Guam": "GU", "U.S. Virgin Islands": "VI", "Northern Mariana Islands": "MP"}
