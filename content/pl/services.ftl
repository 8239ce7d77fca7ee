emergency = Numer alarmowy
    .description = Przy zagrożeniu życia, poważnym przestępstwie, pożarze albo chorobie lub obrażeniach zagrażających życiu. Połączenie jest bezpłatne, nawet gdy na telefonie nie ma środków. Każde połączenie jest nagrywane.

police = Policja (sprawy niepilne)
    .description = W sprawach, które nie są pilne: żeby zgłosić przestępstwo, przy którym policja nie jest potrzebna od razu, zapytać o swoją sprawę albo przekazać policji informacje. Połączenia są nagrywane.

cmm-hotline = Duńskie Centrum przeciwko Handlowi Ludźmi (CMM)
    .description = Krajowe centrum, które pomaga osobom, które mogą być ofiarami handlu ludźmi. Decyduje, czy osoby przebywające w Danii legalnie są ofiarami. Każdej ofierze daje osobę kontaktową i załatwia bezpieczne miejsce do mieszkania, wsparcie i pomoc w powrocie do domu. CMM ściśle współpracuje z policją: zgłasza policji sprawy bez nazwisk. Nie jest potwierdzone, czy telefon na infolinię jest bezpłatny ani w jakich godzinach infolinia działa.

reden-international = Reden International
    .description = Organizacja, która prowadzi dwa schroniska dla kobiet będących ofiarami handlu ludźmi. Adresy są tajne. Prowadzi też Mødestedet, otwarty punkt w Kopenhadze dla kobiet z innych krajów, które sprzedają seks. Oferuje też pomoc zdrowotną.
    .access = Kontakt przez infolinię CMM.

hopenow = HopeNow
    .description = Organizacja, która pomaga osobom, które były ofiarami handlu ludźmi. Udziela porad, prowadzi terapię i doradztwo prawne. Może pójść z tobą do sądu, na policję, do adwokatów i do szpitala. Pracuje też z mężczyznami.
    .access = Wejdź na ich stronę internetową albo zapytaj na infolinii CMM.

amiami = AmiAmi
    .description = Organizacja, która odwiedza kobiety i osoby transpłciowe sprzedające seks. Oferuje rozmowy i badania zdrowia.
    .access = Nie ma potwierdzonych danych kontaktowych. Zapytaj na infolinii CMM.

red-cross-clinic = Przychodnia Czerwonego Krzyża
    .description = Bezpłatna opieka zdrowotna dla osób bez dokumentów, w Kopenhadze, Aarhus i Odense. Adresy nie są publiczne, żeby ludzie byli bezpieczni.
    .access = Zapytaj organizację albo pracownika ulicznego (streetworkera), któremu ufasz, albo zapytaj na infolinii CMM.

red-cross-asylum = Duński Czerwony Krzyż w ośrodkach dla osób starających się o azyl
    .description = Sprawdza wszystkie dzieci, które przyjechały do Danii same i mieszkają w ośrodku dla osób starających się o azyl. Szuka u nich oznak handlu ludźmi.
    .access = Zapytaj pracowników swojego ośrodka dla osób starających się o azyl.

danish-refugee-council = Duńska Rada ds. Uchodźców (Dansk Flygtningehjælp)
    .description = Pomaga osobom, które wracają do domu w ramach przygotowanego powrotu. Robi to razem z organizacjami partnerskimi w ich kraju.
    .access = Twoja osoba kontaktowa z CMM załatwi to razem z tobą.

return-agency = Duńska Agencja ds. Powrotów (Hjemrejsestyrelsen)
    .description = Organizuje podróż do domu w ramach przygotowanego powrotu: dokumenty podróży, bilety i pomoc na lotniskach.
    .access = Twoja osoba kontaktowa z CMM załatwi to razem z tobą.

compensation-board = Komisja Odszkodowań dla Ofiar Przestępstw (Erstatningsnævnet)
    .description = Decyduje o pieniądzach od państwa dla osób skrzywdzonych przez przestępstwo. Wniosek składa się przez policję.
    .access = Złóż wniosek przez policję. Adwokat ofiary może pomóc z twoim żądaniem w sprawie sądowej.

prosecution-service = Prokuratura (Anklagemyndigheden)
    .description = Duńscy prokuratorzy publiczni. Na stronie internetowej prokuratury wyjaśniono, jak można chronić świadków w sądzie.
    .access = Zapytaj swojego adwokata albo policję.

union-3f = 3F (Zjednoczona Federacja Duńskich Pracowników)
    .description = Związek zawodowy. Mówi o sobie, że jest największym związkiem w Danii, że wie, jaka płaca ci się należy, i że pomaga odzyskać pieniądze, jeśli pracodawca cię oszukał. Ofiarom pracy przymusowej radzi dzwonić do CMM.
    .access = Skontaktuj się z lokalnym oddziałem 3F.

working-environment-authority = Duński Urząd Środowiska Pracy (Arbejdstilsynet)
    .description = Kontroluje wszystkie firmy, które pracują w Danii, także firmy zagraniczne. Nie sprawdza płac. Niektóre kontrole prowadzi razem z urzędem skarbowym i policją, a wtedy policja sprawdza zezwolenia na pracę i pobyt.
    .access = W tej aplikacji nie ma danych kontaktowych. Zapytaj CMM albo związek zawodowy.
