title = Czy ktoś mnie wykorzystuje?
summary = Niektóre znaki pokazują, że ktoś jest wykorzystywany albo zmuszany do pracy.
    Jeden znak może niczego nie dowodzić. Kilka znaków razem to poważne ostrzeżenie.
    Jeśli to wygląda jak twoja sytuacja, zadzwoń do CMM.

warning-signs = Znaki ostrzegawcze
    .p1 = Duńskie Centrum przeciwko Handlowi Ludźmi (CMM) podaje takie znaki ostrzegawcze:
    .list1 =
        - Ktoś zabrał ci paszport lub dowód osobisty.
        - Masz dług u osoby, która cię tu przywiozła albo znalazła ci pracę.
        - Ktoś zatrzymuje twoją wypłatę albo jest ona dużo niższa, niż ci obiecano.
        - Nie masz umowy albo umowa jest w języku, którego nie rozumiesz.
        - Ktoś grozi tobie lub twojej rodzinie.
        - Nie masz kontroli nad swoim MitID lub NemID, czyli duńskim cyfrowym identyfikatorem.

more-signs = Inne znaki pracy przymusowej
    .p1 = Międzynarodowa Organizacja Pracy (MOP) podaje więcej znaków:
    .list1 =
        - Okłamano cię w sprawie pracy, wypłaty albo miejsca.
        - Nie możesz swobodnie odejść albo nie możesz iść, gdzie chcesz.
        - Ktoś trzyma cię z dala od innych ludzi.
        - Ktoś cię bije, robi ci krzywdę albo zmusza cię do seksu.
        - Musisz pracować bardzo wiele godzin.
        - Warunki tam, gdzie pracujesz lub mieszkasz, są bardzo złe.
        - Ktoś wykorzystuje twoją trudną sytuację przeciwko tobie.

what-it-means = Co oznaczają te znaki
    .p1 = Jeden znak może nie dowodzić, że ktoś zmusza cię do pracy.
    .p2 = Ale kilka znaków razem mocno wskazuje na pracę przymusową.
    .important = Możesz dostać pomoc, żeby odejść, i wsparcie od duńskiego państwa.

next-step = Co zrobić dalej
    .p1 = Zadzwoń na infolinię CMM. Możesz opowiedzieć o swojej sytuacji bez podawania imienia.
    .action = { CALL("cmm-hotline") }
    .p2 = Myślisz, że ktoś inny jest wykorzystywany? W sprawie tej osoby też możesz zadzwonić do CMM.
    .p3 = Jeśli grozi ci teraz niebezpieczeństwo, zadzwoń pod { CALL("emergency") }.
