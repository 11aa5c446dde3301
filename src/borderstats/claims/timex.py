"""Time in text: fiscal and calendar years, months, ranges, relative periods ("the past two
fiscal years", "by January", "this year") and presidencies, resolved against the text's date."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from borderstats.claims.lexicon import VERSUS_WORDS
from borderstats.claims.prefilter import Gated, gated
from borderstats.periods import Period, add_months, fiscal_year_of

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
}
# Taking office, in any tense: "took", "has taken", "came into", "assumed".
_TOOK = r"(?:took|taken|came into|come into|came to|come to|entered|assumed)"
# "Desde que inició su gobierno", "desde que Trump llegó al poder": a term's start, in Spanish.
_TOOK_ES = (r"(?:inici[óo]|comenz[óo]|asumi[óo]|lleg[óo]|tom[óo] posesi[óo]n|entr[óo] a la "
            r"casa blanca)(?: (?:su|el|la|al) (?:gobierno|mandato|administraci[óo]n|cargo|"
            r"poder|presidencia))?")
# Every month's name, longest first (so that "sept" does not stop "septiembre").
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_RE = (r"(?P<month>" + MONTH_NAMES + r")\.?")
COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "un": 1, "uno": 1,
          "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
          "nueve": 9, "diez": 10, "once": 11, "doce": 12}
# A number's thousands after it: "68 mil 617", "68,617", "68 thousand".
_A_COUNT_AFTER = re.compile(r"\s*(?:mil\b|thousand\b|million\b|millones\b|[.,]\d{3}\b)",
                            re.IGNORECASE)
# What sets a clause's time apart from another's: a dash, a semicolon, "when", "cuando".
_APART = re.compile(r"[—–;]|\s-\s|\b(?:when|cuando|whereas|mientras que)\b")
COUNT_RE = _COUNT_RE = r"(?:\d{1,2}|" + "|".join(COUNTS) + ")"
# Words that end a change's size: "up 205%", "jumped 323%", "se triplicó".
_CHANGED_BY = re.compile(
    r"(?:%|\bpercent|\bper cent|\bpor ciento|\bveces|\btimes|\b(?:up|down|rose|fell|jumped|"
    r"increased|decreased|grew|dropped|climbed|soared|surged|declined|plunged|plummeted|"
    r"doubled|tripled|aument\w*|subi\w*|baj(?:ó|aron|ado)|ca[yí]\w*|crec\w*|disminu\w*|duplic\w*|"
    r"triplic\w*|dispar\w*|desplom\w*))\s*$", re.IGNORECASE)
# Ordinals of the months of a year ("the seventh month", "el séptimo mes"); the first is
# read by the rules for a year's first months.
_ORDINAL_MONTHS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "segundo": 2, "tercer": 3,
    "tercero": 3, "cuarto": 4, "quinto": 5, "sexto": 6, "séptimo": 7, "septimo": 7,
    "octavo": 8, "noveno": 9, "décimo": 10, "decimo": 10, "undécimo": 11, "onceavo": 11,
    "duodécimo": 12, "doceavo": 12}
_M1 = _MONTH_RE.replace("?P<month>", "?P<m1>")
_M2 = _MONTH_RE.replace("?P<month>", "?P<m2>")
_OF = r"(?:\s*,?\s*(?:of\s+|de\s+|del\s+)?)"

# Terms of office (first day, last full month): "under Trump" means the months he was
# president. A second Trump term began on 20 January 2025.
PRESIDENCIES = {
    "obama": [(dt.date(2009, 1, 1), dt.date(2017, 1, 1))],
    "trump": [(dt.date(2017, 1, 1), dt.date(2021, 1, 1)),
              (dt.date(2025, 1, 1), dt.date(2029, 1, 1))],
    "biden": [(dt.date(2021, 1, 1), dt.date(2025, 1, 1))],
    "bush": [(dt.date(2001, 1, 1), dt.date(2009, 1, 1))],
    # Earlier US terms, for the removal and Border Patrol series that reach back.
    "clinton": [(dt.date(1993, 1, 1), dt.date(2001, 1, 1))],
    "bush sr": [(dt.date(1989, 1, 1), dt.date(1993, 1, 1))],
    "reagan": [(dt.date(1981, 1, 1), dt.date(1989, 1, 1))],
    "carter": [(dt.date(1977, 1, 1), dt.date(1981, 1, 1))],
    # Mexico: López Obrador took office on 1 December 2018 and handed over on 1 October
    # 2024 to Claudia Sheinbaum.
    "amlo": [(dt.date(2018, 12, 1), dt.date(2024, 9, 1))],
    "sheinbaum": [(dt.date(2024, 10, 1), dt.date(2030, 9, 1))],
    # Earlier sexenios, 1 December to 30 November six years on.
    "fox": [(dt.date(2000, 12, 1), dt.date(2006, 11, 1))],
    "calderon": [(dt.date(2006, 12, 1), dt.date(2012, 11, 1))],
    "pena nieto": [(dt.date(2012, 12, 1), dt.date(2018, 11, 1))],
}
# The months of the Title 42 order, March 2020 to May 2023 (the events ``title42_start``
# and ``title42_end``): only then are "expulsions" at the US border a series of their own,
# and repeat crossings of expelled people inflate encounters.
TITLE42 = Period(dt.date(2020, 3, 1), dt.date(2023, 5, 1), "range", "2020-03..2023-05")
# Who won each US presidential election (held in November).
ELECTED = {2008: "obama", 2012: "obama", 2016: "trump", 2020: "biden", 2024: "trump"}
_PRESIDENT_NAMES = {"lópez obrador": "amlo", "lopez obrador": "amlo", "amlo": "amlo",
                    "calderón": "calderon", "felipe calderón": "calderon",
                    "peña nieto": "pena nieto", "vicente fox": "fox",  # not "Fox" alone: Fox News
                    **{f"george h.{gap}w. bush": "bush sr" for gap in ("", " ")},
                    "bush padre": "bush sr", "bush sr.": "bush sr", "bush senior": "bush sr"}
NAME_RE = _NAME_RE = (r"(?P<name>trump|biden|obama|george h\.\s?w\. bush|bush (?:padre|sr\.?|"
                      r"senior)|bush|amlo|l[oó]pez obrador|sheinbaum|(?:felipe )?calder[oó]n|"
                      r"peña nieto|vicente fox|clinton|reagan|carter)")


@dataclass(frozen=True)
class TimeRef:
    """A time expression and the period(s) it means; ``alternatives`` are other readings
    (a bare "2019" may mean the calendar or the fiscal year)."""

    words: str
    start: int
    end: int
    kind: str  # fiscal_year | year | month | range | since | presidency | relative
    periods: tuple[Period, ...]
    alternatives: tuple[tuple[Period, ...], ...] = ()
    note: str = ""
    each: bool = False  # "in each of the past two fiscal years"
    extra: dict = field(default_factory=dict, compare=False)


# Before this day of a month, the figures of the month before may not be out yet (CBP
# publishes a month's figures in the first three weeks of the next).
PUBLISHED_BY_DAY = 20


# What began a window "since …": "since records began in 2000", "since going into effect".
_STARTED = r"(?:began|begun|started|first|comenz[óo]|empez[óo]|inici[óo])"


# "Two years ago", "hace tres años": so many years before the text.
YEARS_AGO = (r"\b(?P<n>" + COUNT_RE + r")\s+years?\s+ago\b|\bhace\s+(?P<n2>" + COUNT_RE +
             r")\s+años\b")


def month_of(day: dt.date) -> Period:
    """The month ``day`` falls in, as a period."""
    return Period.month(day.year, day.month)


def last_ended_month(ref: dt.date) -> dt.date:
    """The newest month that had ended by ``ref``. A text published on 5 April that says "in
    March" or "last month" speaks of March, although CBP publishes March's figures only in
    mid-April: the claim is about that month, and is checked against the figures now."""
    return add_months(ref.replace(day=1), -1)


def last_ended_fiscal_year(ref: dt.date) -> int:
    """The newest fiscal year that had ended by ``ref`` ("last fiscal year" on 5 October
    2024 is FY2024)."""
    month = last_ended_month(ref)
    return fiscal_year_of(month) if month.month == 9 else fiscal_year_of(month) - 1


class _Named:
    """A match read with its presidency's name supplied ("its last year", after "the Obama
    Administration")."""

    def __init__(self, m: re.Match, name: str) -> None:
        self._m, self._name = m, name

    def group(self, name: str | int = 0) -> str | None:
        if name == "name":
            return self._name
        return self._m.group(name) if isinstance(name, int) else self._m.groupdict().get(name)

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end()


class _Either:
    """A match read by the group names of another pattern: a group ``X`` missing or empty
    is taken from its alternative ``X2`` ("hace dos años" read as "two years ago", "as of
    March 25" as "hasta el 25 de marzo"). One reader, so each pattern keeps one handler."""

    def __init__(self, m: re.Match) -> None:
        self._m = m

    def group(self, name: str | int = 0) -> str | None:
        if isinstance(name, int):
            return self._m.group(name)
        found = self._m.groupdict()
        return found.get(name) or found.get(f"{name}2")

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end()


class _Counted(_Either):
    """A span of years its word counts ("un quinquenio": five), read as "the last N years"."""

    def __init__(self, m: re.Match, n: int) -> None:
        super().__init__(m)
        self._n = n

    def group(self, name: str | int = 0) -> str | None:
        if name == "n":
            return str(self._n)
        if name in ("fiscal", "fiscal2"):
            return None
        return super().group(name)


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


# From this day of a month on, a month named alone may be the month under way ("you are
# likely to see 140,000 in the month of March", said on 25 March); before it, the last one
# that ended.
CURRENT_MONTH_FROM_DAY = 20


def _month_before(ref: dt.date, month: int) -> dt.date:
    """The month named ``month`` a text of date ``ref`` most likely means: the last one that
    ended, or the one under way late in it."""
    if month == ref.month and ref.day >= CURRENT_MONTH_FROM_DAY:
        return ref.replace(day=1)
    last = last_ended_month(ref)
    year = last.year if month <= last.month else last.year - 1
    return dt.date(year, month, 1)


def _last_year_named(before: str) -> tuple[int, bool] | None:
    """The year of the last part of a year named in ``before`` ("the second quarter of
    fiscal 2024": 2024, fiscal); a year named alone may be a base, and is not taken."""
    found = list(re.finditer(r"\b(?:quarter|half|months)\s+of\s+(?:the\s+)?(?:calendar\s+year\s+|"
                             r"year\s+)?(?P<fiscal>(?:fiscal(?:\s+year)?|fy)\s*'?)?"
                             r"(?P<y>(?:19|20)\d\d)\b", before))
    if not found:
        return None
    return int(found[-1].group("y")), bool(found[-1].group("fiscal"))


# A count to date: "year-to-date", "fiscal year to date", "en lo que va del año fiscal".
_YEAR_TO_DATE = re.compile(r"\byear[- ]to[- ]date\b|\bfiscal year to date\b|\bytd\b|"
                           r"\ben lo que va del? (?:año|ejercicio) fiscal\b")


def _span(start: dt.date, end: dt.date) -> Period:
    """A run of months, labelled so that `borderstats query --period` reads it back."""
    if start == end:
        return Period.month(start.year, start.month)
    return Period.span(start, end)


def _presidency(name: str, ref: dt.date) -> Period | None:
    terms = [t for t in PRESIDENCIES[name] if _begun(t, ref)]
    if not terms:
        return None
    start, end = terms[-1]
    end = min(end, last_ended_month(ref))
    return Period.span(start, end)


def _term_in_fiscal_years(term: Period, every: bool = False) -> tuple[tuple[Period, ...], ...]:
    """A term that ended before the monthly series begin (October 1999), or one named by
    its years (``every``), is counted in the yearly tables' fiscal years: those it began in
    to the one before it ended ("under Reagan": FY1981–FY1988), or the next ones
    (FY1982–FY1989)."""
    if term.end.year > 2001 and not every:
        return ()
    first, last = term.start.year, term.end.year
    return ((Period.between(Period.fiscal_year(first), Period.fiscal_year(last - 1)),),
            (Period.between(Period.fiscal_year(first + 1), Period.fiscal_year(last)),))


def _term_named(word: str | None, ref: dt.date) -> tuple[dt.date, dt.date] | None:
    """The term a text means by a president's name (the last begun by ``ref``), or with no
    name the US term under way: its first and last months."""
    word = (word or "").replace("ó", "o")
    name = _PRESIDENT_NAMES.get(word, word)
    terms = [t for t in PRESIDENCIES.get(name, []) if _begun(t, ref)] if name else \
        _us_terms(ref)
    return terms[-1] if terms else None


def months_in_office(p: Period) -> Period:
    """A US presidency's months without the Januaries it shares with the terms before and
    after (a term begins on 20 January): "the average number of monthly encounters under
    Biden" is over February 2021 to December 2024."""
    terms = _us_terms(dt.date.max)
    start, end = p.start, p.end
    if start.month == 1 and any(t[0] == start for t in terms):
        start = add_months(start, 1)
    if end.month == 1 and any(t[1] == dt.date(end.year, 1, 1) for t in terms):
        end = add_months(end, -1)
    return _span(start, end) if start <= end else p


def _begun(term: tuple[dt.date, dt.date], ref: dt.date) -> bool:
    """Whether a term of office had begun by ``ref``: a US term (one beginning in January)
    on the 20th, so that a text of 2 January 2025 is still in the term before."""
    start = term[0]
    return (dt.date(start.year, 1, 20) if start.month == 1 else start) <= ref


