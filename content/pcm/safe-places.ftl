title = Safe place to stay
summary = Dem dey offer victims of human trafficking safe place to stay, with food.
    To get place, start by calling CMM.
    If you no get legal right to stay, police fit also decide where you go stay.

get-a-place = How to get place
    .p1 = Call di CMM hotline. Na through CMM, your CMM contact person and di authorities dem dey arrange place.
    .action = { CALL("cmm-hotline") }
    .p2 = While CMM dey look your matter, e fit offer you place to stay if you need one.

what-you-get = Which kind place
    .p1 = Dem dey offer victims safe place to stay, with food.
    .p2 = E fit be crisis centre, hostel, or asylum centre. Children wey never reach 18 years fit stay for children home where children dey live (residential children's home).

police-placement = If na police decide where you go stay
    .p1 = If you fit be victim and you no get legal right to stay for Denmark, police fit put you for crisis centre or another house while dem dey look your case.
    .p2 = Dis na police decision under di Aliens Act (§ 34(1)(3)), di law about foreigners. E no be di same as place wey CMM offer you.
    .important = Make you know: dem don lock up (detain) pipo wey fit be victim for Denmark while dem dey check dia case or dia papers. Some pipo wey dem find say dem be victim, dem still send dem comot Denmark. Ask CMM or lawyer wetin dis mean for you.

staying-safe = How to dey safe
    .p1 = Your CMM contact person go look wetin fit put you for danger. Dis person fit help with:
    .list1 =
        - advice on how to dey safe
        - how to keep your phone safe
        - to move go another place to stay
        - to contact police

women = Where women fit stay
    .p1 = Di organisation Reden International dey run two shelters for women wey be victim of human trafficking and wey dey inside di reflection period. Dem dey keep di addresses secret, to keep di women safe. Government dey pay for di shelters.
    .p2 = Di shelter dey give di women wey dey live there advice on how to dey safe.
    .p3 = Women wey also dey ask for asylum dey usually stay for asylum centre. After dem don look dia matter, dem fit put dem for Reden International.

men = Where men fit stay
    .p1 = Men fit stay for crisis centre for men, for house wey get support, for flat, or for similar place. CMM dey work with one hostel for Copenhagen.
    .p2 = Men wey dey ask for asylum dey normally stay for asylum centre.

drop-in = Place wey women fit just enter for Copenhagen
    .p1 = Reden International dey run Mødestedet, one drop-in centre (place wey you fit just enter) for Indre Vesterbro, Copenhagen. E dey for foreign women wey dey sell sex.
    .list1 =
        - You no need give your name.
        - You fit get help for social, law and health problems.
        - You fit get small food and rest small from di street.
    .p2 = Ask di CMM hotline how to find am.
