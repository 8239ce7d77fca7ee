# Haven's interface strings. Translators: keep each message short; it is a button or a label on a
# phone screen. Variables: $version, $published (a date), $publisher.

app-name = Haven
app-tagline = Tulong at ang mga karapatan mo, sa sarili mong wika. Gumagana kahit walang internet.

## Leaving the app at once
quick-exit = Umalis
quick-exit-label = Umalis agad sa Haven. Magsasara agad ang app.

## Choosing a language
choose-language = Piliin ang wika mo
search-languages = Maghanap ng wika
no-language-found = Walang nahanap na wika.
change-language = Wika

## Moving around
home = Simula
back = Bumalik
topics-heading = Ano ang kailangan mo?
more-services = Lahat ng serbisyo at numero ng telepono

## The emergency card on every screen
emergency-heading = Nasa panganib ka ba ngayon?
emergency-text = Tumawag sa numero para sa emergency. Libre ito.

## The directory of services
directory = Sino ang tatawagan
directory-intro = Mga serbisyong makakatulong sa iyo. Pindutin ang numero para tumawag.
filter-all = Lahat
kind-emergency = Emerhensiya
kind-police = Pulis
kind-hotline = Mga hotline
kind-shelter = Ligtas na lugar
kind-legal = Tulong legal
kind-health = Kalusugan
kind-support = Suporta
kind-authority = Mga awtoridad
call = Tumawag
call-from-foreign-phone = Mula sa teleponong banyaga
send-sms = Mag-text
send-email = Mag-email
open-website = Buksan ang website
free-call = Libreng tawag
no-number = Walang pampublikong numero ng telepono.
no-services = Walang serbisyo sa grupong ito.

## Notices on articles
not-translated = Hindi pa naisasalin. Ipinapakita ang bahaging ito sa orihinal na wika.
review-original = Isinulat sa wikang ito mula sa mga nasuring pinagkunan.
review-reviewed = Isinalin at sinuri ng katutubong tagapagsalita.
review-machine-assisted = Isinalin sa tulong ng makina, hindi pa nasusuri ng katutubong tagapagsalita.
review-not-translated = Hindi pa naisasalin.
sources = Mga pinagkunan
sources-intro = Galing sa mga pahinang ito ang impormasyon sa artikulong ito.

## Settings
settings = Mga setting
text-size = Laki ng letra
forget-settings = Burahin ang mga setting ko
forget-settings-explained = Binubura nito sa teleponong ito ang wika mo at ang laki ng letra. Wala nang ibang itinatago ang Haven: walang record ng mga binasa mo.
forget-settings-done = Nabura na ang mga setting mo.
information-version = Bersiyon ng impormasyon { $version }, sinuri noong { $published }.
information-publisher = Inilathala ng { $publisher }.

## Problems
refused-pack = Hindi magamit ang nilalamang ito, kaya ang impormasyong kasama na sa app ang ipinapakita:
error-generic = May nagkaproblema. Pakisubukan ulit.
open-link-failed = Hindi mabuksan ang link na ito.
