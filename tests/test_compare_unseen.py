"""Compare on phrasings first met in unseen agreements (issue #20): each test is one general cause, on sentences
written for the test in the manner of real agreements."""

from __future__ import annotations

from pipeline.changes import compare_texts
from pipeline.reading import text_to_reading
from pipeline.types import Reason


def kinds(reasons: list[Reason]) -> dict[str, int]:
    return {r.kind: r.direction for r in reasons}


def test_budget_followed_by_a_legal_limit_clause_is_still_a_budget():
    # "binnen de wettelijke grens" after a comma bounds the spending; it sets no figure of its own
    old = ("Woonstede stelt in 2025 een leefbaarheidsbudget beschikbaar van € 55 per verhuureenheid, binnen de "
           "wettelijke grens voor leefbaarheidsuitgaven.")
    new = ("Woonstede stelt in 2026 een leefbaarheidsbudget beschikbaar van € 70 per verhuureenheid, binnen de "
           "wettelijke grens voor leefbaarheidsuitgaven.")
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"quantity": 1}


def test_budget_beside_the_legal_maximum_changes_but_the_maximum_does_not():
    old = ("De corporatie stelt in 2025 een budget van € 80.000 beschikbaar voor leefbaarheid, wat binnen het "
           "wettelijke maximum van € 140,10 per woning blijft.")
    new = ("De corporatie stelt in 2026 een budget van € 60.000 beschikbaar voor leefbaarheid, wat binnen het "
           "wettelijke maximum van € 143,75 per woning blijft.")
    reasons = compare_texts(old, new, old_year=2025, new_year=2026)
    assert kinds(reasons) == {"quantity": -1}
    assert [r.old for r in reasons] == ["€ 80.000"]


def test_the_legal_maximum_itself_stays_a_reference_amount():
    old = "Het budget blijft onder het wettelijk maximum van € 140,10 per woning."
    new = "Het budget blijft onder het wettelijk maximum van € 143,75 per woning."
    assert compare_texts(old, new, old_year=2025, new_year=2026) == []


def test_times_per_year_written_as_one_word_is_a_frequency():
    old = "De wijkbeheerder houdt driemaal per jaar een spreekuur in het buurthuis."
    new = "De wijkbeheerder houdt zesmaal per jaar een spreekuur in het buurthuis."
    assert kinds(compare_texts(old, new)) == {"quantity": 1}
    fewer = "De wijkbeheerder houdt eenmaal per jaar een spreekuur in het buurthuis."
    assert kinds(compare_texts(old, fewer)) == {"quantity": -1}


def test_hiervoor_is_no_deadline_word():
    # "stelt hiervoor in 2026 ... beschikbaar" reads "in 2026", not "voor in 2026"
    old = "Wij stellen in 2026 twaalf woningen beschikbaar voor de opvang van dakloze jongeren."
    new = ("De corporatie werkt mee aan de opvang van dakloze jongeren en stelt hiervoor in 2026 twaalf woningen "
           "beschikbaar.")
    assert compare_texts(old, new, old_year=2026, new_year=2026) == []


def test_encouraging_is_stimulating_not_a_weaker_promise():
    old = "De corporaties stimuleren de oprichting van bewonerscommissies in alle complexen."
    new = "De corporaties moedigen de oprichting van bewonerscommissies in alle complexen aan."
    assert compare_texts(old, new) == []


def test_count_imposed_by_the_rijk_moves_without_a_change_in_commitment():
    old = ("Partijen huisvesten het aantal statushouders dat het Rijk voor 2025 aan de gemeente heeft opgelegd, "
           "te weten 37 personen.")
    new = ("Partijen huisvesten het aantal statushouders dat het Rijk voor 2026 aan de gemeente heeft opgelegd, "
           "te weten 44 personen.")
    assert compare_texts(old, new, old_year=2025, new_year=2026) == []


def test_homes_for_statushouders_under_the_task_move_with_the_task():
    old = ("De corporatie draagt bij aan de huisvesting van statushouders en levert daartoe in 2025 ten minste "
           "19 woningen, conform de taakstelling van het Rijk.")
    new = ("De corporatie draagt bij aan de huisvesting van statushouders en levert daartoe in 2026 ten minste "
           "23 woningen, conform de taakstelling van het Rijk.")
    assert compare_texts(old, new, old_year=2025, new_year=2026) == []


def test_homes_without_the_task_still_count():
    old = "De corporatie levert in 2025 ten minste 19 woningen voor de huisvesting van statushouders."
    new = "De corporatie levert in 2026 ten minste 12 woningen voor de huisvesting van statushouders."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"quantity": -1}


def test_homes_with_a_label_list_are_what_is_improved_not_a_target():
    from pipeline.features import text_to_labels
    assert text_to_labels("Zij verbetert in 2026 de laatste 30 woningen met een energielabel E, F of G.") == []
    assert text_to_labels("Eind 2026 heeft de corporatie geen woningen meer met label E, F of G.") == ["D"]
    assert text_to_labels("De corporatie levert 24 woningen op met energielabel A++.") == ["A++"]
    old = "De corporatie zorgt dat eind 2026 geen van haar woningen nog een energielabel E, F of G heeft."
    new = ("De corporatie verbetert in 2026 de laatste 30 woningen met een energielabel E, F of G, zodat eind 2026 "
           "geen van haar woningen nog een dergelijk label heeft.")
    assert compare_texts(old, new, old_year=2026, new_year=2026) == []


def test_places_that_break_down_a_total_do_not_set_the_reach():
    old = "De corporatie levert in 2025 ten minste 70 woningen op, waarvan 50 in Hoogveld en 20 in De Akker."
    new = ("De corporatie levert in 2026 ten minste 70 woningen op, waarvan 40 in Hoogveld, 20 in De Akker en 10 "
           "in De Weide.")
    assert "scope" not in kinds(compare_texts(old, new, old_year=2025, new_year=2026))
    listed = ("Wij verbeteren in 2026 de resterende 15 woningen in Veldhoven met een slecht label. Het gaat om: "
              "9 woningen aan de Kerkstraat in Noordhoek; 6 woningen in het complex Oosterhof.")
    plain = "De corporatie verbetert in 2026 de resterende 15 woningen in Veldhoven met een slecht label."
    assert compare_texts(listed, plain, old_year=2026, new_year=2026) == []


def test_end_date_of_a_remaining_programme_that_moved_later_has_slipped():
    old = "De corporatie maakt vóór eind 2026 ten minste 30 woningen in de Dorpsstraat rolstoeltoegankelijk."
    new = "De corporatie maakt vóór medio 2027 de resterende 11 woningen in de Dorpsstraat rolstoeltoegankelijk."
    assert kinds(compare_texts(old, new, old_year=2026, new_year=2027)) == {"deadline": -1}


def test_a_stage_year_of_a_remaining_programme_is_no_end_date():
    old = ("De corporatie bouwt het oude kantoor om tot 50 woningen. In 2025 worden de eerste 20 woningen "
           "opgeleverd.")
    new = "De corporatie rondt de ombouw van het oude kantoor af en levert in 2026 de resterende 30 woningen op."
    assert "deadline" not in kinds(compare_texts(old, new, old_year=2025, new_year=2026))


def test_an_escape_clause_with_tenzij_is_a_condition():
    old = "De corporatie verkoopt geen sociale huurwoningen in de kernen."
    new = "De corporatie verkoopt geen sociale huurwoningen in de kernen, tenzij een woning niet meer te verhuren is."
    assert kinds(compare_texts(old, new)) == {"condition": -1}
    assert kinds(compare_texts(new, old)) == {"condition": 1}
    same = "De corporatie verkoopt geen sociale huurwoningen in de kernen, behalve als een woning niet te verhuren is."
    assert compare_texts(new, same) == []


def test_a_pilot_that_becomes_a_study_is_no_wider_reach():
    old = "De corporatie plaatst bij wijze van pilot laadpalen bij de complexen Beukenhof en Esdoorn."
    new = "De corporatie onderzoekt of zij laadpalen kan plaatsen bij de complexen Beukenhof en Esdoorn."
    assert kinds(compare_texts(old, new)) == {"modality": -1}


