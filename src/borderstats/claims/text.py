"""Reading text: sentences with their offsets, and the numbers in them — written in digits
or words, with the hedge in front ("more than 2 million", "nearly 250,000", "twice")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from borderstats.errors import QueryError

# Sentence ends: . ! ? (and closing quotes) followed by space and a capital/quote/digit,
# or a blank line. Abbreviations that end with a period are protected first.
_ABBREVIATIONS = ("Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.",
                  "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "U.S.", "U.N.", "e.g.", "i.e.",
                  "No.", "vs.", "Gov.", "Sen.", "Rep.", "Gen.", "Lt.", "Jr.", "Sr.", "Inc.",
                  "approx.", "est.", "p.m.", "a.m.", "EE.UU.", "Sr.", "Sra.", "Lic.", "núm.",
                  "Pres.", "Sec.", "Gob.", "Dip.", "Prof.", "Dept.", "Gral.")
# One capital and a dot between a capitalised word (or another initial) and a name:
# "George H. W. Bush", "Then J. Smith said" (not "Plan B. The next month …").
_INITIAL = re.compile(r"(?<![\w.\x00])[A-Z]\.(?=\s+(?P<after>[A-Z][a-z]*\.?)[\s,])")
_WORD_BEFORE = re.compile(r"(?:^|\s)(?P<word>[A-Z][a-z]+|[A-Z][.\x00])\s+$")
_NOT_NAMES = frozenset((
    "The", "This", "That", "These", "Those", "It", "Its", "In", "On", "At", "But", "And", "As",
    "For", "Since", "While", "However", "He", "She", "They", "We", "There", "Some", "A", "An",
    "If", "When", "After", "Before", "During", "El", "La", "Los", "Las", "En", "Por", "Pero",
    "Según", "Este", "Esta", "Esto", "Estos", "Estas", "Durante", "Mientras", "Desde", "Un",
    "Una", "Con", "Sin", "Para"))
_NOT_BEFORE_INITIAL = frozenset((
    "Section", "Plan", "Title", "Table", "Figure", "Group", "Class", "Type", "Appendix", "Part",
    "Exhibit", "Phase", "Article", "Schedule", "Artículo", "Sección", "Título", "Grupo", "Tabla",
    "Anexo", "Fase", "Cuadro", "Gráfica"))
_ENDS_AFTER_ABBREVIATION = re.compile(
    r"(?:U\x00S\x00|U\x00N\x00|EE\x00UU\x00|a\x00m\x00|p\x00m\x00)(?=\s+(?:The|This|That|These|"
    r"Those|It|Its|In|On|At|But|And|As|For|Since|While|However|He|She|They|We|There|Some|"
    r"El|La|Los|Las|En|Por|Pero|Según|Este|Esta|Esto|Estos|Estas|Durante|Mientras|Desde|"
    r"Sin embargo|Además)\b)")
_BOUNDARY = re.compile(r"""(?<=[.!?])["'”’)]*\s+(?=["'“‘(¿¡]?[A-ZÁÉÍÓÚÑ0-9])|\n\s*\n""")

# A month name, its stop, and a day with a comma after it: one date ("September. 30,").
_MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december")
_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "setiembre", "octubre", "noviembre", "diciembre")
# A clause that only says when, stopped off from its sentence as speech is transcribed
# ("... a 60 percent decrease from December. When over 30,000 migrants were apprehended in
# the sector."): it has no comma but a figure's (no main clause of its own) and is no
# question.
_WHEN_FRAGMENT = re.compile(
    r"(?:When|Cuando)\s(?:[^,;:?!¿¡\n]|(?<=\d),(?=\d))*\.(?=[\"'”’)]*(?:\s|$))")
_MONTH_END = re.compile(r"\b(?:" + "|".join(_MONTHS_EN + _MONTHS_ES) + r")\.$", re.IGNORECASE)
# (Not a count that opens the next sentence: "… in June. 2,322 family units were caught".)
_DAY_NEXT = re.compile(r"(?:[12]?\d|3[01]),(?!\d{3}\b)")



# Typographic apostrophes and single quotes ("the nation’s borders", "‘record’") read as the
# plain one: published text uses them far more often than the phrase tables spell them.
# One character for one, so every offset into the text stays valid.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'"})


# A percent sign in brackets after the word ("un 320 por ciento (%) menos"): said twice.
_PERCENT_TWICE = re.compile(r"(?:(?<=percent)|(?<=por ciento))\s*\(%\)", re.IGNORECASE)


# The Congressional Record's typeset fractions: "2\\1/2\\ months" is two and a half.
_RECORD_FRACTION = re.compile(r"(?<=\d)\\(\d)/(\d)\\")


# Other names of the fiscal year: "financial year 2020" (Indian and British usage), "año
# financiero 2024".
_FINANCIAL_YEAR = re.compile(r"\b(?:financial(?= year)|(?<=año )financiero)\b", re.IGNORECASE)


def as_read(text: str) -> str:
    """``text`` as the checker reads it, offsets unchanged: typographic apostrophes made
    plain, a percent sign in brackets after "percent" blanked, "financial year" read as the
    fiscal year, and the Congressional Record's fractions written out ("2\\1/2\\ months":
    "2 1/2  months")."""
    read = _PERCENT_TWICE.sub(lambda m: " " * len(m.group(0)), text.translate(_APOSTROPHES))
    if "financ" in read:
        read = _FINANCIAL_YEAR.sub(lambda m: "fiscal".ljust(len(m.group(0))), read)
    return _RECORD_FRACTION.sub(r" \1/\2 ", read) if "\\" in read else read


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int


def _initial(m: re.Match) -> str:
    before = _WORD_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
    if m.group("after").rstrip(".") in _NOT_NAMES or before is None or \
            before.group("word") in _NOT_BEFORE_INITIAL:
        return m.group(0)
    return m.group(0)[:-1] + "\x00"


def sentences(text: str) -> list[Sentence]:
    """Split into sentences, keeping each one's character offsets into ``text``."""
    masked = text
    for abbr in _ABBREVIATIONS:
        if abbr in masked:
            masked = masked.replace(abbr, abbr.replace(".", "\x00"))
    # "... attempting to cross into the U.S. The apprehension of migrant families ...": an
    # abbreviation that can close a sentence does, before a word no noun phrase goes on with.
    masked = _ENDS_AFTER_ABBREVIATION.sub(lambda m: m.group(0).replace("\x00", "."), masked)
    # A name's initials ("George H. W. Bush", "J. Smith said") end no sentence.
    masked = _INITIAL.sub(_initial, masked)
    out: list[Sentence] = []
    paragraph = 0
    pos = 0
    for match in _BOUNDARY.finditer(masked):
        if _MONTH_END.search(masked, max(0, match.start() - 12), match.start()) and \
                _DAY_NEXT.match(masked, match.end()):
            continue  # "el período que terminó en septiembre. 30, informó": a date
        if masked[match.start() - 1] == "." and "\n" not in match.group(0) and \
                _WHEN_FRAGMENT.match(masked, match.end()):
            continue  # the "When ..." that follows is this sentence's last clause
        _add(out, text, pos, match.start(), paragraph)
        if "\n\n" in masked[match.start():match.end()].replace(" ", "").replace("\t", ""):
            paragraph += 1
        pos = match.end()
    _add(out, text, pos, len(text), paragraph)
    return out


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    # Single newlines inside a paragraph are line wraps, but a line with no end mark
    # (a headline, a byline) is its own sentence.
    chunk = text[start:end]
    offset = start
    for line in re.split(r"(?<=[^.!?:;,\s])[ \t]*\n", chunk):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            s = offset + lead
            out.append(Sentence(stripped, s, s + len(stripped), paragraph))
        offset += len(line) + 1
        while offset < end and text[offset - 1] != "\n" and text[offset] in " \t\n":
            offset += 1


NUMBER_WORDS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    # Spanish
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "veinte": 20, "treinta": 30,
    "cuarenta": 40, "cincuenta": 50, "cien": 100, "medio": 0.5, "once": 11, "doce": 12,
    "quince": 15, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
}
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "k": 1_000,
          "m": 1_000_000, "mil": 1_000, "millón": 1_000_000, "millones": 1_000_000,
          "millon": 1_000_000}
