title = Wahala for work
summary = Small pay, too much work, or oga wey dey cheat you? You get rights for work for Denmark.
    Some kinds of exploitation na crime, even when dem no be human trafficking.
    You fit ask CMM or union for help.

rights = Di rights wey you get for work
    .p1 = CMM get one page for workers. E talk say:
    .list1 =
        - Your employer must always pay di salary wey una agree.
        - Denmark no get minimum wage wey law set. Na agreements between unions and employers (collective agreements) dey set pay.
        - Di law cover health and safety, holidays, pay when you sick, equal treatment and equal pay.
        - If di company get collective agreement, you get di same rights as Danish workers wey dey do di same work.
        - You get right to join union, but you no need join if you no want. Your employer no get right to tell you say you must join one particular union.
        - Di Danish rules on health and safety na for everybody wey dey work for Denmark, even for short work. Your employer must make your work safe and good for your health.
        - If you dey work pass 8 hours every week, you must get contract wey dem write down, at di latest one month after you start.
    .p2 = If employer get collective agreement, e dey for all di workers, whether dem be member of union or not.
    .important = Employer wey no be member of employers' organisation fit no dey bound by collective agreement, and e fit set im own terms. Unions dey tell foreign workers make dem check dis one.

crime = When exploitation na crime
    .p1 = Since 1 June 2022, Danish law get one crime wey dem dey call "menneskeudnyttelse" (to exploit person). E dey for di Criminal Code, section 262 b.
    .p2 = E mean: to recruit person, or give am place to live, so dat e go work under conditions wey clearly no fair at all, by using di person wahala or di way di person dey depend on dem. Di punishment fit reach 6 years for prison.
    .p3 = Dis one fit be crime even when e no be human trafficking. Human trafficking (section 262 a) include forced labour, and di punishment fit reach 10 years for prison.
    .p4 = Di rules about lawyer for di victim for criminal case (bistandsadvokat) also cover dis crime. Ask CMM if you fit get one, and how.

forced = When e fit be forced labour
    .p1 = Di union 3F talk say dis na signs of forced labour:
    .list1 =
        - Your oga take your ID card or passport.
        - Your oga dey use violence, or dey threaten to use am.
        - Your oga dey tell you to work to pay debt.
        - Your oga dey pay you with food and place to live, instead of money.
    .p2 = 3F dey tell victims, and pipo wey know victim, make dem call CMM. For more signs, read "Dem dey use me (exploit me)?"
    .action = { CALL("cmm-hotline") }
    .p3 = For Denmark, dem don find forced labour for transport, cleaning, building, restaurants and newspaper delivery.

union = Union fit help
    .p1 = 3F talk say e be di biggest trade union for Denmark. E talk say:
    .list1 =
        - If you dey get small pay, or worse conditions, pass Danish workers, contact di union for your area.
        - E dey against di law for di Danish labour market to treat pipo different because of where dem come from.
        - Di union know di pay wey you get right to, and im experts go help you get your money back if dem don cheat you.
    .action = { WEB("union-3f") }
    .p2 = If employer break collective agreement, di case fit go di Labour Court or industrial arbitration (special judges for work matter).

inspections = Di Working Environment Authority
    .p1 = Di Danish Working Environment Authority (Arbejdstilsynet) dey check all companies wey dey work for Denmark, also foreign companies. Dem dey often visit without telling anybody before. E also dey check say foreign companies dey registered for di Danish register for foreign service providers (RUT).
    .p2 = E no dey check your pay or your work conditions. Na collective agreements dey set dem.
    .important = Di Working Environment Authority, di tax office and police sometimes dey do checks for work places together. Then police go check, among other things, whether foreign workers get permit to work or to stay. If you no get papers, dis one no be safe or private way to get help. Read "No papers? You dey fear police?"

get-help = Where you go start
    .p1 = Call CMM if you think say dem dey use you or dem dey force you to work. You fit talk without you give your name.
    .action = { CALL("cmm-hotline") }
    .p2 = For questions about pay and conditions, contact union, like 3F.
    .p3 = If you dey for danger now, call { CALL("emergency") }.
