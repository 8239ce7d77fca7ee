title = Get help now
summary = If you are in danger now, call { CALL("emergency") }. It is free.

danger = Are you in danger right now?
    .p1 = Call { CALL("emergency") } if your life is in danger or someone is badly hurt.
    .action = { CALL("emergency") }
    .important = Every emergency call is recorded.

cmm = Call the Danish Centre against Human Trafficking
    .p1 = The centre helps people who may be victims of human trafficking. You can write to { EMAIL("cmm-hotline") }.
    .action = { CALL("cmm-hotline") }
    .list1 =
        - The talk can be anonymous.
        - You choose if you want to take part.

about = About this information
    .p1 = This information is published by { $publisher }. This is version { $version }.
