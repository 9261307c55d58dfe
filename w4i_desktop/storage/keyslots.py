"""Key slots: the random data key, wrapped once per user, for the recovery key and for devices.

Like LUKS: the database is encrypted with one random 256-bit key; each slot holds that key
encrypted (AES-256-GCM) under a key derived from a password with Argon2id. The slots live in a
JSON sidecar `<db>.keys`, written atomically, so adding or removing a user never needs to
re-encrypt the database. Slots name users only by a salted hash of their user name.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from w4i_desktop.errors import BadInput, NotADatabase, WrongPassword
from w4i_desktop.storage.atomic import write_bytes_atomic

FORMAT = "w4i-keys"
FORMAT_VERSION = 1
DATA_KEY_BYTES = 32
SlotKind = Literal["user", "recovery", "device"]

# Recovery codes avoid letters that read alike (0/O, 1/I/L, 2/Z, 5/S, 8/B).
RECOVERY_ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"
RECOVERY_GROUPS = 6
RECOVERY_GROUP_LEN = 5


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. Stored with each slot, so a slot keeps working when defaults change."""

    time_cost: int = 3
    memory_kib: int = 128 * 1024
    parallelism: int = 2

    MIN_MEMORY_KIB = 64 * 1024

    @classmethod
    def calibrated(cls, target_seconds: float = 0.8, memory_kib: int = 128 * 1024) -> KdfParams:
        """Choose the time cost that makes one derivation take about `target_seconds` here."""
        probe = cls(time_cost=2, memory_kib=memory_kib)
        derive_key(b"warm-up", b"0" * 16, probe)  # the first run also pays for page faults
        started = time.perf_counter()
        derive_key(b"calibration", b"0" * 16, probe)
        per_pass = (time.perf_counter() - started) / probe.time_cost
        passes = round(target_seconds / max(per_pass, 1e-3))
        return cls(time_cost=min(max(passes, 3), 64), memory_kib=memory_kib)


def derive_key(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret,
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def new_recovery_code() -> str:
    groups = (
        "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUP_LEN))
        for _ in range(RECOVERY_GROUPS)
    )
    return "-".join(groups)


def normalise_recovery_code(code: str) -> str:
    """The code in its printed form (upper case, dashes between the groups), whatever spacing
    or case it was typed with. A letter or digit keys never use is named, before the length:
    "O" for "0" is a misreading worth pointing at, not a wrong length."""
    foreign = next(
        (ch for ch in code if ch.isalnum() and ch.upper() not in RECOVERY_ALPHABET), None
    )
    if foreign is not None:
        raise BadInput(
            "That recovery key contains a character recovery keys never use: {character}",
            character=foreign,
        )
    letters = "".join(ch for ch in code.upper() if ch.isalnum())
    if len(letters) != RECOVERY_GROUPS * RECOVERY_GROUP_LEN:
        raise BadInput("That is not a recovery key: it has 30 letters and digits in 6 groups.")
    return "-".join(
        letters[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(letters), RECOVERY_GROUP_LEN)
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass
class Slot:
    id: str
    kind: SlotKind
    label: str  # salted hash of the user name, "recovery", or a device id
    salt: str
    nonce: str
    wrapped: str
    kdf: dict[str, int]
    created_at: str

    def params(self) -> KdfParams:
        return KdfParams(**self.kdf)


@dataclass
class KeyFile:
    """The sidecar's content. Load it with `KeyFile.load`, change it, then `save` it."""

    path: Path
    database_id: str
    slots: list[Slot] = field(default_factory=list)
    # Failed unlocks, kept here because the database cannot be written without the key; moved
    # into the audit log at the next successful unlock.
    failed_unlocks: list[dict[str, str]] = field(default_factory=list)
    # The user name scripts log in as when they name none (the first admin); not a secret.
    default_user: str | None = None

    @staticmethod
    def path_for(db_path: Path) -> Path:
        return db_path.with_name(db_path.name + ".keys")

    @classmethod
    def new(cls, db_path: Path) -> KeyFile:
        return cls(path=cls.path_for(db_path), database_id=str(uuid.uuid4()))

    @classmethod
    def load(cls, db_path: Path) -> KeyFile:
        path = cls.path_for(db_path)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise NotADatabase(
                f"{path.name} is missing: without it the database {db_path.name} cannot be "
                "opened. Restore it from a backup next to the database."
            ) from exc
        except (OSError, ValueError) as exc:
            raise NotADatabase(f"{path.name} is damaged or is not a W4I key file.") from exc
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise NotADatabase(f"{path.name} is not a W4I key file.")
        if raw.get("version") != FORMAT_VERSION:
            raise NotADatabase(f"{path.name} was written by a newer version of W4I Desktop.")
        try:
            slots = [Slot(**s) for s in raw["slots"]]
            return cls(
                path=path,
                database_id=str(raw["database_id"]),
                slots=slots,
                failed_unlocks=list(raw.get("failed_unlocks", [])),
                default_user=raw.get("default_user"),
            )
        except (KeyError, TypeError) as exc:
            raise NotADatabase(f"{path.name} is damaged.") from exc

    def save(self) -> None:
        doc: dict[str, Any] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "database_id": self.database_id,
            "slots": [asdict(s) for s in self.slots],
            "failed_unlocks": self.failed_unlocks,
            "default_user": self.default_user,
        }
        write_bytes_atomic(self.path, json.dumps(doc, indent=1).encode("utf-8"))

    # --- slots -------------------------------------------------------------------------------

    def user_label(self, username: str) -> str:
        digest = hashlib.sha256(f"{self.database_id}:{username.casefold()}".encode())
        return "user:" + digest.hexdigest()

    def add_slot(
        self, kind: SlotKind, label: str, secret: str, data_key: bytes, params: KdfParams
    ) -> Slot:
        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        slot_id = str(uuid.uuid4())
        wrapping_key = derive_key(secret.encode("utf-8"), salt, params)
        wrapped = AESGCM(wrapping_key).encrypt(nonce, data_key, self._aad(slot_id, kind, label))
        slot = Slot(
            id=slot_id,
            kind=kind,
            label=label,
            salt=_b64(salt),
            nonce=_b64(nonce),
            wrapped=_b64(wrapped),
            kdf=asdict(params),
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        self.slots = [s for s in self.slots if s.label != label] + [slot]
        return slot

    def remove_slot(self, label: str) -> bool:
        before = len(self.slots)
        self.slots = [s for s in self.slots if s.label != label]
        return len(self.slots) != before

    def has_slot(self, label: str) -> bool:
        return any(s.label == label for s in self.slots)

    def unwrap(self, label: str, secret: str) -> bytes:
        """The data key, if `secret` opens the slot `label`; WrongPassword otherwise."""
        slot = next((s for s in self.slots if s.label == label), None)
        if slot is None:
            # Derive anyway so an unknown user name takes as long as a wrong password.
            derive_key(secret.encode("utf-8"), b"0" * 16, self._typical_params())
            raise WrongPassword("The user name or the password is wrong.")
        key = derive_key(secret.encode("utf-8"), _unb64(slot.salt), slot.params())
        try:
            return AESGCM(key).decrypt(
                _unb64(slot.nonce), _unb64(slot.wrapped), self._aad(slot.id, slot.kind, slot.label)
            )
        except InvalidTag as exc:
            raise WrongPassword("The user name or the password is wrong.") from exc

    def _typical_params(self) -> KdfParams:
        return self.slots[0].params() if self.slots else KdfParams()

    def _aad(self, slot_id: str, kind: str, label: str) -> bytes:
        # Binds a wrapped key to this database and slot, so slots cannot be swapped around.
        return f"{FORMAT}:{self.database_id}:{slot_id}:{kind}:{label}".encode()

    # --- failed unlock attempts -----------------------------------------------------------------

    def record_failed_unlock(self, label: str) -> None:
        self.failed_unlocks.append(
            {"label": label, "at": datetime.now(UTC).isoformat(timespec="seconds")}
        )
        del self.failed_unlocks[:-200]  # bounded: an attacker cannot grow the file without limit

    def failures_for(self, label: str) -> int:
        """Failed attempts on `label` since its last successful unlock."""
        return sum(1 for entry in self.failed_unlocks if entry.get("label") == label)

    def take_failed_unlocks(self) -> list[dict[str, str]]:
        taken, self.failed_unlocks = self.failed_unlocks, []
        return taken
