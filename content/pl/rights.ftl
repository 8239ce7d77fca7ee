title = Twoje prawa
summary = Duża część opisanej tu pomocy jest tylko dla osób, które władze uznały za ofiary handlu ludźmi.
    To, co dostaniesz, zależy też od twoich dokumentów i od tego, czy jest sprawa w sądzie.
    Zapytaj CMM, co dotyczy ciebie.

who-decides = Kto decyduje, czy jesteś ofiarą
    .p1 = Większość pomocy opisanej na tej stronie jest dla osób, które zostały uznane za ofiary handlu ludźmi. To, kto o tym decyduje, zależy od twojej sytuacji:
    .list1 =
        - Jeśli jesteś w Danii legalnie, decyduje CMM. Na przykład gdy masz obywatelstwo duńskie lub innego kraju UE albo masz dokumenty pozwalające ci tu zostać.
        - Jeśli nie masz prawa do legalnego pobytu w Danii albo starasz się o azyl, decyduje Duński Urząd Imigracyjny (Udlændingestyrelsen). W niektórych sprawach decyduje inny urząd państwowy, SIRI.
        - Jeśli toczy się przeciwko tobie proces karny, sąd może uznać, że jesteś ofiarą.
    .p2 = Sama pierwsza rozmowa z CMM nie daje ci jeszcze pomocy opisanej na tej stronie.
    .important = Pamiętaj: w 2011 roku Urząd Imigracyjny powiedział, że przy decyzji korzysta z informacji od policji i z tego, co powiedziałeś lub powiedziałaś CMM.

reflection = Okres na zastanowienie się
    .p1 = Jeśli zostanie uznane, że jesteś ofiarą, dostaniesz propozycję okresu 30 dni. Nazywa się on okresem na zastanowienie się. Ma dać ci czas, żeby uwolnić się od ludzi, którzy cię wykorzystują, i wrócić do sił.
    .p2 = To, co ten okres oznacza, zależy od twoich dokumentów.
    .list1 =
        - Jeśli nie masz prawa do legalnego pobytu w Danii, okres na zastanowienie się jest terminem, do którego musisz opuścić Danię. Na wniosek Duński Urząd Imigracyjny wyznacza ten termin za 30 dni.
        - Jeśli jesteś w Danii legalnie, dostajesz podobny okres z taką samą pomocą. Nazywa się on okresem na powrót do sił.
    .p3 = Na wniosek Urząd Imigracyjny może wyznaczyć późniejszy termin albo go przedłużyć. Może się tak stać, gdy są szczególne powody albo gdy razem z władzami planujesz dobrowolny powrót do domu. Termin nigdy nie może być dalej niż za 120 dni. Ten przepis jest w duńskiej ustawie o cudzoziemcach, § 33 ust. 14.
    .important = Okres na zastanowienie się nie jest zezwoleniem na pobyt w Danii. Jeśli chcesz poprosić o dłuższy okres, zapytaj CMM albo adwokata, jak to zrobić.

support = Pomoc w okresie na zastanowienie się
    .p1 = W tym okresie mogą ci zaproponować:
    .list1 =
        - miejsce do mieszkania, z posiłkami
        - pomoc lekarza
        - pomoc psychologa
        - pomoc prawną
        - zajęcia i naukę
        - pomoc w kontakcie z organizacjami w twoim kraju, jeśli chcesz
    .p2 = Dostajesz też osobę kontaktową z CMM. Ta osoba wyjaśnia, jaką pomoc możesz dostać. Współpracuje też z innymi w twojej sprawie, na przykład z Urzędem Imigracyjnym, adwokatami, policją i Czerwonym Krzyżem.
    .p3 = Pomoc od CMM nie zależy od tego, czy współpracujesz z policją.

no-legal-stay = Jeśli nie masz prawa do legalnego pobytu
    .p1 = Jeśli możesz być ofiarą i nie masz prawa do legalnego pobytu, policja może zdecydować, gdzie masz przebywać, kiedy twoja sprawa jest sprawdzana. Może umieścić cię w ośrodku kryzysowym albo w innym miejscu. To decyzja policji na podstawie ustawy o cudzoziemcach (§ 34 ust. 1 pkt 3). To nie to samo co miejsce, które proponuje ci CMM.
    .important = Pamiętaj o ryzyku. W Danii zamykano (zatrzymywano) osoby, które mogły być ofiarami, kiedy sprawdzano ich sprawę albo dokumenty. Niektóre osoby, które CMM uznało za ofiary, i tak wydalono z Danii.
    .p2 = Zanim zdecydujesz, co zrobić, zapytaj CMM albo adwokata, co to oznacza dla ciebie.

