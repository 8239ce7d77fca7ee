title = Problemer på arbejdet
summary = Lav løn, for meget arbejde eller en chef, der snyder dig? Du har rettigheder på arbejdet i Danmark.
    Nogle former for udnyttelse er en forbrydelse, også når det ikke er menneskehandel.
    Du kan bede CMM eller en fagforening om hjælp.

rights = Dine rettigheder på arbejdet
    .p1 = CMM har en side for arbejdstagere. Der står:
    .list1 =
        - Din arbejdsgiver skal altid betale den løn, I har aftalt.
        - Danmark har ingen mindsteløn, der står i loven. Lønnen bliver fastsat i aftaler mellem fagforeninger og arbejdsgivere (overenskomster).
        - Loven handler om sikkerhed og sundhed, ferie, løn under sygdom, ligebehandling og lige løn.
        - Har virksomheden en overenskomst, har du de samme rettigheder som danske kolleger, der laver det samme arbejde.
        - Du har ret til at melde dig ind i en fagforening, men du behøver ikke. Din arbejdsgiver må ikke sige, at du skal melde dig ind i en bestemt fagforening.
        - De danske regler om sikkerhed og sundhed gælder for alle, der arbejder i Danmark, også i et kort job. Din arbejdsgiver skal sørge for, at dit arbejde er sikkert og sundt.
        - Arbejder du mere end 8 timer om ugen, skal du have en skriftlig kontrakt, senest en måned efter du er startet.
    .p2 = Har en arbejdsgiver en overenskomst, gælder den for alle de ansatte, uanset om de er medlem af en fagforening eller ej.
    .important = En arbejdsgiver, der ikke er medlem af en arbejdsgiverorganisation, er måske ikke bundet af en overenskomst og kan selv bestemme vilkårene. Fagforeninger siger til udenlandske arbejdstagere, at de skal undersøge det.

crime = Når udnyttelse er en forbrydelse
    .p1 = Siden 1. juni 2022 har dansk lov en forbrydelse, der hedder "menneskeudnyttelse". Den står i straffeloven, § 262 b.
    .p2 = Det betyder: at hverve en person eller give personen et sted at bo, så personen arbejder under klart urimelige forhold, ved at udnytte personens vanskeligheder eller afhængighed. Straffen kan være op til 6 års fængsel.
    .p3 = Det kan være en forbrydelse, også når det ikke er menneskehandel. Menneskehandel (§ 262 a) omfatter tvangsarbejde, og straffen kan være op til 10 års fængsel.
    .p4 = Reglerne om en advokat for offeret i en straffesag (bistandsadvokat) gælder også for denne forbrydelse. Spørg CMM, om du kan få en, og hvordan.

forced = Når det kan være tvangsarbejde
    .p1 = Fagforeningen 3F siger, at disse ting er tegn på tvangsarbejde:
    .list1 =
        - Din chef tager dit ID-kort eller dit pas.
        - Din chef bruger vold eller truer med det.
        - Din chef siger, at du skal arbejde for at betale en gæld.
        - Din chef betaler dig med mad og et sted at bo i stedet for penge.
    .p2 = 3F siger til ofre, og til dem, der kender et offer, at de skal ringe til CMM. Flere tegn kan du læse om i "Bliver jeg udnyttet?"
    .action = { CALL("cmm-hotline") }
    .p3 = I Danmark er der fundet tvangsarbejde inden for transport, rengøring, byggeri, restauranter og omdeling af aviser.

union = En fagforening kan hjælpe
    .p1 = 3F siger, at den er Danmarks største fagforening. 3F siger:
    .list1 =
        - Får du lavere løn eller dårligere vilkår end danske arbejdstagere, så kontakt din lokale fagforening.
        - Det er ulovligt på det danske arbejdsmarked at behandle mennesker forskelligt på grund af, hvor de kommer fra.
        - Fagforeningen ved, hvilken løn du har ret til, og dens eksperter hjælper dig med at få penge tilbage, hvis du er blevet snydt.
    .action = { WEB("union-3f") }
    .p2 = Bryder en arbejdsgiver en overenskomst, kan sagen komme for Arbejdsretten eller for en faglig voldgift.

inspections = Arbejdstilsynet
    .p1 = Arbejdstilsynet kontrollerer alle virksomheder, der arbejder i Danmark, også udenlandske virksomheder. Besøgene er ofte ikke varslet. Arbejdstilsynet kontrollerer også, at udenlandske virksomheder er registreret i Registret for Udenlandske Tjenesteydere (RUT).
    .p2 = Arbejdstilsynet kontrollerer ikke din løn eller dine ansættelsesvilkår. De bliver fastsat i overenskomster.
    .important = Arbejdstilsynet, skattevæsenet og politiet laver nogle gange kontroller på arbejdspladser sammen. Så kontrollerer politiet blandt andet, om udenlandske arbejdstagere har tilladelse til at arbejde eller opholde sig her. Har du ingen papirer, er det ikke en sikker eller fortrolig måde at få hjælp på. Læs "Ingen papirer? Bange for politiet?"

get-help = Hvor du kan starte
    .p1 = Ring til CMM, hvis du tror, at du bliver udnyttet eller tvunget til at arbejde. Du kan tale uden at sige dit navn.
    .action = { CALL("cmm-hotline") }
    .p2 = Har du spørgsmål om løn og vilkår, så kontakt en fagforening, for eksempel 3F.
    .p3 = Er du i fare nu, så ring { CALL("emergency") }.
