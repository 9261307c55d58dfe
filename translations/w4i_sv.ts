<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="51"/>
        <source>About W4I Desktop</source>
        <translation>Om W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="67"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="72"/>
        <source>Case management for organisations that help migrant women into work. Your data stays encrypted on this computer.</source>
        <translation>Ärendehantering för organisationer som hjälper utrikes födda kvinnor ut i arbete. Dina uppgifter förblir krypterade på den här datorn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="79"/>
        <source>W4I Desktop is free software: you may share and change it under the terms of the GNU General Public License, version 3 or (at your choice) any later version (%1). It comes with no warranty. &lt;a href=&quot;%2&quot;&gt;Read the licence&lt;/a&gt;.</source>
        <translation>W4I Desktop är fri programvara: du får dela och ändra den enligt villkoren i GNU General Public License, version 3 eller (om du vill) någon senare version (%1). Programmet levereras utan garanti. &lt;a href=&quot;%2&quot;&gt;Läs licensen&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="101"/>
        <source>Components included in W4I Desktop:</source>
        <translation>Komponenter som ingår i W4I Desktop:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="104"/>
        <source>Components included</source>
        <translation>Ingående komponenter</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="106"/>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="106"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="106"/>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="132"/>
        <source>Licence text</source>
        <translation>Licenstext</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="136"/>
        <source>Select a component to read its licence.</source>
        <translation>Markera en komponent för att läsa dess licens.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="144"/>
        <source>&amp;Copy version information</source>
        <translation>&amp;Kopiera versionsinformation</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="147"/>
        <source>The versions of W4I Desktop, Qt and Python and the operating system</source>
        <translation>Versionerna av W4I Desktop, Qt och Python samt operativsystemet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="189"/>
        <source>%1 is distributed under %2. Its licence text is not included here; read it at %3.</source>
        <translation>%1 distribueras under %2. Licenstexten finns inte med här; läs den på %3.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="203"/>
        <source>Copied.</source>
        <translation>Kopierat.</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../w4i_desktop/views/window/auto_backup.py" line="115"/>
        <source>The automatic backup failed: %1</source>
        <translation>Den automatiska säkerhetskopieringen misslyckades: %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/auto_backup.py" line="170"/>
        <source>Making the automatic backup…</source>
        <translation>Skapar den automatiska säkerhetskopian…</translation>
    </message>
</context>
<context>
    <name>BackgroundTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="201"/>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="204"/>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="212"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="212"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="213"/>
        <source>Not known or not applicable</source>
        <translation>Okänt eller ej tillämpligt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="222"/>
        <source>Origin and residence</source>
        <translation>Ursprung och uppehåll</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="224"/>
        <source>Country of &amp;birth</source>
        <translation>&amp;Födelseland</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="225"/>
        <source>&amp;Nationality</source>
        <translation>&amp;Medborgarskap</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="226"/>
        <source>&amp;Arrival year</source>
        <translation>A&amp;nkomstår</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="227"/>
        <source>&amp;Residence permit</source>
        <translation>&amp;Uppehållstillstånd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="228"/>
        <source>permit expiry</source>
        <translation>tillståndets slutdatum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="230"/>
        <source>Permit e&amp;xpires on</source>
        <translation>Tillståndet gäller &amp;till</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="232"/>
        <source>&amp;Languages spoken</source>
        <translation>S&amp;pråk hon talar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="236"/>
        <source>Education and work</source>
        <translation>Utbildning och arbete</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="238"/>
        <source>&amp;Education</source>
        <translation>Ut&amp;bildning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="242"/>
        <source>&amp;Qualification recognised</source>
        <translation>&amp;Examen erkänd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="246"/>
        <source>E&amp;mployment at intake</source>
        <translation>Sysselsättning vid &amp;inskrivning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="248"/>
        <source>S&amp;kills</source>
        <translation>&amp;Kompetenser</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="250"/>
        <source>&amp;Work experience</source>
        <translation>A&amp;rbetslivserfarenhet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="255"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="256"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="257"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="258"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="259"/>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="263"/>
        <source>Language assessments (CEFR)</source>
        <translation>Språkbedömningar (CEFR)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="281"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="283"/>
        <source>Self-assessed</source>
        <translation>Självskattad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="283"/>
        <source>Tested</source>
        <translation>Testad</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="253"/>
        <source>Back up now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="258"/>
        <source>Making an encrypted backup…</source>
        <translation>Skapar en krypterad säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="268"/>
        <source>The backup is made and checked: %1 in %2. Keep a copy away from this computer too (with its .keys file).</source>
        <translation>Säkerhetskopian är skapad och kontrollerad: %1 i %2. Spara också en kopia någon annanstans än på den här datorn (med tillhörande .keys-fil).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="279"/>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="281"/>
        <source>Restoring closes the database: save your work first. Everyone must sign in again afterwards. Continue?</source>
        <translation>Återställningen stänger databasen: spara ditt arbete först. Alla måste logga in igen efteråt. Vill du fortsätta?</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="40"/>
        <source>Check before importing</source>
        <translation>Kontrollera före import</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="47"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="47"/>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="47"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="52"/>
        <source>&amp;Save the rejected rows…</source>
        <translation>Spara de &amp;avvisade raderna…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="55"/>
        <source>Import the other rows and leave these out</source>
        <translation>Importera övriga rader och hoppa över dessa</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="60"/>
        <source>Case&amp;worker of the imported participants:</source>
        <translation>Hand&amp;läggare för de importerade deltagarna:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="76"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="96"/>
        <source>Nothing is imported until you press Import; then all rows go in together.</source>
        <translation>Inget importeras förrän du trycker på Importera; då importeras alla rader på en gång.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="106"/>
        <source>To assign</source>
        <translation>Att fördela</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="126"/>
        <source>Save the rejected rows</source>
        <translation>Spara de avvisade raderna</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="131"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="144"/>
        <source>The rejected rows are saved as %1.</source>
        <translation>De avvisade raderna har sparats som %1.</translation>
    </message>
