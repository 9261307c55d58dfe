<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="51"/>
        <source>About W4I Desktop</source>
        <translation>Acerca de W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="67"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="72"/>
        <source>Case management for organisations that help migrant women into work. Your data stays encrypted on this computer.</source>
        <translation>Gestión de casos para organizaciones que ayudan a mujeres migrantes a encontrar empleo. Tus datos se mantienen cifrados en este ordenador.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="79"/>
        <source>W4I Desktop is free software: you may share and change it under the terms of the GNU General Public License, version 3 or (at your choice) any later version (%1). It comes with no warranty. &lt;a href=&quot;%2&quot;&gt;Read the licence&lt;/a&gt;.</source>
        <translation>W4I Desktop es software libre: puedes compartirlo y modificarlo según los términos de la GNU General Public License, versión 3 o (a tu elección) cualquier versión posterior (%1). Se ofrece sin ninguna garantía. &lt;a href=&quot;%2&quot;&gt;Lee la licencia&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="101"/>
        <source>Components included in W4I Desktop:</source>
        <translation>Componentes incluidos en W4I Desktop:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="104"/>
        <source>Components included</source>
        <translation>Componentes incluidos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="106"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="106"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="106"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="132"/>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="136"/>
        <source>Select a component to read its licence.</source>
        <translation>Selecciona un componente para leer su licencia.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="144"/>
        <source>&amp;Copy version information</source>
        <translation>&amp;Copiar la información de versión</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="147"/>
        <source>The versions of W4I Desktop, Qt and Python and the operating system</source>
        <translation>Las versiones de W4I Desktop, Qt y Python y del sistema operativo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="189"/>
        <source>%1 is distributed under %2. Its licence text is not included here; read it at %3.</source>
        <translation>%1 se distribuye bajo %2. El texto de la licencia no se incluye aquí; puedes leerlo en %3.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/about_dialog.py" line="203"/>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../w4i_desktop/views/window/auto_backup.py" line="115"/>
        <source>The automatic backup failed: %1</source>
        <translation>La copia de seguridad automática ha fallado: %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/auto_backup.py" line="170"/>
        <source>Making the automatic backup…</source>
        <translation>Haciendo la copia de seguridad automática…</translation>
    </message>
</context>
<context>
    <name>BackgroundTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="201"/>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="204"/>
        <source>Not known</source>
        <translation>No consta</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="212"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="212"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="213"/>
        <source>Not known or not applicable</source>
        <translation>No consta o no procede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="222"/>
        <source>Origin and residence</source>
        <translation>Origen y residencia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="224"/>
        <source>Country of &amp;birth</source>
        <translation>País de &amp;nacimiento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="225"/>
        <source>&amp;Nationality</source>
        <translation>Naciona&amp;lidad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="226"/>
        <source>&amp;Arrival year</source>
        <translation>Añ&amp;o de llegada</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="227"/>
        <source>&amp;Residence permit</source>
        <translation>&amp;Permiso de residencia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="228"/>
        <source>permit expiry</source>
        <translation>caducidad del permiso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="230"/>
        <source>Permit e&amp;xpires on</source>
        <translation>El permiso ca&amp;duca el</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="232"/>
        <source>&amp;Languages spoken</source>
        <translation>Idioma&amp;s que habla</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="236"/>
        <source>Education and work</source>
        <translation>Estudios y trabajo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="238"/>
        <source>&amp;Education</source>
        <translation>&amp;Estudios</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="242"/>
        <source>&amp;Qualification recognised</source>
        <translation>Título &amp;homologado</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="246"/>
        <source>E&amp;mployment at intake</source>
        <translation>Situación la&amp;boral en la acogida</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="248"/>
        <source>S&amp;kills</source>
        <translation>&amp;Competencias</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="250"/>
        <source>&amp;Work experience</source>
        <translation>E&amp;xperiencia laboral</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="255"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="256"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="257"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="258"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="259"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="263"/>
        <source>Language assessments (CEFR)</source>
        <translation>Evaluaciones de idioma (MCER)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="281"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="283"/>
        <source>Self-assessed</source>
        <translation>Autoevaluado</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="283"/>
        <source>Tested</source>
        <translation>Con prueba</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="253"/>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="258"/>
        <source>Making an encrypted backup…</source>
        <translation>Haciendo una copia de seguridad cifrada…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="268"/>
        <source>The backup is made and checked: %1 in %2. Keep a copy away from this computer too (with its .keys file).</source>
        <translation>La copia de seguridad está hecha y comprobada: %1 en %2. Guarda también una copia fuera de este ordenador (con su archivo .keys).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="279"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="281"/>
        <source>Restoring closes the database: save your work first. Everyone must sign in again afterwards. Continue?</source>
        <translation>Al restaurar se cierra la base de datos: guarda antes tu trabajo. Después, todo el mundo tendrá que volver a iniciar sesión. ¿Continuar?</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="40"/>
        <source>Check before importing</source>
        <translation>Comprueba antes de importar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="47"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="47"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="47"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="52"/>
        <source>&amp;Save the rejected rows…</source>
        <translation>&amp;Guardar las filas rechazadas…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="55"/>
        <source>Import the other rows and leave these out</source>
        <translation>Importar las demás filas y dejar fuera estas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="60"/>
        <source>Case&amp;worker of the imported participants:</source>
        <translation>&amp;Técnica de referencia de las participantes importadas:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="76"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="96"/>
        <source>Nothing is imported until you press Import; then all rows go in together.</source>
        <translation>No se importa nada hasta que pulses Importar; entonces se importan todas las filas a la vez.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="106"/>
        <source>To assign</source>
        <translation>Por asignar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="126"/>
        <source>Save the rejected rows</source>
        <translation>Guardar las filas rechazadas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="131"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="144"/>
        <source>The rejected rows are saved as %1.</source>
        <translation>Las filas rechazadas se han guardado como %1.</translation>
    </message>
</context>
<context>
    <name>ClockTimeEdit</name>
    <message>
        <location filename="../w4i_desktop/views/widgets.py" line="82"/>
        <source>e.g. 09:30</source>
        <translation>p. ej., 09:30</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="27"/>
        <source>Close record</source>
        <translation>Cerrar expediente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="30"/>
        <source>Closing ends %1&apos;s participation. The reason is counted in the exit indicators; the record stays available.</source>
        <translation>Al cerrar el expediente termina la participación de %1. El motivo se cuenta en los indicadores de salida; el expediente sigue disponible.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="39"/>
        <source>Closing date</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="41"/>
        <source>Choose a reason…</source>
        <translation>Elige un motivo…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="44"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="47"/>
        <source>Closing &amp;date</source>
        <translation>&amp;Fecha de cierre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="49"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/closure_dialog.py" line="58"/>
        <source>Close &amp;record</source>
        <translation>&amp;Cerrar expediente</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/consent_dialog.py" line="53"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Finalidad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/consent_dialog.py" line="54"/>
        <source>&amp;Given on</source>
        <translation>&amp;Otorgado el</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/consent_dialog.py" line="54"/>
        <source>&amp;Withdrawn on</source>
        <translation>&amp;Retirado el</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/consent_dialog.py" line="56"/>
        <source>Privacy &amp;notice version</source>
        <translation>&amp;Versión de la información de privacidad</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="106"/>
        <source>Privacy notice and consent</source>
        <translation>Información de privacidad y consentimiento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="107"/>
        <source>Read the notice with her, or print it for her to keep; then tick what she agrees to.</source>
        <translation>Lee la información con ella o imprímela para que se la quede; después marca lo que acepta.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="113"/>
        <source>Privacy notice</source>
        <translation>Información de privacidad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="116"/>
        <source>&amp;Print the notice (PDF)…</source>
        <translation>&amp;Imprimir la información (PDF)…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="122"/>
        <source>She agrees to:</source>
        <translation>Acepta:</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="76"/>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="77"/>
        <source>Given on</source>
        <translation>Otorgado el</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="78"/>
        <source>Withdrawn on</source>
        <translation>Retirado el</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="79"/>
        <source>Privacy notice</source>
        <translation>Información de privacidad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="80"/>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="82"/>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="84"/>
        <source>Consents are recorded in the intake interview, or here when she gives one later. Select a consent in force to withdraw it.</source>
        <translation>Los consentimientos se registran en la entrevista de acogida, o aquí si los da más adelante. Selecciona un consentimiento vigente para retirarlo.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="93"/>
        <source>&amp;Record a consent…</source>
        <translation>Registrar un &amp;consentimiento…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="96"/>
        <source>&amp;Withdraw the selected consent…</source>
        <translation>Re&amp;tirar el consentimiento seleccionado…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="153"/>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="157"/>
        <source>Record a consent</source>
        <translation>Registrar un consentimiento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="153"/>
        <source>Every consent is already in force.</source>
        <translation>Todos los consentimientos ya están vigentes.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="158"/>
        <source>Record a consent she gave after reading the privacy notice.</source>
        <translation>Registra un consentimiento que ha dado tras leer la información de privacidad.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="176"/>
        <source>Withdraw consent</source>
        <translation>Retirar consentimiento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="178"/>
        <source>Withdraw her consent to “%1”. This cannot be undone; a new consent can be recorded later.</source>
        <translation>Retira su consentimiento para «%1». No se puede deshacer; más adelante se puede registrar un nuevo consentimiento.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="35"/>
        <source>Add a contact person</source>
        <translation>Añadir una persona de contacto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="36"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="37"/>
        <source>&amp;Job title</source>
        <translation>&amp;Cargo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="38"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="39"/>
        <source>E-&amp;mail</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="13"/>
        <source>&apos;Remember me&apos; is only for a database kept on this computer.</source>
        <translation>«Recordarme» solo sirve para una base de datos guardada en este ordenador.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="16"/>
        <source>A follow-up cannot be in the future.</source>
        <translation>Un seguimiento no puede tener una fecha futura.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="17"/>
        <source>A follow-up is recorded before this start date.</source>
        <translation>Hay un seguimiento registrado antes de esta fecha de inicio.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="18"/>
        <source>A participant needs a first or last name.</source>
        <translation>Indica al menos el nombre o los apellidos de la participante.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="19"/>
        <source>A password needs at least {count} characters.</source>
        <translation>La contraseña debe tener al menos {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="20"/>
        <source>A pathway template needs at least one step.</source>
        <translation>Una plantilla de itinerario necesita al menos un paso.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="21"/>
        <source>A report that may count her has been made since her record was created, so it cannot be deleted. Erase her personal data instead if that is needed.</source>
        <translation>Desde que se creó su expediente se ha hecho un informe que puede incluirla, así que no se puede eliminar. Si hace falta, borra en su lugar sus datos personales.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="26"/>
        <source>A shared database has no file on this computer: it is kept, and backed up, on its server.</source>
        <translation>Una base de datos compartida no tiene un archivo en este ordenador: se guarda, y se copia, en su servidor.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="31"/>
        <source>A shared database is backed up on its server (for example with pg_dump), not from W4I Desktop.</source>
        <translation>Una base de datos compartida se copia en su servidor (por ejemplo con pg_dump), no desde W4I Desktop.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="36"/>
        <source>A shared database must be on a PostgreSQL server: its address starts with postgresql://.</source>
        <translation>Una base de datos compartida debe estar en un servidor PostgreSQL: su dirección empieza por postgresql://.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="40"/>
        <source>A site name has at most 120 characters.</source>
        <translation>El nombre de una sede puede tener como máximo 120 caracteres.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="41"/>
        <source>A site needs a name.</source>
        <translation>La sede necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="42"/>
        <source>A skill needs a name.</source>
        <translation>La competencia necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="43"/>
        <source>A step cannot be started or completed in the future.</source>
        <translation>Un paso no se puede iniciar ni completar en una fecha futura.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="44"/>
        <source>A title of step {number} is longer than {max_length} characters.</source>
        <translation>Un título del paso {number} tiene más de {max_length} caracteres.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="47"/>
        <source>A user name has 2 to 64 characters: letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>El nombre de usuario debe tener de 2 a 64 caracteres: letras a-z, cifras, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="50"/>
        <source>A user needs a name to show.</source>
        <translation>El usuario necesita un nombre visible.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="51"/>
        <source>Allow deleting a record between 0 and 365 days after its creation.</source>
        <translation>Permite eliminar un expediente entre 0 y 365 días después de su creación.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="54"/>
        <source>An interaction cannot be in the future.</source>
        <translation>Un contacto no puede tener una fecha futura.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="55"/>
        <source>Ask for at least one quarter.</source>
        <translation>Indica al menos un trimestre.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="56"/>
        <source>Choose the site this participant belongs to.</source>
        <translation>Elige la sede a la que pertenece esta participante.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="57"/>
        <source>Demo data can only be generated in a local (SQLCipher) database.</source>
        <translation>Los datos de demostración solo se pueden generar en una base de datos local (SQLCipher).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="60"/>
        <source>Documents are available in {languages}, not {language}.</source>
        <translation>Los documentos están disponibles en {languages}, no en {language}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="61"/>
        <source>Follow-ups are at 1, 3, 6 or 12 months.</source>
        <translation>Los seguimientos se hacen tras 1, 3, 6 o 12 meses.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="62"/>
        <source>Give the reason for a report with names (e.g. the funder&apos;s audit).</source>
        <translation>Indica el motivo de un informe nominativo (p. ej., la auditoría de la entidad financiadora).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="65"/>
        <source>Give the reason for deleting this record (e.g. entered twice).</source>
        <translation>Indica el motivo para eliminar este expediente (p. ej., introducida dos veces).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="68"/>
        <source>Give the reason for the erasure (e.g. the request&apos;s reference).</source>
        <translation>Indica el motivo del borrado (p. ej., la referencia de la solicitud).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="71"/>
        <source>Her data has been exported (an access request or a pathway summary), so her record cannot be deleted. Erase her personal data instead if that is needed.</source>
        <translation>Sus datos se han exportado (por una solicitud de acceso o un resumen del itinerario), así que su expediente no se puede eliminar. Si hace falta, borra en su lugar sus datos personales.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="76"/>
        <source>Hours per week must be more than 0 and at most {max_hours}.</source>
        <translation>Las horas semanales deben ser más de 0 y como máximo {max_hours}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="79"/>
        <source>Keep between 1 and 100 automatic backups.</source>
        <translation>Conserva entre 1 y 100 copias de seguridad automáticas.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="80"/>
        <source>Keep data between 1 and 30 years after a participant&apos;s closure.</source>
        <translation>Conserva los datos entre 1 y 30 años después del cierre de una participante.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="83"/>
        <source>Name the version of the privacy notice she was given.</source>
        <translation>Indica la versión de la información de privacidad que se le entregó.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="84"/>
        <source>No such site.</source>
        <translation>Esa sede no existe.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="85"/>
        <source>No such user.</source>
        <translation>Ese usuario no existe.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="86"/>
        <source>Record her placement first: the step is done once a placement is recorded.</source>
        <translation>Registra primero su inserción: el paso queda hecho cuando se registra una inserción.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="89"/>
        <source>Reports are available in {languages}, not {language}.</source>
        <translation>Los informes están disponibles en {languages}, no en {language}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="90"/>
        <source>Reports are written as {outputs}, not {output}.</source>
        <translation>Los informes se generan en formato {outputs}, no {output}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="91"/>
        <source>Row {row} of the table {table} cannot be stored on the server ({problem}); nothing was kept there.</source>
        <translation>La fila {row} de la tabla {table} no se puede guardar en el servidor ({problem}); no se ha guardado nada allí.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="96"/>
        <source>Say why the step is skipped.</source>
        <translation>Indica por qué se omite el paso.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="97"/>
        <source>She has a placement with an employer, so her record cannot be deleted. If the placement was a mistake too, remove it first.</source>
        <translation>Tiene una inserción con una empresa, así que su expediente no se puede eliminar. Si la inserción también fue un error, elimínala primero.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="102"/>
        <source>Step {number} needs an English title.</source>
        <translation>El paso {number} necesita un título en inglés.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="103"/>
        <source>Step {number}: the due offset must be 0 to {max_days} days.</source>
        <translation>Paso {number}: los días hasta el plazo deben ser de 0 a {max_days}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="106"/>
        <source>That is not a recovery key: it has 30 letters and digits in 6 groups.</source>
        <translation>Eso no es una clave de recuperación: tiene 30 letras y cifras en 6 grupos.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="109"/>
        <source>That is not your password.</source>
        <translation>Esa no es tu contraseña.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="110"/>
        <source>That recovery key contains a character recovery keys never use: {character}</source>
        <translation>Esa clave de recuperación contiene un carácter que las claves de recuperación nunca usan: {character}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="114"/>
        <source>The PostgreSQL extension {extension} is missing, and this role may not add it. Ask the server&apos;s administrator to run CREATE EXTENSION {extension}; in the database once, then try again.</source>
        <translation>Falta la extensión de PostgreSQL {extension} y este rol no puede añadirla. Pide a la persona que administra el servidor que ejecute una vez CREATE EXTENSION {extension}; en la base de datos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="120"/>
        <source>The closing date is before the intake date.</source>
        <translation>La fecha de cierre es anterior a la fecha de acogida.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="121"/>
        <source>The connection to the database server {server} was lost; the change was not saved. Try again.</source>
        <translation>Se ha perdido la conexión con el servidor de base de datos {server}; el cambio no se ha guardado. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="126"/>
        <source>The database server {server} cannot be reached, or refused this computer&apos;s role: check the address, the password and that the server is running.</source>
        <translation>No se puede acceder al servidor de base de datos {server}, o ha rechazado el rol de este ordenador: comprueba la dirección, la contraseña y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="131"/>
        <source>The database {server} is not empty: a W4I database needs a database of its own on the server.</source>
        <translation>La base de datos {server} no está vacía: una base de datos de W4I necesita una base de datos propia en el servidor.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="136"/>
        <source>The document needs a file name.</source>
        <translation>El documento necesita un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="137"/>
        <source>The file is empty; there is nothing to attach.</source>
        <translation>El archivo está vacío; no hay nada que adjuntar.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="138"/>
        <source>The file is {size} MB; documents can be at most {limit} MB. Attach a smaller file, for example a scan at a lower resolution.</source>
        <translation>El archivo ocupa {size} MB; los documentos pueden ocupar como máximo {limit} MB. Adjunta un archivo más pequeño, por ejemplo un escaneo con menos resolución.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="143"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="144"/>
        <source>The folder {folder} is not there. Is the USB stick plugged in?</source>
        <translation>La carpeta {folder} no está disponible. ¿Está conectada la memoria USB?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="147"/>
        <source>The follow-up is before the placement started.</source>
        <translation>El seguimiento es anterior al inicio de la inserción.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="148"/>
        <source>The last open site cannot be closed.</source>
        <translation>No se puede cerrar la última sede abierta.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="149"/>
        <source>The logo image cannot be read.</source>
        <translation>No se puede leer la imagen del logotipo.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="150"/>
        <source>The logo is larger than 1 MiB; use a smaller image.</source>
        <translation>El logotipo ocupa más de 1 MiB; usa una imagen más pequeña.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="151"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>El logotipo debe ser una imagen PNG o JPEG.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="152"/>
        <source>The notes are longer than {max_length} characters.</source>
        <translation>Las notas tienen más de {max_length} caracteres.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="153"/>
        <source>The number of participants cannot be negative.</source>
        <translation>El número de participantes no puede ser negativo.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="154"/>
        <source>The organisation name is longer than 200 characters.</source>
        <translation>El nombre de la organización tiene más de 200 caracteres.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="155"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>El periodo termina ({end}) antes de empezar ({start}).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="156"/>
        <source>The placement ends before it starts.</source>
        <translation>La inserción termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="157"/>
        <source>The reason is longer than {max_length} characters.</source>
        <translation>El motivo tiene más de {max_length} caracteres.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="158"/>
        <source>The retention period is at least one year.</source>
        <translation>El plazo de conservación es de al menos un año.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="159"/>
        <source>The server address must name a database: postgresql://role@host:port/database?sslmode=require.</source>
        <translation>La dirección del servidor debe indicar una base de datos: postgresql://rol@host:puerto/basededatos?sslmode=require.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="164"/>
        <source>The server {host} must be reached over TLS: add ?sslmode=require (or verify-full) to its address.</source>
        <translation>Al servidor {host} hay que conectarse mediante TLS: añade ?sslmode=require (o verify-full) a su dirección.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="169"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="170"/>
        <source>The vacancy closes before it opens.</source>
        <translation>La oferta de empleo se cierra antes de abrirse.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="171"/>
        <source>The vacancy does not belong to this employer.</source>
        <translation>La oferta de empleo no pertenece a esta empresa.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="172"/>
        <source>The withdrawal date is before the consent was given.</source>
        <translation>La fecha de retirada es anterior a la fecha en que se otorgó el consentimiento.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="173"/>
        <source>The working day ends before it starts.</source>
        <translation>La jornada laboral termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="174"/>
        <source>There is already a site called {name}.</source>
        <translation>Ya hay una sede llamada {name}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="175"/>
        <source>There is already a user called {name}.</source>
        <translation>Ya hay un usuario llamado {name}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="176"/>
        <source>There is no active user called {name}.</source>
        <translation>No hay ningún usuario activo llamado {name}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="177"/>
        <source>There is no current consent for this purpose to withdraw.</source>
        <translation>No hay ningún consentimiento vigente para esta finalidad que se pueda retirar.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="178"/>
        <source>There is no user called {name}.</source>
        <translation>No hay ningún usuario llamado {name}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="179"/>
        <source>This is not a server address: write it as postgresql://role@host:port/database?sslmode=require.</source>
        <translation>Esto no es una dirección de servidor: escríbela como postgresql://rol@host:puerto/basededatos?sslmode=require.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="184"/>
        <source>This password is too easy to guess. A short sentence of four or five unusual words is strong and easy to remember.</source>
        <translation>Esta contraseña es demasiado fácil de adivinar. Una frase corta de cuatro o cinco palabras poco habituales es segura y fácil de recordar.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="189"/>
        <source>This password is too easy to guess: it uses the user name or the organisation&apos;s name. Choose another one.</source>
        <translation>Esta contraseña es demasiado fácil de adivinar: usa el nombre de usuario o el de la organización. Elige otra.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="194"/>
        <source>This person cannot be the caseworker of a participant of this site.</source>
        <translation>Esta persona no puede ser la técnica de referencia de una participante de esta sede.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="197"/>
        <source>This record is not closed.</source>
        <translation>Este expediente no está cerrado.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="198"/>
        <source>This record was created more than {days} days ago, so it cannot be deleted. Erase her personal data instead if that is needed.</source>
        <translation>Este expediente se creó hace más de {days} días, así que no se puede eliminar. Si hace falta, borra en su lugar sus datos personales.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="203"/>
        <source>This site is closed: choose an open one.</source>
        <translation>Esta sede está cerrada: elige una abierta.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="204"/>
        <source>Unknown consent purpose: {purpose}.</source>
        <translation>Finalidad de consentimiento desconocida: {purpose}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="205"/>
        <source>Unknown fields: {names}.</source>
        <translation>Campos desconocidos: {names}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="206"/>
        <source>Unknown kind of backup: {kind}.</source>
        <translation>Tipo de copia de seguridad desconocido: {kind}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="207"/>
        <source>Warn about expiring permits between 1 and 365 days ahead.</source>
        <translation>El aviso de permisos que caducan debe ser de 1 a 365 días de antelación.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="208"/>
        <source>Without consent to processing, no record can be kept.</source>
        <translation>Sin consentimiento para el tratamiento de datos no se puede mantener ningún expediente.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="209"/>
        <source>a contact person needs a name.</source>
        <translation>la persona de contacto necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="210"/>
        <source>a tag is longer than {max_length} characters.</source>
        <translation>un elemento tiene más de {max_length} caracteres.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="211"/>
        <source>a vacancy needs a title.</source>
        <translation>la oferta de empleo necesita un puesto.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="212"/>
        <source>an employer needs a name.</source>
        <translation>la empresa necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="213"/>
        <source>documents are written in {languages}.</source>
        <translation>los documentos solo se pueden redactar en {languages}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="214"/>
        <source>hours per week must be more than 0 and at most {max_hours}.</source>
        <translation>las horas semanales deben ser más de 0 y como máximo {max_hours}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="217"/>
        <source>the date is in the future.</source>
        <translation>la fecha es futura.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="218"/>
        <source>this is longer than {max_length} characters.</source>
        <translation>el texto tiene más de {max_length} caracteres.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="219"/>
        <source>this is not a phone number.</source>
        <translation>esto no es un número de teléfono.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="220"/>
        <source>this is not an e-mail address.</source>
        <translation>esto no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="221"/>
        <source>this is required.</source>
        <translation>este campo es obligatorio.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="222"/>
        <source>this must be a date.</source>
        <translation>el valor debe ser una fecha.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="223"/>
        <source>this must be a list of text values.</source>
        <translation>el valor debe ser una lista de textos.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="224"/>
        <source>this must be a time such as 09:30.</source>
        <translation>el valor debe ser una hora, como 09:30.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="225"/>
        <source>this must be a whole number.</source>
        <translation>el valor debe ser un número entero.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="226"/>
        <source>this must be a year between 1900 and {last}.</source>
        <translation>el valor debe ser un año entre 1900 y {last}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="227"/>
        <source>this must be a year.</source>
        <translation>el valor debe ser un año.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="228"/>
        <source>this must be between 0 and {maximum}.</source>
        <translation>el valor debe estar entre 0 y {maximum}.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="229"/>
        <source>this must be text.</source>
        <translation>el valor debe ser un texto.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="230"/>
        <source>this must be yes or no.</source>
        <translation>el valor debe ser sí o no.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="231"/>
        <source>{codes} are not ISO 639-1 language codes.</source>
        <translation>{codes} no son códigos de idioma ISO 639-1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="232"/>
        <source>{code} is not a NACE section (A to U).</source>
        <translation>{code} no es una sección NACE (de la A a la U).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="233"/>
        <source>{code} is not an ISO 3166-1 country code.</source>
        <translation>{code} no es un código de país ISO 3166-1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="234"/>
        <source>{days} are not weekdays.</source>
        <translation>{days} no son días de la semana.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="235"/>
        <source>{name} already exists; choose another file name.</source>
        <translation>{name} ya existe; elige otro nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="236"/>
        <source>{name} is already on the list.</source>
        <translation>{name} ya está en la lista.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="237"/>
        <source>{server} already holds a W4I database.</source>
        <translation>{server} ya contiene una base de datos de W4I.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="238"/>
        <source>{server} holds no W4I database yet: create one there first.</source>
        <translation>{server} aún no contiene ninguna base de datos de W4I: crea primero una allí.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="241"/>
        <source>{server} was upgraded by a newer version of W4I Desktop: install that version on this computer.</source>
        <translation>{server} se actualizó con una versión más reciente de W4I Desktop: instala esa versión en este ordenador.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="246"/>
        <source>{text} is not a quarter such as 2026Q3.</source>
        <translation>{text} no es un trimestre con el formato 2026Q3.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="247"/>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation>{value} no es una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="248"/>
        <source>{value} is not a number of hours.</source>
        <translation>{value} no es un número de horas.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/core_texts.py" line="249"/>
        <source>{value} is not one of {choices}.</source>
        <translation>{value} no es uno de los valores admitidos: {choices}.</translation>
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
        <translation>W4I Desktop: algo ha salido mal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/crash.py" line="39"/>
        <source>&lt;p&gt;Something went wrong inside W4I Desktop. Your saved work is safe in the encrypted database.&lt;/p&gt;&lt;p&gt;A report without personal data was written to:&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;Please send that file to your administrator.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Algo ha salido mal en W4I Desktop. Tu trabajo guardado está a salvo en la base de datos cifrada.&lt;/p&gt;&lt;p&gt;Se ha guardado un informe sin datos personales en:&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;Envía ese archivo a tu administrador.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="90"/>
        <source>New this quarter</source>
        <translation>Nuevas este trimestre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="90"/>
        <source>Intake date in this quarter.</source>
        <translation>Fecha de acogida en este trimestre.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="92"/>
        <source>Placed this quarter</source>
        <translation>Con inserción este trimestre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="93"/>
        <source>Participants who started a job, internship or apprenticeship.</source>
        <translation>Participantes que empezaron un empleo, prácticas o un contrato de formación.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="96"/>
        <source>Still in work at 6 months</source>
        <translation>Siguen trabajando a los 6 meses</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="97"/>
        <source>Placements that reached 6 months this quarter and were still held.</source>
        <translation>Inserciones que cumplieron 6 meses este trimestre y seguían vigentes.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="106"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="106"/>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="122"/>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="127"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="106"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="108"/>
        <source>My &amp;overdue steps</source>
        <translation>Mis pasos &amp;vencidos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="108"/>
        <source>No overdue steps.</source>
        <translation>No hay pasos vencidos.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="112"/>
        <source>Due in the next &amp;two weeks</source>
        <translation>Vencen en las próximas &amp;dos semanas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="113"/>
        <source>Nothing due in the next two weeks.</source>
        <translation>No vence nada en las próximas dos semanas.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="116"/>
        <source>Overdue steps by &amp;caseworker</source>
        <translation>Pasos vencidos por &amp;técnica de referencia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="117"/>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="127"/>
        <source>Caseworker</source>
        <translation>Técnica de referencia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="117"/>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="117"/>
        <source>Oldest due</source>
        <translation>Plazo más antiguo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="118"/>
        <source>No overdue steps in the team.</source>
        <translation>El equipo no tiene pasos vencidos.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="121"/>
        <source>To &amp;assign</source>
        <translation>Por a&amp;signar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="122"/>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="122"/>
        <source>Intake</source>
        <translation>Acogida</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="123"/>
        <source>Nobody waiting for a caseworker.</source>
        <translation>No hay nadie a la espera de técnica de referencia.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="126"/>
        <source>&amp;Permits expiring</source>
        <translation>&amp;Permisos que caducan</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="127"/>
        <source>Permit expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="145"/>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="151"/>
        <source>Placements started per quarter</source>
        <translation>Inserciones iniciadas por trimestre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="223"/>
        <source>Welcome</source>
        <translation>Te damos la bienvenida</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="225"/>
        <source>This quarter: %1</source>
        <translation>Este trimestre: %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="277"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="279"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="282"/>
        <source>%1 of %2 placements</source>
        <translation>%1 de %2 inserciones</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="286"/>
        <source>no placement reached 6 months</source>
        <translation>ninguna inserción llegó a 6 meses</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="291"/>
        <source>open now %1 + left during the quarter %2</source>
        <translation>abiertas ahora %1 + salidas en el trimestre %2</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="296"/>
        <source>intake on or after %1</source>
        <translation>acogida el %1 o después</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="298"/>
        <source>people who started a placement</source>
        <translation>personas que iniciaron una inserción</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="327"/>
        <source>No caseworker</source>
        <translation>Sin técnica de referencia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="335"/>
        <source>Overdue steps by &amp;caseworker (%1)</source>
        <translation>Pasos vencidos por &amp;técnica de referencia (%1)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="348"/>
        <source>To &amp;assign: no caseworker yet (%1)</source>
        <translation>Por a&amp;signar: aún sin técnica de referencia (%1)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="359"/>
        <source>%1 (expired)</source>
        <translation>%1 (caducado)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="363"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="371"/>
        <source>&amp;Permits expired or expiring within %n day(s) (%1)</source>
        <translation>
            <numerusform>&amp;Permisos caducados o que caducan en %n día (%1)</numerusform>
            <numerusform>&amp;Permisos caducados o que caducan en %n días (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="375"/>
        <source>No permits expire in the next %n day(s).</source>
        <translation>
            <numerusform>Ningún permiso caduca en un plazo de %n día.</numerusform>
            <numerusform>Ningún permiso caduca en un plazo de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="392"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="300"/>
        <source>Placements</source>
        <translation>Inserciones</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="73"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="82"/>
        <source>Active this quarter</source>
        <translation>Activas este trimestre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="84"/>
        <source>Intake on or before the quarter&apos;s last day and not closed before its first day: the participants open now and those who left during the quarter. The participant list&apos;s Open counts only those open now, and records without an intake date too.</source>
        <translation>Acogida hasta el último día del trimestre y sin cierre antes de su primer día: las participantes abiertas ahora y las que salieron durante el trimestre. El filtro Abiertas de la lista de participantes solo cuenta las abiertas ahora, e incluye también los expedientes sin fecha de acogida.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="315"/>
        <source>My &amp;overdue steps (%1)</source>
        <translation>Mis pasos &amp;vencidos (%1)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard.py" line="318"/>
        <source>Due in the next &amp;two weeks (%1)</source>
        <translation>Vencen en las próximas &amp;dos semanas (%1)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="135"/>
        <source>This is not a date. Type it like %1, or leave it empty if not known.</source>
        <translation>Esto no es una fecha. Escríbela como %1 o déjala vacía si no se conoce.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="248"/>
        <source>e.g. %1</source>
        <translation>p. ej., %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="251"/>
        <source>Type the date like %1, or pick it from the calendar (Alt+Down). Leave it empty when it is not known.</source>
        <translation>Escribe la fecha como %1 o elígela en el calendario (Alt+Down). Déjala vacía si no se conoce.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="258"/>
        <source>Pick the date from a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="359"/>
        <source>Type a date, e.g. %1.</source>
        <translation>Escribe una fecha, p. ej., %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="365"/>
        <source>Choose a date from %1 to %2.</source>
        <translation>Elige una fecha entre el %1 y el %2.</translation>
    </message>
</context>
<context>
    <name>DeleteRecordDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="30"/>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="83"/>
        <source>Delete record created by mistake</source>
        <translation>Eliminar expediente creado por error</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="33"/>
        <source>Delete the record %1 for good? Use this only for a record created by mistake: a test, a person entered twice, the wrong person. The record and everything in it (pathway, notes, consents, documents) are removed, she no longer counts in reports, and this cannot be undone.</source>
        <translation>¿Eliminar definitivamente el expediente %1? Hazlo solo con un expediente creado por error: una prueba, una persona introducida dos veces, la persona equivocada. Se eliminan el expediente y todo su contenido (itinerario, notas, consentimientos, documentos), ella deja de contar en los informes y esto no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="42"/>
        <source>For a real participant who asks to be forgotten, use Erase personal data instead: it keeps the anonymous figures reports need.</source>
        <translation>Si una participante real pide que se la olvide, usa en su lugar «Borrar datos personales»: conserva las cifras anónimas que necesitan los informes.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="50"/>
        <source>e.g. entered twice, see W4I-7K2QX</source>
        <translation>p. ej., introducida dos veces, ver W4I-7K2QX</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="52"/>
        <source>&amp;Delete record</source>
        <translation>&amp;Eliminar expediente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="65"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motivo (obligatorio):</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/delete_record_dialog.py" line="98"/>
        <source>The record %1 is deleted.</source>
        <translation>Se ha eliminado el expediente %1.</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <location filename="../w4i_desktop/views/document_files.py" line="133"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/document_files.py" line="136"/>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="146"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="146"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="146"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="146"/>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="146"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="149"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="150"/>
        <source>&amp;Add…</source>
        <translation>Aña&amp;dir…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="151"/>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="152"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="159"/>
        <source>Documents are kept encrypted inside the database, never as loose files. Each can be up to %1 MB.</source>
        <translation>Los documentos se guardan cifrados dentro de la base de datos, nunca como archivos sueltos. Cada uno puede ocupar hasta %1 MB.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="210"/>
        <source>(former user)</source>
        <translation>(usuario dado de baja)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="232"/>
        <source>Attach a document</source>
        <translation>Adjuntar un documento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="240"/>
        <source>%1 is %2 MB. Documents can be at most %3 MB: attach a smaller file, for example a scan at a lower resolution.</source>
        <translation>%1 ocupa %2 MB. Los documentos pueden ocupar como máximo %3 MB: adjunta un archivo más pequeño, por ejemplo un escaneo con menos resolución.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="250"/>
        <source>%1 could not be read.</source>
        <translation>No se ha podido leer %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="267"/>
        <source>Save the document as</source>
        <translation>Guardar el documento como</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="281"/>
        <source>Delete document</source>
        <translation>Eliminar documento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="282"/>
        <source>Delete %1 from this record? This cannot be undone.</source>
        <translation>¿Eliminar %1 de este expediente? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="155"/>
        <source>Imported</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="159"/>
        <source>Import &amp;another file</source>
        <translation>Importar &amp;otro archivo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="171"/>
        <source>%1 participants were added.</source>
        <translation>Se han añadido %1 participantes.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="174"/>
        <source>%1 employers and %2 contact persons were added.</source>
        <translation>Se han añadido %1 empresas y %2 personas de contacto.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="179"/>
        <source>%1 rejected rows were left out.</source>
        <translation>Se han dejado fuera %1 filas rechazadas.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="189"/>
        <source>Each starts the default pathway; her caseworker is still to assign.</source>
        <translation>Cada una inicia el itinerario predeterminado; su técnica de referencia está aún por asignar.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_pages.py" line="190"/>
        <source>Each starts the default pathway, with %1 as her caseworker.</source>
        <translation>Cada una inicia el itinerario predeterminado, con %1 como técnica de referencia.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="278"/>
        <source>Unfinished intake interviews</source>
        <translation>Entrevistas de acogida sin terminar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="281"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="281"/>
        <source>Last saved</source>
        <translation>Guardada por última vez</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="281"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="281"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="284"/>
        <source>There are no unfinished interviews.</source>
        <translation>No hay entrevistas sin terminar.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="286"/>
        <source>&amp;Resume</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="287"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="307"/>
        <source>(no name yet)</source>
        <translation>(aún sin nombre)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="337"/>
        <source>Delete this unfinished interview and its answers?</source>
        <translation>¿Eliminar esta entrevista sin terminar y sus respuestas?</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="88"/>
        <source>Change a user</source>
        <translation>Modificar un usuario</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="90"/>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="91"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="92"/>
        <source>&amp;Name shown</source>
        <translation>&amp;Nombre visible</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="93"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="94"/>
        <source>&amp;Site</source>
        <translation>&amp;Sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="100"/>
        <source>Another administrator can change your role.</source>
        <translation>Otro administrador puede cambiar tu rol.</translation>
    </message>
</context>
<context>
    <name>EducationPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="228"/>
        <source>Education and work</source>
        <translation>Estudios y trabajo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="235"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="235"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="236"/>
        <source>Not known or not applicable</source>
        <translation>No consta o no procede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="248"/>
        <source>Em&amp;ployment status</source>
        <translation>Situación la&amp;boral</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="242"/>
        <source>&amp;Education (ISCED)</source>
        <translation>&amp;Estudios (ISCED)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="245"/>
        <source>&amp;Qualification recognised</source>
        <translation>Título &amp;homologado</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="249"/>
        <source>&amp;Work experience</source>
        <translation>E&amp;xperiencia laboral</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="250"/>
        <source>&amp;Skills</source>
        <translation>&amp;Competencias</translation>
    </message>
</context>
<context>
    <name>EmployerList</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="42"/>
        <source>Search by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="43"/>
        <source>Search employers</source>
        <translation>Buscar empresas</translation>
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
        <translation>Todos los sectores</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="51"/>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="62"/>
        <source>Municipality</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="52"/>
        <source>&amp;Engaged this quarter</source>
        <translation>Con &amp;contacto este trimestre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="54"/>
        <source>&amp;New employer</source>
        <translation>&amp;Nueva empresa</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="60"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="63"/>
        <source>Open vacancies</source>
        <translation>Ofertas abiertas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="64"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="65"/>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="69"/>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="119"/>
        <source>Employers</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="101"/>
        <source>All municipalities</source>
        <translation>Todos los municipios</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="130"/>
        <source>Engaged</source>
        <translation>Con contacto</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="135"/>
        <source>%n employer(s)</source>
        <translation>
            <numerusform>%n empresa</numerusform>
            <numerusform>%n empresas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployerPlacementsTab</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="32"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="33"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="34"/>
        <source>Vacancy</source>
        <translation>Oferta de empleo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="35"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="36"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="37"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="41"/>
        <source>Placements</source>
        <translation>Inserciones</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="45"/>
        <source>Edit the placement</source>
        <translation>Editar la inserción</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="54"/>
        <source>New &amp;placement…</source>
        <translation>Nue&amp;va inserción…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="56"/>
        <source>Edit the p&amp;lacement…</source>
        <translation>E&amp;ditar la inserción…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="58"/>
        <source>Open her &amp;record</source>
        <translation>Abrir su e&amp;xpediente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="89"/>
        <source>No particular vacancy</source>
        <translation>Ninguna oferta concreta</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_placements.py" line="92"/>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
</context>
<context>
    <name>EmployerRecord</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="89"/>
        <source>Employer</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="92"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="104"/>
        <source>Not known</source>
        <translation>No consta</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="110"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="111"/>
        <source>S&amp;ector (NACE)</source>
        <translation>&amp;Sector (NACE)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="112"/>
        <source>Si&amp;ze</source>
        <translation>&amp;Tamaño</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="113"/>
        <source>&amp;Municipality</source>
        <translation>M&amp;unicipio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="114"/>
        <source>&amp;Website</source>
        <translation>Sitio &amp;web</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="115"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="123"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="123"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="123"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="123"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="124"/>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="179"/>
        <source>Contact persons</source>
        <translation>Personas de contacto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="128"/>
        <source>&amp;Add a contact person…</source>
        <translation>Añadir una &amp;persona de contacto…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="131"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="136"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="136"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="136"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="136"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="137"/>
        <source>Contacts with the employer</source>
        <translation>Contactos con la empresa</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="141"/>
        <source>&amp;Log a contact…</source>
        <translation>&amp;Registrar un contacto…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="147"/>
        <source>Title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="148"/>
        <source>Municipality</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="149"/>
        <source>Hours/week</source>
        <translation>Horas/semana</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="150"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="151"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="152"/>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="154"/>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="181"/>
        <source>Vacancies</source>
        <translation>Ofertas de empleo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="158"/>
        <source>&amp;New vacancy…</source>
        <translation>Nue&amp;va oferta de empleo…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="161"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="164"/>
        <source>Find &amp;candidates…</source>
        <translation>Buscar &amp;candidatas…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="169"/>
        <source>Record a &amp;placement…</source>
        <translation>Registrar una in&amp;serción…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="183"/>
        <source>Placements</source>
        <translation>Inserciones</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="178"/>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="180"/>
        <source>Contacts log</source>
        <translation>Registro de contactos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="193"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="225"/>
        <source>New employer</source>
        <translation>Nueva empresa</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_record.py" line="322"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>EmployersScreen</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="152"/>
        <source>← Back to the list</source>
        <translation>← Volver a la lista</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="216"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employers_screen.py" line="217"/>
        <source>Save the changes to this employer?</source>
        <translation>¿Guardar los cambios de esta empresa?</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="37"/>
        <source>Erase personal data</source>
        <translation>Borrar datos personales</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="40"/>
        <source>Erase the personal data of %1? Her names, contact details, exact date of birth, notes, documents and timeline entries are removed for good. Anonymous figures (year of birth, country, education, pathway steps, placements) stay so reports remain correct. The record can no longer be opened or found.</source>
        <translation>¿Borrar los datos personales de %1? Se eliminan definitivamente sus nombres, datos de contacto, fecha de nacimiento exacta, notas, documentos y entradas de la cronología. Las cifras anónimas (año de nacimiento, país, estudios, pasos del itinerario, inserciones) se conservan para que los informes sigan siendo correctos. El expediente ya no se podrá abrir ni encontrar.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="50"/>
        <source>e.g. her request of 12 March, by e-mail</source>
        <translation>p. ej., su solicitud del 12 de marzo, por correo electrónico</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="52"/>
        <source>&amp;Erase</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="63"/>
        <source>&amp;Reason (kept in the audit log):</source>
        <translation>&amp;Motivo (se guarda en el registro de auditoría):</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="255"/>
        <source>Family and availability</source>
        <translation>Familia y disponibilidad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="262"/>
        <source>She has a driving licence</source>
        <translation>Tiene carné de conducir</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="263"/>
        <source>&amp;Children</source>
        <translation>&amp;Hijos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="264"/>
        <source>C&amp;hildcare needed</source>
        <translation>Necesita &amp;cuidado infantil</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="265"/>
        <source>Available &amp;days</source>
        <translation>&amp;Días disponibles</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="266"/>
        <source>Available &amp;from</source>
        <translation>Disponible d&amp;esde</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="267"/>
        <source>Available &amp;until</source>
        <translation>Disponible h&amp;asta</translation>
    </message>
</context>
<context>
    <name>FamilyTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="301"/>
        <source>Has a driving licence valid here</source>
        <translation>Tiene carné de conducir válido aquí</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="302"/>
        <source>Would move to another town for a job</source>
        <translation>Se mudaría a otra localidad por un empleo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="304"/>
        <source>Towns she can reach every day, e.g. Haarlem</source>
        <translation>Localidades, p. ej., Getafe</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="307"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="309"/>
        <source>&amp;Children</source>
        <translation>&amp;Hijos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="310"/>
        <source>Childcare &amp;need</source>
        <translation>Necesidad de &amp;cuidado infantil</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="313"/>
        <source>Availability for work or courses</source>
        <translation>Disponibilidad para trabajo o cursos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="315"/>
        <source>&amp;Days</source>
        <translation>&amp;Días</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="316"/>
        <source>F&amp;rom</source>
        <translation>D&amp;esde</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="317"/>
        <source>Un&amp;til</source>
        <translation>Has&amp;ta</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="318"/>
        <source>Dri&amp;ving licence</source>
        <translation>Carné de co&amp;nducir</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="319"/>
        <source>Re&amp;location</source>
        <translation>Tras&amp;lado</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="320"/>
        <source>Co&amp;mmutes to</source>
        <translation>Se despla&amp;za a</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="328"/>
        <source>Used when looking for vacancies and courses whose days and hours fit, including hours compatible with childcare.</source>
        <translation>Se usa para buscar ofertas de empleo y cursos con días y horarios adecuados, incluidos horarios compatibles con el cuidado infantil.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="56"/>
        <source>What to import</source>
        <translation>Qué importar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="59"/>
        <source>An Excel workbook (.xlsx) or a CSV file, with one row per person or employer and the column names in the first row, in any of our five languages.</source>
        <translation>Un libro de Excel (.xlsx) o un archivo CSV, con una fila por persona o empresa y los nombres de las columnas en la primera fila, en cualquiera de nuestros cinco idiomas.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="69"/>
        <source>&amp;Participants</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="71"/>
        <source>&amp;Employers with their contact persons</source>
        <translation>&amp;Empresas con sus personas de contacto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="65"/>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="67"/>
        <source>&amp;Choose the file…</source>
        <translation>Elegir el &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="72"/>
        <source>Download a &amp;template…</source>
        <translation>Descargar una plan&amp;tilla…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="95"/>
        <source>Choose the file to import</source>
        <translation>Elige el archivo que importar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="95"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="102"/>
        <source>Download a template</source>
        <translation>Descargar una plantilla</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="107"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="117"/>
        <source>The template is saved as %1.</source>
        <translation>La plantilla se ha guardado como %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="128"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="74"/>
        <source>Welcome to W4I Desktop</source>
        <translation>Te damos la bienvenida a W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="79"/>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;W4I Desktop keeps everything in one encrypted database on this computer. Create it now, with the first administrator account.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenida&lt;/h2&gt;&lt;p&gt;W4I Desktop guarda todo en una única base de datos cifrada en este ordenador. Créala ahora, junto con la primera cuenta de administrador.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="92"/>
        <source>e.g. Centro Donne Milano</source>
        <translation>p. ej., Centro Mujeres Madrid</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="106"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="107"/>
        <source>Organisation name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="108"/>
        <source>First site</source>
        <translation>Primera sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="109"/>
        <source>Administrator user name</source>
        <translation>Nombre de usuario del administrador</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="110"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="111"/>
        <source>Repeat the password</source>
        <translation>Repite la contraseña</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="121"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="122"/>
        <source>&amp;Organisation name</source>
        <translation>Nombre de la &amp;organización</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="123"/>
        <source>First &amp;site</source>
        <translation>Primera &amp;sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="124"/>
        <source>Administrator &amp;user name</source>
        <translation>Nombre de &amp;usuario del administrador</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="125"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="127"/>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Repite la contraseña</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="131"/>
        <location filename="../w4i_desktop/views/window/first_run.py" line="179"/>
        <source>&amp;Create database</source>
        <translation>Crear &amp;base de datos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="134"/>
        <source>Open &amp;existing database…</source>
        <translation>Abrir una base de datos &amp;existente…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="141"/>
        <source>Connect to the &amp;existing database</source>
        <translation>Conectarse a la base de datos &amp;existente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="168"/>
        <source>Use a shared &amp;database server (PostgreSQL)</source>
        <translation>Usar un servidor de base de &amp;datos compartido (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="179"/>
        <source>&amp;Create the database on the server</source>
        <translation>&amp;Crear la base de datos en el servidor</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="239"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="242"/>
        <source>Name the first site.</source>
        <translation>Ponle nombre a la primera sede.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="293"/>
        <source>Open a W4I database</source>
        <translation>Abrir una base de datos de W4I</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/first_run.py" line="293"/>
        <source>W4I databases (*.db);;All files (*)</source>
        <translation>Bases de datos de W4I (*.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="125"/>
        <source>Record a follow-up</source>
        <translation>Registrar un seguimiento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="130"/>
        <source>After 1 month</source>
        <translation>Tras 1 mes</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="131"/>
        <source>After 3 months</source>
        <translation>Tras 3 meses</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="132"/>
        <source>After 6 months</source>
        <translation>Tras 6 meses</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="133"/>
        <source>After 12 months</source>
        <translation>Tras 12 meses</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="136"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Seguimiento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="139"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="140"/>
        <source>She is still &amp;employed there</source>
        <translation>Sigue &amp;trabajando allí</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="144"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_form.py" line="168"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <location filename="../w4i_desktop/views/window/getting_started.py" line="97"/>
        <source>Getting started with W4I Desktop</source>
        <translation>Primeros pasos con W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/getting_started.py" line="98"/>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/getting_started.py" line="99"/>
        <source>&amp;Show this page at start</source>
        <translation>&amp;Mostrar esta página al iniciar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/getting_started.py" line="100"/>
        <source>All the &amp;help pages…</source>
        <translation>Todas las páginas de a&amp;yuda…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/getting_started.py" line="101"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <location filename="../w4i_desktop/views/admin/health_dialog.py" line="27"/>
        <source>Check the database</source>
        <translation>Comprobar la base de datos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/health_dialog.py" line="31"/>
        <source>Checking every page of the database and the audit log…</source>
        <translation>Comprobando cada página de la base de datos y el registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/health_dialog.py" line="62"/>
        <source>The database&apos;s files are on its server, which checks them itself.</source>
        <translation>Los archivos de la base de datos están en su servidor, que los comprueba él mismo.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/health_dialog.py" line="65"/>
        <source>Every page of the database file passed SQLCipher&apos;s and SQLite&apos;s checks.</source>
        <translation>Cada página del archivo de la base de datos ha superado las comprobaciones de SQLCipher y SQLite.</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/health_dialog.py" line="67"/>
        <source>The audit log&apos;s %n entries are intact.</source>
        <translation>
            <numerusform>%n entrada del registro de auditoría está intacta.</numerusform>
            <numerusform>Las %n entradas del registro de auditoría están intactas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/health_dialog.py" line="51"/>
        <source>The database is damaged. Stop working in it: restore the newest backup that checks as sound (File ▸ Restore a backup…) and tell your administrator. The details below name pages and entries, never people.</source>
        <translation>La base de datos está dañada. Deja de trabajar en ella: restaura la copia de seguridad más reciente que esté en buen estado (Archivo ▸ Restaurar una copia de seguridad…) y avisa a tu administrador. Los detalles de abajo nombran páginas y entradas, nunca personas.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="175"/>
        <source>W4I Desktop help</source>
        <translation>Ayuda de W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="176"/>
        <source>Help pages</source>
        <translation>Páginas de ayuda</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="177"/>
        <source>Help page</source>
        <translation>Página de ayuda</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="178"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="179"/>
        <source>The page before (Alt+Left)</source>
        <translation>La página anterior (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="180"/>
        <source>&amp;Forward →</source>
        <translation>A&amp;delante →</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="181"/>
        <source>The page after (Alt+Right)</source>
        <translation>La página siguiente (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="182"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/help_viewer.py" line="253"/>
        <source>%1 – W4I Desktop help</source>
        <translation>%1 – Ayuda de W4I Desktop</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="147"/>
        <source>Identity and contact</source>
        <translation>Identidad y contacto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="151"/>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="152"/>
        <source>&amp;Last name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="153"/>
        <source>Birth &amp;date</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="154"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="155"/>
        <source>E-&amp;mail</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="234"/>
        <source>Import a spreadsheet</source>
        <translation>Importar una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="241"/>
        <source>Import possible duplicates too</source>
        <translation>Importar también los posibles duplicados</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="248"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="271"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="280"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelado: no se ha importado nada.</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="53"/>
        <source>Intake interview</source>
        <translation>Entrevista de acogida</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="56"/>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="114"/>
        <source>Print the privacy notice</source>
        <translation>Imprimir la información de privacidad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="125"/>
        <source>The privacy notice is saved as %1.</source>
        <translation>La información de privacidad se ha guardado como %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="186"/>
        <source>Eligibility</source>
        <translation>Requisitos de acceso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="217"/>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="219"/>
        <source>She may already be registered:</source>
        <translation>Puede que ya esté registrada:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="220"/>
        <source>Create anyway</source>
        <translation>Crear de todos modos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_wizard.py" line="253"/>
        <source>The interview was kept as a draft. You can continue it from %1.</source>
        <translation>La entrevista se ha guardado como borrador. Puedes continuarla desde %1.</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="45"/>
        <source>Log a contact with the employer</source>
        <translation>Registrar un contacto con la empresa</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="48"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="51"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="52"/>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="40"/>
        <source>Intake</source>
        <translation>Acogida</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="41"/>
        <source>Privacy consent</source>
        <translation>Consentimiento de privacidad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="42"/>
        <source>Needs assessment</source>
        <translation>Evaluación de necesidades</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="43"/>
        <source>Skills assessment</source>
        <translation>Evaluación de competencias</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="44"/>
        <source>Language assessment</source>
        <translation>Evaluación de idioma</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="45"/>
        <source>Individual plan</source>
        <translation>Plan individual</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="46"/>
        <source>Language course</source>
        <translation>Curso de idioma</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="47"/>
        <source>Empowerment activities</source>
        <translation>Actividades de empoderamiento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="48"/>
        <source>Orientation</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="49"/>
        <source>Vocational training</source>
        <translation>Formación profesional</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="50"/>
        <source>CV and job search</source>
        <translation>CV y búsqueda de empleo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="51"/>
        <source>Job orientation</source>
        <translation>Orientación laboral</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="52"/>
        <source>Employer matching</source>
        <translation>Intermediación con empresas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="53"/>
        <location filename="../w4i_desktop/views/labels.py" line="151"/>
        <location filename="../w4i_desktop/views/labels.py" line="185"/>
        <source>Internship</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="54"/>
        <source>Placement</source>
        <translation>Inserción laboral</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="55"/>
        <source>Follow-up 1 month</source>
        <translation>Seguimiento a 1 mes</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="56"/>
        <source>Follow-up 3 months</source>
        <translation>Seguimiento a 3 meses</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="57"/>
        <source>Follow-up 6 months</source>
        <translation>Seguimiento a 6 meses</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="58"/>
        <source>Follow-up 12 months</source>
        <translation>Seguimiento a 12 meses</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="59"/>
        <source>Closure</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="60"/>
        <source>Other step</source>
        <translation>Otro paso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="64"/>
        <location filename="../w4i_desktop/views/labels.py" line="126"/>
        <source>Employed</source>
        <translation>Con empleo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="65"/>
        <source>In education or training</source>
        <translation>En estudios o formación</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="66"/>
        <source>Moved away</source>
        <translation>Cambio de residencia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="67"/>
        <source>Dropped out</source>
        <translation>Abandono</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="68"/>
        <source>Other reason</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="72"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="73"/>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="74"/>
        <source>Staff</source>
        <translation>Personal técnico</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="75"/>
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="98"/>
        <source>EU citizen</source>
        <translation>Ciudadana de la UE</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="99"/>
        <source>Long-term or permanent residence</source>
        <translation>Residencia de larga duración o permanente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="100"/>
        <source>Work permit</source>
        <translation>Permiso de trabajo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="101"/>
        <source>Family reunification</source>
        <translation>Reagrupación familiar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="102"/>
        <source>Study permit</source>
        <translation>Estancia por estudios</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="103"/>
        <source>Refugee or subsidiary protection</source>
        <translation>Refugiada o protección subsidiaria</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="106"/>
        <source>Temporary protection</source>
        <translation>Protección temporal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="107"/>
        <source>Asylum seeker</source>
        <translation>Solicitante de asilo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="108"/>
        <source>Humanitarian or special protection</source>
        <translation>Protección humanitaria o especial</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="109"/>
        <source>Naturalised citizen</source>
        <translation>Ciudadana nacionalizada</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="110"/>
        <source>Other permit</source>
        <translation>Otro permiso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="111"/>
        <source>No permit</source>
        <translation>Sin permiso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="114"/>
        <source>None or primary (ISCED 0–1)</source>
        <translation>Sin estudios o primaria (ISCED 0–1)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="115"/>
        <source>Lower secondary (ISCED 2)</source>
        <translation>Secundaria obligatoria (ISCED 2)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="116"/>
        <source>Upper or post-secondary (ISCED 3–4)</source>
        <translation>Secundaria superior o postsecundaria (ISCED 3–4)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="119"/>
        <source>Tertiary (ISCED 5–8)</source>
        <translation>Educación superior (ISCED 5–8)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="120"/>
        <location filename="../w4i_desktop/views/labels.py" line="127"/>
        <location filename="../w4i_desktop/views/labels.py" line="172"/>
        <source>Not known</source>
        <translation>No consta</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="123"/>
        <source>Unemployed</source>
        <translation>Desempleada</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="124"/>
        <source>Long-term unemployed</source>
        <translation>Desempleada de larga duración</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="125"/>
        <source>Inactive (not looking for work)</source>
        <translation>Inactiva (no busca empleo)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="130"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="131"/>
        <source>Some hours</source>
        <translation>Algunas horas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="132"/>
        <source>Full time</source>
        <translation>Jornada completa</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="135"/>
        <source>Processing of personal data</source>
        <translation>Tratamiento de datos personales</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="136"/>
        <source>Sharing with employers</source>
        <translation>Compartir datos con empresas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="139"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="140"/>
        <source>Follow-up contact</source>
        <translation>Contacto de seguimiento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="143"/>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="144"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="145"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="146"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="149"/>
        <source>Permanent job</source>
        <translation>Empleo indefinido</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="150"/>
        <source>Fixed-term job</source>
        <translation>Empleo temporal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="152"/>
        <location filename="../w4i_desktop/views/labels.py" line="186"/>
        <source>Apprenticeship</source>
        <translation>Contrato de formación</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="153"/>
        <source>Self-employment</source>
        <translation>Autoempleo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="154"/>
        <location filename="../w4i_desktop/views/labels.py" line="180"/>
        <location filename="../w4i_desktop/views/labels.py" line="188"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="157"/>
        <location filename="../w4i_desktop/views/labels.py" line="176"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="158"/>
        <location filename="../w4i_desktop/views/labels.py" line="175"/>
        <source>Phone call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="159"/>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="160"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="163"/>
        <source>At intake</source>
        <translation>En la acogida</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="164"/>
        <source>During the pathway</source>
        <translation>Durante el itinerario</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="165"/>
        <source>At exit</source>
        <translation>A la salida</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="168"/>
        <source>Micro (under 10)</source>
        <translation>Micro (menos de 10)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="169"/>
        <source>Small (10–49)</source>
        <translation>Pequeña (10–49)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="170"/>
        <source>Medium (50–249)</source>
        <translation>Mediana (50–249)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="171"/>
        <source>Large (250 or more)</source>
        <translation>Grande (250 o más)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="177"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
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
        <translation>Indefinido</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="184"/>
        <source>Fixed-term</source>
        <translation>Temporal</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="187"/>
        <source>Freelance</source>
        <translation>Por cuenta propia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="191"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="192"/>
        <source>Filled</source>
        <translation>Cubierta</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="193"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="197"/>
        <source>None required</source>
        <translation>No se requiere</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="200"/>
        <source>same name and date of birth</source>
        <translation>mismo nombre y fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="201"/>
        <source>same phone number</source>
        <translation>mismo número de teléfono</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="208"/>
        <source>Agriculture, forestry and fishing</source>
        <translation>Agricultura, silvicultura y pesca</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="209"/>
        <source>Mining and quarrying</source>
        <translation>Industrias extractivas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="210"/>
        <source>Manufacturing</source>
        <translation>Industria manufacturera</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="211"/>
        <source>Electricity and gas</source>
        <translation>Electricidad y gas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="212"/>
        <source>Water supply and waste</source>
        <translation>Agua y gestión de residuos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="213"/>
        <source>Construction</source>
        <translation>Construcción</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="214"/>
        <source>Wholesale and retail trade</source>
        <translation>Comercio al por mayor y al por menor</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="215"/>
        <source>Transport and storage</source>
        <translation>Transporte y almacenamiento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="216"/>
        <source>Accommodation and food</source>
        <translation>Hostelería</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="217"/>
        <source>Information and communication</source>
        <translation>Información y comunicaciones</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="218"/>
        <source>Finance and insurance</source>
        <translation>Finanzas y seguros</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="219"/>
        <source>Real estate</source>
        <translation>Actividades inmobiliarias</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="220"/>
        <source>Professional and technical services</source>
        <translation>Servicios profesionales y técnicos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="221"/>
        <source>Administrative and support services</source>
        <translation>Servicios administrativos y auxiliares</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="222"/>
        <source>Public administration</source>
        <translation>Administración pública</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="223"/>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="224"/>
        <source>Health and social care</source>
        <translation>Sanidad y servicios sociales</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="225"/>
        <source>Arts and recreation</source>
        <translation>Arte y ocio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="226"/>
        <source>Other services</source>
        <translation>Otros servicios</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="227"/>
        <source>Households as employers</source>
        <translation>Hogares como empleadores</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/labels.py" line="228"/>
        <source>Extraterritorial organisations</source>
        <translation>Organizaciones extraterritoriales</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="62"/>
        <source>Interview language and site</source>
        <translation>Idioma de la entrevista y sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="63"/>
        <source>The language you speak together, and who will follow her.</source>
        <translation>El idioma en el que habláis y quién la acompañará.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="73"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="74"/>
        <source>&amp;Site</source>
        <translation>&amp;Sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="75"/>
        <source>Case&amp;worker</source>
        <translation>&amp;Técnica de referencia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="84"/>
        <source>To assign</source>
        <translation>Por asignar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="96"/>
        <source>to assign</source>
        <translation>por asignar</translation>
    </message>
</context>
<context>
    <name>LanguagesEdit</name>
    <message>
        <location filename="../w4i_desktop/views/language_edit.py" line="83"/>
        <source>Names, e.g. %1</source>
        <translation>Nombres, p. ej., %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/language_edit.py" line="150"/>
        <source>Not a language name: %1. Type a name, e.g. %2, or pick one from the list.</source>
        <translation>No es un nombre de idioma: %1. Escribe un nombre, p. ej., %2, o elige uno de la lista.</translation>
    </message>
</context>
<context>
    <name>LanguagesPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="211"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="218"/>
        <source>None yet</source>
        <translation>Ninguno todavía</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="219"/>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="221"/>
        <source>&amp;Languages she speaks</source>
        <translation>&amp;Idiomas que habla</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="222"/>
        <source>&amp;Host-country language</source>
        <translation>Idioma del &amp;país de acogida</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="223"/>
        <source>Her le&amp;vel (self-assessed, CEFR)</source>
        <translation>Su &amp;nivel (autoevaluado, MCER)</translation>
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
        <translation>Inicia sesión para abrir la base de datos cifrada.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="60"/>
        <source>Sign in to the shared database %1.</source>
        <translation>Inicia sesión en la base de datos compartida %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="63"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="66"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="72"/>
        <source>Password of the database server</source>
        <translation>Contraseña del servidor de base de datos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="73"/>
        <source>&amp;Server password</source>
        <translation>Contraseña del &amp;servidor</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="75"/>
        <source>Remember me on this computer</source>
        <translation>Recordarme en este ordenador</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="81"/>
        <source>&amp;Restore the newest good backup…</source>
        <translation>&amp;Restaurar la copia de seguridad válida más reciente…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="85"/>
        <source>&amp;Forgot your password?</source>
        <translation>¿Has &amp;olvidado la contraseña?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="89"/>
        <location filename="../w4i_desktop/views/window/login.py" line="220"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="96"/>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="97"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="152"/>
        <source>Enter your user name.</source>
        <translation>Escribe tu nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="190"/>
        <source>The new password is set. Sign in with it.</source>
        <translation>La nueva contraseña está configurada. Inicia sesión con ella.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/login.py" line="201"/>
        <source>Restored from %1. Sign in again.</source>
        <translation>Restaurado desde %1. Vuelve a iniciar sesión.</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/window/login.py" line="225"/>
        <source>Too many attempts: wait %n s</source>
        <translation>
            <numerusform>Demasiados intentos: espera %n s</numerusform>
            <numerusform>Demasiados intentos: espera %n s</numerusform>
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
        <translation>Pantallas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="26"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="27"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="28"/>
        <source>Employers</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="29"/>
        <source>Pathways</source>
        <translation>Itinerarios</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="30"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/screens.py" line="31"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="106"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="108"/>
        <source>&amp;New participant</source>
        <translation>&amp;Nueva participante</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="113"/>
        <source>&amp;Find participant</source>
        <translation>&amp;Buscar participante</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="118"/>
        <source>New &amp;intake interview…</source>
        <translation>Nueva &amp;entrevista de acogida…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="123"/>
        <source>Intake &amp;drafts…</source>
        <translation>Bo&amp;rradores de acogida…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="126"/>
        <source>&amp;Retention review…</source>
        <translation>Revisión de &amp;conservación…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="129"/>
        <source>I&amp;mport a spreadsheet…</source>
        <translation>&amp;Importar una hoja de cálculo…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="132"/>
        <source>&amp;Back up now…</source>
        <translation>Hacer copia de seguridad a&amp;hora…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="135"/>
        <source>Res&amp;tore a backup…</source>
        <translation>Res&amp;taurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="137"/>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="139"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="154"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="164"/>
        <source>Lang&amp;uage</source>
        <translation>Idio&amp;ma</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="175"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="177"/>
        <source>&amp;Help for this screen</source>
        <translation>&amp;Ayuda de esta pantalla</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="182"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="185"/>
        <source>&amp;About W4I Desktop</source>
        <translation>&amp;Acerca de W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_menus.py" line="188"/>
        <source>&amp;Check the database…</source>
        <translation>&amp;Comprobar la base de datos…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_window.py" line="186"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_window.py" line="190"/>
        <source>Unlocked</source>
        <translation>Desbloqueado</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_window.py" line="216"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/language_switch.py" line="48"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/language_switch.py" line="49"/>
        <source>Sign in first: a record has changes that are not saved yet.</source>
        <translation>Inicia sesión primero: hay un expediente con cambios que aún no se han guardado.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/main_window.py" line="350"/>
        <source>Restored from %1. Sign in again.</source>
        <translation>Restaurado desde %1. Vuelve a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="146"/>
        <source>How the columns are read</source>
        <translation>Cómo se leen las columnas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="149"/>
        <source>Check the field each column goes into; choose “Not imported” to leave one out.</source>
        <translation>Comprueba a qué campo va cada columna; elige «No se importa» para dejar una fuera.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="155"/>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="155"/>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="155"/>
        <source>Goes into</source>
        <translation>Va a</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="167"/>
        <source>Language levels (CEFR) in the file are for:</source>
        <translation>Los niveles de idioma (MCER) del archivo son de:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="180"/>
        <source>Not imported</source>
        <translation>No se importa</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="190"/>
        <source>Field for the column %1</source>
        <translation>Campo para la columna %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/importing/import_wizard.py" line="210"/>
        <source>Checking every row…</source>
        <translation>Comprobando cada fila…</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="47"/>
        <source>no consent to share her data with employers</source>
        <translation>sin consentimiento para compartir sus datos con empresas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="48"/>
        <source>no language level required</source>
        <translation>no se requiere nivel de idioma</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="49"/>
        <source>{language}: {her}, meets the required {needed}</source>
        <translation>{language}: {her}, cumple el {needed} requerido</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="52"/>
        <source>{language}: {her}, above the required {needed}</source>
        <translation>{language}: {her}, por encima del {needed} requerido</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="55"/>
        <source>{language}: {her}, one level below the required {needed}</source>
        <translation>{language}: {her}, un nivel por debajo del {needed} requerido</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="58"/>
        <source>{language}: {her}, far below the required {needed} ({levels} levels)</source>
        <translation>{language}: {her}, muy por debajo del {needed} requerido ({levels} niveles)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="61"/>
        <source>{language}: level not assessed, {needed} required</source>
        <translation>{language}: nivel sin evaluar, se requiere {needed}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="64"/>
        <source>no particular skills asked</source>
        <translation>no se piden competencias concretas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="65"/>
        <source>skills: {skills} ({count} of {asked})</source>
        <translation>competencias: {skills} ({count} de {asked})</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="66"/>
        <source>none of the skills asked: {skills}</source>
        <translation>ninguna de las competencias pedidas: {skills}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="67"/>
        <source>available on {days}</source>
        <translation>disponible: {days}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="68"/>
        <source>not available on {days}</source>
        <translation>no disponible: {days}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="69"/>
        <source>availability not recorded</source>
        <translation>disponibilidad no registrada</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="70"/>
        <source>working days not given</source>
        <translation>días de trabajo no indicados</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="71"/>
        <source>available {start}–{end}</source>
        <translation>disponible {start}–{end}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="72"/>
        <source>works {start}–{end}, available {from}–{until}</source>
        <translation>horario {start}–{end}, disponible {from}–{until}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="75"/>
        <source>available hours not recorded</source>
        <translation>horario disponible no registrado</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="76"/>
        <source>working hours not given</source>
        <translation>horario de trabajo no indicado</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="77"/>
        <source>lives in {municipality}</source>
        <translation>vive en {municipality}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="78"/>
        <source>lives in {her}, job in {job}</source>
        <translation>vive en {her}, empleo en {job}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="79"/>
        <source>lives in {her}, commutes to {job}</source>
        <translation>vive en {her}, se desplaza a {job}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="80"/>
        <source>lives in {her}, would relocate to {job}</source>
        <translation>vive en {her}, se mudaría a {job}</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="81"/>
        <source>municipality not recorded</source>
        <translation>municipio no registrado</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="82"/>
        <source>no childcare needed</source>
        <translation>no necesita cuidado infantil</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="83"/>
        <source>the employer accommodates childcare</source>
        <translation>la empresa se adapta al cuidado infantil</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="84"/>
        <source>within daycare hours</source>
        <translation>dentro del horario de guardería</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="85"/>
        <source>{parts}: conflicts with childcare</source>
        <translation>{parts}: incompatible con el cuidado infantil</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="86"/>
        <source>working hours not given: check childcare</source>
        <translation>horario de trabajo no indicado: comprueba el cuidado infantil</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="89"/>
        <source>early mornings</source>
        <translation>primera hora de la mañana</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="90"/>
        <source>evenings</source>
        <translation>tardes</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="91"/>
        <source>weekends</source>
        <translation>fines de semana</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="101"/>
        <source>no level</source>
        <translation>sin nivel</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="114"/>
        <source>Host language</source>
        <translation>Idioma del país de acogida</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="135"/>
        <source>Excluded: %1. Also: %2</source>
        <translation>Excluida: %1. Además: %2</translation>
    </message>
</context>
<context>
    <name>MatchingDialog</name>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="157"/>
        <source>Candidates for the vacancy</source>
        <translation>Candidatas para la oferta de empleo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="159"/>
        <source>Vacancies for her</source>
        <translation>Ofertas de empleo para ella</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="165"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="166"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="166"/>
        <source>Vacancy</source>
        <translation>Oferta de empleo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="167"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="171"/>
        <source>Matching results</source>
        <translation>Resultados del emparejamiento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="196"/>
        <source>Looking for candidates…</source>
        <translation>Buscando candidatas…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="198"/>
        <source>Looking for vacancies…</source>
        <translation>Buscando ofertas de empleo…</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="248"/>
        <source>%1 at %2: %n candidate(s) who agreed to share their profile.</source>
        <translation>
            <numerusform>%1 en %2: %n candidata que ha aceptado compartir su perfil.</numerusform>
            <numerusform>%1 en %2: %n candidatas que han aceptado compartir su perfil.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="255"/>
        <source>Nobody who agreed to share her profile with employers matches yet.</source>
        <translation>Todavía no encaja ninguna participante que haya aceptado compartir su perfil con empresas.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="259"/>
        <source>Only participants with a consent to share their profile with employers are listed. Press Enter to open a record.</source>
        <translation>Solo aparecen las participantes que han dado su consentimiento para compartir su perfil con empresas. Pulsa Enter para abrir un expediente.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="264"/>
        <source>%1 open vacancies, best first.</source>
        <translation>%1 ofertas de empleo abiertas, las mejores primero.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/matching_dialog.py" line="269"/>
        <source>She has not agreed to share her profile with employers: record her consent on the Consent tab before proposing her to one.</source>
        <translation>No ha aceptado compartir su perfil con empresas: registra su consentimiento en la pestaña Consentimiento antes de proponerla a una.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../w4i_desktop/views/message_bar.py" line="38"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/message_bar.py" line="39"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/message_bar.py" line="40"/>
        <source>Load the saved record again; your changes are lost</source>
        <translation>Vuelve a cargar el expediente guardado; se pierden tus cambios</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="40"/>
        <source>The user name or the password is wrong.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="42"/>
        <source>The database is open on another computer or window: %1. Close it there first.</source>
        <translation>La base de datos está abierta en otro ordenador o en otra ventana: %1. Ciérrala allí primero.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="47"/>
        <source>The database file is damaged and cannot be read safely. Restore the newest backup.</source>
        <translation>El archivo de la base de datos está dañado y no se puede leer con seguridad. Restaura la copia de seguridad más reciente.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="52"/>
        <source>This file is not a W4I database, or its key file (.keys) is missing or damaged.</source>
        <translation>Este archivo no es una base de datos de W4I, o su archivo de claves (.keys) falta o está dañado.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="57"/>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>El disco está lleno. No se ha cambiado nada; libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="61"/>
        <source>The file %1 is open in another program (Excel?). Close it there, or save under another name.</source>
        <translation>El archivo %1 está abierto en otro programa (¿Excel?). Ciérralo allí o guárdalo con otro nombre.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="67"/>
        <source>Someone else saved this record after you opened it. Reload it to see their changes.</source>
        <translation>Otra persona ha guardado este expediente después de que lo abrieras. Vuelve a cargarlo para ver sus cambios.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="72"/>
        <source>Your role does not allow this.</source>
        <translation>Tu rol no te permite hacer esto.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="74"/>
        <source>This record does not exist or is not visible to you.</source>
        <translation>Este expediente no existe o no puedes verlo.</translation>
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
        <translation>Otra persona guardó este expediente después de que lo abrieras, así que tus cambios no se han guardado. Siguen en la pantalla: vuelve a cargarlo para ver los otros cambios y luego haz de nuevo los tuyos.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/messages.py" line="121"/>
        <source>Someone else saved this record after you opened it and changed: %1. Your changes were not saved; they are still on screen. Reload to see the other changes, then make yours again.</source>
        <translation>Otra persona guardó este expediente después de que lo abrieras y cambió: %1. Tus cambios no se han guardado; siguen en la pantalla. Vuelve a cargarlo para ver los otros cambios y luego haz de nuevo los tuyos.</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="273"/>
        <source>Needs and goals</source>
        <translation>Necesidades y objetivos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="275"/>
        <source>Needs and &amp;goals</source>
        <translation>Necesidades y ob&amp;jetivos</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="166"/>
        <source>Make a new recovery key</source>
        <translation>Crear una nueva clave de recuperación</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="169"/>
        <source>A new recovery key replaces the one you have: the old key stops working at once, on paper and in every PDF. Backups made before keep opening with the old key.</source>
        <translation>Una nueva clave de recuperación sustituye a la que tienes: la clave anterior deja de funcionar de inmediato, en papel y en todos los PDF. Las copias de seguridad hechas antes se siguen abriendo con la clave anterior.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="177"/>
        <source>Your password</source>
        <translation>Tu contraseña</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="178"/>
        <source>Your &amp;password</source>
        <translation>Tu &amp;contraseña</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="181"/>
        <source>Make a &amp;new key</source>
        <translation>Crear una &amp;nueva clave</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="51"/>
        <source>Add a user</source>
        <translation>Añadir un usuario</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="52"/>
        <source>&amp;Name shown</source>
        <translation>&amp;Nombre visible</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="53"/>
        <source>&amp;User name (to sign in)</source>
        <translation>Nombre de &amp;usuario (para iniciar sesión)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="54"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="57"/>
        <source>&amp;Site</source>
        <translation>&amp;Sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="59"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="59"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="62"/>
        <source>Password &amp;again</source>
        <translation>Re&amp;pite la contraseña</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="62"/>
        <source>Password again</source>
        <translation>Repite la contraseña</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="68"/>
        <source>Give it to her in person: nobody, administrators included, can read it later.</source>
        <translation>Entrégasela en persona: nadie, ni siquiera los administradores, podrá leerla después.</translation>
    </message>
</context>
<context>
    <name>OriginPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="163"/>
        <source>Origin and residence permit</source>
        <translation>Origen y permiso de residencia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="168"/>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="171"/>
        <source>Not known</source>
        <translation>No consta</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="173"/>
        <source>&amp;Country of birth</source>
        <translation>&amp;País de nacimiento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="174"/>
        <source>Citi&amp;zenship</source>
        <translation>Naciona&amp;lidad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="175"/>
        <source>&amp;Arrival year</source>
        <translation>&amp;Año de llegada</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="176"/>
        <source>&amp;Permit</source>
        <translation>Per&amp;miso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="177"/>
        <source>Permit &amp;expires on</source>
        <translation>El permiso &amp;caduca el</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="187"/>
        <source>She is under 18 today.</source>
        <translation>Hoy tiene menos de 18 años.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="188"/>
        <source>Her residence permit has expired.</source>
        <translation>Su permiso de residencia ha caducado.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="189"/>
        <source>She has no residence permit.</source>
        <translation>No tiene permiso de residencia.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="202"/>
        <source>Check the eligibility before you go on:</source>
        <translation>Comprueba los requisitos de acceso antes de continuar:</translation>
    </message>
</context>
<context>
    <name>ParticipantListPage</name>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="63"/>
        <source>Search name, code, phone or e-mail (Ctrl+F)</source>
        <translation>Nombre, código, teléfono o correo (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="64"/>
        <source>Search participants</source>
        <translation>Buscar participantes</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="67"/>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="69"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="71"/>
        <source>Open and closed</source>
        <translation>Abiertas y cerradas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="72"/>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="73"/>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="78"/>
        <source>Caseworker</source>
        <translation>Técnica de referencia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="80"/>
        <source>Pathway stage</source>
        <translation>Etapa del itinerario</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="81"/>
        <source>Any stage</source>
        <translation>Cualquier etapa</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="84"/>
        <source>&amp;New participant</source>
        <translation>&amp;Nueva participante</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="106"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="172"/>
        <source>All sites</source>
        <translation>Todas las sedes</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="173"/>
        <source>Any caseworker</source>
        <translation>Cualquier técnica de referencia</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/participant/participant_list.py" line="257"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantRecord</name>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="74"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="79"/>
        <source>You can read this record; your role does not allow changing it.</source>
        <translation>Puedes consultar este expediente; tu rol no permite modificarlo.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="83"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="84"/>
        <source>Save the record (Ctrl+S)</source>
        <translation>Guardar el expediente (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="86"/>
        <source>Cl&amp;ose record…</source>
        <translation>Ce&amp;rrar expediente…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="88"/>
        <source>R&amp;eopen record…</source>
        <translation>&amp;Reabrir expediente…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="90"/>
        <source>She is back: continue this record</source>
        <translation>Ha vuelto: continuar este expediente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="109"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="110"/>
        <source>Background</source>
        <translation>Trayectoria</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="111"/>
        <source>Family &amp;&amp; availability</source>
        <translation>Familia &amp;&amp; disponibilidad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="112"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="113"/>
        <source>Pathway</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="114"/>
        <source>Placements</source>
        <translation>Inserciones</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="115"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="116"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="147"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="273"/>
        <source>New participant</source>
        <translation>Nueva participante</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_record.py" line="274"/>
        <source>Fill in what you know; you can complete the rest later.</source>
        <translation>Rellena lo que sepas; puedes completar el resto más tarde.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_saving.py" line="91"/>
        <source>There are no changes to save.</source>
        <translation>No hay cambios que guardar.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_saving.py" line="104"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_saving.py" line="138"/>
        <source>%1 was created.</source>
        <translation>Se ha creado %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_closing.py" line="52"/>
        <source>Closed on %1: %2</source>
        <translation>Cerrado el %1: %2</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_closing.py" line="57"/>
        <source>Open since %1</source>
        <translation>Abierto desde %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_closing.py" line="60"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_closing.py" line="93"/>
        <source>The record was closed.</source>
        <translation>Se ha cerrado el expediente.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_closing.py" line="103"/>
        <source>Record reopened: %1</source>
        <translation>Expediente reabierto: %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_closing.py" line="112"/>
        <source>The record is open again.</source>
        <translation>El expediente vuelve a estar abierto.</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="34"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="35"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="36"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="37"/>
        <source>Country of origin</source>
        <translation>País de origen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="38"/>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="39"/>
        <source>Caseworker</source>
        <translation>Técnica de referencia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="40"/>
        <source>Pathway stage</source>
        <translation>Etapa del itinerario</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="41"/>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participant_table.py" line="192"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message>
        <location filename="../w4i_desktop/views/participant/participants_screen.py" line="20"/>
        <source>← Back to the list</source>
        <translation>← Volver a la lista</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/participants_screen.py" line="21"/>
        <source>Back to the list (Alt+Left)</source>
        <translation>Volver a la lista (Alt+Left)</translation>
    </message>
</context>
<context>
    <name>PasswordHint</name>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/password_hint.py" line="52"/>
        <source>At least %n characters; a short sentence is best.</source>
        <translation>
            <numerusform>Al menos %n carácter; lo mejor es una frase corta.</numerusform>
            <numerusform>Al menos %n caracteres; lo mejor es una frase corta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/password_hint.py" line="57"/>
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Demasiado corta: al menos %n carácter.</numerusform>
            <numerusform>Demasiado corta: al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/password_hint.py" line="59"/>
        <source>Weak: too easy to guess, it would be refused.</source>
        <translation>Débil: demasiado fácil de adivinar; se rechazaría.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/password_hint.py" line="60"/>
        <source>Fair: accepted. Longer is stronger.</source>
        <translation>Aceptable: se admite. Cuanto más larga, más segura.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/password_hint.py" line="61"/>
        <source>Strong.</source>
        <translation>Segura.</translation>
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
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="86"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="87"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="88"/>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="89"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="90"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="91"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="95"/>
        <source>Pathway steps</source>
        <translation>Pasos del itinerario</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="105"/>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="260"/>
        <source>Mark &amp;done (Space)</source>
        <translation>Marcar como &amp;hecho (Space)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="108"/>
        <source>S&amp;tart</source>
        <translation>Ini&amp;ciar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="111"/>
        <source>S&amp;kip…</source>
        <translation>&amp;Omitir…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="114"/>
        <source>&amp;Edit due date and notes…</source>
        <translation>&amp;Editar plazo y notas…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="117"/>
        <source>&amp;Print her summary (PDF)…</source>
        <translation>Im&amp;primir su resumen (PDF)…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="120"/>
        <source>Her steps, courses and placements in her language, without any notes</source>
        <translation>Sus pasos, cursos e inserciones en su idioma, sin ninguna nota</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="135"/>
        <source>Mark done</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="198"/>
        <source>%1 of %2 steps done; %3 overdue.</source>
        <translation>%1 de %2 pasos hechos; %3 vencidos.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="203"/>
        <source>No pathway started yet.</source>
        <translation>Aún no se ha iniciado ningún itinerario.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="213"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="216"/>
        <source>after her placement</source>
        <translation>tras su inserción</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="218"/>
        <source>%1 (overdue)</source>
        <translation>%1 (vencido)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="234"/>
        <source>Print her summary</source>
        <translation>Imprimir su resumen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="235"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="242"/>
        <source>Her summary is saved as %1.</source>
        <translation>Su resumen se ha guardado como %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="256"/>
        <source>Back to &amp;to do (Space)</source>
        <translation>Volver a pe&amp;ndiente (Space)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="258"/>
        <source>Record her pla&amp;cement… (Space)</source>
        <translation>Registrar su in&amp;serción… (Space)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="294"/>
        <source>Record her placement</source>
        <translation>Registrar su inserción</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="319"/>
        <source>Skip the step</source>
        <translation>Omitir el paso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="319"/>
        <source>Why is this step skipped?</source>
        <translation>¿Por qué se omite este paso?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="328"/>
        <source>Edit the step</source>
        <translation>Editar el paso</translation>
    </message>
</context>
<context>
    <name>PermitBanner</name>
    <message>
        <location filename="../w4i_desktop/views/participant/permit_banner.py" line="36"/>
        <source>Residence permit</source>
        <translation>Permiso de residencia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/permit_banner.py" line="53"/>
        <source>Her residence permit expires on %1 (in %2 days).</source>
        <translation>Su permiso de residencia caduca el %1 (dentro de %2 días).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/permit_banner.py" line="58"/>
        <source>Her residence permit expires tomorrow, %1.</source>
        <translation>Su permiso de residencia caduca mañana, %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/permit_banner.py" line="60"/>
        <source>Her residence permit expires today, %1.</source>
        <translation>Su permiso de residencia caduca hoy, %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/permit_banner.py" line="62"/>
        <source>Her residence permit expired yesterday, %1.</source>
        <translation>Su permiso de residencia caducó ayer, %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/permit_banner.py" line="64"/>
        <source>Her residence permit expired on %1 (%2 days ago).</source>
        <translation>Su permiso de residencia caducó el %1 (hace %2 días).</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="32"/>
        <source>New placement</source>
        <translation>Nueva inserción</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="38"/>
        <source>Edit the placement</source>
        <translation>Editar la inserción</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="43"/>
        <source>e.g. W4I-7KQ2M</source>
        <translation>p. ej., W4I-7KQ2M</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="44"/>
        <source>&amp;Participant code</source>
        <translation>Código de la &amp;participante</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="50"/>
        <source>Choose the employer</source>
        <translation>Elige la empresa</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="52"/>
        <source>&amp;Employer</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="55"/>
        <source>&amp;Vacancy</source>
        <translation>&amp;Oferta de empleo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="60"/>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="63"/>
        <source>&amp;Start</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="64"/>
        <source>E&amp;nd (if agreed)</source>
        <translation>Fi&amp;n (si se ha acordado)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="65"/>
        <source>&amp;Hours per week</source>
        <translation>&amp;Horas semanales</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="94"/>
        <source>Choose the employer.</source>
        <translation>Elige la empresa.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/placement_dialog.py" line="117"/>
        <source>No particular vacancy</source>
        <translation>Ninguna oferta concreta</translation>
    </message>
</context>
<context>
    <name>PlacementsTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="211"/>
        <source>Employer</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="212"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="213"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="214"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="215"/>
        <source>Hours/week</source>
        <translation>Horas/semana</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="217"/>
        <source>Placements</source>
        <translation>Inserciones</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="219"/>
        <source>A new placement schedules her follow-ups after 1, 3, 6 and 12 months on her pathway.</source>
        <translation>Una nueva inserción programa sus seguimientos a 1, 3, 6 y 12 meses en su itinerario.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="226"/>
        <source>&amp;New placement…</source>
        <translation>&amp;Nueva inserción…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="229"/>
        <source>Record a &amp;follow-up…</source>
        <translation>Registrar un &amp;seguimiento…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="232"/>
        <source>&amp;Matching vacancies…</source>
        <translation>&amp;Ofertas de empleo adecuadas…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_summaries.py" line="294"/>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
</context>
<context>
    <name>PrivacyButton</name>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="81"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="84"/>
        <source>&amp;Export all her data (JSON and PDF)…</source>
        <translation>&amp;Exportar todos sus datos (JSON y PDF)…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="87"/>
        <source>E&amp;rase personal data…</source>
        <translation>&amp;Borrar datos personales…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="90"/>
        <source>&amp;Delete record created by mistake…</source>
        <translation>E&amp;liminar expediente creado por error…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="110"/>
        <source>Export all her data</source>
        <translation>Exportar todos sus datos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="113"/>
        <source>Choose the folder for the export</source>
        <translation>Elige la carpeta para la exportación</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="124"/>
        <source>The folder %1 could not be made (%2).</source>
        <translation>No se ha podido crear la carpeta %1 (%2).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="135"/>
        <source>Her data is saved as %1.json (machine-readable) and %1.pdf (to read) in %2. The export is recorded in the audit log.</source>
        <translation>Sus datos se han guardado como %1.json (legible por máquina) y %1.pdf (para leer) en %2. La exportación queda anotada en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="157"/>
        <source>The personal data of %1 is erased.</source>
        <translation>Se han borrado los datos personales de %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/privacy_actions.py" line="170"/>
        <source>Removes a record created by mistake and everything in it, while it is new and nothing was reported on her.</source>
        <translation>Elimina un expediente creado por error y todo su contenido, mientras es reciente y aún no figura en ningún informe.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="106"/>
        <source>e.g. +39 333 123 4567</source>
        <translation>p. ej., +34 612 34 56 78</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="114"/>
        <source>Not chosen</source>
        <translation>Sin elegir</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="122"/>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="124"/>
        <source>First n&amp;ame</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="125"/>
        <source>&amp;Last name</source>
        <translation>A&amp;pellidos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="126"/>
        <source>Prefe&amp;rred name</source>
        <translation>Nom&amp;bre preferido</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="127"/>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="128"/>
        <source>Date of &amp;birth</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="129"/>
        <source>&amp;Year of birth</source>
        <translation>Año d&amp;e nacimiento</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="132"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="134"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="135"/>
        <source>&amp;E-mail</source>
        <translation>Correo e&amp;lectrónico</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="136"/>
        <source>&amp;Municipality</source>
        <translation>M&amp;unicipio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="137"/>
        <source>&amp;Neighbourhood</source>
        <translation>Barri&amp;o</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="141"/>
        <source>Language for &amp;documents</source>
        <translation>Idioma de los &amp;documentos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="146"/>
        <source>Enrolment</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="148"/>
        <source>Si&amp;te</source>
        <translation>&amp;Sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="149"/>
        <source>&amp;Caseworker</source>
        <translation>Técni&amp;ca de referencia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="150"/>
        <source>intake date</source>
        <translation>fecha de acogida</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="151"/>
        <source>&amp;Intake date</source>
        <translation>Fec&amp;ha de acogida</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="155"/>
        <source>Needs and &amp;goals</source>
        <translation>Necesidades y ob&amp;jetivos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="158"/>
        <source>Sensiti&amp;ve notes</source>
        <translation>Notas confidencia&amp;les</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="160"/>
        <source>Only staff, managers and administrators can read these notes.</source>
        <translation>Solo el personal técnico, los responsables y los administradores pueden leer estas notas.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_tabs.py" line="189"/>
        <source>Not assigned</source>
        <translation>Sin asignar</translation>
    </message>
</context>
<context>
    <name>RecordPrompts</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="37"/>
        <source>…and %n more.</source>
        <translation>…y %n más.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="46"/>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="48"/>
        <source>This person may already be registered:</source>
        <translation>Puede que esta persona ya esté registrada:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="50"/>
        <source>These participants may be the same person:</source>
        <translation>Puede que estas participantes sean la misma persona:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="55"/>
        <source>Open the existing record instead, or create a new one anyway?</source>
        <translation>¿Prefieres abrir el expediente existente o crear uno nuevo de todos modos?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="61"/>
        <source>&amp;Open existing</source>
        <translation>&amp;Abrir el expediente existente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="65"/>
        <source>&amp;Create anyway</source>
        <translation>&amp;Crear de todos modos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="87"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="88"/>
        <source>This record has changes that are not saved.</source>
        <translation>Este expediente tiene cambios sin guardar.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_prompts.py" line="89"/>
        <source>Save them before leaving the record?</source>
        <translation>¿Guardarlos antes de salir del expediente?</translation>
    </message>
</context>
<context>
    <name>RecordWidgets</name>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="307"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/date_field.py" line="309"/>
        <source>Clear %1</source>
        <translation>Borrar %1</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="50"/>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="53"/>
        <source>&lt;p&gt;If every password is forgotten, this key is the only way to open the database.&lt;/p&gt;&lt;p&gt;Print it or save it as a PDF, and keep it locked away from this computer. Until you confirm that you have stored it, it is shown again each time an administrator signs in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Si se olvidan todas las contraseñas, esta clave es la única forma de abrir la base de datos.&lt;/p&gt;&lt;p&gt;Imprímela o guárdala como PDF, y consérvala bajo llave, lejos de este ordenador. Hasta que confirmes que la has guardado, se vuelve a mostrar cada vez que un administrador inicia sesión.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="69"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="70"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="73"/>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="76"/>
        <source>I have &amp;stored the recovery key</source>
        <translation>He &amp;guardado la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="80"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="83"/>
        <source>Show it again &amp;later</source>
        <translation>Mostrar de nuevo más &amp;tarde</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="87"/>
        <source>Close without confirming: the key is shown again at the next sign-in.</source>
        <translation>Cerrar sin confirmar: la clave se vuelve a mostrar en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="119"/>
        <source>&lt;h1&gt;W4I Desktop recovery key&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 20pt&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This key opens the encrypted database when every password is forgotten. Keep this page locked away, apart from the computer.&lt;/p&gt;&lt;p&gt;This page was made on %3. A newer key, once made, replaces this one.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Clave de recuperación de W4I Desktop&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 20pt&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Esta clave abre la base de datos cifrada cuando se han olvidado todas las contraseñas. Guarda esta página bajo llave, lejos del ordenador.&lt;/p&gt;&lt;p&gt;Esta página se generó el %3. Si se crea una clave más reciente, sustituye a esta.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="136"/>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="144"/>
        <source>Save the recovery key</source>
        <translation>Guardar la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="146"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="134"/>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="155"/>
        <source>W4I Desktop recovery key</source>
        <translation>Clave de recuperación de W4I Desktop</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/recovery_key_dialog.py" line="158"/>
        <source>The PDF could not be written.</source>
        <translation>No se ha podido escribir el PDF.</translation>
    </message>
</context>
<context>
    <name>RecoveryResetDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="153"/>
        <source>Forgotten password</source>
        <translation>Contraseña olvidada</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="156"/>
        <source>Type the recovery key printed when this database was created (30 letters and digits in 6 groups) and choose a new password.</source>
        <translation>Escribe la clave de recuperación que se imprimió al crear esta base de datos (30 letras y cifras en 6 grupos) y elige una nueva contraseña.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="163"/>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="166"/>
        <source>Recovery &amp;key</source>
        <translation>Clave de &amp;recuperación</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="167"/>
        <source>New &amp;password</source>
        <translation>Nueva &amp;contraseña</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="167"/>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="169"/>
        <source>Password &amp;again</source>
        <translation>Re&amp;pite la contraseña</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="169"/>
        <source>Password again</source>
        <translation>Repite la contraseña</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/reopen_dialog.py" line="20"/>
        <source>Reopen record</source>
        <translation>Reabrir expediente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/reopen_dialog.py" line="23"/>
        <source>%2.

Reopening continues %1&apos;s record: she stays one participant, and the closure no longer counts as an exit.</source>
        <translation>%2.

Al reabrirlo continúa el expediente de %1: sigue siendo una sola participante y el cierre deja de contar como salida.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/reopen_dialog.py" line="30"/>
        <source>&amp;Why is the record reopened?</source>
        <translation>¿&amp;Por qué se reabre el expediente?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/reopen_dialog.py" line="35"/>
        <source>Why is the record reopened?</source>
        <translation>¿Por qué se reabre el expediente?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/reopen_dialog.py" line="37"/>
        <source>Kept as a note in her timeline.</source>
        <translation>Se guarda como nota en su cronología.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/reopen_dialog.py" line="44"/>
        <source>&amp;Reopen record</source>
        <translation>&amp;Reabrir expediente</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="59"/>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="208"/>
        <source>Quarterly report</source>
        <translation>Informe trimestral</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="64"/>
        <source>&amp;Quarter</source>
        <translation>&amp;Trimestre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="66"/>
        <source>Cust&amp;om dates</source>
        <translation>Fechas &amp;personalizadas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="69"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="72"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="72"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="98"/>
        <source>&amp;Pseudonymised (codes only, small counts shown as &lt;5)</source>
        <translation>Seu&amp;donimizado (solo códigos; los recuentos pequeños aparecen como &lt;5)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="102"/>
        <source>&amp;Named (exact counts and names; the reason is recorded)</source>
        <translation>&amp;Nominativo (recuentos exactos y nombres; se registra el motivo)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="109"/>
        <source>Why names are needed, e.g. the funder&apos;s audit</source>
        <translation>Por qué se necesitan los nombres, p. ej., la auditoría de la entidad financiadora</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="114"/>
        <source>&amp;Excel workbook (.xlsx)</source>
        <translation>Libro de &amp;Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="116"/>
        <source>P&amp;DF report</source>
        <translation>In&amp;forme PDF</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="124"/>
        <source>&amp;Create the report…</source>
        <translation>&amp;Crear el informe…</translation>
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
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="133"/>
        <source>&amp;Reason</source>
        <translation>Moti&amp;vo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="134"/>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="135"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="154"/>
        <source>Reports are made by managers. Ask one if you need figures.</source>
        <translation>Los informes los elaboran los responsables. Pídeselo a uno si necesitas cifras.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="168"/>
        <source>All sites</source>
        <translation>Todas las sedes</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="221"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="221"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="239"/>
        <source>The report is saved as %1.</source>
        <translation>El informe se ha guardado como %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/reports_screen.py" line="234"/>
        <source>Building the report…</source>
        <translation>Generando el informe…</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="118"/>
        <source>Set a new password</source>
        <translation>Establecer una nueva contraseña</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="120"/>
        <source>A new password for %1 (%2).</source>
        <translation>Una nueva contraseña para %1 (%2).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="127"/>
        <source>New &amp;password</source>
        <translation>Nueva &amp;contraseña</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="127"/>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="129"/>
        <source>Password &amp;again</source>
        <translation>Re&amp;pite la contraseña</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="129"/>
        <source>Password again</source>
        <translation>Repite la contraseña</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="131"/>
        <source>The account becomes active again.</source>
        <translation>La cuenta vuelve a estar activa.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="135"/>
        <source>Your password was changed.</source>
        <translation>Tu contraseña se ha cambiado.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="137"/>
        <source>The password of %1 was changed.</source>
        <translation>Se ha cambiado la contraseña de %1.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="51"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="57"/>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="60"/>
        <source>%1 · %2 · %3 MB</source>
        <translation>%1 · %2 · %3 MB</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="69"/>
        <source>&amp;Other file…</source>
        <translation>&amp;Otro archivo…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="71"/>
        <source>An &amp;administrator&apos;s password</source>
        <translation>La contraseña de un &amp;administrador</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="73"/>
        <source>The &amp;recovery key</source>
        <translation>La clave de &amp;recuperación</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="80"/>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="142"/>
        <source>Check the backup to see what it holds.</source>
        <translation>Comprueba la copia de seguridad para ver qué contiene.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="84"/>
        <source>&amp;Check the backup</source>
        <translation>&amp;Comprobar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="89"/>
        <source>R&amp;estore</source>
        <translation>R&amp;estaurar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="98"/>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="100"/>
        <source>&amp;Password or key</source>
        <translation>Contraseña o c&amp;lave</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="102"/>
        <source>Backups in %1, newest first:</source>
        <translation>Copias de seguridad en %1, la más reciente primero:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="113"/>
        <source>made by hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="114"/>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="115"/>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="116"/>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="117"/>
        <source>damaged database kept</source>
        <translation>base de datos dañada conservada</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="123"/>
        <source>W4I backups (*.w4ibak)</source>
        <translation>Copias de seguridad de W4I (*.w4ibak)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="152"/>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="161"/>
        <source>The backup is intact. It holds %1 participants, %2 employers, %3 placements and %4 users. Restoring replaces everything entered since it was made; the current state is kept as a backup first.</source>
        <translation>La copia de seguridad está intacta. Contiene %1 participantes, %2 empresas, %3 inserciones y %4 usuarios. Al restaurar se sustituye todo lo introducido desde que se hizo; antes se guarda el estado actual como copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="183"/>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="208"/>
        <source>The database is restored from %1.</source>
        <translation>La base de datos se ha restaurado desde %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="211"/>
        <source>The state before the restore is kept in %1.</source>
        <translation>El estado anterior a la restauración se conserva en %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="218"/>
        <source>Applied again: %n erasure(s) made after this backup, so erased data stays erased.</source>
        <translation>
            <numerusform>Se ha vuelto a aplicar %n borrado posterior a esta copia de seguridad: los datos borrados siguen borrados.</numerusform>
            <numerusform>Se han vuelto a aplicar %n borrados posteriores a esta copia de seguridad: los datos borrados siguen borrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="227"/>
        <source>Deleted again: %n record(s) deleted as created by mistake after this backup.</source>
        <translation>
            <numerusform>Se ha vuelto a eliminar %n expediente creado por error que se eliminó después de esta copia de seguridad.</numerusform>
            <numerusform>Se han vuelto a eliminar %n expedientes creados por error que se eliminaron después de esta copia de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/backup_dialogs.py" line="232"/>
        <source>Everyone signs in again.</source>
        <translation>Todo el mundo tiene que volver a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="31"/>
        <source>Retention review</source>
        <translation>Revisión de conservación</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="37"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="37"/>
        <source>Closed on</source>
        <translation>Cerrado el</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="38"/>
        <source>Participants past retention</source>
        <translation>Participantes con el plazo de conservación vencido</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="54"/>
        <source>Personal data is kept for %n year(s) after a participant&apos;s closure (Settings). Anonymising removes names, contact details and notes and keeps the anonymous statistics the reports need.</source>
        <translation>
            <numerusform>Los datos personales se conservan durante %n año después del cierre de una participante (Configuración). Al anonimizar se eliminan los nombres, los datos de contacto y las notas, y se conservan las estadísticas anónimas que necesitan los informes.</numerusform>
            <numerusform>Los datos personales se conservan durante %n años después del cierre de una participante (Configuración). Al anonimizar se eliminan los nombres, los datos de contacto y las notas, y se conservan las estadísticas anónimas que necesitan los informes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="65"/>
        <source>&amp;Anonymise %n participant(s)…</source>
        <translation>
            <numerusform>&amp;Anonimizar %n participante…</numerusform>
            <numerusform>&amp;Anonimizar %n participantes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="73"/>
        <source>Anonymise %n participant(s) now? This cannot be undone.</source>
        <translation>
            <numerusform>¿Anonimizar ahora a %n participante? No se puede deshacer.</numerusform>
            <numerusform>¿Anonimizar ahora a %n participantes? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="82"/>
        <source>Anonymising…</source>
        <translation>Anonimizando…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="87"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/retention_dialog.py" line="94"/>
        <source>%n participant(s) anonymised.</source>
        <translation>
            <numerusform>%n participante anonimizada.</numerusform>
            <numerusform>%n participantes anonimizadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="281"/>
        <source>Review and submit</source>
        <translation>Revisar y enviar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/intake/intake_pages.py" line="281"/>
        <source>Check the answers, then Submit.</source>
        <translation>Revisa las respuestas y pulsa Enviar.</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="29"/>
        <source>Database server</source>
        <translation>Servidor de base de datos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="33"/>
        <source>e.g. db.example.org</source>
        <translation>p. ej., db.example.org</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="44"/>
        <source>Encrypt the connection (&amp;TLS)</source>
        <translation>Cifrar la conexión (&amp;TLS)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="47"/>
        <source>A server on another computer is always reached over TLS.</source>
        <translation>A un servidor en otro ordenador siempre se accede mediante TLS.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="53"/>
        <source>The server&apos;s administrator makes an empty database and a role that owns it. The role&apos;s password is kept in this computer&apos;s credential store, or asked at each start where there is none.</source>
        <translation>La persona que administra el servidor crea una base de datos vacía y un rol que sea su propietario. La contraseña del rol se guarda en el almacén de credenciales de este ordenador o, si no lo hay, se pide en cada inicio.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="60"/>
        <source>Server host</source>
        <translation>Host del servidor</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="61"/>
        <source>Server port</source>
        <translation>Puerto del servidor</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="62"/>
        <source>Database name on the server</source>
        <translation>Nombre de la base de datos en el servidor</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="63"/>
        <source>Server role</source>
        <translation>Rol en el servidor</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="64"/>
        <source>Password of the server role</source>
        <translation>Contraseña del rol en el servidor</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="70"/>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="73"/>
        <source>Ser&amp;ver role</source>
        <translation>Rol en el ser&amp;vidor</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="72"/>
        <source>Data&amp;base</source>
        <translation>&amp;Base de datos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="71"/>
        <source>Port &amp;number</source>
        <translation>&amp;Número de puerto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="74"/>
        <source>Role pass&amp;word</source>
        <translation>Contraseña del r&amp;ol</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="102"/>
        <source>Enter the name or address of the database server.</source>
        <translation>Escribe el nombre o la dirección del servidor de base de datos.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/window/server_box.py" line="106"/>
        <source>Enter the name of the database on the server.</source>
        <translation>Escribe el nombre de la base de datos en el servidor.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="51"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="65"/>
        <source>Choose a &amp;logo…</source>
        <translation>Elige un &amp;logotipo…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="67"/>
        <source>Re&amp;move the logo</source>
        <translation>&amp;Quitar el logotipo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="77"/>
        <source> years after closure</source>
        <translation> años después del cierre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="91"/>
        <source>For how many days after its creation an administrator can delete a record created by mistake (0: on the day only)</source>
        <translation>Durante cuántos días después de su creación puede un administrador eliminar un expediente creado por error (0: solo el mismo día)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="99"/>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="144"/>
        <source>Backup folder (this computer)</source>
        <translation>Carpeta de copias (este ordenador)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="100"/>
        <source>Choos&amp;e…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="124"/>
        <source>&amp;Save the settings</source>
        <translation>&amp;Guardar la configuración</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="127"/>
        <source>Show the &amp;data folder</source>
        <translation>Mostrar carpeta de &amp;datos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="130"/>
        <source>Make a new recover&amp;y key…</source>
        <translation>Cam&amp;biar la clave de recuperación…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="133"/>
        <source>The old recovery key stops working; store the new one safely</source>
        <translation>La clave de recuperación anterior deja de funcionar; guarda la nueva en un lugar seguro</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="138"/>
        <source>&amp;Organisation name</source>
        <translation>Nombre de la &amp;organización</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="139"/>
        <source>Logo on reports</source>
        <translation>Logotipo en los informes</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="140"/>
        <source>&amp;Keep personal data</source>
        <translation>&amp;Conservar los datos personales</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="141"/>
        <source>Dashboard: &amp;permits expiring within</source>
        <translation>Panel: &amp;permisos que caducan en</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="142"/>
        <source>Automatic &amp;backups kept</source>
        <translation>Copias a&amp;utomáticas conservadas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="143"/>
        <source>Delete mistaken records within</source>
        <translation>Eliminar expedientes erróneos hasta</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="145"/>
        <source>Lock the &amp;window after</source>
        <translation>Bloquear la &amp;ventana después de</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="146"/>
        <source>Language of the interf&amp;ace</source>
        <translation>Idioma de la inter&amp;faz</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="167"/>
        <source>Ge&amp;neral</source>
        <translation>Ge&amp;neral</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="168"/>
        <source>Si&amp;tes</source>
        <translation>&amp;Sedes</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="169"/>
        <source>Use&amp;rs</source>
        <translation>Usua&amp;rios</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="171"/>
        <source>Sk&amp;ills</source>
        <translation>Compe&amp;tencias</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="200"/>
        <source>Only managers and administrators change the organisation&apos;s settings. These settings are for this computer.</source>
        <translation>Solo los responsables y los administradores cambian la configuración de la organización. La configuración que ves aquí es la de este ordenador.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="239"/>
        <source>A logo of %1 KB</source>
        <translation>Un logotipo de %1 KB</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="241"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="259"/>
        <source> minute(s) without use</source>
        <translation>
            <numerusform> minuto sin uso</numerusform>
            <numerusform> minutos sin uso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="262"/>
        <source> day(s)</source>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="265"/>
        <source> day(s) of creation</source>
        <translation>
            <numerusform> día tras su creación</numerusform>
            <numerusform> días tras su creación</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="269"/>
        <source>Choose a logo</source>
        <translation>Elige un logotipo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="269"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="279"/>
        <source>The file %1 cannot be read.</source>
        <translation>No se puede leer el archivo %1.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="296"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/settings_screen.py" line="324"/>
        <source>The settings are saved.</source>
        <translation>La configuración se ha guardado.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="190"/>
        <source>Add a site</source>
        <translation>Añadir una sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="190"/>
        <source>Change a site</source>
        <translation>Modificar una sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="192"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="193"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Municipio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="197"/>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="198"/>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/account_dialogs.py" line="202"/>
        <source>&amp;Open (closed sites keep their history)</source>
        <translation>&amp;Abierta (las sedes cerradas conservan su historial)</translation>
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
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="229"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="230"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="231"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="232"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="236"/>
        <source>Sites</source>
        <translation>Sedes</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="238"/>
        <source>Add a &amp;site…</source>
        <translation>Añadir una s&amp;ede…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="239"/>
        <source>C&amp;hange…</source>
        <translation>Modi&amp;ficar…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="260"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="260"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
</context>
<context>
    <name>Skills</name>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="17"/>
        <source>Accounting</source>
        <translation>Contabilidad</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="18"/>
        <source>Agriculture</source>
        <translation>Agricultura</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="19"/>
        <source>Beauty care</source>
        <translation>Estética</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="20"/>
        <source>Cash register</source>
        <translation>Manejo de caja</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="21"/>
        <source>Catering</source>
        <translation>Catering</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="22"/>
        <source>Childcare</source>
        <translation>Cuidado infantil</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="23"/>
        <source>Cleaning</source>
        <translation>Limpieza</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="24"/>
        <source>Computer basics</source>
        <translation>Informática básica</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="25"/>
        <source>Cooking</source>
        <translation>Cocina</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="26"/>
        <source>Crafts</source>
        <translation>Artesanía</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="27"/>
        <source>Customer service</source>
        <translation>Atención al cliente</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="28"/>
        <source>Driving</source>
        <translation>Conducción</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="29"/>
        <source>Elderly care</source>
        <translation>Cuidado de personas mayores</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="30"/>
        <source>Gardening</source>
        <translation>Jardinería</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="31"/>
        <source>Hairdressing</source>
        <translation>Peluquería</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="32"/>
        <source>Hospitality</source>
        <translation>Hostelería</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="33"/>
        <source>Nursing</source>
        <translation>Enfermería</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="34"/>
        <source>Office administration</source>
        <translation>Administración y oficina</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="35"/>
        <source>Programming</source>
        <translation>Programación</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="36"/>
        <source>Retail</source>
        <translation>Comercio minorista</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="37"/>
        <source>Sewing</source>
        <translation>Costura</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="38"/>
        <source>Teaching</source>
        <translation>Enseñanza</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="39"/>
        <source>Translation and interpreting</source>
        <translation>Traducción e interpretación</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_labels.py" line="40"/>
        <source>Warehouse work</source>
        <translation>Trabajo de almacén</translation>
    </message>
</context>
<context>
    <name>SkillsEdit</name>
    <message>
        <location filename="../w4i_desktop/views/skill_picker.py" line="64"/>
        <source>Type a skill and press Enter</source>
        <translation>Escribe y pulsa Enter</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_picker.py" line="71"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_picker.py" line="83"/>
        <source>Skills chosen</source>
        <translation>Competencias elegidas</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_picker.py" line="84"/>
        <source>Select a skill and press Delete to remove it.</source>
        <translation>Selecciona una competencia y pulsa Supr para quitarla.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/skill_picker.py" line="152"/>
        <source>“%1” is not on the list of skills. Pick one of the suggestions.</source>
        <translation>«%1» no está en la lista de competencias. Elige una de las sugerencias.</translation>
    </message>
</context>
<context>
    <name>SkillsPanel</name>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="37"/>
        <source>Participants&apos; skills and the skills vacancies ask for are chosen from this list, so that matching compares like with like.</source>
        <translation>Las competencias de las participantes y las que piden las ofertas de empleo se eligen de esta lista, para que el emparejamiento compare lo mismo con lo mismo.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="45"/>
        <source>Skill</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="45"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="46"/>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="56"/>
        <source>A skill missing from the list</source>
        <translation>Una competencia que falta en la lista</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="57"/>
        <source>New skill</source>
        <translation>Nueva competencia</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="59"/>
        <source>&amp;Add to the list</source>
        <translation>Añadir a la &amp;lista</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="86"/>
        <source>Only administrators add skills to the list.</source>
        <translation>Solo los administradores añaden competencias a la lista.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="100"/>
        <source>Built in</source>
        <translation>Predefinida</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="100"/>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/skills_panel.py" line="113"/>
        <source>%1 was added to the list.</source>
        <translation>%1 se ha añadido a la lista.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="66"/>
        <source>&amp;Due</source>
        <translation>&amp;Plazo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/pathway_tab.py" line="67"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="55"/>
        <source>Saving makes a new version of the template. Pathways already started keep their steps; new pathways follow the new version.</source>
        <translation>Al guardar se crea una nueva versión de la plantilla. Los itinerarios ya iniciados mantienen sus pasos; los nuevos itinerarios siguen la nueva versión.</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="62"/>
        <source>Language of the titles</source>
        <translation>Idioma de los títulos</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="73"/>
        <source>Steps of the pathway template</source>
        <translation>Pasos de la plantilla de itinerario</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="75"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="75"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="75"/>
        <source>Due after (days)</source>
        <translation>Plazo (días)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="75"/>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="199"/>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="231"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="84"/>
        <source>&amp;Add a step</source>
        <translation>Añadir un &amp;paso</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="87"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="90"/>
        <source>Move u&amp;p (Ctrl+Up)</source>
        <translation>&amp;Subir (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="93"/>
        <source>Move do&amp;wn (Ctrl+Down)</source>
        <translation>&amp;Bajar (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="96"/>
        <source>&amp;Save as a new version</source>
        <translation>&amp;Guardar como nueva versión</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="99"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="104"/>
        <source>Titles in:</source>
        <translation>Títulos en:</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="146"/>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="174"/>
        <source>Kind of step %1</source>
        <translation>Tipo del paso %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="184"/>
        <source>English: %1</source>
        <translation>Inglés: %1</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="199"/>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="231"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="275"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="276"/>
        <source>Save the changes to the pathway template?</source>
        <translation>¿Guardar los cambios de la plantilla de itinerario?</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="288"/>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="294"/>
        <source>Pathway template</source>
        <translation>Plantilla de itinerario</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/template_editor.py" line="295"/>
        <source>Saved as version %1. New pathways follow it.</source>
        <translation>Guardada como versión %1. Los nuevos itinerarios la siguen.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="53"/>
        <source>Date</source>
        <translation>Fecha</translation>
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
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="53"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="55"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="63"/>
        <source>&amp;Add to timeline</source>
        <translation>Añadir a la &amp;cronología</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="67"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="70"/>
        <source>&amp;Text</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="72"/>
        <source>Text of the note</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="110"/>
        <source>(former user)</source>
        <translation>(usuario dado de baja)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/participant/record_lists.py" line="128"/>
        <source>Write the note before adding it.</source>
        <translation>Escribe la nota antes de añadirla.</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="129"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="130"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="131"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="132"/>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="133"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="134"/>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="138"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="139"/>
        <source>&amp;Add a user…</source>
        <translation>Añadir un &amp;usuario…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="140"/>
        <source>&amp;Change…</source>
        <translation>Modi&amp;ficar…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="142"/>
        <source>Set a new &amp;password…</source>
        <translation>Establecer una nueva &amp;contraseña…</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="145"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="166"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="166"/>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="206"/>
        <source>Deactivate a user</source>
        <translation>Desactivar un usuario</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/admin/accounts_panels.py" line="208"/>
        <source>%1 will no longer be able to sign in. Her work stays in the records. An administrator can set a new password to let her back in.</source>
        <translation>%1 ya no podrá iniciar sesión. Su trabajo se conserva en los expedientes. Un administrador puede establecer una nueva contraseña para que vuelva a entrar.</translation>
    </message>
</context>
<context>
    <name>VacancyDialog</name>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="74"/>
        <source>New vacancy</source>
        <translation>Nueva oferta de empleo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="74"/>
        <source>Edit the vacancy</source>
        <translation>Editar la oferta de empleo</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="76"/>
        <source>&amp;Title</source>
        <translation>&amp;Puesto</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="78"/>
        <source>As the employer</source>
        <translation>Igual que la empresa</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="79"/>
        <source>S&amp;ector</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="80"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Municipio</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="81"/>
        <source>&amp;Hours per week</source>
        <translation>&amp;Horas semanales</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="82"/>
        <source>&amp;Days</source>
        <translation>&amp;Días</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="83"/>
        <source>&amp;From</source>
        <translation>D&amp;esde</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="84"/>
        <source>Un&amp;til</source>
        <translation>H&amp;asta</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="96"/>
        <source>Lan&amp;guage</source>
        <translation>Idioma exi&amp;gido</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="132"/>
        <source>%1 (the language of the site)</source>
        <translation>%1 (el idioma de la sede)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="134"/>
        <source>The host language (the site has no country)</source>
        <translation>El idioma del país de acogida (la sede no tiene país)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="88"/>
        <source>Hours fit with &amp;childcare (school or nursery hours)</source>
        <translation>Horario compatible con el &amp;cuidado infantil (horario escolar o de guardería)</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="92"/>
        <source>&amp;Contract</source>
        <translation>C&amp;ontrato</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="95"/>
        <source>&amp;Language level needed</source>
        <translation>&amp;Nivel de idioma necesario</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="99"/>
        <source>S&amp;kills</source>
        <translation>Competenc&amp;ias</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="102"/>
        <source>&amp;Opened on</source>
        <translation>Abie&amp;rta el</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="103"/>
        <source>C&amp;losed on</source>
        <translation>Cerrada e&amp;l</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/employer/employer_dialogs.py" line="106"/>
        <source>&amp;Status</source>
        <translation>Es&amp;tado</translation>
    </message>
</context>
<context>
    <name>VolunteerWelcome</name>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard_tables.py" line="179"/>
        <source>Start an intake interview with %1 (File menu, New intake interview). Interviews you have not finished are under Intake drafts (%2); the people you have interviewed are on the Participants screen (%3).</source>
        <translation>Empieza una entrevista de acogida con %1 (menú Archivo, Nueva entrevista de acogida). Las entrevistas que no has terminado están en Borradores de acogida (%2); las personas a las que has entrevistado están en la pantalla Participantes (%3).</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/reports/dashboard_tables.py" line="191"/>
        <source>Start an &amp;intake interview</source>
        <translation>Empezar una &amp;entrevista de acogida</translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <location filename="../w4i_desktop/views/widgets.py" line="65"/>
        <source>Not known</source>
        <translation>No consta</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../w4i_desktop/views/operations.py" line="227"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../w4i_desktop/views/operations.py" line="233"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
</TS>
