"""manage.py calibrate_rules [--write] [--set DIR ...]: each rule's measured precision on the annotated sets."""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from offshoring.extraction.calibration import AnnotatedSet, rule_precision, score_directories
from offshoring.extraction.confidence import PRECISION_FILE

EXTRACTION_TESTS = Path(settings.BASE_DIR) / "tests" / "extraction"
DEMO = Path(settings.BASE_DIR) / "demo"
HELD_OUT = "heldout"  # never used to tune anything, confidences included
# demo dispatches restating the pages of held-out articles: left out of every fitting, confidences included
DEMO_HELD_OUT_PAGES = ("004_", "019_", "038_", "073_")


def default_sets() -> list[Path | AnnotatedSet]:
    """The development corpus, every annotated set but the held-out one, and the demo corpus with its manifest's
    publication dates."""
    sets = EXTRACTION_TESTS / "sets"
    fitted = sorted(p for p in sets.iterdir() if p.is_dir() and p.name != HELD_OUT) if sets.is_dir() else []
    demo = [AnnotatedSet(DEMO / "gold", DEMO / "manifest.csv", DEMO_HELD_OUT_PAGES)] if (DEMO / "gold").is_dir() else []
    return [EXTRACTION_TESTS / "corpus", *fitted, *demo]


class Command(BaseCommand):
    help = (
        "Measure every extraction rule's precision on the annotated sets (true and false positives, smoothed "
        "(tp+1)/(tp+fp+2)); --write stores it as the confidence of the figures each rule reads."
    )
    requires_system_checks = []  # reads files only

    def add_arguments(self, parser):
        parser.add_argument("--write", action="store_true", help=f"write {PRECISION_FILE.name}")
        parser.add_argument(
            "--set",
            action="append",
            dest="sets",
            metavar="DIR",
            help="an annotated set (default: the corpus, every set but the held-out one, and the demo corpus)",
        )

    def handle(self, *args, write: bool = False, sets: list[str] | None = None, **options):
        directories = [Path(s) for s in sets] if sets else default_sets()
        missing = [str(d) for d in directories if isinstance(d, Path) and not any(d.glob("*.json"))]
        if missing:
            raise CommandError(f"no annotated articles in {', '.join(missing)}")
        totals = score_directories(directories)
        table = rule_precision(totals)
        for rule, entry in sorted(table.items(), key=lambda item: item[1]["confidence"]):
            self.stdout.write(f"{entry['confidence']:.3f}  tp={entry['tp']:<4} fp={entry['fp']:<4} {rule}")
        self.stdout.write(json.dumps(totals.summary()))
        if write:
            PRECISION_FILE.write_text(json.dumps(table, indent=1, sort_keys=True) + "\n", encoding="utf-8")
            self.stdout.write(f"written: {PRECISION_FILE}")
