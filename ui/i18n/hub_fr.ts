<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>HubConsole</name>
    <message>
        <location filename="../hub/dialogs.py" line="15"/>
        <location filename="../hub/dialogs.py" line="25"/>
        <location filename="../hub/window.py" line="324"/>
        <source>Hub console</source>
        <translation>Console du centre</translation>
    </message>
    <message>
        <location filename="../hub/dialogs.py" line="15"/>
        <source>Your name (recorded with every triage change):</source>
        <translation>Votre nom (enregistré à chaque changement de triage) :</translation>
    </message>
    <message>
        <location filename="../hub/dialogs.py" line="20"/>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../hub/dialogs.py" line="20"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="43"/>
        <location filename="../hub/views/detail.py" line="41"/>
        <location filename="../hub/views/quarantine.py" line="19"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="43"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="44"/>
        <location filename="../hub/views/detail.py" line="42"/>
        <location filename="../hub/views/follow_up.py" line="28"/>
        <location filename="../hub/views/kiosks.py" line="24"/>
        <location filename="../hub/views/reporting.py" line="27"/>
        <source>Point of entry</source>
        <translation>Point d'entrée</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="44"/>
        <location filename="../hub/views/detail.py" line="44"/>
        <location filename="../hub/views/follow_up.py" line="28"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="44"/>
        <location filename="../hub/views/detail.py" line="45"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="45"/>
        <location filename="../hub/views/detail.py" line="46"/>
        <source>Disposition</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="45"/>
        <source>Urgency · severity</source>
        <translation>Urgence · gravité</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="46"/>
        <location filename="../hub/views/detail.py" line="148"/>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="48"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="48"/>
        <source>Open (not closed)</source>
        <translation>Ouvertes (non clôturées)</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="48"/>
        <location filename="../hub/views/parts.py" line="108"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="49"/>
        <location filename="../hub/views/parts.py" line="108"/>
        <source>Acknowledged</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="49"/>
        <location filename="../hub/views/parts.py" line="108"/>
        <source>Investigating</source>
        <translation>En investigation</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="50"/>
        <location filename="../hub/views/follow_up.py" line="36"/>
        <location filename="../hub/views/parts.py" line="109"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="67"/>
        <source>EXERCISE AND TEST ALERTS — not real. They are never shown with actual alerts, never counted with them and never in the report.</source>
        <translation>ALERTES D'EXERCICE ET DE TEST — non réelles. Elles ne sont jamais affichées avec les alertes réelles, jamais comptées avec elles et jamais dans le rapport.</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="85"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="94"/>
        <source>Mark all as seen</source>
        <translation>Tout marquer comme vu</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/alerts.py" line="148"/>
        <source>%n alert(s)</source>
        <translation><numerusform>%n alerte</numerusform><numerusform>%n alertes</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="150"/>
        <source>the newest %1 alerts</source>
        <translation>les %1 alertes les plus récentes</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/alerts.py" line="152"/>
        <location filename="../hub/window.py" line="325"/>
        <source>%n new</source>
        <translation><numerusform>%n nouvelle</numerusform><numerusform>%n nouvelles</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="200"/>
        <source>kiosk %1</source>
        <translation>poste %1</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="39"/>
        <source>Flagged at the kiosk</source>
        <translation>Signalée au poste</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="40"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="43"/>
        <location filename="../hub/views/kiosks.py" line="24"/>
        <location filename="../hub/views/quarantine.py" line="19"/>
        <source>Kiosk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="47"/>
        <source>Recommended</source>
        <translation>Recommandée</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="48"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="49"/>
        <location filename="../hub/views/follow_up.py" line="28"/>
        <source>Traveller</source>
        <translation>Voyageur</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="50"/>
        <source>Follow-up until</source>
        <translation>Suivi jusqu'au</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="51"/>
        <source>Certainty</source>
        <translation>Certitude</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="52"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="53"/>
        <source>Protocols</source>
        <translation>Protocoles</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="54"/>
        <source>Encounter</source>
        <translation>Dépistage</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="55"/>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="56"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="83"/>
        <source>Select an alert to see its details and triage it.</source>
        <translation>Sélectionnez une alerte pour voir son détail et la trier.</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="125"/>
        <source>CAP message</source>
        <translation>Message CAP</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="137"/>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="153"/>
        <source>Note (optional): what was done, who was called…</source>
        <translation>Note (facultative) : ce qui a été fait, qui a été appelé…</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="160"/>
        <source>Outcome (needed to close)…</source>
        <translation>Conclusion (pour clôturer)…</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="169"/>
        <source>Acknowledge</source>
        <translation>Prendre en compte</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="170"/>
        <location filename="../hub/views/detail.py" line="250"/>
        <source>Investigate</source>
        <translation>Investiguer</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="171"/>
        <source>Close</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="176"/>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="183"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="211"/>
        <source>ACTUAL</source>
        <translation>RÉELLE</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="216"/>
        <source>The stored CAP message could not be read again: %1</source>
        <translation>Le message CAP enregistré n'a pas pu être relu : %1</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="233"/>
        <source>The alert this refers to has not reached the hub.</source>
        <translation>L'alerte à laquelle ce message se rapporte n'est pas parvenue au centre.</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="244"/>
        <source>Now: %1</source>
        <translation>État actuel : %1</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="245"/>
        <source>Now: %1 — %2, %3</source>
        <translation>État actuel : %1 — %2, %3</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="250"/>
        <source>Re-open</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="258"/>
        <source>Not triaged yet.</source>
        <translation>Pas encore triée.</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="297"/>
        <source>risk %1</source>
        <translation>risque %1</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="28"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="29"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="29"/>
        <location filename="../hub/views/report.py" line="31"/>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="29"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="29"/>
        <location filename="../hub/window.py" line="174"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="36"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="36"/>
        <source>Due today</source>
        <translation>À faire aujourd'hui</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="36"/>
        <source>Checked today</source>
        <translation>Vérifié aujourd'hui</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="37"/>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="41"/>
        <source>Well</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="41"/>
        <source>Symptoms</source>
        <translation>Symptômes</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="41"/>
        <location filename="../hub/views/parts.py" line="114"/>
        <source>Lost to follow-up</source>
        <translation>Perdu de vue</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="42"/>
        <source>Referred to care</source>
        <translation>Orienté vers les soins</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="42"/>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="47"/>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="72"/>
        <source>Travellers to follow up until their end date, with the contact they agreed to give for this purpose only (deleted 30 days after the end date). Overdue: no check for a whole day.</source>
        <translation>Voyageurs à suivre jusqu'à leur date de fin, avec le contact qu'ils ont accepté de donner pour ce seul suivi (supprimé 30 jours après la date de fin). En retard : aucune vérification pendant une journée entière.</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="86"/>
        <location filename="../hub/views/follow_up.py" line="165"/>
        <source>Select a traveller to record today&apos;s check.</source>
        <translation>Choisissez un voyageur pour enregistrer la vérification du jour.</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="91"/>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/follow_up.py" line="124"/>
        <source>%n under follow-up</source>
        <translation><numerusform>%n en suivi</numerusform><numerusform>%n en suivi</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/follow_up.py" line="125"/>
        <source>%n overdue</source>
        <translation><numerusform>%n en retard</numerusform><numerusform>%n en retard</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/follow_up.py" line="125"/>
        <source>%n due today</source>
        <translation><numerusform>%n à faire aujourd'hui</numerusform><numerusform>%n à faire aujourd'hui</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="167"/>
        <source>%1, today:</source>
        <translation>%1, aujourd'hui :</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="184"/>
        <source>Check recorded for %1.</source>
        <translation>Vérification enregistrée pour %1.</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="24"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="24"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="25"/>
        <source>Situation in force</source>
        <translation>Situation en vigueur</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="25"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="34"/>
        <source>Each kiosk says online when it connects; the broker says offline for it when it vanishes (power or network cut).</source>
        <translation>Chaque poste se déclare en ligne à sa connexion ; le courtier MQTT le déclare hors ligne quand il disparaît (coupure de courant ou de réseau).</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="44"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="44"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="58"/>
        <source>No kiosk has reported yet</source>
        <translation>Aucun poste ne s'est encore signalé</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="59"/>
        <source>Kiosks: %1 online · %2 offline</source>
        <translation>Postes : %1 en ligne · %2 hors ligne</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="65"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="67"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="68"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="113"/>
        <source>Confirmed case</source>
        <translation>Cas confirmé</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="113"/>
        <source>Ruled out</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="114"/>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="119"/>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="120"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="120"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="124"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="124"/>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="124"/>
        <source>Cancel</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="19"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="19"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="20"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="22"/>
        <source>Kiosk not enrolled</source>
        <translation>Poste non enregistré</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="23"/>
        <source>Topic disagrees with the alert</source>
        <translation>Sujet MQTT en désaccord avec l'alerte</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="24"/>
        <source>Over the size limit</source>
        <translation>Au-delà de la taille maximale</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="25"/>
        <source>Implausible sent time</source>
        <translation>Heure d'envoi invraisemblable</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="26"/>
        <source>Not valid CAP 1.2</source>
        <translation>CAP 1.2 non valide</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="27"/>
        <source>Status not accepted</source>
        <translation>Statut non accepté</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="28"/>
        <source>Unreadable kiosk status</source>
        <translation>État de poste illisible</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="42"/>
        <source>Messages the hub kept without storing them as alerts. A kiosk that is not enrolled sends its alerts again: once it is enrolled they arrive.</source>
        <translation>Messages conservés par le centre sans être enregistrés comme alertes. Un poste non enregistré renvoie ses alertes : elles arrivent dès qu'il est enregistré.</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="52"/>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="63"/>
        <source>Nothing in quarantine</source>
        <translation>Rien en quarantaine</translation>
    </message>
    <message>
        <location filename="../hub/views/report.py" line="31"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../hub/views/report.py" line="31"/>
        <source>Last 28 days</source>
        <translation>28 derniers jours</translation>
    </message>
    <message>
        <location filename="../hub/views/report.py" line="52"/>
        <source>Alerts by protocol and point of entry</source>
        <translation>Alertes par protocole et point d'entrée</translation>
    </message>
    <message>
        <location filename="../hub/views/report.py" line="77"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/report.py" line="107"/>
        <source>%n actual alert(s) received from %1 to %2 UTC</source>
        <translation><numerusform>%n alerte réelle reçue du %1 au %2 UTC</numerusform><numerusform>%n alertes réelles reçues du %1 au %2 UTC</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/views/report.py" line="111"/>
        <source>Not counted above: %1 exercise and %2 test alert(s) in the same period.</source>
        <translation>Non comptées ci-dessus : %1 alerte(s) d'exercice et %2 de test sur la même période.</translation>
    </message>
    <message>
        <location filename="../hub/views/report.py" line="118"/>
        <source>Closed: %1</source>
        <translation>Clôturées : %1</translation>
    </message>
    <message>
        <location filename="../hub/views/report.py" line="128"/>
        <location filename="../hub/views/report.py" line="129"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="27"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="27"/>
        <source>Reported</source>
        <translation>A fait rapport</translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="28"/>
        <source>Kiosks that sent nothing</source>
        <translation>Postes sans envoi</translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="28"/>
        <source>Screened</source>
        <translation>Dépistés</translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="28"/>
        <source>Flagged</source>
        <translation>Signalés</translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="29"/>
        <source>Referred</source>
        <translation>Orientés</translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="29"/>
        <source>Isolated</source>
        <translation>Isolés</translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="43"/>
        <source>No report</source>
        <translation>Aucun rapport</translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="45"/>
        <source>%1 of %2 kiosks</source>
        <translation>%1 sur %2 postes</translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="46"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="51"/>
        <source>No point of entry is enrolled</source>
        <translation>Aucun point d'entrée n'est enregistré</translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="54"/>
        <source>%1 of %2 points of entry reported</source>
        <translation>%1 sur %2 points d'entrée ont fait rapport</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/reporting.py" line="57"/>
        <source>%n sent nothing</source>
        <translation><numerusform>%n n'a rien envoyé</numerusform><numerusform>%n n'ont rien envoyé</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/reporting.py" line="59"/>
        <source>%n in part</source>
        <translation><numerusform>%n en partie</numerusform><numerusform>%n en partie</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="75"/>
        <source>Day (UTC):</source>
        <translation>Jour (UTC) :</translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="89"/>
        <source>Each kiosk sends its counts of a UTC day after midnight (and on demand); a point of entry reported when all its enrolled kiosks did. Exercise screenings are not counted.</source>
        <translation>Chaque poste envoie ses chiffres d'un jour UTC après minuit (et à la demande) ; un point d'entrée a fait rapport quand tous ses postes enregistrés l'ont fait. Les dépistages d'exercice ne sont pas comptés.</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="104"/>
        <source>Ingest: no worker has reported</source>
        <translation>Réception : aucun processus ne s'est signalé</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="107"/>
        <source>Ingest: %n worker(s) not reporting</source>
        <translation><numerusform>Réception : %n processus ne se signale plus</numerusform><numerusform>Réception : %n processus ne se signalent plus</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="109"/>
        <source>Ingest: database unreachable, %n alert(s) waiting</source>
        <translation><numerusform>Réception : base de données injoignable, %n alerte en attente</numerusform><numerusform>Réception : base de données injoignable, %n alertes en attente</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="111"/>
        <source>Ingest: broker not connected</source>
        <translation>Réception : courtier MQTT non connecté</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="114"/>
        <source>Ingest: %n worker(s) OK · last commit %1</source>
        <translation><numerusform>Réception : %n processus OK · dernier enregistrement %1</numerusform><numerusform>Réception : %n processus OK · dernier enregistrement %1</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="154"/>
        <source>Opening the hub database…</source>
        <translation>Ouverture de la base de données du centre…</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="170"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="171"/>
        <source>Kiosks</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="172"/>
        <location filename="../hub/window.py" line="307"/>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="173"/>
        <source>Daily reporting</source>
        <translation>Rapports quotidiens</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="188"/>
        <source>Surveillance hub · alert console</source>
        <translation>Centre de surveillance · console des alertes</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="195"/>
        <source>Officer: %1</source>
        <translation>Agent : %1</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="230"/>
        <source>Cannot open the hub database: %1</source>
        <translation>Impossible d'ouvrir la base de données du centre : %1</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="267"/>
        <source>Updated %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="281"/>
        <source>Cannot read the hub database (retrying): %1</source>
        <translation>Lecture de la base de données du centre impossible (nouvel essai) : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="302"/>
        <source>%n in quarantine</source>
        <translation><numerusform>%n en quarantaine</numerusform><numerusform>%n en quarantaine</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="307"/>
        <source>Quarantine  (%n)</source>
        <translation><numerusform>Quarantaine  (%n)</numerusform><numerusform>Quarantaine  (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="324"/>
        <source>Hub console — %n new</source>
        <translation><numerusform>Console du centre — %n nouvelle</numerusform><numerusform>Console du centre — %n nouvelles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="327"/>
        <source>Actual alerts  (%n new)</source>
        <translation><numerusform>Alertes réelles  (%n nouvelle)</numerusform><numerusform>Alertes réelles  (%n nouvelles)</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="327"/>
        <source>Actual alerts</source>
        <translation>Alertes réelles</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="328"/>
        <source>Exercises and tests  (%n new)</source>
        <translation><numerusform>Exercices et tests  (%n nouvelle)</numerusform><numerusform>Exercices et tests  (%n nouvelles)</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="329"/>
        <source>Exercises and tests</source>
        <translation>Exercices et tests</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="388"/>
        <source>Note added.</source>
        <translation>Note ajoutée.</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="389"/>
        <source>Recorded: %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="426"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="455"/>
        <source>Outcome: choose one to close the alert: %1</source>
        <translation>Conclusion : choisissez-en une pour clôturer l'alerte : %1</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="457"/>
        <source>Note: at most %1 characters (%2 given)</source>
        <translation>Note : %1 caractères au plus (%2 saisis)</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="31"/>
        <source>en</source>
        <comment>locale name for dates, e.g. fr</comment>
        <translation>fr</translation>
    </message>
</context>
</TS>
