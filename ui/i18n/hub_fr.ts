<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>HubConsole</name>
    <message>
        <location filename="../hub/dialogs.py" line="15"/>
        <location filename="../hub/dialogs.py" line="25"/>
        <location filename="../hub/window.py" line="381"/>
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
        <location filename="../hub/views/alert_model.py" line="36"/>
        <location filename="../hub/views/detail.py" line="46"/>
        <location filename="../hub/views/quarantine.py" line="19"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="36"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="37"/>
        <location filename="../hub/views/case_facts.py" line="91"/>
        <location filename="../hub/views/detail.py" line="47"/>
        <location filename="../hub/views/kiosks.py" line="24"/>
        <source>Point of entry</source>
        <translation>Point d'entrée</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="37"/>
        <location filename="../hub/views/detail.py" line="49"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="37"/>
        <location filename="../hub/views/detail.py" line="50"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="38"/>
        <location filename="../hub/views/detail.py" line="51"/>
        <source>Disposition</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="38"/>
        <source>Urgency · severity</source>
        <translation>Urgence · gravité</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="39"/>
        <location filename="../hub/views/detail.py" line="156"/>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="113"/>
        <source>kiosk %1</source>
        <translation>poste %1</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="115"/>
        <source>Not acknowledged in time: escalated</source>
        <translation>Non prise en compte à temps : escaladée</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="165"/>
        <source>being assessed</source>
        <translation>en évaluation</translation>
    </message>
    <message>
        <location filename="../hub/views/alerting.py" line="79"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../hub/views/alerting.py" line="100"/>
        <source>Sound: off</source>
        <translation>Son : coupé</translation>
    </message>
    <message>
        <location filename="../hub/views/alerting.py" line="100"/>
        <source>Sound: on</source>
        <translation>Son : activé</translation>
    </message>
    <message>
        <location filename="../hub/views/alerting.py" line="101"/>
        <source>Sound for Immediate/Severe alerts and early notices</source>
        <translation>Son pour les alertes Immédiates/Graves et les préavis</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/alerting.py" line="117"/>
        <source>%n alert(s) need attention</source>
        <translation><numerusform>%n alerte demande votre attention</numerusform><numerusform>%n alertes demandent votre attention</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/alerting.py" line="120"/>
        <source>and %n more</source>
        <translation><numerusform>et %n autre</numerusform><numerusform>et %n autres</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/alerting.py" line="127"/>
        <source>▲ %n escalated</source>
        <translation><numerusform>▲ %n escaladée</numerusform><numerusform>▲ %n escaladées</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/views/alerting.py" line="128"/>
        <source>Alerts not acknowledged in time</source>
        <translation>Alertes non prises en compte à temps</translation>
    </message>
    <message>
        <location filename="../hub/views/alerting.py" line="136"/>
        <source>Early notice: %1</source>
        <translation>Préavis : %1</translation>
    </message>
    <message>
        <location filename="../hub/views/alerting.py" line="149"/>
        <location filename="../hub/window.py" line="215"/>
        <source>Surveillance hub · alert console</source>
        <translation>Centre de surveillance · console des alertes</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="41"/>
        <source>EXERCISE AND TEST ALERTS — not real. They are never shown with actual alerts, never counted with them and never in the report.</source>
        <translation>ALERTES D'EXERCICE ET DE TEST — non réelles. Elles ne sont jamais affichées avec les alertes réelles, jamais comptées avec elles et jamais dans le rapport.</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="64"/>
        <source>Mark all as seen</source>
        <translation>Tout marquer comme vu</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/alerts.py" line="118"/>
        <source>%n alert(s)</source>
        <translation><numerusform>%n alerte</numerusform><numerusform>%n alertes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/alerts.py" line="118"/>
        <source>%n alert(s) loaded · scroll for more</source>
        <translation><numerusform>%n alerte chargée · faites défiler pour la suite</numerusform><numerusform>%n alertes chargées · faites défiler pour la suite</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/alerts.py" line="120"/>
        <location filename="../hub/window.py" line="382"/>
        <source>%n new</source>
        <translation><numerusform>%n nouvelle</numerusform><numerusform>%n nouvelles</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="24"/>
        <source>Symptoms</source>
        <translation>Symptômes</translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="25"/>
        <source>Symptom onset</source>
        <translation>Début des symptômes</translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="26"/>
        <source>Countries (left on)</source>
        <translation>Pays (quittés le)</translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="27"/>
        <source>Exposures</source>
        <translation>Expositions</translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="28"/>
        <source>Decision reasons</source>
        <translation>Motifs de la décision</translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="29"/>
        <source>Other parameters</source>
        <translation>Autres paramètres</translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="51"/>
        <source>%1 — left %2</source>
        <translation>%1 — quitté le %2</translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="77"/>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="85"/>
        <source>Symptoms, countries and exposures: not sent by this kiosk (an older version).</source>
        <translation>Symptômes, pays et expositions : non envoyés par ce poste (une version ancienne).</translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="115"/>
        <source>No kiosk of this point of entry has reported its status.</source>
        <translation>Aucun poste de ce point d'entrée n'a signalé son état.</translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="116"/>
        <source>Phone and e-mail of the port health unit: not in the hub&apos;s registry yet. The kiosk that sent the alert is %1.</source>
        <translation>Téléphone et courriel du service de santé du point d'entrée : pas encore dans le registre du centre. Le poste qui a envoyé l'alerte est %1.</translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="125"/>
        <source>offline for %1</source>
        <translation>hors ligne depuis %1</translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="128"/>
        <source>online since %1</source>
        <translation>en ligne depuis %1</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="44"/>
        <source>Flagged at the kiosk</source>
        <translation>Signalée au poste</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="45"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="48"/>
        <location filename="../hub/views/kiosks.py" line="24"/>
        <location filename="../hub/views/quarantine.py" line="19"/>
        <source>Kiosk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="52"/>
        <source>Recommended</source>
        <translation>Recommandée</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="53"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="54"/>
        <source>Traveller</source>
        <translation>Voyageur</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="55"/>
        <source>Follow-up until</source>
        <translation>Suivi jusqu'au</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="56"/>
        <source>Certainty</source>
        <translation>Certitude</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="57"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="58"/>
        <source>Protocols</source>
        <translation>Protocoles</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="59"/>
        <source>Encounter</source>
        <translation>Dépistage</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="60"/>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="61"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="88"/>
        <source>Select an alert to see its details and triage it.</source>
        <translation>Sélectionnez une alerte pour voir son détail et la trier.</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="133"/>
        <source>CAP message</source>
        <translation>Message CAP</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="145"/>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="161"/>
        <source>Note (optional): what was done, who was called…</source>
        <translation>Note (facultative) : ce qui a été fait, qui a été appelé…</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="168"/>
        <source>Outcome (needed to close)…</source>
        <translation>Conclusion (pour clôturer)…</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="177"/>
        <source>Acknowledge</source>
        <translation>Prendre en compte</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="178"/>
        <location filename="../hub/views/detail.py" line="262"/>
        <source>Investigate</source>
        <translation>Investiguer</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="179"/>
        <source>Close</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="184"/>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="191"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="221"/>
        <source>ACTUAL</source>
        <translation>RÉELLE</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="226"/>
        <source>The stored CAP message could not be read again: %1</source>
        <translation>Le message CAP enregistré n'a pas pu être relu : %1</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="245"/>
        <source>The alert this refers to has not reached the hub.</source>
        <translation>L'alerte à laquelle ce message se rapporte n'est pas parvenue au centre.</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="256"/>
        <source>Now: %1</source>
        <translation>État actuel : %1</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="257"/>
        <source>Now: %1 — %2, %3</source>
        <translation>État actuel : %1 — %2, %3</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="262"/>
        <source>Re-open</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="270"/>
        <source>Not triaged yet.</source>
        <translation>Pas encore triée.</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="309"/>
        <source>risk %1</source>
        <translation>risque %1</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="317"/>
        <source>Early notice — assessment in progress</source>
        <translation>Préavis — évaluation en cours</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="318"/>
        <source>assessment completed</source>
        <translation>évaluation terminée</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="318"/>
        <source>ruled out at the kiosk</source>
        <translation>écarté au poste</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="319"/>
        <source>screening abandoned</source>
        <translation>dépistage abandonné</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="23"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="23"/>
        <source>Open (not closed)</source>
        <translation>Ouvertes (non clôturées)</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="24"/>
        <location filename="../hub/views/parts.py" line="108"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="24"/>
        <location filename="../hub/views/parts.py" line="108"/>
        <source>Acknowledged</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="25"/>
        <location filename="../hub/views/parts.py" line="108"/>
        <source>Investigating</source>
        <translation>En investigation</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="25"/>
        <location filename="../hub/views/parts.py" line="109"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="26"/>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="26"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="26"/>
        <location filename="../hub/views/report.py" line="31"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="27"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="27"/>
        <source>Between dates…</source>
        <translation>Entre deux dates…</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="51"/>
        <source>All points of entry</source>
        <translation>Tous les points d'entrée</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="52"/>
        <source>All protocols</source>
        <translation>Tous les protocoles</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="53"/>
        <source>Any urgency</source>
        <translation>Toute urgence</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="55"/>
        <source>Any certainty</source>
        <translation>Toute certitude</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="57"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="65"/>
        <source>Search by reference (alert identifier)…</source>
        <translation>Rechercher par référence (identifiant de l'alerte)…</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="69"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="73"/>
        <source>to</source>
        <translation>au</translation>
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
        <location filename="../hub/views/kiosks.py" line="35"/>
        <source>Each kiosk says online when it connects; the broker says offline for it when it vanishes (power or network cut).</source>
        <translation>Chaque poste se déclare en ligne à sa connexion ; le courtier MQTT le déclare hors ligne quand il disparaît (coupure de courant ou de réseau).</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="46"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="46"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="60"/>
        <source>No kiosk has reported yet</source>
        <translation>Aucun poste ne s'est encore signalé</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="61"/>
        <source>Kiosks: %1 online · %2 offline</source>
        <translation>Postes : %1 en ligne · %2 hors ligne</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="67"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="69"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="70"/>
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
        <source>Lost to follow-up</source>
        <translation>Perdu de vue</translation>
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
        <source>Today</source>
        <translation>Aujourd'hui</translation>
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
        <location filename="../hub/window.py" line="128"/>
        <source>Ingest: no worker has reported</source>
        <translation>Réception : aucun processus ne s'est signalé</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="131"/>
        <source>Ingest: %n worker(s) not reporting</source>
        <translation><numerusform>Réception : %n processus ne se signale plus</numerusform><numerusform>Réception : %n processus ne se signalent plus</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="133"/>
        <source>Ingest: database unreachable, %n alert(s) waiting</source>
        <translation><numerusform>Réception : base de données injoignable, %n alerte en attente</numerusform><numerusform>Réception : base de données injoignable, %n alertes en attente</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="135"/>
        <source>Ingest: broker not connected</source>
        <translation>Réception : courtier MQTT non connecté</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="138"/>
        <source>Ingest: %n worker(s) OK · last commit %1</source>
        <translation><numerusform>Réception : %n processus OK · dernier enregistrement %1</numerusform><numerusform>Réception : %n processus OK · dernier enregistrement %1</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="182"/>
        <source>Opening the hub database…</source>
        <translation>Ouverture de la base de données du centre…</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="199"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="200"/>
        <source>Kiosks</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="201"/>
        <location filename="../hub/window.py" line="364"/>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="223"/>
        <source>Officer: %1</source>
        <translation>Agent : %1</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="260"/>
        <source>Cannot open the hub database: %1</source>
        <translation>Impossible d'ouvrir la base de données du centre : %1</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="324"/>
        <source>Updated %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="338"/>
        <source>Cannot read the hub database (retrying): %1</source>
        <translation>Lecture de la base de données du centre impossible (nouvel essai) : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="359"/>
        <source>%n in quarantine</source>
        <translation><numerusform>%n en quarantaine</numerusform><numerusform>%n en quarantaine</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="364"/>
        <source>Quarantine  (%n)</source>
        <translation><numerusform>Quarantaine  (%n)</numerusform><numerusform>Quarantaine  (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="381"/>
        <source>Hub console — %n new</source>
        <translation><numerusform>Console du centre — %n nouvelle</numerusform><numerusform>Console du centre — %n nouvelles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="384"/>
        <source>Actual alerts  (%n new)</source>
        <translation><numerusform>Alertes réelles  (%n nouvelle)</numerusform><numerusform>Alertes réelles  (%n nouvelles)</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="384"/>
        <source>Actual alerts</source>
        <translation>Alertes réelles</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="385"/>
        <source>Exercises and tests  (%n new)</source>
        <translation><numerusform>Exercices et tests  (%n nouvelle)</numerusform><numerusform>Exercices et tests  (%n nouvelles)</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="386"/>
        <source>Exercises and tests</source>
        <translation>Exercices et tests</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="445"/>
        <source>Note added.</source>
        <translation>Note ajoutée.</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="446"/>
        <source>Recorded: %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="483"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="512"/>
        <source>Outcome: choose one to close the alert: %1</source>
        <translation>Conclusion : choisissez-en une pour clôturer l'alerte : %1</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="514"/>
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
