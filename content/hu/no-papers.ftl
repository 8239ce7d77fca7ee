title = Nincsenek papírjai? Fél a rendőrségtől?
summary = Lehet, hogy fél, hogy bezárják vagy hazaküldik, ha segítséget kér.
    Ez az oldal őszintén elmondja, mi történhet. Senki sem ígérheti meg Önnek, hogy biztonságos.
    Először felhívhatja a CMM-et anélkül, hogy megmondaná a nevét.

honest-answer = Bezárhatnak vagy hazaküldhetnek?
    .p1 = Igen, ez megtörténhet. Nem fogjuk azt mondani, hogy nem.
    .list1 =
        - A Dán Emberi Jogi Intézet azt írta, hogy azoknál, akiknek nincs vagy csak korlátozott joguk van Dániában maradni, a hatóságokkal való kapcsolat nagy valószínűséggel ahhoz vezet, hogy nyilvántartásba veszik, bezárják (őrizetbe veszik) és kiküldik őket Dániából.
        - Amerikai jelentések szerint áldozatokat bezártak, amíg a papírjaikat ellenőrizték (2017), és a hatóságok a lehetséges áldozatokat 72 órára fogva tarthatták, és ha kellett, tovább is (2018–2020).
        - 2023-ban egy amerikai jelentés azt írta, hogy Dánia még mindig arra összpontosított, hogy néhány külföldi áldozatot kiküldjön az országból, ahelyett, hogy megvizsgálta volna, áldozatok-e.
        - Egy szervezet, a Reden International azt mondja, hogy Dániában a pénzért nyújtott szexuális szolgáltatás nem illegális, de a külföldi nőket, akik ezt teszik, letartóztatják engedély nélküli munka vagy papírok nélküli tartózkodás miatt, és gyakran rövid határidővel kiküldik őket Dániából.
    .p2 = Ha valaki áldozat, ez sem akadályozza meg mindig. 2015-ben egy nigériai nőt bezártak, hogy kiküldjék Dániából, pedig kétszer is megállapították, hogy áldozat. Kétszer elhagyta Dániát anélkül, hogy elfogadta volna a felajánlott segítséget. Ugyanabban az évben egy másik ügyben egy nigériai nőt kiküldtek Dániából, és két évre kitiltották, pedig a CMM megállapította, hogy áldozat.

ask-first = Először kérdezhet, név nélkül
    .p1 = Felhívhatja a CMM segélyvonalát, és elmondhatja a helyzetét anélkül, hogy megmondaná a nevét. Megkérdezheti, mi fog történni Önnel, mielőtt bármiről döntene.
    .action = { CALL("cmm-hotline") }
    .list1 =
        - Az első beszélgetés a CMM-mel névtelen, és Ön dönti el, hogy részt vesz-e.
        - A CMM azt mondja, hogy csak akkor adja tovább az Ön adatait, ha Ön beleegyezik.
        - De a CMM szorosan együttműködik a rendőrséggel. Egy 2025-ös hír szerint a CMM most már nevek nélkül tájékoztatja a rendőrséget az esetekről.
    .important = Mielőtt megadja a nevét, kérdezze meg a CMM-et: „Mi történik velem, ha nincsenek papírjaim? Mit mondanak el rólam a rendőrségnek vagy a Bevándorlási Hivatalnak?”

who-decides = Ki dönti el, hogy Ön áldozat-e
    .p1 = Ha nincsenek papírjai ahhoz, hogy Dániában maradjon, vagy menedékjogot kér, nem a CMM dönti el, hogy Ön az emberkereskedelem áldozata-e. A Dán Bevándorlási Hivatal (Udlændingestyrelsen) dönt.
    .list1 =
        - Néhány esetben a Dán Nemzetközi Toborzási és Integrációs Ügynökség (SIRI) dönt.
        - Ha Önt bűncselekmény miatt bíróság elé állították, a bíróság is eldöntheti.
        - Prostitúcióval kapcsolatos ügyekben, ahol az illetőnek nincsenek papírjai, mindig felveszik a kapcsolatot a CMM-mel.
    .p2 = A Bevándorlási Hivatal azt mondta, hogy a rendőrség információit is felhasználja, és azt is, amit az illető a CMM-nek elmondott.
    .p3 = Egy első beszélgetés a CMM-mel önmagában még nem adja meg Önnek az áldozatoknak járó segítséget.

