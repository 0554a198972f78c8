"""Every shipped protocol's rules at their boundaries, against the pinned test situation."""

from __future__ import annotations

import datetime as dt

import pytest
from protocol_cases import ARRIVAL, SITUATION, days_before

from kiosk.protocols import DISPOSITIONS, Situation, most_severe

GN_10 = [{"country": "GN", "left": days_before(10)}]


def situation_with(**changes: object) -> Situation:
    return Situation.from_data({**SITUATION, **changes}, "changed")


# ---------------------------------------------------------------------------------------------- fever


@pytest.mark.parametrize(("temperature", "status", "disposition"), [
    (37.9, "at_risk", "monitor"),
    (38.0, "suspected", "isolate"),
])
def test_evd_fever_threshold(ev, temperature, status, disposition):
    result = ev(temperature_c=temperature, itinerary=GN_10)
    flag = result.flag("EVD")
    assert flag is not None and flag.status == status
    assert result.disposition == disposition


def test_fever_reason_shows_the_numbers(ev):
    flag = ev(temperature_c=38.4, itinerary=GN_10).flag("EVD")
    assert flag.reasons[:2] == ("38.4 °C ≥ 38.0 °C", "left Guinea (GN) 10 days before arrival ≤ 21 days")


@pytest.mark.parametrize("fields", [{"fever_reported": True}, {"symptoms": ["fever"]}])
def test_reported_fever_counts(ev, fields):
    assert ev(itinerary=GN_10, **fields).flag("EVD").status == "suspected"


def test_fever_matching_no_protocol_is_referred_without_alert(ev):
    result = ev(temperature_c=38.0)
    assert result.disposition == "refer"
    assert result.alert is None
    assert [f.protocol for f in result.flags] == ["FEVER"]
    assert result.flags[0].status == "unexplained_fever"


def test_no_fever_no_travel_is_clear(ev):
    result = ev(temperature_c=37.9, symptoms=["cough"])
    assert (result.disposition, result.alert, result.flags) == ("clear", None, ())


def test_fallback_skipped_when_a_protocol_explains_the_fever(ev):
    result = ev(temperature_c=39.0, itinerary=GN_10)
    assert "FEVER" not in [f.protocol for f in result.flags]


def test_fever_with_only_a_certificate_flag_is_still_referred(ev):
    result = ev(temperature_c=38.5, age_years=30, itinerary=[{"country": "NG", "left": days_before(3)}])
    assert {f.protocol for f in result.flags} == {"YF", "FEVER"}
    assert result.disposition == "refer"


# ---------------------------------------------------------------------------------------------- EVD / MVD


@pytest.mark.parametrize(("days", "linked"), [(21, True), (22, False)])
def test_evd_look_back(ev, days, linked):
    result = ev(symptoms=["headache"], itinerary=[{"country": "GN", "left": days_before(days)}])
    assert (result.flag("EVD") is not None) is linked
    if linked:
        assert result.flag("EVD").status == "suspected"
        assert f"left Guinea (GN) {days} days before arrival ≤ 21 days" in result.flag("EVD").reasons


@pytest.mark.parametrize(("after_last_case", "affected"), [(42, True), (43, False)])
def test_area_affected_until_42_days_after_last_case(ev, after_last_case, affected):
    last_case = dt.date(2026, 10, 1)  # MVD in RW ended on this date
    left = last_case + dt.timedelta(days=after_last_case)
    arrival = left + dt.timedelta(days=1)
    result = ev(arrival_date=arrival.isoformat(), itinerary=[{"country": "RW", "left": left.isoformat()}])
    assert (result.flag("MVD") is not None) is affected


def test_event_since_is_respected(ev):
    late = situation_with(events=[{"protocol": "EVD", "areas": ["GN"], "since": days_before(5), "ended": None}])
    before = ev(situation_=late, itinerary=[{"country": "GN", "left": days_before(6)}])
    during = ev(situation_=late, itinerary=[{"country": "GN", "left": days_before(5)}])
    assert before.flag("EVD") is None
    assert during.flag("EVD") is not None


def test_event_not_yet_issued_on_as_of_is_ignored(ev):
    result = ev(as_of=dt.date(2026, 8, 1), itinerary=GN_10)
    assert result.flag("EVD") is None


def test_issue_example(ev):
    result = ev(age_years=34, temperature_c=38.4, fever_reported=False, symptoms=["vomiting"],
                symptom_onset="2026-11-27", itinerary=[{"country": "GN", "left": "2026-11-20"}],
                exposures=["direct_care_without_ppe"],
                vaccinations=[{"vaccine": "yellow_fever", "date": "2015-03-02"}])
    out = result.to_json()
    assert list(out) == ["disposition", "alert", "flags", "certificates", "protocols_version", "situation_version"]
    assert out["disposition"] == "isolate"
    assert out["alert"] == {"urgency": "Immediate", "severity": "Severe"}
    evd = out["flags"][0]
    assert list(evd) == ["protocol", "status", "risk", "actions", "follow_up_until", "reasons"]
    assert evd | {"reasons": []} == {"protocol": "EVD", "status": "suspected", "risk": "high",
                                     "actions": ["isolate", "notify"], "follow_up_until": "2026-12-11",
                                     "reasons": []}
    assert evd["reasons"] == ["38.4 °C ≥ 38.0 °C", "vomiting", "left Guinea (GN) 9 days before arrival ≤ 21 days",
                              "direct care of a patient without protective equipment (high-risk exposure)"]
    assert [f["protocol"] for f in out["flags"]] == ["EVD"]  # not MVD: the exposure happened in Guinea
    assert out["situation_version"] == "test.1"
    assert "EVD=2026.2" in out["protocols_version"]


@pytest.mark.parametrize(("exposure", "risk", "alerted"), [
    ("body_fluid_contact", "high", True),
    ("direct_care_without_ppe", "high", True),
    ("household_contact_case", "high", True),
    ("funeral_body_contact", "high", True),
    ("lab_exposure", "high", True),
    ("healthcare_worker_patient_care", "some", True),
    ("close_contact_case", "some", True),
    ("same_flight_symptomatic", "low", False),
])
def test_evd_exposure_categories_without_symptoms(ev, exposure, risk, alerted):
    result = ev(exposures=[exposure])
    flag = result.flag("EVD")
    assert (flag.risk, flag.disposition) == (risk, "monitor")
    assert flag.follow_up_until == ARRIVAL + dt.timedelta(days=21)
    assert (flag.alert is not None) is alerted
    assert (result.alert is not None) is alerted
    if alerted:
        assert result.alert.protocol in ("EVD", "MVD") and result.alert.urgency == "Expected"


def test_evd_presence_only_is_low_risk_monitoring_from_departure(ev):
    flag = ev(itinerary=GN_10).flag("EVD")
    assert (flag.status, flag.risk, flag.disposition, flag.alert) == ("at_risk", "low", "monitor", None)
    assert flag.follow_up_until == ARRIVAL - dt.timedelta(days=10) + dt.timedelta(days=21)


def test_evd_suspected_alert_is_immediate_and_severe(ev):
    result = ev(symptoms=["unexplained_bleeding"], itinerary=GN_10)
    assert result.alert.urgency == "Immediate" and result.alert.severity == "Severe"
    assert result.alert.event.startswith("Suspected Ebola")
    assert result.to_json(full=True)["alert"]["certainty"] == "Possible"


# ---------------------------------------------------------------------------------------------- cholera, RESP


@pytest.mark.parametrize(("days", "disposition"), [(5, "isolate"), (6, "clear")])
def test_cholera_look_back(ev, days, disposition):
    result = ev(symptoms=["watery_diarrhoea"], itinerary=[{"country": "HT", "left": days_before(days)}])
    assert result.disposition == disposition
    assert (result.alert is not None) is (disposition == "isolate")


def test_cholera_link_without_symptoms_is_advice(ev):
    result = ev(symptoms=["diarrhoea"], itinerary=[{"country": "HT", "left": days_before(2)}])
    assert result.disposition == "advise" and result.alert is None
    assert result.flag("CHOLERA").status == "at_risk"


@pytest.mark.parametrize(("days", "disposition"), [(14, "isolate"), (15, "refer")])
def test_resp_look_back(ev, days, disposition):
    result = ev(temperature_c=38.2, symptoms=["cough"], itinerary=[{"country": "CN", "left": days_before(days)}])
    assert result.disposition == disposition  # day 15: the fever matches nothing → refer


def test_resp_needs_cough_or_shortness_of_breath(ev):
    stay = [{"country": "CN", "left": days_before(3)}]
    assert ev(temperature_c=38.2, symptoms=["shortness_of_breath"], itinerary=stay).flag("RESP").status == "suspected"
    assert ev(symptoms=["cough"], itinerary=stay).flag("RESP").disposition == "advise"


# ---------------------------------------------------------------------------------------------- measles, mpox


def test_measles_case_definition(ev):
    full = ev(temperature_c=38.5, symptoms=["maculopapular_rash", "coryza"])
    assert full.flag("MEASLES").status == "suspected" and full.disposition == "isolate"
    assert "record_seat" in full.flag("MEASLES").actions
    assert full.alert.protocol == "MEASLES"
    no_catarrh = ev(temperature_c=38.5, symptoms=["maculopapular_rash"])
    assert no_catarrh.flag("MEASLES") is None and no_catarrh.disposition == "refer"
    no_fever = ev(temperature_c=37.9, symptoms=["maculopapular_rash", "cough", "conjunctivitis"])
    assert no_fever.flag("MEASLES") is None


def test_measles_contact_is_monitored_21_days(ev):
    flag = ev(exposures=["contact_measles_case"]).flag("MEASLES")
    assert (flag.status, flag.disposition, flag.alert) == ("contact", "monitor", None)
    assert flag.follow_up_until == ARRIVAL + dt.timedelta(days=21)


@pytest.mark.parametrize(("fields", "suspected"), [
    ({"symptoms": ["vesicular_rash"], "temperature_c": 38.0}, True),
    ({"symptoms": ["vesicular_rash", "lymphadenopathy"]}, True),
    ({"symptoms": ["vesicular_rash", "headache"]}, True),
    ({"symptoms": ["vesicular_rash", "muscle_pain"]}, True),
    ({"symptoms": ["vesicular_rash"], "exposures": ["contact_mpox_case"]}, True),
    ({"symptoms": ["vesicular_rash"]}, False),
    ({"symptoms": ["lymphadenopathy"], "temperature_c": 38.0}, False),
])
def test_mpox_case_definition(ev, fields, suspected):
    result = ev(**fields)
    flag = result.flag("MPOX")
    assert (flag is not None and flag.status == "suspected") is suspected
    if suspected:
        assert result.disposition == "refer" and result.alert.protocol == "MPOX"


def test_mpox_contact_is_monitored(ev):
    flag = ev(exposures=["contact_mpox_case"]).flag("MPOX")
    assert (flag.status, flag.disposition) == ("contact", "monitor")
    assert flag.follow_up_until == ARRIVAL + dt.timedelta(days=21)


# ---------------------------------------------------------------------------------------------- certificates


NG = [{"country": "NG", "left": days_before(2)}]


@pytest.mark.parametrize(("days_since_vaccination", "needs_vaccine"), [(9, True), (10, False)])
def test_yellow_fever_certificate_valid_from_day_10(ev, days_since_vaccination, needs_vaccine):
    doses = [{"vaccine": "yellow_fever", "date": days_before(days_since_vaccination)}]
    result = ev(age_years=30, itinerary=NG, vaccinations=doses)
    assert (result.flag("YF") is not None) is needs_vaccine
    assert result.disposition == ("vaccinate" if needs_vaccine else "clear")


