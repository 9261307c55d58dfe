"""The users' passwords on a shared server (storage/server.py) and its recovery key: Argon2id
hashes in the database, with their salt and costs inside them. (A local file keeps none: its
key slots wrap the data key instead, storage/keyslots.py.)"""

from __future__ import annotations

from argon2 import PasswordHasher, extract_parameters
from argon2.exceptions import InvalidHashError, VerificationError

from w4i_desktop.storage.keyslots import KdfParams


def password_hasher(params: KdfParams) -> PasswordHasher:
    return PasswordHasher(
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
    )


def hash_secret(secret: str, params: KdfParams) -> str:
    """An Argon2id hash of `secret` (salt and costs inside it)."""
    return password_hasher(params).hash(secret)


def verify_secret(stored: str | None, secret: str, params: KdfParams) -> bool:
    """Whether `secret` matches `stored`. With nothing stored it still hashes once, so an
    unknown user name takes as long as a wrong password."""
    if stored is None:
        hash_secret(secret, params)
        return False
    try:
        return password_hasher(params).verify(stored, secret)
    except (VerificationError, InvalidHashError):
        return False


def params_of(stored: str) -> KdfParams:
    found = extract_parameters(stored)
    return KdfParams(
        time_cost=found.time_cost, memory_kib=found.memory_cost, parallelism=found.parallelism
    )
