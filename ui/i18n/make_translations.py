"""Regenerate the French catalogues with pyside6-lupdate, fill in the French below, and compile them; the
same for Portuguese and Arabic from ``make_translations_pt.py`` and ``make_translations_ar.py``.

Three catalogues: ``kiosk_fr`` (the kiosk window, :data:`FRENCH`), ``hub_fr`` (the hub console,
``ui/hub/**``, :data:`HUB_FRENCH`) and ``trainer_fr`` (the trainer console, ``ui/trainer/**``,
:data:`TRAINER_FRENCH`; French only so far). Run: ``.venv/bin/python ui/i18n/make_translations.py``; it prints
every untranslated string, and every translation whose ``%1``/``%n`` placeholders differ from its
source, and then exits 1. Strings of the module-level ``tr()`` helpers (and ``QT_TR_NOOP``) land in the
context those helpers translate in: ``Kiosk``, ``HubConsole``, ``TrainerConsole``.
"""

from __future__ import annotations

import html
import importlib
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
UI = HERE.parent
SOURCES = [*sorted((UI / "views").glob("*.py")), UI / "window.py", UI / "answers.py",
           *sorted((UI / "controllers").glob("*.py"))]
HUB_SOURCES = [*sorted((UI / "hub").rglob("*.py")), UI.parent / "kiosk" / "hub" / "assessment.py"]
"""The console, and the core module whose refusals the console translates (marked with ``QT_TR_NOOP``)."""
TRAINER_SOURCES = sorted((UI / "trainer").rglob("*.py"))
PLACEHOLDER = re.compile(r"%(?:\d|n)")
Translations = dict[str, str | tuple[str, str]]
"""Source text → French; a pair (singular, plural) for a ``%n`` text."""

