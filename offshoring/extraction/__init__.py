"""Pure-Python extraction pipeline: article bytes or text in, an ExtractionResult out.

Nothing in this package imports Django, so it runs in `manage.py extract`, in a Celery worker
and in unit tests alike.
"""