def _us_terms(ref: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The US terms of office begun by ``ref`` (those beginning in January), oldest
    first: the last is the one under way, the one before it "the previous
    administration"."""
    return sorted(t for terms in PRESIDENCIES.values() for t in terms
                  if _begun(t, ref) and t[0].month == 1)


def so_far(p: Period, ref: dt.date) -> Period | None:
    """A period still under way at ``ref``, cut to the months that had ended: "in FY2021",
    written in April 2021, can only be about October–March (the year to date). None when
    the period had ended by then, or had not begun."""
    last = last_ended_month(ref)
    if p.end <= last or p.start > last or p.kind == "month":
        return None
    return _span(p.start, last)


# Each pattern with the words one of which a sentence must hold for it to match.
_COMPILED: dict[str, Gated] = {}


# ("Una racha de cuatro meses en 2019", "three months in 2019": how many months, not the
# same months in that year.)
_COUNT_BEFORE = re.compile(r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                           r"several|few|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|"
                           r"once|varios|unos)\s*$", re.IGNORECASE)


_FY_DEFINED = re.compile(
    r"\b(?:runs?|running|goes|going|spans?|spanning|va|corre|comprende|abarca)\s+(?:from\s+|"
    r"de(?:sde)?\s+)?(?:el\s+)?(?:1\s+de\s+)?(?:october|octubre)(?:\s+1(?:st)?)?(?:\s+(?:of\s+)?"
    r"the\s+(?:previous|prior|preceding)\s+year|\s+del?\s+(?:año\s+)?(?:previo|anterior|"
    r"pasado))?\s+(?:to|through|until|thru|a|al|hasta)\s+(?:el\s+)?(?:30\s+de\s+)?"
    r"(?:september|septiembre|setiembre)(?:\s+30(?:th)?)?(?:\s+(?:of\s+)?the\s+(?:current|"
    r"following|next)\s+year|\s+del?\s+(?:año\s+)?(?:actual|siguiente|en curso))?(?![\s,]*\d)")


def time_refs(sentence: str, ref: dt.date, *, fiscal_context: bool = False,
              president: str | None = None,
              is_base: Callable[[TimeRef, list[TimeRef]], bool] | None = None,
              counted: Period | None = None,
              year_before: Period | None = None) -> list[TimeRef]:
    """Every time expression in ``sentence``, resolved against the text's date ``ref``;
    ``president`` is the one the text named last before the sentence (for "his term");
    ``is_base`` tells whether a time expression names a comparison's base (a year that is
    one does not set the sentence in it); ``counted`` is the one month the text counted
    before the sentence, if any ("last October" is then the October before it);
    ``year_before`` the last year the text named before it ("In March of that year")."""
    found: list[TimeRef] = []
    taken: list[tuple[int, int]] = []
    # (A curly apostrophe is a straight one: "FY’19" is "FY'19". One character for one,
    # so that positions stay the sentence's.)
    low = sentence.lower().replace("’", "'").replace("‘", "'")
    posted = _POSTED_ON.search(low)
    ref = _posted_on(posted) or ref
    # ("Fiscal Year (FY) 2021": the abbreviation in brackets, blanked, offsets kept.)
    low = re.sub(r"(?<=fiscal year )\(fy\) ", lambda m: " " * len(m.group(0)), low)

    def add(m: re.Match, kind: str, periods: tuple[Period, ...], **kw) -> None:
        # The longest expression wins: "the first six months of FY2023" over "FY2023".
        overlapping = [(s, e) for s, e in taken if not (m.end() <= s or m.start() >= e)]
        if any(not (m.start() <= s and e <= m.end()) or (s, e) == (m.start(), m.end())
               for s, e in overlapping):
            return
        for span in overlapping:
            taken.remove(span)
            found[:] = [t for t in found if (t.start, t.end) != span]
        taken.append((m.start(), m.end()))
        found.append(TimeRef(m.group(0), m.start(), m.end(), kind, periods, **kw))

    def each(pattern: str, handler: Callable[[re.Match], None]) -> None:
        compiled = _COMPILED.get(pattern)
        if compiled is None:
            compiled = _COMPILED[pattern] = gated(pattern)
        for m in compiled.finditer(low):
            handler(m)

    # What a fiscal year is, said in passing ("which runs from October to September", "que
    # va de octubre del año previo a septiembre del actual"): no months of the claim.
    for m in _FY_DEFINED.finditer(low):
        taken.append((m.start(), m.end()))

    # Fiscal-year ranges and lists: "fiscal years 2022 and 2023", "FY2019-FY2021".
    def fy_range(m: re.Match) -> None:
        a, b = _year(m.group("a")), _year(m.group("b"))
        if b == a + 1 and m.group("sep").strip() in ("-", "–") and re.match(
                r"(?:fiscal year|año fiscal)\s", m.group(0)):
            return  # "fiscal year 2013-14": one fiscal year, by both its calendar years
        if m.group("sep").strip() in ("and", "y") and a < b and re.search(
                r"\b(?:between|entre)\s+(?:the\s+|los\s+)?$", low[:m.start()]):
            # "Between fiscal years 2021 and 2023": a span, as "between fiscal 2021 and
            # fiscal 2023" is (below), not the two years.
            first, last = Period.fiscal_year(a), Period.fiscal_year(b)
            add(m, "range", (Period.between(first, last),), extra={"ends": (first, last)})
        elif m.group("sep").strip() in ("and", "y"):
            add(m, "fiscal_year", (Period.fiscal_year(a), Period.fiscal_year(b)), each=True)
        elif a < b:
            add(m, "range", (Period.between(Period.fiscal_year(a), Period.fiscal_year(b)),))
    each(r"\b(?:fiscal years?|fy|años fiscales)\s*'?(?P<a>\d{4}|\d{2})\s*"
         r"(?P<sep>-|–|to|through|and|y|a)\s*(?:fy\s*)?(?P<b>\d{4}|\d{2})\b"
         # (Not a figure after "and": "in fiscal year 2021 and 21,623 arrests in October".)
         r"(?![.,]\d)", fy_range)
    # One fiscal year by both its calendar years: "fiscal year 2021-2022", "año fiscal
    # 2021-2022", "FY 2021/22" are FY2022 (the plural, "fiscal years 2021-2022", is two).
    def fy_by_both_years(m: re.Match) -> None:
        a, b = _year(m.group("a")), _year(m.group("b"))
        if b == a + 1:
            add(m, "fiscal_year", (Period.fiscal_year(b),))
    each(r"\b(?:fiscal year|fy|año fiscal)\s*'?(?P<a>\d{4})\s*[-–/]\s*(?P<b>\d{4}|\d{2})\b"
         r"(?![.,]\d)", fy_by_both_years)
    # "Between fiscal 2021 and fiscal 2023", "from FY2019 to FY2022": a change's span, from
    # the first year to the last (``ends``), not the years together.
    def fy_span(m: re.Match) -> None:
        a, b = _year(m.group("a")), _year(m.group("b"))
        if a < b:
            first, last = Period.fiscal_year(a), Period.fiscal_year(b)
            add(m, "range", (Period.between(first, last),), extra={"ends": (first, last)})
    each(r"\b(?:between|from|entre|de|desde)\s+(?:the\s+)?(?:fiscal(?: year)?|fy|año fiscal)"
         r"\s*'?(?P<a>\d{4}|\d{2})\s+(?:and|to|through|y|a|al|hasta)\s+(?:fiscal(?: year)?|fy|"
         r"año fiscal)\s*'?(?P<b>\d{4}|\d{2})\b(?![.,]\d)", fy_span)
    # (Government releases write "fiscal year (FY) 2023", "año fiscal (AF) 2023".)
    each(r"\b(?:fiscal(?: year(?: of)?)?|fy|año fiscal(?: del?)?|af(?=\s?\d{4}))"
         r"(?:\s*\((?:fy|af)\))?\s*'?(?P<y>\d{4}|\d{2})\b",
         lambda m: add(m, "fiscal_year", (Period.fiscal_year(_year(m.group("y"))),)))

    # The year before the words: "in the 2021 fiscal year", "the 2024 fiscal year's total".
    each(r"\b(?P<y>(?:19|20)\d\d)\s+fiscal\s+year\b",
         lambda m: add(m, "fiscal_year", (Period.fiscal_year(int(m.group("y"))),)))

    # A quarter by its code, as government reports write it: "FY 2016 Q3", "Q3 FY2016",
    # "Q1 of fiscal 2019" are a fiscal year's quarter; "Q2 2024" the calendar year's.
    def quarter_code(m: re.Match) -> None:
        fy = m.group("fy") or m.group("fy2")
        year = _year(fy or m.group("cy"))
        start = Period.fiscal_year(year).start if fy else dt.date(year, 1, 1)
        first = add_months(start, 3 * (int(m.group("q") or m.group("q2") or m.group("q3")) - 1))
        add(m, "range", (_span(first, add_months(first, 2)),), extra={"quarter": True})
    each(r"\b(?:(?:fiscal(?:\s+year)?|fy|año fiscal)\s*'?(?P<fy>\d{4}|\d{2}),?\s*q(?P<q>[1-4])|"
         r"q(?P<q2>[1-4])\s*(?:of\s+|del\s+|,\s*)?(?:fiscal(?:\s+year)?|fy|año fiscal)\s*'?"
         r"(?P<fy2>\d{4}|\d{2})|q(?P<q3>[1-4])\s+(?P<cy>(?:19|20)\d\d))\b", quarter_code)
    # "… in FY 2016 Q3 compared to last quarter": the quarter before the one named.
    def quarter_before(m: re.Match) -> None:
        named = [t for t in found if t.extra.get("quarter") and t.end <= m.start()]
        if named:
            first = named[-1].periods[0].start
            add(m, "range", (_span(add_months(first, -3), add_months(first, -1)),))
    each(r"\b(?:the\s+)?(?:last|previous|prior|preceding)\s+quarter\b|"
         r"\bel\s+trimestre\s+(?:anterior|previo|pasado)\b", quarter_before)

    # An explicit calendar year: "calendar year 2023", "calendar 2023", "año calendario 2023".
    each(r"\b(?:calendar(?:[\s-]+year)?|año (?:calendario|natural|civil)(?: de)?)\s+"
         r"(?P<y>(?:19|20)\d\d)\b",
         lambda m: add(m, "year", (Period.year(int(m.group("y"))),), note="calendar year"))

    # Runs of months: "from January to March 2024", "de enero a marzo de 2024", "February
    # 2021 through December 2024", "between October and December"; "March and April 2017"
    # are two months.
    def month_run(m: re.Match) -> None:
        m1, m2 = MONTHS[m.group("m1")], MONTHS[m.group("m2")]
        y1 = int(m.group("y1")) if m.group("y1") else None
        y2 = int(m.group("y2")) if m.group("y2") else None
        if m1 == m2 and y1 is None and not (m.group("d1") or m.group("d1b")):
            return  # "compare this past April to April of 2022": two Aprils, not a run
        if y2 is None and y1 is not None:
            y2 = y1 if m2 >= m1 else y1 + 1
        end = _month_before(ref, m2) if y2 is None else dt.date(y2, m2, 1)
        day2 = int(m.group("d2") or m.group("d2b") or 0)
        if y2 is None and day2 and m2 <= ref.month:
            # "De enero al 1 de agosto", written on 7 August: this year's August 1 (a day
            # later in the month under way than the text's date is still this year's: the
            # date known only to the month).
            end = dt.date(ref.year, m2, 1)
        so_far = y2 is None and not day2 and m2 == ref.month and m1 < m2 and y1 is None and (
            m.group("lead") or m.group("sep").strip().lower() not in ("and", "y"))
        if so_far:
            # "Entre enero y septiembre, 45.862 ecuatorianos cruzaron", written in September:
            # this year's run, its last month to the text's date.
            end = dt.date(ref.year, m2, 1)
        start = dt.date(y1, m1, 1) if y1 is not None else dt.date(
            end.year if m1 <= end.month else end.year - 1, m1, 1)
        if start > end:
            return
        sep = m.group("sep").strip().lower()
        each_month = bool(re.search(r"\b(?:each|every|cada|respectiv\w+)\b", low))
        if re.search(r"\b(?:each|every|cada)\b", low[max(0, m.start() - 80):m.start()]) and (
                sep not in ("and", "y") or m.group("lead")):
            # "more than 69,000 in each of Trump's last four months, from October 2020
            # through January 2021": every month of the run.
            months = []
            day = start
            while day <= end:
                months.append(Period.month(day.year, day.month))
                day = add_months(day, 1)
            add(m, "month", tuple(months), each=True)
        elif sep in ("and", "y") and (not m.group("lead") or sep == "and" and
                                      m.group("lead").strip().lower() == "from"):
            # ("A decrease from May and April": two months, not a run; "between May and
            # August" is one.)
            # "en febrero y marzo ... sumaron 17 mil 340": the two months together, unless
            # the words say each. Two months listed out of order, far apart, are of the one
            # year named ("December and May 2022, when … over 220,000"); a December and a
            # January are a run across the new year.
            first, last = start, end
            if y1 is None and m1 > m2 and 12 - m1 + m2 > 2:
                first, last = end, dt.date(end.year, m1, 1)
            add(m, "month", (Period.month(first.year, first.month),
                             Period.month(last.year, last.month)), each=each_month)
        else:
            # "From January 21 through October 2025": the first month only in part.
            first_day = int(m.group("d1") or m.group("d1b") or 1)
            last_day = int(m.group("d2") or m.group("d2b") or 31)
            if start < end and first_day == calendar.monthrange(start.year, start.month)[1]:
                # "From September 30, 2015 to September 30, 2016": from the end of a
                # month, the months after it (a fiscal year).
                start, first_day = add_months(start, 1), 1
                if start.month == 10 and end == add_months(start, 11) and last_day >= 30:
                    add(m, "fiscal_year", (Period.fiscal_year(fiscal_year_of(end)),))
                    return
            extra = {"from_day": first_day} if first_day > 1 else {}
            if last_day < 28:  # "del 1 de enero hasta el 19 de mayo": May only in part
                extra["to_day"] = last_day
            elif so_far:
                extra["to_day"] = ref.day
            if m1 == m2 and end.year == start.year + 1 and _YEAR_TO_DATE.search(low):
                # "Year-to-date apprehensions … increased nearly 400 percent between
                # February 2018 and February 2019": each fiscal year to that month.
                ends = tuple(_span(dt.date(fiscal_year_of(d) - 1, 10, 1), d)
                             for d in (start, end))
                add(m, "range", (ends[1],), extra={"ends": ends, "to_date": True})
                return
            add(m, "range", (_span(start, end),), extra=extra)
    each(rf"\b(?P<lead>from\s+|between\s+|de\s+|desde\s+|entre\s+|del\s+)?"
         # ("From last October through this May": the run up to the latest May.)
         rf"(?:last\s+|this\s+|past\s+)?"
         rf"(?:(?:el\s+)?(?P<d1>\d{{1,2}})\s+de\s+)?{_M1}(?:\s+(?P<d1b>\d{{1,2}})"
         rf"(?:st|nd|rd|th)?\b)?"
         rf"(?:{_OF}(?P<y1>(?:19|20)\d\d))?"
         # ("Between February (President Donald Trump's first full month in office) and the
         # end of May", "between October, when the fiscal year began, and the end of
         # December": an aside with no figure between the two months.)
         rf"(?:\s*\([^()\d]{{1,80}}\)|,\s*(?:when|cuando)\s+[^,()\d]{{1,60}},)?,?\s*(?P<sep>\bto\b|\bthrough\b|\bthru\b|\buntil\b|"
         rf"\band\b|-|–|\ba\b|\bal\b|\by\b|\bhasta\b)\s*"
         # ("Between Oct. 1 and the end of April", "hasta finales de abril": all of April.)
         # ("Del 21 de marzo de 2020 al cierre de febrero": all of February.)
         rf"(?:(?:the\s+)?(?:end|close)\s+of\s+|(?:a\s+)?finales\s+de\s+|(?:el\s+)?fin\s+de\s+|"
         rf"(?:el\s+)?(?:cierre|final|término)\s+de(?:l\s+mes\s+de)?\s+)?"
         rf"(?:this\s+|last\s+)?(?:(?:el\s+)?(?P<d2>\d{{1,2}})\s+de\s+)?"
         rf"{_M2}(?:\s+(?P<d2b>\d{{1,2}})(?:st|nd|rd|th)?\b)?(?:\)?{_OF}(?P<y2>(?:19|20)\d\d))?\b",
         month_run)

    # "From fiscal year 2021 through February 2024": from the fiscal year's first month to
    # that month.
    def fiscal_year_to_month(m: re.Match) -> None:
        start = Period.fiscal_year(_year(m.group("a"))).start
        end = dt.date(int(m.group("y")), MONTHS[m.group("month")], 1)
        if start < end <= ref.replace(day=1):
            add(m, "range", (_span(start, end),))
    each(rf"\b(?:from|desde|del)\s+(?:the\s+|el\s+)?(?:fiscal(?:\s+year)?|fy|año fiscal)\s*'?"
         rf"(?P<a>\d{{4}}|\d{{2}})\s+(?:through|thru|to|until|hasta|a|al)\s+(?:the\s+end\s+of\s+|"
         rf"finales\s+de\s+)?{_MONTH_RE}\s*(?:of\s+|de\s+|del\s+)?(?P<y>(?:19|20)\d\d)\b",
         fiscal_year_to_month)

    # "Fiscal year to date July 2019": the fiscal year's months through that month.
    def fiscal_to_date(m: re.Match) -> None:
        end = dt.date(int(m.group("y")), MONTHS[m.group("month")], 1)
        if end <= ref.replace(day=1):
            add(m, "range", (_span(Period.fiscal_year(fiscal_year_of(end)).start, end),))
    each(rf"\bfiscal[\s-]+year[\s-]+to[\s-]+date\s+(?:through\s+|to\s+|as\s+of\s+|in\s+)?"
         rf"{_MONTH_RE},?\s+(?P<y>(?:19|20)\d\d)\b", fiscal_to_date)

    # Three months in a row, listed: "the months of October, November and December 2023",
    # "octubre, noviembre y diciembre de 2023": the run (their sum), not the last two.
    def three_months(m: re.Match) -> None:
        months = [MONTHS[m.group(g)] for g in ("m1", "m2", "m3")]
        if any((b - a) % 12 != 1 for a, b in zip(months, months[1:], strict=False)):
            return
        end = dt.date(int(m.group("y")), months[2], 1) if m.group("y") else _month_before(
            ref, months[2])
        start = add_months(end, -2)
        if end > ref.replace(day=1):
            return
        if re.search(r"\b(?:respectiv\w+|each|every|cada)\b", low):
            # ("… octubre, noviembre y diciembre de 2023, registrando 49,256, 37,231 y
            # 24,626 respectivamente": each month its own.)
            add(m, "month", tuple(month_of(add_months(start, k)) for k in range(3)),
                each=True)
            return
        add(m, "range", (_span(start, end),))
    each(rf"\b{_M1},\s+{_M2},?\s+(?:and|y)\s+{_MONTH_RE.replace('?P<month>', '?P<m3>')}"
         rf"(?:{_OF}(?P<y>(?:19|20)\d\d))?\b", three_months)

    # A run from a year to a month: "de 2023 a mayo del presente año", "from 2023 through
    # May 2024": from that year's January to the month (of this year, unless named).
    def year_to_month(m: re.Match) -> None:
        month = MONTHS[m.group("m2")]
        end = dt.date(int(m.group("y2")), month, 1) if m.group("y2") else dt.date(
            ref.year, month, 1) if m.group("this") else _month_before(ref, month)
        start = dt.date(int(m.group("y1")), 1, 1)
        if start < end <= ref.replace(day=1):
            # (The year may be a fiscal one, from the October before: the figures decide.)
            add(m, "range", (_span(start, end),),
                alternatives=((_span(dt.date(start.year - 1, 10, 1), end),),))
    each(rf"\b(?:from|between|de|desde|entre|del)\s+(?:(?:el\s+)?año\s+)?(?P<y1>(?:19|20)\d\d)"
         rf"\s*,?\s*(?:to|through|until|and|a|al|y|hasta)\s+(?:this\s+|last\s+)?{_M2}"
         rf"(?:{_OF}(?P<y2>(?:19|20)\d\d)|(?P<this>\s+(?:of\s+this\s+year|del?\s+(?:presente|"
         rf"este|corriente)\s+año|de\s+este\s+año)))?\b", year_to_month)

    # The first months of a year: "the first six months of FY2023", "los primeros cinco
    # meses de 2024", "the first quarter", "el primer trimestre de 2023", "first half".
    def first_months(m: re.Match) -> None:
        word = (m.group("n") or "").lower()
        n = COUNTS.get(word) or (int(word) if word.isdigit() else 0)
        if m.group("part"):
            n = {"quarter": 3, "trimestre": 3, "half": 6, "semestre": 6, "mitad": 6,
                 "cuatrimestre": 4}[m.group("part").lower()]
        if m.group("one"):
            n = 1  # "the first month of the new fiscal year"
        what = (m.group("what") or "").lower()
        fiscal = bool(re.search(r"fiscal|\bfy", what)) or (fiscal_context and not re.search(
            r"(?:19|20)\d\d", what) and "fiscal" in low)
        year_m = re.search(r"(\d{4}|\d{2})\s*$", what)
        # "The second quarter of fiscal 2024 … from the first quarter": with no year of its
        # own, the year the sentence named just before it.
        named = None if year_m else _last_year_named(low[:m.start()])
        if year_m:
            year = _year(year_m.group(1))
        elif named is not None:
            year, fiscal = named
        else:
            last = last_ended_month(ref)
            if not fiscal and m.group("n") and n > last.month and Period.span(
                    Period.fiscal_year(fiscal_year_of(last)).start, last).months >= n:
                # "los primeros ocho meses de este año", said in July: more months than the
                # calendar year has had, as many as the fiscal year has: the fiscal year's.
                fiscal = True
            year = fiscal_year_of(last) if fiscal else last.year
        start = Period.fiscal_year(year).start if fiscal else dt.date(year, 1, 1)
        if not 0 < n <= 12:
            return
        also = m.groupdict().get("also")
        if also and year_m:
            # "The first two months of FY2015 and FY2016": the same months of each year.
            other = Period.fiscal_year(_year(also)).start if fiscal else dt.date(
                _year(also), 1, 1)
            add(m, "range", (_span(start, add_months(start, n - 1)),
                             _span(other, add_months(other, n - 1))), each=True)
            return
        add(m, "range", (_span(start, add_months(start, n - 1)),))
    each(r"\b(?:the\s+|los\s+|el\s+|la\s+)?(?:(?:first|primeros?)\s+(?P<n>" + _COUNT_RE +
         r")\s+(?:months|meses)|(?:first|primer|primera)\s+(?P<part>quarter|half|trimestre|"
         r"semestre|cuatrimestre|mitad)|(?:first|primer)\s+(?P<one>month|mes)(?=\s+(?:of|de|del)"
         r"\s+(?:the\s+|el\s+|this\s+|este\s+)?(?:(?:new|current|federal|nuevo|actual)\s+)?"
         r"(?:fiscal|fy|año fiscal)))"
         r"(?:\s+(?:of|de|del)\s+(?:the\s+|el\s+|this\s+|este\s+)?(?:(?:new|current|federal|nuevo|"
         r"actual)\s+)?(?P<what>(?:fiscal\s+year|"
         r"fiscal|fy|año fiscal|calendar year|year|año)?\s*'?(?:(?:19|20)\d\d|\d{2})?"
         r"(?:\s+fiscal)?)(?:\s+(?:and|y)\s+(?:fy\s*|fiscal\s+(?:year\s+)?|año\s+fiscal\s+)?"
         r"(?P<also>(?:19|20)\d\d)\b)?)?",
         first_months)
    # "The last month of 2022", "el último mes de 2022": December; "the first month of
    # 2023": January.
    def end_month_of_year(m: re.Match) -> None:
        year = int(m.group("y"))
        month = 1 if m.group("which").lower() in ("first", "primer") else 12
        add(m, "month", (Period.month(year, month),))
    each(r"\b(?:the\s+|el\s+)?(?P<which>last|final|first|último|primer)\s+(?:month|mes)\s+"
         r"(?:of|de|del)\s+(?:(?:the\s+)?(?:calendar\s+)?year\s+|(?:el\s+)?año\s+)?"
         r"(?P<y>(?:19|20)\d\d)\b", end_month_of_year)
    # "In nine months of 2022", "en nueve meses de 2022": the first months of that year.
    each(r"\b(?:in|during|en|durante)\s+(?:the\s+|los\s+)?(?P<n>" + _COUNT_RE +
         r")\s+(?:months|meses)\s+(?:of|de|del)\s+(?P<what>(?:fiscal\s+year\s+|fiscal\s+|"
         r"año fiscal\s+)?(?:19|20)\d\d)\b(?P<part>)(?P<one>)", first_months)

    # A month of a named fiscal year: "October of fiscal year 2018" is October 2017, "en
    # marzo del año fiscal 2019" March 2019.
    def month_of_fiscal_year(m: re.Match) -> None:
        month = MONTHS[m.group("month")]
        fy = _year(m.group("fy"))
        add(m, "month", (Period.fiscal_year(fy).month_in(month),))
    each(rf"\b{_MONTH_RE}\s+(?:of\s+|in\s+|del\s+|de\s+)?(?:the\s+|el\s+)?(?:fiscal\s+"
         rf"year\s+|fiscal\s+|año\s+fiscal\s+|fy\s*)'?(?P<fy>(?:19|20)\d\d|(?<=fy)\d\d)\b",
         month_of_fiscal_year)
    # ... written year first, as in tables: "FY'22 September", "FY 2019 December".
    each(rf"\b(?:fy|fiscal\s+year)\s*'?(?P<fy>(?:19|20)\d\d|\d\d)\s+{_MONTH_RE}\b",
         month_of_fiscal_year)
    # ... or the year before "fiscal year": "February of the 2022 fiscal year".
    each(rf"\b{_MONTH_RE}\s+(?:of|in|del|de)\s+(?:the\s+|el\s+)?(?P<fy>(?:19|20)\d\d)\s+"
         rf"fiscal\s+year\b", month_of_fiscal_year)

    # A run of months to a named month: "the 12 months ending in September", "the six
    # months that ended in March", "los 12 meses que terminaron en septiembre" (the latest
    # such month before the text's date, or the year named). ("The year that ended Sept.
    # 30" is read below, as the fiscal year.)
    def months_ending(m: re.Match) -> None:
        word = (m.group("n") or "").lower()
        n = COUNTS.get(word) or int(word)
        month = MONTHS[m.group("month")]
        end = dt.date(int(m.group("y")), month, 1) if m.group("y") else _month_before(
            ref, month)
        if not 0 < n <= 36 or end > last_ended_month(ref):
            return
        if n == 12 and month in (9, 12):
            # Twelve months to September or December are a fiscal or a calendar year.
            year = Period.fiscal_year(end.year) if month == 9 else Period.year(end.year)
            add(m, year.kind, (year,))
            return
        add(m, "range", (_span(add_months(end, -n + 1), end),))
    each(rf"\b(?:(?:in|during|over|for|en)\s+)?(?:the\s+|los\s+|el\s+)?"
         rf"(?:per[ií]odo\s+de\s+)?(?:(?P<n>{_COUNT_RE})[\s-]+"
         rf"(?:months?|meses)(?:\s+period)?)\s+(?:that\s+|que\s+)?(?:ending|ended|"
         rf"ends|through|termin[oó]|terminaron|terminados|conclu[yi][oó]|concluyeron|"
         rf"finaliz[oó])\s+(?:in\s+|on\s+|en\s+)?{_MONTH_RE}"
         rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s*(?:of\s+|de\s+)?(?P<y>(?:19|20)\d\d))?\b",
         months_ending)

    # "The fiscal year ending September 30, 2017", "el año fiscal que concluyó en septiembre
    # de 2022", "el año fiscal concluyendo en septiembre 2017": that fiscal year.
    # (Without a year, "en el año fiscal concluido en septiembre": the last one ended.)
    def fiscal_year_ended(m: re.Match) -> None:
        year = Period.fiscal_year(int(m.group("y")) if m.group("y") else
                                  last_ended_fiscal_year(ref))
        if year.end <= last_ended_month(ref):
            add(m, year.kind if m.group("y") else "relative", (year,))
    each(r"\b(?:(?:in|during|for|en|durante)\s+)?(?:the\s+|el\s+)?(?:fiscal year|año fiscal)"
         r",?\s+(?:that\s+|which\s+|que\s+)?(?:ended|ending|closed|concluded|terminó|termin"
         r"ando|terminado|concluyó|concluyendo|concluido|cerró|cerrado|finalizó|finalizando|"
         r"finalizado)\s+(?:in\s+|on\s+|en\s+|el\s+)?"
         r"(?:(?:30\s+de\s+)?septiembre|(?:sept?\.?|september)(?:\s+30)?)"
         r"(?:,?\s*(?:of\s+|de\s+|del\s+)?(?P<y>(?:19|20)\d\d))?\b", fiscal_year_ended)

    # "Since the start of the fiscal year in October", "since the year began", "desde el
    # inicio del año fiscal": the year so far, to the last month that had ended.
    def year_so_far(m: re.Match) -> None:
        words = m.group(0)
        if re.search(r"\b(?:highest|lowest|most|fewest|largest|smallest|biggest|busiest|"
                     r"record|peak|más|mayor|menor)\b[^.;]{0,40}$", low[:m.start()]):
            return  # "the lowest since the fiscal year began": a record's window (extract)
        last = last_ended_month(ref)
        fiscal = bool(re.search(r"fiscal|october|octubre", words)) or (
            fiscal_context and "calendar" not in words)
        start = Period.fiscal_year(fiscal_year_of(last)).start if fiscal else dt.date(
            last.year, 1, 1)
        add(m, "range", (_span(start, last),), note="the year so far", extra={"so_far": True})
    each(r"\b(?:since|desde)\s+(?:the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?"
         r"(?:(?:fiscal|calendar)\s+)?year|the\s+(?:(?:fiscal|calendar)\s+)?year\s+(?:began|"
         r"started)|(?:el\s+)?(?:inicio|comienzo|arranque)\s+del\s+año(?:\s+fiscal)?)"
         r"(?:\s+(?:in|on|en|el)\s+(?:october|january|octubre|enero)(?:\s+1(?:st)?)?|"
         # (With its month in brackets, "desde el comienzo del año fiscal (octubre de 2021)".)
         r"\s*\((?:in\s+|en\s+)?(?:october|january|octubre|enero)(?:,?\s+(?:of\s+|de\s+)?"
         r"(?:19|20)\d\d)?\))?",
         year_so_far)

    # "En lo que va de 2025", "en lo que va del año fiscal 2024": the year named, which the
    # checker cuts to the months so far.
    def so_far_in_year(m: re.Match) -> None:
        year = int(m.group("y"))
        p = Period.fiscal_year(year) if m.group("fiscal") else Period.year(year)
        add(m, p.kind, (p,))
    each(r"\ben lo que va (?:de|del)\s+(?:(?:el\s+)?(?:presente\s+|actual\s+)?año\s+)?"
         r"(?P<fiscal>fiscal\s+)?"
         r"(?P<y>(?:19|20)\d\d)\b", so_far_in_year)

    # Months later in a named year: "the last three months of 2023", "the final quarter of
    # fiscal 2024", "the second half of 2022", "el tercer trimestre de 2024". (Without a year
    # after them, "the last three months" are the months just ended: see below.)
    def later_months(m: re.Match) -> None:
        fiscal = bool(re.search(r"fiscal|\bfy", m.group("what").lower()))
        year = _year(m.group("y"))
        start = Period.fiscal_year(year).start if fiscal else dt.date(year, 1, 1)
        if m.group("n"):
            word = m.group("n").lower()
            n = COUNTS.get(word) or int(word)
            first = 12 - n
        else:
            n = 3 if m.group("part") in ("quarter", "trimestre") else 6
            nth = {"second": 2, "segundo": 2, "third": 3, "tercer": 3, "tercero": 3,
                   "fourth": 4, "cuarto": 4}.get(m.group("ord"), 12 // n)
            first = (nth - 1) * n
        if not 0 < n <= 12 or first + n > 12:
            return
        add(m, "range", (_span(add_months(start, first), add_months(start, first + n - 1)),))
    each(r"\b(?:the\s+|los\s+|el\s+)?(?:(?:last|final|últimos)\s+(?P<n>" + _COUNT_RE +
         r")\s+(?:months|meses)|(?P<ord>second|third|fourth|last|final|segundo|tercer|tercero|"
         r"cuarto|último)\s+(?P<part>quarter|half|trimestre|semestre))"
         r"\s+(?:of|de|del)\s+(?:the\s+|el\s+)?(?P<what>(?:fiscal\s+year|fiscal|fy|año fiscal|"
         r"calendar year|year|año)?\s*'?)(?P<y>(?:19|20)\d\d|(?<=fy)\d{2}|(?<=')\d{2})\b",
         later_months)

    # The latest months: "over the past 12 months", "in the last year", "en los últimos
    # doce meses" — up to the last month that had ended.
    def trailing(m: re.Match) -> None:
        word = (m.group("n") or "").lower()
        n = 18 if m.group("half") else 12 if m.group("year") else (COUNTS.get(word) or
                                                                  int(word))
        last = last_ended_month(ref)
        if not m.group("year") and n <= 24 and re.search(
                r"\b(?:each of|every month|each month|every one of|cada uno de|cada mes|"
                r"todos los meses)\s*(?:for\s+|in\s+|durante\s+|en\s+)?$",
                low[max(0, m.start() - 30):m.start()]):
            # "Every month for the past 10 months, more than 200,000": each of them. The
            # writer may have counted only the months published by then (the last one comes
            # out in the middle of the next): the run ending a month earlier is another
            # reading, which the figures decide.
            def months(end: dt.date) -> tuple[Period, ...]:
                return tuple(Period.month(d.year, d.month) for d in (
                    add_months(end, -i) for i in range(n - 1, -1, -1)))
            add(m, "month", months(last), each=True,
                alternatives=(months(add_months(last, -1)),))
            return
        # (As for each month above, the window the writer had may end a month earlier:
        # "over the past 10 months", said early in September, through July.)
        add(m, "range", (_span(add_months(last, -n + 1), last),), alternatives=(
            ((Period.fiscal_year(fiscal_year_of(ref) - 1),),) if fiscal_context and (
                m.group("year") or m.group("year2")) else ()) + (
            ((_span(add_months(last, -n), add_months(last, -1)),),)
            if ref.day < PUBLISHED_BY_DAY else ()))
    # ("In the last year-and-a-half", "en el último año y medio": 18 months.)
    # ("In the previous four months", said with the day the figures were posted; not "the
    # previous year", the year before.)
    each(r"(?<!'s )(?<!’s )\b(?:(?:over|in|during|for)\s+)?the\s+(?:(?:past|last)\s+|"
         r"(?:previous|preceding|prior)\s+(?=" + _COUNT_RE + r"\s+months))(?:(?P<n>"
         + _COUNT_RE + r")\s+months|(?P<half>year[\s-]+and[\s-]+a[\s-]+half)|"
         r"(?P<year>year|12 months))\b|"
         r"\b(?:en\s+)?(?:los|el)\s+(?:últimos|pasados)\s+"
         r"(?P<n2>" + _COUNT_RE + r")\s+meses\b|"
         r"(?P<half2>\b(?:en\s+)?el\s+último\s+año\s+y\s+medio)\b|"
         # (A headline drops the article: "Detenidos 213,000 hondureños … en último año".)
         r"(?P<year2>\b(?:en\s+(?:el\s+)?|el\s+)último\s+año)\b"
         # "El último año fiscal" is the last complete fiscal year, not the last 12 months.
         r"(?!\s+fiscal)",
         lambda m: trailing(_Either(m)))
    # "In 12 months, CBP recorded more than two million encounters": a span of months that
    # opens the sentence, up to now.
    each(r"^\W*(?:in|within)\s+(?:just\s+|only\s+)?(?P<n>" + _COUNT_RE + r")\s+months(?=\s*,)",
         lambda m: trailing(_Either(m)))

    # "In the last 2 1/2 years", "over the past two and a half years", "en los últimos dos
    # años y medio": so many months up to the last that had ended (30 for two and a half).
    def trailing_half(m: re.Match) -> None:
        word = (m.group("n") or m.group("n2")).lower()
        n = 12 * (COUNTS.get(word) or int(word)) + 6
        last = last_ended_month(ref)
        add(m, "range", (_span(add_months(last, -n + 1), last),))
    each(r"\b(?:(?:over|in|during|for)\s+)?the\s+(?:past|last)\s+(?P<n>" + _COUNT_RE +
         r")(?:\s*1/2|\s*½|[\s-]+and[\s-]+a[\s-]+half)\s+years\b|"
         r"\b(?:(?:en|durante)\s+)?(?:los\s+)?(?:últimos|pasados)\s+(?P<n2>" + _COUNT_RE +
         r")\s+años\s+y\s+medio\b", trailing_half)

    # "since July 2020", "since February 1", "desde marzo": from that month on; for a
    # record, the window starts after it.
    def since_month(m: re.Match) -> None:
        month = MONTHS[m.group("month")]
        day = int(m.group("sd") or m.group("sd2") or 0)
        last = last_ended_month(ref)
        # "Has dropped by more than 80 percent since December", written on 20 December: a
        # span up to now starts in a month that has ended (December a year before), unlike
        # a month named alone late in it, which may be the month under way.
        start = dt.date(int(m.group("y")), month, 1) if m.group("y") else dt.date(
            ref.year - 1, month, 1) if m.group("ly") or m.group("last") else dt.date(
            last.year if month <= last.month else last.year - 1, month, 1) if not day \
            else _month_before(ref, month)
        if not m.group("y") and day and (month, day) <= (ref.month, ref.day):
            start = dt.date(ref.year, month, 1)  # "since July 1", written on 17 July
        if start <= last:
            add(m, "since", (_span(start, last),), extra={"month": start})
        elif start == ref.replace(day=1) and ref.day >= 7:
            # "Down since President Mulino took office July 1", written on 17 July: the
            # month under way, judged on its figures as published since.
            add(m, "since", (_span(start, start),), extra={"month": start})
    # "Have declined since the summer", "desde el verano": from the summer's first month
    # (June) of the text's year, or of the year before when said before September.
    def since_summer(m: re.Match) -> None:
        last = last_ended_month(ref)
        start = dt.date(ref.year if ref.month >= 9 else ref.year - 1, 6, 1)
        if start <= last:
            add(m, "since", (_span(start, last),), extra={"month": start})
    each(r"\b(?:since|desde)\s+(?:the\s+|last\s+|el\s+)?(?:summer|verano)\b", since_summer)

    # "Set the record for illegal crossings in a single fiscal year at 2.48 million", said
    # in October 2023: the grain of the record, whose period is the latest that had ended
    # (FY2023); "in a single month", the latest month.
    def single(m: re.Match) -> None:
        if _OTHER_TIME.search(low) or _ANOTHER_TIME_SAID.search(low):
            # ("In December 2023 … over 302,000 … in a single month": December's; "It was
            # also the last time agents made more than 1 million apprehensions in a single
            # year": the year named before.)
            return
        if m.group("month"):
            add(m, "relative", (month_of(last_ended_month(ref)),))
        elif m.group("fiscal"):
            add(m, "relative", (Period.fiscal_year(last_ended_fiscal_year(ref)),))
        else:
            add(m, "relative", (Period.year(ref.year - 1),), alternatives=(
                (Period.fiscal_year(last_ended_fiscal_year(ref)),),))
    each(r"\bin a single (?:(?P<fiscal>fiscal )?year|(?P<month>month))\b", single)

    # "The last May President Trump was in office": that month of the last year of his term
    # that had it (May 2020).
    def last_month_in_office(m: re.Match) -> None:
        name = _PRESIDENT_NAMES.get(m.group("name").replace("ó", "o"), m.group("name"))
        name = _PRESIDENT_NAMES.get(name, name)
        month = MONTHS.get(m.group("month"))
        terms = [t for t in PRESIDENCIES.get(name, []) if _begun(t, ref)]
        if not terms or month is None:
            return
        start, end = terms[-1]
        end = min(end, last_ended_month(ref))
        day = next((d for y in range(end.year, start.year - 1, -1)
                    if start <= (d := dt.date(y, month, 1)) <= end), None)
        if day is not None:
            add(m, "month", (month_of(day),))
    # ("The last June of President Trump's administration": the same.)
    each(r"\bthe last (?P<month>" + MONTH_NAMES + r") (?:(?:that|when|of|under)\s+)?(?:the\s+)?"
         r"(?:(?:former )?president\s+)?(?:donald\s+|joe\s+|barack\s+)?" + _NAME_RE +
         r"(?: (?:was|had been) in office|(?:'s|’s)? (?:administration|presidency|term|time in "
         r"office))\b", last_month_in_office)

    # "In the fall of 2023", "durante el verano de 2019": the season's months; "through the
    # fall of 2023", "hasta el otoño de 2023": up to its last month. (Winter straddles two
    # years and is left out.)
    def season(m: re.Match) -> None:
        first, last_month = _SEASONS[m.group("s")]
        year = int(m.group("y"))
        start, end = dt.date(year, first, 1), dt.date(year, last_month, 1)
        if start > last_ended_month(ref):
            return
        if m.group("thr"):
            add(m, "month", (Period.month(year, last_month),))
        else:
            add(m, "range", (_span(start, min(end, last_ended_month(ref))),))
    each(r"\b(?:(?P<thr>through|thru|until|up to|hasta)\s+|(?:in|during|en|durante)\s+)?"
         # (Not "a fall of 2,023": a drop.)
         r"(?:the\s+|el\s+|la\s+)?(?<!\ba )(?P<s>spring|summer|fall|autumn|primavera|verano|"
         r"otoño)\s+"
         r"(?:of\s+|de\s+|del\s+)?(?P<y>(?:19|20)\d\d)\b", season)
    # ("Since going into effect in March 2020", "desde que entró en vigor en marzo de 2020":
    # a rule's start, as a president's.)
    each(rf"\b(?:since|desde)\s+(?:(?:president[ea]?\s+)?(?:[\w.'’]+\s+){{0,6}}?(?:took office|"
         rf"was sworn in|assumed office|tom[óo] posesi[óo]n|asumi[óo](?: el cargo)?|"
         rf"(?:going|went|came|coming) into (?:effect|force)|took effect|entr[óo] en vigor|"
         rf"(?:was|were) (?:introduced|implemented|launched|imposed)|{_STARTED}|"
         # ("Since its inception in March 2020", "desde que comenzó a usarse en marzo de
         # 2020")
         rf"(?:its|their|the|su)\s+(?:inception|start|beginning|launch|creation|"
         rf"introduction|implementation|inicio|creación|implementación)|"
         rf"{_STARTED}\s+a\s+(?:usarse|aplicarse|usar|aplicar)(?:lo|la|se)?)\s+"
         rf"(?:on\s+|el\s+|in\s+|en\s+)?)?"
         # ("since the 101,099 encounters in February of 2021": a figure of that month)
         rf"(?:(?:the|l[oa]s)\s+\d[\d,.]*\s+(?:[a-záéíóú-]+\s+){{1,3}}?(?:in|en|de)\s+)?"
         # ("since the peak of the border crisis last May", "desde el pico de mayo": the
         # month the peak was in)
         rf"(?:(?:the|el)\s+(?:peak|height|high|pico|máximo)\s+(?:(?:of|de)\s+(?:the\s+|la\s+|"
         rf"el\s+)?(?:[\w-]+\s+){{1,4}}?)?(?:(?:in|en|de)\s+)?)?"
         # ("desde el pasado mes de octubre", the last October; "since last October", the
         # previous calendar year's: "since last May", said in July, is the May a year before)
         rf"(?:(?:el\s+)?(?:pasado\s+)?mes\s+de\s+|(?P<last>last)\s+)?"
         rf"(?:(?:el\s+)?(?P<sd>\d{{1,2}})\s+de\s+)?{_MONTH_RE}(?:\s+(?P<sd2>\d{{1,2}})"
         rf"(?:st|nd|rd|th)?)?(?:,?\s*(?:of\s+|de\s+|del\s+)?(?P<y>(?:19|20)\d\d))?\b"
         # ("Desde julio del año pasado": that month of the year before the text's.)
         rf"(?:\s+(?P<ly>of last year|of the (?:previous|prior) year|"
         rf"del año (?:pasado|anterior)))?",
         since_month)

    # To a day: "hasta el 16 de diciembre", "as of March 25, 2024", "through December 16":
    # the year so far, to a month not yet over.
    # In a text about fiscal years, the fiscal year so far ("Total for Fiscal 2020 … As of
    # November 30, agents had collared 87,826"), with the calendar year's as the other
    # reading; the figures decide.
    def starts(last: dt.date) -> list[dt.date]:
        first = [dt.date(last.year, 1, 1)]
        return [Period.fiscal_year(fiscal_year_of(last)).start] + first if \
            fiscal_context else first

    def to_day(m: re.Match) -> None:
        month = MONTHS[m.group("month")]
        year = int(m.group("y")) if m.group("y") else (
            ref.year if month <= ref.month else ref.year - 1)
        if int(m.group("d")) == 1:
            # "Hasta 1 de noviembre 2024", "as of October 1": the months before that day.
            last = add_months(dt.date(year, month, 1), -1)
            spans = [(_span(start, last),) for start in starts(last)]
            add(m, "range", spans[0], alternatives=tuple(spans[1:]))
            return
        end = dt.date(year, month, 1)
        spans = [(_span(start, end),) for start in starts(end)]
        add(m, "range", spans[0], alternatives=tuple(spans[1:]),
            extra={"to_day": int(m.group("d"))})
    each(rf"\b(?:hasta|al|a)\s+(?:el\s+)?(?P<d>\d{{1,2}})\s+de\s+{_MONTH_RE}"
         rf"(?:\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d\d))?|\b(?:through|until|as of|by)\s+"
         rf"{_MONTH_RE.replace('?P<month>', '?P<month2>')}\s+(?P<d2>\d{{1,2}})\b"
         rf"(?:,?\s*(?P<y2>(?:19|20)\d\d))?",
         lambda m: to_day(_Either(m)))

    # "Hasta ayer habían cruzado el Darién 1.710 migrantes", "as of yesterday": the year so
    # far, to the day before the text's.
    def to_yesterday(m: re.Match) -> None:
        day = ref - dt.timedelta(days=1)
        end = day.replace(day=1)
        spans = [(_span(start, end),) for start in starts(end)]
        add(m, "range", spans[0], alternatives=tuple(spans[1:]), extra={"to_day": day.day})
    each(r"\b(?:hasta|through|until|as of)\s+(?:ayer|yesterday)\b", to_yesterday)

    # "De enero a la fecha", "from January to date": from that month to the text's day.
    def month_to_date(m: re.Match) -> None:
        month = MONTHS[m.group("month")]
        year = int(m.group("y")) if m.group("y") else (
            ref.year if month <= ref.month else ref.year - 1)
        start, now = dt.date(year, month, 1), ref.replace(day=1)
        if ref.day == 1 or now <= start:
            last = add_months(now, -1)
            if last >= start:
                add(m, "range", (_span(start, last),))
            return
        add(m, "range", (_span(start, now),), extra={"to_day": ref.day})
    each(rf"\b(?:from|de|desde)\s+(?:el\s+(?:mes\s+de\s+)?)?{_MONTH_RE}(?:\s+(?:de\s+|del\s+)?"
         rf"(?P<y>(?:19|20)\d\d))?\s+(?:to|until|through|a|al|hasta)\s+(?:date|now|today|"
         rf"la\s+fecha|hoy|ahora|el\s+momento)\b", month_to_date)

    # "The fiscal year by September 2023": the fiscal year up to that month; "through
    # September this year" in a text about fiscal years: this fiscal year up to September.
    def fiscal_to(m: re.Match) -> None:
        month = MONTHS[m.group("month")]
        year = m.groupdict().get("y")
        end = dt.date(int(year), month, 1) if year else dt.date(ref.year, month, 1) if \
            "this year" in m.group(0).lower() else _month_before(ref, month)
        add(m, "range", (_span(Period.fiscal_year(fiscal_year_of(end)).start, end),))
    # "The fiscal year through November (2023)", "en el año fiscal hasta el mes de
    # noviembre": the fiscal year to that month (with no year, the latest such month).
    # "This fiscal year through May", "the current fiscal year to April": the same.
    each(rf"\b(?:this|the\s+current)\s+fiscal\s+year\s+(?:so\s+far\s+)?(?:by|through|thru|to|"
         rf"until|as of)\s+(?:the\s+end\s+of\s+)?{_MONTH_RE}\b", fiscal_to)
    each(rf"\b(?:(?:in\s+)?the\s+fiscal\s+year\s+(?:by|through|thru|to|until|as of)\s+"
         rf"(?:the\s+end\s+of\s+)?|(?:en\s+)?el\s+año\s+fiscal\s+hasta\s+(?:el\s+mes\s+de\s+|"
         rf"finales\s+de\s+)?){_MONTH_RE}(?:\s+(?:de\s+)?(?P<y>(?:19|20)\d\d))?\b", fiscal_to)
    if fiscal_context:
        each(rf"\b(?:through|thru|until|by)\s+{_MONTH_RE}\s+(?:of\s+)?this\s+year\b",
             fiscal_to)

    # "The final month of FY2023" (September 2023), "the first month of fiscal year 2024"
    # (October 2023), "el último mes del año fiscal 2023".
    def fiscal_month(m: re.Match) -> None:
        fy = _year(m.group("y"))
        first = m.group("which").lower() in ("first", "primer")
        month = Period.fiscal_year(fy).start if first else Period.fiscal_year(fy).end
        add(m, "month", (Period.month(month.year, month.month),))
    each(r"\b(?:the\s+|el\s+)?(?P<which>final|last|first|último|primer)\s+(?:month|mes)\s+"
         r"(?:of|del)\s+(?:the\s+)?(?:fiscal(?:\s+year)?|fy|año fiscal)\s*'?(?P<y>\d{4}|\d{2})\b",
         fiscal_month)

    # "En el séptimo mes de 2021" (July 2021), "the third month of fiscal 2022" (December
    # 2021): a month counted from the start of a named year.
    def nth_month(m: re.Match) -> None:
        n = _ORDINAL_MONTHS[m.group("nth")]
        fiscal = bool(m.group("fiscal"))
        start = Period.fiscal_year(_year(m.group("y"))).start if fiscal else dt.date(
            _year(m.group("y")), 1, 1)
        month = add_months(start, n - 1)
        add(m, "month", (Period.month(month.year, month.month),))
    each(r"\b(?:the\s+|el\s+)?(?P<nth>" + "|".join(_ORDINAL_MONTHS) + r")\s+(?:month|mes)\s+"
         r"(?:of|de|del)\s+(?:the\s+|el\s+)?(?:(?P<fiscal>fiscal(?:\s+year)?|fy|año fiscal)\s*|"
         r"(?:year|año)\s+)?'?(?P<y>(?:19|20)\d\d)\b", nth_month)

    # "The final full month of the Trump administration": the last month wholly in the
    # latest term of his that had ended (December, a US term ending on 20 January); "the
    # final month" may also be that January.
    def term_last_month(m: re.Match) -> None:
        name = m.group("name").replace("ó", "o")
        name = _PRESIDENT_NAMES.get(name, name)
        last = last_ended_month(ref)
        ended = [t for t in PRESIDENCIES.get(name, [])
                 if months_in_office(_span(*t)).end <= last]
        if not ended:
            return
        whole = months_in_office(_span(*ended[-1]))
        end = Period.month(whole.end.year, whole.end.month)
        term_end = Period.month(ended[-1][1].year, ended[-1][1].month)
        other = () if m.group("full") or term_end == end or term_end.end > last else (
            (term_end,),)
        if other and re.search(r"\b(?:days|weeks|días|semanas)\b", m.group(0), re.IGNORECASE):
            # Its last days are in the month it ended, with its last full month the other
            # reading.
            end, other = term_end, ((end,),)
        add(m, "month", (end,), alternatives=other, note="the last month of a presidency")
    # ... and its last days or weeks ("los últimos días de la presidencia de Joe Biden"):
    # the month they fall in, the only one the files can tell.
    each(r"\b(?:the\s+)?(?:final|last)\s+(?P<full>full\s+)?(?:month|days|weeks)\s+(?:of|under)"
         r"\s+(?:the\s+)?(?:president\s+)?(?:donald\s+|joe\s+|barack\s+)?" + _NAME_RE +
         r"(?:(?:'s|’s)?\s+(?:administration|presidency|term|first term|tenure))?\b",
         term_last_month)
    each(r"\b(?:el\s+|los\s+|las\s+)?(?:último|últimos|últimas)\s+(?:mes\s+(?P<full>completo\s+)?"
         r"|días\s+|semanas\s+)(?:de|del)\s+(?:la\s+|el\s+)?(?:presidencia|gobierno|"
         r"administración|mandato)\s+(?:de\s+)?(?:donald\s+|joe\s+|barack\s+)?" + _NAME_RE +
         r"\b", term_last_month)

    def month_of_year(m: re.Match) -> None:
        add(m, "month", (Period.month(int(m.group("y")), MONTHS[m.group("month")]),))

    # "Just last month in March 2021", "el mes pasado, en marzo de 2021": the month the
    # words name, which the writer's "last month" (of the month written about) glosses.
    each(rf"\b(?:just\s+)?(?:last|previous|the\s+previous|the\s+prior|el|del)\s+(?:month|mes\s+"
         rf"(?:pasado|anterior))(?:,\s*|\s+)(?:in|en|of|de)\s+{_MONTH_RE}\s*(?:of\s+|de\s+|del\s+)?"
         rf"(?P<y>(?:19|20)\d\d)\b", month_of_year)
    # "Hasta agosto de 2024 se registraron 108,444", "through June 2023": a count up to a
    # month, with no start named, is the year to that month (the month alone, and the
    # fiscal year to it, are the other readings).
    def year_to_month(m: re.Match) -> None:
        year, month = int(m.group("y")), MONTHS[m.group("month")]
        last = dt.date(year, month, 1)
        alone = (Period.month(year, month),)
        fiscal = (_span(Period.fiscal_year(fiscal_year_of(last)).start, last),)
        if fiscal_context or re.search(r"\bfiscal\b|\bfy\s*'?\d", low):
            # (In a text of fiscal years, the fiscal year to that month first.)
            add(m, "range", fiscal, alternatives=(alone,))
        elif month == 1:
            add(m, "month", alone, alternatives=(fiscal,))
        else:
            add(m, "range", (_span(dt.date(year, 1, 1), last),),
                alternatives=(alone,) if month == 10 else (alone, fiscal))
    # ("As of July 2023": so far, by then.)
    each(rf"\b(?:hasta|through|until|as\s+of)\s+(?:el\s+mes\s+de\s+|(?:the\s+)?end\s+"
         rf"of\s+|finales\s+de\s+)?{_MONTH_RE}\s*(?:of\s+|de\s+|del\s+)?(?P<y>(?:19|20)\d\d)\b|"
         # "para finales de julio de 2023", "by the end of July 2023": by then, so far.
         rf"\b(?:para\s+(?:finales|fines)\s+de|by\s+the\s+end\s+of)\s+"
         rf"{_MONTH_RE.replace('<month>', '<month2>')}\s*"
         rf"(?:of\s+|de\s+|del\s+)?(?P<y2>(?:19|20)\d\d)\b",
         lambda m: year_to_month(_Either(m)))

    # "The month of November in 2022", "noviembre del año 2022": a month and its year with
    # words between.
    each(rf"\b{_MONTH_RE}\s+(?:in|of the year|del año|de el año)\s+(?P<y>(?:19|20)\d\d)\b",
         month_of_year)
    # Month with year: "January 2024", "enero de 2024", "Jan. 2024".
    each(rf"\b{_MONTH_RE}\s*(?:of\s+|de\s+|del\s+)?(?P<y>(?:19|20)\d\d)\b",
         month_of_year)

    # Calendar-year ranges: "from 2009 to 2012", "between 2019 and 2021".
    def cy_range(m: re.Match) -> None:
        a, b = m.group("a"), m.group("b")
        years(m, int(a), int(a[:4 - len(b)] + b))

    def years(m: re.Match, a: int, b: int) -> None:
        if a < b:
            add(m, "range", (Period.between(Period.year(a), Period.year(b)),),
                alternatives=((Period.between(Period.fiscal_year(a), Period.fiscal_year(b)),),))
    each(r"\b(?:from|between|de|entre|desde)\s+(?P<a>(?:19|20)\d\d)\s+(?:to|and|through|a|y|hasta)"
         r"\s+(?P<b>(?:19|20)\d\d)\b", cy_range)
    # Two calendar years named together: "in 2015 and 2016", "en 2022 y 2023" (each, or
    # together where one figure fits them so: the judges decide); the fiscal years are the
    # other reading.
    def cy_pair(m: re.Match) -> None:
        a, b = int(m.group("a")), int(m.group("b"))
        if a < b:
            add(m, "year", (Period.year(a), Period.year(b)), each=True, alternatives=(
                (Period.fiscal_year(a), Period.fiscal_year(b)),))
    each(r"\b(?:in|en|during|durante)\s+(?:the\s+years\s+|los\s+años\s+)?"
         r"(?P<a>(?:19|20)\d\d)\s+(?:and|y)\s+(?P<b>(?:19|20)\d\d)\b(?![.,]\d)",
         cy_pair)
    # "The years 2021–24", "2021-2024", "el periodo 2019-2021": a span written with a dash.
    # Two years in a row written so ("in 2019-20", "2020-21") are most often a fiscal year,
    # the one that ends in the second; the two calendar years are the other reading.
    def dash_range(m: re.Match) -> None:
        a, b = m.group("a"), m.group("b")
        first, last = int(a), int(a[:4 - len(b)] + b)
        if last > ref.year + 1 or _A_COUNT_AFTER.match(low, m.end()):
            # "del 2023 –68 mil 617 menos que en el 2022–": a dash before a count, not a
            # span to 2068.
            return
        if len(b) == 2 and last == first + 1:
            add(m, "fiscal_year", (Period.fiscal_year(last),), alternatives=(
                (Period.between(Period.year(first), Period.year(last)),),))
        else:
            years(m, first, last)
    each(r"(?<![\d-])(?P<a>(?:19|20)\d\d)\s?[–—-]\s?(?P<b>(?:19|20)\d\d|\d\d)(?![\d-])",
         dash_range)

    # "since 2022", "desde 2022", "desde el año 2006".
    def since(m: re.Match, back: int = 0, record_only: bool = False) -> None:
        year = int(m.group("y")) - back
        last = last_ended_month(ref)
        if dt.date(year, 1, 1) <= last:
            add(m, "since", (Period(dt.date(year, 1, 1), last, "range",
                                    f"{year}-01..{last:%Y-%m}"),),
                extra={"year": year} | ({"record_only": True} if record_only else {}))
    each(r"\b(?:since|desde|a partir de)\s+(?:(?:the\s+)?year\s+|(?:el\s+)?año\s+)?"
         r"(?P<y>(?:19|20)\d\d)\b", since)

    # "Its highest monthly total since early 2000", "desde finales de 2019": after that part
    # of the year (early to April, mid to August, late to December), as a month named.
    def since_part(m: re.Match) -> None:
        part = (m.group("part") or m.group("parte")).lower()
        month = 4 if part in ("early", "principios") else 8 if part in ("mid", "mediados") else 12
        start, last = dt.date(int(m.group("y")), month, 1), last_ended_month(ref)
        if start <= last:
            add(m, "since", (_span(start, last),), extra={"month": start})
    each(r"\b(?:since|desde)\s+(?:(?P<part>early|mid|late)-?\s*|(?P<parte>principios|mediados|"
         r"finales)\s+de(?:l\s+año)?\s+)(?P<y>(?:19|20)\d\d)\b", since_part)

    # "Levels last seen in 2006": that year is when it was last matched, as "since 2006"
    # (a record's window, no change's base).
    each(r"\blast\s+seen\s+(?:in|during)\s+(?:(?:fiscal\s+)?(?:year\s+)?)?(?P<y>(?:19|20)\d\d)\b",
         lambda m: since(m, record_only=True))

    # "The highest for that month since at least 2000": as far back as the records go, that
    # year included (January 2000 counts), so the window opens a year earlier.
    each(r"\b(?:since|desde)\s+(?:at\s+least|por\s+lo\s+menos|al\s+menos)\s+(?:(?:the\s+)?"
         r"year\s+|(?:el\s+)?año\s+)?(?P<y>(?:19|20)\d\d)\b", lambda m: since(m, back=1))

    # "The highest total for February in the history of the Department of Homeland
    # Security", "in DHS history", "desde la creación del DHS": since DHS began, in March
    # 2003.
    def since_dhs(m: re.Match) -> None:
        first, last = dt.date(2003, 3, 1), last_ended_month(ref)
        if first <= last:
            add(m, "since", (Period(first, last, "range", f"2003-03..{last:%Y-%m}"),),
                extra={"month": first})
    each(r"\bin (?:the )?(?:history of the department of homeland security|history of dhs|"
         r"dhs(?:['’]s?)? history|department of homeland security(?:['’]s?)? history)\b|"
         r"\bsince (?:the )?(?:department of homeland security|dhs) (?:was )?(?:created|"
         r"founded|began|formed)\b|\b(?:desde|en) (?:la creación|la historia) del? "
         r"(?:departamento de seguridad nacional|dhs)\b", since_dhs)

    # "Since the 1970s", "desde la década de 1970": the decade is what is reached back to,
    # so "the lowest since the 1970s" is ranked against the years after it, as "since 1979"
    # would be.
    def since_decade(m: re.Match) -> None:
        # ("Since the mid-1970s": from its middle, 1975; "the early 1980s", 1983.)
        part = m.group(0).lower()
        reach = 5 if "mid" in part else 3 if "early" in part else 9
        year = (int(m.group("y")) if m.group("y") else 1900 + int(m.group("y2"))) + reach
        last = last_ended_month(ref)
        if dt.date(year, 1, 1) <= last:
            add(m, "since", (Period(dt.date(year, 1, 1), last, "range",
                                    f"{year}-01..{last:%Y-%m}"),), extra={"year": year})
    each(r"\b(?:since|desde)\s+(?:the\s+(?:early\s+|mid-?\s*)?|la\s+década\s+de\s+"
         r"(?:los\s+)?|los\s+(?:años\s+)?)(?:(?P<y>(?:19|20)\d0)'?s?|(?P<y2>[3-9]0))\b",
         since_decade)

    # "Since Trump was elected", "since the election": from the month of the US presidential
    # election (November of a leap year) before the text's date.
    def since_election(m: re.Match) -> None:
        name = (m.group("name") or "").lower()
        years = [y for y in range(ref.year, 1990, -1) if y % 4 == 0 and dt.date(y, 11, 1) < ref]
        if name:
            won = {y for y, who in ELECTED.items() if who == name}
            years = [y for y in years if y in won]
        if not years:
            return
        start = dt.date(years[0], 11, 1)
        last = last_ended_month(ref)
        if start <= last:
            add(m, "since", (_span(start, last),), extra={"month": start})
    each(r"\b(?:since|desde que)\s+(?:(?:president|pres\.|presidente)\s+)?"
         r"(?:donald\s+|joe\s+|barack\s+)?(?P<name>trump|biden|obama)\s+(?:was\s+|got\s+)?"
         r"(?:elected|won|fue elegido|ganó)\b|\b(?:since|desde)\s+(?:the|la|his|her|su)\s+"
         r"(?:presidential\s+)?(?:election|elección)\b(?!\s+(?:day|of)\b)", since_election)

    # "since FY 2000", "desde el año fiscal 2019": after that fiscal year.
    def since_fy(m: re.Match) -> None:
        fy = _year(m.group("y"))
        start = Period.fiscal_year(fy).start
        last = last_ended_month(ref)
        if start <= last:
            add(m, "since", (Period.span(start, last),),
                extra={"fiscal_year": fy})
    # ("Since the start of Fiscal Year 2021", "desde el inicio del año fiscal 2021": the
    # same.)
    each(r"\b(?:since|desde)\s+(?:the\s+(?:start|beginning)\s+of\s+(?:the\s+)?|(?:el\s+)?"
         r"(?:inicio|comienzo|principio)\s+del\s+)?(?:el\s+)?(?:fiscal(?:\s+year)?|fy|"
         r"año fiscal)\s*'?(?P<y>\d{4}|\d{2})\b", since_fy)
    # "Since the agency began reporting data by month in fiscal year 2000", "since records
    # began in 2000", "desde que comenzó el registro en 2000": when the count began.
    # ("Since the recession hit in 2007", "desde que la crisis estalló en 2008": from the
    # year the event is dated to.)
    # ("since the U.S. Immigration and Naturalization Service began a crackdown there in
    # 1994": an agency's name takes a few words.)
    _began = (r"\b(?:since|desde que)\s+(?:[\w'’.-]+\s+){0,7}?(?:" + _STARTED[3:-1] +
              r"|hit|struck|took\s+(?:office|over|effect)|came\s+to\s+power|launched|"
              r"erupted|golpe[óo]|estall[óo]|asumi[óo])"
              r"\s+(?:[\w'’]+\s+){0,6}?(?:in|en)\s+(?:el\s+)?")
    each(_began + r"(?:fiscal(?:\s+year)?|fy|año fiscal)\s*'?(?P<y>\d{4}|\d{2})\b", since_fy)
    each(_began + r"(?P<y>(?:19|20)\d\d)\b", since)

    # "the past two fiscal years", "each of the last three years", "los últimos dos años".
    def past_years(m: re.Match) -> None:
        word = m.group("n").lower()
        # ("The lowest number for May in the past few years": three.)
        n = COUNTS.get(word) or (3 if word == "few" else int(word))
        fiscal = bool(m.group("fiscal") or m.group("fiscal2"))
        if fiscal or fiscal_context:
            last = last_ended_fiscal_year(ref)
            periods = tuple(Period.fiscal_year(y) for y in range(last - n + 1, last + 1))
            other = tuple(Period.year(y) for y in range(ref.year - n, ref.year))
        else:
            periods = tuple(Period.year(y) for y in range(ref.year - n, ref.year))
            last = last_ended_fiscal_year(ref)
            other = tuple(Period.fiscal_year(y) for y in range(last - n + 1, last + 1))
        add(m, "relative", periods, alternatives=() if fiscal else (other,),
            each="each" in m.group(0) or "cada" in m.group(0))
    # "En un quinquenio", "el último lustro", "the past decade": so many years back.
    spans = {"quinquenio": 5, "lustro": 5, "bienio": 2, "trienio": 3, "decade": 10,
             "década": 10}
    each(r"\b(?:(?:in|over|during|en|durante)\s+)?(?:(?:the|la|el|un|una|este|esta)\s+)?"
         r"(?:(?:(?:past|last|previous|último|última|pasad[oa])\s+)(?P<unit>decade|década)|"
         r"(?:(?:último|pasado)\s+)?(?P<unit2>quinquenio|lustro|bienio|trienio))"
         r"(?:\s+(?:pasad[oa]|anterior))?\b",
         lambda m: past_years(_Counted(m, spans[(m.group("unit") or m.group("unit2"))
                                                 .lower()])))
    each(r"\b(?:(?:in\s+)?each of\s+|(?:en\s+)?cada uno de\s+)?(?:the\s+|los\s+)?"
         r"(?:past|last|previous|últimos|pasados)\s+"
         r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|few|dos|tres|cuatro|cinco|seis|"
         r"siete|ocho|nueve|diez|\d{1,2})\s+"
         r"(?P<fiscal>fiscal\s+)?(?:years|años)(?P<fiscal2>\s+fiscales)?\b", past_years)
    # "Have increased almost fivefold in 2 years", "se duplicó en dos años": after a change
    # said done, the last so many years.
    def changed_in_years(m: re.Match) -> None:
        if _DONE_CHANGE.search(low, max(0, m.start() - 60), m.start()):
            past_years(m)
    each(r"\b(?:in|within|en)\s+(?:just\s+|only\s+|solo\s+|sólo\s+)?(?P<n>two|three|four|five|"
         r"dos|tres|cuatro|cinco|[2-9])\s+(?P<fiscal>fiscal\s+)?(?:years|años)"
         r"(?P<fiscal2>\s+fiscales)?\b", changed_in_years)
    each(r"\b(?:(?:en\s+)?cada uno de\s+)?(?:los\s+)?(?P<n>dos|tres|cuatro|cinco|\d)\s+"
         r"(?:últimos|pasados)\s+(?:años)(?P<fiscal2>\s+fiscales)\b|"
         r"\b(?:(?:en\s+)?cada uno de\s+)?(?:los\s+)?(?P<n2>dos|tres|cuatro|cinco|\d)\s+"
         r"(?:últimos|pasados)\s+años\b(?!\s+fiscales)",
         lambda m: past_years(_Either(m)))

    last = last_ended_month(ref)
    fy_now = fiscal_year_of(ref)
    # Each: its words, its period(s), and other readings the figures may choose.
    relatives: list[tuple[str, Callable[[], tuple[Period, ...]],
                          tuple[tuple[Period, ...], ...]]] = [
        # (Not "since the start of the year", "desde principios de año": the year so far.)
        (r"(?<!since )(?<!since the )\b(?:the\s+)?(?:start|beginning) of (?:this|the) year\b|"
         r"\bearly this year\b|(?<!desde )\bprincipios de (?:este|este año|año)\b|"
         # "En el primer mes del año fueron detenidas 176 mil 205": January.
         r"\b(?:the\s+)?first month of (?:this|the) year\b|\bel primer mes del año\b",
         lambda: (Period.month(ref.year, 1),), ()),
        (r"\b(?:over |during |in )?the (?:government['’]s |course of the |whole |entire |full )?"
         r"(?:fiscal|budget) year\b"
         r"(?!\s*(?:\d|'\d))|\b(?:el|del|al) año fiscal\b(?!\s*(?:de\s+)?\d)",
         lambda: (Period.fiscal_year(fiscal_year_of(last)),), ()),
        # "El año fiscal que acaba de terminar", "que concluyó", "the fiscal year that just
        # ended": the last complete one, not the one under way.
        (r"\b(?:last|(?:the )?(?:most recent|latest)) (?:complete |full )?fiscal year\b|"
         r"\bthe (?:just|recently)[- ](?:ended|completed|concluded) (?:fiscal|budget) year\b"
         r"(?!\s*(?:\d|'\d))|"
         r"\bel año fiscal pasado\b|\bel (?:pasado|último) año fiscal\b|"
         r"\b(?:el|ese|este) año fiscal(?:,)?\s*[–—-]?\s*que (?:acaba de (?:terminar|concluir|"
         r"cerrar|finalizar)|"
         r"(?:recién |recien )?(?:terminó|concluyó|cerró|finalizó))\b|"
         # ("En el año fiscal concluido en septiembre", "the fiscal year ended in September")
         r"\bel año fiscal(?:,)? (?:concluido|terminado|finalizado|cerrado)\b|"
         r"\b(?:(?:in|during|over) )?the (?:budget |fiscal |government's fiscal )year,? "
         r"(?:that|which) (?:just )?(?:ended|closed)\b",
         lambda: (Period.fiscal_year(last_ended_fiscal_year(ref)),), ()),
        # The period under way is named whole here; the checker reads it as the months to
        # date unless the claim looks ahead ("on track to ... this fiscal year").
        (r"\bthis fiscal year\b|\bthis fy\b|\bthe current fy\b|\bfytd\b|"
         r"\bthis year['’]s fiscal year\b|\beste año fiscal\b|"
         r"\bel año fiscal en curso\b|\ben lo que va del? (?:año|ejercicio) fiscal\b|"
         r"\bthe current fiscal year\b|\bfiscal year to date\b|\bthe new fiscal year\b|"
         r"\bel nuevo año fiscal\b|"
         # "el actual año fiscal estadounidense", "el presente ejercicio fiscal"
         r"\bel (?:actual|presente|corriente) (?:año|ejercicio) fiscal\b|"
         r"\bel (?:año|ejercicio) fiscal (?:actual|corriente|presente)\b",
         lambda: (Period.fiscal_year(fy_now),), ()),
        # "Next fiscal year", "the coming fiscal year": the one after the one under way.
        (r"\b(?:next|the (?:coming|upcoming|next)) fiscal year\b|"
         r"\bel (?:próximo|siguiente) año fiscal\b",
         lambda: (Period.fiscal_year(fy_now + 1),), ()),
        # In a text about fiscal years, the fiscal year last ended too ("8 percent fewer …
        # last fiscal year … fell 35 percent, to 108,026, last year"); so too from October
        # to December, when the fiscal year just ended is the past year the agencies report
        # ("más de 24 mil chinos fueron aprehendidos … el año pasado", in November 2023:
        # FY2023's 24,314).
        # "This past year": from October to January, the fiscal year last ended (in
        # December 2019, FY2019; in January 2023, FY2022, or calendar 2022); later in the
        # year, the calendar year before, or the fiscal year last ended.
        (r"\bthis past year\b",
         lambda: (Period.fiscal_year(last_ended_fiscal_year(ref)),) if ref.month >= 10 or
         ref.month == 1 else (Period.year(ref.year - 1),),
         ((Period.year(ref.year - 1),),) if ref.month == 1 else () if ref.month >= 10 else
         ((Period.fiscal_year(last_ended_fiscal_year(ref)),),)),
        (r"\blast year\b|\b(?:el|del|al) año pasado\b|\b(?:el|del|al) pasado año\b",
         lambda: (Period.year(ref.year - 1),),
         ((Period.fiscal_year(fiscal_year_of(ref) - 1),),) if fiscal_context or
         ref.month >= 10 or _AGENCY_YEAR.search(low) else ()),
        # "In just the last calendar year", "el año calendario pasado": the calendar year
        # before the text's, alone.
        (r"\b(?:the )?(?:last|previous|prior|past) calendar year\b|"
         r"\b(?:el|del|al) (?:año calendario|año natural) (?:pasado|anterior)\b|"
         r"\b(?:el|del|al) (?:último|pasado) año (?:calendario|natural)\b",
         lambda: (Period.year(ref.year - 1),), ()),
        # "Al final del año se habrá detenido a un millón", "by the end of the year": the
        # year under way, whole (a projection).
        (r"\b(?:al final|a finales|al cierre|al término) del? (?:presente |este )?año\b|"
         r"\bby (?:the )?end of (?:the|this) year\b|\bby year['’]?s end\b",
         lambda: (Period.year(ref.year),), ()),
        # "This year": the calendar year; in a sentence about fiscal years ("from the fiscal
        # year 2016 to this year"), the fiscal year too (in October, the one just ended).
        (r"\bthis year\b|\beste año\b(?! fiscal)|\bso far this year\b|\ben lo que va (?:del|de) "
         r"(?:presente |actual )?año\b(?! fiscal)|\bel presente año\b|\bthe current year\b|"
         # ("Desde principios de año": the year so far.)
         r"\bdesde (?:principios|inicios|comienzos|el (?:inicio|comienzo)) (?:de|del) "
         r"(?:este |presente )?año\b",
         lambda: (Period.year(ref.year),),
         # (... and in a count said to have piled up, "this year we already arrested 400000
         # people": the fiscal year's so far too, as the agencies count.)
         ((Period.fiscal_year(fiscal_year_of(last)),),) if fiscal_context or re.search(
             r"\b(?:already|so far|to date|thus far|ya|hasta ahora|en lo que va)\b", low)
         else ()),
        # "So far this calendar year", "el año calendario en curso": the calendar year alone.
        (r"\b(?:so far )?this calendar year\b|\bthe current calendar year\b|"
         r"\b(?:este|el presente|el actual) año (?:calendario|natural)\b|"
         r"\bel año (?:calendario|natural) (?:en curso|actual)\b",
         lambda: (Period.year(ref.year),), ()),
        # "Last month": the last that had ended; said before its figures were out, the one
        # before too ("last month, CBP reported the highest monthly total … of 239,416", on
        # 10 July 2022, before June's figures: May's).
        # (Not "April 2024, the last month with information available": a gloss of the
        # month named.)
        (r"\b(?:in|over|during) the past month\b|"
         r"\blast month\b(?!\s+(?:with|for which|of|that has|con|del que|de la que)\s+"
         r"(?:\w+\s+){0,2}?(?:information|data|figures|numbers|información|datos|cifras|"
         r"available|disponibles?))|\b(?:el|al|del) (?:mes pasado|pasado mes)\b",
         lambda: (Period.month(last.year, last.month),),
         ((month_of(add_months(last, -1)),),) if ref.day < PUBLISHED_BY_DAY else ()),
        (r"(?<!during )\bthis month\b|\beste mes\b|\bin the current month\b|"
         r"\ben lo que va (?:del|de este) mes\b",
         lambda: (Period.month(ref.year, ref.month),), ()),
        # "A month later", "al mes siguiente": the month after one named before it (see
        # ``_qualified``); with none named, no period.
        (_NEXT_MONTH, lambda: (), ()),
        (PREVIOUS_MONTH.pattern, lambda: (Period.month(last.year, last.month),), ()),
    ]
    for pattern, make, alternatives in relatives:
        each(pattern, lambda m, make=make, alternatives=alternatives: add(
            m, "relative", make(), alternatives=alternatives))
    # "Year to date … below last year's pace": the months so far, of the calendar year or
    # of the fiscal year (the figures decide), so that "the same period last year" is the
    # same months a year before, not the whole of last year.
    calendar_so_far = _span(dt.date(last.year, 1, 1), last)
    fiscal_so_far = _span(Period.fiscal_year(fiscal_year_of(last)).start, last)
    each(r"\byear[- ]to[- ]date\b", lambda m: add(
        m, "relative", (calendar_so_far,),
        alternatives=((fiscal_so_far,),) if fiscal_so_far != calendar_so_far else ()))
    # "Two years ago", "hace dos años": that calendar year, or the fiscal year as long ago.
    def years_ago(m: re.Match) -> None:
        word = m.group("n").lower()
        n = COUNTS.get(word) or (int(word) if word.isdigit() else 1)
        add(m, "year", (Period.year(ref.year - n),),
            alternatives=((Period.fiscal_year(fiscal_year_of(ref) - n),),))
    each(YEARS_AGO, lambda m: years_ago(_Either(m)))
    # "Desde hace 2 años", "for the past two years now": the months since, up to the last
    # that had ended (not the calendar year two years back).
    def for_years(m: re.Match) -> None:
        word = m.group("n").lower()
        n = COUNTS.get(word) or (int(word) if word.isdigit() else 1)
        if 0 < n <= 10:
            add(m, "range", (_span(add_months(last, -(12 * n - 1)), last),))
    each(r"\bdesde hace\s+(?P<n>" + _COUNT_RE + r")\s+años\b", for_years)

    # "The most recent data … reveals …", "the latest figures": the latest month's release
    # (the latest three months are the other reading).
    each(r"\b(?:the\s+)?(?:most recent|latest) (?:monthly\s+)?(?:data|figures|numbers|totals|"
         r"statistics)\b",
         lambda m: add(m, "relative", (Period.month(last.year, last.month),),
                       alternatives=((_span(add_months(last, -2), last),),),
                       extra={"latest_figures": True}))
    # "Recent totals", "in recent months", "los últimos meses": the latest three months
    # (the checker takes the latest the store holds).
    each(r"\b(?:recent (?:totals|months|numbers|figures|levels|data)|in recent months|"
         r"(?:en\s+)?(?:los\s+)?(?:últimos|recientes) meses|(?:the\s+)?past few months)\b",
         lambda m: add(m, "recent", (_span(add_months(last, -2), last),)))
    # "Now", "today", "a year ago" in a sentence that names no other period: the last month
    # that had ended (late in a month, the month under way), or that month a year earlier.
    now = ref.replace(day=1) if ref.day >= CURRENT_MONTH_FROM_DAY else last
    each(r"\b(?:now|today|currently|these days|at (?:the|this) moment|at present|ahora|"
         r"hoy(?: en día)?|actualmente|en (?:este|estos) momentos?|en la actualidad)\b",
         lambda m: add(m, "now", (Period.month(now.year, now.month),)))

    # "Our Border Patrol agents are apprehending 4,500 to 6,000 illegal aliens per day",
    # said mid-month: the month under way, or the last that had ended.
    def present_pace(m: re.Match) -> None:
        under_way = ref.replace(day=1)
        add(m, "now", (Period.month(under_way.year, under_way.month),),
            alternatives=((Period.month(last.year, last.month),),)
            if under_way != last else ())
    each(r"\b(?:are|is|están|está)\s+(?:now\s+|currently\s+|ahora\s+)?(?:apprehending|"
         r"encountering|arresting|catching|detaining|seeing|deteniendo|aprehendiendo|"
         r"arrestando|recibiendo|registrando)\b(?=[^.;]*\b(?:per|a|each|every|al|por|cada)\s+"
         r"(?:day|día|dia|week|semana|month|mes)\b)", present_pace)

    # "Than when he left office", "que cuando la administración anterior dejó el cargo": the
    # last month of the presidency before the one under way.
    def left_office(m: re.Match) -> None:
        terms = _us_terms(ref)
        if len(terms) >= 2:
            end = terms[-2][1]
            add(m, "month", (Period.month(end.year, end.month),),
                note="the last month of the previous presidency")
    each(r"\bwhen (?:he|she|the (?:previous|prior|last) administration|(?:president )?"
         r"(?:trump|biden|obama)) left office\b|\bcuando (?:la administración anterior|el "
         r"gobierno anterior|(?:el )?(?:presidente )?(?:trump|biden|obama)|él) dej[óo] el "
         r"(?:cargo|poder)\b", left_office)

    # Presidencies: "under Trump", "the Biden administration", "durante el gobierno de Trump".
    def presidency(m: re.Match) -> None:
        name = _PRESIDENT_NAMES.get(m.group("name").replace("ó", "o"), m.group("name"))
        name = _PRESIDENT_NAMES.get(name, name)
        period = _presidency(name, ref)
        if period:
            shown = "López Obrador" if name == "amlo" else name.title()
            add(m, "presidency", (period,), note=f"{shown} presidency",
                alternatives=_term_in_fiscal_years(period))
    each(r"\b(?:under|during|durante|bajo|con)\s+(?:the\s+|el\s+|la\s+)?(?:(?:gobierno|"
         r"administración|mandato|presidencia|sexenio)\s+(?:del?\s+)?)?(?:president\s+|"
         r"(?:el\s+|la\s+)?president[ea]\s+)?(?:donald\s+|joe\s+|barack\s+|andrés manuel\s+|"
         r"claudia\s+|ronald\s+|bill\s+|jimmy\s+|george\s+w\.\s+)?" + _NAME_RE +
         r"(?:\s+administration)?\b"
         r"(?!['’]s\s+(?:last|final|first|second|primer|segundo)\b)", presidency)
    # ("Under the Obama and Trump administrations": each its own.)
    each(r"\b(?:the\s+)?" + _NAME_RE + r"\s+(?:administrations?|era|years|presidency|tenure|"
         r"term|white house)\b", presidency)

    # "The lowest monthly total of his presidency", "su gobierno": the president the
    # sentence (else the text before it) named, else the US one in office at the text's date.
    def pronoun_presidency(m: re.Match) -> None:
        named = list(re.finditer(_NAME_RE, low[:m.start()]))
        name = named[-1].group("name").replace("ó", "o") if named else president
        name = _PRESIDENT_NAMES.get(name or "", name)
        if name is None:
            terms = _us_terms(ref)
            if not terms:
                return
            name = next(n for n, ts in PRESIDENCIES.items() if terms[-1] in ts)
        period = _presidency(name, ref) if name in PRESIDENCIES else None
        if period:
            add(m, "presidency", (period,), note=f"{name.title()} presidency",
                alternatives=_term_in_fiscal_years(period))
    # ("… than former President Donald Trump did throughout his entire four-year
    # administration")
    each(r"\b(?:under|during|of|in|since|throughout|durante|bajo|de|en)\s+(?:his|her|su)\s+"
         r"(?:(?:entire|whole|full|(?:four|eight)[- ]year|two[- ]term)\s+){0,2}(?:presidency|"
         r"administration|term|tenure|time in office|presidencia|gobierno|mandato|"
         r"administración)\b", pronoun_presidency)
    # "In the months since Inauguration Day", "desde la toma de posesión": the term of the
    # president named, else of the one in office at the text's date.
    each(r"\bsince\s+(?:the\s+)?inauguration(?:\s+day)?\b|\bdesde\s+(?:el\s+día\s+de\s+)?"
         r"(?:la|su)\s+(?:toma\s+de\s+posesión|investidura)\b", pronoun_presidency)
    # "Mr. Biden has racked up …": a president as the one who counted, over his term.
    each(r"\b(?:mr\.?|president|presidente)\s+" + _NAME_RE + r"\s+(?:has|had|have)\s+"
         r"(?:racked up|overseen|presided over|seen|recorded|registered|allowed)\b",
         presidency)
    # "Obama's eight years", "Biden's presidency", "Trump's term".
    each(r"\b" + _NAME_RE + r"(?:'s|’s)\s+(?:(?:eight|four|two|full|entire|whole)\s+)?"
         r"(?:administration|era|years|presidency|tenure|term|time in office)\b", presidency)
    # "The second-lowest monthly number on Biden's watch".
    each(r"\bon\s+(?:president\s+)?" + _NAME_RE + r"(?:'s|’s)\s+watch\b", presidency)
    # ("Since U.S. president Joe Biden took office", "since former President Trump …")
    each(r"\bsince\s+(?:(?:u\.s\.|us|american|former|then[- ])\s*)?(?:president\s+)?"
         r"(?:donald\s+|joe\s+|barack\s+)?" + _NAME_RE +
         r"(?:\s+(?:(?:has|had)\s+)?" + _TOOK + r"\s+(?:office|control|power)|(?:'s|’s)\s+"
         # "Since President Biden has been in office", "since Trump was inaugurated"
         r"inauguration|\s+(?:has|had)\s+been\s+in\s+(?:office|the\s+white\s+house)|"
         r"\s+was\s+(?:inaugurated|sworn in))\b",
         presidency)
    # "Desde que Donald Trump llegó al poder", "desde la llegada de Biden a la Casa Blanca".
    each(r"\bdesde\s+que\s+(?:el\s+)?(?:president[ea]\s+)?(?:donald\s+|joe\s+|barack\s+|"
         r"andrés manuel\s+|claudia\s+)?" + _NAME_RE + r"\s+" + _TOOK_ES + r"\b", presidency)
    each(r"\bdesde\s+la\s+llegada\s+(?:de|del)\s+(?:presidente\s+)?(?:donald\s+|joe\s+|"
         r"barack\s+)?" + _NAME_RE + r"\b", presidency)
    each(r"\b" + _NAME_RE + r"-era\b", presidency)
    # "Obama's first term", "during his second term", "el primer mandato de Trump": the term
    # named (an eight-year presidency split at four years).
    def term(m: re.Match) -> None:
        raw = m.group("name")
        if raw is None:
            named = list(re.finditer(_NAME_RE, low[:m.start()]))
            raw = named[-1].group("name") if named else president
        name = _PRESIDENT_NAMES.get((raw or "").replace("ó", "o"), raw)
        name = _PRESIDENT_NAMES.get(name or "", name)
        if name not in PRESIDENCIES:
            return
        second = m.group("which").lower() in ("second", "segundo")
        which = "second" if second else "first"
        terms = PRESIDENCIES[name]
        start, end = terms[1 if second and len(terms) == 2 else 0]
        if len(terms) == 1 and start.month == 1 and end.year - start.year == 8:
            # Two US terms held as one presidency: the first four years, or the last.
            middle = start.replace(year=start.year + 4)
            start, end = (middle, end) if second else (start, middle)
        elif len(terms) == 1 and second:
            return  # one term only (a sexenio, or a four-year presidency)
        end = min(end, last_ended_month(ref))
        if not _begun((start, end), ref) or end < start:
            return
        add(m, "presidency", (Period.span(start, end),),
            note=f"{name.title()}'s {which} term")
    each(r"\b(?:(?:" + _NAME_RE + r")(?:'s|’s)|his|her)\s+(?P<which>first|second)\s+"
         r"(?:term|administration|presidency)\b", term)
    each(r"\b(?:el\s+|su\s+)(?P<which>primer|segundo)\s+(?:mandato|gobierno|periodo|"
         r"período)(?:\s+(?:de|del presidente)\s+(?:donald\s+|barack\s+|joe\s+)?"
         + _NAME_RE + r")?\b", term)
    # "The previous administration", "la administración anterior": the presidency before
    # the one under way at the text's date.
    def previous_presidency(m: re.Match) -> None:
        terms = _us_terms(ref)
        if len(terms) >= 2:
            start, end = terms[-2]
            add(m, "presidency", (Period.span(start, end),),
                note="the previous presidency")
    each(r"\b(?:(?:under|during|durante|bajo|con)\s+)?(?:the\s+|la\s+|el\s+)?(?:(?:previous|"
         r"prior|last)\s+administration|(?:administración|gobierno|presidencia)\s+"
         r"(?:anterior|pasada|previa))\b", previous_presidency)
    # The term under way, unnamed: "the current administration", "en los últimos cuatro
    # años de la actual administración" (its months so far). Mexico's, in a sentence on
    # Mexico's own figures; else the US's.
    def current_term(m: re.Match) -> None:
        mexican = re.search(r"\b(?:inm|segob|upm|m[eé]xico|mexican[oa]?s?|sexenio|"
                            r"gobernaci[oó]n)\b", low)
        terms = sorted(t for name in (("amlo", "sheinbaum", "fox", "calderon", "pena nieto")
                                      if mexican else PRESIDENCIES)
                       for t in PRESIDENCIES[name] if _begun(t, ref) and (
                           mexican or t[0].month == 1))
        last = last_ended_month(ref)
        if not terms or last < terms[-1][0]:
            return
        start = terms[-1][0]
        add(m, "presidency", (_span(start, min(last, terms[-1][1])),),
            note="the presidency under way")
    each(r"\b(?:(?:in|during|over|en|durante)\s+)?(?:(?:the|los)\s+(?:last|past|últimos)\s+"
         r"(?:" + _COUNT_RE + r")\s+(?:years|años)\s+(?:of|de)\s+)?(?:the\s+|la\s+|el\s+|esta\s+|"
         r"este\s+)?(?:(?:current|present|this)\s+administration|(?:actual|presente)\s+"
         r"(?:administración|gobierno)|(?:administración|gobierno)\s+actual|"
         r"(?<=esta )administración|(?<=este )gobierno)\b", current_term)
    # The start of a term: "the first full month of my administration" (February 2017,
    # the first month wholly in it), "los primeros seis meses del gobierno de Trump". A
    # term with no name is the US one under way at the text's date.
    def term_start(m: re.Match) -> None:
        term = _term_named(m.group("name"), ref)
        if term is None:
            return
        start, end = term
        whole = bool(m.group("full") or m.group("full2") or not m.group("n"))
        if start.month == 1 and whole:
            start = add_months(start, 1)  # a US term begins on 20 January
        count = m.group("n")
        n = COUNTS.get(count or "", 0) or (int(count) if count and count.isdigit() else 1)
        if m.group("unit").startswith(("year", "año")):
            n *= 12
        last = min(add_months(start, n - 1), end, last_ended_month(ref))
        # "Biden's first nine months in office" may count from January, the month he took
        # office, or from February, the first he held whole: the figure decides.
        later = add_months(start, 1)
        other = min(add_months(later, n - 1), end, last_ended_month(ref))
        alternatives = ((_span(later, other),),) if start.month == 1 and not whole and \
            other >= later and other != last else ()
        if last >= start:
            add(m, "range", (_span(start, last),), alternatives=alternatives,
                note="the first months of a presidency")
    _termword = r"(?:administration|presidency|term|gobierno|administración|mandato|presidencia)"
    _who = r"(?:president\s+|(?:el\s+)?presidente\s+)?(?:donald\s+|joe\s+|barack\s+)?"
    each(r"\b(?:(?:in|during|over|en|durante)\s+)?(?:the\s+|el\s+|los\s+|ese\s+|that\s+)?"
         r"(?:first|primer|primeros)\s+(?:(?P<n>" + _COUNT_RE + r")\s+)?(?P<full>full\s+|"
         r"completos?\s+)?(?P<unit>months?|years?|mes(?:es)?|años?)(?P<full2>\s+(?:completos?|"
         r"enteros?))?\s+"
         r"(?:of|in|de|del)\s+(?:the\s+|la\s+|el\s+)?(?:" + _termword
         + r"\s+(?:del?\s+)?(?:(?:actual|current)\s+)?" + _who + _NAME_RE + r"|" + _who
         + r"(?:" + _NAME_RE.replace("?P<name>", "?P<name2>")
         + r")(?:'s|’s)?\s+" + _termword + r"|(?:my|his|her|this|mi|su|este|esta)\s+"
         + _termword + r"|(?:mandatario|presidente|president)(?:\s+(?:en la casa blanca|in the "
         r"white house))?)\b", lambda m: term_start(_Either(m)))
    # "Since Biden and Harris' first full month in office", "desde el primer mes completo de
    # su gobierno": from the first month wholly in the term to the last that had ended.
    def since_term_start(m: re.Match) -> None:
        term = _term_named(m.group("name"), ref)
        if term is None:
            return
        start, end = term
        start = add_months(start, 1) if start.month == 1 else start
        last = min(end, last_ended_month(ref))
        if last > start:
            # (A since: "the lowest since President Biden's first full month in office"
            # ranks from it.)
            add(m, "since", (_span(start, last),), extra={"month": start},
                note="the first months of a presidency")
    each(r"\b(?:since|desde)\s+(?:(?:(?:president|presidente)\s+)?(?:" + _NAME_RE
         + r")(?:\s+(?:and|y)\s+[a-z]+)?(?:'s|'|’s|’)?|"
         r"(?:his|her|their))\s+first\s+full\s+month\s+in\s+office\b|"
         r"\bdesde\s+el\s+primer\s+mes\s+completo\s+(?:de|del)\s+(?:su\s+)?(?:gobierno|mandato)"
         r"(?:\s+de\s+" + _NAME_RE.replace("?P<name>", "?P<name2>") + r")?\b",
         lambda m: since_term_start(_Either(m)))
    # "During his first 23 months in office", "en sus primeros seis meses de gobierno".
    each(r"\b(?:(?:in|during|over|en|durante)\s+)?(?:my|his|her|their|su|sus)\s+(?:first|primer|"
         r"primeros)\s+(?:(?P<n>" + _COUNT_RE + r")\s+)?(?P<full>full\s+|completos?\s+)?"
         r"(?P<unit>months?|years?|mes(?:es)?|años?)(?P<full2>)(?P<name>)\s+(?:in office|en el "
         r"cargo|de (?:gobierno|mandato))\b", term_start)
    # The end of a term: "the last year of the Biden administration", "Biden's final full
    # year in office", "el último año de la presidencia de Joe Biden", "los últimos 3 meses y
    # medio de la presidencia anterior". Its last year is the last fiscal year inside the
    # term (how the figures are published), or the last calendar year; its last months run
    # to the month it ended in.
    def term_end(m: re.Match) -> None:
        word = (m.group("name") or "").replace("ó", "o")
        if word:
            name = _PRESIDENT_NAMES.get(word, word)
            terms = [t for t in PRESIDENCIES.get(name, []) if t[1] < ref.replace(day=1)]
        else:  # "the previous administration": the term before the one under way
            terms = _us_terms(ref)[:-1]
        if not terms:
            return
        start, end = terms[-1]
        count = m.group("n")
        if m.group("unit").startswith(("year", "año")) and not count:
            fy = end.year if end.month >= 9 else end.year - 1
            cy = end.year if end.month == 12 else end.year - 1
            add(m, "fiscal_year", (Period.fiscal_year(fy),),
                alternatives=((Period.year(cy),),), note="the last year of a presidency")
            return
        n = COUNTS.get(count or "", 0) or (int(count) if count and count.isdigit() else 1)
        if m.group("unit").startswith(("year", "año")):
            n *= 12
        n += 1 if m.group("half") else 0  # "3 meses y medio": the month it began in too
        add(m, "range", (_span(max(start, add_months(end, 1 - n)), end),),
            note="the last months of a presidency")
    _term_of = (r"(?:\s+(?:in office|en el cargo))?\s+(?:of|in|de|del)\s+(?:the\s+|la\s+|el\s+)?"
                r"(?:(?:gobierno|administración|mandato|presidencia|sexenio)\s+(?:de\s+)?)?"
                r"(?:president\s+|(?:el\s+)?presidente\s+)?(?:donald\s+|joe\s+|barack\s+)?")
    _last = (r"\b(?:(?:in|during|over|en|durante)\s+)?(?:the\s+|el\s+|los\s+)?"
             r"(?:last|final|último|últimos)\s+(?:(?P<n>"
             + _COUNT_RE + r")\s+)?(?:full\s+)?(?P<unit>years?|months|años?|meses)"
             r"(?P<half>\s+y\s+medio|\s+and\s+a\s+half)?(?:\s+(?:completos?|enteros?))?")
    each(_last + _term_of + _NAME_RE + r"(?:(?:'s|’s)?\s+(?:administration|presidency|term))?"
         r"\b", term_end)
    each(_last + r"\s+(?:of|in|de|del)\s+(?:the\s+|la\s+|el\s+)?(?:(?:previous|prior|last)\s+"
         r"(?:administration|presidency)|(?:presidencia|administración|gobierno|mandato)\s+"
         r"anterior)(?P<name>)\b", term_end)
    each(r"\b" + _NAME_RE + r"(?:'s|’s)\s+(?:last|final)\s+(?:(?P<n>" + _COUNT_RE +
         r")\s+)?(?:full\s+)?(?P<unit>years?|months)(?P<half>)(?:\s+in office)?\b", term_end)
    # "Trump's first year", "Biden's first full year in office"; "the Obama Administration
    # ... in its last year": a term named by its president, or by the presidency the
    # sentence named before the pronoun.
    each(r"\b" + _NAME_RE + r"(?:'s|’s)\s+(?:first|primer)\s+(?:(?P<n>" + _COUNT_RE +
         r")\s+)?(?P<full>full\s+)?(?P<unit>years?|months?)(?:\s+in office)?\b",
         lambda m: term_start(_Either(m)))

    def its_term_end(m: re.Match) -> None:
        named = list(re.finditer(_NAME_RE, low[:m.start()]))
        if named:
            term_end(_Named(m, named[-1].group("name")))
    each(r"\b(?:in\s+)?(?:its|his|her|su)\s+(?:last|final|último)\s+(?:full\s+)?(?P<unit>year|año)"
         r"(?P<n>)(?P<half>)(?:\s+in office)?\b", its_term_end)

    # "Since he took office", "desde que inició su gobierno": the presidency of the
    # president the sentence names.
    named = re.search(_NAME_RE, low)
    if named:
        def took_office(m: re.Match) -> None:
            name = _PRESIDENT_NAMES.get(named.group("name").replace("ó", "o"),
                                        named.group("name"))
            period = _presidency(name, ref)
            if period:
                add(m, "presidency", (period,), note=f"{name.title()} presidency",
                alternatives=_term_in_fiscal_years(period))
        each(r"\bsince (?:he|she|they) (?:(?:has|have|had) )?" + _TOOK + r" (?:office|power)\b|"
             r"\bdesde que " + _TOOK_ES + r"\b",
             took_office)
    # "Just one month after President Biden took office", "dos meses después de que López
    # Obrador asumió": the month that many months on from the one the term began in.
    def months_after_office(m: re.Match) -> None:
        term = _term_named(m.group("name"), ref)
        word = m.group("n").lower()
        n = int(word) if word.isdigit() else COUNTS.get(word, 1)
        if term is None:
            return
        month = add_months(term[0], n)
        if month <= last_ended_month(ref):
            add(m, "month", (Period.month(month.year, month.month),),
                note="months after the term began")
    each(r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|a|un|uno|dos|tres|cuatro|cinco|seis)\s+"
         r"(?:months?|mes(?:es)?)\s+(?:after|since|despu[eé]s de que|luego de que)\s+"
         r"(?:(?:president[ea]?|el presidente|la presidenta)\s+)?(?:[\w.'’]+\s+){0,2}?"
         + _NAME_RE + r"\s+(?:" + _TOOK + r"\s+(?:office|power)|was sworn in|"
         r"asumi[óo](?: el cargo| la presidencia)?|lleg[óo] al poder|tom[óo] posesi[óo]n)",
         months_after_office)
    each(r"\b(?:el|la)\s+(?:gobierno|administración|mandato|presidencia|sexenio)\s+(?:de\s+)?"
         r"(?:donald\s+|joe\s+|andrés manuel\s+|claudia\s+)?" + _NAME_RE + r"\b", presidency)

    # "An increase of nearly 60 percent over the previous May", "frente al mayo anterior":
    # the May a year before the latest one.
    def previous_named_month(m: re.Match) -> None:
        day = _month_before(ref, MONTHS[m.group("month") or m.group("month2")])
        add(m, "month", (Period.month(day.year - 1, day.month),),
            note="the same month a year before")
    each(rf"\b(?:(?:over|than|from|since|with|to|in)\s+)?(?:the\s+)?(?:previous|prior|preceding)"
         rf"\s+{_MONTH_RE}\b(?!\s*\d)|\b(?:(?:frente|respecto|comparad[oa]|con)\s+(?:a|al|con)?"
         rf"\s*)?(?:el\s+)?(?:mes\s+de\s+)?{_MONTH_RE.replace('?P<month>', '?P<month2>')}"
         rf"\s+(?:anterior|previo)\b",
         previous_named_month)
    # A month named alone: "in December", "by January" — the latest such month.
    # "... have been encountered in December", written in December: the month under way.
    # ... and in a sentence that looks ahead ("se espera que los arrestos durante agosto",
    # "on pace to close August at"): the month under way.
    so_far_words = re.search(r"\b(?:have|has) been\b|\bso far\b|\balready\b|\bhan sido\b|"
                             r"\bse han\b|\ben lo que va\b|\bhasta ahora\b|\bse espera\b|"
                             r"\bis expected\b|\bare expected\b|\bon (?:track|pace)\b|"
                             r"\bde continuar\b|\bal cierre del mes\b|\bpara el cierre del mes\b|"
                             r"\bby the end of the month\b|\bquedan? \w+ d[ií]as para (?:terminar|"
                             r"cerrar|concluir)\b|\bwith \w+ days (?:left|remaining)\b", low)

    def bare_month(m: re.Match, under_way: bool = False) -> None:
        name = m.group("month") or m.groupdict().get("m2") or m.groupdict().get("m3")
        month = MONTHS[name]
        day = _month_before(ref, month)
        if month == ref.month and (so_far_words or under_way or re.match(
                r"(?:hasta|through|until)\b", m.group(0), re.IGNORECASE)):
            # ("300.549 personas … hasta diciembre", written on 17 December: so far.)
            day = ref.replace(day=1)
        add(m, "month", (Period.month(day.year, day.month),),
            note=f"the latest {name.title()} before the text's date")
    each(rf"\b(?:in|by|during|for|since|through|until|last|this past|this|from|over|en|desde|"
         rf"hasta|"
         rf"para|de|respecto a|respecto de|frente a|comparad[oa] con|con|hacia|"
         rf"compared (?:to|with)|than|versus|against|(?<=más )que|(?<=menos )que|"
         rf"the (?:whole |entire |full )?month of|el mes (?:completo )?de|"
         # "At the end of June", "in late June", "by mid-June": in the month.
         # (Not "by the end of July": a deadline, as often a projection's as a count's.)
         rf"(?:at|in|around|toward|towards|near)\s+the\s+(?:end|close|start|beginning|"
         rf"middle)\s+of|(?:in|around)\s+(?:early|mid|late)(?=[\s-]))[\s-]+"
         # (Not a day or a year after it, "in March 2019", "en septiembre 25": a count is no
         # day, "en septiembre 25.111 migrantes".)
         rf"{_MONTH_RE}\b(?!\s*\d(?!\d{{0,2}}[.,]\d{{3}}))", bare_month)
    each(rf"\b{_MONTH_RE}(?:'s|’s)", bare_month)

    # "As February comes to a close", "al cierre de febrero": the month under way when it is
    # the text's own month.
    each(rf"\b(?:as|with|while)\s+{_MONTH_RE}\s+(?:comes?|came|draws?|drew|nears?|neared|"
         rf"is\s+coming|is\s+drawing|heads?)\s+(?:to\s+(?:a\s+)?(?:close|an\s+end)|"
         rf"its\s+end)|\bas\s+{_MONTH_RE.replace('?P<month>', '?P<m2>')}\s+(?:ends|"
         rf"closes|wraps\s+up|winds\s+down)\b|"
         rf"\b(?:a\s+punto\s+de\s+(?:concluir|terminar|cerrar)|al\s+(?:cierre|cerrar)\s+"
         rf"(?:de|del\s+mes\s+de))\s+{_MONTH_RE.replace('?P<month>', '?P<m3>')}\b"
         rf"(?!\s*(?:de\s+)?\d)", lambda m: bare_month(m, under_way=True))
    # "After a record December", "a busiest March": the month the superlative names; "the
    # busiest month was October", "el mes con mayor registro fue octubre": the month said to
    # be it.
    # ("The highest August in five years", "of any August": the month the text is about.)
    each(rf"(?:(?<=record )|(?<=peak )|(?<=busiest )|(?<=récord de )|(?<=\bwas )|"
         rf"(?<=\bfue )|(?<=highest )|(?<=lowest )|(?<=\bany )|(?<=any other ))"
         rf"(?!may\s+(?:be|have|not|also|well)\b){_MONTH_RE}\b"
         rf"(?!\s*(?:de\s+)?\d)", bare_month)
    # "August apprehensions were 16 percent higher than July": the month of the count.
    each(rf"\b(?:the\s+)?{_MONTH_RE}(?=\s+(?:encounters|apprehensions|arrests|crossings|"
         rf"detentions)\b)", bare_month)
    each(rf"\b(?:the\s+)?{_MONTH_RE}\s+(?=(?:(?:encounters?|apprehensions?|arrests?|border|"
         rf"migration|crossings?)\s+)?(?:figures?|totals?|numbers?|counts?|tally|data|report|"
         rf"level)\b)", bare_month)
    # ("August held near those lows", "y mayo rebasó los 140 mil": a month as the subject;
    # the modal "may" takes no such verb.)
    each(rf"(?:^|(?<=that )|(?<=[.;:,]\s)|(?<=\by )|(?<=\band )){_MONTH_RE}\s+"
         rf"(?=(?:alone\s+|by itself\s+)?(?:was|marks|marked|saw|is|had|brought|broke|set|"
         rf"hit|topped|reached|surpassed|exceeded|held|showed|posted|represented|became|"
         rf"logged|recorded|registered|ended|closed|remained|stayed|continued|followed|"
         rf"dropped|fell|rose|climbed|declined|fue|marcó|registró|rompió|batió|superó|"
         rf"alcanzó|rebasó|cerró|terminó|mostró|se mantuvo)\b)", bare_month)
    each(rf"\b{_MONTH_RE}\s+(?:months?|meses|pasado)\b", bare_month)
    # "Similar to that of April, when arrests totaled 11,629", "la de abril, cuando": the
    # month a "when" clause hangs on.
    # (Not "between October, when the fiscal year began, and the end of December": a run.)
    each(rf"(?<!between )(?<!from )(?<!since )(?<!entre )(?<!desde )(?<!de )\b(?!may\b)"
         rf"{_MONTH_RE}(?=,?\s+(?:when|cuando)\b)", bare_month)
    each(rf"\bpasado\s+{_MONTH_RE}\b(?!\s*(?:de\s+)?\d)", bare_month)
    # "que octubre del pasado año", "October of last year": the year words say it is a month
    # (the year itself is set by `_qualified`), whatever stands before it.
    each(rf"\b(?!may\b){_MONTH_RE}(?=\s+(?:de\s+|del\s+|of\s+)?(?:este|ese|el|this|last)?\s*"
         rf"(?:año pasado|pasado año|year|año)\b)", bare_month)

    # "The previous year", "the same period last year", "year-on-year", "the same months
    # three years ago": a period named in the sentence before it, shifted back; with none
    # named, the extractor shifts the period the text named last.
    def shifted(m: re.Match) -> None:
        word = (m.group("n") or "").lower()
        n = COUNTS.get(word) or (int(word) if word.isdigit() else 1)
        add(m, "shift", (), extra={"years": -n,
                                   "whole_year": bool(m.group("prev"))})
    each(r"\b(?:the\s+)?(?:previous|prior|preceding|last) (?:fiscal )?year['’]?s?\s+"
         r"(?:to[- ]date|year[- ]to[- ]date)\b|"  # "compared to the prior fiscal year to date"
         r"\b(?P<prev>the (?:previous|prior|preceding) (?:fiscal )?year|the year before|"
         r"el año (?:anterior|previo)|el año fiscal anterior|"
         # ("Un aumento del 214 % respecto al año anterior"; not "sobrepasar al año
         # anterior", where the figure after it is the text's own.)
         r"(?:(?<=respecto )|(?<=frente ))al año (?:anterior|previo|fiscal anterior)|"
         # ("Frente a los 248,000 del año anterior", "el récord del año anterior"; not
         # "diciembre del año anterior", a month's, which ``bare_month`` reads.)
         r"(?<!bre )(?<!ero )(?<!zo )(?<!ril )(?<!yo )(?<!nio )(?<!lio )(?<!sto )"
         r"del año (?:anterior|previo|fiscal anterior))\b|"
         r"\b(?:the\s+)?same (?:(?:[\w-]+[- ]month |time )?period|months?|time frame|timeframe|"
         r"time|stretch)\s+(?:of\s+|in\s+)?(?:the\s+)?"
         r"(?:last|previous|prior) (?:fiscal )?year\b|"
         # ("during the same period the year prior")
         r"\b(?:the\s+)?same (?:period|months?|time)\s+(?:of\s+|in\s+)?the (?:fiscal )?year "
         r"(?:prior|before|earlier)\b|"
         # ("in the same month just one year ago")
         r"\b(?:the\s+)?same (?:period|months?|time)\s+(?:just\s+|only\s+)?(?:a|one|"
         r"(?P<n>" + _COUNT_RE + r")) years? (?:earlier|ago|before)\b|\byear[- ](?:on|over)[- ]"
         r"year\b|\b(?:a|one) year (?:earlier|ago|before)\b|\b(?:a|one) year prior\b|"
         # ("desde más de 30,000 hace un año": a year ago; not "desde hace un año", a span)
         r"(?<!desde )\bhace (?:un|1) año\b|"
         r"\binteranual\b|"
         # "compared to this time last year", "at this point last year"
         r"\b(?:this|that|the same) (?:time|point) (?:last year|a year ago)\b|"
         # "below last year's pace"
         r"\blast year['’]s (?:pace|rate)\b|\bthe pace of last year\b|"
         r"\ba (?:esta|estas) (?:altura|alturas|fecha) del año (?:pasado|anterior)\b|"
         # "El año pasado durante estas mismas fechas", "by this date last year"
         r"\bel año (?:pasado|anterior),?\s+(?:durante|en|para|a)\s+(?:estas|las|esas)\s+"
         r"mismas\s+(?:fechas|alturas)\b|\b(?:durante|en|para|a)\s+(?:estas|las|esas)\s+"
         r"mismas\s+(?:fechas|alturas)\s+del\s+año\s+(?:pasado|anterior)\b|"
         r"\b(?:by|at|on) (?:this|the same) date (?:last year|a year (?:ago|earlier))\b|"
         # ("en ese mismo periodo pero del año pasado")
         r"\b(?:el|al|del|los|las|la|a los|a las|a la|ese|esos|esa|esas) mism[oa]s? (?:periodo|"
         r"período|lapso|mes(?:es)?|temporada|"
         r"trimestre)\s+(?:de tiempo\s+)?(?:,?\s*pero\s+)?(?:del (?:último|pasado) año|"
         r"del año (?:fiscal )?(?:anterior|pasado)|"
         r"el año (?:anterior|"
         r"pasado)|de hace un año|de hace (?P<n2>"
         + _COUNT_RE + r") años|del (?:año|ejercicio) previo)\b|\bun año antes\b|"
         r"\b(?:el )?(?:periodo|período) anterior\b",
         lambda m: shifted(_Either(m)))

    # "Four times more children than just 3 years earlier", "tres años antes": the period
    # named before it, that many years back.
    each(r"\b(?:just\s+|only\s+|apenas\s+|sólo\s+|solo\s+)?(?P<n>(?!(?:a|one|un)\b)"
         + _COUNT_RE + r") (?:years? (?:earlier|before|prior)|años antes)\b"
         # (Not "dos años antes del final de su presidencia": before something else.)
         r"(?!\s+(?:de|del|de la|of|the|to|that|his|her|its|su|la|el)\b)",
         lambda m: shifted(_Either(m)))

    # "Up 205% in a year", "subieron 205% en un año": a change over a year runs from the
    # same period a year before (not "the most in a year", "2 million in a single year").
    def over_a_year(m: re.Match) -> None:
        if _CHANGED_BY.search(m.string, max(0, m.start() - 40), m.start()):
            add(m, "shift", (), extra={"years": -1, "whole_year": False})
    each(r"\b(?:in|within|en) (?:just |only |solo |sólo |apenas )?(?:a|one|un) (?:year|año)\b"
         r"(?!\s+(?:earlier|ago|before|later|after|antes|después|atrás))", over_a_year)

    # "From about 302,000 in December 2023 to roughly 96,000 a year later", "the following
    # year": the period named before it, a year on.
    # ("Twelve months later", "doce meses después": a year on too.)
    each(r"\b(?:a year|twelve months|12 months) later\b|\bthe (?:following|next) year\b|"
         r"\b(?:un año|doce meses|12 meses) (?:después|más tarde)\b",
         lambda m: add(m, "shift", (), extra={"years": 1, "whole_year": False}))

    # "The same month in 2019", "the corresponding period in 2022", "el mismo mes de 2023":
    # the period named before it, in that year.
    def same_months_in(m: re.Match) -> None:
        if not _COUNT_BEFORE.search(m.string, 0, m.start()):
            add(m, "shift", (), extra={"to_year": int(m.group("y")), "years": 0,
                                       "whole_year": False})
    each(r"\b(?:the\s+|(?:todo\s+)?el\s+|los\s+|de\s+)?(?:(?:same|corresponding|mismo|mismos|"
         r"igual)\s+)?(?:months?|"
         r"periods?|time|quarter|mes|meses|periodos?|período|lapso|trimestre|semestre)"
         r"(?:\s+de\s+tiempo)?,?\s+(?:(?:pero|but)\s+)?(?:in|of|de|del|en)\s+"
         r"(?P<y>(?:19|20)\d\d)\b", same_months_in)

    # "The same 10-month period in fiscal 2019", "this same time frame for fiscal year
    # 2024", "by the same point in fiscal year 2014", "el mismo periodo del año fiscal
    # 2019": the months named before it, in that
    # fiscal year (or calendar year, without "fiscal").
    each(r"\b(?:the\s+|this\s+|el\s+|los\s+)?(?:same|corresponding|mismos?)\s+"
         r"(?:[\w-]+[- ]month\s+|time\s+)?(?:period|time frame|timeframe|stretch|months|"
         r"point|periodo|período|lapso|meses)\s+(?:in|of|for|during|del|de|en)\s+(?:the\s+)?"
         r"(?P<fiscal>fiscal(?:\s+year)?|fy|año fiscal|ejercicio fiscal)?\s*'?"
         # ("… during the 2014 fiscal year": the year before the words.)
         r"(?P<y>(?:19|20)\d\d)\b(?P<fiscal2>\s+fiscal\s+year\b)?",
         lambda m: add(m, "shift", (), extra={"to_year": int(m.group("y")), "years": 0,
                                              "whole_year": False,
                                              "fiscal": bool(m.group("fiscal")
                                                             or m.group("fiscal2"))}))

    # "That month", "the same year": the period the text named last (resolved by the
    # extractor, which knows it).
    # ... and "during the year", "for the year", after a sentence that named it.
    # ("… in October 2022, with nearly 60,000 people crossing during this month alone".)
    each(r"\b(?:that|the same) (?:same )?(?:month|year|fiscal year|period)\b|"
         r"\bduring this (?:same |very )?month(?= alone\b)|"
         r"\b(?:during|for|over|throughout) the (?:whole |entire |full )?year\b(?!\s+(?:before|"
         r"earlier|ago|ending|ended|that|to|of|which)\b)(?!\s*[\d'’])|"
         r"\b(?:ese|aquel) (?:mismo )?(?:mes|año fiscal|año|periodo|período)\b|"
         r"\bel mismo (?:mes|año|periodo|período)\b(?! (?:del año|de \d|del \d))",
         lambda m: add(m, "anaphor", ()))
    # ("… 7,000 people were apprehended … last month. That's only about 226 … a day": the
    # figure the sentence before gave, of its period; a figure's, not a relation's.)
    each(r"^\W*(?:that|this)(?:['’]s|\s+is)\b",
         lambda m: add(m, "anaphor", (), extra={"figure_only": True}))

    # A bare year: fiscal or calendar, by context; the other reading is kept.
    def bare_year(m: re.Match) -> None:
        year = int(m.group("y"))
        fy, cy = (Period.fiscal_year(year),), (Period.year(year),)
        primary, other = (fy, cy) if fiscal_context else (cy, fy)
        add(m, "year", primary, alternatives=(other,))
    each(r"\b(?P<y>(?:19|20)\d\d)\b(?!\s*(?:million|millones|thousand|%|percent))", bare_year)
    # When the figures came out, not what they count: "las cifras de fin de año
    # proporcionadas este mes", "data released this week" (another time is named).
    found = [t for t in found if not (
        _RELEASED_WHEN.search(low, max(0, t.start - 30), t.start) and re.fullmatch(
            r"this month|this week|today|este mes|esta semana|hoy", t.words.strip())
        and any(o is not t and o.periods for o in found))]
    if any(t.kind not in ("now", "anaphor") for t in found):
        # (Unless a dash, a semicolon or "when" sets the other times apart: "Sixty-five
        # percent of apprehensions are now single adults — a complete reversal from
        # earlier this year, when 65 percent were family units".)
        others = [t for t in found if t.kind not in ("now", "anaphor")]
        # ("Más bajos hoy que cuando la administración anterior dejó el cargo": the other
        # time's own words open on "cuando".)
        found = [t for t in found if t.kind != "now" or all(
            _APART.search(low, min(t.end, o.end), max(t.start, o.start)) or
            _APART.match(low, max(t.start, o.start)) for o in others)]
    if any(t.extra.get("to_date") for t in found):
        # ("Year-to-date … between February 2018 and February 2019": the words said it.)
        found = [t for t in found if not _YEAR_TO_DATE.fullmatch(t.words)]
    found = _through(sorted(found, key=lambda t: t.start), low)
    if posted:
        # (The day the figures were posted is no period counted.)
        found = [t for t in found if not posted.start() <= t.start < posted.end()]
    found = [_with_stat(t, low) for t in _qualified(_not_report_dates(
        _not_appositions(_terms_by_their_years(found, low), low), low), low, counted)]
    found = [_so_far_by(t, low, fiscal_context) for t in _through_month_of_year(
        _until_then(_term_until(_year_to_date_of(found, low, ref), low), low), low)]
    # "The most recent figures …: 958,795 expulsions … through the end of August in Fiscal
    # Year 2021": a span that ends with the latest month says what the latest figures cover.
    found = [t for t in found if not t.extra.get("latest_figures") or not any(
        o is not t and o.kind in ("range", "since") and o.periods and
        o.periods[-1].end == t.periods[0].end for o in found)]
    # ("Recent data indicates that … has decreased by 35% from January to Sept. 25": the
    # data's source, the period the sentence names.)
    found = [t for t in found if not (t.kind == "recent" and re.fullmatch(
        r"recent (?:data|figures|numbers|totals)", t.words) and any(
        o.kind == "range" for o in found))]
    found = _its_months(sorted(found, key=lambda t: t.start), low)
    found = _resolve_shifts(found, ref, low)
    if is_base is not None:
        found = _set_in_a_year(found, sentence, ref, is_base)
    found = _run_to_last_month(_month_of_that_year(found, sentence, year_before), low)
    found = _months_later(found, low, ref)
    return _last_of_the_month_counted(_last_one_before(found), counted)


