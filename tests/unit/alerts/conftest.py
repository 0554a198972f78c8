"""Helpers for the alert tests: the OASIS CAP 1.2 schema (lxml, no network)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

CAP_DATA = Path(__file__).parents[2] / "data" / "cap"


@pytest.fixture(scope="session")
def cap_schema() -> etree.XMLSchema:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.XMLSchema(etree.parse(str(CAP_DATA / "schema" / "CAP-v1.2.xsd"), parser))


@pytest.fixture(scope="session")
def assert_valid_cap(cap_schema: etree.XMLSchema) -> Callable[[bytes], None]:
    """Assert that a payload validates against the OASIS CAP 1.2 XSD."""

    def check(payload: bytes) -> None:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        document = etree.fromstring(payload, parser)
        assert cap_schema.validate(document), str(cap_schema.error_log)

    return check


@pytest.fixture(scope="session")
def cap_data() -> Path:
    return CAP_DATA
