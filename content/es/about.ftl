title = Sobre esta información
summary = Esta información la publica { $publisher }.
    Los datos se revisaron por última vez el { $published }.
    Ningún asesor legal ha revisado todavía el texto en inglés.

who = Quién hizo esto
    .p1 = Esta información la publica { $publisher }.
    .p2 = Los datos se revisaron por última vez el { $published }. Esta es la versión { $version }.
    .p3 = Algunas páginas se revisaron a partir de copias guardadas, que pueden ser más antiguas.
    .p4 = Ningún asesor legal ni ninguna organización ha revisado todavía los datos del texto en inglés. En cada tema, la aplicación te dice si los datos se han revisado, y quién los revisó.
    .p5 = Esta información es general. Para recibir consejo sobre tu propia situación, llama a la línea de ayuda del CMM. Ayuda a las víctimas, a las personas que se preocupan por otra persona y a cualquiera que quiera un consejo.
    .action = { CALL("cmm-hotline") }

sources = De dónde vienen los datos
    .p1 = Cada tema da la lista de sus fuentes. Cada parte de un tema muestra las fuentes de sus propios datos.
    .p2 = En esta versión, los temas usan 86 fuentes distintas:
    .list1 =
        - 45 son páginas de autoridades danesas, como el CMM, la policía, el Parlamento danés, los ministerios y los tribunales.
        - 8 son informes o páginas de gobiernos de otros países y de organismos internacionales, como el Departamento de Estado de Estados Unidos, la UE y la Organización Internacional del Trabajo.
        - 9 son copias de documentos oficiales, como informes o textos de leyes, guardadas en otras páginas web.
        - 7 son noticias.
        - 3 son páginas de bufetes de abogados.
        - 14 son páginas de organizaciones, sindicatos y otras páginas web.
    .p3 = Algunas fuentes son antiguas, algunas no tienen fecha, y algunas solo se leyeron en parte. Cuando una fuente es una noticia o un bufete de abogados, la lista de fuentes lo dice.
    .p4 = Los números de teléfono vienen de páginas oficiales de la policía, del Estado danés y del CMM. Los números y las reglas pueden cambiar. Si tienes dudas, llama a la línea de ayuda del CMM.

languages = Idiomas y traducciones
    .p1 = Esta información se escribió primero en inglés. Los otros idiomas se traducen del texto en inglés.
    .p2 = Cada idioma muestra cómo se hizo su traducción, y si un hablante nativo la ha revisado. Algunas traducciones se hicieron con ayuda de una máquina y todavía no las ha revisado un hablante nativo.
    .p3 = Si una parte todavía no está traducida, la ves en inglés, y se te avisa.
    .p4 = Cuando hablas con el CMM por primera vez, muchas veces hay un intérprete.

privacy = Tu privacidad
    .p1 = Haven no guarda ningún registro de lo que lees o buscas. Solo guarda tus ajustes, como tu idioma y el tamaño del texto.
    .p2 = Haven funciona sin internet. Solo se conecta a internet para buscar información actualizada, y solo si tú lo pides en los ajustes.
    .important = Pero tu propio teléfono puede guardar un registro de las llamadas y los correos electrónicos que haces desde Haven. El tema "Pide ayuda ahora" explica qué guarda.
    .p3 = Tu persona de contacto del CMM puede darte consejos para mantener seguro tu teléfono.
