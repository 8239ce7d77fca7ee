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
review-content-not-checked = Informațiile nu au fost încă verificate de un consilier juridic sau de o organizație de ajutor.
review-content-checked = Informațiile au fost verificate de:
section-sources = Surse pentru această parte

## Settings
settings = Setări
text-size = Mărimea textului
forget-settings = Ștergeți setările mele
forget-settings-explained = Șterge de pe acest telefon setările dumneavoastră: limba, mărimea textului, modul discret, căutarea automată și data la care Haven a căutat ultima dată actualizări. Informațiile descărcate de Haven rămân, ca să funcționeze în continuare. Haven nu păstrează niciun istoric al celor citite sau căutate.
forget-settings-done = Setările dumneavoastră au fost șterse.
information-version = Versiunea informațiilor: { $version }, verificată pe { $published }.
information-publisher = Publicat de { $publisher }.

## When the information may be out of date (on the home screen, followed by a date)
stale-heading = Aceste informații pot fi depășite
stale-confirmed = Confirmate ultima dată ca cele mai noi informații pe:
stale-explained = De atunci, Haven nu a putut căuta informații mai noi. Numerele de telefon și regulile s-ar putea să se fi schimbat.

## Problems
refused-pack = Acest conținut nu a putut fi folosit, așa că sunt afișate informațiile incluse în aplicație:
preview-warnings = Acest conținut poate fi folosit. Verificați aceste avertismente înainte de a-l publica:
error-generic = Ceva nu a mers bine. Vă rugăm să încercați din nou.
open-link-failed = Acest link nu a putut fi deschis.

## Moving around, reading and printing
search = Căutare
menu = Meniu
two-languages = Două limbi
print = Tipăriți
numbers-heading = Numere de telefon

## Two languages side by side (the outreach worker's view)
dual-explained = Fiecare parte este afișată în două limbi, una lângă alta. Puteți schimba oricare dintre cele două limbi aici.
dual-reader-language = Limba cititorului
dual-helper-language = Limba celui care ajută

## Search
search-label = Căutați în toate informațiile
search-hint = Scrieți un cuvânt. Puteți căuta în limba dumneavoastră sau în limba originală a informațiilor.
search-found = Locuri găsite:
search-nothing-found = Nu s-a găsit nimic. Încercați alt cuvânt sau un cuvânt mai scurt.
search-in-reference = Găsit în limba originală:

## Discreet mode (in the settings)
discreet = Modul discret
discreet-what = Când modul discret este pornit, Haven se deschide ca un calculator. Ca să vedeți aceste informații, scrieți codul dumneavoastră pe calculator și apăsați =.
discreet-not-hidden = Modul discret nu ascunde faptul că Haven este pe acest telefon. Numele și pictograma lui apar în continuare în lista de aplicații, în lista aplicațiilor deschise și în setările telefonului. Cineva care încearcă multe coduri îl poate găsi pe al dumneavoastră.
discreet-forgotten-code = Țineți minte codul. Dacă îl uitați, calculatorul nu mai poate deschide Haven: ștergeți aplicația și instalați-o din nou.
discreet-is-on = Modul discret este pornit.
discreet-is-off = Modul discret este oprit.
discreet-code = Codul dumneavoastră (6-12 cifre)
discreet-not-pin = Nu folosiți codul PIN al telefonului sau al unui card bancar: cineva care îl știe ar putea deschide Haven.
discreet-code-again = Scrieți codul încă o dată
discreet-turn-on = Porniți modul discret
discreet-change-code = Salvați codul nou
discreet-turn-off = Opriți modul discret
discreet-saved = Gata. Data viitoare când se deschide, Haven arată calculatorul.
discreet-turned-off = Modul discret este oprit. Haven se deschide ca de obicei.
discreet-code-invalid = Codul trebuie să aibă între 6 și 12 cifre și nimic altceva.
discreet-code-mismatch = Cele două coduri nu sunt la fel. Scrieți-le din nou.

## The calculator that discreet mode shows; each key's name for screen readers
calculator = Calculator
calc-clear = Ștergeți tot
calc-delete = Ștergeți
calc-divide = Împărțit la
calc-multiply = Înmulțit cu
calc-minus = Minus
calc-plus = Plus
calc-equals = Egal
calc-point = Virgulă zecimală
calc-error = Eroare

