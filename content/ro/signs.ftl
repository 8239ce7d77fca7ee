title = Mă exploatează cineva?
summary = Unele semne arată că o persoană este exploatată: obligată să muncească, să vândă servicii sexuale sau să comită infracțiuni.
    Un singur semn poate să nu fie o dovadă. Mai multe semne împreună sunt un avertisment puternic.
    Dacă vi se întâmplă și dumneavoastră așa ceva, sunați la CMM.

warning-signs = Semne de muncă forțată
    .p1 = Centrul Danez împotriva Traficului de Persoane (CMM) dă aceste semne de avertizare:
    .list1 =
        - Cineva v-a luat pașaportul sau cartea de identitate.
        - Datorați bani persoanei care v-a adus aici sau care v-a găsit locul de muncă.
        - Salariul vă este reținut sau este mult mai mic decât vi s-a promis.
        - Nu aveți contract sau contractul este într-o limbă pe care nu o înțelegeți.
        - Ați fost presat să semnați un contract.
        - Cineva vă amenință pe dumneavoastră sau familia dumneavoastră.
        - Nu aveți control asupra MitID sau NemID, identitatea dumneavoastră digitală daneză.
    .p2 = CMM dă și aceste semne:
    .list2 =
        - Trebuie să lucrați multe ore, mai multe decât scrie în contract.
        - Munca este dăunătoare pentru sănătate sau nu este sigură.
        - O mare parte din salariu se întoarce la angajator sau vă este scăzută din salariu.
        - Locuiți în condiții proaste: fără intimitate, fără toaletă curată sau loc de spălat, sau locuiți la locul de muncă.
        - Angajatorul spune că vă va concedia fără plată sau că vă va denunța autorităților dacă vă plângeți sau dacă vorbiți cu un sindicat, de exemplu 3F.
        - Angajatorul vrea să vorbească în locul dumneavoastră cu autoritățile sau cu banca.
        - Sunteți supravegheat, de exemplu prin GPS-ul de pe telefon sau cu camere.
        - Nu vi se permite să mergeți la medic sau la spital când sunteți rănit sau bolnav.

more-signs = Alte semne de muncă forțată
    .p1 = Organizația Internațională a Muncii (OIM) are o listă de semne de muncă forțată. Ea include și acestea:
    .list1 =
        - Cineva v-a mințit despre munca, salariul sau locul de muncă.
        - Nu sunteți liber să plecați sau nu puteți merge unde vreți.
        - Cineva vă ține departe de alți oameni.
        - Cineva vă lovește, vă rănește sau vă obligă să faceți sex.
        - Trebuie să lucrați foarte multe ore.
        - Locul unde lucrați sau locuiți este în stare foarte proastă.
        - Cineva folosește situația dumneavoastră grea împotriva dumneavoastră.

what-it-means = Ce înseamnă semnele de muncă forțată
    .p1 = Un singur semn poate să nu dovedească faptul că sunteți obligat să munciți.
    .p2 = Dar mai multe semne împreună arată clar spre muncă forțată.
    .important = CMM spune că puteți primi ajutor ca să plecați și sprijin de la statul danez.

sexual-signs = Semne de exploatare sexuală
    .p1 = În Danemarca, cel mai des întâlnit tip de trafic de persoane este exploatarea sexuală: oamenii sunt obligați să vândă servicii sexuale, de exemplu prin prostituție.
    .p2 = Nu toți sunt închiși sau bătuți. Controlul este adesea discret și greu de văzut. Organizațiile care ajută femeile din prostituție, precum și Serviciul Danez de Imigrări, descriu semne ca acestea:
    .list1 =
        - Nu decideți ce servicii sexuale vindeți, câți clienți aveți sau câți bani păstrați.
        - Banii merg direct la altcineva.
        - Aveți o datorie mare pentru călătorie, viză sau alte costuri. Datoria este inventată și poate dura ani să o plătiți.
        - Altcineva v-a planificat și v-a plătit călătoria și poate a călătorit cu dumneavoastră.
        - Sunteți închis într-un apartament sau ținut într-o casă departe de alți oameni.
        - Ați fost pus să depuneți un jurământ, de exemplu un jurământ „ju-ju”.
        - Cineva vă amenință familia de acasă.
    .p3 = HopeNow, una dintre aceste organizații, spune că aceste datorii încep adesea de la 60.000 de euro sau mai mult.

crime-signs = Semne de infracțiuni forțate
    .p1 = Oamenii pot fi traficați și ca să comită infracțiuni sau să cerșească. CMM și guvernul danez descriu cazuri ca acestea:
    .list1 =
        - Cineva vă obligă să furați, să intrați prin efracție în case sau să transportați ori să vindeți droguri.
        - Cineva vă obligă să cultivați canabis.
        - Cineva vă obligă să cerșiți sau să furați din buzunare.
        - Cineva vă folosește numele sau actele de identitate ca să înșele firme sau fiscul.
        - Sunteți amenințat, poate cu arme. Știți că, dacă îi refuzați pe cei din bandă, urmările pot fi grave.
        - Oamenii din spatele acestor lucruri știu unde locuiește familia dumneavoastră acasă.
        - Vă este foarte frică să spuneți cuiva ce vi se întâmplă.
    .p2 = Citiți mai mult în „Când sunteți obligat să cerșiți sau să comiteți infracțiuni”.

common-signs = Semne în orice tip de trafic
    .p1 = CMM spune că aceste lucruri apar des în cazurile de trafic de persoane:
    .list1 =
        - Vreți foarte mult să câștigați bani, ca să aveți o viață mai bună pentru dumneavoastră și familia dumneavoastră.
        - Păreți amenințat și speriat.
        - Simțiți că nu aveți altă alegere și nici alt mod de a plăti datoria pe care o aveți.
        - Nu aveți încredere în organizațiile care ajută sau în autorități și vă este frică să luați legătura cu ele.
        - Nu știți unde să cereți ajutor.

next-step = Ce puteți face mai departe
    .p1 = Sunați la linia telefonică a CMM. Puteți vorbi despre situația dumneavoastră fără să vă spuneți numele.
    .action = { CALL("cmm-hotline") }
    .p2 = Credeți că altcineva este exploatat? Puteți suna la CMM și pentru acea persoană.
    .p3 = Dacă sunteți în pericol acum, sunați la { CALL("emergency") }.
