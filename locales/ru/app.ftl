# Haven's interface strings. Translators: keep each message short; it is a button or a label on a
# phone screen. Variables: $version, $published (a date), $publisher.

app-name = Haven
app-tagline = Помощь и ваши права на вашем языке. Работает без интернета.

## Leaving the app at once
quick-exit = Выйти
quick-exit-label = Выйти из Haven сейчас. Приложение сразу закроется.

## Choosing a language
choose-language = Выберите язык
search-languages = Поиск языка
no-language-found = Язык не найден.
change-language = Язык

## Moving around
home = Главная
back = Назад
topics-heading = Что вам нужно?
more-services = Все службы и телефоны

## The emergency card on every screen
emergency-heading = Вы сейчас в опасности?
emergency-text = Звоните на номер экстренной помощи. Это бесплатно.

## The directory of services
directory = Куда звонить
directory-intro = Службы, которые могут вам помочь. Нажмите на номер, чтобы позвонить.
filter-all = Все
kind-emergency = Экстренная помощь
kind-police = Полиция
kind-hotline = Горячие линии
kind-shelter = Безопасные места
kind-legal = Юридическая помощь
kind-health = Здоровье
kind-support = Поддержка
kind-authority = Госорганы
call = Позвонить
call-from-foreign-phone = С иностранного телефона
send-sms = Отправить SMS
send-email = Эл. почта
open-website = Сайт
free-call = Бесплатный звонок
no-number = Нет открытого номера телефона.
no-services = В этой группе нет служб.

## Notices on articles
not-translated = Ещё не переведено. Эта часть показана на языке оригинала.
review-original = Написано на этом языке по проверенным источникам.
review-reviewed = Переведено и проверено носителем языка.
review-machine-assisted = Перевод сделан с помощью машины, ещё не проверен носителем языка.
review-not-translated = Ещё не переведено.
sources = Источники
sources-intro = Факты в этой статье взяты с этих страниц.
review-content-not-checked = Эти сведения ещё не проверил юрист или организация помощи.
review-content-checked = Сведения проверил(а):
section-sources = Источники этой части

## Settings
settings = Настройки
text-size = Размер текста
forget-settings = Забыть мои настройки
forget-settings-explained = Удаляет ваши настройки с этого телефона: язык, размер текста, незаметный режим, автоматическую проверку и запись о том, когда Haven последний раз проверял обновления. Информация, которую скачал Haven, остаётся, чтобы всё продолжало работать. Haven не хранит историю того, что вы читали или искали.
forget-settings-done = Ваши настройки удалены.
information-version = Версия информации { $version }, проверено { $published }.
information-publisher = Опубликовано: { $publisher }.

## When the information may be out of date (on the home screen, followed by a date)
stale-heading = Эта информация может быть устаревшей
stale-confirmed = Последний раз подтверждено, что это самая новая информация:
stale-explained = С тех пор Haven не удалось проверить, есть ли более новая информация. Номера телефонов и правила могли измениться.

## Problems
refused-pack = Это содержимое нельзя использовать, поэтому показана встроенная информация:
preview-warnings = Это содержимое можно использовать. Перед публикацией проверьте эти предупреждения:
error-generic = Что-то пошло не так. Попробуйте ещё раз.
open-link-failed = Не удалось открыть эту ссылку.

## Moving around, reading and printing
search = Поиск
menu = Меню
two-languages = Два языка
print = Печать
numbers-heading = Номера телефонов

## Two languages side by side (the outreach worker's view)
dual-explained = Каждая часть показана на двух языках, рядом друг с другом. Здесь можно сменить любой из языков.
dual-reader-language = Язык читателя
dual-helper-language = Язык помощника

## Search
search-label = Поиск по всей информации
search-hint = Введите слово. Можно искать на вашем языке или на языке оригинала информации.
search-found = Найдено мест:
search-nothing-found = Ничего не найдено. Попробуйте другое или более короткое слово.
search-in-reference = Найдено на языке оригинала:

## Discreet mode (in the settings)
discreet = Незаметный режим
discreet-what = Когда незаметный режим включён, Haven открывается как калькулятор. Чтобы увидеть эту информацию, введите свой код на калькуляторе и нажмите =.
discreet-not-hidden = Незаметный режим не скрывает, что Haven есть на этом телефоне. Его название и значок по-прежнему видны в списке приложений, в списке открытых приложений и в настройках телефона. Тот, кто попробует много кодов, может найти ваш.
discreet-forgotten-code = Запомните свой код. Если вы его забудете, калькулятор больше не сможет открыть Haven: удалите приложение и установите его снова.
discreet-is-on = Незаметный режим включён.
discreet-is-off = Незаметный режим выключен.
discreet-code = Ваш код (от 6 до 12 цифр)
discreet-not-pin = Не используйте PIN-код телефона или банковской карты: тот, кто его знает, сможет открыть Haven.
discreet-code-again = Введите код ещё раз
discreet-turn-on = Включить незаметный режим
discreet-change-code = Сохранить новый код
discreet-turn-off = Выключить незаметный режим
discreet-saved = Готово. В следующий раз Haven откроется как калькулятор.
discreet-turned-off = Незаметный режим выключен. Haven открывается как обычно.
discreet-code-invalid = Код должен состоять из 6–12 цифр и ничего больше.
discreet-code-mismatch = Два кода не совпадают. Введите их ещё раз.

