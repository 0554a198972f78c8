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
