title = Is this happening to me?
summary = A few questions about the signs of exploitation. Answer yes, no or not sure.
intro = Each question asks about one sign. Your answers stay on this screen: they are not saved or sent, and they are gone when you leave.

documents = Has someone taken your passport or ID card?
debt = Do you owe money to the person who brought you here or found you the job?
pay = Is your pay held back, or is it much lower than you were promised?
deceived = Were you lied to about the job, the pay or the place?
threats = Does someone threaten you or your family?
violence = Has someone hit you, hurt you, or forced you to have sex?
not-free = Are you not free to leave, or to go where you want?
watched = Are you watched, for example through GPS on your phone or with cameras?
doctor = Are you stopped from seeing a doctor or going to hospital when you are hurt or ill?
digital-id = Does someone else control your MitID or NemID, your Danish digital ID?
sex-money = Does someone else decide what sex you sell, how many clients you see, or how much of the money you keep?
forced-crime = Does someone make you steal, sell drugs or beg?

result = { $count ->
    [0] You said yes to none of the { $total } signs.
    [one] You said yes to one of the { $total } signs.
   *[other] You said yes to { $count } of the { $total } signs.
}
unsure = { $unsure ->
    [one] You were not sure about one question.
   *[other] You were not sure about { $unsure } questions.
}

help = What this means
    .p1 = This is not a test, and it cannot say what is happening to you. One sign alone is not proof. Several signs together are a strong warning.
    .p2 = You can talk to the CMM hotline about your situation without giving your name. You can also call about someone else.
    .action1 = { CALL("cmm-hotline") }
    .p3 = If you are in danger now, call the emergency number.
    .action2 = { CALL("emergency") }
