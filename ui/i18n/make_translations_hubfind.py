"""French of the hub console's finding and attention texts (filters, paging, the chime and banner, the case
facts): merged into ``make_translations.HUB_FRENCH``, kept apart so that parallel work on the console
merges cleanly."""

from __future__ import annotations

HUB_FIND_FRENCH: dict[str, str | tuple[str, str]] = {
    # filters (ui/hub/views/filters.py)
    "All states": "Tous les états",
    "All points of entry": "Tous les points d'entrée",
    "All protocols": "Tous les protocoles",
    "Any urgency": "Toute urgence",
    "Any certainty": "Toute certitude",
    "Assigned to anyone": "Attribuée à quiconque",
    "Any time": "Toute période",
    "Last 24 hours": "Dernières 24 heures",
    "Last 7 days": "7 derniers jours",
    "Last 30 days": "30 derniers jours",
    "Between dates…": "Entre deux dates…",
    "Search by reference (alert identifier)…": "Rechercher par référence (identifiant de l'alerte)…",
    "Clear filters": "Effacer les filtres",
    "to": "au",
    # the list (ui/hub/views/alerts.py, alert_model.py)
    "%n alert(s) loaded · scroll for more": ("%n alerte chargée · faites défiler pour la suite",
                                             "%n alertes chargées · faites défiler pour la suite"),
    "Not acknowledged in time: escalated": "Non prise en compte à temps : escaladée",
    "being assessed": "en évaluation",
    # attention (ui/hub/views/alerting.py)
    "Dismiss": "Fermer",
    "Sound: on": "Son : activé",
    "Sound: off": "Son : coupé",
    "Sound for Immediate/Severe alerts and early notices": "Son pour les alertes Immédiates/Graves et les préavis",
    "%n alert(s) need attention": ("%n alerte demande votre attention", "%n alertes demandent votre attention"),
    "and %n more": ("et %n autre", "et %n autres"),
    "▲ %n escalated": ("▲ %n escaladée", "▲ %n escaladées"),
    "Alerts not acknowledged in time": "Alertes non prises en compte à temps",
    "Early notice: %1": "Préavis : %1",
    # the case and the point of entry (ui/hub/views/case_facts.py, detail.py)
    "Case": "Cas",
    "Symptoms": "Symptômes",
    "Symptom onset": "Début des symptômes",
    "Countries (left on)": "Pays (quittés le)",
    "Exposures": "Expositions",
    "Decision reasons": "Motifs de la décision",
    "Other parameters": "Autres paramètres",
    "%1 — left %2": "%1 — quitté le %2",
    "Symptoms, countries and exposures: not sent by this kiosk (an older version).":
        "Symptômes, pays et expositions : non envoyés par ce poste (une version ancienne).",
    "No kiosk of this point of entry has reported its status.":
        "Aucun poste de ce point d'entrée n'a signalé son état.",
    "Phone and e-mail of the port health unit: not in the hub's registry yet. The kiosk that sent the alert is %1.":
        "Téléphone et courriel du service de santé du point d'entrée : pas encore dans le registre du centre. "
        "Le poste qui a envoyé l'alerte est %1.",
    "sent this alert": "a envoyé cette alerte",
    "offline for %1": "hors ligne depuis %1",
    "online since %1": "en ligne depuis %1",
    "Early notice — assessment in progress": "Préavis — évaluation en cours",
    "assessment completed": "évaluation terminée",
    "ruled out at the kiosk": "écarté au poste",
    "screening abandoned": "dépistage abandonné",
}
