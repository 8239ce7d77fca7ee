title = Bycie świadkiem
summary = Opowiedzenie policji, co się stało, i zeznawanie w sądzie to dwa różne kroki.
    Są sposoby, żeby chronić cię jako świadka.
    Pomoc od CMM nie zależy od tego, czy współpracujesz z policją.

what-it-is = Co znaczy zeznawać w sądzie
    .p1 = Kiedy mówisz policji, co się stało, składasz oświadczenie na policji. To nie jest zeznawanie w sądzie.
    .p2 = Zeznawać w sądzie to znaczy występować jako świadek w sądzie, w sprawie karnej. Odpowiadasz na pytania o to, co się stało.
    .p3 = Handel ludźmi to w Danii poważne przestępstwo. Kara może wynosić do 10 lat więzienia.
    .p4 = W takich sprawach to, co mówi ofiara, jest często najważniejszym dowodem. Czasem jest to jedyny dowód.

steps = Od policji do sądu
    .p1 = Zwykle wygląda to tak:
    .list1 =
        - Zgłaszasz przestępstwo na policji i mówisz, co się stało. To jest twoje oświadczenie na policji.
        - Policja prowadzi śledztwo. Może cię znowu przesłuchać. Adwokat ofiary może pójść z tobą.
        - Jeśli sprawa trafi do sądu, możesz zostać wezwany lub wezwana jako świadek.
        - W sądzie zeznajesz: odpowiadasz na pytania o to, co się stało. Adwokat ofiary może pójść z tobą.
    .p2 = Nie każda sprawa kończy się procesem w sądzie albo skazaniem. W latach 2019, 2020 i 2021 w Danii nie było żadnego skazania za handel ludźmi.
    .p3 = Adwokat ofiary może wyjaśnić każdy krok i to, jak wygląda proces w sądzie. Za tego adwokata płaci państwo. Nie jest potwierdzone, jak ofiara handlu ludźmi może go dostać: zapytaj CMM albo policję.
    .p4 = Jeśli możliwe, że wyjedziesz z Danii przed procesem, zapytaj swojego adwokata o przesłuchanie w sądzie przed procesem. Zasady tego nie są tu potwierdzone.

protection = Jak można cię chronić
    .p1 = Specjalna pomoc w sądzie jest rzadko potrzebna. Jeśli jej potrzebujesz, prokurator albo twój adwokat zwykle może wcześniej ustalić to z sądem.
    .list1 =
        - Policja albo prokurator mogą załatwić, żeby ktoś na ciebie czekał, kiedy przyjdziesz do sądu.
        - Mogą też załatwić, żebyś czekał lub czekała w osobnej poczekalni.
        - Jeśli poprosisz, sąd w niektórych sprawach może posadzić oskarżonego tak, żebyś go nie widział lub nie widziała, kiedy zeznajesz.
        - W szczególnych sprawach sąd może kazać oskarżonemu wyjść z sali sądowej, kiedy zeznajesz.
    .p2 = W czasie śledztwa policja może powiedzieć adwokatowi podejrzanego, żeby nie przekazywał podejrzanemu niektórych informacji, jeśli jest to potrzebne, żeby cię chronić.
    .important = Jeśli ktoś ci grozi albo robi ci problemy, bo jesteś świadkiem, od razu powiedz o tym policji. Jeśli grozi ci niebezpieczeństwo, zadzwoń pod { CALL("emergency") }.

video = Przesłuchanie nagrywane na wideo
    .p1 = Policja może nagrać przesłuchanie na wideo. Dotyczy to głównie dzieci i młodzieży poniżej 18 lat. Jest to też możliwe u osób z poważną chorobą psychiczną albo znaczną niepełnosprawnością, jeśli uzasadniają to szczególne okoliczności.
    .p2 = Dziecko poniżej 13 lat jest zwykle przesłuchiwane na wideo. U starszych dzieci zależy to od sprawy.
    .p3 = Jeśli przesłuchano cię w ten sposób na wideo, zwykle nie musisz zeznawać na rozprawie. Sąd może tego zażądać tylko w bardzo rzadkich przypadkach.
    .important = Nie jest potwierdzone, że dorosłe ofiary handlu ludźmi mogą być przesłuchane na wideo. Zapytaj swojego adwokata albo CMM.

