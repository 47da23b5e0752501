"""The same story republished with other page chrome is linked to the first, and counted once."""

from pathlib import Path

import pytest

from offshoring.models import Article
from offshoring.selectors import metric_countable_queryset
from offshoring.services.duplicates import body_signature, simhash
from offshoring.services.ingest import CREATED, upload_ingest
from tests.factories import MetricFactory

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
DISPATCH = (SEEDS / "004_1091733beb8d706b.txt").read_text()

CHROME_A = """Accueil | Economie | Politique | Sport | Culture
Maroc-USA : la dynamique de coopération militaire saluée
CAN U17 : le tirage au sort de la phase finale, jeudi au Caire
Le temps qu'il fera ce mercredi 12 février 2025
Publié le 12/12/2015 à 10h30
"""
FOOTER_A = "\nCommentaires (3)\nVotre avis nous intéresse. Les commentaires injurieux seront immédiatement exclus.\n"
CHROME_B = "Augmenter la taille du texte\nDiminuer la taille du texte\nPartager\nOujda : l'offshoring en conclave\n\n"
FOOTER_B = "\nLu 1085 fois\nTags : offshoring, Oujda, SICCAM\nTous droits réservés © 2015\n"
CHROME_C = "Position extérieure globale : une situation nette débitrice de 785 MMDH à fin septembre 2024\n(MAP)\n"


def ingest(text: str, name: str):
    outcome = upload_ingest(files=[(name, text.encode())]).outcomes[0]
    assert outcome.result == CREATED, outcome.message
    return Article.objects.get(id=outcome.article_id)


def test_same_dispatch_on_three_sites_is_linked_to_the_first():
    first = ingest(CHROME_A + DISPATCH + FOOTER_A, "site-a.txt")
    second = ingest(CHROME_B + DISPATCH + FOOTER_B, "site-b.txt")
    # The third outlet also cut the last paragraph and reworded the first line.
    body = DISPATCH.split("\n\n")
    third = ingest(CHROME_C + "\n\n".join(["Oujda accueille les professionnels de l'offshoring", *body[1:-2]]), "c.txt")
    assert first.duplicate_of is None
    assert second.duplicate_of_id == first.id
    assert third.duplicate_of_id == first.id
    assert len({first.content_hash, second.content_hash, third.content_hash}) == 3


def test_different_articles_are_not_near_duplicates():
    for path in sorted(SEEDS.glob("*.txt")):
        ingest(path.read_text(), path.name)
    assert not Article.objects.filter(duplicate_of__isnull=False).exists()


def test_short_identical_bodies_are_caught_by_the_simhash():
    text = "Webhelp ouvre un centre à Fès avec 600 positions.\n"
    first = ingest("Menu | Accueil | Sport | Economie\n" + text, "a.txt")
    second = ingest("Publié le 3 mars 2015\n" + text + "Lu 40 fois\n", "b.txt")
    assert second.duplicate_of_id == first.id


def test_metrics_of_near_duplicates_are_not_counted():
    original = ingest(CHROME_A + DISPATCH, "a.txt")
    copy = ingest(CHROME_B + DISPATCH, "b.txt")
    assert copy.duplicate_of_id == original.id
    counted = MetricFactory(article=original, indicator="students", value=115000)
    MetricFactory(article=copy, indicator="students", value=115000)
    rejected = MetricFactory(article=original, indicator="investment", review_state="rejected")
    assert list(metric_countable_queryset()) == [counted]
    assert rejected.article.metrics.count() == 2  # kept in the database, traceable


def test_simhash_is_a_signed_64_bit_integer():
    value = simhash("le secteur de l'offshoring emploie des milliers de personnes au maroc".split())
    assert -(2**63) <= value < 2**63
    assert body_signature("").fingerprint is None


def test_simhash_counts_every_bit_like_the_textbook_definition():
    """The packed-counter SimHash equals the plain one: +1/-1 per bit of every shingle's hash."""
    import random

    from offshoring.services.duplicates import _hash64, simhash

    def textbook(words, shingle=3):
        grams = [" ".join(words[i : i + shingle]) for i in range(max(1, len(words) - shingle + 1))]
        weights = [0] * 64
        for gram in grams:
            value = _hash64(gram) & 0xFFFFFFFFFFFFFFFF
            for bit in range(64):
                weights[bit] += 1 if value >> bit & 1 else -1
        unsigned = sum(1 << bit for bit in range(64) if weights[bit] > 0)
        return unsigned - (1 << 64) if unsigned >= 1 << 63 else unsigned

    rng = random.Random(2011)
    vocabulary = [f"mot{i}" for i in range(200)]
    for length in (1, 2, 3, 4, 40, 900):
        words = [rng.choice(vocabulary) for _ in range(length)]
        assert simhash(words) == textbook(words)
    assert simhash([]) is None