FRENCH = {
    # date pad, country search, answers refused (ui/views/datepad.py, ui/views/countries.py, ui/answers.py)
    "%1 is not a date": "%1 n'est pas une date",
    "Yesterday": "Hier",
    "%1 days ago": "Il y a %1 jours",
    "… days ago": "… jours avant",
    "day / month / year": "jour / mois / année",
    "Type the first letters of the country": "Tapez les premières lettres du pays",
    "No country matches": "Aucun pays ne correspond",
    "Remove": "Retirer",
    "years": "ans",
    "months": "mois",
    "%1 is in the future.": "%1 est dans le futur.",
    "%1 is too long ago.": "%1 est trop ancien.",
    "%1 is not a body temperature (%2 to %3 °C).": "%1 n'est pas une température corporelle (%2 à %3 °C).",
    "%1 is not an age (0 to %2 years).": "%1 n'est pas un âge (0 à %2 ans).",
    "%1 is outside %2 to %3 %4.": "%1 est hors de %2 à %3 %4.",
    "Some answers need correcting.": "Certaines réponses sont à corriger.",
    # window and screening controller
    "Something went wrong": "Un problème est survenu",
    "Health screening": "Dépistage sanitaire",
    "Starting…": "Démarrage…",
    "The answers given so far are saved. Go back to the home screen and resume the screening; if this happens "
    "again, tell the supervisor.": "Les réponses déjà données sont enregistrées. Revenez à l'accueil et reprenez "
    "le dépistage ; si cela se reproduit, prévenez le superviseur.",
    "Back to the home screen": "Retour à l'accueil",
    # an exercise started or ended from the trainer console (ui/controllers/exercise.py, ui/views/home.py)
    "Exercise “%1” started by the trainer: it begins with the next traveller. This traveller is screened as before.":
    "Exercice « %1 » lancé par le formateur : il commence avec le prochain voyageur. Ce voyageur-ci est dépisté "
    "comme avant.",
    "The trainer ended the exercise: screening is real again from the next traveller. This traveller stays an "
    "exercise traveller.": "Le formateur a terminé l'exercice : le dépistage redevient réel à partir du prochain "
    "voyageur. Ce voyageur-ci reste un voyageur d'exercice.",
    "EXERCISE alerts, not real (not in the counts above): waiting %1 · at the broker %2 · acknowledged %3 · "
    "refused %4": "Alertes d'EXERCICE, non réelles (hors des chiffres ci-dessus) : en attente %1 · au courtier %2 · "
    "accusées %3 · refusées %4",
    "This kiosk cannot start": "Ce poste ne peut pas démarrer",
    "Nothing has been changed. Tell the supervisor or the technician; they can restore the latest backup.":
    "Rien n'a été modifié. Prévenez le superviseur ou le technicien ; ils peuvent restaurer la dernière sauvegarde.",
    "Officer id or PIN is wrong, or this officer is locked after too many wrong PINs. Try again later, or ask a "
    "supervisor to lift the lock.": "Identifiant ou code PIN incorrect, ou agent bloqué après trop de codes PIN "
    "erronés. Réessayez plus tard, ou demandez à un superviseur de lever le blocage.",
    "Lift the lock": "Lever le blocage",
    "%1 can sign in again: the lock is lifted.": "%1 peut de nouveau se connecter : le blocage est levé.",
    "Health screening — %1": "Dépistage sanitaire — %1",
    "Enter your officer id and PIN.": "Saisissez votre identifiant et votre code PIN.",
    "Sign-in failed; try again.": "La connexion a échoué ; réessayez.",
    "The two PINs differ.": "Les deux codes PIN sont différents.",
    "Signed out after a period without activity.": "Déconnecté après une période d'inactivité.",
    "%1 — waiting %2 min (since %3)": "%1 — attente %2 min (depuis %3)",
    "Waiting for secondary screening: %n": ("En attente du dépistage secondaire : %n",
                                            "En attente du dépistage secondaire : %n"),
    "An unfinished screening from %1 (%n answer(s)) can be resumed.": (
        "Un dépistage inachevé de %1 (%n réponse) peut être repris.",
        "Un dépistage inachevé de %1 (%n réponses) peut être repris."),
    "Discard this screening?": "Abandonner ce dépistage ?",
    "The unfinished answers will be marked abandoned.": "Les réponses inachevées seront marquées comme abandonnées.",
    "Discard": "Abandonner",
    "Keep": "Garder",
    "Internal error: %1": "Erreur interne : %1",
    "Clear": "Libre passage",
    "Advise": "Conseiller",
    "Monitor": "Surveiller",
    "Vaccinate": "Vacciner",
    "Refer": "Orienter",
    "Isolate": "Isoler",
    "Today": "Aujourd'hui",
    "Clear date": "Effacer la date",
    "Search country": "Rechercher un pays",
    "Day the traveller left": "Date de départ du pays",
    "Add country": "Ajouter le pays",
    "No countries added": "Aucun pays ajouté",
    # history, alerts and slips views (another engineer's screens, translated here with the rest)
    "Referral slip %1: %2": "Fiche d'orientation %1 : %2",
    # the slip on screen when it was not printed (ui/views/slip.py, ui/window.py)
    "Referral slip %1 not printed: it is shown on screen. Print it later from Today's screenings.":
    "Fiche d'orientation %1 non imprimée : elle est affichée à l'écran. Imprimez-la plus tard depuis Dépistages "
    "du jour.",
    "The referral slip was not printed": "La fiche d'orientation n'a pas été imprimée",
    "Referral %1": "Orientation %1",
    "Referral slip QR code": "Code QR de la fiche d'orientation",
    "The receiving facility can photograph or scan this code with a phone: it carries the signed referral. Print "
    "the slip later from Today's screenings.": "L'établissement d'accueil peut photographier ou scanner ce code "
    "avec un téléphone : il contient l'orientation signée. Imprimez la fiche plus tard depuis Dépistages du jour.",
    "Close": "Fermer",
    # the decision refused (ui/controllers/screening.py)
    "Not recorded: the age (%1 years) and the birth date (%2, so %3 years at arrival) contradict each other. "
    "Correct the age or the birth date.": "Non enregistré : l'âge (%1 ans) et la date de naissance (%2, soit %3 ans "
    "à l'arrivée) se contredisent. Corrigez l'âge ou la date de naissance.",
    "Alerts to the surveillance hub": "Alertes vers le centre de surveillance",
    "Refused alerts": "Alertes refusées",
    "Not connected: no hub configured — %n queued": ("Non connecté : aucun centre configuré — %n en attente",
                                                     "Non connecté : aucun centre configuré — %n en attente"),
    "Online — %n not yet acknowledged by the hub": ("En ligne — %n pas encore accusée par le centre",
                                                    "En ligne — %n pas encore accusées par le centre"),
    "Offline — %n queued": ("Hors ligne — %n en attente", "Hors ligne — %n en attente"),
    "Waiting on this kiosk: %1 · at the broker: %2 · acknowledged: %3 · refused: %4": "En attente sur ce "
    "poste : %1 · chez le courtier : %2 · accusées : %3 · refusées : %4",
    "Last acknowledgement from the hub: %1": "Dernier accusé de réception du centre : %1",
    "No acknowledgement from the hub yet": "Aucun accusé de réception du centre pour l'instant",
    "Situation in force: %1": "Situation en vigueur : %1",
    "Refused alerts: %n": ("Alertes refusées : %n", "Alertes refusées : %n"),
    "Send again": "Renvoyer",
    "Send the refused alerts again?": "Renvoyer les alertes refusées ?",
    "%n alert(s) refused by the broker will be queued again. Do this only once the cause is fixed (for example "
    "the site broker's access list): otherwise the broker refuses them again.": (
        "%n alerte refusée par le courtier sera remise en file d'attente. Ne le faites qu'une fois la cause "
        "corrigée (par exemple la liste d'accès du courtier du site) : sinon le courtier la refusera à nouveau.",
        "%n alertes refusées par le courtier seront remises en file d'attente. Ne le faites qu'une fois la cause "
        "corrigée (par exemple la liste d'accès du courtier du site) : sinon le courtier les refusera à nouveau."),
    "%n refused alert(s) queued again.": ("%n alerte refusée remise en file d'attente.",
                                           "%n alertes refusées remises en file d'attente."),
    "No refused alert to send again.": "Aucune alerte refusée à renvoyer.",
    "Today's screenings": "Dépistages du jour",
    "Refresh": "Actualiser",
    "Time": "Heure",
    "Traveller": "Voyageur",
    "Protocol": "Protocole",
    "Alert to the hub": "Alerte au centre",
    "No screening completed today on this kiosk.": "Aucun dépistage terminé aujourd'hui sur ce poste.",
    "%n screening(s) completed today on this kiosk.": ("%n dépistage terminé aujourd'hui sur ce poste.",
                                                       "%n dépistages terminés aujourd'hui sur ce poste."),
    "Today's screenings, alerts and slips": "Dépistages, alertes et fiches du jour",
    # flag cards
    "Suspected case": "Cas suspect",
    "At risk (travel)": "À risque (voyage)",
    "Contact of a case": "Contact d'un cas",
    "No valid certificate": "Pas de certificat valide",
    "Fever without a known cause": "Fièvre sans cause connue",
    "High risk": "Risque élevé",
    "Some risk": "Risque modéré",
    "Low risk": "Risque faible",
    "No known risk": "Aucun risque connu",
    "Risk not known": "Risque inconnu",
    "Follow up until %1": "Suivi jusqu'au %1",
    # situation lists, secondary screening
    "%1: %2": "%1 : %2",
    "Affected areas": "Zones touchées",
    "%1 certificate: %2": "Certificat %1 : %2",
    "Certificate needed when coming from": "Certificat exigé en provenance de",
    "Situation in force": "Situation en vigueur",
    "was in %1": "a séjourné : %1",
    "Primary screening: %1": "Dépistage primaire : %1",
    "no answers": "aucune réponse",
    "Yellow fever": "Fièvre jaune",
    "Polio": "Poliomyélite",
    "COVID-19": "COVID-19",
    "Measles": "Rougeole",
    # document scanning
    "Scan an image file…": "Scanner un fichier image…",
    "Remove scan": "Retirer le scan",
    "Nothing scanned yet.": "Rien n'est encore scanné.",
    "Hold the document to the camera or the desk scanner.": "Présentez le document à la caméra ou au lecteur.",
    "No camera attached: use the desk scanner or scan an image file.": "Aucune caméra branchée : utilisez le "
    "lecteur de bureau ou scannez un fichier image.",
    "Camera on: hold the document up to it, or use the desk scanner.": "Caméra active : présentez-lui le "
    "document, ou utilisez le lecteur de bureau.",
    "Camera problem (%1): use the desk scanner or an image file.": "Problème de caméra (%1) : utilisez le "
    "lecteur de bureau ou un fichier image.",
    "Image of a document": "Image d'un document",
    "Reading the image…": "Lecture de l'image…",
    "No barcode or QR code was found in this image (read an MRZ with the desk scanner).": "Aucun code-barres ni "
    "code QR trouvé dans cette image (lisez une MRZ avec le lecteur de bureau).",
    "The scan could not be read.": "Le scan n'a pas pu être lu.",
    "Nothing read": "Rien n'a été lu",
    "This page does not take this document: scan it where it is asked for.": "Cette page ne prend pas ce "
    "document : scannez-le là où il est demandé.",
    "Not a recognised document": "Document non reconnu",
    "all check digits valid": "tous les chiffres de contrôle sont valides",
    "signature verified, all checks passed": "signature vérifiée, tous les contrôles réussis",
    "all checks passed": "tous les contrôles réussis",
    "not verified: %1": "non vérifié : %1",
    "no trust list on this kiosk": "aucune liste de confiance sur ce poste",
    "the signer is not on the trust list": "le signataire n'est pas dans la liste de confiance",
    "the issuer's keys are not pinned to the issuer": "les clés de l'émetteur ne sont pas rattachées à l'émetteur",
    "Treated as not shown: nothing was filled from this document.": "Considéré comme non présenté : rien n'a été "
    "rempli à partir de ce document.",
    "A paper certificate can be recorded in secondary screening.": "Un certificat papier peut être enregistré au "
    "dépistage secondaire.",
    "unreadable": "illisible",
    "Nothing was filled from this document.": "Rien n'a été rempli à partir de ce document.",
    "check failed: %1": "contrôle échoué : %1",
    "The document expired on %1.": "Le document a expiré le %1.",
    "leg %1 date inferred: %2 (day %3 of the year)": "date du segment %1 déduite : %2 (jour %3 de l'année)",
    "The document holds nothing this screening records.": "Le document ne contient rien que ce dépistage "
    "enregistre.",
    "The earlier scan is kept.": "Le scan précédent est conservé.",
    "Filled: %1": "Rempli : %1",
    "Kept what was typed: %1": "Saisie de l'agent conservée : %1",
    "Passport MRZ": "MRZ de passeport",
    "Visa MRZ": "MRZ de visa",
    "Identity card MRZ": "MRZ de carte d'identité",
    "Boarding pass": "Carte d'embarquement",
    "EU digital COVID certificate": "Certificat COVID numérique de l'UE",
    "WHO vaccination certificate": "Certificat de vaccination OMS",
    "SMART Health Card": "SMART Health Card",
    "Referral slip": "Fiche d'orientation",
    "surname": "nom",
    "given names": "prénoms",
    "born": "né(e) le",
    "sex": "sexe",
    "nationality": "nationalité",
    "document type": "type de document",
    "document number": "numéro du document",
    "issued by": "délivré par",
    "arrived by": "arrivé par",
    "carrier": "transporteur",
    "flight": "vol",
    "seat": "siège",
    "from": "de",
    "to": "à",
    "Not enough answers yet": "Pas encore assez de réponses",
    "Recommended so far: %1": "Recommandation actuelle : %1",
    "No flags": "Aucune alerte",
    "Clear traveller ✓": "Laisser passer ✓",
    "Finish": "Terminer",
    "Next": "Suivant",
    "Please answer this question.": "Veuillez répondre à cette question.",
    "Some answers are missing.": "Des réponses manquent.",
    "Leave this screening?": "Quitter ce dépistage ?",
    "The answers are kept: the screening can be resumed from the home screen.": "Les réponses sont conservées : "
    "le dépistage peut être repris depuis l'accueil.",
    "Leave": "Quitter",
    "Stay": "Rester",
    "The record is incomplete.": "La fiche est incomplète.",
    "Recommended: %1": "Recommandation : %1",
    "No protocol raised a flag.": "Aucun protocole n'a émis d'alerte.",
    "Confirm: %1": "Confirmer : %1",
    "A health officer decides on this traveller: send them to secondary screening.": "Un agent de santé décide "
    "pour ce voyageur : orientez-le vers le dépistage secondaire.",
    "Choose the disposition first.": "Choisissez d'abord la décision.",
    "Set aside the recommendation?": "Écarter la recommandation ?",
    "%1 sets aside: %2.\nReason: %3": "%1 écarte : %2.\nMotif : %3",
    "Set aside": "Écarter",
    "Go back": "Revenir",
    "Not recorded: the recommendation stands until you confirm.":
    "Non enregistré : la recommandation tient tant que vous ne confirmez pas.",
    "A reason is required to change the recommendation.": "Un motif est obligatoire pour modifier la "
    "recommandation.",
    "Recorded: %1": "Enregistré : %1",
    "Sent to secondary screening": "Orienté vers le dépistage secondaire",
    "The decision could not be saved; the answers are kept. Try again.": "La décision n'a pas pu être "
    "enregistrée ; les réponses sont conservées. Réessayez.",
    # views
    "Decision": "Décision",
    "Send to secondary screening": "Orienter vers le dépistage secondaire",
    "Or choose another disposition:": "Ou choisissez une autre décision :",
    "Reason for changing the recommendation (required):": "Motif du changement de recommandation (obligatoire) :",
    "Record this decision": "Enregistrer cette décision",
    "Back to the questions": "Retour aux questions",
    "Live flags": "Alertes en direct",
    "Resume": "Reprendre",
    "Start screening": "Commencer un dépistage",
    "Screened": "Dépistés",
    "Flagged": "Signalés",
    "Referred": "Orientés",
    "Isolated": "Isolés",
    "Waiting for secondary screening": "En attente du dépistage secondaire",
    "Take next traveller": "Prendre le voyageur suivant",
    "Traveller language:": "Langue du voyageur :",
    "Cancel": "Annuler",
    "Back": "Retour",
    "Sign in": "Connexion",
    "Officer id": "Identifiant de l'agent",
    "PIN": "Code PIN",
    "OK": "OK",
    "Welcome: create the administrator": "Bienvenue : créez l'administrateur",
    "No officer exists on this kiosk yet. The administrator adds the other officers after signing in.":
        "Aucun agent n'existe encore sur ce poste. L'administrateur ajoute les autres agents après s'être connecté.",
    "Full name": "Nom complet",
    "PIN (4 to 12 digits)": "Code PIN (4 à 12 chiffres)",
    "PIN again": "Code PIN (confirmation)",
    "Create administrator": "Créer l'administrateur",
    "Sign out": "Déconnexion",
    "● online": "● en ligne",
    "● online — %n queued": ("● en ligne — %n en attente", "● en ligne — %n en attente"),
    "● offline — %n queued": ("● hors ligne — %n en attente", "● hors ligne — %n en attente"),
    # exercises (window and home)
    "Start an exercise": "Lancer un exercice",
    "End the exercise": "Terminer l'exercice",
    "EXERCISE “%1” (%2) — training only: alerts go to the exercise channel and slips say they are not real":
        "EXERCICE « %1 » (%2) — formation uniquement : les alertes vont au canal d'exercice et les fiches "
        "indiquent qu'elles ne sont pas réelles",
    "TRAINING KIOSK — exercise mode: nothing screened here is real":
        "POSTE DE FORMATION — mode exercice : aucun dépistage ici n'est réel",
    "TEST MODE — nothing screened here is real": "MODE TEST — aucun dépistage ici n'est réel",
    "Name of the exercise (what the trainees will see):": "Nom de l'exercice (visible par les stagiaires) :",
    "End the exercise?": "Terminer l'exercice ?",
    "Screenings on this kiosk will be real again.": "Les dépistages sur ce poste seront de nouveau réels.",
    "Exercise “%1” started.": "Exercice « %1 » lancé.",
    "The exercise has ended: screenings are real again.":
        "L'exercice est terminé : les dépistages sont de nouveau réels.",
    # scanning controller
    "itinerary: %1": "itinéraire : %1",
    "%1 (left %2)": "%1 (quitté le %2)",
    # history controller
    "no alert": "pas d'alerte",
    "queued on this kiosk": "en attente sur ce poste",
    "at the broker": "chez le courtier MQTT",
    "acknowledged by the hub": "accusée par le centre",
    "refused (see home)": "refusée (voir l'accueil)",
    "not printed": "non imprimé",
    "printing…": "impression…",
    "printed": "imprimé",
    "saved as PDF": "enregistré en PDF",
    "failed": "échec",
    "The history could not be read: %1": "L'historique n'a pas pu être lu : %1",
    "Print": "Imprimer",
    "Reprint": "Réimprimer",
    # officers screen and controller
    "Officers": "Agents",
    "Officers of this kiosk": "Agents de ce poste",
    "Add an officer": "Ajouter un agent",
    "Role": "Rôle",
    "Add officer": "Ajouter l'agent",
    "Select an officer in the list": "Choisissez un agent dans la liste",
    "New PIN": "Nouveau code PIN",
    "New PIN again": "Nouveau code PIN (confirmation)",
    "Set new PIN": "Enregistrer le code PIN",
    "Deactivate": "Désactiver",
    "Reactivate": "Réactiver",
    "Choose the officer's role.": "Choisissez le rôle de l'agent.",
    "%1 (%2) added: they can sign in now.": "%1 (%2) ajouté : il peut se connecter dès maintenant.",
    "New PIN set for %1; any lock is lifted.": "Nouveau code PIN enregistré pour %1 ; tout blocage est levé.",
    "Deactivate this officer?": "Désactiver cet agent ?",
    "%1 will no longer be able to sign in. Their screenings stay in the records.":
        "%1 ne pourra plus se connecter. Ses dépistages restent dans les registres.",
    "%1 can sign in again.": "%1 peut de nouveau se connecter.",
    "%1 can no longer sign in.": "%1 ne peut plus se connecter.",
    "Screener": "Agent de dépistage",
    "Health officer": "Agent de santé",
    "Supervisor": "Superviseur",
    "Trainer": "Formateur",
    "Administrator": "Administrateur",
    "deactivated": "désactivé",
    "locked until %1": "bloqué jusqu'à %1",
    # early notice and repeat encounters
    "Extreme": "Extrême",
    "Severe": "Grave",
    "Moderate": "Modérée",
    "Minor": "Mineure",
    "Severity unknown": "Gravité inconnue",
    "%1 min ago": "il y a %1 min",
    "%1 h ago": "il y a %1 h",
    "%1 d ago": "il y a %1 j",
    "This document was screened at this kiosk %1 (%2): %3": "Ce document a été contrôlé à ce poste %1 (%2) : %3",
}


