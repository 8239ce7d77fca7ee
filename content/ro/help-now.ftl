title = Cereți ajutor acum
summary = Dacă sunteți în pericol acum, sunați la { CALL("emergency") }. Este gratuit.
    Pentru ajutor și sfaturi, sunați la Centrul Danez împotriva Traficului de Persoane (CMM).

danger = Sunteți în pericol chiar acum?
    .p1 = Sunați la { CALL("emergency") } dacă viața cuiva este în pericol, dacă are loc o infracțiune gravă, dacă este un incendiu sau un accident, sau dacă cineva este atât de rănit sau de bolnav încât viața lui este în pericol.
    .action = { CALL("emergency") }
    .p2 = Apelul este gratuit. Funcționează chiar dacă nu aveți credit pe telefon sau dacă telefonul este blocat.
    .p3 = Persoana care răspunde vă va întreba ce s-a întâmplat, unde și când, unde trebuie trimis ajutorul și câte persoane sunt rănite.
    .important = Fiecare apel de urgență este înregistrat.

cmm = Sunați la Centrul Danez împotriva Traficului de Persoane
    .p1 = Centrul Danez împotriva Traficului de Persoane (CMM) face parte dintr-o autoritate a statului danez. El ajută să se afle dacă anumite persoane au fost victime ale traficului și le oferă ajutor, sprijin și sfaturi. Linia telefonică este cel mai ușor mod de a lua legătura cu CMM.
    .action = { CALL("cmm-hotline") }
    .p2 = Puteți suna și dacă credeți că altcineva este exploatat sau dacă vreți doar un sfat. Puteți să-i spuneți CMM despre o situație fără să vă spuneți numele.
    .p3 = Puteți scrie și la { EMAIL("cmm-hotline") }. Dacă vreți să trimiteți informații private prin e-mail, anunțați mai întâi CMM.
    .p4 = Această aplicație nu dă programul și limbile liniei telefonice, pentru că nu sunt confirmate. Întrebați CMM. Dacă nu răspunde nimeni și sunteți în pericol, sunați la { CALL("emergency") }.
    .important = Gândiți-vă cine vă poate vedea telefonul. Un apel pe care îl faceți din această aplicație, inclusiv la { CALL("emergency") } sau la { CALL("police") }, apare în lista de apeluri a telefonului. Poate apărea și pe factura de telefon. Un e-mail pe care îl trimiteți rămâne în dosarul „trimise”.

first-talk = Ce se întâmplă când vorbiți cu CMM
    .p1 = Prima discuție cu CMM are loc așa:
    .list1 =
        - Discuția este anonimă. Nu este obligatoriu să vă spuneți numele.
        - Dumneavoastră alegeți dacă vreți să participați.
        - CMM transmite mai departe informațiile dumneavoastră doar dacă sunteți de acord. Dar citiți mai jos ce îi spune CMM poliției.
        - Puteți aduce o persoană în care aveți încredere, ca să vă sprijine.
        - Dacă aveți sub 18 ani, de obicei este cu dumneavoastră un reprezentant personal.
        - Adesea se folosește un interpret, dacă nu vorbiți bine daneza sau engleza.
    .p2 = Discuția poate avea loc la CMM, la un adăpost, într-un arest sau într-o închisoare, într-un centru pentru solicitanți de azil sau acolo unde stați.
    .p3 = Cât timp CMM analizează situația dumneavoastră, vă poate oferi sprijin și un loc unde să stați, dacă aveți nevoie.

police-and-cmm = Ce îi spune CMM poliției
    .p1 = Puteți primi ajutor de la CMM chiar dacă nu mergeți la poliție.
    .p2 = CMM lucrează strâns cu poliția. Iată ce se știe despre ce ajunge la poliție:
    .list1 =
        - Numele și informațiile dumneavoastră: CMM spune că le transmite mai departe doar dacă sunteți de acord.
        - Cazul dumneavoastră: un articol de presă din 2025 spune că CMM informează acum poliția despre cazuri, fără nume. Mai spune că CMM încurajează victimele să contacteze singure poliția.
        - Articolul nu spune ce altceva despre un caz îi spune CMM poliției.
    .p3 = Dacă nu aveți acte ca să stați în Danemarca, Serviciul Danez de Imigrări decide dacă sunteți victimă, nu CMM. Serviciul de Imigrări a spus că folosește informații de la poliție și ce i-a spus persoana respectivă CMM.
    .important = Înainte să vă dați numele sau detalii, întrebați CMM: „Ce veți spune despre mine poliției sau Serviciului de Imigrări?”

after-call = Ce se întâmplă după ce sunați
    .p1 = Iată pașii, atât cât se știe:
    .list1 =
        - Îi spuneți CMM despre situația dumneavoastră. Nu este obligatoriu să vă spuneți numele.
        - Dacă ar putea fi trafic de persoane, CMM vă poate oferi o primă discuție. Dumneavoastră alegeți dacă o vreți.
        - Cât timp situația dumneavoastră este analizată, CMM vă poate oferi sprijin și un loc unde să stați, dacă aveți nevoie.
        - Apoi cineva decide dacă sunteți victimă a traficului de persoane. Dacă sunteți în Danemarca în mod legal, decide CMM. Dacă nu aveți drept legal de ședere sau cereți azil, decide Serviciul Danez de Imigrări. Dacă sunteți judecat pentru o infracțiune, poate decide instanța.
        - Dacă se constată că sunteți victimă, vi se oferă o perioadă de 30 de zile ca să scăpați de exploatare și să vă refaceți. Ea se numește perioada de reflecție (pentru persoanele aflate legal în Danemarca, perioada de recuperare). Poate fi mai lungă, până la 120 de zile, când există motive speciale sau dacă participați la planificarea întoarcerii acasă.
        - Primiți o persoană de contact de la CMM. Această persoană vă explică ce ajutor puteți primi și lucrează cu alții, de exemplu cu Serviciul de Imigrări, cu avocații, cu poliția și cu Crucea Roșie.
    .important = Dacă nu aveți drept legal de ședere, perioada de reflecție nu este un permis de ședere. Este o dată mai târzie până la care trebuie să plecați din Danemarca. Citiți „Fără acte? Vă este frică de poliție?”
    .p2 = Ajutorul oferit de CMM și oferta unei întoarceri acasă planificate nu depind de faptul că ajutați sau nu poliția.
    .p3 = Persoana de contact analizează împreună cu dumneavoastră și siguranța dumneavoastră. Asta poate însemna sfaturi despre cum să rămâneți în siguranță și cum să vă protejați telefonul, mutarea în alt loc unde să stați sau legătura cu poliția.

not-urgent = Când nu este urgent
    .p1 = Sunați la poliție la { CALL("police") } ca să anunțați o infracțiune pentru care nu este nevoie de poliție imediat, ca să întrebați despre cazul dumneavoastră sau ca să dați informații poliției.
    .action = { CALL("police") }
    .p2 = Dacă telefonul are o cartelă SIM străină, puneți prefixul de țară al Danemarcei în fața numărului.
    .p3 = Și aceste apeluri sunt înregistrate.
