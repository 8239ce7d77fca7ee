title = Biztonságos szállás
summary = Az emberkereskedelem áldozatainak biztonságos szállást ajánlanak fel, étkezéssel.
    Ha szállást szeretne, először hívja a CMM-et.
    Ha nincs törvényes joga Dániában maradni, a rendőrség is eldöntheti, hol tartózkodjon.

get-a-place = Hogyan kaphat szállást
    .p1 = Hívja a CMM segélyvonalát. A szállást a CMM, a CMM-es kapcsolattartója és a hatóságok intézik.
    .action = { CALL("cmm-hotline") }
    .p2 = Amíg a CMM megvizsgálja a helyzetét, szállást ajánlhat fel Önnek, ha szüksége van rá.

what-you-get = Milyen szállás
    .p1 = Az áldozatoknak biztonságos szállást ajánlanak fel, étkezéssel.
    .p2 = Ez lehet krízisközpont, hostel vagy menekültközpont. A 18 év alatti gyerekek gyermekotthonban lakhatnak.

police-placement = Ha a rendőrség dönti el, hol tartózkodjon
    .p1 = Ha Ön áldozat lehet, és nincs törvényes joga Dániában maradni, a rendőrség elhelyezheti Önt egy krízisközpontban vagy más szálláson, amíg az ügyét vizsgálják.
    .p2 = Ez a rendőrség döntése a külföldiekről szóló törvény alapján (34. § (1) bekezdés 3. pont). Ez nem ugyanaz, mint egy szállás, amelyet a CMM ajánl fel Önnek.
    .important = Fontos tudnia: Dániában előfordult, hogy olyan embereket, akik áldozatok lehettek, bezártak (őrizetbe vettek), amíg az ügyüket vagy a papírjaikat ellenőrizték. Néhány embert, akiről megállapították, hogy áldozat, mégis kiküldtek Dániából. Kérdezze meg a CMM-et vagy egy ügyvédet, mit jelent ez az Ön számára.

staying-safe = Hogyan maradhat biztonságban
    .p1 = A CMM-es kapcsolattartója megnézi, mi sodorhatja veszélybe. Ezekben segíthet:
    .list1 =
        - tanács arról, hogyan maradhat biztonságban
        - hogyan tarthatja biztonságban a telefonját
        - költözés másik szállásra
        - kapcsolat a rendőrséggel

women = Szállás nőknek
    .p1 = A Reden International nevű szervezet két menedékházat működtet olyan nőknek, akik az emberkereskedelem áldozatai, és a gondolkodási időszakban vannak. A címeket titokban tartják, hogy a nők biztonságban legyenek. A menedékházakat az állam fizeti.
    .p2 = A menedékház tanácsot ad az ott lakó nőknek arról, hogyan maradhatnak biztonságban.
    .p3 = Azok a nők, akik menedékjogot is kérnek, általában menekültközpontban laknak. Miután megvizsgálták a helyzetüket, a Reden International szervezetnél kaphatnak helyet.

men = Szállás férfiaknak
    .p1 = A férfiak lakhatnak férfiaknak szóló krízisközpontban, támogatott lakhatásban, lakásban vagy hasonló helyen. A CMM egy koppenhágai hostellel dolgozik együtt.
    .p2 = A menedékjogot kérő férfiak általában menekültközpontban laknak.

drop-in = Nappali találkozóhely nőknek Koppenhágában
    .p1 = A Reden International működteti a Mødestedet nevű nappali találkozóhelyet Koppenhágában, az Indre Vesterbro negyedben. Ide bejelentkezés nélkül be lehet térni. Olyan külföldi nőknek szól, akik pénzért szexuális szolgáltatást nyújtanak.
    .list1 =
        - Nem kell megmondania a nevét.
        - Segítséget kaphat szociális, jogi és egészségügyi problémákban.
        - Kaphat egy kis ételt, és pihenhet egy kicsit, távol az utcától.
    .p2 = Kérdezze meg a CMM segélyvonalán, hogyan találja meg.
