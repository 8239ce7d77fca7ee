title = Cereți ajutor acum
summary = Dacă sunteți în pericol acum, sunați la { CALL("emergency") }. Este gratuit.
    Pentru ajutor și sfaturi, sunați la Centrul Danez împotriva Traficului de Persoane (CMM).

danger = Sunteți în pericol chiar acum?
    .p1 = Sunați la { CALL("emergency") } dacă viața vă este în pericol, dacă are loc o infracțiune gravă sau dacă cineva este grav rănit sau foarte bolnav.
    .action = { CALL("emergency") }
    .p2 = Apelul este gratuit. Funcționează chiar dacă nu aveți credit pe telefon sau dacă telefonul este blocat.
    .p3 = Spuneți ce s-a întâmplat, unde sunteți și câte persoane sunt rănite.
    .important = Fiecare apel de urgență este înregistrat.

cmm = Sunați la Centrul Danez împotriva Traficului de Persoane
    .p1 = Centrul Danez împotriva Traficului de Persoane (CMM) face parte din statul danez. El ajută persoanele care ar putea fi victime ale traficului de persoane. Linia telefonică este cel mai ușor mod de a lua legătura cu CMM.
    .action = { CALL("cmm-hotline") }
    .p2 = Puteți suna și dacă credeți că altcineva este exploatat sau dacă vreți doar un sfat.
    .p3 = Puteți scrie și la { EMAIL("cmm-hotline") }. Dacă vreți să trimiteți informații private prin e-mail, anunțați mai întâi CMM.

first-talk = Ce se întâmplă când vorbiți cu CMM
    .p1 = Prima discuție cu CMM are loc așa:
    .list1 =
        - Discuția poate fi anonimă. Nu trebuie să spuneți cine sunteți.
        - Dumneavoastră alegeți dacă vreți să participați.
        - CMM transmite mai departe ce spuneți doar dacă sunteți de acord.
        - Puteți aduce o persoană în care aveți încredere, ca să vă sprijine.
        - Adesea se folosește un interpret, dacă nu vorbiți bine daneza sau engleza.
    .p2 = Discuția poate avea loc la CMM, la un adăpost, în închisoare, într-un centru pentru solicitanți de azil sau acolo unde stați.
    .p3 = Cât timp CMM analizează situația dumneavoastră, vă poate oferi sprijin și un loc unde să stați, dacă aveți nevoie.

police-and-cmm = CMM și poliția
    .p1 = Puteți primi ajutor de la CMM chiar dacă nu mergeți la poliție.
    .important = Atenție: CMM lucrează strâns cu poliția. CMM informează poliția despre cazuri fără să dea nume și încurajează victimele să contacteze poliția.

not-urgent = Când nu este urgent
    .p1 = Sunați la poliție la { CALL("police") } ca să anunțați o infracțiune pentru care nu este nevoie de poliție imediat, ca să întrebați despre cazul dumneavoastră sau ca să dați informații poliției.
    .action = { CALL("police") }
    .p2 = Dacă telefonul are o cartelă SIM străină, puneți prefixul de țară al Danemarcei în fața numărului.
    .p3 = Și aceste apeluri sunt înregistrate.
