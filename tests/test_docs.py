"""Documentation that cannot drift: generated pages match, every command and source is
documented."""

from __future__ import annotations

from pathlib import Path

from borderstats.cli import app
from borderstats.metrics import catalog_markdown
from borderstats.sources import sources

ROOT = Path(__file__).resolve().parents[1]


def test_measures_page_is_generated_from_the_catalog() -> None:
    page = (ROOT / "docs" / "measures.md").read_text()
    assert page == catalog_markdown(), "run: borderstats measures --markdown > docs/measures.md"


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    names += [g.name for g in app.registered_groups]
    assert names
    for name in names:
        assert f"borderstats {name}" in readme, name


def test_every_source_is_documented() -> None:
    page = (ROOT / "docs" / "sources.md").read_text()
    for source_id in sources():
        assert f"`{source_id}`" in page, source_id
