"""The recovery key after it is made: kept until an administrator says she stored it, and
replaced by a new one when she asks.

A key that was only ever on the screen is lost for good if the program ends while it is shown
(a crash, a power cut). So the key is kept in the encrypted database (the setting
UNCONFIRMED_KEY) from the moment it is made until an administrator confirms she has stored it;
each sign-in of an administrator shows it again until then (views/admin/recovery_key_dialog.py).

A new key replaces the recovery key slot, so the old key stops working. On a database file the
slot lives in the key file beside it, which the database's transaction cannot cover: the new key
is committed to the database first, then the key file is written, and a key kept in the database
that does not open the slot (the program ended between the two) is dropped when next read; the
old key still works then. On a server both are one transaction.
"""

from __future__ import annotations

import hmac

from sqlalchemy.orm import Session

from w4i_desktop.enums import AuditAction
from w4i_desktop.errors import BadInput, WrongPassword
from w4i_desktop.models import Setting
from w4i_desktop.services import audit
from w4i_desktop.services.context import Context
from w4i_desktop.services.permissions import Action, allowed
from w4i_desktop.storage.database import RECOVERY_LABEL, Database
from w4i_desktop.storage.keyslots import KdfParams, new_recovery_code, normalise_recovery_code
from w4i_desktop.storage.server import RECOVERY_SETTING, ServerDatabase
from w4i_desktop.storage.server_passwords import hash_secret, params_of, verify_secret

UNCONFIRMED_KEY = "recovery_key_unconfirmed"
# What the audit log says changed: never the key itself.
AUDIT_ENTITY = "recovery_key"


def remember_unconfirmed(ctx: Context, code: str) -> None:
    """Keep `code` (the key just made, e.g. at first run) until an administrator confirms
    she has stored it."""
    ctx.require(Action.USER_MANAGE)
    code = normalise_recovery_code(code)
    with ctx.db.transaction() as session:
        _keep(session, code)


def unconfirmed_key(ctx: Context) -> str | None:
    """The recovery key no administrator has confirmed storing yet, for an administrator;
    None for anyone else, or when there is none. A kept key that does not open the database
    (it was never put in place) is forgotten here."""
    if not _is_administrator(ctx):
        return None
    with ctx.db.transaction() as session:
        setting = session.get(Setting, UNCONFIRMED_KEY)
        code = setting.value if setting is not None else ""
    if not code:
        return None
    if not _opens(ctx, code):
        _forget(ctx)
        return None
    return code


def confirm_stored(ctx: Context) -> None:
    """An administrator has stored the key: it is removed from the database."""
    ctx.require(Action.USER_MANAGE)
    with ctx.db.transaction() as session:
        setting = session.get(Setting, UNCONFIRMED_KEY)
        if setting is None:
            return
        session.delete(setting)
        audit.record(
            session,
            ctx.actor.user_id,
            AuditAction.UPDATE,
            AUDIT_ENTITY,
            None,
            {"fields": ["stored"]},
        )
    ctx.db.checkpoint()  # the key leaves the database's side files too


def make_new_key(ctx: Context, password: str, *, kdf: KdfParams | None = None) -> str:
    """A new recovery key in place of the old one (which stops working), kept unconfirmed until
    she says she stored it. Asks the signed-in administrator's password again."""
    ctx.require(Action.USER_MANAGE)
    check_own_password(ctx, password)
    code = new_recovery_code()
    db = ctx.db
    if isinstance(db, ServerDatabase):
        with db.transaction() as session:
            stored = session.get(Setting, RECOVERY_SETTING)
            params = kdf or (params_of(stored.value) if stored is not None else KdfParams())
            if stored is None:
                session.add(Setting(key=RECOVERY_SETTING, value=hash_secret(code, params)))
            else:
                stored.value = hash_secret(code, params)
            _keep(session, code)
            _audit_new(session, ctx)
        return code
    assert isinstance(db, Database)
    with db.transaction() as session:
        _keep(session, code)
        _audit_new(session, ctx)
    slot = next((s for s in db.keyfile.slots if s.label == RECOVERY_LABEL), None)
    params = kdf or (slot.params() if slot is not None else KdfParams.calibrated())
    before = list(db.keyfile.slots)
    db.keyfile.add_slot("recovery", RECOVERY_LABEL, code, db.data_key, params)
    try:
        db.keyfile.save()
    except BaseException:
        db.keyfile.slots = before  # the old key still opens it; the kept one is dropped
        _forget(ctx)
        raise
    return code


def check_own_password(ctx: Context, password: str) -> None:
    """BadInput unless `password` is the signed-in user's."""
    db = ctx.db
    if isinstance(db, ServerDatabase):
        with db.transaction() as session:
            ok = db.check_password(session, ctx.actor.username, password) == ctx.actor.user_id
    else:
        assert isinstance(db, Database)
        try:
            key = db.keyfile.unwrap(db.keyfile.user_label(ctx.actor.username), password)
        except WrongPassword:
            key = b""
        ok = hmac.compare_digest(key, db.data_key)
    if not ok:
        raise BadInput("That is not your password.")


# --- inside ---------------------------------------------------------------------------------


def _is_administrator(ctx: Context) -> bool:
    return allowed(ctx.actor.role, Action.USER_MANAGE)


def _keep(session: Session, code: str) -> None:
    setting = session.get(Setting, UNCONFIRMED_KEY)
    if setting is None:
        session.add(Setting(key=UNCONFIRMED_KEY, value=code))
    else:
        setting.value = code


def _audit_new(session: Session, ctx: Context) -> None:
    audit.record(
        session, ctx.actor.user_id, AuditAction.UPDATE, AUDIT_ENTITY, None, {"fields": ["key"]}
    )


def _opens(ctx: Context, code: str) -> bool:
    db = ctx.db
    if isinstance(db, ServerDatabase):
        with db.transaction() as session:
            stored = session.get(Setting, RECOVERY_SETTING)
        if stored is None:
            return False
        return verify_secret(stored.value, code, params_of(stored.value))
    assert isinstance(db, Database)
    try:
        return hmac.compare_digest(db.keyfile.unwrap(RECOVERY_LABEL, code), db.data_key)
    except WrongPassword:
        return False


def _forget(ctx: Context) -> None:
    with ctx.db.transaction() as session:
        setting = session.get(Setting, UNCONFIRMED_KEY)
        if setting is not None:
            session.delete(setting)
