"""Compare on how Dutch agreements phrase a commitment, its figures and its yearly moments: each test is one
general cause, on sentences written for the test in the manner of real agreements."""

from __future__ import annotations

from pipeline.changes import compare_texts
from pipeline.reading import text_to_reading
from pipeline.timing import is_one_off
from pipeline.types import Reason


def kinds(reasons: list[Reason]) -> dict[str, int]:
    return {r.kind: r.direction for r in reasons}


def test_a_participle_before_its_noun_sets_no_commitment_level():
    # "de verwachte besparing" describes the saving; nobody "verwacht" anything in the clause
    text = ("De corporatie legt in 2026 zonnepanelen op de daken van de Eikenlaan; de bijdrage van de huurder blijft "
            "onder de verwachte besparing.")
    assert text_to_reading(text, coordinated=True).terms == ()
    old = ("Wij leggen in 2026 zonnepanelen op de daken van de Eikenlaan en de Berkenlaan; de bijdrage blijft onder "
           "de verwachte besparing.")
    new = ("De corporatie legt in 2026 zonnepanelen op de daken van de Eikenlaan, waarbij de bijdrage onder de "
           "verwachte besparing blijft.")
    assert "modality" not in kinds(compare_texts(old, new, old_year=2026, new_year=2026))


def test_a_participle_before_its_noun_leaves_a_real_intent_verb_read():
    text = "De gemeente streeft naar de beoogde aantallen sociale huurwoningen in de nieuwbouw."
    assert text_to_reading(text).level == "intent"


def test_reserving_money_is_providing_it():
    old = "De corporaties reserveren in 2025 samen € 60.000 voor buurtactiviteiten in de kernen."
    more = "De corporaties reserveren in 2026 samen € 75.000 voor buurtactiviteiten in de kernen."
    less = "De corporaties reserveren in 2026 samen € 45.000 voor buurtactiviteiten in de kernen."
    assert kinds(compare_texts(old, more, old_year=2025, new_year=2026)) == {"quantity": 1}
    assert kinds(compare_texts(old, less, old_year=2025, new_year=2026)) == {"quantity": -1}


def test_the_bod_on_the_woonvisie_is_a_yearly_moment():
    # the bod comes every year; a date a month earlier in that year is a firmer promise, not one a year later
    old = "Woonpunt brengt vóór 1 juli 2025 haar bod op de woonvisie uit aan de gemeente en de huurdersvereniging."
    earlier = "Woonpunt brengt vóór 1 mei 2026 haar bod op de woonvisie uit aan de gemeente en de huurdersvereniging."
    same = "Woonpunt brengt vóór 1 juli 2026 haar bod op de woonvisie uit aan de gemeente en de huurdersvereniging."
    assert kinds(compare_texts(old, earlier, old_year=2025, new_year=2026)) == {"deadline": 1}
    assert compare_texts(old, same, old_year=2025, new_year=2026) == []


def test_the_rent_proposal_advice_is_a_yearly_moment():
    old = "De huurdersvereniging geeft vóór 1 april 2025 advies over het huurvoorstel van de corporatie."
    earlier = "De huurdersvereniging geeft vóór 1 maart 2026 advies over het huurvoorstel van de corporatie."
    assert kinds(compare_texts(old, earlier, old_year=2025, new_year=2026)) == {"deadline": 1}


def test_a_month_with_or_without_in_is_the_same_yearly_moment():
    # "in maart en september 2025" names its months without "in" before the second one
    old = "Partijen evalueren de afspraken drie keer per jaar, in maart, juni en september 2025, in het overleg."
    new = "Partijen evalueren de afspraken twee keer per jaar, in september 2026, in het overleg."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"quantity": -1}


def test_a_bound_makes_the_article_een_a_figure():
    old = "De corporatie biedt iedere nieuwe huurder ten minste een jaar lang een vaste contactpersoon."
    new = "De corporatie biedt iedere nieuwe huurder ten minste twee jaar lang een vaste contactpersoon."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"quantity": 1}
    week = "De corporatie reageert binnen maximaal een week op een klacht."
    weeks = "De corporatie reageert binnen maximaal twee weken op een klacht."
    assert kinds(compare_texts(week, weeks, old_year=2025, new_year=2026)) == {"quantity": -1}


def test_the_article_een_without_a_bound_is_no_figure():
    old = "De gemeente wijst een locatie aan voor flexwonen."
    new = "De gemeente wijst een locatie aan voor flexwonen en tijdelijke woningen."
    assert "quantity" not in kinds(compare_texts(old, new, old_year=2025, new_year=2026))


