title = About dis information
summary = Na { $publisher } publish dis information.
    Di last time wey dem check di facts na { $published }.
    No legal adviser don check di English text yet.

who = Who make dis
    .p1 = Na { $publisher } publish dis information.
    .p2 = Di last time wey dem check di facts na { $published }. Dis na version { $version }.
    .p3 = Dem check some pages from copies wey dem keep before, and dis copies fit be older.
    .p4 = No legal adviser or organisation don check di facts for di English text yet. For every topic, di app dey tell you whether dem don check di facts, and who check am.
    .p5 = Dis information na general. For advice about your own matter, call di CMM hotline. E dey help victims, pipo wey dey worry about another person, and anybody wey want advice.
    .action = { CALL("cmm-hotline") }

sources = Where di facts come from
    .p1 = Every topic get list of di places wey di facts come from (sources). Every part of one topic dey show di sources of im own facts.
    .p2 = For dis version, di topics use 86 different sources:
    .list1 =
        - 45 na pages of Danish authorities, like CMM, police, di Danish parliament, ministries and courts.
        - 8 na reports or pages of foreign governments and international bodies, like di US State Department, di EU and di International Labour Organization.
        - 9 na copies of official documents, like reports or law texts, wey dey for other websites.
        - 7 na news articles.
        - 3 na pages of law firms.
        - 14 na pages of organisations, trade unions and other websites.
    .p3 = Some sources don old, some no show date, and for some, dem read only part of am. Where source na news or law firm, di source list go talk am.
    .p4 = Di phone numbers come from official pages of police, di Danish government and CMM. Numbers and rules fit change. If you no sure, call di CMM hotline.

languages = Di languages and di translations
    .p1 = Dem first write dis information for English. Dem translate di other languages from di English text.
    .p2 = Every language dey show how dem take make im translation, and whether person wey dey speak di language from birth don check am. Dem use machine help make some translations, and person wey dey speak di language from birth never check dem yet.
    .p3 = If dem never translate one part yet, you go see am for English, and dem go tell you.
    .p4 = When you talk to CMM for di first time, dem dey often use interpreter.

privacy = Your privacy
    .p1 = Haven no dey keep record of wetin you read or search. E dey keep only your settings, like your language and di size of di writing.
    .p2 = Haven dey work without internet. E dey go online only to look for new information, and only if you ask am to do so for di settings.
    .important = Your phone itself fit still keep record of di calls and e-mails wey you make from Haven. Di topic "Get help now now" dey talk wetin e dey keep.
    .p3 = Your CMM contact person fit give you advice on how to keep your phone safe.