def test_carrying_out_a_plan_made_last_year_is_a_new_afspraak():
    from pipeline.align import align, follows_up
    from pipeline.types import Afspraak
    made = ("De gemeente stelt vóór 1 juli 2025 samen met de corporaties een wijkvernieuwingsplan op voor de "
            "Molenbuurt.")
    carried = ("Partijen voeren in 2026 de eerste projecten uit het wijkvernieuwingsplan voor de Molenbuurt uit; "
               "de gemeente draagt € 50.000 bij.")
    assert follows_up(made, carried)
    revised = ("De gemeente evalueert in 2026 de werking van de herziene doelgroepenverordening en bespreekt de "
               "uitkomsten met de corporaties.")
    assert follows_up("De gemeente herziet in 2025 de doelgroepenverordening in overleg met de corporaties.", revised)
    # working by the plan is the old afspraak made firmer, and a plan still to make is the same afspraak slipped
    assert not follows_up(made, "Partijen werken volgens het vastgestelde wijkvernieuwingsplan voor de Molenbuurt.")
    assert not follows_up(made, made.replace("1 juli 2025", "1 juli 2026"))
    def doc(*texts: str) -> tuple[Afspraak, ...]:
        return tuple(Afspraak(id=str(i), number=None, section=None, party=None, page=1, text=t)
                     for i, t in enumerate(texts))

    old = doc(made, "De corporaties verhogen de huren met ten hoogste de inflatie.")
    new = doc(carried, "De corporaties verhogen de huren met ten hoogste de inflatie min 0,5%.")
    links = {(lk.old, lk.new) for lk in align(old, new)}
    assert (0, None) in links and (None, 0) in links


def test_a_pilot_at_the_same_named_places_is_no_change_of_reach():
    old = "Wij plaatsen in de woningen van de complexen Lindenhof en Beukenrode een slimme thermostaat."
    new = ("De corporatie plaatst bij wijze van pilot in de woningen van de complexen Lindenhof en Beukenrode een "
           "slimme thermostaat.")
    assert compare_texts(old, new) == []
    fewer = "De corporatie plaatst bij wijze van pilot in de woningen van het complex Lindenhof een slimme thermostaat."
    assert kinds(compare_texts(old, fewer)).get("scope") == -1


def test_a_stock_kept_free_of_bad_labels_is_the_same_label_target():
    from pipeline.features import text_to_labels
    assert text_to_labels("De corporatie houdt haar bezit vrij van energielabels E, F en G.") == ["D"]
    old = "De corporatie zorgt dat eind 2025 geen van haar woningen nog een energielabel E, F of G heeft."
    new = ("Nu de laatste slechte labels zijn weggewerkt, houdt de corporatie haar bezit vrij van energielabels E, F "
           "en G.")
    assert "label" not in kinds(compare_texts(old, new, old_year=2025, new_year=2026))


def test_a_budget_within_the_legal_room_is_no_reference_amount():
    # "binnen de wettelijke ruimte" is a limit the budget stays within; the budget itself is the commitment
    old = ("De corporatie stelt in 2025 binnen de wettelijke ruimte een wijkbudget van € 90 per woning beschikbaar "
           "voor bewonersactiviteiten.")
    new = ("De corporatie stelt in 2026 binnen de wettelijke ruimte een wijkbudget van € 80 per woning beschikbaar "
           "voor bewonersactiviteiten.")
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"quantity": -1}
    legal_old = "De bijdrage blijft binnen het wettelijk maximum van € 140,10 per woning."
    legal_new = "De bijdrage blijft binnen het wettelijk maximum van € 143,75 per woning."
    assert compare_texts(legal_old, legal_new) == []


def test_a_list_of_named_complexes_that_grows_or_shrinks_changes_the_reach():
    one = "De corporatie richt in de gemeenschappelijke ruimte van het complex Eikenhof een huiskamer in."
    two = ("De corporatie richt in de gemeenschappelijke ruimten van de complexen Eikenhof en Berkenhof een "
           "huiskamer in.")
    assert kinds(compare_texts(one, two)) == {"scope": 1}
    assert kinds(compare_texts(two, one)) == {"scope": -1}


def test_a_pilot_already_extended_to_the_whole_town_has_no_reach_left_to_widen():
    old = ("De pilot Buurtconciërge, waarbij elke flat een vast aanspreekpunt krijgt, wordt per 1 mei 2025 "
           "uitgebreid naar heel Oudedorp.")
    new = "De werkwijze Buurtconciërge wordt in heel Oudedorp voortgezet: elke flat houdt een vast aanspreekpunt."
    assert "scope" not in kinds(compare_texts(old, new, old_year=2025, new_year=2026))


