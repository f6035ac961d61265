"""Commitment frames read from grammar: the level of commitment, who commits, and what compare makes of them.

The sentences here are the project's own, written in the manner of real agreements; the held-out sets
(tests/data/real_phrasing, corpus/challenge/test) are scored by `afspraken evaluate frames`, not tuned on here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.changes import compare_texts
from pipeline.evaluate.frames import evaluate_frames
from pipeline.frames import doc_to_actors, names_to_roles, text_to_frame, text_to_reading
from pipeline.nlp import parse

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("text", "level"), [
    ("De corporatie levert in 2025 aan de Molenweg 24 sociale huurwoningen op.", "firm"),
    ("In 2026 bouwt Woonstichting Kern ten minste 30 appartementen voor senioren.", "firm"),
    ("De gemeente zal de grondprijs voor sociale huur niet verhogen.", "firm"),
    ("In het plan De Akkers worden 40 huurwoningen gerealiseerd.", "firm"),
    ("Partijen spreken af dat de corporatie jaarlijks 12 woningen beschikbaar stelt voor uitstroom.", "firm"),
    ("De corporatie zet in iedere wijk een wijkbeheerder in.", "firm"),
    ("De gemeente stelt in 2025 voor de herinrichting van het plein een bedrag van € 40.000 beschikbaar.", "firm"),
    ("Jaarlijks 30 woningen verduurzamen.", "firm"),
    ("De corporatie streeft ernaar de huurachterstanden te beperken.", "intent"),
    ("Er wordt gestreefd naar 100 nieuwe woningen in 2026.", "intent"),
    ("Woonstichting Kern zet zich in voor meer doorstroming van senioren.", "intent"),
    ("De huurdersvereniging heeft de ambitie om meer jonge leden te werven.", "intent"),
    ("De gemeente onderzoekt of de schoollocatie geschikt is voor tijdelijke woningen.", "explore"),
    ("Partijen spreken af dat de corporatie onderzoekt of de flat kan worden verduurzaamd.", "explore"),
    ("Wij verkennen de mogelijkheden voor een woonzorgcombinatie.", "explore"),
    ("De gemeente gaat in gesprek met de corporatie over de huisvesting van statushouders.", "discuss"),
    ("Partijen maken in 2025 afspraken over de verdeling van de kosten van woningaanpassingen.", "discuss"),
    ("De bouw van 40 woningen in Kerkeveld.", None),
])
def test_levels_are_read_from_grammar(text, level):
    assert text_to_reading(text).level == level


def test_a_purpose_clause_does_not_govern_the_commitment():
    reading = text_to_reading("Om de doorstroming van senioren naar een passende, gelijkvloerse woning te bevorderen, "
                              "start de corporatie in 2025 een verhuiscoach.")
    assert reading.level == "firm"


def test_a_permissive_modal_in_a_result_clause_does_not_govern():
    reading = text_to_reading("De corporatie stelt de ontmoetingsruimte beschikbaar, zodat bewoners er kunnen "
                              "samenkomen.")
    assert reading.level == "firm"


def test_a_report_of_what_was_done_is_past():
    reading = text_to_reading("In 2023 zijn 48 woningen opgeleverd.")
    assert reading.past


def test_present_plural_is_not_read_as_past():
    # the tagger can take a plural present for a past form; spelled as the infinitive, it is present
    assert not text_to_reading("Partijen verkennen in 2025 de mogelijkheden voor een warmtenet.").past


def test_actors_come_from_every_main_clause_and_from_short_names():
    names = names_to_roles(["Gemeente Aarveld"], ["Woonstichting Hof en Veld"], ["Huurdersvereniging De Spil"])
    doc = parse("Hof en Veld stelt de ontmoetingsruimte kosteloos beschikbaar; de gemeente ondersteunt de "
                "activiteiten via de welzijnsorganisatie.")
    assert set(doc_to_actors(doc, names)) == {"corporatie", "gemeente"}


def test_in_a_bod_wij_is_the_corporatie():
    assert doc_to_actors(parse("Wij plaatsen in 2025 zonnepanelen op 150 woningen."), {}, register="bod") == (
        "corporatie",)


def test_frame_carries_relative_time():
    frame = text_to_frame("De corporatie levert in 2025 de laatste 20 woningen op.", year=2024)
    assert frame.deadline is not None and frame.relative_year == 1
    assert frame.to_dict()["modality"] == "firm"


# ------------------------------------------------------------------------------ compare on frames: fixed bugs

def test_issue_20_a_yearly_date_that_moves_with_the_document_is_no_slip():
    old = "De corporatie beperkt de huurverhoging per 1 juli 2024 tot de inflatie, uit de vastgestelde ruimte."
    new = "De corporatie beperkt de huurverhoging per 1 juli 2025 tot de inflatie, uit de vastgestelde ruimte."
    assert [r.kind for r in compare_texts(old, new, old_year=2024, new_year=2025)] == []


def test_issue_20_a_taakstelling_for_the_year_rolls_forward():
    old = "Voor 2024 bedraagt de taakstelling voor vergunninghouders 92 personen; de corporatie huisvest hen."
    new = "Voor 2025 bedraagt de taakstelling voor vergunninghouders 104 personen; de corporatie huisvest hen."
    assert compare_texts(old, new, old_year=2024, new_year=2025) == []


def test_issue_20_a_firm_commitment_that_becomes_an_exploration_is_weakened():
    reasons = compare_texts("De corporatie plaatst in 2025 zonnepanelen op 200 woningen.",
                            "De corporatie onderzoekt of in 2025 zonnepanelen op 200 woningen kunnen worden geplaatst.",
                            old_year=2025, new_year=2025)
    assert [(r.kind, r.direction) for r in reasons] == [("modality", -1)]


def test_issue_20_an_exploration_that_becomes_a_firm_passive_is_strengthened():
    reasons = compare_texts("Partijen verkennen of aan de Dijkweg tijdelijke woningen kunnen komen.",
                            "Aan de Dijkweg worden door de corporatie 24 tijdelijke woningen geplaatst.",
                            old_year=2024, new_year=2025)
    assert ("modality", 1) in [(r.kind, r.direction) for r in reasons]


def test_issue_20_working_by_arrangements_made_is_firmer_than_planning_to_make_them():
    reasons = compare_texts("Partijen maken in 2024 afspraken over de inzet van de vrije toewijzingsruimte.",
                            "Partijen werken volgens de gemaakte afspraken over de inzet van de vrije "
                            "toewijzingsruimte.", old_year=2024, new_year=2025)
    assert [(r.kind, r.direction) for r in reasons] == [("modality", 1)]


def test_issue_20_a_shorter_response_time_is_a_stronger_quantity():
    reasons = compare_texts("De corporatie handelt reparatieverzoeken binnen tien werkdagen af.",
                            "De corporatie handelt reparatieverzoeken binnen vijf werkdagen af.",
                            old_year=2024, new_year=2025)
    assert [(r.kind, r.direction) for r in reasons] == [("quantity", 1)]


def test_bid_wij_willen_against_a_firm_agreement_is_no_change_of_strength():
    reasons = compare_texts("Wij willen in 2025 200 woningen isoleren.",
                            "De corporatie isoleert in 2025 200 woningen.", old_year=2025, new_year=2025)
    assert reasons == []


# ------------------------------------------------------------------------------ in-sample regression figures

def _dev_frames():
    for path in sorted((ROOT / "corpus" / "challenge" / "dev" / "gold").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for a in data["afspraken"]:
            if a.get("frame"):
                yield a["text"], a["frame"]["modality"]


@pytest.mark.slow
def test_modality_agrees_with_the_dev_split_gold():
    pairs = list(_dev_frames())
    agree = sum(text_to_reading(text).level == gold for text, gold in pairs)
    assert len(pairs) > 400
    assert agree / len(pairs) >= 0.95


def test_issue_20_a_target_date_that_moves_a_year_is_a_slip():
    reasons = compare_texts("De corporatie heeft uiterlijk eind 2025 geen woningen meer met label E, F of G.",
                            "De corporatie heeft uiterlijk eind 2026 geen woningen meer met label E, F of G.",
                            old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in reasons] == [("deadline", -1)]


def test_issue_20_a_cap_that_becomes_none_is_stronger():
    reasons = compare_texts("Partijen streven ernaar het aantal huisuitzettingen in 2025 te beperken tot maximaal 3.",
                            "Partijen streven ernaar dat in 2026 geen huisuitzettingen plaatsvinden.",
                            old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in reasons] == [("quantity", 1)]


def test_issue_20_a_rent_increase_further_under_inflation_is_stronger():
    reasons = compare_texts("De corporatie houdt de huurverhoging per 1 juli 2024 maximaal gelijk aan de inflatie.",
                            "De corporatie houdt de huurverhoging per 1 juli 2025 ten minste 0,5% onder de inflatie.",
                            old_year=2024, new_year=2025)
    assert [(r.kind, r.direction) for r in reasons] == [("quantity", 1)]


def test_issue_20_a_legal_maximum_beside_a_budget_is_no_reference_for_the_budget():
    reasons = compare_texts("De corporatie besteedt in 2025 ten minste € 95 per woning aan leefbaarheid, binnen het "
                            "wettelijk maximum van € 146,33.", "De corporatie besteedt in 2026 ten minste € 110 per "
                            "woning aan leefbaarheid, binnen het wettelijk maximum van € 150,90.",
                            old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in reasons] == [("quantity", 1)]


# ------------------------------------------------------------------------------ actors and figures, session 10

NAMES = names_to_roles(["Eikendonk"], ["Woningbouwvereniging Zuidvliet", "Stichting Brugwonen",
                                       "Stichting Woongoed Korenwolde"], ["Huurdersraad Brugwonen"])


def test_issue_20_an_unseen_corporatie_name_before_the_verb_is_the_actor():
    # the parser reads the unknown name as an adjective; the document's own names say who it is
    frame = text_to_frame("Zuidvliet plaatst bij wijze van pilot op elke verdieping een gekoppelde rookmelder.",
                          year=2025, names=NAMES)
    assert frame.actors == ("corporatie",)


def test_issue_20_a_corporatie_is_called_by_the_first_word_of_its_name():
    frame = text_to_frame("Woongoed isoleert in 2024 ten minste 150 woningen.", year=2024, names=NAMES)
    assert frame.actors == ("corporatie",)


def test_issue_20_a_huurdersorganisatie_named_after_its_corporatie_is_not_the_corporatie():
    frame = text_to_frame("Huurdersraad Brugwonen organiseert in 2025 twee huurdersavonden.", year=2025,
                          names=NAMES)
    assert frame.actors == ("huurdersorganisatie",)


def test_issue_20_an_afspraak_without_a_subject_in_a_party_block_is_that_partys():
    frame = text_to_frame("Realiseert in 2025 40 sociale huurwoningen aan de Dorpsstraat.", year=2025, names=NAMES,
                          party="Stichting Brugwonen")
    assert frame.actors == ("corporatie",)


def test_issue_20_the_subject_of_a_passive_undergoes_and_does_not_commit():
    frame = text_to_frame("Stichting Brugwonen stelt een budget van € 65 per woning beschikbaar. De bewonerscommissies"
                          " en Huurdersraad Brugwonen worden betrokken bij de besteding.", year=2025, names=NAMES)
    assert frame.actors == ("corporatie",)


def test_issue_20_adjectives_between_a_figure_and_a_compound_noun_keep_the_unit():
    frame = text_to_frame("De corporatie past ten minste 20 bestaande benedenwoningen aan tot nultredenwoning.",
                          year=2025)
    assert [(q.value, q.unit) for q in frame.quantities] == [(20.0, "woningen")]


def test_issue_20_a_meeting_held_less_often_is_weaker():
    frame = text_to_frame("De wijkbeheerder houdt wekelijks een spreekuur in het buurthuis.", year=2025)
    assert [(q.value, q.unit) for q in frame.quantities] == [(1.0, "keer per week")]
    reasons = compare_texts("De wijkbeheerder houdt wekelijks een spreekuur in het buurthuis.",
                            "De wijkbeheerder houdt eens per maand een spreekuur in het buurthuis.",
                            old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in reasons] == [("quantity", -1)]


@pytest.mark.slow
def test_frame_actors_and_quantities_agree_with_the_dev_split_gold():
    result = evaluate_frames(ROOT / "corpus" / "challenge" / "dev")
    assert result["afspraken"] > 900
    assert result["slots"]["actors"] >= 0.89 and result["slots"]["quantities"] >= 0.97


def test_issue_20_a_promised_result_in_a_dat_clause_is_not_a_report_of_the_past():
    reading = text_to_reading("Wanneer een huurder een woningaanpassing nodig heeft, zorgen de gemeente en de "
                              "corporaties er samen voor dat de aanvraag binnen zes weken is afgehandeld.")
    assert (reading.level, reading.past) == ("firm", False)


def test_issue_20_a_sentence_the_parser_cuts_after_an_unknown_name_is_read_whole():
    reading = text_to_reading("Partijen werken bij ernstige woonoverlast samen volgens het convenant woonoverlast "
                              "Vlietstede. Casussen worden besproken in het overleg Zorg en Veiligheid.")
    assert reading.level == "firm" and not reading.past


def test_issue_20_this_year_named_as_a_bare_year_then_as_a_date_is_a_roll_forward():
    reasons = compare_texts("De gemeente stelt in 2024 een budget van € 30.000 beschikbaar voor energiecoaches.",
                            "De gemeente stelt per 1 januari 2025 een budget van € 30.000 beschikbaar voor "
                            "energiecoaches.", old_year=2024, new_year=2025)
    assert reasons == []


def test_issue_20_a_bare_year_of_another_year_is_no_roll_forward():
    reasons = compare_texts("De corporatie levert het complex vóór eind 2025 op; de gemeente legt in 2024 de weg aan.",
                            "De corporatie levert het complex in 2024 op; de gemeente legt in 2024 de weg aan.",
                            old_year=2023, new_year=2024)
    assert [(r.kind, r.direction) for r in reasons] == [("deadline", 1)]


def test_issue_20_a_count_of_what_remains_on_a_date_is_progress_not_a_commitment():
    reasons = compare_texts("De corporaties hebben eind 2026 geen woningen met label E, F of G meer; per 1 januari "
                            "2024 betreft dit 212 woningen.", "De corporaties hebben eind 2026 geen woningen met label "
                            "E, F of G meer; per 1 januari 2025 betreft dit nog 131 woningen.",
                            old_year=2024, new_year=2025)
    assert reasons == []


def test_issue_20_in_alle_gevallen_is_no_scope():
    reasons = compare_texts("De corporatie houdt de huurverhoging per 1 juli 2025 ten minste 0,5% onder de inflatie.",
                            "De corporatie houdt de huurverhoging per 1 juli 2025 ten minste 0,5% onder de inflatie "
                            "en blijft in alle gevallen binnen de wettelijke maximale huurverhoging.",
                            old_year=2025, new_year=2025)
    assert [r.kind for r in reasons] == []


def test_issue_20_a_figure_of_an_object_the_lexicon_does_not_know_has_no_direction():
    reasons = compare_texts("Het meldpunt registreert 40 meldingen.", "Het meldpunt registreert 30 meldingen.",
                            old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in reasons] == [("quantity", 0)]
    assert "richting onbekend" in reasons[0].explanation


def test_issue_20_a_cap_or_floor_on_an_unknown_object_gives_the_direction_and_says_so():
    """The writer's own bound says which way is better: a cap is set over something unwanted, a floor under
    something wanted; the explanation names the bound, so the direction is never a silent guess."""
    cap = compare_texts("Partijen streven naar ten hoogste 40 meldingen per jaar bij het meldpunt.",
                        "Partijen streven naar ten hoogste 30 meldingen per jaar bij het meldpunt.",
                        old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in cap] == [("quantity", 1)]
    assert "bovengrens" in cap[0].explanation
    floor = compare_texts("De corporaties streven naar een gemiddeld oordeel van huurders over de afhandeling van "
                          "reparatieverzoeken van ten minste een 7,5.",
                          "De corporaties streven naar een gemiddeld oordeel van huurders over de afhandeling van "
                          "reparatieverzoeken van ten minste een 7,0.", old_year=2024, new_year=2025)
    assert [(r.kind, r.direction) for r in floor] == [("quantity", -1)]
    assert "ondergrens" in floor[0].explanation


def test_issue_20_a_figure_a_verb_of_providing_governs_is_more_is_stronger():
    reasons = compare_texts("De huurdersvereniging leidt in 2025 zes energieambassadeurs op.",
                            "De huurdersvereniging leidt in 2026 acht energieambassadeurs op.",
                            old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in reasons] == [("quantity", 1)]


def test_issue_19_a_plural_verb_the_tagger_calls_a_noun_still_commits():
    # "werken" and "sluiten" after their subject are finite verbs (Dutch puts the verb second)
    for text in ("Partijen werken volgens de afspraken uit het convenant woonoverlast.",
                 "De gemeente en de corporatie sluiten in 2026 een uitvoeringsovereenkomst voor het warmtenet."):
        assert text_to_reading(text).level == "firm", text
    assert text_to_reading("De bouw van 40 nieuwe woningen.").level is None


def test_issue_19_a_lemma_the_lemmatizer_invents_a_prefix_for_is_not_trusted():
    # the trainable lemmatizer gave "nemen" the lemma "voornemen" (an intent verb)
    reading = text_to_reading("De corporaties nemen uiterlijk na één maand huurachterstand contact op met de huurder.")
    assert reading.level == "firm"


def test_issue_19_a_present_verb_neither_lemmatizer_knows_is_found_by_its_infinitive():
    reading = text_to_reading("Voor uitstroom uit beschermd wonen spant Meerwonen zich in om jaarlijks 12 woningen "
                              "beschikbaar te stellen.")
    assert reading.level == "intent"


def test_issue_20_carrying_out_a_plan_is_firm_having_one_is_intent():
    assert text_to_reading("Partijen voeren in 2025 het plan van aanpak voor hittestress uit.").level == "firm"
    assert text_to_reading("De corporatie heeft het plan om 40 woningen te slopen.").level == "intent"


def test_issue_20_an_agentless_passive_names_its_actor_by_its_verb_and_door_by_its_words():
    assert text_to_frame("Spoedeisende reparatieverzoeken worden binnen 24 uur verholpen.", year=2025).actors == (
        "corporatie",)
    frame = text_to_frame("De binnenterreinen worden uiterlijk medio 2027 door de gemeente en Stichting Brugwonen "
                          "vergroend.", year=2025, names=NAMES)
    assert set(frame.actors) == {"gemeente", "corporatie"}


def test_issue_20_in_gesprek_gaan_far_from_its_verb_is_discuss_not_the_future_gaan():
    reading = text_to_reading("Partijen gaan in 2025 met politie en zorgpartners in gesprek over een werkwijze.")
    assert reading.level == "discuss"


def test_issue_20_a_bare_year_that_becomes_a_target_date_has_slipped():
    old = "De binnenterreinen worden in 2026 door de gemeente vergroend."
    reasons = compare_texts(old, old.replace("in 2026", "uiterlijk medio 2027"), old_year=2026, new_year=2027)
    assert [(r.kind, r.direction) for r in reasons] == [("deadline", -1)]


def test_issue_20_a_relative_clause_in_the_past_does_not_make_the_deadline_context():
    old = ("De corporatie rondt de inventarisatie van asbest in alle woningen die vóór 1994 zijn gebouwd af vóór eind "
           "2026.")
    reasons = compare_texts(old, old.replace("2026", "2025"), old_year=2024, new_year=2025)
    assert [(r.kind, r.direction) for r in reasons] == [("deadline", 1)]


def test_issue_20_inflatie_plus_a_margin_is_one_figure_above_inflation():
    reasons = compare_texts("De corporatie houdt de jaarlijkse huursomstijging gelijk aan de inflatie.",
                            "De corporatie houdt de jaarlijkse huursomstijging op maximaal de inflatie plus 0,5%.",
                            old_year=2022, new_year=2023)
    assert [(r.kind, r.direction) for r in reasons] == [("quantity", -1)]


def test_issue_20_the_inflatiecijfer_is_inflation():
    reasons = compare_texts("De corporatie beperkt de huuraanpassing per 1 juli 2024 tot ten hoogste het "
                            "inflatiecijfer.", "De corporatie houdt de huuraanpassing per 1 juli 2025 ten minste "
                            "0,5% onder het inflatiecijfer.", old_year=2024, new_year=2025)
    assert [(r.kind, r.direction) for r in reasons] == [("quantity", 1)]


def test_issue_20_a_cap_on_evictions_that_becomes_none_pairs_plural_and_singular():
    reasons = compare_texts("Partijen zetten zich in om het aantal huisuitzettingen in 2024 te beperken tot maximaal "
                            "drie.", "Partijen zetten zich in om huisuitzettingen te voorkomen; het streven is dat er "
                            "geen enkele huisuitzetting plaatsvindt.", old_year=2024, new_year=2025)
    assert ("quantity", 1) in [(r.kind, r.direction) for r in reasons]


def test_issue_20_a_list_of_places_that_grows_widens_the_reach():
    reasons = compare_texts("Zuidvliet zet in Oudeland en Ruwiel elk een wijkbeheerder in.",
                            "Zuidvliet zet in Oudeland, Ruwiel en De Schouw elk een wijkbeheerder in.",
                            old_year=2024, new_year=2025)
    assert [(r.kind, r.direction) for r in reasons] == [("scope", 1)]


def test_issue_20_places_named_in_other_words_or_a_containing_town_are_no_change_of_reach():
    assert compare_texts("Wij hebben ook in Stationskwartier-Oost een wijkbeheerder, naast die in De Hooge Akker en "
                         "Kerkeveld.", "Woonkracht zet in De Hooge Akker, Kerkeveld en Stationskwartier-Oost elk een "
                         "wijkbeheerder in.", old_year=2024, new_year=2024) == []
    assert compare_texts("Wij leveren de 64 appartementen in Kloosterweide in 2023 op.",
                         "Het Lindehof levert in 2023 de 64 appartementen in Kloosterweide in Lindehoven-stad op.",
                         old_year=2023, new_year=2023) == []


def test_issue_20_more_energy_labels_in_a_rent_freeze_widen_it():
    reasons = compare_texts("Huurders van een woning met energielabel E, F of G krijgen per 1 juli 2024 geen "
                            "huurverhoging.", "Huurders van een woning met energielabel D, E, F of G krijgen per "
                            "1 juli 2025 geen huurverhoging.", old_year=2024, new_year=2025)
    assert [(r.kind, r.direction) for r in reasons] == [("scope", 1)]


def test_issue_20_a_yearly_visit_with_a_purpose_clause_rolls_forward():
    # "..., om ... in beeld te brengen" says why; the visit itself recurs every year
    old = ("De corporatie legt in 2024 een huisbezoek af bij alle huurders van 75 jaar en ouder, om hun "
           "woonsituatie tijdig in beeld te brengen.")
    assert compare_texts(old, old.replace("2024", "2025"), old_year=2024, new_year=2025) == []


def test_issue_20_a_cap_on_liberalisation_named_far_from_its_figure_is_a_burden():
    reasons = compare_texts("Het aantal sociale huurwoningen dat na mutatie wordt geliberaliseerd, blijft in 2024 "
                            "beperkt tot ten hoogste 15 woningen per corporatie.", "Het aantal sociale huurwoningen "
                            "dat na mutatie wordt geliberaliseerd, blijft in 2025 beperkt tot ten hoogste 25 woningen "
                            "per corporatie.", old_year=2024, new_year=2025)
    assert [(r.kind, r.direction) for r in reasons] == [("quantity", -1)]


def test_issue_20_fewer_months_of_arrears_before_a_referral_is_stronger():
    reasons = compare_texts("De corporatie meldt huurders met een betalingsachterstand uiterlijk na 2 maanden aan bij "
                            "het team Vroegsignalering.", "De corporatie meldt huurders met een betalingsachterstand "
                            "uiterlijk na 1 maand aan bij het team Vroegsignalering.", old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in reasons] == [("quantity", 1)]


def test_issue_20_an_afspraak_without_a_subject_that_names_partijen_is_theirs():
    frame = text_to_frame("Wijziging van deze overeenkomst is alleen mogelijk met schriftelijke instemming van alle "
                          "partijen.", year=2025)
    assert frame.actors == ("partijen",)


def test_issue_20_the_organisation_tenants_apply_to_commits():
    """"Huurders ... kunnen bij Woonstichting Rivierhof een huurverlaging aanvragen": the tenants benefit, the
    corporatie named in the sentence commits."""
    frame = text_to_frame("Huurders met een laag inkomen kunnen bij Woonstichting Rivierhof een huurverlaging "
                          "aanvragen.", year=2025, names={"Woonstichting Rivierhof": "corporatie"})
    assert frame.actors == ("corporatie",)


def test_issue_20_wij_in_a_bod_is_the_corporatie_only():
    frame = text_to_frame("Bij nieuwe verhuringen stellen wij de huur vast op maximaal 80% van de maximale huur.",
                          year=2026, register="bod")
    assert frame.actors == ("corporatie",)
