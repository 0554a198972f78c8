"""``poe-kiosk provision``: what it writes (and with which modes), what it prints, and what it refuses."""

from __future__ import annotations

import json
import stat
import tomllib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.cli import main
from kiosk.config import load_config, write_demo_config
from kiosk.doctor import FAIL, run_checks
from kiosk.provisioning.provision import DEMO_IDS, Request, config_text
from kiosk.provisioning.site_file import SiteFile, load_site
from kiosk.referral.qr import load_kiosk_key, load_trusted_keys, public_key_b64
from kiosk.store.upgrade import database_revision, head_revision

REPO = Path(__file__).parents[2]
EXAMPLE = REPO / "packaging" / "site.example.yaml"
DEMO_PATHWAYS = REPO / "protocols" / "pathways" / "demo.yaml"
BROKER = "mqtts://broker.lnd01.example:8883"
KIOSK = "XL-LND-01-K3"


class Terminal:
    """A fresh terminal's folders: config, data, and the technician's USB stick (``out``)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.config = root / "etc" / "poe-kiosk" / "kiosk.toml"
        self.data = root / "var" / "poe-kiosk"
        self.out = root / "usb"
        self.out.mkdir()

    def provision(self, capsys: pytest.CaptureFixture[str], *extra: str, site: Path = EXAMPLE,
                  kiosk_id: str = KIOSK, data_dir: bool = True) -> tuple[int, dict | None, str]:
        argv = ["provision", "--site", str(site), "--kiosk-id", kiosk_id, "--broker", BROKER,
                "--config", str(self.config), "--out", str(self.out), *extra]
        if data_dir:
            argv += ["--data-dir", str(self.data)]
        code = main(argv)
        captured = capsys.readouterr()
        return code, (json.loads(captured.out) if code == 0 else None), captured.err

    def files(self) -> dict[str, bytes]:
        return {str(p.relative_to(self.root)): p.read_bytes() for p in sorted(self.root.rglob("*")) if p.is_file()}


@pytest.fixture
def terminal(tmp_path: Path) -> Terminal:
    return Terminal(tmp_path)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def site_file(tmp_path: Path, text: str, name: str = "site.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_provisioning_writes_a_private_config_key_and_database_and_the_broker_and_hub_files(
        terminal: Terminal, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = terminal.provision(capsys)
    assert code == 0, err
    config = load_config(terminal.config)
    assert (config.site.id, config.site.country, config.kiosk.id) == ("XL-LND-01", "XL", KIOSK)
    assert config.kiosk.languages == ("fr", "en", "pt", "ar") and config.kiosk.officer_language == "fr"
    assert config.data_dir == terminal.data and config.broker.url == BROKER and config.broker.username == KIOSK
    assert len(config.broker.password) == 43
    assert mode(terminal.config) == 0o600 and mode(terminal.config.parent) == 0o700
    assert mode(terminal.data) == 0o700 and mode(terminal.data / "referral") == 0o700
    key_file = terminal.data / "referral" / "kiosk-key.pem"
    assert mode(key_file) == 0o600 and mode(terminal.data / "kiosk.sqlite") == 0o600
    assert database_revision(terminal.data / "kiosk.sqlite") == head_revision()  # the first start finds it
    key = load_kiosk_key(key_file)
    assert out["public_key"] == public_key_b64(key)
    assert public_key_b64(load_trusted_keys(terminal.data / "referral" / "trusted-kiosk-keys.json")[KIOSK]) \
        == out["public_key"]

    pem = Path(out["public_key_file"])
    assert pem.parent == terminal.out and mode(pem) == 0o644
    assert public_key_b64(serialization.load_pem_public_key(pem.read_bytes())) == out["public_key"]
    assert out["hub"]["enrol"] == (f"poe-kiosk hub enrol {KIOSK} --country XL --poe XL-LND-01 "
                                   f"--public-key {pem}")

    dynsec = Path(out["broker"]["dynamic_security_file"])
    assert dynsec.parent == terminal.out and mode(dynsec) == 0o600
    commands = json.loads(dynsec.read_text())["commands"]
    assert [c["command"] for c in commands] == ["createRole", "createClient"]
    role, client = commands
    assert client["username"] == client["clientid"] == KIOSK and client["password"] == config.broker.password
    assert client["roles"] == [{"rolename": role["rolename"]}] == [{"rolename": out["broker"]["role"]}]
    assert role["acls"] == out["broker"]["acl"]
    topics = {acl["topic"] for acl in role["acls"]}
    assert all(topic.startswith((f"poe/v1/XL/XL-LND-01/{KIOSK}/", "hub/v1/XL/situation")) for topic in topics)
    assert out["broker"]["apply"].startswith(f"poe-kiosk broker apply {dynsec} --broker mqtt://127.0.0.1:1883")
    assert out["replaced_moved_to"] is None
    assert config.broker.password not in json.dumps(out)  # the summary carries no secret


def test_the_provisioned_kiosk_passes_the_doctor_but_for_the_unreachable_broker(
        terminal: Terminal, capsys: pytest.CaptureFixture[str]) -> None:
    assert terminal.provision(capsys)[0] == 0
    checks = {check.name: check for check in run_checks(terminal.config, timeout=0.5)}
    assert checks["config"].status != FAIL and checks["database"].status != FAIL, checks
    assert checks["keys"].status != FAIL, checks["keys"].line()


def test_a_second_provisioning_is_refused_unless_forced_and_force_moves_the_first_aside(
        terminal: Terminal, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert terminal.provision(capsys)[0] == 0
    first_password = load_config(terminal.config).broker.password
    first_key = (terminal.data / "referral" / "kiosk-key.pem").read_bytes()
    before = terminal.files()
    again = tmp_path / "usb2"
    again.mkdir()
    code, _, err = terminal.provision(capsys, "--out", str(again))
    assert code == 2 and f"already kiosk {KIOSK} of XL-LND-01" in err and "--force" in err
    assert terminal.files() == before and not any(again.iterdir())  # nothing written, nothing changed

    code, out, err = terminal.provision(capsys, "--out", str(again), "--force", kiosk_id="XL-LND-01-K4")
    assert code == 0, err
    replaced = Path(out["replaced_moved_to"])
    assert replaced.parent == terminal.data and replaced.name.startswith("replaced-")
    assert tomllib.loads((replaced / "kiosk.toml").read_text())["broker"]["password"] == first_password
    assert (replaced / "referral" / "kiosk-key.pem").read_bytes() == first_key
    assert (replaced / "kiosk.sqlite").exists()
    second = load_config(terminal.config)
    assert second.kiosk.id == "XL-LND-01-K4" and second.broker.password != first_password
    assert (terminal.data / "referral" / "kiosk-key.pem").read_bytes() != first_key


def test_the_demo_of_a_fresh_install_is_replaced_without_force_and_kept_aside(
        terminal: Terminal, capsys: pytest.CaptureFixture[str]) -> None:
    write_demo_config(terminal.config, data_dir=terminal.data)
    demo = load_config(terminal.config)
    assert (demo.site.id, demo.kiosk.id) == DEMO_IDS
    terminal.data.mkdir(parents=True, mode=0o700)
    (terminal.data / "kiosk.sqlite").write_bytes(b"")  # the demo's database (any content: it is only moved)
    code, out, err = terminal.provision(capsys, data_dir=False)  # the data directory is the demo's
    assert code == 0, err
    assert load_config(terminal.config).data_dir == terminal.data
    replaced = Path(out["replaced_moved_to"])
    assert (replaced / "kiosk.toml").read_text().startswith("# poe-kiosk configuration (TOML). Written on first run")
    assert (replaced / "kiosk.sqlite").read_bytes() == b""
    assert database_revision(terminal.data / "kiosk.sqlite") == head_revision()


def test_a_data_directory_with_a_kiosk_but_no_configuration_is_refused(
        terminal: Terminal, capsys: pytest.CaptureFixture[str]) -> None:
    (terminal.data / "referral").mkdir(parents=True)
    (terminal.data / "referral" / "kiosk-key.pem").write_text("key")
    code, _, err = terminal.provision(capsys)
    assert code == 2 and "holds a kiosk's database or key" in err
    assert not terminal.config.exists()


def test_a_configuration_that_does_not_load_is_refused_unless_forced(
        terminal: Terminal, capsys: pytest.CaptureFixture[str]) -> None:
    terminal.config.parent.mkdir(parents=True)
    terminal.config.write_text("this is = not [valid")
    code, _, err = terminal.provision(capsys)
    assert code == 2 and "is not a kiosk configuration" in err
    code, out, err = terminal.provision(capsys, "--force")
    assert code == 0, err
    assert (Path(out["replaced_moved_to"]) / "kiosk.toml").read_text() == "this is = not [valid"


def test_the_ca_and_the_referral_directory_are_copied_beside_the_configuration(
        terminal: Terminal, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from tests.integration.mosquitto import Certificates

    ca = Certificates.create(tmp_path / "tls").ca
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "pathways.yaml").write_bytes(DEMO_PATHWAYS.read_bytes())
    site = site_file(tmp_path / "site", EXAMPLE.read_text().replace(
        "# referral:\n#   directory: pathways.yaml", "referral:\n  directory: pathways.yaml"))
    code, out, err = terminal.provision(capsys, "--ca", str(ca), site=site)
    assert code == 0, err
    config = load_config(terminal.config)
    assert Path(config.broker.ca_file) == terminal.config.parent / "broker-ca.pem"
    assert Path(config.broker.ca_file).read_bytes() == ca.read_bytes()
    assert config.referral.directory == terminal.config.parent / "referral-directory.yaml"
    assert config.referral.directory.read_bytes() == DEMO_PATHWAYS.read_bytes()
    assert out["warnings"] == ["the referral directory is for DEMO-KESSA, not XL-LND-01"]


@pytest.mark.parametrize(("change", "expected"), [
    (("kind: ground_crossing", "kind: bridge"), ":12: site/kind: 'bridge' is not one of"),
    (("country: XL ", "country: xl "), ":13: site/country: 'xl' does not match"),
    (("  mode: actual", "  mode: actual\n  colour: blue"), "kiosk: Additional properties are not allowed"),
    (("[fr, en, pt, ar]", "[fr, zz]"), "site.yaml: kiosk.languages: zz not supported"),
    (("officer_language: fr", "officer_language: sw"), "site.yaml: kiosk.officer_language: 'sw' is not one of"),
    (('hub_public_key: ""', 'hub_public_key: "not-a-key"'), "site.yaml: broker.hub_public_key: hub public key is"),
    (("days: 90", "days: 0"), "retention/days: 0 is less than the minimum of 1"),
])
def test_a_wrong_site_file_is_refused_naming_the_line_or_key_and_nothing_is_written(
        terminal: Terminal, capsys: pytest.CaptureFixture[str], tmp_path: Path,
        change: tuple[str, str], expected: str) -> None:
    text = EXAMPLE.read_text()
    assert change[0] in text
    code, _, err = terminal.provision(capsys, site=site_file(tmp_path, text.replace(*change, 1)))
    assert code == 2 and expected in err, err
    assert not terminal.config.exists() and not terminal.data.exists() and not any(terminal.out.iterdir())


@pytest.mark.parametrize(("argv", "expected"), [
    (["--kiosk-id", "hub-K9"], "starts like a hub, site or administrator login"),
    (["--kiosk-id", "K/1"], "must be letters, digits"),
    (["--broker", "http://broker:80"], "--broker: 'http://broker:80' is not a broker URL"),
    (["--broker", "mqtts://kiosk:secret@broker:8883"], "a URL with a password"),
    (["--ca", "MISSING"], "--ca MISSING: cannot be read"),
    (["--ca", str(EXAMPLE)], "not a PEM certificate"),
    (["--out", "MISSING"], "--out MISSING is not a folder"),
])
def test_wrong_options_are_refused_before_anything_is_written(
        terminal: Terminal, capsys: pytest.CaptureFixture[str], argv: list[str], expected: str) -> None:
    code, _, err = terminal.provision(capsys, *argv)
    assert code == 2 and expected in err, err
    assert not terminal.config.exists() and not terminal.data.exists() and not any(terminal.out.iterdir())


def test_existing_files_on_the_stick_are_never_overwritten(
        terminal: Terminal, capsys: pytest.CaptureFixture[str]) -> None:
    (terminal.out / f"{KIOSK}.public-key.pem").write_text("someone else's")
    code, _, err = terminal.provision(capsys)
    assert code == 2 and "exists already" in err
    assert not terminal.config.exists() and (terminal.out / f"{KIOSK}.public-key.pem").read_text() == "someone else's"


def test_the_example_site_file_is_valid_and_poe_kiosk_validate_knows_site_files(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert load_site(EXAMPLE).site_id == "XL-LND-01"
    assert main(["validate", str(EXAMPLE)]) == 0, capsys.readouterr()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(st.characters(min_codepoint=32, blacklist_categories=("Cs",)), min_size=1, max_size=120)
       .filter(lambda s: s.strip()))
def test_any_site_name_survives_the_configuration_written(tmp_path: Path, name: str) -> None:
    from kiosk.broker.logins import kiosk_login

    example = load_site(EXAMPLE)
    site = SiteFile(example.path, {**example.data, "site": {**example.data["site"], "name": name}})
    request = Request(EXAMPLE, KIOSK, BROKER, tmp_path / "kiosk.toml", tmp_path)
    text = config_text(site, request, kiosk_login(KIOSK, "XL", "XL-LND-01"), tmp_path, ca_file=None, referral=None)
    assert tomllib.loads(text)["site"]["name"] == name
