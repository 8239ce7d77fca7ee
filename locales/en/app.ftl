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

## Settings
settings = Settings
text-size = Text size
forget-settings = Forget my settings
forget-settings-explained = Deletes your language and text size from this phone. Haven keeps nothing else: no history of what you read.
forget-settings-done = Your settings are deleted.
information-version = Information version { $version }, checked { $published }.
information-publisher = Published by { $publisher }.

## Problems
refused-pack = This content could not be used, so the built-in information is shown instead:
error-generic = Something went wrong. Please try again.
open-link-failed = This link could not be opened.
