title = ¿Sin papeles? ¿Miedo a la policía?
summary = Puede que tengas miedo de que te encierren o te manden a tu país si pides ayuda.
    Esta página te dice con sinceridad lo que puede pasar. Nadie puede prometerte que es seguro.
    Puedes llamar primero al CMM sin dar tu nombre.

honest-answer = ¿Me pueden encerrar o mandar a mi país?
    .p1 = Sí, puede pasar. No te vamos a decir que no puede pasar.
    .list1 =
        - El Instituto Danés de Derechos Humanos escribió que, para las personas sin derecho a estar en el país o con un derecho limitado, el contacto con las autoridades muy probablemente lleva a que las registren, las encierren (detención) y las expulsen de Dinamarca.
        - Informes de Estados Unidos dicen que se encerró a víctimas mientras se revisaban sus papeles (2017), y que las autoridades podían retener a posibles víctimas durante 72 horas, y más tiempo si hacía falta (de 2018 a 2020).
        - En 2023 un informe de Estados Unidos dijo que Dinamarca todavía se centraba en expulsar a algunas víctimas extranjeras, en lugar de revisar si eran víctimas.
        - Una organización, Reden International, dice que vender sexo no es ilegal en Dinamarca, pero que a las mujeres extranjeras que venden sexo las detienen por trabajar sin permiso o por estar sin papeles, y muchas veces las expulsan de Dinamarca con muy poco aviso.
    .p2 = Ser víctima no siempre lo impide. En 2015, encerraron a una mujer de Nigeria para expulsarla de Dinamarca, aunque dos veces se había decidido que era víctima. Ella se había ido dos veces de Dinamarca sin aceptar la ayuda que le ofrecieron. En otro caso ese mismo año, expulsaron de Dinamarca a una mujer de Nigeria y le prohibieron volver durante dos años, aunque el CMM había decidido que era víctima.

ask-first = Puedes preguntar primero, sin dar tu nombre
    .p1 = Puedes llamar a la línea de ayuda del CMM y contar tu situación sin dar tu nombre. Puedes preguntar qué te va a pasar antes de decidir nada.
    .action = { CALL("cmm-hotline") }
    .list1 =
        - La primera conversación con el CMM es anónima, y tú decides si quieres participar.
        - El CMM dice que solo pasa tus datos a otros si tú estás de acuerdo.
        - Pero el CMM trabaja muy de cerca con la policía. Una noticia de 2025 dice que ahora el CMM informa a la policía sobre los casos, sin nombres.
    .important = Antes de dar tu nombre, pregunta al CMM: "¿Qué me va a pasar si no tengo papeles? ¿Qué van a contar a la policía o al Servicio de Inmigración?"

who-decides = Quién decide si eres víctima
    .p1 = Si no tienes papeles para estar en Dinamarca, o si pides asilo, el CMM no decide si eres víctima de trata de personas. Decide el Servicio de Inmigración de Dinamarca (Udlændingestyrelsen).
    .list1 =
        - En algunos casos decide la Agencia Danesa de Contratación Internacional e Integración (SIRI).
        - Si te están juzgando por un delito, puede decidirlo el tribunal.
        - En los casos de prostitución en los que la persona no tiene papeles, siempre se contacta con el CMM.
    .p2 = El Servicio de Inmigración ha dicho que usa información de la policía y lo que la persona le contó al CMM.
    .p3 = Una primera conversación con el CMM no te da, por sí sola, la ayuda para las víctimas.

reflection = Qué significa para ti el período de reflexión
    .p1 = Si las autoridades deciden que eres víctima y no tienes papeles, el Servicio de Inmigración puede fijar una fecha límite para que salgas de Dinamarca. Si se le pide, fija esa fecha dentro de 30 días. Estos 30 días se llaman período de reflexión. Te dan tiempo para alejarte de la explotación y recuperarte.
    .important = El período de reflexión no es un permiso para quedarte en Dinamarca. Es una fecha límite, más adelante, para salir del país.
    .list1 =
        - Si se le pide, la fecha se puede fijar más tarde o aplazar, cuando hay razones especiales, o cuando participas en la preparación de un regreso a tu país.
        - Nunca puede ser de más de 120 días.
        - Durante este tiempo te pueden ofrecer un lugar donde quedarte con comidas, un médico, un psicólogo, ayuda legal y actividades para aprender.
    .p2 = Esto viene de la Ley de Extranjería, artículo 33(14), la ley sobre los extranjeros.
    .p3 = Cómo pedir el período de reflexión, o más tiempo: pregunta al CMM.

stay = ¿Puedo quedarme en Dinamarca?
    .list1 =
        - Ser víctima de trata de personas no basta, por sí solo, para recibir un permiso para quedarte en Dinamarca. Puede ser una parte de una solicitud de asilo.
        - Hay un permiso para las personas que se necesitan para una investigación de la policía o para un juicio. Se da muy pocas veces, y no puede durar más que la investigación o el juicio.
    .p1 = Pregunta al CMM qué es posible para ti.

police-housing = Si la policía te lleva a un lugar donde quedarte
    .p1 = Si no tienes papeles, la policía puede llevarte a un centro de crisis o a otro lugar donde quedarte mientras se estudia tu caso. Lo decide la policía. Es una regla de la Ley de Extranjería, artículo 34(1)(3).
    .important = Esto no es lo mismo que un lugar seguro que tú eliges. Algunas personas que podían ser víctimas también han sido encerradas (detenidas) mientras se estudiaba su caso.

being-sent-away = Si las autoridades quieren expulsarte de Dinamarca
    .p1 = Cuando las autoridades deciden si expulsan a una persona de Dinamarca, tienen que dar una importancia especial a si las razones son consecuencia de que la persona fue víctima de trata, y a si esto habla en contra de expulsarla. Esta era la regla de la Ley de Extranjería, artículo 26 a, en 2011 y en 2015.
    .p2 = Como muestran los dos casos de arriba, esto no siempre lo impide. La regla y la forma de usarla pueden haber cambiado desde entonces. Pregunta al CMM o a un abogado.
    .p3 = Un informe de Estados Unidos de 2021 dice que las autoridades se quedaron con los pasaportes de víctimas extranjeras que colaboraban con ellas, sin su acuerdo.
    .p4 = Si te obligaron a trabajar sin permiso o a cometer un delito, lee "Cuando te obligan a pedir limosna o a cometer delitos".

get-help = Por dónde empezar
    .p1 = Empieza por la línea de ayuda del CMM. No tienes que dar tu nombre.
    .action = { CALL("cmm-hotline") }
    .p2 = Las mujeres que venden sexo pueden ir a Mødestedet, un centro abierto de Reden International en Indre Vesterbro, Copenhague. Allí no tienes que dar tu nombre. Pregunta al CMM cómo encontrarlo.
    .p3 = Si estás en peligro ahora, llama al { CALL("emergency") }.
