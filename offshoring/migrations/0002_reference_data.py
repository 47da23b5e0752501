"""Loads the regions, cities and organisations of offshoring.extraction.reference."""

from django.db import migrations


def load(apps, schema_editor):
    from offshoring.services.reference import reference_data_sync

    reference_data_sync(
        region_model=apps.get_model("offshoring", "Region"),
        city_model=apps.get_model("offshoring", "City"),
        organisation_model=apps.get_model("offshoring", "Organisation"),
    )


class Migration(migrations.Migration):
    dependencies = [("offshoring", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
