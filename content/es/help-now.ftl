title = Pide ayuda ahora
summary = Si estás en peligro ahora, llama al { CALL("emergency") }. Es gratis.
    Para recibir ayuda y consejo, llama al Centro Danés contra la Trata de Personas (CMM).

danger = ¿Estás en peligro ahora mismo?
    .p1 = Llama al { CALL("emergency") } si la vida de alguien está en peligro, si está pasando un delito grave, si hay un incendio o un accidente, o si alguien está tan herido o tan enfermo que su vida está en peligro.
    .action = { CALL("emergency") }
    .p2 = La llamada es gratis. Funciona aunque tu teléfono no tenga saldo o esté bloqueado.
    .p3 = La persona que responde te preguntará qué pasó, dónde y cuándo, adónde hay que enviar ayuda y cuántas personas están heridas.
    .important = Todas las llamadas de emergencia se graban.

cmm = Llama al Centro Danés contra la Trata de Personas
    .p1 = El Centro Danés contra la Trata de Personas (CMM) es parte de una autoridad del Estado danés. Ayuda a averiguar si una persona ha sido víctima de trata, y le ofrece ayuda, apoyo y consejo. La línea de ayuda es la forma más fácil de hablar con el CMM.
    .action = { CALL("cmm-hotline") }
    .p2 = También puedes llamar si crees que otra persona está siendo explotada, o si solo quieres un consejo. Puedes contar al CMM una situación sin dar tu nombre.
    .p3 = También puedes escribir a { EMAIL("cmm-hotline") }. Si quieres enviar información privada por correo electrónico, avisa primero al CMM.
    .p4 = Esta aplicación no da el horario ni los idiomas de la línea de ayuda, porque no están confirmados. Pregunta al CMM. Si nadie responde y estás en peligro, llama al { CALL("emergency") }.
    .important = Piensa en quién puede ver tu teléfono. Una llamada que haces desde esta aplicación, también al { CALL("emergency") } o al { CALL("police") }, aparece en la lista de llamadas de tu teléfono. También puede aparecer en tu factura del teléfono. Un correo electrónico que envías se queda en tu carpeta de "enviados".

first-talk = Qué pasa cuando hablas con el CMM
    .p1 = La primera conversación con el CMM es así:
    .list1 =
        - La conversación es anónima. No tienes que dar tu nombre.
        - Tú decides si quieres participar.
        - El CMM solo pasa tus datos a otros si tú estás de acuerdo. Pero lee más abajo qué le cuenta el CMM a la policía.
        - Puedes traer a una persona de confianza para que te apoye.
        - Si tienes menos de 18 años, normalmente te acompaña un representante personal.
        - Muchas veces hay un intérprete si no hablas bien danés o inglés.
    .p2 = La conversación puede ser en el CMM, en una casa de acogida, en un centro de detención o una cárcel, en un centro de asilo o en el lugar donde te estás quedando.
    .p3 = Mientras el CMM estudia tu situación, puede ofrecerte apoyo y un lugar donde quedarte, si lo necesitas.

police-and-cmm = Qué le cuenta el CMM a la policía
    .p1 = Puedes recibir ayuda del CMM aunque no vayas a la policía.
    .p2 = El CMM trabaja muy de cerca con la policía. Esto es lo que se sabe sobre lo que llega a la policía:
    .list1 =
        - Tu nombre y tus datos: el CMM dice que solo los pasa a otros si tú estás de acuerdo.
        - Tu caso: una noticia de 2025 dice que ahora el CMM informa a la policía sobre los casos, sin nombres. También dice que el CMM anima a las víctimas a contactar ellas mismas con la policía.
        - La noticia no dice qué más cosas de un caso cuenta el CMM a la policía.
    .p3 = Si no tienes papeles para estar en Dinamarca, quien decide si eres víctima es el Servicio de Inmigración de Dinamarca, no el CMM. El Servicio de Inmigración ha dicho que usa información de la policía y lo que la persona le contó al CMM.
    .important = Antes de dar tu nombre o tus datos, pregunta al CMM: "¿Qué van a contar de mí a la policía o al Servicio de Inmigración?"

after-call = Qué pasa después de llamar
    .p1 = Estos son los pasos, hasta donde se sabe:
    .list1 =
        - Cuentas tu situación al CMM. No tienes que dar tu nombre.
        - Si puede ser trata de personas, el CMM puede ofrecerte una primera conversación. Tú decides si la quieres.
        - Mientras se estudia tu situación, el CMM puede ofrecerte apoyo y un lugar donde quedarte, si lo necesitas.
        - Después, alguien decide si eres víctima de trata de personas. Si estás en Dinamarca de forma legal, decide el CMM. Si no tienes permiso legal para estar aquí, o si pides asilo, decide el Servicio de Inmigración de Dinamarca. Si te están juzgando por un delito, puede decidirlo el tribunal.
        - Si las autoridades deciden que eres víctima, te ofrecen un período de 30 días para alejarte de la explotación y recuperarte. Se llama período de reflexión (para las personas que están en Dinamarca de forma legal, período de recuperación). Puede ser más largo, hasta 120 días, cuando hay razones especiales o si participas en la preparación de un regreso a tu país.
        - Recibes una persona de contacto del CMM. Esta persona te explica la ayuda que puedes recibir, y trabaja con otros, como el Servicio de Inmigración, los abogados, la policía y la Cruz Roja.
    .important = Si no tienes permiso legal para estar aquí, el período de reflexión no es un permiso para quedarte. Es una fecha límite, más adelante, para salir de Dinamarca. Lee "¿Sin papeles? ¿Miedo a la policía?"
    .p2 = La ayuda que ofrece el CMM, y la oferta de un regreso preparado a tu país, no dependen de que ayudes a la policía.
    .p3 = Tu persona de contacto también revisa contigo tu seguridad. Esto puede ser consejo para estar a salvo y para mantener seguro tu teléfono, un cambio a otro lugar donde quedarte, o el contacto con la policía.

not-urgent = Cuando no es urgente
    .p1 = Llama a la policía al { CALL("police") } para denunciar un delito que no necesita a la policía enseguida, para preguntar por tu caso o para dar información a la policía.
    .action = { CALL("police") }
    .p2 = Si tu teléfono tiene una tarjeta SIM extranjera, pon el código de país de Dinamarca delante del número.
    .p3 = Estas llamadas también se graban.
