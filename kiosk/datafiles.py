"""Loading YAML/JSON data files against a JSON Schema, with errors as ``file:line: message``.

Every data file of the product (SOPs, protocols, situations, referral directories, exercise scenarios)
is read through :func:`load_data_file`, so that a national authority editing a file by hand gets the
line of each mistake. Dates are returned as ISO strings, the same as in JSON, so one schema fits both.

The shipped files (``sops/``, ``protocols/``, ``kiosk/`` of the installation) are the same on every start:
once one has been read and found valid, the result is kept as JSON in the kiosk's cache folder
(:func:`cache_dir`), under a key made of the file's text, its schema and this module, and read from
there on the next start (the pure-Python YAML parser and the schema check were ~0.6 s of every start).
Any other file, and every file that is refused, is always parsed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from kiosk.errors import DataFileError

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 2_000_000
MAX_DEPTH = 40
_INSTALLED = Path(__file__).resolve().parents[1]
SHIPPED_FOLDERS = tuple(_INSTALLED / name for name in ("sops", "protocols", "kiosk"))

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class LoadedFile:
    data: Any
    lines: dict[Path_, int]
    name: str

    def line_of(self, path: Path_) -> int:
        """The line of the nearest enclosing node that has one (1-based)."""
        while path not in self.lines and path:
            path = path[:-1]
        return self.lines.get(path, 1)


def parse_text(text: str, name: str) -> LoadedFile:
    """Parse YAML (JSON is accepted too) keeping the line of every node; refuses aliases."""
    if len(text) > MAX_FILE_BYTES:
        raise DataFileError([f"{name}:1: file is larger than {MAX_FILE_BYTES // 1000} kB"])
    _check_depth(text, name)  # also refuses what the reader refuses (control characters)
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise DataFileError([f"{name}:1: file is empty"])
        lines: dict[Path_, int] = {}
        duplicates: list[str] = []
        _index_lines(node, (), lines, set(), 0, name, duplicates)
        if duplicates:
            raise DataFileError(duplicates)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        raise DataFileError([f"{name}:{line}: {error.problem or error.context}"]) from None
    except yaml.YAMLError as error:
        raise DataFileError([f"{name}:1: {error}"]) from None
    finally:
        loader.dispose()
    return LoadedFile(_plain(data), lines, name)


def _check_depth(text: str, name: str) -> None:
    """Refuse nesting deeper than :data:`MAX_DEPTH` before anything recursive reads the file.

    PyYAML's scanner and parser are iterative but its composer recurses once per level, so a file of
    50,000 ``[`` would end in a RecursionError; the event stream is walked first, in bounded memory."""
    try:
        loader = yaml.SafeLoader(text)
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, max(error.position, 0)) + 1
        raise DataFileError([f"{name}:{line}: character {error.character:#06x} is not allowed in YAML "
                             f"(control characters)"]) from None
    depth = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    line = event.start_mark.line + 1 if event.start_mark else 1
                    raise DataFileError([f"{name}:{line}: nested deeper than {MAX_DEPTH} levels"])
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise DataFileError([f"{name}:{mark.line + 1 if mark else 1}: {error.problem or error.context}"]) from None
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, max(error.position, 0)) + 1
        raise DataFileError([f"{name}:{line}: character {error.character:#06x} is not allowed in YAML "
                             f"(control characters)"]) from None
    except yaml.YAMLError as error:
        raise DataFileError([f"{name}:1: {' '.join(str(error).split())}"]) from None
    finally:
        loader.dispose()


def _index_lines(node: yaml.Node, path: Path_, lines: dict[Path_, int], seen: set[int], depth: int, name: str,
                 duplicates: list[str]) -> None:
    line = node.start_mark.line + 1
    if id(node) in seen:
        raise DataFileError([f"{name}:{line}: YAML aliases (*name) are not allowed in data files"])
    if depth > MAX_DEPTH:
        raise DataFileError([f"{name}:{line}: nested deeper than {MAX_DEPTH} levels"])
    seen.add(id(node))
    lines[path] = line
    if isinstance(node, yaml.MappingNode):
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.start_mark.line)
            key_line = key_node.start_mark.line + 1
            if key in first_line:  # YAML says keys are unique; PyYAML silently keeps the last one
                where = "/".join(str(p) for p in (*path, key))
                duplicates.append(f"{name}:{key_line}: {where}: duplicate key {key!r} (first at line {first_line[key]})")
            first_line.setdefault(key, key_line)
            lines[(*path, key)] = key_line
            _index_lines(value_node, (*path, key), lines, seen, depth + 1, name, duplicates)
            lines[(*path, key)] = first_line[key]
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index_lines(item, (*path, index), lines, seen, depth + 1, name, duplicates)


def _plain(value: Any) -> Any:
    """Dates become ISO strings and keys become strings, as they would be in JSON."""
    if isinstance(value, dict):
        return {str(_plain(k)) if not isinstance(k, str) else k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


@cache
def schema(name: str) -> dict[str, Any]:
    """A JSON Schema shipped with the package: ``sops/sop.schema.json``-style ``package/file`` names."""
    package, _, file = name.partition("/")
    return json.loads(resources.files(package).joinpath(file).read_text(encoding="utf-8"))


def schema_problems(loaded: LoadedFile, schema_name: str) -> list[str]:
    import jsonschema  # imported here: loading it costs ~0.3 s and most CLI commands never need it

    validator = jsonschema.Draft202012Validator(schema(schema_name), format_checker=jsonschema.FormatChecker())
    problems = []
    for error in sorted(validator.iter_errors(loaded.data), key=lambda e: loaded.line_of(tuple(e.absolute_path))):
        path = tuple(error.absolute_path)
        where = "/".join(str(p) for p in path) or "(top level)"
        problems.append(f"{loaded.name}:{loaded.line_of(path)}: {where}: {_message(error)}")
    return problems


def _message(error: Any) -> str:
    message = error.message
    return message if len(message) <= 300 else message[:297] + "..."


def load_data_file(path: Path | str, schema_name: str, *, text: str | None = None) -> LoadedFile:
    """Read and schema-check one data file; raise DataFileError listing every problem with its line."""
    path = Path(path)
    name = str(path)
    if text is None:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise DataFileError([f"{name}:1: file is larger than {MAX_FILE_BYTES // 1000} kB"])
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise DataFileError([f"{name}:1: no such file"]) from None
        except UnicodeDecodeError as error:
            raise DataFileError([f"{name}:1: not UTF-8 text ({error.reason})"]) from None
        except OSError as error:
            raise DataFileError([f"{name}:1: cannot read ({error.strerror})"]) from None
    key = _cache_key(path, schema_name, text)
    cached = _from_cache(key, name) if key is not None else None
    if cached is not None:
        return cached
    loaded = parse_text(text, name)
    problems = schema_problems(loaded, schema_name)
    if problems:
        raise DataFileError(problems)
    if key is not None:
        _to_cache(key, loaded)
    return loaded


def cache_dir() -> Path:
    """``$POE_CACHE_DIR``; else systemd's ``$CACHE_DIRECTORY`` (``CacheDirectory=``); else the user's."""
    chosen = os.environ.get("POE_CACHE_DIR") or os.environ.get("CACHE_DIRECTORY")
    if chosen:
        return Path(chosen.split(":")[0])
    import platformdirs

    return platformdirs.user_cache_path("poe-kiosk", appauthor=False)


def _cache_key(path: Path, schema_name: str, text: str) -> str | None:
    """The cache key of a shipped file (None for any other file: never cached)."""
    resolved = path.resolve()
    if not any(resolved.is_relative_to(folder) for folder in SHIPPED_FOLDERS):
        return None
    digest = hashlib.sha256(_LOADER_DIGEST)
    digest.update(json.dumps([schema_name, schema(schema_name)], sort_keys=True).encode())
    digest.update(text.encode("utf-8"))
    return digest.hexdigest()


def _loader_bytes() -> bytes:
    """This module's source; in the PyInstaller bundle, which ships it compiled (no ``.py`` on disk),
    its code object marshalled: either changes whenever this loader does."""
    try:
        return Path(__file__).read_bytes()
    except OSError:
        import marshal

        return marshal.dumps(__spec__.loader.get_code(__name__))


_LOADER_DIGEST = hashlib.sha256(_loader_bytes() + yaml.__version__.encode()).digest()
"""Part of every key: a change to this loader (or to PyYAML) is a change to every result."""


def _from_cache(key: str, name: str) -> LoadedFile | None:
    try:
        stored = json.loads((cache_dir() / "datafiles" / f"{key}.json").read_text(encoding="utf-8"))
        return LoadedFile(stored["data"], {tuple(path): line for path, line in stored["lines"]}, name)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as error:  # damaged: parse again (and store again)
        log.debug("data-file cache entry %s unusable: %s", key, error)
        return None


def _to_cache(key: str, loaded: LoadedFile) -> None:
    from kiosk.private_files import private_dir, write_private

    stored = {"data": loaded.data, "lines": [[list(path), line] for path, line in loaded.lines.items()]}
    try:
        write_private(private_dir(cache_dir() / "datafiles") / f"{key}.json", json.dumps(stored))
    except OSError as error:  # a read-only or full disk: the next start parses again
        log.debug("data-file cache not written: %s", error)


def data_files(package: str, pattern: str = "*.yaml") -> Iterator[Path]:
    """The shipped data files of a package folder (``sops``, ``protocols``...), sorted."""
    root = Path(str(resources.files(package)))
    yield from sorted(root.glob(pattern))
