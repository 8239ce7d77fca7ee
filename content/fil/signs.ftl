title = Pinagsasamantalahan ba ako?
summary = May mga palatandaan na nagpapakitang pinagsasamantalahan ang isang tao o pinipilit siyang magtrabaho.
    Maaaring hindi sapat na patunay ang isang palatandaan lang. Kapag marami ang palatandaan, malakas na babala iyon.
    Kung ganito ang nangyayari sa iyo, tumawag sa CMM.

warning-signs = Mga babalang palatandaan
    .p1 = Ito ang mga babalang palatandaan ayon sa Sentro ng Denmark laban sa Human Trafficking (CMM):
    .list1 =
        - May kumuha ng passport o ID mo.
        - May utang ka sa taong nagdala sa iyo rito o humanap ng trabaho para sa iyo.
        - Iniipit ang sahod mo, o mas mababa ito nang malaki kaysa sa ipinangako sa iyo.
        - Wala kang kontrata, o nasa wikang hindi mo naiintindihan ang kontrata.
        - May nagbabanta sa iyo o sa pamilya mo.
        - Wala kang kontrol sa MitID o NemID mo, ang digital ID mo sa Denmark.

more-signs = Iba pang palatandaan ng sapilitang trabaho
    .p1 = May iba pang palatandaan ayon sa International Labour Organization (ILO):
    .list1 =
        - Pinagsinungalingan ka tungkol sa trabaho, sa sahod, o sa lugar.
        - Hindi ka malayang umalis, o hindi ka makapunta kung saan mo gusto.
        - Inilalayo ka sa ibang tao.
        - May humahampas o nananakit sa iyo, o pinipilit kang makipagtalik.
        - Kailangan mong magtrabaho nang napakahabang oras.
        - Napakasama ng lugar kung saan ka nagtatrabaho o nakatira.
        - May gumagamit ng mahirap mong sitwasyon laban sa iyo.

what-it-means = Ano ang ibig sabihin ng mga palatandaan
    .p1 = Maaaring hindi sapat ang isang palatandaan lang para patunayang pinipilit kang magtrabaho.
    .p2 = Pero kapag marami ang palatandaan, malakas itong senyales ng sapilitang trabaho.
    .important = Matutulungan kang makaalis, at makakakuha ka ng suporta mula sa gobyerno ng Denmark.

next-step = Ano ang susunod mong gagawin
    .p1 = Tumawag sa hotline ng CMM. Puwede mong ikuwento ang sitwasyon mo nang hindi sinasabi ang pangalan mo.
    .action = { CALL("cmm-hotline") }
    .p2 = Sa tingin mo ba ay may ibang taong pinagsasamantalahan? Puwede ka ring tumawag sa CMM tungkol sa kanila.
    .p3 = Kung nasa panganib ka ngayon, tumawag sa { CALL("emergency") }.
