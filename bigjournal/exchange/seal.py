"""Locking an archive with a passphrase: scrypt + HKDF + AES-256-GCM from ``cryptography``.

No home-made cryptography: the passphrase is stretched with scrypt (random 16-byte
salt), two keys are derived from the result with HKDF-SHA256 (one seals the data,
one lets us tell a wrong passphrase from a damaged file), and the whole archive is
sealed with AES-256-GCM (random 12-byte nonce). The header is authenticated as
associated data, so changing any byte anywhere is detected. The layout is in
docs/archive-format.md.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import os
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from bigjournal.errors import ValidationError
from bigjournal.exchange.errors import (
    DamagedArchiveError,
    NewerArchiveError,
    WrongPassphraseError,
)

SEAL_MAGIC = b"BIGJOURNAL-SEALED-ARCHIVE\n"
SEAL_VERSION = 1
MAX_HEADER_BYTES = 2048
MIN_PASSPHRASE_LENGTH = 8
SEAL_NOTE = (
    "A journal exported from BigJournal, locked with a passphrase. "
    "Open it with BigJournal: Import... (or: bigjournal import FILE)."
)
# The most memory (bytes) a header may ask scrypt for: 128 * r * n.
MAX_SCRYPT_MEMORY = 256 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class KeyStrength:
    """scrypt's cost: n=2**17, r=8 takes about half a second and 128 MB on a laptop."""

    n: int = 2**17
    r: int = 8
    p: int = 1


DEFAULT_STRENGTH = KeyStrength()


def normalise_passphrase(passphrase: str) -> bytes:
    """The same passphrase typed on any computer gives the same bytes (NFC, UTF-8)."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            f"Please choose a passphrase of at least {MIN_PASSPHRASE_LENGTH} characters: "
            "a short sentence is easy to remember and hard to guess.",
            "passphrase",
        )


def _keys(passphrase: str, salt: bytes, strength: KeyStrength) -> tuple[bytes, bytes]:
    master = Scrypt(salt=salt, length=32, n=strength.n, r=strength.r, p=strength.p).derive(
        normalise_passphrase(passphrase)
    )

    def expand(info: bytes, length: int) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=info).derive(master)

    return expand(b"bigjournal archive key v1", 32), expand(b"bigjournal passphrase check v1", 16)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def seal(data: bytes, passphrase: str, strength: KeyStrength = DEFAULT_STRENGTH) -> bytes:
    """The sealed form of ``data``: magic, a one-line JSON header, then the ciphertext."""
    salt, nonce = os.urandom(16), os.urandom(12)
    key, check = _keys(passphrase, salt, strength)
    header = {
        "note": SEAL_NOTE,
        "seal_version": SEAL_VERSION,
        "kdf": "scrypt",
        "n": strength.n,
        "r": strength.r,
        "p": strength.p,
        "salt": _b64(salt),
        "key_derivation": "HKDF-SHA256",
        "cipher": "AES-256-GCM",
        "nonce": _b64(nonce),
        "check": _b64(check),
    }
    head = SEAL_MAGIC + json.dumps(header, ensure_ascii=True).encode("ascii") + b"\n"
    return head + AESGCM(key).encrypt(nonce, data, head)


def is_sealed(data: bytes) -> bool:
    return data.startswith(SEAL_MAGIC)


def unseal(data: bytes, passphrase: str) -> bytes:
    """The archive inside a sealed file, or a plain explanation of why not."""
    end = data.find(b"\n", len(SEAL_MAGIC), len(SEAL_MAGIC) + MAX_HEADER_BYTES)
    if end < 0:
        raise DamagedArchiveError(
            "The archive is damaged: the beginning of the locked file is missing or altered."
        )
    head = data[: end + 1]
    try:
        header = json.loads(head[len(SEAL_MAGIC) :])
        version = header["seal_version"]
        if not isinstance(version, int) or isinstance(version, bool):
            raise TypeError(version)
    except (ValueError, KeyError, TypeError, RecursionError):
        raise DamagedArchiveError(
            "The archive is damaged: the description of its lock cannot be read."
        ) from None
    if version > SEAL_VERSION:
        raise NewerArchiveError(
            "This archive was made by a newer version of BigJournal — please update "
            "BigJournal to import it. Nothing was changed."
        )
    try:
        if header["kdf"] != "scrypt" or header["cipher"] != "AES-256-GCM":
            raise ValueError("unknown scheme")
        strength = KeyStrength(n=header["n"], r=header["r"], p=header["p"])
        _check_strength(strength)
        salt = base64.b64decode(header["salt"], validate=True)
        nonce = base64.b64decode(header["nonce"], validate=True)
        check = base64.b64decode(header["check"], validate=True)
        if len(salt) < 16 or len(nonce) != 12 or len(check) != 16:
            raise ValueError("bad sizes")
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise DamagedArchiveError(
            "The archive is damaged: the description of its lock has been altered."
        ) from None
    key, expected_check = _keys(passphrase, salt, strength)
    if not hmac.compare_digest(check, expected_check):
        raise WrongPassphraseError(
            "That passphrase does not open this archive. Check it and try again "
            "(capital letters and spaces count). Nothing was changed."
        )
    try:
        return AESGCM(key).decrypt(nonce, data[end + 1 :], head)
    except InvalidTag:
        raise DamagedArchiveError(
            "The archive was changed or damaged after it was made (its seal is broken), "
            "so it cannot be trusted. Nothing was imported; ask for a fresh copy."
        ) from None


def _check_strength(strength: KeyStrength) -> None:
    for value in (strength.n, strength.r, strength.p):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ValueError("bad cost")
    if strength.n < 2**10 or strength.n & (strength.n - 1):
        raise ValueError("bad n")
    if strength.p > 4 or 128 * strength.r * strength.n > MAX_SCRYPT_MEMORY:
        raise ValueError("cost too high")
