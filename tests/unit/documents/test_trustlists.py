"""poe-kiosk trust import: published trust-list formats into the kiosk's trust folder, list signatures
checked where the format has one, and genuine test vectors verifying against what was imported."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from document_forge import Signer, raw_signature

from kiosk.cli import main
from kiosk.documents.trust import kid_of, load_trust, signer_from_base64
from kiosk.documents.usage import assess
from kiosk.scan import parse_texts

DATA = Path(__file__).resolve().parents[2] / "data"
SHC = DATA / "shc/spec_examples"
ISS = "https://spec.smarthealth.cards/examples/issuer"


def vector(name: str) -> dict:
    return json.loads((DATA / "dcc" / name).read_text("utf-8-sig"))


def clock(vec: dict) -> dt.datetime:
    return dt.datetime.fromisoformat(vec["TESTCTX"]["VALIDATIONCLOCK"].replace("Z", "+00:00"))


DE, AT_VECTOR = vector("DE/2DCode/raw/1.json"), vector("AT/2DCode/raw/1.json")


def gateway_entry(der_b64: str, country: str, kind: str = "DSC") -> dict:
    """One entry as the EU DCC gateway's /trustList returns it."""
    der = base64.b64decode(der_b64)
    kid = base64.b64encode(kid_of(signer_from_base64(der_b64).certificate)).decode()
    return {"kid": kid, "timestamp": "2021-06-01T10:00:00Z", "country": country, "certificateType": kind,
            "thumbprint": hashlib.sha256(der).hexdigest(), "signature": "MIAGCSqGSIb3DQEHAqCAMIACAQEx", "rawData": der_b64}


