title = Probleme la locul de muncă
summary = Salariu mic, prea multă muncă sau un șef care vă înșală? Aveți drepturi la muncă în Danemarca.
    Unele forme de exploatare sunt infracțiuni, chiar și atunci când nu sunt trafic de persoane.
    Puteți cere ajutor de la CMM sau de la un sindicat.

rights = Drepturile dumneavoastră la muncă
    .p1 = CMM are o pagină pentru lucrători. Ea spune:
    .list1 =
        - Angajatorul trebuie să vă plătească întotdeauna salariul convenit.
        - Danemarca nu are un salariu minim stabilit prin lege. Salariul este stabilit prin acorduri între sindicate și angajatori (contracte colective de muncă).
        - Legea se ocupă de sănătatea și securitatea în muncă, de concedii, de plata când sunteți bolnav, de tratamentul egal și de salariul egal.
        - Dacă firma are un contract colectiv de muncă, aveți aceleași drepturi ca și colegii danezi care fac aceeași muncă.
        - Aveți dreptul să intrați într-un sindicat, dar nu sunteți obligat. Angajatorul nu vă poate spune să intrați într-un anumit sindicat.
        - Regulile daneze despre sănătatea și securitatea în muncă sunt pentru toți cei care lucrează în Danemarca, chiar și pentru o muncă scurtă. Angajatorul trebuie să facă în așa fel încât munca dumneavoastră să fie sigură și sănătoasă.
        - Dacă lucrați mai mult de 8 ore pe săptămână, trebuie să primiți un contract scris, cel târziu la o lună după ce începeți.
    .p2 = Dacă un angajator are un contract colectiv de muncă, acesta este pentru toți lucrătorii, fie că sunt membri ai unui sindicat, fie că nu.
    .important = Un angajator care nu este membru al unei organizații a angajatorilor s-ar putea să nu fie obligat de un contract colectiv de muncă și își poate stabili propriile condiții. Sindicatele le spun lucrătorilor străini să verifice acest lucru.

crime = Când exploatarea este o infracțiune
    .p1 = De la 1 iunie 2022, legea daneză are o infracțiune numită „menneskeudnyttelse” (exploatarea unei persoane). Ea este în Codul penal, secțiunea 262 b.
    .p2 = Înseamnă: a recruta pe cineva sau a-i da un loc unde să locuiască, ca să muncească în condiții clar nerezonabile, profitând de greutățile sau de dependența lui. Pedeapsa poate fi de până la 6 ani de închisoare.
    .p3 = Aceasta poate fi o infracțiune chiar și când nu este trafic de persoane. Traficul de persoane (secțiunea 262 a) include munca forțată, iar pedeapsa poate fi de până la 10 ani de închisoare.
    .p4 = Regulile despre un avocat al victimei într-un proces penal (bistandsadvokat) se aplică și acestei infracțiuni. Întrebați CMM dacă puteți avea unul și cum.

forced = Când ar putea fi muncă forțată
    .p1 = Sindicatul 3F spune că acestea sunt semne de muncă forțată:
    .list1 =
        - Șeful vă ia cartea de identitate sau pașaportul.
        - Șeful folosește violența sau amenință că o va folosi.
        - Șeful vă spune să munciți ca să plătiți o datorie.
        - Șeful vă plătește cu mâncare și un loc unde să locuiți, în loc de bani.
    .p2 = 3F le spune victimelor și oamenilor care cunosc o victimă să sune la CMM. Pentru mai multe semne, citiți „Mă exploatează cineva?”
    .action = { CALL("cmm-hotline") }
    .p3 = În Danemarca, s-a găsit muncă forțată în transporturi, curățenie, construcții, restaurante și distribuirea ziarelor.

union = Un sindicat vă poate ajuta
    .p1 = 3F spune că este cel mai mare sindicat din Danemarca. El spune:
    .list1 =
        - Dacă primiți un salariu mai mic sau condiții mai proaste decât lucrătorii danezi, contactați sindicatul local.
        - Pe piața muncii din Danemarca este ilegal să tratezi oamenii diferit din cauza locului de unde vin.
        - Sindicatul știe ce salariu aveți dreptul să primiți, iar experții lui vă vor ajuta să recuperați banii dacă ați fost înșelat.
    .action = { WEB("union-3f") }
    .p2 = Dacă un angajator încalcă un contract colectiv de muncă, cazul poate ajunge la Tribunalul Muncii sau la arbitrajul în conflicte de muncă.

inspections = Autoritatea pentru Mediul de Lucru
    .p1 = Autoritatea Daneză pentru Mediul de Lucru (Arbejdstilsynet) verifică toate firmele care lucrează în Danemarca, inclusiv firmele străine. Vizitele ei adesea nu sunt anunțate. Ea verifică și dacă firmele străine sunt înregistrate în registrul danez al prestatorilor străini de servicii (RUT).
    .p2 = Nu vă verifică salariul sau condițiile de muncă. Acestea sunt stabilite prin contractele colective de muncă.
    .important = Autoritatea pentru Mediul de Lucru, fiscul și poliția fac uneori controale împreună la locurile de muncă. Atunci poliția verifică, printre altele, dacă lucrătorii străini au permis de muncă sau de ședere. Dacă nu aveți acte, aceasta nu este o cale sigură sau confidențială de a cere ajutor. Citiți „Fără acte? Vă este frică de poliție?”

get-help = De unde să începeți
    .p1 = Sunați la CMM dacă credeți că sunteți exploatat sau obligat să munciți. Puteți vorbi fără să vă spuneți numele.
    .action = { CALL("cmm-hotline") }
    .p2 = Pentru întrebări despre salariu și condiții, contactați un sindicat, de exemplu 3F.
    .p3 = Dacă sunteți în pericol acum, sunați la { CALL("emergency") }.
