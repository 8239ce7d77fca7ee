title = Pide ayuda ahora
summary = Si estás en peligro ahora, llama al { CALL("emergency") }. Es gratis.
    Para recibir ayuda y consejo, llama al Centro Danés contra la Trata de Personas (CMM).

danger = ¿Estás en peligro ahora mismo?
    .p1 = Llama al { CALL("emergency") } si tu vida está en peligro, si está pasando un delito grave, o si alguien tiene una herida grave o una enfermedad grave.
    .action = { CALL("emergency") }
    .p2 = La llamada es gratis. Funciona aunque tu teléfono no tenga saldo o esté bloqueado.
    .p3 = Di qué pasó, dónde estás y cuántas personas están heridas.
    .important = Todas las llamadas de emergencia se graban.

cmm = Llama al Centro Danés contra la Trata de Personas
    .p1 = El Centro Danés contra la Trata de Personas (en danés: Center mod Menneskehandel, CMM) es parte del Estado danés. Ayuda a personas que pueden ser víctimas de trata de personas. La línea de ayuda es la forma más fácil de hablar con el CMM.
    .action = { CALL("cmm-hotline") }
    .p2 = También puedes llamar si crees que otra persona está siendo explotada, o si solo quieres un consejo.
    .p3 = También puedes escribir a { EMAIL("cmm-hotline") }. Si quieres enviar información privada por correo electrónico, avisa primero al CMM.

first-talk = Qué pasa cuando hablas con el CMM
    .p1 = La primera conversación con el CMM es así:
    .list1 =
        - La conversación puede ser anónima. No tienes que decir quién eres.
        - Tú decides si quieres participar.
        - El CMM solo cuenta a otros lo que dices si tú estás de acuerdo.
        - Puedes traer a una persona de confianza para que te apoye.
        - Muchas veces hay un intérprete si no hablas bien danés o inglés.
    .p2 = La conversación puede ser en el CMM, en una casa de acogida, en la cárcel, en un centro de asilo o en el lugar donde te estás quedando.
    .p3 = Mientras el CMM estudia tu situación, puede darte apoyo y un lugar donde quedarte, si lo necesitas.

police-and-cmm = El CMM y la policía
    .p1 = Puedes recibir ayuda del CMM aunque no vayas a la policía.
    .important = Ten en cuenta: el CMM trabaja muy de cerca con la policía. El CMM informa a la policía sobre los casos sin dar nombres, y anima a las víctimas a contactar con la policía.

not-urgent = Cuando no es urgente
    .p1 = Llama a la policía al { CALL("police") } para denunciar un delito que no necesita a la policía enseguida, para preguntar por tu caso o para dar información a la policía.
    .action = { CALL("police") }
    .p2 = Si tu teléfono tiene una tarjeta SIM extranjera, pon el código de país de Dinamarca delante del número.
    .p3 = Estas llamadas también se graban.
