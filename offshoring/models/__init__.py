from .articles import Article, ArticleShingle, UploadBatch
from .facts import Event, EventMention, Metric, OrganisationMention, PlaceMention
from .reference import City, Organisation, Region

__all__ = [
    "Article",
    "ArticleShingle",
    "City",
    "Event",
    "EventMention",
    "Metric",
    "Organisation",
    "OrganisationMention",
    "PlaceMention",
    "Region",
    "UploadBatch",
]
