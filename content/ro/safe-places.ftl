title = Un loc sigur unde să stați
summary = Victimelor traficului de persoane li se oferă un loc sigur unde să stea, cu mese.
    Ca să primiți un loc, începeți prin a suna la CMM.
    Dacă nu aveți dreptul legal să stați aici, poliția poate și ea decide unde stați.

get-a-place = Cum primiți un loc
    .p1 = Sunați la linia telefonică a CMM. Locurile se organizează prin CMM, prin persoana de contact de la CMM și prin autorități.
    .action = { CALL("cmm-hotline") }
    .p2 = Cât timp CMM analizează situația dumneavoastră, vă poate oferi un loc unde să stați, dacă aveți nevoie.

what-you-get = Ce fel de loc
    .p1 = Victimelor li se oferă un loc sigur unde să stea, cu mese.
    .p2 = Poate fi un centru de criză, un hostel sau un centru pentru solicitanți de azil. Copiii sub 18 ani pot sta într-un cămin pentru copii.

police-placement = Dacă poliția decide unde stați
    .p1 = Dacă ați putea fi victimă și nu aveți dreptul legal să stați în Danemarca, poliția vă poate caza într-un centru de criză sau în altă locuință, cât timp cazul dumneavoastră este analizat.
    .p2 = Aceasta este o decizie a poliției, după Legea străinilor (§ 34(1)(3)), legea despre străini. Nu este același lucru cu un loc pe care vi-l oferă CMM.
    .important = Atenție: unele persoane care ar fi putut fi victime au fost închise (reținute) în Danemarca în timp ce cazul sau actele lor erau verificate. Unele persoane despre care s-a constatat că sunt victime au fost totuși trimise din Danemarca. Întrebați CMM sau un avocat ce înseamnă asta pentru dumneavoastră.

staying-safe = Cum să rămâneți în siguranță
    .p1 = Persoana de contact de la CMM verifică ce v-ar putea pune în pericol. Vă poate ajuta cu:
    .list1 =
        - sfaturi despre cum să rămâneți în siguranță
        - cum să vă protejați telefonul
        - mutarea în alt loc unde să stați
        - legătura cu poliția

women = Locuri pentru femei
    .p1 = Organizația Reden International are două adăposturi pentru femeile care sunt victime ale traficului de persoane și sunt în perioada de reflecție. Adresele sunt ținute secrete, ca femeile să fie în siguranță. Statul plătește adăposturile.
    .p2 = Adăpostul le dă femeilor care locuiesc acolo sfaturi despre cum să rămână în siguranță.
    .p3 = Femeile care cer și azil stau de obicei într-un centru pentru solicitanți de azil. După ce situația lor a fost analizată, pot fi cazate la Reden International.

men = Locuri pentru bărbați
    .p1 = Bărbații pot sta într-un centru de criză pentru bărbați, într-o locuință cu sprijin, într-un apartament sau într-un loc asemănător. CMM lucrează cu un hostel din Copenhaga.
    .p2 = Bărbații care cer azil stau de obicei într-un centru pentru solicitanți de azil.

drop-in = Un centru pentru femei în Copenhaga, unde puteți veni fără programare
    .p1 = Reden International are Mødestedet, un centru în Indre Vesterbro, Copenhaga, unde puteți veni fără programare. Este pentru femeile străine care vând servicii sexuale.
    .list1 =
        - Nu este obligatoriu să vă spuneți numele.
        - Puteți primi ajutor cu probleme sociale, juridice și de sănătate.
        - Puteți primi ceva de mâncare și o pauză de la stradă.
    .p2 = Întrebați la linia telefonică a CMM cum îl găsiți.
