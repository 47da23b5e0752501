"""Bytes to text: the encodings uploads arrive in, and HTML pages reduced to their main text.

UTF-8 (with or without BOM), UTF-16/32 with a BOM or recognisable by its zero bytes, then Windows-1252
(what French Windows tools write) and finally charset-normalizer's best guess.
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import re
from dataclasses import dataclass

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HTML_SNIFF_RE = re.compile(r"^\s*(?:<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.IGNORECASE)
_HTML_TAGS_RE = re.compile(r"<(?:p|div|br|span|a|article|h[1-6])\b[^>]*>", re.IGNORECASE)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_TAG_RE = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]+>", re.IGNORECASE | re.DOTALL)
_BLOCK_TAG_RE = re.compile(r"</?(?:p|div|br|li|h[1-6]|tr|article|section)\b[^>]*>", re.IGNORECASE)
_MIN_HTML_TAGS = 3


class DecodingError(ValueError):
    """The input is not text (binary, or no encoding fits)."""


@dataclass(frozen=True, slots=True)
class DecodedDocument:
    text: str
    title: str | None = None
    date: dt.date | None = None
    encoding: str = "utf-8"
    was_html: bool = False
    site_name: str | None = None  # the outlet an HTML page names in its metadata


def decode(data: bytes | str, filename: str | None = None, url: str | None = None) -> DecodedDocument:
    """The article's text, and for HTML pages the page's own title, date and site name (`url`: the page's address,
    which dates many pages)."""
    if isinstance(data, str):
        text, encoding = data, "str"
    else:
        text, encoding = decode_bytes(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL_RE.search(text[:4096]) and len(_CONTROL_RE.findall(text[:4096])) > 8:
        raise DecodingError("the input looks binary, not text")
    text = _CONTROL_RE.sub(" ", text)  # stray control characters would break JSON consumers
    if _looks_like_html(text, filename):
        return _from_html(text, encoding, url)
    return DecodedDocument(text=text, encoding=encoding)


def decode_bytes(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decoded(data[len(bom) :], encoding), encoding
    guessed = _utf16_without_bom(data)
    if guessed:
        return _decoded(data, guessed), guessed
    if b"\x00" in data[:4096]:
        raise DecodingError("the input looks binary, not text")
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return _charset_normalizer_guess(data)


def _decoded(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodingError(f"the input is not valid {encoding}: {exc.reason}") from exc


def _utf16_without_bom(data: bytes) -> str | None:
    """ASCII-heavy UTF-16 has a zero in every other byte."""
    sample = data[:2000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > 0.4 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.4 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return None


def _charset_normalizer_guess(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # only for the rare inputs neither UTF-8 nor cp1252 read

    best = from_bytes(data).best()
    if best is None:
        raise DecodingError("no text encoding fits the input")
    return str(best), best.encoding


def _looks_like_html(text: str, filename: str | None) -> bool:
    if filename and filename.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = text[:5000]
    return bool(_HTML_SNIFF_RE.match(head)) or len(_HTML_TAGS_RE.findall(head)) >= _MIN_HTML_TAGS


def _from_html(markup: str, encoding: str, url: str | None = None) -> DecodedDocument:
    extracted = _trafilatura(markup, url)
    if extracted is None:  # no main text found: the tags stripped, and the date htmldate reads from the page
        return DecodedDocument(text=_strip_tags(markup), date=html_date(markup, url), encoding=encoding, was_html=True)
    body, title, date, site_name = extracted
    body = flatten_tables(body)
    if title and not body.startswith(title):
        body = f"{title}\n{body}"  # keep the page's title in the text the offsets index
    return DecodedDocument(text=body, title=title, date=date, encoding=encoding, was_html=True, site_name=site_name)


_TABLE_ROW_RE = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)
_TABLE_RULE_RE = re.compile(r"^[\s|:\-]+$")


def flatten_tables(text: str) -> str:
    """Markdown tables (what trafilatura makes of <table>) as lines of text.

    A layout table's one-cell rows become that cell ("| Sitel ne connaît pas la crise. ... |  |"); a data table's
    rows are read with the header ("| Casablanca-Settat | 78.000 | 60 % |" under "| Région | Effectifs | Part |"
    becomes "Casablanca-Settat : 78.000 effectifs, 60 % part"), so its figures keep what they count."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        if not _TABLE_ROW_RE.match(lines[index]):
            out.append(lines[index])
            index += 1
            continue
        block = []
        while index < len(lines) and _TABLE_ROW_RE.match(lines[index]):
            block.append(lines[index])
            index += 1
        out.extend(_table_lines(block))
    return "\n".join(out)


def _table_lines(block: list[str]) -> list[str]:
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in block]
    header: list[str] | None = None
    if len(block) > 1 and _TABLE_RULE_RE.match(block[1]) and sum(1 for cell in rows[0] if cell) > 1:
        header = rows[0]
    lines = []
    for number, (line, cells) in enumerate(zip(block, rows, strict=True)):
        if _TABLE_RULE_RE.match(line) or (header is not None and number == 0):
            continue
        filled = [cell for cell in cells if cell]
        if not filled:
            continue
        if header is None or len(filled) == 1:
            lines.append(" — ".join(filled))
            continue
        values = [f"{cell} {name.lower()}".strip() for cell, name in zip(cells[1:], header[1:], strict=False) if cell]
        lines.append(f"{cells[0]} : {', '.join(values)}" if cells[0] else ", ".join(values))
    return lines


def _trafilatura(markup: str, url: str | None = None) -> tuple[str, str | None, dt.date | None, str | None] | None:
    """The page's main text, title, date (read by htmldate, which trafilatura runs) and site name."""
    import trafilatura  # slow to import; plain-text extraction never needs it

    try:
        document = trafilatura.bare_extraction(
            markup, url=url, with_metadata=True, include_comments=False, date_extraction_params=_HTMLDATE_PARAMS
        )
    except Exception:  # malformed markup: trafilatura's parsers raise a variety of errors
        return None
    if document is None or not getattr(document, "text", None):
        return None
    title = getattr(document, "title", None) or None
    return document.text, title, _iso_date(getattr(document, "date", None)), _site_name(markup, title)


_SITE_NAME_META_RE = re.compile(
    r"<meta\s[^>]*?(?:property|name)\s*=\s*[\"'](?:og:site_name|application-name)[\"'][^>]*?content\s*=\s*[\"']"
    r"(?P<name>[^\"'<>]{2,80})[\"']",
    re.IGNORECASE,
)
_TITLE_TAG_RE = re.compile(r"<title[^>]*>(?P<title>[^<]{2,300})</title>", re.IGNORECASE)
_TITLE_SUFFIX_RE = re.compile(r"\s[|–—-]\s(?P<name>[^|–—-]{2,40})$")


def _site_name(markup: str, title: str | None) -> str | None:
    """The outlet an HTML page names: its og:site_name, else what follows its headline in <title> ("... - Maroc
    Diplomatique"). Trafilatura's own guess often repeats the headline."""
    head = markup[:20_000]
    meta = _SITE_NAME_META_RE.search(head)
    if meta:
        return html.unescape(meta.group("name")).strip()
    tag = _TITLE_TAG_RE.search(head)
    if tag is None:
        return None
    suffix = _TITLE_SUFFIX_RE.search(html.unescape(tag.group("title")).strip())
    if suffix is None or (title and suffix.group("name").strip() in title) or len(suffix.group("name").split()) > 5:
        return None
    return suffix.group("name").strip()


# Only what the page declares (its metadata, its address, its own date elements): htmldate's "extensive search"
# would guess from any date in the page's text, a related headline's or a copyright line's included.
_HTMLDATE_PARAMS = {"original_date": True, "extensive_search": False}


def html_date(markup: str, url: str | None = None) -> dt.date | None:
    """The publication date an HTML page declares, read by htmldate (original date, not the last update)."""
    from htmldate import find_date  # imported with trafilatura, for HTML uploads only

    try:
        found = find_date(markup, url=url, **_HTMLDATE_PARAMS)
    except Exception:  # htmldate's parsers raise a variety of errors on broken markup
        return None
    return _iso_date(found)


def _iso_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _strip_tags(markup: str) -> str:
    text = _BLOCK_TAG_RE.sub("\n", markup)
    text = _TAG_RE.sub(" ", text)
    return html.unescape(text)
