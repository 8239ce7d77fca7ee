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

## Settings
settings = Настройки
text-size = Размер текста
forget-settings = Забыть мои настройки
forget-settings-explained = Удаляет ваш язык и размер текста с этого телефона. Haven больше ничего не хранит: нет истории того, что вы читали.
forget-settings-done = Ваши настройки удалены.
information-version = Версия информации { $version }, проверено { $published }.
information-publisher = Опубликовано: { $publisher }.

## Problems
refused-pack = Это содержимое нельзя использовать, поэтому показана встроенная информация:
error-generic = Что-то пошло не так. Попробуйте ещё раз.
open-link-failed = Не удалось открыть эту ссылку.