reflection = Mit jelent Önnek a gondolkodási időszak
    .p1 = Ha megállapítják, hogy Ön áldozat, és nincsenek papírjai, a Bevándorlási Hivatal megszabhat egy napot, ameddig el kell hagynia Dániát. Ha kérik, ezt a napot 30 nap múlvára teszi. Ezt a 30 napot gondolkodási időszaknak hívják. Időt ad arra, hogy eltávolodjon a kizsákmányolástól, és felépüljön.
    .important = A gondolkodási időszak nem tartózkodási engedély Dániában. Ez egy későbbi nap, ameddig el kell hagynia az országot.
    .list1 =
        - Ha kérik, ezt a napot későbbre tehetik vagy áttehetik, ha különleges okok vannak, vagy ha Ön részt vesz a hazatérése megtervezésében.
        - Soha nem lehet több 120 napnál.
        - Ez idő alatt felajánlhatnak Önnek szállást étkezéssel, orvost, pszichológust, jogi segítséget és tanulási lehetőségeket.
    .p2 = Ez a külföldiekről szóló törvény 33. § (14) bekezdéséből származik.
    .p3 = Hogy hogyan kérheti a gondolkodási időszakot vagy több időt: kérdezze meg a CMM-et.

stay = Maradhatok Dániában?
    .list1 =
        - Az, hogy Ön az emberkereskedelem áldozata, önmagában nem elég ahhoz, hogy tartózkodási engedélyt kapjon Dániában. Egy menedékjog iránti kérelem egyik része lehet.
        - Van egy engedély azoknak, akikre egy rendőrségi nyomozáshoz vagy bírósági ügyhöz szükség van. Nagyon ritkán adják meg, és nem tarthat tovább, mint a nyomozás vagy a bírósági ügy.
    .p1 = Kérdezze meg a CMM-et, mi lehetséges az Ön számára.

police-housing = Ha a rendőrség helyezi el valahol
    .p1 = Ha nincsenek papírjai, a rendőrség elhelyezheti Önt egy krízisközpontban vagy más szálláson, amíg az ügyét vizsgálják. Erről a rendőrség dönt. Ez a külföldiekről szóló törvény 34. § (1) bekezdés 3. pontjában lévő szabály.
    .important = Ez nem ugyanaz, mint egy biztonságos szállás, amelyet Ön választ. Olyan embereket is bezártak (őrizetbe vettek), akik áldozatok lehettek, amíg az ügyüket vizsgálták.

being-sent-away = Ha a hatóságok ki akarják küldeni Dániából
    .p1 = Amikor a hatóságok arról döntenek, hogy kiküldjenek-e valakit Dániából, különös súllyal kell figyelembe venniük, hogy az okok abból erednek-e, hogy az illető emberkereskedelem áldozata lett, és hogy ez a kiküldés ellen szól-e. Ez volt a szabály a külföldiekről szóló törvény 26. a) §-ában 2011-ben és 2015-ben.
    .p2 = Ahogy a fenti két ügy mutatja, ez nem mindig akadályozza meg. A szabály és az, ahogyan alkalmazzák, azóta változhatott. Kérdezze meg a CMM-et vagy egy ügyvédet.
    .p3 = Egy 2021-es amerikai jelentés szerint azoknak a külföldi áldozatoknak az útlevelét, akik együttműködtek a hatóságokkal, a beleegyezésük nélkül visszatartották.
    .p4 = Ha engedély nélküli munkára vagy bűncselekményre kényszerítették, olvassa el ezt a témát: „Ha koldulásra vagy bűncselekményre kényszerítik”.

get-help = Hol kezdje
    .p1 = Kezdje a CMM segélyvonalával. Nem kell megmondania a nevét.
    .action = { CALL("cmm-hotline") }
    .p2 = Azok a nők, akik pénzért szexuális szolgáltatást nyújtanak, elmehetnek a Mødestedetbe. Ez egy nappali találkozóhely, amelyet a Reden International működtet Koppenhágában, az Indre Vesterbro negyedben. Ott nem kell megmondania a nevét. Kérdezze meg a CMM-et, hogyan találja meg.
    .p3 = Ha most veszélyben van, hívja ezt a számot: { CALL("emergency") }.
