<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE" sourcelanguage="en">
<context>
    <name>AnswerDateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>TT/MM/JJJJ</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Pick the answer date in a calendar</source>
        <translation>Datum der Antwort in einem Kalender wählen</translation>
    </message>
    <message>
        <source>Pick the date in a calendar</source>
        <translation>Datum in einem Kalender wählen</translation>
    </message>
    <message>
        <source>Type the answer date as dd/mm/yyyy.</source>
        <translation>Geben Sie das Datum der Antwort als TT/MM/JJJJ ein.</translation>
    </message>
    <message>
        <source>The answer date cannot be in the future.</source>
        <translation>Das Datum der Antwort kann nicht in der Zukunft liegen.</translation>
    </message>
</context>
<context>
    <name>BulkProposalsDialog</name>
    <message>
        <source>Wallonia: no choice is needed, no proposal applies</source>
        <translation>Wallonien: Es ist keine Wahl erforderlich, es gilt kein Vorschlag</translation>
    </message>
    <message>
        <source>IVT/IT is more favourable now: no proposal applies</source>
        <translation>EEB/EGB ist jetzt günstiger: Es gilt kein Vorschlag</translation>
    </message>
    <message>
        <source>The simulation no longer advises renunciation</source>
        <translation>Die Simulation empfiehlt den Verzicht nicht mehr</translation>
    </message>
    <message>
        <source>Cannot be simulated</source>
        <translation>Kann nicht simuliert werden</translation>
    </message>
    <message>
        <source>Not in the local cache</source>
        <translation>Nicht im lokalen Zwischenspeicher</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>The dossier has no such case</source>
        <translation>Das Dossier enthält diesen Vorgang nicht</translation>
    </message>
    <message>
        <source>Values to check before finalising</source>
        <translation>Vor dem Abschließen zu prüfende Werte</translation>
    </message>
    <message>
        <source>Draft proposals</source>
        <translation>Vorschläge erstellen</translation>
    </message>
    <message>
        <source>&amp;Drafted letters:</source>
        <translation>Erstellte &amp;Schreiben:</translation>
    </message>
    <message>
        <source>Drafted letters</source>
        <translation>Erstellte Schreiben</translation>
    </message>
    <message>
        <source>&amp;Left out:</source>
        <translation>&amp;Ausgelassen:</translation>
    </message>
    <message>
        <source>Cases left out</source>
        <translation>Ausgelassene Vorgänge</translation>
    </message>
    <message>
        <source>&amp;Print all...</source>
        <translation>Alle &amp;drucken...</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Alle drucken</translation>
    </message>
    <message>
        <source>&amp;Export PDFs to folder...</source>
        <translation>PDFs in Ordner &amp;exportieren...</translation>
    </message>
    <message>
        <source>Export PDFs to folder</source>
        <translation>PDFs in Ordner exportieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Ergebnis der letzten Aktion</translation>
    </message>
    <message>
        <source>Drafting the proposals ...</source>
        <translation>Die Vorschläge werden erstellt ...</translation>
    </message>
    <message>
        <source>The proposals were not drafted: %1</source>
        <translation>Die Vorschläge wurden nicht erstellt: %1</translation>
    </message>
    <message>
        <source>finalised</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) drafted</source>
        <translation>
            <numerusform>%n Schreiben erstellt</numerusform>
            <numerusform>%n Schreiben erstellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) left out</source>
        <translation>
            <numerusform>%n Vorgang ausgelassen</numerusform>
            <numerusform>%n Vorgänge ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Print all letters</source>
        <translation>Alle Schreiben drucken</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>Drucken fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) sent to the printer</source>
        <translation>
            <numerusform>%n Schreiben an den Drucker gesendet</numerusform>
            <numerusform>%n Schreiben an den Drucker gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n page(s)).</source>
        <translation>
            <numerusform>(%n Seite).</numerusform>
            <numerusform>(%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the letters as PDFs into a folder</source>
        <translation>Die Schreiben als PDFs in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>Writing the PDFs ...</source>
        <translation>Die PDFs werden geschrieben ...</translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) written to %1</source>
        <translation>
            <numerusform>%n PDF in %1 geschrieben</numerusform>
            <numerusform>%n PDFs in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled: the files written are kept)</source>
        <translation>(abgebrochen: Die geschriebenen Dateien bleiben erhalten)</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Proposal to send</source>
        <translation>Vorschlag zu versenden</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>Wartet auf Antwort</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Accepted the renunciation</source>
        <translation>Verzicht erklärt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Vorgangsstatus</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Status speichern</translation>
    </message>
    <message>
        <source>Save the case status</source>
        <translation>Den Vorgangsstatus speichern</translation>
    </message>
    <message>
        <source>Where the case stands; Save status keeps the choice (Alt+T)</source>
        <translation>Wo der Vorgang steht; „Status speichern“ übernimmt die Auswahl (Alt+T)</translation>
    </message>
    <message>
        <source>Keep the status chosen; it is sent to the central database at the next sync</source>
        <translation>Den gewählten Status übernehmen; er wird bei der nächsten Synchronisierung an die zentrale Datenbank gesendet</translation>
    </message>
    <message>
        <source>Applicant&apos;s answer</source>
        <translation>Antwort des Antragstellers</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>&amp;Antwort:</translation>
    </message>
    <message>
        <source>Choose the answer ...</source>
        <translation>Wählen Sie die Antwort ...</translation>
    </message>
    <message>
        <source>Answer &amp;date:</source>
        <translation>Antwortdat&amp;um:</translation>
    </message>
    <message>
        <source>Date of the answer</source>
        <translation>Datum der Antwort</translation>
    </message>
    <message>
        <source>The day the applicant answered, dd/mm/yyyy: today or earlier</source>
        <translation>Der Tag, an dem der Antragsteller geantwortet hat, TT/MM/JJJJ: heute oder früher</translation>
    </message>
    <message>
        <source>What the answer still needs</source>
        <translation>Was der Antwort noch fehlt</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>Antwort erfassen</translation>
    </message>
    <message>
        <source>Record the applicant&apos;s answer</source>
        <translation>Die Antwort des Antragstellers erfassen</translation>
    </message>
    <message>
        <source>What the applicant answered to the proposal (Alt+N)</source>
        <translation>Was der Antragsteller auf den Vorschlag geantwortet hat (Alt+A)</translation>
    </message>
    <message>
        <source>Keep the answer with its date; it is sent at the next sync</source>
        <translation>Die Antwort mit ihrem Datum übernehmen; sie wird bei der nächsten Synchronisierung gesendet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes of the case</source>
        <translation>Notizen zum Vorgang</translation>
    </message>
    <message>
        <source>The procedural notes of the case, oldest first, with author and date</source>
        <translation>Die Verfahrensnotizen des Vorgangs, älteste zuerst, mit Verfasser und Datum</translation>
    </message>
    <message>
        <source>A procedural note. No medical information. Ctrl+Enter adds it.</source>
        <translation>Eine Verfahrensnotiz. Keine medizinischen Informationen. Ctrl+Enter fügt sie hinzu.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Procedural notes only, no medical information; Ctrl+Enter adds the note</source>
        <translation>Nur Verfahrensnotizen, keine medizinischen Informationen; Ctrl+Enter fügt die Notiz hinzu</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation>Die Notiz hinzufügen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Die Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Case message</source>
        <translation>Meldung zum Vorgang</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Zeichen des Vorgangs</translation>
    </message>
    <message>
        <source>This dossier has no case: nothing to record.</source>
        <translation>Zu dieser Akte gibt es keinen Vorgang: Es gibt nichts zu erfassen.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Vorgang %1</translation>
    </message>
    <message>
        <source>Answer: %1 (%2)</source>
        <translation>Antwort: %1 (%2)</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Frist: %1</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>unbekannter Verfasser</translation>
    </message>
    <message>
        <source>not yet synced</source>
        <translation>noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>An answer can be recorded once the renunciation proposal was sent</source>
        <translation>Eine Antwort kann erst erfasst werden, wenn der Verzichtsvorschlag versandt wurde</translation>
    </message>
    <message>
        <source>Choose the applicant&apos;s answer, then give the date of the answer.</source>
        <translation>Wählen Sie die Antwort des Antragstellers und geben Sie dann das Datum der Antwort an.</translation>
    </message>
    <message>
        <source>Give the date of the answer (dd/mm/yyyy).</source>
        <translation>Geben Sie das Datum der Antwort an (TT/MM/JJJJ).</translation>
    </message>
    <message>
        <source>Status saved: %1.</source>
        <translation>Status gespeichert: %1.</translation>
    </message>
    <message>
        <source>Answer recorded: %1.</source>
        <translation>Antwort erfasst: %1.</translation>
    </message>
    <message>
        <source>Note added; it goes to the central database with the next sync.</source>
        <translation>Notiz hinzugefügt; sie wird bei der nächsten Synchronisierung an die zentrale Datenbank gesendet.</translation>
    </message>
    <message>
        <source>Saving ...</source>
        <translation>Wird gespeichert ...</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Applicant&apos;s answer</source>
        <translation>Antwort des Antragstellers</translation>
    </message>
    <message>
        <source>Date of the answer</source>
        <translation>Datum der Antwort</translation>
    </message>
    <message>
        <source>Proposal sent on</source>
        <translation>Vorschlag versendet am</translation>
    </message>
    <message>
        <source>Deadline for the answer</source>
        <translation>Antwortfrist</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>a case no longer in your cache</source>
        <translation>einem Vorgang, der nicht mehr in Ihrem Cache ist</translation>
    </message>
    <message>
        <source>the case {reference} ({name}, {insz})</source>
        <translation>dem Vorgang {reference} ({name}, {insz})</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>eine Notiz</translation>
    </message>
    <message>
        <source>a change of the case</source>
        <translation>eine Änderung des Vorgangs</translation>
    </message>
    <message>
        <source>a letter</source>
        <translation>ein Brief</translation>
    </message>
    <message>
        <source>an audit event</source>
        <translation>ein Protokollereignis</translation>
    </message>
    <message>
        <source>a case no longer cached</source>
        <translation>ein nicht mehr zwischengespeicherter Vorgang</translation>
    </message>
    <message>
        <source>Conflict: {reference}</source>
        <translation>Konflikt: {reference}</translation>
    </message>
    <message>
        <source>Refused: {what} on {reference}</source>
        <translation>Abgelehnt: {what} – {reference}</translation>
    </message>
    <message>
        <source>Conflicts and refused changes</source>
        <translation>Konflikte und abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>Changes of yours that the central database did not take. A conflict: the case was also changed in the central database since the version you worked on; choose which version to keep. A refused change: read why, then drop it.</source>
        <translation>Ihre Änderungen, die die zentrale Datenbank nicht übernommen hat. Ein Konflikt: Der Vorgang wurde seit der Version, mit der Sie gearbeitet haben, auch in der zentralen Datenbank geändert; wählen Sie, welche Version Sie behalten. Eine abgelehnte Änderung: Lesen Sie den Grund und verwerfen Sie sie dann.</translation>
    </message>
    <message>
        <source>Loading ...</source>
        <translation>Wird geladen ...</translation>
    </message>
    <message>
        <source>No conflicts or refused changes.</source>
        <translation>Keine Konflikte oder abgelehnten Änderungen.</translation>
    </message>
    <message>
        <source>Choose one to see it and decide</source>
        <translation>Wählen Sie einen Eintrag, um ihn anzusehen und zu entscheiden</translation>
    </message>
    <message>
        <source>Your version and the central version</source>
        <translation>Ihre Version und die zentrale Version</translation>
    </message>
    <message>
        <source>Each field you changed: your value beside the central one</source>
        <translation>Jedes Feld, das Sie geändert haben: Ihr Wert neben dem zentralen Wert</translation>
    </message>
    <message>
        <source>Fields you did not change keep the central version either way.</source>
        <translation>Felder, die Sie nicht geändert haben, behalten in jedem Fall die zentrale Version.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Meine Version behalten</translation>
    </message>
    <message>
        <source>Your version goes to the central database with the next sync (Alt+M)</source>
        <translation>Ihre Version wird bei der nächsten Synchronisierung an die zentrale Datenbank gesendet (Alt+M)</translation>
    </message>
    <message>
        <source>Keep the &amp;central version</source>
        <translation>&amp;Zentrale Version behalten</translation>
    </message>
    <message>
        <source>Keep the central version</source>
        <translation>Zentrale Version behalten</translation>
    </message>
    <message>
        <source>Your change is dropped; the case shows the central version (Alt+C)</source>
        <translation>Ihre Änderung wird verworfen; der Vorgang zeigt die zentrale Version (Alt+Z)</translation>
    </message>
    <message>
        <source>&amp;What was refused:</source>
        <translation>&amp;Was abgelehnt wurde:</translation>
    </message>
    <message>
        <source>The refused change</source>
        <translation>Die abgelehnte Änderung</translation>
    </message>
    <message>
        <source>What you changed, as the central database received it (Alt+W)</source>
        <translation>Was Sie geändert haben, so wie die zentrale Datenbank es erhalten hat (Alt+W)</translation>
    </message>
    <message>
        <source>&amp;Drop this change</source>
        <translation>&amp;Diese Änderung verwerfen</translation>
    </message>
    <message>
        <source>Drop this refused change</source>
        <translation>Diese abgelehnte Änderung verwerfen</translation>
    </message>
    <message>
        <source>Remove it from your computer (Alt+D)</source>
        <translation>Sie von Ihrem Computer entfernen (Alt+D)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close; what you did not decide waits for the next time (Esc)</source>
        <translation>Schließen; worüber Sie nicht entschieden haben, wartet bis zum nächsten Mal (Esc)</translation>
    </message>
    <message>
        <source>Conflict on {subject}</source>
        <translation>Konflikt bei {subject}</translation>
    </message>
    <message>
        <source>You changed this case on {made}. In the central database it was changed on {changed}, after the version you worked on.</source>
        <translation>Sie haben diesen Vorgang am {made} geändert. In der zentralen Datenbank wurde er am {changed} geändert, nach der Version, mit der Sie gearbeitet haben.</translation>
    </message>
    <message>
        <source>You changed this case on {made}. It was also changed in the central database after the version you worked on.</source>
        <translation>Sie haben diesen Vorgang am {made} geändert. Er wurde nach der Version, mit der Sie gearbeitet haben, auch in der zentralen Datenbank geändert.</translation>
    </message>
    <message>
        <source>{field}: yours {mine}, central {theirs}</source>
        <translation>{field}: Ihre Version {mine}, zentrale Version {theirs}</translation>
    </message>
    <message>
        <source>Refused: {what} on {subject}</source>
        <translation>Abgelehnt: {what} bei {subject}</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>es wurde kein Grund angegeben</translation>
    </message>
    <message>
        <source>Made on {made}. The central database refused it because {reason}.</source>
        <translation>Vorgenommen am {made}. Die zentrale Datenbank hat sie abgelehnt. Grund: {reason}.</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Warum sie abgelehnt wurde</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Your version of {reference} is kept; it goes to the central database with the next sync.</source>
        <translation>{reference}: Ihre Version wird behalten; sie wird bei der nächsten Synchronisierung an die zentrale Datenbank gesendet.</translation>
    </message>
    <message>
        <source>The central version of {reference} is kept; your change was dropped.</source>
        <translation>{reference}: Die zentrale Version wird behalten; Ihre Änderung wurde verworfen.</translation>
    </message>
    <message>
        <source>Drop this change?</source>
        <translation>Diese Änderung verwerfen?</translation>
    </message>
    <message>
        <source>Drop {what}? It is removed from your computer and cannot be brought back.</source>
        <translation>Diese Änderung verwerfen ({what})? Sie wird von Ihrem Computer entfernt und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The refused change was dropped.</source>
        <translation>Die abgelehnte Änderung wurde verworfen.</translation>
    </message>
    <message>
        <source>Saving ...</source>
        <translation>Wird gespeichert ...</translation>
    </message>
</context>
<context>
    <name>DomainRules</name>
    <message>
        <source>IT points must be 0 to {max}</source>
        <translation>Die IT-Punkte müssen zwischen 0 und {max} liegen</translation>
    </message>
    <message>
        <source>zorgtoeslag points must be 0 to {max}</source>
        <translation>Die Punkte für den Pflegezuschlag (Zorgtoeslag) müssen zwischen 0 und {max} liegen</translation>
    </message>
    <message>
        <source>pillar 1 points must be 0 to {max}</source>
        <translation>Die Punkte in Säule 1 müssen zwischen 0 und {max} liegen</translation>
    </message>
    <message>
        <source>pillar 1 points cannot exceed the total points</source>
        <translation>Die Punkte in Säule 1 dürfen die Gesamtpunktzahl nicht übersteigen</translation>
    </message>
    <message>
        <source>expected an amount as text with a dot for decimals, e.g. &quot;1234.56&quot;</source>
        <translation>Erwartet wird ein Betrag als Text mit einem Punkt für die Dezimalstellen, z. B. „1234.56“</translation>
    </message>
    <message>
        <source>the amount is negative</source>
        <translation>Der Betrag ist negativ</translation>
    </message>
    <message>
        <source>expected an amount with digits 0-9 and a dot for decimals, e.g. &quot;1234.56&quot;</source>
        <translation>Erwartet wird ein Betrag mit den Ziffern 0-9 und einem Punkt für die Dezimalstellen, z. B. „1234.56“</translation>
    </message>
    <message>
        <source>the amount has more than two decimals</source>
        <translation>Der Betrag hat mehr als zwei Dezimalstellen</translation>
    </message>
    <message>
        <source>the amount is above the maximum of {max}</source>
        <translation>Der Betrag liegt über dem Höchstbetrag von {max}</translation>
    </message>
    <message>
        <source>expected a month as YYYY-MM, for example 2024-03</source>
        <translation>Erwartet wird ein Monat als JJJJ-MM, zum Beispiel 2024-03</translation>
    </message>
    <message>
        <source>month {month} does not exist (01-12)</source>
        <translation>Den Monat {month} gibt es nicht (01-12)</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>Das Enddatum liegt vor dem Anfangsdatum</translation>
    </message>
    <message>
        <source>the monthly amount is negative</source>
        <translation>Der Monatsbetrag ist negativ</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>no dossier with this INSZ</source>
        <translation>keine Akte mit dieser ENSS</translation>
    </message>
    <message>
        <source>this dossier is not in the local cache and the central database cannot be reached; it can be opened when the connection is back</source>
        <translation>diese Akte ist nicht im lokalen Cache und die zentrale Datenbank ist nicht erreichbar; sie kann geöffnet werden, sobald die Verbindung wieder besteht</translation>
    </message>
    <message>
        <source>this dossier has no IVT/IT decision in force: nothing to simulate</source>
        <translation>diese Akte hat keine geltende EEB/EGB-Entscheidung: nichts zu simulieren</translation>
    </message>
