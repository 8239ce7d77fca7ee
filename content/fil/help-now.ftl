title = Humingi ng tulong ngayon
summary = Kung nasa panganib ka ngayon, tumawag sa { CALL("emergency") }. Libre ito.
    Para sa tulong at payo, tumawag sa Sentro ng Denmark laban sa Human Trafficking (CMM).

danger = Nasa panganib ka ba ngayon?
    .p1 = Tumawag sa { CALL("emergency") } kung nasa panganib ang buhay ng isang tao, kung may malubhang krimen na nangyayari, kung may sunog o aksidente, o kung may taong sobrang nasaktan o may sakit na nasa panganib na ang buhay niya.
    .action = { CALL("emergency") }
    .p2 = Libre ang tawag. Gumagana ito kahit walang load ang telepono mo o naka-block ito.
    .p3 = Itatanong ng sasagot kung ano ang nangyari, saan at kailan, saan ipapadala ang tulong, at ilang tao ang nasaktan.
    .important = Nire-record ang bawat tawag sa emergency.

cmm = Tumawag sa Sentro ng Denmark laban sa Human Trafficking
    .p1 = Ang Sentro ng Denmark laban sa Human Trafficking (sa Danish: Center mod Menneskehandel, CMM) ay bahagi ng isang ahensiya ng gobyerno ng Denmark. Tumutulong ito na alamin kung na-traffic ang isang tao, at nag-aalok ito sa kanila ng tulong, suporta at payo. Ang hotline ang pinakamadaling paraan para makausap ang CMM.
    .action = { CALL("cmm-hotline") }
    .p2 = Puwede ka ring tumawag kung sa tingin mo ay may ibang taong pinagsasamantalahan, o kung gusto mo lang humingi ng payo. Puwede mong sabihin sa CMM ang tungkol sa isang sitwasyon nang hindi sinasabi ang pangalan mo.
    .p3 = Puwede ka ring sumulat sa { EMAIL("cmm-hotline") }. Kung gusto mong magpadala ng pribadong impormasyon sa e-mail, sabihin muna ito sa CMM.
    .p4 = Hindi sinasabi ng app na ito ang oras ng bukas ng hotline o ang mga wika nito, dahil hindi pa kumpirmado ang mga ito. Tanungin ang CMM. Kung walang sumasagot at nasa panganib ka, tumawag sa { CALL("emergency") }.
    .important = Isipin kung sino ang puwedeng makakita ng telepono mo. Ang tawag na ginagawa mo mula sa app na ito, pati sa { CALL("emergency") } o { CALL("police") }, ay lumalabas sa listahan ng mga tawag sa telepono mo. Puwede rin itong lumabas sa bill ng telepono mo. Ang e-mail na ipinapadala mo ay nananatili sa "sent" folder mo.

first-talk = Ano ang mangyayari kapag kinausap mo ang CMM
    .p1 = Ganito ang unang pag-uusap sa CMM:
    .list1 =
        - Anonymous ang pag-uusap. Hindi mo kailangang sabihin ang pangalan mo.
        - Ikaw ang magpapasya kung gusto mong sumali.
        - Ipapasa lang ng CMM ang impormasyon mo kung papayag ka. Pero basahin sa ibaba kung ano ang sinasabi ng CMM sa pulis.
        - Puwede kang magsama ng taong pinagkakatiwalaan mo para suportahan ka.
        - Kung wala ka pang 18 taong gulang, karaniwang kasama mo ang isang personal representative.
        - Madalas may tagasalin (interpreter) kung hindi ka mahusay mag-Danish o mag-Ingles.
    .p2 = Puwedeng gawin ang pag-uusap sa CMM, sa isang shelter, sa piitan o kulungan, sa asylum centre, o sa lugar kung saan ka tumutuloy.
    .p3 = Habang tinitingnan ng CMM ang sitwasyon mo, puwede ka nitong alukin ng suporta at matutuluyan, kung kailangan mo.

