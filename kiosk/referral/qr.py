"""The signed QR on a referral slip: ``POE1:`` + base45(CBOR claims ‖ Ed25519 signature).

Each kiosk signs with its own Ed25519 key, made at provisioning by :func:`generate_kiosk_key`. A
receiving facility or the hub trusts a *keys file*, ``{"<kiosk_id>": "<base64 raw public key>"}``.

The claims are a CBOR map with small integer keys and hold no name and no document number::

    1: kiosk id   2: referral id   3: point-of-entry id   4: issue time (Unix seconds, UTC)
    5: disposition   6: protocol (or null)   7: follow-up end (days since 1970-01-01, or null)
    8: mode, "exercise" or "test" (absent on a real slip)   9: exercise id (only with mode "exercise")

Keys 8 and 9 are optional so that a real ("actual") slip encodes exactly as before them; an explicit
``8: "actual"`` is refused (one encoding per meaning). Because the mode is inside the signed bytes, it
cannot be removed or changed without breaking the signature. Any other key is refused.

The signature covers ``b"POE1:" + cbor`` (the prefix separates this use of the key from any other).
Base45 keeps the text in the QR alphanumeric set, so it fits a version 7–8 symbol at ECC M.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import base45
import cbor2
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.errors import KioskError
from kiosk.private_files import private_dir, write_private

PREFIX = "POE1:"
SIGNATURE_BYTES = 64
MAX_TEXT_CHARS = 1000
MAX_FIELD_CHARS = 40
_EPOCH = dt.date(1970, 1, 1)
_KEYS = {1: "kiosk_id", 2: "referral_id", 3: "point_of_entry", 4: "issued_at", 5: "disposition", 6: "protocol",
         7: "follow_up_until"}
_OPTIONAL_KEYS = {8: "mode", 9: "exercise_id"}
ACTUAL = "actual"
MODES = (ACTUAL, "exercise", "test")
_RESULT_FIELDS = (*_KEYS.values(), *_OPTIONAL_KEYS.values(), "warning")


@dataclass(frozen=True)
class SlipClaims:
    """What the QR asserts; deliberately no personal data beyond the referral id."""

    kiosk_id: str
    referral_id: str
    point_of_entry: str
    issued_at: dt.datetime
    disposition: str
    protocol: str = ""
    follow_up_until: dt.date | None = None
    mode: str = ACTUAL
    """actual, exercise or test: a slip printed in training or testing must never pass for a real one."""
    exercise_id: str = ""
    """The exercise the slip was printed in (mode exercise only; optional)."""


def mode_warning(mode: str | None, exercise_id: str | None = None) -> str | None:
    """The verifier's warning for a slip that is not a real referral (None for a real one)."""
    if mode in (None, ACTUAL):
        return None
    warning = f"{mode.upper()} — not a real referral"
    return f"{warning} (exercise {exercise_id})" if exercise_id else warning


# ------------------------------------------------------------------------------------------- keys


def generate_kiosk_key(path: Path | str, *, overwrite: bool = False) -> Ed25519PrivateKey:
    """Make the kiosk's signing key and write it as PKCS#8 PEM, readable by its owner only (0600)."""
    path = Path(path)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    if not path.parent.exists():
        private_dir(path.parent)
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if overwrite else os.O_EXCL)
    try:
        fd = os.open(path, flags, 0o600)
    except FileExistsError:
        raise KioskError(f"{path}: a kiosk key already exists; refusing to replace it") from None
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    os.chmod(path, 0o600)
    return key


def load_kiosk_key(path: Path | str) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    except OSError as error:
        raise KioskError(f"{path}: cannot read the kiosk key ({error.strerror})") from None
    except (ValueError, TypeError):
        raise KioskError(f"{path}: not an unencrypted PEM private key") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KioskError(f"{path}: the kiosk key must be an Ed25519 key")
    return key


