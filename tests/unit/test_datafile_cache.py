"""The shipped data files are parsed and schema-checked once, then read from the cache; nothing else is."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk import datafiles
from kiosk.datafiles import data_files, load_data_file
from kiosk.errors import DataFileError

SOP_SCHEMA = "sops/sop.schema.json"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("POE_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "datafiles"


def _shipped_sop() -> Path:
    return next(data_files("sops"))


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(datafiles, "parse_text", refuse)


def test_a_shipped_file_is_read_from_the_cache_the_second_time(cache: Path, monkeypatch) -> None:
    first = load_data_file(_shipped_sop(), SOP_SCHEMA)
    assert len(list(cache.glob("*.json"))) == 1
    assert cache.stat().st_mode & 0o777 == 0o700
    _no_parsing(monkeypatch)
    again = load_data_file(_shipped_sop(), SOP_SCHEMA)
    assert (again.data, again.lines, again.name) == (first.data, first.lines, first.name)


def test_a_changed_text_is_parsed_again(cache: Path) -> None:
    text = _shipped_sop().read_text(encoding="utf-8")
    load_data_file(_shipped_sop(), SOP_SCHEMA)
    changed = load_data_file(_shipped_sop(), SOP_SCHEMA, text=text.replace("\n", "\n\n", 1))
    assert len(list(cache.glob("*.json"))) == 2
    assert changed.data == load_data_file(_shipped_sop(), SOP_SCHEMA).data


def test_a_damaged_entry_is_parsed_again_and_replaced(cache: Path) -> None:
    first = load_data_file(_shipped_sop(), SOP_SCHEMA)
    (entry,) = cache.glob("*.json")
    entry.write_text('{"data": ', encoding="utf-8")
    assert load_data_file(_shipped_sop(), SOP_SCHEMA).data == first.data
    assert entry.read_text(encoding="utf-8").startswith('{"data": {')


def test_other_files_are_never_cached(cache: Path, tmp_path: Path, monkeypatch) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(_shipped_sop().read_text(encoding="utf-8"), encoding="utf-8")
    load_data_file(mine, SOP_SCHEMA)
    load_data_file(mine, SOP_SCHEMA)
    assert not cache.exists()


def test_a_refused_shipped_text_is_not_cached(cache: Path) -> None:
    with pytest.raises(DataFileError):
        load_data_file(_shipped_sop(), SOP_SCHEMA, text="id: [unclosed\n")
    assert not cache.exists()