def test_yellow_fever_certificate_is_for_life_unless_the_country_says_otherwise(ev):
    old = [{"vaccine": "yellow_fever", "date": "1990-01-01"}]
    assert ev(age_years=60, itinerary=NG, vaccinations=old).flag("YF") is None
    ten_years = dict(SITUATION["certificates"])
    ten_years["yellow_fever"] = {**ten_years["yellow_fever"], "validity_years": 10}
    strict = situation_with(certificates=ten_years)
    flag = ev(situation_=strict, age_years=60, itinerary=NG, vaccinations=old).flag("YF")
    assert flag.disposition == "vaccinate"
    assert any("expired after 10 years" in r for r in flag.reasons)


@pytest.mark.parametrize(("age", "required"), [(0.99, False), (1, True), (None, True)])
def test_yellow_fever_age_threshold(ev, age, required):
    fields = {"itinerary": NG} | ({"age_years": age} if age is not None else {})
    assert (ev(**fields).flag("YF") is not None) is required


def test_yellow_fever_not_required_from_other_countries(ev):
    assert ev(age_years=30, itinerary=[{"country": "FR", "left": days_before(1)}]).flag("YF") is None


def test_yellow_fever_reason_names_country_and_missing_vaccination(ev):
    flag = ev(age_years=30, itinerary=NG).flag("YF")
    assert flag.reasons == ("yellow-fever certificate required from Nigeria (NG)", "age 30 years ≥ 1",
                            "no yellow-fever vaccination recorded")
    assert flag.actions[0] == "vaccinate" and flag.alert is None


def test_as_of_moves_the_certificate_date(ev):
    doses = [{"vaccine": "yellow_fever", "date": days_before(5)}]
    assert ev(age_years=30, itinerary=NG, vaccinations=doses).flag("YF") is not None
    later = ARRIVAL + dt.timedelta(days=5)
    assert ev(age_years=30, itinerary=NG, vaccinations=doses, as_of=later).flag("YF") is None


@pytest.mark.parametrize(("dose_age_days", "needs_vaccine"), [(365, False), (366, True), (0, False)])
def test_polio_dose_age_before_leaving(ev, dose_age_days, needs_vaccine):
    left = ARRIVAL - dt.timedelta(days=3)
    dose = (left - dt.timedelta(days=dose_age_days)).isoformat()
    result = ev(itinerary=[{"country": "PK", "left": left.isoformat()}],
                vaccinations=[{"vaccine": "polio", "date": dose}])
    assert (result.flag("POLIO") is not None) is needs_vaccine


def test_polio_without_dose_and_not_from_listed_country(ev):
    flag = ev(itinerary=[{"country": "AF", "left": days_before(1)}]).flag("POLIO")
    assert flag.disposition == "vaccinate"
    assert flag.reasons[-1] == f"no polio dose within 365 days before leaving Afghanistan (AF) on {days_before(1)}"
    assert ev(itinerary=[{"country": "IN", "left": days_before(1)}]).flag("POLIO") is None


# ---------------------------------------------------------------------------------------------- dispositions


def test_dispositions_are_ordered():
    assert DISPOSITIONS == ("clear", "advise", "monitor", "vaccinate", "refer", "isolate")
    assert most_severe([]) == "clear"
    assert most_severe(["advise", "isolate", "vaccinate"]) == "isolate"
    assert most_severe(["monitor", "vaccinate", "advise"]) == "vaccinate"
    assert most_severe(["refer", "monitor"]) == "refer"
    with pytest.raises(ValueError, match="unknown disposition"):
        most_severe(["quarantine"])


def test_evaluation_takes_the_most_severe_flag_and_sorts_flags(ev):
    result = ev(age_years=30, exposures=["contact_measles_case"],
                itinerary=[{"country": "NG", "left": days_before(2)}, {"country": "HT", "left": days_before(2)}])
    assert [f.disposition for f in result.flags] == ["vaccinate", "monitor", "advise"]
    assert result.disposition == "vaccinate" == most_severe(f.disposition for f in result.flags)
    assert result.alert is None


def test_most_pressing_alert_wins(ev):
    result = ev(temperature_c=38.6, symptoms=["vesicular_rash", "maculopapular_rash", "cough"])
    assert {f.protocol for f in result.flags if f.alert} == {"MPOX", "MEASLES"}
    assert result.alert.protocol == "MEASLES" and result.alert.urgency == "Immediate"
