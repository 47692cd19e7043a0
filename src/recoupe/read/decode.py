"""Bytes to text: encoding detection, mojibake repair, binary detection.

charset-normalizer guesses the encoding of bytes that are not UTF-8, and
ftfy repairs text that was decoded with the wrong codec somewhere upstream
("Ã©tÃ©" -> "été"), which scraped French text often carries.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

import ftfy
from charset_normalizer import from_bytes

# Control characters other than tab, newline, carriage return, form feed:
# real text has almost none; binaries have many.
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}
_CONTROL_BYTES = bytes(sorted(_CONTROL))


_SURROGATE = re.compile("[\ud800-\udfff]")
# What XML (and so lxml) cannot hold: C0 controls but tab, newline and carriage return, and C1
# controls and DEL. A text from a JSON string or a file name may carry them.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def sanitize(text: str) -> tuple[str, int]:
    """``text`` with lone surrogates (which no UTF-8 output can write) replaced by U+FFFD and
    control characters by spaces; and how many characters were replaced."""
    text, surrogates = _SURROGATE.subn("\ufffd", text)
    text, controls = _UNWRITABLE.subn(" ", text)
    return text, surrogates + controls


class NotText(ValueError):
    """The bytes are not text (binary file, or undecodable)."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    repaired: bool


def looks_binary(data: bytes) -> bool:
    """A NUL byte, or over 10 % control bytes in the first 8 KB (UTF-16 aside)."""
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls / len(head) > 0.10


def decode(data: bytes, *, declared: str | None = None) -> Decoded:
    """Decode ``data`` to text, repair mojibake, normalise newlines.

    ``declared`` is an encoding the container states (HTTP header, meta tag);
    it is tried after UTF-8, since declarations are often wrong.
    Raises ``NotText`` for binary data.
    """
    if looks_binary(data):
        raise NotText("binary file (NUL or control bytes): not text")
    encoding = None
    text = None
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = data.decode("utf-16", errors="replace"), "utf-16"
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            for candidate in [declared] if declared else []:
                try:
                    text, encoding = data.decode(candidate), candidate.lower()
                except (UnicodeDecodeError, LookupError):
                    pass
            if text is None:
                best = _pick(from_bytes(data))
                if best is None:
                    raise NotText("no text encoding fits these bytes")
                encoding = best.encoding
                # A French text decoded as latin-1 when it is really cp1252
                # loses its curly apostrophes and oe ligatures to C1 controls.
                if encoding in ("latin_1", "iso8859_1"):
                    encoding = "cp1252"
                try:
                    text = data.decode(encoding)
                except UnicodeDecodeError:
                    text = str(best)
    fixed = repair(text)
    return Decoded(text=fixed, encoding=encoding, repaired=_differs_beyond_nfc(text, fixed))


def _ftfy_changes() -> re.Pattern | None:
    """The characters one of ftfy's fixes would change or act on, as ``repair`` calls it: an HTML
    entity's "&", a terminal escape, C1 controls, ligatures, full- and half-width forms, other
    line breaks than "\\n", surrogates, the control characters it removes; and "Ã", "Â", which
    its mojibake test also looks for at the start of a line. None if ftfy's tables are not where
    this version of ftfy keeps them."""
    try:
        from ftfy.chardata import CONTROL_CHARS, LIGATURES, WIDTH_MAP
    except ImportError:
        return None
    chars = {chr(c) for c in (*CONTROL_CHARS, *LIGATURES, *WIDTH_MAP, *range(0x80, 0xA0))} | set("&\x1b\r\u2028\u2029ÃÂ")
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "\ud800-\udfff]")


_FTFY_CHANGES = _ftfy_changes()


def repair(text: str) -> str:
    """ftfy's repair of ``text`` (mojibake, HTML entities, control characters, NFC). ftfy fixes
    a text line by line, each line through every fix; a text with none of the characters a fix
    acts on, no sequence ftfy takes for mojibake and already in NFC is returned as it is, which is
    what ftfy returns for it, without the line-by-line pass."""
    from ftfy.badness import is_bad

    if _FTFY_CHANGES is not None and not _FTFY_CHANGES.search(text) and unicodedata.is_normalized("NFC", text) \
            and not is_bad(text):
        return text
    return ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_line_breaks=True)


# Legacy codecs by how common they are on the web. When charset-normalizer
# finds several codecs that decode the bytes equally cleanly (same "chaos"),
# its tie-break on language coherence is noise for short texts (it picks
# iso8859_10 for plain French latin-1); the web's prior is a better guess.
WEB_PRIOR = ("cp1252", "iso8859_1", "latin_1", "iso8859_15", "cp1251", "cp1250", "iso8859_2", "koi8_r",
             "cp1256", "cp1253", "cp1254", "iso8859_9", "shift_jis", "euc_jp", "gb2312", "gb18030", "big5",
             "euc_kr", "cp1255", "cp1257", "tis_620", "cp1258")


def _pick(matches):
    best = matches.best()
    if best is None:
        return None
    tied = [m for m in matches if m.chaos <= best.chaos + 0.01]
    ranked = [m for m in tied if m.encoding in WEB_PRIOR]
    if ranked:
        return min(ranked, key=lambda m: WEB_PRIOR.index(m.encoding))
    return best


def _differs_beyond_nfc(before: str, after: str) -> bool:
    return unicodedata.normalize("NFC", before.replace("\r\n", "\n").replace("\r", "\n")) != after
