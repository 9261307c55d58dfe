"""Short texts in each host language (it, es, nl, sv), by purpose: notes, goals, activities."""

from __future__ import annotations

from w4i_desktop.enums import ActivityKind

# fmt: off
TEXTS: dict[str, dict[str, tuple[str, ...]]] = {
    "experience": {"it": ("{n} anni come {role}",), "es": ("{n} años como {role}",),
                   "nl": ("{n} jaar als {role}",), "sv": ("{n} år som {role}",)},
    "goals": {
        "it": ("Trovare un lavoro part-time compatibile con la scuola dei figli",
               "Migliorare l'italiano e ottenere il riconoscimento del diploma",
               "Lavorare nel settore della cura"),
        "es": ("Encontrar un trabajo a media jornada compatible con el horario escolar",
               "Mejorar el castellano y homologar el título",
               "Trabajar en el sector de los cuidados"),
        "nl": ("Parttime werk vinden dat past bij de schooltijden",
               "Beter Nederlands leren en diploma laten erkennen", "Werken in de zorg"),
        "sv": ("Hitta deltidsarbete som passar barnens skoltider",
               "Förbättra svenskan och få utbildningen validerad", "Arbeta inom vården"),
    },
    "sensitive": {
        "it": ("Situazione abitativa precaria", "Seguita dai servizi sociali"),
        "es": ("Situación de vivienda precaria", "En seguimiento por servicios sociales"),
        "nl": ("Onzekere woonsituatie", "Begeleid door maatschappelijk werk"),
        "sv": ("Osäker bostadssituation", "Har kontakt med socialtjänsten"),
    },
    "not_needed": {"it": ("Non necessario",), "es": ("No necesario",), "nl": ("Niet nodig",),
                   "sv": ("Behövs inte",)},
    "closed": {"it": ("Percorso chiuso",), "es": ("Itinerario cerrado",),
               "nl": ("Traject afgesloten",), "sv": ("Ärendet avslutat",)},
    "interaction": {
        "it": ("Presentazione del progetto", "Raccolta di nuove offerte", "Verifica inserimento",
               "Visita in azienda"),
        "es": ("Presentación del proyecto", "Nuevas ofertas recibidas",
               "Seguimiento de una inserción", "Visita a la empresa"),
        "nl": ("Project voorgesteld", "Nieuwe vacatures besproken", "Plaatsing geëvalueerd",
               "Bedrijfsbezoek"),
        "sv": ("Presentation av projektet", "Nya lediga jobb", "Uppföljning av anställning",
               "Företagsbesök"),
    },
    "employer_note": {"it": ("Disponibile ad accogliere tirocini",),
                      "es": ("Dispuesta a acoger prácticas",), "nl": ("Staat open voor stages",),
                      "sv": ("Tar gärna emot praktikanter",)},
    "job_title": {
        "it": ("Responsabile risorse umane", "Titolare", "Direttrice di struttura",
               "Responsabile di reparto"),
        "es": ("Responsable de RRHH", "Gerente", "Propietaria", "Jefa de equipo"),
        "nl": ("HR-adviseur", "Eigenaar", "Vestigingsmanager", "Teamleider"),
        "sv": ("HR-chef", "Ägare", "Verksamhetschef", "Rekryterare"),
    },
    ActivityKind.MEETING: {
        "it": ("Colloquio di orientamento", "Incontro sul piano individuale", "Revisione del CV"),
        "es": ("Entrevista de orientación", "Reunión sobre el plan individual", "Revisión del CV"),
        "nl": ("Oriëntatiegesprek", "Gesprek over het persoonlijk plan", "Cv besproken"),
        "sv": ("Vägledningssamtal", "Möte om individuell plan", "Genomgång av CV"),
    },
    ActivityKind.CALL: {
        "it": ("Telefonata per fissare un appuntamento", "Chiamata di verifica"),
        "es": ("Llamada para concertar cita", "Llamada de seguimiento"),
        "nl": ("Gebeld voor een afspraak", "Nabelgesprek"),
        "sv": ("Samtal för att boka tid", "Uppföljningssamtal"),
    },
    ActivityKind.COURSE: {
        "it": ("Lezione del corso di italiano", "Laboratorio di informatica"),
        "es": ("Clase del curso de castellano", "Taller de informática"),
        "nl": ("Taalles Nederlands", "Computercursus"),
        "sv": ("Lektion i SFI", "Datorkurs"),
    },
    ActivityKind.NOTE: {
        "it": ("Permesso di soggiorno da rinnovare", "Interessata al settore della cura"),
        "es": ("Pendiente renovar el permiso", "Interesada en la hostelería"),
        "nl": ("Verblijfsvergunning moet verlengd worden", "Interesse in de zorg"),
        "sv": ("Uppehållstillståndet ska förnyas", "Intresserad av vården"),
    },
}
# fmt: on
