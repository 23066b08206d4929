<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>AnswerDateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Pick the answer date in a calendar</source>
        <translation>Kies de datum van het antwoord in een kalender</translation>
    </message>
    <message>
        <source>Pick the date in a calendar</source>
        <translation>Kies de datum in een kalender</translation>
    </message>
    <message>
        <source>Type the answer date as dd/mm/yyyy.</source>
        <translation>Typ de datum van het antwoord als dd/mm/jjjj.</translation>
    </message>
    <message>
        <source>The answer date cannot be in the future.</source>
        <translation>De datum van het antwoord kan niet in de toekomst liggen.</translation>
    </message>
</context>
<context>
    <name>BulkProposalsDialog</name>
    <message>
        <source>Wallonia: no choice is needed, no proposal applies</source>
        <translation>Wallonië: er hoeft niet gekozen te worden, er is geen voorstel van toepassing</translation>
    </message>
    <message>
        <source>IVT/IT is more favourable now: no proposal applies</source>
        <translation>IVT/IT is nu voordeliger: er is geen voorstel van toepassing</translation>
    </message>
    <message>
        <source>The simulation no longer advises renunciation</source>
        <translation>De simulatie raadt de verzaking niet meer aan</translation>
    </message>
    <message>
        <source>Cannot be simulated</source>
        <translation>Kan niet worden gesimuleerd</translation>
    </message>
    <message>
        <source>Not in the local cache</source>
        <translation>Niet in de lokale cache</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Niet gescreend</translation>
    </message>
    <message>
        <source>The dossier has no such case</source>
        <translation>Het dossier heeft deze zaak niet</translation>
    </message>
    <message>
        <source>Values to check before finalising</source>
        <translation>Te controleren waarden vóór het afronden</translation>
    </message>
    <message>
        <source>Draft proposals</source>
        <translation>Voorstellen opstellen</translation>
    </message>
    <message>
        <source>&amp;Drafted letters:</source>
        <translation>&amp;Opgestelde brieven:</translation>
    </message>
    <message>
        <source>Drafted letters</source>
        <translation>Opgestelde brieven</translation>
    </message>
    <message>
        <source>&amp;Left out:</source>
        <translation>&amp;Weggelaten:</translation>
    </message>
    <message>
        <source>Cases left out</source>
        <translation>Weggelaten zaken</translation>
    </message>
    <message>
        <source>&amp;Print all...</source>
        <translation>&amp;Alles afdrukken...</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Alles afdrukken</translation>
    </message>
    <message>
        <source>&amp;Export PDFs to folder...</source>
        <translation>PDF&apos;s naar map &amp;exporteren...</translation>
    </message>
    <message>
        <source>Export PDFs to folder</source>
        <translation>PDF&apos;s naar map exporteren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Resultaat van de laatste handeling</translation>
    </message>
    <message>
        <source>Drafting the proposals ...</source>
        <translation>De voorstellen worden opgesteld ...</translation>
    </message>
    <message>
        <source>The proposals were not drafted: %1</source>
        <translation>De voorstellen werden niet opgesteld: %1</translation>
    </message>
    <message>
        <source>finalised</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ontwerp</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) drafted</source>
        <translation>
            <numerusform>%n brief opgesteld</numerusform>
            <numerusform>%n brieven opgesteld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) left out</source>
        <translation>
            <numerusform>%n zaak weggelaten</numerusform>
            <numerusform>%n zaken weggelaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Print all letters</source>
        <translation>Alle brieven afdrukken</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>Afdrukken mislukt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) sent to the printer</source>
        <translation>
            <numerusform>%n brief naar de printer gestuurd</numerusform>
            <numerusform>%n brieven naar de printer gestuurd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n page(s)).</source>
        <translation>
            <numerusform>(%n pagina).</numerusform>
            <numerusform>(%n pagina&apos;s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the letters as PDFs into a folder</source>
        <translation>De brieven als PDF&apos;s naar een map exporteren</translation>
    </message>
    <message>
        <source>Writing the PDFs ...</source>
        <translation>De PDF&apos;s worden geschreven ...</translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) written to %1</source>
        <translation>
            <numerusform>%n PDF geschreven naar %1</numerusform>
            <numerusform>%n PDF&apos;s geschreven naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled: the files written are kept)</source>
        <translation>(geannuleerd: de geschreven bestanden blijven bewaard)</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Niet uitgevoerd: %1</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Proposal to send</source>
        <translation>Voorstel te versturen</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>Wacht op antwoord</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Accepted the renunciation</source>
        <translation>Verzaking aanvaard</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Geen antwoord</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Status van de zaak</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Status opslaan</translation>
    </message>
    <message>
        <source>Save the case status</source>
        <translation>De status van de zaak opslaan</translation>
    </message>
    <message>
        <source>Where the case stands; Save status keeps the choice (Alt+T)</source>
        <translation>Waar de zaak staat; Status opslaan bewaart de keuze (Alt+T)</translation>
    </message>
    <message>
        <source>Keep the status chosen; it is sent to the central database at the next sync</source>
        <translation>De gekozen status bewaren; hij gaat bij de volgende synchronisatie naar de centrale databank</translation>
    </message>
    <message>
        <source>Applicant&apos;s answer</source>
        <translation>Antwoord van de aanvrager</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>A&amp;ntwoord:</translation>
    </message>
    <message>
        <source>Choose the answer ...</source>
        <translation>Kies het antwoord ...</translation>
    </message>
    <message>
        <source>Answer &amp;date:</source>
        <translation>Antwoord&amp;datum:</translation>
    </message>
    <message>
        <source>Date of the answer</source>
        <translation>Datum van het antwoord</translation>
    </message>
    <message>
        <source>The day the applicant answered, dd/mm/yyyy: today or earlier</source>
        <translation>De dag waarop de aanvrager antwoordde, dd/mm/jjjj: vandaag of vroeger</translation>
    </message>
    <message>
        <source>What the answer still needs</source>
        <translation>Wat het antwoord nog nodig heeft</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>Antwoord registreren</translation>
    </message>
    <message>
        <source>Record the applicant&apos;s answer</source>
        <translation>Het antwoord van de aanvrager registreren</translation>
    </message>
    <message>
        <source>What the applicant answered to the proposal (Alt+N)</source>
        <translation>Wat de aanvrager op het voorstel heeft geantwoord (Alt+N)</translation>
    </message>
    <message>
        <source>Keep the answer with its date; it is sent at the next sync</source>
        <translation>Het antwoord met de datum bewaren; het wordt bij de volgende synchronisatie verstuurd</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Notes of the case</source>
        <translation>Notities bij de zaak</translation>
    </message>
    <message>
        <source>The procedural notes of the case, oldest first, with author and date</source>
        <translation>De procedurele notities van de zaak, de oudste eerst, met auteur en datum</translation>
    </message>
    <message>
        <source>A procedural note. No medical information. Ctrl+Enter adds it.</source>
        <translation>Een procedurele notitie. Geen medische informatie. Ctrl+Enter voegt ze toe.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <source>Procedural notes only, no medical information; Ctrl+Enter adds the note</source>
        <translation>Alleen procedurele notities, geen medische informatie; Ctrl+Enter voegt de notitie toe</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation>De notitie toevoegen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>De notitie toevoegen</translation>
    </message>
    <message>
        <source>Case message</source>
        <translation>Melding bij de zaak</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Referentie van de zaak</translation>
    </message>
    <message>
        <source>This dossier has no case: nothing to record.</source>
        <translation>Dit dossier heeft geen zaak: er valt niets te registreren.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Zaak %1</translation>
    </message>
    <message>
        <source>Answer: %1 (%2)</source>
        <translation>Antwoord: %1 (%2)</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Uiterste datum: %1</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Nog geen notities.</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>onbekende auteur</translation>
    </message>
    <message>
        <source>not yet synced</source>
        <translation>nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>An answer can be recorded once the renunciation proposal was sent</source>
        <translation>Een antwoord kan pas worden geregistreerd als het voorstel tot verzaking verstuurd is</translation>
    </message>
    <message>
        <source>Choose the applicant&apos;s answer, then give the date of the answer.</source>
        <translation>Kies het antwoord van de aanvrager en geef dan de datum van het antwoord.</translation>
    </message>
    <message>
        <source>Give the date of the answer (dd/mm/yyyy).</source>
        <translation>Geef de datum van het antwoord (dd/mm/jjjj).</translation>
    </message>
    <message>
        <source>Status saved: %1.</source>
        <translation>Status opgeslagen: %1.</translation>
    </message>
    <message>
        <source>Answer recorded: %1.</source>
        <translation>Antwoord geregistreerd: %1.</translation>
    </message>
    <message>
        <source>Note added; it goes to the central database with the next sync.</source>
        <translation>Notitie toegevoegd; ze gaat bij de volgende synchronisatie naar de centrale databank.</translation>
    </message>
    <message>
        <source>Saving ...</source>
        <translation>Bezig met opslaan ...</translation>
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
        <translation>Antwoord van de aanvrager</translation>
    </message>
    <message>
        <source>Date of the answer</source>
        <translation>Datum van het antwoord</translation>
    </message>
    <message>
        <source>Proposal sent on</source>
        <translation>Voorstel verstuurd op</translation>
    </message>
    <message>
        <source>Deadline for the answer</source>
        <translation>Uiterste antwoorddatum</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <source>a case no longer in your cache</source>
        <translation>een zaak die niet meer in uw cache staat</translation>
    </message>
    <message>
        <source>the case {reference} ({name}, {insz})</source>
        <translation>de zaak {reference} ({name}, {insz})</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>een notitie</translation>
    </message>
    <message>
        <source>a change of the case</source>
        <translation>een wijziging van de zaak</translation>
    </message>
    <message>
        <source>a letter</source>
        <translation>een brief</translation>
    </message>
    <message>
        <source>an audit event</source>
        <translation>een auditgebeurtenis</translation>
    </message>
    <message>
        <source>a case no longer cached</source>
        <translation>een zaak die niet meer in de cache staat</translation>
    </message>
    <message>
        <source>Conflict: {reference}</source>
        <translation>Conflict: {reference}</translation>
    </message>
    <message>
        <source>Refused: {what} on {reference}</source>
        <translation>Geweigerd: {what} bij {reference}</translation>
    </message>
    <message>
        <source>Conflicts and refused changes</source>
        <translation>Conflicten en geweigerde wijzigingen</translation>
    </message>
    <message>
        <source>Changes of yours that the central database did not take. A conflict: the case was also changed in the central database since the version you worked on; choose which version to keep. A refused change: read why, then drop it.</source>
        <translation>Uw wijzigingen die de centrale databank niet heeft overgenomen. Een conflict: de zaak werd sinds de versie waarmee u werkte ook in de centrale databank gewijzigd; kies welke versie u behoudt. Een geweigerde wijziging: lees waarom en verwijder ze daarna.</translation>
    </message>
    <message>
        <source>Loading ...</source>
        <translation>Bezig met laden ...</translation>
    </message>
    <message>
        <source>No conflicts or refused changes.</source>
        <translation>Geen conflicten of geweigerde wijzigingen.</translation>
    </message>
    <message>
        <source>Choose one to see it and decide</source>
        <translation>Kies er een om te bekijken en te beslissen</translation>
    </message>
    <message>
        <source>Your version and the central version</source>
        <translation>Uw versie en de centrale versie</translation>
    </message>
    <message>
        <source>Each field you changed: your value beside the central one</source>
        <translation>Elk veld dat u hebt gewijzigd: uw waarde naast de centrale waarde</translation>
    </message>
    <message>
        <source>Fields you did not change keep the central version either way.</source>
        <translation>Velden die u niet hebt gewijzigd, behouden in elk geval de centrale versie.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Mijn versie behouden</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Mijn versie behouden</translation>
    </message>
    <message>
        <source>Your version goes to the central database with the next sync (Alt+M)</source>
        <translation>Uw versie gaat bij de volgende synchronisatie naar de centrale databank (Alt+M)</translation>
    </message>
    <message>
        <source>Keep the &amp;central version</source>
        <translation>De &amp;centrale versie behouden</translation>
    </message>
    <message>
        <source>Keep the central version</source>
        <translation>De centrale versie behouden</translation>
    </message>
    <message>
        <source>Your change is dropped; the case shows the central version (Alt+C)</source>
        <translation>Uw wijziging wordt verwijderd; de zaak toont de centrale versie (Alt+C)</translation>
    </message>
    <message>
        <source>&amp;What was refused:</source>
        <translation>&amp;Wat werd geweigerd:</translation>
    </message>
    <message>
        <source>The refused change</source>
        <translation>De geweigerde wijziging</translation>
    </message>
    <message>
        <source>What you changed, as the central database received it (Alt+W)</source>
        <translation>Wat u hebt gewijzigd, zoals de centrale databank het heeft ontvangen (Alt+W)</translation>
    </message>
    <message>
        <source>&amp;Drop this change</source>
        <translation>&amp;Deze wijziging verwijderen</translation>
    </message>
    <message>
        <source>Drop this refused change</source>
        <translation>Deze geweigerde wijziging verwijderen</translation>
    </message>
    <message>
        <source>Remove it from your computer (Alt+D)</source>
        <translation>Ze van uw computer verwijderen (Alt+D)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close; what you did not decide waits for the next time (Esc)</source>
        <translation>Sluiten; waarover u niet hebt beslist, wacht tot de volgende keer (Esc)</translation>
    </message>
    <message>
        <source>Conflict on {subject}</source>
        <translation>Conflict bij {subject}</translation>
    </message>
    <message>
        <source>You changed this case on {made}. In the central database it was changed on {changed}, after the version you worked on.</source>
        <translation>U hebt deze zaak gewijzigd op {made}. In de centrale databank werd ze gewijzigd op {changed}, na de versie waarmee u werkte.</translation>
    </message>
    <message>
        <source>You changed this case on {made}. It was also changed in the central database after the version you worked on.</source>
        <translation>U hebt deze zaak gewijzigd op {made}. Ze werd na de versie waarmee u werkte ook in de centrale databank gewijzigd.</translation>
    </message>
    <message>
        <source>{field}: yours {mine}, central {theirs}</source>
        <translation>{field}: uw versie {mine}, centrale versie {theirs}</translation>
    </message>
    <message>
        <source>Refused: {what} on {subject}</source>
        <translation>Geweigerd: {what} bij {subject}</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>er werd geen reden opgegeven</translation>
    </message>
    <message>
        <source>Made on {made}. The central database refused it because {reason}.</source>
        <translation>Gemaakt op {made}. De centrale databank weigerde ze, met als reden: {reason}.</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Waarom ze werd geweigerd</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>de zaak</translation>
    </message>
    <message>
        <source>Your version of {reference} is kept; it goes to the central database with the next sync.</source>
        <translation>Uw versie van {reference} wordt behouden; ze gaat bij de volgende synchronisatie naar de centrale databank.</translation>
    </message>
    <message>
        <source>The central version of {reference} is kept; your change was dropped.</source>
        <translation>De centrale versie van {reference} wordt behouden; uw wijziging werd verwijderd.</translation>
    </message>
    <message>
        <source>Drop this change?</source>
        <translation>Deze wijziging verwijderen?</translation>
    </message>
    <message>
        <source>Drop {what}? It is removed from your computer and cannot be brought back.</source>
        <translation>Wilt u {what} verwijderen? Dit wordt van uw computer verwijderd en kan niet worden teruggehaald.</translation>
    </message>
    <message>
        <source>The refused change was dropped.</source>
        <translation>De geweigerde wijziging werd verwijderd.</translation>
    </message>
    <message>
        <source>Saving ...</source>
        <translation>Bezig met opslaan ...</translation>
    </message>
</context>
<context>
    <name>DomainRules</name>
    <message>
        <source>IT points must be 0 to {max}</source>
        <translation>De IT-punten moeten tussen 0 en {max} liggen</translation>
    </message>
    <message>
        <source>zorgtoeslag points must be 0 to {max}</source>
        <translation>De zorgtoeslagpunten moeten tussen 0 en {max} liggen</translation>
    </message>
    <message>
        <source>pillar 1 points must be 0 to {max}</source>
        <translation>De punten in pijler 1 moeten tussen 0 en {max} liggen</translation>
    </message>
    <message>
        <source>pillar 1 points cannot exceed the total points</source>
        <translation>De punten in pijler 1 kunnen niet hoger zijn dan het totaal aantal punten</translation>
    </message>
    <message>
        <source>expected an amount as text with a dot for decimals, e.g. &quot;1234.56&quot;</source>
        <translation>Verwacht wordt een bedrag als tekst met een punt voor de decimalen, bv. &quot;1234.56&quot;</translation>
    </message>
    <message>
        <source>the amount is negative</source>
        <translation>Het bedrag is negatief</translation>
    </message>
    <message>
        <source>expected an amount with digits 0-9 and a dot for decimals, e.g. &quot;1234.56&quot;</source>
        <translation>Verwacht wordt een bedrag met de cijfers 0-9 en een punt voor de decimalen, bv. &quot;1234.56&quot;</translation>
    </message>
    <message>
        <source>the amount has more than two decimals</source>
        <translation>Het bedrag heeft meer dan twee decimalen</translation>
    </message>
    <message>
        <source>the amount is above the maximum of {max}</source>
        <translation>Het bedrag ligt boven het maximum van {max}</translation>
    </message>
    <message>
        <source>expected a month as YYYY-MM, for example 2024-03</source>
        <translation>Verwacht wordt een maand als JJJJ-MM, bijvoorbeeld 2024-03</translation>
    </message>
    <message>
        <source>month {month} does not exist (01-12)</source>
        <translation>Maand {month} bestaat niet (01-12)</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>De einddatum ligt vóór de begindatum</translation>
    </message>
    <message>
        <source>the monthly amount is negative</source>
        <translation>Het maandbedrag is negatief</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>no dossier with this INSZ</source>
        <translation>geen dossier met dit INSZ</translation>
    </message>
    <message>
        <source>this dossier is not in the local cache and the central database cannot be reached; it can be opened when the connection is back</source>
        <translation>dit dossier staat niet in de lokale cache en de centrale databank is niet bereikbaar; het kan worden geopend zodra de verbinding hersteld is</translation>
    </message>
    <message>
        <source>this dossier has no IVT/IT decision in force: nothing to simulate</source>
        <translation>dit dossier heeft geen geldende IVT/IT-beslissing: er valt niets te simuleren</translation>
    </message>
</context>
<context>
    <name>DossierHeader</name>
    <message>
        <source>Flanders</source>
        <translation>Vlaanderen</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Brussel</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Wallonië</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>INSZ:</source>
        <translation>INSZ:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Geboren:</translation>
    </message>
    <message>
        <source>Age today:</source>
        <translation>Leeftijd vandaag:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Gewest:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Zaak:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation>Wettelijke vertegenwoordiger:</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 jaar</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>geen zaak</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Fetched from the central database just now.</source>
        <translation>Zonet opgehaald uit de centrale databank.</translation>
    </message>
    <message>
        <source>The local cache was never synced: the data may be incomplete.</source>
        <translation>De lokale cache werd nog nooit gesynchroniseerd: de gegevens kunnen onvolledig zijn.</translation>
    </message>
    <message>
        <source>Data as of the last sync %1; newer changes will show after the next sync.</source>
        <translation>Gegevens van de laatste synchronisatie op %1; recentere wijzigingen verschijnen na de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Data as of the last sync %1.</source>
        <translation>Gegevens van de laatste synchronisatie op %1.</translation>
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
        <translation>&amp;Simuleren</translation>
    </message>
    <message>
        <source>Simulate this dossier</source>
        <translation>Dit dossier simuleren</translation>
    </message>
    <message>
        <source>Compare IVT/IT with zorgtoeslag + BOB for this dossier (Alt+S, Ctrl+Shift+S)</source>
        <translation>IVT/IT vergelijken met zorgtoeslag + BOB voor dit dossier (Alt+S, Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>High &amp;contrast timeline</source>
        <translation>Tijdlijn in hoog &amp;contrast</translation>
    </message>
    <message>
        <source>High contrast timeline</source>
        <translation>Tijdlijn in hoog contrast</translation>
    </message>
    <message>
        <source>Draw the timeline in black and white with patterns only, for low vision or a monochrome printout (Alt+C)</source>
        <translation>De tijdlijn in zwart-wit tekenen, met alleen patronen, voor slechtzienden of een afdruk in zwart-wit (Alt+C)</translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation>Actualiteit van de gegevens</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Wat u kunt doen</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Bezig met laden</translation>
    </message>
    <message>
        <source>No dossier open. Type an INSZ in the look-up field (Ctrl+L) and press Enter.</source>
        <translation>Geen dossier geopend. Typ een INSZ in het opzoekveld (Ctrl+L) en druk op Enter.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periodes</translation>
    </message>
    <message>
        <source>Loading the dossier ...</source>
        <translation>Bezig met het laden van het dossier ...</translation>
    </message>
    <message>
        <source>No dossier with this INSZ in the central database.</source>
        <translation>Geen dossier met dit INSZ in de centrale databank.</translation>
    </message>
    <message>
        <source>This dossier is not available offline: it is not in your local cache and the central database cannot be reached. Try again when the connection is back.</source>
        <translation>Dit dossier is offline niet beschikbaar: het staat niet in uw lokale cache en de centrale databank is niet bereikbaar. Probeer opnieuw zodra de verbinding hersteld is.</translation>
    </message>
    <message>
        <source>Sync now (%1) tries the connection again; once online, open the dossier again from the look-up field (%2).</source>
        <translation>Nu synchroniseren (%1) probeert de verbinding opnieuw; zodra u online bent, opent u het dossier opnieuw vanuit het opzoekveld (%2).</translation>
    </message>
    <message>
        <source>Check the number typed (%1).</source>
        <translation>Controleer het getypte nummer (%1).</translation>
    </message>
    <message>
        <source>If it is right, the person is not in the VSB files imported so far (no BOB), or the case belongs to another team: ask your supervisor.</source>
        <translation>Als het juist is, staat de persoon niet in de tot nu toe ingelezen bestanden van VSB (geen BOB), of hoort de zaak bij een ander team: vraag het aan uw leidinggevende.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>There is nothing to export: no case is shown.</source>
        <translation>Er valt niets te exporteren: er wordt geen zaak getoond.</translation>
    </message>
    <message>
        <source>Export the work list</source>
        <translation>De werklijst exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting {count} cases ...</source>
        <translation>Bezig met het exporteren van {count} zaken ...</translation>
    </message>
    <message>
        <source>Exporting the work list ...</source>
        <translation>Bezig met het exporteren van de werklijst ...</translation>
    </message>
    <message>
        <source>Exported 1 case to {path}</source>
        <translation>1 zaak geëxporteerd naar {path}</translation>
    </message>
    <message>
        <source>Exported {count} cases to {path}</source>
        <translation>{count} zaken geëxporteerd naar {path}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export geannuleerd; er werd geen bestand geschreven.</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>De export is mislukt: {reason}</translation>
    </message>
</context>
<context>
    <name>FieldsModel</name>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Uw versie</translation>
    </message>
    <message>
        <source>Central version</source>
        <translation>Centrale versie</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>verschilt</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gelijk</translation>
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
        <translation>Conflicten nu</translation>
    </message>
    <message>
        <source>Proposal to send</source>
        <translation>Voorstel te versturen</translation>
    </message>
    <message>
        <source>Waiting past deadline</source>
        <translation>Wacht, termijn verstreken</translation>
    </message>
    <message>
        <source>Turning 18 within two months</source>
        <translation>Wordt 18 binnen twee maanden</translation>
    </message>
    <message>
        <source>Retroactive changes</source>
        <translation>Retroactieve wijzigingen</translation>
    </message>
    <message>
        <source>Renunciation to propose</source>
        <translation>Voor te stellen verzaking</translation>
    </message>
    <message>
        <source>Every case of your team</source>
        <translation>Alle zaken van uw team</translation>
    </message>
    <message>
        <source>BOB and a paid IVT/IT in the same months, in the period VSB asks about today</source>
        <translation>BOB en een betaalde IVT/IT in dezelfde maanden, in de periode die VSB vandaag opvraagt</translation>
    </message>
    <message>
        <source>A renunciation proposal is ready to be sent</source>
        <translation>Een voorstel tot verzaking is klaar om te worden verstuurd</translation>
    </message>
    <message>
        <source>Waiting for the applicant&apos;s answer and the deadline has passed</source>
        <translation>Wacht op het antwoord van de aanvrager en de termijn is verstreken</translation>
    </message>
    <message>
        <source>The applicant turns 18 within two months from today</source>
        <translation>De aanvrager wordt binnen twee maanden vanaf vandaag 18</translation>
    </message>
    <message>
        <source>A retroactive IVT/IT change arrived by sync and is not seen yet</source>
        <translation>Een retroactieve IVT/IT-wijziging kwam binnen via synchronisatie en werd nog niet bekeken</translation>
    </message>
    <message>
        <source>The screening found that IVT/IT does not pay more: a renunciation is to be proposed</source>
        <translation>De screening stelde vast dat IVT/IT niet meer betaalt: een verzaking moet worden voorgesteld</translation>
    </message>
    <message>
        <source>{filter}, search &quot;{text}&quot;</source>
        <translation>{filter}, zoekopdracht &quot;{text}&quot;</translation>
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
        <translation>Filter: {name}, {count} zaken</translation>
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
        <translation>CumulDesk — vergrendeld</translation>
    </message>
    <message>
        <source>Wrong password: the window stays locked.</source>
        <translation>Verkeerd wachtwoord: het venster blijft vergrendeld.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Afgemeld</translation>
    </message>
</context>
<context>
    <name>Insz</name>
    <message>
        <source>No INSZ was entered.</source>
        <translation>Er werd geen INSZ ingevoerd.</translation>
    </message>
    <message>
        <source>The INSZ contains letters; only digits are allowed (spaces, dots, dashes and slashes between them are ignored).</source>
        <translation>Het INSZ bevat letters; alleen cijfers zijn toegestaan (spaties, punten, streepjes en schuine strepen ertussen worden genegeerd).</translation>
    </message>
    <message>
        <source>The INSZ contains characters that are not digits; only digits are allowed (spaces, dots, dashes and slashes between them are ignored).</source>
        <translation>Het INSZ bevat tekens die geen cijfers zijn; alleen cijfers zijn toegestaan (spaties, punten, streepjes en schuine strepen ertussen worden genegeerd).</translation>
    </message>
    <message>
        <source>An INSZ has {length} digits; this one has {count} digits. A leading zero may have been lost (for example by a spreadsheet).</source>
        <translation>Een INSZ heeft {length} cijfers; dit heeft er {count}. Misschien is een voorloopnul verloren gegaan (bijvoorbeeld door een rekenblad).</translation>
    </message>
    <message>
        <source>An INSZ has {length} digits; this one has 1 digit.</source>
        <translation>Een INSZ heeft {length} cijfers; dit heeft er 1.</translation>
    </message>
    <message>
        <source>An INSZ has {length} digits; this one has {count} digits.</source>
        <translation>Een INSZ heeft {length} cijfers; dit heeft er {count}.</translation>
    </message>
    <message>
        <source>The month (third and fourth digit) is {month}, which is impossible: a national register number has month 01-12 (00 if unknown), a BIS number has month 21-32 or 41-52 (20 or 40 if unknown).</source>
        <translation>De maand (derde en vierde cijfer) is {month}, wat onmogelijk is: een rijksregisternummer heeft maand 01-12 (00 indien onbekend), een BIS-nummer heeft maand 21-32 of 41-52 (20 of 40 indien onbekend).</translation>
    </message>
    <message>
        <source>The day (fifth and sixth digit) is {day}, which is impossible: the day of birth is 01-31 (00 if unknown).</source>
        <translation>De dag (vijfde en zesde cijfer) is {day}, wat onmogelijk is: de geboortedag is 01-31 (00 indien onbekend).</translation>
    </message>
    <message>
        <source>The check digits (the last two) do not match the first nine digits: a digit was probably mistyped.</source>
        <translation>De controlecijfers (de laatste twee) komen niet overeen met de eerste negen cijfers: waarschijnlijk werd een cijfer verkeerd getypt.</translation>
    </message>
    <message>
        <source>Type or paste an INSZ (11 digits).</source>
        <translation>Typ of plak een INSZ (11 cijfers).</translation>
    </message>
    <message>
        <source>{typed} of {length} digits</source>
        <translation>{typed} van {length} cijfers</translation>
    </message>
</context>
<context>
    <name>Law</name>
    <message>
        <source>there is no law value {id}</source>
        <translation>er is geen wettelijke waarde {id}</translation>
    </message>
    <message>
        <source>law value {id} is approved already: only a proposed value can be approved</source>
        <translation>wettelijke waarde {id} is al goedgekeurd: alleen een voorgestelde waarde kan goedgekeurd worden</translation>
    </message>
    <message>
        <source>law value {id} is approved already: only a proposed value can be rejected</source>
        <translation>wettelijke waarde {id} is al goedgekeurd: alleen een voorgestelde waarde kan afgewezen worden</translation>
    </message>
    <message>
        <source>law value {id} is rejected already: only a proposed value can be approved</source>
        <translation>wettelijke waarde {id} is al afgewezen: alleen een voorgestelde waarde kan goedgekeurd worden</translation>
    </message>
    <message>
        <source>law value {id} is rejected already: only a proposed value can be rejected</source>
        <translation>wettelijke waarde {id} is al afgewezen: alleen een voorgestelde waarde kan afgewezen worden</translation>
    </message>
    <message>
        <source>law value {id} was decided meanwhile by another supervisor</source>
        <translation>over wettelijke waarde {id} heeft intussen een andere leidinggevende beslist</translation>
    </message>
    <message>
        <source>{user} proposed law value {id}: another supervisor must approve it</source>
        <translation>{user} stelde wettelijke waarde {id} voor: een andere leidinggevende moet ze goedkeuren</translation>
    </message>
</context>
<context>
    <name>LawActions</name>
    <message>
        <source>&amp;Propose a value ...</source>
        <translation>Waarde &amp;voorstellen ...</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>Goed&amp;keuren</translation>
    </message>
    <message>
        <source>Re&amp;ject ...</source>
        <translation>&amp;Afwijzen ...</translation>
    </message>
    <message>
        <source>Why a button is unavailable</source>
        <translation>Waarom een knop niet beschikbaar is</translation>
    </message>
    <message>
        <source>The central database cannot be reached: proposing, approving and rejecting wait until it is back.</source>
        <translation>De centrale databank is niet bereikbaar: voorstellen, goedkeuren en afwijzen wachten tot ze terug is.</translation>
    </message>
    <message>
        <source>Select a proposed value to approve or reject it.</source>
        <translation>Selecteer een voorgestelde waarde om ze goed te keuren of af te wijzen.</translation>
    </message>
    <message>
        <source>Only a proposed value can be approved or rejected; this one is {state}.</source>
        <translation>Alleen een voorgestelde waarde kan worden goedgekeurd of afgewezen; deze is {state}.</translation>
    </message>
    <message>
        <source>You proposed this value: another supervisor must approve it. You may reject it to withdraw it.</source>
        <translation>U hebt deze waarde voorgesteld: een andere leidinggevende moet ze goedkeuren. U kunt ze afwijzen om ze in te trekken.</translation>
    </message>
    <message>
        <source>Propose a new dated value of a law parameter, with its source</source>
        <translation>Een nieuwe gedateerde waarde van een wettelijke parameter voorstellen, met haar bron</translation>
    </message>
    <message>
        <source>The central database cannot be reached: proposing waits until it is back</source>
        <translation>De centrale databank is niet bereikbaar: voorstellen wacht tot ze terug is</translation>
    </message>
    <message>
        <source>Put the selected value in force: it becomes the next law-data version</source>
        <translation>De geselecteerde waarde in werking stellen: ze wordt de volgende versie van de wettelijke gegevens</translation>
    </message>
    <message>
        <source>Reject the selected proposed value, with an optional reason</source>
        <translation>De geselecteerde voorgestelde waarde afwijzen, met een reden als u wilt</translation>
    </message>
    <message>
        <source>Proposed. Another supervisor approves it before it is in force.</source>
        <translation>Voorgesteld. Een andere leidinggevende keurt de waarde goed voor ze in werking treedt.</translation>
    </message>
    <message>
        <source>Approve a law value</source>
        <translation>Een wettelijke waarde goedkeuren</translation>
    </message>
    <message>
        <source>Approve {what}? It becomes the next law-data version, and every desk computes with it after its next sync.</source>
        <translation>{what} goedkeuren? De waarde wordt de volgende versie van de wettelijke gegevens, en elke werkpost rekent ermee na zijn volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Approved: {what}. It is part of law data v{version}; every desk gets it with its next sync.</source>
        <translation>Goedgekeurd: {what}. De waarde hoort bij wettelijke gegevens v{version}; elke werkpost krijgt ze bij zijn volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Approving ...</source>
        <translation>Bezig met goedkeuren ...</translation>
    </message>
    <message>
        <source>Rejected: {what}.</source>
        <translation>Afgewezen: {what}.</translation>
    </message>
    <message>
        <source>Rejecting ...</source>
        <translation>Bezig met afwijzen ...</translation>
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
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Every law value</source>
        <translation>Elke wettelijke waarde</translation>
    </message>
    <message>
        <source>Values waiting for a second supervisor</source>
        <translation>Waarden die op een tweede leidinggevende wachten</translation>
    </message>
    <message>
        <source>Values in force from their version on</source>
        <translation>Waarden die van kracht zijn vanaf hun versie</translation>
    </message>
    <message>
        <source>Values a supervisor rejected</source>
        <translation>Waarden die een leidinggevende afwees</translation>
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
        <translation>Filter: {name}, {count} waarden</translation>
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
        <translation>kies ja of nee</translation>
    </message>
    <message>
        <source>choose a law parameter</source>
        <translation>kies een wettelijke parameter</translation>
    </message>
    <message>
        <source>choose the category the value is for</source>
        <translation>kies de categorie waarvoor de waarde geldt</translation>
    </message>
    <message>
        <source>choose sourced or computed</source>
        <translation>kies met bron of berekend</translation>
    </message>
    <message>
        <source>give the title of the act or public page the value was read on</source>
        <translation>geef de titel van de akte of openbare pagina waarop de waarde gelezen is</translation>
    </message>
    <message>
        <source>at most {count} characters</source>
        <translation>hoogstens {count} tekens</translation>
    </message>
    <message>
        <source>a web address starts with https:// or http:// (or leave it empty)</source>
        <translation>een webadres begint met https:// of http:// (of laat het leeg)</translation>
    </message>
</context>
<context>
    <name>LawLoad</name>
    <message>
        <source>The central database cannot be reached: nothing was sent. Try again when the connection is back.</source>
        <translation>De centrale databank is niet bereikbaar: er is niets verstuurd. Probeer opnieuw als de verbinding terug is.</translation>
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
        <translation>Categorie</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Voorgesteld door</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslist door</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>meegeleverd</translation>
    </message>
    <message>
        <source>v{version}</source>
        <translation>v{version}</translation>
    </message>
    <message>
        <source>{name} (as the command line names it: {label})</source>
        <translation>{name} (zoals de opdrachtregel het noemt: {label})</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Afgewezen: {reason}</translation>
    </message>
    <message>
        <source>Rejected; no reason was given</source>
        <translation>Afgewezen; er is geen reden opgegeven</translation>
    </message>
    <message>
        <source>Waiting for a second supervisor to approve or reject it</source>
        <translation>Wacht tot een tweede leidinggevende ze goedkeurt of afwijst</translation>
    </message>
    <message>
        <source>In force from its version on</source>
        <translation>Van kracht vanaf haar versie</translation>
    </message>
    <message>
        <source>Part of the law data from version {version} on</source>
        <translation>Hoort bij de wettelijke gegevens vanaf versie {version}</translation>
    </message>
    <message>
        <source>Shipped with CumulDesk: the first law data, version {version}</source>
        <translation>Meegeleverd met CumulDesk: de eerste wettelijke gegevens, versie {version}</translation>
    </message>
    <message>
        <source>Proposed on {moment}</source>
        <translation>Voorgesteld op {moment}</translation>
    </message>
    <message>
        <source>Decided on {moment}</source>
        <translation>Beslist op {moment}</translation>
    </message>
</context>
<context>
    <name>LawNames</name>
    <message>
        <source>IVT per year</source>
        <translation>IVT per jaar</translation>
    </message>
    <message>
        <source>IT per year</source>
        <translation>IT per jaar</translation>
    </message>
    <message>
        <source>IVT partner exemption per year</source>
        <translation>IVT-vrijstelling partner per jaar</translation>
    </message>
    <message>
        <source>Zorgtoeslag per month</source>
        <translation>Zorgtoeslag per maand</translation>
    </message>
    <message>
        <source>BOB / ondersteuningstoeslag per month</source>
        <translation>BOB / ondersteuningstoeslag per maand</translation>
    </message>
    <message>
        <source>Zorgtoeslag ban with IVT/IT</source>
        <translation>Cumulverbod zorgtoeslag met IVT/IT</translation>
    </message>
    <message>
        <source>BOB ban with IVT/IT</source>
        <translation>Cumulverbod BOB met IVT/IT</translation>
    </message>
    <message>
        <source>Ondersteuningstoeslag ban with IVT/IT (open point)</source>
        <translation>Cumulverbod ondersteuningstoeslag met IVT/IT (open punt)</translation>
    </message>
    <message>
        <source>Zorgtoeslag recovered for arrears months (open point)</source>
        <translation>Zorgtoeslag teruggevorderd voor maanden met achterstallen (open punt)</translation>
    </message>
    <message>
        <source>category A: lives with relatives or other</source>
        <translation>categorie A: woont bij verwanten of andere</translation>
    </message>
    <message>
        <source>category B: lives alone or in an institution</source>
        <translation>categorie B: woont alleen of in een instelling</translation>
    </message>
    <message>
        <source>category C: partner or dependent children</source>
        <translation>categorie C: partner of kinderen ten laste</translation>
    </message>
    <message>
        <source>category 1: 7 to 8 points</source>
        <translation>categorie 1: 7 tot 8 punten</translation>
    </message>
    <message>
        <source>category 2: 9 to 11 points</source>
        <translation>categorie 2: 9 tot 11 punten</translation>
    </message>
    <message>
        <source>category 3: 12 to 14 points</source>
        <translation>categorie 3: 12 tot 14 punten</translation>
    </message>
    <message>
        <source>category 4: 15 to 16 points</source>
        <translation>categorie 4: 15 tot 16 punten</translation>
    </message>
    <message>
        <source>category 5: 17 to 18 points</source>
        <translation>categorie 5: 17 tot 18 punten</translation>
    </message>
    <message>
        <source>at least 4 points in pillar 1, fewer than 6 in total</source>
        <translation>minstens 4 punten in pijler 1, minder dan 6 in totaal</translation>
    </message>
    <message>
        <source>6 to 8 points</source>
        <translation>6 tot 8 punten</translation>
    </message>
    <message>
        <source>9 to 11 points</source>
        <translation>9 tot 11 punten</translation>
    </message>
    <message>
        <source>12 to 14 points, or 6 to 11 with at least 4 in pillar 1</source>
        <translation>12 tot 14 punten, of 6 tot 11 met minstens 4 in pijler 1</translation>
    </message>
    <message>
        <source>15 to 17 points</source>
        <translation>15 tot 17 punten</translation>
    </message>
    <message>
        <source>18 to 20 points</source>
        <translation>18 tot 20 punten</translation>
    </message>
    <message>
        <source>more than 20 points</source>
        <translation>meer dan 20 punten</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Vlaanderen</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Brussel</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Wallonië</translation>
    </message>
    <message>
        <source>sourced</source>
        <translation>met bron</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>berekend</translation>
    </message>
    <message>
        <source>carried</source>
        <translation>overgenomen</translation>
    </message>
    <message>
        <source>read on a public page named as its source</source>
        <translation>gelezen op een openbare pagina die als bron vermeld is</translation>
    </message>
    <message>
        <source>computed from sourced figures by a sourced rule (an index step, 50 % of category A); no published table confirms it</source>
        <translation>berekend uit cijfers met bron volgens een regel met bron (een indexsprong, 50 % van categorie A); geen gepubliceerde tabel bevestigt ze</translation>
    </message>
    <message>
        <source>no value is known for this date: the last known value is reused until a supervisor confirms one</source>
        <translation>voor deze datum is geen waarde bekend: de laatst bekende waarde wordt gebruikt tot een leidinggevende er een bevestigt</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
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
        <translation>Wettelijke waarden</translation>
    </message>
    <message>
        <source>Every law value with its category, date, value, kind, state, version and source; the proposals first. Click a column header to sort.</source>
        <translation>Elke wettelijke waarde met categorie, datum, waarde, soort, status, versie en bron; de voorstellen eerst. Klik op een kolomkop om te sorteren.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
    <message>
        <source>Read the law values again</source>
        <translation>De wettelijke waarden opnieuw lezen</translation>
    </message>
    <message>
        <source>Loading the law values</source>
        <translation>De wettelijke waarden worden geladen</translation>
    </message>
    <message>
        <source>Law data in use</source>
        <translation>Gebruikte wettelijke gegevens</translation>
    </message>
    <message>
        <source>No law values shown</source>
        <translation>Geen wettelijke waarden getoond</translation>
    </message>
    <message>
        <source>Law data message</source>
        <translation>Bericht over de wettelijke gegevens</translation>
    </message>
    <message>
        <source>Law &amp;values</source>
        <translation>Wet&amp;telijke waarden</translation>
    </message>
    <message>
        <source>Sender &amp;block</source>
        <translation>Af&amp;zendergegevens</translation>
    </message>
    <message>
        <source>DG HAN&apos;s address, phone, opening hours and signatory on the letters</source>
        <translation>Adres, telefoon, openingsuren en ondertekenaar van de DG HAN op de brieven</translation>
    </message>
    <message>
        <source>Parts of the law-data page</source>
        <translation>Delen van de pagina Wettelijke gegevens</translation>
    </message>
    <message>
        <source>The law values, or the sender block of the letters</source>
        <translation>De wettelijke waarden of de afzendergegevens van de brieven</translation>
    </message>
    <message>
        <source>This desk computes with the shipped defaults: it has no law data from the central database yet.</source>
        <translation>Deze werkpost rekent met de meegeleverde standaardwaarden: hij heeft nog geen wettelijke gegevens uit de centrale databank.</translation>
    </message>
    <message>
        <source>This desk computes with law data v{version} (central database).</source>
        <translation>Deze werkpost rekent met wettelijke gegevens v{version} (centrale databank).</translation>
    </message>
    <message>
        <source>The last sync brought law data v{version}: this desk uses it from your next sign-in.</source>
        <translation>De laatste synchronisatie bracht wettelijke gegevens v{version}: deze werkpost gebruikt ze vanaf uw volgende aanmelding.</translation>
    </message>
    <message>
        <source>The law values could not be loaded: {reason}</source>
        <translation>De wettelijke waarden konden niet worden geladen: {reason}</translation>
    </message>
    <message>
        <source>The central database cannot be reached: shown are the approved values this desk computes with, as of the last sync.</source>
        <translation>De centrale databank is niet bereikbaar: getoond worden de goedgekeurde waarden waarmee deze werkpost rekent, zoals bij de laatste synchronisatie.</translation>
    </message>
    <message>
        <source>The law data are read-only for you: supervisors propose and approve values.</source>
        <translation>De wettelijke gegevens zijn voor u alleen-lezen: leidinggevenden stellen waarden voor en keuren ze goed.</translation>
    </message>
    <message>
        <source>No value waits for approval.</source>
        <translation>Geen enkele waarde wacht op goedkeuring.</translation>
    </message>
    <message>
        <source>No law value in this state.</source>
        <translation>Geen wettelijke waarde met deze status.</translation>
    </message>
    <message>
        <source>{name} from {day}: {value}</source>
        <translation>{name} vanaf {day}: {value}</translation>
    </message>
    <message>
        <source>This desk syncs now.</source>
        <translation>Deze werkpost synchroniseert nu.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>The letter is empty: nothing was saved.</source>
        <translation>De brief is leeg: er werd niets opgeslagen.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Ontwerp opgeslagen.</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Definitief maken</translation>
    </message>
    <message>
        <source>Finalise the %1? It is stored with today&apos;s date, your name and its SHA-256 fingerprint, and it cannot be changed afterwards.</source>
        <translation>Wilt u de %1 definitief maken? Dan wordt die opgeslagen met de datum van vandaag, uw naam en de SHA-256-vingerafdruk, en kan die daarna niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>The letter is empty: it cannot be finalised.</source>
        <translation>De brief is leeg: hij kan niet definitief worden gemaakt.</translation>
    </message>
    <message>
        <source>Not finalised: the values were not confirmed.</source>
        <translation>Niet definitief gemaakt: de waarden werden niet bevestigd.</translation>
    </message>
    <message>
        <source>Finalised and stored.</source>
        <translation>Definitief gemaakt en opgeslagen.</translation>
    </message>
    <message>
        <source>A new draft from the simulation; the saved draft stays until you save.</source>
        <translation>Een nieuw ontwerp uit de simulatie; het opgeslagen ontwerp blijft bestaan tot u opslaat.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save your changes as a draft before closing?</source>
        <translation>Wilt u uw wijzigingen als ontwerp opslaan voor u sluit?</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Ontwerp opslaan</translation>
    </message>
    <message>
        <source>Store this text as a draft</source>
        <translation>Deze tekst als ontwerp opslaan</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>De&amp;finitief maken…</translation>
    </message>
    <message>
        <source>Store the letter for good, with date, author and fingerprint: it cannot be changed afterwards</source>
        <translation>De brief definitief opslaan, met datum, auteur en vingerafdruk: hij kan daarna niet meer worden gewijzigd</translation>
    </message>
    <message>
        <source>&amp;New draft from the simulation</source>
        <translation>&amp;Nieuw ontwerp uit de simulatie</translation>
    </message>
    <message>
        <source>Replace the text with a new draft from this simulation</source>
        <translation>De tekst vervangen door een nieuw ontwerp uit deze simulatie</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>De brief afdrukken</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF exporteren…</translation>
    </message>
    <message>
        <source>Save the letter as a PDF</source>
        <translation>De brief opslaan als PDF</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Close the letters (Esc)</source>
        <translation>De brieven sluiten (Esc)</translation>
    </message>
    <message>
        <source>Letters of the case</source>
        <translation>Brieven van de zaak</translation>
    </message>
    <message>
        <source>The letter to the applicant and the advice note: Left and Right arrows switch</source>
        <translation>De brief aan de aanvrager en de adviesnota: wisselen met de pijltjestoetsen links en rechts</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Mededeling</translation>
    </message>
    <message>
        <source>Values to check</source>
        <translation>Te controleren waarden</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Resultaat van de laatste handeling</translation>
    </message>
    <message>
        <source>Loading the dossier and its letters ...</source>
        <translation>Bezig met het laden van het dossier en de brieven ...</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>zaak %1</translation>
    </message>
    <message>
        <source>The letters cannot be opened: %1</source>
        <translation>De brieven kunnen niet worden geopend: %1</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>Letter to the applicant</source>
        <translation>Brief aan de aanvrager</translation>
    </message>
    <message>
        <source>Advice note</source>
        <translation>Adviesnota</translation>
    </message>
    <message>
        <source>letter to the applicant</source>
        <translation>brief aan de aanvrager</translation>
    </message>
    <message>
        <source>advice note</source>
        <translation>adviesnota</translation>
    </message>
    <message>
        <source>renunciation-proposal-%1</source>
        <translation>verzakingsvoorstel-%1</translation>
    </message>
    <message>
        <source>advice-note-%1</source>
        <translation>adviesnota-%1</translation>
    </message>
    <message>
        <source>the organisation&apos;s name</source>
        <translation>de naam van de organisatie</translation>
    </message>
    <message>
        <source>the postal address</source>
        <translation>het postadres</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>het telefoonnummer</translation>
    </message>
    <message>
        <source>the opening hours</source>
        <translation>de openingsuren</translation>
    </message>
    <message>
        <source>the signatory</source>
        <translation>de ondertekenaar</translation>
    </message>
    <message>
        <source>Sender block, not published (left out of the finalised letter): %1.</source>
        <translation>Afzendergegevens, niet gepubliceerd (weggelaten uit de definitieve brief): %1.</translation>
    </message>
    <message>
        <source>Sender block, published without a source: %1.</source>
        <translation>Afzendergegevens, gepubliceerd zonder bron: %1.</translation>
    </message>
    <message>
        <source>DG HAN&apos;s sender block is not complete (%1): the draft marks what is not published, and you will be asked to confirm before a letter is finalised.</source>
        <translation>De afzendergegevens van de DG Personen met een handicap zijn niet volledig (%1): het ontwerp markeert wat niet gepubliceerd is, en voor u een brief definitief maakt, wordt u gevraagd dit te bevestigen.</translation>
    </message>
    <message>
        <source>No letter to the applicant: %1</source>
        <translation>Geen brief aan de aanvrager: %1</translation>
    </message>
    <message>
        <source>No advice note: %1</source>
        <translation>Geen adviesnota: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>open points of law: %1</source>
        <translation>open rechtsvragen: %1</translation>
    </message>
    <message>
        <source>The simulation used law values that are not sourced (%1): you will be asked to confirm that you checked them before a letter is finalised.</source>
        <translation>De simulatie gebruikte wettelijke waarden zonder bron (%1): voor u een brief definitief maakt, wordt u gevraagd te bevestigen dat u ze gecontroleerd hebt.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Internal note for the dossier, in %1.</source>
        <translation>Interne nota voor het dossier, in het %1.</translation>
    </message>
    <message>
        <source>To the applicant, in %1.</source>
        <translation>Aan de aanvrager, in het %1.</translation>
    </message>
    <message>
        <source>To: %1. In %2.</source>
        <translation>Aan: %1. In het %2.</translation>
    </message>
    <message>
        <source>Answer by %1 (%2 days).</source>
        <translation>Antwoord uiterlijk op %1 (%2 dagen).</translation>
    </message>
    <message>
        <source>an unknown handler</source>
        <translation>een onbekende dossierbeheerder</translation>
    </message>
    <message>
        <source>Finalised on %1 by %2, SHA-256 %3. It cannot be changed.</source>
        <translation>Definitief gemaakt op %1 door %2, SHA-256 %3. Kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Its stored content no longer matches this fingerprint: tell your team lead before printing it.</source>
        <translation>De opgeslagen inhoud komt niet meer overeen met deze vingerafdruk: verwittig uw teamleider voor u de brief afdrukt.</translation>
    </message>
    <message>
        <source>Saved draft, shown read-only: no new draft can be made (see above).</source>
        <translation>Opgeslagen ontwerp, alleen-lezen getoond: er kan geen nieuw ontwerp worden gemaakt (zie hierboven).</translation>
    </message>
    <message>
        <source>Draft saved on %1 by %2. Not finalised.</source>
        <translation>Ontwerp opgeslagen op %1 door %2. Niet definitief.</translation>
    </message>
    <message>
        <source>Edited since: the changes are not saved yet.</source>
        <translation>Sindsdien bewerkt: de wijzigingen zijn nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>New draft from the simulation; not saved yet.</source>
        <translation>Nieuw ontwerp uit de simulatie; nog niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>Opsommingslijst</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Formatting of the %1</source>
        <translation>Opmaak van de %1</translation>
    </message>
    <message>
        <source>Text of the %1</source>
        <translation>Tekst van de %1</translation>
    </message>
    <message>
        <source>Addressee and deadline</source>
        <translation>Geadresseerde en termijn</translation>
    </message>
    <message>
        <source>State of the %1</source>
        <translation>Staat van de %1</translation>
    </message>
    <message>
        <source>Finalised: it cannot be changed any more.</source>
        <translation>Definitief: kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>The text as it will be printed; Ctrl+B bold, Ctrl+I italic, Ctrl+S saves the draft, Tab leaves the text</source>
        <translation>De tekst zoals hij wordt afgedrukt; Ctrl+B vet, Ctrl+I cursief, Ctrl+S slaat het ontwerp op, Tab verlaat de tekst</translation>
    </message>
</context>
<context>
    <name>LetterOutput</name>
    <message>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>De brief afdrukken</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>Afdrukken mislukt: %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>Export the letter as PDF</source>
        <translation>De brief exporteren als PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF ...</source>
        <translation>Bezig met het schrijven van de PDF ...</translation>
    </message>
    <message numerus="yes">
        <source>PDF written (%n page(s)): %1</source>
        <translation>
            <numerusform>PDF geschreven (%n pagina): %1</numerusform>
            <numerusform>PDF geschreven (%n pagina&apos;s): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>De PDF werd niet geschreven: %1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>CumulDesk is locked</source>
        <translation>CumulDesk is vergrendeld</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>The window was locked to protect personal data. {0} ({1}): type your password to continue.</source>
        <translation>Het venster werd vergrendeld om persoonsgegevens te beschermen. {0} ({1}): typ uw wachtwoord om verder te gaan.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Your CumulDesk password; Enter unlocks the window</source>
        <translation>Uw wachtwoord voor CumulDesk; Enter ontgrendelt het venster</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Melding bij het ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Unlock the window (Enter)</source>
        <translation>Het venster ontgrendelen (Enter)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Quit CumulDesk</source>
        <translation>CumulDesk afsluiten</translation>
    </message>
    <message>
        <source>Close CumulDesk (changes not yet pushed stay in the cache)</source>
        <translation>CumulDesk sluiten (nog niet verzonden wijzigingen blijven in de cache)</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Typ uw wachtwoord.</translation>
    </message>
</context>
<context>
    <name>LookupBar</name>
    <message>
        <source>&amp;INSZ:</source>
        <translation>&amp;INSZ:</translation>
    </message>
    <message>
        <source>YY.MM.DD-XXX.CC, or paste any form</source>
        <translation>JJ.MM.DD-XXX.CC, of plak in eender welke vorm</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>INSZ</translation>
    </message>
    <message>
        <source>Type or paste a social security number (INSZ); Enter opens the dossier</source>
        <translation>Typ of plak een identificatienummer van de sociale zekerheid (INSZ); Enter opent het dossier</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>O&amp;penen</translation>
    </message>
    <message>
        <source>Open dossier</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <source>Open the dossier of this INSZ (Enter)</source>
        <translation>Het dossier van dit INSZ openen (Enter)</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Recent</translation>
    </message>
    <message>
        <source>Recent dossiers</source>
        <translation>Recente dossiers</translation>
    </message>
    <message>
        <source>The dossiers you opened last (Alt+R)</source>
        <translation>De dossiers die u het laatst hebt geopend (Alt+R)</translation>
    </message>
    <message>
        <source>INSZ check</source>
        <translation>INSZ-controle</translation>
    </message>
    <message>
        <source>Opening the dossier ...</source>
        <translation>Bezig met het openen van het dossier ...</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>geboren op {date}</translation>
    </message>
    <message>
        <source>birth date not fully known</source>
        <translation>geboortedatum niet volledig bekend</translation>
    </message>
    <message>
        <source>BIS number</source>
        <translation>BIS-nummer</translation>
    </message>
    <message>
        <source>national register number</source>
        <translation>rijksregisternummer</translation>
    </message>
    <message>
        <source>No dossiers opened yet</source>
        <translation>Nog geen dossiers geopend</translation>
    </message>
    <message>
        <source>{insz}  {name}  (opened {when})</source>
        <translation>{insz}  {name}  (geopend op {when})</translation>
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
        <translation> (demogegevens)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchroniseren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Export work list ...</source>
        <translation>Werklijst &amp;exporteren ...</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Ver&amp;grendelen</translation>
    </message>
    <message>
        <source>&amp;Preferences ...</source>
        <translation>&amp;Voorkeuren ...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Look up INSZ</source>
        <translation>&amp;INSZ opzoeken</translation>
    </message>
    <message>
        <source>&amp;Work list</source>
        <translation>&amp;Werklijst</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulatie</translation>
    </message>
    <message>
        <source>L&amp;aw data</source>
        <translation>Wettelijke &amp;gegevens</translation>
    </message>
    <message>
        <source>&amp;Monthly report</source>
        <translation>&amp;Maandrapport</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <source>&amp;Conflicts and refused changes ...</source>
        <translation>&amp;Conflicten en geweigerde wijzigingen ...</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About CumulDesk</source>
        <translation>&amp;Over CumulDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Work list, dossier, simulation, law data and monthly report: Left and Right arrows switch</source>
        <translation>Werklijst, dossier, simulatie, wettelijke gegevens en maandrapport: wisselen met de pijltjestoetsen links en rechts</translation>
    </message>
    <message>
        <source>Work list, dossier, simulation and law data: Left and Right arrows switch</source>
        <translation>Werklijst, dossier, simulatie en wettelijke gegevens: wisselen met de pijltjestoetsen links en rechts</translation>
    </message>
    <message>
        <source>Work list</source>
        <translation>Werklijst</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulatie</translation>
    </message>
    <message>
        <source>Law data</source>
        <translation>Wettelijke gegevens</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Maandrapport</translation>
    </message>
    <message>
        <source>Open a dossier: the INSZ typed, or the case selected in the work list</source>
        <translation>Een dossier openen: het getypte INSZ of de in de werklijst geselecteerde zaak</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>About CumulDesk</source>
        <translation>Over CumulDesk</translation>
    </message>
    <message>
        <source>CumulDesk {version}

Compares, for young people aged 18 to 21, the federal IVT/IT with the Flemish zorgtoeslag + basic support budget (BOB), which cannot be combined with a paid IVT/IT, and drafts the renunciation proposal when zorgtoeslag + BOB pays more.</source>
        <translation>CumulDesk {version}

Vergelijkt voor jongeren van 18 tot 21 jaar de federale IVT/IT met de Vlaamse zorgtoeslag + het basisondersteuningsbudget (BOB), dat niet samen met een betaalde IVT/IT kan worden ontvangen, en stelt het voorstel tot verzaking op wanneer zorgtoeslag + BOB meer oplevert.</translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message>
        <source>Conflicts found (bars, left axis)</source>
        <translation>Vastgestelde conflicten (staven, linkeras)</translation>
    </message>
    <message>
        <source>Amounts at stake in EUR (line, right axis)</source>
        <translation>Bedragen op het spel in EUR (lijn, rechteras)</translation>
    </message>
    <message>
        <source>{month}: {conflicts} conflicts, {amount} EUR</source>
        <translation>{month}: {conflicts} conflicten, {amount} EUR</translation>
    </message>
    <message>
        <source>Chart of conflicts and amounts at stake by month</source>
        <translation>Grafiek van de conflicten en de bedragen op het spel per maand</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>Monthly report {month}</source>
        <translation>Maandrapport {month}</translation>
    </message>
    <message>
        <source>VSB files imported</source>
        <translation>Ingelezen VSB-bestanden</translation>
    </message>
    <message>
        <source>Persons in VSB&apos;s file(s)</source>
        <translation>Personen in het VSB-bestand (de VSB-bestanden)</translation>
    </message>
    <message>
        <source>Conflicts found</source>
        <translation>Vastgestelde conflicten</translation>
    </message>
    <message>
        <source>Verdict: renunciation to propose</source>
        <translation>Beoordeling: verzaking voor te stellen</translation>
    </message>
    <message>
        <source>Verdict: IVT/IT pays more</source>
        <translation>Beoordeling: IVT/IT betaalt meer</translation>
    </message>
    <message>
        <source>Verdict: not applicable</source>
        <translation>Beoordeling: niet van toepassing</translation>
    </message>
    <message>
        <source>Verdict: cannot screen</source>
        <translation>Beoordeling: niet te screenen</translation>
    </message>
    <message>
        <source>Proposals sent</source>
        <translation>Verstuurde voorstellen</translation>
    </message>
    <message>
        <source>Answers: renunciation accepted</source>
        <translation>Antwoorden: verzaking aanvaard</translation>
    </message>
    <message>
        <source>Answers: refused</source>
        <translation>Antwoorden: geweigerd</translation>
    </message>
    <message>
        <source>No answer by the deadline</source>
        <translation>Geen antwoord binnen de termijn</translation>
    </message>
    <message>
        <source>Amounts at stake (EUR)</source>
        <translation>Bedragen op het spel (EUR)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
</context>
<context>
    <name>MonthlyReportPage</name>
    <message>
        <source>{month} (so far)</source>
        <translation>{month} (tot nu toe)</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Maand:</translation>
    </message>
    <message>
        <source>Month of the report</source>
        <translation>Maand van het rapport</translation>
    </message>
    <message>
        <source>The calendar month whose figures are shown; choosing one shows it</source>
        <translation>De kalendermaand waarvan de cijfers getoond worden; een maand kiezen toont ze</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>Read the figures of the month chosen again from the central database</source>
        <translation>De cijfers van de gekozen maand opnieuw uit de centrale databank lezen</translation>
    </message>
    <message>
        <source>Loading the monthly report</source>
        <translation>Het maandrapport wordt geladen</translation>
    </message>
    <message>
        <source>Counts and sums only, for every team, from the central database. A case counts in the month of its newest screening; amounts at stake are the differences over the horizon of the cases where a renunciation is to be proposed.</source>
        <translation>Alleen aantallen en sommen, voor alle teams, uit de centrale databank. Een zaak telt mee in de maand van haar laatste screening; de bedragen op het spel zijn de verschillen over de horizon van de zaken waarin een verzaking moet worden voorgesteld.</translation>
    </message>
    <message>
        <source>Figures of the month</source>
        <translation>Cijfers van de maand</translation>
    </message>
    <message>
        <source>Persons in VSB&apos;s file, conflicts found, cases by verdict, proposals sent, answers and the amounts at stake, one per row</source>
        <translation>Personen in het VSB-bestand, vastgestelde conflicten, zaken per uitkomst, verstuurde voorstellen, antwoorden en de bedragen op het spel, één per rij</translation>
    </message>
    <message>
        <source>Export to &amp;Excel...</source>
        <translation>Exporteren naar &amp;Excel...</translation>
    </message>
    <message>
        <source>Write the month&apos;s figures and the 12 months to an Excel workbook</source>
        <translation>De cijfers van de maand en de 12 maanden in een Excel-werkmap schrijven</translation>
    </message>
    <message>
        <source>Export to P&amp;DF...</source>
        <translation>Exporteren naar P&amp;DF...</translation>
    </message>
    <message>
        <source>Write the month&apos;s figures and the chart to a PDF</source>
        <translation>De cijfers van de maand en de grafiek in een PDF schrijven</translation>
    </message>
    <message>
        <source>Monthly report message</source>
        <translation>Melding van het maandrapport</translation>
    </message>
    <message>
        <source>Export message</source>
        <translation>Melding van de export</translation>
    </message>
    <message>
        <source>The central database refused the monthly report: it is for active supervisors only.</source>
        <translation>De centrale databank heeft het maandrapport geweigerd: het is alleen bestemd voor actieve leidinggevenden.</translation>
    </message>
    <message>
        <source>The monthly report could not be loaded: {reason}</source>
        <translation>Het maandrapport kon niet worden geladen: {reason}</translation>
    </message>
    <message>
        <source>The monthly report needs the central database, which cannot be reached now. Connect to the network and try again.</source>
        <translation>Het maandrapport heeft de centrale databank nodig, die nu niet bereikbaar is. Maak verbinding met het netwerk en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Chart of conflicts and amounts at stake by month, 12 months to {month}</source>
        <translation>Grafiek van de conflicten en de bedragen op het spel per maand, 12 maanden tot {month}</translation>
    </message>
    <message>
        <source>No figures shown</source>
        <translation>Geen cijfers getoond</translation>
    </message>
    <message>
        <source>monthly-report</source>
        <translation>maandrapport</translation>
    </message>
    <message>
        <source>Export the monthly report to Excel</source>
        <translation>Het maandrapport naar Excel exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the monthly report to PDF</source>
        <translation>Het maandrapport als PDF exporteren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting the monthly report ...</source>
        <translation>Bezig met het exporteren van het maandrapport ...</translation>
    </message>
    <message>
        <source>The monthly report of {month} was exported to {path}</source>
        <translation>Het maandrapport van {month} werd geëxporteerd naar {path}</translation>
    </message>
    <message>
        <source>Not exported: an export is recorded in the central database, which cannot be reached now. Connect to the network and try again.</source>
        <translation>Niet geëxporteerd: een export wordt geregistreerd in de centrale databank, die nu niet bereikbaar is. Maak verbinding met het netwerk en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The export failed; no file was written: {reason}</source>
        <translation>De export is mislukt; er werd geen bestand geschreven: {reason}</translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <source>Lane</source>
        <translation>Spoor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Monthly amount</source>
        <translation>Maandbedrag</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Regeling</translation>
    </message>
    <message>
        <source>Voluntary switch</source>
        <translation>Vrijwillige overstap</translation>
    </message>
    <message>
        <source>Conflict months in this period</source>
        <translation>Conflictmaanden in deze periode</translation>
    </message>
    <message>
        <source>BOB</source>
        <translation>BOB</translation>
    </message>
    <message>
        <source>IVT</source>
        <translation>IVT</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Zorgtoeslag</source>
        <translation>Zorgtoeslag</translation>
    </message>
    <message>
        <source>IVT+IT</source>
        <translation>IVT+IT</translation>
    </message>
    <message>
        <source>open</source>
        <translation>lopend</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>sourced</source>
        <translation>met bron</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>berekend</translation>
    </message>
    <message>
        <source>carried</source>
        <translation>overgenomen</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>niet bekend</translation>
    </message>
    <message>
        <source>no law value published (Brussels scale)</source>
        <translation>geen wettelijk bedrag bekendgemaakt (Brusselse schaal)</translation>
    </message>
    <message>
        <source>no law value published (Walloon scale)</source>
        <translation>geen wettelijk bedrag bekendgemaakt (Waalse schaal)</translation>
    </message>
    <message>
        <source>no law value published</source>
        <translation>geen wettelijk bedrag bekendgemaakt</translation>
    </message>
    <message>
        <source>not compared (before age 17)</source>
        <translation>niet vergeleken (vóór 17 jaar)</translation>
    </message>
    <message>
        <source>not compared (after age 21)</source>
        <translation>niet vergeleken (na 21 jaar)</translation>
    </message>
    <message>
        <source>%1 to %2 EUR</source>
        <translation>%1 tot %2 EUR</translation>
    </message>
    <message>
        <source>no law value published before %1</source>
        <translation>geen wettelijk bedrag bekendgemaakt vóór %1</translation>
    </message>
    <message>
        <source>no law value published for some months</source>
        <translation>voor sommige maanden geen wettelijk bedrag bekendgemaakt</translation>
    </message>
    <message>
        <source>The comparison concerns the months from the 17th up to the 21st birthday; this period lies outside them.</source>
        <translation>De vergelijking betreft de maanden van de 17de tot en met de 21ste verjaardag; deze periode valt daarbuiten.</translation>
    </message>
    <message>
        <source>Monthly amount in force each month (law data, as the simulation uses it), from the 17th up to the 21st birthday:</source>
        <translation>Maandbedrag dat elke maand van kracht is (wettelijke gegevens, zoals de simulatie ze gebruikt), van de 17de tot en met de 21ste verjaardag:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
</context>
<context>
    <name>PeriodsTable</name>
    <message>
        <source>Periods</source>
        <translation>Periodes</translation>
    </message>
    <message>
        <source>Periods table</source>
        <translation>Tabel met periodes</translation>
    </message>
    <message>
        <source>Every BOB, IVT, IT and zorgtoeslag period of the dossier; click a column header to sort</source>
        <translation>Alle periodes van BOB, IVT, IT en zorgtoeslag in het dossier; klik op een kolomkop om te sorteren</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Zoals het systeem (%1)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <source>The language of the window&apos;s texts, dates and amounts; used from the next start</source>
        <translation>De taal van de teksten, datums en bedragen in het venster; geldt vanaf de volgende start</translation>
    </message>
    <message>
        <source>Loc&amp;k the window after (minutes without input):</source>
        <translation>Venster &amp;vergrendelen na (minuten zonder invoer):</translation>
    </message>
    <message>
        <source>&amp;Sync every (minutes):</source>
        <translation>&amp;Synchroniseren om de (minuten):</translation>
    </message>
    <message>
        <source>Minutes without input before locking</source>
        <translation>Minuten zonder invoer voor de vergrendeling</translation>
    </message>
    <message>
        <source>Minutes between two syncs</source>
        <translation>Minuten tussen twee synchronisaties</translation>
    </message>
    <message>
        <source>From 1 to 120 minutes; then the window hides the data and asks your password</source>
        <translation>Van 1 tot 120 minuten; daarna verbergt het venster de gegevens en vraagt het uw wachtwoord</translation>
    </message>
    <message>
        <source>From 1 to 60 minutes between two background syncs; F5 syncs at once</source>
        <translation>Van 1 tot 60 minuten tussen twee synchronisaties op de achtergrond; F5 synchroniseert meteen</translation>
    </message>
    <message>
        <source>Keep these preferences and apply them at once (Enter)</source>
        <translation>Deze voorkeuren bewaren en meteen toepassen (Enter)</translation>
    </message>
    <message>
        <source>Close without changing anything (Esc)</source>
        <translation>Sluiten zonder iets te wijzigen (Esc)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The lock hides personal data and asks for your password again. The sync also runs at once with F5, and by itself as soon as the central database is back after a connection loss.</source>
        <translation>De vergrendeling verbergt persoonsgegevens en vraagt opnieuw uw wachtwoord. De synchronisatie start ook meteen met F5, en vanzelf zodra de centrale databank na een verbroken verbinding weer bereikbaar is.</translation>
    </message>
    <message>
        <source>The window changes language when you start CumulDesk again.</source>
        <translation>Het venster verandert van taal wanneer u CumulDesk opnieuw start.</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <source>Propose a law value</source>
        <translation>Een wettelijke waarde voorstellen</translation>
    </message>
    <message>
        <source>The value is in force once another supervisor approves it; every desk then gets it with its next sync.</source>
        <translation>De waarde is van kracht zodra een andere leidinggevende ze goedkeurt; elke werkpost krijgt ze dan bij zijn volgende synchronisatie.</translation>
    </message>
    <message>
        <source>&amp;Parameter:</source>
        <translation>&amp;Parameter:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>Geldig &amp;vanaf:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Waarde:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Source title:</source>
        <translation>&amp;Titel van de bron:</translation>
    </message>
    <message>
        <source>&amp;Web address (optional):</source>
        <translation>Web&amp;adres (optioneel):</translation>
    </message>
    <message>
        <source>Law parameter</source>
        <translation>Wettelijke parameter</translation>
    </message>
    <message>
        <source>The amount or rule the value is for</source>
        <translation>Het bedrag of de regel waarvoor de waarde geldt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>The category, points band or region the value is for</source>
        <translation>De categorie, puntenschijf of regio waarvoor de waarde geldt</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>The first day the value applies, as day/month/year</source>
        <translation>De eerste dag waarop de waarde geldt, als dag/maand/jaar</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>for example 351,49</source>
        <translation>bijvoorbeeld 351,49</translation>
    </message>
    <message>
        <source>The amount in euro, with a decimal comma, for example 351,49</source>
        <translation>Het bedrag in euro, met een decimale komma, bijvoorbeeld 351,49</translation>
    </message>
    <message>
        <source>Rule applies</source>
        <translation>Regel geldt</translation>
    </message>
    <message>
        <source>Yes: the rule applies from this day on</source>
        <translation>Ja: de regel geldt vanaf deze dag</translation>
    </message>
    <message>
        <source>Kind of value</source>
        <translation>Soort waarde</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Titel van de bron</translation>
    </message>
    <message>
        <source>the act or public page, with its date</source>
        <translation>de akte of openbare pagina, met haar datum</translation>
    </message>
    <message>
        <source>Required: the title of the act or public page the value was read on</source>
        <translation>Verplicht: de titel van de akte of openbare pagina waarop de waarde gelezen is</translation>
    </message>
    <message>
        <source>Web address of the source</source>
        <translation>Webadres van de bron</translation>
    </message>
    <message>
        <source>Optional: the address of the page, starting with https://</source>
        <translation>Optioneel: het adres van de pagina, beginnend met https://</translation>
    </message>
    <message>
        <source>Pr&amp;opose</source>
        <translation>Voo&amp;rstellen</translation>
    </message>
    <message>
        <source>Send the proposal to the central database (Enter)</source>
        <translation>Het voorstel naar de centrale databank sturen (Enter)</translation>
    </message>
    <message>
        <source>Close without proposing (Esc)</source>
        <translation>Sluiten zonder voor te stellen (Esc)</translation>
    </message>
    <message>
        <source>EUR per year</source>
        <translation>EUR per jaar</translation>
    </message>
    <message>
        <source>EUR per month</source>
        <translation>EUR per maand</translation>
    </message>
    <message>
        <source>Sending the proposal ...</source>
        <translation>Het voorstel wordt verstuurd ...</translation>
    </message>
    <message>
        <source>The central database did not take the proposal: {reason}</source>
        <translation>De centrale databank heeft het voorstel niet aangenomen: {reason}</translation>
    </message>
</context>
<context>
    <name>PublishSenderDialog</name>
    <message>
        <source>Publish a sender-block field</source>
        <translation>Een veld van de afzendergegevens publiceren</translation>
    </message>
    <message>
        <source>The text is printed on every letter in this language from the next sync of each desk. The previous text stays on record.</source>
        <translation>De tekst wordt op elke brief in deze taal afgedrukt vanaf de volgende synchronisatie van elke werkpost. De vorige tekst blijft bewaard.</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Veld:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Bron:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>The part of the sender block to publish</source>
        <translation>Het deel van de afzendergegevens dat u publiceert</translation>
    </message>
    <message>
        <source>Language of the letters</source>
        <translation>Taal van de brieven</translation>
    </message>
    <message>
        <source>The letters in this language print the text</source>
        <translation>De brieven in deze taal drukken de tekst af</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>One line per printed line, for example the lines of the address</source>
        <translation>Eén regel per afgedrukte regel, bijvoorbeeld de regels van het adres</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>the public page or decision it comes from</source>
        <translation>de openbare pagina of beslissing waarvan de tekst komt</translation>
    </message>
    <message>
        <source>Where the text comes from; without a source the letters ask to confirm it</source>
        <translation>Waar de tekst vandaan komt; zonder bron vragen de brieven om een bevestiging</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publiceren</translation>
    </message>
    <message>
        <source>Publish in the central database (Enter)</source>
        <translation>Publiceren in de centrale databank (Enter)</translation>
    </message>
    <message>
        <source>Close without publishing (Esc)</source>
        <translation>Sluiten zonder te publiceren (Esc)</translation>
    </message>
    <message>
        <source>Type the text to print.</source>
        <translation>Typ de tekst die moet worden afgedrukt.</translation>
    </message>
    <message>
        <source>Publishing ...</source>
        <translation>Bezig met publiceren ...</translation>
    </message>
    <message>
        <source>The central database did not publish it: {reason}</source>
        <translation>De centrale databank heeft het niet gepubliceerd: {reason}</translation>
    </message>
</context>
<context>
    <name>RebuildCacheDialog</name>
    <message>
        <source>Rebuild your local cache</source>
        <translation>Uw lokale cache herbouwen</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Wat er mis is</translation>
    </message>
    <message>
        <source>What would be lost</source>
        <translation>Wat verloren zou gaan</translation>
    </message>
    <message>
        <source>Counting the changes not yet sent ...</source>
        <translation>Bezig met het tellen van de nog niet verzonden wijzigingen ...</translation>
    </message>
    <message>
        <source>A new cache is filled with your team&apos;s dossiers from the central database. The old cache file is not deleted: it is kept in a private backup folder beside it, in CumulDesk&apos;s data folder.</source>
        <translation>Een nieuwe cache wordt gevuld met de dossiers van uw team uit de centrale databank. Het oude cachebestand wordt niet verwijderd: het wordt bewaard in een afgeschermde reservekopiemap ernaast, in de gegevensmap van CumulDesk.</translation>
    </message>
    <message>
        <source>&amp;New cache passphrase:</source>
        <translation>&amp;Nieuwe wachtzin van de cache:</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation>Typ ze &amp;opnieuw:</translation>
    </message>
    <message>
        <source>New cache passphrase</source>
        <translation>Nieuwe wachtzin van de cache</translation>
    </message>
    <message>
        <source>This computer has no system keyring: choose the passphrase of the new local cache (at least 12 characters)</source>
        <translation>Deze computer heeft geen sleutelbos van het systeem: kies de wachtzin van de nieuwe lokale cache (minstens 12 tekens)</translation>
    </message>
    <message>
        <source>New cache passphrase again</source>
        <translation>Nieuwe wachtzin van de cache opnieuw</translation>
    </message>
    <message>
        <source>The same passphrase once more, to be sure it is typed as meant</source>
        <translation>Dezelfde wachtzin nog eens, om zeker te zijn dat ze getypt is zoals bedoeld</translation>
    </message>
    <message>
        <source>&amp;Type your username ({0}) to confirm that they may be lost:</source>
        <translation>&amp;Typ uw gebruikersnaam ({0}) om te bevestigen dat ze verloren mogen gaan:</translation>
    </message>
    <message>
        <source>Username, typed to confirm</source>
        <translation>Gebruikersnaam, getypt ter bevestiging</translation>
    </message>
    <message>
        <source>The rebuild starts only when your username is typed here</source>
        <translation>Het herbouwen begint pas wanneer uw gebruikersnaam hier getypt is</translation>
    </message>
    <message>
        <source>Rebuild message</source>
        <translation>Melding over het herbouwen</translation>
    </message>
    <message>
        <source>Rebuilding the local cache</source>
        <translation>De lokale cache wordt herbouwd</translation>
    </message>
    <message>
        <source>&amp;Rebuild</source>
        <translation>&amp;Herbouwen</translation>
    </message>
    <message>
        <source>Set the old cache aside and fill a new one from the central database</source>
        <translation>De oude cache opzijzetten en een nieuwe vullen uit de centrale databank</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Change nothing (Esc)</source>
        <translation>Niets wijzigen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Continue signing in</source>
        <translation>Verder &amp;aanmelden</translation>
    </message>
    <message>
        <source>Sign in with the new local cache (Enter)</source>
        <translation>Aanmelden met de nieuwe lokale cache (Enter)</translation>
    </message>
    <message>
        <source>Your local cache file is empty (0 bytes).</source>
        <translation>Uw lokale cachebestand is leeg (0 bytes).</translation>
    </message>
    <message>
        <source>Your local cache file is cut short (truncated).</source>
        <translation>Uw lokale cachebestand is afgekapt (onvolledig).</translation>
    </message>
    <message>
        <source>Your local cache file was replaced by a link to something else.</source>
        <translation>Uw lokale cachebestand werd vervangen door een koppeling naar iets anders.</translation>
    </message>
    <message>
        <source>Something that is not a file stands where your local cache file belongs.</source>
        <translation>Op de plaats van uw lokale cachebestand staat iets dat geen bestand is.</translation>
    </message>
    <message>
        <source>Your local cache file lacks CumulDesk&apos;s bookkeeping.</source>
        <translation>Uw lokale cachebestand mist de boekhouding van CumulDesk.</translation>
    </message>
    <message>
        <source>Events were removed from the audit trail of your local cache.</source>
        <translation>Er werden gebeurtenissen verwijderd uit het auditspoor van uw lokale cache.</translation>
    </message>
    <message>
        <source>Your local cache file is damaged or was changed outside CumulDesk.</source>
        <translation>Uw lokale cachebestand is beschadigd of werd buiten CumulDesk gewijzigd.</translation>
    </message>
    <message>
        <source>Your local cache does not open with the cache passphrase typed: it is probably mistyped. Cancel and type it again, unless it is lost for good.</source>
        <translation>Uw lokale cache gaat niet open met de getypte wachtzin: die is waarschijnlijk verkeerd getypt. Annuleer en typ ze opnieuw, tenzij ze voorgoed verloren is.</translation>
    </message>
    <message>
        <source>Your local cache does not open with the key kept in this computer&apos;s keyring (the key is missing, or it is another one).</source>
        <translation>Uw lokale cache gaat niet open met de sleutel in de sleutelbos van deze computer (de sleutel ontbreekt, of het is een andere).</translation>
    </message>
    <message>
        <source>Your local cache belongs to another handler or was filled from another central database.</source>
        <translation>Uw lokale cache hoort bij een andere dossierbehandelaar of werd gevuld uit een andere centrale databank.</translation>
    </message>
    <message>
        <source>The changes in it that were not yet sent to the central database cannot be counted, because it does not open: they will be lost.</source>
        <translation>De wijzigingen erin die nog niet naar de centrale databank verzonden zijn, kunnen niet geteld worden, want de cache gaat niet open: ze gaan verloren.</translation>
    </message>
    <message>
        <source>It holds no change that is not in the central database: nothing is lost.</source>
        <translation>Hij bevat geen wijziging die niet in de centrale databank staat: er gaat niets verloren.</translation>
    </message>
    <message>
        <source>{0} change(s) not yet sent to the central database will be lost: {1} note(s), {2} case change(s), {3} letter(s), {4} audit event(s).</source>
        <translation>{0} wijziging(en) die nog niet naar de centrale databank verzonden zijn, gaan verloren: {1} notitie(s), {2} wijziging(en) van zaken, {3} brief (brieven), {4} auditgebeurtenis(sen).</translation>
    </message>
    <message>
        <source>What the cache holds cannot be counted now, so it is not rebuilt.</source>
        <translation>Wat de cache bevat kan nu niet geteld worden, dus wordt hij niet herbouwd.</translation>
    </message>
    <message>
        <source>Wait until the changes are counted.</source>
        <translation>Wacht tot de wijzigingen geteld zijn.</translation>
    </message>
    <message>
        <source>The new cache passphrase needs at least 12 characters.</source>
        <translation>De nieuwe wachtzin van de cache moet minstens 12 tekens hebben.</translation>
    </message>
    <message>
        <source>The two new cache passphrases differ.</source>
        <translation>De twee nieuwe wachtzinnen van de cache verschillen.</translation>
    </message>
    <message>
        <source>Type your username to confirm.</source>
        <translation>Typ uw gebruikersnaam om te bevestigen.</translation>
    </message>
    <message>
        <source>Rebuilding your local cache ...</source>
        <translation>Bezig met het herbouwen van uw lokale cache ...</translation>
    </message>
    <message>
        <source>Storing dossiers: {0} of {1} ...</source>
        <translation>Dossiers opslaan: {0} van {1} ...</translation>
    </message>
    <message>
        <source>Your local cache was rebuilt: {0} dossiers.</source>
        <translation>Uw lokale cache werd herbouwd: {0} dossiers.</translation>
    </message>
    <message>
        <source>The old cache is kept in {0}.</source>
        <translation>De oude cache wordt bewaard in {0}.</translation>
    </message>
    <message>
        <source>The old cache could not be kept as a backup.</source>
        <translation>De oude cache kon niet als reservekopie bewaard worden.</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject a proposed value</source>
        <translation>Een voorgestelde waarde afwijzen</translation>
    </message>
    <message>
        <source>Reject {what}? It will not be in force.</source>
        <translation>{what} afwijzen? De waarde wordt niet van kracht.</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Reden (optioneel):</translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation>Reden van de afwijzing</translation>
    </message>
    <message>
        <source>Optional: why the value is rejected, for the supervisor who proposed it</source>
        <translation>Optioneel: waarom de waarde afgewezen wordt, voor de leidinggevende die ze voorstelde</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Afwijzen</translation>
    </message>
    <message>
        <source>Reject the proposed value (Enter)</source>
        <translation>De voorgestelde waarde afwijzen (Enter)</translation>
    </message>
    <message>
        <source>Keep the proposal as it is (Esc)</source>
        <translation>Het voorstel laten zoals het is (Esc)</translation>
    </message>
</context>
<context>
    <name>RetroBanner</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Gezien</translation>
    </message>
    <message>
        <source>Acknowledge the retroactive change</source>
        <translation>De retroactieve wijziging als gezien markeren</translation>
    </message>
    <message>
        <source>I have seen this change; remove the flag from the work list</source>
        <translation>Ik heb deze wijziging gezien; de markering uit de werklijst verwijderen</translation>
    </message>
    <message>
        <source>Retroactive change</source>
        <translation>Retroactieve wijziging</translation>
    </message>
    <message>
        <source>Retroactive change: an IVT/IT decision was changed after the fact (by sync).</source>
        <translation>Retroactieve wijziging: een IVT/IT-beslissing werd achteraf gewijzigd (via synchronisatie).</translation>
    </message>
    <message>
        <source>BOB becomes owed again for %1.</source>
        <translation>BOB is opnieuw verschuldigd voor %1.</translation>
    </message>
    <message>
        <source>BOB must stop for %1.</source>
        <translation>BOB moet stoppen voor %1.</translation>
    </message>
    <message>
        <source>No month of the ban window changes.</source>
        <translation>Geen enkele maand van de verbodsperiode wijzigt.</translation>
    </message>
    <message>
        <source>What to do: simulate again (%1) to see whether IVT/IT is still more favourable.</source>
        <translation>Wat te doen: simuleer opnieuw (%1) om na te gaan of IVT/IT nog altijd voordeliger is.</translation>
    </message>
    <message>
        <source>A renunciation proposal was sent on %1: check whether it still holds, and tell the applicant if it does not.</source>
        <translation>Op %1 werd een voorstel tot verzaking verstuurd: ga na of het nog klopt en breng de aanvrager op de hoogte als dat niet zo is.</translation>
    </message>
    <message>
        <source>Then press Acknowledge: the dossier leaves the work list&apos;s filter.</source>
        <translation>Klik daarna op Gezien: het dossier verdwijnt uit de filter van de werklijst.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search case, INSZ or name (Ctrl+F)</source>
        <translation>Zoeken op zaak, INSZ of naam (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the work list</source>
        <translation>In de werklijst zoeken</translation>
    </message>
    <message>
        <source>Shows the cases whose reference, INSZ (typed in any form) or name contains the text. Down arrow moves to the table, Escape clears.</source>
        <translation>Toont de zaken waarvan de referentie, het INSZ (in eender welke vorm getypt) of de naam de tekst bevat. Pijl omlaag gaat naar de tabel, Escape wist de tekst.</translation>
    </message>
    <message>
        <source>Search by case reference, INSZ or name (Ctrl+F)</source>
        <translation>Zoeken op referentie van de zaak, INSZ of naam (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SenderBlock</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Openingsuren</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Ondertekenaar</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
</context>
<context>
    <name>SenderBlockPanel</name>
    <message>
        <source>What every letter prints as its sender, per language, as this desk holds it (as of the last sync). A field that is not published or has no source is said on the letter, and finalising the letter asks to confirm it.</source>
        <translation>Wat elke brief als afzender afdrukt, per taal, zoals deze werkpost het bewaart (stand van de laatste synchronisatie). Een veld dat niet gepubliceerd is of geen bron heeft, wordt op de brief vermeld, en bij het afronden van de brief wordt om een bevestiging gevraagd.</translation>
    </message>
    <message>
        <source>The sender block is read-only for you: supervisors publish it.</source>
        <translation>De afzendergegevens zijn voor u alleen-lezen: supervisors publiceren ze.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>Sender block</source>
        <translation>Afzendergegevens</translation>
    </message>
    <message>
        <source>Every field of the letters&apos; sender block in each language, with its source</source>
        <translation>Elk veld van de afzendergegevens van de brieven in elke taal, met zijn bron</translation>
    </message>
    <message>
        <source>P&amp;ublish a field ...</source>
        <translation>Veld p&amp;ubliceren ...</translation>
    </message>
    <message>
        <source>Publish the selected field in the central database (Enter on a row)</source>
        <translation>Het gekozen veld publiceren in de centrale databank (Enter op een rij)</translation>
    </message>
    <message>
        <source>Rea&amp;d again</source>
        <translation>Opnieuw i&amp;nlezen</translation>
    </message>
    <message>
        <source>Read the sender block of this desk again</source>
        <translation>De afzendergegevens van deze werkpost opnieuw inlezen</translation>
    </message>
    <message>
        <source>Sender block message</source>
        <translation>Melding over de afzendergegevens</translation>
    </message>
    <message>
        <source>The sender block could not be read: {reason}</source>
        <translation>De afzendergegevens konden niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Niet gepubliceerd</translation>
    </message>
    <message>
        <source>Not sourced</source>
        <translation>Zonder bron</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Published: {field} ({language}), version {version}. Every desk prints it after its next sync.</source>
        <translation>Gepubliceerd: {field} ({language}), versie {version}. Elke werkpost drukt het af na zijn volgende synchronisatie.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Every action of the window with the keys that do it, one per row</source>
        <translation>Elke handeling van het venster met de toetsen ervoor, één per rij</translation>
    </message>
    <message>
        <source>Close this list (Esc)</source>
        <translation>Deze lijst sluiten (Esc)</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Offline sign-in has expired on this computer: your last online sign-in was more than {days} days ago. Connect to the central database once (sign in while it can be reached); then you can work offline again.</source>
        <translation>Offline aanmelden is op deze computer verlopen: uw laatste online aanmelding is meer dan {days} dagen geleden. Maak één keer verbinding met de centrale databank (meld u aan terwijl ze bereikbaar is); daarna kunt u weer offline werken.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to CumulDesk</source>
        <translation>Aanmelden bij CumulDesk</translation>
    </message>
    <message>
        <source>Sign in with your CumulDesk account.</source>
        <translation>Meld u aan met uw CumulDesk-account.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Gebr&amp;uikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Cache passphrase:</source>
        <translation>Wachtzin van de &amp;cache:</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so your local cache is locked with a passphrase (the first time, choose one of at least 12 characters).</source>
        <translation>Deze computer heeft geen sleutelbos van het systeem, dus uw lokale cache wordt vergrendeld met een wachtzin (kies de eerste keer een wachtzin van minstens 12 tekens).</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Your CumulDesk user name (Alt+U)</source>
        <translation>Uw gebruikersnaam voor CumulDesk (Alt+U)</translation>
    </message>
    <message>
        <source>The password of your CumulDesk account; Enter signs in (Alt+P)</source>
        <translation>Het wachtwoord van uw CumulDesk-account; Enter meldt u aan (Alt+W)</translation>
    </message>
    <message>
        <source>Cache passphrase</source>
        <translation>Wachtzin van de cache</translation>
    </message>
    <message>
        <source>Demo accounts (synthetic data only)</source>
        <translation>Demo-accounts (alleen synthetische gegevens)</translation>
    </message>
    <message>
        <source>Demo mode: no central database is configured, so CumulDesk works on synthetic demo data kept on this computer (made at the first start). Double-click an account, or select it and press Enter, to fill in the fields.</source>
        <translation>Demomodus: er is geen centrale databank ingesteld, dus CumulDesk werkt met synthetische demogegevens die op deze computer worden bewaard (aangemaakt bij de eerste start). Dubbelklik op een account, of selecteer het en druk op Enter, om de velden in te vullen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Demo-accounts</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Melding bij het aanmelden</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Bezig met aanmelden</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation>Aanmelden (Enter)</translation>
    </message>
    <message>
        <source>&amp;Rebuild local cache...</source>
        <translation>Lokale cache &amp;herbouwen...</translation>
    </message>
    <message>
        <source>Rebuild local cache</source>
        <translation>Lokale cache herbouwen</translation>
    </message>
    <message>
        <source>Replace the local cache that does not open with a new one from the central database; says first what would be lost</source>
        <translation>De lokale cache die niet opengaat vervangen door een nieuwe uit de centrale databank; zegt eerst wat verloren zou gaan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Close CumulDesk without signing in (Esc)</source>
        <translation>CumulDesk sluiten zonder aan te melden (Esc)</translation>
    </message>
    <message>
        <source>Type your username and your password.</source>
        <translation>Typ uw gebruikersnaam en uw wachtwoord.</translation>
    </message>
    <message>
        <source>Signing in ...</source>
        <translation>Bezig met aanmelden ...</translation>
    </message>
    <message>
        <source>First start: making the demo data ({0} of {1} persons) ...</source>
        <translation>Eerste start: de demogegevens worden aangemaakt ({0} van {1} personen) ...</translation>
    </message>
    <message>
        <source>Checking your password ...</source>
        <translation>Bezig met het controleren van uw wachtwoord ...</translation>
    </message>
    <message>
        <source>Opening your local cache ...</source>
        <translation>Bezig met het openen van uw lokale cache ...</translation>
    </message>
    <message>
        <source>Wrong username or password. Please try again.</source>
        <translation>Verkeerde gebruikersnaam of verkeerd wachtwoord. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Your local cache on this computer is damaged or was changed outside CumulDesk, so it cannot be opened. Nothing was changed.</source>
        <translation>Uw lokale cache op deze computer is beschadigd of werd buiten CumulDesk gewijzigd, dus kan hij niet geopend worden. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>Your local cache does not open with this cache passphrase: it is probably mistyped. Type it again.</source>
        <translation>Uw lokale cache gaat niet open met deze wachtzin: die is waarschijnlijk verkeerd getypt. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>Your local cache does not open with the key kept in this computer&apos;s keyring.</source>
        <translation>Uw lokale cache gaat niet open met de sleutel in de sleutelbos van deze computer.</translation>
    </message>
    <message>
        <source>Your local cache belongs to another handler or was filled from another central database.</source>
        <translation>Uw lokale cache hoort bij een andere dossierbehandelaar of werd gevuld uit een andere centrale databank.</translation>
    </message>
    <message>
        <source>If it cannot be opened any more, choose Rebuild local cache: it says first what would be lost.</source>
        <translation>Kan hij niet meer geopend worden, kies dan Lokale cache herbouwen: dat zegt eerst wat verloren zou gaan.</translation>
    </message>
    <message>
        <source>Rebuilding it needs the central database, which cannot be reached now.</source>
        <translation>Om hem te herbouwen is de centrale databank nodig, en die is nu niet bereikbaar.</translation>
    </message>
</context>
<context>
    <name>SignInGuard</name>
    <message>
        <source>This is failed sign-in {count} in a row for this username on this computer: the central database slows down every further attempt and, after more failures, refuses this computer for a while. Check the username and the password (Caps Lock?), or ask a supervisor to set a new password.</source>
        <translation>Dit is de {count}e mislukte aanmelding op rij voor deze gebruikersnaam op deze computer: de centrale databank vertraagt elke volgende poging en weigert deze computer na nog meer mislukkingen een tijdlang. Controleer de gebruikersnaam en het wachtwoord (Caps Lock?), of vraag een supervisor om een nieuw wachtwoord in te stellen.</translation>
    </message>
    <message>
        <source>This is failed sign-in {count} in a row for this username on this computer. Check the password (Caps Lock?); if it is forgotten, ask a supervisor to set a new one and sign in once while the central database can be reached (the central database slows down repeated failures too).</source>
        <translation>Dit is de {count}e mislukte aanmelding op rij voor deze gebruikersnaam op deze computer. Controleer het wachtwoord (Caps Lock?); bent u het vergeten, vraag dan een supervisor om een nieuw wachtwoord en meld u één keer aan terwijl de centrale databank bereikbaar is (ook de centrale databank vertraagt herhaalde mislukkingen).</translation>
    </message>
    <message>
        <source>This is failed sign-in {count} in a row for this username on this computer: CumulDesk waits longer before each further attempt. Check the username and the password (Caps Lock?), or ask a supervisor to set a new password.</source>
        <translation>Dit is de {count}e mislukte aanmelding op rij voor deze gebruikersnaam op deze computer: CumulDesk wacht langer voor elke volgende poging. Controleer de gebruikersnaam en het wachtwoord (Caps Lock?), of vraag een supervisor om een nieuw wachtwoord in te stellen.</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>a Brussels zorgtoeslag cannot be computed from points: the Brussels supplement has its own scale, which differs from the Flemish one. Enter the decided monthly amount.</source>
        <translation>een Brusselse zorgtoeslag kan niet uit punten berekend worden: de Brusselse toeslag heeft een eigen schaal, die verschilt van de Vlaamse. Vul het beslist maandbedrag in.</translation>
    </message>
</context>
<context>
    <name>SimulationForm</name>
    <message>
        <source>must be 0 to {max}</source>
        <translation>moet tussen 0 en {max} liggen</translation>
    </message>
    <message>
        <source>enter an amount, for example 898,21</source>
        <translation>vul een bedrag in, bijvoorbeeld 898,21</translation>
    </message>
    <message>
        <source>too large: at most {max}</source>
        <translation>te groot: hoogstens {max}</translation>
    </message>
    <message>
        <source>more than one decimal comma</source>
        <translation>meer dan één decimale komma</translation>
    </message>
    <message>
        <source>dots must group the thousands, for example 1.234,56</source>
        <translation>punten moeten de duizendtallen groeperen, bijvoorbeeld 1.234,56</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>het bedrag kan niet negatief zijn</translation>
    </message>
    <message>
        <source>not an amount (use digits and a decimal comma, e.g. 898,21)</source>
        <translation>geen bedrag (gebruik cijfers en een decimale komma, bv. 898,21)</translation>
    </message>
    <message>
        <source>not an amount (use digits and a decimal comma)</source>
        <translation>geen bedrag (gebruik cijfers en een decimale komma)</translation>
    </message>
    <message>
        <source>at most two decimals (cents)</source>
        <translation>hoogstens twee decimalen (cent)</translation>
    </message>
    <message>
        <source>cannot exceed the total zorgtoeslag points ({total})</source>
        <translation>kan niet hoger zijn dan het totaal aantal punten zorgtoeslag ({total})</translation>
    </message>
</context>
<context>
    <name>SimulationPage</name>
    <message>
        <source>I&amp;VT</source>
        <translation>I&amp;VT</translation>
    </message>
    <message>
        <source>IVT monthly amount (EUR)</source>
        <translation>Maandbedrag IVT (EUR)</translation>
    </message>
    <message>
        <source>Own yearly income (EUR)</source>
        <translation>Eigen jaarinkomen (EUR)</translation>
    </message>
    <message>
        <source>Partner&apos;s yearly income (EUR)</source>
        <translation>Jaarinkomen van de partner (EUR)</translation>
    </message>
    <message>
        <source>I&amp;T</source>
        <translation>I&amp;T</translation>
    </message>
    <message>
        <source>IT monthly amount (EUR)</source>
        <translation>Maandbedrag IT (EUR)</translation>
    </message>
    <message>
        <source>IT points (0-%1)</source>
        <translation>Punten IT (0-%1)</translation>
    </message>
    <message>
        <source>&amp;Zorgtoeslag</source>
        <translation>&amp;Zorgtoeslag</translation>
    </message>
    <message>
        <source>Zorgtoeslag monthly amount (EUR)</source>
        <translation>Maandbedrag zorgtoeslag (EUR)</translation>
    </message>
    <message>
        <source>Zorgtoeslag points (0-%1)</source>
        <translation>Punten zorgtoeslag (0-%1)</translation>
    </message>
    <message>
        <source>Pillar 1 points (0-%1)</source>
        <translation>Punten pijler 1 (0-%1)</translation>
    </message>
    <message>
        <source>&amp;BOB</source>
        <translation>B&amp;OB</translation>
    </message>
    <message>
        <source>BOB monthly amount (EUR)</source>
        <translation>Maandbedrag BOB (EUR)</translation>
    </message>
    <message>
        <source>IVT basis</source>
        <translation>Basis IVT</translation>
    </message>
    <message>
        <source>IVT monthly amount</source>
        <translation>Maandbedrag IVT</translation>
    </message>
    <message>
        <source>IVT category</source>
        <translation>Categorie IVT</translation>
    </message>
    <message>
        <source>Own yearly income</source>
        <translation>Eigen jaarinkomen</translation>
    </message>
    <message>
        <source>Partner&apos;s yearly income</source>
        <translation>Jaarinkomen van de partner</translation>
    </message>
    <message>
        <source>IT basis</source>
        <translation>Basis IT</translation>
    </message>
    <message>
        <source>IT monthly amount</source>
        <translation>Maandbedrag IT</translation>
    </message>
    <message>
        <source>IT points</source>
        <translation>Punten IT</translation>
    </message>
    <message>
        <source>Zorgtoeslag basis</source>
        <translation>Basis zorgtoeslag</translation>
    </message>
    <message>
        <source>Zorgtoeslag monthly amount</source>
        <translation>Maandbedrag zorgtoeslag</translation>
    </message>
    <message>
        <source>Zorgtoeslag points</source>
        <translation>Punten zorgtoeslag</translation>
    </message>
    <message>
        <source>Pillar 1 points</source>
        <translation>Punten pijler 1</translation>
    </message>
    <message>
        <source>BOB monthly amount</source>
        <translation>Maandbedrag BOB</translation>
    </message>
    <message>
        <source>Voluntary switch</source>
        <translation>Vrijwillige overstap</translation>
    </message>
    <message>
        <source>First payment month</source>
        <translation>Eerste betaalmaand</translation>
    </message>
    <message>
        <source>Notified month</source>
        <translation>Maand van kennisgeving</translation>
    </message>
    <message>
        <source>First &amp;payment month</source>
        <translation>Eerste betaal&amp;maand</translation>
    </message>
    <message>
        <source>&amp;Notified month</source>
        <translation>Maand van &amp;kennisgeving</translation>
    </message>
    <message>
        <source>Decided monthly amount</source>
        <translation>Maandbedrag uit de beslissing</translation>
    </message>
    <message>
        <source>Computed: category %1</source>
        <translation>Berekend: categorie %1</translation>
    </message>
    <message>
        <source>No IT</source>
        <translation>Geen IT</translation>
    </message>
    <message>
        <source>No zorgtoeslag</source>
        <translation>Geen zorgtoeslag</translation>
    </message>
    <message>
        <source>Computed from points</source>
        <translation>Berekend op basis van punten</translation>
    </message>
    <message>
        <source>In the dossier&apos;s BOB periods</source>
        <translation>In de BOB-periodes van het dossier</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Elke maand</translation>
    </message>
    <message>
        <source>Decided amount, every month</source>
        <translation>Bedrag uit de beslissing, elke maand</translation>
    </message>
    <message>
        <source>No BOB</source>
        <translation>Geen BOB</translation>
    </message>
    <message>
        <source>BOB at the amount in force (from the law parameters) in the months of the dossier&apos;s BOB periods or in every month, or a decided monthly amount</source>
        <translation>BOB aan het geldende bedrag (uit de wettelijke parameters) in de maanden van de BOB-periodes van het dossier of in elke maand, of een maandbedrag uit de beslissing</translation>
    </message>
    <message>
        <source>The IVT decided monthly amount, or computed from a category and the incomes (Alt+V)</source>
        <translation>Het maandbedrag van de IVT uit de beslissing, of berekend uit een categorie en de inkomens (Alt+V)</translation>
    </message>
    <message>
        <source>No IT, a decided monthly amount, or computed from the IT points (Alt+T)</source>
        <translation>Geen IT, een maandbedrag uit de beslissing, of berekend uit de punten IT (Alt+T)</translation>
    </message>
    <message>
        <source>No zorgtoeslag, a decided monthly amount, or computed from the points (Alt+Z)</source>
        <translation>Geen zorgtoeslag, een maandbedrag uit de beslissing, of berekend uit de punten (Alt+Z)</translation>
    </message>
    <message>
        <source>The points of the IT decision; they give the IT amount</source>
        <translation>De punten van de IT-beslissing; ze bepalen het IT-bedrag</translation>
    </message>
    <message>
        <source>The points of the zorgtoeslag decision, all pillars</source>
        <translation>De punten van de beslissing over de zorgtoeslag, alle pijlers samen</translation>
    </message>
    <message>
        <source>Of those points, how many are in pillar 1</source>
        <translation>Hoeveel van die punten in pijler 1 liggen</translation>
    </message>
    <message>
        <source>From NRTH: BOB is kept</source>
        <translation>Vanuit NRTH: BOB blijft behouden</translation>
    </message>
    <message>
        <source>Applies to BOB every month or a decided amount; with the dossier&apos;s BOB periods, each period&apos;s own mark counts.</source>
        <translation>Geldt voor BOB elke maand of een bedrag uit de beslissing; bij de BOB-periodes van het dossier telt de eigen markering van elke periode.</translation>
    </message>
    <message>
        <source>for example 898,21</source>
        <translation>bijvoorbeeld 898,21</translation>
    </message>
    <message>
        <source>Monthly amount in EUR, with a decimal comma</source>
        <translation>Maandbedrag in EUR, met een decimale komma</translation>
    </message>
    <message>
        <source>for example 1.234,56</source>
        <translation>bijvoorbeeld 1.234,56</translation>
    </message>
    <message>
        <source>Yearly amount in EUR, with a decimal comma</source>
        <translation>Jaarbedrag in EUR, met een decimale komma</translation>
    </message>
    <message>
        <source>From this month to the month of the 21st birthday; it must lie in the ban window</source>
        <translation>Vanaf deze maand tot de maand van de 21e verjaardag; de maand moet in de verbodsperiode liggen</translation>
    </message>
    <message>
        <source>The first month the zorgkas and the Groeipakket no longer pay once told of the IVT/IT (by default the month after today). The months before it are arrears: the IVT/IT is paid afterwards and the BOB already paid is kept.</source>
        <translation>De eerste maand waarin de zorgkas en het Groeipakket niet meer betalen zodra ze van de IVT/IT op de hoogte zijn (standaard de maand na vandaag). De maanden ervoor zijn achterstallen: de IVT/IT wordt achteraf betaald en de al betaalde BOB blijft behouden.</translation>
    </message>
    <message>
        <source>No ban window: the person turned 21 before the ban</source>
        <translation>Geen verbodsperiode: de persoon werd 21 voor het cumulverbod</translation>
    </message>
    <message>
        <source>Open a dossier, then choose Simulate to compare IVT/IT with zorgtoeslag + BOB.</source>
        <translation>Open een dossier en kies daarna Simuleren om IVT/IT te vergelijken met zorgtoeslag + BOB.</translation>
    </message>
    <message>
        <source>Simulation: IVT/IT against zorgtoeslag + BOB</source>
        <translation>Simulatie: IVT/IT tegenover zorgtoeslag + BOB</translation>
    </message>
    <message>
        <source>Inputs (prefilled from the dossier)</source>
        <translation>Invoer (vooraf ingevuld uit het dossier)</translation>
    </message>
    <message>
        <source>Reset to dossier v&amp;alues</source>
        <translation>Terug naar dossierw&amp;aarden</translation>
    </message>
    <message>
        <source>Put back the dossier&apos;s own values (Alt+A)</source>
        <translation>De eigen waarden van het dossier terugzetten (Alt+A)</translation>
    </message>
    <message>
        <source>Reset to dossier values</source>
        <translation>Terug naar dossierwaarden</translation>
    </message>
    <message>
        <source>&amp;Draft letter…</source>
        <translation>Brief voorberei&amp;den…</translation>
    </message>
    <message>
        <source>Draft letter</source>
        <translation>Brief voorbereiden</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Conclusie</translation>
    </message>
    <message>
        <source>Loading the simulation…</source>
        <translation>Bezig met het laden van de simulatie…</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geboren op %1</translation>
    </message>
    <message>
        <source>The result below is from the last valid inputs.</source>
        <translation>Het resultaat hieronder komt van de laatste geldige invoer.</translation>
    </message>
    <message>
        <source>Invalid input: %1</source>
        <translation>Ongeldige invoer: %1</translation>
    </message>
    <message>
        <source>Changed from the dossier: %1</source>
        <translation>Gewijzigd ten opzichte van het dossier: %1</translation>
    </message>
    <message>
        <source>Computed with %1.</source>
        <translation>Berekend met %1.</translation>
    </message>
    <message>
        <source>The letters module is not installed yet: no letter can be drafted.</source>
        <translation>De module voor brieven is nog niet geïnstalleerd: er kan geen brief worden opgesteld.</translation>
    </message>
    <message>
        <source>Needs a valid simulation result.</source>
        <translation>Vereist een geldig simulatieresultaat.</translation>
    </message>
    <message>
        <source>Draft the letter from this result (Alt+D)</source>
        <translation>De brief voorbereiden op basis van dit resultaat (Alt+D)</translation>
    </message>
    <message>
        <source>Law parameters used</source>
        <translation>Gebruikte wettelijke parameters</translation>
    </message>
    <message>
        <source>Month by month, amounts in EUR</source>
        <translation>Maand per maand, bedragen in EUR</translation>
    </message>
    <message>
        <source>Months compared, amounts in EUR</source>
        <translation>Vergeleken maanden, bedragen in EUR</translation>
    </message>
    <message>
        <source>One row per month; %1 marks a benefit that IVT/IT stops in that month</source>
        <translation>Eén rij per maand; %1 markeert een uitkering die IVT/IT in die maand stopt</translation>
    </message>
    <message>
        <source>Every law parameter this result used, with its value, date and source; unverified ones are marked</source>
        <translation>Elke wettelijke parameter die dit resultaat gebruikte, met waarde, datum en bron; niet-geverifieerde parameters zijn gemarkeerd</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporteren naar Excel…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exporteren naar Excel</translation>
    </message>
    <message>
        <source>Save this month table, its totals and the law parameters used as an Excel workbook (Alt+E)</source>
        <translation>Deze maandtabel, de totalen en de gebruikte wettelijke parameters opslaan als Excel-werkmap (Alt+E)</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultaat van de export</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Alle maanden</translation>
    </message>
    <message>
        <source>Arrears (before %1)</source>
        <translation>Achterstallen (vóór %1)</translation>
    </message>
    <message>
        <source>From the notification on (%1)</source>
        <translation>Vanaf de kennisgeving (%1)</translation>
    </message>
    <message>
        <source>Some values used are not read on a public page: check them before deciding.</source>
        <translation>Sommige gebruikte waarden zijn niet op een openbare pagina gelezen: controleer ze voor u beslist.</translation>
    </message>
    <message>
        <source>Months compared</source>
        <translation>Vergeleken maanden</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Maand per maand</translation>
    </message>
    <message>
        <source>Simulation results</source>
        <translation>Resultaten van de simulatie</translation>
    </message>
    <message>
        <source>The months compared with their totals, or the law parameters used; the arrow keys switch</source>
        <translation>De vergeleken maanden met hun totalen, of de gebruikte wettelijke parameters; wissel met de pijltoetsen</translation>
    </message>
    <message>
        <source>%1 = IVT/IT stops this benefit in that month (not paid together with IVT/IT). Federal total = IVT + IT + what is kept. Difference = federal total - Flemish total.</source>
        <translation>%1 = de IVT/IT stopt deze uitkering in die maand (niet samen met de IVT/IT betaald). Federaal totaal = IVT + IT + wat behouden blijft. Verschil = federaal totaal - Vlaams totaal.</translation>
    </message>
    <message>
        <source>Kept: the BOB of an arrears month or of a voluntary switch, a zorgtoeslag without a ban; they stay beside the IVT/IT, on both sides.</source>
        <translation>Behouden: de BOB van een maand met achterstallen of na een vrijwillige overstap, een zorgtoeslag zonder verbod; ze blijven naast de IVT/IT, aan beide kanten.</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>No law parameter was needed: every amount is a decided amount and no month has a cumulation ban.</source>
        <translation>Er was geen wettelijke parameter nodig: elk bedrag komt uit een beslissing en in geen enkele maand geldt een cumulverbod.</translation>
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
        <translation>Open rechtsvragen, standaardwaarde aangenomen tot een leidinggevende ze bevestigt: %1.</translation>
    </message>
    <message>
        <source>Export the simulation to Excel</source>
        <translation>De simulatie exporteren naar Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the simulation…</source>
        <translation>Bezig met het exporteren van de simulatie…</translation>
    </message>
    <message>
        <source>Exported the simulation to %1</source>
        <translation>Simulatie geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export geannuleerd; er werd geen bestand geschreven.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>De export is mislukt: %1</translation>
    </message>
    <message>
        <source>Not paid together with IVT/IT in this month (cumulation ban).</source>
        <translation>Niet samen met IVT/IT betaald in deze maand (cumulverbod).</translation>
    </message>
    <message>
        <source>EUR per month</source>
        <translation>EUR per maand</translation>
    </message>
    <message>
        <source>zorgtoeslag</source>
        <translation>zorgtoeslag</translation>
    </message>
    <message>
        <source>BOB</source>
        <translation>BOB</translation>
    </message>
    <message>
        <source>IVT/IT stops %1 in this month.</source>
        <translation>IVT/IT stopt %1 in deze maand.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>IVT</source>
        <translation>IVT</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Zorgtoeslag</source>
        <translation>Zorgtoeslag</translation>
    </message>
    <message>
        <source>Federal total</source>
        <translation>Federaal totaal</translation>
    </message>
    <message>
        <source>Arrears month: the zorgtoeslag already paid is recovered (its ban applied then), so it is not on the federal side.</source>
        <translation>Maand met achterstallen: de al betaalde zorgtoeslag wordt teruggevorderd (het verbod gold toen), dus staat hij niet aan de federale kant.</translation>
    </message>
    <message>
        <source>Voluntary switch from NRTH: the BOB is kept with IVT/IT, on both sides.</source>
        <translation>Vrijwillige overstap vanuit NRTH: de BOB blijft behouden naast de IVT/IT, aan beide kanten.</translation>
    </message>
    <message>
        <source>Arrears month: the BOB already paid is kept (the zorgkas recovers nothing), on both sides.</source>
        <translation>Maand met achterstallen: de al betaalde BOB blijft behouden (de zorgkas vordert niets terug), aan beide kanten.</translation>
    </message>
    <message>
        <source>No ban on the BOB with IVT/IT in this month: it is kept on both sides.</source>
        <translation>Geen cumulverbod op de BOB met IVT/IT in deze maand: hij blijft aan beide kanten behouden.</translation>
    </message>
    <message>
        <source>Arrears month: the zorgtoeslag already paid is not recovered, so it is on both sides.</source>
        <translation>Maand met achterstallen: de al betaalde zorgtoeslag wordt niet teruggevorderd, dus staat hij aan beide kanten.</translation>
    </message>
    <message>
        <source>No ban on the zorgtoeslag with IVT/IT in this month: it is kept on both sides.</source>
        <translation>Geen cumulverbod op de zorgtoeslag met IVT/IT in deze maand: hij blijft aan beide kanten behouden.</translation>
    </message>
    <message>
        <source>arrears</source>
        <translation>achterstal</translation>
    </message>
    <message>
        <source>From the notified month on: the payers know of the IVT/IT.</source>
        <translation>Vanaf de maand van kennisgeving: de betalers weten van de IVT/IT.</translation>
    </message>
    <message>
        <source>Before the notified month: the IVT/IT of this month is paid afterwards (arrears) and the BOB already paid is kept.</source>
        <translation>Vóór de maand van kennisgeving: de IVT/IT van deze maand wordt achteraf betaald (achterstallen) en de al betaalde BOB blijft behouden.</translation>
    </message>
    <message>
        <source>EUR per month kept with the IVT/IT: on the federal side too, not part of IVT + IT</source>
        <translation>EUR per maand die naast de IVT/IT behouden blijft: ook aan de federale kant, geen deel van IVT + IT</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Achterstal</translation>
    </message>
    <message>
        <source>Months before the notified month: the IVT/IT is paid afterwards, the BOB already paid is kept</source>
        <translation>Maanden vóór de maand van kennisgeving: de IVT/IT wordt achteraf betaald, de al betaalde BOB blijft behouden</translation>
    </message>
    <message>
        <source>Zorgtoeslag kept</source>
        <translation>Zorgtoeslag behouden</translation>
    </message>
    <message>
        <source>BOB kept</source>
        <translation>BOB behouden</translation>
    </message>
    <message>
        <source>EUR per month: IVT + IT + what is kept with them (the BOB of an arrears month or of a voluntary switch, a zorgtoeslag without a ban)</source>
        <translation>EUR per maand: IVT + IT + wat daarnaast behouden blijft (de BOB van een maand met achterstallen of na een vrijwillige overstap, een zorgtoeslag zonder verbod)</translation>
    </message>
    <message>
        <source>Flemish total</source>
        <translation>Vlaams totaal</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Gebruikt voor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>sourced: read on a public page; computed: by a sourced rule, no published table confirms it; carried: no value known, the last one reused</source>
        <translation>met bron: gelezen op een openbare pagina; berekend: volgens een regel met bron, geen gepubliceerde tabel bevestigt ze; overgenomen: geen waarde bekend, de laatste wordt hergebruikt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
</context>
<context>
    <name>SimulationWords</name>
    <message>
        <source>does the ban on BOB with a paid IVT/IT apply from 1 August 2020 (deliberation 21/124, par. 10 and 24) or only from 1 June 2021 (a secondary source)?</source>
        <translation>geldt het cumulverbod op de BOB met een betaalde IVT/IT vanaf 1 augustus 2020 (beraadslaging 21/124, par. 10 en 24) of pas vanaf 1 juni 2021 (een secundaire bron)?</translation>
    </message>
    <message>
        <source>does the ban continue for the ondersteuningstoeslag, which replaced the BOB in the Groeipakket from 1 January 2023?</source>
        <translation>loopt het cumulverbod door voor de ondersteuningstoeslag, die de BOB vanaf 1 januari 2023 in het Groeipakket vervangt?</translation>
    </message>
    <message>
        <source>is the zorgtoeslag already paid for a month before the notification recovered when IVT/IT is granted with arrears for that month?</source>
        <translation>wordt de zorgtoeslag die al betaald is voor een maand vóór de kennisgeving teruggevorderd, wanneer de IVT/IT voor die maand met achterstallen wordt toegekend?</translation>
    </message>
    <message>
        <source>the ban applies from {effective}, so the BOB is not paid with IVT/IT in {months}</source>
        <translation>het verbod geldt vanaf {effective}, dus wordt de BOB in {months} niet samen met de IVT/IT betaald</translation>
    </message>
    <message>
        <source>no ban from {effective}, so the BOB stays on the federal side in {months}</source>
        <translation>geen verbod vanaf {effective}, dus blijft de BOB in {months} aan de federale kant</translation>
    </message>
    <message>
        <source>it continues, so the ondersteuningstoeslag is not paid with IVT/IT in {months}</source>
        <translation>het loopt door, dus wordt de ondersteuningstoeslag in {months} niet samen met de IVT/IT betaald</translation>
    </message>
    <message>
        <source>it does not, so the ondersteuningstoeslag stays on the federal side in {months}</source>
        <translation>het loopt niet door, dus blijft de ondersteuningstoeslag in {months} aan de federale kant</translation>
    </message>
    <message>
        <source>it is recovered, so it is not on the federal side in the arrears months {months}</source>
        <translation>hij wordt teruggevorderd, dus staat hij niet aan de federale kant in de maanden met achterstallen {months}</translation>
    </message>
    <message>
        <source>it is not recovered, so it stays on the federal side in the arrears months {months}</source>
        <translation>hij wordt niet teruggevorderd, dus blijft hij aan de federale kant in de maanden met achterstallen {months}</translation>
    </message>
    <message>
        <source>Open point of law, not confirmed by a supervisor: {question} Assumed: {assumed}.</source>
        <translation>Open rechtsvraag, niet bevestigd door een leidinggevende: {question} Aangenomen: {assumed}.</translation>
    </message>
    <message>
        <source>{name}: {value} from {effective}, in {months}</source>
        <translation>{name}: {value} vanaf {effective}, in {months}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>{name}, from {effective} ({kind})</source>
        <translation>{name}, vanaf {effective} ({kind})</translation>
    </message>
    <message>
        <source>law data v{version}</source>
        <translation>wettelijke gegevens v{version}</translation>
    </message>
    <message>
        <source>the shipped law data (never synced)</source>
        <translation>de meegeleverde wettelijke gegevens (nooit gesynchroniseerd)</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>CumulDesk simulation: IVT/IT against zorgtoeslag + BOB</source>
        <translation>CumulDesk-simulatie: IVT/IT tegenover zorgtoeslag + BOB</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Law parameters used by the simulation</source>
        <translation>Wettelijke parameters gebruikt door de simulatie</translation>
    </message>
    <message>
        <source>Stopped by IVT/IT</source>
        <translation>Gestopt door IVT/IT</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>EUR/month</source>
        <translation>EUR/maand</translation>
    </message>
    <message>
        <source>EUR/year</source>
        <translation>EUR/jaar</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>ja/nee</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>IVT</source>
        <translation>IVT</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Zorgtoeslag</source>
        <translation>Zorgtoeslag</translation>
    </message>
    <message>
        <source>BOB</source>
        <translation>BOB</translation>
    </message>
    <message>
        <source>Federal total</source>
        <translation>Federaal totaal</translation>
    </message>
    <message>
        <source>arrears</source>
        <translation>achterstal</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Achterstal</translation>
    </message>
    <message>
        <source>Zorgtoeslag kept</source>
        <translation>Zorgtoeslag behouden</translation>
    </message>
    <message>
        <source>BOB kept</source>
        <translation>BOB behouden</translation>
    </message>
    <message>
        <source>Flemish total</source>
        <translation>Vlaams totaal</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Used from</source>
        <translation>Gebruikt vanaf</translation>
    </message>
    <message>
        <source>Used until</source>
        <translation>Gebruikt tot</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>zorgtoeslag + BOB is more favourable: propose to renounce IVT/IT.</source>
        <translation>zorgtoeslag + BOB is voordeliger: stel voor om aan IVT/IT te verzaken.</translation>
    </message>
    <message>
        <source>IVT/IT is more favourable: keep IVT/IT.</source>
        <translation>IVT/IT is voordeliger: IVT/IT behouden.</translation>
    </message>
    <message>
        <source>not applicable: no cumulation ban applies to these months.</source>
        <translation>niet van toepassing: in deze maanden geldt geen cumulverbod.</translation>
    </message>
    <message>
        <source>zorgtoeslag</source>
        <translation>zorgtoeslag</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>Total (1 month)</source>
        <translation>Totaal (1 maand)</translation>
    </message>
    <message>
        <source>Total ({count} months)</source>
        <translation>Totaal ({count} maanden)</translation>
    </message>
    <message>
        <source>{stopped} of {count} months</source>
        <translation>{stopped} van {count} maanden</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(geen zaak)</translation>
    </message>
    <message>
        <source>Dossier {case}, INSZ {insz}</source>
        <translation>Dossier {case}, INSZ {insz}</translation>
    </message>
    <message>
        <source>{dossier}: {count} months compared, {start} to {end}.</source>
        <translation>{dossier}: {count} maanden vergeleken, van {start} tot en met {end}.</translation>
    </message>
    <message>
        <source>{dossier}: {count} months compared.</source>
        <translation>{dossier}: {count} maanden vergeleken.</translation>
    </message>
    <message>
        <source>Recommendation: {text}</source>
        <translation>Aanbeveling: {text}</translation>
    </message>
    <message>
        <source>Computed with {law_data}.</source>
        <translation>Berekend met {law_data}.</translation>
    </message>
    <message>
        <source>&quot;{stopped}&quot; names the benefits not paid together with IVT/IT in that month (cumulation ban). Difference = federal total - Flemish total. Amounts in EUR per month.</source>
        <translation>&quot;{stopped}&quot; noemt de uitkeringen die in die maand niet samen met IVT/IT worden betaald (cumulverbod). Verschil = federaal totaal - Vlaams totaal. Bedragen in EUR per maand.</translation>
    </message>
    <message>
        <source>Some law values used are computed or carried, or open points of law (sheet {sheet}, column Kind): check them before deciding.</source>
        <translation>Sommige gebruikte wettelijke waarden zijn berekend of overgenomen, of open rechtsvragen (blad {sheet}, kolom Soort): controleer ze voor u beslist.</translation>
    </message>
    <message>
        <source>Notified month {month}: the first month the zorgkas and the Groeipakket no longer pay; the months before it are arrears (the BOB already paid is kept).</source>
        <translation>Maand van kennisgeving {month}: de eerste maand waarin de zorgkas en het Groeipakket niet meer betalen; de maanden ervoor zijn achterstallen (de al betaalde BOB blijft behouden).</translation>
    </message>
    <message>
        <source>{part}: {count} months, federal {federal} EUR, Flemish {flemish} EUR, difference {difference} EUR.</source>
        <translation>{part}: {count} maanden, federaal {federal} EUR, Vlaams {flemish} EUR, verschil {difference} EUR.</translation>
    </message>
    <message>
        <source>Arrears months</source>
        <translation>Maanden met achterstallen</translation>
    </message>
    <message>
        <source>From the notified month on</source>
        <translation>Vanaf de maand van kennisgeving</translation>
    </message>
    <message>
        <source>{dossier}: {count} parameter values.</source>
        <translation>{dossier}: {count} parameterwaarden.</translation>
    </message>
    <message>
        <source>Kind: sourced (read on a public page), computed (by a sourced rule, no published table confirms it) or CARRIED (no value known for that date: the last one reused).</source>
        <translation>Soort: met bron (gelezen op een openbare pagina), berekend (volgens een regel met bron, geen gepubliceerde tabel bevestigt ze) of OVERGENOMEN (geen waarde bekend voor die datum: de laatste wordt hergebruikt).</translation>
    </message>
    <message>
        <source>Amount: in EUR, per month or per year as the unit says.</source>
        <translation>Bedrag: in EUR, per maand of per jaar volgens de eenheid.</translation>
    </message>
    <message>
        <source>Contains personal data: keep this file in a safe place and delete it when it is no longer needed.</source>
        <translation>Bevat persoonsgegevens: bewaar dit bestand op een veilige plaats en verwijder het zodra het niet meer nodig is.</translation>
    </message>
    <message>
        <source>Exported on {day} at {time} by {who}.</source>
        <translation>Geëxporteerd op {day} om {time} door {who}.</translation>
    </message>
    <message>
        <source>Work list</source>
        <translation>Werklijst</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Proposal to send</source>
        <translation>Voorstel te versturen</translation>
    </message>
    <message>
        <source>Waiting for answer</source>
        <translation>Wacht op antwoord</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Accepted renunciation</source>
        <translation>Verzaking aanvaard</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Geen antwoord</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>INSZ</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>18th birthday</source>
        <translation>18e verjaardag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Dossierbeheerder</translation>
    </message>
    <message>
        <source>Proposal sent</source>
        <translation>Voorstel verstuurd</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Conflict months now</source>
        <translation>Conflictmaanden nu</translation>
    </message>
    <message>
        <source>Conflict months (all)</source>
        <translation>Conflictmaanden (alle)</translation>
    </message>
    <message>
        <source>Conflict months</source>
        <translation>Conflictmaanden</translation>
    </message>
    <message>
        <source>Retroactive change</source>
        <translation>Retroactieve wijziging</translation>
    </message>
    <message>
        <source>Retroactive months</source>
        <translation>Retroactieve maanden</translation>
    </message>
    <message>
        <source>Changes waiting to be pushed</source>
        <translation>Nog te verzenden wijzigingen</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 zaak</translation>
    </message>
    <message>
        <source>{count} cases</source>
        <translation>{count} zaken</translation>
    </message>
    <message>
        <source>CumulDesk work list of {team}</source>
        <translation>CumulDesk-werklijst van {team}</translation>
    </message>
    <message>
        <source>CumulDesk work list</source>
        <translation>CumulDesk-werklijst</translation>
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
        <translation>Synchronisatie geannuleerd; er ging niets verloren, de volgende synchronisatie gaat vanaf hier verder</translation>
    </message>
    <message>
        <source>push: {username} is not an active handler in the central database</source>
        <translation>Verzenden: {username} is geen actieve dossierbeheerder in de centrale databank</translation>
    </message>
    <message>
        <source>there is no open retroactive-change flag with this number</source>
        <translation>Er is geen openstaande melding van een retroactieve wijziging met dit nummer</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>supervisor</source>
        <translation>leidinggevende</translation>
    </message>
    <message>
        <source>handler</source>
        <translation>dossierbeheerder</translation>
    </message>
    <message>
        <source>{name} ({role}, {team})</source>
        <translation>{name} ({role}, {team})</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Aangemeld als</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Gegevens van</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>Wachtende wijzigingen</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Voortgang van de synchronisatie</translation>
    </message>
    <message>
        <source>Resolve ...</source>
        <translation>Oplossen ...</translation>
    </message>
    <message>
        <source>Resolve conflicts and refused changes</source>
        <translation>Conflicten en geweigerde wijzigingen oplossen</translation>
    </message>
    <message>
        <source>See both versions of each conflict and choose; see why changes were refused</source>
        <translation>Bekijk beide versies van elk conflict en kies; bekijk waarom wijzigingen werden geweigerd</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Send your changes and fetch the latest data (F5)</source>
        <translation>Uw wijzigingen versturen en de recentste gegevens ophalen (F5)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>The central database can be reached</source>
        <translation>De centrale databank is bereikbaar</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The central database cannot be reached; you work on the local copy</source>
        <translation>De centrale databank is niet bereikbaar; u werkt met de lokale kopie</translation>
    </message>
    <message>
        <source>Data as of the last sync, {moment}.</source>
        <translation>Gegevens van de laatste synchronisatie, {moment}.</translation>
    </message>
    <message>
        <source>The local copy was never synced.</source>
        <translation>De lokale kopie werd nog nooit gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Your changes are kept here and sent when the connection is back.</source>
        <translation>Uw wijzigingen worden hier bewaard en verstuurd zodra de verbinding hersteld is.</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Nog niet verbonden</translation>
    </message>
    <message>
        <source>Not connected to the central database yet</source>
        <translation>Nog niet verbonden met de centrale databank</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nooit gesynchroniseerd</translation>
    </message>
    <message>
        <source>data as of {moment}</source>
        <translation>gegevens van {moment}</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 wijziging wacht</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting</source>
        <translation>
            <numerusform>%n wijziging wacht</numerusform>
            <numerusform>%n wijzigingen wachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <comment>changes refused</comment>
        <translation>
            <numerusform>%n geweigerd</numerusform>
            <numerusform>%n geweigerd</numerusform>
        </translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflict</translation>
    </message>
    <message>
        <source>Changes made here that the central database does not have yet</source>
        <translation>Hier gemaakte wijzigingen die de centrale databank nog niet heeft</translation>
    </message>
    <message>
        <source>Sync: connecting ...</source>
        <translation>Synchronisatie: verbinding maken ...</translation>
    </message>
    <message>
        <source>push</source>
        <translation>verzenden</translation>
    </message>
    <message>
        <source>pull</source>
        <translation>ophalen</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>wijzigingen</translation>
    </message>
    <message>
        <source>dossiers</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <source>Sync: {stage} {percent}% ({done} of {total} {items})</source>
        <translation>Synchronisatie: {stage} {percent}% ({done} van {total} {items})</translation>
    </message>
    <message>
        <source>Sync: {stage} ...</source>
        <translation>Synchronisatie: {stage} ...</translation>
    </message>
    <message>
        <source>Sync failed: {message}</source>
        <translation>Synchronisatie mislukt: {message}</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>BOB</source>
        <translation>BOB</translation>
    </message>
    <message>
        <source>IVT</source>
        <translation>IVT</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Zorgtoeslag</source>
        <translation>Zorgtoeslag</translation>
    </message>
    <message>
        <source>Age 18</source>
        <translation>18 jaar</translation>
    </message>
    <message>
        <source>Age 21</source>
        <translation>21 jaar</translation>
    </message>
    <message>
        <source>Age 24</source>
        <translation>24 jaar</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Retroactive</source>
        <translation>Retroactief</translation>
    </message>
    <message>
        <source>Query window</source>
        <translation>Bevragingsperiode</translation>
    </message>
    <message>
        <source>Ban window</source>
        <translation>Verbodsperiode</translation>
    </message>
    <message>
        <source>Query window (bracket)</source>
        <translation>Bevragingsperiode (haakje)</translation>
    </message>
    <message>
        <source>+ BOB owed again, - BOB must stop (retroactive change)</source>
        <translation>+ BOB opnieuw verschuldigd, - BOB moet stoppen (retroactieve wijziging)</translation>
    </message>
    <message>
        <source>Birthdays (dashed line), today (solid line)</source>
        <translation>Verjaardagen (streepjeslijn), vandaag (volle lijn)</translation>
    </message>
    <message>
        <source>BOB, voluntary switch (light blue, single diagonal hatching)</source>
        <translation>BOB, vrijwillige overstap (lichtblauw, enkele schuine arcering)</translation>
    </message>
    <message>
        <source>Conflict month: BOB and paid IVT/IT (red, crossed hatching in a frame, and !)</source>
        <translation>Conflictmaand: BOB en betaalde IVT/IT (rood, gekruiste arcering met kader, en !)</translation>
    </message>
    <message>
        <source>Ban window (grey background)</source>
        <translation>Verbodsperiode (grijze achtergrond)</translation>
    </message>
    <message>
        <source>BOB, voluntary switch (single diagonal hatching)</source>
        <translation>BOB, vrijwillige overstap (enkele schuine arcering)</translation>
    </message>
    <message>
        <source>Conflict month: BOB and paid IVT/IT (crossed hatching in a frame, and !)</source>
        <translation>Conflictmaand: BOB en betaalde IVT/IT (gekruiste arcering met kader, en !)</translation>
    </message>
    <message>
        <source>Ban window (dotted background)</source>
        <translation>Verbodsperiode (gestippelde achtergrond)</translation>
    </message>
    <message>
        <source>No dossier shown</source>
        <translation>Geen dossier getoond</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>Pijl-links</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>Pijl-rechts</translation>
    </message>
    <message>
        <source>Up arrow</source>
        <translation>Pijl-omhoog</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>Pijl-omlaag</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Pagina omhoog</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Pagina omlaag</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>{left}/{right}: previous/next period; {up}/{down}: other lane; {shift}+{left}/{right}, {page_up}/{page_down}: scroll; {home}/{end}: start/end; +/-: zoom; 0: show all</source>
        <translation>{left}/{right}: vorige/volgende periode; {up}/{down}: ander spoor; {shift}+{left}/{right}, {page_up}/{page_down}: scrollen; {home}/{end}: begin/einde; +/-: zoomen; 0: alles tonen</translation>
    </message>
    <message>
        <source>%1 points (%2 in pillar 1)</source>
        <translation>%1 punten (%2 in pijler 1)</translation>
    </message>
    <message>
        <source>voluntary switch</source>
        <translation>vrijwillige overstap</translation>
    </message>
    <message>
        <source>open (still running)</source>
        <translation>heden (loopt nog)</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: van %2 tot %3</translation>
    </message>
    <message>
        <source>Monthly amount: %1</source>
        <translation>Maandbedrag: %1</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Regulation: %1</source>
        <translation>Regeling: %1</translation>
    </message>
    <message>
        <source>Voluntary switch: BOB is kept, no conflict</source>
        <translation>Vrijwillige overstap: BOB blijft behouden, geen conflict</translation>
    </message>
    <message>
        <source>Conflict months in this period: %1</source>
        <translation>Conflictmaanden in deze periode: %1</translation>
    </message>
    <message>
        <source>Starts before age 17: the timeline shows it from %1</source>
        <translation>Begint voor de leeftijd van 17 jaar: de tijdlijn toont de periode vanaf %1</translation>
    </message>
    <message>
        <source>Ends after age 24: the timeline shows it until %1</source>
        <translation>Eindigt na de leeftijd van 24 jaar: de tijdlijn toont de periode tot %1</translation>
    </message>
    <message>
        <source>No dossier shown.</source>
        <translation>Geen dossier getoond.</translation>
    </message>
    <message>
        <source>Months from %1 (age 17) to %2 (age 24).</source>
        <translation>Maanden van %1 (17 jaar) tot en met %2 (24 jaar).</translation>
    </message>
    <message>
        <source>%1: no periods.</source>
        <translation>%1: geen periodes.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>lopend</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <source>%1 conflict months, from %2 to %3.</source>
        <translation>%1 conflictmaanden, van %2 tot en met %3.</translation>
    </message>
    <message>
        <source>No conflict months.</source>
        <translation>Geen conflictmaanden.</translation>
    </message>
    <message>
        <source>Ban window %1 to %2.</source>
        <translation>Verbodsperiode van %1 tot en met %2.</translation>
    </message>
    <message>
        <source>Query window %1 to %2.</source>
        <translation>Bevragingsperiode van %1 tot en met %2.</translation>
    </message>
    <message>
        <source>Retroactive change affects %1 months.</source>
        <translation>Een retroactieve wijziging heeft gevolgen voor %1 maanden.</translation>
    </message>
    <message>
        <source>Query window: %1 to %2</source>
        <translation>Bevragingsperiode: %1 tot en met %2</translation>
    </message>
    <message>
        <source>Conflict in %1: BOB and a paid IVT/IT in the ban window</source>
        <translation>Conflict in %1: BOB en een betaalde IVT/IT in de verbodsperiode</translation>
    </message>
    <message>
        <source>Retroactive change in %1: BOB owed again</source>
        <translation>Retroactieve wijziging in %1: BOB opnieuw verschuldigd</translation>
    </message>
    <message>
        <source>Retroactive change in %1: BOB must stop</source>
        <translation>Retroactieve wijziging in %1: BOB moet stoppen</translation>
    </message>
    <message>
        <source>%1: in the ban window (%2 to %3)</source>
        <translation>%1: in de verbodsperiode (%2 tot en met %3)</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>The central database no longer accepts your password: your account was closed, or its password was changed. You are signed out; your changes not yet pushed stay in the local cache. Sign in again, or ask a supervisor.</source>
        <translation>De centrale databank aanvaardt uw wachtwoord niet meer: uw account werd afgesloten, of het wachtwoord werd gewijzigd. U bent afgemeld; uw wijzigingen die nog niet doorgestuurd zijn, blijven in de lokale cache. Meld u opnieuw aan, of vraag het aan een supervisor.</translation>
    </message>
</context>
<context>
    <name>UnverifiedConfirmation</name>
    <message>
        <source>Values to check</source>
        <translation>Te controleren waarden</translation>
    </message>
    <message>
        <source>The simulation behind this letter used law values that no public page gives: computed by a rule, carried over from an earlier date, or an open point of law whose default is assumed. Check them before the letter is finalised: a finalised letter cannot be changed. Your confirmation is recorded.</source>
        <translation>De simulatie achter deze brief gebruikte wettelijke waarden die geen openbare pagina geeft: berekend volgens een regel, overgenomen van een vroegere datum, of een open rechtsvraag waarvoor de standaardwaarde aangenomen is. Controleer ze voor de brief definitief gemaakt wordt: een definitieve brief kan niet meer gewijzigd worden. Uw bevestiging wordt geregistreerd.</translation>
    </message>
    <message>
        <source>DG HAN&apos;s sender block printed on this letter (its name, postal address, phone, opening hours and signatory) is not complete: a field not published is left out of the finalised letter, a field without a source is printed as published. A finalised letter cannot be changed. Your confirmation is recorded.</source>
        <translation>De afzendergegevens van de DG Personen met een handicap op deze brief (naam, postadres, telefoon, openingsuren en ondertekenaar) zijn niet volledig: een gegeven dat niet gepubliceerd is, wordt weggelaten uit de definitieve brief; een gegeven zonder bron wordt gedrukt zoals het gepubliceerd is. Een definitieve brief kan niet meer gewijzigd worden. Uw bevestiging wordt geregistreerd.</translation>
    </message>
    <message>
        <source>Values used that are not sourced</source>
        <translation>Gebruikte waarden zonder bron</translation>
    </message>
    <message>
        <source>I &amp;checked these values</source>
        <translation>Ik heb deze waarden ge&amp;controleerd</translation>
    </message>
    <message>
        <source>I checked these values</source>
        <translation>Ik heb deze waarden gecontroleerd</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>De&amp;finitief maken</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Definitief maken</translation>
    </message>
    <message>
        <source>Tick the box first</source>
        <translation>Vink eerst het vakje aan</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>IVT/IT is more favourable by {amount} EUR over {months} months</source>
        <translation>IVT/IT is {amount} EUR voordeliger over {months} maanden</translation>
    </message>
    <message>
        <source>Zorgtoeslag + BOB is more favourable: propose renunciation</source>
        <translation>Zorgtoeslag + BOB is voordeliger: stel voor om te verzaken</translation>
    </message>
    <message>
        <source>Zorgtoeslag + BOB gives {amount} EUR more over {months} months.</source>
        <translation>Zorgtoeslag + BOB levert {amount} EUR meer op over {months} maanden.</translation>
    </message>
    <message>
        <source>Not applicable: The person turned 21 before the cumulation ban came into force: no month to compare.</source>
        <translation>Niet van toepassing: de persoon werd 21 voor het cumulverbod in werking trad: er is geen maand om te vergelijken.</translation>
    </message>
    <message>
        <source>Not applicable: Wallonia: no choice is needed between IVT/IT and zorgtoeslag + BOB; no renunciation proposal applies.</source>
        <translation>Niet van toepassing: Wallonië: er is geen keuze nodig tussen IVT/IT en zorgtoeslag + BOB; een voorstel tot verzaking is niet van toepassing.</translation>
    </message>
    <message>
        <source>Not applicable: No month in the horizon where IVT/IT would stop zorgtoeslag or BOB (voluntary switch, zero-amount decision or no Flemish benefit).</source>
        <translation>Niet van toepassing: geen maand in de horizon waarin IVT/IT de zorgtoeslag of de BOB zou stoppen (vrijwillige overstap, beslissing met bedrag nul of geen Vlaamse uitkering).</translation>
    </message>
</context>
<context>
    <name>WorkListModel</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Proposal to send</source>
        <translation>Voorstel te versturen</translation>
    </message>
    <message>
        <source>Waiting for answer</source>
        <translation>Wacht op antwoord</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>INSZ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Conflict months now</source>
        <translation>Conflictmaanden nu</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Amount at stake (EUR)</source>
        <translation>Bedrag op het spel (EUR)</translation>
    </message>
    <message>
        <source>Retroactive</source>
        <translation>Retroactief</translation>
    </message>
    <message>
        <source>Waiting to push</source>
        <translation>Wacht op verzending</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>{day} (past)</source>
        <translation>{day} (verlopen)</translation>
    </message>
    <message>
        <source>Months of forbidden cumulation (BOB paid in a month in which IVT/IT is paid, between 18 and 21) in the period VSB asks about today, of all such months in the dossier: 3 of 35 months = 3 of its 35 conflict months lie in that period.</source>
        <translation>Maanden van verboden cumulatie (BOB betaald in een maand waarin IVT/IT wordt betaald, tussen 18 en 21 jaar) in de periode die VSB vandaag opvraagt, op alle zulke maanden van het dossier: 3 van 35 maanden = 3 van zijn 35 conflictmaanden vallen in die periode.</translation>
    </message>
    <message>
        <source>Renunciation</source>
        <translation>Verzaking</translation>
    </message>
    <message>
        <source>IVT/IT</source>
        <translation>IVT/IT</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <source>Propose renunciation</source>
        <translation>Verzaking voorstellen</translation>
    </message>
    <message>
        <source>IVT/IT pays more</source>
        <translation>IVT/IT betaalt meer</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <source>Cannot screen</source>
        <translation>Niet te screenen</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Niet gescreend</translation>
    </message>
    <message>
        <source>{verdict} (stale)</source>
        <translation>{verdict} (verouderd)</translation>
    </message>
    <message>
        <source>What the screening found: whether IVT/IT pays more than zorgtoeslag + BOB over the horizon, or a renunciation is to be proposed</source>
        <translation>Wat de screening vaststelde: of IVT/IT over de horizon meer betaalt dan zorgtoeslag + BOB, of dat een verzaking moet worden voorgesteld</translation>
    </message>
    <message>
        <source>Flemish total minus federal total over the simulation&apos;s horizon: what the applicant gains (+) or loses (-) by renouncing IVT/IT</source>
        <translation>Vlaams totaal min federaal totaal over de horizon van de simulatie: wat de aanvrager wint (+) of verliest (-) door aan IVT/IT te verzaken</translation>
    </message>
    <message numerus="yes">
        <source>{now} of %n month(s)</source>
        <comment>conflict months now, of all</comment>
        <translation>
            <numerusform>{now} van %n maand</numerusform>
            <numerusform>{now} van %n maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>{now} conflict months in the period VSB asks about today; all conflict months: {months}</source>
        <translation>{now} conflictmaanden in de periode die VSB vandaag opvraagt; alle conflictmaanden: {months}</translation>
    </message>
    <message>
        <source>A retroactive IVT/IT change affects: {months}</source>
        <translation>Een retroactieve IVT/IT-wijziging heeft gevolgen voor: {months}</translation>
    </message>
    <message>
        <source>{count} changes to this case are not in the central database yet</source>
        <translation>{count} wijzigingen aan deze zaak staan nog niet in de centrale databank</translation>
    </message>
    <message>
        <source>Born on {born}; turns 18 on {day}</source>
        <translation>Geboren op {born}; wordt 18 op {day}</translation>
    </message>
    <message>
        <source>Amount at stake over the horizon: {amount}</source>
        <translation>Bedrag op het spel over de horizon: {amount}</translation>
    </message>
    <message>
        <source>The dossier could not be screened: {problem}</source>
        <translation>Het dossier kon niet worden gescreend: {problem}</translation>
    </message>
    <message>
        <source>Screened on {day}</source>
        <translation>Gescreend op {day}</translation>
    </message>
    <message>
        <source>Stale: the dossier or the law data changed after this screening. Screen again (Ctrl+Shift+R) to see the verdict with today&apos;s data.</source>
        <translation>Verouderd: het dossier of de wettelijke gegevens zijn na deze screening gewijzigd. Kies Opnieuw screenen (Ctrl+Shift+R) om de beoordeling met de gegevens van vandaag te zien.</translation>
    </message>
    <message>
        <source>Screened again on this computer: shown here only; the central result is stored by a supervisor&apos;s screening.</source>
        <translation>Opnieuw gescreend op deze computer: alleen hier getoond; het centrale resultaat wordt bewaard door de screening van een supervisor.</translation>
    </message>
</context>
<context>
    <name>WorkListPage</name>
    <message>
        <source>E&amp;xport to Excel ...</source>
        <translation>E&amp;xporteren naar Excel ...</translation>
    </message>
    <message>
        <source>Export the cases shown to Excel</source>
        <translation>De getoonde zaken exporteren naar Excel</translation>
    </message>
    <message>
        <source>Save the cases shown, with this filter and search, as an Excel workbook</source>
        <translation>De getoonde zaken, met deze filter en zoekopdracht, opslaan als Excel-werkmap</translation>
    </message>
    <message>
        <source>Search the work list</source>
        <translation>In de werklijst zoeken</translation>
    </message>
    <message>
        <source>Screen again</source>
        <translation>Opnieuw screenen</translation>
    </message>
    <message>
        <source>Screen the selected case again</source>
        <translation>Het geselecteerde dossier opnieuw screenen</translation>
    </message>
    <message>
        <source>Check and simulate the selected case with today&apos;s data and law data, and show its verdict and amount at stake in the list ({keys}). Shown on this computer only: the central result is stored by a supervisor&apos;s screening.</source>
        <translation>Het geselecteerde dossier controleren en simuleren met de gegevens en wettelijke gegevens van vandaag, en de beoordeling en het bedrag op het spel in de lijst tonen ({keys}). Alleen op deze computer getoond: het centrale resultaat wordt bewaard door de screening van een supervisor.</translation>
    </message>
    <message>
        <source>Draft proposals ...</source>
        <translation>Voorstellen opstellen ...</translation>
    </message>
    <message>
        <source>Draft the proposals of the selected cases</source>
        <translation>De voorstellen van de geselecteerde dossiers opstellen</translation>
    </message>
    <message>
        <source>Draft proposals</source>
        <translation>Voorstellen opstellen</translation>
    </message>
    <message>
        <source>Draft the renunciation proposal of every selected case, each in its applicant&apos;s language, then print them or export them to a folder ({keys}). Select several cases with Shift or Ctrl, or all shown with Ctrl+A.</source>
        <translation>Het verzakingsvoorstel van elk geselecteerd dossier opstellen, elk in de taal van de aanvrager, en ze daarna afdrukken of naar een map exporteren ({keys}). Selecteer meerdere dossiers met Shift of Ctrl, of alle getoonde met Ctrl+A.</translation>
    </message>
    <message>
        <source>Work list summary</source>
        <translation>Overzicht van de werklijst</translation>
    </message>
    <message>
        <source>Loading the work list</source>
        <translation>Bezig met het laden van de werklijst</translation>
    </message>
    <message>
        <source>Work list message</source>
        <translation>Melding bij de werklijst</translation>
    </message>
    <message>
        <source>No cases shown</source>
        <translation>Geen zaken getoond</translation>
    </message>
    <message>
        <source>The work list of {team} could not be loaded.</source>
        <translation>De werklijst van {team} kon niet worden geladen.</translation>
    </message>
    <message>
        <source>Loading the cases of {team} ...</source>
        <translation>Bezig met het laden van de zaken van {team} ...</translation>
    </message>
    <message>
        <source>1 case of {team}</source>
        <translation>1 zaak van {team}</translation>
    </message>
    <message>
        <source>{count} cases of {team}</source>
        <translation>{count} zaken van {team}</translation>
    </message>
    <message>
        <source>, {shown} shown</source>
        <translation>, {shown} getoond</translation>
    </message>
    <message>
        <source>Your team has no cases in the local cache yet.</source>
        <translation>Uw team heeft nog geen zaken in de lokale cache.</translation>
    </message>
    <message>
        <source>No case matches the search. Escape in the search field clears it.</source>
        <translation>Geen enkele zaak komt overeen met de zoekopdracht. Escape in het zoekveld wist ze.</translation>
    </message>
    <message>
        <source>No case matches this filter.</source>
        <translation>Geen enkele zaak komt overeen met deze filter.</translation>
    </message>
    <message>
        <source>The work list could not be loaded: {reason}</source>
        <translation>De werklijst kon niet worden geladen: {reason}</translation>
    </message>
    <message>
        <source>Select the cases to draft proposals for first.</source>
        <translation>Selecteer eerst de dossiers waarvoor u voorstellen wilt opstellen.</translation>
    </message>
    <message>
        <source>The case could not be screened again: {reason}</source>
        <translation>Het dossier kon niet opnieuw worden gescreend: {reason}</translation>
    </message>
</context>
<context>
    <name>WorkListTable</name>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Columns shown</source>
        <translation>Getoonde kolommen</translation>
    </message>
    <message>
        <source>Work list</source>
        <translation>Werklijst</translation>
    </message>
    <message>
        <source>The cases of your team. Enter or double-click opens the dossier.</source>
        <translation>De zaken van uw team. Enter of dubbelklikken opent het dossier.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>CumulDesk is already running on this computer: use its window.</source>
        <translation>CumulDesk is al geopend op deze computer: gebruik dat venster.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>The simulation changed: save or discard your edits and close, then draft again to use the new figures.</source>
        <translation>De simulatie is gewijzigd: sla uw bewerkingen op of verwerp ze en sluit, en maak daarna opnieuw een ontwerp om de nieuwe cijfers te gebruiken.</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Something unexpected went wrong; nothing was lost. The details are in the log file ({error}).</source>
        <translation>Er liep iets onverwachts mis; er ging niets verloren. De details staan in het logbestand ({error}).</translation>
    </message>
    <message>
        <source>CumulDesk</source>
        <translation>CumulDesk</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Even geduld</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
</TS>
