<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../views/countries.py" line="85"/>
        <location filename="../views/countries.py" line="109"/>
        <location filename="../controllers/screening.py" line="379"/>
        <source>No countries added</source>
        <translation>Aucun pays ajouté</translation>
    </message>
    <message>
        <location filename="../views/countries.py" line="91"/>
        <location filename="../views/countries.py" line="110"/>
        <location filename="../controllers/screening.py" line="379"/>
        <source>Day the traveller left</source>
        <translation>Date de départ du pays</translation>
    </message>
    <message>
        <location filename="../views/countries.py" line="95"/>
        <location filename="../views/countries.py" line="111"/>
        <location filename="../controllers/screening.py" line="379"/>
        <source>Add country</source>
        <translation>Ajouter le pays</translation>
    </message>
    <message>
        <location filename="../views/countries.py" line="112"/>
        <location filename="../views/countries.py" line="120"/>
        <location filename="../controllers/screening.py" line="378"/>
        <source>Search country</source>
        <translation>Rechercher un pays</translation>
    </message>
    <message>
        <location filename="../views/countries.py" line="113"/>
        <location filename="../views/countries.py" line="140"/>
        <location filename="../views/countries.py" line="161"/>
        <source>Type the first letters of the country</source>
        <translation>Tapez les premières lettres du pays</translation>
    </message>
    <message>
        <location filename="../views/countries.py" line="160"/>
        <source>No country matches</source>
        <translation>Aucun pays ne correspond</translation>
    </message>
    <message>
        <location filename="../views/countries.py" line="211"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../views/datepad.py" line="75"/>
        <source>%1 is not a date</source>
        <translation>%1 n'est pas une date</translation>
    </message>
    <message>
        <location filename="../views/datepad.py" line="184"/>
        <location filename="../controllers/screening.py" line="378"/>
        <source>Clear date</source>
        <translation>Effacer la date</translation>
    </message>
    <message>
        <location filename="../views/datepad.py" line="185"/>
        <location filename="../controllers/screening.py" line="378"/>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../views/datepad.py" line="186"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../views/datepad.py" line="188"/>
        <source>%1 days ago</source>
        <translation>Il y a %1 jours</translation>
    </message>
    <message>
        <location filename="../views/datepad.py" line="190"/>
        <source>… days ago</source>
        <translation>… jours avant</translation>
    </message>
    <message>
        <location filename="../views/datepad.py" line="256"/>
        <source>day / month / year</source>
        <translation>jour / mois / année</translation>
    </message>
    <message>
        <location filename="../views/follow_up_contact.py" line="33"/>
        <location filename="../views/follow_up_contact.py" line="40"/>
        <location filename="../views/follow_up_contact.py" line="47"/>
        <source>Follow-up contact (optional)</source>
        <translation>Contact pour le suivi (facultatif)</translation>
    </message>
    <message>
        <location filename="../views/follow_up_contact.py" line="34"/>
        <source>Only if the traveller agrees: used by the health authority to follow up until the end date, for nothing else.</source>
        <translation>Seulement si le voyageur est d'accord : utilisé par l'autorité sanitaire pour le suivi jusqu'à la date de fin, pour rien d'autre.</translation>
    </message>
    <message>
        <location filename="../views/follow_up_contact.py" line="39"/>
        <location filename="../views/follow_up_contact.py" line="40"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../views/follow_up_contact.py" line="46"/>
        <location filename="../views/follow_up_contact.py" line="47"/>
        <source>Address during the follow-up</source>
        <translation>Adresse pendant le suivi</translation>
    </message>
    <message>
        <location filename="../views/follow_up_contact.py" line="52"/>
        <source>The traveller agrees to be contacted for follow-up</source>
        <translation>Le voyageur accepte d'être contacté pour le suivi</translation>
    </message>
    <message>
        <location filename="../views/widgets.py" line="42"/>
        <source>Delete the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <location filename="../views/widgets.py" line="44"/>
        <source>Decimal point</source>
        <translation>Virgule décimale</translation>
    </message>
    <message>
        <location filename="../window.py" line="51"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../window.py" line="52"/>
        <source>The answers given so far are saved. Go back to the home screen and resume the screening; if this happens again, tell the supervisor.</source>
        <translation>Les réponses déjà données sont enregistrées. Revenez à l'accueil et reprenez le dépistage ; si cela se reproduit, prévenez le superviseur.</translation>
    </message>
    <message>
        <location filename="../window.py" line="56"/>
        <source>Back to the home screen</source>
        <translation>Retour à l'accueil</translation>
    </message>
    <message>
        <location filename="../window.py" line="70"/>
        <source>This kiosk cannot start</source>
        <translation>Ce poste ne peut pas démarrer</translation>
    </message>
    <message>
        <location filename="../window.py" line="71"/>
        <source>Nothing has been changed. Tell the supervisor or the technician; they can restore the latest backup.</source>
        <translation>Rien n'a été modifié. Prévenez le superviseur ou le technicien ; ils peuvent restaurer la dernière sauvegarde.</translation>
    </message>
    <message>
        <location filename="../window.py" line="93"/>
        <source>Health screening</source>
        <translation>Dépistage sanitaire</translation>
    </message>
    <message>
        <location filename="../window.py" line="143"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../window.py" line="154"/>
        <source>Health screening — %1</source>
        <translation>Dépistage sanitaire — %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="290"/>
        <source>Enter your officer id and PIN.</source>
        <translation>Saisissez votre identifiant et votre code PIN.</translation>
    </message>
    <message>
        <location filename="../window.py" line="312"/>
        <source>Officer id or PIN is wrong, or this officer is locked after too many wrong PINs. Try again later, or ask a supervisor to lift the lock.</source>
        <translation>Identifiant ou code PIN incorrect, ou agent bloqué après trop de codes PIN erronés. Réessayez plus tard, ou demandez à un superviseur de lever le blocage.</translation>
    </message>
    <message>
        <location filename="../window.py" line="315"/>
        <source>Sign-in failed; try again.</source>
        <translation>La connexion a échoué ; réessayez.</translation>
    </message>
    <message>
        <location filename="../window.py" line="322"/>
        <location filename="../controllers/officers.py" line="85"/>
        <location filename="../controllers/officers.py" line="102"/>
        <source>The two PINs differ.</source>
        <translation>Les deux codes PIN sont différents.</translation>
    </message>
    <message>
        <location filename="../window.py" line="346"/>
        <source>Signed out after a period without activity.</source>
        <translation>Déconnecté après une période d'inactivité.</translation>
    </message>
    <message>
        <location filename="../window.py" line="368"/>
        <location filename="../window.py" line="534"/>
        <source>End the exercise</source>
        <translation>Terminer l'exercice</translation>
    </message>
    <message>
        <location filename="../window.py" line="368"/>
        <location filename="../window.py" line="528"/>
        <source>Start an exercise</source>
        <translation>Lancer un exercice</translation>
    </message>
    <message numerus="yes">
        <location filename="../window.py" line="396"/>
        <source>Waiting for secondary screening: %n</source>
        <translation><numerusform>En attente du dépistage secondaire : %n</numerusform><numerusform>En attente du dépistage secondaire : %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../window.py" line="402"/>
        <source>An unfinished screening from %1 (%n answer(s)) can be resumed.</source>
        <translation><numerusform>Un dépistage inachevé de %1 (%n réponse) peut être repris.</numerusform><numerusform>Un dépistage inachevé de %1 (%n réponses) peut être repris.</numerusform></translation>
    </message>
    <message>
        <location filename="../window.py" line="442"/>
        <source>Send the refused alerts again?</source>
        <translation>Renvoyer les alertes refusées ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../window.py" line="443"/>
        <source>%n alert(s) refused by the broker will be queued again. Do this only once the cause is fixed (for example the site broker&apos;s access list): otherwise the broker refuses them again.</source>
        <translation><numerusform>%n alerte refusée par le courtier sera remise en file d'attente. Ne le faites qu'une fois la cause corrigée (par exemple la liste d'accès du courtier du site) : sinon le courtier la refusera à nouveau.</numerusform><numerusform>%n alertes refusées par le courtier seront remises en file d'attente. Ne le faites qu'une fois la cause corrigée (par exemple la liste d'accès du courtier du site) : sinon le courtier les refusera à nouveau.</numerusform></translation>
    </message>
    <message>
        <location filename="../window.py" line="446"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../window.py" line="446"/>
        <location filename="../window.py" line="534"/>
        <location filename="../window.py" line="571"/>
        <location filename="../controllers/officers.py" line="133"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message numerus="yes">
        <location filename="../window.py" line="456"/>
        <source>%n refused alert(s) queued again.</source>
        <translation><numerusform>%n alerte refusée remise en file d'attente.</numerusform><numerusform>%n alertes refusées remises en file d'attente.</numerusform></translation>
    </message>
    <message>
        <location filename="../window.py" line="457"/>
        <source>No refused alert to send again.</source>
        <translation>Aucune alerte refusée à renvoyer.</translation>
    </message>
    <message>
        <location filename="../window.py" line="479"/>
        <source>Referral slip %1 not printed: it is shown on screen. Print it later from Today&apos;s screenings.</source>
        <translation>Fiche d'orientation %1 non imprimée : elle est affichée à l'écran. Imprimez-la plus tard depuis Dépistages du jour.</translation>
    </message>
    <message>
        <location filename="../window.py" line="483"/>
        <source>Referral slip %1: %2</source>
        <translation>Fiche d'orientation %1 : %2</translation>
    </message>
    <message>
        <location filename="../window.py" line="512"/>
        <source>EXERCISE “%1” (%2) — training only: alerts go to the exercise channel and slips say they are not real</source>
        <translation>EXERCICE « %1 » (%2) — formation uniquement : les alertes vont au canal d'exercice et les fiches indiquent qu'elles ne sont pas réelles</translation>
    </message>
    <message>
        <location filename="../window.py" line="515"/>
        <source>TRAINING KIOSK — exercise mode: nothing screened here is real</source>
        <translation>POSTE DE FORMATION — mode exercice : aucun dépistage ici n'est réel</translation>
    </message>
    <message>
        <location filename="../window.py" line="517"/>
        <source>TEST MODE — nothing screened here is real</source>
        <translation>MODE TEST — aucun dépistage ici n'est réel</translation>
    </message>
    <message>
        <location filename="../window.py" line="529"/>
        <source>Name of the exercise (what the trainees will see):</source>
        <translation>Nom de l'exercice (visible par les stagiaires) :</translation>
    </message>
    <message>
        <location filename="../window.py" line="533"/>
        <source>End the exercise?</source>
        <translation>Terminer l'exercice ?</translation>
    </message>
    <message>
        <location filename="../window.py" line="534"/>
        <source>Screenings on this kiosk will be real again.</source>
        <translation>Les dépistages sur ce poste seront de nouveau réels.</translation>
    </message>
    <message>
        <location filename="../window.py" line="540"/>
        <location filename="../controllers/exercise.py" line="94"/>
        <source>Exercise “%1” started.</source>
        <translation>Exercice « %1 » lancé.</translation>
    </message>
    <message>
        <location filename="../window.py" line="541"/>
        <location filename="../controllers/exercise.py" line="93"/>
        <source>The exercise has ended: screenings are real again.</source>
        <translation>L'exercice est terminé : les dépistages sont de nouveau réels.</translation>
    </message>
    <message>
        <location filename="../window.py" line="546"/>
        <location filename="../window.py" line="593"/>
        <location filename="../window.py" line="607"/>
        <location filename="../controllers/officers.py" line="167"/>
        <source>Internal error: %1</source>
        <translation>Erreur interne : %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="570"/>
        <source>Discard this screening?</source>
        <translation>Abandonner ce dépistage ?</translation>
    </message>
    <message>
        <location filename="../window.py" line="571"/>
        <source>The unfinished answers will be marked abandoned.</source>
        <translation>Les réponses inachevées seront marquées comme abandonnées.</translation>
    </message>
    <message>
        <location filename="../window.py" line="571"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../answers.py" line="37"/>
        <source>Please answer this question.</source>
        <translation>Veuillez répondre à cette question.</translation>
    </message>
    <message>
        <location filename="../answers.py" line="41"/>
        <source>%1 is in the future.</source>
        <translation>%1 est dans le futur.</translation>
    </message>
    <message>
        <location filename="../answers.py" line="43"/>
        <source>%1 is too long ago.</source>
        <translation>%1 est trop ancien.</translation>
    </message>
    <message>
        <location filename="../answers.py" line="51"/>
        <source>%1 is not a body temperature (%2 to %3 °C).</source>
        <translation>%1 n'est pas une température corporelle (%2 à %3 °C).</translation>
    </message>
    <message>
        <location filename="../answers.py" line="54"/>
        <source>%1 is not an age (0 to %2 years).</source>
        <translation>%1 n'est pas un âge (0 à %2 ans).</translation>
    </message>
    <message>
        <location filename="../answers.py" line="55"/>
        <source>%1 is outside %2 to %3 %4.</source>
        <translation>%1 est hors de %2 à %3 %4.</translation>
    </message>
    <message>
        <location filename="../controllers/accessibility.py" line="46"/>
        <source>Looking for a speech engine…</source>
        <translation>Recherche d'un moteur de synthèse vocale…</translation>
    </message>
    <message>
        <location filename="../controllers/accessibility.py" line="126"/>
        <source>No speech engine on this kiosk: questions cannot be read aloud.</source>
        <translation>Aucun moteur de synthèse vocale sur ce poste : les questions ne peuvent pas être lues à voix haute.</translation>
    </message>
    <message>
        <location filename="../controllers/accessibility.py" line="143"/>
        <source>No voice for %1 on this kiosk: questions cannot be read aloud in it.</source>
        <translation>Aucune voix en %1 sur ce poste : les questions ne peuvent pas être lues à voix haute dans cette langue.</translation>
    </message>
    <message>
        <location filename="../controllers/accessibility.py" line="154"/>
        <source>Read the traveller&apos;s questions aloud in their language</source>
        <translation>Lire les questions du voyageur à voix haute dans sa langue</translation>
    </message>
    <message>
        <location filename="../controllers/exercise.py" line="81"/>
        <source>Exercise “%1” started by the trainer: it begins with the next traveller. This traveller is screened as before.</source>
        <translation>Exercice « %1 » lancé par le formateur : il commence avec le prochain voyageur. Ce voyageur-ci est dépisté comme avant.</translation>
    </message>
    <message>
        <location filename="../controllers/exercise.py" line="84"/>
        <source>The trainer ended the exercise: screening is real again from the next traveller. This traveller stays an exercise traveller.</source>
        <translation>Le formateur a terminé l'exercice : le dépistage redevient réel à partir du prochain voyageur. Ce voyageur-ci reste un voyageur d'exercice.</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="24"/>
        <source>no alert</source>
        <translation>pas d'alerte</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="25"/>
        <source>queued on this kiosk</source>
        <translation>en attente sur ce poste</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="26"/>
        <source>at the broker</source>
        <translation>chez le courtier MQTT</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="27"/>
        <source>acknowledged by the hub</source>
        <translation>accusée par le centre</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="28"/>
        <source>refused (see home)</source>
        <translation>refusée (voir l'accueil)</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="35"/>
        <source>not printed</source>
        <translation>non imprimé</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="36"/>
        <source>printing…</source>
        <translation>impression…</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="37"/>
        <source>printed</source>
        <translation>imprimé</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="38"/>
        <source>saved as PDF</source>
        <translation>enregistré en PDF</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="39"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="91"/>
        <source>The history could not be read: %1</source>
        <translation>L'historique n'a pas pu être lu : %1</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="109"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="109"/>
        <source>Reprint</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="67"/>
        <source>Select an officer in the list</source>
        <translation>Choisissez un agent dans la liste</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="72"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="72"/>
        <location filename="../controllers/officers.py" line="133"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="82"/>
        <source>Choose the officer&apos;s role.</source>
        <translation>Choisissez le rôle de l'agent.</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="91"/>
        <source>%1 (%2) added: they can sign in now.</source>
        <translation>%1 (%2) ajouté : il peut se connecter dès maintenant.</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="108"/>
        <source>New PIN set for %1; any lock is lifted.</source>
        <translation>Nouveau code PIN enregistré pour %1 ; tout blocage est levé.</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="120"/>
        <source>%1 can sign in again: the lock is lifted.</source>
        <translation>%1 peut de nouveau se connecter : le blocage est levé.</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="131"/>
        <source>Deactivate this officer?</source>
        <translation>Désactiver cet agent ?</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="132"/>
        <source>%1 will no longer be able to sign in. Their screenings stay in the records.</source>
        <translation>%1 ne pourra plus se connecter. Ses dépistages restent dans les registres.</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="135"/>
        <source>%1 can sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="135"/>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ne peut plus se connecter.</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="181"/>
        <source>Screener</source>
        <translation>Agent de dépistage</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="181"/>
        <source>Health officer</source>
        <translation>Agent de santé</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="181"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="182"/>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="182"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="190"/>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="192"/>
        <source>locked until %1</source>
        <translation>bloqué jusqu'à %1</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="102"/>
        <source>Scan an image file…</source>
        <translation>Scanner un fichier image…</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="102"/>
        <source>Remove scan</source>
        <translation>Retirer le scan</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="103"/>
        <location filename="../controllers/scanning.py" line="346"/>
        <source>Nothing scanned yet.</source>
        <translation>Rien n'est encore scanné.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="169"/>
        <source>Hold the document to the camera or the desk scanner.</source>
        <translation>Présentez le document à la caméra ou au lecteur.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="171"/>
        <source>No camera attached: use the desk scanner or scan an image file.</source>
        <translation>Aucune caméra branchée : utilisez le lecteur de bureau ou scannez un fichier image.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="173"/>
        <source>Camera on: hold the document up to it, or use the desk scanner.</source>
        <translation>Caméra active : présentez-lui le document, ou utilisez le lecteur de bureau.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="174"/>
        <source>Camera problem (%1): use the desk scanner or an image file.</source>
        <translation>Problème de caméra (%1) : utilisez le lecteur de bureau ou un fichier image.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="228"/>
        <source>Image of a document</source>
        <translation>Image d'un document</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="233"/>
        <source>Reading the image…</source>
        <translation>Lecture de l'image…</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="241"/>
        <source>No barcode or QR code was found in this image (read an MRZ with the desk scanner).</source>
        <translation>Aucun code-barres ni code QR trouvé dans cette image (lisez une MRZ avec le lecteur de bureau).</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="251"/>
        <source>The scan could not be read.</source>
        <translation>Le scan n'a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="256"/>
        <source>Nothing read</source>
        <translation>Rien n'a été lu</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="275"/>
        <source>This page does not take this document: scan it where it is asked for.</source>
        <translation>Cette page ne prend pas ce document : scannez-le là où il est demandé.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="289"/>
        <source>Not a recognised document</source>
        <translation>Document non reconnu</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="292"/>
        <source>all check digits valid</source>
        <translation>tous les chiffres de contrôle sont valides</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="293"/>
        <source>signature verified, all checks passed</source>
        <translation>signature vérifiée, tous les contrôles réussis</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="293"/>
        <source>all checks passed</source>
        <translation>tous les contrôles réussis</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="296"/>
        <source>Treated as not shown: nothing was filled from this document.</source>
        <translation>Considéré comme non présenté : rien n'a été rempli à partir de ce document.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="297"/>
        <source>A paper certificate can be recorded in secondary screening.</source>
        <translation>Un certificat papier peut être enregistré au dépistage secondaire.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="298"/>
        <source>not verified: %1</source>
        <translation>non vérifié : %1</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="300"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="301"/>
        <location filename="../controllers/scanning.py" line="333"/>
        <source>Nothing was filled from this document.</source>
        <translation>Rien n'a été rempli à partir de ce document.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="302"/>
        <source>check failed: %1</source>
        <translation>contrôle échoué : %1</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="307"/>
        <source>The document expired on %1.</source>
        <translation>Le document a expiré le %1.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="311"/>
        <source>leg %1 date inferred: %2 (day %3 of the year)</source>
        <translation>date du segment %1 déduite : %2 (jour %3 de l'année)</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="326"/>
        <source>The document holds nothing this screening records.</source>
        <translation>Le document ne contient rien que ce dépistage enregistre.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="328"/>
        <source>The earlier scan is kept.</source>
        <translation>Le scan précédent est conservé.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="353"/>
        <source>Filled: %1</source>
        <translation>Rempli : %1</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="356"/>
        <source>Kept what was typed: %1</source>
        <translation>Saisie de l'agent conservée : %1</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="370"/>
        <source>itinerary: %1</source>
        <translation>itinéraire : %1</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="371"/>
        <source>%1 (left %2)</source>
        <translation>%1 (quitté le %2)</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="398"/>
        <source>no trust list on this kiosk</source>
        <translation>aucune liste de confiance sur ce poste</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="399"/>
        <source>the signer is not on the trust list</source>
        <translation>le signataire n'est pas dans la liste de confiance</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="400"/>
        <source>the issuer&apos;s keys are not pinned to the issuer</source>
        <translation>les clés de l'émetteur ne sont pas rattachées à l'émetteur</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="406"/>
        <source>Passport MRZ</source>
        <translation>MRZ de passeport</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="406"/>
        <source>Visa MRZ</source>
        <translation>MRZ de visa</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="406"/>
        <source>Identity card MRZ</source>
        <translation>MRZ de carte d'identité</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="407"/>
        <source>Boarding pass</source>
        <translation>Carte d'embarquement</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="407"/>
        <source>EU digital COVID certificate</source>
        <translation>Certificat COVID numérique de l'UE</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="408"/>
        <source>WHO vaccination certificate</source>
        <translation>Certificat de vaccination OMS</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="408"/>
        <source>SMART Health Card</source>
        <translation>SMART Health Card</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="409"/>
        <source>Referral slip</source>
        <translation>Fiche d'orientation</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="414"/>
        <source>surname</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="414"/>
        <source>given names</source>
        <translation>prénoms</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="414"/>
        <source>born</source>
        <translation>né(e) le</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="414"/>
        <source>sex</source>
        <translation>sexe</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="415"/>
        <source>nationality</source>
        <translation>nationalité</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="415"/>
        <source>document type</source>
        <translation>type de document</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="416"/>
        <source>document number</source>
        <translation>numéro du document</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="416"/>
        <source>issued by</source>
        <translation>délivré par</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="416"/>
        <source>arrived by</source>
        <translation>arrivé par</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="417"/>
        <source>carrier</source>
        <translation>transporteur</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="417"/>
        <source>flight</source>
        <translation>vol</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="417"/>
        <source>seat</source>
        <translation>siège</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="417"/>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="418"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="424"/>
        <source>Yellow fever</source>
        <translation>Fièvre jaune</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="424"/>
        <source>Polio</source>
        <translation>Poliomyélite</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="424"/>
        <source>COVID-19</source>
        <translation>COVID-19</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="425"/>
        <source>Measles</source>
        <translation>Rougeole</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="47"/>
        <source>Suspected case</source>
        <translation>Cas suspect</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="47"/>
        <source>At risk (travel)</source>
        <translation>À risque (voyage)</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="47"/>
        <source>Contact of a case</source>
        <translation>Contact d'un cas</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="48"/>
        <source>No valid certificate</source>
        <translation>Pas de certificat valide</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="48"/>
        <source>Fever without a known cause</source>
        <translation>Fièvre sans cause connue</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="55"/>
        <source>High risk</source>
        <translation>Risque élevé</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="55"/>
        <source>Some risk</source>
        <translation>Risque modéré</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="55"/>
        <source>Low risk</source>
        <translation>Risque faible</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="55"/>
        <source>No known risk</source>
        <translation>Aucun risque connu</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="56"/>
        <source>Risk not known</source>
        <translation>Risque inconnu</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="62"/>
        <source>Extreme</source>
        <translation>Extrême</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="62"/>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="62"/>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="62"/>
        <source>Minor</source>
        <translation>Mineure</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="63"/>
        <source>Severity unknown</source>
        <translation>Gravité inconnue</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="69"/>
        <source>Clear</source>
        <translation>Libre passage</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="69"/>
        <source>Advise</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="69"/>
        <source>Monitor</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="70"/>
        <source>Vaccinate</source>
        <translation>Vacciner</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="70"/>
        <source>Refer</source>
        <translation>Orienter</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="70"/>
        <source>Isolate</source>
        <translation>Isoler</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="533"/>
        <source>Not enough answers yet</source>
        <translation>Pas encore assez de réponses</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="537"/>
        <source>Recommended so far: %1</source>
        <translation>Recommandation actuelle : %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="538"/>
        <source>No flags</source>
        <translation>Aucune alerte</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="556"/>
        <source>Follow up until %1</source>
        <translation>Suivi jusqu'au %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="585"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="588"/>
        <source>Affected areas</source>
        <translation>Zones touchées</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="592"/>
        <source>%1 certificate: %2</source>
        <translation>Certificat %1 : %2</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="595"/>
        <source>Certificate needed when coming from</source>
        <translation>Certificat exigé en provenance de</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="614"/>
        <source>was in %1</source>
        <translation>a séjourné : %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="621"/>
        <source>Primary screening: %1</source>
        <translation>Dépistage primaire : %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="621"/>
        <source>no answers</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="634"/>
        <location filename="../controllers/screening.py" line="753"/>
        <source>Clear traveller ✓</source>
        <translation>Laisser passer ✓</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="636"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="638"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="655"/>
        <source>Some answers are missing.</source>
        <translation>Des réponses manquent.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="655"/>
        <source>Some answers need correcting.</source>
        <translation>Certaines réponses sont à corriger.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="669"/>
        <source>Leave this screening?</source>
        <translation>Quitter ce dépistage ?</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="670"/>
        <source>The answers are kept: the screening can be resumed from the home screen.</source>
        <translation>Les réponses sont conservées : le dépistage peut être repris depuis l'accueil.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="671"/>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="671"/>
        <source>Stay</source>
        <translation>Rester</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="708"/>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="710"/>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="712"/>
        <source>%1 d ago</source>
        <translation>il y a %1 j</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="719"/>
        <source>This document was screened at this kiosk %1 (%2): %3</source>
        <translation>Ce document a été contrôlé à ce poste %1 (%2) : %3</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="731"/>
        <source>%1 — waiting %2 min (since %3)</source>
        <translation>%1 — attente %2 min (depuis %3)</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="738"/>
        <source>The record is incomplete.</source>
        <translation>La fiche est incomplète.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="743"/>
        <source>Recommended: %1</source>
        <translation>Recommandation : %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="744"/>
        <source>No protocol raised a flag.</source>
        <translation>Aucun protocole n'a émis d'alerte.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="752"/>
        <source>Confirm: %1</source>
        <translation>Confirmer : %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="761"/>
        <source>A health officer decides on this traveller: send them to secondary screening.</source>
        <translation>Un agent de santé décide pour ce voyageur : orientez-le vers le dépistage secondaire.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="771"/>
        <source>Choose the disposition first.</source>
        <translation>Choisissez d'abord la décision.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="774"/>
        <source>A reason is required to change the recommendation.</source>
        <translation>Un motif est obligatoire pour modifier la recommandation.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="778"/>
        <source>Set aside the recommendation?</source>
        <translation>Écarter la recommandation ?</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="779"/>
        <source>%1 sets aside: %2.
Reason: %3</source>
        <translation>%1 écarte : %2.
Motif : %3</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="781"/>
        <source>Set aside</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="781"/>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="782"/>
        <source>Not recorded: the recommendation stands until you confirm.</source>
        <translation>Non enregistré : la recommandation tient tant que vous ne confirmez pas.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="802"/>
        <source>Recorded: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="817"/>
        <source>Sent to secondary screening</source>
        <translation>Orienté vers le dépistage secondaire</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="828"/>
        <source>The decision could not be saved; the answers are kept. Try again.</source>
        <translation>La décision n'a pas pu être enregistrée ; les réponses sont conservées. Réessayez.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="844"/>
        <source>Not recorded: the age (%1 years) and the birth date (%2, so %3 years at arrival) contradict each other. Correct the age or the birth date.</source>
        <translation>Non enregistré : l'âge (%1 ans) et la date de naissance (%2, soit %3 ans à l'arrivée) se contredisent. Corrigez l'âge ou la date de naissance.</translation>
    </message>
</context>
<context>
    <name>DecisionView</name>
    <message>
        <location filename="../views/screening.py" line="403"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="428"/>
        <source>Confirm the recommendation</source>
        <translation>Confirmer la recommandation</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="431"/>
        <source>Send to secondary screening</source>
        <translation>Orienter vers le dépistage secondaire</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="438"/>
        <source>Or choose another disposition:</source>
        <translation>Ou choisissez une autre décision :</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="449"/>
        <source>Reason for changing the recommendation (required):</source>
        <translation>Motif du changement de recommandation (obligatoire) :</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="452"/>
        <source>Reason for changing the recommendation</source>
        <translation>Motif du changement de la recommandation</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="454"/>
        <source>Record this decision</source>
        <translation>Enregistrer cette décision</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="461"/>
        <source>Back to the questions</source>
        <translation>Retour aux questions</translation>
    </message>
</context>
<context>
    <name>DeliveryCard</name>
    <message>
        <location filename="../views/home.py" line="59"/>
        <source>Alerts to the surveillance hub</source>
        <translation>Alertes vers le centre de surveillance</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="73"/>
        <location filename="../views/home.py" line="85"/>
        <source>Refused alerts</source>
        <translation>Alertes refusées</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="75"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/home.py" line="96"/>
        <source>Not connected: no hub configured — %n queued</source>
        <translation><numerusform>Non connecté : aucun centre configuré — %n en attente</numerusform><numerusform>Non connecté : aucun centre configuré — %n en attente</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/home.py" line="98"/>
        <source>Online — %n not yet acknowledged by the hub</source>
        <translation><numerusform>En ligne — %n pas encore accusée par le centre</numerusform><numerusform>En ligne — %n pas encore accusées par le centre</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/home.py" line="100"/>
        <source>Offline — %n queued</source>
        <translation><numerusform>Hors ligne — %n en attente</numerusform><numerusform>Hors ligne — %n en attente</numerusform></translation>
    </message>
    <message>
        <location filename="../views/home.py" line="104"/>
        <source>Waiting on this kiosk: %1 · at the broker: %2 · acknowledged: %3 · refused: %4</source>
        <translation>En attente sur ce poste : %1 · chez le courtier : %2 · accusées : %3 · refusées : %4</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="108"/>
        <source>Last acknowledgement from the hub: %1</source>
        <translation>Dernier accusé de réception du centre : %1</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="109"/>
        <source>No acknowledgement from the hub yet</source>
        <translation>Aucun accusé de réception du centre pour l'instant</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="111"/>
        <source>Situation in force: %1</source>
        <translation>Situation en vigueur : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/home.py" line="114"/>
        <source>Refused alerts: %n</source>
        <translation><numerusform>Alertes refusées : %n</numerusform><numerusform>Alertes refusées : %n</numerusform></translation>
    </message>
    <message>
        <location filename="../views/home.py" line="126"/>
        <source>EXERCISE alerts, not real (not in the counts above): waiting %1 · at the broker %2 · acknowledged %3 · refused %4</source>
        <translation>Alertes d'EXERCICE, non réelles (hors des chiffres ci-dessus) : en attente %1 · au courtier %2 · accusées %3 · refusées %4</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <location filename="../views/screening.py" line="183"/>
        <source>Live flags</source>
        <translation>Alertes en direct</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="204"/>
        <source>Situation in force</source>
        <translation>Situation en vigueur</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../views/history.py" line="28"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="28"/>
        <location filename="../views/history.py" line="36"/>
        <source>Today&apos;s screenings</source>
        <translation>Dépistages du jour</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="30"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="38"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="38"/>
        <source>Traveller</source>
        <translation>Voyageur</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="38"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="38"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="39"/>
        <source>Alert to the hub</source>
        <translation>Alerte au centre</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="39"/>
        <source>Referral slip</source>
        <translation>Fiche d'orientation</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="71"/>
        <source>No screening completed today on this kiosk.</source>
        <translation>Aucun dépistage terminé aujourd'hui sur ce poste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/history.py" line="72"/>
        <source>%n screening(s) completed today on this kiosk.</source>
        <translation><numerusform>%n dépistage terminé aujourd'hui sur ce poste.</numerusform><numerusform>%n dépistages terminés aujourd'hui sur ce poste.</numerusform></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../views/home.py" line="166"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="167"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="177"/>
        <source>Start screening</source>
        <translation>Commencer un dépistage</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="182"/>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="186"/>
        <source>Screened</source>
        <translation>Dépistés</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="186"/>
        <source>Flagged</source>
        <translation>Signalés</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="187"/>
        <source>Referred</source>
        <translation>Orientés</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="187"/>
        <source>Isolated</source>
        <translation>Isolés</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="197"/>
        <source>Today&apos;s screenings, alerts and slips</source>
        <translation>Dépistages, alertes et fiches du jour</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="199"/>
        <source>Officers</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="201"/>
        <source>Start an exercise</source>
        <translation>Lancer un exercice</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="210"/>
        <location filename="../views/home.py" line="214"/>
        <source>Waiting for secondary screening</source>
        <translation>En attente du dépistage secondaire</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="217"/>
        <source>Take next traveller</source>
        <translation>Prendre le voyageur suivant</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="220"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="221"/>
        <source>Read questions aloud</source>
        <translation>Lire les questions à voix haute</translation>
    </message>
    <message>
        <location filename="../views/widgets.py" line="584"/>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <location filename="../views/widgets.py" line="585"/>
        <source>months</source>
        <translation>mois</translation>
    </message>
</context>
<context>
    <name>OfficersView</name>
    <message>
        <location filename="../views/officers.py" line="56"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="56"/>
        <location filename="../views/officers.py" line="66"/>
        <source>Officers of this kiosk</source>
        <translation>Agents de ce poste</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="93"/>
        <source>Add an officer</source>
        <translation>Ajouter un agent</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="94"/>
        <source>Officer id</source>
        <translation>Identifiant de l'agent</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="97"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="98"/>
        <source>PIN (4 to 12 digits)</source>
        <translation>Code PIN (4 à 12 chiffres)</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="99"/>
        <source>PIN again</source>
        <translation>Code PIN (confirmation)</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="101"/>
        <location filename="../views/officers.py" line="138"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="107"/>
        <source>Add officer</source>
        <translation>Ajouter l'agent</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="114"/>
        <source>Select an officer in the list</source>
        <translation>Choisissez un agent dans la liste</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="116"/>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="117"/>
        <source>New PIN again</source>
        <translation>Nouveau code PIN (confirmation)</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="120"/>
        <source>Set new PIN</source>
        <translation>Enregistrer le code PIN</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="121"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="122"/>
        <source>Lift the lock</source>
        <translation>Lever le blocage</translation>
    </message>
</context>
<context>
    <name>ScreeningView</name>
    <message>
        <location filename="../views/screening.py" line="262"/>
        <source>Traveller language:</source>
        <translation>Langue du voyageur :</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="272"/>
        <source>Read aloud</source>
        <translation>Lire à voix haute</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="275"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="312"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="315"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <location filename="../views/signin.py" line="31"/>
        <location filename="../views/signin.py" line="55"/>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="37"/>
        <location filename="../views/signin.py" line="42"/>
        <location filename="../views/signin.py" line="83"/>
        <source>Officer id</source>
        <translation>Identifiant de l'agent</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="44"/>
        <location filename="../views/signin.py" line="48"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="61"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="78"/>
        <source>Welcome: create the administrator</source>
        <translation>Bienvenue : créez l'administrateur</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="79"/>
        <source>No officer exists on this kiosk yet. The administrator adds the other officers after signing in.</source>
        <translation>Aucun agent n'existe encore sur ce poste. L'administrateur ajoute les autres agents après s'être connecté.</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="86"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="89"/>
        <source>PIN (4 to 12 digits)</source>
        <translation>Code PIN (4 à 12 chiffres)</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="92"/>
        <source>PIN again</source>
        <translation>Code PIN (confirmation)</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="108"/>
        <source>Create administrator</source>
        <translation>Créer l'administrateur</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <location filename="../views/slip.py" line="47"/>
        <source>Referral slip</source>
        <translation>Fiche d'orientation</translation>
    </message>
    <message>
        <location filename="../views/slip.py" line="57"/>
        <source>The referral slip was not printed</source>
        <translation>La fiche d'orientation n'a pas été imprimée</translation>
    </message>
    <message>
        <location filename="../views/slip.py" line="64"/>
        <source>Referral slip QR code</source>
        <translation>Code QR de la fiche d'orientation</translation>
    </message>
    <message>
        <location filename="../views/slip.py" line="65"/>
        <source>Referral %1</source>
        <translation>Orientation %1</translation>
    </message>
    <message>
        <location filename="../views/slip.py" line="67"/>
        <source>The receiving facility can photograph or scan this code with a phone: it carries the signed referral. Print the slip later from Today&apos;s screenings.</source>
        <translation>L'établissement d'accueil peut photographier ou scanner ce code avec un téléphone : il contient l'orientation signée. Imprimez la fiche plus tard depuis Dépistages du jour.</translation>
    </message>
    <message>
        <location filename="../views/slip.py" line="75"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../views/home.py" line="26"/>
        <source>Sign out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="38"/>
        <source>● online</source>
        <translation>● en ligne</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/home.py" line="38"/>
        <source>● online — %n queued</source>
        <translation><numerusform>● en ligne — %n en attente</numerusform><numerusform>● en ligne — %n en attente</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/home.py" line="40"/>
        <source>● offline — %n queued</source>
        <translation><numerusform>● hors ligne — %n en attente</numerusform><numerusform>● hors ligne — %n en attente</numerusform></translation>
    </message>
</context>
</TS>
