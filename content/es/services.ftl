emergency = Número de emergencias
    .description = Para peligro de muerte, delitos graves, incendios, o enfermedades o heridas que ponen la vida en peligro. La llamada es gratis, aunque tu teléfono no tenga saldo. Todas las llamadas se graban.

police = Policía (no urgente)
    .description = Para cosas que no son urgentes: denunciar un delito que no necesita a la policía enseguida, preguntar por tu caso o dar información a la policía. Las llamadas se graban.

cmm-hotline = Centro Danés contra la Trata de Personas (CMM)
    .description = El centro nacional que ayuda a personas que pueden ser víctimas de trata de personas. Decide si las personas que están en Dinamarca de forma legal son víctimas. Da a cada víctima una persona de contacto y organiza un lugar seguro donde quedarse, apoyo y ayuda para volver a casa. El CMM trabaja muy de cerca con la policía: informa a la policía sobre los casos sin dar nombres. No está confirmado si llamar a la línea de ayuda es gratis, ni en qué horario está abierta.

reden-international = Reden International
    .description = Una organización que tiene dos casas de acogida para mujeres víctimas de trata de personas. Las direcciones son secretas. También tiene Mødestedet, un centro abierto en Copenhague para mujeres extranjeras que venden sexo, y ofrece ayuda de salud.
    .access = Contacta con ellos a través de la línea de ayuda del CMM.

hopenow = HopeNow
    .description = Una organización que ayuda a personas que han sido víctimas de trata. Da consejos, terapia y orientación legal, y puede acompañarte al tribunal, a la policía, a los abogados y a los hospitales. También trabaja con hombres.
    .access = Visita su página web o pregunta en la línea de ayuda del CMM.

amiami = AmiAmi
    .description = Una organización que visita a mujeres y personas trans que venden sexo, y ofrece conversaciones y revisiones de salud.
    .access = No hay datos de contacto confirmados. Pregunta en la línea de ayuda del CMM.

red-cross-clinic = Clínica de Salud de la Cruz Roja
    .description = Atención médica gratis para personas sin papeles, en Copenhague, Aarhus y Odense. Las direcciones no son públicas, para proteger a las personas.
    .access = Pregunta a una organización o a un trabajador social de calle de confianza, o a la línea de ayuda del CMM.

red-cross-asylum = Cruz Roja Danesa en los centros de asilo
    .description = Revisa a todos los niños que llegaron solos a Dinamarca y viven en un centro de asilo, para ver si hay señales de trata de personas.
    .access = Pregunta al personal de tu centro de asilo.

danish-refugee-council = Consejo Danés para Refugiados (Dansk Flygtningehjælp)
    .description = Ayuda a las personas que vuelven a casa con un retorno preparado, junto con organizaciones socias en su país.
    .access = Tu persona de contacto del CMM lo organiza contigo.

return-agency = Agencia Danesa de Retorno (Hjemrejsestyrelsen)
    .description = Organiza el viaje a casa en un retorno preparado: documentos de viaje, billetes y ayuda en los aeropuertos.
    .access = Tu persona de contacto del CMM lo organiza contigo.

compensation-board = Junta de Indemnización a Víctimas de Delitos (Erstatningsnævnet)
    .description = Decide sobre el dinero del Estado para personas que sufrieron daño por un delito. La solicitud se hace a través de la policía.
    .access = Haz la solicitud a través de la policía. Un abogado para víctimas puede ayudarte con tu petición en el juicio.

prosecution-service = Fiscalía (Anklagemyndigheden)
    .description = Los fiscales públicos de Dinamarca. Su página web explica cómo se puede proteger a los testigos en el tribunal.
    .access = Pregunta a tu abogado o a la policía.

union-3f = 3F (Federación Unida de Trabajadores Daneses)
    .description = Un sindicato. Dice que es el más grande de Dinamarca, que sabe qué sueldo te corresponde, y que te ayuda a recuperar dinero si tu empleador te engañó. Dice a las víctimas de trabajo forzoso que llamen al CMM.
    .access = Contacta con la sección local de 3F.

working-environment-authority = Autoridad Danesa del Entorno Laboral (Arbejdstilsynet)
    .description = Inspecciona todas las empresas que trabajan en Dinamarca, también las empresas extranjeras. No revisa los sueldos. Algunas inspecciones se hacen junto con la oficina de impuestos y la policía, y entonces la policía revisa los permisos de trabajo y de residencia.
    .access = Esta aplicación no tiene datos de contacto. Pregunta al CMM o a un sindicato.
