# Haven's interface strings. Translators: keep each message short; it is a button or a label on a
# phone screen. Variables: $version, $published (a date), $publisher.

app-name = Haven
app-tagline = Help and your rights, in your language. Works without internet.

## Leaving the app at once
quick-exit = Leave
quick-exit-label = Leave Haven now. The app closes at once.

## Choosing a language
choose-language = Choose your language
search-languages = Search languages
no-language-found = No language found.
change-language = Language

## Moving around
home = Home
back = Back
topics-heading = What do you need?
more-services = All services and phone numbers

## The emergency card on every screen
emergency-heading = In danger right now?
emergency-text = Call the emergency number. It is free.

## The directory of services
directory = Whom to call
directory-intro = Services that can help you. Tap a number to call.
filter-all = All
kind-emergency = Emergency
kind-police = Police
kind-hotline = Hotlines
kind-shelter = Safe places
kind-legal = Legal help
kind-health = Health
kind-support = Support
kind-authority = Authorities
call = Call
call-from-foreign-phone = From a foreign phone
send-sms = Send SMS
send-email = E-mail
open-website = Website
free-call = Free call
no-number = No public phone number.
no-services = No services in this group.

## Notices on articles
not-translated = Not yet translated. This part is shown in the original language.
review-original = Written in this language from checked sources.
review-reviewed = Translated and checked by a native speaker.
review-machine-assisted = Machine-assisted translation, not yet checked by a native speaker.
review-not-translated = Not yet translated.
sources = Sources
sources-intro = The facts in this article come from these pages.
review-content-not-checked = The facts have not yet been checked by a legal adviser or an aid organisation.
review-content-checked = The facts were checked by:
section-sources = Sources for this part

## Settings
settings = Settings
text-size = Text size
forget-settings = Forget my settings
forget-settings-explained = Deletes your settings from this phone: language, text size, discreet mode, automatic checks and the record of when Haven last checked for updates. Information Haven downloaded stays, so that it keeps working. Haven keeps no history of what you read or searched for.
forget-settings-done = Your settings are deleted.
information-version = Information version { $version }, checked { $published }.
information-publisher = Published by { $publisher }.

## When the information may be out of date (on the home screen, followed by a date)
stale-heading = This information may be out of date
stale-confirmed = Last confirmed as the newest information on:
stale-explained = Haven has not been able to check for newer information since then. Phone numbers and rules may have changed.

## Problems
refused-pack = This content could not be used, so the built-in information is shown instead:
preview-warnings = This content can be used. Check these warnings before you publish it:
error-generic = Something went wrong. Please try again.
open-link-failed = This link could not be opened.

## Moving around, reading and printing
search = Search
menu = Menu
two-languages = Two languages
print = Print
numbers-heading = Phone numbers

## Two languages side by side (the outreach worker's view)
dual-explained = Each part is shown in two languages, next to each other. You can change either language here.
dual-reader-language = Reader's language
dual-helper-language = Helper's language

## Search
search-label = Search all the information
search-hint = Type a word. You can search in your language or in the original language of the information.
search-found = Places found:
search-nothing-found = Nothing found. Try another word, or a shorter one.
search-in-reference = Found in the original language:

## Discreet mode (in the settings)
discreet = Discreet mode
discreet-what = When discreet mode is on, Haven opens as a calculator. To see this information, type your code on the calculator and press =.
discreet-not-hidden = Discreet mode does not hide that Haven is on this phone. Its name and icon still show in the list of apps, in the list of open apps and in the phone's settings. Someone who tries many codes can find yours.
discreet-forgotten-code = Remember your code. If you forget it, the calculator cannot open Haven any more: remove the app and install it again.
discreet-is-on = Discreet mode is on.
discreet-is-off = Discreet mode is off.
discreet-code = Your code (6 to 12 digits)
discreet-not-pin = Do not use the PIN of your phone or of a bank card: someone who knows it could open Haven.
discreet-code-again = Type the code again
discreet-turn-on = Turn on discreet mode
discreet-change-code = Save the new code
discreet-turn-off = Turn off discreet mode
discreet-saved = Done. The next time Haven opens, it shows the calculator.
discreet-turned-off = Discreet mode is off. Haven opens as usual.
discreet-code-invalid = The code must be 6 to 12 digits, and nothing else.
discreet-code-mismatch = The two codes are not the same. Please type them again.

