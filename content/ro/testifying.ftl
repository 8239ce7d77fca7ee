title = Dacă sunteți martor
summary = Ce le spuneți poliției și instanței poate ajuta la oprirea oamenilor care v-au exploatat.
    Există moduri de a vă proteja în instanță.
    Puteți primi ajutor chiar dacă nu depuneți mărturie.

what-it-is = Ce înseamnă să depuneți mărturie
    .p1 = A depune mărturie înseamnă a le spune poliției și unei instanțe ce vi s-a întâmplat. Atunci sunteți martor.
    .p2 = Traficul de persoane este o infracțiune gravă în Danemarca. Pedeapsa poate fi de până la 10 ani de închisoare.
    .p3 = În aceste cazuri, ce spune victima este adesea cea mai importantă dovadă. Uneori este singura dovadă.

steps = De la plângerea la poliție până la proces
    .p1 = De obicei, lucrurile se petrec așa:
    .list1 =
        - Spuneți poliției ce s-a întâmplat. Aceasta se numește plângere la poliție.
        - Poliția face ancheta. S-ar putea să vorbească din nou cu dumneavoastră. Avocatul poate veni cu dumneavoastră.
        - Dacă există un proces, vi se poate cere să vorbiți în instanță ca martor.
        - În instanță, răspundeți la întrebări despre ce s-a întâmplat. Avocatul poate veni cu dumneavoastră.
    .p2 = Avocatul dumneavoastră, avocatul victimei, vă poate explica fiecare pas și cum se desfășoară procesul. Statul plătește acest avocat.

protection = Ce protecție puteți primi
    .p1 = Ajutorul special în instanță este rareori necesar. Dacă aveți nevoie de el, avocatul sau procurorul îl pot stabili de obicei cu instanța, înainte de ziua procesului.
    .list1 =
        - Cineva vă poate întâmpina când ajungeți la instanță.
        - Puteți aștepta într-o sală de așteptare separată.
        - Dacă cereți, instanța poate, în unele cazuri, să așeze acuzatul într-un loc unde nu îl vedeți cât timp vorbiți.
        - În cazuri speciale, instanța poate obliga acuzatul să iasă din sala de judecată cât timp vorbiți.
        - Doar când siguranța dumneavoastră face acest lucru cu adevărat necesar, instanța poate ține secrete față de acuzat numele, ocupația și adresa dumneavoastră.
    .p2 = În timpul anchetei, și poliția poate să nu-i spună suspectului unele informații, ca să vă protejeze.
    .important = Dacă cineva vă amenință sau vă face probleme pentru că sunteți martor, spuneți imediat poliției. Dacă sunteți în pericol, sunați la { CALL("emergency") }.

compensation = Cererea de bani în proces
    .p1 = Dacă există un proces împotriva oamenilor care v-au exploatat, cereți despăgubire în acel proces. Dacă nu o faceți, s-ar putea să pierdeți mai târziu dreptul la despăgubire de la stat.
    .p2 = Avocatul dumneavoastră, avocatul victimei, poate pregăti cererea și o poate prezenta în proces, pentru dumneavoastră.

forced-crimes = Dacă cineva v-a obligat să încălcați legea
    .p1 = Unele victime sunt obligate de oamenii care le exploatează să comită infracțiuni.
    .p2 = Legea daneză nu a avut o regulă clară care să protejeze victimele de pedeapsă pentru infracțiunile pe care au fost obligate să le comită.
    .p3 = Dar procurorul poate renunța la acuzații pentru infracțiunile mai puțin grave pe care le-ați comis pentru că ați fost victimă a traficului de persoane. Atunci s-ar putea să evitați și expulzarea din Danemarca. Acest lucru se poate întâmpla doar dacă autoritățile știu că ați fost victimă a traficului de persoane.
    .important = Spuneți avocatului că ați fost victimă a traficului de persoane. Dacă sunteți acuzat de o infracțiune, aveți dreptul la un avocat care să vă apere.

your-choice = Alegerile dumneavoastră
    .p1 = Puteți primi ajutor de la CMM chiar dacă nu mergeți la poliție și nu depuneți mărturie. Nici ajutorul pentru întoarcerea acasă în siguranță nu depinde de asta.
    .important = Atenție: CMM lucrează strâns cu poliția. CMM informează poliția despre cazuri fără să dea nume și încurajează victimele să contacteze poliția.
    .p2 = Multe alegeri sunt tot ale dumneavoastră:
    .list1 =
        - dacă participați la o discuție cu CMM
        - dacă CMM transmite mai departe ce îi spuneți
        - dacă vă întoarceți acasă printr-o întoarcere pregătită
        - dacă cereți protecție în instanță
        - ce avocat cereți
    .p3 = Întrebați avocatul sau persoana de contact de la CMM înainte să decideți.
