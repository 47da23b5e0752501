from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from offshoring.choices import ArticleStatus


class UploadBatch(models.Model):
    """One upload action (several files, a .zip, a folder): lets the admin follow its progress."""

    label = models.CharField(_("label"), max_length=255, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    # What was refused at upload (duplicates, bad files), with the reason, so nothing is lost silently.
    rejected = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("upload batch")
        verbose_name_plural = _("upload batches")

    def __str__(self):
        return self.label or f"#{self.pk}"


class Article(models.Model):
    title = models.CharField(_("title"), max_length=500, blank=True)
    raw = models.BinaryField(_("raw upload"), editable=False)
    raw_filename = models.CharField(_("file name"), max_length=255, blank=True)
    text = models.TextField(_("text"), blank=True, help_text=_("The text every evidence offset indexes."))
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    # 64-bit SimHash of the body, to recognise the same story republished with other page chrome.
    fingerprint = models.BigIntegerField(null=True, blank=True, editable=False, db_index=True)
    duplicate_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="near_duplicates",
        verbose_name=_("near-duplicate of"),
    )
    outlet = models.CharField(_("outlet"), max_length=200, blank=True, db_index=True)
    url = models.URLField(_("URL"), max_length=1000, blank=True)
    publication_date = models.DateField(_("publication date"), null=True, blank=True, db_index=True)
    publication_date_given = models.BooleanField(default=False, help_text=_("Given at upload (wins over the text)."))
    language = models.CharField(_("language"), max_length=8, blank=True)
    relevant = models.BooleanField(_("relevant"), null=True)
    relevance = models.FloatField(null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=ArticleStatus.choices, default=ArticleStatus.PENDING, db_index=True
    )
    error = models.TextField(_("error"), blank=True)
    parser_version = models.CharField(max_length=40, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    parse_started_at = models.DateTimeField(null=True, blank=True)
    # When a parse task was last sent for it: an article pending long after this lost its queue message.
    queued_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Indexed: the newest parse is every page's "last updated" line.
    parsed_at = models.DateTimeField(null=True, blank=True, db_index=True)
    parse_duration_ms = models.PositiveIntegerField(null=True, blank=True)
    batch = models.ForeignKey(UploadBatch, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-publication_date", "-id"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [models.Index(fields=["status", "parser_version"])]

    def __str__(self):
        return self.title or self.raw_filename or f"#{self.pk}"


class ArticleShingle(models.Model):
    """One sentence of an article's body, hashed: the index that finds republished copies of a story.

    Only a bottom-k sample of an article's body sentences is stored (the k smallest hashes), so two
    copies of the same dispatch sample the same sentences whatever page chrome surrounds them, and
    finding the candidates of a new article is one indexed lookup of at most k values.
    """

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="shingles")
    hash = models.BigIntegerField(db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "hash"], name="article_shingle_unique")]

    def __str__(self):
        return f"{self.article_id}:{self.hash}"
