"""Loading SOP files: the JSON Schema first, then the rules a schema cannot express.

Semantic rules, each reported as ``file:line: message`` through :class:`~kiosk.errors.DataFileError`:

* step and field ids are unique (``end`` is reserved: it is the ``goto`` that finishes);
* every text has every language listed in ``languages`` (and no other); more languages come from
  per-language SOP text files (``i18n/<sop file stem>.<language>.yaml`` beside the SOP file, or
  ``sops/<sop id>.<language>.yaml`` in a site language directory), merged in by step and field id;
* :func:`check_languages` then says which texts a kiosk's enabled languages still lack (file:line);
* ``show_if`` and ``next`` conditions refer to earlier fields (for a step's ``show_if``: fields of earlier
  steps; for ``next``: fields of this step or earlier ones) and test them in a way that fits their type;
* ``goto`` targets exist and lie later in the file, so a run can never loop; a rule without ``if`` is last;
* ``binds`` names a screening-record field that fits the field type, with valid record codes.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from kiosk import languages as language_registry
from kiosk.datafiles import LoadedFile, data_files, load_data_file
from kiosk.errors import DataFileError
from kiosk.sop import conditions
from kiosk.sop.bindings import binding_problem
from kiosk.sop.model import END, AltUnit, Choice, Field, Rule, Sop, Step, TextSite

SCHEMA = "sops/sop.schema.json"
TEXTS_SCHEMA = "sops/sop-texts.schema.json"
PathT = tuple[str | int, ...]


def load_sop(path_or_id: str | Path) -> Sop:
    """Load an SOP file (``.yaml``/``.yml``/``.json`` path) or a shipped SOP by id (``"primary"``)."""
    text = str(path_or_id)
    if isinstance(path_or_id, Path) or text.endswith((".yaml", ".yml", ".json")) or "/" in text:
        return _load_file(Path(path_or_id))
    sops = shipped_sops()
    if text not in sops:
        raise DataFileError([f"{text}:1: no shipped SOP with this id (shipped: {', '.join(sorted(sops))})"])
    return sops[text]


def load_sop_text(text: str, name: str) -> Sop:
    """Load an SOP from text (``name`` is used in messages); for editors and tests."""
    return _build(load_data_file(name, SCHEMA, text=text))


def _load_file(path: Path) -> Sop:
    loaded = load_data_file(path, SCHEMA)
    overlays = [load_data_file(text_file, TEXTS_SCHEMA) for text_file in text_files(path, loaded.data["id"])]
    return _build(loaded, overlays)


def text_files(path: Path, sop_id: str) -> list[Path]:
    """The per-language text files of the SOP file ``path``: ``i18n/<stem>.<lang>.yaml`` beside it, then
    ``sops/<id>.<lang>.yaml`` in each site language directory (a later file wins for the same text)."""
    found = sorted((path.parent / "i18n").glob(f"{path.stem}.*.yaml"))
    for directory in language_registry.site_directories():
        found += sorted((directory / "sops").glob(f"{sop_id}.*.yaml"))
    return found


def check_text_file(path: Path) -> Sop:
    """Check a per-language SOP text file against its SOP (a shipped one, or the SOP file two folders up
    from ``i18n/``); DataFileError naming each unknown id. Returns the SOP with these texts merged."""
    path = Path(path)
    overlay = load_data_file(path, TEXTS_SCHEMA)
    sop_id = overlay.data["sop"]
    candidates = [path.parent.parent / f"{path.name.split('.')[0]}.yaml", *data_files("sops", f"{sop_id}.yaml")]
    sop_file = next((candidate for candidate in candidates if candidate.is_file()), None)
    if sop_file is None:
        raise DataFileError([f"{path}:{overlay.line_of(('sop',))}: sop: no SOP '{sop_id}' found for these texts"])
    return _build(load_data_file(sop_file, SCHEMA), [overlay])


def check_languages(sop: Sop, traveller: tuple[str, ...], officer: tuple[str, ...] = ()) -> None:
    """Raise DataFileError naming every text that an enabled language lacks (``file:line: where: no 'th'
    text``): traveller pages need every ``traveller`` language, every text needs the ``officer`` ones."""
    problems = []
    for site in sop.text_sites:
        needed = officer if site.audience == "officer" else (*officer, *traveller)
        lacking = [lang for lang in dict.fromkeys(needed) if not site.text.get(lang)]
        if lacking:
            english = site.text.get("en", "")
            short = english if len(english) <= 50 else english[:47] + "..."
            problems.append(f"{site.file}:{site.line}: {site.where}: no {', '.join(repr(x) for x in lacking)} "
                            f"text for {short!r} (kiosk.languages enables it; add it to the SOP or to "
                            f"i18n/{Path(sop.source_file).stem}.<language>.yaml)")
    if problems:
        raise DataFileError(problems)


@cache
def _shipped() -> dict[str, Sop]:
    sops: dict[str, Sop] = {}
    for path in data_files("sops"):
        sop = _load_file(path)
        if sop.id in sops:
            raise DataFileError([f"{path}:1: SOP id '{sop.id}' is also used by {sops[sop.id].source_file}"])
        sops[sop.id] = sop
    return sops


def shipped_sops() -> dict[str, Sop]:
    """The SOPs shipped in ``sops/``, by id (loaded and checked once per process)."""
    return dict(_shipped())


# ------------------------------------------------------------------------------------------ building


class _Builder:
    def __init__(self, loaded: LoadedFile, overlays: list[LoadedFile]) -> None:
        self.loaded = loaded
        self.data: dict[str, Any] = loaded.data
        self.languages: tuple[str, ...] = tuple(self.data["languages"])
        self.problems: list[tuple[int, str]] = []
        self.sites: list[TextSite] = []
        self.audience = "officer"
        self.overlay: dict[PathT, dict[str, tuple[str, str, PathT]]] = {}
        """SOP path of a text → language → (text, overlay file, path in the overlay)."""
        for overlay in overlays:
            self.add_overlay(overlay)

    def add_overlay(self, overlay: LoadedFile) -> None:
        """Index a per-language text file by the SOP paths of its texts (unknown ids are problems)."""
        data, lang = overlay.data, overlay.data["language"]
        if data["sop"] != self.data["id"]:
            self.problems.append((0, f"{overlay.name}:{overlay.line_of(('sop',))}: sop: '{data['sop']}' is not "
                                     f"this SOP ('{self.data['id']}')"))
            return
        steps = {raw["id"]: index for index, raw in enumerate(self.data["steps"])}
        fields = {raw["id"]: (index, position, raw) for index, step in enumerate(self.data["steps"])
                  for position, raw in enumerate(step["fields"])}

        def put(target: PathT, where: PathT) -> None:
            value = data
            for key in where:
                value = value[key]
            self.overlay.setdefault(target, {})[lang] = (value, overlay.name, where)

        def unknown(where: PathT, what: str) -> None:
            self.problems.append((0, f"{overlay.name}:{overlay.line_of(where)}: {'/'.join(map(str, where))}: "
                                     f"{what} is not in {self.loaded.name}"))

        for key in ("title", "description"):
            if key in data:
                put((key,), (key,))
        for step_id, texts in data.get("steps", {}).items():
            if step_id not in steps:
                unknown(("steps", step_id), f"step '{step_id}'")
                continue
            for key in texts:
                put(("steps", steps[step_id], key), ("steps", step_id, key))
        for field_id, texts in data.get("fields", {}).items():
            if field_id not in fields:
                unknown(("fields", field_id), f"field '{field_id}'")
                continue
            index, position, raw = fields[field_id]
            base: PathT = ("steps", index, "fields", position)
            for key in texts:
                if key != "choices":
                    put((*base, key), ("fields", field_id, key))
            codes = {c["code"]: i for i, c in enumerate(raw.get("choices", ()))}
            for code in texts.get("choices", {}):
                if code not in codes:
                    unknown(("fields", field_id, "choices", code), f"choice '{code}' of field '{field_id}'")
                else:
                    put((*base, "choices", codes[code], "label"), ("fields", field_id, "choices", code))

    def problem(self, path: PathT, message: str) -> None:
        where = "/".join(str(p) for p in path) or "(top level)"
        line = self.loaded.line_of(path)
        self.problems.append((line, f"{self.loaded.name}:{line}: {where}: {message}"))

    def text(self, value: Mapping[str, str], path: PathT) -> Mapping[str, str]:
        missing = [lang for lang in self.languages if lang not in value]
        extra = [lang for lang in value if lang not in self.languages]
        if missing:
            self.problem(path, f"missing language(s) {', '.join(missing)} (the SOP lists {', '.join(self.languages)})")
        if extra:
            self.problem(path, f"language(s) {', '.join(extra)} not listed in 'languages'")
        merged = dict(value)
        for lang, (text, _file, _where) in self.overlay.get(path, {}).items():
            merged[lang] = text
        self.sites.append(TextSite("/".join(str(p) for p in path) or "(top level)", self.loaded.name,
                                   self.loaded.line_of(path), self.audience, merged))
        return merged

    def optional_text(self, raw: Mapping[str, Any], key: str, path: PathT) -> Mapping[str, str] | None:
        return self.text(raw[key], (*path, key)) if key in raw else None

    def build(self) -> Sop:
        steps: list[Step] = []
        seen_fields: dict[str, Field] = {}
        step_ids = [raw["id"] for raw in self.data["steps"]]
        for index, raw in enumerate(self.data["steps"]):
            path: PathT = ("steps", index)
            if raw["id"] == END:
                self.problem((*path, "id"), f"'{END}' is reserved (it is the goto that finishes the SOP)")
            elif raw["id"] in step_ids[:index]:
                self.problem((*path, "id"), f"step id '{raw['id']}' is used twice")
            steps.append(self.step(raw, path, seen_fields, step_ids, index))
        self.audience = "officer"
        title = self.text(self.data["title"], ("title",))
        description = self.optional_text(self.data, "description", ())
        added = sorted({lang for texts in self.overlay.values() for lang in texts} - set(self.languages))
        sop = Sop(
            id=self.data["id"], version=self.data["version"], title=title,
            languages=(*self.languages, *added), steps=tuple(steps), description=description,
            sources=tuple(self.data.get("sources", ())), source_file=self.loaded.name,
            text_sites=tuple(self.sites),
        )
        if self.problems:
            raise DataFileError([message for _, message in sorted(self.problems, key=lambda p: p[0])])
        return sop

    def step(self, raw: Mapping[str, Any], path: PathT, seen: dict[str, Field], ids: list[str], index: int) -> Step:
        self.audience = raw.get("audience", "traveller")
        earlier = dict(seen)
        show_if = raw.get("show_if")
        if show_if is not None:
            self.condition(show_if, earlier, (*path, "show_if"), f"show_if of step '{raw['id']}'")
        fields = []
        for position, raw_field in enumerate(raw["fields"]):
            field = self.field(raw_field, (*path, "fields", position), seen)
            fields.append(field)
            if field.id in seen or field.id in {f.id for f in fields[:-1]}:
                self.problem((*path, "fields", position, "id"), f"field id '{field.id}' is used twice")
            seen[field.id] = field
        rules = self.rules(raw.get("next", []), (*path, "next"), seen, ids, index)
        return Step(
            id=raw["id"], title=self.text(raw["title"], (*path, "title")), fields=tuple(fields), next=rules,
            show_if=show_if, intro=self.optional_text(raw, "intro", path), audience=raw.get("audience", "traveller"),
        )

    def rules(self, raw_rules: list[Any], path: PathT, known: dict[str, Field], ids: list[str], index: int
              ) -> tuple[Rule, ...]:
        rules = []
        for position, raw in enumerate(raw_rules):
            where = (*path, position)
            goto = raw["goto"]
            if goto != END and goto not in ids:
                self.problem((*where, "goto"), f"goto '{goto}' is not a step of this SOP (steps: {', '.join(ids)}; "
                             f"or '{END}')")
            elif goto != END and ids.index(goto) <= index:
                self.problem((*where, "goto"), f"goto '{goto}' goes back to an earlier step or itself; branching "
                             "only goes forward, so that a screening can never loop")
            if "if" not in raw and position != len(raw_rules) - 1:
                self.problem(where, "a rule without 'if' (the default) must be the last rule")
            if "if" in raw:
                self.condition(raw["if"], known, (*where, "if"), f"next rule of step '{ids[index]}'")
            rules.append(Rule(goto=goto, condition=raw.get("if")))
        return tuple(rules)

    def condition(self, condition: Any, known: Mapping[str, Field], path: PathT, what: str) -> None:
        for sub, message in conditions.check(condition, known, what):
            self.problem((*path, *sub), message)

    def field(self, raw: Mapping[str, Any], path: PathT, earlier: Mapping[str, Field]) -> Field:
        step_audience = self.audience
        self.audience = raw.get("audience", step_audience)  # the reader of this field's texts
        try:
            return self._field(raw, path, earlier)
        finally:
            self.audience = step_audience

    def _field(self, raw: Mapping[str, Any], path: PathT, earlier: Mapping[str, Field]) -> Field:
        show_if = raw.get("show_if")
        if show_if is not None:
            self.condition(show_if, earlier, (*path, "show_if"), f"show_if of field '{raw['id']}'")
        choices = tuple(
            Choice(c["code"], self.text(c["label"], (*path, "choices", i, "label")))
            for i, c in enumerate(raw.get("choices", ()))
        )
        codes = [c.code for c in choices]
        for i, code in enumerate(codes):
            if code in codes[:i]:
                self.problem((*path, "choices", i, "code"), f"choice code '{code}' is used twice")
        value_range = raw.get("range")
        if value_range is not None and value_range["min"] >= value_range["max"]:
            self.problem((*path, "range"), "min must be below max")
        alt = raw.get("alt_unit")
        field = Field(
            id=raw["id"], type=raw["type"], label=self.text(raw["label"], (*path, "label")),
            required=raw.get("required", False), binds=raw.get("binds"), show_if=show_if,
            hint=self.optional_text(raw, "hint", path), choices=choices,
            none_label=self.optional_text(raw, "none_label", path), unit=raw.get("unit", ""),
            range=(float(value_range["min"]), float(value_range["max"])) if value_range else None,
            alt_unit=AltUnit(alt["unit"], float(alt["factor"]), float(alt["offset"])) if alt else None,
            decimals=raw.get("decimals", 2), max_length=raw.get("max_length", 200),
            min_items=raw.get("min_items", 0), max_items=raw.get("max_items", 60),
            past_only=raw.get("past_only", True), context=raw.get("context"), accepts=tuple(raw.get("accepts", ())),
            audience=raw.get("audience"),
        )
        if field.min_items > field.max_items:
            self.problem((*path, "min_items"), "min_items is above max_items")
        if field.none_label is not None and field.type != "multi_choice":
            self.problem((*path, "none_label"), "none_label is for multi_choice fields only")
        problem = binding_problem(field)
        if problem:
            self.problem((*path, "binds"), problem)
        return field


def _build(loaded: LoadedFile, overlays: list[LoadedFile] | None = None) -> Sop:
    return _Builder(loaded, overlays or []).build()
