title = Hvis du er under 18
summary = Er du under 18, beskytter loven dig mere.
    Er du kommet til Danmark uden dine forældre, skal du have en voksen, hvis opgave er at passe på dig. Måske behøver du ikke at tale i en retssag.
    Du kan ringe til CMM. Du behøver ikke at sige dit navn.

law = Loven beskytter børn mere
    .p1 = I Danmark er du et barn, indtil du fylder 18.
    .p2 = Det er menneskehandel, hvis nogen får dig til at tage med dem, flytter dig eller giver dig et sted at bo, så de kan bruge dig. For eksempel til at få dig til at sælge sex, arbejde for dem eller begå kriminalitet.
    .important = For et barn er det menneskehandel, også selv om ingen brugte vold, trusler eller løgne. For voksne kræver loven en af de ting. For dig gør den ikke.

representative = En voksen på din side
    .p1 = Er du under 18, ikke dansk og i Danmark uden dine forældre eller en anden voksen, der har ansvaret for dig, får du en repræsentant. Det er en voksen, hvis opgave er at passe på, hvad der er bedst for dig. Kun helt særlige grunde kan forhindre det.
    .list1 =
        - Har du været udsat for menneskehandel, skal der tages hensyn til det, når din repræsentant bliver valgt.
        - Er du 12 år eller ældre, skal nogen normalt tale med dig først.
        - Mens du søger asyl, følger repræsentanten dig og sørger for, at dine rettigheder bliver overholdt.
        - Får du opholdstilladelse, passer en voksen på, hvad der er bedst for dig, og går med dig til møder med myndighederne, indtil du fylder 18.
    .p2 = Din repræsentant kan være frivillig, for eksempel fra Dansk Røde Kors, eller en person, der får løn for det. Myndighederne bestemmer.
    .p3 = Når du har din første samtale med CMM, er din repræsentant normalt med.
    .p4 = Vil du bede om en repræsentant eller om en anden repræsentant, skal det gå til Familieretshuset. Spørg CMM, hvordan du gør.

interviews = At tale med politiet og at komme i retten
    .p1 = Politiet kan afhøre børn og unge på video.
    .list1 =
        - Under 13 år: Afhøringen foregår som regel på video.
        - 13 eller 14 år: En videoafhøring er altid mulig i sager om seksuelle forbrydelser, incest, stalking eller vold i familien.
        - 15, 16 eller 17 år: En videoafhøring er kun mulig, hvis der er meget stærke grunde til at beskytte dig.
    .p2 = Er du blevet afhørt på video på denne måde, behøver du normalt ikke at tale i retssagen. Retten kan kun få dig til at komme i meget sjældne tilfælde.
    .important = Ikke alle mellem 15 og 17 år får en videoafhøring. Spørg CMM eller din repræsentant, hvad der er muligt for dig.

where-you-stay = Hvor du skal bo
    .list1 =
        - Er du kommet uden dine forældre, har du ikke papirer på at måtte være her, og søger du asyl: Så bor du normalt på et børnecenter i asylsystemet. Nogle unge, som har særlige behov i hverdagen, bor i særlige afdelinger.
        - Er du kommet uden dine forældre, og er du lovligt i Danmark: Så finder den by eller det område, hvor du bor (kommunen), et sted til dig. Det kan være et børnehjem eller en døgninstitution. I sjældne tilfælde er det en plejefamilie.
    .p1 = Kommunen skal holde øje med alle børn, der bor i kommunen, med eller uden papirer. Derfor skal den sørge for, at et barn, der har været udsat for menneskehandel, får den rigtige hjælp.

how-found = Sådan kan voksne finde ud af det
    .p1 = Voksne, der arbejder med børn, kan lægge mærke til tegn på menneskehandel:
    .list1 =
        - Dansk Røde Kors undersøger alle børn, der er kommet alene og bor på et asylcenter, for tegn på menneskehandel.
        - Tegn kan være stedet, hvor man møder et barn, de mennesker, barnet er sammen med, eller hvordan barnet opfører sig.
        - Et tegn kan være, at et barn ikke kan forklare rejsen til Danmark, eller hvorfor det er her.
    .p2 = Hvis personalet tror, at et barn kan være udsat for menneskehandel, ringer de til CMM. Så taler en fra CMM, eller fra en organisation, der samarbejder med CMM, med den unge én eller flere gange for at finde ud af det.
    .important = Ikke alle voksne har lært at se tegnene. Hvis noget er galt, kan du selv fortælle det til nogen.

at-risk = Hvis voksne bruger dig til kriminalitet
    .p1 = Nogle børn og unge bliver brugt af voksne eller bander til at stjæle, bryde ind i hjem eller bære og sælge stoffer. Det kan også være menneskehandel. Læs "Tvunget til at tigge eller begå kriminalitet".
    .p2 = Børn, der er kommet alene og venter på deres asylsag, er i særlig fare for at blive udsat for menneskehandel. Børn er forsvundet fra asylcentre. Røde Kors og CMM ser disse børn som særligt udsatte for at blive brugt.

get-help = Hvem du kan fortælle det til
    .p1 = Du kan ringe til CMM. Du behøver ikke at sige dit navn. Du kan også ringe, hvis du er bekymret for en ven.
    .action = { CALL("cmm-hotline") }
    .p2 = Bor du på et asylcenter, kan du tale med personalet der eller med din repræsentant.
    .p3 = Er du i fare nu, så ring { CALL("emergency") }.
    .p4 = Hjælpen fra CMM afhænger ikke af, om du går til politiet.
