<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>HubConsole</name>
    <message numerus="yes">
        <location filename="../hub/assessment_desk.py" line="129"/>
        <source>IHR assessment  (%n)</source>
        <translation><numerusform>Évaluation RSI  (%n)</numerusform><numerusform>Évaluation RSI  (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/assessment_desk.py" line="130"/>
        <location filename="../hub/views/assessment.py" line="165"/>
        <location filename="../hub/views/assessment.py" line="332"/>
        <location filename="../hub/views/detail.py" line="132"/>
        <location filename="../hub/window.py" line="239"/>
        <source>IHR assessment</source>
        <translation>Évaluation RSI</translation>
    </message>
    <message>
        <location filename="../hub/assessment_desk.py" line="183"/>
        <source>Recorded.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../hub/assessment_desk.py" line="215"/>
        <source>IHR assessment: outcome recorded (%1).</source>
        <translation>Évaluation RSI : décision enregistrée (%1).</translation>
    </message>
    <message>
        <location filename="../hub/assessment_desk.py" line="218"/>
        <source>IHR Annex 2: assessment needed</source>
        <translation>RSI, annexe 2 : évaluation nécessaire</translation>
    </message>
    <message>
        <location filename="../hub/assessment_desk.py" line="218"/>
        <source>IHR assessment started</source>
        <translation>Évaluation RSI commencée</translation>
    </message>
    <message>
        <location filename="../hub/dialogs.py" line="15"/>
        <location filename="../hub/dialogs.py" line="22"/>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../hub/dialogs.py" line="15"/>
        <location filename="../hub/dialogs.py" line="21"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../hub/dialogs.py" line="21"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hub/dialogs.py" line="21"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../hub/dialogs.py" line="33"/>
        <location filename="../hub/window.py" line="495"/>
        <source>Hub console</source>
        <translation>Console du centre</translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="21"/>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="21"/>
        <location filename="../hub/views/detail.py" line="63"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="21"/>
        <location filename="../hub/views/trends.py" line="42"/>
        <source>Outcome</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="22"/>
        <location filename="../hub/views/alert_model.py" line="40"/>
        <location filename="../hub/views/detail.py" line="168"/>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="24"/>
        <source>enter the surveillance officer&apos;s name</source>
        <translation>saisissez le nom de l'agent de surveillance</translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="25"/>
        <source>at most %1 characters (%2 given)</source>
        <translation>au plus %1 caractères (%2 saisis)</translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="26"/>
        <source>the name contains control characters</source>
        <translation>le nom contient des caractères de contrôle</translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="27"/>
        <source>an alert that is %1 cannot become %2</source>
        <translation>une alerte « %1 » ne peut pas passer à « %2 »</translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="28"/>
        <source>write the note to add</source>
        <translation>écrivez la note à ajouter</translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="30"/>
        <source>an outcome is recorded only when the alert is closed</source>
        <translation>une conclusion n'est enregistrée qu'à la clôture de l'alerte</translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="44"/>
        <source>This alert is not in the hub database.</source>
        <translation>Cette alerte n'est pas dans la base de données du centre.</translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="68"/>
        <source>Your role (%1) does not allow this.</source>
        <translation>Votre rôle (%1) ne le permet pas.</translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="70"/>
        <source>%1 is not in your jurisdiction.</source>
        <translation>%1 n'est pas dans votre juridiction.</translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="72"/>
        <source>Your account has changed: sign in again.</source>
        <translation>Votre compte a changé : reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="73"/>
        <source>You are not allowed to do this.</source>
        <translation>Vous n'êtes pas autorisé à faire cela.</translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="84"/>
        <source>Another officer changed this alert since you looked; look at it again before changing it.</source>
        <translation>Un autre agent a modifié cette alerte depuis votre consultation ; regardez-la de nouveau avant de la modifier.</translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="86"/>
        <source>The alert is now %1 by %2 at %3 UTC; look at it again before changing it.</source>
        <translation>L'alerte est maintenant « %1 » par %2 à %3 UTC ; regardez-la de nouveau avant de la modifier.</translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="97"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="24"/>
        <source>Surveillance officer</source>
        <translation>Agent de surveillance</translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="24"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="25"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="25"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="32"/>
        <source>This account is locked after %1 wrong passwords until %2. Try again then, or ask an administrator to unlock it.</source>
        <translation>Ce compte est verrouillé après %1 mots de passe erronés jusqu'à %2. Réessayez ensuite, ou demandez à un administrateur de le déverrouiller.</translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="36"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Ce compte est désactivé. Adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="37"/>
        <source>User id or password is wrong.</source>
        <translation>Identifiant ou mot de passe erroné.</translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="38"/>
        <source>Cannot sign in: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="64"/>
        <location filename="../hub/views/alerting.py" line="155"/>
        <location filename="../hub/window.py" line="268"/>
        <source>Surveillance hub · alert console</source>
        <translation>Centre de surveillance · console des alertes</translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="65"/>
        <source>Sign in with your hub account. Every triage change is recorded under it.</source>
        <translation>Connectez-vous avec votre compte du centre. Chaque changement de triage est enregistré à votre nom.</translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="67"/>
        <source>User id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="71"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="76"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="102"/>
        <source>Enter your user id and password.</source>
        <translation>Saisissez votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="105"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../hub/trends.py" line="90"/>
        <source>DHIS2 mapping file</source>
        <translation>Fichier de correspondance DHIS2</translation>
    </message>
    <message>
        <location filename="../hub/trends.py" line="91"/>
        <source>Mapping files (*.yaml *.yml *.json)</source>
        <translation>Fichiers de correspondance (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location filename="../hub/trends.py" line="107"/>
        <location filename="../hub/window.py" line="598"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="37"/>
        <location filename="../hub/views/assessment.py" line="52"/>
        <location filename="../hub/views/detail.py" line="48"/>
        <location filename="../hub/views/quarantine.py" line="19"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="37"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="38"/>
        <location filename="../hub/views/assessment.py" line="52"/>
        <location filename="../hub/views/case_facts.py" line="91"/>
        <location filename="../hub/views/detail.py" line="49"/>
        <location filename="../hub/views/follow_up.py" line="28"/>
        <location filename="../hub/views/kiosks.py" line="24"/>
        <location filename="../hub/views/reporting.py" line="27"/>
        <location filename="../hub/views/trends.py" line="40"/>
        <source>Point of entry</source>
        <translation>Point d'entrée</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="38"/>
        <location filename="../hub/views/assessment.py" line="52"/>
        <location filename="../hub/views/detail.py" line="51"/>
        <location filename="../hub/views/follow_up.py" line="28"/>
        <location filename="../hub/views/trends.py" line="40"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="38"/>
        <location filename="../hub/views/detail.py" line="52"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="39"/>
        <location filename="../hub/views/detail.py" line="53"/>
        <source>Disposition</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="39"/>
        <source>Urgency · severity</source>
        <translation>Urgence · gravité</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="114"/>
        <source>kiosk %1</source>
        <translation>poste %1</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="116"/>
        <source>Not acknowledged in time: escalated</source>
        <translation>Non prise en compte à temps : escaladée</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="166"/>
        <source>being assessed</source>
        <translation>en évaluation</translation>
    </message>
    <message>
        <location filename="../hub/views/alerting.py" line="85"/>
        <location filename="../hub/views/crash_notice.py" line="23"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../hub/views/alerting.py" line="106"/>
        <source>Sound: off</source>
        <translation>Son : coupé</translation>
    </message>
    <message>
        <location filename="../hub/views/alerting.py" line="106"/>
        <source>Sound: on</source>
        <translation>Son : activé</translation>
    </message>
    <message>
        <location filename="../hub/views/alerting.py" line="107"/>
        <source>Sound for Immediate/Severe alerts and early notices</source>
        <translation>Son pour les alertes Immédiates/Graves et les préavis</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/alerting.py" line="123"/>
        <source>%n alert(s) need attention</source>
        <translation><numerusform>%n alerte demande votre attention</numerusform><numerusform>%n alertes demandent votre attention</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/alerting.py" line="126"/>
        <source>and %n more</source>
        <translation><numerusform>et %n autre</numerusform><numerusform>et %n autres</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/alerting.py" line="133"/>
        <source>▲ %n escalated</source>
        <translation><numerusform>▲ %n escaladée</numerusform><numerusform>▲ %n escaladées</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/views/alerting.py" line="134"/>
        <source>Alerts not acknowledged in time</source>
        <translation>Alertes non prises en compte à temps</translation>
    </message>
    <message>
        <location filename="../hub/views/alerting.py" line="142"/>
        <source>Early notice: %1</source>
        <translation>Préavis : %1</translation>
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
        <location filename="../hub/window.py" line="496"/>
        <source>%n new</source>
        <translation><numerusform>%n nouvelle</numerusform><numerusform>%n nouvelles</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="53"/>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="53"/>
        <source>24 h clock</source>
        <translation>Délai de 24 h</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="56"/>
        <source>Yes, meets it</source>
        <translation>Oui, elle y répond</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="56"/>
        <location filename="../hub/views/assessment.py" line="57"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="56"/>
        <source>Unknown yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="57"/>
        <location filename="../hub/views/reporting.py" line="47"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="58"/>
        <source>Monitor</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="58"/>
        <source>Respond</source>
        <translation>Intervenir</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="59"/>
        <source>Notify the National IHR Focal Point</source>
        <translation>Notifier le point focal national RSI</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="61"/>
        <source>Always notifiable (IHR Annex 2): a case is notified whatever the answers.</source>
        <translation>Toujours à notifier (RSI, annexe 2) : un cas est notifié quelles que soient les réponses.</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="62"/>
        <source>Assessment needed: this disease is always assessed with the IHR Annex 2 instrument.</source>
        <translation>Évaluation nécessaire : cette maladie est toujours évaluée avec l'instrument de l'annexe 2 du RSI.</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="63"/>
        <source>The protocol does not call for an Annex 2 assessment; it can still be assessed.</source>
        <translation>Le protocole ne demande pas d'évaluation selon l'annexe 2 ; elle reste possible.</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="156"/>
        <source>← Back to the alert</source>
        <translation>← Retour à l'alerte</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="159"/>
        <source>Awaiting assessment</source>
        <translation>En attente d'évaluation</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="182"/>
        <source>Alerts whose disease the IHR Annex 2 instrument covers, with no outcome yet. Choose one to assess it, or open an alert and choose “IHR assessment”.</source>
        <translation>Alertes dont la maladie relève de l'instrument de l'annexe 2 du RSI, sans décision pour l'instant. Choisissez-en une pour l'évaluer, ou ouvrez une alerte et choisissez « Évaluation RSI ».</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/assessment.py" line="198"/>
        <source>Awaiting an IHR assessment: %n</source>
        <translation><numerusform>En attente d'une évaluation RSI : %n</numerusform><numerusform>En attente d'une évaluation RSI : %n</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="203"/>
        <location filename="../hub/views/assessment.py" line="336"/>
        <source>Not verified yet.</source>
        <translation>Pas encore vérifiée.</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="232"/>
        <source>Assignment</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="238"/>
        <source>Officer to assign</source>
        <translation>Agent à désigner</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="240"/>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="242"/>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="249"/>
        <source>1. Verification: does the alert meet the case definition?</source>
        <translation>1. Vérification : l'alerte répond-elle à la définition de cas ?</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="254"/>
        <source>Rationale: what was checked, with whom</source>
        <translation>Justification : ce qui a été vérifié, avec qui</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="256"/>
        <source>Record the verification</source>
        <translation>Enregistrer la vérification</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="262"/>
        <source>2. Risk assessment: the four questions of IHR Annex 2</source>
        <translation>2. Évaluation du risque : les quatre questions de l'annexe 2 du RSI</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="277"/>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="283"/>
        <source>Record the risk assessment</source>
        <translation>Enregistrer l'évaluation du risque</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="289"/>
        <source>3. Outcome</source>
        <translation>3. Décision</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="296"/>
        <source>Reason (needed when the outcome differs from the recommendation)</source>
        <translation>Motif (nécessaire si la décision diffère de la recommandation)</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="299"/>
        <source>Record the outcome</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="307"/>
        <location filename="../hub/views/detail.py" line="203"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="332"/>
        <source>IHR assessment — %1</source>
        <translation>Évaluation RSI — %1</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="335"/>
        <source>Not assigned yet.</source>
        <translation>Pas encore attribuée.</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="366"/>
        <source>%1 of 4 answered yes (two or more: notify).</source>
        <translation>%1 sur 4 avec « oui » (deux ou plus : notifier).</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="367"/>
        <source>Two or more yes: the instrument recommends notification.</source>
        <translation>Deux « oui » ou plus : l'instrument recommande la notification.</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="381"/>
        <source>Nothing recorded yet.</source>
        <translation>Rien d'enregistré pour l'instant.</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="413"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="419"/>
        <source>24 h clock: starts when the alert is verified</source>
        <translation>Délai de 24 h : démarre à la vérification de l'alerte</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="423"/>
        <source>Decided %1 after the 24 h</source>
        <translation>Décidé %1 après les 24 h</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="424"/>
        <source>Decided with %1 to spare</source>
        <translation>Décidé avec %1 d'avance</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="426"/>
        <source>OVERDUE by %1 · notify by %2</source>
        <translation>EN RETARD de %1 · notifier avant le %2</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="428"/>
        <source>%1 left · notify by %2</source>
        <translation>Reste %1 · notifier avant le %2</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="433"/>
        <source>Recommended: notify the National IHR Focal Point (always-notifiable disease, IHR Annex 2).</source>
        <translation>Recommandé : notifier le point focal national RSI (maladie toujours à notifier, RSI, annexe 2).</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="435"/>
        <source>Not a case: no notification recommended.</source>
        <translation>Pas un cas : aucune notification recommandée.</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="437"/>
        <source>The recommendation follows from the four answers.</source>
        <translation>La recommandation découle des quatre réponses.</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="439"/>
        <source>Recommended: notify the National IHR Focal Point (%1 of 4 yes, IHR Annex 2).</source>
        <translation>Recommandé : notifier le point focal national RSI (%1 « oui » sur 4, RSI, annexe 2).</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="441"/>
        <source>Not recommended to notify (%1 of 4 yes, IHR Annex 2).</source>
        <translation>Notification non recommandée (%1 « oui » sur 4, RSI, annexe 2).</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="447"/>
        <source>Assigned to %1</source>
        <translation>Attribuée à %1</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="449"/>
        <source>Verified: %1</source>
        <translation>Vérifiée : %1</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="451"/>
        <source>Risk assessed: %1 of 4 yes</source>
        <translation>Risque évalué : %1 « oui » sur 4</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="453"/>
        <source>Outcome: %1</source>
        <translation>Décision : %1</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="455"/>
        <source>(by %1, %2)</source>
        <translation>(par %1, %2)</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="465"/>
        <source>Against the recommendation: %1</source>
        <translation>Contre la recommandation : %1</translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="24"/>
        <location filename="../hub/views/follow_up.py" line="42"/>
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
        <location filename="../hub/views/crash_notice.py" line="29"/>
        <source>Something went wrong (%1). Everything recorded is saved and the console keeps running; the details are in the crash log. If it happens again, tell the hub&apos;s technician.</source>
        <translation>Un problème est survenu (%1). Tout ce qui a été enregistré est conservé et la console continue de fonctionner ; le détail est dans le journal d'incidents. Si cela se reproduit, prévenez le technicien du centre.</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="46"/>
        <source>Flagged at the kiosk</source>
        <translation>Signalée au poste</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="47"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="50"/>
        <location filename="../hub/views/kiosks.py" line="24"/>
        <location filename="../hub/views/quarantine.py" line="19"/>
        <source>Kiosk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="54"/>
        <source>Recommended</source>
        <translation>Recommandée</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="55"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="56"/>
        <location filename="../hub/views/follow_up.py" line="28"/>
        <source>Traveller</source>
        <translation>Voyageur</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="57"/>
        <source>Follow-up until</source>
        <translation>Suivi jusqu'au</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="58"/>
        <source>Certainty</source>
        <translation>Certitude</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="59"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="60"/>
        <source>Protocols</source>
        <translation>Protocoles</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="61"/>
        <source>Encounter</source>
        <translation>Dépistage</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="62"/>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="93"/>
        <source>Select an alert to see its details and triage it.</source>
        <translation>Sélectionnez une alerte pour voir son détail et la trier.</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="145"/>
        <source>CAP message</source>
        <translation>Message CAP</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="157"/>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="173"/>
        <source>Note (optional): what was done, who was called…</source>
        <translation>Note (facultative) : ce qui a été fait, qui a été appelé…</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="180"/>
        <source>Outcome (needed to close)…</source>
        <translation>Conclusion (pour clôturer)…</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="189"/>
        <source>Acknowledge</source>
        <translation>Prendre en compte</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="190"/>
        <location filename="../hub/views/detail.py" line="275"/>
        <source>Investigate</source>
        <translation>Investiguer</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="191"/>
        <source>Close</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="196"/>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="234"/>
        <source>ACTUAL</source>
        <translation>RÉELLE</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="239"/>
        <source>The stored CAP message could not be read again: %1</source>
        <translation>Le message CAP enregistré n'a pas pu être relu : %1</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="258"/>
        <source>The alert this refers to has not reached the hub.</source>
        <translation>L'alerte à laquelle ce message se rapporte n'est pas parvenue au centre.</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="269"/>
        <source>Now: %1</source>
        <translation>État actuel : %1</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="270"/>
        <source>Now: %1 — %2, %3</source>
        <translation>État actuel : %1 — %2, %3</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="275"/>
        <source>Re-open</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="283"/>
        <source>Not triaged yet.</source>
        <translation>Pas encore triée.</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="331"/>
        <source>risk %1</source>
        <translation>risque %1</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="339"/>
        <source>Early notice — assessment in progress</source>
        <translation>Préavis — évaluation en cours</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="340"/>
        <source>assessment completed</source>
        <translation>évaluation terminée</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="340"/>
        <source>ruled out at the kiosk</source>
        <translation>écarté au poste</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="341"/>
        <source>screening abandoned</source>
        <translation>dépistage abandonné</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="22"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="22"/>
        <source>Open (not closed)</source>
        <translation>Ouvertes (non clôturées)</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="23"/>
        <location filename="../hub/views/parts.py" line="142"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="23"/>
        <location filename="../hub/views/parts.py" line="142"/>
        <source>Acknowledged</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="24"/>
        <location filename="../hub/views/parts.py" line="142"/>
        <source>Investigating</source>
        <translation>En investigation</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="24"/>
        <location filename="../hub/views/follow_up.py" line="37"/>
        <location filename="../hub/views/parts.py" line="143"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="25"/>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="25"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="25"/>
        <location filename="../hub/views/report.py" line="31"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="26"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="26"/>
        <source>Between dates…</source>
        <translation>Entre deux dates…</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="50"/>
        <source>All points of entry</source>
        <translation>Tous les points d'entrée</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="51"/>
        <location filename="../hub/views/trends.py" line="170"/>
        <source>All protocols</source>
        <translation>Tous les protocoles</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="52"/>
        <source>Any urgency</source>
        <translation>Toute urgence</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="54"/>
        <source>Any certainty</source>
        <translation>Toute certitude</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="56"/>
        <source>Assigned to anyone</source>
        <translation>Attribuée à quiconque</translation>
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
        <location filename="../hub/views/filters.py" line="74"/>
        <source>to</source>
        <translation>au</translation>
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
        <location filename="../hub/window.py" line="241"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="37"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="37"/>
        <source>Due today</source>
        <translation>À faire aujourd'hui</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="37"/>
        <source>Checked today</source>
        <translation>Vérifié aujourd'hui</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="38"/>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="42"/>
        <source>Well</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="42"/>
        <location filename="../hub/views/parts.py" line="148"/>
        <source>Lost to follow-up</source>
        <translation>Perdu de vue</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="43"/>
        <source>Referred to care</source>
        <translation>Orienté vers les soins</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="43"/>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="48"/>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="81"/>
        <source>Travellers to follow up until their end date, with the contact they agreed to give for this purpose only (deleted 30 days after the end date). Overdue: no check for a whole day.</source>
        <translation>Voyageurs à suivre jusqu'à leur date de fin, avec le contact qu'ils ont accepté de donner pour ce seul suivi (supprimé 30 jours après la date de fin). En retard : aucune vérification pendant une journée entière.</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="95"/>
        <location filename="../hub/views/follow_up.py" line="180"/>
        <source>Select a traveller to record today&apos;s check.</source>
        <translation>Choisissez un voyageur pour enregistrer la vérification du jour.</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="100"/>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/follow_up.py" line="139"/>
        <source>%n under follow-up</source>
        <translation><numerusform>%n en suivi</numerusform><numerusform>%n en suivi</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/follow_up.py" line="140"/>
        <source>%n overdue</source>
        <translation><numerusform>%n en retard</numerusform><numerusform>%n en retard</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/follow_up.py" line="140"/>
        <source>%n due today</source>
        <translation><numerusform>%n à faire aujourd'hui</numerusform><numerusform>%n à faire aujourd'hui</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="182"/>
        <source>%1, today:</source>
        <translation>%1, aujourd'hui :</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="199"/>
        <source>Check recorded for %1.</source>
        <translation>Vérification enregistrée pour %1.</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="24"/>
        <location filename="../hub/views/trends.py" line="42"/>
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
        <location filename="../hub/views/parts.py" line="30"/>
        <source>Immediate</source>
        <translation>Immédiate</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="30"/>
        <source>Expected</source>
        <translation>Attendue</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="30"/>
        <source>Future</source>
        <translation>Future</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="30"/>
        <source>Past</source>
        <translation>Passée</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="31"/>
        <source>Extreme</source>
        <translation>Extrême</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="31"/>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="31"/>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="31"/>
        <source>Minor</source>
        <translation>Mineure</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="32"/>
        <source>Observed</source>
        <translation>Observée</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="32"/>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="32"/>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="32"/>
        <source>Unlikely</source>
        <translation>Peu probable</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="33"/>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="147"/>
        <source>Confirmed case</source>
        <translation>Cas confirmé</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="147"/>
        <source>Ruled out</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="148"/>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="153"/>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="154"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="154"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="158"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="158"/>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="158"/>
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
        <location filename="../hub/views/reporting.py" line="44"/>
        <source>No report</source>
        <translation>Aucun rapport</translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="46"/>
        <source>%1 of %2 kiosks</source>
        <translation>%1 sur %2 postes</translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="52"/>
        <source>No point of entry is enrolled</source>
        <translation>Aucun point d'entrée n'est enregistré</translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="55"/>
        <source>%1 of %2 points of entry reported</source>
        <translation>%1 sur %2 points d'entrée ont fait rapport</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/reporting.py" line="58"/>
        <source>%n sent nothing</source>
        <translation><numerusform>%n n'a rien envoyé</numerusform><numerusform>%n n'ont rien envoyé</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/reporting.py" line="60"/>
        <source>%n in part</source>
        <translation><numerusform>%n en partie</numerusform><numerusform>%n en partie</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="80"/>
        <source>Day (UTC):</source>
        <translation>Jour (UTC) :</translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="94"/>
        <source>Each kiosk sends its counts of a UTC day after midnight (and on demand); a point of entry reported when all its enrolled kiosks did. Exercise screenings are not counted.</source>
        <translation>Chaque poste envoie ses chiffres d'un jour UTC après minuit (et à la demande) ; un point d'entrée a fait rapport quand tous ses postes enregistrés l'ont fait. Les dépistages d'exercice ne sont pas comptés.</translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="40"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="41"/>
        <source>Flagged (UTC)</source>
        <translation>Signalée (UTC)</translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="41"/>
        <source>Received (UTC)</source>
        <translation>Reçue (UTC)</translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="41"/>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="43"/>
        <source>Figures CSV…</source>
        <translation>Chiffres CSV…</translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="43"/>
        <source>Line list CSV…</source>
        <translation>Liste linéaire CSV…</translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="44"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="44"/>
        <source>DHIS2…</source>
        <translation>DHIS2…</translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="92"/>
        <source>Last %1 days</source>
        <translation>%1 derniers jours</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/trends.py" line="122"/>
        <source>%n actual alert(s) received from %1 to %2 (UTC days)</source>
        <translation><numerusform>%n alerte réelle reçue du %1 au %2 (jours UTC)</numerusform><numerusform>%n alertes réelles reçues du %1 au %2 (jours UTC)</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="124"/>
        <source>%1 travellers screened</source>
        <translation>%1 voyageurs dépistés</translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="125"/>
        <source>travellers screened: not available</source>
        <translation>voyageurs dépistés : non disponible</translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="141"/>
        <source>No alert in this period</source>
        <translation>Aucune alerte sur cette période</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/trends.py" line="153"/>
        <source>%1 · %n alert(s)</source>
        <translation><numerusform>%1 · %n alerte</numerusform><numerusform>%1 · %n alertes</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="194"/>
        <source>Line list: the newest %1 of %2 alerts (every one is in the CSV export)</source>
        <translation>Liste linéaire : les %1 plus récentes des %2 alertes (toutes sont dans l'export CSV)</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/trends.py" line="196"/>
        <source>Line list: %n alert(s)</source>
        <translation><numerusform>Liste linéaire : %n alerte</numerusform><numerusform>Liste linéaire : %n alertes</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="152"/>
        <source>Ingest: no worker has reported</source>
        <translation>Réception : aucun processus ne s'est signalé</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="155"/>
        <source>Ingest: %n worker(s) not reporting</source>
        <translation><numerusform>Réception : %n processus ne se signale plus</numerusform><numerusform>Réception : %n processus ne se signalent plus</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="157"/>
        <source>Ingest: database unreachable, %n alert(s) waiting</source>
        <translation><numerusform>Réception : base de données injoignable, %n alerte en attente</numerusform><numerusform>Réception : base de données injoignable, %n alertes en attente</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="159"/>
        <source>Ingest: broker not connected</source>
        <translation>Réception : courtier MQTT non connecté</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="162"/>
        <source>Ingest: %n worker(s) OK · last commit %1</source>
        <translation><numerusform>Réception : %n processus OK · dernier enregistrement %1</numerusform><numerusform>Réception : %n processus OK · dernier enregistrement %1</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="219"/>
        <source>Opening the hub database…</source>
        <translation>Ouverture de la base de données du centre…</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="236"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="237"/>
        <source>Kiosks</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="238"/>
        <location filename="../hub/window.py" line="478"/>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="240"/>
        <source>Daily reporting</source>
        <translation>Rapports quotidiens</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="243"/>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="278"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="328"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Connecté : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="360"/>
        <source>Cannot open the hub database: %1</source>
        <translation>Impossible d'ouvrir la base de données du centre : %1</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="427"/>
        <source>Updated %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="452"/>
        <source>Cannot read the hub database (retrying): %1</source>
        <translation>Lecture de la base de données du centre impossible (nouvel essai) : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="473"/>
        <source>%n in quarantine</source>
        <translation><numerusform>%n en quarantaine</numerusform><numerusform>%n en quarantaine</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="478"/>
        <source>Quarantine  (%n)</source>
        <translation><numerusform>Quarantaine  (%n)</numerusform><numerusform>Quarantaine  (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="495"/>
        <source>Hub console — %n new</source>
        <translation><numerusform>Console du centre — %n nouvelle</numerusform><numerusform>Console du centre — %n nouvelles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="498"/>
        <source>Actual alerts  (%n new)</source>
        <translation><numerusform>Alertes réelles  (%n nouvelle)</numerusform><numerusform>Alertes réelles  (%n nouvelles)</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="498"/>
        <source>Actual alerts</source>
        <translation>Alertes réelles</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="499"/>
        <source>Exercises and tests  (%n new)</source>
        <translation><numerusform>Exercices et tests  (%n nouvelle)</numerusform><numerusform>Exercices et tests  (%n nouvelles)</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="500"/>
        <source>Exercises and tests</source>
        <translation>Exercices et tests</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="560"/>
        <source>Note added.</source>
        <translation>Note ajoutée.</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="561"/>
        <source>Recorded: %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="631"/>
        <source>Outcome: choose one to close the alert: %1</source>
        <translation>Conclusion : choisissez-en une pour clôturer l'alerte : %1</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="633"/>
        <source>Note: at most %1 characters (%2 given)</source>
        <translation>Note : %1 caractères au plus (%2 saisis)</translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="84"/>
        <source>Is the public health impact of the event serious?</source>
        <translation>Les répercussions de l'événement sur la santé publique sont-elles graves ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="85"/>
        <source>Is the event unusual or unexpected?</source>
        <translation>L'événement est-il inhabituel ou inattendu ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="86"/>
        <source>Is there a significant risk of international spread?</source>
        <translation>Y a-t-il un risque important de propagation internationale ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="87"/>
        <source>Is there a significant risk of international travel or trade restrictions?</source>
        <translation>Y a-t-il un risque important de restrictions aux voyages internationaux ou au commerce international ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="125"/>
        <source>%1 may not assign an alert.</source>
        <translation>%1 n'a pas le droit d'attribuer une alerte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="126"/>
        <source>%1 may not verify an alert.</source>
        <translation>%1 n'a pas le droit de vérifier une alerte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="127"/>
        <source>%1 may not assess the risk of an alert.</source>
        <translation>%1 n'a pas le droit d'évaluer le risque d'une alerte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="128"/>
        <source>%1 may not record the outcome of an assessment.</source>
        <translation>%1 n'a pas le droit d'enregistrer la décision d'une évaluation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="150"/>
        <location filename="../../kiosk/hub/assessment.py" line="496"/>
        <source>Enter the officer the alert is assigned to.</source>
        <translation>Indiquez l'agent à qui l'alerte est attribuée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="151"/>
        <location filename="../../kiosk/hub/assessment.py" line="507"/>
        <source>Choose yes, no or unknown.</source>
        <translation>Choisissez oui, non ou pas encore connu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="152"/>
        <location filename="../../kiosk/hub/assessment.py" line="587"/>
        <source>Write the rationale.</source>
        <translation>Écrivez la justification.</translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="153"/>
        <location filename="../../kiosk/hub/assessment.py" line="589"/>
        <source>At most %1 characters (%2 given).</source>
        <translation>Au plus %1 caractères (%2 saisis).</translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="154"/>
        <location filename="../../kiosk/hub/assessment.py" line="521"/>
        <source>Verify the alert before its risk assessment.</source>
        <translation>Vérifiez l'alerte avant d'en évaluer le risque.</translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="155"/>
        <location filename="../../kiosk/hub/assessment.py" line="524"/>
        <source>The alert does not meet the case definition: verify it again before a risk assessment.</source>
        <translation>L'alerte ne répond pas à la définition de cas : vérifiez-la de nouveau avant une évaluation du risque.</translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="156"/>
        <location filename="../../kiosk/hub/assessment.py" line="539"/>
        <source>Answer yes or no.</source>
        <translation>Répondez oui ou non.</translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="157"/>
        <location filename="../../kiosk/hub/assessment.py" line="570"/>
        <source>Verify the alert before its outcome.</source>
        <translation>Vérifiez l'alerte avant la décision.</translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="158"/>
        <location filename="../../kiosk/hub/assessment.py" line="573"/>
        <source>Answer the four Annex 2 questions before the outcome.</source>
        <translation>Répondez aux quatre questions de l'annexe 2 avant la décision.</translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="159"/>
        <location filename="../../kiosk/hub/assessment.py" line="550"/>
        <source>Choose monitor, respond or notify.</source>
        <translation>Choisissez surveiller, intervenir ou notifier.</translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="160"/>
        <location filename="../../kiosk/hub/assessment.py" line="577"/>
        <source>The Annex 2 instrument recommends notifying the National IHR Focal Point: give the reason for another outcome.</source>
        <translation>L'instrument de l'annexe 2 recommande de notifier le point focal national RSI : donnez le motif d'une autre décision.</translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="162"/>
        <location filename="../../kiosk/hub/assessment.py" line="580"/>
        <source>The Annex 2 instrument does not recommend notification: give the reason for notifying.</source>
        <translation>L'instrument de l'annexe 2 ne recommande pas la notification : donnez le motif de la notification.</translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="163"/>
        <location filename="../../kiosk/hub/assessment.py" line="608"/>
        <source>%1 recorded a step at %2 UTC since you looked; look at the assessment again.</source>
        <translation>%1 a enregistré une étape à %2 UTC depuis votre consultation ; regardez de nouveau l'évaluation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="164"/>
        <location filename="../../kiosk/hub/assessment.py" line="612"/>
        <location filename="../../kiosk/hub/assessment.py" line="617"/>
        <source>Another console recorded a step at the same moment; look at the assessment again.</source>
        <translation>Une autre console a enregistré une étape au même moment ; regardez de nouveau l'évaluation.</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="65"/>
        <source>en</source>
        <comment>locale name for dates, e.g. fr</comment>
        <translation>fr</translation>
    </message>
</context>
</TS>
