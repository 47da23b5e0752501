"""Body and noise: spans over the text, never a rewritten text."""

from offshoring.extraction.cleaning import (
    LINE_MAX,
    SENTENCE_MAX,
    WORD_MAX,
    body_spans,
    long_lines_broken,
    long_words_cut,
    segments,
    sentences,
)


def kinds(text: str) -> dict[str, str]:
    return {text[s.start : s.end]: s.kind for s in segments(text)}


def body(text: str) -> str:
    return "\n".join(text[s:e] for s, e in body_spans(text))


PARAGRAPH = (
    "Les centres d'appels génèrent 4,5 milliards de dirhams de revenus annuels à l'export et emploient "
    "actuellement 45.000 personnes, selon l'AMRC."
)


def test_wall_of_headlines_glued_by_no_break_spaces_is_noise(seed_text):
    # seed 002 opens with dozens of headlines separated by runs of U+00A0.
    text = seed_text("002")
    first_line = text.split("\n", 1)[0]
    assert "Marsa Maroc" in first_line
    assert "Marsa Maroc" not in body(text)
    assert "moins de 300 personnes" in body(text)


def test_headlines_after_lone_dashes_are_noise(seed_text):
    # seed 000: "-\nManagem finalise la cession ...\n-\n... 785 MMDH à fin septembre 2024\nCe partenariat ..."
    text = seed_text("000")
    assert "785 MMDH" not in body(text) and "Managem" not in body(text)
    assert body(text).startswith("Ce partenariat")


def test_page_chrome_footer_and_menus_are_noise(seed_text):
    text = seed_text("003")
    cleaned = body(text)
    for chrome in (
        "Augmenter la taille du texte",
        "Partager",
        "Lu 1085 fois",
        "Votre avis nous intéresse",
        "Actualité | Monde",
        "Votre programme TV avec Télé-Loisirs",
        "www.my-meteo.fr",
    ):
        assert chrome not in cleaned
    assert "250 postes par semaine" in cleaned


def test_source_link_and_arabic_comment_footer_are_noise(seed_text):
    assert "Cliquez ici" not in body(seed_text("002"))
    assert "تعليقات" not in body(seed_text("004"))


def test_byline_date_and_agency_lines_are_meta(seed_text):
    assert kinds(seed_text("003"))["Mercredi 21 Janvier 2009"] == "meta"
    assert kinds(seed_text("002"))["Publié dans Les ECO le 18 - 01 - 2011"] == "meta"
    assert kinds(seed_text("004"))["(MAP)"] == "meta"


def test_my_own_outlet_style_link_list_is_noise():
    text = (
        "Lire aussi\nLe Maroc qualifié pour la CAN\nBourse de Casablanca : le Masi gagne 2%\n"
        "Météo : pluies attendues samedi\nMarsa Maroc : un CA record\nInflation : 3,1% en janvier\n"
        "Tourisme : 14 millions de visiteurs en 2023\n\n" + PARAGRAPH + "\n\nTags : offshoring, AMRC\n1 234 vues"
    )
    cleaned = body(text)
    assert "Masi" not in cleaned and "14 millions de visiteurs" not in cleaned and "1 234 vues" not in cleaned
    assert PARAGRAPH in cleaned


def test_spans_index_the_text_as_given():
    text = "  Titre de l'article  \n\u00a0\n" + PARAGRAPH + "\n"
    for start, end in body_spans(text):
        assert text[start:end].strip() == text[start:end]
    assert any(text[s:e] == PARAGRAPH for s, e in body_spans(text))


def test_sentences_split_on_stops_but_not_on_thousands_or_titles():
    text = "M. El Firdaous a parlé. Le secteur emploie 45.000 personnes. Il recrute."
    spans = sentences(text, [(0, len(text))])
    assert [text[s:e] for s, e in spans] == [
        "M. El Firdaous a parlé.",
        "Le secteur emploie 45.000 personnes.",
        "Il recrute.",
    ]


def test_headlines_under_a_related_header_are_noise_up_to_a_blank_line():
    # Médias24-style "Lire aussi" block: its figures belong to other articles.
    text = (
        f"{PARAGRAPH}\n\nLire aussi\nIntelcia inaugure un nouveau site de 600 positions à Casablanca\n"
        "Majorel : 2.000 recrutements prévus à Agadir en 2022\nPartager\n\nLe secteur recrute toujours."
    )
    found = kinds(text)
    assert found["Intelcia inaugure un nouveau site de 600 positions à Casablanca"] == "noise"
    assert found["Majorel : 2.000 recrutements prévus à Agadir en 2022"] == "noise"
    assert found["Le secteur recrute toujours."] == "body"


def test_date_lines_survive_headline_runs_and_protect_the_title_above_them():
    # TelQuel-style page top: headlines, section, title, byline, date, then short news paragraphs.
    text = (
        "Covid-19 : 452 nouveaux cas et 8 décès en 24 heures\n"
        "Vaccination : plus de 4 millions de Marocains ont reçu une première dose\n"
        "Économie\n"
        "Majorel ouvre un troisième site à Agadir et vise 1.000 emplois\n"
        "Par Yassine Majdi\n"
        "Le 18 mars 2021 à 16h05\n\n"
        "Le groupe de relation client Majorel a inauguré mercredi son nouveau site d'Agadir, le troisième dans la "
        "capitale du Souss.\n"
        "L'investissement est estimé à 60 millions de dirhams.\n"
    )
    found = kinds(text)
    assert found["Covid-19 : 452 nouveaux cas et 8 décès en 24 heures"] == "noise"
    assert found["Majorel ouvre un troisième site à Agadir et vise 1.000 emplois"] == "title"
    assert found["Le 18 mars 2021 à 16h05"] == "meta"
    assert found["L'investissement est estimé à 60 millions de dirhams."] == "body"


def test_short_news_paragraphs_are_not_titles():
    text = (
        "Offshoring : 270.000 emplois visés d'ici 2030\n"
        "Le gouvernement a présenté lundi à Rabat la nouvelle offre Maroc de l'offshoring, un secteur qui compte "
        "148.500 emplois.\n"
        "Ses exportations de services ont atteint 26,22 milliards de dirhams la même année.\n"
    )
    found = kinds(text)
    assert found["Offshoring : 270.000 emplois visés d'ici 2030"] == "title"
    assert found["Ses exportations de services ont atteint 26,22 milliards de dirhams la même année."] == "body"


def test_a_list_of_key_figures_under_its_intro_is_body_not_headlines():
    text = (
        "Offshoring : les chiffres clés du secteur en 2017\n"
        "L'Association marocaine de la relation client (AMRC) a présenté mardi à Casablanca le bilan annuel du "
        "secteur. Les chiffres clés à fin 2017 :\n"
        "• 120.000 emplois directs, dont 60 % à Casablanca\n"
        "• 14 MMDH de chiffre d'affaires à l'export\n"
        "• 1.200 entreprises, dont 250 centres de relation client\n"
        "• +12 % de croissance annuelle de l'emploi\n"
        "• 45.000 positions de travail\n"
    )
    found = kinds(text)
    assert found["• 120.000 emplois directs, dont 60 % à Casablanca"] == "body"
    assert found["• 45.000 positions de travail"] == "body"


def test_a_list_of_headlines_stays_noise():
    text = (
        PARAGRAPH + "\nImmobilier : les prix reculent au quatrième trimestre\nBac 2019 : les candidats attendus\n"
        "Renault Tanger a produit des véhicules\nLe MASI gagne en une semaine\nVaccination : des doses livrées\n"
    )
    assert kinds(text)["Bac 2019 : les candidats attendus"] == "noise"


def test_a_paragraph_hard_wrapped_by_a_pdf_is_one_span():
    text = (
        "Le chiffre d'affaires à l'export a atteint 8,7 milliards de\n"
        "dirhams en 2015, en progression de 9 % par rapport à l'année pré-\n"
        "cédente. Les centres de relation client représentent à eux seuls\n"
        "près de 70 % des effectifs.\n"
    )
    (span,) = body_spans(text)
    assert span == (0, len(text) - 1)
    assert len(sentences(text, [span])) == 2


def test_a_menu_line_is_not_joined_to_the_byline_under_it():
    text = "Accueil  Politique  Économie  Société  Régions  Sport  Culture  Médias\nmardi 9 octobre 2018 - 14:32\n"
    assert len(segments(text)) == 2


def test_a_sentence_never_runs_past_its_cap():
    # A page with no full stops: 40 000 characters of "item, item, item" make pieces, each ending at a comma.
    text = "Centres d'appels, offshoring, relation client, " * 850
    found = sentences(text, [(0, len(text))])
    assert len(found) > 1 and all(e - s <= SENTENCE_MAX for s, e in found)
    assert all(text[s:e].endswith(",") for s, e in found[:-1])
    assert found[0][0] == 0 and found[-1][1] == len(text.rstrip())


def test_a_sentence_without_spaces_is_hard_cut():
    text = "x" * (3 * SENTENCE_MAX)
    pieces = [(0, SENTENCE_MAX), (SENTENCE_MAX, 2 * SENTENCE_MAX), (2 * SENTENCE_MAX, 3 * SENTENCE_MAX)]
    assert sentences(text, [(0, len(text))]) == pieces


def test_ordinary_sentences_are_not_cut(seed_text):
    text = seed_text("004")
    found = sentences(text, body_spans(text))
    assert all(e - s < SENTENCE_MAX // 2 for s, e in found)
    assert all(text[e - 1] in ".»)" or text[e : e + 1] in ("\n", "") for s, e in found)


def test_a_word_of_a_million_characters_is_cut_and_counted():
    text = "Intelcia emploie 3 000 personnes. " + "A" * 1_000_000 + " Fin."
    cut, count = long_words_cut(text)
    assert count == 1
    assert cut == "Intelcia emploie 3 000 personnes. " + "A" * WORD_MAX + "… Fin."


def test_words_and_addresses_of_ordinary_length_are_kept():
    text = "Source : https://www.example.ma/economie/2019/04/12/" + "slug-" * 60 + " publié"
    assert long_words_cut(text) == (text, 0)


def test_a_line_of_megabytes_becomes_paragraphs_of_the_same_length():
    line = "Le secteur emploie 120 000 personnes au Maroc. Il vise 2030. " * 400  # 24 000 characters, one line
    text = "Titre\n" + line + "\nFin"
    broken, count = long_lines_broken(text)
    assert count == 1 and len(broken) == len(text)
    paragraphs = broken.split("\n")
    assert paragraphs[0] == "Titre" and paragraphs[-1] == "Fin" and len(paragraphs) > 4
    assert all(len(p) <= LINE_MAX for p in paragraphs)
    assert all(p.endswith(".") for p in paragraphs[1:-2])  # cut at sentence ends: a space became a line break
    assert broken.replace("\n", " ") == text.replace("\n", " ")


def test_ordinary_lines_are_not_broken(seed_text):
    text = seed_text("002")
    assert long_lines_broken(text) == (text, 0)
