<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>TrainerConsole</name>
    <message>
        <location filename="../trainer/window.py" line="54"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="54"/>
        <source>Traveller</source>
        <translation>Voyageur</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="54"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="54"/>
        <source>Since release</source>
        <translation>Depuis l'envoi</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="54"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="54"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="54"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="55"/>
        <source>Time to decision</source>
        <translation>Délai de décision</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="59"/>
        <source>not released</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="59"/>
        <source>being screened</source>
        <translation>en dépistage</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="59"/>
        <source>decided</source>
        <translation>décidé</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="63"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="63"/>
        <source>Strength</source>
        <translation>Point fort</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="63"/>
        <source>To improve</source>
        <translation>À améliorer</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="91"/>
        <source>Trainer console · simulation exercise</source>
        <translation>Console du formateur · exercice de simulation</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="105"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="114"/>
        <source>Start the exercise</source>
        <translation>Lancer l'exercice</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="115"/>
        <location filename="../trainer/window.py" line="259"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="116"/>
        <source>End the exercise and write the report</source>
        <translation>Terminer l'exercice et rédiger le rapport</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="118"/>
        <source>Scenario:</source>
        <translation>Scénario :</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="130"/>
        <source>Injects of the scenario</source>
        <translation>Injects du scénario</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="138"/>
        <source>Release the next inject</source>
        <translation>Envoyer l'inject suivant</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="139"/>
        <source>Release the selected inject</source>
        <translation>Envoyer l'inject sélectionné</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="146"/>
        <source>Kind of note</source>
        <translation>Type de note</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="150"/>
        <location filename="../trainer/window.py" line="151"/>
        <source>Observer note</source>
        <translation>Note de l'observateur</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="153"/>
        <source>Add the note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="159"/>
        <source>Observer notes</source>
        <translation>Notes de l'observateur</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="191"/>
        <source>Select the inject to release in the table first.</source>
        <translation>Sélectionnez d'abord dans le tableau l'inject à envoyer.</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="235"/>
        <source>Something went wrong: %1</source>
        <translation>Un problème est survenu : %1</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="259"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="269"/>
        <source>No exercise is running on this kiosk. Choose a scenario and start it.</source>
        <translation>Aucun exercice en cours sur ce poste. Choisissez un scénario et lancez-le.</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="270"/>
        <source>Exercise %1 · %2 · %3</source>
        <translation>Exercice %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="271"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="271"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="278"/>
        <source>correct</source>
        <translation>correct</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="278"/>
        <source>WRONG</source>
        <translation>ERRONÉ</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="296"/>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="296"/>
        <source>not passed</source>
        <translation>non réussi</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="297"/>
        <source>Exercise %1 ended: %2 % of the injects as expected, %3.</source>
        <translation>Exercice %1 terminé : %2 % des injects conformes à l'attendu, %3.</translation>
    </message>
    <message>
        <location filename="../trainer/window.py" line="300"/>
        <source>After-action report: %1</source>
        <translation>Rapport après action : %1</translation>
    </message>
</context>
</TS>
