title = Dem force you to beg or do crime
summary = If dem force you to beg, steal, sell drugs or do other crimes, e fit be human trafficking.
    You fit dey fear say dem go punish you. Dis page go tell you true true wetin we sabi.
    You fit call CMM without you give your name.

what-it-is = Wetin forced crime be
    .p1 = For Denmark, di law against human trafficking also cover pipo wey dem dey use to do crime.
    .p2 = Begging fit be human trafficking too. Di Danish government don name begging, pickpocketing and selling drugs among di areas where human trafficking fit happen. E also talk say e want make one new plan against human trafficking focus on begging and on children.
    .p3 = CMM don find pipo wey dem force to:
    .list1 =
        - steal, or break enter pipo house
        - carry or sell drugs
        - grow cannabis (weed)
        - cheat di tax office while dem dey run shop
    .p4 = Sometimes traffickers dey use person name and ID papers to cheat companies and di tax office. For one case, dem bring poor pipo from Romania come Denmark with fake job offers, and dem use dia names do fraud (cheat). Di court find di traffickers guilty of human trafficking.

who = Who e dey happen to
    .p1 = CMM dey describe one group of boys and young men from North Africa. Gangs dey use dem to steal, break enter pipo house, and carry and sell drugs.
    .list1 =
        - Some of dis boys and men, pipo don wound dem, abuse dem sexually, or threaten dem, even with weapons.
        - Dem know say if dem tell di gang no, serious thing fit happen.
        - Di gang fit know where dia family dey live for home.
        - Plenty of dem come Denmark alone when dem be children and dem ask for asylum.
    .p2 = Dem fit use men too. For example, dem don use men from Vietnam to grow cannabis.

punished = Dem go punish me for wetin dem force me do?
    .p1 = We no fit promise you say dem no go punish you. Dis na wetin we sabi:
    .list1 =
        - US reports from 2021 and 2022 talk say Danish law no get clear rule wey protect victims from punishment for crimes wey dem force dem to do.
        - Di same reports talk say some authorities carry victims go court for dis kind crimes, even children.
        - For 2024 CMM talk say boys from North Africa wey dem force to do crime, pipo no dey often see dem as victims. Instead, dem dey send dem go prison and send dem comot Denmark.
        - Prosecutors fit drop di charges for crimes wey no too serious wey victim do as part of di trafficking wey dem do am. Then di victim fit also escape make dem no send am comot di country.
        - If dem dey judge you for court for one crime, di court fit decide say you be victim of human trafficking.
    .important = To drop di charges go work only if pipo know say dem traffic you. Tell your lawyer and di authorities wetin happen to you.
    .p2 = If dem charge you for crime, you get right to defence lawyer.
    .p3 = Dem fit hold you (detain you). US reports from 2018 to 2020 talk say officials fit hold pipo wey fit be victim for 72 hours, and pass dat if e dey needed.
    .p4 = Di rules fit don change since dis reports. Guidelines for prosecutors about charges against victims dey too, and dis app no know wetin dem talk today. Ask CMM or lawyer wetin di rules be now.

afraid = If you dey fear to talk
    .p1 = Plenty pipo wey dey dis situation dey fear well well to tell dia story, because di gang dey threaten dem.
    .p2 = One organisation, HopeNow, talk say dem dey treat plenty pipo wey fit be victim like criminals and keep dem for prison until dem find say dem be victim. Na why plenty of dem dey keep far from police.
    .p3 = You fit call CMM first and ask questions without you give your name. Help from CMM no depend on whether you go police.
    .action = { CALL("cmm-hotline") }

get-help = Where you fit get help
    .p1 = HopeNow also dey work with men wey dem use for crime.
    .action = { WEB("hopenow") }
    .p2 = If you never reach 18 years, read "If you never reach 18 years".
    .p3 = If you dey for danger now, call { CALL("emergency") }.
