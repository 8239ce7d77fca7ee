title = Czy to mnie spotyka?
summary = Kilka pytań o znaki wykorzystywania. Odpowiedz: tak, nie albo nie mam pewności.
intro = Każde pytanie dotyczy jednego znaku. Twoje odpowiedzi zostają na tym ekranie: nie są zapisywane ani wysyłane i znikają, gdy stąd wyjdziesz.

documents = Czy ktoś zabrał ci paszport lub dowód osobisty?
debt = Czy masz dług u osoby, która cię tu przywiozła albo znalazła ci pracę?
pay = Czy ktoś zatrzymuje twoją wypłatę albo czy jest ona dużo niższa, niż ci obiecano?
deceived = Czy okłamano cię w sprawie pracy, wypłaty albo miejsca?
threats = Czy ktoś grozi tobie lub twojej rodzinie?
violence = Czy ktoś cię uderzył, zrobił ci krzywdę albo zmusił cię do seksu?
not-free = Czy nie możesz swobodnie odejść albo iść, gdzie chcesz?
watched = Czy ktoś cię pilnuje, na przykład przez GPS w twoim telefonie albo kamerami?
doctor = Czy ktoś nie pozwala ci iść do lekarza ani do szpitala, kiedy odniesiesz obrażenia albo zachorujesz?
digital-id = Czy ktoś inny kontroluje twój MitID lub NemID, czyli duński cyfrowy identyfikator?
sex-money = Czy ktoś inny decyduje, jakie usługi seksualne sprzedajesz, ilu masz klientów albo ile pieniędzy zatrzymujesz?
forced-crime = Czy ktoś zmusza cię do kradzieży, sprzedawania narkotyków albo żebrania?

result = { $count ->
    [0] Żaden z { $total } znaków nie ma odpowiedzi „tak”.
    [one] Jeden z { $total } znaków ma odpowiedź „tak”.
    [few] { $count } z { $total } znaków mają odpowiedź „tak”.
    [many] { $count } z { $total } znaków ma odpowiedź „tak”.
   *[other] { $count } z { $total } znaków ma odpowiedź „tak”.
}
unsure = { $unsure ->
    [one] Jedno pytanie ma odpowiedź „nie mam pewności”.
    [few] { $unsure } pytania mają odpowiedź „nie mam pewności”.
    [many] { $unsure } pytań ma odpowiedź „nie mam pewności”.
   *[other] { $unsure } pytania ma odpowiedź „nie mam pewności”.
}

help = Co to oznacza
    .p1 = To nie jest test i nie może powiedzieć, co się z tobą dzieje. Jeden znak sam w sobie nie jest dowodem. Kilka znaków razem to poważne ostrzeżenie.
    .p2 = Możesz porozmawiać z infolinią CMM o swojej sytuacji bez podawania imienia i nazwiska. Możesz też zadzwonić w sprawie kogoś innego.
    .action1 = { CALL("cmm-hotline") }
    .p3 = Jeśli grozi ci teraz niebezpieczeństwo, zadzwoń pod numer alarmowy.
    .action2 = { CALL("emergency") }
