"""Slips in every language and format: QR decodes and verifies, nothing overflows, output is stable."""

from __future__ import annotations

import pytest
from referral_helpers import EVALUATION, KIOSK_ID, margin_is_blank, qr_texts, rasterise, record, referral

from kiosk.errors import KioskError
from kiosk.referral import i18n
from kiosk.referral.qr import qr_image, verify_slip_text
from kiosk.referral.slip import make_slip, primary_assessment, render_slip
from kiosk.referral.text import has_arabic, text_width

LANGS = ("en", "fr", "pt", "ar")
ROW_LABELS = ("facility", "isolation", "transport", "follow_up", "name", "birth", "sex", "nationality", "document",
              "phone", "address", "conveyance", "countries", "temperature", "symptoms", "exposures", "protocol",
              "reasons")
FORMATS = ("a6", "80mm")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", LANGS)
def test_slip_round_trip(lang, fmt, kiosk_key, trusted, directory, tmp_path):
    result = make_slip(record(lang), EVALUATION, referral(), directory, kiosk_key, fmt=fmt)
    assert result.overflow == []
    assert result.pages == (2 if fmt == "a6" else 1)
    image = rasterise(result.pdf, tmp_path)
    # text wrapped inside the frame: the outer 3 mm (margins are 4-5 mm) stay white
    assert margin_is_blank(image, int(3 / 25.4 * 200))
    (text,) = qr_texts(image)
    assert text == result.qr_text
    verified = verify_slip_text(text, trusted)
    assert verified["valid"], verified["errors"]
    assert verified["referral_id"] == "DEMO-KESSA-261129-7F3K"
    assert verified["point_of_entry"] == "DEMO-KESSA"
    assert verified["disposition"] == "isolate"
    assert verified["protocol"] == "EVD"
    assert verified["follow_up_until"] == "2026-12-11"
    assert verified["issued_at"] == "2026-11-29T14:05:00Z"
    assert verified["kiosk_id"] == KIOSK_ID


@pytest.mark.parametrize("fmt", FORMATS)
def test_arabic_site_and_single_language(fmt, kiosk_key, directory):
    for site, traveller in (("ar", "ar"), ("ar", "en"), ("fr", "fr")):
        info = referral(site)
        rec = record(traveller)
        result = make_slip(rec, EVALUATION, info, directory, kiosk_key, fmt=fmt)
        assert result.overflow == [], (site, traveller)


def test_tampered_qr_fails(kiosk_key, trusted, directory, tmp_path):
    result = make_slip(record("fr"), EVALUATION, referral(), directory, kiosk_key, fmt="80mm")
    text = result.qr_text
    for index in (6, len(text) // 2, len(text) - 2):
        changed = text[:index] + ("A" if text[index] != "A" else "B") + text[index + 1:]
        assert verify_slip_text(changed, trusted)["valid"] is False


def test_output_is_deterministic(kiosk_key, directory):
    first = make_slip(record("pt"), EVALUATION, referral(), directory, kiosk_key, fmt="a6")
    second = make_slip(record("pt"), EVALUATION, referral(), directory, kiosk_key, fmt="a6")
    assert first.pdf == second.pdf  # Ed25519 signatures are deterministic, and the PDF is invariant


def test_on_screen_qr_is_the_printed_symbol(kiosk_key, directory):
    result = make_slip(record("en"), EVALUATION, referral(), directory, kiosk_key, fmt="80mm")
    assert qr_texts(qr_image(result.qr_text)) == [result.qr_text]


def test_unknown_format_is_refused(directory):
    with pytest.raises(KioskError, match="unknown slip format"):
        render_slip(record("en"), EVALUATION, referral(), directory, qr_text="POE1:", fmt="a4")


def test_primary_flag_is_the_most_severe():
    assessment = primary_assessment(EVALUATION)
    assert (assessment.protocol, assessment.risk, assessment.disposition) == ("EVD", "high", "isolate")
    assert primary_assessment({"disposition": "refer", "flags": []}).protocol == ""


def test_every_label_is_translated():
    for key in i18n.all_label_keys():
        texts = [i18n.label(key, lang) for lang in LANGS]
        assert all(texts), key
        assert has_arabic(texts[3]), key


@pytest.mark.parametrize("lang", LANGS)
def test_labels_fit_the_label_column(lang):
    """The longest word of a row label fits the 80 mm label cell, so labels wrap only at spaces."""
    for key in ROW_LABELS:
        for word in i18n.label(key, lang).split():
            assert text_width(word, 8.0 * 0.92, bold=True) < 21.6 * 72 / 25.4, (key, word)


def test_overflow_audit_sees_the_drawn_story(kiosk_key, directory, monkeypatch):
    """The audit walks the story that was drawn (reportlab's build empties the list it is given)."""
    from kiosk.referral import slip as slip_module

    monkeypatch.setattr(slip_module, "paragraph_overflows", lambda paragraph: True)
    result = make_slip(record("fr"), EVALUATION, referral(), directory, kiosk_key, fmt="80mm")
    assert len(result.overflow) > 20
    assert all("text wider than its frame" in problem for problem in result.overflow)


def test_paragraph_overflow_is_detected():
    from reportlab.platypus import Paragraph

    from kiosk.referral.text import paragraph_overflows, style

    unbreakable = Paragraph("W" * 60, style("t", 8.0).clone("t-nosplit", splitLongWords=0))
    unbreakable.wrap(50, 1000)
    assert paragraph_overflows(unbreakable)
    fits = Paragraph("short words only", style("t", 8.0))
    fits.wrap(200, 1000)
    assert not paragraph_overflows(fits)


@pytest.mark.parametrize("lang, mode", [("fr", "actual"), ("ar", "actual"), ("fr", "exercise"), ("ar", "test")])
def test_a6_height_estimate_matches_the_real_layout(lang, mode, kiosk_key, directory):
    """The A6 fit picks the type size from estimated heights; they must agree with reportlab's layout."""
    from reportlab.lib.pagesizes import A6

    from kiosk.referral import slip as slip_module
    from kiosk.referral.qr import qr_matrix, sign_slip
    from kiosk.referral.text import estimating

    rec, info = record(lang), referral(mode=mode, exercise_id="EX-7Q2K9D" if mode == "exercise" else "")
    assessment = primary_assessment(EVALUATION)
    qr_text = sign_slip(slip_module.claims_for(info, assessment, directory), kiosk_key)
    inputs = slip_module._Inputs(rec, assessment, info, directory,
                                 directory.route_for(assessment.protocol, assessment.disposition),
                                 slip_module._languages(rec, info, directory), qr_text, qr_matrix(qr_text))
    geo = slip_module._GEOMETRY["a6"]
    frame_h = A6[1] - 2 * geo.margin
    for side in (slip_module._a6_front, slip_module._a6_back):
        full = side(inputs, slip_module._Builder(geo, inputs.langs, 1.0))
        for scale in (1.0, 0.86, 0.7):
            with estimating(scale):
                estimate = slip_module._height(full, geo.width, frame_h)
            real = slip_module._height(side(inputs, slip_module._Builder(geo, inputs.langs, scale)), geo.width, frame_h)
            assert abs(estimate - real) < 1.0, (side.__name__, scale, estimate, real)
