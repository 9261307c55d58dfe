"""How hard a password is to guess, and the rule every new password must pass.

The estimate is zxcvbn's (dictionaries of common passwords, names and words, keyboard patterns,
dates, repeats), given the user's name, the organisation and the site as words to avoid. A new
password must be at least FAIR: first run, adding a user, an administrator's reset, a change of
one's own password, a reset with the recovery key, and the `w4i` command all pass through
`check_password`. The live hints in the views call `strength`, so the hint and the rule agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import IntEnum

from w4i_desktop.errors import BadInput

MIN_PASSWORD_LENGTH = 8
# zxcvbn's own ceiling: the rest of a longer password is not looked at (it only adds strength).
_MAX_CHECKED = 72
_WORD = re.compile(r"\w{3,}")


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1  # refused
    FAIR = 2
    STRONG = 3


ACCEPTED = Strength.FAIR


def _words(user_inputs: Iterable[str | None]) -> list[str]:
    """Each name whole and word by word ("Centro Donne Milano", "centro", "donne", ...)."""
    words: list[str] = []
    for text in user_inputs:
        if not text or not text.strip():
            continue
        words.append(text.strip().casefold())
        words.extend(word.casefold() for word in _WORD.findall(text))
    return list(dict.fromkeys(words))


def _estimate(password: str, user_inputs: Iterable[str | None]) -> tuple[Strength, bool]:
    """The strength, and whether a name in `user_inputs` is part of the password."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return Strength.TOO_SHORT, False
    from zxcvbn import zxcvbn  # its dictionaries: loaded when a password is first rated

    result = zxcvbn(password, user_inputs=_words(user_inputs), max_length=_MAX_CHECKED)
    score = int(result["score"])
    names = any(match.get("dictionary_name") == "user_inputs" for match in result["sequence"])
    if score >= 4:
        return Strength.STRONG, names
    return (Strength.FAIR if score == 3 else Strength.WEAK), names


def strength(password: str, user_inputs: Iterable[str | None] = ()) -> Strength:
    """TOO_SHORT under MIN_PASSWORD_LENGTH characters, else zxcvbn's score 0-2 WEAK, 3 FAIR,
    4 STRONG. `user_inputs`: the user name, the name shown, the organisation, the site."""
    return _estimate(password, user_inputs)[0]


def check_password(password: str, user_inputs: Iterable[str | None] = ()) -> None:
    """BadInput unless `password` is long enough and at least FAIR."""
    found, names = _estimate(password, user_inputs)
    if found == Strength.TOO_SHORT:
        raise BadInput("A password needs at least {count} characters.", count=MIN_PASSWORD_LENGTH)
    if found >= ACCEPTED:
        return
    if names:
        raise BadInput(
            "This password is too easy to guess: it uses the user name or the organisation's "
            "name. Choose another one."
        )
    raise BadInput(
        "This password is too easy to guess. A short sentence of four or five unusual words is "
        "strong and easy to remember."
    )
