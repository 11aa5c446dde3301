"""Languages: which language a text is written in, and the checker's words in English and
Spanish — explanation templates, verdict names, measure titles, reading labels and the
main caveats of every measure (the catalog's caveats are English; ``CAVEATS_ES`` keeps the
most important ones in Spanish, keyed by measure id).

The detector is deliberately small and deterministic: it counts frequent function words
of each language in the first 50,000 characters and picks the language with more of them
(English on a tie, and for a text with none)."""

from __future__ import annotations

import re

from borderstats.periods import Period

LANGUAGES = ("en", "es")

# Function words that are frequent in one language and rare in the other ("a", "no",
# "me" are both, so they are not counted).
_STOP_ES = frozenset((
    "el", "la", "los", "las", "de", "del", "que", "en", "y", "un", "una", "unos", "unas",
    "por", "con", "para", "se", "su", "sus", "al", "es", "más", "como", "pero", "fue", "este",
    "esta", "estos", "estas", "entre", "según", "también", "sin", "sobre", "desde", "hasta",
    "durante", "ha", "han", "son", "fueron", "año", "años", "cifra", "cifras", "frente",
    "mientras"))
_STOP_EN = frozenset((
    "the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "as", "was", "by",
    "at", "from", "were", "have", "has", "more", "than", "this", "it", "are", "be", "which",
    "their", "its", "been", "said", "during", "between", "year", "years"))
_WORD = re.compile(r"[a-záéíóúñü]+")


def detect_language(text: str) -> str:
    """'es' if the text has more Spanish function words than English ones, else 'en'."""
    es = en = 0
    for word in _WORD.findall(text[:50_000].lower()):
        if word in _STOP_ES:
            es += 1
        elif word in _STOP_EN:
            en += 1
    return "es" if es > en else "en"


def resolve(lang: str | None, text_language: str) -> str:
    """The language explanations are written in: 'auto' (or None) follows the text."""
    if lang in (None, "auto"):
        return text_language
    if lang not in LANGUAGES:
        from borderstats.errors import BorderstatsError

        raise BorderstatsError(f"unknown language {lang!r}: use auto, en or es")
    return lang


VERDICT_LABELS = {
    "en": {"accurate": "accurate", "roughly_accurate": "roughly accurate",
           "inaccurate": "inaccurate", "misleading": "misleading",
           "unverifiable": "unverifiable"},
    "es": {"accurate": "correcta", "roughly_accurate": "aproximadamente correcta",
           "inaccurate": "incorrecta", "misleading": "engañosa",
           "unverifiable": "no verificable"},
}

MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre")


def month_name(month: int, lang: str) -> str:
    if lang == "es":
        return MONTHS_ES[month - 1]
    return ("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December")[month - 1]


def fmt_period(p: Period, lang: str) -> str:
    """A period in prose: 'December 2023' / 'diciembre de 2023', 'FY2023' / 'año fiscal
    2023'; other labels as they are."""
    if p.kind == "month":
        if lang == "es":
            return f"{MONTHS_ES[p.start.month - 1]} de {p.start.year}"
        return f"{p.start:%B %Y}"
    if lang == "es" and p.kind == "fiscal_year":
        return f"año fiscal {p.label[2:]}"
    return p.label


def fmt_label(label: str, lang: str) -> str:
    """A period label ('FY2023', '2023-12') in prose."""
    if lang != "es":
        return label
    if m := re.fullmatch(r"FY(\d{4})", label):
        return f"año fiscal {m.group(1)}"
    if m := re.fullmatch(r"(\d{4})-(\d\d)", label):
        return f"{MONTHS_ES[int(m.group(2)) - 1]} de {m.group(1)}"
    return label


def fmt_month(day, lang: str) -> str:  # noqa: ANN001 - a date
    return f"{month_name(day.month, lang)}{' de ' if lang == 'es' else ' '}{day.year}"


