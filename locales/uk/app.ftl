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
review-content-not-checked = Ці відомості ще не перевірив юрист або організація допомоги.
review-content-checked = Відомості перевірив(-ла):
section-sources = Джерела цієї частини

## Settings
settings = Налаштування
text-size = Розмір тексту
forget-settings = Забути мої налаштування
forget-settings-explained = Видаляє ваші налаштування з цього телефону: мову, розмір тексту, непомітний режим, автоматичну перевірку і запис про те, коли Haven востаннє перевіряв оновлення. Інформація, яку завантажив Haven, залишається, щоб усе працювало далі. Haven не зберігає жодної історії того, що ви читали чи шукали.
forget-settings-done = Ваші налаштування видалено.
information-version = Версія інформації { $version }, перевірено { $published }.
information-publisher = Видавець: { $publisher }.

## When the information may be out of date (on the home screen, followed by a date)
stale-heading = Ця інформація може бути застарілою
stale-confirmed = Востаннє підтверджено, що це найновіша інформація:
stale-explained = Відтоді Haven не вдалося перевірити, чи є новіша інформація. Номери телефонів і правила могли змінитися.

## Problems
refused-pack = Цей вміст не вдалося використати, тому показано вбудовану інформацію:
preview-warnings = Цей вміст можна використовувати. Перед публікацією перевірте ці попередження:
error-generic = Щось пішло не так. Будь ласка, спробуйте ще раз.
open-link-failed = Не вдалося відкрити це посилання.

## Moving around, reading and printing
search = Пошук
menu = Меню
two-languages = Дві мови
print = Друк
numbers-heading = Номери телефонів

## Two languages side by side (the outreach worker's view)
dual-explained = Кожну частину показано двома мовами, поруч одна з одною. Тут можна змінити будь-яку з мов.
dual-reader-language = Мова читача
dual-helper-language = Мова помічника

## Search
search-label = Пошук в усій інформації
search-hint = Введіть слово. Можна шукати вашою мовою або мовою оригіналу інформації.
search-found = Знайдено місць:
search-nothing-found = Нічого не знайдено. Спробуйте інше слово або коротше.
search-in-reference = Знайдено мовою оригіналу:

## Discreet mode (in the settings)
discreet = Непомітний режим
discreet-what = Коли непомітний режим увімкнено, Haven відкривається як калькулятор. Щоб побачити цю інформацію, введіть свій код на калькуляторі й натисніть =.
discreet-not-hidden = Непомітний режим не приховує, що Haven є на цьому телефоні. Його назву та значок і далі видно в списку застосунків, у списку відкритих застосунків і в налаштуваннях телефону. Хтось, хто спробує багато кодів, може знайти ваш.
discreet-forgotten-code = Запам'ятайте свій код. Якщо ви його забудете, калькулятор більше не зможе відкрити Haven: видаліть застосунок і встановіть його знову.
discreet-is-on = Непомітний режим увімкнено.
discreet-is-off = Непомітний режим вимкнено.
discreet-code = Ваш код (від 6 до 12 цифр)
discreet-not-pin = Не використовуйте PIN-код телефону чи банківської картки: той, хто його знає, зможе відкрити Haven.
discreet-code-again = Введіть код ще раз
discreet-turn-on = Увімкнути непомітний режим
discreet-change-code = Зберегти новий код
discreet-turn-off = Вимкнути непомітний режим
discreet-saved = Готово. Наступного разу Haven відкриється як калькулятор.
discreet-turned-off = Непомітний режим вимкнено. Haven відкривається як звичайно.
discreet-code-invalid = Код має складатися з 6–12 цифр і нічого іншого.
discreet-code-mismatch = Два коди не однакові. Введіть їх ще раз.

## The calculator that discreet mode shows; each key's name for screen readers
calculator = Калькулятор
calc-clear = Очистити
calc-delete = Стерти
calc-divide = Поділити
calc-multiply = Помножити
calc-minus = Мінус
calc-plus = Плюс
calc-equals = Дорівнює
calc-point = Десяткова кома
calc-error = Помилка

