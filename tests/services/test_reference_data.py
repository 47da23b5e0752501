"""The reference data migration: one source of truth shared with the extractor."""

import pytest

from offshoring.extraction import reference
from offshoring.models import City, Organisation, Region
from offshoring.services.reference import organisation_key

pytestmark = pytest.mark.django_db


def test_the_twelve_regions_of_2015_with_coordinates_inside_morocco():
    regions = Region.objects.all()
    assert regions.count() == 12
    for region in regions:
        # Latitude from Lagouira (~21°N) to Tangier (~36°N), longitude from -17° to -1°.
        assert 20.5 < region.latitude < 36.5, region
        assert -17.5 < region.longitude < -0.9, region
    names = set(regions.values_list("name", flat=True))
    assert {"Souss-Massa", "Laâyoune-Sakia El Hamra", "Dakhla-Oued Ed-Dahab", "Oriental"} <= names


def test_at_least_forty_cities_and_every_region_has_one():
    assert City.objects.count() >= 40
    assert not Region.objects.filter(cities__isnull=True).exists()


@pytest.mark.parametrize(
    ("spelling", "region_slug"),
    [
        ("Tangier", "tanger-tetouan-al-hoceima"),
        ("Fez", "fes-meknes"),
        ("Marrakesh", "marrakech-safi"),
        ("Fes", "fes-meknes"),
        ("Meknes", "fes-meknes"),
        ("Agadir", "souss-massa"),
        ("Oujda", "oriental"),
        ("Dakhla", "dakhla-oued-ed-dahab"),
    ],
)
def test_city_spellings_resolve_to_their_region(spelling, region_slug):
    matches = [c for c in reference.CITIES if spelling.lower() in {c.name.lower(), *(a.lower() for a in c.aliases)}]
    assert matches, spelling
    assert City.objects.get(slug=matches[0].slug).region.slug == region_slug


@pytest.mark.parametrize(
    ("old_name", "region_slug"),
    [
        ("Souss-Massa-Drâa", "souss-massa"),
        ("Tanger-Tétouan", "tanger-tetouan-al-hoceima"),
        ("Grand Casablanca", "casablanca-settat"),
        ("Rabat-Salé-Zemmour-Zaër", "rabat-sale-kenitra"),
    ],
)
def test_old_region_names_map_to_todays_region(old_name, region_slug):
    assert old_name in Region.objects.get(slug=region_slug).aliases


@pytest.mark.parametrize("acronym", ["AMRC", "OFPPT", "ANAPEC", "SICCAM", "ACASIOM"])
def test_sector_organisations_are_loaded(acronym):
    assert Organisation.objects.filter(acronym=acronym, is_reference=True).exists()


def test_organisation_key_folds_spacing_case_and_accents():
    assert organisation_key("Web help") == organisation_key("WEBHELP") == "webhelp"
    assert organisation_key("Médias 24") == organisation_key("Medias24")


def test_reference_sync_is_idempotent():
    from offshoring.services.reference import reference_data_sync

    before = (Region.objects.count(), City.objects.count(), Organisation.objects.count())
    reference_data_sync(region_model=Region, city_model=City, organisation_model=Organisation)
    assert (Region.objects.count(), City.objects.count(), Organisation.objects.count()) == before


def test_every_region_has_its_hcp_code():
    assert set(reference.REGION_CODES) == {region.slug for region in reference.REGIONS}
    assert sorted(reference.REGION_CODES.values()) == [f"{code:02d}" for code in range(1, 13)]


def test_the_twelve_regions_have_their_census_populations_summing_to_the_national_total():
    from offshoring.data import national_population

    regions = Region.objects.all()
    assert all(region.population_2024 and region.population_2014 for region in regions)
    assert sum(region.population_2024 for region in regions) == national_population(2024) == 36_828_330
    assert sum(region.population_2014 for region in regions) == national_population(2014) == 33_848_242
    casablanca = Region.objects.get(slug="casablanca-settat")
    assert (casablanca.population_2024, casablanca.population_2014) == (7_688_967, 6_861_739)  # HCP, RGPH


def test_the_population_file_follows_the_reference_regions():
    from offshoring.data import region_populations

    rows = region_populations()
    assert [(row.slug, row.code) for row in rows] == [
        (r.slug, reference.REGION_CODES[r.slug]) for r in reference.REGIONS
    ]


def test_population_sync_is_idempotent_and_restores_a_lost_figure():
    from offshoring.services.reference import region_population_sync

    Region.objects.filter(slug="oriental").update(population_2024=None)
    region_population_sync(region_model=Region)
    region_population_sync(region_model=Region)
    assert Region.objects.get(slug="oriental").population_2024 == 2_294_665
