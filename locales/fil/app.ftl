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
review-content-not-checked = Hindi pa nasusuri ng legal adviser o ng organisasyong tumutulong ang impormasyong ito.
review-content-checked = Sinuri ang impormasyon ni/ng:
section-sources = Mga pinagmulan ng bahaging ito

## Settings
settings = Mga setting
text-size = Laki ng letra
forget-settings = Burahin ang mga setting ko
forget-settings-explained = Binubura nito sa teleponong ito ang mga setting mo: wika, laki ng letra, tahimik na mode, kusang pagtingin at ang tala kung kailan huling tumingin ang Haven ng bagong impormasyon. Nananatili ang impormasyong na-download ng Haven, para gumana pa rin ito. Walang itinatagong record ang Haven ng mga binasa o hinanap mo.
forget-settings-done = Nabura na ang mga setting mo.
information-version = Bersiyon ng impormasyon { $version }, sinuri noong { $published }.
information-publisher = Inilathala ng { $publisher }.

## When the information may be out of date (on the home screen, followed by a date)
stale-heading = Maaaring luma na ang impormasyong ito
stale-confirmed = Huling nakumpirmang pinakabagong impormasyon noong:
stale-explained = Mula noon, hindi na natingnan ng Haven kung may mas bagong impormasyon. Maaaring nagbago na ang mga numero ng telepono at mga patakaran.

## Problems
refused-pack = Hindi magamit ang nilalamang ito, kaya ang impormasyong kasama na sa app ang ipinapakita:
preview-warnings = Magagamit ang nilalamang ito. Suriin ang mga babalang ito bago ito i-publish:
error-generic = May nagkaproblema. Pakisubukan ulit.
open-link-failed = Hindi mabuksan ang link na ito.

## Moving around, reading and printing
search = Maghanap
menu = Menu
two-languages = Dalawang wika
print = I-print
numbers-heading = Mga numero ng telepono

## Two languages side by side (the outreach worker's view)
dual-explained = Ipinapakita ang bawat bahagi sa dalawang wika, magkatabi. Dito mo mapapalitan ang alinmang wika.
dual-reader-language = Wika ng nagbabasa
dual-helper-language = Wika ng tumutulong

## Search
search-label = Maghanap sa lahat ng impormasyon
search-hint = Mag-type ng salita. Puwede kang maghanap sa wika mo o sa orihinal na wika ng impormasyon.
search-found = Mga nahanap na lugar:
search-nothing-found = Walang nahanap. Subukan ang ibang salita, o mas maikling salita.
search-in-reference = Nahanap sa orihinal na wika:

## Discreet mode (in the settings)
discreet = Tahimik na mode
discreet-what = Kapag naka-on ang tahimik na mode, magbubukas ang Haven bilang calculator. Para makita ang impormasyong ito, i-type ang code mo sa calculator at pindutin ang =.
discreet-not-hidden = Hindi itinatago ng tahimik na mode na nasa teleponong ito ang Haven. Makikita pa rin ang pangalan at icon nito sa listahan ng mga app, sa listahan ng mga nakabukas na app, at sa mga setting ng telepono. Puwedeng mahanap ng isang tao ang code mo kung susubukan niya ang maraming code.
discreet-forgotten-code = Tandaan ang code mo. Kapag nakalimutan mo ito, hindi na mabubuksan ng calculator ang Haven: burahin ang app at i-install ulit.
discreet-is-on = Naka-on ang tahimik na mode.
discreet-is-off = Naka-off ang tahimik na mode.
discreet-code = Ang code mo (6 hanggang 12 numero)
discreet-not-pin = Huwag gamitin ang PIN ng telepono mo o ng bank card: mabubuksan ng taong nakakaalam nito ang Haven.
discreet-code-again = I-type ulit ang code
discreet-turn-on = I-on ang tahimik na mode
discreet-change-code = I-save ang bagong code
discreet-turn-off = I-off ang tahimik na mode
discreet-saved = Tapos na. Sa susunod na pagbukas ng Haven, calculator ang makikita.
discreet-turned-off = Naka-off na ang tahimik na mode. Magbubukas ang Haven gaya ng dati.
discreet-code-invalid = Dapat 6 hanggang 12 numero ang code, at wala nang iba.
discreet-code-mismatch = Hindi magkapareho ang dalawang code. I-type ulit ang mga ito.

## The calculator that discreet mode shows; each key's name for screen readers
calculator = Calculator
calc-clear = Burahin lahat
calc-delete = Burahin
calc-divide = Hatiin
calc-multiply = Paramihin
calc-minus = Bawas
calc-plus = Dagdag
calc-equals = Katumbas
calc-point = Tuldok ng decimal
calc-error = Mali

