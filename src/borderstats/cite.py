"""Copy-ready sentences: each figure of an answer as a sentence a story can print, in
English or Spanish, with its source in parentheses — "Border Patrol recorded 124,215
encounters at the Southwest border in January 2024 (U.S. Customs and Border Protection,
Southwest Land Border Encounters, published September 2025)."

Who counted what, per measure and language, is the table below; a measure without a
sentence of its own is cited by its catalog title.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from borderstats.errors import QueryError
from borderstats.metrics import get_measure
from borderstats.nationality import name as country_name
from borderstats.periods import parse_period
from borderstats.query import VALUE_ALIASES, ChangeResult, QueryResult, RankResult, SourcePiece

LANGUAGES = ("en", "es")

# {value}: the figure; {filters}: what the filters kept ("of nationals of Venezuela");
# {when}: the period with its preposition ("in January 2024").
SENTENCES: dict[str, dict[str, str]] = {
    "swb_encounters": {
        "en": "U.S. Customs and Border Protection recorded {value} encounters{filters} at "
              "the Southwest border {when}",
        "es": "La Oficina de Aduanas y Protección Fronteriza de Estados Unidos (CBP) registró "
              "{value} encuentros{filters} en la frontera suroeste {when}"},
    "usbp_swb_encounters": {
        "en": "Border Patrol recorded {value} encounters{filters} at the Southwest border "
              "{when}",
        "es": "La Patrulla Fronteriza registró {value} encuentros{filters} en la frontera "
              "suroeste de Estados Unidos {when}"},
    "usbp_swb_apprehensions": {
        "en": "Border Patrol made {value} Title 8 apprehensions{filters} at the Southwest "
              "border {when}",
        "es": "La Patrulla Fronteriza realizó {value} detenciones bajo el Título 8"
              "{filters} en la frontera suroeste de Estados Unidos {when}"},
    "ofo_swb_encounters": {
        "en": "CBP officers at Southwest border ports of entry recorded {value} encounters"
              "{filters} {when}",
        "es": "Los agentes de la CBP en los puertos de entrada de la frontera suroeste "
              "registraron {value} encuentros{filters} {when}"},
    "nationwide_encounters": {
        "en": "U.S. Customs and Border Protection recorded {value} encounters{filters} "
              "nationwide {when}",
        "es": "La Oficina de Aduanas y Protección Fronteriza de Estados Unidos (CBP) registró "
              "{value} encuentros{filters} en todo el país {when}"},
    "usbp_nationwide_encounters": {
        "en": "Border Patrol recorded {value} encounters{filters} nationwide {when}",
        "es": "La Patrulla Fronteriza registró {value} encuentros{filters} en todo Estados "
              "Unidos {when}"},
    "darien_transits": {
        "en": "Panama's National Migration Service registered {value} irregular transits"
              "{filters} through the Darién {when}",
        "es": "El Servicio Nacional de Migración de Panamá registró {value} tránsitos "
              "irregulares{filters} por el Darién {when}"},
    "mx_irregular_migrants": {
        "en": "Mexico recorded {value} events of {who}{filters} presented to its National "
              "Migration Institute or channelled to the DIF {when}",
        "es": "México registró {value} eventos de {who}{filters} presentadas ante el "
              "Instituto Nacional de Migración o canalizadas al DIF {when}"},
    "mx_returns": {
        "en": "Mexico returned {who}{filters} {value} times (deportations and assisted "
              "returns) {when}",
        "es": "México devolvió a {who}{filters} en {value} eventos (deportaciones y retornos "
              "asistidos) {when}"},
    "gt_returns": {
        "en": "Guatemala's Migration Institute recorded {value} returns of Guatemalans"
              "{filters} {when}",
        "es": "El Instituto Guatemalteco de Migración registró {value} retornos de "
              "guatemaltecos{filters} {when}"},
}

MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"],
          "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                 "septiembre", "octubre", "noviembre", "diciembre"]}

WORDS = {
    "en": {"month": "{month} {year}", "in": "in {period}", "fiscal": (
        "fiscal year {year} ({first} to {last})"), "range": "from {first} to {last}",
        "fiscal_years": "in fiscal years {first} to {last} ({start} to {end})",
        "published": "published {month}", "partial": "; data through {month}",
        "rounded": "; rounded to the nearest {rounding}", "and": " and ", "or": " or ",
        "nationals": " of nationals of {names}", "sector": " in the {names} sector",
        "office": " at the {names}", "other": " ({dim}: {names})",
        "FMUA": " of people in family units", "UAC": " of unaccompanied children",
        "Single Adults": " of single adults", "rank_1": "the {order} of {of} {like} from "
        "{first} to {last}", "rank_n": "the {ordinal} {order} of {of} {like} from {first} to "
        "{last}", "highest": "highest", "lowest": "lowest", "down": "down {pct}% from {value} "
        "{when}", "up": "up {pct}% from {value} {when}", "same": "unchanged from {when}"},
    "es": {"month": "{month} de {year}", "in": "en {period}", "fiscal": (
        "el año fiscal {year} (de {first} a {last})"), "range": "de {first} a {last}",
        "fiscal_years": "en los años fiscales {first} a {last} (de {start} a {end})",
        "published": "publicado en {month}", "partial": "; datos hasta {month}",
        "rounded": "; redondeado a la decena", "and": " y ", "or": " o ",
        "nationals": " de personas de {names}", "sector": " en el sector {names}",
        "office": " en la {names}", "other": " ({dim}: {names})",
        "FMUA": " de personas en unidades familiares", "UAC": " de menores no acompañados",
        "Single Adults": " de adultos solos", "rank_1": "la cifra más {order} de {of} {like} "
        "de {first} a {last}", "rank_n": "la {ordinal} más {order} de {of} {like} de {first} "
        "a {last}", "highest": "alta", "lowest": "baja", "down": "un {pct}% menos que los "
        "{value} de {when}", "up": "un {pct}% más que los {value} de {when}",
        "same": "igual que en {when}"},
}

# Who a {who} sentence counts: foreigners, or the nationals a filter keeps.
WHO = {"en": ("foreigners", "people from {names}"),
       "es": ("personas extranjeras", "personas de {names}")}

# What a rank compares, in Spanish ("Januaries" → "meses de enero").
LIKE_ES = {"months": "meses", "fiscal years": "años fiscales",
           "calendar years": "años naturales"}


def _language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise QueryError(f"--cite {lang!r}: expected one of {', '.join(LANGUAGES)}")
    return lang


def _number(value: int | float) -> str:
    # Thousands with a comma in both languages, as US, Mexican and Central American outlets
    # write them.
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _month(day: dt.date, lang: str) -> str:
    return WORDS[lang]["month"].format(month=MONTHS[lang][day.month - 1], year=day.year)


def period_words(label: str, lang: str) -> str:
    """'2024-01' → 'January 2024'; 'FY2023' → 'fiscal year 2023 (October 2022 to September
    2023)'; '2023' → '2023'; a range → 'from A to B' (without 'in')."""
    if ".." in label:
        first, last = label.split("..")
        if first.startswith("FY") and last.startswith("FY"):
            return WORDS[lang]["fiscal_years"].format(
                first=first[2:], last=last[2:],
                start=_month(parse_period(first).start, lang),
                end=_month(parse_period(last).end, lang))
        return WORDS[lang]["range"].format(first=period_words(first, lang),
                                           last=period_words(last, lang))
    period = parse_period(label)
    if period.kind == "month":
        return _month(period.start, lang)
    if period.kind == "fiscal_year":
        return WORDS[lang]["fiscal"].format(year=label[2:], first=_month(period.start, lang),
                                            last=_month(period.end, lang))
    return label