TITLES_ES = {
    "swb_encounters": "Encuentros en la frontera suroeste (CBP, todos sus componentes)",
    "usbp_swb_encounters": "Encuentros de la Patrulla Fronteriza en la frontera suroeste",
    "usbp_swb_apprehensions": "Aprehensiones de la Patrulla Fronteriza bajo el Título 8 en la "
                              "frontera suroeste",
    "ofo_swb_encounters": "Encuentros de la Oficina de Operaciones de Campo en los puertos "
                          "de entrada de la frontera suroeste",
    "nationwide_encounters": "Encuentros en todo el país (CBP, todas las fronteras y "
                             "puertos)",
    "usbp_nationwide_encounters": "Encuentros de la Patrulla Fronteriza en todo el país",
    "darien_transits": "Tránsitos irregulares por el Darién (SNM de Panamá)",
    "mx_irregular_migrants": "Eventos de personas extranjeras presentadas ante el INM o "
                             "canalizadas al DIF (México)",
    "mx_returns": "Eventos de personas extranjeras devueltas por México: deportaciones y "
                  "retornos asistidos",
    "gt_returns": "Guatemaltecos retornados a Guatemala (IGM)",
    "dhs_repatriations": "Repatriaciones del DHS: deportaciones (removals), retornos y "
                         "expulsiones del Título 42",
    "dhs_removals": "Deportaciones (removals) del DHS",
    "dhs_apprehensions": "Aprehensiones del DHS (Patrulla Fronteriza más ICE), Anuario del "
                         "DHS, tabla 33",
    "swb_book_outs": "Salidas de custodia (book-outs) de CBP en la frontera suroeste",
}

# The most important caveats of each measure, in Spanish (the catalog's are English).
CAVEATS_ES = {
    "swb_encounters": [
        "Los encuentros cuentan eventos, no personas: alguien detenido varias veces cuenta "
        "varias veces (los reintentos fueron frecuentes bajo el Título 42).",
        "Los encuentros no son cruces: excluyen a quienes cruzaron sin ser detectados "
        "(got-aways) e incluyen a quienes se presentaron en los puertos de entrada.",
        "Incluye a los inadmisibles de la Oficina de Operaciones de Campo en los puertos de "
        "entrada (con las citas de CBP One desde 2023), no solo las aprehensiones de la "
        "Patrulla Fronteriza.",
    ],
    "usbp_swb_encounters": [
        "Los encuentros cuentan eventos, no personas: alguien detenido varias veces cuenta "
        "varias veces.",
        "Solo la Patrulla Fronteriza: excluye los encuentros en los puertos de entrada.",
        "De marzo de 2020 a mayo de 2023 las cifras incluyen las expulsiones del Título 42, "
        "que no son aprehensiones bajo el Título 8.",
    ],
    "usbp_swb_apprehensions": [
        "Las aprehensiones cuentan eventos, no personas.",
        "Excluye las expulsiones del Título 42 (marzo de 2020 – mayo de 2023).",
        "El año fiscal va de octubre a septiembre.",
    ],
    "ofo_swb_encounters": [
        "Los encuentros cuentan eventos, no personas.",
        "Solo puertos de entrada: personas que se presentan (también con citas de CBP One "
        "desde 2023) y son declaradas inadmisibles; no los cruces entre puertos.",
        "El año fiscal va de octubre a septiembre.",
    ],
    "nationwide_encounters": [
        "Los encuentros cuentan eventos, no personas.",
        "Todo el país no es la frontera sur: suma la frontera norte y los aeropuertos y "
        "puertos marítimos (cerca de una cuarta parte del total en el año fiscal 2023).",
        "El año fiscal va de octubre a septiembre.",
    ],
    "usbp_nationwide_encounters": [
        "Los encuentros cuentan eventos, no personas.",
        "Solo la Patrulla Fronteriza: excluye los puertos de entrada.",
        "De marzo de 2020 a mayo de 2023 las cifras incluyen las expulsiones del Título 42.",
    ],
    "darien_transits": [
        "Compilación de terceros: la OIM extrajo las tablas publicadas por el SNM de Panamá; "
        "conviene cotejar una cifra con el SNM antes de citarla.",
        "Tránsitos, no personas: quien cruza dos veces cuenta dos veces; quienes cruzaron "
        "sin ser registrados no se cuentan.",
        "2010–2019 son solo totales anuales; Panamá cuenta años calendario (los años "
        "fiscales de EE.UU. no aplican).",
    ],
    "mx_irregular_migrants": [
        "Eventos, no personas: una persona presentada dos veces cuenta dos veces.",
        "Es la cifra de detenciones de México (personas extranjeras presentadas ante el INM "
        "o canalizadas al DIF), no el total de migrantes en México ni de quienes entraron "
        "al país: quienes nunca fueron detenidos no se cuentan.",
        "Compilación de terceros: la OIM reorganizó las tablas del Boletín de la Unidad de "
        "Política Migratoria (SEGOB); conviene cotejar una cifra con el Boletín antes de "
        "citarla. La serie del almacén empieza en enero de 2018.",
    ],
    "mx_returns": [
        "Eventos, no personas.",
        "Compilación de terceros: la OIM reorganizó la tabla 3.2.4 del Boletín de la UPM; "
        "conviene cotejar una cifra con el Boletín antes de citarla.",
        "Devoluciones de extranjeros desde México (deportaciones y retornos asistidos); no "
        "los mexicanos devueltos por EE.UU.",
    ],
    "gt_returns": [
        "Compilación de terceros: la OIM reorganizó las estadísticas publicadas por el IGM; "
        "conviene cotejar una cifra con el IGM antes de citarla.",
        "Retornos, no personas: alguien retornado dos veces cuenta dos veces.",
        "Desde enero de 2024 la compilación deja en blanco el país que retorna en una de sus "
        "dos series (por eliminación, presumiblemente Estados Unidos, pero el archivo no lo "
        "dice).",
    ],
    "dhs_repatriations": [
        "Eventos, no personas: alguien repatriado dos veces cuenta dos veces.",
        "La OHSS redondea cada celda a la decena; las cifras mensuales llegan hasta agosto "
        "de 2024 y el Anuario del DHS termina en el año fiscal 2019.",
        "Suma deportaciones (removals), retornos y expulsiones del Título 42.",
    ],
    "dhs_removals": [
        "Eventos, no personas.",
        "Solo deportaciones con orden de expulsión (removals): excluye retornos y "
        "expulsiones del Título 42.",
        "La OHSS redondea cada celda a la decena; las cifras mensuales llegan hasta agosto "
        "de 2024 y el Anuario del DHS termina en el año fiscal 2019.",
    ],
    "dhs_apprehensions": [
        "Eventos, no personas.",
        "No es la serie de la Patrulla Fronteriza: suma los arrestos administrativos de ICE.",
        "Solo anual; antes del año fiscal 1977 el año fiscal iba de julio a junio.",
    ],
    "swb_book_outs": [
        "Las salidas de custodia cuentan eventos, en el mes en que la persona salió de la "
        "custodia de CBP, no en el del encuentro.",
        "La OHSS redondea cada celda a la decena.",
        "Leído de una versión aplanada por la mesa de datos de AFP del libro oficial de la "
        "OHSS (terceros).",
    ],
}

