title = Ingen papirer? Bange for politiet?
summary = Du er måske bange for at blive spærret inde eller sendt hjem, hvis du beder om hjælp.
    Denne side fortæller ærligt, hvad der kan ske. Ingen kan love dig, at det er sikkert.
    Du kan ringe til CMM først uden at sige dit navn.

honest-answer = Kan jeg blive spærret inde eller sendt hjem?
    .p1 = Ja, det kan ske. Vi vil ikke sige til dig, at det ikke kan.
    .list1 =
        - Institut for Menneskerettigheder skrev, at for mennesker, der ikke har ret til at være her eller kun har en begrænset ret, vil kontakt med myndighederne meget sandsynligt føre til, at de bliver registreret, spærret inde (frihedsberøvet) og sendt ud af Danmark.
        - Amerikanske rapporter siger, at ofre blev spærret inde, mens deres papirer blev undersøgt (2017), og at myndighederne kunne tilbageholde mulige ofre i 72 timer, og længere, hvis det var nødvendigt (2018 til 2020).
        - I 2023 sagde en amerikansk rapport, at Danmark stadig fokuserede på at sende nogle udenlandske ofre ud af landet i stedet for at undersøge, om de var ofre.
        - En organisation, Reden International, siger, at det ikke er ulovligt at sælge sex i Danmark, men at udenlandske kvinder, der sælger sex, bliver anholdt for at arbejde uden tilladelse eller for at opholde sig her uden papirer, og at de ofte bliver sendt ud af Danmark med kort varsel.
    .p2 = At være offer stopper det ikke altid. I 2015 blev en kvinde fra Nigeria spærret inde for at blive sendt ud af Danmark, selv om hun to gange var blevet vurderet til at være offer. Hun havde to gange forladt Danmark uden at tage imod den hjælp, hun fik tilbudt. I en anden sag samme år blev en kvinde fra Nigeria sendt ud af Danmark og fik forbud mod at komme tilbage i to år, selv om CMM havde vurderet, at hun var offer.

ask-first = Du kan spørge først, uden dit navn
    .p1 = Du kan ringe til CMM's hotline og fortælle om din situation uden at sige dit navn. Du kan spørge, hvad der vil ske med dig, før du beslutter noget.
    .action = { CALL("cmm-hotline") }
    .list1 =
        - Den første samtale med CMM er anonym, og du vælger selv, om du vil være med.
        - CMM siger, at centret kun giver dine oplysninger videre, hvis du siger ja.
        - Men CMM arbejder tæt sammen med politiet. En nyhedsartikel fra 2025 siger, at CMM nu fortæller politiet om sager, uden navne.
    .important = Spørg CMM, før du siger dit navn: "Hvad sker der med mig, hvis jeg ikke har papirer? Hvad vil I fortælle politiet eller Udlændingestyrelsen?"

who-decides = Hvem afgør, om du er offer
    .p1 = Har du ikke papirer på at måtte være i Danmark, eller søger du asyl, er det ikke CMM, der afgør, om du er offer for menneskehandel. Det afgør Udlændingestyrelsen.
    .list1 =
        - I nogle sager afgør Styrelsen for International Rekruttering og Integration (SIRI) det.
        - Er du tiltalt for en forbrydelse, kan retten afgøre det.
        - I sager om prostitution, hvor personen ikke har papirer, bliver CMM altid kontaktet.
    .p2 = Udlændingestyrelsen har sagt, at den bruger oplysninger fra politiet og det, personen har fortalt CMM.
    .p3 = En første samtale med CMM giver dig ikke i sig selv den hjælp, der er til ofre.

reflection = Hvad refleksionsperioden betyder for dig
    .p1 = Bliver du vurderet til at være offer, og har du ingen papirer, kan Udlændingestyrelsen sætte en dato, hvor du skal have forladt Danmark. Hvis der bliver spurgt om det, sætter den datoen 30 dage frem. De 30 dage kaldes refleksionsperioden. De giver dig tid til at komme væk fra udnyttelsen og komme dig.
    .important = Refleksionsperioden er ikke en tilladelse til at blive i Danmark. Den er en senere dato, hvor du skal have forladt landet.
    .list1 =
        - Hvis der bliver spurgt om det, kan datoen blive sat senere eller flyttet, når der er særlige grunde, eller når du er med til at planlægge en hjemrejse.
        - Den kan aldrig være mere end 120 dage.
        - I denne tid kan du få tilbudt et sted at bo med mad, en læge, en psykolog, juridisk hjælp og aktiviteter, hvor du lærer noget.
    .p2 = Det står i udlændingeloven, § 33, stk. 14, loven om udlændinge.
    .p3 = Hvordan du beder om refleksionsperioden eller om mere tid: Spørg CMM.

stay = Kan jeg blive i Danmark?
    .list1 =
        - Det er ikke nok i sig selv at være offer for menneskehandel for at få opholdstilladelse i Danmark. Det kan være en del af en ansøgning om asyl.
        - Der er en tilladelse til mennesker, som der er brug for i en politiefterforskning eller en retssag. Den gives meget sjældent, og den kan ikke vare længere end efterforskningen eller retssagen.
    .p1 = Spørg CMM, hvad der er muligt for dig.

police-housing = Hvis politiet sætter dig et sted at bo
    .p1 = Har du ingen papirer, kan politiet placere dig på et krisecenter eller et andet sted at bo, mens din sag bliver vurderet. Det er politiet, der bestemmer det. Det er en regel i udlændingeloven, § 34, stk. 1, nr. 3.
    .important = Det er ikke det samme som et sikkert sted, som du selv vælger. Mennesker, som kan være ofre, er også blevet spærret inde (frihedsberøvet), mens deres sag blev vurderet.

being-sent-away = Hvis myndighederne vil sende dig ud af Danmark
    .p1 = Når myndighederne afgør, om en person skal sendes ud af Danmark, skal de lægge særlig vægt på, om grundene skyldes, at personen har været udsat for menneskehandel, og om det taler imod at sende personen væk. Det var reglen i udlændingeloven, § 26 a, i 2011 og 2015.
    .p2 = Som de to sager ovenfor viser, stopper det ikke altid udsendelsen. Reglen, og hvordan den bliver brugt, kan have ændret sig siden da. Spørg CMM eller en advokat.
    .p3 = En amerikansk rapport fra 2021 siger, at passene fra udenlandske ofre, som samarbejdede med myndighederne, blev beholdt uden deres samtykke.
    .p4 = Blev du tvunget til at arbejde uden tilladelse eller til at begå kriminalitet, så læs "Tvunget til at tigge eller begå kriminalitet".

get-help = Hvor du kan starte
    .p1 = Start med CMM's hotline. Du behøver ikke at sige dit navn.
    .action = { CALL("cmm-hotline") }
    .p2 = Kvinder, der sælger sex, kan komme på Mødestedet, et værested, som Reden International driver på Indre Vesterbro i København. Du behøver ikke at sige dit navn der. Spørg CMM, hvordan du finder det.
    .p3 = Er du i fare nu, så ring { CALL("emergency") }.
