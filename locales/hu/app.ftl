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

## Settings
settings = Beállítások
text-size = Betűméret
forget-settings = Beállításaim törlése
forget-settings-explained = Törli a nyelvet és a betűméretet erről a telefonról. A Haven semmi mást nem tárol: azt sem, hogy mit olvasott.
forget-settings-done = A beállításait töröltük.
information-version = Információk verziója: { $version }, ellenőrizve: { $published }.
information-publisher = Közzéteszi: { $publisher }.

## Problems
refused-pack = Ezt a tartalmat nem lehetett használni, ezért a beépített információk jelennek meg helyette:
error-generic = Valami hiba történt. Kérjük, próbálja újra.
open-link-failed = Ezt a linket nem lehetett megnyitni.
