# Haven's interface strings. Translators: keep each message short; it is a button or a label on a
# phone screen. Variables: $version, $published (a date), $publisher.

app-name = Haven
app-tagline = Pomoc i twoje prawa w twoim języku. Działa bez internetu.

## Leaving the app at once
quick-exit = Wyjdź
quick-exit-label = Wyjdź teraz z Haven. Aplikacja od razu się zamknie.

## Choosing a language
choose-language = Wybierz język
search-languages = Szukaj języka
no-language-found = Nie znaleziono języka.
change-language = Język

## Moving around
home = Start
back = Wstecz
topics-heading = Czego potrzebujesz?
more-services = Wszystkie miejsca pomocy i telefony

## The emergency card on every screen
emergency-heading = Grozi ci teraz niebezpieczeństwo?
emergency-text = Zadzwoń pod numer alarmowy. To nic nie kosztuje.

## The directory of services
directory = Do kogo dzwonić
directory-intro = Miejsca, które mogą ci pomóc. Dotknij numeru, żeby zadzwonić.
filter-all = Wszystkie
kind-emergency = Nagłe wypadki
kind-police = Policja
kind-hotline = Infolinie
kind-shelter = Bezpieczne miejsca
kind-legal = Pomoc prawna
kind-health = Zdrowie
kind-support = Wsparcie
kind-authority = Urzędy
call = Zadzwoń
call-from-foreign-phone = Z zagranicznego telefonu
send-sms = Wyślij SMS
send-email = Napisz e-mail
open-website = Strona internetowa
free-call = Bezpłatne połączenie
no-number = Brak publicznego numeru telefonu.
no-services = Brak miejsc pomocy w tej grupie.

## Notices on articles
not-translated = Jeszcze nie przetłumaczono. Ta część jest pokazana w języku oryginału.
review-original = Napisane w tym języku na podstawie sprawdzonych źródeł.
review-reviewed = Przetłumaczone i sprawdzone przez rodzimego użytkownika języka.
review-machine-assisted = Tłumaczenie z pomocą maszyny, jeszcze niesprawdzone przez rodzimego użytkownika języka.
review-not-translated = Jeszcze nie przetłumaczono.
sources = Źródła
sources-intro = Fakty w tym artykule pochodzą z tych stron.

## Settings
settings = Ustawienia
text-size = Rozmiar tekstu
forget-settings = Zapomnij moje ustawienia
forget-settings-explained = Usuwa z tego telefonu twój język i rozmiar tekstu. Haven nie przechowuje nic więcej: żadnej historii tego, co czytasz.
forget-settings-done = Twoje ustawienia zostały usunięte.
information-version = Wersja informacji { $version }, sprawdzono { $published }.
information-publisher = Wydawca: { $publisher }.

## Problems
refused-pack = Nie można było użyć tych treści, więc pokazano wbudowane informacje:
error-generic = Coś poszło nie tak. Spróbuj ponownie.
open-link-failed = Nie udało się otworzyć tego linku.
