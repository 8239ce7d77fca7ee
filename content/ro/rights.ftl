title = Drepturile dumneavoastră
summary = Dacă sunteți victimă a traficului de persoane, Danemarca vă dă timp să vă odihniți și să primiți ajutor.
    Puteți primi un loc sigur unde să stați, îngrijire medicală, ajutor juridic și propriul dumneavoastră avocat.

reflection = Timp să vă odihniți și să vă refaceți
    .p1 = Când autoritățile constată că sunteți victimă a traficului de persoane, vi se oferă 30 de zile ca să vă odihniți și să vă refaceți. Aceasta se numește perioada de reflecție. Vă dă timp să plecați de lângă oamenii care vă exploatează și să vă simțiți mai bine.
    .p2 = Perioada poate fi mai lungă, până la 120 de zile, dacă lucrați cu autoritățile ca să planificați o întoarcere voluntară acasă.
    .p3 = Dacă sunteți în Danemarca în mod legal, primiți o perioadă asemănătoare, cu același ajutor.

support = Ajutor în această perioadă
    .p1 = În această perioadă puteți primi:
    .list1 =
        - un loc sigur unde să stați, cu mese
        - ajutor de la un medic
        - ajutor de la un psiholog
        - ajutor juridic
        - cursuri și activități de învățare
        - ajutor ca să contactați organizații din țara dumneavoastră, dacă vreți
    .p2 = Primiți și o persoană de contact de la CMM. Această persoană vă explică ce ajutor puteți primi. Ea lucrează și cu alții pentru dumneavoastră, de exemplu cu biroul de imigrări, cu avocații, cu poliția și cu Crucea Roșie.

lawyer = Propriul avocat, gratuit
    .p1 = Ca victimă a traficului de persoane, puteți avea propriul avocat. În daneză, acest avocat se numește „bistandsadvokat”, adică avocatul victimei. Statul plătește avocatul.
    .p2 = Cereți poliției un avocat al victimei. Apoi instanța alege avocatul. Puteți cere un anumit avocat. Și CMM vă poate ajuta să aveți un avocat.
    .list1 =
        - Avocatul vă dă sfaturi cât timp poliția face ancheta.
        - Avocatul poate veni cu dumneavoastră când poliția vorbește cu dumneavoastră.
        - Avocatul vă explică cum se desfășoară procesul.
        - Avocatul poate veni cu dumneavoastră când vorbiți în instanță.
        - Avocatul poate pregăti cererea dumneavoastră de bani și o poate prezenta în proces.
    .p3 = Dacă și dumneavoastră sunteți acuzat de o infracțiune, aveți dreptul la un avocat care să vă apere.

compensation = Bani pentru răul care vi s-a făcut
    .p1 = Dacă o infracțiune v-a făcut rău fizic sau psihic, puteți cere bani de la statul danez. Acești bani se numesc despăgubire. Decizia o ia Comisia pentru Despăgubirea Victimelor Infracțiunilor (Erstatningsnævnet).
    .p2 = Regulile principale sunt:
    .list1 =
        - De regulă, infracțiunea trebuie anunțată la poliție în cel mult 72 de ore.
        - Dacă există un proces, trebuie să cereți despăgubirea în acel proces.
        - Trebuie să faceți cererea în cel mult 2 ani. Cei 2 ani se numără de la infracțiune, de la hotărârea finală sau de la data la care poliția a închis cazul.
    .p3 = Faceți cererea prin poliție. Poliția trimite cererea la Comisie. Avocatul vă poate ajuta.
    .p4 = Despăgubirea poate acoperi tratamentul, salariul pierdut, durerea și suferința și vătămările care rămân pentru totdeauna. De obicei, Comisia decide după ce procesul s-a terminat.

residence = Pot să rămân în Danemarca?
    .p1 = Faptul că sunteți victimă a traficului de persoane nu este suficient, singur, ca să primiți permis de ședere în Danemarca. Poate fi o parte dintr-o cerere de azil. În trecut, foarte puține victime au primit azil.
    .p2 = Legea permite un permis de ședere pentru o persoană de care este nevoie într-o anchetă a poliției sau într-un proces. Permisul se termină când se termină cazul. Acest permis se dă foarte rar.
    .p3 = Un permis de ședere din motive umanitare se dă doar ca excepție, foarte rar.
    .important = Întrebați avocatul sau persoana de contact de la CMM ce înseamnă asta pentru dumneavoastră.

return = Întoarcerea acasă în siguranță
    .p1 = Puteți primi ajutor ca să vă întoarceți în țara dumneavoastră sau în altă țară unde aveți permis de ședere. Aceasta se numește întoarcere pregătită. Este voluntară.
    .p2 = Primiți acest ajutor chiar dacă nu colaborați cu poliția și nu vorbiți în instanță.
    .p3 = Întoarcerea se planifică împreună cu dumneavoastră în perioada de reflecție. După ce ajungeți, puteți primi sprijin timp de aproximativ șase luni. Sprijinul poate include:
    .list1 =
        - bani în fiecare lună
        - ajutor cu locuința
        - ajutor ca să începeți o activitate prin care să câștigați bani, de exemplu un mic magazin sau un salon de coafură
        - ajutor medical
        - școală sau educație, și pentru copiii dumneavoastră
    .p4 = Înainte să plecați, persoana de contact verifică împreună cu dumneavoastră ce v-ar putea pune în pericol. Nevoile dumneavoastră de siguranță sunt transmise unei organizații partenere din țara dumneavoastră.
