"""The checker's words as data: one message file per language, the same keys and placeholders
in each, every key the code asks for present, and a new language added by adding a file."""

from __future__ import annotations

import datetime as dt
import re
import string
import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from borderstats.claims import i18n, lexicon
from borderstats.claims.i18n import Wording, load_languages
from borderstats.errors import BorderstatsError
from borderstats.periods import parse_period

MESSAGES = Path(i18n.__file__).with_name("messages")
SRC = Path(i18n.__file__).parents[1]
BOOKS = {path.stem: tomllib.loads(path.read_text(encoding="utf-8"))
         for path in sorted(MESSAGES.glob("*.toml"))}
# Sections that translate the catalog, which is English: only the other languages have them.
CATALOG = "catalog"
# Templates whose placeholders differ by design: English says "Januaries", Spanish "meses de
# enero" (a plural of the name, against the name). Each may use only the names listed.
FREE = {"messages.like_same_month": {"plural", "month"}}


def leaves(table: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Every value of a message file as ``("section.key", value)``; lists are values."""
    for key, value in table.items():
        if isinstance(value, Mapping):
            yield from leaves(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value


def placeholders(value: Any) -> set[str]:
    texts = value if isinstance(value, list) else [value]
    return {field for text in texts if isinstance(text, str)
            for _, field, _, _ in string.Formatter().parse(text) if field}


def keys(code: str) -> dict[str, Any]:
    return {key: value for key, value in leaves(BOOKS[code])
            if not key.startswith(CATALOG + ".")}


# --------------------------------------------------------------------------- the files


def test_the_languages_are_the_files() -> None:
    assert set(BOOKS) >= {"en", "es"}
    assert i18n.LANGUAGES[0] == "en" and set(i18n.LANGUAGES) == set(BOOKS)
    assert "en" in i18n.LANGUAGES and "es" in i18n.LANGUAGES


@pytest.mark.parametrize("code", sorted(set(BOOKS) - {"en"}))
def test_every_language_has_the_keys_and_placeholders_of_english(code: str) -> None:
    english, other = keys("en"), keys(code)
    assert sorted(set(english) - set(other)) == [], f"{code}.toml lacks these keys"
    assert sorted(set(other) - set(english)) == [], f"{code}.toml has keys English lacks"
    for key, value in english.items():
        assert type(other[key]) is type(value), key
        if isinstance(value, str):
            assert value and other[key], key
        if key in FREE:
            assert placeholders(value) <= FREE[key] and placeholders(other[key]) <= FREE[key]
        else:
            assert placeholders(value) == placeholders(other[key]), key


def test_english_has_no_catalog_section_and_the_others_translate_every_measure() -> None:
    from borderstats.metrics import catalog

    assert CATALOG not in BOOKS["en"]
    for code in set(BOOKS) - {"en"}:
        translated = BOOKS[code][CATALOG]
        for measure in catalog():
            assert translated["titles"].get(measure), (code, measure)
            assert len(translated["caveats"].get(measure, [])) >= 3, (code, measure)


def test_every_template_formats() -> None:
    for code in BOOKS:
        for key, value in leaves(BOOKS[code]):
            for text in value if isinstance(value, list) else [value]:
                assert isinstance(text, str | bool), (code, key)
                if isinstance(text, str):
                    fields = dict.fromkeys(placeholders(text), "x")
                    text.format(**fields)  # no stray brace, no positional field


def test_month_names_and_plurals() -> None:
    en = [i18n.month_name(m, "en", plural=True) for m in range(1, 13)]
    assert en == ["Januaries", "Februaries", "Marches", "Aprils", "Mays", "Junes", "Julys",
                  "Augusts", "Septembers", "Octobers", "Novembers", "Decembers"]
    es = [i18n.month_name(m, "es", plural=True) for m in range(1, 13)]
    assert es == ["eneros", "febreros", "marzos", "abriles", "mayos", "junios", "julios",
                  "agostos", "septiembres", "octubres", "noviembres", "diciembres"]
    assert i18n.month_name(3, "en") == "March" and i18n.month_name(3, "es") == "marzo"
    assert "Marchs" not in en and "Maies" not in en
    for code in BOOKS:
        months = i18n.WORDS.words(code, "months")
        assert len(months["names"]) == len(months["plurals"]) == 12, code


def test_periods_in_prose() -> None:
    assert i18n.fmt_period(parse_period("2023-12"), "en") == "December 2023"
    assert i18n.fmt_period(parse_period("2023-12"), "es") == "diciembre de 2023"
    assert i18n.fmt_period(parse_period("FY2023"), "en") == "FY2023"
    assert i18n.fmt_period(parse_period("FY2023"), "es") == "año fiscal 2023"
    assert i18n.fmt_period(parse_period("2023"), "es") == "2023"
    assert i18n.fmt_label("2023-12", "en") == "2023-12"
    assert i18n.fmt_label("2023-12", "es") == "diciembre de 2023"
    assert i18n.fmt_label("FY2023", "es") == "año fiscal 2023"
    assert i18n.fmt_month(dt.date(2024, 5, 1), "en") == "May 2024"


def test_the_tables_other_modules_read() -> None:
    assert i18n.VERDICT_LABELS["en"]["roughly_accurate"] == "roughly accurate"
    assert i18n.VERDICT_LABELS["es"]["misleading"] == "engañosa"
    assert i18n.MESSAGES["no_topic"] == ("The text does not say what is counted.",
                                         "El texto no dice qué se cuenta.")
    assert "frontera" in i18n.NOTES and "usbp_swb" in i18n.LABELS
    assert i18n.VALUES_ES["Deportation"] == "deportación"
    assert i18n.event_unit("mx_returns", "es") == ("devoluciones", "fueron devueltas")
    assert i18n.event_unit("swb_encounters", "en") == ("encounters", "came")
    assert i18n.unit("no_such_measure", "en") == "no_such_measure"
    assert i18n.coverage_note("swb_encounters", "es") == ""
    assert i18n.title("gt_returns", "es") and i18n.title("gt_returns", "en") is None
    assert i18n.caveats("swb_encounters", "en") is None


# --------------------------------------------------------------------------- the code's keys


def _source() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(SRC.rglob("*.py")))


def test_every_message_key_the_code_uses_exists() -> None:
    source = _source()
    used: set[str] = set()
    for m in re.finditer(r'\bmsg\(\s*[\w.]+,\s*"(\w+)"(?:\s+if\s[^"\n]*?\selse\s+"(\w+)")?',
                         source):
        used.update(key for key in m.groups() if key)
    assert len(used) > 30
    for code in BOOKS:
        missing = used - set(BOOKS[code]["messages"])
        assert not missing, (code, sorted(missing))
    labels = set(re.findall(r'\blabel\(\s*"(\w+)"\s*,', source))
    notes = set(re.findall(r'\bnote\(\s*[\w.]+,\s*"(\w+)"', source))
    for code in BOOKS:
        assert not labels - set(BOOKS[code]["labels"]), code
        assert not notes - set(BOOKS[code]["notes"]), code


def test_every_report_word_the_page_uses_exists() -> None:
    from borderstats import report_html

    template = (SRC / "templates" / "report.html.j2").read_text(encoding="utf-8")
    page = (SRC / "report_html.py").read_text(encoding="utf-8")
    used = set(re.findall(r'\bt\("(\w+)"', template))
    used |= set(re.findall(r'report_word\(\s*\w+,\s*"(\w+)"', page))
    used |= set(report_html.LISTS)  # the headings of the card's lists
    assert {"the_text", "claims", "claims_checked", "official_figures"} <= used
    for code in BOOKS:
        assert not used - set(BOOKS[code]["report"]), (code, sorted(used - set(
            BOOKS[code]["report"])))


# --------------------------------------------------------------------------- a language is a file

FRENCH = '''
[language]
name = "Français"
function_words = ["le", "les", "des", "du", "est", "et", "dans", "une", "pour", "au"]

[verdicts]
accurate = "exacte"
roughly_accurate = "à peu près exacte"
inaccurate = "inexacte"
misleading = "trompeuse"
unverifiable = "invérifiable"
not_a_claim = "pas une affirmation"

[months]
names = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
         "septembre", "octobre", "novembre", "décembre"]
plurals = ["janviers", "févriers", "mars", "avrils", "mais", "juins", "juillets", "août",
           "septembres", "octobres", "novembres", "décembres"]

[periods]
month = "{month} {year}"
fiscal_year = "exercice {year}"
labels_in_prose = true

[messages]
no_topic = "Le texte ne dit pas ce qui est compté."

[report]
the_text = "Le texte"
claims = "Affirmations"
claims_checked = { one = "{count} affirmation vérifiée", other = "{count} affirmations vérifiées" }
'''


@pytest.fixture()
def french(tmp_path: Path) -> Wording:
    """English and a French file, in a directory of their own."""
    (tmp_path / "en.toml").write_bytes((MESSAGES / "en.toml").read_bytes())
    (tmp_path / "fr.toml").write_text(FRENCH, encoding="utf-8")
    assert sorted(load_languages(tmp_path)) == ["en", "fr"]
    return Wording.load(tmp_path)


def test_a_new_language_is_a_new_file(french: Wording) -> None:
    assert french.languages == ("en", "fr")
    assert french.resolve("fr", "en") == "fr" and french.resolve("auto", "fr") == "fr"
    with pytest.raises(BorderstatsError, match="use auto, en or fr"):
        french.resolve("es", "en")
    assert french.detect_language("Le nombre des migrants est en baisse dans le pays.") == "fr"
    assert french.detect_language("The number of migrants was lower than in the year.") == "en"
    assert french.msg("fr", "no_topic") == "Le texte ne dit pas ce qui est compté."
    assert french.verdict_label("misleading", "fr") == "trompeuse"
    assert french.month_name(8, "fr") == "août" and french.month_name(1, "fr", plural=True) == \
        "janviers"
    assert french.fmt_period(parse_period("2023-12"), "fr") == "décembre 2023"
    assert french.fmt_label("FY2023", "fr") == "exercice 2023"
    assert french.report("fr", "claims_checked", n=2, count="2") == "2 affirmations vérifiées"
    # what the file does not say yet is said in English
    assert french.msg("fr", "no_series", missing="x") == i18n.msg("en", "no_series", missing="x")
    assert french.label("usbp_swb", "fr") == i18n.label("usbp_swb", "en")


def test_the_report_speaks_a_new_language(french: Wording,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from borderstats.report_html import render_check_html

    monkeypatch.setattr(i18n, "WORDS", french)
    monkeypatch.setattr(i18n, "LANGUAGES", french.languages)
    html = render_check_html({"language": "fr", "text": "Le texte.", "claims": [
        {"id": 1, "text": "Le texte.", "start": 0, "end": 9, "verdict": "misleading"}]})
    assert '<html lang="fr">' in html
    assert ">Le texte</h2>" in html and ">Affirmations</h2>" in html
    assert ">Trompeuse</span>" in html and "1 affirmation vérifiée" in html
    assert ">Official figures<" not in html and "Claims</h2>" not in html


def test_each_subject_no_file_holds_says_what_would_answer_it() -> None:
    # The messages' missing_series table has an entry for exactly the lexicon's topics
    # without a measure, in every language (parity is checked above).
    unheld = {t.id for t in lexicon.TOPICS if not t.measures}
    assert set(i18n.WORDS.words("en", "missing_series")) == unheld
    assert "coast_guard" in unheld and "darien" not in unheld