danger = Jeśli tobie lub twojej rodzinie może grozić poważne niebezpieczeństwo
    .p1 = W niektórych sprawach sąd może ukryć przed oskarżonym twoje imię i nazwisko, twoją pracę i twój adres. Sąd musi uznać, że jest to konieczne dla twojego bezpieczeństwa i że prawdopodobnie nie zaszkodzi to obronie.
    .p2 = Jeśli tobie lub twojej rodzinie może grozić poważne niebezpieczeństwo, sąd może też kazać oskarżonemu wyjść z sali sądowej, kiedy zeznajesz.
    .p3 = To są decyzje sądu. Jeśli ich potrzebujesz, zapytaj swojego adwokata albo prokuratora.

closed-court = Czy rozprawa może się odbyć bez publiczności?
    .p1 = Ofiary gwałtu albo podobnie poważnych przestępstw mają prawo do tego, żeby rozprawa odbyła się bez publiczności na sali sądowej (wyłączenie jawności). Twój adwokat albo prokurator może o to poprosić. Jeśli publiczność nie zostanie wyproszona z sali, sąd może zamiast tego zakazać wszystkim opisywania tego, co mówisz.
    .important = Nie jest potwierdzone, czy handel ludźmi liczy się jako „podobnie poważne” przestępstwo. Zapytaj swojego adwokata albo prokuratora.

compensation = Jak poprosić o pieniądze w sprawie sądowej
    .p1 = Jeśli jest sprawa w sądzie przeciwko ludziom, którzy cię wykorzystywali, poproś o odszkodowanie w tej sprawie. Jeśli tego nie zrobisz, możesz później stracić prawo do odszkodowania od państwa.
    .p2 = Adwokat ofiary może przygotować twoje żądanie i przedstawić je za ciebie w sprawie sądowej.

forced-crimes = Jeśli zmuszono cię do złamania prawa
    .p1 = Niektóre ofiary są zmuszane do popełniania przestępstw przez ludzi, którzy je wykorzystują.
    .p2 = Według raportów USA z 2021 i 2022 roku w duńskim prawie nie było jasnego przepisu, który chroni ofiary przed karą za przestępstwa, do których je zmuszono. Nie jest potwierdzone, czy to się zmieniło. Niektóre ofiary, także dzieci, były ścigane karnie za takie przestępstwa.
    .p3 = Prokurator może wycofać zarzuty za mniej poważne przestępstwa, które popełniłeś lub popełniłaś z powodu handlu ludźmi. Wtedy możesz też uniknąć wydalenia z Danii. Ale jest to możliwe tylko wtedy, gdy władze wiedzą, że jesteś ofiarą handlu ludźmi.
    .p4 = Jeśli toczy się przeciwko tobie proces karny, sąd może uznać, że jesteś ofiarą handlu ludźmi.
    .important = Powiedz swojemu adwokatowi i władzom, że jesteś ofiarą handlu ludźmi. Jeśli postawiono ci zarzut przestępstwa, masz prawo do obrońcy. Pamiętaj, że osoby, które mogły być ofiarami, były zatrzymywane (policja trzymała je w zamknięciu).

your-choice = Twoje wybory
    .p1 = Pomoc od CMM nie zależy od tego, czy zgłosisz się na policję. Pomoc w powrocie do domu w ramach przygotowanego powrotu też od tego nie zależy.
    .important = Chodzi tu o pomoc, którą dostajesz. Nie znaczy to, że możesz odmówić, jeśli sąd wezwie cię jako świadka. Jeśli dostaniesz wezwanie, zapytaj swojego adwokata albo CMM, co musisz zrobić.
    .p2 = Niektóre decyzje należą do ciebie:
    .list1 =
        - czy weźmiesz udział w pierwszej rozmowie z CMM
        - czy przyjmiesz przygotowany powrót
        - czy poprosisz o ochronę w sądzie
        - o którego adwokata poprosisz sąd
    .p3 = Zanim zdecydujesz, zapytaj swojego adwokata albo swoją osobę kontaktową z CMM.

what-police-learn = Co CMM mówi policji
    .p1 = Podczas pierwszej rozmowy z CMM informacje o tobie są przekazywane dalej tylko wtedy, gdy się zgodzisz.
    .p2 = Ale CMM ściśle współpracuje z policją. Zgłasza policji sprawy bez nazwisk i zachęca ofiary do kontaktu z policją. Twoja osoba kontaktowa z CMM też współpracuje w twojej sprawie z policją i z Urzędem Imigracyjnym.
    .p3 = Zanim opowiesz swoją historię, zapytaj CMM, co dokładnie przekaże dalej i komu.