MULTIPLIERS = {
    "twice": 2, "double": 2, "doubled": 2, "doubling": 2, "triple": 3, "tripled": 3,
    "tripling": 3, "quadruple": 4, "quadrupled": 4, "tenfold": 10, "twofold": 2,
    "threefold": 3, "fourfold": 4, "fivefold": 5, "el doble": 2, "duplicó": 2,
    "duplicaron": 2, "se duplicó": 2, "se duplicaron": 2, "triplicó": 3, "triplicaron": 3,
    "se triplicó": 3, "se triplicaron": 3, "el triple": 3, "el cuádruple": 4,
    "cuadruplicó": 4, "cuadruplicaron": 4, "se cuadruplicó": 4, "se cuadruplicaron": 4,
    "quintuple": 5, "quintupled": 5, "sixfold": 6, "sevenfold": 7, "eightfold": 8,
    "el quíntuple": 5, "quintuplicó": 5, "quintuplicaron": 5, "se quintuplicó": 5,
    "se quintuplicaron": 5, "el séxtuple": 6, "sextuplicó": 6, "se sextuplicó": 6,
    # "más del doble", "más del quíntuple": the article is in the hedge.
    "doble": 2, "cuádruple": 4, "quíntuple": 5, "séxtuple": 6,
    # "Roughly two and a half times the fiscal 2019 total".
    "one and a half times": 1.5, "two and a half times": 2.5, "three and a half times": 3.5,
    "dos veces y media": 2.5, "tres veces y media": 3.5,
}
FRACTIONS = {"half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3,
             "a quarter": 0.25, "one quarter": 0.25, "a fifth": 0.2, "two thirds": 2 / 3,
             "three quarters": 0.75, "three-quarters": 0.75, "two-thirds": 2 / 3,
             "la mitad": 0.5, "un tercio": 1 / 3, "una cuarta parte": 0.25, "majority": 0.5,
             "most": 0.5, "la mayoría": 0.5, "dos tercios": 2 / 3, "un cuarto": 0.25,
             "una quinta parte": 0.2, "tres cuartas partes": 0.75, "la tercera parte": 1 / 3,
             "la cuarta parte": 0.25}
VAGUE = {"hundreds": (200, 999), "thousands": (2_000, 99_999),
         "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
         "millions": (2_000_000, 999_999_999), "cientos": (200, 999),
         "miles": (2_000, 99_999), "decenas de miles": (20_000, 99_999),
         "cientos de miles": (200_000, 999_999), "millones": (2_000_000, 999_999_999),
         # Doubled for emphasis: "miles y miles de personas", "thousands upon thousands":
         # many thousands, up to hundreds of thousands.
         "thousands and thousands": (2_000, 999_999), "thousands upon thousands": (2_000, 999_999),
         "miles y miles": (2_000, 999_999)}

HEDGES = {
    # English
    "more than": "more_than", "over": "more_than", "above": "more_than", "beyond": "more_than",
    "topped": "more_than", "topping": "more_than", "exceeded": "more_than",
    "exceed": "more_than", "exceeds": "more_than", "surpass": "more_than",
    "top": "more_than", "tops": "more_than", "pass": "more_than",
    "surpassed": "more_than", "passed": "more_than",
    "exceeding": "more_than", "in excess of": "more_than", "upwards of": "more_than",
    "just over": "just_over", "just above": "just_over", "at least": "at_least",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "approaching": "nearly", "about": "about", "around": "about", "roughly": "about",
    "approximately": "about", "some": "about", "an estimated": "about", "estimated": "about",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "below": "less_than", "up to": "at_most", "as many as": "at_most", "at most": "at_most",
    # Spanish
    "más de": "more_than", "mas de": "more_than", "por encima de": "more_than",
    "al menos": "at_least", "por lo menos": "at_least", "casi": "nearly",
    "cerca de": "nearly", "alrededor de": "about", "aproximadamente": "about",
    "unos": "about", "unas": "about", "menos de": "less_than", "hasta": "at_most",
    "más del": "more_than", "mas del": "more_than", "menos del": "less_than",
    "cerca del": "nearly", "alrededor del": "about", "poco más de": "just_over",
    "poco más del": "just_over", "poco menos de": "nearly", "poco menos del": "nearly",
    "superó": "more_than", "superaron": "more_than", "superan": "more_than",
    "supera": "more_than", "rebasó": "more_than", "rebasaron": "more_than",
    "sobrepasó": "more_than", "sobrepasaron": "more_than", "en torno a": "about",
    "superará": "more_than", "superarán": "more_than", "rebasará": "more_than",
    "rebasarán": "more_than",
    "del orden de": "about", "aprox.": "about", "como mínimo": "at_least",
    "como máximo": "at_most", "no más de": "at_most",
    # A bound denied: "no superaba los 5.000", "did not exceed 5,000".
    "no superaba": "at_most", "no superaban": "at_most", "no superó": "at_most",
    "no superaron": "at_most", "no supera": "at_most", "no superan": "at_most",
    "no pasaba de": "at_most", "no pasó de": "at_most", "no llegaba a": "less_than",
    "no llegó a": "less_than", "did not exceed": "at_most", "didn't exceed": "at_most",
    "never exceeded": "at_most", "no more than": "at_most", "not more than": "at_most",
}
# Spanish hedges may take an article before the number: "casi el 30%", "más del 50%" (the
# "del" is in the hedge), "alrededor de un millón".
_HEDGE_ARTICLE = r"(?:(?:el|los|las|un|una)\s+)?"

_SCALE_RE = r"(?:thousand|million|billion|millones|millón|millon|mil|[mk])\b"
# A stray space after a thousands comma ("2,475, 669", "333, 704 in 2023") is a typing slip,
# not two numbers; a list ("120, 130 and 140") is not joined.
_SPACED_RE = (r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d{3}),\s\d{3}(?!\d)"
              r"(?!\s*(?:,|and|or|to|y|o|a)\s*\d)(?!\.\d)")
# A space (or a thin or no-break one) between groups of three digits, as Spanish and
# French typography write thousands: "unos 11 370 migrantes".
_GROUPED_RE = r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d]|[.,]\d)"
# An apostrophe before the millions, as some Latin American writing marks them: "1'434.617",
# "2’500.000" (1,434,617 and 2,500,000).
_APOSTROPHE_RE = r"(?<![\d.,'’])\d{1,3}['’]\d{3}[.,]\d{3}(?![\d]|[.,]\d)"
# Mixed separators, a slip between conventions: "1.418,656", "1,418.656" (1,418,656; a
# count with three decimals is no count).
_MIXED_RE = (r"(?<![\d.,'’])\d{1,3}(?:\.\d{3},|,\d{3}\.)\d{3}(?![\d]|[.,]\d)"
             r"(?!\s*(?:%|por ciento|percent))")
_NUM_RE = (_APOSTROPHE_RE + "|" + _MIXED_RE + "|" + _SPACED_RE + "|" + _GROUPED_RE +
           r"|\d{1,3}(?:\.\d{3}){2,}(?![.,]?\d)|"
           r"\d{1,3}(?:[,\u00a0]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?")
_WORD_NUM_RE = "|".join(sorted((w for w in NUMBER_WORDS if len(w) > 2 or w == "un"),
                               key=len, reverse=True))
_HEDGE_RE = "|".join(sorted((re.escape(h) + (r"\b" if h[-1].isalpha() else "")
                             for h in HEDGES), key=len, reverse=True))
_QUANTITY = re.compile(
    # The hedge is tried only where a word starts (the long alternation is costly).
    rf"(?:\b(?=[^\W\d_])(?P<hedge>{_HEDGE_RE})\s+{_HEDGE_ARTICLE})?(?:(?P<dollar>\$)\s?)?"
    rf"(?:(?P<num>{_NUM_RE})|(?P<word>\b(?:{_WORD_NUM_RE}|a|an))\b)"
    # ("a 42-percent increase": the unit hyphenated to its number.)
    # ("6.3+ million": at least the figure, its scale after the plus.)
    rf"(?:(?P<plus>\+)(?=\s*{_SCALE_RE}))?"
    # ("More than 2 1/2 million", "2½ million": and a half.)
    rf"(?P<half>\s+1/2(?=\s+{_SCALE_RE})|½(?=\s*{_SCALE_RE}))?"
    rf"(?:\s*(?P<scale>{_SCALE_RE}))?(?:(?:\s*|-)(?P<pct>%|percent\b|per cent\b|por ciento\b))?",
    re.IGNORECASE)
