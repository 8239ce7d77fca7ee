title = Twoje prawa
summary = Jeśli jesteś ofiarą handlu ludźmi, Dania daje ci czas na odpoczynek i na otrzymanie pomocy.
    Możesz dostać bezpieczne miejsce do mieszkania, opiekę zdrowotną, pomoc prawną i własnego adwokata.

reflection = Czas na odpoczynek i powrót do sił
    .p1 = Kiedy władze uznają, że jesteś ofiarą handlu ludźmi, proponują ci 30 dni na odpoczynek i powrót do sił. Nazywa się to okresem na zastanowienie się. Ten czas pozwala ci odejść od ludzi, którzy cię wykorzystują, i poczuć się lepiej.
    .p2 = Ten okres może być dłuższy, do 120 dni, jeśli razem z władzami planujesz dobrowolny powrót do domu.
    .p3 = Jeśli przebywasz w Danii legalnie, dostajesz podobny okres z taką samą pomocą.

support = Pomoc w tym czasie
    .p1 = W tym czasie możesz dostać:
    .list1 =
        - bezpieczne miejsce do mieszkania, z posiłkami
        - pomoc lekarza
        - pomoc psychologa
        - pomoc prawną
        - zajęcia i naukę
        - pomoc w kontakcie z organizacjami w twoim kraju, jeśli chcesz
    .p2 = Dostajesz też osobę kontaktową z CMM. Ta osoba wyjaśnia, jaką pomoc możesz dostać. Współpracuje też w twoim imieniu z innymi, na przykład z urzędem imigracyjnym, adwokatami, policją i Czerwonym Krzyżem.

lawyer = Własny adwokat za darmo
    .p1 = Jako ofiara handlu ludźmi możesz dostać własnego adwokata. Po duńsku taki adwokat nazywa się „bistandsadvokat”, czyli adwokat ofiary. Płaci za niego państwo.
    .p2 = Poproś policję o adwokata ofiary. Potem sąd wybiera adwokata. Możesz poprosić o konkretnego adwokata. CMM też może pomóc ci znaleźć adwokata.
    .list1 =
        - Adwokat doradza ci, kiedy policja prowadzi śledztwo.
        - Adwokat może pójść z tobą, kiedy policja z tobą rozmawia.
        - Adwokat wyjaśnia, jak wygląda proces w sądzie.
        - Adwokat może pójść z tobą, kiedy mówisz w sądzie.
        - Adwokat może przygotować twój wniosek o pieniądze i przedstawić go w sprawie sądowej.
    .p3 = Jeśli to ciebie oskarżono o przestępstwo, masz prawo do obrońcy.

compensation = Pieniądze za krzywdę, którą ci wyrządzono
    .p1 = Jeśli przestępstwo zraniło twoje ciało lub psychikę, możesz poprosić duńskie państwo o pieniądze. Te pieniądze nazywają się odszkodowaniem. Decyzję podejmuje Komisja Odszkodowań dla Ofiar Przestępstw (Erstatningsnævnet).
    .p2 = Najważniejsze zasady:
    .list1 =
        - Zwykle przestępstwo trzeba zgłosić na policję w ciągu 72 godzin.
        - Jeśli jest sprawa w sądzie, musisz poprosić o odszkodowanie w tej sprawie.
        - Musisz złożyć wniosek w ciągu 2 lat. Te 2 lata liczy się od przestępstwa, od ostatecznego wyroku albo od dnia, w którym policja zamknęła sprawę.
    .p3 = Wniosek składasz przez policję. Policja wysyła go do Komisji. Twój adwokat może ci pomóc.
    .p4 = Odszkodowanie może pokryć leczenie, utracone zarobki, ból i cierpienie oraz trwały uszczerbek na zdrowiu. Komisja zwykle decyduje po zakończeniu sprawy w sądzie.

residence = Czy mogę zostać w Danii?
    .p1 = Samo to, że jesteś ofiarą handlu ludźmi, nie wystarczy, żeby dostać zezwolenie na pobyt w Danii. Może to być jedna z części wniosku o azyl. W przeszłości azyl dostało bardzo mało ofiar.
    .p2 = Prawo pozwala dać zezwolenie na pobyt osobie, która jest potrzebna w śledztwie policji lub w sprawie sądowej. Zezwolenie kończy się, kiedy kończy się sprawa. Takie zezwolenie daje się bardzo rzadko.
    .p3 = Zezwolenie na pobyt ze względów humanitarnych daje się tylko w rzadkich, wyjątkowych sytuacjach.
    .important = Zapytaj swojego adwokata albo swoją osobę kontaktową z CMM, co to oznacza dla ciebie.

return = Bezpieczny powrót do domu
    .p1 = Możesz dostać pomoc w powrocie do swojego kraju albo do innego kraju, w którym masz zezwolenie na pobyt. Nazywa się to przygotowanym powrotem. Jest on dobrowolny.
    .p2 = Dostajesz tę pomoc, nawet jeśli nie współpracujesz z policją ani nie mówisz w sądzie.
    .p3 = Powrót planuje się razem z tobą w okresie na zastanowienie się. Po przyjeździe możesz dostawać wsparcie przez około sześć miesięcy. Może ono obejmować:
    .list1 =
        - pieniądze co miesiąc
        - pomoc w sprawie mieszkania
        - pomoc w rozpoczęciu pracy zarobkowej, na przykład małego sklepu albo zakładu fryzjerskiego
        - pomoc medyczną
        - szkołę lub naukę, także dla twoich dzieci
    .p4 = Przed wyjazdem twoja osoba kontaktowa sprawdza razem z tobą, co może ci zagrażać. Informacje o tym, czego potrzebujesz dla bezpieczeństwa, trafiają do organizacji partnerskiej w twoim kraju.
