title = Sobre esta información
summary = Esta información la publica { $publisher }.
    Los datos se revisaron por última vez el { $published }.

who = Quién hizo esto
    .p1 = Esta información la publica { $publisher }.
    .p2 = Los datos se revisaron por última vez el { $published }. Esta es la versión { $version }.

sources = De dónde vienen los datos
    .p1 = Los datos vienen de las fuentes que aparecen en cada tema. La mayoría son páginas oficiales danesas, como las del Centro Danés contra la Trata de Personas, la policía y el Parlamento danés.
    .p2 = Cada número de teléfono se comprueba con páginas oficiales.
    .p3 = Las reglas pueden cambiar. Si tienes dudas, llama a la línea de ayuda del CMM.

languages = Idiomas y traducciones
    .p1 = Esta información se escribió primero en inglés. Los otros idiomas se traducen del texto en inglés.
    .p2 = Cada idioma muestra hasta qué punto se ha revisado su traducción. Algunas traducciones se hicieron con ayuda de una máquina y todavía no las ha revisado un hablante nativo.
    .p3 = Si una parte todavía no está traducida, la ves en inglés, y se te avisa.

privacy = Tu privacidad
    .p1 = Haven no guarda ningún registro de lo que lees.
    .p2 = Haven funciona sin internet.