_MULTIPLIER = re.compile(
    r"\b(?:(?P<hedge>more than|nearly|almost|about|roughly|over|más del?|casi|cerca del?|"
    r"alrededor del?|poco más del?|unas)\s+)?"
    r"(?:(?P<word>" + "|".join(sorted((re.escape(m) for m in MULTIPLIERS), key=len,
                                    reverse=True))
    + r")\b|(?<![\d,.])(?P<n>\d{1,2}(?:[.,]\d{1,2})?(?![\d,.]\d)|two|three|four|five|six|"
    r"seven|eight|nine|ten|"
    r"dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)[\s-]?(?:times|fold|veces)\b|"
    r"(?:se\s+)?multiplic(?:ó|aron|an|a)\s+por\s+(?P<by>\d+|dos|tres|cuatro|cinco|seis|"
    r"siete|ocho|nueve|diez)\b)", re.IGNORECASE)
# Numbers that name something rather than count it: "Title 42", "Interstate 10", "COVID-19",
# a date ("June 5"), and durations or distances ("12-hour shifts", "20 years", "1,954-mile").
_NAMING = re.compile(
    r"(?:\b(?:title|section|article|chapter|interstate|highway|route|rule|form|no\.|number|"
    r"covid|i|sb|hb|ley|artículo|título|figure|fig\.|table|chart|exhibit|appendix|"
    r"figura|tabla|cuadro|gráfica|gráfico|anexo|fiscal year|fy|año fiscal|af|"
    # A television station: "Border Patrol told ABC-7", "Channel 9", "Canal 44".
    r"abc|nbc|cbs|fox|cw|pbs|channel|canal|"
    # An age: "unaccompanied children (age 17 or under)".
    r"ages?|aged|edad(?:es)?(?: de)?)[\s-]*'?|"
    r"\b(?:" + "|".join(
        (*_MONTHS_EN, "jan", "feb", "mar", "apr", "jun",
         "jul", "aug", "sept", "sep", "oct", "nov", "dec")) + r")\.?\s+)$", re.IGNORECASE)
# "en el período que terminó en septiembre. 30": a day after a Spanish month name.
_MONTH_BEFORE_ES = re.compile(r"\b(?:" + "|".join(_MONTHS_ES) + r")\.?\s+$", re.IGNORECASE)
# A sector that "covers 90 percent of the Arizona border", "que abarca el 90 por ciento de
# la frontera": a share of the border's length, not of its people.
_COVERS = re.compile(r"\b(?:covers?|covering|spans?|spanning|patrols?|patrolling|guards?|"
                     r"abarca\w*|cubre\w*|comprende\w*|vigila\w*|patrulla\w*)\s+"
                     r"(?:\w+\s+){0,3}$", re.IGNORECASE)
# A figure written out in full, with its groups of thousands: "189,922", "1.245.183".
FULL_FIGURE = re.compile(r"\d{1,3}(?:[,.]\d{3})+")
_OF_THE_BORDER = re.compile(r"\s+(?:of|de)\s+(?:the|la|su)\s+(?:[\w.-]+\s+){0,2}?"
                            r"(?:border|frontera|boundary|línea)\b"
                            r"(?!\s*(?:'s|’s|apprehensions|arrests|crossings|encounters))",
                            re.IGNORECASE)
# An age, not a count: "a child under 18", "under the age of 18", "menores de 18", "ages 12
# to 17".
_AGE_BEFORE = re.compile(r"\b(?:(?:child|children|minors?|kids?|people|persons|youths?)\s+"
                         r"(?:under|over|below|above|younger than|older than)|"
                         r"(?:under|over|below|above)\s+(?:the\s+)?age\s+of|aged?s?|"
                         r"(?:menores|mayores)\s+de(?:\s+edad)?(?:\s+de)?)\s+$", re.IGNORECASE)
# What a percentage in brackets right after them is a share of, other than people.
_THINGS_BEFORE = re.compile(r"\b(?:seizures?|incautaciones|decomisos|pounds|libras|kilos|"
                            r"tons|toneladas|weapons|armas|tunnels|túneles|dollars|dólares)"
                            r"\s*\((?:[a-z]+\s+){0,2}$", re.IGNORECASE)
# A percentage of an agency's staff or means, not of the people it counts: "40% to 60% of
# Border Patrol's manpower", "el 30% de sus agentes".
_OF_RESOURCES = re.compile(
    r"(?:\s*(?:to|-|–|and|or|y|a|o)\s*\d[\d.,]*\s*(?:%|percent|per cent|por ciento))?\s+"
    r"(?:of|de)\s+(?:the\s+|its\s+|their\s+|our\s+|sus?\s+|l[oa]s?\s+|el\s+)?(?:(?:agency|"
    r"border patrol|cbp|patrulla fronteriza|department)(?:['’]s)?\s+)?"
    r"(?:(?:total|entire|available)\s+)?"
    r"(?:manpower|workforce|personnel|staff(?:ing)?|agents|officers|resources|budget|time|"
    r"capacity|funding|agentes|personal|recursos|presupuesto|plantilla)\b", re.IGNORECASE)
_UNIT_AFTER = re.compile(
    # ("millions of dollars", "miles de dólares": the unit after "of"; "2 1/2 years",
    # "2½ years": the unit after a fraction.)
    r"^(?:\s+\d\s*/\s*\d{1,2}|\s*/\s*\d{1,2}|\s*[½¼¾]|\+)?[\s-]*(?:(?:of|de)\s+)?(?:"
    # The first end of an age range: "entre los 0 y 17 años", "ages 0 to 17 years".
    r"(?:y|a|to|and|-|–)\s*\d{1,2}\s+(?:años|years)\b|"
    # Lengths and distances, with words between for lengths of time: "the 27 full and
    # partial months", "10 fiscal years" ("16 straight months" is a streak's length, below).
    r"(?:(?:full|complete|partial|entire|whole|calendar|fiscal|and|or|y|o)\s+){0,3}"
    r"(?:years?|months?|weeks?|days?|decades?|años|meses|días|semanas|décadas)\b|"
    r"hours?|minutes?|centuries|miles?|"
    r"kilomet(?:er|re)s?|km|feet|foot|meters?|metres?|yards?|acres?|hectares?|hect[aá]reas|"
    r"horas|"
    r"kilómetros|millas|minutos|siglos|metros|pies|"
    # Counts of something other than people: "251 vuelos", "192 countries", "3,000 agents",
    # "the other 20 Border Patrol sectors" (a name or a plain qualifier between).
    r"(?:(?:(?-i:[A-Z][\w.]*)|other|border|southwest|different|otr[oa]s|distint[oa]s|"
    r"diferentes)\s+){0,2}(?:"
    r"flights?|vuelos?|countries|países|nationalities|nacionalidades|sectors|sectores|"
    r"states|estados|cities|ciudades|counties|condados|municipalities|municipios|ports|"
    r"puertos)\b|"
    # (Agents right after: "3,000 agents"; "2,000 Border Patrol agents" hired is a claim on
    # staffing, which the checker names as such.)
    r"agents|agentes|officers|oficiales|buses|autobuses|trucks|camiones|dollars|dólares|"
    r"pesos|gates|puertas|portones|shelters|albergues|"
    # What agents seize: "17,150 seizures of drugs", "2,000 pounds of marijuana".
    r"seizures?|incautaciones|decomisos|pounds|libras|kilos|kilograms|kilogramos|tons|"
    r"toneladas|weapons|armas|tunnels|túneles|"
    # "the 61-page report", "un informe de 40 páginas"
    r"pages?|páginas?|"
    # "Yuma, a city of 96,000 residents": a town's size, not people who crossed.
    r"residents|inhabitants|habitantes|pobladores)\b", re.IGNORECASE)
