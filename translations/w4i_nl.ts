<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="51"/>
        <source>About W4I Desktop</source>
        <translation>Over W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="67"/>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="72"/>
        <source>Case management for organisations that help migrant women into work. Your data stays encrypted on this computer.</source>
        <translation>Casemanagement voor organisaties die migrantenvrouwen aan werk helpen. Je gegevens blijven versleuteld op deze computer.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="79"/>
        <source>W4I Desktop is free software: you may share and change it under the terms of the GNU General Public License, version 3 or (at your choice) any later version (%1). It comes with no warranty. &lt;a href=&quot;%2&quot;&gt;Read the licence&lt;/a&gt;.</source>
        <translation>W4I Desktop is vrije software: je mag het delen en wijzigen onder de voorwaarden van de GNU General Public License, versie 3 of (naar keuze) een latere versie (%1). Er wordt geen enkele garantie gegeven. &lt;a href=&quot;%2&quot;&gt;Lees de licentie&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="101"/>
        <source>Components included in W4I Desktop:</source>
        <translation>Componenten die bij W4I Desktop zijn inbegrepen:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="104"/>
        <source>Components included</source>
        <translation>Inbegrepen componenten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="106"/>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="106"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="106"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="132"/>
        <source>Licence text</source>
        <translation>Licentietekst</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="136"/>
        <source>Select a component to read its licence.</source>
        <translation>Selecteer een component om de licentie te lezen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="144"/>
        <source>&amp;Copy version information</source>
        <translation>Versie-informatie &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="147"/>
        <source>The versions of W4I Desktop, Qt and Python and the operating system</source>
        <translation>De versies van W4I Desktop, Qt en Python en van het besturingssysteem</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="189"/>
        <source>%1 is distributed under %2. Its licence text is not included here; read it at %3.</source>
        <translation>%1 wordt verspreid onder %2. De licentietekst is hier niet opgenomen; je kunt hem lezen op %3.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="203"/>
        <source>Copied.</source>
        <translation>Gekopieerd.</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../w4i_desktop/views/window/auto_backup.py" line="115"/>
        <source>The automatic backup failed: %1</source>
        <translation>De automatische back-up is mislukt: %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/auto_backup.py" line="170"/>
        <source>Making the automatic backup…</source>
        <translation>Automatische back-up wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>BackgroundTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="201"/>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="204"/>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="212"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="212"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="213"/>
        <source>Not known or not applicable</source>
        <translation>Onbekend of niet van toepassing</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="222"/>
        <source>Origin and residence</source>
        <translation>Herkomst en verblijf</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="224"/>
        <source>Country of &amp;birth</source>
        <translation>Geboo&amp;rteland</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="225"/>
        <source>&amp;Nationality</source>
        <translation>&amp;Nationaliteit</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="226"/>
        <source>&amp;Arrival year</source>
        <translation>Aankomst&amp;jaar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="227"/>
        <source>&amp;Residence permit</source>
        <translation>&amp;Verblijfsvergunning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="228"/>
        <source>permit expiry</source>
        <translation>einddatum vergunning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="230"/>
        <source>Permit e&amp;xpires on</source>
        <translation>Vergunning ver&amp;loopt op</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="232"/>
        <source>&amp;Languages spoken</source>
        <translation>Gesproken &amp;talen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="236"/>
        <source>Education and work</source>
        <translation>Opleiding en werk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="238"/>
        <source>&amp;Education</source>
        <translation>O&amp;pleiding</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="242"/>
        <source>&amp;Qualification recognised</source>
        <translation>&amp;Diploma erkend</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="246"/>
        <source>E&amp;mployment at intake</source>
        <translation>Arbeidssituatie bij inta&amp;ke</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="248"/>
        <source>S&amp;kills</source>
        <translation>Vaard&amp;igheden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="250"/>
        <source>&amp;Work experience</source>
        <translation>&amp;Werkervaring</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="255"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="256"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="257"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="258"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="259"/>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="263"/>
        <source>Language assessments (CEFR)</source>
        <translation>Taalniveaubepalingen (CEFR)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="281"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="283"/>
        <source>Self-assessed</source>
        <translation>Zelf ingeschat</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="283"/>
        <source>Tested</source>
        <translation>Getoetst</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="253"/>
        <source>Back up now</source>
        <translation>Nu back-up maken</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="258"/>
        <source>Making an encrypted backup…</source>
        <translation>Versleutelde back-up wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="268"/>
        <source>The backup is made and checked: %1 in %2. Keep a copy away from this computer too (with its .keys file).</source>
        <translation>De back-up is gemaakt en gecontroleerd: %1 in %2. Bewaar ook een kopie buiten deze computer (met het bijbehorende .keys-bestand).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="279"/>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="281"/>
        <source>Restoring closes the database: save your work first. Everyone must sign in again afterwards. Continue?</source>
        <translation>Bij het terugzetten wordt de database gesloten: sla eerst je werk op. Daarna moet iedereen zich opnieuw aanmelden. Doorgaan?</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="40"/>
        <source>Check before importing</source>
        <translation>Controle vóór het importeren</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="47"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="47"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="47"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="52"/>
        <source>&amp;Save the rejected rows…</source>
        <translation>&amp;Afgewezen rijen opslaan…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="55"/>
        <source>Import the other rows and leave these out</source>
        <translation>De andere rijen importeren en deze weglaten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="60"/>
        <source>Case&amp;worker of the imported participants:</source>
        <translation>Trajectbegeleide&amp;r van de geïmporteerde deelnemers:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="76"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="96"/>
        <source>Nothing is imported until you press Import; then all rows go in together.</source>
        <translation>Er wordt niets geïmporteerd tot je op Importeren drukt; dan worden alle rijen in één keer geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="106"/>
        <source>To assign</source>
        <translation>Nog toe te wijzen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="126"/>
        <source>Save the rejected rows</source>
        <translation>Afgewezen rijen opslaan</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="131"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="144"/>
        <source>The rejected rows are saved as %1.</source>
        <translation>De afgewezen rijen zijn opgeslagen als %1.</translation>
    </message>
