title = Bezpieczne miejsce do mieszkania
summary = Ofiarom handlu ludźmi proponuje się bezpieczne miejsce do mieszkania, z posiłkami.
    Żeby dostać miejsce, zacznij od telefonu do CMM.
    Jeśli nie masz prawa do legalnego pobytu, policja też może zdecydować, gdzie masz przebywać.

get-a-place = Jak dostać miejsce
    .p1 = Zadzwoń na infolinię CMM. Miejsca załatwia się przez CMM, twoją osobę kontaktową z CMM i władze.
    .action = { CALL("cmm-hotline") }
    .p2 = Kiedy CMM sprawdza twoją sytuację, może zaproponować ci miejsce do mieszkania, jeśli go potrzebujesz.

what-you-get = Jakie to miejsce
    .p1 = Ofiarom proponuje się bezpieczne miejsce do mieszkania, z posiłkami.
    .p2 = Może to być ośrodek kryzysowy, hostel albo ośrodek dla osób starających się o azyl. Dzieci poniżej 18 lat mogą mieszkać w placówce opiekuńczej dla dzieci.

police-placement = Jeśli to policja decyduje, gdzie masz przebywać
    .p1 = Jeśli możesz być ofiarą i nie masz prawa do legalnego pobytu w Danii, policja może umieścić cię w ośrodku kryzysowym albo w innym miejscu, kiedy twoja sprawa jest sprawdzana.
    .p2 = To decyzja policji na podstawie ustawy o cudzoziemcach (§ 34 ust. 1 pkt 3), czyli prawa o obcokrajowcach. To nie to samo co miejsce, które proponuje ci CMM.
    .important = Pamiętaj: w Danii zamykano (zatrzymywano) osoby, które mogły być ofiarami, kiedy sprawdzano ich sprawę albo dokumenty. Niektóre osoby uznane za ofiary i tak wydalono z Danii. Zapytaj CMM albo adwokata, co to oznacza dla ciebie.

staying-safe = Jak zadbać o bezpieczeństwo
    .p1 = Twoja osoba kontaktowa z CMM sprawdza, co może ci zagrażać. Może pomóc w takich sprawach:
    .list1 =
        - rady, jak zadbać o bezpieczeństwo
        - jak chronić swój telefon
        - przeprowadzka w inne miejsce
        - kontakt z policją

women = Miejsca dla kobiet
    .p1 = Organizacja Reden International prowadzi dwa schroniska dla kobiet, które są ofiarami handlu ludźmi i są w okresie na zastanowienie się. Adresy są tajne, żeby kobiety były bezpieczne. Za schroniska płaci państwo.
    .p2 = Schronisko daje kobietom, które w nim mieszkają, rady, jak zadbać o bezpieczeństwo.
    .p3 = Kobiety, które starają się też o azyl, zwykle mieszkają w ośrodku dla osób starających się o azyl. Po sprawdzeniu ich sytuacji mogą trafić do Reden International.

men = Miejsca dla mężczyzn
    .p1 = Mężczyźni mogą mieszkać w ośrodku kryzysowym dla mężczyzn, w mieszkaniu wspieranym, w zwykłym mieszkaniu albo w podobnym miejscu. CMM współpracuje z hostelem w Kopenhadze.
    .p2 = Mężczyźni, którzy starają się o azyl, zwykle mieszkają w ośrodku dla osób starających się o azyl.

drop-in = Otwarty punkt dla kobiet w Kopenhadze
    .p1 = Reden International prowadzi Mødestedet, otwarty punkt, do którego można przyjść bez umawiania się. Jest w dzielnicy Indre Vesterbro w Kopenhadze. Jest dla kobiet z innych krajów, które sprzedają seks.
    .list1 =
        - Nie musisz podawać swojego imienia i nazwiska.
        - Możesz dostać pomoc w sprawach społecznych, prawnych i zdrowotnych.
        - Możesz coś zjeść i odpocząć od ulicy.
    .p2 = Zapytaj na infolinii CMM, jak tam trafić.
