"""Whether a scanned document may be used in a screening: the one rule every screen and command shares.

* Passports (MRZ) and boarding passes carry no signature: they are usable when every check passed.
* Health certificates and referral slips (``dcc``, ``icvp``, ``shc``, ``referral``) are usable only
  when their signature verified against the kiosk's trust material **and** every other check passed.
  A certificate that could not be verified (no trust list, a signer the list does not hold, a SMART
  Health Card key without a pinned issuer) is ``not_verified``: it is shown as such and treated as not
  shown. A failed check that proves the document wrong (altered, signed by another issuer, revoked,
  expired, a wrong check digit) makes it ``refused``. Either way it fills nothing; the officer may
  record a paper certificate explicitly (the primary SOP's ``yf_paper_certificate`` / ``yf_paper_date``,
  the secondary's ``yf_certificate`` / ``yf_date``: ``evidence: paper`` in the record).

:func:`assess` returns a :class:`DocumentUse` whose ``reason`` and ``params`` let a screen say it in
its own language; :func:`usable_prefill` is the record fragment a document may fill (empty unless
usable), so no caller can fill from a document the rule refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from kiosk.documents.prefill import Prefill, prefill
from kiosk.documents.result import DocumentResult

State = Literal["verified", "not_verified", "refused", "unknown"]
SIGNED_KINDS = ("dcc", "icvp", "shc", "referral")
UNSIGNED_KINDS = ("mrz", "bcbp")
NOT_VERIFIED_OUTCOMES = ("no_trust_list", "unknown_signer", "issuer_unpinned", "")
"""Signature outcomes that leave a certificate unproven rather than proven wrong."""

REASONS = {
    "checks_passed": "every check passed (the document carries no signature)",
    "signature_verified": "signature verified, every check passed",
    "no_trust_list": "no trust list for this kind of document on the kiosk",
    "unknown_signer": "the signer is not on the kiosk's trust list",
    "issuer_unpinned": "the issuer's keys are not pinned to the issuer",
    "issuer_mismatch": "signed with another issuer's key",
    "bad_signature": "the signature does not verify: altered or forged",
    "check_failed": "a check failed",
    "not_a_document": "not a recognised document",
}
"""Each ``reason`` code in plain English (for logs and the CLI; screens translate the codes)."""


@dataclass(frozen=True)
class DocumentUse:
    """What a scanned document may do in a screening.

    ``usable`` is the only thing that allows filling the record. ``verified`` says a signature was
    verified (never true for MRZ and boarding passes, which have none). ``failed`` lists the checks
    that failed; ``reason`` is a code of :data:`REASONS` and ``params`` the values a message needs
    (``kind``, ``checks``: the failed checks, comma-separated).
    """

    kind: str
    state: State
    usable: bool
    verified: bool
    reason: str
    failed: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()
    params: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def explanation(self) -> str:
        return REASONS.get(self.reason, self.reason)

    def to_json(self) -> dict[str, object]:
        return {"state": self.state, "usable": self.usable, "verified": self.verified, "reason": self.reason,
                "failed": list(self.failed)}


def assess(result: DocumentResult) -> DocumentUse:
    """The usage rule for one parsed document (see the module docstring)."""
    failed = tuple(name for name, ok in result.checks.items() if not ok)
    errors = tuple(result.errors)
    params = MappingProxyType({"kind": result.kind, "checks": ", ".join(failed)})
    if result.kind not in (*SIGNED_KINDS, *UNSIGNED_KINDS):
        return DocumentUse(result.kind, "unknown", False, False, "not_a_document", failed, errors, params)
    if result.kind in UNSIGNED_KINDS:
        if result.valid:
            return DocumentUse(result.kind, "verified", True, False, "checks_passed", failed, errors, params)
        return DocumentUse(result.kind, "refused", False, False, "check_failed", failed, errors, params)
    return _certificate_use(result, failed, errors, params)


def _certificate_use(result: DocumentResult, failed: tuple[str, ...], errors: tuple[str, ...],
                     params: Mapping[str, str]) -> DocumentUse:
    signature_ok = result.checks.get("signature") is True and result.trust in ("verified", "")
    if result.valid and signature_ok:
        return DocumentUse(result.kind, "verified", True, True, "signature_verified", failed, errors, params)
    if result.checks.get("signature") is not True and result.trust not in NOT_VERIFIED_OUTCOMES:
        return DocumentUse(result.kind, "refused", False, False, result.trust, failed, errors, params)
    others = tuple(name for name in failed if name != "signature")
    if others:
        return DocumentUse(result.kind, "refused", False, signature_ok, "check_failed", failed, errors, params)
    reason = result.trust if result.trust in NOT_VERIFIED_OUTCOMES and result.trust else "unknown_signer"
    return DocumentUse(result.kind, "not_verified", False, False, reason, failed, errors, params)


def usable_prefill(result: DocumentResult, use: DocumentUse | None = None) -> Prefill:
    """What ``result`` may fill in a screening record: its pre-fill when usable, else nothing."""
    use = use or assess(result)
    return prefill(result) if use.usable else Prefill()
