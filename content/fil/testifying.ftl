title = Pagiging testigo
summary = Magkaibang hakbang ang pagsasabi sa pulis kung ano ang nangyari at ang pagtestigo sa korte.
    May mga paraan para protektahan ka bilang testigo.
    Ang tulong mula sa CMM ay hindi nakadepende sa pakikipagtulungan mo sa pulis.

what-it-is = Ano ang ibig sabihin ng tumestigo
    .p1 = Kapag sinabi mo sa pulis kung ano ang nangyari, nagbibigay ka ng salaysay (statement) sa pulis. Hindi ito pagtestigo.
    .p2 = Ang tumestigo ay ang magsalita bilang testigo sa korte, sa isang kasong kriminal. Sinasagot mo ang mga tanong tungkol sa nangyari.
    .p3 = Malubhang krimen sa Denmark ang human trafficking. Ang parusa ay puwedeng umabot nang hanggang 10 taon sa kulungan.
    .p4 = Sa mga kasong ito, ang sinasabi ng biktima ang madalas na pinakamahalagang ebidensiya. Minsan, ito lang ang ebidensiya.

steps = Mula sa pulis hanggang sa korte
    .p1 = Ganito ang karaniwang nangyayari:
    .list1 =
        - Ire-report mo ang krimen sa pulis, at sasabihin mo sa kanila kung ano ang nangyari. Ito ang salaysay mo sa pulis.
        - Mag-iimbestiga ang pulis. Baka tanungin ka nila ulit. Puwedeng sumama sa iyo ang isang abogado para sa biktima.
        - Kung umabot sa korte ang kaso, baka ipatawag ka bilang testigo.
        - Sa korte, tetestigo ka: sasagutin mo ang mga tanong tungkol sa nangyari. Puwedeng sumama sa iyo ang isang abogado para sa biktima.
    .p2 = Hindi lahat ng kaso ay nauuwi sa kaso sa korte o sa hatol na may sala. Noong 2019, 2020 at 2021, walang nahatulan ng human trafficking sa Denmark.
    .p3 = Maipapaliwanag ng abogado para sa biktima ang bawat hakbang at kung paano tumatakbo ang paglilitis. Ang gobyerno ang nagbabayad sa abogadong ito. Hindi pa kumpirmado kung paano nakakakuha nito ang biktima ng human trafficking: tanungin ang CMM o ang pulis.
    .p4 = Kung baka umalis ka ng Denmark bago ang paglilitis, tanungin ang abogado mo tungkol sa pagtatanong sa iyo sa korte bago ang paglilitis. Hindi kumpirmado rito ang mga patakaran para dito.

protection = Paano ka mapoprotektahan
    .p1 = Bihirang kailanganin ang espesyal na tulong sa korte. Kung kailangan mo ito, kadalasang maisasaayos ito ng tagausig (prosecutor) o ng abogado mo kasama ang korte bago ang araw na iyon.
    .list1 =
        - Puwedeng isaayos ng pulis o ng tagausig na may sumalubong sa iyo pagdating mo sa korte.
        - Puwede rin nilang isaayos na maghintay ka sa hiwalay na waiting room.
        - Kung hihilingin mo, sa ilang kaso ay puwedeng paupuin ng korte ang akusado sa lugar na hindi mo siya makikita habang tumetestigo ka.
        - Sa mga espesyal na kaso, puwedeng utusan ng korte ang akusado na lumabas ng courtroom habang tumetestigo ka.
    .p2 = Habang nag-iimbestiga, puwedeng sabihan ng pulis ang abogado ng suspek na huwag ipasa sa suspek ang ilang impormasyon, kapag kailangan ito para protektahan ka.
    .important = Kung may magbanta sa iyo o manggulo sa iyo dahil testigo ka, sabihin agad sa pulis. Kung nasa panganib ka, tumawag sa { CALL("emergency") }.

video = Mga interview na naka-video
    .p1 = Puwedeng i-record ng pulis sa video ang isang interview. Pangunahin itong para sa mga bata at kabataang wala pang 18. Puwede rin ito para sa mga taong may malubhang sakit sa pag-iisip o malaking kapansanan, kapag may espesyal na sitwasyon na nagbibigay-katwiran dito.
    .p2 = Ang batang wala pang 13 ay, bilang patakaran, ini-interview sa video. Para sa mas matatandang bata, nakadepende ito sa kaso.
    .p3 = Kung na-interview ka na sa video sa ganitong paraan, karaniwang hindi mo na kailangang tumestigo sa paglilitis. Sa napakabihirang kaso lang ito puwedeng iutos ng korte.
    .important = Hindi pa kumpirmado na puwedeng i-interview sa video ang mga adult na biktima ng human trafficking. Tanungin ang abogado mo o ang CMM.

