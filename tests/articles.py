"""Short news items the ingestion tests feed to the real extraction engine.

Each is written like the articles of the corpus (a title line, then a dateline and a few sentences),
and each comment says what `manage.py extract` finds in it: the tests assert on those facts.
"""

# Title "Les centres d'appels recrutent à Agadir"; published 2011-01-18 (the dateline); French, relevant.
# Organisations MAP, AMRC (named in full), Webhelp; places Agadir, Souss-Massa (and the country).
# Four metrics, one per sentence:
#   employment 45000 persons, exact, 2011, national;
#   revenue 4500000000 MAD, national;
#   employment 300 persons, less_than, Agadir / Souss-Massa;
#   positions 1200 seats, more_than, Agadir / Souss-Massa, about Webhelp.
AGADIR = """Les centres d'appels recrutent à Agadir
Agadir, le 18 janvier 2011 (MAP) - Le secteur emploie 45.000 personnes au Maroc en 2011. \
Il réalise un chiffre d'affaires de 4,5 milliards de dirhams à l'export, \
selon l'Association marocaine de la relation client (AMRC).
Dans la région du Souss-Massa, l'offshoring emploie moins de 300 personnes à Agadir. \
L'opérateur Webhelp y dispose de plus de 1.200 positions.
"""

# Two national figures of different confidence: employment 45000 persons (2011) and revenue 4500000000 MAD.
SECTOR_FIGURES = """Offshoring : le secteur en chiffres
Le secteur emploie 45.000 personnes au Maroc en 2011. Il réalise un chiffre d'affaires de 4,5 milliards de dirhams \
à l'export.
"""


def agadir_hiring(n: int) -> str:
    """A different article for each n: one metric, employment n*100 persons in Souss-Massa."""
    return f"""Les centres d'appels d'Agadir recrutent
Agadir - Les centres d'appels de la ville emploient {n}00 téléconseillers, selon le CRI Souss-Massa.
"""


# The same operator written three ways, in three outlets: all are the reference organisation Webhelp.
WEB_HELP_RABAT = """Web help recrute 500 téléconseillers à Rabat
Rabat - Le centre d'appels Web help annonce le recrutement de 500 téléconseillers francophones d'ici la fin \
de l'année.
"""
WEBHELP_FES = """Webhelp ouvre un nouveau site à Fès
Fès - L'opérateur de centres d'appels Webhelp a inauguré un site de 400 positions dans la capitale spirituelle.
"""
WEBHELP_MAROC_KENITRA = """Call centres: 800 jobs for Kenitra
Rabat - WEBHELP Maroc, the Moroccan arm of the French call centre operator, will open a new site in Kenitra \
and hire 800 people by the end of 2014.
"""

# An operator outside the reference list, spelled two ways: "Atlas Contact Center", "ATLAS Contact-Center".
ATLAS_OUJDA = """Atlas Contact Center s'installe à Oujda
Oujda - Le centre d'appels Atlas Contact Center a ouvert un plateau de 150 positions à Oujda.
"""
ATLAS_MEKNES = """Un nouveau centre d'appels à Meknès
Meknès - Le centre d'appels ATLAS Contact-Center emploie 200 téléconseillers à Meknès.
"""

# The AMRC by its full name, and the ANAPEC by its acronym.
AMRC_ANAPEC = """L'ANAPEC et les centres d'appels signent une convention
Rabat - L'Association marocaine de la relation client et l'ANAPEC ont signé une convention pour former \
2.000 jeunes diplômés aux métiers des centres d'appels.
"""

# The 16th SICCAM in Oujda, reported by two outlets: the MAP names it in full and gives no date,
# the other one names it "SICCAM" and dates it 2019-11-15.
SICCAM_MAP = """Oujda accueille le SICCAM
Oujda - La 16ème édition du Salon international des centres de contacts et d'appels au Maroc (SICCAM) a ouvert \
ses portes mercredi à Oujda, a indiqué la MAP. Les organisateurs attendent 5.000 visiteurs.
"""
SICCAM_OTHER_OUTLET = """Centres d'appels : le SICCAM fait escale dans l'Oriental
Le 16e SICCAM s'est ouvert le 15 novembre 2019 à Oujda. Près de 60 exposants, dont des centres d'appels venus \
de Casablanca et de Rabat, participent au salon.
"""

# Two stops of the "Régionales de la relation clients" roadshow: Tanger on 2009-01-09, Marrakech on 2009-01-23.
REGIONALES = """Centres d'appels : tournée dans les régions
Publié le 05 janvier 2009
Les Régionales de la relation clients s'ouvrent le 9 janvier à Tanger, avec les centres d'appels de la région. \
Prochaine étape : Marrakech, le 23 janvier.
"""

# Old region names: Agadir in the "Souss-Massa-Drâa" (now Souss-Massa), the "Grand Casablanca"
# (now Casablanca-Settat), and the country.
OLD_REGIONS = """Des anciennes régions aux nouvelles
Les centres d'appels d'Agadir, dans l'ancienne région du Souss-Massa-Drâa, comptent désormais autant \
de téléconseillers que ceux du Grand Casablanca, selon les opérateurs du Maroc.
"""

# investment 55000000 MAD in Oujda (Oriental), about the Conseil de la région de l'Oriental (a regional council).
ORIENTAL_COUNCIL = """Offshoring : Oujda attire les centres d'appels
Oujda - Le Conseil de la région de l'Oriental a investi 55 millions de dirhams à Oujda pour y attirer \
les centres d'appels.
"""

# Stored raw bytes the engine cannot read (a PNG image): `extract` returns a result with `error`.
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00" + bytes(range(256))
BINARY_ERROR = "the input looks binary, not text"
