title = Am I being exploited?
summary = Some signs show that a person is being exploited: forced to work, to sell sex, or to commit crimes.
    One sign alone may not prove it. Several signs together are a strong warning.
    If this sounds like you, call CMM.

warning-signs = Signs of forced work
    .p1 = The Danish Centre against Human Trafficking (CMM) lists these warning signs:
    .list1 =
        - Someone has taken your passport or ID card.
        - You owe money to the person who brought you here or found you the job.
        - Your pay is held back, or it is much lower than you were promised.
        - You have no contract, or the contract is in a language you do not understand.
        - You were pushed to sign a contract.
        - Someone threatens you or your family.
        - You have no control over your MitID or NemID, your Danish digital ID.
    .p2 = CMM also lists these signs:
    .list2 =
        - You must work long hours, more than your contract says.
        - The work is unhealthy or not safe.
        - A big part of your pay goes back to your employer, or is taken off your pay.
        - You live in bad conditions: no privacy, no clean toilet or washing place, or you live at your workplace.
        - Your employer says they will fire you without pay, or report you to the authorities, if you complain or talk to a union such as 3F.
        - Your employer wants to speak for you with the authorities or the bank.
        - You are watched, for example through GPS on your phone or with cameras.
        - You are not allowed to see a doctor or go to hospital when you are hurt or ill.

more-signs = Other signs of forced work
    .p1 = The International Labour Organization (ILO) has a list of signs of forced work. It also includes these:
    .list1 =
        - You were lied to about the job, the pay or the place.
        - You are not free to leave, or you cannot go where you want.
        - You are kept away from other people.
        - Someone hits you, hurts you, or forces you to have sex.
        - You have to work very long hours.
        - The place where you work or live is very bad.
        - Someone uses your difficult situation against you.

what-it-means = What the signs of forced work mean
    .p1 = One sign alone may not prove that you are forced to work.
    .p2 = But several signs together point strongly to forced work.
    .important = CMM says you can get help to leave, and support from the Danish state.

sexual-signs = Signs of sexual exploitation
    .p1 = In Denmark, the most common kind of human trafficking that is found is sexual exploitation: people are forced to sell sex, for example in prostitution.
    .p2 = Not everyone is locked up or beaten. The control is often quiet and hard to see. Organisations that help women in prostitution, and the Danish Immigration Service, describe signs like these:
    .list1 =
        - You do not decide what sex you sell, how many clients you see, or how much of the money you keep.
        - The money goes straight to someone else.
        - You owe a big debt for the journey, the visa or other costs. The debt is made up, and it can take years to pay.
        - Someone else planned and paid for your journey, and maybe travelled with you.
        - You are locked in a flat, or kept in a house far away from other people.
        - You were made to swear an oath, for example a "ju-ju" oath.
        - Someone threatens your family back home.
    .p3 = HopeNow, one of these organisations, says these debts often start at 60,000 euros or more.

crime-signs = Signs of forced crime
    .p1 = People can also be trafficked to commit crimes or to beg. CMM and the Danish government describe cases like these:
    .list1 =
        - Someone makes you steal, break into homes, or carry or sell drugs.
        - Someone makes you grow cannabis.
        - Someone makes you beg or pick pockets.
        - Someone uses your name or your ID papers to cheat companies or the tax office.
        - You are threatened, maybe with weapons. You know that saying no to the gang can have serious results.
        - The people behind it know where your family lives at home.
        - You are very afraid to tell anyone what happens to you.
    .p2 = Read more in "Forced to beg or commit crime".

common-signs = Signs in every kind of trafficking
    .p1 = CMM says these things often come back in cases of human trafficking:
    .list1 =
        - You badly want to earn money, to make life better for yourself and your family.
        - You seem threatened and afraid.
        - You feel you have no other choice, and no other way to pay back the debt you owe.
        - You do not trust organisations that help, or the authorities, and you are afraid of contact with them.
        - You do not know where to get help.

next-step = What to do next
    .p1 = Call the CMM hotline. You can talk about your situation without giving your name.
    .action = { CALL("cmm-hotline") }
    .p2 = Do you think someone else is being exploited? You can call CMM about them too.
    .p3 = If you are in danger now, call { CALL("emergency") }.
