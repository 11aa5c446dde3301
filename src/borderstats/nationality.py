"""One nationality table for every source: ISO 3166-1 alpha-3 code, English and Spanish
names, and every spelling a file or a text uses.

The data live in ``nationality.csv`` beside this module, one row per code:

- ``iso3``: the ISO 3166-1 alpha-3 code; a few codes outside the standard that files use
  (``XKX`` Kosovo, user-assigned; ``TIB`` Tibet, a compiler's code; ``SCG`` Serbia and
  Montenegro, withdrawn) and three special values: ``OTHER`` (a file's catch-all,
  IOM's ``OOO``), ``UNKNOWN`` and ``STATELESS`` (IOM's ``STL``, Spanish *apátrida*);
- ``kind``: iso3166 | user-assigned | non-iso | former | special;
- ``name_en``, ``name_es``: short names;
- ``aliases``: other spellings, ``;``-separated — CBP's upper-case names ('CHINA, PEOPLES
  REPUBLIC OF', 'MYANMAR (BURMA)'), OHSS's ('Korea, South', "China, People's Republic",
  'Burma'), ISO's formal names, Spanish variants;
- ``demonyms_en`` (singular; plurals are derived) and ``demonyms_es`` (masculine singular;
  feminine and plural forms are derived);
- ``regions``: the groups of countries a text may name together, ``;``-separated
  (``northern_triangle``, ``central_america``, ``caribbean`` — the islands whose people
  the series count —, ``south_america``, ``africa``, ``asia``).

Lookups ignore case, accents, apostrophes and punctuation: 'Côte d’Ivoire', "COTE D'IVOIRE"
and 'cote divoire' are one key. A key that would name two codes is a data error.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from borderstats.errors import SourceFormatError

CSV_PATH = Path(__file__).with_name("nationality.csv")

OTHER = "OTHER"          # a file's catch-all ('Other', IOM 'OOO')
UNKNOWN = "UNKNOWN"      # nationality not known or not recorded
STATELESS = "STATELESS"  # stateless persons (IOM 'STL')
SPECIAL = (OTHER, UNKNOWN, STATELESS)

# Words that name a country or demonym but, in free text, far more often mean something
# else (a US state, a first name, other continents' people); from_words skips them.
NOT_IN_FREE_TEXT = {
    "georgia", "georgian", "georgians", "jordan", "chad", "american", "americans",
    "americano", "americanos", "americana", "americanas", "congo", "granada", "granadino",
    "granadina", "granadinos", "granadinas",
}


@dataclass(frozen=True)
class Nationality:
    iso: str
    kind: str
    name_en: str
    name_es: str
    aliases: tuple[str, ...]
    demonyms_en: tuple[str, ...]
    demonyms_es: tuple[str, ...]
    regions: tuple[str, ...] = ()

    def spellings(self) -> tuple[str, ...]:
        """Every spelling that names this nationality (codes excluded)."""
        return (self.name_en, self.name_es, *self.aliases, *self.demonyms_en,
                *self.demonyms_es)


def normalise(text: str) -> str:
    """Lower case, no accents, no apostrophes, punctuation and runs of spaces as one."""
    if text.isascii():  # no accents to strip (most English text): skip the decomposition
        plain = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = re.sub(r"['’`´]", "", plain.casefold())
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


def _plural_en(word: str) -> list[str]:
    lower = word.lower()
    if lower.endswith(("ese", "ss", "sh", "tch", "nch", "yz", "asy")):
        return [word]  # the Chinese, the Swiss, the Irish, the Dutch, the Kyrgyz
    if lower.endswith("man"):
        return [word[:-3] + "men"]
    return [word + "s"]


def _forms_es(word: str) -> list[str]:
    """Masculine singular → the four forms (venezolano → venezolana, venezolanos, …)."""
    plain = normalise(word)
    if plain.endswith("o"):
        stem = word[:-1]
        return [word, stem + "a", stem + "os", stem + "as"]
    if plain.endswith(("a", "e")):
        return [word, word + "s"]
    if plain.endswith(("es", "an", "on", "in")) and word[-2] in "éáóí":
        stem = word[:-2] + plain[-2] + word[-1]  # francés → frances-
        return [word, stem + "a", stem + "es", stem + "as"]
    if plain.endswith(("i", "u")):
        return [word, word + "es", word + "s"]
    return [word, word + "a", word + "es", word + "as"]  # español, kosovar, mongol


@cache
def table() -> dict[str, Nationality]:
    """Code → nationality, in the CSV's order."""
    out: dict[str, Nationality] = {}
    with CSV_PATH.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            def split(column: str, row: dict[str, str] = row) -> tuple[str, ...]:
                return tuple(p.strip() for p in row[column].split(";") if p.strip())
            en = tuple(f for d in split("demonyms_en") for f in (d, *_plural_en(d)))
            es = tuple(f for d in split("demonyms_es") for f in _forms_es(d))
            out[row["iso3"]] = Nationality(row["iso3"], row["kind"], row["name_en"],
                                           row["name_es"], split("aliases"), en, es,
                                           split("regions"))
    return out