HUB_FRENCH: Translations = {
    # CAP urgency, severity and certainty (ui/hub/views/parts.py CAP_WORDS; urgence, gravité, certitude)
    "Immediate": "Immédiate", "Expected": "Attendue", "Future": "Future", "Past": "Passée",
    "Extreme": "Extrême", "Severe": "Grave", "Moderate": "Modérée", "Minor": "Mineure",
    "Observed": "Observée", "Likely": "Probable", "Possible": "Possible", "Unlikely": "Peu probable",
    "Unknown": "Inconnue",
    # refusals of the hub accounts (ui/hub/refusals.py)
    "Your role (%1) does not allow this.": "Votre rôle (%1) ne le permet pas.",
    "%1 is not in your jurisdiction.": "%1 n'est pas dans votre juridiction.",
    "Your account has changed: sign in again.": "Votre compte a changé : reconnectez-vous.",
    # window, top bar, tabs
    "Hub console": "Console du centre",
    "Hub console — %n new": ("Console du centre — %n nouvelle", "Console du centre — %n nouvelles"),
    "Surveillance hub · alert console": "Centre de surveillance · console des alertes",
    "Officer: %1": "Agent : %1",
    "%n new": ("%n nouvelle", "%n nouvelles"),
    "Actual alerts": "Alertes réelles",
    "Actual alerts  (%n new)": ("Alertes réelles  (%n nouvelle)", "Alertes réelles  (%n nouvelles)"),
    "Exercises and tests": "Exercices et tests",
    "Exercises and tests  (%n new)": ("Exercices et tests  (%n nouvelle)", "Exercices et tests  (%n nouvelles)"),
    "Report": "Rapport",
    "Kiosks": "Postes",
    # ingest health in the bar, quarantine tab (kiosk.hub.ingest, kiosk.hub.registry)
    "Quarantine": "Quarantaine",
    "Quarantine  (%n)": ("Quarantaine  (%n)", "Quarantaine  (%n)"),
    "%n in quarantine": ("%n en quarantaine", "%n en quarantaine"),
    "Ingest: no worker has reported": "Réception : aucun processus ne s'est signalé",
    "Ingest: %n worker(s) not reporting": ("Réception : %n processus ne se signale plus",
                                           "Réception : %n processus ne se signalent plus"),
    "Ingest: database unreachable, %n alert(s) waiting": (
        "Réception : base de données injoignable, %n alerte en attente",
        "Réception : base de données injoignable, %n alertes en attente"),
    "Ingest: broker not connected": "Réception : courtier MQTT non connecté",
    "Ingest: %n worker(s) OK · last commit %1": ("Réception : %n processus OK · dernier enregistrement %1",
                                                 "Réception : %n processus OK · dernier enregistrement %1"),
    "Reason": "Motif",
    "Size": "Taille",
    "Detail": "Détail",
    "%1 KB": "%1 Ko",
    "Kiosk not enrolled": "Poste non enregistré",
    "Topic disagrees with the alert": "Sujet MQTT en désaccord avec l'alerte",
    "Over the size limit": "Au-delà de la taille maximale",
    "Implausible sent time": "Heure d'envoi invraisemblable",
    "Not valid CAP 1.2": "CAP 1.2 non valide",
    "Status not accepted": "Statut non accepté",
    "Unreadable kiosk status": "État de poste illisible",
    "Messages the hub kept without storing them as alerts. A kiosk that is not enrolled sends its alerts again: "
    "once it is enrolled they arrive.": "Messages conservés par le centre sans être enregistrés comme alertes. Un "
    "poste non enregistré renvoie ses alertes : elles arrivent dès qu'il est enregistré.",
    "Nothing in quarantine": "Rien en quarantaine",
    "%n message(s) in quarantine": ("%n message en quarantaine", "%n messages en quarantaine"),
    # threads (Update and Cancel) and times
    "cancelled": "annulée",
    "%n update(s)": ("%n mise à jour", "%n mises à jour"),
    "Alert": "Alerte",
    "Update": "Mise à jour",
    "Cancel": "Annulation",
    "Flagged at the kiosk": "Signalée au poste",
    "Thread": "Fil",
    "The alert this refers to has not reached the hub.": "L'alerte à laquelle ce message se rapporte n'est pas "
    "parvenue au centre.",
    "sent %1": "envoyée %1",
    "received %1": "reçue %1",
    "Opening the hub database…": "Ouverture de la base de données du centre…",
    "Cannot open the hub database: %1": "Impossible d'ouvrir la base de données du centre : %1",
    "Updated %1": "Mis à jour à %1",
    "Cannot read the hub database (retrying): %1": "Lecture de la base de données du centre impossible "
    "(nouvel essai) : %1",
    "Your name (recorded with every triage change):": "Votre nom (enregistré à chaque changement de triage) :",
    "Export the report": "Exporter le rapport",
    "CSV files (*.csv)": "Fichiers CSV (*.csv)",
    "Saved %1": "Enregistré : %1",
    "en": "fr",
    # alert lists
    "EXERCISE AND TEST ALERTS — not real. They are never shown with actual alerts, never counted with them and "
    "never in the report.": "ALERTES D'EXERCICE ET DE TEST — non réelles. Elles ne sont jamais affichées avec les "
    "alertes réelles, jamais comptées avec elles et jamais dans le rapport.",
    "Show": "Afficher",
    "All": "Toutes",
    "Open (not closed)": "Ouvertes (non clôturées)",
    "Mark all as seen": "Tout marquer comme vu",
    "%n alert(s)": ("%n alerte", "%n alertes"),
    "the newest %1 alerts": "les %1 alertes les plus récentes",
    "kiosk %1": "poste %1",
    "Received": "Reçue",
    "Status": "Statut",
    "Point of entry": "Point d'entrée",
    "Protocol": "Protocole",
    "Risk": "Risque",
    "Disposition": "Décision",
    "Urgency · severity": "Urgence · gravité",
    "Triage": "Triage",
    # triage states, outcomes, CAP status
    "New": "Nouveau",
    "Acknowledged": "Pris en compte",
    "Investigating": "En investigation",  # "En cours d'investigation" does not fit the list at 1280 px
    "Closed": "Clôturé",
    "Confirmed case": "Cas confirmé",
    "Ruled out": "Écarté",
    "Lost to follow-up": "Perdu de vue",
    "Duplicate": "Doublon",
    "Actual": "Réel",
    "Exercise": "Exercice",
    "Test": "Test",
    "ACTUAL": "RÉELLE",
    # detail and triage panel
    "Select an alert to see its details and triage it.": "Sélectionnez une alerte pour voir son détail et la trier.",
    "CAP message": "Message CAP",
    "Sent": "Envoyée",
    "Kiosk": "Poste",
    "Recommended": "Recommandée",
    "Temperature": "Température",
    "Traveller": "Voyageur",
    "Follow-up until": "Suivi jusqu'au",
    "Certainty": "Certitude",
    "Situation": "Situation",
    "Protocols": "Protocoles",
    "Encounter": "Dépistage",
    "Identifier": "Identifiant",
    "Note": "Note",
    "risk %1": "risque %1",
    "The stored CAP message could not be read again: %1": "Le message CAP enregistré n'a pas pu être relu : %1",
    "Note (optional): what was done, who was called…": "Note (facultative) : ce qui a été fait, qui a été "
    "appelé…",
    "Outcome (needed to close)…": "Conclusion (pour clôturer)…",
    "Acknowledge": "Prendre en compte",
    "Investigate": "Investiguer",
    "Re-open": "Rouvrir",
    "Close": "Clôturer",
    "Add note": "Ajouter la note",
    "Note added.": "Note ajoutée.",
    "History": "Historique",
    "Not triaged yet.": "Pas encore triée.",
    "Now: %1": "État actuel : %1",
    "Now: %1 — %2, %3": "État actuel : %1 — %2, %3",
    "Recorded: %1.": "Enregistré : %1.",
    "Outcome: choose one to close the alert: %1": "Conclusion : choisissez-en une pour clôturer l'alerte : %1",
    "Note: at most %1 characters (%2 given)": "Note : %1 caractères au plus (%2 saisis)",
    # report
    "Today": "Aujourd'hui",
    "Last 7 days": "7 derniers jours",
    "Last 28 days": "28 derniers jours",
    "Export CSV…": "Exporter en CSV…",
    "%n actual alert(s) received from %1 to %2 UTC": ("%n alerte réelle reçue du %1 au %2 UTC",
                                                       "%n alertes réelles reçues du %1 au %2 UTC"),
    "Not counted above: %1 exercise and %2 test alert(s) in the same period.": "Non comptées ci-dessus : "
    "%1 alerte(s) d'exercice et %2 de test sur la même période.",
    "Closed: %1": "Clôturées : %1",
    "Alerts by protocol and point of entry": "Alertes par protocole et point d'entrée",
    "Total": "Total",
    # kiosks
    "Kiosks: %1 online · %2 offline": "Postes : %1 en ligne · %2 hors ligne",
    "No kiosk has reported yet": "Aucun poste ne s'est encore signalé",
    "Each kiosk says online when it connects; the broker says offline for it when it vanishes (power or "
    "network cut).": "Chaque poste se déclare en ligne à sa connexion ; le courtier MQTT le déclare hors ligne "
    "quand il disparaît (coupure de courant ou de réseau).",
    "State": "État",
    "Since": "Depuis",
    "Situation in force": "Situation en vigueur",
    "Mode": "Mode",
    "Online": "En ligne",
    "Offline": "Hors ligne",
    "%1 min": "%1 min",
    "%1 h": "%1 h",
    "%1 days": "%1 jours",
    # trends page: charts per point of entry, line list, exports (ui/hub/views/trends.py, ui/hub/trends.py)
    "Trends": "Tendances",
    "Last %1 days": "%1 derniers jours",
    "Figures CSV…": "Chiffres CSV…",
    "Line list CSV…": "Liste linéaire CSV…",
    "PDF…": "PDF…",
    "DHIS2…": "DHIS2…",
    "Reference": "Référence",
    "Flagged (UTC)": "Signalée (UTC)",
    "Received (UTC)": "Reçue (UTC)",
    "Urgency": "Urgence",
    "%n actual alert(s) received from %1 to %2 (UTC days)": (
        "%n alerte réelle reçue du %1 au %2 (jours UTC)", "%n alertes réelles reçues du %1 au %2 (jours UTC)"),
    "%1 travellers screened": "%1 voyageurs dépistés",
    "travellers screened: not available": "voyageurs dépistés : non disponible",
    "No alert in this period": "Aucune alerte sur cette période",
    "%1 · %n alert(s)": ("%1 · %n alerte", "%1 · %n alertes"),
    "All protocols": "Tous les protocoles",
    "Line list: the newest %1 of %2 alerts (every one is in the CSV export)":
        "Liste linéaire : les %1 plus récentes des %2 alertes (toutes sont dans l'export CSV)",
    "Line list: %n alert(s)": ("Liste linéaire : %n alerte", "Liste linéaire : %n alertes"),
    "DHIS2 mapping file": "Fichier de correspondance DHIS2",
    "Mapping files (*.yaml *.yml *.json)": "Fichiers de correspondance (*.yaml *.yml *.json)",
    "PDF files (*.pdf)": "Fichiers PDF (*.pdf)",
    "JSON files (*.json)": "Fichiers JSON (*.json)",
    # IHR assessment (ui/hub/views/assessment.py, ui/hub/assessment_desk.py, kiosk/hub/assessment.py);
    # the four questions in the words of the French text of the IHR (2005), Annex 2
    "Is the public health impact of the event serious?":
        "Les répercussions de l'événement sur la santé publique sont-elles graves ?",
    "Is the event unusual or unexpected?": "L'événement est-il inhabituel ou inattendu ?",
    "Is there a significant risk of international spread?": "Y a-t-il un risque important de propagation "
    "internationale ?",
    "Is there a significant risk of international travel or trade restrictions?": "Y a-t-il un risque important "
    "de restrictions aux voyages internationaux ou au commerce international ?",
    "IHR assessment": "Évaluation RSI",
    "IHR assessment — %1": "Évaluation RSI — %1",
    "IHR assessment  (%n)": ("Évaluation RSI  (%n)", "Évaluation RSI  (%n)"),
    "Awaiting assessment": "En attente d'évaluation",
    "Awaiting an IHR assessment: %n": ("En attente d'une évaluation RSI : %n", "En attente d'une évaluation RSI : %n"),
    "Alerts whose disease the IHR Annex 2 instrument covers, with no outcome yet. Choose one to assess it, or "
    "open an alert and choose “IHR assessment”.": "Alertes dont la maladie relève de l'instrument de l'annexe 2 "
    "du RSI, sans décision pour l'instant. Choisissez-en une pour l'évaluer, ou ouvrez une alerte et choisissez "
    "« Évaluation RSI ».",
    "Assigned to": "Attribuée à",
    "24 h clock": "Délai de 24 h",
    "← Back to the alert": "← Retour à l'alerte",
    "Always notifiable (IHR Annex 2): a case is notified whatever the answers.":
        "Toujours à notifier (RSI, annexe 2) : un cas est notifié quelles que soient les réponses.",
    "Assessment needed: this disease is always assessed with the IHR Annex 2 instrument.":
        "Évaluation nécessaire : cette maladie est toujours évaluée avec l'instrument de l'annexe 2 du RSI.",
    "The protocol does not call for an Annex 2 assessment; it can still be assessed.":
        "Le protocole ne demande pas d'évaluation selon l'annexe 2 ; elle reste possible.",
    "Assignment": "Attribution",
    "Officer to assign": "Agent à désigner",
    "Me": "Moi",
    "Assign": "Attribuer",
    "Not assigned yet.": "Pas encore attribuée.",
    "Assigned to %1": "Attribuée à %1",
    "1. Verification: does the alert meet the case definition?":
        "1. Vérification : l'alerte répond-elle à la définition de cas ?",
    "Yes, meets it": "Oui, elle y répond",
    "No": "Non",
    "Unknown yet": "Pas encore connu",
    "Yes": "Oui",
    "Rationale: what was checked, with whom": "Justification : ce qui a été vérifié, avec qui",
    "Record the verification": "Enregistrer la vérification",
    "Not verified yet.": "Pas encore vérifiée.",
    "Verified: %1": "Vérifiée : %1",
    "2. Risk assessment: the four questions of IHR Annex 2":
        "2. Évaluation du risque : les quatre questions de l'annexe 2 du RSI",
    "Rationale": "Justification",
    "Record the risk assessment": "Enregistrer l'évaluation du risque",
    "%1 of 4 answered yes (two or more: notify).": "%1 sur 4 avec « oui » (deux ou plus : notifier).",
    "Two or more yes: the instrument recommends notification.":
        "Deux « oui » ou plus : l'instrument recommande la notification.",
    "Risk assessed: %1 of 4 yes": "Risque évalué : %1 « oui » sur 4",
    "3. Outcome": "3. Décision",
    "Monitor": "Surveiller",
    "Respond": "Intervenir",
    "Notify the National IHR Focal Point": "Notifier le point focal national RSI",
    "Reason (needed when the outcome differs from the recommendation)":
        "Motif (nécessaire si la décision diffère de la recommandation)",
    "Record the outcome": "Enregistrer la décision",
    "Outcome: %1": "Décision : %1",
    "Against the recommendation: %1": "Contre la recommandation : %1",
    "Recommended: notify the National IHR Focal Point (always-notifiable disease, IHR Annex 2).":
        "Recommandé : notifier le point focal national RSI (maladie toujours à notifier, RSI, annexe 2).",
    "Not a case: no notification recommended.": "Pas un cas : aucune notification recommandée.",
    "The recommendation follows from the four answers.": "La recommandation découle des quatre réponses.",
    "Recommended: notify the National IHR Focal Point (%1 of 4 yes, IHR Annex 2).":
        "Recommandé : notifier le point focal national RSI (%1 « oui » sur 4, RSI, annexe 2).",
    "Not recommended to notify (%1 of 4 yes, IHR Annex 2).":
        "Notification non recommandée (%1 « oui » sur 4, RSI, annexe 2).",
    "(by %1, %2)": "(par %1, %2)",
    "Nothing recorded yet.": "Rien d'enregistré pour l'instant.",
    "Recorded.": "Enregistré.",
    "%1 h %2 min": "%1 h %2 min",
    "24 h clock: starts when the alert is verified": "Délai de 24 h : démarre à la vérification de l'alerte",
    "Decided %1 after the 24 h": "Décidé %1 après les 24 h",
    "Decided with %1 to spare": "Décidé avec %1 d'avance",
    "OVERDUE by %1 · notify by %2": "EN RETARD de %1 · notifier avant le %2",
    "%1 left · notify by %2": "Reste %1 · notifier avant le %2",
    "IHR assessment: outcome recorded (%1).": "Évaluation RSI : décision enregistrée (%1).",
    "IHR Annex 2: assessment needed": "RSI, annexe 2 : évaluation nécessaire",
    "IHR assessment started": "Évaluation RSI commencée",
    "Enter the officer the alert is assigned to.": "Indiquez l'agent à qui l'alerte est attribuée.",
    "Choose yes, no or unknown.": "Choisissez oui, non ou pas encore connu.",
    "Write the rationale.": "Écrivez la justification.",
    "At most %1 characters (%2 given).": "Au plus %1 caractères (%2 saisis).",
    "Verify the alert before its risk assessment.": "Vérifiez l'alerte avant d'en évaluer le risque.",
    "The alert does not meet the case definition: verify it again before a risk assessment.":
        "L'alerte ne répond pas à la définition de cas : vérifiez-la de nouveau avant une évaluation du risque.",
    "Answer yes or no.": "Répondez oui ou non.",
    "Verify the alert before its outcome.": "Vérifiez l'alerte avant la décision.",
    "Answer the four Annex 2 questions before the outcome.":
        "Répondez aux quatre questions de l'annexe 2 avant la décision.",
    "Choose monitor, respond or notify.": "Choisissez surveiller, intervenir ou notifier.",
    "The Annex 2 instrument recommends notifying the National IHR Focal Point: give the reason for another "
    "outcome.": "L'instrument de l'annexe 2 recommande de notifier le point focal national RSI : donnez le motif "
    "d'une autre décision.",
    "The Annex 2 instrument does not recommend notification: give the reason for notifying.":
        "L'instrument de l'annexe 2 ne recommande pas la notification : donnez le motif de la notification.",
    "%1 recorded a step at %2 UTC since you looked; look at the assessment again.":
        "%1 a enregistré une étape à %2 UTC depuis votre consultation ; regardez de nouveau l'évaluation.",
    "Another console recorded a step at the same moment; look at the assessment again.":
        "Une autre console a enregistré une étape au même moment ; regardez de nouveau l'évaluation.",
    # the core's refusals shown in the console (ui/hub/refusals.py)
    "Officer": "Agent",
    "Outcome": "Conclusion",
    "%1: %2": "%1 : %2",
    "enter the surveillance officer's name": "saisissez le nom de l'agent de surveillance",
    "at most %1 characters (%2 given)": "au plus %1 caractères (%2 saisis)",
    "the name contains control characters": "le nom contient des caractères de contrôle",
    "an alert that is %1 cannot become %2": "une alerte « %1 » ne peut pas passer à « %2 »",
    "write the note to add": "écrivez la note à ajouter",
    "an outcome is recorded only when the alert is closed": "une conclusion n'est enregistrée qu'à la clôture "
    "de l'alerte",
    "Another officer changed this alert since you looked; look at it again before changing it.":
        "Un autre agent a modifié cette alerte depuis votre consultation ; regardez-la de nouveau avant de la "
        "modifier.",
    "The alert is now %1 by %2 at %3 UTC; look at it again before changing it.":
        "L'alerte est maintenant « %1 » par %2 à %3 UTC ; regardez-la de nouveau avant de la modifier.",
    "Dismiss": "Fermer",
    "Something went wrong (%1). Everything recorded is saved and the console keeps running; the details are in "
    "the crash log. If it happens again, tell the hub's technician.": "Un problème est survenu (%1). Tout ce qui "
    "a été enregistré est conservé et la console continue de fonctionner ; le détail est dans le journal "
    "d'incidents. Si cela se reproduit, prévenez le technicien du centre.",
    "This alert is not in the hub database.": "Cette alerte n'est pas dans la base de données du centre.",
    "%1 may not assign an alert.": "%1 n'a pas le droit d'attribuer une alerte.",
    "%1 may not verify an alert.": "%1 n'a pas le droit de vérifier une alerte.",
    "%1 may not assess the risk of an alert.": "%1 n'a pas le droit d'évaluer le risque d'une alerte.",
    "%1 may not record the outcome of an assessment.": "%1 n'a pas le droit d'enregistrer la décision d'une "
    "évaluation.",
    "You are not allowed to do this.": "Vous n'êtes pas autorisé à faire cela.",
}
sys.path.insert(0, str(HERE))
from make_translations_hubfind import HUB_FIND_FRENCH  # noqa: E402 (beside this file)

