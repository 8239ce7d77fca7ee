title = Ez történik velem?
summary = Néhány kérdés a kizsákmányolás jeleiről. Válaszoljon így: igen, nem vagy nem biztos.
intro = Minden kérdés egy jelre kérdez rá. A válaszai ezen a képernyőn maradnak: nem lesznek elmentve vagy elküldve, és eltűnnek, amikor kilép innen.

documents = Elvette valaki az útlevelét vagy a személyi igazolványát?
debt = Tartozik annak, aki idehozta Önt, vagy aki munkát talált Önnek?
pay = Visszatartják a fizetését, vagy sokkal kevesebbet kap, mint amit ígértek?
deceived = Hazudtak Önnek a munkáról, a fizetésről vagy a helyről?
threats = Fenyegeti valaki Önt vagy a családját?
violence = Megütötte, bántotta vagy szexre kényszerítette Önt valaki?
not-free = Megakadályozzák abban, hogy szabadon elmenjen, vagy hogy oda menjen, ahová szeretne?
watched = Figyelik Önt, például a telefonján lévő GPS-szel vagy kamerákkal?
doctor = Megakadályozzák abban, hogy orvoshoz vagy kórházba menjen, amikor megsérül vagy beteg?
digital-id = Valaki más rendelkezik a MitID vagy NemID azonosítója, vagyis a dán digitális azonosítója felett?
sex-money = Valaki más dönti el, milyen szexuális szolgáltatást nyújt, hány ügyfele van, vagy mennyit tarthat meg a pénzből?
forced-crime = Kényszeríti valaki arra, hogy lopjon, kábítószert áruljon vagy kolduljon?

result = { $count ->
    [0] Ön { $total } jel közül egyikre sem mondott igent.
    [one] Ön { $total } jel közül egyre mondott igent.
   *[other] Ön { $total } jel közül { $count } jelre mondott igent.
}
unsure = { $unsure ->
    [one] Ön egy kérdésnél nem volt biztos a válaszában.
   *[other] Ön { $unsure } kérdésnél nem volt biztos a válaszában.
}

help = Mit jelent ez
    .p1 = Ez nem teszt, és nem tudja megmondani, mi történik Önnel. Egyetlen jel még nem bizonyíték. Több jel együtt komoly figyelmeztetés.
    .p2 = A CMM segélyvonalán beszélhet a helyzetéről anélkül, hogy megmondaná a nevét. Valaki más miatt is telefonálhat.
    .action1 = { CALL("cmm-hotline") }
    .p3 = Ha most veszélyben van, hívja a segélyhívó számot.
    .action2 = { CALL("emergency") }
