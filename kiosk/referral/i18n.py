"""Labels and code names printed on referral slips and pathway charts, in en, fr, pt and ar.

Only printed text lives here; the infection-control instructions belong to each point of entry and
live in its referral directory (``protocols/pathways/*.yaml``). Unknown languages fall back to English.
"""

from __future__ import annotations

import re

from kiosk.protocols.labels import EXPOSURE_LABELS, SYMPTOM_LABELS
from kiosk.protocols.labels import label as code_label

LANGUAGES: tuple[str, ...] = ("en", "fr", "pt", "ar")
RTL_LANGUAGES = frozenset({"ar"})
FALLBACK = "en"

# key: (en, fr, pt, ar)
_LABELS: dict[str, tuple[str, str, str, str]] = {
    "slip_title": ("Referral slip", "Fiche de référence", "Guia de encaminhamento", "استمارة إحالة"),
    "referral_id": ("Referral ID", "N° de référence", "N.º de encaminhamento", "رقم الإحالة"),
    "issued": ("Date and time", "Date et heure", "Data e hora", "التاريخ والوقت"),
    "point_of_entry": ("Point of entry", "Point d'entrée", "Ponto de entrada", "نقطة الدخول"),
    "officer": ("Health officer", "Agent de santé", "Agente de saúde", "الموظف الصحي"),
    "section_traveller": ("Traveller", "Voyageur", "Viajante", "المسافر"),
    "name": ("Name", "Nom", "Nome", "الاسم"),
    "birth": ("Date of birth / age", "Date de naissance / âge", "Data de nascimento / idade", "تاريخ الميلاد / العمر"),
    "sex": ("Sex", "Sexe", "Sexo", "الجنس"),
    "nationality": ("Nationality", "Nationalité", "Nacionalidade", "الجنسية"),
    "document": ("Document no.", "N° de document", "N.º do documento", "رقم الوثيقة"),
    "phone": ("Phone", "Téléphone", "Telefone", "الهاتف"),
    "address": ("Address at destination", "Adresse à destination", "Morada no destino", "العنوان في الوجهة"),
    "conveyance": ("Conveyance / seat", "Transport / siège", "Transporte / lugar", "وسيلة النقل / المقعد"),
    "section_clinical": ("History and clinical", "Antécédents et clinique", "História e clínica",
                         "السوابق والحالة السريرية"),
    "countries": ("Countries, last 21 days", "Pays, 21 derniers jours", "Países, últimos 21 dias",
                  "البلدان خلال آخر 21 يومًا"),
    "temperature": ("Temperature", "Température", "Temperatura", "درجة الحرارة"),
    "symptoms": ("Symptoms (onset)", "Symptômes (début)", "Sintomas (início)", "الأعراض (بدايتها)"),
    "exposures": ("Exposures", "Expositions", "Exposições", "حالات التعرض"),
    "section_assessment": ("Assessment", "Évaluation", "Avaliação", "التقييم"),
    "protocol": ("Protocol / risk", "Protocole / risque", "Protocolo / risco", "البروتوكول / درجة الخطر"),
    "reasons": ("Reasons", "Motifs", "Motivos", "الأسباب"),
    "section_action": ("Action", "Conduite à tenir", "Conduta", "الإجراء"),
    "facility": ("Receiving facility", "Structure d'accueil", "Unidade de destino", "المرفق المستقبِل"),
    "isolation": ("Isolation room", "Salle d'isolement", "Sala de isolamento", "غرفة العزل"),
    "transport": ("Transport", "Transport", "Transporte", "النقل"),
    "follow_up": ("Follow-up until", "Suivi jusqu'au", "Seguimento até", "المتابعة حتى"),
    "hotline": ("Hotline", "Numéro d'urgence", "Linha direta", "الخط الساخن"),
    "surveillance": ("Surveillance officer", "Responsable surveillance", "Responsável de vigilância",
                     "مسؤول الترصد"),
    "ipc": ("Infection prevention and control", "Prévention et contrôle des infections",
            "Prevenção e controlo de infeções", "الوقاية من العدوى ومكافحتها"),
    "signature": ("Officer signature", "Signature de l'agent", "Assinatura do agente", "توقيع الموظف"),
    "verify": ("Scan the QR code to check this slip is genuine.",
               "Scannez le code QR pour vérifier l'authenticité de cette fiche.",
               "Leia o código QR para confirmar que esta guia é autêntica.",
               "امسح رمز QR للتأكد من صحة هذه الاستمارة."),
    "none": ("none", "aucun", "nenhum", "لا يوجد"),
    "not_measured": ("not measured", "non mesurée", "não medida", "لم تُقَس"),
    "fever_reported": ("fever reported", "fièvre déclarée", "febre referida", "حمى مُبلَّغ عنها"),
    "years": ("years", "ans", "anos", "سنة"),
    "left": ("left", "départ", "saída", "المغادرة"),
    "call_before": ("Call the facility before transfer.", "Appeler la structure avant le transfert.",
                    "Ligar para a unidade antes da transferência.", "اتصل بالمرفق قبل النقل."),
    "for_traveller": ("For the traveller", "Pour le voyageur", "Para o viajante", "للمسافر"),
    # the band of a slip printed in an exercise or a test (never on a real referral)
    "band_exercise": ("EXERCISE — NOT A REAL REFERRAL", "EXERCICE — CECI N'EST PAS UNE VRAIE RÉFÉRENCE",
                      "EXERCÍCIO — NÃO É UM ENCAMINHAMENTO REAL", "تمرين — هذه ليست إحالة حقيقية"),
    "band_test": ("TEST — NOT A REAL REFERRAL", "TEST — CECI N'EST PAS UNE VRAIE RÉFÉRENCE",
                  "TESTE — NÃO É UM ENCAMINHAMENTO REAL", "اختبار — هذه ليست إحالة حقيقية"),
    "exercise": ("Exercise", "Exercice", "Exercício", "التمرين"),
    # pathway chart
    "chart_title": ("Referral pathway", "Circuit de référence", "Circuito de encaminhamento", "مسار الإحالة"),
    "chart_emergency": ("In an emergency call", "En cas d'urgence, appeler", "Em caso de emergência, ligar",
                        "في حالات الطوارئ اتصل بـ"),
    "chart_routes": ("Who goes where", "Qui va où", "Quem vai para onde", "من يُحال إلى أين"),
    "chart_contacts": ("Contacts", "Contacts", "Contactos", "جهات الاتصال"),
    "chart_when": ("Protocol / decision", "Protocole / décision", "Protocolo / decisão", "البروتوكول / القرار"),
    "chart_any": ("any other", "tout autre", "qualquer outro", "أي حالة أخرى"),
    "chart_version": ("Directory version", "Version de l'annuaire", "Versão do diretório", "إصدار الدليل"),
    "hours": ("hours", "horaires", "horário", "الساعات"),
}

