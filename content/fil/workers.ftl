title = Mga problema sa trabaho
summary = Mababang sahod, sobrang trabaho, o amo na nandaraya sa iyo? May mga karapatan ka sa trabaho sa Denmark.
    May ilang uri ng pagsasamantala na krimen, kahit hindi ito human trafficking.
    Puwede kang humingi ng tulong sa CMM o sa isang unyon.

rights = Ang mga karapatan mo sa trabaho
    .p1 = May pahina ang CMM para sa mga manggagawa. Sinasabi nito:
    .list1 =
        - Dapat laging bayaran ka ng employer mo ng sahod na pinagkasunduan ninyo.
        - Walang minimum wage sa Denmark na itinakda ng batas. Ang sahod ay itinatakda ng mga kasunduan sa pagitan ng mga unyon at mga employer (collective agreements).
        - Saklaw ng batas ang kalusugan at kaligtasan, bakasyon, sahod kapag may sakit ka, pantay na pagtrato at pantay na sahod.
        - Kung may collective agreement ang kompanya, pareho ang mga karapatan mo sa mga Danish na katrabahong gumagawa ng parehong trabaho.
        - May karapatan kang sumali sa unyon, pero hindi mo kailangang sumali. Hindi ka puwedeng utusan ng employer mo na sumali sa isang partikular na unyon.
        - Ang mga patakaran ng Denmark sa kalusugan at kaligtasan ay para sa lahat ng nagtatrabaho sa Denmark, kahit sa maikling trabaho. Dapat gawing ligtas at malusog ng employer mo ang trabaho mo.
        - Kung nagtatrabaho ka nang higit sa 8 oras bawat linggo, dapat kang bigyan ng nakasulat na kontrata, hindi lalampas sa isang buwan mula nang magsimula ka.
    .p2 = Kung may collective agreement ang isang employer, para ito sa lahat ng manggagawa, miyembro man ng unyon o hindi.
    .important = Ang employer na hindi miyembro ng isang organisasyon ng mga employer ay baka hindi sakop ng collective agreement, at puwede itong magtakda ng sarili nitong mga kondisyon. Pinapayuhan ng mga unyon ang mga dayuhang manggagawa na alamin ito.

crime = Kapag krimen ang pagsasamantala
    .p1 = Mula noong 1 Hunyo 2022, may krimen sa batas ng Denmark na tinatawag na "menneskeudnyttelse" (pagsasamantala sa tao). Nasa Criminal Code ito, section 262 b.
    .p2 = Ibig sabihin nito: ang mag-recruit ng tao, o bigyan siya ng matitirhan, para magtrabaho siya sa malinaw na hindi makatwirang kondisyon, sa pamamagitan ng paggamit sa mga paghihirap niya o sa pag-asa niya sa iba. Ang parusa ay puwedeng hanggang 6 na taon sa kulungan.
    .p3 = Puwede itong krimen kahit hindi ito human trafficking. Kasama sa human trafficking (section 262 a) ang sapilitang trabaho (forced labour), at ang parusa ay puwedeng hanggang 10 taon sa kulungan.
    .p4 = Saklaw din ng krimeng ito ang mga patakaran tungkol sa abogado para sa biktima sa kasong kriminal (bistandsadvokat). Tanungin ang CMM kung puwede kang magkaroon nito, at paano.

forced = Kapag baka sapilitang trabaho na ito
    .p1 = Sinasabi ng unyong 3F na ito ang mga senyales ng sapilitang trabaho:
    .list1 =
        - Kinukuha ng amo mo ang ID card o pasaporte mo.
        - Gumagamit ng dahas ang amo mo, o nagbabanta nito.
        - Inuutusan ka ng amo mo na magtrabaho para bayaran ang isang utang.
        - Binabayaran ka ng amo mo ng pagkain at matitirhan, sa halip na pera.
    .p2 = Sinasabihan ng 3F ang mga biktima, at ang mga taong may kilalang biktima, na tumawag sa CMM. Para sa iba pang senyales, basahin ang "Pinagsasamantalahan ba ako?"
    .action = { CALL("cmm-hotline") }
    .p3 = Sa Denmark, may nakitang sapilitang trabaho sa transport, paglilinis, construction, mga restawran at paghahatid ng diyaryo.

union = Makakatulong ang unyon
    .p1 = Sinasabi ng 3F na ito ang pinakamalaking unyon ng mga manggagawa sa Denmark. Sinasabi nito:
    .list1 =
        - Kung mas mababa ang sahod mo, o mas masama ang kondisyon mo, kaysa sa mga Danish na manggagawa, makipag-ugnayan sa lokal na unyon mo.
        - Ilegal sa labor market ng Denmark ang tratuhin nang iba ang mga tao dahil sa pinanggalingan nila.
        - Alam ng unyon kung anong sahod ang karapatan mo, at tutulungan ka ng mga eksperto nito na mabawi ang pera kung dinaya ka.
    .action = { WEB("union-3f") }
    .p2 = Kung nilabag ng employer ang collective agreement, puwedeng dalhin ang kaso sa Labour Court o sa industrial arbitration.

inspections = Ang Awtoridad ng Denmark para sa Kapaligiran sa Trabaho
    .p1 = Sinusuri ng Awtoridad ng Denmark para sa Kapaligiran sa Trabaho (Arbejdstilsynet) ang lahat ng kompanyang nagtatrabaho sa Denmark, pati ang mga dayuhang kompanya. Madalas walang pasabi ang mga pagbisita nito. Tinitingnan din nito kung nakarehistro ang mga dayuhang kompanya sa Danish register para sa foreign service providers (RUT).
    .p2 = Hindi nito sinusuri ang sahod mo o ang mga kondisyon ng trabaho mo. Ang mga iyon ay itinatakda ng collective agreements.
    .important = Minsan, sabay-sabay na nagsusuri sa mga lugar ng trabaho ang Arbejdstilsynet, ang tax office at ang pulis. Sa ganoong pagkakataon, tinitingnan ng pulis, bukod sa iba pa, kung may permit magtrabaho o manatili ang mga dayuhang manggagawa. Kung wala kang papeles, hindi ito ligtas o pribadong paraan para humingi ng tulong. Basahin ang "Walang papeles? Takot sa pulis?"

get-help = Saan magsisimula
    .p1 = Tumawag sa CMM kung sa tingin mo ay pinagsasamantalahan ka o pinipilit kang magtrabaho. Puwede kang makipag-usap nang hindi sinasabi ang pangalan mo.
    .action = { CALL("cmm-hotline") }
    .p2 = Para sa mga tanong tungkol sa sahod at mga kondisyon, makipag-ugnayan sa isang unyon, gaya ng 3F.
    .p3 = Kung nasa panganib ka ngayon, tumawag sa { CALL("emergency") }.
