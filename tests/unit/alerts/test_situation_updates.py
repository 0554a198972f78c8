"""Signed situation bundles: only a bundle signed by a trusted key, valid, unexpired and newer than the
situation in force is activated; refusals and the order survive a restart."""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from kiosk.alerts.situation_updates import (
    BundleError,
    SituationUpdates,
    generate_key,
    key_id,
    load_private_key,
    load_public_key,
    load_public_keys,
    public_key_text,
    sign_bundle,
    situation_at_start,
    verify_bundle,
)
from kiosk.clock import FixedClock
from kiosk.errors import KioskError
from kiosk.protocols import Situation, load_catalog, load_situation
from kiosk.store import Store
from kiosk.store import models as m

SHIPPED = load_situation()
PROTOCOLS = load_catalog().codes


def issue(sequence: int, version: str | None = None, **changes: Any) -> dict[str, Any]:
    """The shipped situation as the hub's ``sequence``-th issue (issued on 29 November + sequence hours)."""
    data = json.loads(json.dumps(SHIPPED.data, default=str))
    return data | {"version": version or f"2026-12-01.{sequence}", "sequence": sequence,
                   "issued_at": f"2026-11-29T{sequence:02d}:00:00Z", "expires": "2026-12-29T00:00:00Z"} | changes


@pytest.fixture
def situation_data() -> dict[str, Any]:
    return issue(1)


@pytest.fixture
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def tamper(bundle: bytes) -> bytes:
    envelope = json.loads(bundle)
    data = json.loads(base64.b64decode(envelope["payload"]))
    data["events"] = []
    envelope["payload"] = base64.b64encode(json.dumps(data).encode()).decode()
    return json.dumps(envelope).encode()


def unsign(bundle: bytes) -> bytes:
    envelope = json.loads(bundle)
    envelope.pop("signature")
    return json.dumps(envelope).encode()


def test_round_trip(situation_data: dict[str, Any], key: Ed25519PrivateKey) -> None:
    assert verify_bundle(sign_bundle(situation_data, key), key.public_key()) == situation_data


@pytest.mark.parametrize(("mangle", "message"), [
    (tamper, "does not verify"), (unsign, "unsigned"), (lambda b: b"not json", "not JSON"),
    (lambda b: b.replace(b"poe-situation-bundle/1", b"other/9"), "format"),
])
def test_bad_bundles_are_refused(situation_data: dict[str, Any], key: Ed25519PrivateKey, mangle: Any,
                                 message: str) -> None:
    with pytest.raises(BundleError, match=message):
        verify_bundle(mangle(sign_bundle(situation_data, key)), key.public_key())


def test_other_key_is_refused(situation_data: dict[str, Any], key: Ed25519PrivateKey) -> None:
    with pytest.raises(BundleError, match="which is not a trusted hub key"):
        verify_bundle(sign_bundle(situation_data, Ed25519PrivateKey.generate()), key.public_key())


def test_a_bundle_larger_than_one_broker_message_is_refused_when_signed_and_when_read(
        situation_data: dict[str, Any], key: Ed25519PrivateKey) -> None:
    from kiosk.alerts.situation_updates import MAX_BUNDLE_BYTES
    from kiosk.broker.policy import MAX_PACKET_BYTES

    assert MAX_BUNDLE_BYTES < MAX_PACKET_BYTES
    oversized = {**situation_data, "padding": "x" * MAX_BUNDLE_BYTES}
    with pytest.raises(BundleError, match="larger than"):
        sign_bundle(oversized, key)
    with pytest.raises(BundleError, match="larger than"):
        verify_bundle(b" " * (MAX_BUNDLE_BYTES + 1), key.public_key())


def test_keygen_files_load(tmp_path: Path) -> None:
    out = generate_key(tmp_path / "hub.key")
    private = load_private_key(tmp_path / "hub.key")
    assert (tmp_path / "hub.key").stat().st_mode & 0o077 == 0
    for text in (out["hub_public_key"], out["public_key_file"]):
        assert load_public_key(text).public_bytes_raw() == private.public_key().public_bytes_raw()
    with pytest.raises(KioskError, match="exists"):
        generate_key(tmp_path / "hub.key")
    with pytest.raises(KioskError, match="neither"):
        load_public_key("not-a-key")


class Kiosk:
    """A kiosk's situation updates as the window builds them: the situation at start from the
    database, then the publisher's ``SituationUpdates`` (made again to simulate a restart)."""

    def __init__(self, store: Store, key: Ed25519PrivateKey, clock: FixedClock) -> None:
        self.store, self.key, self.clock = store, key, clock
        self.in_force: list[Situation] = []
        self.restart()

    def restart(self) -> None:
        self.in_force.append(situation_at_start(self.store, SHIPPED, protocols=PROTOCOLS))
        self.updates = SituationUpdates(self.store, self.key.public_key(), self.in_force.append,
                                        in_force=self.in_force[-1], protocols=PROTOCOLS, clock=self.clock)

    @property
    def version(self) -> str:
        return self.in_force[-1].version

    def send(self, data: dict[str, Any], key: Ed25519PrivateKey | None = None) -> Any:
        return self.updates.handle(sign_bundle(data, key or self.key))


@pytest.fixture
def kiosk(store: Store, key: Ed25519PrivateKey, clock: FixedClock) -> Kiosk:
    return Kiosk(store, key, clock)


def bundle_rows(store: Store) -> list[m.SituationBundle]:
    with store.reading() as session:
        return list(session.scalars(select(m.SituationBundle).order_by(m.SituationBundle.id)))


def test_updates_activate_valid_and_keep_previous_otherwise(kiosk: Kiosk, store: Store,
                                                            key: Ed25519PrivateKey) -> None:
    good = sign_bundle(issue(1), key)
    invalid = issue(1, events=[{"protocol": "EVD", "areas": ["QQ"], "since": "2026-01-01"}])
    unknown = issue(1, events=[{"protocol": "EBOLA", "areas": ["GN"], "since": "2026-01-01"}])
    for bad in (tamper(good), unsign(good), sign_bundle(invalid, key), sign_bundle(unknown, key)):
        result = kiosk.updates.handle(bad)
        assert not result.activated and result.version == SHIPPED.version
        assert result.warning and "stays in force" in result.warning
    assert kiosk.version == SHIPPED.version and len(kiosk.in_force) == 1
    result = kiosk.updates.handle(good)
    assert result.activated and result.version == "2026-12-01.1" and result.warning is None
    assert kiosk.version == "2026-12-01.1" and kiosk.updates.warning == ""
    assert not kiosk.updates.handle(good).activated  # the retained copy seen again after a reconnect
    assert kiosk.updates.handle(good).warning is None
    rows = bundle_rows(store)
    assert [r.status for r in rows] == ["rejected"] * 4 + ["active"]
    assert "QQ" in rows[2].error and "unknown protocol 'EBOLA'" in rows[3].error
    assert (rows[4].sequence, rows[4].signed_by, rows[4].expires) == (
        1, key_id(key.public_key()), dt.datetime(2026, 12, 29, tzinfo=dt.UTC))


def test_a_replayed_older_bundle_is_refused_and_the_areas_stay(kiosk: Kiosk) -> None:
    """The finding: an older bundle brought back a smaller affected-area list."""
    older = issue(1, events=[{"protocol": "EVD", "areas": ["GN"], "since": "2026-09-01"}])
    newer = issue(2, events=[{"protocol": "EVD", "areas": ["GN", "SL"], "since": "2026-09-01"}])
    assert kiosk.send(older).activated and kiosk.send(newer).activated
    result = kiosk.send(older)
    assert not result.activated
    assert result.warning == ("Situation update refused (bundle 2026-12-01.1 (sequence 1) is older than the "
                              "situation in force (sequence 2, issued 2026-11-29 02:00 UTC)); version "
                              "2026-12-01.2 stays in force")
    assert kiosk.in_force[-1].events_in("EVD", "SL")


