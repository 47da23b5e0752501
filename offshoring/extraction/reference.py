"""Reference data: regions, cities and organisations of the Moroccan offshoring sector.

One source of truth: the extractor's gazetteers are built from these tuples and the database's data
migration imports them. Keep the API (names and fields) stable; add entries freely.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RegionRef:
    slug: str
    name: str
    capital: str
    latitude: float
    longitude: float
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class CityRef:
    name: str
    slug: str
    region: str  # RegionRef.slug
    latitude: float
    longitude: float
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class LocalityRef:
    """A province or town of HCP's census that extends the place gazetteer (offshoring/extraction/localities.py)."""

    name: str  # as HCP writes it
    region: str  # RegionRef.slug
    kind: str  # "province" (or préfecture) or "town"
    code: str  # HCP's code


@dataclass(frozen=True)
class OrganisationRef:
    name: str
    acronym: str | None
    full_name: str | None
    kind: str
    aliases: tuple[str, ...] = ()


ORGANISATION_KINDS: tuple[tuple[str, str], ...] = (
    ("association", "Association"),
    ("public_agency", "Public agency"),
    ("ministry", "Ministry"),
    ("operator", "Operator"),
    ("event", "Event"),
    ("training", "Training body"),
    ("investment_centre", "Regional investment centre"),
    ("zone_developer", "Zone developer"),
    ("regional_council", "Regional council"),
    ("media", "Media"),
    ("other", "Other"),
)

# The 12 regions of the 2015 division; aliases hold the names of the 16-region era that map onto them.
REGIONS: tuple[RegionRef, ...] = (
    RegionRef(
        "tanger-tetouan-al-hoceima",
        "Tanger-Tétouan-Al Hoceïma",
        "Tanger",
        35.7595,
        -5.8340,
        (
            "Tanger-Tétouan-Al Hoceima",
            "Tanger-Tetouan-Al Hoceima",
            "Tangier-Tetouan-Al Hoceima",
            "Tanger-Tétouan",
            "Tanger-Tetouan",
            "Tangier-Tetouan",
            "Tanger Tétouan",
            "région du Nord",
        ),
    ),
    RegionRef(
        "oriental",
        "Oriental",
        "Oujda",
        34.6814,
        -1.9086,
        ("L'Oriental", "région de l'Oriental", "Région Orientale", "Eastern Region"),
    ),
    RegionRef(
        "fes-meknes",
        "Fès-Meknès",
        "Fès",
        34.0181,
        -5.0078,
        (
            "Fes-Meknes",
            "Fez-Meknes",
            "Fès-Boulemane",
            "Fes-Boulemane",
            "Meknès-Tafilalet",
            "Meknes-Tafilalet",
            "Taza-Al Hoceïma-Taounate",
            "Taza-Al Hoceima-Taounate",
        ),
    ),
    RegionRef(
        "rabat-sale-kenitra",
        "Rabat-Salé-Kénitra",
        "Rabat",
        34.0209,
        -6.8416,
        (
            "Rabat-Sale-Kenitra",
            "Rabat-Salé-Zemmour-Zaër",
            "Rabat-Sale-Zemmour-Zaer",
            "Rabat-Salé-Zemmour-Zaer",
            "Gharb-Chrarda-Béni Hssen",
            "Gharb-Chrarda-Beni Hssen",
            "Gharb",
        ),
    ),
    RegionRef(
        "beni-mellal-khenifra",
        "Béni Mellal-Khénifra",
        "Béni Mellal",
        32.3373,
        -6.3498,
        ("Beni Mellal-Khenifra", "Tadla-Azilal", "Tadla Azilal"),
    ),
    RegionRef(
        "casablanca-settat",
        "Casablanca-Settat",
        "Casablanca",
        33.5731,
        -7.5898,
        (
            "Grand Casablanca",
            "Grand-Casablanca",
            "Greater Casablanca",
            "Chaouia-Ouardigha",
            "Chaouia Ouardigha",
            "Doukkala-Abda",
        ),
    ),
    RegionRef(
        "marrakech-safi",
        "Marrakech-Safi",
        "Marrakech",
        31.6295,
        -7.9811,
        ("Marrakesh-Safi", "Marrakech-Tensift-Al Haouz", "Marrakech-Tensift-El Haouz", "Marrakesh-Tensift-El Haouz"),
    ),
    RegionRef(
        "draa-tafilalet",
        "Drâa-Tafilalet",
        "Errachidia",
        31.9314,
        -4.4244,
        ("Draa-Tafilalet", "Drâa-Tafilalt", "Draa-Tafilalt"),
    ),
    RegionRef(
        "souss-massa",
        "Souss-Massa",
        "Agadir",
        30.4278,
        -9.5981,
        ("Souss Massa", "Souss-Massa-Drâa", "Souss-Massa-Draâ", "Souss-Massa-Draa", "Souss Massa Draa", "Souss"),
    ),
    RegionRef(
        "guelmim-oued-noun",
        "Guelmim-Oued Noun",
        "Guelmim",
        28.9870,
        -10.0574,
        ("Guelmim-Oued Noun", "Guelmim-Es Semara", "Guelmim-Es-Semara", "Guelmim-Smara"),
    ),
    RegionRef(
        "laayoune-sakia-el-hamra",
        "Laâyoune-Sakia El Hamra",
        "Laâyoune",
        27.1253,
        -13.1625,
        (
            "Laayoune-Sakia El Hamra",
            "Laâyoune-Sakia-El Hamra",
            "Laâyoune-Boujdour-Sakia El Hamra",
            "Laayoune-Boujdour-Sakia El Hamra",
        ),
    ),
    RegionRef(
        "dakhla-oued-ed-dahab",
        "Dakhla-Oued Ed-Dahab",
        "Dakhla",
        23.6848,
        -15.9580,
        ("Dakhla-Oued Eddahab", "Dakhla-Oued Ed Dahab", "Oued Ed-Dahab-Lagouira", "Oued Eddahab-Lagouira"),
    ),
)

