# Haven's interface strings. Translators: keep each message short; it is a button or a label on a
# phone screen. Variables: $version, $published (a date), $publisher.

app-name = Haven
app-tagline = Помощ и вашите права, на вашия език. Работи без интернет.

## Leaving the app at once
quick-exit = Изход
quick-exit-label = Излезте от Haven сега. Приложението се затваря веднага.

## Choosing a language
choose-language = Изберете език
search-languages = Търсене на език
no-language-found = Няма намерен език.
change-language = Език

## Moving around
home = Начало
back = Назад
topics-heading = От какво имате нужда?
more-services = Всички служби и телефони

## The emergency card on every screen
emergency-heading = В опасност ли сте сега?
emergency-text = Обадете се на спешния номер. Безплатно е.

## The directory of services
directory = На кого да се обадите
directory-intro = Служби, които могат да ви помогнат. Докоснете номер, за да се обадите.
filter-all = Всички
kind-emergency = Спешна помощ
kind-police = Полиция
kind-hotline = Горещи линии
kind-shelter = Безопасни места
kind-legal = Правна помощ
kind-health = Здраве
kind-support = Подкрепа
kind-authority = Власти
call = Обаждане
call-from-foreign-phone = От чужд телефон
send-sms = Изпрати SMS
send-email = Имейл
open-website = Уебсайт
free-call = Безплатно обаждане
no-number = Няма публичен телефонен номер.
no-services = Няма служби в тази група.

## Notices on articles
not-translated = Още не е преведено. Тази част е показана на оригиналния език.
review-original = Написано на този език по проверени източници.
review-reviewed = Преведено и проверено от носител на езика.
review-machine-assisted = Превод с помощта на машина, още не е проверен от носител на езика.
review-not-translated = Още не е преведено.
sources = Източници
sources-intro = Фактите в тази статия идват от тези страници.

## Settings
settings = Настройки
text-size = Размер на текста
forget-settings = Забрави моите настройки
forget-settings-explained = Изтрива вашия език и размера на текста от този телефон. Haven не пази нищо друго: няма история на това, което четете.
forget-settings-done = Настройките ви са изтрити.
information-version = Версия на информацията { $version }, проверена на { $published }.
information-publisher = Публикувано от { $publisher }.

## Problems
refused-pack = Това съдържание не можа да се използва, затова се показва вградената информация:
error-generic = Нещо се обърка. Моля, опитайте отново.
open-link-failed = Тази връзка не можа да се отвори.
