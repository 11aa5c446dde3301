"""From text to candidate claims: what is counted, where, who, when, and what is said of it.

Each sentence is cut into clauses; a clause holding a trigger (a quantity, a change word, a
rank or record word, a trend phrase) becomes a claim. What a clause does not say itself
(the thing counted, the place, the period) is taken from its sentence, then from the text so
far — the way a reader carries "illegal border crossings" from one clause to the next.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from borderstats.claims import lexicon as lx
from borderstats.claims.text import Quantity, Sentence, quantities, sentences
from borderstats.claims.timex import TimeRef, time_refs
from borderstats.periods import Period

_CLAUSE = re.compile(r",\s+(?=(?:twice|double|triple|the|a|an|which|but|while|up|down|"
                     r"more|less|nearly|almost|el|la|los|las|lo|casi|más|mientras)\b)|;\s+|"
                     r"\s+[—–]\s+|:\s+")
_QUICK = re.compile(
    r"\d|\b(?:million|thousand|hundreds|thousands|millions|twice|double|triple|tenfold|"
    r"half|quarter|record|highest|lowest|busiest|most|fewest|ever|plummet|plunge|soar|surge|"
    r"spike|jump|rose|risen|fell|fallen|drop|declin|increas|decreas|ticked|edged|inched|crept|"
    r"climb|remained|stubbornly|doubled|halved|tripled|millones|miles|récord|doble|mitad|"
    r"than at any|than ever|more \w+ than|third|fifth|majority|percent|fold|dip|eased|"
    r"tumbl|collaps|crater|nosediv|grew|went (?:up|down)|stay|continu|kept|peak|largest|"
    r"biggest|smallest|all-time|unprecedented|quadrupl|"
    r"aument|disminu|cayeron|subieron|histórico|mayor|menor)", re.IGNORECASE)


@dataclass
class Claim:
    """A candidate claim, before it is checked."""

    text: str
    start: int  # offsets in the whole text
    end: int
    sentence: Sentence
    kind: str  # total | comparison | change | rank_record | trend | share
    topic: lx.Topic | None
    other_topics: list[lx.Topic] = field(default_factory=list)
    place: str | None = None
    actor: str | None = None
    filters: dict[str, list[str]] = field(default_factory=dict)
    periods: list[Period] = field(default_factory=list)
    alternatives: list[list[Period]] = field(default_factory=list)
    time_words: str = ""
    time_kind: str = ""
    each: bool = False
    quantity: Quantity | None = None
    change: lx.ChangeWord | None = None
    change_words: str = ""
    rank_direction: str = "high"
    rank_top_k: bool = False
    rank_window: str = "all"  # all | recent | period
    rank_words: str = ""
    compare_to: list[Period] = field(default_factory=list)
    compare_alternatives: list[list[Period]] = field(default_factory=list)
    people_noun: bool = False
    distinct_people: bool = False
    enforcement_verb: bool = False
    calendar_explicit: bool = False
    fiscal_explicit: bool = False
    inherited: list[str] = field(default_factory=list)  # what was taken from context
    anchor: int = 0  # where in the clause the trigger stands
    trend: str = "level"  # level ("remained high") | up | down ("continued to rise")
    rank_years: int | None = None  # "the most in two decades" → 20
    since: TimeRef | None = None  # "the lowest since 1971": the window starts after 1971
    ref: dt.date | None = None  # the text's date, set when the claim is checked


@dataclass
class _Context:
    topic: lx.Topic | None = None
    place: str | None = None
    periods: list[Period] = field(default_factory=list)
    alternatives: list[list[Period]] = field(default_factory=list)
    time_kind: str = ""
    paragraph: int = -1  # where the periods were named


def extract(text: str, ref: dt.date) -> list[Claim]:
    """The candidate claims of ``text``, in order, resolved against the date ``ref``."""
    claims: list[Claim] = []
    context = _Context()
    fiscal_doc = bool(lx.FISCAL_WORDS.search(text))
    for sentence in sentences(text):
        if len(sentence.text) > 2000:  # not prose: a table or a dump
            continue
        if not _QUICK.search(sentence.text):
            _remember(context, sentence.text)
            continue
        claims.extend(_sentence_claims(sentence, ref, context, fiscal_doc))
    return claims


def _remember(context: _Context, text: str) -> None:
    topic, _ = _nearest_topic(text, None)
    if topic is not None and topic.measures:
        context.topic = topic
    place = _place(text)
    if place and place != "mexico_south":  # a passing mention, not the text's subject
        context.place = place


def _sentence_claims(sentence: Sentence, ref: dt.date, context: _Context,
                     fiscal_doc: bool) -> list[Claim]:
    text = sentence.text
    fiscal_context = bool(lx.FISCAL_WORDS.search(text)) or fiscal_doc
    refs = time_refs(text, ref, fiscal_context=fiscal_context)
    sentence_topic, _ = _nearest_topic(text, None)
    agency_topic = None
    if sentence_topic is None:
        # "CBP counted 821,537 members of family units": what an agency counts at the border
        # is its encounters (Border Patrol: its apprehensions).
        for pattern, actor in lx.ACTORS:
            if pattern.search(text):
                agency_topic = next(t for t in lx.TOPICS if t.id == (
                    "apprehensions" if actor == "USBP" else "encounters"))
                break
    sentence_place = _place(text)
    out: list[Claim] = []
    pos = 0
    clauses = []
    for m in _CLAUSE.finditer(text):
        clauses.append((pos, m.start()))
        pos = m.end()
    clauses.append((pos, len(text)))
    previous: Claim | None = None
    for a, b in clauses:
        clause = text[a:b]
        for claim in _clause_claims(sentence, clause, a, refs, ref):
            if sentence_topic is None and agency_topic is None and not (
                    claim.kind == "comparison" and previous):
                continue  # "at the highest levels of government": no statistic named
            _fill(claim, clause, a, text, refs, sentence_topic, sentence_place, context,
                  previous)
            if claim.topic is None and agency_topic is not None:
                claim.topic = agency_topic
                claim.inherited.append(f"counted by the agency named: {agency_topic.id}")
            out.append(claim)
            previous = claim
    _remember(context, text)
    if out and out[-1].topic is not None and out[-1].topic.measures:
        context.topic = out[-1].topic
    named = [c for c in out if c.periods and not any(
        note.startswith("period from earlier") for note in c.inherited)]
    if named and named[-1].kind in ("total", "share", "comparison", "change"):
        context.periods = list(named[-1].periods)
        context.alternatives = [list(a) for a in named[-1].alternatives]
        context.time_kind = named[-1].time_kind
        context.paragraph = sentence.paragraph
    return out


def _clause_claims(sentence: Sentence, clause: str, offset: int, refs: list[TimeRef],
                   ref: dt.date) -> list[Claim]:
    """The claims a clause makes, by what triggers them."""
    qs = [q for q in quantities(clause) if q.kind != "money"]
    low = clause.lower()

    def make(kind: str, **kw) -> Claim:
        start = sentence.start + offset + (len(clause) - len(clause.lstrip()))
        end = sentence.start + offset + len(clause.rstrip(" .,;"))
        return Claim(clause.strip(" ,;"), start, end, sentence, kind, None, **kw)

    claims: list[Claim] = []
    rank = lx.TOP_K.search(clause) or lx.RANK_LOW.search(clause) or lx.RANK_HIGH.search(clause)
    change = next(((m, w) for p, w in lx.CHANGE_WORDS if (m := p.search(clause))), None)
    trend = lx.TREND_HIGH.search(clause) or lx.TREND_LOW.search(clause)
    multiplier = next((q for q in qs if q.kind == "multiplier"), None)
    counts = [q for q in qs if q.kind in ("count", "vague")]
    share = lx.SHARE.search(clause)
    percent = next((q for q in qs if q.kind in ("percent", "fraction")), None)

    rising = lx.TREND_RISE.search(clause) or lx.TREND_FALL.search(clause)
    percent_comparison = lx.PERCENT_COMPARISON.search(clause)
    # "doubled", "more than tripled", "increased tenfold": a change stated as a multiple.
    verb_multiplier = multiplier if multiplier and re.search(
        r"(?:doubled|tripled|quadrupled|fold|duplic|triplic)\w*$", multiplier.words,
        re.IGNORECASE) else None
    comparative = lx.COMPARATIVE.search(clause)
    if rank and not (rank.group(0).lower() == "most" and not re.search(
            r"\bmost\b[^.]{0,40}\b(?:since|ever|on record|than|in (?:any|\w+ )?"
            r"(?:month|year|decades?|years))", low)):
        claims.append(make(
            "rank_record", rank_words=rank.group(0), anchor=rank.start(),
            rank_direction="low" if lx.RANK_LOW.search(clause) else "high",
            rank_top_k=bool(lx.TOP_K.search(clause)),
            rank_window="recent" if lx.RANK_WINDOW_RECENT.search(clause) else "all",
            rank_years=lx.window_years(clause)))
    if rising and not claims:
        up = bool(lx.TREND_RISE.search(clause))
        claims.append(make("trend", change_words=rising.group(0), anchor=rising.start(),
                           trend="up" if up else "down",
                           rank_direction="high" if up else "low"))
    elif percent_comparison and percent and percent.kind == "percent":
        claims.append(make("comparison", quantity=percent, anchor=percent.start,
                           change=lx.ChangeWord("down" if percent_comparison.group("dir").lower()
                                                in ("fewer", "lower", "less", "smaller", "below",
                                                    "down", "menos") else "up", 0.0, None),
                           change_words=percent_comparison.group(0)))
    elif (change or verb_multiplier) and not (
            multiplier and comparative and (change is None or change[1].exact is None)):
        if change:
            m, word = change
            words, anchor = m.group(0), m.start()
        else:
            assert verb_multiplier is not None
            word, words, anchor = lx.ChangeWord("up", 0.02, None), verb_multiplier.words, \
                verb_multiplier.start
        quantity = percent or verb_multiplier or (
            multiplier if multiplier and not comparative else None) or (
            counts[0] if counts else None)
        claims.append(make("change", change=word, change_words=words, anchor=anchor,
                           quantity=quantity))
    elif multiplier and (comparative or multiplier.words.lower() in (
            "twice", "double", "el doble")):
        claims.append(make("comparison", quantity=multiplier, anchor=multiplier.start))
    elif percent and share:
        claims.append(make("share", quantity=percent, anchor=percent.start))
    elif trend and not claims:
        claims.append(make("trend", change_words=trend.group(0), anchor=trend.start(),
                           rank_direction="low" if lx.TREND_LOW.search(clause) else "high"))
    if counts and not any(c.kind in ("change",) for c in claims):
        for q in counts[:1]:
            claims.append(make("total", quantity=q, anchor=q.start))
    elif counts:
        # "fell to about 124,000 in January": the level reached is a claim too.
        for q in counts:
            if re.search(r"\b(?:to|a|hasta)\s*$", clause[:q.start], re.IGNORECASE):
                claims.append(make("total", quantity=q, anchor=q.start))
                break
    elif multiplier and not claims:
        claims.append(make("total", quantity=multiplier, anchor=multiplier.start))
    return claims


def _fill(claim: Claim, clause: str, offset: int, sentence: str, refs: list[TimeRef],
          sentence_topic: lx.Topic | None, sentence_place: str | None, context: _Context,
          previous: Claim | None) -> None:
    """Say what the claim is about: topic, place, actor, population, periods."""
    topic, others = _nearest_topic(clause, claim.anchor)
    if claim.kind == "comparison" and previous is not None and previous.topic is not None \
            and topic is None:
        # "..., twice as many as in 2019" counts what the clause before counted.
        topic, others = previous.topic, []
    if topic is None and sentence_topic is not None:
        topic, others = _nearest_topic(sentence, offset + claim.anchor)
        claim.inherited.append("topic from the sentence")
    if topic is None and previous is not None and previous.topic is not None:
        topic = previous.topic
    claim.topic, claim.other_topics = topic, others
    claim.place = _place(clause) or sentence_place or context.place
    if claim.place and not _place(clause) and not sentence_place:
        claim.inherited.append("place from earlier in the text")
    for pattern, actor in lx.ACTORS:
        if pattern.search(sentence):
            claim.actor = actor
            break
    for pattern, dim, value in lx.POPULATIONS:
        if pattern.search(clause) or pattern.search(sentence):
            claim.filters.setdefault(dim, []).append(value)
    if nats := lx.nationalities(clause) or lx.nationalities(sentence):
        claim.filters["citizenship"] = nats
    for name, code in lx.STATES.items():
        if re.search(rf"\b{name}\b", sentence, re.IGNORECASE):
            claim.filters.setdefault("state", []).append(code)
    for sector in lx.SECTORS:
        if re.search(rf"\b{sector}\s+sector\b", sentence, re.IGNORECASE):
            claim.filters.setdefault("sector", []).append(sector)
    claim.people_noun = bool(lx.PEOPLE_NOUNS.search(clause))
    claim.distinct_people = bool(lx.DISTINCT_PEOPLE.search(sentence))
    claim.enforcement_verb = bool(lx.ENFORCEMENT_VERBS.search(sentence))
    claim.calendar_explicit = bool(lx.CALENDAR_WORDS.search(clause)
                                   or lx.CALENDAR_WORDS.search(sentence))
    claim.fiscal_explicit = bool(lx.FISCAL_WORDS.search(clause))

    # Periods: the clause's own time words, else the sentence's, else the text so far.
    clause_refs = [r for r in refs if offset <= r.start < offset + len(clause)]
    presidency = next((r for r in clause_refs if r.kind == "presidency"), None)
    since = next((r for r in clause_refs if r.kind == "since"), None)
    # "that month", "the same year": the period named just before.
    anaphor = any(r.kind == "anaphor" for r in refs)
    refs = [r for r in refs if r.kind != "anaphor"]
    clause_refs = [r for r in clause_refs if r.kind != "anaphor"]
    own = [r for r in clause_refs if r.kind != "presidency"]
    if claim.kind == "comparison":
        _comparison_periods(claim, offset, own, previous, context)
        return
    if claim.kind == "rank_record":
        # The window a record is claimed over: "under Trump", "since 2000", "in two decades".
        if presidency is not None:
            claim.rank_window = "period"
            claim.compare_to = list(presidency.periods)
        if since is not None:
            claim.rank_window = "period"
            claim.since = since
            claim.compare_to = list(since.periods)
        own = [r for r in own if r.kind != "since"]
    elif presidency is not None and not own:
        own = [presidency]  # "under Biden, 6 million": the months of his presidency
    chosen = own[0] if own else None
    if chosen is None:
        sentence_refs = [r for r in refs if r.kind not in ("presidency",)]
        if claim.kind == "rank_record":
            # "the busiest year ... since 2006" names its year in the clause before.
            sentence_refs = [r for r in sentence_refs if r.kind not in ("since",)
                             and r.start < offset] or [
                r for r in sentence_refs if r.kind not in ("since",)]
            sentence_refs = sentence_refs[-1:]
        elif not sentence_refs and presidency is None:
            sentence_refs = [r for r in refs if r.kind == "presidency"]
        if sentence_refs:
            chosen = sentence_refs[0] if claim.kind != "rank_record" else sentence_refs[-1]
            claim.inherited.append("period from the sentence")
    if chosen is not None:
        claim.periods = list(chosen.periods)
        claim.alternatives = [list(a) for a in chosen.alternatives]
        claim.each = chosen.each
        claim.time_words = claim.time_words or chosen.words
        claim.time_kind = chosen.kind
        if chosen.kind == "since" and claim.kind != "rank_record":
            claim.since = chosen
    elif context.periods and (anaphor or claim.kind in ("total", "share")) and \
            context.paragraph == claim.sentence.paragraph:
        # "Venezuelans made up 14 percent ... that year": the year named just before.
        claim.periods = list(context.periods)
        claim.alternatives = [list(a) for a in context.alternatives]
        claim.time_kind = context.time_kind
        claim.inherited.append("period from earlier in the text")
    if claim.kind == "change" and len(claim.periods) == 1 and len(own) > 1:
        # "between fiscal 2017 and fiscal 2023": from the first to the second.
        claim.compare_to = [claim.periods[0]]
        claim.periods = list(own[1].periods)


def _comparison_periods(claim: Claim, offset: int, own: list[TimeRef],
                        previous: Claim | None, context: _Context) -> None:
    """"X in 2023 were three times the 2019 total", "..., twice as many as in 2019": the
    base is the period named after the multiple; the compared periods are named before it,
    or by the clause before."""
    anchor = offset + claim.anchor
    after = [r for r in own if r.start >= anchor]
    before = [r for r in own if r.start < anchor]
    sentence = claim.sentence.text
    marked = [r for r in after if re.search(r"\b(?:as|than|compared (?:to|with)|from|que|con)"
                                            r"(?:\s+(?:in|during|for|en|el|la))?\s*$",
                                            sentence[max(0, r.start - 20):r.start])]
    if marked:
        # "Twice as many migrants crossed in 2021 as in 2019": the base follows "as in".
        base = marked[0]
        before = before + [r for r in after if r.start < base.start]
    elif after:
        base = after[0]
    elif len(own) > 1:
        base = own[-1]
        before = own[:-1]
    else:
        base = None
    if base is not None:
        claim.compare_to = list(base.periods)
        claim.compare_alternatives = [list(a) for a in base.alternatives]
    elif own:
        # Only one period, and before the multiple: "in 2023, twice as many as" with no base.
        before = own
    if before:
        chosen = before[0]
        claim.periods = list(chosen.periods)
        claim.alternatives = [list(a) for a in chosen.alternatives]
        claim.each = chosen.each
        claim.time_words = chosen.words
        claim.time_kind = chosen.kind
        return
    if previous is not None and previous.periods:
        claim.periods, claim.alternatives = list(previous.periods), previous.alternatives
        claim.each = previous.each
        claim.time_words = previous.time_words
        claim.time_kind = previous.time_kind
        claim.inherited.append("compared periods from the clause before")
        if claim.quantity is None and previous.quantity:
            claim.quantity = previous.quantity
    elif context.periods and context.paragraph == claim.sentence.paragraph:
        claim.periods = list(context.periods)
        claim.alternatives = [list(a) for a in context.alternatives]
        claim.inherited.append("compared periods from earlier in the text")


def _nearest_topic(text: str, anchor: int | None) -> tuple[lx.Topic | None,
                                                          list[lx.Topic]]:
    """The topic whose words stand closest to the anchor (the quantity), and the others."""
    hits = []
    for index, topic in enumerate(lx.TOPICS):
        for m in topic.pattern.finditer(text):
            distance = 0 if anchor is None else min(abs(m.start() - anchor),
                                                    abs(m.end() - anchor))
            hits.append((distance if anchor is not None else index, index, topic))
            break
    if not hits:
        return None, []
    hits.sort(key=lambda h: (h[0], h[1]))
    best = hits[0][2]
    return best, [h[2] for h in hits[1:] if h[2] is not best]


def _place(text: str) -> str | None:
    for pattern, place, _ in lx.PLACES:
        if pattern.search(text):
            return place
    return None
