title = Walang papeles? Takot sa pulis?
summary = Baka natatakot kang makulong o mapauwi kung hihingi ka ng tulong.
    Sinasabi ng pahinang ito nang tapat kung ano ang puwedeng mangyari. Walang makakapangako sa iyo na ligtas ito.
    Puwede kang tumawag muna sa CMM nang hindi sinasabi ang pangalan mo.

honest-answer = Puwede ba akong makulong o mapauwi?
    .p1 = Oo, puwede itong mangyari. Hindi namin sasabihin sa iyo na hindi ito puwedeng mangyari.
    .list1 =
        - Isinulat ng Danish Institute for Human Rights na para sa mga taong walang karapatan o may limitadong karapatang manatili, ang pakikipag-ugnayan sa mga awtoridad ay malamang na mauwi sa pagpaparehistro, pagkakakulong (detention) at pagpapaalis sa Denmark.
        - Sinasabi ng mga ulat ng US na may mga biktimang ikinulong habang sinusuri ang mga papeles nila (2017), at na puwedeng ikulong ng mga opisyal ang posibleng biktima nang 72 oras, at mas matagal kung kailangan (2018 hanggang 2020).
        - Noong 2023, sinabi ng isang ulat ng US na nakatuon pa rin ang Denmark sa pagpapaalis sa ilang dayuhang biktima, sa halip na alamin kung biktima sila.
        - Sinasabi ng isang organisasyon, ang Reden International, na hindi bawal sa Denmark ang magbenta ng sex, pero ang mga dayuhang babaeng nagbebenta ng sex ay inaaresto dahil nagtatrabaho nang walang permit o nananatili nang walang papeles, at madalas na pinapaalis sa Denmark nang biglaan.
    .p2 = Hindi ito laging napipigilan ng pagiging biktima. Noong 2015, ikinulong ang isang babae mula sa Nigeria para paalisin sa Denmark, kahit dalawang beses na siyang nakitang biktima. Dalawang beses siyang umalis ng Denmark nang hindi tinatanggap ang tulong na inalok sa kanya. Sa isa pang kaso nang taon ding iyon, pinaalis sa Denmark ang isang babae mula sa Nigeria at pinagbawalang bumalik nang dalawang taon, kahit nakita ng CMM na biktima siya.

ask-first = Puwede kang magtanong muna, nang walang pangalan
    .p1 = Puwede kang tumawag sa CMM hotline at ikuwento ang sitwasyon mo nang hindi sinasabi ang pangalan mo. Puwede mong itanong kung ano ang mangyayari sa iyo bago ka magpasya ng kahit ano.
    .action = { CALL("cmm-hotline") }
    .list1 =
        - Anonymous ang unang pag-uusap sa CMM, at ikaw ang magpapasya kung gusto mong sumali.
        - Sinasabi ng CMM na ipapasa lang nito ang impormasyon mo kung papayag ka.
        - Pero malapit na nakikipagtulungan ang CMM sa pulis. Sinasabi ng isang balita noong 2025 na sinasabi na ngayon ng CMM sa pulis ang tungkol sa mga kaso, nang walang pangalan.
    .important = Tanungin ang CMM bago mo sabihin ang pangalan mo: "Ano ang mangyayari sa akin kung wala akong papeles? Ano ang sasabihin ninyo sa pulis o sa Immigration Service tungkol sa akin?"

who-decides = Sino ang nagpapasya kung biktima ka
    .p1 = Kung wala kang papeles para manatili sa Denmark, o nag-a-apply ka ng asylum, hindi ang CMM ang nagpapasya kung biktima ka ng human trafficking. Ang Danish Immigration Service (Udlændingestyrelsen) ang nagpapasya.
    .list1 =
        - Sa ilang kaso, ang Danish Agency for International Recruitment and Integration (SIRI) ang nagpapasya.
        - Kung nililitis ka sa korte dahil sa krimen, puwedeng ang korte ang magpasya.
        - Sa mga kaso tungkol sa prostitusyon kung saan walang papeles ang tao, laging kinokontak ang CMM.
    .p2 = Sinabi ng Immigration Service na ginagamit nito ang impormasyon mula sa pulis at ang sinabi ng tao sa CMM.
    .p3 = Ang unang pag-uusap sa CMM, kung iyon lang, ay hindi nagbibigay sa iyo ng tulong para sa mga biktima.

