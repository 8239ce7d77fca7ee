title = Tus derechos
summary = Si eres víctima de trata de personas, Dinamarca te da tiempo para descansar y recibir ayuda.
    Puedes tener un lugar seguro donde quedarte, atención médica, ayuda legal y tu propio abogado.

reflection = Tiempo para descansar y recuperarte
    .p1 = Cuando las autoridades deciden que eres víctima de trata de personas, te ofrecen 30 días para descansar y recuperarte. Esto se llama período de reflexión. Te da tiempo para alejarte de las personas que te explotan y para sentirte mejor.
    .p2 = El período puede ser más largo, hasta 120 días, si trabajas con las autoridades para planear un regreso voluntario a tu país.
    .p3 = Si estás en Dinamarca de forma legal, tienes un período parecido con la misma ayuda.

support = Ayuda durante este tiempo
    .p1 = Durante este tiempo puedes recibir:
    .list1 =
        - un lugar seguro donde quedarte, con comidas
        - ayuda de un médico
        - ayuda de un psicólogo
        - ayuda legal
        - clases y actividades para aprender
        - ayuda para contactar con organizaciones de tu país, si quieres
    .p2 = También tienes una persona de contacto del CMM. Esta persona te explica la ayuda que puedes recibir. También trabaja con otros por ti, como la oficina de inmigración, los abogados, la policía y la Cruz Roja.

lawyer = Tu propio abogado, gratis
    .p1 = Como víctima de trata de personas, puedes tener tu propio abogado. En danés este abogado se llama "bistandsadvokat", un abogado para víctimas. El Estado paga al abogado.
    .p2 = Pide a la policía un abogado para víctimas. Después, el tribunal elige al abogado. Puedes pedir un abogado en concreto. El CMM también puede ayudarte a conseguir un abogado.
    .list1 =
        - El abogado te aconseja mientras la policía investiga.
        - El abogado puede acompañarte cuando la policía habla contigo.
        - El abogado te explica cómo funciona el juicio.
        - El abogado puede acompañarte cuando hablas en el tribunal.
        - El abogado puede preparar tu petición de dinero y presentarla en el juicio.
    .p3 = Si a ti te acusan de un delito, tienes derecho a un abogado defensor.

compensation = Dinero por el daño que te hicieron
    .p1 = Si un delito dañó tu cuerpo o tu mente, puedes pedir dinero al Estado danés. Este dinero se llama indemnización. La Junta de Indemnización a Víctimas de Delitos (Erstatningsnævnet) decide.
    .p2 = Las reglas principales son:
    .list1 =
        - Por regla general, el delito se debe denunciar a la policía en un plazo de 72 horas.
        - Si hay un juicio, debes pedir la indemnización en ese juicio.
        - Debes pedirla en un plazo de 2 años. Los 2 años se cuentan desde el delito, desde la sentencia definitiva o desde que la policía cerró el caso.
    .p3 = Haces la solicitud a través de la policía. La policía envía tu solicitud a la Junta. Tu abogado puede ayudarte.
    .p4 = La indemnización puede pagar tratamiento, el sueldo que perdiste, el dolor y el sufrimiento, y las lesiones que duran toda la vida. La Junta normalmente decide después de que termina el juicio.

residence = ¿Puedo quedarme en Dinamarca?
    .p1 = Ser víctima de trata de personas no basta, por sí solo, para recibir un permiso de residencia en Dinamarca. Puede ser una parte de una solicitud de asilo. En el pasado, muy pocas víctimas recibieron asilo.
    .p2 = La ley permite dar un permiso de residencia a una persona que se necesita para una investigación de la policía o para un juicio. El permiso termina cuando termina el caso. Este permiso se da muy pocas veces.
    .p3 = Un permiso de residencia por razones humanitarias solo se da como una rara excepción.
    .important = Pregunta a tu abogado o a tu persona de contacto del CMM qué significa esto para ti.

return = Volver a casa de forma segura
    .p1 = Puedes recibir ayuda para volver a tu país, o a otro país donde tienes permiso de residencia. Esto se llama retorno preparado. Es voluntario.
    .p2 = Recibes esta ayuda aunque no colabores con la policía ni hables en el tribunal.
    .p3 = El regreso se planea contigo durante el período de reflexión. Cuando llegues, puedes recibir apoyo durante unos seis meses. Puede incluir:
    .list1 =
        - dinero cada mes
        - ayuda con la vivienda
        - ayuda para empezar una forma de ganar dinero, por ejemplo una pequeña tienda o una peluquería
        - ayuda médica
        - escuela o estudios, también para tus hijos
    .p4 = Antes de que te vayas, tu persona de contacto revisa contigo qué cosas podrían ponerte en peligro. Lo que necesitas para tu seguridad se comunica a una organización socia en tu país.