HUB_FRENCH |= HUB_FIND_FRENCH

TRAINER_FRENCH: Translations = {
    "Officers taking part": "Agents participants",
    "#": "N°",
    "Add the note": "Ajouter la note",
    "After-action report: %1": "Rapport après action : %1",
    "Decision": "Décision",
    "End the exercise and write the report": "Terminer l'exercice et rédiger le rapport",
    "Exercise %1 ended: %2 % of the injects as expected, %3.":
    "Exercice %1 terminé : %2 % des injects conformes à l'attendu, %3.",
    "Exercise %1 · %2 · %3": "Exercice %1 · %2 · %3",
    "Expected": "Attendu",
    "No exercise is running on this kiosk. Choose a scenario and start it.":
    "Aucun exercice en cours sur ce poste. Choisissez un scénario et lancez-le.",
    "Observation": "Observation",
    "Observer note": "Note de l'observateur",
    "Pause": "Pause",
    "Release the next inject": "Envoyer l'inject suivant",
    "Release the selected inject": "Envoyer l'inject sélectionné",
    "Result": "Résultat",
    "Resume": "Reprendre",
    "Scenario:": "Scénario :",
    "Select the inject to release in the table first.": "Sélectionnez d'abord dans le tableau l'inject à envoyer.",
    "Since release": "Depuis l'envoi",
    "Something went wrong: %1": "Un problème est survenu : %1",
    "Start the exercise": "Lancer l'exercice",
    "Status": "État",
    "Strength": "Point fort",
    "Time to decision": "Délai de décision",
    "To improve": "À améliorer",
    "Trainer console · simulation exercise": "Console du formateur · exercice de simulation",
    "Traveller": "Voyageur",
    "WRONG": "ERRONÉ",
    "being screened": "en dépistage",
    "correct": "correct",
    "decided": "décidé",
    "not passed": "non réussi",
    "not released": "non envoyé",
    "passed": "réussi",
    "paused": "en pause",
    "running": "en cours",
    # roster, live progress, pauses, past exercises (ui/trainer/window.py, ui/trainer/history.py)
    "Step": "Étape",
    "not started at the kiosk": "pas encore commencé au poste",
    "waiting for secondary screening": "attend le dépistage secondaire",
    "primary": "primaire",
    "secondary": "secondaire",
    "Officers taking part:": "Agents participants :",
    "Tick the officers taking part first.": "Cochez d'abord les agents participants.",
    "Officers taking part: %1": "Agents participants : %1",
    "none chosen": "aucun choisi",
    "paused: the clocks are stopped": "en pause : les chronomètres sont arrêtés",
    "Exercise": "Exercice",
    "Past exercises": "Exercices passés",
    "Past exercises on this kiosk (exercise data only: no real screening)":
    "Exercices passés sur ce poste (données d'exercice seulement : aucun dépistage réel)",
    "Scenario": "Scénario",
    "Ended": "Terminé le",
    "Officers": "Agents",
    "Score": "Score",
    "Open the report (PDF)": "Ouvrir le rapport (PDF)",
    "Open the report (JSON)": "Ouvrir le rapport (JSON)",
    "no scenario": "sans scénario",
    "This exercise was run from the kiosk's own button: it has no scenario and no report.":
    "Cet exercice a été lancé par le bouton du poste : il n'a ni scénario ni rapport.",
    "The report %1 is no longer there (moved or deleted).": "Le rapport %1 n'est plus là (déplacé ou supprimé).",
    "No program on this computer opens %1.": "Aucun programme de cet ordinateur n'ouvre %1.",
    "Opened %1.": "%1 ouvert.",
}


