"""Fills the regions' census populations from offshoring/data/region_population.json (HCP, RGPH 2024 and 2014)."""

from django.db import migrations


def load(apps, schema_editor):
    from offshoring.services.reference import region_population_sync

    region_population_sync(region_model=apps.get_model("offshoring", "Region"))


class Migration(migrations.Migration):
    dependencies = [("offshoring", "0007_region_population")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
