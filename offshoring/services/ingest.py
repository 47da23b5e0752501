"""The one way articles enter the database: the admin upload and `manage.py ingest` both call it.

Each file is checked (text at all, size, encoding), saved with its raw bytes in its own transaction,
and its parse task is queued once that transaction commits, so a worker never looks for a row that
is not there yet. A bad file gets a message and leaves no trace; the other files of the upload go in.
"""

from __future__ import annotations

import hashlib
import logging
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from io import BytesIO
from pathlib import Path, PurePosixPath, PureWindowsPath

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from offshoring.models import Article, ArticleShingle, UploadBatch
from offshoring.outlets import outlet_from_url
from offshoring.services.decoding import UploadRejected, text_normalise, upload_decode
from offshoring.services.duplicates import body_signature, near_duplicate_find

logger = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml")
PASTED_TEXT_NAME = "pasted-text.txt"

CREATED, DUPLICATE, REJECTED = "created", "duplicate", "rejected"


@dataclass(frozen=True, slots=True)
class UploadItem:
    """One file of an upload, after zips are opened: its bytes, or why it was refused.

    A manifest gives each file its own metadata; a field left None takes the upload's.
    """

    name: str
    data: bytes | None = None
    error: str = ""
    url: str | None = None
    outlet: str | None = None
    publication_date: date | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    name: str
    result: str  # CREATED, DUPLICATE or REJECTED
    message: str = ""
    article_id: int | None = None  # the new article, or the existing one a duplicate repeats
    near_duplicate_of_id: int | None = None  # set when a created article republishes an earlier one

    @property
    def article_url(self) -> str | None:
        return reverse("admin:offshoring_article_change", args=[self.article_id]) if self.article_id else None

    def line(self) -> str:
        """One line for a terminal or a message list."""
        if self.result == CREATED:
            extra = ""
            if self.near_duplicate_of_id:
                extra = _(" (near-duplicate of #%(id)s)") % {"id": self.near_duplicate_of_id}
            return _("%(name)s: created #%(id)s%(extra)s") % {"name": self.name, "id": self.article_id, "extra": extra}
        if self.result == DUPLICATE:
            return _("%(name)s: duplicate of #%(id)s") % {"name": self.name, "id": self.article_id}
        return _("%(name)s: rejected: %(reason)s") % {"name": self.name, "reason": self.message}


@dataclass(slots=True)
class IngestReport:
    batch: UploadBatch | None = None
    outcomes: list[IngestOutcome] = field(default_factory=list)

    def count(self, result: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.result == result)

    @property
    def created(self) -> int:
        return self.count(CREATED)

    def summary(self) -> str:
        return _("%(created)s created, %(duplicates)s duplicates, %(rejected)s rejected") % {
            "created": self.created,
            "duplicates": self.count(DUPLICATE),
            "rejected": self.count(REJECTED),
        }


def content_hash(text: str) -> str:
    """sha256 of the normalised text (see decoding.text_normalise): the identity of an article."""
    return hashlib.sha256(text_normalise(text).encode()).hexdigest()


