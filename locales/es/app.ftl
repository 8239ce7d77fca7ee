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
review-content-not-checked = Un asesor legal o una organización de ayuda todavía no ha revisado estos datos.
review-content-checked = Revisó estos datos:
section-sources = Fuentes de esta parte

## Settings
settings = Ajustes
text-size = Tamaño del texto
forget-settings = Borrar mis ajustes
forget-settings-explained = Borra de este teléfono tus ajustes: idioma, tamaño de texto, modo discreto, búsqueda automática y el registro de cuándo Haven buscó actualizaciones por última vez. La información que Haven descargó se queda, para que siga funcionando. Haven no guarda ningún historial de lo que lees o buscas.
forget-settings-done = Tus ajustes se han borrado.
information-version = Versión de la información { $version }, revisada el { $published }.
information-publisher = Publicado por { $publisher }.

## When the information may be out of date (on the home screen, followed by a date)
stale-heading = Esta información puede estar desactualizada
stale-confirmed = Confirmada por última vez como la información más reciente el:
stale-explained = Desde entonces, Haven no ha podido buscar información más nueva. Los números de teléfono y las normas pueden haber cambiado.

## Problems
refused-pack = No se pudo usar este contenido, así que se muestra la información incluida en la app:
preview-warnings = Este contenido se puede usar. Revise estas advertencias antes de publicarlo:
error-generic = Algo salió mal. Inténtalo de nuevo.
open-link-failed = No se pudo abrir este enlace.

## Moving around, reading and printing
search = Buscar
menu = Menú
two-languages = Dos idiomas
print = Imprimir
numbers-heading = Números de teléfono

## Two languages side by side (the outreach worker's view)
dual-explained = Cada parte se muestra en dos idiomas, una al lado de la otra. Aquí puedes cambiar cualquiera de los dos idiomas.
dual-reader-language = Idioma de quien lee
dual-helper-language = Idioma de quien ayuda

## Search
search-label = Buscar en toda la información
search-hint = Escribe una palabra. Puedes buscar en tu idioma o en el idioma original de la información.
search-found = Lugares encontrados:
search-nothing-found = No se encontró nada. Prueba con otra palabra o con una más corta.
search-in-reference = Encontrado en el idioma original:

## Discreet mode (in the settings)
discreet = Modo discreto
discreet-what = Cuando el modo discreto está activado, Haven se abre como una calculadora. Para ver esta información, escribe tu código en la calculadora y pulsa =.
discreet-not-hidden = El modo discreto no oculta que Haven está en este teléfono. Su nombre y su icono siguen apareciendo en la lista de aplicaciones, en la lista de aplicaciones abiertas y en los ajustes del teléfono. Alguien que pruebe muchos códigos puede encontrar el tuyo.
discreet-forgotten-code = Recuerda tu código. Si lo olvidas, la calculadora ya no podrá abrir Haven: borra la aplicación e instálala de nuevo.
discreet-is-on = El modo discreto está activado.
discreet-is-off = El modo discreto está desactivado.
discreet-code = Tu código (de 6 a 12 cifras)
discreet-not-pin = No uses el PIN de tu teléfono ni el de una tarjeta bancaria: alguien que lo conozca podría abrir Haven.
discreet-code-again = Escribe el código otra vez
discreet-turn-on = Activar el modo discreto
discreet-change-code = Guardar el código nuevo
discreet-turn-off = Desactivar el modo discreto
discreet-saved = Listo. La próxima vez que se abra, Haven mostrará la calculadora.
discreet-turned-off = El modo discreto está desactivado. Haven se abre como siempre.
discreet-code-invalid = El código debe tener de 6 a 12 cifras y nada más.
discreet-code-mismatch = Los dos códigos no son iguales. Escríbelos otra vez.

## The calculator that discreet mode shows; each key's name for screen readers
calculator = Calculadora
calc-clear = Borrar todo
calc-delete = Borrar
calc-divide = Dividido entre
calc-multiply = Multiplicado por
calc-minus = Menos
calc-plus = Más
calc-equals = Igual
calc-point = Coma decimal
calc-error = Error

