"""The claim checker: every number in a text about the border, checked against the store.

    >>> from borderstats.claims import check
    >>> report = check(text, date="2024-03-15", engine=engine)   # borderstats.check() opens
    >>> report["claims"][0]["verdict"]                            # the default store for you

Each claim is read in several ways and the evidence picks the reading meant (the words, and
how well the claimed figure agrees); see ``evaluate.choose`` and docs/claims.md, "The
interpretation step".

Texts in English and Spanish are read; ``report["language"]`` is the language detected, and
explanations are written in it (``lang="auto"``) or in the language asked for (``"en"``,
``"es"``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from contextlib import nullcontext
from typing import Any

from borderstats.claims.evaluate import (
    Checker,
    compose,
    evaluate_all,
    unsettled_beside_a_match,
)
from borderstats.claims.extract import extract
from borderstats.claims.i18n import detect_language, resolve
from borderstats.claims.prefilter import matches_remembered
from borderstats.claims.text import as_read
from borderstats.claims.timex import MONTHS
from borderstats.dates import as_date
from borderstats.errors import BorderstatsError
from borderstats.query import Engine

MAX_CHARS = 5_000_000
# Up to this length, a text without a date has its pattern matches remembered while each
# candidate date is tried (some 300 patterns' matches per sentence).
REMEMBER_MATCHES_CHARS = 100_000

_DATELINE = re.compile(
    r"\b(?P<month>january|february|march|april|may|june|july|august|september|october|"
    r"november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+"
    r"(?P<day>\d{1,2}),\s+(?P<year>(?:19|20)\d\d)\b|\b(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b|"
    r"\b(?P<day_es>\d{1,2})\s+de\s+(?P<month_es>enero|febrero|marzo|abril|mayo|junio|julio|"
    r"agosto|septiembre|setiembre|octubre|noviembre|diciembre)\s+(?:de|del)\s+"
    r"(?P<year_es>(?:19|20)\d\d)\b",
    re.IGNORECASE)


def check(text: str, *, date: dt.date | str | None = None,
          as_of: dt.date | str | None = None, engine: Engine,
          today: dt.date | str | None = None, lang: str = "auto",
          cautious: bool = False) -> dict[str, Any]:
    """Check every quantitative claim in ``text`` against the store ``engine`` queries; the
    result is what ``--json`` prints. (``borderstats.check`` opens the default store.)

    ``date`` (the text's), ``as_of`` and ``today`` are dates or "YYYY-MM-DD" strings.
    ``lang`` is the language of the explanations, caveats and verdict labels: "auto" (the
    text's own, as detected), "en" or "es". The verdicts themselves are the same words in
    every language ("accurate", ...); ``verdict_label`` is the verdict in ``lang``.
    A figure judged inaccurate beside one in its sentence that holds as stated is reported
    unverifiable; ``cautious`` extends that to a neighbour that holds as a bound or a record
    (fewer false alarms on new text still, at the cost of more misses)."""
    date, as_of = as_date(date, "date"), as_date(as_of, "as_of")
    today = as_date(today, "today")
    if engine is None:
        raise BorderstatsError("engine: None; pass the store's query engine "
                               "(borderstats.engine()), or use borderstats.check")
    if not isinstance(text, str):
        raise BorderstatsError("the text to check must be a string")
    if len(text) > MAX_CHARS:
        raise BorderstatsError(f"the text is {len(text):,} characters; the limit is "
                               f"{MAX_CHARS:,} (split it, or use batch mode)")
    if "\x00" in text:
        raise BorderstatsError("the input looks binary (it holds NUL bytes), not text")
    language = detect_language(text)
    checker = Checker(engine, as_of, resolve(lang, language))
    today = today or dt.date.today()
    read = as_read(text)
    assumed, reason, evaluated = False, "given", None
    if date is None:
        date, reason, evaluated = infer_date(read, checker, today)
        assumed = True
    if date > today:
        raise BorderstatsError(f"the text's date {date} is in the future")
    if evaluated is None:
        evaluated = evaluate_all(extract(read, date), checker, date)
    claims = compose(evaluated, checker.lang)
    claims = unsettled_beside_a_match(claims, checker.lang, cautious=cautious)
    for i, claim in enumerate(claims, 1):
        claim["id"] = i
        if read != text:
            _as_written(claim, text, read)
    return {
        "text": text, "text_date": date.isoformat(), "date_assumed": assumed,
        "date_reason": reason, "as_of": as_of.isoformat() if as_of else None,
        "language": language, "explanation_language": checker.lang,
        "summary": {"claims": len(claims),
                    "by_verdict": dict(Counter(c["verdict"] for c in claims))},
        "claims": claims,
    }


def _as_written(claim: dict[str, Any], text: str, read: str) -> None:
    """The claim's quotations as the text writes them (the checker read its apostrophes
    plain; offsets are the same in both)."""
    at = claim["sentence_start"]
    claim["sentence"] = text[at:at + len(claim["sentence"])]
    for c in [claim, *(claim.get("parts") or [])]:
        found = read.find(c["text"], at)
        if found >= 0:
            c["text"] = text[found:found + len(c["text"])]


def infer_date(text: str, checker: Checker,
               today: dt.date) -> tuple[dt.date, str, list[dict[str, Any]] | None]:
    """A date for a text that gives none: a dateline if there is one; otherwise the
    candidate date (the month after the latest month the text names, in each year it could
    be from) under which the most claims agree with the data. With the date and the reason
    come the claims as evaluated under it, when choosing it evaluated them."""
    for m in _DATELINE.finditer(text[:2000]):
        try:
            if m.group("iso"):
                found = dt.date.fromisoformat(m.group("iso"))
            elif m.group("year_es"):
                found = dt.date(int(m.group("year_es")), MONTHS[m.group("month_es").lower()],
                                int(m.group("day_es")))
            else:
                found = dt.date(int(m.group("year")), MONTHS[m.group("month").lower()],
                                int(m.group("day")))
        except ValueError:  # "February 31, 2024", "2024-13-45": not a date
            continue
        if found <= today:
            return found, f"the dateline in the text ({found.isoformat()})", None
        break
    low = text.lower()
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)]
    named = [(low.rfind(name), num) for name, num in MONTHS.items()
             if len(name) > 3 and re.search(rf"\b{name}\b", low)]
    last_month = max(named)[1] if named else None
    lo, hi = checker.engine.coverage(
        __import__("borderstats.metrics", fromlist=["get_measure"]).get_measure(
            "swb_encounters"), checker.as_of)
    first_year = max([*years, lo.year]) if years else lo.year
    candidates = []
    for year in range(first_year, min(hi.year + 1, today.year) + 1):
        month = (last_month % 12) + 1 if last_month else 6
        cand_year = year + 1 if last_month == 12 else year
        candidate = dt.date(cand_year, month, 15)
        if candidate <= today and candidate >= dt.date(first_year, 1, 1):
            candidates.append(candidate)
    if not candidates:
        return today, "the text names no date; today's date is assumed", None
    # The text is read under each candidate date: its patterns' matches are found once (for
    # an article; a book-length text would hold too many of them in memory).
    with matches_remembered() if len(text) <= REMEMBER_MATCHES_CHARS else nullcontext():
        first = extract(text, candidates[0])
        if not first:
            return candidates[-1], ("the text names no date and makes no checkable claim; "
                                    f"the latest candidate date {candidates[-1]} is assumed"
                                    ), None
        scored, evaluated = [], {}
        for candidate in candidates:
            found = first if candidate == candidates[0] else extract(text, candidate)
            evaluated[candidate] = evaluate_all(found, checker, candidate)
            verdicts = [c["verdict"] for c in evaluated[candidate]]
            agree = sum(v in ("accurate", "roughly_accurate") for v in verdicts)
            checked = sum(v != "unverifiable" for v in verdicts)
            scored.append((agree, -checked, candidate))
    agree, neg_checked, best = max(scored, key=lambda s: (s[0], s[1], s[2]))
    month_note = (f"it names {dt.date(2000, last_month, 1):%B} as the latest month"
                  if last_month else "it names no month")
    return best, (f"the text carries no date; {month_note}"
                  f"{f' and {max(years)} as the latest year' if years else ''}. Of the "
                  f"candidate dates {candidates[0]} … {candidates[-1]}, {best} makes the most "
                  f"claims agree with the official data ({agree} of {-neg_checked} checked), "
                  "so it is assumed; pass --date to set it"), evaluated[best]
