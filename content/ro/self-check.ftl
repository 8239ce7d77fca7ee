title = Mi se întâmplă asta?
summary = Câteva întrebări despre semnele de exploatare. Răspundeți cu da, nu sau nu știu sigur.
intro = Fiecare întrebare este despre un semn. Răspunsurile dumneavoastră rămân pe acest ecran: nu sunt salvate și nici trimise, iar când ieșiți de aici, dispar.

documents = V-a luat cineva pașaportul sau cartea de identitate?
debt = Datorați bani persoanei care v-a adus aici sau care v-a găsit locul de muncă?
pay = Vă este reținut salariul sau este mult mai mic decât vi s-a promis?
deceived = V-a mințit cineva despre munca, salariul sau locul de muncă?
threats = Vă amenință cineva pe dumneavoastră sau familia dumneavoastră?
violence = V-a lovit cineva, v-a rănit sau v-a obligat să faceți sex?
not-free = Sunteți împiedicat să plecați sau să mergeți unde vreți?
watched = Sunteți supravegheat, de exemplu prin GPS-ul de pe telefon sau cu camere?
doctor = Sunteți împiedicat să mergeți la medic sau la spital când sunteți rănit sau bolnav?
digital-id = Controlează altcineva MitID sau NemID, identitatea dumneavoastră digitală daneză?
sex-money = Decide altcineva ce servicii sexuale vindeți, câți clienți aveți sau câți bani păstrați?
forced-crime = Vă obligă cineva să furați, să vindeți droguri sau să cerșiți?

result = { $count ->
    [0] Nu ați răspuns da la niciunul dintre cele { $total } semne.
    [one] Ați răspuns da la unul dintre cele { $total } semne.
    [few] Ați răspuns da la { $count } dintre cele { $total } semne.
   *[other] Ați răspuns da la { $count } dintre cele { $total } semne.
}
unsure = { $unsure ->
    [one] La o întrebare nu ați știut sigur răspunsul.
    [few] La { $unsure } întrebări nu ați știut sigur răspunsul.
   *[other] La { $unsure } de întrebări nu ați știut sigur răspunsul.
}

help = Ce înseamnă asta
    .p1 = Acesta nu este un test și nu poate spune ce vi se întâmplă. Un singur semn nu este o dovadă. Mai multe semne împreună sunt un avertisment puternic.
    .p2 = Puteți vorbi cu linia telefonică a CMM despre situația dumneavoastră fără să vă spuneți numele. Puteți suna și pentru altcineva.
    .action1 = { CALL("cmm-hotline") }
    .p3 = Dacă sunteți în pericol acum, sunați la numărul de urgență.
    .action2 = { CALL("emergency") }
