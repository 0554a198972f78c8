"""The 50-traveller mass-arrival scenario played headless vs the bare completion of the same travellers.

Project side: ``ExercisePlayer.play_auto()`` on ``scenarios/mass-arrival.yaml`` (51 injects): exercise
mode, a ``ScreeningSession`` per traveller walked page by page (one through secondary), saved, completed,
the timeline. Bare side: the same 51 records through ``poe-kiosk screening run``'s
``kiosk.screening_run.run_travellers`` (the bare screening-session completion: the same session, no
exercise). Rounds alternate; the median round of each side is reported, per traveller.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from kiosk.auth import OfficerInfo
from kiosk.clock import FixedClock
from kiosk.screening import KioskContext, Rules, SiteInfo
from kiosk.screening_run import run_travellers
from kiosk.services import core_services
from kiosk.store import Store
from kiosk.training.play import ExercisePlayer
from kiosk.training.scenario import load_scenario

ROUNDS = 5
SITE = SiteInfo("XL-EX-01", "Exercise site", "airport", "XL")


def _played(folder: Path, round_: int, rules: Rules) -> float:
    scenario = load_scenario("mass-arrival")
    store = Store(f"sqlite:///{folder / f'played-{round_}.sqlite'}")
    player = ExercisePlayer(scenario, store, site=SITE, kiosk_id="XL-EX-01-K1",
                            trainer=OfficerInfo("trainer", "Trainer", "trainer"), rules=rules)
    started = time.perf_counter()
    played = player.play_auto()
    elapsed = (time.perf_counter() - started) / len(played.outcomes)
    store.close()
    return elapsed


def _bare(folder: Path, round_: int, rules: Rules) -> float:
    scenario = load_scenario("mass-arrival")
    store = Store(f"sqlite:///{folder / f'bare-{round_}.sqlite'}")
    services = core_services(store, KioskContext(SITE, "XL-EX-01-K1"), FixedClock(scenario.start),
                             Rules(rules.catalog, scenario.situation))
    travellers = [{"record": dict(inject.record)} for inject in scenario.injects]
    started = time.perf_counter()
    run_travellers(services, travellers, complete=True)
    elapsed = (time.perf_counter() - started) / len(travellers)
    store.close()
    return elapsed


def run() -> list[dict]:
    rules = Rules.shipped()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _played(folder, -1, rules)  # warm-up: SOP and scenario caches, compiled statements
        _bare(folder, -1, rules)
        played, bare = [], []
        for round_ in range(ROUNDS):
            played.append(_played(folder, round_, rules))
            bare.append(_bare(folder, round_, rules))
    played_s, bare_s = statistics.median(played), statistics.median(bare)
    return [{
        "name": "mass arrival (51 travellers) headless, per traveller",
        "value": played_s * 1000, "unit": "ms", "baseline": bare_s * 1000, "ratio": played_s / bare_s,
        "target": "reported (issue 13: beside the bare screening-session completion)",
    }]
