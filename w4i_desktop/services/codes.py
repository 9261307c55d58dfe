"""Pseudonymous participant codes such as W4I-7K2Q9."""

from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from w4i_desktop.models import Participant
from w4i_desktop.storage.search import CODE_PREFIX

# No 0/O, 1/I/L, 2/Z, 5/S or 8/B: codes are read aloud and copied by hand.
CODE_ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"
CODE_LENGTH = 5


def random_code() -> str:
    return CODE_PREFIX + "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def new_participant_code(session: Session) -> str:
    """A code not yet used in this database (25^5 = 9.7 million codes)."""
    while True:
        code = random_code()
        taken = session.scalars(select(Participant.id).where(Participant.code == code)).first()
        if taken is None:
            return code
