title = Sundhed og lægehjælp
summary = Er du meget syg eller slemt skadet, så ring { CALL("emergency") }.
    Ofre kan få ekstra sundhedshjælp i refleksionsperioden.
    Mennesker uden papirer kan få gratis hjælp på Røde Kors' sundhedsklinikker.

emergency-care = Hvis du er meget syg eller slemt skadet
    .p1 = Ring { CALL("emergency") }. Opkaldet er gratis.
    .action = { CALL("emergency") }
    .p2 = Har du ikke opholdstilladelse i Danmark, giver det offentlige sundhedsvæsen dig kun akut hjælp. Sundhedspersonalet afgør, hvad der er akut.

reflection-care = Sundhedshjælp i refleksionsperioden
    .p1 = Bliver du vurderet til at være offer for menneskehandel, kan du bruge et ekstra sundhedstilbud i refleksionsperioden. Det omfatter hjælp fra en læge og hjælp fra en psykolog.
    .p2 = Din kontaktperson i CMM kan forklare, hvilken hjælp du kan få.
    .action = { CALL("cmm-hotline") }

clinics = Gratis klinikker for mennesker uden papirer
    .p1 = Dansk Røde Kors driver gratis sundhedsklinikker for mennesker, der bor i Danmark uden papirer. Det vil sige mennesker uden gult sundhedskort og uden CPR-nummer, det danske personnummer.
    .p2 = Der er klinikker i København, Aarhus og Odense. De kan tilbyde:
    .list1 =
        - behandling hos en læge
        - vaccination af børn
        - undersøgelser, når du er gravid
        - fysioterapi
        - akut tandbehandling
        - samtaler med en psykolog
    .p3 = Frivillige tolke hjælper.

find-a-clinic = Sådan finder du en klinik
    .p1 = Klinikkernes adresser er ikke offentlige, så mennesker uden papirer kan føle sig trygge.
    .p2 = Folk hører om dem fra andre, gennem gadeplansmedarbejdere og gennem foldere.
    .p3 = Spørg en organisation, du stoler på, eller ring til CMM's hotline.

outreach = Sundhedsbesøg på massageklinikker
    .p1 = Organisationerne AmiAmi og Reden International sender sundhedsteams ud på massageklinikker. De tilbyder samtaler og helbredstjek.
    .p2 = De har også deres egne sundhedsklinikker.
    .important = Ikke alle besøg er sundhedsbesøg. Politiet og Skattestyrelsen besøger også massageklinikker for at kontrollere dem og lede efter tegn på menneskehandel.
