title = Uzyskaj pomoc teraz
summary = Jeśli grozi ci teraz niebezpieczeństwo, zadzwoń pod { CALL("emergency") }. To nic nie kosztuje.
    Po pomoc i radę zadzwoń do Duńskiego Centrum przeciwko Handlowi Ludźmi (CMM).

danger = Czy grozi ci teraz niebezpieczeństwo?
    .p1 = Zadzwoń pod { CALL("emergency") }, jeśli czyjeś życie jest w niebezpieczeństwie, jeśli dzieje się poważne przestępstwo, jeśli jest pożar lub wypadek albo jeśli ktoś jest tak ranny lub chory, że jego życie jest w niebezpieczeństwie.
    .action = { CALL("emergency") }
    .p2 = Połączenie jest bezpłatne. Działa nawet wtedy, gdy na telefonie nie ma środków albo telefon jest zablokowany.
    .p3 = Osoba, która odbierze, zapyta, co się stało, gdzie i kiedy, dokąd wysłać pomoc i ile osób jest rannych.
    .important = Każde połączenie alarmowe jest nagrywane.

cmm = Zadzwoń do Duńskiego Centrum przeciwko Handlowi Ludźmi
    .p1 = Duńskie Centrum przeciwko Handlowi Ludźmi (CMM) jest częścią duńskiego urzędu państwowego. Pomaga ustalić, czy ktoś padł ofiarą handlu ludźmi, i daje takim osobom pomoc, wsparcie i porady. Najłatwiej skontaktować się z CMM przez infolinię.
    .action = { CALL("cmm-hotline") }
    .p2 = Możesz też zadzwonić, jeśli myślisz, że ktoś inny jest wykorzystywany, albo jeśli chcesz tylko zapytać o radę. Możesz opowiedzieć CMM o jakiejś sytuacji bez podawania swojego imienia i nazwiska.
    .p3 = Możesz też napisać na adres { EMAIL("cmm-hotline") }. Jeśli chcesz wysłać e-mailem prywatne informacje, najpierw powiedz o tym CMM.
    .p4 = Ta aplikacja nie podaje godzin pracy infolinii ani języków, w których można rozmawiać, bo nie są one potwierdzone. Zapytaj CMM. Jeśli nikt nie odbiera, a grozi ci niebezpieczeństwo, zadzwoń pod { CALL("emergency") }.
    .important = Pomyśl, kto może zobaczyć twój telefon. Połączenie z tej aplikacji, także pod { CALL("emergency") } albo { CALL("police") }, pojawi się na liście połączeń w twoim telefonie. Może też pojawić się na rachunku za telefon. Wysłany e-mail zostaje w folderze „wysłane”.

first-talk = Co się dzieje, gdy rozmawiasz z CMM
    .p1 = Pierwsza rozmowa z CMM wygląda tak:
    .list1 =
        - Rozmowa jest anonimowa. Nie musisz podawać swojego imienia i nazwiska.
        - Ty decydujesz, czy chcesz wziąć w niej udział.
        - CMM przekazuje dalej informacje o tobie tylko wtedy, gdy się zgodzisz. Ale przeczytaj niżej, co CMM mówi policji.
        - Możesz przyjść z osobą, której ufasz, żeby cię wspierała.
        - Jeśli masz mniej niż 18 lat, zwykle jest z tobą twój osobisty przedstawiciel.
        - Często jest tłumacz, jeśli nie mówisz dobrze po duńsku ani po angielsku.
    .p2 = Rozmowa może odbyć się w CMM, w schronisku, w areszcie lub w więzieniu, w ośrodku dla osób starających się o azyl albo tam, gdzie teraz mieszkasz.
    .p3 = Kiedy CMM sprawdza twoją sytuację, może zaproponować ci wsparcie i miejsce do mieszkania, jeśli tego potrzebujesz.

