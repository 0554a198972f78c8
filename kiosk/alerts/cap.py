"""OASIS CAP 1.2 alerts and acknowledgements: building (lxml) and hardened parsing (defusedxml).

Times follow CAP's ``YYYY-MM-DDThh:mm:ss±hh:mm`` rule: no fractions, no ``Z``, and UTC written
``-00:00`` (Python's ``isoformat()`` would give ``+00:00``). Parsing refuses any DOCTYPE, entity or
external reference before anything is expanded or fetched, and bounds the input size.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError
from xml.sax.saxutils import escape

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
    msg_type: str = "Alert"
    """``Alert``; ``Update`` or ``Cancel`` for a message that follows earlier ones (named in ``references``)."""
    references: tuple[Reference, ...] = ()


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
            restriction: str, note: str, references: Sequence[Reference] = ()) -> etree._Element:
    _check_token("identifier", identifier)
    _check_token("sender", sender)
    if status not in STATUSES:
        raise ValueError(f"CAP status {status!r} is not one of {STATUSES}")
    if msg_type not in MSG_TYPES:
        raise ValueError(f"CAP msgType {msg_type!r} is not one of {MSG_TYPES}")
    if msg_type in ("Update", "Cancel") and not references:
        raise ValueError(f"a CAP {msg_type} names the message(s) it follows in references")
    for ref in references:
        _check_token("reference sender", ref.sender)
        _check_token("reference identifier", ref.identifier)
        _check_token("reference sent", ref.sent)
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
    if references:
        _sub(root, "references", " ".join(ref.text() for ref in references))
    return root


def build_alert(content: AlertContent) -> bytes:
    """The CAP 1.2 ``Alert`` (or ``Update``/``Cancel``) XML (UTF-8, with declaration), elements in schema order."""
    root = _header(content.identifier, content.sender, content.sent, content.status, content.msg_type, "Restricted",
                   content.restriction, content.note, content.references)
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


_ACK_TEMPLATE = (
    "<?xml version='1.0' encoding='UTF-8'?>\n"
    f'<alert xmlns="{CAP_NS}"><identifier>{{identifier}}</identifier><sender>{{sender}}</sender>'
    "<sent>{sent}</sent><status>{status}</status><msgType>Ack</msgType><scope>Restricted</scope>"
    "<restriction>Kiosk receipt of the national surveillance hub</restriction>{note}"
    "<references>{references}</references></alert>"
)


def build_ack(*, identifier: str, sender: str, sent: dt.datetime, status: str,
              references: Iterable[Reference], note: str = "") -> bytes:
    """A CAP ``Ack`` naming the acknowledged alerts in ``references``.

    The hub sends one per batch, so it is filled into a fixed template (every value XML-escaped)
    rather than built as a tree: same bytes as the lxml form, a fraction of the cost. Element order
    follows the schema: ``<references>`` comes after ``<note>`` (and there is no ``<info>``).
    """
    refs = list(references)
    if not refs:
        raise ValueError("an Ack needs at least one reference")
    _check_token("identifier", identifier)
    _check_token("sender", sender)
    if status not in STATUSES:
        raise ValueError(f"CAP status {status!r} is not one of {STATUSES}")
    for ref in refs:
        _check_token("reference sender", ref.sender)
        _check_token("reference identifier", ref.identifier)
    return _ACK_TEMPLATE.format(
        identifier=escape(identifier), sender=escape(sender), sent=cap_time(sent), status=status,
        note=f"<note>{escape(note)}</note>" if note else "",
        references=escape(" ".join(ref.text() for ref in refs)),
    ).encode("utf-8")


# ---------------------------------------------------------------------------------------- parsing


_NS_PREFIX = f"{{{CAP_NS}}}"
_Index = dict[str, list[Any]]


def _index(node: Element) -> _Index:
    """The CAP children of ``node`` by local name, in document order (one pass, not a find per field)."""
    out: _Index = {}
    for child in node:
        tag = child.tag
        if isinstance(tag, str) and tag.startswith(_NS_PREFIX):
            out.setdefault(tag[len(_NS_PREFIX):], []).append(child)
    return out


def _text(index: _Index, tag: str, *, required: bool = True) -> str:
    """The stripped text of the first ``<tag>`` child."""
    children = index.get(tag)
    text = (children[0].text or "").strip() if children else ""
    if not text and required:
        raise CapError(f"CAP <{tag}> is missing or empty")
    return text


def _value_pairs(index: _Index, tag: str) -> dict[str, str]:
    out = {}
    for item in index.get(tag, ()):
        pair = _index(item)
        out[_text(pair, "valueName")] = _text(pair, "value", required=False)
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
    index = _index(node)
    categories = tuple((c.text or "").strip() for c in index.get("category", ()))
    if not categories:
        raise CapError("CAP <info> has no <category>")
    areas = [_index(area) for area in index.get("area", ())]
    return CapInfo(
        categories=categories,
        event=_text(index, "event"),
        urgency=_text(index, "urgency"),
        severity=_text(index, "severity"),
        certainty=_text(index, "certainty"),
        event_codes=_value_pairs(index, "eventCode"),
        parameters=_value_pairs(index, "parameter"),
        areas=tuple(_text(area, "areaDesc") for area in areas),
        geocodes={k: v for area in areas for k, v in _value_pairs(area, "geocode").items()},
    )


_PLAIN_DECLARATION = re.compile(
    rb"""<\?xml\s+version=(['"])1\.0\1(\s+encoding=(['"])(?i:utf-8)\3)?\s*\?>""")
_lxml_parsers = threading.local()


def _lxml_parser() -> etree.XMLParser:
    """One hardened lxml parser per thread (parsers keep state while parsing)."""
    parser = getattr(_lxml_parsers, "parser", None)
    if parser is None:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                                 huge_tree=False, remove_pis=True, collect_ids=False)
        _lxml_parsers.parser = parser
    return parser