def test_where_that_is_possible_written_out_is_the_same_condition():
    old = ("De corporatie vergroent bij groot onderhoud waar mogelijk de voortuinen en koppelt de regenpijpen af; de "
           "gemeente draagt in 2025 € 40.000 bij.")
    new = ("Bij groot onderhoud zorgt de corporatie er, waar dat mogelijk is, voor dat de voortuinen worden vergroend "
           "en de regenpijpen worden afgekoppeld; de gemeente draagt in 2026 € 40.000 bij.")
    assert compare_texts(old, new, old_year=2025, new_year=2026) == []
    assert kinds(compare_texts(new, new.replace(", waar dat mogelijk is,", ""), old_year=2026,
                               new_year=2026)) == {"condition": 1}


def test_a_count_of_our_own_complexes_is_the_same_count_of_complexes():
    old = "Wij richten in 2026 in ten minste drie van onze flats een huiskamer voor ouderen in."
    new = "De corporatie richt in 2026 in ten minste drie flats een huiskamer in die ook open is voor ouderen."
    assert compare_texts(old, new, old_year=2026, new_year=2026) == []


def test_whole_as_an_adjective_in_a_list_is_no_reach():
    # "een schone, hele en veilige buurt": intact, not the whole of anything; "elk de helft" is distributive
    old = ("Gemeente en corporatie steunen buurtprojecten voor een schone, hele en veilige straat met € 20.000, "
           "waarvan elk de helft betaalt.")
    new = ("Voor buurtprojecten die de straat schoon, heel en veilig maken is € 20.000 beschikbaar, dat gemeente en "
           "corporatie ieder voor de helft betalen.")
    assert compare_texts(old, new, old_year=2025, new_year=2026) == []
    # a phrase stays a reach: "in alle wijken en kernen" narrowed to two named wijken
    reach = kinds(compare_texts("De corporatie zet in alle wijken en kernen een wijkbeheerder in.",
                                "De corporatie zet in de wijken Noord en Zuid een wijkbeheerder in.",
                                old_year=2025, new_year=2026))
    assert reach == {"scope": -1}


def test_requests_assessed_within_a_set_time_are_handled_not_explored():
    old = ("De corporatie ondersteunt bewonersinitiatieven met € 10.000; aanvragen worden binnen zes weken "
           "beoordeeld.")
    new = ("Voor bewonersinitiatieven is € 10.000 beschikbaar bij de corporatie. Bewoners horen binnen zes weken na "
           "hun aanvraag of hun initiatief wordt gesteund.")
    assert compare_texts(old, new, old_year=2025, new_year=2026) == []
    # assessing whether something can be done stays an exploration
    assert text_to_reading("De corporatie beoordeelt binnen zes weken of vervanging van de lift nodig is.").level \
        == "explore"


def test_every_two_months_is_half_as_often_as_every_month():
    old = "De gemeente organiseert iedere maand een casusoverleg met de corporaties en het wijkteam."
    new = "De gemeente organiseert iedere twee maanden een casusoverleg met de corporaties en het wijkteam."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"quantity": -1}
    assert kinds(compare_texts(new, new.replace("twee", "drie"), old_year=2025, new_year=2026)) == {"quantity": -1}


def test_named_places_at_the_start_of_a_sentence_narrow_every_wijk():
    old = "In iedere wijk houdt de corporatie eenmaal per maand een inloopspreekuur voor huurders."
    new = "In de wijken Kerkebuurt en Hoogland houdt de corporatie eenmaal per maand een inloopspreekuur voor huurders."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"scope": -1}


def test_each_after_a_list_of_places_shares_out_and_does_not_hide_a_shorter_list():
    old = "De corporaties zetten in de wijken Kerkebuurt, Hoogland en Veldzicht elk ten minste één huismeester in."
    new = "De corporaties zetten in de wijk Kerkebuurt ten minste één huismeester in."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"scope": -1}
    # "in elke wijk" still covers every wijk
    assert kinds(compare_texts("De corporatie zet in elke wijk een huismeester in.", new, old_year=2025,
                               new_year=2026)) == {"scope": -1}
