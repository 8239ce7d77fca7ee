title = Få hjælp nu
summary = Er du i fare nu, så ring { CALL("emergency") }. Det er gratis.
    Ring til Center mod Menneskehandel (CMM) for hjælp og råd.

danger = Er du i fare lige nu?
    .p1 = Ring { CALL("emergency") }, hvis nogens liv er i fare, hvis der sker en alvorlig forbrydelse, hvis der er brand eller en ulykke, eller hvis nogen er så skadet eller syg, at deres liv er i fare.
    .action = { CALL("emergency") }
    .p2 = Opkaldet er gratis. Det virker, selv om der ikke er taletid på din telefon, eller den er spærret.
    .p3 = Den, der svarer, vil spørge, hvad der er sket, hvor og hvornår, hvor hjælpen skal sendes hen, og hvor mange der er kommet til skade.
    .important = Alle opkald til alarmnummeret bliver optaget.

cmm = Ring til Center mod Menneskehandel
    .p1 = Center mod Menneskehandel (CMM) er en del af en dansk statslig myndighed. Centret hjælper med at finde ud af, om mennesker har været udsat for menneskehandel, og det tilbyder dem hjælp, støtte og råd. Hotlinen er den nemmeste måde at kontakte CMM på.
    .action = { CALL("cmm-hotline") }
    .p2 = Du kan også ringe, hvis du tror, at en anden bliver udnyttet, eller hvis du bare vil have et råd. Du kan fortælle CMM om en situation uden at sige dit navn.
    .p3 = Du kan også skrive til { EMAIL("cmm-hotline") }. Hvis du vil sende fortrolige oplysninger på mail, så sig det til CMM først.
    .p4 = Denne app oplyser ikke hotlinens åbningstider eller sprog, fordi de ikke er bekræftet. Spørg CMM. Hvis ingen svarer, og du er i fare, så ring { CALL("emergency") }.
    .important = Tænk over, hvem der kan se din telefon. Et opkald, du foretager fra denne app, også til { CALL("emergency") } eller { CALL("police") }, bliver vist i telefonens liste over opkald. Det kan også stå på din telefonregning. En mail, du sender, bliver liggende i mappen "Sendt".

first-talk = Det sker, når du taler med CMM
    .p1 = Den første samtale med CMM foregår sådan:
    .list1 =
        - Samtalen er anonym. Du behøver ikke at sige dit navn.
        - Du vælger selv, om du vil være med.
        - CMM giver kun dine oplysninger videre, hvis du siger ja. Men læs længere nede, hvad CMM fortæller politiet.
        - Du kan tage en person med, som du stoler på, som støtte.
        - Er du under 18, er en personlig repræsentant normalt med.
        - Der bliver ofte brugt tolk, hvis du ikke taler godt dansk eller engelsk.
    .p2 = Samtalen kan foregå hos CMM, på et krisecenter, i et arresthus eller fængsel, på et asylcenter eller der, hvor du bor.
    .p3 = Mens CMM ser på din situation, kan centret tilbyde dig støtte og et sted at bo, hvis du har brug for det.

police-and-cmm = Hvad CMM fortæller politiet
    .p1 = Du kan få hjælp fra CMM, selv om du ikke går til politiet.
    .p2 = CMM arbejder tæt sammen med politiet. Dette er, hvad man ved om, hvad politiet får at vide:
    .list1 =
        - Dit navn og dine oplysninger: CMM siger, at centret kun giver dem videre, hvis du siger ja.
        - Din sag: En nyhedsartikel fra 2025 siger, at CMM nu fortæller politiet om sager, uden navne. Den siger også, at CMM opfordrer ofre til selv at kontakte politiet.
        - Artiklen siger ikke, hvad CMM ellers fortæller politiet om en sag.
    .p3 = Har du ikke papirer på at måtte være i Danmark, er det Udlændingestyrelsen, ikke CMM, der afgør, om du er offer. Udlændingestyrelsen har sagt, at den bruger oplysninger fra politiet og det, personen har fortalt CMM.
    .important = Før du siger dit navn eller giver oplysninger, så spørg CMM: "Hvad vil I fortælle politiet eller Udlændingestyrelsen om mig?"

after-call = Det sker, når du har ringet
    .p1 = Dette er trinene, så vidt man ved:
    .list1 =
        - Du fortæller CMM om din situation. Du behøver ikke at sige dit navn.
        - Hvis det kan være menneskehandel, kan CMM tilbyde dig en første samtale. Du vælger selv, om du vil.
        - Mens din situation bliver undersøgt, kan CMM tilbyde dig støtte og et sted at bo, hvis du har brug for det.
        - Derefter afgør nogen, om du er offer for menneskehandel. Er du lovligt i Danmark, afgør CMM det. Har du ikke lovligt ophold, eller søger du asyl, afgør Udlændingestyrelsen det. Er du tiltalt for en forbrydelse, kan retten afgøre det.
        - Bliver du vurderet til at være offer, får du tilbudt en periode på 30 dage til at komme væk fra udnyttelsen og komme dig. Den kaldes refleksionsperioden (for mennesker, der er lovligt i Danmark, restitutionsperioden). Den kan blive længere, op til 120 dage, når der er særlige grunde, eller hvis du er med til at planlægge en hjemrejse.
        - Du får en kontaktperson fra CMM. Kontaktpersonen forklarer, hvilken hjælp du kan få, og samarbejder med andre, for eksempel Udlændingestyrelsen, advokater, politiet og Røde Kors.
    .important = Har du ikke lovligt ophold, er refleksionsperioden ikke en tilladelse til at blive. Den er en senere dato, hvor du skal have forladt Danmark. Læs "Ingen papirer? Bange for politiet?"
    .p2 = Den hjælp, CMM tilbyder, og tilbuddet om en planlagt hjemrejse afhænger ikke af, om du hjælper politiet.
    .p3 = Din kontaktperson ser også på din sikkerhed sammen med dig. Det kan være råd om, hvordan du passer på dig selv og på din telefon, at du flytter til et andet sted at bo, eller kontakt med politiet.

not-urgent = Når det ikke haster
    .p1 = Ring til politiet på { CALL("police") } for at anmelde en forbrydelse, hvor der ikke er brug for politiet med det samme, for at spørge til din sag eller for at give politiet oplysninger.
    .action = { CALL("police") }
    .p2 = Hvis din telefon har et udenlandsk SIM-kort, skal du taste den danske landekode før nummeret.
    .p3 = Disse opkald bliver også optaget.
