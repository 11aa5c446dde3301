"""Where two official files count the same thing, and how closely they must agree.

Each overlap names two sides (a source's table, with fixed dimension values), the grain
they are compared at, the relation that must hold and a tolerance with the reason for it.
The drift guards check a new file against every overlap it takes part in
(:func:`borderstats.guards.compare_overlap`): a release that breaks one beyond its
tolerance is quarantined with a report naming the periods and both figures.
``borderstats crosscheck`` prints the current agreement of each.

The tolerances come from the real files (measured and recorded in docs/reliability.md):
each is a few times the largest difference the official vintages show, so that rounding
and late revisions pass and a halved, doubled or shifted file does not.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SOUTHWEST = {"region": "Southwest Land Border"}

# How two sides must relate, period by period.
EQUAL = "equal"  # |left − right| within the tolerance
AT_MOST = "at_most"  # left ≤ right + tolerance (a part never exceeds its whole)
SAME_DIRECTION = "same_direction"  # levels within ``share``; year-on-year changes never
# opposite where both move by more than ``dead_band``
RELATIONS = (EQUAL, AT_MOST, SAME_DIRECTION)

GRAINS = ("month", "fiscal_year", "year")


@dataclass(frozen=True)
class Side:
    """One side of an overlap: ``table`` of ``source``, rows matching ``where`` summed."""

    source: str
    table: str
    where: dict[str, str] = field(default_factory=dict)
    label: str = ""

    def describe(self) -> str:
        filters = ", ".join(f"{k}={v}" for k, v in self.where.items())
        return self.label or f"{self.source}/{self.table}" + (f" ({filters})" if filters else "")


@dataclass(frozen=True)
class Overlap:
    name: str
    left: Side
    right: Side
    relation: str
    grain: str
    share: float  # tolerance as a share of the right side's figure …
    floor: int  # … or this many, whichever is larger
    why: str  # why the two may differ by that much
    first: int | None = None  # first fiscal or calendar year compared (known older gaps)
    dead_band: float = 0.0  # SAME_DIRECTION: a change smaller than this has no direction

    def tolerance(self) -> str:
        if self.relation == SAME_DIRECTION:
            return (f"levels within {self.share:.0%}; no opposite year-on-year changes both "
                    f"over {self.dead_band:.0%}")
        limit = (f"{self.share:.2%} or {self.floor:,}, whichever is larger" if self.share
                 else f"{self.floor:,}")
        return f"left ≤ right + {limit}" if self.relation == AT_MOST else f"± {limit}"


OVERLAPS: tuple[Overlap, ...] = (
    Overlap(
        "CBP Southwest file vs nationwide file",
        Side("cbp_swb_encounters", "swb_monthly", label="CBP Southwest Land Border file"),
        Side("cbp_nationwide_encounters", "state_monthly", SOUTHWEST,
             label="CBP nationwide file, Southwest rows"),
        EQUAL, "month", 0.01, 100,
        "two exports of one CBP system; months still current when a file was cut are "
        "revised later by up to 0.04%"),
    Overlap(
        "IOM compilation vs CBP Southwest file",
        Side("cbp_swb_encounters", "swb_iom_monthly", label="IOM compilation of CBP's files"),
        Side("cbp_swb_encounters", "swb_monthly", label="CBP Southwest Land Border file"),
        EQUAL, "month", 0.005, 50,
        "a third-party compilation of the same files, taken from other vintages"),
    Overlap(
        "OHSS KHSM vs CBP, Border Patrol Southwest, monthly",
        Side("ohss_khsm_usbp", "monthly_region", SOUTHWEST, label="OHSS KHSM (rounded to 10)"),
        Side("cbp_swb_encounters", "swb_monthly", {"component": "USBP"},
             label="CBP Southwest file, USBP"),
        EQUAL, "month", 0.005, 50,
        "OHSS rounds each cell to the nearest 10 and extracts from the same system at "
        "another date"),
    Overlap(
        "OHSS KHSM annual vs CBP monthly sums, Border Patrol Southwest, by fiscal year",
        Side("ohss_khsm_usbp", "annual_region", SOUTHWEST,
             label="OHSS KHSM fiscal-year table (rounded to 10)"),
        Side("cbp_swb_encounters", "swb_monthly", {"component": "USBP"},
             label="CBP Southwest file, USBP, 12 months summed"),
        EQUAL, "fiscal_year", 0.001, 50,
        "the fiscal-year cell is rounded to 10 once; CBP's months are revised by tens"),
    Overlap(
        "OHSS IELP book-outs vs CBP Southwest encounters, monthly",
        Side("ohss_ielp", "sw_book_outs_cbp_monthly", label="OHSS IELP Southwest CBP book-outs "
             "(rounded to 10)"),
        Side("cbp_swb_encounters", "swb_monthly", label="CBP Southwest Land Border file"),
        EQUAL, "month", 0.01, 200,
        "book-outs are the outcomes of the month's encounters, each outcome rounded to 10 "
        "and counted when the case closes"),
    Overlap(
        "Legacy Border Patrol tables vs OHSS KHSM, Southwest, monthly",
        Side("usbp_historical", "monthly_region", SOUTHWEST,
             label="Border Patrol monthly PDF tables"),
        Side("ohss_khsm_usbp", "monthly_region", SOUTHWEST, label="OHSS KHSM (rounded to 10)"),
        EQUAL, "month", 0.005, 50,
        "OHSS re-extracted its back series from current systems: from FY2005 the two agree "
        "within 0.1%; FY2000–FY2004 differ by up to 11% (June 2000) and are not compared",
        first=2005),
    Overlap(
        "Border Patrol Southwest within nationwide (CBP Southwest file vs OHSS KHSM)",
        Side("cbp_swb_encounters", "swb_monthly", {"component": "USBP"},
             label="CBP Southwest file, USBP"),
        Side("ohss_khsm_usbp", "monthly_count", label="OHSS KHSM, all regions "
             "(rounded to 10)"),
        AT_MOST, "month", 0.0, 10,
        "a part never exceeds its whole; 10 allows for OHSS's rounding"),
    Overlap(
        "Border Patrol Southwest within nationwide (legacy annual tables)",
        Side("usbp_historical", "swb_annual", label="Border Patrol Southwest sector table"),
        Side("usbp_historical", "nationwide_annual", label="Border Patrol nationwide table"),
        AT_MOST, "fiscal_year", 0.0, 0,
        "a part never exceeds its whole; both are unrounded counts"),
    Overlap(
        "Border Patrol nationwide within DHS Yearbook apprehensions (table 33)",
        Side("usbp_historical", "nationwide_annual", label="Border Patrol nationwide table"),
        Side("dhs_yearbook", "apprehensions_fy", label="DHS Yearbook table 33, aliens "
             "apprehended"),
        AT_MOST, "fiscal_year", 0.0, 10,
        "the Yearbook adds ICE's (formerly INS's) arrests to the Border Patrol's, so it is "
        "never smaller; FY1944 differs by 1 (31,175 vs 31,174), a transcription or revision"),
    Overlap(
        "Mexico UPM returns of Guatemalans vs Guatemala IGM returns from Mexico, by year",
        Side("guatemala_igm", "returns_monthly", {"returned_from": "MEX"},
             label="Guatemala IGM, returned from Mexico"),
        Side("mexico_upm", "returned_nationality_monthly", {"citizenship": "GTM"},
             label="Mexico UPM returns (devueltos) of Guatemalans"),
        SAME_DIRECTION, "year", 0.5, 0,
        "two countries count one flow: IGM the Guatemalans it receives by land, UPM every "
        "Guatemalan Mexico returns (also by air) when it resolves the case; in 2020–2024 the "
        "levels differ by 5–44% and 2022 moved −6% in UPM, +17% in IGM",
        dead_band=0.1),
)
