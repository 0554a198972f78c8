<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../window.py" line="44"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../window.py" line="45"/>
        <source>The answers given so far are saved. Go back to the home screen and resume the screening; if this happens again, tell the supervisor.</source>
        <translation>Les réponses déjà données sont enregistrées. Revenez à l'accueil et reprenez le dépistage ; si cela se reproduit, prévenez le superviseur.</translation>
    </message>
    <message>
        <location filename="../window.py" line="49"/>
        <source>Back to the home screen</source>
        <translation>Retour à l'accueil</translation>
    </message>
    <message>
        <location filename="../window.py" line="59"/>
        <source>Health screening — %1</source>
        <translation>Dépistage sanitaire — %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="139"/>
        <source>Enter your officer id and PIN.</source>
        <translation>Saisissez votre identifiant et votre code PIN.</translation>
    </message>
    <message>
        <location filename="../window.py" line="160"/>
        <source>Too many wrong PINs. This officer is locked until %1.</source>
        <translation>Trop de codes PIN erronés. Cet agent est bloqué jusqu'à %1.</translation>
    </message>
    <message>
        <location filename="../window.py" line="162"/>
        <source>Officer id or PIN is wrong.</source>
        <translation>Identifiant ou code PIN incorrect.</translation>
    </message>
    <message numerus="yes">
        <location filename="../window.py" line="164"/>
        <source>%n attempt(s) left before the lock.</source>
        <translation><numerusform>%n essai restant avant le blocage.</numerusform><numerusform>%n essais restants avant le blocage.</numerusform></translation>
    </message>
    <message>
        <location filename="../window.py" line="167"/>
        <source>Sign-in failed; try again.</source>
        <translation>La connexion a échoué ; réessayez.</translation>
    </message>
    <message>
        <location filename="../window.py" line="174"/>
        <source>The two PINs differ.</source>
        <translation>Les deux codes PIN sont différents.</translation>
    </message>
    <message>
        <location filename="../window.py" line="195"/>
        <source>Signed out after a period without activity.</source>
        <translation>Déconnecté après une période d'inactivité.</translation>
    </message>
    <message>
        <location filename="../window.py" line="232"/>
        <source>%1 — since %2</source>
        <translation>%1 — depuis %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../window.py" line="236"/>
        <source>Waiting for secondary screening: %n</source>
        <translation><numerusform>En attente du dépistage secondaire : %n</numerusform><numerusform>En attente du dépistage secondaire : %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../window.py" line="242"/>
        <source>An unfinished screening from %1 (%n answer(s)) can be resumed.</source>
        <translation><numerusform>Un dépistage inachevé de %1 (%n réponse) peut être repris.</numerusform><numerusform>Un dépistage inachevé de %1 (%n réponses) peut être repris.</numerusform></translation>
    </message>
    <message>
        <location filename="../window.py" line="267"/>
        <source>Discard this screening?</source>
        <translation>Abandonner ce dépistage ?</translation>
    </message>
    <message>
        <location filename="../window.py" line="268"/>
        <source>The unfinished answers will be marked abandoned.</source>
        <translation>Les réponses inachevées seront marquées comme abandonnées.</translation>
    </message>
    <message>
        <location filename="../window.py" line="268"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../window.py" line="268"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location filename="../window.py" line="292"/>
        <source>Internal error: %1</source>
        <translation>Erreur interne : %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="40"/>
        <source>Clear</source>
        <translation>Libre passage</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="40"/>
        <source>Advise</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="40"/>
        <source>Monitor</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="41"/>
        <source>Vaccinate</source>
        <translation>Vacciner</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="41"/>
        <source>Refer</source>
        <translation>Orienter</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="41"/>
        <source>Isolate</source>
        <translation>Isoler</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="240"/>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="240"/>
        <source>Clear date</source>
        <translation>Effacer la date</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="240"/>
        <source>Search country</source>
        <translation>Rechercher un pays</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="241"/>
        <source>Day the traveller left</source>
        <translation>Date de départ du pays</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="241"/>
        <source>Add country</source>
        <translation>Ajouter le pays</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="241"/>
        <source>No countries added</source>
        <translation>Aucun pays ajouté</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="263"/>
        <source>Scan with the document reader; nothing scanned yet.</source>
        <translation>Scannez avec le lecteur de documents ; rien n'est encore scanné.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="361"/>
        <source>Not enough answers yet</source>
        <translation>Pas encore assez de réponses</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="365"/>
        <source>Recommended so far: %1</source>
        <translation>Recommandation actuelle : %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="366"/>
        <source>No flags</source>
        <translation>Aucune alerte</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="374"/>
        <source>status: %1 · risk: %2</source>
        <translation>statut : %1 · risque : %2</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="376"/>
        <source>follow up until %1</source>
        <translation>suivi jusqu'au %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="404"/>
        <location filename="../controllers/screening.py" line="481"/>
        <source>Clear traveller ✓</source>
        <translation>Laisser passer ✓</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="406"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="408"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="422"/>
        <source>Please answer this question.</source>
        <translation>Veuillez répondre à cette question.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="423"/>
        <source>Some answers are missing.</source>
        <translation>Des réponses manquent.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="437"/>
        <source>Leave this screening?</source>
        <translation>Quitter ce dépistage ?</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="438"/>
        <source>The answers are kept: the screening can be resumed from the home screen.</source>
        <translation>Les réponses sont conservées : le dépistage peut être repris depuis l'accueil.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="439"/>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="439"/>
        <source>Stay</source>
        <translation>Rester</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="467"/>
        <source>The record is incomplete.</source>
        <translation>La fiche est incomplète.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="472"/>
        <source>Recommended: %1</source>
        <translation>Recommandation : %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="473"/>
        <source>No protocol raised a flag.</source>
        <translation>Aucun protocole n'a émis d'alerte.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="480"/>
        <source>Confirm: %1</source>
        <translation>Confirmer : %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="488"/>
        <source>A health officer decides on this traveller: send them to secondary screening.</source>
        <translation>Un agent de santé décide pour ce voyageur : orientez-le vers le dépistage secondaire.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="498"/>
        <source>Choose the disposition first.</source>
        <translation>Choisissez d'abord la décision.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="501"/>
        <source>A reason is required to change the recommendation.</source>
        <translation>Un motif est obligatoire pour modifier la recommandation.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="521"/>
        <source>Recorded: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="540"/>
        <source>Sent to secondary screening</source>
        <translation>Orienté vers le dépistage secondaire</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="551"/>
        <source>The decision could not be saved; the answers are kept. Try again.</source>
        <translation>La décision n'a pas pu être enregistrée ; les réponses sont conservées. Réessayez.</translation>
    </message>
