title = Tvunget til at tigge eller begå kriminalitet
summary = Det kan være menneskehandel, hvis du bliver tvunget til at tigge, stjæle, sælge stoffer eller begå anden kriminalitet.
    Du er måske bange for at blive straffet. Denne side fortæller ærligt, hvad man ved.
    Du kan ringe til CMM uden at sige dit navn.

what-it-is = Hvad tvang til kriminalitet er
    .p1 = I Danmark omfatter loven mod menneskehandel også mennesker, som bliver brugt til at begå kriminalitet.
    .p2 = Tiggeri kan også være menneskehandel. Den danske regering har nævnt tiggeri, lommetyveri og salg af stoffer blandt de områder, hvor menneskehandel kan ske. Regeringen har også sagt, at den ville have en ny plan mod menneskehandel, som skulle fokusere på tiggeri og på børn.
    .p3 = CMM har fundet mennesker, som blev tvunget til at:
    .list1 =
        - stjæle eller bryde ind i hjem
        - bære eller sælge stoffer
        - dyrke hash
        - snyde skattevæsenet, mens de drev en butik
    .p4 = Nogle gange bruger menneskehandlere en persons navn og ID-papirer til at snyde firmaer og skattevæsenet. I en sag blev fattige mennesker fra Rumænien bragt til Danmark med falske jobtilbud, og deres navne blev brugt til svindel. Menneskehandlerne blev dømt for menneskehandel.

who = Hvem det sker for
    .p1 = CMM beskriver en gruppe drenge og unge mænd fra Nordafrika. Bander bruger dem til at stjæle, bryde ind i hjem og bære og sælge stoffer.
    .list1 =
        - Nogle er blevet skadet, seksuelt misbrugt eller truet, også med våben.
        - De ved, at det kan få alvorlige følger at sige nej til banden.
        - Banden ved måske, hvor deres familie bor derhjemme.
        - Mange kom alene til Danmark som børn og søgte asyl.
    .p2 = Mænd kan også blive brugt. For eksempel er mænd fra Vietnam blevet brugt til at dyrke hash.

punished = Bliver jeg straffet for det, jeg blev tvunget til?
    .p1 = Vi kan ikke love, at du ikke bliver straffet. Dette er, hvad man ved:
    .list1 =
        - Amerikanske rapporter fra 2021 og 2022 siger, at dansk lov ikke havde en klar regel, der beskytter ofre mod straf for forbrydelser, de blev tvunget til at begå.
        - De samme rapporter siger, at nogle myndigheder har stillet ofre for retten for sådanne forbrydelser, også børn.
        - I 2024 sagde CMM, at drenge fra Nordafrika, som bliver tvunget til at begå kriminalitet, ofte ikke bliver set som ofre. I stedet kommer de i fængsel og bliver sendt ud af Danmark.
        - Anklagere kan frafalde tiltalen for mindre alvorlige forbrydelser, som et offer har begået som en del af menneskehandlen. Så kan offeret også undgå at blive sendt ud af landet.
        - Er du tiltalt for en forbrydelse, kan retten afgøre, at du er offer for menneskehandel.
    .important = Tiltalen kan kun frafaldes, hvis man ved, at du har været udsat for menneskehandel. Fortæl din advokat og myndighederne, hvad der er sket med dig.
    .p2 = Bliver du sigtet for en forbrydelse, har du ret til en forsvarsadvokat.
    .p3 = Du kan blive tilbageholdt (frihedsberøvet). Amerikanske rapporter fra 2018 til 2020 siger, at myndighederne kunne tilbageholde mulige ofre i 72 timer, og længere, hvis det var nødvendigt.
    .p4 = Reglerne kan have ændret sig siden disse rapporter. Der findes også retningslinjer for anklagere om tiltale mod ofre, og denne app ved ikke, hvad de siger i dag. Spørg CMM eller en advokat, hvad reglerne er nu.

afraid = Hvis du er bange for at fortælle det
    .p1 = Mange i denne situation er meget bange for at fortælle deres historie, fordi banden truer dem.
    .p2 = En organisation, HopeNow, siger, at mange mulige ofre bliver behandlet som kriminelle og holdt i fængsel, indtil de bliver vurderet til at være ofre. Derfor holder mange sig væk fra politiet.
    .p3 = Du kan ringe til CMM først og stille spørgsmål uden at sige dit navn. Hjælpen fra CMM afhænger ikke af, om du går til politiet.
    .action = { CALL("cmm-hotline") }

get-help = Hvor du kan få hjælp
    .p1 = HopeNow arbejder også med mænd, som er blevet brugt til kriminalitet.
    .action = { WEB("hopenow") }
    .p2 = Er du under 18, så læs "Hvis du er under 18".
    .p3 = Er du i fare nu, så ring { CALL("emergency") }.
