"""Errors a user can act on: each names the file, field or value that is wrong."""

from __future__ import annotations


class BorderstatsError(Exception):
    """Base class; its message is one line, fit to print as is."""


class SourceFormatError(BorderstatsError):
    """A data file does not have the layout or content its source expects."""

    def __init__(self, path: object, problem: str, *, field: str | None = None,
                 value: object = None, line: int | None = None) -> None:
        self.path = str(path)
        self.field = field
        self.value = value
        self.line = line
        where = self.path
        if line is not None:
            where += f", line {line}"
        if field is not None:
            where += f", field {field!r}"
        if value is not None:
            where += f", value {value!r}"
        super().__init__(f"{where}: {problem}")


class QueryError(BorderstatsError):
    """A query names an unknown measure, period, dimension or value."""


class StoreError(BorderstatsError):
    """The store cannot be opened or written."""
