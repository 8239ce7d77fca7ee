title = Jeśli masz mniej niż 18 lat
summary = Jeśli masz mniej niż 18 lat, prawo chroni cię bardziej.
    Jeśli przyjechałeś lub przyjechałaś do Danii bez rodziców, powinieneś lub powinnaś dostać dorosłą osobę, której zadaniem jest dbać o ciebie. Możliwe, że nie będziesz musiał lub musiała mówić na rozprawie w sądzie.
    Możesz zadzwonić do CMM. Nie musisz podawać swojego imienia i nazwiska.

law = Prawo bardziej chroni dzieci
    .p1 = W Danii jesteś dzieckiem, dopóki nie skończysz 18 lat.
    .p2 = To jest handel ludźmi, jeśli ktoś namawia cię, żebyś z nim poszedł lub poszła, przewozi cię albo daje ci miejsce do mieszkania po to, żeby cię wykorzystać. Na przykład żeby zmusić cię do sprzedawania seksu, do pracy dla niego albo do popełniania przestępstw.
    .important = W przypadku dziecka to jest handel ludźmi, nawet jeśli nikt nie użył siły, gróźb ani kłamstw. U dorosłych prawo wymaga jednej z tych rzeczy. U ciebie nie.

representative = Dorosły, który jest po twojej stronie
    .p1 = Jeśli masz mniej niż 18 lat, nie jesteś Duńczykiem ani Dunką i jesteś w Danii bez rodziców albo innego dorosłego, który za ciebie odpowiada, dostajesz przedstawiciela. To dorosła osoba, której zadaniem jest dbać o to, co jest dla ciebie najlepsze. Przeszkodzić w tym mogą tylko bardzo szczególne powody.
    .list1 =
        - Jeśli padłeś lub padłaś ofiarą handlu ludźmi, trzeba to wziąć pod uwagę przy wyborze twojego przedstawiciela.
        - Jeśli masz 12 lat albo więcej, ktoś powinien zwykle najpierw z tobą porozmawiać.
        - Kiedy starasz się o azyl, przedstawiciel jest przy tobie i pilnuje, żeby twoje prawa były szanowane.
        - Jeśli dostaniesz zezwolenie na pobyt, dorosła osoba dba o to, co jest dla ciebie najlepsze, i chodzi z tobą na spotkania z urzędami, dopóki nie skończysz 18 lat.
    .p2 = Twoim przedstawicielem może być wolontariusz, na przykład z Duńskiego Czerwonego Krzyża, albo ktoś, komu za to płacą. Decydują o tym władze.
    .p3 = Kiedy masz pierwszą rozmowę z CMM, twój przedstawiciel zwykle jest z tobą.
    .p4 = Prośbę o przedstawiciela albo o innego przedstawiciela kieruje się do Agencji Prawa Rodzinnego (Familieretshuset). Zapytaj CMM, jak to zrobić.

interviews = Rozmowa z policją i sąd
    .p1 = Policja może przesłuchać dzieci i młodzież, nagrywając to na wideo.
    .list1 =
        - Poniżej 13 lat: przesłuchanie jest zwykle nagrywane na wideo.
        - W wieku 13 lub 14 lat: przesłuchanie na wideo jest zawsze możliwe w sprawach o przestępstwa seksualne, kazirodztwo, nękanie (stalking) albo przemoc w rodzinie.
        - W wieku 15, 16 lub 17 lat: przesłuchanie na wideo jest możliwe tylko wtedy, gdy są bardzo mocne powody, żeby cię chronić.
    .p2 = Jeśli przesłuchano cię w ten sposób na wideo, zwykle nie musisz mówić na rozprawie w sądzie. Sąd może kazać ci przyjść tylko w bardzo rzadkich przypadkach.
    .important = Nie każda osoba w wieku od 15 do 17 lat dostaje przesłuchanie na wideo. Zapytaj CMM albo swojego przedstawiciela, co jest możliwe w twoim przypadku.

where-you-stay = Gdzie będziesz mieszkać
    .list1 =
        - Jeśli przyjechałeś lub przyjechałaś bez rodziców, nie masz dokumentów pozwalających ci zostać i starasz się o azyl: zwykle mieszkasz w ośrodku dla dzieci w systemie azylowym. Niektórzy młodzi ludzie, którzy na co dzień mają szczególne potrzeby, mieszkają w specjalnych oddziałach.
        - Jeśli przyjechałeś lub przyjechałaś bez rodziców i jesteś w Danii legalnie: miasto albo okolica, w której mieszkasz (gmina), znajduje ci miejsce. Może to być dom dziecka albo placówka opiekuńcza. W rzadkich przypadkach jest to rodzina zastępcza.
    .p1 = Gmina musi czuwać nad wszystkimi dziećmi, które na jej terenie mieszkają, z dokumentami albo bez. Dlatego musi dopilnować, żeby dziecko, które padło ofiarą handlu ludźmi, dostało odpowiednią pomoc.

how-found = Jak dorośli mogą się dowiedzieć
    .p1 = Dorośli, którzy pracują z dziećmi, mogą zauważyć znaki handlu ludźmi:
    .list1 =
        - Duński Czerwony Krzyż sprawdza wszystkie dzieci, które przyjechały same i mieszkają w ośrodku dla osób starających się o azyl, czy nie ma u nich znaków handlu ludźmi.
        - Znakiem może być miejsce, w którym ktoś spotyka dziecko, ludzie, z którymi dziecko jest, albo to, jak dziecko się zachowuje.
        - Znakiem może być też to, że dziecko nie umie wyjaśnić, jak dostało się do Danii albo dlaczego tu jest.
    .p2 = Jeśli pracownicy myślą, że dziecko może być ofiarą handlu ludźmi, dzwonią do CMM. Potem ktoś z CMM albo z organizacji, która współpracuje z CMM, rozmawia z młodą osobą raz lub kilka razy, żeby to sprawdzić.
    .important = Nie wszyscy dorośli są przeszkoleni, żeby zauważać te znaki. Jeśli coś jest nie tak, możesz sam lub sama komuś o tym powiedzieć.

at-risk = Jeśli dorośli wykorzystują cię do przestępstw
    .p1 = Niektóre dzieci i młodzi ludzie są wykorzystywani przez dorosłych albo gangi do kradzieży, włamań do domów albo do przewożenia i sprzedawania narkotyków. To też może być handel ludźmi. Przeczytaj temat „Zmuszanie do żebrania lub przestępstw”.
    .p2 = Dzieci, które przyjechały same i czekają na decyzję w sprawie azylu, są szczególnie narażone na handel ludźmi. Dzieci znikały z ośrodków dla osób starających się o azyl. Czerwony Krzyż i CMM uważają, że tym dzieciom szczególnie grozi wykorzystanie.

get-help = Komu możesz powiedzieć
    .p1 = Możesz zadzwonić do CMM. Nie musisz podawać swojego imienia i nazwiska. Możesz też zadzwonić, jeśli martwisz się o przyjaciela lub przyjaciółkę.
    .action = { CALL("cmm-hotline") }
    .p2 = Jeśli mieszkasz w ośrodku dla osób starających się o azyl, możesz porozmawiać z pracownikami albo ze swoim przedstawicielem.
    .p3 = Jeśli grozi ci teraz niebezpieczeństwo, zadzwoń pod { CALL("emergency") }.
    .p4 = Pomoc od CMM nie zależy od tego, czy zgłosisz się na policję.
