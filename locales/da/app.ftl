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

## Indstillinger
settings = Indstillinger
text-size = Tekststørrelse
forget-settings = Glem mine indstillinger
forget-settings-explained = Sletter dit sprog og din tekststørrelse fra denne telefon. Haven gemmer ikke andet: ingen historik over, hvad du har læst.
forget-settings-done = Dine indstillinger er slettet.
information-version = Informationernes version { $version }, kontrolleret { $published }.
information-publisher = Udgivet af { $publisher }.

## Problemer
refused-pack = Dette indhold kunne ikke bruges, så den indbyggede information vises i stedet:
error-generic = Noget gik galt. Prøv igen.
open-link-failed = Linket kunne ikke åbnes.
