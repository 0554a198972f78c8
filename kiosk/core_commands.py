"""Core subcommands: ``validate`` (data files) and ``evaluate`` (one screening record).

``validate`` knows data-file *kinds* through a small registry: a kind names its JSON Schema, the
loader that does the full check (schema plus meaning, e.g. unknown symptom codes), a detector that
recognises its files by content, and where the shipped files live. Another area adds its kind with
one line, for example in its own ``commands.register``::

    register_kind(Kind("referral_directory", "kiosk/referral/directory.schema.json",
                       "kiosk.referral.directory:load_directory", lambda d: "facilities" in d))
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from kiosk.datafiles import MAX_FILE_BYTES, data_files, load_data_file, parse_text
from kiosk.errors import DataFileError, InputError, KioskError
from kiosk.protocols import evaluate, load_catalog, load_situation
from kiosk.records import ScreeningRecord, parse_date, parse_record_json

log = logging.getLogger(__name__)

MAX_RECORD_BYTES = 1_000_000
DATA_SUFFIXES = (".yaml", ".yml", ".json")


# ---------------------------------------------------------------------------------------------- kinds


@dataclass(frozen=True)
class Kind:
    """A kind of data file that ``poe-kiosk validate`` checks."""

    name: str
    schema: str
    """``package/file.schema.json`` as :func:`kiosk.datafiles.load_data_file` takes it."""
    loader: str
    """``module:function``; the function takes a path and raises DataFileError. Imported lazily, so a
    kind can be registered before its loader exists (then only the schema is checked)."""
    detect: Callable[[Any], bool]
    """Recognises a parsed file of this kind (first match in registration order wins)."""
    shipped: tuple[tuple[str, str], ...] = ()
    """``(package, glob)`` pairs validated when ``validate`` is given no path."""


KINDS: dict[str, Kind] = {}


def register_kind(kind: Kind) -> None:
    KINDS[kind.name] = kind


def _has(*keys: str) -> Callable[[Any], bool]:
    return lambda data: isinstance(data, dict) and all(key in data for key in keys)


register_kind(Kind("sop", "sops/sop.schema.json", "kiosk.sop:load_sop", _has("id", "steps"), (("sops", "*.yaml"),)))
register_kind(Kind("protocol", "protocols/protocol.schema.json", "kiosk.protocols:load_protocol",
                   _has("code", "rules"), (("protocols", "*.yaml"),)))
# before situation: a scenario has top-level events too
register_kind(Kind("scenario", "scenarios/scenario.schema.json", "kiosk.training.scenario:load_scenario",
                   _has("objectives", "situation"), (("scenarios", "*.yaml"),)))
register_kind(Kind("situation", "protocols/situation.schema.json", "kiosk.protocols.situation:check_situation_file",
                   _has("version", "events"), (("protocols", "situations/*.yaml"),)))
register_kind(Kind("referral_directory", "protocols/referral-directory.schema.json",
                   "kiosk.referral.directory:load_directory", _has("point_of_entry", "services"),
                   (("protocols", "pathways/*.yaml"),)))
register_kind(Kind("language", "kiosk/data/languages/language.schema.json", "kiosk.languages:check_language_file",
                   _has("code", "script", "direction"), (("kiosk", "data/languages/*.yaml"),)))
register_kind(Kind("dhis2_mapping", "kiosk/data/dhis2/mapping.schema.json", "kiosk.hub.dhis2:load_mapping",
                   _has("dataSet", "orgUnits", "dataElements"), (("kiosk", "data/dhis2/*.yaml"),)))
register_kind(Kind("sop_texts", "sops/sop-texts.schema.json", "kiosk.sop.loader:check_text_file",
                   _has("sop", "language", "review"), (("sops", "i18n/*.yaml"),)))


def detect_kind(data: Any) -> Kind | None:
    return next((kind for kind in KINDS.values() if kind.detect(data)), None)


def validate_file(path: Path, kind_name: str | None = None) -> list[str]:
    """Every problem of one data file as ``file:line: message`` (empty when the file is valid)."""
    name = str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return [f"{name}:1: file is larger than {MAX_FILE_BYTES // 1000} kB"]
        loaded = parse_text(path.read_text(encoding="utf-8-sig"), name)
    except DataFileError as error:
        return error.problems
    except UnicodeDecodeError as error:
        return [f"{name}:1: not UTF-8 text ({error.reason})"]
    except OSError as error:
        return [f"{name}:1: cannot read ({error.strerror})"]
    kind = KINDS.get(kind_name) if kind_name else detect_kind(loaded.data)
    if kind is None:
        return [f"{name}:1: cannot tell what kind of data file this is; use --kind ({', '.join(KINDS)})"]
    return _check(path, kind)


def _check(path: Path, kind: Kind) -> list[str]:
    module_name, _, function = kind.loader.partition(":")
    try:
        loader = getattr(importlib.import_module(module_name), function)
    except (ImportError, AttributeError):
        log.debug("loader %s not available; checking %s against its schema only", kind.loader, path)
        loader = None
    try:
        if loader is not None:
            loader(path)
        else:
            load_data_file(path, kind.schema)
    except DataFileError as error:
        return error.problems
    except (ImportError, FileNotFoundError):
        return [f"{path}:1: {kind.name} files cannot be checked yet: no schema {kind.schema}"]
    except Exception as error:  # a loader bug must not hide the other files' results
        log.debug("loader %s failed on %s", kind.loader, path, exc_info=True)
        return [f"{path}:1: internal error in the {kind.name} loader: {type(error).__name__}: {error}"]
    return []


def _files(paths: list[str], kind_name: str | None) -> Iterator[tuple[Path, str | None]]:
    if not paths:
        for kind in KINDS.values():
            for package, pattern in kind.shipped:
                try:
                    found = list(data_files(package, pattern))
                except (ImportError, FileNotFoundError):
                    continue
                for file in found:
                    yield file, kind.name
        return
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for file in sorted(path.rglob("*")):
                if file.suffix in DATA_SUFFIXES and not file.name.endswith(".schema.json") and file.is_file():
                    yield file, kind_name
        else:
            yield path, kind_name


def _validate(args: argparse.Namespace) -> int:
    if args.kind and args.kind not in KINDS:
        raise KioskError(f"--kind: unknown kind {args.kind!r}; valid kinds: {', '.join(KINDS)}")
    checked = bad = problems = 0
    for path, kind_name in _files(args.paths, args.kind):
        found = validate_file(path, kind_name)
        checked += 1
        if found:
            bad += 1
            problems += len(found)
            for line in found:
                print(line)
    if problems:
        print(f"{problems} problem{'s' if problems != 1 else ''} in {bad} of {checked} files")
        return 1
    print(f"{checked} file{'s' if checked != 1 else ''} valid")
    return 0


# ---------------------------------------------------------------------------------------------- evaluate


def read_record(source: str | None, stdin: BinaryIO | None = None) -> ScreeningRecord:
    """Read one record from a file or stdin (``-``/None), at most 1 MB; raises InputError."""
    if source in (None, "-"):
        stream = stdin or sys.stdin.buffer
        data = stream.read(MAX_RECORD_BYTES + 1)
    else:
        try:
            with open(source, "rb") as file:
                data = file.read(MAX_RECORD_BYTES + 1)
        except OSError as error:
            raise InputError("FILE", f"cannot read {source}: {error.strerror}") from None
    if len(data) > MAX_RECORD_BYTES:
        raise InputError("record", f"is larger than {MAX_RECORD_BYTES // 1_000_000} MB")
    try:
        return parse_record_json(data)
    except RecursionError:
        raise InputError("record", "is not valid JSON (nested too deeply)") from None


def _evaluate(args: argparse.Namespace) -> int:
    record = read_record(args.file)
    as_of = parse_date(args.as_of, "--as-of") if args.as_of is not None else None
    catalog = load_catalog()
    situation = load_situation(args.situation, protocols=catalog.codes)
    result = evaluate(record, catalog, situation, as_of)
    _write_json(result.to_json())
    return 0


def _write_json(value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False) + "\n"
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:  # UTF-8 whatever the terminal's locale (reasons contain "°C" and "≥")
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:
        sys.stdout.write(text)


# ---------------------------------------------------------------------------------------------- parsers


def register(subparsers: argparse._SubParsersAction) -> None:
    validate = subparsers.add_parser(
        "validate", help="check SOP, protocol, situation and scenario files",
        description="Check data files against their schema and rules; prints file:line: message per problem. "
                    "Without PATH, checks every shipped file.")
    validate.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: shipped files)")
    validate.add_argument("--kind", help=f"file kind instead of detecting it ({', '.join(KINDS)}…)")
    validate.set_defaults(func=_validate)

    ev = subparsers.add_parser(
        "evaluate", help="evaluate one screening record (JSON) against the protocols",
        description="Read one screening record (JSON) and print the evaluation as one JSON object.")
    ev.add_argument("file", nargs="?", default="-", metavar="FILE", help="record file, or - for stdin (default)")
    ev.add_argument("--situation", metavar="FILE", help="situation file (default: the shipped demo situation)")
    ev.add_argument("--as-of", metavar="YYYY-MM-DD", help="evaluation date (default: the record's arrival_date)")
    ev.set_defaults(func=_evaluate)
