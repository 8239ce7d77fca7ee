title = Bliver jeg udnyttet?
summary = Nogle tegn viser, at en person bliver udnyttet eller tvunget til at arbejde.
    Ét tegn alene er måske ikke et bevis. Flere tegn sammen er en stærk advarsel.
    Lyder det som dig, så ring til CMM.

warning-signs = Advarselstegn
    .p1 = Center mod Menneskehandel (CMM) nævner disse advarselstegn:
    .list1 =
        - Nogen har taget dit pas eller ID-kort.
        - Du skylder penge til den person, der fik dig hertil eller skaffede dig arbejdet.
        - Din løn bliver holdt tilbage, eller den er meget lavere end lovet.
        - Du har ingen kontrakt, eller kontrakten er på et sprog, du ikke forstår.
        - Nogen truer dig eller din familie.
        - Du har ikke selv kontrol over dit MitID eller NemID, dit danske digitale ID.

more-signs = Andre tegn på tvangsarbejde
    .p1 = Den Internationale Arbejdsorganisation (ILO) nævner flere tegn:
    .list1 =
        - Du blev løjet for om arbejdet, lønnen eller stedet.
        - Du kan ikke frit gå, eller du kan ikke gå, hvorhen du vil.
        - Du bliver holdt væk fra andre mennesker.
        - Nogen slår dig, gør dig fortræd eller tvinger dig til sex.
        - Du skal arbejde meget lange dage.
        - Stedet, hvor du arbejder eller bor, er meget dårligt.
        - Nogen bruger din svære situation imod dig.

what-it-means = Hvad tegnene betyder
    .p1 = Ét tegn alene beviser måske ikke, at du er tvunget til at arbejde.
    .p2 = Men flere tegn sammen peger stærkt på tvangsarbejde.
    .important = Du kan få hjælp til at komme væk og støtte fra den danske stat.

next-step = Hvad du kan gøre nu
    .p1 = Ring til CMM's hotline. Du kan tale om din situation uden at sige dit navn.
    .action = { CALL("cmm-hotline") }
    .p2 = Tror du, at en anden bliver udnyttet? Du kan også ringe til CMM om det.
    .p3 = Er du i fare nu, så ring { CALL("emergency") }.
