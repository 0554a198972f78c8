"""Plain-language labels for the codes that appear in reasons, and the reason templates, in en/fr/pt/ar.

One table per kind of code (symptom, exposure, vaccine, exposure category, protocol group, and a flag's
status, risk and actions for display) and one template per reason key. Labels are written for the officer (short noun phrases, lower case: they are list items in a
flag card); the wording of the symptom and exposure labels follows the translated SOP choices in ``sops/``.
English is the reference: the ``evaluate`` JSON carries the English text, and a missing translation falls
back to it. Tests check that every code of :mod:`kiosk.records` has a label in every language and that every
template of a key uses the same placeholders in every language.
"""

from __future__ import annotations

from collections.abc import Mapping

LANGUAGES: tuple[str, ...] = ("en", "fr", "pt", "ar")

Labels = Mapping[str, Mapping[str, str]]

SYMPTOM_LABELS: Labels = {
    "fever": {"en": "fever", "fr": "fièvre", "pt": "febre", "ar": "حمى"},
    "headache": {"en": "headache", "fr": "maux de tête", "pt": "dor de cabeça", "ar": "صداع"},
    "muscle_pain": {"en": "muscle or joint pain", "fr": "douleurs musculaires ou articulaires",
                    "pt": "dores musculares ou nas articulações", "ar": "ألم في العضلات أو المفاصل"},
    "weakness": {"en": "unusual weakness or tiredness", "fr": "faiblesse ou fatigue inhabituelle",
                 "pt": "fraqueza ou cansaço fora do normal", "ar": "ضعف أو تعب غير معتاد"},
    "vomiting": {"en": "vomiting", "fr": "vomissements", "pt": "vómitos", "ar": "قيء"},
    "diarrhoea": {"en": "diarrhoea", "fr": "diarrhée", "pt": "diarreia", "ar": "إسهال"},
    "watery_diarrhoea": {"en": "acute watery diarrhoea", "fr": "diarrhée aqueuse aiguë",
                         "pt": "diarreia aquosa aguda", "ar": "إسهال مائي حاد"},
    "abdominal_pain": {"en": "abdominal pain", "fr": "douleurs abdominales", "pt": "dor abdominal",
                       "ar": "ألم في البطن"},
    "unexplained_bleeding": {"en": "unexplained bleeding or bruising", "fr": "saignements ou bleus inexpliqués",
                             "pt": "hemorragias ou nódoas negras sem explicação", "ar": "نزيف أو كدمات دون سبب واضح"},
    "maculopapular_rash": {"en": "maculopapular rash (red, flat or raised spots)",
                           "fr": "éruption maculopapuleuse (taches rouges, plates ou en relief)",
                           "pt": "exantema maculopapular (manchas vermelhas, planas ou elevadas)",
                           "ar": "طفح بقعي حطاطي (بقع حمراء مسطحة أو بارزة)"},
    "vesicular_rash": {"en": "vesicular rash (blisters or pus-filled spots)",
                       "fr": "éruption vésiculeuse (cloques ou boutons remplis de pus)",
                       "pt": "exantema vesicular (bolhas ou borbulhas com pus)",
                       "ar": "طفح حويصلي (بثور أو حويصلات مملوءة بالقيح)"},
    "lymphadenopathy": {"en": "swollen lymph nodes", "fr": "ganglions gonflés", "pt": "gânglios inchados",
                        "ar": "تضخم الغدد اللمفاوية"},
    "cough": {"en": "cough", "fr": "toux", "pt": "tosse", "ar": "سعال"},
    "coryza": {"en": "runny nose (coryza)", "fr": "nez qui coule (coryza)", "pt": "corrimento nasal (coriza)",
               "ar": "سيلان الأنف (زكام)"},
    "conjunctivitis": {"en": "red, watery eyes (conjunctivitis)", "fr": "yeux rouges et larmoyants (conjonctivite)",
                       "pt": "olhos vermelhos e lacrimejantes (conjuntivite)",
                       "ar": "احمرار العينين ودموعهما (التهاب الملتحمة)"},
    "sore_throat": {"en": "sore throat", "fr": "mal de gorge", "pt": "dor de garganta", "ar": "ألم في الحلق"},
    "shortness_of_breath": {"en": "shortness of breath", "fr": "difficulté à respirer",
                            "pt": "dificuldade em respirar", "ar": "صعوبة في التنفس"},
    "jaundice": {"en": "jaundice (yellow eyes or skin)", "fr": "ictère (yeux ou peau jaunes)",
                 "pt": "icterícia (olhos ou pele amarelos)", "ar": "يرقان (اصفرار العينين أو الجلد)"},
}

EXPOSURE_LABELS: Labels = {
    "body_fluid_contact": {"en": "contact with the blood or body fluids of a sick person",
                           "fr": "contact avec le sang ou les liquides biologiques d'un malade",
                           "pt": "contacto com sangue ou fluidos corporais de uma pessoa doente",
                           "ar": "ملامسة دم أو سوائل جسم شخص مريض"},
    "direct_care_without_ppe": {"en": "direct care of a patient without protective equipment",
                                "fr": "soins directs à un malade sans équipement de protection",
                                "pt": "cuidados diretos a um doente sem equipamento de proteção",
                                "ar": "رعاية مباشرة لمريض دون معدات وقاية"},
    "household_contact_case": {"en": "lived in the same household as a case",
                               "fr": "a vécu sous le même toit qu'un cas",
                               "pt": "viveu na mesma casa que um caso",
                               "ar": "عاش في المنزل نفسه مع حالة مصابة"},
    "funeral_body_contact": {"en": "touched a dead body (funeral or burial)",
                             "fr": "a touché un corps (funérailles ou enterrement)",
                             "pt": "tocou num cadáver (funeral ou enterro)",
                             "ar": "لمس جثة (جنازة أو دفن)"},
    "lab_exposure": {"en": "laboratory work with patient samples without full protection",
                     "fr": "travail de laboratoire sur des échantillons de patients sans protection complète",
                     "pt": "trabalho laboratorial com amostras de doentes sem proteção completa",
                     "ar": "عمل مخبري على عينات مرضى دون حماية كاملة"},
    "healthcare_worker_patient_care": {"en": "patient care as a health worker, with protective equipment",
                                       "fr": "soins aux patients en tant que soignant, avec équipement de protection",
                                       "pt": "cuidados a doentes como profissional de saúde, com equipamento de proteção",
                                       "ar": "رعاية المرضى كعامل صحي مع معدات الوقاية"},
    "close_contact_case": {"en": "within 1 metre of a case for a long time",
                           "fr": "à moins d'un mètre d'un cas pendant longtemps",
                           "pt": "a menos de 1 metro de um caso durante muito tempo",
                           "ar": "على مسافة أقل من متر من حالة مصابة لفترة طويلة"},
    "same_flight_symptomatic": {"en": "travelled with a sick traveller (same plane, ship or vehicle)",
                                "fr": "a voyagé avec un voyageur malade (même avion, navire ou véhicule)",
                                "pt": "viajou com um viajante doente (mesmo avião, navio ou veículo)",
                                "ar": "سافر مع مسافر مريض (الطائرة أو السفينة أو المركبة نفسها)"},
    "contact_mpox_case": {"en": "contact with an mpox case", "fr": "contact avec un cas de mpox",
                          "pt": "contacto com um caso de mpox", "ar": "مخالطة حالة إمبوكس"},
    "contact_measles_case": {"en": "contact with a measles case", "fr": "contact avec un cas de rougeole",
                             "pt": "contacto com um caso de sarampo", "ar": "مخالطة حالة حصبة"},
    "animal_bushmeat": {"en": "contact with wild animals or bushmeat",
                        "fr": "contact avec des animaux sauvages ou de la viande de brousse",
                        "pt": "contacto com animais selvagens ou carne de caça",
                        "ar": "ملامسة حيوانات برية أو لحوم الطرائد"},
}