def article_ingest(
    *,
    data: bytes,
    filename: str,
    outlet: str = "",
    url: str = "",
    publication_date: date | None = None,
    title: str = "",
    batch: UploadBatch | None = None,
    user=None,
) -> IngestOutcome:
    """Save one file as an article and queue its parse, or refuse it with the reason.

    A title given here is kept over the one the parser extracts, as a given publication date is.
    """
    try:
        decoded = upload_decode(data, filename=filename, max_bytes=settings.ARTICLE_MAX_BYTES)
    except UploadRejected as exc:
        return IngestOutcome(filename, REJECTED, message=str(exc))
    digest = content_hash(decoded.text)
    existing_id = Article.objects.filter(content_hash=digest).values_list("id", flat=True).first()
    if existing_id:
        return _duplicate(filename, existing_id)
    signature = body_signature(decoded.text)
    near_duplicate_of_id = near_duplicate_find(signature)
    try:
        with transaction.atomic():
            article = Article.objects.create(
                title=(title or _first_line(decoded.text))[:500],
                title_given=bool(title),
                raw=data,
                raw_filename=filename[:255],
                text=decoded.text,
                content_hash=digest,
                fingerprint=signature.fingerprint,
                duplicate_of_id=near_duplicate_of_id,
                outlet=outlet[:200],
                url=url,
                publication_date=publication_date,
                publication_date_given=publication_date is not None,
                batch=batch,
                uploaded_by=user,
                queued_at=timezone.now(),
            )
            ArticleShingle.objects.bulk_create(ArticleShingle(article=article, hash=h) for h in signature.sketch)
            article_parse_enqueue(article_ids=[article.id])
    except IntegrityError:
        # Two uploads of the same text at once: the unique content hash lets one in, the other lands here.
        existing_id = Article.objects.filter(content_hash=digest).values_list("id", flat=True).first()
        if existing_id is None:
            raise
        return _duplicate(filename, existing_id)
    return IngestOutcome(filename, CREATED, article_id=article.id, near_duplicate_of_id=near_duplicate_of_id)


def article_parse_enqueue(*, article_ids: Iterable[int]) -> None:
    """Queue the parse of these articles once the current transaction commits.

    `robust`: if the broker is down the article is saved anyway and stays pending; `reparse --stuck`
    queues it again later, so the upload itself does not fail.
    """
    from offshoring.tasks import article_parse_task

    for article_id in article_ids:
        transaction.on_commit(lambda article_id=article_id: article_parse_task.delay(article_id), robust=True)


def upload_ingest(
    *,
    files: Iterable[tuple[str, bytes | None] | UploadItem] = (),
    text: str = "",
    outlet: str = "",
    url: str = "",
    publication_date: date | None = None,
    user=None,
    label: str = "",
    on_outcome: Callable[[IngestOutcome], None] | None = None,
) -> IngestReport:
    """Ingest an upload: files (a .zip is opened), pasted text, or both.

    `files` may hold UploadItems with their own metadata (offshoring/services/manifest.py builds them
    from a manifest). With no outlet, the outlet is suggested from the URL's host.
    The batch that lets the admin follow the parses is created with the first article, so an upload
    where every file is refused changes nothing in the database.
    """
    report = IngestReport()
    items: Iterator[UploadItem] = _upload_items(files)
    if text.strip():
        items = _chain(items, [UploadItem(PASTED_TEXT_NAME, text.encode("utf-8"))])
    for item in items:
        if item.error:
            outcome = IngestOutcome(item.name, REJECTED, message=item.error)
        else:
            if report.batch is None:
                report.batch = UploadBatch.objects.create(label=label[:255], created_by=user)
            outcome = article_ingest(
                data=item.data,
                filename=item.name,
                # The file's own outlet, else its URL's; then the upload's outlet, else the upload URL's.
                outlet=item.outlet or outlet_from_url(item.url or "") or outlet or outlet_from_url(url),
                url=url if item.url is None else item.url,
                publication_date=publication_date if item.publication_date is None else item.publication_date,
                title=item.title or "",
                batch=report.batch,
                user=user,
            )
        report.outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)
    if report.batch is not None:
        if report.batch.articles.exists():
            report.batch.rejected = [
                {"name": o.name, "result": o.result, "reason": o.message, "article_id": o.article_id}
                for o in report.outcomes
                if o.result != CREATED
            ]
            report.batch.save(update_fields=["rejected"])
        else:  # every file that decoded was a duplicate: there is no progress to follow
            report.batch.delete()
            report.batch = None
    return report


def _chain(*iterables):
    for iterable in iterables:
        yield from iterable


def _upload_items(files: Iterable[tuple[str, bytes | None] | UploadItem]) -> Iterator[UploadItem]:
    for file in files:
        if isinstance(file, UploadItem):
            yield file
            continue
        name, data = file
        if data is None:
            yield UploadItem(name, error=_("no such file or directory"))
        elif name.lower().endswith(".zip"):
            yield from zip_items(name, data)
        else:
            yield UploadItem(name, data)


