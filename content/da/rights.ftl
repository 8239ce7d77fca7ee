title = Dine rettigheder
summary = Meget af hjælpen her er kun for mennesker, som myndighederne vurderer er ofre for menneskehandel.
    Hvad du får, afhænger også af dine papirer og af, om der er en retssag.
    Spørg CMM, hvad der gælder for dig.

who-decides = Hvem afgør, om du er offer
    .p1 = Det meste af hjælpen på denne side er for mennesker, som bliver vurderet til at være ofre for menneskehandel. Hvem der afgør det, afhænger af din situation:
    .list1 =
        - Er du lovligt i Danmark, afgør CMM det. Det gælder for eksempel, hvis du er dansk statsborger eller EU-borger, eller hvis du har papirer på at måtte være her.
        - Har du ikke lovligt ophold i Danmark, eller søger du asyl, afgør Udlændingestyrelsen det. I nogle sager afgør et andet statsligt kontor, SIRI, det.
        - Er du tiltalt for en forbrydelse, kan retten afgøre, at du er offer.
    .p2 = Den første samtale med CMM giver dig ikke i sig selv hjælpen på denne side.
    .important = Vær opmærksom på: I 2011 sagde Udlændingestyrelsen, at den træffer afgørelsen ud fra oplysninger fra politiet og det, du har fortalt CMM.

reflection = Refleksionsperioden
    .p1 = Bliver du vurderet til at være offer, får du tilbudt en periode på 30 dage. Den kaldes refleksionsperioden. Den skal give dig tid til at komme væk fra dem, der udnytter dig, og til at komme dig.
    .p2 = Hvad perioden betyder, afhænger af dine papirer.
    .list1 =
        - Har du ikke lovligt ophold i Danmark, er refleksionsperioden en frist for, hvornår du skal forlade Danmark. Hvis der bliver spurgt om det, sætter Udlændingestyrelsen fristen til 30 dage.
        - Er du lovligt i Danmark, får du en tilsvarende periode med den samme hjælp. Den kaldes restitutionsperioden.
    .p3 = Hvis der bliver spurgt om det, kan Udlændingestyrelsen sætte fristen senere eller gøre den længere. Det kan ske, når der er særlige grunde, eller når du samarbejder med myndighederne om at planlægge en frivillig hjemrejse. Fristen kan aldrig være mere end 120 dage. Reglen står i udlændingeloven, § 33, stk. 14.
    .important = Refleksionsperioden er ikke en tilladelse til at blive i Danmark. Vil du bede om en længere periode, så spørg CMM eller en advokat, hvordan du gør.

support = Hjælp i perioden
    .p1 = I perioden kan du få tilbudt:
    .list1 =
        - et sted at bo, med mad
        - hjælp fra en læge
        - hjælp fra en psykolog
        - juridisk hjælp
        - undervisning og aktiviteter, hvor du lærer noget
        - hjælp til at kontakte organisationer i dit hjemland, hvis du vil
    .p2 = Du får også en kontaktperson fra CMM. Kontaktpersonen forklarer, hvilken hjælp du kan få. Kontaktpersonen samarbejder også med andre om din sag, for eksempel Udlændingestyrelsen, advokater, politiet og Røde Kors.
    .p3 = Hjælpen fra CMM afhænger ikke af, om du samarbejder med politiet.

no-legal-stay = Hvis du ikke har lovligt ophold
    .p1 = Kan du være offer, og har du ikke lovligt ophold, kan politiet bestemme, hvor du skal bo, mens din sag bliver vurderet. Politiet kan placere dig på et krisecenter eller et andet sted at bo. Det er en afgørelse, som politiet træffer efter udlændingeloven (§ 34, stk. 1, nr. 3). Det er ikke det samme som et sted at bo, som CMM tilbyder dig.
    .important = Vær opmærksom på risikoen. Mennesker, som kan være ofre, er blevet spærret inde (frihedsberøvet) i Danmark, mens deres sag eller deres papirer blev undersøgt. Nogle, som CMM vurderede var ofre, er alligevel blevet sendt ud af Danmark.
    .p2 = Spørg CMM eller en advokat, hvad det betyder for dig, før du beslutter, hvad du vil gøre.

