<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="51"/>
        <source>About W4I Desktop</source>
        <translation>Informazioni su W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="67"/>
        <source>Version %1</source>
        <translation>Versione %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="72"/>
        <source>Case management for organisations that help migrant women into work. Your data stays encrypted on this computer.</source>
        <translation>Gestione dei casi per le organizzazioni che aiutano le donne migranti a trovare lavoro. I dati restano cifrati su questo computer.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="79"/>
        <source>W4I Desktop is free software: you may share and change it under the terms of the GNU General Public License, version 3 or (at your choice) any later version (%1). It comes with no warranty. &lt;a href=&quot;%2&quot;&gt;Read the licence&lt;/a&gt;.</source>
        <translation>W4I Desktop è software libero: è possibile condividerlo e modificarlo nei termini della GNU General Public License, versione 3 o (a scelta) qualsiasi versione successiva (%1). Non è fornita alcuna garanzia. &lt;a href=&quot;%2&quot;&gt;Leggi la licenza&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="101"/>
        <source>Components included in W4I Desktop:</source>
        <translation>Componenti inclusi in W4I Desktop:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="104"/>
        <source>Components included</source>
        <translation>Componenti inclusi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="106"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="106"/>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="106"/>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="132"/>
        <source>Licence text</source>
        <translation>Testo della licenza</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="136"/>
        <source>Select a component to read its licence.</source>
        <translation>Selezionare un componente per leggerne la licenza.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="144"/>
        <source>&amp;Copy version information</source>
        <translation>&amp;Copia le informazioni sulla versione</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="147"/>
        <source>The versions of W4I Desktop, Qt and Python and the operating system</source>
        <translation>Le versioni di W4I Desktop, Qt e Python e del sistema operativo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="189"/>
        <source>%1 is distributed under %2. Its licence text is not included here; read it at %3.</source>
        <translation>%1 è distribuito con licenza %2. Il testo della licenza non è incluso qui; è consultabile all&apos;indirizzo %3.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="203"/>
        <source>Copied.</source>
        <translation>Copiato.</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../w4i_desktop/views/window/auto_backup.py" line="115"/>
        <source>The automatic backup failed: %1</source>
        <translation>La copia di sicurezza automatica non è riuscita: %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/auto_backup.py" line="170"/>
        <source>Making the automatic backup…</source>
        <translation>Creazione della copia di sicurezza automatica…</translation>
    </message>
</context>
<context>
    <name>BackgroundTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="201"/>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="204"/>
        <source>Not known</source>
        <translation>Non noto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="212"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="212"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="213"/>
        <source>Not known or not applicable</source>
        <translation>Non noto o non applicabile</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="222"/>
        <source>Origin and residence</source>
        <translation>Origine e residenza</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="224"/>
        <source>Country of &amp;birth</source>
        <translation>Paese di &amp;nascita</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="225"/>
        <source>&amp;Nationality</source>
        <translation>&amp;Cittadinanza</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="226"/>
        <source>&amp;Arrival year</source>
        <translation>&amp;Anno di arrivo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="227"/>
        <source>&amp;Residence permit</source>
        <translation>Permesso di sog&amp;giorno</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="228"/>
        <source>permit expiry</source>
        <translation>scadenza del permesso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="230"/>
        <source>Permit e&amp;xpires on</source>
        <translation>Sca&amp;denza del permesso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="232"/>
        <source>&amp;Languages spoken</source>
        <translation>Lingue &amp;parlate</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="236"/>
        <source>Education and work</source>
        <translation>Istruzione e lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="238"/>
        <source>&amp;Education</source>
        <translation>&amp;Istruzione</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="242"/>
        <source>&amp;Qualification recognised</source>
        <translation>Titolo di studio &amp;riconosciuto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="246"/>
        <source>E&amp;mployment at intake</source>
        <translation>Situazione &amp;occupazionale all&apos;accoglienza</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="248"/>
        <source>S&amp;kills</source>
        <translation>Co&amp;mpetenze</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="250"/>
        <source>&amp;Work experience</source>
        <translation>&amp;Esperienza lavorativa</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="255"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="256"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="257"/>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="258"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="259"/>
        <source>How</source>
        <translation>Come</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="263"/>
        <source>Language assessments (CEFR)</source>
        <translation>Valutazioni linguistiche (QCER)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="281"/>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="283"/>
        <source>Self-assessed</source>
        <translation>Autovalutazione</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="283"/>
        <source>Tested</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="253"/>
        <source>Back up now</source>
        <translation>Crea una copia di sicurezza ora</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="258"/>
        <source>Making an encrypted backup…</source>
        <translation>Creazione della copia di sicurezza cifrata…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="268"/>
        <source>The backup is made and checked: %1 in %2. Keep a copy away from this computer too (with its .keys file).</source>
        <translation>La copia di sicurezza è stata creata e verificata: %1 in %2. Conservarne una copia anche lontano da questo computer (insieme al suo file .keys).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="279"/>
        <source>Restore a backup</source>
        <translation>Ripristina una copia di sicurezza</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="281"/>
        <source>Restoring closes the database: save your work first. Everyone must sign in again afterwards. Continue?</source>
        <translation>Il ripristino chiude il database: salvare prima il lavoro. Dopo, tutti dovranno accedere di nuovo. Continuare?</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="40"/>
        <source>Check before importing</source>
        <translation>Controllo prima dell&apos;importazione</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="47"/>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="47"/>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="47"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="52"/>
        <source>&amp;Save the rejected rows…</source>
        <translation>&amp;Salva le righe scartate…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="55"/>
        <source>Import the other rows and leave these out</source>
        <translation>Importa le altre righe escludendo queste</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="60"/>
        <source>Case&amp;worker of the imported participants:</source>
        <translation>&amp;Operatore di riferimento delle partecipanti importate:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="76"/>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="96"/>
        <source>Nothing is imported until you press Import; then all rows go in together.</source>
        <translation>Nulla viene importato finché non si preme Importa; a quel punto tutte le righe vengono importate insieme.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="106"/>
        <source>To assign</source>
        <translation>Da assegnare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="126"/>
        <source>Save the rejected rows</source>
        <translation>Salva le righe scartate</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="131"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="144"/>
        <source>The rejected rows are saved as %1.</source>
        <translation>Le righe scartate sono state salvate in %1.</translation>
    </message>
</context>
<context>
    <name>ClockTimeEdit</name>
    <message>
        <location filename="../w4i_desktop/views/widgets.py" line="82"/>
        <source>e.g. 09:30</source>
        <translation>es. 09:30</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="27"/>
        <source>Close record</source>
        <translation>Chiudi la scheda</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="30"/>
        <source>Closing ends %1&apos;s participation. The reason is counted in the exit indicators; the record stays available.</source>
        <translation>La chiusura conclude la partecipazione di %1. Il motivo viene conteggiato negli indicatori di uscita; la scheda resta consultabile.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="39"/>
        <source>Closing date</source>
        <translation>Data di chiusura</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="41"/>
        <source>Choose a reason…</source>
        <translation>Scegliere un motivo…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="44"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="47"/>
        <source>Closing &amp;date</source>
        <translation>&amp;Data di chiusura</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="49"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="58"/>
        <source>Close &amp;record</source>
        <translation>Chiudi la &amp;scheda</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/consent_dialog.py" line="53"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Finalità</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/consent_dialog.py" line="54"/>
        <source>&amp;Given on</source>
        <translation>&amp;Dato il</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/consent_dialog.py" line="54"/>
        <source>&amp;Withdrawn on</source>
        <translation>&amp;Revocato il</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/consent_dialog.py" line="56"/>
        <source>Privacy &amp;notice version</source>
        <translation>&amp;Versione dell&apos;informativa privacy</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="106"/>
        <source>Privacy notice and consent</source>
        <translation>Informativa privacy e consenso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="107"/>
        <source>Read the notice with her, or print it for her to keep; then tick what she agrees to.</source>
        <translation>Leggere l&apos;informativa insieme alla partecipante, o stamparla perché la conservi; poi spuntare ciò a cui acconsente.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="113"/>
        <source>Privacy notice</source>
        <translation>Informativa privacy</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="116"/>
        <source>&amp;Print the notice (PDF)…</source>
        <translation>&amp;Stampa l&apos;informativa (PDF)…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="122"/>
        <source>She agrees to:</source>
        <translation>Dà il consenso per:</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="76"/>
        <source>Purpose</source>
        <translation>Finalità</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="77"/>
        <source>Given on</source>
        <translation>Dato il</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="78"/>
        <source>Withdrawn on</source>
        <translation>Revocato il</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="79"/>
        <source>Privacy notice</source>
        <translation>Informativa privacy</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="80"/>
        <source>Recorded by</source>
        <translation>Registrato da</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="82"/>
        <source>Consents</source>
        <translation>Consensi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="84"/>
        <source>Consents are recorded in the intake interview, or here when she gives one later. Select a consent in force to withdraw it.</source>
        <translation>I consensi si registrano durante il colloquio di accoglienza, oppure qui se la partecipante ne dà uno in seguito. Selezionare un consenso in vigore per revocarlo.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="93"/>
        <source>&amp;Record a consent…</source>
        <translation>&amp;Registra un consenso…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="96"/>
        <source>&amp;Withdraw the selected consent…</source>
        <translation>Rev&amp;oca il consenso selezionato…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="153"/>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="157"/>
        <source>Record a consent</source>
        <translation>Registra un consenso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="153"/>
        <source>Every consent is already in force.</source>
        <translation>Tutti i consensi sono già in vigore.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="158"/>
        <source>Record a consent she gave after reading the privacy notice.</source>
        <translation>Registrare un consenso dato dalla partecipante dopo aver letto l&apos;informativa privacy.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="176"/>
        <source>Withdraw consent</source>
        <translation>Revoca il consenso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="178"/>
        <source>Withdraw her consent to “%1”. This cannot be undone; a new consent can be recorded later.</source>
        <translation>Revocare il consenso della partecipante per “%1”. L&apos;operazione non può essere annullata; in seguito si potrà registrare un nuovo consenso.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="35"/>
        <source>Add a contact person</source>
        <translation>Aggiungi un referente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="36"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="37"/>
        <source>&amp;Job title</source>
        <translation>&amp;Ruolo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="38"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
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
        <translation>&apos;Ricordami&apos; vale solo per un database conservato su questo computer.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="16"/>
        <source>A follow-up cannot be in the future.</source>
        <translation>Un follow-up non può avere una data futura.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="17"/>
        <source>A follow-up is recorded before this start date.</source>
        <translation>È registrato un follow-up precedente a questa data di inizio.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="18"/>
        <source>A participant needs a first or last name.</source>
        <translation>Per una partecipante serve almeno il nome o il cognome.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="19"/>
        <source>A password needs at least {count} characters.</source>
        <translation>Una password deve avere almeno {count} caratteri.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="20"/>
        <source>A pathway template needs at least one step.</source>
        <translation>Un modello di percorso deve avere almeno una fase.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="21"/>
        <source>A report that may count her has been made since her record was created, so it cannot be deleted. Erase her personal data instead if that is needed.</source>
        <translation>Dopo la creazione della scheda è stato prodotto un report che potrebbe includere la partecipante, quindi la scheda non può essere eliminata. Se necessario, cancellare invece i suoi dati personali.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="26"/>
        <source>A shared database has no file on this computer: it is kept, and backed up, on its server.</source>
        <translation>Un database condiviso non ha un file su questo computer: è conservato, e salvato, sul suo server.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="31"/>
        <source>A shared database is backed up on its server (for example with pg_dump), not from W4I Desktop.</source>
        <translation>Un database condiviso si salva sul suo server (per esempio con pg_dump), non da W4I Desktop.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="36"/>
        <source>A shared database must be on a PostgreSQL server: its address starts with postgresql://.</source>
        <translation>Un database condiviso deve trovarsi su un server PostgreSQL: il suo indirizzo inizia con postgresql://.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="40"/>
        <source>A site name has at most 120 characters.</source>
        <translation>Il nome di una sede può avere al massimo 120 caratteri.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="41"/>
        <source>A site needs a name.</source>
        <translation>Una sede deve avere un nome.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="42"/>
        <source>A skill needs a name.</source>
        <translation>Una competenza deve avere un nome.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="43"/>
        <source>A step cannot be started or completed in the future.</source>
        <translation>Una fase non può essere avviata o completata in una data futura.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="44"/>
        <source>A title of step {number} is longer than {max_length} characters.</source>
        <translation>Un titolo della fase {number} supera i {max_length} caratteri.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="47"/>
        <source>A user name has 2 to 64 characters: letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Un nome utente deve avere da 2 a 64 caratteri: lettere a-z, cifre, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="50"/>
        <source>A user needs a name to show.</source>
        <translation>Un utente deve avere un nome da visualizzare.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="51"/>
        <source>Allow deleting a record between 0 and 365 days after its creation.</source>
        <translation>Consentire l&apos;eliminazione di una scheda da 0 a 365 giorni dopo la sua creazione.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="54"/>
        <source>An interaction cannot be in the future.</source>
        <translation>Un contatto non può avere una data futura.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="55"/>
        <source>Ask for at least one quarter.</source>
        <translation>Indicare almeno un trimestre.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="56"/>
        <source>Choose the site this participant belongs to.</source>
        <translation>Scegliere la sede a cui appartiene questa partecipante.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="57"/>
        <source>Demo data can only be generated in a local (SQLCipher) database.</source>
        <translation>I dati dimostrativi possono essere generati solo in un database locale (SQLCipher).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="60"/>
        <source>Documents are available in {languages}, not {language}.</source>
        <translation>I documenti sono disponibili in {languages}, non in {language}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="61"/>
        <source>Follow-ups are at 1, 3, 6 or 12 months.</source>
        <translation>I follow-up sono previsti dopo 1, 3, 6 o 12 mesi.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="62"/>
        <source>Give the reason for a report with names (e.g. the funder&apos;s audit).</source>
        <translation>Indicare il motivo di un report nominativo (es. la verifica del finanziatore).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="65"/>
        <source>Give the reason for deleting this record (e.g. entered twice).</source>
        <translation>Indicare il motivo dell&apos;eliminazione di questa scheda (es. inserita due volte).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="68"/>
        <source>Give the reason for the erasure (e.g. the request&apos;s reference).</source>
        <translation>Indicare il motivo della cancellazione (es. il riferimento della richiesta).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="71"/>
        <source>Her data has been exported (an access request or a pathway summary), so her record cannot be deleted. Erase her personal data instead if that is needed.</source>
        <translation>I suoi dati sono stati esportati (una richiesta di accesso o un riepilogo del percorso), quindi la sua scheda non può essere eliminata. Se necessario, cancellare invece i suoi dati personali.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="76"/>
        <source>Hours per week must be more than 0 and at most {max_hours}.</source>
        <translation>Le ore settimanali devono essere più di 0 e al massimo {max_hours}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="79"/>
        <source>Keep between 1 and 100 automatic backups.</source>
        <translation>Conservare da 1 a 100 copie di sicurezza automatiche.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="80"/>
        <source>Keep data between 1 and 30 years after a participant&apos;s closure.</source>
        <translation>Conservare i dati da 1 a 30 anni dopo la chiusura della scheda di una partecipante.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="83"/>
        <source>Name the version of the privacy notice she was given.</source>
        <translation>Indicare la versione dell&apos;informativa privacy consegnata alla partecipante.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="84"/>
        <source>No such site.</source>
        <translation>Questa sede non esiste.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="85"/>
        <source>No such user.</source>
        <translation>Questo utente non esiste.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="86"/>
        <source>Record her placement first: the step is done once a placement is recorded.</source>
        <translation>Registrare prima il suo inserimento lavorativo: la fase è completata quando l&apos;inserimento viene registrato.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="89"/>
        <source>Reports are available in {languages}, not {language}.</source>
        <translation>I report sono disponibili in {languages}, non in {language}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="90"/>
        <source>Reports are written as {outputs}, not {output}.</source>
        <translation>I report vengono prodotti nei formati {outputs}, non {output}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="91"/>
        <source>Row {row} of the table {table} cannot be stored on the server ({problem}); nothing was kept there.</source>
        <translation>La riga {row} della tabella {table} non può essere salvata sul server ({problem}); lì non è stato conservato nulla.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="96"/>
        <source>Say why the step is skipped.</source>
        <translation>Indicare perché la fase viene saltata.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="97"/>
        <source>She has a placement with an employer, so her record cannot be deleted. If the placement was a mistake too, remove it first.</source>
        <translation>La partecipante ha un inserimento lavorativo presso un datore di lavoro, quindi la sua scheda non può essere eliminata. Se anche l&apos;inserimento è un errore, rimuoverlo prima.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="102"/>
        <source>Step {number} needs an English title.</source>
        <translation>La fase {number} deve avere un titolo in inglese.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="103"/>
        <source>Step {number}: the due offset must be 0 to {max_days} days.</source>
        <translation>Fase {number}: i giorni alla scadenza devono essere da 0 a {max_days}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="106"/>
        <source>That is not a recovery key: it has 30 letters and digits in 6 groups.</source>
        <translation>Questa non è una chiave di recupero: è composta da 30 lettere e cifre in 6 gruppi.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="109"/>
        <source>That is not your password.</source>
        <translation>La password non è corretta.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="110"/>
        <source>That recovery key contains a character recovery keys never use: {character}</source>
        <translation>Questa chiave di recupero contiene un carattere che le chiavi di recupero non usano mai: {character}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="114"/>
        <source>The PostgreSQL extension {extension} is missing, and this role may not add it. Ask the server&apos;s administrator to run CREATE EXTENSION {extension}; in the database once, then try again.</source>
        <translation>Manca l&apos;estensione PostgreSQL {extension} e questo ruolo non può aggiungerla. Chiedere all&apos;amministratore del server di eseguire una volta CREATE EXTENSION {extension}; nel database, poi riprovare.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="120"/>
        <source>The closing date is before the intake date.</source>
        <translation>La data di chiusura è precedente alla data di accoglienza.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="121"/>
        <source>The connection to the database server {server} was lost; the change was not saved. Try again.</source>
        <translation>La connessione al server del database {server} si è interrotta; la modifica non è stata salvata. Riprovare.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="126"/>
        <source>The database server {server} cannot be reached, or refused this computer&apos;s role: check the address, the password and that the server is running.</source>
        <translation>Il server del database {server} non è raggiungibile o ha rifiutato il ruolo di questo computer: controllare l&apos;indirizzo, la password e che il server sia in funzione.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="131"/>
        <source>The database {server} is not empty: a W4I database needs a database of its own on the server.</source>
        <translation>Il database {server} non è vuoto: un database W4I ha bisogno di un database tutto suo sul server.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="136"/>
        <source>The document needs a file name.</source>
        <translation>Il documento deve avere un nome di file.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="137"/>
        <source>The file is empty; there is nothing to attach.</source>
        <translation>Il file è vuoto; non c&apos;è nulla da allegare.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="138"/>
        <source>The file is {size} MB; documents can be at most {limit} MB. Attach a smaller file, for example a scan at a lower resolution.</source>
        <translation>Il file è di {size} MB; i documenti possono essere al massimo di {limit} MB. Allegare un file più piccolo, per esempio una scansione a risoluzione più bassa.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="143"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La cartella {folder} non esiste.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="144"/>
        <source>The folder {folder} is not there. Is the USB stick plugged in?</source>
        <translation>La cartella {folder} non è presente. La chiavetta USB è collegata?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="147"/>
        <source>The follow-up is before the placement started.</source>
        <translation>Il follow-up è precedente all&apos;inizio dell&apos;inserimento lavorativo.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="148"/>
        <source>The last open site cannot be closed.</source>
        <translation>L&apos;ultima sede aperta non può essere chiusa.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="149"/>
        <source>The logo image cannot be read.</source>
        <translation>Impossibile leggere l&apos;immagine del logo.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="150"/>
        <source>The logo is larger than 1 MiB; use a smaller image.</source>
        <translation>Il logo supera 1 MiB; usare un&apos;immagine più piccola.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="151"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Il logo deve essere un&apos;immagine PNG o JPEG.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="152"/>
        <source>The notes are longer than {max_length} characters.</source>
        <translation>Le note superano i {max_length} caratteri.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="153"/>
        <source>The number of participants cannot be negative.</source>
        <translation>Il numero di partecipanti non può essere negativo.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="154"/>
        <source>The organisation name is longer than 200 characters.</source>
        <translation>Il nome dell&apos;organizzazione supera i 200 caratteri.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="155"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Il periodo finisce ({end}) prima di iniziare ({start}).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="156"/>
        <source>The placement ends before it starts.</source>
        <translation>L&apos;inserimento lavorativo finisce prima di iniziare.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="157"/>
        <source>The reason is longer than {max_length} characters.</source>
        <translation>Il motivo supera i {max_length} caratteri.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="158"/>
        <source>The retention period is at least one year.</source>
        <translation>Il periodo di conservazione è di almeno un anno.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="159"/>
        <source>The server address must name a database: postgresql://role@host:port/database?sslmode=require.</source>
        <translation>L&apos;indirizzo del server deve indicare un database: postgresql://ruolo@host:porta/database?sslmode=require.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="164"/>
        <source>The server {host} must be reached over TLS: add ?sslmode=require (or verify-full) to its address.</source>
        <translation>Il server {host} deve essere raggiunto tramite TLS: aggiungere ?sslmode=require (o verify-full) al suo indirizzo.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="169"/>
        <source>The two passwords differ.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="170"/>
        <source>The vacancy closes before it opens.</source>
        <translation>L&apos;offerta di lavoro si chiude prima di aprirsi.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="171"/>
        <source>The vacancy does not belong to this employer.</source>
        <translation>L&apos;offerta di lavoro non appartiene a questo datore di lavoro.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="172"/>
        <source>The withdrawal date is before the consent was given.</source>
        <translation>La data di revoca è precedente alla data in cui è stato dato il consenso.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="173"/>
        <source>The working day ends before it starts.</source>
        <translation>La giornata lavorativa finisce prima di iniziare.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="174"/>
        <source>There is already a site called {name}.</source>
        <translation>Esiste già una sede chiamata {name}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="175"/>
        <source>There is already a user called {name}.</source>
        <translation>Esiste già un utente chiamato {name}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="176"/>
        <source>There is no active user called {name}.</source>
        <translation>Non esiste un utente attivo chiamato {name}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="177"/>
        <source>There is no current consent for this purpose to withdraw.</source>
        <translation>Non c&apos;è un consenso in vigore da revocare per questa finalità.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="178"/>
        <source>There is no user called {name}.</source>
        <translation>Non esiste un utente chiamato {name}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="179"/>
        <source>This is not a server address: write it as postgresql://role@host:port/database?sslmode=require.</source>
        <translation>Questo non è l&apos;indirizzo di un server: scriverlo come postgresql://ruolo@host:porta/database?sslmode=require.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="184"/>
        <source>This password is too easy to guess. A short sentence of four or five unusual words is strong and easy to remember.</source>
        <translation>Questa password è troppo facile da indovinare. Una breve frase di quattro o cinque parole insolite è robusta e facile da ricordare.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="189"/>
        <source>This password is too easy to guess: it uses the user name or the organisation&apos;s name. Choose another one.</source>
        <translation>Questa password è troppo facile da indovinare: usa il nome utente o il nome dell&apos;organizzazione. Sceglierne un&apos;altra.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="194"/>
        <source>This person cannot be the caseworker of a participant of this site.</source>
        <translation>Questa persona non può essere l&apos;operatore di riferimento di una partecipante di questa sede.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="197"/>
        <source>This record is not closed.</source>
        <translation>Questa scheda non è chiusa.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="198"/>
        <source>This record was created more than {days} days ago, so it cannot be deleted. Erase her personal data instead if that is needed.</source>
        <translation>Questa scheda è stata creata più di {days} giorni fa, quindi non può essere eliminata. Se necessario, cancellare invece i suoi dati personali.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="203"/>
        <source>This site is closed: choose an open one.</source>
        <translation>Questa sede è chiusa: sceglierne una aperta.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="204"/>
        <source>Unknown consent purpose: {purpose}.</source>
        <translation>Finalità del consenso sconosciuta: {purpose}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="205"/>
        <source>Unknown fields: {names}.</source>
        <translation>Campi sconosciuti: {names}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="206"/>
        <source>Unknown kind of backup: {kind}.</source>
        <translation>Tipo di copia di sicurezza sconosciuto: {kind}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="207"/>
        <source>Warn about expiring permits between 1 and 365 days ahead.</source>
        <translation>Avvisare dei permessi in scadenza con un anticipo tra 1 e 365 giorni.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="208"/>
        <source>Without consent to processing, no record can be kept.</source>
        <translation>Senza il consenso al trattamento dei dati non è possibile tenere una scheda.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="209"/>
        <source>a contact person needs a name.</source>
        <translation>un referente deve avere un nome.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="210"/>
        <source>a tag is longer than {max_length} characters.</source>
        <translation>una voce supera i {max_length} caratteri.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="211"/>
        <source>a vacancy needs a title.</source>
        <translation>un&apos;offerta di lavoro deve avere un titolo.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="212"/>
        <source>an employer needs a name.</source>
        <translation>un datore di lavoro deve avere un nome.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="213"/>
        <source>documents are written in {languages}.</source>
        <translation>i documenti possono essere redatti solo in {languages}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="214"/>
        <source>hours per week must be more than 0 and at most {max_hours}.</source>
        <translation>le ore settimanali devono essere più di 0 e al massimo {max_hours}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="217"/>
        <source>the date is in the future.</source>
        <translation>la data è nel futuro.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="218"/>
        <source>this is longer than {max_length} characters.</source>
        <translation>il testo supera i {max_length} caratteri.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="219"/>
        <source>this is not a phone number.</source>
        <translation>questo non è un numero di telefono.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="220"/>
        <source>this is not an e-mail address.</source>
        <translation>questo non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="221"/>
        <source>this is required.</source>
        <translation>questo campo è obbligatorio.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="222"/>
        <source>this must be a date.</source>
        <translation>il valore deve essere una data.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="223"/>
        <source>this must be a list of text values.</source>
        <translation>il valore deve essere un elenco di testi.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="224"/>
        <source>this must be a time such as 09:30.</source>
        <translation>il valore deve essere un orario come 09:30.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="225"/>
        <source>this must be a whole number.</source>
        <translation>il valore deve essere un numero intero.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="226"/>
        <source>this must be a year between 1900 and {last}.</source>
        <translation>il valore deve essere un anno tra il 1900 e il {last}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="227"/>
        <source>this must be a year.</source>
        <translation>il valore deve essere un anno.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="228"/>
        <source>this must be between 0 and {maximum}.</source>
        <translation>il valore deve essere tra 0 e {maximum}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="229"/>
        <source>this must be text.</source>
        <translation>il valore deve essere un testo.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="230"/>
        <source>this must be yes or no.</source>
        <translation>il valore deve essere sì o no.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="231"/>
        <source>{codes} are not ISO 639-1 language codes.</source>
        <translation>{codes} non sono codici di lingua ISO 639-1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="232"/>
        <source>{code} is not a NACE section (A to U).</source>
        <translation>{code} non è una sezione NACE (da A a U).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="233"/>
        <source>{code} is not an ISO 3166-1 country code.</source>
        <translation>{code} non è un codice di paese ISO 3166-1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="234"/>
        <source>{days} are not weekdays.</source>
        <translation>{days} non sono giorni della settimana.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="235"/>
        <source>{name} already exists; choose another file name.</source>
        <translation>{name} esiste già; scegliere un altro nome di file.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="236"/>
        <source>{name} is already on the list.</source>
        <translation>{name} è già nell&apos;elenco.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="237"/>
        <source>{server} already holds a W4I database.</source>
        <translation>{server} contiene già un database W4I.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="238"/>
        <source>{server} holds no W4I database yet: create one there first.</source>
        <translation>{server} non contiene ancora un database W4I: crearne prima uno lì.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="241"/>
        <source>{server} was upgraded by a newer version of W4I Desktop: install that version on this computer.</source>
        <translation>{server} è stato aggiornato da una versione più recente di W4I Desktop: installare quella versione su questo computer.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="246"/>
        <source>{text} is not a quarter such as 2026Q3.</source>
        <translation>{text} non è un trimestre nel formato 2026Q3.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="247"/>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation>{value} non è una data (AAAA-MM-GG).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="248"/>
        <source>{value} is not a number of hours.</source>
        <translation>{value} non è un numero di ore.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="249"/>
        <source>{value} is not one of {choices}.</source>
        <translation>{value} non è tra i valori ammessi: {choices}.</translation>
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
        <translation>W4I Desktop: si è verificato un problema</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/crash.py" line="39"/>
        <source>&lt;p&gt;Something went wrong inside W4I Desktop. Your saved work is safe in the encrypted database.&lt;/p&gt;&lt;p&gt;A report without personal data was written to:&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;Please send that file to your administrator.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Si è verificato un problema in W4I Desktop. Il lavoro salvato è al sicuro nel database cifrato.&lt;/p&gt;&lt;p&gt;Un report privo di dati personali è stato scritto in:&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;Si prega di inviare questo file all&apos;amministratore.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="90"/>
        <source>New this quarter</source>
        <translation>Nuove in questo trimestre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="90"/>
        <source>Intake date in this quarter.</source>
        <translation>Data di accoglienza in questo trimestre.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="92"/>
        <source>Placed this quarter</source>
        <translation>Inserite in questo trimestre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="93"/>
        <source>Participants who started a job, internship or apprenticeship.</source>
        <translation>Partecipanti che hanno iniziato un lavoro, un tirocinio o un apprendistato.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="96"/>
        <source>Still in work at 6 months</source>
        <translation>Ancora occupate a 6 mesi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="97"/>
        <source>Placements that reached 6 months this quarter and were still held.</source>
        <translation>Inserimenti lavorativi che hanno raggiunto i 6 mesi in questo trimestre ed erano ancora in corso.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="106"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="106"/>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="122"/>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="127"/>
        <source>Participant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="106"/>
        <source>Step</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="108"/>
        <source>My &amp;overdue steps</source>
        <translation>Le mie fasi &amp;scadute</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="108"/>
        <source>No overdue steps.</source>
        <translation>Nessuna fase scaduta.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="112"/>
        <source>Due in the next &amp;two weeks</source>
        <translation>In scadenza nelle prossime &amp;due settimane</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="113"/>
        <source>Nothing due in the next two weeks.</source>
        <translation>Nessuna scadenza nelle prossime due settimane.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="116"/>
        <source>Overdue steps by &amp;caseworker</source>
        <translation>Fasi scadute per &amp;operatore</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="117"/>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="127"/>
        <source>Caseworker</source>
        <translation>Operatore di riferimento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="117"/>
        <source>Overdue</source>
        <translation>Scadute</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="117"/>
        <source>Oldest due</source>
        <translation>Scadenza più vecchia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="118"/>
        <source>No overdue steps in the team.</source>
        <translation>Nessuna fase scaduta nel team.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="121"/>
        <source>To &amp;assign</source>
        <translation>Da &amp;assegnare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="122"/>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="122"/>
        <source>Intake</source>
        <translation>Accoglienza</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="123"/>
        <source>Nobody waiting for a caseworker.</source>
        <translation>Nessuna partecipante in attesa di un operatore di riferimento.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="126"/>
        <source>&amp;Permits expiring</source>
        <translation>&amp;Permessi in scadenza</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="127"/>
        <source>Permit expires</source>
        <translation>Scadenza del permesso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="145"/>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="151"/>
        <source>Placements started per quarter</source>
        <translation>Inserimenti lavorativi avviati per trimestre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="223"/>
        <source>Welcome</source>
        <translation>Benvenuti</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="225"/>
        <source>This quarter: %1</source>
        <translation>Questo trimestre: %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="277"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="279"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="282"/>
        <source>%1 of %2 placements</source>
        <translation>%1 inserimenti su %2</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="286"/>
        <source>no placement reached 6 months</source>
        <translation>nessun inserimento ha raggiunto i 6 mesi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="291"/>
        <source>open now %1 + left during the quarter %2</source>
        <translation>aperte ora %1 + uscite nel trimestre %2</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="296"/>
        <source>intake on or after %1</source>
        <translation>accoglienza dal %1 in poi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="298"/>
        <source>people who started a placement</source>
        <translation>persone che hanno iniziato un inserimento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="327"/>
        <source>No caseworker</source>
        <translation>Nessun operatore di riferimento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="335"/>
        <source>Overdue steps by &amp;caseworker (%1)</source>
        <translation>Fasi scadute per &amp;operatore (%1)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="348"/>
        <source>To &amp;assign: no caseworker yet (%1)</source>
        <translation>Da &amp;assegnare: ancora senza operatore di riferimento (%1)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="359"/>
        <source>%1 (expired)</source>
        <translation>%1 (scaduto)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="363"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="371"/>
        <source>&amp;Permits expired or expiring within %n day(s) (%1)</source>
        <translation>
            <numerusform>&amp;Permessi scaduti o in scadenza entro %n giorno (%1)</numerusform>
            <numerusform>&amp;Permessi scaduti o in scadenza entro %n giorni (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="375"/>
        <source>No permits expire in the next %n day(s).</source>
        <translation>
            <numerusform>Nessun permesso scade entro %n giorno.</numerusform>
            <numerusform>Nessun permesso scade nei prossimi %n giorni.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="392"/>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="300"/>
        <source>Placements</source>
        <translation>Inserimenti lavorativi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="73"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="82"/>
        <source>Active this quarter</source>
        <translation>Attive in questo trimestre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="84"/>
        <source>Intake on or before the quarter&apos;s last day and not closed before its first day: the participants open now and those who left during the quarter. The participant list&apos;s Open counts only those open now, and records without an intake date too.</source>
        <translation>Accoglienza entro l&apos;ultimo giorno del trimestre e scheda non chiusa prima del primo giorno: le partecipanti con la scheda aperta ora e quelle uscite durante il trimestre. Il filtro Aperte dell&apos;elenco delle partecipanti conta solo quelle aperte ora, comprese le schede senza data di accoglienza.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="315"/>
        <source>My &amp;overdue steps (%1)</source>
        <translation>Le mie fasi &amp;scadute (%1)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="318"/>
        <source>Due in the next &amp;two weeks (%1)</source>
        <translation>In scadenza nelle prossime &amp;due settimane (%1)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="135"/>
        <source>This is not a date. Type it like %1, or leave it empty if not known.</source>
        <translation>Questa non è una data. Digitarla come %1, oppure lasciare il campo vuoto se non è nota.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="248"/>
        <source>e.g. %1</source>
        <translation>es. %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="251"/>
        <source>Type the date like %1, or pick it from the calendar (Alt+Down). Leave it empty when it is not known.</source>
        <translation>Digitare la data come %1 oppure sceglierla dal calendario (Alt+Giù). Lasciare vuoto se non è nota.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="258"/>
        <source>Pick the date from a calendar</source>
        <translation>Scegli la data dal calendario</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="359"/>
        <source>Type a date, e.g. %1.</source>
        <translation>Digitare una data, es. %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="365"/>
        <source>Choose a date from %1 to %2.</source>
        <translation>Scegliere una data tra il %1 e il %2.</translation>
    </message>
</context>
<context>
    <name>DeleteRecordDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="30"/>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="83"/>
        <source>Delete record created by mistake</source>
        <translation>Elimina la scheda creata per errore</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="33"/>
        <source>Delete the record %1 for good? Use this only for a record created by mistake: a test, a person entered twice, the wrong person. The record and everything in it (pathway, notes, consents, documents) are removed, she no longer counts in reports, and this cannot be undone.</source>
        <translation>Eliminare definitivamente la scheda %1? Usare questa funzione solo per una scheda creata per errore: una prova, una persona inserita due volte, la persona sbagliata. La scheda e tutto il suo contenuto (percorso, note, consensi, documenti) vengono rimossi, la partecipante non è più conteggiata nei report e l&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="42"/>
        <source>For a real participant who asks to be forgotten, use Erase personal data instead: it keeps the anonymous figures reports need.</source>
        <translation>Per una partecipante reale che chiede di essere dimenticata, usare invece Cancella i dati personali: mantiene i dati anonimi necessari ai report.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="50"/>
        <source>e.g. entered twice, see W4I-7K2QX</source>
        <translation>es. inserita due volte, vedi W4I-7K2QX</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="52"/>
        <source>&amp;Delete record</source>
        <translation>&amp;Elimina la scheda</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="65"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motivo (obbligatorio):</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="98"/>
        <source>The record %1 is deleted.</source>
        <translation>La scheda %1 è stata eliminata.</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <location filename="../w4i_desktop/views/document_files.py" line="133"/>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/document_files.py" line="136"/>
        <source>Show in &amp;folder</source>
        <translation>Mostra nella &amp;cartella</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="146"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="146"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="146"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="146"/>
        <source>Added</source>
        <translation>Aggiunto il</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="146"/>
        <source>By</source>
        <translation>Aggiunto da</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="149"/>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="150"/>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="151"/>
        <source>Save &amp;as…</source>
        <translation>Salva &amp;con nome…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="152"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="159"/>
        <source>Documents are kept encrypted inside the database, never as loose files. Each can be up to %1 MB.</source>
        <translation>I documenti sono conservati cifrati all&apos;interno del database, mai come file separati. Ognuno può arrivare a %1 MB.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="210"/>
        <source>(former user)</source>
        <translation>(ex utente)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="232"/>
        <source>Attach a document</source>
        <translation>Allega un documento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="240"/>
        <source>%1 is %2 MB. Documents can be at most %3 MB: attach a smaller file, for example a scan at a lower resolution.</source>
        <translation>%1 è di %2 MB. I documenti possono essere al massimo di %3 MB: allegare un file più piccolo, per esempio una scansione a risoluzione più bassa.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="250"/>
        <source>%1 could not be read.</source>
        <translation>Impossibile leggere %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="267"/>
        <source>Save the document as</source>
        <translation>Salva il documento con nome</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="281"/>
        <source>Delete document</source>
        <translation>Elimina il documento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="282"/>
        <source>Delete %1 from this record? This cannot be undone.</source>
        <translation>Eliminare %1 da questa scheda? L&apos;operazione non può essere annullata.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="155"/>
        <source>Imported</source>
        <translation>Importazione completata</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="159"/>
        <source>Import &amp;another file</source>
        <translation>Importa un &amp;altro file</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="171"/>
        <source>%1 participants were added.</source>
        <translation>Sono state aggiunte %1 partecipanti.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="174"/>
        <source>%1 employers and %2 contact persons were added.</source>
        <translation>Sono stati aggiunti %1 datori di lavoro e %2 referenti.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="179"/>
        <source>%1 rejected rows were left out.</source>
        <translation>Sono state escluse %1 righe scartate.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="189"/>
        <source>Each starts the default pathway; her caseworker is still to assign.</source>
        <translation>Ognuna inizia il percorso predefinito; l&apos;operatore di riferimento è ancora da assegnare.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="190"/>
        <source>Each starts the default pathway, with %1 as her caseworker.</source>
        <translation>Ognuna inizia il percorso predefinito, con %1 come operatore di riferimento.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="278"/>
        <source>Unfinished intake interviews</source>
        <translation>Colloqui di accoglienza non terminati</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="281"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="281"/>
        <source>Last saved</source>
        <translation>Ultimo salvataggio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="281"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="281"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="284"/>
        <source>There are no unfinished interviews.</source>
        <translation>Non ci sono colloqui non terminati.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="286"/>
        <source>&amp;Resume</source>
        <translation>&amp;Riprendi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="287"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="307"/>
        <source>(no name yet)</source>
        <translation>(ancora senza nome)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="337"/>
        <source>Delete this unfinished interview and its answers?</source>
        <translation>Eliminare questo colloquio non terminato e le sue risposte?</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="88"/>
        <source>Change a user</source>
        <translation>Modifica un utente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="90"/>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="91"/>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="92"/>
        <source>&amp;Name shown</source>
        <translation>&amp;Nome visualizzato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="93"/>
        <source>&amp;Role</source>
        <translation>&amp;Ruolo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="94"/>
        <source>&amp;Site</source>
        <translation>&amp;Sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="100"/>
        <source>Another administrator can change your role.</source>
        <translation>Il ruolo può essere modificato da un altro amministratore.</translation>
    </message>
</context>
<context>
    <name>EducationPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="228"/>
        <source>Education and work</source>
        <translation>Istruzione e lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="235"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="235"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="236"/>
        <source>Not known or not applicable</source>
        <translation>Non noto o non applicabile</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="248"/>
        <source>Em&amp;ployment status</source>
        <translation>Situazione &amp;occupazionale</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="242"/>
        <source>&amp;Education (ISCED)</source>
        <translation>&amp;Istruzione (ISCED)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="245"/>
        <source>&amp;Qualification recognised</source>
        <translation>Titolo di studio &amp;riconosciuto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="249"/>
        <source>&amp;Work experience</source>
        <translation>&amp;Esperienza lavorativa</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="250"/>
        <source>&amp;Skills</source>
        <translation>Co&amp;mpetenze</translation>
    </message>
</context>
<context>
    <name>EmployerList</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="42"/>
        <source>Search by name</source>
        <translation>Cerca per nome</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="43"/>
        <source>Search employers</source>
        <translation>Cerca datori di lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="47"/>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="61"/>
        <source>Sector</source>
        <translation>Settore</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="48"/>
        <source>All sectors</source>
        <translation>Tutti i settori</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="51"/>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="62"/>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="52"/>
        <source>&amp;Engaged this quarter</source>
        <translation>&amp;Coinvolti in questo trimestre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="54"/>
        <source>&amp;New employer</source>
        <translation>&amp;Nuovo datore di lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="60"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="63"/>
        <source>Open vacancies</source>
        <translation>Offerte aperte</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="64"/>
        <source>Last contact</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="65"/>
        <source>This quarter</source>
        <translation>Questo trimestre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="69"/>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="119"/>
        <source>Employers</source>
        <translation>Datori di lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="101"/>
        <source>All municipalities</source>
        <translation>Tutti i comuni</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="130"/>
        <source>Engaged</source>
        <translation>Coinvolto</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="135"/>
        <source>%n employer(s)</source>
        <translation>
            <numerusform>%n datore di lavoro</numerusform>
            <numerusform>%n datori di lavoro</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployerPlacementsTab</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="32"/>
        <source>Participant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="33"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="34"/>
        <source>Vacancy</source>
        <translation>Offerta di lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="35"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="36"/>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="37"/>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="41"/>
        <source>Placements</source>
        <translation>Inserimenti lavorativi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="45"/>
        <source>Edit the placement</source>
        <translation>Modifica l&apos;inserimento lavorativo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="54"/>
        <source>New &amp;placement…</source>
        <translation>&amp;Nuovo inserimento lavorativo…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="56"/>
        <source>Edit the p&amp;lacement…</source>
        <translation>&amp;Modifica l&apos;inserimento lavorativo…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="58"/>
        <source>Open her &amp;record</source>
        <translation>&amp;Apri la sua scheda</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="89"/>
        <source>No particular vacancy</source>
        <translation>Nessuna offerta di lavoro in particolare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="92"/>
        <source>ongoing</source>
        <translation>in corso</translation>
    </message>
</context>
<context>
    <name>EmployerRecord</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="89"/>
        <source>Employer</source>
        <translation>Datore di lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="92"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="104"/>
        <source>Not known</source>
        <translation>Non noto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="110"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="111"/>
        <source>S&amp;ector (NACE)</source>
        <translation>S&amp;ettore (NACE)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="112"/>
        <source>Si&amp;ze</source>
        <translation>&amp;Dimensione</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="113"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Comune</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="114"/>
        <source>&amp;Website</source>
        <translation>Sito &amp;web</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="115"/>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="123"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="123"/>
        <source>Job title</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="123"/>
        <source>Phone</source>
        <translation>Telefono</translation>
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
        <translation>Referenti</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="128"/>
        <source>&amp;Add a contact person…</source>
        <translation>&amp;Aggiungi un referente…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="131"/>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="136"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="136"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="136"/>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="136"/>
        <source>By</source>
        <translation>A cura di</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="137"/>
        <source>Contacts with the employer</source>
        <translation>Contatti con il datore di lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="141"/>
        <source>&amp;Log a contact…</source>
        <translation>Re&amp;gistra un contatto…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="147"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="148"/>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="149"/>
        <source>Hours/week</source>
        <translation>Ore/settimana</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="150"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="151"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="152"/>
        <source>Opened</source>
        <translation>Aperta il</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="154"/>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="181"/>
        <source>Vacancies</source>
        <translation>Offerte di lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="158"/>
        <source>&amp;New vacancy…</source>
        <translation>&amp;Nuova offerta di lavoro…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="161"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="164"/>
        <source>Find &amp;candidates…</source>
        <translation>Trova &amp;candidate…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="169"/>
        <source>Record a &amp;placement…</source>
        <translation>Registra un &amp;inserimento lavorativo…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="183"/>
        <source>Placements</source>
        <translation>Inserimenti lavorativi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="178"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="180"/>
        <source>Contacts log</source>
        <translation>Registro dei contatti</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="193"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="225"/>
        <source>New employer</source>
        <translation>Nuovo datore di lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="322"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>EmployersScreen</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="152"/>
        <source>← Back to the list</source>
        <translation>← Torna all&apos;elenco</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="216"/>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="217"/>
        <source>Save the changes to this employer?</source>
        <translation>Salvare le modifiche a questo datore di lavoro?</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="37"/>
        <source>Erase personal data</source>
        <translation>Cancella i dati personali</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="40"/>
        <source>Erase the personal data of %1? Her names, contact details, exact date of birth, notes, documents and timeline entries are removed for good. Anonymous figures (year of birth, country, education, pathway steps, placements) stay so reports remain correct. The record can no longer be opened or found.</source>
        <translation>Cancellare i dati personali di %1? Nomi, recapiti, data di nascita esatta, note, documenti e voci della cronologia della partecipante vengono rimossi definitivamente. I dati anonimi (anno di nascita, paese, istruzione, fasi del percorso, inserimenti lavorativi) restano, così i report rimangono corretti. La scheda non potrà più essere aperta né trovata.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="50"/>
        <source>e.g. her request of 12 March, by e-mail</source>
        <translation>es. sua richiesta del 12 marzo, via e-mail</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="52"/>
        <source>&amp;Erase</source>
        <translation>&amp;Cancella</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="63"/>
        <source>&amp;Reason (kept in the audit log):</source>
        <translation>&amp;Motivo (conservato nel registro di audit):</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="255"/>
        <source>Family and availability</source>
        <translation>Famiglia e disponibilità</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="262"/>
        <source>She has a driving licence</source>
        <translation>Ha la patente di guida</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="263"/>
        <source>&amp;Children</source>
        <translation>&amp;Figli</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="264"/>
        <source>C&amp;hildcare needed</source>
        <translation>Bisogno di &amp;servizi per l&apos;infanzia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="265"/>
        <source>Available &amp;days</source>
        <translation>&amp;Giorni disponibili</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="266"/>
        <source>Available &amp;from</source>
        <translation>Disponibile &amp;dalle</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="267"/>
        <source>Available &amp;until</source>
        <translation>Disponibile fino &amp;alle</translation>
    </message>
</context>
<context>
    <name>FamilyTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="301"/>
        <source>Has a driving licence valid here</source>
        <translation>Ha una patente di guida valida in questo Paese</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="302"/>
        <source>Would move to another town for a job</source>
        <translation>Disposta a trasferirsi in un&apos;altra città per lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="304"/>
        <source>Towns she can reach every day, e.g. Haarlem</source>
        <translation>Città che può raggiungere ogni giorno, es. Monza</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="307"/>
        <source>Family</source>
        <translation>Famiglia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="309"/>
        <source>&amp;Children</source>
        <translation>F&amp;igli</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="310"/>
        <source>Childcare &amp;need</source>
        <translation>&amp;Bisogno di servizi per l&apos;infanzia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="313"/>
        <source>Availability for work or courses</source>
        <translation>Disponibilità per lavoro o corsi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="315"/>
        <source>&amp;Days</source>
        <translation>&amp;Giorni</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="316"/>
        <source>F&amp;rom</source>
        <translation>&amp;Dalle</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="317"/>
        <source>Un&amp;til</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="318"/>
        <source>Dri&amp;ving licence</source>
        <translation>Pa&amp;tente di guida</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="319"/>
        <source>Re&amp;location</source>
        <translation>T&amp;rasferimento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="320"/>
        <source>Co&amp;mmutes to</source>
        <translation>&amp;Pendolare verso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="328"/>
        <source>Used when looking for vacancies and courses whose days and hours fit, including hours compatible with childcare.</source>
        <translation>Serve a cercare offerte di lavoro e corsi con giorni e orari adatti, compresi gli orari compatibili con i servizi per l&apos;infanzia.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="56"/>
        <source>What to import</source>
        <translation>Cosa importare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="59"/>
        <source>An Excel workbook (.xlsx) or a CSV file, with one row per person or employer and the column names in the first row, in any of our five languages.</source>
        <translation>Una cartella di lavoro Excel (.xlsx) o un file CSV, con una riga per ogni persona o datore di lavoro e i nomi delle colonne nella prima riga, in una qualsiasi delle nostre cinque lingue.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="69"/>
        <source>&amp;Participants</source>
        <translation>&amp;Partecipanti</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="71"/>
        <source>&amp;Employers with their contact persons</source>
        <translation>&amp;Datori di lavoro con i loro referenti</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="65"/>
        <source>File to import</source>
        <translation>File da importare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="67"/>
        <source>&amp;Choose the file…</source>
        <translation>&amp;Scegli il file…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="72"/>
        <source>Download a &amp;template…</source>
        <translation>Scarica un &amp;modello…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="95"/>
        <source>Choose the file to import</source>
        <translation>Scegli il file da importare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="95"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Fogli di calcolo (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="102"/>
        <source>Download a template</source>
        <translation>Scarica un modello</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="107"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="117"/>
        <source>The template is saved as %1.</source>
        <translation>Il modello è stato salvato in %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="128"/>
        <source>Reading the file…</source>
        <translation>Lettura del file…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="74"/>
        <source>Welcome to W4I Desktop</source>
        <translation>Benvenuti in W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="79"/>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;W4I Desktop keeps everything in one encrypted database on this computer. Create it now, with the first administrator account.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Benvenuti&lt;/h2&gt;&lt;p&gt;W4I Desktop conserva tutto in un unico database cifrato su questo computer. Crearlo ora, insieme al primo account di amministratore.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="92"/>
        <source>e.g. Centro Donne Milano</source>
        <translation>es. Centro Donne Milano</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="106"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="107"/>
        <source>Organisation name</source>
        <translation>Nome dell&apos;organizzazione</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="108"/>
        <source>First site</source>
        <translation>Prima sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="109"/>
        <source>Administrator user name</source>
        <translation>Nome utente dell&apos;amministratore</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="110"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="111"/>
        <source>Repeat the password</source>
        <translation>Ripeti la password</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="121"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="122"/>
        <source>&amp;Organisation name</source>
        <translation>Nome dell&apos;&amp;organizzazione</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="123"/>
        <source>First &amp;site</source>
        <translation>Prima &amp;sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="124"/>
        <source>Administrator &amp;user name</source>
        <translation>Nome &amp;utente dell&apos;amministratore</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="125"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="127"/>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Ripeti la password</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="131"/>
        <location filename="../w4i_desktop/views/window/first_run.py" line="179"/>
        <source>&amp;Create database</source>
        <translation>&amp;Crea il database</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="134"/>
        <source>Open &amp;existing database…</source>
        <translation>Apri un database &amp;esistente…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="141"/>
        <source>Connect to the &amp;existing database</source>
        <translation>Collegati al database &amp;esistente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="168"/>
        <source>Use a shared &amp;database server (PostgreSQL)</source>
        <translation>Usa un server di &amp;database condiviso (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="179"/>
        <source>&amp;Create the database on the server</source>
        <translation>&amp;Crea il database sul server</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="239"/>
        <source>The two passwords differ.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="242"/>
        <source>Name the first site.</source>
        <translation>Indicare il nome della prima sede.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="293"/>
        <source>Open a W4I database</source>
        <translation>Apri un database W4I</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="293"/>
        <source>W4I databases (*.db);;All files (*)</source>
        <translation>Database W4I (*.db);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="125"/>
        <source>Record a follow-up</source>
        <translation>Registra un follow-up</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="130"/>
        <source>After 1 month</source>
        <translation>Dopo 1 mese</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="131"/>
        <source>After 3 months</source>
        <translation>Dopo 3 mesi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="132"/>
        <source>After 6 months</source>
        <translation>Dopo 6 mesi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="133"/>
        <source>After 12 months</source>
        <translation>Dopo 12 mesi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="136"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="139"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="140"/>
        <source>She is still &amp;employed there</source>
        <translation>È ancora &amp;occupata lì</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="144"/>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_form.py" line="168"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <location filename="../w4i_desktop/views/window/getting_started.py" line="97"/>
        <source>Getting started with W4I Desktop</source>
        <translation>Primi passi con W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/getting_started.py" line="98"/>
        <source>Getting started</source>
        <translation>Primi passi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/getting_started.py" line="99"/>
        <source>&amp;Show this page at start</source>
        <translation>&amp;Mostra questa pagina all&apos;avvio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/getting_started.py" line="100"/>
        <source>All the &amp;help pages…</source>
        <translation>Tutte le pagine della &amp;guida…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/getting_started.py" line="101"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <location filename="../w4i_desktop/views/admin/health_dialog.py" line="27"/>
        <source>Check the database</source>
        <translation>Controlla il database</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/health_dialog.py" line="31"/>
        <source>Checking every page of the database and the audit log…</source>
        <translation>Controllo di ogni pagina del database e del registro di audit…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/health_dialog.py" line="62"/>
        <source>The database&apos;s files are on its server, which checks them itself.</source>
        <translation>I file del database sono sul suo server, che li controlla da sé.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/health_dialog.py" line="65"/>
        <source>Every page of the database file passed SQLCipher&apos;s and SQLite&apos;s checks.</source>
        <translation>Ogni pagina del file del database ha superato i controlli di SQLCipher e di SQLite.</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/health_dialog.py" line="67"/>
        <source>The audit log&apos;s %n entries are intact.</source>
        <translation>
            <numerusform>%n voce del registro di audit è intatta.</numerusform>
            <numerusform>Le %n voci del registro di audit sono intatte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/health_dialog.py" line="51"/>
        <source>The database is damaged. Stop working in it: restore the newest backup that checks as sound (File ▸ Restore a backup…) and tell your administrator. The details below name pages and entries, never people.</source>
        <translation>Il database è danneggiato. Smettere di lavorarci: ripristinare la copia di sicurezza più recente che risulta integra (File ▸ Ripristina una copia di sicurezza…) e avvisare l&apos;amministratore. I dettagli qui sotto nominano pagine e voci, mai persone.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="175"/>
        <source>W4I Desktop help</source>
        <translation>Guida di W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="176"/>
        <source>Help pages</source>
        <translation>Pagine della guida</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="177"/>
        <source>Help page</source>
        <translation>Pagina della guida</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="178"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Indietro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="179"/>
        <source>The page before (Alt+Left)</source>
        <translation>La pagina precedente (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="180"/>
        <source>&amp;Forward →</source>
        <translation>&amp;Avanti →</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="181"/>
        <source>The page after (Alt+Right)</source>
        <translation>La pagina successiva (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="182"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="253"/>
        <source>%1 – W4I Desktop help</source>
        <translation>%1 – Guida di W4I Desktop</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="147"/>
        <source>Identity and contact</source>
        <translation>Identità e recapiti</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="151"/>
        <source>&amp;First name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="152"/>
        <source>&amp;Last name</source>
        <translation>&amp;Cognome</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="153"/>
        <source>Birth &amp;date</source>
        <translation>&amp;Data di nascita</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="154"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
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
        <translation>Importa un foglio di calcolo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="241"/>
        <source>Import possible duplicates too</source>
        <translation>Importa anche i possibili duplicati</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="248"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="271"/>
        <source>Importing…</source>
        <translation>Importazione in corso…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="280"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annullato: non è stato importato nulla.</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="53"/>
        <source>Intake interview</source>
        <translation>Colloquio di accoglienza</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="56"/>
        <source>&amp;Submit</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="114"/>
        <source>Print the privacy notice</source>
        <translation>Stampa l&apos;informativa privacy</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="125"/>
        <source>The privacy notice is saved as %1.</source>
        <translation>L&apos;informativa privacy è stata salvata in %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="186"/>
        <source>Eligibility</source>
        <translation>Ammissibilità</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="217"/>
        <source>Possible duplicate</source>
        <translation>Possibile duplicato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="219"/>
        <source>She may already be registered:</source>
        <translation>La partecipante potrebbe essere già registrata:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="220"/>
        <source>Create anyway</source>
        <translation>Crea comunque</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="253"/>
        <source>The interview was kept as a draft. You can continue it from %1.</source>
        <translation>Il colloquio è stato conservato come bozza. È possibile riprenderlo da %1.</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="45"/>
        <source>Log a contact with the employer</source>
        <translation>Registra un contatto con il datore di lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="48"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="51"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="52"/>
        <source>&amp;Summary</source>
        <translation>&amp;Sintesi</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="40"/>
        <source>Intake</source>
        <translation>Accoglienza</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="41"/>
        <source>Privacy consent</source>
        <translation>Consenso privacy</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="42"/>
        <source>Needs assessment</source>
        <translation>Analisi dei bisogni</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="43"/>
        <source>Skills assessment</source>
        <translation>Bilancio delle competenze</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="44"/>
        <source>Language assessment</source>
        <translation>Valutazione linguistica</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="45"/>
        <source>Individual plan</source>
        <translation>Piano individuale</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="46"/>
        <source>Language course</source>
        <translation>Corso di lingua</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="47"/>
        <source>Empowerment activities</source>
        <translation>Attività di empowerment</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="48"/>
        <source>Orientation</source>
        <translation>Orientamento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="49"/>
        <source>Vocational training</source>
        <translation>Formazione professionale</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="50"/>
        <source>CV and job search</source>
        <translation>CV e ricerca di lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="51"/>
        <source>Job orientation</source>
        <translation>Orientamento al lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="52"/>
        <source>Employer matching</source>
        <translation>Abbinamento con i datori di lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="53"/>
        <location filename="../w4i_desktop/views/labels.py" line="151"/>
        <location filename="../w4i_desktop/views/labels.py" line="185"/>
        <source>Internship</source>
        <translation>Tirocinio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="54"/>
        <source>Placement</source>
        <translation>Inserimento lavorativo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="55"/>
        <source>Follow-up 1 month</source>
        <translation>Follow-up a 1 mese</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="56"/>
        <source>Follow-up 3 months</source>
        <translation>Follow-up a 3 mesi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="57"/>
        <source>Follow-up 6 months</source>
        <translation>Follow-up a 6 mesi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="58"/>
        <source>Follow-up 12 months</source>
        <translation>Follow-up a 12 mesi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="59"/>
        <source>Closure</source>
        <translation>Chiusura</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="60"/>
        <source>Other step</source>
        <translation>Altra fase</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="64"/>
        <location filename="../w4i_desktop/views/labels.py" line="126"/>
        <source>Employed</source>
        <translation>Occupata</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="65"/>
        <source>In education or training</source>
        <translation>In istruzione o formazione</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="66"/>
        <source>Moved away</source>
        <translation>Trasferita altrove</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="67"/>
        <source>Dropped out</source>
        <translation>Ritirata</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="68"/>
        <source>Other reason</source>
        <translation>Altro motivo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="72"/>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="73"/>
        <source>Manager</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="74"/>
        <source>Staff</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="75"/>
        <source>Volunteer</source>
        <translation>Volontario</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="98"/>
        <source>EU citizen</source>
        <translation>Cittadina UE</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="99"/>
        <source>Long-term or permanent residence</source>
        <translation>Soggiorno di lungo periodo o permanente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="100"/>
        <source>Work permit</source>
        <translation>Permesso per lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="101"/>
        <source>Family reunification</source>
        <translation>Ricongiungimento familiare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="102"/>
        <source>Study permit</source>
        <translation>Permesso per studio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="103"/>
        <source>Refugee or subsidiary protection</source>
        <translation>Rifugiata o protezione sussidiaria</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="106"/>
        <source>Temporary protection</source>
        <translation>Protezione temporanea</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="107"/>
        <source>Asylum seeker</source>
        <translation>Richiedente asilo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="108"/>
        <source>Humanitarian or special protection</source>
        <translation>Protezione umanitaria o speciale</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="109"/>
        <source>Naturalised citizen</source>
        <translation>Cittadina naturalizzata</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="110"/>
        <source>Other permit</source>
        <translation>Altro permesso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="111"/>
        <source>No permit</source>
        <translation>Nessun permesso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="114"/>
        <source>None or primary (ISCED 0–1)</source>
        <translation>Nessuna o primaria (ISCED 0–1)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="115"/>
        <source>Lower secondary (ISCED 2)</source>
        <translation>Secondaria di primo grado (ISCED 2)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="116"/>
        <source>Upper or post-secondary (ISCED 3–4)</source>
        <translation>Secondaria di secondo grado o post-secondaria (ISCED 3–4)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="119"/>
        <source>Tertiary (ISCED 5–8)</source>
        <translation>Terziaria (ISCED 5–8)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="120"/>
        <location filename="../w4i_desktop/views/labels.py" line="127"/>
        <location filename="../w4i_desktop/views/labels.py" line="172"/>
        <source>Not known</source>
        <translation>Non noto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="123"/>
        <source>Unemployed</source>
        <translation>Disoccupata</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="124"/>
        <source>Long-term unemployed</source>
        <translation>Disoccupata di lunga durata</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="125"/>
        <source>Inactive (not looking for work)</source>
        <translation>Inattiva (non cerca lavoro)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="130"/>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="131"/>
        <source>Some hours</source>
        <translation>Alcune ore</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="132"/>
        <source>Full time</source>
        <translation>Tempo pieno</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="135"/>
        <source>Processing of personal data</source>
        <translation>Trattamento dei dati personali</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="136"/>
        <source>Sharing with employers</source>
        <translation>Condivisione con i datori di lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="139"/>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="140"/>
        <source>Follow-up contact</source>
        <translation>Contatti di follow-up</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="143"/>
        <source>To do</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="144"/>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="145"/>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="146"/>
        <source>Skipped</source>
        <translation>Saltata</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="149"/>
        <source>Permanent job</source>
        <translation>Lavoro a tempo indeterminato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="150"/>
        <source>Fixed-term job</source>
        <translation>Lavoro a tempo determinato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="152"/>
        <location filename="../w4i_desktop/views/labels.py" line="186"/>
        <source>Apprenticeship</source>
        <translation>Apprendistato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="153"/>
        <source>Self-employment</source>
        <translation>Lavoro autonomo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="154"/>
        <location filename="../w4i_desktop/views/labels.py" line="180"/>
        <location filename="../w4i_desktop/views/labels.py" line="188"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="157"/>
        <location filename="../w4i_desktop/views/labels.py" line="176"/>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="158"/>
        <location filename="../w4i_desktop/views/labels.py" line="175"/>
        <source>Phone call</source>
        <translation>Telefonata</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="159"/>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="160"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="163"/>
        <source>At intake</source>
        <translation>All&apos;accoglienza</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="164"/>
        <source>During the pathway</source>
        <translation>Durante il percorso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="165"/>
        <source>At exit</source>
        <translation>All&apos;uscita</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="168"/>
        <source>Micro (under 10)</source>
        <translation>Micro (meno di 10)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="169"/>
        <source>Small (10–49)</source>
        <translation>Piccola (10–49)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="170"/>
        <source>Medium (50–249)</source>
        <translation>Media (50–249)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="171"/>
        <source>Large (250 or more)</source>
        <translation>Grande (250 o più)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="177"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="178"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="179"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="183"/>
        <source>Permanent</source>
        <translation>Tempo indeterminato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="184"/>
        <source>Fixed-term</source>
        <translation>Tempo determinato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="187"/>
        <source>Freelance</source>
        <translation>Libera professione</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="191"/>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="192"/>
        <source>Filled</source>
        <translation>Coperta</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="193"/>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="197"/>
        <source>None required</source>
        <translation>Nessuno richiesto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="200"/>
        <source>same name and date of birth</source>
        <translation>stesso nome e data di nascita</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="201"/>
        <source>same phone number</source>
        <translation>stesso numero di telefono</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="208"/>
        <source>Agriculture, forestry and fishing</source>
        <translation>Agricoltura, silvicoltura e pesca</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="209"/>
        <source>Mining and quarrying</source>
        <translation>Estrazione di minerali da cave e miniere</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="210"/>
        <source>Manufacturing</source>
        <translation>Attività manifatturiere</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="211"/>
        <source>Electricity and gas</source>
        <translation>Energia elettrica e gas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="212"/>
        <source>Water supply and waste</source>
        <translation>Acqua e gestione dei rifiuti</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="213"/>
        <source>Construction</source>
        <translation>Costruzioni</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="214"/>
        <source>Wholesale and retail trade</source>
        <translation>Commercio all&apos;ingrosso e al dettaglio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="215"/>
        <source>Transport and storage</source>
        <translation>Trasporto e magazzinaggio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="216"/>
        <source>Accommodation and food</source>
        <translation>Alloggio e ristorazione</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="217"/>
        <source>Information and communication</source>
        <translation>Informazione e comunicazione</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="218"/>
        <source>Finance and insurance</source>
        <translation>Attività finanziarie e assicurative</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="219"/>
        <source>Real estate</source>
        <translation>Attività immobiliari</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="220"/>
        <source>Professional and technical services</source>
        <translation>Attività professionali e tecniche</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="221"/>
        <source>Administrative and support services</source>
        <translation>Servizi amministrativi e di supporto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="222"/>
        <source>Public administration</source>
        <translation>Pubblica amministrazione</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="223"/>
        <source>Education</source>
        <translation>Istruzione</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="224"/>
        <source>Health and social care</source>
        <translation>Sanità e assistenza sociale</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="225"/>
        <source>Arts and recreation</source>
        <translation>Attività artistiche e di intrattenimento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="226"/>
        <source>Other services</source>
        <translation>Altre attività di servizi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="227"/>
        <source>Households as employers</source>
        <translation>Famiglie come datori di lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="228"/>
        <source>Extraterritorial organisations</source>
        <translation>Organizzazioni extraterritoriali</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="62"/>
        <source>Interview language and site</source>
        <translation>Lingua del colloquio e sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="63"/>
        <source>The language you speak together, and who will follow her.</source>
        <translation>La lingua parlata insieme e chi seguirà la partecipante.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="73"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="74"/>
        <source>&amp;Site</source>
        <translation>&amp;Sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="75"/>
        <source>Case&amp;worker</source>
        <translation>&amp;Operatore di riferimento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="84"/>
        <source>To assign</source>
        <translation>Da assegnare</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="96"/>
        <source>to assign</source>
        <translation>da assegnare</translation>
    </message>
</context>
<context>
    <name>LanguagesEdit</name>
    <message>
        <location filename="../w4i_desktop/views/language_edit.py" line="83"/>
        <source>Names, e.g. %1</source>
        <translation>Nomi, es. %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/language_edit.py" line="150"/>
        <source>Not a language name: %1. Type a name, e.g. %2, or pick one from the list.</source>
        <translation>Non è il nome di una lingua: %1. Digitare un nome, es. %2, o sceglierne uno dall&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>LanguagesPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="211"/>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="218"/>
        <source>None yet</source>
        <translation>Ancora nessuna</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="219"/>
        <source>Not assessed</source>
        <translation>Non valutato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="221"/>
        <source>&amp;Languages she speaks</source>
        <translation>&amp;Lingue che parla</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="222"/>
        <source>&amp;Host-country language</source>
        <translation>Lingua del &amp;Paese ospitante</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="223"/>
        <source>Her le&amp;vel (self-assessed, CEFR)</source>
        <translation>Il suo li&amp;vello (autovalutazione, QCER)</translation>
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
        <translation>Accedere per aprire il database cifrato.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="60"/>
        <source>Sign in to the shared database %1.</source>
        <translation>Accedere al database condiviso %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="63"/>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="66"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="72"/>
        <source>Password of the database server</source>
        <translation>Password del server del database</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="73"/>
        <source>&amp;Server password</source>
        <translation>Password del &amp;server</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="75"/>
        <source>Remember me on this computer</source>
        <translation>Ricorda l&apos;accesso su questo computer</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="81"/>
        <source>&amp;Restore the newest good backup…</source>
        <translation>&amp;Ripristina la copia di sicurezza valida più recente…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="85"/>
        <source>&amp;Forgot your password?</source>
        <translation>Password &amp;dimenticata?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="89"/>
        <location filename="../w4i_desktop/views/window/login.py" line="220"/>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="96"/>
        <source>&amp;User name</source>
        <translation>&amp;Nome utente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="97"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="152"/>
        <source>Enter your user name.</source>
        <translation>Inserire il nome utente.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="190"/>
        <source>The new password is set. Sign in with it.</source>
        <translation>La nuova password è stata impostata. Accedere con la nuova password.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="201"/>
        <source>Restored from %1. Sign in again.</source>
        <translation>Ripristinato da %1. Accedere di nuovo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/window/login.py" line="225"/>
        <source>Too many attempts: wait %n s</source>
        <translation>
            <numerusform>Troppi tentativi: attendere %n s</numerusform>
            <numerusform>Troppi tentativi: attendere %n s</numerusform>
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
        <translation>Schermate</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="26"/>
        <source>Dashboard</source>
        <translation>Cruscotto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="27"/>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="28"/>
        <source>Employers</source>
        <translation>Datori di lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="29"/>
        <source>Pathways</source>
        <translation>Percorsi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="30"/>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="31"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="106"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="108"/>
        <source>&amp;New participant</source>
        <translation>&amp;Nuova partecipante</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="113"/>
        <source>&amp;Find participant</source>
        <translation>&amp;Cerca partecipante</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="118"/>
        <source>New &amp;intake interview…</source>
        <translation>Nuovo colloquio di &amp;accoglienza…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="123"/>
        <source>Intake &amp;drafts…</source>
        <translation>&amp;Bozze dei colloqui…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="126"/>
        <source>&amp;Retention review…</source>
        <translation>&amp;Verifica della conservazione dei dati…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="129"/>
        <source>I&amp;mport a spreadsheet…</source>
        <translation>&amp;Importa un foglio di calcolo…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="132"/>
        <source>&amp;Back up now…</source>
        <translation>Crea una copia di &amp;sicurezza ora…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="135"/>
        <source>Res&amp;tore a backup…</source>
        <translation>Ri&amp;pristina una copia di sicurezza…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="137"/>
        <source>&amp;Lock</source>
        <translation>B&amp;locca</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="139"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="154"/>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="164"/>
        <source>Lang&amp;uage</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="175"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;uto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="177"/>
        <source>&amp;Help for this screen</source>
        <translation>&amp;Guida di questa schermata</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="182"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Primi passi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="185"/>
        <source>&amp;About W4I Desktop</source>
        <translation>&amp;Informazioni su W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="188"/>
        <source>&amp;Check the database…</source>
        <translation>&amp;Controlla il database…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_window.py" line="186"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_window.py" line="190"/>
        <source>Unlocked</source>
        <translation>Sbloccato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_window.py" line="216"/>
        <source>Locked</source>
        <translation>Bloccato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/language_switch.py" line="48"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/language_switch.py" line="49"/>
        <source>Sign in first: a record has changes that are not saved yet.</source>
        <translation>Accedere prima: una scheda contiene modifiche non ancora salvate.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_window.py" line="350"/>
        <source>Restored from %1. Sign in again.</source>
        <translation>Ripristinato da %1. Accedere di nuovo.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="146"/>
        <source>How the columns are read</source>
        <translation>Come vengono lette le colonne</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="149"/>
        <source>Check the field each column goes into; choose “Not imported” to leave one out.</source>
        <translation>Controllare il campo in cui va ogni colonna; scegliere “Non importata” per escluderne una.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="155"/>
        <source>Column in the file</source>
        <translation>Colonna nel file</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="155"/>
        <source>First values</source>
        <translation>Primi valori</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="155"/>
        <source>Goes into</source>
        <translation>Va in</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="167"/>
        <source>Language levels (CEFR) in the file are for:</source>
        <translation>I livelli di lingua (QCER) nel file si riferiscono a:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="180"/>
        <source>Not imported</source>
        <translation>Non importata</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="190"/>
        <source>Field for the column %1</source>
        <translation>Campo per la colonna %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="210"/>
        <source>Checking every row…</source>
        <translation>Controllo di ogni riga…</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="47"/>
        <source>no consent to share her data with employers</source>
        <translation>nessun consenso a condividere i suoi dati con i datori di lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="48"/>
        <source>no language level required</source>
        <translation>nessun livello linguistico richiesto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="49"/>
        <source>{language}: {her}, meets the required {needed}</source>
        <translation>{language}: {her}, corrisponde al {needed} richiesto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="52"/>
        <source>{language}: {her}, above the required {needed}</source>
        <translation>{language}: {her}, superiore al {needed} richiesto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="55"/>
        <source>{language}: {her}, one level below the required {needed}</source>
        <translation>{language}: {her}, un livello sotto il {needed} richiesto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="58"/>
        <source>{language}: {her}, far below the required {needed} ({levels} levels)</source>
        <translation>{language}: {her}, molto sotto il {needed} richiesto ({levels} livelli)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="61"/>
        <source>{language}: level not assessed, {needed} required</source>
        <translation>{language}: livello non valutato, richiesto {needed}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="64"/>
        <source>no particular skills asked</source>
        <translation>nessuna competenza particolare richiesta</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="65"/>
        <source>skills: {skills} ({count} of {asked})</source>
        <translation>competenze: {skills} ({count} su {asked})</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="66"/>
        <source>none of the skills asked: {skills}</source>
        <translation>nessuna delle competenze richieste: {skills}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="67"/>
        <source>available on {days}</source>
        <translation>disponibile nei giorni {days}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="68"/>
        <source>not available on {days}</source>
        <translation>non disponibile nei giorni {days}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="69"/>
        <source>availability not recorded</source>
        <translation>disponibilità non registrata</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="70"/>
        <source>working days not given</source>
        <translation>giorni di lavoro non indicati</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="71"/>
        <source>available {start}–{end}</source>
        <translation>disponibile {start}–{end}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="72"/>
        <source>works {start}–{end}, available {from}–{until}</source>
        <translation>orario di lavoro {start}–{end}, disponibile {from}–{until}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="75"/>
        <source>available hours not recorded</source>
        <translation>orari di disponibilità non registrati</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="76"/>
        <source>working hours not given</source>
        <translation>orario di lavoro non indicato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="77"/>
        <source>lives in {municipality}</source>
        <translation>abita a {municipality}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="78"/>
        <source>lives in {her}, job in {job}</source>
        <translation>abita a {her}, lavoro a {job}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="79"/>
        <source>lives in {her}, commutes to {job}</source>
        <translation>abita a {her}, raggiunge ogni giorno {job}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="80"/>
        <source>lives in {her}, would relocate to {job}</source>
        <translation>abita a {her}, disposta a trasferirsi a {job}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="81"/>
        <source>municipality not recorded</source>
        <translation>comune non registrato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="82"/>
        <source>no childcare needed</source>
        <translation>nessun bisogno di servizi per l&apos;infanzia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="83"/>
        <source>the employer accommodates childcare</source>
        <translation>il datore di lavoro garantisce orari compatibili con i servizi per l&apos;infanzia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="84"/>
        <source>within daycare hours</source>
        <translation>entro gli orari dei servizi per l&apos;infanzia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="85"/>
        <source>{parts}: conflicts with childcare</source>
        <translation>{parts}: in conflitto con i servizi per l&apos;infanzia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="86"/>
        <source>working hours not given: check childcare</source>
        <translation>orario di lavoro non indicato: verificare i servizi per l&apos;infanzia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="89"/>
        <source>early mornings</source>
        <translation>prime ore del mattino</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="90"/>
        <source>evenings</source>
        <translation>sere</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="91"/>
        <source>weekends</source>
        <translation>fine settimana</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="101"/>
        <source>no level</source>
        <translation>nessun livello</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="114"/>
        <source>Host language</source>
        <translation>Lingua del Paese ospitante</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="135"/>
        <source>Excluded: %1. Also: %2</source>
        <translation>Esclusa: %1. Inoltre: %2</translation>
    </message>
</context>
<context>
    <name>MatchingDialog</name>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="157"/>
        <source>Candidates for the vacancy</source>
        <translation>Candidate per l&apos;offerta di lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="159"/>
        <source>Vacancies for her</source>
        <translation>Offerte di lavoro per la partecipante</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="165"/>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="166"/>
        <source>Participant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="166"/>
        <source>Vacancy</source>
        <translation>Offerta di lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="167"/>
        <source>Why</source>
        <translation>Motivi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="171"/>
        <source>Matching results</source>
        <translation>Risultati dell&apos;abbinamento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="196"/>
        <source>Looking for candidates…</source>
        <translation>Ricerca delle candidate…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="198"/>
        <source>Looking for vacancies…</source>
        <translation>Ricerca delle offerte di lavoro…</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="248"/>
        <source>%1 at %2: %n candidate(s) who agreed to share their profile.</source>
        <translation>
            <numerusform>%1 presso %2: %n candidata che ha accettato di condividere il profilo.</numerusform>
            <numerusform>%1 presso %2: %n candidate che hanno accettato di condividere il profilo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="255"/>
        <source>Nobody who agreed to share her profile with employers matches yet.</source>
        <translation>Per ora nessuna delle partecipanti che hanno accettato di condividere il profilo con i datori di lavoro corrisponde.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="259"/>
        <source>Only participants with a consent to share their profile with employers are listed. Press Enter to open a record.</source>
        <translation>Sono elencate solo le partecipanti che hanno dato il consenso a condividere il profilo con i datori di lavoro. Premere Enter per aprire una scheda.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="264"/>
        <source>%1 open vacancies, best first.</source>
        <translation>Offerte di lavoro aperte: %1, le migliori per prime.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="269"/>
        <source>She has not agreed to share her profile with employers: record her consent on the Consent tab before proposing her to one.</source>
        <translation>La partecipante non ha acconsentito a condividere il profilo con i datori di lavoro: registrare il suo consenso nella sezione Consenso prima di proporla a uno di loro.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../w4i_desktop/views/message_bar.py" line="38"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/message_bar.py" line="39"/>
        <source>&amp;Reload</source>
        <translation>&amp;Ricarica</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/message_bar.py" line="40"/>
        <source>Load the saved record again; your changes are lost</source>
        <translation>Ricarica la scheda salvata; le modifiche andranno perse</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="40"/>
        <source>The user name or the password is wrong.</source>
        <translation>Il nome utente o la password non sono corretti.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="42"/>
        <source>The database is open on another computer or window: %1. Close it there first.</source>
        <translation>Il database è aperto su un altro computer o in un&apos;altra finestra: %1. Chiuderlo prima lì.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="47"/>
        <source>The database file is damaged and cannot be read safely. Restore the newest backup.</source>
        <translation>Il file del database è danneggiato e non può essere letto in modo sicuro. Ripristinare la copia di sicurezza più recente.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="52"/>
        <source>This file is not a W4I database, or its key file (.keys) is missing or damaged.</source>
        <translation>Questo file non è un database W4I, oppure il relativo file delle chiavi (.keys) manca o è danneggiato.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="57"/>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>Il disco è pieno. Non è stato modificato nulla; liberare spazio e riprovare.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="61"/>
        <source>The file %1 is open in another program (Excel?). Close it there, or save under another name.</source>
        <translation>Il file %1 è aperto in un altro programma (Excel?). Chiuderlo lì o salvare con un altro nome.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="67"/>
        <source>Someone else saved this record after you opened it. Reload it to see their changes.</source>
        <translation>Qualcun altro ha salvato questa scheda dopo che l&apos;ha aperta. Ricaricarla per vedere le modifiche apportate.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="72"/>
        <source>Your role does not allow this.</source>
        <translation>Il ruolo assegnato non consente questa operazione.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="74"/>
        <source>This record does not exist or is not visible to you.</source>
        <translation>Questa scheda non esiste o non è visibile per questo utente.</translation>
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
        <translation>Qualcun altro ha salvato questa scheda dopo che l&apos;ha aperta, quindi le modifiche non sono state salvate. Sono ancora sullo schermo: ricaricare la scheda per vedere le altre modifiche, poi rifare le proprie.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="121"/>
        <source>Someone else saved this record after you opened it and changed: %1. Your changes were not saved; they are still on screen. Reload to see the other changes, then make yours again.</source>
        <translation>Qualcun altro ha salvato questa scheda dopo che l&apos;ha aperta e ha modificato: %1. Le modifiche non sono state salvate; sono ancora sullo schermo. Ricaricare la scheda per vedere le altre modifiche, poi rifare le proprie.</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="273"/>
        <source>Needs and goals</source>
        <translation>Bisogni e obiettivi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="275"/>
        <source>Needs and &amp;goals</source>
        <translation>&amp;Bisogni e obiettivi</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="166"/>
        <source>Make a new recovery key</source>
        <translation>Crea una nuova chiave di recupero</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="169"/>
        <source>A new recovery key replaces the one you have: the old key stops working at once, on paper and in every PDF. Backups made before keep opening with the old key.</source>
        <translation>Una nuova chiave di recupero sostituisce quella attuale: la vecchia chiave smette subito di funzionare, su carta e in ogni PDF. Le copie di sicurezza create prima continuano ad aprirsi con la vecchia chiave.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="177"/>
        <source>Your password</source>
        <translation>Password attuale</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="178"/>
        <source>Your &amp;password</source>
        <translation>&amp;Password attuale</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="181"/>
        <source>Make a &amp;new key</source>
        <translation>Crea una &amp;nuova chiave</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="51"/>
        <source>Add a user</source>
        <translation>Aggiungi un utente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="52"/>
        <source>&amp;Name shown</source>
        <translation>&amp;Nome visualizzato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="53"/>
        <source>&amp;User name (to sign in)</source>
        <translation>Nome &amp;utente (per accedere)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="54"/>
        <source>&amp;Role</source>
        <translation>&amp;Ruolo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="57"/>
        <source>&amp;Site</source>
        <translation>&amp;Sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="59"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="59"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="62"/>
        <source>Password &amp;again</source>
        <translation>Ripe&amp;ti la password</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="62"/>
        <source>Password again</source>
        <translation>Ripeti la password</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="68"/>
        <source>Give it to her in person: nobody, administrators included, can read it later.</source>
        <translation>Consegnarla di persona all&apos;interessata: nessuno, nemmeno gli amministratori, potrà leggerla in seguito.</translation>
    </message>
</context>
<context>
    <name>OriginPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="163"/>
        <source>Origin and residence permit</source>
        <translation>Origine e permesso di soggiorno</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="168"/>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="171"/>
        <source>Not known</source>
        <translation>Non noto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="173"/>
        <source>&amp;Country of birth</source>
        <translation>&amp;Paese di nascita</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="174"/>
        <source>Citi&amp;zenship</source>
        <translation>&amp;Cittadinanza</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="175"/>
        <source>&amp;Arrival year</source>
        <translation>Anno di a&amp;rrivo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="176"/>
        <source>&amp;Permit</source>
        <translation>Per&amp;messo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="177"/>
        <source>Permit &amp;expires on</source>
        <translation>&amp;Scadenza del permesso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="187"/>
        <source>She is under 18 today.</source>
        <translation>Oggi la partecipante ha meno di 18 anni.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="188"/>
        <source>Her residence permit has expired.</source>
        <translation>Il suo permesso di soggiorno è scaduto.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="189"/>
        <source>She has no residence permit.</source>
        <translation>Non ha un permesso di soggiorno.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="202"/>
        <source>Check the eligibility before you go on:</source>
        <translation>Verificare l&apos;ammissibilità prima di proseguire:</translation>
    </message>
</context>
<context>
    <name>ParticipantListPage</name>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="63"/>
        <source>Search name, code, phone or e-mail (Ctrl+F)</source>
        <translation>Cerca per nome, codice, telefono o e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="64"/>
        <source>Search participants</source>
        <translation>Cerca partecipanti</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="67"/>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="69"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="71"/>
        <source>Open and closed</source>
        <translation>Aperte e chiuse</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="72"/>
        <source>Open</source>
        <translation>Aperte</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="73"/>
        <source>Closed</source>
        <translation>Chiuse</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="78"/>
        <source>Caseworker</source>
        <translation>Operatore di riferimento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="80"/>
        <source>Pathway stage</source>
        <translation>Fase del percorso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="81"/>
        <source>Any stage</source>
        <translation>Qualsiasi fase</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="84"/>
        <source>&amp;New participant</source>
        <translation>&amp;Nuova partecipante</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="106"/>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="172"/>
        <source>All sites</source>
        <translation>Tutte le sedi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="173"/>
        <source>Any caseworker</source>
        <translation>Qualsiasi operatore di riferimento</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="257"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n partecipante</numerusform>
            <numerusform>%n partecipanti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantRecord</name>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="74"/>
        <source>Participant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="79"/>
        <source>You can read this record; your role does not allow changing it.</source>
        <translation>Questa scheda è in sola lettura: il proprio ruolo non consente di modificarla.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="83"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="84"/>
        <source>Save the record (Ctrl+S)</source>
        <translation>Salva la scheda (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="86"/>
        <source>Cl&amp;ose record…</source>
        <translation>C&amp;hiudi la scheda…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="88"/>
        <source>R&amp;eopen record…</source>
        <translation>Riapri la sc&amp;heda…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="90"/>
        <source>She is back: continue this record</source>
        <translation>È tornata: riprendere questa scheda</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="109"/>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="110"/>
        <source>Background</source>
        <translation>Origine e formazione</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="111"/>
        <source>Family &amp;&amp; availability</source>
        <translation>Famiglia &amp;&amp; disponibilità</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="112"/>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="113"/>
        <source>Pathway</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="114"/>
        <source>Placements</source>
        <translation>Inserimenti lavorativi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="115"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="116"/>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="147"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="273"/>
        <source>New participant</source>
        <translation>Nuova partecipante</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="274"/>
        <source>Fill in what you know; you can complete the rest later.</source>
        <translation>Compilare ciò che si sa; il resto si può completare in seguito.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_saving.py" line="91"/>
        <source>There are no changes to save.</source>
        <translation>Non ci sono modifiche da salvare.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_saving.py" line="104"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_saving.py" line="138"/>
        <source>%1 was created.</source>
        <translation>La scheda %1 è stata creata.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_closing.py" line="52"/>
        <source>Closed on %1: %2</source>
        <translation>Chiusa il %1: %2</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_closing.py" line="57"/>
        <source>Open since %1</source>
        <translation>Aperta dal %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_closing.py" line="60"/>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_closing.py" line="93"/>
        <source>The record was closed.</source>
        <translation>La scheda è stata chiusa.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_closing.py" line="103"/>
        <source>Record reopened: %1</source>
        <translation>Scheda riaperta: %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_closing.py" line="112"/>
        <source>The record is open again.</source>
        <translation>La scheda è di nuovo aperta.</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="34"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="35"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="36"/>
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="37"/>
        <source>Country of origin</source>
        <translation>Paese di origine</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="38"/>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="39"/>
        <source>Caseworker</source>
        <translation>Operatore di riferimento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="40"/>
        <source>Pathway stage</source>
        <translation>Fase del percorso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="41"/>
        <source>Last activity</source>
        <translation>Ultima attività</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="192"/>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message>
        <location filename="../w4i_desktop/views/participant/participants_screen.py" line="20"/>
        <source>← Back to the list</source>
        <translation>← Torna all&apos;elenco</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participants_screen.py" line="21"/>
        <source>Back to the list (Alt+Left)</source>
        <translation>Torna all&apos;elenco (Alt+Left)</translation>
    </message>
</context>
<context>
    <name>PasswordHint</name>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/password_hint.py" line="52"/>
        <source>At least %n characters; a short sentence is best.</source>
        <translation>
            <numerusform>Almeno %n carattere; meglio una breve frase.</numerusform>
            <numerusform>Almeno %n caratteri; meglio una breve frase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/password_hint.py" line="57"/>
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Troppo corta: almeno %n carattere.</numerusform>
            <numerusform>Troppo corta: almeno %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/password_hint.py" line="59"/>
        <source>Weak: too easy to guess, it would be refused.</source>
        <translation>Debole: troppo facile da indovinare, verrebbe rifiutata.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/password_hint.py" line="60"/>
        <source>Fair: accepted. Longer is stronger.</source>
        <translation>Discreta: accettata. Più è lunga, più è robusta.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/password_hint.py" line="61"/>
        <source>Strong.</source>
        <translation>Robusta.</translation>
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
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="86"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="87"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="88"/>
        <source>Started</source>
        <translation>Iniziata</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="89"/>
        <source>Completed</source>
        <translation>Completata</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="90"/>
        <source>By</source>
        <translation>A cura di</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="91"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="95"/>
        <source>Pathway steps</source>
        <translation>Fasi del percorso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="105"/>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="260"/>
        <source>Mark &amp;done (Space)</source>
        <translation>Segna come &amp;completata (Space)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="108"/>
        <source>S&amp;tart</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="111"/>
        <source>S&amp;kip…</source>
        <translation>Sal&amp;ta…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="114"/>
        <source>&amp;Edit due date and notes…</source>
        <translation>&amp;Modifica scadenza e note…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="117"/>
        <source>&amp;Print her summary (PDF)…</source>
        <translation>Stampa il suo &amp;riepilogo (PDF)…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="120"/>
        <source>Her steps, courses and placements in her language, without any notes</source>
        <translation>Le sue fasi, i corsi e gli inserimenti lavorativi nella sua lingua, senza alcuna nota</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="135"/>
        <source>Mark done</source>
        <translation>Segna come completata</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="198"/>
        <source>%1 of %2 steps done; %3 overdue.</source>
        <translation>%1 fasi su %2 completate; %3 scadute.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="203"/>
        <source>No pathway started yet.</source>
        <translation>Nessun percorso ancora avviato.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="213"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="216"/>
        <source>after her placement</source>
        <translation>dopo il suo inserimento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="218"/>
        <source>%1 (overdue)</source>
        <translation>%1 (scaduta)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="234"/>
        <source>Print her summary</source>
        <translation>Stampa il suo riepilogo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="235"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="242"/>
        <source>Her summary is saved as %1.</source>
        <translation>Il suo riepilogo è stato salvato in %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="256"/>
        <source>Back to &amp;to do (Space)</source>
        <translation>Riporta a &amp;da fare (Space)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="258"/>
        <source>Record her pla&amp;cement… (Space)</source>
        <translation>Registra il suo &amp;inserimento lavorativo… (Space)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="294"/>
        <source>Record her placement</source>
        <translation>Registra il suo inserimento lavorativo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="319"/>
        <source>Skip the step</source>
        <translation>Salta la fase</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="319"/>
        <source>Why is this step skipped?</source>
        <translation>Perché questa fase viene saltata?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="328"/>
        <source>Edit the step</source>
        <translation>Modifica la fase</translation>
    </message>
</context>
<context>
    <name>PermitBanner</name>
    <message>
        <location filename="../w4i_desktop/views/participant/permit_banner.py" line="36"/>
        <source>Residence permit</source>
        <translation>Permesso di soggiorno</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/permit_banner.py" line="53"/>
        <source>Her residence permit expires on %1 (in %2 days).</source>
        <translation>Il suo permesso di soggiorno scade il %1 (tra %2 giorni).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/permit_banner.py" line="58"/>
        <source>Her residence permit expires tomorrow, %1.</source>
        <translation>Il suo permesso di soggiorno scade domani, %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/permit_banner.py" line="60"/>
        <source>Her residence permit expires today, %1.</source>
        <translation>Il suo permesso di soggiorno scade oggi, %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/permit_banner.py" line="62"/>
        <source>Her residence permit expired yesterday, %1.</source>
        <translation>Il suo permesso di soggiorno è scaduto ieri, %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/permit_banner.py" line="64"/>
        <source>Her residence permit expired on %1 (%2 days ago).</source>
        <translation>Il suo permesso di soggiorno è scaduto il %1 (%2 giorni fa).</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="32"/>
        <source>New placement</source>
        <translation>Nuovo inserimento lavorativo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="38"/>
        <source>Edit the placement</source>
        <translation>Modifica l&apos;inserimento lavorativo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="43"/>
        <source>e.g. W4I-7KQ2M</source>
        <translation>es. W4I-7KQ2M</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="44"/>
        <source>&amp;Participant code</source>
        <translation>&amp;Codice della partecipante</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="50"/>
        <source>Choose the employer</source>
        <translation>Scegliere il datore di lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="52"/>
        <source>&amp;Employer</source>
        <translation>&amp;Datore di lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="55"/>
        <source>&amp;Vacancy</source>
        <translation>&amp;Offerta di lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="60"/>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="63"/>
        <source>&amp;Start</source>
        <translation>&amp;Inizio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="64"/>
        <source>E&amp;nd (if agreed)</source>
        <translation>Fi&amp;ne (se concordata)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="65"/>
        <source>&amp;Hours per week</source>
        <translation>O&amp;re settimanali</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="94"/>
        <source>Choose the employer.</source>
        <translation>Scegliere il datore di lavoro.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="117"/>
        <source>No particular vacancy</source>
        <translation>Nessuna offerta di lavoro in particolare</translation>
    </message>
</context>
<context>
    <name>PlacementsTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="211"/>
        <source>Employer</source>
        <translation>Datore di lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="212"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="213"/>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="214"/>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="215"/>
        <source>Hours/week</source>
        <translation>Ore/settimana</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="217"/>
        <source>Placements</source>
        <translation>Inserimenti lavorativi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="219"/>
        <source>A new placement schedules her follow-ups after 1, 3, 6 and 12 months on her pathway.</source>
        <translation>Un nuovo inserimento lavorativo programma nel suo percorso i follow-up dopo 1, 3, 6 e 12 mesi.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="226"/>
        <source>&amp;New placement…</source>
        <translation>&amp;Nuovo inserimento lavorativo…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="229"/>
        <source>Record a &amp;follow-up…</source>
        <translation>&amp;Registra un follow-up…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="232"/>
        <source>&amp;Matching vacancies…</source>
        <translation>&amp;Offerte di lavoro adatte…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="294"/>
        <source>ongoing</source>
        <translation>in corso</translation>
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
        <translation>&amp;Esporta tutti i suoi dati (JSON e PDF)…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="87"/>
        <source>E&amp;rase personal data…</source>
        <translation>&amp;Cancella i dati personali…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="90"/>
        <source>&amp;Delete record created by mistake…</source>
        <translation>E&amp;limina la scheda creata per errore…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="110"/>
        <source>Export all her data</source>
        <translation>Esporta tutti i suoi dati</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="113"/>
        <source>Choose the folder for the export</source>
        <translation>Scegli la cartella per l&apos;esportazione</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="124"/>
        <source>The folder %1 could not be made (%2).</source>
        <translation>Impossibile creare la cartella %1 (%2).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="135"/>
        <source>Her data is saved as %1.json (machine-readable) and %1.pdf (to read) in %2. The export is recorded in the audit log.</source>
        <translation>I suoi dati sono stati salvati come %1.json (leggibile da un programma) e %1.pdf (da leggere) in %2. L&apos;esportazione è registrata nel registro di audit.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="157"/>
        <source>The personal data of %1 is erased.</source>
        <translation>I dati personali di %1 sono stati cancellati.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="170"/>
        <source>Removes a record created by mistake and everything in it, while it is new and nothing was reported on her.</source>
        <translation>Rimuove una scheda creata per errore e tutto il suo contenuto, finché la scheda è recente e la partecipante non compare ancora in alcun report.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="106"/>
        <source>e.g. +39 333 123 4567</source>
        <translation>es. +39 333 123 4567</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="114"/>
        <source>Not chosen</source>
        <translation>Non scelta</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="122"/>
        <source>Identity</source>
        <translation>Identità</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="124"/>
        <source>First n&amp;ame</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="125"/>
        <source>&amp;Last name</source>
        <translation>&amp;Cognome</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="126"/>
        <source>Prefe&amp;rred name</source>
        <translation>Nome &amp;preferito</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="127"/>
        <source>date of birth</source>
        <translation>data di nascita</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="128"/>
        <source>Date of &amp;birth</source>
        <translation>&amp;Data di nascita</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="129"/>
        <source>&amp;Year of birth</source>
        <translation>&amp;Anno di nascita</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="132"/>
        <source>Contact</source>
        <translation>Recapiti</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="134"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="135"/>
        <source>&amp;E-mail</source>
        <translation>E-ma&amp;il</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="136"/>
        <source>&amp;Municipality</source>
        <translation>Co&amp;mune</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="137"/>
        <source>&amp;Neighbourhood</source>
        <translation>&amp;Quartiere</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="141"/>
        <source>Language for &amp;documents</source>
        <translation>Lin&amp;gua dei documenti</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="146"/>
        <source>Enrolment</source>
        <translation>Iscrizione</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="148"/>
        <source>Si&amp;te</source>
        <translation>S&amp;ede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="149"/>
        <source>&amp;Caseworker</source>
        <translation>&amp;Operatore di riferimento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="150"/>
        <source>intake date</source>
        <translation>data di accoglienza</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="151"/>
        <source>&amp;Intake date</source>
        <translation>Data di accoglien&amp;za</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="155"/>
        <source>Needs and &amp;goals</source>
        <translation>&amp;Bisogni e obiettivi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="158"/>
        <source>Sensiti&amp;ve notes</source>
        <translation>Note &amp;riservate</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="160"/>
        <source>Only staff, managers and administrators can read these notes.</source>
        <translation>Solo operatori, responsabili e amministratori possono leggere queste note.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="189"/>
        <source>Not assigned</source>
        <translation>Non assegnato</translation>
    </message>
</context>
<context>
    <name>RecordPrompts</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="37"/>
        <source>…and %n more.</source>
        <translation>…e ancora %n.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="46"/>
        <source>Possible duplicate</source>
        <translation>Possibile duplicato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="48"/>
        <source>This person may already be registered:</source>
        <translation>Questa persona potrebbe essere già registrata:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="50"/>
        <source>These participants may be the same person:</source>
        <translation>Queste partecipanti potrebbero essere la stessa persona:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="55"/>
        <source>Open the existing record instead, or create a new one anyway?</source>
        <translation>Aprire invece la scheda esistente o creare comunque una nuova scheda?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="61"/>
        <source>&amp;Open existing</source>
        <translation>&amp;Apri la scheda esistente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="65"/>
        <source>&amp;Create anyway</source>
        <translation>&amp;Crea comunque</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="87"/>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="88"/>
        <source>This record has changes that are not saved.</source>
        <translation>Questa scheda contiene modifiche non salvate.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="89"/>
        <source>Save them before leaving the record?</source>
        <translation>Salvarle prima di uscire dalla scheda?</translation>
    </message>
</context>
<context>
    <name>RecordWidgets</name>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="307"/>
        <source>Clear</source>
        <translation>Svuota</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="309"/>
        <source>Clear %1</source>
        <translation>Svuota %1</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="50"/>
        <source>Your recovery key</source>
        <translation>La chiave di recupero</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="53"/>
        <source>&lt;p&gt;If every password is forgotten, this key is the only way to open the database.&lt;/p&gt;&lt;p&gt;Print it or save it as a PDF, and keep it locked away from this computer. Until you confirm that you have stored it, it is shown again each time an administrator signs in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Se tutte le password vengono dimenticate, questa chiave è l&apos;unico modo per aprire il database.&lt;/p&gt;&lt;p&gt;Stamparla o salvarla come PDF e conservarla sotto chiave, lontano da questo computer. Finché non si conferma di averla messa al sicuro, viene mostrata di nuovo a ogni accesso di un amministratore.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="69"/>
        <source>Recovery key</source>
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="70"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="73"/>
        <source>Save as &amp;PDF…</source>
        <translation>Salva come &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="76"/>
        <source>I have &amp;stored the recovery key</source>
        <translation>Ho &amp;messo al sicuro la chiave di recupero</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="80"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continua</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="83"/>
        <source>Show it again &amp;later</source>
        <translation>Mostra di nuovo più &amp;tardi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="87"/>
        <source>Close without confirming: the key is shown again at the next sign-in.</source>
        <translation>Chiudi senza confermare: la chiave verrà mostrata di nuovo al prossimo accesso.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="119"/>
        <source>&lt;h1&gt;W4I Desktop recovery key&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 20pt&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This key opens the encrypted database when every password is forgotten. Keep this page locked away, apart from the computer.&lt;/p&gt;&lt;p&gt;This page was made on %3. A newer key, once made, replaces this one.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Chiave di recupero di W4I Desktop&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 20pt&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Questa chiave apre il database cifrato quando tutte le password sono state dimenticate. Conservare questa pagina sotto chiave, lontano dal computer.&lt;/p&gt;&lt;p&gt;Pagina creata il %3. Una nuova chiave, una volta creata, sostituisce questa.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="136"/>
        <source>Print the recovery key</source>
        <translation>Stampa la chiave di recupero</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="144"/>
        <source>Save the recovery key</source>
        <translation>Salva la chiave di recupero</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="146"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="134"/>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="155"/>
        <source>W4I Desktop recovery key</source>
        <translation>Chiave di recupero di W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="158"/>
        <source>The PDF could not be written.</source>
        <translation>Impossibile scrivere il PDF.</translation>
    </message>
</context>
<context>
    <name>RecoveryResetDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="153"/>
        <source>Forgotten password</source>
        <translation>Password dimenticata</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="156"/>
        <source>Type the recovery key printed when this database was created (30 letters and digits in 6 groups) and choose a new password.</source>
        <translation>Digitare la chiave di recupero stampata quando è stato creato questo database (30 lettere e cifre in 6 gruppi) e scegliere una nuova password.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="163"/>
        <source>&amp;User name</source>
        <translation>&amp;Nome utente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="166"/>
        <source>Recovery &amp;key</source>
        <translation>&amp;Chiave di recupero</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="167"/>
        <source>New &amp;password</source>
        <translation>Nuova &amp;password</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="167"/>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="169"/>
        <source>Password &amp;again</source>
        <translation>Ripe&amp;ti la password</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="169"/>
        <source>Password again</source>
        <translation>Ripeti la password</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/reopen_dialog.py" line="20"/>
        <source>Reopen record</source>
        <translation>Riapri la scheda</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/reopen_dialog.py" line="23"/>
        <source>%2.

Reopening continues %1&apos;s record: she stays one participant, and the closure no longer counts as an exit.</source>
        <translation>%2.

La riapertura prosegue la scheda di %1: resta un&apos;unica partecipante e la chiusura non conta più come uscita.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/reopen_dialog.py" line="30"/>
        <source>&amp;Why is the record reopened?</source>
        <translation>&amp;Perché la scheda viene riaperta?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/reopen_dialog.py" line="35"/>
        <source>Why is the record reopened?</source>
        <translation>Perché la scheda viene riaperta?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/reopen_dialog.py" line="37"/>
        <source>Kept as a note in her timeline.</source>
        <translation>Conservato come nota nella sua cronologia.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/reopen_dialog.py" line="44"/>
        <source>&amp;Reopen record</source>
        <translation>&amp;Riapri la scheda</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="59"/>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="208"/>
        <source>Quarterly report</source>
        <translation>Report trimestrale</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="64"/>
        <source>&amp;Quarter</source>
        <translation>&amp;Trimestre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="66"/>
        <source>Cust&amp;om dates</source>
        <translation>Date pers&amp;onalizzate</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="69"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="72"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="72"/>
        <source>Until</source>
        <translation>Al</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="98"/>
        <source>&amp;Pseudonymised (codes only, small counts shown as &lt;5)</source>
        <translation>&amp;Pseudonimizzato (solo codici, numeri piccoli indicati come &lt;5)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="102"/>
        <source>&amp;Named (exact counts and names; the reason is recorded)</source>
        <translation>&amp;Nominativo (numeri esatti e nomi; il motivo viene registrato)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="109"/>
        <source>Why names are needed, e.g. the funder&apos;s audit</source>
        <translation>Perché servono i nomi, es. la verifica del finanziatore</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="114"/>
        <source>&amp;Excel workbook (.xlsx)</source>
        <translation>Cartella di lavoro &amp;Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="116"/>
        <source>P&amp;DF report</source>
        <translation>Report P&amp;DF</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="124"/>
        <source>&amp;Create the report…</source>
        <translation>&amp;Crea il report…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="129"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="130"/>
        <source>&amp;Site</source>
        <translation>&amp;Sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="131"/>
        <source>Contents</source>
        <translation>Contenuto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="133"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="134"/>
        <source>&amp;Language</source>
        <translation>Lin&amp;gua</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="135"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="154"/>
        <source>Reports are made by managers. Ask one if you need figures.</source>
        <translation>I report sono prodotti dai responsabili. Rivolgersi a uno di loro se servono dei dati.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="168"/>
        <source>All sites</source>
        <translation>Tutte le sedi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="221"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="221"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="239"/>
        <source>The report is saved as %1.</source>
        <translation>Il report è stato salvato in %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="234"/>
        <source>Building the report…</source>
        <translation>Creazione del report…</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="118"/>
        <source>Set a new password</source>
        <translation>Imposta una nuova password</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="120"/>
        <source>A new password for %1 (%2).</source>
        <translation>Una nuova password per %1 (%2).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="127"/>
        <source>New &amp;password</source>
        <translation>Nuova &amp;password</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="127"/>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="129"/>
        <source>Password &amp;again</source>
        <translation>Ripe&amp;ti la password</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="129"/>
        <source>Password again</source>
        <translation>Ripeti la password</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="131"/>
        <source>The account becomes active again.</source>
        <translation>L&apos;account torna attivo.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="135"/>
        <source>Your password was changed.</source>
        <translation>La password è stata modificata.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="137"/>
        <source>The password of %1 was changed.</source>
        <translation>La password di %1 è stata modificata.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="51"/>
        <source>Restore a backup</source>
        <translation>Ripristina una copia di sicurezza</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="57"/>
        <source>Backups, newest first</source>
        <translation>Copie di sicurezza, dalla più recente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="60"/>
        <source>%1 · %2 · %3 MB</source>
        <translation>%1 · %2 · %3 MB</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="69"/>
        <source>&amp;Other file…</source>
        <translation>&amp;Altro file…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="71"/>
        <source>An &amp;administrator&apos;s password</source>
        <translation>La password di un a&amp;mministratore</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="73"/>
        <source>The &amp;recovery key</source>
        <translation>La &amp;chiave di recupero</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="80"/>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="142"/>
        <source>Check the backup to see what it holds.</source>
        <translation>Verificare la copia di sicurezza per vedere cosa contiene.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="84"/>
        <source>&amp;Check the backup</source>
        <translation>&amp;Verifica la copia di sicurezza</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="89"/>
        <source>R&amp;estore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="98"/>
        <source>&amp;User name</source>
        <translation>&amp;Nome utente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="100"/>
        <source>&amp;Password or key</source>
        <translation>&amp;Password o chiave</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="102"/>
        <source>Backups in %1, newest first:</source>
        <translation>Copie di sicurezza in %1, dalla più recente:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="113"/>
        <source>made by hand</source>
        <translation>creata a mano</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="114"/>
        <source>automatic</source>
        <translation>automatica</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="115"/>
        <source>before a restore</source>
        <translation>prima di un ripristino</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="116"/>
        <source>before an upgrade</source>
        <translation>prima di un aggiornamento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="117"/>
        <source>damaged database kept</source>
        <translation>database danneggiato conservato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="123"/>
        <source>W4I backups (*.w4ibak)</source>
        <translation>Copie di sicurezza W4I (*.w4ibak)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="152"/>
        <source>Checking the backup…</source>
        <translation>Verifica della copia di sicurezza…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="161"/>
        <source>The backup is intact. It holds %1 participants, %2 employers, %3 placements and %4 users. Restoring replaces everything entered since it was made; the current state is kept as a backup first.</source>
        <translation>La copia di sicurezza è integra. Contiene %1 partecipanti, %2 datori di lavoro, %3 inserimenti lavorativi e %4 utenti. Il ripristino sostituisce tutto ciò che è stato inserito dopo la sua creazione; lo stato attuale viene prima salvato come copia di sicurezza.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="183"/>
        <source>Restoring…</source>
        <translation>Ripristino in corso…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="208"/>
        <source>The database is restored from %1.</source>
        <translation>Il database è stato ripristinato da %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="211"/>
        <source>The state before the restore is kept in %1.</source>
        <translation>Lo stato precedente al ripristino è conservato in %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="218"/>
        <source>Applied again: %n erasure(s) made after this backup, so erased data stays erased.</source>
        <translation>
            <numerusform>Riapplicata: %n cancellazione effettuata dopo questa copia di sicurezza, così i dati cancellati restano cancellati.</numerusform>
            <numerusform>Riapplicate: %n cancellazioni effettuate dopo questa copia di sicurezza, così i dati cancellati restano cancellati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="227"/>
        <source>Deleted again: %n record(s) deleted as created by mistake after this backup.</source>
        <translation>
            <numerusform>Eliminata di nuovo: %n scheda che dopo questa copia di sicurezza era stata eliminata perché creata per errore.</numerusform>
            <numerusform>Eliminate di nuovo: %n schede che dopo questa copia di sicurezza erano state eliminate perché create per errore.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="232"/>
        <source>Everyone signs in again.</source>
        <translation>Tutti devono accedere di nuovo.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="31"/>
        <source>Retention review</source>
        <translation>Verifica della conservazione dei dati</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="37"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="37"/>
        <source>Closed on</source>
        <translation>Chiusa il</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="38"/>
        <source>Participants past retention</source>
        <translation>Partecipanti oltre il periodo di conservazione</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="54"/>
        <source>Personal data is kept for %n year(s) after a participant&apos;s closure (Settings). Anonymising removes names, contact details and notes and keeps the anonymous statistics the reports need.</source>
        <translation>
            <numerusform>I dati personali sono conservati per %n anno dopo la chiusura della scheda di una partecipante (Impostazioni). L&apos;anonimizzazione rimuove nomi, recapiti e note e mantiene le statistiche anonime necessarie ai report.</numerusform>
            <numerusform>I dati personali sono conservati per %n anni dopo la chiusura della scheda di una partecipante (Impostazioni). L&apos;anonimizzazione rimuove nomi, recapiti e note e mantiene le statistiche anonime necessarie ai report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="65"/>
        <source>&amp;Anonymise %n participant(s)…</source>
        <translation>
            <numerusform>&amp;Anonimizza %n partecipante…</numerusform>
            <numerusform>&amp;Anonimizza %n partecipanti…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="73"/>
        <source>Anonymise %n participant(s) now? This cannot be undone.</source>
        <translation>
            <numerusform>Anonimizzare %n partecipante ora? L&apos;operazione non può essere annullata.</numerusform>
            <numerusform>Anonimizzare %n partecipanti ora? L&apos;operazione non può essere annullata.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="82"/>
        <source>Anonymising…</source>
        <translation>Anonimizzazione in corso…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="87"/>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="94"/>
        <source>%n participant(s) anonymised.</source>
        <translation>
            <numerusform>%n partecipante anonimizzata.</numerusform>
            <numerusform>%n partecipanti anonimizzate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="281"/>
        <source>Review and submit</source>
        <translation>Controllo e invio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="281"/>
        <source>Check the answers, then Submit.</source>
        <translation>Controllare le risposte, poi premere Invia.</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="29"/>
        <source>Database server</source>
        <translation>Server del database</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="33"/>
        <source>e.g. db.example.org</source>
        <translation>es. db.example.org</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="44"/>
        <source>Encrypt the connection (&amp;TLS)</source>
        <translation>Cifra la connessione (&amp;TLS)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="47"/>
        <source>A server on another computer is always reached over TLS.</source>
        <translation>Un server su un altro computer si raggiunge sempre tramite TLS.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="53"/>
        <source>The server&apos;s administrator makes an empty database and a role that owns it. The role&apos;s password is kept in this computer&apos;s credential store, or asked at each start where there is none.</source>
        <translation>L&apos;amministratore del server crea un database vuoto e un ruolo che ne è proprietario. La password del ruolo è conservata nell&apos;archivio credenziali di questo computer oppure, se non c&apos;è, viene chiesta a ogni avvio.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="60"/>
        <source>Server host</source>
        <translation>Host del server</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="61"/>
        <source>Server port</source>
        <translation>Porta del server</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="62"/>
        <source>Database name on the server</source>
        <translation>Nome del database sul server</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="63"/>
        <source>Server role</source>
        <translation>Ruolo sul server</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="64"/>
        <source>Password of the server role</source>
        <translation>Password del ruolo sul server</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="70"/>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="73"/>
        <source>Ser&amp;ver role</source>
        <translation>Ruolo sul ser&amp;ver</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="72"/>
        <source>Data&amp;base</source>
        <translation>Data&amp;base</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="71"/>
        <source>Port &amp;number</source>
        <translation>&amp;Numero di porta</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="74"/>
        <source>Role pass&amp;word</source>
        <translation>Pass&amp;word del ruolo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="102"/>
        <source>Enter the name or address of the database server.</source>
        <translation>Indicare il nome o l&apos;indirizzo del server del database.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="106"/>
        <source>Enter the name of the database on the server.</source>
        <translation>Indicare il nome del database sul server.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="51"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="65"/>
        <source>Choose a &amp;logo…</source>
        <translation>Scegli un lo&amp;go…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="67"/>
        <source>Re&amp;move the logo</source>
        <translation>Ri&amp;muovi il logo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="77"/>
        <source> years after closure</source>
        <translation> anni dopo la chiusura</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="91"/>
        <source>For how many days after its creation an administrator can delete a record created by mistake (0: on the day only)</source>
        <translation>Per quanti giorni dopo la creazione un amministratore può eliminare una scheda creata per errore (0: solo il giorno stesso)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="99"/>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="144"/>
        <source>Backup folder (this computer)</source>
        <translation>Cartella delle copie (questo computer)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="100"/>
        <source>Choos&amp;e…</source>
        <translation>Sc&amp;egli…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="124"/>
        <source>&amp;Save the settings</source>
        <translation>&amp;Salva le impostazioni</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="127"/>
        <source>Show the &amp;data folder</source>
        <translation>Mostra la ca&amp;rtella dei dati</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="130"/>
        <source>Make a new recover&amp;y key…</source>
        <translation>Crea una nuova c&amp;hiave di recupero…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="133"/>
        <source>The old recovery key stops working; store the new one safely</source>
        <translation>La vecchia chiave di recupero smette di funzionare; conservare la nuova in un luogo sicuro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="138"/>
        <source>&amp;Organisation name</source>
        <translation>Nome dell&apos;&amp;organizzazione</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="139"/>
        <source>Logo on reports</source>
        <translation>Logo sui report</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="140"/>
        <source>&amp;Keep personal data</source>
        <translation>&amp;Conserva i dati personali</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="141"/>
        <source>Dashboard: &amp;permits expiring within</source>
        <translation>Cruscotto: &amp;permessi in scadenza entro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="142"/>
        <source>Automatic &amp;backups kept</source>
        <translation>Copie &amp;automatiche conservate</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="143"/>
        <source>Delete mistaken records within</source>
        <translation>Elimina schede create per errore entro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="145"/>
        <source>Lock the &amp;window after</source>
        <translation>&amp;Blocca la finestra dopo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="146"/>
        <source>Language of the interf&amp;ace</source>
        <translation>Lingua dell&apos;&amp;interfaccia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="167"/>
        <source>Ge&amp;neral</source>
        <translation>Ge&amp;nerale</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="168"/>
        <source>Si&amp;tes</source>
        <translation>Se&amp;di</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="169"/>
        <source>Use&amp;rs</source>
        <translation>Uten&amp;ti</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="171"/>
        <source>Sk&amp;ills</source>
        <translation>Competen&amp;ze</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="200"/>
        <source>Only managers and administrators change the organisation&apos;s settings. These settings are for this computer.</source>
        <translation>Solo responsabili e amministratori possono modificare le impostazioni dell&apos;organizzazione. Queste impostazioni valgono per questo computer.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="239"/>
        <source>A logo of %1 KB</source>
        <translation>Un logo di %1 KB</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="241"/>
        <source>No logo</source>
        <translation>Nessun logo</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="259"/>
        <source> minute(s) without use</source>
        <translation>
            <numerusform> minuto di inattività</numerusform>
            <numerusform> minuti di inattività</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="262"/>
        <source> day(s)</source>
        <translation>
            <numerusform> giorno</numerusform>
            <numerusform> giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="265"/>
        <source> day(s) of creation</source>
        <translation>
            <numerusform> giorno dalla creazione</numerusform>
            <numerusform> giorni dalla creazione</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="269"/>
        <source>Choose a logo</source>
        <translation>Scegliere un logo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="269"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Immagini (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="279"/>
        <source>The file %1 cannot be read.</source>
        <translation>Impossibile leggere il file %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="296"/>
        <source>Backup folder</source>
        <translation>Cartella delle copie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="324"/>
        <source>The settings are saved.</source>
        <translation>Le impostazioni sono salvate.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="190"/>
        <source>Add a site</source>
        <translation>Aggiungi una sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="190"/>
        <source>Change a site</source>
        <translation>Modifica una sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="192"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="193"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Comune</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="197"/>
        <source>Not set</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="198"/>
        <source>&amp;Country</source>
        <translation>&amp;Paese</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="202"/>
        <source>&amp;Open (closed sites keep their history)</source>
        <translation>&amp;Aperta (le sedi chiuse mantengono il loro storico)</translation>
    </message>
</context>
<context>
    <name>SitesPanel</name>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="227"/>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="228"/>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="229"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="230"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="231"/>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="232"/>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="236"/>
        <source>Sites</source>
        <translation>Sedi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="238"/>
        <source>Add a &amp;site…</source>
        <translation>Aggiungi una &amp;sede…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="239"/>
        <source>C&amp;hange…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="260"/>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="260"/>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
</context>
<context>
    <name>Skills</name>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="17"/>
        <source>Accounting</source>
        <translation>Contabilità</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="18"/>
        <source>Agriculture</source>
        <translation>Agricoltura</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="19"/>
        <source>Beauty care</source>
        <translation>Estetica</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="20"/>
        <source>Cash register</source>
        <translation>Cassa</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="21"/>
        <source>Catering</source>
        <translation>Catering</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="22"/>
        <source>Childcare</source>
        <translation>Cura dei bambini</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="23"/>
        <source>Cleaning</source>
        <translation>Pulizie</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="24"/>
        <source>Computer basics</source>
        <translation>Informatica di base</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="25"/>
        <source>Cooking</source>
        <translation>Cucina</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="26"/>
        <source>Crafts</source>
        <translation>Artigianato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="27"/>
        <source>Customer service</source>
        <translation>Servizio clienti</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="28"/>
        <source>Driving</source>
        <translation>Guida di veicoli</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="29"/>
        <source>Elderly care</source>
        <translation>Assistenza agli anziani</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="30"/>
        <source>Gardening</source>
        <translation>Giardinaggio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="31"/>
        <source>Hairdressing</source>
        <translation>Acconciatura</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="32"/>
        <source>Hospitality</source>
        <translation>Ospitalità alberghiera</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="33"/>
        <source>Nursing</source>
        <translation>Assistenza infermieristica</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="34"/>
        <source>Office administration</source>
        <translation>Segreteria e amministrazione</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="35"/>
        <source>Programming</source>
        <translation>Programmazione</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="36"/>
        <source>Retail</source>
        <translation>Vendita al dettaglio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="37"/>
        <source>Sewing</source>
        <translation>Cucito</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="38"/>
        <source>Teaching</source>
        <translation>Insegnamento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="39"/>
        <source>Translation and interpreting</source>
        <translation>Traduzione e interpretariato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="40"/>
        <source>Warehouse work</source>
        <translation>Lavoro in magazzino</translation>
    </message>
</context>
<context>
    <name>SkillsEdit</name>
    <message>
        <location filename="../w4i_desktop/views/skill_picker.py" line="64"/>
        <source>Type a skill and press Enter</source>
        <translation>Digitare una competenza e premere Enter</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_picker.py" line="71"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_picker.py" line="83"/>
        <source>Skills chosen</source>
        <translation>Competenze scelte</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_picker.py" line="84"/>
        <source>Select a skill and press Delete to remove it.</source>
        <translation>Selezionare una competenza e premere Delete per rimuoverla.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_picker.py" line="152"/>
        <source>“%1” is not on the list of skills. Pick one of the suggestions.</source>
        <translation>“%1” non è nell&apos;elenco delle competenze. Scegliere uno dei suggerimenti.</translation>
    </message>
</context>
<context>
    <name>SkillsPanel</name>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="37"/>
        <source>Participants&apos; skills and the skills vacancies ask for are chosen from this list, so that matching compares like with like.</source>
        <translation>Le competenze delle partecipanti e quelle richieste dalle offerte di lavoro si scelgono da questo elenco, così l&apos;abbinamento confronta elementi omogenei.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="45"/>
        <source>Skill</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="45"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="46"/>
        <source>Skills</source>
        <translation>Competenze</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="56"/>
        <source>A skill missing from the list</source>
        <translation>Una competenza che manca nell&apos;elenco</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="57"/>
        <source>New skill</source>
        <translation>Nuova competenza</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="59"/>
        <source>&amp;Add to the list</source>
        <translation>&amp;Aggiungi all&apos;elenco</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="86"/>
        <source>Only administrators add skills to the list.</source>
        <translation>Solo gli amministratori possono aggiungere competenze all&apos;elenco.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="100"/>
        <source>Built in</source>
        <translation>Predefinita</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="100"/>
        <source>Added</source>
        <translation>Aggiunta</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="113"/>
        <source>%1 was added to the list.</source>
        <translation>La competenza %1 è stata aggiunta all&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="66"/>
        <source>&amp;Due</source>
        <translation>&amp;Scadenza</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="67"/>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="55"/>
        <source>Saving makes a new version of the template. Pathways already started keep their steps; new pathways follow the new version.</source>
        <translation>Il salvataggio crea una nuova versione del modello. I percorsi già avviati mantengono le loro fasi; i nuovi percorsi seguono la nuova versione.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="62"/>
        <source>Language of the titles</source>
        <translation>Lingua dei titoli</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="73"/>
        <source>Steps of the pathway template</source>
        <translation>Fasi del modello di percorso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="75"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="75"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="75"/>
        <source>Due after (days)</source>
        <translation>Scadenza dopo (giorni)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="75"/>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="199"/>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="231"/>
        <source>Required</source>
        <translation>Obbligatoria</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="84"/>
        <source>&amp;Add a step</source>
        <translation>&amp;Aggiungi una fase</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="87"/>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="90"/>
        <source>Move u&amp;p (Ctrl+Up)</source>
        <translation>S&amp;posta in su (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="93"/>
        <source>Move do&amp;wn (Ctrl+Down)</source>
        <translation>Sposta in &amp;giù (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="96"/>
        <source>&amp;Save as a new version</source>
        <translation>&amp;Salva come nuova versione</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="99"/>
        <source>Re&amp;vert</source>
        <translation>Annulla le &amp;modifiche</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="104"/>
        <source>Titles in:</source>
        <translation>Titoli in:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="146"/>
        <source>%1, version %2</source>
        <translation>%1, versione %2</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="174"/>
        <source>Kind of step %1</source>
        <translation>Tipo della fase %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="184"/>
        <source>English: %1</source>
        <translation>Inglese: %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="199"/>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="231"/>
        <source>Optional</source>
        <translation>Facoltativa</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="275"/>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="276"/>
        <source>Save the changes to the pathway template?</source>
        <translation>Salvare le modifiche al modello di percorso?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="288"/>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="294"/>
        <source>Pathway template</source>
        <translation>Modello di percorso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="295"/>
        <source>Saved as version %1. New pathways follow it.</source>
        <translation>Salvato come versione %1. I nuovi percorsi la seguiranno.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="53"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="53"/>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="69"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="53"/>
        <source>By</source>
        <translation>A cura di</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="53"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="55"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="63"/>
        <source>&amp;Add to timeline</source>
        <translation>&amp;Aggiungi alla cronologia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="67"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="70"/>
        <source>&amp;Text</source>
        <translation>T&amp;esto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="72"/>
        <source>Text of the note</source>
        <translation>Testo della nota</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="110"/>
        <source>(former user)</source>
        <translation>(ex utente)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="128"/>
        <source>Write the note before adding it.</source>
        <translation>Scrivere la nota prima di aggiungerla.</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="129"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="130"/>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="131"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="132"/>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="133"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="134"/>
        <source>Last sign-in</source>
        <translation>Ultimo accesso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="138"/>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="139"/>
        <source>&amp;Add a user…</source>
        <translation>&amp;Aggiungi un utente…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="140"/>
        <source>&amp;Change…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="142"/>
        <source>Set a new &amp;password…</source>
        <translation>Imposta una nuova &amp;password…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="145"/>
        <source>&amp;Deactivate</source>
        <translation>D&amp;isattiva</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="166"/>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="166"/>
        <source>Deactivated</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="206"/>
        <source>Deactivate a user</source>
        <translation>Disattiva un utente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="208"/>
        <source>%1 will no longer be able to sign in. Her work stays in the records. An administrator can set a new password to let her back in.</source>
        <translation>%1 non potrà più accedere. Il suo lavoro resta nelle schede. Un amministratore può impostare una nuova password per consentirle di nuovo l&apos;accesso.</translation>
    </message>
</context>
<context>
    <name>VacancyDialog</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="74"/>
        <source>New vacancy</source>
        <translation>Nuova offerta di lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="74"/>
        <source>Edit the vacancy</source>
        <translation>Modifica l&apos;offerta di lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="76"/>
        <source>&amp;Title</source>
        <translation>&amp;Titolo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="78"/>
        <source>As the employer</source>
        <translation>Come il datore di lavoro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="79"/>
        <source>S&amp;ector</source>
        <translation>S&amp;ettore</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="80"/>
        <source>&amp;Municipality</source>
        <translation>Co&amp;mune</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="81"/>
        <source>&amp;Hours per week</source>
        <translation>&amp;Ore settimanali</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="82"/>
        <source>&amp;Days</source>
        <translation>&amp;Giorni</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="83"/>
        <source>&amp;From</source>
        <translation>&amp;Dalle</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="84"/>
        <source>Un&amp;til</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="96"/>
        <source>Lan&amp;guage</source>
        <translation>Li&amp;ngua</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="132"/>
        <source>%1 (the language of the site)</source>
        <translation>%1 (la lingua della sede)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="134"/>
        <source>The host language (the site has no country)</source>
        <translation>La lingua del Paese ospitante (la sede non ha un Paese)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="88"/>
        <source>Hours fit with &amp;childcare (school or nursery hours)</source>
        <translation>Orari compatibili con i ser&amp;vizi per l&apos;infanzia (orari di scuola o nido)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="92"/>
        <source>&amp;Contract</source>
        <translation>&amp;Contratto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="95"/>
        <source>&amp;Language level needed</source>
        <translation>&amp;Livello linguistico richiesto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="99"/>
        <source>S&amp;kills</source>
        <translation>Com&amp;petenze</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="102"/>
        <source>&amp;Opened on</source>
        <translation>Aperta &amp;il</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="103"/>
        <source>C&amp;losed on</source>
        <translation>C&amp;hiusa il</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="106"/>
        <source>&amp;Status</source>
        <translation>&amp;Stato</translation>
    </message>
</context>
<context>
    <name>VolunteerWelcome</name>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard_tables.py" line="179"/>
        <source>Start an intake interview with %1 (File menu, New intake interview). Interviews you have not finished are under Intake drafts (%2); the people you have interviewed are on the Participants screen (%3).</source>
        <translation>Avviare un colloquio di accoglienza con %1 (menu File, Nuovo colloquio di accoglienza). I colloqui non terminati si trovano in Bozze dei colloqui (%2); le persone già intervistate sono nella schermata Partecipanti (%3).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard_tables.py" line="191"/>
        <source>Start an &amp;intake interview</source>
        <translation>Avvia un colloquio di &amp;accoglienza</translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <location filename="../w4i_desktop/views/widgets.py" line="65"/>
        <source>Not known</source>
        <translation>Non noto</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../w4i_desktop/views/operations.py" line="227"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/operations.py" line="233"/>
        <source>Stopping…</source>
        <translation>Interruzione in corso…</translation>
    </message>
</context>
</TS>
