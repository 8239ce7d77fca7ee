title = Problémák a munkahelyen
summary = Alacsony fizetés, túl sok munka, vagy egy főnök, aki becsapja Önt? Dániában jogai vannak a munkahelyen.
    A kizsákmányolás néhány formája bűncselekmény, akkor is, ha nem emberkereskedelem.
    Kérhet segítséget a CMM-től vagy egy szakszervezettől.

rights = Az Ön jogai a munkahelyen
    .p1 = A CMM-nek van egy oldala a munkavállalóknak. Ezt írja:
    .list1 =
        - A munkáltatójának mindig ki kell fizetnie azt a bért, amelyben megállapodtak.
        - Dániában nincs törvényben megszabott minimálbér. A bért a szakszervezetek és a munkáltatók közötti megállapodások (kollektív szerződések) határozzák meg.
        - A törvény szabályozza a munkavédelmet, a szabadságot, a betegség alatti fizetést, az egyenlő bánásmódot és az egyenlő bért.
        - Ha a cégnek van kollektív szerződése, Önnek ugyanazok a jogai vannak, mint azoknak a dán kollégáknak, akik ugyanazt a munkát végzik.
        - Joga van belépni egy szakszervezetbe, de nem kötelező. A munkáltatója nem mondhatja meg, hogy melyik szakszervezetbe lépjen be.
        - A dán munkavédelmi szabályok mindenkire vonatkoznak, aki Dániában dolgozik, rövid munkánál is. A munkáltatójának biztonságossá és egészségessé kell tennie a munkáját.
        - Ha hetente több mint 8 órát dolgozik, írásos szerződést kell kapnia, legkésőbb egy hónappal azután, hogy elkezdett dolgozni.
    .p2 = Ha egy munkáltatónak van kollektív szerződése, az minden munkavállalóra vonatkozik, akár tagjai egy szakszervezetnek, akár nem.
    .important = Az a munkáltató, amely nem tagja egy munkáltatói szervezetnek, lehet, hogy nincs kollektív szerződéshez kötve, és maga szabhatja meg a feltételeket. A szakszervezetek azt tanácsolják a külföldi munkavállalóknak, hogy ezt ellenőrizzék.

crime = Amikor a kizsákmányolás bűncselekmény
    .p1 = 2022. június 1. óta a dán törvényben van egy „menneskeudnyttelse” (emberek kizsákmányolása) nevű bűncselekmény. A Büntető Törvénykönyv 262. b) §-ában van.
    .p2 = Ez azt jelenti: valakit munkára toborozni vagy szállást adni neki, hogy nyilvánvalóan méltánytalan feltételek között dolgozzon, úgy, hogy kihasználják a nehézségeit vagy azt, hogy függ tőlük. A büntetés akár 6 év börtön is lehet.
    .p3 = Ez akkor is lehet bűncselekmény, ha nem emberkereskedelem. Az emberkereskedelem (262. a) §) magában foglalja a kényszermunkát, és a büntetés akár 10 év börtön is lehet.
    .p4 = Az áldozati ügyvédre (bistandsadvokat) vonatkozó szabályok a büntetőügyben erre a bűncselekményre is vonatkoznak. Kérdezze meg a CMM-et, kaphat-e ilyen ügyvédet, és hogyan.

forced = Amikor kényszermunka lehet
    .p1 = A 3F szakszervezet szerint ezek a kényszermunka jelei:
    .list1 =
        - A főnöke elveszi a személyi igazolványát vagy az útlevelét.
        - A főnöke erőszakot alkalmaz, vagy erőszakkal fenyeget.
        - A főnöke azt mondja, hogy dolgozzon, hogy letörlessze az adósságát.
        - A főnöke pénz helyett étellel és szállással fizet Önnek.
    .p2 = A 3F azt tanácsolja az áldozatoknak és azoknak, akik ismernek egy áldozatot, hogy hívják a CMM-et. További jeleket ebben a témában talál: „Kizsákmányolnak engem?”
    .action = { CALL("cmm-hotline") }
    .p3 = Dániában kényszermunkát találtak a szállításban, a takarításban, az építőiparban, az éttermekben és az újságkihordásban.

union = Egy szakszervezet segíthet
    .p1 = A 3F azt mondja magáról, hogy Dánia legnagyobb szakszervezete. Ezt mondja:
    .list1 =
        - Ha kevesebb fizetést vagy rosszabb feltételeket kap, mint a dán munkavállalók, forduljon a helyi szakszervezethez.
        - A dán munkaerőpiacon tilos az embereket másképp kezelni amiatt, hogy honnan jöttek.
        - A szakszervezet tudja, milyen fizetés jár Önnek, és a szakértői segítenek visszaszerezni a pénzét, ha Önt becsapták.
    .action = { WEB("union-3f") }
    .p2 = Ha egy munkáltató megszeg egy kollektív szerződést, az ügy a Munkaügyi Bíróság vagy egy munkaügyi választottbíróság elé kerülhet.

inspections = A Munkakörnyezeti Hatóság
    .p1 = A Dán Munkakörnyezeti Hatóság (Arbejdstilsynet) ellenőrzi az összes céget, amely Dániában dolgozik, a külföldi cégeket is. A látogatásait gyakran nem jelenti be előre. Azt is ellenőrzi, hogy a külföldi cégek be vannak-e jegyezve a külföldi szolgáltatók dán nyilvántartásába (RUT).
    .p2 = Nem ellenőrzi a fizetését vagy a munkafeltételeit. Ezeket a kollektív szerződések határozzák meg.
    .important = A Munkakörnyezeti Hatóság, az adóhivatal és a rendőrség néha együtt ellenőriznek munkahelyeket. Ilyenkor a rendőrség többek között azt ellenőrzi, hogy a külföldi munkavállalóknak van-e munka- vagy tartózkodási engedélyük. Ha nincsenek papírjai, ez nem biztonságos vagy bizalmas módja annak, hogy segítséget kapjon. Olvassa el ezt a témát: „Nincsenek papírjai? Fél a rendőrségtől?”

get-help = Hol kezdje
    .p1 = Hívja a CMM-et, ha úgy gondolja, hogy kizsákmányolják, vagy munkára kényszerítik. Beszélhet anélkül, hogy megmondaná a nevét.
    .action = { CALL("cmm-hotline") }
    .p2 = A fizetéssel és a munkafeltételekkel kapcsolatos kérdésekkel forduljon egy szakszervezethez, például a 3F-hez.
    .p3 = Ha most veszélyben van, hívja ezt a számot: { CALL("emergency") }.
