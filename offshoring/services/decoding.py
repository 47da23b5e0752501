"""Turns an uploaded file into text, or says in one sentence why it is not an article.

Used at upload time, before anything is saved: a file that is empty, binary, oversized or cannot be
decoded is refused with a message the admin can act on. The extractor decodes the raw bytes again
on its own when it parses (it receives `Article.raw`); what this module decides is only whether the
file is text at all, and the text that identifies it (content hash, near-duplicate sketch).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

HTML_SUFFIXES = (".html", ".htm", ".xhtml")

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
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HTML_START_RE = re.compile(r"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--)", re.I)
_HTML_TAGS_RE = re.compile(r"</?(?:p|div|br|span|a|h[1-6]|article|section|li|td)\b", re.I)
_BLOCK_TAGS = (
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "article",
    "section",
    "header",
    "footer",
    "blockquote",
    "pre",
    "hr",
    "title",
    "nav",
    "aside",
    "main",
    "figure",
)
_SPACES_RE = re.compile(r"[^\S\n]+")
_BLANK_LINES_RE = re.compile(r"\n\s*\n+")
# Characters no article contains: C0 controls other than tab, newlines and form feed.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class UploadRejected(Exception):
    """The file cannot become an article; `str(exc)` is the message shown to whoever uploaded it."""


@dataclass(frozen=True, slots=True)
class DecodedUpload:
    text: str  # plain text: HTML already reduced to its text
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
    text, encoding = _decode(data)
    if len(_CONTROL_RE.findall(text)) > max(2, len(text) // 200):
        raise UploadRejected(_("not a text file (it contains binary data)"))
    is_html = filename.lower().endswith(HTML_SUFFIXES) or _looks_like_html(text)
    if is_html:
        text = html_to_text(text)
    text = _CONTROL_RE.sub("", text)
    if not text.strip():
        raise UploadRejected(_("the file contains no text") if not is_html else _("the HTML page contains no text"))
    return DecodedUpload(text=text, encoding=encoding, is_html=is_html)


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError:
                raise UploadRejected(_("the file announces %(encoding)s but is not") % {"encoding": encoding}) from None
    if b"\x00" in data:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise UploadRejected(_("not a text file (it contains NUL bytes)"))
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            raise UploadRejected(_("not a text file (it contains NUL bytes)")) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Not UTF-8: French text from Windows tools is cp1252 (a superset of Latin-1 for letters).
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UploadRejected(_("the text cannot be decoded (unknown character encoding)"))
    return str(best), best.encoding


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of Latin script has a NUL in every other byte: on the odd bytes (LE) or even (BE)."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _looks_like_html(text: str) -> bool:
    head = text[:2000]
    return bool(_HTML_START_RE.match(head)) or len(_HTML_TAGS_RE.findall(head)) >= 3


def html_to_text(html: str) -> str:
    """The visible text of a page, one line per block; tolerant of broken markup."""
    import lxml.etree
    import lxml.html

    try:
        try:
            root = lxml.html.document_fromstring(html)
        except ValueError:  # a str with an XML encoding declaration: hand lxml the bytes
            root = lxml.html.document_fromstring(html.encode(), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (lxml.etree.ParserError, ValueError):
        return ""
    for element in list(root.iter("script", "style", "noscript", "template", "svg", "iframe")):
        if element.getparent() is not None:
            element.drop_tree()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n" + (element.text or "")
    text = root.text_content()
    text = _SPACES_RE.sub(" ", text)
    lines = [line.strip() for line in text.split("\n")]
    return _BLANK_LINES_RE.sub("\n\n", "\n".join(lines)).strip() + "\n"


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