def public_key_b64(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def load_trusted_keys(path: Path | str) -> dict[str, Ed25519PublicKey]:
    """Read a keys file ``{kiosk_id: base64 public key}``; a bad entry is a KioskError naming it."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise KioskError(f"{path}: cannot read the keys file ({error.strerror})") from None
    except (ValueError, UnicodeDecodeError):
        raise KioskError(f"{path}: the keys file is not JSON") from None
    if not isinstance(data, dict):
        raise KioskError(f"{path}: the keys file must be an object {{kiosk_id: base64 public key}}")
    return {str(kiosk_id): _public_key(value, f"{path}: {kiosk_id}") for kiosk_id, value in data.items()}


def add_trusted_key(path: Path | str, kiosk_id: str, key: Ed25519PrivateKey | Ed25519PublicKey) -> None:
    """Add (or replace) one kiosk's public key in a keys file, creating the file if needed."""
    path = Path(path)
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    data[kiosk_id] = public_key_b64(key)
    if not path.parent.exists():
        private_dir(path.parent)
    write_private(path, json.dumps(data, indent=2, sort_keys=True) + "\n")


KIOSK_KEY_FILE = "kiosk-key.pem"
TRUSTED_KEYS_FILE = "trusted-kiosk-keys.json"


def ensure_kiosk_key(folder: Path | str, kiosk_id: str) -> Ed25519PrivateKey:
    """The kiosk's slip-signing key ``<folder>/kiosk-key.pem`` (made if missing, 0600), with its public
    key in ``trusted-kiosk-keys.json`` beside it, so ``poe-kiosk verify-slip`` checks this kiosk's slips.
    The window calls it at start; ``poe-kiosk provision`` makes the key before the first start."""
    folder = Path(folder)
    path, keys = folder / KIOSK_KEY_FILE, folder / TRUSTED_KEYS_FILE
    key = load_kiosk_key(path) if path.exists() else generate_kiosk_key(path)
    if not keys.exists() or kiosk_id not in load_trusted_keys(keys):
        add_trusted_key(keys, kiosk_id, key)
    return key


def _public_key(value: Any, where: str) -> Ed25519PublicKey:
    try:
        raw = base64.b64decode(value, validate=True) if isinstance(value, str) else b""
        return Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, binascii.Error):
        raise KioskError(f"{where}: not a base64 Ed25519 public key (32 bytes)") from None


# ------------------------------------------------------------------------------------------- sign


def encode_claims(claims: SlipClaims) -> bytes:
    """Deterministic CBOR of the claims (the bytes that are signed)."""
    for name in ("kiosk_id", "referral_id", "point_of_entry", "disposition", "protocol"):
        value = getattr(claims, name)
        if len(value) > MAX_FIELD_CHARS:
            raise KioskError(f"slip QR: {name} is longer than {MAX_FIELD_CHARS} characters")
    if claims.issued_at.tzinfo is None:
        raise KioskError("slip QR: issued_at needs a time zone")
    follow = (claims.follow_up_until - _EPOCH).days if claims.follow_up_until else None
    body: dict[int, Any] = {1: claims.kiosk_id, 2: claims.referral_id, 3: claims.point_of_entry,
                            4: int(claims.issued_at.timestamp()), 5: claims.disposition,
                            6: claims.protocol or None, 7: follow}
    body.update(_mode_claims(claims.mode, claims.exercise_id))
    return cbor2.dumps(body, canonical=True)


def check_mode(mode: str, exercise_id: str) -> None:
    """Refuse a mode the QR cannot carry: an unknown one, an exercise id off an exercise, a long id."""
    if mode not in MODES:
        raise KioskError(f"slip: unknown mode {mode!r}; use one of {', '.join(MODES)}")
    if exercise_id and mode != "exercise":
        raise KioskError(f"slip: an exercise id belongs to exercise slips, not to {mode} ones")
    if len(exercise_id) > MAX_FIELD_CHARS:
        raise KioskError(f"slip: the exercise id is longer than {MAX_FIELD_CHARS} characters")


