title = Ser testigo
summary = Lo que cuentas a la policía y al tribunal puede ayudar a detener a las personas que te explotaron.
    Hay formas de protegerte en el tribunal.
    Puedes recibir ayuda aunque no declares.

what-it-is = Qué significa declarar
    .p1 = Declarar significa contar a la policía y a un tribunal lo que te pasó. Entonces eres testigo.
    .p2 = La trata de personas es un delito grave en Dinamarca. El castigo puede ser de hasta 10 años de cárcel.
    .p3 = En estos casos, lo que dice la víctima es muchas veces la prueba más importante. A veces es la única prueba.

steps = De la denuncia al juicio
    .p1 = Normalmente pasa así:
    .list1 =
        - Cuentas a la policía lo que pasó. Esto se llama denuncia.
        - La policía investiga. Puede que hablen contigo otra vez. Tu abogado puede acompañarte.
        - Si hay un juicio, te pueden pedir que hables en el tribunal como testigo.
        - En el tribunal, respondes preguntas sobre lo que pasó. Tu abogado puede acompañarte.
    .p2 = Tu abogado para víctimas puede explicarte cada paso y cómo funciona el juicio. El Estado paga a este abogado.

protection = Cómo te pueden proteger
    .p1 = Pocas veces hace falta una ayuda especial en el tribunal. Si la necesitas, tu abogado o el fiscal normalmente pueden acordarla con el tribunal antes del día en que vas al tribunal.
    .list1 =
        - Alguien puede recibirte cuando llegas al tribunal.
        - Puedes esperar en una sala de espera aparte.
        - Si lo pides, en algunos casos el tribunal puede sentar al acusado donde tú no puedas verlo mientras hablas.
        - En casos especiales, el tribunal puede ordenar que el acusado salga de la sala mientras hablas.
        - Solo cuando tu seguridad lo hace de verdad necesario, el tribunal puede mantener en secreto ante el acusado tu nombre, tu trabajo y tu dirección.
    .p2 = Durante la investigación, la policía también puede ocultar algunos datos al sospechoso para protegerte.
    .important = Si alguien te amenaza o te causa problemas porque eres testigo, díselo a la policía enseguida. Si estás en peligro, llama al { CALL("emergency") }.

compensation = Pedir dinero en el juicio
    .p1 = Si hay un juicio contra las personas que te explotaron, pide la indemnización en ese juicio. Si no lo haces, más tarde puedes perder el derecho a recibir indemnización del Estado.
    .p2 = Tu abogado para víctimas puede preparar tu petición de dinero y presentarla por ti en el juicio.

forced-crimes = Si te obligaron a cometer delitos
    .p1 = A algunas víctimas, las personas que las explotan las obligan a cometer delitos.
    .p2 = La ley danesa no ha tenido una regla clara que proteja a las víctimas del castigo por delitos que las obligaron a cometer.
    .p3 = Pero el fiscal puede retirar la acusación por delitos menos graves que cometiste porque eras víctima de trata. Entonces quizá también evites que te expulsen de Dinamarca. Esto solo puede pasar si las autoridades saben que fuiste víctima de trata.
    .important = Dile a tu abogado que fuiste víctima de trata. Si te acusan de un delito, tienes derecho a un abogado defensor.

your-choice = Tus decisiones
    .p1 = Puedes recibir ayuda del CMM aunque no vayas a la policía ni declares. La ayuda para volver a casa de forma segura tampoco depende de eso.
    .important = Ten en cuenta: el CMM trabaja muy de cerca con la policía. Informa a la policía sobre los casos sin dar nombres, y anima a las víctimas a contactar con la policía.
    .p2 = Muchas decisiones siguen siendo tuyas:
    .list1 =
        - si participas en una conversación con el CMM
        - si el CMM cuenta a otros lo que le dices
        - si vuelves a casa con un retorno preparado
        - si pides protección en el tribunal
        - qué abogado pides
    .p3 = Pregunta a tu abogado o a tu persona de contacto del CMM antes de decidir.
