title = Ang mga karapatan mo
summary = Kung biktima ka ng human trafficking, bibigyan ka ng Denmark ng panahon para magpahinga at makakuha ng tulong.
    Puwede kang makakuha ng ligtas na matutuluyan, pangangalaga sa kalusugan, tulong legal, at sarili mong abogado.

reflection = Panahon para magpahinga at gumaling
    .p1 = Kapag nakita ng mga awtoridad na biktima ka ng human trafficking, bibigyan ka ng 30 araw para magpahinga at gumaling. Tinatawag itong reflection period (panahon ng pagninilay). Bibigyan ka nito ng panahon para makalayo sa mga taong nagsasamantala sa iyo, at para bumuti ang lagay mo.
    .p2 = Puwedeng humaba ang panahong ito, hanggang 120 araw, kung makikipagtulungan ka sa mga awtoridad para planuhin ang kusang-loob mong pag-uwi sa sarili mong bansa.
    .p3 = Kung legal kang nasa Denmark, makakakuha ka ng katulad na panahon na may parehong tulong.

support = Tulong sa panahong ito
    .p1 = Sa panahong ito, puwede kang makakuha ng:
    .list1 =
        - ligtas na matutuluyan, may kasamang pagkain
        - tulong mula sa doktor
        - tulong mula sa psychologist
        - tulong legal
        - mga klase at mga gawain para matuto
        - tulong para makipag-ugnayan sa mga organisasyon sa sarili mong bansa, kung gusto mo
    .p2 = Magkakaroon ka rin ng contact person mula sa CMM. Ipinapaliwanag ng taong ito ang tulong na puwede mong makuha. Nakikipagtulungan din siya sa iba para sa iyo, gaya ng immigration office, mga abogado, pulis, at Red Cross.

lawyer = Sarili mong abogado, libre
    .p1 = Bilang biktima ng human trafficking, puwede kang magkaroon ng sarili mong abogado. Sa Danish, ang abogadong ito ay tinatawag na "bistandsadvokat", abogado para sa biktima. Ang gobyerno ang nagbabayad sa abogado.
    .p2 = Humingi sa pulis ng abogado para sa biktima. Pagkatapos, ang korte ang pipili ng abogado. Puwede kang humiling ng isang partikular na abogado. Puwede ka ring tulungan ng CMM na makakuha ng abogado.
    .list1 =
        - Pinapayuhan ka ng abogado habang nag-iimbestiga ang pulis.
        - Puwedeng sumama sa iyo ang abogado kapag kinakausap ka ng pulis.
        - Ipinapaliwanag ng abogado kung paano tumatakbo ang paglilitis sa korte.
        - Puwedeng sumama sa iyo ang abogado kapag nagsasalita ka sa korte.
        - Puwedeng kuwentahin ng abogado ang perang hihingin mo at iharap ito sa kaso sa korte.
    .p3 = Kung ikaw mismo ay kinasuhan ng krimen, may karapatan ka sa abogadong magtatanggol sa iyo.

compensation = Pera para sa pinsalang ginawa sa iyo
    .p1 = Kung nasaktan ng isang krimen ang katawan o isip mo, puwede kang humingi ng pera sa gobyerno ng Denmark. Tinatawag itong bayad-pinsala (compensation). Ang Lupon para sa Bayad-pinsala sa mga Biktima ng Krimen (Erstatningsnævnet) ang nagpapasya.
    .p2 = Ito ang mga pangunahing patakaran:
    .list1 =
        - Sa pangkalahatan, dapat i-report sa pulis ang krimen sa loob ng 72 oras.
        - Kung may kaso sa korte, dapat kang humingi ng bayad-pinsala sa kasong iyon.
        - Dapat kang mag-apply sa loob ng 2 taon. Binibilang ang 2 taon mula sa araw ng krimen, mula sa huling desisyon ng korte, o mula nang isara ng pulis ang kaso.
    .p3 = Mag-apply ka sa pamamagitan ng pulis. Ipapadala nila ang application mo sa Lupon. Puwede kang tulungan ng abogado mo.
    .p4 = Puwedeng ipambayad ang bayad-pinsala sa pagpapagamot, sa nawalang sahod, sa sakit at paghihirap, at sa pinsalang pangmatagalan. Kadalasang nagpapasya ang Lupon pagkatapos ng kaso sa korte.

residence = Puwede ba akong manatili sa Denmark?
    .p1 = Hindi sapat ang pagiging biktima ng human trafficking, kung ito lang, para makakuha ng permit para manatili sa Denmark. Puwede itong maging isang bahagi ng application para sa asylum. Noong nakaraan, napakakaunting biktima ang nabigyan ng asylum.
    .p2 = Pinapayagan ng batas ang permit para manatili para sa taong kailangan sa imbestigasyon ng pulis o sa kaso sa korte. Matatapos ang permit kapag natapos ang kaso. Napakadalang ibigay ang permit na ito.
    .p3 = Ang permit para manatili dahil sa makataong dahilan (humanitarian) ay ibinibigay lang bilang bihirang eksepsiyon.
    .important = Tanungin ang abogado mo o ang contact person mo sa CMM kung ano ang ibig sabihin nito para sa iyo.

return = Ligtas na pag-uwi
    .p1 = Puwede kang makakuha ng tulong para bumalik sa sarili mong bansa, o sa ibang bansa kung saan may permit kang manatili. Tinatawag itong prepared return (inihandang pag-uwi). Kusang-loob ito.
    .p2 = Makukuha mo ang tulong na ito kahit hindi ka makipagtulungan sa pulis at hindi ka magsalita sa korte.
    .p3 = Pinaplano ang pag-uwi kasama mo habang nasa reflection period ka. Pagdating mo, puwede kang makakuha ng suporta nang mga anim na buwan. Puwedeng kasama rito ang:
    .list1 =
        - pera bawat buwan
        - tulong sa tirahan
        - tulong para magsimula ng paraan ng pagkakakitaan, halimbawa maliit na tindahan o parlor
        - tulong medikal
        - pag-aaral o edukasyon, pati para sa mga anak mo
    .p4 = Bago ka umalis, titingnan ng contact person mo kasama mo kung ano ang puwedeng maglagay sa iyo sa panganib. Ipapasa ang mga kailangan mo para sa kaligtasan mo sa isang partner na organisasyon sa sarili mong bansa.