lawyer = Adwokat ofiary w sprawie karnej
    .p1 = Kiedy policja i sądy zajmują się przestępstwem popełnionym wobec ciebie, możesz dostać własnego adwokata. Po duńsku taki adwokat nazywa się „bistandsadvokat”, czyli adwokat ofiary. Ten przepis jest w duńskiej ustawie o wymiarze sprawiedliwości, § 741 a. Obejmuje on handel ludźmi.
    .p2 = Ten adwokat należy do sprawy karnej o przestępstwo popełnione wobec ciebie. Płaci za niego państwo. Adwokata wyznacza sąd, a ty możesz poprosić o konkretnego adwokata.
    .important = Nie jest potwierdzone, jak ofiara handlu ludźmi może poprosić o takiego adwokata ani czy dostaje go bez proszenia. Zapytaj CMM albo policję.
    .p3 = Adwokat ofiary może:
    .list1 =
        - doradzać ci, kiedy policja prowadzi śledztwo
        - pójść z tobą, kiedy policja cię przesłuchuje
        - wyjaśnić, jak wygląda proces w sądzie
        - pójść z tobą, kiedy występujesz w sądzie jako świadek
        - przygotować twoje żądanie pieniędzy i przedstawić je w sprawie sądowej
    .p4 = CMM też może dać ci pomoc i porady prawne: o twoich prawach i możliwościach, o byciu świadkiem, o żądaniu pieniędzy i o tym, jak dostać adwokata.
    .p5 = Jeśli to ciebie oskarżono o przestępstwo, masz prawo do obrońcy.

compensation = Pieniądze za krzywdę, którą ci wyrządzono
    .p1 = Jeśli przestępstwo zraniło twoje ciało lub psychikę, możesz poprosić duńskie państwo o pieniądze. Te pieniądze nazywają się odszkodowaniem. Decyzję podejmuje Komisja Odszkodowań dla Ofiar Przestępstw (Erstatningsnævnet).
    .p2 = Są warunki:
    .list1 =
        - Zwykle przestępstwo trzeba zgłosić na policję w ciągu 72 godzin.
        - Jeśli jest sprawa w sądzie, musisz poprosić o odszkodowanie w tej sprawie.
        - Musisz złożyć wniosek w ciągu 2 lat. Te 2 lata liczy się od przestępstwa, od ostatecznego wyroku albo od dnia, w którym policja zamknęła sprawę.
    .important = Nie jest potwierdzone, czy dla ofiar handlu ludźmi zasada 72 godzin jest łagodniejsza. Zapytaj CMM albo adwokata.
    .p3 = Wniosek składasz przez policję. Policja wysyła twój wniosek i dokumenty sprawy do Komisji.
    .p4 = Komisja zwykle decyduje po zakończeniu sprawy w sądzie. Możesz złożyć wniosek do Komisji, jeśli osoba, która cię skrzywdziła, została uznana za winną, ale ci nie zapłaciła, jeśli została uniewinniona albo jeśli nikt nie wie, kim ona jest.
    .p5 = Odszkodowanie może pokryć leczenie, utracone zarobki, ból i cierpienie, trwały uszczerbek na zdrowiu, utratę zdolności do pracy, koszty adwokata i inne straty.

residence = Czy mogę zostać w Danii?
    .p1 = Samo to, że jesteś ofiarą handlu ludźmi, nie wystarczy, żeby dostać zezwolenie na pobyt w Danii. Może to być jedna z części wniosku o azyl. W ciągu pięciu lat przed 2017 rokiem azyl dostały tylko cztery ofiary.
    .p2 = Prawo pozwala dać zezwolenie na pobyt osobie, która jest potrzebna w śledztwie policji lub w sprawie sądowej. Zezwolenie nie może trwać dłużej niż śledztwo albo sprawa sądowa. Takie zezwolenie daje się bardzo rzadko.
    .p3 = O zezwoleniu na pobyt ze względów humanitarnych decyduje się w każdej sprawie osobno. Daje się je tylko wyjątkowo i rzadko.
    .important = Zapytaj adwokata albo swoją osobę kontaktową z CMM, co to oznacza dla ciebie.

return = Powrót do domu z pomocą
    .p1 = Jeśli zostanie uznane, że jesteś ofiarą, dostaniesz propozycję pomocy w powrocie do swojego kraju albo do innego kraju, w którym masz zezwolenie na pobyt. Nazywa się to przygotowanym powrotem. Jest on dobrowolny.
    .p2 = Dostaniesz tę propozycję, nawet jeśli nie współpracujesz z policją ani nie występujesz w sądzie.
    .p3 = Powrót planuje się razem z tobą w okresie na zastanowienie się. Po przyjeździe możesz dostawać wsparcie przez około sześć miesięcy. Może ono obejmować:
    .list1 =
        - pieniądze co miesiąc
        - pomoc w sprawie mieszkania
        - pomoc w rozpoczęciu pracy zarobkowej, na przykład małego sklepu albo zakładu fryzjerskiego
        - pomoc medyczną
        - szkołę lub naukę, także dla twoich dzieci
    .p4 = Przed wyjazdem twoja osoba kontaktowa sprawdza razem z tobą i z Duńską Agencją ds. Powrotów (Hjemrejsestyrelsen), co może ci zagrażać. Informacje o tym, czego potrzebujesz dla bezpieczeństwa, trafiają do organizacji partnerskiej w twoim kraju.
