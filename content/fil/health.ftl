title = Pangangalaga sa kalusugan
summary = Kung malubha ang sakit mo o malubha kang nasaktan, tumawag sa { CALL("emergency") }.
    Puwedeng makakuha ang mga biktima ng dagdag na pangangalaga sa kalusugan habang nasa reflection period.
    Ang mga taong walang papeles ay puwedeng makakuha ng libreng tulong sa mga health clinic ng Red Cross.

emergency-care = Kung malubha ang sakit mo o malubha kang nasaktan
    .p1 = Tumawag sa { CALL("emergency") }. Libre ang tawag.
    .action = { CALL("emergency") }
    .p2 = Kung wala kang permit para manatili sa Denmark, emergency na pangangalaga lang ang ibibigay sa iyo ng pampublikong sistemang pangkalusugan. Ang health worker ang magpapasya kung ano ang maituturing na emergency.

reflection-care = Pangangalaga sa kalusugan habang nasa reflection period
    .p1 = Kung nakitang biktima ka ng human trafficking, puwede mong gamitin ang dagdag na serbisyong pangkalusugan habang nasa reflection period ka (ang panahon para makalayo sa pagsasamantala at gumaling). Kasama rito ang tulong mula sa doktor at tulong mula sa psychologist.
    .p2 = Maipapaliwanag ng contact person mo sa CMM ang tulong na puwede mong makuha.
    .action = { CALL("cmm-hotline") }

clinics = Libreng klinika para sa mga taong walang papeles
    .p1 = May mga libreng health clinic ang Danish Red Cross para sa mga taong nakatira sa Denmark nang walang papeles. Ibig sabihin, mga taong walang dilaw na health card at walang CPR number, ang personal ID number sa Denmark.
    .p2 = May mga klinika sa Copenhagen, Aarhus, at Odense. Puwede silang magbigay ng:
    .list1 =
        - gamutan mula sa doktor
        - bakuna para sa mga bata
        - check-up kapag buntis ka
        - physical therapy
        - emergency na gamutan sa ngipin
        - pakikipag-usap sa psychologist
    .p3 = May mga boluntaryong tagasalin (interpreter) na tumutulong.

find-a-clinic = Paano humanap ng klinika
    .p1 = Hindi ipinapaalam sa publiko ang mga address ng mga klinika, para maging ligtas ang pakiramdam ng mga taong walang papeles.
    .p2 = Nalalaman ng mga tao ang mga ito sa kuwento ng ibang tao, sa tulong ng mga street worker, at sa mga leaflet.
    .p3 = Magtanong sa isang organisasyong pinagkakatiwalaan mo, o tumawag sa hotline ng CMM.

outreach = Pagbisita para sa kalusugan sa mga massage clinic
    .p1 = Nagpapadala ang mga organisasyong AmiAmi at Reden International ng mga health team sa mga massage clinic. Nag-aalok sila ng pakikipag-usap at health check.
    .p2 = May sarili rin silang mga health clinic.
    .important = Hindi lahat ng pagbisita ay para sa kalusugan. Bumibisita rin ang pulis at ang Danish Tax Agency sa mga massage clinic para mag-inspeksiyon at maghanap ng senyales ng human trafficking.
