"""``poe-kiosk selftest``: a scripted run of the real kiosk window, for the bundle's smoke test and benchmark.

Run from the bundle (or a source checkout) on a display (Xvfb, or ``QT_QPA_PLATFORM=offscreen``), it
works in a scratch directory with the demo configuration and checks, printing one JSON object:

* the Qt parts the bundle must carry load: the virtual-keyboard input context (and its QML), the FFmpeg
  multimedia backend;
* the window starts and shows the sign-in screen (``SIGNIN_SHOWN <ms>`` is printed at that moment, timed
  from the process start, which is what ``bench/bench_package.py`` measures);
* a test officer is created and signs in by typing the id and PIN and tapping *Sign in*; the home
  screen shows;
* a referral slip is rendered and signed with the kiosk's own key, and its QR, drawn as an image, is
  decoded and verified against the kiosk's trusted keys;
* the slip renderer's separate process starts (in a frozen app it is this executable run again).

Exit status 0 when every check passed. Hidden from ``--help``: it is a technician's and CI's tool.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

OFFICER, PIN = "ST1", "2468"
DEADLINE_S = 120.0
SLIP_RECORD = {
    "arrival_date": "2026-11-29", "temperature_c": 38.6, "symptoms": ["fever", "headache"],
    "itinerary": [{"country": "GN", "left": "2026-11-22"}], "exposures": ["body_fluid_contact"],
    "traveller": {"surname": "TEST", "given_names": "SELF", "language": "fr"},
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("selftest", help=argparse.SUPPRESS)
    parser.add_argument("--until", choices=("signin", "all"), default="all",
                        help="signin: stop once the sign-in screen is shown (benchmark)")
    parser.add_argument("--out", type=Path, help="keep the scratch directory here (default: a temporary one)")
    parser.set_defaults(func=_selftest)


def _selftest(args: argparse.Namespace) -> int:
    started = _process_start()
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        return run(args.out, args.until, started)
    with tempfile.TemporaryDirectory(prefix="poe-selftest-") as folder:
        return run(Path(folder), args.until, started)


def _process_start() -> float:
    """``time.monotonic()`` at the moment this process was started (from /proc, else now)."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return time.monotonic() - (uptime - ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.monotonic()


def run(folder: Path, until: str, started: float) -> int:
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    from kiosk.config import ensure_config
    from ui.app import build_window, create_application

    config, _ = ensure_config(folder / "kiosk.toml", folder / "data")
    app = create_application()
    report: dict[str, Any] = {"qt_parts": qt_parts()}
    window = build_window(config, app)
    window.resize(1280, 800)
    window.show()

    def wait(condition: Any, what: str) -> bool:
        deadline = time.monotonic() + DEADLINE_S
        loop = QEventLoop()
        check = QTimer()
        check.timeout.connect(lambda: (condition() or time.monotonic() > deadline) and loop.quit())
        check.start(10)
        loop.exec()
        check.stop()
        if not condition():
            report.setdefault("failed", []).append(f"timed out waiting for {what}")
            return False
        return True

    shown = wait(lambda: window.stack.currentWidget() is window.signin and window.signin.isVisible(), "sign-in")
    report["signin_shown_ms"] = round((time.monotonic() - started) * 1000)
    print(f"SIGNIN_SHOWN {report['signin_shown_ms']}", flush=True)
    ready = shown and wait(lambda: window.services is not None and not window.tasks.pending, "the core to load")
    if ready and until == "all":
        report["signed_in"] = _sign_in(window, wait, QTest, Qt)
        report.update(slip_and_qr(window.services, folder))
        report["slip_renderer_process"] = renderer_process()
    window.shutdown()
    ok = _passed(report, until)
    report["ok"] = ok
    print(json.dumps(report, ensure_ascii=False), flush=True)
    return 0 if ok else 1


def _sign_in(window: Any, wait: Any, qtest: Any, qt: Any) -> bool:
    auth = window.services.auth
    admin = auth.create_first_admin("STADMIN", "Self-test admin", "97531")
    auth.create_officer(admin, OFFICER, "Self-test officer", "health_officer", PIN)
    window.show_sign_in()
    wait(lambda: not window.tasks.pending, "the sign-in screen")
    window.signin.officer_id.setText(OFFICER)
    window.signin.pin.setText(PIN)
    qtest.mouseClick(window.signin.sign_in, qt.MouseButton.LeftButton)
    return wait(lambda: window.officer is not None and window.stack.currentWidget() is window.home
                and window.home.isVisible(), "the home screen after sign-in")


def qt_parts() -> dict[str, Any]:
    """Whether the Qt plugins and QML the kiosk needs are there and load (with Qt's reason if not)."""
    from PySide6.QtCore import QLibraryInfo, QPluginLoader

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    qml = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.QmlImportsPath))
    parts: dict[str, Any] = {}
    for name, relative in (("virtual_keyboard_plugin", "platforminputcontexts/libqtvirtualkeyboardplugin.so"),
                           ("ffmpeg_multimedia_plugin", "multimedia/libffmpegmediaplugin.so")):
        loader = QPluginLoader(str(plugins / relative))
        parts[name] = True if loader.load() else loader.errorString() or "not loadable"
    parts["virtual_keyboard_qml"] = (qml / "QtQuick" / "VirtualKeyboard" / "qmldir").is_file()
    return parts


def slip_and_qr(services: Any, folder: Path) -> dict[str, Any]:
    """Render and sign a slip with the kiosk's key, then decode and verify its QR drawn as an image."""
    from kiosk.records import parse_record
    from kiosk.referral.qr import load_trusted_keys, qr_image, verify_slip_text
    from kiosk.referral.slip import ReferralInfo, make_referral_id, make_slip
    from kiosk.scan import decode_file

    setup = services.slips
    record = parse_record(SLIP_RECORD)
    evaluation = services.screening.rules.evaluate(record).to_json(full=True)
    issued = dt.datetime.now(dt.UTC).replace(microsecond=0)
    info = ReferralInfo(referral_id=make_referral_id(setup.directory.point_of_entry.id, issued, record),
                        issued_at=issued, officer_id=OFFICER, kiosk_id=services.context.kiosk_id)
    slip = make_slip(record, evaluation, info, setup.directory, setup.key, fmt=setup.format)
    pdf = folder / "selftest-slip.pdf"
    pdf.write_bytes(slip.pdf)
    image = folder / "selftest-qr.png"
    qr_image(slip.qr_text).save(image)
    texts = [symbol.text for symbol in decode_file(image)]
    keys = load_trusted_keys(services.data_dir / "referral" / "trusted-kiosk-keys.json")
    verified = bool(texts) and verify_slip_text(texts[0], keys)["valid"]
    return {"slip": {"pdf": str(pdf), "bytes": len(slip.pdf), "pages": slip.pages,
                     "starts_as_pdf": slip.pdf.startswith(b"%PDF")},
            "qr_decoded": texts == [slip.qr_text], "qr_verified": verified}


def renderer_process() -> bool | str:
    """True when the window's slip renderer process starts (a frozen app must become that child)."""
    from ui.printing import SlipRenderer

    renderer = SlipRenderer()
    try:
        problem = renderer.check()
    finally:
        renderer.shutdown()
    return True if problem is None else problem


def _passed(report: dict[str, Any], until: str) -> bool:
    if report.get("failed"):
        return False
    if until == "signin":
        return True
    parts = report["qt_parts"]
    return (parts["virtual_keyboard_plugin"] is True and parts["ffmpeg_multimedia_plugin"] is True
            and parts["virtual_keyboard_qml"] and report.get("signed_in") is True
            and report.get("slip", {}).get("starts_as_pdf") is True and report.get("qr_decoded") is True
            and report.get("qr_verified") is True and report.get("slip_renderer_process") is True)

