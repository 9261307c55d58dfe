"""The "Work is Progress" pathway template, and how demo participants move through its steps."""

from __future__ import annotations

from w4i_desktop.enums import StepKind

TEMPLATE_KEY = "work_is_progress"

# fmt: off
# The "Work is Progress" pathway: kind, due days after intake, required, and titles
# (en|it|es|sv|nl).
STEP_LANGS = ("en", "it", "es", "sv", "nl")
WORK_IS_PROGRESS: tuple[tuple[StepKind, int, bool, dict[str, str]], ...] = tuple(
    (StepKind(kind), offset, required, dict(zip(STEP_LANGS, titles.split("|"), strict=True)))
    for kind, offset, required, titles in (
        ("intake", 0, True,
         "Intake interview|Colloquio di accoglienza|Entrevista de acogida|"
         "Inskrivningssamtal|Intakegesprek"),
        ("consent", 0, True,
         "Consent and privacy notice|Consenso e informativa privacy|"
         "Consentimiento e información de privacidad|Samtycke och integritetsinformation|"
         "Toestemming en privacyverklaring"),
        ("needs_assessment", 14, True,
         "Needs assessment|Analisi dei bisogni|Evaluación de necesidades|Behovsbedömning|"
         "Behoefteanalyse"),
        ("skills_assessment", 30, True,
         "Skills assessment|Bilancio di competenze|Balance de competencias|"
         "Kompetenskartläggning|Competentiescan"),
        ("language_assessment", 30, True,
         "Language assessment|Valutazione linguistica|Evaluación lingüística|"
         "Språkbedömning|Taaltoets"),
        ("individual_plan", 45, True,
         "Individual plan|Piano individuale|Plan individual|Individuell plan|"
         "Persoonlijk plan"),
        ("language_course", 210, False,
         "Language course|Corso di lingua|Curso de idioma|Språkkurs|Taalcursus"),
        ("empowerment", 120, False,
         "Empowerment workshop|Laboratorio di empowerment|Taller de empoderamiento|"
         "Empowermentworkshop|Empowermenttraining"),
        ("orientation", 90, False,
         "Labour market orientation|Orientamento al lavoro|Orientación laboral|"
         "Arbetsmarknadsorientering|Oriëntatie op de arbeidsmarkt"),
        ("cv_preparation", 120, False,
         "CV preparation|Preparazione del CV|Preparación del CV|CV-skrivning|Cv opstellen"),
        ("training", 270, False,
         "Vocational training|Formazione professionale|Formación profesional|"
         "Yrkesutbildning|Beroepsopleiding"),
        ("internship", 330, False,
         "Internship|Tirocinio|Prácticas|Praktik|Stage"),
        ("job_matching", 300, True,
         "Job matching|Incrocio domanda-offerta|Intermediación laboral|Jobbmatchning|"
         "Matching met vacatures"),
        ("placement", 365, False,
         "Job placement|Inserimento lavorativo|Inserción laboral|Anställning|Plaatsing"),
        ("follow_up_1m", 395, False,
         "Follow-up after 1 month|Follow-up a 1 mese|Seguimiento al mes|"
         "Uppföljning efter 1 månad|Follow-up na 1 maand"),
        ("follow_up_3m", 455, False,
         "Follow-up after 3 months|Follow-up a 3 mesi|Seguimiento a los 3 meses|"
         "Uppföljning efter 3 månader|Follow-up na 3 maanden"),
        ("follow_up_6m", 545, False,
         "Follow-up after 6 months|Follow-up a 6 mesi|Seguimiento a los 6 meses|"
         "Uppföljning efter 6 månader|Follow-up na 6 maanden"),
        ("follow_up_12m", 730, False,
         "Follow-up after 12 months|Follow-up a 12 mesi|Seguimiento a los 12 meses|"
         "Uppföljning efter 12 månader|Follow-up na 12 maanden"),
        ("closure", 760, True,
         "Closure|Chiusura del percorso|Cierre del itinerario|Avslut|Afsluiting"),
    )
)
# How long the longer steps run before they are done, and how often optional ones are skipped.
STEP_DAYS = {StepKind.SKILLS_ASSESSMENT: 7, StepKind.LANGUAGE_COURSE: 150,
             StepKind.EMPOWERMENT: 45, StepKind.ORIENTATION: 21, StepKind.CV_PREPARATION: 14,
             StepKind.TRAINING: 90, StepKind.INTERNSHIP: 60, StepKind.JOB_MATCHING: 120}
SKIP_CHANCE = {StepKind.EMPOWERMENT: 0.2, StepKind.ORIENTATION: 0.1, StepKind.TRAINING: 0.3,
               StepKind.INTERNSHIP: 0.45, StepKind.CV_PREPARATION: 0.05,
               StepKind.LANGUAGE_COURSE: 0.05}
FOLLOW_UP_STEPS = {StepKind.FOLLOW_UP_1M: 1, StepKind.FOLLOW_UP_3M: 3, StepKind.FOLLOW_UP_6M: 6,
                   StepKind.FOLLOW_UP_12M: 12}
# fmt: on
