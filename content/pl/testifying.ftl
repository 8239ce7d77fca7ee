title = Bycie świadkiem
summary = To, co powiesz policji i sądowi, może pomóc powstrzymać ludzi, którzy cię wykorzystywali.
    Są sposoby, żeby chronić cię w sądzie.
    Możesz dostać pomoc, nawet jeśli nie będziesz zeznawać.

what-it-is = Co znaczy zeznawać
    .p1 = Zeznawać to znaczy powiedzieć policji i sądowi, co ci się stało. Wtedy jesteś świadkiem.
    .p2 = Handel ludźmi to w Danii poważne przestępstwo. Kara może wynosić do 10 lat więzienia.
    .p3 = W takich sprawach to, co mówi ofiara, jest często najważniejszym dowodem. Czasem jest to jedyny dowód.

steps = Od zgłoszenia na policji do sądu
    .p1 = Zwykle wygląda to tak:
    .list1 =
        - Mówisz policji, co się stało. To się nazywa zawiadomieniem na policję.
        - Policja prowadzi śledztwo. Może znowu z tobą rozmawiać. Twój adwokat może pójść z tobą.
        - Jeśli jest sprawa w sądzie, mogą cię poprosić o zeznania w sądzie jako świadek.
        - W sądzie odpowiadasz na pytania o to, co się stało. Twój adwokat może pójść z tobą.
    .p2 = Twój adwokat ofiary może wyjaśnić każdy krok i to, jak wygląda proces w sądzie. Za tego adwokata płaci państwo.

protection = Jak można cię chronić
    .p1 = Specjalna pomoc w sądzie jest rzadko potrzebna. Jeśli jej potrzebujesz, twój adwokat lub prokurator zwykle może wcześniej ustalić to z sądem.
    .list1 =
        - Ktoś może na ciebie czekać, kiedy przyjdziesz do sądu.
        - Możesz czekać w osobnej poczekalni.
        - Jeśli poprosisz, sąd w niektórych sprawach może posadzić oskarżonego w miejscu, którego nie widzisz, kiedy mówisz.
        - W szczególnych sprawach sąd może kazać oskarżonemu wyjść z sali sądowej, kiedy mówisz.
        - Tylko gdy jest to naprawdę konieczne dla twojego bezpieczeństwa, sąd może ukryć przed oskarżonym twoje nazwisko, twoją pracę i twój adres.
    .p2 = W czasie śledztwa policja też może ukryć niektóre informacje przed podejrzanym, żeby cię chronić.
    .important = Jeśli ktoś ci grozi albo robi ci problemy, bo jesteś świadkiem, od razu powiedz o tym policji. Jeśli grozi ci niebezpieczeństwo, zadzwoń pod { CALL("emergency") }.

compensation = Jak poprosić o pieniądze w sprawie sądowej
    .p1 = Jeśli jest sprawa w sądzie przeciwko ludziom, którzy cię wykorzystywali, poproś o odszkodowanie w tej sprawie. Jeśli tego nie zrobisz, możesz później stracić prawo do odszkodowania od państwa.
    .p2 = Twój adwokat ofiary może przygotować twój wniosek i przedstawić go za ciebie w sprawie sądowej.

forced-crimes = Jeśli zmuszono cię do złamania prawa
    .p1 = Niektóre ofiary są zmuszane do popełniania przestępstw przez ludzi, którzy je wykorzystują.
    .p2 = W duńskim prawie nie było jasnego przepisu, który chroni ofiary przed karą za przestępstwa, do których je zmuszono.
    .p3 = Ale prokurator może wycofać zarzuty za mniej poważne przestępstwa, popełnione przez ciebie z powodu handlu ludźmi. Wtedy możesz też uniknąć wydalenia z Danii. Jest to możliwe tylko wtedy, gdy władze wiedzą, że jesteś ofiarą handlu ludźmi.
    .important = Powiedz swojemu adwokatowi, że jesteś ofiarą handlu ludźmi. Jeśli postawiono ci zarzut przestępstwa, masz prawo do obrońcy.

your-choice = Twoje wybory
    .p1 = Możesz dostać pomoc od CMM, nawet jeśli nie zgłosisz się na policję ani nie będziesz zeznawać. Pomoc w bezpiecznym powrocie do domu też od tego nie zależy.
    .important = Uwaga: CMM ściśle współpracuje z policją. Informuje policję o sprawach bez podawania nazwisk i zachęca ofiary do kontaktu z policją.
    .p2 = Wiele decyzji nadal należy do ciebie:
    .list1 =
        - czy weźmiesz udział w rozmowie z CMM
        - czy CMM przekaże dalej to, co mu powiesz
        - czy wrócisz do domu w ramach przygotowanego powrotu
        - czy poprosisz o ochronę w sądzie
        - o którego adwokata poprosisz
    .p3 = Zanim zdecydujesz, zapytaj swojego adwokata albo swoją osobę kontaktową z CMM.
