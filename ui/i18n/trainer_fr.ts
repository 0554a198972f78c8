<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>TrainerConsole</name>
    <message>
        <location filename="../trainer/window.py" line="53"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="53"/>
        <source>Traveller</source>
        <translation>Voyageur</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="53"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="53"/>
        <source>Since release</source>
        <translation>Depuis l'envoi</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="53"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="53"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="53"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="54"/>
        <source>Time to decision</source>
        <translation>Délai de décision</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="58"/>
        <source>not released</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="58"/>
        <source>being screened</source>
        <translation>en dépistage</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="58"/>
        <source>decided</source>
        <translation>décidé</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="62"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="62"/>
        <source>Strength</source>
        <translation>Point fort</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="62"/>
        <source>To improve</source>
        <translation>À améliorer</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="90"/>
        <source>Trainer console · simulation exercise</source>
        <translation>Console du formateur · exercice de simulation</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="112"/>
        <source>Start the exercise</source>
        <translation>Lancer l'exercice</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="113"/>
        <location filename="../trainer/window.py" line="253"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="114"/>
        <source>End the exercise and write the report</source>
        <translation>Terminer l'exercice et rédiger le rapport</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="116"/>
        <source>Scenario:</source>
        <translation>Scénario :</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="135"/>
        <source>Release the next inject</source>
        <translation>Envoyer l'inject suivant</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="136"/>
        <source>Release the selected inject</source>
        <translation>Envoyer l'inject sélectionné</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="146"/>
        <source>Observer note</source>
        <translation>Note de l'observateur</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="148"/>
        <source>Add the note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="185"/>
        <source>Select the inject to release in the table first.</source>
        <translation>Sélectionnez d'abord dans le tableau l'inject à envoyer.</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="229"/>
        <source>Something went wrong: %1</source>
        <translation>Un problème est survenu : %1</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="253"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="263"/>
        <source>No exercise is running on this kiosk. Choose a scenario and start it.</source>
        <translation>Aucun exercice en cours sur ce poste. Choisissez un scénario et lancez-le.</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="264"/>
        <source>Exercise %1 · %2 · %3</source>
        <translation>Exercice %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="265"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="265"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="272"/>
        <source>correct</source>
        <translation>correct</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="272"/>
        <source>WRONG</source>
        <translation>ERRONÉ</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="290"/>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="290"/>
        <source>not passed</source>
        <translation>non réussi</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="291"/>
        <source>Exercise %1 ended: %2 % of the injects as expected, %3.</source>
        <translation>Exercice %1 terminé : %2 % des injects conformes à l'attendu, %3.</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="294"/>
        <source>After-action report: %1</source>
        <translation>Rapport après action : %1</translation>
    </message>
</context>
</TS>