# A day of the month after a number: "del 1 al 15 de enero", "el 1 de octubre".
_DAY_AFTER = re.compile(
    r"^\s+(?:al?|y|to|and|-|–)\s+(?:el\s+)?\d{1,2}(?:[°º]|ro|er)?\s+(?:de\s+)?(?:enero|febrero|"
    r"marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b|"
    # "el 1 de octubre", "del 1° de octubre", "desde el 1ro de enero": a day of the month
    r"^(?:[°º]|ro|er)?\s+de\s+(?:enero|febrero|"
    r"marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
    r"diciembre)\b", re.IGNORECASE)
# A section of a law, not a count: "under § 1226(a)", "8 U.S.C. 1182", "sección 212".
_STATUTE_BEFORE = re.compile(r"(?:§+|\bsec(?:tion|\.)|\bsecci[oó]n|\bU\.?\s?S\.?\s?C\.?|"
                             r"\bINA)\s*$", re.IGNORECASE)
_STATUTE_AFTER = re.compile(r"\([a-z0-9]{1,3}\)")
# How far after a number its unit is looked for: room for the longest unit word with an
# "of"/"de" before it ("de 29 nacionalidades"), and for a day of the month.
_UNIT_WINDOW = 30
_DAY_WINDOW = 14
_FRACTION = re.compile(
    r"\b(?:(?P<hedge>more than|nearly|almost|about|roughly|over|less than|fewer than|casi|"
    r"más de|menos de|cerca de|alrededor de|poco más de|poco menos de)\s+)?"
    r"(?P<word>" + "|".join(sorted((re.escape(f) for f in FRACTIONS), key=len, reverse=True))
    + r")\b", re.IGNORECASE)
