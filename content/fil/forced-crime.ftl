title = Pinilit mamalimos o gumawa ng krimen
summary = Ang mapilitang mamalimos, magnakaw, magbenta ng droga o gumawa ng ibang krimen ay puwedeng human trafficking.
    Baka natatakot kang maparusahan. Sinasabi ng pahinang ito nang tapat kung ano ang alam.
    Puwede kang tumawag sa CMM nang hindi sinasabi ang pangalan mo.

what-it-is = Ano ang sapilitang krimen
    .p1 = Sa Denmark, saklaw din ng batas laban sa human trafficking ang mga taong ginagamit para gumawa ng krimen.
    .p2 = Puwede ring human trafficking ang pamamalimos. Isinama ng gobyerno ng Denmark ang pamamalimos, pandurukot at pagbebenta ng droga sa mga larangan kung saan puwedeng mangyari ang human trafficking. Sinabi rin nito na gusto nitong nakatuon ang bagong plano laban sa human trafficking sa pamamalimos at sa mga bata.
    .p3 = May mga taong nakita ang CMM na pinilit na:
    .list1 =
        - magnakaw, o manloob ng bahay
        - magdala o magbenta ng droga
        - magtanim ng cannabis (marijuana)
        - dayain ang tax office habang nagpapatakbo ng tindahan
    .p4 = Minsan, ginagamit ng mga trafficker ang pangalan at ID ng isang tao para dayain ang mga kompanya at ang tax office. Sa isang kaso, dinala sa Denmark ang mahihirap na tao mula sa Romania gamit ang pekeng alok na trabaho, at ginamit ang mga pangalan nila sa panloloko. Napatunayang nagkasala ng human trafficking ang mga trafficker.

who = Kanino ito nangyayari
    .p1 = Inilalarawan ng CMM ang isang grupo ng mga batang lalaki at binata mula sa North Africa. Ginagamit sila ng mga gang para magnakaw, manloob ng bahay, at magdala at magbenta ng droga.
    .list1 =
        - May ilan na sinaktan, inabuso nang sexual, o tinakot, pati ng armas.
        - Alam nila na ang pagtanggi sa gang ay puwedeng magkaroon ng malubhang resulta.
        - Baka alam ng gang kung saan nakatira ang pamilya nila sa sariling bansa.
        - Marami ang dumating sa Denmark nang mag-isa noong bata pa sila at nag-apply ng asylum.
    .p2 = Puwede ring gamitin ang mga lalaking adult. Halimbawa, may mga lalaki mula sa Vietnam na ginamit para magtanim ng cannabis.

punished = Paparusahan ba ako sa ipinilit sa akin na gawin?
    .p1 = Hindi namin maipapangako na hindi ka paparusahan. Ito ang alam:
    .list1 =
        - Sinasabi ng mga ulat ng US noong 2021 at 2022 na walang malinaw na patakaran ang batas ng Denmark na nagpoprotekta sa mga biktima laban sa parusa para sa mga krimeng ipinilit sa kanila.
        - Sinasabi rin ng parehong mga ulat na may mga awtoridad na nagdemanda sa mga biktima sa korte dahil sa ganitong mga krimen, pati mga bata.
        - Noong 2024, sinabi ng CMM na ang mga batang lalaki mula sa North Africa na pinilit gumawa ng krimen ay madalas hindi itinuturing na biktima. Sa halip, ikinukulong sila at pinapaalis sa Denmark.
        - Puwedeng i-drop (bawiin) ng mga prosecutor ang kaso para sa mas magagaan na krimen na nagawa ng biktima bilang bahagi ng pagka-traffic sa kanya. Kung ganoon, puwede ring hindi mapaalis sa bansa ang biktima.
        - Kung nililitis ka sa korte dahil sa krimen, puwedeng magpasya ang korte na biktima ka ng human trafficking.
    .important = Mai-drop lang ang kaso kung alam ng mga tao na na-traffic ka. Sabihin sa abogado mo at sa mga awtoridad kung ano ang nangyari sa iyo.
    .p2 = Kung kinasuhan ka ng krimen, may karapatan ka sa abogadong magtatanggol sa iyo.
    .p3 = Baka ikulong ka (i-detain). Sinasabi ng mga ulat ng US mula 2018 hanggang 2020 na puwedeng ikulong ng mga opisyal ang posibleng biktima nang 72 oras, at mas matagal kung kailangan.
    .p4 = Baka nagbago na ang mga patakaran mula nang isulat ang mga ulat na ito. May mga gabay din para sa mga prosecutor tungkol sa pagsasampa ng kaso laban sa mga biktima, at hindi alam ng app na ito kung ano ang sinasabi ng mga ito ngayon. Tanungin ang CMM o isang abogado kung ano ang mga patakaran ngayon.

afraid = Kung natatakot kang magsabi
    .p1 = Maraming tao sa ganitong sitwasyon ang takot na takot magkuwento, dahil sa pananakot ng gang.
    .p2 = Sinasabi ng isang organisasyon, ang HopeNow, na maraming posibleng biktima ang itinuturing na kriminal at nakakulong hanggang makitang biktima sila. Kaya maraming umiiwas sa pulis.
    .p3 = Puwede kang tumawag muna sa CMM at magtanong nang hindi sinasabi ang pangalan mo. Ang tulong mula sa CMM ay hindi nakadepende sa pagpunta mo sa pulis.
    .action = { CALL("cmm-hotline") }

get-help = Saan makakakuha ng tulong
    .p1 = Tumutulong din ang HopeNow sa mga lalaking ginamit para sa krimen.
    .action = { WEB("hopenow") }
    .p2 = Kung wala ka pang 18 taong gulang, basahin ang "Kung wala ka pang 18 taong gulang".
    .p3 = Kung nasa panganib ka ngayon, tumawag sa { CALL("emergency") }.