def _fast_root(data: bytes) -> Any:
    """The root of a plain UTF-8 document through lxml (~10× faster than defusedxml), or None.

    Plain means: an optional ``<?xml version="1.0" [encoding="UTF-8"]?>`` declaration, then no
    ``<!`` anywhere (so no DOCTYPE, hence no entity declaration and nothing external to fetch;
    also no comment or CDATA) and no further ``<?`` (processing instruction, or a second declaration
    naming another encoding). Only the five predefined entities and character references can occur,
    and lxml is told not to resolve entities, load a DTD or use the network anyway. Anything else
    (DOCTYPEs, comments, other encodings, a BOM) goes to the defusedxml path, which refuses the
    unsafe and parses the rest; a malformed plain document is refused here with the same error.
    """
    match = _PLAIN_DECLARATION.match(data)
    start = match.end() if match else 0
    while start < len(data) and data[start] in b" \t\r\n":
        start += 1
    if not data.startswith(b"<", start) or data.find(b"<!", start) >= 0 or data.find(b"<?", start) >= 0:
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None  # the defusedxml path names the problem
    try:
        return etree.fromstring(data, _lxml_parser())
    except etree.XMLSyntaxError as error:
        raise CapError(f"not well-formed XML: {error}") from None


def parse_cap(data: bytes) -> CapMessage:
    """Parse a CAP 1.2 message safely; raises :class:`CapError` naming what is wrong.

    A DOCTYPE, any entity declaration or external reference is refused before expansion
    (defusedxml over expat, which never fetches anything); CAP 1.1 and other namespaces are refused.
    Plain UTF-8 documents without any ``<!`` take a faster lxml path (see ``_fast_root``).
    """
    if len(data) > MAX_CAP_BYTES:
        raise CapError(f"CAP message of {len(data)} bytes is larger than {MAX_CAP_BYTES}")
    root = _fast_root(data)
    if root is None:
        try:
            root = defused_fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
        except DefusedXmlException as error:
            raise CapError(f"unsafe XML refused: {type(error).__name__}") from None
        except ParseError as error:
            raise CapError(f"not well-formed XML: {error}") from None
    if root.tag != f"{{{CAP_NS}}}alert":
        raise CapError(f"root element {root.tag[:120]!r} is not a CAP 1.2 <alert> ({CAP_NS})")
    index = _index(root)
    references = parse_references(_text(index, "references", required=False))
    sent_text = _text(index, "sent")
    return CapMessage(
        identifier=_text(index, "identifier"),
        sender=_text(index, "sender"),
        sent=parse_cap_time(sent_text),
        sent_text=sent_text,
        status=_choice("status", _text(index, "status"), STATUSES),
        msg_type=_choice("msgType", _text(index, "msgType"), MSG_TYPES),
        scope=_choice("scope", _text(index, "scope"), SCOPES),
        restriction=_text(index, "restriction", required=False),
        note=_text(index, "note", required=False),
        references=references,
        infos=tuple(_info(node) for node in index.get("info", ())),
    )


# ---------------------------------------------------------------------------------------- hub reader