def _mode_claims(mode: str, exercise_id: str) -> dict[int, str]:
    """Keys 8 and 9: nothing for a real slip, so its bytes (and signature) are those of a slip without them."""
    check_mode(mode, exercise_id)
    if mode == ACTUAL:
        return {}
    return {8: mode, 9: exercise_id} if exercise_id else {8: mode}


def sign_slip(claims: SlipClaims, key: Ed25519PrivateKey) -> str:
    """The QR text for ``claims``, signed with the kiosk's private key."""
    body = encode_claims(claims)
    signature = key.sign(PREFIX.encode("ascii") + body)
    return PREFIX + base45.b45encode(body + signature).decode("ascii")


# ------------------------------------------------------------------------------------------- verify


def _result(errors: list[str], fields: Mapping[str, Any] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"valid": False, **dict.fromkeys(_RESULT_FIELDS)}
    out.update(fields or {})
    out["valid"] = not errors
    out["errors"] = errors
    return out


def is_slip_text(text: str) -> bool:
    """True when ``text`` looks like a referral-slip QR (for the decode command's dispatch)."""
    return isinstance(text, str) and text.strip().upper().startswith(PREFIX)


def verify_slip_text(text: Any, keys: Mapping[str, Ed25519PublicKey | str]) -> dict[str, Any]:
    """Decode and check a slip QR text. Never raises: problems are listed in ``errors``.

    Returns ``{"valid", "referral_id", "point_of_entry", "issued_at", "disposition", "protocol",
    "follow_up_until", "kiosk_id", "mode", "exercise_id", "warning", "errors"}``; the fields are filled
    whenever the payload decodes, even when the signature fails (so an officer sees what the forged slip
    claims). ``valid`` says the slip is genuine (well formed, signed by a trusted kiosk), not that it is
    a real referral: ``mode`` is "exercise" or "test" for a training or test slip, and ``warning`` then
    says it is not a real referral.
    """
    if not isinstance(text, str):
        return _result(["input is not text"])
    text = text.strip("\r\n\t")  # not spaces: the base45 alphabet has one
    if len(text) > MAX_TEXT_CHARS:
        return _result([f"input is {len(text)} characters long; a slip QR has at most {MAX_TEXT_CHARS}"])
    if not text.upper().startswith(PREFIX):
        return _result([f"not a referral slip QR (it must start with {PREFIX})"])
    try:
        raw = base45.b45decode(text[len(PREFIX):])
    except (ValueError, KeyError, TypeError):
        return _result(["the text after POE1: is not valid base45"])
    if len(raw) <= SIGNATURE_BYTES:
        return _result(["the payload is too short to carry a signature"])
    body, signature = raw[:-SIGNATURE_BYTES], raw[-SIGNATURE_BYTES:]
    fields, errors = _decode_claims(body)
    if errors:
        return _result(errors)
    errors = _check_signature(PREFIX.encode("ascii") + body, signature, fields["kiosk_id"], keys)
    return _result(errors, fields)


def _decode_claims(body: bytes) -> tuple[dict[str, Any], list[str]]:
    try:
        data = cbor2.loads(body)
    except (ValueError, TypeError, EOFError, OverflowError, RecursionError, cbor2.CBORDecodeError):
        return {}, ["the payload is not valid CBOR"]
    if not isinstance(data, dict) or not set(_KEYS) <= set(data):
        return {}, ["the payload does not have the referral slip fields"]
    unknown = set(data) - set(_KEYS) - set(_OPTIONAL_KEYS)
    if unknown:
        return {}, [f"the payload has unknown fields ({', '.join(sorted(map(repr, unknown)))[:80]})"]
    mode_fields, errors = _decode_mode(data)
    if errors:
        return {}, errors
    texts = {_KEYS[k]: data[k] for k in (1, 2, 3, 5)}
    if not all(isinstance(v, str) and 0 < len(v) <= MAX_FIELD_CHARS for v in texts.values()):
        return {}, ["a text field of the payload is empty, too long or not text"]
    protocol, issued, follow = data[6], data[4], data[7]
    if protocol is not None and not (isinstance(protocol, str) and len(protocol) <= MAX_FIELD_CHARS):
        return {}, ["the protocol field is not text"]
    if isinstance(issued, bool) or not isinstance(issued, int) or not 0 <= issued < 2**33:
        return {}, ["the issue time is not a valid timestamp"]
    if follow is not None and (isinstance(follow, bool) or not isinstance(follow, int) or not 0 <= follow < 200_000):
        return {}, ["the follow-up date is not valid"]
    fields = {
        **texts,
        "protocol": protocol,
        "issued_at": dt.datetime.fromtimestamp(issued, dt.UTC).isoformat().replace("+00:00", "Z"),
        "follow_up_until": (_EPOCH + dt.timedelta(days=follow)).isoformat() if follow is not None else None,
        **mode_fields,
    }
    return fields, []


