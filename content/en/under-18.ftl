title = If you are under 18
summary = If you are under 18, the law protects you more.
    If you came to Denmark without your parents, you should get an adult whose job is to look after you. You may not have to speak at a trial.
    You can call CMM. You do not have to give your name.

law = The law protects children more
    .p1 = In Denmark, you are a child until you turn 18.
    .p2 = It is human trafficking if someone gets you to come with them, moves you, or gives you a place to live, so that they can use you. For example, to make you sell sex, work for them, or commit crimes.
    .important = For a child, it is human trafficking even if nobody used force, threats or lies. For adults, the law asks for one of those things. For you, it does not.

representative = An adult on your side
    .p1 = If you are under 18, not Danish, and in Denmark without your parents or another adult who is responsible for you, you get a representative. This is an adult whose job is to look after what is best for you. Only very special reasons can stop this.
    .list1 =
        - If you have been trafficked, this must be taken into account when your representative is chosen.
        - If you are 12 or older, someone should normally talk with you first.
        - While you are seeking asylum, the representative follows you and checks that your rights are respected.
        - If you get a permit to stay, an adult looks after what is best for you and goes with you to meetings with the authorities, until you turn 18.
    .p2 = Your representative may be a volunteer, for example from the Danish Red Cross, or someone who is paid to do it. The authorities decide.
    .p3 = When you have your first talk with CMM, your representative is normally with you.
    .p4 = Asking for a representative, or for a different one, goes to the Agency of Family Law (Familieretshuset). Ask CMM how to do it.

interviews = Talking to the police, and going to court
    .p1 = The police can interview children and young people on video.
    .list1 =
        - Under 13: the interview is on video, as a rule.
        - Aged 13 or 14: a video interview is always possible in cases about sexual crimes, incest, stalking, or violence in the family.
        - Aged 15, 16 or 17: a video interview is possible only if there are very strong reasons to protect you.
    .p2 = If you were interviewed on video in this way, you normally do not have to speak at the trial. A court can make you come only in very rare cases.
    .important = Not everyone aged 15 to 17 gets a video interview. Ask CMM or your representative what is possible for you.

where-you-stay = Where you will live
    .list1 =
        - If you came without your parents, have no papers to stay, and seek asylum: you normally live at a children's centre in the asylum system. Some young people who have special needs every day live in special departments.
        - If you came without your parents and are in Denmark legally: the town or area where you live (the municipality) finds you a place. It can be a children's home or a care home. In rare cases it is a foster family.
    .p1 = The municipality must keep watch over all children who live there, with or without papers. So it must make sure that a child who has been trafficked gets the right help.

how-found = How adults can find out
    .p1 = Adults who work with children can notice signs of trafficking:
    .list1 =
        - The Danish Red Cross checks all children who came alone and live at an asylum centre for signs of trafficking.
        - Signs can be the place where a child is met, the people the child is with, or how the child acts.
        - One sign can be that a child cannot explain the journey to Denmark, or why they are here.
    .p2 = If the staff think a child may be trafficked, they call CMM. Then someone from CMM, or from an organisation that works with CMM, talks with the young person one or more times to find out.
    .important = Not all adults are trained to see the signs. If something is wrong, you can tell someone yourself.

at-risk = If adults use you for crime
    .p1 = Some children and young people are used by adults or gangs to steal, break into homes, or carry and sell drugs. That can be human trafficking too. Read "Forced to beg or commit crime".
    .p2 = Children who came alone and wait for their asylum case are at special risk of being trafficked. Children have gone missing from asylum centres. The Red Cross and CMM see these children as being at special risk of being used.

get-help = Who you can tell
    .p1 = You can call CMM. You do not have to give your name. You can also call if you are worried about a friend.
    .action = { CALL("cmm-hotline") }
    .p2 = If you live at an asylum centre, you can talk to the staff there, or to your representative.
    .p3 = If you are in danger now, call { CALL("emergency") }.
    .p4 = Help from CMM does not depend on you going to the police.
