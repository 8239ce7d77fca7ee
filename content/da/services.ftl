emergency = Alarmnummer
    .description = Når der er fare for liv, alvorlig kriminalitet, brand, eller livstruende sygdom eller skade. Opkaldet er gratis, også uden taletid på telefonen. Alle opkald bliver optaget.

police = Politiet (ikke akut)
    .description = Til det, der ikke haster: at anmelde en forbrydelse, hvor der ikke er brug for politiet med det samme, at spørge til din sag eller at give politiet oplysninger. Opkald bliver optaget.

cmm-hotline = Center mod Menneskehandel (CMM)
    .description = Det nationale center, der hjælper mennesker, som kan være ofre for menneskehandel. Centret afgør, om mennesker, der er lovligt i Danmark, er ofre. Hvert offer får en kontaktperson, og centret sørger for et sikkert sted at bo, støtte og hjælp til at rejse hjem. CMM arbejder tæt sammen med politiet: Centret fortæller politiet om sager uden navne. Det er ikke bekræftet, om det er gratis at ringe til hotlinen, eller hvornår hotlinen har åbent.

reden-international = Reden International
    .description = En organisation, der driver to krisecentre for kvinder, som er ofre for menneskehandel. Adresserne er hemmelige. Den driver også Mødestedet, et værested i København for udenlandske kvinder, der sælger sex, og tilbyder hjælp til sundhed.
    .access = Kontakt dem gennem CMM's hotline.

hopenow = HopeNow
    .description = En organisation, der hjælper mennesker, som har været udsat for menneskehandel. Den giver rådgivning, terapi og juridisk vejledning og kan gå med dig til retten, politiet, advokater og hospitaler. Den arbejder også med mænd.
    .access = Besøg deres hjemmeside, eller spørg CMM's hotline.

amiami = AmiAmi
    .description = En organisation, der besøger kvinder og transpersoner, som sælger sex, og tilbyder samtaler og helbredstjek.
    .access = Der er ingen bekræftede kontaktoplysninger. Spørg CMM's hotline.

red-cross-clinic = Røde Kors' Sundhedsklinik
    .description = Gratis sundhedshjælp til mennesker uden papirer i København, Aarhus og Odense. Adresserne er ikke offentlige, for at beskytte folk.
    .access = Spørg en organisation eller en gadeplansmedarbejder, du stoler på, eller CMM's hotline.

red-cross-asylum = Dansk Røde Kors på asylcentre
    .description = Undersøger alle børn, der er kommet alene til Danmark og bor på et asylcenter, for tegn på menneskehandel.
    .access = Spørg personalet på dit asylcenter.

danish-refugee-council = Dansk Flygtningehjælp
    .description = Hjælper mennesker, der rejser hjem med en forberedt hjemsendelse, sammen med partnerorganisationer i hjemlandet.
    .access = Din kontaktperson i CMM aftaler det med dig.

return-agency = Hjemrejsestyrelsen
    .description = Sørger for rejsen hjem ved en forberedt hjemsendelse: rejsedokumenter, billetter og hjælp i lufthavne.
    .access = Din kontaktperson i CMM aftaler det med dig.

compensation-board = Erstatningsnævnet
    .description = Afgør, om staten skal give penge til mennesker, der er kommet til skade ved en forbrydelse. Du søger gennem politiet.
    .access = Søg gennem politiet. En bistandsadvokat kan hjælpe med dit krav i retssagen.

prosecution-service = Anklagemyndigheden
    .description = De danske anklagere. Hjemmesiden forklarer, hvordan vidner kan beskyttes i retten.
    .access = Spørg din advokat eller politiet.

union-3f = 3F (Fagligt Fælles Forbund)
    .description = En fagforening. 3F siger, at den er Danmarks største, at den ved, hvilken løn du har ret til, og at den hjælper dig med at få penge tilbage, hvis din arbejdsgiver har snydt dig. 3F siger til ofre for tvangsarbejde, at de skal ringe til CMM.
    .access = Kontakt din lokale 3F-afdeling.

working-environment-authority = Arbejdstilsynet
    .description = Kontrollerer alle virksomheder, der arbejder i Danmark, også udenlandske virksomheder. Arbejdstilsynet kontrollerer ikke løn. Nogle kontroller bliver lavet sammen med skattevæsenet og politiet, og så kontrollerer politiet arbejds- og opholdstilladelser.
    .access = Der står ingen kontaktoplysninger i denne app. Spørg CMM eller en fagforening.
