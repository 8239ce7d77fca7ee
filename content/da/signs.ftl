title = Bliver jeg udnyttet?
summary = Nogle tegn viser, at en person bliver udnyttet: tvunget til at arbejde, til at sælge sex eller til at begå kriminalitet.
    Ét tegn alene er måske ikke et bevis. Flere tegn sammen er en stærk advarsel.
    Lyder det som dig, så ring til CMM.

warning-signs = Tegn på tvangsarbejde
    .p1 = Center mod Menneskehandel (CMM) nævner disse advarselstegn:
    .list1 =
        - Nogen har taget dit pas eller ID-kort.
        - Du skylder penge til den person, der fik dig hertil eller skaffede dig arbejdet.
        - Din løn bliver holdt tilbage, eller den er meget lavere end lovet.
        - Du har ingen kontrakt, eller kontrakten er på et sprog, du ikke forstår.
        - Du blev presset til at skrive under på en kontrakt.
        - Nogen truer dig eller din familie.
        - Du har ikke selv kontrol over dit MitID eller NemID, dit danske digitale ID.
    .p2 = CMM nævner også disse tegn:
    .list2 =
        - Du skal arbejde mange timer, flere end der står i din kontrakt.
        - Arbejdet er usundt eller ikke sikkert.
        - En stor del af din løn går tilbage til din arbejdsgiver, eller bliver trukket fra din løn.
        - Du bor under dårlige forhold: intet privatliv, intet rent toilet eller sted at vaske dig, eller du bor på din arbejdsplads.
        - Din arbejdsgiver siger, at du bliver fyret uden løn eller meldt til myndighederne, hvis du klager eller taler med en fagforening som 3F.
        - Din arbejdsgiver vil tale for dig over for myndighederne eller banken.
        - Du bliver overvåget, for eksempel med GPS på din telefon eller med kameraer.
        - Du må ikke gå til læge eller på hospitalet, når du er kommet til skade eller er syg.

more-signs = Andre tegn på tvangsarbejde
    .p1 = Den Internationale Arbejdsorganisation (ILO) har en liste over tegn på tvangsarbejde. Den omfatter også disse:
    .list1 =
        - Du blev løjet for om arbejdet, lønnen eller stedet.
        - Du kan ikke frit gå, eller du kan ikke gå, hvorhen du vil.
        - Du bliver holdt væk fra andre mennesker.
        - Nogen slår dig, gør dig fortræd eller tvinger dig til sex.
        - Du skal arbejde meget lange dage.
        - Stedet, hvor du arbejder eller bor, er meget dårligt.
        - Nogen bruger din svære situation imod dig.

what-it-means = Hvad tegnene på tvangsarbejde betyder
    .p1 = Ét tegn alene beviser måske ikke, at du er tvunget til at arbejde.
    .p2 = Men flere tegn sammen peger stærkt på tvangsarbejde.
    .important = CMM siger, at du kan få hjælp til at komme væk og støtte fra den danske stat.

sexual-signs = Tegn på seksuel udnyttelse
    .p1 = I Danmark er den mest almindelige form for menneskehandel, som bliver fundet, seksuel udnyttelse: Mennesker bliver tvunget til at sælge sex, for eksempel i prostitution.
    .p2 = Ikke alle bliver spærret inde eller slået. Kontrollen er ofte stille og svær at se. Organisationer, der hjælper kvinder i prostitution, og Udlændingestyrelsen beskriver tegn som disse:
    .list1 =
        - Du bestemmer ikke selv, hvilken sex du sælger, hvor mange kunder du har, eller hvor mange af pengene du beholder.
        - Pengene går direkte til en anden.
        - Du skylder en stor gæld for rejsen, visummet eller andre udgifter. Gælden er opdigtet, og det kan tage mange år at betale den.
        - En anden har planlagt og betalt din rejse og er måske rejst med dig.
        - Du bliver låst inde i en lejlighed eller holdt i et hus langt væk fra andre mennesker.
        - Du blev tvunget til at sværge en ed, for eksempel en "juju"-ed.
        - Nogen truer din familie derhjemme.
    .p3 = HopeNow, en af disse organisationer, siger, at gælden ofte starter ved 60.000 euro eller mere.

crime-signs = Tegn på tvang til kriminalitet
    .p1 = Mennesker kan også blive udsat for menneskehandel, hvor de skal begå kriminalitet eller tigge. CMM og den danske regering beskriver sager som disse:
    .list1 =
        - Nogen får dig til at stjæle, bryde ind i hjem eller bære eller sælge stoffer.
        - Nogen får dig til at dyrke hash.
        - Nogen får dig til at tigge eller stjæle fra folks lommer.
        - Nogen bruger dit navn eller dine ID-papirer til at snyde firmaer eller skattevæsenet.
        - Du bliver truet, måske med våben. Du ved, at det kan få alvorlige følger at sige nej til banden.
        - Dem, der står bag, ved, hvor din familie bor derhjemme.
        - Du er meget bange for at fortælle nogen, hvad der sker med dig.
    .p2 = Læs mere i "Tvunget til at tigge eller begå kriminalitet".

common-signs = Tegn i alle former for menneskehandel
    .p1 = CMM siger, at disse ting ofte går igen i sager om menneskehandel:
    .list1 =
        - Du vil meget gerne tjene penge for at gøre livet bedre for dig selv og din familie.
        - Du virker truet og bange.
        - Du føler, at du ikke har noget andet valg og ingen anden måde at betale din gæld tilbage på.
        - Du stoler ikke på organisationer, der hjælper, eller på myndighederne, og du er bange for at have kontakt med dem.
        - Du ved ikke, hvor du kan få hjælp.

next-step = Hvad du kan gøre nu
    .p1 = Ring til CMM's hotline. Du kan tale om din situation uden at sige dit navn.
    .action = { CALL("cmm-hotline") }
    .p2 = Tror du, at en anden bliver udnyttet? Du kan også ringe til CMM om det.
    .p3 = Er du i fare nu, så ring { CALL("emergency") }.
