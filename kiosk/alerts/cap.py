"""OASIS CAP 1.2 alerts and acknowledgements: building (lxml) and hardened parsing (defusedxml).

Times follow CAP's ``YYYY-MM-DDThh:mm:ss±hh:mm`` rule: no fractions, no ``Z``, and UTC written
``-00:00`` (Python's ``isoformat()`` would give ``+00:00``). Parsing refuses any DOCTYPE, entity or
external reference before anything is expanded or fetched, and bounds the input size.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as defused_fromstring
from lxml import etree

from kiosk.errors import KioskError

CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2"
STATUSES = ("Actual", "Exercise", "System", "Test", "Draft")
MSG_TYPES = ("Alert", "Update", "Cancel", "Ack", "Error")
SCOPES = ("Public", "Restricted", "Private")
MAX_CAP_BYTES = 256 * 1024
MODE_STATUS = {"actual": "Actual", "exercise": "Exercise", "test": "Test"}

_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[-+]\d{2}:\d{2}$")
_NO_SPACE = re.compile(r"^[^\s,&<]+$")


class CapError(KioskError):
    """A CAP message that is malformed, unsafe or not CAP 1.2."""


def cap_time(value: dt.datetime) -> str:
    """``value`` in CAP form: seconds precision, numeric offset, UTC as ``-00:00``."""
    if value.tzinfo is None:
        raise ValueError("CAP times need a timezone-aware datetime")
    value = value.replace(microsecond=0)
    offset = value.utcoffset() or dt.timedelta(0)
    if offset == dt.timedelta(0):
        return value.strftime("%Y-%m-%dT%H:%M:%S") + "-00:00"
    return value.isoformat()


def parse_cap_time(text: str) -> dt.datetime:
    """Parse a CAP time; refuses ``Z``, fractions and missing offsets."""
    text = text.strip()
    if not _TIME.match(text):
        raise CapError(f"time {text[:40]!r} is not in CAP form YYYY-MM-DDThh:mm:ss±hh:mm")
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError as error:
        raise CapError(f"time {text[:40]!r}: {error}") from None


@dataclass(frozen=True)
class Reference:
    """One ``sender,identifier,sent`` triple of ``<references>``."""

    sender: str
    identifier: str
    sent: str

    def text(self) -> str:
        return f"{self.sender},{self.identifier},{self.sent}"


@dataclass(frozen=True)
class CapInfo:
    categories: tuple[str, ...]
    event: str
    urgency: str
    severity: str
    certainty: str
    event_codes: Mapping[str, str] = field(default_factory=dict)
    parameters: Mapping[str, str] = field(default_factory=dict)
    areas: tuple[str, ...] = ()
    geocodes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CapMessage:
    identifier: str
    sender: str
    sent: dt.datetime
    status: str
    msg_type: str
    scope: str
    restriction: str = ""
    note: str = ""
    references: tuple[Reference, ...] = ()
    infos: tuple[CapInfo, ...] = ()
    sent_text: str = ""
    """``<sent>`` exactly as written (what ``references`` must repeat)."""

    @property
    def exercise_id(self) -> str | None:
        """The exercise id of an Exercise message (``note`` = ``EXERCISE <id>``)."""
        if self.status == "Exercise" and self.note.startswith("EXERCISE "):
            return self.note.removeprefix("EXERCISE ").strip() or None
        return None


# ---------------------------------------------------------------------------------------- building


@dataclass(frozen=True)
class AlertContent:
    """Everything one kiosk alert says; no names or document numbers, by design."""

    identifier: str
    sender: str
    sent: dt.datetime
    status: str
    event: str
    urgency: str
    severity: str
    certainty: str
    area_desc: str
    restriction: str = "Public-health authorities of the receiving country only"
    note: str = ""
    event_codes: Mapping[str, str] = field(default_factory=dict)
    parameters: Mapping[str, str] = field(default_factory=dict)
    geocodes: Mapping[str, str] = field(default_factory=dict)
    language: str = "en-US"


def _check_token(name: str, value: str) -> None:
    if not value or not _NO_SPACE.match(value):
        raise ValueError(f"CAP {name} {value!r} must be non-empty without spaces, commas, & or <")


def _sub(parent: etree._Element, tag: str, text: str | None = None) -> etree._Element:
    child = etree.SubElement(parent, f"{{{CAP_NS}}}{tag}")
    if text is not None:
        child.text = text
    return child


def _pairs(parent: etree._Element, tag: str, values: Mapping[str, str]) -> None:
    for name, value in values.items():
        node = _sub(parent, tag)
        _sub(node, "valueName", name)
        _sub(node, "value", value)


def _header(identifier: str, sender: str, sent: dt.datetime, status: str, msg_type: str, scope: str,
            restriction: str, note: str) -> etree._Element:
    _check_token("identifier", identifier)
    _check_token("sender", sender)
    if status not in STATUSES:
        raise ValueError(f"CAP status {status!r} is not one of {STATUSES}")
    root = etree.Element(f"{{{CAP_NS}}}alert", nsmap={None: CAP_NS})
    _sub(root, "identifier", identifier)
    _sub(root, "sender", sender)
    _sub(root, "sent", cap_time(sent))
    _sub(root, "status", status)
    _sub(root, "msgType", msg_type)
    _sub(root, "scope", scope)
    if scope == "Restricted":
        _sub(root, "restriction", restriction)
    if note:
        _sub(root, "note", note)
    return root


def build_alert(content: AlertContent) -> bytes:
    """The CAP 1.2 ``Alert`` XML (UTF-8, with declaration), elements in schema order."""
    root = _header(content.identifier, content.sender, content.sent, content.status, "Alert", "Restricted",
                   content.restriction, content.note)
    info = _sub(root, "info")
    _sub(info, "language", content.language)
    _sub(info, "category", "Health")
    _sub(info, "event", content.event)
    _sub(info, "urgency", content.urgency)
    _sub(info, "severity", content.severity)
    _sub(info, "certainty", content.certainty)
    _pairs(info, "eventCode", content.event_codes)
    _pairs(info, "parameter", content.parameters)
    area = _sub(info, "area")
    _sub(area, "areaDesc", content.area_desc)
    _pairs(area, "geocode", content.geocodes)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def build_ack(*, identifier: str, sender: str, sent: dt.datetime, status: str,
              references: Iterable[Reference], note: str = "") -> bytes:
    """A CAP ``Ack`` naming the acknowledged alerts in ``references``."""
    refs = list(references)
    if not refs:
        raise ValueError("an Ack needs at least one reference")
    for ref in refs:
        _check_token("reference sender", ref.sender)
        _check_token("reference identifier", ref.identifier)
    root = _header(identifier, sender, sent, status, "Ack", "Restricted",
                   "Kiosk receipt of the national surveillance hub", note)
    # <references> comes after <note> and before <info> in the schema.
    _sub(root, "references", " ".join(ref.text() for ref in refs))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


# ---------------------------------------------------------------------------------------- parsing


def _text(node: Element, tag: str, *, required: bool = True) -> str:
    child = node.find(f"{{{CAP_NS}}}{tag}")
    if child is None or not (child.text or "").strip():
        if required:
            raise CapError(f"CAP <{tag}> is missing or empty")
        return ""
    return (child.text or "").strip()


def _value_pairs(node: Element, tag: str) -> dict[str, str]:
    out = {}
    for item in node.findall(f"{{{CAP_NS}}}{tag}"):
        out[_text(item, "valueName")] = _text(item, "value", required=False)
    return out


def _choice(name: str, value: str, allowed: Sequence[str]) -> str:
    if value not in allowed:
        raise CapError(f"CAP <{name}> {value[:40]!r} is not one of {', '.join(allowed)}")
    return value


def parse_references(text: str) -> tuple[Reference, ...]:
    refs = []
    for triple in text.split():
        parts = triple.split(",")
        if len(parts) != 3 or not all(parts):
            raise CapError(f"CAP reference {triple[:80]!r} is not sender,identifier,sent")
        refs.append(Reference(*parts))
    return tuple(refs)


def _info(node: Element) -> CapInfo:
    categories = tuple((c.text or "").strip() for c in node.findall(f"{{{CAP_NS}}}category"))
    if not categories:
        raise CapError("CAP <info> has no <category>")
    return CapInfo(
        categories=categories,
        event=_text(node, "event"),
        urgency=_text(node, "urgency"),
        severity=_text(node, "severity"),
        certainty=_text(node, "certainty"),
        event_codes=_value_pairs(node, "eventCode"),
        parameters=_value_pairs(node, "parameter"),
        areas=tuple(_text(a, "areaDesc") for a in node.findall(f"{{{CAP_NS}}}area")),
        geocodes={k: v for a in node.findall(f"{{{CAP_NS}}}area") for k, v in _value_pairs(a, "geocode").items()},
    )


def parse_cap(data: bytes) -> CapMessage:
    """Parse a CAP 1.2 message safely; raises :class:`CapError` naming what is wrong.

    A DOCTYPE, any entity declaration or external reference is refused before expansion
    (defusedxml over expat, which never fetches anything); CAP 1.1 and other namespaces are refused.
    """
    if len(data) > MAX_CAP_BYTES:
        raise CapError(f"CAP message of {len(data)} bytes is larger than {MAX_CAP_BYTES}")
    try:
        root = defused_fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise CapError(f"unsafe XML refused: {type(error).__name__}") from None
    except ParseError as error:
        raise CapError(f"not well-formed XML: {error}") from None
    if root.tag != f"{{{CAP_NS}}}alert":
        raise CapError(f"root element {root.tag[:120]!r} is not a CAP 1.2 <alert> ({CAP_NS})")
    references = parse_references(_text(root, "references", required=False))
    sent_text = _text(root, "sent")
    return CapMessage(
        identifier=_text(root, "identifier"),
        sender=_text(root, "sender"),
        sent=parse_cap_time(sent_text),
        sent_text=sent_text,
        status=_choice("status", _text(root, "status"), STATUSES),
        msg_type=_choice("msgType", _text(root, "msgType"), MSG_TYPES),
        scope=_choice("scope", _text(root, "scope"), SCOPES),
        restriction=_text(root, "restriction", required=False),
        note=_text(root, "note", required=False),
        references=references,
        infos=tuple(_info(node) for node in root.findall(f"{{{CAP_NS}}}info")),
    )