_DISPOSITIONS: dict[str, tuple[str, str, str, str]] = {
    "isolate": ("ISOLATE AND REFER", "ISOLER ET RÉFÉRER", "ISOLAR E ENCAMINHAR", "العزل والإحالة"),
    "refer": ("REFER", "RÉFÉRER", "ENCAMINHAR", "الإحالة"),
    "vaccinate": ("VACCINATE", "VACCINER", "VACINAR", "التطعيم"),
    "monitor": ("MONITOR", "SURVEILLER", "MONITORIZAR", "المتابعة الصحية"),
    "advise": ("ADVISE", "CONSEILLER", "ACONSELHAR", "تقديم المشورة"),
    "clear": ("NO ACTION NEEDED", "AUCUNE MESURE", "SEM MEDIDAS", "لا حاجة لأي إجراء"),
}

_TRAVELLER_MESSAGES: dict[str, tuple[str, str, str, str]] = {
    "referred": (
        "You are being referred to {facility} for a medical assessment. Keep this slip and show it on arrival.",
        "Vous êtes orienté(e) vers {facility} pour une évaluation médicale. Gardez cette fiche et "
        "présentez-la à votre arrivée.",
        "Está a ser encaminhado(a) para {facility} para uma avaliação médica. Guarde esta guia e "
        "apresente-a à chegada.",
        "تتم إحالتك إلى {facility} لإجراء تقييم طبي. احتفظ بهذه الاستمارة وقدّمها عند وصولك.",
    ),
    "monitored": (
        "Check your temperature twice a day until {date}. If you feel unwell, call {hotline} before going "
        "to a health facility.",
        "Prenez votre température deux fois par jour jusqu'au {date}. En cas de malaise, appelez le "
        "{hotline} avant de vous rendre dans un centre de santé.",
        "Meça a sua temperatura duas vezes por dia até {date}. Se se sentir mal, ligue para {hotline} "
        "antes de ir a uma unidade de saúde.",
        "قِس درجة حرارتك مرتين يوميًا حتى {date}. إذا شعرت بتوعك، اتصل بالرقم {hotline} قبل التوجه "
        "إلى أي مرفق صحي.",
    ),
    "other": (
        "Keep this slip. If you feel unwell, call {hotline}.",
        "Gardez cette fiche. En cas de malaise, appelez le {hotline}.",
        "Guarde esta guia. Se se sentir mal, ligue para {hotline}.",
        "احتفظ بهذه الاستمارة. إذا شعرت بتوعك، اتصل بالرقم {hotline}.",
    ),
}

_TRANSPORT: dict[str, tuple[str, str, str, str]] = {
    "ambulance": ("Ambulance", "Ambulance", "Ambulância", "سيارة إسعاف"),
    "escorted": ("Escorted vehicle", "Véhicule accompagné", "Viatura com acompanhante", "مركبة مع مرافق"),
    "own": ("Own means, no public transport", "Moyens propres, pas de transport public",
            "Meios próprios, sem transporte público", "وسيلة خاصة، دون النقل العام"),
    "none": ("None (stays at home)", "Aucun (reste à domicile)", "Nenhum (fica em casa)", "لا يوجد (يبقى في المنزل)"),
}