# "… peaked at 27,000 in June 2014, the numbers dropped below 5,000 just three months
# later", "tres meses después": months counted on from the month named before.
_MONTHS_LATER = re.compile(r"\b(?P<n>" + _COUNT_RE + r"|a)\s+months?\s+later\b|\b(?P<es>"
                           + _COUNT_RE + r")\s+mes(?:es)?\s+(?:después|más tarde)\b")


def _months_later(found: list[TimeRef], low: str, ref: dt.date) -> list[TimeRef]:
    """The month "N months later" than the one month named before it in the sentence."""
    out = list(found)
    for m in _MONTHS_LATER.finditer(low):
        word = m.group("n") or m.group("es")
        n = 1 if word == "a" else int(word) if word.isdigit() else COUNTS.get(word, 0)
        before = [t for t in found if t.end <= m.start() and t.kind == "month"
                  and len(t.periods) == 1]
        if not n or not before or any(t.start <= m.start() < t.end for t in found):
            continue  # (not again what another rule read)
        day = add_months(before[-1].periods[0].start, n)
        if day > last_ended_month(ref):
            continue
        out.append(TimeRef(m.group(0), m.start(), m.end(), "month", (month_of(day),)))
    return sorted(out, key=lambda t: t.start)


def _run_to_last_month(found: list[TimeRef], low: str) -> list[TimeRef]:
    """"From October of last year through last month", "desde octubre hasta el mes pasado":
    the run of months from the one named to the last month."""
    out: list[TimeRef] = []
    for t in found:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "month" and t.kind == "relative" and \
                len(prev.periods) == len(t.periods) == 1 and t.periods[0].kind == "month" \
                and prev.periods[0].end < t.periods[0].start and t.start >= prev.end and \
                re.match(r"(?:from|between|desde|de|entre)\b", prev.words) and re.fullmatch(
                    r"\s*(?:through|thru|to|until|till|and|hasta|a|al|y)\s+(?:el\s+)?",
                    low[prev.end:t.start]):
            out[-1] = replace(prev, kind="range", words=prev.words + low[prev.end:t.end],
                              end=t.end, periods=(_span(prev.periods[0].start,
                                                        t.periods[0].start),))
            continue
        out.append(t)
    return out