VACCINE_LABELS: Labels = {
    "yellow_fever": {"en": "yellow-fever", "fr": "fièvre jaune", "pt": "febre amarela", "ar": "الحمى الصفراء"},
    "polio": {"en": "polio", "fr": "poliomyélite", "pt": "poliomielite", "ar": "شلل الأطفال"},
    "measles": {"en": "measles", "fr": "rougeole", "pt": "sarampo", "ar": "الحصبة"},
    "cholera": {"en": "cholera", "fr": "choléra", "pt": "cólera", "ar": "الكوليرا"},
    "mpox": {"en": "mpox", "fr": "mpox", "pt": "mpox", "ar": "إمبوكس"},
    "covid19": {"en": "COVID-19", "fr": "COVID-19", "pt": "COVID-19", "ar": "كوفيد-19"},
    "ebola": {"en": "Ebola", "fr": "Ebola", "pt": "Ébola", "ar": "الإيبولا"},
}
"""Also used for a certificate's ``situation_key`` (``yellow_fever``, ``polio``)."""

EVIDENCE_LABELS: Labels = {
    "paper": {"en": "paper certificate read by the officer", "fr": "certificat papier lu par l'agent",
              "pt": "certificado em papel lido pelo agente", "ar": "شهادة ورقية قرأها الموظف"},
    "digital": {"en": "digital certificate, signature verified", "fr": "certificat numérique, signature vérifiée",
                "pt": "certificado digital, assinatura verificada", "ar": "شهادة رقمية، التوقيع موثَّق"},
}
"""A vaccination's ``evidence`` (``kiosk.records.EVIDENCE``)."""

CATEGORY_LABELS: Labels = {
    "high": {"en": "high-risk exposure", "fr": "exposition à haut risque", "pt": "exposição de alto risco",
             "ar": "تعرض عالي الخطورة"},
    "some": {"en": "exposure with some risk", "fr": "exposition à risque modéré", "pt": "exposição com algum risco",
             "ar": "تعرض متوسط الخطورة"},
    "low": {"en": "low-risk exposure", "fr": "exposition à faible risque", "pt": "exposição de baixo risco",
            "ar": "تعرض منخفض الخطورة"},
}
"""Names of ``exposure_categories`` in the shipped protocols; another name is shown as ``<name> risk``
(underscores as spaces)."""

GROUP_LABELS: Labels = {
    "filovirus": {"en": "filovirus", "fr": "filovirus", "pt": "filovírus", "ar": "فيروس خيطي"},
}
"""Values of a protocol's ``group``; another value is shown as it is."""

STATUS_LABELS: Labels = {
    "suspected": {"en": "suspected case", "fr": "cas suspect", "pt": "caso suspeito", "ar": "حالة مشتبه بها"},
    "contact": {"en": "contact", "fr": "contact", "pt": "contacto", "ar": "مخالط"},
    "at_risk": {"en": "at risk (travel or exposure)", "fr": "à risque (voyage ou exposition)",
                "pt": "em risco (viagem ou exposição)", "ar": "معرض للخطر (سفر أو تعرض)"},
    "no_valid_certificate": {"en": "no valid certificate", "fr": "pas de certificat valide",
                             "pt": "sem certificado válido", "ar": "لا توجد شهادة سارية"},
    "unexplained_fever": {"en": "fever matching no protocol", "fr": "fièvre ne correspondant à aucun protocole",
                          "pt": "febre sem protocolo correspondente", "ar": "حمى لا تطابق أي بروتوكول"},
}
"""A flag's ``status`` (rule ``status`` in the protocol files), for display; the JSON keeps the code."""

RISK_LABELS: Labels = {
    "high": {"en": "high risk", "fr": "risque élevé", "pt": "risco elevado", "ar": "خطر مرتفع"},
    "some": {"en": "some risk", "fr": "risque modéré", "pt": "algum risco", "ar": "خطر متوسط"},
    "low": {"en": "low risk", "fr": "risque faible", "pt": "risco baixo", "ar": "خطر منخفض"},
    "none": {"en": "no identified risk", "fr": "aucun risque identifié", "pt": "nenhum risco identificado",
             "ar": "لا خطر محدد"},
    "unknown": {"en": "risk not assessed", "fr": "risque non évalué", "pt": "risco não avaliado",
                "ar": "خطر غير مقيَّم"},
}

