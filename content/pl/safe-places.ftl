title = Bezpieczne miejsce do mieszkania
summary = Jeśli jesteś ofiarą handlu ludźmi, możesz dostać bezpieczne miejsce do mieszkania, z posiłkami.
    Żeby dostać miejsce, zacznij od telefonu do CMM.

get-a-place = Jak dostać miejsce
    .p1 = Zadzwoń na infolinię CMM. CMM i twoja osoba kontaktowa załatwią dla ciebie miejsce razem z władzami.
    .action = { CALL("cmm-hotline") }
    .p2 = Kiedy CMM sprawdza twoją sytuację, może zaproponować ci miejsce do mieszkania, jeśli go potrzebujesz.
    .p3 = Jeśli nie masz prawa do legalnego pobytu w Danii, policja też może umieścić cię w ośrodku kryzysowym lub w innym miejscu, dopóki twoja sprawa jest sprawdzana.

what-you-get = Jakie to miejsce
    .p1 = Dostajesz bezpieczne miejsce do mieszkania, z posiłkami.
    .p2 = Może to być ośrodek kryzysowy, hostel albo ośrodek dla osób starających się o azyl. Dzieci poniżej 18 lat mogą mieszkać w domu dziecka.

staying-safe = Jak zadbać o bezpieczeństwo
    .p1 = Twoja osoba kontaktowa z CMM sprawdza, co może ci zagrażać. Może pomóc w takich sprawach:
    .list1 =
        - rady, jak zadbać o bezpieczeństwo
        - jak chronić swój telefon
        - przeprowadzka w inne miejsce
        - kontakt z policją

women = Miejsca dla kobiet
    .p1 = Organizacja Reden International prowadzi dwa schroniska dla kobiet, które są ofiarami handlu ludźmi, na czas okresu na zastanowienie się. Adresy są tajne, dla twojego bezpieczeństwa.
    .p2 = Schronisko daje kobietom, które w nim mieszkają, rady, jak zadbać o bezpieczeństwo.
    .p3 = Kobiety, które starają się też o azyl, zwykle mieszkają w ośrodku dla osób starających się o azyl. Po sprawdzeniu twojej sytuacji możesz trafić do Reden International.

men = Miejsca dla mężczyzn
    .p1 = Mężczyźni mogą mieszkać w ośrodku kryzysowym dla mężczyzn, w mieszkaniu wspieranym, w zwykłym mieszkaniu albo w podobnym miejscu. CMM współpracuje z hostelem w Kopenhadze.
    .p2 = Mężczyźni, którzy starają się o azyl, zwykle mieszkają w ośrodku dla osób starających się o azyl.

drop-in = Otwarty punkt dla kobiet w Kopenhadze
    .p1 = Reden International prowadzi Mødestedet, otwarty punkt, do którego można przyjść bez umawiania się. Jest w dzielnicy Indre Vesterbro w Kopenhadze. Jest dla kobiet z innych krajów, które sprzedają seks.
    .list1 =
        - Nie musisz podawać swojego imienia.
        - Możesz dostać pomoc w sprawach społecznych, prawnych i zdrowotnych.
        - Możesz coś zjeść i odpocząć od ulicy.
    .p2 = Zapytaj na infolinii CMM, jak tam trafić.
