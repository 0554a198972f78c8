# ruff: noqa: F811 — the hub fixtures come from test_hub_console
"""The IHR assessment tab of the hub console, driven offscreen on a real SQLite hub database: an Annex 2
assessment (IHR 2005 Annex 2) assigned, verified, answered, decided and audited; the 24 h clock; two
consoles on the same alert; the French console says all of it in French, refusals of the core included."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)
from test_hub_console import ADA, BEN, EVD_AIR, RUI, add, french, hub, make_console, open_detail  # noqa: F401

from kiosk.hub import assessment as ihr
from kiosk.hub import console
from kiosk.hub.accounts import HubAccounts
from kiosk.hub.console import officer_name
from ui.hub.demo import DemoAlert
from ui.hub.refusals import refusal_text

pytestmark = pytest.mark.gui
I18N = Path(__file__).parents[2] / "ui" / "i18n"


def click(qtbot, widget: QPushButton) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_assessment(qtbot, window, alert_id: int):
    open_detail(qtbot, window, alert_id)
    detail = window.pages["actual"].detail
    qtbot.waitUntil(lambda: detail.ihr_status.text() != "", timeout=5000)
    click(qtbot, detail.assess)
    panel = window.assessment.panel
    qtbot.waitUntil(lambda: panel.assessment is not None and panel.assessment.alert_id == alert_id, timeout=5000)
    assert window.tabs.currentWidget() is panel
    return panel


def record(qtbot, window, button: QPushButton) -> None:
    with qtbot.waitSignal(window.assessment.saved, timeout=5000):
        click(qtbot, button)


def answer_all(qtbot, panel, yes: tuple[str, ...]) -> None:
    for key in ihr.QUESTIONS:
        click(qtbot, panel.answers[key].buttons["yes" if key in yes else "no"])
        panel.answer_why[key].setText(f"Because of {key}.")


def test_an_annex2_assessment_is_saved_and_audited(qtbot, hub, clock, make_console) -> None:
    url, engine = hub
    alert = add(engine, EVD_AIR, clock, minutes=3)
    window = make_console(url, clock)
    detail = window.pages["actual"].detail
    panel = open_assessment(qtbot, window, alert)
    assert detail.ihr_status.text() == "IHR Annex 2: assessment needed"  # EVD: notifiable: annex2
    assert panel.notifiable.text().startswith("XL-AIR-01 · Assessment needed")
    assert panel.clock.text() == "24 h clock: starts when the alert is verified"

    click(qtbot, panel.assign_me)
    record(qtbot, window, panel.assign)
    assert panel.assigned.text().startswith("Assigned to Ada Okoro (by Ada Okoro, ")

    click(qtbot, panel.verify)  # no choice yet: refused, nothing written
    qtbot.waitUntil(lambda: panel.message.text() == "Choose yes, no or unknown.", timeout=5000)
    click(qtbot, panel.verdict.buttons["yes"])
    panel.verify_why.setPlainText("Fever 39.1 °C and a funeral in an affected area 9 days ago.")
    record(qtbot, window, panel.verify)
    verified_at = clock.now()
    assert panel.clock.text().startswith("24 h 00 min left · notify by ")
    assert panel.clock.property("kind") == "running"
    clock.advance(hours=2, minutes=30)
    window.assessment.tick()  # the header's timer: the clock moves without a database read
    assert panel.clock.text().startswith("21 h 30 min left · notify by ")

    answer_all(qtbot, panel, yes=("impact", "spread"))
    assert panel.tally.text() == "2 of 4 answered yes (two or more: notify)."
    panel.answer_why["unusual"].clear()
    click(qtbot, panel.assess)  # a question without its rationale: refused
    qtbot.waitUntil(lambda: panel.message.text() == "Write the rationale.", timeout=5000)
    panel.answer_why["unusual"].setText("Expected in this season.")
    record(qtbot, window, panel.assess)
    assert panel.recommended.text() == "Recommended: notify the National IHR Focal Point (2 of 4 yes, IHR Annex 2)."

    click(qtbot, panel.outcome.buttons["monitor"])  # against the recommendation without a reason: refused
    click(qtbot, panel.decide)
    qtbot.waitUntil(lambda: panel.message.text().startswith("The Annex 2 instrument recommends notifying"),
                    timeout=5000)
    clock.advance(minutes=30)
    click(qtbot, panel.outcome.buttons["notify"])
    record(qtbot, window, panel.decide)
    assert panel.message.text() == "Recorded."
    assert panel.clock.text() == "Decided with 21 h 00 min to spare" and panel.clock.property("kind") == "done"

    whos = [w.text() for w in panel.history.findChildren(QLabel, "assessment_step_who")]
    steps = [w.text() for w in panel.history.findChildren(QLabel, "assessment_step")]
    assert steps == ["Outcome: Notify the National IHR Focal Point", "Risk assessed: 2 of 4 yes",
                     "Verified: yes, meets it", "Assigned to Ada Okoro"]
    assert all(who.endswith(" · Ada Okoro") for who in whos) and len(whos) == 4
    stored = ihr.assessment(engine, alert, clock=clock)
    assert [(s.step, s.actor) for s in stored.steps] == [("assign", "ada"), ("verify", "ada"),
                                                         ("risk", "ada"), ("outcome", "ada")]
    assert [s.at for s in stored.steps] == [verified_at, verified_at, verified_at + dt.timedelta(hours=2, minutes=30),
                                            verified_at + dt.timedelta(hours=3)]
    assert stored.risk.answers["unusual"] == ihr.Answer("no", "Expected in this season.")
    assert (stored.outcome.outcome, stored.outcome.recommended) == ("notify", "notify")

    click(qtbot, panel.back)
    assert window.tabs.currentWidget() is window.pages["actual"]
    qtbot.waitUntil(lambda: detail.ihr_status.text() == "IHR assessment: outcome recorded (Ada Okoro).",
                    timeout=5000)


def test_a_read_only_user_sees_the_assessment_and_may_not_record_a_step(qtbot, hub, clock, make_console) -> None:
    url, engine = hub
    alert = add(engine, EVD_AIR, clock, minutes=3)
    window = make_console(url, clock, officer=RUI)
    panel = open_assessment(qtbot, window, alert)
    click(qtbot, panel.verdict.buttons["yes"])
    panel.verify_why.setPlainText("A case.")
    click(qtbot, panel.verify)
    qtbot.waitUntil(lambda: panel.message.text() == "rui may not verify an alert.", timeout=5000)
    assert ihr.assessment(engine, alert).steps == ()


def test_an_account_disabled_after_its_sign_in_may_not_record_a_step(qtbot, hub, clock, make_console) -> None:
    """The console's rights are read again when a step is written: an account disabled on another desk
    since this console signed in is refused, not trusted from the sign-in."""
    url, engine = hub
    alert = add(engine, EVD_AIR, clock, minutes=3)
    window = make_console(url, clock)
    panel = open_assessment(qtbot, window, alert)
    HubAccounts(engine).set_active("admin", ADA.id, False)
    click(qtbot, panel.verdict.buttons["yes"])
    panel.verify_why.setPlainText("A case.")
    click(qtbot, panel.verify)
    qtbot.waitUntil(lambda: panel.message.text() == "ada may not verify an alert.", timeout=5000)
    assert ihr.assessment(engine, alert).steps == ()


def test_the_clock_shows_an_overdue_notification(qtbot, hub, clock, make_console) -> None:
    url, engine = hub
    alert = add(engine, DemoAlert("XL-SEA-02", "CHOLERA"), clock, hours=30)
    ihr.verify(engine, alert, "unknown", "Stool sample sent.", actor="Ben Mensah", clock=clock)
    clock.advance(hours=25)
    window = make_console(url, clock)
    panel = open_assessment(qtbot, window, alert)
    assert panel.clock.text().startswith("OVERDUE by 1 h 00 min · notify by ")
    assert panel.clock.property("kind") == "late"
    detail = window.pages["actual"].detail
    assert detail.ihr_status.text().startswith("IHR Annex 2: assessment needed · OVERDUE by 1 h 00 min")


def test_two_consoles_on_one_alert_do_not_overwrite_each_other(qtbot, hub, clock, make_console) -> None:
    url, engine = hub
    alert = add(engine, EVD_AIR, clock, minutes=3)
    first = make_console(url, clock, refresh_ms=600_000)
    second = make_console(url, clock, officer=BEN, refresh_ms=600_000)
    panels = [open_assessment(qtbot, window, alert) for window in (first, second)]
    for panel, verdict in zip(panels, ("yes", "no"), strict=True):
        click(qtbot, panel.verdict.buttons[verdict])
        panel.verify_why.setPlainText(f"Verdict {verdict}.")
    record(qtbot, first, panels[0].verify)
    click(qtbot, panels[1].verify)  # the second console still shows the assessment without a step
    qtbot.waitUntil(lambda: panels[1].message.text().startswith("ada recorded a step at "), timeout=5000)
    qtbot.waitUntil(lambda: panels[1].assessment.seq == 1, timeout=5000)  # shown again as it is now
    assert panels[1].verified.text().startswith("Verified: yes, meets it (by Ada Okoro, ")
    assert panels[1].verify_why.toPlainText() == "Verdict no."  # what Ben typed is kept
    assert [(s.actor, s.verdict) for s in ihr.assessment(engine, alert).steps] == [("ada", "yes")]


# ---------------------------------------------------------------------------------------- French


def english_sources() -> list[str]:
    """The hub catalogue's English texts whose French differs (placeholders cut off), longest first."""
    text = (I18N / "hub_fr.ts").read_text(encoding="utf-8")
    sources = []
    for source, translation in re.findall(r"<source>(.*?)</source>\s*<translation>(.*?)</translation>", text, re.S):
        source, translation = html.unescape(source), html.unescape(translation)
        if source != translation:
            sources.extend(part for part in re.split(r"%\d|%n", source) if len(part.strip()) >= 8)
    return sorted(set(sources), key=len, reverse=True)


def contains(text: str, words: str) -> bool:
    """``words`` in ``text`` as words ("Protocol" is not in "Protocole")."""
    return re.search(rf"(?<!\w){re.escape(words.strip())}(?!\w)", text) is not None


def shown_texts(root: QWidget) -> list[str]:
    texts = [w.text() for w in root.findChildren(QLabel) if w.isVisibleTo(root)]
    texts += [w.text() for w in root.findChildren(QPushButton) if w.isVisibleTo(root)]
    texts += [w.placeholderText() for w in root.findChildren(QLineEdit) + root.findChildren(QPlainTextEdit)]
    for table in root.findChildren(QTableWidget):
        texts += [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())
                  if table.horizontalHeaderItem(c) is not None]
        texts += [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
                  if table.item(r, c) is not None]
    for combo in root.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    return [text for text in texts if text]


def test_a_french_assessment_shows_no_english(qtbot, hub, clock, make_console, french) -> None:
    url, engine = hub
    alert = add(engine, EVD_AIR, clock, minutes=3)
    window = make_console(url, clock)
    panel = open_assessment(qtbot, window, alert)
    assert window.tabs.tabText(window.tabs.indexOf(panel)) in ("Évaluation RSI", "Évaluation RSI  (1)")
    assert panel.clock.text() == "Délai de 24 h : démarre à la vérification de l'alerte"
    click(qtbot, panel.verify)
    qtbot.waitUntil(lambda: panel.message.text() == "Choisissez oui, non ou pas encore connu.", timeout=5000)
    click(qtbot, panel.verdict.buttons["yes"])
    panel.verify_why.setPlainText("Fièvre et contact à risque.")
    record(qtbot, window, panel.verify)
    answer_all(qtbot, panel, yes=("impact", "unusual", "spread"))
    record(qtbot, window, panel.assess)
    click(qtbot, panel.outcome.buttons["respond"])
    click(qtbot, panel.decide)
    qtbot.waitUntil(lambda: panel.message.text().startswith("L'instrument de l'annexe 2 recommande de notifier"),
                    timeout=5000)
    assert panel.clock.text().startswith("Reste 24 h 00 min · notifier avant le ")
    assert panel.answers["impact"].buttons["yes"].text() == "Oui"
    assert [label.text() for label in panel.findChildren(QLabel) if label.objectName().startswith("question_")] == [
        "1. Les répercussions de l'événement sur la santé publique sont-elles graves ?",
        "2. L'événement est-il inhabituel ou inattendu ?",
        "3. Y a-t-il un risque important de propagation internationale ?",
        "4. Y a-t-il un risque important de restrictions aux voyages internationaux ou au commerce international ?"]

    english = english_sources()
    assert len(english) > 150
    for root in (panel, window.pages["actual"].detail):
        for text in shown_texts(root):
            leaked = next((source for source in english if contains(text, source)), None)
            assert leaked is None, f"English {leaked!r} in {text!r}"
    assert window.minimumSizeHint().width() <= 1280


