"""The words of border reporting, mapped to what the store measures. Data, not logic: each
table says what a phrase means and why."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from borderstats import dimensions
from borderstats.claims.prefilter import Gated, gated
from borderstats.nationality import NOT_IN_FREE_TEXT, countries_in, normalise

# Words that set a figure against another: "compared with", "versus", "en comparación con".
VERSUS_WORDS = (r"compared\s+(?:to|with)|comparad[oa]s?\s+con|(?:con\s+)?respecto\s+"
                r"(?:a|al|de)|frente\s+a|en\s+comparaci[oó]n\s+(?:con|a)|en\s+relaci[oó]n\s+"
                r"(?:con|a|al)|con\s+relaci[oó]n\s+(?:a|al)|versus|vs\.?")

# A phrase table's pattern: compiled, or behind a quick test of its words (``_rx``).
Pattern = re.Pattern[str] | Gated


def _rx(*words: str) -> Gated:
    """Any of ``words``, as whole words, in any case; tried only on a text holding one of
    the literal parts every match has."""
    return gated(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class Topic:
    """What a claim counts. ``measures`` are the readings, the most likely first; a topic
    with no measure is one the store does not cover, and the messages' ``missing_series``
    table names, under its id, the series that would answer it. ``country`` is whose
    authority counts (USA, MEX, PAN, GTM, HND); ``events`` is False when the series counts
    people as the words say (Panama registers each person entering through the Darién), so
    a count "of people" is not a misframing."""

    id: str
    pattern: Pattern
    measures: tuple[str, ...] = ()
    events: bool = True
    country: str = "USA"
    # Words one of which must be in the (lower-cased) text for the pattern to be tried: a
    # cheap gate for the costly corridor patterns.
    gate: tuple[str, ...] = ()


# Mexico as the one who acts ("Mexico detained", "el INM presentó", "las autoridades
# mexicanas"), not as a place or an origin: "the border with Mexico", "from Mexico",
# "U.S.-Mexico", "New Mexico", "Nuevo México", "frontera norte de México" are not Mexico's own
# enforcement.
MX_ACTOR = (r"\b(?=[maeginuslpc])"  # where one of the names can start: prunes the lookbehinds
            r"(?<!with )(?<!from )(?<!new )(?<!gulf of )(?<!city of )(?<![-–/])(?<!con )"
            r"(?<!norte de )(?<!nuevo )(?<!golfo de )(?<!ciudad de )(?<!desde )(?<!entre )"
            # Mexico as where people come from: "127.938 eran originarios de México".
            r"(?<!originarios de )(?<!originarias de )(?<!procedentes de )"
            r"(?<!provenientes de )(?<!oriundos de )(?<!nacionales de )(?<!nationals of )"
            r"(?<!citizens of )(?<!natives of )"
            # Mexico as who is left out: "from countries other than Mexico".
            r"(?<!other than )(?<!except )(?<!excluding )(?<!distintos de )(?<!excepto )"
            # Mexico as a neighbour: "the nine sectors bordering Mexico", "frontera con México".
            r"(?<!bordering )(?<!border with )(?<!borders with )(?<!frontera con )"
            # ("Arriving at the Mexico border": the US's border with it, not Mexico's count.)
            r"\b(?:m[eé]xico(?:'s|’s)|m[eé]xico(?!\s+border\b)|mexican (?:authorities|"
            r"officials|government|agents|immigration (?:authorities|agents|officials)|"
            r"security forces|forces|national guard)|autoridades (?:migratorias )?mexicanas|"
            r"(?:el )?gobierno (?:mexicano|de m[eé]xico)|inm|instituto nacional de migraci[oó]n|"
            r"national (?:migration|immigration) institute|guardia nacional|"
            r"unidad de pol[ií]tica migratoria|upm|segob|secretar[ií]a de gobernaci[oó]n|"
            r"mexico(?:'s|’s)? (?:interior ministry|migration policy unit)|migration policy unit|"
            # "The López Obrador administration", "el gobierno de Peña Nieto"
            r"(?:l[oó]pez obrador|amlo|peña nieto|sheinbaum|calder[oó]n)(?:'s|’s)? "
            r"(?:administration|government)|gobierno de (?:andrés manuel )?(?:l[oó]pez obrador|"
            r"amlo|(?:enrique )?peña nieto|(?:claudia )?sheinbaum|(?:felipe )?calder[oó]n))\b")
# A Mexican government named by its president ("the López Obrador administration", "el
# gobierno de Peña Nieto"), not the president alone (who may speak of US figures).
MX_GOVERNMENTS = tuple(f"{name} {word}" for name in ("obrador", "amlo", "peña nieto", "sheinbaum",
                                                    "calderón", "calderon")
                       for word in ("admin", "gov")) + tuple(
    f"gobierno de {name}" for name in ("andrés", "lópez", "lopez", "amlo", "peña", "enrique",
                                       "claudia", "sheinbaum", "felipe", "calder"))
_DETAIN = (r"(?:detain\w*|detention\w*|apprehen\w*|arrest\w*|stopp\w*|intercept\w*|detuv\w+|"
           r"detien\w+|detenid\w+|detenci\w+|detener|retenid[oa]s|present[óoa]\w*|canaliz\w+|asegur\w+|"
           r"aprehend\w+|aprehensi\w+|rescat\w+)")
# "Regresó a sus países de origen", "fueron enviadas de regreso": people sent back.
_SENT_BACK_ES = r"regres(?:[óo]|aron|ad[oa]s?|ar)\b|enviad[oa]s? de regreso"
_RETURN = (r"(?:deport\w*|returned|returns|removed|repatriat\w*|expelled|sent back|devolv\w+|"
           r"devuel\w+|devoluci\w+|retorn\w+|expuls\w+|repatri\w+|" + _SENT_BACK_ES + ")")
_GAP = r"[^.;]{0,60}?"

# Panama's government counts the migrants who cross the Darién, and no others: its
# authorities name that count, whatever else the sentence says.
_PANAMA_AUTHORITIES = (r"autoridades (?:migratorias )?panameñas",
                       r"gobierno (?:panameño|de panam[aá])",
                       r"panamanian (?:migration )?(?:authorities|officials|government)",
                       r"panama(?:'s|’s)? (?:government|authorities|officials)",
                       # "El Servicio Nacional de Migración (SNM) de Panamá", "Migración de
                       # Panamá", "Panama's National Migration Service"
                       r"(?:servicio nacional de )?migraci[oó]n (?:\(snm\) )?de panam[aá]",
                       r"panama(?:'s|’s)? national (?:migration|immigration) service",
                       # "official Panamanian data recorded 520,000 migrants"
                       r"(?:official\s+)?panamanian (?:official\s+)?(?:data|figures|statistics)",
                       r"panama(?:'s|’s)? (?:official\s+)?(?:data|figures|statistics)",
                       r"(?:datos|cifras|estadísticas) (?:oficiales )?(?:de panam[aá]|"
                       r"panameñ[oa]s)")

# What a figure before "agents" or "officers" counts when it is not them: "the 5,951 arrests
# officers made", "las 3,000 detenciones que los agentes hicieron".
_COUNTED_EVENTS = (r"(?:arrests?|apprehensions?|encounters?|detentions?|migrants?|people|"
                   r"crossings?|expulsions?|removals?|deportations?|stops|detenciones|"
                   r"arrestos|aprehensiones|encuentros|migrantes|personas|que)\b")


TOPICS: tuple[Topic, ...] = (
    # Guatemala's own count of Guatemalans returned to it (IGM), from Mexico and the US.
    Topic("gt_returns", _rx(
        r"guatemal(?:ans?|tec[oa]s)\s+(?:[\w,]+\s+){0,4}?(?:were\s+|fueron\s+)?(?:returned|"
        r"deported|removed|repatriated|retornad\w+|deportad\w+|devuelt\w+|repatriad\w+)",
        r"(?:returned|deported|deportees|returnees|repatriated|sent back|retornad\w+|"
        r"deportad\w+|devuelt\w+|repatriad\w+|retornos|deportaciones|devoluciones|"
        r"devolvi[óo]|deport[óo]|retorn[óo])\s+"
        r"(?:[\w,.]+\s+){0,5}?(?:to|a|hacia)\s+guatemala\b",
        r"(?:deport\w*|expuls\w*|devolvi\w*|retorn\w*|sent back|returned|repatri\w*|removed)"
        r"\s+(?:a\s+)?(?:[\w.,]+\s+){0,5}?guatemal(?:ans|tec[oa]s)",
        r"guatemala\s+(?:[\w,]+\s+){0,3}?(?:received|took back|recibi[óo]|recibe|ha recibido|"
        r"acogi[óo])", r"\bigm\b", r"guatemalan (?:migration institute|institute of migration)",
        r"instituto guatemalteco de migraci[oó]n"),
        measures=("gt_returns",), country="GTM", gate=("guatemal", "igm")),
    # Mexico's returns of foreigners (deportations and assisted returns).
    Topic("mx_returns", _rx(
        MX_ACTOR + _GAP + r"\b" + _RETURN,
        r"(?:deport\w+|returns?|returned|removals?|repatriat\w+|deportad\w+|deportaciones|"
        r"devuelt\w+|devoluciones|retornad\w+|retornos?)\s+(?:[\w,]+\s+){0,4}?(?:from|by|"
        r"desde|por)\s+(?:las\s+|the\s+|el\s+)?(?:m[eé]xico|mexican authorities|autoridades "
        r"mexicanas|inm)\b", r"assisted returns?", r"retornos? asistidos?",
        r"personas extranjeras devueltas"),
        measures=("mx_returns",), country="MEX",
        gate=("méxic", "mexic", "inm", "dif", "migraci", "migration", "retorno", "return",
              *MX_GOVERNMENTS)),
    # Mexico's detention figure: foreigners presented to the INM or channelled to the DIF.
    Topic("mx_detentions", _rx(
        MX_ACTOR + _GAP + r"\b" + _DETAIN,
        r"(?:detentions?|detained|apprehensions?|apprehended|arrests?|arrested|stopped|"
        r"intercepted|detenciones|detenid\w+|aprehensiones|aprehendid\w+|presentad\w+|"
        r"canalizad\w+|asegurad\w+|rescatad\w+)\s+(?:[\w,]+\s+){0,4}?(?:in|by|en|por)\s+"
        r"(?:las\s+|the\s+|el\s+)?(?:m[eé]xico|mexican authorities|autoridades mexicanas|"
        r"inm|territorio mexicano|mexican territory|national (?:migration|immigration) "
        r"institute)\b",
        r"present(?:ad\w+|aciones) ante (?:el |la |las )?(?:inm|instituto nacional de "
        r"migraci[oó]n|autoridad(?:es)? migratorias?)", r"canalizad\w+ al dif",
        r"presented to (?:the )?(?:inm|national migration institute|mexic\w+ migration "
        r"authorit\w+)",
        r"channell?ed to (?:the )?dif", r"mexican (?:detentions|apprehensions|arrests)",
        r"extranjer\w+ (?:en situaci[oó]n (?:migratoria )?irregular )?presentad\w+",
        r"(?:eventos|personas|extranjer\w+|migrantes)\s+(?:[\w,]+\s+){0,4}?en (?:situaci[oó]n|"
        r"calidad|condici[oó]n) (?:migratoria |migrante )?irregular",
        # "los eventos migratorios irregulares", the UPM's own words for what it counts
        r"eventos (?:migratorios )?(?:de (?:migraci[oó]n|personas migrantes) )?irregulares",
        # "registros administrativos de personas extranjeras que ingresaron a México sin
        # documentación": those Mexico's authorities recorded on the way in
        r"(?:registros?|eventos|personas|extranjer\w+|migrantes|foreigners|migrants|people)\s+"
        r"(?:[\w,]+\s+){0,4}?(?:que\s+|who\s+)?(?:ingresaron|entraron|ingresan|entran|entered|"
        r"enter)\s+(?:a\s+|en\s+|into\s+)?m[eé]xico\s+(?:sin|without|de\s+(?:forma|manera)\s+"
        r"irregular|irregularly|illegally)"),
        measures=("mx_irregular_migrants",), country="MEX",
        gate=("méxic", "mexic", "inm", "dif", "migraci", "autoridades migrator", "migration",
              "extranjer", *MX_GOVERNMENTS)),
    # Panama's count of people entering through the Darién: people, as the words say.
    # "The jungle", "la selva": in this corridor, the Darién.
    Topic("darien", _rx(r"dari[eé]n", r"selva (?:panameña|entre colombia y panam[aá])",
                        r"(?:entered|crossed into|entraron a|ingresaron a) panam[aá]",
                        # "520,000 people crossed this territory into Panama"
                        r"(?:crossed|crossing|cross)\s+(?:[\w-]+\s+){1,3}?into\s+panam[aá]",
                        # "2.676 cubanos entraron de forma irregular a Panamá"
                        r"(?:entered|entraron|ingresaron|entran|ingresan)\s+(?:[\w-]+\s+){1,4}?"
                        r"(?:a|into|in|en)\s+panam[aá]",
                        r"(?:llegaron|llegan|arrived|came|arribad[oa]s?|arribaron)\s+"
                        r"(?:a|en|in|to)\s+(?:panam[aá]|ese país desde colombia)",
                        r"(?:en tránsito|de paso|transit(?:ing)?|tr[aá]nsito(?: migratorio)?"
                        r"(?: irregular)?)\s+(?:por|through)\s+panam[aá]",
                        # "el flujo irregular de extranjeros por territorio panameño", "han
                        # pasado por Panamá"
                        r"(?:por|a través de|through|across)\s+(?:el\s+)?territorio\s+panameño",
                        r"(?:pasad[oa]s?|pasaron|cruzad[oa]s?|transitad[oa]s?)\s+por\s+"
                        r"panam[aá]",
                        r"jungle", r"(?:la|esta|esa)\s+(?:[\wáéíóúñ]+\s+){0,3}?selva",
                        # "la trocha": the path through the jungle, as it is called there
                        r"(?:la|esta|esa)\s+trocha",
                        r"border between (?:panama and colombia|colombia and panama)",
                        # "atravesaron la frontera colombo-panameña", "the Colombia-Panama
                        # border"
                        r"frontera colombo[- ]?panameña", r"(?:colombia|colombian)[- ]panam"
                        r"(?:a|anian) border", r"panama[- ]colombia border",
                        *_PANAMA_AUTHORITIES,
                        r"frontera entre (?:panam[aá] y colombia|colombia y panam[aá])"),
          measures=("darien_transits",), events=False, country="PAN",
          gate=("dari", "panam", "selva", "jungle", "trocha")),
    # Children in HHS care: the Office of Refugee Resettlement's referrals ("HHS received a
    # record 128,904 unaccompanied minors") count children placed in its care, not CBP's
    # encounters, and no file here holds them.
    Topic("hhs_children", _rx(r"(?:department of )?health and human services(?!\s+(?:said|"
                              r"secretary))", r"\bhhs\b(?!\s+(?:said|secretary))",
                              r"office of refugee resettlement", r"\borr\b",
                              r"departamento de salud y servicios humanos",
                              r"oficina de reasentamiento de refugiados"),
          gate=("health and human", "hhs", "refugee resettlement", "orr",
                "salud y servicios", "reasentamiento")),
    Topic("checkpoints", _rx(r"checkpoints?", r"puntos de (?:control|revisión)", r"retenes")),
    # Agents are personnel only when they are what is counted ("500 more agents", "the
    # number of officers"); "Border Patrol agents apprehended ..." counts apprehensions.
    Topic("personnel", _rx(r"personnel", r"troops", r"staffing", r"guardsmen", r"elementos",
                           r"(?:\b(?!(?:19|20)\d\d\b)\d+(?:,\d{3})*\b|hundreds|thousands|dozens|"
                           r"more|fewer|additional|extra|new|number of|hire[ds]?|hiring|"
                           r"deploy\w*)\s+(?:(?!by\b|" + _COUNTED_EVENTS + r")[\w-]+\s+){0,3}?"
                           r"(?:agents|officers|staff)\b"
                           # ("more than 58,000 people whom agents apprehended": counted by
                           # agents, not agents counted.)
                           r"(?!\s+(?:have\s+|had\s+|also\s+)?(?:apprehend|arrest|encounter|"
                           r"caught|catch|detain|stopp?|nabb?|process|expel)\w*)",
                           r"(?:agents|officers)\s+(?:were|have been|will be)\s+"
                           r"(?:hired|deployed|sent|added)",
                           r"(?:\b(?!(?:19|20)\d\d\b)\d+(?:[.,]\d{3})*\b|cientos|miles|más|"
                           r"nuevos|contrat\w+|despleg\w+|número de)\s+(?:(?!por\b|"
                           + _COUNTED_EVENTS + r")[\w-]+\s+){0,2}?"
                           r"agentes\b(?!\s+(?:han\s+|habían\s+)?(?:detuv|aprehend|arrest|"
                           r"captur|intercept|expuls)\w*)",
                           r"agentes\s+(?:fueron|han sido|serán)\s+"
                           r"(?:contratados|desplegados|enviados)")),
    # Migrants heading back south ("los flujos de migración irregular hacia el sur en
    # Panamá", "reverse migration"): IOM monitors them since 2025; no file here holds them.
    Topic("reverse_flows", _rx(r"(?:flujos?|migración|migrantes|movimientos?|personas)\s+"
                               r"(?:[\w-]+\s+){0,3}?(?:hacia el sur|rumbo al sur|en sentido "
                               r"(?:contrario|inverso)|de retorno al sur)",
                               r"southbound", r"reverse (?:migration|flows?|migrants)",
                               r"flujos? inversos?", r"migración inversa",
                               r"(?:heading|going|moving|travel\w*) (?:back )?south(?:ward)?\b"),
          country="PAN"),
    Topic("gotaways", _rx(r"got[- ]?aways?",
                          r"(?:evaded|eluded) (?:capture|detection|apprehension|law enforcement|"
                          r"(?:border |federal |u\.?s\.? )?(?:agents|authorities)|"
                          r"(?:the )?border patrol)",
                          r"escaped detection", r"evadieron (?:la )?(?:captura|detección)",
                          # "crossed into the U.S. without being apprehended"
                          r"without being (?:apprehended|caught|detected|stopped|encountered)",
                          r"sin ser (?:detenid|detectad|capturad|aprehendid)[oa]s")),
    Topic("deaths", _rx(r"deaths", r"died", r"muertes", r"fallecid\w+", r"human remains",
                        r"remains (?:of|were|found)", r"murieron", r"muertos",
                        # "30 personas han muerto o desaparecido", "perdieron la vida"
                        r"(?:han|ha|habían|había)\s+muerto", r"muri[óo]", r"lost their lives",
                        r"perd(?:ieron|ido|ió) la vida")),
    # Mexicans sent back to Mexico ("fueron devueltos 160,192 paisanos", "menores mexicanos
    # devueltos a México"): UPM publishes these repatriations, but they are not ingested.
    Topic("mx_repatriated", _rx(
        r"(?:paisanos|connacionales|mexican[oa]s)\s+(?:[\w-]+\s+){0,3}?(?:que\s+)?(?:fueron\s+|"
        r"han sido\s+)?(?:devuelt[oa]s|repatriad[oa]s|deportad[oa]s)(?!\s+(?:por|desde)\s+"
        r"(?:méxico|mexico))",
        r"(?:devuelt[oa]s|repatriad[oa]s|deportad[oa]s)\s+(?:\d[\d,.]*\s+)?(?:paisanos|"
        r"connacionales)",
        r"(?:devuelt[oa]s|repatriad[oa]s|retornad[oa]s)\s+a\s+(?:méxico|mexico|su país)\b",
        r"repatriaci[oó]n(?:es)? de (?:mexican[oa]s|connacionales|paisanos)",
        r"mexicans? (?:repatriated|returned|deported)(?! by mexico)",
        # "Mexico received some 52,000 immigrants deported from the U.S.", "México recibió
        # a 52 mil deportados desde Estados Unidos"
        r"(?:mexico|méxico)\s+(?:received|receives|has received|recibió|recibe|ha recibido)\s+"
        r"(?:\S+\s+){0,6}?(?:deported|returned|deportad[oa]s|devuelt[oa]s|repatriad[oa]s)"
        r"\s+(?:from|by|desde|por|de)\s+(?:the\s+)?(?:u\.?s\.?|united states|estados unidos|"
        r"ee\.?\s?uu\.?)"),
          country="MEX"),
    # US removals: DHS removals (orders of removal) first, then all repatriations.
    Topic("removals", _rx(r"deport\w*", r"removals?", r"removed", r"repatriat\w*",
                          r"deportaci\w+", r"deportad\w+", r"deport[óo]", r"deportaron",
                          r"devuelt\w+", r"retornad\w+", _SENT_BACK_ES, r"sent back",
                          # "se removieron en promedio a 300,000 migrantes al año"
                          r"removi(?:eron|ó|dos|das)", r"remociones"),
          measures=("dhs_removals", "dhs_repatriations")),
    # People released from CBP's custody into the country ("Border Patrol released 100,585
    # aliens", "about 402,000 migrants were released in the U.S."): the releases and paroles
    # among the book-outs, not the encounters they followed. (Not "CBP released data".)
    Topic("releases", _rx(
        r"releas(?:ed|ing)\s+(?:(?:more than|over|nearly|almost|about|some|roughly|at least|"
        r"another|an additional|only|just)\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+"
        r"(?:[\w-]+\s+){0,2}?(?:migrants|aliens|people|immigrants|individuals|persons|"
        r"families|family members|children|minors|asylum[- ]seekers|noncitizens)",
        r"(?:migrants|aliens|people|immigrants|individuals|persons|noncitizens|families)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:were|had been|have been|was|being|are|got)\s+(?:[\w-]+\s+)?"
        r"released",
        r"released\s+(?:in|into|to)\s+(?:the\s+)?(?:u\.?s\.?|united states|country|interior|"
        r"communities|streets)",
        r"(?:border patrol|usbp|cbp) releases",
        r"(?:liberad|puest)[oa]s en libertad",
        r"liberad[oa]s (?:en|dentro de) (?:los )?(?:estados unidos|ee\.? ?uu\.?|el país|"
        r"territorio)",
        r"liber(?:ó|aron|a) a (?:[\w.,]+\s+){0,3}?(?:migrantes|personas|extranjeros|"
        r"inmigrantes)",
        # "frente a los 62,000 liberados en mayo de 2024", "cero liberaciones de migrantes"
        r"\d[\d.,]*\s+(?:mil\s+)?(?:migrantes\s+)?liberad[oa]s", r"liberaciones",
        # "allowed 64,000 illegal crossers in the country"
        # (Not those let in by parole, the CBP One app or at ports.)
        r"allowed\s+(?:(?:more than|over|nearly|almost|about|some)\s+)?[\d,.]+\s+"
        r"(?:[\w-]+\s+){0,3}?(?:in|into)\s+(?:the\s+)?(?:u\.?s\.?|united states|country|"
        r"interior)(?![^.;]{0,80}\b(?:parole|cbp one|app|ports?\b))"),
          measures=("swb_book_outs",)),
    # Colombia's own count of migrants who crossed it towards Panama (Migración Colombia):
    # not Panama's Darién count, and no file holds it.
    Topic("colombia_transits", _rx(r"migraci[oó]n colombia", r"autoridades migratorias "
                                   r"colombianas", r"colombian migration (?:authorit\w+|agency)",
                                   r"llegaron a colombia")),
    # A US state's own enforcement counts: "Operation Lone Star has apprehended over
    # 513,100 illegal immigrants", "Texas DPS": the state's, not CBP's federal encounters.
    Topic("state_enforcement", _rx(r"operation lone star", r"operaci[oó]n (?:lone star|"
                                   r"estrella solitaria)", r"texas department of public safety",
                                   r"\btexas dps\b", r"departamento de seguridad p[uú]blica de "
                                   r"texas", r"texas (?:national guard|military department)",
                                   r"guardia nacional de texas"),
          gate=("lone star", "estrella solitaria", "dps", "public safety", "seguridad p",
                "national guard", "guardia nacional", "military department")),
    # Migrants who reached a US city far from the border, or were bused there: "18,500
    # migrantes enviados por los gobernadores de Texas y Arizona", "8,000 arrivals".
    Topic("city_arrivals", _rx(r"(?:bused|bussed|busing|bussing|sent|transported|flown|"
                               r"enviad[oa]s|trasladad[oa]s|llevad[oa]s|transportad[oa]s?)\s+"
                               r"(?:[\w'’.-]+\s+){0,5}?(?:to|into|a|hasta|hacia)\s+(?:new york|"
                               r"nueva york|nyc|chicago|denver|washington|d\.c\.|boston|"
                               r"philadelphia|filadelfia|los [aá]ngeles|martha[’']s vineyard|"
                               r"(?:su|la|our|their) ciudad|the city)",
                               r"(?:arrivals?|llegadas?|arrived|llegaron|han llegado)\s+"
                               r"(?:[\w-]+\s+){0,4}?(?:in|to|a|en)\s+(?:new york|nueva york|"
                               r"nyc|chicago|denver|boston|philadelphia|filadelfia)",
                               r"en autob[uú]s (?:a|hasta|hacia) (?:su|la) ciudad",
                               r"(?:enviad[oa]s|trasladad[oa]s|sent|bused|bussed)\s+(?:here\s+)?"
                               r"(?:por|by)\s+(?:los\s+|el\s+|the\s+)?(?:gobernador(?:es)?|"
                               r"governors?)\b",
                               r"(?:city|city[’']s|municipal)\s+shelters?",
                               r"shelter system", r"albergues? (?:de|municipales de) la ciudad")),
    # The Coast Guard's maritime interdictions and landings, which no land-border file
    # counts: "4,962 cubanos han llegado a Florida, de acuerdo con la Guardia Costera".
    Topic("coast_guard", _rx(r"coast guard", r"guardia costera", r"guardacostas"),
          gate=("coast guard", "guardia costera", "guardacostas")),
    # Regular entries into a country (the INM's "ingresos de extranjeros", visitors,
    # tourists), which no file of irregular migration counts: "en el 2023 se registraron 40
    # millones 802 mil 601 ingresos de extranjeros al país".
    Topic("regular_entries", _rx(r"ingresos? (?:de|por parte de) (?:extranjeros|personas "
                                 r"extranjeras|visitantes|turistas)",
                                 r"entradas? (?:regulares|legales|documentadas)",
                                 r"(?:regular|legal|lawful) entr(?:y|ies) of (?:foreigners|"
                                 r"visitors|tourists)", r"(?:foreign )?(?:visitors|tourists) "
                                 r"(?:entered|arrived in)"),
          gate=("ingreso", "entrada", "entry", "entries", "visitors", "tourists")),
    # Returns as Honduras or El Salvador count those received home (Conmigho, the
    # migrants' reception centres): not Mexico's count of the returns it made.
    Topic("home_returns", _rx(r"conmigho", r"observatorio consular y migratorio",
                              r"centros? de atenci[oó]n (?:al|para) (?:el )?migrante retornado",
                              r"(?:retornad[oa]s|deportad[oa]s|retornos?(?: obligados)?|"
                              r"deportaci[oó]n(?:es)?|devoluci[oó]n(?:es)?)\s+(?:[\w-]+\s+){0,6}?(?:a|hacia|"
                              r"en)\s+(?:honduras|el salvador)\b",
                              r"(?:returned|deported|returnees|deportees|returns|deportations)"
                              r"\s+(?:[\w-]+\s+){0,4}?to\s+(?:honduras|el salvador)\b",
                              # "retornados desde Estados Unidos, México, Centroamérica y
                              # Europa": returns from several countries are counted where
                              # they arrive.
                              r"(?:retornad[oa]s|deportad[oa]s|returned|deported)\s+(?:desde|"
                              r"from)\s+(?:(?:los\s+|the\s+)?[\w.]+(?:\s+[\w.]+)?,\s+){1,4}"
                              r"(?:(?:los\s+|the\s+)?[\w.]+(?:\s+[\w.]+)?\s+)?(?:y|and)\s+\w+"),
          country="HND", gate=("honduras", "el salvador", "conmigho", "retornado")),
    # How people were released, which the book-outs do not say: "95,000 under
    # prosecutorial discretion", "released with a notice to appear".
    Topic("release_types", _rx(r"prosecutorial discretion", r"notices? to (?:appear|report)",
                               r"without (?:a )?court dates?", r"sin fecha de corte",
                               r"alternatives? to detention", r"own recognizance",
                               r"avisos? de comparecencia",
                               r"notificaci[oó]n(?:es)? de comparecencia")),
    Topic("asylum", _rx(r"asylum (?:claims?|applications?|cases?|requests?|grants?|"
                        r"officers?|hearings?|backlog|decisions?|approvals?)",
                        r"(?:granted|denied|applied for|seeking|sought) asylum", r"credible fear",
                        r"(?:half|percent|%|most|majority|share|third|quarter) of (?:all |the )?"
                        r"asylum seekers",
                        r"cbp one", r"parole\w*", r"court backlog",
                        # "obtuvieron la libertad condicional", "permiso humanitario"
                        r"libertad condicional", r"permisos? humanitarios?",
                        r"(?:llegaron|ingresaron|entraron|arrived|entered) (?:legalmente|"
                        r"de forma legal|de manera legal|legally|lawfully)",
                        # "solicitantes de asilo" are people, whom the border series count.
                        r"(?:solicitudes|peticiones|casos) de asilo",
                        r"(?:pidieron|solicitaron|otorg\w+|negad\w+) (?:el )?asilo",
                        # Mexico's refugee agency (COMAR) counts applications for refugee
                        # status, which no file holds.
                        r"condici[oó]n de refugiad[oa]s?", r"refugee status",
                        r"(?:solicitudes|peticiones) de refugio", r"comar")),
    # People with criminal records or on the terrorist watch list: CBP publishes counts on a
    # page of its own, which no file here holds.
    Topic("criminal_records", _rx(r"criminal (?:records?|convictions?|histor(?:y|ies)|aliens?|"
                                  r"backgrounds?|noncitizens?)",
                                  r"(?:prior|previous) (?:criminal )?convictions?",
                                  r"convicted (?:criminals?|felons?|of)", r"gang members?",
                                  r"sex offenders?", r"terror(?:ist)? watch ?lists?",
                                  r"antecedentes (?:penales|criminales)", r"pandilleros?")),
    # Migrants sent back to Mexico to wait for their US hearings ("Remain in Mexico"): DHS
    # publishes MPP enrolments apart, which no file here holds.
    Topic("mpp", _rx(r"remain in mexico", r"migrant protection protocols?", r"mpp",
                     r"qu[eé]date en m[eé]xico", r"permanecer en m[eé]xico",
                     r"protocolos? de protecci[oó]n (?:a|de) migrantes")),
    # Repeat encounters: CBP states a recidivism rate in its releases; no file holds it.
    Topic("recidivism", _rx(r"recidivism", r"re-?encounter(?:s|ed)?", r"repeat (?:crossers|"
                            r"crossings|encounters|offenders)", r"prior encounters?",
                            # "… who had been previously expelled under Title 42"
                            r"(?:had been|were|was) previously (?:expelled|deported|removed)",
                            r"previously (?:expelled|deported|removed) (?:migrants|minors|"
                            r"children|adults|people)",
                            r"reincidencia", r"reincidentes?", r"encuentros? previos?",
                            r"(?:habían|han) sido (?:previamente )?(?:expulsad|deportad)[oa]s "
                            r"(?:previamente|antes)")),
    Topic("smuggling", _rx(r"smuggl\w*", r"coyotes?", r"traffick\w*", r"polleros?",
                           r"traficantes", r"tráfico de (?:personas|migrantes)")),
    # Covered: the US border series.
    # "between ports of entry" is where the Border Patrol works, not the ports themselves.
    Topic("ports", _rx(r"(?<!between )(?<!between the )ports? of entry", r"inadmissibles?",
                       r"office of field operations",
                       r"ofo", r"(?<!entre )(?<!entre los )(?:puertos? de (?:entrada|ingreso)|"
                       r"puntos de entrada|puestos? (?:fronterizos? )?de (?:entrada|ingreso))",
                       # "los extranjeros no admitidos", "inadmitidos": refused at a port.
                       r"inadmitid[oa]s", r"no admitid[oa]s",
                       # "Arrests of foreigners seeking entry at legal border crossings".
                       r"(?:at|through) (?:the )?(?:legal|official|lawful) (?:border )?"
                       r"crossings?(?: points?)?",
                       r"(?:en|por) (?:los )?cruces (?:fronterizos )?(?:legales|oficiales)"),
          measures=("ofo_swb_encounters",)),
    Topic("title8", _rx(r"title 8 apprehensions?", r"apprehensions? under title 8",
                        r"aprehensiones (?:bajo|conforme al) título 8"),
          measures=("usbp_swb_apprehensions",)),
    # "Enforcement actions" was CBP's name for apprehensions and inadmissibles together
    # before "encounters".
    Topic("encounters", _rx(r"encounters?", r"encountered", r"encuentros?", r"inadmisibles?",
                            # "las autoridades se toparon con 1 915 individuos chinos",
                            # "8,000 cubanos fueron registrados por las autoridades
                            # fronterizas"
                            r"se (?:top(?:aron|ó|an)|encontraron) con",
                            # "las 15 mil 85 procesadas en el mismo período"
                            r"procesad[oa]s",
                            r"(?:registrad|detectad|encontrad)[oa]s['’]? (?:por|en) (?:las |la )?"
                            r"(?:autoridades|"
                            r"fronteras?|agentes)",
                            r"enforcement actions", r"acciones de control",
                            # "26 mil 742 migrantes cubanos arribaron a puntos fronterizos de
                            # los EE. UU.": arrivals at the border's crossing points
                            r"(?:arribaron|llegaron|arrived|se presentaron)\s+(?:a|at|en)\s+"
                            r"(?:los\s+|the\s+)?(?:puntos|puertos|pasos)\s+fronterizos",
                            r"acciones de (?:orden público|aplicación de la ley)"),
          measures=("swb_encounters", "usbp_swb_encounters")),
    Topic("apprehensions", _rx(r"apprehensions?", r"apprehend\w*", r"arrests?", r"arrested",
                               r"arresting", r"detentions?", r"detained", r"detaining", r"caught",
                               # "when agents nabbed 1,643,679 illegal entrants"
                               r"nabbed", r"nabbing",
                               # "agents were catching some 8,000 a day", "taken into custody"
                               r"catch(?:es|ing)?(?! and release)",
                               r"(?:taken|took|taking|take) (?:\w+ ){0,3}?into (?:\w+ )?custody",
                               # "border authorities stopped people ... 69,000 times"
                               r"(?<=authorities )stopped", r"(?<=agents )stopped",
                               # "34,209 were stopped by authorities in November"
                               r"stopped by (?:the )?(?:u\.?s\.? )?(?:border )?(?:authorities|"
                               r"agents|officials|officers|border patrol|cbp)\b",
                               r"stopped at (?:the )?(?:u\.?s\.?[- ]mexico |southern |southwest )?"
                               r"border",
                               r"aprehensiones",
                               r"detenciones", r"detenid\w+", r"detuv\w+", r"detien\w+",
                               # "salvadoreños retenidos por la Patrulla Fronteriza"
                               r"retenid[oa]s", r"retenciones",
                               # "144 mil 607 migrantes fueron puestos bajo custodia", "los
                               # sorprendidos cruzando"
                               r"(?:puest|tomad|llevad)[oa]s bajo (?:la )?custodia",
                               r"(?:pusieron|puso|tomaron|tomó) bajo (?:su )?custodia",
                               r"sorprendid[oa]s (?:cruzando|al cruzar|intentando)",
                               r"detenci[oó]n", r"aprehendi\w+", r"arrest[óo]", r"arrestaron",
                               r"arrestos", r"arrestad\w+", r"aprehendid\w+",
                               # "1.993.694 capturas de adultos que viajaban solos"
                               r"capturas", r"capturad[oa]s",
                               # "20.917 intercepciones en octubre", "intercepted along the
                               # border"
                               r"intercepciones", r"interceptad[oa]s", r"intercepted",
                               r"interceptions?",
                               # "family member units surrendering at the border", "turned
                               # themselves in to agents", "se entregaron a la Patrulla"
                               r"surrender(?:ed|ing|s)?\b(?! of)", r"turn(?:ed|ing)? themselves in",
                               r"se (?:entregaron|entregan|entregó)",
                               # "Las autoridades fronterizas impidieron que 66 mil 337
                               # personas ingresaran", "stopped 9,000 people from entering"
                               r"impidi(?:eron|ó) (?:que|el ingreso|la entrada|el paso)",
                               r"(?:prevented|stopped|blocked) (?:[\w,]+ ){0,4}?from "
                               r"(?:entering|crossing)"),
          measures=("usbp_swb_encounters", "swb_encounters")),
    Topic("expulsions", _rx(r"expulsions?", r"expelled", r"title 42", r"expulsiones",
                            r"T-?42",  # "eventos de expulsión bajo T42"
                            # (Not "el país que más expulsó a su población": emigration.)
                            r"título 42", r"expulsad\w+",
                            r"expuls(?:[óo]|aron)(?! a su (?:población|gente|ciudadan))"),
          # Most Title 42 expulsions were Border Patrol's; CBP's monthly tables count both
          # components, and "Border Patrol agents ... expelled" names the one.
          measures=("swb_encounters", "usbp_swb_encounters")),
    # ("At official crossing points", "legal crossings": the ports, not crossings.)
    Topic("crossings", _rx(r"(?<!\sofficial )(?<!\slegal )(?<!\slawful )crossings?(?!\s+points?\b)",
                           r"crossed", r"crossers", r"cruces",
                           r"(?:tried|attempted) to cross", r"intentaron cruzar",
                           # "76,103 people tried to enter the US without valid papers"
                           r"(?:tried|attempted) to enter (?:the\s+)?(?:u\.?s\.?|united states|"
                           r"country)\b",
                           # "has seen 91,841 people illegally cross", "come across that
                           # sector every single day"
                           r"(?:illegally|unlawfully) cross", r"cross (?:illegally|the border)",
                           r"c[oa]me across (?:the|that|this|our) (?:border|sector)",
                           r"coming across (?:the|that|this|our) (?:border|sector)",
                           # "the number of single adults coming to the border"
                           r"c(?:o|a)m(?:e|es|ing) to (?:the|our) (?:[\w.-]+ ){0,2}?border",
                           r"cruzaron", r"cruz[óo]", r"cruzado", r"cruzan", r"arriv\w+",
                           r"llegad\w+", r"ingresaron", r"ingresado",
                           # "el ingreso ilegal de inmigrantes por la frontera"
                           r"ingresos? (?:ilegal|irregular|indocumentado)(?:es|s)?",
                           # ("que arribaron el pasado mes a Estados Unidos")
                           r"(?:llega|arriba)(?:n|ron) (?:(?:el|la|este|esta|ese|esa|pasado|"
                           r"pasada|mes|semana|año) ){0,3}a (?:ee\.?\s?uu\.?|eu|estados unidos|"
                           r"la frontera)",
                           r"entraron (?:a|al|por|la) (?:la )?frontera",
                           r"llegaban", r"llegando",
                           r"streaming across", r"entries", r"entradas", r"entered illegally",
                           r"entering (?:the )?(?:u\.?s\.?|united states|country) illegally",
                           r"entered (?:the )?(?:u\.?s\.?|united states|america|this country)",
                           r"entraron (?:a|al) (?:estados unidos|ee\.? ?uu\.?|país)",
                           r"poured (?:across|in)", r"let in", r"dejaron entrar",
                           r"entraron (?:ilegalmente|de manera irregular)",
                           # "la entrada de venezolanos a EEUU", "the entry of 50,499
                           # Venezuelans into the US"
                           r"(?:la )?entrada de (?:[\w.,]+ ){1,3}?(?:a|al|en) (?:ee\.? ?uu\.?|eeuu|"
                           r"eua|estados unidos)",
                           r"entry of (?:[\w.,]+ ){1,3}?into (?:the )?(?:u\.?s\.?|united "
                           r"states|country)",
                           # (Not the International Organization for Migration, nor the
                           # Migration Policy Institute: who reports, not what is counted.)
                           r"(?<!organization for )(?<!organisation for )"
                           r"migration(?! institute| authorit\w*| agenc\w+| office| service|"
                           r" policy)",
                           r"(?<!de )migraci[oó]n", r"flows?", r"flujos?",
                           r"illegal immigration", r"inmigraci[oó]n (?:ilegal|irregular)",
                           r"brought (?:into|across)"),
          measures=("usbp_swb_encounters", "swb_encounters")),
)
# A corridor topic found in the same words as a generic one ("México detuvo" holds the
# generic "detuvo") is the one meant.
SPECIFIC = ("gt_returns", "mx_returns", "mx_detentions", "darien", "reverse_flows",
            "release_types", "colombia_transits", "state_enforcement", "city_arrivals",
            "coast_guard", "home_returns", "regular_entries")
GENERIC = ("removals", "apprehensions", "encounters", "crossings")
# The words of crossing in a sentence that names the Darién are about the Darién.
TAKES = {"darien": ("crossings",), "reverse_flows": ("crossings", "darien"),
         "release_types": ("releases",), "colombia_transits": ("darien", "crossings"),
         "home_returns": ("removals", "mx_returns", "gt_returns"),
         "city_arrivals": ("crossings",)}

PLACES: tuple[tuple[Pattern, str, str], ...] = (
    # (pattern, place id, note)
    (_rx(r"nationwide", r"across the country", r"all (?:u\.?s\.? )?borders", r"a nivel nacional",
         r"en todo el país", r"all ports", r"todas las fronteras",
         # "en las fronteras de Estados Unidos", "at U.S. borders": every border, plural
         r"(?:en|a|por) las fronteras (?:de|del?) (?:los )?(?:estados unidos|ee\.?\s?uu\.?|eua)",
         r"(?:en|a|por) las fronteras estadounidenses",
         r"(?:at|across|on) (?:the )?(?:u\.?s\.?|nation's|country's|america's) borders",
         # "encountered at our borders", "en nuestras fronteras": every border, plural
         r"(?:at|across|on) our borders", r"en nuestras fronteras",
         r"(?:at|across|on) the borders of the (?:u\.?s\.?|united states)",
         # "por la frontera sur o norte de EE. UU.", "at the southern and northern borders"
         r"(?:southern|southwest(?:ern)?|northern) (?:and|or) (?:northern|southern|"
         r"southwest(?:ern)?) borders?", r"both borders", r"ambas fronteras",
         r"fronteras? (?:sur|norte) (?:y|o|e) (?:norte|sur)"),
     "nationwide", ""),
    # Mexico's own southern border (with Guatemala and Belize): no US series measures it.
    (_rx(r"mexico(?:'s|’s)\s+(?:own\s+)?southern border", r"its own southern border",
         r"mexico-guatemala border", r"guatemala(?:n)?[- ]mexico border",
         r"border with guatemala", r"frontera sur (?:de m[eé]xico|mexicana)",
         r"frontera con (?:guatemala|belice)", r"frontera (?:entre m[eé]xico y guatemala|"
         r"m[eé]xico-guatemala)", r"chiapas", r"tapachula", r"suchiate", r"ciudad hidalgo",
         # (and the other states on it, with Guatemala and Belize)
         r"tenosique", r"tabasco", r"campeche", r"quintana roo"), "mexico_south", ""),
    (_rx(r"northern (?:land )?border", r"canadian border", r"u\.?s\.?[- –]canad(?:a|ian) border",
         r"canada[- –]u\.?s\.? border", r"(?:border|boundary) with canada",
         r"frontera (?:con canad[aá]|norte de (?:ee\.? ?uu\.?|eeuu|estados unidos))",
         # "la frontera estadounidense con Canadá", "la frontera entre EE.UU. y Canadá"
         r"frontera (?:\w+\s+){1,2}con canad[aá]",
         r"frontera (?:entre )?(?:ee\.? ?uu\.?|eeuu|estados unidos) y canad[aá]",
         r"frontera canad\w+", r"frontera norte (?:de|con) canad[aá]",
         # "more than 100,000 migrant encounters from Canada", "cruzan ilegalmente de Canadá
         # a Estados Unidos"
         r"(?:encounters|crossings|crossing|entering|entered|coming) (?:\w+\s+)?from canada",
         r"(?:de|desde) canad[aá] (?:a|hacia) (?:los\s+)?(?:ee\.? ?uu\.?|eeuu|estados unidos)",
         r"from canada (?:in)?to the (?:u\.?s\.?|united states)"),
     "northern", ""),
    # (Not a programme's name: "the so-called Southern Border Plan", "Programa Frontera Sur".)
    (_rx(r"southern (?:land )?border(?!\s+(?:plan|program))", r"southwest(?:ern)? (?:land )?border",
         r"u\.?s\.?[- –]mexico border",
         r"mexican border", r"border with mexico", r"(?:frontier|boundary) with mexico",
         # "arrests for illegal crossings from Mexico": the border crossed
         r"(?:crossings?|crossed|crossing|entries|entering|entered)\s+(?:\w+\s+)?from\s+mexico",
         r"frontera (?:de|entre) (?:ee\.? ?uu\.?|eeuu|estados unidos) (?:con|y) m[eé]xico",
         # "en la frontera con Estados Unidos": Mexico's northern border, the US's southwest
         r"frontera con (?:los )?(?:ee\.? ?uu\.?|eeuu|eua|estados unidos)",
         r"frontera (?:sur de (?:ee\.? ?uu\.?|eeuu|estados unidos)|con m[eé]xico|"
         r"m[eé]xico-estados unidos|entre m[eé]xico y estados unidos|suroeste|sudoeste|"
         r"norte de m[eé]xico)"), "southwest", ""),
)
# "La frontera sur", "la frontera norte" with no country: whose south depends on who
# speaks. Decided by cues (extract._place): the sentence's, then the claim's topic, then the
# whole text's.
FRONTERA = re.compile(r"(?<!programa )(?<!plan )\bfrontera\s+(?P<which>sur|norte)\b"
                      r"(?!\s+(?:de|del)\s+(?:m[eé]xico|"
                      r"ee\.?\s?uu|eeuu|estados unidos|canad[aá]|guatemala)\b)(?!\s+mexicana)",
                      re.IGNORECASE)
# Not another country's border patrol: "Panama's border patrol known as SENAFRONT".
_NOT_ANOTHER_COUNTRYS = "".join(f"(?<!{c}{a}s )" for c in ("panama", "mexico", "canada",
                                                            "guatemala") for a in "'’")
US_CUES = _rx(r"ee\.?\s?uu\.?", r"eeuu", r"estados unidos", r"estadounidense\w*",
              r"patrulla fronteriza", r"cbp", r"texas", r"arizona", r"california",
              r"nuevo m[eé]xico", r"el paso", r"biden", r"trump", r"washington",
              r"casa blanca", r"u\.s(?=\.)", r"united states",
              _NOT_ANOTHER_COUNTRYS + r"border patrol", r"ice",
              r"t[ií]tulo 42", r"title 42", r"T-?42", r"san diego", r"r[ií]o grande",
              r"homeland security", r"dhs", r"departamento de seguridad nacional",
              # "Inadmissible" is CBP's word for those refused at its ports of entry.
              r"inadmisibles?", r"inadmissibles?",
              # Border Patrol in Spanish slang: "la migra detuvo a 229 mil 178 mexicanos".
              r"la migra")
# English words that point to the US border without naming the country ("the border",
# "border crossings", "the southern border"): with ``US_CUES``, what ``names_us`` looks for.
US_BORDER_WORDS = _rx(r"the border", r"border crossings?", r"u\.?s\.?", r"america\w*",
                      r"southwest", r"southern border")


# Where migrants are headed is no series of that country's: "the journey to the United
# States", "rumbo a Estados Unidos" (unlike "crossed into the United States").
_US_NAME_ES = r"(?:los\s+)?(?:estados unidos|ee\.?\s?uu\.?|eeuu|eua)"
_US_DESTINATION = _rx(r"(?:journey|way|trek|route|trip|heading|headed|bound|en route|on their "
                      r"way)\s+(?:north\s+)?(?:to|toward|towards|for)\s+(?:the\s+)?(?:u\.?s\.?a?|"
                      r"united states)", r"(?:rumbo|camino|con destino|en su camino|en tránsito|"
                      r"en ruta)\s+(?:a|hacia)\s+" + _US_NAME_ES,
                      r"(?:para|buscan|intentan|intentando|buscando)\s+llegar\s+(?:a|hacia)\s+"
                      + _US_NAME_ES)


# A US president's term as a time ("11 times the monthly average during Trump's first
# administration", "bajo el gobierno de Biden"): when, not whose count.
_US_TERM_AS_TIME = _rx(r"(?:during|under|throughout|durante|bajo)\s+(?:the\s+|el\s+|la\s+)?"
                       r"(?:(?:first|second|primer|segundo)\s+)?(?:(?:administración|gobierno|"
                       r"mandato|presidencia)\s+de\s+)?(?:(?:president|presidente)\s+)?"
                       r"(?:donald\s+|joe\s+)?(?:trump|biden)(?:'s|’s)?(?:\s+(?:first|second))?"
                       r"(?:\s+(?:administration|term|presidency|government))?")


def names_us(sentence: str) -> bool:
    """Whether a sentence points to the US series: the country, its agencies, states and
    presidents, or its border in English words (not as where migrants are headed, nor a
    president's term as a time)."""
    if _US_DESTINATION.search(sentence):
        sentence = _US_DESTINATION.sub(" ", sentence)
    if _US_TERM_AS_TIME.search(sentence):
        sentence = _US_TERM_AS_TIME.sub(" ", sentence)
    return bool(US_CUES.search(sentence) or US_BORDER_WORDS.search(sentence))
# A Mexican state, or a city in one, as where a count of Mexico's was made ("en el estado de
# Querétaro", "Veracruz registró 2 mil 616 venezolanos asegurados", "deportado … de
# Chiapas"): the UPM's tables in the store are national, with no state breakdown.
MX_STATE = _rx(r"estado de (?:m[eé]xico|querétaro|queretaro)", r"aguascalientes",
               r"baja california(?: sur)?", r"campeche", r"chiapas", r"chihuahua", r"coahuila",
               r"colima", r"durango", r"guanajuato", r"(?<!ciudad )guerrero", r"jalisco",
               r"michoac[aá]n", r"morelos", r"nayarit", r"nuevo le[oó]n", r"oaxaca", r"puebla",
               r"quer[eé]taro", r"quintana roo", r"san luis potos[ií]", r"sinaloa", r"sonora",
               r"tabasco", r"tamaulipas", r"tlaxcala", r"veracruz", r"yucat[aá]n",
               r"zacatecas", r"ciudad de m[eé]xico", r"cdmx", r"tapachula", r"tijuana",
               r"ciudad ju[aá]rez", r"reynosa", r"matamoros", r"nuevo laredo", r"monterrey",
               r"mexicali", r"piedras negras", r"acayucan", r"tenosique", r"villahermosa",
               r"canc[uú]n", r"chetumal", r"ciudad hidalgo", r"suchiate")
MX_SOUTH_CUES = _rx(r"chiapas", r"tapachula", r"guatemal\w+", r"suchiate", r"belice",
                    r"tabasco", r"campeche", r"quintana roo", r"ciudad hidalgo", r"tenosique",
                    r"inm",
                    r"instituto nacional de migraci[oó]n", r"guardia nacional",
                    r"sur de m[eé]xico", r"sureste mexicano", r"comar")
CANADA_CUES = _rx(r"canad\w+")

STATES = {name.lower(): dimensions.STATE_CODES[name] for name in (
    "Texas", "Arizona", "California", "New Mexico")} | {"nuevo méxico": "NM"}
# The Office of Field Operations' Southwest field offices, named for their cities.
FIELD_OFFICES = ("San Diego", "Tucson", "El Paso", "Laredo")
SECTORS = ("Rio Grande Valley", "Del Rio", "Laredo", "El Paso", "Tucson", "Yuma", "San Diego",
           "El Centro", "Big Bend")
# Border Patrol's sectors elsewhere (the northern border, Florida, the Gulf, Puerto Rico):
# named with the word "sector" only ("the Swanton Sector"), since most are also cities.
OTHER_SECTORS = ("Swanton", "Blaine", "Spokane", "Havre", "Grand Forks", "Detroit", "Buffalo",
                 "Houlton", "Miami", "New Orleans", "Ramey")
_OTHER_SECTOR_NAMES = "|".join(name.lower() for name in OTHER_SECTORS)
# Not a state in an outlet's name: "Breitbart Texas", "The Texas Tribune", "Arizona Republic";
# nor a member's state ("Rep. Will Hurd, R-Texas", "a Texas congressman"), which is where
# the speaker is from, not where the figures are.
STATE_RE = re.compile(r"(?<!breitbart )(?<![RD]-)\b(?:" + "|".join(STATES) + r")\b(?!\s+(?:tribune|"
                      r"monthly|standard|observer|republic|public radio|newsroom|star|mirror|"
                      r"luminaria|daily|sun|times|news|border report|congress(?:man|woman)|"
                      r"senator|sen\.|rep\.|republican|democrat|lawmaker)\b)", re.IGNORECASE)
# The Border Patrol sectors in each state ("the five Texas-based border sectors"); El Paso's
# sector also covers New Mexico.
SECTORS_OF_STATE = {"TX": ("Big Bend", "Del Rio", "El Paso", "Laredo", "Rio Grande Valley"),
                    "AZ": ("Tucson", "Yuma"), "CA": ("San Diego", "El Centro"),
                    "NM": ("El Paso",)}
STATE_SECTORS_RE = re.compile(
    r"\b(?P<state>" + "|".join(STATES) + r")(?:-based|\s+based)?\s+(?:border\s+(?:patrol\s+)?)?"
    r"sectors\b|\bsectors\s+(?:(?:located|lying|entirely|wholly|fully|completely)\s+)?"
    r"(?:in|of|within)\s+(?P<state2>" + "|".join(STATES) + r")\b|"
    r"\bsectores\s+(?:fronterizos\s+)?de\s+(?P<state3>" + "|".join(STATES) + r")\b",
    re.IGNORECASE)
# The El Paso sector's own description of where it lies: "Far West Texas and New Mexico",
# "the West Texas-New Mexico region", "el oeste de Texas y Nuevo México".
EL_PASO_REGION_RE = gated(
    r"\b(?:(?:far\s+)?west(?:ern)?\s+texas(?:\s+and\s+|\s*[-–/]\s*)(?:southern\s+)?new\s+mexico|"
    r"(?:southern\s+)?new\s+mexico\s+and\s+(?:far\s+)?west(?:ern)?\s+texas|"
    r"oeste\s+de\s+texas\s+y\s+(?:el\s+sur\s+de\s+)?nuevo\s+m[eé]xico)\b", re.IGNORECASE)
# Sectors named for a region, not a city: the name alone is the sector.
REGION_SECTORS = ("Rio Grande Valley", "Big Bend")
# The sectors' names as Spanish-language media write them: "Sector Valle del Río Grande",
# "el sector de Del Río".
_SECTOR_ALIASES = {"valle del río grande": "Rio Grande Valley",
                   "valle del rio grande": "Rio Grande Valley", "del río": "Del Rio",
                   "valle de río grande": "Rio Grande Valley",
                   "valle de rio grande": "Rio Grande Valley",
                   # Named for its headquarters, as the sector was until 1999.
                   "mcallen": "Rio Grande Valley"}
# "The Rio Grande sector" is the Valley's; "the Rio Grande" alone is the river.
# ("El Sector del Río Grande" is the Valley's, not Del Rio's.)
SECTOR_NAMES = "|".join(r"del río(?!\s+grande)" if name == "del río" else name for name in sorted(
    [*SECTORS, *_SECTOR_ALIASES], key=len, reverse=True)) + r"|r[ií]o grande(?=\s+sector\b)"
# The sectors' codes (borderstats.dimensions), as Border Patrol's own releases write them
# ("RGV", "SDC apprehended 53,282 people"); upper case only.
SECTOR_CODES = dimensions.SECTOR_CODES


def sector_of(name: str) -> str | None:
    """The Border Patrol sector a name (or its Spanish form, or its code) stands for."""
    low = name.lower()
    if low in ("rio grande", "río grande"):
        return "Rio Grande Valley"
    return SECTOR_CODES.get(name) or _SECTOR_ALIASES.get(low) or next(
        (x for x in (*SECTORS, *OTHER_SECTORS) if x.lower() == low), None)


def sector_named(m: re.Match) -> str | None:
    """The sector a match of ``SECTOR_RE`` names."""
    return sector_of(next(g for g in m.group("a", "b", "code", "c", "n", "n2") if g))


# ("The El Paso border region": what Border Patrol counts there is its sector's.)
# ("The McAllen, Texas, sector": the state may stand between the name and the word.)
SECTOR_RE = gated(r"\b(?P<a>" + SECTOR_NAMES + r")(?:,\s+(?:texas|tex\.|arizona|ariz\.|"
                       r"california|calif\.|new mexico|n\.m\.),)?\s+(?:sector|border patrol|"
                       r"border region)\b|"
                       r"\bsector\s+(?:de\s+|del\s+)?(?P<b>" + SECTOR_NAMES + r"|r[ií]o grande)\b|"
                       r"\b(?P<code>(?-i:" + "|".join(SECTOR_CODES) + r"))\b|"
                       r"\b(?P<c>" + SECTOR_NAMES + r")(?:'s|’s)\s+(?:border\s+)?"
                       r"(?:apprehensions?|encounters?|arrests?)\b|"
                       r"\b(?P<n>" + _OTHER_SECTOR_NAMES + r")\s+(?:border\s+patrol\s+)?"
                       r"sector\b|\bsector\s+(?:de\s+|del\s+)?(?P<n2>" + _OTHER_SECTOR_NAMES
                       + r")\b", re.IGNORECASE)
# A port of entry's field office: "the El Paso Field Office", "la Oficina de Campo de El
# Paso" (the ports' four on the Southwest border).
_OFFICE_NAMES = "|".join(FIELD_OFFICES)
FIELD_OFFICE_RE = re.compile(
    rf"\b(?P<a>{_OFFICE_NAMES})\s+field\s+office\b|"
    rf"\boficina\s+de\s+campo\s+(?:de|en)\s+(?P<b>{_OFFICE_NAMES})\b", re.IGNORECASE)


def field_office_named(m: re.Match) -> str:
    """The field office ("El Paso Field Office") a match of ``FIELD_OFFICE_RE`` names."""
    name = (m.group("a") or m.group("b")).lower()
    return next(f for f in FIELD_OFFICES if f.lower() == name) + " Field Office"

# A sector's name without the word "sector", where Border Patrol's agents work: "Border
# Patrol agents in the Rio Grande Valley apprehended", "In San Diego, agents ...", "Yuma
# agents", "the busiest sector ... was Tucson". Border Patrol counts by sector, never by
# city, so beside its agents the place is the sector (not a port's field office).
_SECTOR_BORDER = (r"\b(?:along|on|at|across)\s+the\s+(?P<k>" + SECTOR_NAMES + r")\s+border\b"
                  r"(?!\s+(?:patrol|wall|fence|crossings?|bridges?|ports?|city|region))")
SECTOR_PLACE_RE = re.compile(
    r"\b(?:in|near|around|across|en)\s+(?:the\s+|el\s+)?(?P<d>" + SECTOR_NAMES + r")\b"
    r"(?!\s+(?:field office|ports?|city|county|mayor|police|sheriff|shelters?)\b)|"
    r"\b(?P<e>" + SECTOR_NAMES + r")(?:[\s-]+area)?\s+agents\b|"
    r"\b(?P<e2>" + SECTOR_NAMES + r")[\s-]+(?:area|region)\b|"
    # "La región del Valle del Río Grande", "the region of El Paso"
    r"\b(?:región|zona|region|[aá]rea)\s+(?:del?|of)\s+(?:the\s+|el\s+)?(?P<e3>" + SECTOR_NAMES
    + r")\b|"
    # "Los arrestos en Tucson …, los del Valle del Río Grande aumentaron 160%": those of
    r"\b(?:los|las)\s+de(?:l\s+|\s+(?:el\s+)?)(?P<e4>" + SECTOR_NAMES + r")\b|"
    r"\bsectors?\b[^.;]{0,40}?\b(?:was|were|is|are)\s+(?:the\s+)?(?P<f>" + SECTOR_NAMES
    + r")\b|"
    # "Tucson accounted for about 30 percent of Border Patrol's apprehensions"
    r"(?:^|[.;,]\s*|\b(?:and|while|but)\s+)(?:the\s+)?(?P<h>" + SECTOR_NAMES + r")\s+"
    r"(?:alone\s+)?(?:accounted|made up|saw|recorded|reported|logged|registered|led|topped|"
    r"posted|tallied|counted)\b|"
    # "The Rio Grande Valley was the busiest Border Patrol sector"
    r"\b(?P<g>" + SECTOR_NAMES + r")\s+(?:was|is|remained|became)\s+(?:again\s+|still\s+)?"
    r"the\s+[^.;]{0,40}?\bsectors?\b|"
    # "Numbers tweeted out by Yuma's Chief Patrol Officer": a chief patrol agent leads a sector
    r"\b(?P<i>" + SECTOR_NAMES + r")(?:'s|’s)?\s+(?:(?:border\s+)?patrol\s+)?chief\b|"
    # "Activity is picking up along the San Diego border": the sector's stretch of it
    + _SECTOR_BORDER + r"|"
    # A sector's city by its state's postal code: "This past year, Yuma, AZ, had 310,000"
    r"\b(?P<l>" + SECTOR_NAMES + r"),\s+(?:AZ|TX|CA|NM|Ariz\.|Calif\.|Tex\.)(?=[\s,.;:)])|"
    # A list's label: "… son los siguientes: Tucson, Arizona: presentó 31.129 casos"
    r"(?:^|[:•]\s*)(?P<j>" + SECTOR_NAMES + r")(?:\s*,\s*[a-z]+(?:\s[a-z]+)?)?\s*:(?!\d)",
    re.IGNORECASE)
# A sector's stretch of the border, named alone: "activity is picking up along the San
# Diego border" (the text goes on in that sector).
SECTOR_BORDER_RE = gated(_SECTOR_BORDER, re.IGNORECASE)
# "The El Paso, Big Bend, Del Rio, Laredo, and Rio Grande Valley Sectors", "los sectores de
# El Paso y Del Rio": a list of sectors named once.
_SECTOR_NAME = "(?:" + SECTOR_NAMES + ")"
SECTOR_LIST_RE = re.compile(
    rf"\b{_SECTOR_NAME}(?:\s*,\s*(?:and\s+|y\s+)?{_SECTOR_NAME}|\s+(?:and|y)\s+{_SECTOR_NAME})+"
    r"\s+sectors\b|\bsectores\s+(?:de\s+)?" + _SECTOR_NAME + r"(?:\s*,\s*" + _SECTOR_NAME
    + r"|\s+y\s+(?:de\s+)?" + _SECTOR_NAME + r")+", re.IGNORECASE)

ACTORS: tuple[tuple[Pattern, str], ...] = (
    # ("Customs and Border Patrol", a common slip for CBP, is CBP.)
    # (Not another country's: "Panama's border patrol known as SENAFRONT".)
    (_rx(r"(?<!customs and )" + _NOT_ANOTHER_COUNTRYS + r"border patrol", r"border agents",
         r"patrulla fronteriza", r"usbp",
         r"agentes fronterizos"), "USBP"),
    (_rx(r"customs and border protection", r"customs and border patrol", r"cbp",
         r"oficina de aduanas"), "CBP"),
)
# The US's own southern border named as such: whatever Mexico is said to do in the
# sentence, a count there is the US's ("Mexico's foreign ministry said apprehensions at the
# U.S. southern border were down 30%").
US_OWN_BORDER = _rx(r"(?:u\.?s\.?|america(?:'s|’s)?|united states(?:'|’)?)\s+"
                    r"(?:southern|southwest(?:ern)?)\s+border",
                    r"(?:southern|southwest(?:ern)?) border of (?:the )?(?:u\.?s|united states)",
                    r"frontera (?:sur|suroeste|sudoeste) de (?:los\s+)?(?:ee\.?\s?uu|eeuu|"
                    r"estados unidos)",
                    r"frontera (?:sur|suroeste|sudoeste) estadounidense",
                    # ("la frontera entre Estados Unidos y México": where the US counts.)
                    r"frontera entre (?:los\s+)?(?:ee\.?\s?uu\.?|eeuu|estados unidos) y méxico",
                    r"border between (?:the\s+)?(?:u\.?s\.?|united states) and mexico",
                    # ("Crossings on the border with the United States", "at the US border":
                    # said in Mexico too, the US's own border.)
                    r"border with (?:the\s+)?(?:u\.?s\.?|united states)\b",
                    # (A place, not a noun's attribute: not "the U.S. border detention
                    # figures", "U.S. Border Patrol".)
                    r"\b(?:at|on|along|across|to|into)\s+(?:the\s+)?(?:u\.?s\.?|united states)"
                    r"\s+border\b(?=\s*(?:[,.;:)\u2014\u2013-]|$)|\s+(?:in|at|on|and|or|"
                    r"between|near|from|since|this|last|during|for|by|under|was|were|is|are|"
                    r"has|have|had|with (?:mexico|m[eé]xico))\b)",
                    r"frontera con (?:los\s+)?(?:ee\.?\s?uu\.?|eeuu|estados unidos)")
# Who counts, for comparisons between two countries' series ("Mexico detained more
# migrants than the US Border Patrol apprehended"). Border phrases are blanked out first,
# so "the U.S.-Mexico border" and "la frontera con México" name no one.
JURISDICTIONS: tuple[tuple[Pattern, str], ...] = (
    (_rx(r"border patrol", r"border agents", r"patrulla fronteriza", r"usbp"), "USBP"),
    (_rx(r"customs and border protection", r"cbp", r"oficina de aduanas"), "CBP"),
    (re.compile(r"\bU\.S\.(?=\s|$|[,;:)])|\bU\.S\b|\bUS\b|(?i:\bunited states\b|\bee\.?\s?uu\b\.?|"
                r"\beeuu\b|\bestados unidos\b|\bamerican authorities\b|"
                r"\bautoridades estadounidenses\b|\bwashington\b)"), "US"),
    (re.compile(MX_ACTOR, re.IGNORECASE), "MX"),
    (_rx(r"dari[eé]n", r"panam[aá]"), "PAN"),
)
COUNTRY_OF = {"USBP": "USA", "CBP": "USA", "US": "USA", "MX": "MEX", "PAN": "PAN"}
# "Menor(es)" as a comparative ("menores que en 2023"), not the noun after its article or a
# preposition ("los menores que más migraron": the minors).
# (Not "minors" after a figure: "mil 737 menores no acompañados que son detenidos".)
LESSER_ES = (r"(?<!los )(?<!las )(?<!de )(?<!sus )(?<!con )(?<!para )(?<!entre )(?<!estos )"
             r"(?<!unos )(?<!\d )(?<!mil )menor(?:es)?")
# The comparison of one series with another: "more ... than", "as many ... as", "surpassed".
COMPARE_OTHER = re.compile(
    r"\b(?:more|fewer|less|higher|lower|greater|larger|bigger|smaller)\b(?:\s+[\w'’.-]+){0,8}?"
    r"\s+than\b|\bas many\b(?:\s+[\w'’.-]+){0,5}?\s+as\b|\b(?:outpaced|outnumbered|"
    r"surpass(?:ed|es)|exceed(?:ed|s)|overtook|topped)\b|\b(?:más|menos|mayor(?:es)?|"
    + LESSER_ES + r")\b(?:\s+[\w'’.-]+){0,8}?\s+que\b|"
    r"\b(?:superior(?:es)?|inferior(?:es)?)\s+a(?:l)?\b|"
    r"\btant[oa]s\b(?:\s+[\w'’.-]+){0,5}?\s+como\b|\b(?:super[óo]|superaron|supera|superan|"
    r"rebas[óo]|rebasaron)\s+a(?:l)?\b", re.IGNORECASE)
FEWER = re.compile(r"\b(?:fewer|less|lower|smaller|below|down|menos|menor(?:es)?|"
                   r"inferior(?:es)?|más\s+baj[oa]s?)\b", re.IGNORECASE)


def direction_of(word: str | None) -> str:
    """"down" for a word of fewer ("lower", "menos", "inferiores", "below"), else "up"."""
    return "down" if word and FEWER.fullmatch(word.strip()) else "up"
# Mexico's returns by outcome: a "formal deportation" is the legal category; most returns
# are assisted returns.
MX_OUTCOMES: tuple[tuple[Pattern, list[str]], ...] = (
    (_rx(r"formal deportations?", r"deportations? in the (?:legal|strict) sense",
         r"deportaci\w+ formal\w*", r"deportaci\w+ en sentido estricto"), ["Deportation"]),
    (_rx(r"assisted returns?", r"retornos? asistidos?"),
     ["Assisted return", "Assisted return of minors"]),
)
# "Deported from Mexico and the United States": returns from both, no filter.
# ("personas retornadas por Estados Unidos y México": by both.)
RETURNED_FROM_BOTH = _rx(r"(?:from|by|desde|de|por)\s+m[eé]xico\s+(?:and|y)\s+"
                         r"(?:from\s+|desde\s+)?"
                         r"(?:the\s+|los\s+)?(?:united states|u\.?s\.?|ee\.?\s?uu\.?|"
                         r"estados unidos)",
                         r"(?:from|by|desde|de|por)\s+(?:the\s+|los\s+)?(?:united states|u\.?s\.?|"
                         r"ee\.?\s?uu\.?|estados unidos)\s+(?:and|y)\s+(?:from\s+|desde\s+)?"
                         r"m[eé]xico",
                         # "que Estados Unidos y México retornaron", "Mexico and the US deported"
                         r"(?:(?:the\s+)?(?:united states|u\.?s\.?|ee\.?\s?uu\.?|estados unidos)"
                         r"\s+(?:and|y)\s+m[eé]xico|m[eé]xico\s+(?:and|y)\s+(?:the\s+)?"
                         r"(?:united states|u\.?s\.?|ee\.?\s?uu\.?|estados unidos))\s+"
                         r"(?:(?:han|have|had|habían|hubieran)\s+)?(?:retorn|deport|devol|"
                         r"devuel|return|sent|expuls|expell)\w*")
RETURNED_FROM: tuple[tuple[Pattern, str], ...] = (
    (_rx(r"(?:from|by|desde|por|de)\s+(?:the\s+|los\s+)?(?:united states|u\.?s\.?|"
         r"ee\.?\s?uu\.?|eeuu|estados unidos|american authorities|autoridades "
         r"estadounidenses)",
         r"(?:the\s+)?(?:united states|u\.?s\.?|ee\.?\s?uu\.?|eeuu|estados unidos)\s+"
         r"(?:\w+\s+)?(?:sent back|deported|returned|expelled|removed|deport[óo]|expuls[óo]|"
         r"devolvi[óo]|retorn[óo]|repatri[óo]|deportad[oa]|expulsad[oa])"), "USA"),
    (_rx(r"(?:from|by|desde|por|de)\s+(?:las\s+)?(?:m[eé]xico|mexican authorities|autoridades "
         r"mexicanas)",
         r"(?:m[eé]xico|mexican authorities|autoridades mexicanas)\s+(?:ha\s+|han\s+|has\s+|"
         r"have\s+)?(?:sent back|deported|returned|expelled|deportad[oa]|deport[óo]|expuls[óo]|"
         r"expulsad[oa]|devolvi[óo]|devuelto|retornad[oa]|retorn[óo])"), "MEX"),
)

# "Adults and children traveling in family units", "adultos y niños que viajan en
# unidades familiares": the members of families, not every child or adult.
_IN_FAMILIES = (r"(?!(?:\s+(?:and|y)\s+(?:children|adults|niños|adultos))?\s+(?:traveling|"
                r"travelling|arriving|crossing|who (?:travel|traveled|arrived)|que viaja(?:ba)?n|"
                r"viajando|que llega(?:ro)?n)\s+(?:in|as|with|en|como|con)\s+(?:\W?(?:a|an|"
                r"una?)\s+)?\W?(?:famil|unidad))")
# ("Adults with children", "adultos con niños": families' members, not adults of all kinds.)
_WITH_CHILDREN = (r"(?!\s+(?:(?:traveling|travelling|arriving|who (?:came|traveled|arrived)|"
                  r"que viaja(?:ba)?n|que llega(?:ro)?n|acompañados)\s+)?(?:with|con|de)\s+"
                  r"(?:their\s+|sus\s+)?(?:children|kids|minors|hijos|niños|menores))")
# "que viajan", "que iban", "viajando" before "solos" or "sin compañía"
_GOING_ES = (r"(?:(?:que\s+)?(?:viaja(?:ba)?n|iban|venían|llega(?:ro|ba)?n|viajando|"
             r"cruza(?:ro|ba)?n|cruzando|entraron|ingresaron)\s+"
             # "menores que llegaron a la frontera sin acompañante"
             r"(?:(?:a|por)\s+(?:la\s+frontera|(?:los\s+)?estados\s+unidos|ee\.?\s?uu\.?)\s+)?)?")
POPULATIONS: tuple[tuple[Pattern, str, str], ...] = (
    # (Not "tengo una familia", "his family": one's own family is no family unit counted.)
    # (Not "adult migrants traveling without families": single adults.)
    (_rx(r"(?<!without )(?<!sin )famil(?:y|ies)(?: units?| members)?",
         # (Not "an official familiar with the numbers".)
         r"(?<!una )(?<!mi )(?<!su )(?<!sin )(?<!without )famili(?!ar\s+(?:with|to)\b)"
         r"(?!ari[tsz])\w+", r"unidades familiares",
         # "3,295 adults with children", "adultos con niños": the families' members.
         r"(?:adults|parents) (?:(?:traveling|travelling|arriving|who (?:came|traveled|"
         r"arrived)) )?with (?:their )?(?:children|kids|minors)",
         r"adultos (?:(?:que viaja(?:ba)?n|que llega(?:ro)?n|acompañados) )?(?:con|de) (?:sus )?"
         r"(?:hijos|niños|menores)"),
     "demographic", "FMUA"),
    # (CBP's own abbreviations: "FMUA encounters", "the number of FMU dipped".)
    (_rx(r"FMUAs?", r"FMUs?"), "demographic", "FMUA"),
    # ("77 unaccompanied Indian minors": a nationality between.)
    (_rx(r"unaccompanied (?:(?:alien|illegal|immigrant|migrant|undocumented|foreign|"
         r"[a-z]+(?:an|ese|i))\s+){0,2}"
         # ("Unaccompanied minor encounters", "unaccompanied child apprehensions".)
         r"(?:children|minors|kids|(?:child|minor|kid)(?=\s+(?:encounters|apprehensions|"
         r"arrests|crossings|referrals|arrivals|border)\b))", r"children traveling alone",
         r"unaccompanied and separated (?:children|minors|kids)",
         # "children under 18 who migrate to the United States on their own"
         r"(?:children|minors|kids)(?: under (?:the age of )?18)? (?:who|that) (?:[\w.-]+ ){1,6}?"
         r"(?:alone|on their own|by themselves)",
         r"UACs?", r"UCs?", r"single minors",
         # "Families or minors are almost 60 percent": the minors counted apart from
         # families are the unaccompanied.
         # ("Kids and families were 68% of all apprehensions", "children and families":
         # the children counted beside the families are the unaccompanied.)
         r"(?:(?<=families or )|(?<=families and )|(?<=family or )|(?<=family and ))"
         r"(?:minors|children|kids)", r"(?:children|kids|minors)(?= (?:and|or) famil(?:y|ies)\b)",
         r"(?:(?<=familias y )|(?<=familias o ))menores(?!\s+de\s+edad)",
         r"(?:lone|solo) (?:children|minors|kids)",
         r"children (?:arriving |crossing |traveling |(?:who|that) (?:crossed|came|arrived|"
         r"traveled|travell?ed) )?(?:alone|on their own|by themselves)",
         # "children traveling without a parent", "minors traveling alone"
         r"(?:children|minors|kids) (?:arriving |crossing |traveling |travell?ing )?"
         r"(?:alone|without (?:a |their )?(?:parents?|adults?|guardians?|family))",
         r"(?:menores|niños|niñas|chicos|chicas|jóvenes|adolescentes|infantes)(?: de edad)? "
         r"no acompañad[oa]s", r"menores migrantes no acompañados",
         rf"(?:niños|niñas|menores|infantes|adolescentes)(?: de edad)? {_GOING_ES}solos",
         # "29.873 menores de edad acompañados y 9.550 no acompañados"
         r"(?<=\d )no acompañad[oa]s", r"(?<!\w )(?<!\w)no acompañad[oa]s",
         # "de los cuales 1 mil 762 no iban acompañados por un adulto"
         r"no (?:iban|viajaban|venían|llegaron|estaban) acompañad[oa]s",
         # "48,587 menores de edad sin compañía de un adulto"
         rf"(?:menores|niños|niñas|infantes|adolescentes)(?: de edad)? {_GOING_ES}sin (?:la )?"
         r"(?:compañía|acompañamiento|sus padres|un adulto|acompañantes?|acompañad[oa]s)"),
     "demographic",
     "UAC"),
    # Children in general: no series in the store counts them (families with children, and
    # unaccompanied children, are the populations above), so such a count is unverifiable.
    # Accompanied minors: a family status of CBP's; Mexico and Panama do not split them.
    (_rx(r"accompanied (?:minors|children|kids)",
         # "23 minors travelling with adults"
         r"(?:minors|children|kids) (?:travell?ing|arriving|crossing) with (?:an |their )?"
         r"(?:adults?|parents?)",
         r"(?:menores|niños|niñas)(?: de edad)? acompañad[oa]s"), "demographic",
     "Accompanied Minors"),
    (_rx(r"(?<!with )(?<!unaccompanied )(?<!alien )(?<!lone )(?<!solo )(?<!accompanied )"
         r"children(?! (?:arriving |crossing |traveling )?(?:alone|on their own|by themselves|"
         r"without (?:a |their )?(?:parents?|adults?|guardians?|family)))" + _IN_FAMILIES,
         rf"(?<!con )niños(?! no acompañados)(?!\s+{_GOING_ES}solos)"
         rf"(?! acompañad)(?!\s+{_GOING_ES}sin )" + _IN_FAMILIES,
         rf"menores de edad(?! acompañad)(?! no acompañad)(?!\s+{_GOING_ES}sin )"
         rf"(?!\s+{_GOING_ES}solos)",
         r"menores de (?:18|dieciocho) años", r"infancias",
         # "detenciones de menores migrantes" (not "menores migrantes no acompañados")
         r"menores (?:migrantes|extranjeros)(?! no acompañad)",
         r"(?:people|persons|migrants) under (?:the age of )?18"), "demographic", "Children"),
    # ("Lone adult migrants", "10,000 adult migrants have crossed": CBP's single adults,
    # the adults its files count apart from families.)
    (_rx(r"single[- ]adults?", r"adultos solos", r"(?:lone|solo)\s+adults?",
         r"adult (?:migrants|immigrants|border crossers)",
         rf"adultos\s+{_GOING_ES}solos",
         # "42,783 hondureños solteros", "adultos solteros"
         r"(?:adultos|migrantes|personas|\w+(?:os|as))\s+solter[oa]s",
         # "adult migrants traveling without families", "adultos que viajan sin familia"
         r"adults?\s+(?:migrants\s+)?(?:traveling|travelling|who (?:travel|traveled))\s+"
         r"(?:alone|without (?:a\s+)?famil(?:y|ies))",
         rf"adultos\s+{_GOING_ES}sin\s+(?:sus\s+)?famili\w+"), "demographic",
     "Single Adults"),
    # Adults of every status: an age group in Mexico's and the Darién's tables; CBP's
    # families hold adults too, so no US series counts them.
    # (Not the adults a child is without: "niños sin compañía de adultos", "children
    # traveling without adults".)
    (_rx(r"(?<!single )(?<!single-)(?<!without )(?<!ing with )adults\b" + _IN_FAMILIES +
         _WITH_CHILDREN,
         rf"(?<!compañía de )(?<!acompañamiento de )(?<!sin )adultos\b"
         rf"(?!\s+{_GOING_ES}solos)" + _IN_FAMILIES + _WITH_CHILDREN),
     "demographic", "Adults"),
)

# Nationalities in free text: plural demonyms ("Venezuelans", "venezolanos"), a singular
# demonym before a word for people ("Mexican families"), or "from <country>". A bare
# "Mexican" or "Mexico" far more often names the state ("Mexican officials"), not migrants.
_PEOPLE = (r"(?:migrants?|nationals?|citizens?|families|family|children|adults?|men|"
           r"women|people|asylum seekers|migrantes|ciudadanos|familias|niños|personas)")
# ... after a demonym, also the events counted of them: "Venezuelan encounters", "Haitian
# apprehensions" (in CBP's usage, of people of that nationality; not "Mexican authorities").
_PEOPLE_AFTER = (r"(?:" + _PEOPLE[3:-1] + r"|immigrants?|minors|border crossers|crossers|"
                 r"encounters?|apprehensions?|arrests|crossings)")
# A word between a demonym and its people: "Mexican single adults", "Honduran unaccompanied
# children".
_QUALIFIER = r"(?:single|unaccompanied|undocumented|irregular|illegal|adult|young|minor)"


# A hedge before a listed country's figure: "Ecuador with about 57,000".
_ABOUT = (r"(?:(?:about|some|nearly|almost|over|more than|unos|unas|casi|mas de|cerca de)"
          r"\s+)?")


_INITIALS = {"prc": "CHN"}


@cache
def _nationality_patterns() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str]]:
    from borderstats.nationality import SPECIAL, table

    words: dict[str, str] = {}
    plural, singular, countries = [], [], []
    invariant = []  # "Senegalese", "Chinese": the same word for one and for many
    for nat in table().values():
        if nat.iso in SPECIAL or nat.kind not in ("iso3166", "user-assigned"):
            continue
        for d in (*nat.demonyms_en, *nat.demonyms_es):
            key = normalise(d)
            if len(key) < 4 or key in words:
                continue
            words[key] = nat.iso
            (plural if key.endswith(("s", "es")) else singular).append(re.escape(key))
            if key.endswith("ese"):
                invariant.append(re.escape(key))
        # The country's other names too ("the People's Republic of China", "Burma");
        # upper-case aliases are codes or file spellings.
        names = (nat.name_en, nat.name_es, *(a for a in nat.aliases
                                             if a != a.upper() and len(a) >= 4))
        for c in names:
            key = normalise(c)
            if key and key not in NOT_IN_FREE_TEXT and \
                    words.setdefault(key, nat.iso) == nat.iso:
                # "nacionales de China": a name that is also a demonym ("china") is both.
                countries.append(re.escape(key))
    # Initials a text writes for a country's people: "PRC migrants", "PRC nationals".
    for key, iso in _INITIALS.items():
        words[key] = iso
        singular.append(key)

    def alt(items: list[str]) -> str:
        return "|".join(sorted(set(items), key=len, reverse=True))

    pattern = re.compile(
        rf"\b(?:(?P<plural>{alt(plural)})\b|(?P<single>{alt(singular)})\s+(?:{_QUALIFIER}\s+)?"
        rf"{_PEOPLE_AFTER}\b|"
        # "Both Brazilian and Venezuelan encounters": each demonym of a list before the
        # people (the text is normalised: no commas).
        rf"(?P<coord>{alt(singular)})(?=(?:\s+(?:(?:and|or|y|o|e)\s+)?(?:{alt(singular)}))+\s+"
        rf"(?:{_QUALIFIER}\s+)?{_PEOPLE_AFTER}\b)|"
        # "arrested Senegalese more than 20,000 times", "9,711 Chinese at the border": such
        # a demonym with no noun after it is the people ("Chinese officials" is not).
        rf"(?P<invariant>{alt(invariant)})(?=\s*(?:[.,;:)]|$)|\s+(?:more|over|nearly|about|"
        rf"almost|who|were|was|and|or|than|crossing|at|in|from|to|by)\b|\s+\d)|"
        rf"(?:nacionalidad|nationality)\s+(?P<named>{alt(singular)})\b|"
        # "151 were Venezuelan nationals, 43 Cameroonian, 22 Bangladeshi": a figure's
        # demonym right after it, in a list (the text is normalised: no commas).
        rf"(?<=\d )(?P<numbered>{alt(singular)})(?=\s+(?:\d|(?:and|or|y|o)\b)|\s*[.;:)]|\s*$)|"
        # "18.852 personas de origen colombiano", "más de 80.000 de origen haitiano": the
        # people counted, of that origin (not "…, de los que el 28% es de origen
        # mexicano", a part of them).
        rf"(?:personas|migrantes|inmigrantes|individuos|ciudadanos|extranjeros|\d+)\s+de\s+"
        rf"origen\s+(?P<origin>{alt(singular)})\b|"
        # "About 579,000 were Mexican.": the demonym said of the people counted.
        rf"\b(?:were|was|are|is)\s+(?:mostly\s+|largely\s+|mainly\s+)?"
        rf"(?P<said>{alt(singular)})(?=\s*(?:[.,;:)]|$|\s+(?:and|or|nationals?|citizens?)\b))|"
        rf"(?:from|de|desde|(?:nationals|citizens|natives) of)\s+"
        rf"(?P<article>(?:the|la|el|los|las)\s+)?(?P<country>{alt(countries)})\b|"
        # "El Salvador accounted for 53,348 Border Patrol apprehensions", "Ecuador was the
        # source of 116,144": a country as the subject of a count is its nationals; so is
        # each country of a list of countries and their figures ("Venezuela recorded
        # 148,953, followed by Ecuador with 57,222 and Haiti with 46,558", "Venezuela
        # registró 328.667, seguida por Ecuador con 57.222"), unless it counts people of its
        # own (Mexico, Guatemala, Panama) and "records" them. (One alternation of the
        # countries, for speed.)
        rf"(?P<subject>{alt(countries)})\s+(?:alone\s+)?(?:(?:accounted for|made up|represented|"
        rf"(?:was|were) the (?:source|origin|country of origin) of)\b|(?:with|con)(?:\s+|$)"
        rf"{_ABOUT}(?:\d|$)|"
        # "El Salvador was fourth on the list with 89,811", "ocupó el cuarto lugar con"
        rf"(?:was|ranked|came|placed|fue|quedo|ocupo)\s+(?:[\w-]+\s+){{0,6}}?(?:with|con)\s+"
        rf"{_ABOUT}\d|"
        # "Cuba es el segundo país en el número de inmigrantes": a country's place among them
        rf"(?:es|fue|is|was|ocupa|ocupo)\s+(?:el|the)\s+(?:segundo|tercer|tercero|cuarto|"
        rf"second|third|fourth)\s+(?:pais|country|lugar|place|nacionalidad|nationality)\b|"
        rf"(?P<counted>recorded|registered|registro|sumo|aporto)(?:\s+|$)"
        rf"{_ABOUT}(?:\d|$))|"
        # "después de Venezuela (89,718), Honduras (37,323)", "Mexico (225,476)": a list of
        # countries, each with its figure in brackets (the text is normalised: "honduras 37
        # 323", "cuba 12 8k"; a year is no such figure)
        rf"(?P<bracketed>{alt(countries)})\s+{_ABOUT}\d{{1,3}}(?:\s\d{{3}}|(?:\s\d)?\s?k)\b|"
        rf"(?:followed by|seguid[oa]s? (?:de|por))\s+(?P<listed>{alt(countries)})\b|"
        # "Honduras, Guatemala y El Salvador constituyeron 38 por ciento": each country of a
        # list that is the subject of a share.
        rf"(?P<inlist>{alt(countries)})(?=(?:(?:\s*,)?\s+(?:{alt(countries)})|\s+(?:y|and|e)\s+"
        rf"(?:{alt(countries)}))*\s+(?:together\s+|juntos\s+|en conjunto\s+)?(?:accounted for|"
        rf"made up|represented|constituted|constituyeron|constituian|constituyen|representaron|"
        rf"representaban|representan|conformaron|sumaron)\b))")
    named_alone = re.compile(rf"\b(?:{alt(countries)})\b")
    return pattern, words, named_alone


@cache
def _first_words() -> frozenset[str]:
    """The first word of every spelling the nationality patterns match."""
    return frozenset(key.split()[0] for key in _nationality_patterns()[1])


# Between the countries of a list: "Nicaragua, Cuba and Venezuela", "Cuba y Haití".
# (The text is normalised: its commas are gone.)
_LIST_SEPARATOR = re.compile(r"\s*,?\s+(?:(?:and|or|y|o|e)\s+)?")


def nationalities(text: str) -> list[str]:
    """ISO codes of the nationalities a text speaks of, in order of first mention."""
    return list(_nationalities(text))


def countries_named(text: str) -> list[str]:
    """ISO codes of the countries a text names by name ("El Salvador, Guatemala and
    Honduras"), whether as origins or places, in order of first mention; not the US."""
    return list(_countries_named(text))


@lru_cache(maxsize=1024)  # (asked of every sentence, again for each date a text may have)
def _countries_named(text: str) -> tuple[str, ...]:
    _, words, named_alone = _nationality_patterns()
    return tuple(dict.fromkeys(code for m in named_alone.finditer(
        _NEW_MEXICO.sub("nm", normalise(text)))
                               if (code := words.get(m.group(0))) and code != "USA"))


def nationality_of(word: str) -> str | None:
    """The ISO code a demonym or country name stands for ("Mexican", "colombiana",
    "Venezuela"), if it is one."""
    return _nationality_patterns()[1].get(normalise(word))


# A clause and its sentence are asked several times, and again for each date a text
# without one may have.
@lru_cache(maxsize=1024)
def _nationalities(text: str) -> tuple[str, ...]:
    pattern, words, named_alone = _nationality_patterns()
    found: list[str] = []
    # (The US state is no Mexico: "El Paso, Texas-New Mexico (13,282)".)
    low = _NEW_MEXICO.sub("nm", normalise(text))
    # Every nationality the patterns can match begins with a whole word that begins one of
    # their spellings: a text with none of those words names none (most sentences).
    named = not _first_words().isdisjoint(low.split())
    if named and ORIGIN_WORDS.search(low):
        # "Mexico remains the main country of origin": a country named alone is whom.
        found += [words[m.group(0)] for m in named_alone.finditer(low)
                  if words.get(m.group(0)) and words[m.group(0)] != "USA"]
        found = list(dict.fromkeys(found))
    if named:
        # "Have originated from Mexico or Northern Central America": the countries named
        # right after the words of origin are whom.
        for m in _ORIGINATED.finditer(low):
            found += [words[c.group(0)] for c in named_alone.finditer(low, m.end(), min(
                len(low), m.end() + 80)) if words.get(c.group(0)) and words[c.group(0)] != "USA"]
        found = list(dict.fromkeys(found))
    for m in pattern.finditer(low) if named else ():
        key = m.group("plural") or m.group("single") or m.group("coord") or m.group(
            "invariant") or m.group(
            "named") or m.group("numbered") or m.group(
            "origin") or m.group(
            "country") or m.group("said") or m.group("subject") or m.group("listed") or \
            m.group("bracketed") or m.group("inlist")
        iso = words.get(key)
        if (m.group("subject") or m.group("listed") or m.group("inlist")) and iso in (
                "MEX", "USA"):
            continue  # "Mexico accounted for …" may be Mexico's own count
        if m.group("counted") and iso in ("MEX", "USA", "GTM", "PAN"):
            continue  # "Guatemala registró 60 mil retornos": its own count
        if m.group("plural") and _INSTITUTION_BEFORE.search(low[:m.start()]):
            continue  # "las autoridades migratorias panameñas": who counts, not whom
        if m.group("plural") and _PLACE_BEFORE.search(low[:m.start()]):
            continue  # "en los estados fronterizos mexicanos": where, not whom
        if m.group("article") and iso in ("USA", "MEX"):
            continue  # "deportados de los Estados Unidos": where from, not whom
        if iso == "USA" and re.search(r"\b(?:central|south|north|latin)\s+$", low[:m.start()]):
            continue  # "Central American migrants", "South Americans": a region's people
        if iso in ("MEX", "CAN") and m.group("country") and not _PEOPLE_BEFORE.search(
                low[:m.start()]) and not ORIGIN_WORDS.search(low) and not _OF_THEM_WERE.match(
                    low, m.end()) and not m.group(0).startswith(("nationals", "citizens",
                                                                 "natives")) and \
                not _WERE_FROM.search(low[:m.start("country")]):
            # "crossings from Mexico", "entered from Mexico", "come in from Canada": the
            # border, not whom
            continue
        if iso and iso not in found:
            found.append(iso)
        at = m.end()
        while m.group("country") and iso != "USA" and (
                sep := _LIST_SEPARATOR.match(low, at)) and (
                country := named_alone.match(low, sep.end())) and (
                iso != "MEX" or words[country.group(0)] != "USA"):
            # "from Nicaragua, Cuba and Venezuela", "from Mexico, Guatemala, Honduras and El
            # Salvador": each country of the list (not "la frontera de Estados Unidos y
            # México", "from Mexico and the United States", two places).
            if (item := words[country.group(0)]) not in found and item != "USA":
                found.append(item)
            at = country.end()
        if m.group("country") and _GROUP_AFTER.match(low[m.end():]):
            found += [g for g in NORTHERN_TRIANGLE if g not in found]
    for m in _CENTRAL_AMERICA.finditer(low):
        # "Originarias de Centroamérica (Guatemala, Honduras y El Salvador)": the countries
        # listed; "crossings from Central America": the seven ("predominately individuals
        # from Central America" describes the people counted, it does not select them).
        if _DESCRIBING.search(low, max(0, m.start() - 40), m.start()) or re.search(
                r"\b(?:triangulo norte|northern triangle)\s+(?:of\s+)?$", low[:m.start()]):
            # (Nor "el Triángulo Norte de Centroamérica": the three, named below.)
            continue
        listed, at = [], m.end()
        while (country := named_alone.match(low, at)) is not None:
            listed.append(words[country.group(0)])
            at = country.end()
            at += len(re.match(r"\s*(?:(?:y|and|e)\s+)?", low[at:]).group(0))
        if len(listed) > 1:
            found += [c for c in listed if c not in found]
        elif m.group("origin"):
            found += [g for g in CENTRAL_AMERICA if g not in found]
    for region, members in ((_GROUPS, NORTHERN_TRIANGLE), (_CENTRAL, CENTRAL_AMERICA),
                            (_CARIBBEAN, CARIBBEAN), (_AFRICA, AFRICA), (_ASIA, ASIA),
                            (_SOUTH_AMERICA, SOUTH_AMERICA)):
        if any(not _ON_A_ROUTE_TO.match(low, m.end()) or not _A_ROUTE_BEFORE.search(
                low, max(0, m.start() - 60), m.start()) for m in region.finditer(low)):
            # (Not "en la ruta de los migrantes desde Sudamérica hacia Estados Unidos": where
            # the way runs from, not whom.)
            found += [g for g in members if g not in found]
    return tuple(found)


_A_ROUTE_BEFORE = re.compile(r"\b(?:ruta|route|corredor|corridor|camino|trayecto|journey|"
                             r"travesia|trek)\b[^.;]*$")
_ON_A_ROUTE_TO = re.compile(r"\s+(?:hacia|to|toward|towards|rumbo a|hasta)\b")


# "De México solamente fueron 390 personas", "from Mexico were 1,200": of the people
# counted, so many were from there.
# "49.6 percent of them were from Mexico", "eran de México": where the people are from.
_WERE_FROM = re.compile(r"\b(?:were|are|was|is|came|come|eran|son|era|venían|provenían|"
                        r"procedían)\s+(?:originally\s+)?(?:from|de|del)\s+(?:the\s+)?$")
_OF_THEM_WERE = re.compile(r"\s+(?:\w+\s+)?(?:fueron|eran|son|were|are)\s+(?:\w+\s+){0,2}\d")
# A demonym after a place's noun describes the place, not whom it counts ("en las garitas
# de los estados fronterizos mexicanos").
_PLACE_BEFORE = re.compile(
    r"\b(?:estados|ciudades|puertos|garitas|fronteras|municipios|comunidades|costas|aguas|"
    r"carreteras|territorios|regiones|zonas|albergues|estaciones)"
    r"(?:\s+(?:fronteriz[oa]s|migratori[oa]s|del (?:norte|sur)))?\s+$")
# A demonym after an institution's noun names who acts, not whom it counts ("las
# autoridades migratorias panameñas hablan de 70mil migrantes").
_INSTITUTION_BEFORE = re.compile(
    r"\b(?:autoridades|gobiernos?|fuerzas|instituciones|funcionari[oa]s|oficiales|agentes|"
    r"militares|polic[ií]as|ministerios?|cancillerias?|guardias?)"
    r"(?:\s+(?:migratori[oa]s|de (?:migracion|inmigracion|seguridad)|fronteriz[oa]s|federales|"
    r"de frontera))?\s+$")
# "Mexico remains the main country of origin": a country named as where people come from,
# not as who counts them.
# (Not where people are sent back to: "devueltos a sus países de origen".)
ORIGIN_WORDS = re.compile(r"(?<!to their )(?<!to its )(?<!a sus )(?<!a su )"
                          r"\b(?:countr(?:y|ies) of origin|pa[ií]s(?:es)? de origen|"
                          r"(?:main|top|leading|largest|biggest|most common) "
                          r"(?:nationalit(?:y|ies)|sources?(?: countr(?:y|ies))?)|"
                          r"nacionalidad(?:es)? (?:principal(?:es)?|más (?:numerosa|común)))\b",
                          re.IGNORECASE)
_NEW_MEXICO = re.compile(r"\bnew mexico\b|\bnuevo mexico\b")
_ORIGINATED = re.compile(r"\b(?:originat(?:ed|ing|es?)|originari[oa]s?) (?:from|in|de) ")
# "Migrants from Mexico or the Northern Triangle": El Salvador, Guatemala and Honduras.
NORTHERN_TRIANGLE = countries_in("northern_triangle")
_GROUPS = re.compile(r"\b(?:northern triangle|triangulo norte(?: de centroamerica)?|"
                     r"northern central america(?:n)?|norte de centroamerica)\b")
# "Deportations of Central Americans", "centroamericanos": the seven countries; "mostly
# Central Americans" describes the people counted, it does not select them.
CENTRAL_AMERICA = countries_in("central_america")
_CENTRAL = re.compile(r"(?<!mostly )(?<!mainly )(?<!mayoria )(?<!mayoría )"
                      r"(?<!principalmente )\b(?:central americans|centroamerican[oa]s|"
                      r"central american (?:migrants|nationals|people|citizens|children|minors|"
                      r"families|adults|countries|migration))\b")
# "Migrants from the Caribbean, primarily Cuba and Haiti", "caribeños": the islands whose
# people the series count (the text is normalised: no accents).
CARIBBEAN = countries_in("caribbean")
# "43 mil 972 migrantes africanos", "Africans", "from Africa": every African state (a series
# sums those it breaks out; Mexico's breaks out most).
AFRICA = countries_in("africa")
_AFRICA = re.compile(r"(?<!mostly )(?<!mainly )(?<!principalmente )"
                     r"\b(?:(?:from|of|del|de)\s+(?:africa|the african continent|el continente "
                     r"africano)|africans|african (?:migrants|nationals|people|citizens|"
                     r"migration)|african[oa]s|(?:migracion|inmigracion) africana)\b")
# "Las personas provenientes de Asia", "Asians", "asiáticos": every Asian state.
ASIA = countries_in("asia")
_ASIA = re.compile(r"(?<!mostly )(?<!mainly )(?<!principalmente )"
                   r"\b(?:(?:from|of|del|de|desde)\s+(?:asia|the asian continent|el continente "
                   r"asiatico)|asians|asian (?:migrants|nationals|people|citizens|migration)|"
                   r"asiatic[oa]s|(?:migracion|inmigracion) asiatica)\b")
# "Provenientes de algún país sudamericano", "la migración … de Sudamérica", "South
# Americans": the twelve South American states.
SOUTH_AMERICA = countries_in("south_america")
# (Not the way they came: "migrants traveling from South America through … the Darien".)
_SOUTH_AMERICA = re.compile(r"(?<!mostly )(?<!mainly )(?<!principalmente )"
                            r"(?<!traveling )(?<!travelling )(?<!journeying )(?<!heading )"
                            r"(?<!moving )(?<!trekking )"
                            r"\b(?:(?:from|of|del|de|desde)\s+(?:south america|sudamerica|"
                            r"suramerica|america del sur)|south americans|south american "
                            r"(?:migrants|nationals|people|citizens|countries|country|"
                            r"migration)|(?:pais(?:es)?|naciones|nacionalidades)\s+"
                            r"(?:sud|sur)american[oa]s?|(?:sud|sur)american[oa]s|"
                            r"(?:migracion|inmigracion) (?:sud|sur)americana)\b")
_DESCRIBING = re.compile(r"\b(?:mostly|mainly|largely|primarily|predominantly|predominately|"
                         r"particularly|especially|most|majority|principalmente|"
                         r"mayoritariamente|sobre todo|mayoria)\b(?:\s+\w+){0,2}\s*$")
_CENTRAL_AMERICA = re.compile(r"\b(?P<origin>(?:from|de|desde|originari[oa]s de)\s+(?:la\s+)?)?"
                              r"(?:central america|centroamerica|america central)\b\s*")
_CARIBBEAN = re.compile(r"(?<!mostly )(?<!mainly )(?<!principalmente )"
                        r"\b(?:(?:from|of|del|de)\s+(?:the\s+|el\s+)?(?:caribbean|caribe)|"
                        r"caribbean (?:migrants|nationals|people)|caribenos|caribenas)\b")
_GROUP_AFTER = re.compile(r"^\s+(?:or|and|o|y)\s+(?:the\s+|el\s+)?(?:northern triangle|"
                          r"triangulo norte)")
_PEOPLE_BEFORE = re.compile(_PEOPLE + r"\s+(?:\w+\s+)?$")


# Words that present a count as people who got into the country ("235,478 illegal immigrants
# crossed the southern border", "302 mil migrantes cruzaron la frontera").
GOT_IN = _rx(r"crossed", r"cruzaron", r"han cruzado", r"entered", r"entraron", r"got in",
             # ("Agents came across migrants … 35,108 times": met them, an encounter.)
             r"poured (?:across|in)",
             # ("came across 15,759 undocumented migrants": the count between.)
             r"came (?:across(?! (?:[\w,.]+ ){0,3}(?:migrants|people|immigrants|individuals|"
             r"families|children|adults|groups))|in)", r"(?:han )?ingresado", r"ingresaron",
             r"se internaron",
             # ("Allowing more than seven million people to cross the border illegally",
             # "Biden's let in 8 million people", "dejaron entrar a millones")
             r"allow(?:ed|ing|s)?\s+(?:[\w,.]+\s+){0,6}?to\s+(?:cross|enter|come in)",
             # (Not "let us look at the numbers in May".)
             r"let in", r"let\s+(?:[\w,.]+\s+){1,5}?into\s+(?:the\s+|this\s+|our\s+)?"
             r"(?:country|u\.?s\.?|united states|america)\b",
             r"dej(?:ó|aron|ado)\s+(?:entrar|ingresar|cruzar)")
PEOPLE_NOUNS = _rx(r"people", r"persons", r"individuals", r"migrants", r"immigrants",
                   r"personas", r"migrantes", r"individuos", r"asylum seekers", r"inmigrantes",
                   r"extranjer[oa]s")
# CBP's own count of distinct people ("55,333 unique encounters"), which it states in its
# releases but no file holds: a statistic of its own, not events called people.
UNIQUE_COUNT = _rx(r"unique (?:encounters|individuals|people|migrants)", r"encuentros únicos",
                   r"(?:personas|migrantes|individuos) únic[oa]s")
DISTINCT_PEOPLE = _rx(r"different people", r"unique individuals", r"distinct people",
                      r"unique (?:encounters|people|migrants)", r"encuentros únicos",
                      r"(?:personas|migrantes|individuos) únic[oa]s",
                      r"individual migrants", r"personas (?:distintas|diferentes)",
                      r"individuos (?:distintos|diferentes)", r"migrantes (?:distintos|diferentes)")
# Words that say the figure counts enforcement events, so "1 million migrants" after them
# is not offered as a count of people who came.
ENFORCEMENT_VERBS = _rx(r"apprehended", r"arrested", r"encountered", r"detained", r"caught",
                        r"nabbed",
                        r"catch(?:es|ing)?(?! and release)", r"into (?:\w+ )?custody",
                        r"stopped", r"expelled", r"processed", r"counted", r"recorded",
                        r"apprehensions? of", r"encounters? (?:of|with)", r"arrests? of",
                        r"detenid\w+", r"aprehendid\w+", r"detuv\w+", r"detien\w+",
                        r"retenid[oa]s", r"captur(?:ad[oa]s?|[óo]|aron)",
                        r"bajo (?:su |la )?custodia",
                        r"aprehendi\w+", r"arrest[óo]", r"arrestaron", r"registr[óo]",
                        r"registraron", r"contabiliz\w+", r"present[óo]", r"presentaron",
                        r"presentad\w+", r"canaliz\w+", r"deport\w+", r"devolvi\w+",
                        r"devuelt\w+", r"expuls\w+", r"intercept\w+", r"asegur\w+",
                        r"encuentros? (?:de|con)", r"eventos", r"returned", r"removed",
                        r"retornad\w+", r"repatriad\w+", r"events", r"detaining",
                        r"apprehending", r"arresting", r"deporting", r"removing",
                        r"presented", r"channell?ed", r"registered",
                        r"(?:detenciones|aprehensiones|deportaciones|devoluciones|arrestos) de")
# Nouns that name the count as one of events ("a record nearly 2.4 million encounters", "the
# third-highest month for CBP encounters"): a record said so is not one of people.
EVENT_NOUNS = _rx(r"encounters", r"apprehensions", r"arrests", r"detentions", r"expulsions",
                  r"encuentros", r"aprehensiones", r"detenciones", r"arrestos", r"expulsiones",
                  r"eventos", r"events")
# Streaks: "the fifth straight month of decline", "for 16 consecutive months", "three
# months in a row", "el quinto mes consecutivo", "each month since January", "the third
# consecutive monthly increase".
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
             "twelfth": 12, "primer": 1, "primero": 1, "segundo": 2, "tercer": 3,
             "tercero": 3, "cuarto": 4, "quinto": 5, "sexto": 6, "séptimo": 7, "octavo": 8,
             "noveno": 9, "décimo": 10,
             # Feminine ordinals: "la segunda cifra más alta".
             "primera": 1, "segunda": 2, "tercera": 3, "cuarta": 4, "quinta": 5, "sexta": 6,
             "séptima": 7, "octava": 8, "novena": 9, "décima": 10}
_CARDINALS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dos": 2,
              "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
              "nueve": 9, "diez": 10, "once": 11, "doce": 12}


def _compound_numbers() -> tuple[dict[str, int], dict[str, int]]:
    """Numbers past twelve in words, ordinal and cardinal, in both languages: "the
    twenty-seventh straight month", "twenty-seven consecutive months", "por vigésimo séptimo
    mes consecutivo", "decimoquinto mes", "veintisiete meses seguidos"."""
    ordinals: dict[str, int] = {}
    cardinals: dict[str, int] = {}
    units_en = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    nth_en = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
              "ninth")
    teens_en = ("thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                "nineteen")
    for i, word in enumerate(teens_en, 13):
        cardinals[word], ordinals[word + "th"] = i, i
    for ten, card, nth in ((20, "twenty", "twentieth"), (30, "thirty", "thirtieth"),
                           (40, "forty", "fortieth"), (50, "fifty", "fiftieth")):
        cardinals[card], ordinals[nth] = ten, ten
        for i in range(9):
            cardinals[f"{card} {units_en[i]}"] = ordinals[f"{card} {nth_en[i]}"] = ten + i + 1
    nth_es = ("primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo",
              "octavo", "noveno")
    spanish: dict[str, int] = {"decimoctavo": 18, "decimonono": 19, "undécimo": 11,
                               "duodécimo": 12}
    for ten, word in ((10, "décimo"), (20, "vigésimo"), (30, "trigésimo"),
                      (40, "cuadragésimo")):
        spanish[word] = ten
        for i, unit in enumerate(nth_es, 1):
            spanish[f"{word} {unit}"] = ten + i
            if ten == 10:
                spanish[f"decimo{unit}"] = ten + i  # "decimoquinto"
    # The feminine of each ("la vigésima séptima semana"); before a noun, "primer" and
    # "tercer" ("el vigésimo primer mes").
    spanish |= {" ".join(w[:-1] + "a" for w in form.split()): n for form, n in spanish.items()
                if all(w.endswith("o") for w in form.split())}
    spanish |= {form[:-1]: n for form, n in spanish.items()
                if form.endswith(("primero", "tercero"))}
    ordinals |= spanish
    cardinals |= {"trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
                  "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
                  "veintiuno": 21, "veintiún": 21, "veintidós": 22, "veintitrés": 23,
                  "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintisiete": 27,
                  "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40}
    units_es = ("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")
    for ten, word in ((30, "treinta"), (40, "cuarenta")):
        for i, unit in enumerate(units_es, 1):
            cardinals[f"{word} y {unit}"] = ten + i
    return ordinals, cardinals


def _with_plain_spellings(words: dict[str, int]) -> dict[str, int]:
    """Each spelling, and the same as ``normalise`` writes it (no accents, no hyphens)."""
    return words | {normalise(w): n for w, n in words.items()}


_COMPOUND_ORDINALS, _COMPOUND_CARDINALS = _compound_numbers()
# "the fifth straight month" names the run's last month, "five straight months" its length.
ORDINAL_WORDS = _with_plain_spellings(_ORDINALS | _COMPOUND_ORDINALS)
# Numbers in words (ordinal or cardinal) that give a run's length or a rank.
ORDINALS = ORDINAL_WORDS | _with_plain_spellings(_CARDINALS | _COMPOUND_CARDINALS)


def number_word(words: str) -> int | None:
    """The number a word or compound of words stands for ("twenty-seventh", "vigésimo
    séptimo", "veintisiete"), however accented or hyphenated."""
    return ORDINALS.get(normalise(words))


def is_ordinal(words: str) -> bool:
    return normalise(words) in ORDINAL_WORDS


MONTH_NUMBERS = {name: i for i, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), 1)}
_ORD = r"(?:\d{1,2}(?:st|nd|rd|th|º|°|o)?|" + "|".join(
    w.replace(" ", r"[\s-]+") for w in sorted(ORDINALS, key=len, reverse=True)) + r")"
STREAK = gated(
    r"\b(?P<n>" + _ORD + r")[\s-]+(?:straight|consecutive|successive)\s+(?P<unit>months?|"
    r"years?|fiscal years?)\b|\b(?P<n2>" + _ORD + r")\s+(?P<unit2>months?|years?)\s+in\s+a\s+"
    r"row\b|\b(?P<n3>" + _ORD + r")\s+(?P<unit3>mes(?:es)?|años?)\s+(?:consecutiv[oa]s?|"
    r"seguid[oa]s?)\b|\b(?P<n4>" + _ORD + r")[\s-]+(?:straight|consecutive|successive)\s+"
    r"(?P<unit5>monthly|annual|yearly)\b|"
    # "four months of consecutive declines", "cuatro meses de disminuciones consecutivas"
    r"\b(?P<n6>" + _ORD + r")\s+(?P<unit6>months?|mes(?:es)?)\s+(?:of\s+(?:consecutive|"
    r"straight|successive)|de\s+\w+\s+(?:consecutiv[oa]s|seguid[oa]s))\b|"
    r"\b(?:each|every) (?P<unit4>month) since(?: (?P<since>january|february|"
    r"march|april|may|june|july|august|september|october|november|december)\b| then\b|"
    r"(?=\s*[.;,]|\s*$))",
    re.IGNORECASE)
STREAK_UP = _rx(r"ris\w*", r"rose", r"increas\w*", r"climb\w*", r"grow\w*", r"grew",
                r"gain\w*", r"up", r"aument\w*", r"subi\w*", r"crec\w*", r"alza")
STREAK_DOWN = _rx(r"fall\w*", r"fell", r"drop\w*", r"declin\w*", r"decreas\w*", r"down\w*",
                  r"lower", r"cay\w*", r"caíd\w*", r"caer", r"caen?", r"baj\w*", r"disminu\w*",
                  r"descen\w*", r"reduc\w*", r"slid\w*", r"dipp?\w*", r"shr[iau]nk\w*")
STREAK_ABOVE = _rx(r"above", r"over", r"more than", r"exceed\w*", r"topp?\w*", r"más de",
                   r"por encima de", r"super\w*")
STREAK_BELOW = _rx(r"below", r"under", r"fewer than", r"less than", r"menos de",
                   r"por debajo de")

# Who counts, named in the sentence itself: Mexico's authorities (or "in Mexico"),
# Guatemala's migration institute, Panama's services. A generic word next to them ("the
# detentions", "deported", "crossed") is that country's series.
CORRIDOR_CUES: tuple[tuple[Pattern, str], ...] = (
    (gated(MX_ACTOR + r"|\b(?:in|en|within|dentro de)\s+(?:territorio\s+)?m[eé]xico\b|"
           r"\bterritorio mexicano\b|\bagentes migratorios\b|\bpeña nieto\b|"
           r"\b(?:en )?(?:calidad|situación|condición) migra(?:nte|toria) irregular\b",
           re.IGNORECASE), "mx_detentions"),
    (_rx(r"igm", r"instituto guatemalteco de migraci[oó]n", r"guatemalan (?:migration "
         r"institute|institute of migration)"), "gt_returns"),
    (_rx(r"snm", r"senafront", r"servicio nacional de (?:migraci[oó]n|fronteras)", r"mulino",
         r"panama(?:'s|’s)? (?:migration|border) service", r"dari[eé]n",
         # "cruzaron por Panamá", "crossed through Panama": the way north through it.
         r"(?:cruz\w+|pas\w+|transit\w+|ingres\w+|entr\w+) (?:por|a) panam[aá]",
         r"(?:crossed|passed|transited|entered) (?:through |into )?panama",
         r"selva (?:panameña|del dari[eé]n)",
         # "64,000 migrants have crossed the forest so far in 2021": the corridor's jungle
         r"(?:cross\w*|travers\w*|trek\w*|through) the (?:dense |dangerous )?(?:jungle|forest|"
         r"rainforest)", r"(?:cruz\w+|atraves\w+) la selva",
         # "este paso fronterizo entre Colombia y Panamá", "the jungle between Colombia and
         # Panama": the Darién.
         r"(?:entre|between) colombia (?:y|and) panam[aá]",
         r"(?:entre|between) panam[aá] (?:y|and) colombia",
         # "cuando Panamá contabilizó 520.085 personas": Panama's count is the Darién's.
         r"panam[aá] (?:contabiliz[óo]|registr[óo]|report[óo]|counted|recorded|registered)",
         *_PANAMA_AUTHORITIES), "darien"),
)

# A claim about what is to come: judged against the outcome where the data now hold it.
# A pace said to go on: "if that pace was to continue", "at this rate", "si se mantiene el
# ritmo" (what a record or total foreseen at it is of: the year under way).
_PACE_HOLDS_WORDS = (r"at (?:this|that|the current) (?:pace|rate)",
                     r"if (?:the|this|that|current) (?:trend|pace|rate)s? (?:continues?|"
                     r"holds?|keeps? up|(?:was|were) to continue)",
                     r"de (?:seguir|mantenerse) (?:este|ese|el|la) (?:ritmo|tendencia)",
                     r"si (?:se mantiene(?:n)?|contin[uú]a|sigue) (?:este|ese|el|la) (?:ritmo|"
                     r"tendencia|promedio)")
PACE_HOLDS = _rx(*_PACE_HOLDS_WORDS)
PROJECTION = _rx(r"on (?:track|pace|course|target)", r"will (?:\w+ )?(?:be|see|reach|exceed|top|"
                 r"set|surpass|break|hit|pass|end|close)", r"(?:is|are) (?:expected|projected|"
                 r"likely|set|poised|going|estimated) to", r"likely to see", r"projected",
                 r"projecting",
                 r"by the (?:fiscal )?year'?s? (?:end|close)", r"va(?:n)? a (?:superar|"
                 r"rebasar|alcanzar|cerrar)", r"se (?:espera|prevé|proyecta)",
                 r"podría(?:n)? (?:superar|alcanzar|llegar|cruzar)",
                 r"could (?:represent|mark|top|reach|exceed|surpass|hit|pass)",
                 # "rumbo a superar", "en camino de alcanzar"; not a destination ("rumbo a
                 # Estados Unidos", "en camino a la frontera").
                 r"(?:en camino|rumbo) (?:a|de)l? (?=un |una |superar|alcanzar|romper|cerrar|"
                 r"rebasar|sobrepasar|batir|ser |convertir|(?:los |las )?(?:casi |más de |"
                 r"unos |unas )?\d)",
                 # the future tense: "superarán los 95.000", "cerrará con"
                 r"(?:superar|rebasar|sobrepasar|alcanzar|cerrar|sumar|llegar)(?:á|án)\b",
                 r"could (?:reach|exceed|top|surpass|hit|climb to|rise to|be|see|total)",
                 r"by the end of (?:the )?(?:fiscal )?(?:year|(?:19|20)\d\d)",
                 r"proyecci[oó]n(?:es)?", r"apunta(?:n)? a que", r"podr[aá]n?",
                 r"de continuar", r"a este ritmo", *_PACE_HOLDS_WORDS,
                 r"elevar[ií]a", r"would (?:bring|push|raise|put)",
                 r"expect(?:s|ed)? to", r"predict(?:s|ed|ions?)?\b",
                 # "we can expect some 500,000 families to be apprehended this year"
                 r"(?:we|you|one) (?:can|could|should|may|might|will)? ?expect",
                 r"forecasts?\b", r"esperan? (?:que|recibir|superar|alcanzar|llegar)",
                 r"de seguir (?:esta|la|este|el) (?:tendencia|ritmo)", r"se habr[áa]n?\b")
# A figure its text calls preliminary, unofficial or an early count: later releases revise it.
PRELIMINARY = _rx(r"preliminar(?:y|es)?", r"unofficial", r"no oficial(?:es)?",
                  r"early (?:figures|data|numbers|count)", r"cifras? (?:previas|iniciales)",
                  r"primeras cifras", r"preliminarmente")
FISCAL_WORDS = _rx(r"fiscal", r"fy\s?\d{2,4}", r"año fiscal", r"años fiscales", r"budget year")
CALENDAR_WORDS = _rx(r"calendar(?:[\s-]+year)?\s+\d{4}", r"calendar year", r"año calendario",
                     r"january (?:to|through) december", r"año natural", r"año civil",
                     r"de enero a diciembre")


@dataclass(frozen=True)
class ChangeWord:
    direction: str  # up | down
    minimum: float  # smallest relative change the word fits (0.25 = 25 %)
    maximum: float | None  # largest, for "ticked up"
    exact: float | None = None  # "fell by half" = -0.5


# What a change named as a subject is said to be: "… was 81.5 percent".
_WAS_A_SIZE = (r"(?=[^.;]{0,160}?\b(?:was|is|has been|amounted to|came to|stood at|reached)\s+"
               r"(?:about\s+|nearly\s+|almost\s+|more than\s+|some\s+|roughly\s+|over\s+)?\d)")
# A percentage right after a verb: "fall 90 percent", "rise by about 20%".
_SIZE_AFTER = (r"(?=\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|more than\s+|some\s+|over\s+|"
               r"roughly\s+|around\s+|as much as\s+|close to\s+)?\d[\d.,]*\s*(?:%|percent|"
               r"per cent))")
