"""Documents generated for a scenario read back through the kiosk's own parsers: MRZ check digits, the
boarding pass's flight and seat, certificates signed with the scenario's test key (valid only where
that key is trusted), and QR PNGs that decode to the same text."""

from __future__ import annotations

import base64
import datetime as dt

import pytest
import zxingcpp
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from PIL import Image

from kiosk.cli import main
from kiosk.documents import TrustStore, parse_bcbp, parse_hcert, parse_mrz, parse_shc
from kiosk.documents.trust import signer_from_base64
from kiosk.training.documents import scenario_signer
from kiosk.training.scenario import load_scenario

AT = dt.datetime(2026, 11, 29, 7, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    out = tmp_path_factory.mktemp("documents")
    assert main(["exercise", "documents", "yellow-fever-airport", "--out", str(out)]) == 0
    return out


def _trust(folder) -> TrustStore:
    certificate = x509.load_pem_x509_certificate((folder / "exercise-signer.pem").read_bytes())
    der = base64.b64encode(certificate.public_bytes(serialization.Encoding.DER)).decode()
    return TrustStore(signers=[signer_from_base64(der)])


def test_the_mrz_has_valid_check_digits_and_the_travellers_identity(folder):
    inject = load_scenario("yellow-fever-airport").inject("yf-valid")
    result = parse_mrz((folder / "01-yf-valid" / "mrz.txt").read_text())
    traveller = inject.record["traveller"]
    assert result.valid, result.errors
    assert (result.fields["surname"], result.fields["document_number"], result.fields["birth_date"]) == (
        traveller["surname"], traveller["document_number"], traveller["birth_date"])
    assert result.fields["nationality"] == "NGA"


def test_the_boarding_pass_carries_the_flight_seat_and_day(folder):
    result = parse_bcbp((folder / "01-yf-valid" / "boarding_pass.txt").read_text().strip(), AT)
    assert result.valid, result.errors
    leg = result.fields["legs"][0]
    assert (leg["from"], leg["to"], leg["carrier"], leg["flight_number"], leg["seat"], leg["date"]) == (
        "LOS", "XLA", "XA", "0871", "021C", "2026-11-29")


def test_an_icvp_signed_with_the_test_key_is_valid_only_where_that_key_is_trusted(folder):
    text = (folder / "01-yf-valid" / "icvp-1.txt").read_text().strip()
    trusted = parse_hcert(text, AT, _trust(folder))
    assert trusted.valid, trusted.errors
    assert [(v["vaccine"], v["date"]) for v in trusted.fields["vaccinations"]] == [("yellow_fever", "2019-05-02")]
    assert not parse_hcert(text, AT).valid  # no real trust list knows the exercise key


def test_the_smart_health_card_carries_the_not_yet_valid_dose(folder):
    result = parse_shc((folder / "02-yf-not-yet-valid" / "shc.txt").read_text().strip(), AT)
    assert [(v["vaccine"], v["date"]) for v in result.fields["vaccinations"]] == [("yellow_fever", "2026-11-24")]


@pytest.mark.parametrize("name", ["01-yf-valid/icvp-1", "01-yf-valid/boarding_pass", "02-yf-not-yet-valid/shc"])
def test_each_qr_png_decodes_to_its_text(folder, name):
    found = zxingcpp.read_barcodes(Image.open(folder / f"{name}.png"))
    assert [code.text for code in found] == [(folder / f"{name}.txt").read_text().strip()]


def test_a_paper_certificate_gets_no_qr_and_the_signer_is_the_same_every_time(folder):
    assert not list((folder / "05-yf-paper").glob("icvp*"))
    assert scenario_signer("yellow-fever-airport").kid == scenario_signer("yellow-fever-airport").kid
    assert scenario_signer("yellow-fever-airport").kid != scenario_signer("cholera-bus").kid
