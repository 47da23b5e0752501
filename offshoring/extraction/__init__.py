"""Pure-Python extraction pipeline: article bytes or text in, an ExtractionResult out.

Nothing in this package imports Django, so it runs in `manage.py extract`, in a Celery worker
and in unit tests alike.
"""

from .pipeline import PARSER_VERSION, extract
from .result import ExtractionResult

__all__ = ["PARSER_VERSION", "ExtractionResult", "extract"]