## Updated information (in the settings)
updates = Informații actualizate
updates-source-embedded = Aceste informații au venit odată cu aplicația.
updates-source-synced = Aceste informații sunt o actualizare descărcată și verificată.
updates-source-preview = Aceste informații sunt o previzualizare din acest dosar:
updates-check = Căutați informații actualizate
updates-checking = Se caută…
updates-downloading = Se descarcă…
updates-installing = Se instalează…
updates-updated = Informațiile noi sunt acum folosite.
updates-unchanged = Aveți deja cele mai noi informații.
updates-refused = Nu s-a schimbat nimic. Actualizarea nu a putut fi găsită sau nu a fost de încredere. Informațiile pe care le aveți funcționează în continuare.
updates-unavailable = Această copie a Haven nu poate căuta informații actualizate.
updates-not-configured = Această copie a Haven nu are nicio adresă de unde să caute actualizări.
updates-automatic = Căutați automat
updates-automatic-explained = Când această opțiune este pornită, Haven folosește internetul ca să caute informații actualizate de fiecare dată când se deschide. Când este oprită, Haven se conectează doar când apăsați butonul de mai sus.

## The self-check "Is this happening to me?" (its questions are in the pack)
check-yes = Da
check-no = Nu
check-not-sure = Nu știu sigur
check-start = Începeți
check-previous = Întrebarea anterioară
check-progress = Întrebări la care ați răspuns
check-again = Începeți din nou
check-read-signs = Citiți despre semne

## The web edition (the same information as a website, for readers without the app)
web-quick-exit-label = Ieșiți acum de pe acest site. Se deschide în schimb un site neutru.
web-history-warning = Această vizită rămâne în istoricul browserului. Ca să nu lăsați nicio urmă, folosiți o filă privată sau ștergeți istoricul după aceea.
web-nothing-stored = Dacă nu cereți dumneavoastră, acest site nu păstrează nimic pe telefon: fără cookie-uri și fără nicio evidență a ce citiți.
web-about = Despre acest site
web-safety-heading = Siguranța dumneavoastră pe acest site
web-languages-heading = Limbile și cât de bine a fost verificată fiecare
web-other-languages = Această pagină în alte limbi
web-keep = Păstrează pe telefonul meu
web-keep-explained = Salvează aceste informații, doar în această limbă, în browserul telefonului, ca să le puteți citi fără internet. Cine se uită în browserul dumneavoastră poate vedea că sunt acolo.
web-keep-button = Păstrează-le pe telefonul meu
web-keep-done = Gata. Acum puteți citi aceste informații fără internet.
web-keep-remove = Șterge-le de pe telefonul meu
web-keep-removed = Șterse. Acum nu mai este păstrat nimic de pe acest site pe telefonul dumneavoastră.
web-keep-needs-scripts = Pentru a păstra informațiile este nevoie de JavaScript, care este oprit în acest browser. Restul funcționează și fără el.
web-keep-unsupported = Acest browser nu poate păstra informațiile pentru citit fără internet.
web-get-app = Descărcați aplicația
web-get-app-explained = Aplicația funcționează fără internet și nu păstrează istoricul celor citite.

## Listening (the voices are in the pack)
listen = Ascultați
listen-article = Ascultați tot articolul
listen-pause = Pauză
listen-resume = Continuați
listen-stop = Opriți
listen-now = Acum se citește:
audio-synthetic = Această voce este făcută de un calculator. Poate spune greșit unele cuvinte.
audio-recorded = Citit de:

## Downloading a voice (settings, "Listening"). The size is shown next to the button, formatted by the app.
voice-heading = Ascultare
voice-what = Haven vă poate citi informațiile cu voce tare, în limba dumneavoastră. Vocea pentru toate informațiile se descarcă doar când o cereți și rămâne pe acest telefon.
voice-built-in = Fără ea, se pot citi cu voce tare doar ajutorul de urgență și rezumatul subiectului „Cereți ajutor acum”.
voice-look = Căutați vocea pentru această limbă
voice-looking = Se caută vocea…
voice-download = Descărcați vocea pentru această limbă
voice-downloading = Se descarcă vocea…
voice-installing = Se verifică vocea…
voice-downloaded = Vocea pentru această limbă este pe acest telefon.
voice-done = Vocea este descărcată și verificată. Acum totul poate fi citit cu voce tare.
voice-remove = Ștergeți vocea
voice-removed = Vocea a fost ștearsă, iar spațiul ei este din nou liber.
voice-none = Încă nu există nicio voce care să citească această limbă.
voice-not-offered = Editorul nu oferă încă nicio voce pentru această limbă.
voice-unreachable = Vocea nu a putut fi descărcată: serverul nu a putut fi contactat. Nu s-a schimbat nimic. Încercați din nou mai târziu.
voice-untrusted = Vocea primită nu este cea semnată de editor, așa că a fost refuzată. Nu s-a schimbat nimic.
voice-uses = Ocupă:
