"""Realistic multilingual demo data: four sites, their staff, employers and participants.

`generate` fills the database the way three years of work at four centres would: women from
the countries that centre sees, their intake, consents, dated language levels, a "Work is
Progress" pathway as far as each got, jobs with their follow-ups, closures, and the employers
with their contacts and vacancies.

Everything random comes from one `random.Random(seed)` and from Faker instances seeded from the
same seed, so a seed and a `today` always give the same people, dates and codes. Names come from
pools drawn once per locale (Faker is slow per call). Rows are written in one transaction, in
batches, with primary keys assigned here so that child rows refer to their parents without
round trips; the full-text index follows through its triggers.

The package, by what each module holds:

- `load`: `generate`, and `DemoSummary` of what it made;
- `world`, `texts`, `pathway`, `odds`: the invented world, its texts, the "Work is Progress"
  template and the odds of everything drawn;
- `names`: name pools, transliteration and contact details;
- `writer`: the tables' rows in their stored form, written in chunks;
- the `Generator`, layer by layer: `core` (its random numbers, values and rows),
  `organisation` (sites, staff, the template, employers), `records` (a participant's dated
  records) and `generator` (the participants themselves).
"""

from w4i_desktop.services.demo.load import BULK_CACHE_KIB, DemoSummary, Progress, generate
from w4i_desktop.services.demo.pathway import TEMPLATE_KEY, WORK_IS_PROGRESS

__all__ = [
    "BULK_CACHE_KIB",
    "TEMPLATE_KEY",
    "WORK_IS_PROGRESS",
    "DemoSummary",
    "Progress",
    "generate",
]
