# Haven's interface strings. Translators: keep each message short; it is a button or a label on a
# phone screen. Variables: $version, $published (a date), $publisher.

app-name = Haven
app-tagline = Ayuda y tus derechos, en tu idioma. Funciona sin internet.

## Leaving the app at once
quick-exit = Salir ya
quick-exit-label = Salir de Haven ahora. La app se cierra enseguida.

## Choosing a language
choose-language = Elige tu idioma
search-languages = Buscar idiomas
no-language-found = No se encontró ningún idioma.
change-language = Idioma

## Moving around
home = Inicio
back = Atrás
topics-heading = ¿Qué necesitas?
more-services = Todos los servicios y teléfonos

## The emergency card on every screen
emergency-heading = ¿En peligro ahora mismo?
emergency-text = Llama al número de emergencias. Es gratis.

## The directory of services
directory = A quién llamar
directory-intro = Servicios que pueden ayudarte. Toca un número para llamar.
filter-all = Todos
kind-emergency = Emergencias
kind-police = Policía
kind-hotline = Líneas de ayuda
kind-shelter = Lugares seguros
kind-legal = Ayuda legal
kind-health = Salud
kind-support = Apoyo
kind-authority = Autoridades
call = Llamar
call-from-foreign-phone = Desde un teléfono extranjero
send-sms = Enviar SMS
send-email = Correo
open-website = Página web
free-call = Llamada gratis
no-number = No hay teléfono público.
no-services = No hay servicios en este grupo.

## Notices on articles
not-translated = Aún no traducido. Esta parte se muestra en el idioma original.
review-original = Escrito en este idioma a partir de fuentes revisadas.
review-reviewed = Traducido y revisado por un hablante nativo.
review-machine-assisted = Traducción asistida por máquina, aún no revisada por un hablante nativo.
review-not-translated = Aún no traducido.
sources = Fuentes
sources-intro = Los datos de este artículo vienen de estas páginas.

## Settings
settings = Ajustes
text-size = Tamaño del texto
forget-settings = Borrar mis ajustes
forget-settings-explained = Borra de este teléfono tu idioma y tu tamaño de texto. Haven no guarda nada más: ningún historial de lo que lees.
forget-settings-done = Tus ajustes se han borrado.
information-version = Versión de la información { $version }, revisada el { $published }.
information-publisher = Publicado por { $publisher }.

## Problems
refused-pack = No se pudo usar este contenido, así que se muestra la información incluida en la app:
error-generic = Algo salió mal. Inténtalo de nuevo.
open-link-failed = No se pudo abrir este enlace.
