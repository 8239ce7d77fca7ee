emergency = Numărul de urgență
    .description = Pentru pericol de moarte, infracțiuni grave, incendiu sau boli ori răni care pun viața în pericol. Apelul este gratuit, chiar și fără credit pe telefon. Fiecare apel este înregistrat.

police = Poliția (când nu este urgent)
    .description = Pentru lucruri care nu sunt urgente: ca să anunțați o infracțiune pentru care nu este nevoie de poliție imediat, ca să întrebați despre cazul dumneavoastră sau ca să dați informații poliției. Apelurile sunt înregistrate.

cmm-hotline = Centrul Danez împotriva Traficului de Persoane (CMM)
    .description = Centrul național care ajută persoanele care ar putea fi victime ale traficului de persoane. El decide dacă persoanele aflate legal în Danemarca sunt victime. Dă fiecărei victime o persoană de contact și organizează un loc sigur unde să stea, sprijin și ajutor pentru întoarcerea acasă. CMM lucrează strâns cu poliția: informează poliția despre cazuri, fără nume. Nu este confirmat dacă un apel la linia telefonică este gratuit, nici când este deschisă linia.

reden-international = Reden International
    .description = O organizație care are două adăposturi pentru femeile care sunt victime ale traficului de persoane. Adresele sunt secrete. Are și Mødestedet, un centru în Copenhaga unde femeile străine care vând servicii sexuale pot veni fără programare. Oferă și ajutor medical.
    .access = Îi puteți contacta prin linia telefonică a CMM.

hopenow = HopeNow
    .description = O organizație care ajută persoanele care au fost victime ale traficului de persoane. Oferă sfaturi, terapie și îndrumare juridică și poate merge cu dumneavoastră la instanță, la poliție, la avocați și la spitale. Lucrează și cu bărbați.
    .access = Intrați pe site-ul lor sau întrebați la linia telefonică a CMM.

amiami = AmiAmi
    .description = O organizație care vizitează femei și persoane trans care vând servicii sexuale și le oferă discuții și controale medicale.
    .access = Nu există date de contact confirmate. Întrebați la linia telefonică a CMM.

red-cross-clinic = Clinica medicală a Crucii Roșii
    .description = Îngrijire medicală gratuită pentru persoanele fără acte, în Copenhaga, Aarhus și Odense. Adresele nu sunt publice, ca oamenii să fie în siguranță.
    .access = Întrebați o organizație sau un lucrător social de stradă în care aveți încredere, sau întrebați la linia telefonică a CMM.

red-cross-asylum = Crucea Roșie Daneză în centrele pentru solicitanți de azil
    .description = Verifică toți copiii care au venit singuri în Danemarca și locuiesc într-un centru pentru solicitanți de azil, ca să vadă dacă există semne de trafic de persoane.
    .access = Întrebați personalul din centrul pentru solicitanți de azil unde locuiți.

danish-refugee-council = Consiliul Danez pentru Refugiați (Dansk Flygtningehjælp)
    .description = Ajută persoanele care se întorc acasă printr-o întoarcere pregătită, împreună cu organizații partenere din țara lor.
    .access = Persoana de contact de la CMM organizează asta împreună cu dumneavoastră.

return-agency = Agenția Daneză pentru Întoarcere (Hjemrejsestyrelsen)
    .description = Organizează călătoria spre casă pentru o întoarcere pregătită: documente de călătorie, bilete și ajutor în aeroporturi.
    .access = Persoana de contact de la CMM organizează asta împreună cu dumneavoastră.

compensation-board = Comisia pentru Despăgubirea Victimelor Infracțiunilor (Erstatningsnævnet)
    .description = Decide dacă statul dă bani persoanelor cărora o infracțiune le-a făcut rău. Faceți cererea prin poliție.
    .access = Faceți cererea prin poliție. Un avocat al victimei vă poate ajuta cu cererea de bani în proces.

prosecution-service = Parchetul (Anklagemyndigheden)
    .description = Procurorii statului danez. Pe site-ul lor se explică cum pot fi protejați martorii în instanță.
    .access = Întrebați avocatul sau poliția.

union-3f = 3F (Federația Unită a Muncitorilor Danezi)
    .description = Un sindicat. Spune că este cel mai mare din Danemarca, că știe ce salariu aveți dreptul să primiți și că vă ajută să recuperați banii dacă angajatorul v-a înșelat. Le spune victimelor muncii forțate să sune la CMM.
    .access = Contactați filiala locală a 3F.

working-environment-authority = Autoritatea Daneză pentru Mediul de Lucru (Arbejdstilsynet)
    .description = Inspectează toate firmele care lucrează în Danemarca, inclusiv firmele străine. Nu verifică salariile. Unele controale se fac împreună cu fiscul și cu poliția, iar atunci poliția verifică permisele de muncă și de ședere.
    .access = Această aplicație nu are date de contact. Întrebați CMM sau un sindicat.
