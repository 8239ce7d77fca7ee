title = About this information
summary = This information is published by { $publisher }.
    The facts were last checked on { $published }.

who = Who made this
    .p1 = This information is published by { $publisher }.
    .p2 = The facts were last checked on { $published }. This is version { $version }.

sources = Where the facts come from
    .p1 = The facts come from the sources listed with each topic. Most are official Danish pages, such as those of the Danish Centre against Human Trafficking, the police and the Danish parliament.
    .p2 = Every phone number is checked against official pages.
    .p3 = Rules can change. If you are not sure, call the CMM hotline.

languages = Languages and translations
    .p1 = This information was first written in English. Other languages are translated from the English text.
    .p2 = Each language shows how far its translation has been checked. Some translations were made with help from a machine and are not yet checked by a native speaker.
    .p3 = If a part is not yet translated, you see it in English, and you are told.

privacy = Your privacy
    .p1 = Haven keeps no record of what you read.
    .p2 = Haven works without the internet.
