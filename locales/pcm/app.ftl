# Haven interface for Nigerian Pidgin (pcm). Keep each message short: e be button or label for phone screen.
# Variables: $version, $published (date), $publisher.

app-name = Haven
app-tagline = Help and di rights wey you get, for your language. E dey work without internet.

## Leaving the app at once
quick-exit = Comot
quick-exit-label = Comot from Haven now. Di app go close sharp sharp.

## Choosing a language
choose-language = Pick di language wey you want
search-languages = Find language
no-language-found = We no see any language.
change-language = Language wey you want

## Moving around
home = Front page
back = Go back
topics-heading = Wetin you need?
more-services = All di services and phone numbers

## The emergency card on every screen
emergency-heading = You dey for danger right now?
emergency-text = Call di emergency number. E free.

## The directory of services
directory = Who you fit call
directory-intro = Services wey fit help you. Touch one number to call.
filter-all = All of dem
kind-emergency = Emergency
kind-police = Police
kind-hotline = Hotlines
kind-shelter = Safe places
kind-legal = Help with law matter
kind-health = Health
kind-support = Support
kind-authority = Government offices
call = Call
call-from-foreign-phone = From foreign phone
send-sms = Send SMS
send-email = Send e-mail
open-website = Open website
free-call = Free call
no-number = E no get public phone number.
no-services = No service dey dis group.

## Notices on articles
not-translated = Dem never translate am yet. Dis part dey show for di original language.
review-original = Dem write am for dis language from sources wey dem check.
review-reviewed = Dem translate am, and person wey dey speak di language from birth don check am.
review-machine-assisted = Dem use machine help translate am. Person wey dey speak di language from birth never check am yet.
review-not-translated = Dem never translate am yet.
sources = Where di facts come from
sources-intro = Di facts for dis article come from dis pages.
review-content-not-checked = Legal adviser or organisation wey dey help pipo never check di facts yet.
review-content-checked = Who check di facts:
section-sources = Where di facts for dis part come from

## Settings
settings = Settings
text-size = Size of di writing
forget-settings = Delete my settings
forget-settings-explained = E go delete your settings from dis phone: language, size of di writing, discreet mode, check by itself and di record of when Haven last check for new information. Di information wey Haven don download go still dey, so e go still work. Haven no dey keep any record of wetin you read or wetin you search.
forget-settings-done = We don delete your settings.
information-version = Information version { $version }, dem check am { $published }.
information-publisher = Na { $publisher } publish am.

## When the information may be out of date (on the home screen, followed by a date)
stale-heading = Dis information fit don old
stale-confirmed = Di last time wey dem confirm say na di newest information:
stale-explained = Since dat time, Haven never fit check for newer information. Phone numbers and rules fit don change.

## Problems
refused-pack = We no fit use dis content, so we dey show di information wey dey inside di app instead:
preview-warnings = You fit use dis content. Check dis warnings before you publish am:
error-generic = Something no work well. Abeg try again.
open-link-failed = We no fit open dis link.

## Moving around, reading and printing
search = Find
menu = Menu
two-languages = Two languages
print = Print am
numbers-heading = Phone numbers

## Two languages side by side (the outreach worker's view)
dual-explained = Every part dey show for two languages, one near di other. You fit change any of di two languages for here.
dual-reader-language = Language of di person wey dey read
dual-helper-language = Language of di person wey dey help

## Search
search-label = Find inside all di information
search-hint = Type one word. You fit search for your language or for di original language of di information.
search-found = Places wey we find am:
search-nothing-found = We no find anything. Try another word, or shorter one.
search-in-reference = We find am for di original language:

## Discreet mode (in the settings)
discreet = Discreet mode (hide mode)
discreet-what = When discreet mode dey on, Haven go open like calculator. To see dis information, type your code for di calculator and press =.
discreet-not-hidden = Discreet mode no dey hide say Haven dey dis phone. Im name and im icon still dey show for di list of apps, for di list of apps wey dey open and for di phone settings. Person wey try plenty codes fit find your own.
discreet-forgotten-code = Remember your code. If you forget am, di calculator no go fit open Haven again: remove di app and install am again.
discreet-is-on = Discreet mode dey on.
discreet-is-off = Discreet mode dey off.
discreet-code = Your code (6 to 12 numbers)
discreet-not-pin = No use di PIN of your phone or of bank card: person wey know am fit open Haven.
discreet-code-again = Type di code again
discreet-turn-on = On discreet mode
discreet-change-code = Save di new code
discreet-turn-off = Off discreet mode
discreet-saved = E don set. Next time wey Haven open, e go show di calculator.
discreet-turned-off = Discreet mode don off. Haven go open as e dey open before.
discreet-code-invalid = Di code must be 6 to 12 numbers, and nothing else.
discreet-code-mismatch = Di two codes no be di same. Abeg type dem again.

