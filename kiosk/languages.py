"""Languages as data: one registry of the languages the kiosk speaks, read from language files.

Each language is one file ``<code>.yaml`` (format: docs/languages.md, schema
``kiosk/data/languages/language.schema.json``): its name, writing direction, script, the fonts that
print it, whether a native speaker has reviewed it, and the translation tables of everything the kiosk
prints or shows outside the SOPs (protocol labels and reason templates, slip labels, yes/no). The shipped
files are in ``kiosk/data/languages``; a site adds a language (or overrides a shipped one) by putting
files in ``kiosk.language_dir`` (kiosk.toml) — no code change. SOP texts live in the SOP files or in
per-language SOP text files (see :mod:`kiosk.sop.loader`).

One way to look up a text: :func:`text` (``text("slip", "labels", "name", "th")``), with the English
file as the reference and the fallback. :func:`table` gives a whole table as ``code → {language: text}``
for the modules that iterate over codes (:mod:`kiosk.protocols.labels`).
"""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from kiosk.datafiles import LoadedFile, load_data_file
from kiosk.errors import DataFileError

SHIPPED_DIR = Path(__file__).resolve().parent / "data" / "languages"
FONT_DIR = Path(__file__).resolve().parent / "fonts"
SCHEMA = "kiosk/data/languages/language.schema.json"
REFERENCE = "en"
NEEDS_REVIEW = "needs native-speaker review"
SECTIONS = ("protocol", "slip")

_extra_dirs: tuple[Path, ...] = ()


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    """The language's own name for itself (``ไทย``), as a traveller looks for it."""
    english_name: str
    direction: str
    script: str
    review: str
    decimal_mark: str = "."
    colon: str = ": "
    fonts: Mapping[str, Path] = field(default_factory=dict)
    """``regular``/``bold`` font files for this script; empty: the default Latin font (DejaVu Sans)."""
    shaping: bool = False
    """Whether printed text needs OpenType shaping (HarfBuzz): Thai, Myanmar, Indic scripts..."""
    leading: float = 1.0
    """Line height factor for printed paragraphs with this script (Myanmar's stacked marks need ~1.4)."""
    words: Mapping[str, str] = field(default_factory=dict)
    tables: Mapping[str, Mapping[str, Mapping[str, str]]] = field(default_factory=dict)
    source: str = ""

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    @property
    def needs_review(self) -> bool:
        return self.review != "reviewed"

    def own(self, section: str, table: str, key: str) -> str | None:
        """This language's text for ``key``, or None (no fallback)."""
        return self.tables.get(section, {}).get(table, {}).get(key) or None


def use_directories(directories: Sequence[Path]) -> None:
    """Add site language directories (``kiosk.language_dir``) to the shipped one for this process."""
    global _extra_dirs
    dirs = tuple(Path(d) for d in directories if d)
    if dirs != _extra_dirs:
        _extra_dirs = dirs
        _generation[0] += 1


_generation = [0]


def generation() -> int:
    """Changes whenever :func:`use_directories` changes the registry (for caches built from it)."""
    return _generation[0]


def site_directories() -> tuple[Path, ...]:
    """The site language directories in use (:func:`use_directories`)."""
    return _extra_dirs


def registry() -> Mapping[str, Language]:
    """Every known language by code: the shipped files, then the site's (a site file replaces a shipped one)."""
    return _load((SHIPPED_DIR, *_extra_dirs))


@cache
def _load(directories: tuple[Path, ...]) -> dict[str, Language]:
    found: dict[str, Language] = {}
    for directory in directories:
        if not directory.is_dir():
            raise DataFileError([f"{directory}:1: language directory does not exist"])
        for path in sorted(directory.glob("*.yaml"), key=lambda p: (p.stem != REFERENCE, p.name)):
            language = _read(path, found.get(REFERENCE))
            found[language.code] = language
    if REFERENCE not in found:
        raise DataFileError([f"{SHIPPED_DIR}:1: no {REFERENCE}.yaml (English is the reference language)"])
    return found


def codes() -> tuple[str, ...]:
    return tuple(registry())


def known(code: str) -> bool:
    return code in registry()


def normalise(code: str | None) -> str:
    """A known language code for ``code`` (``fr-FR`` → ``fr``); unknown codes give English."""
    raw = (code or "").strip().replace("_", "-")
    if raw in registry():
        return raw
    base = raw.lower().split("-")[0]
    return base if base in registry() else REFERENCE


def get(code: str | None) -> Language:
    return registry()[normalise(code)]


def is_rtl(code: str | None) -> bool:
    return get(code).rtl


def text(section: str, table_name: str, key: str, code: str | None, default: str | None = None) -> str:
    """The text of ``key`` in ``code``; English when the language lacks it; ``default`` (or the key)
    when English has none either."""
    found = get(code).own(section, table_name, key) or registry()[REFERENCE].own(section, table_name, key)
    if found is not None:
        return found
    return default if default is not None else key


def word(name: str, code: str | None) -> str:
    """A UI word (``yes``, ``no``) in ``code``, English when missing."""
    return get(code).words.get(name) or registry()[REFERENCE].words[name]


class Table(Mapping[str, Mapping[str, str]]):
    """A translation table as ``code → {language: text}`` over the current registry (the reference
    language's keys, in its order). Rebuilt when the registry changes (:func:`use_directories`)."""

    def __init__(self, section: str, name: str) -> None:
        self.section, self.name = section, name
        self._built: tuple[int, dict[str, dict[str, str]]] | None = None

    def _data(self) -> dict[str, dict[str, str]]:
        if self._built is None or self._built[0] != _generation[0]:
            languages = registry()
            keys = languages[REFERENCE].tables.get(self.section, {}).get(self.name, {})
            data = {key: {code: lang.own(self.section, self.name, key) for code, lang in languages.items()}
                    for key in keys}
            self._built = (_generation[0], {k: {c: t for c, t in v.items() if t} for k, v in data.items()})
        return self._built[1]

    def __getitem__(self, key: str) -> Mapping[str, str]:
        return self._data()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data())

    def __len__(self) -> int:
        return len(self._data())


def table(section: str, name: str) -> Table:
    return Table(section, name)


def missing(code: str, sections: Sequence[str] = SECTIONS, skip: Sequence[str] = ()) -> list[str]:
    """``section.table.key`` of every reference text that ``code`` has no translation for."""
    reference, language = registry()[REFERENCE], registry()[code]
    return [f"{section}.{name}.{key}" for section in sections
            for name, entries in reference.tables.get(section, {}).items() if f"{section}.{name}" not in skip
            for key in entries if language.own(section, name, key) is None]


REQUIRED = ("protocol.templates",)
"""Tables every enabled language must give whole (no English fallback): the decision's reason templates,
read by the officer and printed on the slip. Labels may fall back to English (a site's first draft)."""


def check_complete(enabled: Sequence[str], required: Sequence[str] = REQUIRED) -> None:
    """Raise DataFileError naming every text of the ``required`` tables that an ``enabled`` language lacks
    (``file:1: protocol/templates/travel: no 'ha' text for '...'``), as the SOP text check does."""
    reference, problems = registry()[REFERENCE], []
    for code in dict.fromkeys(normalise(c) for c in enabled):
        language = registry()[code]
        for name in required:
            section, table_name = name.split(".")
            for key, english in reference.tables.get(section, {}).get(table_name, {}).items():
                if language.own(section, table_name, key) is None:
                    problems.append(f"{language.source}:1: {section}/{table_name}/{key}: no '{code}' text for "
                                    f"{english!r} (kiosk.languages enables {code}; add it to {language.source})")
    if problems:
        raise DataFileError(problems)


def check_language_file(path: Path) -> Language:
    """Load one language file as the registry would (``poe-kiosk validate``); DataFileError if wrong."""
    path = Path(path)
    load_data_file(path, SCHEMA)  # the schema check, which start-up skips for shipped files
    reference = None if path.stem == REFERENCE else registry()[REFERENCE]
    return _read(path, reference)


# ------------------------------------------------------------------------------------------ reading


def _read(path: Path, reference: Language | None) -> Language:
    loaded = load_data_file(path, SCHEMA)
    data: dict[str, Any] = loaded.data
    problems: list[str] = []
    if data["code"] != path.stem:
        problems.append(f"{path}:{loaded.line_of(('code',))}: code '{data['code']}' does not match the file "
                        f"name (expected {path.stem}.yaml)")
    fonts = {role: _font(path, loaded, role, file, problems) for role, file in data.get("fonts", {}).items()}
    tables = {section: data.get(section, {}) for section in SECTIONS}
    if reference is not None:
        problems += _check_against(reference, tables, loaded)
    if problems:
        raise DataFileError(problems)
    return Language(
        code=data["code"], name=data["name"], english_name=data["english_name"], direction=data["direction"],
        script=data["script"], review=data["review"], decimal_mark=data.get("decimal_mark", "."),
        colon=data.get("colon", ": "), fonts=fonts, shaping=data.get("shaping", False),
        leading=float(data.get("leading", 1.0)),
        words=data.get("words", {}), tables=tables, source=str(path),
    )


def _font(path: Path, loaded: LoadedFile, role: str, file: str, problems: list[str]) -> Path:
    for candidate in (path.parent / file, FONT_DIR / file):
        if candidate.is_file():
            return candidate
    problems.append(f"{path}:{loaded.line_of(('fonts', role))}: fonts/{role}: font file {file!r} is neither next "
                    f"to the language file nor in {FONT_DIR}")
    return FONT_DIR / file


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _check_against(reference: Language, tables: Mapping[str, Mapping[str, Mapping[str, str]]],
                   loaded: LoadedFile) -> list[str]:
    """Keys the reference does not have (typos) and placeholders that differ from the English text."""
    problems = []
    for section, named in tables.items():
        for name, entries in named.items():
            known_keys = reference.tables.get(section, {}).get(name)
            for key, value in entries.items():
                where = (section, name, key)
                if known_keys is None or key not in known_keys:
                    problems.append(f"{loaded.name}:{loaded.line_of(where)}: {'/'.join(where)}: no such key in "
                                    f"{REFERENCE}.yaml")
                elif _placeholders(value) != _placeholders(known_keys[key]):
                    expected = ", ".join(sorted(_placeholders(known_keys[key]))) or "none"
                    problems.append(f"{loaded.name}:{loaded.line_of(where)}: {'/'.join(where)}: placeholders "
                                    f"must be those of the English text ({expected})")
    return problems


__all__ = ["NEEDS_REVIEW", "REQUIRED", "Language", "Table", "check_complete", "check_language_file", "codes", "get", "is_rtl", "known", "missing", "normalise",
           "registry", "table", "text", "use_directories", "word"]