</context>
<context>
    <name>DecisionView</name>
    <message>
        <location filename="../views/screening.py" line="233"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="252"/>
        <source>Send to secondary screening</source>
        <translation>Orienter vers le dépistage secondaire</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="259"/>
        <source>Or choose another disposition:</source>
        <translation>Ou choisissez une autre décision :</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="270"/>
        <source>Reason for changing the recommendation (required):</source>
        <translation>Motif du changement de recommandation (obligatoire) :</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="274"/>
        <source>Record this decision</source>
        <translation>Enregistrer cette décision</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="280"/>
        <source>Back to the questions</source>
        <translation>Retour aux questions</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <location filename="../views/screening.py" line="105"/>
        <source>Live flags</source>
        <translation>Alertes en direct</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../views/home.py" line="63"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="64"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="74"/>
        <source>Start screening</source>
        <translation>Commencer un dépistage</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="79"/>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="83"/>
        <source>Screened</source>
        <translation>Dépistés</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="83"/>
        <source>Flagged</source>
        <translation>Signalés</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="84"/>
        <source>Referred</source>
        <translation>Orientés</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="84"/>
        <source>Isolated</source>
        <translation>Isolés</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="98"/>
        <source>Waiting for secondary screening</source>
        <translation>En attente du dépistage secondaire</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="104"/>
        <source>Take next traveller</source>
        <translation>Prendre le voyageur suivant</translation>
    </message>
</context>
<context>
    <name>ScreeningView</name>
    <message>
        <location filename="../views/screening.py" line="146"/>
        <source>Traveller language:</source>
        <translation>Langue du voyageur :</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="155"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="189"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="192"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <location filename="../views/signin.py" line="31"/>
        <location filename="../views/signin.py" line="46"/>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="32"/>
        <location filename="../views/signin.py" line="70"/>
        <source>Officer id</source>
        <translation>Identifiant de l'agent</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="38"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="52"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="65"/>
        <source>Welcome: create the administrator</source>
        <translation>Bienvenue : créez l'administrateur</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="66"/>
        <source>No officer exists on this kiosk yet. The administrator adds the other officers after signing in.</source>
        <translation>Aucun agent n'existe encore sur ce poste. L'administrateur ajoute les autres agents après s'être connecté.</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="73"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="76"/>
        <source>PIN (4 to 12 digits)</source>
        <translation>Code PIN (4 à 12 chiffres)</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="79"/>
        <source>PIN again</source>
        <translation>Code PIN (confirmation)</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="87"/>
        <source>Create administrator</source>
        <translation>Créer l'administrateur</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../views/home.py" line="22"/>
        <source>Sign out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="33"/>
        <source>● online</source>
        <translation>● en ligne</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/home.py" line="33"/>
        <source>● online — %n queued</source>
        <translation><numerusform>● en ligne — %n en attente</numerusform><numerusform>● en ligne — %n en attente</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/home.py" line="36"/>
        <source>● offline — %n queued</source>
        <translation><numerusform>● hors ligne — %n en attente</numerusform><numerusform>● hors ligne — %n en attente</numerusform></translation>
    </message>
</context>
</TS>