@pytest.mark.parametrize(("data", "reason"), [
    (issue(2, version="2026-12-01.2b"), "has sequence 2, the same as the situation in force, with other content"),
    (issue(3, issued_at="2026-11-29T01:00:00Z"), "was issued 2026-11-29 01:00 UTC, before the situation in force"),
    (issue(3, expires="2026-11-29T09:30:00Z"), "bundle 2026-12-01.3 expired at 2026-11-29 09:30 UTC"),
    ({k: v for k, v in issue(3).items() if k != "sequence"}, "has no sequence, so it cannot be ordered"),
    ({k: v for k, v in issue(3).items() if k not in ("issued_at", "expires")},
     "has no issued_at or expires, so it cannot be ordered"),
])
def test_an_equal_backdated_expired_or_unordered_bundle_is_refused(kiosk: Kiosk, data: dict[str, Any],
                                                                   reason: str) -> None:
    assert kiosk.send(issue(2)).activated
    result = kiosk.send(data)
    assert not result.activated and reason in (result.warning or "")
    assert kiosk.version == "2026-12-01.2"


def test_a_bundle_signed_by_a_key_that_is_not_trusted_is_refused_with_its_key_id(kiosk: Kiosk) -> None:
    stranger = Ed25519PrivateKey.generate()
    result = kiosk.send(issue(5), stranger)
    assert not result.activated
    assert f"signed by key {key_id(stranger.public_key())}, which is not a trusted hub key" in (result.warning or "")
    assert kiosk.version == SHIPPED.version


def test_a_forged_bundle_naming_the_trusted_key_id_does_not_verify(kiosk: Kiosk, key: Ed25519PrivateKey) -> None:
    envelope = json.loads(sign_bundle(issue(5), Ed25519PrivateKey.generate()))
    envelope["key_id"] = key_id(key.public_key())
    result = kiosk.updates.handle(json.dumps(envelope).encode())
    assert not result.activated and "does not verify" in (result.warning or "")


def test_after_a_restart_the_version_in_force_and_the_refusal_persist(kiosk: Kiosk, store: Store) -> None:
    assert kiosk.send(issue(1)).activated and kiosk.send(issue(2)).activated
    refusal = kiosk.send(issue(1)).warning
    kiosk.restart()
    assert kiosk.version == "2026-12-01.2"  # the stored bundle, not the shipped file
    assert kiosk.updates.warning == refusal  # still shown to the officer (and to the hub)
    assert kiosk.send(issue(2)).warning is None and kiosk.updates.warning == refusal  # the retained copy
    assert not kiosk.send(issue(1)).activated  # the replay is still refused
    assert [r.status for r in bundle_rows(store)] == ["superseded", "active", "rejected"]  # seen again: once
    assert kiosk.send(issue(3)).activated and kiosk.updates.warning == ""
    kiosk.restart()
    assert kiosk.version == "2026-12-01.3" and kiosk.updates.warning == ""


def test_the_order_survives_a_stored_bundle_that_is_no_longer_valid(kiosk: Kiosk, store: Store) -> None:
    """A newer kiosk build may refuse what an older one stored: the shipped file comes back in force,
    but the order still remembers the sequence reached, so older bundles stay refused."""
    assert kiosk.send(issue(4)).activated
    with store.transaction() as session:
        row = session.scalars(select(m.SituationBundle).where(m.SituationBundle.status == "active")).one()
        row.payload = {**row.payload, "events": [{"protocol": "GONE", "areas": ["GN"], "since": "2026-01-01"}]}
    kiosk.restart()
    assert kiosk.version == SHIPPED.version
    assert "older than the situation in force (sequence 4" in (kiosk.send(issue(3)).warning or "")
    assert kiosk.send(issue(5)).activated