def test_a_participle_describing_the_object_leaves_the_deliverable_one_off():
    # "stelt ... een gewijzigde verordening vast": the participle describes the object; the act is still a one-off
    old = "De gemeente stelt in 2025 een gewijzigde huisvestingsverordening vast en betrekt de huurders daarbij."
    new = ("De gemeente stelt uiterlijk in het derde kwartaal van 2026 een gewijzigde huisvestingsverordening vast en "
           "betrekt de huurders daarbij.")
    assert is_one_off(old)
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"deadline": -1}


def test_an_indexed_budget_that_falls_is_cut():
    # indexation raises an amount quoted at a price level a little; it never lowers it
    old = "De corporatie stelt in 2025 een wijkbudget van € 95 per woning (prijspeil 2025) beschikbaar."
    cut = "De corporatie stelt in 2026 een wijkbudget van € 80 per woning (prijspeil 2026) beschikbaar."
    indexed = "De corporatie stelt in 2026 een wijkbudget van € 97 per woning (prijspeil 2026) beschikbaar."
    assert kinds(compare_texts(old, cut, old_year=2025, new_year=2026)) == {"quantity": -1}
    assert compare_texts(old, indexed, old_year=2025, new_year=2026) == []


def test_an_indexed_price_that_falls_has_no_budget_direction():
    old = "De gemeente levert de grond tegen een grondprijs van € 21.000 per woning (prijspeil 2025)."
    new = "De gemeente levert de grond tegen een grondprijs van € 18.000 per woning (prijspeil 2026)."
    assert compare_texts(old, new, old_year=2025, new_year=2026) == []


def test_a_present_passive_promises_the_homes_it_names():
    # "worden ... opgeleverd" is still to be done; "zijn reeds ... opgeleverd" reports progress
    old = "In 2025 worden aan de Dorpsstraat 48 sociale huurwoningen opgeleverd door de corporatie."
    new = "In 2026 worden aan de Dorpsstraat 36 sociale huurwoningen opgeleverd door de corporatie."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"quantity": -1}
    done = "In 2025 zijn reeds 90 woningen gerealiseerd; de corporatie bouwt er in 2026 nog 30."
    more_done = "In 2026 zijn reeds 120 woningen gerealiseerd; de corporatie bouwt er in 2027 nog 30."
    assert compare_texts(done, more_done, old_year=2025, new_year=2026) == []


def test_an_indexed_amount_spent_beyond_indexation_is_raised():
    old = "De corporatie besteedt jaarlijks € 90 per woning (prijspeil 2025) aan schoon, heel en veilig."
    new = "De corporatie besteedt jaarlijks € 115 per woning (prijspeil 2026) aan schoon, heel en veilig."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"quantity": 1}


def test_a_list_of_groups_that_grows_widens_the_reach():
    old = ("De corporatie geeft bij de toewijzing voorrang aan de volgende groepen: – statushouders; – mensen die "
           "uitstromen uit een instelling.")
    grown = old.rstrip(".") + "; – mantelzorgers."
    assert kinds(compare_texts(old, grown, old_year=2025, new_year=2026)) == {"scope": 1}
    assert kinds(compare_texts(grown, old, old_year=2025, new_year=2026)) == {"scope": -1}


def test_a_list_reworded_item_by_item_changes_no_reach():
    old = ("De corporatie geeft bij de toewijzing voorrang aan de volgende groepen: – statushouders; – mensen die "
           "uitstromen uit een instelling.")
    new = ("De corporatie geeft bij de toewijzing voorrang aan de volgende groepen: – vergunninghouders; – mensen "
           "die uit een instelling uitstromen.")
    assert "scope" not in kinds(compare_texts(old, new, old_year=2025, new_year=2026))


def test_a_singular_noun_in_e_before_a_particle_is_what_one_counts():
    # "één nieuwe locatie aan": "locatie" is the counted noun, not an adjective before one
    old = "De gemeente wijst in 2025 twee nieuwe locaties aan voor sociale woningbouw."
    new = "De gemeente wijst in 2026 één nieuwe locatie aan voor sociale woningbouw."
    reasons = compare_texts(old, new, old_year=2025, new_year=2026)
    assert [(r.kind, r.old, r.new) for r in reasons] == [("quantity", "twee nieuwe locaties", "één nieuwe locatie")]


def test_a_separable_particle_before_a_question_makes_an_exploring_verb():
    # "gaat ... na welke": nagaan, with the subject between verb and particle; the parse reads "na" as a preposition
    text = "Bij elke renovatie gaat de corporatie na welke daken geschikt zijn voor zonnepanelen."
    assert text_to_reading(text).level == "explore"
    old = "De corporatie verkent bij elke renovatie welke daken geschikt zijn voor zonnepanelen."
    assert "modality" not in kinds(compare_texts(old, text, old_year=2025, new_year=2026))


def test_a_preposition_before_its_noun_is_no_particle():
    assert text_to_reading("De corporatie gaat na de zomer van 2026 over op de nieuwe huurregeling.").level == "firm"


def test_complexes_named_by_their_street_narrow_the_reach():
    old = "Woonpunt voorziet in 2025 ten minste 60 woningen van een scootmobielberging."
    new = ("Woonpunt voorziet in 2026 ten minste 60 woningen in de complexen aan de Esdoornlaan en de Molenstraat van "
           "een scootmobielberging.")
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"scope": -1}
    assert kinds(compare_texts(new, old, old_year=2025, new_year=2026)) == {"scope": 1}


def test_complexes_named_by_their_street_on_both_sides_change_no_reach():
    old = "Woonpunt voorziet in 2025 de complexen aan de Esdoornlaan en de Molenstraat van een scootmobielberging."
    new = "In 2026 voorziet Woonpunt de complexen aan de Esdoornlaan en de Molenstraat van een scootmobielberging."
    assert "scope" not in kinds(compare_texts(old, new, old_year=2025, new_year=2026))


def test_issue_20_budgetneutraal_names_no_budget():
    # a word that only begins with a budget word ("budgetneutraal") names no budget; a compound ending in one does
    old = "De gemeente levert de grond budgetneutraal tegen € 21.000 per woning (prijspeil 2025)."
    new = "De gemeente levert de grond budgetneutraal tegen € 18.000 per woning (prijspeil 2026)."
    assert compare_texts(old, new, old_year=2025, new_year=2026) == []
    old = "De corporatie stelt een onderhoudsbudget van € 95 per woning (prijspeil 2025) beschikbaar."
    new = "De corporatie stelt een onderhoudsbudget van € 80 per woning (prijspeil 2026) beschikbaar."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"quantity": -1}


def test_issue_20_eigen_between_a_figure_and_its_noun_keeps_the_unit():
    from pipeline.quantities import text_to_quantities
    amounts, _ = text_to_quantities("De corporatie bouwt in 2026 40 nieuwe eigen woningen.")
    assert [(q.value, q.unit) for q in amounts] == [(40.0, "woningen")]


def test_a_deadline_that_moves_with_a_change_of_commitment_level_is_reported():
    # a firm act that becomes a study with a later date: both the level and the date moved
    old = ("De gemeente wijst vóór 1 september 2025 aan de Molenweg een locatie aan voor ten minste 20 tijdelijke "
           "woningen.")
    new = ("De gemeente onderzoekt vóór 1 mei 2026 of aan de Molenweg een locatie voor ten minste 20 tijdelijke "
           "woningen kan worden aangewezen.")
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"modality": -1, "deadline": -1}
    # a talk that aims at a dated act, and the act itself later: firmer, but the date slipped
    talk = ("Partijen gaan in overleg met de zorgaanbieders over een convenant voor begeleid wonen, met het doel dit "
            "convenant vóór 1 november 2025 te ondertekenen.")
    act = "Partijen ondertekenen vóór 1 maart 2026 met de zorgaanbieders een convenant voor begeleid wonen."
    assert kinds(compare_texts(talk, act, old_year=2025, new_year=2026)) == {"modality": 1, "deadline": -1}


def test_the_date_of_a_study_is_no_deadline_of_the_act_it_becomes():
    # the study's own year, or the date its outcome is discussed, says nothing about the act's deadline
    old = ("De corporatie onderzoekt of op de locatie Kerkpad 16 tijdelijke woningen kunnen worden geplaatst en "
           "bespreekt de uitkomst vóór 1 oktober 2025 met de huurdersvereniging.")
    new = "De corporatie plaatst in 2026 op de locatie Kerkpad 16 tijdelijke woningen voor spoedzoekers."
    assert "deadline" not in kinds(compare_texts(old, new, old_year=2025, new_year=2026))
    asked = "Partijen onderzoeken of in 2025 een gezamenlijke visie op wonen met zorg kan worden opgesteld."
    done = "Partijen stellen uiterlijk in het derde kwartaal van 2026 een gezamenlijke visie op wonen met zorg op."
    assert "deadline" not in kinds(compare_texts(asked, done, old_year=2025, new_year=2026))


