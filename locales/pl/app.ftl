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
review-content-not-checked = Tych informacji nie sprawdził jeszcze doradca prawny ani organizacja pomocowa.
review-content-checked = Informacje sprawdził(a):
section-sources = Źródła tej części

## Settings
settings = Ustawienia
text-size = Rozmiar tekstu
forget-settings = Zapomnij moje ustawienia
forget-settings-explained = Usuwa z tego telefonu twoje ustawienia: język, rozmiar tekstu, tryb dyskretny, automatyczne sprawdzanie i zapis o tym, kiedy Haven ostatnio sprawdzał nowe informacje. Informacje pobrane przez Haven zostają, żeby nadal działały. Haven nie przechowuje żadnej historii tego, co czytasz lub czego szukasz.
forget-settings-done = Twoje ustawienia zostały usunięte.
information-version = Wersja informacji { $version }, sprawdzono { $published }.
information-publisher = Wydawca: { $publisher }.

## When the information may be out of date (on the home screen, followed by a date)
stale-heading = Te informacje mogą być nieaktualne
stale-confirmed = Ostatnio potwierdzone jako najnowsze informacje:
stale-explained = Od tego czasu Haven nie mógł sprawdzić, czy są nowsze informacje. Numery telefonów i przepisy mogły się zmienić.

## Problems
refused-pack = Nie można było użyć tych treści, więc pokazano wbudowane informacje:
preview-warnings = Tych treści można używać. Przed publikacją sprawdź te ostrzeżenia:
error-generic = Coś poszło nie tak. Spróbuj ponownie.
open-link-failed = Nie udało się otworzyć tego linku.

## Moving around, reading and printing
search = Szukaj
menu = Menu
two-languages = Dwa języki
print = Drukuj
numbers-heading = Numery telefonów

## Two languages side by side (the outreach worker's view)
dual-explained = Każda część jest pokazana w dwóch językach, obok siebie. Tutaj możesz zmienić każdy z języków.
dual-reader-language = Język czytającego
dual-helper-language = Język pomagającego

## Search
search-label = Szukaj we wszystkich informacjach
search-hint = Wpisz słowo. Możesz szukać w swoim języku albo w języku oryginału tych informacji.
search-found = Znalezione miejsca:
search-nothing-found = Nic nie znaleziono. Spróbuj innego albo krótszego słowa.
search-in-reference = Znalezione w języku oryginału:

## Discreet mode (in the settings)
discreet = Tryb dyskretny
discreet-what = Gdy tryb dyskretny jest włączony, Haven otwiera się jako kalkulator. Żeby zobaczyć te informacje, wpisz swój kod na kalkulatorze i naciśnij =.
discreet-not-hidden = Tryb dyskretny nie ukrywa tego, że Haven jest na tym telefonie. Nazwa i ikona nadal są widoczne na liście aplikacji, na liście otwartych aplikacji i w ustawieniach telefonu. Ktoś, kto spróbuje wielu kodów, może znaleźć twój.
discreet-forgotten-code = Zapamiętaj swój kod. Jeśli go zapomnisz, kalkulator nie otworzy już Haven: usuń aplikację i zainstaluj ją ponownie.
discreet-is-on = Tryb dyskretny jest włączony.
discreet-is-off = Tryb dyskretny jest wyłączony.
discreet-code = Twój kod (od 6 do 12 cyfr)
discreet-not-pin = Nie używaj kodu PIN telefonu ani karty bankowej: ktoś, kto go zna, mógłby otworzyć Haven.
discreet-code-again = Wpisz kod jeszcze raz
discreet-turn-on = Włącz tryb dyskretny
discreet-change-code = Zapisz nowy kod
discreet-turn-off = Wyłącz tryb dyskretny
discreet-saved = Gotowe. Przy następnym otwarciu Haven pokaże kalkulator.
discreet-turned-off = Tryb dyskretny jest wyłączony. Haven otwiera się jak zwykle.
discreet-code-invalid = Kod musi mieć od 6 do 12 cyfr i nic więcej.
discreet-code-mismatch = Te dwa kody nie są takie same. Wpisz je jeszcze raz.

## The calculator that discreet mode shows; each key's name for screen readers
calculator = Kalkulator
calc-clear = Wyczyść
calc-delete = Usuń
calc-divide = Podzielić
calc-multiply = Razy
calc-minus = Minus
calc-plus = Plus
calc-equals = Równa się
calc-point = Przecinek dziesiętny
calc-error = Błąd

## Updated information (in the settings)
updates = Aktualne informacje
updates-source-embedded = Te informacje przyszły razem z aplikacją.
updates-source-synced = Te informacje to pobrana i sprawdzona aktualizacja.
updates-source-preview = Te informacje to podgląd z tego folderu:
updates-check = Sprawdź, czy są nowe informacje
updates-checking = Sprawdzanie…
updates-downloading = Pobieranie…
updates-installing = Instalowanie…
updates-updated = Nowe informacje są już w użyciu.
updates-unchanged = Masz już najnowsze informacje.
updates-refused = Nic się nie zmieniło. Nie udało się połączyć z aktualizacją albo nie można jej było zaufać. Informacje, które masz, nadal działają.
updates-unavailable = Ta kopia Haven nie może sprawdzać nowych informacji.
updates-not-configured = Ta kopia Haven nie ma adresu, pod którym mogłaby sprawdzać aktualizacje.
updates-automatic = Sprawdzaj automatycznie
updates-automatic-explained = Gdy to jest włączone, Haven przy każdym otwarciu używa internetu, żeby sprawdzić, czy są nowe informacje. Gdy jest wyłączone, Haven łączy się tylko wtedy, gdy naciśniesz przycisk powyżej.

## The self-check "Is this happening to me?" (its questions are in the pack)
check-yes = Tak
check-no = Nie
check-not-sure = Nie mam pewności
check-start = Zacznij
check-previous = Poprzednie pytanie
check-progress = Pytania z odpowiedzią
check-again = Zacznij od nowa
check-read-signs = Przeczytaj o znakach

## The web edition (the same information as a website, for readers without the app)
web-quick-exit-label = Wyjdź teraz z tej strony. Zamiast niej otworzy się neutralna strona.
web-history-warning = Ta wizyta zostaje w historii przeglądarki. Żeby nie zostawić śladu, użyj karty prywatnej albo usuń potem historię.
web-nothing-stored = Jeśli o to nie poprosisz, ta strona nic nie zapisuje w twoim telefonie: żadnych plików cookie ani zapisu tego, co czytasz.
web-about = O tej stronie
web-safety-heading = Twoje bezpieczeństwo na tej stronie
web-languages-heading = Języki i jak dokładnie każdy sprawdzono
web-other-languages = Ta strona w innych językach
web-keep = Zachowaj to w moim telefonie
web-keep-explained = Zapisuje te informacje, tylko w tym języku, w przeglądarce telefonu, żebyś mógł je czytać bez internetu. Ktoś, kto zajrzy do twojej przeglądarki, może zobaczyć, że tam są.
web-keep-button = Zachowaj w moim telefonie
web-keep-done = Gotowe. Teraz możesz czytać te informacje bez internetu.
web-keep-remove = Usuń z mojego telefonu
web-keep-removed = Usunięto. Teraz nic z tej strony nie jest zapisane w twoim telefonie.
web-keep-needs-scripts = Do zachowania informacji potrzebny jest JavaScript, który jest wyłączony w tej przeglądarce. Wszystko inne działa bez niego.
web-keep-unsupported = Ta przeglądarka nie może zachować informacji do czytania bez internetu.
web-get-app = Pobierz aplikację
web-get-app-explained = Aplikacja działa bez internetu i nie zapisuje historii tego, co czytasz.

## Listening (the voices are in the pack)
listen = Posłuchaj
listen-article = Posłuchaj całego artykułu
listen-pause = Pauza
listen-resume = Słuchaj dalej
listen-stop = Zatrzymaj
listen-now = Teraz słuchasz:
audio-synthetic = Ten głos jest zrobiony przez komputer. Może źle wymawiać niektóre słowa.
audio-recorded = Czyta:

## Downloading a voice (settings, "Listening"). The size is shown next to the button, formatted by the app.
voice-heading = Słuchanie
voice-what = Haven może czytać ci swoje informacje na głos w twoim języku. Głos do wszystkich informacji jest pobierany tylko wtedy, gdy o to poprosisz, i zostaje w tym telefonie.
voice-built-in = Bez niego Haven może przeczytać na głos tylko pomoc w nagłych wypadkach i streszczenie tematu „Uzyskaj pomoc teraz”.
voice-look = Znajdź głos dla tego języka
voice-looking = Szukanie głosu…
voice-download = Pobierz głos dla tego języka
voice-downloading = Pobieranie głosu…
voice-installing = Sprawdzanie głosu…
voice-downloaded = Głos dla tego języka jest w tym telefonie.
voice-done = Głos jest pobrany i sprawdzony. Teraz wszystko można przeczytać na głos.
voice-remove = Usuń głos
voice-removed = Głos został usunięty, a jego miejsce jest znowu wolne.
voice-none = Żaden głos nie umie jeszcze czytać w tym języku.
voice-not-offered = Wydawca nie ma jeszcze głosu dla tego języka.
voice-unreachable = Nie udało się pobrać głosu: nie można połączyć się z serwerem. Nic się nie zmieniło. Spróbuj później.
voice-untrusted = Głos, który przyszedł, nie jest tym, który podpisał wydawca, więc został odrzucony. Nic się nie zmieniło.
voice-uses = Zajmuje:
