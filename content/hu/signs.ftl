title = Kizsákmányolnak engem?
summary = Néhány jel arra utal, hogy valakit kizsákmányolnak: munkára, szexuális szolgáltatásra vagy bűncselekményre kényszerítik.
    Egyetlen jel talán még nem bizonyíték. Több jel együtt komoly figyelmeztetés.
    Ha ez Önre is illik, hívja a CMM-et.

warning-signs = A kényszermunka jelei
    .p1 = A Dán Emberkereskedelem Elleni Központ (CMM) ezeket a figyelmeztető jeleket sorolja fel:
    .list1 =
        - Valaki elvette az útlevelét vagy a személyi igazolványát.
        - Tartozik annak, aki idehozta Önt, vagy aki munkát talált Önnek.
        - Visszatartják a fizetését, vagy sokkal kevesebbet kap, mint amit ígértek.
        - Nincs szerződése, vagy a szerződés olyan nyelven van, amelyet nem ért.
        - Nyomást gyakoroltak Önre, hogy aláírjon egy szerződést.
        - Valaki megfenyegeti Önt vagy a családját.
        - Nem Ön rendelkezik a MitID vagy NemID azonosítója felett, vagyis a dán digitális azonosítója felett.
    .p2 = A CMM ezeket a jeleket is felsorolja:
    .list2 =
        - Sok órát kell dolgoznia, többet, mint ami a szerződésében van.
        - A munka egészségtelen vagy nem biztonságos.
        - A fizetése nagy részét vissza kell adnia a munkáltatójának, vagy levonják a fizetéséből.
        - Rossz körülmények között lakik: nincs magánszféra, nincs tiszta vécé vagy mosdó, vagy a munkahelyén lakik.
        - A munkáltatója azzal fenyeget, hogy fizetés nélkül kirúgja, vagy feljelenti a hatóságoknál, ha panaszt tesz, vagy ha egy szakszervezettel, például a 3F-fel beszél.
        - A munkáltatója Ön helyett akar beszélni a hatóságokkal vagy a bankkal.
        - Figyelik Önt, például a telefonján lévő GPS-szel vagy kamerákkal.
        - Nem engedik, hogy orvoshoz vagy kórházba menjen, amikor megsérül vagy beteg.

more-signs = A kényszermunka más jelei
    .p1 = A Nemzetközi Munkaügyi Szervezetnek (ILO) van egy listája a kényszermunka jeleiről. Ezek is benne vannak:
    .list1 =
        - Hazudtak Önnek a munkáról, a fizetésről vagy a helyről.
        - Nem mehet el szabadon, vagy nem mehet oda, ahová szeretne.
        - Távol tartják Önt más emberektől.
        - Valaki megüti, bántja vagy szexre kényszeríti.
        - Nagyon sok órát kell dolgoznia.
        - Nagyon rossz a hely, ahol dolgozik vagy lakik.
        - Valaki az Ön nehéz helyzetét Ön ellen használja fel.

what-it-means = Mit jelentenek a kényszermunka jelei
    .p1 = Egyetlen jel talán még nem bizonyítja, hogy munkára kényszerítik.
    .p2 = De több jel együtt erősen kényszermunkára utal.
    .important = A CMM szerint kaphat segítséget ahhoz, hogy eljöjjön onnan, és támogatást a dán államtól.

sexual-signs = A szexuális kizsákmányolás jelei
    .p1 = Dániában az emberkereskedelem leggyakrabban feltárt formája a szexuális kizsákmányolás: embereket arra kényszerítenek, hogy pénzért szexuális szolgáltatást nyújtsanak, például prostitúcióban.
    .p2 = Nem mindenkit zárnak be vagy vernek meg. Az irányítás gyakran csendes és nehezen látható. A prostitúcióban élő nőknek segítő szervezetek és a Dán Bevándorlási Hivatal ilyen jeleket írnak le:
    .list1 =
        - Nem Ön dönti el, milyen szexuális szolgáltatást nyújt, hány ügyfele van, vagy mennyit tarthat meg a pénzből.
        - A pénz egyenesen valaki máshoz kerül.
        - Nagy adóssága van az utazás, a vízum vagy más költségek miatt. Az adósság kitalált, és évekig tarthat kifizetni.
        - Valaki más tervezte meg és fizette ki az utazását, és talán Önnel együtt utazott.
        - Bezárják egy lakásba, vagy egy házban tartják, messze más emberektől.
        - Esküt kellett tennie, például egy „ju-ju” esküt.
        - Valaki megfenyegeti a családját otthon.
    .p3 = A HopeNow, az egyik ilyen szervezet, azt mondja, hogy ezek az adósságok gyakran 60 000 eurónál vagy még többnél kezdődnek.

crime-signs = A kényszerített bűnözés jelei
    .p1 = Embereket arra is kényszeríthetnek, hogy bűncselekményt kövessenek el vagy kolduljanak. A CMM és a dán kormány ilyen eseteket ír le:
    .list1 =
        - Valaki arra kényszeríti, hogy lopjon, betörjön lakásokba, vagy kábítószert szállítson vagy áruljon.
        - Valaki arra kényszeríti, hogy kannabiszt termesszen.
        - Valaki arra kényszeríti, hogy kolduljon vagy zsebtolvajlást kövessen el.
        - Valaki az Ön nevét vagy igazolványait használja arra, hogy cégeket vagy az adóhivatalt becsapja.
        - Megfenyegetik, talán fegyverrel is. Tudja, hogy ha nemet mond a bandának, annak súlyos következményei lehetnek.
        - Akik mögötte állnak, tudják, hol lakik a családja otthon.
        - Nagyon fél bárkinek elmondani, mi történik Önnel.
    .p2 = Többet olvashat erről ebben a témában: „Ha koldulásra vagy bűncselekményre kényszerítik”.

common-signs = Jelek az emberkereskedelem minden formájában
    .p1 = A CMM szerint ezek gyakran visszatérnek az emberkereskedelmi ügyekben:
    .list1 =
        - Nagyon szeretne pénzt keresni, hogy jobb legyen az élete Önnek és a családjának.
        - Úgy tűnik, hogy fenyegetik, és fél.
        - Úgy érzi, nincs más választása, és nincs más módja, hogy visszafizesse a tartozását.
        - Nem bízik a segítő szervezetekben vagy a hatóságokban, és fél kapcsolatba lépni velük.
        - Nem tudja, hol kaphat segítséget.

next-step = Mit tegyen ezután
    .p1 = Hívja a CMM segélyvonalát. Beszélhet a helyzetéről anélkül, hogy megmondaná a nevét.
    .action = { CALL("cmm-hotline") }
    .p2 = Úgy gondolja, hogy valaki mást kizsákmányolnak? Miatta is hívhatja a CMM-et.
    .p3 = Ha most veszélyben van, hívja ezt a számot: { CALL("emergency") }.
