title = Kérjen segítséget most
summary = Ha most veszélyben van, hívja ezt a számot: { CALL("emergency") }. A hívás ingyenes.
    Segítségért és tanácsért hívja a Dán Emberkereskedelem Elleni Központot (CMM).

danger = Most veszélyben van?
    .p1 = Ha az élete veszélyben van, ha éppen súlyos bűncselekmény történik, vagy ha valaki súlyosan megsérült vagy nagyon beteg, hívja ezt a számot: { CALL("emergency") }.
    .action = { CALL("emergency") }
    .p2 = A hívás ingyenes. Akkor is működik, ha nincs egyenleg a telefonján, vagy ha a telefonja le van tiltva.
    .p3 = Mondja el, mi történt, hol van, és hány ember sérült meg.
    .important = Minden segélyhívást rögzítenek.

cmm = Hívja a Dán Emberkereskedelem Elleni Központot
    .p1 = A Dán Emberkereskedelem Elleni Központ (CMM) a dán állam része. Azoknak segít, akik az emberkereskedelem áldozatai lehetnek. A CMM-et a segélyvonalon lehet a legkönnyebben elérni.
    .action = { CALL("cmm-hotline") }
    .p2 = Akkor is hívhatja, ha úgy gondolja, hogy valaki mást kizsákmányolnak, vagy ha csak tanácsot szeretne.
    .p3 = Írhat e-mailt is erre a címre: { EMAIL("cmm-hotline") }. Ha bizalmas információt szeretne e-mailben küldeni, előbb szóljon a CMM-nek.

first-talk = Mi történik, amikor a CMM-mel beszél
    .p1 = Az első beszélgetés a CMM-mel így zajlik:
    .list1 =
        - A beszélgetés lehet névtelen. Nem kell megmondania, kicsoda.
        - Ön dönti el, hogy részt vesz-e.
        - A CMM csak akkor adja tovább, amit mond, ha Ön beleegyezik.
        - Magával hozhat valakit, akiben megbízik, hogy támogassa Önt.
        - Gyakran tolmács segít, ha nem beszél jól dánul vagy angolul.
    .p2 = A beszélgetés lehet a CMM-nél, egy menedékházban, börtönben, menekültközpontban vagy ott, ahol éppen lakik.
    .p3 = Amíg a CMM megvizsgálja a helyzetét, támogatást és szállást ajánlhat fel Önnek, ha szüksége van rá.

police-and-cmm = A CMM és a rendőrség
    .p1 = Akkor is kaphat segítséget a CMM-től, ha nem megy el a rendőrségre.
    .important = Figyelem: a CMM szorosan együttműködik a rendőrséggel. A CMM nevek nélkül tájékoztatja a rendőrséget az esetekről, és arra biztatja az áldozatokat, hogy forduljanak a rendőrséghez.

not-urgent = Ha nem sürgős
    .p1 = A rendőrséget ezen a számon hívhatja: { CALL("police") }. Hívja, ha olyan bűncselekményt akar bejelenteni, amelyhez nem kell azonnal a rendőrség, ha az ügyéről akar kérdezni, vagy ha információt akar adni a rendőrségnek.
    .action = { CALL("police") }
    .p2 = Ha a telefonjában külföldi SIM-kártya van, írja a dán országhívószámot a szám elé.
    .p3 = Ezeket a hívásokat is rögzítik.
