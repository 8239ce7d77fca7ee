title = Om denne information
summary = Denne information er udgivet af { $publisher }.
    Oplysningerne blev sidst kontrolleret den { $published }.
    Ingen juridisk rådgiver har endnu kontrolleret den engelske tekst.

who = Hvem står bag
    .p1 = Denne information er udgivet af { $publisher }.
    .p2 = Oplysningerne blev sidst kontrolleret den { $published }. Dette er version { $version }.
    .p3 = Nogle sider blev kontrolleret ud fra gemte kopier, som kan være ældre.
    .p4 = Ingen juridisk rådgiver eller organisation har endnu kontrolleret oplysningerne i den engelske tekst. Ved hvert emne fortæller appen dig, om oplysningerne er kontrolleret, og af hvem.
    .p5 = Denne information er generel. Vil du have råd om din egen situation, så ring til CMM's hotline. Den hjælper ofre, mennesker, der er bekymrede for en anden, og alle, der gerne vil have et råd.
    .action = { CALL("cmm-hotline") }

sources = Hvor oplysningerne kommer fra
    .p1 = Hvert emne viser sine kilder. Hver del af et emne viser kilderne til sine egne oplysninger.
    .p2 = I denne version bruger emnerne 86 forskellige kilder:
    .list1 =
        - 45 er sider fra danske myndigheder, for eksempel CMM, politiet, Folketinget, ministerier og domstole.
        - 8 er rapporter eller sider fra udenlandske regeringer og internationale organer, for eksempel det amerikanske udenrigsministerium, EU og Den Internationale Arbejdsorganisation.
        - 9 er kopier af officielle dokumenter, for eksempel rapporter eller lovtekster, som ligger på andre hjemmesider.
        - 7 er nyhedsartikler.
        - 3 er sider fra advokatfirmaer.
        - 14 er sider fra organisationer, fagforeninger og andre hjemmesider.
    .p3 = Nogle kilder er gamle, nogle har ingen dato, og nogle er kun læst delvist. Er en kilde en nyhed eller et advokatfirma, står det i kildelisten.
    .p4 = Telefonnumrene kommer fra officielle sider fra politiet, den danske stat og CMM. Numre og regler kan ændre sig. Er du i tvivl, så ring til CMM's hotline.

languages = Sprog og oversættelser
    .p1 = Denne information blev først skrevet på engelsk. De andre sprog er oversat fra den engelske tekst.
    .p2 = Hvert sprog viser, hvordan oversættelsen er lavet, og om en person med sproget som modersmål har kontrolleret den. Nogle oversættelser er lavet med hjælp fra en maskine og er endnu ikke kontrolleret af en person, der har sproget som modersmål.
    .p3 = Hvis en del endnu ikke er oversat, ser du den på engelsk, og du får besked om det.
    .p4 = Når du taler med CMM første gang, bliver der ofte brugt en tolk.

privacy = Dit privatliv
    .p1 = Haven gemmer ingen oplysninger om, hvad du læser eller søger efter. Den gemmer kun dine indstillinger, for eksempel dit sprog og tekststørrelsen.
    .p2 = Haven virker uden internet. Den går kun på nettet for at lede efter opdaterede oplysninger, og kun hvis du beder om det i indstillingerne.
    .important = Din telefon kan stadig selv gemme oplysninger om de opkald, du foretager, og de mails, du sender, fra Haven. Emnet "Få hjælp nu" fortæller, hvad den gemmer.
    .p3 = Din kontaktperson i CMM kan give dig råd om, hvordan du passer på din telefon.
