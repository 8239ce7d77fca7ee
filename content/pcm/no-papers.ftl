title = No papers? You dey fear police?
summary = You fit dey fear say dem go lock you up or send you go home if you ask for help.
    Dis page go tell you true true wetin fit happen. Nobody fit promise you say e safe.
    You fit call CMM first without you give your name.

honest-answer = Dem fit lock me up or send me go home?
    .p1 = Yes, e fit happen. We no go tell you say e no fit happen.
    .list1 =
        - Di Danish Institute for Human Rights write say for pipo wey no get right to stay, or get only small right to stay, if dem contact di authorities, e very likely say di authorities go register dem, lock dem up (detain dem) and send dem comot Denmark.
        - US reports talk say dem lock up victims while dem dey check dia papers (2017), and say officials fit hold pipo wey fit be victim for 72 hours, and pass dat if e dey needed (2018 to 2020).
        - For 2023 one US report talk say Denmark still dey focus on to send some foreign victims comot di country, instead of to check if dem be victims.
        - One organisation, Reden International, talk say to sell sex no be crime for Denmark, but say police dey arrest foreign women wey dey sell sex because dem dey work without permit or dey stay without papers, and dem dey often send dem comot Denmark quick quick, without long notice.
    .p2 = To be victim no dey always stop am. For 2015, dem lock up one woman from Nigeria to send am comot Denmark, even though dem don find two times say she be victim. She don comot Denmark two times without taking di help wey dem offer her. For another case dat same year, dem send one woman from Nigeria comot Denmark and ban her make she no come back for two years, even though CMM don find say she be victim.

ask-first = You fit ask first, without your name
    .p1 = You fit call di CMM hotline and tell dem about your matter without you give your name. You fit ask wetin go happen to you before you decide anything.
    .action = { CALL("cmm-hotline") }
    .list1 =
        - Di first talk with CMM na anonymous, and na you go choose if you wan join.
        - CMM talk say e go pass your information only if you agree.
        - But CMM dey work close with police. One news report from 2025 talk say CMM now dey tell police about cases, without names.
    .important = Ask CMM before you give your name: "Wetin go happen to me if I no get papers? Wetin you go tell police or di Immigration Service?"

who-decides = Who dey decide if you be victim
    .p1 = If you no get papers to stay for Denmark, or you dey ask for asylum, no be CMM go decide if you be victim of human trafficking. Na di Danish Immigration Service (Udlændingestyrelsen) go decide.
    .list1 =
        - For some cases, na di Danish Agency for International Recruitment and Integration (SIRI) go decide.
        - If dem dey judge you for court for one crime, di court fit decide am.
        - For cases about prostitution where di person no get papers, dem dey always contact CMM.
    .p2 = Di Immigration Service don talk say e dey use information from police and wetin di person tell CMM.
    .p3 = First talk with CMM, by itself alone, no go give you di help for victims.

reflection = Wetin di reflection period mean for you
    .p1 = If dem find say you be victim and you no get papers, di Immigration Service fit set one date wey you must comot Denmark before e reach. If person ask am, e go set dis date 30 days from dat time. Dem dey call dis 30 days di reflection period. E dey give you time to comot from di pipo wey dey use you and to recover.
    .important = Di reflection period no be permit to stay for Denmark. Na later date wey you must comot before e reach.
    .list1 =
        - If person ask, dem fit set di date for later or shift am, when special reasons dey, or when you join to plan how you go return go home.
        - E no fit ever pass 120 days.
        - For dis time dem fit offer you place to stay with food, doctor, psychologist, help with law matter, and things to do to learn.
    .p2 = Dis one come from di Aliens Act, section 33(14), di law about foreigners.
    .p3 = How to ask for di reflection period, or for more time: ask CMM.

stay = I fit stay for Denmark?
    .list1 =
        - To be victim of human trafficking, by itself alone, no dey enough to get permit to stay for Denmark. E fit be one part of application for asylum.
        - Permit dey for pipo wey police investigation or court case need. Dem dey give am very rarely, and e no fit last pass di investigation or di court case.
    .p1 = Ask CMM wetin dey possible for you.

police-housing = If police put you for place to stay
    .p1 = If you no get papers, police fit put you for crisis centre or another place to stay while dem dey look your case. Na police dey decide dis one. E be rule for di Aliens Act, section 34(1)(3).
    .important = Dis one no be di same as safe place wey you choose. Dem don also lock up (detain) pipo wey fit be victim while dem dey look dia case.

being-sent-away = If di authorities wan send you comot Denmark
    .p1 = When di authorities dey decide whether to send person comot Denmark, dem must give special weight to whether di reasons come because dem traffic di person, and whether dis one be reason not to send di person comot. Dis na di rule for di Aliens Act, section 26 a, for 2011 and 2015.
    .p2 = As di two cases for up dey show, dis one no dey always stop am. Di rule and how dem dey use am fit don change since dat time. Ask CMM or lawyer.
    .p3 = One US report from 2021 talk say, without dia agreement, dem keep di passports of foreign victims wey work with di authorities.
    .p4 = If dem force you to work without permit or to do crime, read "Dem force you to beg or do crime".

get-help = Where you go start
    .p1 = Start with di CMM hotline. You no need give your name.
    .action = { CALL("cmm-hotline") }
    .p2 = Women wey dey sell sex fit go Mødestedet, one drop-in place (place wey you fit just enter) wey Reden International dey run for Indre Vesterbro, Copenhagen. You no need give your name there. Ask CMM how to find am.
    .p3 = If you dey for danger now, call { CALL("emergency") }.
