"""The line syntax vCard and iCalendar share (RFC 6350 §3.2, RFC 5545 §3.1).

Content lines are ``NAME;PARAM=VALUE:value``, folded at 75 octets with CRLF and a
space, text values escaped with backslashes. Folding never splits a UTF-8 character,
so phones that decode line by line still see whole letters.
"""

from __future__ import annotations

import codecs
import quopri
import re
from dataclasses import dataclass, field

MAX_LINE_OCTETS = 75


def escape(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
    )


def unescape(value: str) -> str:
    return re.sub(
        r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value, flags=re.DOTALL
    )


def split_unescaped(value: str, separator: str) -> list[str]:
    """Split a compound value (``N``, ``ORG``) on separators not escaped by a backslash."""
    parts, current, escaped = [], [], False
    for char in value:
        if escaped:
            current.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def fold(line: str) -> str:
    """One content line, folded to at most 75 octets per physical line, CRLF-terminated."""
    encoded = line.encode("utf-8")
    if len(encoded) <= MAX_LINE_OCTETS:
        return line + "\r\n"
    pieces: list[str] = []
    current = ""
    size = 0
    limit = MAX_LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = "", 0, MAX_LINE_OCTETS - 1  # the leading space counts
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces) + "\r\n"


def content_line(name: str, value: str, /, **params: str) -> str:
    """A folded line; ``value`` must already be escaped where the property needs it."""
    rendered = "".join(f";{key.upper().replace('_', '-')}={v}" for key, v in params.items())
    return fold(f"{name}{rendered}:{value}")


@dataclass(slots=True)
class Property:
    name: str
    value: str
    params: dict[str, list[str]] = field(default_factory=dict)

    def param_values(self, key: str) -> list[str]:
        return [v.lower() for v in self.params.get(key.upper(), [])]


def unfold(text: str) -> list[str]:
    """Physical lines back into logical ones (also vCard 2.1's quoted-printable soft breaks).

    Linear in the text's length: each logical line is gathered as a list of pieces and
    joined once (issue 16: growing one string took 32 s for 2.5 MB of continuations).
    """
    lines = re.split(r"\r\n|\r|\n", text)
    logical: list[list[str]] = []
    quoted_printable = False  # the current logical line is quoted-printable
    for line in lines:
        if line[:1] in (" ", "\t") and logical:
            logical[-1].append(line[1:])
        elif logical and quoted_printable and logical[-1][-1].endswith("="):
            logical[-1][-1] = logical[-1][-1][:-1]
            logical[-1].append(line)
        else:
            logical.append([line])
            head = line.split(":", 1)[0].upper() if ":" in line else ""
            quoted_printable = "QUOTED-PRINTABLE" in head
    joined = ("".join(pieces) for pieces in logical)
    return [line for line in joined if line.strip()]


def parse_line(line: str, *, octets: bool = False) -> Property | None:
    """``group.NAME;P=V;P2="a,b":value`` → Property, or None for a line that is not one.

    ``octets``: the line was read as Latin-1, one character per byte, so that each
    value can be decoded by its own declared ``CHARSET`` (see :func:`decode_text`).
    """
    match = re.match(r'^((?:[^:";]|"[^"]*")*?)((?:;(?:[^:"]|"[^"]*")*)?):(.*)$', line, re.DOTALL)
    if match is None:
        return None
    name = match.group(1).split(".")[-1].strip().upper()
    params: dict[str, list[str]] = {}
    for raw in re.findall(r';((?:[^;"]|"[^"]*")*)', match.group(2)):
        key, _, values = raw.partition("=")
        if not values:  # vCard 2.1: TEL;WORK;VOICE:...
            key, values = "TYPE", key
        params.setdefault(key.strip().upper(), []).extend(
            v.strip() for v in values.replace('"', "").split(",") if v.strip()
        )
    value = match.group(3)
    charset = (params.get("CHARSET") or [""])[0]
    quoted = [v.upper() for v in params.get("ENCODING", [])] == ["QUOTED-PRINTABLE"]
    if quoted or (octets and charset):
        # The value's bytes: the line's (read as Latin-1 when ``octets``), or QP's.
        raw = value.encode("latin-1" if octets else "utf-8", "replace")
        if quoted:
            raw = quopri.decodestring(raw)
        value = decode_text(raw, charset if (octets or quoted) else "")
    elif octets:
        value = decode_text(value.encode("latin-1"), "")
    return Property(name=name, value=value, params=params)


#: Codecs Python has that are no character set a vCard could be written in.
NOT_CHARSETS = frozenset({"idna", "punycode", "undefined", "raw_unicode_escape", "unicode_escape"})


def decode_text(raw: bytes, declared: str = "") -> str:
    """Bytes as text: the declared charset, then UTF-8, then Windows-1252; never fails.

    Windows-1252 leaves five bytes undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D); they
    become U+FFFD, the sign for a character that could not be read.
    """
    if declared:
        try:
            info = codecs.lookup(declared)
            if info.name not in NOT_CHARSETS and getattr(info, "_is_text_encoding", True):
                return raw.decode(info.name)
        except (LookupError, UnicodeError, ValueError, TypeError):
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")
