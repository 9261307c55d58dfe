"""The ledger of erasures, kept OUTSIDE the database so that a restore cannot undo them.

Restoring a backup brings back the database as it was; an erasure (GDPR Art. 17) or a record
deleted as created by mistake after that backup would come back with it. So each one is also
written to a small file beside the database, `NAME.erasures` (participant codes, the action
and the date only: nothing personal), copied beside every backup, and re-applied on restore
(services.backups, through services.erasure_replay). On a PostgreSQL server there is no file:
the server backs itself up, and remembering is a no-op there.

Every write replaces the whole file atomically (a crash leaves the old or the new ledger).
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from w4i_desktop.services.context import Context
from w4i_desktop.storage.atomic import write_bytes_atomic

LEDGER_SUFFIX = ".erasures"
ACTIONS = ("erase", "delete")
_FORMAT = "w4i-erasures"
_VERSION = 1


@dataclass(frozen=True, order=True)
class Entry:
    at: datetime  # UTC, when the erasure was committed
    code: str
    action: str


def ledger_path(path: Path) -> Path:
    """The ledger beside a database (or beside a backup: `NAME.w4ibak.erasures`)."""
    return path.with_name(path.name + LEDGER_SUFFIX)


def read(path: Path) -> list[Entry]:
    """The entries of the ledger at `path` (a ledger file), oldest first; [] when there is
    none. Entries that cannot be read are left out, never guessed."""
    return _load(path) or []


def _load(path: Path) -> list[Entry] | None:
    """The entries, [] when there is no file, None when the file is not a ledger."""
    try:
        raw = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError):
        return None
    if not isinstance(raw, dict) or raw.get("format") != _FORMAT:
        return None
    entries: set[Entry] = set()
    for item in raw.get("entries", []):
        with contextlib.suppress(KeyError, TypeError, ValueError):
            at = datetime.fromisoformat(item["at"])
            if at.tzinfo is None:
                at = at.replace(tzinfo=UTC)
            if item["action"] in ACTIONS and isinstance(item["code"], str) and item["code"]:
                entries.add(Entry(at.astimezone(UTC), item["code"], item["action"]))
    return sorted(entries)


def write(path: Path, entries: list[Entry]) -> None:
    """Replace the ledger file at `path` by `entries` (deduplicated, oldest first)."""
    document = {
        "format": _FORMAT,
        "version": _VERSION,
        "entries": [
            {"code": e.code, "action": e.action, "at": e.at.astimezone(UTC).isoformat()}
            for e in sorted(set(entries))
        ],
    }
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    write_bytes_atomic(path, data)


def merged(*paths: Path) -> list[Entry]:
    """The entries of every ledger in `paths`, together, each once, oldest first."""
    found: set[Entry] = set()
    for path in paths:
        found.update(read(path))
    return sorted(found)


def remember_at(db_path: Path, code: str, action: str, at: datetime | None = None) -> None:
    """Append one entry to the ledger beside the database file at `db_path`."""
    if action not in ACTIONS:
        raise ValueError(f"unknown ledger action {action!r}")
    ledger = ledger_path(db_path)
    entries = _load(ledger)
    if entries is None:  # damaged: kept aside for a person to look at, never overwritten
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        ledger.replace(ledger.with_name(f"{ledger.name}.damaged-{stamp}"))
        entries = []
    entries.append(Entry((at or datetime.now(UTC)).astimezone(UTC), code, action))
    write(ledger, entries)


def remember(ctx: Context, code: str, action: str) -> None:
    """Remember that the participant `code` was erased ("erase") or deleted as created by
    mistake ("delete"). Call it AFTER the transaction that did it has committed. A no-op on
    a PostgreSQL server."""
    if action not in ACTIONS:
        raise ValueError(f"unknown ledger action {action!r}")
    if ctx.db.is_server:
        return
    remember_at(ctx.db.path, code, action)


def copy_beside(db_path: Path, backup: Path) -> None:
    """Put the database's ledger beside `backup` (nothing when there is no ledger yet)."""
    entries = read(ledger_path(db_path))
    if entries:
        write(ledger_path(backup), entries)