def test_a_deadline_added_where_there_was_none_is_stronger_and_removed_is_weaker():
    old = "De gemeente werkt het warmteplan voor de wijk Zuidhoek uit en betrekt de huurders daarbij vanaf de start."
    dated = ("De gemeente stelt vóór 1 oktober 2026 het warmteplan voor de wijk Zuidhoek vast en betrekt de huurders "
             "daarbij vanaf de start.")
    assert kinds(compare_texts(old, dated, old_year=2025, new_year=2026)) == {"deadline": 1}
    later = ("De corporatie levert uiterlijk eind 2027 de 24 appartementen aan de Havenkade op en wijst ze toe aan "
             "senioren.")
    open_ended = "De corporatie levert de 24 appartementen aan de Havenkade op en wijst ze toe aan senioren."
    assert kinds(compare_texts(later, open_ended, old_year=2025, new_year=2026)) == {"deadline": -1}


def test_a_deadline_that_passed_or_comes_with_the_act_is_no_added_or_removed_deadline():
    # a regulation in force since its date is done, not undated
    passed = "De corporatie voert per 1 januari 2025 een verhuisregeling voor senioren in."
    done = "De corporatie past de verhuisregeling voor senioren toe bij iedere verhuizing naar een kleinere woning."
    assert "deadline" not in kinds(compare_texts(passed, done, old_year=2025, new_year=2026))
    # a study that becomes a dated act: the firmer level says it
    study = "De corporatie onderzoekt of op het terrein aan de Veldweg flexwoningen kunnen worden geplaatst."
    act = "De corporatie plaatst vóór eind 2026 op het terrein aan de Veldweg 16 flexwoningen."
    assert kinds(compare_texts(study, act, old_year=2025, new_year=2026)) == {"modality": 1}


def test_a_date_that_moves_by_less_than_a_month_has_moved():
    # both end in February, yet the advice comes two weeks earlier in its yearly cycle
    old = "De huurdersvereniging brengt vóór 1 maart 2025 advies uit over het huurvoorstel van de corporatie."
    new = "De huurdersvereniging brengt vóór 15 februari 2026 advies uit over het huurvoorstel van de corporatie."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"deadline": 1}
    same = "De huurdersvereniging brengt vóór 1 maart 2026 advies uit over het huurvoorstel van de corporatie."
    assert compare_texts(old, same, old_year=2025, new_year=2026) == []
    # a one-off deliverable ten days later within the same month
    plan = "De gemeente stelt uiterlijk 5 juni 2026 het uitvoeringsplan voor de wijk Hoogkamp vast."
    later = "De gemeente stelt uiterlijk 25 juni 2026 het uitvoeringsplan voor de wijk Hoogkamp vast."
    assert kinds(compare_texts(plan, later, old_year=2026, new_year=2026)) == {"deadline": -1}


def test_more_parties_committing_widen_the_reach():
    old = "Woonborg zet in 2026 een wooncoach in die ouderen helpt bij het vinden van een passende woning."
    new = ("Woonborg en Stichting Thuis Wonen zetten in 2026 samen een wooncoach in die ouderen helpt bij het vinden "
           "van een passende woning.")
    assert kinds(compare_texts(old, new, old_year=2026, new_year=2026)) == {"scope": 1}
    assert kinds(compare_texts(new, old, old_year=2026, new_year=2026)) == {"scope": -1}
    # a passive naming its party, then an active list that adds one
    passive = "Klachten over tocht worden door Woonborg binnen twee weken behandeld."
    active = "Woonborg en Stichting Thuis Wonen behandelen klachten over tocht binnen twee weken."
    assert kinds(compare_texts(passive, active, old_year=2026, new_year=2026)) == {"scope": 1}


def test_the_same_parties_named_otherwise_change_no_reach():
    old = "Wij zetten in 2026 een wooncoach in die ouderen helpt bij het vinden van een passende woning."
    new = "Woonborg zet in 2026 een wooncoach in die ouderen helpt bij het vinden van een passende woning."
    assert "scope" not in kinds(compare_texts(old, new, old_year=2026, new_year=2026))
    both = "De gemeente en Woonborg organiseren twee keer per jaar een bewonersavond in de wijk Oost."
    turned = "Woonborg en de gemeente organiseren twee keer per jaar een bewonersavond in de wijk Oost."
    assert compare_texts(both, turned, old_year=2026, new_year=2026) == []



