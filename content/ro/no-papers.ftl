title = Fără acte? Vă este frică de poliție?
summary = S-ar putea să vă fie frică că veți fi închis sau trimis acasă dacă cereți ajutor.
    Această pagină vă spune sincer ce se poate întâmpla. Nimeni nu vă poate promite că nu există riscuri.
    Puteți suna mai întâi la CMM, fără să vă spuneți numele.

honest-answer = Pot fi închis sau trimis acasă?
    .p1 = Da, se poate întâmpla. Nu vă vom spune că nu se poate.
    .list1 =
        - Institutul Danez pentru Drepturile Omului a scris că, pentru persoanele fără drept de ședere sau cu un drept de ședere limitat, contactul cu autoritățile duce foarte probabil la înregistrare, la închidere (reținere) și la trimiterea din Danemarca.
        - Rapoarte ale SUA spun că victime au fost închise în timp ce li se verificau actele (2017) și că autoritățile puteau reține posibile victime timp de 72 de ore, și mai mult dacă era nevoie (2018-2020).
        - În 2023, un raport al SUA a spus că Danemarca încă se concentra pe trimiterea unor victime străine din țară, în loc să verifice dacă sunt victime.
        - O organizație, Reden International, spune că vânzarea de servicii sexuale nu este ilegală în Danemarca, dar că femeile străine care vând servicii sexuale sunt arestate pentru muncă fără permis sau pentru ședere fără acte și sunt adesea trimise din Danemarca fără să fie anunțate din timp.
    .p2 = Faptul că sunteți victimă nu oprește întotdeauna acest lucru. În 2015, o femeie din Nigeria a fost închisă ca să fie trimisă din Danemarca, deși de două ori se constatase că este victimă. Ea plecase de două ori din Danemarca fără să accepte ajutorul care i se oferise. Într-un alt caz din același an, o femeie din Nigeria a fost trimisă din Danemarca și i s-a interzis să revină timp de doi ani, deși CMM constatase că este victimă.

ask-first = Puteți întreba mai întâi, fără să vă spuneți numele
    .p1 = Puteți suna la linia telefonică a CMM și puteți spune care este situația dumneavoastră fără să vă spuneți numele. Puteți întreba ce se va întâmpla cu dumneavoastră înainte să decideți ceva.
    .action = { CALL("cmm-hotline") }
    .list1 =
        - Prima discuție cu CMM este anonimă, iar dumneavoastră alegeți dacă vreți să participați.
        - CMM spune că transmite mai departe informațiile dumneavoastră doar dacă sunteți de acord.
        - Dar CMM lucrează strâns cu poliția. Un articol de presă din 2025 spune că CMM informează acum poliția despre cazuri, fără nume.
    .important = Înainte să vă spuneți numele, întrebați CMM: „Ce se va întâmpla cu mine dacă nu am acte? Ce veți spune poliției sau Serviciului de Imigrări?”

who-decides = Cine decide dacă sunteți victimă
    .p1 = Dacă nu aveți acte ca să stați în Danemarca sau cereți azil, nu CMM decide dacă sunteți victimă a traficului de persoane. Decide Serviciul Danez de Imigrări (Udlændingestyrelsen).
    .list1 =
        - În unele cazuri decide Agenția Daneză pentru Recrutare Internațională și Integrare (SIRI).
        - Dacă sunteți judecat pentru o infracțiune, poate decide instanța.
        - În cazurile de prostituție în care persoana nu are acte, CMM este contactat întotdeauna.
    .p2 = Serviciul de Imigrări a spus că folosește informații de la poliție și ce i-a spus persoana respectivă CMM.
    .p3 = O primă discuție cu CMM nu vă dă, singură, ajutorul pentru victime.

reflection = Ce înseamnă pentru dumneavoastră perioada de reflecție
    .p1 = Dacă se constată că sunteți victimă și nu aveți acte, Serviciul de Imigrări poate stabili o dată până la care trebuie să plecați din Danemarca. Dacă i se cere, stabilește această dată peste 30 de zile. Aceste 30 de zile se numesc perioada de reflecție. Ele vă dau timp să scăpați de exploatare și să vă refaceți.
    .important = Perioada de reflecție nu este un permis de ședere în Danemarca. Este o dată mai târzie până la care trebuie să plecați.
    .list1 =
        - Dacă i se cere, data poate fi stabilită mai târziu sau mutată, când există motive speciale sau când participați la planificarea întoarcerii acasă.
        - Nu poate fi niciodată mai mult de 120 de zile.
        - În acest timp vi se pot oferi un loc unde să stați, cu mese, un medic, un psiholog, ajutor juridic și activități de învățare.
    .p2 = Acest lucru vine din Legea străinilor, secțiunea 33(14), legea despre străini.
    .p3 = Cum să cereți perioada de reflecție sau mai mult timp: întrebați CMM.

stay = Pot să rămân în Danemarca?
    .list1 =
        - Faptul că sunteți victimă a traficului de persoane nu este suficient, singur, ca să primiți permis de ședere în Danemarca. Poate fi o parte dintr-o cerere de azil.
        - Există un permis pentru persoanele de care este nevoie într-o anchetă a poliției sau într-un proces. Se dă foarte rar și nu poate dura mai mult decât ancheta sau procesul.
    .p1 = Întrebați CMM ce este posibil în cazul dumneavoastră.

police-housing = Dacă poliția vă cazează undeva
    .p1 = Dacă nu aveți acte, poliția vă poate caza într-un centru de criză sau în alt loc, cât timp cazul dumneavoastră este analizat. Poliția decide asta. Este o regulă din Legea străinilor, secțiunea 34(1)(3).
    .important = Acesta nu este același lucru cu un loc sigur pe care îl alegeți dumneavoastră. Unele persoane care ar fi putut fi victime au fost și închise (reținute) cât timp cazul lor era analizat.

being-sent-away = Dacă autoritățile vor să vă trimită din Danemarca
    .p1 = Când autoritățile decid dacă trimit o persoană din Danemarca, ele trebuie să acorde o importanță deosebită întrebării dacă motivele sunt urmarea faptului că persoana a fost victimă a traficului și dacă acest lucru vorbește împotriva trimiterii ei. Aceasta era regula din Legea străinilor, secțiunea 26 a, în 2011 și 2015.
    .p2 = Cum arată cele două cazuri de mai sus, acest lucru nu oprește întotdeauna trimiterea. Regula și felul în care este folosită s-ar putea să se fi schimbat de atunci. Întrebați CMM sau un avocat.
    .p3 = Un raport al SUA din 2021 spune că pașapoartele unor victime străine care au colaborat cu autoritățile au fost păstrate fără acordul lor.
    .p4 = Dacă ați fost obligat să munciți fără permis sau să comiteți o infracțiune, citiți „Când sunteți obligat să cerșiți sau să comiteți infracțiuni”.

get-help = De unde să începeți
    .p1 = Începeți cu linia telefonică a CMM. Nu este obligatoriu să vă spuneți numele.
    .action = { CALL("cmm-hotline") }
    .p2 = Femeile care vând servicii sexuale pot merge la Mødestedet, un centru unde se poate veni fără programare, condus de Reden International în Indre Vesterbro, Copenhaga. Acolo nu este obligatoriu să vă spuneți numele. Întrebați CMM cum îl găsiți.
    .p3 = Dacă sunteți în pericol acum, sunați la { CALL("emergency") }.
