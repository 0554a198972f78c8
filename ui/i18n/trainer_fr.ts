<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>TrainerConsole</name>
    <message>
        <location filename="../trainer/history.py" line="37"/>
        <location filename="../trainer/window.py" line="213"/>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../trainer/history.py" line="37"/>
        <location filename="../trainer/window.py" line="137"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../trainer/history.py" line="37"/>
        <source>Ended</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <location filename="../trainer/history.py" line="37"/>
        <source>Officers</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../trainer/history.py" line="37"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../trainer/history.py" line="37"/>
        <location filename="../trainer/window.py" line="68"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../trainer/history.py" line="48"/>
        <source>Past exercises on this kiosk (exercise data only: no real screening)</source>
        <translation>Exercices passés sur ce poste (données d'exercice seulement : aucun dépistage réel)</translation>
    </message>
    <message>
        <location filename="../trainer/history.py" line="59"/>
        <source>Open the report (PDF)</source>
        <translation>Ouvrir le rapport (PDF)</translation>
    </message>
    <message>
        <location filename="../trainer/history.py" line="60"/>
        <source>Open the report (JSON)</source>
        <translation>Ouvrir le rapport (JSON)</translation>
    </message>
    <message>
        <location filename="../trainer/history.py" line="80"/>
        <location filename="../trainer/window.py" line="382"/>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../trainer/history.py" line="80"/>
        <location filename="../trainer/window.py" line="382"/>
        <source>not passed</source>
        <translation>non réussi</translation>
    </message>
    <message>
        <location filename="../trainer/history.py" line="81"/>
        <source>no scenario</source>
        <translation>sans scénario</translation>
    </message>
    <message>
        <location filename="../trainer/history.py" line="104"/>
        <source>This exercise was run from the kiosk&apos;s own button: it has no scenario and no report.</source>
        <translation>Cet exercice a été lancé par le bouton du poste : il n'a ni scénario ni rapport.</translation>
    </message>
    <message>
        <location filename="../trainer/history.py" line="115"/>
        <source>The report %1 is no longer there (moved or deleted).</source>
        <translation>Le rapport %1 n'est plus là (déplacé ou supprimé).</translation>
    </message>
    <message>
        <location filename="../trainer/history.py" line="118"/>
        <source>No program on this computer opens %1.</source>
        <translation>Aucun programme de cet ordinateur n'ouvre %1.</translation>
    </message>
    <message>
        <location filename="../trainer/history.py" line="120"/>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="67"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="67"/>
        <source>Traveller</source>
        <translation>Voyageur</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="67"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="67"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="67"/>
        <source>Since release</source>
        <translation>Depuis l'envoi</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="67"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="67"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="68"/>
        <source>Time to decision</source>
        <translation>Délai de décision</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="72"/>
        <source>not released</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="72"/>
        <source>being screened</source>
        <translation>en dépistage</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="72"/>
        <location filename="../trainer/window.py" line="78"/>
        <source>decided</source>
        <translation>décidé</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="83"/>
        <source>not started at the kiosk</source>
        <translation>pas encore commencé au poste</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="85"/>
        <source>waiting for secondary screening</source>
        <translation>attend le dépistage secondaire</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="86"/>
        <source>primary</source>
        <translation>primaire</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="86"/>
        <source>secondary</source>
        <translation>secondaire</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="91"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="91"/>
        <source>Strength</source>
        <translation>Point fort</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="91"/>
        <source>To improve</source>
        <translation>À améliorer</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="123"/>
        <source>Trainer console · simulation exercise</source>
        <translation>Console du formateur · exercice de simulation</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="149"/>
        <source>Officers taking part</source>
        <translation>Agents participants</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="152"/>
        <source>Start the exercise</source>
        <translation>Lancer l'exercice</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="153"/>
        <location filename="../trainer/window.py" line="320"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="154"/>
        <source>End the exercise and write the report</source>
        <translation>Terminer l'exercice et rédiger le rapport</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="156"/>
        <source>Scenario:</source>
        <translation>Scénario :</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="159"/>
        <source>Officers taking part:</source>
        <translation>Agents participants :</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="172"/>
        <source>Injects of the scenario</source>
        <translation>Injects du scénario</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="182"/>
        <source>Release the next inject</source>
        <translation>Envoyer l'inject suivant</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="183"/>
        <source>Release the selected inject</source>
        <translation>Envoyer l'inject sélectionné</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="190"/>
        <source>Kind of note</source>
        <translation>Type de note</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="194"/>
        <location filename="../trainer/window.py" line="195"/>
        <source>Observer note</source>
        <translation>Note de l'observateur</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="197"/>
        <source>Add the note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="203"/>
        <source>Observer notes</source>
        <translation>Notes de l'observateur</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="214"/>
        <source>Past exercises</source>
        <translation>Exercices passés</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="229"/>
        <source>Tick the officers taking part first.</source>
        <translation>Cochez d'abord les agents participants.</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="249"/>
        <source>Select the inject to release in the table first.</source>
        <translation>Sélectionnez d'abord dans le tableau l'inject à envoyer.</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="295"/>
        <source>Something went wrong: %1</source>
        <translation>Un problème est survenu : %1</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="320"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="346"/>
        <source>none chosen</source>
        <translation>aucun choisi</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="347"/>
        <source>Officers taking part: %1</source>
        <translation>Agents participants : %1</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="351"/>
        <source>No exercise is running on this kiosk. Choose a scenario and start it.</source>
        <translation>Aucun exercice en cours sur ce poste. Choisissez un scénario et lancez-le.</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="352"/>
        <source>Exercise %1 · %2 · %3</source>
        <translation>Exercice %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="353"/>
        <source>paused: the clocks are stopped</source>
        <translation>en pause : les chronomètres sont arrêtés</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="353"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="360"/>
        <source>correct</source>
        <translation>correct</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="360"/>
        <source>WRONG</source>
        <translation>ERRONÉ</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="383"/>
        <source>Exercise %1 ended: %2 % of the injects as expected, %3.</source>
        <translation>Exercice %1 terminé : %2 % des injects conformes à l'attendu, %3.</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="386"/>
        <source>After-action report: %1</source>
        <translation>Rapport après action : %1</translation>
    </message>
</context>
</TS>