## The calculator that discreet mode shows; each key's name for screen readers
calculator = Калькулятор
calc-clear = Очистить
calc-delete = Стереть
calc-divide = Разделить
calc-multiply = Умножить
calc-minus = Минус
calc-plus = Плюс
calc-equals = Равно
calc-point = Десятичная запятая
calc-error = Ошибка

## Updated information (in the settings)
updates = Обновлённая информация
updates-source-embedded = Эта информация пришла вместе с приложением.
updates-source-synced = Эта информация — обновление, которое было загружено и проверено.
updates-source-preview = Эта информация — предварительный просмотр из этой папки:
updates-check = Проверить, есть ли обновлённая информация
updates-checking = Проверка…
updates-downloading = Загрузка…
updates-installing = Установка…
updates-updated = Теперь используется новая информация.
updates-unchanged = У вас уже самая новая информация.
updates-refused = Ничего не изменилось. Обновление не удалось получить, или ему нельзя доверять. Информация, которая у вас есть, по-прежнему работает.
updates-unavailable = Эта копия Haven не может проверять обновлённую информацию.
updates-not-configured = У этой копии Haven нет адреса для проверки обновлений.
updates-automatic = Проверять автоматически
updates-automatic-explained = Когда это включено, Haven при каждом открытии использует интернет, чтобы искать обновлённую информацию. Когда выключено, Haven подключается только тогда, когда вы нажимаете кнопку выше.

## The self-check "Is this happening to me?" (its questions are in the pack)
check-yes = Да
check-no = Нет
check-not-sure = Точно не знаю
check-start = Начать
check-previous = Предыдущий вопрос
check-progress = Отвечено вопросов
check-again = Начать заново
check-read-signs = Читать о признаках

## The web edition (the same information as a website, for readers without the app)
web-quick-exit-label = Уйти с этого сайта сейчас. Вместо него откроется нейтральный сайт.
web-history-warning = Это посещение останется в истории браузера. Чтобы не оставить следа, используйте приватную вкладку или потом удалите историю.
web-nothing-stored = Если вы не попросите, этот сайт ничего не хранит на вашем телефоне: ни файлов cookie, ни записи о том, что вы читаете.
web-about = Об этом сайте
web-safety-heading = Ваша безопасность на этом сайте
web-languages-heading = Языки и насколько проверен каждый из них
web-other-languages = Эта страница на других языках
web-keep = Сохранить на моём телефоне
web-keep-explained = Сохраняет эту информацию, только на этом языке, в браузере телефона, чтобы вы могли читать её без интернета. Тот, кто посмотрит ваш браузер, может увидеть, что она там есть.
web-keep-button = Сохранить на телефоне
web-keep-done = Готово. Теперь вы можете читать эту информацию без интернета.
web-keep-remove = Удалить с моего телефона
web-keep-removed = Удалено. Теперь ничего с этого сайта не хранится на вашем телефоне.
web-keep-needs-scripts = Чтобы сохранить информацию, нужен JavaScript, а в этом браузере он выключен. Всё остальное работает без него.
web-keep-unsupported = Этот браузер не может сохранить информацию для чтения без интернета.
web-get-app = Скачать приложение
web-get-app-explained = Приложение работает без интернета и не хранит историю того, что вы читаете.

## Listening (the voices are in the pack)
listen = Слушать
listen-article = Слушать всю статью
listen-pause = Пауза
listen-resume = Продолжить
listen-stop = Остановить
listen-now = Сейчас звучит:
audio-synthetic = Этот голос создан компьютером. Он может неправильно произносить некоторые слова.
audio-recorded = Читает:

## Downloading a voice (settings, "Listening"). The size is shown next to the button, formatted by the app.
voice-heading = Прослушивание
voice-what = Haven может читать свою информацию вслух на вашем языке. Голос для всей информации скачивается, только когда вы об этом попросите, и остаётся на этом телефоне.
voice-built-in = Без него слушать можно только экстренную помощь и краткое содержание «Получить помощь сейчас».
voice-look = Найти голос для этого языка
voice-looking = Поиск голоса…
voice-download = Скачать голос для этого языка
voice-downloading = Загрузка голоса…
voice-installing = Проверка голоса…
voice-downloaded = Голос для этого языка есть на этом телефоне.
voice-done = Голос скачан и проверен. Теперь всё можно слушать.
voice-remove = Удалить голос
voice-removed = Голос удалён, и его место снова свободно.
voice-none = Для этого языка пока нет голоса.
voice-not-offered = Издатель пока не предлагает голос для этого языка.
voice-unreachable = Не удалось скачать голос: сервер недоступен. Ничего не изменилось. Попробуйте позже.
voice-untrusted = Полученный голос — не тот, который подписал издатель, поэтому он отклонён. Ничего не изменилось.
voice-uses = Занимает:
