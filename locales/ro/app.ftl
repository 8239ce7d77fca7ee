# Haven's interface strings. Translators: keep each message short; it is a button or a label on a
# phone screen. Variables: $version, $published (a date), $publisher.

app-name = Haven
app-tagline = Ajutor și drepturile dumneavoastră, în limba dumneavoastră. Funcționează fără internet.

## Leaving the app at once
quick-exit = Ieșiți acum
quick-exit-label = Ieșiți acum din Haven. Aplicația se închide imediat.

## Choosing a language
choose-language = Alegeți limba
search-languages = Căutați o limbă
no-language-found = Nu s-a găsit nicio limbă.
change-language = Limba

## Moving around
home = Acasă
back = Înapoi
topics-heading = De ce aveți nevoie?
more-services = Toate serviciile și numerele de telefon

## The emergency card on every screen
emergency-heading = Sunteți în pericol chiar acum?
emergency-text = Sunați la numărul de urgență. Este gratuit.

## The directory of services
directory = Pe cine să sunați
directory-intro = Servicii care vă pot ajuta. Atingeți un număr ca să sunați.
filter-all = Toate
kind-emergency = Urgență
kind-police = Poliție
kind-hotline = Linii telefonice
kind-shelter = Locuri sigure
kind-legal = Ajutor juridic
kind-health = Sănătate
kind-support = Sprijin
kind-authority = Autorități
call = Sunați
call-from-foreign-phone = De pe un telefon străin
send-sms = Trimiteți SMS
send-email = Trimiteți e-mail
open-website = Site web
free-call = Apel gratuit
no-number = Nu există număr de telefon public.
no-services = Nu există servicii în acest grup.

## Notices on articles
not-translated = Nu este încă tradus. Această parte este afișată în limba originală.
review-original = Scris în această limbă, din surse verificate.
review-reviewed = Tradus și verificat de un vorbitor nativ.
review-machine-assisted = Traducere făcută cu ajutorul calculatorului, încă neverificată de un vorbitor nativ.
review-not-translated = Nu este încă tradus.
sources = Surse
sources-intro = Informațiile din acest articol vin din aceste pagini.

## Settings
settings = Setări
text-size = Mărimea textului
forget-settings = Ștergeți setările mele
forget-settings-explained = Șterge limba și mărimea textului de pe acest telefon. Haven nu păstrează nimic altceva: niciun istoric al celor citite.
forget-settings-done = Setările dumneavoastră au fost șterse.
information-version = Versiunea informațiilor: { $version }, verificată pe { $published }.
information-publisher = Publicat de { $publisher }.

## Problems
refused-pack = Acest conținut nu a putut fi folosit, așa că sunt afișate informațiile incluse în aplicație:
error-generic = Ceva nu a mers bine. Vă rugăm să încercați din nou.
open-link-failed = Acest link nu a putut fi deschis.
