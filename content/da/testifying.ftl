title = At være vidne
summary = Det, du fortæller politiet og retten, kan være med til at stoppe dem, der udnyttede dig.
    Der er måder at beskytte dig på i retten.
    Du kan få hjælp, også selv om du ikke vidner.

what-it-is = Hvad det vil sige at vidne
    .p1 = At vidne vil sige at fortælle politiet og en domstol, hvad der skete med dig. Så er du vidne.
    .p2 = Menneskehandel er en alvorlig forbrydelse i Danmark. Straffen kan være op til 10 års fængsel.
    .p3 = I disse sager er det, offeret fortæller, ofte det vigtigste bevis. Nogle gange er det det eneste bevis.

steps = Fra politianmeldelse til retssag
    .p1 = Sådan foregår det som regel:
    .list1 =
        - Du fortæller politiet, hvad der er sket. Det kaldes en politianmeldelse.
        - Politiet efterforsker. Politiet vil måske tale med dig igen. Din advokat kan gå med dig.
        - Hvis der bliver en retssag, kan du blive bedt om at forklare dig i retten som vidne.
        - I retten svarer du på spørgsmål om, hvad der skete. Din advokat kan gå med dig.
    .p2 = Din bistandsadvokat kan forklare hvert trin, og hvordan retssagen foregår. Staten betaler advokaten.

protection = Sådan kan du blive beskyttet
    .p1 = Der er sjældent brug for særlige hensyn i retten. Hvis du har brug for dem, kan din advokat eller anklageren som regel aftale dem med retten på forhånd.
    .list1 =
        - Nogen kan tage imod dig, når du kommer til retten.
        - Du kan vente i et separat venteværelse.
        - Hvis du beder om det, kan retten i nogle sager placere den tiltalte, så du ikke kan se vedkommende, mens du forklarer dig.
        - I særlige tilfælde kan retten bestemme, at den tiltalte skal forlade retssalen, mens du forklarer dig.
        - Kun når din sikkerhed gør det helt nødvendigt, kan retten holde dit navn, dit arbejde og din adresse hemmelige for den tiltalte.
    .p2 = Under efterforskningen kan politiet også holde visse oplysninger tilbage fra den mistænkte for at beskytte dig.
    .important = Hvis nogen truer dig eller chikanerer dig, fordi du er vidne, så sig det straks til politiet. Er du i fare, så ring { CALL("emergency") }.

compensation = Krav om penge i retssagen
    .p1 = Hvis der bliver en retssag mod dem, der udnyttede dig, så kræv erstatning i den sag. Gør du ikke det, kan du miste retten til erstatning fra staten senere.
    .p2 = Din bistandsadvokat kan gøre dit krav klar og fremføre det i retssagen for dig.

forced-crimes = Hvis du blev tvunget til at bryde loven
    .p1 = Nogle ofre bliver tvunget til at begå forbrydelser af dem, der udnytter dem.
    .p2 = Dansk lov har ikke haft en klar regel, der beskytter ofre mod straf for forbrydelser, de blev tvunget til at begå.
    .p3 = Men anklageren kan frafalde tiltalen for mindre alvorlige forbrydelser, som du begik, fordi du var offer for menneskehandel. Du kan så også undgå at blive udvist af Danmark. Det kan kun ske, hvis myndighederne ved, at du er offer for menneskehandel.
    .important = Fortæl din advokat, at du er offer for menneskehandel. Bliver du sigtet for en forbrydelse, har du ret til en forsvarsadvokat.

your-choice = Dine valg
    .p1 = Du kan få hjælp fra CMM, også selv om du ikke går til politiet eller vidner. Hjælp til at rejse sikkert hjem afhænger heller ikke af det.
    .important = Vær opmærksom på: CMM arbejder tæt sammen med politiet. Centret fortæller politiet om sager uden at nævne navne, og det opfordrer ofre til at kontakte politiet.
    .p2 = Mange valg er stadig dine:
    .list1 =
        - om du vil være med til en samtale med CMM
        - om CMM må give det, du fortæller, videre
        - om du vil rejse hjem med en forberedt hjemsendelse
        - om du vil bede om beskyttelse i retten
        - hvilken advokat du beder om
    .p3 = Spørg din advokat eller din kontaktperson i CMM, før du beslutter dig.
