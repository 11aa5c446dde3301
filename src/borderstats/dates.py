"""Dates as a user gives them: the one place a ``date=`` or ``as_of=`` argument, or a
``--date``/``--as-of`` option, becomes a :class:`datetime.date`."""

from __future__ import annotations

import datetime as dt
import re

from borderstats.errors import BorderstatsError

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


# The earliest date the data and the texts can be about: official migration statistics
# start in the 1890s; an earlier date is a typing mistake, not a question. (Dates in the
# future are judged where they are used: a text cannot be dated after today.)
EARLIEST = dt.date(1850, 1, 1)


def as_date(value: object, name: str) -> dt.date | None:
    """``value`` as a date (see :func:`_as_date`), not before :data:`EARLIEST`."""
    day = _as_date(value, name)
    if day is not None and day < EARLIEST:
        raise BorderstatsError(f"{name}: {day.isoformat()} is before {EARLIEST.year}, earlier "
                               "than any figure the store holds")
    return day


def _as_date(value: object, name: str) -> dt.date | None:
    """``value`` as a date: a ``datetime.date``, a ``datetime.datetime`` (its date) or an
    ISO string "YYYY-MM-DD" (surrounding whitespace ignored); ``None`` stays ``None``.

    Anything else is a :class:`BorderstatsError` whose one-line message names the argument
    ``name``: ``date: '2024-13-01' is not a date (use YYYY-MM-DD)``."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if _ISO_DAY.fullmatch(text):
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                pass
        raise BorderstatsError(f"{name}: {_shown(value)} is not a date (use YYYY-MM-DD)")
    raise BorderstatsError(f"{name}: {_shown(value)} is not a date (use YYYY-MM-DD, or a "
                           f"datetime.date; got {type(value).__name__})")


def _shown(value: object) -> str:
    """The value as the message quotes it: on one line, and not a whole document."""
    text = " ".join(repr(value).split())
    return text if len(text) <= 60 else text[:57] + "..."
