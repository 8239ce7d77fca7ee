title = Get help now
summary = If you are in danger now, call { CALL("emergency") }. It is free.
    For help and advice, call the Danish Centre against Human Trafficking (CMM).

danger = Are you in danger right now?
    .p1 = Call { CALL("emergency") } if your life is in danger, if a serious crime is happening, or if someone is badly hurt or very ill.
    .action = { CALL("emergency") }
    .p2 = The call is free. It works even if your phone has no credit or is blocked.
    .p3 = Say what happened, where you are, and how many people are hurt.
    .important = Every emergency call is recorded.

cmm = Call the Danish Centre against Human Trafficking
    .p1 = The Danish Centre against Human Trafficking (CMM) is part of the Danish state. It helps people who may be victims of human trafficking. The hotline is the easiest way to reach CMM.
    .action = { CALL("cmm-hotline") }
    .p2 = You can also call if you think someone else is being exploited, or if you just want advice.
    .p3 = You can also write to { EMAIL("cmm-hotline") }. If you want to send private information by email, tell CMM first.

first-talk = What happens when you talk to CMM
    .p1 = The first talk with CMM works like this:
    .list1 =
        - The talk can be anonymous. You do not have to say who you are.
        - You choose if you want to take part.
        - CMM only passes on what you say if you agree.
        - You can bring a person you trust to support you.
        - An interpreter is often used if you do not speak Danish or English well.
    .p2 = The talk can take place at CMM, at a shelter, in prison, at an asylum centre, or where you are staying.
    .p3 = While CMM looks at your situation, it can offer you support and a place to stay, if you need it.

police-and-cmm = CMM and the police
    .p1 = You can get help from CMM even if you do not go to the police.
    .important = Be aware: CMM works closely with the police. CMM tells the police about cases without giving names, and it encourages victims to contact the police.

not-urgent = When it is not urgent
    .p1 = Call the police on { CALL("police") } to report a crime that does not need the police right away, to ask about your case, or to give the police information.
    .action = { CALL("police") }
    .p2 = If your phone has a foreign SIM card, put the Danish country code in front of the number.
    .p3 = These calls are also recorded.
