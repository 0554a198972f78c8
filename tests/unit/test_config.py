"""The TOML configuration: demo file on first run, typed values, clear errors naming file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import DEMO_CONFIG, ConfigError, ensure_config, load_config


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_first_run_writes_the_demo_site(tmp_path):
    path = tmp_path / "conf" / "kiosk.toml"
    config, created = ensure_config(path, data_dir=tmp_path / "data")
    assert created and path.read_text(encoding="utf-8") == DEMO_CONFIG
    assert config.site.kind == "ground_crossing" and config.site.id == "XL-LND-01"
    assert config.kiosk.languages == ("en", "fr", "pt", "ar")
    assert config.kiosk.idle_sign_out_minutes == 5
    assert config.broker.url.startswith("mqtts://")
    assert config.printer.fallback_folder == tmp_path / "data" / "slips"
    assert config.database_url == f"sqlite:///{tmp_path / 'data' / 'kiosk.sqlite'}"
    again, created = ensure_config(path, data_dir=tmp_path / "data")
    assert not created and again == config


def test_environment_variable_chooses_the_file(tmp_path, monkeypatch):
    from kiosk.config import default_config_path

    monkeypatch.setenv("POE_KIOSK_CONFIG", str(tmp_path / "x.toml"))
    assert default_config_path() == tmp_path / "x.toml"


@pytest.mark.parametrize(
    ("change", "key", "words"),
    [
        (('kind = "ground_crossing"', 'kind = "spaceport"'), "site.kind", "not one of"),
        (('country = "XL"', 'country = "xl"'), "site.country", "two capital letters"),
        (("idle_sign_out_minutes = 5", "idle_sign_out_minutes = 0"), "kiosk.idle_sign_out_minutes", "minutes"),
        (('languages = ["en", "fr", "pt", "ar"]', 'languages = ["en", "de"]'), "kiosk.languages", "de not supported"),
        (('url = "mqtts://broker.lakeside.example:8883"', 'url = "http://x"'), "broker.url", "broker URL"),
        (('id = "XL-LND-01-K1"', "id = 7"), "kiosk.id", "text in quotes"),
        (("[printer]", "[printer]\ncolour = true"), "printer.colour", "unknown key"),
    ],
)
def test_bad_values_name_file_and_key(tmp_path, change, key, words):
    old, new = change
    assert old in DEMO_CONFIG
    path = write(tmp_path, DEMO_CONFIG.replace(old, new, 1))
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert error.value.key == key
    assert str(error.value).startswith(f"{path}: {key}: ")
    assert words in str(error.value)


def test_missing_required_key(tmp_path):
    path = write(tmp_path, DEMO_CONFIG.replace('name = "Lakeside Land Crossing"\n', ""))
    with pytest.raises(ConfigError, match=r"site\.name: is required"):
        load_config(path)


def test_broken_toml_names_the_line(tmp_path):
    path = write(tmp_path, "[site\nid = 1\n")
    with pytest.raises(ConfigError, match=r"not valid TOML.*line 1"):
        load_config(path)


def test_unreadable_file(tmp_path):
    with pytest.raises(ConfigError, match="cannot be read"):
        load_config(tmp_path / "missing.toml")


def test_data_dir_from_the_file(tmp_path):
    path = write(tmp_path, DEMO_CONFIG.replace('data_dir = ""', f'data_dir = "{tmp_path / "d"}"'))
    assert load_config(path).data_dir == tmp_path / "d"
