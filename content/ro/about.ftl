title = Despre aceste informații
summary = Aceste informații sunt publicate de { $publisher }.
    Faptele au fost verificate ultima dată pe { $published }.
    Niciun consilier juridic nu a verificat încă textul în engleză.

who = Cine a făcut asta
    .p1 = Aceste informații sunt publicate de { $publisher }.
    .p2 = Faptele au fost verificate ultima dată pe { $published }. Aceasta este versiunea { $version }.
    .p3 = Unele pagini au fost verificate din copii salvate, care pot fi mai vechi.
    .p4 = Niciun consilier juridic și nicio organizație nu au verificat încă faptele din textul în engleză. La fiecare subiect, aplicația vă spune dacă faptele au fost verificate și de cine.
    .p5 = Aceste informații sunt generale. Pentru sfaturi despre situația dumneavoastră, sunați la linia telefonică a CMM. Ea ajută victimele, persoanele care își fac griji pentru altcineva și pe oricine vrea un sfat.
    .action = { CALL("cmm-hotline") }

sources = De unde vin faptele
    .p1 = Fiecare subiect are lista lui de surse. Fiecare parte a unui subiect arată sursele propriilor fapte.
    .p2 = În această versiune, subiectele folosesc 86 de surse diferite:
    .list1 =
        - 45 sunt pagini ale autorităților daneze, de exemplu CMM, poliția, parlamentul danez, ministerele și instanțele.
        - 8 sunt rapoarte sau pagini ale guvernelor altor țări și ale organismelor internaționale, de exemplu Departamentul de Stat al SUA, UE și Organizația Internațională a Muncii.
        - 9 sunt copii ale unor documente oficiale, de exemplu rapoarte sau texte de lege, păstrate pe alte site-uri.
        - 7 sunt articole de presă.
        - 3 sunt pagini ale unor cabinete de avocatură.
        - 14 sunt pagini ale unor organizații, sindicate și alte site-uri.
    .p3 = Unele surse sunt vechi, unele nu au dată, iar unele au fost citite doar în parte. Când o sursă este un articol de presă sau un cabinet de avocatură, lista de surse spune asta.
    .p4 = Numerele de telefon vin de pe pagini oficiale ale poliției, ale statului danez și ale CMM. Numerele și regulile se pot schimba. Dacă nu sunteți sigur, sunați la linia telefonică a CMM.

languages = Limbi și traduceri
    .p1 = Aceste informații au fost scrise mai întâi în engleză. Celelalte limbi sunt traduse din textul în engleză.
    .p2 = Fiecare limbă arată cum a fost făcută traducerea și dacă un vorbitor nativ a verificat-o. Unele traduceri au fost făcute cu ajutorul unei mașini și nu au fost încă verificate de un vorbitor nativ.
    .p3 = Dacă o parte nu este încă tradusă, o vedeți în engleză și sunteți anunțat.
    .p4 = Când vorbiți prima dată cu CMM, adesea se folosește un interpret.

privacy = Confidențialitatea dumneavoastră
    .p1 = Haven nu păstrează nicio evidență a ceea ce citiți sau căutați. Păstrează doar setările dumneavoastră, de exemplu limba și mărimea textului.
    .p2 = Haven funcționează fără internet. Se conectează la internet doar ca să caute informații actualizate, și doar dacă cereți asta în setări.
    .important = Totuși, telefonul dumneavoastră poate păstra o evidență a apelurilor și a e-mailurilor pe care le faceți din Haven. Subiectul „Cereți ajutor acum” spune ce păstrează.
    .p3 = Persoana de contact de la CMM vă poate da sfaturi despre cum să vă protejați telefonul.