police-and-cmm = Co CMM mówi policji
    .p1 = Możesz dostać pomoc od CMM, nawet jeśli nie zgłosisz się na policję.
    .p2 = CMM ściśle współpracuje z policją. Oto co wiadomo o tym, co trafia do policji:
    .list1 =
        - Twoje imię i nazwisko oraz informacje o tobie: CMM mówi, że przekazuje je tylko wtedy, gdy się zgodzisz.
        - Twoja sprawa: według artykułu prasowego z 2025 roku CMM informuje teraz policję o sprawach, bez nazwisk. Artykuł mówi też, że CMM zachęca ofiary, żeby same skontaktowały się z policją.
        - Artykuł nie mówi, co jeszcze o sprawie CMM przekazuje policji.
    .p3 = Jeśli nie masz dokumentów pozwalających ci zostać w Danii, o tym, czy jesteś ofiarą, decyduje Duński Urząd Imigracyjny, a nie CMM. Urząd Imigracyjny powiedział, że korzysta z informacji od policji i z tego, co dana osoba powiedziała CMM.
    .important = Zanim podasz swoje imię i nazwisko albo szczegóły, zapytaj CMM: „Co powiecie o mnie policji albo Urzędowi Imigracyjnemu?”

after-call = Co się dzieje po twoim telefonie
    .p1 = Oto kolejne kroki, na tyle, na ile są znane:
    .list1 =
        - Opowiadasz CMM o swojej sytuacji. Nie musisz podawać swojego imienia i nazwiska.
        - Jeśli może to być handel ludźmi, CMM może zaproponować ci pierwszą rozmowę. Ty decydujesz, czy jej chcesz.
        - Kiedy twoja sytuacja jest sprawdzana, CMM może zaproponować ci wsparcie i miejsce do mieszkania, jeśli tego potrzebujesz.
        - Potem ktoś decyduje, czy jesteś ofiarą handlu ludźmi. Jeśli jesteś w Danii legalnie, decyduje CMM. Jeśli nie masz prawa do legalnego pobytu albo starasz się o azyl, decyduje Duński Urząd Imigracyjny. Jeśli toczy się przeciwko tobie proces karny, może o tym zdecydować sąd.
        - Jeśli zostanie uznane, że jesteś ofiarą, dostaniesz propozycję 30 dni, żeby uwolnić się od wykorzystywania i wrócić do sił. Nazywa się to okresem na zastanowienie się (dla osób, które są w Danii legalnie: okresem na powrót do sił). Może być dłuższy, do 120 dni, gdy są szczególne powody albo jeśli bierzesz udział w planowaniu powrotu do domu.
        - Dostajesz osobę kontaktową z CMM. Ta osoba wyjaśnia, jaką pomoc możesz dostać, i współpracuje z innymi, na przykład z Urzędem Imigracyjnym, adwokatami, policją i Czerwonym Krzyżem.
    .important = Jeśli nie masz prawa do legalnego pobytu, okres na zastanowienie się nie jest zezwoleniem na pobyt. To późniejszy termin, do którego musisz opuścić Danię. Przeczytaj temat „Nie masz dokumentów? Boisz się policji?”.
    .p2 = Pomoc, którą proponuje CMM, i propozycja zaplanowanego powrotu do domu nie zależą od tego, czy pomagasz policji.
    .p3 = Twoja osoba kontaktowa sprawdza też z tobą twoje bezpieczeństwo. Może to oznaczać porady, jak zachować bezpieczeństwo i jak chronić swój telefon, przeprowadzkę do innego miejsca albo kontakt z policją.

not-urgent = Gdy sprawa nie jest pilna
    .p1 = Zadzwoń na policję pod numer { CALL("police") }, żeby zgłosić przestępstwo, przy którym policja nie jest potrzebna od razu, zapytać o swoją sprawę albo przekazać policji informacje.
    .action = { CALL("police") }
    .p2 = Jeśli masz w telefonie zagraniczną kartę SIM, wpisz przed numerem duński numer kierunkowy kraju.
    .p3 = Te połączenia też są nagrywane.
