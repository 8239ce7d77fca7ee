title = Nie masz dokumentów? Boisz się policji?
summary = Możesz się bać, że jeśli poprosisz o pomoc, zostaniesz zamknięty lub zamknięta albo odesłany lub odesłana do domu.
    Ta strona uczciwie mówi, co może się stać. Nikt nie może ci obiecać, że to bezpieczne.
    Możesz najpierw zadzwonić do CMM bez podawania swojego imienia i nazwiska.

honest-answer = Czy mogą mnie zamknąć albo odesłać do domu?
    .p1 = Tak, to może się zdarzyć. Nie powiemy ci, że nie może.
    .list1 =
        - Duński Instytut Praw Człowieka napisał, że u osób, które nie mają prawa do pobytu albo mają tylko ograniczone prawo do pobytu, kontakt z władzami bardzo prawdopodobnie prowadzi do rejestracji, zamknięcia (zatrzymania) i wydalenia z Danii.
        - Raporty USA mówią, że ofiary zamykano, kiedy sprawdzano ich dokumenty (2017), i że urzędnicy mogli zatrzymać możliwe ofiary na 72 godziny, a w razie potrzeby dłużej (2018–2020).
        - W 2023 roku raport USA mówił, że Dania nadal skupiała się na wydalaniu niektórych ofiar z zagranicy z kraju, zamiast sprawdzać, czy są ofiarami.
        - Organizacja Reden International mówi, że sprzedawanie seksu nie jest w Danii nielegalne, ale kobiety z zagranicy, które sprzedają seks, są zatrzymywane za pracę bez zezwolenia albo za pobyt bez dokumentów i często są wydalane z Danii w krótkim czasie.
    .p2 = To, że ktoś jest ofiarą, nie zawsze temu zapobiega. W 2015 roku kobietę z Nigerii zamknięto, żeby wydalić ją z Danii, chociaż dwa razy uznano ją za ofiarę. Dwa razy wyjechała z Danii, nie korzystając z pomocy, którą jej zaproponowano. W innej sprawie w tym samym roku kobietę z Nigerii wydalono z Danii i zakazano jej wjazdu na dwa lata, chociaż CMM uznało ją za ofiarę.

ask-first = Możesz najpierw zapytać, bez podawania nazwiska
    .p1 = Możesz zadzwonić na infolinię CMM i opowiedzieć o swojej sytuacji bez podawania swojego imienia i nazwiska. Możesz zapytać, co się z tobą stanie, zanim cokolwiek zdecydujesz.
    .action = { CALL("cmm-hotline") }
    .list1 =
        - Pierwsza rozmowa z CMM jest anonimowa i ty decydujesz, czy chcesz wziąć w niej udział.
        - CMM mówi, że przekazuje informacje o tobie tylko wtedy, gdy się zgodzisz.
        - Ale CMM ściśle współpracuje z policją. Według artykułu prasowego z 2025 roku CMM informuje teraz policję o sprawach, bez nazwisk.
    .important = Zanim podasz swoje imię i nazwisko, zapytaj CMM: „Co się ze mną stanie, jeśli nie mam dokumentów? Co powiecie policji albo Urzędowi Imigracyjnemu?”

who-decides = Kto decyduje, czy jesteś ofiarą
    .p1 = Jeśli nie masz dokumentów pozwalających ci zostać w Danii albo starasz się o azyl, to nie CMM decyduje, czy jesteś ofiarą handlu ludźmi. Decyduje Duński Urząd Imigracyjny (Udlændingestyrelsen).
    .list1 =
        - W niektórych sprawach decyduje Duńska Agencja ds. Rekrutacji Międzynarodowej i Integracji (SIRI).
        - Jeśli toczy się przeciwko tobie proces karny, może o tym zdecydować sąd.
        - W sprawach dotyczących prostytucji, w których dana osoba nie ma dokumentów, zawsze nawiązuje się kontakt z CMM.
    .p2 = Urząd Imigracyjny powiedział, że korzysta z informacji od policji i z tego, co dana osoba powiedziała CMM.
    .p3 = Sama pierwsza rozmowa z CMM nie daje ci jeszcze pomocy dla ofiar.

reflection = Co oznacza dla ciebie okres na zastanowienie się
    .p1 = Jeśli zostanie uznane, że jesteś ofiarą, a nie masz dokumentów, Urząd Imigracyjny może wyznaczyć dzień, do którego musisz opuścić Danię. Na wniosek wyznacza ten dzień za 30 dni. Te 30 dni nazywa się okresem na zastanowienie się. Dają ci czas, żeby uwolnić się od wykorzystywania i wrócić do sił.
    .important = Okres na zastanowienie się nie jest zezwoleniem na pobyt w Danii. To późniejszy dzień, do którego musisz wyjechać.
    .list1 =
        - Na wniosek ten dzień można wyznaczyć później albo przesunąć, gdy są szczególne powody albo gdy bierzesz udział w planowaniu powrotu do domu.
        - Nigdy nie może to być więcej niż 120 dni.
        - W tym czasie mogą ci zaproponować miejsce do mieszkania z posiłkami, lekarza, psychologa, pomoc prawną i zajęcia, na których możesz się uczyć.
    .p2 = Wynika to z duńskiej ustawy o cudzoziemcach, § 33 ust. 14, czyli prawa o obcokrajowcach.
    .p3 = Jak poprosić o okres na zastanowienie się albo o więcej czasu: zapytaj CMM.

stay = Czy mogę zostać w Danii?
    .list1 =
        - Samo to, że jesteś ofiarą handlu ludźmi, nie wystarczy, żeby dostać zezwolenie na pobyt w Danii. Może to być jedna z części wniosku o azyl.
        - Istnieje zezwolenie dla osób, które są potrzebne w śledztwie policji lub w sprawie sądowej. Daje się je bardzo rzadko i nie może trwać dłużej niż śledztwo albo sprawa sądowa.
    .p1 = Zapytaj CMM, co jest możliwe w twoim przypadku.

police-housing = Jeśli policja umieści cię w jakimś miejscu
    .p1 = Jeśli nie masz dokumentów, policja może umieścić cię w ośrodku kryzysowym albo w innym miejscu, kiedy twoja sprawa jest sprawdzana. Decyduje o tym policja. To przepis duńskiej ustawy o cudzoziemcach, § 34 ust. 1 pkt 3.
    .important = To nie to samo co bezpieczne miejsce, które sam lub sama wybierasz. Osoby, które mogły być ofiarami, były też zamykane (zatrzymywane), kiedy sprawdzano ich sprawę.

being-sent-away = Jeśli władze chcą wydalić cię z Danii
    .p1 = Kiedy władze decydują o wydaleniu kogoś z Danii, muszą przywiązywać szczególną wagę do tego, czy powody wydalenia wynikają z tego, że ta osoba była ofiarą handlu ludźmi, i czy to przemawia przeciwko jej wydaleniu. Taki był przepis w ustawie o cudzoziemcach, § 26 a, w 2011 i w 2015 roku.
    .p2 = Jak pokazują dwie sprawy opisane wyżej, to nie zawsze zapobiega wydaleniu. Od tamtej pory przepis i sposób jego stosowania mogły się zmienić. Zapytaj CMM albo adwokata.
    .p3 = Raport USA z 2021 roku mówi, że paszporty ofiar z zagranicy, które współpracowały z władzami, zatrzymywano bez ich zgody.
    .p4 = Jeśli zmuszono cię do pracy bez zezwolenia albo do popełnienia przestępstwa, przeczytaj temat „Zmuszanie do żebrania lub przestępstw”.

get-help = Od czego zacząć
    .p1 = Zacznij od infolinii CMM. Nie musisz podawać swojego imienia i nazwiska.
    .action = { CALL("cmm-hotline") }
    .p2 = Kobiety, które sprzedają seks, mogą przyjść do Mødestedet, otwartego punktu prowadzonego przez Reden International w dzielnicy Indre Vesterbro w Kopenhadze. Tam też nie musisz podawać swojego imienia i nazwiska. Zapytaj CMM, jak tam trafić.
    .p3 = Jeśli grozi ci teraz niebezpieczeństwo, zadzwoń pod { CALL("emergency") }.