def test_a_configured_file_ranking_higher_than_the_stored_bundle_is_kept(store: Store, kiosk: Kiosk) -> None:
    assert kiosk.send(issue(2)).activated
    assert situation_at_start(store, SHIPPED, protocols=PROTOCOLS).version == "2026-12-01.2"
    newer_file = Situation.from_data(issue(7, version="file-7"))
    assert situation_at_start(store, newer_file, protocols=PROTOCOLS).version == "file-7"
    updates = SituationUpdates(store, kiosk.key.public_key(), lambda s: None, in_force=newer_file,
                               protocols=PROTOCOLS, clock=kiosk.clock)
    assert "older than the situation in force (sequence 7" in (updates.handle(sign_bundle(issue(6), kiosk.key))
                                                              .warning or "")


def test_a_database_from_before_sequences_restores_its_bundle_and_takes_a_sequenced_one(
        store: Store, key: Ed25519PrivateKey, clock: FixedClock) -> None:
    legacy = json.loads(json.dumps(SHIPPED.data, default=str)) | {"version": "legacy.1"}
    with store.transaction() as session:  # as revision 0003 stored it: no sequence
        session.add(m.SituationBundle(version="legacy.1", status="active", payload=legacy, received_at=clock.now()))
    kiosk = Kiosk(store, key, clock)
    assert kiosk.version == "legacy.1"
    assert kiosk.send(legacy).warning is None  # the retained copy of the bundle in force: nothing to say
    assert "has no sequence" in (kiosk.send(legacy | {"version": "legacy.2"}).warning or "")
    assert kiosk.send(issue(1)).activated


def test_several_trusted_keys_while_the_hub_changes_its_key(store: Store, clock: FixedClock, tmp_path: Path) -> None:
    old = Ed25519PrivateKey.generate()
    generate_key(tmp_path / "new.key")
    new = load_private_key(tmp_path / "new.key")
    keys = load_public_keys(f"{public_key_text(old.public_key())}, {tmp_path / 'new.key.pub'}")
    assert set(keys) == {key_id(old.public_key()), key_id(new.public_key())}
    updates = SituationUpdates(store, keys, lambda s: None, in_force=SHIPPED, protocols=PROTOCOLS, clock=clock)
    assert updates.handle(sign_bundle(issue(1), old)).activated
    assert updates.handle(sign_bundle(issue(2), new)).activated
    with pytest.raises(KioskError, match="empty"):
        load_public_keys(" , ")


def test_no_public_key_refuses_everything(store: Store, situation_data: dict[str, Any], key: Ed25519PrivateKey) -> None:
    updates = SituationUpdates(store, None, lambda s: None, in_force=SHIPPED)
    result = updates.handle(sign_bundle(situation_data, key))
    assert not result.activated and "no hub public key" in (result.warning or "")


@pytest.mark.parametrize(("changes", "message"), [
    ({"sequence": None}, "has no sequence, so it cannot be ordered"),
    ({"expires": "2026-11-01T00:00:00Z", "issued_at": "2026-10-01T00:00:00Z"}, "expired at 2026-11-01 00:00 UTC"),
    ({"events": [{"protocol": "ZIKA", "areas": ["BR"], "since": "2026-01-01"}]}, "unknown protocol 'ZIKA'"),
])
def test_the_hub_does_not_sign_what_kiosks_would_refuse(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        changes: dict[str, Any], message: str) -> None:
    from kiosk.cli import main

    generate_key(tmp_path / "hub.key")
    data = {k: v for k, v in (issue(1) | changes).items() if v is not None}
    situation = tmp_path / "situation.json"
    situation.write_text(json.dumps(data))
    code = main(["hub", "publish-situation", str(situation), "--key", str(tmp_path / "hub.key"),
                 "--broker", "mqtt://127.0.0.1:1", "--country", "XL"])  # refused before any connection
    err = capsys.readouterr().err
    assert code == 2 and message in err and "nothing published" in err