lawyer = En bistandsadvokat i en straffesag
    .p1 = Når politiet og domstolene behandler en forbrydelse mod dig, kan du måske få din egen advokat. Advokaten kaldes en bistandsadvokat, en advokat for offeret. Reglen står i retsplejeloven, § 741 a. Den omfatter menneskehandel.
    .p2 = Advokaten hører til straffesagen om forbrydelsen mod dig. Staten betaler advokaten. Retten udpeger advokaten, og du kan bede om en bestemt advokat.
    .important = Det er ikke bekræftet, hvordan et offer for menneskehandel beder om en bistandsadvokat, eller om du får en uden at bede om det. Spørg CMM eller politiet.
    .p3 = En bistandsadvokat kan:
    .list1 =
        - give dig råd, mens politiet efterforsker
        - gå med dig, når politiet afhører dig
        - forklare, hvordan retssagen foregår
        - gå med dig, når du skal vidne i retten
        - gøre dit krav om penge klar og fremføre det i retssagen
    .p4 = CMM kan også give dig juridisk hjælp og rådgivning: om dine rettigheder og muligheder, om at være vidne, om at kræve penge og om at få en advokat.
    .p5 = Bliver du selv sigtet for en forbrydelse, har du ret til en forsvarsadvokat.

compensation = Penge for den skade, du har lidt
    .p1 = Hvis en forbrydelse har skadet din krop eller din psyke, kan du søge den danske stat om penge. Pengene kaldes erstatning. Erstatningsnævnet træffer afgørelsen.
    .p2 = Der er betingelser:
    .list1 =
        - Som hovedregel skal forbrydelsen være anmeldt til politiet inden for 72 timer.
        - Hvis der er en retssag, skal du kræve erstatning i den sag.
        - Du skal søge inden for 2 år. De 2 år regnes fra forbrydelsen, fra den endelige dom eller fra, da politiet lukkede sagen.
    .important = Det er ikke bekræftet, om reglen om 72 timer er lempet for ofre for menneskehandel. Spørg CMM eller en advokat.
    .p3 = Du søger gennem politiet. Politiet sender din ansøgning og sagens papirer til nævnet.
    .p4 = Nævnet træffer som regel afgørelse, når retssagen er slut. Du kan søge nævnet, hvis den, der skadede dig, blev dømt, men ikke har betalt dig, hvis personen blev frifundet, eller hvis ingen ved, hvem personen er.
    .p5 = Erstatningen kan dække behandling, tabt løn, svie og smerte, varige skader, tabt evne til at arbejde, udgifter til advokat og andre tab.

residence = Kan jeg blive i Danmark?
    .p1 = Det er ikke nok i sig selv at være offer for menneskehandel for at få opholdstilladelse i Danmark. Det kan være en del af en ansøgning om asyl. I de fem år før 2017 fik kun fire ofre asyl.
    .p2 = Loven giver mulighed for opholdstilladelse til en person, som der er brug for i en politiefterforskning eller en retssag. Tilladelsen kan ikke vare længere end efterforskningen eller retssagen. Denne tilladelse gives meget sjældent.
    .p3 = Opholdstilladelse af humanitære grunde bliver afgjort fra sag til sag. Den gives kun som en sjælden undtagelse.
    .important = Spørg en advokat eller din kontaktperson i CMM, hvad det betyder for dig.

return = Rejs hjem med hjælp
    .p1 = Bliver du vurderet til at være offer, får du tilbudt hjælp til at rejse tilbage til dit hjemland eller til et andet land, hvor du har opholdstilladelse. Det kaldes forberedt hjemsendelse. Det er frivilligt.
    .p2 = Du får tilbudt hjælpen, også selv om du ikke samarbejder med politiet eller vidner i retten.
    .p3 = Hjemrejsen planlægges sammen med dig i refleksionsperioden. Når du er kommet frem, kan du få støtte i omkring seks måneder. Støtten kan være:
    .list1 =
        - penge hver måned
        - hjælp til en bolig
        - hjælp til at starte en måde at tjene penge på, for eksempel en lille butik eller en frisørsalon
        - lægehjælp
        - skole eller uddannelse, også til dine børn
    .p4 = Før du rejser, ser din kontaktperson sammen med dig og Hjemrejsestyrelsen på, hvad der kan bringe dig i fare. Dine behov for sikkerhed bliver givet videre til en partnerorganisation i dit hjemland.