_T, _O, _F, _R = "tanger-tetouan-al-hoceima", "oriental", "fes-meknes", "rabat-sale-kenitra"
_B, _C, _M, _D = "beni-mellal-khenifra", "casablanca-settat", "marrakech-safi", "draa-tafilalet"
_S, _G, _L, _K = "souss-massa", "guelmim-oued-noun", "laayoune-sakia-el-hamra", "dakhla-oued-ed-dahab"

# HCP's code of each region (numbered north to south by the 2015 decree): census tables and boundary files key on it.
REGION_CODES: dict[str, str] = {
    _T: "01", _O: "02", _F: "03", _R: "04", _B: "05", _C: "06",
    _M: "07", _D: "08", _S: "09", _G: "10", _L: "11", _K: "12",
}  # fmt: skip

CITIES: tuple[CityRef, ...] = (
    CityRef(
        "Casablanca",
        "casablanca",
        _C,
        33.5731,
        -7.5898,
        ("Casa", "Dar el Beida", "Casanearshore", "Casa Nearshore", "Sidi Maârouf", "Sidi Maarouf"),
    ),
    CityRef("Mohammedia", "mohammedia", _C, 33.6866, -7.3830),
    CityRef("Nouaceur", "nouaceur", _C, 33.3670, -7.5800),
    CityRef("Berrechid", "berrechid", _C, 33.2655, -7.5876),
    CityRef("Settat", "settat", _C, 33.0010, -7.6166),
    CityRef("El Jadida", "el-jadida", _C, 33.2316, -8.5007),
    CityRef("Benslimane", "benslimane", _C, 33.6177, -7.1215),
    CityRef("Rabat", "rabat", _R, 34.0209, -6.8416, ("Technopolis", "Rabat Technopolis", "Rabat Shore")),
    CityRef("Salé", "sale", _R, 34.0531, -6.7985, ("Sala Al Jadida", "Technopolis Rabat-Shore")),
    CityRef("Témara", "temara", _R, 33.9287, -6.9063, ("Temara",)),
    CityRef("Kénitra", "kenitra", _R, 34.2610, -6.5802, ("Kenitra",)),
    CityRef("Skhirat", "skhirat", _R, 33.8522, -7.0307),
    CityRef("Khémisset", "khemisset", _R, 33.8240, -6.0662, ("Khemisset",)),
    CityRef(
        "Tanger", "tanger", _T, 35.7595, -5.8340, ("Tangier", "Tangiers", "Tanja", "Tanger Med", "capitale du Détroit")
    ),
    CityRef("Tétouan", "tetouan", _T, 35.5889, -5.3626, ("Tetouan", "Tetuan", "Tétouan Shore", "Tetouan Shore")),
    CityRef("Al Hoceïma", "al-hoceima", _T, 35.2517, -3.9372, ("Al Hoceima", "Al-Hoceima", "El Hoceima")),
    CityRef("Larache", "larache", _T, 35.1932, -6.1557),
    CityRef("Chefchaouen", "chefchaouen", _T, 35.1688, -5.2636, ("Chaouen",)),
    CityRef("Oujda", "oujda", _O, 34.6814, -1.9086, ("Oujda Shore", "Oujda-Angad")),
    CityRef("Nador", "nador", _O, 35.1681, -2.9335),
    CityRef("Berkane", "berkane", _O, 34.9200, -2.3200),
    CityRef("Taourirt", "taourirt", _O, 34.4073, -2.8973),
    CityRef("Fès", "fes", _F, 34.0181, -5.0078, ("Fes", "Fez", "Fès Shore", "Fes Shore", "Fez Shore")),
    CityRef("Meknès", "meknes", _F, 33.8935, -5.5473, ("Meknes",)),
    CityRef("Taza", "taza", _F, 34.2100, -4.0100),
    CityRef("Ifrane", "ifrane", _F, 33.5228, -5.1100),
    CityRef("Béni Mellal", "beni-mellal", _B, 32.3373, -6.3498, ("Beni Mellal", "Beni-Mellal")),
    CityRef("Khouribga", "khouribga", _B, 32.8811, -6.9063),
    CityRef("Khénifra", "khenifra", _B, 32.9394, -5.6675, ("Khenifra",)),
    CityRef("Marrakech", "marrakech", _M, 31.6295, -7.9811, ("Marrakesh", "Marrakech Shore")),
    CityRef("Safi", "safi", _M, 32.2994, -9.2372),
    CityRef("Essaouira", "essaouira", _M, 31.5085, -9.7595),
    CityRef("Benguerir", "benguerir", _M, 32.2360, -7.9540, ("Ben Guerir",)),
    CityRef("Errachidia", "errachidia", _D, 31.9314, -4.4244, ("Er-Rachidia",)),
    CityRef("Ouarzazate", "ouarzazate", _D, 30.9335, -6.9370),
    CityRef("Zagora", "zagora", _D, 30.3324, -5.8384),
    CityRef("Agadir", "agadir", _S, 30.4278, -9.5981, ("Agadir Ida-Outanane", "Agadir Ida Outanane")),
    CityRef("Inezgane", "inezgane", _S, 30.3550, -9.5360),
    CityRef("Aït Melloul", "ait-melloul", _S, 30.3342, -9.4972, ("Ait Melloul", "Aït-Melloul")),
    CityRef("Drarga", "drarga", _S, 30.4380, -9.4830),
    CityRef("Taroudant", "taroudant", _S, 30.4703, -8.8770),
    CityRef("Tiznit", "tiznit", _S, 29.6974, -9.7316),
    CityRef("Guelmim", "guelmim", _G, 28.9870, -10.0574, ("Goulimine",)),
    CityRef("Tan-Tan", "tan-tan", _G, 28.4380, -11.1032, ("Tantan",)),
    CityRef("Sidi Ifni", "sidi-ifni", _G, 29.3797, -10.1730),
    CityRef("Laâyoune", "laayoune", _L, 27.1253, -13.1625, ("Laayoune", "El Aaiún", "El Aaiun", "Layoune")),
    CityRef("Boujdour", "boujdour", _L, 26.1258, -14.4843),
    CityRef("Smara", "smara", _L, 26.7384, -11.6719, ("Es-Semara", "Es Semara")),
    CityRef("Dakhla", "dakhla", _K, 23.6848, -15.9580, ("Ad-Dakhla", "Villa Cisneros")),
)

_REGION_NAME = {r.slug: r.name for r in REGIONS}


def _region_phrases(region: RegionRef) -> tuple[str, ...]:
    """How a region is written after 'de', 'du', 'de la région' etc.; also its capital."""
    return (region.name, *region.aliases, region.capital)


def _of_region(region: RegionRef) -> str:
    """How French names an institution after its region: "CRI de l'Oriental", "CRI Souss-Massa"."""
    return "de l'Oriental" if region.slug == "oriental" else region.name


def _cri(region: RegionRef) -> OrganisationRef:
    phrases = _region_phrases(region)
    aliases = tuple(
        f"{head} {phrase}"
        for phrase in phrases
        for head in (
            "CRI",
            "CRI de la région",
            "Centre régional d'investissement",
            "Centre régional d'investissement de la région",
            "Centre Régional d'Investissement",
            "Regional Investment Centre",
            "Regional Investment Center",
        )
    )
    return OrganisationRef(
        f"CRI {_of_region(region)}",
        "CRI",
        f"Centre régional d'investissement {_of_region(region)}",
        "investment_centre",
        aliases,
    )


def _regional_council(region: RegionRef) -> OrganisationRef:
    phrases = _region_phrases(region)[:-1]  # a council is named after its region, not its capital
    aliases = tuple(
        f"{head} {phrase}"
        for phrase in phrases
        for head in (
            "Conseil de la région",
            "Conseil régional",
            "Conseil de région",
            "Regional Council",
        )
    )
    return OrganisationRef(f"Conseil de la région {_of_region(region)}", None, None, "regional_council", aliases)


_MINISTRY_NAMES = (
    "Industrie, du Commerce, de l'Investissement et de l'Economie numérique",
    "Industrie, du Commerce et des Nouvelles Technologies",
    "Industrie, du Commerce, de l'Economie verte et numérique",
    "Industrie, du Commerce, de l'Investissement et de l'Economie Numérique",
    "Industrie et du Commerce",
    "Economie numérique",
)

ORGANISATIONS: tuple[OrganisationRef, ...] = (
    OrganisationRef(
        "AMRC",
        "AMRC",
        "Association marocaine de la relation client",
        "association",
        (
            "Association marocaine de la relation client",
            "Association marocaine de la relation clients",
            "Association marocaine des centres d'appel et des acteurs du BPO",
            "Association marocaine des centres d'appels et des acteurs du BPO",
            "Association marocaine des centres d'appels",
            "Association marocaine des centres d'appel",
            "Moroccan Customer Relations Association",
            "Moroccan Association of Customer Relations",
        ),
    ),
    OrganisationRef(
        "OFPPT",
        "OFPPT",
        "Office de la formation professionnelle et de la promotion du travail",
        "training",
        ("Office de la formation professionnelle et de la promotion du travail",),
    ),
    OrganisationRef(
        "ANAPEC",
        "ANAPEC",
        "Agence nationale de promotion de l'emploi et des compétences",
        "public_agency",
        (
            "Agence nationale de promotion de l'emploi et des compétences",
            "Agence nationale de la promotion de l'emploi et des compétences",
            "National Agency for the Promotion of Employment and Skills",
        ),
    ),
    OrganisationRef(
        "SICCAM",
        "SICCAM",
        "Salon international des centres de contacts et d'appels au Maroc",
        "event",
        (
            "Salon international des centres de contacts et d'appels au Maroc",
            "Salon international des centres d'appels au Maroc",
        ),
    ),
    OrganisationRef(
        "ACASIOM",
        "ACASIOM",
        "Association des centres d'appels et des services informatiques offshore du Maroc",
        "association",
        ("Association des centres d'appels et des services informatiques offshore du Maroc",),
    ),
    OrganisationRef(
        "Maghreb centre de contacts", "MCC", None, "other", ("Maghreb centre de contacts", "Maghreb centre de contact")
    ),
    OrganisationRef(
        "CRI",
        "CRI",
        "Centre régional d'investissement",
        "investment_centre",
        (
            "Centre régional d'investissement",
            "Centres régionaux d'investissement",
            "Regional Investment Centre",
            "Regional Investment Center",
        ),
    ),
    *(_cri(region) for region in REGIONS),
    *(_regional_council(region) for region in REGIONS),
    OrganisationRef("MedZ", "MedZ", None, "zone_developer", ("MedZ",)),
    OrganisationRef("MedZ Sourcing", None, None, "zone_developer", ("MedZ Sourcing", "Medz Sourcing")),
    OrganisationRef(
        "Ministère de l'Industrie, du Commerce, de l'Investissement et de l'Economie numérique",
        None,
        None,
        "ministry",
        (
            *(f"{head} de l'{name}" for name in _MINISTRY_NAMES for head in ("Ministère", "ministre")),
            "Ministry of Industry, Trade, Investment and Digital Economy",
            "Ministry of Industry and Trade",
            "Secrétariat d'Etat chargé de l'Investissement",
        ),
    ),
    OrganisationRef(
        "Ministère de la Transition numérique et de la Réforme de l'administration",
        None,
        "Ministry of Digital Transition and Administrative Reform",  # English articles name it so
        "ministry",
        (
            "Ministère de la Transition numérique et de la Réforme de l'administration",
            "ministère délégué chargé de la Transition numérique et de la Réforme de l'administration",
            "ministère délégué chargé de la Transition numérique",
            "ministère de la Transition numérique",
            "ministre de la Transition numérique",
            "ministre déléguée chargée de la Transition numérique",
            "Ministry of Digital Transition and Administrative Reform",
            "Ministry of Digital Transition",
            "Minister Delegate in charge of Digital Transition",
            "Ministry of Digital Economy",
        ),
    ),
    OrganisationRef(
        "Ministère de l'Inclusion économique, de la Petite entreprise, de l'Emploi et des Compétences",
        None,
        "Ministry of Economic Inclusion, Small Business, Employment and Skills",
        "ministry",
        (
            "Ministère de l'Inclusion économique, de la Petite entreprise, de l'Emploi et des Compétences",
            "ministère de l'Inclusion économique",
            "Ministry of Economic Inclusion, Small Business, Employment and Skills",
            "Ministry of Economic Inclusion",
        ),
    ),
    OrganisationRef(
        "HCP",
        "HCP",
        "Haut-Commissariat au Plan",
        "public_agency",
        ("Haut-Commissariat au Plan", "Haut Commissariat au Plan", "High Commission for Planning", "HCP"),
    ),
    OrganisationRef(
        "Office des changes", None, None, "public_agency", ("Office des changes", "Foreign Exchange Office")
    ),
    OrganisationRef("Bank Al-Maghrib", "BAM", None, "public_agency", ("Bank Al-Maghrib", "Bank Al Maghrib")),
    OrganisationRef("CDG", "CDG", "Caisse de dépôt et de gestion", "public_agency", ("Caisse de dépôt et de gestion",)),
    OrganisationRef("CDG Développement", None, None, "zone_developer", ("CDG Développement", "CDG Dev")),
    OrganisationRef(
        "AUSIM",
        "AUSIM",
        "Association des utilisateurs des systèmes d'information au Maroc",
        "association",
        ("Association des utilisateurs des systèmes d'information au Maroc", "AUSIM"),
    ),
    OrganisationRef(
        "FMES",
        "FMES",
        "Fédération marocaine de l'externalisation des services",
        "association",
        ("Fédération marocaine de l'externalisation des services", "FMES"),
    ),
    OrganisationRef("Maroc Numeric Cluster", "MNC", None, "association", ("Maroc Numeric Cluster",)),
    OrganisationRef(
        "APEBI",
        "APEBI",
        "Fédération des technologies de l'information, des télécommunications et de l'offshoring",
        "association",
        (
            "Fédération des technologies de l'information, des télécommunications et de l'offshoring",
            "Association des professionnels des technologies de l'information",
        ),
    ),
    OrganisationRef(
        "AMDIE",
        "AMDIE",
        "Agence marocaine de développement des investissements et des exportations",
        "public_agency",
        (
            "Agence marocaine de développement des investissements et des exportations",
            "AMDI",
            "Agence marocaine de développement des investissements",
            "Moroccan Investment and Export Development Agency",
            "Moroccan Investment Development Agency",
        ),
    ),
    OrganisationRef(
        "Agence de développement de l'Oriental",
        "ADO",
        None,
        "public_agency",
        ("Agence de développement de l'Oriental", "Agence de l'Oriental", "Agence de l'Oriental (ADO)"),
    ),
    OrganisationRef(
        "Agence de développement digital",
        "ADD",
        None,
        "public_agency",
        ("Agence de développement digital",),
    ),
    OrganisationRef(
        "CGEM",
        "CGEM",
        "Confédération générale des entreprises du Maroc",
        "association",
        ("Confédération générale des entreprises du Maroc",),
    ),
    # Operators
    OrganisationRef("Webhelp", None, None, "operator", ("Webhelp", "Web help", "Webhelp Maroc")),
    OrganisationRef("Teleperformance", None, None, "operator", ("Teleperformance", "Téléperformance")),
    OrganisationRef("Intelcia", None, None, "operator", ("Intelcia",)),
    OrganisationRef("Majorel", None, None, "operator", ("Majorel",)),
    OrganisationRef("Sitel", None, None, "operator", ("Sitel",)),
    OrganisationRef("Atento", None, None, "operator", ("Atento",)),
    OrganisationRef("Comdata", None, None, "operator", ("Comdata",)),
    OrganisationRef("Outsourcia", None, None, "operator", ("Outsourcia",)),
    OrganisationRef("Concentrix", None, None, "operator", ("Concentrix",)),
    OrganisationRef("Transcom", None, None, "operator", ("Transcom",)),
    OrganisationRef("Armatis", None, None, "operator", ("Armatis",)),
    OrganisationRef("B2S", None, None, "operator", ("B2S",)),
    OrganisationRef("Sykes", None, None, "operator", ("Sykes",)),
    OrganisationRef("Call Center Value", None, None, "operator", ("Call Center Value",)),
    OrganisationRef("Phone Group", None, None, "operator", ("Phone Group",)),
    OrganisationRef("Acticall", None, None, "operator", ("Acticall",)),
    OrganisationRef("Arvato", None, None, "operator", ("Arvato",)),
    OrganisationRef("Dell", None, None, "operator", ("Dell",)),
    OrganisationRef("Capgemini", None, None, "operator", ("Capgemini",)),
    OrganisationRef("CGI", None, None, "operator", ("CGI",)),
    OrganisationRef("Atos", None, None, "operator", ("Atos",)),
    OrganisationRef("Sopra Banking", None, None, "operator", ("Sopra Banking", "Sopra Steria", "Sopra HR")),
    OrganisationRef("Accenture", None, None, "operator", ("Accenture",)),
    OrganisationRef("TaskUs", None, None, "operator", ("TaskUs",)),
    OrganisationRef("Foundever", None, None, "operator", ("Foundever",)),
    OrganisationRef("Coriolis", None, None, "operator", ("Coriolis", "Coriolis Service")),
    OrganisationRef("Bouygues Telecom", None, None, "operator", ("Bouygues Telecom",)),
    OrganisationRef("Altice", None, None, "other", ("Altice",)),
    OrganisationRef("Sitel Group", None, None, "operator", ("Sitel Group",)),
    OrganisationRef("Alten", None, None, "operator", ("Alten",)),
    OrganisationRef("Sqli", None, None, "operator", ("SQLI",)),
    OrganisationRef("Tech Mahindra", None, None, "operator", ("Tech Mahindra",)),
    OrganisationRef("IBM", None, None, "operator", ("IBM",)),
    OrganisationRef("Free", None, None, "operator", ()),  # too ambiguous as a word to be matched from text
    OrganisationRef("Phone Assistance", None, None, "operator", ("Phone Assistance",)),
    OrganisationRef("Teletech", None, None, "operator", ("Teletech", "TeleTech", "TTEC")),
    OrganisationRef("Stream", None, None, "operator", ()),  # a common English word
    OrganisationRef("Konecta", None, None, "operator", ("Konecta",)),
    OrganisationRef("Emerging Markets Communications", None, None, "operator", ()),
    OrganisationRef("Total Call", None, None, "operator", ("Total Call",)),
    OrganisationRef("Anotel", None, None, "operator", ("Anotel",)),
    OrganisationRef("Saham", None, None, "other", ("Saham", "Saham Group", "groupe Saham")),
    OrganisationRef("Logica", None, None, "operator", ("Logica",)),
    OrganisationRef("Deloitte", None, None, "other", ("Deloitte",)),
    OrganisationRef("HP", None, "Hewlett-Packard", "other", ("Hewlett-Packard", "HP")),
    OrganisationRef("NTT Data", None, None, "operator", ("NTT Data", "NTT DATA")),
    # Telecom operators, the call centres' clients
    OrganisationRef("Maroc Telecom", "IAM", "Itissalat Al-Maghrib", "other", ("Maroc Telecom", "Itissalat Al-Maghrib")),
    OrganisationRef("Orange", None, None, "other", ("Orange Maroc", "Orange Morocco", "Méditel", "Meditel")),
    OrganisationRef("Inwi", None, None, "other", ("Inwi", "inwi", "Wana")),
    OrganisationRef("SFR", None, None, "other", ("SFR",)),
    OrganisationRef("Telefonica", None, None, "other", ("Telefonica", "Telefónica", "Téléfonica")),
    OrganisationRef("Cegetel", None, None, "other", ("Cegetel", "Cégétel")),
    # Unions
    OrganisationRef("UMT", "UMT", "Union marocaine du travail", "association", ("Union marocaine du travail",)),
    OrganisationRef(
        "CDT", "CDT", "Confédération démocratique du travail", "association", ("Confédération démocratique du travail",)
    ),
    OrganisationRef("UGTM", "UGTM", "Union générale des travailleurs du Maroc", "association", ("UGTM",)),
    # Public bodies the sector's news quote
    OrganisationRef(
        "CNDP",
        "CNDP",
        "Commission nationale de contrôle de la protection des données à caractère personnel",
        "public_agency",
        ("CNDP",),
    ),
    OrganisationRef(
        "TMSA", "TMSA", "Tanger Med Special Agency", "public_agency", ("Tanger Med Special Agency", "TMSA")
    ),
    OrganisationRef("Banque mondiale", None, "World Bank", "other", ("Banque mondiale", "World Bank")),
    OrganisationRef("FMI", "FMI", "Fonds monétaire international", "other", ("Fonds monétaire international", "IMF")),
    OrganisationRef("OCP", "OCP", "Office chérifien des phosphates", "other", ("Office chérifien des phosphates",)),
    OrganisationRef("Royal Air Maroc", "RAM", None, "other", ("Royal Air Maroc",)),
    OrganisationRef("Renault", None, None, "other", ("Renault", "Renault Tanger", "Groupe Renault")),
    # Media
    OrganisationRef("MAP", "MAP", "Maghreb Arabe Presse", "media", ("Maghreb Arabe Presse", "MAP")),
    OrganisationRef(
        "Les ECO",
        None,
        "Les Echos quotidien",
        "media",
        ("Les ECO", "LesEco", "LesEco.ma", "Les Echos quotidien", "Les Échos quotidien"),
    ),
    OrganisationRef("Libération", None, None, "media", ("Libération", "Libé")),
    OrganisationRef("L'Economiste", None, None, "media", ("L'Economiste", "L'Économiste", "Leconomiste")),
    OrganisationRef("Médias24", None, None, "media", ("Médias24", "Medias24", "Médias 24")),
    OrganisationRef("Le Matin", None, None, "media", ("Le Matin du Sahara",)),
    OrganisationRef("TelQuel", None, None, "media", ("TelQuel", "Tel Quel")),
    OrganisationRef("Morocco World News", "MWN", None, "media", ("Morocco World News",)),
    OrganisationRef("La Vie éco", None, None, "media", ("La Vie éco", "La Vie Eco", "lavieeco")),
    OrganisationRef("Le360", None, None, "media", ("Le360",)),
    OrganisationRef("Hespress", None, None, "media", ("Hespress",)),
    OrganisationRef("Aujourd'hui le Maroc", None, None, "media", ("Aujourd'hui le Maroc",)),
    OrganisationRef("L'Opinion", None, None, "media", ()),
    OrganisationRef("Finances News", None, None, "media", ("Finances News", "Finances News Hebdo")),
    OrganisationRef("Challenge", None, None, "media", ()),
    OrganisationRef("Reuters", None, None, "media", ("Reuters",)),
    OrganisationRef("AFP", "AFP", "Agence France-Presse", "media", ("Agence France-Presse", "AFP")),
    OrganisationRef("H24info", None, None, "media", ("H24info",)),
    OrganisationRef("Jeune Afrique", None, None, "media", ("Jeune Afrique",)),
    OrganisationRef("Le Desk", None, None, "media", ("Le Desk", "LeDesk")),
    OrganisationRef("Yabiladi", None, None, "media", ("Yabiladi",)),
    OrganisationRef("Bladi", None, None, "media", ("Bladi.net", "Bladi")),
    OrganisationRef("Maghress", None, None, "media", ("Maghress",)),
    OrganisationRef("Al Bayane", None, None, "media", ("Al Bayane",)),
    OrganisationRef("Le Reporter", None, None, "media", ("Le Reporter",)),
    OrganisationRef("Maroc Diplomatique", None, None, "media", ("Maroc Diplomatique",)),
    OrganisationRef("Infomédiaire", None, None, "media", ("Infomédiaire", "Infomediaire")),
    OrganisationRef("Lesiteinfo", None, None, "media", ("Lesiteinfo", "Le Site Info")),
    OrganisationRef("Barlamane", None, None, "media", ("Barlamane",)),
    OrganisationRef("Le Brief", None, None, "media", ("LeBrief", "Le Brief")),
    OrganisationRef("North Africa Post", None, None, "media", ("North Africa Post", "The North Africa Post")),
    OrganisationRef("Hespress English", None, None, "media", ("Hespress English",)),
    OrganisationRef("MAP Express", None, None, "media", ("MAP Express", "MAPExpress")),
    OrganisationRef("Agence Ecofin", None, None, "media", ("Agence Ecofin",)),
    OrganisationRef("Bloomberg", None, None, "media", ("Bloomberg",)),
    OrganisationRef("Financial Times", None, None, "media", ("Financial Times",)),
    OrganisationRef("Les Echos", None, None, "media", ("Les Echos",)),
    OrganisationRef("Le Monde", None, None, "media", ("Le Monde",)),
    OrganisationRef("Le Figaro", None, None, "media", ("Le Figaro",)),
    OrganisationRef("Oxford Business Group", "OBG", None, "media", ("Oxford Business Group",)),
    OrganisationRef("Relation Client Magazine", None, None, "media", ("Relation Client Magazine", "Relationclientmag")),
    OrganisationRef("Challenge.ma", None, None, "media", ("Challenge.ma",)),
    OrganisationRef("L'Observateur du Maroc", None, None, "media", ("L'Observateur du Maroc",)),
    OrganisationRef("Télé-Loisirs", None, None, "media", ()),  # a footer widget: listed so it is never discovered
    OrganisationRef("Morocco Latest News", None, None, "media", ("Morocco Latest News",)),
    OrganisationRef("Atlasinfo", None, None, "media", ("Atlasinfo",)),
    OrganisationRef("Maroc Hebdo", None, None, "media", ("Maroc Hebdo",)),
    OrganisationRef("Associated Press", "AP", None, "media", ("Associated Press",)),
    OrganisationRef("EFE", None, None, "media", ("EFE",)),
    OrganisationRef("Xinhua", None, None, "media", ("Xinhua",)),
)

