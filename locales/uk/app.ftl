# Haven's interface strings. Translators: keep each message short; it is a button or a label on a
# phone screen. Variables: $version, $published (a date), $publisher.

app-name = Haven
app-tagline = Допомога і ваші права вашою мовою. Працює без інтернету.

## Leaving the app at once
quick-exit = Вийти
quick-exit-label = Вийти з Haven зараз. Застосунок одразу закриється.

## Choosing a language
choose-language = Оберіть мову
search-languages = Пошук мови
no-language-found = Мову не знайдено.
change-language = Мова

## Moving around
home = Головна
back = Назад
topics-heading = Що вам потрібно?
more-services = Усі служби й номери телефонів

## The emergency card on every screen
emergency-heading = Ви в небезпеці просто зараз?
emergency-text = Зателефонуйте на екстрений номер. Це безкоштовно.

## The directory of services
directory = Куди телефонувати
directory-intro = Служби, які можуть вам допомогти. Торкніться номера, щоб зателефонувати.
filter-all = Усі
kind-emergency = Екстрена допомога
kind-police = Поліція
kind-hotline = Гарячі лінії
kind-shelter = Безпечне житло
kind-legal = Юридична допомога
kind-health = Здоров'я
kind-support = Підтримка
kind-authority = Органи влади
call = Подзвонити
call-from-foreign-phone = З іноземного телефону
send-sms = Надіслати SMS
send-email = Е-пошта
open-website = Вебсайт
free-call = Безкоштовний дзвінок
no-number = Немає публічного номера телефону.
no-services = У цій групі немає служб.

## Notices on articles
not-translated = Ще не перекладено. Цю частину показано мовою оригіналу.
review-original = Написано цією мовою на основі перевірених джерел.
review-reviewed = Перекладено й перевірено носієм мови.
review-machine-assisted = Переклад за допомогою машини, ще не перевірений носієм мови.
review-not-translated = Ще не перекладено.
sources = Джерела
sources-intro = Факти в цій статті взято з цих сторінок.

## Settings
settings = Налаштування
text-size = Розмір тексту
forget-settings = Забути мої налаштування
forget-settings-explained = Видаляє вашу мову і розмір тексту з цього телефона. Haven більше нічого не зберігає: жодної історії того, що ви читали.
forget-settings-done = Ваші налаштування видалено.
information-version = Версія інформації { $version }, перевірено { $published }.
information-publisher = Видавець: { $publisher }.

## Problems
refused-pack = Цей вміст не вдалося використати, тому показано вбудовану інформацію:
error-generic = Щось пішло не так. Будь ласка, спробуйте ще раз.
open-link-failed = Не вдалося відкрити це посилання.