CHANGE_WORDS: tuple[tuple[Pattern, ChangeWord], ...] = (
    (_rx(r"fell by half", r"halved", r"cut in half",
         r"cut\s+(?:[\w-]+\s+){1,5}?(?:in|by)\s+(?:over\s+|more than\s+|nearly\s+)?half",
         r"se redujeron a la mitad",
         r"se redujo a la mitad", r"cayeron a la mitad", r"cay[óo] a la mitad",
         r"bajaron a la mitad", r"bajó a la mitad", r"disminuy\w+ a la mitad"),
     ChangeWord("down", 0.4, 0.6, exact=-0.5)),
    (_rx(r"doubled", r"se duplicaron", r"se duplic[óo]", r"duplicaron", r"duplic[óo]"),
     ChangeWord("up", 0.8, 1.2, exact=1.0)),
    (_rx(r"plummet\w*", r"plunge\w*", r"nosedived", r"collapsed", r"cratered", r"tumbled",
         r"dropped sharply", r"fell sharply", r"down (?:sharply|dramatically|steeply) from",
         r"se desplom\w+", r"cayeron en picada",
         r"en picada", r"caída drástica", r"se hundi\w+", r"se derrumb\w+",
         r"cayeron drásticamente", r"cay[óo] drásticamente"), ChangeWord("down", 0.15, None)),
    # (A bare "dipped" is any fall: "dipped to 56,408, … down from the 250,000 … in
    # December".)
    (_rx(r"ticked down", r"edged down", r"eased",
         # "fell slightly", "a slight decrease": the English of "bajaron ligeramente"
         r"(?:fell|dropped|declined|decreased|went down|dipped)\s+(?:only\s+)?(?:slightly|"
         r"marginally|modestly)", r"(?:slight|small|modest|marginal)\s+(?:decrease|decline|"
         r"drop|dip)", r"down (?:slightly|marginally|a bit|a little|somewhat) from",
         r"bajaron ligeramente",
         r"bajó ligeramente", r"disminuy\w+ ligeramente", r"cayeron ligeramente",
         r"cay[óo] ligeramente", r"(?:ligero|leve) descenso", r"(?:ligera|leve) (?:caída|baja)"),
     ChangeWord("down", 0.0, 0.10)),
    # "Ticked up and up and up": a rise told over and over, no small one.
    (_rx(r"(?:ticked|edged|inched|crept|gone|went) up(?:,? and up){1,}"),
     ChangeWord("up", 0.02, None)),
    (_rx(r"ticked up", r"edged up", r"inched up", r"crept up",
         r"(?:rose|increased|grew|climbed|went up)\s+(?:only\s+)?(?:slightly|marginally|"
         r"modestly)", r"(?:slight|small|modest|marginal)\s+(?:increase|rise|uptick)",
         r"up (?:slightly|marginally|a bit|a little|somewhat) from",
         r"subieron ligeramente",
         r"subi[óo] ligeramente", r"aument\w+ ligeramente", r"repunt\w+ ligeramente",
         r"(?:ligero|leve) (?:aumento|repunte|alza)"), ChangeWord("up", 0.0, 0.10)),
    (_rx(r"soared", r"surged", r"spiked", r"skyrocketed",
         # ("68,925 jumped the border": crossed it, no change.)
         r"jumped(?!\s+(?:the|a|over the)\s+(?:border|fence|wall|river))", r"exploded",
         r"up (?:sharply|dramatically|steeply) from",
         r"se dispar\w+", r"se multiplicaron", r"aument\w+ drásticamente",
         r"crecieron drásticamente", r"se elevaron drásticamente"),
     ChangeWord("up", 0.15, None)),
    # ("Fell into the category of Single Adults": a class, not a fall.)
    (_rx(r"fell(?!\s+(?:into|under|within)\b)", r"dropped", r"declined", r"decreased",
         r"went down", r"fallen", r"down from", r"dipped",
         r"down \w+ly from",
         r"(?:we're|we are|they're|they are|are|is|it's|were|was)\s+(?:way\s+|well\s+)?down\b",
         r"down(?=\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|more than\s+|some\s+|"
         r"over\s+|roughly\s+|around\s+|approximately\s+|close to\s+|upwards of\s+)?\d)",
         r"(?:a|an)\s+(?:\S+\s+){0,5}?(?:decrease|decline|drop|reduction|fall|dip\b)",
         # "The fall in the number of encounters … was 81.5 percent": the change as a subject
         r"\b(?:the|that|this)\s+(?:\S+\s+){0,2}?(?:decrease|decline|drop|reduction|fall)\b"
         + _WAS_A_SIZE,
         # "there was 25 percent drop": the percentage is enough, with no article
         r"(?<=\d)\s*(?:%|percent|per cent)\s+(?:decrease|decline|drop|reduction|fall|"
         r"downturn|downtick)",
         # "represent decreases of 28% and 61%", "reported decreases in apprehensions
         # ranging from 41 to 60%": a plural change noun with its sizes after it
         r"(?:decreases|declines|drops|reductions|falls) of(?=\s+(?:about\s+|nearly\s+|"
         r"almost\s+|more than\s+|some\s+)?\d)",
         r"(?:decreases|declines|drops|reductions)(?=\s+in\s+[a-z\s]{3,40}?(?:of|ranging "
         r"from|between)\s+(?:about\s+)?\d[\d.]*\s*(?:%|percent|per cent|to|and))",
         # "Migrant Family Apprehensions at Border Fall 90 Percent": a headline's present
         # tense, with the size right after it.
         r"(?:fall|falls|drop|drops|dip|dips|plunge|plunges|plummet|plummets|tumble|"
         r"tumbles|sink|sinks|decline|declines)" + _SIZE_AFTER,
         # "have been cut by nearly 40 percent", "reduced as much as 70%": a verb of
         # cutting is a change only with its size after it.
         # ("cut border crossings 95 percent": its object between.)
         r"(?:cut|reduced|slashed|lowered)(?=\s+(?:(?!by\b)[a-z-]+\s+){0,3}?(?:by\s+)?"
         r"(?:about\s+|nearly\s+|almost\s+|"
         r"more than\s+|some\s+|over\s+|roughly\s+|around\s+|as much as\s+|close to\s+)?"
         r"\d[\d.,]*\s*(?:%|percent|per cent))",
         r"disminuy\w+", r"disminuido", r"reducido", r"bajado", r"caído", r"descendido",
         r"bajaron", r"bajó", r"cayeron", r"cay[óo]", r"descendieron",
         r"(?<=al )(?:caer|bajar|disminuir|descender)",
         r"(?<=tras )(?:caer|bajar|disminuir|descender)",
         r"descendi[óo]", r"se redujeron", r"se redujo", r"retrocedieron", r"retrocedi[óo]",
         r"caída", r"descenso", r"disminución", r"reducción", r"decremento", r"merma",
         r"decrecimiento", r"decreci\w+"),
     ChangeWord("down", 0.02, None)),
    (_rx(r"rose", r"risen", r"increased", r"grew", r"climbed", r"went up", r"up from",
         # "Encounters … rebounded by 61% between June and August"
         r"rebounded", r"bounced back",
         # "are creeping up again, reaching 38,347 by July": a rise over months, of any size
         r"(?:creeping|creep|creeps) (?:back )?up",
         r"up \w+ly from",
         r"(?<!made )(?<!make )(?<!makes )(?<!making )(?<!adds )(?<!add )(?<!added )"
         r"(?<!picked )(?<!pick )(?<!picks )(?<!ended )(?<!end )(?<!showed )(?<!show )"
         r"(?<!set )(?<!sum )(?<!summed )(?<!add )(?<!tally )(?<!tallied )(?<!rounded )"
         r"(?<!racked )(?<!rack )(?<!racks )(?<!racking )"
         r"up(?=\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|more than\s+|some\s+|"
         r"over\s+|roughly\s+|around\s+|approximately\s+|close to\s+|upwards of\s+)?\d)",
         r"(?:a|an)\s+(?:\S+\s+){0,5}?(?:increase|rise|jump|growth)",
         r"\b(?:the|that|this)\s+(?:\S+\s+){0,2}?(?:increase|rise|jump|growth)\b" + _WAS_A_SIZE,
         r"(?<=\d)\s*(?:%|percent|per cent)\s+(?:increase|rise|jump|growth|spike|surge|hike|"
         r"uptick|upswing)",
         r"(?:rise|rises|jump|jumps|climb|climbs|surge|surges|soar|soars|spike|spikes|grow|"
         r"grows|increase|increases)" + _SIZE_AFTER,
         # "These numbers represent increases of 28% and 61% from the previous month"
         r"(?:increases|rises|jumps) of(?=\s+(?:about\s+|nearly\s+|almost\s+|more than\s+|"
         r"some\s+)?\d)",
         r"(?:increases|rises|jumps)(?=\s+in\s+[a-z\s]{3,40}?(?:of|ranging from|between)\s+"
         r"(?:about\s+)?\d[\d.]*\s*(?:%|percent|per cent|to|and))",
         r"aumentaron", r"aument[óo]", r"aumentado", r"subido", r"crecido",
         r"subieron", r"subi[óo]", r"crecieron", r"creci[óo]",
         # "al aumentar un 71 por ciento", "tras subir un 20%": the infinitive too
         r"(?<=al )(?:aumentar|subir|crecer)", r"(?<=tras )(?:aumentar|subir|crecer)",
         r"increment\w+", r"repunt\w+", r"se elevaron", r"se elev[óo]", r"aumento", r"alza"),
     ChangeWord("up", 0.02, None)),
)

# The years of "a 45-year low", "a twenty-year high".
_N_YEAR = (r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
           r"twenty|thirty|forty|fifty)")
# A Spanish superlative has an article (or a noun with one) before "más": "la cifra más
# alta", "las más bajas desde 1971"; "un 9% más altas que" is a comparative.
_SUPERLATIVE = r"(?:el|la|los|las|lo)\s+[\"“«]?(?:[\w]+\s+){0,2}?"
# The ordinals of a place among groups, second to sixth ("el segundo lugar", "el tercer
# país"), from the one table of ordinals.
_NTH_ES = "(?:" + "|".join(w for w, n in _ORDINALS.items()
                            if 2 <= n <= 6 and w.isascii() and not w.endswith("a")) + ")"
# A level matched by none since a time, its direction left to the words around it: "a
# level not seen since 2017", "levels last seen in 2006", "niveles no vistos desde 2019".
UNSEEN = _rx(r"(?:levels?|numbers?|totals?|figures?|heights|lows|highs)\s+(?:(?:that\s+)?"
             r"(?:has\s+|have\s+|had\s+)?not\s+(?:been\s+)?seen\s+since|(?:were\s+|was\s+)?last\s+"
             r"seen\s+in|unseen\s+since)",
             r"(?:nivel(?:es)?|mínimos|máximos)\s+(?:que\s+)?no\s+(?:se\s+)?(?:vist[oa]s?|veían|"
             r"habían\s+visto)\s+desde")
RANK_HIGH = _rx(r"record(?:-breaking| numbers| highs?| levels?| months?| years?)",
                r"record (?:crossings|encounters|apprehensions|arrests|arrivals|expulsions|"
                r"migration|flows?|totals?|figures?)",
                r"(?:a|new|the) record\b(?! about)", r"on record", r"highest", r"busiest",
                # "a new monthly record", "a single-month record"
                r"(?:a|new|the) (?:new\s+)?(?:monthly|annual|yearly|single[- ]month|"
                r"one[- ]month|daily)\s+record\b",
                r"most", r"largest", r"biggest",
                # "the top country of origin", "the leading nationality": a rank of groups
                r"(?:top|leading)(?=\s+(?:source|countr|nationalit|sector)\w*)",
                # "The Del Rio sector led all sectors", "topped every other nationality"
                r"(?:led|topped)(?=\s+(?:all|every)\s+(?:other\s+)?(?:\w+\s+)?"
                r"(?:sectors?|nationalit\w+|groups?|countr\w+))",
                r"(?<!era )(?<!era-)(?<!since the )peak"
                r"(?!\s+(?:of|during|under|in the|month|for|de|del))",
                # (Not an action said to be so: "unprecedented cooperation".)
                r"all[- ]time high", r"unprecedented(?! (?:action|actions|effort|efforts|"
                r"cooperation|steps|measures|response|partnership|commitment|support|work)\b)"
                # (Nor a plight: "an unprecedented border security and humanitarian
                # crisis", "an unprecedented challenge".)
                r"(?!(?:\s+[\w-]+){0,4}?\s+(?:crisis|crises|challenges?|emergenc(?:y|ies)|"
                r"situation)\b)",
                r"(?:a |the )?new highs?",
                r"more [a-z ]{0,45}than (?:ever|at any (?:point|time))",
                r"(?<!casi )(?<!casi-)(?<!cerca del )(?<!cerca de un )récord",
                r"more [a-z ]{0,30}than in any (?:single |other )?(?:fiscal )?(?:year|month)",
                # "more border patrol arrests than any other January"
                r"more [a-z ]{0,30}than (?:in )?any other (?:january|february|march|april|may|"
                r"june|july|august|september|october|november|december)",

                r"never (?:so|as|this) many", r"more than ever",
                r"historic(?:al)? highs?", r"all[- ]time highs?",
                r"máximos? históricos?", _SUPERLATIVE + r"más alt\w+(?! que)",
                r"mayor\w* cifra", r"nunca antes", r"sin precedentes",
                r"(?:el|la) mayor (?:número|cantidad)", r"más que nunca",
                r"(?:el|la|los|las) mayor(?:es)?\b(?!\s+que)",
                # "Cuba es el segundo país …", "ocupa el segundo lugar en los sectores": a
                # place among the groups
                r"(?:el|en)\s+" + _NTH_ES + r"\s+(?:lugar|puesto|país|sector|nacionalidad)",
                r"(?:su|sus) mayor(?:es)? (?:nivel|niveles|cifra|cifras|número|registro)\b",
                r"más \w+(?: \w+){0,3} que nunca",
                r"más [\w ]{0,30}que en cualquier (?:otro )?momento",
                # "a 20-year high", "un máximo de 15 años"
                _N_YEAR + r"[- ]year[- ]highs?",
                r"máximos? (?:de|en) (?:los últimos )?\d{1,3} años")
# "The most secure border in history": the fewest crossings; "never seen numbers this low".
SECURE_BORDER = _rx(r"(?:most secure|strongest|safest)(?: and (?:most secure|safest))? "
                    r"(?:\w+ ){0,2}borders?", r"frontera más segura")
# "The third-best number on record", "the best numbers we've ever had": of crossings, the
# fewest.
_BEST = r"best(?= (?:\w+ ){0,2}(?:numbers?|months?|figures?|totals?|levels?|records?|ever)\b)"
RANK_LOW = _rx(r"lowest", r"fewest", r"record lows?", r"smallest", r"historic(?:al)? lows?", _BEST,
               r"all[- ]time lows?",
               r"(?:a |the )?new lows?",
               SECURE_BORDER.pattern, r"never (?:\w+ ){0,3}(?:this|so|as) low",
               r"nunca (?:\w+ ){0,3}tan baj\w+",
               _SUPERLATIVE + r"más baj\w+(?! que)", r"mínimos? históricos?",
               r"(?:el|la) menor (?:número|cantidad|cifra)",
               # "a 45-year low", "un mínimo de 46 años"
               _N_YEAR + r"[- ]year[- ]lows?", r"mínimos? (?:de|en) (?:los últimos )?\d{1,3} años")
# "Uno de los corredores más importantes": a quality, not a count's rank.
_NOT_MAGNITUDE = (r"(?!\s+(?:importantes?|peligros[oa]s?|conocid[oa]s?|relevantes?|"
                  r"vulnerables?|difíciles?|letales?|mortales?|mortíferos?|violent[oa]s?|"
                  r"estratégic[oa]s?|emblemátic[oa]s?)\b)")
TOP_K = _rx(r"one of the (?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) )?"
            r"(?:highest|busiest|largest|biggest|lowest|fewest|smallest)",
            r"among the (?:(?:two|three|four|five|ten|\d{1,2}) )?(?:highest|busiest|largest|"
            r"lowest)", r"uno de los (?:más|mayores)" + _NOT_MAGNITUDE,
            # "The near-record 221,000 in December", "las casi récord 221,000 detenciones".
            r"near[- ]records?", r"casi[- ](?:un )?récord", r"cerca (?:del|de un) récord",
            # "remained near historic lows": close to the record, among the few nearest it.
            r"(?:near|close to|approaching)[\s-](?:record|historic(?:al)?|all[- ]time) "
            r"(?:lows?|highs?|levels?)",
            r"una de las (?:más|mayores)" + _NOT_MAGNITUDE,
            r"entre l[oa]s (?:más|mayores)" + _NOT_MAGNITUDE,
            r"un[oa] de l[oa]s \w+ (?:con |de )?(?:más|mayor\w*)" + _NOT_MAGNITUDE,
            r"entre l[oa]s \w+ (?:con |de )?(?:más|mayor\w*)" + _NOT_MAGNITUDE)
# An action, not a count, said to be without precedent: "la actuación 'sin precedentes'
# del gobierno mexicano".
ACTION_BEFORE_RECORD = re.compile(r"\b(?:actuación|acción|acciones|esfuerzos?|cooperación|"
                                  r"colaboración|medidas|respuesta|apoyo|trabajo)\s*['\"“«]?\s*$",
                                  re.IGNORECASE)
# A rank among the groups of one period, not among periods: "the most of any sector",
# "the busiest of Border Patrol's nine sectors", "the second-largest nationality", "the
# largest group". The noun says which breakdown ranks ("group": the one the claim names).
# A group "of migrants" is a crowd, not a category.
GROUP_RANK = re.compile(
    # ("The highest number of encounters of all sectors": the count, then what it ranks.)
    r"^(?:\s*-)?(?:\s+(?:number|total)\s+of\s+(?:migrant\s+|illegal\s+|border\s+)?"
    r"(?:apprehensions|arrests|encounters|crossings|migrants))?"
    r"\s+(?:(?:of|among|from|any|all|the|single|border|patrol|u\.s\.|southwest|"
    r"southern|nine|\d|two|three|four|five|six|seven|eight|ten|its|their|common|"
    # ("the busiest of nine geographic sectors")
    r"geographic(?:al)?|regional|operational|"
    r"[\w.]+['’]s)\s+){0,6}?"
    r"(?P<noun>sectors?|nationalit(?:y|ies)|countr(?:y|ies)(?: of origin)?|sources?|"
    # ("San Diego became the busiest corridor for illegal crossings": a sector's.)
    r"corridors?|demographics?|groups?(?!\s+of\b)|"
    # ("the busiest crossing point along the southwest border", "the busiest stretch of
    # border": a sector's.)
    r"crossing\s+points?(?=\s+(?:along|on|at)\b)|stretch(?:es)?\s+of\s+(?:the\s+)?border)\b",
    re.IGNORECASE)
GROUP_DIMENSIONS = {"sector": "sector", "nationalit": "citizenship", "countr": "citizenship",
                    "source": "citizenship", "corridor": "sector", "crossing": "sector",
                    "stretch": "sector"}
# Words after a superlative that make it rank periods ("its busiest month", "the most
# since 2019", "the largest on record").
_PERIOD_RANK = re.compile(r"\b(?:months?|years?|days?|weeks?|quarters?|since|ever|on record|"
                          r"in history|all[- ]time|decades?)\b", re.IGNORECASE)
_WINDOW_WORDS = re.compile(r"\b(?:since|ever|on record|in history|all[- ]time|desde|récord|"
                           r"histórico)\b", re.IGNORECASE)


def group_rank(clause: str, start: int, end: int) -> str | None:
    """What a superlative at clause[start:end] ranks among when it is a period's groups:
    "sector", "citizenship", or "group" (the breakdown the claim names); None when it ranks
    periods. "The Tucson sector ... was the busiest along the border": a sector named
    before the bare superlative ranks sectors."""
    after = clause[end:end + 70]
    if place := re.fullmatch(r"(?:el|en)\s+" + _NTH_ES + r"\s+(?P<noun>lugar|puesto|país|sector|"
                             r"nacionalidad)", clause[start:end], re.IGNORECASE):
        # "Cuba es el segundo país en el número de inmigrantes", "El sector de Del Río ocupa
        # el segundo lugar en los sectores", "los venezolanos se ubicaron en el segundo lugar
        # de los migrantes más detenidos": a place among countries or sectors.
        noun = place.group("noun").lower()
        if noun == "sector" or re.search(r"\bsectore?s?\b", clause[:start] + after,
                                         re.IGNORECASE):
            return "sector"
        return "citizenship"
    if _WINDOW_WORDS.search(clause[start:]):
        return None  # "the most since 2019", "el más bajo ... desde julio": periods
    if re.search(r"r[eé]cord", clause[start:end], re.IGNORECASE) and re.match(
            r"\s+(?:in|en|for|para)\s+(?:(?:the\s+|el\s+)?(?:sector\s+(?:de\s+)?)?(?:"
            + SECTOR_NAMES + r")\b|(?:the|that|this|el|ese|este)\s+(?:border\s+)?sector\b)",
            after, re.IGNORECASE):
        # "including a new record in Yuma", "…, a record in the border sector": the
        # sector's own months or years
        return None
    m = GROUP_RANK.match(after)
    if m and not _PERIOD_RANK.search(after[:m.start("noun")]):
        noun = m.group("noun").lower()
        return next((d for k, d in GROUP_DIMENSIONS.items() if noun.startswith(k)), "group")
    if re.search(r"r[eé]cord", clause[start:end], re.IGNORECASE):
        # "The Swanton Sector set a new record in June": its own months, not the sectors'
        # (unless the words name what it beat: "a record among sectors", above).
        return None
    # (A sector's place as the subject — "El Paso has once again reported the highest
    # number of migrant encounters in the United States for May, continuing a four-month
    # streak" — is a sector too, whatever periods the clause goes on to name.)
    # ("La región del Valle del Río Grande … el mayor número de detenciones el mes pasado":
    # the month named after the count is the period, not what is ranked.)
    counted = re.match(_SECTOR_COUNT + r"\s*(?:$|[,.;]|along|on the|at the|in (?!\w+ (?:"
                       r"months?|years?))|en (?!\w+ (?:meses|años))|(?:last|that|this) month\b|"
                       r"(?:el|ese|este) mes\b)", after, re.IGNORECASE)
    if counted and counted.group(0).strip() and re.match(
            r"\W*(?:(?:the|la)\s+(?:region|región|zona|area)\s+(?:of|del?)\s+)?(?:the\s+|el\s+)?"
            r"(?:" + SECTOR_NAMES + r")\b(?!\s+(?:sector|county|city))",
            clause[:start], re.IGNORECASE) and not window_years(clause[start:]):
        return "sector"
    if re.match(r"\s+(?:of|de)\s+(?:the\s+|all\s+|los\s+)?(?:nine|9|nueve)\b", after,
                re.IGNORECASE) and re.search(r"\bsectore?s?\b", clause[:start], re.IGNORECASE):
        # "Tucson sector, which was the busiest of nine along the U.S.-Mexico border": the
        # Southwest border's nine sectors.
        return "sector"
    if re.match(r"[^.;]{0,50}?\b(?:was|were|fue|fueron)\s+(?:de\s+)?(?:about\s+|around\s+|"
                r"unos?\s+)?\d[\d.,]*(?:\s+mil(?:\s+\d+)?)?\s+(?:en|in)\s+(?:el\s+|the\s+)?"
                r"(?:sector\s+(?:de\s+|of\s+)?)?(?:" + SECTOR_NAMES + r")\b", clause[end:],
                re.IGNORECASE):
        # "El total más alto ese mes en Texas fue de 30 mil 393 en el sector de El Paso":
        # the sector the figure is said to be in ranks among sectors.
        return "sector"
    if _PERIOD_RANK.search(clause[start:]) or window_years(clause[start:]):
        return None
    if re.search(r"\bsectors?\b", clause[:start], re.IGNORECASE) and counted:
        return "sector"
    return None


# What a sector's superlative may count before the clause ends: "the Tucson sector had the
# highest number of apprehensions in fiscal 2008", "el sector de Tucson tuvo el mayor número
# de capturas": sectors ranked by their count, as "was the busiest" ranks them.
_SECTOR_COUNT = (r"(?:\s*(?:(?:number|total)\s+of|(?:número|total|cantidad)\s+de|of|de)?\s*"
                 r"(?:migrant\s+|illegal\s+|border\s+)?"
                 r"(?:apprehensions|arrests|encounters|crossings|migrants|capturas|detenciones|"
                 r"aprehensiones|arrestos|encuentros|cruces|migrantes)\b)?")


# ("In this nation's history", "in the history of the country": in history; "in the
# agency's history" is its records', as "on record" is.)
_IN_HISTORY = (r"in (?:recorded |u\.?s\.? |american |our |(?:this |the |our )?(?:nation|country)"
               r"['’]s )?history",
               r"in the history of (?:the |our |this )?(?:country|nation|united states|u\.?s\.?)")
_IN_ITS_HISTORY = (r"in (?:the |its )?(?:agency|border patrol|cbp)['’]s history",
                   r"in the history of the (?:agency|border patrol)")
RANK_WINDOW_ALL = _rx(r"on record", r"ever", r"all-time", *_IN_HISTORY, *_IN_ITS_HISTORY,
                      r"de la historia(?! reciente)",
                      r"histórico", r"desde que (?:hay|se tienen?) registros?", r"jamás")
# A record said to hold beyond the records ("ever", "in history", "never", "jamás"), not
# bounded by them ("on record", "since records began").
RANK_EVER = _rx(r"ever(?!\s+(?:reported|recorded|published|registered|documented)\s+by)",
                *_IN_HISTORY, r"never",
                # "En la historia reciente" is a window of recent years, not all time.
                r"jamás", r"nunca", r"de la historia(?! reciente)",
                r"en la historia(?! reciente)", r"all[- ]time", r"históric\w+")
PER_DAY = _rx(r"daily", r"per day", r"a day", r"each day", r"every day", r"al día",
              r"por día", r"diari\w+")
RANK_WINDOW_RECENT = _rx(r"in recent (?:history|memory|years)", r"in years", r"in decades",
                         r"(?:en|de) la historia reciente",
                         r"recientes?", r"en décadas", r"en años")
# "the most in two decades", "the highest in 15 years": a window of that many years.
RANK_WINDOW_YEARS = re.compile(
    # ("at any point during the last decade", "durante la última década": one decade.)
    r"\b(?:in|during|over|en|durante) (?:the |la )?(?:past|last|previous|última|pasada) "
    r"(?P<decade>decade|década)\b|"
    r"\b(?:in|en|during|over|within|durante) (?:(?P<hedge>at least|nearly|almost|more than|"
    r"over|al menos|casi|más de) )?(?:the (?:past|last) |los últimos )?"
    # (Any number in words: "in forty five years", "en veinticinco años".)
    r"(?P<n>\d{1,3}|" + "|".join(w.replace(" ", r"[\s-]+") for w in sorted(
        _CARDINALS | _COMPOUND_CARDINALS, key=len, reverse=True)) + r"|a|an|un|una)"
    # ("In at least 20+ years": the plus says "at least" again.)
    r"\+?\s+(?P<unit>decades?|years?|décadas?|años?)\b|"
    # "In nearly half a century", "en medio siglo", "in a quarter century".
    r"\b(?:in|en|during|over|within|durante) (?:(?P<hedge2>at least|nearly|almost|more than|"
    r"over|al menos|casi|más de) )?(?:the (?:past|last) |el último )?"
    r"(?P<century>half a century|(?:a )?half[- ]century|medio siglo|(?:a )?quarter[- ]century|"
    r"un cuarto de siglo|a century|un siglo)\b", re.IGNORECASE)
_CENTURY_YEARS = {"half": 50, "medio": 50, "quarter": 25, "cuarto": 25}
WINDOW_COUNTS = {"a": 1, "an": 1, "un": 1, "una": 1, "two": 2, "three": 3, "four": 4,
                 "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "dos": 2,
                 "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
                 "nueve": 9, "diez": 10}


def window_short(text: str) -> bool:
    """Whether a record's window is said to fall short of its years ("the lowest in almost
    four years": the last lower month was more than three years back, but not four)."""
    m = RANK_WINDOW_YEARS.search(text)
    return bool(m and (m.group("hedge") or m.group("hedge2") or "").lower() in (
        "nearly", "almost", "casi"))


# "A 45-year low", "un mínimo de 46 años": the window written as the record's own age.
RANK_N_YEAR = re.compile(r"\b(?P<n>" + _N_YEAR + r")[- ]year[- ](?:low|high)s?\b|"
                         r"\b(?:mínimos?|máximos?) de (?:los últimos )?(?P<n_es>\d{1,3}) años\b",
                         re.IGNORECASE)
WINDOW_COUNTS |= {"eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
                  "forty": 40, "fifty": 50, "once": 11, "doce": 12}
# "Over the past eight months", "de los últimos 10 meses", "in 10 months": a window of months
# up to now (a record's, or a change's).
LAST_N_MONTHS = re.compile(r"\b(?:in|over|of|en|de)\s+(?:the\s+(?:past|last)"
                           r"\s+|los\s+(?:últimos|pasados)\s+)?(?P<n>\d{1,2}|" +
                           "|".join(WINDOW_COUNTS) + r")\s+(?:months|meses)\b", re.IGNORECASE)


def window_years(text: str) -> int | None:
    """The years a record is claimed over ("in two decades" → 20, "a 45-year low" → 45), if
    the text says."""
    m = RANK_WINDOW_YEARS.search(text)
    if not m:
        own = RANK_N_YEAR.search(text)
        if not own:
            return None
        n = own.group("n") or own.group("n_es")
        return int(n) if n.isdigit() else WINDOW_COUNTS[n.lower()]
    if m.group("decade"):
        return 10
    if m.group("century"):
        words = m.group("century").lower()
        return next((n for w, n in _CENTURY_YEARS.items() if w in words), 100)
    word = m.group("n")
    n = int(word) if word.isdigit() else WINDOW_COUNTS.get(word.lower()) or number_word(word)
    if n is None:
        return None
    return n * (10 if m.group("unit").lower().startswith(("decade", "década")) else 1)
# Trends. A level ("remained high") is judged by where the period stands in the series'
# history; a direction ("continued to rise") by whether the period rose on the one before.
TREND_HIGH = _rx(r"(?:remained|remain|remains|stayed|stay|stays) (?:stubbornly |very )?"
                 r"(?:high|elevated)", r"remain(?:s|ed)? (?:at )?(?:high|elevated) levels?",
                 r"stubbornly high", r"se mantuv\w+ (?:en niveles )?(?:alt|elevad)\w+",
                 r"se mantienen? (?:en niveles )?(?:alt|elevad)\w+",
                 r"siguen? (?:siendo )?(?:alt|elevad)\w+", r"permanec\w+ (?:alt|elevad)\w+",
                 r"siguen? en niveles (?:alt|elevad)\w+", r"continú\w+ (?:alt|elevad)\w+")
TREND_LOW = _rx(r"(?:remained|remain|remains|stayed|stay|stays) (?:very )?low",
                r"se mantuv\w+ (?:en niveles )?baj\w+", r"se mantienen? (?:en niveles )?baj\w+",
                r"siguen? (?:siendo )?baj\w+", r"permanec\w+ baj\w+")
TREND_RISE = _rx(r"continu(?:ed|es|e|ing) to (?:rise|climb|grow|increase)",
                 r"kept (?:rising|climbing|growing)",
                 r"(?:siguieron|siguen|continuaron|continúan|sigui[óo]|continu[óo]) "
                 r"(?:subiendo|creciendo|aumentando|al alza)")
TREND_FALL = _rx(r"continu(?:ed|es|e|ing) to (?:fall|decline|drop|decrease)",
                 r"kept (?:falling|declining|dropping)",
                 r"(?:siguieron|siguen|continuaron|continúan|sigui[óo]|continu[óo]) "
                 r"(?:bajando|cayendo|disminuyendo|a la baja)")
COMPARATIVE = _rx(r"as many as",
                  r"of what (?:they|it|there) (?:were|was|had been)\b",
                  # "half as many migrants were apprehended … in 2024 as in 2022"
                  r"as (?:many|much)(?:\s+[\w'’.-]+){1,14}?\s+as (?:in|during|under|for|the|"
                  r"those|that)\b",
                  r"times (?:more|as many|as much|higher|greater|larger)",
                  r"more than in", r"times (?:the|that of|those of|what)", r"compared (?:to|with)",
                  r"than in", r"que en", r"veces más", r"veces (?:el|la|lo|l[oa]s)",
                  r"respecto a", r"frente a", r"comparad[oa]s? con", r"en comparación con",
                  r"que el año", r"de lo que", r"que (?:l[oa]s? )?de")
# A year written out: "2021", "FY21", "fiscal year 2021".
NAMES_A_YEAR = r"\b(?:19|20)\d\d\b|\bfy\s?'?\d\d\b"
# "46 percent more than in fiscal 2022": a comparison stated as a percentage.
# A percentage more or fewer of those counted, with no base: "22 percent fewer people",
# "un 22 por ciento menos de personas".
# ("almost 40% fewer Venezuelans": of one nationality too.)
_PERCENT_FEWER = re.compile(
    r"(?:%|\bpercent|\bper cent|\bpor ciento)\s+(?P<dir>more|fewer|less|más|menos)\s+(?:de\s+)?"
    r"(?P<who>\w+)", re.IGNORECASE)
_COUNTED_NOUN = re.compile(r"(?:people|persons|migrants|apprehensions|arrests|encounters|"
                           r"crossings|personas|migrantes|detenciones|aprehensiones|arrestos|"
                           r"encuentros|cruces)", re.IGNORECASE)


def percent_fewer(text: str) -> re.Match | None:
    """"22 percent fewer people", "un 22 por ciento menos de personas", "40% fewer
    Venezuelans": a percentage more or fewer of those counted, with no base."""
    for m in _PERCENT_FEWER.finditer(text):
        if _COUNTED_NOUN.fullmatch(m.group("who")) or nationality_of(m.group("who")):
            return m
    return None
PERCENT_COMPARISON = re.compile(
    # ("930% worse than the last May President Trump was in office": of crossings, more.)
    r"(?:%|\bpercent|\bper cent|\bpor ciento)\s+(?P<dir>more|higher|greater|larger|above|up|"
    r"worse|fewer|lower|less|smaller|below|down|más\s+(?:baj|alt)[oa]s?|más|menos|"
    r"over(?=\s+(?:the\s+same\s+|last\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"fy|fiscal|(?:19|20)\d\d)))\b(?:(?:\s+\w+){0,10}?\s+(?:than|que|from|compared (?:to|with)|"
    r"over|respecto a|frente a)\b|(?<=below)|(?<=above)|(?<=over))|"
    # "un 40% superior comparado con el mismo período", "un 20% inferior a la de 2023"
    r"(?:%|\bpor ciento)\s+(?P<dir2>superior(?:es)?|inferior(?:es)?|mayor(?:es)?|menor(?:es)?)"
    r"\s+(?:a|al|que|comparad[oa]s? con|en comparación con|respecto (?:a|al|de)|frente a)\b",
    re.IGNORECASE)
# ("Besting last year's record by 28%": the base in a few words.)
PERCENT_EXCEEDS = re.compile(
    r"\b(?:supera\w*|super[óo]|rebas\w+|exceed\w*|surpass\w*|top(?:ped|s)?|best(?:ing|ed|s)|"
    r"beat(?:ing|s)?|outpac\w+|eclips\w+)\s+(?:[\w'’]+\s+){0,4}?"
    r"(?:en\s+|by\s+)?(?:un|el|about|some|more than|más de)?\s*[\d.,]+\s*(?:%|percent|"
    r"por ciento)", re.IGNORECASE)
# A part of a figure set off after it with no "de", and who the part are: "cerca de 300.000
# personas, una quinta parte menores de edad, habían cruzado".
# (Only groups the files split the whole by, alone: not "la mitad niñas", "la mitad mujeres y
# niños".)
PART_SET_OFF = (r"(?:la mitad|un tercio|dos tercios|una cuarta parte|un cuarto|una quinta parte|"
                r"tres cuartas partes|la tercera parte|la cuarta parte)(?=\s+(?:menores|niños|"
                r"adolescentes|venezolan|haitian|cuban|colombian|ecuatorian|peruan|chin[oa]s|"
                r"hondureñ|guatemaltec|salvadoreñ|nicaragüens|mexican)\w*(?!\s+(?:y|e|o)\s)"
                r"[^.;]{0,40}?,)")
SHARE = _rx(r"(?:percent|per cent|%|a quarter|a third|half|majority|most|three[- ]quarters|"
            r"two[- ]thirds|a fifth) of",
            r"(?:por ciento|%|la mitad|la mayoría|un tercio|dos tercios|una cuarta parte|"
            r"un cuarto|una quinta parte|tres cuartas partes|la tercera parte|la cuarta parte) "
            r"del?",
            # Set off as an aside, with no "de": "cerca de 300.000 personas, una quinta parte
            # menores de edad, habían cruzado".
            r"(?:(?<=,\s)|^)" + PART_SET_OFF)
# Words that make a percentage a share of a whole: "made up 33 percent", "accounted for",
# "represent", "de ellos", "encabezaron la lista con el 29.3%".
SHARE_VERBS = _rx(r"made up", r"make up", r"makes up", r"accounted for", r"account for",
                  r"accounts for", r"accounting for", r"making up",
                  # "nearly one in five … was Venezuelan"
                  r"was", r"is", r"represent\w*", r"constitut\w+", r"comprised",
                  r"of them", r"of those", r"of the total", r"share", r"proportion",
                  r"representa\w*", r"constitu\w+", r"de ellos", r"de ellas", r"del total",
                  r"encabez\w+", r"seguid[oa]s? (?:por|de)", r"followed by", r"eran",
                  r"fueron", r"were", r"involv\w+", r"involucr\w+",
                  # "De los migrantes que han cruzado el Darién este año, el 70% son
                  # venezolanos"
                  r"(?<=%\s)son", r"(?<=por ciento\s)son", r"(?<=%\s)are",
                  r"(?<=percent\s)are",
                  r"tuvieron lugar", r"took place", r"occurred", r"ocurri\w+",
                  # "De los 227.547 encuentros del mes pasado, el 19% ...".
                  r"(?:of the|of those|de los|de las)\s+\d[\d.,]*")
# "Ninety five percent came from Venezuela", "el 48 por ciento procedían de Venezuela":
# where a stated percentage of the people counted came from. (Not "most came from Guinea,
# Mauritania …": a majority says little of which whole.)
SHARE_FROM = _rx(r"came from", r"come from", r"comes from", r"procedían de", r"provenían de",
                 r"venían de", r"proceden de", r"provienen de", r"vienen de")
# "2 percent of Cuba's population": a share of something no series counts.
# ("almost a quarter of the town's population": a fraction of it too.)
SHARE_OF_POPULATION = _rx(r"(?:percent|per cent|%|por ciento|half|quarters?|thirds?|fifths?|"
                          r"tenths?|mitad|cuarta parte|tercera parte|tercio)\s+"
                          r"(?:of|de|del)\s+(?:the\s+|la\s+)?"
                          r"(?:[\w’']+\s+){0,2}?(?:population|residents|inhabitants|"
                          r"población|habitantes|voters|votantes)")

# The base of a change or comparison, when it is named after the period compared:
# "en 2024, respecto a 2023", "in 2024 compared with 2023".
# Words that a count runs only up to now: "so far this fiscal year", "year-to-date", "en lo
# que va del año".
SO_FAR = re.compile(r"\b(?:so far|to[- ]date|thus far|en lo que va|hasta (?:ahora|el momento)|"
                    r"en el transcurso|"
                    # "we already have 176,000 apprehensions and we still have one month left"
                    r"(?:still|yet)\s+(?:have|has|had)\s+(?:\w+\s+){1,2}(?:months?|weeks?)\s+"
                    r"(?:left|to go|remaining)|(?:aún|todavía)\s+(?:quedan?|faltan?)\s+"
                    r"(?:\w+\s+){0,2}(?:mes|meses|semanas?)\b)\b", re.IGNORECASE)
BASE_MARKER = re.compile(r"(?:compared (?:to|with)|versus|vs\.?|from|than|against|over|"
                         r"respecto (?:a|al|de)|frente a|comparad[oa]s? con|"
                         r"en comparación (?:con|a)|que|con relación a|sobre|"
                         # "a sharp increase on the first half of 2017"
                         r"(?:increase|rise|jump|drop|fall|decrease|decline|reduction)s?\s+on)"
                         r"(?:\s+(?:in|during|for|under|en|el|la|los|las|del?|bajo|the)){0,2}"
                         # "sobre las cifras del período fiscal 2021", "over the numbers of"
                         r"(?:\s*(?:cifras|n[úu]meros|datos|figures|numbers|totals?)\s+"
                         r"(?:of|for|in|de|del|en)(?:\s+(?:the|el|la))?(?:\s+(?:per[ií]odo|"
                         r"period|a[ñn]o|year))?)?"
                         # "over the same period in FY21", "respecto al mismo periodo de 2023"
                         r"(?:\s+(?:the\s+)?(?:same|corresponding|mismo|misma)\s+(?:period|"
                         r"months?|time|periodo|período|lapso|mes|meses)\s+(?:in|of|last|a\s+"
                         r"year\s+before|de|del|en)(?:\s+(?:the|el|la))?)?\s*$",
                         re.IGNORECASE)


# Returns by plane ("en vuelos", "por vía aérea"), which the files do not split from those
# by land, and ICE named as the one that counts (its own removals, which the files mix
# with CBP's).
BY_AIR = re.compile(r"\b(?:by air|flights?|vuelos?|v[ií]a a[ée]rea|a[ée]re[oa]s?)\b",
                    re.IGNORECASE)
ICE = re.compile(r"\b(?:ICE|Immigration and Customs Enforcement)\b")
# ICE as the one who arrests ("ICE arrested 74,082", "ICE made 142,580 administrative
# arrests", "según cifras de ICE, … se arrestaron"): its own enforcement, not the border's.
ICE_ARRESTS = re.compile(r"\b(?:ICE|Immigration and Customs Enforcement)(?:'s|’s)?\s+"
                         r"(?:\S+\s+){0,3}?(?:arrest\w*|detained|apprehended|detuvo|"
                         r"arrest[óo])\b|\b(?i:según|de acuerdo con)\s+(?i:las\s+)?(?i:cifras|"
                         r"datos)\s+(?i:de|del)\s+(?:ICE|Servicio de Inmigración y Control de "
                         r"Aduanas)\b(?=[^.]*\b(?i:arrest|detuv|detenid))")
# A military force as the one that detains ("sus soldados detuvieron a 177 mil 166", "the
# Texas National Guard apprehended"): its own count, which no file splits out.
MILITARY_DETAINERS = re.compile(r"\b(?:guardia nacional|national guard|soldados|soldiers|"
                                r"troops|militares|el ej[ée]rcito|the army|sedena)\b[^.;]{0,40}?"
                                r"\b(?:detuv|detien|detenid|aprehendi|apprehend|arrest|detain|"
                                r"captur)\w*", re.IGNORECASE)
# Mexico's migration institute's own operational counts, which it announces but no table
# holds: people "rescued" ("rescatadas"), people it "had contact with".
INM_OPERATIONAL = re.compile(r"\b(?:rescat\w*|rescued|rescues?|(?:tuvo|tuvieron|ha tenido|"
                             r"han tenido) contacto|contactos? con|(?:had|made) contact with|"
                             r"came into contact)\b", re.IGNORECASE)
# Places inside a country ("los departamentos de Huehuetenango"), which no file breaks down.
# A government's department ("Department of Homeland Security", "Departamento de Seguridad
# Nacional", "Departamento de Estado") is who counts, not a place.
_AGENCY_DEPARTMENT = (r"(?!\s*(?:la |the )?(?:homeland|seguridad|state\b|estado\b|justic[ei]|"
                      r"labor|trabajo|defen[sc]|polic|health|salud|treasury|commerce|"
                      r"transportation|migraci|migration|immigration))")
SUBNATIONAL = re.compile(r"\b(?:(?:los |el )?departamentos? (?:de|del)\b" + _AGENCY_DEPARTMENT +
                         r"|(?:the )?departments? of\b" + _AGENCY_DEPARTMENT +
                         r"|municipios?\b|municipalities\b)",
                         re.IGNORECASE)
