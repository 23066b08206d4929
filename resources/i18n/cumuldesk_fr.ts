<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>AnswerDateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Pick the answer date in a calendar</source>
        <translation>Choisir la date de la réponse dans un calendrier</translation>
    </message>
    <message>
        <source>Pick the date in a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <source>Type the answer date as dd/mm/yyyy.</source>
        <translation>Tapez la date de la réponse sous la forme jj/mm/aaaa.</translation>
    </message>
    <message>
        <source>The answer date cannot be in the future.</source>
        <translation>La date de la réponse ne peut pas se situer dans le futur.</translation>
    </message>
</context>
<context>
    <name>BulkProposalsDialog</name>
    <message>
        <source>Wallonia: no choice is needed, no proposal applies</source>
        <translation>Wallonie&#xa0;: aucun choix n’est nécessaire, aucune proposition ne s’applique</translation>
    </message>
    <message>
        <source>IVT/IT is more favourable now: no proposal applies</source>
        <translation>L’ARR/AI est désormais plus favorable&#xa0;: aucune proposition ne s’applique</translation>
    </message>
    <message>
        <source>The simulation no longer advises renunciation</source>
        <translation>La simulation ne conseille plus la renonciation</translation>
    </message>
    <message>
        <source>Cannot be simulated</source>
        <translation>Ne peut pas être simulé</translation>
    </message>
    <message>
        <source>Not in the local cache</source>
        <translation>Absent du cache local</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Non analysé</translation>
    </message>
    <message>
        <source>The dossier has no such case</source>
        <translation>Le dossier ne contient pas cette affaire</translation>
    </message>
    <message>
        <source>Values to check before finalising</source>
        <translation>Valeurs à vérifier avant la finalisation</translation>
    </message>
    <message>
        <source>Draft proposals</source>
        <translation>Rédiger des propositions</translation>
    </message>
    <message>
        <source>&amp;Drafted letters:</source>
        <translation>&amp;Lettres rédigées&#xa0;:</translation>
    </message>
    <message>
        <source>Drafted letters</source>
        <translation>Lettres rédigées</translation>
    </message>
    <message>
        <source>&amp;Left out:</source>
        <translation>&amp;Écartés&#xa0;:</translation>
    </message>
    <message>
        <source>Cases left out</source>
        <translation>Affaires écartées</translation>
    </message>
    <message>
        <source>&amp;Print all...</source>
        <translation>&amp;Tout imprimer...</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Tout imprimer</translation>
    </message>
    <message>
        <source>&amp;Export PDFs to folder...</source>
        <translation>&amp;Exporter les PDF vers un dossier...</translation>
    </message>
    <message>
        <source>Export PDFs to folder</source>
        <translation>Exporter les PDF vers un dossier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Résultat de la dernière action</translation>
    </message>
    <message>
        <source>Drafting the proposals ...</source>
        <translation>Rédaction des propositions ...</translation>
    </message>
    <message>
        <source>The proposals were not drafted: %1</source>
        <translation>Les propositions n’ont pas été rédigées&#xa0;: %1</translation>
    </message>
    <message>
        <source>finalised</source>
        <translation>finalisée</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) drafted</source>
        <translation>
            <numerusform>%n lettre rédigée</numerusform>
            <numerusform>%n lettres rédigées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) left out</source>
        <translation>
            <numerusform>%n affaire écartée</numerusform>
            <numerusform>%n affaires écartées</numerusform>
        </translation>
    </message>
    <message>
        <source>Print all letters</source>
        <translation>Imprimer toutes les lettres</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>L’impression a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) sent to the printer</source>
        <translation>
            <numerusform>%n lettre envoyée à l’imprimante</numerusform>
            <numerusform>%n lettres envoyées à l’imprimante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n page(s)).</source>
        <translation>
            <numerusform>(%n page).</numerusform>
            <numerusform>(%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the letters as PDFs into a folder</source>
        <translation>Exporter les lettres en PDF vers un dossier</translation>
    </message>
    <message>
        <source>Writing the PDFs ...</source>
        <translation>Écriture des PDF ...</translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) written to %1</source>
        <translation>
            <numerusform>%n PDF écrit dans %1</numerusform>
            <numerusform>%n PDF écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled: the files written are kept)</source>
        <translation>(annulé&#xa0;: les fichiers écrits sont conservés)</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Non effectué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En traitement</translation>
    </message>
    <message>
        <source>Proposal to send</source>
        <translation>Proposition à envoyer</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>En attente de réponse</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Accepted the renunciation</source>
        <translation>Renonciation acceptée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Statut de l’affaire</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Statu&amp;t&#xa0;:</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Enregistrer le statut</translation>
    </message>
    <message>
        <source>Save the case status</source>
        <translation>Enregistrer le statut de l’affaire</translation>
    </message>
    <message>
        <source>Where the case stands; Save status keeps the choice (Alt+T)</source>
        <translation>Où en est l’affaire&#xa0;; «&#xa0;Enregistrer le statut&#xa0;» conserve le choix (Alt+T)</translation>
    </message>
    <message>
        <source>Keep the status chosen; it is sent to the central database at the next sync</source>
        <translation>Enregistrer le statut choisi&#xa0;; il sera envoyé à la base de données centrale lors de la prochaine synchronisation</translation>
    </message>
    <message>
        <source>Applicant&apos;s answer</source>
        <translation>Réponse du demandeur</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>Ré&amp;ponse&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the answer ...</source>
        <translation>Choisissez la réponse ...</translation>
    </message>
    <message>
        <source>Answer &amp;date:</source>
        <translation>&amp;Date de la réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Date of the answer</source>
        <translation>Date de la réponse</translation>
    </message>
    <message>
        <source>The day the applicant answered, dd/mm/yyyy: today or earlier</source>
        <translation>Le jour où le demandeur a répondu, jj/mm/aaaa&#xa0;: aujourd’hui ou avant</translation>
    </message>
    <message>
        <source>What the answer still needs</source>
        <translation>Ce qu’il manque encore à la réponse</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <source>Record the applicant&apos;s answer</source>
        <translation>Enregistrer la réponse du demandeur</translation>
    </message>
    <message>
        <source>What the applicant answered to the proposal (Alt+N)</source>
        <translation>Ce que le demandeur a répondu à la proposition (Alt+P)</translation>
    </message>
    <message>
        <source>Keep the answer with its date; it is sent at the next sync</source>
        <translation>Enregistrer la réponse avec sa date&#xa0;; elle sera envoyée lors de la prochaine synchronisation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes of the case</source>
        <translation>Notes de l’affaire</translation>
    </message>
    <message>
        <source>The procedural notes of the case, oldest first, with author and date</source>
        <translation>Les notes de procédure de l’affaire, de la plus ancienne à la plus récente, avec l’auteur et la date</translation>
    </message>
    <message>
        <source>A procedural note. No medical information. Ctrl+Enter adds it.</source>
        <translation>Une note de procédure. Aucune information médicale. Ctrl+Enter l’ajoute.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Procedural notes only, no medical information; Ctrl+Enter adds the note</source>
        <translation>Uniquement des notes de procédure, aucune information médicale&#xa0;; Ctrl+Enter ajoute la note</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation>Ajouter la note (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Case message</source>
        <translation>Message de l’affaire</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Référence de l’affaire</translation>
    </message>
    <message>
        <source>This dossier has no case: nothing to record.</source>
        <translation>Ce dossier n’a pas d’affaire&#xa0;: rien à enregistrer.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Affaire %1</translation>
    </message>
    <message>
        <source>Answer: %1 (%2)</source>
        <translation>Réponse&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Pas encore de notes.</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>auteur inconnu</translation>
    </message>
    <message>
        <source>not yet synced</source>
        <translation>pas encore synchronisée</translation>
    </message>
    <message>
        <source>An answer can be recorded once the renunciation proposal was sent</source>
        <translation>Une réponse ne peut être enregistrée qu’une fois la proposition de renonciation envoyée</translation>
    </message>
    <message>
        <source>Choose the applicant&apos;s answer, then give the date of the answer.</source>
        <translation>Choisissez la réponse du demandeur, puis indiquez la date de la réponse.</translation>
    </message>
    <message>
        <source>Give the date of the answer (dd/mm/yyyy).</source>
        <translation>Indiquez la date de la réponse (jj/mm/aaaa).</translation>
    </message>
    <message>
        <source>Status saved: %1.</source>
        <translation>Statut enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Answer recorded: %1.</source>
        <translation>Réponse enregistrée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Note added; it goes to the central database with the next sync.</source>
        <translation>Note ajoutée&#xa0;; elle sera envoyée à la base de données centrale lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Saving ...</source>
        <translation>Enregistrement ...</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Applicant&apos;s answer</source>
        <translation>Réponse du demandeur</translation>
    </message>
    <message>
        <source>Date of the answer</source>
        <translation>Date de la réponse</translation>
    </message>
    <message>
        <source>Proposal sent on</source>
        <translation>Proposition envoyée le</translation>
    </message>
    <message>
        <source>Deadline for the answer</source>
        <translation>Échéance de la réponse</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>a case no longer in your cache</source>
        <translation>une affaire qui n’est plus dans votre cache</translation>
    </message>
    <message>
        <source>the case {reference} ({name}, {insz})</source>
        <translation>l’affaire {reference} ({name}, {insz})</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>une note</translation>
    </message>
    <message>
        <source>a change of the case</source>
        <translation>une modification de l’affaire</translation>
    </message>
    <message>
        <source>a letter</source>
        <translation>une lettre</translation>
    </message>
    <message>
        <source>an audit event</source>
        <translation>un événement d’audit</translation>
    </message>
    <message>
        <source>a case no longer cached</source>
        <translation>une affaire qui n’est plus en cache</translation>
    </message>
    <message>
        <source>Conflict: {reference}</source>
        <translation>Conflit&#xa0;: {reference}</translation>
    </message>
    <message>
        <source>Refused: {what} on {reference}</source>
        <translation>Refusé&#xa0;: {what} concernant {reference}</translation>
    </message>
    <message>
        <source>Conflicts and refused changes</source>
        <translation>Conflits et modifications refusées</translation>
    </message>
    <message>
        <source>Changes of yours that the central database did not take. A conflict: the case was also changed in the central database since the version you worked on; choose which version to keep. A refused change: read why, then drop it.</source>
        <translation>Vos modifications que la base de données centrale n’a pas acceptées. Un conflit&#xa0;: l’affaire a aussi été modifiée dans la base de données centrale depuis la version sur laquelle vous avez travaillé&#xa0;; choisissez la version à garder. Une modification refusée&#xa0;: lisez pourquoi, puis abandonnez-la.</translation>
    </message>
    <message>
        <source>Loading ...</source>
        <translation>Chargement ...</translation>
    </message>
    <message>
        <source>No conflicts or refused changes.</source>
        <translation>Aucun conflit ni aucune modification refusée.</translation>
    </message>
    <message>
        <source>Choose one to see it and decide</source>
        <translation>Choisissez un élément pour le voir et décider</translation>
    </message>
    <message>
        <source>Your version and the central version</source>
        <translation>Votre version et la version centrale</translation>
    </message>
    <message>
        <source>Each field you changed: your value beside the central one</source>
        <translation>Chaque champ que vous avez modifié&#xa0;: votre valeur à côté de la valeur centrale</translation>
    </message>
    <message>
        <source>Fields you did not change keep the central version either way.</source>
        <translation>Les champs que vous n’avez pas modifiés gardent de toute façon la version centrale.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder &amp;ma version</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <source>Your version goes to the central database with the next sync (Alt+M)</source>
        <translation>Votre version sera envoyée à la base de données centrale lors de la prochaine synchronisation (Alt+M)</translation>
    </message>
    <message>
        <source>Keep the &amp;central version</source>
        <translation>Garder la version &amp;centrale</translation>
    </message>
    <message>
        <source>Keep the central version</source>
        <translation>Garder la version centrale</translation>
    </message>
    <message>
        <source>Your change is dropped; the case shows the central version (Alt+C)</source>
        <translation>Votre modification est abandonnée&#xa0;; l’affaire affiche la version centrale (Alt+C)</translation>
    </message>
    <message>
        <source>&amp;What was refused:</source>
        <translation>Ce qui a été &amp;refusé&#xa0;:</translation>
    </message>
    <message>
        <source>The refused change</source>
        <translation>La modification refusée</translation>
    </message>
    <message>
        <source>What you changed, as the central database received it (Alt+W)</source>
        <translation>Ce que vous avez modifié, tel que la base de données centrale l’a reçu (Alt+R)</translation>
    </message>
    <message>
        <source>&amp;Drop this change</source>
        <translation>Aban&amp;donner cette modification</translation>
    </message>
    <message>
        <source>Drop this refused change</source>
        <translation>Abandonner cette modification refusée</translation>
    </message>
    <message>
        <source>Remove it from your computer (Alt+D)</source>
        <translation>La supprimer de votre ordinateur (Alt+D)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close; what you did not decide waits for the next time (Esc)</source>
        <translation>Fermer&#xa0;; ce sur quoi vous n’avez pas décidé attendra la prochaine fois (Esc)</translation>
    </message>
    <message>
        <source>Conflict on {subject}</source>
        <translation>Conflit concernant {subject}</translation>
    </message>
    <message>
        <source>You changed this case on {made}. In the central database it was changed on {changed}, after the version you worked on.</source>
        <translation>Vous avez modifié cette affaire le {made}. Dans la base de données centrale, elle a été modifiée le {changed}, après la version sur laquelle vous avez travaillé.</translation>
    </message>
    <message>
        <source>You changed this case on {made}. It was also changed in the central database after the version you worked on.</source>
        <translation>Vous avez modifié cette affaire le {made}. Elle a aussi été modifiée dans la base de données centrale après la version sur laquelle vous avez travaillé.</translation>
    </message>
    <message>
        <source>{field}: yours {mine}, central {theirs}</source>
        <translation>{field}&#xa0;: votre version {mine}, version centrale {theirs}</translation>
    </message>
    <message>
        <source>Refused: {what} on {subject}</source>
        <translation>Refusé&#xa0;: {what} concernant {subject}</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>aucun motif n’a été donné</translation>
    </message>
    <message>
        <source>Made on {made}. The central database refused it because {reason}.</source>
        <translation>Faite le {made}. La base de données centrale l’a refusée pour le motif suivant&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>l’affaire</translation>
    </message>
    <message>
        <source>Your version of {reference} is kept; it goes to the central database with the next sync.</source>
        <translation>Votre version de {reference} est gardée&#xa0;; elle sera envoyée à la base de données centrale lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The central version of {reference} is kept; your change was dropped.</source>
        <translation>La version centrale de {reference} est gardée&#xa0;; votre modification a été abandonnée.</translation>
    </message>
    <message>
        <source>Drop this change?</source>
        <translation>Abandonner cette modification&#xa0;?</translation>
    </message>
    <message>
        <source>Drop {what}? It is removed from your computer and cannot be brought back.</source>
        <translation>Abandonner {what}&#xa0;? Cet élément est supprimé de votre ordinateur et ne peut pas être récupéré.</translation>
    </message>
    <message>
        <source>The refused change was dropped.</source>
        <translation>La modification refusée a été abandonnée.</translation>
    </message>
    <message>
        <source>Saving ...</source>
        <translation>Enregistrement ...</translation>
    </message>
</context>
<context>
    <name>DomainRules</name>
    <message>
        <source>IT points must be 0 to {max}</source>
        <translation>Les points IT doivent être compris entre 0 et {max}</translation>
    </message>
    <message>
        <source>zorgtoeslag points must be 0 to {max}</source>
        <translation>Les points du supplément pour soins (zorgtoeslag) doivent être compris entre 0 et {max}</translation>
    </message>
    <message>
        <source>pillar 1 points must be 0 to {max}</source>
        <translation>Les points du pilier 1 doivent être compris entre 0 et {max}</translation>
    </message>
    <message>
        <source>pillar 1 points cannot exceed the total points</source>
        <translation>Les points du pilier 1 ne peuvent pas dépasser le total des points</translation>
    </message>
    <message>
        <source>expected an amount as text with a dot for decimals, e.g. &quot;1234.56&quot;</source>
        <translation>Un montant est attendu sous forme de texte avec un point pour les décimales, p. ex. «&#xa0;1234.56&#xa0;»</translation>
    </message>
    <message>
        <source>the amount is negative</source>
        <translation>Le montant est négatif</translation>
    </message>
    <message>
        <source>expected an amount with digits 0-9 and a dot for decimals, e.g. &quot;1234.56&quot;</source>
        <translation>Un montant est attendu avec les chiffres 0-9 et un point pour les décimales, p. ex. «&#xa0;1234.56&#xa0;»</translation>
    </message>
    <message>
        <source>the amount has more than two decimals</source>
        <translation>Le montant a plus de deux décimales</translation>
    </message>
    <message>
        <source>the amount is above the maximum of {max}</source>
        <translation>Le montant dépasse le maximum de {max}</translation>
    </message>
    <message>
        <source>expected a month as YYYY-MM, for example 2024-03</source>
        <translation>Un mois est attendu sous la forme AAAA-MM, par exemple 2024-03</translation>
    </message>
    <message>
        <source>month {month} does not exist (01-12)</source>
        <translation>Le mois {month} n’existe pas (01-12)</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>La date de fin est antérieure à la date de début</translation>
    </message>
    <message>
        <source>the monthly amount is negative</source>
        <translation>Le montant mensuel est négatif</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>no dossier with this INSZ</source>
        <translation>aucun dossier avec ce NISS</translation>
    </message>
    <message>
        <source>this dossier is not in the local cache and the central database cannot be reached; it can be opened when the connection is back</source>
        <translation>ce dossier n’est pas dans le cache local et la base de données centrale est injoignable&#xa0;; il pourra être ouvert au retour de la connexion</translation>
    </message>
    <message>
        <source>this dossier has no IVT/IT decision in force: nothing to simulate</source>
        <translation>ce dossier n’a pas de décision ARR/AI en vigueur&#xa0;: rien à simuler</translation>
    </message>
</context>
<context>
    <name>DossierHeader</name>
    <message>
        <source>Flanders</source>
        <translation>Flandre</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Wallonie</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>INSZ:</source>
        <translation>NISS&#xa0;:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Né(e) le&#xa0;:</translation>
    </message>
    <message>
        <source>Age today:</source>
        <translation>Âge aujourd’hui&#xa0;:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Affaire&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation>Représentant légal&#xa0;:</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>aucune affaire</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Fetched from the central database just now.</source>
        <translation>Récupéré à l’instant dans la base de données centrale.</translation>
    </message>
    <message>
        <source>The local cache was never synced: the data may be incomplete.</source>
        <translation>Le cache local n’a jamais été synchronisé&#xa0;: les données peuvent être incomplètes.</translation>
    </message>
    <message>
        <source>Data as of the last sync %1; newer changes will show after the next sync.</source>
        <translation>Données de la dernière synchronisation (%1)&#xa0;; les modifications plus récentes apparaîtront après la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Data as of the last sync %1.</source>
        <translation>Données de la dernière synchronisation (%1).</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>&amp;Simuler</translation>
    </message>
    <message>
        <source>Simulate this dossier</source>
        <translation>Simuler ce dossier</translation>
    </message>
    <message>
        <source>Compare IVT/IT with zorgtoeslag + BOB for this dossier (Alt+S, Ctrl+Shift+S)</source>
        <translation>Comparer l’ARR/AI avec le supplément de soins + BOB pour ce dossier (Alt+S, Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>High &amp;contrast timeline</source>
        <translation>Ligne du temps à &amp;contraste élevé</translation>
    </message>
    <message>
        <source>High contrast timeline</source>
        <translation>Ligne du temps à contraste élevé</translation>
    </message>
    <message>
        <source>Draw the timeline in black and white with patterns only, for low vision or a monochrome printout (Alt+C)</source>
        <translation>Dessiner la ligne du temps en noir et blanc, uniquement avec des motifs, pour une vue faible ou une impression monochrome (Alt+C)</translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation>Actualité des données</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Ce que vous pouvez faire</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>No dossier open. Type an INSZ in the look-up field (Ctrl+L) and press Enter.</source>
        <translation>Aucun dossier ouvert. Tapez un NISS dans le champ de recherche (Ctrl+L) et appuyez sur Enter.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Ligne du temps</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <source>Loading the dossier ...</source>
        <translation>Chargement du dossier ...</translation>
    </message>
    <message>
        <source>No dossier with this INSZ in the central database.</source>
        <translation>Aucun dossier avec ce NISS dans la base de données centrale.</translation>
    </message>
    <message>
        <source>This dossier is not available offline: it is not in your local cache and the central database cannot be reached. Try again when the connection is back.</source>
        <translation>Ce dossier n’est pas disponible hors ligne&#xa0;: il n’est pas dans votre cache local et la base de données centrale est injoignable. Réessayez au retour de la connexion.</translation>
    </message>
    <message>
        <source>Sync now (%1) tries the connection again; once online, open the dossier again from the look-up field (%2).</source>
        <translation>Synchroniser maintenant (%1) réessaie la connexion&#xa0;; une fois en ligne, rouvrez le dossier depuis le champ de recherche (%2).</translation>
    </message>
    <message>
        <source>Check the number typed (%1).</source>
        <translation>Vérifiez le numéro tapé (%1).</translation>
    </message>
    <message>
        <source>If it is right, the person is not in the VSB files imported so far (no BOB), or the case belongs to another team: ask your supervisor.</source>
        <translation>S’il est correct, la personne ne figure pas dans les fichiers de la VSB importés jusqu’ici (pas de BOB), ou l’affaire relève d’une autre équipe&#xa0;: adressez-vous à votre responsable.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>There is nothing to export: no case is shown.</source>
        <translation>Il n’y a rien à exporter&#xa0;: aucune affaire n’est affichée.</translation>
    </message>
    <message>
        <source>Export the work list</source>
        <translation>Exporter la liste de travail</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting {count} cases ...</source>
        <translation>Exportation de {count} affaires ...</translation>
    </message>
    <message>
        <source>Exporting the work list ...</source>
        <translation>Exportation de la liste de travail ...</translation>
    </message>
    <message>
        <source>Exported 1 case to {path}</source>
        <translation>1 affaire exportée vers {path}</translation>
    </message>
    <message>
        <source>Exported {count} cases to {path}</source>
        <translation>{count} affaires exportées vers {path}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>L’exportation a échoué&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>FieldsModel</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Central version</source>
        <translation>Version centrale</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Conflicts now</source>
        <translation>Conflits actuels</translation>
    </message>
    <message>
        <source>Proposal to send</source>
        <translation>Proposition à envoyer</translation>
    </message>
    <message>
        <source>Waiting past deadline</source>
        <translation>Échéance dépassée</translation>
    </message>
    <message>
        <source>Turning 18 within two months</source>
        <translation>18 ans dans les deux mois</translation>
    </message>
    <message>
        <source>Retroactive changes</source>
        <translation>Modifications rétroactives</translation>
    </message>
    <message>
        <source>Renunciation to propose</source>
        <translation>Renonciation à proposer</translation>
    </message>
    <message>
        <source>Every case of your team</source>
        <translation>Toutes les affaires de votre équipe</translation>
    </message>
    <message>
        <source>BOB and a paid IVT/IT in the same months, in the period VSB asks about today</source>
        <translation>BOB et ARR/AI payée pendant les mêmes mois, dans la période sur laquelle la VSB interroge aujourd’hui</translation>
    </message>
    <message>
        <source>A renunciation proposal is ready to be sent</source>
        <translation>Une proposition de renonciation est prête à être envoyée</translation>
    </message>
    <message>
        <source>Waiting for the applicant&apos;s answer and the deadline has passed</source>
        <translation>En attente de la réponse du demandeur et l’échéance est dépassée</translation>
    </message>
    <message>
        <source>The applicant turns 18 within two months from today</source>
        <translation>Le demandeur aura 18 ans dans les deux mois à compter d’aujourd’hui</translation>
    </message>
    <message>
        <source>A retroactive IVT/IT change arrived by sync and is not seen yet</source>
        <translation>Une modification rétroactive de l’ARR/AI est arrivée par synchronisation et n’a pas encore été vue</translation>
    </message>
    <message>
        <source>The screening found that IVT/IT does not pay more: a renunciation is to be proposed</source>
        <translation>L’analyse a constaté que l’ARR/AI ne paie pas plus&#xa0;: une renonciation doit être proposée</translation>
    </message>
    <message>
        <source>{filter}, search &quot;{text}&quot;</source>
        <translation>{filter}, recherche «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>Filter: {name}</source>
        <translation>Filtre&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Filter: {name}, {count} cases</source>
        <translation>Filtre&#xa0;: {name}, {count} affaires</translation>
    </message>
    <message>
        <source>{tip} (Alt+{number})</source>
        <translation>{tip} (Alt+{number})</translation>
    </message>
</context>
<context>
    <name>InactivityLock</name>
    <message>
        <source>CumulDesk — locked</source>
        <translation>CumulDesk — verrouillé</translation>
    </message>
    <message>
        <source>Wrong password: the window stays locked.</source>
        <translation>Mot de passe incorrect&#xa0;: la fenêtre reste verrouillée.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
</context>
<context>
    <name>Insz</name>
    <message>
        <source>No INSZ was entered.</source>
        <translation>Aucun NISS n’a été saisi.</translation>
    </message>
    <message>
        <source>The INSZ contains letters; only digits are allowed (spaces, dots, dashes and slashes between them are ignored).</source>
        <translation>Le NISS contient des lettres&#xa0;; seuls les chiffres sont admis (les espaces, points, tirets et barres obliques entre les chiffres sont ignorés).</translation>
    </message>
    <message>
        <source>The INSZ contains characters that are not digits; only digits are allowed (spaces, dots, dashes and slashes between them are ignored).</source>
        <translation>Le NISS contient des caractères qui ne sont pas des chiffres&#xa0;; seuls les chiffres sont admis (les espaces, points, tirets et barres obliques entre les chiffres sont ignorés).</translation>
    </message>
    <message>
        <source>An INSZ has {length} digits; this one has {count} digits. A leading zero may have been lost (for example by a spreadsheet).</source>
        <translation>Un NISS compte {length} chiffres&#xa0;; celui-ci en compte {count}. Un zéro initial a peut-être été perdu (par exemple par un tableur).</translation>
    </message>
    <message>
        <source>An INSZ has {length} digits; this one has 1 digit.</source>
        <translation>Un NISS compte {length} chiffres&#xa0;; celui-ci n’en compte qu’un.</translation>
    </message>
    <message>
        <source>An INSZ has {length} digits; this one has {count} digits.</source>
        <translation>Un NISS compte {length} chiffres&#xa0;; celui-ci en compte {count}.</translation>
    </message>
    <message>
        <source>The month (third and fourth digit) is {month}, which is impossible: a national register number has month 01-12 (00 if unknown), a BIS number has month 21-32 or 41-52 (20 or 40 if unknown).</source>
        <translation>Le mois (troisième et quatrième chiffres) est {month}, ce qui est impossible&#xa0;: un numéro de registre national a un mois de 01 à 12 (00 s’il est inconnu), un numéro BIS a un mois de 21 à 32 ou de 41 à 52 (20 ou 40 s’il est inconnu).</translation>
    </message>
    <message>
        <source>The day (fifth and sixth digit) is {day}, which is impossible: the day of birth is 01-31 (00 if unknown).</source>
        <translation>Le jour (cinquième et sixième chiffres) est {day}, ce qui est impossible&#xa0;: le jour de naissance va de 01 à 31 (00 s’il est inconnu).</translation>
    </message>
    <message>
        <source>The check digits (the last two) do not match the first nine digits: a digit was probably mistyped.</source>
        <translation>Les chiffres de contrôle (les deux derniers) ne correspondent pas aux neuf premiers chiffres&#xa0;: un chiffre a probablement été mal tapé.</translation>
    </message>
    <message>
        <source>Type or paste an INSZ (11 digits).</source>
        <translation>Tapez ou collez un NISS (11 chiffres).</translation>
    </message>
    <message>
        <source>{typed} of {length} digits</source>
        <translation>{typed} chiffres sur {length}</translation>
    </message>
</context>
<context>
    <name>Law</name>
    <message>
        <source>there is no law value {id}</source>
        <translation>il n’y a pas de valeur légale {id}</translation>
    </message>
    <message>
        <source>law value {id} is approved already: only a proposed value can be approved</source>
        <translation>la valeur légale {id} est déjà approuvée&#xa0;: seule une valeur proposée peut être approuvée</translation>
    </message>
    <message>
        <source>law value {id} is approved already: only a proposed value can be rejected</source>
        <translation>la valeur légale {id} est déjà approuvée&#xa0;: seule une valeur proposée peut être rejetée</translation>
    </message>
    <message>
        <source>law value {id} is rejected already: only a proposed value can be approved</source>
        <translation>la valeur légale {id} est déjà rejetée&#xa0;: seule une valeur proposée peut être approuvée</translation>
    </message>
    <message>
        <source>law value {id} is rejected already: only a proposed value can be rejected</source>
        <translation>la valeur légale {id} est déjà rejetée&#xa0;: seule une valeur proposée peut être rejetée</translation>
    </message>
    <message>
        <source>law value {id} was decided meanwhile by another supervisor</source>
        <translation>un autre superviseur a entre-temps statué sur la valeur légale {id}</translation>
    </message>
    <message>
        <source>{user} proposed law value {id}: another supervisor must approve it</source>
        <translation>{user} a proposé la valeur légale {id}&#xa0;: un autre superviseur doit l’approuver</translation>
    </message>
</context>
<context>
    <name>LawActions</name>
    <message>
        <source>&amp;Propose a value ...</source>
        <translation>Proposer une &amp;valeur ...</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Re&amp;ject ...</source>
        <translation>Re&amp;jeter ...</translation>
    </message>
    <message>
        <source>Why a button is unavailable</source>
        <translation>Pourquoi un bouton n’est pas disponible</translation>
    </message>
    <message>
        <source>The central database cannot be reached: proposing, approving and rejecting wait until it is back.</source>
        <translation>La base de données centrale est injoignable&#xa0;: proposer, approuver et rejeter attendent son retour.</translation>
    </message>
    <message>
        <source>Select a proposed value to approve or reject it.</source>
        <translation>Sélectionnez une valeur proposée pour l’approuver ou la rejeter.</translation>
    </message>
    <message>
        <source>Only a proposed value can be approved or rejected; this one is {state}.</source>
        <translation>Seule une valeur proposée peut être approuvée ou rejetée&#xa0;; celle-ci est {state}.</translation>
    </message>
    <message>
        <source>You proposed this value: another supervisor must approve it. You may reject it to withdraw it.</source>
        <translation>Vous avez proposé cette valeur&#xa0;: un autre superviseur doit l’approuver. Vous pouvez la rejeter pour la retirer.</translation>
    </message>
    <message>
        <source>Propose a new dated value of a law parameter, with its source</source>
        <translation>Proposer une nouvelle valeur datée d’un paramètre légal, avec sa source</translation>
    </message>
    <message>
        <source>The central database cannot be reached: proposing waits until it is back</source>
        <translation>La base de données centrale est injoignable&#xa0;: proposer attend son retour</translation>
    </message>
    <message>
        <source>Put the selected value in force: it becomes the next law-data version</source>
        <translation>Mettre en vigueur la valeur sélectionnée&#xa0;: elle devient la prochaine version des données légales</translation>
    </message>
    <message>
        <source>Reject the selected proposed value, with an optional reason</source>
        <translation>Rejeter la valeur proposée sélectionnée, avec un motif facultatif</translation>
    </message>
    <message>
        <source>Proposed. Another supervisor approves it before it is in force.</source>
        <translation>Proposée. Un autre superviseur l’approuve avant qu’elle n’entre en vigueur.</translation>
    </message>
    <message>
        <source>Approve a law value</source>
        <translation>Approuver une valeur légale</translation>
    </message>
    <message>
        <source>Approve {what}? It becomes the next law-data version, and every desk computes with it after its next sync.</source>
        <translation>Approuver {what}&#xa0;? Elle devient la prochaine version des données légales, et chaque poste calcule avec elle après sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Approved: {what}. It is part of law data v{version}; every desk gets it with its next sync.</source>
        <translation>Approuvée&#xa0;: {what}. Elle fait partie des données légales v{version}&#xa0;; chaque poste la reçoit lors de sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Approving ...</source>
        <translation>Approbation en cours ...</translation>
    </message>
    <message>
        <source>Rejected: {what}.</source>
        <translation>Rejetée&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>Rejecting ...</source>
        <translation>Rejet en cours ...</translation>
    </message>
</context>
<context>
    <name>LawFilterBar</name>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposées</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>Every law value</source>
        <translation>Toutes les valeurs légales</translation>
    </message>
    <message>
        <source>Values waiting for a second supervisor</source>
        <translation>Valeurs en attente d’un second superviseur</translation>
    </message>
    <message>
        <source>Values in force from their version on</source>
        <translation>Valeurs en vigueur à partir de leur version</translation>
    </message>
    <message>
        <source>Values a supervisor rejected</source>
        <translation>Valeurs qu’un superviseur a rejetées</translation>
    </message>
    <message>
        <source>Filter: {name}</source>
        <translation>Filtre&#xa0;: {name}</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>Filter: {name}, {count} values</source>
        <translation>Filtre&#xa0;: {name}, {count} valeurs</translation>
    </message>
    <message>
        <source>{tip} (Alt+{number})</source>
        <translation>{tip} (Alt+{number})</translation>
    </message>
</context>
<context>
    <name>LawForm</name>
    <message>
        <source>choose yes or no</source>
        <translation>choisissez oui ou non</translation>
    </message>
    <message>
        <source>choose a law parameter</source>
        <translation>choisissez un paramètre légal</translation>
    </message>
    <message>
        <source>choose the category the value is for</source>
        <translation>choisissez la catégorie à laquelle la valeur s’applique</translation>
    </message>
    <message>
        <source>choose sourced or computed</source>
        <translation>choisissez sourcée ou calculée</translation>
    </message>
    <message>
        <source>give the title of the act or public page the value was read on</source>
        <translation>indiquez le titre de l’acte ou de la page publique où la valeur a été lue</translation>
    </message>
    <message>
        <source>at most {count} characters</source>
        <translation>{count} caractères au maximum</translation>
    </message>
    <message>
        <source>a web address starts with https:// or http:// (or leave it empty)</source>
        <translation>une adresse web commence par https:// ou http:// (ou laissez-la vide)</translation>
    </message>
</context>
<context>
    <name>LawLoad</name>
    <message>
        <source>The central database cannot be reached: nothing was sent. Try again when the connection is back.</source>
        <translation>La base de données centrale est injoignable&#xa0;: rien n’a été envoyé. Réessayez quand la connexion est rétablie.</translation>
    </message>
</context>
<context>
    <name>LawModel</name>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposée par</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidée par</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>livrée</translation>
    </message>
    <message>
        <source>v{version}</source>
        <translation>v{version}</translation>
    </message>
    <message>
        <source>{name} (as the command line names it: {label})</source>
        <translation>{name} (comme la ligne de commande le nomme&#xa0;: {label})</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Rejetée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Rejected; no reason was given</source>
        <translation>Rejetée&#xa0;; aucun motif n’a été donné</translation>
    </message>
    <message>
        <source>Waiting for a second supervisor to approve or reject it</source>
        <translation>En attente de l’approbation ou du rejet par un second superviseur</translation>
    </message>
    <message>
        <source>In force from its version on</source>
        <translation>En vigueur à partir de sa version</translation>
    </message>
    <message>
        <source>Part of the law data from version {version} on</source>
        <translation>Fait partie des données légales à partir de la version {version}</translation>
    </message>
    <message>
        <source>Shipped with CumulDesk: the first law data, version {version}</source>
        <translation>Livrée avec CumulDesk&#xa0;: les premières données légales, version {version}</translation>
    </message>
    <message>
        <source>Proposed on {moment}</source>
        <translation>Proposée le {moment}</translation>
    </message>
    <message>
        <source>Decided on {moment}</source>
        <translation>Décidée le {moment}</translation>
    </message>
</context>
<context>
    <name>LawNames</name>
    <message>
        <source>IVT per year</source>
        <translation>ARR par an</translation>
    </message>
    <message>
        <source>IT per year</source>
        <translation>AI par an</translation>
    </message>
    <message>
        <source>IVT partner exemption per year</source>
        <translation>ARR&#xa0;: exonération du partenaire par an</translation>
    </message>
    <message>
        <source>Zorgtoeslag per month</source>
        <translation>Supplément de soins par mois</translation>
    </message>
    <message>
        <source>BOB / ondersteuningstoeslag per month</source>
        <translation>BOB / ondersteuningstoeslag par mois</translation>
    </message>
    <message>
        <source>Zorgtoeslag ban with IVT/IT</source>
        <translation>Interdiction de cumul du supplément de soins avec l’ARR/AI</translation>
    </message>
    <message>
        <source>BOB ban with IVT/IT</source>
        <translation>Interdiction de cumul du BOB avec l’ARR/AI</translation>
    </message>
    <message>
        <source>Ondersteuningstoeslag ban with IVT/IT (open point)</source>
        <translation>Interdiction de cumul de l’ondersteuningstoeslag avec l’ARR/AI (point ouvert)</translation>
    </message>
    <message>
        <source>Zorgtoeslag recovered for arrears months (open point)</source>
        <translation>Supplément de soins récupéré pour les mois d’arriérés (point ouvert)</translation>
    </message>
    <message>
        <source>category A: lives with relatives or other</source>
        <translation>catégorie A&#xa0;: vit avec des parents ou autre</translation>
    </message>
    <message>
        <source>category B: lives alone or in an institution</source>
        <translation>catégorie B&#xa0;: vit seul ou en institution</translation>
    </message>
    <message>
        <source>category C: partner or dependent children</source>
        <translation>catégorie C&#xa0;: partenaire ou enfants à charge</translation>
    </message>
    <message>
        <source>category 1: 7 to 8 points</source>
        <translation>catégorie 1&#xa0;: 7 à 8 points</translation>
    </message>
    <message>
        <source>category 2: 9 to 11 points</source>
        <translation>catégorie 2&#xa0;: 9 à 11 points</translation>
    </message>
    <message>
        <source>category 3: 12 to 14 points</source>
        <translation>catégorie 3&#xa0;: 12 à 14 points</translation>
    </message>
    <message>
        <source>category 4: 15 to 16 points</source>
        <translation>catégorie 4&#xa0;: 15 à 16 points</translation>
    </message>
    <message>
        <source>category 5: 17 to 18 points</source>
        <translation>catégorie 5&#xa0;: 17 à 18 points</translation>
    </message>
    <message>
        <source>at least 4 points in pillar 1, fewer than 6 in total</source>
        <translation>au moins 4 points dans le pilier 1, moins de 6 au total</translation>
    </message>
    <message>
        <source>6 to 8 points</source>
        <translation>6 à 8 points</translation>
    </message>
    <message>
        <source>9 to 11 points</source>
        <translation>9 à 11 points</translation>
    </message>
    <message>
        <source>12 to 14 points, or 6 to 11 with at least 4 in pillar 1</source>
        <translation>12 à 14 points, ou 6 à 11 avec au moins 4 dans le pilier 1</translation>
    </message>
    <message>
        <source>15 to 17 points</source>
        <translation>15 à 17 points</translation>
    </message>
    <message>
        <source>18 to 20 points</source>
        <translation>18 à 20 points</translation>
    </message>
    <message>
        <source>more than 20 points</source>
        <translation>plus de 20 points</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Flandre</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Wallonie</translation>
    </message>
    <message>
        <source>sourced</source>
        <translation>sourcée</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>calculée</translation>
    </message>
    <message>
        <source>carried</source>
        <translation>reportée</translation>
    </message>
    <message>
        <source>read on a public page named as its source</source>
        <translation>lue sur une page publique citée comme source</translation>
    </message>
    <message>
        <source>computed from sourced figures by a sourced rule (an index step, 50 % of category A); no published table confirms it</source>
        <translation>calculée à partir de chiffres sourcés selon une règle sourcée (une indexation, 50&#xa0;% de la catégorie A)&#xa0;; aucun tableau publié ne la confirme</translation>
    </message>
    <message>
        <source>no value is known for this date: the last known value is reused until a supervisor confirms one</source>
        <translation>aucune valeur n’est connue pour cette date&#xa0;: la dernière valeur connue est reprise jusqu’à ce qu’un superviseur en confirme une</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{parameter}, {bracket}</source>
        <translation>{parameter}, {bracket}</translation>
    </message>
    <message>
        <source>{value} ({kind})</source>
        <translation>{value} ({kind})</translation>
    </message>
</context>
<context>
    <name>LawPage</name>
    <message>
        <source>Law values</source>
        <translation>Valeurs légales</translation>
    </message>
    <message>
        <source>Every law value with its category, date, value, kind, state, version and source; the proposals first. Click a column header to sort.</source>
        <translation>Chaque valeur légale avec sa catégorie, sa date, sa valeur, sa nature, son état, sa version et sa source&#xa0;; les propositions d’abord. Cliquez sur un en-tête de colonne pour trier.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Read the law values again</source>
        <translation>Relire les valeurs légales</translation>
    </message>
    <message>
        <source>Loading the law values</source>
        <translation>Chargement des valeurs légales</translation>
    </message>
    <message>
        <source>Law data in use</source>
        <translation>Données légales utilisées</translation>
    </message>
    <message>
        <source>No law values shown</source>
        <translation>Aucune valeur légale affichée</translation>
    </message>
    <message>
        <source>Law data message</source>
        <translation>Message sur les données légales</translation>
    </message>
    <message>
        <source>Law &amp;values</source>
        <translation>Vale&amp;urs légales</translation>
    </message>
    <message>
        <source>Sender &amp;block</source>
        <translation>&amp;Bloc expéditeur</translation>
    </message>
    <message>
        <source>DG HAN&apos;s address, phone, opening hours and signatory on the letters</source>
        <translation>Adresse, téléphone, heures d&apos;ouverture et signataire de la DG HAN sur les lettres</translation>
    </message>
    <message>
        <source>Parts of the law-data page</source>
        <translation>Parties de la page des données légales</translation>
    </message>
    <message>
        <source>The law values, or the sender block of the letters</source>
        <translation>Les valeurs légales ou le bloc expéditeur des lettres</translation>
    </message>
    <message>
        <source>This desk computes with the shipped defaults: it has no law data from the central database yet.</source>
        <translation>Ce poste calcule avec les valeurs par défaut livrées&#xa0;: il n’a pas encore de données légales de la base de données centrale.</translation>
    </message>
    <message>
        <source>This desk computes with law data v{version} (central database).</source>
        <translation>Ce poste calcule avec les données légales v{version} (base de données centrale).</translation>
    </message>
    <message>
        <source>The last sync brought law data v{version}: this desk uses it from your next sign-in.</source>
        <translation>La dernière synchronisation a apporté les données légales v{version}&#xa0;: ce poste les utilise à partir de votre prochaine connexion.</translation>
    </message>
    <message>
        <source>The law values could not be loaded: {reason}</source>
        <translation>Les valeurs légales n’ont pas pu être chargées&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The central database cannot be reached: shown are the approved values this desk computes with, as of the last sync.</source>
        <translation>La base de données centrale est injoignable&#xa0;: sont affichées les valeurs approuvées avec lesquelles ce poste calcule, telles qu’à la dernière synchronisation.</translation>
    </message>
    <message>
        <source>The law data are read-only for you: supervisors propose and approve values.</source>
        <translation>Les données légales sont en lecture seule pour vous&#xa0;: les superviseurs proposent et approuvent les valeurs.</translation>
    </message>
    <message>
        <source>No value waits for approval.</source>
        <translation>Aucune valeur n’attend d’approbation.</translation>
    </message>
    <message>
        <source>No law value in this state.</source>
        <translation>Aucune valeur légale dans cet état.</translation>
    </message>
    <message>
        <source>{name} from {day}: {value}</source>
        <translation>{name} à partir du {day}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>This desk syncs now.</source>
        <translation>Ce poste se synchronise maintenant.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>The letter is empty: nothing was saved.</source>
        <translation>La lettre est vide&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Brouillon enregistré.</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Finaliser</translation>
    </message>
    <message>
        <source>Finalise the %1? It is stored with today&apos;s date, your name and its SHA-256 fingerprint, and it cannot be changed afterwards.</source>
        <translation>Finaliser la %1&#xa0;? Elle est conservée avec la date du jour, votre nom et son empreinte SHA-256, et ne pourra plus être modifiée ensuite.</translation>
    </message>
    <message>
        <source>The letter is empty: it cannot be finalised.</source>
        <translation>La lettre est vide&#xa0;: elle ne peut pas être finalisée.</translation>
    </message>
    <message>
        <source>Not finalised: the values were not confirmed.</source>
        <translation>Non finalisée&#xa0;: les valeurs n’ont pas été confirmées.</translation>
    </message>
    <message>
        <source>Finalised and stored.</source>
        <translation>Finalisée et conservée.</translation>
    </message>
    <message>
        <source>A new draft from the simulation; the saved draft stays until you save.</source>
        <translation>Un nouveau brouillon à partir de la simulation&#xa0;; le brouillon enregistré reste jusqu’à ce que vous enregistriez.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save your changes as a draft before closing?</source>
        <translation>Enregistrer vos modifications comme brouillon avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Store this text as a draft</source>
        <translation>Conserver ce texte comme brouillon</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Finaliser…</translation>
    </message>
    <message>
        <source>Store the letter for good, with date, author and fingerprint: it cannot be changed afterwards</source>
        <translation>Conserver la lettre définitivement, avec la date, l’auteur et l’empreinte&#xa0;: elle ne pourra plus être modifiée ensuite</translation>
    </message>
    <message>
        <source>&amp;New draft from the simulation</source>
        <translation>&amp;Nouveau brouillon à partir de la simulation</translation>
    </message>
    <message>
        <source>Replace the text with a new draft from this simulation</source>
        <translation>Remplacer le texte par un nouveau brouillon à partir de cette simulation</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Imprimer la lettre</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the letter as a PDF</source>
        <translation>Enregistrer la lettre en PDF</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fe&amp;rmer</translation>
    </message>
    <message>
        <source>Close the letters (Esc)</source>
        <translation>Fermer les lettres (Esc)</translation>
    </message>
    <message>
        <source>Letters of the case</source>
        <translation>Lettres de l’affaire</translation>
    </message>
    <message>
        <source>The letter to the applicant and the advice note: Left and Right arrows switch</source>
        <translation>La lettre au demandeur et la note d’avis&#xa0;: les flèches gauche et droite permettent de passer de l’une à l’autre</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Values to check</source>
        <translation>Valeurs à vérifier</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Résultat de la dernière action</translation>
    </message>
    <message>
        <source>Loading the dossier and its letters ...</source>
        <translation>Chargement du dossier et de ses lettres ...</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>affaire %1</translation>
    </message>
    <message>
        <source>The letters cannot be opened: %1</source>
        <translation>Les lettres ne peuvent pas être ouvertes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Letter to the applicant</source>
        <translation>Lettre au demandeur</translation>
    </message>
    <message>
        <source>Advice note</source>
        <translation>Note d’avis</translation>
    </message>
    <message>
        <source>letter to the applicant</source>
        <translation>lettre au demandeur</translation>
    </message>
    <message>
        <source>advice note</source>
        <translation>note d’avis</translation>
    </message>
    <message>
        <source>renunciation-proposal-%1</source>
        <translation>proposition-renonciation-%1</translation>
    </message>
    <message>
        <source>advice-note-%1</source>
        <translation>note-avis-%1</translation>
    </message>
    <message>
        <source>the organisation&apos;s name</source>
        <translation>le nom de l’organisation</translation>
    </message>
    <message>
        <source>the postal address</source>
        <translation>l’adresse postale</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>le numéro de téléphone</translation>
    </message>
    <message>
        <source>the opening hours</source>
        <translation>les heures d’ouverture</translation>
    </message>
    <message>
        <source>the signatory</source>
        <translation>le signataire</translation>
    </message>
    <message>
        <source>Sender block, not published (left out of the finalised letter): %1.</source>
        <translation>Bloc expéditeur, non publié (omis de la lettre finalisée)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Sender block, published without a source: %1.</source>
        <translation>Bloc expéditeur, publié sans source&#xa0;: %1.</translation>
    </message>
    <message>
        <source>DG HAN&apos;s sender block is not complete (%1): the draft marks what is not published, and you will be asked to confirm before a letter is finalised.</source>
        <translation>Le bloc expéditeur de la DG Personnes handicapées n’est pas complet (%1)&#xa0;: le projet signale ce qui n’est pas publié, et avant de finaliser une lettre, il vous sera demandé de le confirmer.</translation>
    </message>
    <message>
        <source>No letter to the applicant: %1</source>
        <translation>Pas de lettre au demandeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>No advice note: %1</source>
        <translation>Pas de note d’avis&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>open points of law: %1</source>
        <translation>points de droit ouverts&#xa0;: %1</translation>
    </message>
    <message>
        <source>The simulation used law values that are not sourced (%1): you will be asked to confirm that you checked them before a letter is finalised.</source>
        <translation>La simulation a utilisé des valeurs légales non sourcées (%1)&#xa0;: avant de finaliser une lettre, il vous sera demandé de confirmer que vous les avez vérifiées.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Internal note for the dossier, in %1.</source>
        <translation>Note interne pour le dossier, en %1.</translation>
    </message>
    <message>
        <source>To the applicant, in %1.</source>
        <translation>Au demandeur, en %1.</translation>
    </message>
    <message>
        <source>To: %1. In %2.</source>
        <translation>À&#xa0;: %1. En %2.</translation>
    </message>
    <message>
        <source>Answer by %1 (%2 days).</source>
        <translation>Réponse pour le %1 (%2 jours).</translation>
    </message>
    <message>
        <source>an unknown handler</source>
        <translation>un gestionnaire de dossier inconnu</translation>
    </message>
    <message>
        <source>Finalised on %1 by %2, SHA-256 %3. It cannot be changed.</source>
        <translation>Finalisée le %1 par %2, SHA-256 %3. Elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Its stored content no longer matches this fingerprint: tell your team lead before printing it.</source>
        <translation>Son contenu conservé ne correspond plus à cette empreinte&#xa0;: prévenez votre chef d’équipe avant de l’imprimer.</translation>
    </message>
    <message>
        <source>Saved draft, shown read-only: no new draft can be made (see above).</source>
        <translation>Brouillon enregistré, affiché en lecture seule&#xa0;: aucun nouveau brouillon ne peut être créé (voir ci-dessus).</translation>
    </message>
    <message>
        <source>Draft saved on %1 by %2. Not finalised.</source>
        <translation>Brouillon enregistré le %1 par %2. Non finalisé.</translation>
    </message>
    <message>
        <source>Edited since: the changes are not saved yet.</source>
        <translation>Modifié depuis&#xa0;: les modifications ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>New draft from the simulation; not saved yet.</source>
        <translation>Nouveau brouillon à partir de la simulation&#xa0;; pas encore enregistré.</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Formatting of the %1</source>
        <translation>Mise en forme de la %1</translation>
    </message>
    <message>
        <source>Text of the %1</source>
        <translation>Texte de la %1</translation>
    </message>
    <message>
        <source>Addressee and deadline</source>
        <translation>Destinataire et échéance</translation>
    </message>
    <message>
        <source>State of the %1</source>
        <translation>État de la %1</translation>
    </message>
    <message>
        <source>Finalised: it cannot be changed any more.</source>
        <translation>Finalisée&#xa0;: elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>The text as it will be printed; Ctrl+B bold, Ctrl+I italic, Ctrl+S saves the draft, Tab leaves the text</source>
        <translation>Le texte tel qu’il sera imprimé&#xa0;; Ctrl+B gras, Ctrl+I italique, Ctrl+S enregistre le brouillon, Tab quitte le texte</translation>
    </message>
</context>
<context>
    <name>LetterOutput</name>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Imprimer la lettre</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>L’impression a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyée à l’imprimante.</translation>
    </message>
    <message>
        <source>Export the letter as PDF</source>
        <translation>Exporter la lettre en PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF ...</source>
        <translation>Écriture du PDF ...</translation>
    </message>
    <message numerus="yes">
        <source>PDF written (%n page(s)): %1</source>
        <translation>
            <numerusform>PDF écrit (%n page)&#xa0;: %1</numerusform>
            <numerusform>PDF écrit (%n pages)&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>Le PDF n’a pas été écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>CumulDesk is locked</source>
        <translation>CumulDesk est verrouillé</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The window was locked to protect personal data. {0} ({1}): type your password to continue.</source>
        <translation>La fenêtre a été verrouillée pour protéger les données personnelles. {0} ({1})&#xa0;: tapez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Your CumulDesk password; Enter unlocks the window</source>
        <translation>Votre mot de passe CumulDesk&#xa0;; Enter déverrouille la fenêtre</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Message de déverrouillage</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock the window (Enter)</source>
        <translation>Déverrouiller la fenêtre (Enter)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit CumulDesk</source>
        <translation>Quitter CumulDesk</translation>
    </message>
    <message>
        <source>Close CumulDesk (changes not yet pushed stay in the cache)</source>
        <translation>Fermer CumulDesk (les modifications pas encore envoyées restent dans le cache)</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Tapez votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>LookupBar</name>
    <message>
        <source>&amp;INSZ:</source>
        <translation>&amp;NISS&#xa0;:</translation>
    </message>
    <message>
        <source>YY.MM.DD-XXX.CC, or paste any form</source>
        <translation>AA.MM.JJ-XXX.CC, ou collez-le sous n’importe quelle forme</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>NISS</translation>
    </message>
    <message>
        <source>Type or paste a social security number (INSZ); Enter opens the dossier</source>
        <translation>Tapez ou collez un numéro d’identification de la sécurité sociale (NISS)&#xa0;; Enter ouvre le dossier</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open dossier</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the dossier of this INSZ (Enter)</source>
        <translation>Ouvrir le dossier de ce NISS (Enter)</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Récents</translation>
    </message>
    <message>
        <source>Recent dossiers</source>
        <translation>Dossiers récents</translation>
    </message>
    <message>
        <source>The dossiers you opened last (Alt+R)</source>
        <translation>Les derniers dossiers que vous avez ouverts (Alt+R)</translation>
    </message>
    <message>
        <source>INSZ check</source>
        <translation>Contrôle du NISS</translation>
    </message>
    <message>
        <source>Opening the dossier ...</source>
        <translation>Ouverture du dossier ...</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>né(e) le {date}</translation>
    </message>
    <message>
        <source>birth date not fully known</source>
        <translation>date de naissance pas entièrement connue</translation>
    </message>
    <message>
        <source>BIS number</source>
        <translation>numéro BIS</translation>
    </message>
    <message>
        <source>national register number</source>
        <translation>numéro de registre national</translation>
    </message>
    <message>
        <source>No dossiers opened yet</source>
        <translation>Aucun dossier ouvert pour l’instant</translation>
    </message>
    <message>
        <source>{insz}  {name}  (opened {when})</source>
        <translation>{insz}  {name}  (ouvert le {when})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CumulDesk — {name}</source>
        <translation>CumulDesk — {name}</translation>
    </message>
    <message>
        <source> (demo data)</source>
        <translation> (données de démonstration)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Export work list ...</source>
        <translation>&amp;Exporter la liste de travail ...</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Preferences ...</source>
        <translation>&amp;Préférences ...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Look up INSZ</source>
        <translation>&amp;Rechercher un NISS</translation>
    </message>
    <message>
        <source>&amp;Work list</source>
        <translation>&amp;Liste de travail</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>L&amp;aw data</source>
        <translation>Données lé&amp;gales</translation>
    </message>
    <message>
        <source>&amp;Monthly report</source>
        <translation>Rapport &amp;mensuel</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Conflicts and refused changes ...</source>
        <translation>&amp;Conflits et modifications refusées ...</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About CumulDesk</source>
        <translation>À &amp;propos de CumulDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Work list, dossier, simulation, law data and monthly report: Left and Right arrows switch</source>
        <translation>Liste de travail, dossier, simulation, données légales et rapport mensuel&#xa0;: les flèches gauche et droite permettent de passer d’une page à l’autre</translation>
    </message>
    <message>
        <source>Work list, dossier, simulation and law data: Left and Right arrows switch</source>
        <translation>Liste de travail, dossier, simulation et données légales&#xa0;: les flèches gauche et droite permettent de passer d’une page à l’autre</translation>
    </message>
    <message>
        <source>Work list</source>
        <translation>Liste de travail</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Law data</source>
        <translation>Données légales</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Rapport mensuel</translation>
    </message>
    <message>
        <source>Open a dossier: the INSZ typed, or the case selected in the work list</source>
        <translation>Ouvrir un dossier&#xa0;: le NISS saisi, ou l’affaire sélectionnée dans la liste de travail</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>About CumulDesk</source>
        <translation>À propos de CumulDesk</translation>
    </message>
    <message>
        <source>CumulDesk {version}

Compares, for young people aged 18 to 21, the federal IVT/IT with the Flemish zorgtoeslag + basic support budget (BOB), which cannot be combined with a paid IVT/IT, and drafts the renunciation proposal when zorgtoeslag + BOB pays more.</source>
        <translation>CumulDesk {version}

Compare, pour les jeunes de 18 à 21 ans, l’ARR/AI fédérale avec le supplément de soins flamand + le budget d’assistance de base (BOB), qui ne peuvent pas être cumulés avec une ARR/AI payée, et rédige la proposition de renonciation lorsque le supplément de soins + BOB rapporte davantage.</translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message>
        <source>Conflicts found (bars, left axis)</source>
        <translation>Conflits constatés (barres, axe de gauche)</translation>
    </message>
    <message>
        <source>Amounts at stake in EUR (line, right axis)</source>
        <translation>Montants en jeu en EUR (ligne, axe de droite)</translation>
    </message>
    <message>
        <source>{month}: {conflicts} conflicts, {amount} EUR</source>
        <translation>{month} : {conflicts} conflits, {amount} EUR</translation>
    </message>
    <message>
        <source>Chart of conflicts and amounts at stake by month</source>
        <translation>Graphique des conflits et des montants en jeu par mois</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>Monthly report {month}</source>
        <translation>Rapport mensuel {month}</translation>
    </message>
    <message>
        <source>VSB files imported</source>
        <translation>Fichiers VSB importés</translation>
    </message>
    <message>
        <source>Persons in VSB&apos;s file(s)</source>
        <translation>Personnes dans le(s) fichier(s) VSB</translation>
    </message>
    <message>
        <source>Conflicts found</source>
        <translation>Conflits constatés</translation>
    </message>
    <message>
        <source>Verdict: renunciation to propose</source>
        <translation>Résultat : renonciation à proposer</translation>
    </message>
    <message>
        <source>Verdict: IVT/IT pays more</source>
        <translation>Résultat : l’ARR/AI paie plus</translation>
    </message>
    <message>
        <source>Verdict: not applicable</source>
        <translation>Résultat : sans objet</translation>
    </message>
    <message>
        <source>Verdict: cannot screen</source>
        <translation>Résultat : analyse impossible</translation>
    </message>
    <message>
        <source>Proposals sent</source>
        <translation>Propositions envoyées</translation>
    </message>
    <message>
        <source>Answers: renunciation accepted</source>
        <translation>Réponses : renonciation acceptée</translation>
    </message>
    <message>
        <source>Answers: refused</source>
        <translation>Réponses : refusée</translation>
    </message>
    <message>
        <source>No answer by the deadline</source>
        <translation>Pas de réponse dans le délai</translation>
    </message>
    <message>
        <source>Amounts at stake (EUR)</source>
        <translation>Montants en jeu (EUR)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>MonthlyReportPage</name>
    <message>
        <source>{month} (so far)</source>
        <translation>{month} (en cours)</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois&#xa0;:</translation>
    </message>
    <message>
        <source>Month of the report</source>
        <translation>Mois du rapport</translation>
    </message>
    <message>
        <source>The calendar month whose figures are shown; choosing one shows it</source>
        <translation>Le mois civil dont les chiffres sont affichés&#xa0;; choisir un mois l’affiche</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Read the figures of the month chosen again from the central database</source>
        <translation>Relire les chiffres du mois choisi dans la base de données centrale</translation>
    </message>
    <message>
        <source>Loading the monthly report</source>
        <translation>Chargement du rapport mensuel</translation>
    </message>
    <message>
        <source>Counts and sums only, for every team, from the central database. A case counts in the month of its newest screening; amounts at stake are the differences over the horizon of the cases where a renunciation is to be proposed.</source>
        <translation>Uniquement des nombres et des sommes, pour toutes les équipes, issus de la base de données centrale. Un dossier compte dans le mois de sa dernière analyse&#xa0;; les montants en jeu sont les différences sur l’horizon des dossiers où une renonciation doit être proposée.</translation>
    </message>
    <message>
        <source>Figures of the month</source>
        <translation>Chiffres du mois</translation>
    </message>
    <message>
        <source>Persons in VSB&apos;s file, conflicts found, cases by verdict, proposals sent, answers and the amounts at stake, one per row</source>
        <translation>Personnes dans le fichier VSB, conflits constatés, dossiers par résultat, propositions envoyées, réponses et montants en jeu, un par ligne</translation>
    </message>
    <message>
        <source>Export to &amp;Excel...</source>
        <translation>Exporter vers &amp;Excel...</translation>
    </message>
    <message>
        <source>Write the month&apos;s figures and the 12 months to an Excel workbook</source>
        <translation>Écrire les chiffres du mois et les 12 mois dans un classeur Excel</translation>
    </message>
    <message>
        <source>Export to P&amp;DF...</source>
        <translation>Exporter en P&amp;DF...</translation>
    </message>
    <message>
        <source>Write the month&apos;s figures and the chart to a PDF</source>
        <translation>Écrire les chiffres du mois et le graphique dans un PDF</translation>
    </message>
    <message>
        <source>Monthly report message</source>
        <translation>Message du rapport mensuel</translation>
    </message>
    <message>
        <source>Export message</source>
        <translation>Message de l’exportation</translation>
    </message>
    <message>
        <source>The central database refused the monthly report: it is for active supervisors only.</source>
        <translation>La base de données centrale a refusé le rapport mensuel&#xa0;: il est réservé aux superviseurs actifs.</translation>
    </message>
    <message>
        <source>The monthly report could not be loaded: {reason}</source>
        <translation>Le rapport mensuel n’a pas pu être chargé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The monthly report needs the central database, which cannot be reached now. Connect to the network and try again.</source>
        <translation>Le rapport mensuel a besoin de la base de données centrale, qui est injoignable pour le moment. Connectez-vous au réseau et réessayez.</translation>
    </message>
    <message>
        <source>Chart of conflicts and amounts at stake by month, 12 months to {month}</source>
        <translation>Graphique des conflits et des montants en jeu par mois, 12 mois jusqu’à {month}</translation>
    </message>
    <message>
        <source>No figures shown</source>
        <translation>Aucun chiffre affiché</translation>
    </message>
    <message>
        <source>monthly-report</source>
        <translation>rapport-mensuel</translation>
    </message>
    <message>
        <source>Export the monthly report to Excel</source>
        <translation>Exporter le rapport mensuel vers Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the monthly report to PDF</source>
        <translation>Exporter le rapport mensuel en PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting the monthly report ...</source>
        <translation>Exportation du rapport mensuel ...</translation>
    </message>
    <message>
        <source>The monthly report of {month} was exported to {path}</source>
        <translation>Le rapport mensuel de {month} a été exporté vers {path}</translation>
    </message>
    <message>
        <source>Not exported: an export is recorded in the central database, which cannot be reached now. Connect to the network and try again.</source>
        <translation>Non exporté&#xa0;: une exportation est enregistrée dans la base de données centrale, qui est injoignable pour le moment. Connectez-vous au réseau et réessayez.</translation>
    </message>
    <message>
        <source>The export failed; no file was written: {reason}</source>
        <translation>L’exportation a échoué&#xa0;; aucun fichier n’a été écrit&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <source>Lane</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Monthly amount</source>
        <translation>Montant mensuel</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Réglementation</translation>
    </message>
    <message>
        <source>Voluntary switch</source>
        <translation>Passage volontaire</translation>
    </message>
    <message>
        <source>Conflict months in this period</source>
        <translation>Mois en conflit dans cette période</translation>
    </message>
    <message>
        <source>BOB</source>
        <translation>BOB</translation>
    </message>
    <message>
        <source>IVT</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>Zorgtoeslag</source>
        <translation>Supplément de soins</translation>
    </message>
    <message>
        <source>IVT+IT</source>
        <translation>ARR+AI</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>sourced</source>
        <translation>sourcé</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>calculé</translation>
    </message>
    <message>
        <source>carried</source>
        <translation>reporté</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>no law value published (Brussels scale)</source>
        <translation>aucune valeur légale publiée (barème bruxellois)</translation>
    </message>
    <message>
        <source>no law value published (Walloon scale)</source>
        <translation>aucune valeur légale publiée (barème wallon)</translation>
    </message>
    <message>
        <source>no law value published</source>
        <translation>aucune valeur légale publiée</translation>
    </message>
    <message>
        <source>not compared (before age 17)</source>
        <translation>non comparé (avant 17 ans)</translation>
    </message>
    <message>
        <source>not compared (after age 21)</source>
        <translation>non comparé (après 21 ans)</translation>
    </message>
    <message>
        <source>%1 to %2 EUR</source>
        <translation>%1 à %2 EUR</translation>
    </message>
    <message>
        <source>no law value published before %1</source>
        <translation>aucune valeur légale publiée avant %1</translation>
    </message>
    <message>
        <source>no law value published for some months</source>
        <translation>aucune valeur légale publiée pour certains mois</translation>
    </message>
    <message>
        <source>The comparison concerns the months from the 17th up to the 21st birthday; this period lies outside them.</source>
        <translation>La comparaison porte sur les mois du 17e au 21e anniversaire&#xa0;; cette période se situe en dehors.</translation>
    </message>
    <message>
        <source>Monthly amount in force each month (law data, as the simulation uses it), from the 17th up to the 21st birthday:</source>
        <translation>Montant mensuel en vigueur chaque mois (données légales, telles que la simulation les utilise), du 17e au 21e anniversaire&#xa0;:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>PeriodsTable</name>
    <message>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <source>Periods table</source>
        <translation>Tableau des périodes</translation>
    </message>
    <message>
        <source>Every BOB, IVT, IT and zorgtoeslag period of the dossier; click a column header to sort</source>
        <translation>Toutes les périodes de BOB, d’ARR, d’AI et de supplément de soins du dossier&#xa0;; cliquez sur un en-tête de colonne pour trier</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>The language of the window&apos;s texts, dates and amounts; used from the next start</source>
        <translation>La langue des textes, des dates et des montants de la fenêtre&#xa0;; appliquée à partir du prochain démarrage</translation>
    </message>
    <message>
        <source>Loc&amp;k the window after (minutes without input):</source>
        <translation>&amp;Verrouiller la fenêtre après (minutes sans activité)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sync every (minutes):</source>
        <translation>&amp;Synchroniser toutes les (minutes)&#xa0;:</translation>
    </message>
    <message>
        <source>Minutes without input before locking</source>
        <translation>Minutes sans activité avant le verrouillage</translation>
    </message>
    <message>
        <source>Minutes between two syncs</source>
        <translation>Minutes entre deux synchronisations</translation>
    </message>
    <message>
        <source>From 1 to 120 minutes; then the window hides the data and asks your password</source>
        <translation>De 1 à 120 minutes&#xa0;; ensuite, la fenêtre masque les données et demande votre mot de passe</translation>
    </message>
    <message>
        <source>From 1 to 60 minutes between two background syncs; F5 syncs at once</source>
        <translation>De 1 à 60 minutes entre deux synchronisations en arrière-plan&#xa0;; F5 synchronise immédiatement</translation>
    </message>
    <message>
        <source>Keep these preferences and apply them at once (Enter)</source>
        <translation>Enregistrer ces préférences et les appliquer immédiatement (Enter)</translation>
    </message>
    <message>
        <source>Close without changing anything (Esc)</source>
        <translation>Fermer sans rien modifier (Esc)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The lock hides personal data and asks for your password again. The sync also runs at once with F5, and by itself as soon as the central database is back after a connection loss.</source>
        <translation>Le verrouillage masque les données personnelles et redemande votre mot de passe. La synchronisation se lance aussi immédiatement avec F5, et d’elle-même dès que la base de données centrale est de nouveau joignable après une perte de connexion.</translation>
    </message>
    <message>
        <source>The window changes language when you start CumulDesk again.</source>
        <translation>La fenêtre changera de langue au prochain démarrage de CumulDesk.</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <source>Propose a law value</source>
        <translation>Proposer une valeur légale</translation>
    </message>
    <message>
        <source>The value is in force once another supervisor approves it; every desk then gets it with its next sync.</source>
        <translation>La valeur est en vigueur dès qu’un autre superviseur l’approuve&#xa0;; chaque poste la reçoit alors lors de sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>&amp;Parameter:</source>
        <translation>&amp;Paramètre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>&amp;Date d’entrée en vigueur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source title:</source>
        <translation>&amp;Titre de la source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Web address (optional):</source>
        <translation>&amp;Adresse web (facultative)&#xa0;:</translation>
    </message>
    <message>
        <source>Law parameter</source>
        <translation>Paramètre légal</translation>
    </message>
    <message>
        <source>The amount or rule the value is for</source>
        <translation>Le montant ou la règle auquel la valeur s’applique</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>The category, points band or region the value is for</source>
        <translation>La catégorie, la tranche de points ou la région à laquelle la valeur s’applique</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Date d’entrée en vigueur</translation>
    </message>
    <message>
        <source>The first day the value applies, as day/month/year</source>
        <translation>Le premier jour où la valeur s’applique, en jour/mois/année</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>for example 351,49</source>
        <translation>par exemple 351,49</translation>
    </message>
    <message>
        <source>The amount in euro, with a decimal comma, for example 351,49</source>
        <translation>Le montant en euros, avec une virgule décimale, par exemple 351,49</translation>
    </message>
    <message>
        <source>Rule applies</source>
        <translation>La règle s’applique</translation>
    </message>
    <message>
        <source>Yes: the rule applies from this day on</source>
        <translation>Oui&#xa0;: la règle s’applique à partir de ce jour</translation>
    </message>
    <message>
        <source>Kind of value</source>
        <translation>Nature de la valeur</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Titre de la source</translation>
    </message>
    <message>
        <source>the act or public page, with its date</source>
        <translation>l’acte ou la page publique, avec sa date</translation>
    </message>
    <message>
        <source>Required: the title of the act or public page the value was read on</source>
        <translation>Obligatoire&#xa0;: le titre de l’acte ou de la page publique où la valeur a été lue</translation>
    </message>
    <message>
        <source>Web address of the source</source>
        <translation>Adresse web de la source</translation>
    </message>
    <message>
        <source>Optional: the address of the page, starting with https://</source>
        <translation>Facultatif&#xa0;: l’adresse de la page, commençant par https://</translation>
    </message>
    <message>
        <source>Pr&amp;opose</source>
        <translation>P&amp;roposer</translation>
    </message>
    <message>
        <source>Send the proposal to the central database (Enter)</source>
        <translation>Envoyer la proposition à la base de données centrale (Enter)</translation>
    </message>
    <message>
        <source>Close without proposing (Esc)</source>
        <translation>Fermer sans proposer (Esc)</translation>
    </message>
    <message>
        <source>EUR per year</source>
        <translation>EUR par an</translation>
    </message>
    <message>
        <source>EUR per month</source>
        <translation>EUR par mois</translation>
    </message>
    <message>
        <source>Sending the proposal ...</source>
        <translation>Envoi de la proposition ...</translation>
    </message>
    <message>
        <source>The central database did not take the proposal: {reason}</source>
        <translation>La base de données centrale n’a pas accepté la proposition&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>PublishSenderDialog</name>
    <message>
        <source>Publish a sender-block field</source>
        <translation>Publier un champ du bloc expéditeur</translation>
    </message>
    <message>
        <source>The text is printed on every letter in this language from the next sync of each desk. The previous text stays on record.</source>
        <translation>Le texte est imprimé sur chaque lettre dans cette langue dès la prochaine synchronisation de chaque poste de travail. Le texte précédent reste conservé.</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Champ&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>The part of the sender block to publish</source>
        <translation>La partie du bloc expéditeur à publier</translation>
    </message>
    <message>
        <source>Language of the letters</source>
        <translation>Langue des lettres</translation>
    </message>
    <message>
        <source>The letters in this language print the text</source>
        <translation>Les lettres dans cette langue impriment le texte</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>One line per printed line, for example the lines of the address</source>
        <translation>Une ligne par ligne imprimée, par exemple les lignes de l’adresse</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>the public page or decision it comes from</source>
        <translation>la page publique ou la décision dont le texte provient</translation>
    </message>
    <message>
        <source>Where the text comes from; without a source the letters ask to confirm it</source>
        <translation>La provenance du texte ; sans source, les lettres demandent de le confirmer</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Publish in the central database (Enter)</source>
        <translation>Publier dans la base de données centrale (Entrée)</translation>
    </message>
    <message>
        <source>Close without publishing (Esc)</source>
        <translation>Fermer sans publier (Échap)</translation>
    </message>
    <message>
        <source>Type the text to print.</source>
        <translation>Saisissez le texte à imprimer.</translation>
    </message>
    <message>
        <source>Publishing ...</source>
        <translation>Publication en cours ...</translation>
    </message>
    <message>
        <source>The central database did not publish it: {reason}</source>
        <translation>La base de données centrale ne l’a pas publié&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>RebuildCacheDialog</name>
    <message>
        <source>Rebuild your local cache</source>
        <translation>Reconstruire votre cache local</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
    <message>
        <source>What would be lost</source>
        <translation>Ce qui serait perdu</translation>
    </message>
    <message>
        <source>Counting the changes not yet sent ...</source>
        <translation>Comptage des modifications pas encore envoyées ...</translation>
    </message>
    <message>
        <source>A new cache is filled with your team&apos;s dossiers from the central database. The old cache file is not deleted: it is kept in a private backup folder beside it, in CumulDesk&apos;s data folder.</source>
        <translation>Un nouveau cache est rempli avec les dossiers de votre équipe depuis la base de données centrale. L’ancien fichier du cache n’est pas supprimé : il est conservé dans un dossier de sauvegarde privé à côté de lui, dans le dossier de données de CumulDesk.</translation>
    </message>
    <message>
        <source>&amp;New cache passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète du cache :</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation>Retapez-la une &amp;deuxième fois :</translation>
    </message>
    <message>
        <source>New cache passphrase</source>
        <translation>Nouvelle phrase secrète du cache</translation>
    </message>
    <message>
        <source>This computer has no system keyring: choose the passphrase of the new local cache (at least 12 characters)</source>
        <translation>Cet ordinateur n’a pas de trousseau de clés système : choisissez la phrase secrète du nouveau cache local (au moins 12 caractères)</translation>
    </message>
    <message>
        <source>New cache passphrase again</source>
        <translation>Nouvelle phrase secrète du cache, une deuxième fois</translation>
    </message>
    <message>
        <source>The same passphrase once more, to be sure it is typed as meant</source>
        <translation>La même phrase secrète une fois de plus, pour être sûr qu’elle est tapée comme voulu</translation>
    </message>
    <message>
        <source>&amp;Type your username ({0}) to confirm that they may be lost:</source>
        <translation>&amp;Tapez votre nom d’utilisateur ({0}) pour confirmer qu’elles peuvent être perdues :</translation>
    </message>
    <message>
        <source>Username, typed to confirm</source>
        <translation>Nom d’utilisateur, tapé pour confirmer</translation>
    </message>
    <message>
        <source>The rebuild starts only when your username is typed here</source>
        <translation>La reconstruction ne commence que lorsque votre nom d’utilisateur est tapé ici</translation>
    </message>
    <message>
        <source>Rebuild message</source>
        <translation>Message de la reconstruction</translation>
    </message>
    <message>
        <source>Rebuilding the local cache</source>
        <translation>Reconstruction du cache local</translation>
    </message>
    <message>
        <source>&amp;Rebuild</source>
        <translation>&amp;Reconstruire</translation>
    </message>
    <message>
        <source>Set the old cache aside and fill a new one from the central database</source>
        <translation>Mettre l’ancien cache de côté et en remplir un nouveau depuis la base de données centrale</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Change nothing (Esc)</source>
        <translation>Ne rien changer (Échap)</translation>
    </message>
    <message>
        <source>&amp;Continue signing in</source>
        <translation>&amp;Continuer la connexion</translation>
    </message>
    <message>
        <source>Sign in with the new local cache (Enter)</source>
        <translation>Se connecter avec le nouveau cache local (Entrée)</translation>
    </message>
    <message>
        <source>Your local cache file is empty (0 bytes).</source>
        <translation>Le fichier de votre cache local est vide (0 octet).</translation>
    </message>
    <message>
        <source>Your local cache file is cut short (truncated).</source>
        <translation>Le fichier de votre cache local est tronqué (incomplet).</translation>
    </message>
    <message>
        <source>Your local cache file was replaced by a link to something else.</source>
        <translation>Le fichier de votre cache local a été remplacé par un lien vers autre chose.</translation>
    </message>
    <message>
        <source>Something that is not a file stands where your local cache file belongs.</source>
        <translation>À la place du fichier de votre cache local se trouve quelque chose qui n’est pas un fichier.</translation>
    </message>
    <message>
        <source>Your local cache file lacks CumulDesk&apos;s bookkeeping.</source>
        <translation>Le fichier de votre cache local n’a pas les données de gestion de CumulDesk.</translation>
    </message>
    <message>
        <source>Events were removed from the audit trail of your local cache.</source>
        <translation>Des événements ont été retirés de la piste d’audit de votre cache local.</translation>
    </message>
    <message>
        <source>Your local cache file is damaged or was changed outside CumulDesk.</source>
        <translation>Le fichier de votre cache local est endommagé ou a été modifié en dehors de CumulDesk.</translation>
    </message>
    <message>
        <source>Your local cache does not open with the cache passphrase typed: it is probably mistyped. Cancel and type it again, unless it is lost for good.</source>
        <translation>Votre cache local ne s’ouvre pas avec la phrase secrète tapée : elle est probablement mal tapée. Annulez et retapez-la, sauf si elle est définitivement perdue.</translation>
    </message>
    <message>
        <source>Your local cache does not open with the key kept in this computer&apos;s keyring (the key is missing, or it is another one).</source>
        <translation>Votre cache local ne s’ouvre pas avec la clé gardée dans le trousseau de cet ordinateur (la clé manque, ou c’en est une autre).</translation>
    </message>
    <message>
        <source>Your local cache belongs to another handler or was filled from another central database.</source>
        <translation>Votre cache local appartient à un autre gestionnaire ou a été rempli depuis une autre base de données centrale.</translation>
    </message>
    <message>
        <source>The changes in it that were not yet sent to the central database cannot be counted, because it does not open: they will be lost.</source>
        <translation>Les modifications qu’il contient et qui n’ont pas encore été envoyées à la base de données centrale ne peuvent pas être comptées, car il ne s’ouvre pas : elles seront perdues.</translation>
    </message>
    <message>
        <source>It holds no change that is not in the central database: nothing is lost.</source>
        <translation>Il ne contient aucune modification absente de la base de données centrale : rien n’est perdu.</translation>
    </message>
    <message>
        <source>{0} change(s) not yet sent to the central database will be lost: {1} note(s), {2} case change(s), {3} letter(s), {4} audit event(s).</source>
        <translation>{0} modification(s) pas encore envoyée(s) à la base de données centrale seront perdue(s) : {1} note(s), {2} modification(s) d’affaires, {3} lettre(s), {4} événement(s) d’audit.</translation>
    </message>
    <message>
        <source>What the cache holds cannot be counted now, so it is not rebuilt.</source>
        <translation>Le contenu du cache ne peut pas être compté maintenant ; il n’est donc pas reconstruit.</translation>
    </message>
    <message>
        <source>Wait until the changes are counted.</source>
        <translation>Attendez que les modifications soient comptées.</translation>
    </message>
    <message>
        <source>The new cache passphrase needs at least 12 characters.</source>
        <translation>La nouvelle phrase secrète du cache doit compter au moins 12 caractères.</translation>
    </message>
    <message>
        <source>The two new cache passphrases differ.</source>
        <translation>Les deux nouvelles phrases secrètes du cache diffèrent.</translation>
    </message>
    <message>
        <source>Type your username to confirm.</source>
        <translation>Tapez votre nom d’utilisateur pour confirmer.</translation>
    </message>
    <message>
        <source>Rebuilding your local cache ...</source>
        <translation>Reconstruction de votre cache local ...</translation>
    </message>
    <message>
        <source>Storing dossiers: {0} of {1} ...</source>
        <translation>Enregistrement des dossiers : {0} sur {1} ...</translation>
    </message>
    <message>
        <source>Your local cache was rebuilt: {0} dossiers.</source>
        <translation>Votre cache local a été reconstruit : {0} dossiers.</translation>
    </message>
    <message>
        <source>The old cache is kept in {0}.</source>
        <translation>L’ancien cache est conservé dans {0}.</translation>
    </message>
    <message>
        <source>The old cache could not be kept as a backup.</source>
        <translation>L’ancien cache n’a pas pu être conservé comme sauvegarde.</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject a proposed value</source>
        <translation>Rejeter une valeur proposée</translation>
    </message>
    <message>
        <source>Reject {what}? It will not be in force.</source>
        <translation>Rejeter {what}&#xa0;? Elle n’entrera pas en vigueur.</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Motif (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <source>Optional: why the value is rejected, for the supervisor who proposed it</source>
        <translation>Facultatif&#xa0;: pourquoi la valeur est rejetée, pour le superviseur qui l’a proposée</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Reject the proposed value (Enter)</source>
        <translation>Rejeter la valeur proposée (Enter)</translation>
    </message>
    <message>
        <source>Keep the proposal as it is (Esc)</source>
        <translation>Garder la proposition telle quelle (Esc)</translation>
    </message>
</context>
<context>
    <name>RetroBanner</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Marquer comme vue</translation>
    </message>
    <message>
        <source>Acknowledge the retroactive change</source>
        <translation>Marquer la modification rétroactive comme vue</translation>
    </message>
    <message>
        <source>I have seen this change; remove the flag from the work list</source>
        <translation>J’ai vu cette modification&#xa0;; retirer le signalement de la liste de travail</translation>
    </message>
    <message>
        <source>Retroactive change</source>
        <translation>Modification rétroactive</translation>
    </message>
    <message>
        <source>Retroactive change: an IVT/IT decision was changed after the fact (by sync).</source>
        <translation>Modification rétroactive&#xa0;: une décision ARR/AI a été modifiée après coup (par synchronisation).</translation>
    </message>
    <message>
        <source>BOB becomes owed again for %1.</source>
        <translation>Le BOB est de nouveau dû pour %1.</translation>
    </message>
    <message>
        <source>BOB must stop for %1.</source>
        <translation>Le BOB doit s’arrêter pour %1.</translation>
    </message>
    <message>
        <source>No month of the ban window changes.</source>
        <translation>Aucun mois de la fenêtre d’interdiction ne change.</translation>
    </message>
    <message>
        <source>What to do: simulate again (%1) to see whether IVT/IT is still more favourable.</source>
        <translation>Que faire&#xa0;: simulez à nouveau (%1) pour vérifier si l’ARR/AI reste plus favorable.</translation>
    </message>
    <message>
        <source>A renunciation proposal was sent on %1: check whether it still holds, and tell the applicant if it does not.</source>
        <translation>Une proposition de renonciation a été envoyée le %1&#xa0;: vérifiez si elle reste valable et informez le demandeur si ce n’est pas le cas.</translation>
    </message>
    <message>
        <source>Then press Acknowledge: the dossier leaves the work list&apos;s filter.</source>
        <translation>Cliquez ensuite sur Marquer comme vue&#xa0;: le dossier quitte le filtre de la liste de travail.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search case, INSZ or name (Ctrl+F)</source>
        <translation>Rechercher affaire, NISS ou nom (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the work list</source>
        <translation>Rechercher dans la liste de travail</translation>
    </message>
    <message>
        <source>Shows the cases whose reference, INSZ (typed in any form) or name contains the text. Down arrow moves to the table, Escape clears.</source>
        <translation>Affiche les affaires dont la référence, le NISS (tapé sous n’importe quelle forme) ou le nom contient le texte. La flèche vers le bas passe au tableau, Escape efface.</translation>
    </message>
    <message>
        <source>Search by case reference, INSZ or name (Ctrl+F)</source>
        <translation>Rechercher par référence d’affaire, NISS ou nom (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SenderBlock</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
</context>
<context>
    <name>SenderBlockPanel</name>
    <message>
        <source>What every letter prints as its sender, per language, as this desk holds it (as of the last sync). A field that is not published or has no source is said on the letter, and finalising the letter asks to confirm it.</source>
        <translation>Ce que chaque lettre imprime comme expéditeur, par langue, tel que ce poste de travail le conserve (état de la dernière synchronisation). Un champ non publié ou sans source est signalé sur la lettre, et la finalisation de la lettre demande de le confirmer.</translation>
    </message>
    <message>
        <source>The sender block is read-only for you: supervisors publish it.</source>
        <translation>Le bloc expéditeur est en lecture seule pour vous&#xa0;: les superviseurs le publient.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Sender block</source>
        <translation>Bloc expéditeur</translation>
    </message>
    <message>
        <source>Every field of the letters&apos; sender block in each language, with its source</source>
        <translation>Chaque champ du bloc expéditeur des lettres dans chaque langue, avec sa source</translation>
    </message>
    <message>
        <source>P&amp;ublish a field ...</source>
        <translation>Publier un c&amp;hamp ...</translation>
    </message>
    <message>
        <source>Publish the selected field in the central database (Enter on a row)</source>
        <translation>Publier le champ sélectionné dans la base de données centrale (Entrée sur une ligne)</translation>
    </message>
    <message>
        <source>Rea&amp;d again</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Read the sender block of this desk again</source>
        <translation>Relire le bloc expéditeur de ce poste de travail</translation>
    </message>
    <message>
        <source>Sender block message</source>
        <translation>Message concernant le bloc expéditeur</translation>
    </message>
    <message>
        <source>The sender block could not be read: {reason}</source>
        <translation>Le bloc expéditeur n’a pas pu être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Non publié</translation>
    </message>
    <message>
        <source>Not sourced</source>
        <translation>Sans source</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Published: {field} ({language}), version {version}. Every desk prints it after its next sync.</source>
        <translation>Publié&#xa0;: {field} ({language}), version {version}. Chaque poste de travail l’imprime après sa prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <source>Every action of the window with the keys that do it, one per row</source>
        <translation>Chaque action de la fenêtre avec les touches qui la déclenchent, une par ligne</translation>
    </message>
    <message>
        <source>Close this list (Esc)</source>
        <translation>Fermer cette liste (Esc)</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Offline sign-in has expired on this computer: your last online sign-in was more than {days} days ago. Connect to the central database once (sign in while it can be reached); then you can work offline again.</source>
        <translation>La connexion hors ligne a expiré sur cet ordinateur&#xa0;: votre dernière connexion en ligne date de plus de {days} jours. Connectez-vous une fois à la base de données centrale (connectez-vous pendant qu’elle est accessible)&#xa0;; vous pourrez ensuite de nouveau travailler hors ligne.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to CumulDesk</source>
        <translation>Se connecter à CumulDesk</translation>
    </message>
    <message>
        <source>Sign in with your CumulDesk account.</source>
        <translation>Connectez-vous avec votre compte CumulDesk.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cache passphrase:</source>
        <translation>Phrase secrète du &amp;cache&#xa0;:</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so your local cache is locked with a passphrase (the first time, choose one of at least 12 characters).</source>
        <translation>Cet ordinateur n’a pas de trousseau de clés système&#xa0;; votre cache local est donc verrouillé par une phrase secrète (la première fois, choisissez-en une d’au moins 12 caractères).</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Your CumulDesk user name (Alt+U)</source>
        <translation>Votre nom d’utilisateur CumulDesk (Alt+U)</translation>
    </message>
    <message>
        <source>The password of your CumulDesk account; Enter signs in (Alt+P)</source>
        <translation>Le mot de passe de votre compte CumulDesk&#xa0;; Enter vous connecte (Alt+M)</translation>
    </message>
    <message>
        <source>Cache passphrase</source>
        <translation>Phrase secrète du cache</translation>
    </message>
    <message>
        <source>Demo accounts (synthetic data only)</source>
        <translation>Comptes de démonstration (données synthétiques uniquement)</translation>
    </message>
    <message>
        <source>Demo mode: no central database is configured, so CumulDesk works on synthetic demo data kept on this computer (made at the first start). Double-click an account, or select it and press Enter, to fill in the fields.</source>
        <translation>Mode démonstration&#xa0;: aucune base de données centrale n’est configurée&#xa0;; CumulDesk travaille donc sur des données de démonstration synthétiques conservées sur cet ordinateur (créées au premier démarrage). Double-cliquez sur un compte, ou sélectionnez-le et appuyez sur Enter, pour remplir les champs.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Comptes de démonstration</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation>Se connecter (Enter)</translation>
    </message>
    <message>
        <source>&amp;Rebuild local cache...</source>
        <translation>&amp;Reconstruire le cache local...</translation>
    </message>
    <message>
        <source>Rebuild local cache</source>
        <translation>Reconstruire le cache local</translation>
    </message>
    <message>
        <source>Replace the local cache that does not open with a new one from the central database; says first what would be lost</source>
        <translation>Remplacer le cache local qui ne s’ouvre pas par un nouveau depuis la base de données centrale ; dit d’abord ce qui serait perdu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Close CumulDesk without signing in (Esc)</source>
        <translation>Fermer CumulDesk sans se connecter (Esc)</translation>
    </message>
    <message>
        <source>Type your username and your password.</source>
        <translation>Tapez votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in ...</source>
        <translation>Connexion ...</translation>
    </message>
    <message>
        <source>First start: making the demo data ({0} of {1} persons) ...</source>
        <translation>Premier démarrage&#xa0;: création des données de démonstration ({0} personnes sur {1}) ...</translation>
    </message>
    <message>
        <source>Checking your password ...</source>
        <translation>Vérification de votre mot de passe ...</translation>
    </message>
    <message>
        <source>Opening your local cache ...</source>
        <translation>Ouverture de votre cache local ...</translation>
    </message>
    <message>
        <source>Wrong username or password. Please try again.</source>
        <translation>Nom d’utilisateur ou mot de passe incorrect. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Your local cache on this computer is damaged or was changed outside CumulDesk, so it cannot be opened. Nothing was changed.</source>
        <translation>Votre cache local sur cet ordinateur est endommagé ou a été modifié en dehors de CumulDesk : il ne peut donc pas être ouvert. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Your local cache does not open with this cache passphrase: it is probably mistyped. Type it again.</source>
        <translation>Votre cache local ne s’ouvre pas avec cette phrase secrète : elle est probablement mal tapée. Retapez-la.</translation>
    </message>
    <message>
        <source>Your local cache does not open with the key kept in this computer&apos;s keyring.</source>
        <translation>Votre cache local ne s’ouvre pas avec la clé gardée dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Your local cache belongs to another handler or was filled from another central database.</source>
        <translation>Votre cache local appartient à un autre gestionnaire ou a été rempli depuis une autre base de données centrale.</translation>
    </message>
    <message>
        <source>If it cannot be opened any more, choose Rebuild local cache: it says first what would be lost.</source>
        <translation>S’il ne peut plus être ouvert, choisissez Reconstruire le cache local : cela dit d’abord ce qui serait perdu.</translation>
    </message>
    <message>
        <source>Rebuilding it needs the central database, which cannot be reached now.</source>
        <translation>Pour le reconstruire, il faut la base de données centrale, qui est injoignable maintenant.</translation>
    </message>
</context>
<context>
    <name>SignInGuard</name>
    <message>
        <source>This is failed sign-in {count} in a row for this username on this computer: the central database slows down every further attempt and, after more failures, refuses this computer for a while. Check the username and the password (Caps Lock?), or ask a supervisor to set a new password.</source>
        <translation>C’est la {count}e connexion échouée d’affilée pour ce nom d’utilisateur sur cet ordinateur&#xa0;: la base de données centrale ralentit chaque nouvelle tentative et, après d’autres échecs, refuse cet ordinateur pendant un moment. Vérifiez le nom d’utilisateur et le mot de passe (verrouillage des majuscules&#xa0;?), ou demandez à un superviseur de définir un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>This is failed sign-in {count} in a row for this username on this computer. Check the password (Caps Lock?); if it is forgotten, ask a supervisor to set a new one and sign in once while the central database can be reached (the central database slows down repeated failures too).</source>
        <translation>C’est la {count}e connexion échouée d’affilée pour ce nom d’utilisateur sur cet ordinateur. Vérifiez le mot de passe (verrouillage des majuscules&#xa0;?)&#xa0;; si vous l’avez oublié, demandez-en un nouveau à un superviseur et connectez-vous une fois pendant que la base de données centrale est accessible (la base de données centrale ralentit elle aussi les échecs répétés).</translation>
    </message>
    <message>
        <source>This is failed sign-in {count} in a row for this username on this computer: CumulDesk waits longer before each further attempt. Check the username and the password (Caps Lock?), or ask a supervisor to set a new password.</source>
        <translation>C’est la {count}e connexion échouée d’affilée pour ce nom d’utilisateur sur cet ordinateur&#xa0;: CumulDesk attend plus longtemps avant chaque nouvelle tentative. Vérifiez le nom d’utilisateur et le mot de passe (verrouillage des majuscules&#xa0;?), ou demandez à un superviseur de définir un nouveau mot de passe.</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>a Brussels zorgtoeslag cannot be computed from points: the Brussels supplement has its own scale, which differs from the Flemish one. Enter the decided monthly amount.</source>
        <translation>un supplément de soins bruxellois ne peut pas être calculé à partir de points&#xa0;: le supplément bruxellois a sa propre échelle, différente de l’échelle flamande. Saisissez le montant mensuel décidé.</translation>
    </message>
</context>
<context>
    <name>SimulationForm</name>
    <message>
        <source>must be 0 to {max}</source>
        <translation>doit être compris entre 0 et {max}</translation>
    </message>
    <message>
        <source>enter an amount, for example 898,21</source>
        <translation>saisissez un montant, par exemple 898,21</translation>
    </message>
    <message>
        <source>too large: at most {max}</source>
        <translation>trop élevé : au maximum {max}</translation>
    </message>
    <message>
        <source>more than one decimal comma</source>
        <translation>plus d’une virgule décimale</translation>
    </message>
    <message>
        <source>dots must group the thousands, for example 1.234,56</source>
        <translation>les points doivent séparer les milliers, par exemple 1.234,56 (ou 1&#xa0;234,56)</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>le montant ne peut pas être négatif</translation>
    </message>
    <message>
        <source>not an amount (use digits and a decimal comma, e.g. 898,21)</source>
        <translation>pas un montant (utilisez des chiffres et une virgule décimale, par ex. 898,21)</translation>
    </message>
    <message>
        <source>not an amount (use digits and a decimal comma)</source>
        <translation>pas un montant (utilisez des chiffres et une virgule décimale)</translation>
    </message>
    <message>
        <source>at most two decimals (cents)</source>
        <translation>deux décimales au maximum (cents)</translation>
    </message>
    <message>
        <source>cannot exceed the total zorgtoeslag points ({total})</source>
        <translation>ne peut pas dépasser le total des points du supplément de soins ({total})</translation>
    </message>
</context>
<context>
    <name>SimulationPage</name>
    <message>
        <source>I&amp;VT</source>
        <translation>&amp;ARR</translation>
    </message>
    <message>
        <source>IVT monthly amount (EUR)</source>
        <translation>Montant mensuel ARR (EUR)</translation>
    </message>
    <message>
        <source>Own yearly income (EUR)</source>
        <translation>Revenu annuel propre (EUR)</translation>
    </message>
    <message>
        <source>Partner&apos;s yearly income (EUR)</source>
        <translation>Revenu annuel du partenaire (EUR)</translation>
    </message>
    <message>
        <source>I&amp;T</source>
        <translation>AI (in&amp;tégration)</translation>
    </message>
    <message>
        <source>IT monthly amount (EUR)</source>
        <translation>Montant mensuel AI (EUR)</translation>
    </message>
    <message>
        <source>IT points (0-%1)</source>
        <translation>Points AI (0-%1)</translation>
    </message>
    <message>
        <source>&amp;Zorgtoeslag</source>
        <translation>&amp;Supplément de soins</translation>
    </message>
    <message>
        <source>Zorgtoeslag monthly amount (EUR)</source>
        <translation>Montant mensuel du supplément de soins (EUR)</translation>
    </message>
    <message>
        <source>Zorgtoeslag points (0-%1)</source>
        <translation>Points du supplément de soins (0-%1)</translation>
    </message>
    <message>
        <source>Pillar 1 points (0-%1)</source>
        <translation>Points du pilier 1 (0-%1)</translation>
    </message>
    <message>
        <source>&amp;BOB</source>
        <translation>&amp;BOB</translation>
    </message>
    <message>
        <source>BOB monthly amount (EUR)</source>
        <translation>Montant mensuel BOB (EUR)</translation>
    </message>
    <message>
        <source>IVT basis</source>
        <translation>Base de l’ARR</translation>
    </message>
    <message>
        <source>IVT monthly amount</source>
        <translation>Montant mensuel ARR</translation>
    </message>
    <message>
        <source>IVT category</source>
        <translation>Catégorie ARR</translation>
    </message>
    <message>
        <source>Own yearly income</source>
        <translation>Revenu annuel propre</translation>
    </message>
    <message>
        <source>Partner&apos;s yearly income</source>
        <translation>Revenu annuel du partenaire</translation>
    </message>
    <message>
        <source>IT basis</source>
        <translation>Base de l’AI</translation>
    </message>
    <message>
        <source>IT monthly amount</source>
        <translation>Montant mensuel AI</translation>
    </message>
    <message>
        <source>IT points</source>
        <translation>Points AI</translation>
    </message>
    <message>
        <source>Zorgtoeslag basis</source>
        <translation>Base du supplément de soins</translation>
    </message>
    <message>
        <source>Zorgtoeslag monthly amount</source>
        <translation>Montant mensuel du supplément de soins</translation>
    </message>
    <message>
        <source>Zorgtoeslag points</source>
        <translation>Points du supplément de soins</translation>
    </message>
    <message>
        <source>Pillar 1 points</source>
        <translation>Points du pilier 1</translation>
    </message>
    <message>
        <source>BOB monthly amount</source>
        <translation>Montant mensuel BOB</translation>
    </message>
    <message>
        <source>Voluntary switch</source>
        <translation>Passage volontaire</translation>
    </message>
    <message>
        <source>First payment month</source>
        <translation>Premier mois de paiement</translation>
    </message>
    <message>
        <source>Notified month</source>
        <translation>Mois notifié aux payeurs</translation>
    </message>
    <message>
        <source>First &amp;payment month</source>
        <translation>Premier mois de &amp;paiement</translation>
    </message>
    <message>
        <source>&amp;Notified month</source>
        <translation>Mois notifié a&amp;ux payeurs</translation>
    </message>
    <message>
        <source>Decided monthly amount</source>
        <translation>Montant mensuel décidé</translation>
    </message>
    <message>
        <source>Computed: category %1</source>
        <translation>Calculé&#xa0;: catégorie %1</translation>
    </message>
    <message>
        <source>No IT</source>
        <translation>Pas d’AI</translation>
    </message>
    <message>
        <source>No zorgtoeslag</source>
        <translation>Pas de supplément de soins</translation>
    </message>
    <message>
        <source>Computed from points</source>
        <translation>Calculé à partir des points</translation>
    </message>
    <message>
        <source>In the dossier&apos;s BOB periods</source>
        <translation>Dans les périodes BOB du dossier</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>Decided amount, every month</source>
        <translation>Montant décidé, chaque mois</translation>
    </message>
    <message>
        <source>No BOB</source>
        <translation>Pas de BOB</translation>
    </message>
    <message>
        <source>BOB at the amount in force (from the law parameters) in the months of the dossier&apos;s BOB periods or in every month, or a decided monthly amount</source>
        <translation>BOB au montant en vigueur (selon les paramètres légaux) pendant les mois des périodes BOB du dossier ou chaque mois, ou un montant mensuel décidé</translation>
    </message>
    <message>
        <source>The IVT decided monthly amount, or computed from a category and the incomes (Alt+V)</source>
        <translation>Le montant mensuel ARR décidé, ou calculé à partir d’une catégorie et des revenus (Alt+A)</translation>
    </message>
    <message>
        <source>No IT, a decided monthly amount, or computed from the IT points (Alt+T)</source>
        <translation>Pas d’AI, un montant mensuel décidé, ou calculé à partir des points AI (Alt+T)</translation>
    </message>
    <message>
        <source>No zorgtoeslag, a decided monthly amount, or computed from the points (Alt+Z)</source>
        <translation>Pas de supplément de soins, un montant mensuel décidé, ou calculé à partir des points (Alt+S)</translation>
    </message>
    <message>
        <source>The points of the IT decision; they give the IT amount</source>
        <translation>Les points de la décision AI&#xa0;; ils déterminent le montant de l’AI</translation>
    </message>
    <message>
        <source>The points of the zorgtoeslag decision, all pillars</source>
        <translation>Les points de la décision de supplément de soins, tous piliers confondus</translation>
    </message>
    <message>
        <source>Of those points, how many are in pillar 1</source>
        <translation>Parmi ces points, combien relèvent du pilier 1</translation>
    </message>
    <message>
        <source>From NRTH: BOB is kept</source>
        <translation>Depuis NRTH&#xa0;: le BOB est maintenu</translation>
    </message>
    <message>
        <source>Applies to BOB every month or a decided amount; with the dossier&apos;s BOB periods, each period&apos;s own mark counts.</source>
        <translation>S’applique au BOB chaque mois ou à un montant décidé&#xa0;; avec les périodes BOB du dossier, c’est l’indication propre à chaque période qui compte.</translation>
    </message>
    <message>
        <source>for example 898,21</source>
        <translation>par exemple 898,21</translation>
    </message>
    <message>
        <source>Monthly amount in EUR, with a decimal comma</source>
        <translation>Montant mensuel en EUR, avec une virgule décimale</translation>
    </message>
    <message>
        <source>for example 1.234,56</source>
        <translation>par exemple 1&#xa0;234,56</translation>
    </message>
    <message>
        <source>Yearly amount in EUR, with a decimal comma</source>
        <translation>Montant annuel en EUR, avec une virgule décimale</translation>
    </message>
    <message>
        <source>From this month to the month of the 21st birthday; it must lie in the ban window</source>
        <translation>De ce mois au mois du 21e anniversaire&#xa0;; il doit se situer dans la fenêtre d’interdiction</translation>
    </message>
    <message>
        <source>The first month the zorgkas and the Groeipakket no longer pay once told of the IVT/IT (by default the month after today). The months before it are arrears: the IVT/IT is paid afterwards and the BOB already paid is kept.</source>
        <translation>Le premier mois où la zorgkas et le Groeipakket ne paient plus, une fois informés de l’ARR/AI (par défaut le mois après aujourd’hui). Les mois précédents sont des arriérés&#xa0;: l’ARR/AI est payée après coup et le BOB déjà payé est conservé.</translation>
    </message>
    <message>
        <source>No ban window: the person turned 21 before the ban</source>
        <translation>Pas de fenêtre d’interdiction&#xa0;: la personne a eu 21 ans avant l’interdiction</translation>
    </message>
    <message>
        <source>Open a dossier, then choose Simulate to compare IVT/IT with zorgtoeslag + BOB.</source>
        <translation>Ouvrez un dossier, puis choisissez Simuler pour comparer l’ARR/AI avec le supplément de soins + BOB.</translation>
    </message>
    <message>
        <source>Simulation: IVT/IT against zorgtoeslag + BOB</source>
        <translation>Simulation&#xa0;: ARR/AI face au supplément de soins + BOB</translation>
    </message>
    <message>
        <source>Inputs (prefilled from the dossier)</source>
        <translation>Données (préremplies à partir du dossier)</translation>
    </message>
    <message>
        <source>Reset to dossier v&amp;alues</source>
        <translation>Rétablir les &amp;valeurs du dossier</translation>
    </message>
    <message>
        <source>Put back the dossier&apos;s own values (Alt+A)</source>
        <translation>Remettre les valeurs propres au dossier (Alt+V)</translation>
    </message>
    <message>
        <source>Reset to dossier values</source>
        <translation>Rétablir les valeurs du dossier</translation>
    </message>
    <message>
        <source>&amp;Draft letter…</source>
        <translation>Ré&amp;diger la lettre…</translation>
    </message>
    <message>
        <source>Draft letter</source>
        <translation>Rédiger la lettre</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Loading the simulation…</source>
        <translation>Chargement de la simulation…</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <source>The result below is from the last valid inputs.</source>
        <translation>Le résultat ci-dessous provient des dernières données valides.</translation>
    </message>
    <message>
        <source>Invalid input: %1</source>
        <translation>Donnée non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changed from the dossier: %1</source>
        <translation>Modifié par rapport au dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Computed with %1.</source>
        <translation>Calculé avec %1.</translation>
    </message>
    <message>
        <source>The letters module is not installed yet: no letter can be drafted.</source>
        <translation>Le module des lettres n’est pas encore installé&#xa0;: aucune lettre ne peut être rédigée.</translation>
    </message>
    <message>
        <source>Needs a valid simulation result.</source>
        <translation>Nécessite un résultat de simulation valide.</translation>
    </message>
    <message>
        <source>Draft the letter from this result (Alt+D)</source>
        <translation>Rédiger la lettre à partir de ce résultat (Alt+D)</translation>
    </message>
    <message>
        <source>Law parameters used</source>
        <translation>Paramètres légaux utilisés</translation>
    </message>
    <message>
        <source>Month by month, amounts in EUR</source>
        <translation>Mois par mois, montants en EUR</translation>
    </message>
    <message>
        <source>Months compared, amounts in EUR</source>
        <translation>Mois comparés, montants en EUR</translation>
    </message>
    <message>
        <source>One row per month; %1 marks a benefit that IVT/IT stops in that month</source>
        <translation>Une ligne par mois&#xa0;; %1 marque une prestation que l’ARR/AI arrête ce mois-là</translation>
    </message>
    <message>
        <source>Every law parameter this result used, with its value, date and source; unverified ones are marked</source>
        <translation>Chaque paramètre légal utilisé pour ce résultat, avec sa valeur, sa date et sa source&#xa0;; les paramètres non vérifiés sont signalés</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporter vers Excel…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <source>Save this month table, its totals and the law parameters used as an Excel workbook (Alt+E)</source>
        <translation>Enregistrer ce tableau mensuel, ses totaux et les paramètres légaux utilisés dans un classeur Excel (Alt+E)</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l’exportation</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <source>Arrears (before %1)</source>
        <translation>Arriérés (avant %1)</translation>
    </message>
    <message>
        <source>From the notification on (%1)</source>
        <translation>À partir de la notification (%1)</translation>
    </message>
    <message>
        <source>Some values used are not read on a public page: check them before deciding.</source>
        <translation>Certaines valeurs utilisées n’ont pas été lues sur une page publique&#xa0;: vérifiez-les avant de décider.</translation>
    </message>
    <message>
        <source>Months compared</source>
        <translation>Mois comparés</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Mois par mois</translation>
    </message>
    <message>
        <source>Simulation results</source>
        <translation>Résultats de la simulation</translation>
    </message>
    <message>
        <source>The months compared with their totals, or the law parameters used; the arrow keys switch</source>
        <translation>Les mois comparés avec leurs totaux, ou les paramètres légaux utilisés ; les touches fléchées permettent de passer de l’un à l’autre</translation>
    </message>
    <message>
        <source>%1 = IVT/IT stops this benefit in that month (not paid together with IVT/IT). Federal total = IVT + IT + what is kept. Difference = federal total - Flemish total.</source>
        <translation>%1 = l’ARR/AI arrête cette prestation ce mois-là (pas payée avec l’ARR/AI). Total fédéral = ARR + AI + ce qui est conservé. Différence = total fédéral - total flamand.</translation>
    </message>
    <message>
        <source>Kept: the BOB of an arrears month or of a voluntary switch, a zorgtoeslag without a ban; they stay beside the IVT/IT, on both sides.</source>
        <translation>Conservé&#xa0;: le BOB d’un mois d’arriérés ou après un passage volontaire, un supplément de soins sans interdiction&#xa0;; ils restent à côté de l’ARR/AI, des deux côtés.</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>No law parameter was needed: every amount is a decided amount and no month has a cumulation ban.</source>
        <translation>Aucun paramètre légal n’a été nécessaire&#xa0;: chaque montant est un montant décidé et aucun mois n’est soumis à l’interdiction de cumul.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Open points of law, default assumed until a supervisor confirms it: %1.</source>
        <translation>Points de droit ouverts, valeur par défaut retenue jusqu’à confirmation par un superviseur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Export the simulation to Excel</source>
        <translation>Exporter la simulation vers Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the simulation…</source>
        <translation>Exportation de la simulation…</translation>
    </message>
    <message>
        <source>Exported the simulation to %1</source>
        <translation>Simulation exportée vers %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L’exportation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not paid together with IVT/IT in this month (cumulation ban).</source>
        <translation>Pas payé en même temps que l’ARR/AI ce mois-ci (interdiction de cumul).</translation>
    </message>
    <message>
        <source>EUR per month</source>
        <translation>EUR par mois</translation>
    </message>
    <message>
        <source>zorgtoeslag</source>
        <translation>supplément de soins</translation>
    </message>
    <message>
        <source>BOB</source>
        <translation>BOB</translation>
    </message>
    <message>
        <source>IVT/IT stops %1 in this month.</source>
        <translation>Ce mois-ci, l’ARR/AI arrête&#xa0;: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>IVT</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>Zorgtoeslag</source>
        <translation>Supplément de soins</translation>
    </message>
    <message>
        <source>Federal total</source>
        <translation>Total fédéral</translation>
    </message>
    <message>
        <source>Arrears month: the zorgtoeslag already paid is recovered (its ban applied then), so it is not on the federal side.</source>
        <translation>Mois d’arriérés&#xa0;: le supplément de soins déjà payé est récupéré (l’interdiction s’appliquait alors), il n’est donc pas du côté fédéral.</translation>
    </message>
    <message>
        <source>Voluntary switch from NRTH: the BOB is kept with IVT/IT, on both sides.</source>
        <translation>Passage volontaire depuis NRTH&#xa0;: le BOB est conservé avec l’ARR/AI, des deux côtés.</translation>
    </message>
    <message>
        <source>Arrears month: the BOB already paid is kept (the zorgkas recovers nothing), on both sides.</source>
        <translation>Mois d’arriérés&#xa0;: le BOB déjà payé est conservé (la zorgkas ne récupère rien), des deux côtés.</translation>
    </message>
    <message>
        <source>No ban on the BOB with IVT/IT in this month: it is kept on both sides.</source>
        <translation>Pas d’interdiction de cumul du BOB avec l’ARR/AI ce mois-ci&#xa0;: il est conservé des deux côtés.</translation>
    </message>
    <message>
        <source>Arrears month: the zorgtoeslag already paid is not recovered, so it is on both sides.</source>
        <translation>Mois d’arriérés&#xa0;: le supplément de soins déjà payé n’est pas récupéré, il figure donc des deux côtés.</translation>
    </message>
    <message>
        <source>No ban on the zorgtoeslag with IVT/IT in this month: it is kept on both sides.</source>
        <translation>Pas d’interdiction de cumul du supplément de soins avec l’ARR/AI ce mois-ci&#xa0;: il est conservé des deux côtés.</translation>
    </message>
    <message>
        <source>arrears</source>
        <translation>arriérés</translation>
    </message>
    <message>
        <source>From the notified month on: the payers know of the IVT/IT.</source>
        <translation>À partir du mois notifié&#xa0;: les payeurs sont informés de l’ARR/AI.</translation>
    </message>
    <message>
        <source>Before the notified month: the IVT/IT of this month is paid afterwards (arrears) and the BOB already paid is kept.</source>
        <translation>Avant le mois notifié&#xa0;: l’ARR/AI de ce mois est payée après coup (arriérés) et le BOB déjà payé est conservé.</translation>
    </message>
    <message>
        <source>EUR per month kept with the IVT/IT: on the federal side too, not part of IVT + IT</source>
        <translation>EUR par mois conservés avec l’ARR/AI&#xa0;: aussi du côté fédéral, sans faire partie de ARR + AI</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Arriérés</translation>
    </message>
    <message>
        <source>Months before the notified month: the IVT/IT is paid afterwards, the BOB already paid is kept</source>
        <translation>Mois avant le mois notifié&#xa0;: l’ARR/AI est payée après coup, le BOB déjà payé est conservé</translation>
    </message>
    <message>
        <source>Zorgtoeslag kept</source>
        <translation>Supplément conservé</translation>
    </message>
    <message>
        <source>BOB kept</source>
        <translation>BOB conservé</translation>
    </message>
    <message>
        <source>EUR per month: IVT + IT + what is kept with them (the BOB of an arrears month or of a voluntary switch, a zorgtoeslag without a ban)</source>
        <translation>EUR par mois&#xa0;: ARR + AI + ce qui est conservé à côté (le BOB d’un mois d’arriérés ou après un passage volontaire, un supplément de soins sans interdiction)</translation>
    </message>
    <message>
        <source>Flemish total</source>
        <translation>Total flamand</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>En vigueur depuis</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Utilisé pour</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>sourced: read on a public page; computed: by a sourced rule, no published table confirms it; carried: no value known, the last one reused</source>
        <translation>sourcée&#xa0;: lue sur une page publique&#xa0;; calculée&#xa0;: selon une règle sourcée, aucun tableau publié ne la confirme&#xa0;; reportée&#xa0;: aucune valeur connue, la dernière est reprise</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>SimulationWords</name>
    <message>
        <source>does the ban on BOB with a paid IVT/IT apply from 1 August 2020 (deliberation 21/124, par. 10 and 24) or only from 1 June 2021 (a secondary source)?</source>
        <translation>l’interdiction de cumul du BOB avec une ARR/AI payée s’applique-t-elle dès le 1er août 2020 (délibération 21/124, par. 10 et 24) ou seulement à partir du 1er juin 2021 (une source secondaire)&#xa0;?</translation>
    </message>
    <message>
        <source>does the ban continue for the ondersteuningstoeslag, which replaced the BOB in the Groeipakket from 1 January 2023?</source>
        <translation>l’interdiction se poursuit-elle pour l’ondersteuningstoeslag, qui remplace le BOB dans le Groeipakket depuis le 1er janvier 2023&#xa0;?</translation>
    </message>
    <message>
        <source>is the zorgtoeslag already paid for a month before the notification recovered when IVT/IT is granted with arrears for that month?</source>
        <translation>le supplément de soins déjà payé pour un mois antérieur à la notification est-il récupéré lorsque l’ARR/AI est accordée avec arriérés pour ce mois&#xa0;?</translation>
    </message>
    <message>
        <source>the ban applies from {effective}, so the BOB is not paid with IVT/IT in {months}</source>
        <translation>l’interdiction s’applique dès le {effective}, le BOB n’est donc pas payé avec l’ARR/AI en {months}</translation>
    </message>
    <message>
        <source>no ban from {effective}, so the BOB stays on the federal side in {months}</source>
        <translation>pas d’interdiction dès le {effective}, le BOB reste donc du côté fédéral en {months}</translation>
    </message>
    <message>
        <source>it continues, so the ondersteuningstoeslag is not paid with IVT/IT in {months}</source>
        <translation>elle se poursuit, l’ondersteuningstoeslag n’est donc pas payé avec l’ARR/AI en {months}</translation>
    </message>
    <message>
        <source>it does not, so the ondersteuningstoeslag stays on the federal side in {months}</source>
        <translation>elle ne se poursuit pas, l’ondersteuningstoeslag reste donc du côté fédéral en {months}</translation>
    </message>
    <message>
        <source>it is recovered, so it is not on the federal side in the arrears months {months}</source>
        <translation>il est récupéré, il n’est donc pas du côté fédéral dans les mois d’arriérés {months}</translation>
    </message>
    <message>
        <source>it is not recovered, so it stays on the federal side in the arrears months {months}</source>
        <translation>il n’est pas récupéré, il reste donc du côté fédéral dans les mois d’arriérés {months}</translation>
    </message>
    <message>
        <source>Open point of law, not confirmed by a supervisor: {question} Assumed: {assumed}.</source>
        <translation>Point de droit ouvert, non confirmé par un superviseur&#xa0;: {question} Hypothèse retenue&#xa0;: {assumed}.</translation>
    </message>
    <message>
        <source>{name}: {value} from {effective}, in {months}</source>
        <translation>{name}&#xa0;: {value} à partir du {effective}, en {months}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{name}, from {effective} ({kind})</source>
        <translation>{name}, à partir du {effective} ({kind})</translation>
    </message>
    <message>
        <source>law data v{version}</source>
        <translation>les données légales v{version}</translation>
    </message>
    <message>
        <source>the shipped law data (never synced)</source>
        <translation>les données légales livrées avec l’application (jamais synchronisées)</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>CumulDesk simulation: IVT/IT against zorgtoeslag + BOB</source>
        <translation>Simulation CumulDesk&#xa0;: ARR/AI face au supplément de soins + BOB</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Law parameters used by the simulation</source>
        <translation>Paramètres légaux utilisés par la simulation</translation>
    </message>
    <message>
        <source>Stopped by IVT/IT</source>
        <translation>Arrêté par l’ARR/AI</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>EUR/month</source>
        <translation>EUR/mois</translation>
    </message>
    <message>
        <source>EUR/year</source>
        <translation>EUR/an</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>oui/non</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>IVT</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>Zorgtoeslag</source>
        <translation>Supplément de soins</translation>
    </message>
    <message>
        <source>BOB</source>
        <translation>BOB</translation>
    </message>
    <message>
        <source>Federal total</source>
        <translation>Total fédéral</translation>
    </message>
    <message>
        <source>arrears</source>
        <translation>arriérés</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Arriérés</translation>
    </message>
    <message>
        <source>Zorgtoeslag kept</source>
        <translation>Supplément conservé</translation>
    </message>
    <message>
        <source>BOB kept</source>
        <translation>BOB conservé</translation>
    </message>
    <message>
        <source>Flemish total</source>
        <translation>Total flamand</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>En vigueur depuis</translation>
    </message>
    <message>
        <source>Used from</source>
        <translation>Utilisé à partir de</translation>
    </message>
    <message>
        <source>Used until</source>
        <translation>Utilisé jusqu’à</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>zorgtoeslag + BOB is more favourable: propose to renounce IVT/IT.</source>
        <translation>le supplément de soins + BOB est plus favorable&#xa0;: proposer de renoncer à l’ARR/AI.</translation>
    </message>
    <message>
        <source>IVT/IT is more favourable: keep IVT/IT.</source>
        <translation>l’ARR/AI est plus favorable&#xa0;: conserver l’ARR/AI.</translation>
    </message>
    <message>
        <source>not applicable: no cumulation ban applies to these months.</source>
        <translation>sans objet&#xa0;: aucune interdiction de cumul ne s’applique à ces mois.</translation>
    </message>
    <message>
        <source>zorgtoeslag</source>
        <translation>supplément de soins</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Total (1 month)</source>
        <translation>Total (1 mois)</translation>
    </message>
    <message>
        <source>Total ({count} months)</source>
        <translation>Total ({count} mois)</translation>
    </message>
    <message>
        <source>{stopped} of {count} months</source>
        <translation>{stopped} mois sur {count}</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(aucune affaire)</translation>
    </message>
    <message>
        <source>Dossier {case}, INSZ {insz}</source>
        <translation>Dossier {case}, NISS {insz}</translation>
    </message>
    <message>
        <source>{dossier}: {count} months compared, {start} to {end}.</source>
        <translation>{dossier}&#xa0;: {count} mois comparés, de {start} à {end}.</translation>
    </message>
    <message>
        <source>{dossier}: {count} months compared.</source>
        <translation>{dossier}&#xa0;: {count} mois comparés.</translation>
    </message>
    <message>
        <source>Recommendation: {text}</source>
        <translation>Recommandation&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Computed with {law_data}.</source>
        <translation>Calculé avec {law_data}.</translation>
    </message>
    <message>
        <source>&quot;{stopped}&quot; names the benefits not paid together with IVT/IT in that month (cumulation ban). Difference = federal total - Flemish total. Amounts in EUR per month.</source>
        <translation>«&#xa0;{stopped}&#xa0;» désigne les prestations non payées en même temps que l’ARR/AI ce mois-là (interdiction de cumul). Différence = total fédéral - total flamand. Montants en EUR par mois.</translation>
    </message>
    <message>
        <source>Some law values used are computed or carried, or open points of law (sheet {sheet}, column Kind): check them before deciding.</source>
        <translation>Certaines valeurs légales utilisées sont calculées ou reportées, ou des points de droit ouverts (feuille {sheet}, colonne Nature)&#xa0;: vérifiez-les avant de décider.</translation>
    </message>
    <message>
        <source>Notified month {month}: the first month the zorgkas and the Groeipakket no longer pay; the months before it are arrears (the BOB already paid is kept).</source>
        <translation>Mois notifié {month}&#xa0;: le premier mois où la zorgkas et le Groeipakket ne paient plus&#xa0;; les mois précédents sont des arriérés (le BOB déjà payé est conservé).</translation>
    </message>
    <message>
        <source>{part}: {count} months, federal {federal} EUR, Flemish {flemish} EUR, difference {difference} EUR.</source>
        <translation>{part}&#xa0;: {count} mois, fédéral {federal} EUR, flamand {flemish} EUR, différence {difference} EUR.</translation>
    </message>
    <message>
        <source>Arrears months</source>
        <translation>Mois d’arriérés</translation>
    </message>
    <message>
        <source>From the notified month on</source>
        <translation>À partir du mois notifié</translation>
    </message>
    <message>
        <source>{dossier}: {count} parameter values.</source>
        <translation>{dossier}&#xa0;: {count} valeurs de paramètres.</translation>
    </message>
    <message>
        <source>Kind: sourced (read on a public page), computed (by a sourced rule, no published table confirms it) or CARRIED (no value known for that date: the last one reused).</source>
        <translation>Nature&#xa0;: sourcée (lue sur une page publique), calculée (selon une règle sourcée, aucun tableau publié ne la confirme) ou REPORTÉE (aucune valeur connue pour cette date&#xa0;: la dernière est reprise).</translation>
    </message>
    <message>
        <source>Amount: in EUR, per month or per year as the unit says.</source>
        <translation>Montant&#xa0;: en EUR, par mois ou par an selon l’unité.</translation>
    </message>
    <message>
        <source>Contains personal data: keep this file in a safe place and delete it when it is no longer needed.</source>
        <translation>Contient des données personnelles&#xa0;: conservez ce fichier en lieu sûr et supprimez-le dès qu’il n’est plus nécessaire.</translation>
    </message>
    <message>
        <source>Exported on {day} at {time} by {who}.</source>
        <translation>Exporté le {day} à {time} par {who}.</translation>
    </message>
    <message>
        <source>Work list</source>
        <translation>Liste de travail</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En traitement</translation>
    </message>
    <message>
        <source>Proposal to send</source>
        <translation>Proposition à envoyer</translation>
    </message>
    <message>
        <source>Waiting for answer</source>
        <translation>En attente de réponse</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Accepted renunciation</source>
        <translation>Renonciation acceptée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>NISS</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>18th birthday</source>
        <translation>18e anniversaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Gestionnaire de dossier</translation>
    </message>
    <message>
        <source>Proposal sent</source>
        <translation>Proposition envoyée</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Conflict months now</source>
        <translation>Mois en conflit actuels</translation>
    </message>
    <message>
        <source>Conflict months (all)</source>
        <translation>Mois en conflit (tous)</translation>
    </message>
    <message>
        <source>Conflict months</source>
        <translation>Mois en conflit</translation>
    </message>
    <message>
        <source>Retroactive change</source>
        <translation>Modification rétroactive</translation>
    </message>
    <message>
        <source>Retroactive months</source>
        <translation>Mois rétroactifs</translation>
    </message>
    <message>
        <source>Changes waiting to be pushed</source>
        <translation>Modifications à envoyer</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 affaire</translation>
    </message>
    <message>
        <source>{count} cases</source>
        <translation>{count} affaires</translation>
    </message>
    <message>
        <source>CumulDesk work list of {team}</source>
        <translation>Liste de travail CumulDesk de {team}</translation>
    </message>
    <message>
        <source>CumulDesk work list</source>
        <translation>Liste de travail CumulDesk</translation>
    </message>
    <message>
        <source>Filter: {filters}. {cases}.</source>
        <translation>Filtre&#xa0;: {filters}. {cases}.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>sync cancelled; nothing was lost, the next sync goes on from here</source>
        <translation>Synchronisation annulée&#xa0;; rien n’a été perdu, la prochaine synchronisation reprendra à partir d’ici</translation>
    </message>
    <message>
        <source>push: {username} is not an active handler in the central database</source>
        <translation>Envoi&#xa0;: {username} n’est pas un gestionnaire de dossier actif dans la base de données centrale</translation>
    </message>
    <message>
        <source>there is no open retroactive-change flag with this number</source>
        <translation>Il n’y a aucun signalement ouvert de modification rétroactive portant ce numéro</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>handler</source>
        <translation>gestionnaire de dossier</translation>
    </message>
    <message>
        <source>{name} ({role}, {team})</source>
        <translation>{name} ({role}, {team})</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Données au</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Resolve ...</source>
        <translation>Résoudre ...</translation>
    </message>
    <message>
        <source>Resolve conflicts and refused changes</source>
        <translation>Résoudre les conflits et les modifications refusées</translation>
    </message>
    <message>
        <source>See both versions of each conflict and choose; see why changes were refused</source>
        <translation>Voir les deux versions de chaque conflit et choisir&#xa0;; voir pourquoi des modifications ont été refusées</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send your changes and fetch the latest data (F5)</source>
        <translation>Envoyer vos modifications et récupérer les dernières données (F5)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>The central database can be reached</source>
        <translation>La base de données centrale est joignable</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>The central database cannot be reached; you work on the local copy</source>
        <translation>La base de données centrale est injoignable&#xa0;; vous travaillez sur la copie locale</translation>
    </message>
    <message>
        <source>Data as of the last sync, {moment}.</source>
        <translation>Données de la dernière synchronisation, {moment}.</translation>
    </message>
    <message>
        <source>The local copy was never synced.</source>
        <translation>La copie locale n’a encore jamais été synchronisée.</translation>
    </message>
    <message>
        <source>Your changes are kept here and sent when the connection is back.</source>
        <translation>Vos modifications sont conservées ici et envoyées dès que la connexion est rétablie.</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Pas encore connecté</translation>
    </message>
    <message>
        <source>Not connected to the central database yet</source>
        <translation>Pas encore connecté à la base de données centrale</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message>
        <source>data as of {moment}</source>
        <translation>données au {moment}</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 modification en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <comment>changes refused</comment>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflit</translation>
    </message>
    <message>
        <source>Changes made here that the central database does not have yet</source>
        <translation>Modifications faites ici que la base de données centrale n’a pas encore</translation>
    </message>
    <message>
        <source>Sync: connecting ...</source>
        <translation>Synchronisation&#xa0;: connexion ...</translation>
    </message>
    <message>
        <source>push</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>pull</source>
        <translation>réception</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>modifications</translation>
    </message>
    <message>
        <source>dossiers</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <source>Sync: {stage} {percent}% ({done} of {total} {items})</source>
        <translation>Synchronisation&#xa0;: {stage} {percent}&#xa0;% ({done} sur {total} {items})</translation>
    </message>
    <message>
        <source>Sync: {stage} ...</source>
        <translation>Synchronisation&#xa0;: {stage} ...</translation>
    </message>
    <message>
        <source>Sync failed: {message}</source>
        <translation>La synchronisation a échoué&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>Ligne du temps</translation>
    </message>
    <message>
        <source>BOB</source>
        <translation>BOB</translation>
    </message>
    <message>
        <source>IVT</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>Zorgtoeslag</source>
        <translation>Supplément de soins</translation>
    </message>
    <message>
        <source>Age 18</source>
        <translation>18 ans</translation>
    </message>
    <message>
        <source>Age 21</source>
        <translation>21 ans</translation>
    </message>
    <message>
        <source>Age 24</source>
        <translation>24 ans</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Retroactive</source>
        <translation>Rétroactif</translation>
    </message>
    <message>
        <source>Query window</source>
        <translation>Fenêtre d’interrogation</translation>
    </message>
    <message>
        <source>Ban window</source>
        <translation>Fenêtre d’interdiction</translation>
    </message>
    <message>
        <source>Query window (bracket)</source>
        <translation>Fenêtre d’interrogation (crochet)</translation>
    </message>
    <message>
        <source>+ BOB owed again, - BOB must stop (retroactive change)</source>
        <translation>+ BOB de nouveau dû, - BOB doit s’arrêter (modification rétroactive)</translation>
    </message>
    <message>
        <source>Birthdays (dashed line), today (solid line)</source>
        <translation>Anniversaires (ligne en tirets), aujourd’hui (ligne continue)</translation>
    </message>
    <message>
        <source>BOB, voluntary switch (light blue, single diagonal hatching)</source>
        <translation>BOB, passage volontaire (bleu clair, hachures obliques simples)</translation>
    </message>
    <message>
        <source>Conflict month: BOB and paid IVT/IT (red, crossed hatching in a frame, and !)</source>
        <translation>Mois en conflit&#xa0;: BOB et ARR/AI payée (rouge, hachures croisées encadrées, et&#xa0;!)</translation>
    </message>
    <message>
        <source>Ban window (grey background)</source>
        <translation>Fenêtre d’interdiction (fond gris)</translation>
    </message>
    <message>
        <source>BOB, voluntary switch (single diagonal hatching)</source>
        <translation>BOB, passage volontaire (hachures obliques simples)</translation>
    </message>
    <message>
        <source>Conflict month: BOB and paid IVT/IT (crossed hatching in a frame, and !)</source>
        <translation>Mois en conflit&#xa0;: BOB et ARR/AI payée (hachures croisées encadrées, et&#xa0;!)</translation>
    </message>
    <message>
        <source>Ban window (dotted background)</source>
        <translation>Fenêtre d’interdiction (fond pointillé)</translation>
    </message>
    <message>
        <source>No dossier shown</source>
        <translation>Aucun dossier affiché</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>Flèche gauche</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>Flèche droite</translation>
    </message>
    <message>
        <source>Up arrow</source>
        <translation>Flèche haut</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>Flèche bas</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Maj</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>{left}/{right}: previous/next period; {up}/{down}: other lane; {shift}+{left}/{right}, {page_up}/{page_down}: scroll; {home}/{end}: start/end; +/-: zoom; 0: show all</source>
        <translation>{left}/{right}&#xa0;: période précédente/suivante&#xa0;; {up}/{down}&#xa0;: autre ligne&#xa0;; {shift}+{left}/{right}, {page_up}/{page_down}&#xa0;: défiler&#xa0;; {home}/{end}&#xa0;: début/fin&#xa0;; +/-&#xa0;: zoom&#xa0;; 0&#xa0;: tout afficher</translation>
    </message>
    <message>
        <source>%1 points (%2 in pillar 1)</source>
        <translation>%1 points (%2 dans le pilier 1)</translation>
    </message>
    <message>
        <source>voluntary switch</source>
        <translation>passage volontaire</translation>
    </message>
    <message>
        <source>open (still running)</source>
        <translation>ouverte (toujours en cours)</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1&#xa0;: %2 à %3</translation>
    </message>
    <message>
        <source>Monthly amount: %1</source>
        <translation>Montant mensuel&#xa0;: %1</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Regulation: %1</source>
        <translation>Réglementation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Voluntary switch: BOB is kept, no conflict</source>
        <translation>Passage volontaire&#xa0;: le BOB est maintenu, pas de conflit</translation>
    </message>
    <message>
        <source>Conflict months in this period: %1</source>
        <translation>Mois en conflit dans cette période&#xa0;: %1</translation>
    </message>
    <message>
        <source>Starts before age 17: the timeline shows it from %1</source>
        <translation>Commence avant 17 ans&#xa0;: la ligne du temps l’affiche à partir de %1</translation>
    </message>
    <message>
        <source>Ends after age 24: the timeline shows it until %1</source>
        <translation>Se termine après 24 ans&#xa0;: la ligne du temps l’affiche jusqu’à %1</translation>
    </message>
    <message>
        <source>No dossier shown.</source>
        <translation>Aucun dossier affiché.</translation>
    </message>
    <message>
        <source>Months from %1 (age 17) to %2 (age 24).</source>
        <translation>Mois de %1 (17 ans) à %2 (24 ans).</translation>
    </message>
    <message>
        <source>%1: no periods.</source>
        <translation>%1&#xa0;: aucune période.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 autres</translation>
    </message>
    <message>
        <source>%1 conflict months, from %2 to %3.</source>
        <translation>%1 mois en conflit, de %2 à %3.</translation>
    </message>
    <message>
        <source>No conflict months.</source>
        <translation>Aucun mois en conflit.</translation>
    </message>
    <message>
        <source>Ban window %1 to %2.</source>
        <translation>Fenêtre d’interdiction de %1 à %2.</translation>
    </message>
    <message>
        <source>Query window %1 to %2.</source>
        <translation>Fenêtre d’interrogation de %1 à %2.</translation>
    </message>
    <message>
        <source>Retroactive change affects %1 months.</source>
        <translation>La modification rétroactive touche %1 mois.</translation>
    </message>
    <message>
        <source>Query window: %1 to %2</source>
        <translation>Fenêtre d’interrogation&#xa0;: %1 à %2</translation>
    </message>
    <message>
        <source>Conflict in %1: BOB and a paid IVT/IT in the ban window</source>
        <translation>Conflit en %1&#xa0;: BOB et ARR/AI payée dans la fenêtre d’interdiction</translation>
    </message>
    <message>
        <source>Retroactive change in %1: BOB owed again</source>
        <translation>Modification rétroactive en %1&#xa0;: BOB de nouveau dû</translation>
    </message>
    <message>
        <source>Retroactive change in %1: BOB must stop</source>
        <translation>Modification rétroactive en %1&#xa0;: le BOB doit s’arrêter</translation>
    </message>
    <message>
        <source>%1: in the ban window (%2 to %3)</source>
        <translation>%1&#xa0;: dans la fenêtre d’interdiction (%2 à %3)</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>The central database no longer accepts your password: your account was closed, or its password was changed. You are signed out; your changes not yet pushed stay in the local cache. Sign in again, or ask a supervisor.</source>
        <translation>La base de données centrale n’accepte plus votre mot de passe&#xa0;: votre compte a été fermé, ou son mot de passe a été modifié. Vous êtes déconnecté&#xa0;; vos modifications pas encore envoyées restent dans le cache local. Connectez-vous à nouveau, ou adressez-vous à un superviseur.</translation>
    </message>
</context>
<context>
    <name>UnverifiedConfirmation</name>
    <message>
        <source>Values to check</source>
        <translation>Valeurs à vérifier</translation>
    </message>
    <message>
        <source>The simulation behind this letter used law values that no public page gives: computed by a rule, carried over from an earlier date, or an open point of law whose default is assumed. Check them before the letter is finalised: a finalised letter cannot be changed. Your confirmation is recorded.</source>
        <translation>La simulation à la base de cette lettre a utilisé des valeurs légales qu’aucune page publique ne donne&#xa0;: calculées selon une règle, reportées d’une date antérieure, ou un point de droit ouvert dont la valeur par défaut est retenue. Vérifiez-les avant de finaliser la lettre&#xa0;: une lettre finalisée ne peut plus être modifiée. Votre confirmation est enregistrée.</translation>
    </message>
    <message>
        <source>DG HAN&apos;s sender block printed on this letter (its name, postal address, phone, opening hours and signatory) is not complete: a field not published is left out of the finalised letter, a field without a source is printed as published. A finalised letter cannot be changed. Your confirmation is recorded.</source>
        <translation>Le bloc expéditeur de la DG Personnes handicapées imprimé sur cette lettre (nom, adresse postale, téléphone, heures d’ouverture et signataire) n’est pas complet&#xa0;: une donnée non publiée est omise de la lettre finalisée, une donnée sans source est imprimée telle qu’elle a été publiée. Une lettre finalisée ne peut plus être modifiée. Votre confirmation est enregistrée.</translation>
    </message>
    <message>
        <source>Values used that are not sourced</source>
        <translation>Valeurs utilisées non sourcées</translation>
    </message>
    <message>
        <source>I &amp;checked these values</source>
        <translation>J’ai vérifié &amp;ces valeurs</translation>
    </message>
    <message>
        <source>I checked these values</source>
        <translation>J’ai vérifié ces valeurs</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>&amp;Finaliser</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Finaliser</translation>
    </message>
    <message>
        <source>Tick the box first</source>
        <translation>Cochez d’abord la case</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>IVT/IT is more favourable by {amount} EUR over {months} months</source>
        <translation>L’ARR/AI est plus favorable de {amount} EUR sur {months} mois</translation>
    </message>
    <message>
        <source>Zorgtoeslag + BOB is more favourable: propose renunciation</source>
        <translation>Le supplément de soins + BOB est plus favorable&#xa0;: proposer la renonciation</translation>
    </message>
    <message>
        <source>Zorgtoeslag + BOB gives {amount} EUR more over {months} months.</source>
        <translation>Le supplément de soins + BOB rapporte {amount} EUR de plus sur {months} mois.</translation>
    </message>
    <message>
        <source>Not applicable: The person turned 21 before the cumulation ban came into force: no month to compare.</source>
        <translation>Sans objet&#xa0;: la personne a eu 21 ans avant l’entrée en vigueur de l’interdiction de cumul&#xa0;: aucun mois à comparer.</translation>
    </message>
    <message>
        <source>Not applicable: Wallonia: no choice is needed between IVT/IT and zorgtoeslag + BOB; no renunciation proposal applies.</source>
        <translation>Sans objet&#xa0;: Wallonie&#xa0;: aucun choix n’est nécessaire entre l’ARR/AI et le supplément de soins + BOB&#xa0;; aucune proposition de renonciation ne s’applique.</translation>
    </message>
    <message>
        <source>Not applicable: No month in the horizon where IVT/IT would stop zorgtoeslag or BOB (voluntary switch, zero-amount decision or no Flemish benefit).</source>
        <translation>Sans objet&#xa0;: aucun mois de l’horizon où l’ARR/AI arrêterait le supplément de soins ou le BOB (passage volontaire, décision à montant nul ou pas de prestation flamande).</translation>
    </message>
</context>
<context>
    <name>WorkListModel</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En traitement</translation>
    </message>
    <message>
        <source>Proposal to send</source>
        <translation>Proposition à envoyer</translation>
    </message>
    <message>
        <source>Waiting for answer</source>
        <translation>En attente de réponse</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>NISS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Conflict months now</source>
        <translation>Mois en conflit actuels</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Amount at stake (EUR)</source>
        <translation>Montant en jeu (EUR)</translation>
    </message>
    <message>
        <source>Retroactive</source>
        <translation>Rétroactif</translation>
    </message>
    <message>
        <source>Waiting to push</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>{day} (past)</source>
        <translation>{day} (dépassée)</translation>
    </message>
    <message>
        <source>Months of forbidden cumulation (BOB paid in a month in which IVT/IT is paid, between 18 and 21) in the period VSB asks about today, of all such months in the dossier: 3 of 35 months = 3 of its 35 conflict months lie in that period.</source>
        <translation>Mois de cumul interdit (BOB payé pour un mois où l’IVT/IT est payée, entre 18 et 21 ans) dans la période sur laquelle la VSB interroge aujourd’hui, sur l’ensemble de ces mois du dossier&#xa0;: 3 sur 35 mois = 3 de ses 35 mois en conflit se situent dans cette période.</translation>
    </message>
    <message>
        <source>Renunciation</source>
        <translation>Renonciation</translation>
    </message>
    <message>
        <source>IVT/IT</source>
        <translation>ARR/AI</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <source>Propose renunciation</source>
        <translation>Proposer la renonciation</translation>
    </message>
    <message>
        <source>IVT/IT pays more</source>
        <translation>L’ARR/AI paie plus</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Cannot screen</source>
        <translation>Analyse impossible</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Non analysé</translation>
    </message>
    <message>
        <source>{verdict} (stale)</source>
        <translation>{verdict} (périmé)</translation>
    </message>
    <message>
        <source>What the screening found: whether IVT/IT pays more than zorgtoeslag + BOB over the horizon, or a renunciation is to be proposed</source>
        <translation>Résultat de l’analyse&#xa0;: l’ARR/AI paie-t-elle plus que le supplément de soins + BOB sur l’horizon, ou une renonciation doit-elle être proposée</translation>
    </message>
    <message>
        <source>Flemish total minus federal total over the simulation&apos;s horizon: what the applicant gains (+) or loses (-) by renouncing IVT/IT</source>
        <translation>Total flamand moins total fédéral sur l’horizon de la simulation&#xa0;: ce que le demandeur gagne (+) ou perd (-) en renonçant à l’ARR/AI</translation>
    </message>
    <message numerus="yes">
        <source>{now} of %n month(s)</source>
        <comment>conflict months now, of all</comment>
        <translation>
            <numerusform>{now} sur %n mois</numerusform>
            <numerusform>{now} sur %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>{now} conflict months in the period VSB asks about today; all conflict months: {months}</source>
        <translation>{now} mois en conflit dans la période sur laquelle la VSB interroge aujourd’hui&#xa0;; tous les mois en conflit&#xa0;: {months}</translation>
    </message>
    <message>
        <source>A retroactive IVT/IT change affects: {months}</source>
        <translation>Une modification rétroactive de l’ARR/AI touche&#xa0;: {months}</translation>
    </message>
    <message>
        <source>{count} changes to this case are not in the central database yet</source>
        <translation>{count} modifications de cette affaire ne sont pas encore dans la base de données centrale</translation>
    </message>
    <message>
        <source>Born on {born}; turns 18 on {day}</source>
        <translation>Né(e) le {born} ; atteint 18 ans le {day}</translation>
    </message>
    <message>
        <source>Amount at stake over the horizon: {amount}</source>
        <translation>Montant en jeu sur l’horizon : {amount}</translation>
    </message>
    <message>
        <source>The dossier could not be screened: {problem}</source>
        <translation>Le dossier n’a pas pu être analysé&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Screened on {day}</source>
        <translation>Analysé le {day}</translation>
    </message>
    <message>
        <source>Stale: the dossier or the law data changed after this screening. Screen again (Ctrl+Shift+R) to see the verdict with today&apos;s data.</source>
        <translation>Périmé&#xa0;: le dossier ou les données légales ont changé après cette analyse. Choisissez Analyser à nouveau (Ctrl+Shift+R) pour voir le verdict avec les données du jour.</translation>
    </message>
    <message>
        <source>Screened again on this computer: shown here only; the central result is stored by a supervisor&apos;s screening.</source>
        <translation>Analysé à nouveau sur cet ordinateur&#xa0;: affiché ici uniquement&#xa0;; le résultat central est enregistré par l’analyse d’un superviseur.</translation>
    </message>
</context>
<context>
    <name>WorkListPage</name>
    <message>
        <source>E&amp;xport to Excel ...</source>
        <translation>E&amp;xporter vers Excel ...</translation>
    </message>
    <message>
        <source>Export the cases shown to Excel</source>
        <translation>Exporter vers Excel les affaires affichées</translation>
    </message>
    <message>
        <source>Save the cases shown, with this filter and search, as an Excel workbook</source>
        <translation>Enregistrer les affaires affichées, avec ce filtre et cette recherche, dans un classeur Excel</translation>
    </message>
    <message>
        <source>Search the work list</source>
        <translation>Rechercher dans la liste de travail</translation>
    </message>
    <message>
        <source>Screen again</source>
        <translation>Analyser à nouveau</translation>
    </message>
    <message>
        <source>Screen the selected case again</source>
        <translation>Analyser à nouveau le dossier sélectionné</translation>
    </message>
    <message>
        <source>Check and simulate the selected case with today&apos;s data and law data, and show its verdict and amount at stake in the list ({keys}). Shown on this computer only: the central result is stored by a supervisor&apos;s screening.</source>
        <translation>Contrôler et simuler le dossier sélectionné avec les données et les données légales du jour, et afficher son verdict et le montant en jeu dans la liste ({keys}). Affiché sur cet ordinateur uniquement&#xa0;: le résultat central est enregistré par l’analyse d’un superviseur.</translation>
    </message>
    <message>
        <source>Draft proposals ...</source>
        <translation>Rédiger les propositions ...</translation>
    </message>
    <message>
        <source>Draft the proposals of the selected cases</source>
        <translation>Rédiger les propositions des dossiers sélectionnés</translation>
    </message>
    <message>
        <source>Draft proposals</source>
        <translation>Rédiger les propositions</translation>
    </message>
    <message>
        <source>Draft the renunciation proposal of every selected case, each in its applicant&apos;s language, then print them or export them to a folder ({keys}). Select several cases with Shift or Ctrl, or all shown with Ctrl+A.</source>
        <translation>Rédiger la proposition de renonciation de chaque dossier sélectionné, chacune dans la langue du demandeur, puis les imprimer ou les exporter dans un dossier ({keys}). Sélectionnez plusieurs dossiers avec Maj ou Ctrl, ou tous ceux affichés avec Ctrl+A.</translation>
    </message>
    <message>
        <source>Work list summary</source>
        <translation>Résumé de la liste de travail</translation>
    </message>
    <message>
        <source>Loading the work list</source>
        <translation>Chargement de la liste de travail</translation>
    </message>
    <message>
        <source>Work list message</source>
        <translation>Message de la liste de travail</translation>
    </message>
    <message>
        <source>No cases shown</source>
        <translation>Aucune affaire affichée</translation>
    </message>
    <message>
        <source>The work list of {team} could not be loaded.</source>
        <translation>La liste de travail de {team} n’a pas pu être chargée.</translation>
    </message>
    <message>
        <source>Loading the cases of {team} ...</source>
        <translation>Chargement des affaires de {team} ...</translation>
    </message>
    <message>
        <source>1 case of {team}</source>
        <translation>1 affaire de {team}</translation>
    </message>
    <message>
        <source>{count} cases of {team}</source>
        <translation>{count} affaires de {team}</translation>
    </message>
    <message>
        <source>, {shown} shown</source>
        <translation>, {shown} affichées</translation>
    </message>
    <message>
        <source>Your team has no cases in the local cache yet.</source>
        <translation>Votre équipe n’a pas encore d’affaires dans le cache local.</translation>
    </message>
    <message>
        <source>No case matches the search. Escape in the search field clears it.</source>
        <translation>Aucune affaire ne correspond à la recherche. Escape dans le champ de recherche l’efface.</translation>
    </message>
    <message>
        <source>No case matches this filter.</source>
        <translation>Aucune affaire ne correspond à ce filtre.</translation>
    </message>
    <message>
        <source>The work list could not be loaded: {reason}</source>
        <translation>La liste de travail n’a pas pu être chargée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Select the cases to draft proposals for first.</source>
        <translation>Sélectionnez d’abord les dossiers pour lesquels rédiger les propositions.</translation>
    </message>
    <message>
        <source>The case could not be screened again: {reason}</source>
        <translation>Le dossier n’a pas pu être analysé à nouveau&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>WorkListTable</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Columns shown</source>
        <translation>Colonnes affichées</translation>
    </message>
    <message>
        <source>Work list</source>
        <translation>Liste de travail</translation>
    </message>
    <message>
        <source>The cases of your team. Enter or double-click opens the dossier.</source>
        <translation>Les affaires de votre équipe. Enter ou un double-clic ouvre le dossier.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>CumulDesk is already running on this computer: use its window.</source>
        <translation>CumulDesk est déjà ouvert sur cet ordinateur&#xa0;: utilisez sa fenêtre.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>The simulation changed: save or discard your edits and close, then draft again to use the new figures.</source>
        <translation>La simulation a changé&#xa0;: enregistrez ou abandonnez vos modifications et fermez, puis rédigez à nouveau pour utiliser les nouveaux chiffres.</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Something unexpected went wrong; nothing was lost. The details are in the log file ({error}).</source>
        <translation>Un problème inattendu s’est produit&#xa0;; rien n’a été perdu. Les détails se trouvent dans le fichier journal ({error}).</translation>
    </message>
    <message>
        <source>CumulDesk</source>
        <translation>CumulDesk</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>
