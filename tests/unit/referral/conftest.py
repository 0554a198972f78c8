"""Fixtures for the referral tests: a kiosk key, trusted keys, the demo directory."""

from __future__ import annotations

import pytest
from referral_helpers import KIOSK_ID

from kiosk.referral.directory import load_directory
from kiosk.referral.qr import generate_kiosk_key, public_key_b64


@pytest.fixture(scope="session")
def kiosk_key(tmp_path_factory):
    return generate_kiosk_key(tmp_path_factory.mktemp("keys") / "kiosk.pem")


@pytest.fixture(scope="session")
def trusted(kiosk_key):
    return {KIOSK_ID: public_key_b64(kiosk_key)}


@pytest.fixture(scope="session")
def directory():
    return load_directory()


