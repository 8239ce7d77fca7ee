title = Et sikkert sted at bo
summary = Ofre for menneskehandel får tilbudt et sikkert sted at bo, med mad.
    Vil du have et sted at bo, så start med at ringe til CMM.
    Har du ikke lovligt ophold, kan politiet også bestemme, hvor du skal bo.

get-a-place = Sådan får du et sted at bo
    .p1 = Ring til CMM's hotline. Et sted at bo bliver fundet gennem CMM, din kontaktperson i CMM og myndighederne.
    .action = { CALL("cmm-hotline") }
    .p2 = Mens CMM ser på din situation, kan centret tilbyde dig et sted at bo, hvis du har brug for det.

what-you-get = Hvilket sted du kan bo
    .p1 = Ofre får tilbudt et sikkert sted at bo, med mad.
    .p2 = Det kan være et krisecenter, et herberg eller et asylcenter. Børn under 18 kan bo på en døgninstitution for børn.

police-placement = Hvis politiet bestemmer, hvor du skal bo
    .p1 = Kan du være offer, og har du ikke lovligt ophold i Danmark, kan politiet placere dig på et krisecenter eller et andet sted at bo, mens din sag bliver vurderet.
    .p2 = Det er en afgørelse, som politiet træffer efter udlændingeloven (§ 34, stk. 1, nr. 3), loven om udlændinge. Det er ikke det samme som et sted at bo, som CMM tilbyder dig.
    .important = Vær opmærksom på: Mennesker, som kan være ofre, er blevet spærret inde (frihedsberøvet) i Danmark, mens deres sag eller deres papirer blev undersøgt. Nogle, som blev vurderet til at være ofre, er alligevel blevet sendt ud af Danmark. Spørg CMM eller en advokat, hvad det betyder for dig.

staying-safe = Pas på dig selv
    .p1 = Din kontaktperson i CMM ser på, hvad der kan bringe dig i fare. Kontaktpersonen kan hjælpe med:
    .list1 =
        - råd om, hvordan du passer på dig selv
        - hvordan du passer på din telefon
        - at flytte til et andet sted at bo
        - kontakt med politiet

women = Steder for kvinder
    .p1 = Organisationen Reden International driver to krisecentre for kvinder, som er ofre for menneskehandel og er i refleksionsperioden. Adresserne holdes hemmelige for at beskytte kvinderne. Staten betaler for krisecentrene.
    .p2 = Krisecentret giver kvinderne, der bor der, råd om, hvordan de passer på sig selv.
    .p3 = Kvinder, der også søger asyl, bor som regel på et asylcenter. Når deres situation er blevet vurderet, kan de få plads hos Reden International.

men = Steder for mænd
    .p1 = Mænd kan bo på et krisecenter for mænd, i et botilbud, i en lejlighed eller et lignende sted. CMM samarbejder med et herberg i København.
    .p2 = Mænd, der søger asyl, bor normalt på et asylcenter.

drop-in = Et værested for kvinder i København
    .p1 = Reden International driver Mødestedet, et værested på Indre Vesterbro i København. Det er for udenlandske kvinder, der sælger sex.
    .list1 =
        - Du behøver ikke at sige dit navn.
        - Du kan få hjælp med sociale, juridiske og helbredsmæssige problemer.
        - Du kan få lidt mad og en pause fra gaden.
    .p2 = Spørg CMM's hotline, hvordan du finder det.
