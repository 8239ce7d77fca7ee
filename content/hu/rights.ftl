title = Az Ön jogai
summary = Az itt leírt segítség nagy része csak azoknak jár, akikről a hatóságok megállapítják, hogy az emberkereskedelem áldozatai.
    Az is számít, milyen papírjai vannak, és van-e bírósági ügy.
    Kérdezze meg a CMM-et, mi vonatkozik Önre.

who-decides = Ki dönti el, hogy Ön áldozat-e
    .p1 = Az ezen az oldalon leírt segítség nagy része azoknak szól, akikről megállapítják, hogy az emberkereskedelem áldozatai. Az Ön helyzetétől függ, ki dönt erről:
    .list1 =
        - Ha Ön legálisan van Dániában, a CMM dönt. Például ha Ön dán vagy uniós állampolgár, vagy ha vannak papírjai ahhoz, hogy itt maradjon.
        - Ha nincs törvényes joga Dániában maradni, vagy menedékjogot kér, a Dán Bevándorlási Hivatal (Udlændingestyrelsen) dönt. Néhány esetben egy másik állami hivatal, a SIRI dönt.
        - Ha Önt bűncselekmény miatt bíróság elé állították, a bíróság is megállapíthatja, hogy Ön áldozat.
    .p2 = Az első beszélgetés a CMM-mel önmagában még nem adja meg Önnek az ezen az oldalon leírt segítséget.
    .important = Fontos tudnia: 2011-ben a Bevándorlási Hivatal azt mondta, hogy a döntéshez a rendőrség információit is felhasználja, és azt is, amit Ön a CMM-nek elmondott.

reflection = A gondolkodási időszak
    .p1 = Ha megállapítják, hogy Ön áldozat, felajánlanak Önnek egy 30 napos időszakot. Ezt gondolkodási időszaknak hívják. Arra való, hogy legyen ideje eltávolodni azoktól, akik kizsákmányolják Önt, és felépülni.
    .p2 = Hogy ez az időszak mit jelent, az attól függ, milyen papírjai vannak.
    .list1 =
        - Ha nincs törvényes joga Dániában maradni, a gondolkodási időszak egy határidő, ameddig el kell hagynia Dániát. Ha kérik, a Dán Bevándorlási Hivatal úgy szabja meg ezt a határidőt, hogy 30 nap múlva járjon le.
        - Ha Ön legálisan van Dániában, hasonló időszakot kap, ugyanazzal a segítséggel. Ezt helyreállítási időszaknak hívják.
    .p3 = Ha kérik, a Bevándorlási Hivatal későbbre teheti vagy meghosszabbíthatja a határidőt. Ez akkor lehetséges, ha különleges okok vannak, vagy ha Ön együttműködik a hatóságokkal abban, hogy megtervezzék az önkéntes hazatérését. A határidő soha nem lehet 120 napnál később. A szabály a külföldiekről szóló törvény 33. § (14) bekezdésében van.
    .important = A gondolkodási időszak nem tartózkodási engedély Dániában. Ha hosszabb időszakot szeretne, kérdezze meg a CMM-et vagy egy ügyvédet, hogyan kérheti.

support = Segítség a gondolkodási időszak alatt
    .p1 = Ebben az időszakban ezeket ajánlhatják fel Önnek:
    .list1 =
        - szállás, étkezéssel
        - segítség orvostól
        - segítség pszichológustól
        - jogi segítség
        - órák és tanulási lehetőségek
        - segítség, hogy kapcsolatba lépjen szervezetekkel a hazájában, ha szeretné
    .p2 = Kap egy kapcsolattartót is a CMM-től. Ez a személy elmagyarázza, milyen segítséget kaphat. Másokkal is együtt dolgozik az Ön ügyén, például a Bevándorlási Hivatallal, ügyvédekkel, a rendőrséggel és a Vöröskereszttel.
    .p3 = A CMM segítsége nem attól függ, hogy Ön együttműködik-e a rendőrséggel.

no-legal-stay = Ha nincs törvényes joga Dániában maradni
    .p1 = Ha Ön áldozat lehet, és nincs törvényes joga Dániában maradni, a rendőrség eldöntheti, hol tartózkodjon, amíg az ügyét vizsgálják. Elhelyezheti Önt egy krízisközpontban vagy más szálláson. Ez a rendőrség döntése a külföldiekről szóló törvény alapján (34. § (1) bekezdés 3. pont). Ez nem ugyanaz, mint egy szállás, amelyet a CMM ajánl fel Önnek.
    .important = Legyen tisztában a kockázattal. Dániában előfordult, hogy olyan embereket, akik áldozatok lehettek, bezártak (őrizetbe vettek), amíg az ügyüket vagy a papírjaikat ellenőrizték. Néhány embert, akiről a CMM megállapította, hogy áldozat, mégis kiküldtek Dániából.
    .p2 = Mielőtt eldönti, mit tesz, kérdezze meg a CMM-et vagy egy ügyvédet, mit jelent ez az Ön számára.

