title = Få hjælp nu
summary = Hvis du er i fare nu, så ring { CALL("emergency") }. Det er gratis.

danger = Er du i fare lige nu?
    .p1 = Ring { CALL("emergency") }, hvis dit liv er i fare, eller hvis nogen er hårdt såret.
    .action = { CALL("emergency") }
    .important = Alle opkald til alarmcentralen bliver optaget.

cmm = Ring til Center mod Menneskehandel
    .p1 = Centret hjælper mennesker, som kan være ofre for menneskehandel. Du kan skrive til { EMAIL("cmm-hotline") }.
    .action = { CALL("cmm-hotline") }
    .list1 =
        - Samtalen kan være anonym.
        - Du vælger selv, om du vil være med.

about = Om denne information
    .p1 = Denne information er udgivet af { $publisher }. Dette er version { $version }.