police-and-cmm = Ano ang sinasabi ng CMM sa pulis
    .p1 = Puwede kang makakuha ng tulong mula sa CMM kahit hindi ka pumunta sa pulis.
    .p2 = Malapit na nakikipagtulungan ang CMM sa pulis. Ito ang alam tungkol sa kung ano ang nakakarating sa pulis:
    .list1 =
        - Ang pangalan mo at ang impormasyon mo: sinasabi ng CMM na ipinapasa lang nito ang mga ito kung papayag ka.
        - Ang kaso mo: sinasabi ng isang balita noong 2025 na sinasabi na ngayon ng CMM sa pulis ang tungkol sa mga kaso, nang walang pangalan. Sinasabi rin nito na hinihikayat ng CMM ang mga biktima na sila mismo ang makipag-ugnayan sa pulis.
        - Hindi sinasabi ng balita kung ano pa ang sinasabi ng CMM sa pulis tungkol sa isang kaso.
    .p3 = Kung wala kang papeles para manatili sa Denmark, ang Danish Immigration Service ang nagpapasya kung biktima ka, hindi ang CMM. Sinabi ng Immigration Service na ginagamit nito ang impormasyon mula sa pulis at ang sinabi ng tao sa CMM.
    .important = Bago mo ibigay ang pangalan mo o mga detalye, tanungin ang CMM: "Ano ang sasabihin ninyo tungkol sa akin sa pulis o sa Immigration Service?"

after-call = Ano ang mangyayari pagkatapos mong tumawag
    .p1 = Ito ang mga hakbang, hanggang sa alam:
    .list1 =
        - Ikukuwento mo sa CMM ang sitwasyon mo. Hindi mo kailangang sabihin ang pangalan mo.
        - Kung baka human trafficking ito, puwede kang alukin ng CMM ng unang pag-uusap. Ikaw ang magpapasya kung gusto mo ito.
        - Habang tinitingnan ang sitwasyon mo, puwede kang alukin ng CMM ng suporta at matutuluyan, kung kailangan mo.
        - Pagkatapos, may magpapasya kung biktima ka ng human trafficking. Kung legal kang nasa Denmark, ang CMM ang nagpapasya. Kung wala kang legal na pananatili, o humihingi ka ng asylum, ang Danish Immigration Service ang nagpapasya. Kung nililitis ka sa korte dahil sa krimen, puwedeng ang korte ang magpasya.
        - Kung nakitang biktima ka, aalukin ka ng panahong 30 araw para makalayo sa pagsasamantala at gumaling. Tinatawag itong reflection period (para sa mga taong legal na nasa Denmark, restitution period). Puwede itong humaba, hanggang 120 araw, kapag may espesyal na dahilan o kung sasali ka sa pagpaplano ng pag-uwi.
        - Magkakaroon ka ng contact person mula sa CMM. Ipinapaliwanag ng taong ito ang tulong na puwede mong makuha, at nakikipagtulungan siya sa iba, gaya ng Immigration Service, mga abogado, pulis at Red Cross.
    .important = Kung wala kang legal na pananatili, ang reflection period ay hindi permit para manatili. Isa itong mas huling petsa kung kailan ka dapat umalis ng Denmark. Basahin ang "Walang papeles? Takot sa pulis?"
    .p2 = Ang tulong na iniaalok ng CMM, at ang alok na planadong pag-uwi, ay hindi nakadepende sa pagtulong mo sa pulis.
    .p3 = Titingnan din ng contact person mo kasama mo ang kaligtasan mo. Puwedeng ibig sabihin nito ang payo kung paano manatiling ligtas at paano panatilihing ligtas ang telepono mo, paglipat sa ibang matutuluyan, o pakikipag-ugnayan sa pulis.

not-urgent = Kapag hindi ito apurahan
    .p1 = Tumawag sa pulis sa { CALL("police") } para mag-report ng krimen na hindi kailangan agad ng pulis, para magtanong tungkol sa kaso mo, o para magbigay ng impormasyon sa pulis.
    .action = { CALL("police") }
    .p2 = Kung SIM card mula sa ibang bansa ang nasa telepono mo, ilagay ang country code ng Denmark sa unahan ng numero.
    .p3 = Nire-record din ang mga tawag na ito.
