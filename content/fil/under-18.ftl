title = Kung wala ka pang 18 taong gulang
summary = Kung wala ka pang 18 taong gulang, mas pinoprotektahan ka ng batas.
    Kung dumating ka sa Denmark nang wala ang mga magulang mo, dapat kang magkaroon ng isang adult na ang trabaho ay alagaan ka. Baka hindi mo na kailangang magsalita sa paglilitis sa korte.
    Puwede kang tumawag sa CMM. Hindi mo kailangang sabihin ang pangalan mo.

law = Mas pinoprotektahan ng batas ang mga bata
    .p1 = Sa Denmark, bata ka pa hanggang mag-18 ka.
    .p2 = Human trafficking ito kung may taong nagpasama sa iyo, naglipat sa iyo, o nagbigay sa iyo ng matitirhan, para magamit ka nila. Halimbawa, para pagbentahin ka ng sex, pagtrabahuhin para sa kanila, o pagawin ng krimen.
    .important = Para sa bata, human trafficking pa rin ito kahit walang gumamit ng dahas, pananakot o panloloko. Para sa mga adult, hinihingi ng batas ang isa sa mga ito. Para sa iyo, hindi ito hinihingi.

representative = Isang adult na nasa panig mo
    .p1 = Kung wala ka pang 18, hindi ka Danish, at nasa Denmark ka nang wala ang mga magulang mo o ibang adult na responsable sa iyo, bibigyan ka ng representative. Isa itong adult na ang trabaho ay bantayan kung ano ang pinakamabuti para sa iyo. Napakaespesyal na dahilan lang ang puwedeng pumigil dito.
    .list1 =
        - Kung na-traffic ka, dapat itong isaalang-alang sa pagpili ng representative mo.
        - Kung 12 taong gulang ka o higit pa, karaniwang may kakausap muna sa iyo.
        - Habang nag-a-apply ka ng asylum, sinusubaybayan ka ng representative at tinitingnan kung iginagalang ang mga karapatan mo.
        - Kung mabigyan ka ng permit para manatili, may adult na magbabantay sa kung ano ang pinakamabuti para sa iyo at sasama sa iyo sa mga pakikipagkita sa mga awtoridad, hanggang mag-18 ka.
    .p2 = Puwedeng volunteer ang representative mo, halimbawa mula sa Danish Red Cross, o taong binabayaran para gawin ito. Ang mga awtoridad ang nagpapasya.
    .p3 = Sa unang pag-uusap mo sa CMM, karaniwang kasama mo ang representative mo.
    .p4 = Ang paghingi ng representative, o ng ibang representative, ay ipinapadala sa Ahensiya para sa Batas ng Pamilya (Familieretshuset). Tanungin ang CMM kung paano ito gawin.

interviews = Pakikipag-usap sa pulis, at pagpunta sa korte
    .p1 = Puwedeng i-video ng pulis ang interview sa mga bata at kabataan.
    .list1 =
        - Wala pang 13: naka-video ang interview, bilang patakaran.
        - 13 o 14 taong gulang: laging puwede ang video interview sa mga kaso tungkol sa sexual na krimen, incest, stalking, o karahasan sa pamilya.
        - 15, 16 o 17 taong gulang: puwede lang ang video interview kung may napakalakas na dahilan para protektahan ka.
    .p2 = Kung na-interview ka na sa video sa ganitong paraan, karaniwang hindi mo na kailangang magsalita sa paglilitis. Sa napakabihirang kaso lang puwede kang papuntahin ng korte.
    .important = Hindi lahat ng 15 hanggang 17 taong gulang ay nabibigyan ng video interview. Tanungin ang CMM o ang representative mo kung ano ang puwede para sa iyo.

where-you-stay = Saan ka titira
    .list1 =
        - Kung dumating ka nang wala ang mga magulang mo, wala kang papeles para manatili, at nag-a-apply ka ng asylum: karaniwang titira ka sa isang children's centre sa asylum system. May ilang kabataan na may espesyal na pangangailangan araw-araw na tumitira sa mga espesyal na departamento.
        - Kung dumating ka nang wala ang mga magulang mo at legal kang nasa Denmark: ang bayan o lugar kung saan ka nakatira (ang munisipyo) ang hahanap ng matitirhan mo. Puwedeng children's home o care home. Sa bihirang kaso, foster family.
    .p1 = Dapat bantayan ng munisipyo ang lahat ng batang nakatira doon, may papeles man o wala. Kaya dapat nitong tiyakin na makakakuha ng tamang tulong ang batang na-traffic.

how-found = Paano nalalaman ng mga adult
    .p1 = Puwedeng mapansin ng mga adult na nagtatrabaho kasama ng mga bata ang mga senyales ng trafficking:
    .list1 =
        - Sinusuri ng Danish Red Cross ang lahat ng batang dumating nang mag-isa at nakatira sa asylum centre, kung may senyales ng trafficking.
        - Ang senyales ay puwedeng ang lugar kung saan nakita ang bata, ang mga taong kasama ng bata, o kung paano kumikilos ang bata.
        - Isang senyales ay kung hindi maipaliwanag ng bata ang biyahe niya papuntang Denmark, o kung bakit siya nandito.
    .p2 = Kung sa tingin ng staff ay baka na-traffic ang isang bata, tatawagan nila ang CMM. Pagkatapos, may taong mula sa CMM, o mula sa organisasyong nakikipagtulungan sa CMM, na kakausap sa kabataan nang isa o higit pang beses para alamin ito.
    .important = Hindi lahat ng adult ay sinanay na makita ang mga senyales. Kung may mali, puwede kang magsabi sa isang tao mismo.

at-risk = Kung ginagamit ka ng mga adult sa krimen
    .p1 = May mga bata at kabataan na ginagamit ng mga adult o ng mga gang para magnakaw, manloob ng bahay, o magdala at magbenta ng droga. Puwede rin itong human trafficking. Basahin ang "Pinilit mamalimos o gumawa ng krimen".
    .p2 = Ang mga batang dumating nang mag-isa at naghihintay sa kaso nila sa asylum ay lalong nasa panganib na ma-traffic. May mga batang nawala mula sa mga asylum centre. Para sa Red Cross at sa CMM, lalong nasa panganib ang mga batang ito na magamit.

get-help = Kanino ka puwedeng magsabi
    .p1 = Puwede kang tumawag sa CMM. Hindi mo kailangang sabihin ang pangalan mo. Puwede ka ring tumawag kung nag-aalala ka para sa isang kaibigan.
    .action = { CALL("cmm-hotline") }
    .p2 = Kung nakatira ka sa asylum centre, puwede kang makipag-usap sa staff doon, o sa representative mo.
    .p3 = Kung nasa panganib ka ngayon, tumawag sa { CALL("emergency") }.
    .p4 = Ang tulong mula sa CMM ay hindi nakadepende sa pagpunta mo sa pulis.
