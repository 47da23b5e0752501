from django.urls import path

from . import views

app_name = "dashboard"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("metrics/", views.metric_list, name="metrics"),
    path("metrics/export/", views.metric_export, name="metrics-export"),
    path("regions/", views.region_list, name="regions"),
    path("regions/<slug:slug>/", views.region_detail, name="region"),
    path("articles/", views.article_list, name="articles"),
    path("articles/export/", views.article_export, name="articles-export"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("organisations/", views.organisation_list, name="organisations"),
    path("organisations/export/", views.organisation_export, name="organisations-export"),
    path("organisations/<int:pk>/", views.organisation_detail, name="organisation"),
    path("events/", views.event_list, name="events"),
    path("events/export/", views.event_export, name="events-export"),
    path("events/<int:pk>/", views.event_detail, name="event"),
    path("exports/", views.export_list, name="exports"),
    path("exports/<uuid:pk>/", views.export_detail, name="export"),
    path("exports/<uuid:pk>/download/", views.export_download, name="export-download"),
    path("saved/", views.saved_filters, name="saved-filters"),
    path("saved/<int:pk>/rename/", views.saved_filter_rename, name="saved-filter-rename"),
    path("saved/<int:pk>/delete/", views.saved_filter_delete, name="saved-filter-delete"),
    path("about/", views.about, name="about"),
]
