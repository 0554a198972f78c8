"""Languages as data: the registry, a language added by dropping files, SOP texts per enabled language,
country names in every language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk import languages
from kiosk.config import DEMO_CONFIG, ConfigError, load_config
from kiosk.country_names import country_name, country_names
from kiosk.datafiles import load_data_file
from kiosk.errors import DataFileError
from kiosk.protocols.labels import SYMPTOM_LABELS, label
from kiosk.protocols.reasons import render
from kiosk.records import countries
from kiosk.referral import i18n
from kiosk.sop import check_languages, load_sop, shipped_sops
from kiosk.sop.loader import _build

SHIPPED = ("en", "fr", "pt", "ar", "am", "th", "my", "sw")
NEW = ("am", "th", "my", "sw")
SOPS = Path(__file__).resolve().parents[3] / "sops"

HAUSA = """\
code: ha
name: Hausa
english_name: Hausa
direction: ltr
script: Latn
review: needs native-speaker review
words: {"yes": "Ee", "no": "A'a"}
protocol:
  symptoms: {fever: zazzaɓi, cough: tari}
slip:
  labels: {name: Suna, slip_title: Takardar tura mara lafiya}
"""

HAUSA_PRIMARY = """\
sop: primary
language: ha
review: needs native-speaker review
fields:
  red_flags:
    label: "A cikin kwanaki 21 da suka wuce, ko ɗaya daga cikin waɗannan ya shafe ka?"
