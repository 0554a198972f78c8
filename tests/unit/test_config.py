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
    assert config.site.kind == "ground_crossing" and config.site.id == "DEMO-KESSA"
    assert config.kiosk.languages == ("en", "fr", "pt", "ar")
    assert config.kiosk.idle_sign_out_minutes == 5
    assert config.broker.url == ""  # no hub until the operator configures one
    assert config.printer.fallback_folder == tmp_path / "data" / "slips"
    assert (config.printer.queue, config.printer.format) == ("", "a6")
    assert config.referral.directory is None and config.referral.site_language == ""
    assert config.referral_dir == tmp_path / "data" / "referral"
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
        (('url = ""', 'url = "http://x"'), "broker.url", "broker URL"),
        (('id = "DEMO-KESSA-K1"', "id = 7"), "kiosk.id", "text in quotes"),
        (('queue = ""', 'queue = "front desk"'), "printer.queue", "CUPS queue name"),
        (('queue = ""', 'queue = "a/b"'), "printer.queue", "CUPS queue name"),
        (('format = "a6"', 'format = "a4"'), "printer.format", "not one of a6, 80mm"),
        (('directory = ""', 'directory = "nowhere.yaml"'), "referral.directory", "is not a file"),
        (('site_language = ""', 'site_language = "de"'), "referral.site_language", "not one of"),
        (("[referral]", "[referral]\nkey = 1"), "referral.key", "unknown key"),
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
    path = write(tmp_path, DEMO_CONFIG.replace('name = "Kessa Bridge land crossing (demo)"\n', ""))
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


def test_printer_and_referral_values(tmp_path):
    directory = tmp_path / "pathways.yaml"
    directory.write_text("version: x\n", encoding="utf-8")
    text = (DEMO_CONFIG.replace('queue = ""', 'queue = "Slips_80mm@desk"')
            .replace('format = "a6"', 'format = "80mm"')
            .replace('fallback_folder = ""', f'fallback_folder = "{tmp_path / "out"}"')
            .replace('directory = ""', 'directory = "pathways.yaml"')
            .replace('site_language = ""', 'site_language = "pt"'))
    config = load_config(write(tmp_path, text))
    assert config.printer == type(config.printer)("Slips_80mm@desk", tmp_path / "out", "80mm")
    assert config.referral.directory == directory  # relative to the config file
    assert config.referral.site_language == "pt"


def test_old_files_without_the_new_keys_still_load(tmp_path):
    text = DEMO_CONFIG[:DEMO_CONFIG.index("[referral]")].replace('format = "a6"', "")
    config = load_config(write(tmp_path, text))
    assert config.printer.format == "a6" and config.referral.directory is None


def test_demo_site_matches_the_demo_referral_directory(tmp_path):
    from kiosk.referral.directory import load_directory

    config, _ = ensure_config(tmp_path / "kiosk.toml", tmp_path / "data")
    assert config.site.id == load_directory().point_of_entry.id
