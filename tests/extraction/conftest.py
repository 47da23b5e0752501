"""Fixtures of the extraction tests: the seed articles of the repository (never ../shared)."""

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed_path(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.fixture(scope="session")
def seed_text():
    """seed_text("002") is the text of seeds/002_*.txt."""
    return lambda prefix: seed_path(prefix).read_text(encoding="utf-8")