HUB_ACCOUNTS_FRENCH = {
    # sign-in, roles, sign-out (ui/hub/signin.py, ui/hub/window.py)
    "Surveillance officer": "Agent de surveillance",
    "Supervisor": "Superviseur",
    "Read-only": "Lecture seule",
    "Administrator": "Administrateur",
    "This account is locked after %1 wrong passwords until %2. Try again then, or ask an administrator to unlock "
    "it.": "Ce compte est verrouillé après %1 mots de passe erronés jusqu'à %2. Réessayez ensuite, ou demandez à "
    "un administrateur de le déverrouiller.",
    "This account is disabled. Ask an administrator.": "Ce compte est désactivé. Adressez-vous à un administrateur.",
    "User id or password is wrong.": "Identifiant ou mot de passe erroné.",
    "Cannot sign in: %1": "Connexion impossible : %1",
    "Sign in with your hub account. Every triage change is recorded under it.":
        "Connectez-vous avec votre compte du centre. Chaque changement de triage est enregistré à votre nom.",
    "User id": "Identifiant",
    "Password": "Mot de passe",
    "Sign in": "Se connecter",
    "Enter your user id and password.": "Saisissez votre identifiant et votre mot de passe.",
    "Signing in…": "Connexion…",
    "Signed in: %1 (%2)": "Connecté : %1 (%2)",
    "Sign out": "Se déconnecter",
}


