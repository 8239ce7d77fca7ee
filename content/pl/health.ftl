title = Opieka zdrowotna
summary = Przy ciężkiej chorobie lub poważnych obrażeniach zadzwoń pod { CALL("emergency") }.
    Ofiary mogą dostać dodatkową opiekę zdrowotną w okresie na zastanowienie się.
    Osoby bez dokumentów mogą dostać bezpłatną pomoc w przychodniach Czerwonego Krzyża.

emergency-care = Przy ciężkiej chorobie lub poważnych obrażeniach
    .p1 = Zadzwoń pod { CALL("emergency") }. Połączenie jest bezpłatne.
    .action = { CALL("emergency") }
    .p2 = Jeśli nie masz zezwolenia na pobyt w Danii, publiczna służba zdrowia daje ci tylko pomoc w nagłych wypadkach. To pracownik służby zdrowia decyduje, co jest nagłym wypadkiem.

reflection-care = Opieka zdrowotna w okresie na zastanowienie się
    .p1 = Jeśli zostanie uznane, że jesteś ofiarą handlu ludźmi, w okresie na zastanowienie się możesz korzystać z dodatkowej opieki zdrowotnej. Obejmuje ona pomoc lekarza i pomoc psychologa.
    .p2 = Twoja osoba kontaktowa z CMM może wyjaśnić, jaką pomoc możesz dostać.
    .action = { CALL("cmm-hotline") }

clinics = Bezpłatne przychodnie dla osób bez dokumentów
    .p1 = Duński Czerwony Krzyż prowadzi bezpłatne przychodnie dla osób, które mieszkają w Danii bez dokumentów. Chodzi o osoby bez żółtej karty zdrowia i bez numeru CPR, czyli duńskiego osobistego numeru identyfikacyjnego.
    .p2 = Przychodnie są w Kopenhadze, Aarhus i Odense. Mogą zaoferować:
    .list1 =
        - leczenie u lekarza
        - szczepienia dla dzieci
        - badania w czasie ciąży
        - fizjoterapię
        - pilną pomoc dentystyczną
        - rozmowy z psychologiem
    .p3 = Pomagają tłumacze wolontariusze.

find-a-clinic = Jak znaleźć przychodnię
    .p1 = Adresy przychodni nie są publiczne, żeby osoby bez dokumentów czuły się bezpiecznie.
    .p2 = Ludzie dowiadują się o nich od innych osób, od pracowników ulicznych (streetworkerów) i z ulotek.
    .p3 = Zapytaj organizację, której ufasz, albo zadzwoń na infolinię CMM.

outreach = Wizyty zdrowotne w salonach masażu
    .p1 = Organizacje AmiAmi i Reden International wysyłają zespoły medyczne do salonów masażu. Oferują rozmowy i badania zdrowia.
    .p2 = Mają też własne przychodnie.
    .important = Nie każda wizyta to wizyta zdrowotna. Policja i Duński Urząd Skarbowy też odwiedzają salony masażu, żeby je skontrolować i szukać oznak handlu ludźmi.
