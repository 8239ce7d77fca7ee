title = Pagiging testigo
summary = Ang sasabihin mo sa pulis at sa korte ay makakatulong para mapigilan ang mga taong nagsamantala sa iyo.
    May mga paraan para protektahan ka sa korte.
    Puwede kang makakuha ng tulong kahit hindi ka tumestigo.

what-it-is = Ano ang ibig sabihin ng tumestigo
    .p1 = Ang tumestigo ay ang pagsasabi sa pulis at sa korte kung ano ang nangyari sa iyo. Kapag ginawa mo ito, testigo ka na.
    .p2 = Malubhang krimen sa Denmark ang human trafficking. Ang parusa ay puwedeng umabot nang hanggang 10 taon sa kulungan.
    .p3 = Sa mga kasong ito, ang sinasabi ng biktima ang madalas na pinakamahalagang ebidensiya. Minsan, ito lang ang ebidensiya.

steps = Mula sa report sa pulis hanggang sa korte
    .p1 = Ganito ang karaniwang nangyayari:
    .list1 =
        - Sasabihin mo sa pulis kung ano ang nangyari. Tinatawag itong police report.
        - Mag-iimbestiga ang pulis. Baka kausapin ka nila ulit. Puwedeng sumama sa iyo ang abogado mo.
        - Kung may kaso sa korte, baka hilingin sa iyong magsalita sa korte bilang testigo.
        - Sa korte, sasagutin mo ang mga tanong tungkol sa nangyari. Puwedeng sumama sa iyo ang abogado mo.
    .p2 = Maipapaliwanag ng abogado mo para sa biktima ang bawat hakbang at kung paano tumatakbo ang paglilitis sa korte. Ang gobyerno ang nagbabayad sa abogadong ito.

protection = Paano ka mapoprotektahan
    .p1 = Bihirang kailanganin ang espesyal na tulong sa korte. Kung kailangan mo ito, kadalasang maisasaayos ito ng abogado mo o ng tagausig (prosecutor) kasama ang korte bago ang araw ng pagpunta mo sa korte.
    .list1 =
        - May puwedeng sumalubong sa iyo pagdating mo sa korte.
        - Puwede kang maghintay sa hiwalay na waiting room.
        - Kung hihilingin mo, sa ilang kaso ay puwedeng paupuin ng korte ang akusado sa lugar na hindi mo siya makikita habang nagsasalita ka.
        - Sa mga espesyal na kaso, puwedeng utusan ng korte ang akusado na lumabas ng courtroom habang nagsasalita ka.
        - Kapag talagang kailangan lang para sa kaligtasan mo, puwedeng ilihim ng korte sa akusado ang pangalan mo, ang trabaho mo, at ang address mo.
    .p2 = Habang nag-iimbestiga, puwede ring ilihim ng pulis ang ilang impormasyon sa suspek para protektahan ka.
    .important = Kung may magbanta sa iyo o manggulo sa iyo dahil testigo ka, sabihin agad sa pulis. Kung nasa panganib ka, tumawag sa { CALL("emergency") }.

compensation = Paghingi ng pera sa kaso sa korte
    .p1 = Kung may kaso sa korte laban sa mga taong nagsamantala sa iyo, humingi ng bayad-pinsala sa kasong iyon. Kung hindi mo ito gagawin, baka mawala sa bandang huli ang karapatan mong makakuha ng bayad-pinsala mula sa gobyerno.
    .p2 = Ang abogado mo para sa biktima ang puwedeng kumuwenta ng perang hihingin mo at magharap nito sa kaso sa korte para sa iyo.

forced-crimes = Kung pinilit kang lumabag sa batas
    .p1 = May mga biktimang pinipilit ng mga nagsasamantala sa kanila na gumawa ng krimen.
    .p2 = Walang naging malinaw na patakaran sa batas ng Denmark na nagpoprotekta sa mga biktima laban sa parusa para sa mga krimeng pinilit silang gawin.
    .p3 = Pero puwedeng iurong ng tagausig ang kaso para sa mga hindi gaanong mabigat na krimen na nagawa mo dahil biktima ka ng trafficking. Baka maiwasan mo rin na mapaalis sa Denmark. Puwede lang itong mangyari kung alam ng mga awtoridad na biktima ka ng trafficking.
    .important = Sabihin sa abogado mo na biktima ka ng trafficking. Kung kinasuhan ka ng krimen, may karapatan ka sa abogadong magtatanggol sa iyo.

your-choice = Ang mga pagpipilian mo
    .p1 = Puwede kang makakuha ng tulong mula sa CMM kahit hindi ka pumunta sa pulis o tumestigo. Hindi rin nakadepende rito ang tulong para ligtas na makauwi.
    .important = Tandaan: Mahigpit na nakikipagtulungan ang CMM sa pulis. Sinasabi nito sa pulis ang tungkol sa mga kaso nang hindi binabanggit ang mga pangalan, at hinihikayat nito ang mga biktima na makipag-ugnayan sa pulis.
    .p2 = Marami pa ring desisyon ang nasa iyo:
    .list1 =
        - kung sasali ka sa pag-uusap kasama ang CMM
        - kung ipapasa ng CMM sa iba ang sinabi mo rito
        - kung uuwi ka sa pamamagitan ng prepared return
        - kung hihingi ka ng proteksiyon sa korte
        - kung aling abogado ang hihilingin mo
    .p3 = Magtanong sa abogado mo o sa contact person mo sa CMM bago ka magpasya.
