title = About this information
summary = This information is published by { $publisher }.
    The facts were last checked on { $published }.
    No legal adviser has checked the English text yet.

who = Who made this
    .p1 = This information is published by { $publisher }.
    .p2 = The facts were last checked on { $published }. This is version { $version }.
    .p3 = Some pages were checked from stored copies, which may be older.
    .p4 = No legal adviser or organisation has checked the facts in the English text yet. On every topic, the app tells you whether the facts have been checked, and by whom.
    .p5 = This information is general. For advice about your own situation, call the CMM hotline. It helps victims, people who worry about someone else, and anyone who wants advice.
    .action = { CALL("cmm-hotline") }

sources = Where the facts come from
    .p1 = Each topic lists its sources. Each part of a topic shows the sources of its own facts.
    .p2 = In this version, the topics use 86 different sources:
    .list1 =
        - 45 are pages of Danish authorities, such as CMM, the police, the Danish parliament, ministries and courts.
        - 8 are reports or pages of foreign governments and international bodies, such as the US State Department, the EU and the International Labour Organization.
        - 9 are copies of official documents, such as reports or law texts, kept on other websites.
        - 7 are news articles.
        - 3 are pages of law firms.
        - 14 are pages of organisations, trade unions and other websites.
    .p3 = Some sources are old, some show no date, and some were only read in part. Where a source is news or a law firm, the source list says so.
    .p4 = The phone numbers come from official pages of the police, the Danish state and CMM. Numbers and rules can change. If you are not sure, call the CMM hotline.

languages = Languages and translations
    .p1 = This information was first written in English. Other languages are translated from the English text.
    .p2 = Each language shows how its translation was made, and whether a native speaker has checked it. Some translations were made with help from a machine and are not yet checked by a native speaker.
    .p3 = If a part is not yet translated, you see it in English, and you are told.
    .p4 = When you talk to CMM for the first time, an interpreter is often used.

privacy = Your privacy
    .p1 = Haven keeps no record of what you read or search. It keeps only your settings, such as your language and the text size.
    .p2 = Haven works without the internet. It goes online only to look for updated information, and only if you ask for this in the settings.
    .important = Your phone itself can still keep a record of the calls and e-mails you make from Haven. The topic "Get help now" says what it keeps.
    .p3 = Your CMM contact person can give you advice on how to keep your phone safe.
