"""The office's signing key (Ed25519) and the public-key file offices give each other.

The private key is made on first use (the first export, or 设置 → 案件交换 showing it) and kept
in the data folder, readable by its owner only. Each workstation with its own data folder has
its own key: an office that exports from two workstations gives the receiving office both
public keys. The fingerprint (SHA-256 of the public key) is what two offices read to each other
on the phone before trusting a key; the first 32 hex digits, in groups of four, are shown.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..domain.errors import RuleError
from ..storage import exchange_package as files

KEY_FILE = "office_signing_key.pem"
KEY_FORMAT = "wagecase-office-key"
KEY_SUFFIX = ".wagecase-key"
ALGORITHM = "Ed25519"
_RAW = serialization.Encoding.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw


def fingerprint(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()


def display_fingerprint(fp: str) -> str:
    """'3f9a…' -> '3F9A 1C0B …': 128 bits, enough to tell keys apart when read out on the phone."""
    head = fp[:32].upper()
    return " ".join(head[i:i + 4] for i in range(0, len(head), 4))


@dataclass(frozen=True)
class OfficeKey:
    private: Ed25519PrivateKey
    public_raw: bytes
    path: Path

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_raw)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


def load_or_create(data_dir: Path) -> OfficeKey:
    path = data_dir / KEY_FILE
    pem = files.read_secret(path)
    if pem is None:
        new = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        pem = files.write_secret_once(path, new)
    try:
        private = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as exc:
        raise RuleError("exchange.key_damaged", path=str(path)) from exc
    if not isinstance(private, Ed25519PrivateKey):
        raise RuleError("exchange.key_damaged", path=str(path))
    return OfficeKey(private, private.public_key().public_bytes(_RAW, _RAW_PUBLIC), path)


def verify(public_raw: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, length: int | None = None) -> bytes:
    """Raises ValueError for anything that is not base64 (of ``length`` bytes)."""
    if not isinstance(text, str):
        raise ValueError("not text")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise ValueError("not base64") from exc
    if length is not None and len(data) != length:
        raise ValueError("wrong length")
    return data


# ---- the public-key file an office hands to another --------------------------------------------

def key_file_bytes(office: str, public_raw: bytes) -> bytes:
    return (json.dumps({"format": KEY_FORMAT, "format_version": 1, "algorithm": ALGORITHM, "office": office,
                        "public_key": b64(public_raw), "fingerprint": fingerprint(public_raw)},
                       ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def parse_key_file(data: bytes) -> tuple[str, bytes]:
    """(office named in the file, raw public key); RuleError exchange.key_file_invalid."""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
        if not isinstance(doc, dict) or doc.get("format") != KEY_FORMAT or doc.get("algorithm") != ALGORITHM:
            raise ValueError("not a key file")
        public_raw = unb64(doc.get("public_key"), 32)
        Ed25519PublicKey.from_public_bytes(public_raw)
        office = doc.get("office")
        office = office.strip() if isinstance(office, str) else ""
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise RuleError("exchange.key_file_invalid") from exc
    return office, public_raw