ACTION_LABELS: Labels = {
    "isolate": {"en": "isolate", "fr": "isoler", "pt": "isolar", "ar": "عزل"},
    "separate": {"en": "separate from other travellers", "fr": "séparer des autres voyageurs",
                 "pt": "separar dos outros viajantes", "ar": "فصل عن المسافرين الآخرين"},
    "mask": {"en": "give a mask", "fr": "donner un masque", "pt": "dar uma máscara", "ar": "إعطاء كمامة"},
    "oral_rehydration": {"en": "oral rehydration", "fr": "réhydratation orale", "pt": "reidratação oral",
                         "ar": "إماهة فموية"},
    "refer": {"en": "refer for medical assessment", "fr": "orienter vers une évaluation médicale",
              "pt": "encaminhar para avaliação médica", "ar": "إحالة لتقييم طبي"},
    "notify": {"en": "notify public health", "fr": "notifier la santé publique", "pt": "notificar a saúde pública",
               "ar": "إبلاغ الصحة العامة"},
    "monitor": {"en": "monitor (follow-up)", "fr": "surveiller (suivi)", "pt": "monitorizar (seguimento)",
                "ar": "مراقبة (متابعة)"},
    "advise": {"en": "give health advice", "fr": "donner des conseils de santé", "pt": "dar conselhos de saúde",
               "ar": "تقديم نصائح صحية"},
    "vaccinate": {"en": "vaccinate", "fr": "vacciner", "pt": "vacinar", "ar": "تطعيم"},
    "record_seat": {"en": "record flight and seat (contact tracing)", "fr": "noter le vol et le siège (recherche des contacts)",
                    "pt": "registar o voo e o lugar (rastreio de contactos)", "ar": "تسجيل الرحلة والمقعد (تتبع المخالطين)"},
}
"""A flag's ``actions``; a code missing here is shown as it is (``label`` falls back to the code)."""

