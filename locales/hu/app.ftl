# Haven's interface strings. Translators: keep each message short; it is a button or a label on a
# phone screen. Variables: $version, $published (a date), $publisher.

app-name = Haven
app-tagline = Segítség és az Ön jogai, az Ön nyelvén. Internet nélkül is működik.

## Leaving the app at once
quick-exit = Kilépés
quick-exit-label = Lépjen ki most a Haven alkalmazásból. Az alkalmazás azonnal bezárul.

## Choosing a language
choose-language = Válasszon nyelvet
search-languages = Nyelv keresése
no-language-found = Nem található nyelv.
change-language = Nyelv

## Moving around
home = Kezdőlap
back = Vissza
topics-heading = Mire van szüksége?
more-services = Minden szolgáltatás és telefonszám

## The emergency card on every screen
emergency-heading = Most veszélyben van?
emergency-text = Hívja a segélyhívó számot. A hívás ingyenes.

## The directory of services
directory = Kit hívjon
directory-intro = Szolgáltatások, amelyek segíthetnek Önnek. Koppintson egy számra a híváshoz.
filter-all = Mind
kind-emergency = Vészhelyzet
kind-police = Rendőrség
kind-hotline = Segélyvonalak
kind-shelter = Biztonságos szállás
kind-legal = Jogi segítség
kind-health = Egészség
kind-support = Támogatás
kind-authority = Hatóságok
call = Hívás
call-from-foreign-phone = Külföldi telefonról
send-sms = SMS küldése
send-email = E-mail küldése
open-website = Weboldal
free-call = Ingyenes hívás
no-number = Nincs nyilvános telefonszám.
no-services = Ebben a csoportban nincs szolgáltatás.

## Notices on articles
not-translated = Még nincs lefordítva. Ez a rész az eredeti nyelven jelenik meg.
review-original = Ezen a nyelven írták, ellenőrzött források alapján.
review-reviewed = Lefordították, és anyanyelvi beszélő ellenőrizte.
review-machine-assisted = Gépi segítséggel készült fordítás, anyanyelvi beszélő még nem ellenőrizte.
review-not-translated = Még nincs lefordítva.
sources = Források
sources-intro = A cikkben szereplő adatok ezekről az oldalakról származnak.
review-content-not-checked = A tényeket jogi tanácsadó vagy segítő szervezet még nem ellenőrizte.
review-content-checked = A tényeket ellenőrizte:
section-sources = A rész forrásai

## Settings
settings = Beállítások
text-size = Betűméret
forget-settings = Beállításaim törlése
forget-settings-explained = Törli a beállításait erről a telefonról: a nyelvet, a betűméretet, a diszkrét módot, az automatikus keresést és azt, hogy a Haven mikor keresett utoljára frissítést. A Haven által letöltött információk megmaradnak, hogy továbbra is működjenek. A Haven nem tárolja, hogy Ön mit olvasott vagy keresett.
forget-settings-done = A beállításait töröltük.
information-version = Információk verziója: { $version }, ellenőrizve: { $published }.
information-publisher = Közzéteszi: { $publisher }.

## When the information may be out of date (on the home screen, followed by a date)
stale-heading = Ezek az információk elavultak lehetnek
stale-confirmed = Utoljára megerősítve legfrissebb információként:
stale-explained = Azóta a Haven nem tudott újabb információt keresni. A telefonszámok és a szabályok azóta megváltozhattak.

## Problems
refused-pack = Ezt a tartalmat nem lehetett használni, ezért a beépített információk jelennek meg helyette:
preview-warnings = Ez a tartalom használható. Közzététel előtt nézze át ezeket a figyelmeztetéseket:
error-generic = Valami hiba történt. Kérjük, próbálja újra.
open-link-failed = Ezt a linket nem lehetett megnyitni.

## Moving around, reading and printing
search = Keresés
menu = Menü
two-languages = Két nyelv
print = Nyomtatás
numbers-heading = Telefonszámok

