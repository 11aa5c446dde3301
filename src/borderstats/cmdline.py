"""Commands declared on their functions, parsed by the standard library's argparse.

``cli.py`` declares each command as a function whose parameters carry their option names
and help (``Annotated[str, Option("--period", "-p", help=...)]``); :class:`App` turns the
signatures into an argparse parser and calls the function. It is the small part of Typer
the command line uses, without Typer's cost at start-up (its parameter coercion imports
pydantic: some 80 ms before a command could print anything).

Types understood: ``str``, ``int``, ``float``, ``bool`` (a flag), ``Path``, ``list[...]`` of
those (a repeatable option, or an argument taking several values), and ``X | None``.
"""

from __future__ import annotations

import argparse
import inspect
import sys
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class Option:
    """An option: ``Option("--period", "-p", help=...)``. With ``bare``, the option may be
    given without its value, which then is ``bare`` (``--example`` is ``--example en``)."""

    def __init__(self, *names: str, help: str = "", bare: str | None = None) -> None:
        self.names = names
        self.help = help
        self.bare = bare


class Argument:
    """A positional argument; one that takes several values may be left out if its
    parameter has a default."""

    def __init__(self, help: str = "") -> None:
        self.help = help


@dataclass
class Command:
    name: str | None
    callback: Callable[..., Any]


@dataclass
class Group:
    name: str
    app: App


@dataclass
class App:
    """A command line: commands, and groups of sub-commands (``snapshot build``)."""

    help: str = ""
    prog: str = "borderstats"
    version: str | None = None
    registered_commands: list[Command] = field(default_factory=list)
    registered_groups: list[Group] = field(default_factory=list)

    def command(self, name: str | None = None) -> Callable[[Callable], Callable]:
        def register(fn: Callable) -> Callable:
            self.registered_commands.append(Command(name, fn))
            return fn
        return register

    def add_group(self, app: App, name: str) -> None:
        self.registered_groups.append(Group(name, app))

    # -- parsing -------------------------------------------------------------------------

    def parser(self, prog: str | None = None,
               words: list[str] | None = None) -> argparse.ArgumentParser:
        """The parser; with ``words`` (the command line), only the command they name gets
        its parameters, so that ``--help`` or one command reads no other signature."""
        parser = argparse.ArgumentParser(prog=prog or self.prog, description=self.help,
                                         formatter_class=argparse.RawDescriptionHelpFormatter)
        if self.version:
            parser.add_argument("--version", action="version",
                                version=f"{parser.prog} {self.version}",
                                help="Print the version and exit.")
        self._add_commands(parser, words)
        return parser

    def _add_commands(self, parser: argparse.ArgumentParser, words: list[str] | None) -> None:
        named = next((w for w in words if not w.startswith("-")), None) if words is not None \
            else None
        rest = words[words.index(named) + 1:] if named is not None else []
        subs = parser.add_subparsers(title="commands", metavar="COMMAND")
        names = [c.name or c.callback.__name__.replace("_", "-")
                 for c in self.registered_commands] + [g.name for g in self.registered_groups]
        # A command line naming a known command needs that command's parser alone (each
        # parser made costs some 0.2 ms); any other (--help, a typo) lists them all.
        only = named if named in names else None
        for name, command in zip(names, self.registered_commands, strict=False):
            if only is not None and name != only:
                continue
            doc = inspect.getdoc(command.callback) or ""
            sub = subs.add_parser(name, help=doc.split("\n")[0], description=doc,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
            if words is None or name == named:
                _add_parameters(sub, command.callback)
            sub.set_defaults(_command=command.callback)
        for group in self.registered_groups:
            if only is not None and group.name != only:
                continue
            sub = subs.add_parser(group.name, help=group.app.help, description=group.app.help)
            group.app._add_commands(sub, rest if group.name == named else [])
            sub.set_defaults(_usage=sub)

    def __call__(self, argv: list[str] | None = None) -> Any:
        args = sys.argv[1:] if argv is None else argv
        parser = self.parser(words=args)
        if not args:
            parser.print_help(sys.stderr)
            raise SystemExit(2)
        namespace = vars(parser.parse_args(args))
        command = namespace.pop("_command", None)
        usage = namespace.pop("_usage", None)
        if command is None:  # a group named without its sub-command
            (usage or parser).print_help(sys.stderr)
            raise SystemExit(2)
        return command(**namespace)


def _add_parameters(parser: argparse.ArgumentParser, fn: Callable) -> None:
    hints = typing.get_type_hints(fn, include_extras=True)
    for name, param in inspect.signature(fn).parameters.items():
        hint = hints[name]
        meta: Option | Argument | None = None
        if typing.get_origin(hint) is typing.Annotated:
            hint, *extras = typing.get_args(hint)
            meta = next((e for e in extras if isinstance(e, Option | Argument)), None)
        kind, many = _kind(hint)
        required = param.default is inspect.Parameter.empty
        default = None if required else param.default
        if isinstance(meta, Argument):
            nargs = ("+" if required else "*") if many else None
            parser.add_argument(name, metavar=name, type=kind, help=meta.help, nargs=nargs,
                                **({} if required else {"default": default}))
            continue
        names = meta.names if isinstance(meta, Option) and meta.names else (
            f"--{name.replace('_', '-')}",)
        text = meta.help if meta else ""
        if kind is bool:
            parser.add_argument(*names, dest=name, action="store_true", help=text)
        elif many:
            parser.add_argument(*names, dest=name, type=kind, action="append", default=default,
                                required=required, help=text)
        else:
            bare = meta.bare if isinstance(meta, Option) else None
            shown = f"{text} (default: {default})" if default is not None else text
            parser.add_argument(*names, dest=name, type=kind, default=default,
                                required=required, help=shown,
                                **({"nargs": "?", "const": bare} if bare else {}))


def _kind(hint: Any) -> tuple[type, bool]:
    """The element type of a parameter, and whether it takes several values."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        hint = next(a for a in typing.get_args(hint) if a is not type(None))
    if typing.get_origin(hint) is list:
        return typing.get_args(hint)[0], True
    if hint not in (str, int, float, bool, Path):
        raise TypeError(f"cmdline: unsupported parameter type {hint!r}")
    return hint, False
