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
review-content-not-checked = Ces informations n'ont pas encore été vérifiées par un conseiller juridique ou une association d'aide.
review-content-checked = Informations vérifiées par :
section-sources = Sources de cette partie

## Settings
settings = Réglages
text-size = Taille du texte
forget-settings = Effacer mes réglages
forget-settings-explained = Efface vos réglages de ce téléphone : langue, taille du texte, mode discret, recherche automatique et la date de la dernière recherche de mises à jour. Les informations téléchargées par Haven restent, pour qu'elles fonctionnent toujours. Haven ne garde aucun historique de ce que vous lisez ou cherchez.
forget-settings-done = Vos réglages sont effacés.
information-version = Version des informations { $version }, vérifiée le { $published }.
information-publisher = Publié par { $publisher }.

## When the information may be out of date (on the home screen, followed by a date)
stale-heading = Ces informations ne sont peut-être plus à jour
stale-confirmed = Dernière confirmation que ce sont les informations les plus récentes :
stale-explained = Depuis, Haven n'a pas pu chercher d'informations plus récentes. Les numéros de téléphone et les règles ont peut-être changé.

## Problems
refused-pack = Ce contenu n'a pas pu être utilisé. Les informations intégrées sont affichées à la place :
preview-warnings = Ce contenu peut être utilisé. Vérifiez ces avertissements avant de le publier :
error-generic = Un problème est survenu. Veuillez réessayer.
open-link-failed = Ce lien n'a pas pu être ouvert.

## Moving around, reading and printing
search = Rechercher
menu = Menu
two-languages = Deux langues
print = Imprimer
numbers-heading = Numéros de téléphone

## Two languages side by side (the outreach worker's view)
dual-explained = Chaque partie est affichée en deux langues, côte à côte. Vous pouvez changer l'une ou l'autre langue ici.
dual-reader-language = Langue de la personne qui lit
dual-helper-language = Langue de la personne qui aide

## Search
search-label = Rechercher dans toutes les informations
search-hint = Tapez un mot. Vous pouvez chercher dans votre langue ou dans la langue d'origine des informations.
search-found = Endroits trouvés :
search-nothing-found = Rien trouvé. Essayez un autre mot, ou un mot plus court.
search-in-reference = Trouvé dans la langue d'origine :

## Discreet mode (in the settings)
discreet = Mode discret
discreet-what = Quand le mode discret est activé, Haven s'ouvre comme une calculatrice. Pour voir ces informations, tapez votre code sur la calculatrice, puis appuyez sur =.
discreet-not-hidden = Le mode discret ne cache pas que Haven est sur ce téléphone. Son nom et son icône restent visibles dans la liste des applications, dans la liste des applications ouvertes et dans les réglages du téléphone. Quelqu'un qui essaie beaucoup de codes peut trouver le vôtre.
discreet-forgotten-code = Retenez votre code. Si vous l'oubliez, la calculatrice ne pourra plus ouvrir Haven : supprimez l'application et installez-la de nouveau.
discreet-is-on = Le mode discret est activé.
discreet-is-off = Le mode discret est désactivé.
discreet-code = Votre code (6 à 12 chiffres)
discreet-not-pin = N'utilisez pas le code PIN de votre téléphone ou d'une carte bancaire : quelqu'un qui le connaît pourrait ouvrir Haven.
discreet-code-again = Tapez le code une deuxième fois
discreet-turn-on = Activer le mode discret
discreet-change-code = Enregistrer le nouveau code
discreet-turn-off = Désactiver le mode discret
discreet-saved = C'est fait. La prochaine fois que Haven s'ouvrira, il affichera la calculatrice.
discreet-turned-off = Le mode discret est désactivé. Haven s'ouvre comme d'habitude.
discreet-code-invalid = Le code doit avoir de 6 à 12 chiffres, et rien d'autre.
discreet-code-mismatch = Les deux codes ne sont pas les mêmes. Tapez-les de nouveau.

## The calculator that discreet mode shows; each key's name for screen readers
calculator = Calculatrice
calc-clear = Tout effacer
calc-delete = Effacer
calc-divide = Divisé par
calc-multiply = Multiplié par
calc-minus = Moins
calc-plus = Plus
calc-equals = Égal
calc-point = Virgule décimale
calc-error = Erreur

