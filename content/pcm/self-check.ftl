title = Dis thing dey happen to me?
summary = Some questions about di signs say dem dey use person (exploitation). Answer yes, no or "I no sure".
intro = Every question dey ask about one sign. Your answers dey stay for dis screen: we no dey save or send dem, and dem go disappear when you comot.

documents = Somebody don take your passport or your ID card?
debt = You owe money to di person wey bring you come here or wey find di work for you?
pay = Dem dey hold your pay, or di pay small well well pass wetin dem promise you?
deceived = Dem lie to you about di work, di pay or di place?
threats = Somebody dey threaten you or your family?
violence = Somebody don beat you, wound you, or force you to have sex?
not-free = You no free to comot, or to go where you want?
watched = Dem dey watch you, for example with GPS for your phone or with cameras?
doctor = Dem dey stop you to see doctor or go hospital when you wound or you sick?
digital-id = Another person dey control your MitID or NemID, your Danish digital ID?
sex-money = Na another person dey decide which kind sex you go sell, how many customers you go see, or how much of di money you go keep?
forced-crime = Somebody dey make you steal, sell drugs or beg?

result = { $count ->
    [0] You no answer yes for any of di { $total } signs.
    [one] You answer yes for one of di { $total } signs.
   *[other] You answer yes for { $count } of di { $total } signs.
}
unsure = { $unsure ->
    [one] You no sure about one question.
   *[other] You no sure about { $unsure } questions.
}

help = Wetin dis one mean
    .p1 = Dis one no be test, and e no fit talk wetin dey happen to you. One sign alone no be proof. Plenty signs together na strong warning.
    .p2 = You fit talk to di CMM hotline about your matter without you give your name. You fit also call about another person.
    .action1 = { CALL("cmm-hotline") }
    .p3 = If you dey for danger now, call di emergency number.
    .action2 = { CALL("emergency") }