## Updated information (in the settings)
updates = Bagong impormasyon
updates-source-embedded = Kasama ng app ang impormasyong ito.
updates-source-synced = Ang impormasyong ito ay update na na-download at nasuri.
updates-source-preview = Ang impormasyong ito ay preview mula sa folder na ito:
updates-check = Tingnan kung may bagong impormasyon
updates-checking = Tinitingnan…
updates-downloading = Dina-download…
updates-installing = Ini-install…
updates-updated = Ginagamit na ngayon ang bagong impormasyon.
updates-unchanged = Nasa iyo na ang pinakabagong impormasyon.
updates-refused = Walang nabago. Hindi maabot ang update, o hindi ito mapagkakatiwalaan. Gumagana pa rin ang impormasyong nasa iyo.
updates-unavailable = Hindi makakatingin ng bagong impormasyon ang kopyang ito ng Haven.
updates-not-configured = Walang address ang kopyang ito ng Haven para tumingin ng mga update.
updates-automatic = Kusang tumingin
updates-automatic-explained = Kapag naka-on ito, gagamit ang Haven ng internet para maghanap ng bagong impormasyon tuwing magbubukas ito. Kapag naka-off, kokonekta lang ang Haven kapag pinindot mo ang button sa itaas.

## The self-check "Is this happening to me?" (its questions are in the pack)
check-yes = Oo
check-no = Hindi
check-not-sure = Hindi sigurado
check-start = Magsimula
check-previous = Nakaraang tanong
check-progress = Mga nasagot na tanong
check-again = Magsimula ulit
check-read-signs = Basahin ang tungkol sa mga palatandaan

## The web edition (the same information as a website, for readers without the app)
web-quick-exit-label = Umalis agad sa website na ito. Magbubukas ng ibang karaniwang website.
web-history-warning = Mananatili ang pagbisitang ito sa history ng browser mo. Para walang maiwang bakas, gumamit ng private tab, o burahin ang history pagkatapos.
web-nothing-stored = Maliban kung hilingin mo, walang itinatago ang website na ito sa telepono mo: walang cookie, at walang record ng mga binabasa mo.
web-about = Tungkol sa website na ito
web-safety-heading = Ang kaligtasan mo sa website na ito
web-languages-heading = Ang mga wika, at kung gaano nasuri ang bawat isa
web-other-languages = Ang pahinang ito sa ibang wika
web-keep = Itago ito sa telepono ko
web-keep-explained = Itinatago nito ang impormasyong ito, sa wikang ito lang, sa browser ng telepono mo, para mabasa mo kahit walang internet. Makikita ng sinumang tumingin sa browser mo na nandoon ito.
web-keep-button = Itago sa telepono ko
web-keep-done = Tapos na. Mababasa mo na ang impormasyong ito kahit walang internet.
web-keep-remove = Alisin sa telepono ko
web-keep-removed = Naalis na. Wala nang nakatago mula sa website na ito sa telepono mo.
web-keep-needs-scripts = Kailangan ng JavaScript para maitago ang impormasyon, pero naka-off ito sa browser na ito. Gumagana ang lahat ng iba pa kahit wala ito.
web-keep-unsupported = Hindi kayang itago ng browser na ito ang impormasyon para mabasa nang walang internet.
web-get-app = Kunin ang app
web-get-app-explained = Gumagana ang app kahit walang internet at walang record ng mga binabasa mo.

## Listening (the voices are in the pack)
listen = Pakinggan
listen-article = Pakinggan ang buong artikulo
listen-pause = I-pause
listen-resume = Ituloy
listen-stop = Itigil
listen-now = Pinapakinggan ngayon:
audio-synthetic = Gawa ng computer ang boses na ito. Puwede itong magkamali sa pagbigkas ng mga salita.
audio-recorded = Binasa ni:

## Downloading a voice (settings, "Listening"). The size is shown next to the button, formatted by the app.
voice-heading = Pakikinig
voice-what = Kayang basahin nang malakas ng Haven ang impormasyon nito sa wika mo. Dina-download lang ang boses para sa lahat ng ito kapag hiniling mo, at mananatili ito sa teleponong ito.
voice-built-in = Kung wala ito, ang tulong para sa emergency at ang buod ng "Humingi ng tulong ngayon" lang ang mababasa nang malakas.
voice-look = Hanapin ang boses para sa wikang ito
voice-looking = Hinahanap ang boses…
voice-download = I-download ang boses para sa wikang ito
voice-downloading = Dina-download ang boses…
voice-installing = Sinusuri ang boses…
voice-downloaded = Nasa teleponong ito ang boses para sa wikang ito.
voice-done = Na-download at nasuri na ang boses. Mababasa na nang malakas ang lahat.
voice-remove = Alisin ang boses
voice-removed = Naalis na ang boses, at bakante na ulit ang espasyo nito.
voice-none = Wala pang boses na makakabasa ng wikang ito.
voice-not-offered = Wala pang boses na inaalok ang publisher para sa wikang ito.
voice-unreachable = Hindi ma-download ang boses: hindi maabot ang server. Walang nabago. Subukan ulit mamaya.
voice-untrusted = Hindi ang boses na pinirmahan ng publisher ang dumating, kaya tinanggihan ito. Walang nabago.
voice-uses = Laki:
