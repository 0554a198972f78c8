"""IATA airport and metropolitan-area codes → ISO 3166-1 alpha-2 country (``airportsdata``, MIT licence).

A boarding pass names airports, not countries; screening needs the countries a traveller left and when.
The table (~7,900 airports) loads once, on first use (~80 ms: never on the GUI thread).
"""

from __future__ import annotations

import functools


@functools.cache
def _countries() -> dict[str, str]:
    import airportsdata

    table = {code: airport["country"] for code, airport in airportsdata.load("IATA").items()}
    for code, area in airportsdata.load_iata_macs().items():  # city codes: LON, NYC, PAR…
        table.setdefault(code, area["country"])
    return table


def airport_country(code: str) -> str | None:
    """The country of IATA airport or city ``code`` (e.g. ``CKY`` → ``GN``); None when unknown."""
    return _countries().get(code.strip().upper())
