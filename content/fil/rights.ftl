title = Ang mga karapatan mo
summary = Karamihan sa tulong dito ay para lang sa mga taong nakita ng mga awtoridad na biktima ng human trafficking.
    Nakadepende rin ang makukuha mo sa mga papeles mo at sa kung may kaso sa korte.
    Tanungin ang CMM kung ano ang para sa iyo.

who-decides = Sino ang nagpapasya kung biktima ka
    .p1 = Karamihan sa tulong sa pahinang ito ay para sa mga taong nakitang biktima ng human trafficking. Kung sino ang nagpapasya nito ay nakadepende sa sitwasyon mo:
    .list1 =
        - Kung legal kang nasa Denmark, ang CMM ang nagpapasya. Halimbawa, mamamayan ka ng Denmark o ng EU, o may papeles ka para manatili.
        - Kung wala kang legal na karapatang manatili sa Denmark, o humihingi ka ng asylum, ang Danish Immigration Service (Udlændingestyrelsen) ang nagpapasya. Sa ilang kaso, ibang tanggapan ng gobyerno, ang SIRI, ang nagpapasya.
        - Kung nililitis ka sa korte dahil sa krimen, puwedeng magpasya ang korte na biktima ka.
    .p2 = Ang unang pag-uusap sa CMM, kung iyon lang, ay hindi nagbibigay sa iyo ng tulong na nasa pahinang ito.
    .important = Tandaan: noong 2011, sinabi ng Immigration Service na nagpapasya ito gamit ang impormasyon mula sa pulis at ang sinabi mo sa CMM.

reflection = Ang reflection period
    .p1 = Kung nakitang biktima ka, aalukin ka ng panahong 30 araw. Tinatawag itong reflection period (panahon para makalayo, makapagpahinga at gumaling). Layunin nitong bigyan ka ng panahon para makalayo sa mga taong nagsasamantala sa iyo, at para gumaling.
    .p2 = Ang ibig sabihin ng panahong ito ay nakadepende sa mga papeles mo.
    .list1 =
        - Kung wala kang legal na karapatang manatili sa Denmark, ang reflection period ay isang deadline para umalis ng Denmark. Kung may humiling, itatakda ng Danish Immigration Service ang deadline nang 30 araw mula ngayon.
        - Kung legal kang nasa Denmark, makakakuha ka ng katulad na panahon na may parehong tulong. Tinatawag itong restitution period.
    .p3 = Kung may humiling, puwedeng itakda ng Immigration Service nang mas huli ang deadline o pahabain ito. Puwede itong mangyari kapag may espesyal na dahilan, o kapag nakikipagtulungan ka sa mga awtoridad para planuhin ang kusang-loob mong pag-uwi. Hindi kailanman puwedeng lumampas sa 120 araw ang deadline. Ang patakaran ay nasa Aliens Act, § 33(14).
    .important = Ang reflection period ay hindi permit para manatili sa Denmark. Para humingi ng mas mahabang panahon, tanungin ang CMM o isang abogado kung paano ito gawin.

support = Tulong habang nasa reflection period
    .p1 = Sa panahong ito, puwede kang alukin ng:
    .list1 =
        - matutuluyan, may kasamang pagkain
        - tulong mula sa doktor
        - tulong mula sa psychologist
        - tulong legal
        - mga klase at mga gawain para matuto
        - tulong para makipag-ugnayan sa mga organisasyon sa sarili mong bansa, kung gusto mo
    .p2 = Magkakaroon ka rin ng contact person mula sa CMM. Ipinapaliwanag ng taong ito ang tulong na puwede mong makuha. Nakikipagtulungan din siya sa iba tungkol sa kaso mo, gaya ng Immigration Service, mga abogado, pulis, at Red Cross.
    .p3 = Ang tulong mula sa CMM ay hindi nakadepende sa pakikipagtulungan mo sa pulis.

no-legal-stay = Kung wala kang legal na karapatang manatili
    .p1 = Kung baka biktima ka at wala kang legal na karapatang manatili, puwedeng pagpasyahan ng pulis kung saan ka titira habang tinitingnan ang kaso mo. Puwede ka nilang ilagay sa isang crisis centre o ibang tirahan. Desisyon ito ng pulis ayon sa Aliens Act (§ 34(1)(3)). Hindi ito katulad ng lugar na iniaalok sa iyo ng CMM.
    .important = Mag-ingat sa panganib. May mga taong posibleng biktima na ikinulong (na-detain) sa Denmark habang sinusuri ang kaso o papeles nila. May ilang taong nakita ng CMM na biktima na pinaalis pa rin sa Denmark.
    .p2 = Tanungin ang CMM o isang abogado kung ano ang ibig sabihin nito para sa iyo bago ka magpasya kung ano ang gagawin.

lawyer = Abogado para sa biktima sa kasong kriminal
    .p1 = Kapag hinahawakan ng pulis at ng mga korte ang isang krimen laban sa iyo, baka magkaroon ka ng sarili mong abogado. Sa Danish, ang abogadong ito ay tinatawag na "bistandsadvokat", abogado para sa biktima. Ang patakaran ay nasa Administration of Justice Act, § 741 a. Saklaw nito ang human trafficking.
    .p2 = Ang abogadong ito ay para sa kasong kriminal tungkol sa krimen laban sa iyo. Ang gobyerno ang nagbabayad sa abogado. Ang korte ang nagtatalaga ng abogado, at puwede kang humiling ng isang partikular na abogado.
    .important = Hindi pa kumpirmado kung paano hihingi ng abogadong ito ang biktima ng human trafficking, o kung makakakuha ka nito nang hindi humihingi. Tanungin ang CMM o ang pulis.
    .p3 = Ang abogado para sa biktima ay puwedeng:
    .list1 =
        - magpayo sa iyo habang nag-iimbestiga ang pulis
        - sumama sa iyo kapag tinatanong ka ng pulis
        - magpaliwanag kung paano tumatakbo ang paglilitis
        - sumama sa iyo kapag nagsasalita ka bilang testigo sa korte
        - kuwentahin ang perang hihingin mo at iharap ito sa kaso sa korte
    .p4 = Puwede ka ring bigyan ng CMM ng tulong at payong legal: tungkol sa mga karapatan at pagpipilian mo, tungkol sa pagiging testigo, tungkol sa paghingi ng pera, at tungkol sa pagkakaroon ng abogado.
    .p5 = Kung ikaw mismo ay kinasuhan ng krimen, may karapatan ka sa abogadong magtatanggol sa iyo.

compensation = Pera para sa pinsalang ginawa sa iyo
    .p1 = Kung nasaktan ng isang krimen ang katawan o isip mo, puwede kang mag-apply sa gobyerno ng Denmark para sa pera. Tinatawag itong bayad-pinsala (compensation). Ang Lupon para sa Bayad-pinsala sa mga Biktima ng Krimen (Erstatningsnævnet) ang nagpapasya.
    .p2 = May mga kondisyon:
    .list1 =
        - Sa pangkalahatan, dapat i-report sa pulis ang krimen sa loob ng 72 oras.
        - Kung may kaso sa korte, dapat kang humingi ng bayad-pinsala sa kasong iyon.
        - Dapat kang mag-apply sa loob ng 2 taon. Binibilang ang 2 taon mula sa araw ng krimen, mula sa huling desisyon ng korte, o mula nang isara ng pulis ang kaso.
    .important = Hindi pa kumpirmado kung mas magaan ang patakarang 72 oras para sa mga biktima ng human trafficking. Tanungin ang CMM o isang abogado.
    .p3 = Mag-apply ka sa pamamagitan ng pulis. Ipapadala nila ang application mo at ang mga papeles ng kaso sa Lupon.
    .p4 = Kadalasang nagpapasya ang Lupon pagkatapos ng kaso sa korte. Puwede kang mag-apply sa Lupon kung napatunayang nagkasala ang taong nanakit sa iyo pero hindi ka binayaran, kung napatunayang wala siyang sala, o kung walang nakakaalam kung sino siya.
    .p5 = Puwedeng ipambayad ang bayad-pinsala sa pagpapagamot, nawalang sahod, sakit at paghihirap, pangmatagalang pinsala, nawalang kakayahang magtrabaho, bayad sa abogado at iba pang nawala sa iyo.

residence = Puwede ba akong manatili sa Denmark?
    .p1 = Hindi sapat ang pagiging biktima ng human trafficking, kung ito lang, para makakuha ng permit para manatili sa Denmark. Puwede itong maging isang bahagi ng application para sa asylum. Sa limang taon bago ang 2017, apat na biktima lang ang nabigyan ng asylum.
    .p2 = Pinapayagan ng batas ang permit para manatili para sa taong kailangan sa imbestigasyon ng pulis o sa kaso sa korte. Hindi puwedeng tumagal ang permit nang higit sa imbestigasyon o sa kaso sa korte. Napakadalang ibigay ang permit na ito.
    .p3 = Ang permit para manatili dahil sa makataong dahilan (humanitarian) ay pinagpapasyahan nang isa-isa, ayon sa bawat kaso. Ibinibigay lang ito bilang bihirang eksepsiyon.
    .important = Tanungin ang isang abogado o ang contact person mo sa CMM kung ano ang ibig sabihin nito para sa iyo.

return = Pag-uwi nang may tulong
    .p1 = Kung nakitang biktima ka, aalukin ka ng tulong para bumalik sa sarili mong bansa, o sa ibang bansa kung saan may permit kang manatili. Tinatawag itong prepared return (inihandang pag-uwi). Kusang-loob ito.
    .p2 = Aalukin ka ng tulong na ito kahit hindi ka makipagtulungan sa pulis at hindi ka magsalita sa korte.
    .p3 = Pinaplano ang pag-uwi kasama mo habang nasa reflection period ka. Pagdating mo, puwede kang makakuha ng suporta nang mga anim na buwan. Puwedeng kasama rito ang:
    .list1 =
        - pera bawat buwan
        - tulong sa tirahan
        - tulong para magsimula ng paraan ng pagkakakitaan, halimbawa maliit na tindahan o parlor
        - tulong medikal
        - pag-aaral o edukasyon, pati para sa mga anak mo
    .p4 = Bago ka umalis, titingnan ng contact person mo, kasama mo at ang Ahensiya ng Denmark para sa Pag-uwi (Hjemrejsestyrelsen), kung ano ang puwedeng maglagay sa iyo sa panganib. Ipapasa ang mga kailangan mo para sa kaligtasan mo sa isang partner na organisasyon sa sarili mong bansa.
