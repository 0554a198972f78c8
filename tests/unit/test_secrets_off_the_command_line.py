"""Secrets are read from files or the environment: no command takes one on its command line."""

from __future__ import annotations

import argparse
import re

import pytest

from kiosk.cli import build_parser, main
from kiosk.secret_input import SecretRefused, resolve_database_url, url_has_password
from ui.launcher import register_gui_commands

SECRET_OPTION = re.compile(r"(password|passphrase|secret|token|pin|credential)s?$", re.IGNORECASE)


def every_option(parser: argparse.ArgumentParser, path: str = "poe-kiosk"):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from every_option(sub, f"{path} {name}")
        else:
            for option in action.option_strings:
                yield path, option, action


def test_no_command_takes_a_secret_as_an_argument():
    offending = [(path, option) for path, option, action in every_option(build_parser([register_gui_commands]))
                 if SECRET_OPTION.search(option) and action.nargs != 0]
    assert offending == []
    options = {option for _, option, _ in every_option(build_parser([register_gui_commands]))}
    assert {"--password-file", "--passphrase-file"} <= options


@pytest.mark.parametrize(("url", "has"), [
    ("postgresql://hub:s3cret@db.example/hub", True), ("postgresql://hub@db.example/hub", False),
    ("postgresql://db.example/hub", False), ("sqlite:///var/lib/hub.sqlite", False), ("mqtts://k1:pw@b:8883", True),
    ("postgresql+psycopg://u:@h/d", False), ("sqlite://", False),
])
def test_url_has_password(url, has):
    assert url_has_password(url) is has


def test_a_database_url_with_a_password_is_refused_and_read_from_env_or_file(tmp_path, monkeypatch):
    with pytest.raises(SecretRefused, match="process list"):
        resolve_database_url("postgresql://hub:s3cret@127.0.0.1/hub")
    assert resolve_database_url("postgresql://hub@127.0.0.1/hub") == "postgresql://hub@127.0.0.1/hub"
    monkeypatch.setenv("POE_HUB_DB", "postgresql://hub:s3cret@127.0.0.1/hub")
    assert resolve_database_url("env:POE_HUB_DB") == "postgresql://hub:s3cret@127.0.0.1/hub"
    url_file = tmp_path / "hub.url"
    url_file.write_text("postgresql://hub:s3cret@127.0.0.1/hub\n")
    assert resolve_database_url(f"@{url_file}") == "postgresql://hub:s3cret@127.0.0.1/hub"
    with pytest.raises(SecretRefused, match="NOT_SET is not set"):
        resolve_database_url("env:NOT_SET")


def test_cli_refuses_a_password_in_db_or_broker_url_in_one_line(capsys, tmp_path):
    assert main(["hub", "stats", "--db", "postgresql://hub:s3cret@127.0.0.1:9/hub"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "s3cret" not in err and "--db @FILE" in err
    assert main(["alerts", "run", "--db", f"sqlite:///{tmp_path / 'k.sqlite'}", "--broker", "mqtt://k:pw@127.0.0.1:9",
                 "--country", "XL", "--poe", "P", "--kiosk-id", "K"]) == 2
    err = capsys.readouterr().err
    assert "--broker" in err and "--password-file" in err and "pw@" not in err


def test_broker_password_from_file_or_environment(tmp_path, monkeypatch):
    from kiosk.alerts.commands import broker_settings

    parser = build_parser()
    base = ["alerts", "run", "--db", "sqlite://", "--broker", "mqtt://127.0.0.1:1883", "--username", "k1",
            "--country", "XL", "--poe", "P", "--kiosk-id", "K"]
    secret = tmp_path / "broker.password"
    secret.write_text("from-file\n")
    assert broker_settings(parser.parse_args([*base, "--password-file", str(secret)])).password == "from-file"
    monkeypatch.setenv("POE_BROKER_PASSWORD", "from-env")
    assert broker_settings(parser.parse_args(base)).password == "from-env"


def test_backup_passphrase_from_the_environment(monkeypatch):
    from kiosk.backup import read_passphrase

    monkeypatch.setenv("POE_BACKUP_PASSPHRASE", "correct horse battery")
    assert read_passphrase(None) == "correct horse battery"
