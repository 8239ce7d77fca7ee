title = No papers? Afraid of the police?
summary = You may fear that you will be locked up or sent home if you ask for help.
    This page tells you honestly what can happen. Nobody can promise you that it is safe.
    You can call CMM first without giving your name.

honest-answer = Can I be locked up or sent home?
    .p1 = Yes, it can happen. We will not tell you that it cannot.
    .list1 =
        - The Danish Institute for Human Rights wrote that for people with no right or a limited right to stay, contact with the authorities is very likely to lead to being registered, locked up (detained) and sent out of Denmark.
        - US reports say that victims were locked up while their papers were checked (2017), and that officials could hold possible victims for 72 hours, and longer if needed (2018 to 2020).
        - In 2023 a US report said that Denmark still focused on sending some foreign victims out of the country, instead of checking if they were victims.
        - An organisation, Reden International, says that selling sex is not illegal in Denmark, but that foreign women who sell sex are arrested for working without a permit or for staying without papers, and are often sent out of Denmark at short notice.
    .p2 = Being a victim does not always stop it. In 2015, a woman from Nigeria was locked up to be sent out of Denmark, although she had twice been found to be a victim. She had twice left Denmark without taking the help she was offered. In another case that year, a woman from Nigeria was sent out of Denmark and banned from coming back for two years, although CMM had found that she was a victim.

ask-first = You can ask first, without your name
    .p1 = You can call the CMM hotline and tell them about your situation without giving your name. You can ask what will happen to you before you decide anything.
    .action = { CALL("cmm-hotline") }
    .list1 =
        - The first talk with CMM is anonymous, and you choose if you want to take part.
        - CMM says it passes on your information only if you agree.
        - But CMM works closely with the police. A news report from 2025 says CMM now tells the police about cases, without names.
    .important = Ask CMM before you give your name: "What will happen to me if I have no papers? What will you tell the police or the Immigration Service?"

who-decides = Who decides if you are a victim
    .p1 = If you have no papers to stay in Denmark, or you are seeking asylum, CMM does not decide if you are a victim of human trafficking. The Danish Immigration Service (Udlændingestyrelsen) decides.
    .list1 =
        - In some cases, the Danish Agency for International Recruitment and Integration (SIRI) decides.
        - If you are on trial for a crime, the court can decide it.
        - In cases about prostitution where the person has no papers, CMM is always contacted.
    .p2 = The Immigration Service has said that it uses information from the police and what the person told CMM.
    .p3 = A first talk with CMM does not by itself give you the help for victims.

reflection = What the reflection period means for you
    .p1 = If you are found to be a victim and you have no papers, the Immigration Service can set a date by which you must leave Denmark. If it is asked, it sets this date 30 days away. These 30 days are called the reflection period. They give you time to get away from the exploitation and recover.
    .important = The reflection period is not a permit to stay in Denmark. It is a later date by which you must leave.
    .list1 =
        - If it is asked, the date can be set later or moved, when there are special reasons, or when you take part in planning a return home.
        - It can never be more than 120 days.
        - During this time you can be offered a place to stay with meals, a doctor, a psychologist, legal help, and activities to learn.
    .p2 = This comes from the Aliens Act, section 33(14), the law about foreigners.
    .p3 = How to ask for the reflection period, or for more time: ask CMM.

stay = Can I stay in Denmark?
    .list1 =
        - Being a victim of human trafficking is not enough, on its own, to get a permit to stay in Denmark. It can be one part of an application for asylum.
        - There is a permit for people who are needed for a police investigation or a court case. It is given very rarely, and it cannot last longer than the investigation or the court case.
    .p1 = Ask CMM what is possible for you.

police-housing = If the police put you in a place to stay
    .p1 = If you have no papers, the police can place you in a crisis centre or another place to stay while your case is looked at. The police decide this. It is a rule in the Aliens Act, section 34(1)(3).
    .important = This is not the same as a safe place that you choose. People who may be victims have also been locked up (detained) while their case was looked at.

being-sent-away = If the authorities want to send you out of Denmark
    .p1 = When the authorities decide about sending a person out of Denmark, they must give special weight to whether the reasons are a result of the person being trafficked, and whether this speaks against sending them away. This was the rule in the Aliens Act, section 26 a, in 2011 and 2015.
    .p2 = As the two cases above show, this does not always stop it. The rule and how it is used may have changed since then. Ask CMM or a lawyer.
    .p3 = A US report from 2021 says that the passports of foreign victims who worked with the authorities were kept without their agreement.
    .p4 = If you were forced to work without a permit or to commit a crime, read "Forced to beg or commit crime".

get-help = Where to start
    .p1 = Start with the CMM hotline. You do not have to give your name.
    .action = { CALL("cmm-hotline") }
    .p2 = Women who sell sex can go to Mødestedet, a drop-in place run by Reden International in Indre Vesterbro, Copenhagen. You do not have to give your name there. Ask CMM how to find it.
    .p3 = If you are in danger now, call { CALL("emergency") }.
