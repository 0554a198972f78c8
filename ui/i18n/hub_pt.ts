<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>HubConsole</name>
    <message>
        <location filename="../hub/assessment_desk.py" line="129"/>
        <source>IHR assessment  (%n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/assessment_desk.py" line="130"/>
        <location filename="../hub/views/assessment.py" line="165"/>
        <location filename="../hub/views/assessment.py" line="332"/>
        <location filename="../hub/views/detail.py" line="132"/>
        <location filename="../hub/window.py" line="239"/>
        <source>IHR assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/assessment_desk.py" line="183"/>
        <source>Recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/assessment_desk.py" line="215"/>
        <source>IHR assessment: outcome recorded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/assessment_desk.py" line="218"/>
        <source>IHR Annex 2: assessment needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/assessment_desk.py" line="218"/>
        <source>IHR assessment started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/dialogs.py" line="15"/>
        <location filename="../hub/dialogs.py" line="22"/>
        <source>Export the report</source>
        <translation>Exportar o relatório</translation>
    </message>
    <message>
        <location filename="../hub/dialogs.py" line="15"/>
        <location filename="../hub/dialogs.py" line="21"/>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../hub/dialogs.py" line="21"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/dialogs.py" line="21"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/dialogs.py" line="33"/>
        <location filename="../hub/window.py" line="495"/>
        <source>Hub console</source>
        <translation>Consola do centro</translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="21"/>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="21"/>
        <location filename="../hub/views/detail.py" line="63"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="21"/>
        <location filename="../hub/views/trends.py" line="42"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="22"/>
        <location filename="../hub/views/alert_model.py" line="40"/>
        <location filename="../hub/views/detail.py" line="168"/>
        <source>Triage</source>
        <translation>Triagem</translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="24"/>
        <source>enter the surveillance officer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="25"/>
        <source>at most %1 characters (%2 given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="26"/>
        <source>the name contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="27"/>
        <source>an alert that is %1 cannot become %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="28"/>
        <source>write the note to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="30"/>
        <source>an outcome is recorded only when the alert is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="44"/>
        <source>This alert is not in the hub database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="68"/>
        <source>Your role (%1) does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="70"/>
        <source>%1 is not in your jurisdiction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="72"/>
        <source>Your account has changed: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="73"/>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="84"/>
        <source>Another officer changed this alert since you looked; look at it again before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="86"/>
        <source>The alert is now %1 by %2 at %3 UTC; look at it again before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/refusals.py" line="97"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="24"/>
        <source>Surveillance officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="24"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="25"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="25"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="32"/>
        <source>This account is locked after %1 wrong passwords until %2. Try again then, or ask an administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="36"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="37"/>
        <source>User id or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="38"/>
        <source>Cannot sign in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="64"/>
        <location filename="../hub/views/alerting.py" line="155"/>
        <location filename="../hub/window.py" line="268"/>
        <source>Surveillance hub · alert console</source>
        <translation>Centro de vigilância · consola de alertas</translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="65"/>
        <source>Sign in with your hub account. Every triage change is recorded under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="67"/>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="71"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="76"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="102"/>
        <source>Enter your user id and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/signin.py" line="105"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/trends.py" line="90"/>
        <source>DHIS2 mapping file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/trends.py" line="91"/>
        <source>Mapping files (*.yaml *.yml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/trends.py" line="107"/>
        <location filename="../hub/window.py" line="598"/>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="37"/>
        <location filename="../hub/views/assessment.py" line="52"/>
        <location filename="../hub/views/detail.py" line="48"/>
        <location filename="../hub/views/quarantine.py" line="19"/>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="37"/>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Ponto de entrada</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="38"/>
        <location filename="../hub/views/assessment.py" line="52"/>
        <location filename="../hub/views/detail.py" line="51"/>
        <location filename="../hub/views/follow_up.py" line="28"/>
        <location filename="../hub/views/trends.py" line="40"/>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="38"/>
        <location filename="../hub/views/detail.py" line="52"/>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="39"/>
        <location filename="../hub/views/detail.py" line="53"/>
        <source>Disposition</source>
        <translation>Conduta</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="39"/>
        <source>Urgency · severity</source>
        <translation>Urgência · gravidade</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="114"/>
        <source>kiosk %1</source>
        <translation>posto %1</translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="116"/>
        <source>Not acknowledged in time: escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/alert_model.py" line="166"/>
        <source>being assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/alerting.py" line="85"/>
        <location filename="../hub/views/crash_notice.py" line="23"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/alerting.py" line="106"/>
        <source>Sound: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/alerting.py" line="106"/>
        <source>Sound: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/alerting.py" line="107"/>
        <source>Sound for Immediate/Severe alerts and early notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/alerting.py" line="123"/>
        <source>%n alert(s) need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/alerting.py" line="126"/>
        <source>and %n more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/alerting.py" line="133"/>
        <source>▲ %n escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/alerting.py" line="134"/>
        <source>Alerts not acknowledged in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/alerting.py" line="142"/>
        <source>Early notice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="41"/>
        <source>EXERCISE AND TEST ALERTS — not real. They are never shown with actual alerts, never counted with them and never in the report.</source>
        <translation>ALERTAS DE EXERCÍCIO E DE TESTE — não reais. Nunca são mostrados com os alertas reais, nunca contados com eles e nunca entram no relatório.</translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="64"/>
        <source>Mark all as seen</source>
        <translation>Marcar todos como vistos</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/alerts.py" line="118"/>
        <source>%n alert(s)</source>
        <translation><numerusform>%n alerta</numerusform><numerusform>%n alertas</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/views/alerts.py" line="118"/>
        <source>%n alert(s) loaded · scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/alerts.py" line="120"/>
        <location filename="../hub/window.py" line="496"/>
        <source>%n new</source>
        <translation><numerusform>%n novo</numerusform><numerusform>%n novos</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="53"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="53"/>
        <source>24 h clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="56"/>
        <source>Yes, meets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="56"/>
        <location filename="../hub/views/assessment.py" line="57"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="56"/>
        <source>Unknown yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="57"/>
        <location filename="../hub/views/reporting.py" line="47"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="58"/>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="58"/>
        <source>Respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="59"/>
        <source>Notify the National IHR Focal Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="61"/>
        <source>Always notifiable (IHR Annex 2): a case is notified whatever the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="62"/>
        <source>Assessment needed: this disease is always assessed with the IHR Annex 2 instrument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="63"/>
        <source>The protocol does not call for an Annex 2 assessment; it can still be assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="156"/>
        <source>← Back to the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="159"/>
        <source>Awaiting assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="182"/>
        <source>Alerts whose disease the IHR Annex 2 instrument covers, with no outcome yet. Choose one to assess it, or open an alert and choose “IHR assessment”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="198"/>
        <source>Awaiting an IHR assessment: %n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="203"/>
        <location filename="../hub/views/assessment.py" line="336"/>
        <source>Not verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="232"/>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="238"/>
        <source>Officer to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="240"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="242"/>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="249"/>
        <source>1. Verification: does the alert meet the case definition?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="254"/>
        <source>Rationale: what was checked, with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="256"/>
        <source>Record the verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="262"/>
        <source>2. Risk assessment: the four questions of IHR Annex 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="277"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="283"/>
        <source>Record the risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="289"/>
        <source>3. Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="296"/>
        <source>Reason (needed when the outcome differs from the recommendation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="299"/>
        <source>Record the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="307"/>
        <location filename="../hub/views/detail.py" line="203"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="332"/>
        <source>IHR assessment — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="335"/>
        <source>Not assigned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="366"/>
        <source>%1 of 4 answered yes (two or more: notify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="367"/>
        <source>Two or more yes: the instrument recommends notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="381"/>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="413"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="419"/>
        <source>24 h clock: starts when the alert is verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="423"/>
        <source>Decided %1 after the 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="424"/>
        <source>Decided with %1 to spare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="426"/>
        <source>OVERDUE by %1 · notify by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="428"/>
        <source>%1 left · notify by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="433"/>
        <source>Recommended: notify the National IHR Focal Point (always-notifiable disease, IHR Annex 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="435"/>
        <source>Not a case: no notification recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="437"/>
        <source>The recommendation follows from the four answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="439"/>
        <source>Recommended: notify the National IHR Focal Point (%1 of 4 yes, IHR Annex 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="441"/>
        <source>Not recommended to notify (%1 of 4 yes, IHR Annex 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="447"/>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="449"/>
        <source>Verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="451"/>
        <source>Risk assessed: %1 of 4 yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="453"/>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="455"/>
        <source>(by %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/assessment.py" line="465"/>
        <source>Against the recommendation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="24"/>
        <location filename="../hub/views/follow_up.py" line="42"/>
        <source>Symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="25"/>
        <source>Symptom onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="26"/>
        <source>Countries (left on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="27"/>
        <source>Exposures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="28"/>
        <source>Decision reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="29"/>
        <source>Other parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="51"/>
        <source>%1 — left %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="77"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="85"/>
        <source>Symptoms, countries and exposures: not sent by this kiosk (an older version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="115"/>
        <source>No kiosk of this point of entry has reported its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="116"/>
        <source>Phone and e-mail of the port health unit: not in the hub&apos;s registry yet. The kiosk that sent the alert is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="125"/>
        <source>offline for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/case_facts.py" line="128"/>
        <source>online since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/crash_notice.py" line="29"/>
        <source>Something went wrong (%1). Everything recorded is saved and the console keeps running; the details are in the crash log. If it happens again, tell the hub&apos;s technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="46"/>
        <source>Flagged at the kiosk</source>
        <translation>Assinalado no posto</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="47"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="50"/>
        <location filename="../hub/views/kiosks.py" line="24"/>
        <location filename="../hub/views/quarantine.py" line="19"/>
        <source>Kiosk</source>
        <translation>Posto</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="54"/>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="55"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="56"/>
        <location filename="../hub/views/follow_up.py" line="28"/>
        <source>Traveller</source>
        <translation>Viajante</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="57"/>
        <source>Follow-up until</source>
        <translation>Seguimento até</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="58"/>
        <source>Certainty</source>
        <translation>Certeza</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="59"/>
        <source>Situation</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="60"/>
        <source>Protocols</source>
        <translation>Protocolos</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="61"/>
        <source>Encounter</source>
        <translation>Atendimento</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="62"/>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="93"/>
        <source>Select an alert to see its details and triage it.</source>
        <translation>Selecione um alerta para ver os detalhes e fazer a triagem.</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="145"/>
        <source>CAP message</source>
        <translation>Mensagem CAP</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="157"/>
        <source>Thread</source>
        <translation>Sequência</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="173"/>
        <source>Note (optional): what was done, who was called…</source>
        <translation>Nota (opcional): o que foi feito, quem foi contactado…</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="180"/>
        <source>Outcome (needed to close)…</source>
        <translation>Resultado (necessário para fechar)…</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="189"/>
        <source>Acknowledge</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="190"/>
        <location filename="../hub/views/detail.py" line="275"/>
        <source>Investigate</source>
        <translation>Investigar</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="191"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="196"/>
        <source>Add note</source>
        <translation>Adicionar nota</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="234"/>
        <source>ACTUAL</source>
        <translation>REAL</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="239"/>
        <source>The stored CAP message could not be read again: %1</source>
        <translation>Não foi possível reler a mensagem CAP guardada: %1</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="258"/>
        <source>The alert this refers to has not reached the hub.</source>
        <translation>O alerta a que se refere não chegou ao centro.</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="269"/>
        <source>Now: %1</source>
        <translation>Agora: %1</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="270"/>
        <source>Now: %1 — %2, %3</source>
        <translation>Agora: %1 — %2, %3</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="275"/>
        <source>Re-open</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="283"/>
        <source>Not triaged yet.</source>
        <translation>Ainda sem triagem.</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="331"/>
        <source>risk %1</source>
        <translation>risco %1</translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="339"/>
        <source>Early notice — assessment in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="340"/>
        <source>assessment completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="340"/>
        <source>ruled out at the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/detail.py" line="341"/>
        <source>screening abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="22"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="22"/>
        <source>Open (not closed)</source>
        <translation>Abertos (não fechados)</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="23"/>
        <location filename="../hub/views/parts.py" line="142"/>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="23"/>
        <location filename="../hub/views/parts.py" line="142"/>
        <source>Acknowledged</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="24"/>
        <location filename="../hub/views/parts.py" line="142"/>
        <source>Investigating</source>
        <translation>Em investigação</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="24"/>
        <location filename="../hub/views/follow_up.py" line="37"/>
        <location filename="../hub/views/parts.py" line="143"/>
        <source>Closed</source>
        <translation>Fechado</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="25"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="25"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="25"/>
        <location filename="../hub/views/report.py" line="31"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="26"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="26"/>
        <source>Between dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="50"/>
        <source>All points of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="51"/>
        <location filename="../hub/views/trends.py" line="170"/>
        <source>All protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="52"/>
        <source>Any urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="54"/>
        <source>Any certainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="56"/>
        <source>Assigned to anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="57"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="65"/>
        <source>Search by reference (alert identifier)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="69"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/filters.py" line="74"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="28"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="29"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="29"/>
        <location filename="../hub/views/report.py" line="31"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="29"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="29"/>
        <location filename="../hub/window.py" line="241"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="37"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="37"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="37"/>
        <source>Checked today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="38"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="42"/>
        <source>Well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="42"/>
        <location filename="../hub/views/parts.py" line="148"/>
        <source>Lost to follow-up</source>
        <translation>Perdido no seguimento</translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="43"/>
        <source>Referred to care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="43"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="48"/>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="81"/>
        <source>Travellers to follow up until their end date, with the contact they agreed to give for this purpose only (deleted 30 days after the end date). Overdue: no check for a whole day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="95"/>
        <location filename="../hub/views/follow_up.py" line="180"/>
        <source>Select a traveller to record today&apos;s check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="100"/>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="139"/>
        <source>%n under follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="140"/>
        <source>%n overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="140"/>
        <source>%n due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="182"/>
        <source>%1, today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/follow_up.py" line="199"/>
        <source>Check recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="24"/>
        <location filename="../hub/views/trends.py" line="42"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="24"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="25"/>
        <source>Situation in force</source>
        <translation>Situação em vigor</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="25"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="35"/>
        <source>Each kiosk says online when it connects; the broker says offline for it when it vanishes (power or network cut).</source>
        <translation>Cada posto anuncia que está em linha quando se liga; o broker anuncia-o sem ligação quando desaparece (corte de energia ou de rede).</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="46"/>
        <source>Offline</source>
        <translation>Sem ligação</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="46"/>
        <source>Online</source>
        <translation>Em linha</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="60"/>
        <source>No kiosk has reported yet</source>
        <translation>Nenhum posto comunicou ainda</translation>
    </message>
    <message>
        <location filename="../hub/views/kiosks.py" line="61"/>
        <source>Kiosks: %1 online · %2 offline</source>
        <translation>Postos: %1 em linha · %2 sem ligação</translation>
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
        <translation>%1 dias</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="30"/>
        <source>Immediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="30"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="30"/>
        <source>Future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="30"/>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="31"/>
        <source>Extreme</source>
        <translation>Extrema</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="31"/>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="31"/>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="31"/>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="32"/>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="32"/>
        <source>Likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="32"/>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="32"/>
        <source>Unlikely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="33"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="147"/>
        <source>Confirmed case</source>
        <translation>Caso confirmado</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="147"/>
        <source>Ruled out</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="148"/>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="153"/>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="154"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="154"/>
        <source>Test</source>
        <translation>Teste</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="158"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="158"/>
        <source>Update</source>
        <translation>Atualização</translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="158"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="19"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="19"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="20"/>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="22"/>
        <source>Kiosk not enrolled</source>
        <translation>Posto não registado</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="23"/>
        <source>Topic disagrees with the alert</source>
        <translation>O tópico não corresponde ao alerta</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="24"/>
        <source>Over the size limit</source>
        <translation>Acima do limite de tamanho</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="25"/>
        <source>Implausible sent time</source>
        <translation>Hora de envio implausível</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="26"/>
        <source>Not valid CAP 1.2</source>
        <translation>CAP 1.2 inválido</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="27"/>
        <source>Status not accepted</source>
        <translation>Estado não aceite</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="28"/>
        <source>Unreadable kiosk status</source>
        <translation>Estado do posto ilegível</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="42"/>
        <source>Messages the hub kept without storing them as alerts. A kiosk that is not enrolled sends its alerts again: once it is enrolled they arrive.</source>
        <translation>Mensagens que o centro guardou sem as registar como alertas. Um posto não registado volta a enviar os seus alertas: chegam depois de registado.</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="52"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../hub/views/quarantine.py" line="63"/>
        <source>Nothing in quarantine</source>
        <translation>Nada em quarentena</translation>
    </message>
    <message>
        <location filename="../hub/views/report.py" line="31"/>
        <source>Last 28 days</source>
        <translation>Últimos 28 dias</translation>
    </message>
    <message>
        <location filename="../hub/views/report.py" line="52"/>
        <source>Alerts by protocol and point of entry</source>
        <translation>Alertas por protocolo e ponto de entrada</translation>
    </message>
    <message>
        <location filename="../hub/views/report.py" line="77"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/views/report.py" line="107"/>
        <source>%n actual alert(s) received from %1 to %2 UTC</source>
        <translation><numerusform>%n alerta real recebido de %1 a %2 UTC</numerusform><numerusform>%n alertas reais recebidos de %1 a %2 UTC</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/views/report.py" line="111"/>
        <source>Not counted above: %1 exercise and %2 test alert(s) in the same period.</source>
        <translation>Não contados acima: %1 alerta(s) de exercício e %2 de teste no mesmo período.</translation>
    </message>
    <message>
        <location filename="../hub/views/report.py" line="118"/>
        <source>Closed: %1</source>
        <translation>Fechados: %1</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="27"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="28"/>
        <source>Kiosks that sent nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="28"/>
        <source>Screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="28"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="29"/>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="29"/>
        <source>Isolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="44"/>
        <source>No report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="46"/>
        <source>%1 of %2 kiosks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="52"/>
        <source>No point of entry is enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="55"/>
        <source>%1 of %2 points of entry reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="58"/>
        <source>%n sent nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="60"/>
        <source>%n in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="80"/>
        <source>Day (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/reporting.py" line="94"/>
        <source>Each kiosk sends its counts of a UTC day after midnight (and on demand); a point of entry reported when all its enrolled kiosks did. Exercise screenings are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="40"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="41"/>
        <source>Flagged (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="41"/>
        <source>Received (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="41"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="43"/>
        <source>Figures CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="43"/>
        <source>Line list CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="44"/>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="44"/>
        <source>DHIS2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="92"/>
        <source>Last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="122"/>
        <source>%n actual alert(s) received from %1 to %2 (UTC days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="124"/>
        <source>%1 travellers screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="125"/>
        <source>travellers screened: not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="141"/>
        <source>No alert in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="153"/>
        <source>%1 · %n alert(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="194"/>
        <source>Line list: the newest %1 of %2 alerts (every one is in the CSV export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/trends.py" line="196"/>
        <source>Line list: %n alert(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="152"/>
        <source>Ingest: no worker has reported</source>
        <translation>Receção: nenhum processo comunicou</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="155"/>
        <source>Ingest: %n worker(s) not reporting</source>
        <translation><numerusform>Receção: %n processo sem resposta</numerusform><numerusform>Receção: %n processos sem resposta</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="157"/>
        <source>Ingest: database unreachable, %n alert(s) waiting</source>
        <translation><numerusform>Receção: base de dados inacessível, %n alerta em espera</numerusform><numerusform>Receção: base de dados inacessível, %n alertas em espera</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="159"/>
        <source>Ingest: broker not connected</source>
        <translation>Receção: broker não ligado</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="162"/>
        <source>Ingest: %n worker(s) OK · last commit %1</source>
        <translation><numerusform>Receção: %n processo OK · último registo %1</numerusform><numerusform>Receção: %n processos OK · último registo %1</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="219"/>
        <source>Opening the hub database…</source>
        <translation>A abrir a base de dados do centro…</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="236"/>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="237"/>
        <source>Kiosks</source>
        <translation>Postos</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="238"/>
        <location filename="../hub/window.py" line="478"/>
        <source>Quarantine</source>
        <translation>Quarentena</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="240"/>
        <source>Daily reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="243"/>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="278"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="328"/>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="360"/>
        <source>Cannot open the hub database: %1</source>
        <translation>Não é possível abrir a base de dados do centro: %1</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="427"/>
        <source>Updated %1</source>
        <translation>Atualizado %1</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="452"/>
        <source>Cannot read the hub database (retrying): %1</source>
        <translation>Não é possível ler a base de dados do centro (nova tentativa): %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="473"/>
        <source>%n in quarantine</source>
        <translation><numerusform>%n em quarentena</numerusform><numerusform>%n em quarentena</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="478"/>
        <source>Quarantine  (%n)</source>
        <translation><numerusform>Quarentena  (%n)</numerusform><numerusform>Quarentena  (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="495"/>
        <source>Hub console — %n new</source>
        <translation><numerusform>Consola do centro — %n novo</numerusform><numerusform>Consola do centro — %n novos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="498"/>
        <source>Actual alerts  (%n new)</source>
        <translation><numerusform>Alertas reais  (%n novo)</numerusform><numerusform>Alertas reais  (%n novos)</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="498"/>
        <source>Actual alerts</source>
        <translation>Alertas reais</translation>
    </message>
    <message numerus="yes">
        <location filename="../hub/window.py" line="499"/>
        <source>Exercises and tests  (%n new)</source>
        <translation><numerusform>Exercícios e testes  (%n novo)</numerusform><numerusform>Exercícios e testes  (%n novos)</numerusform></translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="500"/>
        <source>Exercises and tests</source>
        <translation>Exercícios e testes</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="560"/>
        <source>Note added.</source>
        <translation>Nota adicionada.</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="561"/>
        <source>Recorded: %1.</source>
        <translation>Registado: %1.</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="631"/>
        <source>Outcome: choose one to close the alert: %1</source>
        <translation>Resultado: escolha um para fechar o alerta: %1</translation>
    </message>
    <message>
        <location filename="../hub/window.py" line="633"/>
        <source>Note: at most %1 characters (%2 given)</source>
        <translation>Nota: no máximo %1 caracteres (%2 dados)</translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="84"/>
        <source>Is the public health impact of the event serious?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="85"/>
        <source>Is the event unusual or unexpected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="86"/>
        <source>Is there a significant risk of international spread?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="87"/>
        <source>Is there a significant risk of international travel or trade restrictions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="125"/>
        <source>%1 may not assign an alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="126"/>
        <source>%1 may not verify an alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="127"/>
        <source>%1 may not assess the risk of an alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="128"/>
        <source>%1 may not record the outcome of an assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="150"/>
        <location filename="../../kiosk/hub/assessment.py" line="496"/>
        <source>Enter the officer the alert is assigned to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="151"/>
        <location filename="../../kiosk/hub/assessment.py" line="507"/>
        <source>Choose yes, no or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="152"/>
        <location filename="../../kiosk/hub/assessment.py" line="587"/>
        <source>Write the rationale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="153"/>
        <location filename="../../kiosk/hub/assessment.py" line="589"/>
        <source>At most %1 characters (%2 given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="154"/>
        <location filename="../../kiosk/hub/assessment.py" line="521"/>
        <source>Verify the alert before its risk assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="155"/>
        <location filename="../../kiosk/hub/assessment.py" line="524"/>
        <source>The alert does not meet the case definition: verify it again before a risk assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="156"/>
        <location filename="../../kiosk/hub/assessment.py" line="539"/>
        <source>Answer yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="157"/>
        <location filename="../../kiosk/hub/assessment.py" line="570"/>
        <source>Verify the alert before its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="158"/>
        <location filename="../../kiosk/hub/assessment.py" line="573"/>
        <source>Answer the four Annex 2 questions before the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="159"/>
        <location filename="../../kiosk/hub/assessment.py" line="550"/>
        <source>Choose monitor, respond or notify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="160"/>
        <location filename="../../kiosk/hub/assessment.py" line="577"/>
        <source>The Annex 2 instrument recommends notifying the National IHR Focal Point: give the reason for another outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="162"/>
        <location filename="../../kiosk/hub/assessment.py" line="580"/>
        <source>The Annex 2 instrument does not recommend notification: give the reason for notifying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="163"/>
        <location filename="../../kiosk/hub/assessment.py" line="608"/>
        <source>%1 recorded a step at %2 UTC since you looked; look at the assessment again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/hub/assessment.py" line="164"/>
        <location filename="../../kiosk/hub/assessment.py" line="612"/>
        <location filename="../../kiosk/hub/assessment.py" line="617"/>
        <source>Another console recorded a step at the same moment; look at the assessment again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../hub/views/parts.py" line="65"/>
        <source>en</source>
        <comment>locale name for dates, e.g. fr</comment>
        <translation>pt</translation>
    </message>
</context>
</TS>
