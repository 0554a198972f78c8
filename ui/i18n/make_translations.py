"""Regenerate ``kiosk_fr.ts`` with pyside6-lupdate, fill in the French below, and compile ``kiosk_fr.qm``.

Run: ``.venv/bin/python ui/i18n/make_translations.py``. Strings of the module-level ``tr()`` helpers
land in the ``Kiosk`` context (the context those helpers translate in).
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
UI = HERE.parent
SOURCES = [*sorted((UI / "views").glob("*.py")), UI / "window.py", UI / "controllers" / "screening.py"]

FRENCH = {
    # window and screening controller
    "Something went wrong": "Un problème est survenu",
    "The answers given so far are saved. Go back to the home screen and resume the screening; if this happens "
    "again, tell the supervisor.": "Les réponses déjà données sont enregistrées. Revenez à l'accueil et reprenez "
    "le dépistage ; si cela se reproduit, prévenez le superviseur.",
    "Back to the home screen": "Retour à l'accueil",
    "Health screening — %1": "Dépistage sanitaire — %1",
    "Enter your officer id and PIN.": "Saisissez votre identifiant et votre code PIN.",
    "Too many wrong PINs. This officer is locked until %1.": "Trop de codes PIN erronés. Cet agent est bloqué "
    "jusqu'à %1.",
    "Officer id or PIN is wrong.": "Identifiant ou code PIN incorrect.",
    "%n attempt(s) left before the lock.": ("%n essai restant avant le blocage.", "%n essais restants avant le blocage."),
    "Sign-in failed; try again.": "La connexion a échoué ; réessayez.",
    "The two PINs differ.": "Les deux codes PIN sont différents.",
    "Signed out after a period without activity.": "Déconnecté après une période d'inactivité.",
    "%1 — since %2": "%1 — depuis %2",
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
    "Scan with the document reader; nothing scanned yet.": "Scannez avec le lecteur de documents ; rien n'est "
    "encore scanné.",
    "Not enough answers yet": "Pas encore assez de réponses",
    "Recommended so far: %1": "Recommandation actuelle : %1",
    "No flags": "Aucune alerte",
    "status: %1 · risk: %2": "statut : %1 · risque : %2",
    "follow up until %1": "suivi jusqu'au %1",
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
}


def fill(ts: str) -> tuple[str, list[str]]:
    missing: list[str] = []

    def message(match: re.Match[str]) -> str:
        block = match.group(0)
        source = html.unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
        french = FRENCH.get(source)
        if french is None:
            missing.append(source)
            return block
        if isinstance(french, tuple):
            forms = "".join(f"<numerusform>{html.escape(form, quote=False)}</numerusform>" for form in french)
            translation = f"<translation>{forms}</translation>"
            if 'numerus="yes"' not in block:  # a plural passed through a module-level tr(text, n) helper
                block = block.replace("<message>", '<message numerus="yes">', 1)
        else:
            translation = f"<translation>{html.escape(french, quote=False)}</translation>"
        return re.sub(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", translation, block, flags=re.S)

    return re.sub(r"<message[^>]*>.*?</message>", message, ts, flags=re.S), missing


def main() -> int:
    bin_dir = Path(sys.executable).parent
    ts_path = HERE / "kiosk_fr.ts"
    ts_path.unlink(missing_ok=True)
    lupdate = shutil.which("pyside6-lupdate", path=str(bin_dir)) or "pyside6-lupdate"
    lrelease = shutil.which("pyside6-lrelease", path=str(bin_dir)) or "pyside6-lrelease"
    subprocess.run([lupdate, *map(str, SOURCES), "-target-language", "fr_FR", "-no-obsolete", "-ts", str(ts_path)],
                   check=True, capture_output=True)
    text = ts_path.read_text(encoding="utf-8").replace("<name></name>", "<name>Kiosk</name>")
    text, missing = fill(text)
    ts_path.write_text(text, encoding="utf-8")
    subprocess.run([lrelease, str(ts_path), "-qm", str(HERE / "kiosk_fr.qm")], check=True, capture_output=True)
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