## The calculator that discreet mode shows; each key's name for screen readers
calculator = Calculator
calc-clear = Clear am
calc-delete = Delete
calc-divide = Divide
calc-multiply = Times
calc-minus = Minus
calc-plus = Plus
calc-equals = Equals
calc-point = Point
calc-error = Error

## Updated information (in the settings)
updates = New information
updates-source-embedded = Dis information come with di app.
updates-source-synced = Dis information na update wey dem download and check.
updates-source-preview = Dis information na preview from dis folder:
updates-check = Check for new information
updates-checking = E dey check…
updates-downloading = E dey download…
updates-installing = E dey install…
updates-updated = Di new information don start to work.
updates-unchanged = You don already get di newest information.
updates-refused = Nothing change. We no fit reach di update, or we no fit trust am. Di information wey you get still dey work.
updates-unavailable = Dis copy of Haven no fit check for new information.
updates-not-configured = Dis copy of Haven no get address to check for updates.
updates-automatic = Check by itself
updates-automatic-explained = When dis one dey on, Haven go use internet to look for new information every time wey e open. When e dey off, Haven go connect only when you press di button for up.

## The self-check "Is this happening to me?" (its questions are in the pack)
check-yes = Yes
check-no = No
check-not-sure = I no sure
check-start = Start
check-previous = Di question before
check-progress = Questions wey you don answer
check-again = Start again
check-read-signs = Read about di signs

## The web edition (the same information as a website, for readers without the app)
web-quick-exit-label = Comot from dis website now. E go open another normal website instead.
web-history-warning = Dis visit go stay for your browser history. If you no want leave any sign, use private tab, or delete di history after.
web-nothing-stored = Unless you ask for am, dis website no dey keep anything for your phone: no cookies, and no record of wetin you read.
web-about = About dis website
web-safety-heading = Your safety for dis website
web-languages-heading = Di languages, and how well dem don check each one
web-other-languages = Dis page for other languages
web-keep = Keep dis one for my phone
web-keep-explained = E go save dis information, only for dis language, inside your phone browser, so you fit read am without internet. Person wey look your browser fit see say e dey there.
web-keep-button = Keep am for my phone
web-keep-done = E don finish. Now you fit read dis information without internet.
web-keep-remove = Remove am from my phone
web-keep-removed = E don comot. Nothing from dis website dey your phone again.
web-keep-needs-scripts = To keep di information, you need JavaScript, but e dey off for dis browser. Every other thing dey work without am.
web-keep-unsupported = Dis browser no fit keep di information make you read am without internet.
web-get-app = Get di app
web-get-app-explained = Di app dey work without internet and e no dey keep record of wetin you read.

## Listening (the voices are in the pack)
listen = Listen
listen-article = Listen to di whole article
listen-pause = Pause am
listen-resume = Continue
listen-stop = Stop am
listen-now = Wetin dey play now:
audio-synthetic = Na computer make dis voice. E fit talk some words wrong.
audio-recorded = Person wey read am:

## Downloading a voice (settings, "Listening"). The size is shown next to the button, formatted by the app.
voice-heading = Listen
voice-what = Haven fit read im information loud for your language. Di voice for all of am go download only when you ask for am, and e go stay for dis phone.
voice-built-in = Without di voice, na only di emergency help and di summary of "Get help now now" Haven fit read loud.
voice-look = Find di voice for dis language
voice-looking = E dey find di voice…
voice-download = Download di voice for dis language
voice-downloading = E dey download di voice…
voice-installing = E dey check di voice…
voice-downloaded = Di voice for dis language dey dis phone.
voice-done = Di voice don download and we don check am. Now Haven fit read everything loud.
voice-remove = Remove di voice
voice-removed = Di voice don comot, and di space wey e take don free again.
voice-none = No voice fit read dis language yet.
voice-not-offered = Di publisher no get voice for dis language yet.
voice-unreachable = We no fit download di voice: we no fit reach di server. Nothing change. Try again later.
voice-untrusted = Di voice wey come no be di one wey di publisher sign, so we no accept am. Nothing change.
voice-uses = Size:
