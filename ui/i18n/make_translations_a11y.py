"""Texts of the accessibility features (accessible names, the high-contrast theme, spoken questions), for
:mod:`make_translations`: source → French, Portuguese, Arabic, kept apart so they merge into each
language's catalogue in one line."""

from __future__ import annotations

KIOSK = {
    "Delete the last digit": ("Effacer le dernier chiffre", "Apagar o último algarismo", "حذف آخر رقم"),
    "Decimal point": ("Virgule décimale", "Vírgula decimal", "الفاصلة العشرية"),
    "Reason for changing the recommendation": ("Motif du changement de la recommandation",
                                               "Motivo da alteração da recomendação", "سبب تغيير التوصية"),
    "Confirm the recommendation": ("Confirmer la recommandation", "Confirmar a recomendação", "تأكيد التوصية"),
    "High contrast": ("Contraste élevé", "Alto contraste", "تباين عالٍ"),
    "Read questions aloud": ("Lire les questions à voix haute", "Ler as perguntas em voz alta",
                             "قراءة الأسئلة بصوت عالٍ"),
    "Read aloud": ("Lire à voix haute", "Ler em voz alta", "قراءة بصوت عالٍ"),
    "Looking for a speech engine…": ("Recherche d'un moteur de synthèse vocale…", "À procura de um motor de voz…",
                                     "جارٍ البحث عن محرك نطق…"),
    "No speech engine on this kiosk: questions cannot be read aloud.": (
        "Aucun moteur de synthèse vocale sur ce poste : les questions ne peuvent pas être lues à voix haute.",
        "Nenhum motor de voz neste posto: as perguntas não podem ser lidas em voz alta.",
        "لا يوجد محرك نطق في هذا الجهاز: لا يمكن قراءة الأسئلة بصوت عالٍ."),
    "No voice for %1 on this kiosk: questions cannot be read aloud in it.": (
        "Aucune voix en %1 sur ce poste : les questions ne peuvent pas être lues à voix haute dans cette langue.",
        "Nenhuma voz em %1 neste posto: as perguntas não podem ser lidas em voz alta nesta língua.",
        "لا يوجد صوت بلغة %1 في هذا الجهاز: لا يمكن قراءة الأسئلة بصوت عالٍ بها."),
    "Read the traveller's questions aloud in their language": (
        "Lire les questions du voyageur à voix haute dans sa langue",
        "Ler as perguntas do viajante em voz alta na sua língua",
        "قراءة أسئلة المسافر بصوت عالٍ بلغته"),
}
"""Source → (French, Portuguese, Arabic)."""

TRAINER_FRENCH = {
    "Scenario": "Scénario",
    "Injects of the scenario": "Injects du scénario",
    "Kind of note": "Type de note",
    "Observer notes": "Notes de l'observateur",
}


def texts(language: str) -> dict[str, str]:
    """The kiosk texts in ``language`` (fr, pt or ar)."""
    index = ("fr", "pt", "ar").index(language)
    return {source: translated[index] for source, translated in KIOSK.items()}