def core_refusals(engine, alert: int) -> list[BaseException]:
    """One real refusal of each kind the console can meet from ``kiosk.hub``."""
    refusals: list[BaseException] = []
    attempts = [
        lambda: officer_name(""), lambda: officer_name("x" * 121), lambda: officer_name("Ada\x07"),
        lambda: console.triage(engine, alert, "closed", officer=ADA, outcome="duplicate", expected="new"),
        lambda: console.triage(engine, alert, "acknowledged", officer=ADA),
        lambda: console.add_note(engine, alert, " ", officer=ADA),
        lambda: console.triage(engine, alert, "investigating", officer=ADA, outcome="duplicate"),
        lambda: console.triage(engine, 999, "investigating", officer=ADA),
        lambda: ihr.assign(engine, alert, " ", actor="Ada"),
        lambda: ihr.verify(engine, alert, "perhaps", "why", actor="Ada"),
        lambda: ihr.verify(engine, alert, "yes", "", actor="Ada"),
        lambda: ihr.verify(engine, alert, "yes", "x" * 1001, actor="Ada"),
        lambda: ihr.assess_risk(engine, alert, {}, actor="Ada"),
        lambda: ihr.decide(engine, alert, "notify", actor="Ada"),
        lambda: ihr.decide(engine, alert, "wait", actor="Ada"),
        lambda: ihr.verify(engine, alert, "no", "Not a case.", actor="Ada", expected=5),
        lambda: ihr.verify(engine, alert, "no", "Not a case.", actor="Ada", can=lambda _a, _b: False),
    ]
    for attempt in attempts:
        try:
            attempt()
        except Exception as error:  # each attempt must fail; collected and checked below
            refusals.append(error)
    assert len(refusals) == len(attempts)
    return refusals