def test_an_old_date_the_new_text_reports_as_done_has_not_slipped():
    # the act moved on to its next stage: the start happened when agreed, the delivery is a new date
    old = "De corporatie start in 2025 met de bouw van 30 appartementen voor senioren aan de Kerkstraat."
    new = ("De corporatie levert in 2026 de 30 appartementen voor senioren aan de Kerkstraat op; de bouw is in 2025 "
           "gestart.")
    assert "deadline" not in kinds(compare_texts(old, new, old_year=2025, new_year=2026))
    slipped = "De corporatie start in 2026 met de bouw van 30 appartementen voor senioren aan de Kerkstraat."
    assert kinds(compare_texts(old, slipped, old_year=2025, new_year=2026)) == {"deadline": -1}



def test_a_verb_first_sentence_the_parser_cuts_is_read_whole_for_a_one_off():
    # a list item under "De corporatie:" opens with its verb; the parser ends a sentence after "in 2026"
    old = "Start in 2026 met de bouw van 24 sociale huurwoningen op het terrein van de oude school."
    new = "Start in 2027 met de bouw van 24 sociale huurwoningen op het terrein van de oude school."
    assert is_one_off(old)
    assert kinds(compare_texts(old, new, old_year=2026, new_year=2027)) == {"deadline": -1}


def test_a_yearly_word_in_a_coordinated_clause_leaves_the_main_clause_date_a_one_off():
    old = ("De gemeente en de corporatie stellen in 2025 een gebiedsplan voor de Molenbuurt op en bespreken de "
           "voortgang twee keer per jaar met de bewonerscommissie.")
    later = old.replace("in 2025", "in 2026")
    assert kinds(compare_texts(old, later, old_year=2025, new_year=2026)) == {"deadline": -1}
    # the yearly word in the clause of the date keeps the date a yearly moment
    yearly = ("De gemeente en de corporatie bespreken in 2025 twee keer per jaar de voortgang van het gebiedsplan "
              "met de bewonerscommissie.")
    assert kinds(compare_texts(yearly, yearly.replace("in 2025", "in 2026"), old_year=2025, new_year=2026)) == {}


def test_a_softened_single_deliverable_whose_year_moves_has_slipped_too():
    # "zal in 2025 een regeling invoeren" -> "streeft ernaar in 2026 ...": the one regeling was due in 2025
    old = "De corporatie zal in 2025 een huurkorting voor starters in de kernen invoeren."
    new = "De corporatie streeft ernaar in 2026 een huurkorting voor starters in de kernen in te voeren."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"modality": -1, "deadline": -1}
    plan = "De gemeente past in 2025 het parkeerbeleid voor de binnenstad aan, samen met de bewoners."
    softer = ("De gemeente zet zich in om in 2026 het parkeerbeleid voor de binnenstad aan te passen, samen met de "
              "bewoners.")
    assert kinds(compare_texts(plan, softer, old_year=2025, new_year=2026)) == {"modality": -1, "deadline": -1}


def test_a_softened_yearly_output_whose_year_moves_has_not_slipped():
    # a count of homes is the year's output: next year's count, only the commitment softened
    old = "De corporatie zal in 2025 ten minste 25 woningen aanpassen voor ouderen met een rollator."
    new = "De corporatie streeft ernaar in 2026 ten minste 25 woningen aan te passen voor ouderen met een rollator."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"modality": -1}
    # the same single deliverable with the level unchanged is a rewording of next year's plan
    same = "De corporatie voert in 2026 een huurkorting voor starters in de kernen in."
    assert "deadline" not in kinds(compare_texts("De corporatie voert in 2025 een huurkorting voor starters in de "
                                                 "kernen in.", same, old_year=2025, new_year=2026))



def test_an_ordinal_working_day_after_an_event_is_a_response_time():
    # "uiterlijk de vijfde werkdag na de melding" is the five days "binnen vijf werkdagen" gives
    old = "Bij een klacht over lekkage neemt de corporatie uiterlijk de vijfde werkdag na de melding contact op."
    sooner = "Bij een klacht over lekkage neemt de corporatie uiterlijk de derde werkdag na de melding contact op."
    later = "Bij een klacht over lekkage neemt de corporatie uiterlijk op de tiende werkdag na de melding contact op."
    assert kinds(compare_texts(old, sooner, old_year=2025, new_year=2026)) == {"quantity": 1}
    assert kinds(compare_texts(old, later, old_year=2025, new_year=2026)) == {"quantity": -1}
    within = "Bij een klacht over lekkage neemt de corporatie binnen vijf werkdagen na de melding contact op."
    assert compare_texts(within, old, old_year=2025, new_year=2026) == []
    # a week of a month is a date, not a period
    date = "De corporatie stuurt vóór de tweede week van september het overzicht van de servicekosten."
    assert compare_texts(date, date.replace("tweede", "derde"), old_year=2025, new_year=2026) == []