# What a reading takes the words to mean.
LABELS = {
    "usbp_swb_between": ("Border Patrol, Southwest border (between ports)",
                         "Patrulla Fronteriza, frontera suroeste (entre puertos)"),
    "usbp_swb": ("Border Patrol, Southwest border", "Patrulla Fronteriza, frontera suroeste"),
    "swb": ("all CBP encounters, Southwest border (incl. ports)",
            "todos los encuentros de CBP, frontera suroeste (incl. puertos)"),
    "ofo": ("ports of entry, Southwest border", "puertos de entrada, frontera suroeste"),
    "t8": ("Border Patrol Title 8 apprehensions",
           "aprehensiones de la Patrulla Fronteriza bajo el Título 8"),
    "t8_only": ("Border Patrol Title 8 apprehensions only (without Title 42 expulsions)",
                "solo aprehensiones de la Patrulla Fronteriza bajo el Título 8 (sin las "
                "expulsiones del Título 42)"),
    "usbp_nat": ("Border Patrol, nationwide", "Patrulla Fronteriza, todo el país"),
    "nat": ("all CBP encounters, nationwide", "todos los encuentros de CBP, todo el país"),
    "northern": ("all CBP encounters, northern border",
                 "todos los encuentros de CBP, frontera norte"),
    "cbp_all": ("all CBP encounters", "todos los encuentros de CBP"),
    "f_nationwide": ("the nationwide total (all borders and airports)",
                     "el total nacional (todas las fronteras y aeropuertos)"),
    "f_cbp": ("all CBP encounters (Border Patrol and ports of entry)",
              "todos los encuentros de CBP (Patrulla Fronteriza y puertos de entrada)"),
    "f_fiscal": ("the fiscal year of the same number (October–September)",
                 "el año fiscal del mismo número (octubre–septiembre)"),
    "f_calendar": ("the calendar year of the same number (January–December), which is how "
                   "the series is published",
                   "el año calendario del mismo número (enero–diciembre), que es como se "
                   "publica la serie"),
    "mx": ("Mexico: foreigners presented to the INM or channelled to the DIF (events)",
           "México: personas extranjeras presentadas ante el INM o canalizadas al DIF "
           "(eventos)"),
    "mx_returns": ("Mexico: all returns of foreigners (deportations and assisted returns)",
                   "México: todas las devoluciones de extranjeros (deportaciones y retornos "
                   "asistidos)"),
    "mx_deport": ("Mexico: formal deportations only", "México: solo deportaciones formales"),
    "mx_assisted": ("Mexico: assisted returns only", "México: solo retornos asistidos"),
    "gt": ("Guatemala: Guatemalans returned (IGM)",
           "Guatemala: guatemaltecos retornados (IGM)"),
    "gt_unknown": ("Guatemala: the returns the compilation leaves without a returning country "
                   "(presumably from the United States, by elimination; the file does not "
                   "say so)",
                   "Guatemala: los retornos que la compilación deja sin país de retorno "
                   "(presumiblemente desde Estados Unidos, por eliminación; el archivo no lo "
                   "dice)"),
    "darien": ("Panama: irregular transits through the Darién",
               "Panamá: tránsitos irregulares por el Darién"),
    "dhs_removals": ("US: DHS removals", "EE.UU.: deportaciones (removals) del DHS"),
    "dhs_rep": ("US: DHS repatriations (removals, returns and Title 42 expulsions)",
                "EE.UU.: repatriaciones del DHS (deportaciones, retornos y expulsiones del "
                "Título 42)"),
    "fiscal_years": ("fiscal years", "años fiscales"),
    "calendar_years": ("calendar years", "años calendario"),
}


