title = Forced to beg or commit crime
summary = Being forced to beg, steal, sell drugs or commit other crimes can be human trafficking.
    You may fear that you will be punished. This page tells you honestly what is known.
    You can call CMM without giving your name.

what-it-is = What forced crime is
    .p1 = In Denmark, the law against human trafficking also covers people who are used to commit crimes.
    .p2 = Begging can be human trafficking too. The Danish government has named begging, pickpocketing and selling drugs among the areas where human trafficking can happen. It has also said that it wanted a new plan against human trafficking to focus on begging and on children.
    .p3 = CMM has found people who were forced to:
    .list1 =
        - steal, or break into homes
        - carry or sell drugs
        - grow cannabis
        - cheat the tax office while running a shop
    .p4 = Sometimes traffickers use a person's name and ID papers to cheat companies and the tax office. In one case, poor people from Romania were brought to Denmark with false job offers, and their names were used for fraud. The traffickers were found guilty of human trafficking.

who = Who it happens to
    .p1 = CMM describes a group of boys and young men from North Africa. Gangs use them to steal, break into homes, and carry and sell drugs.
    .list1 =
        - Some were hurt, sexually abused, or threatened, also with weapons.
        - They know that saying no to the gang can have serious results.
        - The gang may know where their family lives at home.
        - Many came to Denmark alone as children and sought asylum.
    .p2 = Men can be used too. For example, men from Vietnam have been used to grow cannabis.

punished = Will I be punished for what I was forced to do?
    .p1 = We cannot promise that you will not be punished. This is what is known:
    .list1 =
        - US reports from 2021 and 2022 say that Danish law had no clear rule that protects victims from punishment for crimes they were forced to commit.
        - The same reports say some authorities took victims to court for such crimes, also children.
        - In 2024 CMM said that boys from North Africa who are forced to commit crimes are often not seen as victims. Instead they are sent to prison and sent out of Denmark.
        - Prosecutors can drop the charges for less serious crimes that a victim committed as part of being trafficked. Then the victim can also avoid being sent out of the country.
        - If you are on trial for a crime, the court can decide that you are a victim of human trafficking.
    .important = Dropping the charges only works if people know that you were trafficked. Tell your lawyer and the authorities what happened to you.
    .p2 = If you are charged with a crime, you have the right to a defence lawyer.
    .p3 = You may be held (detained). US reports from 2018 to 2020 say officials could hold possible victims for 72 hours, and longer if needed.
    .p4 = The rules may have changed since these reports. There are also guidelines for prosecutors on charges against victims, and this app does not know what they say today. Ask CMM or a lawyer what the rules are now.

afraid = If you are afraid to tell
    .p1 = Many people in this situation are very afraid to tell their story, because of threats from the gang.
    .p2 = An organisation, HopeNow, says many possible victims are treated as criminals and kept in prison until they are found to be victims. This is why many stay away from the police.
    .p3 = You can call CMM first and ask questions without giving your name. Help from CMM does not depend on you going to the police.
    .action = { CALL("cmm-hotline") }

get-help = Where to get help
    .p1 = HopeNow also works with men who were used for crime.
    .action = { WEB("hopenow") }
    .p2 = If you are under 18, read "If you are under 18".
    .p3 = If you are in danger now, call { CALL("emergency") }.
