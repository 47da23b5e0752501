"""Decides whether an uploaded file is an article, and says in one sentence why not.

Used at upload time, before anything is saved: a file that is empty, binary, oversized or cannot be
decoded is refused with a message the admin can act on. The decoding itself (encodings, HTML pages
reduced to their main text) is the extractor's own, so the text that identifies an upload (content
hash, near-duplicate sketch) is the text the parse will read.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from offshoring.extraction.decoding import DecodingError, decode

# Magic numbers of the binary files people upload by mistake, with a name the message can show.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office document"),
    (b"{\\rtf", "RTF document"),
    (b"\x7fELF", "executable"),
    (b"RIFF", "media file"),
    (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
)
# Characters no article contains: C0 controls other than tab, newlines and form feed.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class UploadRejected(Exception):
    """The file cannot become an article; `str(exc)` is the message shown to whoever uploaded it."""


@dataclass(frozen=True, slots=True)
class DecodedUpload:
    text: str  # plain text: HTML already reduced to its main text
    encoding: str
    is_html: bool


def upload_decode(data: bytes, *, filename: str = "", max_bytes: int) -> DecodedUpload:
    """The text of an uploaded file, or UploadRejected with the reason."""
    if not data or not data.strip():
        raise UploadRejected(_("the file is empty"))
    if len(data) > max_bytes:
        raise UploadRejected(
            _("the file is too large (%(size)s; the limit is %(limit)s)")
            % {"size": filesizeformat(len(data)), "limit": filesizeformat(max_bytes)}
        )
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise UploadRejected(_("not a text file (it looks like a %(kind)s)") % {"kind": kind})
    try:
        document = decode(data, filename)
    except DecodingError as exc:
        raise UploadRejected(_("not a text file (%(reason)s)") % {"reason": exc}) from None
    if len(_CONTROL_RE.findall(document.text)) > max(2, len(document.text) // 200):
        raise UploadRejected(_("not a text file (it contains binary data)"))
    if not document.text.strip():
        empty = _("the HTML page contains no text") if document.was_html else _("the file contains no text")
        raise UploadRejected(empty)
    return DecodedUpload(text=document.text, encoding=document.encoding, is_html=document.was_html)


def text_normalise(text: str) -> str:
    """The form two uploads are compared in (content hash).

    Unicode compatibility form, case-folded, typographic quotes and dashes made plain, every run of
    whitespace one space: the same text saved by another editor, re-encoded (cp1252, UTF-16),
    re-wrapped or converted from HTML is the same article. Digits and words are kept as they are, so
    a corrected figure makes a new article.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(_PLAIN_PUNCTUATION)
    return " ".join(text.split())


_PLAIN_PUNCTUATION = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2026": "...",
    }
)
