title = Tus derechos
summary = Gran parte de la ayuda de esta página es solo para las personas que las autoridades consideran víctimas de trata de personas.
    Lo que recibes también depende de tus papeles y de si hay un juicio.
    Pregunta al CMM qué vale para ti.

who-decides = Quién decide si eres víctima
    .p1 = La mayor parte de la ayuda de esta página es para personas que las autoridades consideran víctimas de trata de personas. Quién lo decide depende de tu situación:
    .list1 =
        - Si estás en Dinamarca de forma legal, decide el CMM. Por ejemplo, si eres ciudadano danés o de la UE, o si tienes papeles para estar aquí.
        - Si no tienes derecho legal a estar en Dinamarca, o si pides asilo, decide el Servicio de Inmigración de Dinamarca (Udlændingestyrelsen). En algunos casos decide otra oficina del Estado, SIRI.
        - Si te están juzgando por un delito, el tribunal puede decidir que eres víctima.
    .p2 = La primera conversación con el CMM no te da, por sí sola, la ayuda de esta página.
    .important = Ten en cuenta: en 2011 el Servicio de Inmigración dijo que decide con información de la policía y con lo que tú le contaste al CMM.

reflection = El período de reflexión
    .p1 = Si las autoridades deciden que eres víctima, te ofrecen un período de 30 días. Se llama período de reflexión. Sirve para darte tiempo para alejarte de las personas que te explotan, y para recuperarte.
    .p2 = Lo que significa este período depende de tus papeles.
    .list1 =
        - Si no tienes derecho legal a estar en Dinamarca, el período de reflexión es un plazo para salir de Dinamarca. Si se le pide, el Servicio de Inmigración de Dinamarca fija el final del plazo dentro de 30 días.
        - Si estás en Dinamarca de forma legal, tienes un período parecido con la misma ayuda. Se llama período de recuperación.
    .p3 = Si se le pide, el Servicio de Inmigración puede fijar el final del plazo más tarde o alargarlo. Esto puede pasar cuando hay razones especiales, o cuando trabajas con las autoridades para preparar un regreso voluntario a tu país. El plazo nunca puede ser de más de 120 días. La regla está en la Ley de Extranjería, § 33(14).
    .important = El período de reflexión no es un permiso para quedarte en Dinamarca. Para pedir un período más largo, pregunta al CMM o a un abogado cómo hacerlo.

support = Ayuda durante el período de reflexión
    .p1 = Durante el período te pueden ofrecer:
    .list1 =
        - un lugar donde quedarte, con comidas
        - ayuda de un médico
        - ayuda de un psicólogo
        - ayuda legal
        - clases y actividades para aprender
        - ayuda para contactar con organizaciones de tu país, si quieres
    .p2 = También recibes una persona de contacto del CMM. Esta persona te explica la ayuda que puedes recibir. También trabaja con otros en tu caso, como el Servicio de Inmigración, los abogados, la policía y la Cruz Roja.
    .p3 = La ayuda del CMM no depende de que colabores con la policía.

no-legal-stay = Si no tienes derecho legal a estar aquí
    .p1 = Si es posible que seas víctima y no tienes derecho legal a estar aquí, la policía puede decidir dónde te quedas mientras se estudia tu caso. Puede llevarte a un centro de crisis o a otra vivienda. Es una decisión de la policía según la Ley de Extranjería (§ 34(1)(3)). No es lo mismo que un lugar que te ofrece el CMM.
    .important = Ten en cuenta el riesgo. En Dinamarca, algunas personas que podían ser víctimas han sido encerradas (detenidas) mientras se revisaban su caso o sus papeles. Algunas personas que el CMM consideró víctimas han sido expulsadas de Dinamarca de todos modos.
    .p2 = Pregunta al CMM o a un abogado qué significa esto para ti antes de decidir qué hacer.

