title = Dacă sunteți martor
summary = Să spuneți poliției ce s-a întâmplat și să depuneți mărturie în instanță sunt doi pași diferiți.
    Există moduri de a vă proteja ca martor.
    Ajutorul de la CMM nu depinde de faptul că lucrați sau nu cu poliția.

what-it-is = Ce înseamnă să depuneți mărturie
    .p1 = Când spuneți poliției ce s-a întâmplat, dați o declarație la poliție. Aceasta nu înseamnă să depuneți mărturie.
    .p2 = A depune mărturie înseamnă a vorbi ca martor în instanță, într-un proces penal. Răspundeți la întrebări despre ce s-a întâmplat.
    .p3 = Traficul de persoane este o infracțiune gravă în Danemarca. Pedeapsa poate fi de până la 10 ani de închisoare.
    .p4 = În aceste cazuri, ce spune victima este adesea cea mai importantă dovadă. Uneori este singura dovadă.

steps = De la poliție până la instanță
    .p1 = De obicei, lucrurile se petrec așa:
    .list1 =
        - Anunțați infracțiunea la poliție și spuneți ce s-a întâmplat. Aceasta este declarația dumneavoastră la poliție.
        - Poliția face ancheta. S-ar putea să vă interogheze din nou. Un avocat al victimei poate veni cu dumneavoastră.
        - Dacă dosarul ajunge în instanță, puteți fi chemat ca martor.
        - În instanță, depuneți mărturie: răspundeți la întrebări despre ce s-a întâmplat. Un avocat al victimei poate veni cu dumneavoastră.
    .p2 = Nu orice caz se termină cu un proces sau cu o condamnare. În 2019, 2020 și 2021 nu a existat nicio condamnare pentru trafic de persoane în Danemarca.
    .p3 = Un avocat al victimei vă poate explica fiecare pas și cum se desfășoară procesul. Statul plătește acest avocat. Nu este confirmat cum primește o victimă a traficului de persoane un astfel de avocat: întrebați CMM sau poliția.
    .p4 = Dacă s-ar putea să plecați din Danemarca înainte de proces, întrebați avocatul dacă puteți fi audiat în instanță înainte de proces. Regulile pentru asta nu sunt confirmate aici.

protection = Ce protecție puteți primi
    .p1 = Ajutorul special în instanță este rareori necesar. Dacă aveți nevoie de el, procurorul sau avocatul îl pot stabili de obicei cu instanța, înainte de ziua respectivă.
    .list1 =
        - Poliția sau procurorul pot face în așa fel încât cineva să vă întâmpine când ajungeți la instanță.
        - Pot face și în așa fel încât să așteptați într-o sală de așteptare separată.
        - Dacă cereți, instanța poate, în unele cazuri, să așeze acuzatul într-un loc unde nu îl vedeți cât timp depuneți mărturie.
        - În cazuri speciale, instanța poate obliga acuzatul să iasă din sala de judecată cât timp depuneți mărturie.
    .p2 = În timpul anchetei, poliția îi poate cere avocatului suspectului să nu-i transmită suspectului anumite informații, când acest lucru este necesar ca să vă protejeze.
    .important = Dacă cineva vă amenință sau vă face probleme pentru că sunteți martor, spuneți imediat poliției. Dacă sunteți în pericol, sunați la { CALL("emergency") }.

video = Interogatorii filmate
    .p1 = Poliția poate filma un interogatoriu. Acest lucru este mai ales pentru copii și tineri sub 18 ani. Este posibil și pentru persoanele cu o boală psihică gravă sau cu o dizabilitate importantă, când împrejurări speciale o justifică.
    .p2 = Un copil sub 13 ani este, de regulă, interogat pe video. Pentru copiii mai mari, depinde de caz.
    .p3 = Dacă ați fost interogat pe video în acest fel, de obicei nu mai este nevoie să depuneți mărturie la proces. O instanță poate cere asta doar în cazuri foarte rare.
    .important = Nu este confirmat că victimele adulte ale traficului de persoane pot fi interogate pe video. Întrebați avocatul sau CMM.

