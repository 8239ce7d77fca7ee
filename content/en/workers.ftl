title = Problems at work
summary = Low pay, too much work, or a boss who cheats you? You have rights at work in Denmark.
    Some kinds of exploitation are a crime, even when they are not human trafficking.
    You can ask CMM or a union for help.

rights = Your rights at work
    .p1 = CMM has a page for workers. It says:
    .list1 =
        - Your employer must always pay the wage you agreed.
        - Denmark has no minimum wage set by law. Pay is set by agreements between unions and employers (collective agreements).
        - The law covers health and safety, holidays, pay when you are ill, equal treatment and equal pay.
        - If the company has a collective agreement, you have the same rights as Danish colleagues who do the same work.
        - You have the right to join a union, but you do not have to. Your employer cannot tell you to join a certain union.
        - The Danish rules on health and safety are for everyone who works in Denmark, even for a short job. Your employer must make your work safe and healthy.
        - If you work more than 8 hours a week, you must get a written contract, at the latest one month after you start.
    .p2 = If an employer has a collective agreement, it is for all the workers, members of a union or not.
    .important = An employer who is not a member of an employers' organisation may not be bound by a collective agreement, and can set its own terms. Unions tell foreign workers to check this.

crime = When exploitation is a crime
    .p1 = Since 1 June 2022, Danish law has a crime called "menneskeudnyttelse" (exploiting a person). It is in the Criminal Code, section 262 b.
    .p2 = It means: to recruit someone, or give them a place to live, so that they work under clearly unreasonable conditions, by using their difficulties or their dependence. The punishment can be up to 6 years in prison.
    .p3 = This can be a crime even when it is not human trafficking. Human trafficking (section 262 a) includes forced labour, and the punishment can be up to 10 years in prison.
    .p4 = The rules about a lawyer for the victim in a criminal case (bistandsadvokat) also cover this crime. Ask CMM if you can get one, and how.

forced = When it may be forced labour
    .p1 = The union 3F says these are signs of forced labour:
    .list1 =
        - Your boss takes your ID card or passport.
        - Your boss uses violence, or threatens to.
        - Your boss tells you to work to pay off a debt.
        - Your boss pays you in food and a place to live, instead of money.
    .p2 = 3F tells victims, and people who know a victim, to call CMM. For more signs, read "Am I being exploited?"
    .action = { CALL("cmm-hotline") }
    .p3 = In Denmark, forced labour has been found in transport, cleaning, building, restaurants and newspaper delivery.

union = A union can help
    .p1 = 3F says it is Denmark's largest trade union. It says:
    .list1 =
        - If you get less pay, or worse conditions, than Danish workers, contact your local union.
        - It is illegal on the Danish labour market to treat people differently because of where they come from.
        - The union knows what pay you have a right to, and its experts will help you get money back if you have been cheated.
    .action = { WEB("union-3f") }
    .p2 = If an employer breaks a collective agreement, the case can go to the Labour Court or to industrial arbitration.

inspections = The Working Environment Authority
    .p1 = The Danish Working Environment Authority (Arbejdstilsynet) checks all companies that work in Denmark, also foreign companies. Its visits are often not announced. It also checks that foreign companies are registered in the Danish register for foreign service providers (RUT).
    .p2 = It does not check your pay or your working conditions. Those are set by collective agreements.
    .important = The Working Environment Authority, the tax office and the police sometimes do checks at workplaces together. Then the police check, among other things, whether foreign workers have a permit to work or stay. If you have no papers, this is not a safe or private way to get help. Read "No papers? Afraid of the police?"

get-help = Where to start
    .p1 = Call CMM if you think you are being exploited or forced to work. You can talk without giving your name.
    .action = { CALL("cmm-hotline") }
    .p2 = For questions about pay and conditions, contact a union, such as 3F.
    .p3 = If you are in danger now, call { CALL("emergency") }.
