title = Biztonságos szállás
summary = Ha Ön az emberkereskedelem áldozata, biztonságos szállást kaphat, étkezéssel.
    Ha szállást szeretne, először hívja a CMM-et.

get-a-place = Hogyan kaphat szállást
    .p1 = Hívja a CMM segélyvonalát. A CMM és a kapcsolattartója a hatóságokkal együtt szállást intéz Önnek.
    .action = { CALL("cmm-hotline") }
    .p2 = Amíg a CMM megvizsgálja a helyzetét, szállást ajánlhat fel Önnek, ha szüksége van rá.
    .p3 = Ha nincs törvényes joga Dániában tartózkodni, a rendőrség is elhelyezheti Önt egy krízisközpontban vagy más szálláson, amíg az ügyét vizsgálják.

what-you-get = Milyen szállás
    .p1 = Biztonságos szállást kap, étkezéssel.
    .p2 = Ez lehet krízisközpont, hostel vagy menekültközpont. A 18 év alatti gyerekek gyermekotthonban lakhatnak.

staying-safe = Hogyan maradhat biztonságban
    .p1 = A CMM-es kapcsolattartója megnézi, mi sodorhatja veszélybe. Ezekben segíthet:
    .list1 =
        - tanács arról, hogyan maradhat biztonságban
        - hogyan tarthatja biztonságban a telefonját
        - költözés másik szállásra
        - kapcsolat a rendőrséggel

women = Szállás nőknek
    .p1 = A Reden International nevű szervezet két menedékházat működtet olyan nőknek, akik az emberkereskedelem áldozatai, a gondolkodási időszak alatt. A címeket titokban tartják, hogy Ön biztonságban legyen.
    .p2 = A menedékház tanácsot ad az ott lakó nőknek arról, hogyan maradhatnak biztonságban.
    .p3 = Azok a nők, akik menedékjogot is kérnek, általában menekültközpontban laknak. Miután megvizsgálták a helyzetét, a Reden International szervezetnél kaphat helyet.

men = Szállás férfiaknak
    .p1 = A férfiak lakhatnak férfiaknak szóló krízisközpontban, támogatott lakhatásban, lakásban vagy hasonló helyen. A CMM egy koppenhágai hostellel dolgozik együtt.
    .p2 = A menedékjogot kérő férfiak általában menekültközpontban laknak.

drop-in = Nappali találkozóhely nőknek Koppenhágában
    .p1 = A Reden International működteti a Mødestedet nevű nappali találkozóhelyet Koppenhágában, Indre Vesterbro negyedben. Ide bejelentkezés nélkül be lehet térni. Olyan külföldi nőknek szól, akik pénzért szexuális szolgáltatást nyújtanak.
    .list1 =
        - Nem kell megmondania a nevét.
        - Segítséget kaphat szociális, jogi és egészségügyi problémákban.
        - Kaphat egy kis ételt, és pihenhet egy kicsit, távol az utcától.
    .p2 = Kérdezze meg a CMM segélyvonalán, hogyan találja meg.
