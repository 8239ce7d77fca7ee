# Havens tekster i brugerfladen (dansk). Maskinassisteret oversættelse, ikke gennemset af en dansk
# modersmålstaler endnu.

app-name = Haven
app-tagline = Hjælp og dine rettigheder, på dit sprog. Virker uden internet.

## Forlad appen med det samme
quick-exit = Forlad
quick-exit-label = Forlad Haven nu. Appen lukker med det samme.

## Vælg sprog
choose-language = Vælg dit sprog
search-languages = Søg efter sprog
no-language-found = Intet sprog fundet.
change-language = Sprog

## Navigation
home = Forside
back = Tilbage
topics-heading = Hvad har du brug for?
more-services = Alle steder og telefonnumre

## Nødkortet
emergency-heading = Er du i fare lige nu?
emergency-text = Ring til alarmnummeret. Det er gratis.

## Oversigten over steder, der kan hjælpe
directory = Hvem kan jeg ringe til?
directory-intro = Steder, der kan hjælpe dig. Tryk på et nummer for at ringe.
filter-all = Alle
kind-emergency = Nødhjælp
kind-police = Politi
kind-hotline = Hotlines
kind-shelter = Sikre steder
kind-legal = Juridisk hjælp
kind-health = Sundhed
kind-support = Støtte
kind-authority = Myndigheder
call = Ring
call-from-foreign-phone = Fra en udenlandsk telefon
send-sms = Send sms
send-email = E-mail
open-website = Hjemmeside
free-call = Gratis opkald
no-number = Intet offentligt telefonnummer.
no-services = Ingen steder i denne gruppe.

## Oplysninger på artikler
not-translated = Ikke oversat endnu. Denne del vises på originalsproget.
review-original = Skrevet på dette sprog ud fra kontrollerede kilder.
review-reviewed = Oversat og kontrolleret af en person med sproget som modersmål.
review-machine-assisted = Maskinassisteret oversættelse, endnu ikke kontrolleret af en person med sproget som modersmål.
review-not-translated = Ikke oversat endnu.
sources = Kilder
sources-intro = Oplysningerne i denne artikel kommer fra disse sider.
review-content-not-checked = Oplysningerne er endnu ikke kontrolleret af en juridisk rådgiver eller en hjælpeorganisation.
review-content-checked = Oplysningerne er kontrolleret af:
section-sources = Kilder til denne del

## Indstillinger
settings = Indstillinger
text-size = Tekststørrelse
forget-settings = Glem mine indstillinger
forget-settings-explained = Sletter dine indstillinger fra denne telefon: sprog, tekststørrelse, diskret tilstand, automatisk søgning og oplysningen om, hvornår Haven sidst søgte efter opdateringer. Information, som Haven har hentet, bliver på telefonen, så den stadig virker. Haven gemmer ingen historik over, hvad du har læst eller søgt efter.
forget-settings-done = Dine indstillinger er slettet.
information-version = Informationernes version { $version }, kontrolleret { $published }.
information-publisher = Udgivet af { $publisher }.

## When the information may be out of date (on the home screen, followed by a date)
stale-heading = Denne information kan være forældet
stale-confirmed = Sidst bekræftet som den nyeste information:
stale-explained = Siden da har Haven ikke kunnet søge efter nyere information. Telefonnumre og regler kan have ændret sig.

## Problemer
refused-pack = Dette indhold kunne ikke bruges, så den indbyggede information vises i stedet:
preview-warnings = Dette indhold kan bruges. Tjek disse advarsler, før du udgiver det:
error-generic = Noget gik galt. Prøv igen.
open-link-failed = Linket kunne ikke åbnes.

## Moving around, reading and printing
search = Søg
menu = Menu
two-languages = To sprog
print = Udskriv
numbers-heading = Telefonnumre

## Two languages side by side (the outreach worker's view)
dual-explained = Hver del vises på to sprog ved siden af hinanden. Du kan skifte begge sprog her.
dual-reader-language = Læserens sprog
dual-helper-language = Hjælperens sprog

## Search
search-label = Søg i al informationen
search-hint = Skriv et ord. Du kan søge på dit sprog eller på informationens originalsprog.
search-found = Steder fundet:
search-nothing-found = Intet fundet. Prøv et andet ord eller et kortere ord.
search-in-reference = Fundet på originalsproget:

## Discreet mode (in the settings)
discreet = Diskret tilstand
discreet-what = Når diskret tilstand er slået til, åbner Haven som en lommeregner. For at se denne information skal du skrive din kode på lommeregneren og trykke på =.
discreet-not-hidden = Diskret tilstand skjuler ikke, at Haven er på denne telefon. Navnet og ikonet vises stadig i listen over apps, i listen over åbne apps og i telefonens indstillinger. En person, der prøver mange koder, kan finde din.
discreet-forgotten-code = Husk din kode. Hvis du glemmer den, kan lommeregneren ikke længere åbne Haven: fjern appen, og installer den igen.
discreet-is-on = Diskret tilstand er slået til.
discreet-is-off = Diskret tilstand er slået fra.
discreet-code = Din kode (6 til 12 cifre)
discreet-not-pin = Brug ikke pinkoden til din telefon eller til et betalingskort: En person, der kender den, kan åbne Haven.
discreet-code-again = Skriv koden igen
discreet-turn-on = Slå diskret tilstand til
discreet-change-code = Gem den nye kode
discreet-turn-off = Slå diskret tilstand fra
discreet-saved = Færdig. Næste gang Haven åbner, viser den lommeregneren.
discreet-turned-off = Diskret tilstand er slået fra. Haven åbner som normalt.
discreet-code-invalid = Koden skal være 6 til 12 cifre og intet andet.
discreet-code-mismatch = De to koder er ikke ens. Skriv dem igen.

