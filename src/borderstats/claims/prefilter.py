"""A cheap test before a costly regular expression: the literal strings one of which every
match must contain. Most sentences hold none of a pattern's words ("fiscal", a month's name,
a president's), and a substring test is far cheaper than running the pattern over the
sentence; the test only skips a search that could not have matched, so results are the
same with or without it. A pattern that ignores case is tested on the lower-cased text,
unless the text holds a character whose case the pattern engine folds otherwise than
``str.lower`` does ("ſ", "İ", Greek sigma): there the pattern is always run."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from typing import Any

try:  # CPython's own pattern parser (3.11 and later)
    import re._casefix as sre_casefix
    import re._constants as sre_constants
    import re._parser as sre_parse
except ImportError:  # pragma: no cover - another Python: every pattern is simply run
    sre_casefix = sre_constants = sre_parse = None  # type: ignore[assignment]


def factors(pattern: str | re.Pattern[str], flags: int = 0) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains, or None when the pattern
    does not say (a match may be made of classes or repeats alone). For a pattern that
    ignores case, in whole or in part, they are lower-cased."""
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    if sre_parse is None:
        return None
    parsed = sre_parse.parse(pattern, flags)
    if parsed.state.flags & re.VERBOSE:
        return None
    found = _sequence(list(parsed))
    if found is not None and (parsed.state.flags & re.IGNORECASE or "(?i" in pattern):
        if not all(_plain_case(c) for f in found for c in f if not c.isascii()):
            return None  # a letter str.lower folds otherwise than the pattern engine
        return frozenset(f.lower() for f in found)
    return found


_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT,
            sre_constants.POSSESSIVE_REPEAT) if sre_constants else ()


def _sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The most selective factor set among the parts of a sequence every match runs
    through: a run of literal characters, or a group, alternation or required repeat whose
    own parts all have factors."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre_constants.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(frozenset(["".join(run)]))
            run = []
        sub: frozenset[str] | None = None
        if op is sre_constants.SUBPATTERN:
            _group, add_flags, _del_flags, body = av
            if not add_flags & re.VERBOSE:
                sub = _sequence(list(body))
        elif op is sre_constants.BRANCH:
            branches = [_sequence(list(b)) for b in av[1]]
            if branches and all(b is not None for b in branches):
                sub = frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in _REPEATS:
            low, _high, body = av
            if low >= 1:
                sub = _sequence(list(body))
        elif op is sre_constants.ATOMIC_GROUP:
            sub = _sequence(list(av))
        if sub:
            candidates.append(sub)
    if run:
        candidates.append(frozenset(["".join(run)]))
    if not candidates:
        return None
    # The shortest factor decides how often the test passes; then the fewest to test.
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


# Characters the pattern engine folds to another under IGNORECASE besides their lower case.
_EXTRA_CASES = frozenset(chr(c) for k, v in (
    sre_casefix._EXTRA_CASES.items() if sre_casefix else ()) for c in (k, *v))


@cache
def _plain_case(c: str) -> bool:
    """Whether ``str.lower`` folds ``c`` as the pattern engine does: one character, with no
    other case."""
    low = c.lower()
    return len(low) == 1 and c not in _EXTRA_CASES and low not in _EXTRA_CASES and (
        sre_casefix is not None)


# The text last folded, and its fold: a sentence is folded for each pattern tried on it.
# (One tuple, read and replaced whole, so that threads checking texts at once agree.)
_last_folded: tuple[str, str | None] = ("", "")


def _folded(text: str) -> str | None:
    """``text`` lower-cased, or None when ``str.lower`` may fold it otherwise than the pattern
    engine."""
    global _last_folded
    last = _last_folded
    if last[0] is text:
        return last[1]
    low = text.lower() if text.isascii() or all(
        _plain_case(c) for c in set(text) if not c.isascii()) else None
    _last_folded = (text, low)
    return low


class Gated:
    """A pattern that is run only on a text holding one of its factors; it stands for the
    compiled pattern everywhere (what it does not gate, it hands to the pattern). It is
    compiled, and its factors found, when first used: a program that never meets a pattern
    pays for neither."""

    __slots__ = ("source", "flags", "_compiled", "_factors", "fold")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source, self.flags = source, flags
        self._compiled: re.Pattern[str] | None = None
        self._factors: frozenset[str] | None | bool = False  # False: not found yet
        # A scoped "(?i:...)" folds case too: then every factor and the text are lower-cased
        # (which keeps a case-sensitive factor's test true whenever it was).
        self.fold = bool(flags & re.IGNORECASE) or "(?i" in source

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
        return self._compiled

    @property
    def factors(self) -> frozenset[str] | None:
        if self._factors is False:
            self._factors = factors(self.source, self.flags)  # lower-cased if folded
        return self._factors  # type: ignore[return-value]

    def possible(self, text: str) -> bool:
        # (Run some 40 times on every sentence: written for speed.)
        found = self._factors
        if found is False:
            found = self.factors
        if found is None:
            return True
        if self.fold:
            last = _last_folded
            text = last[1] if last[0] is text else _folded(text)  # type: ignore[assignment]
            if text is None:
                return True
        for factor in found:  # type: ignore[union-attr]  # noqa: SIM110 - faster than any()
            if factor in text:
                return True
        return False

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        if _MEMO.get() is not None:
            return self._remembered("search", text, span)
        return self.compiled.search(text, *span) if self.possible(text) else None

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        if _MEMO.get() is not None:
            return iter(self._remembered("finditer", text, span))
        return self.compiled.finditer(text, *span) if self.possible(text) else iter(())

    def findall(self, text: str, *span: int) -> list[Any]:
        if _MEMO.get() is not None:
            return list(self._remembered("findall", text, span))  # the caller's own list
        return self.compiled.findall(text, *span) if self.possible(text) else []

    def _remembered(self, how: str, text: str, span: tuple[int, ...]) -> Any:
        """What ``how`` (search, finditer, findall) gives on ``text``, found once while
        matches are remembered (finditer's as a list)."""
        memo = _MEMO.get()
        assert memo is not None
        key = (self, how, text, span)
        if key not in memo:
            if not self.possible(text):
                memo[key] = None if how == "search" else []
            else:
                found = getattr(self.compiled, how)(text, *span)
                memo[key] = list(found) if how == "finditer" else found
        return memo[key]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.compiled, name)

    # Like a compiled pattern, one is never copied.
    def __copy__(self) -> Gated:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Gated:
        return self

    def __repr__(self) -> str:
        return f"Gated({self.source!r}, {self.flags!r})"


def gated(pattern: str, flags: int = 0) -> Gated:
    return Gated(pattern, flags)


# While one text is read again and again (under each date it may have been written on),
# each pattern's matches on each of its sentences are found once: a match depends on the
# words alone. Off (None) otherwise: a batch of texts would only fill it.
_MEMO: ContextVar[dict[tuple, Any] | None] = ContextVar("borderstats_pattern_memo",
                                                         default=None)


@contextmanager
def matches_remembered() -> Iterator[None]:
    """Within the block, every gated pattern remembers its matches on the texts it is run
    on (the same text read several times pays for its matching once)."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)
