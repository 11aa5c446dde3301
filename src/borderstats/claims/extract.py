"""From text to candidate claims: what is counted, where, who, when, and what is said of it.

Each sentence is cut into clauses; a clause holding a trigger (a quantity, a change word, a
rank or record word, a trend phrase) becomes a claim. What a clause does not say itself
(the thing counted, the place, the period) is taken from its sentence, then from the text so
far — the way a reader carries "illegal border crossings" from one clause to the next.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from borderstats.claims import lexicon as lx
from borderstats.claims.prefilter import gated
from borderstats.claims.text import (
    DIFFERENCE_TO_THAN,
    FULL_FIGURE,
    Quantity,
    Sentence,
    quantities,
    sentences,
)
from borderstats.claims.timex import (
    COUNT_RE,
    COUNTS,
    MONTH_NAMES,
    MONTHS,
    NAME_RE,
    PREVIOUS_MONTH,
    SAID_VERBS,
    TITLE42,
    TimeRef,
    last_ended_month,
    month_of,
    so_far,
    time_refs,
)
from borderstats.periods import Period, add_months, fiscal_year_of


@dataclass(frozen=True)
class MonthAverage:
    """A base that is the average of one calendar month over a span ("the March average …
    under the Obama and Trump administrations")."""

    month: int


# What a figure is of a span: its highest month ("peak"), its average month ("average"), or
# one calendar month's average over it.
Stat = str | MonthAverage

# A nationality a figure leaves out is marked so in its filter (evaluate.Checker subtracts it).
EXCLUDED = "!"

# A change's two levels set off between dashes: "— from 5,884 to 3,326 —".
_LEVELS_ASIDE = re.compile(r"\s*(?:from|de)\s+(?:about\s+|unos?\s+)?[\d.,]+\s+(?:to|a)\s+"
                           r"(?:about\s+|unos?\s+)?[\d.,]+\s*$", re.IGNORECASE)
_CLAUSE = re.compile(r",\s+(?=(?:in|en)\s+(?:this|these|este|esta|estos|estas|el primer|the "
                     r"first)\b)|"
                     # "down 9% from March but still far above the previous high in May
                     # 2019": a comparison of its own, with its own base.
                     # ("a 16 percent increase from the previous year but still 42 percent
                     # below 2008": its own size too.)
                     r",?\s+(?:but|pero)\s+(?=(?:still\s+|aún(?:\s+así)?\s+|todavía\s+)?(?:(?:far|"
                     r"well|much|muy|mucho)\s+|[\d.,]+\s*(?:%|percent|per cent|por ciento)\s+)?(?:"
                     r"above|below|higher|lower|under|over|por encima|por debajo)\b|"
                     # "… 14 % menos que en diciembre pero aún así casi el doble que …",
                     # "compared to 20,096 in July but down from 4,496 in August 2021": a
                     # relation of its own, with its own base.
                     r"(?:still\s+|aún(?:\s+así)?\s+|todavía\s+)(?:(?:casi|nearly|almost|más de|"
                     r"more than)\s+)?(?:el\s+|la\s+)?(?:doble|triple|twice|double|triple)\b|"
                     r"(?:still\s+)?(?:up|down)\s+from\s+(?:the\s+)?[\d.,]+)|"
                     # "… ha crecido casi un 50 por ciento y en el caso de adultos solteros se
                     # ha mantenido": another group, a clause of its own.
                     r",?\s+(?:and|y|while|mientras que)\s+(?=(?:in the case of|en el caso de|"
                     r"as for|en cuanto a)\s)|"
                     # "… rose 30 percent in the last fiscal year and the number of migrants
                     # who … spiked in September": a new subject, a clause of its own.
                     r"(?<=[a-z0-9])\s+(?P<newsubj>and|y)\s+(?=(?:the|el|la)\s+(?:number|total|count|"
                     r"share|número|cantidad|proporción)\s+(?:of|de)\b(?:[^.;]|\.(?=\w|\s+[a-z])){0,120}?\b(?:spiked|"
                     r"rose|fell|dropped|jumped|grew|declined|increased|decreased|climbed|"
                     r"surged|soared|plunged|aument\w+|disminuy\w+|cay\w+|baj\w+|subi\w+|"
                     r"creci\w+)\b)|"
                     # "an increase of about 35 percent over July and is just under the total
                     # from August 2022": a second predicate of the same subject.
                     r"\s+(?:and|y)\s+(?=(?:is|was|are|were|es|fue|son|fueron|está|estuvo)\s+"
                     r"(?:just\s+|slightly\s+|still\s+|apenas\s+|ligeramente\s+)?(?:under|over|"
                     r"below|above|more|less|higher|lower|about|nearly|almost|casi|más|menos|"
                     # ("… fell for the seventh straight month in December, and are down a
                     # whopping 75 percent since … last May": a change of its own.)
                     r"down|up|"
                     r"superior|inferior|por debajo|por encima)\b)|"
                     # ("A 74% decline in encounters with Colombians and almost 40% fewer
                     # Venezuelans": a hedge opens the second as an article does.)
                     r"(?:,\s+|\s+(?:but|and|while|whereas|pero|mientras|y)\s+)(?=(?:a|an|up|down|"
                     r"un|una|del|de un|almost|nearly|about|roughly|some|more than|over|casi|"
                     r"cerca de|más de|alrededor de)\s+[\d.,]+\s*(?:%|percent|per cent|"
                     r"por ciento))|"
                     # (Not the Spanish "a" of a level reached: "…, a menos de 2,000, desde
                     # más de 30,000 hace un año".)
                     r",\s+(?:and\s+|y\s+)?(?=(?:twice|double|triple|the|a(?!\s+(?:menos|más|"
                     r"unos|unas|casi|poco|cerca|solo|sólo|apenas|alrededor)\b)|an|which|but|whose|"
                     r"cuy[oa]s?|"
                     r"while|up|down|more|less|nearly|almost|el|la|los|las|lo|casi|más|mientras|un|una|"
                     r"pero|aunque|frente|cuando|menos|muy|apenas|when|whereas|"
                     # "… increased by 16.7% in April, despite a 94.12% year-over-year drop":
                     # a change of its own, with its own base.
                     r"despite|in spite of|a pesar de|pese a|"
                     # "…, un promedio de 646 cada día, y ya van 197.870 durante el actual
                     # año fiscal": what has piled up, a claim of its own.
                     r"ya\s+(?:van|suman|son|llevan)|so\s+far|already|"
                     # "While this represents an increase of just under three percent from
                     # March, it is a 43 percent increase over April 2017": two claims.
                     r"(?:it|this|that)(?:\s+(?:is|was)|[’']s)\s+(?:a|an|up|down)|"
                     r"(?:esto|eso)\s+(?:es|fue|representa)\s+(?:un|una))\b)|;\s+|"
                     # "..., single adult apprehensions declined from 36,900 to 30,130, and
                     # unaccompanied children apprehensions decreased from ...": a list of
                     # changes, each its own claim.
                     # ("…, and apprehensions of those in families declined by 65 percent".)
                     r",\s+(?:and\s+|y\s+)?(?=(?:[\w-]+\s+){1,6}(?:dropped|declined|decreased|"
                     r"fell|rose|increased|grew|jumped|climbed|cayeron|bajaron|aumentaron|"
                     r"subieron|disminuyeron|crecieron|pasaron)\s+(?:from|de|by|en|un|del)\b|"
                     # ("Nationwide encounters (371,036) increased 80 percent, and Southwest
                     # border encounters (302,034) increased 68 percent": each with its level.)
                     r"(?:[\w-]+\s+){1,4}\([\d.,]+\)\s+(?:dropped|declined|decreased|fell|rose|"
                     r"increased|grew|jumped|climbed|cayeron|bajaron|aumentaron|subieron|"
                     r"disminuyeron|crecieron)\b)|"
                     # "rose 3.4% from May to June, after having fallen by 1% from April to
                     # May", "tras haber caído un 8% en marzo": the change before, a claim of
                     # its own with its own months.
                     r",\s+(?=(?:after|before|tras|después de|luego de)\s+(?:having\s+|"
                     r"haber\s+)?(?:fallen|fell|falling|dropped|dropping|declined|declining|"
                     r"decreased|decreasing|risen|rose|rising|increased|increasing|grown|"
                     r"growing|climbed|climbing|jumped|jumping|plunged|plunging|caído|bajado|"
                     # ("…, to 181,000-plus, before skyrocketing to more than 600,000 in FY
                     # 2022".)
                     r"skyrocket(?:ed|ing)|soar(?:ed|ing)|surg(?:ed|ing)|spik(?:ed|ing)|"
                     r"plummet(?:ed|ing)|tumbl(?:ed|ing)|peak(?:ed|ing)|reach(?:ed|ing)|hit(?:ting)?|"
                     r"set(?:ting)?|alcanzado|alcanzar|"
                     r"descendido|disminuido|aumentado|subido|crecido|caer|bajar|descender|"
                     r"disminuir|aumentar|subir|crecer)\b)|"
                     # "… rose slightly to 203,598 last month, reversing a downward trend
                     # recorded in the previous two months": the trend it ended is an aside
                     # with its own months.
                     r",\s+(?=(?:reversing|ending|snapping|breaking|interrupting|"
                     r"revirtiendo|rompiendo|poniendo fin a)\s+(?:a|an|the|its|una?|la|el|"
                     # ("…, reversing course after a plunge … in May": the plunge's month.)
                     r"su|course|direction|el rumbo)\s+)|"
                     # "… rose more than 70 percent in July from a year ago, showing that
                     # illegal immigration has continued to grow": the conclusion drawn, a
                     # clause of its own.
                     r",\s+(?=(?:showing|indicating|suggesting|signaling|signalling|a sign)\s+"
                     r"that\b)|"
                     # "… soared to over 17,000 and family units increased to 21,000": after a
                     # figure, another group's change.
                     r"(?<=\d)\s+(?:and|y)\s+(?=(?:[\w-]+\s+){1,4}(?:dropped|declined|"
                     r"decreased|fell|rose|increased|grew|jumped|climbed|soared|cayeron|"
                     r"bajaron|aumentaron|subieron|disminuyeron|crecieron|pasaron)\s+(?:to|from|"
                     r"by|a|de|en|hasta)\b)|"
                     # "rose about 5% from the 53,530 in September but fell more than 70%
                     # from 188,749 last October": a second change of the same subject.
                     # ("… increased 31% monthly but have fallen a massive 58% in a year".)
                     r"\s+(?:but|and|while|whereas|pero|y|mientras que)\s+(?=(?:(?:have|has|"
                     r"had)\s+(?:also\s+)?)?(?:fell|rose|fallen|risen|"
                     r"dropped|declined|decreased|increased|grew|grown|jumped|climbed|plunged|"
                     r"cayó|subió|bajó|aumentó|disminuyó|creció|cayeron|subieron|bajaron|"
                     r"aumentaron|disminuyeron|crecieron)\s+(?:by\s+|en\s+|un\s+|el\s+|"
                     r"an?\s+(?:[a-z]+\s+)?)?"
                     r"(?:more than|nearly|almost|about|over|some|roughly|más de|casi|cerca de|"
                     r"alrededor de|poco más de)?\s*[\d.,]+\s*(?:%|percent|per cent|por ciento))|"
                     # "…, y es tan elevado que supera el total de 2010 a 2019": a claim of
                     # its own about the same figure.
                     r",\s+(?:and|y)\s+(?=(?:es|era|fue|is|was)\s+(?:tan|so|also|también|"
                     r"más|more|higher|mayor|larger)\b)|"
                     # "We're down on crossings — more than 40 percent": a dash before a
                     # lone figure adds it to the clause, not a clause of its own.
                     # ("45,250—down 14 percent from September": an em dash unspaced too,
                     # before "down", "up", "compared", not around an aside: "citizens—2
                     # percent of Cuba's population—were encountered".)
                     r"(?:\s+(?:[—–]|--)\s+|(?<=[\w.,)])—(?=(?:down|up|compared|versus)\s))"
                     r"(?!(?:by\s+)?(?:more than|nearly|almost|about|over|some|roughly|"
                     r"más de|casi|cerca de)?\s*[\d.,]+\s*(?:%|percent|per cent|por ciento)\W*$)|"
                     # "…, with families accounting for about a third": a share of its own.
                     # (Not "…, with families accounting for three-quarters of that
                     # increase": a share of the change, which stays with it.)
                     r",\s+(?=with\s+(?:[\w-]+\s+){1,4}(?:accounting for|making up|"
                     r"representing|comprising)\b(?![^.;,]{0,40}\bof (?:that|this|the) "
                     r"(?:increase|rise|jump|growth|drop|decline|decrease|fall|surge|change)))|"
                     r":\s+|"
                     # "While in May the daily average … was 1,246, in June it went to 629":
                     # after a figure, a month that opens a clause opens one of its own (tried
                     # last, where no other break stands).
                     r",\s+(?P<newtime>)(?=(?i:(?:in|en)\s+(?:" + MONTH_NAMES + r"))\b"
                     r"(?!\s+(?:de\s+)?\d))")
# A sentence worth reading for claims has a figure or one of these words (tried apart from
# the figure, so that a quick test of their letters can pass most sentences over).
_DIGIT = re.compile(r"\d")
_QUICK = gated(
    r"\b(?:million|thousand|hundreds|thousands|millions|twice|double|triple|tenfold|"
    r"straight|consecutiv|in a row|seguid|each month since|every month since|"
    r"half|quarter|record|highest|lowest|busiest|most|fewest|ever|plummet|plunge|soar|surge|"
    r"spike|jump|rose|risen|fell|fallen|drop|declin|increas|decreas|ticked|edged|inched|crept|"
    r"climb|remained|stubbornly|doubled|halved|tripled|millones|miles|récord|doble|mitad|"
    r"than at any|than ever|more \w+ than|third|fifth|majority|percent|fold|dip|eased|"
    r"tumbl|collaps|crater|nosediv|grew|went (?:up|down)|stay|continu|kept|peak|largest|"
    r"biggest|smallest|all-time|unprecedented|quadrupl|year[- ]low|year[- ]high|"
    r"aument|disminu|cayeron|cayó|caída|subieron|subió|histórico|mayor|menor|millón|"
    r"cientos|decenas|tercio|cuarta parte|veces|triple|desplom|dispar|repunt|crec|creci|"
    r"baj|descen|redu|increment|alza|duplic|triplic|multiplic|máximo|mínimo|más alt|más baj|"
    r"nunca|precedente|mantuv|mantien|siguen|siguieron|continu|permanec|mayoría|por ciento|"
    r"hundi|derrumb|retroced|elevaron|más \w+ que|menos \w+ que|superó|superaron|rebas|"
    r"outpaced|outnumbered|surpassed|exceeded|overtook|fewer|never|secure|strongest|"
    r"safest|segura|new high|new low|historic|mil\b|segundo|tercer|than any other|"
    r"(?:lower|higher|less|greater|larger|smaller)\s+(?:\w+\s+){0,2}than)", re.IGNORECASE)


@dataclass
class Claim:
    """A candidate claim, before it is checked."""

    text: str
    start: int  # offsets in the whole text
    end: int
    sentence: Sentence
    kind: str  # total | comparison | change | rank_record | trend | share
    topic: lx.Topic | None
    other_topics: list[lx.Topic] = field(default_factory=list)
    place: str | None = None
    actor: str | None = None
    filters: dict[str, list[str]] = field(default_factory=dict)
    periods: list[Period] = field(default_factory=list)
    alternatives: list[list[Period]] = field(default_factory=list)
    time_words: str = ""
    time_kind: str = ""
    each: bool = False
    quantity: Quantity | None = None
    change: lx.ChangeWord | None = None
    change_words: str = ""
    rank_direction: str = "high"
    rank_top_k: bool = False
    rank_window: str = "all"  # all | recent | period
    rank_words: str = ""
    # "The biggest dip since 2000", "the largest one-month increase on record": what is
    # ranked is the month's change ("down" or "up"), not its level.
    rank_change: str | None = None
    # "The sixth highest", "la segunda más alta": the rank claimed, when it is not the first.
    rank_ordinal: int | None = None
    rank_peaks: bool = False  # "the sixth highest peak": ranked among the series' peaks
    # "The most of any sector", "the second-largest nationality": ranked among the groups of
    # one period ("sector", "citizenship", or "group": the breakdown the claim names).
    rank_among: str | None = None
    compare_to: list[Period] = field(default_factory=list)
    compare_alternatives: list[list[Period]] = field(default_factory=list)
    people_noun: bool = False
    distinct_people: bool = False
    # CBP's count of distinct people ("55,333 unique encounters"), a statistic no file holds.
    unique_count: bool = False
    enforcement_verb: bool = False
    calendar_explicit: bool = False
    fiscal_explicit: bool = False
    inherited: list[tuple[str, dict]] = field(default_factory=list)  # assumptions
    anchor: int = 0  # where in the clause the trigger stands
    trend: str = "level"  # level ("remained high") | up | down ("continued to rise")
    # A seasonal pattern ("rose from July to August in eight of the last 10 years"): the
    # two months and how many of the years the words say it happened in.
    seasonal: tuple[int, int, int] | None = None
    # A streak: how many periods in a row, of what unit, and in which direction ("up",
    # "down", or "above"/"below" the quantity's value).
    streak_n: int = 0
    streak_unit: str = "month"
    streak_ordinal: bool = False
    streak_since: int | None = None
    streak_before: bool = False  # "rose in November after three months of decline"
    streak_follows: bool = False  # "the third month of increases following a decline in January"
    streak_from: dt.date | None = None  # "every month since" the period of the figure before
    rank_years: int | None = None  # "the most in two decades" → 20
    rank_years_short: bool = False  # "in almost four years": somewhat fewer than four
    since: TimeRef | None = None  # "the lowest since 1971": the window starts after 1971
    ref: dt.date | None = None  # the text's date, set when the claim is checked
    versus: Side | None = None  # the other country's series, in a cross comparison
    cross_direction: str = "up"  # "more than" (up) or "fewer than" (down) the other
    place_words: str = ""  # "la frontera sur", when whose border had to be decided
    explicit_fiscal: bool = False  # the period was written as a fiscal year
    projection: bool = False  # "on track to", "will", "se espera": about what is to come
    preliminary: bool = False  # "según cifras preliminares": a figure later releases revise
    to_day: int | None = None  # "hasta el 16 de diciembre": the last month only in part
    # "… en 143% al de 2019": a later figure of a list of comparisons, set against its year.
    against_year: int | None = None
    of_change: bool = False  # a share of the change between compare_to and periods
    # A change whose own figure is one of its levels: "down from 2.2 million" (the base,
    # "before") or "fell to 83,000" ("after").
    level_side: str | None = None
    # Why the files cannot hold the figure, as a message key: "days_count" ("4,000 in one
    # day"), "estimate" ("DHS estimates ... 4 million crossings"); None when they can.
    unmeasured: str | None = None
    from_day: int | None = None  # "from January 21 through October": the first only in part
    ever: bool = False  # a record said to hold beyond the records ("in history")
    per_day: bool = False  # "the lowest daily average": months compared per day
    antecedent: Claim | None = None  # the figure a "That was ..." sentence speaks of
    # Every month or year the sentence names: in a list ("octubre, con 59 mil 773, seguido
    # por septiembre, con 48 mil 204"), a precise figure may belong to another of them.
    sentence_periods: list[list[Period]] = field(default_factory=list)
    # ... and those the sentence before names ("The choice of May as a baseline ... That
    # month, the number ... hit 144,116").
    before_periods: list[list[Period]] = field(default_factory=list)
    # ... and those a relation of the sentence was judged over ("respecto al número de
    # detenciones de 2024, en ese entonces fueron 86,486": January–October 2024, the months
    # the change compared), set once the relation is checked.
    relation_periods: list[list[Period]] = field(default_factory=list)
    # The base of each alternative reading of a change, where it is not ``compare_to``.
    alternative_bases: list[list[Period]] = field(default_factory=list)
    # "The peak of the Biden administration", "the monthly average for 2021–24": the
    # period's highest month or its monthly average, not its total.
    stat: str | None = None
    compare_stat: Stat | None = None
    latest_if_none: bool = False  # a level beside a named base: the latest month's
    guessed: bool = False  # no period named: the latest month tried, kept only if it fits
    # "A 30% year-on-year decrease" with no period named: the latest figures against the
    # same months this many years before.
    shift_years: int | None = None
    # The group a share is of, bound to its own percentage ("69,5% eran de nacionalidad
    # venezolana, seguidos por un 5,8% de colombianos"); the whole is the rest of the
    # filters.
    share_group: dict[str, list[str]] = field(default_factory=dict)
    # "40 percent of the Indian nationals … were stopped at the northern border", "nearly
    # half of them at the northern border": the groups named for the whole stay the whole's.
    share_keeps_whole: bool = False
    # Where in the sentence the claim's own words begin, when words before it describe
    # another figure: "Ports of entry accounted for 49,801 of the 106,316 encounters" (the
    # whole's own words begin at its part). Cue words before it weigh as far ones; the
    # figure decides. (A part keeps its whole's cues: it is a subset of the whole.)
    own_from: int | None = None
    # The nationalities, sector or family status the text named before, where this sentence
    # names none ("The total for all of FY 2021 was 50,722", after sentences on
    # Nicaraguans): cuts the evaluator tries beside the sentence's own, each chosen only where
    # the figure fits it.
    text_subject: list[dict[str, list[str]]] = field(default_factory=list)
    # The field office whose city a sentence on ports of entry names ("the Ports of Entry
    # in El Paso"): a reading of the ports' figures the evaluator tries, the figure deciding.
    field_office: str | None = None
    chosen_measure: str | None = None  # set once checked: the reading the evidence chose

    @property
    def position(self) -> int:
        """Where the claim's figure or trigger stands in its sentence."""
        return self.start - self.sentence.start + self.anchor


@dataclass
class Side:
    """The other side of a comparison between two countries' series: who counts
    (``jurisdiction``: MX, US, USBP, CBP, PAN) and what (``topic``)."""

    jurisdiction: str
    topic: lx.Topic
    actor: str | None
    words: str


def assumption(key: str, **kw: object) -> tuple[str, dict[str, object]]:
    """An assumption made in reading a claim, rendered in the explanation's language."""
    return (key, kw)


@dataclass
class _Context:
    topic: lx.Topic | None = None
    place: str | None = None
    periods: list[Period] = field(default_factory=list)
    alternatives: list[list[Period]] = field(default_factory=list)
    time_kind: str = ""
    paragraph: int = -1  # where the periods were named
    us_cues: list[str] = field(default_factory=list)  # the whole text's, for "frontera sur"
    south_cues: list[str] = field(default_factory=list)
    canada: bool = False
    claims: list[Claim] = field(default_factory=list)  # the previous sentence's
    earlier: list[Claim] = field(default_factory=list)  # the one before it's
    years: list[Period] = field(default_factory=list)  # the years the last one named
    relation: Claim | None = None  # the sentence's last change or comparison so far
    nationality: str | None = None  # the one nationality the last sentence naming any named
    # ... or the few it named together ("originarias de Centroamérica (Guatemala, Honduras y
    # El Salvador)"): a group a later figure may count, the figures deciding.
    nationalities: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()  # the countries the last sentence naming any named
    president: str | None = None  # the president the text named last ("his presidency")
    sector: str | None = None  # the one Border Patrol sector the last sentence naming any named
    station: str | None = None  # the Border Patrol station a text is about, below any sector
    # The one sector place the text named without the word "sector" ("Yuma is now averaging
    # 300 a day"): what a later "the sector" points back to.
    sector_place: str | None = None
    population: str | None = None  # the one family status the last sentence naming any named
    named: list[list[Period]] = field(default_factory=list)  # the last sentence's periods
    since_start: dt.date | None = None  # ... and the month its last "since" started
    # The one period a sentence with no claim named, after the text's last claimed one ("As
    # the border crisis spiraled out of control in January 2024, Biden said …"): what a
    # following "that same month" points back to.
    aside: list[Period] = field(default_factory=list)
    # The text's sentences and where the one at hand is among them (what is beside it).
    sentences: list[Sentence] = field(default_factory=list)
    at: int = 0
    corridor: bool = False  # the text so far (this sentence too) spoke of migrants or the border
    ref: dt.date | None = None  # the text's date


def extract(text: str, ref: dt.date) -> list[Claim]:
    """The candidate claims of ``text``, in order, resolved against the date ``ref``."""
    claims: list[Claim] = []
    context = _Context(ref=ref)
    fiscal_doc = bool(lx.FISCAL_WORDS.search(text))
    if lx.FRONTERA.search(text):
        context.us_cues = [m.group(0) for m in lx.US_CUES.finditer(text)]
        context.south_cues = [m.group(0) for m in lx.MX_SOUTH_CUES.finditer(text)]
        context.canada = bool(lx.CANADA_CUES.search(text))
    context.sentences = sentences(text)
    for i, sentence in enumerate(context.sentences):
        if len(sentence.text) > 2000:  # not prose: a table or a dump
            continue
        context.at = i
        context.corridor = context.corridor or bool(_CORRIDOR_WORDS.search(sentence.text))
        if not (_DIGIT.search(sentence.text) or _QUICK.search(sentence.text)):
            _remember(context, sentence.text)
            _remember_aside(context, sentence.text, ref)
            continue
        claims.extend(_sentence_claims(sentence, ref, context, fiscal_doc))
    return _figures_said_again(claims)


# A figure pointed back to: "nearly half of those 5 million", "de esos 2,5 millones".
_THOSE = re.compile(r"\b(?:those|these|esos|estos|esas|estas|dichos|dichas|aquellos|aquellas)"
                    r"\s+$", re.IGNORECASE)


def _figures_said_again(claims: list[Claim]) -> list[Claim]:
    """"… has logged more than 5 million illegal border crossings … nearly half of those 5
    million were removed": a count a demonstrative points back to, said in an earlier
    sentence, is that claim again (checked there, with the words it had then), not a new
    one; the relation it stands in is still checked."""
    out = []
    for i, claim in enumerate(claims):
        q = claim.quantity
        if claim.kind == "total" and q is not None and q.kind == "count" and _THOSE.search(
                claim.sentence.text[max(0, claim.position - 12):claim.position]) and any(
                c.quantity is not None and c.quantity.kind == "count" and
                c.quantity.value == q.value and c.sentence is not claim.sentence
                for c in claims[:i]):
            continue
        out.append(claim)
    return out


# A month's name, as a sentence with no figure may give one.
_MONTH_WORD = re.compile(r"\b(?:January|February|March|April|June|July|August|September|"
                         r"October|November|December|enero|febrero|marzo|abril|mayo|junio|"
                         r"julio|agosto|se?ptiembre|octubre|noviembre|diciembre)\b")


def _said_alone(claim: Claim) -> bool:
    """Whether the claim's period is said "alone" ("18,000 in July alone", "solo en
    julio")."""
    words = claim.time_words.strip().lower()
    if not words:
        return False
    # (Found by plain search, not a pattern built per claim: patterns built so would crowd
    # the regular-expression cache and make every other pattern compile again.)
    text = claim.sentence.text.lower()
    at = text.find(words)
    while at >= 0:
        if _ALONE_AFTER.match(text, at + len(words)) or _ALONE_BEFORE.search(text, 0, at):
            return True
        at = text.find(words, at + 1)
    return False


_ALONE_AFTER = re.compile(r"\s+alone\b")
_ALONE_BEFORE = re.compile(r"\b(?:s[oó]lo|solamente|únicamente)\s+(?:en\s+|durante\s+)?"
                           r"(?:el\s+mes\s+de\s+)?$")


def _remember_aside(context: _Context, text: str, ref: dt.date) -> None:
    """The one month a sentence with no figure names ("… the San Diego Sector led the
    nation in migrant apprehensions in July."): what "during that month" in the next
    sentence points back to."""
    if _MONTH_WORD.search(text):
        timed = [r for r in time_refs(text, ref) if r.kind == "month" and len(r.periods) == 1]
        if len(timed) == 1:
            context.aside = list(timed[0].periods)


def _gotaways_beside(context: _Context) -> bool:
    """Whether the sentence at hand, or the one before or after it, speaks of got-aways."""
    return any(TOPIC["gotaways"].pattern.search(s.text)
               for s in context.sentences[max(0, context.at - 1):context.at + 2])


def _remember_president(context: _Context, text: str) -> None:
    named = list(re.finditer(NAME_RE, text.lower()))
    if named:
        context.president = named[-1].group("name").replace("ó", "o")


def _remember(context: _Context, text: str) -> None:
    _remember_president(context, text)
    # "The Colombian migration", "la migración venezolana": who the text is about.
    named = list(dict.fromkeys([n for n in lx.nationalities(text) if n != "USA"] + [
        code for m in _MIGRATION_OF.finditer(text)
        if (code := lx.nationality_of(m.group("a") or m.group("b")))]))
    if named:
        context.nationality = named[0] if len(named) == 1 else None
        context.nationalities = tuple(named) if 1 < len(named) <= 4 else ()
    if countries := lx.countries_named(text):
        context.countries = tuple(countries)
    sectors = {sector for m in lx.SECTOR_RE.finditer(text)
               if (sector := lx.sector_named(m))} | {
        sector for m in lx.SECTOR_BORDER_RE.finditer(text)
        if (sector := lx.sector_of(m.group("k")))}
    if station := _station_named(text):
        context.station = station
    elif sectors:
        context.station = None
    if sectors:
        context.sector = sectors.pop() if len(sectors) == 1 else None
    places = {sector for m in _SECTOR_NAME.finditer(text) if (sector := lx.sector_of(m.group(0)))}
    if places:
        context.sector_place = places.pop() if len(places) == 1 else None
    statuses = {value for pattern, _, value in lx.POPULATIONS
                if value in _CBP_STATUSES and pattern.search(text)}
    if statuses:
        context.population = statuses.pop() if len(statuses) == 1 else None
    topic, _ = _nearest_topic(text, None)
    if topic is not None and topic.measures:
        context.topic = topic
    corridor = next((TOPIC[t] for pattern, t in lx.CORRIDOR_CUES if pattern.search(text)), None)
    if corridor is not None and context.topic is None and not _speaks_of_us(text):
        # A text that opens on "... cuando cerca de 198 mil personas fueron atrapadas por
        # agentes migratorios" is about Mexico's figures (a text with a subject keeps it).
        context.topic = corridor
    place, _ = _place(text, text, topic, context)
    if place and place != "mexico_south":  # a passing mention, not the text's subject
        context.place = place


# A clause on when the year named before began: "(año fiscal 2021) que comenzó en octubre",
# "(fiscal 2024,) which began on Oct. 1".
_BEGAN = re.compile(r"\b(?:que|which|that)\s+(?:comenzó|empezó|inició|arrancó|began|started|"
                    r"begun)\s+[^,.;\d]{0,25}$", re.IGNORECASE)


# A conclusion drawn from the figures before it: "showing that", "lo que indica que".
_CONCLUSION = re.compile(r"\s*(?:showing|indicating|suggesting|signaling|signalling|a sign)\s+"
                         r"that\b", re.IGNORECASE)
_OPENS_THE_YEAR = re.compile(r"\b(?:the\s+)?(?:start|beginning|first\s+month|opening\s+month)"
                             r"\s+of\s+(?:the\s+|a\s+|its\s+)?(?:new\s+)?$|\b(?:el\s+)?"
                             r"(?:inicio|comienzo|primer\s+mes)\s+del?\s+(?:nuevo\s+)?$",
                             re.IGNORECASE)


def _a_year_described(r: TimeRef, refs: list[TimeRef], text: str) -> bool:
    """A time that only says when a year named beside it began ("en lo que va del año
    fiscal 2021 que comenzó en octubre del año pasado"), or the year a month named just
    before opens ("In October 2018, the start of the fiscal year, …"): no period of the
    figures."""
    before = text[max(0, r.start - 40):r.start]
    if _BEGAN.search(before) and any(o.start < r.start and o.kind in (
            "fiscal_year", "year", "relative") for o in refs):
        return True
    opens = _OPENS_THE_YEAR.search(before) if r.kind in ("relative", "fiscal_year",
                                                         "year") else None
    at = r.start - len(before)
    return opens is not None and any(
        o.kind == "month" and re.fullmatch(r",\s*", text[o.end:at + opens.start()])
        for o in refs)


def _sentence_claims(sentence: Sentence, ref: dt.date, context: _Context,
                     fiscal_doc: bool) -> list[Claim]:
    text = sentence.text
    fiscal_context = bool(lx.FISCAL_WORDS.search(text)) or fiscal_doc
    counted = context.periods[0] if len(context.periods) == 1 and \
        context.periods[0].kind == "month" else None
    refs = [_shift_from_text(r, context, text, sentence.paragraph) for r in time_refs(
        text, ref, fiscal_context=fiscal_context, president=context.president,
        is_base=lambda r, refs: _is_base(r, text, refs), counted=counted,
        year_before=context.years[-1] if context.years else None)]
    refs = [r for r in refs if not _a_year_described(r, refs, text)]
    if (then := _SINCE_THEN.search(text)) and (context.named or context.since_start) and \
            not any(r.kind == "since" for r in refs):
        # "Operation Lone Star was launched in March 2021. … 4 million apprehensions at the
        # southern border since then": from the time the sentence before named, to now.
        start = context.named[-1][0].start if context.named else context.since_start
        if context.named and context.named[-1][0].kind in ("year", "fiscal_year") and \
                context.periods and context.periods[-1].label == context.named[-1][0].label:
            # ("Fiscal year 2021 … saw almost 1.7 million … Since then there have been about
            # 326,000 more": after the whole year whose figure was given; not "Operation
            # Lone Star was launched in 2021. Since then …", from the launch.)
            start = add_months(context.named[-1][0].start, 12)
        last = last_ended_month(ref)
        if start <= last:
            refs = sorted([*refs, TimeRef(then.group(0), then.start(), then.end(), "since", (
                Period.span(start, last),),
                extra={"month": start})], key=lambda r: r.start)
    if (then := _FROM_THEN.search(text)) is not None and (named := [
            r for r in refs if r.kind == "month" and r.end <= then.start()]):
        # "The single month peak came in July … and October's numbers are a near 23%
        # decrease from then": the month named before is the base.
        refs = sorted([*refs, TimeRef(then.group(0), then.start(), then.end(), "month",
                                      named[-1].periods)], key=lambda r: r.start)
    if len(refs) > 1:
        # "the 2023 fiscal year, which began, in October, has already seen more than
        # 500,000": when the period named began or ended is no period of its own.
        refs = [r for r in refs if not _WHEN_IT_BEGAN.search(
            text, max(0, r.start - 40), r.start)] or refs
    _remember_president(context, text)
    sentence_topic, _ = _nearest_topic(text, None)
    agency_topic = None
    if sentence_topic is None:
        # "CBP counted 821,537 members of family units": what an agency counts at the border
        # is its encounters (Border Patrol: its apprehensions).
        for pattern, actor in lx.ACTORS:
            if pattern.search(text):
                agency_topic = TOPIC[("apprehensions" if actor == "USBP" else "encounters")]
                break
        else:
            if lx.SECTOR_RE.search(text) and (_WHO.search(text) or lx.nationalities(text)):
                # "the Yuma Sector, where they saw 53,877 migrants": a Border Patrol sector
                # counts the people its agents apprehend.
                agency_topic = TOPIC["apprehensions"]
            elif re.search(r"\b(?:busiest|largest|biggest|quietest|top|led|topped)\s+"
                           r"(?:[\w'’]+\s+){0,3}?sectors?\b|\bsectors?\b[^.;]*\b(?:busiest|"
                           r"quietest)\b", text, re.IGNORECASE) and _SECTOR_WORD.search(text):
                # "Tucson was the busiest sector in April": sectors ranked by what their
                # agents apprehend.
                agency_topic = TOPIC["apprehensions"]
            elif (_SOUTHWEST.search(text) or _AT_THE_US_BORDER.search(text)) and (
                    _WHO.search(text) or lx.nationalities(text)):
                # "Venezuelans were the most common nationality at the southwest border",
                # "the largest source of migrants at the U.S.-Mexico border": people met at
                # the border are its encounters.
                agency_topic = TOPIC["encounters"]
    if sentence_topic is None and agency_topic is None:
        # "It's the lowest monthly figure in 17 years", "the numbers now are the lowest in
        # recorded history": what the text has been counting.
        agency_topic = _anaphoric_topic(text, context)
    out: list[Claim] = []
    pos = 0
    clauses = []
    for m in _CLAUSE.finditer(text):
        if (m.group("newsubj") or m.group("newtime") is not None) and \
                not _DIGIT.search(text, pos, m.start()):
            continue  # ("Apprehensions of single adults and the number of families …": one subject)
        clauses.append((pos, m.start()))
        pos = m.end()
    clauses.append((pos, len(text)))
    for i in range(len(clauses) - 2, 0, -1):
        if _LEVELS_ASIDE.match(text, clauses[i][0], clauses[i][1]) and \
                text[clauses[i - 1][1]:clauses[i][0]].strip() in "—–" and \
                text[clauses[i][1]:clauses[i + 1][0]].strip() in "—–":
            # "fell 43 percent — from 5,884 to 3,326 — from May to August": the change's
            # levels set off between dashes; its months follow the second dash.
            clauses[i - 1:i + 2] = [(clauses[i - 1][0], clauses[i + 1][1])]
    for i in range(len(clauses) - 2, 0, -1):
        if i + 1 >= len(clauses):
            continue  # (merged into the clause before)
        aside, after = text[clauses[i][0]:clauses[i][1]], text[clauses[i + 1][0]:clauses[i + 1][1]]
        if text[clauses[i - 1][1]:clauses[i][0]].strip() in ("—", "–", "--") and \
                text[clauses[i][1]:clauses[i + 1][0]].strip() in ("—", "–", "--") and \
                not _DIGIT.search(aside) and \
                not _DIGIT.search(re.sub(r"\b(?:19|20)\d\d\b", "", after)) \
                and any(clauses[i + 1][0] <= r.start < clauses[i + 1][1] for r in refs):
            # "10 million migrant encounters — a staggering number — from February 2021
            # through July 2024": an aside with no figure, then the figure's time.
            clauses[i - 1:i + 2] = [(clauses[i - 1][0], clauses[i + 1][1])]
    for i in range(len(clauses) - 2, -1, -1):
        run = _LEADING_RUN.search(clause := text[clauses[i][0]:clauses[i][1]])
        if run and not _DIGIT.search(clause, 0, run.start()):
            # "For the 31st month in a row, the number of border encounters has been above
            # 100,000": the run's clause is the one that says what ran.
            clauses[i:i + 2] = [(clauses[i][0], clauses[i + 1][1])]
    previous: Claim | None = None
    station = _station_named(text)  # a Border Patrol station the sentence names
    for a, b in clauses:
        clause = text[a:b]
        for claim in _clause_claims(sentence, clause, a, refs, ref, previous,
                                    context.relation):
            if sentence_topic is None and agency_topic is None and not (
                    claim.kind == "comparison" and previous) and claim.versus is None and \
                    not _counted_by_status(text):
                if _unnamed_count(claim, text, context.corridor):
                    # "Pasaron de 33 mil en 2020 a 90 mil en 2024": a figure of people
                    # whose statistic the text does not name is a claim, not to be judged.
                    # Its period is still the text's for the figures that follow ("este
                    # año se registró el paso de más de 130.000 personas. … más de 80.000
                    # de origen haitiano").
                    _bind_periods(claim, clause, a, text, refs, context, previous)
                    out.append(claim)
                elif claim.quantity is None and claim.kind in _UNREAD_KINDS and \
                        context.corridor:
                    # "That was the lowest number in history", "the border didn't go
                    # down — it went up", in a text about the corridor: a claim in words
                    # whose statistic the checker cannot tell, reported unverifiable.
                    claim.unmeasured = "unread_words"
                    out.append(claim)
                continue  # "at the highest levels of government": no statistic named
            _describe(claim, clause, a, text, sentence_topic, context, previous)
            _bind_periods(claim, clause, a, text, refs, context, previous)
            if claim.against_year is not None and out and out[-1].kind == "comparison" and \
                    out[-1].sentence is claim.sentence:
                # (The periods compared are the first comparison's.)
                claim.periods, claim.alternatives = list(out[-1].periods), []
                claim.compare_to = [Period.year(claim.against_year)]
            _record_over_its_window(claim, context)
            _record_over_its_months(claim, clause)
            _same_months_named_before(claim, context)
            _same_months_another_year(claim, clause, context)
            _change_when_the_month_named(claim, clause, a, text, refs)
            _this_figure_against(claim, clause, text, context)
            _month_foreseen(claim, ref)
            _year_foreseen(claim, ref)
            _one_month_of_a_span(claim, clause)
            _bound_over_the_window_said(claim)
            _expulsions_in_their_era(claim)
            _returned_by_both(claim)
            _month_of_its_year(claim, clause, refs, context)
            _average_named_before(claim, a, text)
            q = claim.quantity
            lo = max(0, a + q.start - 120) if q is not None else 0
            near = text[lo:a + q.end + 80] if q is not None else ""
            if q is not None and not (claim.projection and claim.kind == "total") and any(
                    not (m.group(0).lower().startswith("estim") and (
                        q.kind == "percent" and claim.kind in ("change", "comparison")
                        or claim.topic is not None and claim.topic.country != "USA"))
                    # (Not what the figure leaves out: "that doesn't include gotaways".)
                    and not _left_out_before(near, m.start())
                    # (Nor a count said loosely before its tally is final, the word the
                    # figure's own hedge: "an estimated 182,000 people were taken into
                    # custody in the El Paso sector".)
                    and not (a + q.start <= lo + m.start() < a + q.end and
                             _COUNTED_AFTER.match(text, a + q.end))
                    for m in _ESTIMATE.finditer(near)):
                # "DHS estimates that there were nearly 4 million unauthorized crossings",
                # "gotaways": a model's estimate, not a count the files hold ("un aumento
                # estimado del 50%" only hedges a change the files do hold; "Panama's
                # government estimates 50,000 migrants crossed the Darién" is its count,
                # which the files hold).
                claim.unmeasured = "estimate"
            if q is not None and _GUESSED.search(text[max(0, a + q.start - 40):a + q.start]):
                claim.unmeasured = "estimate"
            if q is not None and claim.topic is not None and claim.topic.id == "crossings" \
                    and q.kind == "count" and not _COUNTED_AFTER.match(text, a + q.end) and \
                    _gotaways_beside(context):
                # "More than two million crossed ... The crossings include ... an estimated
                # 400,000 got-aways": a count of crossings beside got-aways counts them too.
                claim.unmeasured = "estimate"
            if claim.topic is not None and claim.topic.country == "USA" and (
                    station or q is not None and context.station and not (
                        claim.filters or lx.SECTOR_RE.search(text))):
                # "Arrests in the Nogales station … fell by 43% to 18,000", or a later
                # figure of a text about the Willcox Station: the files stop at sectors.
                claim.unmeasured = "station"
            if q is not None and claim.kind in ("total", "rate", "change", "comparison") and \
                    _OPEN_GROUP.search(clause):
                claim.unmeasured = "open_group"
            if q is not None and claim.kind == "total" and q.kind == "count" and (
                    part := _OF_THEM.match(text, _SPACES.match(text, a + q.end).end())) and any(
                    c.end <= a + q.start for c in _counts(text)) and not _share_group(
                    text[part.end():a + len(clause)], ""):
                # "63.647 menores …, 4.476 de los cuales fueron identificados como separados
                # o no acompañados": a part of the figure before it, of a group the files do
                # not break the figures down by.
                claim.unmeasured = "unnamed_part"
            if claim.kind == "streak":
                # "had increased each month since January, peaking at 144,278 in May": the
                # run ends at the peak (or the month it lasted "until").
                end = next((r for r in refs if r.kind == "month" and len(r.periods) == 1
                            and _STREAK_END.search(text[max(0, r.start - 50):r.start])), None)
                if end is not None:
                    claim.periods = list(end.periods)
            if claim.kind == "change" and claim.quantity is not None and \
                    claim.quantity.kind in ("fraction", "percent") and claim.compare_to and \
                    _OF_CHANGE.match(text[a + claim.quantity.end:]):
                # "with migrant families accounting for more than three-quarters of that
                # increase": the group's share of the change, not a change of its own.
                claim.kind, claim.of_change = "share", True
            span = _DAY_SPAN.search(clause)
            first, last = (span.group("a") or span.group("a2"),
                           span.group("b") or span.group("b2")) if span else ("1", "31")
            if span and not (_day_number(first) == 1 and int(last) >= 28) or \
                    _days_across_months(clause):
                # "un desplome de 85% en las detenciones desde el 20 al 31 de enero": days
                # within a month, which the monthly files do not have; so are "between April
                # 16 and May 11".
                claim.unmeasured = "days_count"
            if claim.kind == "rate" and claim.quantity is not None and \
                    claim.quantity.per in ("day", "hour") and _PART_OF_A_MONTH.search(text):
                # "In mid-May, … more than 10,000 migrants a day": a pace over some days of
                # the month, not the month's average, which the monthly files hold.
                claim.unmeasured = "days_count"
            if claim.kind in ("change", "trend") and claim.change_words and (
                    days := _FIRST_DAYS.search(clause)) and \
                    0 <= clause.find(claim.change_words) < days.start():
                # "Detectó un repunte en llegadas … en los primeros días de diciembre": a
                # move over days of a month, which the monthly files do not have.
                claim.unmeasured = "days_count"
            day = _ONE_DAY.search(clause) or _SINGLE_DAY.search(clause)
            if day and not _REPORTED_ON.search(clause[max(0, day.start() - 25):day.start()]) \
                    and not _REPORTED_AFTER.match(clause[day.end():]):
                # "el 28 de junio se contabilizaron únicamente 137 detenciones": a day's
                # count, which the monthly files do not have.
                claim.unmeasured = "days_count"
            if claim.kind == "rank_record" and _A_DAYS_RECORD.search(clause):
                # "En un solo día de julio se detectaron 116 …, la cifra diaria más baja desde
                # que existen registros", "the highest single-day total": a record among days,
                # which the monthly files do not have (a daily average is a month's).
                claim.unmeasured = "days_count"
            if _ROLLING.search(text) or _days_window(clause, q):
                # "The 7-day encounter average has decreased more than 40 percent": daily
                # figures the monthly files do not have.
                claim.unmeasured = "days_count"
            if claim.kind == "change" and claim.since is not None and \
                    "month" in claim.since.extra and not claim.compare_to and \
                    add_months(claim.since.extra["month"].replace(day=1), 1) == \
                    ref.replace(day=1):
                # "Down 97% since December", said on 25 January: a change over the days of
                # a month not yet ended, which no monthly file holds.
                claim.unmeasured = "days_count"
            if claim.topic is None and agency_topic is not None:
                claim.topic = agency_topic
                claim.inherited.append(assumption("agency_counts", topic=agency_topic.id))
            if _SAME_PERIOD.search(text) and context.claims and claim.kind == "total":
                # "... agents assigned to the El Paso, Big Bend ... Sectors apprehended
                # 648,465. During the same period last year, agents apprehended 626,793": the
                # same cut of the same series, a year before (what the sentence does not
                # name again: "… 13,250 unaccompanied minors … in the Valley. That's
                # compared with 33,400 during the same time period" is the Valley's too).
                first = context.claims[0]
                if first.topic is not None and claim.topic is not None and \
                        first.topic.country == claim.topic.country:
                    claim.filters = {k: list(v) for k, v in first.filters.items()} | {
                        k: list(v) for k, v in claim.filters.items()}
            if claim.kind == "share" and not claim.share_group and context.population and \
                    "demographic" not in claim.filters and _THEY.search(text, 0, a + claim.anchor):
                # "The increases in apprehensions of unaccompanied minors … have been
                # notable. However, they represented less than 10 percent of all …": the
                # share is of the people the text was counting.
                claim.share_group = {"demographic": [context.population]}
                claim.filters.setdefault("demographic", [context.population])
            if _ANAPHORIC.search(text.lstrip("“\"'( ")) and context.claims:
                # "That was 36 percent fewer than in December": it is the figure just given,
                # of the same series and the same people.
                _follow(claim, context.claims, context.earlier)
            elif (said := _restated(text, context.claims)) is not None and \
                    claim.kind != "total":
                # "… recorded 189,922 border encounters … in February. Green noted that the
                # 189,922 figure was 21% higher …": the figure before, restated, is its
                # series, place and population.
                _follow(claim, [said], context.earlier)
            if claim.topic is not None and claim.topic.country == "MEX" and (
                    claim.filters.get("sector") or claim.share_group.get("sector")
                    or lx.SECTOR_RE.search(text)):
                # "42 por ciento del total de los arrestos en el sector Tucson, que abarca …
                # la frontera entre Arizona y Sonora (México)": a Border Patrol sector is
                # the US series' geography, never Mexico's.
                claim.topic = TOPIC["apprehensions"]
            if claim.kind == "rank_record" and claim.rank_words and _ASKED_WHETHER.search(
                    text, 0, max(0, text.find(claim.rank_words))):
                # "Los datos no nos permiten verificar si son 'los más bajos alguna vez
                # registrados'": a record asked about, not claimed.
                continue
            out.append(claim)
            previous = claim
            if claim.kind in ("change", "comparison"):
                context.relation = claim
    context.relation = None
    if not out:
        out = _unread_figure(sentence, text)
    if not out and context.corridor:
        out = _unread_words(sentence, text)
    if (last_time := _last_time(sentence, text, refs, ref, out, context,
                                sentence_topic or agency_topic)) is not None:
        # ("Were higher than that" inside it is the record's words, no comparison.)
        out = [c for c in out if not (c.kind in ("comparison", "rank_record", "change") and
                                      last_time.start <= c.start < last_time.end)]
        out.append(last_time)
    for claim in out:
        _not_against_itself(claim, out)
        _share_of_another_period(claim, out)
    if (said := _restated(text, context.claims)) is not None:
        for claim in out:
            if claim.kind == "total" and claim.quantity is not None and \
                    claim.quantity.value == said.quantity.value and said.periods and any(
                        c.compare_to == claim.periods for c in out
                        if c.kind in ("change", "comparison")):
                # (The restated count is the count given, not of the base set against it:
                # "the 189,922 figure was 21% higher from the February 2023 data" is
                # February 2024's.)
                claim.periods = list(said.periods)
    _respectively(out, refs, text)
    _average_of_a_month(out, refs, text)
    _from_to_levels(out, text)
    for claim in out:
        _same_month_of_the_year_named(claim)
    _since_is_the_record_s(out)
    named_periods = [list(r.periods) for r in refs
                     if r.kind in ("month", "year", "fiscal_year", "range") and r.periods]
    for claim in out:
        claim.sentence_periods = named_periods
        claim.before_periods = context.named
        _month_before_its_own(claim)
    context.named = named_periods
    # (The month a "since" starts, for the next sentence's "since then": "since its launch
    # in March 2021. … since then" runs from March 2021.)
    context.since_start = next((r.extra["month"] for r in reversed(refs)
                                if r.kind == "since" and "month" in r.extra), None)
    per, rate_end = None, None
    for claim in sorted(out, key=lambda c: (c.start, c.quantity.start if c.quantity else -1)):
        # "unos 10 mil al mes ..., el promedio es de más de 25 mil": a rate with no unit
        # of its own takes the one before it in the sentence.
        q = claim.quantity
        if claim.kind == "total" and q is not None and q.kind == "count" and per is not None \
                and rate_end is not None and q.start > rate_end and (_VERSUS.search(
                    text[rate_end:q.start]) or _ITEMS_JOIN.fullmatch(_without_times(
                        text, rate_end, q.start, refs))):
            # "un promedio de 279 detenciones por día en abril, en comparación con 4,297
            # detenciones en abril de 2024", "daily averages of 7,800 during May 2022 and
            # 5,800 during May 2021": the figure set against a rate, or listed after it
            # with only its period between, is one too.
            claim.kind, claim.quantity = "rate", replace(q, per=per, role="rate")
            q = claim.quantity
        if claim.kind == "rate" and q is not None:
            if q.per is None and per is not None:
                claim.quantity = replace(q, per=per)
            per = claim.quantity.per or per
            rate_end = q.end
    if read := [c for c in out if c.topic is not None and not (
            c.kind == "total" and _BASE_THEN.search(c.sentence.text, 0, c.position))]:
        # (A figure of no statistic is nothing to point back to; nor is one said of a base
        # the text set its figure against: "… the record of 2022, when 250,000 …".)
        context.earlier, context.claims = context.claims, read
    context.years = [r.periods[0] for r in refs
                     if r.kind in ("year", "fiscal_year") and len(r.periods) == 1] or \
        context.years
    _remember(context, text)
    if out and out[-1].topic is not None and out[-1].topic.measures:
        context.topic = out[-1].topic
    # (Not a base the sentence compared with: "at least 150,000 … in nine months of 2022,
    # exceeding the 133,716 travelers in 2021. … of the 151,572, 107,723 are from
    # Venezuela" speaks of 2022.)
    # (Nor a level of the base a change named: "suponen un aumento con respecto a agosto,
    # cuando la Patrulla Fronteriza detuvo a unos 181.000 … Es el total más alto desde
    # diciembre" speaks of the month compared, September.)
    bases = [c.compare_to for c in out if c.kind in ("change", "comparison") and c.compare_to]
    named = [c for c in out if c.periods and not any(
        key == "period_from_text" for key, _ in c.inherited)
        and c.kind in ("total", "share", "comparison", "change", "rate")
        and not (c.kind == "total" and (_COMPARED_WITH.search(c.text, 0, c.anchor)
                                        or c.periods in bases or (
                                            c is not out[0] and _VERSUS.search(
                                                c.sentence.text, 0, c.position))
                                        or _BASE_THEN.search(c.sentence.text, 0, c.position)))]
    if len(named) > 1:
        # ("So far this year, … 46,000 people …, 18,000 in July alone. Over 20,000 appear as
        # Haitians": a part said of one month "alone" is no period the text goes on in.)
        named = [c for c in named if not _said_alone(c)] or named
    if context.periods and context.paragraph == sentence.paragraph:
        # (A figure whose statistic the words do not name sets the text's period only
        # where the paragraph has named none: "The previous record low was 43,010 in
        # October of FY2012" is an aside to the month the text is about.)
        named = [c for c in named if c.topic is not None]
    timed = [r for r in refs if r.kind in ("fiscal_year", "year", "month", "range")
             and len(r.periods) == 1]
    if named:
        context.periods = list(named[-1].periods)
        context.alternatives = [list(a) for a in named[-1].alternatives]
        context.time_kind = named[-1].time_kind
        context.paragraph = sentence.paragraph
        context.aside = []
    elif not out and len(timed) == 1 and not _OF_FIGURES.search(text):
        context.aside = list(timed[0].periods)
    elif not out and _OF_FIGURES.search(text) and timed and all(
            t.periods == timed[0].periods for t in timed):
        # (Said twice, "the first ten months of fiscal year 2002 (October 2001 through July
        # 2002)", it is still one period.)
        # "The figures released Tuesday cover the 12 months that ended Sept. 30.": the
        # period of the figures that follow.
        context.periods = list(timed[0].periods)
        context.alternatives = [list(a) for a in timed[0].alternatives]
        context.time_kind = timed[0].kind
        context.paragraph = sentence.paragraph
    return out


# A figure said of a base, in a clause on when it was: "This figure surpasses the record of
# 2022, when 250,000 refugees and migrants made this journey" (not the text's period).
_BASE_THEN = re.compile(r"\b(?:record|récord|peak|pico|previous high|surpass\w*|exceed\w*|"
                        r"supera\w*|than|que|compared (?:to|with)|comparad[oa]s? con)\b"
                        r"[^.;]{0,40}?,\s*(?:when|cuando)\s+(?:[^\W\d]+\s+){0,3}$",
                        re.IGNORECASE)


# The anaphors that point to one period named just before: "that same month", "ese mes".
_THAT_VERY = re.compile(r"\b(?:that|the same) (?:same )?(?:month|year|fiscal year)\b|"
                        r"\b(?:ese|aquel) (?:mismo )?(?:mes|año fiscal|año)\b", re.IGNORECASE)


# All but the nationality a clause before named: "arrests of people from other countries".
_OTHER_COUNTRIES = re.compile(r"\b(?:(?:from|of) other (?:countries|nations|nationalities)|"
                              r"de otr[oa]s (?:países|naciones|nacionalidades))\b",
                              re.IGNORECASE)
# The rest of a whole once the groups named are set apart: "the remaining 20,742".
_THE_REST = re.compile(r"\b(?:the remaining|the other|the rest of the|el resto de (?:los|las)|"
                       r"(?:los|las) (?:demás|restantes|otr[oa]s))\s+(?:[\w-]+\s+){0,2}?$",
                       re.IGNORECASE)


# Words that leave something out of the figure before them: "that doesn't include".
_LEFT_OUT_OF_IT = re.compile(r"\b(?:(?:does|do|did)\s*n[o']?t|doesn’t|don’t|not|never)\s+"
                             r"(?:include|includes|including|count|counting)\b[^.;]{0,25}$|"
                             r"\b(?:excluding|not counting|without counting|sin contar|sin "
                             r"incluir|no incluye|no cuenta)\b[^.;]{0,25}$", re.IGNORECASE)


def _left_out_before(text: str, at: int) -> bool:
    """Whether the words just before ``at`` say the figure leaves out what stands there
    ("… and that doesn't include so-called gotaways")."""
    return _LEFT_OUT_OF_IT.search(text, max(0, at - 45), at) is not None


# A record among single days, not among months' daily averages.
_A_DAYS_RECORD = re.compile(r"\b(?:cifra|número|total|conteo)\s+diari[oa]\b(?!\s+promedio)|"
                            r"\bsingle[- ]day\b|(?<!average )(?<!averaged )\bdaily (?:total|count|"
                            r"figure|number|tally)\b|"
                            r"\b(?:busiest|highest|lowest|quietest) (?:single )?day\b|"
                            r"\bd[ií]a (?:con (?:m[aá]s|menos)|m[aá]s (?:alto|bajo|activo))",
                            re.IGNORECASE)


# A sentence about the figures themselves ("the figures cover", "los datos corresponden").
_OF_FIGURES = re.compile(r"\b(?:figures|numbers|data|statistics|information|cifras|datos|"
                         r"estadísticas|the number of|el número de)\b", re.IGNORECASE)


# What a record is said to be passed by: "surpass the record", "superar el récord".
_SURPASSED = re.compile(r"\b(?:surpass|exceed|break|beat|top|pass|eclipse|superar|rebasar|"
                        r"romper)\w*(?:\s+or\s+\w+)?\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$",
                        re.IGNORECASE)
# A record named as the base: "lower than the record", "down from a record".
_BASE_RECORD = re.compile(r"\b(?:than|from|compared (?:to|with)|below|above)\s+(?:the\s+|a\s+|"
                          r"its\s+|their\s+)?$|\b(?:con\s+)?respecto\s+al?\s+$|\bfrente\s+al?\s+$|"
                          r"\bcomparad[oa]s?\s+con\s+(?:el|un)\s+$|\bpor\s+debajo\s+del?\s+$|"
                          # "una disminución del 15 por ciento del récord de marzo"
                          r"(?:%|\bpor\s+ciento)\s+del\s+$", re.IGNORECASE)
# The stems of the words that set one figure against another, where any form of the word
# will do ("than", "respecto", "comparación"); the whole phrases are lx.VERSUS_WORDS.
_VERSUS_STEMS = r"than|from|compared|versus|frente|respecto|comparad[oa]|comparaci[oó]n"
# A figure set against another: "compared with", "versus", "en comparación con".
_VERSUS = re.compile(r"\b(?:" + lx.VERSUS_WORDS + r"|against|contra)\b", re.IGNORECASE)
# What joins the items of a list: "7,800 during May 2022 and 5,800 during May 2021".
_ITEMS_JOIN = re.compile(r"[\s,;]*(?:and|y|e|as well as|así como)?[\s,;]*", re.IGNORECASE)


def _without_times(text: str, a: int, b: int, refs: list[TimeRef]) -> str:
    """The text between a and b with its time expressions (and the words that lead them:
    "during", "in", "en") taken out."""
    out = text[a:b]
    for r in sorted(refs, key=lambda r: -r.start):
        if a <= r.start and r.end <= b:
            out = out[:r.start - a] + " " + out[r.end - a:]
    return re.sub(r"\b(?:during|in|for|over|en|durante|de|del)\b", " ", out, flags=re.IGNORECASE)


# A superlative that reaches past the year it is said in: "a record", "ever", "since".
_BEYOND_THE_YEAR = re.compile(r"record|récord|ever|histor|all[- ]time|precedent|nunca|since|"
                              r"desde|decade|década|years|años", re.IGNORECASE)
_MONTH_UNIT = re.compile(r"\b(?:month|mes|period|per[ií]odo)\b", re.IGNORECASE)
_YEAR_BEGAN = re.compile(r"\b(?:since|desde)\s+(?:the\s+(?:start|beginning)\s+of\s+the\s+"
                         r"(?:fiscal\s+)?year|the\s+(?:fiscal\s+)?year\s+(?:began|started)|"
                         r"(?:el\s+)?(?:inicio|comienzo)\s+del\s+año(?:\s+fiscal)?|que\s+"
                         r"(?:empezó|comenzó|inició)\s+el\s+año(?:\s+fiscal)?)"
                         r"(?:\s+(?:last|in|en|el pasado|el)\s+\w+)?", re.IGNORECASE)
_SO_FAR = lx.SO_FAR


def _month_of_its_year(claim: Claim, clause: str, refs: list[TimeRef],
                       context: _Context) -> None:
    """"In fiscal 2019, May was the busiest month", "132,856 – the number of apprehensions
    in May – the busiest month" (of a text about fiscal 2019): a month ranked among the
    months of the year the text names, not among every month on record."""
    # "The highest since the fiscal year began": the year so far, no window beyond it.
    year_began = _YEAR_BEGAN.search(clause)
    rest = _YEAR_BEGAN.sub(" ", clause)
    # (Its "since" is the year's start, then, not a window reaching back past it.)
    rank_words = re.sub(r"\b(?:since|desde)\b", " ", claim.rank_words) if year_began else \
        claim.rank_words
    if claim.kind != "rank_record" or claim.rank_window != "all" or claim.rank_years or \
            (claim.since is not None and not year_began) or _BEYOND_THE_YEAR.search(rank_words):
        return
    at = claim.anchor
    # "The lowest figure so far in 2024", "la mayor cifra en lo que va del año": the month
    # the text is about, ranked among the year's months so far.
    so_far = year_began or _SO_FAR.search(clause)
    if not (so_far or _MONTH_UNIT.search(clause[max(0, at - 15):at + len(claim.rank_words)
                                                 + 15])) or _BEYOND_THE_YEAR.search(rest):
        return
    months = [r.periods[0] for r in refs if r.kind == "month" and len(r.periods) == 1
              and not _is_base(r, claim.sentence.text, refs)]
    # ("A new high for the month this year" is this year's month against the same month of
    # other years: "this year" bounds the window only when said "so far".)
    kinds = ("year", "fiscal_year", "relative") if so_far else ("year", "fiscal_year")
    # "El segundo mes más bajo del año fiscal", "the lowest month of the fiscal year": the
    # year the record is "of" bounds it, said so far or not.
    sentence = claim.sentence.text
    years = [r.periods[0] for r in refs if (r.kind in kinds or r.kind == "relative" and (
        re.match(r"del\s", r.words, re.IGNORECASE) or re.search(
            r"\b(?:of|de)\s*$", sentence[max(0, r.start - 4):r.start], re.IGNORECASE)))
             and len(r.periods) == 1
             and r.periods[0].kind in ("year", "fiscal_year")] + context.years + [
        # ("Desde enero hasta mayo, … 153,900 … El mes de febrero destaca como el período
        # con el mayor número": among the months the text counted.)
        p for p in context.periods[:1] if len(context.periods) == 1 and p.kind == "range"
        and context.paragraph == claim.sentence.paragraph]
    text_month = context.periods if so_far and len(context.periods) == 1 and \
        context.periods[0].kind == "month" else []
    for month in ([claim.periods[0]] if len(claim.periods) == 1 and
                  claim.periods[0].kind == "month" else []) + months + text_month:
        year = next((y for y in years if y.start <= month.start and month.end <= y.end), None)
        if year is not None:
            claim.periods, claim.alternatives = [month], []
            claim.compare_to, claim.rank_window = [year], "period"
            return


def _clause_claims(sentence: Sentence, clause: str, offset: int, refs: list[TimeRef],
                   ref: dt.date, previous: Claim | None = None,
                   relation: Claim | None = None) -> list[Claim]:
    """The claims a clause makes, by what triggers them."""
    qs = [q for q in quantities(clause) if q.kind != "money"]
    # "Cada día de 2024, en promedio, más de 1.500 personas cruzaron …", "Diariamente, unas
    # 6 mil 800 …": a rate's word may stand in the sentence before the clause.
    in_sentence = {q.start: q for q in quantities(sentence.text) if q.role == "rate"}
    qs = [replace(q, role="rate", per=r.per) if q.kind == "count" and q.role == "count" and (
        r := in_sentence.get(offset + q.start)) is not None else q for q in qs]
    low = clause.lower()

    def make(kind: str, topic: lx.Topic | None = None, **kw) -> Claim:
        start = sentence.start + offset + (len(clause) - len(clause.lstrip()))
        end = sentence.start + offset + len(clause.rstrip(" .,;"))
        return Claim(clause.strip(" ,;"), start, end, sentence, kind, topic, **kw)

    claims: list[Claim] = []
    if season := _SEASONAL.search(clause):
        # "Border arrests rose from July to August in eight of the last 10 years": how often
        # the series moved so between those months; the clause counts nothing else.
        words = season.group("n").lower()
        up = bool(re.match(r"(?:rose|rise|increase|grew|climb|went up|gain|subi|aument|crec)",
                           (season.group("dir") or season.group("dir2")).lower()))
        first, then = (MONTHS[(season.group(g) or season.group(g + "b")).lower()]
                       for g in ("m1", "m2"))
        years = season.group("of").lower()
        years_n = COUNTS.get(years) or int(years)
        # The years before the text's (the one under way may not have reached the months).
        return [make("trend", change_words=season.group(0), anchor=season.start(),
                     trend="up" if up else "down",
                     seasonal=(first, then, COUNTS.get(words) or int(words)),
                     periods=[Period.year(y) for y in range(ref.year - years_n, ref.year)])]
    if streak := lx.STREAK.search(clause):
        claims.append(_streak(make, clause, streak, [q for q in qs if q.kind == "count"],
                              sentence.text[:offset], sentence.text[offset:]))
    # ("Most of Arizona", "most of them": a share, not a superlative; a rank word after it
    # may still be one.)
    rank = lx.TOP_K.search(clause) or lx.RANK_LOW.search(clause) or next(
        (m for m in lx.RANK_HIGH.finditer(clause) if not (
            m.group(0).lower() == "most" and re.match(r"\s+of\b", clause[m.end():])
            and not re.search(r"\b(?:the|its|their)\s+$", clause[:m.start()],
                              re.IGNORECASE))), None)
    if rank and (_SURPASSED.search(clause[:rank.start()]) or (
            _BASE_RECORD.search(clause[:rank.start()]) and re.fullmatch(
                r"(?:a |new |the |un |el )?r[eé]cord(?: histórico)?", rank.group(0),
                re.IGNORECASE) and not
            re.match(r"\s*(?:highs?|lows?|previous|prior|old|former)\b", clause[rank.end():],
                     re.IGNORECASE))):
        # "on track to surpass the record numbers from FY19": the record is what is to be
        # passed, a base, not a record claimed for a period; so is one the figure is set
        # against ("7 percent lower than the record 2.2 million of the year before", "down
        # from a record 302,000"), unless it is a previous record, beaten, or a "record
        # high" beside its level, which the base's level is bound to (_from_to_levels).
        rank = None
    if rank and (_seniority(rank, clause) or lx.ACTION_BEFORE_RECORD.search(
            clause[:rank.start()])):
        rank = None
    # "Fell to 30,000 in April, a level not seen since 2017": a record, low by its own word
    # ("lows not seen since 2020") or where the nearest change before it goes down.
    unseen_low = False
    if rank is None and (unseen := lx.UNSEEN.search(clause)):
        rank = unseen
        own = re.match(r"\W*(?P<low>lows|mínimos)|\W*(?P<high>highs|máximos)", unseen.group(0),
                       re.IGNORECASE)
        if own is not None:
            unseen_low = own.group("low") is not None
        else:
            said = sentence.text[:offset] + clause[:unseen.start()]
            moves = [(m.end(), w) for p, w in lx.CHANGE_WORDS for m in p.finditer(said)]
            unseen_low = bool(moves) and max(moves, key=lambda mw: mw[0])[1].direction == "down"
    changes = [(m, w) for p, w in lx.CHANGE_WORDS if (m := p.search(clause))]
    if not changes and (went := _WENT_FROM.search(clause)):
        # "Entre 2019 y 2024, estos pasaron de 183 mil a 925 mil": a change its two levels
        # state, up or down as they go.
        a, b = (next((q for q in qs if q.start >= went.start(g) and q.kind == "count"), None)
                for g in ("a", "b"))
        if a is not None and b is not None and a is not b and a.value != b.value:
            changes = [(went, lx.ChangeWord("up" if b.value > a.value else "down", 0.0, None))]
    pivot = next((q.start for q in qs if q.kind in ("percent", "multiplier", "fraction")),
                 None)
    if pivot is not None and len(changes) > 1:
        # "an 86% increase from June, when ... a short-lived drop": the word by the figure.
        changes.sort(key=lambda mw: abs(mw[0].start() - pivot))
    elif len(changes) > 1 and len(levels := [q for q in qs if q.kind == "count"]) == 2 and \
            not re.search(r"\b(?:while|as|whereas|but|mientras|pero)\b",
                          clause[levels[0].end:levels[1].start], re.IGNORECASE):
        # "had cratered in April at 16,162 …, are creeping up again, reaching 38,347 by
        # July": the word between the two levels says which way they went (not across a
        # contrast: "families dropped to 9,721 while single adults increased to 22,840").
        changes.sort(key=lambda mw: not levels[0].end <= mw[0].start() < levels[1].start)
    change = changes[0] if changes else None
    if change is not None and not qs and re.search(
            r"\b(?:este|esta|ese|esa|dicho|dicha|this|that|the)\s+$",
            clause[:change[0].start()], re.IGNORECASE):
        # "Este descenso representa las cifras más bajas desde …": the change of the
        # sentence before, named to say something else of it, not a change of its own.
        change = None
    if change is not None and re.match(
            r"\s+to\s+(?:about\s+|nearly\s+|almost\s+|over\s+|more than\s+)?\d[\d.,]*\s*"
            r"(?:%|percent|per cent)\s+of\b|\s+(?:a|al|hasta)\s+(?:el\s+|un\s+)?\d[\d.,]*\s*"
            r"(?:%|por ciento)\s+del?\b", clause[change[0].end():], re.IGNORECASE):
        # "Venezuelans rose to 80% of those crossing the jungle", "subieron al 80% del
        # total": the share they came to, not a change by 80%.
        change = None
    trend = lx.TREND_HIGH.search(clause) or lx.TREND_LOW.search(clause)
    multiplier = next((q for q in qs if q.kind == "multiplier"), None)
    counts = [q for q in qs if q.kind in ("count", "vague")]
    share = lx.SHARE.search(clause)
    percent = next((q for q in qs if q.kind in ("percent", "fraction") and not (
        change and _A_PART_OF_ALL.search(clause[max(0, q.start - 30):q.end + 20]))), None)

    rising = lx.TREND_RISE.search(clause) or lx.TREND_FALL.search(clause)
    percent_comparison = lx.PERCENT_COMPARISON.search(clause)
    # "doubled", "more than tripled", "increased tenfold": a change stated as a multiple.
    verb_multiplier = multiplier if multiplier and re.search(
        r"(?:doubled|tripled|quadrupled|fold|duplic|triplic|cuadruplic)\w*$|multiplic",
        multiplier.words,
        re.IGNORECASE) else None
    comparative = lx.COMPARATIVE.search(clause)
    cross = None if rank else _cross(clause, previous)
    if cross is not None:
        # "Mexico detained more migrants than the US Border Patrol apprehended": one
        # country's series against another's over the same months.
        marker, topic, actor, side = cross
        pct = lx.PERCENT_COMPARISON.search(clause)
        quantity = (percent if pct and percent is not None and percent.kind == "percent"
                    else multiplier)
        direction = "down" if lx.FEWER.search(marker.group(0)) or (
            pct and lx.direction_of(pct.group("dir") or pct.group("dir2")) == "down") else "up"
        claim = make("comparison", quantity=quantity, anchor=marker.start(),
                     change_words=marker.group(0), versus=side, cross_direction=direction,
                     topic=topic, actor=actor)
        claims = [claim]
        for q in counts[:1]:
            if q.start < marker.start():
                claims.append(make("total", quantity=q, anchor=q.start))
        return claims
    # "un 15% menos que el récord anterior de marzo": a record low by the words around it
    # (not "after a record December, encounters fell in January": the fall is January's).
    low_record = bool(rank) and re.fullmatch(r"(?:a |new |the )?(?:r[eé]cord)\w*", rank.group(0),
                                            re.IGNORECASE) is not None and not re.match(
        r"\s*(?:highs?|altos?|máximos?)\b", clause[rank.end():], re.IGNORECASE) and bool(
        _LOW_WORDS.search(
                                                clause[:rank.start()][-40:]
                                                + clause[rank.end():rank.end() + 25]))
    # (The sentence before the clause may name the sectors: "Tucson sector, which covers
    # most of Arizona, was the busiest in the nation".)
    among = lx.group_rank(sentence.text[:offset] + clause, offset + rank.start(),
                          offset + rank.end()) if rank else None
    if rank and (among or not (rank.group(0).lower() == "most" and not
                             _MOST_AS_RECORD.search(low))):
        claims.append(make(
            "rank_record", rank_words=rank.group(0), anchor=rank.start(),
            rank_direction="low" if lx.RANK_LOW.search(clause) or low_record or unseen_low
            else "high",
            rank_top_k=bool(lx.TOP_K.search(clause)),
            rank_window="recent" if lx.RANK_WINDOW_RECENT.search(clause) else "all",
            rank_years=lx.window_years(clause), rank_years_short=lx.window_short(clause),
            rank_change=_ranked_change(clause[rank.end():rank.end() + 40]) or (
                # "fell by an unprecedented 40 percent": the record word qualifies the
                # change's figure, so the record is of the change.
                change[1].direction if change is not None and change[0].start() < rank.start()
                and re.match(r"\s*\d[\d.,]*\s*(?:%|percent\b|per cent\b|por ciento\b)",
                             clause[rank.end():rank.end() + 20], re.IGNORECASE) else None),
            rank_ordinal=_rank_ordinal(clause[max(0, rank.start() - 30):rank.end()]),
            rank_peaks=bool(re.match(r"\s*(?:[\w-]+\s+){0,2}?(?:peaks?|picos?)\b",
                                     clause[rank.end():rank.end() + 30], re.IGNORECASE)),
            rank_among=among))
    if rising and not claims:
        up = bool(lx.TREND_RISE.search(clause))
        claims.append(make("trend", change_words=rising.group(0), anchor=rising.start(),
                           trend="up" if up else "down",
                           rank_direction="high" if up else "low"))
    elif percent_comparison and percent and percent.kind == "percent":
        claims.append(make("comparison", quantity=percent, anchor=percent.start,
                           change=lx.ChangeWord(lx.direction_of(
                               percent_comparison.group("dir")
                               or percent_comparison.group("dir2")), 0.0, None),
                           change_words=percent_comparison.group(0)))
    elif (fewer := lx.percent_fewer(clause)) and \
            percent and percent.kind == "percent" and fewer.start() >= percent.start:
        # "La Patrulla Fronteriza detuvo a un 22 por ciento menos de personas", "22 percent
        # fewer people": with no base named, a change from the period before.
        claims.append(make("change", quantity=percent, anchor=percent.start,
                           change=lx.ChangeWord(lx.direction_of(fewer.group("dir")), 0.0,
                                                None),
                           change_words=fewer.group(0)))
    elif percent and percent.kind == "percent" and (
            higher := _PERCENT_HIGHER.match(clause, percent.end)) is not None:
        # "The number of detained unaccompanied minors … was 74 percent higher", "fue un 30
        # por ciento menor": with no base named, a change from the period before (or the
        # base the text's last relation named).
        claims.append(make("change", quantity=percent, anchor=percent.start,
                           change=lx.ChangeWord(lx.direction_of(higher.group("dir")), 0.0,
                                                None),
                           change_words=higher.group(0).strip()))
    elif (exceeds := lx.PERCENT_EXCEEDS.search(clause)) and percent and \
            percent.kind == "percent":
        # "una cifra que supera un 40% a las reportadas en 2021", "exceeds it by 40%": the
        # verb is the comparison, not a hedge on the percentage.
        claims.append(make("comparison", quantity=replace(percent, hedge=None),
                           anchor=percent.start,
                           change=lx.ChangeWord("up", 0.0, None),
                           change_words=exceeds.group(0)))
        # "supera en 158% al de 2020, en 143% al de 2019 y en 151% al de 2018": one
        # comparison for each figure and the year after it.
        claims += [make("comparison", quantity=replace(q, hedge=None), anchor=q.start,
                        change=lx.ChangeWord("up", 0.0, None), change_words=exceeds.group(0),
                        against_year=int(against.group("y")))
                   for q in qs if q.kind == "percent" and q.start > percent.start and
                   (against := _EACH_AGAINST_ITS_YEAR.match(clause, q.end))]
    elif percent is not None and percent.kind == "percent" and re.search(
            r"\b(?:from|to|de|desde|hasta)\s+(?:(?:just|only|a mere|apenas|solo|sólo)\s+)?$",
            clause[:percent.start], re.IGNORECASE) and \
            not share and not re.search(
                r"\b(?:caída|aumento|incremento|reducción|disminución|alza|baja|descenso|"
                r"crecimiento|repunte|subida)\s+de\s+$", clause[:percent.start],
                re.IGNORECASE):  # "una caída de más del 80%": of, not from
        pass  # "This is up from 46%": a share a period before, not the size of the change
    elif change and counts and not (percent or verb_multiplier or multiplier) and all(
            _A_TOTAL_OF.search(clause[:q.start]) for q in counts):
        # "an exponential rise in illegal alien encounters, totaling more than 9,300,000 in
        # less than 4 years": the figure is what the rise added up to, a level.
        claims += [make("total", quantity=q, anchor=q.start) for q in counts]
    elif (change or verb_multiplier) and not (
            multiplier and comparative and (change is None or change[1].exact is None)):
        if change:
            m, word = change
            words, anchor = m.group(0), m.start()
        else:
            assert verb_multiplier is not None
            word, words, anchor = lx.ChangeWord("up", 0.02, None), verb_multiplier.words, \
                verb_multiplier.start
        quantity = percent or verb_multiplier or (
            multiplier if multiplier and not comparative else None) or (
            counts[0] if counts else None)
        claims.append(make("change", change=word, change_words=words, anchor=anchor,
                           quantity=quantity))
        if quantity is percent and percent is not None and _RESPECTIVELY.search(clause):
            # "Have dropped by 74% and 94% respectively": a change for each figure.
            claims += [make("change", change=word, change_words=words, anchor=anchor,
                            quantity=q) for q in qs if q.kind == "percent" and q is not percent]
    elif multiplier and (comparative or re.search(
            r"(?:^|\s)(?:twice|double|triple|quadruple|el doble|el triple|el cu[aá]druple)$",
            multiplier.words.lower())) and \
            not _A_MEASURE_OF_SIZE.match(clause, multiplier.end):
        # ("casi el doble de la cifra vista en febrero": hedged, still a comparison.)
        claims.append(make("comparison", quantity=multiplier, anchor=multiplier.start))
    elif percent and (share or lx.SHARE_VERBS.search(clause) or percent.kind == "percent" and
                      lx.SHARE_FROM.search(clause)) and not \
            lx.SHARE_OF_POPULATION.search(clause):
        # Each percentage is a share of its own group.
        shares = [q for q in qs if q.kind in ("percent", "fraction")]
        group: dict[str, list[str]] = {}
        for i, q in enumerate(shares):
            end = shares[i + 1].start if i + 1 < len(shares) else len(clause)
            start = shares[i - 1].end if i else 0
            # "Mexican migrants made up 33 percent in FY2022, and 28 percent in October":
            # a percentage that names no group of its own shares the one before.
            said = _SAID_OF_THE_WHOLE.match(clause[q.end:end])
            own = _share_group(said.group("rest"), "") if said else {}
            if said and not own and any(c.start >= start and c.end <= q.start
                                        for c in counts):
                # "Haitians accounted for 86,705 encounters …, most of them with CBP One
                # appointments": the part is of a group no file breaks the count down by.
                claims.append(make("share", quantity=q, anchor=q.start,
                                   share_keeps_whole=True))
                continue
            # (Not a percentage in brackets after a figure: "408 mil (64%) eran de
            # nacionalidad mexicana" names its group after.)
            group = own or _share_group(clause[q.start:end], clause[start:q.start], bracketed=(
                re.search(r"[^\W\d]\s*\(\s*$", clause[:q.start]) is not None and not
                re.search(r"\d\s*(?:mil|millones|million|thousand)?\s*\(\s*$",
                          clause[:q.start]))) or group or (
                # "Las familias de inmigrantes representaron, con 473.682 casos, un 55,6 %
                # de los 851.508": a share that opens its clause, naming no group, has the
                # one its sentence named before it (not "…, while more than half were
                # men": a clause of its own, whose group the files do not hold).
                _share_group("", sentence.text[:offset]) if not i and offset and re.fullmatch(
                    r"\W*(?:(?:un|una|a|an|the|el)\s+)?", clause[:q.start], re.IGNORECASE)
                else {})
            if not group and i + 1 == len(shares) and (
                    said_after := _PART_SAID_AFTER.match(sentence.text, offset + len(clause))):
                # "Fewer than half of those encountered in June — 92,274 — were expelled
                # under … Title 42": the part is said after the figure set off between dashes.
                group = _share_group(said_after.group(0), "")
            keeps = bool(own)
            if (outcome := _ENDED_IN.search(clause, q.end, end)) is not None:
                # "75% of encounters with Mexican migrants ended in a Title 42 expulsion",
                # "88.2% de las detenciones de migrantes mexicanos concluyen con su
                # expulsión": the group before the outcome is the whole, the outcome the part.
                whole = _share_group(clause[q.end:outcome.start()], "")
                part = _share_group(clause[outcome.start():end], "")
                if whole and part and not set(whole) & set(part):
                    group, keeps = part, True
            claims.append(make("share", quantity=q, anchor=q.start, share_group=group,
                               share_keeps_whole=keeps))
    elif percent is not None and percent.kind == "percent" and relation is not None and \
            relation.kind == "change" and relation.change is not None and re.search(
                r"\b(?:respecto|frente|compared|comparad[oa]s?|comparación|than|que|over|"
                r"from|against)\b", clause,
                re.IGNORECASE):
        # "una disminución del 95% con respecto a 2024, del 96% con respecto a 2023": the
        # clause goes on with the change the clause before named.
        claims.append(make("change", change=relation.change,
                           change_words=relation.change_words, quantity=percent,
                           anchor=percent.start))
    elif trend and not claims:
        claims.append(make("trend", change_words=trend.group(0), anchor=trend.start(),
                           rank_direction="low" if lx.TREND_LOW.search(clause) else "high"))
    if not claims and (than := _MORE_THAN.search(clause) or _SURPASSES.search(clause) or (
            # "About 160,000 fewer apprehensions last fiscal year than the year before":
            # the words between a difference's noun and "than" (see text.py).
            _DIFFERENCE_THAN.search(clause) if any(
                q.role == "difference" for q in counts) else
            _MORE_NOUN_THAN_A_PERIOD.search(clause))) is not None and not (
            multiplier or percent) and (any(not r.extra.get("figure_only") for r in refs) or any(
                ch.isdigit() for ch in sentence.text)):
        # "Recent totals have been even lower than the 16,182 in April 2020", "lower today
        # than when the previous administration left office": one period against another,
        # direction only ("larger than the size of Houston" names no period).
        # "which is 600,000-plus greater than the number at the same point in FY 2021":
        # the difference stated is the claim's figure.
        gap = next((q for q in counts if q.role == "difference"), None)
        claims.append(make("comparison", anchor=than.start(), change_words=than.group(0),
                           cross_direction=lx.direction_of(
                               than.group("dir") or than.groupdict().get("dir_es")),
                           quantity=gap))
    # Every level the clause states is a claim of its own ("from 16,182 in April to 47,207
    # in August"), each bound later to its nearest time expression; a rate ("3,000 a day")
    # is judged against the monthly figures over the days; a difference ("up 6,241") and a
    # streak's length ("16 straight months") are not levels.
    if streak:
        # The streak is the claim: its direction word is no change of its own, and its
        # threshold ("more than 50,000") is no level of its own.
        claims = [c for c in claims if c.kind not in ("change", "trend")]
        counts = [q for q in counts if q is not claims[0].quantity]
    levels = [q for q in counts if q.role == "count"]
    for q in levels:
        if claims and claims[-1].quantity is q and claims[-1].kind == "total":
            continue
        claims.append(make("total", quantity=q, anchor=q.start))
    for q in counts:
        if q.role == "rate":
            claims.append(make("rate", quantity=q, anchor=q.start))
        elif q.role == "days":
            claims.append(make("total", quantity=q, anchor=q.start, unmeasured="days_count"))
        elif q.role == "unscaled":
            claims.append(make("total", quantity=q, anchor=q.start, unmeasured="unscaled_count"))
    if not counts and multiplier and not claims:
        claims.append(make("total", quantity=multiplier, anchor=multiplier.start))
    return claims


# A generic word ("detentions", "deported", "crossed") in a text about Mexico's, Panama's or
# Guatemala's figures means that country's series, unless the sentence points to the US.
_CARRY = {("mx_detentions", "stop"): "mx_detentions", ("mx_detentions", "return"): "mx_returns",
          ("mx_returns", "stop"): "mx_detentions", ("mx_returns", "return"): "mx_returns",
          ("darien", "stop"): "darien", ("gt_returns", "return"): "gt_returns"}


# A sentence that points back to the figures before it: a pronoun that opens it ("It was
# the lowest...", "That's a 4 percent drop"), or a noun for the figure anywhere ("the
# figure", "esta cifra", "de ellos").
# "The total, which …", "El total, que …": the figure just given, whatever else the
# sentence goes on to speak of.
_THE_TOTAL_WHICH = (r"^\W*(?:the|this|that|el|este|ese|la|esta|esa)\s+(?:total|figure|number|"
                    r"cifra|número),\s+(?:which|que)\b")
_ANAPHORIC = re.compile(
    r"^\W*(?:it|that|this|these|those|they|esto|eso|ello)\b|"
    # "El total, que sigue siendo el más alto para el mes de agosto …": the total just given.
    + _THE_TOTAL_WHICH + "|"
    # "- Total encounters: 2,135,005 people\n- 14% decrease from FY 2023": an item of a
    # list goes on with the list's subject.
    r"^\s*[-•*–]\s+(?=[^.;]*\d)(?![^.;]*\b(?:border patrol|cbp|ofo|inm|dari[eé]n)\b)|"
    # "Entre 2019 y 2024, estos pasaron de 183 mil a 925 mil": after a time that opens it.
    # ("In the first six months of FY2016 they stood at 27,754": with no comma too.)
    r"^\W*(?:between|from|during|in|entre|desde|de|durante|en)\s[^,;]{2,40}?(?:,\s*|\s+)(?:it|"
    r"these|they|those|estos|estas|esos|esas|ellos|ellas)\b|"
    # "Este repunte se produce tras cuatro meses de disminuciones consecutivas"
    r"^\W*(?:este|esta|estos|estas|ese|esa|esos|esas)\s+(?:repunte|aumento|incremento|alza|"
    r"subida|descenso|caída|baja|disminución|reducción|nivel|flujo|récord|máximo|mínimo)\b|"
    # "La disminución es del 39 %", "The increase was 12%": the change just described.
    r"^\W*(?:la|el|the)\s+(?:disminución|reducción|caída|baja|descenso|aumento|incremento|"
    r"alza|subida|decrease|decline|drop|reduction|increase|rise)\s+(?:es|fue|ha sido|"
    r"representa|is|was|has been|represents|amounts to)\b|"
    # "July was the fifth month in a row of declines", "December marked a record": a month
    # as the subject speaks of the text's figures for it.
    r"^\W*(?:last month|(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)(?:\s+(?:19|20)\d\d)?)(?:['’]s)?\s+(?:was|were|is|marked|marks|"
    r"became|saw|set|brought|fue|marcó)\b|"
    # "The information shows an increase of nearly 129 percent": the text's figures.
    r"^\W*(?:the|this|these|that) (?:information|data|report|statistics|figures)\b|"
    r"^\W*(?:la información|los datos|el informe|el reporte|las estadísticas|las cifras)\b|"
    r"^\W*(?:es|fue|son|fueron|era|eran|representa|representó|significa|supone)\b|"
    # "Mientras que, durante el mes de noviembre, registraron un incremento de 84%": a verb
    # with no subject of its own (Spanish leaves it out) continues the text's.
    r"^\W*(?:(?:mientras que|en tanto|por su parte|además|asimismo|sin embargo|en cambio)"
    r"\s*,?\s*)?(?:(?:durante|en|para|hasta)\s[^,;]{2,40},\s*)?(?:se\s+)?(?:registr|report|"
    r"contabiliz)(?:aron|ó)\b|"
    r"\b(?:es|fue|representa|representó|supone|significa) (?:una?|el|la) (?:disminución|"
    r"caída|reducción|baja|descenso|aumento|incremento|alza|repunte)\b|"
    r"^\W*(?:the|el|la|los|las)\s+[\d.,]+(?:\s+(?:million|thousand|millones|mil))?\s+"
    r"(?:for|in|of|is|was|de|del|en|es|fue)\b|"
    r"\b(?:esto|eso|this|that|it|lo que|which) (?:representa|represents|is|was|es|fue|"
    r"significa|means|marks|marca)\b|"
    # ... "last month's total", "November's figure": the text's figure for that period.
    r"\b(?:(?:the|that|this|these|those|(?:last|this) (?:month|year)['’]s|(?:january|february|"
    r"march|april|may|june|july|august|september|october|november|december)['’]s) "
    # ("The annual total surpassed 2 million for the first time in August")
    r"(?:(?:annual|monthly|yearly|overall|latest|new|final|combined|cumulative|"
    r"year-to-date) )?(?:numbers?|figures?|totals?|count|level|influx|"
    r"monthly (?:figure|total|number))|numbers|figures|la cifra|esta cifra|esa cifra|"
    r"la afluencia|el flujo|la oleada|las cifras|el número|los números|el total|la cantidad|"
    r"el dato|este dato|ese dato|dicho dato|(?:the|this|that) figure|"
    r"esta cantidad|de ellos|de ellas|"
    r"of them|of those|of these|del total|of the total|la lista|the list)\b|"
    # "November marked an 11% decline from October", "Fiscal 2024 saw …": a period as the
    # subject, with the text's count as what it marked.
    r"^\W*(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|(?:fiscal\s+(?:year\s+)?|fy\s*|calendar\s+(?:year\s+)?)?(?:19|20)\d\d|"
    r"last (?:month|year|fiscal year))\s+(?:marked|saw|brought|showed|was|represented)\b",
    re.IGNORECASE)
_ON_THE_BORDER = re.compile(r"\b(?:at|on|along|across|in) the (?:southern |southwest |us |u\.s\. )?"
                            r"border\b|\ben la frontera\b", re.IGNORECASE)
_BORDER_NUMBERS = re.compile(r"\b(?:border|frontera)\b[^.]*\b(?:numbers|figures|cifras|"
                             r"números)\b|\b(?:numbers|figures|cifras|números)\b[^.]*\b(?:border|"
                             r"frontera)\b", re.IGNORECASE)


def _restated(text: str, before: list[Claim]) -> Claim | None:
    """The claim of the sentence before whose count, written out in full (five digits or
    more), this sentence gives again, if any."""
    counts = {q.value for q in quantities(text) if q.kind == "count" and q.value >= 10_000
              and FULL_FIGURE.fullmatch(q.words)}
    return next((c for c in before if c.topic is not None and c.quantity is not None and
                 c.quantity.kind == "count" and c.quantity.value in counts), None)


def _follow(claim: Claim, antecedents: list[Claim], earlier: Sequence[Claim] = ()) -> None:
    """A claim that opens on a pronoun ("That was ...", "This is up from ...") is about the
    figure before it: the same series, place and population. (``earlier`` are the claims of
    the sentence before that one.)"""
    # The sentence's first figure is its subject ("Al cierre de 2024, 302,203 migrantes
    # cruzaron ..., mientras que el año anterior ... 520.085. De ellos, el 69,5% ...").
    counts = [c for c in antecedents if c.quantity is not None and c.quantity.kind == "count"]
    if re.search(r"\b(?:totals?|totales)\b", claim.sentence.text[:80], re.IGNORECASE):
        # "… a daily average of nearly 1,574 — or a total of 47,214. November's totals were
        # the highest since June 2014": the total, not the average.
        counts = [c for c in counts if c.kind == "total"] or counts
    before = counts[0] if counts else antecedents[-1]
    relation = next((c for c in antecedents if c.kind in ("change", "comparison")
                     and c.compare_to and c.periods), None)
    if relation is not None and counts and all(c.periods == relation.compare_to
                                               for c in counts):
        # "Las detenciones del mes pasado suponen un aumento con respecto a agosto, cuando
        # … detuvo a unos 181.000. Es el total más alto desde diciembre": the only figure
        # was the base's; what the text spoke of is the period compared.
        before, counts = relation, []
    if claim.kind in ("rank_record", "streak") and len(counts) > 1 and all(
            c.periods for c in counts):
        # "After 82,055 in July, ... an August total of about 64,000. It's the third
        # straight monthly decline and the lowest since January": a record or a streak is
        # of the latest figure before it.
        before = max(counts, key=lambda c: c.periods[-1].end)
    claim.antecedent = before
    if before.unmeasured and claim.kind in ("rank_record", "change", "comparison", "streak") \
            and not claim.unmeasured:
        # "Including the gotaway number, ... at least 261,327. This is the greatest number
        # reported in August": a record of a figure the files do not hold.
        claim.unmeasured = before.unmeasured
    # ("Según el Observatorio Consular y Migratorio de Honduras, … 8.193 hondureños. Esa
    # cifra superó … a los 4.711 hondureños que fueron retornados": Honduras's count, which
    # takes the returns its words name.)
    if before.topic is not None and (claim.topic is None or claim.topic.id in lx.GENERIC or
                                     claim.topic.id in lx.TAKES.get(before.topic.id, ()) or
                                     re.match(_THE_TOTAL_WHICH, claim.sentence.text,
                                              re.IGNORECASE)) \
            and not (before.topic.country != "USA" and _speaks_of_us(claim.sentence.text)):
        claim.topic = before.topic
    # "Esta cifra representa el 65,6% del total de migrantes ..., que fue de 520.085": the
    # total is of everyone, not of the group the figure before counted.
    # (So is "the highest number of overall apprehensions", after a sentence on families.)
    whole = claim.kind == "total" and _OF_THE_TOTAL.search(claim.sentence.text) or \
        _OVERALL.search(claim.sentence.text)
    for dim, values in before.filters.items():
        if dim not in claim.filters and not (dim == "citizenship" and lx.nationalities(
                claim.sentence.text)) and not (whole and dim in ("citizenship",
                                                                  "demographic", "sector")):
            claim.filters[dim] = list(values)
    claim.place = claim.place or before.place
    q, unit = claim.quantity, before.quantity
    if claim.kind == "total" and before.kind == "rate" and q is not None and unit is not None \
            and q.kind == "count" and q.per is None and unit.per is not None and (
                not claim.periods or claim.periods == before.periods):
        # (Not a figure of its own period: "… since June 2014, when 57,862 migrants were
        # apprehended".)
        # "An average of 4,800 encounters daily. Now, that number has dropped to less than
        # 300": the figure is in the unit of the one it follows.
        claim.kind = "rate"
        claim.quantity = replace(q, per=unit.per)
    if claim.kind == "streak" and claim.streak_n == 0 and claim.streak_since is None and \
            before.periods:
        # "bottomed out in April 2020 ... increased every month since": since that month.
        claim.streak_from = before.periods[0].end
    if claim.kind == "change" and claim.quantity is None and before.periods and any(
            key == "period_from_sentence" for key, _ in claim.inherited):
        # "While a large increase, the figure ...": the change the figure before made.
        claim.periods, claim.compare_to = list(before.periods), []
    if claim.kind == "change" and claim.compare_to and before.periods and \
            before.periods[0].start > claim.compare_to[0].start and claim.periods and \
            claim.periods[0].start <= claim.compare_to[0].start:
        # "12,746 in March. That's up from 9,894 in February": what rose is the figure
        # before, not a period named after the base.
        claim.periods = list(before.periods)
        claim.inherited.append(assumption("compared_from_text"))
    if claim.kind in ("change", "comparison") and len(before.periods) == 1 and \
            before.periods[0].kind == "range" and before.periods[0].months < 12 and \
            not _NAMES_A_PERIOD.search(claim.sentence.text):
        # "During the first nine months of Fiscal Year 24 ..., agents encountered 222,273.
        # This is down by 24 percent over the prior year's year-to-date total": the months
        # the figure before counted, against the same months a year before ("this year's",
        # "last year's six-month total" name no months of their own).
        # After "the same period last year, 626,793", the later of the two is "this year's".
        # ("… has encountered 1,060,954 since Fiscal Year 2022 began. Agents had only
        # encountered 570,826 at this point last year. That's an increase of about 85.8%":
        # the sentence before the last gave this year's.)
        year_apart = [c for c in earlier if c.quantity is not None and c.quantity.kind ==
                      "count" and len(c.periods) == 1 and c.periods[0].label ==
                      before.periods[0].shifted_years(1).label]
        part = max((c.periods[0] for c in [*counts, *year_apart] if len(c.periods) == 1 and
                    c.periods[0].kind == "range" and
                    c.periods[0].months == before.periods[0].months),
                   key=lambda p: p.start, default=before.periods[0])
        if claim.periods and claim.periods[-1].end >= part.shifted_years(1).end:
            # The figure before was last year's ("During the same period last year, agents
            # apprehended 626,793. This year's apprehensions represent an increase ...").
            part = part.shifted_years(1)
        claim.periods = [part]
        claim.compare_to = [part.shifted_years(-1)]
        claim.alternatives = []
        claim.inherited.append(assumption("compared_from_text"))
        return
    from_text = any(key == "period_from_text" for key, _ in claim.inherited)
    if (not claim.periods or from_text) and claim.kind in (
            "comparison", "change", "share", "total", "rank_record", "streak") and \
            before.periods:
        claim.periods = list(before.periods)
        claim.alternatives = [list(a) for a in before.alternatives]


# Between a figure and a later figure with "the same months of 2022": the later is a base.
_BASE_BETWEEN = re.compile(r"\b(?:" + _VERSUS_STEMS + r"|menor|mayor|inferior|superior)\b"
                           r"[^.;]*?\d", re.IGNORECASE)
# Words that make the figure after them a base the sentence compares with.
_COMPARED_WITH = re.compile(r"\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|"
                            r"outpac(?:es|ed|ing)|(?:more|less|fewer|higher|lower) than|"
                            r"superando|super(?:a|ó|aron|an)|" + lx.VERSUS_WORDS + r")\s+"
                            r"(?:(?:the|a|al|l[oa]s?|el)(?:\s+|$))*\W*$", re.IGNORECASE)
_SAME_PERIOD = re.compile(r"^\W*(?:during|in|over|for|en|durante)?\s*(?:the\s+|el\s+)?"
                          r"(?:same|mismo)\s+(?:period|months?|time|per[ií]odo|lapso)\b",
                          re.IGNORECASE)
# A month, a written year or a span of months: a sentence that names its own period.
_NAMES_A_PERIOD = re.compile(lx.NAMES_A_YEAR + r"|\b(?:" + "|".join(
    sorted(MONTHS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_NAMES_A_MONTH = re.compile(r"\b(?:" + MONTH_NAMES +
                            r")\b", re.IGNORECASE)
# ("In all, 56,881 were arrested"; not "more than in all of 2021", a period.)
_OVERALL = re.compile(r"\b(?:overall|all told|in all(?=\s*[,.;:]|\s*$)|en total|en general)\b",
                      re.IGNORECASE)
_OF_THE_TOTAL = re.compile(r"\b(?:del total|of the total|of all|de todos|del conjunto|"
                           r"in all (?:\w+ )?(?:border patrol )?sectors|en todos los sectores)\b",
                           re.IGNORECASE)
_SOUTHWEST = next(p for p, place, _ in lx.PLACES if place == "southwest")
# "Over 900 Percent Spike in Chinese Migrants at US Border": the US border, no side named.
_AT_THE_US_BORDER = re.compile(r"\b(?:at|on|across|to)\s+(?:the\s+)?(?:u\.?s\.?|us|america'?s?|"
                               r"american)\s+border\b", re.IGNORECASE)
_WHO = re.compile(r"\b(?:migrants|immigrants|people|persons|individuals|families|children|"
                  r"minors|adults|asylum seekers|migrantes|personas|familias|niños|menores|"
                  r"adultos|extranjeros)\b", re.IGNORECASE)


# "The last time there were fewer apprehensions than that was in 1972", "the last time
# numbers were this low was back in January of 2021", "la última vez que … fue en 2019": the
# period the text speaks of is the lowest (highest) since the time named.
_LAST_TIME = re.compile(r"\b(?:the last time|la última vez (?:en )?que)\b", re.IGNORECASE)
_LAST_TIME_WAS = re.compile(r"\b(?:was|were|fue|fueron)\s+(?:back\s+|all the way back\s+)?"
                            r"(?:in\s+|en\s+)?(?=\S)", re.IGNORECASE)
_LAST_TIME_LOW = re.compile(r"\b(?:low|lower|fewer|less|below|under|menos|menor(?:es)?|"
                            r"inferior(?:es)?|baj[oa]s?|por debajo)\b", re.IGNORECASE)
_LAST_TIME_HIGH = re.compile(r"\b(?:high|higher|more|above|greater|más|mayor(?:es)?|"
                             r"superior(?:es)?|alt[oa]s?|por encima)\b", re.IGNORECASE)


def _last_time(sentence: Sentence, text: str, refs: list[TimeRef], ref: dt.date,
               out: list[Claim], context: _Context, topic: lx.Topic | None) -> Claim | None:
    """"The last time … was in <period>": a record since that period, of the period the
    sentence (or the figure before it) speaks of. Not a threshold ("at least one million",
    "fewer than 9,000"), which names a figure of its own."""
    start = _LAST_TIME.search(text)
    if start is None:
        return None
    # "… was (back) in <period>": the first "was" a period follows.
    m, then = next(((w, r) for w in _LAST_TIME_WAS.finditer(text, start.end())
                    for r in refs if w.end() <= r.start <= w.end() + 3 and r.periods and
                    r.kind in ("month", "year", "fiscal_year")), (None, None))
    if m is None or then is None or m.start() - start.end() > 160:
        return None
    body = text[start.end():m.start()]
    low, high = _LAST_TIME_LOW.search(body), _LAST_TIME_HIGH.search(body)
    last = last_ended_month(ref)
    if _DIGIT.search(body) or bool(low) == bool(high) or then.periods[0].start > last:
        return None
    claim = Claim(text.strip(), sentence.start + start.start(), sentence.start + m.end(),
                  sentence, "rank_record", topic, anchor=start.start(), rank_window="period",
                  rank_direction="low" if low else "high",
                  rank_words=(low or high).group(0))
    level = next((c for c in out if c.kind in ("total", "rate") and c.periods and
                  c.start < claim.start), None)
    if level is not None:
        claim.topic = claim.topic or level.topic
        claim.filters = {k: list(v) for k, v in level.filters.items()}
        claim.periods = list(level.periods)
    elif context.claims:
        _follow(claim, context.claims, context.earlier)
        before = claim.antecedent
        claim.periods = list(before.periods) if before is not None and before.periods \
            else list(context.periods)
    else:
        claim.periods = list(context.periods)
    claim.topic = claim.topic or context.topic
    if not claim.periods or claim.topic is None or not claim.topic.measures or \
            claim.periods[0].start <= then.periods[0].start:
        return None
    window = Period.span(then.periods[0].start, last)
    claim.since = replace(then, kind="since", periods=(window,),
                          extra={"month": then.periods[0].start})
    claim.compare_to = [window]
    claim.time_kind = claim.time_kind or "since"
    claim.inherited.append(assumption("last_time", period=then.periods[0].label))
    return claim


def _unread_figure(sentence: Sentence, text: str) -> list[Claim]:
    """A figure of people, or a percentage about them, in a sentence no rule could read as
    a claim ("Of those, about 45 percent Guatemalan nationals"): it is reported,
    unverifiable, so the reader sees every figure the checker did not check."""
    for q in quantities(text):
        claim = Claim(text.strip(), sentence.start, sentence.start + len(text.rstrip(" .")),
                      sentence, "total", None, quantity=q, anchor=q.start)
        if _unnamed_count(claim, text) and q.kind in ("count", "percent"):
            claim.unmeasured = "unread"
            return [claim]
    return []


def _unread_words(sentence: Sentence, text: str) -> list[Claim]:
    """A sentence of a text about the corridor that states a record, a change or a
    comparison ("Actually, they declined in 10 of the last 16 fiscal years", "La cifra de
    migrantes del año pasado superó la de 2017 y 2018 juntos") which no rule could read as
    a claim: it is reported, unverifiable, so the reader sees it was not checked."""
    patterns = (lx.RANK_HIGH, lx.RANK_LOW, lx.STREAK, lx.COMPARATIVE, lx.PERCENT_COMPARISON,
                *(pattern for pattern, _ in lx.CHANGE_WORDS), _CLAIM_WORDS)
    cue = next((m for pattern in patterns if (m := pattern.search(text)) is not None), None)
    if cue is None or _seniority(cue, text) or (cue.group(0).lower() == "most" and not
                                                _MOST_AS_RECORD.search(text)):
        return []
    claim = Claim(text.strip(), sentence.start, sentence.start + len(text.rstrip(" .")),
                  sentence, "other", None, anchor=cue.start())
    claim.unmeasured = "unread_words"
    return [claim]


# Words that state a record or a comparison which no judge reads ("has not been seen since
# 2006", "led the nation", "better than when he left office", "superó la reportada en 2017 y
# 2018 juntos"): enough to show the sentence as a claim not checked.
_CLAIM_WORDS = re.compile(
    r"\b(?:not (?:been )?seen since|(?:led|leads|leading) the (?:nation|country|border)|"
    r"top (?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b|number[- ]one|"
    r"(?:best|worst) [\w ]{0,30}(?:ever|in history)|(?:better|worse|higher|lower|more|fewer|"
    r"less) than (?:when|it was|at any|under|before)|super[óa]\w*|rebas\w+|sobrepas\w+|"
    r"(?:casi )?(?:la misma|el mismo|lo mismo) que|(?:nearly |almost )?the same as|"
    r"(?:below|above) (?:that|those) of|twice|three times|dos veces|tres veces)\b",
    re.IGNORECASE)
# "The most since 2019", "more … than in any month": "most" as a record, not "most of".
_MOST_AS_RECORD = re.compile(r"\bmost\b[^.]{0,40}\b(?:since|ever|on record|than|in (?:any|"
                             r"\w+ )?(?:month|year|decades?|years)|in (?:(?:recorded|our|"
                             r"american|u\.s\.|the nation's|the country's)\s+)?history)",
                             re.IGNORECASE)
# A clause that is only a run's length, ahead of what ran: "For the 31st month in a row",
# "Por décimo mes consecutivo".
_LEADING_RUN = re.compile(r"\b(?:for|por|durante)\s+(?:the\s+|el\s+|"
                          r"a\s+|an\s+)?(?:[\w-]+\s+){1,3}?(?:(?:straight|consecutive)\s+(?:months?|"
                          r"years?)|(?:months?|years?)\s+in\s+a\s+row|(?:mes|año)\s+"
                          r"(?:consecutivo|seguido))\W*$", re.IGNORECASE)
# Words that give a figure as a sum: the count after them is a level, whatever change the
# clause also speaks of.
_A_TOTAL_OF = re.compile(r"\b(?:totall?ing|totall?ed|(?:for |with |reaching )?a total of|in total|"
                         r"un total de|en total|sumando|que suman|sumaron|suman)\s*$",
                         re.IGNORECASE)


def _seniority(m: re.Match, text: str) -> bool:
    """Whether a rank word is one of seniority: "works collaboratively at the highest levels
    with the government of Mexico" is rank, not a record of any count."""
    return any(s.start() <= m.start() < s.end() for s in _SENIORITY.finditer(text))


_SENIORITY = re.compile(r"\b(?:at|from) the (?:highest|top|most senior) levels?\b(?!\s+of\s+"
                        r"(?:crossings|migration|encounters|apprehensions|arrivals))",
                        re.IGNORECASE)


def _unnamed_count(claim: Claim, sentence: str, corridor: bool = False) -> bool:
    """A figure of people or a percentage about them in a sentence that names no statistic
    ("rising to 66.3% or over 153,000 people", "pasaron de 33 mil en 2020 a 90 mil"):
    a quantitative claim the reader should see, which cannot be checked as read."""
    q = claim.quantity
    # (A count under a hundred is a story's, "has 3 children", not a statistic's.)
    return q is not None and q.role != "points" and (
        q.kind == "percent" or q.kind == "count" and q.value >= 100) and bool(
        corridor or _WHO.search(sentence) or lx.nationalities(sentence)
        or _MIGRANT.search(sentence))


# The claim types that can be made in words alone, and the words that put a sentence in
# the corridor when it names no statistic.
_UNREAD_KINDS = ("rank_record", "trend", "change", "comparison", "streak")
_CORRIDOR_WORDS = gated(
    r"\b(?:migra\w*|inmigra\w*|immigra\w*|border|frontera|crossings?|cruces|encounters|"
    r"encuentros|apprehensions|aprehensiones|detenciones|asylum|asilo|deport\w*)\b",
    re.IGNORECASE)
_MIGRANT = re.compile(r"\b(?:migra\w*|inmigra\w*|immigra\w*|irregular(?:es)?|illegals?|"
                      r"ilegales?)\b", re.IGNORECASE)


# What a count is of, in a text's own words, with no statistic named: "went from 10,495
# cases in fiscal year 2021 to 130,971", "pasó de 169,688 registros", "one million stops".
_COUNTED = re.compile(r"\s+(?:cases|casos|registros|records|events|eventos|stops|incidents|"
                      r"incidentes)\b", re.IGNORECASE)


def _counts_in_own_words(sentence: str) -> bool:
    return any(q.kind == "count" and _COUNTED.match(sentence, q.end)
               for q in quantities(sentence))


def _anaphoric_topic(sentence: str, context: _Context) -> lx.Topic | None:
    """The topic of a sentence that names none but points back to one ("It was the lowest
    monthly figure", "Esta cifra"), or speaks of the border's numbers: the text's topic so
    far, else the crossings at the US border."""
    # (A subject no file holds, "arrivals in New York City", is not the one of a sentence
    # that speaks of the US border: "Ecuadoreans now account for the majority of people at
    # the border".)
    held = context.topic is not None and (bool(context.topic.measures) or not (
        _speaks_of_us(sentence) or _ON_THE_BORDER.search(sentence)))
    if (said := _restated(sentence, context.claims)) is not None:
        return said.topic  # "… noted that the 189,922 figure was 21% higher": as given
    if held and (_ANAPHORIC.search(sentence) or _WHO.search(sentence)
                 or lx.nationalities(sentence) or _SEASONAL.search(sentence)
                 or _MONTH_TO_MONTH.search(sentence) or _counts_in_own_words(sentence)):
        # "Mexican migrants made up 33 percent", "more than 19,000 unaccompanied children
        # last month", "May-to-June declines occurred in nine of the last 10 years", "Last
        # year, there was a 17 percent decrease from May to June": the people the text has
        # been counting.
        return context.topic
    corridor = next((TOPIC[t] for pattern, t in lx.CORRIDOR_CUES if pattern.search(sentence)),
                    None)
    if corridor is not None and (_WHO.search(sentence) or lx.nationalities(sentence)) and \
            not _speaks_of_us(sentence):
        # "Según el Servicio Nacional de Migración, 13 mil 445 personas utilizaron esa ruta":
        # the people the agency named counts.
        return corridor
    if _BORDER_NUMBERS.search(sentence) or lx.SECURE_BORDER.search(sentence) or (
            _ON_THE_BORDER.search(sentence) and (_WHO.search(sentence) or
                                                 lx.nationalities(sentence))):
        # "The most secure border in history" is measured by the crossings it stops;
        # "Ecuadoreans now account for the majority of people at the border" are those
        # the border's series count.
        return TOPIC["crossings"]
    return None


# A sentence that opens on the figure just given: "La cifra representó …", "That number
# was …".
_THAT_FIGURE = re.compile(r"\W*(?:(?:la|esta|esa|dicha)\s+cifra|(?:el|este|ese)\s+"
                          r"(?:n[úu]mero|dato)|(?:the|this|that)\s+(?:figure|number|total|"
                          r"tally))\b",
                          re.IGNORECASE)


def _carried_topic(topic: lx.Topic | None, sentence: str,
                   context: _Context) -> lx.Topic | None:
    """The text's corridor subject for a generic topic, when the sentence says nothing of
    the US (the subject of a text carries over, the way a reader carries it)."""
    if topic is None or topic.id not in (*lx.GENERIC, "crossings") or \
            context.claims and _THAT_FIGURE.match(sentence):
        # ("… CBP reportó que durante junio se detuvieron a 100.370 migrantes … La cifra
        # representó una disminución de 30 por ciento …, caída que se acentuó a partir del
        # esfuerzo mexicano": the figure just given, whatever the sentence goes on to name.)
        return None
    subject = next((TOPIC[t] for pattern, t in lx.CORRIDOR_CUES if pattern.search(sentence)),
                   None)
    if subject is None and (context.topic is None or context.topic.country == "USA"):
        return None
    subject = subject or context.topic
    if lx.ORIGIN_WORDS.search(sentence) and subject.country != "PAN":
        # ("Mexico remains the main country of origin": a country named as where people
        # come from; Panama, whose count the Darién is, never is: "the main nationalities
        # of people who had crossed" are the Darién's.)
        return None
    kind = "return" if topic.id == "removals" else "stop"
    carried = _CARRY.get((subject.id, kind))
    if carried is None or _speaks_of_us(sentence, subject.country == "MEX"):
        return None
    return TOPIC[carried]


# A sentence's opening concession ("Even as recent months' migrant encounters have been
# declining in the United States, …", "Aunque en Estados Unidos …,").
_CONCESSION = re.compile(r"\W*(?:even as|even though|although|though|aunque|si bien|"
                         r"pese a que|a pesar de que)\b[^,;:]{10,200}[,;]", re.IGNORECASE)


def _past_concession(sentence: str, at: int) -> str:
    """The sentence with an opening concession blanked out, for a figure said after it: the
    concession says what others count ("Even as … declining in the United States, Panama,
    and Honduras, Mexico's government released data showing …: 116,626 encounters")."""
    m = _CONCESSION.match(sentence)
    if m is None or at < m.end():
        return sentence
    return " " * m.end() + sentence[m.end():]


def _speaks_of_us(sentence: str, mexican_text: bool = False) -> bool:
    """Whether a sentence points to the US series: "U.S.", "the border", "Border Patrol",
    "CBP", the southwest border."""
    # "A nivel nacional" beside Mexico's own vocabulary, or in a text about Mexico's
    # figures, is Mexico's nation.
    mexican = mexican_text or lx.CORRIDOR_CUES[0][0].search(sentence)
    return bool(lx.names_us(sentence) or any(
        pattern.search(sentence) for pattern, place, _ in lx.PLACES
        if place in ("southwest", "northern") or (place == "nationwide" and not mexican)))


# The first days of a month: "en los primeros días de diciembre", "the first weeks of".
_FIRST_DAYS = re.compile(r"(?:\b(?:the\s+)?first\s+(?:few\s+|two\s+|three\s+|\d\s+)?"
                         r"(?:days|weeks)\s+of|"
                         r"\blos\s+primeros\s+días\s+de|\blas\s+primeras\s+semanas\s+de)\s+"
                         r"(?:" + MONTH_NAMES + r")\b", re.IGNORECASE)
# Words for some days of a month: "a principios de", "mid-", "late".
_PART_OF_MONTH_WORDS = (r"(?:(?:a|hacia)\s+)?(?:principios|mediados|finales|comienzos|fines|"
                        r"inicios)|early|mid|late")
# Some days of a month: "in mid-May", "a principios de diciembre", "at the end of June".
_PART_OF_A_MONTH = re.compile(r"\b(?:(?:" + _PART_OF_MONTH_WORDS + r")[\s-]+(?:de\s+)?|"
                              r"the\s+(?:end|start|beginning|middle)\s+of\s+)"
                              r"(?:" + MONTH_NAMES + r")\b", re.IGNORECASE)
# "A near 23% decrease from then": from the time named before in the sentence.
_FROM_THEN = re.compile(r"(?<=\bfrom )(?:then|that (?:month|time|point))\b(?!\s+(?:on|onwards?|"
                        r"until|till|to|through|forward)\b)", re.IGNORECASE)
# "Since then", "desde entonces": since the time the sentence before named.
_SINCE_THEN = re.compile(r"\b(?:since then|since that time|ever since|desde entonces|desde ese "
                         r"(?:momento|entonces|año|mes))\b", re.IGNORECASE)
_WHEN_IT_BEGAN = re.compile(
    r"\b(?:which|that|que|el cual|la cual)\s+(?:began|begins|started|starts|ended|ends|"
    r"closed|concluded|finished|comenz[oó]|empez[oó]|inici[oó]|termin[oó]|concluy[oó]|"
    r"finaliz[oó]|cerr[oó]|culmin[oó])\s*,?\s*(?:in|on|en|el)?\s*,?\s*"
    r"(?:(?:primero|\d{1,2}(?:ro|º|°|st|nd|rd|th)?)\s+de\s+)?$",  # "el 1ro de octubre"
    re.IGNORECASE)


def _shift_from_text(r: TimeRef, context: _Context, sentence: str,
                     paragraph: int) -> TimeRef:
    """"The same period last year" in a sentence that names no period of its own: the
    period the text named last, moved back."""
    if r.kind == "relative" and r.extra.get("opens") and "years" in r.extra and \
            context.periods and context.paragraph == paragraph:
        # "… 101,099 encounters in February. The year before, there had been 36,697": that
        # February, a year back.
        return TimeRef(r.words, r.start, r.end, "range",
                       tuple(p.shifted_years(r.extra["years"]) for p in context.periods))
    if r.kind != "anaphor" or "years" not in r.extra:
        return r
    if not context.periods:
        if "to_year" in r.extra and r.extra.get("fiscal") and context.ref is not None and (
                now := so_far(Period.fiscal_year(fiscal_year_of(context.ref)), context.ref)):
            # "Se han incrementado 103 por ciento respecto al mismo periodo del año fiscal
            # 2018", with no months named: the fiscal year's months so far, in that year.
            return TimeRef(r.words, r.start, r.end, "range", (now.shifted_years(
                r.extra["to_year"] - fiscal_year_of(now.end)),))
        if "to_year" in r.extra:  # "the same quarter of 2023", with no quarter named
            return TimeRef(r.words, r.start, r.end, "year",
                           (Period.year(r.extra["to_year"]),))
        return r
    years = r.extra["years"]
    if "to_year" in r.extra:
        first = context.periods[0]
        # (Months from an October on are a fiscal year's: "through May of this fiscal
        # year … In the same period of 2018".)
        fiscal = first.kind == "fiscal_year" or first.kind == "range" and \
            first.start.month == 10 and first.end < add_months(first.start, 12)
        years = r.extra["to_year"] - (fiscal_year_of(first.end) if fiscal else
                                      first.start.year)
        # "December ... jumped to 170,186. This represents an increase of more than 139
        # percent over the same month in 2021", written of December 2021: a period is never
        # the base of itself; the year before is meant.
        # "… 128.895 detenciones en abril del año pasado. … En el mismo periodo de 2024, se
        # realizaron 4.298 diarias": what a figure of its own is said of is that period.
        years = years or (0 if not _is_base(r, sentence) else -1)
        if years and r.extra.get("fiscal") and len(context.periods) == 1 and \
                first.kind == "month":
            # "… 688 mil 375 migrantes para finales de junio. … se han incrementado 103 por
            # ciento respecto al mismo periodo del año fiscal 2018": the fiscal year's months
            # through the month named, in that year.
            to_month = Period.span(Period.fiscal_year(fiscal_year_of(first.start)).start,
                                   first.end)
            return TimeRef(r.words, r.start, r.end, "range", (to_month.shifted_years(years),))
        if years and context.ref is not None:
            # "So far this fiscal year, 23,593 … compared to 21,431 … by the same point in
            # fiscal year 2014": the months to date, in that year.
            return TimeRef(r.words, r.start, r.end, "range", tuple(
                (so_far(p, context.ref) or p).shifted_years(years) for p in context.periods))
    return TimeRef(r.words, r.start, r.end, "range",
                   tuple(p.shifted_years(years) for p in context.periods))


# "un 15% menos que el récord anterior de marzo": a record low, by the words around it.
# (Not "un récord en un solo mes": a single month.)
_LOW_WORDS = re.compile(r"\b(?:menos|menor\w*|baj\w+|cay\w+|ca[ií]da|(?<!un )(?<!una )s[oó]lo|"
                        r"fewer|less|lower|"
                        r"fell|fall\w*|drop\w*|declin\w*|only|low\w*)\b", re.IGNORECASE)


_AT_THE_NORTHERN_BORDER = re.compile(
    r"^(?:[^.;]*\b(?:took place|occurred|happened|were|was|stopped|encountered|apprehended|"
    r"caught))?\s*(?:\w+\s+){0,2}?(?:at|on|along|in|across)\s+(?:the\s+)?(?:northern|"
    r"canadian|u\.?s\.?-canada)\s+border\b", re.IGNORECASE)
_AT_THE_BORDER = re.compile(r"\b(?:took place|occurred|happened|were|tuvieron lugar|ocurri\w+|"
                            r"se registr\w+|fueron)\s+(?:\w+\s+){0,2}?(?:at|on|along|in|en)\s+"
                            r"(?:the\s+|la\s+)?(?:southwest(?:ern)?|southern|sur)\s+"
                            r"(?:land\s+)?(?:border|frontera)|\b(?:took place|occurred|tuvieron "
                            r"lugar|ocurri\w+)\s+en\s+la\s+frontera\s+(?:sur|suroeste)\b"
                            # Right after the share: "85 percent of them at the southwest
                            # border", "el 85 por ciento fueron atrapados en la frontera
                            # sudoeste", "el 93% de estos casos en la frontera sur" (not
                            # "of encounters at the southwest border": the whole).
                            r"|^\s*(?:[\d.,]+\s*(?:%|percent|per cent|por ciento))?"
                            r"\s*(?:of (?:them|those|these)\s+)?(?:were\s+)?(?:(?:encountered"
                            r"|apprehended|stopped|caught)\s+)?(?:at|along|on)\s+the\s+"
                            r"(?:southwest(?:ern)?|southern)\s+border\b"
                            r"|^\s*(?:[\d.,]+\s*(?:%|percent|per cent|por ciento))?"
                            r"\s*(?:de\s+(?:ellos|ellas|estos|estas|esos|esas)(?:\s+casos)?\s+)?"
                            r"(?:(?:fueron|se registraron|ocurrieron|tuvieron lugar)\s+"
                            r"(?:\w+\s+)?)?en\s+la\s+frontera\s+(?:sur|suroeste|sudoeste)\b"
                            # "el 60.3% de los migrantes … lo hicieron a través de la
                            # frontera sur": the way they came.
                            r"|\b(?:lo hicieron|did so|came|vinieron|llegaron)\s+(?:a través de|"
                            r"por|through|via|across)\s+(?:la\s+|the\s+)?(?:frontera\s+(?:sur|suroeste|"
                            r"sudoeste)|(?:southwest(?:ern)?|southern)\s+border)\b",
                            re.IGNORECASE)


_AT_PORTS = re.compile(r"\b(?:(?P<ports>(?:at|in|through)\s+(?:the\s+)?(?:official\s+)?"
                       r"ports?\s+of\s+entry)|between\s+(?:the\s+)?ports)", re.IGNORECASE)


# A share's whole, then what is said of its part: "percent of the Indian nationals
# encountered … were stopped at the northern border", "of them at the northern border".
_SAID_OF_THE_WHOLE = re.compile(
    r"^\s*(?:percent|per cent)?\s*(?:of|de)\s+(?:(?:them|those|these|ellos|ellas)\b|"
    r"[^.;]*?(?=\b(?:were|was|are|is|eran|fueron|son|crossed|came|arrived|entered|"
    r"presented|surrendered|turned themselves in)\b))(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL)


# A share's whole, named right after its figure: "22% of the 198,929 total land border
# encounters at the U.S.-Canada border", "more than half of all family unit apprehensions"
# (not "of them", nor "el 78% provenían de los países").
_OF_THE_WHOLE = re.compile(
    r"^(?:(?:more than|less than|nearly|almost|about|roughly|over|just over|más de|casi|"
    r"cerca de)\s+)?(?:\S*\d\S*(?:\s+(?:percent|per cent|por ciento))?|half|a third|"
    r"two-thirds|a quarter|three-quarters|la mitad|un tercio)\s+(?:of|de)\s+(?:the|all|los|"
    r"las|todos\s+los|todas\s+las)\b(?!\s+(?:them|those|these|ellos|ellas)\b)", re.IGNORECASE)
# A sector as the subject of a share: "the Rio Grande Valley Sector accounts for …".
_SECTOR_ACCOUNTS = re.compile(r"\b(?:sector|valley)?\s*(?:alone\s+)?(?:accounts?|accounted|"
                              r"made up|makes up|represents?|represented|comprised?|"
                              r"representa\w*|concentr\w+)\b", re.IGNORECASE)


# A sector, then the state it lies in: "the Rio Grande Valley in Texas", "el sector de
# Yuma en Arizona".
# ("Tucson, Arizona: presentó 31.129 casos": the sector, by its city and state.)
_SECTOR_IN_STATE = re.compile(r"\b(?P<s>" + lx.SECTOR_NAMES + r")(?:\s+(?:border\s+)?sectors?)?"
                              r"(?:\s+(?:in|of|en|de)\s+(?:(?:south|southern|west|western|far "
                              r"west|el sur de|el oeste de)\s+)?|(?P<comma>\s*,\s*))$",
                              re.IGNORECASE)
# A sector named as where a share's people crossed: "nearly two thirds of those crossed
# through the Rio Grande Valley".
_THROUGH_A_SECTOR = re.compile(r"\b(?:crossed|came|entered|arrived|were\s+(?:apprehended|caught|"
                               r"encountered|stopped)|cruzaron|entraron|llegaron|fueron\s+"
                               r"(?:detenidos|detenidas|aprehendidos|encontrados))\s+(?:\w+\s+)?"
                               r"(?:through|in|into|via|at|across|en|por)\s+(?:the\s+|el\s+)?"
                               r"(?:sector\s+(?:de(?:l)?\s+)?)?$", re.IGNORECASE)


def _share_group(after: str, before: str, *, bracketed: bool = False) -> dict[str, list[str]]:
    """The group a percentage is a share of: the nationality, family status or Title 42
    named right after it ("29.3% del total, seguidos por Ecuador (9.6%)": Venezuela is
    before), or before it. "Followed by" moves on to the next share's ("44.93 por ciento
    fueron mexicanos, seguidos de centroamericanos, con 21.98 por ciento"). A percentage in
    brackets is of what the brackets follow ("family units (24%) and unaccompanied
    children (11%)")."""
    after = _NEXT_IN_LIST.split(after, maxsplit=1)[0]
    before = _NEXT_IN_LIST.split(before)[-1]
    # What "of the …" names right after the figure is the whole ("the Rio Grande Valley
    # Sector accounts for more than half of all family unit apprehensions"): a group named
    # before comes first.
    whole_after = not bracketed and bool(_OF_THE_WHOLE.match(after))
    for text in ((before, after) if bracketed or whole_after else (after, before)):
        group: dict[str, list[str]] = {}
        nats = [n for n in lx.nationalities(text) if n != "USA"]
        if not nats and bracketed and text is before and (
                named := _NAME_THEN_BRACKET.search(text)):
            # "Venezuela (63%), Ecuador (11%), Haiti (9%)": the country the brackets follow.
            nats = [c for c in [lx.nationality_of(named.group("name").strip())] if c]
        # "Those coming from countries other than Mexico make up … about 63 percent": all
        # but that group.
        left = _left_out(text) + ["MEX" for _ in _OTM.finditer(text)]
        if left:
            group["citizenship"] = [EXCLUDED + n for n in dict.fromkeys(left)]
        elif nats:
            group["citizenship"] = nats
        for pattern, dim, value in lx.POPULATIONS:
            if pattern.search(text):
                group.setdefault(dim, []).append(value)
        if demographics := group.get("demographic"):
            # ("Children and families": the unaccompanied and the families.)
            group["demographic"] = [v for v in demographics if v != "Children"] if \
                "UAC" in demographics else demographics
        if _TITLE_42.search(text) or re.search(r"expul", text, re.IGNORECASE):
            group["authority"] = ["Title 42"]
        if _AT_PORTS.search(text):
            # "Encounters at ports of entry made up 28 percent of the southwest border
            # total": the ports' component as a share of all CBP's at the border.
            group["component"] = ["OFO" if _AT_PORTS.search(text).group("ports") else "USBP"]
        if _AT_THE_NORTHERN_BORDER.search(text):
            # "… were stopped at the northern border", "of them at the northern border": a
            # share of the nationwide count.
            group["region"] = ["Northern Land Border"]
        elif _AT_THE_BORDER.search(text):
            # "49% de las detenciones de la CBP tuvieron lugar en la frontera sur": a share
            # of the nationwide count.
            group["region"] = ["Southwest Land Border"]
        if not group and text is after and (sectors := [
                x for m in _SECTOR_WORD.finditer(text) if (x := lx.sector_of(m.group(0))) and
                _THROUGH_A_SECTOR.search(text, 0, m.start())]):
            # "Nearly two thirds of those crossed through the Rio Grande Valley": the
            # sector's part of the whole named before.
            group["sector"] = list(dict.fromkeys(sectors))
        if not group and text is before and (sectors := [
                x for m in lx.SECTOR_RE.finditer(text) if (x := lx.sector_named(m)) and
                _SECTOR_ACCOUNTS.match(text, m.end())]):
            # "The Rio Grande Valley Sector accounts for more than half of all family unit
            # apprehensions": the sector's part of the whole.
            group["sector"] = list(dict.fromkeys(sectors))
        if "region" in group and ("citizenship" in group or "demographic" in group):
            # "Indian nationals … at the northern border …, representing roughly 22%": the
            # border is where both were counted, the whole's as much as the part's.
            del group["region"]
        if group:
            return group
    return {}


# "A principios de", "in early", "a finales de": a time within a month, when something was said.
_EARLY_IN = re.compile(r"\b(?:" + _PART_OF_MONTH_WORDS + r")[- ]?\s*$", re.IGNORECASE)
# What a share's part was, said in the clause after its own: "… — 92,274 — were expelled".
_PART_SAID_AFTER = re.compile(r"[\s—–,(-]*(?:\d[\d.,]*\s*[—–)-]+\s*)?(?:were|was|had been|"
                              r"have been|got|fueron|eran|"
                              r"han sido|habían sido)\s[^.;]*", re.IGNORECASE)
# A percentage higher or lower with nothing after it: "was 74 percent higher."
_PERCENT_HIGHER = re.compile(
    r"\s*(?:(?:%|percent|per cent|por ciento)\s+)?(?P<dir>higher|lower|greater|smaller|mayor|menor|"
    r"superior|inferior|más\s+alt[oa]s?|más\s+baj[oa]s?)\b(?=\s*(?:[.;,)]|$))", re.IGNORECASE)
# An outcome a share of a group ended in: "ended in", "resulted in", "concluyen con".
_ENDED_IN = re.compile(r"\b(?:ended|end|ending|resulted|result|concluyen|concluyeron|"
                       r"terminaron|terminan|acabaron|acaban)\s+(?:in|with|en|con)\b",
                       re.IGNORECASE)


# Where a list of shares moves on to its next item.
# ("El 78% provenían del Triángulo Norte y los demás eran mexicanos": the rest are another
# share's.)
_NEXT_IN_LIST = re.compile(r"\b(?:followed by|seguid[oa]s? (?:de|por)|the (?:rest|remainder|"
                           r"others)|l[oa]s demás|el resto)\b", re.IGNORECASE)


_CHANGE_NOUN = re.compile(
    r"^\s*(?:(?:one|single|1)[- ]month\s+|monthly\s+|mensual\s+)?(?:(?P<down>dips?|drops?|"
    r"declines?|falls?|decreases?|plunges?|ca[ií]das?|descensos?|disminuci[oó]n(?:es)?|"
    r"bajas?)|(?P<up>increases?|jumps?|rises?|surges?|spikes?|aumentos?|alzas?|"
    r"incrementos?|repuntes?))\b", re.IGNORECASE)


_RANK_ORDINAL = re.compile(
    r"\b(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|"
    r"th)|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|séptim[oa]|octav[oa]|noven[oa]|"
    r"décim[oa])[\s-]+(?:(?:highest|largest|biggest|busiest|lowest|smallest|most|fewest|"
    r"best)\b|"
    r"(?:(?:cifra|mes|año|nivel)\s+)?(?:más\s+(?:alt|baj)\w+|mayor\w*|menor\w*)|"
    # ("el segundo lugar", "el tercer país": a place among groups)
    r"(?:lugar|puesto|país|sector|nacionalidad)\b)", re.IGNORECASE)


def _rank_ordinal(words: str) -> int | None:
    """"The sixth highest", "the 2nd-busiest", "la segunda cifra más alta": the rank claimed."""
    found = list(_RANK_ORDINAL.finditer(words))
    if not found:
        return None
    m = found[-1]
    word = m.group("ord").lower()
    digits = re.match(r"\d+", word)
    return int(digits.group(0)) if digits else lx.ORDINALS.get(word)


def _ranked_change(after: str) -> str | None:
    """"The biggest dip", "el mayor aumento mensual": a record of a change, its direction."""
    m = _CHANGE_NOUN.match(after)
    return None if m is None else ("down" if m.group("down") else "up")


# A relative clause that hangs on the word before it ("August, which itself saw …").
# "de 2019, un año que registró el mayor número de detenciones desde 2007", "in 2019, a
# year that saw …": an apposition on the period before.
_A_YEAR_THAT = re.compile(r"\s*(?:a|an|the|un|una|el|la)\s+(?:(?:fiscal\s+)?year|month|"
                          r"año(?:\s+fiscal)?|mes)\s+(?:that|which|when|in which|que|"
                          r"en (?:el )?que|cuando)\b", re.IGNORECASE)
_WHICH = re.compile(r"\s*(?:which|when|whose|que|cuando|el cual|la cual|cuy[oa]s?|"
                    r"mes en (?:el )?que)\b|" + _A_YEAR_THAT.pattern, re.IGNORECASE)
_FOLLOWING_A_MOVE = re.compile(
    r"[\s,]*(?:\w+\s+){0,3}?(?:following|after|tras|después de)\s+(?:(?:a|an|the|un|una|el|"
    r"la)\s+)?(?:\w+\s+){0,2}?(?:declines?|drops?|falls?|decreases?|dips?|increases?|rises?|"
    r"jumps?|caídas?|descensos?|bajas?|aumentos?|alzas?|repuntes?)(?:\s+\w+){0,2}?\s+(?:in|en)\s+"
    r"(?:" + MONTH_NAMES + r")\b", re.IGNORECASE)


# A clause that moves on to another subject: ", where …", ", en donde …", ", while …".
_MOVES_ON = re.compile(r"[,;]\s*(?:where|whereas|while|en donde|donde|mientras)\b",
                       re.IGNORECASE)


# What a run was of, said after it: "… years in which", "… meses en los que".
_RUN_OF_WHAT = re.compile(r"\s+(?:in which|during which|when|en (?:los|las) que|en que|"
                          r"durante (?:los|las) cuales)\b", re.IGNORECASE)


def _streak(make, clause: str, m: re.Match, counts: list[Quantity], lead: str = "",
            rest: str = "") -> Claim:
    """A streak claim: its length, unit and direction, from the words around it; ``lead``
    is the sentence before the clause, whose verb a clause with none of its own carries
    ("Encounters declined in July, the fifth month in a row"); ``rest`` is the sentence
    from the clause on, whose bound a clause that opens the sentence with no verb of its
    own takes ("In each month since February 2021, the first full month of the Biden
    Administration, CBP has had more than 100,000 encounters")."""
    word = (m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n6")
            or "").lower()
    digits = re.match(r"\d+", word)
    n = int(digits.group(0)) if digits else (lx.number_word(word) or 0)
    unit = (m.group("unit") or m.group("unit2") or m.group("unit3") or m.group("unit4")
            or m.group("unit5") or m.group("unit6") or "month").lower()
    unit = "month" if unit.startswith("mes") else unit
    ordinal = bool(re.search(r"\d(?:st|nd|rd|th|º|°|o)$", word)) or lx.is_ordinal(word)
    # "The third consecutive month of increased apprehensions following a brief decline in
    # January": the month named is the one the run followed, not its last, and its move is
    # not the run's.
    follows = bool(_FOLLOWING_A_MOVE.match(clause[m.end():]))
    if follows:
        clause = clause[:m.end()]
    # ("More than 100,000 encounters every month since February": a figure per month is
    # each month's bound, as a count is.)
    # (Not a figure past a clause that moves on: "July was the second straight month of
    # decline in the El Paso Sector, where agents have made more than 179,940 apprehensions
    # in 2022" is a run of declines.)
    cut = _MOVES_ON.search(clause, m.end())
    end = cut.start() if cut else len(clause)
    # ("The third consecutive month of enforcement actions surpassing 60,000": a figure
    # the words say was passed is a bound too.)
    passed = {id(q) for q in counts if _SURPASSED.search(clause, 0, q.start)}
    bounds = [q for q in counts if (q.hedge or id(q) in passed) and q.start < end and (
        q.role == "count" or q.role == "rate" and q.per == unit)]
    # The bound the run's own words give comes first: "September, which totaled more than
    # 192,000 and marked the fifth straight month above 180,000".
    threshold = next((q for q in bounds if m.start() <= q.start <= m.end() + 30),
                     bounds[0] if bounds else None)
    if threshold is None and not counts and not lead.strip() and not (
            lx.STREAK_DOWN.search(clause) or lx.STREAK_UP.search(clause)):
        cut = _MOVES_ON.search(rest, len(clause))
        threshold = next((q for q in quantities(rest[:cut.start() if cut else len(rest)])
                          if q.kind == "count" and q.hedge and q.start >= len(clause) and (
                              q.role == "count" or q.role == "rate" and q.per == unit)), None)
    # "Fell sharply in June …, ending a streak of four straight monthly increases": the
    # run's own word says which way it ran, whatever the clause's verb.
    own = clause[m.start():min(end, m.end() + 30)]
    own_down, own_up = lx.STREAK_DOWN.search(own), lx.STREAK_UP.search(own)
    if _RECORD_RUN.search(clause):
        # "The third consecutive month that a record was set", "un récord por segundo año
        # consecutivo": a run of records, each above every period before it.
        direction = "record"
        threshold = None
    elif threshold is not None and (threshold.hedge in ("more_than", "at_least", "just_over")
                                    or id(threshold) in passed):
        direction = "above"
    elif threshold is not None and threshold.hedge in ("less_than", "at_most"):
        direction = "below"
    elif bool(own_down) != bool(own_up):
        direction = "down" if own_down else "up"
    elif lx.STREAK_DOWN.search(clause):
        direction = "down"
    elif lx.STREAK_UP.search(clause):
        direction = "up"
    elif (verbs := [(v.end(), d) for pattern, d in ((lx.STREAK_DOWN, "down"),
                                                     (lx.STREAK_UP, "up"))
                    for v in pattern.finditer(lead)]) and threshold is None:
        direction = max(verbs)[1]  # the verb nearest before the clause
    elif threshold is not None and lx.STREAK_ABOVE.search(clause):
        direction = "above"
    elif lx.STREAK_BELOW.search(clause):
        direction = "down"
    elif threshold is None and _RUN_OF_WHAT.match(clause, m.end()):
        # "seven consecutive years in which the Tucson sector led the nation": the run is
        # of what the words after it say, no rise, fall or bound.
        direction = "unsaid"
    else:
        direction = "up"
    since = lx.MONTH_NUMBERS.get((m.group("since") or "").lower())
    # "After three months of decline", "podría poner fin a una racha de cinco meses": the
    # run ended the month before the one named.
    before = bool(re.search(r"\b(?:after|following|tras|después de|(?:poner|puso|pone|pondría)"
                            r"\s+fin\s+a|end(?:ed|ing|s)?|snap(?:ped|ping|s)?|break(?:ing|s)?|"
                            r"broke)\s+(?:the\s+|a\s+|l[oa]s\s+|una\s+|un\s+)?(?:(?:racha|"
                            r"streak|run|stretch|string|series|serie)\s+(?:de\s+|of\s+)?)?$",
                            clause[:m.start()], re.IGNORECASE))
    return make("streak", streak_before=before, streak_follows=follows,
                quantity=threshold if direction in ("above", "below") else None,
                anchor=m.start(), change_words=m.group(0), trend=direction, streak_n=n,
                streak_unit="year" if unit.startswith(("year", "año", "fiscal", "annual"))
                else "month",
                streak_ordinal=ordinal, streak_since=since)


# A run of records: "the third consecutive month that a record was set", "a record for the
# second year in a row", "un récord por segundo año consecutivo".
_RECORD_RUN = re.compile(
    r"\b(?:record|récord)s?\b[^.;\d]{0,30}?\b(?:for|por)\s+(?:the\s+|el\s+)?(?:\w+\s+)?"
    r"(?:consecutive|straight|consecutiv[oa]|seguid[oa])\s+(?:month|year|mes|año)|"
    r"\b(?:consecutive|straight)\s+(?:month|year)s?\s+(?:that|in which|with|of)\s+(?:a\s+)?"
    r"(?:new\s+)?record|\b(?:mes|año)(?:es|s)?\s+(?:consecutiv|seguid)\w*\s+(?:con|en (?:el )?"
    r"que)\s+(?:se\s+)?(?:\w+\s+)?(?:un\s+)?(?:nuevo\s+)?récord|\b(?:straight|consecutive)\s+"
    r"record\s+(?:month|year)|\brécords?\b[^.;\d]{0,30}?\bpor\s+(?:el\s+)?\w+\s+(?:mes|año)\s+"
    r"(?:consecutiv|seguid)\w*", re.IGNORECASE)
# Words that leave a nationality out of a figure ("not counting Mexican nationals",
# "non-Mexican", "sin contar a los mexicanos").
# The words that leave something out: "other than", "except for", "sin contar".
_LEAVE_OUT_WORDS = (r"not counting|excluding|other than|apart from|aside from|"
                    r"(?:from\s+)?outside(?:\s+of)?|de\s+fuera\s+de|except(?: for)?|"
                    r"with the exception of|(?:a|con) excepción de|sin contar(?: a)?|"
                    r"excluyendo(?: a)?|excepto|salvo|sin incluir(?: a)?")
_LEAVING_OUT = re.compile(r"(?:\b(?:" + _LEAVE_OUT_WORDS + r")\s+(?:the\s+|los\s+|las\s+|"
                          r"a\s+los\s+)?|"
                          r"\bnon-|\bno\s+(?:eran\s+|son\s+|fueron\s+)?(?=\w+n[oa]s\b)|"
                          # "Sólo 9 mil no eran mexicanos", "9,000 were not Mexican"
                          r"\b(?:were|are)\s+not\s+(?=\w+ans?\b)|"
                          # "Migrants who are not from Mexico or the 'Northern Triangle'"
                          r"\b(?:who|that|they)\s+(?:were|are)\s+not\s+from\s+(?:the\s+)?|"
                          # "Migrants from places beyond Mexico, El Salvador, Guatemala and
                          # Honduras"
                          r"\bfrom\s+(?:(?:places|countries|nations)\s+)?beyond\s+(?:the\s+)?)"
                          r"(?P<who>[\w-]+)", re.IGNORECASE)
# A group and all but it together: "Mexican and non-Mexican", "mexicanos y no mexicanos".
_BOTH_SIDES = re.compile(r"\b(?P<n>[^\W\d_]{4,})s?\s+(?:and|or|y|e|o)\s+(?:non-?\s*|no\s+)"
                         r"(?P=n)", re.IGNORECASE)
# Border Patrol's word for everyone but Mexicans: "other than Mexicans", "OTMs".
_OTM = re.compile(r"\bOTMs?\b")


def _left_out(text: str) -> list[str]:
    """The nationalities ``text`` leaves out ("not counting Mexican nationals", "other than
    Mexico", "no eran mexicanos")."""
    out: list[str] = []
    for m in _LEAVING_OUT.finditer(text):
        # "From outside Mexico and northern Central America": every country of the
        # phrase, up to where the sentence goes on.
        phrase = _PHRASE_END.split(text[m.start("who"):], maxsplit=1)[0]
        # ("Other than Mexico, Guatemala, Honduras and El Salvador": a list of countries
        # runs on past its commas.)
        at = m.start("who") + len(phrase)
        while (more := _MORE_COUNTRIES.match(text, at)) is not None and (
                lx.nationalities(more.group("next")) or any(
                    lx.nationality_of(part.strip()) for part in
                    re.split(r"\s+(?:and|or|y|e|o)\s+", more.group("next")))):
            phrase += " and " + more.group("next")
            at = more.end()
        # ("El Salvador" keeps its article.)
        alone = [lx.nationality_of(part.strip()) or lx.nationality_of(re.sub(
            r"^(?:the|los|las|el|la)\s+", "", part.strip(), flags=re.IGNORECASE))
                 for part in re.split(r"\s+(?:and|or|y|e|o)\s+", phrase)]
        named = [n for n in dict.fromkeys([*alone, *lx.nationalities(phrase)])
                 if n and n != "USA"]
        code = lx.nationality_of(m.group("who"))
        out += named or ([code] if code else [])
    return out


# People "from nations other than …", "de países distintos de …": all but those.
_FROM_OTHER_NATIONS = re.compile(r"\b(?:from|de)\s+(?:all\s+)?(?:nations|countries|países)\s+"
                                 r"(?:other than|outside(?: of)?|besides|distintos de|fuera de)"
                                 r"\b", re.IGNORECASE)
# A country more in a list, after its comma: ", Guatemala", ", and El Salvador".
_MORE_COUNTRIES = re.compile(r",\s*(?:and\s+|or\s+|y\s+|e\s+|o\s+)?(?P<next>(?:[A-ZÁÉÍÓÚ][\w-]*"
                             r"\s*)+?(?:(?:and|or|y|e|o)\s+(?:[A-ZÁÉÍÓÚ][\w-]*\s*)+)?)(?=[,;:.—–]|"
                             r"\s+[a-záéíóú]|$)")
_PHRASE_END = re.compile(r"[,;:.]|\s(?:accounted|made|make|were|was|are|is|represent\w*|"
                         r"constitu\w+|fueron|eran|son|sumaron|had|have|rose|fell)\b",
                         re.IGNORECASE)


def _left_out_beside(clause: str, q: Quantity, own: str) -> list[str]:
    """The nationalities a figure leaves out, said within a few words of it ("70,226 other
    than Mexican illegal aliens", "159,103 OTMs"), not the country whose series it is."""
    near = [m for m in (*_LEAVING_OUT.finditer(clause), *_OTM.finditer(clause))
            if abs(m.start() - q.end) < 40 or abs(q.start - m.end()) < 40]
    codes = [lx.nationality_of(m.group("who")) if m.re is _LEAVING_OUT else "MEX"
             for m in near]
    return [c for c in dict.fromkeys(codes) if c and c not in ("USA", own)]


_MIGRATION_OF = re.compile(r"\b(?P<a>\w+)\s+migration\b|\bmigraci[oó]n\s+(?P<b>\w+)",
                           re.IGNORECASE)
# "The sector", "this sector", "el sector", "dicho sector": one named before.
# (Not the river: "las heladas aguas del Río Bravo" is no Del Rio sector.)
_SECTOR_NAME = gated(r"\b(?:" + lx.SECTOR_NAMES + r")\b(?!\s+(?:bravo|grande)\b)",
                     re.IGNORECASE)
_THE_SECTOR = re.compile(r"\b(?:(?:the|this|that|el|este|ese|dicho|del|al)\s+sector\b"
                         r"(?!\s+(?:de|del|of)\b)|(?:this|that|esta|esa|dicha)\s+"
                         r"(?:region|area|región|zona|área)\b)", re.IGNORECASE)
_COMPATRIOTS = re.compile(r"\b(?:compatriots?|fellow (?:citizens|nationals)|compatriotas?|"
                          r"connacionales?|(?:of\s+)?(?:that|this|the same) nationality|"
                          r"(?:de\s+)?(?:esa|esta|dicha|la misma) nacionalidad)\b", re.IGNORECASE)
# People "from those countries", "provenientes de ese país": the countries the text just
# named. (Not "ese país" as a place: "llegaron a ese país".)
_FROM_THOSE_COUNTRIES = re.compile(
    r"\b(?:provenientes|procedentes|originari[oa]s|oriund[oa]s|nacionales|ciudadan[oa]s|"
    r"migrantes|personas|inmigrantes|arrests|arrestos|detenciones|citizens|nationals|"
    r"migrants|people|immigrants|encounters)\s+(?:from|of|de|desde)\s+(?:ese|esos|dicho|"
    r"dichos|estos|aquel|aquellos|those|these|that)\s+(?:país|países|countries|country|"
    r"nations|nación|naciones)\b", re.IGNORECASE)
_OF_THEM = re.compile(r"\b(?:of them|of whom|of which|among them|including|de ellos|de ellas|"
                      r"de los cuales|de las cuales|entre ell[oa]s|entre l[oa]s cuales|"
                      r"inclu(?:id[oa]s?|yendo))\b", re.IGNORECASE)
# A part of a figure said after it, with what the part were: "y más de la mitad eran
# venezolanos", "and nearly two-thirds were single adults".
_PART_WERE = re.compile(r"(?:,|\b(?:y|and))\s+(?:(?:más de|more than|casi|nearly|almost|over|"
                        r"about|around)\s+)?(?:la mitad|half|two[- ]thirds|a third|un tercio|"
                        r"dos tercios|three[- ]quarters|tres cuartas partes|la mayoría|most|"
                        r"the majority|\d[\d.,]*\s*(?:%|percent|por ciento))(?:\s+(?:de ellos|"
                        r"de ellas|of them|of those))?\s+(?:eran|were|fueron|son|are)\b|"
                        r",\s+" + lx.PART_SET_OFF, re.IGNORECASE)
_SPACES = re.compile(r"\s*")
# A figure that is the whole of the one before it: "7,536 of the 38,347 migrants",
# "8,300 out of 10,000", "1,200 de los 5,000 detenidos".
# ("más del 40% de las 335 mil aprehensiones realizadas en toda la frontera": a share's
# whole, as a count's.)
_PART_BEFORE = re.compile(r"\d[\d,.]*(?:\s*(?:%|percent|per cent|por ciento))?\s+"
                          r"(?:(?:\w+\s+){0,2}?(?:of|out of)\s+"
                          r"(?:the\s+|a total of\s+|all\s+)?|"
                          r"(?:\w+\s+){0,2}?(?:de|del total de)\s+(?:los|las|un total de)\s+)$",
                          re.IGNORECASE)


_COPULA = re.compile(r"\b(?:were|was|are|is|eran|son|fueron|era|es)\b", re.IGNORECASE)
# The whole right after a part: "of the nearly 397,000", "de los 5,000".
_WHOLE_AFTER = re.compile(r"\s+(?:(?:out\s+)?of|de)\s+(?:the\s+|l[oa]s\s+|a total of\s+|all\s+)?"
                          r"(?:(?:nearly|about|some|almost|roughly|more than|over|casi|unos|"
                          r"unas|más de)\s+)?\d[\d,.]*", re.IGNORECASE)


# A whole named first, at the head of its clause, its part to follow: "Del total de
# 1,23 millones …, 361 mil 203 …", "De los 520 mil migrantes que cruzaron …, 328 mil …".
_WHOLE_FIRST = re.compile(r"(?:^|[,;:]\s*|\.\s+)(?:del total de|de (?:un total de|l[oa]s)|"
                          r"out of|of (?:the|all)(?: the)?)\s+(?:(?:casi|más de|unos|unas|"
                          r"cerca de|alrededor de|nearly|about|more than|some|almost|over)\s+)?$",
                          re.IGNORECASE)


# A sentence that opens on its whole: "Of the 2.05 million migrants …, 579,000 were …",
# "De los 227.547 encuentros …, el 19% …".
_WHOLE_OPENS = re.compile(r"^\W*(?:of|out of|de)\s+(?:the|those|these|all|l[oa]s|las)\s+"
                          r"(?:(?:nearly|about|some|almost|roughly|more than|over|casi|unos|"
                          r"unas|más de)\s+)?$", re.IGNORECASE)


def _keep_groups_named_in(claim: Claim, words: str) -> None:
    """Drop the groups (nationality, sector, state, population) ``words`` do not name."""
    keep: dict[str, list[str]] = {}
    nats = lx.nationalities(words)
    if nats and claim.filters.get("citizenship"):
        keep["citizenship"] = [n for n in claim.filters["citizenship"] if n in nats] or nats
    for pattern, dim, value in lx.POPULATIONS:
        if value in claim.filters.get(dim, []) and pattern.search(words):
            keep.setdefault(dim, []).append(value)
    for m in lx.SECTOR_RE.finditer(words):
        if sector := lx.sector_named(m):
            keep.setdefault("sector", []).append(sector)
    for dim in ("citizenship", "sector", "state", *{d for _, d, _ in lx.POPULATIONS}):
        if dim in claim.filters and dim not in keep:
            del claim.filters[dim]
        elif dim in keep:
            claim.filters[dim] = keep[dim]


_BRINGING_THE_TOTAL = re.compile(r"\b(?:bringing|brings|brought|raising|pushing|taking)\s+"
                                 r"(?:the\s+)?(?:total|overall|combined|cumulative)\b|"
                                 r"\b(?:elevando|llevando)\s+(?:el|la)\s+(?:total|cifra total)\b",
                                 re.IGNORECASE)


def _whole_of_a_part(claim: Claim, offset: int, sentence: str) -> None:
    """"Rio Grande Valley Sector agents apprehended 7,536 of the 38,347 migrants": the
    whole keeps only the groups named after it; the sector, nationality or family status
    named before the part is the part's."""
    q = claim.quantity
    if claim.kind != "total" or q is None or q.kind != "count":
        return
    before = sentence[max(0, offset + q.start - 60):offset + q.start]
    if (part := _PART_BEFORE.search(before)) is not None:
        claim.own_from = max(0, offset + q.start - 60) + part.start()  # the whole after
    if _WHOLE_OPENS.search(sentence[:offset + q.start]):
        # "Of the 2.05 million migrants … in fiscal 2023, about 579,000 were Mexican": the
        # whole the sentence opens with keeps only the groups named before its comma.
        own = sentence[offset + q.end:]
        own = own[:m.start()] if (m := re.search(r",|;|:", own)) else own
        _keep_groups_named_in(claim, own)
        return
    after = sentence[offset + q.end:]
    after = after[:m.start()] if (m := re.search(r"[;:]|,\s+(?:and|but|while|y|pero)\b",
                                                  after)) else after
    # "… 107,000 of the nearly 397,000 individuals apprehended … were classified as family
    # units": what follows the verb is said of the part.
    verb = _COPULA.search(after)
    at = offset + q.start
    if _WHOLE_FIRST.search(sentence[:at]):  # (the start of the sentence, not of a window)
        # "Del total de 1,23 millones de eventos registrados en 2024, 361 mil 203
        # correspondieron a venezolanos": the whole comes first; only the words between it
        # and the part's figure describe it.
        part = next((c for c in _counts(sentence) if c.start > offset + q.end), None)
        if part is not None:
            after = sentence[offset + q.end:part.start]
            verb = None
    elif not _PART_BEFORE.search(sentence[max(0, at - 60):at]):
        whole = _WHOLE_AFTER.match(after)
        said = after[whole.end():] if whole else ""
        if whole and (verb := _COPULA.search(said)):
            for pattern, dim, value in lx.POPULATIONS:
                if pattern.search(said[verb.end():]) and value not in claim.filters.get(
                        dim, []):
                    claim.filters.setdefault(dim, []).append(value)
        return
    if verb:
        after = after[:verb.start()]
    _keep_groups_named_in(claim, after)


# "104,000 of the border crossers were expelled", "30 mil de ellos fueron deportados".
_PART_PREDICATE = re.compile(
    r"\s+(?:of|de)\s+(?:the|those|these|them|los|las|ellos|ellas|estos|estas)\b[^.;:]{0,50}?"
    r"\b(?:were|was|have been|had been|got|fueron|han sido|habían sido|resultaron)\s+",
    re.IGNORECASE)
# Expulsions named as one of what encounters are: "(apprehensions or expulsions)",
# "apprehended, deemed inadmissible or processed for expulsion".
_EXPULSIONS_AMONG_OTHERS = re.compile(
    r"\b(?:apprehen\w+|inadmissib\w+|aprehen\w+|detenid\w+|detenci\w+|inadmisib\w+)"
    r"[^.;()]{0,40}?\b(?:or|and|y|o)\s+(?:(?:processed|procesad[oa]s)\s+(?:for|para)\s+"
    r"(?:su\s+)?)?(?:expulsions?|expelled|expulsi[oó]n\w*|expulsad\w+)", re.IGNORECASE)
# Family statuses only CBP's tables split (Mexico and Panama count minors, not these).
_CBP_STATUSES = ("FMUA", "UAC", "Single Adults", "Accompanied Minors")
# A subject pointing back to people named before: "they represented …", "ellos fueron …".
_THEY = re.compile(r"(?:^|[,;]\s*|\b(?:however|but|and|while|when|pero|y|cuando),?\s+)(?:they|"
                   r"ellos|ellas)\b", re.IGNORECASE)


@lru_cache(maxsize=32)  # asked once for a sentence's gate and once per claim read
def _counted_by_status(sentence: str) -> bool:
    """Whether a sentence that names nothing counted names a family status only the US
    border series count ("Unaccompanied minors grew by 24%, totaling 18,962 in July"), and
    no other country's place or authority."""
    return any(value in _CBP_STATUSES and pattern.search(sentence)
               for pattern, _, value in lx.POPULATIONS) and not any(
        pattern.search(sentence) for pattern, _ in lx.CORRIDOR_CUES)
_REPORTED_THAT = re.compile(r"\b(?:revealed|reported|said|announced|noted|found|showed|"
                            r"reveló|informó|dijo|anunció|señaló)\s+(?:\w+\s+)?(?:that|que)\b",
                            re.IGNORECASE)
# A change from one month to another: "a 17 percent decrease from May to June".
_MONTH_TO_MONTH = gated(rf"\b(?:from|de|between|entre)\s+(?:{MONTH_NAMES})\s+(?:to|a|and|y)\s+"
                        rf"(?:{MONTH_NAMES})\b", re.IGNORECASE)
# A seasonal pattern: "rose from July to August in eight of the last 10 years", "May-to-June
# declines occurred in nine of the last 10 years", "subieron de julio a agosto en ocho de
# los últimos diez años".
_SEASONAL = gated(
    rf"\b(?:(?P<dir>rose|increased|grew|climbed|went up|fell|declined|dropped|decreased|went "
    rf"down|subieron|aumentaron|crecieron|bajaron|cayeron|disminuyeron)\s+(?:from|de)\s+"
    rf"(?P<m1>{MONTH_NAMES})\.?\s+(?:to|a)\s+(?P<m2>{MONTH_NAMES})\.?|"
    rf"(?P<m1b>{MONTH_NAMES})[- ]to[- ](?P<m2b>{MONTH_NAMES})\s+(?P<dir2>declines|"
    rf"decreases|drops|falls|increases|rises|gains)(?:\s+(?:have\s+|has\s+)?(?:occurred|"
    rf"happened|came))?)\s+(?:in|en)\s+(?P<n>{COUNT_RE})\s+(?:of|de)\s+(?:the|los)\s+"
    rf"(?:last|past|previous|últimos)\s+(?P<of>{COUNT_RE})\s+(?:years|años)\b",
    re.IGNORECASE)


# A Border Patrol station, the level below the sector: "the Willcox Station of the U.S.
# Border Patrol", "the Nogales station" (not a police, bus or radio station).
_STATION = gated(r"\b(?P<name>(?:[A-Z][a-z]+\s+){1,2}?)(?:Border Patrol\s+)?[Ss]tation\b")
_NOT_STATIONS = {"police", "gas", "union", "space", "radio", "fire", "train", "bus", "power",
                 "television", "weather", "polling", "ranger", "naval", "air", "research",
                 "pumping", "subway", "metro", "amtrak", "greyhound", "relay", "rest", "water",
                 "aid", "rescue", "news", "filling", "service", "comfort", "way", "duty"}


def _station_named(text: str) -> str | None:
    for m in _STATION.finditer(text):
        name = re.sub(r"^(?:The|A|An|This|That|Each|Every)\s+", "", m.group("name").strip())
        words = name.lower().split()
        if words and not set(words) & _NOT_STATIONS and words[-1] not in (
                "patrol", "sector", "the", "a"):
            return name
    return None


# A sentence that opens by pointing back to what the one before stated: "Esto representa
# una disminución …", "That is a 40 percent drop".
_THIS_IS = re.compile(r"\W*(?:(?:esto|eso|ello|lo que|lo cual|this|that)\s+(?:representa|"
                      r"represents|significa|means|supone|equivale|implica|amounts|marks|is|"
                      r"was|fue|es)|that['’]s)\b", re.IGNORECASE)
# A change set right beside a level, as its apposition: "… 4,733 apprehensions, a more than
# 2,100 percent rise".
_SET_BESIDE_LEVEL = re.compile(r"\s+[^\W\d_][^,;.\d]{0,40},\s*(?:a|an|un|una)\s+(?:(?:more than|"
                               r"over|nearly|almost|about|roughly|más de|casi|cerca de)\s+)?",
                               re.IGNORECASE)
_FROM_COLOMBIA = re.compile(r"\b(?:desde|from|de|entre) colombia\b", re.IGNORECASE)
# "Migrants entering from Mexico", "cruzar a Estados Unidos desde México": where the border
# was crossed from, not who crossed it.
_FROM_MEXICO = re.compile(
    r"(?:\b(?:enter(?:ing|ed|s)?|cross(?:ing|ed|es)?|com(?:ing|es?)|came|illegally)\s+(?:(?:into|"
    r"in)\s+(?:the\s+)?(?:u\.?s\.?|united states|this country)\s+)?from\s+mexico\b|"
    r"\b(?:entrar|cruzar|ingresar|cruzaron|entraron|ingresaron|cruzan|entran)\s+(?:a\s+"
    r"(?:ee\.?\s?uu\.?|estados unidos)\s+)?desde\s+méxico\b)"
    # (Not "entering from Mexico and northern Central America": origins listed.)
    r"(?!\s*(?:,|and|y|or|o)\s+(?:\w+\s+){0,2}(?:central america|centroam[eé]rica|"
    r"guatemala|honduras|el salvador|the northern triangle|el tri[aá]ngulo norte))",
    re.IGNORECASE)


def _describe(claim: Claim, clause: str, offset: int, sentence: str,
              sentence_topic: lx.Topic | None, context: _Context,
              previous: Claim | None) -> None:
    """Say what the claim counts: topic, place, actor, population, and the words that
    change its reading (calendar or fiscal, a projection, "ever", per day)."""
    cross = claim.versus is not None
    if cross:
        topic, others = claim.topic, []
    else:
        topic, others = _nearest_topic(clause, claim.anchor)
        q = claim.quantity
        part = _PART_PREDICATE.match(clause, q.end) if q is not None and claim.kind in (
            "total", "rate") else None
        if part is not None:
            # "Nearly 104,000 of the border crossers were expelled": the figure counts what
            # the predicate says of the part, not the whole it is of.
            told, _ = _nearest_topic(clause[part.end():], 0)
            if told is not None and told.measures:
                topic, others = told, [t for t in [topic, *others] if t is not told]
        gotaways = TOPIC["gotaways"]
        own_words = _own_words(claim, offset, sentence) if q is not None else ""
        got = gotaways.pattern.search(own_words)
        if topic is not None and topic is not gotaways and got is not None and not \
                _left_out_before(own_words, got.start()):
            # "194,000 migrants have illegally crossed into the U.S. without being
            # apprehended": those who got away, whatever verb stands nearer the figure.
            topic, others = gotaways, [topic, *others]
    if topic is not None and topic.id in ("removals", "apprehensions", "encounters") and \
            _UNDER_THIS_POLICY.search(clause) and 0 < context.at <= len(
                context.sentences) and _TITLE_42.search(
                context.sentences[context.at - 1].text) and not _TITLE_42.search(sentence):
        # "El título 42 permitía la expulsión inmediata … Bajo esta medida, solo en 2022
        # fueron deportados 134,077 compatriotas": expelled under Title 42.
        topic, others = TOPIC["expulsions"], [topic, *others]
    elif topic is not None and _UNDER_TITLE_42.search(clause) and (
            topic.id == "removals" or topic.id in ("encounters", "apprehensions") and
            claim.kind == "total" and _SENT_BACK.search(clause) and not (
                claim.quantity is not None and _A_PART_OF.search(clause, 0,
                                                                claim.quantity.start))):
        # "Removed around 197,000 migrants under Title 42", "deportados bajo el Título 42":
        # expulsions, whatever the verb; so are "some 2.5 million foreigners encountered
        # since March 2020 [who] were returned to Mexico under Title 42".
        topic, others = TOPIC["expulsions"], [topic, *others]
    if claim.kind == "comparison" and previous is not None and previous.topic is not None \
            and topic is None:
        # "..., twice as many as in 2019" counts what the clause before counted.
        topic, others = previous.topic, []
    if topic is None and sentence_topic is not None:
        topic, others = _nearest_topic(sentence, offset + claim.anchor)
        if topic is not None and topic.country != "USA" and lx.US_OWN_BORDER.search(clause):
            # "234.765 migrantes … por el Darién, mientras que en la frontera sur de los
            # Estados Unidos han sido detectados 1.036.329": a clause at the US's own border
            # counts what the US counts there, not what the sentence's other country does.
            topic, others = TOPIC["encounters"], [topic, *others]
        claim.inherited.append(assumption("topic_from_sentence"))
    if topic is None and previous is not None and previous.topic is not None:
        topic = previous.topic
    # "Mexico's foreign ministry said that migrant apprehensions at the U.S. southern border
    # were down 30%": a count at the US's own border is the US's, whoever speaks. Said once
    # for both steps below: a Mexican topic turns back to the generic one, and a generic
    # topic is not made another country's.
    at_us_border = lx.US_OWN_BORDER.search(clause) is not None
    if topic is not None and (topic.country == "MEX" or topic.id in lx.GENERIC) and \
            not at_us_border and lx.US_OWN_BORDER.search(sentence) and \
            not _NAMES_MEXICO.search(clause):
        # "… detenidos en junio en la frontera entre Estados Unidos y México es 15 por ciento
        # menor al récord de marzo, cuando fueron detenidos siete mil 180 extranjeros": a
        # clause that names no Mexican count is of the sentence's US border.
        at_us_border = True
    if topic is not None and topic.country == "MEX" and at_us_border:
        generic = [t for t in lx.TOPICS if t.id in lx.GENERIC and t.pattern.search(clause)]
        if generic:
            topic, others = generic[0], [topic, *others]
    if topic is not None and topic.id in lx.GENERIC and not cross:
        # "Durante 2022, Estados Unidos expulsó a 40.713 guatemaltecos, ..., cuando fueron
        # deportadas 17.806 personas": the sentence's corridor topic is the clause's too.
        specific = [h[1] for h in _topic_hits(sentence) if h[1].id in lx.SPECIFIC]
        if specific and not (specific[0].country != "USA" and (any(
                pattern.search(sentence) for pattern, _ in lx.ACTORS) or at_us_border)):
            # (Not another country's, in a sentence that names the US agency counting:
            # "Mexico's quarter-million detentions pale ... — CBP reported more than 1.8
            # million migrant encounters", "La Patrulla Fronteriza de Estados Unidos detuvo
            # a casi 100,000 migrantes en la frontera entre Estados Unidos y México …, el
            # décimo mes consecutivo de aumento de las detenciones".)
            topic = specific[0]
    carried = _carried_topic(topic, _past_concession(sentence, offset + claim.anchor),
                             context)
    if carried is not None:
        claim.inherited.append(assumption("topic_from_text", topic=carried.id))
        topic, others = carried, [topic, *others]
    if topic is None and not cross and _counted_by_status(sentence):
        # "Unaccompanied minors grew by 24%, totaling 18,962 in July": a family status only
        # the US border series count is counted by them.
        topic = TOPIC["encounters"]
        claim.inherited.append(assumption("topic_from_population"))
    if topic is not None and topic.id in ("expulsions", "ports") and \
            _EXPULSIONS_AMONG_OTHERS.search(sentence) and not _UNDER_TITLE_42.search(sentence):
        # "Encounters (apprehensions or expulsions)", "apprehended, deemed inadmissible or
        # processed for expulsion": what encounters are, all of them, not the expulsions.
        topic, others = TOPIC["encounters"], [topic, *others]
    claim.topic, claim.other_topics = topic, others
    clause_place, clause_note = _place(clause, sentence, topic, context)
    sentence_place, sentence_note = (clause_place, clause_note) if clause_place else _place(
        sentence, sentence, topic, context)
    us_topic = topic is None or (topic.country == "USA" and topic.id != "removals"
                                 and bool(topic.measures))
    claim.place = sentence_place or (context.place if us_topic else None)
    if sentence_place and _whole_of_a_part_there(
            claim, offset, sentence, topic, context):
        # "5,383 Colombians were detained, most of them at the southern border": the border
        # is where the part was; the figure is the whole, the country's.
        claim.place, sentence_note = "nationwide", None
    own_place = _own_place(claim, offset, sentence) if us_topic else None
    if own_place is not None:
        claim.place = own_place
    if sentence_note:
        claim.inherited.append(sentence_note)
    if claim.place and not sentence_place:
        claim.inherited.append(assumption("place_from_text"))
    if not cross:
        # The agency the figure's own clause names, else its sentence's ("La OFO registró
        # 1,13 millones …, mientras que la Patrulla Fronteriza superó los 2 millones").
        claim.actor = next((actor for pattern, actor in lx.ACTORS if pattern.search(clause)),
                           None) or next((actor for pattern, actor in lx.ACTORS
                                          if pattern.search(sentence)), claim.actor)
    # A population its own clause names is the claim's, whatever other clauses name
    # ("family unit apprehensions dropped from ..., single adult apprehensions declined
    # from 36,900 to 30,130").
    in_clause = [(dim, value) for pattern, dim, value in lx.POPULATIONS
                 if pattern.search(clause)]
    listed = _own_populations(claim, offset, sentence) if len(in_clause) != 1 or \
        in_clause == [("demographic", "Adults")] else None
    for pattern, dim, value in lx.POPULATIONS:
        if listed is not None and dim == "demographic":
            continue
        if in_clause and (dim, value) not in in_clause:
            continue
        if any(_population_of(claim, m, offset, sentence) for m in pattern.finditer(sentence)):
            claim.filters.setdefault(dim, []).append(value)
    if listed:
        claim.filters["demographic"] = listed
    if {"UAC", "Children"} <= set(claim.filters.get("demographic", [])):
        # "Unaccompanied illegal immigrant children": children, and unaccompanied ones.
        claim.filters["demographic"].remove("Children")
    if _EVERYONE.search(sentence) and set(claim.filters.get("demographic", [])) <= {
            "Children", "Adults"}:
        # "This exodus of men, women and children": everyone, no group of them.
        claim.filters.pop("demographic", None)
    named = set(claim.filters.get("demographic", []))
    if {"FMUA"} <= named and named & {"UAC", "Children", "Accompanied Minors"} and \
            named & {"Single Adults", "Adults"}:
        # "9,637 migrants — families, single adults and children —", "entre niños, adultos
        # y familias completas": every group together, which is everyone.
        del claim.filters["demographic"]
    if claim.filters.get("demographic") == ["Children"] and (context.population == "UAC" or any(
            value == "UAC" and pattern.search(sentence, 0, offset + claim.anchor)
            for pattern, _, value in lx.POPULATIONS)):
        # "The number of unaccompanied minors … continues to drop. Still, 920 children were
        # arrested": the children of a text about unaccompanied minors are those (so are
        # those of a sentence that named them before: "las detenciones … de menores no
        # acompañados …, donde … fueron aprehendidos seis mil 465 niños").
        claim.filters["demographic"] = ["UAC"]
    if sorted(claim.filters.get("demographic", [])) == ["Adults", "Children"] and (
            context.population == "FMUA" or _FAMILIES.search(sentence)):
        # "It set a record with 84,542 adults and children apprehended", after a sentence
        # on migrant families: the family units' members, adults and children together.
        claim.filters["demographic"] = ["FMUA"]
    if context.population and "demographic" not in claim.filters:
        claim.text_subject.append({"demographic": [context.population]})
    # "de Estados Unidos", "desde México" name who counts, not whom: the US is never a
    # nationality of the people counted, nor Mexico in Mexico's own series, nor Panama in
    # the Darién's; everyone Guatemala's IGM counts is Guatemalan.
    own = {"MEX": "MEX", "PAN": "PAN"}.get(topic.country, "") if topic is not None else ""
    q = claim.quantity
    part = _OF_THEM.search(clause, q.end) if claim.kind in ("total", "rate") and \
        q is not None else None
    if part is not None and (re.search(r"[\d,;(]", clause[q.end:part.start()]) or re.match(
            r"[\s,:]*(?:(?:casi|más de|unos|unas|cerca de|about|nearly|more than|some)\s+)?\d",
            clause[part.end():], re.IGNORECASE)):
        # "71,012 migrants crossed ..., 63.28% (44,943) of them Venezuelans", "520 mil
        # personas, entre ellas 328 mil venezolanos", "…, muchas de ellas venezolanas": the
        # group named after "of them" is the part's, not the figure's before it ("328 mil
        # de ellos venezolanos", right after the figure, is the figure's own).
        clause = clause[:part.start()]
        sentence = sentence[:offset + part.start()] + " " * (len(sentence) - offset
                                                             - part.start())
    were = _PART_WERE.search(clause, claim.anchor) if claim.kind != "share" else None
    if were is not None:
        # "… al llegar al récord de 248 mil y más de la mitad eran venezolanos": the group
        # a part of the figure is said to be is the part's, not the whole's.
        clause = clause[:were.start()]
        sentence = sentence[:offset + were.start()] + " " * (len(sentence) - offset
                                                             - were.start())

    def blank(m: re.Match) -> str:
        return " " * len(m.group(0))

    listed = _own_nationalities(claim, offset, sentence)
    # (Not past the words that say who said it: "…, aseguraron funcionarios estadunidenses,
    # que mencionaron … medidas … contra migrantes centroamericanos".)
    said = _SAID_BY.search(clause, claim.quantity.end if claim.quantity is not None else
                           claim.anchor)
    if claim.kind == "rank_record":
        clause, sentence = _ABOVE_IT.sub(blank, clause), _ABOVE_IT.sub(blank, sentence)
    nats = [] if listed is None else [n for n in (
        listed or lx.nationalities(_SET_BESIDE.sub(" ", _MAJORITY.sub(" ", _CAUSE.sub(
            " ", _EXAMPLES.sub(" ", clause[:said.start()] if said else clause)))))
        or _nationalities_near(claim, offset, _SET_BESIDE.sub(blank, _MAJORITY.sub(
            blank, _CAUSE.sub(blank, _EXAMPLES.sub(blank, sentence)))))
        or _nationality_of_its_levels(claim, sentence)) if n not in ("USA", own)]
    if topic is not None and topic.id == "darien" and _FROM_COLOMBIA.search(sentence) and \
            not re.search(r"colombian[oa]s|colombians", clause, re.IGNORECASE):
        # "Llegaron a ese país desde Colombia": where the Darién is entered from, not who.
        nats = [n for n in nats if n != "COL"]
    if "MEX" in nats and _FROM_MEXICO.search(sentence) and not re.search(
            r"mexican", clause, re.IGNORECASE):
        nats = [n for n in nats if n != "MEX"]
    if "CAN" in nats and claim.place == "northern" and not re.search(
            r"canadian|canadienses?", clause, re.IGNORECASE):
        # "More than 100,000 migrant encounters from Canada": the border crossed, not who.
        nats = [n for n in nats if n != "CAN"]
    left_out = _left_out(sentence)
    if nats and left_out and set(nats) <= set(left_out):
        # "Not counting Mexican nationals, the U.S. has reported about 1.2 million": all
        # but that group (all but every one the words leave out: "other than Mexico,
        # Guatemala, Honduras and El Salvador").
        claim.filters["citizenship"] = [EXCLUDED + n for n in dict.fromkeys(
            [*nats, *left_out])]
        nats = []
    elif not nats and q is not None and (left := _left_out_beside(clause, q, own) or (
            _left_out(clause) if _FROM_OTHER_NATIONS.search(clause) else [])):
        # "70,226 other than Mexican illegal aliens", "159,103 OTMs": all but them, though
        # the people are not named right after the demonym (said beside the figure).
        claim.filters["citizenship"] = [EXCLUDED + n for n in left]
    if not nats and q is not None and "citizenship" not in claim.filters and (
            context.nationalities or context.nationality) and _THE_REST.search(
            clause, 0, q.start):
        # "Roughly 63 percent … involved nationals of Mexico … and the Northern Triangle
        # countries. The remaining 20,742 … came from farther afield": all but the groups
        # the sentence before named.
        claim.filters["citizenship"] = [EXCLUDED + n for n in (
            context.nationalities or (context.nationality,))]
    if "citizenship" not in claim.filters and _OTHER_COUNTRIES.search(clause) and 1 <= len(
            named := [n for n in lx.nationalities(sentence[:offset]) if n != own]) <= 5:
        # "Apprehensions of Mexicans were virtually unchanged, while arrests of people from
        # other countries rose 55%": all but the one a clause before named ("de otros
        # países, incluyendo Guatemala, El Salvador y Honduras": those are some of them; "el
        # paso de mexicanos y … de otras nacionalidades" is everyone's; "… from Mexico or
        # Northern Central America …, a slight majority … originated from other countries":
        # all but every one named).
        claim.filters["citizenship"] = [EXCLUDED + n for n in named]
        nats = []
    elif not nats and context.nationality and _COMPATRIOTS.search(clause):
        # "The Colombian migration ... dropped. Authorities arrested some 8,400 compatriots
        # during the month": the nationality the text is about.
        nats = [context.nationality]
    elif (those := _FROM_THOSE_COUNTRIES.search(
            _own_words(claim, offset, sentence) if q is not None and nats else clause)):
        # "… a diplomatic effort with El Salvador, Guatemala and Honduras. … border arrests
        # from those countries dropped from 700,000": the countries just named ("de ese
        # país": the one people were named from, else the one country named).
        if those.group(0).lower().endswith(("país", "country", "nación")):
            one = [context.nationality] if context.nationality else [
                c for c in context.countries if c != own]
            nats = one if len(one) == 1 else nats
        else:
            nats = [c for c in context.countries if c != own] if 1 < len(
                context.countries) <= 4 else list(context.nationalities) or nats
    if _BOTH_SIDES.search(clause):
        # "Total apprehensions of Mexican and non-Mexican unauthorized immigrants": both
        # sides of the line, everyone.
        nats = []
        claim.filters.pop("citizenship", None)
    if nats and not (topic is not None and topic.id == "gt_returns"):
        claim.filters["citizenship"] = nats
    elif not nats and context.nationality and "citizenship" not in claim.filters and \
            context.nationality != own:
        claim.text_subject.append({"citizenship": [context.nationality]})
    elif not nats and context.nationalities and "citizenship" not in claim.filters:
        claim.text_subject.append({"citizenship": list(context.nationalities)})
    if claim.kind == "share" and claim.share_group:
        # (A share of a place or component, "el 93% de estos casos en la frontera sur", "the
        # Rio Grande Valley Sector accounts for more than half of all family unit
        # apprehensions", is of the group its sentence counts: the Salvadorans, families.)
        # (So is a share that names only where or under what authority: "nearly 69,000
        # migrants from Cuba and Nicaragua …, but less than 1 percent were sent away via
        # Title 42": of the Cubans and Nicaraguans.)
        where_only = set(claim.share_group) <= {"region", "authority", "sector", "state"}
        for dim in ("citizenship", "demographic"):
            if not (claim.share_keeps_whole or where_only) or dim in claim.share_group:
                claim.filters.pop(dim, None)
        claim.filters.update({k: list(v) for k, v in claim.share_group.items()})
        if "region" in claim.share_group:
            claim.place = "nationwide"  # the whole the border's share is of
    if topic is not None and topic.id == "gt_returns":
        # "deported from Mexico and the United States": from both, no filter; "de estos
        # 42,787 son provenientes de los Estados Unidos y 9,551 regresaron desde México":
        # each figure's own clause says which.
        mine = _own_words(claim, offset, sentence)
        own = [country for pattern, country in lx.RETURNED_FROM if pattern.search(mine)]
        countries = [country for pattern, country in lx.RETURNED_FROM
                     if pattern.search(clause) or pattern.search(sentence)]
        if len(own) == 1 and not lx.RETURNED_FROM_BOTH.search(mine) and not (
                lx.RETURNED_FROM_BOTH.search(clause) and len(countries) > 1):
            # ("74.600 deportados juntando las estadísticas de personas retornadas por
            # Estados Unidos y México": both, named in the figure's clause.)
            claim.filters["returned_from"] = own
        elif len(countries) == 1 and not lx.RETURNED_FROM_BOTH.search(sentence):
            claim.filters["returned_from"] = countries
    if topic is not None and topic.id == "mx_returns":
        for pattern, outcomes in lx.MX_OUTCOMES:
            if pattern.search(clause) or pattern.search(sentence):
                claim.filters["outcome"] = list(outcomes)
                break
    if topic is None or topic.country == "USA":
        ends = [m.span() for m in _STATE_TO_STATE.finditer(sentence)]
        for m in lx.STATE_RE.finditer(sentence):
            if any(a <= m.start() < b for a, b in ends):
                continue  # "desde Texas a California": the whole border, no state's series
            if _DATELINE_BEFORE.match(sentence, 0, m.start()) and \
                    _DATELINE_AFTER.match(sentence, m.end()):
                continue  # "TEXAS, USA — …", "MCALLEN, Texas —": where it was written
            if re.search(r"\b(?:concentrated|mostly|particularly|especially|mainly|largely|"
                         r"principalmente|sobre todo|concentrad[oa]s?|especialmente)\b[^.;]{0,25}$",
                         sentence[max(0, m.start() - 50):m.start()], re.IGNORECASE):
                continue  # "mostly concentrated in parts of Arizona and Texas": where, not whom
            if (lies := _SECTOR_IN_STATE.search(sentence[max(0, m.start() - 60):m.start()])) \
                    and (not lies.group("comma") or lx.sector_of(lies.group("s")) in
                         lx.SECTORS_OF_STATE.get(lx.STATES[m.group(0).lower()], ())):
                # "through the Rio Grande Valley in Texas", "Tucson, Arizona": where the
                # sector lies (not "in El Paso, Arizona and California": a list)
                continue
            if _STATE_AS_PARTY.search(sentence[max(0, m.start() - 60):m.start()]):
                continue  # "una demanda interpuesta por Texas y Missouri": who sued, not where
            if _VISITED.search(sentence[max(0, m.start() - 40):m.start()]):
                continue  # "said …, during a visit to Texas on Thursday": where it was said
            if _PART_OF_A_STATE.search(sentence[max(0, m.start() - 60):m.start()]):
                # "Agents in this part of South Texas", "a sector that straddles Far West
                # Texas and New Mexico": a part of the state, or where a sector lies, is no
                # state's series.
                continue
            if m.start() >= offset + len(clause) and _REPORTED_THAT.search(
                    sentence[offset + len(clause):m.start()]):
                # "Record numbers of migrant families crossed the border in August, … after
                # The Post revealed that officials welded open gates along the Arizona
                # border": a place of what was reported, not of the figure.
                continue
            code = lx.STATES[m.group(0).lower()]
            if code not in claim.filters.get("state", []):
                claim.filters.setdefault("state", []).append(code)
        if lx.EL_PASO_REGION_RE.search(sentence) and not lx.SECTOR_RE.search(sentence):
            # "Migrant encounters were up 58 percent … in Far West Texas and New Mexico": the
            # region Border Patrol's El Paso sector covers, not the two states' series.
            claim.filters.pop("state", None)
            claim.filters["sector"] = ["El Paso"]
        for m in lx.FIELD_OFFICE_RE.finditer(sentence):
            # "CBP recibió en su Oficina de Campo de El Paso a 54 mil 690 personas": the
            # ports' field office, not the Border Patrol sector of the same name.
            office = lx.field_office_named(m)
            if office not in claim.filters.get("sector", []):
                claim.filters.setdefault("sector", []).append(office)
        own_sectors = _own_sectors(claim, offset, sentence)
        for m in lx.SECTOR_RE.finditer(sentence):
            sector = lx.sector_named(m)
            if sector is None or own_sectors is not None and sector not in own_sectors or \
                    _EXCEPTED.search(sentence, 0, m.start()) and not (
                        (which := _WHICH_SAW.match(sentence, m.end())) is not None and
                        offset >= which.start()):
                # ("… with the exception of the Big Bend Sector, which saw an increase of
                # 8.6%": the clause on the sector left out is that sector's.)
                continue
            if sector not in claim.filters.get("sector", []):
                claim.filters.setdefault("sector", []).append(sector)
        for sector in own_sectors or []:
            if sector not in claim.filters.get("sector", []):
                claim.filters.setdefault("sector", []).append(sector)
        if own_sectors == []:
            pass  # a figure of a sectors' list with none of its own: the whole's
        elif "sector" not in claim.filters:
            # "Border Patrol agents in the Rio Grande Valley apprehended 549,077": the
            # sector, though the word "sector" is not written; "Yuma saw over 19,000
            # encounters", "Tucson recorded 373,625": a sector's name as the subject of a
            # count is the sector, agents named or not.
            agents = bool(lx.ACTORS[0][0].search(sentence) or re.search(
                r"\bagents\b", sentence, re.IGNORECASE))
            for m in lx.SECTOR_PLACE_RE.finditer(sentence):
                sector = lx.sector_of(next(g for g in m.groups() if g))
                if _EXCEPTED.search(sentence, 0, m.start()):
                    continue
                # (A region no city bears the name of, "across the Rio Grande Valley
                # region", is the sector with or without its agents.)
                if not (agents or m.group("h") or m.group("i") or m.group("e2") or
                        m.group("e3") or m.group("e4") or m.group("j") or m.group("k") or
                        m.group("l") or
                        sector in lx.REGION_SECTORS or m.group("d") and "sector" not in
                        claim.filters and not _NOT_THE_SECTOR.search(sentence)):
                    # (A sector's city alone is the sector only where no other is: "up 53
                    # percent in the Rio Grande Valley region, 22 percent in Laredo" is
                    # the Valley's.)
                    continue
                if sector and sector not in claim.filters.get("sector", []):
                    claim.filters.setdefault("sector", []).append(sector)
                    if sector in {s for st in claim.filters.get("state", [])
                                  for s in lx.SECTORS_OF_STATE[st]}:
                        del claim.filters["state"]  # "in South Texas, … the Valley"
        if "sector" not in claim.filters and own_sectors != [] and (re.search(
                r"\b(?<!private )sectors?\b", sentence, re.IGNORECASE)
                or claim.rank_among == "sector"):
            # "San Diego overtook Tucson as the busiest sector", "Tucson, Arizona's busiest
            # sector, recorded …": where sectors are the subject, a name alone is one; the
            # first named is the subject (a list of them is SECTOR_LIST_RE's).
            first = next((lx.sector_of(m.group(0)) for m in _SECTOR_WORD.finditer(sentence)
                          if lx.sector_of(m.group(0)) and
                          not _EXCEPTED.search(sentence, 0, m.start())), None)
            if first:
                claim.filters["sector"] = [first]
                if claim.filters.get("state") and first in {
                        s for st in claim.filters["state"] for s in lx.SECTORS_OF_STATE[st]}:
                    del claim.filters["state"]  # "Tucson, Arizona's …": the state's sector
        for m in lx.STATE_SECTORS_RE.finditer(sentence):
            # "The five Texas-based border sectors": the state's sectors, not its ports too.
            state = lx.STATES[(m.group("state") or m.group("state2") or m.group("state3"))
                              .lower()]
            for sector in lx.SECTORS_OF_STATE[state]:
                if sector == "El Paso" and re.search(
                        r"\b(?:entirely|wholly|fully|completely|totalmente|four|cuatro)\b",
                        sentence[max(0, m.start() - 40):m.end()], re.IGNORECASE):
                    continue  # "the four sectors entirely in Texas": El Paso's reaches New Mexico
                if sector not in claim.filters.get("sector", []):
                    claim.filters.setdefault("sector", []).append(sector)
            claim.filters.pop("state", None)
        for m in lx.SECTOR_LIST_RE.finditer(sentence):
            for name in _SECTOR_WORD.finditer(m.group(0)):
                sector = lx.sector_of(name.group(0))
                if sector and sector not in claim.filters.get("sector", []):
                    claim.filters.setdefault("sector", []).append(sector)
        if "sector" not in claim.filters and (context.sector or context.sector_place) and \
                _THE_SECTOR.search(sentence):
            # "The Big Bend Sector saw the smallest decline … In February, the sector
            # reported just 165 apprehensions": the sector the text named (by name alone:
            # "Yuma is averaging 300 a day. … apprehended in the sector").
            named = context.sector or context.sector_place
            claim.filters["sector"] = [named]
            claim.inherited.append(assumption("sector_from_text", sector=named))
        elif "sector" not in claim.filters and (context.sector or context.sector_place):
            # (A sector the text named by its name alone, "Yuma saw over 19,000 encounters",
            # is a subject too: a reading the figure may choose.)
            claim.text_subject.append({"sector": [context.sector or context.sector_place]})
        if "sector" not in claim.filters and TOPIC["ports"].pattern.search(sentence):
            # "A 67.06% increase at the Ports of Entry in El Paso": the ports of a field
            # office, which bears the city's name.
            office = next((city for city in lx.FIELD_OFFICES if re.search(
                rf"\b{city}\b", sentence, re.IGNORECASE)), None)
            if office:
                claim.field_office = f"{office} Field Office"
    _clause_sectors(claim, sentence, offset, offset + len(clause))
    _whole_of_a_part(claim, offset, sentence)
    if (total := _BRINGING_THE_TOTAL.search(sentence, 0, offset + claim.anchor)) is not None:
        # "Another 172,500 were detected at ports of entry, bringing total encounters to 2.4
        # million, up 37 percent from 1.7 million": what the total counts is named after
        # "bringing"; the ports before it are the first figure's.
        claim.own_from = total.start()
    claim.people_noun = bool(lx.PEOPLE_NOUNS.search(clause))
    # "405,036 apprehensions of approximately 324,029 unique individuals": the figure the
    # words stand by counts distinct people, not every figure of the sentence; a relation
    # ("164,939 unique encounters …, a 5% increase") is of the people its sentence counts.
    claim.distinct_people = bool(lx.DISTINCT_PEOPLE.search(
        _own_words(claim, offset, sentence) if claim.kind in ("total", "rate") else sentence))
    claim.unique_count = claim.distinct_people and bool(lx.UNIQUE_COUNT.search(claim.text))
    claim.enforcement_verb = bool(lx.ENFORCEMENT_VERBS.search(sentence))
    claim.calendar_explicit = bool(lx.CALENDAR_WORDS.search(clause)
                                   or lx.CALENDAR_WORDS.search(sentence))
    claim.fiscal_explicit = bool(lx.FISCAL_WORDS.search(clause))
    # "Las proyecciones para todo el año apuntan a ..., lo que implica una reducción del
    # 38%": the whole sentence looks ahead.
    claim.projection = bool(lx.PROJECTION.search(clause) or lx.PROJECTION.search(sentence))
    claim.preliminary = bool(lx.PRELIMINARY.search(sentence))
    claim.ever = bool(lx.RANK_EVER.search(sentence))
    claim.per_day = bool(lx.PER_DAY.search(sentence))


def _month_foreseen(claim: Claim, ref: dt.date) -> None:
    """"At that pace, there could be about 60,000 crossings in July", on 15 July: a figure
    foreseen for the month under way, or one to come, is that month's (judged on its outcome
    once the files hold it), not the last July that had ended."""
    if not claim.projection or len(claim.periods) != 1 or re.search(
            r"(?:19|20)\d\d", claim.time_words or ""):
        return
    p = claim.periods[0]
    if p.kind == "month" and p.start.year == ref.year - 1 and p.start.month >= ref.month:
        # (And a month still to come: "expect to see 13,000 unaccompanied children arrive
        # in May", said in February, is this May.)
        claim.periods, claim.alternatives = [Period.month(ref.year, p.start.month)], []


_IN_ONE_MONTH = re.compile(r"\bin (?:one|a single) month\b|\ben un (?:solo )?mes\b",
                           re.IGNORECASE)


def _one_month_of_a_span(claim: Claim, clause: str) -> None:
    """"Under Joe Biden, there were 300,000 Illegals crossing in one month": a count said
    of one month within a longer span is that span's highest month."""
    if claim.kind == "total" and claim.stat is None and len(claim.periods) == 1 and \
            claim.periods[0].months > 1 and _IN_ONE_MONTH.search(clause):
        claim.stat = "peak"


# The pace a figure is foreseen at, with what it is on pace for: "we're on pace for 2
# MILLION PEOPLE to cross", "on track to apprehend a million".
_ON_PACE = re.compile(r"\bon (?:pace|track|course) (?:for|to)\b", re.IGNORECASE)


def _year_foreseen(claim: Claim, ref: dt.date) -> None:
    """"We're on pace for 2 MILLION PEOPLE to cross illegally", with no period named (or
    only "today"): the year under way, its fiscal year first, is what the pace is for; so is
    a record foreseen "if that pace was to continue" (the year of a count no fiscal year
    divides, the Darién's, alone)."""
    if claim.kind == "rank_record" and lx.PACE_HOLDS.search(claim.sentence.text) and \
            not re.search(r"(?:19|20)\d\d", claim.time_words or ""):
        year = Period.year(ref.year)
        if claim.topic is not None and claim.topic.country == "USA":
            claim.periods, claim.alternatives = [Period.fiscal_year(fiscal_year_of(ref))], [
                [year]]
        else:
            claim.periods, claim.alternatives = [year], []
        claim.rank_window = "all"
        return
    if not claim.projection or claim.kind != "total" or claim.quantity is None or \
            not _ON_PACE.search(claim.sentence.text, 0, claim.position) or \
            claim.time_kind not in ("", "relative", "now") or re.search(
                r"(?:19|20)\d\d|month|mes\b", claim.time_words or "") or (
                claim.periods and claim.periods[0].kind != "month"):
        return
    fiscal = Period.fiscal_year(fiscal_year_of(ref))
    claim.periods, claim.alternatives = [fiscal], [[Period.year(ref.year)]]


def _bound_over_the_window_said(claim: Claim) -> None:
    """"More than 25,000 over the past two months", said before the newest month was out:
    the window ending a month earlier is a reading only for a figure it can match (a bound
    holds over many windows, so it would be no evidence the writer counted that one)."""
    q = claim.quantity
    if q is None or q.hedge not in ("more_than", "at_least", "less_than", "at_most",
                                    "just_over", "vague") or len(claim.periods) != 1:
        return
    said = claim.periods[0]
    claim.alternatives = [a for a in claim.alternatives if not (
        len(a) == 1 and a[0].kind == said.kind == "range" and a[0].months == said.months
        and add_months(a[0].end, 1) == said.end)]


# A dateline, where a text was written, not what its figures count: "TEXAS, USA — …",
# "MCALLEN, Texas (AP) —".
_DATELINE_BEFORE = re.compile(r"\s*(?:[A-ZÁÉÍÓÚÑ][\w.'’ -]{0,30},\s*)?$")
_DATELINE_AFTER = re.compile(r"(?:,\s*(?:usa|u\.s\.a?\.?|ee\.?\s?uu\.?))?\s*"
                             r"(?:\([^()]{1,25}\)\s*)?(?:[—–]|--|-\s)", re.IGNORECASE)
# The border end to end: "desde Texas a California", "from California to Texas".
_STATE_TO_STATE = re.compile(
    r"\b(?:from|desde|de)\s+(?:" + "|".join(lx.STATES) + r")\s+(?:to|through|a|hasta)\s+(?:"
    + "|".join(lx.STATES) + r")\b", re.IGNORECASE)
_PART_OF_A_STATE = re.compile(
    r"(?:\b(?:south|southern|north|northern|west|western|east|eastern|central|deep south|"
    r"far west|southeast|southwest|northeast|northwest)[\s-]+$|"
    r"\b(?:sur|norte|oeste|este|centro|sureste|suroeste|noreste|noroeste)\s+de(?:l)?\s+$|"
    r"\b(?:straddles|straddling|spans|spanning|covers|covering|includes|including|encompasses|"
    r"abarca|comprende|incluye)\s+(?:[\w-]+\s+){0,6}$|"
    # "overwhelmed agents in parts of Texas and Arizona", "en zonas de Texas"
    r"\b(?:parts?|areas?|regions?|stretches|partes?|zonas?|regiones?)\s+(?:of|de(?:l)?)\s+"
    r"(?:the\s+|la\s+)?(?:[\w-]+\s*(?:,|and|y)\s+)*$)", re.IGNORECASE)


def _same_months_named_before(claim: Claim, context: _Context) -> None:
    """"En el primer trimestre de 2024 fueron interceptados … 10,466 cubanos. Así, Cuba se
    sitúa … en los primeros tres meses del año": months named by their place in "the year",
    after a sentence that named the same months of a year, may be those (the figures
    decide)."""
    if claim.time_kind not in ("relative", "range") or not claim.time_words or re.search(
            r"\d{4}", claim.time_words) or len(claim.periods) != 1 or len(context.periods) != 1:
        return
    own, before = claim.periods[0], context.periods[0]
    if own.kind == before.kind and own.label != before.label and \
            (own.start.month, own.end.month, own.months) == (
                before.start.month, before.end.month, before.months) and \
            context.paragraph == claim.sentence.paragraph and \
            [before] not in claim.alternatives:
        claim.alternatives.insert(0, [before])


def _this_figure_against(claim: Claim, clause: str, text: str, context: _Context) -> None:
    """"More than 400,000 migrants … this year. This amount represents a 62 percent increase
    over the total … in 2022": the figure the sentence before gave, against the earlier
    period this one names."""
    if claim.kind != "change" or claim.compare_to or len(claim.periods) != 1 or \
            not context.periods or not _THIS_FIGURE.match(text) or \
            claim.periods[0].end >= context.periods[0].start or \
            context.paragraph != claim.sentence.paragraph or not re.search(
                r"\b(?:over|than|from|compared|versus|respecto|frente|sobre|comparad[oa])\b",
                clause, re.IGNORECASE):
        return
    claim.compare_to, claim.periods, claim.alternatives = list(claim.periods), \
        list(context.periods), []
    claim.inherited.append(assumption("compared_from_text"))


def _change_when_the_month_named(claim: Claim, clause: str, offset: int, text: str,
                                 refs: list[TimeRef]) -> None:
    """"A 46% drop from September, when unlawful crossings by Venezuelans soared to
    54,833": a change told in a "when" clause on a month is that month's own (against the
    month before), not the change of the clause it hangs on."""
    if claim.kind != "change" or not re.match(r"(?:when|cuando)\b", clause, re.IGNORECASE) or \
            any(offset <= r.start < offset + len(clause) for r in refs):
        return
    month = next((r for r in refs if r.kind == "month" and len(r.periods) == 1 and
                  re.fullmatch(r"\s*,\s*", text[r.end:offset])), None)
    if month is not None:
        claim.periods, claim.compare_to, claim.alternatives = list(month.periods), [], []


# "During the same two months last year", "en los mismos meses del año pasado": the months
# named before, in another year.
_THE_SAME_MONTHS = re.compile(r"\b(?:the same|those same|l[oa]s mism[oa]s)\s+(?:(?:\d{1,2}|" +
                              "|".join(COUNTS) + r"|dos|tres|cuatro|cinco|seis)\s+)?"
                              r"(?:months|meses)\b", re.IGNORECASE)


def _same_months_another_year(claim: Claim, clause: str, context: _Context) -> None:
    """"About 800 people a day … in January and February. During the same two months last
    year, only about 150 …": the months the sentence before named, in the year this one
    names."""
    if len(claim.periods) != 1 or claim.periods[0].kind not in ("year", "fiscal_year") or \
            not context.periods or not _THE_SAME_MONTHS.search(clause) or \
            any(p.kind != "month" for p in context.periods[1:]):
        return
    # ("in January and February": the two months, as one span.)
    months, year = Period.between(context.periods[0], context.periods[-1]), claim.periods[0]
    if months.kind not in ("month", "range") or months.months >= 12 or \
            months.start.year != months.end.year:
        return
    shifted = months.shifted_years(year.end.year - months.end.year if year.kind == "year"
                                   else fiscal_year_of(year.end) - fiscal_year_of(months.end))
    claim.periods, claim.alternatives = [shifted], []
    claim.inherited.append(assumption("period_from_text"))




def _record_over_its_months(claim: Claim, clause: str) -> None:
    """"El dato de julio es el tercero más bajo de los últimos 10 meses", "the lowest in 10
    months": ranked among the months up to it, that many."""
    if claim.kind != "rank_record" or claim.rank_window != "all" or claim.rank_years or \
            len(claim.periods) != 1 or not (m := lx.LAST_N_MONTHS.search(clause)):
        return
    word = m.group("n").lower()
    n = int(word) if word.isdigit() else lx.WINDOW_COUNTS.get(word, 0)
    own = claim.periods[0]
    if n < 2 or own.kind != "month" and not (own.kind == "range" and own.months == n):
        return
    # (With no month named, the window's words gave the months themselves: its last is
    # ranked, "la cifra más baja registrada en los últimos 40 meses".)
    end = own.start if own.kind == "month" else dt.date(own.end.year, own.end.month, 1)
    claim.periods = [Period.month(end.year, end.month)]
    start = add_months(end, 1 - n)
    claim.rank_window = "period"
    claim.compare_to = [Period.span(start, end)]


def _record_over_its_window(claim: Claim, context: _Context) -> None:
    """"Este es el nivel más bajo de detenciones en los últimos 17 años", "the lowest in
    the last 17 years": the years named are the record's window, not the periods ranked;
    ranked is the year the text named just before, else the window's last; with no "last"
    or "past" ("the lowest level in four years"), the latest month."""
    if claim.kind != "rank_record" or not claim.rank_years or claim.time_kind != "relative" \
            or len(claim.periods) < 2 or claim.each or any(
                p.kind not in ("year", "fiscal_year") for p in claim.periods):
        return
    last = claim.periods[-1]
    before = context.periods[0] if len(context.periods) == 1 else None
    if before is not None and before.kind == last.kind and \
            context.paragraph == claim.sentence.paragraph and \
            0 <= (last.end - before.end).days <= 366:
        claim.periods = [before]
        claim.inherited.append(assumption("period_from_text"))
    elif not re.search(r"\b(?:last|past|previous|prior|recent|últimos|pasados|anteriores)\b",
                       claim.time_words, re.IGNORECASE):
        # "Have plunged to the lowest level in four years": the level now, the latest
        # month, against the months of those years (as "in 20 years" is).
        claim.periods, claim.time_kind, claim.time_words = [], None, ""
    else:
        claim.periods = [last]
    claim.alternatives = []


# ", and have been …", "; but it remained …": a second predicate of the same subject.
# "24 percent more apprehensions in 2018 than in 2017, largely driven by increases in
# apprehensions of Guatemalan and Honduran nationals": whom the cause names, not whom the
# figure counts.
_CAUSE = re.compile(r"\b(?:(?:largely|mostly|mainly|partly|in part|primarily)\s+)?(?:driven|"
                    r"fueled|fuelled)\s+by\b[^.;]*|\b(?:impulsad[oa]s?|motivad[oa]s?)\s+"
                    r"(?:principalmente\s+)?por\b[^.;]*|"
                    # "… fall 25 percent this month, … a drop he attributed to a crackdown by
                    # Mexican authorities on Central American migrants": a cause's people are
                    # not the figure's.
                    r"\b(?:attributed|ascribed|credited|blamed)\s+(?:it\s+|this\s+|the\s+\w+\s+)?"
                    r"(?:to|on)\b[^.;]*|\b(?:lo\s+)?atribu(?:y[óe]|ye|yen|yeron|idos?|idas?)\s+a\b"
                    r"[^.;]*", re.IGNORECASE)
# (A semicolon or "by contrast" opens a clause with its own figures too: "… the lowest since
# fiscal year 1970 (…); by contrast, FY2022 saw about 2.2 million".)
_CONTRAST = re.compile(r"\b(?:although|though|but|while|whereas|however|aunque|pero|"
                       r"mientras|sin embargo|by contrast|in contrast|en cambio|en contraste)\b|"
                       r";", re.IGNORECASE)
_SHARE_OF_WHICH = re.compile(r",\s*(?:about\s+|nearly\s+|some\s+|casi\s+)?[\d.,]+\s*(?:%|percent|"
                             r"per cent|por ciento)\s+(?:of|de)\s+(?:which|whom|those|them|"
                             r"l[oa]s cuales|ell[oa]s)\b", re.IGNORECASE)
_NEW_PREDICATE = re.compile(r"[,;]\s+(?:and|but|yet|y|pero)\s+(?:(?:it|they|that)\s+)?(?:have|"
                            r"has|had|are|is|were|was|remained|remains|stayed|held|han|ha|"
                            r"se han|se ha|siguen|sigue|se mantuv\w+|se mantien\w+)\b",
                            re.IGNORECASE)
# "Averaged … per month", "un promedio mensual de": a level that is a month's average.
_PER_MONTH = re.compile(r"\b(?:averag\w+|promedi\w+|monthly|mensual\w*)\b|\b(?:per|a|each|"
                        r"every|al|por|cada)\s+(?:month|mes)\b", re.IGNORECASE)


def _bind_periods(claim: Claim, clause: str, offset: int, sentence: str,
                  refs: list[TimeRef], context: _Context, previous: Claim | None) -> None:
    """Say which periods the claim is about, and against which it compares: the clause's
    own time words, else the sentence's, else the text so far. Alternatives (calendar or
    fiscal, another period the sentence names) are kept for the evaluator to weigh."""
    if claim.seasonal is not None:
        return  # its years are set (``_clause_claims``)
    if claim.kind == "streak":
        # "El sexto año consecutivo de caída …, desde el año 2006": where the run began, not
        # the period it runs to (the text's, or the latest).
        refs = [r for r in refs if r.kind != "since"]
    if claim.kind not in ("rank_record", "streak"):
        # "Mexican citizens made up 63% of the total number of detainees, the first year in
        # the last five years in which …": a window of a "first" in another clause is no
        # period of the claim's.
        refs = [r for r in refs if offset <= r.start < offset + len(clause) or
                not _FIRST_IN_A_WINDOW.search(sentence, max(0, r.start - 40), r.start)]
    if claim.kind == "total" and claim.quantity is not None:
        # "The 209,906 times … was the most the agency had recorded in any month since March
        # 2000": a record's window, not the span the figure counts (a figure after it is
        # the month it reaches back to: "the lowest since January's total of about 58,300").
        q_end = offset + claim.quantity.end
        refs = [r for r in refs if not (r.kind == "since" and r.start > q_end and
                                        _RANK_BEFORE_SINCE.search(sentence, max(
                                            q_end, r.start - 80), r.start))]
    if (concession := _CONCESSION.match(sentence)) and offset + claim.anchor >= concession.end():
        # "Even as recent months' … have been declining in the United States, …, data
        # showing that July 2024 was its 5th busiest month ever": the concession's times
        # are others' where the main clause names one (not "Aunque la migración se contrajo
        # durante algunos meses del 2020 …, 23 mil 969 guatemaltecos fueron deportados").
        refs = [r for r in refs if r.start >= concession.end()] or refs
    _periods_from_words(claim, clause, offset, sentence, refs, context, previous)
    peaked = _PEAKED_THEN.search(sentence)
    if claim.kind == "change" and peaked and claim.quantity is not None and \
            not claim.compare_to and context.ref is not None and \
            offset + claim.quantity.start > peaked.end() and (when := next((
                r for r in refs if peaked.start() < r.start < peaked.end("when")
                and len(r.periods) == 1), None)):
        # "Illegal border crossings peaked at the end of 2023, then plummeted over 90%":
        # from the peak (the month it names, or the highest month of the year it names) to
        # the latest month.
        base = when.periods[0]
        last = last_ended_month(context.ref)
        if base.end < last:
            claim.compare_to, claim.periods = [base], [Period.month(last.year, last.month)]
            claim.compare_stat = "peak" if base.months > 1 else None
            claim.alternatives = []
    if claim.kind == "streak" and len(claim.periods) == 1 and \
            claim.periods[0].kind == "month" and _AFTER_A_RUN.match(clause) and \
            ("period_from_sentence", {}) in claim.inherited:
        # "… rose slightly in August, after falling every month since February": the run
        # ended the month before the sentence's.
        month = add_months(claim.periods[0].start, -1)
        claim.periods = [Period.month(month.year, month.month)]
    if claim.kind == "comparison" and claim.compare_stat == "average" and claim.stat is None \
            and claim.periods and claim.periods[0].months > 1 and _PER_MONTH.search(
                sentence, 0, offset + claim.anchor):
        # "Mexico has averaged 115,636 … per month—11 times the monthly average during
        # Trump's first administration": an average against an average.
        claim.stat = "average"
    _month_after_the_base(claim, sentence, refs)
    if claim.kind == "change" and len(claim.compare_to) == 1:
        # "Una disminución del 42 % desde mayo de 2023": a change since a month is from that
        # month, not from the months since it.
        since = next((r for r in refs if r.kind == "since" and "month" in r.extra
                      and list(r.periods) == claim.compare_to and not _RANK_BEFORE.search(
                          sentence[max(0, r.start - 40):r.start])), None)
        if since is not None and claim.periods and since.extra["month"] < claim.periods[0].start:
            month = since.extra["month"]
            claim.compare_to = [Period.month(month.year, month.month)]
    if claim.kind == "change" and len(claim.periods) == 1 and (not claim.compare_to or len(
            claim.compare_to) == 1 and claim.compare_to[0].start > claim.periods[0].start):
        # (A "base" later than the span since a year is the level's own year.)
        _since_a_year(claim, refs)
    _when_figure(claim, offset, sentence, refs)
    _base_from_the_sentence_before(claim, context)
    _the_fiscal_year_before(claim, refs, context)


# A peak, then a change from it: "peaked at the end of 2023, then plummeted over 90%".
_PEAKED_THEN = re.compile(r"\b(?:peaked|topped out|hit (?:a|its) (?:peak|high)|alcanz[óo] su "
                          r"(?:pico|máximo)|llegaron a su (?:pico|máximo))\b(?P<when>[^.;]{1,40}?)"
                          r"[,;]?\s+(?:and\s+|y\s+)?(?:then|luego|después)\b", re.IGNORECASE)
# A clause on a run that came before: ", after falling every month since February".
_AFTER_A_RUN = re.compile(r"\W*(?:after|tras|después de|luego de)\s+(?:having\s+|haber\s+)?"
                          r"\w+(?:ing|ed|en|ado|ido)\b", re.IGNORECASE)


def _month_after_the_base(claim: Claim, sentence: str, refs: list[TimeRef]) -> None:
    """"Border encounters continued their climb under the Biden administration, reaching
    about 213,000, up 13 percent from June": with one month named as the base, the figures
    are of the month after it, not of the whole presidency the sentence is set in."""
    if claim.kind not in ("total", "change") or len(claim.periods) != 1 or \
            claim.periods[0].months < 2:
        return
    span = claim.periods[0]
    bases = [r for r in refs if r.kind == "month" and len(r.periods) == 1
             and _is_base(r, sentence, refs)]
    if len(bases) != 1 or not any(r.kind == "presidency" and list(r.periods) == [span]
                                  for r in refs):
        return
    after = add_months(bases[0].periods[0].start, 1)
    if span.start <= bases[0].periods[0].start and after <= span.end:
        claim.periods, claim.alternatives = [Period.month(after.year, after.month)], []


def _since_a_year(claim: Claim, refs: list[TimeRef]) -> None:
    """"340,252 apprehensions in fiscal year 2011, down 53 percent since 2008": a change
    since a year, in a sentence that names one year of its own, is from that year (of the
    same kind, fiscal or calendar) to this one, not over the months since."""
    since = next((r for r in refs if r.kind == "since" and list(r.periods) == claim.periods
                  and ("year" in r.extra or "fiscal_year" in r.extra)), None)
    years = [r for r in refs if r.kind in ("year", "fiscal_year") and len(r.periods) == 1]
    if since is None:
        return
    # (Of several years, the last one named before it: "… in FY 2012, representing a nearly
    # 50 percent decrease since FY 2008 and a 78 percent decrease from their peak in FY
    # 2000".)
    years = [r for r in years if r.end <= since.start][-1:] or years
    if len(years) != 1:
        return
    own = years[0].periods[0]
    first = since.extra.get("fiscal_year") or since.extra["year"]
    base = Period.fiscal_year(first) if own.kind == "fiscal_year" or \
        "fiscal_year" in since.extra else Period.year(first)
    if base.end < own.start:
        claim.periods, claim.compare_to, claim.alternatives = [own], [base], []
        claim.inherited.append(assumption("compared_since_year", period=base.label))


# "Last year", "the year before", "the previous year", "a year earlier" as a change's base.
_YEAR_BEFORE = re.compile(r"\b(?:last year|(?:the|a) (?:previous|prior|preceding) year|the year "
                          r"before|a year (?:earlier|before|ago))\b", re.IGNORECASE)


def _the_fiscal_year_before(claim: Claim, refs: list[TimeRef], context: _Context) -> None:
    """"CBP counted 2.14 million encounters ... in fiscal 2024. Compared with last year,
    encounters are down about 14%": a change against "last year" (read as a calendar year)
    in a text about a fiscal year compares that fiscal year with the one before, not the
    calendar year so far; so does one whose own period is that fiscal year."""
    if claim.kind != "change" or len(claim.compare_to) != 1 or \
            claim.compare_to[0].kind != "year" or not any(
                list(r.periods) == claim.compare_to and _YEAR_BEFORE.search(r.words)
                for r in refs):
        return
    if not claim.periods and len(context.periods) == 1 and \
            context.periods[0].kind == "fiscal_year" and \
            context.paragraph == claim.sentence.paragraph:
        claim.periods = list(context.periods)
        claim.inherited.append(assumption("period_from_text"))
    if len(claim.periods) == 1 and claim.periods[0].kind == "fiscal_year":
        claim.compare_to = [claim.periods[0].shifted_years(-1)]


def _base_from_the_sentence_before(claim: Claim, context: _Context) -> None:
    """"In February 2020, CBP encountered 36,687 migrants at the border. This February, it
    encountered 100,441 – an increase of more than 170 percent": a change with no base of
    its own may be against the figure the sentence before gave for an earlier period of
    the same kind; it is one more reading, and the figures decide."""
    if claim.kind != "change" or claim.compare_to or len(claim.periods) != 1 or \
            claim.quantity is None or claim.quantity.kind != "percent":
        return
    before = [c.periods[0] for c in context.claims if c.kind == "total" and
              len(c.periods) == 1 and c.periods[0].kind == claim.periods[0].kind and
              c.periods[0].end < claim.periods[0].start]
    if len(before) == 1:
        claim.alternatives.insert(0, list(claim.periods))
        claim.alternative_bases.insert(0, before)


def _when_figure(claim: Claim, offset: int, sentence: str, refs: list[TimeRef]) -> None:
    """"Rising since April, when apprehensions were only 17,000", "desde abril, cuando
    fueron 17 mil", "since January 2021 (75,316)": a level in a "when" clause or in
    brackets after a period is the period just named, the month a "since" starts from."""
    q = claim.quantity
    if claim.kind not in ("total", "rate") or q is None or q.kind != "count":
        return
    at = offset + claim.anchor
    before = [r for r in refs if r.end <= at and r.periods]
    if not before:
        return
    r = max(before, key=lambda x: x.end)
    # ... and "since January's total of about 58,300": the month's own figure.
    if not re.fullmatch(r"\s*,?\s*(?:when|cuando|donde|where|en (?:el|la) que)\b[^.;\d]*|"
                        r"(?:'s|’s)?\s+(?:total|figure|"
                        r"level|count|tally|number)\s+of\s+(?:about|around|roughly|nearly|some|"
                        r"approximately|just over|just under|more than|almost)?\s*|"
                        # "the lowest monthly total since January 2021 (75,316)"
                        r"\s*\(\s*(?:about|around|roughly|nearly|some|approximately|"
                        r"more than|almost|casi|unos|unas|más de)?\s*",
                        sentence[r.end:at], re.IGNORECASE) or re.search(
                            r",\s+(?:and|but|while|y|pero|mientras)\s", sentence[r.end:at],
                            re.IGNORECASE):
        # ("in October 2012, when the statistic was first tracked, and just 4,800 were
        # detained last October": a clause of its own after the "when".)
        return
    if re.match(r"\s*,\s*(?:when|cuando)\b[^.;\d]*,\s*$", sentence[r.end:at], re.IGNORECASE):
        # ("Since January, when Biden halted construction of the border wall …, 900,000
        # migrants … have been taken into custody": the figure opens the main clause after
        # the "when" clause closed; it is of the whole span.)
        return
    if sentence[r.end:at].lstrip().startswith("(") and (r.kind == "presidency" or any(
            x.start >= at and x.start < sentence.find(")", at) for x in refs)):
        return  # "the previous administration (336 per hour in December 2023)"
    if len(claim.periods) == 1 and claim.periods[0].kind == "month" and r.kind in (
            "year", "fiscal_year") and r.periods[0].start <= claim.periods[0].start <= \
            r.periods[0].end:
        return  # "in 2022, when 16,557 were reported in the same month": that month of it
    if r.kind == "since" and "month" in r.extra:
        month = r.extra["month"]
        claim.periods = [Period.month(month.year, month.month)]
    elif r.kind != "since":
        claim.periods = list(r.periods)
    else:
        return
    claim.alternatives = [list(a) for a in r.alternatives]
    claim.inherited = [(key, kw) for key, kw in claim.inherited
                       if key not in ("period_from_text", "period_from_sentence")]


def _expulsions_in_their_era(claim: Claim) -> None:
    """"Estados Unidos deportó en enero de 2020 a 4 mil 171 guatemaltecos, ... récord de
    expulsiones, informó el IGM": before March 2020 or after May 2023 "expulsions" are
    deportations, so another subject the sentence names (Guatemala's returns) is meant."""
    if claim.topic is None or claim.topic.id != "expulsions" or not claim.periods or any(
            p.start <= TITLE42.end and p.end >= TITLE42.start for p in claim.periods):
        return
    other = next((t for t in claim.other_topics if t.id in lx.SPECIFIC), None) or TOPIC.get(
        "removals")
    if other is None:
        return
    claim.topic, claim.other_topics = other, [claim.topic, *claim.other_topics]
    claim.filters.pop("authority", None)
    if other.id == "gt_returns":
        # Everyone Guatemala's IGM counts is Guatemalan; who sent them back is the cut.
        claim.filters.pop("citizenship", None)
        countries = [country for pattern, country in lx.RETURNED_FROM
                     if pattern.search(claim.sentence.text)]
        if len(countries) == 1:
            claim.filters["returned_from"] = countries


def _returned_by_both(claim: Claim) -> None:
    """"Los 79.697 migrantes guatemaltecos que Estados Unidos y México retornaron en 2023":
    returns from both countries are Guatemala's count of its people received back (IGM),
    not Mexico's returns alone."""
    gt = TOPIC.get("gt_returns")
    if gt is None or claim.topic is None or claim.topic.id not in _RETURN_TOPICS or \
            claim.topic is gt or claim.filters.get("citizenship") not in (None, ["GTM"]) or \
            not lx.RETURNED_FROM_BOTH.search(claim.sentence.text) or \
            not re.search(r"guatemal", claim.sentence.text, re.IGNORECASE):
        return
    claim.topic, claim.other_topics = gt, [claim.topic, *claim.other_topics]
    claim.filters.pop("citizenship", None)
    claim.filters.pop("returned_from", None)


def _share_of_another_period(claim: Claim, sentence_claims: list[Claim]) -> None:
    """"224,397 … in May, which is almost half of the 458,088 total … for all of fiscal
    year 2020": a fraction of another period's figure compares the two periods; it is no
    share of a group."""
    if claim.kind != "share" or claim.quantity is None or claim.quantity.kind != "fraction" \
            or len(claim.periods) != 1 or claim.share_group:
        return
    whole = claim.periods[0]
    level = next((c for c in reversed(sentence_claims) if c.kind == "total" and
                  c.start + c.anchor < claim.start + claim.anchor and len(c.periods) == 1
                  and (c.periods[0].end < whole.start or c.periods[0].start > whole.end)),
                 None)
    if level is None:
        return
    claim.kind = "comparison"
    claim.compare_to, claim.periods, claim.alternatives = [whole], list(level.periods), []


# "Double the length of the U.S.-Mexico border", "el doble del tamaño de": a multiple of a
# size, not of a count.
_A_MEASURE_OF_SIZE = re.compile(r"\s*(?:as\s+\w+\s+as\s+|(?:of\s+)?the\s+|del?\s+(?:la\s+)?)?"
                                r"(?:length|size|area|width|distance|longitud|tamaño|"
                                r"superficie|extensión|distancia)\b", re.IGNORECASE)


# "Whether it is the lowest", "verificar si son los más bajos": what is asked, not said.
_ASKED_WHETHER = re.compile(r"\b(?:verify|verificar|know|saber|determine|determinar|confirm|"
                            r"confirmar|tell|decir|check|comprobar|establish|establecer|"
                            r"unclear|claro|sure|seguro|asks?|asked|pregunt\w+|wonder\w*)\s+"
                            r"(?:[\w'’]+\s+){0,3}?(?:whether|if|si)\b[^.;:]*$", re.IGNORECASE)


def _not_against_itself(claim: Claim, sentence_claims: list[Claim]) -> None:
    """A change is never against its own period. "Detuvo en junio a 30 mil. Esto representa
    un aumento del 41% respecto al mes anterior", written in July: the month before June,
    not the month before the text's date (June itself). "2,475,669 migrants were detained
    between October 2022 and September 2023, 4 percent more than the previous fiscal year":
    the period compared is the figure's before it in the sentence."""
    if claim.kind not in ("change", "comparison") or len(claim.periods) != 1 or \
            [p.label for p in claim.compare_to] != [claim.periods[0].label]:
        return
    level = next((c for c in sentence_claims if c.kind == "total" and c.periods and
                  c.periods != claim.compare_to and c.start <= claim.start + len(claim.text)),
                 None)
    if level is not None:
        claim.periods = list(level.periods)
        return
    if claim.periods[0].kind in ("month", "year", "fiscal_year") and _PREVIOUS.search(
            claim.text):
        p = claim.periods[0]
        if p.kind == "month":
            before = add_months(p.start, -1)
            claim.compare_to = [Period.month(before.year, before.month)]
        else:
            claim.compare_to = [p.shifted_years(-1)]


# "The previous month", "el año anterior": the period before the one the claim is about.
_PREVIOUS = re.compile(r"\b(?:previous|prior|preceding|anterior|precedente)\s*(?:month|year|"
                       r"fiscal year)?\b|\b(?:month|year) before\b", re.IGNORECASE)


def _now_is_under_way(claim: Claim, words: str, context: _Context) -> bool:
    """"Currently", "right now", "actualmente" in words that name no period of their own:
    the month under way, judged on its figures as published since."""
    if context.ref is None or not _NOW.search(words):
        return False
    claim.periods = [month_of(context.ref)]
    return True


def _periods_from_words(claim: Claim, clause: str, offset: int, sentence: str,
                        refs: list[TimeRef], context: _Context,
                        previous: Claim | None) -> None:
    """The periods the time words bind the claim to (see ``_bind_periods``)."""
    if claim.kind == "total" and claim.quantity is not None and (around := next((
            r for r in refs if r.kind == "since" and "month" in r.extra and
            r.start < offset + claim.quantity.start < r.end), None)) is not None:
        # "The lowest since the 101,099 encounters in February of 2021": a figure inside the
        # "since" words is the month's they name.
        start = around.extra["month"]
        claim.periods = [Period.month(start.year, start.month)]
        return
    # "… most years (excluding a sudden surge in 2019)": a time left out is no claim's.
    refs = [r for r in refs if not _NOT_THE_FIGURES_TIME.search(sentence, max(0, r.start - 40),
                                                                r.start)]
    if claim.kind not in ("total", "rate"):
        refs = [r for r in refs if not r.extra.get("figure_only")]
    if claim.kind == "rank_record":
        # ("The third highest on record after an all-time high of nearly 19,000 in March":
        # the month that holds the record is not the one ranked.)
        refs = [r for r in refs if not _RECORD_HELD_BEFORE.search(
            sentence, max(0, r.start - 70), r.start)]
    if claim.kind in ("change", "comparison"):
        # ("Only 11,000 crossings last month, surpassing February's previous low": the
        # month that held the record is the record's, not a change's base.)
        refs = [r for r in refs if not _PREVIOUS_HOLDER.match(
                    sentence[r.start:r.end] + sentence[r.end:r.end + 40]) or
                _is_base(r, sentence, refs) or _SET_BELOW.search(sentence, max(0, r.start - 12),
                                                                 r.start)]
    if claim.kind != "rank_record":
        # ("Rose to 144,116 in May, levels last seen in 2006": the record's window only.)
        refs = [r for r in refs if not r.extra.get("record_only")]
    # (A span that runs on into the clause is the clause's too: "Desde octubre del 2018,
    # cuando se registró la entrada de la primera caravana, hasta febrero de este año se ha
    # contabilizado la entrada de 57,041".)
    clause_refs = [r for r in refs if offset <= r.start < offset + len(clause) or
                   r.kind == "range" and r.start < offset < r.end]
    if claim.kind != "rank_record":
        # "Have fallen to their lowest levels of the Biden presidency": a presidency right
        # after a superlative is the record's window, not a period of the change or level;
        # ... and so is a "since" there ("dropped in January ..., their lowest level since
        # June": January against December, not against the months since June).
        # (So is a span of years there: "el mes con la mayor cantidad de arrestos de los
        # últimos cinco años, con un total de 92.607".)
        rank_window = [r for r in refs if (r.kind == "presidency" or r.kind == "since" and
                                           claim.kind != "streak") and
                       _RANK_BEFORE.search(sentence[max(0, r.start - 40):r.start]) or
                       r.kind in ("relative", "range") and claim.kind in ("total", "rate") and
                       len(r.periods) > 1 and _RANK_BEFORE_SPAN.search(
                           sentence[max(0, r.start - 50):r.start])]
        clause_refs = [r for r in clause_refs if r not in rank_window]
        refs = [r for r in refs if r not in rank_window]
    else:
        # "1.6 million in the 2021 fiscal year, more than quadruple the number of the prior
        # fiscal year and the highest annual total on record": a comparison's base is not
        # the record's period while the sentence names another.
        # (Not "… en comparación con mayo de 2019, cuando llegó la mayor cantidad": the
        # record of the base; nor a base after the record words.)
        at_record = sentence.find(claim.rank_words, offset) if claim.rank_words else -1
        bases = [r for r in refs if r.kind in ("month", "year", "fiscal_year", "relative")
                 and r.end <= at_record and not _WHEN.search(sentence, r.end, at_record)
                 and _is_base(r, sentence, refs)]
        if bases and any(r not in bases and r.kind in ("month", "year", "fiscal_year")
                         for r in refs):
            clause_refs = [r for r in clause_refs if r not in bases]
            refs = [r for r in refs if r not in bases]
        if at_record >= 0 and not re.match(r"\W*(?:this|that|these|those|it|este|esta|estos|"
                                           r"estas|ese|esa|esos|esas|la cifra|the figure)\b",
                                           sentence, re.IGNORECASE):
            # "237,565, the lowest fiscal year total in 55 years, compared with 201,780 in
            # Fiscal Year 1970": a base with its own figure after the record words is the
            # base's, not the record's period. (After "Este número …", the figure the text
            # gave is ranked, and the month contrasted is set against it.)
            past = at_record + len(claim.rank_words or "")
            after = [r for r in refs if r.start >= past and r.kind in (
                "month", "year", "fiscal_year") and _is_base(r, sentence, refs) and
                re.search(r"\d", sentence[past:r.start]) and
                _BASE_FIGURE.search(sentence, past, r.start) and
                not _WHEN.search(sentence, past, r.start)]
            clause_refs = [r for r in clause_refs if r not in after]
            refs = [r for r in refs if r not in after]
    # "A 92% drop from the Biden-era peak": a period's peak or average is a base, not the
    # period a claim is about.
    stat_base = next((r for r in clause_refs if r.extra.get("stat")), None)
    # (A comparison's base after its multiple may be an average: "five times the pace of
    # the Obama administration and four times that of the Trump administration".)
    stat_after = [r for r in clause_refs if not r.extra.get("stat") or
                  r.start > offset + claim.anchor]
    if claim.kind not in ("total", "rate"):  # "the peak of ... 370,883": the level's own
        clause_refs = [r for r in clause_refs if not r.extra.get("stat")]
    presidency = next((r for r in clause_refs if r.kind == "presidency"), None)
    since = next((r for r in clause_refs if r.kind == "since"), None)
    if context.periods:
        # "… from September 30, 2015 to September 30, 2016. The most recent numbers are
        # Border Patrol's fifth lowest arrest tally since 1972": the latest figures opening
        # a sentence are the numbers just given, not the latest month's.
        refs = [replace(r, kind="anaphor") if r.extra.get("latest_figures") and
                not sentence[:r.start].strip(" \"'“‘") else r for r in refs]
        clause_refs = [next((x for x in refs if x.start == r.start), r) for r in clause_refs]
    # "that month", "the same year": the period named just before.
    anaphor = any(r.kind == "anaphor" for r in refs)
    # "En aquel año fiscal, ... registraron 400.000": a "that year" before the figure, with
    # nothing nearer, is the year the sentence before named.
    at = offset + claim.anchor
    before = [r for r in refs if r.end <= at and r.kind != "presidency"]
    # ("Border Patrol made more than 2 million apprehensions during the year": after the
    # figure too, when the clause names no other period and the text has counted none,
    # e.g. after a record: with a count before, the year is that count's, below.)
    later = [r for r in refs if r.kind == "anaphor" and offset <= r.start < offset + len(clause)
             and r.start >= at] if not context.periods else []
    candidate = before[-1] if before and before[-1].kind == "anaphor" else (
        later[0] if later else None)
    that_year = candidate if candidate is not None and re.search(
        r"year|año", candidate.words) and context.years and not any(
        offset <= r.start < offset + len(clause) and r.kind != "anaphor" for r in refs) \
        else None
    if claim.kind == "change":
        claim.shift_years = next((r.extra["years"] for r in clause_refs if r.kind == "anaphor"
                                  and r.extra.get("years")), None)
    refs = [r for r in refs if r.kind != "anaphor"]
    clause_refs = [r for r in clause_refs if r.kind != "anaphor"]
    if claim.kind in ("total", "rate") and claim.quantity is not None:
        # "212,672 encounters, 27 percent of which involved individuals who had a prior
        # encounter in the previous 12 months": a time of the share's own clause is not the
        # figure's.
        q_end = offset + claim.quantity.end
        refs = [r for r in refs if not (r.start >= q_end and _SHARE_OF_WHICH.search(
            sentence, q_end, r.start))]
        clause_refs = [r for r in clause_refs if r in refs]
    own = [r for r in clause_refs if r.kind != "presidency"]
    if claim.kind == "rate" and not own and _now_is_under_way(claim, clause, context):
        # "The Border Patrol is currently averaging about 4,000 … per day".
        return
    if claim.kind == "change" and claim.quantity is not None and len(own) > 1:
        # "Since December, illegal crossings … are down more than 40 percent, and have been
        # relatively stable thus far this year": a period of the predicate after it is not
        # the change's.
        q_end = offset + claim.quantity.end
        own = [r for r in own if not (r.start >= q_end and _NEW_PREDICATE.search(
            sentence, q_end, r.start))] or own
        # "… rebounded over the remainder of 2020, surged 66% between February and March
        # 2021": a period of the predicate before, set off by a comma, is not this change's
        # while it names its own after its verb.
        at_verb = offset + claim.anchor
        if any(r.start >= at_verb for r in own) and re.fullmatch(
                r"[a-záéíóú]+(?:ed|ó|aron)", claim.change_words or "", re.IGNORECASE):
            own = [r for r in own if not (r.end <= at_verb and re.fullmatch(
                r"\s*,\s*(?:and\s+|then\s+|y\s+)?", sentence[r.end:at_verb],
                re.IGNORECASE))] or own
    fronted = next((r for r in refs if r.kind in ("month", "year", "fiscal_year", "range",
                                                  "since")
                    and r.end <= offset and _FRONTED.fullmatch(
                        sentence[:r.start], _said_that_end(sentence[:r.start]))
                    and _FRONTED_GAP.fullmatch(sentence[r.end:offset])), None)
    if fronted is not None and claim.kind in ("total", "rate", "share") and all(
            r.start > at for r in own):
        # "Between January and September 2023, nearly 409,000 arrivals …, with a notable
        # spike in August": the time the sentence opens with is its first figure's, not a
        # month named after it for another.
        own = [fronted, *own]
    if sum(r.kind == "month" for r in own) > 1:
        # "A principios de junio, aproximadamente 133 mil fueron detenidos … tan solo en
        # mayo", "in early June": when the count was told, beside the month it counts.
        own = [r for r in own if not (r.kind == "month" and _EARLY_IN.search(
            sentence, max(0, r.start - 25), r.start))] or own
    antecedent = next((r for r in refs if (r.kind in ("month", "year", "fiscal_year") or
                                           r.kind == "since" and "month" in r.extra)
                       and r.end <= offset and re.fullmatch(r"\s*,\s*", sentence[r.end:offset])
                       and _WHICH.match(clause)), None)
    if antecedent is not None and antecedent.kind == "since":
        # ("… desde mayo, cuyas cifras fueron las más altas": May's.)
        month = antecedent.extra["month"]
        antecedent = replace(antecedent, kind="month",
                             periods=(Period.month(month.year, month.month),), alternatives=())
    if antecedent is not None and (not own or claim.kind == "rank_record" and all(
            r.kind == "since" for r in own)):
        # "… compared to August, which itself saw an increase of almost 9,100 arrests from
        # the previous month": the clause is about the period it hangs on ("2019, un año que
        # registró el mayor número de detenciones desde 2007": with the record's window).
        own = [antecedent, *own]
    if claim.kind in ("total", "rate", "share"):
        # "about 124,000, was the lowest since June 2023", "approximately 230,000, the
        # highest in 2023", "(27,178) are at the highest point for the fiscal year": the
        # window of the record after the figure, not the figure's period.
        q = claim.quantity
        figure_end = offset + q.end if q is not None else None

        def window(r: TimeRef) -> bool:
            if r.kind == "since":
                return bool(_RANK_BEFORE.search(sentence[max(0, r.start - 40):r.start]))
            # (Not "the 1.6 million record from the year 2000": a record of that year.)
            between = sentence[figure_end:r.start] if figure_end is not None else ""
            return figure_end is not None and r.start >= figure_end and r.kind in (
                "year", "fiscal_year", "relative", "range") and bool(
                _RANK_BEFORE.search(between) or _FIRST_TIME_SINCE.search(between)) and \
                not re.search(r"\d|\br[eé]cord\b", between, re.IGNORECASE)
        # With no period of its own, such a level is the latest month's.
        claim.latest_if_none = any(window(r) for r in refs if r.kind != "since")
        own = [r for r in own if not window(r)]
        refs = [r for r in refs if not window(r)]
    if claim.kind == "change" and _FIRST_TIME_SINCE.search(sentence):
        # "Subió en febrero por primera vez desde mayo del año pasado": the month after
        # "since" is the window of a first (a run the other way before it, a claim of its
        # own), not the change's base.
        def first_since(r: TimeRef) -> bool:
            return bool(_FIRST_SINCE_BEFORE.search(sentence, max(0, r.start - 45), r.start))
        own = [r for r in own if not first_since(r)]
        refs = [r for r in refs if not first_since(r)]
    if claim.kind == "total" and own and context.periods and claim.quantity is not None and \
            all(re.search(r"\b(?:same|mism[oa]s?)\b", r.words, re.IGNORECASE) and
                r.start >= offset + claim.quantity.end and _BASE_BETWEEN.search(
                    sentence, offset + claim.quantity.end, r.start) for r in own):
        # "… sumaron un total de 95,686, cifra que es menor … a los 107,865 de los mismos
        # meses de 2022": the same months of another year are the base's; the figure
        # before them is of the months the text named.
        claim.periods = list(context.periods)
        claim.alternatives = [list(a) for a in context.alternatives]
        claim.time_kind = context.time_kind
        claim.inherited.append(assumption("period_from_text"))
        return
    if claim.versus is not None:
        # Two countries' series over the same months: the period named anywhere in the
        # sentence ("that year": the one named before); none: the latest twelve months.
        chosen = (own or [r for r in refs if r.kind != "presidency"] or
                  [r for r in refs if r.kind == "presidency"] or [None])[0]
        if chosen is not None:
            claim.periods = list(chosen.periods)
            claim.alternatives = [list(a) for a in chosen.alternatives]
            claim.time_words, claim.time_kind = chosen.words, chosen.kind
            claim.explicit_fiscal = bool(lx.FISCAL_WORDS.search(chosen.words))
        elif anaphor and context.periods:
            claim.periods = list(context.periods)
            claim.alternatives = [list(a) for a in context.alternatives]
            claim.time_kind = context.time_kind
            claim.inherited.append(assumption("period_from_text"))
        return
    if claim.kind == "comparison":
        # A presidency can be the base: "lower than under Trump", "92% below the peak of the
        # Biden administration".
        # (A presidency before the comparison is its compared period when it is set
        # against another: "Under Biden, there have been more than 1 million more
        # encounters than under Trump's entire term".)
        against_a_term = any(r.kind == "presidency" and r.start > offset + claim.anchor
                             for r in stat_after)
        _comparison_periods(claim, offset, [r for r in stat_after if r.kind != "presidency"
                                            or r.start > offset + claim.anchor or
                                            against_a_term],
                            previous, context, refs)
        if stat_base is not None and not claim.compare_to:
            claim.compare_to = list(stat_base.periods)
            claim.compare_stat = stat_base.extra["stat"]
        return
    if claim.kind in ("change", "comparison") and stat_base is not None and \
            not claim.compare_to:
        claim.compare_to = list(stat_base.periods)
        claim.compare_stat = stat_base.extra["stat"]
        if not own and context.ref is not None and \
                stat_base.periods[-1].end < context.ref.replace(day=1) and \
                _now_is_under_way(claim, sentence, context):
            # "Currently averaging about 4,000 … a day, down 40% from the daily average in
            # December".
            return
    # "Entre diciembre de 2020 y febrero de 2021, la Patrulla Fronteriza registró un
    # aumento del 337%": a span opening the sentence is the change's when its clause names
    # no period of its own.
    spans = own or [r for r in refs if r.end <= offset and r.periods][-1:]
    years = [r for r in spans if r.kind in ("year", "relative") and len(r.periods) == 1 and
             r.periods[0].kind == "year"]
    runs = [r for r in spans if r.kind == "range" and _SPAN_WORDS.match(r.words) and
            not re.search(r"\d", r.words) and len(r.periods) == 1 and
            r.periods[0].start.year == r.periods[0].end.year]
    if claim.kind == "change" and len(spans) == 2 and len(years) == 1 and len(runs) == 1:
        # "Last year, there was a 17 percent decrease from May to June": the months of the
        # year the sentence named.
        run = runs[0].periods[0]
        shift = years[0].periods[0].start.year - run.start.year
        spans = [replace(runs[0], periods=(run.shifted_years(shift),))]
    if claim.kind == "change" and len(spans) > 1 and claim.quantity is not None:
        # "The second contraction in fiscal 2022, after encounters plummeted nearly 40
        # percent from December to January": the span right after the change's figure is
        # the change's.
        right = [r for r in spans if r.kind == "range" and _SPAN_WORDS.match(r.words) and
                 0 <= r.start - (offset + claim.quantity.end) <= 12]
        # (Not with a base after it: "jumped 122 percent between October 2015 and April 2016
        # from the same period a year earlier".)
        if len(right) == 1 and all(r.start < offset + claim.quantity.start
                                   for r in spans if r is not right[0]):
            spans = right
    ends = next((r for r in own if r.kind == "range" and (
        r.extra.get("ends") or _SPAN_WORDS.match(r.words) and len(r.periods) == 1)), None)
    if ends is not None and all(r is ends or list(r.periods)[:1] in (
            [end] for end in _span_ends(ends)) for r in own):
        # "Nearly doubled from fiscal year 2021 to FY2022, going from about 620,000 in FY2021
        # to a little over 1,150,000 in FY2022", "entre 2019 y 2022 … un aumento del 1,023%
        # …, pasando de 22,102 personas a 248,284 en 2022": the years the levels restate
        # are the span's.
        spans = [ends]
    if claim.kind == "change" and len(spans) == 1 and spans[0].kind == "range" and (
            _SPAN_WORDS.match(spans[0].words) or spans[0].extra.get("ends") and
            not spans[0].extra.get("to_date")) and not spans[0].extra.get("shifted") and \
            not claim.compare_to and \
            claim.quantity is not None and (claim.quantity.kind in (
                "percent", "multiplier", "fraction") or claim.quantity.role == "difference"
                or _FROM_LEVEL_TO_LEVEL.search(clause)):
        # "dropped 75% from December 2023 to November 2024", "rose 10x from April 2020 to
        # March 2021", "fell by about two-thirds between December 2023 and June 2024": from
        # the first month to the last, not their sum, as is a difference ("rose by about
        # 3,400 from July to August 2024"); between two fiscal years ("between fiscal 2021
        # and fiscal 2023"), from the first year to the last.
        own = spans
        span = own[0].periods[0]
        first, last = _span_ends(own[0])
        claim.compare_to, claim.periods = [first], [last]
        if first.kind == "year" and own[0].alternatives:
            # "A 4,560% increase … from 2020 to 2022": from fiscal 2020 to fiscal 2022 too,
            # as the span itself may be read; the figures decide.
            claim.alternatives = [[Period.fiscal_year(last.start.year)]]
            claim.alternative_bases = [[Period.fiscal_year(first.start.year)]]
        if first.kind != "month":
            return
        if span.start.year == span.end.year and re.match(r"(?:between|entre)\s", own[0].words,
                                                         re.IGNORECASE) or \
                span.months <= 12 and re.search(r"\b(?:through|thru)\b", own[0].words,
                                                re.IGNORECASE):
            # "Entre enero y agosto de 2022 … el aumento del 43%", "from October 2019
            # through June … dropped by 74%": also the months together against the same
            # months a year before; the figures decide.
            claim.alternatives = [[span]]
            claim.alternative_bases = [[span.shifted_years(-1)]]
        return
    if claim.kind == "total" and claim.quantity is not None and len(spans) == 1 and \
            spans[0].kind == "range" and _SPAN_WORDS.match(spans[0].words) and \
            (levels := _FROM_LEVEL_TO_LEVEL.search(clause)) and \
            levels.start() <= claim.anchor < levels.end():
        # "Entre 2019 y 2024, estos pasaron de 183 mil a 925 mil": each level is one end's,
        # the first the span's first year (or month), the second its last.
        first, last = _span_ends(spans[0])
        claim.periods = [first if claim.anchor < levels.start("to") else last]
        claim.alternatives = []
        return
    relation = context.relation
    if claim.kind == "change" and relation is not None and relation.periods and own and all(
            r.extra.get("shifted") for r in own) and relation.sentence is claim.sentence and \
            [p.label for p in own[0].extra.get("from", ())] == [
                p.label for p in relation.compare_to]:
        # "Un descenso del 40% con respecto a enero y del 26% comparado con el mismo
        # período del año anterior": the period the clause before compared, a year back.
        shifted = own[0]
        years = (shifted.periods[0].start.year - shifted.extra["from"][0].start.year) if \
            shifted.extra.get("from") else -1
        claim.periods = list(relation.periods)
        claim.compare_to = [p.shifted_years(years or -1) for p in relation.periods]
        claim.inherited.append(assumption("compared_from_clause"))
        return
    if claim.kind == "change" and len(own) == 1 and own[0].extra.get("shifted") and \
            own[0].extra.get("from"):
        # "38,000 since February 1, a 90% decrease compared to the almost 600,000 of the
        # same period last year": the shifted period is the base, the one it was shifted
        # from is compared.
        claim.compare_to = list(own[0].periods)
        claim.periods = list(own[0].extra["from"])
        claim.inherited.append(assumption("period_from_sentence"))
        return
    if claim.kind == "change" and len(own) == 1 and (
            own[0].extra.get("shifted") or own[0].extra.get("years") == -1) and \
            len(context.periods) == 1 and context.periods[0].kind == "range" and \
            1 < context.periods[0].months < 12 and context.ref is not None and \
            context.paragraph == claim.sentence.paragraph and \
            context.periods[0].end >= add_months(context.ref.replace(day=1), -6):
        # "… during the first ten months of fiscal year 2002 (October 2001 through July
        # 2002). Apprehensions were down about 27 percent from the previous year": those
        # months, against the same months a year before.
        claim.periods = list(context.periods)
        claim.compare_to = [p.shifted_years(-1) for p in context.periods]
        claim.inherited.append(assumption("period_from_text"))
        return
    if claim.kind in ("change", "comparison") and _SAME_MONTH.search(
            sentence[:offset + len(clause)]) and \
            len(context.periods) == 1 and context.periods[0].kind == "month":
        # "En marzo ... en comparación con el mismo mes bajo el gobierno de Biden, una
        # disminución del 95% con respecto a 2024": March against March of the year named.
        month = context.periods[0]
        years = [r for r in own if r.kind == "year"] or [
            r for r in refs if r.kind == "year" and r.start >= offset]
        if years:
            year = years[0].periods[0].start.year
            claim.periods = [month]
            claim.compare_to = [Period.month(year, month.start.month)]
            claim.inherited.append(assumption("compared_from_text"))
            return
    levels = [c for c in context.claims if c.kind == "total" and len(c.periods) == 1]
    if len(levels) == 1:
        # "In FY 2017 … fewer than 304,000 … In FY 2020 … just over 400,000 … That's a …
        # 32 percent increase": the other level may be the sentence's before.
        levels = [c for c in context.earlier if c.kind == "total" and len(c.periods) == 1][
            -1:] + levels
    if claim.kind == "change" and not own and not claim.compare_to and _THIS_IS.match(
            sentence) and len(levels) == 2 and \
            levels[0].periods[0].end < levels[1].periods[0].start and \
            levels[0].filters == levels[1].filters and claim.filters in ({}, levels[0].filters):
        # "… pasaron de 213,023 en el año fiscal 2022 a 30,645 en lo que va del año fiscal
        # 2025. Esto representa una disminución superior al 85 %": the change between the
        # two levels of one group the sentence before stated, from the first to the last.
        claim.periods = list(levels[-1].periods)
        claim.compare_to = list(levels[0].periods)
        claim.inherited.append(assumption("compared_from_text"))
        return
    if claim.kind == "change" and not claim.compare_to and previous is not None and \
            previous.kind == "total" and previous.quantity is not None and \
            claim.quantity is not None and len(previous.periods) == 1 and len(levels) >= 1 \
            and levels[-1].periods[0].start > previous.periods[0].end and \
            levels[-1].filters == previous.filters and claim.filters in ({}, previous.filters):
        # "… 104,000 … through May of this fiscal year. In the same period of 2018, there
        # were 4,733 apprehensions, a more than 2,100 percent rise": a change set beside an
        # earlier level is from it to the level the sentence before stated.
        at = sentence.find(previous.quantity.words)
        if at >= 0 and _SET_BESIDE_LEVEL.fullmatch(
                sentence, at + len(previous.quantity.words), offset + claim.quantity.start):
            claim.periods = list(levels[-1].periods)
            claim.compare_to = list(previous.periods)
            claim.filters = {k: list(v) for k, v in previous.filters.items()}
            claim.inherited.append(assumption("compared_from_text"))
            return
    if claim.kind == "change" and presidency is not None and not claim.compare_to and \
            _is_base(presidency, sentence, refs):
        # "A 95% drop from under the Biden administration": the presidency is the base; the
        # period compared is the clause's own, or the relation's before in the sentence,
        # else the latest month.
        claim.compare_to = list(presidency.periods)
        claim.compare_stat = "average"
        source = context.relation or previous
        if not own and source is not None and source.periods and \
                source.periods != claim.compare_to:
            claim.periods = list(source.periods)
            claim.inherited.append(assumption("compared_from_clause"))
            return
        if not own:
            return
    over_year = [r for r in own if r.kind == "range" and _OVER_THE_LAST_YEAR.fullmatch(r.words)]
    month = [r for r in own if r not in over_year and len(r.periods) == 1 and
             r.periods[0].months == 1 and not _is_base(r, sentence, refs)]
    if claim.kind == "change" and over_year and month and not claim.compare_to and \
            claim.quantity is not None and claim.quantity.kind == "percent":
        # "In February, illegal border crossings were down 94% over the last year": the
        # month against the same month a year before, not the twelve months to it.
        claim.periods = list(month[0].periods)
        claim.compare_to = [month[0].periods[0].shifted_years(-1)]
        return
    from_high = claim.kind == "change" and bool(own) and own[0] is not antecedent and bool(
        _FROM_PEAK.search(sentence, max(0, own[0].start - 60), own[0].start))
    if claim.kind == "change" and own and (_is_base(own[0], sentence, refs) or from_high):
        # "En 2024, los cruces cayeron 42% respecto a 2023": the clause names only the
        # base; the period compared is the one named before it in the sentence.
        before = [antecedent] if antecedent is not None else [
            r for r in refs if r.start < own[0].start and r.kind not in (
                "presidency", "since") and not _is_base(r, sentence, refs)]
        # "una reducción del 34 por ciento …, en comparación con el 2014, durante los
        # primeros ocho meses de este año": the period compared follows the base, with no
        # figure between them.
        following = [r for r in own[1:] if r.kind not in ("presidency", "since") and
                     re.fullmatch(r"\s*,?\s*(?:during|in|over|for|durante|en)\s*",
                                  sentence[own[0].end:r.start], re.IGNORECASE)][:1]
        if not before and following and not from_high:
            claim.compare_to = list(own[0].periods)
            claim.compare_stat = own[0].extra.get("stat")
            own = following
        elif before:
            claim.compare_to = list(own[0].periods)
            claim.compare_stat = own[0].extra.get("stat")
            own = [before[-1]] + own[1:]
            claim.inherited.append(assumption("period_from_sentence"))
        elif all(_is_base(r, sentence, refs) or from_high and r is own[0] for r in own):
            # "an 86% increase from June 2023": June is the base; the period compared is the
            # figure before in the sentence ("in August surged to 37,554, up 20% over
            # July"), the figure before ("This monthly number"), or the latest month.
            claim.compare_to = list(own[0].periods)
            claim.compare_stat = own[0].extra.get("stat")
            if from_high and claim.compare_stat is None and own[0].periods[0].months > 1 \
                    and context.ref is not None and own[0].periods[0].end >= add_months(
                        context.ref.replace(day=1), -24):
                # ("Declined 75 percent from their peak last year": the year's highest month;
                # a peak year long past, "from their peak in 2000", is the year's total.)
                claim.compare_stat = "peak"
            own = []
            # The compared period of the relation before in the sentence ("up nearly 16%
            # from 232,963 in August, and up nearly 50% from July"), not a level's.
            source = context.relation or previous
            if source is not None and source.periods and \
                    source.periods != claim.compare_to:
                claim.periods = list(source.periods)
                claim.inherited.append(assumption("compared_from_clause"))
                return

    if claim.kind == "rank_record":
        # "a 12% increase from August and the highest ever for the month of September":
        # a base is not the period ranked.
        non_base = [r for r in own if not _is_base(r, sentence, refs)]
        # ("… en comparación con los registrados en mayo de 2019, cuando se detuvo … a la
        # cifra récord de 144.000": a clause on the period right before it is that period's.)
        when_of = [r for r in refs if r.periods and r.end <= offset and re.fullmatch(
            r"[\s,]*", sentence[r.end:offset])] if re.match(
            r"\s*(?:when|cuando)\b", clause, re.IGNORECASE) else []
        if when_of and not non_base:
            non_base = when_of[-1:]
        # "This new record number leaves behind the 248,000 in 2022 and the 133,000 in
        # 2021", "Este número representa el nivel más bajo desde mayo de 2020, en contraste
        # con los 47,000 de diciembre": the record is the period the text has been counting,
        # not those it passed or is set against.
        from_text = bool(own) and not [r for r in non_base if r.kind not in (
            "since", "presidency")] and bool(context.periods) and \
            context.paragraph == claim.sentence.paragraph and any(
                r.kind not in ("since", "presidency") for r in own)
        # "212,672 … in July, the most in more than 21 years and three times the amount in
        # January": with only a base in its own clause, the record is the period named
        # before it (chosen below), not the base.
        earlier = [r for r in refs if r.end <= offset and r.periods and r.kind not in (
            "since", "presidency") and not _is_base(r, sentence, refs)]
        # ("… disminuyendo …, desde la cifra récord, registrada en mayo del 2019", "una
        # caída … desde mayo, cuyas cifras fueron las más altas": a record that is itself
        # the base, or said of it, is the base's period.)
        said_of_base = any(_OF_THE_BASE.match(sentence, r.end, offset + claim.anchor)
                           for r in own)
        own = non_base or ([] if earlier and not from_text and not said_of_base and
                           not _RECORD_AS_BASE.search(sentence[:offset + claim.anchor])
                           else own)
        # "En los últimos siete años, el año fiscal más alto fue de 479.371 en 2014": the
        # year is ranked among the years of the span.
        years = [r for r in own if r.kind in ("year", "fiscal_year")]
        spans = [r for r in refs if r.kind in ("relative", "range") and r.periods and
                 Period.between(r.periods[0], r.periods[-1]).months >= 24]
        if years and spans and re.search(r"\b(?:year|años?)\b", claim.rank_words + " " +
                                          clause, re.IGNORECASE) and not claim.compare_to:
            claim.rank_window = "period"
            claim.compare_to = [Period.between(spans[0].periods[0], spans[0].periods[-1])]
            own = years
        # "Marzo fue el mes con la mayor cantidad de arrestos de los últimos cinco años": the
        # month among the months of the span, up to it.
        # ("Este dato mensual es el mayor registrado en los últimos 12 años": the month of
        # the figure just given.)
        months = [r for r in own if r.kind == "month" and len(r.periods) == 1] or (
            [r for r in earlier if r.kind == "month" and len(r.periods) == 1][-1:]
            if all(r in spans for r in own) else [])
        that_month = context.periods[0] if not months and all(r in spans for r in own) and \
            _THAT_FIGURE.match(sentence) and len(context.periods) == 1 and \
            context.periods[0].kind == "month" else None
        month = months[0].periods[0] if months else that_month
        if month is not None and spans and re.search(
                r"\b(?:month|mes|mensual|monthly)\b", claim.rank_words + " " + clause,
                re.IGNORECASE) and not claim.compare_to and \
                spans[0].periods[0].start < month.start:
            claim.rank_window = "period"
            claim.compare_to = [Period.span(spans[0].periods[0].start, month.start)]
            if months:
                own = months
            else:
                claim.periods = [month]
                claim.inherited.append(assumption("period_from_text"))
                return
        # "232,963 in August, the highest monthly total of 2023": the month named before
        # is ranked among the months of the year named after the superlative.
        named = offset + claim.anchor + len(claim.rank_words)
        year_after = [r for r in own if (r.kind in ("year", "fiscal_year") or r.kind ==
                                         "relative" and len(r.periods) == 1 and
                                         r.periods[0].kind in ("year", "fiscal_year")) and
                      r.start >= offset + claim.anchor and
                      len(sentence[named:r.start].split()) <= 4 and
                      # (Not "a new high for the month this year": the month's own record.)
                      not re.search(r"\b(?:for|para) (?:the|that|this|el|ese|este) "
                                    r"(?:month|mes)\b", sentence[named:r.start],
                                    re.IGNORECASE)]
        month_before = [r for r in refs if r.kind == "month" and r.end <= offset +
                        claim.anchor and not _is_base(r, sentence, refs)][-1:]
        # ("The August numbers are the highest for any month this calendar year": the month
        # in the claim's own clause.)
        if year_after and month_before and all(
                r in year_after or r in month_before or r.start > year_after[0].end
                for r in own) and \
                not claim.compare_to and \
                since is None and presidency is None and \
                month_before[0].periods[0].start >= year_after[0].periods[0].start and \
                month_before[0].periods[0].end <= year_after[0].periods[0].end:
            claim.rank_window = "period"
            claim.compare_to = list(year_after[0].periods)
            own = month_before
        # "After a record December": the month the words call a record.
        right_after = [r for r in clause_refs if r.kind == "month" and r.start >= named and
                       re.fullmatch(r"\s*", sentence[named:r.start])]
        if not right_after and _PEAK_NOUN.search(sentence[:named]):
            # "decreased from its peak in Fiscal Year 2019 through Fiscal Year 2020", "el
            # pico de mayo de 2019": the period the peak is said to be in.
            right_after = [r for r in clause_refs if r.start >= named and r.kind in (
                "month", "year", "fiscal_year") and re.fullmatch(
                    r"\s*(?:in|of|en|de|del)\s+(?:(?:the\s+)?(?:fiscal\s+)?year\s+)?",
                    sentence[named:r.start], re.IGNORECASE)][:1]
        if right_after:
            own = right_after + [r for r in own if r not in right_after]
        # The window a record is claimed over: "under Trump", "since 2000", "in two decades".
        if presidency is not None and claim.rank_years and all(
                r.kind == "presidency" for r in own) and re.match(
                r"(?:under|during|throughout|durante|bajo)\b", presidency.words, re.IGNORECASE):
            # "Under the Trump administration, apprehensions were at a 45-year low": the
            # term is when the low came, not the window it is ranked in; each fiscal year
            # mostly in it is a reading.
            term = presidency.periods[0]
            years = [y for y in map(Period.fiscal_year, range(fiscal_year_of(term.start),
                                                             fiscal_year_of(term.end) + 1))
                     if _months_within(y, term) >= 6]
            if years:
                claim.periods, claim.alternatives = [years[0]], [[y] for y in years[1:]]
                return
        if presidency is not None and claim.rank_years and (
                said := lx.RANK_WINDOW_YEARS.search(sentence)) is not None and \
                presidency.start > said.end():
            # "The 5th highest for the month in the last quarter century, with the Biden
            # administration holding three of the top five spots": the years said are the
            # window; the term after them is an aside on who holds the places.
            presidency = None
        if presidency is not None:
            claim.rank_window = "period"
            claim.compare_to = list(presidency.periods)
        if since is not None:
            claim.rank_window = "period"
            claim.since = since
            claim.compare_to = list(since.periods)
        if from_text:
            claim.periods = list(context.periods)
            claim.alternatives = [list(a) for a in context.alternatives]
            claim.time_kind = context.time_kind
            claim.inherited.append(assumption("period_from_text"))
            return
        own = [r for r in own if r.kind != "since"]
    if not own and (re.match(r"\s*(?:when|cuando|while|mientras)\b", clause, re.IGNORECASE) or (
            claim.kind in ("total", "rate") and re.match(
                r"\s*(?:which|que|la cual|el cual)\s+(?:was|were|is|stood|saw|fue|era|"
                r"equival\w+|ascend\w+)\b", clause, re.IGNORECASE))):
        # "... the monthly average during Biden's administration, which was cited at
        # 155,485 a month": the period named just before.
        # "... in April 2020, when migration plummeted": the period named just before.
        own = [r for r in refs if r.end <= offset and r.periods][-1:]
        presidency = None
    elif claim.kind != "rank_record" and presidency is not None and not own:
        # "under Biden, 6 million": the months of his presidency (of the one nearest the
        # figure, in "11,132 under Biden, compared to less than 700 under Trump").
        own = [r for r in clause_refs if r.kind == "presidency"]
    past: list[TimeRef] = []
    if claim.kind in ("total", "rate", "share") and claim.quantity is not None:
        # "nearly 2.5 million encounters, roughly two and a half times the fiscal 2019
        # total": a period past a comparison marker is the base's, not this figure's.
        end = offset + claim.anchor + len(claim.quantity.words)
        # ("69,000 times in October": how many events, not a multiple.)
        past = [r for r in own if r.start >= end and _MARKER_BETWEEN.search(
            re.sub(r"^\s*(?:de\s+)?(?:times|veces)\b", "", sentence[end:r.start],
                   flags=re.IGNORECASE))]
        own = [r for r in own if r not in past]
        if re.search(r"\b(?:to|hasta|(?:ca[yí]\w*|baj\w+|sub\w+|aument\w+|disminu\w+|"
                     r"descend\w+|lleg\w+|pas\w+|reduj\w+|increment\w+)\s+a)\s*$",
                     sentence[:offset + claim.anchor], re.IGNORECASE):
            # (Not the "a" of "detuvieron a 1,232 personas", which marks whom.)
            # "Down by half from December's record, to just over 124,000": the level a
            # change reached is not its base's, whatever the base's month.
            own = [r for r in own if not (r.end <= offset + claim.anchor
                                          and _is_base(r, sentence, refs))]
        if re.match(r"\s*(?:when|cuando|while|mientras)\b", clause, re.IGNORECASE):
            # "the year 2021, when 130 thousand crossed, then 250 thousand in 2022": the
            # period named just before the clause is a candidate too.
            own = own + [r for r in refs if r.end <= offset and r.periods][-1:]
        # A level belongs to the time expression nearest to it: "16,182 in April to 47,207
        # in August", "In March 2021, CBP encountered 168,195".
        own = _by_distance(own, offset + claim.anchor, offset + claim.anchor
                           + len(claim.quantity.words), sentence)
        if (respective := _respective(claim, offset, sentence, refs)) is not None:
            own = [respective] + own
        # "…in December 2022—a 40% increase from the previous year—which includes 161,808
        # single adults": the base of a change is no level's period while another is named.
        named = [r for r in own if not r.extra.get("shifted")]
        if named and own[0] not in named and claim.quantity.start > own[0].end - offset:
            own = named + [r for r in own if r not in named]
    if claim.kind == "streak":
        # "The fifth consecutive month that apprehensions have fallen, down 68 percent from
        # a peak of 133,000 in May": a base, or a peak fallen from, is not where the run ends.
        own = [r for r in own if not _is_base(r, sentence, refs) and not _FROM_PEAK.search(
            sentence[max(0, r.start - 60):r.start])]
        before = [r for r in refs if r.end <= offset and r.periods and r.kind == "month"
                  and not _is_base(r, sentence, refs)]
        if before and re.fullmatch(r"\W*(?:the|its|el|la|su)?\s*", clause[:claim.anchor],
                                   re.IGNORECASE):
            # "… en febrero, el décimo mes consecutivo de aumento …, un regreso a los niveles
            # vistos por última vez a mediados de 2019": a run said of the month just named
            # ends in it.
            own = before[-1:] + [r for r in own if r is not before[-1]]
    if claim.kind == "rank_record" and claim.rank_words:
        # "About a third of the peak level back in 2000": the record's own period, named
        # right after its words.
        at = sentence.find(claim.rank_words, offset)
        right_after = next((r for r in refs if at >= 0 and r.start >= at + len(
            claim.rank_words) and r.kind in ("year", "fiscal_year", "month") and
            _RECORD_OF_PERIOD.fullmatch(sentence[at + len(claim.rank_words):r.start])), None)
        if right_after is not None:
            own = [right_after, *[r for r in own if r is not right_after]]
        if at >= 0:
            # "… the highest number ever in one month, although the monthly total fell to
            # 176,197 the following month": a time past a contrast is the other predicate's.
            own = [r for r in own if not (r.start > at and _CONTRAST.search(
                sentence, at, r.start))]
    if claim.kind == "change" and claim.quantity is not None and \
            claim.quantity.kind == "percent" and len(own) == 1 and claim.compare_to in (
            [], list(own[0].periods)) and own[0].kind in (
            "month", "year", "fiscal_year") and own[0].start < offset + claim.anchor and \
            _is_base(own[0], sentence, refs) and context.periods and \
            context.paragraph == claim.sentence.paragraph and \
            context.periods != list(own[0].periods) and \
            context.periods[0].start > own[0].periods[0].end:
        # "Hasta el año pasado … 107,490 familias. En comparación con el año fiscal 2013, …
        # hubo un aumento de 613.9 por ciento": the base the sentence names, against the
        # period the text counted last.
        claim.compare_to = list(own[0].periods)
        claim.periods = list(context.periods)
        claim.alternatives = [list(a) for a in context.alternatives]
        same_kind = next((a for a in claim.alternatives if len(a) == len(claim.periods) and all(
            p.kind == own[0].periods[0].kind for p in a)), None)
        if same_kind is not None and claim.periods[0].kind != own[0].periods[0].kind:
            # (A base of a fiscal year is against a fiscal year: like for like.)
            claim.alternatives.remove(same_kind)
            claim.alternatives.insert(0, claim.periods)
            claim.periods = same_kind
        claim.inherited.append(assumption("compared_from_text"))
        return
    chosen = own[0] if own else None
    if chosen is None and claim.kind == "trend" and relation is not None and \
            relation.kind == "change" and relation.compare_to and relation.periods and \
            _CONCLUSION.match(clause):
        # "… rose more than 70 percent in July from a year ago, showing that illegal
        # immigration has continued to grow": the growth the change just showed.
        claim.periods = list(relation.periods)
        claim.compare_to = list(relation.compare_to)
        claim.inherited.append(assumption("compared_from_clause"))
        return
    if chosen is None and claim.kind == "change" and relation is not None and \
            relation.compare_to and relation.periods and not claim.compare_to:
        # "... cifra que se disparó a 240 mil 185 en los mismos meses de este 2023, lo cual
        # arroja un incremento de 39 por ciento": the change the sentence just related.
        claim.periods = list(relation.periods)
        claim.compare_to = list(relation.compare_to)
        claim.inherited.append(assumption("compared_from_clause"))
        return
    if chosen is None and that_year is not None and claim.kind in ("total", "rate", "share"):
        year = context.years[-1]
        if "fiscal" in that_year.words and year.kind == "year":
            year = Period.fiscal_year(year.start.year)
        claim.periods, claim.alternatives = [year], []
        claim.inherited.append(assumption("period_from_text"))
        return
    if chosen is None:
        sentence_refs = [r for r in refs if r.kind not in ("presidency",)
                         and list(r.periods) != claim.compare_to and r not in past]
        if claim.kind in ("total", "rate", "share") and claim.quantity is not None:
            # Outside its own clause, a figure looks back before it looks ahead: a later
            # clause's period belongs to that clause's figures.
            # ... and not past a contrast ("..., mientras en el periodo de 2005 a 2010").
            # ... unless the sentence ends by saying whose figures of which period it gives
            # ("…, mientras que más de la mitad eran hombres, según los datos de 2024"):
            # those are every clause's.
            later = [r for r in sentence_refs if r.start >= offset + len(clause)]
            sentence_refs = _by_distance([r for r in sentence_refs if r not in later],
                                         offset + claim.anchor, offset + claim.anchor
                                         + len(claim.quantity.words), sentence) + [
                r for r in later if _DATA_OF.search(sentence, max(0, r.start - 40), r.start)
                and re.fullmatch(r"[^.;]{0,60}[.;]?\s*", sentence[r.end:]) or (
                    # ("…, procedentes de México, el año pasado.": a time that closes the
                    # sentence alone is the whole sentence's.)
                    re.fullmatch(r"[\s,]*", sentence[offset + len(clause):r.start]) and
                    re.fullmatch(r"\W*", sentence[r.end:])) or (
                    not re.search(r"\b(?:while|whereas|mientras|en cambio)\b",
                                  sentence[offset + len(clause):r.start], re.IGNORECASE)
                    and len(_NOUN_APPOSITION.sub(",", sentence[offset + claim.anchor:r.start]))
                    <= LOOK_AHEAD)]
        if claim.kind == "rank_record":
            # "the busiest year ... since 2006" names its year in the clause before.
            # A base named before ("36 percent fewer than in December 2024, ..., and the
            # fewest since September 2020") is not the period ranked.
            # (But one the record is set beside is the record's: "twice as many as in 2019,
            # the busiest year for apprehensions under Trump".)
            sentence_refs = [r for r in sentence_refs if not _is_base(r, sentence, refs) or
                             _RECORD_BESIDE.fullmatch(sentence, r.end, offset + claim.anchor)]
            # (Nor a time past a contrast after it: "That marked a monthly record, though
            # that number fell by half in January" is the month the text named before.)
            sentence_refs = [r for r in sentence_refs if r.kind not in ("since",)
                             and r.start < offset and not r.extra.get("stat")] or [
                r for r in sentence_refs if r.kind not in ("since",)
                and not r.extra.get("stat") and not (
                    r.start > offset + claim.anchor and _CONTRAST.search(
                        sentence, offset + claim.anchor, r.start))]
            sentence_refs = sentence_refs[-1:]
        elif claim.kind == "streak":
            sentence_refs = [r for r in sentence_refs if not _is_base(r, sentence, refs)]
        if claim.kind != "rank_record" and not sentence_refs and presidency is None and \
                not claim.compare_to:
            sentence_refs = [r for r in refs if r.kind == "presidency"
                             and not r.extra.get("stat")]
        if claim.kind in ("total", "rate", "change", "comparison", "share"):
            # "30,573 encounters nationwide — 92% below the peak of the Biden
            # administration's": a period named as the base of a comparison is not the
            # level's (nor another change's); with nothing else named, it is the latest
            # month's.
            bases = [r for r in refs if r.extra.get("stat") or _is_base(r, sentence, refs)]
            sentence_refs = [r for r in sentence_refs if r not in bases]
            claim.latest_if_none = claim.latest_if_none or (bool(bases) and
                                                            not sentence_refs)
            if claim.kind == "change" and bases and not sentence_refs and \
                    not claim.compare_to and claim.quantity is not None and \
                    any(ch.isdigit() for ch in claim.quantity.words):
                # "La cantidad superó en 7 mil 913 a la registrada durante el trimestre de
                # 2023, un aumento del 69.2%": against the base the sentence names; what is
                # compared is the figure before (the period the text named last).
                claim.compare_to = list(bases[-1].periods)
                claim.compare_stat = bases[-1].extra.get("stat")
                if context.periods and context.paragraph == claim.sentence.paragraph and \
                        context.periods != claim.compare_to:
                    claim.periods = list(context.periods)
                    claim.inherited.append(assumption("compared_from_text"))
                    return
        if sentence_refs:
            chosen = sentence_refs[0] if claim.kind != "rank_record" else sentence_refs[-1]
            claim.inherited.append(assumption("period_from_sentence"))
            if claim.kind == "change" and not claim.compare_to and (base := next((
                    r for r in reversed(refs) if r is not chosen and (
                        r.end <= chosen.start or r.end <= offset) and r.kind in (
                        "month", "year", "fiscal_year") and _is_base(r, sentence, refs)),
                    None)):
                # "de diciembre 2023 (...) a diciembre 2025 (...), la disminución es del
                # 97.4%": the change runs from the base the sentence named; so does one
                # after the levels ("2,475,669 in FY2023, compared with 1,734,686 in FY2021,
                # an increase of more than 40%"), the base nearest before the change.
                claim.compare_to = list(base.periods)
    if chosen is not None and claim.kind == "change" and claim.compare_to and \
            chosen.periods and chosen.periods[-1].end < claim.compare_to[0].start and \
            not _is_base(chosen, sentence, refs) and chosen.start > offset + len(clause):
        # "un incremento del 58.5% respecto a 2023, y … supera el total de 2010 a 2019": a
        # later clause's years, before the base, are not what rose from it.
        chosen = None
    if chosen is not None:
        claim.periods = list(chosen.periods)
        claim.alternatives = [list(a) for a in chosen.alternatives]
        claim.each = chosen.each
        claim.time_words = claim.time_words or chosen.words
        claim.time_kind = chosen.kind
        claim.explicit_fiscal = bool(lx.FISCAL_WORDS.search(chosen.words))
        claim.to_day = chosen.extra.get("to_day")
        claim.from_day = chosen.extra.get("from_day")
        claim.stat = chosen.extra.get("stat")
        if claim.kind == "total" and chosen.kind == "year" and _SAME_MONTH.search(sentence) \
                and len(context.periods) == 1 and context.periods[0].kind == "month":
            # "el mismo mes ... con respecto a 2024 (137,473)", "exceeded in 2022, when
            # 16,557 were reported in the same month": March 2024's figure, February 2022's.
            claim.alternatives.insert(0, list(claim.periods))
            claim.periods = [Period.month(chosen.periods[0].start.year,
                                          context.periods[0].start.month)]
            claim.time_kind = "month"
        if chosen.kind == "since" and claim.kind == "total" and re.fullmatch(
                r"\s*\(\s*", sentence[chosen.end:offset + claim.anchor]):
            # "more than in any fiscal year since FY 2000 (1,643,679)": the year named.
            fy, year = chosen.extra.get("fiscal_year"), chosen.extra.get("year")
            if fy or year:
                claim.periods = [Period.fiscal_year(fy) if fy else Period.year(year)]
                claim.time_kind = "fiscal_year" if fy else "year"
        elif chosen.kind == "since" and claim.kind != "rank_record":
            claim.since = chosen
        if claim.kind == "total" and chosen.kind == "year" and _is_base(chosen, sentence,
                                                                         refs):
            # "238,185 in the first eight months of the year, compared to 333,704 in
            # 2023": the base may be the same months of that year, like for like.
            part = next((p for r in refs if r is not chosen and not _is_base(
                r, sentence, refs) for p in r.periods[:1] if p.kind == "range" and
                p.start.year == p.end.year and p.months < 12), None)
            if part is not None:
                year = chosen.periods[0].start.year
                claim.alternatives.insert(0, [part.shifted_years(year - part.start.year)])
        if claim.kind == "total" and chosen.kind == "fiscal_year" and _is_base(
                chosen, sentence, refs):
            # "Between October 2015 and July of this year, over 107,000 …, compared to 59,000
            # in FY 2015": the same months of that fiscal year, like for like.
            part = next((p for r in refs if r is not chosen and not _is_base(
                r, sentence, refs) for p in r.periods[:1] if p.kind == "range" and
                p.months < 12 and fiscal_year_of(p.start) == fiscal_year_of(p.end)), None)
            if part is not None:
                shift = fiscal_year_of(chosen.periods[0].end) - fiscal_year_of(part.end)
                claim.alternatives.insert(0, [part.shifted_years(shift)])
    elif anaphor and context.aside and (very := _THAT_VERY.search(sentence)) and (
            context.aside[0].kind == "month") == bool(re.search(r"month|mes", very.group(0))):
        # "That same month, … nearly 125,000 migrants": the month the sentence before named.
        claim.periods = list(context.aside)
        claim.inherited.append(assumption("period_from_text"))
    elif context.periods and (anaphor or claim.kind in ("total", "share") or (
            claim.kind == "streak" and all(p.kind == "month" for p in context.periods)) or (
            # "… 420,789 apprehensions in fiscal year 2013. Arrests of people from other
            # countries rose 55%": a change with no time of its own, after a whole year, is
            # that year's, against the year before.
            # (A year long past, "we've doubled all of 2018" said in June 2019, is more
            # often a base than the period of the change.)
            claim.kind == "change" and len(context.periods) == 1 and
            context.periods[0].kind in ("fiscal_year", "year") and context.ref is not None
            and context.periods[0].end >= add_months(context.ref.replace(day=1), -6)) or (
            # ("… los meses de enero a mayo de este año … En el caso de Guatemala, el
            # descenso en la cifra de deportados fue del 16.5%": those months, against the
            # same months a year before.)
            claim.kind == "change" and not claim.compare_to and len(context.periods) == 1
            and context.periods[0].kind == "range" and 1 < context.periods[0].months < 12
            and context.ref is not None
            and context.periods[0].end >= add_months(context.ref.replace(day=1), -6)) or (
            claim.kind == "rank_record" and claim.rank_years and len(context.periods) == 1
            and context.periods[0].months == 12) or (
            # "San Diego was the busiest of the nine sectors", after June's figures: the
            # groups ranked over the period the text just named.
            claim.kind == "rank_record" and claim.rank_among is not None)) and \
            context.paragraph == claim.sentence.paragraph:
        # "... 301,981 in December. CBP encounters topped 200,000 for the fifth straight
        # month": the streak runs up to the month the text just named.
        # "Venezuelans made up 14 percent ... that year": the year named just before.
        claim.periods = list(context.periods)
        claim.alternatives = [list(a) for a in context.alternatives]
        claim.time_kind = context.time_kind
        claim.inherited.append(assumption("period_from_text"))
        related = next((c for c in reversed(context.claims) if c.kind in (
            "change", "comparison") and c.compare_to and c.periods == claim.periods and [
                p.months for p in c.compare_to] == [p.months for p in c.periods]), None)
        if anaphor and claim.kind == "change" and not claim.compare_to and related:
            # "… 22,500 in September, twice as many as the 11,127 in April. Over the same
            # period, apprehensions of UAC tripled": the span the sentence before compared.
            claim.compare_to = list(related.compare_to)
        whole = claim.periods[0]
        if claim.kind == "rank_record" and whole.kind == "range" and whole.start.month in (
                1, 10):
            # "Over the last year … the highest in 20 years": the twelve months ranked as
            # the fiscal (October) or calendar (January) year they are.
            claim.periods = [Period.fiscal_year(whole.end.year) if whole.start.month == 10
                             else Period.year(whole.start.year)]
    if claim.kind == "change" and len(claim.periods) == 1 and len(own) > 1 and \
            not claim.compare_to and own[0].extra.get("shifted"):
        # "una reducción ... en comparación con el año anterior, durante el 2023".
        claim.compare_to = list(own[0].periods)
        claim.compare_stat = own[0].extra.get("stat")
        claim.periods = list(own[1].periods)
    elif claim.kind == "change" and len(claim.periods) == 1 and len(own) > 1 and \
            not claim.compare_to:
        second = own[1]
        if (base := next((r for r in own[2:] if _is_base(r, sentence, refs)), None)) and \
                not _is_base(second, sentence, refs):
            # "… for fiscal year 2019, … 40,507 … in September, a decline of 20 percent
            # from the previous month": the base the sentence names, against the period
            # named just before it.
            claim.periods = list(own[own.index(base) - 1].periods)
            second = base
        from_to = re.search(r"(?<!respecto )(?<!frente )(?<!compared )(?<!comparado )"
                            r"(?<!comparada )\b(?:to|a|hasta)\s+(?:the\s+|l[oa]s?\s+)?"
                            r"[\d.,]+(?![\d.,]*\s*"
                            r"(?:%|percent|per cent|por ciento))",
                            sentence[own[0].end:second.start], re.IGNORECASE)
        if (second.extra.get("shifted") or _is_base(second, sentence, refs)) and not from_to:
            # "en 2024, respecto a 2023", "in 2024 compared with 2023": the second is the
            # base.
            claim.compare_to = list(second.periods)
            claim.compare_stat = second.extra.get("stat")
        else:
            # "between fiscal 2017 and fiscal 2023": from the first to the second. "From
            # the fiscal year 2016 to this year": this fiscal year too.
            claim.compare_to = [claim.periods[0]]
            claim.periods = list(second.periods)
            if claim.compare_to[0].kind == "fiscal_year" and second.kind == "relative":
                claim.alternatives = [list(a) for a in second.alternatives
                                      if all(p.kind == "fiscal_year" for p in a)]


# "Lower than the 16,182 in April 2020", "more than in any month of 2019": a direction
# between two periods, with no multiple or percentage; "more than 700,000" is a hedge.
# "A figure that surpasses all of last year", "supera el total de 2022": a comparison
# with no number, upward.
_SURPASSES = re.compile(r"\b(?P<dir>surpass(?:es|ed)?|exceed(?:s|ed)?|tops|topped|supera(?:n|ron)?|"
                        r"super[óo]|rebasa(?:n|ron)?|rebas[óo])\s+(?:(?:all|the whole|the "
                        r"entire)\s+of\s+|(?:the\s+)?(?:total|figure|number)\s+(?:of|for|from)\s+|"
                        r"tod[oa]s?\s+(?:el|la|los|las)\s+|(?:el|la)\s+(?:total|cifra)\s+de(?:l)?\s+)",
                        re.IGNORECASE)
# What follows "than" in a comparison of two periods: not a record ("than in any year",
# "than ever"; "than in all of fiscal 2019" is a period) nor a figure ("more than 700,000").
_THAN_A_PERIOD = (r"(?!(?:in\s+|en\s+)?(?:any|every|all(?!\s+of\b)|ever|cualquier|ningún|"
                  r"nunca)\b)(?!(?:about|around|nearly|almost|some|roughly|unos|unas|casi)?\s*"
                  r"(?:[\d$]|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|half|un|"
                  r"una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|medio)\b))")
# ("Menores de edad que iban solos", "mayores de edad": minors and adults, no comparison.)
# ("Aún es más bajo que en mayo de 2014": lower.)
_MORE_THAN = re.compile(r"\b(?P<dir>more|fewer|less|higher|lower|greater|larger|smaller|"
                        r"below|above|más\s+baj[oa]s?|más|menos|mayor(?:es)?(?! de edad)|"
                        + lx.LESSER_ES + r"(?! de edad))\s+(?:\w+\s+){0,2}?"
                        r"(?:than|que)\s+" + _THAN_A_PERIOD, re.IGNORECASE)


# "Made more apprehensions at the southern border than in all of fiscal 2019": the people
# counted, then where or when, then "than" and a period (or, after a difference, any base).
_MORE_NOUN_THAN = re.compile(r"\b(?P<dir>more|fewer|less)\s+(?:encounters|apprehensions|arrests|"
                             r"migrants|people|crossings)\b(?:\s+[\w'’,-]+){0,10}?\s+than\b",
                             re.IGNORECASE)
_MORE_NOUN_THAN_A_PERIOD = re.compile(_MORE_NOUN_THAN.pattern + r"\s+" + _THAN_A_PERIOD,
                                      re.IGNORECASE)
# The words after a difference (see text.py): "901 fewer Salvadorans in July than in June",
# "901 salvadoreños retenidos menos en julio que en junio".
_DIFFERENCE_THAN = re.compile(r"\b" + DIFFERENCE_TO_THAN + r"|\d\s+(?:[a-záéíóúñ]+\s+){1,2}"
                              r"(?P<dir_es>más|menos)\b(?:\s+[\w,]+){0,8}?\s+que\b",
                              re.IGNORECASE)


# Between a number and a time expression, these end one figure's words and start another's:
# "from 590,690 in the first five months of 2024 to 113,612 in 2025".
_SEPARATES = re.compile(r"[,;(]|\b(?:to|from|and|than|versus|vs|compared|a|hasta|frente|y|"
                        r"que|while|whereas|mientras)\b", re.IGNORECASE)


# The base's figure may carry its own hedge or title: "down from more than 96,000 in
# December", "from a record of more than 300,000 in December", "down from the second-high of
# 1.67 million in 2000", "desde casi 250 mil en diciembre" (the month is still the base's,
# not the claim's).
_BASE_HEDGE = (r"(?:(?:a|an|the)\s+(?:(?:record|previous|prior|former|second|third|all-time)"
               r"[\s-]+)?(?:record|peak|high|low|all-time high)\s+(?:of\s+)?)?"
               r"(?:(?:(?:more|less|fewer)\s+than|nearly|almost|about|around|roughly|some|"
               r"just\s+(?:over|under)|over|under|approximately|más\s+de|casi|cerca\s+de|"
               r"alrededor\s+de|unos|unas|aproximadamente|poco\s+más\s+de|apenas)\s+)?")


# "from 232,963 in August", "than the 21,169 of the same months", "compared to crossings
# in March 2020": the base's own figure or noun between the marker and the period.
# ("Cayó de 211,000 en abril a 204,000": a verb of change, then "de" and the base.)
_BASE_FIGURE = re.compile(r"(?<!more )(?<!less )(?<!fewer )(?<!más )(?<!menos )\b(?:from|"
                          r"(?:(?<=ó )|(?<=aron )|(?<=eron ))(?<!fueron )de|"
                          r"than|over|compared (?:to|with)|comparad[oa]s? con|respecto a|"
                          r"frente a|que|en "
                          r"comparación (?:con|a)|en relación (?:con|a)|con relación a|"
                          r"doubled|tripled|quadrupled|exceeded|surpassed|"
                          r"leaves behind|left behind|leaving behind|dej[aó] atrás|dejando atrás|"
                          r"contraste (?:\w+ )?con|contrasta con|in contrast (?:to|with)|"
                          r"duplic[óo]|tripl?ic[óo]|super[óo](?: en [\d.,]+(?: mil)?(?: \d+)? a)?)"
                          # ("down from the peak annual total of 616,346 in 2000")
                          r"\s+(?:the\s+|their\s+|its\s+|l[oa]s?\s+|el\s+|sus?\s+)?"
                          r"(?:(?:[^\W\d]+\s+){1,3}(?:of|de)\s+)?"
                          # ("frente a los 2 millones 135 mil 005 del año fiscal 2024": a
                          # figure written with its words of thousands and millions)
                          r"(?:" + _BASE_HEDGE + r"[\d.,]+(?:\s+(?:millones|millón|mil|million)"
                          r"(?:\s+[\d.,]+)?)*(?!\s*"
                          r"(?:%|percent|per cent|por ciento))(?:(?:\s+[\w-]+){0,3}?|"
                          # ("a 63% reduction from the 144,255 people apprehended or turned
                          # back in May": the base's own words, up to its period)
                          # ("… a 674% increase from the 23,237 illegal aliens apprehended at
                          # the border in May 2020")
                          r"(?:\s+(?!to\b|a\b|hasta\b|and\b|y\b)[\w-]+){3,7}?\s+(?:in|during|"
                          r"en|durante))|[\w-]+\s+(?:in|of|during|en|de|del|durante))\s*$",
                          re.IGNORECASE)


# A figure a level is said to be below or above, then its period: "well below the more than
# 58,000 people whom agents apprehended in August 2024".
_BASE_BELOW = re.compile(r"\b(?:below|above)\s+(?:the\s+)?" + _BASE_HEDGE + r"[\d.,]+(?!\s*(?:%|"
                         r"percent|per cent))(?:\s+[\w-]+){0,5}?\s+(?:in|of|during)\s*$",
                         re.IGNORECASE)


# A base marker, then words of the period or of what is counted: "over last August 2020",
# "compared with the same month", "respecto al número de detenciones que se reportaron en
# el 2024", "compared with the number of arrests in 2024".
_MARKER = (r"compared (?:to|with)|respecto (?:a|al|de)|frente a|en comparación (?:con|a)|"
           r"con relación a")
_BASE_WORDS = re.compile(r"(?<!more )(?<!less )(?<!fewer )\b(?:(?:from|than|over|against|"
                         + _MARKER + r")\s+(?:(?:last|the|same|previous|prior|month|year|"
                         r"period|of|in|during|el|la|los|las|mismo|misma|periodo|mes|año|del?|"
                         # ("a 100% increase on the already high numbers encountered in
                         # February": the change's noun, then its base.)
                         r"pasado|anterior)\s+){1,3}|(?:versus|" + _MARKER + r"|(?:increase|"
                         r"rise|jump|drop|decrease|decline|fall|gain|reduction)s?\s+(?:on|over)"
                         r")\s+"
                         r"(?:[^\W\d_]+\s+){1,7}?(?:in|of|during|for|en|de|del|durante)"
                         r"(?:\s+(?:the|el|la))?\s*|"
                         # "about 75 percent as many apprehensions as in May 2022"
                         r"\bas\s+(?:many|much|high|low|large)\s+(?:[^\W\d_]+\s+){0,3}?as\s+"
                         r"(?:in|during)?\s*)$", re.IGNORECASE)

# What makes "over" before a figure a base ("a 10% increase over 50,000 in May", "up 20
# percent over the 40,000 of 2019"), not "more than".
_OVER_A_BASE = re.compile(r"(?:%|\b(?:percent|per cent|up|down|increase|rise|jump|climb|gain|"
                          r"surge|decrease|drop|decline|fall|higher|lower|more|fewer|less|"
                          r"increased|rose|jumped|climbed|grew|surged)\b)[^.;,\d]{0,25}$",
                          re.IGNORECASE)
# A record, then when it was set: "a 10-percent increase over the old record, set in
# August", "un 15% más que el récord anterior, registrado en mayo".
# ("Desde la cifra récord, registrada en mayo del 2019": where a run began.)
_BASE_RECORD_SET = re.compile(r"(?<!more )(?<!less )(?<!fewer )\b(?:from|than|over|against|"
                              r"desde|since|doubled|tripled|surpassed|exceeded|topped|broke|"
                              r"beat|" + _MARKER + r")\s+(?:the\s+|el\s+|la\s+)?"
                              # ("since the Yuma Sector's high point in 2005")
                              r"(?:(?:[\w.-]+\s+){0,2}[\w.-]+[’']s\s+)?"
                              r"(?:(?:old|previous|prior|former|earlier)\s+)?(?:(?:cifra|"
                              r"nivel|figure|level|number|número)\s+)?(?:record|high|peak|"
                              r"récord|máximo|pico)(?:\s+point)?"
                              # ("the prior record for UAC apprehensions, set during the
                              # 'border emergency' in FY 2019")
                              r"(?:\s+(?:for|of)\s+[^,.;\d]{1,40}?)?"
                              r"(?:\s+anterior)?,?\s+(?:(?:that was\s+)?(?:set|reached|"
                              r"established|recorded)(?:\s+(?:during|amid)\s+[^,.;\d]{1,40}?)?"
                              r"(?:\s+in)?|(?:registrad[oa]|alcanzad[oa]|"
                              r"establecid[oa])(?:\s+en)?|de|in)(?:\s+(?:the|el))?\s*$",
                              re.IGNORECASE)

# "una reducción de aproximadamente un 28% de las 132.887 detenciones de mayo": the figure
# a change is "of" is its base.
_BASE_AFTER_PERCENT = re.compile(r"\d\s*(?:%|por ciento)\s+de\s+l[oa]s\s+[\d.,]+(?:\s+mil)?"
                                 r"(?:\s+[^\W\d_]+){0,3}?(?:\s+(?:de|del|en))?\s*$",
                                 re.IGNORECASE)
# Two levels, the first "to" the second: "11,127 to 28,995", "183 mil a 925 mil".
_LEVEL_TO_LEVEL = (_BASE_HEDGE + r"(?P<a>\d)[\d.,]*(?:\s+(?:mil|thousand|million|millones))?"
                   r"(?:\s+[^\W\d_]+){0,2}?\s+(?P<to>to|a|hasta)\s+(?:(?:los|las)\s+)?"
                   + _BASE_HEDGE + r"(?P<b>\d)")
# A change stated by its two levels: "rose from a low of 11,127 to 28,995", "pasaron de
# 441 mil a 779 mil".
_FROM_LEVEL_TO_LEVEL = re.compile(
    r"\b(?:from|de|desde)\s+(?:(?:a|an|the|los|las)\s+)?(?:(?:low|high|peak)\s+of\s+)?"
    + _LEVEL_TO_LEVEL, re.IGNORECASE)
# "Pasaron de 183 mil a 925 mil", "went from 11,127 to 28,995": a change by its levels (the
# verb the match, the levels after it).
# ("Al pasar de los 144 mil a los 42 mil": the infinitive, the levels with their article.)
_WENT_FROM = re.compile(r"\b(?:pasaron|pas[óo]|pasar|pasando|fueron|went|go|going|grew|moved)\s+"
                        r"(?:de|from)(?=\s+(?:(?:los|las)\s+)?" + _LEVEL_TO_LEVEL + ")",
                        re.IGNORECASE)
# A span named by its ends: "from December 2023 to November 2024", "entre 2019 y 2024".
_SPAN_WORDS = re.compile(r"(?:from|de|desde|between|entre)\s.+\s(?:to|a|al|hasta|through|and|y)\s",
                         re.IGNORECASE)


def _span_ends(span_ref: TimeRef) -> tuple[Period, Period]:
    """The first and last period of a span named by its ends: its first and last month, or
    the fiscal or calendar years it runs between ("entre 2022 y 2023", "from FY2022 to
    FY2023"), not its first and last months."""
    if ends := span_ref.extra.get("ends"):
        return ends[0], ends[1]
    span = span_ref.periods[0]
    if span.start.year < span.end.year and not _NAMES_A_MONTH.search(span_ref.words):
        fiscal = span.start.month == 10 and span.end.month == 9
        if fiscal or (span.start.month == 1 and span.end.month == 12):
            make = Period.fiscal_year if fiscal else Period.year
            return make(span.start.year + fiscal), make(span.end.year)
    return Period.month(span.start.year, span.start.month), Period.month(span.end.year,
                                                                          span.end.month)


# A clause on a period just named: "… en comparación con mayo de 2019, cuando …".
_WHEN = re.compile(r"\b(?:when|cuando|where|donde|en (?:el|la) que)\b", re.IGNORECASE)
# A multiple of another period's count: "more than quadruple the number of the prior fiscal
# year", "twice the total of 2019", "el doble de los de 2022", "tres veces el número de".
_BASE_MULTIPLE = re.compile(r"\b(?:double|triple|quadruple|twice|(?:three|four|five|\d+)\s+"
                            r"times|doble|triple|cuádruple|veces)\s+(?:(?:the|el|la|l[oa]s)\s+)?"
                            r"(?:(?:number|total|level|figure|amount|count|número|cifra|"
                            r"nivel|cantidad)\s+)?(?:(?:of|in|from|de|del|en)\s+)?"
                            r"(?:(?:the|el|la|l[oa]s)\s+)?$", re.IGNORECASE)


# What a count is of, said right after it: events the files count ("1.66 million
# apprehended"), not crossings.
_COUNTED_AFTER = re.compile(r"[\s\w,]{0,30}?\b(?:apprehen\w+|arrest\w*|caught|detain\w*|"
                            r"encounter\w*|stopped|taken into custody|detenid\w*|"
                            r"aprehendid\w*|encuentros)\b",
                            re.IGNORECASE)


_ESTIMATE = re.compile(r"\bestimat\w*|\bgot[- ]?aways?\b|\brepeat (?:encounters|crossers|"
                       r"crossings|offenders)|\breinciden\w+|\brecidivis\w+|"
                       # ("have tried to cross since 2021" counts the attempts: encounters)
                       r"\bhad (?:previously |already )?(?:tried|attempted) to cross|"
                       r"\bhave (?:previously|already) (?:tried|attempted) to cross|"
                       r"\bprior (?:encounters?|attempts?)|\bprevious (?:encounters?|attempts?)|"
                       r"\b(?:ya )?hab[ií]an intentado cruzar|\bintentos? previos?|"
                       r"\bre-?encounter\w*|"
                       r"\bevaded (?:capture|detection|"
                       r"apprehension|law enforcement|agents|authorities)|\bundetected\b|"
                       r"\bescaped detection|\bse estima\w*|"
                       r"\bestimad[oa]s?\b|\bestimaci\w+|\bno detectad\w+|\bevadieron\b",
                       re.IGNORECASE)
# "Migrants from countries such as Senegal, Mauritania, China, and India": a group named by
# examples, not in full ("mostly from countries such as …" says who most were, and is not
# matched: the figure is then everyone's).
_OPEN_GROUP = re.compile(r"\b(?:migrants?|people|nationals|immigrants|travell?ers|"
                         r"asylum seekers|migrantes|personas|extranjeros)\s+(?:from|de|"
                         r"procedentes de|provenientes de)\s+(?:other\s+|otros\s+)?(?:countries|"
                         r"nations|places|países|naciones|lugares)\s+(?:such as|like|including|"
                         r"como|tales como)\b", re.IGNORECASE)
# The words before a time that is not the figure's: one set aside ("(excluding a sudden
# surge in 2019)", "salvo en 2020"), or one said of something beside it ("a total of
# 250,000 …, with big spikes in September"; "President Mulino, who took office in July").
_NOT_THE_FIGURES_TIME = re.compile(
    r"\b(?:excluding|except(?:\s+for)?|aside from|apart from|not counting|sin contar|excepto|"
    r"salvo|excluyendo)\s+[^,;()\d]{0,30}$|"
    r"\bwith\s+(?:(?:big|sharp|large|notable|major)\s+)?(?:spikes?|peaks?|surges?|jumps?)\s+"
    r"(?:in\s+)?$|"
    r"\b(?:who|que|quien)\s+(?:took office|assumed office|was (?:inaugurated|sworn in)|"
    r"asumió(?: el cargo)?|tomó posesión)\s+(?:(?:in|on|en|el)\s+)?$", re.IGNORECASE)
# A sentence whose subject is the figure the one before gave: "This amount represents …".
_THIS_FIGURE = re.compile(r"\W*(?:this|that|the)\s+(?:amount|figure|number|total|tally|count)\b|"
                          r"\W*(?:this|that)\s+(?:represents|is|was|marks|means)\b|"
                          r"\W*(?:esta|esa|dicha)\s+cifra\b|\W*(?:este|ese|dicho)\s+(?:número|"
                          r"total|monto)\b", re.IGNORECASE)
# The record a ranked figure comes after: "after an all-time high of nearly 19,000 in".
_RECORD_HELD_BEFORE = re.compile(r"\b(?:after|behind|trailing)\s+(?:an?|the|its)\s+"
                                 r"(?:[\w-]+\s+){0,2}?"
                                 r"(?:high|peak|record)(?:\s+of\s+[^;()]{1,25}?\s+|\s+(?:in|of|set\s+in)\s+)$",
                                 re.IGNORECASE)  # (not "after a record December": its own)
# "14 percent below February's previous low": set against it, a base (which the shared
# base markers, lx.BASE_MARKER, do not hold).
_SET_BELOW = re.compile(r"\b(?:below|above|under)\s+$", re.IGNORECASE)
# A time that held the record a figure beat: "surpassing February's previous low".
_PREVIOUS_HOLDER = re.compile(r"(?:\w+\s)?\w+['’]s\s+(?:previous|prior|former|old)\s+(?:record\s+)?"
                              r"(?:low|high|record|peak|mark)\b", re.IGNORECASE)
# Who some of them were, by example: "well over a million … — Venezuelans, Cubans, Haitians,
# Romanians, among others —", "entre otros".
_EXAMPLES = re.compile(r"(?<=[—–(:])[^.;:—–()]{0,120}?,?\s+(?:among others|among them|entre "
                       r"otr[oa]s|y otr[oa]s|and others|etc\.?)\b", re.IGNORECASE)
# A guess beside the count it adds to: "meaning probably another 2 or 3 million have come in".
_GUESSED = re.compile(r"\b(?:probably|likely|probablemente|posiblemente)\s+(?:another|"
                      r"otros?|otras?)\s+(?:(?:about|some|unos|unas)\s+)?(?:[\d.,]+\s+(?:or|to|o|a)\s+)?$",
                       re.IGNORECASE)
# What may stand before a time expression that opens a sentence: "In", "Between", "Durante".
_FRONTED = re.compile(r"\W*(?:(?:only|just|tan\s+s[oó]lo|s[oó]lo|solamente)\s+)?"
                      r"(?:(?:in|during|between|from|through|en|durante|entre|de|desde)\s*)?",
                      re.IGNORECASE)
# Who said it, before what was said: "El Servicio Nacional de Migración ha reportado que,
# desde enero de 2024 hasta el momento, un total de 291 774 …", "CBP said that in May, …":
# a time that opens what was said opens its clause as one that opens the sentence does.
_SAID_THAT = re.compile(r"\b(?:" + SAID_VERBS + r"|"
                        r"(?:ha|han|había|habían)\s+(?:reportado|informado|dicho|señalado|"
                        r"indicado|anunciado|explicado|detallado|precisado|asegurado|"
                        r"destacado))\s+(?:that|que)\b\s*,?", re.IGNORECASE)


def _said_that_end(before: str) -> int:
    """Where what was said begins in the words before a time (0 where no one is said to
    have said anything)."""
    ends = [m.end() for m in _SAID_THAT.finditer(before)]
    return ends[-1] if ends else 0


# What may stand between a time that opens the sentence and its first clause: "En 2020, sin
# embargo, el número cayó …".
_FRONTED_GAP = re.compile(r"\s*,\s*(?:(?:sin embargo|no obstante|however|though|in fact|de hecho|"
                          r"además|also|por otro lado|on the other hand|en cambio|instead),\s*)?",
                          re.IGNORECASE)
# What follows a base and says something of it: "desde mayo, cuyas cifras fueron …".
_OF_THE_BASE = re.compile(r"[\s,]*(?:cuy[oa]s?|whose|which|when|cuando|que|el cual|la cual)\b"
                          r"[^.;:]{0,60}$", re.IGNORECASE)
# A record set beside a period: "twice as many as in 2019, the busiest year …".
_RECORD_BESIDE = re.compile(r"\s*,\s*(?:the|its|el|la|su)\s+$", re.IGNORECASE)
# A record named as where a change started ("desde la cifra récord", "from the record").
_RECORD_AS_BASE = re.compile(r"\b(?:from|since|than|desde)\s+(?:(?:a|an|the|its|their|"
                             r"la|el|su|sus|l[oa]s)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# A peak the series fell from: "down 68 percent from a peak of 133,000 in May", "a 78% drop
# from a record high in December" (a change's base, not where a run ends; still the
# record's own period, and the period of a clause hung on it).
# Now, as a period: "currently", "right now", "actualmente".
_NOW = re.compile(r"\b(?:currently|right now|at present|actualmente|en este momento)\b",
                  re.IGNORECASE)
# A change's span of a year to now: "over the last year", "en el último año".
_OVER_THE_LAST_YEAR = re.compile(r"(?:(?:over|in|during|en|durante)\s+)?(?:the|el)\s+(?:last|past|"
                                 r"último)\s+(?:year|12 months|año)", re.IGNORECASE)
# A peak named as a thing, whose period follows: "its peak in", "el pico de".
_PEAK_NOUN = re.compile(r"\b(?:its|the|a|their|su|el|un)\s+(?:(?:record|all-time)[\s-]+)?"
                        r"(?:peak|high|pico|máximo)\s*$", re.IGNORECASE)
_FROM_PEAK = re.compile(r"\bfrom\s+(?:a|the|its|their|that|this)\s+(?:(?:record|all-time|[a-z]+ly|"
                        r"incredible|historic|huge|massive)[\s-]+)?(?:high|peak)"
                        r"\s+(?:(?:of\s+)?[\d.,]+(?:\s+[\w-]+){0,2}?\s+(?:in|of)|in)?\s*$|"
                        # "con respecto al pico que se alcanzó en marzo", "desde el máximo
                        # registrado en mayo"
                        r"\b(?:desde\s+(?:el|su)|(?:con\s+)?respecto\s+(?:al|a\s+su)|frente\s+"
                        r"(?:al|a\s+su)|(?:(?<=%\s)|(?<=por ciento\s))del)\s+"
                        r"(?:pico|máximo|récord)\s+(?:(?:que\s+se\s+)?(?:alcanz\w+|registr\w+|"
                        r"marc\w+|logr\w+)\s+)?(?:de\s+[\d.,]+(?:\s+[\w-]+){0,2}?\s+)?(?:en\s*)?$",
                        re.IGNORECASE)
# (Not such a peak: where the run ended, not where it started falling.)
_STREAK_END = re.compile(r"(?<!from a )(?<!from the )(?<!from its )\b(?:peak\w*|until|through|"
                         r"hasta|alcanzando su (?:pico|máximo))\b"
                         r"(?:[^.;]{0,40})?$", re.IGNORECASE)
# "la mayoría, haitianos", "mostly Central Americans": who the people mostly were, not whom
# the figure counts.
_MAJORITY = re.compile(r"\b(?:la (?:gran |inmensa )?mayoría(?: de ellos| de ellas)?|"
                       r"en su (?:gran |inmensa |amplia )?mayoría|mostly|mainly|"
                       r"most of them|principalmente|sobre todo|predominantly|in large part|"
                       r"primarily|largely|chiefly|mayoritariamente|"
                       # "Most of the migrants are Central American families"
                       r"most of (?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:are|were|come|"
                       r"came)\b)"
                       # (... and the list that goes on: "mostly Venezuelans, but also
                       # Haitians, Cubans, even Asians and Africans", up to a figure.)
                       r"[^.;:—–()\d]{0,80}", re.IGNORECASE)
# A group a rank's is said to be below: "solo superado por Haití", "surpassed only by
# Haiti" (the country above, not the one ranked; a figure after it is that country's own).
_ABOVE_IT = re.compile(r"\b(?:(?:s[oó]lo\s+)?superad[oa]s?\s+(?:s[oó]lo\s+)?por|(?:only\s+)?"
                       r"surpassed\s+(?:only\s+)?by)\s+(?:l[oa]s\s+|the\s+)?[^\W\d_]+",
                       re.IGNORECASE)
# A group the figure is set beside, not counted in it: "los nicaragüenses ..., muy cerca de los
# venezolanos, con 20.917", "Mexicans ..., well behind Venezuelans".
_SET_BESIDE = re.compile(r"\b(?:(?:muy\s+|very\s+)?(?:cerca de|close to)|detrás de|por delante "
                         r"de|(?:well\s+|far\s+)?(?:behind|ahead of)|seguid[oa]s? (?:de|por)|"
                         r"followed by|más que|menos que|more than|fewer than|"
                         # "in second place, after Mexico", "second only to Mexico"
                         r"(?<=place, )after|(?<=place )after|(?:second|next) (?:only )?to|"
                         r"(?<=lugar, )después de|(?<=lugar, )tras|"
                         # "more Nicaraguan migrants — about 34,000 — than migrants from the
                         # Northern Triangle combined"
                         r"than (?:migrants|people|those|nationals|citizens|immigrants|"
                         r"arrivals) (?:from|of))\s+(?:l[oa]s\s+|the\s+)?[^\W\d_]+",
                         re.IGNORECASE)
_SAME_MONTH = re.compile(r"\b(?:(?:el|ese) mismo mes|igual mes|(?:the|that) same month)\b",
                         re.IGNORECASE)
_OF_CHANGE = re.compile(r"\s+(?:of|del|de la)\s+(?:that|the|this|ese|este|esa|esta|el|la)\s+"
                        r"(?:increase|rise|growth|jump|decrease|decline|drop|fall|aumento|"
                        r"incremento|alza|crecimiento|descenso|caída|disminución)\b",
                        re.IGNORECASE)
_MONTHS = "(?:" + MONTH_NAMES + r")\.?"
_DAY_SPAN = re.compile(
    r"\b(?:del?|desde el|entre el|from|between)\s+(?P<a>\d{1,2}|primero|1ro|1o|1º)\s+"
    r"(?:al?|to|y|and|-|–)\s+"
    r"(?:el\s+)?(?P<b>\d{1,2})\s+(?:de\s+)?" + _MONTHS + r"|\b(?:from|between)\s+" + _MONTHS
    + r"\s+(?P<a2>\d{1,2})\s+(?:to|and|-|–|through)\s+(?P<b2>\d{1,2})\b", re.IGNORECASE)
# Days across two months: "between April 16 and May 11, 2023", "del 16 de abril al 11 de
# mayo".
_DAYS_ACROSS = re.compile(
    r"\b(?:from|between)\s+(?P<m1>" + _MONTHS + r")\s+(?P<a>\d{1,2})(?:st|nd|rd|th)?,?\s+"
    r"(?:to|and|-|–|through)\s+(?P<m2>" + _MONTHS + r")\s+(?P<b>\d{1,2})\b|"
    r"\b(?:del?|desde el|entre el)\s+(?P<a2>\d{1,2}|primero|1ro|1o|1º)\s+de\s+(?P<m3>"
    + _MONTHS + r")\s+"
    r"(?:al?|y el|y|hasta el)\s+(?P<b2>\d{1,2})\s+de\s+(?P<m4>" + _MONTHS + r")", re.IGNORECASE)


def _days_across_months(clause: str) -> bool:
    """Whether the clause counts days from within one month to within the next ("between
    April 16 and May 11"), which no monthly file holds."""
    m = _DAYS_ACROSS.search(clause)
    if m is None:
        return False
    first, last = (MONTHS[(m.group(g) or m.group(h)).rstrip(".").lower()]
                   for g, h in (("m1", "m3"), ("m2", "m4")))
    a, b = _day_number(m.group("a") or m.group("a2")), int(m.group("b") or m.group("b2"))
    return (last - first) % 12 == 1 and not (a == 1 and b >= 28)


def _day_number(word: str) -> int:
    """"16", "primero", "1º": the day of the month."""
    return int(word) if word.isdigit() else 1


# One day named as when a count was made: "el 28 de junio se contabilizaron 137",
# "on June 28, agents apprehended 137" (not the end of a span, nor the day a period ended).
_ONE_DAY = re.compile(
    r"(?<!hasta )(?<!through )(?<!as of )(?<!desde )(?<!since )(?<!al )(?<!to )(?<!y )"
    # "entre el 1 de octubre de 2020 y el 31 de agosto de 2021": a span's first day
    r"(?<!entre )(?<!between )(?<!from )"
    r"(?<!and )(?<!ended )(?<!ending )(?<!ends )(?<!terminó )(?<!concluyó )"
    r"(?<!began )(?<!begins )(?<!started )(?<!comenzó )(?<!inició )(?<!empezó )"
    r"(?<!cierra )(?<!closes )(?<!termina )(?<!concluye )(?<!finaliza )(?<!acaba )"
    r"(?<!cierre )(?<!termine )(?<!concluya )(?<!finalice )(?<!close )(?<!end )"
    r"\b(?:el|on)\s+(?:(?P<d>\d{1,2})\s+de\s+" + _MONTHS + r"|" + _MONTHS
    + r"\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)\b"
    r"(?!\s*(?:,\s*)?(?:al?|to|hasta|through|y|and|-|–)\s+)", re.IGNORECASE)
_WEEKDAYS = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|"
             r"mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)")
# "The highest total for a single day", "a single-day record", "en un solo día": a day's
# count or record, which the monthly files do not have.
_SINGLE_DAY = re.compile(r"\b(?:(?:in|for|on)\s+a\s+single\s+day|(?<!every )single[- ]day|"
                         r"one-day|en\s+un\s+(?:solo|único)\s+día|"
                         # "more than 4,000 people on Monday alone", "sólo el lunes"
                         rf"on\s+{_WEEKDAYS}\s+alone|s[oó]lo\s+el\s+{_WEEKDAYS}|"
                         # "Just yesterday alone, there were nearly 11,000", "we have seen
                         # days with more than 10,000": a day's count, not a month's.
                         r"(?:yesterday|today)\s+alone|s[oó]lo\s+ayer|ayer\s+nada\s+más|"
                         # "4,000 over the holiday weekend and nearly 1,000 more on Tuesday"
                         rf"\bmore\s+on\s+{_WEEKDAYS}|over\s+the\s+(?:[\w'’.-]+\s+){{0,4}}?"
                         r"weekend|"
                         r"days?\s+(?:with|when|in\s+which)\s+(?:more\s+than|over|nearly|"
                         r"almost|about|upwards\s+of|\d)|"
                         r"días\s+(?:con|en\s+(?:los\s+)?que)\s+(?:más\s+de|casi|\d))\b",
                         re.IGNORECASE)
# Words that say something was made public: the day or week beside them is when, not what
# was counted.
_REPORTING = (r"(?:published|reported|released|announced|said|stated|told|wrote|revealed|showed|"
              r"informó|publicó|publicad[oa]s?|dijo|anunció|señaló|difundió|reportó|reveló|"
              r"indicó|mostró|dio a conocer)")
_REPORTED_ON = re.compile(rf"\b{_REPORTING}\b", re.IGNORECASE)
# "On May 17, my colleague Rob Law reported that ...": the day something was said.
# ("On April 18 U.S. Customs and Border Protection (CBP) announced that …": a name takes a
# few words.)
_REPORTED_AFTER = re.compile(rf",?\s+(?:[\w.'’()]+\s+){{0,7}}?{_REPORTING}\b", re.IGNORECASE)
# "CBP informó la semana pasada que ...": the week something was said.
_REPORTED = re.compile(rf"\b{_REPORTING}\s+(?:\w+\s+)?$", re.IGNORECASE)
_ROLLING = re.compile(r"\b(?:\d+|seven|fourteen|thirty)[- ]day (?:[\w-]+ ){0,2}average|"
                      r"\b(?:rolling|moving|weekly) average|\bpromedio (?:móvil|semanal)",
                      re.IGNORECASE)
# Fewer days than a month: "during the past week", "over the past seven days", "over the
# last 24 hours", "in the second half of October", "since May 12", "en la última semana",
# "la segunda quincena de octubre", "los primeros días de octubre", "in the first full week
# of the Trump presidency", "en las últimas dos semanas" ("through the first week of
# February", "hasta la primera semana de febrero" end a count to date instead). The files
# are monthly.
_DAYS_WINDOW = re.compile(
    r"\b(?:(?:the|this|last|past|previous|that)\s+(?:past\s+)?(?:week|weekend|few days|"
    r"(?:24|48|72|twenty-four)\s+hours|"
    r"(?:\d{1,2}|two|three|four|five|six|seven|ten|fourteen)\s+days|(?:2|3|two|three)\s+weeks)|"
    # "en los primeros 111 días del año fiscal", "the first 18 days": days the monthly files
    # do not split (not "the first 100 days" of a presidency, a span by its months).
    r"(?:the\s+|los\s+)?(?:first|primeros)\s+(?!100\b)\d{1,3}\s+(?:days|días)\b|"
    r"(?:first|second|third|last)\s+(?:full\s+)?week\s+of\b|"
    r"(?:la\s+)?(?:primera|segunda|tercera|última)\s+semana\s+(?:completa\s+)?de\b|"
    r"(?:las\s+)?últimas\s+(?:dos|tres|2|3)\s+semanas|"
    r"(?:las\s+)?últimas\s+(?:24|48|72|veinticuatro)\s+horas|"
    r"(?:first|second|last)\s+half\s+of\s+" + _MONTHS + r"|"
    r"(?:first|last)\s+(?:few\s+)?(?:days|weeks?)\s+of\s+" + _MONTHS + r"|"
    r"since\s+" + _MONTHS + r"\s+(?:[2-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?!,?\s+\d{4})|"
    r"(?:la|esta|esa)\s+(?:última|pasada|misma)\s+semana|la\s+semana\s+pasada|"
    r"(?:los\s+)?últimos\s+(?:\d{1,2}|dos|tres|cuatro|cinco|seis|siete|diez|quince)\s+días|"
    r"(?:primera|segunda)\s+quincena|"
    r"(?:los\s+)?primeros\s+días\s+de\s+" + _MONTHS + r")\b", re.IGNORECASE)


# "Through the first week of February", "hasta la primera semana de febrero": the end of a
# count to date, not a window of days.
_TO_DATE_END = re.compile(r"\b(?:through|until|up to|by|hasta)\s+(?:the\s+|la\s+|el\s+)?$",
                          re.IGNORECASE)


def _days_window(clause: str, q: Quantity | None) -> bool:
    """Whether the clause counts over fewer days than a month (``_DAYS_WINDOW``) near its
    figure; "CBP informó la semana pasada que, durante el mes de marzo, detuvo a 18 mil 700"
    says when it was reported, not what was counted."""
    for m in _DAYS_WINDOW.finditer(clause):
        if _REPORTED.search(clause[max(0, m.start() - 30):m.start()]) or _TO_DATE_END.search(
                clause[max(0, m.start() - 20):m.start()]):
            continue
        if q is None or clause[:m.start()].strip(" \"'“(-—–").lower() in (
                "", "over", "in", "during", "for", "en", "durante", "over the", "in the"):
            # ("Over the past seven days, …": a window that opens the clause is all of it.)
            return True
        between = clause[min(m.end(), q.end):max(m.start(), q.start)]
        if m.end() >= q.start - 60 and m.start() <= q.end + 60 and not re.search(
                r"\d|[;:]|,\s*(?:and|but|while|y|pero|mientras)\b", between, re.IGNORECASE):
            return True
    return False


# ("70,226 other than Mexicans between October 2014 and April 2015": who, not a base.)
_MARKER_BETWEEN = re.compile(r"\b(?:(?<!other )than|times|compared (?:to|with)|versus|vs|"
                             r"respecto|beyond|"
                             r"frente a|veces|que el|que la|que los|que las|que en|"
                             r"leaves behind|left behind|surpass\w*|exceed\w*|"
                             r"dej[aó] atrás|super[aó]\w*|"
                             # "unos 700 …, por debajo de los 1,300 de octubre", "down from"
                             r"por debajo de|por encima de|down from|up from)\b|"
                             # "2.2 millones …, 33% más que el año anterior": the time words
                             # start right after the comparison ("el año anterior").
                             r"\b(?:más|menos|mayor|menor|superior|inferior)\s+(?:que|a)\s*$",
                             re.IGNORECASE)
# "The peak level back in 2000", "el máximo de 2019": the period the record was set in.
# (Not "the highest in 2023": there the year is the record's window.)
_RECORD_OF_PERIOD = re.compile(r"\s*(?:(?:level|levels|figure|total|number|nivel|cifra|"
                               r"registrad[oa])\s*(?:back\s+|set\s+|reached\s+)?|back\s+|set\s+|"
                               r"reached\s+)(?:in|of|during|en|de|del|durante)\s+(?:the\s+|el\s+|"
                               r"la\s+)?", re.IGNORECASE)
# "Superaron los 100.000 por primera vez desde una racha de cuatro meses en 2019": what
# follows is the window of a first, not the figure's period.
_FIRST_TIME_SINCE = re.compile(r"\b(?:for the first time since|first time since|por primera "
                               r"vez desde)\b", re.IGNORECASE)
# The words right before a first's window: "for the first time (since)", "por primera vez".
_FIRST_SINCE_BEFORE = re.compile(r"\b(?:first time|primera vez)\s*(?:since|desde)?\s*$",
                                 re.IGNORECASE)
# ... and the month that window starts after: "for the first time since May".
_FIRST_SINCE_MONTH = re.compile(r"\b(?:for the first time since|first time since|por primera "
                                r"vez desde)\s+(?:(?:el\s+)?(?:pasado\s+)?mes\s+de\s+|last\s+)?"
                                r"(?P<month>" + MONTH_NAMES + r")\b", re.IGNORECASE)
# The superlatives a rank or a record is said in, and how far before a time they may stand:
# "the lowest since May" (a window), "the most the agency had recorded in any month since
# March 2000" (a record's window, after its figure), "los más bajos … entre 2019 y 2021".
_SUPERLATIVES = (r"lowest|highest|fewest|most|largest|smallest|biggest|busiest|más baj\w+|"
                 r"más alt\w+|menor|mayor")
_RANK_BEFORE = re.compile(r"\b(?:" + _SUPERLATIVES + r"|best|worst|record|récord)\b"
                          r"(?:\s+[\w-]+){0,3}\s*$", re.IGNORECASE)
_RANK_BEFORE_SINCE = re.compile(r"\b(?:" + _SUPERLATIVES + r"|record|récord)\b"
                                r"(?:\s+[^\W\d_]+){0,8}\s*$", re.IGNORECASE)
_RANK_BEFORE_SPAN = re.compile(r"\b(?:" + _SUPERLATIVES + r")\b(?:\s+[^\W\d_]+){0,5}\s*$",
                               re.IGNORECASE)
_FIRST_IN_A_WINDOW = re.compile(r"\b(?:first|only)\s+(?:year|month|time)\s+(?:in|of)\s+$|"
                                r"\b(?:primer|único)\s+(?:año|mes)\s+(?:en|de)\s+$|"
                                r"\b(?:primera|única)\s+vez\s+en\s+$", re.IGNORECASE)


# How far (in characters) past its figure a level looks for a period in a later clause,
# not counting an apposition ("…170.000 migrantes pasaron por la selva del Darién, la
# frontera natural entre Colombia y Panamá, en lo que va del año").
LOOK_AHEAD = 100
_NOUN_APPOSITION = re.compile(r",\s*(?:the|a|an|la|el|los|las|una|un)\s[^,;\d]{0,80}?,")
# "According to 2024 data", "según los datos de 2024", "de acuerdo con cifras de": the
# period of the figures a sentence gives, said at its end.
_DATA_OF = re.compile(r"(?:according to|based on|per|según|de acuerdo con|conforme a)\s+(?:the\s+|"
                      r"los\s+|las\s+)?(?:(?:official|latest|oficiales)\s+)?(?:data|figures|"
                      r"statistics|numbers|datos|cifras|estadísticas|registros)?\s*(?:of\s+|"
                      r"from\s+|for\s+|de\s+|del\s+)?(?:the\s+|el\s+)?(?:year\s+|año\s+)?$",
                      re.IGNORECASE)


# "… en 143% al de 2019": a figure and the year it is set against.
_EACH_AGAINST_ITS_YEAR = re.compile(r"\s+(?:al|a la|a los|a las|que el|que la|than(?: in)?|"
                                    r"over|from)\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d\d)\b",
                                    re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\brespectiv(?:ely|amente)\b", re.IGNORECASE)
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|y\s+|e\s+)?|and\s+|y\s+|e\s+)(?:in\s+|en\s+)?",
                        re.IGNORECASE)


def _said_respectively(claim: Claim, offset: int,
                       sentence: str) -> tuple[int, tuple[Quantity, ...], int] | None:
    """The figures of a list said "respectively" ("198,141 and 186,216 migrants
    respectively", "dropped by 74% and 94% respectively"), the place of the claim's among
    them and where the word stands: the run of figures of its kind, joined as a list,
    before the word. None when the claim's figure is not one of two or more such."""
    q = claim.quantity
    said = _RESPECTIVELY.search(sentence, offset + q.start) if q is not None else None
    if q is None or said is None:
        return None
    figures = [x for x in (_counts(sentence) if q.kind == "count" else quantities(sentence))
               if x.kind == q.kind and x.end <= said.start()]
    run = figures[-1:]
    for x in reversed(figures[:-1]):
        if not _LIST_JOIN.fullmatch(sentence[x.end:run[0].start]):
            break
        run.insert(0, x)
    mine = next((i for i, x in enumerate(run) if x.start == offset + q.start), None)
    return None if mine is None or len(run) < 2 else (mine, tuple(run), said.start())


def _respective(claim: Claim, offset: int, sentence: str,
                refs: list[TimeRef]) -> TimeRef | None:
    """"(2015 and 2016), Mexican authorities apprehended 198,141 and 186,216 migrants
    respectively", "en 2023 y 2022 fueron retornadas 63,424 y 77,381 personas
    respectivamente": the figures of a list said "respectively" go with the periods of a
    list of as many, in order (the last such list before the word)."""
    if claim.quantity is None or claim.quantity.kind != "count" or \
            (listed := _said_respectively(claim, offset, sentence)) is None:
        return None
    mine, run, said = listed
    # The periods in lists: one expression naming several ("fiscal years 2022 and 2023"),
    # or several joined by "and" or commas ("in 2021 and 2020", "July and August").
    timed = [r for r in refs if r.periods and r.kind not in ("since", "presidency")]
    lists: list[list[tuple[TimeRef, Period]]] = []
    for r in timed:
        if len(r.periods) > 1:
            lists.append([(r, p) for p in r.periods])
        elif lists and lists[-1][-1][0].end <= r.start and \
                _LIST_JOIN.fullmatch(sentence[lists[-1][-1][0].end:r.start]):
            lists[-1].append((r, r.periods[0]))
        else:
            lists.append([(r, r.periods[0])])
    # (The list before the word: "… respectively (data for 2017 and 2018 is not yet
    # available)" names other years.)
    fitting = [x for x in lists if len(x) == len(run) and x[-1][0].end <= said]
    if not fitting:
        return None
    ref, period = fitting[-1][mine]
    return replace(ref, periods=(period,), alternatives=(), each=False)


# "A drop from 524,231 arrests …, a stretch that once accounted for nearly half of all
# arrests": a part of a whole, not the size of the change beside it.
_A_PART_OF_ALL = re.compile(
    r"\b(?:accounted|accounts|account|made|makes|make|making|representa\w*|represent\w*)"
    r"(?:\s+(?:for|up))?\s+(?:\w+\s+){0,2}?\S+\s+"
    r"(?:of\s+(?:all|the)|del\s+total|de\s+(?:todos|todas|los|las))\b",
    re.IGNORECASE)


@lru_cache(maxsize=256)
def _counts(sentence: str) -> tuple[Quantity, ...]:
    """The counts of a sentence, read once for all its claims."""
    return tuple(q for q in quantities(sentence) if q.kind == "count")


def _demographics(text: str) -> list[str]:
    """The family statuses ``text`` names ("unaccompanied migrant children" are the
    unaccompanied, not children besides)."""
    found = [value for pattern, dim, value in lx.POPULATIONS
             if dim == "demographic" and pattern.search(text)]
    return [v for v in found if v != "Children"] if "UAC" in found else found


# Family units in the words ("migrant families", "unidades familiares").
_FAMILIES = next(p for p, _, value in lx.POPULATIONS if value == "FMUA")


# Where a list moves on to the rest: "… and the remainder adults", "y el resto adultos".
_THE_REST_OF_A_LIST = re.compile(r"\b(?:the remainder|the rest|el resto|l[oa]s demás)\b",
                                 re.IGNORECASE)


def _own_populations(claim: Claim, offset: int, sentence: str) -> list[str] | None:
    """In a list ("161,808 single adults, 77,088 family unit individuals and 12,298
    unaccompanied children"), each figure's own group: the one named between it and the
    next figure; with "respectively" ("unaccompanied minors and family units … dropped by
    74% and 94% respectively"), the groups in the order named. None when the sentence is
    no such list."""
    q = claim.quantity
    if q is not None and q.kind in ("count", "percent") and \
            (listed := _said_respectively(claim, offset, sentence)):
        mine, figures, _ = listed
        named = sorted({(m.start(), value) for pattern, dim, value in lx.POPULATIONS
                        if dim == "demographic"
                        for m in pattern.finditer(sentence, 0, figures[0].start)})
        groups = list(dict.fromkeys(value for _, value in named))
        if len(groups) == len(figures):
            return [groups[mine]]
    if claim.quantity is None or claim.quantity.kind not in ("count", "percent", "multiplier"):
        return None
    counts = _counts(sentence)
    after = [_THE_REST_OF_A_LIST.split(sentence[q.end:(
        counts[i + 1].start if i + 1 < len(counts) else len(sentence))])[0]
             for i, q in enumerate(counts)]
    groups = [_demographics(text) for text in after]
    if ["Adults"] in groups:
        # "30.929 eran adultos y 7.170 menores": set against adults, "menores" are minors.
        groups = [["Children"] if not g and re.match(r"\s*(?:menores|minors)\b", text,
                                                     re.IGNORECASE) else g
                  for g, text in zip(groups, after, strict=True)]
    if sum(1 for g in groups if len(g) == 1) < 2:
        return None
    at = offset + claim.anchor
    if claim.quantity.kind != "count":
        # "… nearly 60,000 were unaccompanied alien minors, which reflects a 49 percent
        # increase": a change or multiple said of a figure of the list is of that figure's
        # group (the list's other groups are the other figures').
        # (The group named between that figure and this one, else right before that figure:
        # "Single adults (164,907 encounters) increased by 31.6%".)
        at = offset + claim.quantity.start
        level = next((c for c in reversed(counts) if c.end <= at), None)
        if level is None:
            return None
        before = max([level.start - 30] + [x.end for x in quantities(sentence)
                                             if x.end <= level.start])
        for words in (sentence[level.end:at], sentence[max(0, before):level.start]):
            if len(named := _demographics(words)) == 1:
                return named
        return None
    mine = next((i for i, q in enumerate(counts) if q.start == at), None)
    return groups[mine] if mine is not None else None


# The part of a figure that follows it: "…, most of them at the southern border", "…, el 85%
# de ellos en la frontera sur".
_PART_OF_THEM = re.compile(
    r"\b(?:most|many|the majority|nearly all|almost all|half|a third|two[- ]thirds|"
    r"la mayoría|la mayor parte|gran parte|buena parte|casi todos|la mitad|"
    r"\d[\d.,]*\s*(?:%|percent|per cent|por ciento))\s+(?:of (?:them|whom|which|those)|"
    r"de (?:ellos|ellas|los cuales|las cuales|estos|éstos|estas))\b[^.;]*", re.IGNORECASE)


def _whole_of_a_part_there(claim: Claim, offset: int, sentence: str, topic: lx.Topic | None,
                           context: _Context) -> bool:
    """Whether a count's sentence names its place only in the part of it said after it."""
    q = claim.quantity
    if claim.kind != "total" or q is None or q.kind != "count":
        return False
    part = _PART_OF_THEM.search(sentence, offset + q.end)
    if part is None:
        return False
    rest = sentence[:part.start()] + " " * (part.end() - part.start()) + sentence[part.end():]
    return _place(rest, rest, topic, context)[0] is None


def _own_place(claim: Claim, offset: int, sentence: str) -> str | None:
    """Of several borders a sentence names beside several figures ("96,917 Indians were
    arrested, with 30,010 caught on the Canadian border and 41,770 at the frontier with
    Mexico"), each figure's own, found as ``_own_sectors`` finds a sector; a figure with
    none of its own, beside parts at different borders, is the whole country's."""
    q = claim.quantity
    if q is None or q.kind != "count":
        return None
    named = sorted((m.start(), m.end(), place) for pattern, place, _ in lx.PLACES
                   if place in ("northern", "southwest", "nationwide")
                   for m in pattern.finditer(sentence))
    counts = _counts(sentence)
    if len({p for _, _, p in named}) < 2 or len(counts) < 2:
        return None
    own = _own_mention(claim, offset, counts, named)
    if own is False:
        return None
    return own or "nationwide"


# (The sectors elsewhere with the word "sector": "449 of which were in Swanton Sector and 30
# in Houlton Sector".)
_SECTOR_WORD = re.compile(r"\b(?:" + lx.SECTOR_NAMES + r"|(?:" + "|".join(lx.OTHER_SECTORS)
                          + r")(?=\s+(?:border\s+patrol\s+)?sector\b))\b", re.IGNORECASE)
# A place left out, right before its name: "in every sector except San Diego", "salvo en
# Tucson" (not the claim's place).
_EXCEPTED = re.compile(r"\b(?:" + _LEAVE_OUT_WORDS + r")\s+(?:in\s+|en\s+)?"
                       r"(?:the\s+|el\s+|la\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


# A clause on the place just named: ", which saw …", ", que registró …".
_WHICH_SAW = re.compile(r"\s*,\s*(?:which|where|que|donde|el cual|la cual)\b", re.IGNORECASE)


def _clause_sectors(claim: Claim, sentence: str, start: int, end: int) -> None:
    """Of several sectors a sentence names one by one, those the claim's own clause names:
    "Aunque los arrestos en el área de Tucson se han mantenido estables …, los del Valle del
    Río Grande aumentaron 160%" is the Valley's rise and Tucson's steadiness. (A list of
    sectors named together is all of them.)"""
    sectors = claim.filters.get("sector", [])
    if len(sectors) < 2 or lx.SECTOR_LIST_RE.search(sentence) or \
            lx.STATE_SECTORS_RE.search(sentence):
        return
    inside = {lx.sector_of(m.group(0)) for m in _SECTOR_WORD.finditer(sentence, start, end)}
    own = [s for s in sectors if s in inside]
    if own and len(own) < len(sectors):
        claim.filters["sector"] = own


def _own_sectors(claim: Claim, offset: int, sentence: str) -> list[str] | None:
    """Of several sectors a sentence names beside several figures ("Tucson Sector agents
    apprehended nearly 42,000 … the San Diego Sector's nearly 34,000 and El Paso's 30,000"),
    each figure's own: the one named nearest before it since the figure before, else after
    it up to the next. None when the sentence is no such list."""
    q = claim.quantity
    if q is None or q.kind not in ("count", "percent") or not lx.SECTOR_RE.search(sentence):
        return None
    names = [(m.start(), m.end(), sector) for m in _SECTOR_WORD.finditer(sentence)
             if (sector := lx.sector_of(m.group(0)))]
    # (Changes too: "down 9% in the Tucson sector, … up 132% in the Rio Grande sector".)
    counts = _counts(sentence) if q.kind == "count" else tuple(
        x for x in quantities(sentence) if x.kind == "percent")
    if len({n for _, _, n in names}) < 2 or len(counts) < 2:
        return None
    own = _own_mention(claim, offset, counts, names)
    # (A figure of the list with no name of its own is the whole's.)
    return [own] if own else [] if own is None else None


def _own_mention(claim: Claim, offset: int, counts: tuple[Quantity, ...],
                 named: list[tuple[int, int, str]]) -> str | None | bool:
    """The name (of a sector, a border) a figure of a list stands beside: after each
    figure when the list's last figure has one after it ("30,010 caught on the Canadian
    border and 41,770 at the frontier with Mexico"), else before it ("Tucson Sector agents
    apprehended nearly 42,000 …, the San Diego Sector's nearly 34,000"). None when the
    figure has none; False when it is not one of the counts."""
    at = offset + claim.anchor
    mine = next((i for i, c in enumerate(counts) if c.start == at), None)
    if mine is None and claim.quantity is not None:
        # (A change's claim stands at its word, "down", not at its figure.)
        at = offset + claim.quantity.start
        mine = next((i for i, c in enumerate(counts) if c.start == at), None)
    if mine is None:
        return False
    hi = counts[mine + 1].start if mine + 1 < len(counts) else None
    after = [n for a, b, n in named if a >= counts[mine].end and (hi is None or b <= hi)]
    lo = counts[mine - 1].end if mine else 0
    before = [n for a, b, n in named if lo <= a and b <= counts[mine].start]
    # The side the list uses first; the other for a figure with none there.
    if any(a >= counts[-1].end for a, _, _ in named):
        return after[0] if after else before[-1] if before else None
    # (Past a comma or a "with", a name after the figure is the next one's subject: "up 361
    # percent in Fiscal Year 2014, with both the Rio Grande Valley Sector and the Del Rio
    # Sector seeing increases of over 500 percent".)
    near = [n for a, b, n in named if a >= counts[mine].end and (hi is None or b <= hi) and
            not _NEXT_SUBJECT.search(claim.sentence.text, counts[mine].end, a)]
    return before[-1] if before else near[0] if near else None


_NEXT_SUBJECT = re.compile(r"[,;]|\b(?:with|while|whereas|mientras|con)\b", re.IGNORECASE)


_NAME_THEN_BRACKET = re.compile(r"(?:^|[,;:]|\b(?:y|and|e|de|from)\s)\s*"
                                r"(?P<name>[^\W\d][\w .'’-]{1,40}?)"
                                r"\s*\(\s*(?:con\s+|with\s+|more than\s+|más de\s+|casi\s+|"
                                r"nearly\s+|about\s+|unos\s+|unas\s+)?$", re.IGNORECASE)


def _own_nationalities(claim: Claim, offset: int, sentence: str) -> tuple[str, ...] | None:
    """In a list ("823.057 capturas de migrantes mexicanos, 238.061 capturas guatemaltecos,
    214.975 de hondureños"), each figure's own nationality: the one named between it and
    the next figure. Empty when the sentence is no such list; None for a figure beside a
    short list it is not part of (the whole: "de los 501.297 migrantes …, la nacionalidad
    venezolana encabeza la lista con 320.465")."""
    q = claim.quantity
    if q is not None and q.kind in ("count", "percent") and (
            listed := _said_respectively(claim, offset, sentence)):
        # "Both Brazilian and Venezuelan encounters … shot up 43% and 92%, respectively":
        # the figures go with the nationalities named before them, in order.
        mine, figures, _ = listed
        named = lx.nationalities(sentence[:figures[0].start])
        if len(named) == len(figures):
            return (named[mine],)
    if q is None or q.kind != "count":
        return ()
    counts = _counts(sentence)
    if len(counts) < 3 or len(lx.nationalities(sentence)) < 3:
        return _nationality_beside_each(claim, offset, sentence, counts)
    at = offset + claim.anchor
    mine = next((i for i, q in enumerate(counts) if q.start == at), None)
    if mine is None:
        return ()
    if (bracket := _NAME_THEN_BRACKET.search(sentence, max(0, at - 60), at)) and (named := [
            c for c in [lx.nationality_of(bracket.group("name").strip())] if c] or
            lx.nationalities(bracket.group("name"))):
        # "Honduras (con 66.000), Guatemala (37.000), El Salvador (15.000)": the name
        # right before the bracket is the figure's.
        return tuple(named[-1:])
    # The name stands after each figure ("823.057 ... mexicanos, 238.061 guatemaltecos") or
    # before it ("Ecuadorians (more than 29,000), Haitians (more than 22,000)"): the side
    # where the last figure (or the first) has one.
    tail = sentence[counts[-1].end:]
    if not lx.nationalities(tail) and lx.nationalities(sentence[:counts[0].end]):
        start = counts[mine - 1].end if mine else 0
        # (Up to the figure's end: "Honduras (37,323)" names its people by the figure.)
        # ("…; Afghanistan, 926; Cameroon, 532": a country named alone in its item, though
        # free text is not searched for it.)
        return lx.nationalities(sentence[start:counts[mine].end]) or _named_alone(
            sentence[start:counts[mine].start])
    if not lx.nationalities(tail) and _NAMED_RIGHT_BEFORE.search(
            sentence, counts[-2].end, counts[-1].start):
        # "6.951 provenían de Venezuela; de Haití 2.195, de Cuba 1.579 y de Senegal 1.355":
        # the list's last figures have their country right before them; each figure's own
        # is the one right after it ("provenían de Venezuela"), else the one right before.
        end = counts[mine + 1].start if mine + 1 < len(counts) else len(sentence)
        after = _FROM_AFTER.match(sentence[counts[mine].end:end])
        if after and lx.nationalities(after.group(0)):
            return tuple(lx.nationalities(after.group(0)))
        start = counts[mine - 1].end if mine else 0
        right = _NAMED_RIGHT_BEFORE.search(sentence, start, counts[mine].start)
        return tuple(lx.nationalities(right.group(0))[-1:]) if right else ()
    end = counts[mine + 1].start if mine + 1 < len(counts) else len(sentence)
    # (From the figure on: "43 Cameroonian, 22 Bangladeshi" names each by its figure.)
    after = lx.nationalities(sentence[counts[mine].start:end])
    if _WITH_BEFORE.search(sentence[counts[mine].end:end]):
        # "los venezolanos encabezaron los cruces con 113,244, seguido por los ecuatorianos
        # con 12,300, 11,219 de Colombia": a name right before "con" and a figure is that
        # figure's, not the one before it ...
        after = after[:-1]
    start = counts[mine - 1].end if mine else 0
    if not after and _WITH_BEFORE.search(sentence[start:counts[mine].start]):
        # ... and the figure "con" introduces takes the name before it.
        return lx.nationalities(sentence[start:counts[mine].start])[-1:]
    return after


def _named_alone(item: str) -> tuple[str, ...]:
    """The country a list's item names and nothing else: "; Afghanistan, " → AFG."""
    m = _ITEM_NAME.fullmatch(item)
    code = lx.nationality_of(m.group("name").strip()) if m else None
    return (code,) if code and code != "USA" else ()


_ITEM_NAME = re.compile(r"[\s,;:]*(?:and\s+|y\s+|e\s+)?(?P<name>[A-ZÁÉÍÓÚ][\w.'’-]*(?:\s+"
                        r"[A-ZÁÉÍÓÚ][\w.'’-]*){0,2})\s*[,:]?\s*(?:with\s+|con\s+)?")


# A figure introduced by "con", "with": "los ecuatorianos con 12,300", "Ecuador with 57,222".
_WITH_BEFORE = re.compile(r"\b(?:con|with)\s+" + _BASE_HEDGE + r"$", re.IGNORECASE)


# A country right before a figure: "de Haití 2.195", "from Cuba 1,579".
_NAMED_RIGHT_BEFORE = re.compile(r"\b(?:de|from)\s+(?:la\s+|el\s+|the\s+)?[^\W\d_]"
                                 r"[^\W\d_ ]*(?:\s+[^\W\d_]+)?\s+$", re.IGNORECASE)


# A nationality right after a figure: "328 mil venezolanos", "57 mil migrantes
# ecuatorianos", "46,422 Haitians", "más de 80.000 de origen haitiano".
# ("Over 20,000 appear as Haitians, …, followed by 8,000 Cubans", "20.000 eran haitianos".)
# The verbs that say who the people of a figure were: "20,000 were Haitians", "eran".
_WERE = r"are|were|was|is|son|eran|fueron"
_RIGHT_AFTER = re.compile(r"^\s+(?:(?:de|of)\s+)?(?:(?:" + _WERE + r"|appear(?:ed)? as)\s+)?"
                          r"(?:(?:migrantes|personas|nacionales|"
                          r"ciudadanos|migrants|people|nationals|origen|nacionalidad)\s+"
                          r"(?:de\s+)?)?(\w+)")


_FROM_AFTER = re.compile(r"^\s+(?:(?:" + _WERE + r"|came|vinieron|"
                         r"proven[ií]an|proced[ií]an|ven[ií]an|provienen|proceden|vienen)\s+)?"
                         r"(?:from|de|desde)\s+(?:the\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?",
                         re.IGNORECASE)
_RIGHT_BEFORE = re.compile(r"(?:\b(?:la|el|the)\s+)?[^\W\d_][\w ]{2,30}?(?:\s*,?\s+(?:con|with)\s+"
                           + _BASE_HEDGE + r"|\s*\(\s*)$", re.IGNORECASE)


def _nationality_beside_each(claim: Claim, offset: int, sentence: str,
                             counts: tuple[Quantity, ...]) -> tuple[str, ...] | None:
    """A short list ("En 2023 cruzaron el Darién 328 mil venezolanos y 57 mil
    ecuatorianos", "la ecuatoriana, con 10.060, seguida por la colombiana, con 9.259"):
    where two or more figures each have a different nationality right after it (or, all of
    them, right before it), each figure's own is that one."""
    if len(counts) < 2:
        return ()
    after: dict[int, tuple[str, ...]] = {}
    before: dict[int, tuple[str, ...]] = {}
    for i, q in enumerate(counts):
        m = _RIGHT_AFTER.match(sentence[q.end:])
        nats = tuple(lx.nationalities(m.group(1))) if m else ()
        if m and not nats and re.search(r"\b(?:origen|nacionalidad)\b", m.group(0)) and \
                (code := lx.nationality_of(m.group(1))):
            nats = (code,)  # "80.000 de origen haitiano": a singular demonym
        if not nats and (m := _FROM_AFTER.match(sentence[q.end:])):
            # "107,723 are from Venezuela and 8,579 from Haiti"
            nats = tuple(lx.nationalities(m.group(0)))
        if len(nats) == 1:
            after[q.start] = nats
        # ... or right before it: "fue la ecuatoriana, con 10.060 detenciones, seguida por
        # la colombiana, con 9.259", "Ecuador with 57,222 and Haiti with 46,558", "Cuba
        # (12.8K), Venezuela (1.5K)".
        m = _RIGHT_BEFORE.search(sentence, counts[i - 1].end if i else 0, q.start)
        nats = tuple(dict.fromkeys(
            code for w in re.findall(r"[^\W\d_]+", m.group(0))
            if (code := lx.nationality_of(w)) and code != "USA")) if m else ()
        if len(nats) == 1:
            before[q.start] = nats
    for own in (after, before):
        if len(own) >= 2 and len(set(own.values())) == len(own):
            return own.get(offset + claim.anchor)
    return ()


# "... frente al promedio mensual de la administración anterior, que fue de 230,849
# encuentros entre febrero de 2021 y diciembre de 2024", "the monthly average under Biden,
# which was 155,485": the figure is the average the words name, not the period's total.
_AVERAGE_THEN_FIGURE = re.compile(
    r"\b(?:(?:monthly|month-to-month)\s+average|average\s+(?:per\s+|a\s+|each\s+)?month|"
    r"average\s+monthly\s+(?:total|figure|number|level)|promedio\s+mensual|promedio\s+"
    r"(?:por|al|cada)\s+mes|media\s+mensual)\b[^.;\d]{0,120}?\b(?:which|that|que|el cual|"
    r"la cual)\s+(?:was|were|is|stood at|came to|fue|era|es|se situ[óo] en|ascendi[óo] a)"
    r"(?:\s+(?:of|de|en|a|at))?\s*$", re.IGNORECASE)


def _average_named_before(claim: Claim, offset: int, sentence: str) -> None:
    """A level introduced as a named monthly average is a rate per month over its period;
    one said to have held over years ("remained … at around 400,000") is a yearly one."""
    q = claim.quantity
    if claim.kind != "total" or q is None or q.kind != "count" or q.per is not None:
        return
    if _AVERAGE_THEN_FIGURE.search(sentence[:offset + q.start]):
        claim.kind = "rate"
        claim.quantity = replace(q, role="rate", per="month")
        return
    months = sum(p.months for p in claim.periods)
    if months >= 24 and months % 12 == 0 and _STEADY_AT.search(sentence, 0, offset + q.start):
        # "Has remained relatively stable during the past ten years at around 400,000": a
        # level held over years is a year's.
        claim.kind = "rate"
        claim.quantity = replace(q, role="rate", per="year")


# A level said to have held: "remained relatively stable … at around", "se mantuvo en".
_STEADY_AT = re.compile(r"\b(?:remained|remains|stayed|stays|held|hovered|hovers|steady|stable|"
                        r"se mantuvo|se ha mantenido|se mantienen?|permaneci[óo])\b[^.;\d]{0,80}?"
                        r"\b(?:at|en|around|alrededor de)\s+(?:(?:around|about|roughly|some|"
                        r"nearly|alrededor de|unos|unas|cerca de)\s+)?$", re.IGNORECASE)


def _own_words(claim: Claim, offset: int, sentence: str) -> str:
    """The words from a figure to the next figure of its sentence ("42,787 son provenientes
    de los Estados Unidos y 9,551 regresaron desde México": each figure's own), or the
    sentence where the figure stands alone."""
    counts = _counts(sentence)
    at = offset + claim.anchor
    mine = next((i for i, q in enumerate(counts) if q.start == at), None)
    if claim.quantity is None or mine is None or len(counts) < 2:
        return sentence
    end = counts[mine + 1].start if mine + 1 < len(counts) else len(sentence)
    return sentence[counts[mine].start:end]


# ... or in brackets after the change: "a 33 percent increase ... (99,539 to 132,652)".
_FROM_BEFORE = re.compile(r"(?:\b(?:from|de|desde)\s+(?:the\s+|los\s+|las\s+|a\s+|un\s+)?"
                          r"(?:(?:record\s+)?(?:highs?|lows?|peaks?)\s+of\s+|(?:máximos?|mínimos?|"
                          r"récords?|picos?)\s+de\s+)?(?:more than\s+|over\s+|nearly\s+|almost\s+|"
                          r"about\s+|around\s+|roughly\s+|más de\s+|casi\s+|unos?\s+)?|\(\s*)$",
                          re.IGNORECASE)
_TO_BETWEEN = re.compile(r"\b(?:to|a|hasta|al)\s+(?:the\s+|los\s+|las\s+|just\s+)?$",
                         re.IGNORECASE)


def _since_is_the_record_s(claims: list[Claim]) -> None:
    """"Reached their lowest since FY 2020, with a notable decline from last year": the
    "since" is the record's window; the change runs from the year named to the year after
    it, not over that window."""
    windows = {id(c.since) for c in claims if c.kind == "rank_record" and c.since is not None}
    for c in claims:
        if c.kind == "change" and c.since is not None and id(c.since) in windows and \
                len(c.compare_to) == 1 and c.compare_to[0].kind in ("year", "fiscal_year"):
            c.periods, c.alternatives = [c.compare_to[0].shifted_years(1)], []
            c.since = None


def _from_to_levels(claims: list[Claim], text: str) -> None:
    """"Cayeron un 29% en junio, de los 118.000 el mes anterior hasta los 83.000", "fell 29%
    in June, from 118,000 to 83,000": the level after "from" is the change's base, the one
    after "to" the level it reached, even where the sentence names only one of the two
    periods next to them (and "hasta" is "to" there, not "up to")."""
    for change in claims:
        if change.kind == "change":
            # "Se duplicó en 2023 hasta los 520 mil", "cayeron hasta 5 mil": after a change,
            # "hasta" is the level reached ("to"), not a bound ("up to").
            for level in claims:
                q = level.quantity
                if level.kind == "total" and q is not None and q.hedge == "at_most" and \
                        q.words.lower().startswith("hasta") and level.position > \
                        change.position:
                    level.quantity = replace(q, hedge=None)
        if change.kind == "change" and change.periods and not change.compare_to:
            _a_year_against_the_one_before(change, claims, text)
            if not change.compare_to:
                _base_from_level(change, claims, text)
            if not change.compare_to:
                _between_the_levels_before(change, claims)
        if change.kind == "change" and change.periods and change.compare_to:
            # The levels of the change's own clause ("single adult apprehensions declined
            # from 36,900 to 30,130"), else of the sentence.
            own = [c for c in claims if c.kind == "total" and c.quantity is not None
                   and c.quantity.kind == "count" and c.start == change.start]
            levels = own if len(own) == 2 else [
                c for c in claims if c.kind == "total" and c.quantity is not None
                and c.quantity.kind == "count"]
            _bind_from_to(change, levels, claims, text)
            _bind_base_level(change, levels, text)
            _bind_reached_level(change, levels, text)
            for dim in ("citizenship", "demographic"):
                # "Arrested some 8,400 compatriots ..., compared to 10,800 in May, a drop of
                # approximately 20 percent": the change is of the group its levels count.
                cuts = {tuple(c.filters.get(dim, ())) for c in levels}
                if levels and dim not in change.filters and len(cuts) == 1 and () not in cuts \
                        and not (change.topic is not None and change.topic.id == "gt_returns"):
                    change.filters[dim] = list(cuts.pop())
        if change.kind == "change":
            _own_level(change, text)
            _period_of_own_level(change, claims)
    _restated_base(claims)
    _first_time_since(claims, text)
    _record_of_the_base(claims, text)
    _record_of_the_level(claims, text)
    _record_set_as_base(claims, text)


def _record_of_the_level(claims: list[Claim], text: str) -> None:
    """"La cantidad de cruces de cubanos ascendió a 574, el número más alto en lo que va de
    año": a record in apposition to a level ranks that level, so it counts the group the
    level counts (the Cubans), which its own clause does not name. A level with no period
    leaves the record's a guess ("the topline -- 271,484 removals -- the highest level since
    2014": of a year the sentence does not name), which stands only if it holds."""
    for rank in claims:
        if rank.kind != "rank_record" or not rank.rank_words:
            continue
        at = text.find(rank.rank_words, rank.start - rank.sentence.start)
        level = next((c for c in claims if c.kind == "total" and c.quantity is not None
                      and c.quantity.kind == "count" and c.sentence is rank.sentence
                      and c.position < at and _APPOSITION.fullmatch(text, c.position, at)),
                     None) if at >= 0 else None
        if level is None:
            continue
        if not level.periods and not rank.periods:
            rank.guessed = True
        if any(d in rank.filters for d in ("citizenship", "demographic")):
            continue
        for dim in ("citizenship", "demographic"):
            if dim in level.filters:
                rank.filters[dim] = list(level.filters[dim])


# Words that make a sector's city the city, its ports or its people, not Border Patrol's
# sector: "encounters in Tucson" with none of them is the sector's ("211 mil 802 personas
# han sido aseguradas en Yuma, Arizona").
_NOT_THE_SECTOR = re.compile(r"\b(?:ports?|puertos?|bridges?|puentes?|field office|garitas?|"
                             r"cit(?:y|ies)|ciudad(?:es)?|count(?:y|ies)|condados?|shelters?|"
                             r"albergues?|mayor|alcalde|residents|habitantes|downtown|"
                             r"released|liberad[oa]s)\b", re.IGNORECASE)


# ("from a record high of 84,491 in May": the record's words begin with their article.)
_LEADING_ARTICLE = re.compile(r"(?:(?:an?|the|its|their|un|una|el|la|su)\s+)?", re.IGNORECASE)
_FROM_A = re.compile(r"\b(?:from|desde|de)\s+(?:an?|the|its|their|un|una|el|la|su)\s+$",
                     re.IGNORECASE)


_WHEN_IT_REACHED = re.compile(r"\b(?:when|cuando)\b[^.;,]{0,70}?\b(?:to|hasta|a|reached|"
                              r"hit|alcanzaron|llegaron a|rose|climbed|peaked|repuntaron|"
                              r"subieron|llegaron|sumaron|totaled)\s+(?:at\s+)?"
                              + _BASE_HEDGE + "$", re.IGNORECASE)
_BASE_BEFORE = re.compile(r"\b(?:from|desde|than|que)\s+(?:(?:the|l[oa]s|el|la)\s+)?$|"
                          r"\b\d[\d.,]*\s*(?:%|percent|por ciento)\s+de\s+l[oa]s\s+$",
                          re.IGNORECASE)
# ("from the 132,887 arrests in May, the highest month in more than a decade": after a
# comma too.)
_APPOSITION = re.compile(r"(?:hasta\s+)?" + _BASE_HEDGE + r"[\d.,]+(?:\s+[^\W\d_]+){0,2}?"
                         r"(?:\s+(?:in|en|de|of)\s+[\w ]{3,25}?)?"
                         r"\s*(?:[—–,]|--)\s*(?:the|el|la|which was|que fue)?\s*",
                         re.IGNORECASE)


def _record_of_the_base(claims: list[Claim], text: str) -> None:
    """"Dropped from an all-time high of about 302,000 in December 2023 to roughly 96,000 a
    year later": the record describes the level the change started from, so it is of that
    level's period, not of the period the change ran to."""
    for rank in claims:
        if rank.kind != "rank_record" or not rank.rank_words:
            continue
        at = text.find(rank.rank_words, rank.start - rank.sentence.start)
        if at < 0:
            continue
        if _FROM_A.search(text[max(0, at - 25):at] + _LEADING_ARTICLE.match(
                rank.rank_words).group(0)):
            level = next((c for c in claims if c.kind == "total" and c.quantity is not None
                          and c.sentence is rank.sentence and at < c.position <= at + len(
                              rank.rank_words) + 30 and len(c.periods) == 1), None)
        else:
            # "down about 28% from 132,887 in May — the highest month in more than a
            # decade": a record set beside the base, after a dash, is the base's; so is one
            # beside the level of a "when" clause on the base ("una caída respecto a mayo,
            # cuando las detenciones repuntaron hasta 132.870, el mayor número desde 2006").
            level = next((c for c in claims if c.kind == "total" and c.quantity is not None
                          and c.sentence is rank.sentence and len(c.periods) == 1 and
                          c.position < at and (_BASE_BEFORE.search(
                              text[max(0, c.position - 12):c.position]) or
                              _WHEN_IT_REACHED.search(text[max(0, c.position - 90):c.position]))
                          and _APPOSITION.fullmatch(text, c.position, at)), None)
        if level is not None and level.periods != rank.periods:
            rank.periods, rank.alternatives = list(level.periods), []
            continue
        # "Up 30% from the same period a year earlier, when illegal migration was at a
        # 56-year low": a record in a "when" clause on the year before is of the change's
        # base, a year before the change's own period.
        if _YEAR_EARLIER_WHEN.search(text[max(0, at - 90):at]):
            change = next((c for c in claims if c.kind == "change" and c.sentence is
                           rank.sentence and c.position < at and c.periods), None)
            if change is not None:
                rank.periods = [p.shifted_years(-1) for p in change.periods]
                rank.alternatives = []


# A record named by its level where a relation sets that level as its base: "fewer than
# July's record 212,000", "down from a record 302,000", "over last year's record of 1.7
# million".
_RECORD_BEFORE_LEVEL = re.compile(
    r"\b(?:than|from|over|below|above|compared\s+(?:to|with))\s+(?:(?:the|a|its|their)\s+|"
    r"(?:[\w.-]+\s+)?[\w.-]+['’]s\s+)(?:new\s+|all[- ]time\s+)?(record)(?:\s+of)?\s+"
    r"(?:(?:more\s+than|nearly|almost|about|around|roughly|some|over|approximately)\s+)?$",
    re.IGNORECASE)


def _first_time_since(claims: list[Claim], text: str) -> None:
    """"Subió en febrero por primera vez desde mayo del año pasado": beside the rise, a run
    the other way, every month after May up to January, is a claim of its own."""
    for change in list(claims):
        if change.kind != "change" or change.change is None or change.compare_to or \
                len(change.periods) != 1 or change.periods[0].kind != "month":
            continue
        m = _FIRST_SINCE_MONTH.search(text, change.start - change.sentence.start)
        if m is None or m.start() > change.end - change.sentence.start:
            continue
        claims.append(replace(
            change, kind="streak", quantity=None, trend="down" if change.change.direction ==
            "up" else "up", streak_before=True, streak_since=MONTHS[m.group("month").lower()],
            streak_n=0, alternatives=[], inherited=list(change.inherited),
            filters=dict(change.filters)))


def _months_within(p: Period, span: Period) -> int:
    """How many of ``p``'s months fall within ``span``."""
    first, last = max(p.start, span.start), min(p.end, span.end)
    return Period.span(first, last).months if first <= last else 0


def _record_set_as_base(claims: list[Claim], text: str) -> None:
    """"That's around 3,000 fewer than July's record 212,000": the record the base is
    called is a claim of its own, of the base level's period and series, beside the
    relation (which is judged on its own figure)."""
    for level in list(claims):
        q = level.quantity
        if level.kind != "total" or q is None or q.kind != "count" or len(level.periods) != 1 \
                or any(c.kind == "rank_record" and c.sentence is level.sentence for c in claims) \
                or not any(c.kind in ("change", "comparison") and c.sentence is level.sentence
                           for c in claims):
            continue
        said = _RECORD_BEFORE_LEVEL.search(text[max(0, level.position - 60):level.position])
        if said is None:
            continue
        record = replace(level, kind="rank_record", quantity=None, rank_words=said.group(1),
                         rank_direction="high", alternatives=[], inherited=list(
                             level.inherited), filters=dict(level.filters))
        claims.append(record)


# "… a year earlier, when", "… el año anterior, cuando": the clause is about the year before.
_YEAR_EARLIER_WHEN = re.compile(
    r"\b(?:a year (?:earlier|before|ago)|the (?:previous|prior) year|the year before|"
    r"un año antes|el año anterior|hace un año)\s*,\s*(?:when|cuando)\b[^,;]*$", re.IGNORECASE)


def _period_of_own_level(change: Claim, claims: list[Claim]) -> None:
    """"Entre enero y octubre de 2023, … 1,997,579; en el mismo periodo de 2024, la cifra
    bajó ligeramente a 1,456,014": the level a change reached is of the change's period, and
    the period its own words give it (January–October 2024) is the change's, not the first
    the sentence named; so is a level it started from its base."""
    q = change.quantity
    if change.level_side is None or q is None or change.compare_to:
        return
    level = next((c for c in claims if c is not change and c.kind == "total" and
                  c.quantity is not None and c.quantity.words == q.words and
                  c.sentence is change.sentence and len(c.periods) == 1), None)
    if level is None or level.periods == change.periods:
        return
    if change.level_side == "after":
        change.periods, change.alternatives = list(level.periods), []
    elif change.periods and level.periods[0].end < change.periods[0].start:
        change.compare_to = list(level.periods)


def _restated_base(claims: list[Claim]) -> None:
    """"Fell to about 150,000 last month, down from the record-high 251,487 tallied in
    December": the "down from" names the base of the change just stated, not a change of
    its own: it runs to that change's period, from the period its own words name."""
    changes = [c for c in claims if c.kind == "change" and c.change is not None]
    for before, c in zip(changes, changes[1:], strict=False):
        if c.level_side != "before" or before.sentence is not c.sentence or \
                before.change is None or before.change.direction != c.change.direction or \
                not before.periods or c.compare_to:
            continue
        if c.periods and c.periods != before.periods:
            c.compare_to = list(c.periods)
        c.periods, c.alternatives = list(before.periods), []


_LEVEL_BEFORE = re.compile(r"\b(?:from|desde|de|compared (?:to|with)|than|comparaci[oó]n (?:a|con)|"
                           r"respecto (?:a|de)|frente a|relaci[oó]n (?:a|con))\s+"
                           r"(?:the\s+|los\s+|las\s+|un\s+|an?\s+)?"
                           r"(?:(?:record[\s-]+)?(?:high|low|peak)\s+(?:of\s+)?)?$",
                           re.IGNORECASE)
_LEVEL_AFTER = re.compile(r"\b(?:to|hasta|a)\s+(?:the\s+|los\s+|las\s+|just\s+|un\s+)?$",
                          re.IGNORECASE)


def _own_level(change: Claim, text: str) -> None:
    """"Down from 2.2 million", "fell to 83,000": a change whose own figure is a level, not
    a size of change, states where the series started (after "from") or ended (after
    "to"); the figure is checked against that period, not the sentence's."""
    q = change.quantity
    if q is None or q.kind != "count" or q.role != "count":
        return
    at = text.find(q.words, change.position)
    if at < 0:
        return
    before = text[max(0, at - 40):at]
    if _LEVEL_BEFORE.search(before):
        change.level_side = "before"
    elif _LEVEL_AFTER.search(before):
        change.level_side = "after"


_BASE_LEVEL = re.compile(r"\b(?:" + _VERSUS_STEMS + r"|over|against)\b", re.IGNORECASE)


# What puts a level after a change as the change's base: "cayeron a 96 mil, frente a los
# 302 mil de diciembre de 2023", "bajaron a 76 mil, contra 79 mil del año anterior".
_BASE_OF_LEVEL = re.compile(r"^(?:[^\d,;.]{0,40}?[,;(])?\s*(?:" + lx.VERSUS_WORDS + r"|contra)"
                            r"(?:\s+(?:l[oa]s?|el|un total de|(?:casi|más de|unos|unas|cerca "
                            r"de)))*\s*$", re.IGNORECASE)


# A month set against an average, which makes "compared with 2018" the year's average month.
_AVERAGE_WORDS = re.compile(r"\b(?:average|averaged|promedi\w*|media mensual|monthly|mensual)\b",
                            re.IGNORECASE)


# "The March average", "the average number of November apprehensions", "el promedio de
# los meses de marzo": one calendar month's average.
_AVERAGE_OF_A_MONTH = re.compile(
    r"\bthe\s+(?P<m>" + MONTH_NAMES + r")\s+average\b|\bthe\s+average\s+(?:number\s+of\s+|"
    r"level\s+of\s+)?(?P<m2>" + MONTH_NAMES + r")\b|\bel\s+promedio\s+de\s+(?:los\s+meses\s+"
    r"de\s+)?(?P<m3>" + MONTH_NAMES + r")\b", re.IGNORECASE)


def _average_of_a_month(claims: list[Claim], refs: list[TimeRef], text: str) -> None:
    """"A 322% increase from the average number of November apprehensions during the Trump
    administration", "more than three times the March average … under the Obama and Trump
    administrations": the base is that month's average over the terms named after it."""
    said = _AVERAGE_OF_A_MONTH.search(text)
    if said is None:
        return
    terms = [r for r in refs if r.kind == "presidency" and r.periods and
             0 <= r.start - said.end() <= 120]
    if not terms:
        return
    month = MONTHS[(said.group("m") or said.group("m2") or said.group("m3")).lower()]
    base = Period.span(min(r.periods[0].start for r in terms),
                       max(r.periods[-1].end for r in terms))
    for claim in claims:
        if claim.kind in ("change", "comparison") and claim.quantity is not None and \
                claim.start - claim.sentence.start <= said.start() < \
                claim.end - claim.sentence.start and claim.periods:
            claim.compare_to, claim.compare_stat = [base], MonthAverage(month)


def _month_before_its_own(claim: Claim) -> None:
    """"… more than 162,000 … in March. That represents a 25% rise over the previous month",
    said in May: the month before the change's own (February), not before the text's."""
    if claim.kind not in ("change", "comparison") or len(claim.periods) != 1 or \
            len(claim.compare_to) != 1 or claim.periods[0].kind != "month" or \
            claim.compare_to[0].kind != "month" or \
            claim.compare_to[0].start < claim.periods[0].start or \
            not PREVIOUS_MONTH.search(claim.sentence.text) or any(
                p.kind == "month" for ps in claim.sentence_periods for p in ps):
        return
    claim.compare_to = [month_of(add_months(claim.periods[0].start, -1))]


def _same_month_of_the_year_named(claim: Claim) -> None:
    """"In January, family apprehensions in El Paso rose nearly 1,600% compared with 2018":
    a month's change against a year named alone is against that month of the year (January
    2018), not the year's average month."""
    if claim.kind != "change" or len(claim.periods) != 1 or len(claim.compare_to) != 1 or \
            claim.compare_stat or _AVERAGE_WORDS.search(claim.sentence.text):
        return
    month, year = claim.periods[0], claim.compare_to[0]
    if month.kind != "month" or year.kind not in ("year", "fiscal_year") or \
            year.end >= month.start:
        return
    claim.compare_to = [year.month_in(month.start.month)]


def _a_year_against_the_one_before(change: Claim, claims: list[Claim], text: str) -> None:
    """"Apprehensions declined to about 10,300 from roughly 12,300 over the past year": a
    change stated with both its levels over the past year is that year against the year
    before, whose level is the one after "from"."""
    if len(change.periods) != 1 or change.periods[0].months != 12 or not re.search(
            r"\b(?:past|last)\s+(?:year|12 months|twelve months)\b", change.time_words or "",
            re.IGNORECASE):
        return
    year = change.periods[0]
    levels = [c for c in claims if c.kind == "total" and c.quantity is not None and
              c.quantity.kind == "count" and c.start == change.start and c.periods == [year]]
    if len(levels) != 2:
        return
    based = [c for c in levels if _FROM_BEFORE.search(text, max(0, c.position - 40),
                                                      c.position)]
    reached = [c for c in levels if _TO_BETWEEN.search(text, max(0, c.position - 20),
                                                       c.position)]
    if len(based) != 1 or len(reached) != 1 or based == reached:
        return
    before = year.shifted_years(-1)
    change.compare_to = [before]
    based[0].periods, based[0].alternatives = [before], []


def _between_the_levels_before(change: Claim, claims: list[Claim]) -> None:
    """"While in May the daily average … was 1,246, in June it went to 629, a reduction of
    50.48 percent": a change that names no time of its own, after two levels of two
    periods, runs from the first to the second."""
    q = change.quantity
    if q is None or q.kind != "percent" or ("period_from_sentence", {}) not in change.inherited:
        return
    levels = [c for c in claims if c.kind == "total" and c.quantity is not None and
              c.quantity.kind == "count" and c.sentence is change.sentence and
              c.position < change.position and len(c.periods) == 1]
    if len(levels) != 2:
        return
    first, second = levels[0].periods[0], levels[1].periods[0]
    if first.kind == second.kind and first.start < second.start:
        change.periods, change.compare_to, change.alternatives = [second], [first], []


def _base_from_level(change: Claim, claims: list[Claim], text: str) -> None:
    """A change whose clause names no base, with the level it is measured against right
    after it: "En diciembre de 2024 los encuentros cayeron a 96 mil, frente a los 302 mil
    de diciembre de 2023" is December 2024 against December 2023, not against the month
    before. A level "del año anterior" / "del mes anterior" is the period before the
    change's own, not before the text's date."""
    q = change.quantity
    if q is None or len(change.periods) != 1:
        return
    at = text.find(q.words, change.position)
    if at < 0:
        return
    level = next((c for c in claims if c.kind == "total" and c.quantity is not None and
                  c.quantity.kind == "count" and c.position > at and len(c.periods) == 1),
                 None)
    if level is None:
        return
    words_at = text.find(level.quantity.words, level.position)
    # The change's own period may stand between ("bajaron a 76 mil 768 en 2024, contra").
    between = re.sub(r"\b(?:19|20)\d\d\b", "", text[at + len(q.words):words_at])
    if words_at < 0 or not _BASE_OF_LEVEL.match(between):
        return
    mine, base = change.periods[0], level.periods[0]
    after = text[words_at + len(level.quantity.words):][:40]
    if base.label == mine.label and re.match(r"\s*(?:\w+\s+){0,2}?(?:del?|en)\s+(?:el\s+)?"
                                             r"(?:año|mes|ejercicio)\s+(?:fiscal\s+)?"
                                             r"(?:anterior|previo|precedente)\b", after,
                                             re.IGNORECASE):
        # "contra 79 mil 697 del año anterior": before the change's own period.
        if mine.kind == "month":
            m = add_months(mine.start, -1)
            base = Period.month(m.year, m.month)
        elif mine.kind in ("year", "fiscal_year"):
            base = mine.shifted_years(-1)
        else:
            return
        level.periods, level.alternatives = [base], []
    if base.start >= mine.start:
        return  # not an earlier period: no base
    change.compare_to = [base]


# A time named right after a figure, its own: "250,000 in December", "en 2022".
_OWN_TIME_AFTER = re.compile(r"\s*(?:in|en|during|durante|for)\s+(?:(?:the\s+)?(?:month\s+of|"
                             r"fiscal\s+year)\s+|(?:el\s+)?(?:mes\s+de|año\s+fiscal)\s+)?"
                             r"(?:" + MONTH_NAMES + r"|(?:19|20)\d\d|fy)\b", re.IGNORECASE)


# The word before the level a change reached ("…, to 173,000", "reaching 219,000").
# Not the "to" of "year-to-date".
_REACHED = re.compile(r"(?<![\w-])(?:to|reaching|hitting|hasta)(?![\w-])", re.IGNORECASE)


def _bind_base_level(change: Claim, levels: list[Claim], text: str) -> None:
    """"This is down by 24 percent over the prior year's year-to-date total of 293,344": the
    one level after the change's base word, in none of its periods, is the base's."""
    q = change.quantity
    # Of several changes ("rose about 5% from the 53,530 in September but fell more than
    # 70% from 188,749 last October"), the level in the change's own clause, which the
    # time words may have put in the period compared ("last October", said in November).
    own = [c for c in levels if c.start == change.start]
    level = levels[0] if len(levels) == 1 else own[0] if len(own) == 1 else None
    if level is None or q is None or len(change.compare_to) != 1 or change.compare_stat or \
            level.periods == change.compare_to or (
                level.periods == change.periods and len(levels) == 1):
        return
    at = text.find(q.words, change.position)
    between = text[at + len(q.words):level.position] if at >= 0 else ""
    bases = list(_BASE_LEVEL.finditer(between))
    said = text.find(level.quantity.words, level.position) if level.quantity else -1
    if said >= 0 and _OWN_TIME_AFTER.match(text, said + len(level.quantity.words)):
        # "Down 6.3% from March and barely half of a record-high 250,000 in December": a
        # level with its own time right after it is of that time, not the base's.
        return
    # "Jumped 71% from February to March, to more than 173,000", "soared 21% in September
    # from August, to nearly 219,000": a "to" after the base word names the level reached.
    if level.position > at >= 0 and bases and not re.search(r"\d", between) and \
            not _REACHED.search(between[bases[-1].end():]):
        level.periods, level.alternatives = list(change.compare_to), []


# "…, to nearly 219,000", "reaching 173,277"; not "compared to", "up to" (a bound).
_REACHED_BEFORE = re.compile(r"(?<!compared )(?<!up )\b(?:to|reaching|hitting)\s+"
                             r"(?:the\s+|a\s+|just\s+)?$", re.IGNORECASE)


def _bind_reached_level(change: Claim, levels: list[Claim], text: str) -> None:
    """"Soared 21% in September from August, to nearly 219,000": the one level after the
    change, introduced by "to", is the level it reached in its own period, not the base's
    month that happens to be named nearest."""
    if len(levels) != 1 or len(change.periods) != 1 or len(change.compare_to) != 1:
        return
    level = levels[0]
    # Read as the base's month, or as the run "from February to March" together.
    run = len(level.periods) == 1 and level.periods[0].start <= change.compare_to[0].start \
        and level.periods[0].end >= change.periods[0].end
    # (Or read as no period at all: "rose 61% from June to August, to roughly 233,000".)
    if level.periods and level.periods != change.compare_to and not run:
        return
    if level.position > change.position and _REACHED_BEFORE.search(
            text[max(0, level.position - 30):level.position]):
        level.periods, level.alternatives = list(change.periods), []


def _bind_from_to(change: Claim, levels: list[Claim], claims: list[Claim], text: str) -> None:
    first, last = change.compare_to[0], change.periods[-1]

    def spanned(c: Claim) -> bool:
        # "From 2007 to 2008, from 75,169 to 30,126": a level read as the whole span of
        # the change, or as no period, is one of its two ends.
        return not c.periods or len(c.periods) == 1 and c.periods[0].start <= min(
            first.start, last.start) and c.periods[0].end >= max(first.end, last.end)
    ends = sorted([first, last], key=lambda p: p.start)
    # ("From record highs of more than 300,000 in December to 176,205 in January": each
    # level has its end already; a record beside one is still that end's.)
    bound = len(levels) == 2 and [c.periods for c in levels] == [[ends[0]], [ends[1]]]
    if len(levels) != 2 or levels[0].periods != levels[1].periods and not bound and not all(
            spanned(c) for c in levels):
        return
    spots = []
    for c in levels:
        q = c.quantity
        assert q is not None
        digit = re.search(r"\d", q.words)
        spots.append((c.position, c.position + (digit.start() if digit else 0)))
    (a_at, a_digits), (b_at, b_digits) = spots
    if not (0 <= a_at < b_at) or not _FROM_BEFORE.search(text[max(0, a_at - 40):a_digits]) \
            or not _TO_BETWEEN.search(text[a_at + len(levels[0].quantity.words):b_digits]):
        return
    earlier, later = ends
    # Two bare years may be fiscal ones; the levels' figures decide.
    fiscal = earlier.kind == later.kind == "year" and not change.calendar_explicit and not bound
    if not bound:
        for c, p in ((levels[0], earlier), (levels[1], later)):
            c.periods, c.alternatives = [p], [[Period.fiscal_year(p.start.year)]] if fiscal \
                else []
    if fiscal and not change.alternatives:
        change.alternatives = [[Period.fiscal_year(last.start.year)]]
        change.alternative_bases = [[Period.fiscal_year(first.start.year)]]
    q = levels[1].quantity
    if q.hedge == "at_most" and q.words.lower().startswith("hasta"):
        levels[1].quantity = replace(q, hedge=None)
    for c in claims:
        if c.kind == "rank_record" and c.periods in ([earlier], [later]) and (
                c.start == change.start or c.position > b_at):
            # "Dropped from a record high of 84,491 in May to 57,389": the record is the
            # level it stands beside; "..., hasta los 83.000, el número más bajo ...": the
            # level the change reached.
            c.periods, c.alternatives = [earlier if c.position < b_at else later], []


def _respectively(claims: list[Claim], refs: list[TimeRef], text: str) -> None:
    """"Durante octubre, noviembre y diciembre de 2023, registrando 49,256, 37,231 y 24,626
    respectivamente": the k-th figure is the k-th month's, and a change runs from the first
    month to the last."""
    if not re.search(r"\brespectiv\w*", text, re.IGNORECASE):
        return
    months = [p for r in refs for p in r.periods if p.kind == "month"]
    levels = [c for c in claims if c.kind == "total" and c.quantity is not None
              and c.quantity.kind == "count"]
    if len(months) < 2 or len(levels) != len(months):
        return
    for claim, month in zip(levels, months, strict=True):
        claim.periods, claim.alternatives, claim.each = [month], [], False
    for claim in claims:
        if claim.kind == "change" and claim.quantity is not None and \
                claim.quantity.kind == "count":
            claim.periods, claim.compare_to, claim.each = [months[-1]], [months[0]], False
            claim.quantity = None


def _nationalities_near(claim: Claim, offset: int, sentence: str) -> tuple[str, ...]:
    """The nationalities named outside the claim's clause that still count its figure: not
    those past another figure ("... 29.289 en 2015, cuando hubo una entrada masiva de
    cubanos" names who came in 2015, not in every year listed)."""
    if claim.quantity is None:
        return ()
    return _nationalities_counting(offset + claim.quantity.start,
                                   offset + claim.quantity.end, sentence)


def _nationality_of_its_levels(claim: Claim, sentence: str) -> tuple[str, ...]:
    """A ratio or a percentage relating two stated counts of one nationality is of that
    nationality, like its counts: "this fiscal year's total (46,410) already exceeds by
    more than six times FY2020's, when the contingent of Brazilians detained was 7,161";
    so is the count it relates that names none (the 46,410)."""
    if claim.quantity is None:
        return ()
    if claim.kind == "total" and claim.quantity.kind == "count":
        if not any(q.kind in ("multiplier", "percent") for q in quantities(sentence)):
            return ()
    elif claim.kind not in ("comparison", "change") or claim.quantity.kind == "count":
        return ()
    counts = _counts(sentence)
    if len(counts) < 2:
        return ()
    named = [set(_nationalities_counting(q.start, q.end, sentence)) for q in counts]
    found = set().union(*named)
    if len(found) != 1 or any(n and n != found for n in named):
        return ()
    return tuple(found)


def _nationalities_counting(start: int, end: int, sentence: str) -> tuple[str, ...]:
    """The nationalities that count the figure at ``start``–``end`` of ``sentence``."""
    counts = [q for q in _counts(sentence) if q.start != start]
    after = min((q.start for q in counts if q.start >= end), default=len(sentence))
    tail = sentence[end:after]
    # (... nor past the words that say who said it.)
    aside = re.search(r"\b(?:cuando|when|while|mientras|as|porque|because)\b", tail,
                      re.IGNORECASE) or _SAID_BY.search(tail)
    # The subject named before the figure counts it ("de mexicanos sumaron 17 mil 340 ...,
    # frente a los 162 mil 078"); after it, only up to the next figure or an aside.
    return lx.nationalities(sentence[:start] + " " + tail[:aside.start() if aside else None])


# Who said it, after a comma: ", said officials", ", aseguraron funcionarios".
_SAID_BY = re.compile(r",\s+(?:said|says|told|aseguraron|aseguró|dijeron|dijo|afirmaron|afirmó|"
                      r"informaron|informó|señalaron|señaló|explicaron|explicó)\b", re.IGNORECASE)
# A phrase that opens a sentence on something besides what it counts, or set against it
# ("While the number of families … has risen sharply, the number of border arrests …"),
# unless what follows points back to it ("While families rose 20%, they …").
_BESIDES = re.compile(r"\W*(?:in addition to|besides|aside from|apart from|además de|aparte de|"
                      r"while|whereas|although|mientras que|aunque|si bien)\b[^,;]*,"
                      r"(?!\s*(?:they|it|these|those|ellas?|ellos|estas|estos|éstas|éstos)\b)",
                      re.IGNORECASE)


# Everyone, named by sex and age: "men, women and children", "hombres, mujeres y niños".
_EVERYONE = re.compile(r"\b(?:men,?\s+women,?\s+and\s+children|women,?\s+men,?\s+and\s+children|"
                       r"hombres,?\s+mujeres\s+y\s+niñ[oa]s|mujeres,?\s+hombres\s+y\s+niñ[oa]s)\b",
                       re.IGNORECASE)
# An aside that singles out some of those counted: "with particularly sharp drops in",
# "including", "especially among", "sobre todo entre".
_GROUP_ASIDE = re.compile(r"\b(?:with|including|especially|particularly|notably|con|incluidos|"
                          r"incluidas|sobre todo|especialmente|en particular)\b", re.IGNORECASE)


def _population_of(claim: Claim, m: re.Match, offset: int, sentence: str) -> bool:
    """Whether a population word counts the claim's figure: not when another number stands
    between them ("13 mil 445 personas ..., de ellas dos mil 253 menores de edad": the
    minors are the second figure's)."""
    aside = _BESIDES.match(sentence)
    at = offset + (claim.quantity.start if claim.quantity is not None else claim.anchor)
    if aside and m.start() < aside.end() <= at:
        return False  # "In addition to the increase of unaccompanied minors, … over 2 million"
    if claim.quantity is None:
        # ("October marks the third straight month of declining encounters -- with
        # particularly sharp drops in families and unaccompanied children": the aside's
        # groups, past the claim's own clause, are not whom it counts.)
        own_end = claim.end - claim.sentence.start
        # (Nor past a contrast: "… rose slightly in April to 178,622, …, but a decline in the
        # number of teens and children arriving without parents eased pressure".)
        return m.start() < own_end or not (_GROUP_ASIDE.search(sentence, own_end, m.start())
                                           or _CONTRAST.search(sentence, own_end, m.start()))
    end = offset + claim.quantity.end
    if m.start() < end:
        return True  # "total UC encounters numbered 144,834, ... in FY2019 (76,020)"
    tail = sentence[end:m.start()]
    if re.fullmatch(r"\s+(?:(?:encounters|apprehensions|arrests|encuentros|detenciones)\s+)?"
                    r"(?:with|con)\s+", tail) and not re.match(
                        r"\s+(?:[\w-]+\s+)?(?:accounting|making|representing|comprising)\b",
                        sentence[m.end():]):
        return True  # "just over 100,000 encounters at the border, 9,400 with unaccompanied
        # children", "108,301 encounters with single adults": "with" right after the figure
        # (or its count's noun) says whom it counts, unless it opens an aside ("with
        # families accounting for ...")
    # After the figure, only up to the next figure or an aside ("183,503 in July, with
    # migrant families accounting for ...": the families are the aside's; "520 mil
    # personas, entre ellas miles de niños", "incluidos niños": a part of them).
    # ("900,000 migrants—including thousands of unaccompanied children—": a part of them.)
    # ("close to 9,500 were unaccompanied minors and the remainder adults": the rest's
    # group.)
    # ("cerca de 300.000 personas, una quinta parte menores de edad": the part's group.)
    return not re.search(r"\d|\b(?:mil|miles|thousands?|millions?|millones|hundreds|cientos|"
                         r"including|incluid[oa]s|among them|entre ell[oa]s|with|con|while|"
                         r"mientras|cuando|when|the remainder|the rest|el resto|l[oa]s demás)\b",
                         tail, re.IGNORECASE) and not _CONTRAST.search(tail) and not (
        (part := _OF_THEM.search(tail)) and re.search(r"[,;(]", tail[:part.start()])) and \
        not ((were := _PART_WERE.search(sentence, end)) and were.start() < m.start())


def _is_base(r: TimeRef, sentence: str, refs: list[TimeRef] | None = None) -> bool:
    """Whether a time expression names the base of a comparison: "from May", "than in
    2019", "compared with 2023", "respecto a 2023", "over last August 2020"; with the
    sentence's ``refs``, also a base joined to one before it ("doubled the 17,806 in 2021
    and the 21,057 in 2020", "frente a los 8,383 de abril y los 7,184 de marzo")."""
    before = sentence[max(0, r.start - 60):r.start]
    if r.extra.get("so_far"):
        return False  # "desde el comienzo del año fiscal": the year so far, no base
    if re.search(r"\blo que va (?:de|del)\s*$", before, re.IGNORECASE):
        return False  # "en lo que va del año fiscal 2024": the year so far, no base ("que")
    if re.match(r"over\s+the\s+(?:past|last)\b", r.words, re.IGNORECASE) or re.search(
            r"\bover\s*$", before, re.IGNORECASE) and re.match(
            r"the\s+(?:past|last)\b", r.words, re.IGNORECASE):
        # "declined to about 10,300 from roughly 12,300 over the past year": the span the
        # change ran over, though a base's figure stands before it.
        return False
    if re.match(r"the\s+(?:past|last|course|whole|entire|full)\b|" + _THE_YEAR_SPAN, r.words,
                re.IGNORECASE):
        # "Over the past three years, more than 6 million ...": a span of time, not a base
        # ("over" left outside the time words is the same "over" as inside them; "over
        # last year's total" is still a base).
        before = re.sub(r"\bover\s*$", "", before, flags=re.IGNORECASE)
    # "Rebounded over the remainder of 2020", "over the course of 2019": a span, not a base.
    before = re.sub(r"\bover\s+the\s+(?:remainder|rest|balance|course)\s+of\s*$", "", before,
                    flags=re.IGNORECASE)
    # "respecto al mes anterior": the preposition is in the time expression's words.
    head = re.match(r"(?:al|a|del|de|the)\s", r.words, re.IGNORECASE)
    if head and lx.BASE_MARKER.search(before + head.group(0)):
        return True
    marker = lx.BASE_MARKER.search(before)
    if marker and re.match(r"que\b", marker.group(0), re.IGNORECASE) and not \
            _COMPARATIVE_BEFORE_QUE.search(sentence[max(0, r.start - 140):r.start - len(
                before) + marker.start()]):
        # "Todo indica que en el año fiscal 2021 …": "que" after a verb, with no "más",
        # "menos" or "mayor" before it, introduces a clause, not a base.
        marker = None
    figure = _BASE_FIGURE.search(before)
    if figure is None and (wide := sentence[max(0, r.start - 90):r.start]) != before and (
            figure := _BASE_FIGURE.search(wide)) is not None:
        # "en comparación con los 2,2 millones de detenciones registradas en 2022": a
        # base figure's words may run long.
        before = wide
    if figure is None and (lead := re.match(r"(?:in|during|en|durante)\s", r.words,
                                            re.IGNORECASE)):
        # "From the 144,255 people apprehended or turned back in May": a base figure's
        # words run up to the time's own "in".
        figure = _BASE_FIGURE.search(before + lead.group(0))
        if figure is not None and not re.search(r"\d", figure.group(0)):
            figure = None
    if figure and re.search(r"\b(?:more|less|fewer|más|menos)\s+$", sentence[:max(
            0, r.start - len(before) + figure.start())], re.IGNORECASE):
        figure = None  # "more than 1.6 million …": a bound, no base (past the window's edge)
    if figure and re.match(r"que\b", figure.group(0), re.IGNORECASE) and not re.search(
            r"\b(?:de|desde)\s+\d", figure.group(0), re.IGNORECASE) and not \
            _COMPARATIVE_BEFORE_QUE.search(sentence[max(0, r.start - 140):r.start - len(
                before) + figure.start()]):
        figure = None  # "El reporte detalla que 2,915 salvadoreños …": a clause, no base
    if figure and re.match(r"que\b", figure.group(0), re.IGNORECASE) and len(re.findall(
            r"[^\W\d_]+", re.split(r"\d", figure.group(0))[-1])) > 6:
        figure = None  # "apuntan a que alrededor de 320,000 migrantes podrán cruzar … en"
    if figure and figure.group(0).lower().startswith("over") and not _OVER_A_BASE.search(
            before[:figure.start()]):
        figure = None  # "processed migrants over 2 million times in fiscal year 2022"
    if _BASE_BELOW.search(sentence, max(0, r.start - 90), r.start):
        return True
    # ("a 100% increase on the already high numbers encountered in February": the base's
    # words run up to the time's own "in".)
    lead = re.match(r"(?:in|during|en|durante)\s", r.words, re.IGNORECASE)
    if marker or figure or _BASE_WORDS.search(before) or lead and _BASE_WORDS.search(
            before + lead.group(0)) or _BASE_RECORD_SET.search(
            sentence[max(0, r.start - 120):r.start]) or _BASE_MULTIPLE.search(before) or \
            _BASE_AFTER_PERCENT.search(before) or re.match(
                r"(?:from|than|over(?!\s+the\s+(?:course|past|last|whole|entire|full)\b|\s+"
                + _THE_YEAR_SPAN + r")|"
                r"against|compared|versus|desde|que|respecto|frente|comparad[oa]|con)\b",
                r.words, re.IGNORECASE):
        return True
    # "de diciembre 2023 (249,740 encuentros) a diciembre 2025": the start of a span of
    # change is its base, whatever figure stands beside it.
    if re.search(r"\bde\s*$", before, re.IGNORECASE) and (to := _SPAN_TO.match(
            sentence[r.end:])) and any(x.start == r.end + to.end() for x in refs or []):
        return True
    earlier = [x for x in refs or [] if x.end <= r.start]
    if not earlier:
        return False
    last = max(earlier, key=lambda x: x.end)
    return bool(_JOINED_BASE.match(sentence[last.end:r.start])) and _is_base(
        last, sentence, refs)


# What makes a Spanish "que" comparative: "más … que", "menos … que", "mayor que".
_COMPARATIVE_BEFORE_QUE = re.compile(r"\b(?:más|menos|mayor\w*|menor\w*|superior\w*|"
                                     r"inferior\w*|tant[oa]s?|igual|doble|triple|veces|"
                                     r"distint[oa]s?|otr[oa]s?)\b", re.IGNORECASE)


# "Over the fiscal year", "over the current year": a span, not a base (unlike "over the
# year before", "over fiscal year 2022").
_THE_YEAR_SPAN = (r"the\s+(?:current\s+)?(?:fiscal\s+|calendar\s+)?year\b"
                  r"(?!\s+(?:before|earlier|prior|ago)\b|\s*(?:19|20)\d\d)")
_SPAN_TO = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?,?\s*(?:a|al|hasta)\s+", re.IGNORECASE)
# What stands between two bases of one comparison: "and the 21,057 in", "y los 7,184
# registrados en", ", del 96% con respecto a" is a marker of its own.
_JOINED_BASE = re.compile(r"^\s*(?:\)\s*)?(?:,\s*(?:and\s+|y\s+)?|and\s+|y\s+|as well as\s+)"
                          r"(?:the\s+|l[oa]s?\s+|el\s+)?[\d.,]+(?:\s+mil)?(?:\s+[\w-]+){0,2}?"
                          r"(?:\s+(?:in|of|during|en|de|del))?\s*$", re.IGNORECASE)


def _by_distance(refs: list[TimeRef], start: int, end: int, text: str) -> list[TimeRef]:
    """Time expressions nearest first to the words at ``start``–``end``; one that follows
    the number ("47,207 in August") wins a tie over one before it."""
    def distance(r: TimeRef) -> int:
        if r.start >= end:
            gap, between = r.start - end, text[end:r.start]
        else:
            gap, between = start - r.end + 3, text[r.end:start]
        # A comma or a semicolon between them separates them: "250 thousand in 2022, half
        # a million migrants in 2023"; so does the start of the next item of a list ("the
        # July report of approximately 56,000 and the August report of 58,000").
        next_item = r.start >= end and re.fullmatch(
            r"\s*,?\s*(?:and|y|e|while|whereas|mientras)\s+(?:(?:the|el|la|los|las)\s+)?",
            between, re.IGNORECASE) is not None
        # A time after another figure is that figure's: "cayó a 21 mil 57, seguido de 17 mil
        # 806 en 2021" (2021 is the 17,806's).
        theirs = r.start >= end and re.search(r"\d", between) is not None
        return gap + (40 if _SEPARATES.search(between) or next_item else 0) + (
            100 if theirs else 0)
    return sorted(refs, key=distance)


def _comparison_periods(claim: Claim, offset: int, own: list[TimeRef],
                        previous: Claim | None, context: _Context,
                        refs: list[TimeRef] | None = None) -> None:
    """See ``_comparison_periods_as_named``; "a year earlier" with nothing before it in the
    sentence was read as the latest month a year ago, but beside a compared period taken
    from the text ("That figure is nearly double the number a year earlier", after a
    sentence on 2022) it is that period a year before."""
    _comparison_periods_as_named(claim, offset, own, previous, context, refs)
    shift = next((r for r in own if r.kind == "relative" and r.extra.get("years")
                  and list(r.periods) == claim.compare_to), None)
    if shift is not None and claim.periods and any(
            key in ("compared_from_text", "compared_from_clause") for key, _ in claim.inherited):
        claim.compare_to = [p.shifted_years(shift.extra["years"]) for p in claim.periods]


# The word a comparative's base follows: "fewer … than …", "más … que …".
# (Not the "than" of a hedge: "more than five times the tally of 3,221 in March 2020".)
_THAN = re.compile(r"\bthan\b(?!\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                   r"twice|double|triple|half|doubled|tripled)\b))|"
                   r"\b(?:más|menos|mayor|menor)\b[^.;\d]{0,60}?\bque\b",
                   re.IGNORECASE)


def _comparison_periods_as_named(claim: Claim, offset: int, own: list[TimeRef],
                                 previous: Claim | None, context: _Context,
                                 refs: list[TimeRef] | None = None) -> None:
    """"X in 2023 were three times the 2019 total", "..., twice as many as in 2019": the
    base is the period named after the multiple; the compared periods are named before it,
    or by the clause before."""
    anchor = offset + claim.anchor
    sentence = claim.sentence.text
    after = [r for r in own if r.start >= anchor]
    # "About 650,000 more than in fiscal 2021 and over five times as many as in fiscal
    # 2020": the base of the relation before is not what this one compares.
    before = [r for r in own if r.start < anchor and not (after and _is_base(r, sentence,
                                                                            refs))]
    marked = [r for r in after if re.search(r"\b(?:as|than|compared (?:to|with)|from|que|con|"
                                            r"respecto (?:a|al|de)|frente a|comparad[oa]s? "
                                            r"con|en comparación con|l[oa]s de)"
                                            r"(?:\s+(?:in|during|for|en|el|la|los|las|the)){0,2}"
                                            r"\s*$",
                                            sentence[max(0, r.start - 25):r.start],
                                            re.IGNORECASE)
              # (A ref whose own words open on the marker: "than March's total".)
              or re.match(r"(?:than|as|versus|against|compared (?:to|with)|que|frente a)\s",
                          r.words, re.IGNORECASE)]
    if not marked and after and (than := _THAN.search(sentence, anchor, after[-1].start)):
        # "3.4 percent fewer apprehensions last month than in the worst month … in the
        # 13-year period between May 2006 and May 2019": the base is past the "than",
        # however far; what comes before it is compared.
        marked = [r for r in after if r.start >= than.end()][:1]
    if marked:
        # "Twice as many migrants crossed in 2021 as in 2019": the base follows "as in".
        base = marked[0]
        before = before + [r for r in after if r.start < base.start]
    elif after:
        base = after[0]
    elif len(own) > 1:
        base = own[-1]
        before = own[:-1]
    else:
        # "En comparación con ese primer mes entero del mandatario ..., las autoridades
        # arrestaron en febrero de este año a un 42 % más": a base in a clause before.
        base = next((r for r in reversed(refs or []) if r.end <= offset and r.periods and
                     re.search(r"\b(?:compared (?:to|with)|in comparison (?:to|with)|en "
                               r"comparación (?:con|a)|comparad[oa]s? con|frente a|respecto "
                               r"(?:a|al|de))\s+(?:(?:the|el|la|los|las)\s+)?$",
                               sentence[max(0, r.start - 30):r.start], re.IGNORECASE)),
                    None) if not after else None
    if base is not None:
        claim.compare_to = list(base.periods)
        claim.compare_stat = base.extra.get("stat")
        claim.compare_alternatives = [list(a) for a in base.alternatives]
    elif own:
        # Only one period, and before the multiple: "in 2023, twice as many as" with no base.
        before = own
    relation = context.relation
    if previous is not None and previous.kind in ("total", "rate") and relation is not None \
            and relation.kind in ("comparison", "change") and \
            relation.sentence is claim.sentence and relation.periods:
        # "Esto representa casi el doble de la cifra vista en febrero, de 9 mil 297, y es casi
        # cuatro veces más que la de octubre": the same subject as the relation before, not
        # its base's level.
        previous = relation
    if previous is not None and [p.label for p in previous.periods] == [
            p.label for p in claim.compare_to]:
        previous = None  # the clause before named the base, not the period compared
    if not before and refs and (previous is None or not previous.periods):
        # "En enero, los encuentros fueron casi el doble que en enero de 2023": the
        # compared period is named in the sentence, before the clause.
        before = [r for r in refs if r.start < offset and r.kind not in ("presidency",
                                                                          "anaphor")][-1:]
    if before:
        # The nearest before the relation: "alcanzó su nivel más alto en mayo con 274.992, y
        # en septiembre hubo 272.338 detenciones, 8,2% más que en agosto" is September's.
        chosen = before[-1]
        claim.periods = list(chosen.periods)
        claim.alternatives = [list(a) for a in chosen.alternatives]
        claim.each = chosen.each
        claim.time_words = chosen.words
        claim.time_kind = chosen.kind
        claim.explicit_fiscal = bool(lx.FISCAL_WORDS.search(chosen.words))
        return
    if previous is not None and previous.periods:
        claim.periods, claim.alternatives = list(previous.periods), previous.alternatives
        claim.each = previous.each
        claim.time_words = previous.time_words
        claim.time_kind = previous.time_kind
        claim.explicit_fiscal = previous.explicit_fiscal
        claim.inherited.append(assumption("compared_from_clause"))
        if claim.quantity is None and previous.quantity:
            claim.quantity = previous.quantity
    elif context.periods and context.paragraph == claim.sentence.paragraph:
        claim.periods = list(context.periods)
        claim.alternatives = [list(a) for a in context.alternatives]
        claim.inherited.append(assumption("compared_from_text"))


TOPIC = {t.id: t for t in lx.TOPICS}


def _nearest_topic(text: str, anchor: int | None) -> tuple[lx.Topic | None,
                                                          list[lx.Topic]]:
    """The topic whose words stand closest to the anchor (the quantity), and the others. A
    corridor topic found in the same words as a generic one ("México detuvo" holds the
    generic "detuvo") is the one meant; Guatemala's own count of returns beats Mexico's and
    the US's when its words are there."""
    hits = _topic_hits(text)
    if not hits:
        return None, []
    ranked = sorted(hits, key=lambda h: (
        (min(abs(h[2] - anchor), abs(h[3] - anchor)) if anchor is not None else h[0]), h[0]))
    best = ranked[0][1]
    return best, [h[1] for h in ranked[1:] if h[1] is not best]


# "Under Title 42", "bajo el Título 42", "mediante el Título 42".
# ("Removed by the Title 42 public health protection": by its authority.)
_UNDER_TITLE_42 = re.compile(r"\b(?:under|through|via|using|by|bajo|mediante|con|por|conforme "
                             r"al?)\s+"
                             r"(?:the\s+|el\s+)?(?:(?:title|título)\s+42|t-?42)\b",
                             re.IGNORECASE)


# A state as a party to a suit: "una demanda interpuesta por Texas", "a lawsuit filed by
# Texas", "in a suit brought by Texas and Missouri".
_STATE_AS_PARTY = re.compile(r"\b(?:lawsuit|suit|case|demanda|querella)\s+(?:\w+\s+){0,2}?"
                             r"(?:filed|brought|interpuesta|presentada|promovida)\s+(?:by|por)\s+"
                             r"(?:the\s+state\s+of\s+|el\s+estado\s+de\s+)?$", re.IGNORECASE)
# Where someone went to speak: "during a visit to Texas", "on a trip to", "visiting",
# "durante una visita a", "en su gira por".
_VISITED = re.compile(r"\b(?:(?:during|on|in|durante|en)\s+(?:a|an|his|her|their|su|sus|una)\s+"
                      r"(?:\w+\s+)?(?:visit|trip|tour|visita|viaje|gira)\s+(?:to|of|a|por)|"
                      r"(?:while|when|mientras)\s+(?:visiting|touring)|visit[óo]|recorri[óo])\s+"
                      r"(?:the\s+state\s+of\s+|el\s+estado\s+de\s+)?$", re.IGNORECASE)
# "About half of nearly 2 million migrants …": the figure is the whole a part is of.
_A_PART_OF = re.compile(r"\b(?:of|de)\s+(?:(?:about|nearly|almost|some|over|more than|casi|"
                        r"unos|más de)\s+)?$", re.IGNORECASE)
# Sent back: what a count of people encountered and then expelled says was done to them.
_SENT_BACK = re.compile(r"\b(?:returned|expelled|sent back|turned (?:back|away)|removed|"
                        r"devuelt[oa]s|expulsad[oa]s|retornad[oa]s)\b", re.IGNORECASE)


# "Under this policy", "bajo esta medida": the policy the sentence before named.
_UNDER_THIS_POLICY = re.compile(r"\b(?:under|through|with|bajo|con|mediante)\s+(?:this|that|the|"
                                r"esta|esa|dicha|la)\s+(?:policy|measure|rule|order|"
                                r"medida|política|norma|regla|orden)\b", re.IGNORECASE)
_TITLE_42 = re.compile(r"\b(?:(?:title|título)\s+42|t-?42)\b", re.IGNORECASE)


# Mexico or its migration authority by name.
_NAMES_MEXICO = re.compile(r"m[eé]xic|\binm\b|instituto nacional de migraci|\bupm\b|segob",
                           re.IGNORECASE)


# A sentence is asked for its topics several times, and again for each date a text
# without one may have.
@lru_cache(maxsize=1024)
def _topic_hits(text: str) -> tuple[tuple[int, lx.Topic, int, int], ...]:
    """The first match of each topic in ``text``: (table index, topic, start, end)."""
    low = text.lower()
    hits = []
    spans: dict[str, tuple[int, int]] = {}
    for index, topic in enumerate(lx.TOPICS):
        if topic.gate and not any(g in low for g in topic.gate):
            continue
        m = topic.pattern.search(text)
        if m:
            hits.append((index, topic, m.start(), m.end()))
            spans[topic.id] = (m.start(), m.end())
    if "gotaways" in spans and _left_out_before(text, spans["gotaways"][0]):
        # "… more than 6,300 migrants per day — and that doesn't include so-called
        # 'gotaways'": the figure is of those stopped; the got-aways are what it leaves out.
        hits = [h for h in hits if h[1].id != "gotaways"]
    specific = [spans[t] for t in lx.SPECIFIC if t in spans]
    if specific:
        hits = [h for h in hits if h[1].id not in lx.GENERIC or not any(
            a < h[3] and h[2] < b for a, b in specific)]
        if "gt_returns" in spans:
            hits = [h for h in hits if h[1].id not in ("mx_returns", "removals")]
        for specific_id, generic in lx.TAKES.items():
            if specific_id in spans:
                hits = [h for h in hits if h[1].id not in generic]
    if "darien" in spans and "mx_detentions" in spans and not _NAMES_MEXICO.search(low):
        # "El Servicio Nacional de Migración de Panamá afirmó que al país ingresaron 248.284
        # migrantes en condición irregular": people "in an irregular situation" are
        # Mexico's words only where Mexico is named; here they are Panama's.
        hits = [h for h in hits if h[1].id != "mx_detentions"]
    if "mx_repatriated" in spans:
        # "Fueron devueltos 160,192 paisanos": Mexicans sent back to Mexico, not those
        # Mexico or the US returns elsewhere, in the same words.
        a, b = spans["mx_repatriated"]
        hits = [h for h in hits if h[1].id not in ("mx_returns", "removals")
                or not (h[2] < b and a < h[3])]
    return tuple(hits)


def _place(text: str, sentence: str, topic: lx.Topic | None,
           context: _Context) -> tuple[str | None, tuple[str, dict] | None]:
    """Where the claim is, and the assumption made when the words leave it open: "la
    frontera sur" is the US's southern border or Mexico's, by the cues of the sentence, then
    of the whole text, then by whose count the claim is about; "la frontera norte" is the
    US southwest border (Mexico's north) unless the text speaks of Canada."""
    mexican = topic is not None and topic.country == "MEX"
    for pattern, place, _ in lx.PLACES:
        if m := pattern.search(text):
            if place == "southwest" and mexican and m.group(0).lower() == "southern border" \
                    and not lx.US_CUES.search(sentence):
                # "Mexico detained 500,000 migrants at the southern border": Mexico's.
                return "mexico_south", assumption(
                    "frontera", words=m.group(0), place=("place_mx_south",),
                    why=("why_mexican_topic", {}))
            return place, None
    m = lx.FRONTERA.search(text)
    if m is None:
        return None, None
    words = m.group(0)
    if m.group("which").lower() == "norte":
        if lx.CANADA_CUES.search(sentence) or context.canada:
            return "northern", assumption("frontera", words=words, place=("place_us_north",),
                                          why=("why_north_canada", {}))
        return "southwest", assumption("frontera", words=words, place=("place_us_sw",),
                                       why=("why_north_mexico", {}))
    us = [c.group(0) for c in lx.US_CUES.finditer(sentence)]
    south = [c.group(0) for c in lx.MX_SOUTH_CUES.finditer(sentence)]
    if len(south) > len(us):
        return "mexico_south", assumption("frontera", words=words, place=("place_mx_south",),
                                          why=("why_sentence_cue", {"cue": south[0]}))
    if len(us) > len(south):
        return "southwest", assumption("frontera", words=words, place=("place_us_sw",),
                                       why=("why_sentence_cue", {"cue": us[0]}))
    if len(context.south_cues) > len(context.us_cues):
        return "mexico_south", assumption("frontera", words=words, place=("place_mx_south",),
                                          why=("why_text_cue",
                                               {"cue": context.south_cues[0]}))
    if len(context.us_cues) > len(context.south_cues):
        return "southwest", assumption("frontera", words=words, place=("place_us_sw",),
                                       why=("why_text_cue", {"cue": context.us_cues[0]}))
    if mexican:
        return "mexico_south", assumption("frontera", words=words, place=("place_mx_south",),
                                          why=("why_mexican_topic", {}))
    return "southwest", assumption("frontera", words=words, place=("place_us_sw",),
                                   why=("why_default", {}))


# -- comparisons between two countries' series --------------------------------------------

_STOPS = {"stop": {"MX": "mx_detentions", "US": "encounters", "USBP": "apprehensions",
                   "CBP": "encounters", "PAN": "darien"},
          "return": {"MX": "mx_returns", "US": "removals", "USBP": "removals",
                     "CBP": "removals", "PAN": "darien"}}
_RETURN_TOPICS = ("mx_returns", "removals", "gt_returns")
# What follows "than" when it is a number, not another country: "more than 700,000".
_NUMBER_NEXT = re.compile(r"\s*(?:(?:about|around|nearly|almost|some|roughly|unos|unas|casi|"
                          r"alrededor de|cerca de|el|la|los|las)\s+)?(?:[\d$]|(?:un|una|one|two|"
                          r"three|half|medio|dos|tres|cuatro|cinco|diez|a)\s+(?:mill|thous|mil|"
                          r"hundred|cien))", re.IGNORECASE)
_B_END = re.compile(r",|;|\b(?:according to|said|según|de acuerdo con|dijo|afirmó)\b",
                    re.IGNORECASE)


def _blank_places(text: str) -> str:
    for pattern, _, _ in lx.PLACES:
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return lx.FRONTERA.sub(lambda m: " " * len(m.group(0)), text)


def _jurisdictions(text: str) -> list[tuple[int, str]]:
    found = []
    for pattern, key in lx.JURISDICTIONS:
        if m := pattern.search(text):
            found.append((m.start(), key))
    return sorted(found)


def _agency_first(found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """"The US Border Patrol" is the Border Patrol: an agency named beats its country."""
    agencies = [f for f in found if f[1] in ("USBP", "CBP")]
    return agencies + [f for f in found if f not in agencies]


def _cross(clause: str, previous: Claim | None) -> tuple[re.Match, lx.Topic, str | None,
                                                          Side] | None:
    """A comparison of one country's series with another's: the words before "than"/"que"
    name one (Mexico, the US or its Border Patrol, the Darién), the first words after it
    another. Returns the marker, this side's topic and actor, and the other side."""
    if not lx.COMPARE_OTHER.search(clause):
        return None
    blank = _blank_places(clause)
    for marker in lx.COMPARE_OTHER.finditer(blank):
        rest = blank[marker.end():]
        if _NUMBER_NEXT.match(rest):
            continue  # "more than 700,000": a hedge, not another series
        end = _B_END.search(rest)
        b_text = rest[:end.start()] if end else rest
        b_jur = _agency_first([(pos, key) for pos, key in _jurisdictions(b_text)
                               if len(b_text[:pos].split()) <= 6])
        if not b_jur:
            continue
        a_text = blank[:marker.start()]
        a_jur = _agency_first(_jurisdictions(a_text))
        middle = blank[marker.start():marker.end()]
        a_topic, _ = _nearest_topic(clause[:marker.end()], marker.start())
        if a_jur:
            a_key = a_jur[0][1]
        elif a_topic is not None and a_topic.measures:
            a_key = {"MEX": "MX", "PAN": "PAN", "USA": "US"}.get(a_topic.country, "US")
        elif previous is not None and previous.topic is not None:
            a_key = {"MEX": "MX", "PAN": "PAN", "USA": "US"}.get(previous.topic.country, "US")
            a_topic = previous.topic
        else:
            continue
        b_key = b_jur[0][1]
        if lx.COUNTRY_OF[a_key] == lx.COUNTRY_OF[b_key]:
            continue
        a_kind = "return" if a_topic is not None and a_topic.id in _RETURN_TOPICS else "stop"
        b_topic, _ = _nearest_topic(clause[marker.end():marker.end() + len(b_text)], None)
        if b_topic is None or not b_topic.measures:
            b_kind = a_kind
        else:
            b_kind = "return" if b_topic.id in _RETURN_TOPICS else "stop"
        a = TOPIC[_STOPS[a_kind][a_key]]
        if a_topic is not None and a_topic.measures and a_topic.country == a.country and \
                a_topic.id not in ("darien",) and a_key not in ("USBP", "CBP"):
            a = a_topic  # "apprehensions", "crossings": the words' own topic
        b = TOPIC[_STOPS[b_kind][b_key]]
        actor = a_key if a_key in ("USBP", "CBP") else None
        side = Side(b_key, b, b_key if b_key in ("USBP", "CBP") else None,
                    clause[marker.end():marker.end() + len(b_text)].strip())
        del middle
        return marker, a, actor, side
    return None