def _when(label: str, lang: str) -> str:
    words = period_words(label, lang)
    return words if ".." in label else WORDS[lang]["in"].format(period=words)



def _filters(filters: dict[str, list[str]], lang: str) -> str:
    words = WORDS[lang]
    out = []
    for dim, values in filters.items():
        if dim in ("citizenship", "returned_from"):
            names = [_country(v, lang) for v in values]
            out.append(words["nationals"].format(names=words["or"].join(names)))
        elif dim == "demographic" and len(values) == 1 and (
                demographic := VALUE_ALIASES["demographic"].get(values[0].lower(), values[0])
        ) in words:
            out.append(words[demographic])
        elif dim == "sector":
            offices = all(v.endswith("Field Office") for v in values)
            out.append(words["office" if offices else "sector"].format(
                names=words["or"].join(values)))
        else:
            out.append(words["other"].format(dim=dim, names=words["or"].join(values)))
    return "".join(out)


def _country(code: str, lang: str) -> str:
    try:
        return country_name(code, lang)
    except KeyError:
        return code


def source_words(pieces: list[SourcePiece], lang: str) -> str:
    """'U.S. Customs and Border Protection, Southwest Land Border Encounters, published
    September 2025': each release once."""
    seen: dict[str, None] = {}
    for p in pieces:
        title = p.release_title.removesuffix(" (CSV)").removesuffix(" (PDF)")
        published = WORDS[lang]["published"].format(
            month=_month(dt.date.fromisoformat(p.published), lang))
        rounding = WORDS[lang]["rounded"].format(rounding=p.rounding) if p.rounding > 1 else ""
        seen[f"{p.publisher}, {title}, {published}{rounding}"] = None
    return "; ".join(seen)


