"""The words of border reporting, mapped to what the store measures. Data, not logic: each
table says what a phrase means and why."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache


def _rx(*words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class Topic:
    """What a claim counts. ``measures`` are the readings, the most likely first; a topic
    with no measure is one the store does not cover, and ``missing`` names the series
    that would answer it."""

    id: str
    pattern: re.Pattern[str]
    measures: tuple[str, ...] = ()
    missing: str = ""
    events: bool = True  # the noun counts events (crossings, arrests), not people


TOPICS: tuple[Topic, ...] = (
    # Not covered by any series in the store: say which series would answer.
    Topic("mx_detentions", _rx(
        r"mexico(?:'s)?\b[^.;]{0,60}\b(?:detain\w*|detention\w*|apprehen\w*|arrest\w*|"
        r"stopp\w*|intercept\w*)", r"(?:detenciones|presentad\w+|aseguramientos|"
        r"canalizad\w+)\b[^.;]{0,40}\b(?:méxico|inm)", r"(?:méxico|inm)\b[^.;]{0,60}\b"
        r"(?:detuvo|detiene|detenciones|present\w+|canaliz\w+)"),
        missing="Mexico's Unidad de Política Migratoria series of foreigners presented or "
                "channelled to the migration authority (mx_irregular_migrants)"),
    Topic("darien", _rx(r"dari[eé]n", r"the gap\b"),
          missing="Panama's Servicio Nacional de Migración count of irregular transits "
                  "through the Darién (darien_transits)"),
    Topic("checkpoints", _rx(r"checkpoints?", r"puntos de (?:control|revisión)", r"retenes"),
          missing="no official series of immigration checkpoints is published in the "
                  "sources borderstats reads"),
    # Agents are personnel only when they are what is counted ("500 more agents", "the
    # number of officers"); "Border Patrol agents apprehended ..." counts apprehensions.
    Topic("personnel", _rx(r"personnel", r"troops", r"staffing", r"guardsmen", r"elementos",
                           r"(?:\b(?!(?:19|20)\d\d\b)\d+(?:,\d{3})*\b|hundreds|thousands|dozens|"
                           r"more|fewer|additional|extra|new|number of|hire[ds]?|hiring|"
                           r"deploy\w*)\s+(?:[\w-]+\s+){0,3}?(?:agents|officers|staff)\b",
                           r"(?:agents|officers)\s+(?:were|have been|will be)\s+"
                           r"(?:hired|deployed|sent|added)", r"agentes"),
          missing="staffing figures (Border Patrol staffing FY1992–FY2019 exists as a CBP "
                  "PDF but is not ingested; Mexican enforcement personnel are not published "
                  "as a series)"),
    Topic("gotaways", _rx(r"got-?aways", r"evaded (?:capture|detection|apprehension)",
                          r"escaped detection"),
          missing="Border Patrol 'got-away' estimates (not published in the files ingested)"),
    Topic("deaths", _rx(r"deaths", r"died", r"muertes", r"fallecid\w+", r"human remains",
                        r"remains (?:of|were|found)"),
          missing="Border Patrol Southwest border deaths (an FY1998–FY2019 CBP PDF, not "
                  "ingested)"),
    Topic("removals", _rx(r"deport\w*", r"removals?", r"removed", r"repatriat\w*",
                          r"deportacion\w*", r"deportad\w+", r"devuelt\w+", r"retornad\w+"),
          missing="DHS removals and returns (OHSS Yearbook table 39 and the Immigration "
                  "Enforcement and Legal Processes tables; not ingested)"),
    Topic("asylum", _rx(r"asylum", r"cbp one", r"parole\w*", r"court backlog", r"asilo"),
          missing="asylum, parole and immigration-court statistics (not ingested)"),
    Topic("smuggling", _rx(r"smuggl\w*", r"coyotes?", r"traffick\w*", r"polleros?"),
          missing="no official series counts people moved by smugglers"),
    # Covered: the US border series.
    # "between ports of entry" is where the Border Patrol works, not the ports themselves.
    Topic("ports", _rx(r"(?<!between )(?<!between the )ports? of entry", r"inadmissibles?",
                       r"office of field operations",
                       r"ofo", r"puertos? de entrada"),
          measures=("ofo_swb_encounters",)),
    Topic("title8", _rx(r"title 8 apprehensions?", r"apprehensions? under title 8"),
          measures=("usbp_swb_apprehensions",)),
    Topic("encounters", _rx(r"encounters?", r"encountered", r"encuentros?"),
          measures=("swb_encounters", "usbp_swb_encounters")),
    Topic("apprehensions", _rx(r"apprehensions?", r"apprehended", r"arrests?", r"arrested",
                               r"detentions?", r"detained", r"caught", r"aprehensiones",
                               r"detenciones", r"detenid\w+"),
          measures=("usbp_swb_encounters", "swb_encounters")),
    Topic("expulsions", _rx(r"expulsions?", r"expelled", r"title 42", r"expulsiones"),
          measures=("swb_encounters",)),
    Topic("crossings", _rx(r"crossings?", r"crossed", r"crossing", r"cruces",
                           r"cruzaron", r"arriv\w+", r"llegad\w+", r"streaming across",
                           r"entries", r"migration", r"migración", r"flows?", r"flujos?"),
          measures=("usbp_swb_encounters", "swb_encounters")),
)

PLACES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    # (pattern, place id, note)
    (_rx(r"nationwide", r"across the country", r"all (?:u\.?s\.? )?borders", r"a nivel nacional",
         r"en todo el país", r"all ports"), "nationwide", ""),
    # Mexico's own southern border (with Guatemala): no US series measures it.
    (_rx(r"mexico(?:'s|’s)\s+(?:own\s+)?southern border", r"its own southern border",
         r"mexico-guatemala border", r"guatemala(?:n)?[- ]mexico border",
         r"border with guatemala", r"frontera sur de méxico", r"frontera con guatemala"),
     "mexico_south", ""),
    (_rx(r"northern border", r"canadian border", r"u\.?s\.?-canada border",
         r"frontera (?:con canadá|norte de (?:ee\.? ?uu|estados unidos))"), "northern", ""),
    (_rx(r"southern border", r"southwest(?:ern)? border", r"u\.?s\.?[- –]mexico border",
         r"mexican border", r"border with mexico", r"frontera (?:sur de (?:ee\.? ?uu\.?|estados "
         r"unidos)|con méxico|méxico-estados unidos|entre méxico y estados unidos)",
         r"la frontera norte de méxico", r"frontera norte"), "southwest", ""),
)

STATES = {"texas": "TX", "arizona": "AZ", "california": "CA", "new mexico": "NM",
          "nuevo méxico": "NM"}
SECTORS = ("Rio Grande Valley", "Del Rio", "Laredo", "El Paso", "Tucson", "Yuma", "San Diego",
           "El Centro", "Big Bend")

ACTORS: tuple[tuple[re.Pattern[str], str], ...] = (
    (_rx(r"border patrol", r"border agents", r"patrulla fronteriza", r"usbp"), "USBP"),
    (_rx(r"customs and border protection", r"cbp", r"oficina de aduanas"), "CBP"),
)

POPULATIONS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (_rx(r"famil(?:y|ies)(?: units?| members)?", r"famili\w+", r"unidades familiares"),
     "demographic", "FMUA"),
    (_rx(r"unaccompanied (?:children|minors|kids)", r"children traveling alone",
         r"menores no acompañados", r"niños no acompañados"), "demographic", "UAC"),
    (_rx(r"single adults", r"adultos solos"), "demographic", "Single Adults"),
)

# Nationalities in free text: plural demonyms ("Venezuelans", "venezolanos"), a singular
# demonym before a word for people ("Mexican families"), or "from <country>". A bare
# "Mexican" or "Mexico" far more often names the state ("Mexican officials"), not migrants.
_PEOPLE_AFTER = (r"(?:migrants?|nationals?|citizens?|families|family|children|adults?|men|"
                 r"women|people|asylum seekers|migrantes|ciudadanos|familias|niños|personas)")


@cache
def _nationality_patterns() -> tuple[re.Pattern[str], dict[str, str]]:
    from borderstats.nationality import SPECIAL, normalise, table

    words: dict[str, str] = {}
    plural, singular, countries = [], [], []
    for nat in table().values():
        if nat.iso in SPECIAL or nat.kind not in ("iso3166", "user-assigned"):
            continue
        for d in (*nat.demonyms_en, *nat.demonyms_es):
            key = normalise(d)
            if len(key) < 4 or key in words:
                continue
            words[key] = nat.iso
            (plural if key.endswith(("s", "es")) else singular).append(re.escape(key))
        for c in (nat.name_en, nat.name_es):
            key = normalise(c)
            if key and key not in words:
                words[key] = nat.iso
                countries.append(re.escape(key))

    def alt(items: list[str]) -> str:
        return "|".join(sorted(set(items), key=len, reverse=True))

    pattern = re.compile(
        rf"\b(?:(?P<plural>{alt(plural)})\b|(?P<single>{alt(singular)})\s+{_PEOPLE_AFTER}\b|"
        rf"(?:from|de|desde)\s+(?P<country>{alt(countries)})\b)")
    return pattern, words


def nationalities(text: str) -> list[str]:
    """ISO codes of the nationalities a text speaks of, in order of first mention."""
    from borderstats.nationality import normalise

    pattern, words = _nationality_patterns()
    found: list[str] = []
    for m in pattern.finditer(normalise(text)):
        key = m.group("plural") or m.group("single") or m.group("country")
        iso = words.get(key)
        if iso and iso not in found:
            found.append(iso)
    return found


PEOPLE_NOUNS = _rx(r"people", r"persons", r"individuals", r"migrants", r"immigrants",
                   r"personas", r"migrantes", r"individuos", r"asylum seekers")
DISTINCT_PEOPLE = _rx(r"different people", r"unique individuals", r"distinct people",
                      r"individual migrants", r"personas distintas")
# Words that say the figure counts enforcement events, so "1 million migrants" after them
# is not offered as a count of people who came.
ENFORCEMENT_VERBS = _rx(r"apprehended", r"arrested", r"encountered", r"detained", r"caught",
                        r"stopped", r"expelled", r"processed", r"counted", r"recorded",
                        r"apprehensions? of", r"encounters? (?:of|with)", r"arrests? of",
                        r"detenid\w+", r"aprehendid\w+")
FISCAL_WORDS = _rx(r"fiscal", r"fy\s?\d{2,4}", r"año fiscal", r"años fiscales")
CALENDAR_WORDS = _rx(r"calendar(?:[\s-]+year)?\s+\d{4}", r"calendar year", r"año calendario",
                     r"january (?:to|through) december",
                     r"de enero a diciembre")


@dataclass(frozen=True)
class ChangeWord:
    direction: str  # up | down
    minimum: float  # smallest relative change the word fits (0.25 = 25 %)
    maximum: float | None  # largest, for "ticked up"
    exact: float | None = None  # "fell by half" = -0.5


CHANGE_WORDS: tuple[tuple[re.Pattern[str], ChangeWord], ...] = (
    (_rx(r"fell by half", r"halved", r"cut in half", r"se redujeron a la mitad",
         r"cayeron a la mitad"), ChangeWord("down", 0.4, 0.6, exact=-0.5)),
    (_rx(r"doubled", r"se duplicaron", r"se duplicó"), ChangeWord("up", 0.8, 1.2, exact=1.0)),
    (_rx(r"plummet\w*", r"plunge\w*", r"nosedived", r"collapsed", r"cratered", r"tumbled",
         r"dropped sharply", r"fell sharply", r"se desplom\w+", r"cayeron en picada",
         r"caída drástica"), ChangeWord("down", 0.25, None)),
    (_rx(r"ticked down", r"edged down", r"dipped", r"eased", r"bajaron ligeramente"),
     ChangeWord("down", 0.0, 0.10)),
    (_rx(r"ticked up", r"edged up", r"inched up", r"crept up", r"subieron ligeramente",
         r"repuntaron"), ChangeWord("up", 0.0, 0.10)),
    (_rx(r"soared", r"surged", r"spiked", r"skyrocketed", r"jumped", r"exploded",
         r"se dispar\w+", r"se multiplicaron"), ChangeWord("up", 0.25, None)),
    (_rx(r"fell", r"dropped", r"declined", r"decreased", r"went down", r"fallen", r"down from",
         r"disminuy\w+", r"bajaron", r"cayeron", r"descendieron"), ChangeWord("down", 0.02, None)),
    (_rx(r"rose", r"risen", r"increased", r"grew", r"climbed", r"went up", r"up from",
         r"aumentaron", r"subieron", r"crecieron", r"increment\w+"), ChangeWord("up", 0.02, None)),
)

RANK_HIGH = _rx(r"record(?:-breaking| numbers| highs?| levels?| months?| years?)",
                r"record (?:crossings|encounters|apprehensions|arrests|arrivals|expulsions|"
                r"migration|flows?|totals?|figures?)",
                r"(?:a|new|the) record\b(?! about)", r"on record", r"highest", r"busiest",
                r"most", r"largest", r"biggest", r"peak", r"all-time high", r"unprecedented",
                r"more [a-z ]{0,30}than (?:ever|at any (?:point|time))", r"récord",
                r"máximo histórico", r"más alt\w+", r"mayor\w* cifra")
RANK_LOW = _rx(r"lowest", r"fewest", r"record lows?", r"smallest", r"más baj\w+",
               r"mínimo histórico")
TOP_K = _rx(r"one of the (?:highest|busiest|largest|biggest|lowest|fewest|smallest)",
            r"among the (?:highest|busiest|largest|lowest)", r"uno de los (?:más|mayores)",
            r"una de las (?:más|mayores)")
RANK_WINDOW_ALL = _rx(r"on record", r"ever", r"all-time", r"in history", r"de la historia",
                      r"histórico")
RANK_WINDOW_RECENT = _rx(r"in recent (?:history|memory|years)", r"in years", r"in decades",
                         r"recientes?")
# "the most in two decades", "the highest in 15 years": a window of that many years.
RANK_WINDOW_YEARS = re.compile(
    r"\bin (?:(?:at least|nearly|almost|more than|over) )?(?:the (?:past|last) )?"
    r"(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?P<unit>decades?|years?)\b",
    re.IGNORECASE)
WINDOW_COUNTS = {"a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}


def window_years(text: str) -> int | None:
    """The years a record is claimed over ("in two decades" → 20), if the text says."""
    m = RANK_WINDOW_YEARS.search(text)
    if not m:
        return None
    n = int(m.group("n")) if m.group("n").isdigit() else WINDOW_COUNTS[m.group("n").lower()]
    return n * (10 if m.group("unit").lower().startswith("decade") else 1)
# Trends. A level ("remained high") is judged by where the period stands in the series'
# history; a direction ("continued to rise") by whether the period rose on the one before.
TREND_HIGH = _rx(r"(?:remained|remain|remains|stayed|stay|stays) (?:stubbornly |very )?"
                 r"(?:high|elevated)", r"remain(?:s|ed)? (?:at )?(?:high|elevated) levels?",
                 r"stubbornly high", r"se mantuv\w+ alt\w+", r"siguen? (?:siendo )?alt\w+")
TREND_LOW = _rx(r"(?:remained|remain|remains|stayed|stay|stays) (?:very )?low",
                r"se mantuv\w+ baj\w+")
TREND_RISE = _rx(r"continu(?:ed|es|e|ing) to (?:rise|climb|grow|increase)",
                 r"kept (?:rising|climbing|growing)",
                 r"siguieron (?:subiendo|creciendo|aumentando)")
TREND_FALL = _rx(r"continu(?:ed|es|e|ing) to (?:fall|decline|drop|decrease)",
                 r"kept (?:falling|declining|dropping)", r"siguieron (?:bajando|cayendo)")
COMPARATIVE = _rx(r"as many as", r"times (?:more|as many|as much|higher|greater|larger)",
                  r"more than in", r"times (?:the|that of|those of|what)", r"compared (?:to|with)",
                  r"than in", r"que en", r"veces más", r"veces (?:el|la|lo)")
# "46 percent more than in fiscal 2022": a comparison stated as a percentage.
PERCENT_COMPARISON = re.compile(
    r"(?:%|\bpercent|\bper cent|\bpor ciento)\s+(?P<dir>more|higher|greater|larger|above|up|"
    r"fewer|lower|less|smaller|below|down|más|menos)\b(?:\s+\w+){0,2}?\s+(?:than|que|from|"
    r"compared (?:to|with)|over)\b", re.IGNORECASE)
SHARE = _rx(r"(?:percent|per cent|%|a quarter|a third|half|majority|most) of",
            r"(?:por ciento|%|la mitad|la mayoría|un tercio) de")