def test_a_named_set_of_homes_is_one_project_whose_year_can_slip():
    # "de 96 woningen aan de Beekweg": these homes, once; their year moving with the document has slipped
    old = "De corporatie vervangt in 2025 de 96 woningen aan de Beekweg door nieuwbouw en begeleidt de huurders."
    new = "De corporatie vervangt in 2026 de 96 woningen aan de Beekweg door nieuwbouw en begeleidt de huurders."
    assert is_one_off(old)
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"deadline": -1}
    flats = "Wij isoleren in 2025 de 48 flats van het complex Zonnehof en plaatsen er nieuwe kozijnen."
    assert kinds(compare_texts(flats, flats.replace("2025", "2026"), old_year=2025, new_year=2026)) == {"deadline": -1}


def test_homes_chosen_by_a_criterion_each_year_are_no_named_set():
    # a set chosen by a rule, or counted, is the year's work: next year's is a new round
    rule = "De corporatie controleert in 2025 de rookmelders in de 200 woningen met de oudste installatie."
    assert not is_one_off(rule)
    assert compare_texts(rule, rule.replace("2025", "2026"), old_year=2025, new_year=2026) == []
    counted = "De corporatie schildert in 2025 de kozijnen van 120 woningen in Zuid."
    assert compare_texts(counted, counted.replace("2025", "2026"), old_year=2025, new_year=2026) == []


def test_a_participle_between_commas_describes_a_figure_and_dates_no_act():
    # the yearly figure "voor 2025 door het Rijk vastgesteld" is the Rijk's, the afspraak is to meet it each year
    old = ("Partijen zorgen ervoor dat de taakstelling voor statushouders, voor 2025 door het Rijk vastgesteld op "
           "30 personen, wordt gehaald.")
    new = old.replace("2025", "2026").replace("30 personen", "34 personen")
    assert not is_one_off(old)
    assert "deadline" not in kinds(compare_texts(old, new, old_year=2025, new_year=2026))
    # the same participle as the act itself still dates a one-off
    act = "In 2025 wordt de nieuwe huisvestingsverordening door de gemeenteraad vastgesteld."
    assert is_one_off(act)


def test_a_yearly_word_in_the_question_of_a_study_leaves_the_study_one_off():
    # "onderzoeken in 2025 of de jaarlijkse ..." studies a yearly thing once; the study moving a year has slipped
    old = ("De gemeente en de corporaties onderzoeken in 2025 of de jaarlijkse woonlastenmonitor met ingang van 2027 "
           "kan worden vervangen door een monitor om de twee jaar.")
    new = old.replace("in 2025", "in 2026").replace("2027", "2028")
    assert is_one_off(old, "in 2025")
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"deadline": -1}
    # the yearly word outside the question still makes the study yearly
    yearly = "De corporatie onderzoekt in 2025, zoals jaarlijks, of de servicekosten van de complexen kloppen."
    assert not is_one_off(yearly, "in 2025")


def test_an_old_date_named_as_moved_is_still_a_slipped_deadline():
    # the old date still stands in the new text, but in a clause saying it moved or dating another act
    old = "De corporatie start in 2026 met de bouw van 30 appartementen voor senioren aan de Kerkstraat."
    for new in (
        "De corporatie start in 2027 met de bouw van 30 appartementen voor senioren aan de Kerkstraat (in plaats "
        "van in 2026).",
        "De start van de bouw van 30 appartementen voor senioren aan de Kerkstraat is uitgesteld van in 2026 naar "
        "in 2027.",
        "De corporatie start in 2027 met de bouw van 30 appartementen voor senioren aan de Kerkstraat; In 2026 is "
        "de vergunning aangevraagd.",
    ):
        assert kinds(compare_texts(old, new, old_year=2026, new_year=2027)) == {"deadline": -1}, new


def test_an_old_date_reported_done_in_the_past_tense_has_not_slipped():
    old = "De corporatie start in 2025 met de bouw van 30 appartementen voor senioren aan de Kerkstraat."
    new = ("De corporatie levert in 2026 de 30 appartementen voor senioren aan de Kerkstraat op; de bouw startte in "
           "2025.")
    assert "deadline" not in kinds(compare_texts(old, new, old_year=2025, new_year=2026))


