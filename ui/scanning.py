"""Camera and scanner inputs for document scanning (no screen of their own).

* :class:`FrameDecoder` takes camera frames (``QVideoSink.videoFrameChanged`` → ``frame.toImage()``),
  converts them to Grayscale8 and decodes them on a worker thread, at most ``max_fps`` a second.
  While the worker is busy new frames are DROPPED, never queued, so the preview never lags behind.
  Results arrive on the GUI thread through ``decoded(list[DocumentResult])``.
* :class:`CameraSource` starts the first camera, or reports "no camera attached".
* :class:`ScannerInput` catches keyboard-wedge scanners (fast keystrokes ending in Enter) anywhere
  inside a given widget and emits ``line(str)`` and, MRZ lines joined, ``text(str)``.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from kiosk.scan.decoders import Decoder, GrayFrame, default_decoder
from kiosk.scan.wedge import LineCollector

log = logging.getLogger(__name__)

Parser = Callable[[list[str]], list[Any]]


def _default_parser(texts: list[str]) -> list[Any]:
    from kiosk.scan.dispatch import parse_texts

    return parse_texts(texts)


def gray_frame(image: QImage) -> GrayFrame:
    """Copy a QImage into a Grayscale8 :class:`GrayFrame`, keeping its row stride (bytesPerLine)."""
    gray = image if image.format() == QImage.Format.Format_Grayscale8 else image.convertToFormat(
        QImage.Format.Format_Grayscale8
    )
    stride = gray.bytesPerLine()
    data = bytes(gray.constBits())[: stride * gray.height()]
    return GrayFrame(data, gray.width(), gray.height(), stride)


class _Worker(QObject):
    done = Signal(object)  # list of results, or an exception text

    def __init__(self, decoder: Decoder | None, parser: Parser) -> None:
        super().__init__()
        self._decoder = decoder
        self._parser = parser

    @Slot(object)
    def work(self, frame: GrayFrame) -> None:
        try:
            decoder = self._decoder or default_decoder()
            symbols = decoder.decode(frame)
            results = self._parser([s.text for s in symbols]) if symbols else []
        except Exception as error:  # a bad frame must not kill the worker thread
            log.warning("frame decode failed", exc_info=True)
            results = error
        self.done.emit(results)


class FrameDecoder(QObject):
    """Decode camera frames off the GUI thread, dropping frames while busy or above ``max_fps``."""

    decoded = Signal(list)
    failed = Signal(str)

    def __init__(
        self,
        decoder: Decoder | None = None,
        parser: Parser = _default_parser,
        max_fps: float = 8.0,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.max_fps = max_fps
        self._clock = clock
        self._busy = False
        self._last_start: float | None = None
        self.accepted = 0
        self.dropped = 0
        self._thread = QThread(self)
        self._thread.setObjectName("frame-decoder")
        self._worker = _Worker(decoder, parser)
        self._worker.moveToThread(self._thread)
        self._work.connect(self._worker.work)
        self._worker.done.connect(self._finished)
        app = QApplication.instance()
        if app is not None:  # a running QThread must never be destroyed with the application
            app.aboutToQuit.connect(self.stop)
        self._thread.start()

    _work = Signal(object)

    @property
    def busy(self) -> bool:
        return self._busy

    @Slot(object)
    def on_video_frame(self, frame: Any) -> None:
        """Slot for ``QVideoSink.videoFrameChanged``; converts only frames that will be decoded."""
        if self._should_drop():
            self.dropped += 1
            return
        self.submit(frame.toImage())

    def submit(self, image: QImage) -> bool:
        """Hand one frame to the worker; False (and counted as dropped) when busy or too soon."""
        if image.isNull() or self._should_drop():
            self.dropped += 1
            return False
        self._busy = True
        self._last_start = self._clock()
        self.accepted += 1
        self._work.emit(gray_frame(image))
        return True

    def _should_drop(self) -> bool:
        if self._busy:
            return True
        if self.max_fps and self._last_start is not None:
            return self._clock() - self._last_start < 1.0 / self.max_fps
        return False

    @Slot(object)
    def _finished(self, results: Any) -> None:
        self._busy = False
        if isinstance(results, Exception):
            self.failed.emit(f"could not decode the frame: {type(results).__name__}")
        elif results:
            self.decoded.emit(results)

    def start(self) -> None:
        """(Re)start the worker thread after :meth:`stop` (idempotent)."""
        if not self._thread.isRunning():
            self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def stop(self) -> None:
        """Stop the worker thread (waits for a decode in progress to finish)."""
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()


IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp)"


def choose_image_file(parent: QWidget | None, title: str) -> str | None:
    """Ask for an image of a document (the seam tests monkeypatch); None when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, "", IMAGE_FILTER)
    return path or None


