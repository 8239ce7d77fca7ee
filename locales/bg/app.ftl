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
review-content-not-checked = Фактите още не са проверени от юрист или от помагаща организация.
review-content-checked = Фактите са проверени от:
section-sources = Източници за тази част

## Settings
settings = Настройки
text-size = Размер на текста
forget-settings = Забрави моите настройки
forget-settings-explained = Изтрива вашите настройки от този телефон: език, размер на текста, дискретен режим, автоматична проверка и записа кога Haven последно е проверявал за обновления. Информацията, която Haven е изтеглил, остава, за да продължи да работи. Haven не пази история на това, което четете или търсите.
forget-settings-done = Настройките ви са изтрити.
information-version = Версия на информацията { $version }, проверена на { $published }.
information-publisher = Публикувано от { $publisher }.

## When the information may be out of date (on the home screen, followed by a date)
stale-heading = Тази информация може да е остаряла
stale-confirmed = Последно потвърдена като най-новата информация на:
stale-explained = Оттогава Haven не е успял да провери за по-нова информация. Телефонните номера и правилата може да са се променили.

## Problems
refused-pack = Това съдържание не можа да се използва, затова се показва вградената информация:
preview-warnings = Това съдържание може да се използва. Проверете тези предупреждения, преди да го публикувате:
error-generic = Нещо се обърка. Моля, опитайте отново.
open-link-failed = Тази връзка не можа да се отвори.

## Moving around, reading and printing
search = Търсене
menu = Меню
two-languages = Два езика
print = Печат
numbers-heading = Телефонни номера

## Two languages side by side (the outreach worker's view)
dual-explained = Всяка част е показана на два езика, една до друга. Можете да смените всеки от двата езика тук.
dual-reader-language = Език на читателя
dual-helper-language = Език на помагащия

## Search
search-label = Търсене в цялата информация
search-hint = Напишете дума. Можете да търсите на вашия език или на оригиналния език на информацията.
search-found = Намерени места:
search-nothing-found = Нищо не е намерено. Опитайте с друга дума или с по-кратка дума.
search-in-reference = Намерено на оригиналния език:

## Discreet mode (in the settings)
discreet = Дискретен режим
discreet-what = Когато дискретният режим е включен, Haven се отваря като калкулатор. За да видите тази информация, напишете кода си на калкулатора и натиснете =.
discreet-not-hidden = Дискретният режим не скрива, че Haven е на този телефон. Името и иконата му продължават да се виждат в списъка с приложения, в списъка с отворени приложения и в настройките на телефона. Някой, който опита много кодове, може да открие вашия.
discreet-forgotten-code = Запомнете кода си. Ако го забравите, калкулаторът вече не може да отвори Haven: изтрийте приложението и го инсталирайте отново.
discreet-is-on = Дискретният режим е включен.
discreet-is-off = Дискретният режим е изключен.
discreet-code = Вашият код (от 6 до 12 цифри)
discreet-not-pin = Не използвайте ПИН кода на телефона си или на банкова карта: някой, който го знае, може да отвори Haven.
discreet-code-again = Напишете кода още веднъж
discreet-turn-on = Включете дискретния режим
discreet-change-code = Запазете новия код
discreet-turn-off = Изключете дискретния режим
discreet-saved = Готово. Следващия път, когато се отвори, Haven ще покаже калкулатора.
discreet-turned-off = Дискретният режим е изключен. Haven се отваря както обикновено.
discreet-code-invalid = Кодът трябва да е от 6 до 12 цифри и нищо друго.
discreet-code-mismatch = Двата кода не са еднакви. Напишете ги отново.

## The calculator that discreet mode shows; each key's name for screen readers
calculator = Калкулатор
calc-clear = Изчисти
calc-delete = Изтрий
calc-divide = Делено на
calc-multiply = Умножено по
calc-minus = Минус
calc-plus = Плюс
calc-equals = Равно
calc-point = Десетична запетая
calc-error = Грешка

## Updated information (in the settings)
updates = Обновена информация
updates-source-embedded = Тази информация е дошла с приложението.
updates-source-synced = Тази информация е обновление, което е изтеглено и проверено.
updates-source-preview = Тази информация е преглед от тази папка:
updates-check = Проверете за обновена информация
updates-checking = Проверява се…
updates-downloading = Изтегля се…
updates-installing = Инсталира се…
updates-updated = Новата информация вече се използва.
updates-unchanged = Вече имате най-новата информация.
updates-refused = Нищо не е променено. Обновлението не можа да бъде достигнато или не можа да му се вярва. Информацията, която имате, продължава да работи.
updates-unavailable = Това копие на Haven не може да проверява за обновена информация.
updates-not-configured = Това копие на Haven няма адрес, на който да проверява за обновления.
updates-automatic = Проверявай автоматично
updates-automatic-explained = Когато това е включено, Haven използва интернет, за да търси обновена информация всеки път, когато се отвори. Когато е изключено, Haven се свързва само когато натиснете бутона по-горе.

## The self-check "Is this happening to me?" (its questions are in the pack)
check-yes = Да
check-no = Не
check-not-sure = Не знам със сигурност
check-start = Започнете
check-previous = Предишен въпрос
check-progress = Отговорени въпроси
check-again = Започнете отначало
check-read-signs = Прочетете за признаците

## The web edition (the same information as a website, for readers without the app)
web-quick-exit-label = Напуснете този сайт сега. Вместо него се отваря неутрален сайт.
web-history-warning = Това посещение остава в историята на браузъра. За да не оставите следа, използвайте личен раздел или изтрийте историята след това.
web-nothing-stored = Ако не поискате, този сайт не запазва нищо на телефона ви: нито бисквитки, нито запис на това, което четете.
web-about = За този сайт
web-safety-heading = Вашата безопасност на този сайт
web-languages-heading = Езиците и доколко е проверен всеки от тях
web-other-languages = Тази страница на други езици
web-keep = Запази на телефона ми
web-keep-explained = Запазва тази информация, само на този език, в браузъра на телефона ви, за да я четете без интернет. Който погледне браузъра ви, може да види, че е там.
web-keep-button = Запази я на телефона ми
web-keep-done = Готово. Вече можете да четете тази информация без интернет.
web-keep-remove = Премахни я от телефона ми
web-keep-removed = Премахната. Вече нищо от този сайт не е запазено на телефона ви.
web-keep-needs-scripts = За запазването е нужен JavaScript, който е изключен в този браузър. Всичко друго работи и без него.
web-keep-unsupported = Този браузър не може да запази информацията за четене без интернет.
web-get-app = Изтеглете приложението
web-get-app-explained = Приложението работи без интернет и не пази история на това, което четете.

## Listening (the voices are in the pack)
listen = Слушайте
listen-article = Слушайте цялата статия
listen-pause = Пауза
listen-resume = Продължете
listen-stop = Спрете
listen-now = Сега се чете:
audio-synthetic = Този глас е направен от компютър. Може да казва някои думи грешно.
audio-recorded = Чете:

## Downloading a voice (settings, "Listening"). The size is shown next to the button, formatted by the app.
voice-heading = Слушане
voice-what = Haven може да чете информацията си на глас на вашия език. Гласът за цялата информация се изтегля само когато го поискате, и остава на този телефон.
voice-built-in = Без него на глас могат да се четат само спешната помощ и резюмето на „Потърсете помощ сега“.
voice-look = Намерете гласа за този език
voice-looking = Търси се гласът…
voice-download = Изтеглете гласа за този език
voice-downloading = Гласът се изтегля…
voice-installing = Гласът се проверява…
voice-downloaded = Гласът за този език е на този телефон.
voice-done = Гласът е изтеглен и проверен. Вече всичко може да се чете на глас.
voice-remove = Премахнете гласа
voice-removed = Гласът е премахнат и мястото му отново е свободно.
voice-none = Още няма глас, който да чете този език.
voice-not-offered = Издателят още не предлага глас за този език.
voice-unreachable = Гласът не можа да се изтегли: сървърът не можа да бъде достигнат. Нищо не е променено. Опитайте отново по-късно.
voice-untrusted = Пристигналият глас не е този, който издателят е подписал, затова е отказан. Нищо не е променено.
voice-uses = Заема:
