title = Kizsákmányolnak engem?
summary = Néhány jel arra utal, hogy valakit kizsákmányolnak, vagy munkára kényszerítenek.
    Egyetlen jel talán még nem bizonyíték. Több jel együtt komoly figyelmeztetés.
    Ha ez Önre is illik, hívja a CMM-et.

warning-signs = Figyelmeztető jelek
    .p1 = A Dán Emberkereskedelem Elleni Központ (CMM) ezeket a figyelmeztető jeleket sorolja fel:
    .list1 =
        - Valaki elvette az útlevelét vagy a személyi igazolványát.
        - Tartozik annak, aki idehozta Önt, vagy aki munkát talált Önnek.
        - Visszatartják a fizetését, vagy sokkal kevesebbet kap, mint amit ígértek.
        - Nincs szerződése, vagy a szerződés olyan nyelven van, amelyet nem ért.
        - Valaki megfenyegeti Önt vagy a családját.
        - Nem Ön irányítja a MitID vagy NemID azonosítóját, vagyis a dán digitális azonosítóját.

more-signs = A kényszermunka további jelei
    .p1 = A Nemzetközi Munkaügyi Szervezet (ILO) további jeleket sorol fel:
    .list1 =
        - Hazudtak Önnek a munkáról, a fizetésről vagy a helyről.
        - Nem mehet el szabadon, vagy nem mehet oda, ahová szeretne.
        - Távol tartják Önt más emberektől.
        - Valaki megüti, bántja vagy szexre kényszeríti.
        - Nagyon sok órát kell dolgoznia.
        - Nagyon rossz a hely, ahol dolgozik vagy lakik.
        - Valaki az Ön nehéz helyzetét Ön ellen használja fel.

what-it-means = Mit jelentenek a jelek
    .p1 = Egyetlen jel talán még nem bizonyítja, hogy munkára kényszerítik.
    .p2 = De több jel együtt erősen kényszermunkára utal.
    .important = Kaphat segítséget ahhoz, hogy eljöjjön onnan, és támogatást a dán államtól.

next-step = Mit tegyen ezután
    .p1 = Hívja a CMM segélyvonalát. Beszélhet a helyzetéről anélkül, hogy megmondaná a nevét.
    .action = { CALL("cmm-hotline") }
    .p2 = Úgy gondolja, hogy valaki mást kizsákmányolnak? Miatta is hívhatja a CMM-et.
    .p3 = Ha most veszélyben van, hívja ezt a számot: { CALL("emergency") }.