def camera_possible() -> bool:
    """False when this machine cannot have a camera: Linux with no ``/dev/video*`` node. Then Qt
    Multimedia is never loaded (loading it and its FFmpeg backend blocks the GUI thread ~150 ms)."""
    if not sys.platform.startswith("linux"):
        return True
    return any(Path("/dev").glob("video*"))


def video_inputs() -> list[Any]:
    """The cameras Qt Multimedia sees (loading the multimedia backend on first use)."""
    if not camera_possible():
        return []
    from PySide6.QtMultimedia import QMediaDevices

    return list(QMediaDevices.videoInputs())


class CameraSource(QObject):
    """The first camera feeding a :class:`FrameDecoder`, or a clear "no camera attached"."""

    status = Signal(str)
    NO_CAMERA = "no camera attached"

    def __init__(self, decoder: FrameDecoder, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._decoder = decoder
        self._camera = None
        self._session = None
        self._sink = None
        self.message = ""

    def start(self) -> bool:
        if self._camera is not None:  # started before: resume the same camera
            self._camera.start()
            return self._report(f"camera: {self._camera.cameraDevice().description()}", True)
        devices = video_inputs()
        if not devices:
            return self._report(self.NO_CAMERA, False)
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QVideoSink

        self._session = QMediaCaptureSession(self)
        self._camera = QCamera(devices[0], self)
        self._sink = QVideoSink(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._decoder.on_video_frame)
        self._camera.errorOccurred.connect(lambda _e, text: self._report(f"camera error: {text}", False))
        self._camera.start()
        return self._report(f"camera: {devices[0].description()}", True)

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()

    def _report(self, message: str, ok: bool) -> bool:
        self.message = message
        self.status.emit(message)
        return ok


class ScannerInput(QObject):
    """Catches keyboard-wedge scanner lines typed inside ``root``.

    It filters the events of ``root``'s window (its QWindow, which receives every key from the
    keyboard, or a scanner acting as one, before the focused widget does): an application-wide filter
    would be a Python call for every event of every widget. Keys reach the focused widget as usual;
    when a run of fast keystrokes (each within ``max_gap_s`` of the previous) ends with Enter, the
    Enter is swallowed, the scanned characters are removed again from a focused QLineEdit, and
    ``line`` is emitted.
    """

    line = Signal(str)
    text = Signal(str)

    def __init__(self, root: QWidget, *, max_gap_s: float = 0.05, min_length: int = 4,
                 clock: Callable[[], float] = time.monotonic, active: bool = True) -> None:
        super().__init__(root)
        self._root = root
        self._max_gap = max_gap_s
        self._min_length = min_length
        self._clock = clock
        self._buffer: list[str] = []
        self._last = 0.0
        self._collector = LineCollector()
        self._watched: QObject | None = None
        root.destroyed.connect(self._uninstall)
        self.set_active(active)

    @property
    def active(self) -> bool:
        return self._watched is not None

    def set_active(self, active: bool) -> None:
        """Watch the keys (while a scan question is on screen), or stop."""
        if active:
            top = self._root.window()
            handle = top.windowHandle()
            if handle is None:
                top.winId()  # makes the native window (and its QWindow) before the widget is shown
                handle = top.windowHandle()
            if handle is self._watched:
                return
            self._uninstall()
            handle.installEventFilter(self)
            self._watched = handle
        else:
            self._uninstall()
            self._buffer.clear()

    @Slot()
    def _uninstall(self) -> None:
        if self._watched is not None:
            with contextlib.suppress(RuntimeError):  # the window may already be gone
                self._watched.removeEventFilter(self)
        self._watched = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        target = QApplication.focusWidget() or self._root.window()
        if not (target is self._root or self._root.isAncestorOf(target)):
            return False
        now = self._clock()
        if now - self._last > self._max_gap:
            self._buffer.clear()
        self._last = now
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self._finish(target)
        if event.text() and event.text().isprintable():
            self._buffer.append(event.text())
        return False

    def _finish(self, watched: QObject) -> bool:
        scanned = "".join(self._buffer)
        self._buffer.clear()
        if len(scanned) < self._min_length:
            return False
        if isinstance(watched, QLineEdit) and watched.text().endswith(scanned):
            watched.setText(watched.text()[: -len(scanned)])
        self.line.emit(scanned)
        complete = self._collector.feed(scanned)
        if complete is not None:
            self.text.emit(complete)
        return True