TEMPLATES: Labels = {
    "fever_measured": {"en": "{temperature} °C ≥ {threshold} °C", "fr": "{temperature} °C ≥ {threshold} °C",
                       "pt": "{temperature} °C ≥ {threshold} °C", "ar": "{temperature} °C ≥ {threshold} °C"},
    "fever_reported": {"en": "fever reported by the traveller", "fr": "fièvre signalée par le voyageur",
                       "pt": "febre referida pelo viajante", "ar": "حمى أبلغ عنها المسافر"},
    "no_fever_measured": {"en": "no fever: {temperature} °C < {threshold} °C",
                          "fr": "pas de fièvre : {temperature} °C < {threshold} °C",
                          "pt": "sem febre: {temperature} °C < {threshold} °C",
                          "ar": "لا حمى: {temperature} °C < {threshold} °C"},
    "no_fever": {"en": "no fever measured or reported", "fr": "ni fièvre mesurée ni fièvre signalée",
                 "pt": "sem febre medida nem referida", "ar": "لا حمى مقيسة أو مبلغ عنها"},
    "symptom": {"en": "{symptom}", "fr": "{symptom}", "pt": "{symptom}", "ar": "{symptom}"},
    "no_symptom_among": {"en": "none of: {symptoms}", "fr": "aucun de ces signes : {symptoms}",
                         "pt": "nenhum destes sinais: {symptoms}", "ar": "لا شيء من: {symptoms}"},
    "missing_symptoms": {"en": "missing: {symptoms}", "fr": "absent : {symptoms}", "pt": "ausente: {symptoms}",
                         "ar": "غير موجود: {symptoms}"},
    "exposure": {"en": "{exposure}", "fr": "{exposure}", "pt": "{exposure}", "ar": "{exposure}"},
    "exposure_in_category": {"en": "{exposure} ({category})", "fr": "{exposure} ({category})",
                             "pt": "{exposure} ({category})", "ar": "{exposure} ({category})"},
    "no_exposure_among": {"en": "no exposure among: {exposures}", "fr": "aucune de ces expositions : {exposures}",
                          "pt": "nenhuma destas exposições: {exposures}", "ar": "لا تعرض من بين: {exposures}"},
    "exposure_group_unknown": {
        "en": "exposure without travel to an affected area: which {group} is unknown ({protocols})",
        "fr": "exposition sans séjour dans une zone touchée : {group} inconnu ({protocols})",
        "pt": "exposição sem estadia numa área afetada: {group} desconhecido ({protocols})",
        "ar": "تعرض دون سفر إلى منطقة متأثرة: نوع {group} غير معروف ({protocols})"},
    "exposure_elsewhere": {
        "en": "exposure attributed to {protocols} (travel to an area affected by it)",
        "fr": "exposition attribuée à {protocols} (séjour dans une zone touchée)",
        "pt": "exposição atribuída a {protocols} (estadia numa área afetada)",
        "ar": "التعرض منسوب إلى {protocols} (سفر إلى منطقة متأثرة به)"},
    "travel": {"en": "left {country} {days} days before arrival ≤ {within} days",
               "fr": "a quitté {country} {days} jours avant l'arrivée ≤ {within} jours",
               "pt": "saiu de {country} {days} dias antes da chegada ≤ {within} dias",
               "ar": "غادر {country} قبل {days} يومًا من الوصول ≤ {within} يومًا"},
    "no_travel": {"en": "no stay in an area affected by {protocol} within {within} days before arrival",
                  "fr": "aucun séjour dans une zone touchée par {protocol} dans les {within} jours avant l'arrivée",
                  "pt": "nenhuma estadia numa área afetada por {protocol} nos {within} dias antes da chegada",
                  "ar": "لا إقامة في منطقة متأثرة بـ {protocol} خلال {within} يومًا قبل الوصول"},
    "age_unknown": {"en": "age not recorded (taken as an adult)", "fr": "âge non indiqué (considéré comme adulte)",
                    "pt": "idade não registada (considerado adulto)", "ar": "العمر غير مسجل (يُعتبر بالغًا)"},
    "age_at_least": {"en": "age {age} years ≥ {limit}", "fr": "âge {age} ans ≥ {limit}",
                     "pt": "idade {age} anos ≥ {limit}", "ar": "العمر {age} سنة ≥ {limit}"},
    "age_below": {"en": "age {age} years < {limit}", "fr": "âge {age} ans < {limit}",
                  "pt": "idade {age} anos < {limit}", "ar": "العمر {age} سنة < {limit}"},
    "certificate_required": {"en": "{certificate} certificate required from {countries}",
                             "fr": "certificat exigé ({certificate}) en provenance de : {countries}",
                             "pt": "certificado exigido ({certificate}) para quem vem de: {countries}",
                             "ar": "الشهادة مطلوبة ({certificate}) للقادمين من: {countries}"},
    "certificate_not_required": {"en": "no country on the itinerary requires a {certificate} certificate",
                                 "fr": "aucun pays de l'itinéraire n'exige de certificat ({certificate})",
                                 "pt": "nenhum país do itinerário exige certificado ({certificate})",
                                 "ar": "لا يوجد بلد في خط السير يتطلب شهادة ({certificate})"},
    "no_certificate_rule": {"en": "no {certificate} certificate rule applies",
                            "fr": "aucune règle de certificat ({certificate}) ne s'applique",
                            "pt": "nenhuma regra de certificado ({certificate}) se aplica",
                            "ar": "لا تنطبق أي قاعدة شهادة ({certificate})"},
    "no_vaccination": {"en": "no {vaccine} vaccination recorded",
                       "fr": "aucune vaccination enregistrée ({vaccine})",
                       "pt": "nenhuma vacinação registada ({vaccine})",
                       "ar": "لا يوجد تطعيم مسجل ({vaccine})"},
    "vaccination_evidence": {"en": "{vaccine} vaccination on {date}: {evidence}",
                             "fr": "vaccination ({vaccine}) du {date} : {evidence}",
                             "pt": "vacinação ({vaccine}) de {date}: {evidence}",
                             "ar": "التطعيم ({vaccine}) بتاريخ {date}: {evidence}"},
    "vaccination_not_yet_valid": {
        "en": "{vaccine} vaccination on {date} is valid only from {valid_from} (+{days} days)",
        "fr": "vaccination ({vaccine}) du {date} valide seulement à partir du {valid_from} (+{days} jours)",
        "pt": "vacinação ({vaccine}) de {date} válida apenas a partir de {valid_from} (+{days} dias)",
        "ar": "التطعيم ({vaccine}) بتاريخ {date} صالح فقط ابتداءً من {valid_from} (+{days} يومًا)"},
    "vaccination_expired": {"en": "{vaccine} vaccination on {date} expired after {years} years",
                            "fr": "vaccination ({vaccine}) du {date} expirée après {years} ans",
                            "pt": "vacinação ({vaccine}) de {date} expirada após {years} anos",
                            "ar": "التطعيم ({vaccine}) بتاريخ {date} انتهت صلاحيته بعد {years} سنوات"},
    "vaccination_valid_for_life": {
        "en": "{vaccine} vaccination on {date}: valid from {valid_from} (+{days} days), for life",
        "fr": "vaccination ({vaccine}) du {date} : valide à partir du {valid_from} (+{days} jours), à vie",
        "pt": "vacinação ({vaccine}) de {date}: válida a partir de {valid_from} (+{days} dias), para toda a vida",
        "ar": "التطعيم ({vaccine}) بتاريخ {date}: صالح ابتداءً من {valid_from} (+{days} يومًا) مدى الحياة"},
    "vaccination_valid_years": {
        "en": "{vaccine} vaccination on {date}: valid from {valid_from} (+{days} days), for {years} years",
        "fr": "vaccination ({vaccine}) du {date} : valide à partir du {valid_from} (+{days} jours), {years} ans",
        "pt": "vacinação ({vaccine}) de {date}: válida a partir de {valid_from} (+{days} dias), {years} anos",
        "ar": "التطعيم ({vaccine}) بتاريخ {date}: صالح ابتداءً من {valid_from} (+{days} يومًا) لمدة {years} سنوات"},
    "dose_before_leaving": {
        "en": "{vaccine} dose on {date}, {days} days before leaving {country} ≤ {max_days} days",
        "fr": "dose ({vaccine}) du {date}, {days} jours avant d'avoir quitté {country} ≤ {max_days} jours",
        "pt": "dose ({vaccine}) de {date}, {days} dias antes de sair de {country} ≤ {max_days} dias",
        "ar": "جرعة ({vaccine}) بتاريخ {date}، قبل {days} يومًا من مغادرة {country} ≤ {max_days} يومًا"},
    "no_dose_before_leaving": {
        "en": "no {vaccine} dose within {max_days} days before leaving {country} on {left}",
        "fr": "aucune dose ({vaccine}) dans les {max_days} jours avant d'avoir quitté {country} le {left}",
        "pt": "nenhuma dose ({vaccine}) nos {max_days} dias antes de sair de {country} em {left}",
        "ar": "لا جرعة ({vaccine}) خلال {max_days} يومًا قبل مغادرة {country} في {left}"},
}
"""Reason key → template per language; ``{name}`` placeholders are the reason's params, rendered by
:func:`kiosk.protocols.reasons.render` (codes become labels, countries ``Guinea (GN)``, numbers use the
language's decimal mark)."""


def label(table: Labels, code: str, language: str = "en") -> str:
    """The label of ``code`` in ``language`` (English if missing there; the code itself if unknown)."""
    labels = table.get(code)
    if labels is None:
        return code
    return labels.get(language) or labels["en"]


__all__ = ["ACTION_LABELS", "CATEGORY_LABELS", "EXPOSURE_LABELS", "GROUP_LABELS", "LANGUAGES", "RISK_LABELS",
           "STATUS_LABELS", "SYMPTOM_LABELS", "TEMPLATES", "VACCINE_LABELS", "label"]
