emergency = Segélyhívó szám
    .description = Életveszély, súlyos bűncselekmény, tűz, vagy életveszélyes betegség vagy sérülés esetén. A hívás ingyenes, akkor is, ha nincs egyenleg a telefonján. Minden hívást rögzítenek.

police = Rendőrség (nem sürgős ügyek)
    .description = Nem sürgős ügyekre: ha olyan bűncselekményt akar bejelenteni, amelyhez nem kell azonnal a rendőrség, ha az ügyéről akar kérdezni, vagy ha információt akar adni a rendőrségnek. A hívásokat rögzítik.

cmm-hotline = Dán Emberkereskedelem Elleni Központ (CMM)
    .description = Az országos központ, amely azoknak segít, akik az emberkereskedelem áldozatai lehetnek. Ő dönti el, hogy azok, akik legálisan vannak Dániában, áldozatok-e. Minden áldozatnak kapcsolattartót ad, és biztonságos szállást, támogatást és hazatérési segítséget intéz. A CMM szorosan együttműködik a rendőrséggel: nevek nélkül jelenti az eseteket a rendőrségnek. Nincs megerősítve, hogy ingyenes-e a segélyvonal hívása, és hogy mikor érhető el.

reden-international = Reden International
    .description = Egy szervezet, amely két menedékházat működtet olyan nőknek, akik az emberkereskedelem áldozatai. A címek titkosak. A Mødestedet nevű nappali találkozóhelyet is működteti Koppenhágában, ahová bejelentkezés nélkül betérhetnek azok a külföldi nők, akik pénzért szexuális szolgáltatást nyújtanak. Egészségügyi segítséget is kínál.
    .access = A CMM segélyvonalán keresztül érheti el őket.

hopenow = HopeNow
    .description = Egy szervezet, amely azoknak segít, akik az emberkereskedelem áldozatai lettek. Tanácsot, terápiát és jogi útmutatást ad, és elkísérheti Önt a bíróságra, a rendőrségre, ügyvédekhez és kórházakba. Férfiakkal is foglalkozik.
    .access = Látogasson el a weboldalukra, vagy kérdezze meg a CMM segélyvonalát.

amiami = AmiAmi
    .description = Egy szervezet, amely meglátogatja azokat a nőket és transz embereket, akik pénzért szexuális szolgáltatást nyújtanak, és beszélgetést és egészségügyi vizsgálatot kínál nekik.
    .access = Nincsenek megerősített elérhetőségek. Kérdezze meg a CMM segélyvonalát.

red-cross-clinic = Vöröskereszt Egészségügyi Klinika
    .description = Ingyenes egészségügyi ellátás papírok nélkül élő embereknek Koppenhágában, Aarhusban és Odensében. A címek nem nyilvánosak, hogy az emberek biztonságban legyenek.
    .access = Kérdezzen meg egy szervezetet vagy egy utcai szociális munkást, akiben megbízik, vagy kérdezze meg a CMM segélyvonalát.

red-cross-asylum = Dán Vöröskereszt a menekültközpontokban
    .description = Minden gyereknél, aki egyedül érkezett Dániába és menekültközpontban él, megnézi, vannak-e emberkereskedelemre utaló jelek.
    .access = Kérdezze meg a menekültközpont dolgozóit, ahol lakik.

danish-refugee-council = Dán Menekültügyi Tanács (Dansk Flygtningehjælp)
    .description = Segít azoknak, akik előkészített hazatéréssel térnek haza, a hazájukban működő partnerszervezetekkel együtt.
    .access = A CMM-es kapcsolattartója intézi ezt Önnel együtt.

return-agency = Dán Hazatérési Hivatal (Hjemrejsestyrelsen)
    .description = Megszervezi a hazautat előkészített hazatérésnél: úti okmányok, jegyek és segítség a repülőtereken.
    .access = A CMM-es kapcsolattartója intézi ezt Önnel együtt.

compensation-board = Bűncselekmények Áldozatainak Kártérítési Bizottsága (Erstatningsnævnet)
    .description = Dönt arról, hogy kapnak-e pénzt az államtól azok, akiknek egy bűncselekmény sérülést okozott. A kérvényt a rendőrségen keresztül adja be.
    .access = A kérvényt a rendőrségen keresztül adja be. Egy áldozati ügyvéd segíthet a követelésében a bírósági ügyben.

prosecution-service = Ügyészség (Anklagemyndigheden)
    .description = A dán állami ügyészek. A weboldalukon elmagyarázzák, hogyan lehet megvédeni a tanúkat a bíróságon.
    .access = Kérdezze meg az ügyvédjét vagy a rendőrséget.

union-3f = 3F (Dán Munkavállalók Egyesült Szövetsége)
    .description = Egy szakszervezet. Azt mondja magáról, hogy Dánia legnagyobb szakszervezete, hogy tudja, milyen fizetés jár Önnek, és hogy segít visszaszerezni a pénzét, ha a munkáltatója becsapta. A kényszermunka áldozatainak azt tanácsolja, hogy hívják a CMM-et.
    .access = Forduljon a helyi 3F szakszervezethez.

working-environment-authority = Dán Munkakörnyezeti Hatóság (Arbejdstilsynet)
    .description = Ellenőrzi az összes céget, amely Dániában dolgozik, a külföldi cégeket is. A fizetést nem ellenőrzi. Néhány ellenőrzést az adóhivatallal és a rendőrséggel együtt végez, és ilyenkor a rendőrség ellenőrzi a munka- és tartózkodási engedélyeket.
    .access = Ebben az alkalmazásban nincsenek elérhetőségek. Kérdezze meg a CMM-et vagy egy szakszervezetet.
