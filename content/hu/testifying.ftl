title = Ha Ön tanú
summary = Ha elmondja a rendőrségnek, mi történt, az nem ugyanaz, mint a tanúvallomás a bíróságon. Ez két különböző lépés.
    Tanúként többféle módon is megvédhetik Önt.
    A CMM segítsége nem attól függ, hogy Ön együttműködik-e a rendőrséggel.

what-it-is = Mit jelent tanúvallomást tenni
    .p1 = Amikor elmondja a rendőrségnek, mi történt, nyilatkozatot tesz a rendőrségen. Ez nem tanúvallomás a bíróságon.
    .p2 = Tanúvallomást tenni azt jelenti, hogy tanúként beszél a bíróságon, egy büntetőügyben. Kérdésekre válaszol arról, mi történt.
    .p3 = Az emberkereskedelem súlyos bűncselekmény Dániában. A büntetés akár 10 év börtön is lehet.
    .p4 = Ezekben az ügyekben gyakran az a legfontosabb bizonyíték, amit az áldozat mond. Néha ez az egyetlen bizonyíték.

steps = A rendőrségtől a bíróságig
    .p1 = Általában így zajlik:
    .list1 =
        - Bejelenti a bűncselekményt a rendőrségen, és elmondja, mi történt. Ez az Ön nyilatkozata a rendőrségen.
        - A rendőrség nyomoz. Lehet, hogy újra kihallgatják Önt. Egy áldozati ügyvéd elkísérheti.
        - Ha az ügy bíróság elé kerül, lehet, hogy tanúként beidézik.
        - A bíróságon tanúvallomást tesz: kérdésekre válaszol arról, mi történt. Egy áldozati ügyvéd elkísérheti.
    .p2 = Nem minden ügy végződik bírósági üggyel vagy elítéléssel. 2019-ben, 2020-ban és 2021-ben Dániában senkit sem ítéltek el emberkereskedelemért.
    .p3 = Egy áldozati ügyvéd elmagyarázhatja az egyes lépéseket, és azt, hogyan zajlik a tárgyalás. Ezt az ügyvédet az állam fizeti. Nincs megerősítve, hogy az emberkereskedelem áldozata hogyan kaphat ilyen ügyvédet: kérdezze meg a CMM-et vagy a rendőrséget.
    .p4 = Ha lehet, hogy a tárgyalás előtt elhagyja Dániát, kérdezze meg az ügyvédjét, meghallgathatják-e a bíróságon már a tárgyalás előtt. Ennek szabályai itt nincsenek megerősítve.

protection = Hogyan védhetik meg Önt
    .p1 = Különleges segítségre a bíróságon ritkán van szükség. Ha szüksége van rá, az ügyész vagy az ügyvédje általában előre meg tudja beszélni a bírósággal, a tárgyalás napja előtt.
    .list1 =
        - A rendőrség vagy az ügyész elintézheti, hogy valaki fogadja Önt, amikor megérkezik a bíróságra.
        - Azt is elintézhetik, hogy külön váróteremben várakozzon.
        - Ha kéri, a bíróság bizonyos esetekben úgy ültetheti le a vádlottat, hogy Ön ne lássa őt, amíg tanúvallomást tesz.
        - Különleges esetekben a bíróság elrendelheti, hogy a vádlott hagyja el a tárgyalótermet, amíg Ön tanúvallomást tesz.
    .p2 = A nyomozás alatt a rendőrség megmondhatja a gyanúsított ügyvédjének, hogy bizonyos információkat ne adjon tovább a gyanúsítottnak, ha ez az Ön védelméhez szükséges.
    .important = Ha valaki megfenyegeti Önt vagy bajt okoz Önnek azért, mert Ön tanú, azonnal szóljon a rendőrségnek. Ha veszélyben van, hívja ezt a számot: { CALL("emergency") }.

video = Videóra rögzített kihallgatás
    .p1 = A rendőrség videóra rögzítheti a kihallgatást. Ez főleg 18 év alatti gyerekeknek és fiataloknak szól. Súlyos mentális betegségben vagy jelentős fogyatékossággal élő embereknél is lehetséges, ha különleges körülmények indokolják.
    .p2 = A 13 év alatti gyereket általában videóra rögzítve hallgatják ki. Idősebb gyerekeknél az ügytől függ.
    .p3 = Ha így, videóra rögzítve hallgatták ki, általában nem kell tanúvallomást tennie a tárgyaláson. A bíróság ezt csak nagyon ritka esetekben rendelheti el.
    .important = Nincs megerősítve, hogy a felnőtt emberkereskedelmi áldozatokat is kihallgathatják-e videóra rögzítve. Kérdezze meg az ügyvédjét vagy a CMM-et.

danger = Ha Ön vagy a családja súlyos veszélyben lehet
    .p1 = Bizonyos esetekben a bíróság titokban tarthatja a vádlott elől az Ön nevét, foglalkozását és lakcímét. A bíróságnak meg kell állapítania, hogy ez az Ön biztonságához szükséges, és hogy valószínűleg nem árt a védelemnek.
    .p2 = Ha Ön vagy a családja súlyos veszélybe kerülhet, a bíróság azt is elrendelheti, hogy a vádlott hagyja el a tárgyalótermet, amíg Ön tanúvallomást tesz.
    .p3 = Ezekről a bíróság dönt. Ha szüksége van rájuk, kérdezze meg az ügyvédjét vagy az ügyészt.

closed-court = Ki lehet zárni a nyilvánosságot?
    .p1 = A nemi erőszak vagy más, hasonlóan súlyos bűncselekmény áldozatainak joga van ahhoz, hogy a nyilvánosságot kizárják a tárgyalóteremből. Az ügyvédje vagy az ügyész kérheti ezt. Ha a nyilvánosságot nem zárják ki, a bíróság ehelyett megtilthatja, hogy bárki beszámoljon arról, amit Ön mond.
    .important = Nincs megerősítve, hogy az emberkereskedelem „hasonlóan súlyosnak” számít-e. Kérdezze meg az ügyvédjét vagy az ügyészt.

compensation = Pénz kérése a bírósági ügyben
    .p1 = Ha bírósági ügy van azok ellen, akik kizsákmányolták Önt, abban az ügyben kérjen kártérítést. Ha nem teszi meg, később elveszítheti a jogát az állami kártérítéshez.
    .p2 = Egy áldozati ügyvéd összeállíthatja a követelését, és előadhatja Ön helyett a bírósági ügyben.

forced-crimes = Ha arra kényszerítették, hogy megszegje a törvényt
    .p1 = Néhány áldozatot azok, akik kizsákmányolják őket, bűncselekmények elkövetésére kényszerítenek.
    .p2 = 2021-es és 2022-es amerikai jelentések szerint a dán törvényben nem volt világos szabály, amely megvédi az áldozatokat a büntetéstől olyan bűncselekményekért, amelyeket kényszerből követtek el. Nincs megerősítve, hogy ez azóta változott-e. Néhány áldozat ellen, gyerekek ellen is, büntetőeljárás indult ilyen bűncselekmények miatt.
    .p3 = Az ügyész ejtheti a vádat azoknál a kevésbé súlyos bűncselekményeknél, amelyeket azért követett el, mert emberkereskedelem áldozata lett. Ilyenkor azt is elkerülheti, hogy kiküldjék Dániából. De ez csak akkor lehetséges, ha a hatóságok tudják, hogy Ön emberkereskedelem áldozata lett.
    .p4 = Ha Önt bíróság elé állították, a bíróság megállapíthatja, hogy Ön az emberkereskedelem áldozata.
    .important = Mondja el az ügyvédjének és a hatóságoknak, hogy emberkereskedelem áldozata lett. Ha bűncselekménnyel vádolják, joga van védőügyvédhez. Fontos tudnia, hogy olyan embereket, akik áldozatok lehettek, őrizetbe vettek (a rendőrség fogva tartotta őket).

your-choice = Az Ön döntései
    .p1 = A CMM segítsége nem attól függ, hogy elmegy-e a rendőrségre. Az előkészített hazatéréshez kapott segítség sem függ ettől.
    .important = Ez a kapott segítségről szól. Nem jelenti azt, hogy megtagadhatja a tanúvallomást, ha a bíróság tanúként beidézi. Ha beidézik, kérdezze meg az ügyvédjét vagy a CMM-et, mit kell tennie.
    .p2 = Néhány döntés az Öné:
    .list1 =
        - részt vesz-e az első beszélgetésen a CMM-mel
        - elfogadja-e az előkészített hazatérést
        - kér-e védelmet a bíróságon
        - melyik ügyvédet kéri a bíróságtól
    .p3 = Mielőtt döntene, kérdezze meg az ügyvédjét vagy a CMM-es kapcsolattartóját.

what-police-learn = Mit mond el a CMM a rendőrségnek
    .p1 = Az első beszélgetésen a CMM csak akkor adja tovább az Ön adatait, ha Ön beleegyezik.
    .p2 = De a CMM szorosan együttműködik a rendőrséggel. Nevek nélkül jelenti az eseteket a rendőrségnek, és arra biztatja az áldozatokat, hogy forduljanak a rendőrséghez. A CMM-es kapcsolattartója is együtt dolgozik a rendőrséggel és a Bevándorlási Hivatallal az Ön ügyén.
    .p3 = Mielőtt elmondja a történetét, kérdezze meg a CMM-et, pontosan mit ad tovább, és kinek.
