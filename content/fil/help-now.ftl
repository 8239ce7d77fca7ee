title = Humingi ng tulong ngayon
summary = Kung nasa panganib ka ngayon, tumawag sa { CALL("emergency") }. Libre ito.
    Para sa tulong at payo, tumawag sa Sentro ng Denmark laban sa Human Trafficking (CMM).

danger = Nasa panganib ka ba ngayon?
    .p1 = Tumawag sa { CALL("emergency") } kung nasa panganib ang buhay mo, kung may malubhang krimen na nangyayari, o kung may taong malubha ang sugat o malubha ang sakit.
    .action = { CALL("emergency") }
    .p2 = Libre ang tawag. Gumagana ito kahit walang load ang telepono mo o naka-block ito.
    .p3 = Sabihin kung ano ang nangyari, kung nasaan ka, at kung ilang tao ang nasaktan.
    .important = Nire-record ang bawat tawag sa emergency.

cmm = Tumawag sa Sentro ng Denmark laban sa Human Trafficking
    .p1 = Ang Sentro ng Denmark laban sa Human Trafficking (sa Danish: Center mod Menneskehandel, CMM) ay bahagi ng gobyerno ng Denmark. Tinutulungan nito ang mga taong maaaring biktima ng human trafficking. Ang hotline ang pinakamadaling paraan para makausap ang CMM.
    .action = { CALL("cmm-hotline") }
    .p2 = Puwede ka ring tumawag kung sa tingin mo ay may ibang taong pinagsasamantalahan, o kung gusto mo lang humingi ng payo.
    .p3 = Puwede ka ring sumulat sa { EMAIL("cmm-hotline") }. Kung gusto mong magpadala ng pribadong impormasyon sa email, sabihin muna ito sa CMM.

first-talk = Ano ang mangyayari kapag kinausap mo ang CMM
    .p1 = Ganito ang unang pag-uusap sa CMM:
    .list1 =
        - Puwede kang hindi magpakilala. Hindi mo kailangang sabihin kung sino ka.
        - Ikaw ang magpapasya kung gusto mong sumali.
        - Ipapasa lang ng CMM sa iba ang sinabi mo kung papayag ka.
        - Puwede kang magsama ng taong pinagkakatiwalaan mo para suportahan ka.
        - Madalas may tagasalin (interpreter) kung hindi ka mahusay mag-Danish o mag-Ingles.
    .p2 = Puwedeng gawin ang pag-uusap sa CMM, sa isang shelter, sa kulungan, sa asylum center, o sa lugar kung saan ka tumutuloy.
    .p3 = Habang tinitingnan ng CMM ang sitwasyon mo, puwede ka nitong bigyan ng suporta at matutuluyan, kung kailangan mo.

police-and-cmm = Ang CMM at ang pulis
    .p1 = Puwede kang makakuha ng tulong mula sa CMM kahit hindi ka pumunta sa pulis.
    .important = Tandaan: Mahigpit na nakikipagtulungan ang CMM sa pulis. Sinasabi ng CMM sa pulis ang tungkol sa mga kaso nang hindi binabanggit ang mga pangalan, at hinihikayat nito ang mga biktima na makipag-ugnayan sa pulis.

not-urgent = Kapag hindi ito apurahan
    .p1 = Tumawag sa pulis sa { CALL("police") } para mag-report ng krimen na hindi kailangan agad ng pulis, para magtanong tungkol sa kaso mo, o para magbigay ng impormasyon sa pulis.
    .action = { CALL("police") }
    .p2 = Kung SIM card mula sa ibang bansa ang nasa telepono mo, ilagay ang country code ng Denmark sa unahan ng numero.
    .p3 = Nire-record din ang mga tawag na ito.