def label(key: str, lang: str) -> str:
    en, es = LABELS[key]
    return es if lang == "es" else en


# Explanation templates. Placeholders are filled by str.format; figures come formatted.
MESSAGES: dict[str, tuple[str, str]] = {
    "no_topic": ("The text does not say what is counted.",
                 "El texto no dice qué se cuenta."),
    "no_series": ("No official series in the store measures this. What would answer it: "
                  "{missing}.",
                  "Ninguna serie oficial del almacén mide esto. Lo que respondería: "
                  "{missing}."),
    "mexico_south": ("This is about Mexico's southern border (with Guatemala and Belize), "
                     "which the US series do not measure. What would answer it: {missing}.",
                     "Se refiere a la frontera sur de México (con Guatemala y Belice), que "
                     "las series de EE.UU. no miden. Lo que respondería: {missing}."),
    "mexico_south_missing": (
        "a series of Mexico's detentions by state or border crossing point (the store's "
        "mx_irregular_migrants is national), or Guatemala's IGM returns",
        "una serie de detenciones de México por estado o por punto de la frontera (la serie "
        "mx_irregular_migrants del almacén es nacional), o los retornos del IGM de "
        "Guatemala"),
    "mexico_south_national": (
        "The claim is about Mexico's southern border, but Mexico's detention figure in the "
        "store is national (not broken down by state or border), so the part at the "
        "southern border cannot be checked. For reference — {national}",
        "La afirmación se refiere a la frontera sur de México, pero la cifra de detenciones "
        "de México del almacén es nacional (no se desglosa por estado ni por frontera), así "
        "que la parte de la frontera sur no se puede verificar. Como referencia — "
        "{national}"),
    "mexico_south_exceeds": (
        " The figure claimed for the southern border alone is larger than Mexico's national "
        "total, so it cannot be right.",
        " La cifra afirmada solo para la frontera sur es mayor que el total nacional de "
        "México, así que no puede ser correcta."),
    "no_period": ("The text gives no period for this figure, so it cannot be checked against "
                  "a series.",
                  "El texto no da un periodo para esta cifra, así que no se puede contrastar "
                  "con una serie."),
    "matches_instead": (" The figure matches {label} instead: {expl}",
                        " La cifra coincide en cambio con {label}: {expl}"),
    "events_not_people": (" But the figure counts {unit} — events, not people: someone "
                          "counted several times is counted each time, so it does not show "
                          "how many different people {what}.",
                          " Pero la cifra cuenta {unit}: eventos, no personas; alguien "
                          "contado varias veces cuenta cada vez, así que no muestra cuántas "
                          "personas distintas {what}."),
    "framing_matches": (" The stated {what} matches {label} instead: {expl}",
                        " {what} coincide, en realidad, con {label}: {expl}"),
    "what_change": ("change", "El cambio afirmado"),
    "what_figure": ("figure", "La cifra afirmada"),
    "depends": (" The verdict depends on the reading: {parts}.",
                " El veredicto depende de la lectura: {parts}."),
    "depends_part": ("as {label}, {verdict}", "como {label}, {verdict}"),
    "same": (" Read as {labels}, the result is the same ({verdict}).",
             " Leída como {labels}, el resultado es el mismo ({verdict})."),
    "or_as": ("; or as ", "; o como "),
    "begins_after": ("No official figure for this reading: the store's {title} series begins "
                     "in {month}, after {periods}.",
                     "No hay cifra oficial para esta lectura: la serie {title} del almacén "
                     "empieza en {month}, después de {periods}."),
    "ends_before": ("No official figure for this reading: the store's {title} series ends in "
                    "{month}, before {periods}.",
                    "No hay cifra oficial para esta lectura: la serie {title} del almacén "
                    "termina en {month}, antes de {periods}."),
    "no_figure": ("No official figure for this reading: {error}",
                  "No hay cifra oficial para esta lectura: {error}"),
    "not_covered": ("No official figure for this reading: the store has no {title} figure "
                    "for {periods}{detail} ({coverage}).",
                    "No hay cifra oficial para esta lectura: el almacén no tiene cifra de "
                    "{title} para {periods}{detail} ({coverage})."),
    "covers": ("the series covers {first} – {last}", "la serie cubre {first} – {last}"),
    "with_breakdown": (" with this breakdown", " con este desglose"),
    "national_figure": ("{title}, {period}: {value}.", "{title}, {period}: {value}."),
    "gap": (" ({gap})", " ({gap})"),
    "partial": ("{period} is only partly covered (missing {missing})",
                "{period} solo está cubierto en parte (faltan {missing})"),
    "total": ("{title}{scope}: {reasons}. Claimed: {words}{each}.",
              "{title}{scope}: {reasons}. Se afirma: {words}{each}."),
    "in_each": (" in each", " en cada uno"),
    "total_part": ("{period}: {value} ({reason})", "{period}: {value} ({reason})"),
    "lower_bound": ("{period}: at least {value} with {months} of {of} months published "
                    "({reason})",
                    "{period}: al menos {value} con {months} de {of} meses publicados "
                    "({reason})"),
    "comparison": ("{title}{scope}: {base} had {value}; {parts}.",
                   "{title}{scope}: {base} tuvo {value}; {parts}."),
    "comparison_part": ("{period} {value} is {reason}", "{period} {value} es {reason}"),
    "change": ("{title}{scope} went from {before} in {p1} to {after} in {p2}: {reason}.",
               "{title}{scope}: de {before} en {p1} a {after} en {p2}; {reason}."),
    "rank": ("{title}{scope}: {target} had {value}, {rank_word} {rank} of {of} {like} {span} "
             "({reason}); the {extreme} was {top} with {top_value}.",
             "{title}{scope}: {target} tuvo {value}, {rank_word} {rank} de {of} {like} "
             "{span} ({reason}); {extreme} fue {top} con {top_value}."),
    "rank_word_high": ("rank", "puesto"),
    "rank_word_low": ("rank from the bottom", "puesto desde abajo"),
    "extreme_high": ("highest", "el más alto"),
    "extreme_low": ("lowest", "el más bajo"),
    "like_months": ("months", "meses"),
    "like_fiscal_year": ("fiscal years", "años fiscales"),
    "like_year": ("calendar years", "años calendario"),
    "like_same_month": ("{plural}", "meses de {month}"),
    "rank_begins": ("The store's series with this breakdown begins in {first}, so "
                    "'{words}' is checked only from then.",
                    "La serie del almacén con este desglose empieza en {first}, así que "
                    "'{words}' solo se verifica desde entonces."),
    "rank_window_short": ("'{words}' is taken as the last {years} years ({start} – {end}); "
                          "the store's series begins in {first}, so the claim is checked "
                          "over {first} – {end} only. Checking the whole window would need "
                          "the series back to {start}{more}.",
                          "'{words}' se toma como los últimos {years} años ({start} – {end}); "
                          "la serie del almacén empieza en {first}, así que la afirmación "
                          "solo se verifica en {first} – {end}. Verificar toda la ventana "
                          "requeriría la serie desde {start}{more}."),
    "mx_earlier": (" (earlier years of the UPM Boletín are published by SEGOB but are not in "
                   "the store)",
                   " (los años anteriores del Boletín de la UPM los publica la SEGOB, pero "
                   "no están en el almacén)"),
    "trend_direction": ("{title}{scope} went from {before} in {p1} to {after} in {p2}: "
                        "{reason}.",
                        "{title}{scope}: de {before} en {p1} a {after} en {p2}; "
                        "{reason}."),
    "trend_level": ("{title}{scope} averaged {level} a month in {period}; {reason} "
                    "({first}–{last}).",
                    "{title}{scope}: un promedio de {level} al mes en {period}; {reason} "
                    "({first}–{last})."),
    "share": ("{title}, {period}: {part} of {whole} ({reason}).",
              "{title}, {period}: {part} de {whole} ({reason})."),
    "t42_record": ("But the record is in encounters — events, not people: under Title 42 "
                   "({era}) many expelled people crossed again and were counted each time, "
                   "so the count does not show a record number of different people.",
                   "Pero el récord es de encuentros (eventos, no personas): bajo el Título "
                   "42 ({era}) muchas personas expulsadas volvieron a cruzar y se contaron "
                   "cada vez, así que la cifra no muestra un número récord de personas "
                   "distintas."),
    "t42_multiple": ("But the multiple compares encounters — events, not people — across the "
                     "Title 42 era ({era}), when expelled people often crossed again and were "
                     "counted each time; the ratio of different people was smaller.",
                     "Pero el múltiplo compara encuentros (eventos, no personas) a través de "
                     "la era del Título 42 ({era}), cuando las personas expulsadas a menudo "
                     "volvían a cruzar y se contaban cada vez; la proporción de personas "
                     "distintas fue menor."),
    "mx_returns_split": (" Of these, {deport} were formal deportations and {assisted} "
                         "assisted returns ({minors} of them of minors).",
                         " De esos eventos, {deport} fueron deportaciones formales y "
                         "{assisted} retornos asistidos ({minors} de ellos, de menores)."),
    "cross": ("{a_title}, {period_a}: {a_value}; {b_title}, {period_b}: {b_value}. "
              "Ratio of {a_name} to {b_name}: {reason}. {alignment}",
              "{a_title}, {period_a}: {a_value}; {b_title}, {period_b}: {b_value}. "
              "Cociente entre {a_name} y {b_name}: {reason}. {alignment}"),
    "cross_caveat": ("The two series count different things: {a_unit}; {b_unit}. Both count "
                     "events, not people, and the same person can be in both (stopped in "
                     "Mexico, then again at the US border).",
                     "Las dos series cuentan cosas distintas: {a_unit}; {b_unit}. Ambas "
                     "cuentan eventos, no personas, y la misma persona puede estar en las "
                     "dos (detenida en México y después en la frontera de EE.UU.)."),
    "align_calendar": ("Both are compared over the same calendar months ({period}); the US "
                       "figure is summed from its monthly figures, so US fiscal years do not "
                       "enter.",
                       "Ambas se comparan en los mismos meses calendario ({period}); la cifra "
                       "de EE.UU. se suma a partir de sus cifras mensuales, así que los años "
                       "fiscales de EE.UU. no intervienen."),
    "align_fiscal": ("Both are compared over the same months, the US fiscal year the text "
                     "names ({period}, October–September); {other} publishes calendar years, "
                     "so its side is summed from its monthly figures.",
                     "Ambas se comparan en los mismos meses, el año fiscal de EE.UU. que "
                     "nombra el texto ({period}, octubre–septiembre); {other} publica años "
                     "calendario, así que su lado se suma a partir de sus cifras mensuales."),
    "align_months": ("Both are compared over the same months ({period}).",
                     "Ambas se comparan en los mismos meses ({period})."),
    "align_both_calendar": ("Both publish calendar years; compared over {period}.",
                            "Ambas series se publican por año calendario; se comparan en "
                            "{period}."),
    "err_no_group": ("the share names no group the store breaks the figures down by "
                     "(nationality, family status, sector, state, Title 42)",
                     "la proporción no nombra ningún grupo por el que el almacén desglose "
                     "las cifras (nacionalidad, situación familiar, sector, estado, Título "
                     "42)"),
    "err_nothing_to_compare": ("a share or multiple with nothing to compare it to",
                               "una proporción o un múltiplo sin nada con qué compararlo"),
    "err_no_base": ("the comparison does not name what it compares with",
                    "la comparación no dice con qué compara"),
    "err_no_month": ("no month of {period} is covered", "ningún mes de {period} está cubierto"),
    "err_not_in_window": ("{target} is not within the comparison window {window} (or the "
                          "store does not cover it with this breakdown)",
                          "{target} no está en la ventana de comparación {window} (o el "
                          "almacén no lo cubre con este desglose)"),
    "err_no_history": ("no monthly history to judge the level against",
                       "no hay historia mensual con la que juzgar el nivel"),
    "gt_presumed": ("From January 2024 the IGM compilation leaves the returning country "
                    "blank for the series that is presumably the United States; the returns "
                    "with no country are taken as those from the United States, which the "
                    "file does not say.",
                    "Desde enero de 2024 la compilación del IGM deja en blanco el país de "
                    "retorno en la serie que presumiblemente es la de Estados Unidos; se "
                    "toman los retornos sin país como los de Estados Unidos, lo que el "
                    "archivo no dice."),
}


# Filter values in prose.
VALUES_ES = {"Deportation": "deportación", "Assisted return": "retorno asistido",
             "Assisted return of minors": "retorno asistido de menores", "MEX": "México",
             "USA": "EE.UU.", "UNKNOWN": "sin país", "Title 42": "Título 42",
             "Title 8": "Título 8", "FMUA": "unidades familiares",
             "UAC": "menores no acompañados", "Single Adults": "adultos solos",
             "Northern Land Border": "frontera norte"}


def msg(lang: str, key: str, **kw: object) -> str:
    en, es = MESSAGES[key]
    return (es if lang == "es" else en).format(**kw)


# How far each corridor or DHS series reaches: named when a claim falls in a gap.
COVERAGE_NOTES = {
    "dhs_removals": ("monthly OHSS figures run from October 2013 to August 2024; the DHS "
                     "Yearbook's fiscal-year series ends in FY2019",
                     "las cifras mensuales de la OHSS van de octubre de 2013 a agosto de "
                     "2024; la serie anual del Anuario del DHS termina en el año fiscal "
                     "2019"),
    "dhs_repatriations": ("monthly OHSS figures run from October 2013 to August 2024; the "
                          "DHS Yearbook's fiscal-year series ends in FY2019",
                          "las cifras mensuales de la OHSS van de octubre de 2013 a agosto "
                          "de 2024; la serie anual del Anuario del DHS termina en el año "
                          "fiscal 2019"),
    "mx_irregular_migrants": ("the store holds IOM's compilation of the UPM Boletín from "
                              "January 2018",
                              "el almacén tiene la compilación de la OIM del Boletín de la "
                              "UPM desde enero de 2018"),
    "mx_returns": ("the store holds IOM's compilation of the UPM Boletín from January 2015",
                   "el almacén tiene la compilación de la OIM del Boletín de la UPM desde "
                   "enero de 2015"),
    "darien_transits": ("monthly figures from January 2020; 2010–2019 as calendar-year "
                        "totals only",
                        "cifras mensuales desde enero de 2020; 2010–2019 solo como totales "
                        "por año calendario"),
    "gt_returns": ("the store holds IOM's compilation of IGM returns from January 2020",
                   "el almacén tiene la compilación de la OIM de los retornos del IGM desde "
                   "enero de 2020"),
}


def coverage_note(measure: str, lang: str) -> str:
    pair = COVERAGE_NOTES.get(measure)
    if not pair:
        return ""
    return pair[1] if lang == "es" else pair[0]


# What one unit of a series is, for the events-as-people framing and the comparison caveat.
UNITS = {
    "mx_irregular_migrants": ("Mexico counts events of foreigners presented to its migration "
                              "authority (INM) or channelled to the DIF",
                              "México cuenta eventos de personas extranjeras presentadas "
                              "ante su autoridad migratoria (INM) o canalizadas al DIF"),
    "mx_returns": ("Mexico counts events of foreigners returned (deportations and assisted "
                   "returns)",
                   "México cuenta eventos de personas extranjeras devueltas (deportaciones y "
                   "retornos asistidos)"),
    "darien_transits": ("Panama counts people registered entering through the Darién "
                        "(transits)",
                        "Panamá cuenta a las personas registradas al entrar por el Darién "
                        "(tránsitos)"),
    "swb_encounters": ("the US counts encounters at its Southwest border (Border Patrol "
                       "apprehensions, inadmissibles at ports of entry, Title 42 expulsions)",
                       "EE.UU. cuenta encuentros en su frontera suroeste (aprehensiones de la "
                       "Patrulla Fronteriza, inadmisibles en puertos de entrada, expulsiones "
                       "del Título 42)"),
    "usbp_swb_encounters": ("the US Border Patrol counts encounters between ports of entry "
                            "(apprehensions and, in 2020–2023, Title 42 expulsions)",
                            "la Patrulla Fronteriza de EE.UU. cuenta encuentros entre puertos "
                            "de entrada (aprehensiones y, en 2020–2023, expulsiones del "
                            "Título 42)"),
    "dhs_removals": ("the US counts removals (orders of removal carried out)",
                     "EE.UU. cuenta deportaciones con orden de expulsión (removals)"),
    "dhs_repatriations": ("the US counts repatriations (removals, returns and Title 42 "
                          "expulsions)",
                          "EE.UU. cuenta repatriaciones (deportaciones, retornos y "
                          "expulsiones del Título 42)"),
}
# What the events-as-people framing says the count is of.
EVENT_UNITS = {
    "mx_irregular_migrants": (("presentations to Mexico's migration authority",
                               "were detained"),
                              ("presentaciones ante la autoridad migratoria de México",
                               "fueron detenidas")),
    "mx_returns": (("returns", "were returned"), ("devoluciones", "fueron devueltas")),
    "gt_returns": (("returns", "were returned"), ("retornos", "fueron retornadas")),
    "dhs_removals": (("removals", "were removed"), ("deportaciones", "fueron deportadas")),
    "dhs_repatriations": (("repatriations", "were repatriated"),
                          ("repatriaciones", "fueron repatriadas")),
}


