title = Ser testigo
summary = Contar a la policía lo que pasó y testificar en un tribunal son dos pasos distintos.
    Hay formas de protegerte como testigo.
    La ayuda del CMM no depende de que colabores con la policía.

what-it-is = Qué significa testificar
    .p1 = Cuando cuentas a la policía lo que pasó, haces una declaración ante la policía. Eso no es testificar.
    .p2 = Testificar significa hablar como testigo en un tribunal, en un proceso penal. Respondes preguntas sobre lo que pasó.
    .p3 = La trata de personas es un delito grave en Dinamarca. El castigo puede ser de hasta 10 años de cárcel.
    .p4 = En estos casos, lo que dice la víctima es muchas veces la prueba más importante. A veces es la única prueba.

steps = De la policía al tribunal
    .p1 = Normalmente pasa así:
    .list1 =
        - Denuncias el delito a la policía y le cuentas lo que pasó. Esta es tu declaración ante la policía.
        - La policía investiga. Puede que te interroguen otra vez. Un abogado para víctimas puede acompañarte.
        - Si el caso llega a un tribunal, te pueden llamar como testigo.
        - En el tribunal, testificas: respondes preguntas sobre lo que pasó. Un abogado para víctimas puede acompañarte.
    .p2 = No todos los casos terminan en un juicio o en una condena. En 2019, 2020 y 2021 no hubo ninguna condena por trata de personas en Dinamarca.
    .p3 = Un abogado para víctimas puede explicarte cada paso y cómo funciona el juicio. El Estado paga a este abogado. No está confirmado cómo una víctima de trata de personas consigue este abogado: pregunta al CMM o a la policía.
    .p4 = Si es posible que salgas de Dinamarca antes del juicio, pregunta a tu abogado si te pueden interrogar en el tribunal antes del juicio. Aquí no están confirmadas las reglas para esto.

protection = Cómo te pueden proteger
    .p1 = Pocas veces hace falta una ayuda especial en el tribunal. Si la necesitas, el fiscal o tu abogado normalmente pueden acordarla con el tribunal antes del día.
    .list1 =
        - La policía o el fiscal pueden organizar que alguien te reciba cuando llegas al tribunal.
        - También pueden organizar que esperes en una sala de espera aparte.
        - Si lo pides, en algunos casos el tribunal puede sentar al acusado donde tú no puedas verlo mientras testificas.
        - En casos especiales, el tribunal puede ordenar que el acusado salga de la sala mientras testificas.
    .p2 = Durante la investigación, la policía puede decir al abogado del sospechoso que no le pase algunos datos al sospechoso, cuando hace falta para protegerte.
    .important = Si alguien te amenaza o te causa problemas porque eres testigo, díselo a la policía enseguida. Si estás en peligro, llama al { CALL("emergency") }.

video = Interrogatorios en vídeo
    .p1 = La policía puede grabar en vídeo un interrogatorio. Esto es sobre todo para niños y jóvenes menores de 18 años. También es posible para personas con una enfermedad mental grave o una discapacidad importante, cuando hay circunstancias especiales que lo justifican.
    .p2 = A un niño menor de 13 años, por regla general, se le interroga en vídeo. Para los niños mayores, depende del caso.
    .p3 = Si te interrogaron en vídeo de esta forma, normalmente no tienes que testificar en el juicio. Un tribunal solo puede ordenarlo en casos muy raros.
    .important = No está confirmado que a las víctimas adultas de trata de personas se las pueda interrogar en vídeo. Pregunta a tu abogado o al CMM.

danger = Si tú o tu familia pueden correr un peligro grave
    .p1 = En algunos casos el tribunal puede mantener en secreto ante el acusado tu nombre, tu trabajo y tu dirección. El tribunal tiene que considerar que esto es necesario para tu seguridad, y que probablemente no perjudica a la defensa.
    .p2 = Si tú o tu familia pueden correr un peligro grave, el tribunal también puede ordenar que el acusado salga de la sala mientras testificas.
    .p3 = Son decisiones del tribunal. Si las necesitas, pregunta a tu abogado o al fiscal.

closed-court = ¿Se puede dejar fuera al público?
    .p1 = Las víctimas de violación, o de delitos igual de graves, tienen derecho a que el público no esté en la sala. Tu abogado o el fiscal pueden pedirlo. Si no se deja fuera al público, el tribunal puede, en cambio, prohibir que se informe de lo que dices.
    .important = No está confirmado si la trata de personas cuenta como un delito "igual de grave". Pregunta a tu abogado o al fiscal.

compensation = Pedir dinero en el juicio
    .p1 = Si hay un juicio contra las personas que te explotaron, pide la indemnización en ese juicio. Si no lo haces, más tarde puedes perder el derecho a recibir indemnización del Estado.
    .p2 = Un abogado para víctimas puede preparar tu petición de dinero y presentarla por ti en el juicio.

forced-crimes = Si te obligaron a cometer delitos
    .p1 = A algunas víctimas, las personas que las explotan las obligan a cometer delitos.
    .p2 = Informes de Estados Unidos de 2021 y 2022 decían que la ley danesa no tenía una regla clara que protegiera a las víctimas del castigo por delitos que las obligaron a cometer. No está confirmado si esto ha cambiado. Algunas víctimas, también niños, han sido llevadas a juicio por esos delitos.
    .p3 = El fiscal puede retirar la acusación por delitos menos graves que cometiste porque eras víctima de trata. Entonces quizá también evites que te expulsen de Dinamarca. Pero esto solo puede pasar si las autoridades saben que fuiste víctima de trata.
    .p4 = Si te están juzgando, el tribunal puede decidir que eres víctima de trata de personas.
    .important = Di a tu abogado y a las autoridades que fuiste víctima de trata. Si te acusan de un delito, tienes derecho a un abogado defensor. Ten en cuenta que algunas personas que podían ser víctimas han sido detenidas (retenidas por la policía).

your-choice = Tus decisiones
    .p1 = La ayuda del CMM no depende de que vayas a la policía. La ayuda para volver a casa con un retorno preparado tampoco depende de eso.
    .important = Esto trata de la ayuda que recibes. No significa que puedas negarte si un tribunal te llama como testigo. Si te llaman, pregunta a tu abogado o al CMM qué tienes que hacer.
    .p2 = Algunas decisiones son tuyas:
    .list1 =
        - si participas en la primera conversación con el CMM
        - si aceptas un retorno preparado
        - si pides protección en el tribunal
        - qué abogado pides al tribunal
    .p3 = Pregunta a tu abogado o a tu persona de contacto del CMM antes de decidir.

what-police-learn = Qué le cuenta el CMM a la policía
    .p1 = En la primera conversación con el CMM, tus datos solo se pasan a otros si tú estás de acuerdo.
    .p2 = Pero el CMM trabaja muy de cerca con la policía. Informa a la policía sobre los casos sin dar nombres, y anima a las víctimas a contactar con la policía. Tu persona de contacto del CMM también trabaja en tu caso con la policía y con el Servicio de Inmigración.
    .p3 = Antes de contar tu historia, pregunta al CMM qué datos va a pasar exactamente, y a quién.
