title = Drepturile dumneavoastră
summary = Mare parte din ajutorul de aici este doar pentru persoanele pe care autoritățile le consideră victime ale traficului de persoane.
    Ce primiți depinde și de actele dumneavoastră și de un eventual proces.
    Întrebați CMM ce se aplică în cazul dumneavoastră.

who-decides = Cine decide dacă sunteți victimă
    .p1 = Cea mai mare parte din ajutorul de pe această pagină este pentru persoanele despre care se constată că sunt victime ale traficului de persoane. Cine decide asta depinde de situația dumneavoastră:
    .list1 =
        - Dacă sunteți în Danemarca în mod legal, decide CMM. De exemplu, sunteți cetățean danez sau al UE, sau aveți acte de ședere.
        - Dacă nu aveți dreptul legal să stați în Danemarca sau cereți azil, decide Serviciul Danez de Imigrări (Udlændingestyrelsen). În unele cazuri decide alt birou al statului, SIRI.
        - Dacă sunteți judecat pentru o infracțiune, instanța poate decide că sunteți victimă.
    .p2 = Prima discuție cu CMM nu vă dă, singură, ajutorul de pe această pagină.
    .important = Atenție: în 2011, Serviciul de Imigrări a spus că decide folosind informații de la poliție și ce i-ați spus dumneavoastră CMM.

reflection = Perioada de reflecție
    .p1 = Dacă se constată că sunteți victimă, vi se oferă o perioadă de 30 de zile. Ea se numește perioada de reflecție. Scopul ei este să vă dea timp să scăpați de oamenii care vă exploatează și să vă refaceți.
    .p2 = Ce înseamnă această perioadă depinde de actele dumneavoastră.
    .list1 =
        - Dacă nu aveți dreptul legal să stați în Danemarca, perioada de reflecție este un termen până la care trebuie să plecați din Danemarca. Dacă i se cere, Serviciul Danez de Imigrări stabilește termenul peste 30 de zile.
        - Dacă sunteți în Danemarca în mod legal, primiți o perioadă asemănătoare, cu același ajutor. Ea se numește perioada de recuperare.
    .p3 = Dacă i se cere, Serviciul de Imigrări poate stabili termenul mai târziu sau îl poate prelungi. Asta se poate întâmpla când există motive speciale sau când lucrați cu autoritățile ca să planificați o întoarcere voluntară acasă. Termenul nu poate fi niciodată mai târziu de 120 de zile. Regula este în Legea străinilor, § 33(14).
    .important = Perioada de reflecție nu este un permis de ședere în Danemarca. Ca să cereți o perioadă mai lungă, întrebați CMM sau un avocat cum să faceți.

support = Ajutor în perioada de reflecție
    .p1 = În această perioadă vi se pot oferi:
    .list1 =
        - un loc unde să stați, cu mese
        - ajutor de la un medic
        - ajutor de la un psiholog
        - ajutor juridic
        - cursuri și activități de învățare
        - ajutor ca să contactați organizații din țara dumneavoastră, dacă vreți
    .p2 = Primiți și o persoană de contact de la CMM. Această persoană vă explică ce ajutor puteți primi. Ea lucrează și cu alții la cazul dumneavoastră, de exemplu cu Serviciul de Imigrări, cu avocații, cu poliția și cu Crucea Roșie.
    .p3 = Ajutorul de la CMM nu depinde de faptul că lucrați sau nu cu poliția.

no-legal-stay = Dacă nu aveți dreptul legal să stați aici
    .p1 = Dacă ați putea fi victimă și nu aveți dreptul legal să stați aici, poliția poate decide unde stați cât timp cazul dumneavoastră este analizat. Vă poate caza într-un centru de criză sau în altă locuință. Aceasta este o decizie a poliției, după Legea străinilor (§ 34(1)(3)). Nu este același lucru cu un loc pe care vi-l oferă CMM.
    .important = Fiți conștient de risc. Unele persoane care ar fi putut fi victime au fost închise (reținute) în Danemarca în timp ce cazul sau actele lor erau verificate. Unele persoane despre care CMM a constatat că sunt victime au fost totuși trimise din Danemarca.
    .p2 = Întrebați CMM sau un avocat ce înseamnă asta pentru dumneavoastră, înainte să decideți ce faceți.

