title = Ezekről az információkról
summary = Ezeket az információkat közzéteszi: { $publisher }.
    Az adatokat utoljára ekkor ellenőrizték: { $published }.
    Jogi tanácsadó még nem ellenőrizte az angol szöveget.

who = Ki készítette ezt
    .p1 = Ezeket az információkat közzéteszi: { $publisher }.
    .p2 = Az adatokat utoljára ekkor ellenőrizték: { $published }. Verziószám: { $version }.
    .p3 = Néhány oldalt elmentett másolatokból ellenőriztek, ezek régebbiek lehetnek.
    .p4 = Jogi tanácsadó vagy szervezet még nem ellenőrizte az angol szövegben lévő adatokat. Az alkalmazás minden témánál megmondja, hogy ellenőrizték-e az adatokat, és ha igen, ki.
    .p5 = Ezek általános információk. Ha a saját helyzetéről szeretne tanácsot, hívja a CMM segélyvonalát. A segélyvonal segít az áldozatoknak, azoknak, akik valaki más miatt aggódnak, és mindenkinek, aki tanácsot szeretne.
    .action = { CALL("cmm-hotline") }

sources = Honnan származnak az adatok
    .p1 = Minden téma felsorolja a forrásait. A témák minden része megmutatja, honnan származnak a saját adatai.
    .p2 = Ebben a verzióban a témák 86 különböző forrást használnak:
    .list1 =
        - 45 forrás dán hatóságok oldala, például a CMM, a rendőrség, a dán parlament, minisztériumok és bíróságok oldalai.
        - 8 forrás külföldi kormányok és nemzetközi szervezetek jelentése vagy oldala, például az amerikai külügyminisztériumé, az EU-é és a Nemzetközi Munkaügyi Szervezeté.
        - 9 forrás hivatalos dokumentumok (például jelentések vagy törvényszövegek) másolata, amelyek más weboldalakon vannak.
        - 7 forrás hírcikk.
        - 3 forrás ügyvédi irodák oldala.
        - 14 forrás szervezetek, szakszervezetek és más weboldalak oldala.
    .p3 = Néhány forrás régi, néhányon nincs dátum, és néhányat csak részben olvastak el. Ha egy forrás hír vagy ügyvédi iroda oldala, a forráslista ezt jelzi.
    .p4 = A telefonszámok a rendőrség, a dán állam és a CMM hivatalos oldalairól származnak. A számok és a szabályok változhatnak. Ha nem biztos valamiben, hívja a CMM segélyvonalát.

languages = Nyelvek és fordítások
    .p1 = Ezeket az információkat először angolul írták. A többi nyelvre az angol szövegből fordítják.
    .p2 = Minden nyelvnél látja, hogyan készült a fordítás, és ellenőrizte-e anyanyelvi beszélő. Néhány fordítás gépi segítséggel készült, és anyanyelvi beszélő még nem ellenőrizte.
    .p3 = Ha egy rész még nincs lefordítva, angolul látja, és ezt jelezzük Önnek.
    .p4 = Amikor először beszél a CMM-mel, gyakran tolmács segít.

privacy = Az Ön adatainak védelme
    .p1 = A Haven nem jegyzi fel, mit olvas vagy mit keres. Csak a beállításait tárolja, például a nyelvet és a betűméretet.
    .p2 = A Haven internet nélkül is működik. Csak azért kapcsolódik az internetre, hogy frissített információt keressen, és csak akkor, ha ezt Ön a beállításokban kéri.
    .important = Maga a telefonja azonban feljegyezheti azokat a hívásokat és e-maileket, amelyeket a Havenből indít. A „Kérjen segítséget most” téma leírja, mit tárol a telefon.
    .p3 = A CMM-es kapcsolattartója tanácsot adhat arról, hogyan tarthatja biztonságban a telefonját.
