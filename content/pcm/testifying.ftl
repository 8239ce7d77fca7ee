title = To be witness
summary = To tell police wetin happen and to testify for court na two different steps.
    Ways dey to protect you as witness.
    Help from CMM no depend on whether you work with police.

what-it-is = Wetin testify mean
    .p1 = When you tell police wetin happen, you dey give statement to police. Dis one no be to testify.
    .p2 = To testify mean to talk as witness for court, for inside criminal case. You go answer questions about wetin happen.
    .p3 = Human trafficking na serious crime for Denmark. Di punishment fit reach 10 years for prison.
    .p4 = For dis kind cases, wetin di victim talk na often di most important proof. Sometimes na di only proof.

steps = From police to court
    .p1 = Dis na how e dey usually go:
    .list1 =
        - You report di crime to police, and you tell dem wetin happen. Dis na your statement to police.
        - Police go investigate. Dem fit ask you questions again. Lawyer for victim fit follow you.
        - If di case go court, dem fit call you as witness.
        - For court, you go testify: you go answer questions about wetin happen. Lawyer for victim fit follow you.
    .p2 = No be every case dey end with court case or with judgment wey find person guilty. For 2019, 2020 and 2021, court no find anybody guilty of human trafficking for Denmark.
    .p3 = Lawyer for victim fit explain every step and how di trial dey work. Government dey pay for dis lawyer. How victim of human trafficking go take get one, nobody don confirm am: ask CMM or police.
    .p4 = If e fit happen say you go comot Denmark before di trial, ask your lawyer about whether dem fit ask you questions for court before di trial. Dis app no get confirmed rules for dis one.

protection = How dem fit protect you
    .p1 = Na rare case person go need special help for court. If you need am, di prosecutor or your lawyer fit usually agree am with di court before di day.
    .list1 =
        - Police or di prosecutor fit arrange make somebody meet you when you reach court.
        - Dem fit also arrange make you wait for separate waiting room.
        - If you ask, for some cases di court fit put di person wey dem accuse for where you no go see am while you dey testify.
        - For special cases, di court fit order di person wey dem accuse to comot di courtroom while you dey testify.
    .p2 = While police dey investigate, police fit tell di lawyer of di suspect make e no pass some information to di suspect, when dis one dey needed to protect you.
    .important = If anybody threaten you or cause wahala for you because you be witness, tell police quick quick. If you dey for danger, call { CALL("emergency") }.

video = Interview wey dem record for video
    .p1 = Police fit record interview for video. Dis one na mainly for children and young pipo wey never reach 18 years. E also possible for pipo wey get serious mental sickness or big disability, when special reasons dey wey justify am.
    .p2 = Child wey never reach 13 years, normally dem go interview am for video. For older children, e depend on di case.
    .p3 = If dem interview you for video dis way, normally you no go need testify for di trial. Court fit order am only for very rare cases.
    .important = Nobody don confirm whether dem fit interview adult victims of human trafficking for video. Ask your lawyer or CMM.

danger = If you or your family fit dey for serious danger
    .p1 = For some cases di court fit hide your name, your work and your address from di person wey dem accuse. Di court must find say dis one dey necessary for your safety, and say e probably no go spoil di defence.
    .p2 = If you or your family fit face serious danger, di court fit also order di person wey dem accuse to comot di courtroom while you dey testify.
    .p3 = Na di court dey make dis decisions. Ask your lawyer or di prosecutor if you need dem.

closed-court = Dem fit stop di public from entering?
    .p1 = Victims of rape, or of crimes wey serious like am, get right make dem keep di public outside di courtroom. Your lawyer or di prosecutor fit ask for dis one. If dem no keep di public outside, di court fit instead forbid anybody to report wetin you talk.
    .important = Nobody don confirm whether human trafficking dey count as crime wey "serious like am". Ask your lawyer or di prosecutor.

compensation = To ask for money for inside di court case
    .p1 = If court case dey against di pipo wey use you, ask for compensation for inside dat case. If you no do am, you fit lose di right to get compensation from government later.
    .p2 = Lawyer for victim fit calculate di money wey you dey claim and present am for di court case for you.

forced-crimes = If dem force you to break di law
    .p1 = Di pipo wey dey use some victims dey force dem to do crime.
    .p2 = US reports from 2021 and 2022 talk say Danish law no get clear rule wey protect victims from punishment for crimes wey dem force dem to do. Nobody don confirm whether dis one don change. Dem don carry some victims, even children, go court for dis kind crimes.
    .p3 = Di prosecutor fit drop di charges for crimes wey no too serious wey you do because dem traffic you. Then you fit also escape make dem no send you comot Denmark. But dis one fit happen only if di authorities know say dem traffic you.
    .p4 = If dem dey judge you for court, di court fit decide say you be victim of human trafficking.
    .important = Tell your lawyer and di authorities say dem traffic you. If dem charge you for crime, you get right to defence lawyer. Make you know say dem don detain pipo wey fit be victims (police hold dem).

your-choice = Di choices wey you get
    .p1 = Help from CMM no depend on whether you go police. Help to go home with prepared return no depend on am too.
    .important = Dis one na about di help wey you go get. E no mean say you fit refuse if court call you as witness. If dem call you, ask your lawyer or CMM wetin you must do.
    .p2 = Some choices na your own:
    .list1 =
        - whether you go join di first talk with CMM
        - whether you go accept prepared return
        - whether you go ask for protection for court
        - which lawyer you go ask di court for
    .p3 = Before you decide, ask your lawyer or your CMM contact person.

what-police-learn = Wetin CMM dey tell police
    .p1 = For di first talk with CMM, dem go pass your information only if you agree.
    .p2 = But CMM dey work close with police. E dey report cases to police without names, and e dey encourage victims make dem contact police. Your CMM contact person dey also work with police and di Immigration Service on your case.
    .p3 = Before you tell your story, ask CMM exactly wetin e go pass, and to who.