# Where an outlet publishes: a page's address names its outlet ("www.le360.ma/economie/..." is Le360's). Aggregators
# (Maghress) name the outlet they republish in their path: "maghress.com/fr/lesechos/235".
OUTLET_DOMAINS: tuple[tuple[str, str], ...] = (
    ("le360.ma", "Le360"),
    ("moroccoworldnews.com", "Morocco World News"),
    ("hespress.com", "Hespress"),
    ("en.hespress.com", "Hespress English"),
    ("fr.hespress.com", "Hespress"),
    ("medias24.com", "Médias24"),
    ("leseco.ma", "Les ECO"),
    ("lavieeco.com", "La Vie éco"),
    ("leconomiste.com", "L'Economiste"),
    ("lematin.ma", "Le Matin"),
    ("telquel.ma", "TelQuel"),
    ("h24info.ma", "H24info"),
    ("yabiladi.com", "Yabiladi"),
    ("bladi.net", "Bladi"),
    ("reuters.com", "Reuters"),
    ("bloomberg.com", "Bloomberg"),
    ("jeuneafrique.com", "Jeune Afrique"),
    ("northafricapost.com", "North Africa Post"),
    ("aujourdhui.ma", "Aujourd'hui le Maroc"),
    ("libe.ma", "Libération"),
    ("lopinion.ma", "L'Opinion"),
    ("fnh.ma", "Finances News"),
    ("financenews.press.ma", "Finances News"),
    ("challenge.ma", "Challenge"),
    ("ledesk.ma", "Le Desk"),
    ("mapexpress.ma", "MAP Express"),
    ("map.ma", "MAP"),
    ("maroc-diplomatique.net", "Maroc Diplomatique"),
    ("lesiteinfo.com", "Lesiteinfo"),
    ("infomediaire.net", "Infomédiaire"),
    ("albayane.press.ma", "Al Bayane"),
    ("lereporter.ma", "Le Reporter"),
    ("barlamane.com", "Barlamane"),
    ("agenceecofin.com", "Agence Ecofin"),
    ("ft.com", "Financial Times"),
    ("lesechos.fr", "Les Echos"),
    ("lemonde.fr", "Le Monde"),
    ("lefigaro.fr", "Le Figaro"),
    ("oxfordbusinessgroup.com", "Oxford Business Group"),
    ("relationclientmag.fr", "Relation Client Magazine"),
    ("atlasinfo.fr", "Atlasinfo"),
    ("moroccolatestnews.com", "Morocco Latest News"),
    ("maroc-hebdo.press.ma", "Maroc Hebdo"),
    ("lobservateur.info", "L'Observateur du Maroc"),
)
# Maghress' path segment for each outlet it republishes.
AGGREGATED_OUTLETS: tuple[tuple[str, str], ...] = (
    ("lesechos", "Les ECO"),
    ("aujourdhui", "Aujourd'hui le Maroc"),
    ("lavieeco", "La Vie éco"),
    ("albayane", "Al Bayane"),
    ("financesnews", "Finances News"),
    ("libe", "Libération"),
    ("lopinion", "L'Opinion"),
    ("almassae", "Al Massae"),
    ("yabiladi", "Yabiladi"),
    ("agadirnet", "Agadirnet"),
    ("marocpress", "Maroc Press"),
)
# Words that make a short line at the head of a page a masthead, when the outlet is in no list: "Le Journal de
# Tanger", "Maroc Hebdo", "Agadir24".
MASTHEAD_WORDS: tuple[str, ...] = (
    "journal",
    "hebdo",
    "quotidien",
    "presse",
    "press",
    "post",
    "news",
    "times",
    "tribune",
    "gazette",
    "magazine",
    "mag",
    "express",
    "info",
    "infos",
    "actu",
    "media",
    "medias",
    "24",
    "360",
    "daily",
    "weekly",
    "courrier",
    "observateur",
    "reporter",
    "matin",
    "soir",
    "echo",
    "echos",
    "libération",
)

# Every media outlet's names, to tell an outlet from an organisation of the sector.
MEDIA_NAMES: tuple[str, ...] = tuple(
    name for ref in ORGANISATIONS if ref.kind == "media" for name in (ref.name, *ref.aliases)
)


def region_name(slug: str) -> str:
    """The canonical name of a region slug."""
    return _REGION_NAME[slug]
