from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF
from w4i_desktop.errors import BadInput, NotADatabase, WrongPassword
from w4i_desktop.storage.keyslots import (
    KdfParams,
    KeyFile,
    new_data_key,
    new_recovery_code,
    normalise_recovery_code,
)

pytestmark = pytest.mark.sqlcipher_only(reason="Key files exist only beside a SQLCipher file.")


def test_slot_round_trip_and_wrong_password(tmp_path: Path) -> None:
    keyfile = KeyFile.new(tmp_path / "a.db")
    key = new_data_key()
    keyfile.add_slot("user", keyfile.user_label("maria"), "correct horse", key, FAST_KDF)
    keyfile.save()
    loaded = KeyFile.load(tmp_path / "a.db")
    assert loaded.unwrap(loaded.user_label("Maria"), "correct horse") == key
    with pytest.raises(WrongPassword):
        loaded.unwrap(loaded.user_label("maria"), "correct horse!")
    with pytest.raises(WrongPassword):
        loaded.unwrap(loaded.user_label("nobody"), "correct horse")


def test_slots_are_bound_to_their_database_and_label(tmp_path: Path) -> None:
    keyfile = KeyFile.new(tmp_path / "a.db")
    key = new_data_key()
    keyfile.add_slot("user", keyfile.user_label("a"), "pw-a-123", key, FAST_KDF)
    keyfile.add_slot("user", keyfile.user_label("b"), "pw-a-123", key, FAST_KDF)
    # Moving a's wrapped key into b's slot must not open b: the label is authenticated data.
    keyfile.slots[1].wrapped = keyfile.slots[0].wrapped
    keyfile.slots[1].nonce = keyfile.slots[0].nonce
    keyfile.slots[1].salt = keyfile.slots[0].salt
    with pytest.raises(WrongPassword):
        keyfile.unwrap(keyfile.user_label("b"), "pw-a-123")


def test_key_file_holds_no_user_names_or_keys(tmp_path: Path) -> None:
    keyfile = KeyFile.new(tmp_path / "a.db")
    key = new_data_key()
    keyfile.add_slot("user", keyfile.user_label("giulia.rossi"), "pw-123456", key, FAST_KDF)
    keyfile.save()
    text = keyfile.path.read_text(encoding="utf-8")
    assert "giulia" not in text
    assert key.hex() not in text
    assert "pw-123456" not in text


def test_default_cost_meets_the_floor() -> None:
    params = KdfParams()
    assert params.memory_kib >= KdfParams.MIN_MEMORY_KIB
    calibrated = KdfParams.calibrated(target_seconds=0.05)
    assert calibrated.memory_kib >= KdfParams.MIN_MEMORY_KIB
    assert calibrated.time_cost >= 3


def test_recovery_codes_normalise_and_reject_typos() -> None:
    code = new_recovery_code()
    assert len(code) == 35 and code.count("-") == 5
    assert normalise_recovery_code(code.lower().replace("-", " ")) == code
    with pytest.raises(BadInput):
        normalise_recovery_code(code[:-1])
    with pytest.raises(BadInput):
        normalise_recovery_code(code[:-1] + "0")  # 0 is not in the alphabet


@pytest.mark.parametrize(("typo", "named"), [("O", "O"), ("0", "0"), ("s", "s"), ("É", "É")])
def test_a_character_keys_never_use_is_named_not_called_a_wrong_length(
    typo: str, named: str
) -> None:
    code = new_recovery_code()
    for typed in (code[:-1] + typo, code[:-2] + typo):  # the right length, and one short
        with pytest.raises(BadInput) as caught:
            normalise_recovery_code(typed)
        assert caught.value.template == (
            "That recovery key contains a character recovery keys never use: {character}"
        )
        assert caught.value.params == {"character": named}
        assert str(caught.value).endswith(": " + named)
    with pytest.raises(BadInput) as short:
        normalise_recovery_code(code[:-1])
    assert "30 letters and digits" in str(short.value)


@pytest.mark.parametrize(
    "content", ["", "{", "[]", '{"format": "other"}', '{"format": "w4i-keys", "version": 1}']
)
def test_damaged_key_file_is_a_clear_error(tmp_path: Path, content: str) -> None:
    (tmp_path / "a.db.keys").write_text(content, encoding="utf-8")
    with pytest.raises(NotADatabase):
        KeyFile.load(tmp_path / "a.db")


def test_missing_key_file(tmp_path: Path) -> None:
    with pytest.raises(NotADatabase, match="missing"):
        KeyFile.load(tmp_path / "a.db")


def test_failed_unlocks_are_counted_per_label(tmp_path: Path) -> None:
    keyfile = KeyFile.new(tmp_path / "a.db")
    for _ in range(3):
        keyfile.record_failed_unlock("user:x")
    keyfile.record_failed_unlock("user:y")
    keyfile.save()
    loaded = KeyFile.load(tmp_path / "a.db")
    assert loaded.failures_for("user:x") == 3
    assert loaded.failures_for("user:y") == 1
    assert len(loaded.take_failed_unlocks()) == 4
    assert loaded.failures_for("user:x") == 0
    assert json.loads(loaded.path.read_text())["failed_unlocks"]  # taking is in memory until saved
