title = Di rights wey you get
summary = Plenty of di help for here na only for pipo wey di authorities find say dem be victim of human trafficking.
    Wetin you go get also depend on your papers and on any court case.
    Ask CMM wetin concern you.

who-decides = Who dey decide if you be victim
    .p1 = Most of di help for dis page na for pipo wey dem find say dem be victim of human trafficking. Who go decide dis one depend on your situation:
    .list1 =
        - If you dey Denmark legally, na CMM go decide. For example, you be Danish or EU citizen, or you get papers to stay.
        - If you no get legal right to stay for Denmark, or you dey ask for asylum, na di Danish Immigration Service (Udlændingestyrelsen) go decide. For some cases, another government office, SIRI, go decide.
        - If dem dey judge you for court for one crime, di court fit decide say you be victim.
    .p2 = Di first talk with CMM, by itself alone, no go give you di help wey dey dis page.
    .important = Make you know: for 2011 di Immigration Service talk say, to decide, e dey use information from police and wetin you tell CMM.

reflection = Di reflection period
    .p1 = If dem find say you be victim, dem go offer you 30 days. Dem dey call am di reflection period. Di time na to give you chance to comot from di pipo wey dey use you, and to recover.
    .p2 = Wetin dis time mean depend on your papers.
    .list1 =
        - If you no get legal right to stay for Denmark, di reflection period na deadline to comot Denmark. If person ask, di Danish Immigration Service go set di deadline 30 days from dat time.
        - If you dey Denmark legally, you go get di same kind time with di same help. Dem dey call am di restitution period.
    .p3 = If person ask, di Immigration Service fit set di deadline for later date or make am long pass. Dis fit happen when special reasons dey, or when you work with di authorities to plan how you go return go home by your own will. Di deadline no fit ever pass 120 days. Di rule dey for di Aliens Act, § 33(14).
    .important = Di reflection period no be permit to stay for Denmark. If you wan ask for longer time, ask CMM or lawyer how to do am.

support = Help for inside di reflection period
    .p1 = For dis time, dem fit offer you:
    .list1 =
        - place to stay, with food
        - help from doctor
        - help from psychologist
        - help with law matter
        - classes and things to learn
        - help to contact organisations for your home country, if you want
    .p2 = You go also get one contact person from CMM. Dis person go explain di help wey you fit get. Dis person go also work with others about your case, like di Immigration Service, lawyers, police and di Red Cross.
    .p3 = Help from CMM no depend on whether you work with police.

no-legal-stay = If you no get legal right to stay
    .p1 = If you fit be victim and you no get legal right to stay, police fit decide where you go stay while dem dey look your case. Dem fit put you for crisis centre or another house. Dis na police decision under di Aliens Act (§ 34(1)(3)). E no be di same as place wey CMM offer you.
    .important = Know di danger. Dem don lock up (detain) pipo wey fit be victim for Denmark while dem dey check dia case or dia papers. Some pipo wey CMM don find say dem be victim, dem still send dem comot Denmark.
    .p2 = Ask CMM or lawyer wetin dis mean for you before you decide wetin you go do.

lawyer = Lawyer for victim for inside criminal case
    .p1 = When police and di courts dey handle one crime wey dem do you, you fit get your own lawyer. For Danish dem dey call dis lawyer "bistandsadvokat", lawyer for di victim. Di rule dey for di Administration of Justice Act, § 741 a. E cover human trafficking.
    .p2 = Dis lawyer belong to di criminal case about di crime wey dem do you. Government dey pay di lawyer. Na di court dey choose di lawyer, and you fit ask for one particular lawyer.
    .important = Nobody don confirm how victim of human trafficking go take ask for dis lawyer, or whether you go get one without you ask. Ask CMM or police.
    .p3 = Lawyer for victim fit:
    .list1 =
        - give you advice while police dey investigate
        - follow you go when police dey ask you questions
        - explain how di trial dey work
        - follow you go when you dey talk as witness for court
        - calculate di money wey you dey claim and present am for di court case
    .p4 = CMM fit also give you help and advice about law: about your rights and di choices wey you get, about to be witness, about how to claim money, and about how to get lawyer.
    .p5 = If dem charge you for crime yourself, you get right to defence lawyer.

compensation = Money for di harm wey dem do you
    .p1 = If one crime wound your body or your mind, you fit apply to di Danish government for money. Dem dey call dis money compensation. Di Criminal Injuries Compensation Board (Erstatningsnævnet) na im dey decide.
    .p2 = Some conditions dey:
    .list1 =
        - Normally, person must report di crime to police inside 72 hours.
        - If court case dey, you must ask for compensation for inside dat case.
        - You must apply inside 2 years. Di 2 years dey start from di day of di crime, from di final judgment, or from when police close di case.
    .important = Nobody don confirm whether dem dey make di 72-hour rule easy for victims of human trafficking. Ask CMM or lawyer.
    .p3 = You go apply through police. Dem go send your application and di case papers to di Board.
    .p4 = Di Board dey usually decide after di court case don finish. You fit apply to di Board if di court find di person wey harm you guilty but e never pay you, if dem find say e no guilty, or if nobody know who e be.
    .p5 = Compensation fit pay for treatment, pay wey you lose, pain and suffering, injury wey no go comot, if you no fit work like before, lawyer cost and other things wey you lose.

residence = I fit stay for Denmark?
    .p1 = To be victim of human trafficking, by itself alone, no dey enough to get permit to stay for Denmark. E fit be one part of application for asylum. For di five years before 2017, na only four victims get asylum.
    .p2 = Di law allow permit to stay for person wey police investigation or court case need. Di permit no fit last pass di investigation or di court case. Dem dey give dis permit very rarely.
    .p3 = Permit to stay for humanitarian reasons, dem dey decide am case by case. Dem dey give am only as rare exception.
    .important = Ask lawyer or your CMM contact person wetin dis mean for you.

return = To go home with help
    .p1 = If dem find say you be victim, dem go offer you help to go back to your home country, or to another country wey you get permit to stay. Dem dey call am prepared return. Na your own choice.
    .p2 = Dem go offer you dis help even if you no work with police or talk for court.
    .p3 = Dem go plan di return with you for inside di reflection period. After you reach, you fit get support for about six months. E fit include:
    .list1 =
        - money every month
        - help with house
        - help to start one way to make money, for example small shop or barbing or hair salon
        - help for health (medical help)
        - school or learning, also for your children
    .p4 = Before you go, your contact person go look with you and di Danish Return Agency wetin fit put you for danger. Dem go pass di things wey you need for your safety to one partner organisation for your home country.
