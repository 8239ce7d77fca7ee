title = Ha koldulásra vagy bűncselekményre kényszerítik
summary = Ha koldulásra, lopásra, kábítószer-árulásra vagy más bűncselekményre kényszerítik, az emberkereskedelem lehet.
    Lehet, hogy fél, hogy megbüntetik. Ez az oldal őszintén elmondja, mit tudunk.
    Felhívhatja a CMM-et anélkül, hogy megmondaná a nevét.

what-it-is = Mi a kényszerített bűnözés
    .p1 = Dániában az emberkereskedelem elleni törvény azokra is vonatkozik, akiket bűncselekmények elkövetésére használnak.
    .p2 = A koldulás is lehet emberkereskedelem. A dán kormány a koldulást, a zsebtolvajlást és a kábítószer-árulást is megnevezte azok között a területek között, ahol emberkereskedelem történhet. Azt is mondta, hogy egy új, emberkereskedelem elleni tervben a koldulásra és a gyerekekre akart összpontosítani.
    .p3 = A CMM talált olyan embereket, akiket arra kényszerítettek, hogy:
    .list1 =
        - lopjanak, vagy betörjenek lakásokba
        - kábítószert szállítsanak vagy áruljanak
        - kannabiszt termesszenek
        - egy bolt vezetése közben becsapják az adóhivatalt
    .p4 = Az emberkereskedők néha egy ember nevét és igazolványait arra használják, hogy cégeket és az adóhivatalt becsapják. Egy ügyben szegény embereket hoztak Romániából Dániába hamis állásajánlatokkal, és a nevüket csalásra használták. Az emberkereskedőket emberkereskedelemért bűnösnek találták.

who = Kikkel történik meg
    .p1 = A CMM leír egy csoportot: észak-afrikai fiúkat és fiatal férfiakat. Bandák arra használják őket, hogy lopjanak, betörjenek lakásokba, és kábítószert szállítsanak és áruljanak.
    .list1 =
        - Néhányukat bántották, szexuálisan bántalmazták vagy megfenyegették, fegyverrel is.
        - Tudják, hogy ha nemet mondanak a bandának, annak súlyos következményei lehetnek.
        - Lehet, hogy a banda tudja, hol lakik a családjuk otthon.
        - Sokan gyerekként, egyedül jöttek Dániába, és menedékjogot kértek.
    .p2 = Férfiakat is kihasználhatnak. Például vietnámi férfiakat kannabisz termesztésére használtak.

punished = Megbüntetnek azért, amire kényszerítettek?
    .p1 = Nem ígérhetjük meg, hogy nem büntetik meg. Ennyit tudunk:
    .list1 =
        - 2021-es és 2022-es amerikai jelentések szerint a dán törvényben nem volt világos szabály, amely megvédi az áldozatokat a büntetéstől olyan bűncselekményekért, amelyeket kényszerből követtek el.
        - Ugyanezek a jelentések szerint néhány hatóság bíróság elé állított áldozatokat ilyen bűncselekmények miatt, gyerekeket is.
        - 2024-ben a CMM azt mondta, hogy azokat az észak-afrikai fiúkat, akiket bűncselekményre kényszerítenek, gyakran nem tekintik áldozatnak. Ehelyett börtönbe kerülnek, és kiküldik őket Dániából.
        - Az ügyészek ejthetik a vádat azoknál a kevésbé súlyos bűncselekményeknél, amelyeket egy áldozat az emberkereskedelem részeként követett el. Ilyenkor az áldozat azt is elkerülheti, hogy kiküldjék az országból.
        - Ha Önt bűncselekmény miatt bíróság elé állították, a bíróság megállapíthatja, hogy Ön az emberkereskedelem áldozata.
    .important = A vád ejtése csak akkor lehetséges, ha tudják, hogy Ön emberkereskedelem áldozata lett. Mondja el az ügyvédjének és a hatóságoknak, mi történt Önnel.
    .p2 = Ha bűncselekménnyel vádolják, joga van védőügyvédhez.
    .p3 = Lehet, hogy fogva tartják (őrizetbe veszik). 2018 és 2020 közötti amerikai jelentések szerint a hatóságok a lehetséges áldozatokat 72 órára fogva tarthatták, és ha kellett, tovább is.
    .p4 = A szabályok ezek óta a jelentések óta változhattak. Vannak irányelvek is az ügyészeknek arról, mikor emeljenek vádat áldozatok ellen, de ez az alkalmazás nem tudja, mi van bennük ma. Kérdezze meg a CMM-et vagy egy ügyvédet, mik most a szabályok.

afraid = Ha fél elmondani
    .p1 = Sokan, akik ilyen helyzetben vannak, nagyon félnek elmondani a történetüket, mert a banda fenyegeti őket.
    .p2 = Egy szervezet, a HopeNow azt mondja, hogy sok lehetséges áldozattal bűnözőként bánnak, és börtönben tartják őket, amíg meg nem állapítják, hogy áldozatok. Ezért sokan elkerülik a rendőrséget.
    .p3 = Először felhívhatja a CMM-et, és kérdezhet anélkül, hogy megmondaná a nevét. A CMM segítsége nem attól függ, hogy elmegy-e a rendőrségre.
    .action = { CALL("cmm-hotline") }

get-help = Hol kaphat segítséget
    .p1 = A HopeNow olyan férfiakkal is foglalkozik, akiket bűncselekményre használtak.
    .action = { WEB("hopenow") }
    .p2 = Ha még nem 18 éves, olvassa el ezt a témát: „Ha még nem vagy 18 éves”.
    .p3 = Ha most veszélyben van, hívja ezt a számot: { CALL("emergency") }.
