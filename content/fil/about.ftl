title = Tungkol sa impormasyong ito
summary = Ang impormasyong ito ay inilathala ng { $publisher }.
    Huling sinuri ang mga impormasyon noong { $published }.

who = Sino ang gumawa nito
    .p1 = Ang impormasyong ito ay inilathala ng { $publisher }.
    .p2 = Huling sinuri ang mga impormasyon noong { $published }. Ito ang bersiyon { $version }.

sources = Saan galing ang mga impormasyon
    .p1 = Galing ang mga impormasyon sa mga pinagkunang nakalista sa bawat paksa. Karamihan ay mga opisyal na pahina ng Denmark, gaya ng sa Sentro ng Denmark laban sa Human Trafficking, ng pulis, at ng parlamento ng Denmark.
    .p2 = Sinusuri ang bawat numero ng telepono ayon sa mga opisyal na pahina.
    .p3 = Puwedeng magbago ang mga patakaran. Kung hindi ka sigurado, tumawag sa hotline ng CMM.

languages = Mga wika at pagsasalin
    .p1 = Unang isinulat sa Ingles ang impormasyong ito. Ang ibang wika ay isinalin mula sa tekstong Ingles.
    .p2 = Ipinapakita ng bawat wika kung gaano na nasuri ang pagsasalin nito. May mga pagsasaling ginawa sa tulong ng makina at hindi pa nasusuri ng katutubong tagapagsalita ng wika.
    .p3 = Kung hindi pa naisasalin ang isang bahagi, makikita mo ito sa Ingles, at sasabihan ka.

privacy = Ang privacy mo
    .p1 = Walang itinatagong record ang Haven ng mga binabasa mo.
    .p2 = Gumagana ang Haven kahit walang internet.