@dataclass(frozen=True, slots=True)
class AlertFields:
    """The parts of an alert the hub stores, read without building a whole :class:`CapMessage`.

    ``event``, ``urgency``, ``severity``, ``certainty`` and ``parameters`` are those of the first
    ``<info>`` (empty without one); ``parameters`` holds only the names asked for.
    """

    identifier: str
    sender: str
    sent: dt.datetime
    sent_text: str
    status: str
    msg_type: str
    scope: str
    note: str
    references: tuple[Reference, ...]
    event: str = ""
    urgency: str = ""
    severity: str = ""
    certainty: str = ""
    parameters: Mapping[str, str] = field(default_factory=dict)

    @property
    def exercise_id(self) -> str | None:
        if self.status == "Exercise" and self.note.startswith("EXERCISE "):
            return self.note.removeprefix("EXERCISE ").strip() or None
        return None

    @classmethod
    def of(cls, message: CapMessage, wanted: frozenset[str]) -> AlertFields:
        info = message.infos[0] if message.infos else None
        return cls(
            identifier=message.identifier, sender=message.sender, sent=message.sent, sent_text=message.sent_text,
            status=message.status, msg_type=message.msg_type, scope=message.scope, note=message.note,
            references=message.references,
            event=info.event if info else "", urgency=info.urgency if info else "",
            severity=info.severity if info else "", certainty=info.certainty if info else "",
            parameters={k: v for k, v in info.parameters.items() if k in wanted} if info else {},
        )


def _q(tag: str) -> str:
    return f"{_NS_PREFIX}{tag}"


_ALERT, _INFO, _CATEGORY, _PARAMETER, _EVENT_CODE, _AREA, _GEOCODE = (
    _q(t) for t in ("alert", "info", "category", "parameter", "eventCode", "area", "geocode"))
_VALUE_NAME, _VALUE, _AREA_DESC = _q("valueName"), _q("value"), _q("areaDesc")
_HEADER_NAMES = {_q(t): t for t in ("identifier", "sender", "sent", "status", "msgType", "scope", "note", "references")}
_INFO_FIELDS = {t: _q(t) for t in ("event", "urgency", "severity", "certainty")}


def _texts(node: Any, names: Mapping[str, str]) -> dict[str, str]:
    """The stripped text of the first child of each wanted name (one pass over ``node``'s children;
    lxml's ``find``/``findtext`` go through its Python ElementPath and cost more than this loop)."""
    out: dict[str, str] = {}
    for child in node:
        name = names.get(child.tag)
        if name is not None and name not in out:
            out[name] = (child.text or "").strip()
    return out


def _required(texts: dict[str, str], tag: str) -> str:
    text = texts.get(tag, "")
    if not text:
        raise CapError(f"CAP <{tag}> is missing or empty")
    return text


_INFO_CHILDREN = {**{q: t for t, q in _INFO_FIELDS.items()}, _CATEGORY: "category"}


def _pair(item: Any, wanted: frozenset[str]) -> tuple[str, str]:
    """``(valueName, value)`` of a ``<parameter>``; the value is read only for a wanted name. The
    schema puts ``valueName`` first, so that is tried before looking through every child."""
    first = item[0] if len(item) else None
    if first is not None and first.tag == _VALUE_NAME:
        name = (first.text or "").strip()
    else:
        name = next(((c.text or "").strip() for c in item.iterchildren(_VALUE_NAME)), "")
    if not name:
        raise CapError("CAP <valueName> is missing or empty")
    if name not in wanted:
        return name, ""
    value = next(((c.text or "").strip() for c in item.iterchildren(_VALUE)), "")
    return name, value


def _read_info(info: Any, wanted: frozenset[str]) -> tuple[dict[str, str], dict[str, str]]:
    """The fields and ``wanted`` parameters of one ``<info>``, refused as ``parse_cap`` refuses it when
    ``category``, ``event``, ``urgency``, ``severity``, ``certainty`` or a parameter's ``valueName`` is
    missing. Event codes and areas (not stored by the hub, kept in the raw XML) are not looked at."""
    fields: dict[str, str] = {}
    params: dict[str, str] = {}
    for child in info:
        tag = child.tag
        if tag == _PARAMETER:
            name, value = _pair(child, wanted)
            if name in wanted and name not in params:
                params[name] = value
            continue
        field_name = _INFO_CHILDREN.get(tag)
        if field_name is not None and field_name not in fields:
            fields[field_name] = (child.text or "").strip()
    if "category" not in fields:
        raise CapError("CAP <info> has no <category>")
    for tag in _INFO_FIELDS:
        _required(fields, tag)
    return fields, params


def read_alert_fields(data: bytes, parameters: Iterable[str] = ()) -> AlertFields:
    """The hub's reader: the fields it stores, with the same refusals as :func:`parse_cap`.

    Same hardening: plain UTF-8 documents go through the lxml fast path (entities, DTDs and
    network off; no ``<!`` at all), anything else through ``parse_cap``'s defusedxml path, which
    refuses DOCTYPEs and entities. One pass over the header and each ``<info>``, no :class:`CapMessage`
    with every parameter, event code, area and geocode: about half of ``parse_cap``'s time.
    """
    wanted = frozenset(parameters)
    if len(data) > MAX_CAP_BYTES:
        raise CapError(f"CAP message of {len(data)} bytes is larger than {MAX_CAP_BYTES}")
    root = _fast_root(data)
    if root is None:
        return AlertFields.of(parse_cap(data), wanted)
    return _fields_of_root(root, wanted)


def _fields_of_root(root: Any, wanted: frozenset[str]) -> AlertFields:
    if root.tag != _ALERT:
        raise CapError(f"root element {str(root.tag)[:120]!r} is not a CAP 1.2 <alert> ({CAP_NS})")
    text = _texts(root, _HEADER_NAMES)
    for tag in ("identifier", "sender", "sent", "status", "msgType", "scope"):
        _required(text, tag)
    references = parse_references(text.get("references", ""))
    sent = parse_cap_time(text["sent"])
    status = _choice("status", text["status"], STATUSES)
    msg_type = _choice("msgType", text["msgType"], MSG_TYPES)
    scope = _choice("scope", text["scope"], SCOPES)
    infos = [_read_info(info, wanted) for info in root.iterchildren(_INFO)]
    fields, params = infos[0] if infos else ({}, {})
    return AlertFields(
        identifier=text["identifier"], sender=text["sender"], sent=sent, sent_text=text["sent"], status=status,
        msg_type=msg_type, scope=scope, note=text.get("note", ""), references=references,
        event=fields.get("event", ""), urgency=fields.get("urgency", ""), severity=fields.get("severity", ""),
        certainty=fields.get("certainty", ""), parameters=params,
    )


# ---------------------------------------------------------------------------------------- schema

CAP_XSD = Path(__file__).parents[1] / "data" / "cap" / "CAP-v1.2.xsd"
"""The OASIS CAP 1.2 schema as published (see ``kiosk/data/cap/SOURCE.txt``)."""
_schemas = threading.local()
_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml[^>]*\?>")


def cap_schema() -> etree.XMLSchema:
    """The CAP 1.2 ``XMLSchema``, one per thread (lxml validators are not shared across threads)."""
    schema = getattr(_schemas, "schema", None)
    if schema is None:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        schema = etree.XMLSchema(etree.parse(str(CAP_XSD), parser))
        _schemas.schema = schema
    return schema


def validate_cap(root: Any) -> None:
    """Raise :class:`CapError` naming the first schema error when ``root`` is not valid CAP 1.2."""
    schema = cap_schema()
    if not schema.validate(root):
        error = schema.error_log.last_error
        message = error.message if error is not None else "not valid"
        raise CapError(f"not valid CAP 1.2 (schema): line {getattr(error, 'line', 0)}: {message[:300]}")


def _declared_text(data: bytes, root: Any) -> str:
    """The document as text, decoded with the encoding its XML declaration (or BOM) names, the
    declaration rewritten to say UTF-8 (the text is stored and read back as UTF-8)."""
    encoding = root.getroottree().docinfo.encoding or "UTF-8"
    try:
        text = data.decode(encoding)
    except (LookupError, UnicodeDecodeError) as error:
        raise CapError(f"the document is not in the encoding it declares ({encoding}): {error}") from None
    body = _DECLARATION.sub("", text, count=1).lstrip("\ufeff")
    return "<?xml version='1.0' encoding='UTF-8'?>" + ("" if body.startswith("\n") else "\n") + body


def read_hub_alert(data: bytes, parameters: Iterable[str] = ()) -> tuple[AlertFields, str]:
    """What the hub reads of an incoming message: the fields it stores (as :func:`read_alert_fields`)
    once the message is valid against the CAP 1.2 schema, and its text (any declared encoding, UTF-16
    and ISO-8859-1 included, honoured). Raises :class:`CapError` naming what is wrong.

    Anything not plain UTF-8 is first read by ``parse_cap``'s defusedxml path, which refuses DOCTYPEs,
    entities and external references; only then is it parsed by lxml (entities, DTDs and network off)
    for the schema.
    """
    wanted = frozenset(parameters)
    if len(data) > MAX_CAP_BYTES:
        raise CapError(f"CAP message of {len(data)} bytes is larger than {MAX_CAP_BYTES}")
    root = _fast_root(data)
    plain = root is not None
    if root is None:
        parse_cap(data)  # the safety checks (and CAP errors named as the kiosk's tools name them)
        try:
            root = etree.fromstring(data, _lxml_parser())
        except etree.XMLSyntaxError as error:
            raise CapError(f"not well-formed XML: {error}") from None
    validate_cap(root)
    fields = _fields_of_root(root, wanted)
    return fields, data.decode("utf-8") if plain else _declared_text(data, root)