## Two languages side by side (the outreach worker's view)
dual-explained = Minden rész két nyelven jelenik meg, egymás mellett. Itt bármelyik nyelvet megváltoztathatja.
dual-reader-language = Az olvasó nyelve
dual-helper-language = A segítő nyelve

## Search
search-label = Keresés az összes információban
search-hint = Írjon be egy szót. Kereshet a saját nyelvén vagy az információ eredeti nyelvén.
search-found = Találatok helye:
search-nothing-found = Nincs találat. Próbáljon másik vagy rövidebb szót.
search-in-reference = Az eredeti nyelven található:

## Discreet mode (in the settings)
discreet = Diszkrét mód
discreet-what = Ha a diszkrét mód be van kapcsolva, a Haven számológépként nyílik meg. Az információ megtekintéséhez írja be a kódját a számológépen, és nyomja meg az = gombot.
discreet-not-hidden = A diszkrét mód nem rejti el, hogy a Haven ezen a telefonon van. A neve és az ikonja továbbra is látszik az alkalmazások listájában, a megnyitott alkalmazások listájában és a telefon beállításaiban. Aki sok kódot kipróbál, megtalálhatja az Önét.
discreet-forgotten-code = Jegyezze meg a kódját. Ha elfelejti, a számológép többé nem tudja megnyitni a Havent: törölje az alkalmazást, és telepítse újra.
discreet-is-on = A diszkrét mód be van kapcsolva.
discreet-is-off = A diszkrét mód ki van kapcsolva.
discreet-code = Az Ön kódja (6–12 számjegy)
discreet-not-pin = Ne a telefonja vagy a bankkártyája PIN-kódját használja: aki ismeri, meg tudná nyitni a Havent.
discreet-code-again = Írja be újra a kódot
discreet-turn-on = Diszkrét mód bekapcsolása
discreet-change-code = Az új kód mentése
discreet-turn-off = Diszkrét mód kikapcsolása
discreet-saved = Kész. Amikor a Haven legközelebb megnyílik, a számológépet mutatja.
discreet-turned-off = A diszkrét mód ki van kapcsolva. A Haven a szokásos módon nyílik meg.
discreet-code-invalid = A kód 6–12 számjegyből álljon, és semmi másból.
discreet-code-mismatch = A két kód nem egyezik. Írja be őket újra.

## The calculator that discreet mode shows; each key's name for screen readers
calculator = Számológép
calc-clear = Törlés
calc-delete = Visszatörlés
calc-divide = Osztva
calc-multiply = Szorozva
calc-minus = Mínusz
calc-plus = Plusz
calc-equals = Egyenlő
calc-point = Tizedesvessző
calc-error = Hiba

## Updated information (in the settings)
updates = Frissített információ
updates-source-embedded = Ez az információ az alkalmazással együtt érkezett.
updates-source-synced = Ez az információ egy letöltött és ellenőrzött frissítés.
updates-source-preview = Ez az információ egy előnézet ebből a mappából:
updates-check = Frissített információ keresése
updates-checking = Keresés…
updates-downloading = Letöltés…
updates-installing = Telepítés…
updates-updated = Az új információ már használatban van.
updates-unchanged = Már a legújabb információ van Önnél.
updates-refused = Semmi sem változott. A frissítés nem volt elérhető, vagy nem volt megbízható. Az Önnél lévő információ továbbra is működik.
updates-unavailable = A Haven ezen példánya nem tud frissített információt keresni.
updates-not-configured = A Haven ezen példányában nincs cím, ahol frissítést kereshetne.
updates-automatic = Automatikus keresés
updates-automatic-explained = Ha ez be van kapcsolva, a Haven minden megnyitáskor az interneten frissített információt keres. Ha ki van kapcsolva, a Haven csak akkor csatlakozik, amikor megnyomja a fenti gombot.

