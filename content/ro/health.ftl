title = Îngrijire medicală
summary = Dacă sunteți foarte bolnav sau grav rănit, sunați la { CALL("emergency") }.
    Victimele pot primi îngrijire medicală în plus în perioada de reflecție.
    Persoanele fără acte pot primi ajutor gratuit la clinicile medicale ale Crucii Roșii.

emergency-care = Dacă sunteți foarte bolnav sau grav rănit
    .p1 = Sunați la { CALL("emergency") }. Apelul este gratuit.
    .action = { CALL("emergency") }
    .p2 = Dacă nu aveți permis să stați în Danemarca, sistemul public de sănătate vă oferă doar îngrijire de urgență. Personalul medical decide ce este o urgență.

reflection-care = Îngrijire medicală în perioada de reflecție
    .p1 = Dacă autoritățile constată că sunteți victimă a traficului de persoane, puteți folosi o ofertă medicală în plus în perioada de reflecție. Ea include ajutor de la un medic și ajutor de la un psiholog.
    .p2 = Persoana de contact de la CMM vă poate explica ce ajutor puteți primi.
    .action = { CALL("cmm-hotline") }

clinics = Clinici gratuite pentru persoanele fără acte
    .p1 = Crucea Roșie Daneză are clinici medicale gratuite pentru persoanele care trăiesc în Danemarca fără acte. Este vorba de persoanele care nu au card galben de sănătate și nici număr CPR, adică numărul personal danez de identificare.
    .p2 = Există clinici în Copenhaga, Aarhus și Odense. Ele pot oferi:
    .list1 =
        - tratament de la un medic
        - vaccinuri pentru copii
        - controale în timpul sarcinii
        - fizioterapie
        - îngrijire dentară de urgență
        - discuții cu un psiholog
    .p3 = Vă ajută interpreți voluntari.

find-a-clinic = Cum găsiți o clinică
    .p1 = Adresele clinicilor nu sunt publice, ca persoanele fără acte să se simtă în siguranță.
    .p2 = Oamenii află de ele de la alți oameni, de la lucrătorii sociali de stradă și din pliante.
    .p3 = Întrebați o organizație în care aveți încredere sau sunați la linia telefonică a CMM.

outreach = Vizite medicale la saloanele de masaj
    .p1 = Organizațiile AmiAmi și Reden International trimit echipe medicale la saloanele de masaj. Ele oferă discuții și controale medicale.
    .p2 = Au și propriile clinici medicale.
    .important = Nu orice vizită este o vizită medicală. Poliția și Agenția Daneză pentru Impozite vin și ele la saloanele de masaj, ca să le inspecteze și să caute semne de trafic de persoane.