danger = Kung ikaw o ang pamilya mo ay puwedeng nasa malubhang panganib
    .p1 = Sa ilang kaso, puwedeng ilihim ng korte sa akusado ang pangalan mo, ang trabaho mo at ang address mo. Dapat makita ng korte na kailangan ito para sa kaligtasan mo, at na malamang hindi ito makakasama sa depensa.
    .p2 = Kung puwedeng maharap ikaw o ang pamilya mo sa malubhang panganib, puwede ring utusan ng korte ang akusado na lumabas ng courtroom habang tumetestigo ka.
    .p3 = Mga desisyon ito ng korte. Tanungin ang abogado mo o ang tagausig kung kailangan mo ang mga ito.

closed-court = Puwede bang hindi papasukin ang publiko?
    .p1 = Ang mga biktima ng rape, o ng mga krimeng kasing-bigat nito, ay may karapatang hindi papasukin ang publiko sa courtroom. Puwede itong hilingin ng abogado mo o ng tagausig. Kung hindi pinagbawalan ang publiko, puwede namang ipagbawal ng korte na i-report ng kahit sino ang sinasabi mo.
    .important = Hindi pa kumpirmado kung ang human trafficking ay itinuturing na "kasing-bigat". Tanungin ang abogado mo o ang tagausig.

compensation = Paghingi ng pera sa kaso sa korte
    .p1 = Kung may kaso sa korte laban sa mga taong nagsamantala sa iyo, humingi ng bayad-pinsala sa kasong iyon. Kung hindi mo ito gagawin, baka mawala sa bandang huli ang karapatan mong makakuha ng bayad-pinsala mula sa gobyerno.
    .p2 = Ang isang abogado para sa biktima ay puwedeng kumuwenta ng perang hihingin mo at magharap nito sa kaso sa korte para sa iyo.

forced-crimes = Kung pinilit kang lumabag sa batas
    .p1 = May mga biktimang pinipilit ng mga nagsasamantala sa kanila na gumawa ng krimen.
    .p2 = Sinabi ng mga ulat ng US noong 2021 at 2022 na walang malinaw na patakaran ang batas ng Denmark na nagpoprotekta sa mga biktima laban sa parusa para sa mga krimeng pinilit silang gawin. Hindi pa kumpirmado kung nagbago na ito. May mga biktima, pati mga bata, na kinasuhan dahil sa ganitong mga krimen.
    .p3 = Puwedeng i-drop (bawiin) ng tagausig ang kaso para sa mga hindi gaanong mabigat na krimen na nagawa mo dahil na-traffic ka. Baka maiwasan mo rin na mapaalis sa Denmark. Pero puwede lang itong mangyari kung alam ng mga awtoridad na na-traffic ka.
    .p4 = Kung nililitis ka, puwedeng magpasya ang korte na biktima ka ng human trafficking.
    .important = Sabihin sa abogado mo at sa mga awtoridad na na-traffic ka. Kung kinasuhan ka ng krimen, may karapatan ka sa abogadong magtatanggol sa iyo. Tandaan na may mga taong posibleng biktima na na-detain (ikinulong ng pulis).

your-choice = Ang mga pagpipilian mo
    .p1 = Ang tulong mula sa CMM ay hindi nakadepende sa pagpunta mo sa pulis. Hindi rin dito nakadepende ang tulong para makauwi sa pamamagitan ng prepared return.
    .important = Tungkol ito sa tulong na nakukuha mo. Hindi ito nangangahulugan na puwede kang tumanggi kung ipatawag ka ng korte bilang testigo. Kung ipatawag ka, tanungin ang abogado mo o ang CMM kung ano ang dapat mong gawin.
    .p2 = May mga pagpipilian na nasa iyo:
    .list1 =
        - kung sasali ka sa unang pag-uusap kasama ang CMM
        - kung tatanggapin mo ang prepared return
        - kung hihingi ka ng proteksiyon sa korte
        - kung aling abogado ang hihilingin mo sa korte
    .p3 = Magtanong sa abogado mo o sa contact person mo sa CMM bago ka magpasya.

what-police-learn = Ano ang sinasabi ng CMM sa pulis
    .p1 = Sa unang pag-uusap sa CMM, ipinapasa lang ang impormasyon mo kung papayag ka.
    .p2 = Pero malapit na nakikipagtulungan ang CMM sa pulis. Nire-report nito sa pulis ang mga kaso nang walang pangalan, at hinihikayat nito ang mga biktima na makipag-ugnayan sa pulis. Nakikipagtulungan din ang contact person mo sa CMM sa pulis at sa Immigration Service tungkol sa kaso mo.
    .p3 = Bago mo ikuwento ang nangyari sa iyo, tanungin ang CMM kung ano mismo ang ipapasa nito, at kanino.