lawyer = Un avocat al victimei într-un proces penal
    .p1 = Când poliția și instanțele se ocupă de o infracțiune împotriva dumneavoastră, puteți avea un avocat al dumneavoastră. În daneză, acest avocat se numește „bistandsadvokat”, adică avocatul victimei. Regula este în Legea privind administrarea justiției, § 741 a. Ea se aplică și traficului de persoane.
    .p2 = Acest avocat ține de procesul penal pentru infracțiunea împotriva dumneavoastră. Statul plătește avocatul. Instanța numește avocatul, iar dumneavoastră puteți cere un anumit avocat.
    .important = Nu este confirmat cum poate o victimă a traficului de persoane să ceară acest avocat, nici dacă primiți unul fără să cereți. Întrebați CMM sau poliția.
    .p3 = Un avocat al victimei poate:
    .list1 =
        - să vă dea sfaturi cât timp poliția face ancheta
        - să vină cu dumneavoastră când poliția vă interoghează
        - să vă explice cum se desfășoară procesul
        - să vină cu dumneavoastră când vorbiți ca martor în instanță
        - să vă pregătească cererea de bani și să o prezinte în proces
    .p4 = Și CMM vă poate da ajutor și sfaturi juridice: despre drepturile și posibilitățile dumneavoastră, despre faptul de a fi martor, despre cererea de bani și despre cum să aveți un avocat.
    .p5 = Dacă și dumneavoastră sunteți acuzat de o infracțiune, aveți dreptul la un avocat care să vă apere.

compensation = Bani pentru răul care vi s-a făcut
    .p1 = Dacă o infracțiune v-a făcut rău fizic sau psihic, puteți cere bani de la statul danez. Acești bani se numesc despăgubire. Decizia o ia Comisia pentru Despăgubirea Victimelor Infracțiunilor (Erstatningsnævnet).
    .p2 = Există condiții:
    .list1 =
        - De regulă, infracțiunea trebuie anunțată la poliție în cel mult 72 de ore.
        - Dacă există un proces, trebuie să cereți despăgubirea în acel proces.
        - Trebuie să faceți cererea în cel mult 2 ani. Cei 2 ani se numără de la infracțiune, de la hotărârea definitivă sau de la data la care poliția a închis cazul.
    .important = Nu este confirmat dacă regula celor 72 de ore este mai ușoară pentru victimele traficului de persoane. Întrebați CMM sau un avocat.
    .p3 = Faceți cererea prin poliție. Poliția trimite cererea și documentele cazului la Comisie.
    .p4 = De obicei, Comisia decide după ce procesul s-a terminat. Puteți face cerere la Comisie dacă persoana care v-a făcut rău a fost găsită vinovată dar nu v-a plătit, dacă a fost găsită nevinovată sau dacă nimeni nu știe cine este.
    .p5 = Despăgubirea poate acoperi tratamentul, salariul pierdut, durerea și suferința, vătămările permanente, capacitatea de muncă pierdută, costurile cu avocatul și alte pierderi.

residence = Pot să rămân în Danemarca?
    .p1 = Faptul că sunteți victimă a traficului de persoane nu este suficient, singur, ca să primiți permis de ședere în Danemarca. Poate fi o parte dintr-o cerere de azil. În cei cinci ani dinainte de 2017, doar patru victime au primit azil.
    .p2 = Legea permite un permis de ședere pentru o persoană de care este nevoie într-o anchetă a poliției sau într-un proces. Permisul nu poate dura mai mult decât ancheta sau procesul. Acest permis se dă foarte rar.
    .p3 = Un permis de ședere din motive umanitare se decide de la caz la caz. Se dă doar ca excepție rară.
    .important = Întrebați un avocat sau persoana de contact de la CMM ce înseamnă asta pentru dumneavoastră.

return = Întoarcerea acasă, cu ajutor
    .p1 = Dacă se constată că sunteți victimă, vi se oferă ajutor ca să vă întoarceți în țara dumneavoastră sau în altă țară unde aveți permis de ședere. Aceasta se numește întoarcere pregătită. Este voluntară.
    .p2 = Vi se oferă acest ajutor chiar dacă nu colaborați cu poliția și nu vorbiți în instanță.
    .p3 = Întoarcerea se planifică împreună cu dumneavoastră în perioada de reflecție. După ce ajungeți, puteți primi sprijin timp de aproximativ șase luni. Sprijinul poate include:
    .list1 =
        - bani în fiecare lună
        - ajutor cu locuința
        - ajutor ca să începeți o activitate prin care să câștigați bani, de exemplu un mic magazin sau un salon de coafură
        - ajutor medical
        - școală sau educație, și pentru copiii dumneavoastră
    .p4 = Înainte să plecați, persoana de contact verifică împreună cu dumneavoastră și cu Agenția Daneză pentru Întoarcere ce v-ar putea pune în pericol. Nevoile dumneavoastră de siguranță sunt transmise unei organizații partenere din țara dumneavoastră.
