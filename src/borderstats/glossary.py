"""The abbreviations a user meets in the answers, spelled out: each command's human output
ends with the ones it used (:func:`terms_in`), so no reader has to look one up."""

from __future__ import annotations

import re

# Abbreviation → what it stands for, in plain words (English; the Spanish bodies' names are
# given as they publish them, with a translation).
GLOSSARY: dict[str, str] = {
    "CBP": "U.S. Customs and Border Protection",
    "USBP": "U.S. Border Patrol (between ports of entry)",
    "OFO": "Office of Field Operations (CBP officers at ports of entry)",
    "AOR": "area of responsibility: a Border Patrol sector or an OFO field office",
    "FMUA": "individuals in a family unit (a child with a parent or legal guardian)",
    "UAC": "unaccompanied (alien) children",
    "UC": "unaccompanied children",
    "DHS": "U.S. Department of Homeland Security",
    "OHSS": "Office of Homeland Security Statistics (DHS)",
    "ICE": "U.S. Immigration and Customs Enforcement",
    "FY": "fiscal year, October to September (FY2024: October 2023 – September 2024)",
    "UPM": "Unidad de Política Migratoria (Mexico's migration policy unit, which publishes "
           "the statistics)",
    "UPMRIP": "Unidad de Política Migratoria, Registro e Identidad de Personas (Mexico)",
    "SEGOB": "Secretaría de Gobernación (Mexico's interior ministry)",
    "INM": "Instituto Nacional de Migración (Mexico's National Migration Institute)",
    "DIF": "Sistema Nacional para el Desarrollo Integral de la Familia (Mexico's child and "
           "family welfare agency)",
    "PAM": "procedimiento administrativo migratorio (Mexico's administrative migration "
           "procedure)",
    "SNM": "Servicio Nacional de Migración (Panama's National Migration Service)",
    "IGM": "Instituto Guatemalteco de Migración (Guatemala's Migration Institute)",
    "IOM": "International Organization for Migration (UN), which compiles official tables",
    "HHS": "U.S. Department of Health and Human Services (takes custody of unaccompanied "
           "children)",
    "ISO": "ISO 3166, the international three-letter country codes (MEX, VEN, GTM)",
    "OOO": "IOM's code for CBP's 'Other' nationalities",
    "AFP": "Agence France-Presse, whose data desk flattened an official workbook",
    "Title 8": "the U.S. immigration law under which people are apprehended or found "
               "inadmissible",
    "Title 42": "the public-health order under which people were expelled, March 2020 – "
                "May 2023",
}

# Every term as a whole word (FY with a year too: FY2024), in one expression: compiling one
# per term took a millisecond of each command's output.
_TERMS = re.compile(r"(?<![\w-])(" + "|".join(
    r"FY(?:\d{4})?" if term == "FY" else re.escape(term) for term in GLOSSARY) + r")(?![\w-])")


def terms_in(*texts: str) -> list[tuple[str, str]]:
    """The glossary's abbreviations that occur in ``texts``, in glossary order."""
    found = {"FY" if word.startswith("FY") else word
             for word in _TERMS.findall("\n".join(texts))}
    return [(term, meaning) for term, meaning in GLOSSARY.items() if term in found]
