title = Dine rettigheder
summary = Er du offer for menneskehandel, giver Danmark dig tid til at hvile og få hjælp.
    Du kan få et sikkert sted at bo, sundhedshjælp, juridisk hjælp og din egen advokat.

reflection = Tid til at hvile og komme dig
    .p1 = Når myndighederne vurderer, at du er offer for menneskehandel, får du tilbudt 30 dage til at hvile og komme dig. Det kaldes refleksionsperioden. Den giver dig tid til at komme væk fra dem, der udnytter dig, og til at få det bedre.
    .p2 = Perioden kan blive længere, op til 120 dage, hvis du samarbejder med myndighederne om at planlægge en frivillig hjemrejse.
    .p3 = Er du lovligt i Danmark, får du en tilsvarende periode, en restitutionsperiode, med den samme hjælp.

support = Hjælp i denne tid
    .p1 = I denne tid kan du få:
    .list1 =
        - et sikkert sted at bo, med mad
        - hjælp fra en læge
        - hjælp fra en psykolog
        - juridisk hjælp
        - undervisning og aktiviteter
        - hjælp til at kontakte organisationer i dit hjemland, hvis du vil
    .p2 = Du får også en kontaktperson fra CMM. Kontaktpersonen forklarer, hvilken hjælp du kan få. Kontaktpersonen samarbejder også med andre for dig, for eksempel Udlændingestyrelsen, advokater, politiet og Røde Kors.

lawyer = Din egen advokat, gratis
    .p1 = Som offer for menneskehandel kan du få din egen advokat. Advokaten kaldes en bistandsadvokat. Staten betaler advokaten.
    .p2 = Bed politiet om en bistandsadvokat. Retten udpeger så advokaten. Du kan bede om en bestemt advokat. CMM kan også hjælpe dig med at få en advokat.
    .list1 =
        - Advokaten giver dig råd, mens politiet efterforsker.
        - Advokaten kan gå med dig, når politiet taler med dig.
        - Advokaten forklarer, hvordan retssagen foregår.
        - Advokaten kan gå med dig, når du skal forklare dig i retten.
        - Advokaten kan gøre dit krav om penge klar og fremføre det i retssagen.
    .p3 = Bliver du selv sigtet for en forbrydelse, har du ret til en forsvarsadvokat.

compensation = Penge for den skade, du har lidt
    .p1 = Hvis en forbrydelse har skadet din krop eller din psyke, kan du bede den danske stat om penge. Pengene kaldes erstatning. Erstatningsnævnet træffer afgørelsen.
    .p2 = De vigtigste regler er:
    .list1 =
        - Som hovedregel skal forbrydelsen være anmeldt til politiet inden for 72 timer.
        - Hvis der er en retssag, skal du kræve erstatning i den sag.
        - Du skal søge inden for 2 år. De 2 år regnes fra forbrydelsen, fra den endelige dom eller fra, da politiet lukkede sagen.
    .p3 = Du søger gennem politiet. Politiet sender din ansøgning videre til nævnet. Din advokat kan hjælpe dig.
    .p4 = Erstatningen kan dække behandling, tabt løn, svie og smerte og varige skader. Nævnet træffer normalt først afgørelse, når retssagen er slut.

residence = Kan jeg blive i Danmark?
    .p1 = Det er ikke nok i sig selv at være offer for menneskehandel for at få opholdstilladelse i Danmark. Det kan være en del af en ansøgning om asyl. Tidligere har meget få ofre fået asyl.
    .p2 = Loven giver mulighed for opholdstilladelse til en person, som der er brug for i en politiefterforskning eller en retssag. Tilladelsen slutter, når sagen slutter. Denne tilladelse gives meget sjældent.
    .p3 = Opholdstilladelse af humanitære grunde gives kun som en sjælden undtagelse.
    .important = Spørg din advokat eller din kontaktperson i CMM, hvad det betyder for dig.

return = Rejs sikkert hjem
    .p1 = Du kan få hjælp til at rejse tilbage til dit hjemland eller til et andet land, hvor du har opholdstilladelse. Det kaldes forberedt hjemsendelse. Det er frivilligt.
    .p2 = Du får hjælpen, også selv om du ikke samarbejder med politiet eller vidner i retten.
    .p3 = Hjemrejsen planlægges sammen med dig i refleksionsperioden. Når du er kommet hjem, kan du få støtte i omkring seks måneder. Støtten kan være:
    .list1 =
        - penge hver måned
        - hjælp til en bolig
        - hjælp til at starte en måde at tjene penge på, for eksempel en lille butik eller en frisørsalon
        - lægehjælp
        - skole eller uddannelse, også til dine børn
    .p4 = Før du rejser, ser din kontaktperson sammen med dig på, hvad der kan bringe dig i fare. Dine behov for sikkerhed bliver givet videre til en partnerorganisation i dit hjemland.
