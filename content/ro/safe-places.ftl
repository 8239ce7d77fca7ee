title = Un loc sigur unde să stați
summary = Dacă sunteți victimă a traficului de persoane, puteți primi un loc sigur unde să stați, cu mese.
    Ca să primiți un loc, începeți prin a suna la CMM.

get-a-place = Cum primiți un loc
    .p1 = Sunați la linia telefonică a CMM. CMM și persoana de contact vă găsesc un loc, împreună cu autoritățile.
    .action = { CALL("cmm-hotline") }
    .p2 = Cât timp CMM analizează situația dumneavoastră, vă poate oferi un loc unde să stați, dacă aveți nevoie.
    .p3 = Dacă nu aveți dreptul legal să stați în Danemarca, și poliția vă poate caza într-un centru de criză sau în altă locuință, cât timp cazul dumneavoastră este analizat.

what-you-get = Ce fel de loc
    .p1 = Primiți un loc sigur unde să stați, cu mese.
    .p2 = Poate fi un centru de criză, un hostel sau un centru pentru solicitanți de azil. Copiii sub 18 ani pot sta într-un cămin pentru copii.

staying-safe = Cum să rămâneți în siguranță
    .p1 = Persoana de contact de la CMM verifică ce v-ar putea pune în pericol. Vă poate ajuta cu:
    .list1 =
        - sfaturi despre cum să rămâneți în siguranță
        - cum să vă protejați telefonul
        - mutarea în alt loc unde să stați
        - legătura cu poliția

women = Locuri pentru femei
    .p1 = Organizația Reden International are două adăposturi pentru femeile care sunt victime ale traficului de persoane, în perioada de reflecție. Adresele sunt ținute secrete, ca să fiți în siguranță.
    .p2 = Adăpostul le dă femeilor care locuiesc acolo sfaturi despre cum să rămână în siguranță.
    .p3 = Femeile care cer și azil stau de obicei într-un centru pentru solicitanți de azil. După ce situația dumneavoastră a fost analizată, puteți fi cazată la Reden International.

men = Locuri pentru bărbați
    .p1 = Bărbații pot sta într-un centru de criză pentru bărbați, într-o locuință cu sprijin, într-un apartament sau într-un loc asemănător. CMM lucrează cu un hostel din Copenhaga.
    .p2 = Bărbații care cer azil stau de obicei într-un centru pentru solicitanți de azil.

drop-in = Un loc pentru femei în Copenhaga, fără programare
    .p1 = Reden International are Mødestedet, un centru în Indre Vesterbro, Copenhaga, unde puteți veni fără programare. Este pentru femeile străine care vând servicii sexuale.
    .list1 =
        - Nu trebuie să vă spuneți numele.
        - Puteți primi ajutor cu probleme sociale, juridice și de sănătate.
        - Puteți primi ceva de mâncare și o pauză de la stradă.
    .p2 = Întrebați la linia telefonică a CMM cum îl găsiți.
