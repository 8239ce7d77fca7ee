title = Egészségügyi ellátás
summary = Ha nagyon beteg vagy súlyosan megsérült, hívja ezt a számot: { CALL("emergency") }.
    Az áldozatok a gondolkodási időszak alatt külön egészségügyi ellátást kaphatnak.
    A papírok nélkül élő emberek ingyen kaphatnak segítséget a Vöröskereszt egészségügyi klinikáin.

emergency-care = Ha nagyon beteg vagy súlyosan megsérült
    .p1 = Hívja ezt a számot: { CALL("emergency") }. A hívás ingyenes.
    .action = { CALL("emergency") }
    .p2 = Ha nincs engedélye arra, hogy Dániában tartózkodjon, a közegészségügyi rendszer csak sürgősségi ellátást ad Önnek. Az egészségügyi dolgozó dönti el, mi számít sürgős esetnek.

reflection-care = Egészségügyi ellátás a gondolkodási időszak alatt
    .p1 = Ha megállapítják, hogy Ön az emberkereskedelem áldozata, a gondolkodási időszak alatt külön egészségügyi ellátást vehet igénybe. Ebbe beletartozik az orvosi segítség és a pszichológusi segítség.
    .p2 = A CMM-es kapcsolattartója el tudja magyarázni, milyen segítséget kaphat.
    .action = { CALL("cmm-hotline") }

clinics = Ingyenes klinikák papírok nélkül élő embereknek
    .p1 = A Dán Vöröskereszt ingyenes egészségügyi klinikákat működtet azoknak, akik papírok nélkül élnek Dániában. Ez azokat jelenti, akiknek nincs sárga egészségügyi kártyájuk, és nincs CPR-számuk sem. A CPR-szám a dán személyi azonosító szám.
    .p2 = Klinikák vannak Koppenhágában, Aarhusban és Odensében. Ezeket kínálhatják:
    .list1 =
        - orvosi kezelés
        - oltások gyerekeknek
        - vizsgálatok terhesség alatt
        - gyógytorna
        - sürgős fogászati ellátás
        - beszélgetés pszichológussal
    .p3 = Önkéntes tolmácsok segítenek.

find-a-clinic = Hogyan találhat klinikát
    .p1 = A klinikák címe nem nyilvános, hogy a papírok nélkül élő emberek biztonságban érezzék magukat.
    .p2 = Az emberek szájról szájra, utcai szociális munkásoktól és szórólapokból tudják meg, hol vannak.
    .p3 = Kérdezzen meg egy szervezetet, amelyben megbízik, vagy hívja a CMM segélyvonalát.

outreach = Egészségügyi látogatások masszázsszalonokban
    .p1 = Az AmiAmi és a Reden International nevű szervezetek egészségügyi csapatokat küldenek masszázsszalonokba. Beszélgetést és egészségügyi vizsgálatot kínálnak.
    .p2 = Saját egészségügyi klinikájuk is van.
    .important = Nem minden látogatás egészségügyi látogatás. A rendőrség és a Dán Adóhivatal is ellátogat masszázsszalonokba, hogy ellenőrizze őket, és emberkereskedelemre utaló jeleket keressen.
