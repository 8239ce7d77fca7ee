title = Sker det her for mig?
summary = Nogle få spørgsmål om tegnene på udnyttelse. Svar "ja", "nej" eller "ikke sikker".
intro = Hvert spørgsmål handler om ét tegn. Dine svar bliver på denne skærm: De bliver ikke gemt eller sendt, og de forsvinder, når du går herfra.

documents = Har nogen taget dit pas eller ID-kort?
debt = Skylder du penge til den person, der fik dig hertil eller skaffede dig arbejdet?
pay = Bliver din løn holdt tilbage, eller er den meget lavere end lovet?
deceived = Blev du løjet for om arbejdet, lønnen eller stedet?
threats = Truer nogen dig eller din familie?
violence = Har nogen slået dig, gjort dig fortræd eller tvunget dig til sex?
not-free = Bliver du forhindret i at tage væk eller i at gå, hvorhen du vil?
watched = Bliver du overvåget, for eksempel med GPS på din telefon eller med kameraer?
doctor = Bliver du forhindret i at gå til læge eller på hospitalet, når du er kommet til skade eller er syg?
digital-id = Har en anden kontrol over dit MitID eller NemID, dit danske digitale ID?
sex-money = Bestemmer en anden, hvilken sex du sælger, hvor mange kunder du har, eller hvor mange af pengene du beholder?
forced-crime = Får nogen dig til at stjæle, sælge stoffer eller tigge?

result = { $count ->
    [0] Du sagde ikke ja til nogen af de { $total } tegn.
    [one] Du sagde ja til ét af de { $total } tegn.
   *[other] Du sagde ja til { $count } af de { $total } tegn.
}
unsure = { $unsure ->
    [one] Du var ikke sikker på ét spørgsmål.
   *[other] Du var ikke sikker på { $unsure } spørgsmål.
}

help = Hvad det betyder
    .p1 = Dette er ikke en test, og den kan ikke sige, hvad der sker med dig. Ét tegn alene er ikke et bevis. Flere tegn sammen er en stærk advarsel.
    .p2 = Du kan tale med CMM's hotline om din situation uden at sige dit navn. Du kan også ringe om en anden.
    .action1 = { CALL("cmm-hotline") }
    .p3 = Er du i fare nu, så ring til alarmnummeret.
    .action2 = { CALL("emergency") }
