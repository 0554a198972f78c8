"""Documents made for a scenario's synthetic travellers: passport MRZ text, IATA boarding-pass text and
signed certificate QR codes (WHO ICVP in HCERT, EU DCC, SMART Health Card), written as text and PNG.

Certificates are signed with the scenario's own **test key** (P-256, derived from the scenario id, so
the same scenario always has the same signer): it is on no real trust list, so an exercise certificate
can never pass as real at a kiosk; an exercise kiosk may trust it by importing ``exercise-signer.pem``.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.documents.mrz import check_digit
from kiosk.errors import KioskError
from kiosk.training.scenario import Inject, Scenario

# ICAO alpha-3 codes of the countries the shipped scenarios use; others are written XXX ("unspecified").
ALPHA3 = {
    "AO": "AGO", "BE": "BEL", "BR": "BRA", "CD": "COD", "DE": "D", "ES": "ESP", "FR": "FRA", "GB": "GBR",
    "GN": "GIN", "IT": "ITA", "KE": "KEN", "MW": "MWI", "MZ": "MOZ", "NG": "NGA", "NL": "NLD", "PT": "PRT",
    "RW": "RWA", "TZ": "TZA", "UG": "UGA", "XL": "XXX",
}
DOCUMENT_KINDS = ("mrz", "boarding_pass", "icvp", "dcc", "shc")
_CVX = {"yellow_fever": "37", "polio": "10", "measles": "03", "cholera": "26", "mpox": "206", "covid19": "208"}
_ICD11 = {"yellow_fever": "1D47", "polio": "1C81"}
_NOT_BEFORE = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
_NOT_AFTER = dt.datetime(2040, 1, 1, tzinfo=dt.UTC)
SHC_ISSUER = "https://exercise.poe-kiosk.invalid"
CERTIFICATE_KINDS = ("icvp", "dcc", "shc")


# ---------------------------------------------------------------------------------------------- MRZ


def mrz_td3(traveller: Mapping[str, Any], expiry: dt.date | None = None) -> str:
    """The two 44-character lines of a passport (ICAO 9303 TD3) with every check digit."""
    state = _alpha3(traveller.get("issuing_state") or traveller.get("nationality") or "")
    names = f"{_mrz_text(traveller.get('surname', ''))}<<{_mrz_text(traveller.get('given_names', ''))}"
    first = f"P<{state}{names}"[:44].ljust(44, "<")
    number = _mrz_text(traveller.get("document_number", ""))[:9].ljust(9, "<")
    birth = _yymmdd(traveller.get("birth_date"))
    sex = {"female": "F", "male": "M"}.get(traveller.get("sex", ""), "<")
    expires = (expiry or dt.date(2031, 1, 1)).strftime("%y%m%d")
    nationality = _alpha3(traveller.get("nationality") or "")
    optional = "<" * 14
    second = (f"{number}{check_digit(number)}{nationality}{birth}{check_digit(birth)}{sex}{expires}{check_digit(expires)}"
              f"{optional}{check_digit(optional)}")
    composite = second[0:10] + second[13:20] + second[21:43]
    return f"{first}\n{second}{check_digit(composite)}"


def _alpha3(code: str) -> str:
    code = code.upper()
    if len(code) == 3:
        return code
    return ALPHA3.get(code, "XXX").ljust(3, "<")


def _mrz_text(text: str) -> str:
    cleaned = "".join(c if c.isalnum() and c.isascii() else "<" for c in text.upper().replace("-", " ").replace(" ", "<"))
    return cleaned


def _yymmdd(value: Any) -> str:
    if not value:
        return "<<<<<<"
    return dt.date.fromisoformat(str(value)).strftime("%y%m%d")


# ---------------------------------------------------------------------------------------------- boarding pass


def boarding_pass(traveller: Mapping[str, Any], conveyance: Mapping[str, Any], flight_day: dt.date,
                  pnr: str = "EXRCSE") -> str:
    """An IATA BCBP (Resolution 792) with the 60 mandatory characters of one leg."""
    name = f"{traveller.get('surname', 'TRAVELLER')}/{traveller.get('given_names', '')}".upper()[:20].ljust(20)
    flight = conveyance.get("flight_number", "")
    carrier = conveyance.get("carrier") or flight[:2] or "XA"
    digits = "".join(c for c in flight[len(carrier):] if c.isdigit()) or "0001"
    seat = conveyance.get("seat", "")
    seat = (seat[:-1].rjust(3, "0") + seat[-1]) if seat and seat[-1].isalpha() else seat.rjust(4)
    return (f"M1{name}E{pnr[:7].ljust(7)}{conveyance.get('origin', 'XXX')[:3]}{conveyance.get('destination', 'XXX')[:3]}"
            f"{carrier[:3].ljust(3)}{digits[-4:].rjust(4, '0')} {flight_day.timetuple().tm_yday:03d}Y{seat[:4]}"
            f"{'0001':>4} 100")


# ---------------------------------------------------------------------------------------------- certificates


@dataclass(frozen=True)
class TestSigner:
    """The scenario's certificate signer: a P-256 key and its self-signed X.509 certificate."""

    key: Any
    certificate: Any

    @property
    def pem(self) -> str:
        from cryptography.hazmat.primitives import serialization

        return self.certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")

    @property
    def kid(self) -> bytes:
        from kiosk.documents.trust import kid_of

        return kid_of(self.certificate)

    def hcert(self, payload: Any, iat: dt.datetime, exp: dt.datetime, *, hcert_key: int) -> str:
        """``HC1:`` text: COSE_Sign1 (ES256, kid in the protected header) over CWT claims, zlib, Base45."""
        import base45
        import cbor2

        claims = {1: "XA", 4: int(exp.timestamp()), 6: int(iat.timestamp()), -260: {hcert_key: payload}}
        protected = cbor2.dumps({1: -7, 4: self.kid})
        body = cbor2.dumps(claims)
        signature = self._sign(cbor2.dumps(["Signature1", protected, b"", body]))
        cose = cbor2.dumps(cbor2.CBORTag(18, [protected, {}, body, signature]))
        return "HC1:" + base45.b45encode(zlib.compress(cose, 9)).decode("ascii")

    def shc(self, payload: Mapping[str, Any]) -> str:
        """``shc:/`` digits of a compact JWS (ES256, raw DEFLATE)."""
        header = _b64url(json.dumps({"zip": "DEF", "alg": "ES256", "kid": self.jwk["kid"]}).encode())
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        body = _b64url(compressor.compress(json.dumps(payload, separators=(",", ":")).encode()) + compressor.flush())
        jws = f"{header}.{body}.{_b64url(self._sign(f'{header}.{body}'.encode('ascii')))}"
        return "shc:/" + "".join(f"{ord(c) - 45:02d}" for c in jws)

    @property
    def jwk(self) -> dict[str, str]:
        numbers = self.key.public_key().public_numbers()
        x, y = _b64url(numbers.x.to_bytes(32, "big")), _b64url(numbers.y.to_bytes(32, "big"))
        thumbprint = json.dumps({"crv": "P-256", "kty": "EC", "x": x, "y": y}, separators=(",", ":"))
        kid = _b64url(hashlib.sha256(thumbprint.encode()).digest())  # RFC 7638
        return {"kty": "EC", "kid": kid, "use": "sig", "alg": "ES256", "crv": "P-256", "x": x, "y": y}

    def _sign(self, data: bytes) -> bytes:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

        r, s = decode_dss_signature(self.key.sign(data, ec.ECDSA(hashes.SHA256())))
        return r.to_bytes(32, "big") + s.to_bytes(32, "big")


