"""The public-health protocol engine: protocols and the situation as data, evaluated in pure Python.

Typical use::

    catalog = load_catalog()              # all shipped protocols/*.yaml, compiled once
    situation = load_situation()          # the demo situation, or a file / hub bundle
    result = evaluate(parse_record(data), catalog, situation)
    result.disposition, result.alert, result.flags, result.to_json()
    result.flags[0].reasons                # English, as in the JSON; .reasons_in("fr"), .reason_items
"""

from kiosk.protocols.catalog import Catalog, Protocol, compile_protocol, evaluate, load_catalog, load_protocol
from kiosk.protocols.model import (
    CERTAINTIES,
    DISPOSITIONS,
    SEVERITIES,
    URGENCIES,
    Alert,
    Evaluation,
    Flag,
    disposition_rank,
    lead_key,
    leading_flag,
    leading_protocol,
    most_severe,
)
from kiosk.protocols.reasons import Reason, reason
from kiosk.protocols.situation import CertificateRule, Event, Situation, load_situation

__all__ = [
    "CERTAINTIES", "DISPOSITIONS", "SEVERITIES", "URGENCIES", "Alert", "Catalog", "CertificateRule", "Evaluation",
    "Event", "Flag", "Protocol", "Reason", "Situation", "compile_protocol", "disposition_rank", "evaluate",
    "lead_key", "leading_flag", "leading_protocol", "load_catalog", "load_protocol", "load_situation", "most_severe",
    "reason",
]
