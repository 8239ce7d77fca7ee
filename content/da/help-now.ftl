title = Få hjælp nu
summary = Er du i fare nu, så ring { CALL("emergency") }. Det er gratis.
    Ring til Center mod Menneskehandel (CMM) for hjælp og råd.

danger = Er du i fare lige nu?
    .p1 = Ring { CALL("emergency") }, hvis dit liv er i fare, hvis der sker en alvorlig forbrydelse, eller hvis nogen er slemt skadet eller meget syg.
    .action = { CALL("emergency") }
    .p2 = Opkaldet er gratis. Det virker, selv om der ikke er taletid på din telefon, eller den er spærret.
    .p3 = Fortæl, hvad der er sket, hvor du er, og hvor mange der er kommet til skade.
    .important = Alle opkald til alarmnummeret bliver optaget.

cmm = Ring til Center mod Menneskehandel
    .p1 = Center mod Menneskehandel (CMM) er en del af den danske stat. Centret hjælper mennesker, som kan være ofre for menneskehandel. Hotlinen er den nemmeste måde at kontakte CMM på.
    .action = { CALL("cmm-hotline") }
    .p2 = Du kan også ringe, hvis du tror, at en anden bliver udnyttet, eller hvis du bare vil have et råd.
    .p3 = Du kan også skrive til { EMAIL("cmm-hotline") }. Hvis du vil sende fortrolige oplysninger på mail, så sig det til CMM først.

first-talk = Det sker, når du taler med CMM
    .p1 = Den første samtale med CMM foregår sådan:
    .list1 =
        - Samtalen kan være anonym. Du behøver ikke at sige, hvem du er.
        - Du vælger selv, om du vil være med.
        - CMM giver kun det, du siger, videre, hvis du siger ja.
        - Du kan tage en person med, som du stoler på, som bisidder.
        - Der bliver ofte brugt tolk, hvis du ikke taler godt dansk eller engelsk.
    .p2 = Samtalen kan foregå hos CMM, på et krisecenter, i fængsel, på et asylcenter eller der, hvor du bor.
    .p3 = Mens CMM ser på din situation, kan centret tilbyde dig støtte og et sted at bo, hvis du har brug for det.

police-and-cmm = CMM og politiet
    .p1 = Du kan få hjælp fra CMM, selv om du ikke går til politiet.
    .important = Vær opmærksom på: CMM arbejder tæt sammen med politiet. CMM fortæller politiet om sager uden at nævne navne, og centret opfordrer ofre til at kontakte politiet.

not-urgent = Når det ikke haster
    .p1 = Ring til politiet på { CALL("police") } for at anmelde en forbrydelse, hvor politiet ikke skal komme med det samme, for at spørge til din sag eller for at give politiet oplysninger.
    .action = { CALL("police") }
    .p2 = Hvis din telefon har et udenlandsk SIM-kort, skal du taste den danske landekode før nummeret.
    .p3 = Disse opkald bliver også optaget.
