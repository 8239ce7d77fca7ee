title = Dem dey use me (exploit me)?
summary = Some signs dey show say dem dey use person: dem dey force am to work, to sell sex, or to do crime.
    One sign alone fit no prove am. Plenty signs together na strong warning.
    If dis one be like your own matter, call CMM.

warning-signs = Signs say dem dey force you to work
    .p1 = Di Danish Centre against Human Trafficking (CMM) list dis warning signs:
    .list1 =
        - Somebody don take your passport or your ID card.
        - You owe money to di person wey bring you come here or wey find di work for you.
        - Dem dey hold your pay, or di pay small well well pass wetin dem promise you.
        - You no get contract, or di contract dey for language wey you no understand.
        - Dem push you make you sign contract.
        - Somebody dey threaten you or your family.
        - You no get control over your MitID or NemID, your Danish digital ID.
    .p2 = CMM also list dis signs:
    .list2 =
        - You must work long hours, pass wetin your contract talk.
        - Di work no good for your health or e no safe.
        - Big part of your pay dey go back to your employer, or dem dey remove am from your pay.
        - You dey live for bad condition: no privacy, no clean toilet or place to baf, or you dey live for your work place.
        - Your employer dey talk say e go sack you without pay, or report you to di authorities, if you complain or talk to union like 3F.
        - Your employer wan talk for you with di authorities or di bank.
        - Dem dey watch you, for example with GPS for your phone or with cameras.
        - Dem no dey allow you see doctor or go hospital when you wound or you sick.

more-signs = Other signs say dem dey force you to work
    .p1 = Di International Labour Organization (ILO) get list of signs of forced work. E also include dis ones:
    .list1 =
        - Dem lie to you about di work, di pay or di place.
        - You no free to comot, or you no fit go where you want.
        - Dem dey keep you far from other pipo.
        - Somebody dey beat you, wound you, or force you to have sex.
        - You must work very long hours.
        - Di place wey you dey work or live bad well well.
        - Somebody dey use your hard situation against you.

what-it-means = Wetin di signs of forced work mean
    .p1 = One sign alone fit no prove say dem dey force you to work.
    .p2 = But plenty signs together dey show strong strong say na forced work.
    .important = CMM talk say you fit get help to comot, and support from di Danish government.

sexual-signs = Signs say dem dey use you for sex (sexual exploitation)
    .p1 = For Denmark, di kind human trafficking wey dem dey find pass na sexual exploitation: dem dey force pipo to sell sex, for example for prostitution.
    .p2 = No be everybody dem dey lock up or beat. Di control dey often quiet and e hard to see. Organisations wey dey help women for prostitution, and di Danish Immigration Service, dey describe signs like dis:
    .list1 =
        - No be you dey decide which kind sex you go sell, how many customers you go see, or how much of di money you go keep.
        - Di money dey go straight to another person.
        - You owe big debt for di journey, di visa or other costs. Na fake debt wey dem make up, and e fit take years to pay.
        - Another person plan and pay for your journey, and maybe travel with you.
        - Dem lock you inside one flat, or dem keep you for house wey far from other pipo.
        - Dem make you swear oath, for example "ju-ju" oath.
        - Somebody dey threaten your family for home.
    .p3 = HopeNow, one of dis organisations, talk say dis debts dey often start from 60,000 euros or more.

crime-signs = Signs say dem dey force you to do crime
    .p1 = Dem fit also traffic pipo to do crime or to beg. CMM and di Danish government dey describe cases like dis:
    .list1 =
        - Somebody dey make you steal, break enter pipo house, or carry or sell drugs.
        - Somebody dey make you grow cannabis (weed).
        - Somebody dey make you beg or pick pocket.
        - Somebody dey use your name or your ID papers to cheat companies or di tax office.
        - Dem dey threaten you, maybe with weapons. You know say if you tell di gang no, serious thing fit happen.
        - Di pipo wey dey behind am know where your family dey live for home.
        - You dey fear well well to tell anybody wetin dey happen to you.
    .p2 = Read more for "Dem force you to beg or do crime".

common-signs = Signs for every kind of trafficking
    .p1 = CMM talk say dis things dey often show for cases of human trafficking:
    .list1 =
        - You wan make money bad bad, to make life better for you and your family.
        - You be like person wey dem threaten and wey dey fear.
        - You feel say you no get any other choice, and no other way to pay back di debt wey you owe.
        - You no trust organisations wey dey help, or di authorities, and you dey fear to contact dem.
        - You no know where to get help.

next-step = Wetin to do next
    .p1 = Call di CMM hotline. You fit talk about your matter without you give your name.
    .action = { CALL("cmm-hotline") }
    .p2 = You think say dem dey use another person? You fit call CMM about dat person too.
    .p3 = If you dey for danger now, call { CALL("emergency") }.
