"""Recognises the same story republished by several outlets (a MAP dispatch on three sites).

Each outlet wraps the dispatch in its own page chrome (headlines, menus, comment footers), so the
texts differ and their content hashes too. Two signals are computed from the *body* only (the lines
the extractor's cleaning keeps):

- a sketch: the hashes of the body's sentences (normalised, six words or more), of which the
  SKETCH_SIZE smallest are stored (a bottom-k sample, `ArticleShingle`). Two copies of a dispatch
  sample the same sentences whatever chrome leaks into the body, and a chrome line that does leak
  only adds one hash. An upload is a near-duplicate of an earlier article when at least half of the
  smaller sketch is shared (and at least two sentences). Finding the candidates is one indexed
  lookup of at most SKETCH_SIZE values: the cost grows with the number of candidates, not with the
  number of articles.
- a 64-bit SimHash of the body's word 3-shingles (`Article.fingerprint`), which catches short texts
  (one or two sentences) whose bodies are identical, where a sketch is too small to judge.

Why not SimHash alone with a Hamming distance of 3: on a 500-word body, a single line of chrome
left in one copy moves the hash by about four bits, so copies that differ by one line are missed.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from django.db.models import Count

from offshoring.extraction.cleaning import body_spans
from offshoring.services.decoding import text_normalise

SKETCH_SIZE = 32
MIN_SENTENCE_WORDS = 6
MIN_SHARED_SENTENCES = 2
MIN_SHARED_RATIO = 0.5

_SENTENCE_END_RE = re.compile(r"(?<=[.!?…;])\s+|\n+")
_WORD_RE = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class BodySignature:
    sketch: tuple[int, ...]  # sorted sentence hashes, at most SKETCH_SIZE
    fingerprint: int | None  # SimHash of the body, None when it has no words


def body_text(text: str) -> str:
    """The article without its page chrome, as the extractor's cleaning sees it."""
    spans = body_spans(text)
    return "\n".join(text[start:end] for start, end in spans) if spans else text


def body_signature(text: str) -> BodySignature:
    body = text_normalise_lines(body_text(text))
    hashes = set()
    for sentence in _SENTENCE_END_RE.split(body):
        words = _WORD_RE.findall(sentence)
        if len(words) >= MIN_SENTENCE_WORDS:
            hashes.add(_hash64(" ".join(words)))
    return BodySignature(sketch=tuple(sorted(hashes)[:SKETCH_SIZE]), fingerprint=simhash(_WORD_RE.findall(body)))


def text_normalise_lines(text: str) -> str:
    return "\n".join(text_normalise(line) for line in text.splitlines())


_LANE_BITS = 24  # per-bit counters packed in one integer; 2**24 shingles is far beyond any article
# _SPREAD[b] holds byte b's 8 bits as 8 counters of _LANE_BITS bits each: summing spread hashes counts,
# for all 64 bit positions at once, how many shingles have that bit set (8 additions per shingle, not 64).
_SPREAD = tuple(sum(((b >> i) & 1) << (i * _LANE_BITS) for i in range(8)) for b in range(256))
_LANE_MASK = (1 << _LANE_BITS) - 1


def simhash(words: list[str], *, shingle: int = 3) -> int | None:
    """64-bit SimHash of the word shingles, as a signed integer (it fits a BigIntegerField)."""
    if not words:
        return None
    grams = [" ".join(words[i : i + shingle]) for i in range(max(1, len(words) - shingle + 1))]
    totals = 0
    for gram in grams:
        value = _hash64(gram) & 0xFFFFFFFFFFFFFFFF
        for byte in range(8):
            totals += _SPREAD[(value >> (8 * byte)) & 0xFF] << (8 * byte * _LANE_BITS)
    unsigned = 0
    for bit in range(64):
        ones = (totals >> (bit * _LANE_BITS)) & _LANE_MASK
        if 2 * ones > len(grams):  # more shingles with the bit set than without
            unsigned |= 1 << bit
    return unsigned - (1 << 64) if unsigned >= 1 << 63 else unsigned


def _hash64(value: str) -> int:
    return int.from_bytes(hashlib.blake2b(value.encode(), digest_size=8).digest(), "big", signed=True)


def near_duplicate_find(signature: BodySignature, *, exclude_id: int | None = None) -> int | None:
    """Id of the earliest article this body is a republication of, or None."""
    from offshoring.models import Article, ArticleShingle

    candidates: set[int] = set()
    if signature.sketch:
        shared = (
            ArticleShingle.objects.filter(hash__in=signature.sketch)
            .exclude(article_id=exclude_id)
            .values("article_id")
            .annotate(shared=Count("id"))
            .filter(shared__gte=MIN_SHARED_SENTENCES)
            .order_by("-shared", "article_id")[:20]
        )
        shared_by_article = {row["article_id"]: row["shared"] for row in shared}
        sizes = {
            row["article_id"]: row["size"]
            for row in ArticleShingle.objects.filter(article_id__in=list(shared_by_article))
            .values("article_id")
            .annotate(size=Count("id"))
        }
        for article_id, count in shared_by_article.items():
            if count >= MIN_SHARED_RATIO * min(len(signature.sketch), sizes.get(article_id, 0)):
                candidates.add(article_id)
    if signature.fingerprint is not None and len(signature.sketch) < MIN_SHARED_SENTENCES * 2:
        same = Article.objects.filter(fingerprint=signature.fingerprint).exclude(id=exclude_id)
        candidates.update(same.values_list("id", flat=True)[:20])
    if not candidates:
        return None
    # Link to the original, never to another copy: the chain stays one level deep.
    first = Article.objects.filter(id__in=candidates).order_by("id").values_list("id", "duplicate_of_id").first()
    return first[1] or first[0]
