title = ¿Me está pasando esto?
summary = Unas preguntas sobre las señales de explotación. Responde "sí", "no" o "no estoy seguro".
intro = Cada pregunta trata de una señal. Tus respuestas se quedan en esta pantalla: no se guardan ni se envían, y desaparecen cuando sales.

documents = ¿Alguien te ha quitado el pasaporte o el documento de identidad?
debt = ¿Debes dinero a la persona que te trajo aquí o que te buscó el trabajo?
pay = ¿Te retienen el sueldo, o te pagan mucho menos de lo que te prometieron?
deceived = ¿Te mintieron sobre el trabajo, el sueldo o el lugar?
threats = ¿Alguien te amenaza a ti o a tu familia?
violence = ¿Alguien te ha pegado, te ha hecho daño o te ha obligado a tener sexo?
not-free = ¿No eres libre de irte, o de ir adonde quieres?
watched = ¿Te vigilan, por ejemplo con el GPS de tu teléfono o con cámaras?
doctor = ¿Te impiden ir al médico o al hospital cuando estás herido o enfermo?
digital-id = ¿Otra persona controla tu MitID o NemID, tu identificación digital danesa?
sex-money = ¿Otra persona decide qué sexo vendes, a cuántos clientes ves o cuánto dinero te quedas?
forced-crime = ¿Alguien te obliga a robar, a vender drogas o a pedir limosna?

result = { $count ->
    [0] No respondiste que sí a ninguna de las { $total } señales.
    [one] Respondiste que sí a una de las { $total } señales.
   *[other] Respondiste que sí a { $count } de las { $total } señales.
}
unsure = { $unsure ->
    [one] No estabas seguro de la respuesta a una pregunta.
   *[other] No estabas seguro de la respuesta a { $unsure } preguntas.
}

help = Qué significa esto
    .p1 = Esto no es un examen, y no puede decir lo que te está pasando. Una sola señal no es una prueba. Varias señales juntas son un aviso fuerte.
    .p2 = Puedes hablar de tu situación con la línea de ayuda del CMM sin dar tu nombre. También puedes llamar para hablar de otra persona.
    .action1 = { CALL("cmm-hotline") }
    .p3 = Si estás en peligro ahora, llama al número de emergencias.
    .action2 = { CALL("emergency") }
