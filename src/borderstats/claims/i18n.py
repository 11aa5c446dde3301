"""Languages: which language a text is written in, and the checker's words in each language.

The words live in data files, one per language: ``messages/<code>.toml`` beside this module
(``en.toml``, ``es.toml``). A language is the set of files present — adding one is adding a
file with the same keys and placeholders as ``en.toml``. Each file holds verdict names, month
names and their plurals, how periods are written, explanation templates (``[messages]``),
notes on how a claim was read, reading labels, units, coverage notes, the HTML report's words
and, for languages other than English, the catalog's measure titles, caveats and filter
values (the catalog itself is English). A key a language lacks falls back to English.

:class:`Wording` holds a set of loaded languages; the module-level functions and constants
(``msg``, ``label``, ``note``, ``VERDICT_LABELS``, ``CAVEATS_ES``...) are those of the files
shipped with the package.

The detector is deliberately small and deterministic: it counts each language's frequent
function words (``function_words`` in its file) in the first 50,000 characters and picks the
language with the most of them (English on a tie, and for a text with none)."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Mapping
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

from borderstats.periods import Period

BASE = "en"
"""The language of the catalog, and the one a missing key or an unknown language falls back to."""

_WORD = re.compile(r"[^\W\d_]+")
_FY_LABEL = re.compile(r"FY(\d{4})")
_MONTH_LABEL = re.compile(r"(\d{4})-(\d\d)")


def load_languages(directory: Traversable | Path | None = None) -> dict[str, dict[str, Any]]:
    """Every ``<code>.toml`` in ``directory`` (the package's ``messages/`` by default), read
    into a dict keyed by language code."""
    folder = directory if directory is not None else (
        resources.files("borderstats.claims") / "messages")
    books = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml") and entry.is_file():
            books[entry.name.removesuffix(".toml")] = tomllib.loads(
                entry.read_text(encoding="utf-8"))
    return books


def _merged(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """``over`` with every key it lacks taken from ``base`` (tables merged key by key)."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(base.get(key), Mapping):
            out[key] = _merged(base[key], value)
        else:
            out[key] = value
    return out


class Wording:
    """The words of a set of languages, read from their message files."""

    def __init__(self, books: Mapping[str, Mapping[str, Any]]) -> None:
        if BASE not in books:
            raise ValueError(f"the message files must include {BASE}.toml")
        self.raw = dict(books)
        self.books = {code: _merged(books[BASE], book) if code != BASE else dict(book)
                      for code, book in books.items()}
        # English first, then the others in alphabetical order.
        self.languages: tuple[str, ...] = tuple(sorted(books, key=lambda c: (c != BASE, c)))
        self._function_words = {code: frozenset(self.books[code]["language"]["function_words"])
                                for code in self.languages}

    @classmethod
    def load(cls, directory: Traversable | Path | None = None) -> Wording:
        return cls(load_languages(directory))

    def book(self, lang: str | None) -> dict[str, Any]:
        """All the words of ``lang`` (English for a language without a file)."""
        return self.books.get(lang or BASE, self.books[BASE])

    def words(self, lang: str | None, section: str) -> dict[str, Any]:
        """One table of ``lang``'s file (``"report"``, ``"verdicts"``...), English-filled."""
        return self.book(lang).get(section, {})

    # -- language

    def detect_language(self, text: str) -> str:
        counts = dict.fromkeys(self.languages, 0)
        for word in _WORD.findall(text[:50_000].lower()):
            for code, words in self._function_words.items():
                if word in words:
                    counts[code] += 1
        best = max(self.languages, key=lambda code: counts[code])
        return best if counts[best] > counts[BASE] else BASE

    def resolve(self, lang: str | None, text_language: str) -> str:
        if lang in (None, "auto"):
            return text_language
        if lang not in self.languages:
            from borderstats.errors import BorderstatsError

            raise BorderstatsError(f"unknown language {lang!r}: use {self.choices()}")
        return lang

    def choices(self) -> str:
        """What a language option accepts, in words: "auto, en or es"."""
        *rest, last = self.languages
        return ", ".join(("auto", *rest)) + f" or {last}"

    # -- templates

    def msg(self, lang: str, key: str, **kw: object) -> str:
        """An explanation template; one with a singular and a plural form (``{one,
        other}``) picks it by its ``months`` ("the 1 month to October")."""
        entry = self.words(lang, "messages")[key]
        if isinstance(entry, Mapping):
            entry = entry["one" if kw.get("months") == 1 else "other"]
        return entry.format(**kw)

    def note(self, lang: str, key: str, **kw: object) -> str:
        return self.words(lang, "notes")[key].format(**kw)

    def label(self, key: str, lang: str) -> str:
        return self.words(lang, "labels")[key]

    def report(self, lang: str, key: str, *, n: object = None, **kw: object) -> str:
        """A word of the HTML report; for an entry with a singular and a plural form
        (``{one, other}``), ``n`` picks the form."""
        entry = self.words(lang, "report")[key]
        if isinstance(entry, Mapping):
            entry = entry["one" if n == 1 else "other"]
        return entry.format(**kw)

    def verdict_label(self, verdict: str, lang: str) -> str:
        return self.words(lang, "verdicts")[verdict]

    # -- months and periods

    def month_name(self, month: int, lang: str, *, plural: bool = False) -> str:
        """'March' / 'marzo'; with ``plural``, 'Marches' / 'marzos'."""
        return self.words(lang, "months")["plurals" if plural else "names"][month - 1]

    def fmt_month(self, day: dt.date, lang: str) -> str:
        return self.words(lang, "periods")["month"].format(
            month=self.month_name(day.month, lang), year=day.year)

    def fmt_period(self, p: Period, lang: str) -> str:
        if p.kind == "month":
            return self.fmt_month(p.start, lang)
        if p.kind == "fiscal_year":
            return self.words(lang, "periods")["fiscal_year"].format(year=p.label[2:])
        return p.label

    def fmt_label(self, label: str, lang: str) -> str:
        if not self.words(lang, "periods")["labels_in_prose"]:
            return label
        if m := _FY_LABEL.fullmatch(label):
            return self.words(lang, "periods")["fiscal_year"].format(year=m.group(1))
        if m := _MONTH_LABEL.fullmatch(label):
            return self.fmt_month(dt.date(int(m.group(1)), int(m.group(2)), 1), lang)
        return label

    # -- series

    def unit(self, measure: str, lang: str) -> str:
        return self.words(lang, "units").get(measure, measure)

    def event_unit(self, measure: str, lang: str) -> tuple[str, str]:
        table = self.words(lang, "event_units")
        entry = table.get(measure, table["default"])
        return entry["events"], entry["verb"]

    def coverage_note(self, measure: str, lang: str) -> str:
        return self.words(lang, "coverage").get(measure, "")

    def title(self, measure: str, lang: str) -> str | None:
        """The measure's title in ``lang``, or ``None`` where the catalog's own (English)
        title stands."""
        return self.raw.get(lang, {}).get("catalog", {}).get("titles", {}).get(measure)

    def caveats(self, measure: str, lang: str) -> list[str] | None:
        """The measure's main caveats in ``lang``, or ``None`` where the catalog's stand."""
        found = self.raw.get(lang, {}).get("catalog", {}).get("caveats", {}).get(measure)
        return list(found) if found is not None else None

    def value_name(self, value: str, lang: str) -> str:
        """A filter value ('Deportation', 'MEX') in prose in ``lang``."""
        return self.raw.get(lang, {}).get("catalog", {}).get("values", {}).get(value, value)

    # -- the tables as (English, Spanish) pairs

    def pairs(self, section: str, other: str = "es") -> dict[str, tuple[str, str]]:
        """``{key: (English, other)}`` for one table."""
        return {key: (text, self.words(other, section)[key])
                for key, text in self.words(BASE, section).items()}


WORDS = Wording.load()
"""The languages shipped with the package."""

LANGUAGES: tuple[str, ...] = WORDS.languages

VERDICT_LABELS: dict[str, dict[str, str]] = {
    code: dict(WORDS.words(code, "verdicts")) for code in LANGUAGES}
MONTHS_ES: tuple[str, ...] = tuple(WORDS.words("es", "months")["names"])
TITLES_ES: dict[str, str] = dict(WORDS.raw["es"]["catalog"]["titles"])
# The most important caveats of each measure, in Spanish (the catalog's are English).
CAVEATS_ES: dict[str, list[str]] = {
    measure: list(items) for measure, items in WORDS.raw["es"]["catalog"]["caveats"].items()}
# Filter values in prose.
VALUES_ES: dict[str, str] = dict(WORDS.raw["es"]["catalog"]["values"])

# The tables as (English, Spanish) pairs.
LABELS: dict[str, tuple[str, str]] = WORDS.pairs("labels")
MESSAGES: dict[str, tuple[str, str]] = WORDS.pairs("messages")
NOTES: dict[str, tuple[str, str]] = WORDS.pairs("notes")
COVERAGE_NOTES: dict[str, tuple[str, str]] = WORDS.pairs("coverage")
UNITS: dict[str, tuple[str, str]] = WORDS.pairs("units")
EVENT_UNITS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    measure: (WORDS.event_unit(measure, BASE), WORDS.event_unit(measure, "es"))
    for measure in WORDS.words(BASE, "event_units") if measure != "default"}


def detect_language(text: str) -> str:
    """The language with the most of its function words in the text ('en' on a tie)."""
    return WORDS.detect_language(text)


def resolve(lang: str | None, text_language: str) -> str:
    """The language explanations are written in: 'auto' (or None) follows the text."""
    return WORDS.resolve(lang, text_language)


def msg(lang: str, key: str, **kw: object) -> str:
    """An explanation template in ``lang``, filled by str.format."""
    return WORDS.msg(lang, key, **kw)


def note(lang: str, key: str, **kw: object) -> str:
    """A note on how a claim was read, in ``lang``."""
    return WORDS.note(lang, key, **kw)


def label(key: str, lang: str) -> str:
    """What a reading takes the words to mean, in ``lang``."""
    return WORDS.label(key, lang)


def verdict_label(verdict: str, lang: str) -> str:
    """The name of a verdict ('roughly_accurate') in ``lang``."""
    return WORDS.verdict_label(verdict, lang)


def month_name(month: int, lang: str, *, plural: bool = False) -> str:
    """'March' / 'marzo' (1-based); with ``plural``, 'Marches' / 'marzos'."""
    return WORDS.month_name(month, lang, plural=plural)


def fmt_month(day: dt.date, lang: str) -> str:
    """The month of ``day`` in prose: 'December 2023' / 'diciembre de 2023'."""
    return WORDS.fmt_month(day, lang)


def fmt_period(p: Period, lang: str) -> str:
    """A period in prose: 'December 2023' / 'diciembre de 2023', 'FY2023' / 'año fiscal
    2023'; other labels as they are."""
    return WORDS.fmt_period(p, lang)


def fmt_label(label: str, lang: str) -> str:
    """A period label ('FY2023', '2023-12') in prose, in the languages that write it out."""
    return WORDS.fmt_label(label, lang)


def unit(measure: str, lang: str) -> str:
    """What one unit of a series is (the measure id for a series without one)."""
    return WORDS.unit(measure, lang)


def event_unit(measure: str, lang: str) -> tuple[str, str]:
    """What the events-as-people framing says the count is of, and what happened to them."""
    return WORDS.event_unit(measure, lang)


def coverage_note(measure: str, lang: str) -> str:
    """How far a corridor or DHS series reaches ('' for the others)."""
    return WORDS.coverage_note(measure, lang)


def title(measure: str, lang: str) -> str | None:
    """A measure's title in ``lang``, or ``None`` where the catalog's English title stands."""
    return WORDS.title(measure, lang)


def caveats(measure: str, lang: str) -> list[str] | None:
    """A measure's main caveats in ``lang``, or ``None`` where the catalog's stand."""
    return WORDS.caveats(measure, lang)


def value_name(value: str, lang: str) -> str:
    """A filter value in prose in ``lang`` (the value itself where none is given)."""
    return WORDS.value_name(value, lang)


def report_word(lang: str, key: str, *, n: object = None, **kw: object) -> str:
    """A word of the HTML report in ``lang`` (``n`` picks the singular or the plural)."""
    return WORDS.report(lang, key, n=n, **kw)