_SEXES: dict[str, tuple[str, str, str, str]] = {
    "female": ("female", "féminin", "feminino", "أنثى"),
    "male": ("male", "masculin", "masculino", "ذكر"),
    "other": ("other", "autre", "outro", "آخر"),
    "unknown": ("unknown", "inconnu", "desconhecido", "غير معروف"),
}

_RISKS: dict[str, tuple[str, str, str, str]] = {
    "high": ("high", "élevé", "alto", "مرتفع"),
    "some": ("some", "modéré", "moderado", "متوسط"),
    "low": ("low", "faible", "baixo", "منخفض"),
    "none": ("none", "aucun", "nenhum", "لا يوجد"),
}

_STATUSES: dict[str, tuple[str, str, str, str]] = {
    "suspected": ("suspected case", "cas suspect", "caso suspeito", "حالة مشتبه بها"),
    "exposed": ("exposed", "exposé", "exposto", "متعرض"),
    "contact": ("contact", "contact", "contacto", "مخالط"),
    "certificate": ("certificate missing", "certificat manquant", "certificado em falta", "شهادة غير متوفرة"),
}

_PROTOCOLS: dict[str, tuple[str, str, str, str]] = {
    "EVD": ("Ebola virus disease", "Maladie à virus Ebola", "Doença por vírus Ébola", "مرض فيروس إيبولا"),
    "MVD": ("Marburg virus disease", "Maladie à virus de Marburg", "Doença por vírus de Marburgo",
            "مرض فيروس ماربورغ"),
    "CHOLERA": ("Cholera", "Choléra", "Cólera", "الكوليرا"),
    "MEASLES": ("Measles", "Rougeole", "Sarampo", "الحصبة"),
    "MPOX": ("Mpox", "Mpox", "Mpox", "جدري القردة (mpox)"),
    "YF": ("Yellow fever", "Fièvre jaune", "Febre amarela", "الحمى الصفراء"),
    "POLIO": ("Poliomyelitis", "Poliomyélite", "Poliomielite", "شلل الأطفال"),
    "RESP": ("Novel respiratory disease", "Maladie respiratoire nouvelle", "Doença respiratória nova",
             "مرض تنفسي مستجد"),
    "": ("Fever, no protocol matched", "Fièvre sans protocole correspondant", "Febre sem protocolo correspondente",
         "حمى لا تطابق أي بروتوكول"),
}



def language(code: str | None) -> str:
    """A supported language code for ``code`` (``fr-FR`` → ``fr``); unknown codes fall back to English."""
    base = (code or "").strip().lower().replace("_", "-").split("-")[0]
    return base if base in LANGUAGES else FALLBACK


def is_rtl(lang: str) -> bool:
    return language(lang) in RTL_LANGUAGES


def colon(lang: str) -> str:
    """The label separator: French sets a (no-break) space before the colon, the others do not."""
    return "\u00a0: " if language(lang) == "fr" else ": "


def _pick(table: dict[str, tuple[str, str, str, str]], key: str, lang: str, default: str | None = None) -> str:
    entry = table.get(key)
    if entry is None:
        return default if default is not None else key
    return entry[LANGUAGES.index(language(lang))]


def label(key: str, lang: str) -> str:
    return _pick(_LABELS, key, lang)


def disposition_name(code: str, lang: str) -> str:
    return _pick(_DISPOSITIONS, code, lang, code.upper())


def traveller_message(kind: str, lang: str) -> str:
    return _pick(_TRAVELLER_MESSAGES, kind, lang)


def transport_name(code: str, lang: str) -> str:
    return _pick(_TRANSPORT, code, lang)


def sex_name(code: str, lang: str) -> str:
    return _pick(_SEXES, code, lang)


def risk_name(code: str, lang: str) -> str:
    return _pick(_RISKS, code, lang)


def status_name(code: str, lang: str) -> str:
    return _pick(_STATUSES, code, lang, code.replace("_", " "))


def protocol_name(code: str, lang: str) -> str:
    return _pick(_PROTOCOLS, code, lang, code)


def symptom_name(code: str, lang: str) -> str:
    """Symptom names come from the protocol engine's one label table (also used in its reasons)."""
    return code_label(SYMPTOM_LABELS, code, lang)


def exposure_name(code: str, lang: str) -> str:
    return code_label(EXPOSURE_LABELS, code, lang)


_CODE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")


def humanise_codes(text: str, lang: str) -> str:
    """Replace symptom and exposure codes inside free text (the evaluator's reasons, say
    ``exposure: direct_care_without_ppe``) by their names in ``lang``; other words are left alone."""

    def name(match: re.Match[str]) -> str:
        code = match.group(0)
        if code in EXPOSURE_LABELS:
            return exposure_name(code, lang)
        if code in SYMPTOM_LABELS:
            return symptom_name(code, lang)
        return code

    return _CODE.sub(name, text)


def all_label_keys() -> tuple[str, ...]:
    return tuple(_LABELS)
