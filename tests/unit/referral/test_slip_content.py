"""The slip's texts for the screen (kiosk.referral.content): the same words the printed slip prints,
the traveller's language first with the officer's beneath."""

from __future__ import annotations

import pytest
from referral_helpers import EVALUATION, record, referral

from kiosk.referral import i18n
from kiosk.referral import slip as slip_module
from kiosk.referral.content import slip_content


def traveller_record(lang: str):
    from test_slip_scripts import traveller_record as make

    return make(lang)


def printed_texts(layout) -> str:
    from test_slip_scripts import paragraphs

    return "\n".join(p.getPlainText() for p in paragraphs(layout.story))


@pytest.mark.parametrize("traveller", ["ar", "th", "en"])
def test_the_on_screen_slip_says_what_the_printed_slip_says(traveller, directory):
    rec = traveller_record(traveller)
    content = slip_content(rec, EVALUATION, referral(), directory, "en")
    expected_languages = (traveller,) if traveller == "en" else (traveller, "en")
    assert content.languages == expected_languages
    assert content.decision == tuple(i18n.disposition_name("isolate", lang) for lang in expected_languages)
    assert content.rtl == (traveller == "ar")
    lines = {line.key: line for line in content.lines}
    assert content.lines[0].key == "point_of_entry"
    assert {"facility", "transport", "follow_up"} <= set(lines)
    assert lines["point_of_entry"].value == directory.point_of_entry.name
    assert lines["follow_up"].value == "2026-12-11"  # the monitoring end date
    assert lines["facility"].labels == tuple(i18n.label("facility", lang) for lang in expected_languages)
    assert len(content.instructions) == len(expected_languages)
    assert directory.route_for("EVD", "isolate").facility.name in content.instructions[-1]
    # the printed slip (site language English, the traveller's beside it) carries the very same texts
    layout = slip_module._layout(rec, EVALUATION, referral("en"), directory, "POE1:TEST", "80mm")
    printed = printed_texts(layout)
    for text in (content.details, lines["facility"].value, content.instructions[-1]):
        assert text.replace("\u00a0", " ") in printed.replace("\u00a0", " "), text
    route = directory.route_for("EVD", "isolate")
    assert lines["transport"].value.startswith(i18n.transport_name(route.transport, traveller))  # theirs


def test_an_exercise_slip_on_screen_says_it_is_not_real(directory):
    content = slip_content(record("fr"), EVALUATION, referral(mode="exercise", exercise_id="EX-1"), directory, "en")
    assert content.not_real == (i18n.label("band_exercise", "fr"), i18n.label("band_exercise", "en"))
    real = slip_content(record("fr"), EVALUATION, referral(), directory, "en")
    assert real.not_real == ()


def test_a_monitor_decision_gives_the_monitoring_instructions_with_the_end_date(directory):
    monitored = {**EVALUATION, "disposition": "monitor",
                 "flags": [{**EVALUATION["flags"][0], "actions": ["monitor"]}]}
    content = slip_content(traveller_record("sw"), monitored, referral(), directory, "en")
    assert content.decision[0] == i18n.disposition_name("monitor", "sw")
    assert all("2026-12-11" in text for text in content.instructions)
