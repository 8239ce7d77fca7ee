title = Problemy w pracy
summary = Niska płaca, za dużo pracy albo szef, który cię oszukuje? W Danii masz prawa w pracy.
    Niektóre rodzaje wykorzystywania są przestępstwem, nawet jeśli nie są handlem ludźmi.
    Możesz poprosić o pomoc CMM albo związek zawodowy.

rights = Twoje prawa w pracy
    .p1 = CMM ma stronę dla pracowników. Jest tam napisane:
    .list1 =
        - Pracodawca zawsze musi płacić wynagrodzenie, na które się umówiliście.
        - W Danii nie ma płacy minimalnej ustalonej w ustawie. Płace ustalają umowy między związkami zawodowymi a pracodawcami (układy zbiorowe).
        - Prawo obejmuje bezpieczeństwo i higienę pracy, urlop, wynagrodzenie w czasie choroby, równe traktowanie i równą płacę.
        - Jeśli firma ma układ zbiorowy, masz takie same prawa jak duńscy koledzy, którzy wykonują tę samą pracę.
        - Masz prawo zapisać się do związku zawodowego, ale nie musisz. Pracodawca nie może ci kazać zapisać się do konkretnego związku.
        - Duńskie przepisy o bezpieczeństwie i higienie pracy dotyczą każdego, kto pracuje w Danii, nawet przy krótkiej pracy. Pracodawca musi zadbać, żeby twoja praca była bezpieczna i zdrowa.
        - Jeśli pracujesz więcej niż 8 godzin tygodniowo, musisz dostać umowę na piśmie, najpóźniej miesiąc po rozpoczęciu pracy.
    .p2 = Jeśli pracodawca ma układ zbiorowy, dotyczy on wszystkich pracowników, niezależnie od tego, czy należą do związku zawodowego.
    .important = Pracodawca, który nie należy do organizacji pracodawców, może nie być związany układem zbiorowym i może sam ustalać warunki. Związki zawodowe radzą pracownikom z zagranicy, żeby to sprawdzili.

crime = Kiedy wykorzystywanie jest przestępstwem
    .p1 = Od 1 czerwca 2022 roku w duńskim prawie jest przestępstwo o nazwie „menneskeudnyttelse” (wykorzystywanie człowieka). Jest w Kodeksie karnym, § 262 b.
    .p2 = Oznacza ono: zwerbować kogoś albo dać mu miejsce do mieszkania po to, żeby pracował w rażąco nieuczciwych warunkach, wykorzystując jego trudności albo to, że jest od kogoś zależny. Kara może wynosić do 6 lat więzienia.
    .p3 = To może być przestępstwo, nawet jeśli nie jest handlem ludźmi. Handel ludźmi (§ 262 a) obejmuje pracę przymusową, a kara może wynosić do 10 lat więzienia.
    .p4 = Przepisy o adwokacie dla ofiary w sprawie karnej (bistandsadvokat) obejmują też to przestępstwo. Zapytaj CMM, czy możesz dostać takiego adwokata i jak.

forced = Kiedy może to być praca przymusowa
    .p1 = Związek zawodowy 3F mówi, że to są znaki pracy przymusowej:
    .list1 =
        - Szef zabiera ci dowód osobisty albo paszport.
        - Szef używa przemocy albo grozi, że jej użyje.
        - Szef każe ci pracować, żeby spłacić dług.
        - Szef płaci ci jedzeniem i miejscem do spania zamiast pieniędzmi.
    .p2 = 3F radzi ofiarom i osobom, które znają ofiarę, żeby dzwoniły do CMM. Więcej znaków znajdziesz w temacie „Czy ktoś mnie wykorzystuje?”.
    .action = { CALL("cmm-hotline") }
    .p3 = W Danii pracę przymusową wykryto w transporcie, sprzątaniu, budownictwie, restauracjach i przy roznoszeniu gazet.

union = Związek zawodowy może pomóc
    .p1 = 3F mówi o sobie, że jest największym związkiem zawodowym w Danii. Mówi:
    .list1 =
        - Jeśli dostajesz mniejszą płacę albo masz gorsze warunki niż duńscy pracownicy, skontaktuj się z lokalnym związkiem.
        - Na duńskim rynku pracy nie wolno traktować ludzi inaczej z powodu tego, skąd pochodzą.
        - Związek wie, jaka płaca ci się należy, a jego eksperci pomogą ci odzyskać pieniądze, jeśli cię oszukano.
    .action = { WEB("union-3f") }
    .p2 = Jeśli pracodawca łamie układ zbiorowy, sprawa może trafić do Sądu Pracy albo do arbitrażu pracowniczego.

inspections = Urząd Środowiska Pracy
    .p1 = Duński Urząd Środowiska Pracy (Arbejdstilsynet) kontroluje wszystkie firmy, które pracują w Danii, także firmy zagraniczne. Jego wizyty często nie są zapowiadane. Sprawdza też, czy firmy zagraniczne są wpisane do duńskiego rejestru zagranicznych usługodawców (RUT).
    .p2 = Nie sprawdza twojej płacy ani twoich warunków pracy. Te ustalają układy zbiorowe.
    .important = Urząd Środowiska Pracy, urząd skarbowy i policja czasem prowadzą kontrole w miejscach pracy razem. Wtedy policja sprawdza między innymi, czy pracownicy z zagranicy mają zezwolenie na pracę lub pobyt. Jeśli nie masz dokumentów, to nie jest bezpieczny ani poufny sposób, żeby dostać pomoc. Przeczytaj temat „Nie masz dokumentów? Boisz się policji?”.

get-help = Od czego zacząć
    .p1 = Zadzwoń do CMM, jeśli myślisz, że ktoś cię wykorzystuje albo zmusza do pracy. Możesz rozmawiać bez podawania swojego imienia i nazwiska.
    .action = { CALL("cmm-hotline") }
    .p2 = Z pytaniami o płacę i warunki pracy zwróć się do związku zawodowego, na przykład do 3F.
    .p3 = Jeśli grozi ci teraz niebezpieczeństwo, zadzwoń pod { CALL("emergency") }.
