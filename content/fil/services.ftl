emergency = Numero para sa emergency
    .description = Para sa panganib sa buhay, malubhang krimen, sunog, o sakit o pinsalang nagbabanta sa buhay. Libre ang tawag, kahit walang load ang telepono mo. Nire-record ang bawat tawag.

police = Pulis (hindi apurahan)
    .description = Para sa mga bagay na hindi apurahan: para mag-report ng krimen na hindi kailangan agad ng pulis, para magtanong tungkol sa kaso mo, o para magbigay ng impormasyon sa pulis. Nire-record ang mga tawag.

cmm-hotline = Sentro ng Denmark laban sa Human Trafficking (CMM)
    .description = Ang pambansang sentro na tumutulong sa mga taong maaaring biktima ng human trafficking. Ito ang nagpapasya kung biktima ang mga taong legal na nasa Denmark. Binibigyan nito ang bawat biktima ng contact person, at inaayos nito ang ligtas na matutuluyan, suporta, at tulong para makauwi. Malapit na nakikipagtulungan ang CMM sa pulis: nire-report nito sa pulis ang mga kaso nang walang pangalan. Hindi pa kumpirmado kung libre ang tawag sa hotline, o kung kailan ito bukas.

reden-international = Reden International
    .description = Isang organisasyon na may dalawang shelter para sa mga babaeng biktima ng human trafficking. Lihim ang mga address. Pinapatakbo rin nito ang Mødestedet, isang drop-in centre sa Copenhagen para sa mga dayuhang babae na nagbebenta ng sex, at nagbibigay ito ng tulong pangkalusugan.
    .access = Makipag-ugnayan sa kanila sa pamamagitan ng hotline ng CMM.

hopenow = HopeNow
    .description = Isang organisasyon na tumutulong sa mga taong naging biktima ng trafficking. Nagbibigay ito ng payo, therapy, at gabay legal, at puwede ka nitong samahan sa korte, sa pulis, sa mga abogado, at sa mga ospital. Tumutulong din ito sa mga lalaki.
    .access = Bisitahin ang website nila, o magtanong sa hotline ng CMM.

amiami = AmiAmi
    .description = Isang organisasyon na bumibisita sa mga babae at mga trans na nagbebenta ng sex, at nag-aalok ng pakikipag-usap at health check.
    .access = Walang kumpirmadong contact details. Magtanong sa hotline ng CMM.

red-cross-clinic = Health Clinic ng Red Cross
    .description = Libreng pangangalaga sa kalusugan para sa mga taong walang papeles, sa Copenhagen, Aarhus, at Odense. Hindi ipinapaalam sa publiko ang mga address, para mapanatiling ligtas ang mga tao.
    .access = Magtanong sa isang organisasyon o street worker na pinagkakatiwalaan mo, o sa hotline ng CMM.

red-cross-asylum = Danish Red Cross sa mga asylum centre
    .description = Sinusuri nito ang lahat ng batang dumating sa Denmark nang mag-isa at nakatira sa asylum centre, kung may palatandaan ng human trafficking.
    .access = Magtanong sa mga staff ng asylum centre mo.

danish-refugee-council = Konseho ng Denmark para sa mga Refugee (Dansk Flygtningehjælp)
    .description = Tinutulungan nito ang mga taong umuuwi sa pamamagitan ng prepared return, kasama ang mga partner na organisasyon sa sarili nilang bansa.
    .access = Ang contact person mo sa CMM ang mag-aayos nito kasama mo.

return-agency = Ahensiya ng Denmark para sa Pag-uwi (Hjemrejsestyrelsen)
    .description = Inaayos nito ang biyahe pauwi para sa prepared return: mga dokumento sa pagbiyahe, tiket, at tulong sa mga airport.
    .access = Ang contact person mo sa CMM ang mag-aayos nito kasama mo.

compensation-board = Lupon para sa Bayad-pinsala sa mga Biktima ng Krimen (Erstatningsnævnet)
    .description = Nagpapasya ito tungkol sa pera mula sa gobyerno para sa mga taong napinsala ng krimen. Mag-apply sa pamamagitan ng pulis.
    .access = Mag-apply sa pamamagitan ng pulis. Puwedeng tumulong ang isang abogado para sa biktima sa paghingi mo ng pera sa kaso sa korte.

prosecution-service = Tanggapan ng Tagausig (Anklagemyndigheden)
    .description = Ang mga pampublikong tagausig (prosecutor) ng Denmark. Ipinapaliwanag ng website nito kung paano mapoprotektahan ang mga testigo sa korte.
    .access = Magtanong sa abogado mo o sa pulis.

union-3f = 3F (Nagkakaisang Pederasyon ng mga Manggagawang Danish)
    .description = Isang unyon ng mga manggagawa. Sinasabi nito na ito ang pinakamalaki sa Denmark, na alam nito kung anong sahod ang karapatan mo, at na tinutulungan ka nitong mabawi ang pera kung dinaya ka ng employer mo. Sinasabihan nito ang mga biktima ng sapilitang trabaho na tumawag sa CMM.
    .access = Makipag-ugnayan sa lokal na unyon ng 3F.

working-environment-authority = Awtoridad ng Denmark para sa Kapaligiran sa Trabaho (Arbejdstilsynet)
    .description = Sinusuri nito ang lahat ng kompanyang nagtatrabaho sa Denmark, pati ang mga dayuhang kompanya. Hindi nito sinusuri ang sahod. May mga pagsusuri na ginagawa kasama ang tax office at ang pulis, at sa ganoong pagkakataon, tinitingnan ng pulis ang mga permit sa trabaho at pananatili.
    .access = Walang contact details sa app na ito. Magtanong sa CMM o sa isang unyon.
