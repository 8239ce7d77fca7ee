title = Czy ktoś mnie wykorzystuje?
summary = Niektóre znaki pokazują, że ktoś jest wykorzystywany: zmuszany do pracy, do sprzedawania seksu albo do popełniania przestępstw.
    Jeden znak sam w sobie może jeszcze tego nie dowodzić. Kilka znaków razem to poważne ostrzeżenie.
    Jeśli to wygląda jak twoja sytuacja, zadzwoń do CMM.

warning-signs = Znaki pracy przymusowej
    .p1 = Duńskie Centrum przeciwko Handlowi Ludźmi (CMM) podaje takie znaki ostrzegawcze:
    .list1 =
        - Ktoś zabrał ci paszport lub dowód osobisty.
        - Masz dług u osoby, która cię tu przywiozła albo znalazła ci pracę.
        - Ktoś zatrzymuje twoją wypłatę albo jest ona dużo niższa, niż ci obiecano.
        - Nie masz umowy albo umowa jest w języku, którego nie rozumiesz.
        - Naciskano na ciebie przy podpisywaniu umowy.
        - Ktoś grozi tobie lub twojej rodzinie.
        - Nie masz kontroli nad swoim MitID lub NemID, czyli duńskim cyfrowym identyfikatorem.
    .p2 = CMM podaje też takie znaki:
    .list2 =
        - Musisz pracować wiele godzin, więcej, niż mówi twoja umowa.
        - Praca jest niezdrowa albo niebezpieczna.
        - Duża część twojej wypłaty wraca do pracodawcy albo jest potrącana z wypłaty.
        - Mieszkasz w złych warunkach: bez prywatności, bez czystej toalety lub miejsca do mycia albo w miejscu pracy.
        - Pracodawca mówi, że zwolni cię bez zapłaty albo zgłosi cię władzom, jeśli się poskarżysz albo porozmawiasz ze związkiem zawodowym, na przykład z 3F.
        - Pracodawca chce mówić za ciebie z urzędami albo z bankiem.
        - Ktoś cię pilnuje, na przykład przez GPS w twoim telefonie albo kamerami.
        - Nie wolno ci iść do lekarza ani do szpitala, kiedy odniesiesz obrażenia albo zachorujesz.

more-signs = Inne znaki pracy przymusowej
    .p1 = Międzynarodowa Organizacja Pracy (MOP) ma listę znaków pracy przymusowej. Są na niej też takie:
    .list1 =
        - Okłamano cię w sprawie pracy, wypłaty albo miejsca.
        - Nie możesz swobodnie odejść albo nie możesz iść, gdzie chcesz.
        - Ktoś trzyma cię z dala od innych ludzi.
        - Ktoś cię bije, robi ci krzywdę albo zmusza cię do seksu.
        - Musisz pracować bardzo wiele godzin.
        - Warunki tam, gdzie pracujesz lub mieszkasz, są bardzo złe.
        - Ktoś wykorzystuje twoją trudną sytuację przeciwko tobie.

what-it-means = Co oznaczają znaki pracy przymusowej
    .p1 = Jeden znak może nie dowodzić, że ktoś zmusza cię do pracy.
    .p2 = Ale kilka znaków razem mocno wskazuje na pracę przymusową.
    .important = CMM mówi, że możesz dostać pomoc, żeby odejść, i wsparcie od duńskiego państwa.

sexual-signs = Znaki wykorzystywania seksualnego
    .p1 = W Danii najczęściej wykrywaną formą handlu ludźmi jest wykorzystywanie seksualne: ludzie są zmuszani do sprzedawania seksu, na przykład w prostytucji.
    .p2 = Nie każdy jest zamykany albo bity. Kontrola jest często cicha i trudna do zauważenia. Organizacje, które pomagają kobietom w prostytucji, i Duński Urząd Imigracyjny opisują takie znaki:
    .list1 =
        - Nie ty decydujesz, jakie usługi seksualne sprzedajesz, ilu masz klientów ani ile pieniędzy zatrzymujesz.
        - Pieniądze trafiają od razu do kogoś innego.
        - Masz duży dług za podróż, wizę albo inne koszty. Ten dług jest wymyślony, a spłacanie go może trwać latami.
        - Ktoś inny zaplanował twoją podróż i za nią zapłacił, a może też jechał z tobą.
        - Ktoś zamyka cię w mieszkaniu albo trzyma cię w domu daleko od innych ludzi.
        - Zmuszono cię do złożenia przysięgi, na przykład przysięgi „ju-ju”.
        - Ktoś grozi twojej rodzinie w twoim kraju.
    .p3 = HopeNow, jedna z tych organizacji, mówi, że takie długi często zaczynają się od 60 000 euro albo więcej.

crime-signs = Znaki zmuszania do przestępstw
    .p1 = Ludzie mogą też być ofiarami handlu ludźmi po to, żeby popełniali przestępstwa albo żebrali. CMM i duński rząd opisują takie sprawy:
    .list1 =
        - Ktoś zmusza cię do kradzieży, włamań do domów albo do przewożenia lub sprzedawania narkotyków.
        - Ktoś zmusza cię do uprawy konopi (marihuany).
        - Ktoś zmusza cię do żebrania albo do kradzieży kieszonkowych.
        - Ktoś używa twojego nazwiska albo twoich dokumentów, żeby oszukiwać firmy albo urząd skarbowy.
        - Grożą ci, może nawet bronią. Wiesz, że odmowa wobec gangu może mieć poważne skutki.
        - Ludzie, którzy za tym stoją, wiedzą, gdzie mieszka twoja rodzina w twoim kraju.
        - Bardzo boisz się komukolwiek powiedzieć, co się z tobą dzieje.
    .p2 = Więcej przeczytasz w temacie „Zmuszanie do żebrania lub przestępstw”.

common-signs = Znaki we wszystkich formach handlu ludźmi
    .p1 = CMM mówi, że te rzeczy często powtarzają się w sprawach handlu ludźmi:
    .list1 =
        - Bardzo chcesz zarabiać pieniądze, żeby poprawić życie swoje i swojej rodziny.
        - Wyglądasz na osobę zastraszoną i przestraszoną.
        - Czujesz, że nie masz innego wyboru ani innego sposobu, żeby spłacić dług.
        - Nie ufasz organizacjom pomocowym ani władzom i boisz się kontaktu z nimi.
        - Nie wiesz, gdzie szukać pomocy.

next-step = Co zrobić dalej
    .p1 = Zadzwoń na infolinię CMM. Możesz opowiedzieć o swojej sytuacji bez podawania imienia i nazwiska.
    .action = { CALL("cmm-hotline") }
    .p2 = Myślisz, że ktoś inny jest wykorzystywany? W sprawie tej osoby też możesz zadzwonić do CMM.
    .p3 = Jeśli grozi ci teraz niebezpieczeństwo, zadzwoń pod { CALL("emergency") }.
