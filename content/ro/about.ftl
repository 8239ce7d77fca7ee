title = Despre aceste informații
summary = Aceste informații sunt publicate de { $publisher }.
    Informațiile au fost verificate ultima dată pe { $published }.

who = Cine a făcut aceste informații
    .p1 = Aceste informații sunt publicate de { $publisher }.
    .p2 = Informațiile au fost verificate ultima dată pe { $published }. Aceasta este versiunea { $version }.

sources = De unde vin informațiile
    .p1 = Informațiile vin din sursele trecute la fiecare subiect. Cele mai multe sunt pagini oficiale daneze, de exemplu paginile Centrului Danez împotriva Traficului de Persoane, ale poliției și ale Parlamentului Danez.
    .p2 = Fiecare număr de telefon este verificat pe pagini oficiale.
    .p3 = Regulile se pot schimba. Dacă nu știți sigur, sunați la linia telefonică a CMM.

languages = Limbi și traduceri
    .p1 = Aceste informații au fost scrise mai întâi în engleză. Celelalte limbi sunt traduse din textul în engleză.
    .p2 = La fiecare limbă vedeți cât de mult a fost verificată traducerea. Unele traduceri au fost făcute cu ajutorul unui program de calculator și nu au fost încă verificate de un vorbitor nativ.
    .p3 = Dacă o parte nu este încă tradusă, o vedeți în engleză și vi se spune acest lucru.

privacy = Viața dumneavoastră privată
    .p1 = Haven nu ține nicio evidență a ceea ce citiți.
    .p2 = Haven funcționează fără internet.