sys.path.insert(0, str(HERE))
import make_translations_a11y as a11y  # noqa: E402

FRENCH.update(a11y.texts("fr"))
TRAINER_FRENCH.update(a11y.TRAINER_FRENCH)


@dataclass(frozen=True)
class Catalogue:
    name: str
    context: str
    sources: list[Path]
    french: Translations


sys.path.insert(0, str(HERE))
from hub_reports_fr import HUB_REPORTS_FRENCH, KIOSK_REPORTS_FRENCH  # noqa: E402  (reporting, follow-up)

HUB_FRENCH.update({k: v for k, v in HUB_REPORTS_FRENCH.items() if k not in HUB_FRENCH})  # the console's own win
FRENCH.update({k: v for k, v in KIOSK_REPORTS_FRENCH.items() if k not in FRENCH})
CATALOGUES = (Catalogue("kiosk", "Kiosk", SOURCES, FRENCH), Catalogue("hub", "HubConsole", HUB_SOURCES, HUB_FRENCH | HUB_ACCOUNTS_FRENCH),
              Catalogue("trainer", "TrainerConsole", TRAINER_SOURCES, TRAINER_FRENCH))
MORE_LANGUAGES = {"pt": ("pt_PT", "make_translations_pt"), "ar": ("ar", "make_translations_ar")}
"""Portuguese and Arabic (``make_translations_<lang>.py``: ``KIOSK`` and ``HUB``). French is the reference
translation kept in step with every change (a gap fails); a gap in these is reported and falls back to
English on screen until someone fills it in."""


