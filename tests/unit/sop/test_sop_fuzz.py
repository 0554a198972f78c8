"""Property: any value for any field gives errors or a valid JSON answer, never an exception."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kiosk.clock import FixedClock
from kiosk.sop import FieldError, SopRun, shipped_sops
from kiosk.sop.values import check_value

CLOCK = FixedClock(dt.datetime(2026, 11, 29, 9, 30, tzinfo=dt.UTC))
SOPS = shipped_sops()
FIELDS = [(sop, step, field) for sop in SOPS.values() for step in sop.steps for field in step.fields]

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40), st.sampled_from(["GN", "gn", "2026-11-20", "36.6", "100.4°F", "fever", "air", ""]),
    st.dates().map(dt.date.isoformat),
)
json_values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=6),
        st.dictionaries(st.sampled_from(["country", "left", "value", "unit", "traveller", "kind", "vaccinations",
                                         "surname", "sex", "x"]), children, max_size=4),
    ),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(index=st.integers(0, len(FIELDS) - 1), value=json_values)
@example(index=0, value=10**400)
@example(index=0, value={"value": 10**400, "unit": "°F"})
@example(index=0, value=[[[[[[[[[[[[[[[[[[[["deep"]]]]]]]]]]]]]]]]]]]])
def test_answer_never_raises(index: int, value: object) -> None:
    sop, step, field = FIELDS[index]
    run = SopRun(sop, clock=CLOCK)
    run._path[-1] = step.id  # put the run on the field's step, whatever the branching
    if not run.is_visible(field.id):
        assert [e.key for e in run.answer(field.id, value)] == ["hidden_field"]
        return
    errors = run.answer(field.id, value)
    assert isinstance(errors, list) and all(isinstance(e, FieldError) for e in errors)
    assert all(e.field.startswith(field.id) and e.key and e.message for e in errors)
    if not errors and value is not None:
        stored = run.raw_answers.get(field.id)
        if stored is not None:
            assert json.loads(json.dumps(stored)) == stored
            assert check_value(field, stored, CLOCK.today()).errors == ()  # stored values re-validate


@settings(max_examples=40, deadline=None)
@given(answers=st.dictionaries(st.sampled_from([f.id for _, _, f in FIELDS]), json_values, max_size=8))
def test_resume_accepts_any_stored_answers(answers: dict) -> None:
    from kiosk.sop import resume

    for sop in SOPS.values():
        run = resume(sop, answers, list(answers)[:3], clock=CLOCK)
        assert run.current_step is not None
        json.dumps(run.answers)
        run.to_record_data("2026-11-29")
