"""Bulk uploads with their metadata: a manifest's rows become the items of one `upload_ingest` call.

The manifest (offshoring/manifest.py) names each file relative to itself. From the command line the
files are read from disk next to the manifest; in the admin they are the files uploaded with it, one
by one or in a .zip, found by their path, else by their name alone. A row whose file is missing or
whose fields are wrong is refused with its line number, and its file waits for the corrected row; a
file uploaded but not named in the manifest still goes in, with the upload's own metadata.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePosixPath

from django.utils.translation import gettext as _

from offshoring.manifest import Manifest
from offshoring.services.ingest import IngestOutcome, IngestReport, UploadItem, upload_ingest, zip_items

Finder = Callable[[str], UploadItem | None]


def manifest_ingest(
    *,
    manifest: Manifest,
    name: str,
    find: Finder,
    extra_files: Iterable[tuple[str, bytes | None] | UploadItem] = (),
    user=None,
    label: str = "",
    on_outcome: Callable[[IngestOutcome], None] | None = None,
    **upload,
) -> IngestReport:
    """Ingest the manifest's files with their metadata, then `extra_files`, as one upload batch.

    `upload` passes the upload's own text, outlet, url and publication_date to `upload_ingest`:
    they apply to the extra files and to the fields a row leaves empty.
    """
    items = manifest_upload_items(manifest, name=name, find=find)  # built first: `find` claims files
    return upload_ingest(files=[*items, *extra_files], user=user, label=label or name, on_outcome=on_outcome, **upload)


def manifest_upload_items(manifest: Manifest, *, name: str, find: Finder) -> list[UploadItem]:
    """One item per row in the manifest's order: the file with the row's metadata, or the reason it is refused."""
    numbered: list[tuple[int, UploadItem]] = []
    listed = {entry.file for entry in manifest.entries}
    for problem in manifest.problems:
        if problem.file and problem.file not in listed:
            find(problem.file)  # a refused row holds its file back: it must not go in without its metadata
        numbered.append((problem.line or 0, UploadItem(problem.file or name, error=problem.text())))
    for entry in manifest.entries:
        found = find(entry.file)
        line = _("line %(line)s: %(message)s")
        if found is None:
            message = _("no file %(file)s next to the manifest") % {"file": entry.file}
            item = UploadItem(entry.file, error=line % {"line": entry.line, "message": message})
        elif found.error:
            item = UploadItem(found.name, error=line % {"line": entry.line, "message": found.error})
        elif found.name.lower().endswith(".zip"):
            message = _("a manifest row names one article (.txt or .html), not a .zip")
            item = UploadItem(found.name, error=line % {"line": entry.line, "message": message})
        else:
            item = dataclasses.replace(
                found,
                url=entry.url,
                outlet=entry.outlet,
                publication_date=entry.publication_date,
                title=entry.title,
            )
        numbered.append((entry.line, item))
    numbered.sort(key=lambda pair: pair[0])
    return [item for _line, item in numbered]


def folder_finder(folder: Path) -> Finder:
    """Files named relative to a manifest on disk (manifest rows never leave its folder)."""

    def find(relative: str) -> UploadItem | None:
        path = folder / relative
        if path.is_file():
            return UploadItem(str(path), path.read_bytes())
        if path.is_dir():
            return UploadItem(str(path), error=_("%(file)s is a folder, not a file") % {"file": relative})
        return None

    return find


class UploadedFiles:
    """The files sent with a manifest (zips opened), each claimed at most once by a row.

    A row's path is looked up as the end of a file's path ("corpus/a.txt" is "lot.zip/demo/corpus/a.txt"),
    else by the file name alone when a single file has it (browsers send no folders).
    """

    def __init__(self, files: Iterable[tuple[str, bytes | None]]):
        self._items: list[UploadItem] = []
        for name, data in files:
            if data is not None and name.lower().endswith(".zip"):
                self._items.extend(zip_items(name, data))
            else:
                self._items.append(UploadItem(name, data))
        self._claimed: set[int] = set()

    def find(self, relative: str) -> UploadItem | None:
        wanted = PurePosixPath(relative).parts
        by_path = [i for i, item in enumerate(self._items) if _parts(item.name)[-len(wanted) :] == wanted]
        by_name = [i for i, item in enumerate(self._items) if _parts(item.name)[-1] == wanted[-1]]
        for candidates in (by_path, by_name):
            free = [i for i in candidates if i not in self._claimed]
            if len(free) == 1:
                self._claimed.add(free[0])
                return self._items[free[0]]
            if len(free) > 1:
                return UploadItem(
                    relative,
                    error=_("%(count)s uploaded files match %(file)s: send them in a .zip with their folders")
                    % {"count": len(free), "file": relative},
                )
        return None

    def remaining(self) -> Iterator[UploadItem]:
        """The files no row claimed: they go in with the upload's own metadata."""
        return (item for i, item in enumerate(self._items) if i not in self._claimed)


def _parts(name: str) -> tuple[str, ...]:
    return PurePosixPath(name.replace("\\", "/")).parts or ("",)
