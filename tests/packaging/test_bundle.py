"""Smoke test of the built bundle (``make package``; run with ``make package-test``).

Everything runs from ``dist/poe-kiosk/poe-kiosk`` (the PyInstaller bundle), from a clean temporary
directory, with a clean HOME and an environment without the project's ``.venv`` or PYTHONPATH: the
bundled window under ``xvfb-run`` signs a test officer in and renders and verifies a slip
(``selftest``); the bundled CLI renders a slip PDF (``slip``), which is rasterised and its QR decoded by
the bundle (``decode``). Skipped, loudly, when the bundle has not been built.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

REPO = Path(__file__).parents[2]
BUNDLE = REPO / "dist" / "poe-kiosk"
EXECUTABLE = BUNDLE / "poe-kiosk"
DEB_FOLDER = REPO / "build" / "deb"

pytestmark = [
    pytest.mark.package,
    pytest.mark.skipif(not EXECUTABLE.exists(),
                       reason="the bundle is not built (make package): the bundle smoke test is SKIPPED"),
]


def _clean_env(home: Path, **extra: str) -> dict[str, str]:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    env.update(extra)
    return env


def _run(args: list[str], cwd: Path, env: dict[str, str], timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False)


@pytest.fixture
def clean(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A clean working directory and HOME, and a copy of the bundle in it (as a technician unpacks it)."""
    work = tmp_path / "work"
    home = tmp_path / "home"
    work.mkdir()
    home.mkdir()
    shutil.copytree(BUNDLE, work / "poe-kiosk", symlinks=True)
    return work, _clean_env(home)


def test_the_bundled_window_signs_in_renders_a_slip_and_decodes_its_qr(clean) -> None:
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run is not installed (apt-get install xvfb xauth): the GUI smoke test is SKIPPED")
    work, env = clean
    done = _run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", str(work / "poe-kiosk" / "poe-kiosk"),
                 "selftest", "--out", str(work / "selftest")], work, {**env, "QT_QPA_PLATFORM": "xcb"})
    lines = done.stdout.strip().splitlines()
    assert lines and done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    report = json.loads(lines[-1])
    assert report["qt_parts"] == {"virtual_keyboard_plugin": True, "ffmpeg_multimedia_plugin": True,
                                  "virtual_keyboard_qml": True}
    assert report["signed_in"] is True and report["qr_decoded"] is True and report["qr_verified"] is True
    assert report["slip_renderer_process"] is True
    assert "invalid choice" not in done.stderr and "died unexpectedly" not in done.stderr, done.stderr[-3000:]
    assert (work / "selftest" / "selftest-slip.pdf").read_bytes().startswith(b"%PDF")
    assert (work / "selftest" / "data" / "kiosk.sqlite").exists()


def test_the_bundled_cli_renders_a_slip_and_decodes_its_printed_qr(clean) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed (apt-get install poppler-utils): the slip round trip is SKIPPED")
    work, env = clean
    app = str(work / "poe-kiosk" / "poe-kiosk")
    (work / "record.json").write_text(json.dumps({
        "arrival_date": "2026-11-29", "temperature_c": 38.6, "symptoms": ["fever"],
        "itinerary": [{"country": "GN", "left": "2026-11-22"}], "exposures": ["body_fluid_contact"],
        "traveller": {"surname": "BUNDLE", "given_names": "TEST", "language": "ar"}}), encoding="utf-8")

    slip = _run([app, "slip", "--record", "record.json", "--out", "slip.pdf", "--data-dir", "keys"], work, env)
    assert slip.returncode == 0, slip.stderr
    qr = json.loads(slip.stdout)["qr"]
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", "slip.pdf", "page"], cwd=work, check=True,
                   timeout=60)
    page = next(work.glob("page*.png"))
    decoded = _run([app, "decode", "--image", str(page)], work, env)
    assert decoded.returncode == 0, decoded.stderr
    (result,) = [item for item in json.loads(decoded.stdout) if item["kind"] == "referral"]
    assert result["fields"]["disposition"] == "isolate"
    verified = _run([app, "verify-slip", qr, "--keys", "keys/trusted-kiosk-keys.json"], work, env)
    assert verified.returncode == 0 and json.loads(verified.stdout)["valid"] is True


def test_the_bundle_carries_what_pyinstaller_misses(clean) -> None:
    work, env = clean
    internal = work / "poe-kiosk" / "_internal"
    qt = internal / "PySide6" / "Qt"
    for required in ("libzbar.so.0", "NOTICE", "kiosk/fonts/NotoSansArabic-Regular.ttf", "kiosk/fonts/DejaVuSans.ttf",
                     "kiosk/store/migrations/versions/0004_retention.py", "kiosk/hub/migrations/versions/0002_accounts.py",
                     "sops/primary.yaml",
                     "protocols/situations", "protocols/pathways", "ui/i18n/kiosk_fr.qm", "airportsdata"):
        assert (internal / required).exists(), required
    assert (qt / "plugins" / "platforminputcontexts" / "libqtvirtualkeyboardplugin.so").exists()
    assert (qt / "qml" / "QtQuick" / "VirtualKeyboard" / "qmldir").exists()
    assert (qt / "plugins" / "multimedia" / "libffmpegmediaplugin.so").exists()
    assert not list(internal.rglob("*WebEngine*")) and not list(internal.rglob("libQt6Pdf*"))
    notice = (internal / "NOTICE").read_text(encoding="utf-8")
    assert "Qt Virtual Keyboard" in notice and "GPL" in notice
    validated = _run([str(work / "poe-kiosk" / "poe-kiosk"), "validate"], work, env)
    assert validated.returncode == 0 and "valid" in validated.stdout, validated.stdout + validated.stderr


def test_the_bundle_decodes_with_its_own_barcode_library_not_the_systems(clean) -> None:
    """zxing-cpp decodes (``kiosk.scan.decoders``: pyzbar with the bundled ``libzbar.so.0`` is only the
    fallback when zxing-cpp cannot load); whichever barcode library is loaded comes from the bundle."""
    work, env = clean
    app = work / "poe-kiosk" / "poe-kiosk"
    import qrcode

    qrcode.make("POE-BUNDLE-ZBAR").save(work / "qr.png")
    probe = _run([str(app), "decode", "--image", "qr.png"], work, {**env, "LD_DEBUG": "libs"}, timeout=60)
    assert probe.returncode == 0 and "POE-BUNDLE-ZBAR" in probe.stdout, probe.stdout
    loaded = [line for line in probe.stderr.splitlines()
              if ("zxingcpp" in line or "libzbar.so.0" in line) and "calling init" in line]
    assert any("zxingcpp" in line for line in loaded), loaded
    assert all(str(work / "poe-kiosk" / "_internal") in line for line in loaded), loaded


def test_the_deb_installs_the_bundle_and_the_units(tmp_path: Path) -> None:
    debs = sorted(DEB_FOLDER.glob("poe-kiosk_*_amd64.deb"))
    if not debs:
        pytest.skip("the .deb is not built (make package): the package layout check is SKIPPED")
    deb = debs[-1]
    info = subprocess.run(["dpkg-deb", "--field", str(deb), "Package", "Version", "Depends"], capture_output=True,
                          text=True, check=True).stdout
    assert "Package: poe-kiosk" in info and "libzbar0" in info and "cage" in info and "libpulse0" in info
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True, timeout=300)
    for unit in ("poe-kiosk-cage@.service", "poe-kiosk-hub-ingest.service", "poe-kiosk-retention.timer"):
        assert (root / "lib" / "systemd" / "system" / unit).exists(), unit
    version = info.split("Version: ")[1].split()[0]
    with tarfile.open(root / "usr" / "lib" / "poe-kiosk" / f"poe-kiosk-{version}.tar") as tar:
        assert "./poe-kiosk" in tar.getnames()
    control = tmp_path / "control"
    subprocess.run(["dpkg-deb", "-e", str(deb), str(control)], check=True)
    assert f'VERSION="{version}"' in (control / "postinst").read_text(encoding="utf-8")
    assert os.access(root / "usr" / "lib" / "poe-kiosk" / "activate-release", os.X_OK)
