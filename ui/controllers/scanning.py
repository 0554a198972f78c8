"""Scan controller: every way a document reaches the screening form, and what it fills in.

It owns the scanning inputs — camera frames decoded on a worker thread (``ui.scanning.FrameDecoder`` fed
by ``CameraSource``), keyboard-wedge desk scanners (``ScannerInput``) and image files — and the trust list
that verifies certificate signatures. A parsed document fills the scan question that accepts it and the
page's questions bound to the same record parts (``traveller.surname``…), with provenance: the scan answer
keeps the document's kind, its checks and what it filled. It never replaces what the officer typed, and a
document that fails its checks fills nothing.

The screening controller creates it and is its ``ScanHost``: it lends the traveller's session and the
page's field boxes, and shows and saves the answers once a scan changed them. What a document fills in,
and what a new scan or a removed one takes back, are the session's merge rules
(``kiosk.session.ScreeningSession.apply_document``); this controller reads documents and says what they did.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.errors import KioskError
from kiosk.sop import Field
from ui.views.screening import FieldBox, ScanBox, ScreeningView

if TYPE_CHECKING:
    from kiosk.services import Services
    from kiosk.session import ScreeningSession
    from ui.tasks import Tasks

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Kiosk", text)


class ScanHost(Protocol):
    """What scanning needs from the screening it fills in (the ``ScreeningController``)."""

    current: ScreeningSession | None
    """The traveller's session (None between travellers): it takes the answers."""
    boxes: dict[str, FieldBox]
    """The field boxes of the page on screen, by field id."""

    def show_answers(self, skip: str | None = None) -> None:
        """Show the run's answers again in the page's editors (all but field ``skip``)."""

    def answers_changed(self) -> None:
        """Answers changed outside the editors: show or hide the questions they lead to, save the draft."""


class ScanController(QObject):
    def __init__(self, host: ScanHost, view: ScreeningView, services: Services, tasks: Tasks,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.view = view
        self.services = services
        self.tasks = tasks
        self.trust: Any = None
        """The TrustStore for certificate signatures (None: no trust list; signatures not verifiable)."""
        self.trust_problem = ""
        self._trust_requested = False
        self.frame_decoder: Any = None
        """``ui.scanning.FrameDecoder`` feeding the camera's frames to the decoder worker (made on first use)."""
        self.camera: Any = None
        self.camera_message = ""
        self._camera_on = False
        self._scan_details: dict[str, tuple[list[str], list[str]]] = {}
        """Per scan question: the last scan's check lines and the fields kept as typed (shown again
        when the page is redrawn; the stored answer keeps the headline). This traveller's only."""
        self.scanner: Any = None
        """``ui.scanning.ScannerInput``: desk-scanner lines typed anywhere on the screening screen."""
        self._scanning_loaded = False
        """The decoders and parsers are imported on the worker once the pages are ready (not meanwhile:
        imports hold the GIL, and building the pages would wait for it), never when a page shows."""

    # ------------------------------------------------------------------------------------ for the screening

    def begin(self) -> None:
        """A new traveller: nothing of the last traveller's scans is shown; the desk scanner is made on first use."""
        self._scan_details = {}
        if self.scanner is None:
            from ui.scanning import ScannerInput

            self.scanner = ScannerInput(self.view, active=False)  # on while a scan question shows
            self.scanner.text.connect(lambda text: self.scan_texts([text], "scanner"))

    def preload(self) -> None:
        """Import the decoders and parsers on the worker, once (call when the pages are built)."""
        if not self._scanning_loaded:
            self._scanning_loaded = True
            self.tasks.run(_preload_scanning)

    def editor(self, field: Field) -> ScanBox:
        """A scan question's editor: camera, desk scanner or image file fill it in."""
        scan = ScanBox(field.id, {"file": tr("Scan an image file…"), "clear": tr("Remove scan"),
                                  "empty": tr("Nothing scanned yet.")})
        scan.file_button.clicked.connect(lambda _=False, f=field.id: self.scan_file(f))
        scan.clear_button.clicked.connect(lambda _=False, f=field.id: self._clear_scan(f))
        return scan

    def load(self, field_id: str, editor: ScanBox, value: Any) -> None:
        """Show a scan question's answer (None clears: pages are reused from one traveller to the next)."""
        self._show_scan_answer(editor, value, *self._scan_details.get(field_id, ((), ())))
        editor.source.setText(self._source_text())

    # ------------------------------------------------------------------------------------ inputs

    def _scan_fields(self) -> list[Field]:
        current = self.host.current
        return [] if current is None else current.scan_fields()

    def update_sources(self) -> None:
        """The camera runs (and wedge lines are awaited) only while a scan question is on screen."""
        if self._scan_fields():
            self._start_scanning()
        else:
            self.stop_scanning()

    def _start_scanning(self) -> None:
        self._load_trust()
        if self.frame_decoder is None:
            from ui.scanning import CameraSource, FrameDecoder

            self.frame_decoder = FrameDecoder(parser=self._parse_frame_texts, parent=self)
            self.frame_decoder.decoded.connect(lambda results: self._scanned(results, "camera"))
            self.frame_decoder.failed.connect(lambda text: self._camera_status(f"camera error: {text}"))
            self.camera = CameraSource(self.frame_decoder, self)
            self.camera.status.connect(self._camera_status)
        self.frame_decoder.start()
        if self.scanner is not None:
            self.scanner.set_active(True)
        if not self._camera_on:
            self._camera_on = True
            QTimer.singleShot(0, self._start_camera)  # after the page is on screen: probing takes a moment
        focus = QApplication.focusWidget()
        if focus is None or not self.view.isAncestorOf(focus):
            self.view.setFocus()  # so a desk scanner's keystrokes reach this screen

    def _start_camera(self) -> None:
        if self._camera_on and self.camera is not None:
            self.camera.start()

    def stop_scanning(self) -> None:
        """Stop the camera and the frame worker (call when the window shuts down)."""
        self._camera_on = False
        if self.scanner is not None:
            self.scanner.set_active(False)
        if self.camera is not None:
            self.camera.stop()
        if self.frame_decoder is not None:
            self.frame_decoder.stop()

    def _camera_status(self, message: str) -> None:
        self.camera_message = message
        text = self._source_text()
        for field in self._scan_fields():
            self.host.boxes[field.id].editor.source.setText(text)

    def _source_text(self) -> str:
        message = self.camera_message
        if not message:
            return tr("Hold the document to the camera or the desk scanner.")
        if message == "no camera attached":
            return tr("No camera attached: use the desk scanner or scan an image file.")
        if message.startswith("camera:"):
            return tr("Camera on: hold the document up to it, or use the desk scanner.")
        return tr("Camera problem (%1): use the desk scanner or an image file.").replace(
            "%1", message.removeprefix("camera error: "))

    def _trust_dir(self) -> Path | None:
        """``<data_dir>/trust``: PEM/JSON/YAML signer lists and JWKS files (see docs/documents.md)."""
        data_dir = self.services.data_dir
        return Path(data_dir) / "trust" if data_dir else None

    def _load_trust(self) -> None:
        if self._trust_requested:
            return
        self._trust_requested = True
        folder = self._trust_dir()

        def op() -> Any:
            from kiosk.documents.trust import load_trust

            if folder is None or not folder.is_dir():
                return None
            files = sorted(p for p in folder.iterdir() if p.suffix.lower() in (".pem", ".json", ".yaml", ".yml"))
            return load_trust(files) if files else None

        def failed(error: BaseException) -> None:
            self.trust_problem = str(error)
            log.warning("trust list not loaded: %s", error)

        def loaded(trust: Any) -> None:
            self.trust = trust

        self.tasks.run(op, loaded, failed)

    def _parse_frame_texts(self, texts: list[str]) -> list[Any]:
        """Runs on the frame worker thread."""
        from kiosk.scan import parse_texts

        return parse_texts(texts, self.services.clock.now(), self.trust)

    def scan_texts(self, texts: list[str], source: str = "scanner", field_id: str | None = None) -> None:
        """Parse scanned texts (desk scanner lines, MRZ joined) off the GUI thread, then fill the form."""
        if self.host.current is None:
            return
        now, trust = self.services.clock.now(), self.trust

        def op() -> list[Any]:
            from kiosk.scan import parse_texts

            return parse_texts(texts, now, trust)

        self.tasks.run(op, lambda results: self._scanned(results, source, field_id), self._scan_failed)

    def scan_file(self, field_id: str) -> None:
        """The "Scan an image file" button: pick a file, decode it on the worker, fill the form."""
        from ui import scanning

        path = scanning.choose_image_file(self.view, tr("Image of a document"))
        if not path or self.host.current is None:
            return
        box = self.host.boxes.get(field_id)
        if box is not None:
            box.editor.show_result("none", tr("Reading the image…"), [])
        now, trust = self.services.clock.now(), self.trust

        def op() -> list[Any]:
            from kiosk.scan import decode_file, parse_texts

            symbols = decode_file(path)
            if not symbols:
                raise KioskError(tr("No barcode or QR code was found in this image (read an MRZ with the desk "
                                    "scanner)."))
            return parse_texts([s.text for s in symbols], now, trust)

        self.tasks.run(op, lambda results: self._scanned(results, "file", field_id),
                       lambda error: self._scan_failed(error, field_id))

    # ------------------------------------------------------------------------------------ results

    def _scan_failed(self, error: BaseException, field_id: str | None = None) -> None:
        text = str(error) if isinstance(error, KioskError) else tr("The scan could not be read.")
        if not isinstance(error, KioskError):
            log.error("scan failed", exc_info=error)
        fields = [f for f in self._scan_fields() if field_id in (None, f.id)]
        if fields:
            self.host.boxes[fields[0].id].editor.show_result("error", "✗ " + tr("Nothing read"), [text])
        else:
            self.view.message.setText(text)

    def _scanned(self, results: Iterable[Any], source: str, field_id: str | None = None) -> None:
        """Route each parsed document to the scan question on screen that accepts it."""
        session = self.host.current
        if session is None:
            return
        fields = self._scan_fields()
        for result in results:
            if source == "camera" and not session.first_sighting(result):
                continue  # the camera sees the same document many times a second
            target = session.target_for(result.kind, field_id)
            if target is not None:
                self._apply_scan(target, result)
                continue
            state, headline, lines, _ = self._verdict(result)
            if result.kind != "unknown":
                state, lines = "error", [tr("This page does not take this document: scan it where it is asked for.")]
            shown = next((f for f in fields if f.id == field_id), fields[0] if fields else None)
            if shown is not None:
                self.host.boxes[shown.id].editor.show_result(state, headline, lines)
            else:
                self.view.message.setText(f"{headline}. {' '.join(lines)}")

    def _verdict(self, result: Any) -> tuple[str, str, list[str], bool]:
        """(state, headline, detail lines, usable) for one parsed document, by the core's usage rule."""
        from kiosk.documents.usage import assess

        use = assess(result)
        name = document_name(result)
        if use.state == "unknown":
            return "error", "✗ " + tr("Not a recognised document"), list(result.errors), False
        notes = self._document_notes(result)
        if use.usable:
            what = tr("all check digits valid") if result.kind == "mrz" else \
                tr("signature verified, all checks passed") if use.verified else tr("all checks passed")
            return "ok", f"✓ {name} — {what}", notes, True
        if use.state == "not_verified":
            lines = [*result.errors, tr("Treated as not shown: nothing was filled from this document."),
                     tr("A paper certificate can be recorded in secondary screening.")]
            return "warn", f"⚠ {name} — " + tr("not verified: %1").replace("%1", _not_verified_text(use.reason)), \
                lines, False
        what = ", ".join(check.replace("_", " ") for check in use.failed) or tr("unreadable")
        lines = [*result.errors, tr("Nothing was filled from this document.")]
        return "error", f"✗ {name} — " + tr("check failed: %1").replace("%1", what), lines, False

    def _document_notes(self, result: Any) -> list[str]:
        notes = []
        if result.kind == "mrz" and result.fields.get("expired"):
            notes.append(tr("The document expired on %1.").replace("%1", str(result.fields.get("expiry_date"))))
        if result.kind == "bcbp":
            for index, leg in enumerate(result.fields.get("legs") or [], start=1):
                if leg.get("date"):
                    notes.append(tr("leg %1 date inferred: %2 (day %3 of the year)").replace("%1", str(index))
                                 .replace("%2", str(leg["date"])).replace("%3", str(leg.get("julian_date", ""))))
        return notes

    # ------------------------------------------------------------------------------------ filling the form

    def _apply_scan(self, field: Field, result: Any) -> None:
        """Fill the record from one document (the session's merge rules), say what it did, and save."""
        session = self.host.current
        box = self.host.boxes[field.id]
        state, headline, lines, usable = self._verdict(result)
        had_scan = session.run.raw_answers.get(field.id) is not None
        outcome = session.apply_document(field.id, result, headline)
        if outcome.status in ("not_usable", "empty"):
            if outcome.status == "empty":
                lines = [*lines, tr("The document holds nothing this screening records.")]
            if had_scan:
                lines = [*lines, tr("The earlier scan is kept.")]
            box.editor.show_result(state if not usable else "warn", headline, lines)
            return
        if outcome.status == "refused":
            box.editor.show_result("error", headline, [e.message for e in outcome.errors] +
                                   [tr("Nothing was filled from this document.")])
            return
        from kiosk.documents.usage import usable_prefill

        self.host.show_answers(skip=field.id)
        self._scan_details[field.id] = ([*lines, *usable_prefill(result).notes], list(outcome.kept))
        self._show_scan_answer(box.editor, session.run.raw_answers.get(field.id), *self._scan_details[field.id])
        box.set_error("")
        self.host.answers_changed()

    def _show_scan_answer(self, editor: ScanBox, answer: Any, lines: Iterable[str] = (),
                          kept: Iterable[str] = ()) -> None:
        if not isinstance(answer, dict):
            editor.show_result("none", tr("Nothing scanned yet."), [])
            return
        summary = str(answer.get("summary") or answer.get("kind") or "")
        state = "warn" if summary.startswith("⚠") else "ok"
        details = list(lines)
        filled = self._filled_text(answer)
        if filled:
            details.append(tr("Filled: %1").replace("%1", filled))
        kept = list(kept)
        if kept:
            details.append(tr("Kept what was typed: %1").replace("%1", ", ".join(field_label(k) for k in kept)))
        editor.show_result(state, summary, details)

    def _filled_text(self, answer: dict[str, Any]) -> str:
        items = []
        for part in ("traveller", "conveyance"):
            for key, value in (answer.get(part) or {}).items():
                items.append(f"{field_label(key)} {value}")
        for dose in answer.get("vaccinations") or []:
            items.append(f"{vaccine_name(dose.get('vaccine', ''))} {dose.get('date', '')}")
        if stays := answer.get("itinerary"):
            from kiosk.records import countries

            names = countries()
            items.append(tr("itinerary: %1").replace("%1", ", ".join(
                tr("%1 (left %2)").replace("%1", names.get(stay["country"], stay["country"]))
                .replace("%2", stay["left"]) for stay in stays)))
        return " · ".join(items)

    def _clear_scan(self, field_id: str) -> None:
        """The officer removes a scan (wrong document): its answer and what it filled in go."""
        current = self.host.current
        if current is None:
            return
        current.clear_document(field_id)
        self._scan_details.pop(field_id, None)
        self.host.show_answers()
        self.host.answers_changed()


def _preload_scanning() -> None:
    """Import the barcode decoders and document parsers (a third of a second) on the worker thread."""
    import kiosk.documents.prefill
    import kiosk.documents.trust
    import kiosk.scan  # noqa: F401
    import ui.scanning

    if ui.scanning.camera_possible():
        import PySide6.QtMultimedia  # noqa: F401  (its Python enums take ~50 ms to build)


def _not_verified_text(reason: str) -> str:
    return {"no_trust_list": tr("no trust list on this kiosk"),
            "unknown_signer": tr("the signer is not on the trust list"),
            "issuer_unpinned": tr("the issuer's keys are not pinned to the issuer")}.get(reason, reason)


def document_name(result: Any) -> str:
    if result.kind == "mrz":
        code = str(result.fields.get("document_type", ""))[:1]
        return {"P": tr("Passport MRZ"), "V": tr("Visa MRZ")}.get(code, tr("Identity card MRZ"))
    return {"bcbp": tr("Boarding pass"), "dcc": tr("EU digital COVID certificate"),
            "icvp": tr("WHO vaccination certificate"), "shc": tr("SMART Health Card"),
            "referral": tr("Referral slip")}.get(result.kind, result.kind)


def field_label(name: str) -> str:
    labels = {
        "surname": tr("surname"), "given_names": tr("given names"), "birth_date": tr("born"), "sex": tr("sex"),
        "nationality": tr("nationality"), "document_type": tr("document type"),
        "document_number": tr("document number"), "issuing_state": tr("issued by"), "type": tr("arrived by"),
        "carrier": tr("carrier"), "flight_number": tr("flight"), "seat": tr("seat"), "origin": tr("from"),
        "destination": tr("to"),
    }
    return labels.get(name, name.replace("_", " "))


def vaccine_name(code: str) -> str:
    names = {"yellow_fever": tr("Yellow fever"), "polio": tr("Polio"), "covid19": tr("COVID-19"),
             "measles": tr("Measles")}
    return names.get(code, code.replace("_", " "))
