title = At være vidne
summary = At fortælle politiet, hvad der skete, og at vidne i retten er to forskellige trin.
    Der er måder at beskytte dig på som vidne.
    Hjælpen fra CMM afhænger ikke af, om du samarbejder med politiet.

what-it-is = Hvad det vil sige at vidne
    .p1 = Når du fortæller politiet, hvad der skete, afgiver du en forklaring til politiet. Det er ikke det samme som at vidne.
    .p2 = At vidne vil sige at tale som vidne i retten, i en straffesag. Du svarer på spørgsmål om, hvad der skete.
    .p3 = Menneskehandel er en alvorlig forbrydelse i Danmark. Straffen kan være op til 10 års fængsel.
    .p4 = I disse sager er det, offeret fortæller, ofte det vigtigste bevis. Nogle gange er det det eneste bevis.

steps = Fra politiet til retten
    .p1 = Sådan foregår det som regel:
    .list1 =
        - Du anmelder forbrydelsen til politiet, og du fortæller, hvad der skete. Det er din forklaring til politiet.
        - Politiet efterforsker. Politiet vil måske afhøre dig igen. En bistandsadvokat kan gå med dig.
        - Hvis sagen kommer for retten, kan du blive indkaldt som vidne.
        - I retten vidner du: Du svarer på spørgsmål om, hvad der skete. En bistandsadvokat kan gå med dig.
    .p2 = Ikke alle sager ender med en retssag eller en dom. I 2019, 2020 og 2021 var der ingen domme for menneskehandel i Danmark.
    .p3 = En bistandsadvokat kan forklare hvert trin, og hvordan retssagen foregår. Staten betaler advokaten. Det er ikke bekræftet, hvordan et offer for menneskehandel får en bistandsadvokat: Spørg CMM eller politiet.
    .p4 = Hvis du måske rejser fra Danmark før retssagen, så spørg din advokat om at blive afhørt i retten før retssagen. Reglerne for det er ikke bekræftet her.

protection = Sådan kan du blive beskyttet
    .p1 = Der er sjældent brug for særlige hensyn i retten. Hvis du har brug for dem, kan anklageren eller din advokat som regel aftale dem med retten på forhånd.
    .list1 =
        - Politiet eller anklageren kan sørge for, at nogen tager imod dig, når du kommer til retten.
        - De kan også sørge for, at du kan vente i et separat venteværelse.
        - Hvis du beder om det, kan retten i nogle sager placere den tiltalte, så du ikke kan se vedkommende, mens du vidner.
        - I særlige tilfælde kan retten bestemme, at den tiltalte skal forlade retssalen, mens du vidner.
    .p2 = Under efterforskningen kan politiet bede den mistænktes advokat om ikke at give visse oplysninger videre til den mistænkte, når det er nødvendigt for at beskytte dig.
    .important = Hvis nogen truer dig eller chikanerer dig, fordi du er vidne, så sig det straks til politiet. Er du i fare, så ring { CALL("emergency") }.

video = Afhøring på video
    .p1 = Politiet kan optage en afhøring på video. Det er især for børn og unge under 18. Det er også muligt for mennesker med en alvorlig psykisk sygdom eller et betydeligt handicap, når særlige forhold taler for det.
    .p2 = Et barn under 13 bliver som regel afhørt på video. For ældre børn afhænger det af sagen.
    .p3 = Er du blevet afhørt på video på denne måde, behøver du normalt ikke at vidne i retssagen. Retten kan kun bestemme, at du skal vidne, i meget sjældne tilfælde.
    .important = Det er ikke bekræftet, at voksne ofre for menneskehandel kan blive afhørt på video. Spørg din advokat eller CMM.

danger = Hvis du eller din familie kan være i alvorlig fare
    .p1 = I nogle sager kan retten holde dit navn, dit arbejde og din adresse hemmelige for den tiltalte. Retten skal finde, at det er nødvendigt for din sikkerhed, og at det sandsynligvis ikke skader forsvaret.
    .p2 = Hvis du eller din familie kan komme i alvorlig fare, kan retten også bestemme, at den tiltalte skal forlade retssalen, mens du vidner.
    .p3 = Det er afgørelser, som retten træffer. Spørg din advokat eller anklageren, hvis du har brug for dem.

closed-court = Kan offentligheden holdes ude?
    .p1 = Ofre for voldtægt eller for lignende alvorlige forbrydelser har ret til, at offentligheden holdes ude af retssalen. Din advokat eller anklageren kan bede om det. Hvis offentligheden ikke bliver holdt ude, kan retten i stedet forbyde, at nogen gengiver det, du siger.
    .important = Det er ikke bekræftet, om menneskehandel regnes for "lignende alvorlig". Spørg din advokat eller anklageren.

compensation = Krav om penge i retssagen
    .p1 = Hvis der bliver en retssag mod dem, der udnyttede dig, så kræv erstatning i den sag. Gør du ikke det, kan du miste retten til erstatning fra staten senere.
    .p2 = En bistandsadvokat kan gøre dit krav klar og fremføre det i retssagen for dig.

forced-crimes = Hvis du blev tvunget til at bryde loven
    .p1 = Nogle ofre bliver tvunget til at begå forbrydelser af dem, der udnytter dem.
    .p2 = Amerikanske rapporter fra 2021 og 2022 sagde, at dansk lov ikke havde en klar regel, der beskytter ofre mod straf for forbrydelser, de blev tvunget til at begå. Det er ikke bekræftet, om det har ændret sig. Nogle ofre, også børn, er blevet retsforfulgt for sådanne forbrydelser.
    .p3 = Anklageren kan frafalde tiltalen for mindre alvorlige forbrydelser, som du begik, fordi du var offer for menneskehandel. Du kan så også undgå at blive udvist af Danmark. Men det kan kun ske, hvis myndighederne ved, at du har været udsat for menneskehandel.
    .p4 = Er du tiltalt, kan retten afgøre, at du er offer for menneskehandel.
    .important = Fortæl din advokat og myndighederne, at du har været udsat for menneskehandel. Bliver du sigtet for en forbrydelse, har du ret til en forsvarsadvokat. Vær opmærksom på, at mennesker, som kan være ofre, er blevet frihedsberøvet (tilbageholdt af politiet).

your-choice = Dine valg
    .p1 = Hjælpen fra CMM afhænger ikke af, om du går til politiet. Hjælp til at rejse hjem med en forberedt hjemsendelse afhænger heller ikke af det.
    .important = Det handler om den hjælp, du får. Det betyder ikke, at du kan sige nej, hvis en domstol indkalder dig som vidne. Bliver du indkaldt, så spørg din advokat eller CMM, hvad du skal gøre.
    .p2 = Nogle valg er dine:
    .list1 =
        - om du vil være med til den første samtale med CMM
        - om du vil tage imod en forberedt hjemsendelse
        - om du vil bede om beskyttelse i retten
        - hvilken advokat du beder retten om
    .p3 = Spørg din advokat eller din kontaktperson i CMM, før du beslutter dig.

what-police-learn = Hvad CMM fortæller politiet
    .p1 = Ved den første samtale med CMM bliver dine oplysninger kun givet videre, hvis du siger ja.
    .p2 = Men CMM arbejder tæt sammen med politiet. Centret fortæller politiet om sager uden navne, og det opfordrer ofre til at kontakte politiet. Din kontaktperson i CMM samarbejder også med politiet og Udlændingestyrelsen om din sag.
    .p3 = Spørg CMM, før du fortæller din historie, præcis hvad centret vil give videre, og til hvem.
