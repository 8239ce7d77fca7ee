title = A safe place to stay
summary = Victims of human trafficking are offered a safe place to stay, with meals.
    To get a place, start by calling CMM.
    If you have no legal right to stay, the police can also decide where you stay.

get-a-place = How to get a place
    .p1 = Call the CMM hotline. Places are arranged through CMM, your CMM contact person and the authorities.
    .action = { CALL("cmm-hotline") }
    .p2 = While CMM looks at your situation, it can offer you a place to stay if you need one.

what-you-get = What kind of place
    .p1 = Victims are offered a safe place to stay, with meals.
    .p2 = It can be a crisis centre, a hostel, or an asylum centre. Children under 18 can stay in a residential children's home.

police-placement = If the police decide where you stay
    .p1 = If you may be a victim and have no legal right to stay in Denmark, the police can place you in a crisis centre or other housing while your case is looked at.
    .p2 = This is a police decision under the Aliens Act (§ 34(1)(3)), the law about foreigners. It is not the same as a place that CMM offers you.
    .important = Be aware: people who may be victims have been locked up (detained) in Denmark while their case or their papers were checked. Some people found to be victims have still been sent out of Denmark. Ask CMM or a lawyer what this means for you.

staying-safe = Staying safe
    .p1 = Your CMM contact person looks at what could put you in danger. They can help with:
    .list1 =
        - advice on how to stay safe
        - how to keep your phone safe
        - moving to another place to stay
        - contact with the police

women = Places for women
    .p1 = The organisation Reden International runs two shelters for women who are victims of human trafficking and are in the reflection period. The addresses are kept secret, to keep the women safe. The state pays for the shelters.
    .p2 = The shelter gives the women who live there advice on how to stay safe.
    .p3 = Women who are also asking for asylum usually stay at an asylum centre. After their situation has been looked at, they can be placed with Reden International.

men = Places for men
    .p1 = Men can stay at a crisis centre for men, in supported housing, in a flat, or in a similar place. CMM works with a hostel in Copenhagen.
    .p2 = Men who are asking for asylum normally stay at an asylum centre.

drop-in = A drop-in centre for women in Copenhagen
    .p1 = Reden International runs Mødestedet, a drop-in centre in Indre Vesterbro, Copenhagen. It is for foreign women who sell sex.
    .list1 =
        - You do not have to give your name.
        - You can get help with social, legal and health problems.
        - You can get some food and a break from the street.
    .p2 = Ask the CMM hotline how to find it.
