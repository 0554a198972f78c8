"""French of the hub console's daily reporting and follow-up pages (``ui/hub/views/reporting.py``,
``ui/hub/views/follow_up.py``), merged into ``make_translations.HUB_FRENCH``; and of the kiosk's follow-up contact
(``ui/views/follow_up_contact.py``), merged into ``FRENCH``."""

from __future__ import annotations

HUB_REPORTS_FRENCH: dict[str, str | tuple[str, str]] = {
    "Daily reporting": "Rapports quotidiens",
    "Day (UTC):": "Jour (UTC) :",
    "Country": "Pays",
    "Reported": "A fait rapport",
    "Kiosks that sent nothing": "Postes sans envoi",
    "Screened": "Dépistés",
    "Flagged": "Signalés",
    "Referred": "Orientés",
    "Isolated": "Isolés",
    "No report": "Aucun rapport",
    "%1 of %2 kiosks": "%1 sur %2 postes",
    "Yes": "Oui",
    "No point of entry is enrolled": "Aucun point d'entrée n'est enregistré",
    "%1 of %2 points of entry reported": "%1 sur %2 points d'entrée ont fait rapport",
    "%n sent nothing": ("%n n'a rien envoyé", "%n n'ont rien envoyé"),
    "%n in part": ("%n en partie", "%n en partie"),
    "Each kiosk sends its counts of a UTC day after midnight (and on demand); a point of entry reported when all "
    "its enrolled kiosks did. Exercise screenings are not counted.":
    "Chaque poste envoie ses chiffres d'un jour UTC après minuit (et à la demande) ; un point d'entrée a fait "
    "rapport quand tous ses postes enregistrés l'ont fait. Les dépistages d'exercice ne sont pas comptés.",
    "Follow-up": "Suivi",
    "Traveller": "Voyageur",
    "Decision": "Décision",
    "End date": "Date de fin",
    "Contact": "Contact",
    "Overdue": "En retard",
    "Due today": "À faire aujourd'hui",
    "Checked today": "Vérifié aujourd'hui",
    "Ended": "Terminé",
    "Well": "Bien",
    "Symptoms": "Symptômes",
    "Lost to follow-up": "Perdu de vue",
    "Referred to care": "Orienté vers les soins",
    "Not checked": "Non vérifié",
    "(deleted)": "(supprimé)",
    "Travellers to follow up until their end date, with the contact they agreed to give for this purpose only "
    "(deleted 30 days after the end date). Overdue: no check for a whole day.":
    "Voyageurs à suivre jusqu'à leur date de fin, avec le contact qu'ils ont accepté de donner pour ce seul suivi "
    "(supprimé 30 jours après la date de fin). En retard : aucune vérification pendant une journée entière.",
    "Select a traveller to record today's check.": "Choisissez un voyageur pour enregistrer la vérification du jour.",
    "Note (optional)": "Note (facultative)",
    "%n under follow-up": ("%n en suivi", "%n en suivi"),
    "%n overdue": ("%n en retard", "%n en retard"),
    "%n due today": ("%n à faire aujourd'hui", "%n à faire aujourd'hui"),
    "%1, today:": "%1, aujourd'hui :",
    "Check recorded for %1.": "Vérification enregistrée pour %1.",
}

KIOSK_REPORTS_FRENCH: dict[str, str | tuple[str, str]] = {
    "Follow-up contact (optional)": "Contact pour le suivi (facultatif)",
    "Only if the traveller agrees: used by the health authority to follow up until the end date, for nothing else.":
    "Seulement si le voyageur est d'accord : utilisé par l'autorité sanitaire pour le suivi jusqu'à la date de fin, "
    "pour rien d'autre.",
    "Phone": "Téléphone",
    "Address during the follow-up": "Adresse pendant le suivi",
    "The traveller agrees to be contacted for follow-up": "Le voyageur accepte d'être contacté pour le suivi",
}
