title = Get help now
summary = If you are in danger now, call { CALL("emergency") }. It is free.
    For help and advice, call the Danish Centre against Human Trafficking (CMM).

danger = Are you in danger right now?
    .p1 = Call { CALL("emergency") } if someone's life is in danger, if a serious crime is happening, if there is a fire or an accident, or if someone is so hurt or ill that their life is in danger.
    .action = { CALL("emergency") }
    .p2 = The call is free. It works even if your phone has no credit or is blocked.
    .p3 = The person who answers will ask what happened, where and when, where to send help, and how many people are hurt.
    .important = Every emergency call is recorded.

cmm = Call the Danish Centre against Human Trafficking
    .p1 = The Danish Centre against Human Trafficking (CMM) is part of a Danish state authority. It helps find out if people have been trafficked, and it offers them help, support and advice. The hotline is the easiest way to reach CMM.
    .action = { CALL("cmm-hotline") }
    .p2 = You can also call if you think someone else is being exploited, or if you just want advice. You can tell CMM about a situation without giving your name.
    .p3 = You can also write to { EMAIL("cmm-hotline") }. If you want to send private information by e-mail, tell CMM first.
    .p4 = This app does not give the hotline's opening hours or languages, because they are not confirmed. Ask CMM. If no one answers and you are in danger, call { CALL("emergency") }.
    .important = Think about who can see your phone. A call you make from this app, also to { CALL("emergency") } or { CALL("police") }, shows in your phone's list of calls. It can also show on your phone bill. An e-mail you send stays in your "sent" folder.

first-talk = What happens when you talk to CMM
    .p1 = The first talk with CMM works like this:
    .list1 =
        - The talk is anonymous. You do not have to give your name.
        - You choose if you want to take part.
        - CMM passes on your information only if you agree. But read below what CMM tells the police.
        - You can bring a person you trust to support you.
        - If you are under 18, a personal representative is normally with you.
        - An interpreter is often used if you do not speak Danish or English well.
    .p2 = The talk can take place at CMM, at a shelter, in a jail or prison, at an asylum centre, or where you are staying.
    .p3 = While CMM looks at your situation, it can offer you support and a place to stay, if you need it.

police-and-cmm = What CMM tells the police
    .p1 = You can get help from CMM even if you do not go to the police.
    .p2 = CMM works closely with the police. This is what is known about what reaches the police:
    .list1 =
        - Your name and your information: CMM says it passes them on only if you agree.
        - Your case: a news report from 2025 says that CMM now tells the police about cases, without names. It also says CMM encourages victims to contact the police themselves.
        - The report does not say what else about a case CMM tells the police.
    .p3 = If you have no papers to stay in Denmark, the Danish Immigration Service decides if you are a victim, not CMM. The Immigration Service has said that it uses information from the police and what the person told CMM.
    .important = Before you give your name or details, ask CMM: "What will you tell the police or the Immigration Service about me?"

after-call = What happens after you call
    .p1 = These are the steps, as far as they are known:
    .list1 =
        - You tell CMM about your situation. You do not have to give your name.
        - If it may be human trafficking, CMM can offer you a first talk. You choose if you want it.
        - While your situation is looked at, CMM can offer you support and a place to stay, if you need it.
        - Then someone decides if you are a victim of human trafficking. If you are in Denmark legally, CMM decides. If you have no legal stay, or you are seeking asylum, the Danish Immigration Service decides. If you are on trial for a crime, the court can decide it.
        - If you are found to be a victim, you are offered a period of 30 days to get away from the exploitation and recover. It is called the reflection period (for people in Denmark legally, the restitution period). It can be longer, up to 120 days, when there are special reasons or if you take part in planning a return home.
        - You get a contact person from CMM. This person explains the help you can get, and works with others, such as the Immigration Service, lawyers, the police and the Red Cross.
    .important = If you have no legal stay, the reflection period is not a permit to stay. It is a later date by which you must leave Denmark. Read "No papers? Afraid of the police?"
    .p2 = The help CMM offers, and the offer of a planned return home, do not depend on you helping the police.
    .p3 = Your contact person also looks at your safety with you. This can mean advice on staying safe and on how to keep your phone safe, a move to another place to stay, or contact with the police.

not-urgent = When it is not urgent
    .p1 = Call the police on { CALL("police") } to report a crime that does not need the police right away, to ask about your case, or to give the police information.
    .action = { CALL("police") }
    .p2 = If your phone has a foreign SIM card, put the Danish country code in front of the number.
    .p3 = These calls are also recorded.
