# Haven's interface strings. Translators: keep each message short; it is a button or a label on a
# phone screen. Variables: $version, $published (a date), $publisher.

app-name = Haven
app-tagline = De l'aide et vos droits, dans votre langue. Fonctionne sans internet.

## Leaving the app at once
quick-exit = Quitter
quick-exit-label = Quitter Haven maintenant. L'application se ferme tout de suite.

## Choosing a language
choose-language = Choisissez votre langue
search-languages = Chercher une langue
no-language-found = Aucune langue trouvée.
change-language = Langue

## Moving around
home = Accueil
back = Retour
topics-heading = De quoi avez-vous besoin ?
more-services = Tous les services et numéros de téléphone

## The emergency card on every screen
emergency-heading = En danger en ce moment ?
emergency-text = Appelez le numéro d'urgence. C'est gratuit.

## The directory of services
directory = Qui appeler
directory-intro = Des services qui peuvent vous aider. Touchez un numéro pour appeler.
filter-all = Tout
kind-emergency = Urgence
kind-police = Police
kind-hotline = Lignes d'aide
kind-shelter = Lieux sûrs
kind-legal = Aide juridique
kind-health = Santé
kind-support = Soutien
kind-authority = Autorités
call = Appeler
call-from-foreign-phone = Depuis un téléphone étranger
send-sms = Envoyer un SMS
send-email = Envoyer un e-mail
open-website = Site internet
free-call = Appel gratuit
no-number = Pas de numéro de téléphone public.
no-services = Aucun service dans ce groupe.

## Notices on articles
not-translated = Pas encore traduit. Cette partie est affichée dans la langue d'origine.
review-original = Écrit dans cette langue à partir de sources vérifiées.
review-reviewed = Traduit et vérifié par une personne de langue maternelle.
review-machine-assisted = Traduction assistée par machine, pas encore vérifiée par une personne de langue maternelle.
review-not-translated = Pas encore traduit.
sources = Sources
sources-intro = Les faits de cet article viennent de ces pages.

## Settings
settings = Réglages
text-size = Taille du texte
forget-settings = Effacer mes réglages
forget-settings-explained = Efface votre langue et la taille du texte de ce téléphone. Haven ne garde rien d'autre : aucun historique de ce que vous lisez.
forget-settings-done = Vos réglages sont effacés.
information-version = Version des informations { $version }, vérifiée le { $published }.
information-publisher = Publié par { $publisher }.

## Problems
refused-pack = Ce contenu n'a pas pu être utilisé. Les informations intégrées sont affichées à la place :
error-generic = Un problème est survenu. Veuillez réessayer.
open-link-failed = Ce lien n'a pas pu être ouvert.