def _last_one_before(found: list[TimeRef]) -> list[TimeRef]:
    """"In August, CBP recorded 232,972 … a 14% increase compared to last August", "en
    agosto … frente al agosto pasado": a month called the last one, after the sentence named
    that same month (by its name or as "last month"), is the one a year before; so is one
    set against "this" same month after it ("from last April to this April")."""
    out = []
    this = [u for u in found if u.kind == "month" and re.fullmatch(r"(?:this|este)\s+\w+",
                                                                   u.words)]
    for t in found:
        if t.kind == "month" and len(t.periods) == 1 and re.fullmatch(
                r"(?:last|el\s+pasado|al\s+pasado)\s+\w+|(?:(?:el|al|del)\s+)?\w+\s+pasado",
                t.words) and (any((u.kind == "month" or u.kind == "relative" and re.search(
                    r"\b(?:month|mes)\b", u.words)) and u.periods == t.periods
                                  and u.end <= t.start for u in out) or any(
                    u.periods == t.periods and u.start >= t.end for u in this)):
            t = replace(t, periods=(t.periods[0].shifted_years(-1),),
                        note="the same month a year before")
        out.append(t)
    return out


# "In June that year", "en junio de ese año": the month of the year named just before.
_THAT_YEAR = re.compile(r"\s*(?:of\s+)?that (?:same )?year\b|\s*(?:de|del)\s+(?:ese|aquel|dicho|"
                        r"mismo)\s+año\b", re.IGNORECASE)