def _decode_mode(data: Mapping[Any, Any]) -> tuple[dict[str, Any], list[str]]:
    """Keys 8 and 9 as ``{"mode", "exercise_id", "warning"}``; anything but the two known modes is refused."""
    mode = data.get(8, ACTUAL)
    exercise_id = data.get(9)
    if 8 in data and mode not in MODES[1:]:
        shown = repr(mode)[:40] if isinstance(mode, str) else type(mode).__name__
        return {}, [f"the mode field is {shown}; a slip's mode is 'exercise' or 'test' (absent when real)"]
    if 9 in data:
        if mode != "exercise":
            return {}, ["the payload has an exercise id but is not an exercise slip"]
        if not (isinstance(exercise_id, str) and 0 < len(exercise_id) <= MAX_FIELD_CHARS):
            return {}, ["the exercise id is empty, too long or not text"]
    return {"mode": mode, "exercise_id": exercise_id, "warning": mode_warning(mode, exercise_id)}, []


def _check_signature(message: bytes, signature: bytes, kiosk_id: str,
                     keys: Mapping[str, Ed25519PublicKey | str]) -> list[str]:
    key = keys.get(kiosk_id)
    if key is None:
        return [f"kiosk {kiosk_id!r} is not in the trusted keys"]
    try:
        public = key if isinstance(key, Ed25519PublicKey) else _public_key(key, kiosk_id)
        public.verify(signature, message)
    except InvalidSignature:
        return ["the signature does not match: the slip was altered or not issued by this kiosk"]
    except KioskError as error:
        return [str(error)]
    return []


# ------------------------------------------------------------------------------------------- images


QR_BORDER = 4


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR symbol of a slip text, quiet zone (4 modules) included: the one symbol behind the printed
    QR (drawn as vectors by the slip) and the on-screen QR (:func:`qr_image`).

    ECC M, smallest version, mask chosen by zxing-cpp's encoder (C++: about a millisecond, where the
    pure-Python ``qrcode`` encoder took five and could only afford a fixed mask).
    """
    import zxingcpp  # local import: only rendering needs it

    symbol = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = memoryview(symbol.to_image(scale=1, add_quiet_zones=False))
    size = image.shape[0]
    pixels = image.tobytes()
    blank = [False] * (size + 2 * QR_BORDER)
    rows = [list(blank) for _ in range(QR_BORDER)]
    for r in range(size):
        row = pixels[r * size:(r + 1) * size]
        rows.append([False] * QR_BORDER + [value < 128 for value in row] + [False] * QR_BORDER)
    rows += [list(blank) for _ in range(QR_BORDER)]
    return rows


def qr_image(text: str, box_size: int = 8):  # -> PIL.Image.Image
    """The same QR as on the slip, as a PIL image for the screen (ECC M, 4-module quiet zone)."""
    from PIL import Image  # local import: only the screen needs it

    matrix = qr_matrix(text)
    size = len(matrix)
    image = Image.frombytes("L", (size, size), bytes(0 if dark else 255 for row in matrix for dark in row))
    return image.resize((size * box_size, size * box_size), Image.Resampling.NEAREST)
