"""The kiosk's own referral-slip QR (``POE1:``), verified by the referral area when it is installed."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Mapping
from typing import Any

from kiosk.documents.result import DocumentResult

SLIP_PREFIX = "POE1:"
log = logging.getLogger(__name__)


def _verifier() -> Callable[[str, Mapping[str, Any]], dict[str, Any]] | None:
    for module_name in ("kiosk.referral", "kiosk.referral.qr"):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        function = getattr(module, "verify_slip_text", None)
        if callable(function):
            return function
    return None


def looks_like_slip(text: str) -> bool:
    return text.strip().upper().startswith(SLIP_PREFIX)


def parse_referral(text: str, keys: Mapping[str, Any] | None = None) -> DocumentResult:
    """Verify a slip QR with ``kiosk.referral.verify_slip_text``; report plainly when it is unavailable."""
    result = DocumentResult(kind="referral")
    verify = _verifier()
    if verify is None:
        result.check("signature", False)
        return result.fail("referral slip verification is unavailable in this installation")
    try:
        answer = verify(text, keys or {})
    except Exception as error:  # the other area's bug must not crash a scan
        log.warning("verify_slip_text failed", exc_info=True)
        result.check("signature", False)
        return result.fail(f"referral slip verification failed ({type(error).__name__})")
    if not isinstance(answer, Mapping):
        return result.fail("referral slip verification returned no result")
    result.fields = {k: v for k, v in answer.items() if k not in ("valid", "errors")}
    errors = [str(e) for e in answer.get("errors") or []]
    result.check("signature", bool(answer.get("valid")) and not errors)
    result.errors.extend(errors)
    _check_real(result, answer)
    return result.settle()


def _check_real(result: DocumentResult, answer: Mapping[str, Any]) -> None:
    """A slip printed in an exercise or a test fails ``real_referral`` even when its signature holds,
    so the scan never reads as a valid referral; the verifier's warning is the error line."""
    mode = answer.get("mode")
    if mode is None:  # the payload did not decode: there is no claim to judge
        return
    warning = str(answer.get("warning") or f"{str(mode).upper()} — not a real referral")
    result.check("real_referral", mode == "actual", warning)