## The calculator that discreet mode shows; each key's name for screen readers
calculator = Calculator
calc-clear = Clear
calc-delete = Delete
calc-divide = Divide
calc-multiply = Multiply
calc-minus = Minus
calc-plus = Plus
calc-equals = Equals
calc-point = Decimal point
calc-error = Error

## Updated information (in the settings)
updates = Updated information
updates-source-embedded = This information came with the app.
updates-source-synced = This information is an update that was downloaded and checked.
updates-source-preview = This information is a preview from this folder:
updates-check = Check for updated information
updates-checking = Checking…
updates-downloading = Downloading…
updates-installing = Installing…
updates-updated = New information is now in use.
updates-unchanged = You already have the newest information.
updates-refused = Nothing was changed. The update could not be reached, or it could not be trusted. The information you have still works.
updates-unavailable = This copy of Haven cannot check for updated information.
updates-not-configured = This copy of Haven has no address to check for updates.
updates-automatic = Check automatically
updates-automatic-explained = When this is on, Haven uses the internet to look for updated information each time it opens. When it is off, Haven only connects when you press the button above.

## The self-check "Is this happening to me?" (its questions are in the pack)
check-yes = Yes
check-no = No
check-not-sure = Not sure
check-start = Start
check-previous = Previous question
check-progress = Questions answered
check-again = Start again
check-read-signs = Read about the signs

## The web edition (the same information as a website, for readers without the app)
web-quick-exit-label = Leave this website now. It opens a neutral website instead.
web-history-warning = This visit stays in your browser's history. To leave no trace, use a private tab, or delete the history afterwards.
web-nothing-stored = Unless you ask for it, this website stores nothing on your phone: no cookies, and no record of what you read.
web-about = About this website
web-safety-heading = Your safety on this website
web-languages-heading = The languages, and how far each is checked
web-other-languages = This page in other languages
web-keep = Keep this on my phone
web-keep-explained = Saves this information, in this language only, in your phone's browser, so that you can read it without internet. Someone who looks at your browser may see that it is there.
web-keep-button = Keep it on my phone
web-keep-done = Done. You can now read this information without internet.
web-keep-remove = Remove it from my phone
web-keep-removed = Removed. Nothing of this website is kept on your phone now.
web-keep-needs-scripts = Keeping the information needs JavaScript, which is off in this browser. Everything else works without it.
web-keep-unsupported = This browser cannot keep the information for reading without internet.
web-get-app = Get the app
web-get-app-explained = The app works without internet and keeps no history of what you read.

## Listening (the voices are in the pack)
listen = Listen
listen-article = Listen to the whole article
listen-pause = Pause
listen-resume = Go on
listen-stop = Stop
listen-now = Now playing:
audio-synthetic = This voice is made by a computer. It can say words wrongly.
audio-recorded = Read by:

## Downloading a voice (settings, "Listening"). The size is shown next to the button, formatted by the app.
voice-heading = Listening
voice-what = Haven can read its information aloud in your language. The voice for all of it is downloaded only when you ask for it, and it stays on this phone.
voice-built-in = Without it, only the emergency help and the summary of "Get help now" can be read aloud.
voice-look = Find the voice for this language
voice-looking = Looking for the voice…
voice-download = Download the voice for this language
voice-downloading = Downloading the voice…
voice-installing = Checking the voice…
voice-downloaded = The voice for this language is on this phone.
voice-done = The voice is downloaded and checked. Everything can now be read aloud.
voice-remove = Remove the voice
voice-removed = The voice was removed, and its space is free again.
voice-none = No voice can read this language yet.
voice-not-offered = The publisher offers no voice for this language yet.
voice-unreachable = The voice could not be downloaded: the server could not be reached. Nothing was changed. Try again later.
voice-untrusted = The voice that arrived is not the one the publisher signed, so it was refused. Nothing was changed.
voice-uses = Uses:
