from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from offshoring.choices import ArticleStatus


class UploadBatch(models.Model):
    """One upload action (several files, a .zip, a folder): lets the admin follow its progress."""

    label = models.CharField(_("label"), max_length=255, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("uploaded by")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    # What was refused at upload (duplicates, bad files), with the reason, so nothing is lost silently.
    rejected = models.JSONField(_("not ingested"), default=list, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("upload batch")
        verbose_name_plural = _("upload batches")

    def __str__(self):
        return self.label or f"#{self.pk}"


class Article(models.Model):
    title = models.CharField(_("title"), max_length=500, blank=True)
    # A title given at upload (a manifest) is kept; otherwise each parse sets the one it extracts.
    title_given = models.BooleanField(
        _("title given at upload"), default=False, help_text=_("Given at upload (wins over the text).")
    )
    raw = models.BinaryField(_("raw upload"), editable=False)
    raw_filename = models.CharField(_("file name"), max_length=255, blank=True)
    text = models.TextField(_("text"), blank=True, help_text=_("The text every evidence offset indexes."))
    content_hash = models.CharField(_("content hash"), max_length=64, unique=True, editable=False)
    # 64-bit SimHash of the body, to recognise the same story republished with other page chrome.
    fingerprint = models.BigIntegerField(_("fingerprint"), null=True, blank=True, editable=False, db_index=True)
    duplicate_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="near_duplicates",
        verbose_name=_("near-duplicate of"),
    )
    outlet = models.CharField(_("outlet"), max_length=200, blank=True)
    url = models.URLField(_("URL"), max_length=1000, blank=True)
    publication_date = models.DateField(_("publication date"), null=True, blank=True)
    publication_date_given = models.BooleanField(
        _("date given at upload"), default=False, help_text=_("Given at upload (wins over the text).")
    )
    language = models.CharField(_("language"), max_length=8, blank=True)
    relevant = models.BooleanField(_("relevant"), null=True)
    relevance = models.FloatField(_("relevance score"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=ArticleStatus.choices, default=ArticleStatus.PENDING, db_index=True
    )
    error = models.TextField(_("error"), blank=True)
    parser_version = models.CharField(_("parser version"), max_length=40, blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    parse_started_at = models.DateTimeField(_("parse started at"), null=True, blank=True)
    # When a parse task was last sent for it: an article pending long after this lost its queue message.
    queued_at = models.DateTimeField(_("queued at"), null=True, blank=True, editable=False)
    # Indexed: the newest parse is every page's "last updated" line.
    parsed_at = models.DateTimeField(_("parsed at"), null=True, blank=True, db_index=True)
    parse_duration_ms = models.PositiveIntegerField(_("parse duration (ms)"), null=True, blank=True)
    batch = models.ForeignKey(
        UploadBatch,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        verbose_name=_("upload batch"),
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("uploaded by")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["-publication_date", "-id"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [
            models.Index(fields=["status", "parser_version"]),
            # The articles table's sorts (dashboard/sorting.py); the first also serves the metrics
            # table sorted by publication date, article by article.
            models.Index(fields=["publication_date", "id"], name="article_published_id"),
            models.Index(fields=["title", "id"], name="article_title_id"),
            models.Index(fields=["outlet", "id"], name="article_outlet_id"),
            models.Index(fields=["created_at", "id"], name="article_created_id"),
        ]

    def __str__(self):
        return self.title or self.raw_filename or f"#{self.pk}"


class ArticleShingle(models.Model):
    """One sentence of an article's body, hashed: the index that finds republished copies of a story.

    Only a bottom-k sample of an article's body sentences is stored (the k smallest hashes), so two
    copies of the same dispatch sample the same sentences whatever page chrome surrounds them, and
    finding the candidates of a new article is one indexed lookup of at most k values.
    """

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="shingles", verbose_name=_("article"))
    hash = models.BigIntegerField(_("hash"), db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "hash"], name="article_shingle_unique")]

    def __str__(self):
        return f"{self.article_id}:{self.hash}"