def trust_import(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["trust", "import", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def verified_in(folder: Path, text: str, at: dt.datetime) -> str:
    """The usage state of ``text`` with the kiosk's trust folder as the window reads it."""
    files = sorted(p for p in folder.iterdir() if p.suffix == ".json")
    [result] = parse_texts([text], at, load_trust(files))
    return assess(result).state


def test_gateway_list_makes_a_genuine_test_vector_verify(tmp_path, capsys):
    source = tmp_path / "trustList-DSC.json"
    csca = Signer.make("DE", "German CSCA")
    source.write_text(json.dumps([gateway_entry(DE["TESTCTX"]["CERTIFICATE"], "DE"),
                                  gateway_entry(csca.der_b64, "DE", "CSCA")]))
    folder = tmp_path / "trust"
    code, out, err = trust_import(capsys, str(source), "--format", "dcc-gateway", "--into", str(folder),
                                  "--accept-unsigned")
    assert code == 0, err
    assert "imported 1 document signers" in out and "skipped entry 2: CSCA certificate" in out
    written = json.loads((folder / "dcc-gateway.json").read_text("utf-8"))
    assert written["meta"]["format"] == "dcc-gateway" and written["hcert"][0]["country"] == "DE"
    assert verified_in(folder, DE["PREFIX"], clock(DE)) == "verified"
    # a certificate signed by a key that is not on the imported list is not verified, and fills nothing
    assert verified_in(folder, AT_VECTOR["PREFIX"], clock(AT_VECTOR)) == "not_verified"


def test_a_list_without_a_signature_is_refused_unless_told(tmp_path, capsys):
    source = tmp_path / "trustList-DSC.json"
    source.write_text(json.dumps([gateway_entry(DE["TESTCTX"]["CERTIFICATE"], "DE")]))
    code, out, err = trust_import(capsys, str(source), "--format", "dcc-gateway", "--into", str(tmp_path / "t"))
    assert code == 2 and out == "" and "carries no signature over the list; refused" in err and err.count("\n") == 1
    assert not (tmp_path / "t").exists()


def test_a_corrupt_entry_refuses_the_whole_list(tmp_path, capsys):
    entry = gateway_entry(DE["TESTCTX"]["CERTIFICATE"], "DE")
    for broken, needle in (({**entry, "thumbprint": "00" * 32}, "thumbprint does not match"),
                           ({**entry, "kid": "AAAAAAAAAAA="}, "is not the certificate's"),
                           ({**entry, "rawData": "bm90IGEgY2VydA==", "thumbprint": None}, "not an X.509 certificate")):
        source = tmp_path / "list.json"
        source.write_text(json.dumps([entry, broken]))
        code, _, err = trust_import(capsys, str(source), "--format", "dcc-gateway", "--into", str(tmp_path / "t"),
                                    "--accept-unsigned")
        assert code == 2 and needle in err and "entry 2" in err
    assert not (tmp_path / "t").exists()


def national_list(tmp_path: Path, list_signer: Signer, certificates: list[dict], *, tamper: bool = False) -> Path:
    """A national backend's signed list: base64 r‖s ECDSA over the JSON, then the JSON."""
    content = json.dumps({"certificates": certificates})
    signature = base64.b64encode(raw_signature(list_signer.key, content.encode())).decode()
    if tamper:
        content = content.replace('"DE"', '"XX"')
    path = tmp_path / "DSC.txt"
    path.write_text(f"{signature}\n{content}")
    return path


def signer_key_file(tmp_path: Path, list_signer: Signer) -> Path:
    path = tmp_path / "dsc-list-signer.pem"
    path.write_bytes(list_signer.key.public_key().public_bytes(serialization.Encoding.PEM,
                                                              serialization.PublicFormat.SubjectPublicKeyInfo))
    return path


def test_national_signed_list_is_verified_with_its_signer_key(tmp_path, capsys):
    backend = Signer.make("DE", "National backend list signer")
    source = national_list(tmp_path, backend, [gateway_entry(DE["TESTCTX"]["CERTIFICATE"], "DE")])
    folder = tmp_path / "trust"
    code, out, err = trust_import(capsys, str(source), "--format", "dcc-national", "--into", str(folder),
                                  "--signer-key", str(signer_key_file(tmp_path, backend)))
    assert code == 0, err
    assert "list signature: verified" in out
    assert verified_in(folder, DE["PREFIX"], clock(DE)) == "verified"


def test_national_list_altered_or_signed_by_another_key_is_refused(tmp_path, capsys):
    backend, impostor = Signer.make(), Signer.make()
    entries = [gateway_entry(DE["TESTCTX"]["CERTIFICATE"], "DE")]
    for source, key in ((national_list(tmp_path, backend, entries, tamper=True), backend),
                        (national_list(tmp_path, impostor, entries), backend)):
        code, _, err = trust_import(capsys, str(source), "--format", "dcc-national", "--into", str(tmp_path / "t"),
                                    "--signer-key", str(signer_key_file(tmp_path, key)))
        assert code == 2 and "signature does not verify" in err
    code, _, err = trust_import(capsys, str(source), "--format", "dcc-national", "--into", str(tmp_path / "t"))
    assert code == 2 and "no --signer-key" in err
    assert not (tmp_path / "t").exists()


def test_refresh_replaces_the_list_so_a_removed_signer_stops_verifying(tmp_path, capsys):
    backend = Signer.make()
    key = str(signer_key_file(tmp_path, backend))
    folder = tmp_path / "trust"
    first = national_list(tmp_path, backend, [gateway_entry(DE["TESTCTX"]["CERTIFICATE"], "DE")])
    assert trust_import(capsys, str(first), "--format", "dcc-national", "--into", str(folder), "--signer-key", key)[0] == 0
    assert verified_in(folder, DE["PREFIX"], clock(DE)) == "verified"
    other = Signer.make("DE", "Another DSC")
    second = national_list(tmp_path, backend, [gateway_entry(other.der_b64, "DE")])
    assert trust_import(capsys, str(second), "--format", "dcc-national", "--into", str(folder), "--signer-key", key)[0] == 0
    assert verified_in(folder, DE["PREFIX"], clock(DE)) == "not_verified"


def gdhcn_document(entries: list[dict]) -> dict:
    """The WHO GDHCN DID trust list v2 (embedded variant) shape, as smart-trust documents it."""
    return {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/jws-2020/v1"],
        "id": "did:web:tng-cdn.who.int:v2:trustlist", "controller": "did:web:tng-cdn.who.int:v2:trustlist",
        "verificationMethod": entries,
        "proof": {"type": "JsonWebSignature2020", "created": "2024-11-10T12:00:21Z", "proofPurpose": "assertionMethod",
                  "verificationMethod": "did:web:tng-cdn.who.int:WHO:signing:DID",
                  "jws": "eyJiNjQiOmZhbHNlLCJjcml0IjpbImI2NCJdLCJhbGciOiJFUzI1NiJ9..MEYCIQD8"},
    }


def gdhcn_method(der_b64: str, participant: str, usage: str, chain: list[str] = (), *, twice: bool = True) -> dict:
    """A verificationMethod as the TNG publishes it: the kid is base64 of the base64 key id (the dev list has
    ``S01VaGx0WUFEKzg9`` for ``KMUhltYAD+8=``); ``twice=False`` gives the plain base64 form."""
    kid = base64.b64encode(kid_of(signer_from_base64(der_b64).certificate)).decode()
    if twice:
        kid = base64.b64encode(kid.encode()).decode()
    identifier = f"did:web:tng-cdn.who.int:v2:trustlist:DCC:{participant}:{usage}#{kid}"
    return {"id": identifier, "type": "JsonWebKey2020", "controller": identifier.split("#")[0],
            "publicKeyJwk": {"kty": "EC", "kid": kid, "crv": "P-256", "x5c": [der_b64, *chain]}}


def test_gdhcn_did_list_imports_document_signers_when_told(tmp_path, capsys):
    sca = Signer.make("XA", "XA SCA")
    source = tmp_path / "did.json"
    other = Signer.make("XA", "XA DSC")
    source.write_text(json.dumps(gdhcn_document([
        gdhcn_method(DE["TESTCTX"]["CERTIFICATE"], "DEU", "DSC", [sca.der_b64]),
        gdhcn_method(other.der_b64, "XXA", "DSC", twice=False),
        gdhcn_method(sca.der_b64, "XXA", "SCA"),
        "did:web:tng-cdn.who.int:v2:trustlist:DCC:XXA:DSC",
    ])))
    folder = tmp_path / "trust"
    code, _, err = trust_import(capsys, str(source), "--format", "gdhcn", "--into", str(folder))
    assert code == 2 and "JsonWebSignature2020 proof (JSON-LD) is not checked" in err  # never trusted silently
    code, out, err = trust_import(capsys, str(source), "--format", "gdhcn", "--into", str(folder), "--accept-unsigned")
    assert code == 0, err
    assert "imported 2 document signers" in out and "a signing authority (CA) key" in out
    assert "a reference to another DID document" in out
    written = json.loads((folder / "gdhcn.json").read_text("utf-8"))
    assert written["hcert"][0]["domain"] == "DCC" and written["meta"]["list_signature"].startswith("not checked")
    assert verified_in(folder, DE["PREFIX"], clock(DE)) == "verified"


def test_shc_jwks_is_pinned_to_its_issuer_with_its_revocation_lists(tmp_path, capsys):
    jwks = SHC / "issuer/.well-known/jwks.json"
    crl = next((SHC / "issuer/.well-known/crl").glob("*.json"))
    folder = tmp_path / "trust"
    code, _, err = trust_import(capsys, str(jwks), "--format", "shc-jwks", "--into", str(folder), "--accept-unsigned")
    assert code == 2 and "give the issuer with --iss" in err
    code, out, err = trust_import(capsys, str(jwks), "--format", "shc-jwks", "--into", str(folder), "--iss", ISS,
                                  "--crl", str(crl), "--accept-unsigned")
    assert code == 0, err
    assert "imported 2 issuer keys, 1 revocation lists" in out
    at = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    assert verified_in(folder, (SHC / "example-00-f-qr-code-numeric-value-0.txt").read_text(), at) == "verified"
    assert verified_in(folder, (SHC / "example-03-f-qr-code-numeric-value-0.txt").read_text(), at) == "refused"


@pytest.mark.parametrize(("content", "needle"), [
    ("not json", "not JSON"), ("{}", "a JSON array of entries"), ("[1]", "entry 1 is not an object"),
    ('[{"certificateType": "DSC"}]', "no certificate (rawData)"),
])
def test_bad_files_are_refused_with_one_line(tmp_path, capsys, content, needle):
    source = tmp_path / "list.json"
    source.write_text(content)
    code, out, err = trust_import(capsys, str(source), "--format", "dcc-gateway", "--into", str(tmp_path / "t"),
                                  "--accept-unsigned")
    assert code == 2 and out == "" and needle in err and err.count("\n") == 1


def test_gdhcn_kid_that_is_not_the_certificates_refuses_the_list(tmp_path, capsys):
    method = gdhcn_method(DE["TESTCTX"]["CERTIFICATE"], "DEU", "DSC")
    method["publicKeyJwk"]["kid"] = base64.b64encode(b"AAAAAAAAAAA=").decode()
    source = tmp_path / "did.json"
    source.write_text(json.dumps(gdhcn_document([method])))
    code, _, err = trust_import(capsys, str(source), "--format", "gdhcn", "--into", str(tmp_path / "t"),
                                "--accept-unsigned")
    assert code == 2 and "is not the certificate's" in err and not (tmp_path / "t").exists()