def event_unit(measure: str, lang: str) -> tuple[str, str]:
    pair = EVENT_UNITS.get(measure, (("encounters", "came"), ("encuentros", "llegaron")))
    return pair[1] if lang == "es" else pair[0]


def unit(measure: str, lang: str) -> str:
    pair = UNITS.get(measure)
    if not pair:
        return measure
    return pair[1] if lang == "es" else pair[0]


# Assumptions and notes on how the words were read.
NOTES: dict[str, tuple[str, str]] = {
    "topic_from_sentence": ("topic from the sentence", "tema tomado de la oración"),
    "place_from_text": ("place from earlier in the text", "lugar tomado de antes en el texto"),
    "agency_counts": ("counted by the agency named: {topic}",
                      "contado por la agencia nombrada: {topic}"),
    "period_from_sentence": ("period from the sentence", "periodo tomado de la oración"),
    "period_from_text": ("period from earlier in the text",
                         "periodo tomado de antes en el texto"),
    "compared_from_clause": ("compared periods from the clause before",
                             "periodos comparados tomados de la cláusula anterior"),
    "compared_from_text": ("compared periods from earlier in the text",
                           "periodos comparados tomados de antes en el texto"),
    "no_period_six": ("no period named: the six months before the text's date",
                      "sin periodo: los seis meses anteriores a la fecha del texto"),
    "no_period_three": ("no period named: the three months before the text's date",
                        "sin periodo: los tres meses anteriores a la fecha del texto"),
    "no_period_fy": ("no period named: FY{fy}, the last complete fiscal year, against "
                     "FY{before}, five years earlier",
                     "sin periodo: el año fiscal {fy}, el último completo, frente al año "
                     "fiscal {before}, cinco años antes"),
    "no_period_cy": ("no period named: {year}, the last complete calendar year, against "
                     "{before}, five years earlier (the series counts calendar years)",
                     "sin periodo: {year}, el último año calendario completo, frente a "
                     "{before}, cinco años antes (la serie cuenta años calendario)"),
    "no_period_twelve": ("no period named: the twelve months {period}, the latest both "
                         "series cover by the text's date",
                         "sin periodo: los doce meses {period}, los últimos que cubren ambas "
                         "series a la fecha del texto"),
    "calendar_series": ("a bare year is read as a calendar year: {who} counts calendar years",
                        "un año sin más se lee como año calendario: {who} cuenta años "
                        "calendario"),
    "fiscal_of_calendar_series": ("the text names a US fiscal year; {who} publishes calendar "
                                  "years, so the fiscal year is summed from its months",
                                  "el texto nombra un año fiscal de EE.UU.; {who} publica "
                                  "años calendario, así que el año fiscal se suma a partir "
                                  "de sus meses"),
    "frontera": ("'{words}' read as {place}: {why}", "'{words}' se lee como {place}: {why}"),
    "place_us_sw": ("the US southwest border", "la frontera suroeste de EE.UU."),
    "place_us_north": ("the US northern border (with Canada)",
                       "la frontera norte de EE.UU. (con Canadá)"),
    "place_mx_south": ("Mexico's southern border (with Guatemala and Belize)",
                       "la frontera sur de México (con Guatemala y Belice)"),
    "why_sentence_cue": ("the sentence names {cue}", "la oración nombra {cue}"),
    "why_mexican_topic": ("the claim is about Mexico's own count",
                          "la afirmación trata de la cifra de México"),
    "why_text_cue": ("the text names {cue} (and nothing in the sentence says otherwise)",
                     "el texto nombra {cue} (y nada en la oración dice lo contrario)"),
    "why_default": ("nothing says whose border; taken as the US southwest border, which the "
                    "US series measure",
                    "nada dice de qué frontera se trata; se toma la frontera suroeste de "
                    "EE.UU., la que miden las series de EE.UU."),
    "why_north_mexico": ("Mexico's northern border is the US southwest border (no mention of "
                         "Canada)",
                         "la frontera norte de México es la frontera suroeste de EE.UU. (no "
                         "se menciona Canadá)"),
    "why_north_canada": ("the text mentions Canada", "el texto menciona Canadá"),
    "why_south_english": ("the sentence names {cue} and nothing in the US",
                          "la oración nombra {cue} y nada de EE.UU."),
    "outcome": ("Mexico's returns read as {what}", "devoluciones de México leídas como {what}"),
}


def note(lang: str, key: str, **kw: object) -> str:
    en, es = NOTES[key]
    return (es if lang == "es" else en).format(**kw)