def test_a_soft_word_moved_behind_a_semicolon_or_waarbij_is_a_rewording():
    old = "Partijen streven ernaar de gemiddelde zoektijd van starters terug te brengen tot ten hoogste drie jaar."
    new = ("Kortere zoektijden voor starters blijven een gezamenlijke opgave; daarbij wordt ernaar gestreefd dat de "
           "gemiddelde zoektijd niet meer dan drie jaar bedraagt.")
    assert compare_texts(old, new, old_year=2025, new_year=2026) == []
    old = "De corporatie meet de tevredenheid na elke reparatie en streeft naar een gemiddeld cijfer van ten minste 8."
    new = ("Na elke reparatie wordt door de corporatie de tevredenheid gemeten, waarbij een gemiddeld cijfer van ten "
           "minste 8 wordt nagestreefd.")
    assert compare_texts(old, new, old_year=2025, new_year=2026) == []


def test_a_soft_word_kept_only_in_a_clause_of_another_level_still_changes_the_level():
    old = ("De gemeente zorgt ervoor dat iedere statushouder een jaar begeleiding krijgt; dit wordt per huurder "
           "vastgelegd.")
    new = ("De gemeente zet zich ervoor in dat iedere statushouder een jaar begeleiding krijgt; dit wordt per huurder "
           "vastgelegd.")
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"modality": -1}


def test_a_discussion_held_once_a_month_is_a_routine():
    # "eenmaal per maand" is a fixed frequency as "een keer per maand" is: going over cases then is a firm routine
    old = "Partijen bespreken zorgwekkende situaties eenmaal per maand met het wijkteam."
    new = "Partijen nemen zorgwekkende situaties eenmaal per maand met het wijkteam door."
    assert compare_texts(old, new, old_year=2025, new_year=2026) == []


def test_a_figure_with_a_half_written_out_is_the_larger_figure():
    old = "Partijen streven ernaar de gemiddelde wachttijd voor een sociale huurwoning te beperken tot vijf jaar."
    new = ("Partijen streven ernaar de gemiddelde wachttijd voor een sociale huurwoning te beperken tot vijf en een "
           "half jaar.")
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"quantity": -1}


def test_evaluating_the_woonvisie_a_year_later_has_slipped():
    old = "De gemeente evalueert in 2025 de woonvisie Ommeland 2022-2027 en betrekt de huurdersraad bij de evaluatie."
    new = "De gemeente evalueert in 2026 de woonvisie Ommeland 2022-2027 en betrekt de huurdersraad bij de evaluatie."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"deadline": -1}
    yearly = "Partijen evalueren in 2025 hun samenwerking in het bestuurlijk overleg."
    assert compare_texts(yearly, yearly.replace("2025", "2026"), old_year=2025, new_year=2026) == []


def test_a_particle_after_a_long_middle_field_closes_a_one_off_act():
    assert is_one_off("De gemeente stelt in 2025 samen met de corporaties, de zorgpartijen en de huurdersraad een "
                      "behoefteraming voor zorgwoningen op, waarin de opgave per kern staat.", "in 2025")


def test_a_report_drawn_up_before_a_yearly_date_is_the_yearly_moment():
    old = ("De gemeente stelt vóór 1 september 2025 een actueel overzicht van de beschikbare bouwlocaties op en deelt "
           "dit met de corporaties.")
    new = old.replace("2025", "2026")
    assert compare_texts(old, new, old_year=2025, new_year=2026) == []


def test_a_routine_date_a_year_on_and_a_month_earlier_is_brought_forward():
    old = "De corporatie informeert de huurdersraad vóór 1 april 2025 over de geplande renovaties per complex."
    new = "De corporatie informeert de huurdersraad vóór 1 maart 2026 over de geplande renovaties per complex."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"deadline": 1}
    plan = "De gemeente stelt vóór 1 oktober 2025 een wijkvisie op voor De Driehoek."
    later = "De gemeente stelt vóór 1 september 2026 een wijkvisie op voor De Driehoek."
    assert kinds(compare_texts(plan, later, old_year=2025, new_year=2026)) == {"deadline": -1}


def test_the_parts_of_a_total_move_with_it():
    old = "De corporatie levert in 2025 ten minste 60 sociale huurwoningen op, waarvan 40 in De Brink en 20 in Noord."
    new = ("De corporatie levert in 2026 ten minste 80 sociale huurwoningen op, waarvan 30 in De Brink, 35 in Noord en "
           "15 aan de Veldweg.")
    assert [(r.kind, r.direction) for r in compare_texts(old, new, old_year=2025, new_year=2026)] == [("quantity", 1)]
    share = "De corporatie bouwt in 2025 100 woningen, waarvan ten minste 30% sociale huur."
    less = "De corporatie bouwt in 2026 100 woningen, waarvan ten minste 25% sociale huur."
    assert kinds(compare_texts(share, less, old_year=2025, new_year=2026)) == {"quantity": -1}


