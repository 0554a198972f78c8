"""Signed health certificates made in the tests: genuine ones (a key the test puts on a trust list) and
home-made forgeries (a key nobody trusts). Real cryptography, real encodings: HCERT (COSE_Sign1 ES256,
zlib, Base45, ``HC1:``) and SMART Health Cards (compact JWS ES256, raw DEFLATE, ``shc:/`` digits)."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import zlib
from dataclasses import dataclass
from typing import Any

import base45
import cbor2
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.x509.oid import NameOID

from kiosk.documents.trust import kid_of

NOT_BEFORE = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
NOT_AFTER = dt.datetime(2040, 1, 1, tzinfo=dt.UTC)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def raw_signature(key: ec.EllipticCurvePrivateKey, data: bytes) -> bytes:
    """ES256 as COSE and JWS carry it: r ‖ s, 32 bytes each."""
    r, s = decode_dss_signature(key.sign(data, ec.ECDSA(hashes.SHA256())))
    return r.to_bytes(32, "big") + s.to_bytes(32, "big")


@dataclass
class Signer:
    """A P-256 document signer with a self-signed X.509 certificate (as a DSC would be)."""

    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate

    @classmethod
    def make(cls, country: str = "XA", name: str = "Test document signer") -> Signer:
        key = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, country),
                             x509.NameAttribute(NameOID.COMMON_NAME, name)])
        certificate = (
            x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(NOT_BEFORE).not_valid_after(NOT_AFTER)
            .sign(key, hashes.SHA256())
        )
        return cls(key, certificate)

    @property
    def kid(self) -> bytes:
        return kid_of(self.certificate)

    @property
    def der_b64(self) -> str:
        return base64.b64encode(self.certificate.public_bytes(serialization.Encoding.DER)).decode("ascii")

    # ------------------------------------------------------------------ HCERT

    def hcert(self, payload: Any, iat: dt.datetime, exp: dt.datetime, *, issuer: str = "XA",
              hcert_key: int = 1) -> str:
        """``HC1:`` text of a COSE_Sign1 (ES256, kid in the protected header) over the CWT claims."""
        claims = {1: issuer, 4: int(exp.timestamp()), 6: int(iat.timestamp()), -260: {hcert_key: payload}}
        protected = cbor2.dumps({1: -7, 4: self.kid})
        body = cbor2.dumps(claims)
        signature = raw_signature(self.key, cbor2.dumps(["Signature1", protected, b"", body]))
        cose = cbor2.dumps(cbor2.CBORTag(18, [protected, {}, body, signature]))
        return "HC1:" + base45.b45encode(zlib.compress(cose, 9)).decode("ascii")

    # ------------------------------------------------------------------ SMART Health Cards

    @property
    def jwk(self) -> dict[str, str]:
        numbers = self.key.public_key().public_numbers()
        x, y = b64url(numbers.x.to_bytes(32, "big")), b64url(numbers.y.to_bytes(32, "big"))
        thumbprint = json.dumps({"crv": "P-256", "kty": "EC", "x": x, "y": y}, separators=(",", ":"))
        kid = b64url(hashlib.sha256(thumbprint.encode()).digest())  # RFC 7638
        return {"kty": "EC", "kid": kid, "use": "sig", "alg": "ES256", "crv": "P-256", "x": x, "y": y}

    def shc(self, payload: dict[str, Any]) -> str:
        """``shc:/`` digits of a compact JWS (ES256, zip DEF) over ``payload``."""
        header = b64url(json.dumps({"zip": "DEF", "alg": "ES256", "kid": self.jwk["kid"]}).encode())
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        body = b64url(compressor.compress(json.dumps(payload, separators=(",", ":")).encode()) + compressor.flush())
        signature = b64url(raw_signature(self.key, f"{header}.{body}".encode("ascii")))
        jws = f"{header}.{body}.{signature}"
        return "shc:/" + "".join(f"{ord(c) - 45:02d}" for c in jws)


def icvp_payload(date: str, *, name: str = "Test Traveller", dob: str = "1990-01-01") -> dict[str, Any]:
    """A WHO ICVP payload with one yellow-fever dose (ICD-11 1D47), as the SMART ICVP guide has it."""
    return {"n": name, "dob": dob, "v": {"vp": "YellowFeverProduct", "tg": "1D47", "dt": date, "bo": "B123"}}


def shc_payload(iss: str, doses: list[tuple[str, str, str]], *, nbf: float, rid: str | None = None) -> dict[str, Any]:
    """A SMART Health Card payload with a patient and one Immunization per (cvx, date, status)."""
    entries: list[dict[str, Any]] = [{"fullUrl": "resource:0", "resource": {
        "resourceType": "Patient", "name": [{"family": "Anyperson", "given": ["Jo"]}], "birthDate": "1980-02-03"}}]
    for index, (cvx, date, status) in enumerate(doses, start=1):
        entries.append({"fullUrl": f"resource:{index}", "resource": {
            "resourceType": "Immunization", "status": status,
            "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": cvx}]},
            "patient": {"reference": "resource:0"}, "occurrenceDateTime": date}})
    vc: dict[str, Any] = {"type": ["https://smarthealth.cards#health-card"], "credentialSubject": {
        "fhirVersion": "4.0.1", "fhirBundle": {"resourceType": "Bundle", "type": "collection", "entry": entries}}}
    if rid is not None:
        vc["rid"] = rid
    return {"iss": iss, "nbf": nbf, "vc": vc}