lawyer = Áldozati ügyvéd a büntetőügyben
    .p1 = Amikor a rendőrség és a bíróság egy Ön ellen elkövetett bűncselekménnyel foglalkozik, kaphat saját ügyvédet. Dánul ennek az ügyvédnek a neve „bistandsadvokat”, vagyis áldozati ügyvéd. A szabály a dán igazságszolgáltatási törvény 741. a) §-ában van. Az emberkereskedelemre is vonatkozik.
    .p2 = Ez az ügyvéd ahhoz a büntetőügyhöz tartozik, amely az Ön ellen elkövetett bűncselekményről szól. Az ügyvédet az állam fizeti. Az ügyvédet a bíróság jelöli ki, és Ön kérhet egy bizonyos ügyvédet.
    .important = Nincs megerősítve, hogy az emberkereskedelem áldozata hogyan kérheti ezt az ügyvédet, és hogy kérés nélkül is kap-e. Kérdezze meg a CMM-et vagy a rendőrséget.
    .p3 = Az áldozati ügyvéd:
    .list1 =
        - tanácsot adhat Önnek, amíg a rendőrség nyomoz
        - elkísérheti, amikor a rendőrség kihallgatja Önt
        - elmagyarázhatja, hogyan zajlik a bírósági tárgyalás
        - elkísérheti, amikor tanúként beszél a bíróságon
        - összeállíthatja, mennyi pénzt követel, és ezt előadhatja a bírósági ügyben
    .p4 = A CMM is adhat Önnek jogi segítséget és tanácsot: a jogairól és a lehetőségeiről, arról, mit jelent tanúnak lenni, arról, hogyan kérhet pénzt, és arról, hogyan kaphat ügyvédet.
    .p5 = Ha Önt magát is bűncselekménnyel vádolják, joga van védőügyvédhez.

compensation = Pénz az Önnek okozott kárért
    .p1 = Ha egy bűncselekmény testi vagy lelki sérülést okozott Önnek, pénzt kérhet a dán államtól. Ezt a pénzt kártérítésnek hívják. A Bűncselekmények Áldozatainak Kártérítési Bizottsága (Erstatningsnævnet) dönt róla.
    .p2 = Feltételek vannak:
    .list1 =
        - Általában a bűncselekményt 72 órán belül be kell jelenteni a rendőrségen.
        - Ha bírósági ügy van, abban az ügyben kell kártérítést kérnie.
        - 2 éven belül kell kérvényt beadnia. A 2 év a bűncselekménytől, a jogerős ítélettől, vagy attól a naptól számít, amikor a rendőrség lezárta az ügyet.
    .important = Nincs megerősítve, hogy az emberkereskedelem áldozatainál enyhébb-e a 72 órás szabály. Kérdezze meg a CMM-et vagy egy ügyvédet.
    .p3 = A kérvényt a rendőrségen keresztül adja be. A rendőrség elküldi a kérvényét és az ügy iratait a Bizottságnak.
    .p4 = A Bizottság általában a bírósági ügy vége után dönt. A Bizottsághoz akkor is fordulhat, ha azt, aki Önt bántotta, bűnösnek találták, de nem fizetett Önnek, ha felmentették, vagy ha senki sem tudja, ki volt.
    .p5 = A kártérítés fizethet a kezelésért, az elmaradt keresetért, a fájdalomért és szenvedésért, a maradandó sérülésért, a munkaképesség elvesztéséért, az ügyvédi költségekért és más veszteségekért.

residence = Maradhatok Dániában?
    .p1 = Az, hogy Ön az emberkereskedelem áldozata, önmagában nem elég ahhoz, hogy tartózkodási engedélyt kapjon Dániában. Egy menedékjog iránti kérelem egyik része lehet. A 2017 előtti öt évben csak négy áldozat kapott menedékjogot.
    .p2 = A törvény megengedi, hogy tartózkodási engedélyt kapjon az, akire egy rendőrségi nyomozáshoz vagy bírósági ügyhöz szükség van. Az engedély nem tarthat tovább, mint a nyomozás vagy a bírósági ügy. Ezt az engedélyt nagyon ritkán adják meg.
    .p3 = A humanitárius okból adott tartózkodási engedélyről minden ügyben külön döntenek. Csak ritka kivételként adják meg.
    .important = Kérdezzen meg egy ügyvédet vagy a CMM-es kapcsolattartóját, mit jelent ez az Ön számára.

return = Hazatérés segítséggel
    .p1 = Ha megállapítják, hogy Ön áldozat, segítséget ajánlanak fel Önnek, hogy visszatérjen a hazájába, vagy egy másik országba, ahol tartózkodási engedélye van. Ezt előkészített hazatérésnek hívják. Ez önkéntes.
    .p2 = Ezt a segítséget akkor is felajánlják, ha nem működik együtt a rendőrséggel, és nem beszél a bíróságon.
    .p3 = A hazatérést a gondolkodási időszak alatt Önnel együtt tervezik meg. Megérkezése után körülbelül hat hónapig kaphat támogatást. Ez lehet:
    .list1 =
        - pénz minden hónapban
        - segítség a lakhatásban
        - segítség, hogy elkezdjen valamit, amiből pénzt kereshet, például egy kis boltot vagy egy fodrászatot
        - orvosi segítség
        - iskola vagy tanulás, a gyerekeinek is
    .p4 = Indulás előtt a kapcsolattartója a Dán Hazatérési Hivatallal (Hjemrejsestyrelsen) együtt átnézi Önnel, mi sodorhatja veszélybe. A biztonsági igényeit továbbadják egy partnerszervezetnek a hazájában.