lawyer = Un abogado para víctimas en un proceso penal
    .p1 = Cuando la policía y los tribunales tratan un delito contra ti, puedes tener un abogado propio. En danés este abogado se llama "bistandsadvokat", un abogado para víctimas. La regla está en la Ley de Administración de Justicia, § 741 a. Incluye la trata de personas.
    .p2 = Este abogado forma parte del proceso penal por el delito contra ti. El Estado paga al abogado. El tribunal nombra al abogado, y tú puedes pedir un abogado en concreto.
    .important = No está confirmado cómo una víctima de trata de personas pide este abogado, ni si te dan uno sin pedirlo. Pregunta al CMM o a la policía.
    .p3 = Un abogado para víctimas puede:
    .list1 =
        - aconsejarte mientras la policía investiga
        - acompañarte cuando la policía te interroga
        - explicarte cómo funciona el juicio
        - acompañarte cuando hablas como testigo en el tribunal
        - preparar tu petición de dinero y presentarla en el juicio
    .p4 = El CMM también puede darte ayuda y consejo legal: sobre tus derechos y tus opciones, sobre ser testigo, sobre pedir dinero y sobre conseguir un abogado.
    .p5 = Si a ti te acusan de un delito, tienes derecho a un abogado defensor.

compensation = Dinero por el daño que te hicieron
    .p1 = Si un delito dañó tu cuerpo o tu mente, puedes pedir dinero al Estado danés. Este dinero se llama indemnización. Decide la Junta de Indemnización a Víctimas de Delitos (Erstatningsnævnet).
    .p2 = Hay condiciones:
    .list1 =
        - Por regla general, el delito se debe denunciar a la policía en un plazo de 72 horas.
        - Si hay un juicio, debes pedir la indemnización en ese juicio.
        - Debes pedirla en un plazo de 2 años. Los 2 años se cuentan desde el delito, desde la sentencia definitiva o desde que la policía cerró el caso.
    .important = No está confirmado si la regla de las 72 horas es más flexible para las víctimas de trata de personas. Pregunta al CMM o a un abogado.
    .p3 = Haces la solicitud a través de la policía. La policía envía tu solicitud y los papeles del caso a la Junta.
    .p4 = Normalmente la Junta decide después de que termina el juicio. Puedes hacer la solicitud a la Junta si la persona que te hizo daño fue declarada culpable pero no te ha pagado, si fue declarada inocente, o si nadie sabe quién es.
    .p5 = La indemnización puede pagar tratamiento, el sueldo que perdiste, el dolor y el sufrimiento, las lesiones permanentes, la capacidad de trabajo que perdiste, los gastos de abogado y otras pérdidas.

residence = ¿Puedo quedarme en Dinamarca?
    .p1 = Ser víctima de trata de personas no basta, por sí solo, para recibir un permiso de residencia en Dinamarca. Puede ser una parte de una solicitud de asilo. En los cinco años antes de 2017, solo cuatro víctimas recibieron asilo.
    .p2 = La ley permite dar un permiso de residencia a una persona que se necesita para una investigación de la policía o para un juicio. El permiso no puede durar más que la investigación o el juicio. Este permiso se da muy pocas veces.
    .p3 = Un permiso de residencia por razones humanitarias se decide caso por caso. Solo se da como una rara excepción.
    .important = Pregunta a un abogado o a tu persona de contacto del CMM qué significa esto para ti.

return = Volver a casa con ayuda
    .p1 = Si las autoridades deciden que eres víctima, te ofrecen ayuda para volver a tu país, o a otro país donde tienes permiso de residencia. Esto se llama retorno preparado. Es voluntario.
    .p2 = Te ofrecen esta ayuda aunque no colabores con la policía ni hables en el tribunal.
    .p3 = El regreso se prepara contigo durante el período de reflexión. Cuando llegues, puedes recibir apoyo durante unos seis meses. Puede incluir:
    .list1 =
        - dinero cada mes
        - ayuda con la vivienda
        - ayuda para empezar una forma de ganar dinero, por ejemplo una pequeña tienda o una peluquería
        - ayuda médica
        - escuela o estudios, también para tus hijos
    .p4 = Antes de que te vayas, tu persona de contacto revisa contigo y con la Agencia Danesa de Retorno qué cosas podrían ponerte en peligro. Lo que necesitas para tu seguridad se comunica a una organización socia en tu país.
