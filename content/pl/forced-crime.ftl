title = Zmuszanie do żebrania lub przestępstw
summary = Zmuszanie do żebrania, kradzieży, sprzedawania narkotyków albo innych przestępstw może być handlem ludźmi.
    Możesz się bać, że zostaniesz ukarany lub ukarana. Ta strona uczciwie mówi, co wiadomo.
    Możesz zadzwonić do CMM bez podawania swojego imienia i nazwiska.

what-it-is = Czym jest zmuszanie do przestępstw
    .p1 = W Danii prawo przeciwko handlowi ludźmi obejmuje też osoby wykorzystywane do popełniania przestępstw.
    .p2 = Żebranie też może być handlem ludźmi. Duński rząd wymienił żebranie, kradzieże kieszonkowe i sprzedawanie narkotyków wśród obszarów, w których może dochodzić do handlu ludźmi. Powiedział też, że chciał, żeby nowy plan przeciwko handlowi ludźmi skupiał się na żebraniu i na dzieciach.
    .p3 = CMM spotkało osoby, które zmuszano do:
    .list1 =
        - kradzieży albo włamań do domów
        - przewożenia lub sprzedawania narkotyków
        - uprawy konopi (marihuany)
        - oszukiwania urzędu skarbowego przy prowadzeniu sklepu
    .p4 = Czasem handlarze ludźmi używają czyjegoś nazwiska i dokumentów, żeby oszukiwać firmy i urząd skarbowy. W jednej sprawie biednych ludzi z Rumunii przywieziono do Danii z fałszywymi ofertami pracy, a ich nazwisk użyto do oszustw. Handlarzy uznano za winnych handlu ludźmi.

who = Kogo to spotyka
    .p1 = CMM opisuje grupę chłopców i młodych mężczyzn z Afryki Północnej. Gangi wykorzystują ich do kradzieży, włamań do domów oraz przewożenia i sprzedawania narkotyków.
    .list1 =
        - Niektórych krzywdzono, wykorzystywano seksualnie albo im grożono, także bronią.
        - Wiedzą, że odmowa wobec gangu może mieć poważne skutki.
        - Gang może wiedzieć, gdzie mieszka ich rodzina w ich kraju.
        - Wielu przyjechało do Danii samotnie jako dzieci i starało się o azyl.
    .p2 = Wykorzystywani mogą być też dorośli mężczyźni. Na przykład mężczyzn z Wietnamu wykorzystywano do uprawy konopi.

punished = Czy zostanę ukarany lub ukarana za to, do czego mnie zmuszono?
    .p1 = Nie możemy obiecać, że nie zostaniesz ukarany lub ukarana. Oto co wiadomo:
    .list1 =
        - Raporty USA z 2021 i 2022 roku mówią, że w duńskim prawie nie było jasnego przepisu, który chroni ofiary przed karą za przestępstwa, do których je zmuszono.
        - Te same raporty mówią, że niektóre urzędy oskarżały ofiary przed sądem o takie przestępstwa, także dzieci.
        - W 2024 roku CMM powiedziało, że chłopcy z Afryki Północnej, których zmusza się do przestępstw, często nie są uznawani za ofiary. Zamiast tego trafiają do więzienia i są wydalani z Danii.
        - Prokuratorzy mogą wycofać zarzuty za mniej poważne przestępstwa, które ofiara popełniła w ramach handlu ludźmi. Wtedy ofiara może też uniknąć wydalenia z kraju.
        - Jeśli toczy się przeciwko tobie proces karny, sąd może uznać, że jesteś ofiarą handlu ludźmi.
    .important = Wycofanie zarzutów jest możliwe tylko wtedy, gdy wiadomo, że jesteś ofiarą handlu ludźmi. Powiedz swojemu adwokatowi i władzom, co ci się stało.
    .p2 = Jeśli postawiono ci zarzut przestępstwa, masz prawo do obrońcy.
    .p3 = Możesz zostać zatrzymany lub zatrzymana. Raporty USA z lat 2018–2020 mówią, że urzędnicy mogli zatrzymać możliwe ofiary na 72 godziny, a w razie potrzeby dłużej.
    .p4 = Od czasu tych raportów przepisy mogły się zmienić. Są też wytyczne dla prokuratorów o stawianiu zarzutów ofiarom, a ta aplikacja nie wie, co w nich dziś jest. Zapytaj CMM albo adwokata, jakie są przepisy teraz.

afraid = Jeśli boisz się powiedzieć
    .p1 = Wiele osób w takiej sytuacji bardzo boi się opowiedzieć swoją historię, bo gang im grozi.
    .p2 = Organizacja HopeNow mówi, że z wieloma możliwymi ofiarami postępuje się jak z przestępcami i trzyma się je w więzieniu, dopóki nie zostaną uznane za ofiary. Dlatego wiele osób unika policji.
    .p3 = Możesz najpierw zadzwonić do CMM i zadać pytania bez podawania swojego imienia i nazwiska. Pomoc od CMM nie zależy od tego, czy zgłosisz się na policję.
    .action = { CALL("cmm-hotline") }

get-help = Gdzie szukać pomocy
    .p1 = HopeNow pracuje też z mężczyznami, których wykorzystywano do przestępstw.
    .action = { WEB("hopenow") }
    .p2 = Jeśli masz mniej niż 18 lat, przeczytaj temat „Jeśli masz mniej niż 18 lat”.
    .p3 = Jeśli grozi ci teraz niebezpieczeństwo, zadzwoń pod { CALL("emergency") }.