## Updated information (in the settings)
updates = Información actualizada
updates-source-embedded = Esta información vino con la aplicación.
updates-source-synced = Esta información es una actualización descargada y comprobada.
updates-source-preview = Esta información es una vista previa de esta carpeta:
updates-check = Buscar información actualizada
updates-checking = Buscando…
updates-downloading = Descargando…
updates-installing = Instalando…
updates-updated = Ahora se usa la información nueva.
updates-unchanged = Ya tienes la información más reciente.
updates-refused = No ha cambiado nada. No se pudo llegar a la actualización o no era de confianza. La información que tienes sigue funcionando.
updates-unavailable = Esta copia de Haven no puede buscar información actualizada.
updates-not-configured = Esta copia de Haven no tiene una dirección donde buscar actualizaciones.
updates-automatic = Buscar automáticamente
updates-automatic-explained = Cuando esto está activado, Haven usa internet para buscar información actualizada cada vez que se abre. Cuando está desactivado, Haven solo se conecta cuando pulsas el botón de arriba.

## The self-check "Is this happening to me?" (its questions are in the pack)
check-yes = Sí
check-no = No
check-not-sure = No estoy seguro
check-start = Empezar
check-previous = Pregunta anterior
check-progress = Preguntas respondidas
check-again = Empezar de nuevo
check-read-signs = Leer sobre las señales

## The web edition (the same information as a website, for readers without the app)
web-quick-exit-label = Salir de esta web ahora. Se abre una web neutral en su lugar.
web-history-warning = Esta visita queda en el historial del navegador. Para no dejar rastro, usa una pestaña privada o borra el historial después.
web-nothing-stored = Salvo que tú lo pidas, esta web no guarda nada en tu teléfono: ni cookies ni ningún registro de lo que lees.
web-about = Sobre esta web
web-safety-heading = Tu seguridad en esta web
web-languages-heading = Los idiomas, y cuánto se ha revisado cada uno
web-other-languages = Esta página en otros idiomas
web-keep = Guardar en mi teléfono
web-keep-explained = Guarda esta información, solo en este idioma, en el navegador de tu teléfono, para que la leas sin internet. Quien mire tu navegador puede ver que está ahí.
web-keep-button = Guardarla en mi teléfono
web-keep-done = Listo. Ya puedes leer esta información sin internet.
web-keep-remove = Quitarla de mi teléfono
web-keep-removed = Quitada. Ya no queda nada de esta web guardado en tu teléfono.
web-keep-needs-scripts = Para guardar la información hace falta JavaScript, que está desactivado en este navegador. Todo lo demás funciona sin él.
web-keep-unsupported = Este navegador no puede guardar la información para leerla sin internet.
web-get-app = Conseguir la app
web-get-app-explained = La app funciona sin internet y no guarda ningún historial de lo que lees.

## Listening (the voices are in the pack)
listen = Escuchar
listen-article = Escuchar todo el artículo
listen-pause = Pausa
listen-resume = Seguir
listen-stop = Parar
listen-now = Se está leyendo:
audio-synthetic = Esta voz la hace una computadora. Puede decir mal algunas palabras.
audio-recorded = Leído por:

## Downloading a voice (settings, "Listening"). The size is shown next to the button, formatted by the app.
voice-heading = Escuchar
voice-what = Haven puede leer su información en voz alta en tu idioma. La voz para toda la información solo se descarga cuando la pides, y se queda en este teléfono.
voice-built-in = Sin ella, solo se pueden leer en voz alta la ayuda de emergencia y el resumen de "Pide ayuda ahora".
voice-look = Buscar la voz para este idioma
voice-looking = Buscando la voz…
voice-download = Descargar la voz para este idioma
voice-downloading = Descargando la voz…
voice-installing = Comprobando la voz…
voice-downloaded = La voz para este idioma está en este teléfono.
voice-done = La voz se descargó y se comprobó. Ahora se puede leer todo en voz alta.
voice-remove = Quitar la voz
voice-removed = Se quitó la voz, y su espacio vuelve a estar libre.
voice-none = Todavía no hay ninguna voz que pueda leer este idioma.
voice-not-offered = El editor todavía no ofrece ninguna voz para este idioma.
voice-unreachable = No se pudo descargar la voz: no se pudo llegar al servidor. No ha cambiado nada. Inténtalo más tarde.
voice-untrusted = La voz que llegó no es la que firmó el editor, así que se rechazó. No ha cambiado nada.
voice-uses = Ocupa:
