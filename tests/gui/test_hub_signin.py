"""Sign-in at the hub console, driven offscreen on a real SQLite hub database: nothing is shown before it, a
wrong password and a lock are refused with their reason, the signed-in user's id goes into the triage
history, a read-only user cannot triage (buttons disabled, and the core refuses too), a jurisdiction limits
the list, and signing out closes the window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import Engine

from kiosk.auth import MAX_FAILED_ATTEMPTS, PermissionDenied
from kiosk.clock import FixedClock
from kiosk.hub import console
from kiosk.hub.accounts import HubAccounts
from kiosk.hub.models import hub_engine
from ui.hub.demo import DemoAlert, add_alert, enrol_demo_kiosks
from ui.hub.screenshots import Silent
from ui.hub.views.alerting import Alerting
from ui.hub.window import HubConsoleWindow

pytestmark = pytest.mark.gui

PASSWORD = "a long test password"


@pytest.fixture
def hub(tmp_path: Path, fast_passwords: None) -> Iterator[tuple[str, Engine]]:
    url = f"sqlite:///{tmp_path / 'hub.sqlite'}"
    engine = hub_engine(url)
    enrol_demo_kiosks(engine)
    accounts = HubAccounts(engine)
    accounts.add_user("test", "ada", "Ada Okoro", "surveillance_officer", PASSWORD)
    accounts.add_user("test", "rui", "Rui Costa", "read_only", PASSWORD)
    accounts.add_user("test", "sami", "Sami Haddad", "surveillance_officer", PASSWORD, poes=["XL-SEA-02"])
    yield url, engine
    engine.dispose()


@pytest.fixture
def open_console(qtbot, qapp, tmp_path: Path) -> Iterator[Callable[[str, FixedClock], HubConsoleWindow]]:
    from ui import theme

    theme.apply(qapp)
    windows: list[HubConsoleWindow] = []

    def build(url: str, clock: FixedClock) -> HubConsoleWindow:
        alerting = Alerting(sound=Silent(), settings=QSettings(str(tmp_path / "hub-console.ini"),
                                                               QSettings.Format.IniFormat))
        window = HubConsoleWindow(url, clock=clock, refresh_ms=100, alerting=alerting)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        windows.append(window)
        qtbot.waitUntil(window.signin.button.isEnabled, timeout=5000)
        return window

    yield build
    for window in windows:
        window.shutdown()


def sign_in(qtbot, window: HubConsoleWindow, user_id: str, password: str) -> None:
    page = window.signin
    page.user_id.clear()
    qtbot.keyClicks(page.user_id, user_id)
    page.password.clear()
    qtbot.keyClicks(page.password, password)
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)


def refused(qtbot, window: HubConsoleWindow, user_id: str, password: str) -> str:
    with qtbot.waitSignal(window.signin.refused, timeout=5000) as blocker:
        sign_in(qtbot, window, user_id, password)
    return blocker.args[0]


def signed_in(qtbot, window: HubConsoleWindow, user_id: str, password: str = PASSWORD) -> None:
    sign_in(qtbot, window, user_id, password)
    qtbot.waitUntil(lambda: window.baseline["actual"] is not None, timeout=5000)


def open_detail(qtbot, window: HubConsoleWindow, alert_id: int) -> None:
    page = window.pages["actual"]
    qtbot.waitUntil(lambda: page.row_of(alert_id) is not None, timeout=5000)
    rect = page.table.visualRect(page.model.index(page.row_of(alert_id), 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.summary.id == alert_id,
                    timeout=5000)


def test_nothing_is_shown_before_sign_in_and_a_wrong_password_is_refused(
        qtbot, hub, clock, open_console) -> None:
    url, engine = hub
    alert = add_alert(engine, DemoAlert("XL-AIR-01", "EVD"), clock.now() - dt.timedelta(minutes=3))
    window = open_console(url, clock)
    assert window.signin.isVisible() and not window.tabs.isVisible()
    assert window.signin.password.echoMode() == window.signin.password.EchoMode.Password

    assert refused(qtbot, window, "ada", "not my password") == "User id or password is wrong."
    assert window.signin.message.text() == "User id or password is wrong." and window.signin.password.text() == ""
    assert refused(qtbot, window, "nobody", PASSWORD) == "User id or password is wrong."
    assert refused(qtbot, window, "ada", "") == "Enter your user id and password."
    assert not window.tabs.isVisible() and window.baseline["actual"] is None  # nothing was read
    assert window.pages["actual"].row_count() == 0

    signed_in(qtbot, window, "Ada")
    assert window.tabs.isVisible() and not window.signin.isVisible()
    assert window.officer_label.text() == "Signed in: Ada Okoro (Surveillance officer)"
    assert window.tabs.isTabVisible(window.tabs.indexOf(window.quarantine_page))
    open_detail(qtbot, window, alert)
    panel = window.pages["actual"].detail
    with qtbot.waitSignal(window.triaged, timeout=5000):
        qtbot.mouseClick(panel.acknowledge, Qt.MouseButton.LeftButton)
    assert [(s.state, s.officer) for s in console.alert_detail(engine, alert).history] == [("acknowledged", "ada")]
    actions = [action for action, _actor, _detail in HubAccounts(engine).events("ada")]
    assert actions == ["user.created", "auth.failed", "auth.signed_in"]


def test_too_many_wrong_passwords_lock_the_account_and_the_console_says_until_when(
        qtbot, hub, clock, open_console) -> None:
    url, _engine = hub
    window = open_console(url, clock)
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        assert refused(qtbot, window, "ada", "not my password") == "User id or password is wrong."
    locked = refused(qtbot, window, "ada", "not my password")
    until = (clock.now() + dt.timedelta(minutes=5)).astimezone().strftime("%H:%M")
    assert locked.startswith(f"This account is locked after {MAX_FAILED_ATTEMPTS} wrong passwords until")
    assert until in locked and "ask an administrator to unlock it" in locked
    assert refused(qtbot, window, "ada", PASSWORD) == locked  # the right password does not open it
    assert not window.tabs.isVisible()


def test_a_read_only_user_sees_alerts_but_cannot_triage_and_the_core_refuses_too(
        qtbot, hub, clock, open_console) -> None:
    url, engine = hub
    alert = add_alert(engine, DemoAlert("XL-AIR-01", "EVD"), clock.now() - dt.timedelta(minutes=3))
    window = open_console(url, clock)
    signed_in(qtbot, window, "rui")
    assert window.officer_label.text() == "Signed in: Rui Costa (Read-only)"
    open_detail(qtbot, window, alert)
    panel = window.pages["actual"].detail
    assert panel.event.text() == "Suspected Ebola virus disease – traveller"  # reading is allowed
    assert not any(b.isEnabled() for b in (panel.acknowledge, panel.investigate, panel.close, panel.add_note))
    assert not panel.outcome.isEnabled() and panel.note.isReadOnly()
    with pytest.raises(PermissionDenied, match="Read-only rui may not triage"):
        console.triage(engine, alert, "acknowledged", officer=window.user)
    with pytest.raises(PermissionDenied, match="may not note"):
        console.add_note(engine, alert, "a note", officer=window.user)
    window._triage("actual", "acknowledged")  # the window's own path, were a button ever enabled
    qtbot.waitUntil(lambda: panel.message.text() != "", timeout=5000)
    assert panel.message.text() == "Your role (Read-only) does not allow this."
    assert console.alert_detail(engine, alert).history == ()


def test_a_jurisdiction_limits_the_alerts_listed(qtbot, hub, clock, open_console) -> None:
    url, engine = hub
    add_alert(engine, DemoAlert("XL-AIR-01", "EVD"), clock.now() - dt.timedelta(minutes=3))
    sea = add_alert(engine, DemoAlert("XL-SEA-02", "MVD"), clock.now() - dt.timedelta(minutes=2))
    window = open_console(url, clock)
    signed_in(qtbot, window, "sami")
    page = window.pages["actual"]
    qtbot.waitUntil(lambda: page.row_count() == 1, timeout=5000)
    assert page.row_of(sea) == 0
    add_alert(engine, DemoAlert("XL-AIR-01", "MVD"), clock.now())  # elsewhere: not listed, not counted new
    arrived = add_alert(engine, DemoAlert("XL-SEA-02", "EVD"), clock.now())
    qtbot.waitUntil(lambda: page.row_count() == 2, timeout=5000)
    assert page.row_of(arrived) == 0 and window.unseen["actual"] == {arrived}
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.quarantine_page))  # it holds every post's


def test_signing_out_closes_the_console_and_is_audited(qtbot, hub, clock, open_console) -> None:
    url, engine = hub
    window = open_console(url, clock)
    signed_in(qtbot, window, "ada")
    with qtbot.waitSignal(window.signed_out, timeout=5000):
        qtbot.mouseClick(window.sign_out_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible() and window.user is None
    qtbot.waitUntil(lambda: "auth.signed_out" in [a for a, _actor, _d in HubAccounts(engine).events("ada")],
                    timeout=5000)


@pytest.mark.postgres
def test_the_console_signs_in_and_triages_as_the_desktops_least_privilege_role(
        qtbot, clock, open_console, fast_passwords) -> None:
    """PostgreSQL: the console connected as the role of packaging/hub/desktop-role.sql (made in a fresh schema
    under a name of its own) refuses a wrong password (counted: an UPDATE of the lockout columns), signs in and
    appends a triage step; the role itself cannot update the alert."""
    import uuid

    import psycopg
    from sqlalchemy import text
    from sqlalchemy.exc import ProgrammingError

    from kiosk.store.db import scratch_schema
    from tests.conftest import POSTGRES_URL, postgres_reachable
    from tests.unit.hub.test_desktop_role import install_role

    if not postgres_reachable():
        pytest.skip("PostgreSQL is not reachable at 127.0.0.1:5432: desktop role console test SKIPPED")
    role = f"poe_hub_desktop_{uuid.uuid4().hex[:10]}"
    with scratch_schema(POSTGRES_URL, "poe_role_gui") as owner_url:
        owner = hub_engine(owner_url)
        enrol_demo_kiosks(owner)
        HubAccounts(owner).add_user("test", "ada", "Ada Okoro", "surveillance_officer", PASSWORD)
        alert = add_alert(owner, DemoAlert("XL-AIR-01", "EVD"), clock.now() - dt.timedelta(minutes=3))
        install_role(owner, role)
        role_url = POSTGRES_URL.replace("postgres@", f"{role}@", 1) + "?" + owner_url.partition("?")[2]
        window = open_console(role_url, clock)
        try:
            assert refused(qtbot, window, "ada", "not my password") == "User id or password is wrong."
            assert HubAccounts(owner).accounts()[0].failed_attempts == 1
            signed_in(qtbot, window, "ada")
            open_detail(qtbot, window, alert)
            with qtbot.waitSignal(window.triaged, timeout=5000):
                qtbot.mouseClick(window.pages["actual"].detail.acknowledge, Qt.MouseButton.LeftButton)
            assert [(s.state, s.officer) for s in console.alert_detail(owner, alert).history] == [
                ("acknowledged", "ada")]
            with pytest.raises(ProgrammingError, match="permission denied for table hub_alerts"), \
                    window.engine.begin() as connection:
                connection.execute(text(f"UPDATE hub_alerts SET disposition = 'clear' WHERE id = {alert}"))
        finally:
            window.shutdown()
            owner.dispose()
            with psycopg.connect(POSTGRES_URL.replace("postgresql+psycopg", "postgresql"), autocommit=True) as admin:
                admin.execute(f"DROP OWNED BY {role}")
                admin.execute(f"DROP ROLE {role}")