def path_files(paths: Iterable[str | Path]) -> Iterator[tuple[str, bytes | None]]:
    """(name, bytes) of the files of `manage.py ingest`: files as given, folders searched recursively.

    A path that does not exist is reported as a refused file rather than stopping the run.
    """
    for raw_path in paths:
        path = Path(raw_path)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in (*ARTICLE_SUFFIXES, ".zip"):
                    yield str(child), child.read_bytes()
        elif path.is_file():
            yield str(path), path.read_bytes()
        else:
            yield str(path), None


def zip_items(name: str, data: bytes) -> Iterator[UploadItem]:
    """The articles of a .zip, checked as a whole before any is read.

    A traversal path, too many files or too many uncompressed bytes refuse the whole archive (it is
    hostile or a mistake, and half of it is no better); a member that is not .txt/.html is skipped
    with a message. Directories, __MACOSX resource forks and hidden files are ignored.
    """
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        yield UploadItem(name, error=_("not a valid .zip archive"))
        return
    for info in infos:
        if _unsafe_member(info.filename):
            yield UploadItem(
                name, error=_("refused: the archive contains an unsafe path (%(path)s)") % {"path": info.filename}
            )
            return
    members = [info for info in infos if not _ignored_member(info)]
    if len(members) > settings.ZIP_MAX_FILES:
        yield UploadItem(
            name,
            error=_("refused: the archive holds %(count)s files; the limit is %(limit)s")
            % {"count": len(members), "limit": settings.ZIP_MAX_FILES},
        )
        return
    total = sum(info.file_size for info in members)
    if total > settings.ZIP_MAX_TOTAL_BYTES:
        yield UploadItem(
            name,
            error=_("refused: the archive expands to %(size)s; the limit is %(limit)s")
            % {"size": filesizeformat(total), "limit": filesizeformat(settings.ZIP_MAX_TOTAL_BYTES)},
        )
        return
    if not members:
        yield UploadItem(name, error=_("the archive contains no files"))
        return
    for info in members:
        member_name = f"{name}/{info.filename}"
        if not info.filename.lower().endswith(ARTICLE_SUFFIXES):
            yield UploadItem(member_name, error=_("skipped: only .txt and .html files are read from a .zip"))
        elif info.flag_bits & 0x1:
            yield UploadItem(member_name, error=_("skipped: the file is encrypted"))
        elif info.file_size > settings.ARTICLE_MAX_BYTES:
            yield UploadItem(
                member_name,
                error=_("the file is too large (%(size)s; the limit is %(limit)s)")
                % {"size": filesizeformat(info.file_size), "limit": filesizeformat(settings.ARTICLE_MAX_BYTES)},
            )
        else:
            try:
                # Never more than the declared size: a forged header cannot make this read grow.
                with archive.open(info) as member:
                    yield UploadItem(member_name, member.read(settings.ARTICLE_MAX_BYTES + 1))
            except (zipfile.BadZipFile, OSError, NotImplementedError, RuntimeError) as exc:
                yield UploadItem(
                    member_name, error=_("skipped: unreadable in the archive (%(error)s)") % {"error": exc}
                )


def _unsafe_member(filename: str) -> bool:
    windows = PureWindowsPath(filename)
    posix = PurePosixPath(filename.replace("\\", "/"))
    return posix.is_absolute() or bool(windows.drive) or windows.is_absolute() or ".." in posix.parts


def _ignored_member(info: zipfile.ZipInfo) -> bool:
    parts = PurePosixPath(info.filename.replace("\\", "/")).parts
    return info.is_dir() or not parts or parts[0] == "__MACOSX" or any(part.startswith(".") for part in parts)


def _duplicate(filename: str, existing_id: int) -> IngestOutcome:
    return IngestOutcome(
        filename,
        DUPLICATE,
        message=_("already uploaded: duplicate of article #%(id)s") % {"id": existing_id},
        article_id=existing_id,
    )


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:500]
    return ""
