"""Write the seeded fuzz corpus (corpus.jsonl and images/) from the public vectors beside it.

    .venv/bin/python tests/data/fuzz/make_corpus.py

Deterministic: the same seed and vectors give the same files. See README.md for what is in it.
"""

from __future__ import annotations

import base64
import csv
import json
import random
import struct
import zlib
from pathlib import Path

import base45
import cbor2

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
SEED = 20261207
MUTATIONS_PER_VECTOR = 6


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def jws(payload: bytes | str, header: bytes | None = None, *, deflate: bool = True) -> str:
    """An unsigned compact JWS around ``payload`` (signature bytes are zeros)."""
    raw = payload.encode() if isinstance(payload, str) else payload
    if deflate:
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        raw = compressor.compress(raw) + compressor.flush()
    head = header if header is not None else json.dumps({"alg": "ES256", "zip": "DEF", "kid": "k"}).encode()
    return f"{b64url(head)}.{b64url(raw)}.{b64url(bytes(64))}"


def shc_digits(compact: str) -> str:
    return "shc:/" + "".join(f"{ord(c) - 45:02d}" for c in compact)


def hc1(claims: object, *, protected: bytes = b"") -> str:
    cose = cbor2.dumps(cbor2.CBORTag(18, [protected, {}, cbor2.dumps(claims), bytes(64)]))
    return "HC1:" + base45.b45encode(zlib.compress(cose)).decode("ascii")


def card(entries: object) -> str:
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": entries}
    payload = {"iss": "https://issuer.example.org", "nbf": 1_700_000_000,
               "vc": {"type": ["https://smarthealth.cards#health-card"],
                      "credentialSubject": {"fhirVersion": "4.0.1", "fhirBundle": bundle}}}
    return shc_digits(jws(json.dumps(payload)))


def immunization(**fields: object) -> dict:
    return {"resource": {"resourceType": "Immunization", "status": "completed", **fields}}


def crafted() -> list[dict]:
    """One input per finding: each raised an exception before it was fixed."""
    entries = {
        "shc_bundle_entry_is_a_number": card(5),
        "shc_bundle_entry_is_null": card(None),
        "shc_given_names_not_strings": card([{"resource": {"resourceType": "Patient",
                                                           "name": [{"family": "X", "given": [1, None]}]}}]),
        "shc_name_is_a_string": card([{"resource": {"resourceType": "Patient", "name": ["X"]}}]),
        "shc_vaccine_code_is_a_string": card([immunization(vaccineCode="207")]),
        "shc_coding_is_a_number": card([immunization(vaccineCode={"coding": 3.5})]),
        "shc_payload_nan": shc_digits(jws('{"iss":"x","nbf":NaN,"vc":{}}')),
        "shc_payload_infinity_exp": shc_digits(jws('{"iss":"x","nbf":1,"exp":1e400,"vc":{}}')),
        "shc_header_nested_100000": b64url(b"[" * 100_000) + "." + b64url(b"{}") + ".AAAA",
        "shc_payload_nested_50000": shc_digits(jws("[" * 50_000)),
        "shc_header_kid_object": shc_digits(jws("{}", json.dumps({"alg": "ES256", "zip": "DEF",
                                                                    "kid": {"a": 1}}).encode())),
        "hcert_set_value": hc1({1: "XA", 4: 2_000_000_000, 6: 0, -260: {1: {"ver": "1.3.0", "nam": {"fn": "A"},
                                                                            "v": [cbor2.CBORTag(258, [1, 2])]}}}),
        "hcert_nan_and_infinite_times": hc1({4: float("inf"), 6: float("nan"), -260: {1: {"v": []}}}),
        "hcert_bignum_claim": hc1({4: 2 ** 2000, 6: -(2 ** 900), -260: {1: {"dob": 10 ** 400}}}),
        "hcert_undefined_and_simple": hc1({-260: {1: {"a": cbor2.undefined, "b": cbor2.CBORSimpleValue(99)}}}),
        "icvp_dose_in_year_9999": hc1({-260: {2: {"n": "X", "v": {"tg": "1D47", "dt": "9999-12-31"}}}}),
        "icvp_dose_date_not_text": hc1({-260: {2: {"n": "X", "v": [{"tg": "1D47", "dt": 20200101}]}}}),
        "mrz_superscript_check_digit": "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                                       "L898902C36UTO7408122F1204159ZE184226B<<<<<1²",
        "mrz_superscript_in_number": "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                                     "L898902C²6UTO7408122F1204159ZE184226B<<<<<10",
        "bcbp_superscript_leg_count": "M²DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100",
        "bcbp_arabic_digit_leg_count": "M١DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100",
        "bcbp_nul_in_airport": "M1DESMARAIS/LUC       EABC123 YU\x00FRAAC 0834 326J001A0025 100",
        "text_only_controls": "\x00\x01\x02\x1b[2J\x7f",
        "shc_chunk_zero_of_zero": "shc:/0/0/5676",
        "shc_chunk_huge_total": "shc:/1/99999999999999999999/5676",
    }
    return [{"name": name, "text": text} for name, text in entries.items()]


