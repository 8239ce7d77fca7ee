title = Problemas en el trabajo
summary = ¿Te pagan poco, trabajas demasiado o tu jefe te engaña? Tienes derechos en el trabajo en Dinamarca.
    Algunos tipos de explotación son un delito, aunque no sean trata de personas.
    Puedes pedir ayuda al CMM o a un sindicato.

rights = Tus derechos en el trabajo
    .p1 = El CMM tiene una página para trabajadores. Dice:
    .list1 =
        - Tu empleador siempre tiene que pagarte el sueldo acordado.
        - Dinamarca no tiene un sueldo mínimo fijado por ley. El sueldo se fija en acuerdos entre los sindicatos y los empleadores (convenios colectivos).
        - La ley regula la salud y la seguridad, las vacaciones, el sueldo cuando estás enfermo, la igualdad de trato y la igualdad de sueldo.
        - Si la empresa tiene un convenio colectivo, tienes los mismos derechos que tus compañeros daneses que hacen el mismo trabajo.
        - Tienes derecho a afiliarte a un sindicato, pero no estás obligado. Tu empleador no puede decirte que te afilies a un sindicato concreto.
        - Las reglas danesas sobre salud y seguridad son para todas las personas que trabajan en Dinamarca, también en un trabajo corto. Tu empleador tiene que hacer que tu trabajo sea seguro y sano.
        - Si trabajas más de 8 horas a la semana, tienes que recibir un contrato por escrito, como muy tarde un mes después de empezar.
    .p2 = Si un empleador tiene un convenio colectivo, vale para todos los trabajadores, sean miembros de un sindicato o no.
    .important = Un empleador que no es miembro de una organización de empleadores puede no estar obligado por un convenio colectivo, y puede poner sus propias condiciones. Los sindicatos dicen a los trabajadores extranjeros que lo comprueben.

crime = Cuando la explotación es un delito
    .p1 = Desde el 1 de junio de 2022, la ley danesa tiene un delito llamado "menneskeudnyttelse" (explotar a una persona). Está en el Código Penal, artículo 262 b.
    .p2 = Significa: reclutar a alguien, o darle un lugar para vivir, para que trabaje en condiciones claramente irrazonables, aprovechando sus dificultades o su dependencia. El castigo puede ser de hasta 6 años de cárcel.
    .p3 = Esto puede ser un delito aunque no sea trata de personas. La trata de personas (artículo 262 a) incluye el trabajo forzoso, y el castigo puede ser de hasta 10 años de cárcel.
    .p4 = Las reglas sobre un abogado para la víctima en un proceso penal (bistandsadvokat) también valen para este delito. Pregunta al CMM si puedes tener uno, y cómo.

forced = Cuando puede ser trabajo forzoso
    .p1 = El sindicato 3F dice que estas son señales de trabajo forzoso:
    .list1 =
        - Tu jefe te quita el documento de identidad o el pasaporte.
        - Tu jefe usa la violencia, o amenaza con usarla.
        - Tu jefe te dice que trabajes para pagar una deuda.
        - Tu jefe te paga con comida y un lugar para vivir, en lugar de dinero.
    .p2 = 3F dice a las víctimas, y a las personas que conocen a una víctima, que llamen al CMM. Para ver más señales, lee "¿Me están explotando?"
    .action = { CALL("cmm-hotline") }
    .p3 = En Dinamarca se ha encontrado trabajo forzoso en el transporte, la limpieza, la construcción, los restaurantes y el reparto de periódicos.

union = Un sindicato puede ayudarte
    .p1 = 3F dice que es el sindicato más grande de Dinamarca. Dice:
    .list1 =
        - Si recibes menos sueldo, o peores condiciones, que los trabajadores daneses, contacta con tu sindicato local.
        - En el mercado de trabajo danés es ilegal tratar a las personas de forma distinta por el lugar de donde vienen.
        - El sindicato sabe qué sueldo te corresponde, y sus expertos te ayudarán a recuperar dinero si te han engañado.
    .action = { WEB("union-3f") }
    .p2 = Si un empleador no cumple un convenio colectivo, el caso puede ir al Tribunal Laboral o a un arbitraje laboral.

inspections = La Autoridad del Entorno Laboral
    .p1 = La Autoridad Danesa del Entorno Laboral (Arbejdstilsynet) inspecciona todas las empresas que trabajan en Dinamarca, también las empresas extranjeras. Muchas veces sus visitas no se anuncian antes. También revisa que las empresas extranjeras estén inscritas en el registro danés de proveedores de servicios extranjeros (RUT).
    .p2 = No revisa tu sueldo ni tus condiciones de trabajo. Esas cosas se fijan en los convenios colectivos.
    .important = La Autoridad del Entorno Laboral, la oficina de impuestos y la policía a veces hacen inspecciones juntas en los lugares de trabajo. Entonces la policía revisa, entre otras cosas, si los trabajadores extranjeros tienen permiso para trabajar o para estar en el país. Si no tienes papeles, esta no es una forma segura ni privada de pedir ayuda. Lee "¿Sin papeles? ¿Miedo a la policía?"

get-help = Por dónde empezar
    .p1 = Llama al CMM si crees que te están explotando o que te obligan a trabajar. Puedes hablar sin dar tu nombre.
    .action = { CALL("cmm-hotline") }
    .p2 = Para preguntas sobre el sueldo y las condiciones, contacta con un sindicato, como 3F.
    .p3 = Si estás en peligro ahora, llama al { CALL("emergency") }.
