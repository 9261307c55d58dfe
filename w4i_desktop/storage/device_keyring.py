"""Whether the OS credential store can hold a 'remember me' secret here."""

from __future__ import annotations

import keyring
from keyring.backends import fail


def available() -> bool:
    try:
        backend = keyring.get_keyring()
    except Exception:
        return False
    return not isinstance(backend, fail.Keyring) and backend.priority > 0
