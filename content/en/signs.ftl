title = Am I being exploited?
summary = Some signs show that a person is being exploited or forced to work.
    One sign alone may not prove it. Several signs together are a strong warning.
    If this sounds like you, call CMM.

warning-signs = Warning signs
    .p1 = The Danish Centre against Human Trafficking (CMM) lists these warning signs:
    .list1 =
        - Someone has taken your passport or ID card.
        - You owe money to the person who brought you here or found you the job.
        - Your pay is held back, or it is much lower than you were promised.
        - You have no contract, or the contract is in a language you do not understand.
        - Someone threatens you or your family.
        - You have no control over your MitID or NemID, your Danish digital ID.

more-signs = Other signs of forced work
    .p1 = The International Labour Organization (ILO) lists more signs:
    .list1 =
        - You were lied to about the job, the pay or the place.
        - You are not free to leave, or you cannot go where you want.
        - You are kept away from other people.
        - Someone hits you, hurts you, or forces you to have sex.
        - You have to work very long hours.
        - The place where you work or live is very bad.
        - Someone uses your difficult situation against you.

what-it-means = What the signs mean
    .p1 = One sign alone may not prove that you are forced to work.
    .p2 = But several signs together point strongly to forced work.
    .important = You can get help to leave, and support from the Danish state.

next-step = What to do next
    .p1 = Call the CMM hotline. You can talk about your situation without giving your name.
    .action = { CALL("cmm-hotline") }
    .p2 = Do you think someone else is being exploited? You can call CMM about them too.
    .p3 = If you are in danger now, call { CALL("emergency") }.
