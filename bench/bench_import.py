"""Import benchmark: 10,000 participants from a .csv and from an .xlsx file.

    python bench/bench_import.py [ROWS] [--existing N]      (default ROWS = 10000)

Writes ROWS realistic participant rows (Italian headers, dates written dd/mm/yyyy, countries by
name in the five languages or by code, phone numbers as people write them, education labels,
CEFR levels, languages, weekdays...) as a semicolon-separated UTF-8 CSV and as an .xlsx workbook,
then for each file: a fresh encrypted database (SQLCipher's memory security on, as in the
application), the dry run (reading, cleaning, duplicate check), then the import in one unit of
work. Prints the seconds of each step. Target: dry run + import <= 5 s per file.

With --existing N the database is instead a copy of a demo database of N participants (built
once with `w4i demo` in bench/out/, shared with the other benchmarks), so the duplicate check
runs against N people.
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import func, select

from w4i_desktop.importing.plan import dry_run
from w4i_desktop.importing.run import run_import
from w4i_desktop.models import Participant
from w4i_desktop.services import users
from w4i_desktop.services.context import Context
from w4i_desktop.storage.keyslots import KdfParams, KeyFile

PASSWORD = "bench-password"
OUT = Path(__file__).resolve().parent / "out"
CHEAP_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)  # unlock is not measured

HEADERS = [
    "Cognome", "Nome", "Data di nascita", "Paese di nascita", "Cittadinanza", "Anno di arrivo",
    "Permesso di soggiorno", "Telefono", "E-mail", "Comune", "Titolo di studio",
    "Condizione occupazionale", "Livello di italiano", "Lingue parlate", "Competenze",
    "Numero di figli", "Giorni disponibili", "Patente", "Data di iscrizione",
]  # fmt: skip
LAST = [
    "Okafor",
    "Haddad",
    "García",
    "Nguyen",
    "Popescu",
    "Yılmaz",
    "Mensah",
    "Rahimi",
    "Kovačević",
    "Ouedraogo",
    "Silva",
    "Ahmed",
    "Benali",
    "Diallo",
    "Santos",
    "Ivanova",
]
FIRST = [
    "Grace",
    "Amina",
    "María",
    "Lan",
    "Ioana",
    "Ayşe",
    "Abena",
    "Fatemeh",
    "Ana",
    "Awa",
    "Joana",
    "Hodan",
    "Samira",
    "Fatoumata",
    "Luz",
    "Olena",
]
COUNTRIES = [
    "Nigeria",
    "Marocco",
    "MA",
    "Siria",
    "Syrien",
    "Perú",
    "Rumänien",
    "Romania",
    "UA",
    "Ucrania",
    "Eritrea",
    "SOM",
    "Senegal",
    "Filippine",
    "Colombia",
    "Irán",
]
PERMITS = [
    "Permesso per lavoro",
    "ricongiungimento familiare",
    "richiedente asilo",
    "protezione sussidiaria",
    "carta di soggiorno",
    "Cittadina UE",
    "",
]
EDUCATION = [
    "laurea",
    "licenza media",
    "Diploma",
    "nessuno",
    "universidad",
    "hbo",
    "ISCED 3",
    "scuola superiore",
    "",
]
STATUS = ["disoccupata", "inattiva", "occupata", "Long-term unemployed", ""]
LEVELS = ["A1", "A2", "B1", "B1+", "b2", "pre-A1", "C1", ""]
LANGS = ["arabo, francese", "inglese", "spagnolo", "tigrino, arabo", "rumeno", "ucraino, russo"]
SKILLS = ["cucina, pulizie", "sartoria", "assistenza anziani, cucina", "informatica", ""]
DAYS = ["lun-ven", "lun, mer, ven", "sab, dom", "mar-gio", ""]
CITIES = ["Milano", "Sesto San Giovanni", "Monza", "Cinisello Balsamo", "Rho"]  # fmt: skip


def rows(n: int, seed: int = 7) -> list[list[object]]:
    rng = random.Random(seed)
    out: list[list[object]] = []
    for i in range(n):
        born = date(1960, 1, 1) + timedelta(days=rng.randrange(365 * 45))
        enrolled = date(2022, 1, 1) + timedelta(days=rng.randrange(1000))
        out.append([
            rng.choice(LAST), f"{rng.choice(FIRST)} {i}", born.strftime("%d/%m/%Y"),
            rng.choice(COUNTRIES), rng.choice(COUNTRIES), str(rng.randrange(2005, 2025)),
            rng.choice(PERMITS), f"+39 3{rng.randrange(10**8, 10**9)}", f"p{i}@example.org",
            rng.choice(CITIES), rng.choice(EDUCATION), rng.choice(STATUS), rng.choice(LEVELS),
            rng.choice(LANGS), rng.choice(SKILLS), str(rng.randrange(0, 5)), rng.choice(DAYS),
            rng.choice(["sì", "no", ""]), enrolled.strftime("%d/%m/%Y"),
        ])  # fmt: skip
    return out


def write_csv(path: Path, data: list[list[object]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(HEADERS)
        writer.writerows(data)


def write_xlsx(path: Path, data: list[list[object]]) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Partecipanti")
    sheet.append(HEADERS)
    for row in data:
        sheet.append(row)
    book.save(path)


def fresh_database(folder: Path, existing: int) -> Path:
    if not existing:
        db = folder / "import.db"
        created = users.create_database(db, "admin", PASSWORD, kdf=CHEAP_KDF, site_name="Milano")
        created.context.db.close()
        return db
    demo = OUT / f"demo-{existing}.db"
    if not demo.exists():
        OUT.mkdir(exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "w4i_desktop.cli", "demo", "--db", str(demo),
             "--participants", str(existing), "--password-stdin"],
            input=PASSWORD + "\n", text=True, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    db = folder / "import.db"
    shutil.copy(demo, db)
    shutil.copy(KeyFile.path_for(demo), KeyFile.path_for(db))
    return db


def measure(source: Path, folder: Path, existing: int) -> float:
    db = fresh_database(folder, existing)
    ctx: Context = users.login(db, "admin", PASSWORD)
    try:
        started = time.perf_counter()
        plan = dry_run(ctx, "participants", source, language="it", host_language="it")
        checked = time.perf_counter()
        result = run_import(ctx, plan, skip_rejected=True)
        done = time.perf_counter()
        with ctx.db.transaction() as session:
            total = session.scalar(select(func.count()).select_from(Participant))
    finally:
        ctx.db.close()
        for leftover in folder.glob("import.db*"):
            leftover.unlink()
    dry, run = checked - started, done - checked
    print(
        f"  {source.suffix[1:]:5} dry run {dry:5.2f} s   import {run:5.2f} s   "
        f"total {dry + run:5.2f} s   ({len(plan.ok_rows)} ok, {len(plan.rejected_rows)} rejected, "
        f"{result.created} created; {total} participants in the database)"
    )
    return dry + run


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("rows", nargs="?", type=int, default=10_000)
    parser.add_argument("--existing", type=int, default=0, help="participants already kept")
    args = parser.parse_args()
    data = rows(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_file, xlsx_file = folder / "partecipanti.csv", folder / "partecipanti.xlsx"
        write_csv(csv_file, data)
        write_xlsx(xlsx_file, data)
        print(f"{args.rows} rows, {len(HEADERS)} columns; {args.existing} participants before")
        worst = max(measure(f, folder, args.existing) for f in (csv_file, xlsx_file))
    target = " (target <= 5 s into a fresh database)" if not args.existing else ""
    print(f"slowest file: {worst:.2f} s{target}")


if __name__ == "__main__":
    main()