</context>
<context>
    <name>DossierHeader</name>
    <message>
        <source>Flanders</source>
        <translation>Flandern</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Brüssel</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Wallonien</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>INSZ:</source>
        <translation>ENSS:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Geboren:</translation>
    </message>
    <message>
        <source>Age today:</source>
        <translation>Alter heute:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Vorgang:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation>Gesetzlicher Vertreter:</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>kein Vorgang</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Fetched from the central database just now.</source>
        <translation>Soeben aus der zentralen Datenbank abgerufen.</translation>
    </message>
    <message>
        <source>The local cache was never synced: the data may be incomplete.</source>
        <translation>Der lokale Cache wurde nie synchronisiert: Die Daten sind möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>Data as of the last sync %1; newer changes will show after the next sync.</source>
        <translation>Datenstand der letzten Synchronisierung %1; neuere Änderungen erscheinen nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Data as of the last sync %1.</source>
        <translation>Datenstand der letzten Synchronisierung %1.</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <source>Dossier</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>&amp;Simulieren</translation>
    </message>
    <message>
        <source>Simulate this dossier</source>
        <translation>Diese Akte simulieren</translation>
    </message>
    <message>
        <source>Compare IVT/IT with zorgtoeslag + BOB for this dossier (Alt+S, Ctrl+Shift+S)</source>
        <translation>EEB/EGB mit Pflegezulage + BOB für diese Akte vergleichen (Alt+S, Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>High &amp;contrast timeline</source>
        <translation>Zeitleiste in Ho&amp;chkontrast</translation>
    </message>
    <message>
        <source>High contrast timeline</source>
        <translation>Zeitleiste in Hochkontrast</translation>
    </message>
    <message>
        <source>Draw the timeline in black and white with patterns only, for low vision or a monochrome printout (Alt+C)</source>
        <translation>Die Zeitleiste nur schwarz-weiß mit Mustern zeichnen, bei Sehschwäche oder für einen Schwarz-Weiß-Ausdruck (Alt+C)</translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation>Aktualität der Daten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Was Sie tun können</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>No dossier open. Type an INSZ in the look-up field (Ctrl+L) and press Enter.</source>
        <translation>Keine Akte geöffnet. Geben Sie eine ENSS in das Suchfeld ein (Ctrl+L) und drücken Sie Enter.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Zeiträume</translation>
    </message>
    <message>
        <source>Loading the dossier ...</source>
        <translation>Die Akte wird geladen ...</translation>
    </message>
    <message>
        <source>No dossier with this INSZ in the central database.</source>
        <translation>Keine Akte mit dieser ENSS in der zentralen Datenbank.</translation>
    </message>
    <message>
        <source>This dossier is not available offline: it is not in your local cache and the central database cannot be reached. Try again when the connection is back.</source>
        <translation>Diese Akte ist offline nicht verfügbar: Sie ist nicht in Ihrem lokalen Cache und die zentrale Datenbank ist nicht erreichbar. Versuchen Sie es erneut, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Sync now (%1) tries the connection again; once online, open the dossier again from the look-up field (%2).</source>
        <translation>Jetzt synchronisieren (%1) versucht die Verbindung erneut; sobald Sie online sind, öffnen Sie die Akte erneut über das Suchfeld (%2).</translation>
    </message>
    <message>
        <source>Check the number typed (%1).</source>
        <translation>Prüfen Sie die eingegebene Nummer (%1).</translation>
    </message>
    <message>
        <source>If it is right, the person is not in the VSB files imported so far (no BOB), or the case belongs to another team: ask your supervisor.</source>
        <translation>Wenn sie stimmt, steht die Person nicht in den bisher eingelesenen Dateien der VSB (kein BOB), oder der Vorgang gehört zu einem anderen Team: Wenden Sie sich an Ihren Vorgesetzten.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>There is nothing to export: no case is shown.</source>
        <translation>Es gibt nichts zu exportieren: Es wird kein Vorgang angezeigt.</translation>
    </message>
    <message>
        <source>Export the work list</source>
        <translation>Die Arbeitsliste exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting {count} cases ...</source>
        <translation>{count} Vorgänge werden exportiert ...</translation>
    </message>
    <message>
        <source>Exporting the work list ...</source>
        <translation>Die Arbeitsliste wird exportiert ...</translation>
    </message>
    <message>
        <source>Exported 1 case to {path}</source>
        <translation>1 Vorgang exportiert nach {path}</translation>
    </message>
    <message>
        <source>Exported {count} cases to {path}</source>
        <translation>{count} Vorgänge exportiert nach {path}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>Der Export ist fehlgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>FieldsModel</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>Central version</source>
        <translation>Zentrale Version</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Conflicts now</source>
        <translation>Aktuelle Konflikte</translation>
    </message>
    <message>
        <source>Proposal to send</source>
        <translation>Vorschlag zu versenden</translation>
    </message>
    <message>
        <source>Waiting past deadline</source>
        <translation>Frist überschritten</translation>
    </message>
    <message>
        <source>Turning 18 within two months</source>
        <translation>Wird in zwei Monaten 18</translation>
    </message>
    <message>
        <source>Retroactive changes</source>
        <translation>Rückwirkende Änderungen</translation>
    </message>
    <message>
        <source>Renunciation to propose</source>
        <translation>Vorzuschlagender Verzicht</translation>
    </message>
    <message>
        <source>Every case of your team</source>
        <translation>Alle Vorgänge Ihres Teams</translation>
    </message>
    <message>
        <source>BOB and a paid IVT/IT in the same months, in the period VSB asks about today</source>
        <translation>BOB und eine gezahlte EEB/EGB in denselben Monaten, im Zeitraum, zu dem die VSB heute anfragt</translation>
    </message>
    <message>
        <source>A renunciation proposal is ready to be sent</source>
        <translation>Ein Verzichtsvorschlag ist versandbereit</translation>
    </message>
    <message>
        <source>Waiting for the applicant&apos;s answer and the deadline has passed</source>
        <translation>Die Antwort des Antragstellers steht aus und die Frist ist abgelaufen</translation>
    </message>
    <message>
        <source>The applicant turns 18 within two months from today</source>
        <translation>Der Antragsteller wird innerhalb von zwei Monaten ab heute 18</translation>
    </message>
    <message>
        <source>A retroactive IVT/IT change arrived by sync and is not seen yet</source>
        <translation>Eine rückwirkende EEB/EGB-Änderung ist per Synchronisierung eingegangen und wurde noch nicht angesehen</translation>
    </message>
    <message>
        <source>The screening found that IVT/IT does not pay more: a renunciation is to be proposed</source>
        <translation>Die Prüfung hat ergeben, dass IVT/IT nicht mehr zahlt: ein Verzicht ist vorzuschlagen</translation>
    </message>
    <message>
        <source>{filter}, search &quot;{text}&quot;</source>
        <translation>{filter}, Suche „{text}“</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>Filter: {name}</source>
        <translation>Filter: {name}</translation>
    </message>
    <message>
        <source>Filter: {name}, {count} cases</source>
        <translation>Filter: {name}, {count} Vorgänge</translation>
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
        <translation>CumulDesk — gesperrt</translation>
    </message>
    <message>
        <source>Wrong password: the window stays locked.</source>
        <translation>Falsches Passwort: Das Fenster bleibt gesperrt.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
</context>
<context>
    <name>Insz</name>
    <message>
        <source>No INSZ was entered.</source>
        <translation>Es wurde keine ENSS eingegeben.</translation>
    </message>
    <message>
        <source>The INSZ contains letters; only digits are allowed (spaces, dots, dashes and slashes between them are ignored).</source>
        <translation>Die ENSS enthält Buchstaben; nur Ziffern sind erlaubt (Leerzeichen, Punkte, Bindestriche und Schrägstriche dazwischen werden ignoriert).</translation>
    </message>
    <message>
        <source>The INSZ contains characters that are not digits; only digits are allowed (spaces, dots, dashes and slashes between them are ignored).</source>
        <translation>Die ENSS enthält Zeichen, die keine Ziffern sind; nur Ziffern sind erlaubt (Leerzeichen, Punkte, Bindestriche und Schrägstriche dazwischen werden ignoriert).</translation>
    </message>
    <message>
        <source>An INSZ has {length} digits; this one has {count} digits. A leading zero may have been lost (for example by a spreadsheet).</source>
        <translation>Eine ENSS hat {length} Ziffern; diese hat {count} Ziffern. Möglicherweise ist eine führende Null verloren gegangen (zum Beispiel durch eine Tabellenkalkulation).</translation>
    </message>
    <message>
        <source>An INSZ has {length} digits; this one has 1 digit.</source>
        <translation>Eine ENSS hat {length} Ziffern; diese hat 1 Ziffer.</translation>
    </message>
    <message>
        <source>An INSZ has {length} digits; this one has {count} digits.</source>
        <translation>Eine ENSS hat {length} Ziffern; diese hat {count} Ziffern.</translation>
    </message>
    <message>
        <source>The month (third and fourth digit) is {month}, which is impossible: a national register number has month 01-12 (00 if unknown), a BIS number has month 21-32 or 41-52 (20 or 40 if unknown).</source>
        <translation>Der Monat (dritte und vierte Ziffer) ist {month}, was unmöglich ist: Eine Nationalregisternummer hat den Monat 01-12 (00, wenn unbekannt), eine BIS-Nummer den Monat 21-32 oder 41-52 (20 oder 40, wenn unbekannt).</translation>
    </message>
    <message>
        <source>The day (fifth and sixth digit) is {day}, which is impossible: the day of birth is 01-31 (00 if unknown).</source>
        <translation>Der Tag (fünfte und sechste Ziffer) ist {day}, was unmöglich ist: Der Geburtstag ist 01-31 (00, wenn unbekannt).</translation>
    </message>
    <message>
        <source>The check digits (the last two) do not match the first nine digits: a digit was probably mistyped.</source>
        <translation>Die Prüfziffern (die letzten beiden) passen nicht zu den ersten neun Ziffern: Wahrscheinlich wurde eine Ziffer falsch eingegeben.</translation>
    </message>
    <message>
        <source>Type or paste an INSZ (11 digits).</source>
        <translation>Geben Sie eine ENSS ein oder fügen Sie sie ein (11 Ziffern).</translation>
    </message>
    <message>
        <source>{typed} of {length} digits</source>
        <translation>{typed} von {length} Ziffern</translation>
    </message>
</context>
<context>
    <name>Law</name>
    <message>
        <source>there is no law value {id}</source>
        <translation>es gibt keinen Rechtswert {id}</translation>
    </message>
    <message>
        <source>law value {id} is approved already: only a proposed value can be approved</source>
        <translation>Rechtswert {id} ist bereits genehmigt: Nur ein vorgeschlagener Wert kann genehmigt werden</translation>
    </message>
    <message>
        <source>law value {id} is approved already: only a proposed value can be rejected</source>
        <translation>Rechtswert {id} ist bereits genehmigt: Nur ein vorgeschlagener Wert kann abgelehnt werden</translation>
    </message>
    <message>
        <source>law value {id} is rejected already: only a proposed value can be approved</source>
        <translation>Rechtswert {id} ist bereits abgelehnt: Nur ein vorgeschlagener Wert kann genehmigt werden</translation>
    </message>
    <message>
        <source>law value {id} is rejected already: only a proposed value can be rejected</source>
        <translation>Rechtswert {id} ist bereits abgelehnt: Nur ein vorgeschlagener Wert kann abgelehnt werden</translation>
    </message>
    <message>
        <source>law value {id} was decided meanwhile by another supervisor</source>
        <translation>über Rechtswert {id} hat inzwischen ein anderer Supervisor entschieden</translation>
    </message>
    <message>
        <source>{user} proposed law value {id}: another supervisor must approve it</source>
        <translation>{user} hat Rechtswert {id} vorgeschlagen: Ein anderer Supervisor muss ihn genehmigen</translation>
    </message>
</context>
<context>
    <name>LawActions</name>
    <message>
        <source>&amp;Propose a value ...</source>
        <translation>&amp;Wert vorschlagen ...</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Re&amp;ject ...</source>
        <translation>&amp;Ablehnen ...</translation>
    </message>
    <message>
        <source>Why a button is unavailable</source>
        <translation>Warum eine Schaltfläche nicht verfügbar ist</translation>
    </message>
    <message>
        <source>The central database cannot be reached: proposing, approving and rejecting wait until it is back.</source>
        <translation>Die zentrale Datenbank ist nicht erreichbar: Vorschlagen, Genehmigen und Ablehnen warten, bis sie wieder da ist.</translation>
    </message>
    <message>
        <source>Select a proposed value to approve or reject it.</source>
        <translation>Wählen Sie einen vorgeschlagenen Wert aus, um ihn zu genehmigen oder abzulehnen.</translation>
    </message>
    <message>
        <source>Only a proposed value can be approved or rejected; this one is {state}.</source>
        <translation>Nur ein vorgeschlagener Wert kann genehmigt oder abgelehnt werden; dieser ist {state}.</translation>
    </message>
    <message>
        <source>You proposed this value: another supervisor must approve it. You may reject it to withdraw it.</source>
        <translation>Sie haben diesen Wert vorgeschlagen: Ein anderer Supervisor muss ihn genehmigen. Sie können ihn ablehnen, um ihn zurückzuziehen.</translation>
    </message>
    <message>
        <source>Propose a new dated value of a law parameter, with its source</source>
        <translation>Einen neuen datierten Wert eines gesetzlichen Parameters mit seiner Quelle vorschlagen</translation>
    </message>
    <message>
        <source>The central database cannot be reached: proposing waits until it is back</source>
        <translation>Die zentrale Datenbank ist nicht erreichbar: Vorschlagen wartet, bis sie wieder da ist</translation>
    </message>
    <message>
        <source>Put the selected value in force: it becomes the next law-data version</source>
        <translation>Den ausgewählten Wert in Kraft setzen: Er wird die nächste Version der Rechtsdaten</translation>
    </message>
    <message>
        <source>Reject the selected proposed value, with an optional reason</source>
        <translation>Den ausgewählten vorgeschlagenen Wert ablehnen, mit einem optionalen Grund</translation>
    </message>
    <message>
        <source>Proposed. Another supervisor approves it before it is in force.</source>
        <translation>Vorgeschlagen. Ein anderer Supervisor genehmigt den Wert, bevor er in Kraft tritt.</translation>
    </message>
    <message>
        <source>Approve a law value</source>
        <translation>Einen Rechtswert genehmigen</translation>
    </message>
    <message>
        <source>Approve {what}? It becomes the next law-data version, and every desk computes with it after its next sync.</source>
        <translation>{what} genehmigen? Der Wert wird die nächste Version der Rechtsdaten, und jeder Arbeitsplatz rechnet nach seiner nächsten Synchronisierung damit.</translation>
    </message>
    <message>
        <source>Approved: {what}. It is part of law data v{version}; every desk gets it with its next sync.</source>
        <translation>Genehmigt: {what}. Der Wert gehört zu Rechtsdaten v{version}; jeder Arbeitsplatz erhält ihn bei seiner nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Approving ...</source>
        <translation>Wird genehmigt ...</translation>
    </message>
    <message>
        <source>Rejected: {what}.</source>
        <translation>Abgelehnt: {what}.</translation>
    </message>
    <message>
        <source>Rejecting ...</source>
        <translation>Wird abgelehnt ...</translation>
    </message>
</context>
<context>
    <name>LawFilterBar</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Every law value</source>
        <translation>Alle Rechtswerte</translation>
    </message>
    <message>
        <source>Values waiting for a second supervisor</source>
        <translation>Werte, die auf einen zweiten Supervisor warten</translation>
    </message>
    <message>
        <source>Values in force from their version on</source>
        <translation>Werte, die ab ihrer Version in Kraft sind</translation>
    </message>
    <message>
        <source>Values a supervisor rejected</source>
        <translation>Werte, die ein Supervisor abgelehnt hat</translation>
    </message>
    <message>
        <source>Filter: {name}</source>
        <translation>Filter: {name}</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>Filter: {name}, {count} values</source>
        <translation>Filter: {name}, {count} Werte</translation>
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
        <translation>wählen Sie ja oder nein</translation>
    </message>
    <message>
        <source>choose a law parameter</source>
        <translation>wählen Sie einen gesetzlichen Parameter</translation>
    </message>
    <message>
        <source>choose the category the value is for</source>
        <translation>wählen Sie die Kategorie, für die der Wert gilt</translation>
    </message>
    <message>
        <source>choose sourced or computed</source>
        <translation>wählen Sie belegt oder berechnet</translation>
    </message>
    <message>
        <source>give the title of the act or public page the value was read on</source>
        <translation>geben Sie den Titel des Rechtsakts oder der öffentlichen Seite an, auf der der Wert gelesen wurde</translation>
    </message>
    <message>
        <source>at most {count} characters</source>
        <translation>höchstens {count} Zeichen</translation>
    </message>
    <message>
        <source>a web address starts with https:// or http:// (or leave it empty)</source>
        <translation>eine Webadresse beginnt mit https:// oder http:// (oder lassen Sie sie leer)</translation>
    </message>
</context>
<context>
    <name>LawLoad</name>
    <message>
        <source>The central database cannot be reached: nothing was sent. Try again when the connection is back.</source>
        <translation>Die zentrale Datenbank ist nicht erreichbar: Es wurde nichts gesendet. Versuchen Sie es erneut, wenn die Verbindung wieder besteht.</translation>
    </message>
</context>
<context>
    <name>LawModel</name>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Vorgeschlagen von</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>v{version}</source>
        <translation>v{version}</translation>
    </message>
    <message>
        <source>{name} (as the command line names it: {label})</source>
        <translation>{name} (so nennt es die Befehlszeile: {label})</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>Rejected; no reason was given</source>
        <translation>Abgelehnt; es wurde kein Grund angegeben</translation>
    </message>
    <message>
        <source>Waiting for a second supervisor to approve or reject it</source>
        <translation>Wartet darauf, dass ein zweiter Supervisor ihn genehmigt oder ablehnt</translation>
    </message>
    <message>
        <source>In force from its version on</source>
        <translation>In Kraft ab seiner Version</translation>
    </message>
    <message>
        <source>Part of the law data from version {version} on</source>
        <translation>Teil der Rechtsdaten ab Version {version}</translation>
    </message>
    <message>
        <source>Shipped with CumulDesk: the first law data, version {version}</source>
        <translation>Mit CumulDesk geliefert: die ersten Rechtsdaten, Version {version}</translation>
    </message>
    <message>
        <source>Proposed on {moment}</source>
        <translation>Vorgeschlagen am {moment}</translation>
    </message>
    <message>
        <source>Decided on {moment}</source>
        <translation>Entschieden am {moment}</translation>
    </message>
</context>
<context>
    <name>LawNames</name>
    <message>
        <source>IVT per year</source>
        <translation>EEB pro Jahr</translation>
    </message>
    <message>
        <source>IT per year</source>
        <translation>EGB pro Jahr</translation>
    </message>
    <message>
        <source>IVT partner exemption per year</source>
        <translation>EEB-Freibetrag Partner pro Jahr</translation>
    </message>
    <message>
        <source>Zorgtoeslag per month</source>
        <translation>Pflegezulage pro Monat</translation>
    </message>
    <message>
        <source>BOB / ondersteuningstoeslag per month</source>
        <translation>BOB / Ondersteuningstoeslag pro Monat</translation>
    </message>
    <message>
        <source>Zorgtoeslag ban with IVT/IT</source>
        <translation>Kumulierungsverbot Pflegezulage mit EEB/EGB</translation>
    </message>
    <message>
        <source>BOB ban with IVT/IT</source>
        <translation>Kumulierungsverbot BOB mit EEB/EGB</translation>
    </message>
    <message>
        <source>Ondersteuningstoeslag ban with IVT/IT (open point)</source>
        <translation>Kumulierungsverbot Ondersteuningstoeslag mit EEB/EGB (offener Punkt)</translation>
    </message>
    <message>
        <source>Zorgtoeslag recovered for arrears months (open point)</source>
        <translation>Pflegezulage für Nachzahlungsmonate zurückgefordert (offener Punkt)</translation>
    </message>
    <message>
        <source>category A: lives with relatives or other</source>
        <translation>Kategorie A: lebt bei Verwandten oder Sonstiges</translation>
    </message>
    <message>
        <source>category B: lives alone or in an institution</source>
        <translation>Kategorie B: lebt allein oder in einer Einrichtung</translation>
    </message>
    <message>
        <source>category C: partner or dependent children</source>
        <translation>Kategorie C: Partner oder unterhaltsberechtigte Kinder</translation>
    </message>
    <message>
        <source>category 1: 7 to 8 points</source>
        <translation>Kategorie 1: 7 bis 8 Punkte</translation>
    </message>
    <message>
        <source>category 2: 9 to 11 points</source>
        <translation>Kategorie 2: 9 bis 11 Punkte</translation>
    </message>
    <message>
        <source>category 3: 12 to 14 points</source>
        <translation>Kategorie 3: 12 bis 14 Punkte</translation>
    </message>
    <message>
        <source>category 4: 15 to 16 points</source>
        <translation>Kategorie 4: 15 bis 16 Punkte</translation>
    </message>
    <message>
        <source>category 5: 17 to 18 points</source>
        <translation>Kategorie 5: 17 bis 18 Punkte</translation>
    </message>
    <message>
        <source>at least 4 points in pillar 1, fewer than 6 in total</source>
        <translation>mindestens 4 Punkte in Säule 1, weniger als 6 insgesamt</translation>
    </message>
    <message>
        <source>6 to 8 points</source>
        <translation>6 bis 8 Punkte</translation>
    </message>
    <message>
        <source>9 to 11 points</source>
        <translation>9 bis 11 Punkte</translation>
    </message>
    <message>
        <source>12 to 14 points, or 6 to 11 with at least 4 in pillar 1</source>
        <translation>12 bis 14 Punkte oder 6 bis 11 mit mindestens 4 in Säule 1</translation>
    </message>
    <message>
        <source>15 to 17 points</source>
        <translation>15 bis 17 Punkte</translation>
    </message>
    <message>
        <source>18 to 20 points</source>
        <translation>18 bis 20 Punkte</translation>
    </message>
    <message>
        <source>more than 20 points</source>
        <translation>mehr als 20 Punkte</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Flandern</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Brüssel</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Wallonien</translation>
    </message>
    <message>
        <source>sourced</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <source>carried</source>
        <translation>fortgeschrieben</translation>
    </message>
    <message>
        <source>read on a public page named as its source</source>
        <translation>auf einer öffentlichen Seite gelesen, die als Quelle genannt ist</translation>
    </message>
    <message>
        <source>computed from sourced figures by a sourced rule (an index step, 50 % of category A); no published table confirms it</source>
        <translation>aus belegten Zahlen nach einer belegten Regel berechnet (eine Indexanpassung, 50 % der Kategorie A); keine veröffentlichte Tabelle bestätigt ihn</translation>
    </message>
    <message>
        <source>no value is known for this date: the last known value is reused until a supervisor confirms one</source>
        <translation>für dieses Datum ist kein Wert bekannt: Der letzte bekannte Wert wird weiterverwendet, bis ein Supervisor einen bestätigt</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
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
        <translation>Rechtswerte</translation>
    </message>
    <message>
        <source>Every law value with its category, date, value, kind, state, version and source; the proposals first. Click a column header to sort.</source>
        <translation>Jeder Rechtswert mit Kategorie, Datum, Wert, Art, Status, Version und Quelle; die Vorschläge zuerst. Klicken Sie auf eine Spaltenüberschrift, um zu sortieren.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the law values again</source>
        <translation>Die Rechtswerte erneut lesen</translation>
    </message>
    <message>
        <source>Loading the law values</source>
        <translation>Die Rechtswerte werden geladen</translation>
    </message>
    <message>
        <source>Law data in use</source>
        <translation>Verwendete Rechtsdaten</translation>
    </message>
    <message>
        <source>No law values shown</source>
        <translation>Keine Rechtswerte angezeigt</translation>
    </message>
    <message>
        <source>Law data message</source>
        <translation>Meldung zu den Rechtsdaten</translation>
    </message>
    <message>
        <source>Law &amp;values</source>
        <translation>Re&amp;chtswerte</translation>
    </message>
    <message>
        <source>Sender &amp;block</source>
        <translation>A&amp;bsenderangaben</translation>
    </message>
    <message>
        <source>DG HAN&apos;s address, phone, opening hours and signatory on the letters</source>
        <translation>Anschrift, Telefon, Öffnungszeiten und Unterzeichner der DG HAN auf den Briefen</translation>
    </message>
    <message>
        <source>Parts of the law-data page</source>
        <translation>Teile der Seite Rechtsdaten</translation>
    </message>
    <message>
        <source>The law values, or the sender block of the letters</source>
        <translation>Die Rechtswerte oder die Absenderangaben der Briefe</translation>
    </message>
    <message>
        <source>This desk computes with the shipped defaults: it has no law data from the central database yet.</source>
        <translation>Dieser Arbeitsplatz rechnet mit den mitgelieferten Standardwerten: Er hat noch keine Rechtsdaten aus der zentralen Datenbank.</translation>
    </message>
    <message>
        <source>This desk computes with law data v{version} (central database).</source>
        <translation>Dieser Arbeitsplatz rechnet mit Rechtsdaten v{version} (zentrale Datenbank).</translation>
    </message>
    <message>
        <source>The last sync brought law data v{version}: this desk uses it from your next sign-in.</source>
        <translation>Die letzte Synchronisierung brachte Rechtsdaten v{version}: Dieser Arbeitsplatz verwendet sie ab Ihrer nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>The law values could not be loaded: {reason}</source>
        <translation>Die Rechtswerte konnten nicht geladen werden: {reason}</translation>
    </message>
    <message>
        <source>The central database cannot be reached: shown are the approved values this desk computes with, as of the last sync.</source>
        <translation>Die zentrale Datenbank ist nicht erreichbar: Angezeigt werden die genehmigten Werte, mit denen dieser Arbeitsplatz rechnet, Stand der letzten Synchronisierung.</translation>
    </message>
    <message>
        <source>The law data are read-only for you: supervisors propose and approve values.</source>
        <translation>Die Rechtsdaten sind für Sie schreibgeschützt: Supervisoren schlagen Werte vor und genehmigen sie.</translation>
    </message>
    <message>
        <source>No value waits for approval.</source>
        <translation>Kein Wert wartet auf Genehmigung.</translation>
    </message>
    <message>
        <source>No law value in this state.</source>
        <translation>Kein Rechtswert mit diesem Status.</translation>
    </message>
    <message>
        <source>{name} from {day}: {value}</source>
        <translation>{name} ab {day}: {value}</translation>
    </message>
    <message>
        <source>This desk syncs now.</source>
        <translation>Dieser Arbeitsplatz synchronisiert jetzt.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>The letter is empty: nothing was saved.</source>
        <translation>Der Brief ist leer: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Finalise the %1? It is stored with today&apos;s date, your name and its SHA-256 fingerprint, and it cannot be changed afterwards.</source>
        <translation>Dokument „%1“ fertigstellen? Es wird mit dem heutigen Datum, Ihrem Namen und seinem SHA-256-Fingerabdruck gespeichert und kann danach nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>The letter is empty: it cannot be finalised.</source>
        <translation>Der Brief ist leer: Er kann nicht fertiggestellt werden.</translation>
    </message>
    <message>
        <source>Not finalised: the values were not confirmed.</source>
        <translation>Nicht fertiggestellt: Die Werte wurden nicht bestätigt.</translation>
    </message>
    <message>
        <source>Finalised and stored.</source>
        <translation>Fertiggestellt und gespeichert.</translation>
    </message>
    <message>
        <source>A new draft from the simulation; the saved draft stays until you save.</source>
        <translation>Ein neuer Entwurf aus der Simulation; der gespeicherte Entwurf bleibt bestehen, bis Sie speichern.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save your changes as a draft before closing?</source>
        <translation>Ihre Änderungen vor dem Schließen als Entwurf speichern?</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>Store this text as a draft</source>
        <translation>Diesen Text als Entwurf speichern</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Fertigstellen…</translation>
    </message>
    <message>
        <source>Store the letter for good, with date, author and fingerprint: it cannot be changed afterwards</source>
        <translation>Den Brief endgültig speichern, mit Datum, Verfasser und Fingerabdruck: Er kann danach nicht mehr geändert werden</translation>
    </message>
    <message>
        <source>&amp;New draft from the simulation</source>
        <translation>&amp;Neuer Entwurf aus der Simulation</translation>
    </message>
    <message>
        <source>Replace the text with a new draft from this simulation</source>
        <translation>Den Text durch einen neuen Entwurf aus dieser Simulation ersetzen</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Den Brief drucken</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Save the letter as a PDF</source>
        <translation>Den Brief als PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close the letters (Esc)</source>
        <translation>Die Briefe schließen (Esc)</translation>
    </message>
    <message>
        <source>Letters of the case</source>
        <translation>Briefe des Vorgangs</translation>
    </message>
    <message>
        <source>The letter to the applicant and the advice note: Left and Right arrows switch</source>
        <translation>Der Brief an den Antragsteller und die Stellungnahme: Die Pfeiltasten links und rechts wechseln</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Values to check</source>
        <translation>Zu prüfende Werte</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Ergebnis der letzten Aktion</translation>
    </message>
    <message>
        <source>Loading the dossier and its letters ...</source>
        <translation>Die Akte und ihre Briefe werden geladen ...</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>Vorgang %1</translation>
    </message>
    <message>
        <source>The letters cannot be opened: %1</source>
        <translation>Die Briefe können nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Letter to the applicant</source>
        <translation>Brief an den Antragsteller</translation>
    </message>
    <message>
        <source>Advice note</source>
        <translation>Stellungnahme</translation>
    </message>
    <message>
        <source>letter to the applicant</source>
        <translation>Brief an den Antragsteller</translation>
    </message>
    <message>
        <source>advice note</source>
        <translation>Stellungnahme</translation>
    </message>
    <message>
        <source>renunciation-proposal-%1</source>
        <translation>Verzichtsvorschlag-%1</translation>
    </message>
    <message>
        <source>advice-note-%1</source>
        <translation>Stellungnahme-%1</translation>
    </message>
    <message>
        <source>the organisation&apos;s name</source>
        <translation>der Name der Organisation</translation>
    </message>
    <message>
        <source>the postal address</source>
        <translation>die Postanschrift</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>die Telefonnummer</translation>
    </message>
    <message>
        <source>the opening hours</source>
        <translation>die Öffnungszeiten</translation>
    </message>
    <message>
        <source>the signatory</source>
        <translation>der Unterzeichner</translation>
    </message>
    <message>
        <source>Sender block, not published (left out of the finalised letter): %1.</source>
        <translation>Absenderangaben, nicht veröffentlicht (im fertiggestellten Brief weggelassen): %1.</translation>
    </message>
    <message>
        <source>Sender block, published without a source: %1.</source>
        <translation>Absenderangaben, ohne Beleg veröffentlicht: %1.</translation>
    </message>
    <message>
        <source>DG HAN&apos;s sender block is not complete (%1): the draft marks what is not published, and you will be asked to confirm before a letter is finalised.</source>
        <translation>Die Absenderangaben der GD Personen mit Behinderung sind nicht vollständig (%1): Der Entwurf markiert, was nicht veröffentlicht ist, und bevor ein Brief fertiggestellt wird, werden Sie gebeten, dies zu bestätigen.</translation>
    </message>
    <message>
        <source>No letter to the applicant: %1</source>
        <translation>Kein Brief an den Antragsteller: %1</translation>
    </message>
    <message>
        <source>No advice note: %1</source>
        <translation>Keine Stellungnahme: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>open points of law: %1</source>
        <translation>offene Rechtsfragen: %1</translation>
    </message>
    <message>
        <source>The simulation used law values that are not sourced (%1): you will be asked to confirm that you checked them before a letter is finalised.</source>
        <translation>Die Simulation hat gesetzliche Werte ohne Beleg verwendet (%1): Bevor ein Brief fertiggestellt wird, werden Sie gebeten zu bestätigen, dass Sie sie geprüft haben.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Internal note for the dossier, in %1.</source>
        <translation>Interne Notiz für die Akte, auf %1.</translation>
    </message>
    <message>
        <source>To the applicant, in %1.</source>
        <translation>An den Antragsteller, auf %1.</translation>
    </message>
    <message>
        <source>To: %1. In %2.</source>
        <translation>An: %1. Auf %2.</translation>
    </message>
    <message>
        <source>Answer by %1 (%2 days).</source>
        <translation>Antwort bis %1 (%2 Tage).</translation>
    </message>
    <message>
        <source>an unknown handler</source>
        <translation>einem unbekannten Sachbearbeiter</translation>
    </message>
    <message>
        <source>Finalised on %1 by %2, SHA-256 %3. It cannot be changed.</source>
        <translation>Fertiggestellt am %1 von %2, SHA-256 %3. Das Dokument kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Its stored content no longer matches this fingerprint: tell your team lead before printing it.</source>
        <translation>Der gespeicherte Inhalt stimmt nicht mehr mit diesem Fingerabdruck überein: Informieren Sie Ihre Teamleitung, bevor Sie das Dokument drucken.</translation>
    </message>
    <message>
        <source>Saved draft, shown read-only: no new draft can be made (see above).</source>
        <translation>Gespeicherter Entwurf, schreibgeschützt angezeigt: Es kann kein neuer Entwurf erstellt werden (siehe oben).</translation>
    </message>
    <message>
        <source>Draft saved on %1 by %2. Not finalised.</source>
        <translation>Entwurf gespeichert am %1 von %2. Nicht fertiggestellt.</translation>
    </message>
    <message>
        <source>Edited since: the changes are not saved yet.</source>
        <translation>Seitdem bearbeitet: Die Änderungen sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>New draft from the simulation; not saved yet.</source>
        <translation>Neuer Entwurf aus der Simulation; noch nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Formatting of the %1</source>
        <translation>Formatierung: %1</translation>
    </message>
    <message>
        <source>Text of the %1</source>
        <translation>Text: %1</translation>
    </message>
    <message>
        <source>Addressee and deadline</source>
        <translation>Empfänger und Frist</translation>
    </message>
    <message>
        <source>State of the %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Finalised: it cannot be changed any more.</source>
        <translation>Fertiggestellt: Das Dokument kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>The text as it will be printed; Ctrl+B bold, Ctrl+I italic, Ctrl+S saves the draft, Tab leaves the text</source>
        <translation>Der Text, wie er gedruckt wird; Ctrl+B fett, Ctrl+I kursiv, Ctrl+S speichert den Entwurf, Tab verlässt den Text</translation>
    </message>
</context>
<context>
    <name>LetterOutput</name>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Den Brief drucken</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>Drucken fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Export the letter as PDF</source>
        <translation>Den Brief als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF ...</source>
        <translation>Das PDF wird geschrieben ...</translation>
    </message>
    <message numerus="yes">
        <source>PDF written (%n page(s)): %1</source>
        <translation>
            <numerusform>PDF geschrieben (%n Seite): %1</numerusform>
            <numerusform>PDF geschrieben (%n Seiten): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>Das PDF wurde nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>CumulDesk is locked</source>
        <translation>CumulDesk ist gesperrt</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The window was locked to protect personal data. {0} ({1}): type your password to continue.</source>
        <translation>Das Fenster wurde gesperrt, um personenbezogene Daten zu schützen. {0} ({1}): Geben Sie Ihr Passwort ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Your CumulDesk password; Enter unlocks the window</source>
        <translation>Ihr CumulDesk-Passwort; Enter entsperrt das Fenster</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Meldung zum Entsperren</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Unlock the window (Enter)</source>
        <translation>Das Fenster entsperren (Enter)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit CumulDesk</source>
        <translation>CumulDesk beenden</translation>
    </message>
    <message>
        <source>Close CumulDesk (changes not yet pushed stay in the cache)</source>
        <translation>CumulDesk schließen (noch nicht gesendete Änderungen bleiben im Cache)</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>LookupBar</name>
    <message>
        <source>&amp;INSZ:</source>
        <translation>E&amp;NSS:</translation>
    </message>
    <message>
        <source>YY.MM.DD-XXX.CC, or paste any form</source>
        <translation>JJ.MM.TT-XXX.PP oder beliebige Form einfügen</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>ENSS</translation>
    </message>
    <message>
        <source>Type or paste a social security number (INSZ); Enter opens the dossier</source>
        <translation>Geben Sie eine Erkennungsnummer der sozialen Sicherheit (ENSS) ein oder fügen Sie sie ein; Enter öffnet die Akte</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open dossier</source>
        <translation>Akte öffnen</translation>
    </message>
    <message>
        <source>Open the dossier of this INSZ (Enter)</source>
        <translation>Die Akte dieser ENSS öffnen (Enter)</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>Ve&amp;rlauf</translation>
    </message>
    <message>
        <source>Recent dossiers</source>
        <translation>Zuletzt geöffnete Akten</translation>
    </message>
    <message>
        <source>The dossiers you opened last (Alt+R)</source>
        <translation>Die Akten, die Sie zuletzt geöffnet haben (Alt+R)</translation>
    </message>
    <message>
        <source>INSZ check</source>
        <translation>ENSS-Prüfung</translation>
    </message>
    <message>
        <source>Opening the dossier ...</source>
        <translation>Die Akte wird geöffnet ...</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>geboren am {date}</translation>
    </message>
    <message>
        <source>birth date not fully known</source>
        <translation>Geburtsdatum nicht vollständig bekannt</translation>
    </message>
    <message>
        <source>BIS number</source>
        <translation>BIS-Nummer</translation>
    </message>
    <message>
        <source>national register number</source>
        <translation>Nationalregisternummer</translation>
    </message>
    <message>
        <source>No dossiers opened yet</source>
        <translation>Noch keine Akten geöffnet</translation>
    </message>
    <message>
        <source>{insz}  {name}  (opened {when})</source>
        <translation>{insz}  {name}  (geöffnet {when})</translation>
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
        <translation> (Demodaten)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Gehe &amp;zu</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Export work list ...</source>
        <translation>Arbeitsliste e&amp;xportieren ...</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Preferences ...</source>
        <translation>&amp;Einstellungen ...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Look up INSZ</source>
        <translation>&amp;ENSS suchen</translation>
    </message>
    <message>
        <source>&amp;Work list</source>
        <translation>&amp;Arbeitsliste</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>A&amp;kte</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>L&amp;aw data</source>
        <translation>&amp;Rechtsdaten</translation>
    </message>
    <message>
        <source>&amp;Monthly report</source>
        <translation>&amp;Monatsbericht</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Conflicts and refused changes ...</source>
        <translation>&amp;Konflikte und abgelehnte Änderungen ...</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About CumulDesk</source>
        <translation>Ü&amp;ber CumulDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Work list, dossier, simulation, law data and monthly report: Left and Right arrows switch</source>
        <translation>Arbeitsliste, Akte, Simulation, Rechtsdaten und Monatsbericht: Die Pfeiltasten links und rechts wechseln</translation>
    </message>
    <message>
        <source>Work list, dossier, simulation and law data: Left and Right arrows switch</source>
        <translation>Arbeitsliste, Akte, Simulation und Rechtsdaten: Die Pfeiltasten links und rechts wechseln</translation>
    </message>
    <message>
        <source>Work list</source>
        <translation>Arbeitsliste</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Law data</source>
        <translation>Rechtsdaten</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Monatsbericht</translation>
    </message>
    <message>
        <source>Open a dossier: the INSZ typed, or the case selected in the work list</source>
        <translation>Eine Akte öffnen: die eingegebene ENSS oder den in der Arbeitsliste ausgewählten Vorgang</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>About CumulDesk</source>
        <translation>Über CumulDesk</translation>
    </message>
    <message>
        <source>CumulDesk {version}

Compares, for young people aged 18 to 21, the federal IVT/IT with the Flemish zorgtoeslag + basic support budget (BOB), which cannot be combined with a paid IVT/IT, and drafts the renunciation proposal when zorgtoeslag + BOB pays more.</source>
        <translation>CumulDesk {version}

Vergleicht für junge Menschen von 18 bis 21 Jahren die föderale EEB/EGB mit der flämischen Pflegezulage + dem Basisunterstützungsbudget (BOB), die nicht mit einer gezahlten EEB/EGB kumuliert werden können, und entwirft den Verzichtsvorschlag, wenn Pflegezulage + BOB mehr einbringen.</translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message>
        <source>Conflicts found (bars, left axis)</source>
        <translation>Festgestellte Konflikte (Balken, linke Achse)</translation>
    </message>
    <message>
        <source>Amounts at stake in EUR (line, right axis)</source>
        <translation>Betroffene Beträge in EUR (Linie, rechte Achse)</translation>
    </message>
    <message>
        <source>{month}: {conflicts} conflicts, {amount} EUR</source>
        <translation>{month}: {conflicts} Konflikte, {amount} EUR</translation>
    </message>
    <message>
        <source>Chart of conflicts and amounts at stake by month</source>
        <translation>Diagramm der Konflikte und der betroffenen Beträge nach Monat</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>Monthly report {month}</source>
        <translation>Monatsbericht {month}</translation>
    </message>
    <message>
        <source>VSB files imported</source>
        <translation>Eingelesene VSB-Dateien</translation>
    </message>
    <message>
        <source>Persons in VSB&apos;s file(s)</source>
        <translation>Personen in der/den VSB-Datei(en)</translation>
    </message>
    <message>
        <source>Conflicts found</source>
        <translation>Festgestellte Konflikte</translation>
    </message>
    <message>
        <source>Verdict: renunciation to propose</source>
        <translation>Ergebnis: Verzicht vorzuschlagen</translation>
    </message>
    <message>
        <source>Verdict: IVT/IT pays more</source>
        <translation>Ergebnis: IVT/IT zahlt mehr</translation>
    </message>
    <message>
        <source>Verdict: not applicable</source>
        <translation>Ergebnis: entfällt</translation>
    </message>
    <message>
        <source>Verdict: cannot screen</source>
        <translation>Ergebnis: nicht prüfbar</translation>
    </message>
    <message>
        <source>Proposals sent</source>
        <translation>Versandte Vorschläge</translation>
    </message>
    <message>
        <source>Answers: renunciation accepted</source>
        <translation>Antworten: Verzicht angenommen</translation>
    </message>
    <message>
        <source>Answers: refused</source>
        <translation>Antworten: abgelehnt</translation>
    </message>
    <message>
        <source>No answer by the deadline</source>
        <translation>Keine Antwort innerhalb der Frist</translation>
    </message>
    <message>
        <source>Amounts at stake (EUR)</source>
        <translation>Betroffene Beträge (EUR)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>MonthlyReportPage</name>
    <message>
        <source>{month} (so far)</source>
        <translation>{month} (bisher)</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <source>Month of the report</source>
        <translation>Monat des Berichts</translation>
    </message>
    <message>
        <source>The calendar month whose figures are shown; choosing one shows it</source>
        <translation>Der Kalendermonat, dessen Zahlen angezeigt werden; die Wahl eines Monats zeigt ihn an</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Read the figures of the month chosen again from the central database</source>
        <translation>Die Zahlen des gewählten Monats erneut aus der zentralen Datenbank lesen</translation>
    </message>
    <message>
        <source>Loading the monthly report</source>
        <translation>Der Monatsbericht wird geladen</translation>
    </message>
    <message>
        <source>Counts and sums only, for every team, from the central database. A case counts in the month of its newest screening; amounts at stake are the differences over the horizon of the cases where a renunciation is to be proposed.</source>
        <translation>Nur Anzahlen und Summen, für alle Teams, aus der zentralen Datenbank. Ein Fall zählt im Monat seiner letzten Prüfung; die betroffenen Beträge sind die Unterschiede über den Betrachtungszeitraum der Fälle, in denen ein Verzicht vorzuschlagen ist.</translation>
    </message>
    <message>
        <source>Figures of the month</source>
        <translation>Zahlen des Monats</translation>
    </message>
    <message>
        <source>Persons in VSB&apos;s file, conflicts found, cases by verdict, proposals sent, answers and the amounts at stake, one per row</source>
        <translation>Personen in der VSB-Datei, festgestellte Konflikte, Fälle nach Ergebnis, versandte Vorschläge, Antworten und die betroffenen Beträge, einer pro Zeile</translation>
    </message>
    <message>
        <source>Export to &amp;Excel...</source>
        <translation>Nach &amp;Excel exportieren...</translation>
    </message>
    <message>
        <source>Write the month&apos;s figures and the 12 months to an Excel workbook</source>
        <translation>Die Zahlen des Monats und die 12 Monate in eine Excel-Arbeitsmappe schreiben</translation>
    </message>
    <message>
        <source>Export to P&amp;DF...</source>
        <translation>Als &amp;PDF exportieren...</translation>
    </message>
    <message>
        <source>Write the month&apos;s figures and the chart to a PDF</source>
        <translation>Die Zahlen des Monats und das Diagramm in ein PDF schreiben</translation>
    </message>
    <message>
        <source>Monthly report message</source>
        <translation>Meldung des Monatsberichts</translation>
    </message>
    <message>
        <source>Export message</source>
        <translation>Meldung des Exports</translation>
    </message>
    <message>
        <source>The central database refused the monthly report: it is for active supervisors only.</source>
        <translation>Die zentrale Datenbank hat den Monatsbericht verweigert: Er ist nur für aktive Supervisoren bestimmt.</translation>
    </message>
    <message>
        <source>The monthly report could not be loaded: {reason}</source>
        <translation>Der Monatsbericht konnte nicht geladen werden: {reason}</translation>
    </message>
    <message>
        <source>The monthly report needs the central database, which cannot be reached now. Connect to the network and try again.</source>
        <translation>Der Monatsbericht benötigt die zentrale Datenbank, die jetzt nicht erreichbar ist. Verbinden Sie sich mit dem Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Chart of conflicts and amounts at stake by month, 12 months to {month}</source>
        <translation>Diagramm der Konflikte und der betroffenen Beträge pro Monat, 12 Monate bis {month}</translation>
    </message>
    <message>
        <source>No figures shown</source>
        <translation>Keine Zahlen angezeigt</translation>
    </message>
    <message>
        <source>monthly-report</source>
        <translation>Monatsbericht</translation>
    </message>
    <message>
        <source>Export the monthly report to Excel</source>
        <translation>Den Monatsbericht nach Excel exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the monthly report to PDF</source>
        <translation>Den Monatsbericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting the monthly report ...</source>
        <translation>Der Monatsbericht wird exportiert ...</translation>
    </message>
    <message>
        <source>The monthly report of {month} was exported to {path}</source>
        <translation>Der Monatsbericht für {month} wurde nach {path} exportiert</translation>
    </message>
    <message>
        <source>Not exported: an export is recorded in the central database, which cannot be reached now. Connect to the network and try again.</source>
        <translation>Nicht exportiert: Ein Export wird in der zentralen Datenbank vermerkt, die jetzt nicht erreichbar ist. Verbinden Sie sich mit dem Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The export failed; no file was written: {reason}</source>
        <translation>Der Export ist fehlgeschlagen; es wurde keine Datei geschrieben: {reason}</translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <source>Lane</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Monthly amount</source>
        <translation>Monatsbetrag</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Regelung</translation>
    </message>
    <message>
        <source>Voluntary switch</source>
        <translation>Freiwilliger Wechsel</translation>
    </message>
    <message>
        <source>Conflict months in this period</source>
        <translation>Konfliktmonate in diesem Zeitraum</translation>
    </message>
    <message>
        <source>BOB</source>
        <translation>BOB</translation>
    </message>
    <message>
        <source>IVT</source>
        <translation>EEB</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>EGB</translation>
    </message>
    <message>
        <source>Zorgtoeslag</source>
        <translation>Pflegezulage</translation>
    </message>
    <message>
        <source>IVT+IT</source>
        <translation>EEB+EGB</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>sourced</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <source>carried</source>
        <translation>fortgeschrieben</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>no law value published (Brussels scale)</source>
        <translation>kein gesetzlicher Wert veröffentlicht (Brüsseler Tabelle)</translation>
    </message>
    <message>
        <source>no law value published (Walloon scale)</source>
        <translation>kein gesetzlicher Wert veröffentlicht (wallonische Tabelle)</translation>
    </message>
    <message>
        <source>no law value published</source>
        <translation>kein gesetzlicher Wert veröffentlicht</translation>
    </message>
    <message>
        <source>not compared (before age 17)</source>
        <translation>nicht verglichen (vor 17 Jahren)</translation>
    </message>
    <message>
        <source>not compared (after age 21)</source>
        <translation>nicht verglichen (nach 21 Jahren)</translation>
    </message>
    <message>
        <source>%1 to %2 EUR</source>
        <translation>%1 bis %2 EUR</translation>
    </message>
    <message>
        <source>no law value published before %1</source>
        <translation>kein gesetzlicher Wert vor %1 veröffentlicht</translation>
    </message>
    <message>
        <source>no law value published for some months</source>
        <translation>für einige Monate kein gesetzlicher Wert veröffentlicht</translation>
    </message>
    <message>
        <source>The comparison concerns the months from the 17th up to the 21st birthday; this period lies outside them.</source>
        <translation>Der Vergleich betrifft die Monate vom 17. bis zum 21. Geburtstag; dieser Zeitraum liegt außerhalb.</translation>
    </message>
    <message>
        <source>Monthly amount in force each month (law data, as the simulation uses it), from the 17th up to the 21st birthday:</source>
        <translation>Monatsbetrag, der in jedem Monat gilt (gesetzliche Daten, wie die Simulation sie verwendet), vom 17. bis zum 21. Geburtstag:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>PeriodsTable</name>
    <message>
        <source>Periods</source>
        <translation>Zeiträume</translation>
    </message>
    <message>
        <source>Periods table</source>
        <translation>Tabelle der Zeiträume</translation>
    </message>
    <message>
        <source>Every BOB, IVT, IT and zorgtoeslag period of the dossier; click a column header to sort</source>
        <translation>Alle BOB-, EEB-, EGB- und Pflegezulage-Zeiträume der Akte; klicken Sie auf eine Spaltenüberschrift, um zu sortieren</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>The language of the window&apos;s texts, dates and amounts; used from the next start</source>
        <translation>Die Sprache der Texte, Datumsangaben und Beträge im Fenster; gilt ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Loc&amp;k the window after (minutes without input):</source>
        <translation>&amp;Fenster sperren nach (Minuten ohne Eingabe):</translation>
    </message>
    <message>
        <source>&amp;Sync every (minutes):</source>
        <translation>S&amp;ynchronisieren alle (Minuten):</translation>
    </message>
    <message>
        <source>Minutes without input before locking</source>
        <translation>Minuten ohne Eingabe bis zum Sperren</translation>
    </message>
    <message>
        <source>Minutes between two syncs</source>
        <translation>Minuten zwischen zwei Synchronisierungen</translation>
    </message>
    <message>
        <source>From 1 to 120 minutes; then the window hides the data and asks your password</source>
        <translation>Von 1 bis 120 Minuten; danach verbirgt das Fenster die Daten und fragt nach Ihrem Passwort</translation>
    </message>
    <message>
        <source>From 1 to 60 minutes between two background syncs; F5 syncs at once</source>
        <translation>Von 1 bis 60 Minuten zwischen zwei Synchronisierungen im Hintergrund; F5 synchronisiert sofort</translation>
    </message>
    <message>
        <source>Keep these preferences and apply them at once (Enter)</source>
        <translation>Diese Einstellungen übernehmen und sofort anwenden (Enter)</translation>
    </message>
    <message>
        <source>Close without changing anything (Esc)</source>
        <translation>Schließen, ohne etwas zu ändern (Esc)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>The lock hides personal data and asks for your password again. The sync also runs at once with F5, and by itself as soon as the central database is back after a connection loss.</source>
        <translation>Die Sperre verbirgt personenbezogene Daten und fragt erneut nach Ihrem Passwort. Die Synchronisierung läuft mit F5 auch sofort, und von selbst, sobald die zentrale Datenbank nach einem Verbindungsverlust wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>The window changes language when you start CumulDesk again.</source>
        <translation>Das Fenster wechselt die Sprache, wenn Sie CumulDesk neu starten.</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <source>Propose a law value</source>
        <translation>Einen Rechtswert vorschlagen</translation>
    </message>
    <message>
        <source>The value is in force once another supervisor approves it; every desk then gets it with its next sync.</source>
        <translation>Der Wert ist in Kraft, sobald ein anderer Supervisor ihn genehmigt; jeder Arbeitsplatz erhält ihn dann bei seiner nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>&amp;Parameter:</source>
        <translation>&amp;Parameter:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>&amp;Gültig ab:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Source title:</source>
        <translation>&amp;Titel der Quelle:</translation>
    </message>
    <message>
        <source>&amp;Web address (optional):</source>
        <translation>We&amp;badresse (optional):</translation>
    </message>
    <message>
        <source>Law parameter</source>
        <translation>Gesetzlicher Parameter</translation>
    </message>
    <message>
        <source>The amount or rule the value is for</source>
        <translation>Der Betrag oder die Regel, für die der Wert gilt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>The category, points band or region the value is for</source>
        <translation>Die Kategorie, Punktespanne oder Region, für die der Wert gilt</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>The first day the value applies, as day/month/year</source>
        <translation>Der erste Tag, an dem der Wert gilt, als Tag/Monat/Jahr</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>for example 351,49</source>
        <translation>zum Beispiel 351,49</translation>
    </message>
    <message>
        <source>The amount in euro, with a decimal comma, for example 351,49</source>
        <translation>Der Betrag in Euro, mit Dezimalkomma, zum Beispiel 351,49</translation>
    </message>
    <message>
        <source>Rule applies</source>
        <translation>Regel gilt</translation>
    </message>
    <message>
        <source>Yes: the rule applies from this day on</source>
        <translation>Ja: Die Regel gilt ab diesem Tag</translation>
    </message>
    <message>
        <source>Kind of value</source>
        <translation>Art des Werts</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Titel der Quelle</translation>
    </message>
    <message>
        <source>the act or public page, with its date</source>
        <translation>der Rechtsakt oder die öffentliche Seite, mit Datum</translation>
    </message>
    <message>
        <source>Required: the title of the act or public page the value was read on</source>
        <translation>Pflichtfeld: der Titel des Rechtsakts oder der öffentlichen Seite, auf der der Wert gelesen wurde</translation>
    </message>
    <message>
        <source>Web address of the source</source>
        <translation>Webadresse der Quelle</translation>
    </message>
    <message>
        <source>Optional: the address of the page, starting with https://</source>
        <translation>Optional: die Adresse der Seite, beginnend mit https://</translation>
    </message>
    <message>
        <source>Pr&amp;opose</source>
        <translation>&amp;Vorschlagen</translation>
    </message>
    <message>
        <source>Send the proposal to the central database (Enter)</source>
        <translation>Den Vorschlag an die zentrale Datenbank senden (Enter)</translation>
    </message>
    <message>
        <source>Close without proposing (Esc)</source>
        <translation>Schließen ohne Vorschlag (Esc)</translation>
    </message>
    <message>
        <source>EUR per year</source>
        <translation>EUR pro Jahr</translation>
    </message>
    <message>
        <source>EUR per month</source>
        <translation>EUR pro Monat</translation>
    </message>
    <message>
        <source>Sending the proposal ...</source>
        <translation>Der Vorschlag wird gesendet ...</translation>
    </message>
    <message>
        <source>The central database did not take the proposal: {reason}</source>
        <translation>Die zentrale Datenbank hat den Vorschlag nicht angenommen: {reason}</translation>
    </message>
</context>
<context>
    <name>PublishSenderDialog</name>
    <message>
        <source>Publish a sender-block field</source>
        <translation>Ein Feld der Absenderangaben veröffentlichen</translation>
    </message>
    <message>
        <source>The text is printed on every letter in this language from the next sync of each desk. The previous text stays on record.</source>
        <translation>Der Text wird ab der nächsten Synchronisierung jedes Arbeitsplatzes auf jedem Brief in dieser Sprache gedruckt. Der bisherige Text bleibt gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Feld:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>The part of the sender block to publish</source>
        <translation>Der zu veröffentlichende Teil der Absenderangaben</translation>
    </message>
    <message>
        <source>Language of the letters</source>
        <translation>Sprache der Briefe</translation>
    </message>
    <message>
        <source>The letters in this language print the text</source>
        <translation>Die Briefe in dieser Sprache drucken den Text</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>One line per printed line, for example the lines of the address</source>
        <translation>Eine Zeile je gedruckte Zeile, zum Beispiel die Zeilen der Anschrift</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>the public page or decision it comes from</source>
        <translation>die öffentliche Seite oder Entscheidung, aus der der Text stammt</translation>
    </message>
    <message>
        <source>Where the text comes from; without a source the letters ask to confirm it</source>
        <translation>Woher der Text stammt; ohne Quelle verlangen die Briefe eine Bestätigung</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish in the central database (Enter)</source>
        <translation>In der zentralen Datenbank veröffentlichen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Close without publishing (Esc)</source>
        <translation>Schließen, ohne zu veröffentlichen (Esc)</translation>
    </message>
    <message>
        <source>Type the text to print.</source>
        <translation>Geben Sie den zu druckenden Text ein.</translation>
    </message>
    <message>
        <source>Publishing ...</source>
        <translation>Wird veröffentlicht ...</translation>
    </message>
    <message>
        <source>The central database did not publish it: {reason}</source>
        <translation>Die zentrale Datenbank hat es nicht veröffentlicht: {reason}</translation>
    </message>
</context>
<context>
    <name>RebuildCacheDialog</name>
    <message>
        <source>Rebuild your local cache</source>
        <translation>Ihren lokalen Cache neu aufbauen</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Was nicht stimmt</translation>
    </message>
    <message>
        <source>What would be lost</source>
        <translation>Was verloren ginge</translation>
    </message>
    <message>
        <source>Counting the changes not yet sent ...</source>
        <translation>Die noch nicht gesendeten Änderungen werden gezählt ...</translation>
    </message>
    <message>
        <source>A new cache is filled with your team&apos;s dossiers from the central database. The old cache file is not deleted: it is kept in a private backup folder beside it, in CumulDesk&apos;s data folder.</source>
        <translation>Ein neuer Cache wird mit den Akten Ihres Teams aus der zentralen Datenbank gefüllt. Die alte Cache-Datei wird nicht gelöscht: Sie wird in einem privaten Sicherungsordner daneben aufbewahrt, im Datenordner von CumulDesk.</translation>
    </message>
    <message>
        <source>&amp;New cache passphrase:</source>
        <translation>&amp;Neue Cache-Passphrase:</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>New cache passphrase</source>
        <translation>Neue Cache-Passphrase</translation>
    </message>
    <message>
        <source>This computer has no system keyring: choose the passphrase of the new local cache (at least 12 characters)</source>
        <translation>Dieser Computer hat keinen System-Schlüsselbund: Wählen Sie die Passphrase des neuen lokalen Caches (mindestens 12 Zeichen)</translation>
    </message>
    <message>
        <source>New cache passphrase again</source>
        <translation>Neue Cache-Passphrase wiederholt</translation>
    </message>
    <message>
        <source>The same passphrase once more, to be sure it is typed as meant</source>
        <translation>Dieselbe Passphrase noch einmal, um sicherzugehen, dass sie wie gewollt eingegeben ist</translation>
    </message>
    <message>
        <source>&amp;Type your username ({0}) to confirm that they may be lost:</source>
        <translation>&amp;Geben Sie Ihren Benutzernamen ({0}) ein, um zu bestätigen, dass sie verloren gehen dürfen:</translation>
    </message>
    <message>
        <source>Username, typed to confirm</source>
        <translation>Benutzername, zur Bestätigung eingegeben</translation>
    </message>
    <message>
        <source>The rebuild starts only when your username is typed here</source>
        <translation>Der Neuaufbau beginnt erst, wenn Ihr Benutzername hier eingegeben ist</translation>
    </message>
    <message>
        <source>Rebuild message</source>
        <translation>Meldung zum Neuaufbau</translation>
    </message>
    <message>
        <source>Rebuilding the local cache</source>
        <translation>Der lokale Cache wird neu aufgebaut</translation>
    </message>
    <message>
        <source>&amp;Rebuild</source>
        <translation>Neu &amp;aufbauen</translation>
    </message>
    <message>
        <source>Set the old cache aside and fill a new one from the central database</source>
        <translation>Den alten Cache beiseitelegen und einen neuen aus der zentralen Datenbank füllen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Change nothing (Esc)</source>
        <translation>Nichts ändern (Esc)</translation>
    </message>
    <message>
        <source>&amp;Continue signing in</source>
        <translation>Anmeldung &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Sign in with the new local cache (Enter)</source>
        <translation>Mit dem neuen lokalen Cache anmelden (Eingabe)</translation>
    </message>
    <message>
        <source>Your local cache file is empty (0 bytes).</source>
        <translation>Ihre lokale Cache-Datei ist leer (0 Byte).</translation>
    </message>
    <message>
        <source>Your local cache file is cut short (truncated).</source>
        <translation>Ihre lokale Cache-Datei ist abgeschnitten (unvollständig).</translation>
    </message>
    <message>
        <source>Your local cache file was replaced by a link to something else.</source>
        <translation>Ihre lokale Cache-Datei wurde durch eine Verknüpfung zu etwas anderem ersetzt.</translation>
    </message>
    <message>
        <source>Something that is not a file stands where your local cache file belongs.</source>
        <translation>An der Stelle Ihrer lokalen Cache-Datei steht etwas, das keine Datei ist.</translation>
    </message>
    <message>
        <source>Your local cache file lacks CumulDesk&apos;s bookkeeping.</source>
        <translation>Ihrer lokalen Cache-Datei fehlen die Verwaltungsdaten von CumulDesk.</translation>
    </message>
    <message>
        <source>Events were removed from the audit trail of your local cache.</source>
        <translation>Aus dem Prüfprotokoll Ihres lokalen Caches wurden Ereignisse entfernt.</translation>
    </message>
    <message>
        <source>Your local cache file is damaged or was changed outside CumulDesk.</source>
        <translation>Ihre lokale Cache-Datei ist beschädigt oder wurde außerhalb von CumulDesk geändert.</translation>
    </message>
    <message>
        <source>Your local cache does not open with the cache passphrase typed: it is probably mistyped. Cancel and type it again, unless it is lost for good.</source>
        <translation>Ihr lokaler Cache öffnet sich nicht mit der eingegebenen Passphrase: Sie ist wahrscheinlich falsch eingegeben. Brechen Sie ab und geben Sie sie erneut ein, es sei denn, sie ist endgültig verloren.</translation>
    </message>
    <message>
        <source>Your local cache does not open with the key kept in this computer&apos;s keyring (the key is missing, or it is another one).</source>
        <translation>Ihr lokaler Cache öffnet sich nicht mit dem Schlüssel im Schlüsselbund dieses Computers (der Schlüssel fehlt oder es ist ein anderer).</translation>
    </message>
    <message>
        <source>Your local cache belongs to another handler or was filled from another central database.</source>
        <translation>Ihr lokaler Cache gehört einem anderen Sachbearbeiter oder wurde aus einer anderen zentralen Datenbank gefüllt.</translation>
    </message>
    <message>
        <source>The changes in it that were not yet sent to the central database cannot be counted, because it does not open: they will be lost.</source>
        <translation>Die darin enthaltenen, noch nicht an die zentrale Datenbank gesendeten Änderungen können nicht gezählt werden, weil er sich nicht öffnet: Sie gehen verloren.</translation>
    </message>
    <message>
        <source>It holds no change that is not in the central database: nothing is lost.</source>
        <translation>Er enthält keine Änderung, die nicht in der zentralen Datenbank ist: Nichts geht verloren.</translation>
    </message>
    <message>
        <source>{0} change(s) not yet sent to the central database will be lost: {1} note(s), {2} case change(s), {3} letter(s), {4} audit event(s).</source>
        <translation>{0} noch nicht an die zentrale Datenbank gesendete Änderung(en) gehen verloren: {1} Notiz(en), {2} Vorgangsänderung(en), {3} Brief(e), {4} Prüfereignis(se).</translation>
    </message>
    <message>
        <source>What the cache holds cannot be counted now, so it is not rebuilt.</source>
        <translation>Was der Cache enthält, kann jetzt nicht gezählt werden; er wird daher nicht neu aufgebaut.</translation>
    </message>
    <message>
        <source>Wait until the changes are counted.</source>
        <translation>Warten Sie, bis die Änderungen gezählt sind.</translation>
    </message>
    <message>
        <source>The new cache passphrase needs at least 12 characters.</source>
        <translation>Die neue Cache-Passphrase braucht mindestens 12 Zeichen.</translation>
    </message>
    <message>
        <source>The two new cache passphrases differ.</source>
        <translation>Die beiden neuen Cache-Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <source>Type your username to confirm.</source>
        <translation>Geben Sie zur Bestätigung Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Rebuilding your local cache ...</source>
        <translation>Ihr lokaler Cache wird neu aufgebaut ...</translation>
    </message>
    <message>
        <source>Storing dossiers: {0} of {1} ...</source>
        <translation>Akten werden gespeichert: {0} von {1} ...</translation>
    </message>
    <message>
        <source>Your local cache was rebuilt: {0} dossiers.</source>
        <translation>Ihr lokaler Cache wurde neu aufgebaut: {0} Akten.</translation>
    </message>
    <message>
        <source>The old cache is kept in {0}.</source>
        <translation>Der alte Cache wird in {0} aufbewahrt.</translation>
    </message>
    <message>
        <source>The old cache could not be kept as a backup.</source>
        <translation>Der alte Cache konnte nicht als Sicherung aufbewahrt werden.</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject a proposed value</source>
        <translation>Einen vorgeschlagenen Wert ablehnen</translation>
    </message>
    <message>
        <source>Reject {what}? It will not be in force.</source>
        <translation>{what} ablehnen? Der Wert tritt nicht in Kraft.</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Grund (optional):</translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation>Grund der Ablehnung</translation>
    </message>
    <message>
        <source>Optional: why the value is rejected, for the supervisor who proposed it</source>
        <translation>Optional: warum der Wert abgelehnt wird, für den Supervisor, der ihn vorgeschlagen hat</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Reject the proposed value (Enter)</source>
        <translation>Den vorgeschlagenen Wert ablehnen (Enter)</translation>
    </message>
    <message>
        <source>Keep the proposal as it is (Esc)</source>
        <translation>Den Vorschlag unverändert lassen (Esc)</translation>
    </message>
</context>
<context>
    <name>RetroBanner</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Zur Kenntnis nehmen</translation>
    </message>
    <message>
        <source>Acknowledge the retroactive change</source>
        <translation>Die rückwirkende Änderung zur Kenntnis nehmen</translation>
    </message>
    <message>
        <source>I have seen this change; remove the flag from the work list</source>
        <translation>Ich habe diese Änderung gesehen; die Markierung aus der Arbeitsliste entfernen</translation>
    </message>
    <message>
        <source>Retroactive change</source>
        <translation>Rückwirkende Änderung</translation>
    </message>
    <message>
        <source>Retroactive change: an IVT/IT decision was changed after the fact (by sync).</source>
        <translation>Rückwirkende Änderung: Eine EEB/EGB-Entscheidung wurde nachträglich geändert (per Synchronisierung).</translation>
    </message>
    <message>
        <source>BOB becomes owed again for %1.</source>
        <translation>Das BOB ist für %1 wieder geschuldet.</translation>
    </message>
    <message>
        <source>BOB must stop for %1.</source>
        <translation>Das BOB muss für %1 gestoppt werden.</translation>
    </message>
    <message>
        <source>No month of the ban window changes.</source>
        <translation>Kein Monat des Verbotszeitraums ändert sich.</translation>
    </message>
    <message>
        <source>What to do: simulate again (%1) to see whether IVT/IT is still more favourable.</source>
        <translation>Vorgehen: Simulieren Sie erneut (%1), um zu prüfen, ob die EEB/EGB weiterhin günstiger ist.</translation>
    </message>
    <message>
        <source>A renunciation proposal was sent on %1: check whether it still holds, and tell the applicant if it does not.</source>
        <translation>Am %1 wurde ein Verzichtsvorschlag versandt: Prüfen Sie, ob er noch zutrifft, und informieren Sie den Antragsteller, wenn dies nicht der Fall ist.</translation>
    </message>
    <message>
        <source>Then press Acknowledge: the dossier leaves the work list&apos;s filter.</source>
        <translation>Klicken Sie danach auf Zur Kenntnis nehmen: Die Akte verlässt den Filter der Arbeitsliste.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search case, INSZ or name (Ctrl+F)</source>
        <translation>Vorgang, ENSS oder Name suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the work list</source>
        <translation>Die Arbeitsliste durchsuchen</translation>
    </message>
    <message>
        <source>Shows the cases whose reference, INSZ (typed in any form) or name contains the text. Down arrow moves to the table, Escape clears.</source>
        <translation>Zeigt die Vorgänge, deren Zeichen, ENSS (in beliebiger Form eingegeben) oder Name den Text enthält. Pfeil nach unten wechselt zur Tabelle, Escape leert das Feld.</translation>
    </message>
    <message>
        <source>Search by case reference, INSZ or name (Ctrl+F)</source>
        <translation>Nach Vorgangszeichen, ENSS oder Name suchen (Ctrl+F)</translation>
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
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
</context>
<context>
    <name>SenderBlockPanel</name>
    <message>
        <source>What every letter prints as its sender, per language, as this desk holds it (as of the last sync). A field that is not published or has no source is said on the letter, and finalising the letter asks to confirm it.</source>
        <translation>Was jeder Brief als Absender druckt, je Sprache, wie dieser Arbeitsplatz es gespeichert hat (Stand der letzten Synchronisierung). Ein nicht veröffentlichtes Feld oder ein Feld ohne Quelle wird auf dem Brief vermerkt, und beim Abschließen des Briefes wird eine Bestätigung verlangt.</translation>
    </message>
    <message>
        <source>The sender block is read-only for you: supervisors publish it.</source>
        <translation>Die Absenderangaben sind für Sie schreibgeschützt: Supervisoren veröffentlichen sie.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Sender block</source>
        <translation>Absenderangaben</translation>
    </message>
    <message>
        <source>Every field of the letters&apos; sender block in each language, with its source</source>
        <translation>Jedes Feld der Absenderangaben der Briefe in jeder Sprache, mit seiner Quelle</translation>
    </message>
    <message>
        <source>P&amp;ublish a field ...</source>
        <translation>Feld &amp;veröffentlichen ...</translation>
    </message>
    <message>
        <source>Publish the selected field in the central database (Enter on a row)</source>
        <translation>Das gewählte Feld in der zentralen Datenbank veröffentlichen (Eingabetaste auf einer Zeile)</translation>
    </message>
    <message>
        <source>Rea&amp;d again</source>
        <translation>Erne&amp;ut einlesen</translation>
    </message>
    <message>
        <source>Read the sender block of this desk again</source>
        <translation>Die Absenderangaben dieses Arbeitsplatzes erneut einlesen</translation>
    </message>
    <message>
        <source>Sender block message</source>
        <translation>Meldung zu den Absenderangaben</translation>
    </message>
    <message>
        <source>The sender block could not be read: {reason}</source>
        <translation>Die Absenderangaben konnten nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Not sourced</source>
        <translation>Ohne Quelle</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Published: {field} ({language}), version {version}. Every desk prints it after its next sync.</source>
        <translation>Veröffentlicht: {field} ({language}), Version {version}. Jeder Arbeitsplatz druckt es nach seiner nächsten Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every action of the window with the keys that do it, one per row</source>
        <translation>Alle Aktionen des Fensters mit den zugehörigen Tasten, eine pro Zeile</translation>
    </message>
    <message>
        <source>Close this list (Esc)</source>
        <translation>Diese Liste schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Offline sign-in has expired on this computer: your last online sign-in was more than {days} days ago. Connect to the central database once (sign in while it can be reached); then you can work offline again.</source>
        <translation>Die Offline-Anmeldung ist auf diesem Computer abgelaufen: Ihre letzte Online-Anmeldung liegt mehr als {days} Tage zurück. Verbinden Sie sich einmal mit der zentralen Datenbank (melden Sie sich an, während sie erreichbar ist); danach können Sie wieder offline arbeiten.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to CumulDesk</source>
        <translation>Bei CumulDesk anmelden</translation>
    </message>
    <message>
        <source>Sign in with your CumulDesk account.</source>
        <translation>Melden Sie sich mit Ihrem CumulDesk-Konto an.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Cache passphrase:</source>
        <translation>&amp;Cache-Passphrase:</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so your local cache is locked with a passphrase (the first time, choose one of at least 12 characters).</source>
        <translation>Dieser Computer hat keinen System-Schlüsselbund, deshalb ist Ihr lokaler Cache mit einer Passphrase geschützt (wählen Sie beim ersten Mal eine mit mindestens 12 Zeichen).</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Your CumulDesk user name (Alt+U)</source>
        <translation>Ihr CumulDesk-Benutzername (Alt+U)</translation>
    </message>
    <message>
        <source>The password of your CumulDesk account; Enter signs in (Alt+P)</source>
        <translation>Das Passwort Ihres CumulDesk-Kontos; Enter meldet Sie an (Alt+P)</translation>
    </message>
    <message>
        <source>Cache passphrase</source>
        <translation>Cache-Passphrase</translation>
    </message>
    <message>
        <source>Demo accounts (synthetic data only)</source>
        <translation>Demokonten (nur synthetische Daten)</translation>
    </message>
    <message>
        <source>Demo mode: no central database is configured, so CumulDesk works on synthetic demo data kept on this computer (made at the first start). Double-click an account, or select it and press Enter, to fill in the fields.</source>
        <translation>Demomodus: Es ist keine zentrale Datenbank konfiguriert, deshalb arbeitet CumulDesk mit synthetischen Demodaten, die auf diesem Computer gespeichert sind (beim ersten Start erstellt). Doppelklicken Sie auf ein Konto oder wählen Sie es aus und drücken Sie Enter, um die Felder auszufüllen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Demokonten</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Anmeldemeldung</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation>Anmelden (Enter)</translation>
    </message>
    <message>
        <source>&amp;Rebuild local cache...</source>
        <translation>Lokalen Cache &amp;neu aufbauen...</translation>
    </message>
    <message>
        <source>Rebuild local cache</source>
        <translation>Lokalen Cache neu aufbauen</translation>
    </message>
    <message>
        <source>Replace the local cache that does not open with a new one from the central database; says first what would be lost</source>
        <translation>Den lokalen Cache, der sich nicht öffnet, durch einen neuen aus der zentralen Datenbank ersetzen; sagt zuerst, was verloren ginge</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Close CumulDesk without signing in (Esc)</source>
        <translation>CumulDesk ohne Anmeldung schließen (Esc)</translation>
    </message>
    <message>
        <source>Type your username and your password.</source>
        <translation>Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in ...</source>
        <translation>Anmeldung läuft ...</translation>
    </message>
    <message>
        <source>First start: making the demo data ({0} of {1} persons) ...</source>
        <translation>Erster Start: Die Demodaten werden erstellt ({0} von {1} Personen) ...</translation>
    </message>
    <message>
        <source>Checking your password ...</source>
        <translation>Ihr Passwort wird geprüft ...</translation>
    </message>
    <message>
        <source>Opening your local cache ...</source>
        <translation>Ihr lokaler Cache wird geöffnet ...</translation>
    </message>
    <message>
        <source>Wrong username or password. Please try again.</source>
        <translation>Falscher Benutzername oder falsches Passwort. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your local cache on this computer is damaged or was changed outside CumulDesk, so it cannot be opened. Nothing was changed.</source>
        <translation>Ihr lokaler Cache auf diesem Computer ist beschädigt oder wurde außerhalb von CumulDesk geändert und kann daher nicht geöffnet werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Your local cache does not open with this cache passphrase: it is probably mistyped. Type it again.</source>
        <translation>Ihr lokaler Cache öffnet sich nicht mit dieser Passphrase: Sie ist wahrscheinlich falsch eingegeben. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Your local cache does not open with the key kept in this computer&apos;s keyring.</source>
        <translation>Ihr lokaler Cache öffnet sich nicht mit dem Schlüssel im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>Your local cache belongs to another handler or was filled from another central database.</source>
        <translation>Ihr lokaler Cache gehört einem anderen Sachbearbeiter oder wurde aus einer anderen zentralen Datenbank gefüllt.</translation>
    </message>
    <message>
        <source>If it cannot be opened any more, choose Rebuild local cache: it says first what would be lost.</source>
        <translation>Wenn er sich nicht mehr öffnen lässt, wählen Sie Lokalen Cache neu aufbauen: Dort steht zuerst, was verloren ginge.</translation>
    </message>
    <message>
        <source>Rebuilding it needs the central database, which cannot be reached now.</source>
        <translation>Zum Neuaufbau wird die zentrale Datenbank benötigt, die jetzt nicht erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>SignInGuard</name>
    <message>
        <source>This is failed sign-in {count} in a row for this username on this computer: the central database slows down every further attempt and, after more failures, refuses this computer for a while. Check the username and the password (Caps Lock?), or ask a supervisor to set a new password.</source>
        <translation>Dies ist die {count}. fehlgeschlagene Anmeldung in Folge für diesen Benutzernamen auf diesem Computer: Die zentrale Datenbank verlangsamt jeden weiteren Versuch und weist diesen Computer nach weiteren Fehlschlägen eine Zeit lang ab. Prüfen Sie Benutzernamen und Passwort (Feststelltaste?), oder bitten Sie einen Supervisor, ein neues Passwort festzulegen.</translation>
    </message>
    <message>
        <source>This is failed sign-in {count} in a row for this username on this computer. Check the password (Caps Lock?); if it is forgotten, ask a supervisor to set a new one and sign in once while the central database can be reached (the central database slows down repeated failures too).</source>
        <translation>Dies ist die {count}. fehlgeschlagene Anmeldung in Folge für diesen Benutzernamen auf diesem Computer. Prüfen Sie das Passwort (Feststelltaste?); haben Sie es vergessen, bitten Sie einen Supervisor um ein neues und melden Sie sich einmal an, während die zentrale Datenbank erreichbar ist (auch die zentrale Datenbank verlangsamt wiederholte Fehlschläge).</translation>
    </message>
    <message>
        <source>This is failed sign-in {count} in a row for this username on this computer: CumulDesk waits longer before each further attempt. Check the username and the password (Caps Lock?), or ask a supervisor to set a new password.</source>
        <translation>Dies ist die {count}. fehlgeschlagene Anmeldung in Folge für diesen Benutzernamen auf diesem Computer: CumulDesk wartet vor jedem weiteren Versuch länger. Prüfen Sie Benutzernamen und Passwort (Feststelltaste?), oder bitten Sie einen Supervisor, ein neues Passwort festzulegen.</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>a Brussels zorgtoeslag cannot be computed from points: the Brussels supplement has its own scale, which differs from the Flemish one. Enter the decided monthly amount.</source>
        <translation>eine Brüsseler Pflegezulage kann nicht aus Punkten berechnet werden: Die Brüsseler Zulage hat eine eigene Skala, die sich von der flämischen unterscheidet. Geben Sie den beschlossenen Monatsbetrag ein.</translation>
    </message>
</context>
<context>
    <name>SimulationForm</name>
    <message>
        <source>must be 0 to {max}</source>
        <translation>muss zwischen 0 und {max} liegen</translation>
    </message>
    <message>
        <source>enter an amount, for example 898,21</source>
        <translation>geben Sie einen Betrag ein, zum Beispiel 898,21</translation>
    </message>
    <message>
        <source>too large: at most {max}</source>
        <translation>zu hoch: höchstens {max}</translation>
    </message>
    <message>
        <source>more than one decimal comma</source>
        <translation>mehr als ein Dezimalkomma</translation>
    </message>
    <message>
        <source>dots must group the thousands, for example 1.234,56</source>
        <translation>Punkte dürfen nur die Tausender trennen, zum Beispiel 1.234,56</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>der Betrag darf nicht negativ sein</translation>
    </message>
    <message>
        <source>not an amount (use digits and a decimal comma, e.g. 898,21)</source>
        <translation>kein Betrag (verwenden Sie Ziffern und ein Dezimalkomma, z. B. 898,21)</translation>
    </message>
    <message>
        <source>not an amount (use digits and a decimal comma)</source>
        <translation>kein Betrag (verwenden Sie Ziffern und ein Dezimalkomma)</translation>
    </message>
    <message>
        <source>at most two decimals (cents)</source>
        <translation>höchstens zwei Dezimalstellen (Cent)</translation>
    </message>
    <message>
        <source>cannot exceed the total zorgtoeslag points ({total})</source>
        <translation>darf die Gesamtpunktzahl der Pflegezulage ({total}) nicht übersteigen</translation>
    </message>
</context>
<context>
    <name>SimulationPage</name>
    <message>
        <source>I&amp;VT</source>
        <translation>EE&amp;B</translation>
    </message>
    <message>
        <source>IVT monthly amount (EUR)</source>
        <translation>Monatsbetrag der EEB (EUR)</translation>
    </message>
    <message>
        <source>Own yearly income (EUR)</source>
        <translation>Eigenes Jahreseinkommen (EUR)</translation>
    </message>
    <message>
        <source>Partner&apos;s yearly income (EUR)</source>
        <translation>Jahreseinkommen des Partners (EUR)</translation>
    </message>
    <message>
        <source>I&amp;T</source>
        <translation>E&amp;GB</translation>
    </message>
    <message>
        <source>IT monthly amount (EUR)</source>
        <translation>Monatsbetrag der EGB (EUR)</translation>
    </message>
    <message>
        <source>IT points (0-%1)</source>
        <translation>EGB-Punkte (0-%1)</translation>
    </message>
    <message>
        <source>&amp;Zorgtoeslag</source>
        <translation>&amp;Pflegezulage</translation>
    </message>
    <message>
        <source>Zorgtoeslag monthly amount (EUR)</source>
        <translation>Monatsbetrag der Pflegezulage (EUR)</translation>
    </message>
    <message>
        <source>Zorgtoeslag points (0-%1)</source>
        <translation>Punkte der Pflegezulage (0-%1)</translation>
    </message>
    <message>
        <source>Pillar 1 points (0-%1)</source>
        <translation>Punkte in Säule 1 (0-%1)</translation>
    </message>
    <message>
        <source>&amp;BOB</source>
        <translation>B&amp;OB</translation>
    </message>
    <message>
        <source>BOB monthly amount (EUR)</source>
        <translation>Monatsbetrag des BOB (EUR)</translation>
    </message>
    <message>
        <source>IVT basis</source>
        <translation>Grundlage der EEB</translation>
    </message>
    <message>
        <source>IVT monthly amount</source>
        <translation>Monatsbetrag der EEB</translation>
    </message>
    <message>
        <source>IVT category</source>
        <translation>Kategorie der EEB</translation>
    </message>
    <message>
        <source>Own yearly income</source>
        <translation>Eigenes Jahreseinkommen</translation>
    </message>
    <message>
        <source>Partner&apos;s yearly income</source>
        <translation>Jahreseinkommen des Partners</translation>
    </message>
    <message>
        <source>IT basis</source>
        <translation>Grundlage der EGB</translation>
    </message>
    <message>
        <source>IT monthly amount</source>
        <translation>Monatsbetrag der EGB</translation>
    </message>
    <message>
        <source>IT points</source>
        <translation>EGB-Punkte</translation>
    </message>
    <message>
        <source>Zorgtoeslag basis</source>
        <translation>Grundlage der Pflegezulage</translation>
    </message>
    <message>
        <source>Zorgtoeslag monthly amount</source>
        <translation>Monatsbetrag der Pflegezulage</translation>
    </message>
    <message>
        <source>Zorgtoeslag points</source>
        <translation>Punkte der Pflegezulage</translation>
    </message>
    <message>
        <source>Pillar 1 points</source>
        <translation>Punkte in Säule 1</translation>
    </message>
    <message>
        <source>BOB monthly amount</source>
        <translation>Monatsbetrag des BOB</translation>
    </message>
    <message>
        <source>Voluntary switch</source>
        <translation>Freiwilliger Wechsel</translation>
    </message>
    <message>
        <source>First payment month</source>
        <translation>Erster Zahlungsmonat</translation>
    </message>
    <message>
        <source>Notified month</source>
        <translation>Meldemonat</translation>
    </message>
    <message>
        <source>First &amp;payment month</source>
        <translation>Erster Zahlungs&amp;monat</translation>
    </message>
    <message>
        <source>&amp;Notified month</source>
        <translation>Me&amp;ldemonat</translation>
    </message>
    <message>
        <source>Decided monthly amount</source>
        <translation>Beschlossener Monatsbetrag</translation>
    </message>
    <message>
        <source>Computed: category %1</source>
        <translation>Berechnet: Kategorie %1</translation>
    </message>
    <message>
        <source>No IT</source>
        <translation>Keine EGB</translation>
    </message>
    <message>
        <source>No zorgtoeslag</source>
        <translation>Keine Pflegezulage</translation>
    </message>
    <message>
        <source>Computed from points</source>
        <translation>Aus den Punkten berechnet</translation>
    </message>
    <message>
        <source>In the dossier&apos;s BOB periods</source>
        <translation>In den BOB-Zeiträumen der Akte</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Jeden Monat</translation>
    </message>
    <message>
        <source>Decided amount, every month</source>
        <translation>Beschlossener Betrag, jeden Monat</translation>
    </message>
    <message>
        <source>No BOB</source>
        <translation>Kein BOB</translation>
    </message>
    <message>
        <source>BOB at the amount in force (from the law parameters) in the months of the dossier&apos;s BOB periods or in every month, or a decided monthly amount</source>
        <translation>BOB zum geltenden Betrag (aus den gesetzlichen Parametern) in den Monaten der BOB-Zeiträume der Akte oder in jedem Monat, oder ein beschlossener Monatsbetrag</translation>
    </message>
    <message>
        <source>The IVT decided monthly amount, or computed from a category and the incomes (Alt+V)</source>
        <translation>Der beschlossene Monatsbetrag der EEB oder aus einer Kategorie und den Einkommen berechnet (Alt+B)</translation>
    </message>
    <message>
        <source>No IT, a decided monthly amount, or computed from the IT points (Alt+T)</source>
        <translation>Keine EGB, ein beschlossener Monatsbetrag oder aus den EGB-Punkten berechnet (Alt+G)</translation>
    </message>
    <message>
        <source>No zorgtoeslag, a decided monthly amount, or computed from the points (Alt+Z)</source>
        <translation>Keine Pflegezulage, ein beschlossener Monatsbetrag oder aus den Punkten berechnet (Alt+P)</translation>
    </message>
    <message>
        <source>The points of the IT decision; they give the IT amount</source>
        <translation>Die Punkte der EGB-Entscheidung; aus ihnen ergibt sich der EGB-Betrag</translation>
    </message>
    <message>
        <source>The points of the zorgtoeslag decision, all pillars</source>
        <translation>Die Punkte der Pflegezulage-Entscheidung, alle Säulen</translation>
    </message>
    <message>
        <source>Of those points, how many are in pillar 1</source>
        <translation>Wie viele dieser Punkte in Säule 1 liegen</translation>
    </message>
    <message>
        <source>From NRTH: BOB is kept</source>
        <translation>Von NRTH: BOB bleibt erhalten</translation>
    </message>
    <message>
        <source>Applies to BOB every month or a decided amount; with the dossier&apos;s BOB periods, each period&apos;s own mark counts.</source>
        <translation>Gilt für BOB jeden Monat oder einen beschlossenen Betrag; bei den BOB-Zeiträumen der Akte zählt die eigene Markierung jedes Zeitraums.</translation>
    </message>
    <message>
        <source>for example 898,21</source>
        <translation>zum Beispiel 898,21</translation>
    </message>
    <message>
        <source>Monthly amount in EUR, with a decimal comma</source>
        <translation>Monatsbetrag in EUR, mit Dezimalkomma</translation>
    </message>
    <message>
        <source>for example 1.234,56</source>
        <translation>zum Beispiel 1.234,56</translation>
    </message>
    <message>
        <source>Yearly amount in EUR, with a decimal comma</source>
        <translation>Jahresbetrag in EUR, mit Dezimalkomma</translation>
    </message>
    <message>
        <source>From this month to the month of the 21st birthday; it must lie in the ban window</source>
        <translation>Von diesem Monat bis zum Monat des 21. Geburtstags; er muss im Verbotszeitraum liegen</translation>
    </message>
    <message>
        <source>The first month the zorgkas and the Groeipakket no longer pay once told of the IVT/IT (by default the month after today). The months before it are arrears: the IVT/IT is paid afterwards and the BOB already paid is kept.</source>
        <translation>Der erste Monat, in dem die Zorgkas und das Groeipakket nicht mehr zahlen, sobald sie von der EEB/EGB wissen (standardmäßig der Monat nach heute). Die Monate davor sind Nachzahlungen: Die EEB/EGB wird nachträglich gezahlt, und das bereits gezahlte BOB bleibt erhalten.</translation>
    </message>
    <message>
        <source>No ban window: the person turned 21 before the ban</source>
        <translation>Kein Verbotszeitraum: Die Person wurde vor dem Verbot 21</translation>
    </message>
    <message>
        <source>Open a dossier, then choose Simulate to compare IVT/IT with zorgtoeslag + BOB.</source>
        <translation>Öffnen Sie eine Akte und wählen Sie dann „Simulieren“, um EEB/EGB mit Pflegezulage + BOB zu vergleichen.</translation>
    </message>
    <message>
        <source>Simulation: IVT/IT against zorgtoeslag + BOB</source>
        <translation>Simulation: EEB/EGB gegenüber Pflegezulage + BOB</translation>
    </message>
    <message>
        <source>Inputs (prefilled from the dossier)</source>
        <translation>Eingaben (aus der Akte vorausgefüllt)</translation>
    </message>
    <message>
        <source>Reset to dossier v&amp;alues</source>
        <translation>Auf &amp;Aktenwerte zurücksetzen</translation>
    </message>
    <message>
        <source>Put back the dossier&apos;s own values (Alt+A)</source>
        <translation>Die eigenen Werte der Akte wiederherstellen (Alt+A)</translation>
    </message>
    <message>
        <source>Reset to dossier values</source>
        <translation>Auf Aktenwerte zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Draft letter…</source>
        <translation>Brief en&amp;twerfen…</translation>
    </message>
    <message>
        <source>Draft letter</source>
        <translation>Brief entwerfen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Loading the simulation…</source>
        <translation>Die Simulation wird geladen…</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geboren am %1</translation>
    </message>
    <message>
        <source>The result below is from the last valid inputs.</source>
        <translation>Das Ergebnis unten beruht auf den letzten gültigen Eingaben.</translation>
    </message>
    <message>
        <source>Invalid input: %1</source>
        <translation>Ungültige Eingabe: %1</translation>
    </message>
    <message>
        <source>Changed from the dossier: %1</source>
        <translation>Gegenüber der Akte geändert: %1</translation>
    </message>
    <message>
        <source>Computed with %1.</source>
        <translation>Berechnet mit %1.</translation>
    </message>
    <message>
        <source>The letters module is not installed yet: no letter can be drafted.</source>
        <translation>Das Briefmodul ist noch nicht installiert: Es kann kein Brief entworfen werden.</translation>
    </message>
    <message>
        <source>Needs a valid simulation result.</source>
        <translation>Erfordert ein gültiges Simulationsergebnis.</translation>
    </message>
    <message>
        <source>Draft the letter from this result (Alt+D)</source>
        <translation>Den Brief aus diesem Ergebnis entwerfen (Alt+T)</translation>
    </message>
    <message>
        <source>Law parameters used</source>
        <translation>Verwendete gesetzliche Parameter</translation>
    </message>
    <message>
        <source>Month by month, amounts in EUR</source>
        <translation>Monat für Monat, Beträge in EUR</translation>
    </message>
    <message>
        <source>Months compared, amounts in EUR</source>
        <translation>Verglichene Monate, Beträge in EUR</translation>
    </message>
    <message>
        <source>One row per month; %1 marks a benefit that IVT/IT stops in that month</source>
        <translation>Eine Zeile pro Monat; %1 kennzeichnet eine Leistung, die die EEB/EGB in diesem Monat stoppt</translation>
    </message>
    <message>
        <source>Every law parameter this result used, with its value, date and source; unverified ones are marked</source>
        <translation>Alle gesetzlichen Parameter, die dieses Ergebnis verwendet hat, mit Wert, Datum und Quelle; nicht geprüfte sind markiert</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Export nach Excel…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export nach Excel</translation>
    </message>
    <message>
        <source>Save this month table, its totals and the law parameters used as an Excel workbook (Alt+E)</source>
        <translation>Diese Monatstabelle, ihre Summen und die verwendeten gesetzlichen Parameter als Excel-Arbeitsmappe speichern (Alt+E)</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Exportergebnis</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Alle Monate</translation>
    </message>
    <message>
        <source>Arrears (before %1)</source>
        <translation>Nachzahlungen (vor %1)</translation>
    </message>
    <message>
        <source>From the notification on (%1)</source>
        <translation>Ab der Meldung (%1)</translation>
    </message>
    <message>
        <source>Some values used are not read on a public page: check them before deciding.</source>
        <translation>Einige verwendete Werte wurden nicht auf einer öffentlichen Seite gelesen: Prüfen Sie sie, bevor Sie entscheiden.</translation>
    </message>
    <message>
        <source>Months compared</source>
        <translation>Verglichene Monate</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Monat für Monat</translation>
    </message>
    <message>
        <source>Simulation results</source>
        <translation>Ergebnisse der Simulation</translation>
    </message>
    <message>
        <source>The months compared with their totals, or the law parameters used; the arrow keys switch</source>
        <translation>Die verglichenen Monate mit ihren Summen oder die verwendeten gesetzlichen Parameter; mit den Pfeiltasten wechseln</translation>
    </message>
    <message>
        <source>%1 = IVT/IT stops this benefit in that month (not paid together with IVT/IT). Federal total = IVT + IT + what is kept. Difference = federal total - Flemish total.</source>
        <translation>%1 = die EEB/EGB stoppt diese Leistung in diesem Monat (nicht zusammen mit der EEB/EGB gezahlt). Föderale Summe = EEB + EGB + was behalten wird. Unterschied = föderale Summe - flämische Summe.</translation>
    </message>
    <message>
        <source>Kept: the BOB of an arrears month or of a voluntary switch, a zorgtoeslag without a ban; they stay beside the IVT/IT, on both sides.</source>
        <translation>Behalten: das BOB eines Nachzahlungsmonats oder nach einem freiwilligen Wechsel, eine Pflegezulage ohne Verbot; sie bleiben neben der EEB/EGB, auf beiden Seiten.</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>No law parameter was needed: every amount is a decided amount and no month has a cumulation ban.</source>
        <translation>Es wurde kein gesetzlicher Parameter benötigt: Jeder Betrag ist ein beschlossener Betrag und in keinem Monat gilt ein Kumulierungsverbot.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open points of law, default assumed until a supervisor confirms it: %1.</source>
        <translation>Offene Rechtsfragen, Standardwert angenommen, bis ein Supervisor ihn bestätigt: %1.</translation>
    </message>
    <message>
        <source>Export the simulation to Excel</source>
        <translation>Die Simulation nach Excel exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the simulation…</source>
        <translation>Die Simulation wird exportiert…</translation>
    </message>
    <message>
        <source>Exported the simulation to %1</source>
        <translation>Simulation exportiert nach %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not paid together with IVT/IT in this month (cumulation ban).</source>
        <translation>In diesem Monat nicht zusammen mit der EEB/EGB gezahlt (Kumulierungsverbot).</translation>
    </message>
    <message>
        <source>EUR per month</source>
        <translation>EUR pro Monat</translation>
    </message>
    <message>
        <source>zorgtoeslag</source>
        <translation>Pflegezulage</translation>
    </message>
    <message>
        <source>BOB</source>
        <translation>BOB</translation>
    </message>
    <message>
        <source>IVT/IT stops %1 in this month.</source>
        <translation>Die EEB/EGB stoppt in diesem Monat: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>IVT</source>
        <translation>EEB</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>EGB</translation>
    </message>
    <message>
        <source>Zorgtoeslag</source>
        <translation>Pflegezulage</translation>
    </message>
    <message>
        <source>Federal total</source>
        <translation>Föderale Summe</translation>
    </message>
    <message>
        <source>Arrears month: the zorgtoeslag already paid is recovered (its ban applied then), so it is not on the federal side.</source>
        <translation>Nachzahlungsmonat: Die bereits gezahlte Pflegezulage wird zurückgefordert (das Verbot galt damals), sie steht also nicht auf der föderalen Seite.</translation>
    </message>
    <message>
        <source>Voluntary switch from NRTH: the BOB is kept with IVT/IT, on both sides.</source>
        <translation>Freiwilliger Wechsel von NRTH: Das BOB bleibt neben der EEB/EGB erhalten, auf beiden Seiten.</translation>
    </message>
    <message>
        <source>Arrears month: the BOB already paid is kept (the zorgkas recovers nothing), on both sides.</source>
        <translation>Nachzahlungsmonat: Das bereits gezahlte BOB bleibt erhalten (die Zorgkas fordert nichts zurück), auf beiden Seiten.</translation>
    </message>
    <message>
        <source>No ban on the BOB with IVT/IT in this month: it is kept on both sides.</source>
        <translation>Kein Kumulierungsverbot für das BOB mit EEB/EGB in diesem Monat: Es bleibt auf beiden Seiten erhalten.</translation>
    </message>
    <message>
        <source>Arrears month: the zorgtoeslag already paid is not recovered, so it is on both sides.</source>
        <translation>Nachzahlungsmonat: Die bereits gezahlte Pflegezulage wird nicht zurückgefordert, sie steht also auf beiden Seiten.</translation>
    </message>
    <message>
        <source>No ban on the zorgtoeslag with IVT/IT in this month: it is kept on both sides.</source>
        <translation>Kein Kumulierungsverbot für die Pflegezulage mit EEB/EGB in diesem Monat: Sie bleibt auf beiden Seiten erhalten.</translation>
    </message>
    <message>
        <source>arrears</source>
        <translation>Nachzahlung</translation>
    </message>
    <message>
        <source>From the notified month on: the payers know of the IVT/IT.</source>
        <translation>Ab dem Meldemonat: Die Zahlstellen wissen von der EEB/EGB.</translation>
    </message>
    <message>
        <source>Before the notified month: the IVT/IT of this month is paid afterwards (arrears) and the BOB already paid is kept.</source>
        <translation>Vor dem Meldemonat: Die EEB/EGB dieses Monats wird nachträglich gezahlt (Nachzahlung), und das bereits gezahlte BOB bleibt erhalten.</translation>
    </message>
    <message>
        <source>EUR per month kept with the IVT/IT: on the federal side too, not part of IVT + IT</source>
        <translation>EUR pro Monat, die neben der EEB/EGB behalten werden: auch auf der föderalen Seite, nicht Teil von EEB + EGB</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Nachzahlung</translation>
    </message>
    <message>
        <source>Months before the notified month: the IVT/IT is paid afterwards, the BOB already paid is kept</source>
        <translation>Monate vor dem Meldemonat: Die EEB/EGB wird nachträglich gezahlt, das bereits gezahlte BOB bleibt erhalten</translation>
    </message>
    <message>
        <source>Zorgtoeslag kept</source>
        <translation>Pflegezulage behalten</translation>
    </message>
    <message>
        <source>BOB kept</source>
        <translation>BOB behalten</translation>
    </message>
    <message>
        <source>EUR per month: IVT + IT + what is kept with them (the BOB of an arrears month or of a voluntary switch, a zorgtoeslag without a ban)</source>
        <translation>EUR pro Monat: EEB + EGB + was daneben behalten wird (das BOB eines Nachzahlungsmonats oder nach einem freiwilligen Wechsel, eine Pflegezulage ohne Verbot)</translation>
    </message>
    <message>
        <source>Flemish total</source>
        <translation>Flämische Summe</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>sourced: read on a public page; computed: by a sourced rule, no published table confirms it; carried: no value known, the last one reused</source>
        <translation>belegt: auf einer öffentlichen Seite gelesen; berechnet: nach einer belegten Regel, keine veröffentlichte Tabelle bestätigt ihn; fortgeschrieben: kein Wert bekannt, der letzte wird weiterverwendet</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>SimulationWords</name>
    <message>
        <source>does the ban on BOB with a paid IVT/IT apply from 1 August 2020 (deliberation 21/124, par. 10 and 24) or only from 1 June 2021 (a secondary source)?</source>
        <translation>gilt das Kumulierungsverbot für das BOB mit einer gezahlten EEB/EGB ab dem 1. August 2020 (Beratung 21/124, Abs. 10 und 24) oder erst ab dem 1. Juni 2021 (eine Sekundärquelle)?</translation>
    </message>
    <message>
        <source>does the ban continue for the ondersteuningstoeslag, which replaced the BOB in the Groeipakket from 1 January 2023?</source>
        <translation>gilt das Verbot weiter für den Ondersteuningstoeslag, der das BOB ab dem 1. Januar 2023 im Groeipakket ersetzt?</translation>
    </message>
    <message>
        <source>is the zorgtoeslag already paid for a month before the notification recovered when IVT/IT is granted with arrears for that month?</source>
        <translation>wird die bereits für einen Monat vor der Meldung gezahlte Pflegezulage zurückgefordert, wenn die EEB/EGB für diesen Monat mit Nachzahlung gewährt wird?</translation>
    </message>
    <message>
        <source>the ban applies from {effective}, so the BOB is not paid with IVT/IT in {months}</source>
        <translation>das Verbot gilt ab {effective}, das BOB wird also in {months} nicht zusammen mit der EEB/EGB gezahlt</translation>
    </message>
    <message>
        <source>no ban from {effective}, so the BOB stays on the federal side in {months}</source>
        <translation>kein Verbot ab {effective}, das BOB bleibt also in {months} auf der föderalen Seite</translation>
    </message>
    <message>
        <source>it continues, so the ondersteuningstoeslag is not paid with IVT/IT in {months}</source>
        <translation>es gilt weiter, der Ondersteuningstoeslag wird also in {months} nicht zusammen mit der EEB/EGB gezahlt</translation>
    </message>
    <message>
        <source>it does not, so the ondersteuningstoeslag stays on the federal side in {months}</source>
        <translation>es gilt nicht weiter, der Ondersteuningstoeslag bleibt also in {months} auf der föderalen Seite</translation>
    </message>
    <message>
        <source>it is recovered, so it is not on the federal side in the arrears months {months}</source>
        <translation>sie wird zurückgefordert, steht also in den Nachzahlungsmonaten {months} nicht auf der föderalen Seite</translation>
    </message>
    <message>
        <source>it is not recovered, so it stays on the federal side in the arrears months {months}</source>
        <translation>sie wird nicht zurückgefordert, bleibt also in den Nachzahlungsmonaten {months} auf der föderalen Seite</translation>
    </message>
    <message>
        <source>Open point of law, not confirmed by a supervisor: {question} Assumed: {assumed}.</source>
        <translation>Offene Rechtsfrage, nicht von einem Supervisor bestätigt: {question} Angenommen: {assumed}.</translation>
    </message>
    <message>
        <source>{name}: {value} from {effective}, in {months}</source>
        <translation>{name}: {value} ab {effective}, in {months}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>{name}, from {effective} ({kind})</source>
        <translation>{name}, ab {effective} ({kind})</translation>
    </message>
    <message>
        <source>law data v{version}</source>
        <translation>Rechtsdaten v{version}</translation>
    </message>
    <message>
        <source>the shipped law data (never synced)</source>
        <translation>die mitgelieferten Rechtsdaten (nie synchronisiert)</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>CumulDesk simulation: IVT/IT against zorgtoeslag + BOB</source>
        <translation>CumulDesk-Simulation: EEB/EGB gegenüber Pflegezulage + BOB</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Law parameters used by the simulation</source>
        <translation>Von der Simulation verwendete gesetzliche Parameter</translation>
    </message>
    <message>
        <source>Stopped by IVT/IT</source>
        <translation>Durch EEB/EGB gestoppt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>EUR/month</source>
        <translation>EUR/Monat</translation>
    </message>
    <message>
        <source>EUR/year</source>
        <translation>EUR/Jahr</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>ja/nein</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>IVT</source>
        <translation>EEB</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>EGB</translation>
    </message>
    <message>
        <source>Zorgtoeslag</source>
        <translation>Pflegezulage</translation>
    </message>
    <message>
        <source>BOB</source>
        <translation>BOB</translation>
    </message>
    <message>
        <source>Federal total</source>
        <translation>Föderale Summe</translation>
    </message>
    <message>
        <source>arrears</source>
        <translation>Nachzahlung</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Nachzahlung</translation>
    </message>
    <message>
        <source>Zorgtoeslag kept</source>
        <translation>Pflegezulage behalten</translation>
    </message>
    <message>
        <source>BOB kept</source>
        <translation>BOB behalten</translation>
    </message>
    <message>
        <source>Flemish total</source>
        <translation>Flämische Summe</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Used from</source>
        <translation>Verwendet ab</translation>
    </message>
    <message>
        <source>Used until</source>
        <translation>Verwendet bis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>zorgtoeslag + BOB is more favourable: propose to renounce IVT/IT.</source>
        <translation>Pflegezulage + BOB ist günstiger: Verzicht auf die EEB/EGB vorschlagen.</translation>
    </message>
    <message>
        <source>IVT/IT is more favourable: keep IVT/IT.</source>
        <translation>EEB/EGB ist günstiger: EEB/EGB beibehalten.</translation>
    </message>
    <message>
        <source>not applicable: no cumulation ban applies to these months.</source>
        <translation>Nicht anwendbar: Für diese Monate gilt kein Kumulierungsverbot.</translation>
    </message>
    <message>
        <source>zorgtoeslag</source>
        <translation>Pflegezulage</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Total (1 month)</source>
        <translation>Summe (1 Monat)</translation>
    </message>
    <message>
        <source>Total ({count} months)</source>
        <translation>Summe ({count} Monate)</translation>
    </message>
    <message>
        <source>{stopped} of {count} months</source>
        <translation>{stopped} von {count} Monaten</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(kein Vorgang)</translation>
    </message>
    <message>
        <source>Dossier {case}, INSZ {insz}</source>
        <translation>Akte {case}, ENSS {insz}</translation>
    </message>
    <message>
        <source>{dossier}: {count} months compared, {start} to {end}.</source>
        <translation>{dossier}: {count} Monate verglichen, von {start} bis {end}.</translation>
    </message>
    <message>
        <source>{dossier}: {count} months compared.</source>
        <translation>{dossier}: {count} Monate verglichen.</translation>
    </message>
    <message>
        <source>Recommendation: {text}</source>
        <translation>Empfehlung: {text}</translation>
    </message>
    <message>
        <source>Computed with {law_data}.</source>
        <translation>Berechnet mit {law_data}.</translation>
    </message>
    <message>
        <source>&quot;{stopped}&quot; names the benefits not paid together with IVT/IT in that month (cumulation ban). Difference = federal total - Flemish total. Amounts in EUR per month.</source>
        <translation>„{stopped}“ nennt die Leistungen, die in diesem Monat nicht zusammen mit der EEB/EGB gezahlt werden (Kumulierungsverbot). Unterschied = föderale Summe - flämische Summe. Beträge in EUR pro Monat.</translation>
    </message>
    <message>
        <source>Some law values used are computed or carried, or open points of law (sheet {sheet}, column Kind): check them before deciding.</source>
        <translation>Einige verwendete gesetzliche Werte sind berechnet oder fortgeschrieben oder offene Rechtsfragen (Blatt {sheet}, Spalte Art): Prüfen Sie sie, bevor Sie entscheiden.</translation>
    </message>
    <message>
        <source>Notified month {month}: the first month the zorgkas and the Groeipakket no longer pay; the months before it are arrears (the BOB already paid is kept).</source>
        <translation>Meldemonat {month}: der erste Monat, in dem die Zorgkas und das Groeipakket nicht mehr zahlen; die Monate davor sind Nachzahlungen (das bereits gezahlte BOB bleibt erhalten).</translation>
    </message>
    <message>
        <source>{part}: {count} months, federal {federal} EUR, Flemish {flemish} EUR, difference {difference} EUR.</source>
        <translation>{part}: {count} Monate, föderal {federal} EUR, flämisch {flemish} EUR, Unterschied {difference} EUR.</translation>
    </message>
    <message>
        <source>Arrears months</source>
        <translation>Nachzahlungsmonate</translation>
    </message>
    <message>
        <source>From the notified month on</source>
        <translation>Ab dem Meldemonat</translation>
    </message>
    <message>
        <source>{dossier}: {count} parameter values.</source>
        <translation>{dossier}: {count} Parameterwerte.</translation>
    </message>
    <message>
        <source>Kind: sourced (read on a public page), computed (by a sourced rule, no published table confirms it) or CARRIED (no value known for that date: the last one reused).</source>
        <translation>Art: belegt (auf einer öffentlichen Seite gelesen), berechnet (nach einer belegten Regel, keine veröffentlichte Tabelle bestätigt ihn) oder FORTGESCHRIEBEN (kein Wert für dieses Datum bekannt: der letzte wird weiterverwendet).</translation>
    </message>
    <message>
        <source>Amount: in EUR, per month or per year as the unit says.</source>
        <translation>Betrag: in EUR, pro Monat oder pro Jahr laut Einheit.</translation>
    </message>
    <message>
        <source>Contains personal data: keep this file in a safe place and delete it when it is no longer needed.</source>
        <translation>Enthält personenbezogene Daten: Bewahren Sie diese Datei an einem sicheren Ort auf und löschen Sie sie, sobald sie nicht mehr benötigt wird.</translation>
    </message>
    <message>
        <source>Exported on {day} at {time} by {who}.</source>
        <translation>Exportiert am {day} um {time} von {who}.</translation>
    </message>
    <message>
        <source>Work list</source>
        <translation>Arbeitsliste</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Proposal to send</source>
        <translation>Vorschlag zu versenden</translation>
    </message>
    <message>
        <source>Waiting for answer</source>
        <translation>Wartet auf Antwort</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Accepted renunciation</source>
        <translation>Verzicht erklärt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>ENSS</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>18th birthday</source>
        <translation>18. Geburtstag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Proposal sent</source>
        <translation>Vorschlag versendet</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Conflict months now</source>
        <translation>Aktuelle Konfliktmonate</translation>
    </message>
    <message>
        <source>Conflict months (all)</source>
        <translation>Konfliktmonate (alle)</translation>
    </message>
    <message>
        <source>Conflict months</source>
        <translation>Konfliktmonate</translation>
    </message>
    <message>
        <source>Retroactive change</source>
        <translation>Rückwirkende Änderung</translation>
    </message>
    <message>
        <source>Retroactive months</source>
        <translation>Rückwirkende Monate</translation>
    </message>
    <message>
        <source>Changes waiting to be pushed</source>
        <translation>Noch zu sendende Änderungen</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 Vorgang</translation>
    </message>
    <message>
        <source>{count} cases</source>
        <translation>{count} Vorgänge</translation>
    </message>
    <message>
        <source>CumulDesk work list of {team}</source>
        <translation>CumulDesk-Arbeitsliste von {team}</translation>
    </message>
    <message>
        <source>CumulDesk work list</source>
        <translation>CumulDesk-Arbeitsliste</translation>
    </message>
    <message>
        <source>Filter: {filters}. {cases}.</source>
        <translation>Filter: {filters}. {cases}.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>sync cancelled; nothing was lost, the next sync goes on from here</source>
        <translation>Synchronisierung abgebrochen; nichts ging verloren, die nächste Synchronisierung macht hier weiter</translation>
    </message>
    <message>
        <source>push: {username} is not an active handler in the central database</source>
        <translation>Senden: {username} ist in der zentralen Datenbank kein aktiver Sachbearbeiter</translation>
    </message>
    <message>
        <source>there is no open retroactive-change flag with this number</source>
        <translation>Es gibt keine offene Meldung einer rückwirkenden Änderung mit dieser Nummer</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>handler</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>{name} ({role}, {team})</source>
        <translation>{name} ({role}, {team})</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Datenstand</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>Wartende Änderungen</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Resolve ...</source>
        <translation>Lösen ...</translation>
    </message>
    <message>
        <source>Resolve conflicts and refused changes</source>
        <translation>Konflikte und abgelehnte Änderungen lösen</translation>
    </message>
    <message>
        <source>See both versions of each conflict and choose; see why changes were refused</source>
        <translation>Beide Versionen jedes Konflikts ansehen und wählen; sehen, warum Änderungen abgelehnt wurden</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Send your changes and fetch the latest data (F5)</source>
        <translation>Ihre Änderungen senden und die neuesten Daten abrufen (F5)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>The central database can be reached</source>
        <translation>Die zentrale Datenbank ist erreichbar</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The central database cannot be reached; you work on the local copy</source>
        <translation>Die zentrale Datenbank ist nicht erreichbar; Sie arbeiten mit der lokalen Kopie</translation>
    </message>
    <message>
        <source>Data as of the last sync, {moment}.</source>
        <translation>Daten der letzten Synchronisierung, {moment}.</translation>
    </message>
    <message>
        <source>The local copy was never synced.</source>
        <translation>Die lokale Kopie wurde noch nie synchronisiert.</translation>
    </message>
    <message>
        <source>Your changes are kept here and sent when the connection is back.</source>
        <translation>Ihre Änderungen werden hier aufbewahrt und gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Noch nicht verbunden</translation>
    </message>
    <message>
        <source>Not connected to the central database yet</source>
        <translation>Noch nicht mit der zentralen Datenbank verbunden</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message>
        <source>data as of {moment}</source>
        <translation>Datenstand {moment}</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 wartende Änderung</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting</source>
        <translation>
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <comment>changes refused</comment>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 Konflikt</translation>
    </message>
    <message>
        <source>Changes made here that the central database does not have yet</source>
        <translation>Hier vorgenommene Änderungen, die die zentrale Datenbank noch nicht hat</translation>
    </message>
    <message>
        <source>Sync: connecting ...</source>
        <translation>Synchronisierung: Verbindung wird hergestellt ...</translation>
    </message>
    <message>
        <source>push</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>pull</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>dossiers</source>
        <translation>Akten</translation>
    </message>
    <message>
        <source>Sync: {stage} {percent}% ({done} of {total} {items})</source>
        <translation>Synchronisierung: {stage} {percent} % ({done} von {total} {items})</translation>
    </message>
    <message>
        <source>Sync: {stage} ...</source>
        <translation>Synchronisierung: {stage} ...</translation>
    </message>
    <message>
        <source>Sync failed: {message}</source>
        <translation>Synchronisierung fehlgeschlagen: {message}</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>BOB</source>
        <translation>BOB</translation>
    </message>
    <message>
        <source>IVT</source>
        <translation>EEB</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>EGB</translation>
    </message>
    <message>
        <source>Zorgtoeslag</source>
        <translation>Pflegezulage</translation>
    </message>
    <message>
        <source>Age 18</source>
        <translation>18 Jahre</translation>
    </message>
    <message>
        <source>Age 21</source>
        <translation>21 Jahre</translation>
    </message>
    <message>
        <source>Age 24</source>
        <translation>24 Jahre</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Retroactive</source>
        <translation>Rückwirkend</translation>
    </message>
    <message>
        <source>Query window</source>
        <translation>Abfragezeitraum</translation>
    </message>
    <message>
        <source>Ban window</source>
        <translation>Verbotszeitraum</translation>
    </message>
    <message>
        <source>Query window (bracket)</source>
        <translation>Abfragezeitraum (Klammer)</translation>
    </message>
    <message>
        <source>+ BOB owed again, - BOB must stop (retroactive change)</source>
        <translation>+ BOB wieder geschuldet, - BOB muss gestoppt werden (rückwirkende Änderung)</translation>
    </message>
    <message>
        <source>Birthdays (dashed line), today (solid line)</source>
        <translation>Geburtstage (gestrichelte Linie), heute (durchgezogene Linie)</translation>
    </message>
    <message>
        <source>BOB, voluntary switch (light blue, single diagonal hatching)</source>
        <translation>BOB, freiwilliger Wechsel (hellblau, einfache Schrägschraffur)</translation>
    </message>
    <message>
        <source>Conflict month: BOB and paid IVT/IT (red, crossed hatching in a frame, and !)</source>
        <translation>Konfliktmonat: BOB und gezahlte EEB/EGB (rot, Kreuzschraffur mit Rahmen, und !)</translation>
    </message>
    <message>
        <source>Ban window (grey background)</source>
        <translation>Verbotszeitraum (grauer Hintergrund)</translation>
    </message>
    <message>
        <source>BOB, voluntary switch (single diagonal hatching)</source>
        <translation>BOB, freiwilliger Wechsel (einfache Schrägschraffur)</translation>
    </message>
    <message>
        <source>Conflict month: BOB and paid IVT/IT (crossed hatching in a frame, and !)</source>
        <translation>Konfliktmonat: BOB und gezahlte EEB/EGB (Kreuzschraffur mit Rahmen, und !)</translation>
    </message>
    <message>
        <source>Ban window (dotted background)</source>
        <translation>Verbotszeitraum (gepunkteter Hintergrund)</translation>
    </message>
    <message>
        <source>No dossier shown</source>
        <translation>Keine Akte angezeigt</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>Pfeil links</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>Pfeil rechts</translation>
    </message>
    <message>
        <source>Up arrow</source>
        <translation>Pfeil oben</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>Pfeil unten</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Umschalt</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Bild auf</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Bild ab</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Pos1</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>{left}/{right}: previous/next period; {up}/{down}: other lane; {shift}+{left}/{right}, {page_up}/{page_down}: scroll; {home}/{end}: start/end; +/-: zoom; 0: show all</source>
        <translation>{left}/{right}: vorheriger/nächster Zeitraum; {up}/{down}: andere Spur; {shift}+{left}/{right}, {page_up}/{page_down}: blättern; {home}/{end}: Anfang/Ende; +/-: zoomen; 0: alles anzeigen</translation>
    </message>
    <message>
        <source>%1 points (%2 in pillar 1)</source>
        <translation>%1 Punkte (%2 in Säule 1)</translation>
    </message>
    <message>
        <source>voluntary switch</source>
        <translation>freiwilliger Wechsel</translation>
    </message>
    <message>
        <source>open (still running)</source>
        <translation>offen (läuft noch)</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 bis %3</translation>
    </message>
    <message>
        <source>Monthly amount: %1</source>
        <translation>Monatsbetrag: %1</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Regulation: %1</source>
        <translation>Regelung: %1</translation>
    </message>
    <message>
        <source>Voluntary switch: BOB is kept, no conflict</source>
        <translation>Freiwilliger Wechsel: BOB bleibt erhalten, kein Konflikt</translation>
    </message>
    <message>
        <source>Conflict months in this period: %1</source>
        <translation>Konfliktmonate in diesem Zeitraum: %1</translation>
    </message>
    <message>
        <source>Starts before age 17: the timeline shows it from %1</source>
        <translation>Beginnt vor dem 17. Geburtstag: Die Zeitleiste zeigt den Zeitraum ab %1</translation>
    </message>
    <message>
        <source>Ends after age 24: the timeline shows it until %1</source>
        <translation>Endet nach dem 24. Geburtstag: Die Zeitleiste zeigt den Zeitraum bis %1</translation>
    </message>
    <message>
        <source>No dossier shown.</source>
        <translation>Keine Akte angezeigt.</translation>
    </message>
    <message>
        <source>Months from %1 (age 17) to %2 (age 24).</source>
        <translation>Monate von %1 (17 Jahre) bis %2 (24 Jahre).</translation>
    </message>
    <message>
        <source>%1: no periods.</source>
        <translation>%1: keine Zeiträume.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>%1 conflict months, from %2 to %3.</source>
        <translation>%1 Konfliktmonate, von %2 bis %3.</translation>
    </message>
    <message>
        <source>No conflict months.</source>
        <translation>Keine Konfliktmonate.</translation>
    </message>
    <message>
        <source>Ban window %1 to %2.</source>
        <translation>Verbotszeitraum %1 bis %2.</translation>
    </message>
    <message>
        <source>Query window %1 to %2.</source>
        <translation>Abfragezeitraum %1 bis %2.</translation>
    </message>
    <message>
        <source>Retroactive change affects %1 months.</source>
        <translation>Die rückwirkende Änderung betrifft %1 Monate.</translation>
    </message>
    <message>
        <source>Query window: %1 to %2</source>
        <translation>Abfragezeitraum: %1 bis %2</translation>
    </message>
    <message>
        <source>Conflict in %1: BOB and a paid IVT/IT in the ban window</source>
        <translation>Konflikt im %1: BOB und eine gezahlte EEB/EGB im Verbotszeitraum</translation>
    </message>
    <message>
        <source>Retroactive change in %1: BOB owed again</source>
        <translation>Rückwirkende Änderung im %1: BOB wieder geschuldet</translation>
    </message>
    <message>
        <source>Retroactive change in %1: BOB must stop</source>
        <translation>Rückwirkende Änderung im %1: BOB muss gestoppt werden</translation>
    </message>
    <message>
        <source>%1: in the ban window (%2 to %3)</source>
        <translation>%1: im Verbotszeitraum (%2 bis %3)</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>The central database no longer accepts your password: your account was closed, or its password was changed. You are signed out; your changes not yet pushed stay in the local cache. Sign in again, or ask a supervisor.</source>
        <translation>Die zentrale Datenbank akzeptiert Ihr Passwort nicht mehr: Ihr Konto wurde geschlossen, oder sein Passwort wurde geändert. Sie sind abgemeldet; Ihre noch nicht übertragenen Änderungen bleiben im lokalen Cache. Melden Sie sich erneut an, oder wenden Sie sich an einen Supervisor.</translation>
    </message>
</context>
<context>
    <name>UnverifiedConfirmation</name>
    <message>
        <source>Values to check</source>
        <translation>Zu prüfende Werte</translation>
    </message>
    <message>
        <source>The simulation behind this letter used law values that no public page gives: computed by a rule, carried over from an earlier date, or an open point of law whose default is assumed. Check them before the letter is finalised: a finalised letter cannot be changed. Your confirmation is recorded.</source>
        <translation>Die Simulation hinter diesem Brief hat gesetzliche Werte verwendet, die keine öffentliche Seite angibt: nach einer Regel berechnet, von einem früheren Datum fortgeschrieben oder eine offene Rechtsfrage, deren Standardwert angenommen wird. Prüfen Sie sie, bevor der Brief fertiggestellt wird: Ein fertiggestellter Brief kann nicht mehr geändert werden. Ihre Bestätigung wird aufgezeichnet.</translation>
    </message>
    <message>
        <source>DG HAN&apos;s sender block printed on this letter (its name, postal address, phone, opening hours and signatory) is not complete: a field not published is left out of the finalised letter, a field without a source is printed as published. A finalised letter cannot be changed. Your confirmation is recorded.</source>
        <translation>Die Absenderangaben der GD Personen mit Behinderung auf diesem Brief (Name, Postanschrift, Telefon, Öffnungszeiten und Unterzeichner) sind nicht vollständig: Eine nicht veröffentlichte Angabe wird im fertiggestellten Brief weggelassen, eine Angabe ohne Beleg wird so gedruckt, wie sie veröffentlicht wurde. Ein fertiggestellter Brief kann nicht mehr geändert werden. Ihre Bestätigung wird protokolliert.</translation>
    </message>
    <message>
        <source>Values used that are not sourced</source>
        <translation>Verwendete Werte ohne Beleg</translation>
    </message>
    <message>
        <source>I &amp;checked these values</source>
        <translation>Ich habe diese Werte ge&amp;prüft</translation>
    </message>
    <message>
        <source>I checked these values</source>
        <translation>Ich habe diese Werte geprüft</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Tick the box first</source>
        <translation>Setzen Sie zuerst das Häkchen</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>IVT/IT is more favourable by {amount} EUR over {months} months</source>
        <translation>EEB/EGB ist über {months} Monate um {amount} EUR günstiger</translation>
    </message>
    <message>
        <source>Zorgtoeslag + BOB is more favourable: propose renunciation</source>
        <translation>Pflegezulage + BOB ist günstiger: Verzicht vorschlagen</translation>
    </message>
    <message>
        <source>Zorgtoeslag + BOB gives {amount} EUR more over {months} months.</source>
        <translation>Pflegezulage + BOB bringt über {months} Monate {amount} EUR mehr.</translation>
    </message>
    <message>
        <source>Not applicable: The person turned 21 before the cumulation ban came into force: no month to compare.</source>
        <translation>Nicht anwendbar: Die Person wurde 21, bevor das Kumulierungsverbot in Kraft trat: Es gibt keinen Monat zu vergleichen.</translation>
    </message>
    <message>
        <source>Not applicable: Wallonia: no choice is needed between IVT/IT and zorgtoeslag + BOB; no renunciation proposal applies.</source>
        <translation>Nicht anwendbar: Wallonien: Es ist keine Wahl zwischen EEB/EGB und Pflegezulage + BOB nötig; es gibt keinen Verzichtsvorschlag.</translation>
    </message>
    <message>
        <source>Not applicable: No month in the horizon where IVT/IT would stop zorgtoeslag or BOB (voluntary switch, zero-amount decision or no Flemish benefit).</source>
        <translation>Nicht anwendbar: Kein Monat im Betrachtungszeitraum, in dem die EEB/EGB die Pflegezulage oder das BOB stoppen würde (freiwilliger Wechsel, Entscheidung über 0 EUR oder keine flämische Leistung).</translation>
    </message>
</context>
<context>
    <name>WorkListModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Proposal to send</source>
        <translation>Vorschlag zu versenden</translation>
    </message>
    <message>
        <source>Waiting for answer</source>
        <translation>Wartet auf Antwort</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>ENSS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Conflict months now</source>
        <translation>Aktuelle Konfliktmonate</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Amount at stake (EUR)</source>
        <translation>Betroffener Betrag (EUR)</translation>
    </message>
    <message>
        <source>Retroactive</source>
        <translation>Rückwirkend</translation>
    </message>
    <message>
        <source>Waiting to push</source>
        <translation>Noch zu senden</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>{day} (past)</source>
        <translation>{day} (abgelaufen)</translation>
    </message>
    <message>
        <source>Months of forbidden cumulation (BOB paid in a month in which IVT/IT is paid, between 18 and 21) in the period VSB asks about today, of all such months in the dossier: 3 of 35 months = 3 of its 35 conflict months lie in that period.</source>
        <translation>Monate verbotener Kumulierung (BOB für einen Monat gezahlt, in dem IVT/IT gezahlt wird, zwischen 18 und 21 Jahren) im Zeitraum, zu dem die VSB heute anfragt, von allen solchen Monaten der Akte: 3 von 35 Monaten = 3 ihrer 35 Konfliktmonate liegen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Renunciation</source>
        <translation>Verzicht</translation>
    </message>
    <message>
        <source>IVT/IT</source>
        <translation>IVT/IT</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>Propose renunciation</source>
        <translation>Verzicht vorschlagen</translation>
    </message>
    <message>
        <source>IVT/IT pays more</source>
        <translation>IVT/IT zahlt mehr</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>Cannot screen</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>{verdict} (stale)</source>
        <translation>{verdict} (veraltet)</translation>
    </message>
    <message>
        <source>What the screening found: whether IVT/IT pays more than zorgtoeslag + BOB over the horizon, or a renunciation is to be proposed</source>
        <translation>Ergebnis der Prüfung: ob IVT/IT über den Zeitraum mehr zahlt als zorgtoeslag + BOB oder ob ein Verzicht vorzuschlagen ist</translation>
    </message>
    <message>
        <source>Flemish total minus federal total over the simulation&apos;s horizon: what the applicant gains (+) or loses (-) by renouncing IVT/IT</source>
        <translation>Flämische Summe minus föderale Summe über den Zeitraum der Simulation: was der Antragsteller durch den Verzicht auf IVT/IT gewinnt (+) oder verliert (-)</translation>
    </message>
    <message numerus="yes">
        <source>{now} of %n month(s)</source>
        <comment>conflict months now, of all</comment>
        <translation>
            <numerusform>{now} von %n Monat</numerusform>
            <numerusform>{now} von %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>{now} conflict months in the period VSB asks about today; all conflict months: {months}</source>
        <translation>{now} Konfliktmonate im Zeitraum, zu dem die VSB heute anfragt; alle Konfliktmonate: {months}</translation>
    </message>
    <message>
        <source>A retroactive IVT/IT change affects: {months}</source>
        <translation>Eine rückwirkende EEB/EGB-Änderung betrifft: {months}</translation>
    </message>
    <message>
        <source>{count} changes to this case are not in the central database yet</source>
        <translation>{count} Änderungen an diesem Vorgang sind noch nicht in der zentralen Datenbank</translation>
    </message>
    <message>
        <source>Born on {born}; turns 18 on {day}</source>
        <translation>Geboren am {born}; wird am {day} 18 Jahre alt</translation>
    </message>
    <message>
        <source>Amount at stake over the horizon: {amount}</source>
        <translation>Betroffener Betrag über den Zeitraum: {amount}</translation>
    </message>
    <message>
        <source>The dossier could not be screened: {problem}</source>
        <translation>Die Akte konnte nicht geprüft werden: {problem}</translation>
    </message>
    <message>
        <source>Screened on {day}</source>
        <translation>Geprüft am {day}</translation>
    </message>
    <message>
        <source>Stale: the dossier or the law data changed after this screening. Screen again (Ctrl+Shift+R) to see the verdict with today&apos;s data.</source>
        <translation>Veraltet: Die Akte oder die Rechtsdaten haben sich nach dieser Prüfung geändert. Wählen Sie Erneut prüfen (Ctrl+Shift+R), um das Ergebnis mit den heutigen Daten zu sehen.</translation>
    </message>
    <message>
        <source>Screened again on this computer: shown here only; the central result is stored by a supervisor&apos;s screening.</source>
        <translation>Auf diesem Computer erneut geprüft: nur hier angezeigt; das zentrale Ergebnis wird durch die Prüfung eines Supervisors gespeichert.</translation>
    </message>
</context>
<context>
    <name>WorkListPage</name>
    <message>
        <source>E&amp;xport to Excel ...</source>
        <translation>E&amp;xport nach Excel ...</translation>
    </message>
    <message>
        <source>Export the cases shown to Excel</source>
        <translation>Die angezeigten Vorgänge nach Excel exportieren</translation>
    </message>
    <message>
        <source>Save the cases shown, with this filter and search, as an Excel workbook</source>
        <translation>Die angezeigten Vorgänge mit diesem Filter und dieser Suche als Excel-Arbeitsmappe speichern</translation>
    </message>
    <message>
        <source>Search the work list</source>
        <translation>In der Arbeitsliste suchen</translation>
    </message>
    <message>
        <source>Screen again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Screen the selected case again</source>
        <translation>Den ausgewählten Fall erneut prüfen</translation>
    </message>
    <message>
        <source>Check and simulate the selected case with today&apos;s data and law data, and show its verdict and amount at stake in the list ({keys}). Shown on this computer only: the central result is stored by a supervisor&apos;s screening.</source>
        <translation>Den ausgewählten Fall mit den heutigen Daten und Rechtsdaten prüfen und simulieren und sein Ergebnis und den betroffenen Betrag in der Liste anzeigen ({keys}). Nur auf diesem Computer angezeigt: Das zentrale Ergebnis wird durch die Prüfung eines Supervisors gespeichert.</translation>
    </message>
    <message>
        <source>Draft proposals ...</source>
        <translation>Vorschläge erstellen ...</translation>
    </message>
    <message>
        <source>Draft the proposals of the selected cases</source>
        <translation>Die Vorschläge der ausgewählten Fälle erstellen</translation>
    </message>
    <message>
        <source>Draft proposals</source>
        <translation>Vorschläge erstellen</translation>
    </message>
    <message>
        <source>Draft the renunciation proposal of every selected case, each in its applicant&apos;s language, then print them or export them to a folder ({keys}). Select several cases with Shift or Ctrl, or all shown with Ctrl+A.</source>
        <translation>Den Verzichtsvorschlag jedes ausgewählten Falls erstellen, jeweils in der Sprache des Antragstellers, und sie dann drucken oder in einen Ordner exportieren ({keys}). Wählen Sie mehrere Fälle mit Umschalt oder Strg aus, oder alle angezeigten mit Strg+A.</translation>
    </message>
    <message>
        <source>Work list summary</source>
        <translation>Zusammenfassung der Arbeitsliste</translation>
    </message>
    <message>
        <source>Loading the work list</source>
        <translation>Die Arbeitsliste wird geladen</translation>
    </message>
    <message>
        <source>Work list message</source>
        <translation>Meldung zur Arbeitsliste</translation>
    </message>
    <message>
        <source>No cases shown</source>
        <translation>Keine Vorgänge angezeigt</translation>
    </message>
    <message>
        <source>The work list of {team} could not be loaded.</source>
        <translation>Die Arbeitsliste von {team} konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Loading the cases of {team} ...</source>
        <translation>Die Vorgänge von {team} werden geladen ...</translation>
    </message>
    <message>
        <source>1 case of {team}</source>
        <translation>1 Vorgang von {team}</translation>
    </message>
    <message>
        <source>{count} cases of {team}</source>
        <translation>{count} Vorgänge von {team}</translation>
    </message>
    <message>
        <source>, {shown} shown</source>
        <translation>, {shown} angezeigt</translation>
    </message>
    <message>
        <source>Your team has no cases in the local cache yet.</source>
        <translation>Ihr Team hat noch keine Vorgänge im lokalen Cache.</translation>
    </message>
    <message>
        <source>No case matches the search. Escape in the search field clears it.</source>
        <translation>Kein Vorgang entspricht der Suche. Escape im Suchfeld leert sie.</translation>
    </message>
    <message>
        <source>No case matches this filter.</source>
        <translation>Kein Vorgang entspricht diesem Filter.</translation>
    </message>
    <message>
        <source>The work list could not be loaded: {reason}</source>
        <translation>Die Arbeitsliste konnte nicht geladen werden: {reason}</translation>
    </message>
    <message>
        <source>Select the cases to draft proposals for first.</source>
        <translation>Wählen Sie zuerst die Fälle aus, für die Vorschläge erstellt werden sollen.</translation>
    </message>
    <message>
        <source>The case could not be screened again: {reason}</source>
        <translation>Der Fall konnte nicht erneut geprüft werden: {reason}</translation>
    </message>
</context>
<context>
    <name>WorkListTable</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Columns shown</source>
        <translation>Angezeigte Spalten</translation>
    </message>
    <message>
        <source>Work list</source>
        <translation>Arbeitsliste</translation>
    </message>
    <message>
        <source>The cases of your team. Enter or double-click opens the dossier.</source>
        <translation>Die Vorgänge Ihres Teams. Enter oder Doppelklick öffnet die Akte.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>CumulDesk is already running on this computer: use its window.</source>
        <translation>CumulDesk läuft auf diesem Computer bereits: Verwenden Sie dessen Fenster.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>The simulation changed: save or discard your edits and close, then draft again to use the new figures.</source>
        <translation>Die Simulation hat sich geändert: Speichern oder verwerfen Sie Ihre Bearbeitungen und schließen Sie, entwerfen Sie dann erneut, um die neuen Zahlen zu verwenden.</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Something unexpected went wrong; nothing was lost. The details are in the log file ({error}).</source>
        <translation>Etwas Unerwartetes ist schiefgegangen; es ist nichts verloren gegangen. Die Einzelheiten stehen in der Protokolldatei ({error}).</translation>
    </message>
    <message>
        <source>CumulDesk</source>
        <translation>CumulDesk</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
</TS>
