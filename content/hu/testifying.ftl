title = Ha Ön tanú
summary = Amit a rendőrségnek és a bíróságnak elmond, segíthet megállítani azokat, akik kizsákmányolták Önt.
    A bíróságon többféle módon is megvédhetik Önt.
    Akkor is kaphat segítséget, ha nem tesz tanúvallomást.

what-it-is = Mit jelent tanúvallomást tenni
    .p1 = Tanúvallomást tenni azt jelenti, hogy elmondja a rendőrségnek és a bíróságnak, mi történt Önnel. Ekkor Ön tanú.
    .p2 = Az emberkereskedelem súlyos bűncselekmény Dániában. A büntetés akár 10 év börtön is lehet.
    .p3 = Ezekben az ügyekben gyakran az a legfontosabb bizonyíték, amit az áldozat mond. Néha ez az egyetlen bizonyíték.

steps = A feljelentéstől a bíróságig
    .p1 = Általában így zajlik:
    .list1 =
        - Elmondja a rendőrségnek, mi történt. Ezt feljelentésnek hívják.
        - A rendőrség nyomoz. Lehet, hogy újra beszélnek Önnel. Az ügyvédje elkísérheti.
        - Ha bírósági ügy lesz, lehet, hogy megkérik, hogy tanúként beszéljen a bíróságon.
        - A bíróságon kérdésekre válaszol arról, mi történt. Az ügyvédje elkísérheti.
    .p2 = Az áldozati ügyvédje elmagyarázhatja az egyes lépéseket, és azt, hogyan zajlik a tárgyalás. Ezt az ügyvédet az állam fizeti.

protection = Hogyan védhetik meg Önt
    .p1 = Különleges segítségre a bíróságon ritkán van szükség. Ha szüksége van rá, az ügyvédje vagy az ügyész általában előre, a tárgyalás napja előtt megbeszéli a bírósággal.
    .list1 =
        - Valaki fogadhatja Önt, amikor megérkezik a bíróságra.
        - Külön váróteremben várakozhat.
        - Ha kéri, a bíróság bizonyos esetekben úgy ültetheti le a vádlottat, hogy Ön ne lássa őt, amíg beszél.
        - Különleges esetekben a bíróság elrendelheti, hogy a vádlott hagyja el a tárgyalótermet, amíg Ön beszél.
        - Csak akkor, ha az Ön biztonsága miatt ez valóban szükséges, a bíróság titokban tarthatja a vádlott elől az Ön nevét, foglalkozását és lakcímét.
    .p2 = A nyomozás alatt a rendőrség is visszatarthat bizonyos információkat a gyanúsított elől, hogy megvédje Önt.
    .important = Ha valaki megfenyegeti Önt vagy bajt okoz Önnek azért, mert Ön tanú, azonnal szóljon a rendőrségnek. Ha veszélyben van, hívja ezt a számot: { CALL("emergency") }.

compensation = Pénz kérése a bírósági ügyben
    .p1 = Ha bírósági ügy van azok ellen, akik kizsákmányolták Önt, abban az ügyben kérjen kártérítést. Ha nem teszi meg, később elveszítheti a jogát az állami kártérítéshez.
    .p2 = Az áldozati ügyvédje összeállíthatja a követelését, és előadhatja Ön helyett a bírósági ügyben.

forced-crimes = Ha arra kényszerítették, hogy megszegje a törvényt
    .p1 = Néhány áldozatot azok, akik kizsákmányolják őket, bűncselekmények elkövetésére kényszerítenek.
    .p2 = A dán törvényben nem volt világos szabály, amely megvédi az áldozatokat a büntetéstől olyan bűncselekményekért, amelyeket kényszerből követtek el.
    .p3 = Az ügyész azonban ejtheti a vádat a kevésbé súlyos bűncselekmények miatt, amelyeket azért követett el, mert emberkereskedelem áldozata lett. Ilyenkor azt is elkerülheti, hogy kiutasítsák Dániából. Ez csak akkor lehetséges, ha a hatóságok tudják, hogy Ön emberkereskedelem áldozata lett.
    .important = Mondja el az ügyvédjének, hogy emberkereskedelem áldozata lett. Ha bűncselekménnyel vádolják, joga van védőügyvédhez.

your-choice = Az Ön döntései
    .p1 = Akkor is kaphat segítséget a CMM-től, ha nem megy el a rendőrségre, és nem tesz tanúvallomást. A biztonságos hazatéréshez kapott segítség sem függ ettől.
    .important = Figyelem: a CMM szorosan együttműködik a rendőrséggel. Nevek nélkül tájékoztatja a rendőrséget az esetekről, és arra biztatja az áldozatokat, hogy forduljanak a rendőrséghez.
    .p2 = Sok döntés továbbra is az Öné:
    .list1 =
        - részt vesz-e egy beszélgetésen a CMM-mel
        - továbbadja-e a CMM, amit Ön elmond neki
        - előkészített hazatéréssel tér-e haza
        - kér-e védelmet a bíróságon
        - melyik ügyvédet kéri
    .p3 = Mielőtt döntene, kérdezze meg az ügyvédjét vagy a CMM-es kapcsolattartóját.