def scenario_signer(scenario_id: str) -> TestSigner:
    """The test signer of ``scenario_id``: the same key every time for the same scenario."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    order = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551  # of P-256
    seed = hashlib.sha256(f"poe-kiosk exercise test key: {scenario_id}".encode()).digest()
    key = ec.derive_private_key(int.from_bytes(seed, "big") % (order - 1) + 1, ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "XA"),
                         x509.NameAttribute(NameOID.COMMON_NAME, f"EXERCISE test signer {scenario_id}"[:64])])
    certificate = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
        .serial_number(int.from_bytes(seed[:8], "big") >> 1 or 1).not_valid_before(_NOT_BEFORE)
        .not_valid_after(_NOT_AFTER).sign(key, hashes.SHA256(), ecdsa_deterministic=True)  # RFC 6979: same kid
    )
    return TestSigner(key, certificate)


def icvp_payload(vaccination: Mapping[str, Any], traveller: Mapping[str, Any]) -> dict[str, Any]:
    """A WHO ICVP payload (SMART ICVP guide field names) with one dose."""
    vaccine = vaccination["vaccine"]
    name = " ".join(p for p in (traveller.get("given_names", ""), traveller.get("surname", "")) if p) or "Exercise Traveller"
    return {"n": name, "dob": traveller.get("birth_date", "1990-01-01"),
            "v": {"vp": f"{vaccine}_vaccine", "tg": _ICD11.get(vaccine, vaccine), "dt": vaccination["date"], "bo": "EX001"}}


def dcc_payload(vaccination: Mapping[str, Any], traveller: Mapping[str, Any]) -> dict[str, Any]:
    """An EU DCC vaccination payload (COVID-19 is the only disease the DCC schema carries)."""
    if vaccination["vaccine"] != "covid19":
        raise KioskError(f"an EU DCC carries COVID-19 vaccinations only, not {vaccination['vaccine']}: use icvp or shc")
    return {"ver": "1.3.0", "dob": traveller.get("birth_date", "1990-01-01"),
            "nam": {"fn": traveller.get("surname", "Traveller"), "fnt": _mrz_text(traveller.get("surname", "TRAVELLER")),
                    "gn": traveller.get("given_names", ""), "gnt": _mrz_text(traveller.get("given_names", ""))},
            "v": [{"tg": "840539006", "vp": "1119349007", "mp": "EU/1/20/1528", "ma": "ORG-100030215", "dn": 1, "sd": 1,
                   "dt": vaccination["date"], "co": "XA", "is": "Exercise control", "ci": "URN:UVCI:01:XA:EXERCISE#0"}]}


def shc_payload(vaccinations: list[Mapping[str, Any]], traveller: Mapping[str, Any], issued: dt.datetime) -> dict[str, Any]:
    """A SMART Health Card payload with the patient and one Immunization per dose (CVX codes)."""
    patient = {"resourceType": "Patient", "name": [{"family": traveller.get("surname", "Traveller"),
                                                   "given": [traveller.get("given_names", "")]}],
               "birthDate": traveller.get("birth_date", "1990-01-01")}
    entries: list[dict[str, Any]] = [{"fullUrl": "resource:0", "resource": patient}]
    for index, dose in enumerate(vaccinations, start=1):
        entries.append({"fullUrl": f"resource:{index}", "resource": {
            "resourceType": "Immunization", "status": "completed",
            "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": _CVX[dose["vaccine"]]}]},
            "patient": {"reference": "resource:0"}, "occurrenceDateTime": dose["date"]}})
    return {"iss": SHC_ISSUER, "nbf": int(issued.timestamp()), "vc": {
        "type": ["https://smarthealth.cards#health-card"],
        "credentialSubject": {"fhirVersion": "4.0.1", "fhirBundle": {"resourceType": "Bundle", "type": "collection",
                                                                    "entry": entries}}}}


# ---------------------------------------------------------------------------------------------- per inject


def inject_documents(scenario: Scenario, inject: Inject, signer: TestSigner | None = None) -> dict[str, str]:
    """Document kind (``mrz``, ``boarding_pass``, ``icvp-1``…) → its text, for the kinds the inject lists."""
    record = inject.record
    traveller = record.get("traveller") or {}
    arrival = dt.date.fromisoformat(record["arrival_date"])
    issued = dt.datetime.combine(arrival, dt.time(), dt.UTC) - dt.timedelta(days=1)
    out: dict[str, str] = {}
    for kind in inject.documents:
        if kind == "mrz":
            out["mrz"] = mrz_td3(traveller)
        elif kind == "boarding_pass":
            out["boarding_pass"] = boarding_pass(traveller, record.get("conveyance") or {}, arrival)
        else:
            signer = signer or scenario_signer(scenario.id)
            doses = [v for v in record.get("vaccinations") or [] if v.get("evidence", "scan") != "paper"]
            if kind == "shc":
                out["shc"] = signer.shc(shc_payload(doses, traveller, issued))
                continue
            for number, dose in enumerate(doses, start=1):
                payload = icvp_payload(dose, traveller) if kind == "icvp" else dcc_payload(dose, traveller)
                out[f"{kind}-{number}"] = signer.hcert(payload, issued, issued + dt.timedelta(days=3650),
                                                       hcert_key=2 if kind == "icvp" else 1)
    return out


def scanned_texts(scenario: Scenario, inject: Inject, signer: TestSigner | None = None) -> list[str]:
    """What the officer scans for ``inject`` at the desk, in order: its documents, and a SMART Health Card
    of the doses the record says were scanned when the inject lists no certificate of its own (a SMART
    Health Card carries any vaccine; a paper certificate is read, not scanned)."""
    texts = inject_documents(scenario, inject, signer)
    doses = [v for v in inject.record.get("vaccinations") or [] if v.get("evidence", "scan") != "paper"]
    if doses and not any(kind in inject.documents for kind in CERTIFICATE_KINDS):
        signer = signer or scenario_signer(scenario.id)
        arrival = dt.date.fromisoformat(inject.record["arrival_date"])
        issued = dt.datetime.combine(arrival, dt.time(), dt.UTC) - dt.timedelta(days=1)
        texts["shc"] = signer.shc(shc_payload(doses, inject.record.get("traveller") or {}, issued))
    return list(texts.values())


def scenario_trust(signer: TestSigner) -> Any:
    """A trust store holding the scenario's test signer alone (HCERT certificate and SMART Health Card key),
    as an exercise kiosk that imported ``exercise-signer.pem`` has: the exercise's certificates verify."""
    from kiosk.documents.trust import Signer, TrustStore

    return TrustStore(signers=[Signer(signer.kid, signer.certificate)], jwks=[{**signer.jwk, "_iss": SHC_ISSUER}])


def write_scenario_documents(scenario: Scenario, folder: Path) -> list[Path]:
    """Write every inject's documents under ``folder/NN-inject-id/`` (text, and PNG for each QR code),
    and the scenario's signer certificate; returns the paths written."""
    from kiosk.referral.qr import qr_image

    folder.mkdir(parents=True, exist_ok=True)
    signer = scenario_signer(scenario.id)
    written = [folder / "exercise-signer.pem"]
    written[0].write_text(signer.pem, encoding="ascii")
    for inject in scenario.injects:
        documents = inject_documents(scenario, inject, signer)
        if not documents:
            continue
        target = folder / f"{inject.number:02d}-{inject.id}"
        target.mkdir(exist_ok=True)
        for kind, text in documents.items():
            path = target / f"{kind}.txt"
            path.write_text(text + "\n", encoding="ascii")
            written.append(path)
            if kind not in ("mrz",):  # a boarding pass and a certificate are scanned as 2D codes
                image = target / f"{kind}.png"
                qr_image(text, box_size=4).save(image)
                written.append(image)
    return written


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")