def public_texts() -> list[tuple[str, str]]:
    texts = []
    for case in json.loads((DATA / "mrz/public_cases.json").read_text("utf-8"))["cases"]:
        texts.append((f"mrz/{case['test_name']}", "\n".join(case["mrz_lines"])))
    for case in json.loads((DATA / "bcbp/public_cases.json").read_text("utf-8"))["cases"]:
        texts.append((f"bcbp/{case['id']}", case["input"]))
    for row in csv.DictReader((DATA / "dcc/MANIFEST.csv").open(encoding="utf-8", newline="")):
        vector = json.loads((DATA / "dcc" / row["raw_json"]).read_text("utf-8-sig"))
        if vector.get("PREFIX"):
            texts.append((f"dcc/{row['raw_json']}", vector["PREFIX"]))
    for path in sorted((DATA / "shc/spec_examples").glob("example-0*-f-qr-code-numeric-value-*.txt")):
        texts.append((f"shc/{path.name}", path.read_text("utf-8").strip()))
    return texts


def mutate(text: str, rng: random.Random) -> tuple[str, str]:
    """One seeded mutation: flip, delete, duplicate, truncate, insert an odd character, or case."""
    if not text:
        return "empty", text
    i = rng.randrange(len(text))
    j = min(len(text), i + rng.randint(1, 40))
    kind = rng.choice(["flip", "delete", "duplicate", "truncate", "insert", "case", "swap_lines"])
    if kind == "flip":
        return kind, text[:i] + chr(rng.choice([33, 48, 57, 60, 65, 90, 0x2B, 0x2F])) + text[i + 1:]
    if kind == "delete":
        return kind, text[:i] + text[j:]
    if kind == "duplicate":
        return kind, text[:j] + text[i:j] + text[j:]
    if kind == "truncate":
        return kind, text[:i]
    if kind == "insert":
        return kind, text[:i] + rng.choice(["\x00", "²", "٣", "\u202e", "😷", "\n", "\r", "<", "ß", "\ufeff"]) + text[i:]
    if kind == "case":
        return kind, text[:i] + text[i:j].swapcase() + text[j:]
    lines = text.split("\n")
    rng.shuffle(lines)
    return kind, "\n".join(lines)


def mutations() -> list[dict]:
    rng = random.Random(SEED)
    entries = []
    for name, text in public_texts():
        for number in range(MUTATIONS_PER_VECTOR):
            kind, changed = mutate(text, rng)
            entries.append({"name": f"{name}#{number}:{kind}", "text": changed})
    return entries


def png(width: int, height: int, rows: bytes, *, declared: tuple[int, int] | None = None) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    w, h = declared or (width, height)
    header = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def images() -> dict[str, bytes]:
    rows = b"".join(b"\x00" + bytes([255]) * 32 for _ in range(32))
    good = png(32, 32, rows)
    return {
        "truncated.png": good[: len(good) // 2],
        "claims_huge_size.png": png(32, 32, rows, declared=(60_000, 60_000)),
        "zero_size.png": png(32, 32, rows, declared=(0, 0)),
        "garbage.png": bytes(random.Random(SEED).randrange(256) for _ in range(2048)),
        "not_an_image.png": b"HC1:this is text, not an image\n",
        "empty.png": b"",
    }


def main() -> None:
    entries = crafted() + mutations()
    with (HERE / "corpus.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for entry in entries:
            out.write(json.dumps(entry, ensure_ascii=True) + "\n")
    folder = HERE / "images"
    folder.mkdir(exist_ok=True)
    for name, data in images().items():
        (folder / name).write_bytes(data)
    print(f"{len(entries)} texts, {len(images())} images")


if __name__ == "__main__":
    main()
