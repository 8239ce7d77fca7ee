title = Kérjen segítséget most
summary = Ha most veszélyben van, hívja ezt a számot: { CALL("emergency") }. A hívás ingyenes.
    Segítségért és tanácsért hívja a Dán Emberkereskedelem Elleni Központot (CMM).

danger = Most veszélyben van?
    .p1 = Hívja ezt a számot: { CALL("emergency") }, ha valakinek az élete veszélyben van, ha éppen súlyos bűncselekmény történik, ha tűz vagy baleset történt, vagy ha valaki olyan súlyosan megsérült vagy olyan beteg, hogy az élete veszélyben van.
    .action = { CALL("emergency") }
    .p2 = A hívás ingyenes. Akkor is működik, ha nincs egyenleg a telefonján, vagy ha a telefonja le van tiltva.
    .p3 = Aki felveszi a telefont, megkérdezi, mi történt, hol és mikor, hová küldjenek segítséget, és hány ember sérült meg.
    .important = Minden segélyhívást rögzítenek.

cmm = Hívja a Dán Emberkereskedelem Elleni Központot
    .p1 = A Dán Emberkereskedelem Elleni Központ (CMM) egy dán állami hatóság része. Segít kideríteni, hogy valaki az emberkereskedelem áldozata lett-e, és segítséget, támogatást és tanácsot ad azoknak, akikkel ez történt. A CMM-et a segélyvonalon lehet a legkönnyebben elérni.
    .action = { CALL("cmm-hotline") }
    .p2 = Akkor is hívhatja, ha úgy gondolja, hogy valaki mást kizsákmányolnak, vagy ha csak tanácsot szeretne. Elmondhat a CMM-nek egy helyzetet anélkül, hogy megmondaná a nevét.
    .p3 = Írhat e-mailt is erre a címre: { EMAIL("cmm-hotline") }. Ha bizalmas információt szeretne e-mailben küldeni, előbb szóljon a CMM-nek.
    .p4 = Ez az alkalmazás nem írja meg, mikor és milyen nyelveken érhető el a segélyvonal, mert ez nincs megerősítve. Kérdezze meg a CMM-et. Ha senki nem veszi fel, és Ön veszélyben van, hívja ezt a számot: { CALL("emergency") }.
    .important = Gondolja végig, ki láthatja a telefonját. Ha ebből az alkalmazásból telefonál, akkor is, ha ezt a számot hívja: { CALL("emergency") } vagy ezt: { CALL("police") }, a hívás megjelenik a telefonja híváslistájában. A telefonszámláján is megjelenhet. Az elküldött e-mail az „elküldött” mappában marad.

first-talk = Mi történik, amikor a CMM-mel beszél
    .p1 = Az első beszélgetés a CMM-mel így zajlik:
    .list1 =
        - A beszélgetés névtelen. Nem kell megmondania a nevét.
        - Ön dönti el, hogy részt vesz-e.
        - A CMM csak akkor adja tovább az Ön adatait, ha Ön beleegyezik. De olvassa el lent, mit mond el a CMM a rendőrségnek.
        - Magával hozhat valakit, akiben megbízik, hogy támogassa Önt.
        - Ha Ön 18 év alatti, általában egy személyes képviselő is ott van Önnel.
        - Gyakran tolmács segít, ha nem beszél jól dánul vagy angolul.
    .p2 = A beszélgetés lehet a CMM-nél, egy menedékházban, fogdában vagy börtönben, menekültközpontban, vagy ott, ahol éppen lakik.
    .p3 = Amíg a CMM megvizsgálja a helyzetét, támogatást és szállást ajánlhat fel Önnek, ha szüksége van rá.