## The self-check "Is this happening to me?" (its questions are in the pack)
check-yes = Igen
check-no = Nem
check-not-sure = Nem biztos
check-start = Kezdés
check-previous = Előző kérdés
check-progress = Megválaszolt kérdések
check-again = Újrakezdés
check-read-signs = Olvasson a jelekről

## The web edition (the same information as a website, for readers without the app)
web-quick-exit-label = Lépjen ki most erről a weboldalról. Helyette egy semleges weboldal nyílik meg.
web-history-warning = Ez a látogatás a böngésző előzményei között marad. Ha nem akar nyomot hagyni, használjon privát lapot, vagy utána törölje az előzményeket.
web-nothing-stored = Ha Ön nem kéri, ez a weboldal semmit sem tárol a telefonján: sem sütiket, sem azt, hogy mit olvas.
web-about = Erről a weboldalról
web-safety-heading = Az Ön biztonsága ezen a weboldalon
web-languages-heading = A nyelvek, és mennyire ellenőrizték őket
web-other-languages = Ez az oldal más nyelveken
web-keep = Mentés a telefonomra
web-keep-explained = Elmenti ezt az információt, csak ezen a nyelven, a telefon böngészőjébe, hogy internet nélkül is olvashassa. Aki megnézi a böngészőjét, láthatja, hogy ott van.
web-keep-button = Mentés a telefonomra most
web-keep-done = Kész. Most már internet nélkül is olvashatja ezt az információt.
web-keep-remove = Törlés a telefonomról
web-keep-removed = Törölve. Erről a weboldalról most semmi sincs a telefonján.
web-keep-needs-scripts = A mentéshez JavaScript kell, ami ebben a böngészőben ki van kapcsolva. Minden más működik nélküle is.
web-keep-unsupported = Ez a böngésző nem tudja elmenteni az információt internet nélküli olvasásra.
web-get-app = Az alkalmazás letöltése
web-get-app-explained = Az alkalmazás internet nélkül működik, és nem tárolja, mit olvasott.

## Listening (the voices are in the pack)
listen = Meghallgatás
listen-article = A teljes cikk meghallgatása
listen-pause = Szünet
listen-resume = Folytatás
listen-stop = Leállítás
listen-now = Most hallható:
audio-synthetic = Ezt a hangot számítógép készítette. Lehet, hogy egyes szavakat rosszul mond ki.
audio-recorded = Felolvassa:

## Downloading a voice (settings, "Listening"). The size is shown next to the button, formatted by the app.
voice-heading = Meghallgatás
voice-what = A Haven fel tudja olvasni az információkat az Ön nyelvén. A teljes felolvasáshoz szükséges hang csak akkor töltődik le, ha Ön kéri, és ezen a telefonon marad.
voice-built-in = Enélkül csak a vészhelyzeti segítséget és a „Kérjen segítséget most” összefoglalóját lehet felolvasni.
voice-look = A hang keresése ehhez a nyelvhez
voice-looking = A hang keresése…
voice-download = A hang letöltése ehhez a nyelvhez
voice-downloading = A hang letöltése…
voice-installing = A hang ellenőrzése…
voice-downloaded = Ennek a nyelvnek a hangja ezen a telefonon van.
voice-done = A hang le van töltve, és ellenőrizve van. Most már mindent fel lehet olvasni.
voice-remove = A hang törlése
voice-removed = A hangot töröltük, és a helye újra szabad.
voice-none = Ezt a nyelvet még egy hang sem tudja felolvasni.
voice-not-offered = A kiadó még nem kínál hangot ehhez a nyelvhez.
voice-unreachable = A hangot nem lehetett letölteni: a szerver nem volt elérhető. Semmi sem változott. Próbálja újra később.
voice-untrusted = A megérkezett hang nem az, amelyet a kiadó aláírt, ezért elutasítottuk. Semmi sem változott.
voice-uses = Méret:
