"""Country names in any language, from the Unicode CLDR (through Babel), for display only.

The country *codes* the kiosk accepts stay those of ``kiosk/data/countries.json`` (ISO 3166-1 alpha-2
plus XK, see :func:`kiosk.records.countries`); this module only names them. English keeps the names of
that file, so that the ``evaluate`` JSON and its reasons do not change; every other language takes the
CLDR name (``GN`` → ``กินี`` in Thai, ``ጊኒ`` in Amharic), and the English name when CLDR has none.
"""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError

from kiosk.records import countries


@cache
def country_names(language: str) -> dict[str, str]:
    """Code → name in ``language`` for every accepted country code (English where CLDR has no name)."""
    english = countries()
    if language.split("-")[0] == "en":
        return dict(english)
    try:
        territories = Locale.parse(language.replace("-", "_")).territories
    except (UnknownLocaleError, ValueError):
        return dict(english)
    return {code: territories.get(code) or name for code, name in english.items()}


def country_name(code: str, language: str = "en") -> str:
    """The name of ``code`` in ``language``; the code itself when it is not a country code."""
    return country_names(language).get(code, code)


__all__ = ["country_name", "country_names"]