</context>
<context>
    <name>ClockTimeEdit</name>
    <message>
        <location filename="../w4i_desktop/views/widgets.py" line="82"/>
        <source>e.g. 09:30</source>
        <translation>bijv. 09:30</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="27"/>
        <source>Close record</source>
        <translation>Dossier afsluiten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="30"/>
        <source>Closing ends %1&apos;s participation. The reason is counted in the exit indicators; the record stays available.</source>
        <translation>Met het afsluiten eindigt de deelname van %1. De reden telt mee in de uitstroomindicatoren; het dossier blijft beschikbaar.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="39"/>
        <source>Closing date</source>
        <translation>Datum van afsluiting</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="41"/>
        <source>Choose a reason…</source>
        <translation>Kies een reden…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="44"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="47"/>
        <source>Closing &amp;date</source>
        <translation>&amp;Datum van afsluiting</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="49"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="58"/>
        <source>Close &amp;record</source>
        <translation>Dossier af&amp;sluiten</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/consent_dialog.py" line="53"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/consent_dialog.py" line="54"/>
        <source>&amp;Given on</source>
        <translation>&amp;Gegeven op</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/consent_dialog.py" line="54"/>
        <source>&amp;Withdrawn on</source>
        <translation>&amp;Ingetrokken op</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/consent_dialog.py" line="56"/>
        <source>Privacy &amp;notice version</source>
        <translation>&amp;Versie van de privacyverklaring</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="106"/>
        <source>Privacy notice and consent</source>
        <translation>Privacyverklaring en toestemming</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="107"/>
        <source>Read the notice with her, or print it for her to keep; then tick what she agrees to.</source>
        <translation>Lees de verklaring samen met haar door of print een exemplaar dat ze mag houden; vink daarna aan waarmee ze instemt.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="113"/>
        <source>Privacy notice</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="116"/>
        <source>&amp;Print the notice (PDF)…</source>
        <translation>Verklaring af&amp;drukken (PDF)…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="122"/>
        <source>She agrees to:</source>
        <translation>Ze stemt in met:</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="76"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="77"/>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="78"/>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="79"/>
        <source>Privacy notice</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="80"/>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="82"/>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="84"/>
        <source>Consents are recorded in the intake interview, or here when she gives one later. Select a consent in force to withdraw it.</source>
        <translation>Toestemmingen worden vastgelegd tijdens het intakegesprek, of hier als ze er later een geeft. Selecteer een geldende toestemming om die in te trekken.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="93"/>
        <source>&amp;Record a consent…</source>
        <translation>Toestemming &amp;vastleggen…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="96"/>
        <source>&amp;Withdraw the selected consent…</source>
        <translation>Geselecteerde toestemming &amp;intrekken…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="153"/>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="157"/>
        <source>Record a consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="153"/>
        <source>Every consent is already in force.</source>
        <translation>Alle toestemmingen zijn al van kracht.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="158"/>
        <source>Record a consent she gave after reading the privacy notice.</source>
        <translation>Leg een toestemming vast die ze heeft gegeven na het lezen van de privacyverklaring.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="176"/>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="178"/>
        <source>Withdraw her consent to “%1”. This cannot be undone; a new consent can be recorded later.</source>
        <translation>Trek haar toestemming voor “%1” in. Dit kan niet ongedaan worden gemaakt; je kunt later een nieuwe toestemming vastleggen.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="35"/>
        <source>Add a contact person</source>
        <translation>Contactpersoon toevoegen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="36"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="37"/>
        <source>&amp;Job title</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="38"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="39"/>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="13"/>
        <source>&apos;Remember me&apos; is only for a database kept on this computer.</source>
        <translation>&apos;Onthoud mij&apos; geldt alleen voor een database op deze computer.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="16"/>
        <source>A follow-up cannot be in the future.</source>
        <translation>Een opvolging kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="17"/>
        <source>A follow-up is recorded before this start date.</source>
        <translation>Er is al een opvolging vastgelegd vóór deze begindatum.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="18"/>
        <source>A participant needs a first or last name.</source>
        <translation>Een deelnemer moet een voornaam of achternaam hebben.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="19"/>
        <source>A password needs at least {count} characters.</source>
        <translation>Een wachtwoord moet minstens {count} tekens hebben.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="20"/>
        <source>A pathway template needs at least one step.</source>
        <translation>Een trajectsjabloon moet minstens één stap hebben.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="21"/>
        <source>A report that may count her has been made since her record was created, so it cannot be deleted. Erase her personal data instead if that is needed.</source>
        <translation>Sinds haar dossier is aangemaakt, is er een rapportage gemaakt waarin ze kan meetellen, dus het dossier kan niet worden verwijderd. Wis in plaats daarvan zo nodig haar persoonsgegevens.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="26"/>
        <source>A shared database has no file on this computer: it is kept, and backed up, on its server.</source>
        <translation>Een gedeelde database heeft geen bestand op deze computer: hij staat, en wordt geback-upt, op zijn server.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="31"/>
        <source>A shared database is backed up on its server (for example with pg_dump), not from W4I Desktop.</source>
        <translation>Een gedeelde database wordt op zijn server geback-upt (bijvoorbeeld met pg_dump), niet vanuit W4I Desktop.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="36"/>
        <source>A shared database must be on a PostgreSQL server: its address starts with postgresql://.</source>
        <translation>Een gedeelde database moet op een PostgreSQL-server staan: het adres begint met postgresql://.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="40"/>
        <source>A site name has at most 120 characters.</source>
        <translation>De naam van een locatie mag maximaal 120 tekens hebben.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="41"/>
        <source>A site needs a name.</source>
        <translation>Een locatie moet een naam hebben.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="42"/>
        <source>A skill needs a name.</source>
        <translation>Een vaardigheid moet een naam hebben.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="43"/>
        <source>A step cannot be started or completed in the future.</source>
        <translation>Een stap kan niet in de toekomst worden gestart of afgerond.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="44"/>
        <source>A title of step {number} is longer than {max_length} characters.</source>
        <translation>Een titel van stap {number} is langer dan {max_length} tekens.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="47"/>
        <source>A user name has 2 to 64 characters: letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Een gebruikersnaam heeft 2 tot 64 tekens: letters a-z, cijfers, &apos;.&apos;, &apos;_&apos; of &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="50"/>
        <source>A user needs a name to show.</source>
        <translation>Een gebruiker moet een weergavenaam hebben.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="51"/>
        <source>Allow deleting a record between 0 and 365 days after its creation.</source>
        <translation>Sta het verwijderen van een dossier toe tussen 0 en 365 dagen na het aanmaken.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="54"/>
        <source>An interaction cannot be in the future.</source>
        <translation>Een contact kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="55"/>
        <source>Ask for at least one quarter.</source>
        <translation>Geef minstens één kwartaal op.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="56"/>
        <source>Choose the site this participant belongs to.</source>
        <translation>Kies de locatie waar deze deelnemer bij hoort.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="57"/>
        <source>Demo data can only be generated in a local (SQLCipher) database.</source>
        <translation>Demogegevens kunnen alleen in een lokale database (SQLCipher) worden aangemaakt.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="60"/>
        <source>Documents are available in {languages}, not {language}.</source>
        <translation>Documenten zijn beschikbaar in {languages}, niet in {language}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="61"/>
        <source>Follow-ups are at 1, 3, 6 or 12 months.</source>
        <translation>Opvolgingen vinden plaats na 1, 3, 6 of 12 maanden.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="62"/>
        <source>Give the reason for a report with names (e.g. the funder&apos;s audit).</source>
        <translation>Geef de reden op voor een rapportage op naam (bijv. de audit van de financier).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="65"/>
        <source>Give the reason for deleting this record (e.g. entered twice).</source>
        <translation>Geef de reden op voor het verwijderen van dit dossier (bijv. dubbel ingevoerd).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="68"/>
        <source>Give the reason for the erasure (e.g. the request&apos;s reference).</source>
        <translation>Geef de reden op voor het wissen (bijv. het kenmerk van het verzoek).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="71"/>
        <source>Her data has been exported (an access request or a pathway summary), so her record cannot be deleted. Erase her personal data instead if that is needed.</source>
        <translation>Haar gegevens zijn geëxporteerd (voor een inzageverzoek of een trajectoverzicht), dus haar dossier kan niet worden verwijderd. Wis in plaats daarvan zo nodig haar persoonsgegevens.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="76"/>
        <source>Hours per week must be more than 0 and at most {max_hours}.</source>
        <translation>Het aantal uren per week moet meer dan 0 en maximaal {max_hours} zijn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="79"/>
        <source>Keep between 1 and 100 automatic backups.</source>
        <translation>Bewaar tussen 1 en 100 automatische back-ups.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="80"/>
        <source>Keep data between 1 and 30 years after a participant&apos;s closure.</source>
        <translation>Bewaar gegevens tussen 1 en 30 jaar nadat het dossier van een deelnemer is afgesloten.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="83"/>
        <source>Name the version of the privacy notice she was given.</source>
        <translation>Geef de versie op van de privacyverklaring die ze heeft gekregen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="84"/>
        <source>No such site.</source>
        <translation>Deze locatie bestaat niet.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="85"/>
        <source>No such user.</source>
        <translation>Deze gebruiker bestaat niet.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="86"/>
        <source>Record her placement first: the step is done once a placement is recorded.</source>
        <translation>Leg eerst haar plaatsing vast: de stap is afgerond zodra er een plaatsing is vastgelegd.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="89"/>
        <source>Reports are available in {languages}, not {language}.</source>
        <translation>Rapportages zijn beschikbaar in {languages}, niet in {language}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="90"/>
        <source>Reports are written as {outputs}, not {output}.</source>
        <translation>Rapportages worden gemaakt als {outputs}, niet als {output}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="91"/>
        <source>Row {row} of the table {table} cannot be stored on the server ({problem}); nothing was kept there.</source>
        <translation>Rij {row} van de tabel {table} kan niet op de server worden opgeslagen ({problem}); daar is niets bewaard.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="96"/>
        <source>Say why the step is skipped.</source>
        <translation>Geef aan waarom de stap wordt overgeslagen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="97"/>
        <source>She has a placement with an employer, so her record cannot be deleted. If the placement was a mistake too, remove it first.</source>
        <translation>Ze heeft een plaatsing bij een werkgever, dus haar dossier kan niet worden verwijderd. Was de plaatsing ook een vergissing, verwijder die dan eerst.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="102"/>
        <source>Step {number} needs an English title.</source>
        <translation>Stap {number} moet een Engelse titel hebben.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="103"/>
        <source>Step {number}: the due offset must be 0 to {max_days} days.</source>
        <translation>Stap {number}: het aantal dagen tot de streefdatum moet tussen 0 en {max_days} liggen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="106"/>
        <source>That is not a recovery key: it has 30 letters and digits in 6 groups.</source>
        <translation>Dat is geen herstelsleutel: die bestaat uit 30 letters en cijfers in 6 groepen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="109"/>
        <source>That is not your password.</source>
        <translation>Dat is niet je wachtwoord.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="110"/>
        <source>That recovery key contains a character recovery keys never use: {character}</source>
        <translation>Deze herstelsleutel bevat een teken dat nooit in herstelsleutels voorkomt: {character}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="114"/>
        <source>The PostgreSQL extension {extension} is missing, and this role may not add it. Ask the server&apos;s administrator to run CREATE EXTENSION {extension}; in the database once, then try again.</source>
        <translation>De PostgreSQL-extensie {extension} ontbreekt en deze rol mag die niet toevoegen. Vraag de beheerder van de server om eenmaal CREATE EXTENSION {extension}; in de database uit te voeren en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="120"/>
        <source>The closing date is before the intake date.</source>
        <translation>De datum van afsluiting ligt vóór de intakedatum.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="121"/>
        <source>The connection to the database server {server} was lost; the change was not saved. Try again.</source>
        <translation>De verbinding met de databaseserver {server} is verbroken; de wijziging is niet opgeslagen. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="126"/>
        <source>The database server {server} cannot be reached, or refused this computer&apos;s role: check the address, the password and that the server is running.</source>
        <translation>De databaseserver {server} is niet bereikbaar of weigerde de rol van deze computer: controleer het adres, het wachtwoord en of de server draait.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="131"/>
        <source>The database {server} is not empty: a W4I database needs a database of its own on the server.</source>
        <translation>De database {server} is niet leeg: een W4I-database heeft een eigen database op de server nodig.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="136"/>
        <source>The document needs a file name.</source>
        <translation>Het document moet een bestandsnaam hebben.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="137"/>
        <source>The file is empty; there is nothing to attach.</source>
        <translation>Het bestand is leeg; er is niets om toe te voegen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="138"/>
        <source>The file is {size} MB; documents can be at most {limit} MB. Attach a smaller file, for example a scan at a lower resolution.</source>
        <translation>Het bestand is {size} MB; documenten mogen maximaal {limit} MB zijn. Voeg een kleiner bestand toe, bijvoorbeeld een scan met een lagere resolutie.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="143"/>
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="144"/>
        <source>The folder {folder} is not there. Is the USB stick plugged in?</source>
        <translation>De map {folder} is niet gevonden. Is de USB-stick aangesloten?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="147"/>
        <source>The follow-up is before the placement started.</source>
        <translation>De opvolging ligt vóór het begin van de plaatsing.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="148"/>
        <source>The last open site cannot be closed.</source>
        <translation>De laatste open locatie kan niet worden gesloten.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="149"/>
        <source>The logo image cannot be read.</source>
        <translation>De logo-afbeelding kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="150"/>
        <source>The logo is larger than 1 MiB; use a smaller image.</source>
        <translation>Het logo is groter dan 1 MiB; gebruik een kleinere afbeelding.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="151"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Het logo moet een PNG- of JPEG-afbeelding zijn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="152"/>
        <source>The notes are longer than {max_length} characters.</source>
        <translation>De notities zijn langer dan {max_length} tekens.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="153"/>
        <source>The number of participants cannot be negative.</source>
        <translation>Het aantal deelnemers kan niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="154"/>
        <source>The organisation name is longer than 200 characters.</source>
        <translation>De naam van de organisatie is langer dan 200 tekens.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="155"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>De periode eindigt ({end}) vóór het begin ({start}).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="156"/>
        <source>The placement ends before it starts.</source>
        <translation>De einddatum van de plaatsing ligt vóór de begindatum.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="157"/>
        <source>The reason is longer than {max_length} characters.</source>
        <translation>De reden is langer dan {max_length} tekens.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="158"/>
        <source>The retention period is at least one year.</source>
        <translation>De bewaartermijn is minstens één jaar.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="159"/>
        <source>The server address must name a database: postgresql://role@host:port/database?sslmode=require.</source>
        <translation>Het serveradres moet een database noemen: postgresql://rol@host:poort/database?sslmode=require.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="164"/>
        <source>The server {host} must be reached over TLS: add ?sslmode=require (or verify-full) to its address.</source>
        <translation>De server {host} moet via TLS worden bereikt: voeg ?sslmode=require (of verify-full) aan het adres toe.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="169"/>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="170"/>
        <source>The vacancy closes before it opens.</source>
        <translation>De sluitingsdatum van de vacature ligt vóór de openingsdatum.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="171"/>
        <source>The vacancy does not belong to this employer.</source>
        <translation>De vacature hoort niet bij deze werkgever.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="172"/>
        <source>The withdrawal date is before the consent was given.</source>
        <translation>De datum van intrekking ligt vóór de datum waarop de toestemming is gegeven.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="173"/>
        <source>The working day ends before it starts.</source>
        <translation>De werkdag eindigt vóór de begintijd.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="174"/>
        <source>There is already a site called {name}.</source>
        <translation>Er is al een locatie met de naam {name}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="175"/>
        <source>There is already a user called {name}.</source>
        <translation>Er is al een gebruiker met de naam {name}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="176"/>
        <source>There is no active user called {name}.</source>
        <translation>Er is geen actieve gebruiker met de naam {name}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="177"/>
        <source>There is no current consent for this purpose to withdraw.</source>
        <translation>Er is voor dit doel geen geldende toestemming om in te trekken.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="178"/>
        <source>There is no user called {name}.</source>
        <translation>Er is geen gebruiker met de naam {name}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="179"/>
        <source>This is not a server address: write it as postgresql://role@host:port/database?sslmode=require.</source>
        <translation>Dit is geen serveradres: schrijf het als postgresql://rol@host:poort/database?sslmode=require.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="184"/>
        <source>This password is too easy to guess. A short sentence of four or five unusual words is strong and easy to remember.</source>
        <translation>Dit wachtwoord is te makkelijk te raden. Een korte zin van vier of vijf ongewone woorden is sterk en makkelijk te onthouden.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="189"/>
        <source>This password is too easy to guess: it uses the user name or the organisation&apos;s name. Choose another one.</source>
        <translation>Dit wachtwoord is te makkelijk te raden: het bevat de gebruikersnaam of de naam van de organisatie. Kies een ander wachtwoord.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="194"/>
        <source>This person cannot be the caseworker of a participant of this site.</source>
        <translation>Deze persoon kan geen trajectbegeleider zijn van een deelnemer van deze locatie.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="197"/>
        <source>This record is not closed.</source>
        <translation>Dit dossier is niet afgesloten.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="198"/>
        <source>This record was created more than {days} days ago, so it cannot be deleted. Erase her personal data instead if that is needed.</source>
        <translation>Dit dossier is meer dan {days} dagen geleden aangemaakt, dus het kan niet worden verwijderd. Wis in plaats daarvan zo nodig haar persoonsgegevens.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="203"/>
        <source>This site is closed: choose an open one.</source>
        <translation>Deze locatie is gesloten: kies een open locatie.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="204"/>
        <source>Unknown consent purpose: {purpose}.</source>
        <translation>Onbekend doel van toestemming: {purpose}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="205"/>
        <source>Unknown fields: {names}.</source>
        <translation>Onbekende velden: {names}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="206"/>
        <source>Unknown kind of backup: {kind}.</source>
        <translation>Onbekende soort back-up: {kind}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="207"/>
        <source>Warn about expiring permits between 1 and 365 days ahead.</source>
        <translation>Waarschuw tussen 1 en 365 dagen vooraf voor aflopende vergunningen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="208"/>
        <source>Without consent to processing, no record can be kept.</source>
        <translation>Zonder toestemming voor verwerking kan er geen dossier worden bijgehouden.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="209"/>
        <source>a contact person needs a name.</source>
        <translation>een contactpersoon moet een naam hebben.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="210"/>
        <source>a tag is longer than {max_length} characters.</source>
        <translation>een van de waarden is langer dan {max_length} tekens.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="211"/>
        <source>a vacancy needs a title.</source>
        <translation>een vacature moet een titel hebben.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="212"/>
        <source>an employer needs a name.</source>
        <translation>een werkgever moet een naam hebben.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="213"/>
        <source>documents are written in {languages}.</source>
        <translation>documenten kunnen alleen in {languages} worden opgesteld.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="214"/>
        <source>hours per week must be more than 0 and at most {max_hours}.</source>
        <translation>het aantal uren per week moet meer dan 0 en maximaal {max_hours} zijn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="217"/>
        <source>the date is in the future.</source>
        <translation>de datum ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="218"/>
        <source>this is longer than {max_length} characters.</source>
        <translation>de tekst is langer dan {max_length} tekens.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="219"/>
        <source>this is not a phone number.</source>
        <translation>dit is geen telefoonnummer.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="220"/>
        <source>this is not an e-mail address.</source>
        <translation>dit is geen e-mailadres.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="221"/>
        <source>this is required.</source>
        <translation>dit veld is verplicht.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="222"/>
        <source>this must be a date.</source>
        <translation>dit moet een datum zijn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="223"/>
        <source>this must be a list of text values.</source>
        <translation>dit moet een lijst met teksten zijn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="224"/>
        <source>this must be a time such as 09:30.</source>
        <translation>dit moet een tijd zijn, bijvoorbeeld 09:30.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="225"/>
        <source>this must be a whole number.</source>
        <translation>dit moet een geheel getal zijn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="226"/>
        <source>this must be a year between 1900 and {last}.</source>
        <translation>dit moet een jaartal tussen 1900 en {last} zijn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="227"/>
        <source>this must be a year.</source>
        <translation>dit moet een jaartal zijn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="228"/>
        <source>this must be between 0 and {maximum}.</source>
        <translation>dit moet tussen 0 en {maximum} liggen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="229"/>
        <source>this must be text.</source>
        <translation>dit moet tekst zijn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="230"/>
        <source>this must be yes or no.</source>
        <translation>dit moet ja of nee zijn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="231"/>
        <source>{codes} are not ISO 639-1 language codes.</source>
        <translation>{codes} zijn geen ISO 639-1-taalcodes.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="232"/>
        <source>{code} is not a NACE section (A to U).</source>
        <translation>{code} is geen NACE-sectie (A tot en met U).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="233"/>
        <source>{code} is not an ISO 3166-1 country code.</source>
        <translation>{code} is geen ISO 3166-1-landcode.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="234"/>
        <source>{days} are not weekdays.</source>
        <translation>{days} zijn geen dagen van de week.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="235"/>
        <source>{name} already exists; choose another file name.</source>
        <translation>{name} bestaat al; kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="236"/>
        <source>{name} is already on the list.</source>
        <translation>{name} staat al in de lijst.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="237"/>
        <source>{server} already holds a W4I database.</source>
        <translation>{server} bevat al een W4I-database.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="238"/>
        <source>{server} holds no W4I database yet: create one there first.</source>
        <translation>{server} bevat nog geen W4I-database: maak er daar eerst een aan.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="241"/>
        <source>{server} was upgraded by a newer version of W4I Desktop: install that version on this computer.</source>
        <translation>{server} is bijgewerkt door een nieuwere versie van W4I Desktop: installeer die versie op deze computer.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="246"/>
        <source>{text} is not a quarter such as 2026Q3.</source>
        <translation>{text} is geen kwartaal in de vorm 2026Q3.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="247"/>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation>{value} is geen datum (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="248"/>
        <source>{value} is not a number of hours.</source>
        <translation>{value} is geen aantal uren.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="249"/>
        <source>{value} is not one of {choices}.</source>
        <translation>{value} is geen van de toegestane waarden: {choices}.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../w4i_desktop/views/crash.py" line="33"/>
        <source>W4I Desktop</source>
        <translation>W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/crash.py" line="38"/>
        <source>W4I Desktop: something went wrong</source>
        <translation>W4I Desktop: er is iets misgegaan</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/crash.py" line="39"/>
        <source>&lt;p&gt;Something went wrong inside W4I Desktop. Your saved work is safe in the encrypted database.&lt;/p&gt;&lt;p&gt;A report without personal data was written to:&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;Please send that file to your administrator.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Er is iets misgegaan in W4I Desktop. Je opgeslagen werk staat veilig in de versleutelde database.&lt;/p&gt;&lt;p&gt;Er is een foutrapport zonder persoonsgegevens opgeslagen in:&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;Stuur dat bestand naar je beheerder.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="90"/>
        <source>New this quarter</source>
        <translation>Nieuw dit kwartaal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="90"/>
        <source>Intake date in this quarter.</source>
        <translation>Intakedatum in dit kwartaal.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="92"/>
        <source>Placed this quarter</source>
        <translation>Geplaatst dit kwartaal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="93"/>
        <source>Participants who started a job, internship or apprenticeship.</source>
        <translation>Deelnemers die zijn begonnen met een baan, stage of leerwerkplek.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="96"/>
        <source>Still in work at 6 months</source>
        <translation>Na 6 maanden nog aan het werk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="97"/>
        <source>Placements that reached 6 months this quarter and were still held.</source>
        <translation>Plaatsingen die dit kwartaal de 6 maanden bereikten en nog liepen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="106"/>
        <source>Due</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="106"/>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="122"/>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="127"/>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="106"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="108"/>
        <source>My &amp;overdue steps</source>
        <translation>&amp;Mijn achterstallige stappen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="108"/>
        <source>No overdue steps.</source>
        <translation>Geen achterstallige stappen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="112"/>
        <source>Due in the next &amp;two weeks</source>
        <translation>Te doen in de komende &amp;twee weken</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="113"/>
        <source>Nothing due in the next two weeks.</source>
        <translation>Niets te doen in de komende twee weken.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="116"/>
        <source>Overdue steps by &amp;caseworker</source>
        <translation>Achterstallige stappen &amp;per trajectbegeleider</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="117"/>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="127"/>
        <source>Caseworker</source>
        <translation>Trajectbegeleider</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="117"/>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="117"/>
        <source>Oldest due</source>
        <translation>Oudste streefdatum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="118"/>
        <source>No overdue steps in the team.</source>
        <translation>Geen achterstallige stappen in het team.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="121"/>
        <source>To &amp;assign</source>
        <translation>Toe te &amp;wijzen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="122"/>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="122"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="123"/>
        <source>Nobody waiting for a caseworker.</source>
        <translation>Niemand wacht op een trajectbegeleider.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="126"/>
        <source>&amp;Permits expiring</source>
        <translation>Aflopende &amp;vergunningen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="127"/>
        <source>Permit expires</source>
        <translation>Vergunning verloopt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="145"/>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="151"/>
        <source>Placements started per quarter</source>
        <translation>Gestarte plaatsingen per kwartaal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="223"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="225"/>
        <source>This quarter: %1</source>
        <translation>Dit kwartaal: %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="277"/>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="279"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="282"/>
        <source>%1 of %2 placements</source>
        <translation>%1 van %2 plaatsingen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="286"/>
        <source>no placement reached 6 months</source>
        <translation>geen plaatsing bereikte de 6 maanden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="291"/>
        <source>open now %1 + left during the quarter %2</source>
        <translation>nu open %1 + vertrokken in het kwartaal %2</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="296"/>
        <source>intake on or after %1</source>
        <translation>intake op of na %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="298"/>
        <source>people who started a placement</source>
        <translation>personen die met een plaatsing begonnen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="327"/>
        <source>No caseworker</source>
        <translation>Geen trajectbegeleider</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="335"/>
        <source>Overdue steps by &amp;caseworker (%1)</source>
        <translation>Achterstallige stappen &amp;per trajectbegeleider (%1)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="348"/>
        <source>To &amp;assign: no caseworker yet (%1)</source>
        <translation>Toe te &amp;wijzen: nog geen trajectbegeleider (%1)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="359"/>
        <source>%1 (expired)</source>
        <translation>%1 (verlopen)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="363"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="371"/>
        <source>&amp;Permits expired or expiring within %n day(s) (%1)</source>
        <translation>
            <numerusform>Verlopen of binnen %n dag aflopende &amp;vergunningen (%1)</numerusform>
            <numerusform>Verlopen of binnen %n dagen aflopende &amp;vergunningen (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="375"/>
        <source>No permits expire in the next %n day(s).</source>
        <translation>
            <numerusform>Geen vergunningen die binnen %n dag aflopen.</numerusform>
            <numerusform>Geen vergunningen die binnen %n dagen aflopen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="392"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="300"/>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="73"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="82"/>
        <source>Active this quarter</source>
        <translation>Actief dit kwartaal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="84"/>
        <source>Intake on or before the quarter&apos;s last day and not closed before its first day: the participants open now and those who left during the quarter. The participant list&apos;s Open counts only those open now, and records without an intake date too.</source>
        <translation>Intake op of vóór de laatste dag van het kwartaal en niet afgesloten vóór de eerste dag: de deelnemers die nu open staan en wie in het kwartaal is vertrokken. Open in de deelnemerslijst telt alleen wie nu open staat, en ook dossiers zonder intakedatum.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="315"/>
        <source>My &amp;overdue steps (%1)</source>
        <translation>&amp;Mijn achterstallige stappen (%1)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="318"/>
        <source>Due in the next &amp;two weeks (%1)</source>
        <translation>Te doen in de komende &amp;twee weken (%1)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="135"/>
        <source>This is not a date. Type it like %1, or leave it empty if not known.</source>
        <translation>Dit is geen datum. Typ de datum als %1, of laat het veld leeg als die onbekend is.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="248"/>
        <source>e.g. %1</source>
        <translation>bijv. %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="251"/>
        <source>Type the date like %1, or pick it from the calendar (Alt+Down). Leave it empty when it is not known.</source>
        <translation>Typ de datum als %1, of kies hem in de kalender (Alt+Down). Laat het veld leeg als de datum onbekend is.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="258"/>
        <source>Pick the date from a calendar</source>
        <translation>Kies de datum in een kalender</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="359"/>
        <source>Type a date, e.g. %1.</source>
        <translation>Typ een datum, bijv. %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="365"/>
        <source>Choose a date from %1 to %2.</source>
        <translation>Kies een datum van %1 tot en met %2.</translation>
    </message>
</context>
<context>
    <name>DeleteRecordDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="30"/>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="83"/>
        <source>Delete record created by mistake</source>
        <translation>Per vergissing aangemaakt dossier verwijderen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="33"/>
        <source>Delete the record %1 for good? Use this only for a record created by mistake: a test, a person entered twice, the wrong person. The record and everything in it (pathway, notes, consents, documents) are removed, she no longer counts in reports, and this cannot be undone.</source>
        <translation>Het dossier %1 definitief verwijderen? Gebruik dit alleen voor een dossier dat per vergissing is aangemaakt: een test, een persoon die twee keer is ingevoerd, de verkeerde persoon. Het dossier en alles wat erin staat (traject, notities, toestemmingen, documenten) worden verwijderd, ze telt niet meer mee in rapportages en dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="42"/>
        <source>For a real participant who asks to be forgotten, use Erase personal data instead: it keeps the anonymous figures reports need.</source>
        <translation>Vraagt een echte deelnemer om vergeten te worden, gebruik dan Persoonsgegevens wissen: daarmee blijven de anonieme gegevens bewaard die rapportages nodig hebben.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="50"/>
        <source>e.g. entered twice, see W4I-7K2QX</source>
        <translation>bijv. dubbel ingevoerd, zie W4I-7K2QX</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="52"/>
        <source>&amp;Delete record</source>
        <translation>Dossier &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="65"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reden (verplicht):</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="98"/>
        <source>The record %1 is deleted.</source>
        <translation>Het dossier %1 is verwijderd.</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <location filename="../w4i_desktop/views/document_files.py" line="133"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/document_files.py" line="136"/>
        <source>Show in &amp;folder</source>
        <translation>In &amp;map tonen</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="146"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="146"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="146"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="146"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="146"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="149"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="150"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="151"/>
        <source>Save &amp;as…</source>
        <translation>Opslaan a&amp;ls…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="152"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="159"/>
        <source>Documents are kept encrypted inside the database, never as loose files. Each can be up to %1 MB.</source>
        <translation>Documenten worden versleuteld in de database bewaard, nooit als losse bestanden. Elk document mag maximaal %1 MB zijn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="210"/>
        <source>(former user)</source>
        <translation>(voormalige gebruiker)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="232"/>
        <source>Attach a document</source>
        <translation>Document toevoegen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="240"/>
        <source>%1 is %2 MB. Documents can be at most %3 MB: attach a smaller file, for example a scan at a lower resolution.</source>
        <translation>%1 is %2 MB. Documenten mogen maximaal %3 MB zijn: voeg een kleiner bestand toe, bijvoorbeeld een scan met een lagere resolutie.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="250"/>
        <source>%1 could not be read.</source>
        <translation>%1 kon niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="267"/>
        <source>Save the document as</source>
        <translation>Document opslaan als</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="281"/>
        <source>Delete document</source>
        <translation>Document verwijderen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="282"/>
        <source>Delete %1 from this record? This cannot be undone.</source>
        <translation>%1 uit dit dossier verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="155"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="159"/>
        <source>Import &amp;another file</source>
        <translation>&amp;Nog een bestand importeren</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="171"/>
        <source>%1 participants were added.</source>
        <translation>Er zijn %1 deelnemers toegevoegd.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="174"/>
        <source>%1 employers and %2 contact persons were added.</source>
        <translation>Er zijn %1 werkgevers en %2 contactpersonen toegevoegd.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="179"/>
        <source>%1 rejected rows were left out.</source>
        <translation>Er zijn %1 afgewezen rijen weggelaten.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="189"/>
        <source>Each starts the default pathway; her caseworker is still to assign.</source>
        <translation>Elke deelnemer begint aan het standaardtraject; haar trajectbegeleider moet nog worden toegewezen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="190"/>
        <source>Each starts the default pathway, with %1 as her caseworker.</source>
        <translation>Elke deelnemer begint aan het standaardtraject, met %1 als trajectbegeleider.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="278"/>
        <source>Unfinished intake interviews</source>
        <translation>Onafgemaakte intakegesprekken</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="281"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="281"/>
        <source>Last saved</source>
        <translation>Laatst opgeslagen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="281"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="281"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="284"/>
        <source>There are no unfinished interviews.</source>
        <translation>Er zijn geen onafgemaakte gesprekken.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="286"/>
        <source>&amp;Resume</source>
        <translation>&amp;Hervatten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="287"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="307"/>
        <source>(no name yet)</source>
        <translation>(nog geen naam)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="337"/>
        <source>Delete this unfinished interview and its answers?</source>
        <translation>Dit onafgemaakte gesprek en de antwoorden verwijderen?</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="88"/>
        <source>Change a user</source>
        <translation>Gebruiker wijzigen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="90"/>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="91"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="92"/>
        <source>&amp;Name shown</source>
        <translation>Weergave&amp;naam</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="93"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="94"/>
        <source>&amp;Site</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="100"/>
        <source>Another administrator can change your role.</source>
        <translation>Een andere beheerder kan je rol wijzigen.</translation>
    </message>
</context>
<context>
    <name>EducationPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="228"/>
        <source>Education and work</source>
        <translation>Opleiding en werk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="235"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="235"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="236"/>
        <source>Not known or not applicable</source>
        <translation>Onbekend of niet van toepassing</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="248"/>
        <source>Em&amp;ployment status</source>
        <translation>Arbeids&amp;situatie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="242"/>
        <source>&amp;Education (ISCED)</source>
        <translation>&amp;Opleiding (ISCED)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="245"/>
        <source>&amp;Qualification recognised</source>
        <translation>&amp;Diploma erkend</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="249"/>
        <source>&amp;Work experience</source>
        <translation>&amp;Werkervaring</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="250"/>
        <source>&amp;Skills</source>
        <translation>&amp;Vaardigheden</translation>
    </message>
</context>
<context>
    <name>EmployerList</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="42"/>
        <source>Search by name</source>
        <translation>Zoeken op naam</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="43"/>
        <source>Search employers</source>
        <translation>Werkgevers zoeken</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="47"/>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="61"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="48"/>
        <source>All sectors</source>
        <translation>Alle sectoren</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="51"/>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="62"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="52"/>
        <source>&amp;Engaged this quarter</source>
        <translation>Be&amp;trokken dit kwartaal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="54"/>
        <source>&amp;New employer</source>
        <translation>&amp;Nieuwe werkgever</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="60"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="63"/>
        <source>Open vacancies</source>
        <translation>Open vacatures</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="64"/>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="65"/>
        <source>This quarter</source>
        <translation>Dit kwartaal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="69"/>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="119"/>
        <source>Employers</source>
        <translation>Werkgevers</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="101"/>
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="130"/>
        <source>Engaged</source>
        <translation>Betrokken</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="135"/>
        <source>%n employer(s)</source>
        <translation>
            <numerusform>%n werkgever</numerusform>
            <numerusform>%n werkgevers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployerPlacementsTab</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="32"/>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="33"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="34"/>
        <source>Vacancy</source>
        <translation>Vacature</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="35"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="36"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="37"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="41"/>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="45"/>
        <source>Edit the placement</source>
        <translation>Plaatsing bewerken</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="54"/>
        <source>New &amp;placement…</source>
        <translation>Nieuwe &amp;plaatsing…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="56"/>
        <source>Edit the p&amp;lacement…</source>
        <translation>Plaatsing be&amp;werken…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="58"/>
        <source>Open her &amp;record</source>
        <translation>Haar &amp;dossier openen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="89"/>
        <source>No particular vacancy</source>
        <translation>Geen specifieke vacature</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="92"/>
        <source>ongoing</source>
        <translation>lopend</translation>
    </message>
</context>
<context>
    <name>EmployerRecord</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="89"/>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="92"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="104"/>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="110"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="111"/>
        <source>S&amp;ector (NACE)</source>
        <translation>S&amp;ector (NACE)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="112"/>
        <source>Si&amp;ze</source>
        <translation>G&amp;rootte</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="113"/>
        <source>&amp;Municipality</source>
        <translation>Ge&amp;meente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="114"/>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="115"/>
        <source>N&amp;otes</source>
        <translation>No&amp;tities</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="123"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="123"/>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="123"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="123"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="124"/>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="179"/>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="128"/>
        <source>&amp;Add a contact person…</source>
        <translation>Contactpersoon toe&amp;voegen…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="131"/>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="136"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="136"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="136"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="136"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="137"/>
        <source>Contacts with the employer</source>
        <translation>Contacten met de werkgever</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="141"/>
        <source>&amp;Log a contact…</source>
        <translation>Contact vast&amp;leggen…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="147"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="148"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="149"/>
        <source>Hours/week</source>
        <translation>Uren/week</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="150"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="151"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="152"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="154"/>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="181"/>
        <source>Vacancies</source>
        <translation>Vacatures</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="158"/>
        <source>&amp;New vacancy…</source>
        <translation>&amp;Nieuwe vacature…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="161"/>
        <source>&amp;Edit…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="164"/>
        <source>Find &amp;candidates…</source>
        <translation>&amp;Kandidaten zoeken…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="169"/>
        <source>Record a &amp;placement…</source>
        <translation>Plaatsing &amp;vastleggen…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="183"/>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="178"/>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="180"/>
        <source>Contacts log</source>
        <translation>Contactgeschiedenis</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="193"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="225"/>
        <source>New employer</source>
        <translation>Nieuwe werkgever</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="322"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>EmployersScreen</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="152"/>
        <source>← Back to the list</source>
        <translation>← Terug naar de lijst</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="216"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="217"/>
        <source>Save the changes to this employer?</source>
        <translation>De wijzigingen aan deze werkgever opslaan?</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="37"/>
        <source>Erase personal data</source>
        <translation>Persoonsgegevens wissen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="40"/>
        <source>Erase the personal data of %1? Her names, contact details, exact date of birth, notes, documents and timeline entries are removed for good. Anonymous figures (year of birth, country, education, pathway steps, placements) stay so reports remain correct. The record can no longer be opened or found.</source>
        <translation>De persoonsgegevens van %1 wissen? Haar namen, contactgegevens, exacte geboortedatum, notities, documenten en tijdlijnitems worden definitief verwijderd. Anonieme gegevens (geboortejaar, land, opleiding, trajectstappen, plaatsingen) blijven bewaard, zodat de rapportages blijven kloppen. Het dossier kan daarna niet meer worden geopend of gevonden.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="50"/>
        <source>e.g. her request of 12 March, by e-mail</source>
        <translation>bijv. haar e-mailverzoek van 12 maart</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="52"/>
        <source>&amp;Erase</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="63"/>
        <source>&amp;Reason (kept in the audit log):</source>
        <translation>&amp;Reden (komt in het auditlogboek):</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="255"/>
        <source>Family and availability</source>
        <translation>Gezin en beschikbaarheid</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="262"/>
        <source>She has a driving licence</source>
        <translation>Ze heeft een rijbewijs</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="263"/>
        <source>&amp;Children</source>
        <translation>&amp;Kinderen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="264"/>
        <source>C&amp;hildcare needed</source>
        <translation>Kinder&amp;opvang nodig</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="265"/>
        <source>Available &amp;days</source>
        <translation>Beschikbare &amp;dagen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="266"/>
        <source>Available &amp;from</source>
        <translation>Beschikbaar &amp;vanaf</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="267"/>
        <source>Available &amp;until</source>
        <translation>Beschikbaar &amp;tot</translation>
    </message>
</context>
<context>
    <name>FamilyTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="301"/>
        <source>Has a driving licence valid here</source>
        <translation>Heeft een rijbewijs dat hier geldig is</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="302"/>
        <source>Would move to another town for a job</source>
        <translation>Zou voor een baan naar een andere plaats verhuizen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="304"/>
        <source>Towns she can reach every day, e.g. Haarlem</source>
        <translation>Plaatsen die ze dagelijks kan bereiken, bijv. Haarlem</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="307"/>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="309"/>
        <source>&amp;Children</source>
        <translation>&amp;Kinderen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="310"/>
        <source>Childcare &amp;need</source>
        <translation>Behoefte aan kindero&amp;pvang</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="313"/>
        <source>Availability for work or courses</source>
        <translation>Beschikbaarheid voor werk of cursussen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="315"/>
        <source>&amp;Days</source>
        <translation>&amp;Dagen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="316"/>
        <source>F&amp;rom</source>
        <translation>Va&amp;n</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="317"/>
        <source>Un&amp;til</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="318"/>
        <source>Dri&amp;ving licence</source>
        <translation>&amp;Rijbewijs</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="319"/>
        <source>Re&amp;location</source>
        <translation>&amp;Verhuizen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="320"/>
        <source>Co&amp;mmutes to</source>
        <translation>&amp;Forenst naar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="328"/>
        <source>Used when looking for vacancies and courses whose days and hours fit, including hours compatible with childcare.</source>
        <translation>Wordt gebruikt bij het zoeken naar vacatures en cursussen waarvan de dagen en uren passen, ook uren die te combineren zijn met kinderopvang.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="56"/>
        <source>What to import</source>
        <translation>Wat importeren</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="59"/>
        <source>An Excel workbook (.xlsx) or a CSV file, with one row per person or employer and the column names in the first row, in any of our five languages.</source>
        <translation>Een Excel-werkmap (.xlsx) of een CSV-bestand, met één rij per persoon of werkgever en de kolomnamen in de eerste rij, in een van onze vijf talen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="69"/>
        <source>&amp;Participants</source>
        <translation>&amp;Deelnemers</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="71"/>
        <source>&amp;Employers with their contact persons</source>
        <translation>&amp;Werkgevers met hun contactpersonen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="65"/>
        <source>File to import</source>
        <translation>Te importeren bestand</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="67"/>
        <source>&amp;Choose the file…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="72"/>
        <source>Download a &amp;template…</source>
        <translation>&amp;Sjabloon downloaden…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="95"/>
        <source>Choose the file to import</source>
        <translation>Kies het bestand om te importeren</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="95"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="102"/>
        <source>Download a template</source>
        <translation>Sjabloon downloaden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="107"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="117"/>
        <source>The template is saved as %1.</source>
        <translation>Het sjabloon is opgeslagen als %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="128"/>
        <source>Reading the file…</source>
        <translation>Bestand wordt gelezen…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="74"/>
        <source>Welcome to W4I Desktop</source>
        <translation>Welkom bij W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="79"/>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;W4I Desktop keeps everything in one encrypted database on this computer. Create it now, with the first administrator account.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welkom&lt;/h2&gt;&lt;p&gt;W4I Desktop bewaart alles in één versleutelde database op deze computer. Maak die nu aan, samen met het eerste beheerdersaccount.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="92"/>
        <source>e.g. Centro Donne Milano</source>
        <translation>bijv. Centro Donne Milano</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="106"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="107"/>
        <source>Organisation name</source>
        <translation>Naam van de organisatie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="108"/>
        <source>First site</source>
        <translation>Eerste locatie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="109"/>
        <source>Administrator user name</source>
        <translation>Gebruikersnaam beheerder</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="110"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="111"/>
        <source>Repeat the password</source>
        <translation>Herhaal het wachtwoord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="121"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="122"/>
        <source>&amp;Organisation name</source>
        <translation>Naam van de &amp;organisatie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="123"/>
        <source>First &amp;site</source>
        <translation>Eerste &amp;locatie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="124"/>
        <source>Administrator &amp;user name</source>
        <translation>&amp;Gebruikersnaam beheerder</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="125"/>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="127"/>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Herhaal het wachtwoord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="131"/>
        <location filename="../w4i_desktop/views/window/first_run.py" line="179"/>
        <source>&amp;Create database</source>
        <translation>Database &amp;aanmaken</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="134"/>
        <source>Open &amp;existing database…</source>
        <translation>&amp;Bestaande database openen…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="141"/>
        <source>Connect to the &amp;existing database</source>
        <translation>Verbinden met de &amp;bestaande database</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="168"/>
        <source>Use a shared &amp;database server (PostgreSQL)</source>
        <translation>Een gedeelde &amp;databaseserver gebruiken (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="179"/>
        <source>&amp;Create the database on the server</source>
        <translation>De database op de server &amp;aanmaken</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="239"/>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="242"/>
        <source>Name the first site.</source>
        <translation>Geef de eerste locatie een naam.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="293"/>
        <source>Open a W4I database</source>
        <translation>Een W4I-database openen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="293"/>
        <source>W4I databases (*.db);;All files (*)</source>
        <translation>W4I-databases (*.db);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="125"/>
        <source>Record a follow-up</source>
        <translation>Opvolging vastleggen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="130"/>
        <source>After 1 month</source>
        <translation>Na 1 maand</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="131"/>
        <source>After 3 months</source>
        <translation>Na 3 maanden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="132"/>
        <source>After 6 months</source>
        <translation>Na 6 maanden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="133"/>
        <source>After 12 months</source>
        <translation>Na 12 maanden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="136"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Opvolging</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="139"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="140"/>
        <source>She is still &amp;employed there</source>
        <translation>Ze &amp;werkt daar nog</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="144"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_form.py" line="168"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <location filename="../w4i_desktop/views/window/getting_started.py" line="97"/>
        <source>Getting started with W4I Desktop</source>
        <translation>Aan de slag met W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/getting_started.py" line="98"/>
        <source>Getting started</source>
        <translation>Aan de slag</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/getting_started.py" line="99"/>
        <source>&amp;Show this page at start</source>
        <translation>Deze pagina &amp;tonen bij het starten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/getting_started.py" line="100"/>
        <source>All the &amp;help pages…</source>
        <translation>Alle &amp;helppagina&apos;s…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/getting_started.py" line="101"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <location filename="../w4i_desktop/views/admin/health_dialog.py" line="27"/>
        <source>Check the database</source>
        <translation>Database controleren</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/health_dialog.py" line="31"/>
        <source>Checking every page of the database and the audit log…</source>
        <translation>Elke pagina van de database en het auditlogboek wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/health_dialog.py" line="62"/>
        <source>The database&apos;s files are on its server, which checks them itself.</source>
        <translation>De bestanden van de database staan op zijn server, die ze zelf controleert.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/health_dialog.py" line="65"/>
        <source>Every page of the database file passed SQLCipher&apos;s and SQLite&apos;s checks.</source>
        <translation>Elke pagina van het databasebestand heeft de controles van SQLCipher en SQLite doorstaan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/health_dialog.py" line="67"/>
        <source>The audit log&apos;s %n entries are intact.</source>
        <translation>
            <numerusform>%n regel van het auditlogboek is intact.</numerusform>
            <numerusform>De %n regels van het auditlogboek zijn intact.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/health_dialog.py" line="51"/>
        <source>The database is damaged. Stop working in it: restore the newest backup that checks as sound (File ▸ Restore a backup…) and tell your administrator. The details below name pages and entries, never people.</source>
        <translation>De database is beschadigd. Werk er niet verder in: zet de nieuwste back-up terug die in orde is (Bestand ▸ Back-up terugzetten…) en meld het aan je beheerder. De details hieronder noemen pagina&apos;s en regels, nooit personen.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="175"/>
        <source>W4I Desktop help</source>
        <translation>Help bij W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="176"/>
        <source>Help pages</source>
        <translation>Helppagina&apos;s</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="177"/>
        <source>Help page</source>
        <translation>Helppagina</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="178"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Terug</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="179"/>
        <source>The page before (Alt+Left)</source>
        <translation>De vorige pagina (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="180"/>
        <source>&amp;Forward →</source>
        <translation>&amp;Vooruit →</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="181"/>
        <source>The page after (Alt+Right)</source>
        <translation>De volgende pagina (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="182"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="253"/>
        <source>%1 – W4I Desktop help</source>
        <translation>%1 – Help bij W4I Desktop</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="147"/>
        <source>Identity and contact</source>
        <translation>Identiteit en contact</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="151"/>
        <source>&amp;First name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="152"/>
        <source>&amp;Last name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="153"/>
        <source>Birth &amp;date</source>
        <translation>Geboorte&amp;datum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="154"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="155"/>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="234"/>
        <source>Import a spreadsheet</source>
        <translation>Spreadsheet importeren</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="241"/>
        <source>Import possible duplicates too</source>
        <translation>Mogelijke duplicaten ook importeren</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="248"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="271"/>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="280"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Geannuleerd: er is niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="53"/>
        <source>Intake interview</source>
        <translation>Intakegesprek</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="56"/>
        <source>&amp;Submit</source>
        <translation>&amp;Indienen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="114"/>
        <source>Print the privacy notice</source>
        <translation>Privacyverklaring afdrukken</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="125"/>
        <source>The privacy notice is saved as %1.</source>
        <translation>De privacyverklaring is opgeslagen als %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="186"/>
        <source>Eligibility</source>
        <translation>Deelnamevoorwaarden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="217"/>
        <source>Possible duplicate</source>
        <translation>Mogelijk dubbele registratie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="219"/>
        <source>She may already be registered:</source>
        <translation>Ze is misschien al geregistreerd:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="220"/>
        <source>Create anyway</source>
        <translation>Toch aanmaken</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="253"/>
        <source>The interview was kept as a draft. You can continue it from %1.</source>
        <translation>Het gesprek is bewaard als concept. Je kunt het voortzetten via %1.</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="45"/>
        <source>Log a contact with the employer</source>
        <translation>Contact met de werkgever vastleggen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="48"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="51"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="52"/>
        <source>&amp;Summary</source>
        <translation>Samen&amp;vatting</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="40"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="41"/>
        <source>Privacy consent</source>
        <translation>Toestemming privacy</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="42"/>
        <source>Needs assessment</source>
        <translation>Inventarisatie van behoeften</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="43"/>
        <source>Skills assessment</source>
        <translation>Inventarisatie van vaardigheden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="44"/>
        <source>Language assessment</source>
        <translation>Taalniveaubepaling</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="45"/>
        <source>Individual plan</source>
        <translation>Persoonlijk plan</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="46"/>
        <source>Language course</source>
        <translation>Taalcursus</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="47"/>
        <source>Empowerment activities</source>
        <translation>Empowermentactiviteiten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="48"/>
        <source>Orientation</source>
        <translation>Oriëntatie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="49"/>
        <source>Vocational training</source>
        <translation>Beroepsopleiding</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="50"/>
        <source>CV and job search</source>
        <translation>Cv en zoeken naar werk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="51"/>
        <source>Job orientation</source>
        <translation>Beroepsoriëntatie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="52"/>
        <source>Employer matching</source>
        <translation>Matching met werkgevers</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="53"/>
        <location filename="../w4i_desktop/views/labels.py" line="151"/>
        <location filename="../w4i_desktop/views/labels.py" line="185"/>
        <source>Internship</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="54"/>
        <source>Placement</source>
        <translation>Plaatsing</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="55"/>
        <source>Follow-up 1 month</source>
        <translation>Opvolging na 1 maand</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="56"/>
        <source>Follow-up 3 months</source>
        <translation>Opvolging na 3 maanden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="57"/>
        <source>Follow-up 6 months</source>
        <translation>Opvolging na 6 maanden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="58"/>
        <source>Follow-up 12 months</source>
        <translation>Opvolging na 12 maanden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="59"/>
        <source>Closure</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="60"/>
        <source>Other step</source>
        <translation>Andere stap</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="64"/>
        <location filename="../w4i_desktop/views/labels.py" line="126"/>
        <source>Employed</source>
        <translation>Aan het werk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="65"/>
        <source>In education or training</source>
        <translation>In opleiding of scholing</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="66"/>
        <source>Moved away</source>
        <translation>Verhuisd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="67"/>
        <source>Dropped out</source>
        <translation>Voortijdig gestopt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="68"/>
        <source>Other reason</source>
        <translation>Andere reden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="72"/>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="73"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="74"/>
        <source>Staff</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="75"/>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="98"/>
        <source>EU citizen</source>
        <translation>EU-burger</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="99"/>
        <source>Long-term or permanent residence</source>
        <translation>Langdurig of permanent verblijf</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="100"/>
        <source>Work permit</source>
        <translation>Werkvergunning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="101"/>
        <source>Family reunification</source>
        <translation>Gezinshereniging</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="102"/>
        <source>Study permit</source>
        <translation>Studievergunning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="103"/>
        <source>Refugee or subsidiary protection</source>
        <translation>Vluchteling of subsidiaire bescherming</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="106"/>
        <source>Temporary protection</source>
        <translation>Tijdelijke bescherming</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="107"/>
        <source>Asylum seeker</source>
        <translation>Asielzoeker</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="108"/>
        <source>Humanitarian or special protection</source>
        <translation>Humanitaire of bijzondere bescherming</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="109"/>
        <source>Naturalised citizen</source>
        <translation>Genaturaliseerd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="110"/>
        <source>Other permit</source>
        <translation>Andere vergunning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="111"/>
        <source>No permit</source>
        <translation>Geen vergunning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="114"/>
        <source>None or primary (ISCED 0–1)</source>
        <translation>Geen of basisonderwijs (ISCED 0–1)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="115"/>
        <source>Lower secondary (ISCED 2)</source>
        <translation>Lager voortgezet onderwijs (ISCED 2)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="116"/>
        <source>Upper or post-secondary (ISCED 3–4)</source>
        <translation>Hoger voortgezet of postsecundair onderwijs (ISCED 3–4)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="119"/>
        <source>Tertiary (ISCED 5–8)</source>
        <translation>Hoger onderwijs (ISCED 5–8)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="120"/>
        <location filename="../w4i_desktop/views/labels.py" line="127"/>
        <location filename="../w4i_desktop/views/labels.py" line="172"/>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="123"/>
        <source>Unemployed</source>
        <translation>Werkloos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="124"/>
        <source>Long-term unemployed</source>
        <translation>Langdurig werkloos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="125"/>
        <source>Inactive (not looking for work)</source>
        <translation>Inactief (zoekt geen werk)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="130"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="131"/>
        <source>Some hours</source>
        <translation>Enkele uren</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="132"/>
        <source>Full time</source>
        <translation>Voltijd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="135"/>
        <source>Processing of personal data</source>
        <translation>Verwerking van persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="136"/>
        <source>Sharing with employers</source>
        <translation>Delen met werkgevers</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="139"/>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="140"/>
        <source>Follow-up contact</source>
        <translation>Contact voor opvolging</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="143"/>
        <source>To do</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="144"/>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="145"/>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="146"/>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="149"/>
        <source>Permanent job</source>
        <translation>Vaste baan</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="150"/>
        <source>Fixed-term job</source>
        <translation>Tijdelijke baan</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="152"/>
        <location filename="../w4i_desktop/views/labels.py" line="186"/>
        <source>Apprenticeship</source>
        <translation>Leerwerkplek</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="153"/>
        <source>Self-employment</source>
        <translation>Zelfstandig ondernemer</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="154"/>
        <location filename="../w4i_desktop/views/labels.py" line="180"/>
        <location filename="../w4i_desktop/views/labels.py" line="188"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="157"/>
        <location filename="../w4i_desktop/views/labels.py" line="176"/>
        <source>Meeting</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="158"/>
        <location filename="../w4i_desktop/views/labels.py" line="175"/>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="159"/>
        <source>Course</source>
        <translation>Cursus</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="160"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="163"/>
        <source>At intake</source>
        <translation>Bij intake</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="164"/>
        <source>During the pathway</source>
        <translation>Tijdens het traject</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="165"/>
        <source>At exit</source>
        <translation>Bij uitstroom</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="168"/>
        <source>Micro (under 10)</source>
        <translation>Micro (minder dan 10)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="169"/>
        <source>Small (10–49)</source>
        <translation>Klein (10–49)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="170"/>
        <source>Medium (50–249)</source>
        <translation>Middelgroot (50–249)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="171"/>
        <source>Large (250 or more)</source>
        <translation>Groot (250 of meer)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="177"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="178"/>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="179"/>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="183"/>
        <source>Permanent</source>
        <translation>Vast</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="184"/>
        <source>Fixed-term</source>
        <translation>Tijdelijk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="187"/>
        <source>Freelance</source>
        <translation>Freelance</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="191"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="192"/>
        <source>Filled</source>
        <translation>Vervuld</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="193"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="197"/>
        <source>None required</source>
        <translation>Niet vereist</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="200"/>
        <source>same name and date of birth</source>
        <translation>zelfde naam en geboortedatum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="201"/>
        <source>same phone number</source>
        <translation>zelfde telefoonnummer</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="208"/>
        <source>Agriculture, forestry and fishing</source>
        <translation>Landbouw, bosbouw en visserij</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="209"/>
        <source>Mining and quarrying</source>
        <translation>Delfstoffenwinning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="210"/>
        <source>Manufacturing</source>
        <translation>Industrie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="211"/>
        <source>Electricity and gas</source>
        <translation>Elektriciteit en gas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="212"/>
        <source>Water supply and waste</source>
        <translation>Watervoorziening en afvalbeheer</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="213"/>
        <source>Construction</source>
        <translation>Bouw</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="214"/>
        <source>Wholesale and retail trade</source>
        <translation>Groot- en detailhandel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="215"/>
        <source>Transport and storage</source>
        <translation>Vervoer en opslag</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="216"/>
        <source>Accommodation and food</source>
        <translation>Horeca</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="217"/>
        <source>Information and communication</source>
        <translation>Informatie en communicatie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="218"/>
        <source>Finance and insurance</source>
        <translation>Financiële diensten en verzekeringen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="219"/>
        <source>Real estate</source>
        <translation>Onroerend goed</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="220"/>
        <source>Professional and technical services</source>
        <translation>Specialistische en technische diensten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="221"/>
        <source>Administrative and support services</source>
        <translation>Administratieve en ondersteunende diensten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="222"/>
        <source>Public administration</source>
        <translation>Openbaar bestuur</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="223"/>
        <source>Education</source>
        <translation>Onderwijs</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="224"/>
        <source>Health and social care</source>
        <translation>Zorg en welzijn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="225"/>
        <source>Arts and recreation</source>
        <translation>Cultuur en recreatie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="226"/>
        <source>Other services</source>
        <translation>Overige diensten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="227"/>
        <source>Households as employers</source>
        <translation>Huishoudens als werkgever</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="228"/>
        <source>Extraterritorial organisations</source>
        <translation>Extraterritoriale organisaties</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="62"/>
        <source>Interview language and site</source>
        <translation>Gesprekstaal en locatie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="63"/>
        <source>The language you speak together, and who will follow her.</source>
        <translation>De taal die jullie samen spreken, en wie haar gaat begeleiden.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="73"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="74"/>
        <source>&amp;Site</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="75"/>
        <source>Case&amp;worker</source>
        <translation>Trajectbegeleide&amp;r</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="84"/>
        <source>To assign</source>
        <translation>Nog toe te wijzen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="96"/>
        <source>to assign</source>
        <translation>nog toe te wijzen</translation>
    </message>
</context>
<context>
    <name>LanguagesEdit</name>
    <message>
        <location filename="../w4i_desktop/views/language_edit.py" line="83"/>
        <source>Names, e.g. %1</source>
        <translation>Namen, bijv. %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/language_edit.py" line="150"/>
        <source>Not a language name: %1. Type a name, e.g. %2, or pick one from the list.</source>
        <translation>Geen naam van een taal: %1. Typ een naam, bijv. %2, of kies er een uit de lijst.</translation>
    </message>
</context>
<context>
    <name>LanguagesPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="211"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="218"/>
        <source>None yet</source>
        <translation>Nog geen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="219"/>
        <source>Not assessed</source>
        <translation>Niet bepaald</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="221"/>
        <source>&amp;Languages she speaks</source>
        <translation>&amp;Talen die ze spreekt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="222"/>
        <source>&amp;Host-country language</source>
        <translation>Taal van het &amp;gastland</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="223"/>
        <source>Her le&amp;vel (self-assessed, CEFR)</source>
        <translation>Haar &amp;niveau (zelf ingeschat, CEFR)</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="55"/>
        <source>&lt;h2&gt;W4I Desktop&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;W4I Desktop&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="56"/>
        <source>Sign in to open the encrypted database.</source>
        <translation>Meld je aan om de versleutelde database te openen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="60"/>
        <source>Sign in to the shared database %1.</source>
        <translation>Meld je aan bij de gedeelde database %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="63"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="66"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="72"/>
        <source>Password of the database server</source>
        <translation>Wachtwoord van de databaseserver</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="73"/>
        <source>&amp;Server password</source>
        <translation>&amp;Serverwachtwoord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="75"/>
        <source>Remember me on this computer</source>
        <translation>Mij onthouden op deze computer</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="81"/>
        <source>&amp;Restore the newest good backup…</source>
        <translation>De nieuwste goede back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="85"/>
        <source>&amp;Forgot your password?</source>
        <translation>Wachtwoord &amp;vergeten?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="89"/>
        <location filename="../w4i_desktop/views/window/login.py" line="220"/>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="96"/>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="97"/>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="152"/>
        <source>Enter your user name.</source>
        <translation>Vul je gebruikersnaam in.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="190"/>
        <source>The new password is set. Sign in with it.</source>
        <translation>Het nieuwe wachtwoord is ingesteld. Meld je ermee aan.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="201"/>
        <source>Restored from %1. Sign in again.</source>
        <translation>Teruggezet vanuit %1. Meld je opnieuw aan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/window/login.py" line="225"/>
        <source>Too many attempts: wait %n s</source>
        <translation>
            <numerusform>Te veel pogingen: wacht %n s</numerusform>
            <numerusform>Te veel pogingen: wacht %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../w4i_desktop/views/window/main_window.py" line="108"/>
        <source>W4I Desktop</source>
        <translation>W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="105"/>
        <source>Screens</source>
        <translation>Schermen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="26"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="27"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="28"/>
        <source>Employers</source>
        <translation>Werkgevers</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="29"/>
        <source>Pathways</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="30"/>
        <source>Reports</source>
        <translation>Rapportages</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="31"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="106"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="108"/>
        <source>&amp;New participant</source>
        <translation>&amp;Nieuwe deelnemer</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="113"/>
        <source>&amp;Find participant</source>
        <translation>Deelnemer &amp;zoeken</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="118"/>
        <source>New &amp;intake interview…</source>
        <translation>Nieuw &amp;intakegesprek…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="123"/>
        <source>Intake &amp;drafts…</source>
        <translation>Intake&amp;concepten…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="126"/>
        <source>&amp;Retention review…</source>
        <translation>&amp;Bewaartermijnen controleren…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="129"/>
        <source>I&amp;mport a spreadsheet…</source>
        <translation>Spreadsheet im&amp;porteren…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="132"/>
        <source>&amp;Back up now…</source>
        <translation>Nu back-&amp;up maken…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="135"/>
        <source>Res&amp;tore a backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="137"/>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="139"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="154"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="164"/>
        <source>Lang&amp;uage</source>
        <translation>T&amp;aal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="175"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="177"/>
        <source>&amp;Help for this screen</source>
        <translation>&amp;Help bij dit scherm</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="182"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Aan de slag</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="185"/>
        <source>&amp;About W4I Desktop</source>
        <translation>&amp;Over W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="188"/>
        <source>&amp;Check the database…</source>
        <translation>Database &amp;controleren…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_window.py" line="186"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_window.py" line="190"/>
        <source>Unlocked</source>
        <translation>Ontgrendeld</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_window.py" line="216"/>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/language_switch.py" line="48"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/language_switch.py" line="49"/>
        <source>Sign in first: a record has changes that are not saved yet.</source>
        <translation>Meld je eerst aan: een dossier heeft wijzigingen die nog niet zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_window.py" line="350"/>
        <source>Restored from %1. Sign in again.</source>
        <translation>Teruggezet vanuit %1. Meld je opnieuw aan.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="146"/>
        <source>How the columns are read</source>
        <translation>Hoe de kolommen worden gelezen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="149"/>
        <source>Check the field each column goes into; choose “Not imported” to leave one out.</source>
        <translation>Controleer in welk veld elke kolom terechtkomt; kies “Niet geïmporteerd” om een kolom weg te laten.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="155"/>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="155"/>
        <source>First values</source>
        <translation>Eerste waarden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="155"/>
        <source>Goes into</source>
        <translation>Gaat naar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="167"/>
        <source>Language levels (CEFR) in the file are for:</source>
        <translation>De taalniveaus (ERK) in het bestand gaan over:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="180"/>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="190"/>
        <source>Field for the column %1</source>
        <translation>Veld voor de kolom %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="210"/>
        <source>Checking every row…</source>
        <translation>Elke rij wordt gecontroleerd…</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="47"/>
        <source>no consent to share her data with employers</source>
        <translation>geen toestemming om haar gegevens met werkgevers te delen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="48"/>
        <source>no language level required</source>
        <translation>geen taalniveau vereist</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="49"/>
        <source>{language}: {her}, meets the required {needed}</source>
        <translation>{language}: {her}, voldoet aan het vereiste {needed}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="52"/>
        <source>{language}: {her}, above the required {needed}</source>
        <translation>{language}: {her}, boven het vereiste {needed}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="55"/>
        <source>{language}: {her}, one level below the required {needed}</source>
        <translation>{language}: {her}, één niveau onder het vereiste {needed}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="58"/>
        <source>{language}: {her}, far below the required {needed} ({levels} levels)</source>
        <translation>{language}: {her}, ver onder het vereiste {needed} ({levels} niveaus)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="61"/>
        <source>{language}: level not assessed, {needed} required</source>
        <translation>{language}: niveau niet bepaald, {needed} vereist</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="64"/>
        <source>no particular skills asked</source>
        <translation>geen bijzondere vaardigheden gevraagd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="65"/>
        <source>skills: {skills} ({count} of {asked})</source>
        <translation>vaardigheden: {skills} ({count} van {asked})</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="66"/>
        <source>none of the skills asked: {skills}</source>
        <translation>geen van de gevraagde vaardigheden: {skills}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="67"/>
        <source>available on {days}</source>
        <translation>beschikbaar op {days}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="68"/>
        <source>not available on {days}</source>
        <translation>niet beschikbaar op {days}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="69"/>
        <source>availability not recorded</source>
        <translation>beschikbaarheid niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="70"/>
        <source>working days not given</source>
        <translation>werkdagen niet opgegeven</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="71"/>
        <source>available {start}–{end}</source>
        <translation>beschikbaar {start}–{end}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="72"/>
        <source>works {start}–{end}, available {from}–{until}</source>
        <translation>werktijden {start}–{end}, beschikbaar {from}–{until}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="75"/>
        <source>available hours not recorded</source>
        <translation>beschikbare uren niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="76"/>
        <source>working hours not given</source>
        <translation>werktijden niet opgegeven</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="77"/>
        <source>lives in {municipality}</source>
        <translation>woont in {municipality}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="78"/>
        <source>lives in {her}, job in {job}</source>
        <translation>woont in {her}, werk in {job}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="79"/>
        <source>lives in {her}, commutes to {job}</source>
        <translation>woont in {her}, forenst naar {job}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="80"/>
        <source>lives in {her}, would relocate to {job}</source>
        <translation>woont in {her}, zou naar {job} verhuizen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="81"/>
        <source>municipality not recorded</source>
        <translation>gemeente niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="82"/>
        <source>no childcare needed</source>
        <translation>geen kinderopvang nodig</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="83"/>
        <source>the employer accommodates childcare</source>
        <translation>de werkgever houdt rekening met kinderopvang</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="84"/>
        <source>within daycare hours</source>
        <translation>binnen de openingstijden van de kinderopvang</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="85"/>
        <source>{parts}: conflicts with childcare</source>
        <translation>{parts}: botst met kinderopvang</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="86"/>
        <source>working hours not given: check childcare</source>
        <translation>werktijden niet opgegeven: controleer kinderopvang</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="89"/>
        <source>early mornings</source>
        <translation>vroege ochtenden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="90"/>
        <source>evenings</source>
        <translation>avonden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="91"/>
        <source>weekends</source>
        <translation>weekenden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="101"/>
        <source>no level</source>
        <translation>geen niveau</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="114"/>
        <source>Host language</source>
        <translation>Taal van het gastland</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="135"/>
        <source>Excluded: %1. Also: %2</source>
        <translation>Uitgesloten: %1. Daarnaast: %2</translation>
    </message>
</context>
<context>
    <name>MatchingDialog</name>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="157"/>
        <source>Candidates for the vacancy</source>
        <translation>Kandidaten voor de vacature</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="159"/>
        <source>Vacancies for her</source>
        <translation>Vacatures voor haar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="165"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="166"/>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="166"/>
        <source>Vacancy</source>
        <translation>Vacature</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="167"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="171"/>
        <source>Matching results</source>
        <translation>Matchresultaten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="196"/>
        <source>Looking for candidates…</source>
        <translation>Kandidaten worden gezocht…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="198"/>
        <source>Looking for vacancies…</source>
        <translation>Vacatures worden gezocht…</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="248"/>
        <source>%1 at %2: %n candidate(s) who agreed to share their profile.</source>
        <translation>
            <numerusform>%1 bij %2: %n kandidaat die toestemming heeft gegeven om haar profiel te delen.</numerusform>
            <numerusform>%1 bij %2: %n kandidaten die toestemming hebben gegeven om hun profiel te delen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="255"/>
        <source>Nobody who agreed to share her profile with employers matches yet.</source>
        <translation>Er past nog niemand die toestemming heeft gegeven om haar profiel met werkgevers te delen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="259"/>
        <source>Only participants with a consent to share their profile with employers are listed. Press Enter to open a record.</source>
        <translation>Alleen deelnemers met toestemming om hun profiel met werkgevers te delen staan in de lijst. Druk op Enter om een dossier te openen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="264"/>
        <source>%1 open vacancies, best first.</source>
        <translation>%1 open vacatures, best passende eerst.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="269"/>
        <source>She has not agreed to share her profile with employers: record her consent on the Consent tab before proposing her to one.</source>
        <translation>Ze heeft geen toestemming gegeven om haar profiel met werkgevers te delen: leg haar toestemming vast op het tabblad Toestemming voordat je haar bij een werkgever voordraagt.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../w4i_desktop/views/message_bar.py" line="38"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/message_bar.py" line="39"/>
        <source>&amp;Reload</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/message_bar.py" line="40"/>
        <source>Load the saved record again; your changes are lost</source>
        <translation>Het opgeslagen dossier opnieuw laden; je wijzigingen gaan verloren</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="40"/>
        <source>The user name or the password is wrong.</source>
        <translation>De gebruikersnaam of het wachtwoord is onjuist.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="42"/>
        <source>The database is open on another computer or window: %1. Close it there first.</source>
        <translation>De database is geopend op een andere computer of in een ander venster: %1. Sluit de database daar eerst af.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="47"/>
        <source>The database file is damaged and cannot be read safely. Restore the newest backup.</source>
        <translation>Het databasebestand is beschadigd en kan niet veilig worden gelezen. Zet de nieuwste back-up terug.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="52"/>
        <source>This file is not a W4I database, or its key file (.keys) is missing or damaged.</source>
        <translation>Dit bestand is geen W4I-database, of het bijbehorende sleutelbestand (.keys) ontbreekt of is beschadigd.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="57"/>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>De schijf is vol. Er is niets gewijzigd; maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="61"/>
        <source>The file %1 is open in another program (Excel?). Close it there, or save under another name.</source>
        <translation>Het bestand %1 is geopend in een ander programma (Excel?). Sluit het daar, of sla het op onder een andere naam.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="67"/>
        <source>Someone else saved this record after you opened it. Reload it to see their changes.</source>
        <translation>Iemand anders heeft dit dossier opgeslagen nadat jij het had geopend. Laad het opnieuw om de wijzigingen te zien.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="72"/>
        <source>Your role does not allow this.</source>
        <translation>Je rol staat dit niet toe.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="74"/>
        <source>This record does not exist or is not visible to you.</source>
        <translation>Dit dossier bestaat niet of is voor jou niet zichtbaar.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="99"/>
        <source>%1: %2</source>
        <comment>a field&apos;s label, then what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="115"/>
        <source>Someone else saved this record after you opened it, so your changes were not saved. They are still on screen: reload to see the other changes, then make yours again.</source>
        <translation>Iemand anders heeft dit dossier opgeslagen nadat je het opende, dus je wijzigingen zijn niet opgeslagen. Ze staan nog op het scherm: laad opnieuw om de andere wijzigingen te zien en breng de jouwe daarna opnieuw aan.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="121"/>
        <source>Someone else saved this record after you opened it and changed: %1. Your changes were not saved; they are still on screen. Reload to see the other changes, then make yours again.</source>
        <translation>Iemand anders heeft dit dossier opgeslagen nadat je het opende en wijzigde: %1. Je wijzigingen zijn niet opgeslagen; ze staan nog op het scherm. Laad opnieuw om de andere wijzigingen te zien en breng de jouwe daarna opnieuw aan.</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="273"/>
        <source>Needs and goals</source>
        <translation>Behoeften en doelen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="275"/>
        <source>Needs and &amp;goals</source>
        <translation>Behoeften en &amp;doelen</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="166"/>
        <source>Make a new recovery key</source>
        <translation>Nieuwe herstelsleutel maken</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="169"/>
        <source>A new recovery key replaces the one you have: the old key stops working at once, on paper and in every PDF. Backups made before keep opening with the old key.</source>
        <translation>Een nieuwe herstelsleutel vervangt de sleutel die je nu hebt: de oude sleutel werkt meteen niet meer, op papier en in elke PDF. Eerder gemaakte back-ups blijven met de oude sleutel te openen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="177"/>
        <source>Your password</source>
        <translation>Je wachtwoord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="178"/>
        <source>Your &amp;password</source>
        <translation>Je &amp;wachtwoord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="181"/>
        <source>Make a &amp;new key</source>
        <translation>&amp;Nieuwe sleutel maken</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="51"/>
        <source>Add a user</source>
        <translation>Gebruiker toevoegen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="52"/>
        <source>&amp;Name shown</source>
        <translation>Weergave&amp;naam</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="53"/>
        <source>&amp;User name (to sign in)</source>
        <translation>&amp;Gebruikersnaam (voor het aanmelden)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="54"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="57"/>
        <source>&amp;Site</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="59"/>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="59"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="62"/>
        <source>Password &amp;again</source>
        <translation>&amp;Herhaal het wachtwoord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="62"/>
        <source>Password again</source>
        <translation>Herhaal het wachtwoord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="68"/>
        <source>Give it to her in person: nobody, administrators included, can read it later.</source>
        <translation>Geef het haar persoonlijk: niemand, ook geen beheerder, kan het later nog lezen.</translation>
    </message>
</context>
<context>
    <name>OriginPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="163"/>
        <source>Origin and residence permit</source>
        <translation>Herkomst en verblijfsvergunning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="168"/>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="171"/>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="173"/>
        <source>&amp;Country of birth</source>
        <translation>&amp;Geboorteland</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="174"/>
        <source>Citi&amp;zenship</source>
        <translation>&amp;Nationaliteit</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="175"/>
        <source>&amp;Arrival year</source>
        <translation>&amp;Aankomstjaar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="176"/>
        <source>&amp;Permit</source>
        <translation>&amp;Vergunning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="177"/>
        <source>Permit &amp;expires on</source>
        <translation>Vergunning ver&amp;loopt op</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="187"/>
        <source>She is under 18 today.</source>
        <translation>Ze is vandaag nog geen 18.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="188"/>
        <source>Her residence permit has expired.</source>
        <translation>Haar verblijfsvergunning is verlopen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="189"/>
        <source>She has no residence permit.</source>
        <translation>Ze heeft geen verblijfsvergunning.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="202"/>
        <source>Check the eligibility before you go on:</source>
        <translation>Controleer de deelnamevoorwaarden voordat je verdergaat:</translation>
    </message>
</context>
<context>
    <name>ParticipantListPage</name>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="63"/>
        <source>Search name, code, phone or e-mail (Ctrl+F)</source>
        <translation>Zoek op naam, code, telefoon of e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="64"/>
        <source>Search participants</source>
        <translation>Deelnemers zoeken</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="67"/>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="71"/>
        <source>Open and closed</source>
        <translation>Open en afgesloten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="72"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="73"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="78"/>
        <source>Caseworker</source>
        <translation>Trajectbegeleider</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="80"/>
        <source>Pathway stage</source>
        <translation>Trajectfase</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="81"/>
        <source>Any stage</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="84"/>
        <source>&amp;New participant</source>
        <translation>&amp;Nieuwe deelnemer</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="106"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="172"/>
        <source>All sites</source>
        <translation>Alle locaties</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="173"/>
        <source>Any caseworker</source>
        <translation>Alle trajectbegeleiders</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="257"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deelnemer</numerusform>
            <numerusform>%n deelnemers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantRecord</name>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="74"/>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="79"/>
        <source>You can read this record; your role does not allow changing it.</source>
        <translation>Je kunt dit dossier lezen; met jouw rol kun je het niet wijzigen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="83"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="84"/>
        <source>Save the record (Ctrl+S)</source>
        <translation>Dossier opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="86"/>
        <source>Cl&amp;ose record…</source>
        <translation>Dossier af&amp;sluiten…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="88"/>
        <source>R&amp;eopen record…</source>
        <translation>Dossier h&amp;eropenen…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="90"/>
        <source>She is back: continue this record</source>
        <translation>Ze is terug: dit dossier voortzetten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="109"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="110"/>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="111"/>
        <source>Family &amp;&amp; availability</source>
        <translation>Gezin &amp;&amp; beschikbaarheid</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="112"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="113"/>
        <source>Pathway</source>
        <translation>Traject</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="114"/>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="115"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="116"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="147"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="273"/>
        <source>New participant</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="274"/>
        <source>Fill in what you know; you can complete the rest later.</source>
        <translation>Vul in wat je weet; de rest kun je later aanvullen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_saving.py" line="91"/>
        <source>There are no changes to save.</source>
        <translation>Er zijn geen wijzigingen om op te slaan.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_saving.py" line="104"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_saving.py" line="138"/>
        <source>%1 was created.</source>
        <translation>%1 is aangemaakt.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_closing.py" line="52"/>
        <source>Closed on %1: %2</source>
        <translation>Afgesloten op %1: %2</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_closing.py" line="57"/>
        <source>Open since %1</source>
        <translation>Open sinds %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_closing.py" line="60"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_closing.py" line="93"/>
        <source>The record was closed.</source>
        <translation>Het dossier is afgesloten.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_closing.py" line="103"/>
        <source>Record reopened: %1</source>
        <translation>Dossier heropend: %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_closing.py" line="112"/>
        <source>The record is open again.</source>
        <translation>Het dossier is weer open.</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="34"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="35"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="36"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="37"/>
        <source>Country of origin</source>
        <translation>Land van herkomst</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="38"/>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="39"/>
        <source>Caseworker</source>
        <translation>Trajectbegeleider</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="40"/>
        <source>Pathway stage</source>
        <translation>Trajectfase</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="41"/>
        <source>Last activity</source>
        <translation>Laatste activiteit</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="192"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message>
        <location filename="../w4i_desktop/views/participant/participants_screen.py" line="20"/>
        <source>← Back to the list</source>
        <translation>← Terug naar de lijst</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participants_screen.py" line="21"/>
        <source>Back to the list (Alt+Left)</source>
        <translation>Terug naar de lijst (Alt+Left)</translation>
    </message>
</context>
<context>
    <name>PasswordHint</name>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/password_hint.py" line="52"/>
        <source>At least %n characters; a short sentence is best.</source>
        <translation>
            <numerusform>Minstens %n teken; een korte zin is het best.</numerusform>
            <numerusform>Minstens %n tekens; een korte zin is het best.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/password_hint.py" line="57"/>
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Te kort: minstens %n teken.</numerusform>
            <numerusform>Te kort: minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/password_hint.py" line="59"/>
        <source>Weak: too easy to guess, it would be refused.</source>
        <translation>Zwak: te makkelijk te raden, het zou worden geweigerd.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/password_hint.py" line="60"/>
        <source>Fair: accepted. Longer is stronger.</source>
        <translation>Redelijk: geaccepteerd. Langer is sterker.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/password_hint.py" line="61"/>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
</context>
<context>
    <name>PathwayTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="84"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="85"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="86"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="87"/>
        <source>Due</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="88"/>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="89"/>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="90"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="91"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="95"/>
        <source>Pathway steps</source>
        <translation>Trajectstappen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="105"/>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="260"/>
        <source>Mark &amp;done (Space)</source>
        <translation>Als afgerond &amp;markeren (Space)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="108"/>
        <source>S&amp;tart</source>
        <translation>Sta&amp;rten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="111"/>
        <source>S&amp;kip…</source>
        <translation>O&amp;verslaan…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="114"/>
        <source>&amp;Edit due date and notes…</source>
        <translation>Streefdatum en &amp;notities bewerken…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="117"/>
        <source>&amp;Print her summary (PDF)…</source>
        <translation>Haar overzicht af&amp;drukken (PDF)…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="120"/>
        <source>Her steps, courses and placements in her language, without any notes</source>
        <translation>Haar stappen, cursussen en plaatsingen in haar taal, zonder notities</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="135"/>
        <source>Mark done</source>
        <translation>Markeren als afgerond</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="198"/>
        <source>%1 of %2 steps done; %3 overdue.</source>
        <translation>%1 van %2 stappen afgerond; %3 achterstallig.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="203"/>
        <source>No pathway started yet.</source>
        <translation>Nog geen traject gestart.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="213"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="216"/>
        <source>after her placement</source>
        <translation>na haar plaatsing</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="218"/>
        <source>%1 (overdue)</source>
        <translation>%1 (achterstallig)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="234"/>
        <source>Print her summary</source>
        <translation>Haar overzicht afdrukken</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="235"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="242"/>
        <source>Her summary is saved as %1.</source>
        <translation>Haar overzicht is opgeslagen als %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="256"/>
        <source>Back to &amp;to do (Space)</source>
        <translation>&amp;Terug naar te doen (Space)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="258"/>
        <source>Record her pla&amp;cement… (Space)</source>
        <translation>Haar &amp;plaatsing vastleggen… (Space)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="294"/>
        <source>Record her placement</source>
        <translation>Haar plaatsing vastleggen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="319"/>
        <source>Skip the step</source>
        <translation>Stap overslaan</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="319"/>
        <source>Why is this step skipped?</source>
        <translation>Waarom wordt deze stap overgeslagen?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="328"/>
        <source>Edit the step</source>
        <translation>Stap bewerken</translation>
    </message>
</context>
<context>
    <name>PermitBanner</name>
    <message>
        <location filename="../w4i_desktop/views/participant/permit_banner.py" line="36"/>
        <source>Residence permit</source>
        <translation>Verblijfsvergunning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/permit_banner.py" line="53"/>
        <source>Her residence permit expires on %1 (in %2 days).</source>
        <translation>Haar verblijfsvergunning verloopt op %1 (over %2 dagen).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/permit_banner.py" line="58"/>
        <source>Her residence permit expires tomorrow, %1.</source>
        <translation>Haar verblijfsvergunning verloopt morgen, %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/permit_banner.py" line="60"/>
        <source>Her residence permit expires today, %1.</source>
        <translation>Haar verblijfsvergunning verloopt vandaag, %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/permit_banner.py" line="62"/>
        <source>Her residence permit expired yesterday, %1.</source>
        <translation>Haar verblijfsvergunning is gisteren verlopen, %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/permit_banner.py" line="64"/>
        <source>Her residence permit expired on %1 (%2 days ago).</source>
        <translation>Haar verblijfsvergunning is verlopen op %1 (%2 dagen geleden).</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="32"/>
        <source>New placement</source>
        <translation>Nieuwe plaatsing</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="38"/>
        <source>Edit the placement</source>
        <translation>Plaatsing bewerken</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="43"/>
        <source>e.g. W4I-7KQ2M</source>
        <translation>bijv. W4I-7KQ2M</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="44"/>
        <source>&amp;Participant code</source>
        <translation>&amp;Deelnemerscode</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="50"/>
        <source>Choose the employer</source>
        <translation>Kies de werkgever</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="52"/>
        <source>&amp;Employer</source>
        <translation>&amp;Werkgever</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="55"/>
        <source>&amp;Vacancy</source>
        <translation>&amp;Vacature</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="60"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="63"/>
        <source>&amp;Start</source>
        <translation>&amp;Begin</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="64"/>
        <source>E&amp;nd (if agreed)</source>
        <translation>&amp;Einde (indien afgesproken)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="65"/>
        <source>&amp;Hours per week</source>
        <translation>&amp;Uren per week</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="94"/>
        <source>Choose the employer.</source>
        <translation>Kies de werkgever.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="117"/>
        <source>No particular vacancy</source>
        <translation>Geen specifieke vacature</translation>
    </message>
</context>
<context>
    <name>PlacementsTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="211"/>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="212"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="213"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="214"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="215"/>
        <source>Hours/week</source>
        <translation>Uren/week</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="217"/>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="219"/>
        <source>A new placement schedules her follow-ups after 1, 3, 6 and 12 months on her pathway.</source>
        <translation>Bij een nieuwe plaatsing worden haar opvolgingen na 1, 3, 6 en 12 maanden in haar traject gepland.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="226"/>
        <source>&amp;New placement…</source>
        <translation>&amp;Nieuwe plaatsing…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="229"/>
        <source>Record a &amp;follow-up…</source>
        <translation>Opvolging &amp;vastleggen…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="232"/>
        <source>&amp;Matching vacancies…</source>
        <translation>&amp;Passende vacatures…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="294"/>
        <source>ongoing</source>
        <translation>lopend</translation>
    </message>
</context>
<context>
    <name>PrivacyButton</name>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="81"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="84"/>
        <source>&amp;Export all her data (JSON and PDF)…</source>
        <translation>Al haar gegevens &amp;exporteren (JSON en PDF)…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="87"/>
        <source>E&amp;rase personal data…</source>
        <translation>Persoonsgegevens &amp;wissen…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="90"/>
        <source>&amp;Delete record created by mistake…</source>
        <translation>Per vergissing aangemaakt dossier &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="110"/>
        <source>Export all her data</source>
        <translation>Al haar gegevens exporteren</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="113"/>
        <source>Choose the folder for the export</source>
        <translation>Kies de map voor de export</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="124"/>
        <source>The folder %1 could not be made (%2).</source>
        <translation>De map %1 kon niet worden aangemaakt (%2).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="135"/>
        <source>Her data is saved as %1.json (machine-readable) and %1.pdf (to read) in %2. The export is recorded in the audit log.</source>
        <translation>Haar gegevens zijn opgeslagen als %1.json (machineleesbaar) en %1.pdf (om te lezen) in %2. De export is vastgelegd in het auditlogboek.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="157"/>
        <source>The personal data of %1 is erased.</source>
        <translation>De persoonsgegevens van %1 zijn gewist.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="170"/>
        <source>Removes a record created by mistake and everything in it, while it is new and nothing was reported on her.</source>
        <translation>Verwijdert een per vergissing aangemaakt dossier met alles erin, zolang het nieuw is en er nog niets over haar is gerapporteerd.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="106"/>
        <source>e.g. +39 333 123 4567</source>
        <translation>bijv. +39 333 123 4567</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="114"/>
        <source>Not chosen</source>
        <translation>Niet gekozen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="122"/>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="124"/>
        <source>First n&amp;ame</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="125"/>
        <source>&amp;Last name</source>
        <translation>A&amp;chternaam</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="126"/>
        <source>Prefe&amp;rred name</source>
        <translation>Roe&amp;pnaam</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="127"/>
        <source>date of birth</source>
        <translation>geboortedatum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="128"/>
        <source>Date of &amp;birth</source>
        <translation>Geboorte&amp;datum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="129"/>
        <source>&amp;Year of birth</source>
        <translation>Geboorte&amp;jaar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="132"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="134"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="135"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="136"/>
        <source>&amp;Municipality</source>
        <translation>Ge&amp;meente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="137"/>
        <source>&amp;Neighbourhood</source>
        <translation>&amp;Wijk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="141"/>
        <source>Language for &amp;documents</source>
        <translation>Taal voor doc&amp;umenten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="146"/>
        <source>Enrolment</source>
        <translation>Inschrijving</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="148"/>
        <source>Si&amp;te</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="149"/>
        <source>&amp;Caseworker</source>
        <translation>Trajectbegeleide&amp;r</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="150"/>
        <source>intake date</source>
        <translation>intakedatum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="151"/>
        <source>&amp;Intake date</source>
        <translation>&amp;Intakedatum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="155"/>
        <source>Needs and &amp;goals</source>
        <translation>Behoe&amp;ften en doelen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="158"/>
        <source>Sensiti&amp;ve notes</source>
        <translation>Gevoelige &amp;notities</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="160"/>
        <source>Only staff, managers and administrators can read these notes.</source>
        <translation>Alleen medewerkers, managers en beheerders kunnen deze notities lezen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="189"/>
        <source>Not assigned</source>
        <translation>Niet toegewezen</translation>
    </message>
</context>
<context>
    <name>RecordPrompts</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="37"/>
        <source>…and %n more.</source>
        <translation>…en nog %n.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="46"/>
        <source>Possible duplicate</source>
        <translation>Mogelijk dubbele registratie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="48"/>
        <source>This person may already be registered:</source>
        <translation>Deze persoon is misschien al geregistreerd:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="50"/>
        <source>These participants may be the same person:</source>
        <translation>Deze deelnemers zijn misschien dezelfde persoon:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="55"/>
        <source>Open the existing record instead, or create a new one anyway?</source>
        <translation>Wil je in plaats daarvan het bestaande dossier openen, of toch een nieuw dossier aanmaken?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="61"/>
        <source>&amp;Open existing</source>
        <translation>&amp;Bestaand dossier openen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="65"/>
        <source>&amp;Create anyway</source>
        <translation>&amp;Toch aanmaken</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="87"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="88"/>
        <source>This record has changes that are not saved.</source>
        <translation>Dit dossier heeft wijzigingen die nog niet zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="89"/>
        <source>Save them before leaving the record?</source>
        <translation>Wijzigingen opslaan voordat je het dossier verlaat?</translation>
    </message>
</context>
<context>
    <name>RecordWidgets</name>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="307"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="309"/>
        <source>Clear %1</source>
        <translation>%1 wissen</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="50"/>
        <source>Your recovery key</source>
        <translation>Je herstelsleutel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="53"/>
        <source>&lt;p&gt;If every password is forgotten, this key is the only way to open the database.&lt;/p&gt;&lt;p&gt;Print it or save it as a PDF, and keep it locked away from this computer. Until you confirm that you have stored it, it is shown again each time an administrator signs in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Als alle wachtwoorden vergeten zijn, is deze sleutel de enige manier om de database te openen.&lt;/p&gt;&lt;p&gt;Druk hem af of sla hem op als PDF, en bewaar hem achter slot en grendel, niet bij deze computer. Zolang je niet bevestigt dat je hem veilig hebt opgeborgen, wordt hij opnieuw getoond telkens als een beheerder zich aanmeldt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="69"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="70"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="73"/>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="76"/>
        <source>I have &amp;stored the recovery key</source>
        <translation>Ik heb de herstelsleutel veilig op&amp;geborgen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="80"/>
        <source>&amp;Continue</source>
        <translation>&amp;Doorgaan</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="83"/>
        <source>Show it again &amp;later</source>
        <translation>&amp;Later opnieuw tonen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="87"/>
        <source>Close without confirming: the key is shown again at the next sign-in.</source>
        <translation>Sluiten zonder te bevestigen: de sleutel wordt bij de volgende aanmelding opnieuw getoond.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="119"/>
        <source>&lt;h1&gt;W4I Desktop recovery key&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 20pt&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This key opens the encrypted database when every password is forgotten. Keep this page locked away, apart from the computer.&lt;/p&gt;&lt;p&gt;This page was made on %3. A newer key, once made, replaces this one.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Herstelsleutel voor W4I Desktop&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 20pt&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Deze sleutel opent de versleutelde database als alle wachtwoorden vergeten zijn. Bewaar deze pagina achter slot en grendel, apart van de computer.&lt;/p&gt;&lt;p&gt;Deze pagina is gemaakt op %3. Zodra er een nieuwere sleutel is gemaakt, vervangt die deze sleutel.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="136"/>
        <source>Print the recovery key</source>
        <translation>Herstelsleutel afdrukken</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="144"/>
        <source>Save the recovery key</source>
        <translation>Herstelsleutel opslaan</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="146"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="134"/>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="155"/>
        <source>W4I Desktop recovery key</source>
        <translation>Herstelsleutel voor W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="158"/>
        <source>The PDF could not be written.</source>
        <translation>De PDF kon niet worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>RecoveryResetDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="153"/>
        <source>Forgotten password</source>
        <translation>Wachtwoord vergeten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="156"/>
        <source>Type the recovery key printed when this database was created (30 letters and digits in 6 groups) and choose a new password.</source>
        <translation>Typ de herstelsleutel die is afgedrukt toen deze database werd aangemaakt (30 letters en cijfers in 6 groepen) en kies een nieuw wachtwoord.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="163"/>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="166"/>
        <source>Recovery &amp;key</source>
        <translation>Herstel&amp;sleutel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="167"/>
        <source>New &amp;password</source>
        <translation>Nieuw &amp;wachtwoord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="167"/>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="169"/>
        <source>Password &amp;again</source>
        <translation>&amp;Herhaal het wachtwoord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="169"/>
        <source>Password again</source>
        <translation>Herhaal het wachtwoord</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/reopen_dialog.py" line="20"/>
        <source>Reopen record</source>
        <translation>Dossier heropenen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/reopen_dialog.py" line="23"/>
        <source>%2.

Reopening continues %1&apos;s record: she stays one participant, and the closure no longer counts as an exit.</source>
        <translation>%2.

Met heropenen loopt het dossier van %1 door: ze blijft één deelnemer, en de afsluiting telt niet meer als uitstroom.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/reopen_dialog.py" line="30"/>
        <source>&amp;Why is the record reopened?</source>
        <translation>&amp;Waarom wordt het dossier heropend?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/reopen_dialog.py" line="35"/>
        <source>Why is the record reopened?</source>
        <translation>Waarom wordt het dossier heropend?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/reopen_dialog.py" line="37"/>
        <source>Kept as a note in her timeline.</source>
        <translation>Wordt bewaard als notitie in haar tijdlijn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/reopen_dialog.py" line="44"/>
        <source>&amp;Reopen record</source>
        <translation>Dossier &amp;heropenen</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="59"/>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="208"/>
        <source>Quarterly report</source>
        <translation>Kwartaalrapportage</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="64"/>
        <source>&amp;Quarter</source>
        <translation>&amp;Kwartaal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="66"/>
        <source>Cust&amp;om dates</source>
        <translation>Eigen peri&amp;ode</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="69"/>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="72"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="72"/>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="98"/>
        <source>&amp;Pseudonymised (codes only, small counts shown as &lt;5)</source>
        <translation>Ge&amp;pseudonimiseerd (alleen codes, kleine aantallen getoond als &lt;5)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="102"/>
        <source>&amp;Named (exact counts and names; the reason is recorded)</source>
        <translation>Op &amp;naam (exacte aantallen en namen; de reden wordt vastgelegd)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="109"/>
        <source>Why names are needed, e.g. the funder&apos;s audit</source>
        <translation>Waarom namen nodig zijn, bijv. de audit van de financier</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="114"/>
        <source>&amp;Excel workbook (.xlsx)</source>
        <translation>&amp;Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="116"/>
        <source>P&amp;DF report</source>
        <translation>P&amp;DF-rapportage</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="124"/>
        <source>&amp;Create the report…</source>
        <translation>Rapportage &amp;maken…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="129"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="130"/>
        <source>&amp;Site</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="131"/>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="133"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="134"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="135"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="154"/>
        <source>Reports are made by managers. Ask one if you need figures.</source>
        <translation>Rapportages worden gemaakt door managers. Vraag het een manager als je cijfers nodig hebt.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="168"/>
        <source>All sites</source>
        <translation>Alle locaties</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="221"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="221"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="239"/>
        <source>The report is saved as %1.</source>
        <translation>De rapportage is opgeslagen als %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="234"/>
        <source>Building the report…</source>
        <translation>Rapportage wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="118"/>
        <source>Set a new password</source>
        <translation>Nieuw wachtwoord instellen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="120"/>
        <source>A new password for %1 (%2).</source>
        <translation>Een nieuw wachtwoord voor %1 (%2).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="127"/>
        <source>New &amp;password</source>
        <translation>Nieuw &amp;wachtwoord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="127"/>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="129"/>
        <source>Password &amp;again</source>
        <translation>&amp;Herhaal het wachtwoord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="129"/>
        <source>Password again</source>
        <translation>Herhaal het wachtwoord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="131"/>
        <source>The account becomes active again.</source>
        <translation>Het account wordt weer actief.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="135"/>
        <source>Your password was changed.</source>
        <translation>Je wachtwoord is gewijzigd.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="137"/>
        <source>The password of %1 was changed.</source>
        <translation>Het wachtwoord van %1 is gewijzigd.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="51"/>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="57"/>
        <source>Backups, newest first</source>
        <translation>Back-ups, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="60"/>
        <source>%1 · %2 · %3 MB</source>
        <translation>%1 · %2 · %3 MB</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="69"/>
        <source>&amp;Other file…</source>
        <translation>&amp;Ander bestand…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="71"/>
        <source>An &amp;administrator&apos;s password</source>
        <translation>Wachtwoord van een &amp;beheerder</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="73"/>
        <source>The &amp;recovery key</source>
        <translation>De &amp;herstelsleutel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="80"/>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="142"/>
        <source>Check the backup to see what it holds.</source>
        <translation>Controleer de back-up om te zien wat erin staat.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="84"/>
        <source>&amp;Check the backup</source>
        <translation>Back-up &amp;controleren</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="89"/>
        <source>R&amp;estore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="98"/>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="100"/>
        <source>&amp;Password or key</source>
        <translation>&amp;Wachtwoord of sleutel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="102"/>
        <source>Backups in %1, newest first:</source>
        <translation>Back-ups in %1, nieuwste eerst:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="113"/>
        <source>made by hand</source>
        <translation>handmatig gemaakt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="114"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="115"/>
        <source>before a restore</source>
        <translation>vóór het terugzetten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="116"/>
        <source>before an upgrade</source>
        <translation>vóór een upgrade</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="117"/>
        <source>damaged database kept</source>
        <translation>beschadigde database bewaard</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="123"/>
        <source>W4I backups (*.w4ibak)</source>
        <translation>W4I-back-ups (*.w4ibak)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="152"/>
        <source>Checking the backup…</source>
        <translation>Back-up wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="161"/>
        <source>The backup is intact. It holds %1 participants, %2 employers, %3 placements and %4 users. Restoring replaces everything entered since it was made; the current state is kept as a backup first.</source>
        <translation>De back-up is in orde. Hij bevat %1 deelnemers, %2 werkgevers, %3 plaatsingen en %4 gebruikers. Terugzetten vervangt alles wat sindsdien is ingevoerd; de huidige stand wordt eerst als back-up bewaard.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="183"/>
        <source>Restoring…</source>
        <translation>Bezig met terugzetten…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="208"/>
        <source>The database is restored from %1.</source>
        <translation>De database is teruggezet vanuit %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="211"/>
        <source>The state before the restore is kept in %1.</source>
        <translation>De stand van vóór het terugzetten is bewaard in %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="218"/>
        <source>Applied again: %n erasure(s) made after this backup, so erased data stays erased.</source>
        <translation>
            <numerusform>Opnieuw toegepast: %n wisactie die na deze back-up is uitgevoerd, zodat gewiste gegevens gewist blijven.</numerusform>
            <numerusform>Opnieuw toegepast: %n wisacties die na deze back-up zijn uitgevoerd, zodat gewiste gegevens gewist blijven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="227"/>
        <source>Deleted again: %n record(s) deleted as created by mistake after this backup.</source>
        <translation>
            <numerusform>Opnieuw verwijderd: %n dossier dat na deze back-up is verwijderd omdat het per vergissing was aangemaakt.</numerusform>
            <numerusform>Opnieuw verwijderd: %n dossiers die na deze back-up zijn verwijderd omdat ze per vergissing waren aangemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="232"/>
        <source>Everyone signs in again.</source>
        <translation>Iedereen meldt zich opnieuw aan.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="31"/>
        <source>Retention review</source>
        <translation>Controle van bewaartermijnen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="37"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="37"/>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="38"/>
        <source>Participants past retention</source>
        <translation>Deelnemers voorbij de bewaartermijn</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="54"/>
        <source>Personal data is kept for %n year(s) after a participant&apos;s closure (Settings). Anonymising removes names, contact details and notes and keeps the anonymous statistics the reports need.</source>
        <translation>
            <numerusform>Persoonsgegevens worden %n jaar bewaard nadat het dossier van een deelnemer is afgesloten (Instellingen). Anonimiseren verwijdert namen, contactgegevens en notities en bewaart de anonieme statistieken die de rapportages nodig hebben.</numerusform>
            <numerusform>Persoonsgegevens worden %n jaar bewaard nadat het dossier van een deelnemer is afgesloten (Instellingen). Anonimiseren verwijdert namen, contactgegevens en notities en bewaart de anonieme statistieken die de rapportages nodig hebben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="65"/>
        <source>&amp;Anonymise %n participant(s)…</source>
        <translation>
            <numerusform>%n deelnemer &amp;anonimiseren…</numerusform>
            <numerusform>%n deelnemers &amp;anonimiseren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="73"/>
        <source>Anonymise %n participant(s) now? This cannot be undone.</source>
        <translation>
            <numerusform>%n deelnemer nu anonimiseren? Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>%n deelnemers nu anonimiseren? Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="82"/>
        <source>Anonymising…</source>
        <translation>Bezig met anonimiseren…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="87"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="94"/>
        <source>%n participant(s) anonymised.</source>
        <translation>
            <numerusform>%n deelnemer geanonimiseerd.</numerusform>
            <numerusform>%n deelnemers geanonimiseerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="281"/>
        <source>Review and submit</source>
        <translation>Controleren en indienen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="281"/>
        <source>Check the answers, then Submit.</source>
        <translation>Controleer de antwoorden en klik dan op Indienen.</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="29"/>
        <source>Database server</source>
        <translation>Databaseserver</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="33"/>
        <source>e.g. db.example.org</source>
        <translation>bijv. db.example.org</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="44"/>
        <source>Encrypt the connection (&amp;TLS)</source>
        <translation>De verbinding versleutelen (&amp;TLS)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="47"/>
        <source>A server on another computer is always reached over TLS.</source>
        <translation>Een server op een andere computer wordt altijd via TLS bereikt.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="53"/>
        <source>The server&apos;s administrator makes an empty database and a role that owns it. The role&apos;s password is kept in this computer&apos;s credential store, or asked at each start where there is none.</source>
        <translation>De beheerder van de server maakt een lege database en een rol die er eigenaar van is. Het wachtwoord van de rol wordt bewaard in de wachtwoordkluis van deze computer, of bij elke start gevraagd als die er niet is.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="60"/>
        <source>Server host</source>
        <translation>Serverhost</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="61"/>
        <source>Server port</source>
        <translation>Serverpoort</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="62"/>
        <source>Database name on the server</source>
        <translation>Naam van de database op de server</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="63"/>
        <source>Server role</source>
        <translation>Rol op de server</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="64"/>
        <source>Password of the server role</source>
        <translation>Wachtwoord van de rol op de server</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="70"/>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="73"/>
        <source>Ser&amp;ver role</source>
        <translation>Rol op de ser&amp;ver</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="72"/>
        <source>Data&amp;base</source>
        <translation>Data&amp;base</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="71"/>
        <source>Port &amp;number</source>
        <translation>Poort&amp;nummer</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="74"/>
        <source>Role pass&amp;word</source>
        <translation>&amp;Wachtwoord van de rol</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="102"/>
        <source>Enter the name or address of the database server.</source>
        <translation>Vul de naam of het adres van de databaseserver in.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="106"/>
        <source>Enter the name of the database on the server.</source>
        <translation>Vul de naam van de database op de server in.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="51"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="65"/>
        <source>Choose a &amp;logo…</source>
        <translation>Kies een &amp;logo…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="67"/>
        <source>Re&amp;move the logo</source>
        <translation>Logo ver&amp;wijderen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="77"/>
        <source> years after closure</source>
        <translation> jaar na afsluiting</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="91"/>
        <source>For how many days after its creation an administrator can delete a record created by mistake (0: on the day only)</source>
        <translation>Hoeveel dagen na het aanmaken een beheerder een per vergissing aangemaakt dossier kan verwijderen (0: alleen op dezelfde dag)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="99"/>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="144"/>
        <source>Backup folder (this computer)</source>
        <translation>Map voor back-ups (deze computer)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="100"/>
        <source>Choos&amp;e…</source>
        <translation>Kiez&amp;en…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="124"/>
        <source>&amp;Save the settings</source>
        <translation>Instellingen op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="127"/>
        <source>Show the &amp;data folder</source>
        <translation>&amp;Datamap tonen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="130"/>
        <source>Make a new recover&amp;y key…</source>
        <translation>Nieuwe herstelsleutel ma&amp;ken…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="133"/>
        <source>The old recovery key stops working; store the new one safely</source>
        <translation>De oude herstelsleutel werkt dan niet meer; berg de nieuwe veilig op</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="138"/>
        <source>&amp;Organisation name</source>
        <translation>Naam van de &amp;organisatie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="139"/>
        <source>Logo on reports</source>
        <translation>Logo op rapportages</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="140"/>
        <source>&amp;Keep personal data</source>
        <translation>&amp;Persoonsgegevens bewaren</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="141"/>
        <source>Dashboard: &amp;permits expiring within</source>
        <translation>Dashboard: vergunningen die a&amp;flopen binnen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="142"/>
        <source>Automatic &amp;backups kept</source>
        <translation>Au&amp;tomatische back-ups bewaard</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="143"/>
        <source>Delete mistaken records within</source>
        <translation>Foutieve dossiers verwijderen binnen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="145"/>
        <source>Lock the &amp;window after</source>
        <translation>Venster &amp;vergrendelen na</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="146"/>
        <source>Language of the interf&amp;ace</source>
        <translation>Taal van de &amp;interface</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="167"/>
        <source>Ge&amp;neral</source>
        <translation>Alge&amp;meen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="168"/>
        <source>Si&amp;tes</source>
        <translation>Lo&amp;caties</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="169"/>
        <source>Use&amp;rs</source>
        <translation>Gebruike&amp;rs</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="171"/>
        <source>Sk&amp;ills</source>
        <translation>Vaardighede&amp;n</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="200"/>
        <source>Only managers and administrators change the organisation&apos;s settings. These settings are for this computer.</source>
        <translation>Alleen managers en beheerders wijzigen de instellingen van de organisatie. Deze instellingen gelden voor deze computer.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="239"/>
        <source>A logo of %1 KB</source>
        <translation>Een logo van %1 kB</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="241"/>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="259"/>
        <source> minute(s) without use</source>
        <translation>
            <numerusform> minuut zonder gebruik</numerusform>
            <numerusform> minuten zonder gebruik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="262"/>
        <source> day(s)</source>
        <translation>
            <numerusform> dag</numerusform>
            <numerusform> dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="265"/>
        <source> day(s) of creation</source>
        <translation>
            <numerusform> dag na aanmaak</numerusform>
            <numerusform> dagen na aanmaak</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="269"/>
        <source>Choose a logo</source>
        <translation>Kies een logo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="269"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="279"/>
        <source>The file %1 cannot be read.</source>
        <translation>Het bestand %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="296"/>
        <source>Backup folder</source>
        <translation>Map voor back-ups</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="324"/>
        <source>The settings are saved.</source>
        <translation>De instellingen zijn opgeslagen.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="190"/>
        <source>Add a site</source>
        <translation>Locatie toevoegen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="190"/>
        <source>Change a site</source>
        <translation>Locatie wijzigen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="192"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="193"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="197"/>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="198"/>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="202"/>
        <source>&amp;Open (closed sites keep their history)</source>
        <translation>&amp;Open (gesloten locaties behouden hun geschiedenis)</translation>
    </message>
</context>
<context>
    <name>SitesPanel</name>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="227"/>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="228"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="229"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="230"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="231"/>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="232"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="236"/>
        <source>Sites</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="238"/>
        <source>Add a &amp;site…</source>
        <translation>&amp;Locatie toevoegen…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="239"/>
        <source>C&amp;hange…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="260"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="260"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
</context>
<context>
    <name>Skills</name>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="17"/>
        <source>Accounting</source>
        <translation>Boekhouding</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="18"/>
        <source>Agriculture</source>
        <translation>Landbouw</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="19"/>
        <source>Beauty care</source>
        <translation>Schoonheidsverzorging</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="20"/>
        <source>Cash register</source>
        <translation>Kassawerk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="21"/>
        <source>Catering</source>
        <translation>Catering</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="22"/>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="23"/>
        <source>Cleaning</source>
        <translation>Schoonmaak</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="24"/>
        <source>Computer basics</source>
        <translation>Basiskennis computer</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="25"/>
        <source>Cooking</source>
        <translation>Koken</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="26"/>
        <source>Crafts</source>
        <translation>Handwerk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="27"/>
        <source>Customer service</source>
        <translation>Klantenservice</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="28"/>
        <source>Driving</source>
        <translation>Autorijden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="29"/>
        <source>Elderly care</source>
        <translation>Ouderenzorg</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="30"/>
        <source>Gardening</source>
        <translation>Tuinieren</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="31"/>
        <source>Hairdressing</source>
        <translation>Kappen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="32"/>
        <source>Hospitality</source>
        <translation>Horeca</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="33"/>
        <source>Nursing</source>
        <translation>Verpleging</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="34"/>
        <source>Office administration</source>
        <translation>Administratief werk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="35"/>
        <source>Programming</source>
        <translation>Programmeren</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="36"/>
        <source>Retail</source>
        <translation>Detailhandel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="37"/>
        <source>Sewing</source>
        <translation>Naaien</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="38"/>
        <source>Teaching</source>
        <translation>Lesgeven</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="39"/>
        <source>Translation and interpreting</source>
        <translation>Vertalen en tolken</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="40"/>
        <source>Warehouse work</source>
        <translation>Magazijnwerk</translation>
    </message>
</context>
<context>
    <name>SkillsEdit</name>
    <message>
        <location filename="../w4i_desktop/views/skill_picker.py" line="64"/>
        <source>Type a skill and press Enter</source>
        <translation>Typ een vaardigheid en druk op Enter</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_picker.py" line="71"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_picker.py" line="83"/>
        <source>Skills chosen</source>
        <translation>Gekozen vaardigheden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_picker.py" line="84"/>
        <source>Select a skill and press Delete to remove it.</source>
        <translation>Selecteer een vaardigheid en druk op Delete om die te verwijderen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_picker.py" line="152"/>
        <source>“%1” is not on the list of skills. Pick one of the suggestions.</source>
        <translation>“%1” staat niet in de lijst met vaardigheden. Kies een van de suggesties.</translation>
    </message>
</context>
<context>
    <name>SkillsPanel</name>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="37"/>
        <source>Participants&apos; skills and the skills vacancies ask for are chosen from this list, so that matching compares like with like.</source>
        <translation>De vaardigheden van deelnemers en de vaardigheden die vacatures vragen, worden uit deze lijst gekozen, zodat de matching appels met appels vergelijkt.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="45"/>
        <source>Skill</source>
        <translation>Vaardigheid</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="45"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="46"/>
        <source>Skills</source>
        <translation>Vaardigheden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="56"/>
        <source>A skill missing from the list</source>
        <translation>Een vaardigheid die nog niet in de lijst staat</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="57"/>
        <source>New skill</source>
        <translation>Nieuwe vaardigheid</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="59"/>
        <source>&amp;Add to the list</source>
        <translation>Aan de lijst &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="86"/>
        <source>Only administrators add skills to the list.</source>
        <translation>Alleen beheerders voegen vaardigheden aan de lijst toe.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="100"/>
        <source>Built in</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="100"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="113"/>
        <source>%1 was added to the list.</source>
        <translation>%1 is aan de lijst toegevoegd.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="66"/>
        <source>&amp;Due</source>
        <translation>&amp;Streefdatum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="67"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="55"/>
        <source>Saving makes a new version of the template. Pathways already started keep their steps; new pathways follow the new version.</source>
        <translation>Bij het opslaan ontstaat een nieuwe versie van het sjabloon. Trajecten die al zijn gestart, houden hun stappen; nieuwe trajecten volgen de nieuwe versie.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="62"/>
        <source>Language of the titles</source>
        <translation>Taal van de titels</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="73"/>
        <source>Steps of the pathway template</source>
        <translation>Stappen van het trajectsjabloon</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="75"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="75"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="75"/>
        <source>Due after (days)</source>
        <translation>Streefdatum na (dagen)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="75"/>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="199"/>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="231"/>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="84"/>
        <source>&amp;Add a step</source>
        <translation>Stap &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="87"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="90"/>
        <source>Move u&amp;p (Ctrl+Up)</source>
        <translation>&amp;Omhoog (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="93"/>
        <source>Move do&amp;wn (Ctrl+Down)</source>
        <translation>Om&amp;laag (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="96"/>
        <source>&amp;Save as a new version</source>
        <translation>Op&amp;slaan als nieuwe versie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="99"/>
        <source>Re&amp;vert</source>
        <translation>Terug&amp;draaien</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="104"/>
        <source>Titles in:</source>
        <translation>Titels in:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="146"/>
        <source>%1, version %2</source>
        <translation>%1, versie %2</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="174"/>
        <source>Kind of step %1</source>
        <translation>Soort stap %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="184"/>
        <source>English: %1</source>
        <translation>Engels: %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="199"/>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="231"/>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="275"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="276"/>
        <source>Save the changes to the pathway template?</source>
        <translation>De wijzigingen aan het trajectsjabloon opslaan?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="288"/>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="294"/>
        <source>Pathway template</source>
        <translation>Trajectsjabloon</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="295"/>
        <source>Saved as version %1. New pathways follow it.</source>
        <translation>Opgeslagen als versie %1. Nieuwe trajecten volgen deze versie.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="53"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="53"/>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="69"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="53"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="53"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="55"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="63"/>
        <source>&amp;Add to timeline</source>
        <translation>&amp;Toevoegen aan tijdlijn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="67"/>
        <source>&amp;Kind</source>
        <translation>Soo&amp;rt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="70"/>
        <source>&amp;Text</source>
        <translation>Te&amp;kst</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="72"/>
        <source>Text of the note</source>
        <translation>Tekst van de notitie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="110"/>
        <source>(former user)</source>
        <translation>(voormalige gebruiker)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="128"/>
        <source>Write the note before adding it.</source>
        <translation>Schrijf de notitie voordat je die toevoegt.</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="129"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="130"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="131"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="132"/>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="133"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="134"/>
        <source>Last sign-in</source>
        <translation>Laatst aangemeld</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="138"/>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="139"/>
        <source>&amp;Add a user…</source>
        <translation>Gebruiker &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="140"/>
        <source>&amp;Change…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="142"/>
        <source>Set a new &amp;password…</source>
        <translation>Nieuw wachtwoord &amp;instellen…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="145"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactiveren</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="166"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="166"/>
        <source>Deactivated</source>
        <translation>Gedeactiveerd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="206"/>
        <source>Deactivate a user</source>
        <translation>Gebruiker deactiveren</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="208"/>
        <source>%1 will no longer be able to sign in. Her work stays in the records. An administrator can set a new password to let her back in.</source>
        <translation>%1 kan zich niet meer aanmelden. Haar werk blijft in de dossiers staan. Een beheerder kan een nieuw wachtwoord instellen om haar weer toegang te geven.</translation>
    </message>
</context>
<context>
    <name>VacancyDialog</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="74"/>
        <source>New vacancy</source>
        <translation>Nieuwe vacature</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="74"/>
        <source>Edit the vacancy</source>
        <translation>Vacature bewerken</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="76"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="78"/>
        <source>As the employer</source>
        <translation>Zelfde als werkgever</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="79"/>
        <source>S&amp;ector</source>
        <translation>S&amp;ector</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="80"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="81"/>
        <source>&amp;Hours per week</source>
        <translation>&amp;Uren per week</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="82"/>
        <source>&amp;Days</source>
        <translation>&amp;Dagen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="83"/>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="84"/>
        <source>Un&amp;til</source>
        <translation>T&amp;ot</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="96"/>
        <source>Lan&amp;guage</source>
        <translation>T&amp;aal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="132"/>
        <source>%1 (the language of the site)</source>
        <translation>%1 (de taal van de locatie)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="134"/>
        <source>The host language (the site has no country)</source>
        <translation>De taal van het gastland (de locatie heeft geen land)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="88"/>
        <source>Hours fit with &amp;childcare (school or nursery hours)</source>
        <translation>Uren passen bij &amp;kinderopvang (school- of crèchetijden)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="92"/>
        <source>&amp;Contract</source>
        <translation>&amp;Contract</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="95"/>
        <source>&amp;Language level needed</source>
        <translation>Vereist taal&amp;niveau</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="99"/>
        <source>S&amp;kills</source>
        <translation>Vaard&amp;igheden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="102"/>
        <source>&amp;Opened on</source>
        <translation>Geo&amp;pend op</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="103"/>
        <source>C&amp;losed on</source>
        <translation>Ges&amp;loten op</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="106"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
</context>
<context>
    <name>VolunteerWelcome</name>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard_tables.py" line="179"/>
        <source>Start an intake interview with %1 (File menu, New intake interview). Interviews you have not finished are under Intake drafts (%2); the people you have interviewed are on the Participants screen (%3).</source>
        <translation>Begin een intakegesprek met %1 (menu Bestand, Nieuw intakegesprek). Gesprekken die je nog niet hebt afgerond, staan onder Intakeconcepten (%2); de mensen die je hebt gesproken, staan op het scherm Deelnemers (%3).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard_tables.py" line="191"/>
        <source>Start an &amp;intake interview</source>
        <translation>&amp;Intakegesprek starten</translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <location filename="../w4i_desktop/views/widgets.py" line="65"/>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../w4i_desktop/views/operations.py" line="227"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/operations.py" line="233"/>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
</context>
</TS>
