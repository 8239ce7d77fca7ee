title = Mă exploatează cineva?
summary = Unele semne arată că o persoană este exploatată sau obligată să muncească.
    Un singur semn poate să nu fie o dovadă. Mai multe semne împreună sunt un avertisment puternic.
    Dacă vi se întâmplă și dumneavoastră așa ceva, sunați la CMM.

warning-signs = Semne de avertizare
    .p1 = Centrul Danez împotriva Traficului de Persoane (CMM) dă aceste semne de avertizare:
    .list1 =
        - Cineva v-a luat pașaportul sau cartea de identitate.
        - Datorați bani persoanei care v-a adus aici sau care v-a găsit locul de muncă.
        - Salariul vă este reținut sau este mult mai mic decât vi s-a promis.
        - Nu aveți contract sau contractul este într-o limbă pe care nu o înțelegeți.
        - Cineva vă amenință pe dumneavoastră sau familia dumneavoastră.
        - Nu aveți control asupra MitID sau NemID, identitatea dumneavoastră digitală daneză.

more-signs = Alte semne de muncă forțată
    .p1 = Organizația Internațională a Muncii (ILO) dă și alte semne:
    .list1 =
        - Cineva v-a mințit despre munca, salariul sau locul de muncă.
        - Nu aveți voie să plecați sau nu puteți merge unde vreți.
        - Cineva vă ține departe de alți oameni.
        - Cineva vă lovește, vă rănește sau vă obligă să faceți sex.
        - Trebuie să lucrați foarte multe ore.
        - Locul unde lucrați sau locuiți este în stare foarte proastă.
        - Cineva folosește situația dumneavoastră grea împotriva dumneavoastră.

what-it-means = Ce înseamnă semnele
    .p1 = Un singur semn poate să nu dovedească faptul că cineva vă obligă să munciți.
    .p2 = Dar mai multe semne împreună arată clar spre muncă forțată.
    .important = Puteți primi ajutor ca să plecați și sprijin de la statul danez.

next-step = Ce puteți face mai departe
    .p1 = Sunați la linia telefonică a CMM. Puteți vorbi despre situația dumneavoastră fără să vă spuneți numele.
    .action = { CALL("cmm-hotline") }
    .p2 = Credeți că altcineva este exploatat? Puteți suna la CMM și pentru acea persoană.
    .p3 = Dacă sunteți în pericol acum, sunați la { CALL("emergency") }.