def envelope(payload: bytes, signer: Ed25519PrivateKey, replaced: dict[str, Any] | None = None) -> bytes:
    """A bundle around ``payload`` bytes as they are (signed by ``signer``), not built by ``sign_bundle``;
    ``replaced``: envelope fields to put instead."""
    return json.dumps({"format": "poe-situation-bundle/1", "key_id": key_id(signer.public_key()),
                       "payload": base64.b64encode(payload).decode(),
                       "signature": base64.b64encode(signer.sign(payload)).decode()} | (replaced or {})).encode()


@pytest.mark.parametrize("nesting", ["envelope array", "envelope object", "signed payload"])
def test_a_bundle_nested_too_deeply_is_refused_like_any_other_bad_bundle(kiosk: Kiosk, key: Ed25519PrivateKey,
                                                                         nesting: str) -> None:
    """JSON nested deeper than Python's recursion limit raised RecursionError out of the bundle parser,
    which stopped the publisher's thread: no alert left the kiosk, again at every connect (retained)."""
    data = {"envelope array": b"[" * 20_000, "envelope object": b'{"a":' * 20_000,
            "signed payload": envelope(b"[" * 20_000, key)}[nesting]
    result = kiosk.updates.handle(data)
    assert not result.activated and "not JSON" in (result.warning or "")
    assert kiosk.version == SHIPPED.version


@pytest.mark.parametrize("instant", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"])
def test_an_instant_outside_the_calendar_in_utc_is_refused_with_its_field(kiosk: Kiosk, instant: str) -> None:
    """Valid ISO text whose UTC instant is before year 1 or after 9999 raised OverflowError."""
    result = kiosk.send(issue(1, issued_at=instant))
    assert not result.activated
    assert f"issued_at: '{instant}' is outside the years 1 to 9999 in UTC" in (result.warning or "")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12)
INSTANTS = (st.datetimes(timezones=st.none() | st.timezones()).map(dt.datetime.isoformat)
            | st.sampled_from(["2026-11-29T10:00:00Z", "2026-12-30T00:00:00Z", "0001-01-01T00:00:00+01:00"])
            | JSON_VALUES)
ORDER_FIELDS = st.fixed_dictionaries({}, optional={
    "sequence": st.integers(-3, 2**60) | JSON_VALUES, "issued_at": INSTANTS, "expires": INSTANTS,
    "version": st.text(max_size=70) | JSON_VALUES, "events": JSON_VALUES})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(["bytes", "envelope", "signed JSON", "signed situation", "nested"]),
       raw=st.binary(max_size=600), fields=st.dictionaries(
           st.sampled_from(["format", "key_id", "payload", "signature"]), JSON_VALUES, max_size=4),
       value=JSON_VALUES, changes=ORDER_FIELDS, sequence=st.integers(1, 40), depth=st.integers(900, 20_000))
def test_whatever_comes_on_the_situation_topic_is_refused_or_comes_after_the_one_in_force(
        kiosk: Kiosk, key: Ed25519PrivateKey, kind: str, raw: bytes, fields: dict[str, Any], value: Any,
        changes: dict[str, Any], sequence: int, depth: int) -> None:
    data = {
        "bytes": lambda: raw,
        "envelope": lambda: envelope(raw, key, fields),
        "signed JSON": lambda: sign_bundle(value, key),
        "signed situation": lambda: sign_bundle(issue(sequence) | changes, key),
        "nested": lambda: envelope(b"[" * depth, key) if depth % 2 else b'{"a":' * depth,
    }[kind]()
    before, in_force = kiosk.updates.rank, kiosk.version
    result = kiosk.updates.handle(data)  # never raises
    if result.activated:
        assert kiosk.updates.rank.sequence > before.sequence and kiosk.updates.warning == ""
        assert kiosk.version == result.version
    else:
        assert kiosk.version == result.version == in_force
        assert result.warning is None or result.warning.endswith(f"version {in_force} stays in force")