"""


@pytest.fixture
def site_languages(tmp_path: Path):
    """A site language directory with Hausa (Latin script, no font) and its primary-SOP texts, in use."""
    folder = tmp_path / "languages"
    (folder / "sops").mkdir(parents=True)
    (folder / "ha.yaml").write_text(HAUSA, encoding="utf-8")
    (folder / "sops" / "primary.ha.yaml").write_text(HAUSA_PRIMARY, encoding="utf-8")
    languages.use_directories([folder])
    yield folder
    languages.use_directories([])


def test_the_shipped_languages_and_their_review_status() -> None:
    assert set(SHIPPED) <= set(languages.codes())
    for code in NEW:
        language = languages.get(code)
        assert language.needs_review and language.review == languages.NEEDS_REVIEW, code
    assert not any(languages.get(code).needs_review for code in ("en", "fr", "pt", "ar"))
    assert [code for code in SHIPPED if languages.is_rtl(code)] == ["ar"]
    assert languages.get("th").name == "ไทย" and languages.get("am").fonts["regular"].is_file()


@pytest.mark.parametrize("code", SHIPPED)
def test_every_shipped_language_translates_every_protocol_and_slip_label(code: str) -> None:
    assert languages.missing(code) == []  # reason templates included: none falls back to English


@pytest.mark.parametrize("code", SHIPPED)
def test_every_shipped_language_has_every_reason_template_of_its_own(code: str) -> None:
    languages.check_complete((code,))  # no silent English fallback
    english = languages.registry()["en"].tables["protocol"]["templates"]
    own = languages.get(code).tables["protocol"]["templates"]
    assert set(own) == set(english)
    if code in NEW:
        assert own["travel"] != english["travel"] and own["no_vaccination"] != english["no_vaccination"]
        assert render("travel", {"country": "GN", "days": 9, "within": 21}, code) != \
            render("travel", {"country": "GN", "days": 9, "within": 21}, "en")


def test_an_enabled_language_without_every_reason_template_is_refused_naming_what_is_missing(
        site_languages: Path, tmp_path: Path) -> None:
    """Hausa from a site directory has no reason templates: enabling it is refused at start-up with the
    file and each template it lacks, as the SOP text check names each missing text."""
    languages.check_complete(("en", "fr", "th"))
    with pytest.raises(DataFileError) as caught:
        languages.check_complete(("en", "ha"))
    problems = caught.value.problems
    english = languages.registry()["en"].tables["protocol"]["templates"]
    assert len(problems) == len(english)
    assert problems[0].startswith(f"{site_languages / 'ha.yaml'}:1: protocol/templates/vaccination_evidence: no "
                                  "'ha' text for '{vaccine} vaccination on {date}: {evidence}' (kiosk.languages "
                                  "enables ha")
    config_path = tmp_path / "kiosk.toml"
    text = DEMO_CONFIG.replace('languages = ["en", "fr", "pt", "ar"]', 'languages = ["en", "ha"]')
    config_path.write_text(text.replace('language_dir = ""', f'language_dir = "{site_languages}"'), encoding="utf-8")
    from kiosk.services import build_services

    with pytest.raises(DataFileError, match=r"ha\.yaml:1: protocol/templates/travel: no 'ha' text"):
        build_services(load_config(config_path, data_dir=tmp_path / "data"))


def test_one_lookup_with_english_fallback() -> None:
    assert languages.text("slip", "labels", "name", "th") == "ชื่อ"
    assert languages.text("slip", "labels", "name", "th-TH") == "ชื่อ"
    assert languages.text("slip", "labels", "name", "xx") == "Name"
    assert languages.text("slip", "labels", "no_such_key", "th") == "no_such_key"
    assert i18n.label("name", "am") == "ስም" and label(SYMPTOM_LABELS, "fever", "sw") == "homa"
    assert languages.word("yes", "my") == "ဟုတ်ကဲ့"
    # every shipped language has its own reason templates (check_complete refuses one without)
    assert render("symptom", {"symptom": "fever"}, "th") == "ไข้"


def test_a_language_added_by_dropping_files_works_with_no_code_change(site_languages: Path, tmp_path: Path) -> None:
    assert "ha" in languages.codes()
    assert i18n.label("name", "ha") == "Suna" and i18n.label("phone", "ha") == "Phone"  # the rest: English
    assert label(SYMPTOM_LABELS, "fever", "ha") == "zazzaɓi"
    assert languages.word("no", "ha") == "A'a"
    sop = load_sop(SOPS / "primary.yaml")
    assert "ha" in sop.languages
    assert sop.field("red_flags").text("ha").startswith("A cikin kwanaki 21")
    # the kiosk enables it in kiosk.toml, next to a site language directory
    config_path = tmp_path / "kiosk.toml"
    text = DEMO_CONFIG.replace('languages = ["en", "fr", "pt", "ar"]', 'languages = ["en", "ha"]')
    config_path.write_text(text.replace('language_dir = ""', f'language_dir = "{site_languages}"'), encoding="utf-8")
    config = load_config(config_path, data_dir=tmp_path / "data")
    assert config.kiosk.languages == ("en", "ha") and config.kiosk.language_dir == site_languages


def test_a_sop_missing_an_enabled_language_fails_naming_file_line_text_and_language(site_languages: Path) -> None:
    sop = load_sop(SOPS / "primary.yaml")
    check_languages(sop, ("en", "fr", "th"))  # complete
    with pytest.raises(DataFileError) as caught:
        check_languages(sop, ("en", "ha"))
    problems = caught.value.problems
    assert all("no 'ha' text" in problem for problem in problems)
    lines = (SOPS / "primary.yaml").read_text(encoding="utf-8").split("\n")
    first = problems[0]
    match = re.match(r"(.+primary\.yaml):(\d+): (steps/\d+/\S+): no 'ha' text for '(.+?)'", first)
    assert match, first
    assert match.group(4)[:20] in "\n".join(lines[int(match.group(2)) - 1:int(match.group(2)) + 2])
    assert not any("red_flags" in p and "steps/0/fields/1/label:" in p for p in problems)  # given in ha
    # officer pages need the officer's languages only
    assert not any(p.split(": ")[1].startswith("steps/0/title") for p in problems)


def test_an_unknown_language_in_kiosk_toml_is_refused(tmp_path: Path) -> None:
    config_path = tmp_path / "kiosk.toml"
    config_path.write_text(DEMO_CONFIG.replace('languages = ["en", "fr", "pt", "ar"]', 'languages = ["en", "ha"]'),
                           encoding="utf-8")
    with pytest.raises(ConfigError, match=r"kiosk\.languages: ha not supported"):
        load_config(config_path, data_dir=tmp_path / "data")


def test_a_language_file_with_a_typo_or_wrong_placeholders_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "languages"
    folder.mkdir()
    (folder / "ha.yaml").write_text(HAUSA.replace("name: Suna", "nmae: Suna"), encoding="utf-8")
    try:
        with pytest.raises(DataFileError, match=r"ha\.yaml:11: slip/labels/nmae: no such key in en\.yaml"):
            languages.use_directories([folder])
            languages.registry()
        (folder / "ha.yaml").write_text(HAUSA + "  traveller_messages: {other: Ajiye wannan takarda.}\n",
                                        encoding="utf-8")
        languages.use_directories([])
        with pytest.raises(DataFileError, match="placeholders must be those of the English text"):
            languages.use_directories([folder])
            languages.registry()
    finally:
        languages.use_directories([])


def test_shipped_sop_traveller_pages_are_in_every_shipped_language() -> None:
    for sop in shipped_sops().values():
        check_languages(sop, SHIPPED, ("en", "fr", "pt", "ar"))


COUNTRY_NAMES = {"fr": "Allemagne", "pt": "Alemanha", "ar": "ألمانيا", "am": "ጀርመን", "th": "เยอรมนี",
                 "my": "ဂျာမနီ", "sw": "Ujerumani"}


@pytest.mark.parametrize("code", SHIPPED)
def test_country_names_in_every_language(code: str) -> None:
    names = country_names(code)
    assert set(names) == set(countries())  # the codes stay those of countries.json
    assert all(name.strip() for name in names.values())
    assert country_name("DE", code) == COUNTRY_NAMES.get(code, "Germany")
    if code != "en":
        translated = sum(names[c] != countries()[c] for c in names)
        assert translated > 100, translated  # CLDR names, not the English fallback
    assert country_name("XK", code)  # Kosovo is named too


def test_english_country_names_keep_the_evaluate_contract() -> None:
    assert country_names("en") == countries()
    assert render("travel", {"country": "GN", "days": 9, "within": 21}, "en").startswith("left Guinea (GN)")
    assert render("travel", {"country": "GN", "days": 9, "within": 21}, "th").startswith("ออกจาก")  # th template
    assert "กินี (GN)" in render("travel", {"country": "GN", "days": 9, "within": 21}, "th")


def test_validate_names_an_sop_text_that_the_sop_does_not_have(tmp_path: Path) -> None:
    from kiosk.core_commands import validate_file

    folder = tmp_path / "i18n"
    folder.mkdir()
    path = folder / "primary.ha.yaml"
    path.write_text(HAUSA_PRIMARY + "  no_such_field:\n    label: Babu\n", encoding="utf-8")
    [problem] = validate_file(path)
    assert problem == f"{path}:7: fields/no_such_field: field 'no_such_field' is not in {SOPS / 'primary.yaml'}"
    assert validate_file(SOPS / "i18n" / "primary.th.yaml") == []
    assert validate_file(Path(languages.SHIPPED_DIR) / "am.yaml") == []


def test_a_question_put_to_the_traveller_on_an_officer_page_needs_the_traveller_languages() -> None:
    """``audience: traveller`` on a field of an officer page (the quick check's red flags): its question and
    answers are read by the traveller, so each enabled traveller language must give them; the rest of the
    page needs only the officer's languages."""
    sop = load_sop(SOPS / "primary.yaml")
    step = sop.steps[0]
    assert (step.audience, step.field("red_flags").audience, step.field("temperature").audience) == \
        ("officer", "traveller", None)
    sites = {site.where: site.audience for site in sop.text_sites if site.where.startswith("steps/0/")}
    assert sites["steps/0/fields/1/label"] == sites["steps/0/fields/1/choices/2/label"] == "traveller"
    assert sites["steps/0/fields/0/label"] == sites["steps/0/title"] == "officer"
    text = (SOPS / "i18n" / "primary.th.yaml").read_text(encoding="utf-8")
    trimmed = text.replace("      listed_country: เคยอยู่ หรือเดินทางผ่าน ประเทศในรายการ\n", "")
    assert trimmed != text
    overlay = load_data_file("primary.th.yaml", "sops/sop-texts.schema.json", text=trimmed)
    partial = _build(load_data_file(SOPS / "primary.yaml", "sops/sop.schema.json"), [overlay])
    with pytest.raises(DataFileError, match=r"steps/0/fields/1/choices/2/label: no 'th' text for 'Been in or"):
        check_languages(partial, ("en", "th"))