def test_every_refusal_of_the_core_is_shown_in_french(qtbot, hub, clock, french) -> None:
    _url, engine = hub
    alert = add(engine, EVD_AIR, clock, minutes=3)
    ihr.verify(engine, alert, "yes", "A case.", actor="Ada")
    console.triage(engine, alert, "acknowledged", officer=ADA, expected="new")
    english = english_sources()
    for error in core_refusals(engine, alert):
        text = refusal_text(error)
        assert text and text.lower() != str(error).lower(), f"{type(error).__name__} shown in English: {text!r}"
        leaked = next((source for source in english if contains(text.lower(), source.lower())), None)
        assert leaked is None, f"English {leaked!r} in {text!r}"


def test_every_tab_of_a_french_console_shows_no_english(qtbot, hub, clock, make_console, french) -> None:
    url, engine = hub
    alert = add(engine, EVD_AIR, clock, minutes=3)
    add(engine, DemoAlert("DEMO-KESSA", "EVD", mode="exercise", exercise_id="EX-1"), clock, minutes=2)
    console.triage(engine, alert, "acknowledged", officer=BEN)
    window = make_console(url, clock)
    open_assessment(qtbot, window, alert)
    english = english_sources()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index)
        if index == window.tabs.indexOf(window.report_page):
            qtbot.waitUntil(lambda: window.report is not None, timeout=5000)
        qtbot.waitUntil(lambda: window.tasks.pending == 0, timeout=5000)
        for text in shown_texts(page) + shown_texts(window.centralWidget()) + [window.tabs.tabText(index)]:
            leaked = next((source for source in english if contains(text, source)), None)
            assert leaked is None, f"English {leaked!r} in {text!r} (tab {window.tabs.tabText(index)!r})"


def test_the_queue_lists_what_awaits_an_assessment_and_opens_it(qtbot, hub, clock, make_console) -> None:
    url, engine = hub
    evd = add(engine, EVD_AIR, clock, hours=2)
    cholera = add(engine, DemoAlert("XL-SEA-02", "CHOLERA"), clock, hours=1)
    ruled_out = add(engine, DemoAlert("XL-SEA-02", "MEASLES"), clock, minutes=30)
    console.triage(engine, ruled_out, "closed", officer=BEN, outcome="ruled_out")  # needs none
    ihr.verify(engine, cholera, "unknown", "Stool sample sent.", actor="Ben Mensah", clock=clock)
    ihr.assign(engine, cholera, "Ben Mensah", actor="Ben Mensah", clock=clock)
    window = make_console(url, clock)
    panel = window.assessment.panel
    tab = window.tabs.indexOf(panel)
    qtbot.waitUntil(lambda: window.tabs.tabText(tab) == "IHR assessment  (2)", timeout=5000)
    window.tabs.setCurrentIndex(tab)
    assert panel.queue_box.isVisible() and panel.queue_title.text() == "Awaiting an IHR assessment: 2"
    assert [panel.queue.item(row, 2).text() for row in range(2)] == ["CHOLERA", "EVD"]  # its clock runs: first
    assert panel.queue.item(0, 3).text() == "Ben Mensah" and panel.queue.item(1, 3).text() == "—"
    assert panel.queue.item(0, 4).text().startswith("24 h 00 min left")

    rect = panel.queue.visualItemRect(panel.queue.item(panel.queue_row_of(evd), 1))
    qtbot.mouseClick(panel.queue.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: panel.assessment is not None and panel.assessment.alert_id == evd, timeout=5000)
    assert not panel.queue_box.isVisible() and panel.notifiable.text().startswith("XL-AIR-01 · ")
    click(qtbot, panel.verdict.buttons["no"])
    panel.verify_why.setPlainText("Temperature 36.8 °C on a second reading.")
    record(qtbot, window, panel.verify)
    click(qtbot, panel.outcome.buttons["monitor"])
    record(qtbot, window, panel.decide)
    qtbot.waitUntil(lambda: window.tabs.tabText(tab) == "IHR assessment  (1)", timeout=5000)
    click(qtbot, panel.back)  # opened from the queue: back to the queue
    qtbot.waitUntil(lambda: panel.queue_box.isVisible() and panel.queue.rowCount() == 1, timeout=5000)
    assert window.tabs.currentWidget() is panel and panel.queue_row_of(cholera) == 0