def _sentence(measure_id: str, value: int, filters: dict[str, list[str]], period: str,
              lang: str) -> str:
    template = SENTENCES.get(measure_id, {}).get(lang)
    if template is None:
        measure = get_measure(measure_id)
        template = f"{measure.title}: {{value}} {measure.unit}{{filters}} {{when}}"
    who = ""
    if "{who}" in template:
        nationals = filters.get("citizenship")
        who = WHO[lang][1].format(names=WORDS[lang]["or"].join(
            _country(v, lang) for v in nationals)) if nationals else WHO[lang][0]
        filters = {k: v for k, v in filters.items() if k != "citizenship"}
    return template.format(value=_number(value), filters=_filters(filters, lang),
                           when=_when(period, lang), who=who)


def _partial(result: QueryResult, lang: str) -> str:
    if result.complete or not result.provenance:
        return ""
    last = max(parse_period(p.last).end for p in result.provenance)
    return WORDS[lang]["partial"].format(month=_month(last, lang))


def cite_query(result: QueryResult, lang: str = "en") -> list[str]:
    """One sentence for the total, or one per row of a breakdown (its categories as
    filters, its period as the period)."""
    lang = _language(lang)
    if not result.rows:
        return [f"{_sentence(result.measure, result.value, result.filters, result.period, lang)}"
                f" ({source_words(result.provenance, lang)}{_partial(result, lang)})."]
    grain = result.grain
    sentences = []
    for row in result.rows:
        if row.get("value") is None or any(row.get(d) == "all others" for d in result.by):
            continue
        filters = dict(result.filters)
        filters.update({d: [row[d]] for d in result.by if d != grain})
        period = row[grain] if grain else result.period
        pieces = [p for p in result.provenance if _overlaps(p, period)] or result.provenance
        sentences.append(f"{_sentence(result.measure, row['value'], filters, period, lang)}"
                         f" ({source_words(pieces, lang)}).")
    return sentences


def _overlaps(piece: SourcePiece, label: str) -> bool:
    wanted = parse_period(label)
    return (parse_period(piece.first).start <= wanted.end
            and wanted.start <= parse_period(piece.last).end)


def _ordinal(n: int, lang: str) -> str:
    if lang == "es":
        return f"{n}.ª"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def cite_rank(result: RankResult, lang: str = "en") -> list[str]:
    """'... in January 2024, the 5th highest of 26 Januaries from 2000 to 2025 (...)'."""
    lang = _language(lang)
    words = WORDS[lang]
    series = [e["period"] for e in result.series]
    like = result.compared_with
    if lang == "es":
        like = LIKE_ES.get(like) or f"meses de {MONTHS['es'][int(result.period[5:7]) - 1]}"
    same_month = result.compared_with not in ("months", "fiscal years", "calendar years")
    first, last = series[0], series[-1]
    ends = {"first": first[:4] if same_month else period_words(first, lang),
            "last": last[:4] if same_month else period_words(last, lang)}
    key = "rank_1" if result.rank == 1 else "rank_n"
    standing = words[key].format(order=words[result.order], of=result.of, like=like,
                                 ordinal=_ordinal(result.rank, lang), **ends)
    pieces = [p for p in result.provenance if _overlaps(p, result.period)]
    return [f"{_sentence(result.measure, result.value, result.filters, result.period, lang)}"
            f", {standing} ({source_words(pieces or result.provenance, lang)})."]


def cite_change(result: ChangeResult, lang: str = "en") -> list[str]:
    """'... in January 2024, down 41.7% from 301,981 in December 2023 (...)'."""
    lang = _language(lang)
    words = WORDS[lang]
    before, after = result.before, result.after
    when_before = _when(before.period, lang) if lang == "en" else period_words(before.period,
                                                                               lang)
    if result.percent_change is None or result.difference == 0:
        move = words["same"].format(when=period_words(before.period, lang))
    else:
        move = words["down" if result.difference < 0 else "up"].format(
            pct=f"{abs(result.percent_change):.1f}", value=_number(before.value),
            when=when_before)
    pieces = list({p.describe(): p for p in after.provenance + before.provenance}.values())
    return [f"{_sentence(result.measure, after.value, after.filters, after.period, lang)}, "
            f"{move} ({source_words(pieces, lang)})."]


def cite(result: Any, lang: str = "en") -> list[str]:
    """Copy-ready sentences for a query, rank or change answer."""
    if isinstance(result, QueryResult):
        return cite_query(result, lang)
    if isinstance(result, RankResult):
        return cite_rank(result, lang)
    if isinstance(result, ChangeResult):
        return cite_change(result, lang)
    raise QueryError(f"cannot cite a {type(result).__name__}")