@cache
def countries_in(region: str) -> tuple[str, ...]:
    """The codes of a region's countries, in the table's order ('northern_triangle' →
    ('GTM', 'HND', 'SLV'))."""
    codes = tuple(iso for iso, nat in table().items() if region in nat.regions)
    if not codes:
        raise KeyError(f"nationality.csv names no country in region {region!r}")
    return codes


@cache
def _index() -> dict[str, str]:
    """Normalised spelling (or code) → code; raises if a spelling names two codes."""
    index: dict[str, str] = {}
    for iso, nat in table().items():
        for text in (iso, *nat.spellings()):
            key = normalise(text)
            if not key:
                continue
            if index.setdefault(key, iso) != iso:
                raise ValueError(f"nationality.csv: {text!r} names both {index[key]} "
                                 f"and {iso}")
    return index


def to_iso(text: str | None) -> str | None:
    """The code a spelling names ('VEN', 'Venezuela', 'VENEZUELA', 'venezolanos' → 'VEN';
    'Other' / 'OOO' → 'OTHER'); None if the table does not know it."""
    if text is None:
        return None
    return _index().get(normalise(text))


def require_iso(path: Path | str, value: str, field: str, line: int | None = None) -> str:
    """:func:`to_iso`, or a :class:`SourceFormatError` naming file, field, value and line."""
    if not value.strip():
        raise SourceFormatError(path, "empty nationality", field=field, value=value,
                                line=line)
    iso = to_iso(value)
    if iso is None:
        raise SourceFormatError(
            path, "unknown nationality (add it to borderstats/nationality.csv if it is a "
            "real spelling)", field=field, value=value, line=line)
    return iso


def name(iso: str, lang: str = "en") -> str:
    """The short English ('en') or Spanish ('es') name of a code."""
    if lang not in ("en", "es"):
        raise ValueError(f"language {lang!r}: use 'en' or 'es'")
    try:
        nat = table()[iso]
    except KeyError:
        raise KeyError(f"unknown nationality code {iso!r}") from None
    return nat.name_en if lang == "en" else nat.name_es


@cache
def _free_text_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    words: dict[str, str] = {}
    for iso, nat in table().items():
        if nat.kind == "special":
            continue
        for text in nat.spellings():
            # Upper-case aliases are codes or file spellings ('US', 'DRC', 'EL SALVADOR').
            if text == text.upper() or len(text) < 4:
                continue
            key = normalise(text)
            if key and key not in NOT_IN_FREE_TEXT:
                words[key] = iso
    # Longest first, so 'south sudanese' wins over 'sudanese', 'dominican republic' over
    # 'dominican'; 'New Mexico' is the US state.
    alternatives = "|".join(re.escape(k) for k in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![0-9a-z])(?<!new )(?:{alternatives})(?![0-9a-z])"), words


def from_words(text: str) -> list[str]:
    """Codes of the countries and demonyms a text names, in order of first mention
    ('Venezuelans and Haitians' → ['VEN', 'HTI']; 'venezolanos' → ['VEN'])."""
    pattern, words = _free_text_pattern()
    found: list[str] = []
    for match in pattern.finditer(normalise(text)):
        iso = words[match.group(0)]
        if iso not in found:
            found.append(iso)
    return found