danger = Dacă dumneavoastră sau familia dumneavoastră ați putea fi în pericol grav
    .p1 = În unele cazuri, instanța poate ține secrete față de acuzat numele, ocupația și adresa dumneavoastră. Instanța trebuie să constate că acest lucru este necesar pentru siguranța dumneavoastră și că probabil nu dăunează apărării.
    .p2 = Dacă dumneavoastră sau familia dumneavoastră ați putea fi în pericol grav, instanța poate obliga și acuzatul să iasă din sala de judecată cât timp depuneți mărturie.
    .p3 = Acestea sunt decizii ale instanței. Întrebați avocatul sau procurorul dacă aveți nevoie de ele.

closed-court = Poate fi ținut publicul afară?
    .p1 = Victimele violului sau ale unor infracțiuni la fel de grave au dreptul ca publicul să nu fie lăsat în sala de judecată. Avocatul sau procurorul poate cere acest lucru. Dacă publicul nu este ținut afară, instanța poate în schimb să interzică oricui să relateze ce spuneți.
    .important = Nu este confirmat dacă traficul de persoane este considerat o infracțiune „la fel de gravă”. Întrebați avocatul sau procurorul.

compensation = Cererea de bani în proces
    .p1 = Dacă există un proces împotriva oamenilor care v-au exploatat, cereți despăgubire în acel proces. Dacă nu o faceți, s-ar putea să pierdeți mai târziu dreptul la despăgubire de la stat.
    .p2 = Un avocat al victimei poate pregăti cererea și o poate prezenta în proces, pentru dumneavoastră.

forced-crimes = Dacă cineva v-a obligat să încălcați legea
    .p1 = Unele victime sunt obligate de oamenii care le exploatează să comită infracțiuni.
    .p2 = Rapoarte ale SUA din 2021 și 2022 spuneau că legea daneză nu avea o regulă clară care să protejeze victimele de pedeapsă pentru infracțiunile pe care au fost obligate să le comită. Nu este confirmat dacă acest lucru s-a schimbat. Unele victime, inclusiv copii, au fost trimise în judecată pentru astfel de infracțiuni.
    .p3 = Procurorul poate renunța la acuzații pentru infracțiunile mai puțin grave pe care le-ați comis pentru că ați fost victimă a traficului de persoane. Atunci s-ar putea să evitați și expulzarea din Danemarca. Dar acest lucru se poate întâmpla doar dacă autoritățile știu că ați fost victimă a traficului de persoane.
    .p4 = Dacă sunteți judecat, instanța poate decide că sunteți victimă a traficului de persoane.
    .important = Spuneți avocatului și autorităților că ați fost victimă a traficului de persoane. Dacă sunteți acuzat de o infracțiune, aveți dreptul la un avocat care să vă apere. Fiți conștient că persoane care ar putea fi victime au fost reținute (ținute de poliție).

your-choice = Alegerile dumneavoastră
    .p1 = Ajutorul de la CMM nu depinde de faptul că mergeți sau nu la poliție. Nici ajutorul pentru întoarcerea acasă printr-o întoarcere pregătită nu depinde de asta.
    .important = Aceasta este despre ajutorul pe care îl primiți. Nu înseamnă că puteți refuza dacă o instanță vă cheamă ca martor. Dacă sunteți chemat, întrebați avocatul sau CMM ce trebuie să faceți.
    .p2 = Unele alegeri sunt ale dumneavoastră:
    .list1 =
        - dacă participați la prima discuție cu CMM
        - dacă acceptați o întoarcere pregătită
        - dacă cereți protecție în instanță
        - ce avocat îi cereți instanței
    .p3 = Întrebați avocatul sau persoana de contact de la CMM înainte să decideți.

what-police-learn = Ce îi spune CMM poliției
    .p1 = La prima discuție cu CMM, informațiile dumneavoastră sunt transmise mai departe doar dacă sunteți de acord.
    .p2 = Dar CMM lucrează strâns cu poliția. Informează poliția despre cazuri, fără nume, și încurajează victimele să contacteze poliția. Persoana de contact de la CMM lucrează și ea cu poliția și cu Serviciul de Imigrări la cazul dumneavoastră.
    .p3 = Înainte să vă spuneți povestea, întrebați CMM ce anume va transmite mai departe și cui.
