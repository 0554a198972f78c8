"""The usage rule (kiosk.documents.usage): only verified certificates fill a screening, and an
unverified one never turns a yellow-fever *vaccinate* into *clear*."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from document_forge import Signer, icvp_payload

from kiosk.documents.prefill import merge
from kiosk.documents.trust import TrustStore, signer_from_base64
from kiosk.documents.usage import assess, usable_prefill
from kiosk.scan import parse_texts

DATA = Path(__file__).resolve().parents[2] / "data"
AT = dt.datetime(2026, 11, 29, 9, tzinfo=dt.UTC)
TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
FROM_NIGERIA = {"arrival_date": "2026-11-29", "temperature_c": 36.6, "age_years": 30,
                "itinerary": [{"country": "NG", "left": "2026-11-27"}]}


def home_made_icvp() -> str:
    """A yellow-fever ICVP signed by a key its maker generated: well formed, valid dates, nobody trusts it."""
    return Signer.make("NG", "Home-made signer").hcert(icvp_payload("2020-03-01"), AT - dt.timedelta(days=30),
                                                       AT + dt.timedelta(days=3650), issuer="NG")


def screen(service, result) -> tuple[dict, str]:
    """What the screening path does with one scan: fill what the rule allows, evaluate the record."""
    record = merge(FROM_NIGERIA, usable_prefill(result))
    return record, service.evaluate(record).disposition


def test_home_made_icvp_on_a_fresh_kiosk_fills_nothing_and_leaves_vaccinate(service):
    [result] = parse_texts([home_made_icvp()], AT, None)  # a fresh kiosk: no trust list at all
    assert result.kind == "icvp" and result.checks["signature"] is False
    assert all(ok for name, ok in result.checks.items() if name != "signature")  # only the signature is missing
    use = assess(result)
    assert (use.state, use.usable, use.verified, use.reason) == ("not_verified", False, False, "no_trust_list")
    assert usable_prefill(result).empty
    record, disposition = screen(service, result)
    assert "vaccinations" not in record
    assert disposition == "vaccinate"


def test_the_same_certificate_signed_by_a_trusted_key_is_used(service):
    signer = Signer.make("NG", "Ministry of Health signer")
    text = signer.hcert(icvp_payload("2020-03-01"), AT - dt.timedelta(days=30), AT + dt.timedelta(days=3650))
    trust = TrustStore(signers=[signer_from_base64(signer.der_b64, country="NG")])
    [result] = parse_texts([text], AT, trust)
    use = assess(result)
    assert (use.state, use.usable, use.verified) == ("verified", True, True)
    record, disposition = screen(service, result)
    assert record["vaccinations"] == [{"vaccine": "yellow_fever", "date": "2020-03-01", "evidence": "digital"}]
    assert disposition != "vaccinate"  # the verified certificate is what changes the outcome


def test_icvp_signed_by_a_key_not_on_the_trust_list_is_not_verified(service):
    trusted = Signer.make("NG", "Trusted signer")
    trust = TrustStore(signers=[signer_from_base64(trusted.der_b64)])
    [result] = parse_texts([home_made_icvp()], AT, trust)
    use = assess(result)
    assert (use.state, use.usable, use.reason) == ("not_verified", False, "unknown_signer")
    assert screen(service, result)[1] == "vaccinate"


def test_a_trusted_signer_whose_signature_fails_is_refused():
    signer = Signer.make()
    other = Signer.make()
    forged = Signer(other.key, signer.certificate)  # claims the trusted certificate, signs with another key
    text = forged.hcert(icvp_payload("2020-03-01"), AT - dt.timedelta(days=30), AT + dt.timedelta(days=3650))
    [result] = parse_texts([text], AT, TrustStore(signers=[signer_from_base64(signer.der_b64)]))
    use = assess(result)
    assert (use.state, use.usable, use.reason) == ("refused", False, "bad_signature")
    assert usable_prefill(result).empty


def test_a_verified_certificate_with_a_failed_check_is_refused():
    signer = Signer.make()
    text = signer.hcert(icvp_payload("2026-11-25"), AT - dt.timedelta(days=1), AT + dt.timedelta(days=3650))
    [result] = parse_texts([text], AT, TrustStore(signers=[signer_from_base64(signer.der_b64)]))
    assert result.checks["signature"] is True and result.checks["yellow_fever_in_effect"] is False
    use = assess(result)
    assert (use.state, use.usable, use.reason, use.failed) == ("refused", False, "check_failed",
                                                              ("yellow_fever_in_effect",))


def test_mrz_and_boarding_pass_are_usable_when_their_checks_pass():
    [good] = parse_texts([TD3], AT, None)
    use = assess(good)
    assert (use.state, use.usable, use.verified, use.reason) == ("verified", True, False, "checks_passed")
    assert usable_prefill(good).data["traveller"]["surname"] == "ERIKSSON"
    [bad] = parse_texts([TD3.replace("<<<<<10", "<<<<<20")], AT, None)
    use = assess(bad)
    assert (use.state, use.usable) == ("refused", False) and "composite_check_digit" in use.failed
    boarding = json.loads((DATA / "bcbp/public_cases.json").read_text("utf-8"))["cases"][1]["input"]
    [result] = parse_texts([boarding], AT, None)
    assert assess(result).usable and usable_prefill(result).data["conveyance"]["flight_number"] == "LH3664"


@pytest.mark.parametrize("text", ["hello world", "HC1:%%%", "shc:/12"])
def test_unreadable_or_unknown_texts_are_never_usable(text):
    [result] = parse_texts([text], AT, None)
    use = assess(result)
    assert not use.usable and not use.verified and use.state in ("unknown", "refused")
    assert usable_prefill(result).empty


@pytest.mark.parametrize(("domain", "kind", "usable"), [
    ("DCC", "icvp", False), ("ICVP", "icvp", True), ("DDCC", "icvp", True), ("IPS-PILGRIMAGE", "icvp", False),
    ("", "icvp", True),
])
def test_a_signer_signs_only_in_the_trust_domain_the_list_gives_it(domain, kind, usable):
    """A COVID-certificate (DCC) signer on the trust list cannot vouch for a yellow-fever ICVP."""
    signer = Signer.make("NG", "Signer of one trust domain")
    text = signer.hcert(icvp_payload("2020-03-01"), AT - dt.timedelta(days=30), AT + dt.timedelta(days=3650))
    trust = TrustStore(signers=[signer_from_base64(signer.der_b64, country="NG", domain=domain)])
    [result] = parse_texts([text], AT, trust)
    assert result.kind == kind
    use = assess(result)
    assert use.usable is usable
    if not usable:
        assert use.state == "refused" and "trust_domain" in use.failed
        assert any(domain in error for error in result.errors)
