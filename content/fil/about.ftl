title = Tungkol sa impormasyong ito
summary = Ang impormasyong ito ay inilathala ng { $publisher }.
    Huling sinuri ang mga impormasyon noong { $published }.
    Wala pang legal adviser na sumuri sa tekstong Ingles.

who = Sino ang gumawa nito
    .p1 = Ang impormasyong ito ay inilathala ng { $publisher }.
    .p2 = Huling sinuri ang mga impormasyon noong { $published }. Ito ang bersiyon { $version }.
    .p3 = May mga pahinang sinuri mula sa mga nakatagong kopya, na baka mas luma.
    .p4 = Wala pang legal adviser o organisasyong sumuri sa mga impormasyon sa tekstong Ingles. Sa bawat paksa, sinasabi sa iyo ng app kung nasuri na ang mga impormasyon, at kung sino ang sumuri.
    .p5 = Pangkalahatan ang impormasyong ito. Para sa payo tungkol sa sarili mong sitwasyon, tumawag sa hotline ng CMM. Tumutulong ito sa mga biktima, sa mga taong nag-aalala para sa iba, at sa kahit sinong gustong humingi ng payo.
    .action = { CALL("cmm-hotline") }

sources = Saan galing ang mga impormasyon
    .p1 = Nakalista sa bawat paksa ang mga pinagkunan nito. Ipinapakita ng bawat bahagi ng paksa ang mga pinagkunan ng sarili nitong impormasyon.
    .p2 = Sa bersiyong ito, 86 na magkakaibang pinagkunan ang ginagamit ng mga paksa:
    .list1 =
        - 45 ang mga pahina ng mga awtoridad ng Denmark, gaya ng CMM, ng pulis, ng parlamento ng Denmark, ng mga ministri at ng mga korte.
        - 8 ang mga ulat o pahina ng mga dayuhang gobyerno at mga internasyonal na organisasyon, gaya ng US State Department, ng EU at ng International Labour Organization.
        - 9 ang mga kopya ng opisyal na dokumento, gaya ng mga ulat o teksto ng batas, na nasa ibang website.
        - 7 ang mga balita.
        - 3 ang mga pahina ng mga law firm.
        - 14 ang mga pahina ng mga organisasyon, mga unyon at iba pang website.
    .p3 = May mga pinagkunang luma na, may walang petsa, at may bahagi lang ang nabasa. Kapag balita o law firm ang pinagkunan, sinasabi ito ng listahan ng mga pinagkunan.
    .p4 = Galing ang mga numero ng telepono sa mga opisyal na pahina ng pulis, ng gobyerno ng Denmark at ng CMM. Puwedeng magbago ang mga numero at mga patakaran. Kung hindi ka sigurado, tumawag sa hotline ng CMM.

languages = Mga wika at pagsasalin
    .p1 = Unang isinulat sa Ingles ang impormasyong ito. Ang ibang wika ay isinalin mula sa tekstong Ingles.
    .p2 = Ipinapakita ng bawat wika kung paano ginawa ang pagsasalin nito, at kung nasuri na ito ng katutubong tagapagsalita. May mga pagsasaling ginawa sa tulong ng makina at hindi pa nasusuri ng katutubong tagapagsalita ng wika.
    .p3 = Kung hindi pa naisasalin ang isang bahagi, makikita mo ito sa Ingles, at sasabihan ka.
    .p4 = Kapag kinausap mo ang CMM sa unang pagkakataon, madalas may tagasalin (interpreter).

privacy = Ang privacy mo
    .p1 = Walang itinatagong record ang Haven ng mga binabasa o hinahanap mo. Ang itinatago lang nito ay ang mga setting mo, gaya ng wika mo at ng laki ng letra.
    .p2 = Gumagana ang Haven kahit walang internet. Kumokonekta lang ito sa internet para maghanap ng bagong impormasyon, at kung hihilingin mo lang ito sa mga setting.
    .important = Puwede pa ring magtago ang telepono mo mismo ng record ng mga tawag at e-mail na ginagawa mo mula sa Haven. Sinasabi ng paksang "Humingi ng tulong ngayon" kung ano ang itinatago nito.
    .p3 = Puwede kang bigyan ng payo ng contact person mo sa CMM kung paano panatilihing ligtas ang telepono mo.
