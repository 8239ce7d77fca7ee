title = Dacă ai sub 18 ani
summary = Dacă ai sub 18 ani, legea te protejează mai mult.
    Dacă ai venit în Danemarca fără părinți, ar trebui să primești un adult care are sarcina să aibă grijă de tine. S-ar putea să nu fie nevoie să vorbești la un proces.
    Poți suna la CMM. Nu este obligatoriu să-ți spui numele.

law = Legea îi protejează mai mult pe copii
    .p1 = În Danemarca, ești copil până împlinești 18 ani.
    .p2 = Este trafic de persoane dacă cineva te face să mergi cu el, te mută în alt loc sau îți dă un loc unde să locuiești, ca să te poată folosi. De exemplu, ca să te pună să vinzi servicii sexuale, să muncești pentru el sau să comiți infracțiuni.
    .important = Pentru un copil, este trafic de persoane chiar dacă nimeni nu a folosit forța, amenințările sau minciunile. Pentru adulți, legea cere unul dintre aceste lucruri. Pentru tine, nu.

representative = Un adult de partea ta
    .p1 = Dacă ai sub 18 ani, nu ești danez și ești în Danemarca fără părinți sau fără alt adult care răspunde de tine, primești un reprezentant. Acesta este un adult care are sarcina să aibă grijă de ce este mai bine pentru tine. Doar motive foarte speciale pot împiedica acest lucru.
    .list1 =
        - Dacă ai fost victimă a traficului, acest lucru trebuie luat în seamă când ți se alege reprezentantul.
        - Dacă ai 12 ani sau mai mult, de obicei cineva ar trebui să vorbească mai întâi cu tine.
        - Cât timp ceri azil, reprezentantul te însoțește și verifică dacă drepturile tale sunt respectate.
        - Dacă primești permis de ședere, un adult are grijă de ce este mai bine pentru tine și merge cu tine la întâlnirile cu autoritățile, până împlinești 18 ani.
    .p2 = Reprezentantul tău poate fi un voluntar, de exemplu de la Crucea Roșie Daneză, sau cineva care este plătit pentru asta. Decid autoritățile.
    .p3 = Când ai prima discuție cu CMM, reprezentantul tău este de obicei cu tine.
    .p4 = Cererea pentru un reprezentant, sau pentru alt reprezentant, se face la Agenția pentru Dreptul Familiei (Familieretshuset). Întreabă CMM cum se face.

interviews = Când vorbești cu poliția și când mergi la instanță
    .p1 = Poliția îi poate interoga pe copii și pe tineri filmând interogatoriul.
    .list1 =
        - Sub 13 ani: interogatoriul este filmat, de regulă.
        - La 13 sau 14 ani: un interogatoriu filmat este posibil întotdeauna în cazurile de infracțiuni sexuale, incest, urmărire și hărțuire (stalking) sau violență în familie.
        - La 15, 16 sau 17 ani: un interogatoriu filmat este posibil doar dacă există motive foarte puternice ca să fii protejat.
    .p2 = Dacă ai fost interogat filmat în acest fel, de obicei nu mai este nevoie să vorbești la proces. O instanță te poate obliga să vii doar în cazuri foarte rare.
    .important = Nu toți tinerii între 15 și 17 ani au un interogatoriu filmat. Întreabă CMM sau reprezentantul tău ce este posibil pentru tine.

where-you-stay = Unde vei locui
    .list1 =
        - Dacă ai venit fără părinți, nu ai acte de ședere și ceri azil: de obicei locuiești într-un centru pentru copii din sistemul de azil. Unii tineri care au nevoi speciale în fiecare zi locuiesc în secții speciale.
        - Dacă ai venit fără părinți și ești în Danemarca în mod legal: primăria (administrația orașului sau a zonei unde locuiești) îți găsește un loc. Poate fi un cămin pentru copii sau un centru de îngrijire. În cazuri rare este o familie de plasament.
    .p1 = Primăria trebuie să vegheze asupra tuturor copiilor care locuiesc acolo, cu sau fără acte. Deci trebuie să se asigure că un copil care a fost victimă a traficului primește ajutorul potrivit.

how-found = Cum pot afla adulții
    .p1 = Adulții care lucrează cu copii pot observa semne de trafic:
    .list1 =
        - Crucea Roșie Daneză verifică toți copiii care au venit singuri și locuiesc într-un centru pentru solicitanți de azil, ca să vadă dacă există semne de trafic.
        - Semnele pot fi locul unde este găsit un copil, oamenii cu care este copilul sau felul în care se poartă copilul.
        - Un semn poate fi că un copil nu poate explica drumul până în Danemarca sau de ce este aici.
    .p2 = Dacă personalul crede că un copil ar putea fi victimă a traficului, sună la CMM. Apoi cineva de la CMM sau de la o organizație care lucrează cu CMM vorbește cu tânărul o dată sau de mai multe ori, ca să afle.
    .important = Nu toți adulții sunt pregătiți să vadă semnele. Dacă ceva nu este în regulă, poți să-i spui tu cuiva.

at-risk = Dacă adulții te folosesc pentru infracțiuni
    .p1 = Unii copii și tineri sunt folosiți de adulți sau de bande ca să fure, să intre prin efracție în case sau să transporte și să vândă droguri. Și asta poate fi trafic de persoane. Citește „Când sunteți obligat să cerșiți sau să comiteți infracțiuni”.
    .p2 = Copiii care au venit singuri și își așteaptă dosarul de azil sunt în mod special în pericol să fie victime ale traficului. Unii copii au dispărut din centrele pentru solicitanți de azil. Crucea Roșie și CMM consideră că acești copii sunt în mod special în pericol să fie folosiți.

get-help = Cui poți să spui
    .p1 = Poți suna la CMM. Nu este obligatoriu să-ți spui numele. Poți suna și dacă îți faci griji pentru un prieten sau o prietenă.
    .action = { CALL("cmm-hotline") }
    .p2 = Dacă locuiești într-un centru pentru solicitanți de azil, poți vorbi cu personalul de acolo sau cu reprezentantul tău.
    .p3 = Dacă ești în pericol acum, sună la { CALL("emergency") }.
    .p4 = Ajutorul de la CMM nu depinde de faptul că mergi sau nu la poliție.
