title = Ligtas na matutuluyan
summary = Inaalok ang mga biktima ng human trafficking ng ligtas na matutuluyan, may kasamang pagkain.
    Para makakuha ng matutuluyan, tumawag muna sa CMM.
    Kung wala kang legal na karapatang manatili, puwede ring ang pulis ang magpasya kung saan ka titira.

get-a-place = Paano makakuha ng matutuluyan
    .p1 = Tumawag sa hotline ng CMM. Inaayos ang mga matutuluyan sa pamamagitan ng CMM, ng contact person mo sa CMM, at ng mga awtoridad.
    .action = { CALL("cmm-hotline") }
    .p2 = Habang tinitingnan ng CMM ang sitwasyon mo, puwede ka nitong alukin ng matutuluyan kung kailangan mo.

what-you-get = Anong klaseng lugar
    .p1 = Inaalok ang mga biktima ng ligtas na matutuluyan, may kasamang pagkain.
    .p2 = Puwede itong isang crisis centre, hostel, o asylum centre. Ang mga batang wala pang 18 taong gulang ay puwedeng tumira sa isang tahanan para sa mga bata.

police-placement = Kung ang pulis ang magpasya kung saan ka titira
    .p1 = Kung baka biktima ka at wala kang legal na karapatang manatili sa Denmark, puwede kang ilagay ng pulis sa isang crisis centre o ibang tirahan habang tinitingnan ang kaso mo.
    .p2 = Desisyon ito ng pulis ayon sa Aliens Act (§ 34(1)(3)), ang batas tungkol sa mga dayuhan. Hindi ito katulad ng lugar na iniaalok sa iyo ng CMM.
    .important = Tandaan: may mga taong posibleng biktima na ikinulong (na-detain) sa Denmark habang sinusuri ang kaso o papeles nila. May ilang taong nakitang biktima na pinaalis pa rin sa Denmark. Tanungin ang CMM o isang abogado kung ano ang ibig sabihin nito para sa iyo.

staying-safe = Paano manatiling ligtas
    .p1 = Titingnan ng contact person mo sa CMM kung ano ang puwedeng maglagay sa iyo sa panganib. Matutulungan ka niya sa:
    .list1 =
        - payo kung paano manatiling ligtas
        - kung paano panatilihing ligtas ang telepono mo
        - paglipat sa ibang matutuluyan
        - pakikipag-ugnayan sa pulis

women = Mga lugar para sa kababaihan
    .p1 = Ang organisasyong Reden International ay may dalawang shelter para sa mga babaeng biktima ng human trafficking na nasa reflection period. Lihim ang mga address, para mapanatiling ligtas ang mga babae. Ang gobyerno ang nagbabayad para sa mga shelter.
    .p2 = Binibigyan ng shelter ng payo ang mga babaeng nakatira roon kung paano manatiling ligtas.
    .p3 = Ang mga babaeng humihingi rin ng asylum ay kadalasang tumitira sa asylum centre. Pagkatapos tingnan ang sitwasyon nila, puwede silang patuluyin sa Reden International.

men = Mga lugar para sa kalalakihan
    .p1 = Ang mga lalaki ay puwedeng tumira sa isang crisis centre para sa mga lalaki, sa tirahang may suporta, sa isang apartment, o sa katulad na lugar. Nakikipagtulungan ang CMM sa isang hostel sa Copenhagen.
    .p2 = Ang mga lalaking humihingi ng asylum ay karaniwang tumitira sa asylum centre.

drop-in = Drop-in centre para sa kababaihan sa Copenhagen
    .p1 = Pinapatakbo ng Reden International ang Mødestedet, isang drop-in centre sa Indre Vesterbro, Copenhagen. Puwede kang pumunta roon nang walang appointment. Para ito sa mga dayuhang babae na nagbebenta ng sex.
    .list1 =
        - Hindi mo kailangang ibigay ang pangalan mo.
        - Puwede kang makakuha ng tulong sa mga problemang panlipunan, legal, at pangkalusugan.
        - Puwede kang makakain nang kaunti at makapagpahinga mula sa kalye.
    .p2 = Tanungin ang hotline ng CMM kung paano ito mahahanap.