reflection = Ano ang ibig sabihin ng reflection period para sa iyo
    .p1 = Kung nakitang biktima ka at wala kang papeles, puwedeng magtakda ang Immigration Service ng petsa kung kailan ka dapat umalis ng Denmark. Kung may humiling, itatakda nito ang petsang ito 30 araw mula ngayon. Ang 30 araw na ito ay tinatawag na reflection period. Binibigyan ka nito ng panahon para makalayo sa pagsasamantala at gumaling.
    .important = Ang reflection period ay hindi permit para manatili sa Denmark. Isa itong mas huling petsa kung kailan ka dapat umalis.
    .list1 =
        - Kung may humiling, puwedeng itakda nang mas huli o pahabain ang panahon, kapag may espesyal na dahilan, o kapag sumasali ka sa pagpaplano ng pag-uwi.
        - Hindi ito puwedeng lumampas sa 120 araw.
        - Sa panahong ito, puwede kang alukin ng matutuluyan na may pagkain, doktor, psychologist, tulong legal, at mga gawain para matuto.
    .p2 = Galing ito sa Aliens Act, section 33(14), ang batas tungkol sa mga dayuhan.
    .p3 = Paano humingi ng reflection period, o ng mas mahabang panahon: tanungin ang CMM.

stay = Puwede ba akong manatili sa Denmark?
    .list1 =
        - Hindi sapat ang pagiging biktima ng human trafficking, kung ito lang, para makakuha ng permit para manatili sa Denmark. Puwede itong maging isang bahagi ng application para sa asylum.
        - May permit para sa mga taong kailangan sa imbestigasyon ng pulis o sa kaso sa korte. Napakadalang itong ibigay, at hindi ito puwedeng tumagal nang higit sa imbestigasyon o sa kaso sa korte.
    .p1 = Tanungin ang CMM kung ano ang puwede para sa iyo.

police-housing = Kung ilagay ka ng pulis sa isang matutuluyan
    .p1 = Kung wala kang papeles, puwede kang ilagay ng pulis sa isang crisis centre o ibang matutuluyan habang tinitingnan ang kaso mo. Ang pulis ang nagpapasya nito. Patakaran ito sa Aliens Act, section 34(1)(3).
    .important = Hindi ito katulad ng ligtas na lugar na ikaw ang pumili. May mga taong posibleng biktima na ikinulong din (na-detain) habang tinitingnan ang kaso nila.

being-sent-away = Kung gusto kang paalisin ng mga awtoridad sa Denmark
    .p1 = Kapag nagpapasya ang mga awtoridad kung paaalisin ang isang tao sa Denmark, dapat nilang bigyan ng espesyal na bigat kung ang mga dahilan ay resulta ng pagka-traffic sa tao, at kung ito ay dahilan para hindi siya paalisin. Ito ang patakaran sa Aliens Act, section 26 a, noong 2011 at 2015.
    .p2 = Gaya ng ipinapakita ng dalawang kaso sa itaas, hindi nito laging napipigilan ang pagpapaalis. Baka nagbago na mula noon ang patakaran at kung paano ito ginagamit. Tanungin ang CMM o isang abogado.
    .p3 = Sinasabi ng isang ulat ng US noong 2021 na ang mga pasaporte ng mga dayuhang biktima na nakipagtulungan sa mga awtoridad ay itinago nang walang pahintulot nila.
    .p4 = Kung pinilit kang magtrabaho nang walang permit o gumawa ng krimen, basahin ang "Pinilit mamalimos o gumawa ng krimen".

get-help = Saan magsisimula
    .p1 = Magsimula sa CMM hotline. Hindi mo kailangang sabihin ang pangalan mo.
    .action = { CALL("cmm-hotline") }
    .p2 = Ang mga babaeng nagbebenta ng sex ay puwedeng pumunta sa Mødestedet, isang drop-in na lugar na pinapatakbo ng Reden International sa Indre Vesterbro, Copenhagen. Hindi mo kailangang sabihin doon ang pangalan mo. Tanungin ang CMM kung paano ito mahahanap.
    .p3 = Kung nasa panganib ka ngayon, tumawag sa { CALL("emergency") }.
