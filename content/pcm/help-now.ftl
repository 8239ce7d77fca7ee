title = Get help now now
summary = If you dey for danger now, call { CALL("emergency") }. E free.
    For help and advice, call di Danish Centre against Human Trafficking (CMM).

danger = You dey for danger right now?
    .p1 = Call { CALL("emergency") } if person life dey for danger, if serious crime dey happen, if fire or accident happen, or if person wound or sick so tey im life dey for danger.
    .action = { CALL("emergency") }
    .p2 = Di call na free. E go work even if your phone no get credit or dem don block am.
    .p3 = Di person wey pick di call go ask wetin happen, where and when, where dem go send help go, and how many pipo wound.
    .important = Dem dey record every emergency call.

cmm = Call di Danish Centre against Human Trafficking
    .p1 = Di Danish Centre against Human Trafficking (CMM) na part of one Danish government office. E dey help find out if pipo na victim of human trafficking, and e dey give dem help, support and advice. Di hotline na di easiest way to reach CMM.
    .action = { CALL("cmm-hotline") }
    .p2 = You fit also call if you think say dem dey use another person, or if you just want advice. You fit tell CMM about one matter without you give your name.
    .p3 = You fit also write to { EMAIL("cmm-hotline") }. If you wan send private information by e-mail, tell CMM first.
    .p4 = Dis app no dey show di time wey di hotline dey open or di languages wey dem dey speak, because nobody don confirm dem. Ask CMM. If nobody pick and you dey for danger, call { CALL("emergency") }.
    .important = Think about who fit see your phone. Any call wey you make from dis app, even to { CALL("emergency") } or { CALL("police") }, go show for di list of calls for your phone. E fit also show for your phone bill. Any e-mail wey you send go still dey your "sent" folder.

first-talk = Wetin go happen when you talk to CMM
    .p1 = Di first talk with CMM go be like dis:
    .list1 =
        - Di talk na anonymous. You no need give your name.
        - Na you go choose if you wan join.
        - CMM go pass your information to another person only if you agree. But read for down wetin CMM dey tell police.
        - You fit bring one person wey you trust to support you.
        - If you never reach 18 years, one personal representative go normally dey with you.
        - Dem dey often use interpreter if you no sabi speak Danish or English well.
    .p2 = Di talk fit happen for CMM office, for shelter, for jail or prison, for asylum centre, or for di place wey you dey stay.
    .p3 = While CMM dey look your matter, e fit offer you support and place to stay, if you need am.

police-and-cmm = Wetin CMM dey tell police
    .p1 = You fit get help from CMM even if you no go police.
    .p2 = CMM dey work close with police. Dis na wetin we sabi about wetin dey reach police:
    .list1 =
        - Your name and your information: CMM talk say e go pass dem only if you agree.
        - Your case: one news report from 2025 talk say CMM now dey tell police about cases, without names. E also talk say CMM dey encourage victims make dem contact police by demself.
        - Di report no talk wetin else about one case CMM dey tell police.
    .p3 = If you no get papers to stay for Denmark, na di Danish Immigration Service go decide if you be victim, no be CMM. Di Immigration Service don talk say e dey use information from police and wetin di person tell CMM.
    .important = Before you give your name or your details, ask CMM: "Wetin you go tell police or di Immigration Service about me?"

after-call = Wetin go happen after you call
    .p1 = Dis na di steps, as far as we sabi:
    .list1 =
        - You go tell CMM about your matter. You no need give your name.
        - If e fit be human trafficking, CMM fit offer you first talk. Na you go choose if you want am.
        - While dem dey look your matter, CMM fit offer you support and place to stay, if you need am.
        - After dat, somebody go decide if you be victim of human trafficking. If you dey Denmark legally, na CMM go decide. If you no get legal right to stay, or you dey ask for asylum, na di Danish Immigration Service go decide. If dem dey judge you for court for one crime, di court fit decide am.
        - If dem find say you be victim, dem go offer you 30 days to comot from di pipo wey dey use you and to recover. Dem dey call am di reflection period (for pipo wey dey Denmark legally, dem dey call am restitution period). E fit long pass dat, reach 120 days, when special reasons dey or if you join to plan how you go return go home.
        - You go get one contact person from CMM. Dis person go explain di help wey you fit get, and e go work with others, like di Immigration Service, lawyers, police and di Red Cross.
    .important = If you no get legal right to stay, di reflection period no be permit to stay. Na later date wey you must comot Denmark before e reach. Read "No papers? You dey fear police?"
    .p2 = Di help wey CMM dey give, and di offer to plan your return go home, no depend on whether you help police.
    .p3 = Your contact person go also look your safety with you. Dis fit mean advice on how you go dey safe and how you go keep your phone safe, to move you go another place to stay, or to contact police.

not-urgent = When e no dey urgent
    .p1 = Call police for { CALL("police") } to report crime wey no need police dat same time, to ask about your case, or to give police information.
    .action = { CALL("police") }
    .p2 = If your phone get foreign SIM card, put di Danish country code for front of di number.
    .p3 = Dem dey also record dis calls.