## Updated information (in the settings)
updates = Informations à jour
updates-source-embedded = Ces informations sont venues avec l'application.
updates-source-synced = Ces informations sont une mise à jour téléchargée et vérifiée.
updates-source-preview = Ces informations sont un aperçu venant de ce dossier :
updates-check = Chercher des informations à jour
updates-checking = Recherche en cours…
updates-downloading = Téléchargement…
updates-installing = Installation…
updates-updated = Les nouvelles informations sont maintenant utilisées.
updates-unchanged = Vous avez déjà les informations les plus récentes.
updates-refused = Rien n'a changé. La mise à jour n'a pas pu être atteinte, ou elle n'était pas digne de confiance. Les informations que vous avez fonctionnent toujours.
updates-unavailable = Cette copie de Haven ne peut pas chercher d'informations à jour.
updates-not-configured = Cette copie de Haven n'a pas d'adresse où chercher des mises à jour.
updates-automatic = Chercher automatiquement
updates-automatic-explained = Quand c'est activé, Haven utilise Internet pour chercher des informations à jour chaque fois qu'il s'ouvre. Quand c'est désactivé, Haven ne se connecte que lorsque vous appuyez sur le bouton ci-dessus.

## The self-check "Is this happening to me?" (its questions are in the pack)
check-yes = Oui
check-no = Non
check-not-sure = Pas sûr
check-start = Commencer
check-previous = Question précédente
check-progress = Réponses données
check-again = Recommencer
check-read-signs = En savoir plus sur les signes

## The web edition (the same information as a website, for readers without the app)
web-quick-exit-label = Quitter ce site maintenant. Un site neutre s'ouvre à la place.
web-history-warning = Cette visite reste dans l'historique de votre navigateur. Pour ne laisser aucune trace, utilisez un onglet privé, ou effacez l'historique ensuite.
web-nothing-stored = Sauf si vous le demandez, ce site n'enregistre rien sur votre téléphone : pas de cookies, et aucune trace de ce que vous lisez.
web-about = À propos de ce site
web-safety-heading = Votre sécurité sur ce site
web-languages-heading = Les langues, et à quel point chacune a été vérifiée
web-other-languages = Cette page dans d'autres langues
web-keep = Garder sur mon téléphone
web-keep-explained = Enregistre ces informations, dans cette langue seulement, dans le navigateur de votre téléphone, pour les lire sans internet. Quelqu'un qui regarde votre navigateur peut voir qu'elles y sont.
web-keep-button = Les garder sur mon téléphone
web-keep-done = C'est fait. Vous pouvez maintenant lire ces informations sans internet.
web-keep-remove = Les retirer de mon téléphone
web-keep-removed = Retiré. Plus rien de ce site n'est gardé sur votre téléphone.
web-keep-needs-scripts = Pour garder les informations, il faut JavaScript, qui est désactivé dans ce navigateur. Tout le reste fonctionne sans.
web-keep-unsupported = Ce navigateur ne peut pas garder les informations pour les lire sans internet.
web-get-app = Obtenir l'application
web-get-app-explained = L'application fonctionne sans internet et ne garde aucun historique de ce que vous lisez.

## Listening (the voices are in the pack)
listen = Écouter
listen-article = Écouter tout l'article
listen-pause = Pause
listen-resume = Continuer
listen-stop = Arrêter
listen-now = En cours :
audio-synthetic = Cette voix est faite par un ordinateur. Elle peut mal dire certains mots.
audio-recorded = Lu par :

## Downloading a voice (settings, "Listening"). The size is shown next to the button, formatted by the app.
voice-heading = Écouter
voice-what = Haven peut lire ses informations à voix haute dans votre langue. La voix pour tout lire est téléchargée seulement quand vous la demandez, et elle reste sur ce téléphone.
voice-built-in = Sans elle, Haven peut lire à voix haute seulement l'aide d'urgence et le résumé de « Obtenir de l'aide maintenant ».
voice-look = Chercher la voix pour cette langue
voice-looking = Recherche de la voix…
voice-download = Télécharger la voix pour cette langue
voice-downloading = Téléchargement de la voix…
voice-installing = Vérification de la voix…
voice-downloaded = La voix pour cette langue est sur ce téléphone.
voice-done = La voix est téléchargée et vérifiée. Tout peut maintenant être lu à voix haute.
voice-remove = Supprimer la voix
voice-removed = La voix a été supprimée, et sa place est de nouveau libre.
voice-none = Aucune voix ne peut encore lire cette langue.
voice-not-offered = L'éditeur ne propose pas encore de voix pour cette langue.
voice-unreachable = La voix n'a pas pu être téléchargée : le serveur n'a pas pu être joint. Rien n'a changé. Réessayez plus tard.
voice-untrusted = La voix reçue n'est pas celle que l'éditeur a signée, elle a donc été refusée. Rien n'a changé.
voice-uses = Taille :
