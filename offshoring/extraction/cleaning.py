"""Separates an article's body from page noise without rewriting the text.

Each line is classified (body, title, meta or noise) and returned as a span over the text, so every offset
computed later indexes the very text the caller passed in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .dates import is_date_line

SegmentKind = Literal["body", "title", "meta", "noise"]


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    kind: SegmentKind


_LINE_RE = re.compile(r"[^\n\r]+")
# Walls of headlines glued together by runs of (no-break) spaces or tabs.
_WALL_GAP_RE = re.compile(r"[ \t\u00a0\u202f\u2009]{3,}")
_MENU_SEPARATOR_RE = re.compile(r"\s[|•·»]\s|\s\|\s?|\|")
_SEPARATOR_ONLY_RE = re.compile(r"^[\s\-–—•*·|_=~]+$")
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
_LETTER_RE = re.compile(r"[^\W\d_]")

_CHROME_RE = re.compile(
    r"""^(?:
        (?:augmenter|diminuer|réduire|agrandir)\ la\ taille | partager | imprimer | envoyer\ à\ un\ ami | share
      | tweet(?:er)? | facebook | twitter | linkedin | whatsapp | e-?mail | print | abonnez-vous | subscribe
      | newsletter | suivez-nous | follow\ us | publicité | advertisement | lu\ \d[\d\s.]*\ fois
      | \d[\d\s.]*\ (?:vues?|views|lectures|fois|commentaires?|comments?|partages|shares|likes|j'aime)\b
      | votre\ programme\ tv | votre\ navigateur | cliquez\ ici | click\ here | merci\ d'avoir\ signalé
      | cette\ image\ sera | www\. | https?:// | tags?\s*: | mots[- ]clés | lire\ aussi | à\ lire\ aussi
      | voir\ aussi | read\ (?:also|more) | related | articles?\ (?:similaires|liés) | sur\ le\ même\ sujet
      | copyright | © | tous\ droits\ réservés | all\ rights\ reserved | accueil\b | home\b | menu\b
      | se\ connecter | connexion | inscription | rechercher | search\b | chargement | loading
      | retour\ en\ haut | back\ to\ top | signaler | report\ this | télécharger\ l'application
      | nous\ utilisons\ des\ cookies | we\ use\ cookies | ce\ site\ utilise\ des\ cookies | en\ savoir\ plus\s*$
      | ok\s*$ | j'accepte | accepter | get\ the\ latest | sign\ up | inscrivez-vous | recevez\ (?:notre|nos|chaque)
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Once the comment box or its moderation policy starts, the rest of the page is not the article.
_FOOTER_RE = re.compile(
    r"""^(?:nouveau\ commentaire | votre\ avis\ nous\ intéresse | laisser\ un\ commentaire | ajouter\ un\ commentaire
      | réagir | vos\ commentaires | commentaires? \s*(?:\(\d+\))?\s*:?$ | leave\ a\ (?:comment|reply)
      | comments?\s*(?:\(\d+\))?\s*:?$ | seront\ immédiatement\ exclus | تعليقات)""",
    re.IGNORECASE | re.VERBOSE,
)
_META_CUE_RE = re.compile(
    r"^(?:publié|posted|published|mis à jour|updated|mis en ligne|date de publication|par |by |source\s*:"
    r"|il y a \d+\s*(?:min|minutes?|h|heures?|jours?|semaines?|mois|ans?)\b|\d+\s*(?:min|minutes?|hours?|days?)\s+ago"
    r"|\(?(?:map|afp|reuters)\)?$)",
    re.IGNORECASE,
)
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+|[A-ZÀ-ÖØ-Þ]{2,})"  # "Saâd", "NEJJARI", "El-Ouafi"
_PERSON_NAME_RE = re.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}$")
_DATE_HINT_RE = re.compile(
    r"\b(?:\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}|\d{4}-\d{2}-\d{2}|janvier|février|fevrier|mars|avril|mai|juin"
    r"|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|january|february|march|april|may|june|july"
    r"|august|september|october|november|december)\b",
    re.IGNORECASE,
)
_SECTOR_HINT_RE = re.compile(
    r"centres? d.appels?|call.?cent(?:er|re)s?|offshor|relation client|bpo\b|outsourc|nearshor|externalisation",
    re.IGNORECASE,
)

# A header announcing a list of other articles: the short lines right under it are their headlines.
_RELATED_HEADER_RE = re.compile(
    r"""^(?:à\ lire\ aussi | a\ lire\ aussi | lire\ aussi | à\ lire\ également | lire\ également | voir\ aussi
      | read\ (?:also|more) | related(?:\ posts|\ articles|\ news|\ stories|\ content)? | sur\ le\ même\ sujet
      | dans\ la\ même\ rubrique | articles?\ (?:similaires|liés|associés|recommandés)
      | vous\ aimerez\ (?:aussi|également)
      | vous\ pourriez\ aussi\ aimer | (?:les\ )?(?:articles\ )?(?:les\ )?plus\ lus | les\ plus\ populaires | most\ read
      | most\ popular | more\ from\b.* | more\ stories | you\ (?:may|might)\ also\ like | dernières?\ (?:infos|nouvelles
      |actualités|actus|minute) | derniers\ articles | latest(?:\ news)? | à\ la\ une | en\ continu | fil\ info
      | recommended(?:\ for\ you)? | trending | tendances | top\ stories | populaires)\s*:?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_RELATED_BLOCK_MAX = 15  # lines

_SHORT_LINE = 120  # characters: a headline rather than a paragraph
_HEADLINE_RUN = 5  # so many short unpunctuated lines in a row make a list of headlines


# A list of figures: "• 120.000 emplois", "- 14 MMDH de chiffre d'affaires", "- MAD 18bn in export revenue".
_FIGURE_ITEM_RE = re.compile(r"^\s*[•\-–—*·▪►●✓+]\s*\+?(?:(?:MAD|USD|EUR|Dhs?|DH|US\$|\$|€)\s?)?\d")
_DIGIT_RE = re.compile(r"\d")
_FACT_KEY_RE = re.compile(
    r"(?i)^(?:effectifs?|employ(?:ees|és|es)|salariés|collaborateurs|staff|headcount|workforce"
    r"|sites?(?: in morocco| au maroc)?"
    r"|implantations|positions|seats|chiffre d'affaires|ca|revenues?|turnover|sales|founded|création|créée? en|siège"
    r"|headquarters|ceo|dg|pdg|clients|activités?|secteur|sector)\b[^:]{0,25}:\s*\S"
)
_WRAP_MIN = 40  # characters: a hard-wrapped line (PDF, e-mail) is at least this long
_WRAP_END_RE = re.compile(r"[\w,\-–(/'’]$")
_WRAP_NEXT_RE = re.compile(r"^[a-zà-öø-ÿ(«\"“]|^\d")


def segments(text: str) -> list[Segment]:
    """Every non-empty line of the text as a classified span; a paragraph hard-wrapped over several lines (text
    pasted from a PDF) is one span."""
    lines = _unwrapped([(m.start(), m.end()) for m in _LINE_RE.finditer(text)], text)
    kinds: list[SegmentKind] = [_line_kind(text[s:e].strip()) for s, e in lines]
    _mark_dash_headlines(text, lines, kinds)
    _mark_related_blocks(text, lines, kinds)
    _mark_headline_runs(text, lines, kinds)
    _mark_footer(text, lines, kinds)
    _mark_titles(text, lines, kinds)
    return [
        Segment(*_strip_span(text, s, e), kind) for (s, e), kind in zip(lines, kinds, strict=True) if text[s:e].strip()
    ]


def _unwrapped(lines: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Joins a line to the next when it breaks a sentence: "...a atteint 8,7 milliards de" / "dirhams en 2015, ..."."""
    if len(lines) < 2:
        return lines
    merged: list[tuple[int, int]] = [lines[0]]
    for start, end in lines[1:]:
        previous_start, previous_end = merged[-1]
        previous = text[previous_start:previous_end].rstrip()
        current = text[start:end].lstrip()
        if (
            len(previous) - len(previous.lstrip()) < 8  # an indented line ("Page 4") is not prose
            and len(previous.strip()) >= _WRAP_MIN
            and text.count("\n", previous_end, start) == 1
            and _WRAP_END_RE.search(previous)
            and _WRAP_NEXT_RE.match(current)
            and not (current[:1].isdigit() and previous[-1:].isdigit())
            and not _FIGURE_ITEM_RE.match(current)
            and _line_kind(previous.strip()) == "body"
            and _line_kind(current.strip()) == "body"
        ):
            merged[-1] = (previous_start, end)
        else:
            merged.append((start, end))
    return merged


def body_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines that are the article itself (title and body)."""
    return [(seg.start, seg.end) for seg in segments(text) if seg.kind in ("body", "title")]


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    line = text[start:end]
    lead = len(line) - len(line.lstrip())
    trail = len(line) - len(line.rstrip())
    return start + lead, end - trail


def _line_kind(line: str) -> SegmentKind:
    if not line or _SEPARATOR_ONLY_RE.match(line):
        return "noise"
    # The cheap membership tests spare the regexes on ordinary lines.
    if ("   " in line or "\u00a0" in line or "\t" in line) and len(_WALL_GAP_RE.findall(line)) >= 2:
        return "noise"
    if any(mark in line for mark in "|•·»") and len(_MENU_SEPARATOR_RE.findall(line)) >= 3:
        return "noise"
    if _CHROME_RE.match(line):
        return "noise"
    if _ARABIC_RE.search(line) and len(_ARABIC_RE.findall(line)) > len(_LETTER_RE.findall(line)) / 2:
        return "noise"  # Arabic comment widgets under French articles
    if _is_meta(line):
        return "meta"
    return "body"


def _is_meta(line: str) -> bool:
    if len(line) > 90:
        return False
    if _META_CUE_RE.match(line):
        return True
    if _DATE_HINT_RE.search(line) and len(line.split()) <= 7 and not line.endswith("."):
        return True
    if is_date_line(line):
        return True
    return bool(_PERSON_NAME_RE.match(line)) and len(line.split()) <= 3


def _is_headline_shaped(line: str) -> bool:
    return len(line) <= _SHORT_LINE and not line.rstrip().endswith((".", "!", "?", ":", "»", '"', "…"))


def _mark_dash_headlines(text: str, lines: list[tuple[int, int]], kinds: list[SegmentKind]) -> None:
    """A line after a lone "-" (or bullet) line is an item of a headline list."""
    for index in range(len(lines) - 1):
        start, end = lines[index]
        if _SEPARATOR_ONLY_RE.match(text[start:end]) and text[start:end].strip():
            kinds[index + 1] = "noise"


def _mark_headline_runs(text: str, lines: list[tuple[int, int]], kinds: list[SegmentKind]) -> None:
    """Long runs of consecutive short lines are link lists, unless they speak of the sector."""
    run: list[int] = []
    for index in [*range(len(lines)), -1]:
        line = text[slice(*lines[index])].strip() if index >= 0 else ""
        if index >= 0 and kinds[index] in ("body", "meta") and _is_headline_shaped(line):
            run.append(index)  # "Inflation : 3,1% en janvier" looks like a date line but sits in the list
            continue
        if len(run) >= _HEADLINE_RUN:
            kept = _figure_list(text, lines, kinds, run)
            run = [member for member in run if member not in kept]
            bylines = 0
            while bylines < len(run) and kinds[run[-1 - bylines]] == "meta":
                bylines += 1
            if 0 < bylines < len(run):  # "... Covid-19 : 452 cas / Majorel ouvre un site à Agadir / Par X / Le 18 mars"
                run = run[: -bylines - 1]  # the line above the byline is the article's own title
            for member in run:
                member_line = text[slice(*lines[member])].strip()
                if not (
                    _SECTOR_HINT_RE.search(member_line) or _META_CUE_RE.match(member_line) or is_date_line(member_line)
                ):
                    kinds[member] = "noise"
        run = []


def _figure_list(text: str, lines: list[tuple[int, int]], kinds: list[SegmentKind], run: list[int]) -> set[int]:
    """The lines of a run that are a list of key figures, not headlines: under a line announcing them ("Les chiffres
    clés à fin 2017 :", "La répartition régionale est la suivante :") those holding a figure, else bulleted figures
    when they make at least half of the run."""
    members = [text[slice(*lines[m])].strip() for m in run]
    intro = run[0] - 1
    if intro >= 0 and kinds[intro] != "noise":
        line = text[slice(*lines[intro])].strip()
        if line.endswith(":") and not _RELATED_HEADER_RE.match(line):
            return {m for m, line in zip(run, members, strict=True) if _DIGIT_RE.search(line)}
    items = {m for m, line in zip(run, members, strict=True) if _FIGURE_ITEM_RE.match(line)}
    if 2 * len(items) >= len(run):
        return items
    # A company's fact box ("Employees: 3,500", "Chiffre d'affaires : 240 MDH"): its keyed lines holding a figure.
    keyed = {m for m, line in zip(run, members, strict=True) if _FACT_KEY_RE.match(line)}
    if len(keyed) >= 2:
        return {m for m, line in zip(run, members, strict=True) if m in keyed and _DIGIT_RE.search(line)}
    return set()


def _mark_related_blocks(text: str, lines: list[tuple[int, int]], kinds: list[SegmentKind]) -> None:
    """ "Lire aussi" / "Related" / "Dernières infos" and the headlines under it, up to a blank line or a paragraph.

    Their figures ("Intelcia inaugure un nouveau site de 600 positions") belong to other articles."""
    for index, (start, end) in enumerate(lines):
        if not _RELATED_HEADER_RE.match(text[start:end].strip()):
            continue
        kinds[index] = "noise"
        previous_end = end
        for follower in range(index + 1, min(len(lines), index + 1 + _RELATED_BLOCK_MAX)):
            follower_start, follower_end = lines[follower]
            line = text[follower_start:follower_end].strip()
            if text.count("\n", previous_end, follower_start) > 1 or not line:
                break  # a blank line closes the list
            if kinds[follower] != "noise" and not (
                _is_headline_shaped(line) or _is_related_item(line) or is_date_line(line)
            ):
                break
            kinds[follower] = "noise"
            previous_end = follower_end


def _is_related_item(line: str) -> bool:
    """Under a "Lire aussi" header, a short question or exclamation is another headline ("Le Maroc maltraite-t-il
    ses migrants ?"), and so is its date."""
    return len(line) <= _SHORT_LINE and line.rstrip().endswith(("?", "!", "…"))


def _mark_footer(text: str, lines: list[tuple[int, int]], kinds: list[SegmentKind]) -> None:
    seen_paragraph = False
    for index, (start, end) in enumerate(lines):
        line = text[start:end].strip()
        if kinds[index] == "body" and len(line) > _SHORT_LINE:
            seen_paragraph = True
        elif seen_paragraph and _FOOTER_RE.match(line):
            for rest in range(index, len(lines)):
                kinds[rest] = "noise"
            return


def _mark_titles(text: str, lines: list[tuple[int, int]], kinds: list[SegmentKind]) -> None:
    """Short body lines before the first paragraph are the title, kicker and standfirst."""
    for index, (start, end) in enumerate(lines):
        if kinds[index] != "body":
            continue
        line = text[start:end].strip()
        if len(line) > 200 or (len(line) > 100 and line.endswith((".", "!", "?", "»", '"', ":"))):
            return  # the first paragraph: short news paragraphs are no title either
        if _FIGURE_ITEM_RE.match(line):
            return  # a list of key figures opens the body
        kinds[index] = "title"


_SENTENCE_BREAK_RE = re.compile(r"[.!?…]+[\"»”’']?\s+(?=[«\"“(\[A-ZÀ-ÖØ-Þ0-9])")
_ABBREVIATIONS = frozenset(
    {
        "m",
        "mm",
        "mme",
        "mlle",
        "dr",
        "pr",
        "st",
        "ste",
        "mr",
        "mrs",
        "ms",
        "n",
        "no",
        "art",
        "cf",
        "etc",
        "av",
        "bd",
        "vs",
        "inc",
        "ltd",
        "co",
        "jr",
        "sr",
        "p",
        "fig",
    }
)


def sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans inside the given line spans; a line break always ends a sentence, and none is longer than
    SENTENCE_MAX characters."""
    found: list[tuple[int, int]] = []
    for start, end in spans:
        cursor = start
        for match in _SENTENCE_BREAK_RE.finditer(text, start, end):
            word = re.search(r"(\w+)\W*$", text[max(cursor, match.start() - 12) : match.start()])
            if word and (
                word.group(1).lower() in _ABBREVIATIONS or (len(word.group(1)) == 1 and word.group(1).isupper())
            ):
                continue  # "M. El Firdaous", "J. Smith"
            boundary = match.start() + len(match.group().rstrip())
            found += _capped(text, cursor, boundary)
            cursor = match.end()
        if cursor < end:
            found += _capped(text, cursor, end)
    return found


# A "sentence" of a page with no full stops (a list, a table flattened to one line, a pasted dump) can run for
# megabytes: every rule reads its sentence, and an evidence sentence is shown to users, so it is cut into pieces.
SENTENCE_MAX = 2_000  # characters
_CLAUSE_END_RE = re.compile(r"[;:,)»\]]\s|\s[-–—]\s")


def _capped(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) as pieces of at most SENTENCE_MAX characters, each ending at the last clause break (else the
    last space, else anywhere) of its second half."""
    pieces: list[tuple[int, int]] = []
    while end - start > SENTENCE_MAX:
        limit, half = start + SENTENCE_MAX, start + SENTENCE_MAX // 2
        breaks = [m.end() for m in _CLAUSE_END_RE.finditer(text, half, limit)]
        cut = breaks[-1] if breaks else text.rfind(" ", half, limit) + 1 or limit
        pieces.append(_strip_span(text, start, cut))
        start = cut
    pieces.append(_strip_span(text, start, end))
    return [(s, e) for s, e in pieces if e > s]


# A "word" of a million characters (a data dump, a key held down) would make a megabyte evidence sentence.
WORD_MAX = 500  # characters: longer than any word, web address or figure an article holds
# Only a run's first character may start a match (the lookbehind), so each run is scanned once.
_LONG_WORD_RE = re.compile(rf"(?<!\S)\S{{{WORD_MAX + 1},}}")


def long_words_cut(text: str) -> tuple[str, int]:
    """The text with every run of more than WORD_MAX non-space characters cut to WORD_MAX and an ellipsis, and how
    many were cut."""
    cut = 0

    def shortened(match: re.Match[str]) -> str:
        nonlocal cut
        cut += 1
        return match.group()[:WORD_MAX] + "…"

    return _LONG_WORD_RE.sub(shortened, text), cut


# A whole article on one line (a paste, a text export) would be one paragraph of megabytes, and rules that look back
# through their paragraph would read all of it for every figure. Such a line is broken into paragraphs at sentence
# ends: a space becomes a line break, so the text keeps its length and every offset.
LINE_MAX = 10_000  # characters: no real paragraph is this long
_PARAGRAPH_LENGTH = 3_000  # characters: where a broken line's paragraphs end, at the next sentence end
_LONG_LINE_RE = re.compile(rf"(?m)^[^\n]{{{LINE_MAX + 1},}}")
_SENTENCE_END_SPACE_RE = re.compile(r"[.!?…][\"»”’']?([ \t])")
_SPACE_RE = re.compile(r"[ \t]")


def long_lines_broken(text: str) -> tuple[str, int]:
    """The text with every line longer than LINE_MAX broken into paragraphs, and how many lines were broken."""
    pieces: list[str] = []
    done = 0  # where the text is copied up to
    lines = 0
    for line in _LONG_LINE_RE.finditer(text):
        lines += 1
        cursor = line.start() + _PARAGRAPH_LENGTH
        while cursor < line.end() - _PARAGRAPH_LENGTH:
            # The first sentence end of the next stretch, else the first space (words are at most WORD_MAX long).
            stretch_end = min(line.end(), cursor + _PARAGRAPH_LENGTH)
            space = _SENTENCE_END_SPACE_RE.search(text, cursor, stretch_end) or _SPACE_RE.search(
                text, cursor, stretch_end
            )
            if space is None:
                break
            position = space.start(space.lastindex or 0)
            pieces += [text[done:position], "\n"]
            done = position + 1
            cursor = done + _PARAGRAPH_LENGTH
    if not lines:
        return text, 0
    pieces.append(text[done:])
    return "".join(pieces), lines