police-and-cmm = Mit mond el a CMM a rendőrségnek
    .p1 = Akkor is kaphat segítséget a CMM-től, ha nem megy el a rendőrségre.
    .p2 = A CMM szorosan együttműködik a rendőrséggel. Ennyit tudunk arról, mi jut el a rendőrséghez:
    .list1 =
        - Az Ön neve és adatai: a CMM azt mondja, hogy csak akkor adja tovább őket, ha Ön beleegyezik.
        - Az Ön ügye: egy 2025-ös hír szerint a CMM most már nevek nélkül tájékoztatja a rendőrséget az esetekről. A hír azt is írja, hogy a CMM arra biztatja az áldozatokat, hogy maguk forduljanak a rendőrséghez.
        - A hír nem írja meg, mi mást mond még el a CMM a rendőrségnek egy esetről.
    .p3 = Ha nincsenek papírjai ahhoz, hogy Dániában maradjon, nem a CMM, hanem a Dán Bevándorlási Hivatal dönti el, hogy Ön áldozat-e. A Bevándorlási Hivatal azt mondta, hogy a rendőrség információit is felhasználja, és azt is, amit az illető a CMM-nek elmondott.
    .important = Mielőtt megadja a nevét vagy az adatait, kérdezze meg a CMM-et: „Mit mondanak el rólam a rendőrségnek vagy a Bevándorlási Hivatalnak?”

after-call = Mi történik, miután felhívta a CMM-et
    .p1 = Ezek a lépések, amennyire ismertek:
    .list1 =
        - Elmondja a CMM-nek, milyen helyzetben van. Nem kell megmondania a nevét.
        - Ha emberkereskedelemről lehet szó, a CMM felajánlhat egy első beszélgetést. Ön dönti el, hogy akarja-e.
        - Amíg a helyzetét vizsgálják, a CMM támogatást és szállást ajánlhat fel Önnek, ha szüksége van rá.
        - Ezután valaki eldönti, hogy Ön az emberkereskedelem áldozata-e. Ha Ön legálisan van Dániában, a CMM dönt. Ha nincs törvényes tartózkodási joga, vagy menedékjogot kér, a Dán Bevándorlási Hivatal dönt. Ha Önt bűncselekmény miatt bíróság elé állították, a bíróság is eldöntheti.
        - Ha megállapítják, hogy Ön áldozat, felajánlanak Önnek egy 30 napos időszakot, hogy eltávolodjon a kizsákmányolástól, és felépüljön. Ezt gondolkodási időszaknak hívják (akik legálisan vannak Dániában, azoknál helyreállítási időszaknak). Hosszabb is lehet, legfeljebb 120 nap, ha különleges okok vannak, vagy ha részt vesz a hazatérése megtervezésében.
        - Kap egy kapcsolattartót a CMM-től. Ez a személy elmagyarázza, milyen segítséget kaphat, és másokkal is együtt dolgozik, például a Bevándorlási Hivatallal, ügyvédekkel, a rendőrséggel és a Vöröskereszttel.
    .important = Ha nincs törvényes tartózkodási joga, a gondolkodási időszak nem tartózkodási engedély. Ez egy későbbi határidő, ameddig el kell hagynia Dániát. Olvassa el ezt a témát: „Nincsenek papírjai? Fél a rendőrségtől?”
    .p2 = A CMM által felajánlott segítség és a megtervezett hazatérés felajánlása nem attól függ, hogy Ön segít-e a rendőrségnek.
    .p3 = A kapcsolattartója a biztonságát is átnézi Önnel. Ez jelenthet tanácsot arról, hogyan maradhat biztonságban, és hogyan tarthatja biztonságban a telefonját, költözést másik szállásra, vagy kapcsolatot a rendőrséggel.

not-urgent = Ha nem sürgős
    .p1 = A rendőrséget ezen a számon hívhatja: { CALL("police") }. Hívja, ha olyan bűncselekményt akar bejelenteni, amelyhez nem kell azonnal a rendőrség, ha az ügyéről akar kérdezni, vagy ha információt akar adni a rendőrségnek.
    .action = { CALL("police") }
    .p2 = Ha a telefonjában külföldi SIM-kártya van, írja a dán országhívószámot a szám elé.
    .p3 = Ezeket a hívásokat is rögzítik.
