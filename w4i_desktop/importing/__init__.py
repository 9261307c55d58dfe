"""Importing participants and employers (with their contact persons) from .xlsx and .csv files.

Qt-free. The steps, as the GUI wizard and `w4i import` take them:

    table = read_table(path, language)                  the header row and the rows
    mapping = auto_map(table.headers, kind)             column -> field, the user may change it
    mapping_problems(kind, table.headers, mapping, language)   what stops a dry run ([]: nothing)
    plan = dry_run(ctx, kind, table, mapping, language, site_id=..., host_language=...)
    plan.rows / plan.rejected_rows / plan.report_lines()       every problem, by row and column
    rejected_rows_xlsx(plan)                            the rejected rows, to correct
    run_import(ctx, plan, progress, skip_rejected=...)  all or nothing, in one unit of work
    template_xlsx(kind, language)                       the template to fill in

Modules: reading (files), xlsx (workbooks), headers (fields and header matching), normalise and
choices (cells -> values), vocabulary (words for values), rows (one row -> a record), duplicates,
plan (the dry run), bulk and run (the import), rejected and templates (workbooks written), texts
(resources/importing/<lang>.json).
"""

from w4i_desktop.importing.headers import (
    ImportField,
    ImportKind,
    ValueKind,
    auto_map,
    column_name,
    fields,
    mapping_problems,
)
from w4i_desktop.importing.plan import ImportPlan, PlanRow, Problem, dry_run, problem_line
from w4i_desktop.importing.reading import SourceRow, SourceTable, read_bytes, read_table
from w4i_desktop.importing.rejected import rejected_rows_xlsx
from w4i_desktop.importing.run import ImportCancelled, ImportResult, run_import
from w4i_desktop.importing.templates import template_xlsx
from w4i_desktop.importing.texts import IMPORT_LANGUAGES, ImportTexts

__all__ = [
    "IMPORT_LANGUAGES",
    "ImportCancelled",
    "ImportField",
    "ImportKind",
    "ImportPlan",
    "ImportResult",
    "ImportTexts",
    "PlanRow",
    "Problem",
    "SourceRow",
    "SourceTable",
    "ValueKind",
    "auto_map",
    "column_name",
    "dry_run",
    "fields",
    "mapping_problems",
    "problem_line",
    "read_bytes",
    "read_table",
    "rejected_rows_xlsx",
    "run_import",
    "template_xlsx",
]