def _month_of_that_year(refs: list[TimeRef], text: str,
                        year_before: Period | None = None) -> list[TimeRef]:
    """"During the 2014 unaccompanied minor crisis, when there were 16,330 apprehensions in
    June that year": June 2014, the year the sentence named before, not the latest June;
    with none in the sentence, the year the text named before it ("… the peak in 2000.
    In March of that year alone, some 220,000 …")."""
    out = []
    for r in refs:
        month = month_named(r.words)
        bare = r.kind == "month" and month is not None and len(r.periods) == 1 and \
            not re.search(r"\d", r.words)
        year = None
        if bare and _THAT_YEAR.match(text, r.end):
            year = next((y for y in reversed(out) if y.end <= r.start and
                         y.kind in ("year", "month", "fiscal_year") and len(y.periods) == 1
                         and re.search(r"\d{4}", y.words)), None) or (
                TimeRef("", 0, 0, year_before.kind, (year_before,))
                if year_before is not None and year_before.kind in ("year", "fiscal_year")
                else None)
        elif bare:
            # "The previous October low of 26,039 in Fiscal Year 2018": the month of the year
            # its figure is said to be in.
            year = next((y for y in refs if y.start >= r.end and y.kind in (
                "year", "fiscal_year") and len(y.periods) == 1 and _RECORD_OF_A_YEAR.fullmatch(
                    text, r.end, y.start)), None)
        if year is not None and month is not None:
            p = Period.month(_year_of_month(year, month), month)
            r = replace(r, periods=(p,), alternatives=())
        out.append(r)
    return out


_RECORD_OF_A_YEAR = re.compile(r"\s+(?:record\s+)?(?:low|high|peak|record)\s+of\s+"
                               r"(?:about\s+|around\s+|nearly\s+|some\s+)?\d[\d,.]*\s+"
                               r"(?:[a-z]+\s+){0,2}?(?:in|during)\s+", re.IGNORECASE)


def month_named(words: str) -> int | None:
    """The month a time expression's words name ("June that year" → 6), if any."""
    return next((MONTHS[w] for w in words.lower().split() if w in MONTHS), None)


def _last_of_the_month_counted(found: list[TimeRef], counted: Period | None) -> list[TimeRef]:
    """"Border Patrol encountered 56,530 in October. The arrests … fell more than 70% from
    188,749 last October", said in November: the October a year before the one the text
    counts, not that October again."""
    if counted is None:
        return found
    return [replace(t, periods=(counted.shifted_years(-1),), alternatives=())
            if t.kind == "month" and list(t.periods) == [counted] and
            _LAST_MONTH.fullmatch(t.words) else t for t in found]


# "Last October", "el pasado octubre", "octubre pasado".
_LAST_MONTH = re.compile(r"(?:last|el\s+pasado|pasado)\s+\w+|(?:el\s+)?\w+\s+pasado",
                         re.IGNORECASE)


def _set_in_a_year(refs: list[TimeRef], text: str, ref: dt.date,
                   is_base: Callable[[TimeRef, list[TimeRef]], bool]) -> list[TimeRef]:
    """"In 2024, Mexico detained 80,000 migrants in March", "los de 2024, cuando Guatemala
    cerró el año con 76.768 (71.980 hasta noviembre)": a month named without a year, after
    the one year the sentence is set in, is that year's month, not the latest such month
    before the text's date."""
    frames = [r for r in refs if r.kind in ("year", "fiscal_year") and len(r.periods) == 1
              and _FRAME_BEFORE.search(text[max(0, r.start - 12):r.start])
              and not is_base(r, refs)]
    if len(frames) != 1 or any(r.kind == "since" for r in refs):
        return refs
    year, out = frames[0], []
    if _NEXT_ITEM.match(text, year.end):
        # "114,000 arrests in fiscal year 2021 and 164,837 arrests in the month of October":
        # the year is one item's, the month the next one's, not a month of that year.
        return refs
    for r in refs:
        month = month_named(r.words)
        if r.kind == "month" and r.start > year.end and month is not None and \
                len(r.periods) == 1 and not re.search(r"\d", r.words):
            p = Period.month(_year_of_month(year, month), month)
            if p.start < ref.replace(day=1) and p != r.periods[0]:
                r = replace(r, periods=(p,), alternatives=())
        elif r.kind == "range" and r.start > year.end and len(r.periods) == 1 and \
                _MONTH_RUN.fullmatch(r.words) and not re.search(r"\d", r.words):
            # "In Fiscal Year 2024, Yuma saw over 19,000 encounters from October through
            # December": October–December 2023, the fiscal year's first months.
            first, last = r.periods[0].start.month, r.periods[0].end.month
            start = dt.date(_year_of_month(year, first), first, 1)
            end = dt.date(_year_of_month(year, last), last, 1)
            if start <= end and end < ref.replace(day=1) and (start, end) != (
                    r.periods[0].start, r.periods[0].end):
                p = Period.span(start, end)
                r = replace(r, periods=(p,), alternatives=())
        out.append(r)
    return out


_NEXT_ITEM = re.compile(r"\s*,?\s*(?:and|y|while|mientras(?: que)?)\s+(?:(?:over|about|more "
                        r"than|nearly|some|almost|casi|más de|unos|unas|cerca de)\s+)?\d",
                        re.IGNORECASE)


def _year_of_month(year: TimeRef, month: int) -> int:
    """The calendar year of a month of the (fiscal) year a sentence is set in, or of the
    year of a month named before ("December 2016 … in June that year")."""
    # By the period, not the words: a bare "2014" read as the fiscal year is one too.
    p = year.periods[0]
    return p.month_in(month).start.year if p.kind == "fiscal_year" else p.start.year


# A run of months named without a year: "from October through December", "de enero a marzo".
_MONTH_RUN = re.compile(r"(?:from|between|de|desde|entre|del)?\s*(?:" + "|".join(
    sorted(MONTHS, key=len, reverse=True)) + r")\.?\s*(?:to|through|thru|until|and|-|–|a|al|y|"
    r"hasta)\s*(?:" + MONTH_NAMES + r")\.?",
    re.IGNORECASE)


# What sets a sentence in a year: "In 2024,", "durante 2023", "los de 2024".
# ("During the 2014 crisis under President Obama, … did not surpass 8,000 until May,
# reaching a peak of 10,620 in June": the year the sentence is set in, said as an
# attribute.)
_FRAME_BEFORE = re.compile(r"(?:^|\b(?:in|during|for|en|durante|de|del))\s*(?:el\s+|la\s+|"
                           r"the\s+)?$",
                           re.IGNORECASE)


def _its_months(found: list[TimeRef], low: str) -> list[TimeRef]:
    """"60% of FY2025's apprehensions were in its first three months", "sus últimos cuatro
    meses": months said of a year named before them in the sentence are that year's first (or
    last) months (October to December 2024), not the calendar year's or the latest ones."""
    for m in _ITS_MONTHS.finditer(low):
        year = next((y for y in reversed(found) if y.end <= m.start() and y.kind in (
            "year", "fiscal_year") and len(y.periods) == 1), None)
        n = COUNTS.get(m.group("n")) or int(m.group("n"))
        if year is None or not 0 < n < year.periods[0].months:
            continue
        whole = year.periods[0]
        first = m.group("which") in ("first", "primeros")
        start = whole.start if first else add_months(whole.start, whole.months - n)
        found = [t for t in found if t.end <= m.start("which") or t.start >= m.end()]
        found.append(TimeRef(m.group(0)[m.start("which") - m.start():], m.start("which"),
                             m.end(), "range", (_span(start, add_months(start, n - 1)),)))
    return sorted(found, key=lambda t: t.start)


_ITS_MONTHS = re.compile(r"\b(?:its|sus)\s+(?P<which>first|last|final|primeros|últimos)\s+"
                         r"(?P<n>" + _COUNT_RE + r")\s+(?:months|meses)\b"
                         r"(?!\s+(?:of|de|del)\b)")


_BY_BEFORE = re.compile(r"\b(?:by|through|up to|hasta|(?:al|del|el) cierre del?)\s+"
                        r"(?:the end of\s+|finales de\s+|fines de\s+|(?:el\s+)?mes de\s+)?$")


def _year_to_date_of(found: list[TimeRef], low: str, ref: dt.date) -> list[TimeRef]:
    """"Fiscal Year 2023 year-to-date apprehensions": that year's months so far, one span
    (not the calendar year to date)."""
    out: list[TimeRef] = []
    for t in found:
        prev = out[-1] if out else None
        if prev is not None and prev.kind in ("fiscal_year", "year") and len(prev.periods) == 1 \
                and t.kind == "relative" and re.fullmatch(r"year[- ]to[- ]date|ytd", t.words,
                                                          re.IGNORECASE) and \
                re.fullmatch(r"\s*", low[prev.end:t.start]) and \
                (part := so_far(prev.periods[0], ref)) is not None:
            out[-1] = replace(prev, words=low[prev.start:t.end], end=t.end, kind="range",
                              periods=(part,), alternatives=())
            continue
        out.append(t)
    return out


def _term_until(found: list[TimeRef], low: str) -> list[TimeRef]:
    """"Desde la toma de posesión hasta finales de marzo", "since the inauguration through
    February": the term up to the month named, one span."""
    out: list[TimeRef] = []
    for t in found:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "presidency" and t.kind == "month" and \
                len(prev.periods) == 1 and len(t.periods) == 1 and \
                prev.periods[0].start < t.periods[0].start <= prev.periods[0].end and \
                re.fullmatch(r"\s*,?\s*(?:hasta|through|thru|to|until|till)\s+(?:(?:a\s+)?finales\s+|"
                             r"(?:el\s+)?fin(?:al)?\s+|the\s+end\s+of\s+)?(?:de\s+)?",
                             low[prev.end:t.start] + re.match(r"(?:de\s+|of\s+)?",
                                                              t.words).group(0)):
            out[-1] = replace(prev, words=low[prev.start:t.end], end=t.end, kind="range",
                              periods=(_span(prev.periods[0].start, t.periods[0].end),),
                              alternatives=())
            continue
        out.append(t)
    return out


def _until_then(found: list[TimeRef], low: str) -> list[TimeRef]:
    """"Less than 10 percent … until FY2014, when they increased to over 15 percent": the
    state before the year named, so the year before it (the year is the next clause's)."""
    out = []
    for t in found:
        when = re.match(r"\s*,\s*(?:when|cuando)\b", low[t.end:])
        if t.kind in ("year", "fiscal_year") and len(t.periods) == 1 and when and re.search(
                r"\b(?:until|till|hasta)\s+(?:el\s+|the\s+)?$", low[max(0, t.start - 10):t.start]):
            # (The year itself is the "when" clause's.)
            at = t.end + when.end() - len(when.group(0).split()[-1])
            out += [replace(t, periods=(t.periods[0].shifted_years(-1),), alternatives=()),
                    TimeRef(low[at:t.end + when.end()], at, t.end + when.end(), t.kind,
                            t.periods)]
            continue
        out.append(t)
    return sorted(out, key=lambda t: t.start)


def _through_month_of_year(found: list[TimeRef], low: str) -> list[TimeRef]:
    """"958,795 expulsions … through the end of August in Fiscal Year 2021", "hasta agosto
    del año fiscal 2021": that year's months up to the one named, one span."""
    out: list[TimeRef] = []
    for t in found:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "month" and t.kind in ("fiscal_year", "year") \
                and len(t.periods) == 1 and len(prev.periods) == 1 and \
                t.periods[0].start < prev.periods[0].start and \
                t.periods[0].contains(prev.periods[0].start) and t.start >= prev.end and \
                re.fullmatch(r"\s*,?\s*(?:in|of|for|during|del?|en)\s+(?:the\s+|el\s+)?",
                             low[prev.end:t.start]) and _BY_BEFORE.search(
                    low[max(0, prev.start - 30):prev.start] + re.match(
                        r"(?:by|through|thru|up to|hasta|al cierre de)?\s*", prev.words).group(0)):
            out[-1] = TimeRef(low[prev.start:t.end], prev.start, t.end, "range",
                              (_span(t.periods[0].start, prev.periods[0].end),))
            continue
        if t.kind == "month" and len(t.periods) == 1 and re.search(
                r"\b(?:fiscal|fy)\b", t.words) and _BY_BEFORE.search(
                    low[max(0, t.start - 30):t.start]):
            # (One expression: "August in fiscal year 2021".)
            month = t.periods[0]
            first = Period.fiscal_year(fiscal_year_of(month.end)).start
            if first < month.start:
                t = replace(t, kind="range", periods=(_span(first, month.end),))
        out.append(t)
    return out


def _so_far_by(t: TimeRef, low: str, fiscal_context: bool) -> TimeRef:
    """"925,085 detention events by August 2024": the month, or the year so far to it (the
    figure decides)."""
    if t.kind != "month" or len(t.periods) != 1 or t.alternatives or not _BY_BEFORE.search(
            low[max(0, t.start - 30):t.start] + re.match(
                r"(?:by|through|thru|up to|hasta|al cierre de)?\s*", t.words).group(0)):
        return t
    month = t.periods[0]
    start = Period.fiscal_year(fiscal_year_of(month.end)).start if fiscal_context else \
        dt.date(month.end.year, 1, 1)
    if start >= month.start:
        return t
    return replace(t, alternatives=((_span(start, month.end),),))


# Verbs of saying, in the past or present: who said a figure, before when it was said or
# what ("CBP said in late May that …", "informó el mes pasado que …", "dijo que, …").
SAID_VERBS = (r"said|says|reported|reports|announced|stated|states|noted|added|explained|"
              r"revealed|released|showed|shows|show|indicates|indicated|indicate|suggests|"
              r"suggested|finds|found|confirmed|confirms|muestra|muestran|mostró|indica|"
              r"indican|revela|revelan|dijo|inform[óo]|report[óo]|señal[óo]|indic[óo]|anunci[óo]|"
              r"explic[óo]|detall[óo]|precis[óo]|asegur[óo]|destac[óo]|revel[óo]|public[óo]|"
              r"declar[óo]|dio cuenta|dio a conocer")


# "El INM dio cuenta, a mediados de junio, de ...", "CBP said in late May that ...": the
# day a figure was reported, not the period it counts.
_REPORTED = re.compile(r"\b(?:" + SAID_VERBS + r")\W+(?:\w+\W+){0,2}"
                       r"(?:a\s+|in\s+|en\s+)?(?:mediados|principios|finales|mid|early|late)"
                       r"[\s-]+(?:de\s+|of\s+)?$")


# "In fiscal year 2023, which ended in September": the month says when the year ended.
# "Que concluyó el pasado 30 de septiembre", "which ended on the 30th of September".
# "The government's budget year ended Sept. 30", "el año fiscal que finalizó en septiembre".
_DESCRIBES = re.compile(r"\b(?:which|that|year|fy\s?\d{2,4}|fiscal\s+\d{4})\s+(?:ended|began|"
                        r"started|ends|begins|closes|close|end)(?:\s+(?:on|in))?"
                        r"(?:\s+the\s+\d{1,2}(?:st|nd|rd|th)?\s+of)?\s*$|"
                        # "For the first six months of this fiscal year, ending in March"
                        r",\s*(?:ending|beginning|starting)(?:\s+(?:on|in))?\s*$|"
                        r"\b(?:que|y|año|fiscal|\d{4})\s+(?:terminó|concluyó|empezó|comenzó|inició|"
                        r"termina|concluye|finalizó|finaliza|cerró|acabó|concluirá|terminará|"
                        r"cerrará|cierra|cierre|termine|concluya|finalice)"
                        r"(?:\s+(?:el|en))?(?:\s+pasado)?(?:\s+\d{1,2}(?:\s+de)?)?\s*$|"
                        # "before that rule expired in May", "border actions I announced in
                        # June": when something happened, not a month counted.
                        # (Not a start a later "since then" counts from: "entró en vigor
                        # en marzo de 2020. Desde entonces, …".)
                        r"\b(?:expired|(?:was|were)\s+lifted|announced|(?:was|were)\s+(?:signed|"
                        r"issued)|expiró|venció|anunció|anuncié)(?:\s+(?:on|in|en|el))?\s*$")
# The year of such a date: "FY23, which began on October 1, 2022" counts no 2022 of its own.
_DESCRIBED_DAY = re.compile(r"\b(?:ended|began|started|ends|begins|terminó|concluyó|empezó|"
                            r"comenzó|inició|finalizó)\s+(?:on\s+|el\s+)?(?:[a-z]+\.?\s+\d{1,2}"
                            r"(?:st|nd|rd|th)?,?|\d{1,2}\s+de\s+[a-z]+(?:\s+de(?:l)?)?)\s*$")


# "CBP revealed earlier this month that April …", "announced last month that 42,649 …",
# "informó el mes pasado que …": when it was said, not what was counted.
_SAID_THEN = re.compile(r"\b(?:" + SAID_VERBS + r")\s+(?:earlier\s+|late\s+|early\s+)?$")
_THAT = re.compile(r",?\s+(?:that|que)\b")


# A source cited with its year: "la Secretaría de Gobernación (2023)", "Pew (2024)".
_CITED_BY_YEAR = re.compile(
    r"(?:secretar[ií]a|gobernaci[oó]n|segob|cbp|dhs|ohss|inm|upm|pew|unhcr|acnur|oim|iom|"
    r"wola|mpi|gao|crs|cbo|instituto|institute|ministerio|ministry|department|departamento|"
    r"office|oficina|center|centro|council|consejo|report|informe|et al\.?)\s*\($")


# "Its latest figures, posted Feb. 2, 2023, show … in the previous four months": the day
# the figures were published, which the sentence's relative times count from.
_POSTED_ON = re.compile(r"\b(?:posted|published|released|updated|publicad[oa]s?|difundid[oa]s?)"
                        r"\s+(?:on\s+|el\s+)?" + _MONTH_RE + r"\s+(?P<day>\d{1,2}),?\s+"
                        r"(?P<year>(?:19|20)\d\d)\b")


def _posted_on(m: re.Match | None) -> dt.date | None:
    if m is None:
        return None
    try:
        return dt.date(int(m.group("year")), MONTHS[m.group("month")], int(m.group("day")))
    except ValueError:
        return None


def _cited_year(t: TimeRef, low: str) -> bool:
    """A year in brackets after a source's name: when it was published, not counted."""
    return t.kind == "year" and low[t.end:t.end + 1] == ")" and bool(
        _CITED_BY_YEAR.search(low[max(0, t.start - 60):t.start]))


def _not_report_dates(found: list[TimeRef], low: str) -> list[TimeRef]:
    return [t for t in found if not _cited_year(t, low) and not (
        t.kind == "month" and (_REPORTED.search(
        # (With the words before the month's name that the time holds: "in late May".)
        low[max(0, t.start - 60):t.start] + re.match(
            r"(?:(?:in|by|at|around|de)\s+)?(?:(?:the\s+(?:end|close|start|beginning|middle)\s+"
            r"of|early|mid|late)[\s-]+)?", t.words, re.IGNORECASE).group(0).lower())
        or _DESCRIBES.search(low[max(0, t.start - 30):t.start])) or (
        t.kind in ("year", "relative") and _DESCRIBED_DAY.search(
            low[max(0, t.start - 40):t.start])) or (
        t.kind == "relative" and _SAID_THEN.search(low[max(0, t.start - 30):t.start])
        and _THAT.match(low, t.end)))]


# "2024, el último año con registros completos", "in fiscal 2023, the latest full year":
# words after a year that describe it.
_DESCRIBES_THE_YEAR = re.compile(
    r"(?:the|its|el|su)\s+(?:last|latest|most recent|último|ultimo|más reciente)\s+"
    r"(?:full\s+|complete\s+)?(?:fiscal\s+)?(?:year|año)\b")


# The US terms by their first and last years: (2001, 2009) → January 2001 to January 2009.
_US_TERMS_BY_YEARS = {(start.year, end.year): (start, end) for spans in PRESIDENCIES.values()
                      for start, end in spans if start.month == 1}
# Words that make a span of years a term of office: a president's name, or the term itself.
_TERM_WORDS = re.compile(NAME_RE + r"|\b(?:mandatos?|presidencia|gobierno|administraci[oó]n|"
                         r"administration|presidency|term)\b")


def _terms_by_their_years(found: list[TimeRef], low: str) -> list[TimeRef]:
    """"George W. Bush (2001-2009)", "Entre 2009 y 2017, durante dos mandatos como
    presidente, Barack Obama": a span of years that runs from a US term's first year to its
    last, beside a president's name or a term's words, is that term (its months, or the
    yearly tables' fiscal years), not nine calendar years."""
    out = []
    for t in found:
        p = t.periods[0] if len(t.periods) == 1 else None
        if t.kind in ("range", "year") and p is not None and p.start.month == 1 and \
                p.end.month == 12 and (p.start.year, p.end.year) in _US_TERMS_BY_YEARS and \
                _TERM_WORDS.search(low, max(0, t.start - 80), min(len(low), t.end + 80)):
            start, end = _US_TERMS_BY_YEARS[(p.start.year, p.end.year)]
            term = Period.span(start, end)
            t = replace(t, kind="presidency", periods=(term,),
                        alternatives=_term_in_fiscal_years(term, every=True))
        out.append(t)
    return out


def _not_appositions(found: list[TimeRef], low: str) -> list[TimeRef]:
    """A year and, after a comma, words that describe it ("según los datos de 2024, el
    último año con registros completos") are one period: the description is no period of
    its own (here, not the twelve months before the text's date)."""
    out: list[TimeRef] = []
    for t in found:
        prev = out[-1] if out else None
        if prev is not None and prev.kind in ("since", "month") and t.kind in ("range", "month") \
                and t.start >= prev.end and prev.periods and t.periods and \
                t.periods[0].start == prev.periods[0].start and re.fullmatch(
                    r"\s*,\s*(?:[\w'’.]+\s+){0,3}", low[prev.end:t.start]) and re.match(
                    r"\s*(?:[,;]|\.?\s*$)", low[t.end:]):
            # "Since February 2021, President Biden's first full month in office, …": the
            # words between commas (or ending the sentence) describe the month; the period
            # is the one named.
            continue
        if prev is not None and prev.kind in ("year", "fiscal_year") and t.start >= prev.end \
                and re.fullmatch(r"\s*,\s*", low[prev.end:t.start]) and \
                _DESCRIBES_THE_YEAR.match(low, t.start):
            continue
        if prev is not None and prev.kind in ("year", "fiscal_year") and t.kind == "range" \
                and len(prev.periods) == len(t.periods) == 1 and t.start >= prev.end and \
                prev.periods[0].start <= t.periods[0].start and \
                t.periods[0].end <= prev.periods[0].end and re.fullmatch(
                    r"\s*(?:year|año)?\s*,?\s*(?:in|from|en|de|desde)?\s*", low[prev.end:t.start]):
            # "Since the start of … fiscal 2021 year in October 2020 through August": the
            # months named within the year are the period.
            out[-1] = t
            continue
        if prev is not None and prev.kind == "recent" and t.kind != "recent" and t.periods and \
                t.start >= prev.end and re.fullmatch(r"\s*,?\s*", low[prev.end:t.start]):
            # "En los últimos meses, desde el comienzo del año fiscal, …": the period named
            # says which months "recent" were.
            out[-1] = t
            continue
        if prev is not None and prev.kind == "presidency" and t.kind in ("range", "year") and \
                t.start >= prev.end and re.fullmatch(r"\s*,?\s*\(\s*", low[prev.end:t.start]):
            # "Bajo el mandato del presidente Ronald Reagan (1981-1989)": the term's years,
            # said of it in brackets.
            continue
        if prev is not None and prev.kind == "relative" and t.kind in (
                "range", "fiscal_year", "year", "month") and t.start >= prev.end and \
                re.fullmatch(r"\s*\(\s*(?:entre|between|from|de|del|desde|i\.e\.,?|es decir,?)?"
                             r"\s*", low[prev.end:t.start]) and re.match(r"\s*\)", low[t.end:]):
            # "En los 12 meses del año fiscal (entre octubre de 2022 y septiembre de 2023)":
            # the period in brackets is the one the words describe.
            out[-1] = t
            continue
        if prev is not None and prev.kind == "fiscal_year" and t.kind == "range" and \
                len(prev.periods) == len(t.periods) == 1 and \
                (prev.periods[0].start, prev.periods[0].end) == (
                    t.periods[0].start, t.periods[0].end) and \
                re.fullmatch(r"\s*\(\s*", low[prev.end:t.start]):
            # "El año fiscal 2013 (1 de octubre del 2012 a 30 de septiembre del 2013)": the
            # year's own dates, said of it in brackets.
            continue
        if prev is not None and prev.kind == "month" and t.kind == "fiscal_year" and \
                len(t.periods) == 1 and t.periods[0].contains(prev.periods[0].start) and \
                re.fullmatch(r"\s*\(\s*", low[prev.end:t.start]) and \
                re.match(r"\s*\)", low[t.end:]):
            # "Compared to December 2021 (Fiscal Year 2022)": the month's fiscal year, said
            # of it in brackets, is no period of its own.
            continue
        if prev is not None and t.kind == "year" and len(t.periods) == 1 and \
                t.start == prev.end + 1 and re.search(r"(?:este|this)\s+año$|this\s+year$",
                                                      prev.words, re.IGNORECASE) and \
                all(p.start.year == t.periods[0].start.year for p in prev.periods):
            # "Entre enero y abril de este año 2022": the year restates "este año".
            continue
        out.append(t)
    return out


_NEXT_MONTH = (r"\b(?:(?:a|one) month later|(?:in\s+)?the (?:next|following) month|(?:al|el) mes "
               r"siguiente|(?:al|el) siguiente mes|(?:apenas\s+)?un mes (?:después|más tarde))\b")


def _qualified(found: list[TimeRef], low: str,
               counted: Period | None = None) -> list[TimeRef]:
    """"De enero a mayo de este año": "this year" says which year the months are of; it is
    no period of its own. ("A month later" is the month after the one named before it, in
    the sentence or, ``counted``, the text.)"""
    out: list[TimeRef] = []
    for t in found:
        if out and t.kind == "relative" and out[-1].kind in ("range", "month") and re.fullmatch(
                r"\s*(?:de|del|of)?\s*", low[out[-1].end:t.start]) and len(t.periods) == 1 \
                and t.periods[0].kind == "year":
            # "De enero a mayo de este año", "en abril del año pasado": the year says which
            # year the months are of.
            year = t.periods[0].start.year
            prev = out.pop()
            moved = tuple(p.shifted_years(year - p.end.year) for p in prev.periods)
            out.append(replace(prev, periods=moved, end=t.end,
                               words=low[prev.start:t.end]))
            continue
        named = [b for b in out if b.kind == "month" and len(b.periods) == 1]
        if t.kind == "relative" and named and re.search(
                r"(?:mes anterior|previous month|month before|prior month)", t.words):
            # "En enero ..., una disminución respecto al mes anterior": December.
            month = add_months(named[-1].periods[0].start, -1)
            t = replace(t, kind="month", periods=(Period.month(month.year, month.month),))
        if t.kind == "relative" and re.fullmatch(_NEXT_MONTH, t.words):
            # "47,000 in January, but a month later the number fell to 24,000": February;
            # "In July 2018, 9,247 … One month later, that number jumped to 12,774": August.
            before = named[-1].periods[0] if named else counted
            if before is None or before.kind != "month":
                continue
            month = add_months(before.start, 1)
            t = replace(t, kind="month", periods=(Period.month(month.year, month.month),))
        out.append(t)
    return out


# "The peak of the Biden administration", "the Biden-era peak", "the monthly average for the
# years 2021–24", "el promedio mensual del gobierno de Biden": a period's highest month or
# its average month, not its total.
_PEAK_BEFORE = re.compile(r"\b(?:peak|high|highest month|máximo|pico)\s+(?:(?:registrad[oa]|"
                          r"alcanzad[oa]|recorded|reached|seen|set)\s+)?(?:of|during|under|for|"
                          r"de|del|durante|bajo|en)\s+(?:the\s+|el\s+|la\s+)?"
                          # ("the peak of President Joe Biden's administration")
                          r"(?:(?:former\s+|then[- ])?(?:president|presidente)\s+(?:\w+\s+)?)?$")
# "Than in the worst month for apprehensions at the Southwest border in the 13-year period
# between May 2006 and May 2019": that span's highest month, said some words before it.
_PEAK_MONTH_OF = re.compile(r"\b(?:worst|busiest|highest|peak)\s+(?:single\s+)?month\b"
                            r"(?:(?!\b(?:than|que|compared|from)\b)[^.;])*?"
                            r"\b(?:of|during|under|in|between|from|de|del|durante|bajo|en|"
                            r"entre)\s+(?:the\s+)?(?:\d+-year\s+(?:period|span)\s+)?$")
_PEAK_AFTER = re.compile(r"^(?:'s|’s)?[\s-]*(?:era\s+)?(?:monthly\s+)?(?:peak|high|record high)\b")
_AVERAGE_BEFORE = re.compile(r"\b(?:monthly\s+)?average\s+(?:of\s+(?:about\s+|around\s+|some\s+)?"
                             r"[\d.,]+(?:\s+(?:million|thousand))?\s+(?:\w+\s+)?)?"
                             r"(?:of|during|under|for|in|over|from)\s+"
                             r"(?:the\s+)?(?:years\s+)?$|\bpromedio(?:\s+mensual)?\s+(?:de|del|"
                             r"durante|en)\s+(?:el\s+|la\s+|los\s+)?$|"
                             # "higher than the number of apprehensions per month in the
                             # first quarter of 2016": that span's average month.
                             r"\b(?:per|a|each)\s+month\s+(?:in|during|over|for)\s+(?:the\s+)?$|"
                             r"\b(?:al|por|cada)\s+mes\s+(?:en|durante)\s+(?:el\s+|la\s+)?$|"
                             # "five times the pace of the Obama administration": its
                             # average, over periods as long as the one compared.
                             r"\bpace\s+(?:of|during|under|set\s+(?:by|under))\s+(?:the\s+)?$|"
                             r"\britmo\s+(?:de|del|durante|bajo)\s+(?:el\s+|la\s+)?$")


def _with_stat(t: TimeRef, low: str) -> TimeRef:
    t = _stat_of(t, low)
    if t.extra.get("stat") and len(t.periods) > 1:
        # "the monthly average of the previous four years": one span, not each year.
        t = replace(t, periods=(_span(t.periods[0].start, t.periods[-1].end),))
    return t


def _stat_of(t: TimeRef, low: str) -> TimeRef:
    before, after = low[max(0, t.start - 40):t.start], low[t.end:t.end + 20]
    # (A span's highest month, not a month's own: "its busiest month in 20 years in
    # February 2021" ranks February.)
    span = len(t.periods) == 1 and t.periods[0].months > 1
    if _PEAK_BEFORE.search(before) or _PEAK_AFTER.match(after) or span and _PEAK_MONTH_OF.search(
            low, max(0, t.start - 120), t.start) or (re.search(
            r"\b(?:peak|high|máximo|pico)\s+(?:(?:registrad[oa]|alcanzad[oa]|recorded|reached|"
            r"seen|set)\s+)?$", before) and re.match(r"(?:of|during|under|for|de|del|durante|"
                                                   r"bajo|en)\b", t.words)) or re.search(
            # "far above the previous high in May 2019": that month was the peak.
            r"\b(?:previous|prior|earlier|former|old|anterior)\s+(?:record\s+)?(?:peak|high)\s+"
            r"(?:(?:recorded|reached|seen|set)\s+)?(?:in|of)\s+$", before):
        return replace(t, extra=t.extra | {"stat": "peak"})
    if _AVERAGE_BEFORE.search(before) or (re.search(
            r"\b(?:monthly\s+)?average\s*$|\bpromedio(?:\s+mensual)?\s*$", before) and re.match(
            r"(?:of|during|under|for|in|over|de|del|durante|bajo)\b", t.words)):
        # "the monthly average during President Biden's administration"
        if t.kind == "presidency" and t.periods and t.periods[0].start.month == 1:
            # A US term begins and ends on 20 January: its average month is taken over
            # the months wholly in it, February to the December before it ended.
            p = t.periods[0]
            end = add_months(p.end, -1) if p.end.month == 1 else p.end
            first = add_months(p.start, 1)
            if first <= end:
                t = replace(t, periods=(_span(first, end),))
        return replace(t, extra=t.extra | {"stat": "average"})
    return t


# The month before, as a base: "the previous month", "el mes anterior" (with no month
# named, the last that had ended; a change's judge takes it as the month before the one the
# text named).
PREVIOUS_MONTH = re.compile(r"\bthe previous month\b|\b(?:el|al|del) mes anterior\b|"
                            r"\bthe month before\b", re.IGNORECASE)
# A change said done, right before how long it took: "have increased almost fivefold",
# "se duplicó".
_DONE_CHANGE = re.compile(r"\b(?:increased|rose|risen|grew|grown|jumped|soared|climbed|fell|"
                          r"fallen|dropped|declined|decreased|plunged|doubled|tripled|"
                          r"quadrupled|aument[óo]|aumentaron|creci[óo]|crecieron|cay[óo]|"
                          r"cayeron|disminuy[óo]|disminuyeron|se duplic\w+|se triplic\w+)\b"
                          r"[^.;]{0,40}$|\b\w+fold\s*$", re.IGNORECASE)
# What may stand between a year and "through <month>" that ends it: the few words naming
# what is counted ("fiscal year 2024 migrant encounters through April").
_COUNTED_BETWEEN = re.compile(
    r"[\s,]*(?:(?!(?:and|or|to|from|y|o|a|de|desde)\b)[^\W\d_][\w'’-]*[\s,]+){0,3}")


def _through(found: list[TimeRef], low: str) -> list[TimeRef]:
    """"Durante la administración Biden ... hasta junio", "since 2021 through March": the
    period begun by the one before, up to the month named."""
    out: list[TimeRef] = []
    for t in found:
        prev = out[-1] if out else None
        # "Fiscal Year 2018 as of June 2018": the year to that month, its year named too.
        as_of = re.fullmatch(r"\s*as of\s*", low[prev.end:t.start]) if prev else None
        if prev is not None and prev.kind in ("year", "fiscal_year") and t.kind == "month" \
                and len(prev.periods) == 1 and len(t.periods) == 1 and \
                t.start >= prev.end and (t.start - prev.end <= 2 or (
                    _COUNTED_BETWEEN.fullmatch(low, prev.end, t.start) and not re.search(
                        r"\d", t.words)) or as_of is not None) \
                and (re.match(r"(?:through|thru|until|up to|hasta)\b", t.words) or as_of):
            # "In calendar year 2021 through November", "en el año 2023 hasta octubre",
            # "fiscal year 2021 through June", "fiscal year 2024 migrant encounters through
            # April", "Fiscal Year 2018 as of June 2018": that year, up to the month named in
            # it.
            year, month = prev.periods[0], t.periods[0].start.month
            end = year.month_in(month).start
            if year.start <= end <= year.end:
                out[-1] = replace(prev, kind="range", words=prev.words + " " + t.words,
                                  end=t.end, periods=(_span(year.start, end),),
                                  alternatives=())
                continue
        if prev is not None and prev.kind == "month" and len(prev.periods) == 1 and \
                t.kind in ("fiscal_year", "relative") and len(t.periods) == 1 and \
                t.periods[0].kind == "fiscal_year" and t.start >= prev.end and \
                re.match(r"(?:through|thru|until|up to|hasta)\b", prev.words) and \
                re.fullmatch(r"\s*(?:of|in|del|de|en)\s+", low[prev.end:t.start]):
            # "Through May of this fiscal year", "hasta mayo del año fiscal 2019": that
            # fiscal year, up to the month named in it.
            year, month = t.periods[0], prev.periods[0].start.month
            end = year.month_in(month).start
            if year.start <= end <= year.end:
                out[-1] = replace(prev, kind="range", words=prev.words + low[prev.end:t.end],
                                  end=t.end, periods=(_span(year.start, end),),
                                  alternatives=())
                continue
        start = next((b for b in reversed(out) if b.kind in ("presidency", "since")), None)
        # ("Under the Biden administration — about 8 million through October 2023": the
        # term up to the month, not the year to it, which "through October 2023" alone is.)
        if t.kind in ("month", "range") and len(t.periods) == 1 and start is not None and \
                re.match(r"(?:through|thru|until|till|up to|hasta)\b", t.words) and \
                start.periods[0].start <= t.periods[0].end and (
                    t.kind == "month" or t.periods[0].start.month in (1, 10)) and \
                start.periods[0].start < t.periods[0].start:
            first, last = start.periods[0].start, t.periods[0].end
            out.append(replace(t, kind="range", periods=(_span(first, last),)))
            continue
        out.append(t)
    return out


# The words that say when figures came out: "released", "proporcionadas", "dadas a conocer".
_RELEASED_WHEN = re.compile(r"\b(?:released|published|issued|provided|made public|"
                            r"proporcionad[oa]s|publicad[oa]s|divulgad[oa]s|difundid[oa]s|"
                            r"dad[oa]s a conocer)\s+$", re.IGNORECASE)
# "A year ago" as the time of a base figure ("… and just over 33,000 a year ago").
_A_YEAR_AGO = re.compile(r"(?:a|one) year (?:ago|earlier|before)|hace (?:un|1) año|un año antes",
                         re.IGNORECASE)
# Words that set a base against the period named before them.
_A_BASE_BETWEEN = re.compile(r"\b(?:" + VERSUS_WORDS + r"|than)\b", re.IGNORECASE)


# Another time in a sentence: a year, a month's name, "last year", "this month", "fiscal".
_OTHER_TIME = re.compile(r"\b(?:(?:19|20)\d\d|fy\s?\d\d|(?:last|this|past|next)\s+(?:month|"
                         r"year)|" + MONTH_NAMES + r")\b")


# A time said by other words: "the last time", "the first time", "it was", "that was".
_ANOTHER_TIME_SAID = re.compile(r"\b(?:last|first|only)\s+time\b|^\W*(?:it|that|this)\s+"
                                r"(?:was|is|had|has)\b")


# A season's first and last months.
_SEASONS = {"spring": (3, 5), "primavera": (3, 5), "summer": (6, 8), "verano": (6, 8),
            "fall": (9, 11), "autumn": (9, 11), "otoño": (9, 11)}


# Who counts by fiscal year in the words: "Last year agents in RGV made 162,000
# apprehensions" (a sector's year is its fiscal year, FY2018's 162,262).
_AGENCY_YEAR = re.compile(r"\b(?:agents?|agentes|sectore?s?|border patrol|patrulla fronteriza|"
                          r"cbp)\b", re.IGNORECASE)


# A shift to the same point of the year before: "this time last year", "a estas alturas del
# año pasado", "by this date last year".
_TO_THIS_POINT = re.compile(r"\b(?:time|point|date)\b|\balturas?\b|\bfechas\b", re.IGNORECASE)


def _resolve_shifts(found: list[TimeRef], ref: dt.date, low: str) -> list[TimeRef]:
    """A shift ("the previous year", "the same period last year") takes the period named
    before it in the sentence, moved back; "the previous year" after a year is the year
    before it, after a month or a run of months the same months a year earlier."""
    out: list[TimeRef] = []
    for t in found:
        if t.kind != "shift":
            out.append(t)
            continue
        # "interanual ... frente al mismo trimestre del año pasado": two words for one base,
        # both shifted from the period named (not the second from the first).
        base = next((b for b in reversed(out) if b.periods and b.kind != "presidency"
                     and not b.extra.get("shifted")), None)
        first = next((b for b in out if b.periods and b.kind != "presidency"), None)
        if base is not None and first is not None and first is not base and \
                "to_year" not in t.extra and _A_YEAR_AGO.fullmatch(t.words.strip()) and \
                _A_BASE_BETWEEN.search(low, first.end, base.start):
            # "188.829 … el mes pasado, frente a las 180.641 de mayo y los poco más de 33.000
            # hace un año": a year before the period compared, not before the other base.
            base = first
        years = t.extra["years"]
        if base is not None and "to_year" in t.extra:
            first = base.periods[0]
            # ("The same 10-month period in fiscal 2019", after the fiscal year to date:
            # the fiscal year the months named fall in.)
            base_year = fiscal_year_of(first.end) if first.kind == "fiscal_year" or \
                t.extra.get("fiscal") else first.start.year
            years = t.extra["to_year"] - base_year
        if base is None and "to_year" in t.extra:
            if re.match(r"(?:the\s+|(?:todo\s+)?el\s+|los\s+)?(?:(?:same|mismos?)\s+)?(?:month|"
                        r"period|time|quarter|point|mes|periodo|período|lapso|trimestre|"
                        r"semestre)",
                        t.words, re.IGNORECASE):
                # "Todo el trimestre de 2023" after a sentence about January to March
                # 2024: the months the text named last, in that year (the extractor knows
                # them; with none, the year).
                out.append(replace(t, kind="anaphor"))
            else:
                year = t.extra["to_year"]
                out.append(replace(t, kind="fiscal_year" if t.extra.get("fiscal") else "year",
                                   periods=(Period.fiscal_year(year) if t.extra.get("fiscal")
                                            else Period.year(year),)))
            continue
        # ("A year earlier, there had been 36,697 such encounters", opening its sentence:
        # the period the text named last, a year back, when there is one; see the
        # extractor's ``_shift_from_text``.)
        opens = bool(re.fullmatch(r"\W*(?:(?:and|but|y|pero)\s+)?", low[:t.start]))
        if opens:
            t = replace(t, extra=t.extra | {"opens": True})
        if base is None and t.words.strip().lower() in ("a year ago", "a year earlier",
                                                        "one year ago", "one year earlier",
                                                        "un año antes", "hace un año"):
            out.append(replace(t, kind="relative", periods=(
                Period.month(ref.year - 1, last_ended_month(ref).month)
                if last_ended_month(ref).year == ref.year else
                Period.month(ref.year - 2, last_ended_month(ref).month),)))
            continue
        if base is None:
            if t.extra.get("whole_year") and re.search(r"fiscal", t.words, re.IGNORECASE):
                # "a 22 percent increase over the previous fiscal year": the one before the
                # last that had ended.
                out.append(replace(t, kind="relative", periods=(
                    Period.fiscal_year(last_ended_fiscal_year(ref) - 1),)))
            elif t.extra.get("whole_year"):
                # "the previous year" with nothing named before it: the year before the
                # text's.
                out.append(replace(t, kind="relative", periods=(Period.year(ref.year - 1),)))
            else:
                out.append(replace(t, kind="anaphor"))
            continue
        if base.kind == "month" and len(base.periods) == 1 and re.search(
                r"to[- ]date", t.words, re.IGNORECASE):
            # "As of August 2021, encounters have increased 325% compared to the prior fiscal
            # year to date": the year to the month named, against the same months before.
            month = base.periods[0]
            start = Period.fiscal_year(fiscal_year_of(month.end)).start if re.search(
                r"fiscal", t.words, re.IGNORECASE) else dt.date(month.start.year, 1, 1)
            widened = replace(base, kind="range", periods=(_span(start, month.end),))
            out[out.index(base)] = widened
            base = widened
        base_periods = base.periods
        if _TO_THIS_POINT.search(t.words) and len(base_periods) == 1 and (
                cut := so_far(base_periods[0], ref)) is not None:
            # "So far this fiscal year, compared to around 2,500 this time last year": the
            # months of the year under way that had ended, a year back.
            base_periods = (cut,)
        periods = tuple(p.shifted_years(years) for p in base_periods)
        if any(o.extra.get("shifted") and o.periods == periods for o in out):
            continue  # the same base said twice
        alternatives = tuple(tuple(p.shifted_years(years) for p in alt)
                             for alt in base.alternatives)
        out.append(replace(t, kind=base.kind if base.kind not in ("relative", "since")
                           else "range", extra=t.extra | {"shifted": True,
                                                          "from": base.periods},
                           periods=periods, alternatives=alternatives))
    return out