</context>
<context>
    <name>ClockTimeEdit</name>
    <message>
        <location filename="../w4i_desktop/views/widgets.py" line="82"/>
        <source>e.g. 09:30</source>
        <translation>t.ex. 09:30</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="27"/>
        <source>Close record</source>
        <translation>Avsluta akt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="30"/>
        <source>Closing ends %1&apos;s participation. The reason is counted in the exit indicators; the record stays available.</source>
        <translation>Avslutet innebär att deltagandet för %1 upphör. Orsaken räknas med i avslutsindikatorerna; akten finns kvar.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="39"/>
        <source>Closing date</source>
        <translation>Avslutsdatum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="41"/>
        <source>Choose a reason…</source>
        <translation>Välj en orsak…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="44"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="47"/>
        <source>Closing &amp;date</source>
        <translation>&amp;Avslutsdatum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="49"/>
        <source>&amp;Reason</source>
        <translation>&amp;Orsak</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="58"/>
        <source>Close &amp;record</source>
        <translation>Avsluta a&amp;kt</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/consent_dialog.py" line="53"/>
        <source>&amp;Purpose</source>
        <translation>Ä&amp;ndamål</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/consent_dialog.py" line="54"/>
        <source>&amp;Given on</source>
        <translation>&amp;Lämnat den</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/consent_dialog.py" line="54"/>
        <source>&amp;Withdrawn on</source>
        <translation>Åt&amp;erkallat den</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/consent_dialog.py" line="56"/>
        <source>Privacy &amp;notice version</source>
        <translation>&amp;Version av integritetsinformationen</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="106"/>
        <source>Privacy notice and consent</source>
        <translation>Integritetsinformation och samtycke</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="107"/>
        <source>Read the notice with her, or print it for her to keep; then tick what she agrees to.</source>
        <translation>Läs informationen tillsammans med henne, eller skriv ut den så att hon kan behålla den; kryssa sedan i det hon samtycker till.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="113"/>
        <source>Privacy notice</source>
        <translation>Integritetsinformation</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="116"/>
        <source>&amp;Print the notice (PDF)…</source>
        <translation>&amp;Skriv ut informationen (PDF)…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="122"/>
        <source>She agrees to:</source>
        <translation>Hon samtycker till:</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="76"/>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="77"/>
        <source>Given on</source>
        <translation>Lämnat</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="78"/>
        <source>Withdrawn on</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="79"/>
        <source>Privacy notice</source>
        <translation>Integritetsinformation</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="80"/>
        <source>Recorded by</source>
        <translation>Registrerat av</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="82"/>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="84"/>
        <source>Consents are recorded in the intake interview, or here when she gives one later. Select a consent in force to withdraw it.</source>
        <translation>Samtycken registreras vid inskrivningssamtalet, eller här om hon lämnar ett senare. Markera ett gällande samtycke för att återkalla det.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="93"/>
        <source>&amp;Record a consent…</source>
        <translation>&amp;Registrera ett samtycke…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="96"/>
        <source>&amp;Withdraw the selected consent…</source>
        <translation>Återkalla det &amp;markerade samtycket…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="153"/>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="157"/>
        <source>Record a consent</source>
        <translation>Registrera ett samtycke</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="153"/>
        <source>Every consent is already in force.</source>
        <translation>Alla samtycken gäller redan.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="158"/>
        <source>Record a consent she gave after reading the privacy notice.</source>
        <translation>Registrera ett samtycke som hon har lämnat efter att ha läst integritetsinformationen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="176"/>
        <source>Withdraw consent</source>
        <translation>Återkalla samtycke</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="178"/>
        <source>Withdraw her consent to “%1”. This cannot be undone; a new consent can be recorded later.</source>
        <translation>Återkalla hennes samtycke till ”%1”. Det går inte att ångra; ett nytt samtycke kan registreras senare.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="35"/>
        <source>Add a contact person</source>
        <translation>Lägg till en kontaktperson</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="36"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="37"/>
        <source>&amp;Job title</source>
        <translation>&amp;Befattning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="38"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="39"/>
        <source>E-&amp;mail</source>
        <translation>&amp;E-post</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="13"/>
        <source>&apos;Remember me&apos; is only for a database kept on this computer.</source>
        <translation>”Kom ihåg mig” gäller bara en databas som finns på den här datorn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="16"/>
        <source>A follow-up cannot be in the future.</source>
        <translation>En uppföljning kan inte ha ett datum i framtiden.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="17"/>
        <source>A follow-up is recorded before this start date.</source>
        <translation>En uppföljning är registrerad före det här startdatumet.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="18"/>
        <source>A participant needs a first or last name.</source>
        <translation>En deltagare måste ha ett förnamn eller ett efternamn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="19"/>
        <source>A password needs at least {count} characters.</source>
        <translation>Ett lösenord måste ha minst {count} tecken.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="20"/>
        <source>A pathway template needs at least one step.</source>
        <translation>En mall för vägen till arbete måste ha minst ett steg.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="21"/>
        <source>A report that may count her has been made since her record was created, so it cannot be deleted. Erase her personal data instead if that is needed.</source>
        <translation>En rapport som kan räkna med henne har tagits fram sedan hennes akt skapades, så akten kan inte tas bort. Radera hennes personuppgifter i stället om det behövs.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="26"/>
        <source>A shared database has no file on this computer: it is kept, and backed up, on its server.</source>
        <translation>En delad databas har ingen fil på den här datorn: den lagras, och säkerhetskopieras, på sin server.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="31"/>
        <source>A shared database is backed up on its server (for example with pg_dump), not from W4I Desktop.</source>
        <translation>En delad databas säkerhetskopieras på sin server (till exempel med pg_dump), inte från W4I Desktop.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="36"/>
        <source>A shared database must be on a PostgreSQL server: its address starts with postgresql://.</source>
        <translation>En delad databas måste finnas på en PostgreSQL-server: adressen börjar med postgresql://.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="40"/>
        <source>A site name has at most 120 characters.</source>
        <translation>En enhets namn får ha högst 120 tecken.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="41"/>
        <source>A site needs a name.</source>
        <translation>En enhet måste ha ett namn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="42"/>
        <source>A skill needs a name.</source>
        <translation>En kompetens måste ha ett namn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="43"/>
        <source>A step cannot be started or completed in the future.</source>
        <translation>Ett steg kan inte påbörjas eller slutföras i framtiden.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="44"/>
        <source>A title of step {number} is longer than {max_length} characters.</source>
        <translation>En titel för steg {number} är längre än {max_length} tecken.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="47"/>
        <source>A user name has 2 to 64 characters: letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Ett användarnamn har 2–64 tecken: bokstäverna a-z, siffror, &apos;.&apos;, &apos;_&apos; eller &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="50"/>
        <source>A user needs a name to show.</source>
        <translation>En användare måste ha ett visningsnamn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="51"/>
        <source>Allow deleting a record between 0 and 365 days after its creation.</source>
        <translation>Tillåt borttagning av en akt mellan 0 och 365 dagar efter att den skapades.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="54"/>
        <source>An interaction cannot be in the future.</source>
        <translation>En kontakt kan inte ha ett datum i framtiden.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="55"/>
        <source>Ask for at least one quarter.</source>
        <translation>Ange minst ett kvartal.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="56"/>
        <source>Choose the site this participant belongs to.</source>
        <translation>Välj vilken enhet deltagaren hör till.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="57"/>
        <source>Demo data can only be generated in a local (SQLCipher) database.</source>
        <translation>Demodata kan bara skapas i en lokal databas (SQLCipher).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="60"/>
        <source>Documents are available in {languages}, not {language}.</source>
        <translation>Dokument finns på {languages}, inte på {language}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="61"/>
        <source>Follow-ups are at 1, 3, 6 or 12 months.</source>
        <translation>Uppföljningar görs efter 1, 3, 6 eller 12 månader.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="62"/>
        <source>Give the reason for a report with names (e.g. the funder&apos;s audit).</source>
        <translation>Ange orsaken till en rapport med namn (t.ex. finansiärens granskning).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="65"/>
        <source>Give the reason for deleting this record (e.g. entered twice).</source>
        <translation>Ange orsaken till att akten tas bort (t.ex. registrerad två gånger).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="68"/>
        <source>Give the reason for the erasure (e.g. the request&apos;s reference).</source>
        <translation>Ange orsaken till raderingen (t.ex. referensen till begäran).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="71"/>
        <source>Her data has been exported (an access request or a pathway summary), so her record cannot be deleted. Erase her personal data instead if that is needed.</source>
        <translation>Hennes uppgifter har exporterats (ett registerutdrag eller en sammanfattning av vägen till arbete), så hennes akt kan inte tas bort. Radera hennes personuppgifter i stället om det behövs.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="76"/>
        <source>Hours per week must be more than 0 and at most {max_hours}.</source>
        <translation>Timmar per vecka måste vara mer än 0 och högst {max_hours}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="79"/>
        <source>Keep between 1 and 100 automatic backups.</source>
        <translation>Spara mellan 1 och 100 automatiska säkerhetskopior.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="80"/>
        <source>Keep data between 1 and 30 years after a participant&apos;s closure.</source>
        <translation>Spara uppgifterna mellan 1 och 30 år efter att en deltagares akt har avslutats.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="83"/>
        <source>Name the version of the privacy notice she was given.</source>
        <translation>Ange vilken version av integritetsinformationen hon fick.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="84"/>
        <source>No such site.</source>
        <translation>Enheten finns inte.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="85"/>
        <source>No such user.</source>
        <translation>Användaren finns inte.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="86"/>
        <source>Record her placement first: the step is done once a placement is recorded.</source>
        <translation>Registrera hennes placering först: steget är klart när en placering har registrerats.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="89"/>
        <source>Reports are available in {languages}, not {language}.</source>
        <translation>Rapporter finns på {languages}, inte på {language}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="90"/>
        <source>Reports are written as {outputs}, not {output}.</source>
        <translation>Rapporter skapas som {outputs}, inte som {output}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="91"/>
        <source>Row {row} of the table {table} cannot be stored on the server ({problem}); nothing was kept there.</source>
        <translation>Rad {row} i tabellen {table} kan inte sparas på servern ({problem}); ingenting sparades där.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="96"/>
        <source>Say why the step is skipped.</source>
        <translation>Ange varför steget hoppas över.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="97"/>
        <source>She has a placement with an employer, so her record cannot be deleted. If the placement was a mistake too, remove it first.</source>
        <translation>Hon har en placering hos en arbetsgivare, så hennes akt kan inte tas bort. Om även placeringen var ett misstag, ta bort den först.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="102"/>
        <source>Step {number} needs an English title.</source>
        <translation>Steg {number} måste ha en engelsk titel.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="103"/>
        <source>Step {number}: the due offset must be 0 to {max_days} days.</source>
        <translation>Steg {number}: antalet dagar till sista dag måste vara 0–{max_days}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="106"/>
        <source>That is not a recovery key: it has 30 letters and digits in 6 groups.</source>
        <translation>Det är ingen återställningsnyckel: den har 30 bokstäver och siffror i 6 grupper.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="109"/>
        <source>That is not your password.</source>
        <translation>Det är inte ditt lösenord.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="110"/>
        <source>That recovery key contains a character recovery keys never use: {character}</source>
        <translation>Återställningsnyckeln innehåller ett tecken som aldrig förekommer i återställningsnycklar: {character}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="114"/>
        <source>The PostgreSQL extension {extension} is missing, and this role may not add it. Ask the server&apos;s administrator to run CREATE EXTENSION {extension}; in the database once, then try again.</source>
        <translation>PostgreSQL-tillägget {extension} saknas och den här rollen får inte lägga till det. Be serverns administratör att köra CREATE EXTENSION {extension}; i databasen en gång och försök sedan igen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="120"/>
        <source>The closing date is before the intake date.</source>
        <translation>Avslutsdatumet ligger före inskrivningsdatumet.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="121"/>
        <source>The connection to the database server {server} was lost; the change was not saved. Try again.</source>
        <translation>Anslutningen till databasservern {server} bröts; ändringen sparades inte. Försök igen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="126"/>
        <source>The database server {server} cannot be reached, or refused this computer&apos;s role: check the address, the password and that the server is running.</source>
        <translation>Databasservern {server} går inte att nå, eller så nekade den den här datorns roll: kontrollera adressen, lösenordet och att servern är igång.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="131"/>
        <source>The database {server} is not empty: a W4I database needs a database of its own on the server.</source>
        <translation>Databasen {server} är inte tom: en W4I-databas behöver en egen databas på servern.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="136"/>
        <source>The document needs a file name.</source>
        <translation>Dokumentet måste ha ett filnamn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="137"/>
        <source>The file is empty; there is nothing to attach.</source>
        <translation>Filen är tom; det finns inget att bifoga.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="138"/>
        <source>The file is {size} MB; documents can be at most {limit} MB. Attach a smaller file, for example a scan at a lower resolution.</source>
        <translation>Filen är {size} MB; dokument får vara högst {limit} MB. Bifoga en mindre fil, till exempel en skanning med lägre upplösning.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="143"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Mappen {folder} finns inte.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="144"/>
        <source>The folder {folder} is not there. Is the USB stick plugged in?</source>
        <translation>Mappen {folder} finns inte. Är USB-minnet anslutet?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="147"/>
        <source>The follow-up is before the placement started.</source>
        <translation>Uppföljningen ligger före placeringens start.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="148"/>
        <source>The last open site cannot be closed.</source>
        <translation>Den sista öppna enheten kan inte stängas.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="149"/>
        <source>The logo image cannot be read.</source>
        <translation>Logotypbilden kan inte läsas.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="150"/>
        <source>The logo is larger than 1 MiB; use a smaller image.</source>
        <translation>Logotypen är större än 1 MiB; använd en mindre bild.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="151"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Logotypen måste vara en PNG- eller JPEG-bild.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="152"/>
        <source>The notes are longer than {max_length} characters.</source>
        <translation>Anteckningarna är längre än {max_length} tecken.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="153"/>
        <source>The number of participants cannot be negative.</source>
        <translation>Antalet deltagare kan inte vara negativt.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="154"/>
        <source>The organisation name is longer than 200 characters.</source>
        <translation>Organisationens namn är längre än 200 tecken.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="155"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Perioden slutar ({end}) innan den börjar ({start}).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="156"/>
        <source>The placement ends before it starts.</source>
        <translation>Placeringen slutar innan den börjar.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="157"/>
        <source>The reason is longer than {max_length} characters.</source>
        <translation>Orsaken är längre än {max_length} tecken.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="158"/>
        <source>The retention period is at least one year.</source>
        <translation>Lagringstiden är minst ett år.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="159"/>
        <source>The server address must name a database: postgresql://role@host:port/database?sslmode=require.</source>
        <translation>Serveradressen måste ange en databas: postgresql://roll@värd:port/databas?sslmode=require.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="164"/>
        <source>The server {host} must be reached over TLS: add ?sslmode=require (or verify-full) to its address.</source>
        <translation>Servern {host} måste nås via TLS: lägg till ?sslmode=require (eller verify-full) i adressen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="169"/>
        <source>The two passwords differ.</source>
        <translation>Lösenorden är inte likadana.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="170"/>
        <source>The vacancy closes before it opens.</source>
        <translation>Den lediga tjänsten stänger innan den öppnar.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="171"/>
        <source>The vacancy does not belong to this employer.</source>
        <translation>Den lediga tjänsten hör inte till den här arbetsgivaren.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="172"/>
        <source>The withdrawal date is before the consent was given.</source>
        <translation>Datumet för återkallelsen ligger före det datum då samtycket lämnades.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="173"/>
        <source>The working day ends before it starts.</source>
        <translation>Arbetsdagen slutar innan den börjar.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="174"/>
        <source>There is already a site called {name}.</source>
        <translation>Det finns redan en enhet som heter {name}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="175"/>
        <source>There is already a user called {name}.</source>
        <translation>Det finns redan en användare som heter {name}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="176"/>
        <source>There is no active user called {name}.</source>
        <translation>Det finns ingen aktiv användare som heter {name}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="177"/>
        <source>There is no current consent for this purpose to withdraw.</source>
        <translation>Det finns inget gällande samtycke för det här ändamålet att återkalla.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="178"/>
        <source>There is no user called {name}.</source>
        <translation>Det finns ingen användare som heter {name}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="179"/>
        <source>This is not a server address: write it as postgresql://role@host:port/database?sslmode=require.</source>
        <translation>Det här är ingen serveradress: skriv den som postgresql://roll@värd:port/databas?sslmode=require.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="184"/>
        <source>This password is too easy to guess. A short sentence of four or five unusual words is strong and easy to remember.</source>
        <translation>Lösenordet är för lätt att gissa. En kort mening med fyra eller fem ovanliga ord är stark och lätt att komma ihåg.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="189"/>
        <source>This password is too easy to guess: it uses the user name or the organisation&apos;s name. Choose another one.</source>
        <translation>Lösenordet är för lätt att gissa: det innehåller användarnamnet eller organisationens namn. Välj ett annat.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="194"/>
        <source>This person cannot be the caseworker of a participant of this site.</source>
        <translation>Den här personen kan inte vara handläggare för en deltagare vid den här enheten.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="197"/>
        <source>This record is not closed.</source>
        <translation>Akten är inte avslutad.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="198"/>
        <source>This record was created more than {days} days ago, so it cannot be deleted. Erase her personal data instead if that is needed.</source>
        <translation>Akten skapades för mer än {days} dagar sedan, så den kan inte tas bort. Radera hennes personuppgifter i stället om det behövs.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="203"/>
        <source>This site is closed: choose an open one.</source>
        <translation>Enheten är stängd: välj en öppen enhet.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="204"/>
        <source>Unknown consent purpose: {purpose}.</source>
        <translation>Okänt ändamål för samtycke: {purpose}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="205"/>
        <source>Unknown fields: {names}.</source>
        <translation>Okända fält: {names}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="206"/>
        <source>Unknown kind of backup: {kind}.</source>
        <translation>Okänd typ av säkerhetskopia: {kind}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="207"/>
        <source>Warn about expiring permits between 1 and 365 days ahead.</source>
        <translation>Varna för tillstånd som går ut mellan 1 och 365 dagar i förväg.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="208"/>
        <source>Without consent to processing, no record can be kept.</source>
        <translation>Utan samtycke till behandling av personuppgifter kan ingen akt föras.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="209"/>
        <source>a contact person needs a name.</source>
        <translation>en kontaktperson måste ha ett namn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="210"/>
        <source>a tag is longer than {max_length} characters.</source>
        <translation>ett av värdena är längre än {max_length} tecken.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="211"/>
        <source>a vacancy needs a title.</source>
        <translation>en ledig tjänst måste ha en titel.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="212"/>
        <source>an employer needs a name.</source>
        <translation>en arbetsgivare måste ha ett namn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="213"/>
        <source>documents are written in {languages}.</source>
        <translation>dokument kan bara skrivas på {languages}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="214"/>
        <source>hours per week must be more than 0 and at most {max_hours}.</source>
        <translation>timmar per vecka måste vara mer än 0 och högst {max_hours}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="217"/>
        <source>the date is in the future.</source>
        <translation>datumet ligger i framtiden.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="218"/>
        <source>this is longer than {max_length} characters.</source>
        <translation>texten är längre än {max_length} tecken.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="219"/>
        <source>this is not a phone number.</source>
        <translation>det här är inget telefonnummer.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="220"/>
        <source>this is not an e-mail address.</source>
        <translation>det här är ingen e-postadress.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="221"/>
        <source>this is required.</source>
        <translation>det här fältet är obligatoriskt.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="222"/>
        <source>this must be a date.</source>
        <translation>värdet måste vara ett datum.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="223"/>
        <source>this must be a list of text values.</source>
        <translation>värdet måste vara en lista med textvärden.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="224"/>
        <source>this must be a time such as 09:30.</source>
        <translation>värdet måste vara en tid, till exempel 09:30.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="225"/>
        <source>this must be a whole number.</source>
        <translation>värdet måste vara ett heltal.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="226"/>
        <source>this must be a year between 1900 and {last}.</source>
        <translation>värdet måste vara ett år mellan 1900 och {last}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="227"/>
        <source>this must be a year.</source>
        <translation>värdet måste vara ett årtal.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="228"/>
        <source>this must be between 0 and {maximum}.</source>
        <translation>värdet måste vara mellan 0 och {maximum}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="229"/>
        <source>this must be text.</source>
        <translation>värdet måste vara text.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="230"/>
        <source>this must be yes or no.</source>
        <translation>värdet måste vara ja eller nej.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="231"/>
        <source>{codes} are not ISO 639-1 language codes.</source>
        <translation>{codes} är inte språkkoder enligt ISO 639-1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="232"/>
        <source>{code} is not a NACE section (A to U).</source>
        <translation>{code} är ingen NACE-avdelning (A till U).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="233"/>
        <source>{code} is not an ISO 3166-1 country code.</source>
        <translation>{code} är ingen landskod enligt ISO 3166-1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="234"/>
        <source>{days} are not weekdays.</source>
        <translation>{days} är inte veckodagar.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="235"/>
        <source>{name} already exists; choose another file name.</source>
        <translation>{name} finns redan; välj ett annat filnamn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="236"/>
        <source>{name} is already on the list.</source>
        <translation>{name} finns redan i listan.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="237"/>
        <source>{server} already holds a W4I database.</source>
        <translation>{server} innehåller redan en W4I-databas.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="238"/>
        <source>{server} holds no W4I database yet: create one there first.</source>
        <translation>{server} innehåller ännu ingen W4I-databas: skapa en där först.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="241"/>
        <source>{server} was upgraded by a newer version of W4I Desktop: install that version on this computer.</source>
        <translation>{server} har uppgraderats av en nyare version av W4I Desktop: installera den versionen på den här datorn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="246"/>
        <source>{text} is not a quarter such as 2026Q3.</source>
        <translation>{text} är inget kvartal i formatet 2026Q3.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="247"/>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation>{value} är inget datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="248"/>
        <source>{value} is not a number of hours.</source>
        <translation>{value} är inget antal timmar.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="249"/>
        <source>{value} is not one of {choices}.</source>
        <translation>{value} är inte ett av de tillåtna värdena: {choices}.</translation>
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
        <translation>W4I Desktop: något gick fel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/crash.py" line="39"/>
        <source>&lt;p&gt;Something went wrong inside W4I Desktop. Your saved work is safe in the encrypted database.&lt;/p&gt;&lt;p&gt;A report without personal data was written to:&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;Please send that file to your administrator.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Något gick fel i W4I Desktop. Det du har sparat är säkert i den krypterade databasen.&lt;/p&gt;&lt;p&gt;En rapport utan personuppgifter har sparats i:&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;Skicka filen till din administratör.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="90"/>
        <source>New this quarter</source>
        <translation>Nya det här kvartalet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="90"/>
        <source>Intake date in this quarter.</source>
        <translation>Inskrivningsdatum under det här kvartalet.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="92"/>
        <source>Placed this quarter</source>
        <translation>Placerade det här kvartalet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="93"/>
        <source>Participants who started a job, internship or apprenticeship.</source>
        <translation>Deltagare som har börjat ett arbete, en praktik eller en lärlingsanställning.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="96"/>
        <source>Still in work at 6 months</source>
        <translation>Fortfarande i arbete efter 6 månader</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="97"/>
        <source>Placements that reached 6 months this quarter and were still held.</source>
        <translation>Placeringar som nådde 6 månader det här kvartalet och fortfarande pågick.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="106"/>
        <source>Due</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="106"/>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="122"/>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="127"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="106"/>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="108"/>
        <source>My &amp;overdue steps</source>
        <translation>Mina &amp;försenade steg</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="108"/>
        <source>No overdue steps.</source>
        <translation>Inga försenade steg.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="112"/>
        <source>Due in the next &amp;two weeks</source>
        <translation>Ska vara klara inom &amp;två veckor</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="113"/>
        <source>Nothing due in the next two weeks.</source>
        <translation>Inget ska vara klart inom två veckor.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="116"/>
        <source>Overdue steps by &amp;caseworker</source>
        <translation>Försenade steg per hand&amp;läggare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="117"/>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="127"/>
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="117"/>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="117"/>
        <source>Oldest due</source>
        <translation>Tidigaste sista dag</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="118"/>
        <source>No overdue steps in the team.</source>
        <translation>Inga försenade steg i teamet.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="121"/>
        <source>To &amp;assign</source>
        <translation>Att för&amp;dela</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="122"/>
        <source>Site</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="122"/>
        <source>Intake</source>
        <translation>Inskrivning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="123"/>
        <source>Nobody waiting for a caseworker.</source>
        <translation>Ingen väntar på en handläggare.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="126"/>
        <source>&amp;Permits expiring</source>
        <translation>&amp;Uppehållstillstånd som går ut</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="127"/>
        <source>Permit expires</source>
        <translation>Tillståndet går ut</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="145"/>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="151"/>
        <source>Placements started per quarter</source>
        <translation>Påbörjade placeringar per kvartal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="223"/>
        <source>Welcome</source>
        <translation>Välkommen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="225"/>
        <source>This quarter: %1</source>
        <translation>Det här kvartalet: %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="277"/>
        <source>n/a</source>
        <translation>saknas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="279"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="282"/>
        <source>%1 of %2 placements</source>
        <translation>%1 av %2 placeringar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="286"/>
        <source>no placement reached 6 months</source>
        <translation>ingen placering nådde 6 månader</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="291"/>
        <source>open now %1 + left during the quarter %2</source>
        <translation>öppna nu %1 + avslutade under kvartalet %2</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="296"/>
        <source>intake on or after %1</source>
        <translation>inskrivning den %1 eller senare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="298"/>
        <source>people who started a placement</source>
        <translation>personer som har påbörjat en placering</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="327"/>
        <source>No caseworker</source>
        <translation>Ingen handläggare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="335"/>
        <source>Overdue steps by &amp;caseworker (%1)</source>
        <translation>Försenade steg per hand&amp;läggare (%1)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="348"/>
        <source>To &amp;assign: no caseworker yet (%1)</source>
        <translation>Att för&amp;dela: ingen handläggare än (%1)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="359"/>
        <source>%1 (expired)</source>
        <translation>%1 (utgånget)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="363"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="371"/>
        <source>&amp;Permits expired or expiring within %n day(s) (%1)</source>
        <translation>
            <numerusform>&amp;Uppehållstillstånd som har gått ut eller går ut inom %n dag (%1)</numerusform>
            <numerusform>&amp;Uppehållstillstånd som har gått ut eller går ut inom %n dagar (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="375"/>
        <source>No permits expire in the next %n day(s).</source>
        <translation>
            <numerusform>Inga tillstånd går ut inom %n dag.</numerusform>
            <numerusform>Inga tillstånd går ut inom %n dagar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="392"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="300"/>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="73"/>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="82"/>
        <source>Active this quarter</source>
        <translation>Aktiva det här kvartalet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="84"/>
        <source>Intake on or before the quarter&apos;s last day and not closed before its first day: the participants open now and those who left during the quarter. The participant list&apos;s Open counts only those open now, and records without an intake date too.</source>
        <translation>Inskrivna senast kvartalets sista dag och inte avslutade före dess första dag: deltagarna med öppen akt nu och de som har avslutats under kvartalet. Deltagarlistans ”Öppna” räknar bara de som är öppna nu, och även akter utan inskrivningsdatum.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="315"/>
        <source>My &amp;overdue steps (%1)</source>
        <translation>Mina &amp;försenade steg (%1)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="318"/>
        <source>Due in the next &amp;two weeks (%1)</source>
        <translation>Ska vara klara inom &amp;två veckor (%1)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="135"/>
        <source>This is not a date. Type it like %1, or leave it empty if not known.</source>
        <translation>Det här är inget datum. Skriv det som %1, eller lämna fältet tomt om det inte är känt.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="248"/>
        <source>e.g. %1</source>
        <translation>t.ex. %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="251"/>
        <source>Type the date like %1, or pick it from the calendar (Alt+Down). Leave it empty when it is not known.</source>
        <translation>Skriv datumet som %1, eller välj det i kalendern (Alt+Nedpil). Lämna fältet tomt om det inte är känt.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="258"/>
        <source>Pick the date from a calendar</source>
        <translation>Välj datumet i en kalender</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="359"/>
        <source>Type a date, e.g. %1.</source>
        <translation>Skriv ett datum, t.ex. %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="365"/>
        <source>Choose a date from %1 to %2.</source>
        <translation>Välj ett datum från %1 till %2.</translation>
    </message>
</context>
<context>
    <name>DeleteRecordDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="30"/>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="83"/>
        <source>Delete record created by mistake</source>
        <translation>Ta bort felaktigt skapad akt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="33"/>
        <source>Delete the record %1 for good? Use this only for a record created by mistake: a test, a person entered twice, the wrong person. The record and everything in it (pathway, notes, consents, documents) are removed, she no longer counts in reports, and this cannot be undone.</source>
        <translation>Vill du ta bort akten %1 för gott? Använd detta bara för en akt som har skapats av misstag: ett test, en person som registrerats två gånger, fel person. Akten och allt i den (vägen till arbete, anteckningar, samtycken, dokument) tas bort, hon räknas inte längre i rapporterna och det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="42"/>
        <source>For a real participant who asks to be forgotten, use Erase personal data instead: it keeps the anonymous figures reports need.</source>
        <translation>För en verklig deltagare som ber om att bli bortglömd använder du Radera personuppgifter i stället: då finns de anonyma uppgifter som rapporterna behöver kvar.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="50"/>
        <source>e.g. entered twice, see W4I-7K2QX</source>
        <translation>t.ex. registrerad två gånger, se W4I-7K2QX</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="52"/>
        <source>&amp;Delete record</source>
        <translation>&amp;Ta bort akten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="65"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Orsak (obligatorisk):</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="98"/>
        <source>The record %1 is deleted.</source>
        <translation>Akten %1 har tagits bort.</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <location filename="../w4i_desktop/views/document_files.py" line="133"/>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/document_files.py" line="136"/>
        <source>Show in &amp;folder</source>
        <translation>Visa i &amp;mapp</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="146"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="146"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="146"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="146"/>
        <source>Added</source>
        <translation>Tillagt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="146"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="149"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="150"/>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="151"/>
        <source>Save &amp;as…</source>
        <translation>Spara s&amp;om…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="152"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="159"/>
        <source>Documents are kept encrypted inside the database, never as loose files. Each can be up to %1 MB.</source>
        <translation>Dokumenten lagras krypterade i databasen, aldrig som lösa filer. Varje dokument får vara högst %1 MB.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="210"/>
        <source>(former user)</source>
        <translation>(tidigare användare)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="232"/>
        <source>Attach a document</source>
        <translation>Bifoga ett dokument</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="240"/>
        <source>%1 is %2 MB. Documents can be at most %3 MB: attach a smaller file, for example a scan at a lower resolution.</source>
        <translation>%1 är %2 MB. Dokument får vara högst %3 MB: bifoga en mindre fil, till exempel en skanning med lägre upplösning.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="250"/>
        <source>%1 could not be read.</source>
        <translation>%1 kunde inte läsas.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="267"/>
        <source>Save the document as</source>
        <translation>Spara dokumentet som</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="281"/>
        <source>Delete document</source>
        <translation>Ta bort dokument</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="282"/>
        <source>Delete %1 from this record? This cannot be undone.</source>
        <translation>Ta bort %1 från akten? Det går inte att ångra.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="155"/>
        <source>Imported</source>
        <translation>Importerat</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="159"/>
        <source>Import &amp;another file</source>
        <translation>Importera en &amp;annan fil</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="171"/>
        <source>%1 participants were added.</source>
        <translation>%1 deltagare har lagts till.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="174"/>
        <source>%1 employers and %2 contact persons were added.</source>
        <translation>%1 arbetsgivare och %2 kontaktpersoner har lagts till.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="179"/>
        <source>%1 rejected rows were left out.</source>
        <translation>%1 avvisade rader hoppades över.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="189"/>
        <source>Each starts the default pathway; her caseworker is still to assign.</source>
        <translation>Var och en påbörjar standardvägen till arbete; handläggare har ännu inte fördelats.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="190"/>
        <source>Each starts the default pathway, with %1 as her caseworker.</source>
        <translation>Var och en påbörjar standardvägen till arbete, med %1 som handläggare.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="278"/>
        <source>Unfinished intake interviews</source>
        <translation>Oavslutade inskrivningssamtal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="281"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="281"/>
        <source>Last saved</source>
        <translation>Senast sparat</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="281"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="281"/>
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="284"/>
        <source>There are no unfinished interviews.</source>
        <translation>Det finns inga oavslutade samtal.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="286"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="287"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="307"/>
        <source>(no name yet)</source>
        <translation>(inget namn än)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="337"/>
        <source>Delete this unfinished interview and its answers?</source>
        <translation>Vill du ta bort det här oavslutade samtalet och dess svar?</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="88"/>
        <source>Change a user</source>
        <translation>Ändra en användare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="90"/>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="91"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="92"/>
        <source>&amp;Name shown</source>
        <translation>&amp;Visningsnamn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="93"/>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="94"/>
        <source>&amp;Site</source>
        <translation>En&amp;het</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="100"/>
        <source>Another administrator can change your role.</source>
        <translation>En annan administratör kan ändra din roll.</translation>
    </message>
</context>
<context>
    <name>EducationPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="228"/>
        <source>Education and work</source>
        <translation>Utbildning och arbete</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="235"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="235"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="236"/>
        <source>Not known or not applicable</source>
        <translation>Okänt eller ej tillämpligt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="248"/>
        <source>Em&amp;ployment status</source>
        <translation>&amp;Sysselsättning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="242"/>
        <source>&amp;Education (ISCED)</source>
        <translation>&amp;Utbildning (ISCED)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="245"/>
        <source>&amp;Qualification recognised</source>
        <translation>&amp;Examen erkänd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="249"/>
        <source>&amp;Work experience</source>
        <translation>&amp;Arbetslivserfarenhet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="250"/>
        <source>&amp;Skills</source>
        <translation>&amp;Kompetenser</translation>
    </message>
</context>
<context>
    <name>EmployerList</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="42"/>
        <source>Search by name</source>
        <translation>Sök på namn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="43"/>
        <source>Search employers</source>
        <translation>Sök arbetsgivare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="47"/>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="61"/>
        <source>Sector</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="48"/>
        <source>All sectors</source>
        <translation>Alla branscher</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="51"/>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="62"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="52"/>
        <source>&amp;Engaged this quarter</source>
        <translation>&amp;Engagerade det här kvartalet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="54"/>
        <source>&amp;New employer</source>
        <translation>&amp;Ny arbetsgivare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="60"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="63"/>
        <source>Open vacancies</source>
        <translation>Lediga tjänster</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="64"/>
        <source>Last contact</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="65"/>
        <source>This quarter</source>
        <translation>Det här kvartalet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="69"/>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="119"/>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="101"/>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="130"/>
        <source>Engaged</source>
        <translation>Engagerad</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="135"/>
        <source>%n employer(s)</source>
        <translation>
            <numerusform>%n arbetsgivare</numerusform>
            <numerusform>%n arbetsgivare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployerPlacementsTab</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="32"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="33"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="34"/>
        <source>Vacancy</source>
        <translation>Ledig tjänst</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="35"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="36"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="37"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="41"/>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="45"/>
        <source>Edit the placement</source>
        <translation>Redigera placeringen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="54"/>
        <source>New &amp;placement…</source>
        <translation>Ny &amp;placering…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="56"/>
        <source>Edit the p&amp;lacement…</source>
        <translation>Redigera p&amp;laceringen…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="58"/>
        <source>Open her &amp;record</source>
        <translation>Öppna hennes a&amp;kt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="89"/>
        <source>No particular vacancy</source>
        <translation>Ingen särskild ledig tjänst</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="92"/>
        <source>ongoing</source>
        <translation>pågår</translation>
    </message>
</context>
<context>
    <name>EmployerRecord</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="89"/>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="92"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="104"/>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="110"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="111"/>
        <source>S&amp;ector (NACE)</source>
        <translation>&amp;Bransch (NACE)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="112"/>
        <source>Si&amp;ze</source>
        <translation>St&amp;orlek</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="113"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="114"/>
        <source>&amp;Website</source>
        <translation>&amp;Webbplats</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="115"/>
        <source>N&amp;otes</source>
        <translation>Anteckn&amp;ingar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="123"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="123"/>
        <source>Job title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="123"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="123"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="124"/>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="179"/>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="128"/>
        <source>&amp;Add a contact person…</source>
        <translation>&amp;Lägg till en kontaktperson…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="131"/>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="136"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="136"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="136"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="136"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="137"/>
        <source>Contacts with the employer</source>
        <translation>Kontakter med arbetsgivaren</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="141"/>
        <source>&amp;Log a contact…</source>
        <translation>&amp;Registrera en kontakt…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="147"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="148"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="149"/>
        <source>Hours/week</source>
        <translation>Timmar/vecka</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="150"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="151"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="152"/>
        <source>Opened</source>
        <translation>Öppnad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="154"/>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="181"/>
        <source>Vacancies</source>
        <translation>Lediga tjänster</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="158"/>
        <source>&amp;New vacancy…</source>
        <translation>N&amp;y ledig tjänst…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="161"/>
        <source>&amp;Edit…</source>
        <translation>R&amp;edigera…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="164"/>
        <source>Find &amp;candidates…</source>
        <translation>Hitta &amp;kandidater…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="169"/>
        <source>Record a &amp;placement…</source>
        <translation>Registrera en &amp;placering…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="183"/>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="178"/>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="180"/>
        <source>Contacts log</source>
        <translation>Kontaktlogg</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="193"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="225"/>
        <source>New employer</source>
        <translation>Ny arbetsgivare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="322"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>EmployersScreen</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="152"/>
        <source>← Back to the list</source>
        <translation>← Tillbaka till listan</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="216"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="217"/>
        <source>Save the changes to this employer?</source>
        <translation>Vill du spara ändringarna för den här arbetsgivaren?</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="37"/>
        <source>Erase personal data</source>
        <translation>Radera personuppgifter</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="40"/>
        <source>Erase the personal data of %1? Her names, contact details, exact date of birth, notes, documents and timeline entries are removed for good. Anonymous figures (year of birth, country, education, pathway steps, placements) stay so reports remain correct. The record can no longer be opened or found.</source>
        <translation>Vill du radera personuppgifterna för %1? Hennes namn, kontaktuppgifter, exakta födelsedatum, anteckningar, dokument och poster i tidslinjen tas bort för gott. Anonyma uppgifter (födelseår, land, utbildning, steg på vägen till arbete, placeringar) finns kvar så att rapporterna förblir korrekta. Akten kan inte längre öppnas eller hittas.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="50"/>
        <source>e.g. her request of 12 March, by e-mail</source>
        <translation>t.ex. hennes begäran den 12 mars, via e-post</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="52"/>
        <source>&amp;Erase</source>
        <translation>&amp;Radera</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="63"/>
        <source>&amp;Reason (kept in the audit log):</source>
        <translation>&amp;Orsak (sparas i granskningsloggen):</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="255"/>
        <source>Family and availability</source>
        <translation>Familj och tillgänglighet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="262"/>
        <source>She has a driving licence</source>
        <translation>Hon har körkort</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="263"/>
        <source>&amp;Children</source>
        <translation>Ba&amp;rn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="264"/>
        <source>C&amp;hildcare needed</source>
        <translation>Behov av barn&amp;omsorg</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="265"/>
        <source>Available &amp;days</source>
        <translation>Tillgängliga &amp;dagar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="266"/>
        <source>Available &amp;from</source>
        <translation>Tillgänglig &amp;från</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="267"/>
        <source>Available &amp;until</source>
        <translation>Tillgänglig &amp;till</translation>
    </message>
</context>
<context>
    <name>FamilyTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="301"/>
        <source>Has a driving licence valid here</source>
        <translation>Har körkort som gäller här</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="302"/>
        <source>Would move to another town for a job</source>
        <translation>Kan flytta till en annan ort för ett arbete</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="304"/>
        <source>Towns she can reach every day, e.g. Haarlem</source>
        <translation>Orter hon kan pendla till varje dag, t.ex. Uppsala</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="307"/>
        <source>Family</source>
        <translation>Familj</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="309"/>
        <source>&amp;Children</source>
        <translation>&amp;Barn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="310"/>
        <source>Childcare &amp;need</source>
        <translation>Behov av barn&amp;omsorg</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="313"/>
        <source>Availability for work or courses</source>
        <translation>Tillgänglighet för arbete eller kurser</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="315"/>
        <source>&amp;Days</source>
        <translation>&amp;Dagar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="316"/>
        <source>F&amp;rom</source>
        <translation>F&amp;rån</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="317"/>
        <source>Un&amp;til</source>
        <translation>T&amp;ill</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="318"/>
        <source>Dri&amp;ving licence</source>
        <translation>&amp;Körkort</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="319"/>
        <source>Re&amp;location</source>
        <translation>&amp;Flytt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="320"/>
        <source>Co&amp;mmutes to</source>
        <translation>&amp;Pendlar till</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="328"/>
        <source>Used when looking for vacancies and courses whose days and hours fit, including hours compatible with childcare.</source>
        <translation>Används för att hitta lediga tjänster och kurser med passande dagar och tider, även tider som går ihop med barnomsorgen.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="56"/>
        <source>What to import</source>
        <translation>Vad ska importeras</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="59"/>
        <source>An Excel workbook (.xlsx) or a CSV file, with one row per person or employer and the column names in the first row, in any of our five languages.</source>
        <translation>En Excel-arbetsbok (.xlsx) eller en CSV-fil, med en rad per person eller arbetsgivare och kolumnnamnen på första raden, på något av våra fem språk.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="69"/>
        <source>&amp;Participants</source>
        <translation>&amp;Deltagare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="71"/>
        <source>&amp;Employers with their contact persons</source>
        <translation>&amp;Arbetsgivare med sina kontaktpersoner</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="65"/>
        <source>File to import</source>
        <translation>Fil att importera</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="67"/>
        <source>&amp;Choose the file…</source>
        <translation>&amp;Välj filen…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="72"/>
        <source>Download a &amp;template…</source>
        <translation>Ladda ner en &amp;mall…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="95"/>
        <source>Choose the file to import</source>
        <translation>Välj filen att importera</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="95"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Kalkylblad (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="102"/>
        <source>Download a template</source>
        <translation>Ladda ner en mall</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="107"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="117"/>
        <source>The template is saved as %1.</source>
        <translation>Mallen har sparats som %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="128"/>
        <source>Reading the file…</source>
        <translation>Läser filen…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="74"/>
        <source>Welcome to W4I Desktop</source>
        <translation>Välkommen till W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="79"/>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;W4I Desktop keeps everything in one encrypted database on this computer. Create it now, with the first administrator account.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Välkommen&lt;/h2&gt;&lt;p&gt;W4I Desktop sparar allt i en krypterad databas på den här datorn. Skapa den nu, tillsammans med det första administratörskontot.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="92"/>
        <source>e.g. Centro Donne Milano</source>
        <translation>t.ex. Centro Donne Milano</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="106"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="107"/>
        <source>Organisation name</source>
        <translation>Organisationens namn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="108"/>
        <source>First site</source>
        <translation>Första enhet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="109"/>
        <source>Administrator user name</source>
        <translation>Administratörens användarnamn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="110"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="111"/>
        <source>Repeat the password</source>
        <translation>Upprepa lösenordet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="121"/>
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="122"/>
        <source>&amp;Organisation name</source>
        <translation>&amp;Organisationens namn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="123"/>
        <source>First &amp;site</source>
        <translation>Första &amp;enhet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="124"/>
        <source>Administrator &amp;user name</source>
        <translation>Administratörens &amp;användarnamn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="125"/>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="127"/>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Upprepa lösenordet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="131"/>
        <location filename="../w4i_desktop/views/window/first_run.py" line="179"/>
        <source>&amp;Create database</source>
        <translation>&amp;Skapa databasen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="134"/>
        <source>Open &amp;existing database…</source>
        <translation>Öppna &amp;befintlig databas…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="141"/>
        <source>Connect to the &amp;existing database</source>
        <translation>Anslut till den b&amp;efintliga databasen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="168"/>
        <source>Use a shared &amp;database server (PostgreSQL)</source>
        <translation>Använd en delad &amp;databasserver (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="179"/>
        <source>&amp;Create the database on the server</source>
        <translation>&amp;Skapa databasen på servern</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="239"/>
        <source>The two passwords differ.</source>
        <translation>Lösenorden är inte likadana.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="242"/>
        <source>Name the first site.</source>
        <translation>Ge den första enheten ett namn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="293"/>
        <source>Open a W4I database</source>
        <translation>Öppna en W4I-databas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="293"/>
        <source>W4I databases (*.db);;All files (*)</source>
        <translation>W4I-databaser (*.db);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="125"/>
        <source>Record a follow-up</source>
        <translation>Registrera en uppföljning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="130"/>
        <source>After 1 month</source>
        <translation>Efter 1 månad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="131"/>
        <source>After 3 months</source>
        <translation>Efter 3 månader</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="132"/>
        <source>After 6 months</source>
        <translation>Efter 6 månader</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="133"/>
        <source>After 12 months</source>
        <translation>Efter 12 månader</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="136"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Uppföljning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="139"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="140"/>
        <source>She is still &amp;employed there</source>
        <translation>Hon är fortfarande &amp;anställd där</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="144"/>
        <source>&amp;Notes</source>
        <translation>A&amp;nteckningar</translation>
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
        <translation>Kom igång med W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/getting_started.py" line="98"/>
        <source>Getting started</source>
        <translation>Kom igång</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/getting_started.py" line="99"/>
        <source>&amp;Show this page at start</source>
        <translation>&amp;Visa den här sidan vid start</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/getting_started.py" line="100"/>
        <source>All the &amp;help pages…</source>
        <translation>Alla &amp;hjälpsidor…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/getting_started.py" line="101"/>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <location filename="../w4i_desktop/views/admin/health_dialog.py" line="27"/>
        <source>Check the database</source>
        <translation>Kontrollera databasen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/health_dialog.py" line="31"/>
        <source>Checking every page of the database and the audit log…</source>
        <translation>Kontrollerar varje sida i databasen och granskningsloggen…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/health_dialog.py" line="62"/>
        <source>The database&apos;s files are on its server, which checks them itself.</source>
        <translation>Databasens filer finns på dess server, som kontrollerar dem själv.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/health_dialog.py" line="65"/>
        <source>Every page of the database file passed SQLCipher&apos;s and SQLite&apos;s checks.</source>
        <translation>Varje sida i databasfilen klarade SQLCiphers och SQLites kontroller.</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/health_dialog.py" line="67"/>
        <source>The audit log&apos;s %n entries are intact.</source>
        <translation>
            <numerusform>Granskningsloggens %n post är intakt.</numerusform>
            <numerusform>Granskningsloggens %n poster är intakta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/health_dialog.py" line="51"/>
        <source>The database is damaged. Stop working in it: restore the newest backup that checks as sound (File ▸ Restore a backup…) and tell your administrator. The details below name pages and entries, never people.</source>
        <translation>Databasen är skadad. Sluta arbeta i den: återställ den senaste säkerhetskopian som kontrolleras som hel (Arkiv ▸ Återställ en säkerhetskopia…) och meddela din administratör. Detaljerna nedan nämner sidor och poster, aldrig personer.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="175"/>
        <source>W4I Desktop help</source>
        <translation>Hjälp för W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="176"/>
        <source>Help pages</source>
        <translation>Hjälpsidor</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="177"/>
        <source>Help page</source>
        <translation>Hjälpsida</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="178"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Bakåt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="179"/>
        <source>The page before (Alt+Left)</source>
        <translation>Föregående sida (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="180"/>
        <source>&amp;Forward →</source>
        <translation>&amp;Framåt →</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="181"/>
        <source>The page after (Alt+Right)</source>
        <translation>Nästa sida (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="182"/>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="253"/>
        <source>%1 – W4I Desktop help</source>
        <translation>%1 – Hjälp för W4I Desktop</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="147"/>
        <source>Identity and contact</source>
        <translation>Identitet och kontakt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="151"/>
        <source>&amp;First name</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="152"/>
        <source>&amp;Last name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="153"/>
        <source>Birth &amp;date</source>
        <translation>Födelse&amp;datum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="154"/>
        <source>&amp;Phone</source>
        <translation>Te&amp;lefon</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="155"/>
        <source>E-&amp;mail</source>
        <translation>E-&amp;post</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="234"/>
        <source>Import a spreadsheet</source>
        <translation>Importera ett kalkylblad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="241"/>
        <source>Import possible duplicates too</source>
        <translation>Importera även möjliga dubbletter</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="248"/>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="271"/>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="280"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Avbrutet: inget importerades.</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="53"/>
        <source>Intake interview</source>
        <translation>Inskrivningssamtal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="56"/>
        <source>&amp;Submit</source>
        <translation>&amp;Skicka in</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="114"/>
        <source>Print the privacy notice</source>
        <translation>Skriv ut integritetsinformationen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="125"/>
        <source>The privacy notice is saved as %1.</source>
        <translation>Integritetsinformationen har sparats som %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="186"/>
        <source>Eligibility</source>
        <translation>Rätt att delta</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="217"/>
        <source>Possible duplicate</source>
        <translation>Möjlig dubblett</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="219"/>
        <source>She may already be registered:</source>
        <translation>Hon kan redan vara registrerad:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="220"/>
        <source>Create anyway</source>
        <translation>Skapa ändå</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="253"/>
        <source>The interview was kept as a draft. You can continue it from %1.</source>
        <translation>Samtalet har sparats som utkast. Du kan fortsätta det via %1.</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="45"/>
        <source>Log a contact with the employer</source>
        <translation>Registrera en kontakt med arbetsgivaren</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="48"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="51"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="52"/>
        <source>&amp;Summary</source>
        <translation>&amp;Sammanfattning</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="40"/>
        <source>Intake</source>
        <translation>Inskrivning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="41"/>
        <source>Privacy consent</source>
        <translation>Integritetssamtycke</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="42"/>
        <source>Needs assessment</source>
        <translation>Behovsbedömning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="43"/>
        <source>Skills assessment</source>
        <translation>Kompetensbedömning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="44"/>
        <source>Language assessment</source>
        <translation>Språkbedömning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="45"/>
        <source>Individual plan</source>
        <translation>Individuell plan</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="46"/>
        <source>Language course</source>
        <translation>Språkkurs</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="47"/>
        <source>Empowerment activities</source>
        <translation>Stärkande aktiviteter</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="48"/>
        <source>Orientation</source>
        <translation>Orientering</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="49"/>
        <source>Vocational training</source>
        <translation>Yrkesutbildning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="50"/>
        <source>CV and job search</source>
        <translation>CV och jobbsökande</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="51"/>
        <source>Job orientation</source>
        <translation>Arbetslivsorientering</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="52"/>
        <source>Employer matching</source>
        <translation>Matchning mot arbetsgivare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="53"/>
        <location filename="../w4i_desktop/views/labels.py" line="151"/>
        <location filename="../w4i_desktop/views/labels.py" line="185"/>
        <source>Internship</source>
        <translation>Praktik</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="54"/>
        <source>Placement</source>
        <translation>Placering</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="55"/>
        <source>Follow-up 1 month</source>
        <translation>Uppföljning 1 månad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="56"/>
        <source>Follow-up 3 months</source>
        <translation>Uppföljning 3 månader</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="57"/>
        <source>Follow-up 6 months</source>
        <translation>Uppföljning 6 månader</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="58"/>
        <source>Follow-up 12 months</source>
        <translation>Uppföljning 12 månader</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="59"/>
        <source>Closure</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="60"/>
        <source>Other step</source>
        <translation>Annat steg</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="64"/>
        <location filename="../w4i_desktop/views/labels.py" line="126"/>
        <source>Employed</source>
        <translation>I arbete</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="65"/>
        <source>In education or training</source>
        <translation>I utbildning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="66"/>
        <source>Moved away</source>
        <translation>Flyttat</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="67"/>
        <source>Dropped out</source>
        <translation>Avbrutit</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="68"/>
        <source>Other reason</source>
        <translation>Annan orsak</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="72"/>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="73"/>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="74"/>
        <source>Staff</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="75"/>
        <source>Volunteer</source>
        <translation>Volontär</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="98"/>
        <source>EU citizen</source>
        <translation>EU-medborgare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="99"/>
        <source>Long-term or permanent residence</source>
        <translation>Varaktigt bosatt eller permanent uppehållstillstånd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="100"/>
        <source>Work permit</source>
        <translation>Arbetstillstånd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="101"/>
        <source>Family reunification</source>
        <translation>Familjeåterförening</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="102"/>
        <source>Study permit</source>
        <translation>Uppehållstillstånd för studier</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="103"/>
        <source>Refugee or subsidiary protection</source>
        <translation>Flykting eller alternativt skyddsbehövande</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="106"/>
        <source>Temporary protection</source>
        <translation>Tillfälligt skydd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="107"/>
        <source>Asylum seeker</source>
        <translation>Asylsökande</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="108"/>
        <source>Humanitarian or special protection</source>
        <translation>Humanitärt eller särskilt skydd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="109"/>
        <source>Naturalised citizen</source>
        <translation>Naturaliserad medborgare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="110"/>
        <source>Other permit</source>
        <translation>Annat tillstånd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="111"/>
        <source>No permit</source>
        <translation>Inget tillstånd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="114"/>
        <source>None or primary (ISCED 0–1)</source>
        <translation>Ingen eller låg- och mellanstadienivå (ISCED 0–1)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="115"/>
        <source>Lower secondary (ISCED 2)</source>
        <translation>Högstadienivå (ISCED 2)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="116"/>
        <source>Upper or post-secondary (ISCED 3–4)</source>
        <translation>Gymnasial eller kortare eftergymnasial (ISCED 3–4)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="119"/>
        <source>Tertiary (ISCED 5–8)</source>
        <translation>Högre utbildning (ISCED 5–8)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="120"/>
        <location filename="../w4i_desktop/views/labels.py" line="127"/>
        <location filename="../w4i_desktop/views/labels.py" line="172"/>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="123"/>
        <source>Unemployed</source>
        <translation>Arbetslös</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="124"/>
        <source>Long-term unemployed</source>
        <translation>Långtidsarbetslös</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="125"/>
        <source>Inactive (not looking for work)</source>
        <translation>Inaktiv (söker inte arbete)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="130"/>
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="131"/>
        <source>Some hours</source>
        <translation>Några timmar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="132"/>
        <source>Full time</source>
        <translation>Heltid</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="135"/>
        <source>Processing of personal data</source>
        <translation>Behandling av personuppgifter</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="136"/>
        <source>Sharing with employers</source>
        <translation>Delning med arbetsgivare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="139"/>
        <source>Photos</source>
        <translation>Foton</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="140"/>
        <source>Follow-up contact</source>
        <translation>Kontakt för uppföljning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="143"/>
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="144"/>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="145"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="146"/>
        <source>Skipped</source>
        <translation>Överhoppat</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="149"/>
        <source>Permanent job</source>
        <translation>Tillsvidareanställning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="150"/>
        <source>Fixed-term job</source>
        <translation>Visstidsanställning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="152"/>
        <location filename="../w4i_desktop/views/labels.py" line="186"/>
        <source>Apprenticeship</source>
        <translation>Lärlingsanställning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="153"/>
        <source>Self-employment</source>
        <translation>Eget företag</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="154"/>
        <location filename="../w4i_desktop/views/labels.py" line="180"/>
        <location filename="../w4i_desktop/views/labels.py" line="188"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="157"/>
        <location filename="../w4i_desktop/views/labels.py" line="176"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="158"/>
        <location filename="../w4i_desktop/views/labels.py" line="175"/>
        <source>Phone call</source>
        <translation>Telefonsamtal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="159"/>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="160"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="163"/>
        <source>At intake</source>
        <translation>Vid inskrivning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="164"/>
        <source>During the pathway</source>
        <translation>Under vägen till arbete</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="165"/>
        <source>At exit</source>
        <translation>Vid avslut</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="168"/>
        <source>Micro (under 10)</source>
        <translation>Mikro (under 10)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="169"/>
        <source>Small (10–49)</source>
        <translation>Liten (10–49)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="170"/>
        <source>Medium (50–249)</source>
        <translation>Medelstor (50–249)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="171"/>
        <source>Large (250 or more)</source>
        <translation>Stor (250 eller fler)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="177"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="178"/>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="179"/>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="183"/>
        <source>Permanent</source>
        <translation>Tillsvidare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="184"/>
        <source>Fixed-term</source>
        <translation>Visstid</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="187"/>
        <source>Freelance</source>
        <translation>Frilans</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="191"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="192"/>
        <source>Filled</source>
        <translation>Tillsatt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="193"/>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="197"/>
        <source>None required</source>
        <translation>Inget krav</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="200"/>
        <source>same name and date of birth</source>
        <translation>samma namn och födelsedatum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="201"/>
        <source>same phone number</source>
        <translation>samma telefonnummer</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="208"/>
        <source>Agriculture, forestry and fishing</source>
        <translation>Jordbruk, skogsbruk och fiske</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="209"/>
        <source>Mining and quarrying</source>
        <translation>Utvinning av mineral</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="210"/>
        <source>Manufacturing</source>
        <translation>Tillverkning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="211"/>
        <source>Electricity and gas</source>
        <translation>El- och gasförsörjning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="212"/>
        <source>Water supply and waste</source>
        <translation>Vattenförsörjning och avfallshantering</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="213"/>
        <source>Construction</source>
        <translation>Byggverksamhet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="214"/>
        <source>Wholesale and retail trade</source>
        <translation>Handel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="215"/>
        <source>Transport and storage</source>
        <translation>Transport och magasinering</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="216"/>
        <source>Accommodation and food</source>
        <translation>Hotell och restaurang</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="217"/>
        <source>Information and communication</source>
        <translation>Information och kommunikation</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="218"/>
        <source>Finance and insurance</source>
        <translation>Finans och försäkring</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="219"/>
        <source>Real estate</source>
        <translation>Fastighetsverksamhet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="220"/>
        <source>Professional and technical services</source>
        <translation>Juridik, ekonomi, vetenskap och teknik</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="221"/>
        <source>Administrative and support services</source>
        <translation>Administrativa tjänster och stödtjänster</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="222"/>
        <source>Public administration</source>
        <translation>Offentlig förvaltning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="223"/>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="224"/>
        <source>Health and social care</source>
        <translation>Vård och omsorg</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="225"/>
        <source>Arts and recreation</source>
        <translation>Kultur, nöje och fritid</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="226"/>
        <source>Other services</source>
        <translation>Andra tjänster</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="227"/>
        <source>Households as employers</source>
        <translation>Hushåll som arbetsgivare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="228"/>
        <source>Extraterritorial organisations</source>
        <translation>Extraterritoriella organisationer</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="62"/>
        <source>Interview language and site</source>
        <translation>Samtalsspråk och enhet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="63"/>
        <source>The language you speak together, and who will follow her.</source>
        <translation>Språket ni talar med varandra, och vem som blir hennes handläggare.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="73"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="74"/>
        <source>&amp;Site</source>
        <translation>En&amp;het</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="75"/>
        <source>Case&amp;worker</source>
        <translation>H&amp;andläggare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="84"/>
        <source>To assign</source>
        <translation>Att fördela</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="96"/>
        <source>to assign</source>
        <translation>att fördela</translation>
    </message>
</context>
<context>
    <name>LanguagesEdit</name>
    <message>
        <location filename="../w4i_desktop/views/language_edit.py" line="83"/>
        <source>Names, e.g. %1</source>
        <translation>Namn, t.ex. %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/language_edit.py" line="150"/>
        <source>Not a language name: %1. Type a name, e.g. %2, or pick one from the list.</source>
        <translation>Inget språknamn: %1. Skriv ett namn, t.ex. %2, eller välj ett i listan.</translation>
    </message>
</context>
<context>
    <name>LanguagesPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="211"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="218"/>
        <source>None yet</source>
        <translation>Inga än</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="219"/>
        <source>Not assessed</source>
        <translation>Inte bedömd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="221"/>
        <source>&amp;Languages she speaks</source>
        <translation>&amp;Språk hon talar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="222"/>
        <source>&amp;Host-country language</source>
        <translation>&amp;Värdlandets språk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="223"/>
        <source>Her le&amp;vel (self-assessed, CEFR)</source>
        <translation>Hennes &amp;nivå (självskattad, GERS)</translation>
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
        <translation>Logga in för att öppna den krypterade databasen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="60"/>
        <source>Sign in to the shared database %1.</source>
        <translation>Logga in i den delade databasen %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="63"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="66"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="72"/>
        <source>Password of the database server</source>
        <translation>Databasserverns lösenord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="73"/>
        <source>&amp;Server password</source>
        <translation>&amp;Serverlösenord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="75"/>
        <source>Remember me on this computer</source>
        <translation>Kom ihåg mig på den här datorn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="81"/>
        <source>&amp;Restore the newest good backup…</source>
        <translation>Åt&amp;erställ den senaste felfria säkerhetskopian…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="85"/>
        <source>&amp;Forgot your password?</source>
        <translation>&amp;Glömt lösenordet?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="89"/>
        <location filename="../w4i_desktop/views/window/login.py" line="220"/>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="96"/>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="97"/>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="152"/>
        <source>Enter your user name.</source>
        <translation>Ange ditt användarnamn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="190"/>
        <source>The new password is set. Sign in with it.</source>
        <translation>Det nya lösenordet är sparat. Logga in med det.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="201"/>
        <source>Restored from %1. Sign in again.</source>
        <translation>Återställd från %1. Logga in igen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/window/login.py" line="225"/>
        <source>Too many attempts: wait %n s</source>
        <translation>
            <numerusform>För många försök: vänta %n s</numerusform>
            <numerusform>För många försök: vänta %n s</numerusform>
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
        <translation>Vyer</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="26"/>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="27"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="28"/>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="29"/>
        <source>Pathways</source>
        <translation>Vägar till arbete</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="30"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="31"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="106"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="108"/>
        <source>&amp;New participant</source>
        <translation>&amp;Ny deltagare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="113"/>
        <source>&amp;Find participant</source>
        <translation>&amp;Sök deltagare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="118"/>
        <source>New &amp;intake interview…</source>
        <translation>Nytt &amp;inskrivningssamtal…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="123"/>
        <source>Intake &amp;drafts…</source>
        <translation>&amp;Utkast till inskrivningssamtal…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="126"/>
        <source>&amp;Retention review…</source>
        <translation>&amp;Gallringsöversyn…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="129"/>
        <source>I&amp;mport a spreadsheet…</source>
        <translation>I&amp;mportera ett kalkylblad…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="132"/>
        <source>&amp;Back up now…</source>
        <translation>Säkerhets&amp;kopiera nu…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="135"/>
        <source>Res&amp;tore a backup…</source>
        <translation>Å&amp;terställ en säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="137"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="139"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="154"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="164"/>
        <source>Lang&amp;uage</source>
        <translation>Spr&amp;åk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="175"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="177"/>
        <source>&amp;Help for this screen</source>
        <translation>&amp;Hjälp för den här vyn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="182"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Kom igång</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="185"/>
        <source>&amp;About W4I Desktop</source>
        <translation>&amp;Om W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="188"/>
        <source>&amp;Check the database…</source>
        <translation>Kontrollera &amp;databasen…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_window.py" line="186"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_window.py" line="190"/>
        <source>Unlocked</source>
        <translation>Upplåst</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_window.py" line="216"/>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/language_switch.py" line="48"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/language_switch.py" line="49"/>
        <source>Sign in first: a record has changes that are not saved yet.</source>
        <translation>Logga in först: en akt har ändringar som inte har sparats än.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_window.py" line="350"/>
        <source>Restored from %1. Sign in again.</source>
        <translation>Återställd från %1. Logga in igen.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="146"/>
        <source>How the columns are read</source>
        <translation>Hur kolumnerna läses</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="149"/>
        <source>Check the field each column goes into; choose “Not imported” to leave one out.</source>
        <translation>Kontrollera vilket fält varje kolumn hamnar i; välj ”Importeras inte” för att hoppa över en kolumn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="155"/>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="155"/>
        <source>First values</source>
        <translation>Första värden</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="155"/>
        <source>Goes into</source>
        <translation>Hamnar i</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="167"/>
        <source>Language levels (CEFR) in the file are for:</source>
        <translation>Språknivåerna (GERS) i filen gäller:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="180"/>
        <source>Not imported</source>
        <translation>Importeras inte</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="190"/>
        <source>Field for the column %1</source>
        <translation>Fält för kolumnen %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="210"/>
        <source>Checking every row…</source>
        <translation>Kontrollerar varje rad…</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="47"/>
        <source>no consent to share her data with employers</source>
        <translation>inget samtycke till att dela hennes uppgifter med arbetsgivare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="48"/>
        <source>no language level required</source>
        <translation>ingen språknivå krävs</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="49"/>
        <source>{language}: {her}, meets the required {needed}</source>
        <translation>{language}: {her}, motsvarar kravet {needed}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="52"/>
        <source>{language}: {her}, above the required {needed}</source>
        <translation>{language}: {her}, över kravet {needed}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="55"/>
        <source>{language}: {her}, one level below the required {needed}</source>
        <translation>{language}: {her}, en nivå under kravet {needed}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="58"/>
        <source>{language}: {her}, far below the required {needed} ({levels} levels)</source>
        <translation>{language}: {her}, långt under kravet {needed} ({levels} nivåer)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="61"/>
        <source>{language}: level not assessed, {needed} required</source>
        <translation>{language}: nivån inte bedömd, {needed} krävs</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="64"/>
        <source>no particular skills asked</source>
        <translation>inga särskilda kompetenser efterfrågas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="65"/>
        <source>skills: {skills} ({count} of {asked})</source>
        <translation>kompetenser: {skills} ({count} av {asked})</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="66"/>
        <source>none of the skills asked: {skills}</source>
        <translation>ingen av de efterfrågade kompetenserna: {skills}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="67"/>
        <source>available on {days}</source>
        <translation>tillgänglig {days}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="68"/>
        <source>not available on {days}</source>
        <translation>inte tillgänglig {days}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="69"/>
        <source>availability not recorded</source>
        <translation>tillgänglighet inte registrerad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="70"/>
        <source>working days not given</source>
        <translation>arbetsdagar inte angivna</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="71"/>
        <source>available {start}–{end}</source>
        <translation>tillgänglig {start}–{end}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="72"/>
        <source>works {start}–{end}, available {from}–{until}</source>
        <translation>arbetstid {start}–{end}, tillgänglig {from}–{until}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="75"/>
        <source>available hours not recorded</source>
        <translation>tillgängliga tider inte registrerade</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="76"/>
        <source>working hours not given</source>
        <translation>arbetstider inte angivna</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="77"/>
        <source>lives in {municipality}</source>
        <translation>bor i {municipality}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="78"/>
        <source>lives in {her}, job in {job}</source>
        <translation>bor i {her}, arbetet i {job}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="79"/>
        <source>lives in {her}, commutes to {job}</source>
        <translation>bor i {her}, pendlar till {job}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="80"/>
        <source>lives in {her}, would relocate to {job}</source>
        <translation>bor i {her}, kan flytta till {job}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="81"/>
        <source>municipality not recorded</source>
        <translation>kommun inte registrerad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="82"/>
        <source>no childcare needed</source>
        <translation>behöver ingen barnomsorg</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="83"/>
        <source>the employer accommodates childcare</source>
        <translation>arbetsgivaren tar hänsyn till barnomsorg</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="84"/>
        <source>within daycare hours</source>
        <translation>inom förskolans öppettider</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="85"/>
        <source>{parts}: conflicts with childcare</source>
        <translation>{parts}: krockar med barnomsorgen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="86"/>
        <source>working hours not given: check childcare</source>
        <translation>arbetstider inte angivna: kontrollera barnomsorgen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="89"/>
        <source>early mornings</source>
        <translation>tidiga morgnar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="90"/>
        <source>evenings</source>
        <translation>kvällar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="91"/>
        <source>weekends</source>
        <translation>helger</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="101"/>
        <source>no level</source>
        <translation>ingen nivå</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="114"/>
        <source>Host language</source>
        <translation>Värdlandets språk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="135"/>
        <source>Excluded: %1. Also: %2</source>
        <translation>Utesluten: %1. Dessutom: %2</translation>
    </message>
</context>
<context>
    <name>MatchingDialog</name>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="157"/>
        <source>Candidates for the vacancy</source>
        <translation>Kandidater till den lediga tjänsten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="159"/>
        <source>Vacancies for her</source>
        <translation>Lediga tjänster för henne</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="165"/>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="166"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="166"/>
        <source>Vacancy</source>
        <translation>Ledig tjänst</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="167"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="171"/>
        <source>Matching results</source>
        <translation>Matchningsresultat</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="196"/>
        <source>Looking for candidates…</source>
        <translation>Söker kandidater…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="198"/>
        <source>Looking for vacancies…</source>
        <translation>Söker lediga tjänster…</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="248"/>
        <source>%1 at %2: %n candidate(s) who agreed to share their profile.</source>
        <translation>
            <numerusform>%1 hos %2: %n kandidat som har gått med på att dela sin profil.</numerusform>
            <numerusform>%1 hos %2: %n kandidater som har gått med på att dela sin profil.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="255"/>
        <source>Nobody who agreed to share her profile with employers matches yet.</source>
        <translation>Ingen som har samtyckt till att dela sin profil med arbetsgivare matchar ännu.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="259"/>
        <source>Only participants with a consent to share their profile with employers are listed. Press Enter to open a record.</source>
        <translation>Bara deltagare som har samtyckt till att dela sin profil med arbetsgivare visas. Tryck på Enter för att öppna en akt.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="264"/>
        <source>%1 open vacancies, best first.</source>
        <translation>%1 lediga tjänster, bästa matchning först.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="269"/>
        <source>She has not agreed to share her profile with employers: record her consent on the Consent tab before proposing her to one.</source>
        <translation>Hon har inte samtyckt till att dela sin profil med arbetsgivare: registrera hennes samtycke på fliken Samtycke innan du föreslår henne för en arbetsgivare.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../w4i_desktop/views/message_bar.py" line="38"/>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/message_bar.py" line="39"/>
        <source>&amp;Reload</source>
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/message_bar.py" line="40"/>
        <source>Load the saved record again; your changes are lost</source>
        <translation>Läs in den sparade akten igen; dina ändringar går förlorade</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="40"/>
        <source>The user name or the password is wrong.</source>
        <translation>Användarnamnet eller lösenordet är fel.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="42"/>
        <source>The database is open on another computer or window: %1. Close it there first.</source>
        <translation>Databasen är öppen på en annan dator eller i ett annat fönster: %1. Stäng den där först.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="47"/>
        <source>The database file is damaged and cannot be read safely. Restore the newest backup.</source>
        <translation>Databasfilen är skadad och kan inte läsas på ett säkert sätt. Återställ den senaste säkerhetskopian.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="52"/>
        <source>This file is not a W4I database, or its key file (.keys) is missing or damaged.</source>
        <translation>Den här filen är inte en W4I-databas, eller så saknas nyckelfilen (.keys) eller är skadad.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="57"/>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>Disken är full. Inget har ändrats; frigör lite utrymme och försök igen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="61"/>
        <source>The file %1 is open in another program (Excel?). Close it there, or save under another name.</source>
        <translation>Filen %1 är öppen i ett annat program (Excel?). Stäng den där eller spara under ett annat namn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="67"/>
        <source>Someone else saved this record after you opened it. Reload it to see their changes.</source>
        <translation>Någon annan har sparat akten efter att du öppnade den. Läs in den igen för att se ändringarna.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="72"/>
        <source>Your role does not allow this.</source>
        <translation>Din roll tillåter inte det här.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="74"/>
        <source>This record does not exist or is not visible to you.</source>
        <translation>Akten finns inte eller är inte synlig för dig.</translation>
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
        <translation>Någon annan sparade den här akten efter att du öppnade den, så dina ändringar sparades inte. De finns kvar på skärmen: läs in akten igen för att se de andra ändringarna och gör sedan dina igen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="121"/>
        <source>Someone else saved this record after you opened it and changed: %1. Your changes were not saved; they are still on screen. Reload to see the other changes, then make yours again.</source>
        <translation>Någon annan sparade den här akten efter att du öppnade den och ändrade: %1. Dina ändringar sparades inte; de finns kvar på skärmen. Läs in akten igen för att se de andra ändringarna och gör sedan dina igen.</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="273"/>
        <source>Needs and goals</source>
        <translation>Behov och mål</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="275"/>
        <source>Needs and &amp;goals</source>
        <translation>Behov och &amp;mål</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="166"/>
        <source>Make a new recovery key</source>
        <translation>Skapa en ny återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="169"/>
        <source>A new recovery key replaces the one you have: the old key stops working at once, on paper and in every PDF. Backups made before keep opening with the old key.</source>
        <translation>En ny återställningsnyckel ersätter den du har: den gamla nyckeln slutar fungera direkt, på papper och i alla PDF-filer. Säkerhetskopior som gjorts tidigare går fortfarande att öppna med den gamla nyckeln.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="177"/>
        <source>Your password</source>
        <translation>Ditt lösenord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="178"/>
        <source>Your &amp;password</source>
        <translation>Ditt &amp;lösenord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="181"/>
        <source>Make a &amp;new key</source>
        <translation>Skapa en &amp;ny nyckel</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="51"/>
        <source>Add a user</source>
        <translation>Lägg till en användare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="52"/>
        <source>&amp;Name shown</source>
        <translation>&amp;Visningsnamn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="53"/>
        <source>&amp;User name (to sign in)</source>
        <translation>&amp;Användarnamn (för inloggning)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="54"/>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="57"/>
        <source>&amp;Site</source>
        <translation>En&amp;het</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="59"/>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="59"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="62"/>
        <source>Password &amp;again</source>
        <translation>&amp;Upprepa lösenordet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="62"/>
        <source>Password again</source>
        <translation>Upprepa lösenordet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="68"/>
        <source>Give it to her in person: nobody, administrators included, can read it later.</source>
        <translation>Ge henne lösenordet personligen: ingen, inte ens administratörer, kan läsa det senare.</translation>
    </message>
</context>
<context>
    <name>OriginPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="163"/>
        <source>Origin and residence permit</source>
        <translation>Ursprung och uppehållstillstånd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="168"/>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="171"/>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="173"/>
        <source>&amp;Country of birth</source>
        <translation>&amp;Födelseland</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="174"/>
        <source>Citi&amp;zenship</source>
        <translation>&amp;Medborgarskap</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="175"/>
        <source>&amp;Arrival year</source>
        <translation>&amp;Ankomstår</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="176"/>
        <source>&amp;Permit</source>
        <translation>&amp;Uppehållstillstånd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="177"/>
        <source>Permit &amp;expires on</source>
        <translation>Tillståndet &amp;gäller till</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="187"/>
        <source>She is under 18 today.</source>
        <translation>Hon är under 18 år i dag.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="188"/>
        <source>Her residence permit has expired.</source>
        <translation>Hennes uppehållstillstånd har gått ut.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="189"/>
        <source>She has no residence permit.</source>
        <translation>Hon har inget uppehållstillstånd.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="202"/>
        <source>Check the eligibility before you go on:</source>
        <translation>Kontrollera att hon har rätt att delta innan du går vidare:</translation>
    </message>
</context>
<context>
    <name>ParticipantListPage</name>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="63"/>
        <source>Search name, code, phone or e-mail (Ctrl+F)</source>
        <translation>Sök namn, kod, telefon eller e-post (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="64"/>
        <source>Search participants</source>
        <translation>Sök deltagare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="67"/>
        <source>Site</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="71"/>
        <source>Open and closed</source>
        <translation>Öppna och avslutade</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="72"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="73"/>
        <source>Closed</source>
        <translation>Avslutade</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="78"/>
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="80"/>
        <source>Pathway stage</source>
        <translation>Steg på vägen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="81"/>
        <source>Any stage</source>
        <translation>Alla steg</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="84"/>
        <source>&amp;New participant</source>
        <translation>&amp;Ny deltagare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="106"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="172"/>
        <source>All sites</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="173"/>
        <source>Any caseworker</source>
        <translation>Alla handläggare</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="257"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantRecord</name>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="74"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="79"/>
        <source>You can read this record; your role does not allow changing it.</source>
        <translation>Du kan läsa akten; din roll tillåter inte att du ändrar den.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="83"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="84"/>
        <source>Save the record (Ctrl+S)</source>
        <translation>Spara akten (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="86"/>
        <source>Cl&amp;ose record…</source>
        <translation>A&amp;vsluta akten…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="88"/>
        <source>R&amp;eopen record…</source>
        <translation>Åter&amp;öppna akten…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="90"/>
        <source>She is back: continue this record</source>
        <translation>Hon är tillbaka: fortsätt i den här akten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="109"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="110"/>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="111"/>
        <source>Family &amp;&amp; availability</source>
        <translation>Familj &amp;&amp; tillgänglighet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="112"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="113"/>
        <source>Pathway</source>
        <translation>Vägen till arbete</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="114"/>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="115"/>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="116"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="147"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="273"/>
        <source>New participant</source>
        <translation>Ny deltagare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="274"/>
        <source>Fill in what you know; you can complete the rest later.</source>
        <translation>Fyll i det du vet; resten kan du komplettera senare.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_saving.py" line="91"/>
        <source>There are no changes to save.</source>
        <translation>Det finns inga ändringar att spara.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_saving.py" line="104"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_saving.py" line="138"/>
        <source>%1 was created.</source>
        <translation>%1 har skapats.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_closing.py" line="52"/>
        <source>Closed on %1: %2</source>
        <translation>Avslutad %1: %2</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_closing.py" line="57"/>
        <source>Open since %1</source>
        <translation>Öppen sedan %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_closing.py" line="60"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_closing.py" line="93"/>
        <source>The record was closed.</source>
        <translation>Akten har avslutats.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_closing.py" line="103"/>
        <source>Record reopened: %1</source>
        <translation>Akten återöppnad: %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_closing.py" line="112"/>
        <source>The record is open again.</source>
        <translation>Akten är öppen igen.</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="34"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="35"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="36"/>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="37"/>
        <source>Country of origin</source>
        <translation>Ursprungsland</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="38"/>
        <source>Site</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="39"/>
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="40"/>
        <source>Pathway stage</source>
        <translation>Steg på vägen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="41"/>
        <source>Last activity</source>
        <translation>Senaste aktivitet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="192"/>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message>
        <location filename="../w4i_desktop/views/participant/participants_screen.py" line="20"/>
        <source>← Back to the list</source>
        <translation>← Tillbaka till listan</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participants_screen.py" line="21"/>
        <source>Back to the list (Alt+Left)</source>
        <translation>Tillbaka till listan (Alt+Left)</translation>
    </message>
</context>
<context>
    <name>PasswordHint</name>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/password_hint.py" line="52"/>
        <source>At least %n characters; a short sentence is best.</source>
        <translation>
            <numerusform>Minst %n tecken; en kort mening är bäst.</numerusform>
            <numerusform>Minst %n tecken; en kort mening är bäst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/password_hint.py" line="57"/>
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>För kort: minst %n tecken.</numerusform>
            <numerusform>För kort: minst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/password_hint.py" line="59"/>
        <source>Weak: too easy to guess, it would be refused.</source>
        <translation>Svagt: för lätt att gissa, det skulle inte godkännas.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/password_hint.py" line="60"/>
        <source>Fair: accepted. Longer is stronger.</source>
        <translation>Medelstarkt: godkänt. Längre är starkare.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/password_hint.py" line="61"/>
        <source>Strong.</source>
        <translation>Starkt.</translation>
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
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="86"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="87"/>
        <source>Due</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="88"/>
        <source>Started</source>
        <translation>Påbörjat</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="89"/>
        <source>Completed</source>
        <translation>Slutfört</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="90"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="91"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="95"/>
        <source>Pathway steps</source>
        <translation>Steg på vägen till arbete</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="105"/>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="260"/>
        <source>Mark &amp;done (Space)</source>
        <translation>Markera som &amp;klart (Space)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="108"/>
        <source>S&amp;tart</source>
        <translation>&amp;Påbörja</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="111"/>
        <source>S&amp;kip…</source>
        <translation>&amp;Hoppa över…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="114"/>
        <source>&amp;Edit due date and notes…</source>
        <translation>R&amp;edigera sista dag och anteckningar…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="117"/>
        <source>&amp;Print her summary (PDF)…</source>
        <translation>Skriv &amp;ut hennes sammanfattning (PDF)…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="120"/>
        <source>Her steps, courses and placements in her language, without any notes</source>
        <translation>Hennes steg, kurser och placeringar på hennes språk, utan anteckningar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="135"/>
        <source>Mark done</source>
        <translation>Markera som klart</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="198"/>
        <source>%1 of %2 steps done; %3 overdue.</source>
        <translation>%1 av %2 steg klara; %3 försenade.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="203"/>
        <source>No pathway started yet.</source>
        <translation>Ingen väg till arbete har påbörjats än.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="213"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="216"/>
        <source>after her placement</source>
        <translation>efter hennes placering</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="218"/>
        <source>%1 (overdue)</source>
        <translation>%1 (försenat)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="234"/>
        <source>Print her summary</source>
        <translation>Skriv ut hennes sammanfattning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="235"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="242"/>
        <source>Her summary is saved as %1.</source>
        <translation>Hennes sammanfattning har sparats som %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="256"/>
        <source>Back to &amp;to do (Space)</source>
        <translation>Tillbaka till &amp;att göra (Space)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="258"/>
        <source>Record her pla&amp;cement… (Space)</source>
        <translation>Registrera hennes &amp;placering… (Space)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="294"/>
        <source>Record her placement</source>
        <translation>Registrera hennes placering</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="319"/>
        <source>Skip the step</source>
        <translation>Hoppa över steget</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="319"/>
        <source>Why is this step skipped?</source>
        <translation>Varför hoppas steget över?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="328"/>
        <source>Edit the step</source>
        <translation>Redigera steget</translation>
    </message>
</context>
<context>
    <name>PermitBanner</name>
    <message>
        <location filename="../w4i_desktop/views/participant/permit_banner.py" line="36"/>
        <source>Residence permit</source>
        <translation>Uppehållstillstånd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/permit_banner.py" line="53"/>
        <source>Her residence permit expires on %1 (in %2 days).</source>
        <translation>Hennes uppehållstillstånd går ut den %1 (om %2 dagar).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/permit_banner.py" line="58"/>
        <source>Her residence permit expires tomorrow, %1.</source>
        <translation>Hennes uppehållstillstånd går ut i morgon, %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/permit_banner.py" line="60"/>
        <source>Her residence permit expires today, %1.</source>
        <translation>Hennes uppehållstillstånd går ut i dag, %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/permit_banner.py" line="62"/>
        <source>Her residence permit expired yesterday, %1.</source>
        <translation>Hennes uppehållstillstånd gick ut i går, %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/permit_banner.py" line="64"/>
        <source>Her residence permit expired on %1 (%2 days ago).</source>
        <translation>Hennes uppehållstillstånd gick ut den %1 (för %2 dagar sedan).</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="32"/>
        <source>New placement</source>
        <translation>Ny placering</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="38"/>
        <source>Edit the placement</source>
        <translation>Redigera placeringen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="43"/>
        <source>e.g. W4I-7KQ2M</source>
        <translation>t.ex. W4I-7KQ2M</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="44"/>
        <source>&amp;Participant code</source>
        <translation>&amp;Deltagarkod</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="50"/>
        <source>Choose the employer</source>
        <translation>Välj arbetsgivare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="52"/>
        <source>&amp;Employer</source>
        <translation>&amp;Arbetsgivare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="55"/>
        <source>&amp;Vacancy</source>
        <translation>&amp;Ledig tjänst</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="60"/>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="63"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="64"/>
        <source>E&amp;nd (if agreed)</source>
        <translation>Sl&amp;ut (om överenskommet)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="65"/>
        <source>&amp;Hours per week</source>
        <translation>Ti&amp;mmar per vecka</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="94"/>
        <source>Choose the employer.</source>
        <translation>Välj arbetsgivare.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="117"/>
        <source>No particular vacancy</source>
        <translation>Ingen särskild ledig tjänst</translation>
    </message>
</context>
<context>
    <name>PlacementsTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="211"/>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="212"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="213"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="214"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="215"/>
        <source>Hours/week</source>
        <translation>Timmar/vecka</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="217"/>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="219"/>
        <source>A new placement schedules her follow-ups after 1, 3, 6 and 12 months on her pathway.</source>
        <translation>En ny placering lägger in hennes uppföljningar efter 1, 3, 6 och 12 månader på hennes väg till arbete.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="226"/>
        <source>&amp;New placement…</source>
        <translation>&amp;Ny placering…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="229"/>
        <source>Record a &amp;follow-up…</source>
        <translation>Registrera en &amp;uppföljning…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="232"/>
        <source>&amp;Matching vacancies…</source>
        <translation>&amp;Matchande lediga tjänster…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="294"/>
        <source>ongoing</source>
        <translation>pågår</translation>
    </message>
</context>
<context>
    <name>PrivacyButton</name>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="81"/>
        <source>Privacy</source>
        <translation>Integritet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="84"/>
        <source>&amp;Export all her data (JSON and PDF)…</source>
        <translation>&amp;Exportera alla hennes uppgifter (JSON och PDF)…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="87"/>
        <source>E&amp;rase personal data…</source>
        <translation>&amp;Radera personuppgifter…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="90"/>
        <source>&amp;Delete record created by mistake…</source>
        <translation>&amp;Ta bort felaktigt skapad akt…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="110"/>
        <source>Export all her data</source>
        <translation>Exportera alla hennes uppgifter</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="113"/>
        <source>Choose the folder for the export</source>
        <translation>Välj mapp för exporten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="124"/>
        <source>The folder %1 could not be made (%2).</source>
        <translation>Mappen %1 kunde inte skapas (%2).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="135"/>
        <source>Her data is saved as %1.json (machine-readable) and %1.pdf (to read) in %2. The export is recorded in the audit log.</source>
        <translation>Hennes uppgifter har sparats som %1.json (maskinläsbar) och %1.pdf (för läsning) i %2. Exporten registreras i granskningsloggen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="157"/>
        <source>The personal data of %1 is erased.</source>
        <translation>Personuppgifterna för %1 har raderats.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="170"/>
        <source>Removes a record created by mistake and everything in it, while it is new and nothing was reported on her.</source>
        <translation>Tar bort en akt som skapats av misstag och allt i den, så länge den är ny och inget har rapporterats om henne.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="106"/>
        <source>e.g. +39 333 123 4567</source>
        <translation>t.ex. +46 70 123 45 67</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="114"/>
        <source>Not chosen</source>
        <translation>Inte valt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="122"/>
        <source>Identity</source>
        <translation>Identitet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="124"/>
        <source>First n&amp;ame</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="125"/>
        <source>&amp;Last name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="126"/>
        <source>Prefe&amp;rred name</source>
        <translation>Tilltals&amp;namn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="127"/>
        <source>date of birth</source>
        <translation>födelsedatum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="128"/>
        <source>Date of &amp;birth</source>
        <translation>Födelse&amp;datum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="129"/>
        <source>&amp;Year of birth</source>
        <translation>Födelseå&amp;r</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="132"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="134"/>
        <source>&amp;Phone</source>
        <translation>Telef&amp;on</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="135"/>
        <source>&amp;E-mail</source>
        <translation>E-&amp;post</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="136"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="137"/>
        <source>&amp;Neighbourhood</source>
        <translation>Stadsde&amp;l</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="141"/>
        <source>Language for &amp;documents</source>
        <translation>Språk för dok&amp;ument</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="146"/>
        <source>Enrolment</source>
        <translation>Inskrivning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="148"/>
        <source>Si&amp;te</source>
        <translation>Enhe&amp;t</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="149"/>
        <source>&amp;Caseworker</source>
        <translation>Handl&amp;äggare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="150"/>
        <source>intake date</source>
        <translation>inskrivningsdatum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="151"/>
        <source>&amp;Intake date</source>
        <translation>&amp;Inskrivningsdatum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="155"/>
        <source>Needs and &amp;goals</source>
        <translation>Behov och &amp;mål</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="158"/>
        <source>Sensiti&amp;ve notes</source>
        <translation>Känsliga ante&amp;ckningar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="160"/>
        <source>Only staff, managers and administrators can read these notes.</source>
        <translation>Bara medarbetare, chefer och administratörer kan läsa de här anteckningarna.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="189"/>
        <source>Not assigned</source>
        <translation>Ingen tilldelad</translation>
    </message>
</context>
<context>
    <name>RecordPrompts</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="37"/>
        <source>…and %n more.</source>
        <translation>…och %n till.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="46"/>
        <source>Possible duplicate</source>
        <translation>Möjlig dubblett</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="48"/>
        <source>This person may already be registered:</source>
        <translation>Den här personen kan redan vara registrerad:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="50"/>
        <source>These participants may be the same person:</source>
        <translation>De här deltagarna kan vara samma person:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="55"/>
        <source>Open the existing record instead, or create a new one anyway?</source>
        <translation>Vill du öppna den befintliga akten i stället, eller skapa en ny ändå?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="61"/>
        <source>&amp;Open existing</source>
        <translation>&amp;Öppna befintlig akt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="65"/>
        <source>&amp;Create anyway</source>
        <translation>&amp;Skapa ändå</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="87"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="88"/>
        <source>This record has changes that are not saved.</source>
        <translation>Akten har ändringar som inte har sparats.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="89"/>
        <source>Save them before leaving the record?</source>
        <translation>Vill du spara dem innan du lämnar akten?</translation>
    </message>
</context>
<context>
    <name>RecordWidgets</name>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="307"/>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="309"/>
        <source>Clear %1</source>
        <translation>Rensa %1</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="50"/>
        <source>Your recovery key</source>
        <translation>Din återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="53"/>
        <source>&lt;p&gt;If every password is forgotten, this key is the only way to open the database.&lt;/p&gt;&lt;p&gt;Print it or save it as a PDF, and keep it locked away from this computer. Until you confirm that you have stored it, it is shown again each time an administrator signs in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Om alla lösenord glöms bort är den här nyckeln det enda sättet att öppna databasen.&lt;/p&gt;&lt;p&gt;Skriv ut den eller spara den som PDF och förvara den inlåst, åtskild från den här datorn. Tills du bekräftar att du har sparat den visas den igen varje gång en administratör loggar in.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="69"/>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="70"/>
        <source>P&amp;rint…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="73"/>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="76"/>
        <source>I have &amp;stored the recovery key</source>
        <translation>Jag har &amp;sparat återställningsnyckeln</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="80"/>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="83"/>
        <source>Show it again &amp;later</source>
        <translation>&amp;Visa den igen senare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="87"/>
        <source>Close without confirming: the key is shown again at the next sign-in.</source>
        <translation>Stäng utan att bekräfta: nyckeln visas igen vid nästa inloggning.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="119"/>
        <source>&lt;h1&gt;W4I Desktop recovery key&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 20pt&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This key opens the encrypted database when every password is forgotten. Keep this page locked away, apart from the computer.&lt;/p&gt;&lt;p&gt;This page was made on %3. A newer key, once made, replaces this one.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Återställningsnyckel för W4I Desktop&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 20pt&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Den här nyckeln öppnar den krypterade databasen när alla lösenord har glömts bort. Förvara sidan inlåst, åtskild från datorn.&lt;/p&gt;&lt;p&gt;Sidan skapades den %3. När en nyare nyckel skapas ersätter den den här.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="136"/>
        <source>Print the recovery key</source>
        <translation>Skriv ut återställningsnyckeln</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="144"/>
        <source>Save the recovery key</source>
        <translation>Spara återställningsnyckeln</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="146"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="134"/>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="155"/>
        <source>W4I Desktop recovery key</source>
        <translation>Återställningsnyckel för W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="158"/>
        <source>The PDF could not be written.</source>
        <translation>PDF-filen kunde inte skrivas.</translation>
    </message>
</context>
<context>
    <name>RecoveryResetDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="153"/>
        <source>Forgotten password</source>
        <translation>Glömt lösenord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="156"/>
        <source>Type the recovery key printed when this database was created (30 letters and digits in 6 groups) and choose a new password.</source>
        <translation>Skriv återställningsnyckeln som skrevs ut när databasen skapades (30 bokstäver och siffror i 6 grupper) och välj ett nytt lösenord.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="163"/>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="166"/>
        <source>Recovery &amp;key</source>
        <translation>Återställnings&amp;nyckel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="167"/>
        <source>New &amp;password</source>
        <translation>Nytt &amp;lösenord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="167"/>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="169"/>
        <source>Password &amp;again</source>
        <translation>&amp;Upprepa lösenordet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="169"/>
        <source>Password again</source>
        <translation>Upprepa lösenordet</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/reopen_dialog.py" line="20"/>
        <source>Reopen record</source>
        <translation>Återöppna akten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/reopen_dialog.py" line="23"/>
        <source>%2.

Reopening continues %1&apos;s record: she stays one participant, and the closure no longer counts as an exit.</source>
        <translation>%2.

Om akten återöppnas fortsätter %1 i samma akt: hon förblir en och samma deltagare, och avslutet räknas inte längre som att hon har lämnat programmet.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/reopen_dialog.py" line="30"/>
        <source>&amp;Why is the record reopened?</source>
        <translation>&amp;Varför återöppnas akten?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/reopen_dialog.py" line="35"/>
        <source>Why is the record reopened?</source>
        <translation>Varför återöppnas akten?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/reopen_dialog.py" line="37"/>
        <source>Kept as a note in her timeline.</source>
        <translation>Sparas som en anteckning i hennes tidslinje.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/reopen_dialog.py" line="44"/>
        <source>&amp;Reopen record</source>
        <translation>Åter&amp;öppna akten</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="59"/>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="208"/>
        <source>Quarterly report</source>
        <translation>Kvartalsrapport</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="64"/>
        <source>&amp;Quarter</source>
        <translation>&amp;Kvartal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="66"/>
        <source>Cust&amp;om dates</source>
        <translation>Egna &amp;datum</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="69"/>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="72"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="72"/>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="98"/>
        <source>&amp;Pseudonymised (codes only, small counts shown as &lt;5)</source>
        <translation>&amp;Pseudonymiserad (bara koder, små antal visas som &lt;5)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="102"/>
        <source>&amp;Named (exact counts and names; the reason is recorded)</source>
        <translation>Med &amp;namn (exakta antal och namn; orsaken registreras)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="109"/>
        <source>Why names are needed, e.g. the funder&apos;s audit</source>
        <translation>Varför namn behövs, t.ex. finansiärens granskning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="114"/>
        <source>&amp;Excel workbook (.xlsx)</source>
        <translation>E&amp;xcel-arbetsbok (.xlsx)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="116"/>
        <source>P&amp;DF report</source>
        <translation>PD&amp;F-rapport</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="124"/>
        <source>&amp;Create the report…</source>
        <translation>&amp;Skapa rapporten…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="129"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="130"/>
        <source>&amp;Site</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="131"/>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="133"/>
        <source>&amp;Reason</source>
        <translation>&amp;Orsak</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="134"/>
        <source>&amp;Language</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="135"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="154"/>
        <source>Reports are made by managers. Ask one if you need figures.</source>
        <translation>Rapporter tas fram av chefer. Fråga en chef om du behöver siffror.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="168"/>
        <source>All sites</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="221"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="221"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="239"/>
        <source>The report is saved as %1.</source>
        <translation>Rapporten har sparats som %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="234"/>
        <source>Building the report…</source>
        <translation>Tar fram rapporten…</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="118"/>
        <source>Set a new password</source>
        <translation>Ange ett nytt lösenord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="120"/>
        <source>A new password for %1 (%2).</source>
        <translation>Ett nytt lösenord för %1 (%2).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="127"/>
        <source>New &amp;password</source>
        <translation>Nytt &amp;lösenord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="127"/>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="129"/>
        <source>Password &amp;again</source>
        <translation>&amp;Upprepa lösenordet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="129"/>
        <source>Password again</source>
        <translation>Upprepa lösenordet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="131"/>
        <source>The account becomes active again.</source>
        <translation>Kontot blir aktivt igen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="135"/>
        <source>Your password was changed.</source>
        <translation>Ditt lösenord har ändrats.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="137"/>
        <source>The password of %1 was changed.</source>
        <translation>Lösenordet för %1 har ändrats.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="51"/>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="57"/>
        <source>Backups, newest first</source>
        <translation>Säkerhetskopior, nyaste först</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="60"/>
        <source>%1 · %2 · %3 MB</source>
        <translation>%1 · %2 · %3 MB</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="69"/>
        <source>&amp;Other file…</source>
        <translation>A&amp;nnan fil…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="71"/>
        <source>An &amp;administrator&apos;s password</source>
        <translation>En administratörs &amp;lösenord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="73"/>
        <source>The &amp;recovery key</source>
        <translation>Å&amp;terställningsnyckeln</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="80"/>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="142"/>
        <source>Check the backup to see what it holds.</source>
        <translation>Kontrollera säkerhetskopian för att se vad den innehåller.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="84"/>
        <source>&amp;Check the backup</source>
        <translation>&amp;Kontrollera säkerhetskopian</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="89"/>
        <source>R&amp;estore</source>
        <translation>Åt&amp;erställ</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="98"/>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="100"/>
        <source>&amp;Password or key</source>
        <translation>Lösenord eller n&amp;yckel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="102"/>
        <source>Backups in %1, newest first:</source>
        <translation>Säkerhetskopior i %1, nyaste först:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="113"/>
        <source>made by hand</source>
        <translation>gjord manuellt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="114"/>
        <source>automatic</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="115"/>
        <source>before a restore</source>
        <translation>före en återställning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="116"/>
        <source>before an upgrade</source>
        <translation>före en uppgradering</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="117"/>
        <source>damaged database kept</source>
        <translation>skadad databas som sparats</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="123"/>
        <source>W4I backups (*.w4ibak)</source>
        <translation>W4I-säkerhetskopior (*.w4ibak)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="152"/>
        <source>Checking the backup…</source>
        <translation>Kontrollerar säkerhetskopian…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="161"/>
        <source>The backup is intact. It holds %1 participants, %2 employers, %3 placements and %4 users. Restoring replaces everything entered since it was made; the current state is kept as a backup first.</source>
        <translation>Säkerhetskopian är hel. Den innehåller %1 deltagare, %2 arbetsgivare, %3 placeringar och %4 användare. Återställningen ersätter allt som har registrerats sedan den gjordes; det nuvarande läget sparas först som en säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="183"/>
        <source>Restoring…</source>
        <translation>Återställer…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="208"/>
        <source>The database is restored from %1.</source>
        <translation>Databasen har återställts från %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="211"/>
        <source>The state before the restore is kept in %1.</source>
        <translation>Läget före återställningen har sparats i %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="218"/>
        <source>Applied again: %n erasure(s) made after this backup, so erased data stays erased.</source>
        <translation>
            <numerusform>Genomförd igen: %n radering som gjordes efter den här säkerhetskopian, så att raderade uppgifter förblir raderade.</numerusform>
            <numerusform>Genomförda igen: %n raderingar som gjordes efter den här säkerhetskopian, så att raderade uppgifter förblir raderade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="227"/>
        <source>Deleted again: %n record(s) deleted as created by mistake after this backup.</source>
        <translation>
            <numerusform>Borttagen igen: %n akt som togs bort som felaktigt skapad efter den här säkerhetskopian.</numerusform>
            <numerusform>Borttagna igen: %n akter som togs bort som felaktigt skapade efter den här säkerhetskopian.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="232"/>
        <source>Everyone signs in again.</source>
        <translation>Alla loggar in igen.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="31"/>
        <source>Retention review</source>
        <translation>Gallringsöversyn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="37"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="37"/>
        <source>Closed on</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="38"/>
        <source>Participants past retention</source>
        <translation>Deltagare vars lagringstid har gått ut</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="54"/>
        <source>Personal data is kept for %n year(s) after a participant&apos;s closure (Settings). Anonymising removes names, contact details and notes and keeps the anonymous statistics the reports need.</source>
        <translation>
            <numerusform>Personuppgifter sparas i %n år efter att en deltagares akt har avslutats (Inställningar). Anonymisering tar bort namn, kontaktuppgifter och anteckningar och behåller den anonyma statistik som rapporterna behöver.</numerusform>
            <numerusform>Personuppgifter sparas i %n år efter att en deltagares akt har avslutats (Inställningar). Anonymisering tar bort namn, kontaktuppgifter och anteckningar och behåller den anonyma statistik som rapporterna behöver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="65"/>
        <source>&amp;Anonymise %n participant(s)…</source>
        <translation>
            <numerusform>&amp;Anonymisera %n deltagare…</numerusform>
            <numerusform>&amp;Anonymisera %n deltagare…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="73"/>
        <source>Anonymise %n participant(s) now? This cannot be undone.</source>
        <translation>
            <numerusform>Vill du anonymisera %n deltagare nu? Det går inte att ångra.</numerusform>
            <numerusform>Vill du anonymisera %n deltagare nu? Det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="82"/>
        <source>Anonymising…</source>
        <translation>Anonymiserar…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="87"/>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="94"/>
        <source>%n participant(s) anonymised.</source>
        <translation>
            <numerusform>%n deltagare har anonymiserats.</numerusform>
            <numerusform>%n deltagare har anonymiserats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="281"/>
        <source>Review and submit</source>
        <translation>Granska och skicka in</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="281"/>
        <source>Check the answers, then Submit.</source>
        <translation>Kontrollera svaren och tryck sedan på Skicka in.</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="29"/>
        <source>Database server</source>
        <translation>Databasserver</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="33"/>
        <source>e.g. db.example.org</source>
        <translation>t.ex. db.example.org</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="44"/>
        <source>Encrypt the connection (&amp;TLS)</source>
        <translation>Kryptera anslutningen (&amp;TLS)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="47"/>
        <source>A server on another computer is always reached over TLS.</source>
        <translation>En server på en annan dator nås alltid via TLS.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="53"/>
        <source>The server&apos;s administrator makes an empty database and a role that owns it. The role&apos;s password is kept in this computer&apos;s credential store, or asked at each start where there is none.</source>
        <translation>Serverns administratör skapar en tom databas och en roll som äger den. Rollens lösenord sparas i den här datorns lösenordslager, eller efterfrågas vid varje start om det inte finns något.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="60"/>
        <source>Server host</source>
        <translation>Servervärd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="61"/>
        <source>Server port</source>
        <translation>Serverport</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="62"/>
        <source>Database name on the server</source>
        <translation>Databasens namn på servern</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="63"/>
        <source>Server role</source>
        <translation>Roll på servern</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="64"/>
        <source>Password of the server role</source>
        <translation>Lösenord för rollen på servern</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="70"/>
        <source>&amp;Host</source>
        <translation>&amp;Värd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="73"/>
        <source>Ser&amp;ver role</source>
        <translation>&amp;Roll på servern</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="72"/>
        <source>Data&amp;base</source>
        <translation>Data&amp;bas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="71"/>
        <source>Port &amp;number</source>
        <translation>Port&amp;nummer</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="74"/>
        <source>Role pass&amp;word</source>
        <translation>Rollens lösen&amp;ord</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="102"/>
        <source>Enter the name or address of the database server.</source>
        <translation>Ange databasserverns namn eller adress.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="106"/>
        <source>Enter the name of the database on the server.</source>
        <translation>Ange databasens namn på servern.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="51"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="65"/>
        <source>Choose a &amp;logo…</source>
        <translation>Välj en &amp;logotyp…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="67"/>
        <source>Re&amp;move the logo</source>
        <translation>Ta &amp;bort logotypen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="77"/>
        <source> years after closure</source>
        <translation> år efter avslut</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="91"/>
        <source>For how many days after its creation an administrator can delete a record created by mistake (0: on the day only)</source>
        <translation>Hur många dagar efter att en felaktigt skapad akt skapades som en administratör kan ta bort den (0: bara samma dag)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="99"/>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="144"/>
        <source>Backup folder (this computer)</source>
        <translation>Mapp för säkerhetskopior (den här datorn)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="100"/>
        <source>Choos&amp;e…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="124"/>
        <source>&amp;Save the settings</source>
        <translation>&amp;Spara inställningarna</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="127"/>
        <source>Show the &amp;data folder</source>
        <translation>Visa &amp;datamappen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="130"/>
        <source>Make a new recover&amp;y key…</source>
        <translation>Skapa en n&amp;y återställningsnyckel…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="133"/>
        <source>The old recovery key stops working; store the new one safely</source>
        <translation>Den gamla återställningsnyckeln slutar fungera; förvara den nya på ett säkert ställe</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="138"/>
        <source>&amp;Organisation name</source>
        <translation>&amp;Organisationens namn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="139"/>
        <source>Logo on reports</source>
        <translation>Logotyp i rapporter</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="140"/>
        <source>&amp;Keep personal data</source>
        <translation>Behåll &amp;personuppgifter i</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="141"/>
        <source>Dashboard: &amp;permits expiring within</source>
        <translation>Översikt: &amp;tillstånd som går ut inom</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="142"/>
        <source>Automatic &amp;backups kept</source>
        <translation>A&amp;utomatiska säkerhetskopior som sparas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="143"/>
        <source>Delete mistaken records within</source>
        <translation>Ta bort felaktigt skapade akter inom</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="145"/>
        <source>Lock the &amp;window after</source>
        <translation>Lås &amp;fönstret efter</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="146"/>
        <source>Language of the interf&amp;ace</source>
        <translation>Språk i gränssn&amp;ittet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="167"/>
        <source>Ge&amp;neral</source>
        <translation>All&amp;mänt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="168"/>
        <source>Si&amp;tes</source>
        <translation>E&amp;nheter</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="169"/>
        <source>Use&amp;rs</source>
        <translation>Använda&amp;re</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="171"/>
        <source>Sk&amp;ills</source>
        <translation>&amp;Kompetenser</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="200"/>
        <source>Only managers and administrators change the organisation&apos;s settings. These settings are for this computer.</source>
        <translation>Bara chefer och administratörer kan ändra organisationens inställningar. De här inställningarna gäller den här datorn.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="239"/>
        <source>A logo of %1 KB</source>
        <translation>En logotyp på %1 kB</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="241"/>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="259"/>
        <source> minute(s) without use</source>
        <translation>
            <numerusform> minut utan aktivitet</numerusform>
            <numerusform> minuter utan aktivitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="262"/>
        <source> day(s)</source>
        <translation>
            <numerusform> dag</numerusform>
            <numerusform> dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="265"/>
        <source> day(s) of creation</source>
        <translation>
            <numerusform> dag från skapandet</numerusform>
            <numerusform> dagar från skapandet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="269"/>
        <source>Choose a logo</source>
        <translation>Välj en logotyp</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="269"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="279"/>
        <source>The file %1 cannot be read.</source>
        <translation>Filen %1 kan inte läsas.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="296"/>
        <source>Backup folder</source>
        <translation>Mapp för säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="324"/>
        <source>The settings are saved.</source>
        <translation>Inställningarna är sparade.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="190"/>
        <source>Add a site</source>
        <translation>Lägg till en enhet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="190"/>
        <source>Change a site</source>
        <translation>Ändra en enhet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="192"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="193"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="197"/>
        <source>Not set</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="198"/>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="202"/>
        <source>&amp;Open (closed sites keep their history)</source>
        <translation>&amp;Öppen (stängda enheter behåller sin historik)</translation>
    </message>
</context>
<context>
    <name>SitesPanel</name>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="227"/>
        <source>Site</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="228"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
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
        <translation>Användare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="232"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="236"/>
        <source>Sites</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="238"/>
        <source>Add a &amp;site…</source>
        <translation>Lägg till en &amp;enhet…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="239"/>
        <source>C&amp;hange…</source>
        <translation>Än&amp;dra…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="260"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="260"/>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
</context>
<context>
    <name>Skills</name>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="17"/>
        <source>Accounting</source>
        <translation>Redovisning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="18"/>
        <source>Agriculture</source>
        <translation>Jordbruk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="19"/>
        <source>Beauty care</source>
        <translation>Skönhetsvård</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="20"/>
        <source>Cash register</source>
        <translation>Kassaarbete</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="21"/>
        <source>Catering</source>
        <translation>Catering</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="22"/>
        <source>Childcare</source>
        <translation>Barnomsorg</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="23"/>
        <source>Cleaning</source>
        <translation>Städning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="24"/>
        <source>Computer basics</source>
        <translation>Grundläggande datorkunskaper</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="25"/>
        <source>Cooking</source>
        <translation>Matlagning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="26"/>
        <source>Crafts</source>
        <translation>Hantverk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="27"/>
        <source>Customer service</source>
        <translation>Kundservice</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="28"/>
        <source>Driving</source>
        <translation>Bilkörning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="29"/>
        <source>Elderly care</source>
        <translation>Äldreomsorg</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="30"/>
        <source>Gardening</source>
        <translation>Trädgårdsarbete</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="31"/>
        <source>Hairdressing</source>
        <translation>Frisörarbete</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="32"/>
        <source>Hospitality</source>
        <translation>Hotell och restaurang</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="33"/>
        <source>Nursing</source>
        <translation>Omvårdnad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="34"/>
        <source>Office administration</source>
        <translation>Kontorsadministration</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="35"/>
        <source>Programming</source>
        <translation>Programmering</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="36"/>
        <source>Retail</source>
        <translation>Detaljhandel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="37"/>
        <source>Sewing</source>
        <translation>Sömnad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="38"/>
        <source>Teaching</source>
        <translation>Undervisning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="39"/>
        <source>Translation and interpreting</source>
        <translation>Översättning och tolkning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="40"/>
        <source>Warehouse work</source>
        <translation>Lagerarbete</translation>
    </message>
</context>
<context>
    <name>SkillsEdit</name>
    <message>
        <location filename="../w4i_desktop/views/skill_picker.py" line="64"/>
        <source>Type a skill and press Enter</source>
        <translation>Skriv en kompetens och tryck på Enter</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_picker.py" line="71"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_picker.py" line="83"/>
        <source>Skills chosen</source>
        <translation>Valda kompetenser</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_picker.py" line="84"/>
        <source>Select a skill and press Delete to remove it.</source>
        <translation>Markera en kompetens och tryck på Delete för att ta bort den.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_picker.py" line="152"/>
        <source>“%1” is not on the list of skills. Pick one of the suggestions.</source>
        <translation>”%1” finns inte i kompetenslistan. Välj ett av förslagen.</translation>
    </message>
</context>
<context>
    <name>SkillsPanel</name>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="37"/>
        <source>Participants&apos; skills and the skills vacancies ask for are chosen from this list, so that matching compares like with like.</source>
        <translation>Deltagarnas kompetenser och de kompetenser som lediga tjänster efterfrågar väljs från den här listan, så att matchningen jämför lika med lika.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="45"/>
        <source>Skill</source>
        <translation>Kompetens</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="45"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="46"/>
        <source>Skills</source>
        <translation>Kompetenser</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="56"/>
        <source>A skill missing from the list</source>
        <translation>En kompetens som saknas i listan</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="57"/>
        <source>New skill</source>
        <translation>Ny kompetens</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="59"/>
        <source>&amp;Add to the list</source>
        <translation>&amp;Lägg till i listan</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="86"/>
        <source>Only administrators add skills to the list.</source>
        <translation>Bara administratörer kan lägga till kompetenser i listan.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="100"/>
        <source>Built in</source>
        <translation>Inbyggd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="100"/>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="113"/>
        <source>%1 was added to the list.</source>
        <translation>%1 har lagts till i listan.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="66"/>
        <source>&amp;Due</source>
        <translation>&amp;Sista dag</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="67"/>
        <source>&amp;Notes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="55"/>
        <source>Saving makes a new version of the template. Pathways already started keep their steps; new pathways follow the new version.</source>
        <translation>När du sparar skapas en ny version av mallen. Vägar till arbete som redan har påbörjats behåller sina steg; nya vägar följer den nya versionen.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="62"/>
        <source>Language of the titles</source>
        <translation>Språk för titlarna</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="73"/>
        <source>Steps of the pathway template</source>
        <translation>Steg i mallen för vägen till arbete</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="75"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="75"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="75"/>
        <source>Due after (days)</source>
        <translation>Sista dag efter (dagar)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="75"/>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="199"/>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="231"/>
        <source>Required</source>
        <translation>Obligatoriskt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="84"/>
        <source>&amp;Add a step</source>
        <translation>&amp;Lägg till ett steg</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="87"/>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="90"/>
        <source>Move u&amp;p (Ctrl+Up)</source>
        <translation>Flytta &amp;upp (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="93"/>
        <source>Move do&amp;wn (Ctrl+Down)</source>
        <translation>Flytta &amp;ned (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="96"/>
        <source>&amp;Save as a new version</source>
        <translation>&amp;Spara som ny version</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="99"/>
        <source>Re&amp;vert</source>
        <translation>Ång&amp;ra</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="104"/>
        <source>Titles in:</source>
        <translation>Titlar på:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="146"/>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="174"/>
        <source>Kind of step %1</source>
        <translation>Typ av steg %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="184"/>
        <source>English: %1</source>
        <translation>Engelska: %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="199"/>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="231"/>
        <source>Optional</source>
        <translation>Valfritt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="275"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="276"/>
        <source>Save the changes to the pathway template?</source>
        <translation>Vill du spara ändringarna i mallen för vägen till arbete?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="288"/>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="294"/>
        <source>Pathway template</source>
        <translation>Mall för vägen till arbete</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="295"/>
        <source>Saved as version %1. New pathways follow it.</source>
        <translation>Sparad som version %1. Nya vägar till arbete följer den.</translation>
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
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="53"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="53"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="55"/>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="63"/>
        <source>&amp;Add to timeline</source>
        <translation>&amp;Lägg till i tidslinjen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="67"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="70"/>
        <source>&amp;Text</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="72"/>
        <source>Text of the note</source>
        <translation>Anteckningens text</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="110"/>
        <source>(former user)</source>
        <translation>(tidigare användare)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="128"/>
        <source>Write the note before adding it.</source>
        <translation>Skriv anteckningen innan du lägger till den.</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="129"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="130"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="131"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="132"/>
        <source>Site</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="133"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="134"/>
        <source>Last sign-in</source>
        <translation>Senaste inloggning</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="138"/>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="139"/>
        <source>&amp;Add a user…</source>
        <translation>&amp;Lägg till en användare…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="140"/>
        <source>&amp;Change…</source>
        <translation>Än&amp;dra…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="142"/>
        <source>Set a new &amp;password…</source>
        <translation>Ange ett nytt lösen&amp;ord…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="145"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="166"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="166"/>
        <source>Deactivated</source>
        <translation>Inaktiverad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="206"/>
        <source>Deactivate a user</source>
        <translation>Inaktivera en användare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="208"/>
        <source>%1 will no longer be able to sign in. Her work stays in the records. An administrator can set a new password to let her back in.</source>
        <translation>%1 kommer inte längre att kunna logga in. Hennes arbete finns kvar i akterna. En administratör kan ange ett nytt lösenord för att släppa in henne igen.</translation>
    </message>
</context>
<context>
    <name>VacancyDialog</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="74"/>
        <source>New vacancy</source>
        <translation>Ny ledig tjänst</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="74"/>
        <source>Edit the vacancy</source>
        <translation>Redigera den lediga tjänsten</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="76"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="78"/>
        <source>As the employer</source>
        <translation>Samma som arbetsgivaren</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="79"/>
        <source>S&amp;ector</source>
        <translation>&amp;Bransch</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="80"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="81"/>
        <source>&amp;Hours per week</source>
        <translation>Ti&amp;mmar per vecka</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="82"/>
        <source>&amp;Days</source>
        <translation>&amp;Dagar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="83"/>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="84"/>
        <source>Un&amp;til</source>
        <translation>T&amp;ill</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="96"/>
        <source>Lan&amp;guage</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="132"/>
        <source>%1 (the language of the site)</source>
        <translation>%1 (enhetens språk)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="134"/>
        <source>The host language (the site has no country)</source>
        <translation>Värdlandets språk (enheten har inget land)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="88"/>
        <source>Hours fit with &amp;childcare (school or nursery hours)</source>
        <translation>Tiderna passar med barn&amp;omsorg (skol- eller förskoletider)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="92"/>
        <source>&amp;Contract</source>
        <translation>&amp;Anställningsform</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="95"/>
        <source>&amp;Language level needed</source>
        <translation>&amp;Språknivå som krävs</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="99"/>
        <source>S&amp;kills</source>
        <translation>Kom&amp;petenser</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="102"/>
        <source>&amp;Opened on</source>
        <translation>&amp;Öppnad den</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="103"/>
        <source>C&amp;losed on</source>
        <translation>Stän&amp;gd den</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="106"/>
        <source>&amp;Status</source>
        <translation>Stat&amp;us</translation>
    </message>
</context>
<context>
    <name>VolunteerWelcome</name>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard_tables.py" line="179"/>
        <source>Start an intake interview with %1 (File menu, New intake interview). Interviews you have not finished are under Intake drafts (%2); the people you have interviewed are on the Participants screen (%3).</source>
        <translation>Starta ett inskrivningssamtal med %1 (menyn Arkiv, Nytt inskrivningssamtal). Samtal som du inte har avslutat finns under Utkast till inskrivningssamtal (%2); de personer du har haft samtal med finns i vyn Deltagare (%3).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard_tables.py" line="191"/>
        <source>Start an &amp;intake interview</source>
        <translation>Starta ett &amp;inskrivningssamtal</translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <location filename="../w4i_desktop/views/widgets.py" line="65"/>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../w4i_desktop/views/operations.py" line="227"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/operations.py" line="233"/>
        <source>Stopping…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
</TS>