def test_a_higher_size_threshold_covers_fewer_places():
    old = "De corporaties zetten in elk complex met meer dan 50 woningen een huismeester in."
    new = "De corporaties zetten in elk complex met meer dan 80 woningen een huismeester in."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"scope": -1}
    every = "De huurdersraad wordt bij elk nieuwbouwproject vooraf betrokken."
    some = "De huurdersraad wordt bij nieuwbouwprojecten van 30 woningen of meer vooraf betrokken."
    assert kinds(compare_texts(every, some, old_year=2025, new_year=2026)) == {"scope": -1}


def test_the_noun_onderzoek_makes_no_study_of_the_act():
    old = "De corporatie onderzoekt in 2025 of 20 benedenwoningen als seniorenwoning kunnen worden gelabeld."
    new = ("De corporatie labelt in 2026 de 20 benedenwoningen die in het onderzoek van 2025 geschikt bleken als "
           "seniorenwoning.")
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"modality": 1}


def test_as_far_as_possible_written_with_als_is_no_condition():
    # "zo veel als mogelijk", "zo snel als mogelijk" close a degree; only "waar/indien mogelijk" make a condition
    old = "Partijen voorkomen huisuitzettingen wegens huurachterstand zoveel mogelijk."
    new = "Huisuitzettingen wegens huurachterstand worden door partijen zo veel als mogelijk voorkomen."
    assert "condition" not in kinds(compare_texts(old, new, old_year=2025, new_year=2026))


def test_spring_and_autumn_is_twice_a_year():
    old = "De corporatie houdt ten minste één keer per jaar in elke buurt een schouw met bewoners en de gemeente."
    new = "De corporatie houdt in het voorjaar en in het najaar in elke buurt een schouw met bewoners en de gemeente."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"quantity": 1}
    twice = "De corporatie houdt twee keer per jaar in elke buurt een schouw met bewoners en de gemeente."
    assert compare_texts(twice, new, old_year=2025, new_year=2026) == []


def test_an_age_bound_sets_the_reach_of_a_group():
    # a lower bound ("65 jaar en ouder") added or raised serves fewer; an upper bound ("tot 28 jaar") raised more
    old = ("De corporatie biedt senioren van 65 jaar en ouder die een eengezinswoning achterlaten een "
           "verhuisvergoeding van € 2.500.")
    new = old.replace("65 jaar", "70 jaar")
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"scope": -1}
    young = "De corporaties wijzen ten minste 20% van de vrijgekomen woningen toe aan jongeren tot 26 jaar."
    older = "De corporaties wijzen ten minste 20% van de vrijgekomen woningen toe aan jongeren tot 28 jaar."
    assert kinds(compare_texts(young, older, old_year=2025, new_year=2026)) == {"scope": 1}
    wait = "Partijen streven ernaar de gemiddelde wachttijd terug te brengen tot 4 jaar."
    longer = wait.replace("4 jaar", "5 jaar")
    assert kinds(compare_texts(wait, longer, old_year=2025, new_year=2026)) == {"quantity": -1}


def test_new_without_an_article_names_no_one_off_deliverable():
    # "voor nieuwe verhuringen" says which lettings a yearly rule covers; "een nieuwe woonvisie" is made once
    old = "De corporatie hanteert per 1 januari 2025 voor nieuwe verhuringen een streefhuur van 75% van de maximumhuur."
    new = old.replace("2025", "2026")
    assert compare_texts(old, new, old_year=2025, new_year=2026) == []
    assert is_one_off("De gemeente stelt in 2025 een nieuwe woonvisie vast.", "in 2025")


def test_the_year_an_amount_is_for_is_no_date_before_it():
    old = "De corporatie reserveert voor 2026 € 120 per woning voor leefbaarheid in de wijken."
    new = "De corporatie besteedt in 2026 € 120 per woning aan leefbaarheid in de wijken."
    assert compare_texts(old, new, old_year=2026, new_year=2026) == []


def test_what_remains_of_a_counted_set_is_no_wider_reach():
    old = "De huurdersraad richt in 2025 in ten minste vier complexen zonder bewonerscommissie een commissie op."
    new = "De huurdersraad richt in 2026 in de resterende twee complexen zonder bewonerscommissie een commissie op."
    assert "scope" not in kinds(compare_texts(old, new, old_year=2025, new_year=2026))
