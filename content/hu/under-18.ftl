title = Ha még nem vagy 18 éves
summary = Ha még nem vagy 18 éves, a törvény jobban megvéd.
    Ha a szüleid nélkül jöttél Dániába, kapnod kell egy felnőttet, akinek az a feladata, hogy vigyázzon rád. Lehet, hogy nem kell beszélned a tárgyaláson.
    Felhívhatod a CMM-et. Nem kell megmondanod a neved.

law = A törvény jobban megvédi a gyerekeket
    .p1 = Dániában 18 éves korodig gyereknek számítasz.
    .p2 = Emberkereskedelemről van szó, ha valaki rávesz, hogy vele menj, elvisz valahová, vagy szállást ad neked azért, hogy kihasználjon. Például azért, hogy pénzért szexuális szolgáltatást nyújts, neki dolgozz, vagy bűncselekményt kövess el.
    .important = Egy gyereknél akkor is emberkereskedelemről van szó, ha senki nem használt erőszakot, fenyegetést vagy hazugságot. Felnőtteknél a törvény ezek közül valamelyiket megköveteli. Nálad nem.

representative = Egy felnőtt, aki melletted áll
    .p1 = Ha még nem vagy 18 éves, nem vagy dán, és a szüleid vagy más, érted felelős felnőtt nélkül vagy Dániában, kapsz egy képviselőt. Ez egy felnőtt, akinek az a feladata, hogy arra figyeljen, ami neked a legjobb. Ezt csak nagyon különleges okok akadályozhatják meg.
    .list1 =
        - Ha emberkereskedelem áldozata lettél, ezt figyelembe kell venni, amikor kiválasztják a képviselődet.
        - Ha 12 éves vagy idősebb vagy, előtte általában beszélniük kell veled.
        - Amíg menedékjogot kérsz, a képviselő végigkísér, és figyel arra, hogy tiszteletben tartsák a jogaidat.
        - Ha tartózkodási engedélyt kapsz, egy felnőtt arra figyel, ami neked a legjobb, és elkísér a hatóságokkal való találkozókra, amíg 18 éves nem leszel.
    .p2 = A képviselőd lehet önkéntes, például a Dán Vöröskereszttől, vagy valaki, akit ezért fizetnek. A hatóságok döntik el.
    .p3 = Amikor először beszélsz a CMM-mel, általában a képviselőd is ott van veled.
    .p4 = Ha képviselőt kérsz, vagy másik képviselőt szeretnél, ezzel a Családjogi Hivatalhoz (Familieretshuset) kell fordulni. Kérdezd meg a CMM-et, hogyan kell ezt csinálni.

interviews = Beszélgetés a rendőrséggel és a bíróság
    .p1 = A rendőrség videóra rögzítve is kihallgathatja a gyerekeket és a fiatalokat.
    .list1 =
        - 13 év alatt: a kihallgatást általában videóra rögzítik.
        - 13 vagy 14 évesen: videós kihallgatás mindig lehetséges, ha az ügy szexuális bűncselekményről, vérfertőzésről, zaklatásról (követésről) vagy családon belüli erőszakról szól.
        - 15, 16 vagy 17 évesen: videós kihallgatás csak akkor lehetséges, ha nagyon erős okok vannak arra, hogy megvédjenek.
    .p2 = Ha így, videóra rögzítve hallgattak ki, általában nem kell beszélned a tárgyaláson. A bíróság csak nagyon ritka esetekben kötelezhet arra, hogy elmenj.
    .important = Nem mindenki kap videós kihallgatást 15 és 17 éves kor között. Kérdezd meg a CMM-et vagy a képviselődet, mi lehetséges nálad.

where-you-stay = Hol fogsz lakni
    .list1 =
        - Ha a szüleid nélkül jöttél, nincsenek papírjaid ahhoz, hogy itt maradj, és menedékjogot kérsz: általában egy gyerekközpontban laksz a menekültügyi rendszerben. Néhány fiatal, akinek minden nap különleges szükségletei vannak, külön részlegeken lakik.
        - Ha a szüleid nélkül jöttél, és legálisan vagy Dániában: az a város vagy terület, ahol laksz (az önkormányzat), keres neked helyet. Ez lehet gyermekotthon vagy gondozóotthon. Ritkán nevelőcsalád.
    .p1 = Az önkormányzatnak figyelnie kell minden gyerekre, aki ott él, papírokkal vagy anélkül. Ezért gondoskodnia kell arról, hogy az a gyerek, aki emberkereskedelem áldozata lett, megkapja a megfelelő segítséget.

how-found = Hogyan vehetik észre a felnőttek
    .p1 = Azok a felnőttek, akik gyerekekkel dolgoznak, észrevehetik az emberkereskedelem jeleit:
    .list1 =
        - A Dán Vöröskereszt minden gyereknél, aki egyedül jött, és menekültközpontban lakik, megnézi, vannak-e emberkereskedelemre utaló jelek.
        - Jel lehet az a hely, ahol egy gyerekkel találkoznak, azok az emberek, akikkel a gyerek együtt van, vagy az, ahogyan a gyerek viselkedik.
        - Jel lehet az is, ha egy gyerek nem tudja elmondani, hogyan jutott el Dániába, vagy miért van itt.
    .p2 = Ha a dolgozók úgy gondolják, hogy egy gyerek emberkereskedelem áldozata lehet, felhívják a CMM-et. Ezután valaki a CMM-től, vagy egy olyan szervezettől, amely a CMM-mel dolgozik, egyszer vagy többször beszél a fiatallal, hogy kiderítse.
    .important = Nem minden felnőttet tanítottak meg arra, hogy észrevegye a jeleket. Ha valami nincs rendben, te magad is elmondhatod valakinek.

at-risk = Ha felnőttek bűncselekményre használnak
    .p1 = Néhány gyereket és fiatalt felnőttek vagy bandák arra használnak, hogy lopjanak, betörjenek lakásokba, vagy kábítószert szállítsanak és áruljanak. Ez is lehet emberkereskedelem. Olvasd el ezt a témát: „Ha koldulásra vagy bűncselekményre kényszerítik”.
    .p2 = Azok a gyerekek, akik egyedül jöttek, és a menedékjogi ügyükre várnak, különösen ki vannak téve annak, hogy emberkereskedelem áldozatai legyenek. Gyerekek tűntek el menekültközpontokból. A Vöröskereszt és a CMM úgy látja, hogy ezeket a gyerekeket különösen fenyegeti, hogy kihasználják őket.

get-help = Kinek szólhatsz
    .p1 = Felhívhatod a CMM-et. Nem kell megmondanod a neved. Akkor is hívhatod, ha egy barátod miatt aggódsz.
    .action = { CALL("cmm-hotline") }
    .p2 = Ha menekültközpontban laksz, beszélhetsz az ottani dolgozókkal vagy a képviselőddel.
    .p3 = Ha most veszélyben vagy, hívd ezt a számot: { CALL("emergency") }.
    .p4 = A CMM segítsége nem attól függ, hogy elmész-e a rendőrségre.
