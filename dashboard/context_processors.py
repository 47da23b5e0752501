from . import selectors


def data_freshness(request) -> dict:
    """The footer's "last updated" line: a callable, so the query runs only when a page shows it."""
    return {"data_last_updated": selectors.data_last_updated}