# "One in three", "4 in 10", "two of every three", "nine out of 10", "uno de cada cinco":
# a share written as a ratio of small numbers, not two counts.
_RATIO_NUMBER = r"\d{1,3}|" + "|".join(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred",
     "uno", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"))
_RATIO = re.compile(
    r"\b(?:(?P<hedge>more than|nearly|almost|about|roughly|around|some|over|less than|"
    r"fewer than|casi|más de|menos de|cerca de|alrededor de)\s+)?"
    rf"(?P<a>{_RATIO_NUMBER})\s+(?:in(?:\s+every)?|out of(?:\s+every)?|of\s+every|de cada)\s+"
    rf"(?P<b>{_RATIO_NUMBER})\b(?![.,]\d)"
    # "4 in 10 days": a span of time, not a ratio.
    r"(?!\s+(?:days?|weeks?|months?|years?|hours?|minutes?|días|semanas|meses|años|horas)\b)",
    re.IGNORECASE)
_VAGUE = re.compile(r"\b(?P<word>" + "|".join(sorted((re.escape(v) for v in VAGUE), key=len,
                                                      reverse=True)) + r")\b", re.IGNORECASE)
_YEAR_LIKE = re.compile(r"^(1[89]\d\d|20\d\d)$")
_DATE = re.compile(r"(?<![\d.,/])\d{1,2}([./])\d{1,2}\1(?:19|20)\d\d(?![\d.,]\d)")
_FRACTION_AS_MULTIPLE = re.compile(
    r"^\s*(?:as many|as much|the (?:level|number|total)|(?:de\s+)?(?:l[oa]s?\s+)?que\b|"
    # "less than a third of what they were a year earlier"
    r"of what (?:they|it|there) (?:were|was|had been)\b)",
    re.IGNORECASE)
# A number word right before "millones"/"millions": "2 millones" is a count, not a vague
# amount.
_BEFORE_VAGUE = re.compile(r"(?:\d|\b(?:un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|"
                           r"diez|medio|two|three|four|five|six|seven|eight|nine|ten))\s*$",
                           re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """A number in text: a count, a percentage, a multiplier (×) or a fraction (share).

    ``role`` says what a count is in its sentence: a level claimed for a period ("count"),
    a difference between two periods ("up 6,241", "superó en 7 mil 913": "difference"), a
    rate ("3,000 a day", "un promedio de 26 cada hora": "rate", with ``per`` the unit), or
    the length of a streak ("16 straight months": "streak"), percentage points ("fell
    by 5 points": "points"), or a fraction with its scale left out ("the record 1.7
    migrant arrivals": "unscaled")."""

    value: float
    kind: str  # count | percent | multiplier | fraction | vague
    hedge: str | None
    words: str
    start: int  # offsets within the sentence
    end: int
    low: float | None = None   # for vague amounts ("hundreds"): the range meant
    high: float | None = None
    role: str = "count"
    per: str | None = None  # day | week | month | hour, for a rate


def _after_is_unit(sentence: str, end: int, days: bool = True) -> bool:
    """Whether the words after a number say it counts no people: a unit or (``days``) a
    day of a month."""
    return bool(_UNIT_AFTER.match(sentence[end:end + _UNIT_WINDOW])
                or days and _DAY_AFTER.match(sentence[end:end + _DAY_WINDOW]))


def one_count(text: str) -> float:
    """The one count a short text gives, as a story writes it ("90,415", "51 mil 72", "2.1
    million", "1.115.724"), for ``borderstats find``; a QueryError names the text if it
    gives none, or more than one."""
    counts = [q for q in quantities(text) if q.kind == "count"]
    if len(counts) != 1 or text.strip().startswith("-"):
        raise QueryError(f"figure {text!r}: give one positive count, such as 90,415 or "
                         "'51 mil 72'")
    return counts[0].value


def quantities(sentence: str) -> list[Quantity]:
    """Every quantity in a sentence, in order; years and ordinals are not quantities."""
    return list(_quantities(sentence))


# A rate's unit right after a number: "an average of six per day", "ocho al día".
_PER_AFTER = re.compile(r"\s+(?:(?:per|a|an|each|every|al|por|cada)\s+(?:day|hour|week|día|"
                        r"hora|semana)\b|daily\b|diari[oa]s\b)", re.IGNORECASE)


@lru_cache(maxsize=4096)  # a sentence is read again for each clause and each date tried
def _quantities(sentence: str) -> tuple[Quantity, ...]:
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _DATE.finditer(sentence):
        taken.append((m.start(), m.end()))  # "(29.12.2023)", "12/29/2023": a day, no count
    for m in _RATIO.finditer(sentence):
        a, b = (NUMBER_WORDS.get(g.lower()) or (int(g) if g.isdigit() else 0)
                for g in (m.group("a"), m.group("b")))
        if 0 < a < b:
            found.append(Quantity(a / b, "fraction", _hedge(m.group("hedge")), m.group(0),
                                  m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in _MULTIPLIER.finditer(sentence):
        word = (m.group("word") or "").lower()
        if word:
            value = float(MULTIPLIERS[word])
        else:
            n = (m.group("n") or m.group("by")).lower()
            value = float(NUMBER_WORDS.get(n, 0) or n.replace(",", "."))
        found.append(Quantity(value, "multiplier", _hedge(m.group("hedge")), m.group(0),
                              m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in _VAGUE.finditer(sentence):
        if not free(m.start(), m.end()) or _BEFORE_VAGUE.search(sentence[:m.start()]):
            continue
        if _after_is_unit(sentence, m.end()):
            taken.append((m.start(), m.end()))  # "millions of dollars": not people
            continue
        low, high = VAGUE[m.group("word").lower()]
        found.append(Quantity(low, "vague", "vague", m.group(0), m.start(), m.end(), low, high))
        taken.append((m.start(), m.end()))
    for m in _COMPOUND.finditer(sentence):
        # Numbers written partly in words: "un millón 393 mil 683", "7 mil 913",
        # "twenty-five thousand", "dos millones".
        value = _compound_value(m)
        if value is None or not free(m.start(), m.end()):
            continue
        pct = bool(m.group("pct"))
        found.append(Quantity(value, "percent" if pct else "count", _hedge(m.group("hedge")),
                              m.group(0).strip(), m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in _QUANTITY.finditer(sentence):
        if not free(m.start(), m.end()):
            continue
        num, word, scale, pct = m.group("num"), m.group("word"), m.group("scale"), m.group("pct")
        if word and word.lower() in ("a", "an") and not scale:
            continue
        if word and not scale and not pct and not _PER_AFTER.match(sentence[m.end():]):
            continue  # "one of the", "a" alone: not a quantity ("six a day" is a rate)
        if num:
            if _YEAR_LIKE.match(num) and not scale and not pct:
                continue
            if m.start("num") > 1 and len(num) <= 2 and (
                    sentence[m.start("num") - 1].isalpha() or sentence[m.start("num") - 1] in
                    ")]" and sentence[m.start("num") - 2].isalpha()):
                continue  # a footnote mark: "between ports of entry1", "(aliens)1"
            if m.start("num") > 0 and sentence[m.start("num") - 1] == "[" and \
                    sentence[m.end("num"):m.end("num") + 1] == "]" and not scale and not pct:
                continue  # a reference mark: "… apprehensions logged [1]"
            if m.start("num") > 0 and sentence[m.start("num") - 1].isdigit():
                continue  # a digit typed once too often: "nearly 371,0000" is 371,000
            if m.start("num") > 0 and sentence[m.start("num") - 1] in ".,-–—/:\u00a0" and (
                    m.start("num") < 2 or sentence[m.start("num") - 2].isdigit()):
                continue  # the tail of something else: "1.2.3", "10:30", "2023-24"
            if not scale and not pct and (
                    _NAMING.search(sentence[max(0, m.start("num") - 20):m.start("num")])
                    or _STATUTE_BEFORE.search(sentence[max(0, m.start("num") - 12):
                                                       m.start("num")])
                    or _STATUTE_AFTER.match(sentence, m.end())
                    or _after_is_unit(sentence, m.end())
                    or re.fullmatch(r"\d{1,2}", num) and int(num) <= 31
                    and _MONTH_BEFORE_ES.search(sentence[max(0, m.start("num") - 14):
                                                         m.start("num")])
                    or re.fullmatch(r"\d{1,2}", num) and int(num) <= 21
                    and _AGE_BEFORE.search(sentence[max(0, m.start("num") - 30):
                                                    m.start("num")])):
                continue
            if scale and not pct and _after_is_unit(sentence, m.end(), days=False):
                # "1.4 million acres of virgin jungle": a size, no people ("302 mil de
                # diciembre" is no day: a scaled figure is a count).
                continue
            if pct and _THINGS_BEFORE.search(sentence[max(0, m.start() - 30):m.start()]):
                continue  # "and drug seizures (28 percent)": a share of something else
            if pct and _OF_RESOURCES.match(sentence, m.end()):
                continue  # "divert 40% to 60% of Border Patrol's manpower": of its staff
            if pct and _OF_THE_BORDER.match(sentence[m.end():m.end() + 40]) and \
                    _COVERS.search(sentence[max(0, m.start() - 30):m.start()]):
                continue  # "que abarca el 90 por ciento de la frontera": of its length
            after = sentence[m.end():m.end() + 3]
            if not scale and not pct and re.match(r"(st|nd|rd|th)\b|[x×](?:\s|$|[,.;:])", after):
                continue  # an ordinal, or a multiple written "5x" (not a count)
            value = _parse_digits(num, bool(scale))
        else:
            value = float(NUMBER_WORDS[word.lower()])
        if scale and num and FULL_FIGURE.fullmatch(num) and num.count(",") + num.count(".") > 1:
            pass  # "a total reaching 1,245,183 million": the figure in full, a scale too many
        elif scale:
            value = round((value + (0.5 if m.group("half") else 0)) * SCALES[scale.lower()], 6)
            # (2.05 million is 2,050,000)
        kind = "percent" if pct else "count"
        if m.group("dollar"):
            kind = "money"
        start = m.start()
        # ("6.3+ million", "40,000+ people", "2.5 million+": at least the figure.)
        plus = m.group("plus") or re.match(r"\+(?!\s*\d)", sentence[m.end():m.end() + 3])
        hedge = _hedge(m.group("hedge")) or ("more_than" if plus and kind == "count" else None)
        if hedge == "at_most" and _RISEN_UP_TO.search(sentence, 0, m.end("hedge")):
            hedge = None  # "encounters are up to 204,566": risen to, no bound
        found.append(Quantity(value, kind, hedge, m.group(0).strip(), start, m.end()))
        taken.append((m.start(), m.end()))
    for m in _FRACTION.finditer(sentence):
        if not free(m.start(), m.end()):
            continue
        word = m.group("word").lower()
        if re.search(r"\b(?:first|second|1st|2nd|primera|segunda|latter|former)\s+$",
                     sentence[max(0, m.start() - 12):m.start()], re.IGNORECASE):
            continue  # "the first half of 2023": a period, not a share
        if re.match(r"[\s-]+(?:straight|consecutive|successive|time|place|(?:highest|largest|"
                    r"lowest|busiest|biggest|smallest|most)\b)", sentence[m.end():],
                    re.IGNORECASE):
            continue  # "for a third-straight month", "the third-highest": an ordinal
        if word == "most" and re.search(r"\b(?:the|its|their)\s+$",
                                        sentence[max(0, m.start() - 8):m.start()],
                                        re.IGNORECASE):
            continue  # "the most of any sector", "the most since 2019": a superlative
        if re.match(r"\s+of\s+(?:that|this|the same|today['’]s|the current)\s+(?:rate|pace|"
                    r"level)\b", sentence[m.end():], re.IGNORECASE):
            continue  # "a quarter of that rate": a multiple of another level, not a share
        if word in ("most", "la mayoría") and re.match(
                r"\s+(?:(?:of\s+the\s+)?(?:years|months|weeks|days|time)|de\s+los\s+(?:años|"
                r"meses|días))\b", sentence[m.end():], re.IGNORECASE):
            continue  # "kept the numbers to a quarter of that rate most years": when, not whom
        if word == "most" and re.search(r"\b(?:covers?|covering|spans?|spanning|across|"
                                        r"throughout|patrols?|patrolling)\s+$",
                                        sentence[max(0, m.start() - 14):m.start()],
                                        re.IGNORECASE):
            continue  # "which covers most of Arizona": a place, not a share
        if word == "most" and re.match(r"\s+\w+ly\b", sentence[m.end():]) and \
                not re.match(r"\s+(?:only|early|elderly|family|nearly)\b", sentence[m.end():]):
            continue  # "most shockingly", "most recently": an adverb's degree, not a share
        if word == "most" and re.match(r"\s+[\w\s]{0,30}?\([^()]*\d[^()]*(?:%|percent|per cent|"
                                       r"por ciento)", sentence[m.end():]):
            continue  # "most apprehensions (over 38 percent)": the figure says how many
        hedge = _hedge(m.group("hedge"))
        if word in ("most", "majority", "la mayoría") and hedge is None:
            hedge = "more_than"  # "most of them": more than half
        kind = "multiplier" if _FRACTION_AS_MULTIPLE.match(sentence[m.end():m.end() + 40]) \
            and word not in ("most", "majority", "la mayoría") else "fraction"
        found.append(Quantity(FRACTIONS[word], kind, hedge, m.group(0), m.start(), m.end()))
    # A rate with no unit of its own takes the one before it in the sentence
    # (extract._sentence_claims), across clauses.
    starts = sorted(q.start for q in found)
    # "Rates 40 percent or higher", "40,000 or more", "el 40% o más": a lower bound.
    found = [replace(q, hedge="at_least") if q.hedge is None and q.kind in (
        "count", "percent") and _OR_MORE.match(sentence, q.end) else q for q in found]
    return tuple(_ranges(sentence, _shared_scale(sentence, sorted(
        (_with_role(sentence, q, next((s for s in starts if s >= q.end), len(sentence)))
         for q in found), key=lambda q: q.start))))


_OR_MORE = re.compile(r"\s+(?:or\s+(?:more|higher|above|greater|over)|o\s+(?:más|mayor|"
                      r"superior))\b", re.IGNORECASE)
_SCALE_WORD = re.compile(r"\b(thousand|million|billion|mil|millones|millón|millon)\b",
                         re.IGNORECASE)


def _shared_scale(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """"Another 2 or 3 million", "entre 6 y 7 millones": the first number takes the scale
    word of the second; it is no count of 2."""
    out = list(found)
    for i, (a, b) in enumerate(zip(found, found[1:], strict=False)):
        scale = _SCALE_WORD.search(b.words)
        if a.kind == "count" and b.kind == "count" and scale and a.value < 1000 and \
                not _SCALE_WORD.search(a.words) and re.fullmatch(
                    r"\s*(?:or|o|to|a|y|and|-|–)\s*", sentence[a.end:b.start], re.IGNORECASE):
            out[i] = replace(a, value=a.value * SCALES[scale.group(1).lower()])
    return out


_RANGE_BEFORE = re.compile(r"\b(?:between|entre|rang(?:ing|ed|e)\s+from|que\s+van\s+de(?:l)?)"
                           r"\s+(?:(?:los|las)\s+)?$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s+(?:and|y|to|a)\s+(?:(?:los|las)\s+)?", re.IGNORECASE)


def _ranges(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """"Between 9,000 and 10,000 migrants each day": one amount, a range, in the second
    figure's role (a rate here), not a count of 9,000 beside a rate of 10,000."""
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        lead = _RANGE_BEFORE.search(sentence, max(0, a.start - 20), a.start)
        if lead is None and b is not None and b.role == "rate" and re.fullmatch(
                r"\s*(?:to|a|-|–)\s*", sentence[a.end:b.start]) and not re.search(
                r"\b(?:from|de|desde)\s+$", sentence[max(0, a.start - 8):a.start],
                re.IGNORECASE):
            # "Apprehending 4,500 to 6,000 illegal aliens per day": a range of a rate, with
            # no "between" ("from 4,500 to 6,000 a day" is a change).
            lead = re.compile(r"").match(sentence, a.start)
        # ("Roughly 1.2 million to 1.6 million … annually": the hedge is the range's.)
        if b is not None and lead is not None and a.kind == b.kind == "count" and \
                a.hedge in (None, "about") and b.hedge is None and a.value < b.value and \
                _RANGE_JOIN.fullmatch(sentence[a.end:b.start]):
            begin = lead.start()
            out.append(replace(b, value=(a.value + b.value) / 2, hedge="vague", low=a.value,
                               high=b.value, words=sentence[begin:b.end], start=begin))
            i += 2
            continue
        if b is not None and a.kind == "count" and b.kind == "percent" and a.hedge is None \
                and a.value < b.value and "." not in a.words and not _SCALE_WORD.search(
                    a.words) and re.fullmatch(r"\s*(?:and|y|to|a|-|–)\s*", sentence[a.end:b.start],
                                              re.IGNORECASE):
            # "Decreases ranging from 41 to 60%", "between 40 and 50 percent", "from 41 to
            # 60%": the first number is a percentage too, and with "between" the two are
            # one range.
            if lead is not None:
                begin = lead.start()
                out.append(replace(b, value=(a.value + b.value) / 2, hedge="vague",
                                   low=a.value, high=b.value, words=sentence[begin:b.end],
                                   start=begin))
                i += 2
                continue
            a = replace(a, kind="percent")
        out.append(a)
        i += 1
    return out


_PER = {"day": "day", "días": "day", "día": "day", "dia": "day", "daily": "day",
        "diarios": "day", "diarias": "day", "diario": "day", "week": "week", "semana": "week",
        "semanas": "week", "meses": "month",
        "month": "month", "mes": "month", "monthly": "month", "mensuales": "month",
        "hour": "hour", "hora": "hour", "60 minutos": "hour", "year": "year", "año": "year",
        "annually": "year", "yearly": "year", "anualmente": "year", "anuales": "year"}
# A count over a few days ("4,000 apprehensions in one day", "what was apprehended in five
# days", "en un solo día"): the files are monthly, so it cannot be checked.
_DAYS_AFTER = re.compile(
    r"^[^\d.;:]{0,40}?\b(?:in|on|during|over|en|durante)\s+(?:just\s+|only\s+|solo\s+)?"
    r"(?:one|a single|a|two|three|four|five|six|seven|\d{1,2}|un solo|una sola|un|una|dos|tres|"
    r"cuatro|cinco|seis|siete)\s+(?:single\s+)?(?:days?|días?|dias?|hours?|horas?|weeks?|"
    r"semanas?)\b(?!\s+(?:a|per|each|al|por)\b)|"
    # "254 apprehensions across the southern border on Thursday", "on the same day last
    # year", "el jueves": one day's count.
    # (Not when it was said: "…, federal officials reported on Monday".)
    r"^[^\d.;:,]{0,60}?\b(?<!reported )(?<!said )(?<!announced )(?<!informó )(?<!dijo )"
    r"(?:on|el)\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b|the same day\b)",
    re.IGNORECASE)
_RATE_AFTER = re.compile(
    # (Not the span averaged over: "averaged 8,000 apprehensions monthly over a year".)
    r"^[^\d.;:]{0,50}?\b(?<!\bover )(?<!\bacross )(?:(?:(?:every|each) single|a|an|per|each|"
    r"every|on an average|"
    r"on average a|on a typical|al|por|cada|diari[oa]s?|en promedio (?:al|por|cada))\s+"
    r"(?P<per>day|week|month|hour|día|dia|semana|mes|hora|60 minutos|year|año)\b"
    # (Not "a year ago", "un año antes": a base, no rate.)
    r"(?!\s+(?:ago|earlier|before|prior|later|after|antes|atr[aá]s|despu[eé]s)\b)|"
    r"(?P<per2>daily|diari[oa]s?|annually|yearly|anualmente|anuales)\b|"
    # "aproximadamente 1.000 migrantes llegan todos los días"
    r"tod[oa]s\s+l[oa]s\s+(?P<per4>días|semanas|meses)\b)", re.IGNORECASE)
# "Some 16,450 Central Americans being apprehended on our southwest border every single
# month": "every" says a rate further from its figure than "a month" would.
# (In the figure's own clause: not "150,000 in May, and CBP publishes these figures every
# month"; nor a run, "risen every month since January".)
_EVERY_AFTER = re.compile(r"^[^\d.;:,]{0,100}?\b(?:every|each)(?:\s+single)?\s+(?P<per>day|week|"
                          r"month)\b(?!\s+(?:of|ago|since|in a row)\b)", re.IGNORECASE)
_RATE_BEFORE = re.compile(
    r"(?:\b(?:average|averaged(?:\s+out)?|averaging(?:\s+out)?|promedio|promediaron|promedió)"
    r"(?:\s+(?:mensual|diario))?(?:\s+(?:of|de|a|at|about|just|"
    r"some|around|nearly|more than|over|unos|unas|más de|es|was|is|fue|era|was about))*|"
    r"\bcada\s+(?P<per>día|hora|mes|semana|60 minutos)[^.;]{0,40}?|"
    r"\b(?P<per2>daily|diari[oa]s?)\s+(?:\w+\s+){0,2}|"
    # "Diariamente, unas 6 mil 800", "Every day, about 6,800": the day's words first.
    r"\b(?P<per3>diariamente|every day|each day)\b[^.;]{0,40}?|"
    # "The average number of monthly UAC encounters under Biden was 11,132"
    r"\b(?:average|promedio)\s+(?:number|total|count|n[uú]mero|cifra)\s+(?:of|de)\s+"
    r"[^\d.;:]{0,60}?\b(?:was|is|were|stood at|came to|fue|era|es|ha sido)\s+"
    r"(?:(?:about|around|nearly|over|more than|unos|unas|más de)\s+)?|"
    # "Average monthly encounters are up to 204,566"
    r"\baverage\s+(?:monthly|daily|weekly)\s+[^\d.;:]{0,40}?\b(?:are|were|was|is|stood at|"
    r"came to|reached|rose to|climbed to|fell to|dropped to)(?:\s+(?:up to|down to|at|about|"
    r"around|nearly|over|more than|just))*|"
    # "En promedio, al mes llegan cinco mil 500", "On average, some 8,000 a day": the
    # average said first, a few words before.
    r"\b(?:en promedio|on average)\b[^\d.;:]{0,40}?)\s*$",
    re.IGNORECASE)
_MONTHLY = re.compile(r"\b(?:monthly|mensual|per month|al mes)\b", re.IGNORECASE)
# "around 17,000 encounters more than the previous record", "7 mil más que": a difference.
# ("From about 24,000 people to more than 220,000": the level it went to, no difference.)
_DIFFERENCE_AFTER = re.compile(r"^(?:-plus|\+)?\s+(?:[\w-]+\s+){0,2}?(?<!\bto )"
                               r"(?:more|fewer|less|higher|"
                               r"lower|greater|larger|above|below|más|menos)\s+"
                               r"(?:(?:encounters|apprehensions|arrests|migrants|people|"
                               r"crossings|detenciones|migrantes|personas)\s+)?(?:than|que|"
                               r"compared (?:to|with)|comparad[oa]s? con|respecto (?:a|al|de)|"
                               r"frente a|from|"
                               # "alrededor de 100.000 más de los 2.38 millones"
                               r"(?<=más )de l[oa]s|(?<=menos )de l[oa]s|(?<=más )del|"
                               r"(?<=menos )del)\b", re.IGNORECASE)
# "About 160,000 fewer apprehensions last fiscal year than the year before", "640,000 more
# encounters at the southwest border in fiscal 2022 than in fiscal 2021", "901 fewer
# Salvadorans in July than in June": the people counted, then where or when, then "than";
# "901 salvadoreños retenidos menos en julio", "12 mil detenciones más que en 2022": in
# Spanish the people come first ("al menos", "por lo menos" are "at least").
# (The English words from "more" to "than", shared with the claim extractor.)
DIFFERENCE_TO_THAN = r"(?P<dir>more|fewer|less)\s+[a-z][\w'’-]*\b(?:\s+[\w'’,-]+){0,10}?\s+than\b"
_DIFFERENCE_AFTER_NOUN = re.compile(r"^\s+(?:" + DIFFERENCE_TO_THAN + r"|"
                                    r"(?:[a-záéíóúñ]+\s+){1,2}(?<!\bal )(?<!\blo )"
                                    r"(?:más|menos)\b(?!\s+de\s+\d))", re.IGNORECASE)
_DIFFERENCE_BEFORE = re.compile(
    r"(?:\b(?:up|down)|\b(?:an?\s+)?(?:increase|decrease|rise|drop|decline|jump|fall|"
    r"reduction)\s+of|\b(?:increased|decreased|rose|fell|dropped|declined|grew|jumped)\s+by|"
    # "superó en 7 mil 913", "las detenciones aumentaron en 337 mil", "se redujeron en 40
    # mil": a change verb, singular or plural, before "en".
    # (Not "followed by 8,000 Cubans": the next item of a list.)
    r"(?<!followed )(?<!trailed )\bby|"
    r"\b(?:super(?:[óo]|aron)|aument(?:[óo]|aron)|crec(?:i[óo]|ieron)|"
    r"disminuy(?:[óo]|eron)|cay(?:[óo]|eron)|baj(?:[óo]|aron)|sub(?:i[óo]|ieron)|"
    r"descend(?:i[óo]|ieron)|increment(?:[óo]|aron)|(?:se\s+)?(?:redujo|redujeron)|"
    # "cifra que es menor en 12 mil 179 casos a los 107,865"
    r"(?:es|fue|son|fueron)\s+(?:menor|mayor|inferior|superior)(?:es)?)"
    r"\s+en|"
    r"\b(?:un aumento|una (?:caída|baja|disminución|reducción)|un incremento) de|"
    # "con una diferencia de 192.980 casos", "a difference of 6,000"
    r"\b(?:una|la|a|the) (?:diferencia|difference) (?:de|of))"
    r"\s+(?:(?:more than|nearly|about|almost|some|over|roughly|más de|casi|unos|unas)\s+)?$",
    re.IGNORECASE)
# "An increase of 25,723 (+38%) over February and 55,217 (+148%) over March last year": a
# figure with its signed percentage, over a base, is a difference.
_SIGNED_PERCENT_OVER = re.compile(r"^\s*\(\s*[+\-−–]\s*\d[\d.,]*\s*%\s*\)\s+(?:over|from|than|"
                                  r"compared|vs\.?|versus|respecto|frente|sobre)\b",
                                  re.IGNORECASE)
_STREAK_AFTER = re.compile(r"^(?:st|nd|rd|th)?[\s-]+(?:straight|consecutive|consecutiv[oa]s|"
                           r"seguid[oa]s|months? in a row|(?:months?|meses) (?:in a row|straight|"
                           r"consecutiv[oa]s|seguid[oa]s))\b", re.IGNORECASE)


def _with_role(sentence: str, q: Quantity, following: int) -> Quantity:
    """The quantity with its role in the sentence (see ``Quantity``); ``following`` is
    where the next quantity starts (a rate's unit after it is that one's)."""
    if q.kind == "vague" and (m := _RATE_AFTER.match(sentence[q.end:min(q.end + 60,
                                                                       following)])):
        # "Thousands of illegal crossings each day": a vague amount, a day's.
        word = (m.group("per") or m.group("per2") or m.group("per4")).lower()
        return replace(q, role="rate", per=_PER.get(word, "day"))
    if q.kind != "count":
        return q
    before, after = sentence[max(0, q.start - 60):q.start], sentence[q.end:q.end + 60]
    if _STREAK_AFTER.match(after):
        return replace(q, role="streak")
    if re.match(r"\s*(?:percentage\s+)?(?:points?|puntos?)\b", after, re.IGNORECASE):
        return replace(q, role="points")  # "decreased by 5 points": of a share, no count
    if _DAYS_AFTER.match(after):
        return replace(q, role="days")
    if m := _RATE_AFTER.match(sentence[q.end:min(q.end + 60, following)]):
        word = (m.group("per") or m.group("per2") or m.group("per4")).lower()
        return replace(q, role="rate", per=_PER.get(word, "day" if "diari" in word else "day"))
    if m := _EVERY_AFTER.match(sentence[q.end:min(q.end + 110, following)]):
        return replace(q, role="rate", per=_PER[m.group("per").lower()])
    if (m := _RATE_BEFORE.search(before)) and not re.search(r"\d\s*$", before[:m.start()]):
        # (Not the unit of the figure before: "un promedio de 646 cada día, y ya van
        # 197.870".)
        word = (m.group("per") or m.group("per2") or ("day" if m.group("per3") else "")).lower()
        if not word and ("diario" in m.group(0).lower() or re.search(
                r"\b(?:al|por|a|per|each|every|cada)\s+(?:d[ií]a|day)\b", m.group(0),
                re.IGNORECASE)):
            word = "day"
        if not word and (_MONTHLY.search(before[:m.end()][-45:]) or re.search(
                r"\b(?:months|meses)\b", before[:m.start()])):
            # "the monthly average of 155,000", "el promedio mensual de"; "two months where
            # agents averaged just under 129,000": a month's average over months.
            word = "month"
        return replace(q, role="rate", per=_PER.get(word) or ("day" if "diari" in word
                                                              else None))
    if _DIFFERENCE_BEFORE.search(before) or _DIFFERENCE_AFTER.match(after) or \
            _DIFFERENCE_AFTER_NOUN.match(sentence[q.end:q.end + 100]) or \
            _SIGNED_PERCENT_OVER.match(after):
        # "600,000-plus greater than": at least the figure.
        plus = q.hedge is None and re.match(r"-plus\b|\+", after)
        return replace(q, role="difference", hedge="more_than" if plus else q.hedge)
    if q.low is None and abs(q.value - round(q.value)) > 1e-6:
        # "The record 1.7 migrant arrivals in fiscal year 2021": events come whole; a
        # fraction with no "million" after it is a figure with its scale left out.
        return replace(q, role="unscaled")
    return q


_EN_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
             "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
             "sixty|seventy|eighty|ninety")
_ES_WORDS = ("un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|"
             "catorce|quince|dieciséis|dieciseis|diecisiete|dieciocho|diecinueve|veinte|"
             "veinti\\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|"
             "ciento|doscient[oa]s|trescient[oa]s|cuatrocient[oa]s|quinient[oa]s|"
             "seiscient[oa]s|setecient[oa]s|ochocient[oa]s|novecient[oa]s")
_EN_SPAN = (rf"(?:(?:{_EN_WORDS})(?:[\s-]+(?:{_EN_WORDS}|hundred|and))*[\s-]+"
            rf"(?:thousand|million|billion)(?:[\s-]+(?:{_EN_WORDS}|hundred|thousand|and))*)")
_ES_SPAN = (rf"(?:(?:{_ES_WORDS})(?:\s+(?:{_ES_WORDS}|y))*\s+(?:mil|millones|millón)"
            rf"(?:\s+(?:{_ES_WORDS}|mil|y))*)")
# A part of a million in words: "half a million", "nearly a quarter of a million", "one
# and a half million", "three-quarters of a million", "medio millón", "un millón y medio",
# "dos millones y medio", "un cuarto de millón" (not a share "a quarter" and a count "a
# million").
_PARTS = {"half": 0.5, "a half": 0.5, "quarter": 0.25, "a quarter": 0.25, "one quarter": 0.25,
          "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3, "three quarters": 0.75,
          "medio": 0.5, "un cuarto de": 0.25, "tres cuartos de": 0.75}
_PART_OF_MILLION = (
    rf"(?:(?P<whole>{_EN_WORDS}|\d{{1,2}})\s+and\s+)?(?P<part>a\s+half|half|(?:a|one)\s+quarter|"
    rf"quarter|(?:a|one)\s+third|two[\s-]+thirds|three[\s-]+quarters)(?:[\s-]+of)?"
    rf"(?:[\s-]+a)?[\s-]+million"
    rf"|(?P<parte>medio|un\s+cuarto\s+de|tres\s+cuartos\s+de)\s+mill[oó]n"
    rf"|(?P<wholees>un|{_ES_WORDS}|\d{{1,2}})\s+mill[oó]n(?:es)?\s+y\s+(?P<partes>medio)")


# The millions in words before the rest in figures: "dos millones 766 mil 582".
_ES_MILLIONS = "dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez"
_COMPOUND = re.compile(
    rf"(?:\b(?=[^\W\d_])(?P<hedge>{_HEDGE_RE})\s+{_HEDGE_ARTICLE})?"
    rf"(?:(?P<half>{_PART_OF_MILLION})\b|"
    rf"(?<![\d.,])(?P<m>un|\d{{1,3}}|{_ES_MILLIONS})\s+(?:mill[oó]n(?:es)?|million)(?:\s+(?P<mg>\d{{3}}[,.]\d{{3}})(?![.,]?\d)|"
    rf"(?:\s+(?P<mk>\d{{1,3}})\s+(?:mil|thousand))?(?:\s+(?P<mu>\d{{1,3}}))?(?!\s*(?:mil|thousand|%|percent|por|\d)))|"
    # "52 mil 205", and as translations of Spanish write it, "52 thousand 205".
    rf"(?<![\d.,])(?P<k>\d{{1,3}})\s+(?:mil|thousand)\s+(?P<ku>\d{{1,3}})\b(?![.,]\d)"
    # "mil 211": one thousand and the rest in figures.
    rf"|\bmil\s+(?P<ku1>\d{{1,3}})\b(?![.,]\d)"
    rf"|\b(?P<kw>{_ES_WORDS})\s+mil\s+(?P<kwu>\d{{1,3}})\b(?![.,]\d)"
    rf"|\b(?P<en>{_EN_SPAN})\b|\b(?P<es>{_ES_SPAN})\b"
    rf"|\b(?P<enp>(?:{_EN_WORDS})(?:[\s-]+(?:{_EN_WORDS}))+)(?=\s*(?:percent|per cent|%))"
    rf"|\b(?P<esp>(?:{_ES_WORDS})(?:\s+(?:{_ES_WORDS}|y))*)(?=\s*(?:por ciento|%)))"
    rf"(?:\s*(?P<pct>%|percent\b|por ciento\b))?", re.IGNORECASE)


def _compound_value(m: re.Match) -> float | None:
    """The value of a number written partly or wholly in words; None when the words are
    not one number (text2num reads the words, the way a reader does)."""
    if m.group("half"):
        part = " ".join((m.group("part") or m.group("parte") or m.group("partes"))
                        .lower().replace("-", " ").split())
        whole = (m.group("whole") or m.group("wholees") or "").lower()
        if whole:
            from text_to_num import text2num

            try:
                count = int(whole) if whole.isdigit() else 1 if whole == "un" else text2num(
                    whole, "en" if m.group("whole") else "es")
            except ValueError:
                return None
        else:
            count = 0
        return (count + _PARTS[part]) * 1_000_000
    words = m.group("en") or m.group("enp") or m.group("es") or m.group("esp")
    if words:
        from text_to_num import text2num

        lang = "en" if m.group("en") or m.group("enp") else "es"
        try:
            return float(text2num(" ".join(words.lower().replace("-", " ").split()), lang))
        except ValueError:
            return None
    if m.group("k"):
        return float(int(m.group("k")) * 1000 + int(m.group("ku")))
    if m.group("ku1"):
        return float(1000 + int(m.group("ku1")))
    if m.group("kw"):  # "dos mil 253"
        from text_to_num import text2num

        try:
            return float(text2num(m.group("kw").lower(), "es") * 1000 + int(m.group("kwu")))
        except ValueError:
            return None
    if not (m.group("mk") or m.group("mu") or m.group("mg")):
        return None  # "2 millones", "un millón": the plain reader takes them
    said = m.group("m").lower()
    millions = int(NUMBER_WORDS[said]) if said in NUMBER_WORDS else int(said)
    if m.group("mg"):  # "un millón 997,579": the rest written in figures
        return float(millions * 1_000_000 + int(re.sub(r"\D", "", m.group("mg"))))
    return float(millions * 1_000_000 + int(m.group("mk") or 0) * 1000
                 + int(m.group("mu") or 0))


def _parse_digits(text: str, scaled: bool = False) -> float:
    """Digits as written in English or Spanish: "250,000" and "250.000" are a quarter of a
    million, "1,2 millones" and "1.2 million" are 1.2 million. Before a scale word a single
    separator is a decimal point ("2.475 millones", "2,475 millones": 2.475 million, as a
    text about migrants means), otherwise three digits after it make it a thousands
    separator."""
    if re.fullmatch(_APOSTROPHE_RE, text) or (not scaled and re.fullmatch(_MIXED_RE, text)):
        return float(re.sub(r"\D", "", text))
    cleaned = re.sub(_GROUPED_RE, lambda m: re.sub(r"\D", ",", m.group(0)),
                     re.sub(r",\s(?=\d{3})", ",", text))
    if scaled and re.fullmatch(r"\d+[.,]\d+", cleaned):
        return float(cleaned.replace(",", "."))
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", cleaned):
        return float(cleaned.replace(",", ""))
    if re.fullmatch(r"\d+,\d{1,2}", cleaned):  # Spanish decimal comma: "2,5 millones"
        return float(cleaned.replace(",", "."))
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", cleaned):  # Spanish thousands: "250.000"
        return float(cleaned.replace(".", ""))
    return float(cleaned.replace(",", ""))


def normalise_digits(words: str) -> str:
    """A written number in English notation ("250.000" → "250,000", "1,2" → "1.2"), so that
    its precision can be read the same way whatever the convention."""
    def fix(m: re.Match) -> str:
        digits = m.group(0)
        scaled = bool(re.match(r"\s*(?:millones|millón|millon|mil|million|thousand|billion)\b",
                               words[m.end():], re.IGNORECASE))
        if scaled and re.fullmatch(r"\d+[.,]\d+", digits):
            return digits.replace(",", ".")
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", digits):
            return digits.replace(".", ",")
        if re.fullmatch(r"\d+,\d{1,2}", digits):
            return digits.replace(",", ".")
        return digits
    words = re.sub(r"(\d),\s(\d{3})(?!\d)", r"\1,\2", words)
    words = re.sub(_GROUPED_RE, lambda m: re.sub(r"\D", ",", m.group(0)), words)
    words = re.sub(_APOSTROPHE_RE, lambda m: re.sub(r"\D", ",", m.group(0)), words)
    words = re.sub(_MIXED_RE + r"(?!\s*(?:millones|millón|million|mil|thousand|billion)\b)",
                   lambda m: re.sub(r"\D", ",", m.group(0)), words)
    return re.sub(r"\d[\d,.]*\d|\d", fix, words)


# "Are up to", "has gone up to": the level risen to, not "as many as".
_RISEN_UP_TO = re.compile(r"\b(?:are|is|was|were|(?:has|have|had) (?:gone|climbed|risen)|"
                          r"went|climbed|rose|now) up to$", re.IGNORECASE)


def _hedge(text: str | None) -> str | None:
    return HEDGES.get(" ".join(text.lower().split())) if text else None
