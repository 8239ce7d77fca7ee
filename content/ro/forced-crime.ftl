title = Când sunteți obligat să cerșiți sau să comiteți infracțiuni
summary = Dacă sunteți obligat să cerșiți, să furați, să vindeți droguri sau să comiteți alte infracțiuni, poate fi trafic de persoane.
    S-ar putea să vă fie frică că veți fi pedepsit. Această pagină vă spune sincer ce se știe.
    Puteți suna la CMM fără să vă spuneți numele.

what-it-is = Ce sunt infracțiunile forțate
    .p1 = În Danemarca, legea împotriva traficului de persoane îi protejează și pe oamenii care sunt folosiți ca să comită infracțiuni.
    .p2 = Și cerșitul poate fi trafic de persoane. Guvernul danez a numit cerșitul, furtul din buzunare și vânzarea de droguri printre domeniile în care poate avea loc trafic de persoane. A mai spus că voia ca un nou plan împotriva traficului de persoane să se concentreze pe cerșit și pe copii.
    .p3 = CMM a găsit oameni care au fost obligați:
    .list1 =
        - să fure sau să intre prin efracție în case
        - să transporte sau să vândă droguri
        - să cultive canabis
        - să înșele fiscul în timp ce conduceau un magazin
    .p4 = Uneori, traficanții folosesc numele și actele de identitate ale unei persoane ca să înșele firme și fiscul. Într-un caz, oameni săraci din România au fost aduși în Danemarca cu oferte de muncă false, iar numele lor au fost folosite pentru fraude. Traficanții au fost găsiți vinovați de trafic de persoane.

who = Cui i se întâmplă
    .p1 = CMM descrie un grup de băieți și tineri din Africa de Nord. Bandele îi folosesc ca să fure, să intre prin efracție în case și să transporte și să vândă droguri.
    .list1 =
        - Unii au fost răniți, abuzați sexual sau amenințați, inclusiv cu arme.
        - Ei știu că, dacă refuză banda, urmările pot fi grave.
        - Banda poate ști unde locuiește familia lor, acasă.
        - Mulți au venit singuri în Danemarca când erau copii și au cerut azil.
    .p2 = Și bărbații pot fi folosiți. De exemplu, bărbați din Vietnam au fost folosiți ca să cultive canabis.

punished = Voi fi pedepsit pentru ce am fost obligat să fac?
    .p1 = Nu vă putem promite că nu veți fi pedepsit. Iată ce se știe:
    .list1 =
        - Rapoarte ale SUA din 2021 și 2022 spun că legea daneză nu avea o regulă clară care să protejeze victimele de pedeapsă pentru infracțiunile pe care au fost obligate să le comită.
        - Aceleași rapoarte spun că unele autorități au trimis în judecată victime pentru astfel de infracțiuni, inclusiv copii.
        - În 2024, CMM a spus că băieții din Africa de Nord care sunt obligați să comită infracțiuni adesea nu sunt văzuți ca victime. În schimb, sunt trimiși la închisoare și trimiși din Danemarca.
        - Procurorii pot renunța la acuzații pentru infracțiunile mai puțin grave pe care o victimă le-a comis ca parte a traficului. Atunci victima poate evita și trimiterea din țară.
        - Dacă sunteți judecat pentru o infracțiune, instanța poate decide că sunteți victimă a traficului de persoane.
    .important = Renunțarea la acuzații este posibilă doar dacă se știe că ați fost victimă a traficului. Spuneți avocatului și autorităților ce vi s-a întâmplat.
    .p2 = Dacă sunteți acuzat de o infracțiune, aveți dreptul la un avocat care să vă apere.
    .p3 = S-ar putea să fiți reținut (ținut de autorități). Rapoarte ale SUA din 2018 până în 2020 spun că autoritățile puteau reține posibile victime timp de 72 de ore, și mai mult dacă era nevoie.
    .p4 = Regulile s-ar putea să se fi schimbat de la aceste rapoarte. Există și instrucțiuni pentru procurori despre acuzațiile împotriva victimelor, iar această aplicație nu știe ce spun ele astăzi. Întrebați CMM sau un avocat care sunt regulile acum.

afraid = Dacă vă este frică să spuneți
    .p1 = Multor oameni în această situație le este foarte frică să-și spună povestea, din cauza amenințărilor bandei.
    .p2 = O organizație, HopeNow, spune că multe posibile victime sunt tratate ca infractori și ținute în închisoare până se constată că sunt victime. De aceea, mulți evită poliția.
    .p3 = Puteți suna mai întâi la CMM și puteți pune întrebări fără să vă spuneți numele. Ajutorul de la CMM nu depinde de faptul că mergeți sau nu la poliție.
    .action = { CALL("cmm-hotline") }

get-help = Unde găsiți ajutor
    .p1 = HopeNow lucrează și cu bărbați care au fost folosiți pentru infracțiuni.
    .action = { WEB("hopenow") }
    .p2 = Dacă aveți sub 18 ani, citiți „Dacă ai sub 18 ani”.
    .p3 = Dacă sunteți în pericol acum, sunați la { CALL("emergency") }.