## Updated information (in the settings)
updates = Оновлена інформація
updates-source-embedded = Ця інформація прийшла разом із застосунком.
updates-source-synced = Ця інформація — оновлення, яке завантажено й перевірено.
updates-source-preview = Ця інформація — попередній перегляд із цієї папки:
updates-check = Перевірити, чи є оновлена інформація
updates-checking = Перевірка…
updates-downloading = Завантаження…
updates-installing = Встановлення…
updates-updated = Тепер використовується нова інформація.
updates-unchanged = У вас уже найновіша інформація.
updates-refused = Нічого не змінено. Оновлення не вдалося отримати, або йому не можна довіряти. Інформація, яка у вас є, і далі працює.
updates-unavailable = Ця копія Haven не може перевіряти оновлену інформацію.
updates-not-configured = Ця копія Haven не має адреси, за якою можна перевіряти оновлення.
updates-automatic = Перевіряти автоматично
updates-automatic-explained = Коли це увімкнено, Haven щоразу під час відкриття використовує інтернет, щоб шукати оновлену інформацію. Коли вимкнено, Haven під'єднується лише тоді, коли ви натискаєте кнопку вище.

## The self-check "Is this happening to me?" (its questions are in the pack)
check-yes = Так
check-no = Ні
check-not-sure = Точно не знаю
check-start = Почати
check-previous = Попереднє запитання
check-progress = Відповіді на запитання
check-again = Почати знову
check-read-signs = Прочитати про ознаки

## The web edition (the same information as a website, for readers without the app)
web-quick-exit-label = Залишити цей сайт зараз. Замість нього відкриється нейтральний сайт.
web-history-warning = Цей візит залишиться в історії браузера. Щоб не залишити сліду, використовуйте приватну вкладку або потім видаліть історію.
web-nothing-stored = Якщо ви не попросите, цей сайт нічого не зберігає на вашому телефоні: ні файлів cookie, ні запису про те, що ви читаєте.
web-about = Про цей сайт
web-safety-heading = Ваша безпека на цьому сайті
web-languages-heading = Мови і наскільки перевірено кожну з них
web-other-languages = Ця сторінка іншими мовами
web-keep = Зберегти на моєму телефоні
web-keep-explained = Зберігає цю інформацію, лише цією мовою, у браузері телефона, щоб ви могли читати її без інтернету. Хтось, хто подивиться ваш браузер, може побачити, що вона там є.
web-keep-button = Зберегти на телефоні
web-keep-done = Готово. Тепер ви можете читати цю інформацію без інтернету.
web-keep-remove = Видалити з мого телефона
web-keep-removed = Видалено. Тепер нічого з цього сайту не зберігається на вашому телефоні.
web-keep-needs-scripts = Щоб зберегти інформацію, потрібен JavaScript, а в цьому браузері він вимкнений. Усе інше працює без нього.
web-keep-unsupported = Цей браузер не може зберегти інформацію для читання без інтернету.
web-get-app = Отримати застосунок
web-get-app-explained = Застосунок працює без інтернету і не зберігає історії того, що ви читаєте.

## Listening (the voices are in the pack)
listen = Слухати
listen-article = Слухати всю статтю
listen-pause = Пауза
listen-resume = Продовжити
listen-stop = Зупинити
listen-now = Зараз звучить:
audio-synthetic = Цей голос створив комп'ютер. Він може неправильно вимовляти деякі слова.
audio-recorded = Читає:

## Downloading a voice (settings, "Listening"). The size is shown next to the button, formatted by the app.
voice-heading = Прослуховування
voice-what = Haven може читати свою інформацію вголос вашою мовою. Голос для всієї інформації завантажується лише тоді, коли ви про це попросите, і залишається на цьому телефоні.
voice-built-in = Без нього вголос можна прочитати лише екстрену допомогу і короткий зміст «Отримайте допомогу зараз».
voice-look = Знайти голос для цієї мови
voice-looking = Пошук голосу…
voice-download = Завантажити голос для цієї мови
voice-downloading = Завантаження голосу…
voice-installing = Перевірка голосу…
voice-downloaded = Голос для цієї мови є на цьому телефоні.
voice-done = Голос завантажено й перевірено. Тепер усе можна прочитати вголос.
voice-remove = Видалити голос
voice-removed = Голос видалено, і його місце знову вільне.
voice-none = Для цієї мови ще немає голосу.
voice-not-offered = Видавець поки не пропонує голосу для цієї мови.
voice-unreachable = Не вдалося завантажити голос: сервер недоступний. Нічого не змінено. Спробуйте пізніше.
voice-untrusted = Отриманий голос — не той, який підписав видавець, тому його відхилено. Нічого не змінено.
voice-uses = Займає:
