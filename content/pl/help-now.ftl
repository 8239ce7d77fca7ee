title = Uzyskaj pomoc teraz
summary = Jeśli grozi ci teraz niebezpieczeństwo, zadzwoń pod { CALL("emergency") }. To nic nie kosztuje.
    Po pomoc i radę zadzwoń do Duńskiego Centrum przeciwko Handlowi Ludźmi (CMM).

danger = Czy grozi ci teraz niebezpieczeństwo?
    .p1 = Zadzwoń pod { CALL("emergency") }, jeśli twoje życie jest w niebezpieczeństwie, jeśli dzieje się poważne przestępstwo albo jeśli ktoś jest ciężko ranny lub bardzo chory.
    .action = { CALL("emergency") }
    .p2 = Połączenie jest bezpłatne. Działa nawet wtedy, gdy na telefonie nie ma środków albo telefon jest zablokowany.
    .p3 = Powiedz, co się stało, gdzie jesteś i ile osób jest rannych.
    .important = Każde połączenie alarmowe jest nagrywane.

cmm = Zadzwoń do Duńskiego Centrum przeciwko Handlowi Ludźmi
    .p1 = Duńskie Centrum przeciwko Handlowi Ludźmi (CMM) jest częścią duńskiego państwa. Pomaga osobom, które mogą być ofiarami handlu ludźmi. Najłatwiej skontaktować się z CMM przez infolinię.
    .action = { CALL("cmm-hotline") }
    .p2 = Możesz też zadzwonić, jeśli myślisz, że ktoś inny jest wykorzystywany, albo jeśli chcesz tylko zapytać o radę.
    .p3 = Możesz też napisać na adres { EMAIL("cmm-hotline") }. Jeśli chcesz wysłać e-mailem prywatne informacje, najpierw powiedz o tym CMM.

first-talk = Co się dzieje, gdy rozmawiasz z CMM
    .p1 = Pierwsza rozmowa z CMM wygląda tak:
    .list1 =
        - Rozmowa może być anonimowa. Nie musisz mówić, kim jesteś.
        - Ty decydujesz, czy chcesz wziąć w niej udział.
        - CMM przekazuje dalej to, co mówisz, tylko jeśli się zgodzisz.
        - Możesz przyjść z osobą, której ufasz, żeby cię wspierała.
        - Często jest tłumacz, jeśli nie mówisz dobrze po duńsku ani po angielsku.
    .p2 = Rozmowa może odbyć się w CMM, w schronisku, w więzieniu, w ośrodku dla osób starających się o azyl albo tam, gdzie teraz mieszkasz.
    .p3 = Kiedy CMM sprawdza twoją sytuację, może zaproponować ci wsparcie i miejsce do mieszkania, jeśli tego potrzebujesz.

police-and-cmm = CMM i policja
    .p1 = Możesz dostać pomoc od CMM, nawet jeśli nie zgłosisz się na policję.
    .important = Uwaga: CMM ściśle współpracuje z policją. CMM informuje policję o sprawach bez podawania nazwisk i zachęca ofiary do kontaktu z policją.

not-urgent = Gdy sprawa nie jest pilna
    .p1 = Zadzwoń na policję pod numer { CALL("police") }, żeby zgłosić przestępstwo, przy którym policja nie jest potrzebna od razu, zapytać o swoją sprawę albo przekazać policji informacje.
    .action = { CALL("police") }
    .p2 = Jeśli masz w telefonie zagraniczną kartę SIM, wpisz przed numerem duński numer kierunkowy kraju.
    .p3 = Te połączenia też są nagrywane.
