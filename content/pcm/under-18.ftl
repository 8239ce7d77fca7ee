title = If you never reach 18 years
summary = If you never reach 18 years, di law dey protect you more.
    If you come Denmark without your parents, dem suppose give you one adult wey im work na to look after you. You fit no need talk for trial.
    You fit call CMM. You no need give your name.

law = Di law dey protect children more
    .p1 = For Denmark, you be child until you reach 18 years.
    .p2 = E be human trafficking if somebody make you follow am, move you go another place, or give you place to live, so dat e fit use you. For example, to make you sell sex, work for am, or do crime.
    .important = For child, e be human trafficking even if nobody use force, threat or lie. For adults, di law dey ask for one of dis things. For you, e no dey ask.

representative = One adult wey dey your side
    .p1 = If you never reach 18 years, you no be Danish, and you dey Denmark without your parents or another adult wey dey responsible for you, you go get representative. Dis na adult wey im work na to look after wetin good pass for you. Na only very special reasons fit stop dis one.
    .list1 =
        - If dem don traffic you, dem must remember dis one when dem dey choose your representative.
        - If you don reach 12 years or more, somebody suppose normally talk with you first.
        - While you dey ask for asylum, di representative go follow you and check say dem respect your rights.
        - If you get permit to stay, one adult go look after wetin good pass for you and go follow you go meetings with di authorities, until you reach 18 years.
    .p2 = Your representative fit be volunteer, for example from di Danish Red Cross, or person wey dem dey pay to do am. Na di authorities go decide.
    .p3 = When you get your first talk with CMM, your representative go normally dey with you.
    .p4 = If you wan ask for representative, or for another one, di request dey go to di Agency of Family Law (Familieretshuset). Ask CMM how to do am.

interviews = To talk to police, and to go court
    .p1 = Police fit interview children and young pipo for video.
    .list1 =
        - Under 13 years: normally, di interview go dey for video.
        - 13 or 14 years: video interview dey always possible for cases about sex crimes, incest (sex inside family), stalking (when person dey follow you everywhere), or violence inside di family.
        - 15, 16 or 17 years: video interview dey possible only if very strong reasons dey to protect you.
    .p2 = If dem interview you for video dis way, normally you no go need talk for di trial. Court fit make you come only for very rare cases.
    .important = No be everybody wey dey 15 to 17 years go get video interview. Ask CMM or your representative wetin dey possible for you.

where-you-stay = Where you go live
    .list1 =
        - If you come without your parents, you no get papers to stay, and you dey ask for asylum: you go normally live for children centre inside di asylum system. Some young pipo wey get special needs every day dey live for special departments.
        - If you come without your parents and you dey Denmark legally: di town or area wey you dey live (di municipality) go find place for you. E fit be children home or care home. For rare cases, e fit be foster family (family wey go take care of you).
    .p1 = Di municipality must watch over all di children wey dey live there, with papers or without papers. So e must make sure say child wey dem don traffic get di right help.

how-found = How adults fit find out
    .p1 = Adults wey dey work with children fit notice signs of trafficking:
    .list1 =
        - Di Danish Red Cross dey check all di children wey come alone and wey dey live for asylum centre, for signs of trafficking.
        - Signs fit be di place wey dem meet di child, di pipo wey di child dey with, or how di child dey behave.
        - One sign fit be say di child no fit explain di journey to Denmark, or why e dey here.
    .p2 = If di workers think say one child fit be victim of trafficking, di workers go call CMM. Then somebody from CMM, or from organisation wey dey work with CMM, go talk with di young person one time or more to find out.
    .important = No be all adults don learn how to see di signs. If something dey wrong, you fit tell somebody by yourself.

at-risk = If adults dey use you for crime
    .p1 = Some adults or gangs dey use some children and young pipo to steal, break enter pipo house, or carry and sell drugs. Dat one fit be human trafficking too. Read "Dem force you to beg or do crime".
    .p2 = Children wey come alone and wey dey wait for dia asylum case dey for special danger of human trafficking. Some children don disappear from asylum centres. Di Red Cross and CMM see dis children as children wey dey for special danger say pipo go use dem.

get-help = Who you fit tell
    .p1 = You fit call CMM. You no need give your name. You fit also call if you dey worry about one friend.
    .action = { CALL("cmm-hotline") }
    .p2 = If you dey live for asylum centre, you fit talk to di workers there, or to your representative.
    .p3 = If you dey for danger now, call { CALL("emergency") }.
    .p4 = Help from CMM no depend on whether you go police.
