"""PIN hashing: one ``kiosk.auth.hash_pin`` at the shipped parameters beside bare ``hashlib.scrypt``.

The figure to choose the parameters by (docs/deployment.md, "Officers' PINs"): run it on the terminal;
a hash should take 50–300 ms there. The rows for other N show what raising it would cost.
"""

from __future__ import annotations

import hashlib
import os
import time

from kiosk.auth import SCRYPT_N, SCRYPT_P, SCRYPT_R, hash_pin, verify_pin

REPEATS = 5


def _best_ms(work) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def _bare(n: int) -> float:
    return _best_ms(lambda: hashlib.scrypt(b"123456", salt=os.urandom(16), n=n, r=SCRYPT_R, p=SCRYPT_P,
                                           maxmem=512 * 1024 * 1024, dklen=32))


def run() -> list[dict]:
    rows = []
    baseline = _bare(SCRYPT_N)
    value = _best_ms(lambda: hash_pin("123456"))
    rows.append({"name": f"hash_pin (N=2^{SCRYPT_N.bit_length() - 1}, r={SCRYPT_R}, p={SCRYPT_P})", "value": value,
                 "unit": "ms", "baseline": baseline, "ratio": value / baseline, "target": "50–300 ms on the terminal"})
    stored = hash_pin("123456")
    value = _best_ms(lambda: verify_pin("654321", stored))
    rows.append({"name": "verify_pin (a wrong PIN: one sign-in refusal)", "value": value, "unit": "ms",
                 "baseline": baseline, "ratio": value / baseline, "target": "same as hash_pin"})
    for exponent in (14, 16, 17):
        rows.append({"name": f"bare scrypt N=2^{exponent}", "value": _bare(2**exponent), "unit": "ms",
                     "baseline": None, "ratio": None, "target": "for comparison"})
    return rows