## The calculator that discreet mode shows; each key's name for screen readers
calculator = Lommeregner
calc-clear = Ryd
calc-delete = Slet
calc-divide = Divider
calc-multiply = Gange
calc-minus = Minus
calc-plus = Plus
calc-equals = Lig med
calc-point = Decimalkomma
calc-error = Fejl

## Updated information (in the settings)
updates = Opdateret information
updates-source-embedded = Denne information fulgte med appen.
updates-source-synced = Denne information er en opdatering, der er hentet og kontrolleret.
updates-source-preview = Denne information er en forhåndsvisning fra denne mappe:
updates-check = Søg efter opdateret information
updates-checking = Søger…
updates-downloading = Henter…
updates-installing = Installerer…
updates-updated = Ny information er nu i brug.
updates-unchanged = Du har allerede den nyeste information.
updates-refused = Intet blev ændret. Opdateringen kunne ikke nås, eller den kunne ikke godkendes. Den information, du har, virker stadig.
updates-unavailable = Denne udgave af Haven kan ikke søge efter opdateret information.
updates-not-configured = Denne udgave af Haven har ingen adresse at søge efter opdateringer på.
updates-automatic = Søg automatisk
updates-automatic-explained = Når dette er slået til, bruger Haven internettet til at søge efter opdateret information, hver gang den åbner. Når det er slået fra, går Haven kun på internettet, når du trykker på knappen ovenfor.

## The self-check "Is this happening to me?" (its questions are in the pack)
check-yes = Ja
check-no = Nej
check-not-sure = Ikke sikker
check-start = Start
check-previous = Forrige spørgsmål
check-progress = Besvarede spørgsmål
check-again = Start forfra
check-read-signs = Læs om tegnene

## The web edition (the same information as a website, for readers without the app)
web-quick-exit-label = Forlad denne hjemmeside nu. Der åbnes en neutral hjemmeside i stedet.
web-history-warning = Dette besøg bliver gemt i din browsers historik. Brug en privat fane for ikke at efterlade spor, eller slet historikken bagefter.
web-nothing-stored = Medmindre du beder om det, gemmer denne hjemmeside intet på din telefon: ingen cookies og ingen oplysninger om, hvad du læser.
web-about = Om denne hjemmeside
web-safety-heading = Din sikkerhed på denne hjemmeside
web-languages-heading = Sprogene, og hvor grundigt hvert sprog er kontrolleret
web-other-languages = Denne side på andre sprog
web-keep = Gem dette på min telefon
web-keep-explained = Gemmer denne information, kun på dette sprog, i din telefons browser, så du kan læse den uden internet. Hvis nogen kigger i din browser, kan de se, at den er der.
web-keep-button = Gem den på min telefon
web-keep-done = Færdig. Nu kan du læse denne information uden internet.
web-keep-remove = Fjern den fra min telefon
web-keep-removed = Fjernet. Nu er intet fra denne hjemmeside gemt på din telefon.
web-keep-needs-scripts = For at gemme informationen skal JavaScript være slået til, og det er slået fra i denne browser. Alt andet virker uden.
web-keep-unsupported = Denne browser kan ikke gemme informationen, så den kan læses uden internet.
web-get-app = Hent appen
web-get-app-explained = Appen virker uden internet og gemmer ingen historik over, hvad du læser.

## Listening (the voices are in the pack)
listen = Lyt
listen-article = Lyt til hele artiklen
listen-pause = Pause
listen-resume = Fortsæt
listen-stop = Stop
listen-now = Afspiller nu:
audio-synthetic = Denne stemme er lavet af en computer. Den kan sige nogle ord forkert.
audio-recorded = Læst af:

## Downloading a voice (settings, "Listening"). The size is shown next to the button, formatted by the app.
voice-heading = Oplæsning
voice-what = Haven kan læse sin information højt på dit sprog. Stemmen til det hele bliver kun hentet, når du beder om det, og den bliver på denne telefon.
voice-built-in = Uden den kan kun nødhjælpen og resuméet af "Få hjælp nu" læses højt.
voice-look = Find stemmen til dette sprog
voice-looking = Søger efter stemmen…
voice-download = Hent stemmen til dette sprog
voice-downloading = Henter stemmen…
voice-installing = Kontrollerer stemmen…
voice-downloaded = Stemmen til dette sprog er på denne telefon.
voice-done = Stemmen er hentet og kontrolleret. Nu kan alt læses højt.
voice-remove = Fjern stemmen
voice-removed = Stemmen er fjernet, og pladsen er fri igen.
voice-none = Der er endnu ingen stemme, der kan læse dette sprog.
voice-not-offered = Udgiveren har endnu ingen stemme til dette sprog.
voice-unreachable = Stemmen kunne ikke hentes: Serveren kunne ikke nås. Intet blev ændret. Prøv igen senere.
voice-untrusted = Den stemme, der kom, er ikke den, som udgiveren har underskrevet, så den blev afvist. Intet blev ændret.
voice-uses = Fylder:
