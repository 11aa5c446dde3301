"""The package's version: one copy, read by the build (pyproject.toml) and by
``borderstats --version``."""

__version__ = "0.1.0"
