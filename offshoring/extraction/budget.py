"""A per-article time budget, checked cooperatively between stages and between sentences.

The pipeline never runs in a thread it could kill, so it asks the deadline at points where stopping leaves nothing
half-done; past the budget the whole extraction is given up (no partial figures) with a message an admin can read.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class TooLong(Exception):
    """The article took longer than its budget."""

    def __init__(self, seconds: float):
        super().__init__(f"too long: the article took more than {seconds:g} s to parse")


class Deadline:
    """`check()` raises TooLong once `seconds` have passed since the deadline was made (never when None)."""

    def __init__(self, seconds: float | None, clock: Callable[[], float] = time.monotonic):
        self.seconds = seconds
        self.checks = 0  # how often it was asked: the tests read it to see the stages cooperate
        self._clock = clock
        self._ends = None if seconds is None else clock() + seconds

    def check(self) -> None:
        self.checks += 1
        if self._ends is not None and self._clock() >= self._ends:
            raise TooLong(self.seconds)  # type: ignore[arg-type]
