"""The kiosk window: the screens on one QStackedWidget and the controllers that wire them to the core.

Screens: sign-in → home → screening ⇄ decision, home → history, home → officers (administrators and
supervisors), plus a calm error screen. The officer is signed out after ``idle_minutes`` without a touch
or key (the draft is already saved and is offered again).

Alert delivery reaches the home screen from the publisher's thread through ``ui.delivery.DeliveryBridge``;
every ``refer``/``isolate`` completion prints its referral slip in the background (``ui.printing``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kiosk.auth import may
from kiosk.errors import KioskError
from ui import dialogs
from ui.keyboard import KeyboardAvoider
from ui.tasks import Tasks
from ui.views.history import HistoryView
from ui.views.home import HomeView
from ui.views.officers import OfficersView
from ui.views.signin import SignInView
from ui.views.widgets import apply_key, button, label

if TYPE_CHECKING:  # the core (SQLAlchemy, protocols) is imported on the worker while sign-in shows
    from kiosk.auth import OfficerInfo
    from ui.services import Services

log = logging.getLogger(__name__)

_ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin, QEvent.Type.Wheel}


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Kiosk", text, "", n)


class ErrorView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        box = QVBoxLayout(self)
        box.setContentsMargins(80, 80, 80, 80)
        box.addWidget(label(tr("Something went wrong"), "title"))
        box.addWidget(label(tr("The answers given so far are saved. Go back to the home screen and resume the "
                               "screening; if this happens again, tell the supervisor."), "subtitle"))
        self.detail = label("", "muted", name="error_detail")
        box.addWidget(self.detail)
        self.home = button(tr("Back to the home screen"), "primary", name="error_home")
        box.addWidget(self.home)
        box.addStretch(1)


class CannotStartView(QWidget):
    """The kiosk refused to start (its database is lost or damaged): what is wrong and what to do, and
    nothing else — no sign-in, no first-run form that would make this an empty new kiosk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        box = QVBoxLayout(self)
        box.setContentsMargins(80, 80, 80, 80)
        box.addWidget(label(tr("This kiosk cannot start"), "title"))
        box.addWidget(label(tr("Nothing has been changed. Tell the supervisor or the technician; they can restore "
                               "the latest backup."), "subtitle"))
        self.detail = label("", "muted", name="cannot_start_detail")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.detail)
        box.addStretch(1)


class KioskWindow(QMainWindow):
    ready = Signal()
    """The core is loaded and sign-in is enabled."""
    start_refused = Signal()
    """The core could not be loaded: the "cannot start" screen shows (a final state, like ``ready``)."""

    def __init__(self, services: Services | Callable[[], Services], officer_language: str = "en",
                 parent: QWidget | None = None) -> None:
        """``services`` may be a factory: it then runs on the worker (imports, migrations, rules) while the
        sign-in screen is already on screen, and sign-in is enabled when it is done."""
        super().__init__(parent)
        self.officer: OfficerInfo | None = None
        self.services: Services | None = None
        self.officer_language = officer_language
        self.setWindowTitle(tr("Health screening"))
        self.tasks = Tasks(self)
        self.tasks.failed.connect(self._task_failed)
        self.stack = QStackedWidget()
        self.mode_banner = label("", name="mode_banner")
        """Above every screen while the kiosk is in exercise or test mode: nothing here is real."""
        self.mode_banner.hide()
        shell = QWidget()
        column = QVBoxLayout(shell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.mode_banner)
        column.addWidget(self.stack, 1)
        self.keyboard = KeyboardAvoider(shell, self.stack, self)
        """Keeps the focused field and its action above the on-screen keyboard (``ui.keyboard``)."""
        self.setCentralWidget(self.keyboard.host)
        self.signin = SignInView()
        self.home = HomeView()
        self.error = ErrorView()
        self.cannot_start = CannotStartView()
        self.history = HistoryView()
        self.officers = OfficersView()
        for view in (self.signin, self.home, self.error, self.cannot_start, self.history, self.officers):
            self.stack.addWidget(view)
        self.bridge: Any = None
        self.printer: Any = None
        self.slip_referral: str | None = None
        """The referral whose slip messages the screens show now (the latest traveller's, or the one
        printed from history); cleared when the next traveller starts."""
        self.slip_dialog: Any = None
        """``ui.views.slip.SlipDialog``: the slip on screen when it was not printed."""
        self.history_controller: Any = None
        self.officers_controller: Any = None
        self._exercise: Any = None
        self.exercise_watcher: Any = None
        """``kiosk.exercises.ExerciseInfo`` of the exercise running on this kiosk, if any."""
        self._dead_count = -1
        self.drafts: list[Any] = []
        self._shut_down = False
        self._watched: QObject | None = None
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(lambda: self.sign_out("idle"))
        self.connection_timer = QTimer(self)
        self.connection_timer.setInterval(10_000)
        self.connection_timer.timeout.connect(self.refresh_connection)
        self._wire_shell()
        self.stack.setCurrentWidget(self.signin)
        if callable(services):
            self.signin.sign_in.setEnabled(False)
            self.signin.message.setText(tr("Starting…"))
            self.tasks.run(services, self._services_ready, self._start_refused)
        else:
            self._services_ready(services)

    def _services_ready(self, services: Services) -> None:
        from kiosk.protocols import DISPOSITIONS
        from ui.controllers.screening import ScreeningController
        from ui.views.screening import DecisionView, ScreeningView

        self.services = services
        self.setWindowTitle(tr("Health screening — %1").replace("%1", services.context.site.name))
        self.screening = ScreeningView(services.languages)
        self.decision = DecisionView(DISPOSITIONS)
        self.stack.addWidget(self.screening)
        self.stack.addWidget(self.decision)
        self.controller = ScreeningController(self.screening, self.decision, services, self.tasks,
                                              self.officer_language, self)
        self._wire_screening()
        self._wire_delivery_and_printing(services)
        self._wire_officers(services)
        from ui.controllers.accessibility import AccessibilityController
        self.accessibility = AccessibilityController(self.home, self.screening, self.controller, services,
                                                     self.tasks, self)
        self._show_mode(services.exercises.in_force.exercise if services.exercises is not None else None)
        if services.exercises is not None:  # an exercise started or ended elsewhere (the trainer console)
            from ui.controllers.exercise import ExerciseWatcher

            self.exercise_watcher = ExerciseWatcher(self)
        # style the screens now, a tick each, so the first traveller does not wait for it
        QTimer.singleShot(1, self.screening.ensurePolished)
        QTimer.singleShot(2, self.decision.ensurePolished)
        for sop in services.sops.values():
            self.controller.prepare(sop)
        self.idle.setInterval(int(services.idle_minutes * 60_000))
        self._watch_activity()
        self.signin.site.setText(f"{services.context.site.name} · {services.context.kiosk_id}")
        self.signin.sign_in.setEnabled(True)
        self.signin.message.clear()
        self.show_sign_in()
        self.ready.emit()

    # ------------------------------------------------------------------------------------ wiring

    def _wire_shell(self) -> None:
        view = self.signin
        view.pad.pressed.connect(self._pad_key)
        view.sign_in.clicked.connect(self._sign_in)
        view.pin.returnPressed.connect(self._sign_in)
        view.create_admin.clicked.connect(self._create_admin)
        home = self.home
        home.bar.sign_out.clicked.connect(lambda: self.sign_out("officer"))
        home.start.clicked.connect(self._start)
        home.resume.clicked.connect(self._resume)
        home.discard.clicked.connect(self._discard)
        home.take.clicked.connect(self._take_secondary)
        self.error.home.clicked.connect(lambda: self.show_home())

    def _wire_screening(self) -> None:
        ctl = self.controller
        ctl.show_form.connect(lambda: self.stack.setCurrentWidget(self.screening))
        ctl.show_decision.connect(lambda: self.stack.setCurrentWidget(self.decision))
        ctl.finished.connect(self._screening_finished)
        ctl.left.connect(self.show_home)

    def _wire_delivery_and_printing(self, services: Services) -> None:
        from ui.controllers.history import HistoryController
        from ui.delivery import DeliveryBridge
        from ui.printing import SlipPrinter

        self.bridge = DeliveryBridge(self)
        self.bridge.status_changed.connect(self._delivery_changed)
        if services.publisher is not None:
            self.bridge.attach(services.publisher)
        self.controller.completed.connect(lambda completed: self._slip_concerns(completed.referral_id))
        if services.slips is not None:
            self.printer = SlipPrinter(services, self.tasks, self, self.officer_language)
            self.controller.completed.connect(self.printer.on_completed)
            self.printer.changed.connect(self._print_changed)
        self.history_controller = HistoryController(self.history, services, self.tasks, self.printer, self)
        self.history_controller.print_requested.connect(self._slip_concerns)
        for start in (self.home.start, self.home.resume, self.home.take):
            start.clicked.connect(lambda: self._slip_concerns(None))  # the next traveller: earlier messages go
        self.controller.completed.connect(lambda _completed: self.history_controller.refresh_soon())
        self.history.back.clicked.connect(lambda: self.show_home())
        self.home.history.clicked.connect(self.show_history)
        self.home.delivery.show_dead.toggled.connect(lambda shown: shown and self._load_dead_letters())
        self.home.delivery.requeue.clicked.connect(self._requeue_dead_letters)
        warnings = "\n".join(services.warnings)
        self.home.warnings.setText(warnings)
        self.home.warnings.setVisible(bool(warnings))

    def _wire_officers(self, services: Services) -> None:
        from ui.controllers.officers import OfficersController

        self.officers_controller = OfficersController(self.officers, services, self.tasks, self)
        self.officers.back.clicked.connect(lambda: self.show_home())
        self.home.officers.clicked.connect(self.show_officers)
        self.home.exercise.clicked.connect(self._start_or_end_exercise)

    def _watch_activity(self) -> None:
        """Watch touches and keys for the idle sign-out on this window's QWindow, which receives every
        input event before its widgets do. (An application-wide filter would be a Python call for every
        event of every widget, thousands while a page is laid out, each waiting for the GIL.)"""
        handle = self.windowHandle()
        if handle is None or handle is self._watched:
            return
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        handle.installEventFilter(self)
        self._watched = handle

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._watch_activity()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.officer is not None:
            self.idle.start()
        return False

    # ------------------------------------------------------------------------------------ sign-in

    def show_sign_in(self) -> None:
        self.stack.setCurrentWidget(self.signin)
        self.signin.pin.clear()
        self.signin.officer_id.setFocus()
        auth = self.services.auth
        self.tasks.run(auth.has_officers, lambda exists: self.signin.show_first_run(not exists))

    def _pad_key(self, key: str) -> None:
        view = self.signin
        if key == "ok":
            if view.officer_id.hasFocus() and view.officer_id.text():
                view.pin.setFocus()
            else:
                self._sign_in()
            return
        target = view.officer_id if view.officer_id.hasFocus() else view.pin
        target.setText(apply_key(target.text(), key, 20 if target is view.officer_id else 12))

    def _sign_in(self) -> None:
        view = self.signin
        if self.services is None:
            return
        officer_id, pin = view.officer_id.text().strip(), view.pin.text()
        if not officer_id or not pin:
            view.message.setText(tr("Enter your officer id and PIN."))
            return
        view.sign_in.setEnabled(False)
        auth = self.services.auth
        self.tasks.run(lambda: auth.sign_in(officer_id, pin), self._signed_in, self._sign_in_refused)

    def _signed_in(self, officer: OfficerInfo) -> None:
        self.signin.sign_in.setEnabled(True)
        self.signin.message.clear()
        self.signin.pin.clear()
        self.officer = officer
        self.idle.start()
        self.show_home()

    def _sign_in_refused(self, error: BaseException) -> None:
        from kiosk.auth import SignInRefused

        view = self.signin
        view.sign_in.setEnabled(True)
        view.pin.clear()
        view.pin.setFocus()
        if isinstance(error, SignInRefused):  # the same words whatever the cause: ids cannot be guessed
            view.message.setText(tr("Officer id or PIN is wrong, or this officer is locked after too many wrong "
                                    "PINs. Try again later, or ask a supervisor to lift the lock."))
        else:
            view.message.setText(str(error) if isinstance(error, KioskError) else tr("Sign-in failed; try again."))
            if not isinstance(error, KioskError):
                log.error("sign-in failed", exc_info=error)

    def _create_admin(self) -> None:
        view = self.signin
        if view.admin_pin.text() != view.admin_pin_again.text():
            view.admin_message.setText(tr("The two PINs differ."))
            return
        auth = self.services.auth
        values = (view.admin_id.text(), view.admin_name.text(), view.admin_pin.text())

        def created(officer: OfficerInfo) -> None:
            view.admin_message.clear()
            self._signed_in(officer)

        self.tasks.run(lambda: auth.create_first_admin(*values), created,
                       lambda error: view.admin_message.setText(str(error)))

    def sign_out(self, reason: str = "officer") -> None:
        officer, self.officer = self.officer, None
        self.idle.stop()
        self.connection_timer.stop()
        if self.services is None:
            return
        self.controller.end()  # the next officer's traveller starts on fresh pages
        self._slip_concerns(None)
        if officer is not None:
            self.tasks.run(lambda: self.services.auth.sign_out(officer, reason))
        self.show_sign_in()
        if reason == "idle":
            self.signin.message.setText(tr("Signed out after a period without activity."))

    # ------------------------------------------------------------------------------------ home

    def show_home(self, notice: str = "") -> None:
        from ui.controllers.officers import role_name

        if self.officer is None:
            self.show_sign_in()
            return
        home = self.home
        officer = self.officer
        home.bar.site.setText(self.services.context.site.name)
        home.bar.officer.setText(f"{officer.name} · {role_name(officer.role)}")
        home.start.setEnabled(officer.can("screen"))
        home.take.setVisible(may(officer, "decide", self.services.screening.context.mode))
        home.officers.setVisible(officer.can("manage_officers"))
        home.delivery.may_requeue = officer.can("requeue_alerts")
        home.delivery.requeue.setVisible(home.delivery.may_requeue and self._dead_count > 0)
        exercises = self.services.exercises
        home.exercise.setVisible(officer.can("run_exercises") and exercises is not None
                                 and exercises.configured.mode == "actual")
        home.exercise.setText(tr("End the exercise") if self._exercise else tr("Start an exercise"))
        home.notice.setText(notice)
        home.notice.setVisible(bool(notice))
        self.stack.setCurrentWidget(home)
        self.refresh_home()
        self.connection_timer.start()

    def refresh_home(self) -> None:
        service = self.services.screening
        services = self.services

        def op() -> tuple[Any, list[Any], list[Any], Any]:
            return service.today(), service.secondary_queue(), service.drafts(), services.connection()

        self.tasks.run(op, self._home_loaded)

    def _home_loaded(self, result: tuple[Any, list[Any], list[Any], Any]) -> None:
        counts, queue, drafts, connection = result
        home = self.home
        for key, widget in home.count_values.items():
            widget.setText(str(getattr(counts, key)))
        home.queue.clear()
        now = self.services.clock.now()
        for item in queue:  # worst first, with protocol, severity and waiting time
            row = QListWidgetItem(self.controller.queue_text(item, now))
            row.setData(256, item.encounter_id)
            home.queue.addItem(row)
        home.take.setEnabled(bool(queue))
        home.queue_title.setText(tr("Waiting for secondary screening: %n", len(queue)))
        self.drafts = drafts
        if drafts:
            draft = drafts[0]
            when = draft.updated_at.astimezone().strftime("%H:%M")
            home.resume_text.setText(
                tr("An unfinished screening from %1 (%n answer(s)) can be resumed.", len(draft.answers)).replace(
                    "%1", when))
        home.resume_card.setVisible(bool(drafts) and self.officer is not None and self.officer.can("screen"))
        self._show_connection(connection)

    def refresh_connection(self) -> None:
        self.tasks.run(self.services.connection, self._show_connection)

    def _show_connection(self, status: Any) -> None:
        """``status``: a ``ui.services.ConnectionStatus`` (top-bar chip and the delivery card)."""
        self.home.bar.set_connection(status)
        self.home.delivery.set_status(status)
        dead = getattr(status, "dead", 0)
        if dead != self._dead_count:
            self._dead_count = dead
            if self.home.delivery.dead_list.isVisible():
                self._load_dead_letters()

    def _delivery_changed(self, delivery: Any) -> None:
        """The publisher's snapshot changed (GUI thread, via the bridge): no database access here."""
        from ui.services import status_from_delivery

        self._show_connection(status_from_delivery(delivery))
        if self.history_controller is not None:
            self.history_controller.refresh_soon()

    def _load_dead_letters(self) -> None:
        from ui.services import dead_letters

        store = self.services.store
        self.tasks.run(lambda: dead_letters(store), self.home.delivery.set_dead_letters)

    def _requeue_dead_letters(self) -> None:
        """A supervisor sends the refused alerts again, once the cause is fixed (audited in the core)."""
        from kiosk.alerts.outbox import requeue_refused

        officer, services = self.officer, self.services
        if officer is None or not officer.can("requeue_alerts"):
            return
        if not dialogs.confirm(
                self, tr("Send the refused alerts again?"),
                tr("%n alert(s) refused by the broker will be queued again. Do this only once the cause is fixed "
                   "(for example the site broker's access list): otherwise the broker refuses them again.",
                   max(self._dead_count, 1)),
                tr("Send again"), tr("Keep")):
            return

        def op() -> int:
            return requeue_refused(services.store, officer, clock=services.clock, context=services.context,
                                   reason="sent again from the home screen")

        self.tasks.run(op, self._requeued, self._refused_on_home)

    def _requeued(self, count: int) -> None:
        self.show_home(tr("%n refused alert(s) queued again.", count) if count
                       else tr("No refused alert to send again."))

    def _slip_concerns(self, referral_id: str | None) -> None:
        """Slip messages now concern ``referral_id`` (None: the next traveller); an earlier one's go."""
        self.slip_referral = referral_id or None
        self.home.set_print_notice("")
        if self.slip_dialog is not None:
            self.slip_dialog.close()
            self.slip_dialog = None

    def _print_changed(self, outcome: Any) -> None:
        """The current referral's slip printed, was saved instead, or failed: say so on the home screen,
        and show the slip on screen when it was not printed. An earlier traveller's outcome is left to the
        history screen."""
        from kiosk.referral.printing import PRINTED
        from ui.printing import PRINTING

        if outcome.referral_id != self.slip_referral:
            return
        problem = outcome.status not in (PRINTING, PRINTED)
        text = outcome.message
        if problem and outcome.qr_text:
            text = tr("Referral slip %1 not printed: it is shown on screen. Print it later from Today's "
                      "screenings.").replace("%1", outcome.referral_id)
            self._show_slip(outcome.referral_id, outcome.qr_text, outcome.content)
        elif problem:
            text = tr("Referral slip %1: %2").replace("%1", outcome.referral_id).replace("%2", outcome.message)
        self.home.set_print_notice(text, problem=problem)

    def _show_slip(self, referral_id: str, qr_text: str, content: Any = None) -> None:
        from ui.views.slip import SlipDialog

        if self.slip_dialog is not None:
            self.slip_dialog.close()
        self.slip_dialog = SlipDialog(referral_id, qr_text, self, content)
        self.slip_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.slip_dialog.finished.connect(lambda _result: setattr(self, "slip_dialog", None))
        self.slip_dialog.open()

    # ------------------------------------------------------------------------------------ history

    def show_history(self) -> None:
        if self.officer is None:
            self.show_sign_in()
            return
        self.stack.setCurrentWidget(self.history)
        self.history_controller.load()

    # ------------------------------------------------------------------------------------ exercises

    def _show_mode(self, exercise: Any) -> None:
        """The banner says when nothing on this kiosk is real: an exercise, or a kiosk set up for tests."""
        self._exercise = exercise
        mode = self.services.screening.context.mode
        if exercise is not None:
            text = tr("EXERCISE “%1” (%2) — training only: alerts go to the exercise channel and slips say "
                      "they are not real").replace("%1", exercise.name).replace("%2", exercise.id)
        elif mode == "exercise":
            text = tr("TRAINING KIOSK — exercise mode: nothing screened here is real")
        elif mode == "test":
            text = tr("TEST MODE — nothing screened here is real")
        else:
            text = ""
        self.mode_banner.setText(text)
        self.mode_banner.setVisible(bool(text))

    def _start_or_end_exercise(self) -> None:
        officer, exercises = self.officer, self.services.exercises
        if officer is None or exercises is None:
            return
        if self._exercise is None:
            name = dialogs.ask_text(self, tr("Start an exercise"),
                                    tr("Name of the exercise (what the trainees will see):"))
            if not name:
                return
            self.tasks.run(lambda: exercises.start(officer, name), self._exercise_changed, self._refused_on_home)
        elif dialogs.confirm(self, tr("End the exercise?"),
                             tr("Screenings on this kiosk will be real again."), tr("End the exercise"), tr("Keep")):
            self.tasks.run(lambda: exercises.end(officer), lambda _: self._exercise_changed(None),
                           self._refused_on_home)

    def _exercise_changed(self, exercise: Any) -> None:
        self._show_mode(exercise)
        notice = (tr("Exercise “%1” started.").replace("%1", exercise.name) if exercise
                  else tr("The exercise has ended: screenings are real again."))
        self.show_home(notice)

    def _refused_on_home(self, error: BaseException) -> None:
        """A refused operation of the home screen (exercise, sending alerts again): said calmly there."""
        self.show_home(str(error) if isinstance(error, KioskError) else tr("Internal error: %1").replace(
            "%1", type(error).__name__))

    def show_officers(self) -> None:
        if self.officer is None or not self.officer.can("manage_officers"):
            self.show_home()
            return
        self.stack.setCurrentWidget(self.officers)
        self.officers_controller.open(self.officer)

    def _screening_finished(self, notice: str) -> None:
        self.show_home(notice)

    def _start(self) -> None:
        if self.officer is not None:
            self.controller.start_primary(self.officer)

    def _resume(self) -> None:
        if self.drafts and self.officer is not None:
            self.controller.resume_draft(self.officer, self.drafts[0])

    def _discard(self) -> None:
        if not self.drafts or self.officer is None:
            return
        if not dialogs.confirm(self, tr("Discard this screening?"),
                               tr("The unfinished answers will be marked abandoned."), tr("Discard"), tr("Keep")):
            return
        draft, officer_id = self.drafts[0], self.officer.id
        service = self.services.screening
        self.tasks.run(lambda: service.abandon(draft.encounter_id, officer_id, "discarded on the home screen"),
                       lambda _: self.refresh_home())

    def _take_secondary(self) -> None:
        home = self.home
        item = home.queue.currentItem() or (home.queue.item(0) if home.queue.count() else None)
        if item is not None and self.officer is not None:
            self.controller.start_secondary(self.officer, item.data(256))

    # ------------------------------------------------------------------------------------ failures

    def _start_refused(self, error: BaseException) -> None:
        """The core could not be built: say why on a screen of its own, never the sign-in or first-run form."""
        if isinstance(error, KioskError):
            log.error("the kiosk cannot start: %s", error)
            detail = str(error)
        else:
            log.error("the kiosk cannot start", exc_info=error)
            detail = tr("Internal error: %1").replace("%1", type(error).__name__)
        self.cannot_start.detail.setText(detail)
        self.stack.setCurrentWidget(self.cannot_start)
        self.start_refused.emit()

    def show_error(self, detail: str = "") -> None:
        """The calm error screen (unhandled exception or failed background operation)."""
        self.error.detail.setText(detail)
        self.stack.setCurrentWidget(self.error)

    def _task_failed(self, error: BaseException) -> None:
        if isinstance(error, KioskError):
            self.show_error(str(error))
        else:
            self.show_error(tr("Internal error: %1").replace("%1", type(error).__name__))

    # ------------------------------------------------------------------------------------ keyboard, closing

    def shutdown(self) -> None:
        """Clean stop: finish queued saves, audit the sign-out, close the database (idempotent)."""
        if self._shut_down:
            return
        self._shut_down = True
        self.idle.stop()
        self.connection_timer.stop()
        if self.exercise_watcher is not None:
            self.exercise_watcher.stop()
        self.keyboard.disconnect_all()
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None
        if self.services is not None and hasattr(self.controller, "stop_scanning"):
            self.controller.stop_scanning()  # camera and frame decoder threads
        if self.printer is not None:
            self.printer.shutdown()  # the renderer process stops at once
        if self.officer is not None and self.services is not None:
            officer, self.officer = self.officer, None
            self.tasks.run(lambda: self.services.auth.sign_out(officer, "shutdown"))
        # while the core still loads there is nothing to save: the process exits without waiting for it
        self.tasks.shutdown(wait=self.services is not None)
        if self.services is not None:
            self.services.close()  # stops the alert publisher (status "offline"), then closes the database

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