def translations(language: str) -> tuple[str, dict[str, Translations]]:
    """The Qt target language and the texts per catalogue of one of :data:`MORE_LANGUAGES`."""
    target, module_name = MORE_LANGUAGES[language]
    sys.path.insert(0, str(HERE))
    module = importlib.import_module(module_name)
    return target, {"kiosk": {**module.KIOSK, **a11y.texts(language)}, "hub": module.HUB}


def fill(ts: str, french_texts: Translations) -> tuple[str, list[str]]:
    """The .ts with the French filled in, and the problems: untranslated sources, placeholders that differ."""
    problems: list[str] = []

    def message(match: re.Match[str]) -> str:
        block = match.group(0)
        source = html.unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
        french = french_texts.get(source)
        if french is None:
            problems.append(f"untranslated: {source!r}")
            return block
        forms = french if isinstance(french, tuple) else (french,)
        if any(sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)) for form in forms):
            problems.append(f"placeholders differ: {source!r} → {french!r}")
        if isinstance(french, tuple):
            numerus = "".join(f"<numerusform>{html.escape(form, quote=False)}</numerusform>" for form in forms)
            translation = f"<translation>{numerus}</translation>"
            if 'numerus="yes"' not in block:  # a plural passed through a module-level tr(text, n) helper
                block = block.replace("<message>", '<message numerus="yes">', 1)
        else:
            translation = f"<translation>{html.escape(french, quote=False)}</translation>"
        return re.sub(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", translation, block, flags=re.S)

    return re.sub(r"<message[^>]*>.*?</message>", message, ts, flags=re.S), problems


def one_context(ts: str, context: str) -> str:
    """The helpers' strings (no context) and the explicitly named ones in one ``context``."""
    text = ts.replace("<name></name>", f"<name>{context}</name>")
    return re.sub(rf"\s*</context>\s*<context>\s*<name>{context}</name>", "", text)


def build(catalogue: Catalogue, lupdate: str, lrelease: str, language: str = "fr", target: str = "fr_FR",
          texts: Translations | None = None) -> list[str]:
    """Write ``<name>_<language>.ts`` and ``.qm``; the problems found."""
    ts_path = HERE / f"{catalogue.name}_{language}.ts"
    ts_path.unlink(missing_ok=True)
    subprocess.run([lupdate, *map(str, catalogue.sources), "-target-language", target, "-no-obsolete", "-ts",
                    str(ts_path)], check=True, capture_output=True)
    text, problems = fill(one_context(ts_path.read_text(encoding="utf-8"), catalogue.context),
                          catalogue.french if texts is None else texts)
    ts_path.write_text(text, encoding="utf-8")
    subprocess.run([lrelease, str(ts_path), "-qm", str(HERE / f"{catalogue.name}_{language}.qm")], check=True,
                   capture_output=True)
    return [f"{catalogue.name}_{language}: {problem}" for problem in problems]


def main() -> int:
    bin_dir = Path(sys.executable).parent
    lupdate = shutil.which("pyside6-lupdate", path=str(bin_dir)) or "pyside6-lupdate"
    lrelease = shutil.which("pyside6-lrelease", path=str(bin_dir)) or "pyside6-lrelease"
    problems = [problem for catalogue in CATALOGUES for problem in build(catalogue, lupdate, lrelease)]
    for language in MORE_LANGUAGES:
        target, texts = translations(language)
        for catalogue in CATALOGUES:
            if catalogue.name not in texts:
                continue  # not translated into this language yet: the console shows English
            gaps = build(catalogue, lupdate, lrelease, language, target, texts[catalogue.name])
            problems += [gap for gap in gaps if "placeholders differ" in gap]
            for gap in gaps:
                if "placeholders differ" not in gap:
                    print(f"{gap} (shown in English until translated)", file=sys.stderr)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
