title = Ligtas na matutuluyan
summary = Kung biktima ka ng human trafficking, puwede kang makakuha ng ligtas na matutuluyan, may kasamang pagkain.
    Para makakuha ng matutuluyan, tumawag muna sa CMM.

get-a-place = Paano makakuha ng matutuluyan
    .p1 = Tumawag sa hotline ng CMM. Ang CMM at ang contact person mo ang mag-aayos ng matutuluyan mo kasama ang mga awtoridad.
    .action = { CALL("cmm-hotline") }
    .p2 = Habang tinitingnan ng CMM ang sitwasyon mo, puwede ka nitong bigyan ng matutuluyan kung kailangan mo.
    .p3 = Kung wala kang legal na karapatang manatili sa Denmark, puwede ka ring ilagay ng pulis sa isang crisis center o ibang tirahan habang tinitingnan ang kaso mo.

what-you-get = Anong klaseng lugar
    .p1 = Bibigyan ka ng ligtas na matutuluyan, may kasamang pagkain.
    .p2 = Puwede itong isang crisis center, hostel, o asylum center. Ang mga batang wala pang 18 taong gulang ay puwedeng tumira sa isang tahanan para sa mga bata.

staying-safe = Paano manatiling ligtas
    .p1 = Titingnan ng contact person mo sa CMM kung ano ang puwedeng maglagay sa iyo sa panganib. Matutulungan ka niya sa:
    .list1 =
        - payo kung paano manatiling ligtas
        - kung paano panatilihing ligtas ang telepono mo
        - paglipat sa ibang matutuluyan
        - pakikipag-ugnayan sa pulis

women = Mga lugar para sa kababaihan
    .p1 = Ang organisasyong Reden International ay may dalawang shelter para sa mga babaeng biktima ng human trafficking, habang nasa reflection period sila. Lihim ang mga address, para mapanatili kang ligtas.
    .p2 = Binibigyan ng shelter ng payo ang mga babaeng nakatira roon kung paano manatiling ligtas.
    .p3 = Ang mga babaeng humihingi rin ng asylum ay kadalasang tumitira sa asylum center. Pagkatapos tingnan ang sitwasyon mo, puwede kang patuluyin sa Reden International.

men = Mga lugar para sa kalalakihan
    .p1 = Ang mga lalaki ay puwedeng tumira sa isang crisis center para sa mga lalaki, sa tirahang may suporta, sa isang apartment, o sa katulad na lugar. Nakikipagtulungan ang CMM sa isang hostel sa Copenhagen.
    .p2 = Ang mga lalaking humihingi ng asylum ay karaniwang tumitira sa asylum center.

drop-in = Drop-in center para sa kababaihan sa Copenhagen
    .p1 = Pinapatakbo ng Reden International ang Mødestedet, isang drop-in center sa Indre Vesterbro, Copenhagen. Puwede kang pumunta roon nang walang appointment. Para ito sa mga dayuhang babae na nagbebenta ng sex.
    .list1 =
        - Hindi mo kailangang ibigay ang pangalan mo.
        - Puwede kang makakuha ng tulong sa mga problemang panlipunan, legal, at pangkalusugan.
        - Puwede kang makakain nang kaunti at makapagpahinga mula sa kalye.
    .p2 = Tanungin ang hotline ng CMM kung paano ito mahahanap.
