title = Ezekről az információkról
summary = Ezeket az információkat közzéteszi: { $publisher }.
    Az adatokat utoljára ekkor ellenőrizték: { $published }.

who = Ki készítette ezt
    .p1 = Ezeket az információkat közzéteszi: { $publisher }.
    .p2 = Az adatokat utoljára ekkor ellenőrizték: { $published }. Verziószám: { $version }.

sources = Honnan származnak az adatok
    .p1 = Az adatok azokból a forrásokból származnak, amelyek az egyes témáknál fel vannak sorolva. A legtöbb hivatalos dán oldal, például a Dán Emberkereskedelem Elleni Központ, a rendőrség és a dán parlament oldalai.
    .p2 = Minden telefonszámot hivatalos oldalak alapján ellenőrzünk.
    .p3 = A szabályok változhatnak. Ha nem biztos valamiben, hívja a CMM segélyvonalát.

languages = Nyelvek és fordítások
    .p1 = Ezeket az információkat először angolul írták. A többi nyelvre az angol szövegből fordítják.
    .p2 = Minden nyelvnél látja, mennyire ellenőrizték a fordítást. Néhány fordítás gépi segítséggel készült, és anyanyelvi beszélő még nem ellenőrizte.
    .p3 = Ha egy rész még nincs lefordítva, angolul látja, és ezt jelezzük Önnek.

privacy = Az Ön adatainak védelme
    .p1 = A Haven nem jegyzi fel, mit olvas.
    .p2 = A Haven internet nélkül is működik.
