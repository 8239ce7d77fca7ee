title = Et sikkert sted at bo
summary = Er du offer for menneskehandel, kan du få et sikkert sted at bo, med mad.
    Vil du have et sted at bo, så start med at ringe til CMM.

get-a-place = Sådan får du et sted at bo
    .p1 = Ring til CMM's hotline. CMM og din kontaktperson finder et sted til dig sammen med myndighederne.
    .action = { CALL("cmm-hotline") }
    .p2 = Mens CMM ser på din situation, kan centret tilbyde dig et sted at bo, hvis du har brug for det.
    .p3 = Hvis du ikke har lovligt ophold i Danmark, kan politiet også give dig plads på et krisecenter eller et andet sted at bo, mens din sag bliver vurderet.

what-you-get = Hvilket sted du kan bo
    .p1 = Du får et sikkert sted at bo, med mad.
    .p2 = Det kan være et krisecenter, et herberg eller et asylcenter. Børn under 18 kan bo på en døgninstitution.

staying-safe = Pas på dig selv
    .p1 = Din kontaktperson i CMM ser på, hvad der kan bringe dig i fare. Kontaktpersonen kan hjælpe med:
    .list1 =
        - råd om, hvordan du passer på dig selv
        - hvordan du passer på din telefon
        - at flytte til et andet sted at bo
        - kontakt med politiet

women = Steder for kvinder
    .p1 = Organisationen Reden International driver to krisecentre for kvinder, der er ofre for menneskehandel, i refleksionsperioden. Adresserne holdes hemmelige for at beskytte dig.
    .p2 = Krisecentret giver kvinderne, der bor der, råd om, hvordan de passer på sig selv.
    .p3 = Kvinder, der også søger asyl, bor som regel på et asylcenter. Når din situation er blevet vurderet, kan du få plads hos Reden International.

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
