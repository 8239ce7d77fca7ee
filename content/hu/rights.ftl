title = Az Ön jogai
summary = Ha Ön az emberkereskedelem áldozata, Dánia időt ad Önnek, hogy pihenjen és segítséget kapjon.
    Kaphat biztonságos szállást, egészségügyi ellátást, jogi segítséget és saját ügyvédet.

reflection = Idő a pihenésre és a felépülésre
    .p1 = Ha a hatóságok megállapítják, hogy Ön az emberkereskedelem áldozata, felajánlanak Önnek 30 napot, hogy pihenjen és felépüljön. Ezt gondolkodási időszaknak hívják. Időt ad arra, hogy eltávolodjon azoktól, akik kizsákmányolják, és hogy jobban legyen.
    .p2 = Az időszak hosszabb is lehet, legfeljebb 120 nap, ha együttműködik a hatóságokkal abban, hogy megtervezzék az önkéntes hazatérését.
    .p3 = Ha Ön legálisan van Dániában, hasonló időszakot kap, ugyanazzal a segítséggel.

support = Segítség ebben az időszakban
    .p1 = Ebben az időszakban ezeket kaphatja:
    .list1 =
        - biztonságos szállás, étkezéssel
        - segítség orvostól
        - segítség pszichológustól
        - jogi segítség
        - órák és tanulási lehetőségek
        - segítség, hogy kapcsolatba lépjen szervezetekkel a hazájában, ha szeretné
    .p2 = Kap egy kapcsolattartót is a CMM-től. Ez a személy elmagyarázza, milyen segítséget kaphat. Másokkal is együtt dolgozik az Ön érdekében, például a bevándorlási hivatallal, ügyvédekkel, a rendőrséggel és a Vöröskereszttel.

lawyer = Saját ügyvéd, ingyen
    .p1 = Az emberkereskedelem áldozataként saját ügyvédet kaphat. Dánul ennek az ügyvédnek a neve „bistandsadvokat”, vagyis áldozati ügyvéd. Az ügyvédet az állam fizeti.
    .p2 = Kérjen áldozati ügyvédet a rendőrségtől. Ezután a bíróság választja ki az ügyvédet. Kérhet egy bizonyos ügyvédet. A CMM is segíthet abban, hogy ügyvédet kapjon.
    .list1 =
        - Az ügyvéd tanácsot ad Önnek, amíg a rendőrség nyomoz.
        - Az ügyvéd elkísérheti, amikor a rendőrség beszél Önnel.
        - Az ügyvéd elmagyarázza, hogyan zajlik a bírósági tárgyalás.
        - Az ügyvéd elkísérheti, amikor a bíróságon beszél.
        - Az ügyvéd összeállíthatja, mennyi pénzt követel, és ezt előadhatja a bírósági ügyben.
    .p3 = Ha Önt magát is bűncselekménnyel vádolják, joga van védőügyvédhez.

compensation = Pénz az Önnek okozott kárért
    .p1 = Ha egy bűncselekmény testi vagy lelki sérülést okozott Önnek, pénzt kérhet a dán államtól. Ezt a pénzt kártérítésnek hívják. A Bűncselekmények Áldozatainak Kártérítési Bizottsága (Erstatningsnævnet) dönt róla.
    .p2 = A fő szabályok:
    .list1 =
        - Általában a bűncselekményt 72 órán belül be kell jelenteni a rendőrségen.
        - Ha bírósági ügy van, abban az ügyben kell kártérítést kérnie.
        - 2 éven belül kell kérvényt beadnia. A 2 év a bűncselekménytől, a jogerős ítélettől vagy attól a naptól számít, amikor a rendőrség lezárta az ügyet.
    .p3 = A kérvényt a rendőrségen keresztül adja be. A rendőrség továbbküldi a kérvényét a Bizottságnak. Az ügyvédje segíthet.
    .p4 = A kártérítés fizethet a kezelésért, az elmaradt keresetért, a fájdalomért és szenvedésért, és a maradandó sérülésért. A Bizottság általában a bírósági ügy vége után dönt.

residence = Maradhatok Dániában?
    .p1 = Az, hogy Ön az emberkereskedelem áldozata, önmagában nem elég ahhoz, hogy tartózkodási engedélyt kapjon Dániában. Egy menedékjog iránti kérelem egyik része lehet. Korábban nagyon kevés áldozat kapott menedékjogot.
    .p2 = A törvény megengedi, hogy tartózkodási engedélyt kapjon az, akire egy rendőrségi nyomozáshoz vagy bírósági ügyhöz szükség van. Az engedély az ügy végével megszűnik. Ezt az engedélyt nagyon ritkán adják meg.
    .p3 = Humanitárius okból tartózkodási engedélyt csak ritka kivételként adnak.
    .important = Kérdezze meg az ügyvédjét vagy a CMM-es kapcsolattartóját, mit jelent ez az Ön számára.

return = Biztonságos hazatérés
    .p1 = Segítséget kaphat, hogy visszatérjen a hazájába, vagy egy másik országba, ahol tartózkodási engedélye van. Ezt előkészített hazatérésnek hívják. Ez önkéntes.
    .p2 = Ezt a segítséget akkor is megkapja, ha nem működik együtt a rendőrséggel, és nem beszél a bíróságon.
    .p3 = A hazatérést a gondolkodási időszak alatt Önnel együtt tervezik meg. Megérkezése után körülbelül hat hónapig kaphat támogatást. Ez lehet:
    .list1 =
        - pénz minden hónapban
        - segítség a lakhatásban
        - segítség, hogy elkezdjen valamit, amiből pénzt kereshet, például egy kis boltot vagy egy fodrászatot
        - orvosi segítség
        - iskola vagy tanulás, a gyerekeinek is
    .p4 = Indulás előtt a kapcsolattartója átbeszéli Önnel, mi sodorhatja veszélybe. A biztonsági igényeit továbbadják egy partnerszervezetnek a hazájában.
