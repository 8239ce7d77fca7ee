title = Om denne information
summary = Denne information er udgivet af { $publisher }.
    Oplysningerne blev sidst kontrolleret den { $published }.

who = Hvem står bag
    .p1 = Denne information er udgivet af { $publisher }.
    .p2 = Oplysningerne blev sidst kontrolleret den { $published }. Dette er version { $version }.

sources = Hvor oplysningerne kommer fra
    .p1 = Oplysningerne kommer fra de kilder, der står ved hvert emne. De fleste er officielle danske sider, for eksempel fra Center mod Menneskehandel, politiet og Folketinget.
    .p2 = Alle telefonnumre er kontrolleret på officielle sider.
    .p3 = Regler kan ændre sig. Er du i tvivl, så ring til CMM's hotline.

languages = Sprog og oversættelser
    .p1 = Denne information blev først skrevet på engelsk. De andre sprog er oversat fra den engelske tekst.
    .p2 = Hvert sprog viser, hvor grundigt oversættelsen er kontrolleret. Nogle oversættelser er lavet med hjælp fra en maskine og er endnu ikke kontrolleret af en person, der har sproget som modersmål.
    .p3 = Hvis en del endnu ikke er oversat, ser du den på engelsk, og du får besked om det.

privacy = Dit privatliv
    .p1 = Haven gemmer ingen oplysninger om, hvad du læser.
    .p2 = Haven virker uden internet.
