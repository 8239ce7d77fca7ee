title = Pinagsasamantalahan ba ako?
summary = May mga palatandaan na nagpapakitang pinagsasamantalahan ang isang tao: pinipilit magtrabaho, magbenta ng sex, o gumawa ng krimen.
    Maaaring hindi sapat na patunay ang isang palatandaan lang. Kapag marami ang palatandaan, malakas na babala iyon.
    Kung ganito ang nangyayari sa iyo, tumawag sa CMM.

warning-signs = Mga palatandaan ng sapilitang trabaho
    .p1 = Ito ang mga babalang palatandaan ayon sa Sentro ng Denmark laban sa Human Trafficking (CMM):
    .list1 =
        - May kumuha ng passport o ID mo.
        - May utang ka sa taong nagdala sa iyo rito o humanap ng trabaho para sa iyo.
        - Iniipit ang sahod mo, o mas mababa ito nang malaki kaysa sa ipinangako sa iyo.
        - Wala kang kontrata, o nasa wikang hindi mo naiintindihan ang kontrata.
        - Pinilit kang pumirma ng kontrata.
        - May nagbabanta sa iyo o sa pamilya mo.
        - Wala kang kontrol sa MitID o NemID mo, ang digital ID mo sa Denmark.
    .p2 = Inililista rin ng CMM ang mga palatandaang ito:
    .list2 =
        - Kailangan mong magtrabaho nang mahabang oras, higit sa sinasabi ng kontrata mo.
        - Hindi malusog o hindi ligtas ang trabaho.
        - Malaking bahagi ng sahod mo ang bumabalik sa employer mo, o ibinabawas sa sahod mo.
        - Masama ang kalagayan ng tirahan mo: walang privacy, walang malinis na CR o paliguan, o nakatira ka sa lugar ng trabaho mo.
        - Sinasabi ng employer mo na tatanggalin ka nang walang bayad, o ire-report ka sa mga awtoridad, kung magreklamo ka o makipag-usap sa isang unyon gaya ng 3F.
        - Gusto ng employer mo na siya ang magsalita para sa iyo sa mga awtoridad o sa bangko.
        - Binabantayan ka, halimbawa sa GPS ng telepono mo o sa mga camera.
        - Hindi ka pinapayagang magpatingin sa doktor o pumunta sa ospital kapag nasaktan ka o may sakit ka.

more-signs = Iba pang palatandaan ng sapilitang trabaho
    .p1 = May listahan ang International Labour Organization (ILO) ng mga palatandaan ng sapilitang trabaho. Kasama rin dito ang mga ito:
    .list1 =
        - Pinagsinungalingan ka tungkol sa trabaho, sa sahod, o sa lugar.
        - Hindi ka malayang umalis, o hindi ka makapunta kung saan mo gusto.
        - Inilalayo ka sa ibang tao.
        - May humahampas o nananakit sa iyo, o pinipilit kang makipagtalik.
        - Kailangan mong magtrabaho nang napakahabang oras.
        - Napakasama ng lugar kung saan ka nagtatrabaho o nakatira.
        - May gumagamit ng mahirap mong sitwasyon laban sa iyo.

what-it-means = Ano ang ibig sabihin ng mga palatandaan ng sapilitang trabaho
    .p1 = Maaaring hindi sapat ang isang palatandaan lang para patunayang pinipilit kang magtrabaho.
    .p2 = Pero kapag marami ang palatandaan, malakas itong senyales ng sapilitang trabaho.
    .important = Sinasabi ng CMM na matutulungan kang makaalis, at makakakuha ka ng suporta mula sa gobyerno ng Denmark.

sexual-signs = Mga palatandaan ng sexual na pagsasamantala
    .p1 = Sa Denmark, ang pinakakaraniwang uri ng human trafficking na natutuklasan ay ang sexual na pagsasamantala: pinipilit ang mga tao na magbenta ng sex, halimbawa sa prostitusyon.
    .p2 = Hindi lahat ay ikinukulong o binubugbog. Madalas tahimik at mahirap makita ang kontrol. Inilalarawan ng mga organisasyong tumutulong sa mga babae sa prostitusyon, at ng Danish Immigration Service, ang mga palatandaang tulad nito:
    .list1 =
        - Hindi ikaw ang nagpapasya kung anong sex ang ibebenta mo, ilang kliyente ang haharapin mo, o gaano kalaki sa pera ang matitira sa iyo.
        - Diretsong napupunta sa ibang tao ang pera.
        - May malaki kang utang para sa biyahe, sa visa o sa ibang gastos. Gawa-gawa lang ang utang, at puwedeng abutin ng maraming taon bago mabayaran.
        - Ibang tao ang nagplano at nagbayad ng biyahe mo, at baka sumama pa siya sa iyo.
        - Nakakulong ka sa isang apartment, o pinapatira sa bahay na malayo sa ibang tao.
        - Pinanumpa ka, halimbawa ng "ju-ju" na panunumpa.
        - May nagbabanta sa pamilya mo sa sariling bansa.
    .p3 = Sinasabi ng HopeNow, isa sa mga organisasyong ito, na madalas nagsisimula ang mga utang na ito sa 60,000 euro o higit pa.

crime-signs = Mga palatandaan ng sapilitang krimen
    .p1 = Puwede ring ma-traffic ang mga tao para gumawa ng krimen o mamalimos. Inilalarawan ng CMM at ng gobyerno ng Denmark ang mga kasong tulad nito:
    .list1 =
        - May nagpapagawa sa iyo ng pagnanakaw, panloloob ng bahay, o pagdadala o pagbebenta ng droga.
        - May nagpapatanim sa iyo ng cannabis.
        - May nagpapamalimos o nagpapadukot sa iyo.
        - May gumagamit ng pangalan mo o ng ID mo para dayain ang mga kompanya o ang tax office.
        - Pinagbabantaan ka, baka pati ng armas. Alam mo na ang pagtanggi sa gang ay puwedeng magkaroon ng malubhang resulta.
        - Alam ng mga taong nasa likod nito kung saan nakatira ang pamilya mo sa sariling bansa.
        - Takot na takot kang sabihin sa kahit sino ang nangyayari sa iyo.
    .p2 = Magbasa pa sa "Pinilit mamalimos o gumawa ng krimen".

common-signs = Mga palatandaan sa lahat ng uri ng trafficking
    .p1 = Sinasabi ng CMM na madalas bumabalik ang mga bagay na ito sa mga kaso ng human trafficking:
    .list1 =
        - Gustong-gusto mong kumita ng pera, para gumanda ang buhay mo at ng pamilya mo.
        - Mukha kang pinagbabantaan at natatakot.
        - Pakiramdam mo ay wala kang ibang pagpipilian, at walang ibang paraan para bayaran ang utang mo.
        - Hindi ka nagtitiwala sa mga organisasyong tumutulong, o sa mga awtoridad, at natatakot kang makipag-ugnayan sa kanila.
        - Hindi mo alam kung saan hihingi ng tulong.

next-step = Ano ang susunod mong gagawin
    .p1 = Tumawag sa hotline ng CMM. Puwede mong ikuwento ang sitwasyon mo nang hindi sinasabi ang pangalan mo.
    .action = { CALL("cmm-hotline") }
    .p2 = Sa tingin mo ba ay may ibang taong pinagsasamantalahan? Puwede ka ring tumawag sa CMM tungkol sa kanila.
    .p3 = Kung nasa panganib ka ngayon, tumawag sa { CALL("emergency") }.
