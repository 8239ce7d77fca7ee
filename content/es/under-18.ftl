title = Si tienes menos de 18 años
summary = Si tienes menos de 18 años, la ley te protege más.
    Si llegaste a Dinamarca sin tus padres, deben darte un adulto cuyo trabajo es cuidar de ti. Puede que no tengas que hablar en un juicio.
    Puedes llamar al CMM. No tienes que dar tu nombre.

law = La ley protege más a los niños
    .p1 = En Dinamarca, eres un niño hasta que cumples 18 años.
    .p2 = Es trata de personas si alguien hace que vayas con esa persona, te lleva a otro lugar, o te da un lugar para vivir, para poder usarte. Por ejemplo, para obligarte a vender sexo, a trabajar para esa persona o a cometer delitos.
    .important = Para un niño, es trata de personas aunque nadie haya usado la fuerza, las amenazas o las mentiras. Para los adultos, la ley pide una de esas cosas. Para ti, no.

representative = Un adulto de tu lado
    .p1 = Si tienes menos de 18 años, no eres danés, y estás en Dinamarca sin tus padres ni otro adulto responsable de ti, tienes un representante. Es un adulto cuyo trabajo es cuidar de lo que es mejor para ti. Solo razones muy especiales pueden impedirlo.
    .list1 =
        - Si has sido víctima de trata, hay que tenerlo en cuenta cuando se elige a tu representante.
        - Si tienes 12 años o más, normalmente alguien debe hablar contigo antes.
        - Mientras pides asilo, el representante te acompaña y vigila que se respeten tus derechos.
        - Si recibes un permiso para quedarte, un adulto cuida de lo que es mejor para ti y te acompaña a las reuniones con las autoridades, hasta que cumples 18 años.
    .p2 = Tu representante puede ser un voluntario, por ejemplo de la Cruz Roja Danesa, o alguien a quien pagan por hacerlo. Lo deciden las autoridades.
    .p3 = Cuando tienes tu primera conversación con el CMM, normalmente tu representante está contigo.
    .p4 = Para pedir un representante, o uno distinto, hay que dirigirse a la Agencia de Derecho de Familia (Familieretshuset). Pregunta al CMM cómo hacerlo.

interviews = Hablar con la policía, e ir al tribunal
    .p1 = La policía puede interrogar en vídeo a niños y jóvenes.
    .list1 =
        - Menos de 13 años: por regla general, el interrogatorio es en vídeo.
        - 13 o 14 años: un interrogatorio en vídeo siempre es posible en casos de delitos sexuales, incesto, acoso o violencia en la familia.
        - 15, 16 o 17 años: un interrogatorio en vídeo solo es posible si hay razones muy fuertes para protegerte.
    .p2 = Si te interrogaron en vídeo de esta forma, normalmente no tienes que hablar en el juicio. Un tribunal solo puede obligarte a ir en casos muy raros.
    .important = No todos los jóvenes de 15 a 17 años tienen un interrogatorio en vídeo. Pregunta al CMM o a tu representante qué es posible para ti.

where-you-stay = Dónde vas a vivir
    .list1 =
        - Si llegaste sin tus padres, no tienes papeles para quedarte y pides asilo: normalmente vives en un centro para niños del sistema de asilo. Algunos jóvenes que tienen necesidades especiales cada día viven en secciones especiales.
        - Si llegaste sin tus padres y estás en Dinamarca de forma legal: el ayuntamiento (la administración de la ciudad o la zona donde vives) te busca un lugar. Puede ser un hogar para niños o un centro de acogida. En casos raros es una familia de acogida.
    .p1 = El ayuntamiento tiene que velar por todos los niños que viven allí, con papeles o sin papeles. Por eso tiene que asegurarse de que un niño víctima de trata recibe la ayuda adecuada.

how-found = Cómo pueden darse cuenta los adultos
    .p1 = Los adultos que trabajan con niños pueden notar señales de trata:
    .list1 =
        - La Cruz Roja Danesa revisa a todos los niños que llegaron solos y viven en un centro de asilo, para ver si hay señales de trata.
        - Las señales pueden ser el lugar donde encuentran a un niño, las personas con las que está el niño o cómo se comporta el niño.
        - Una señal puede ser que un niño no sabe explicar el viaje a Dinamarca, o por qué está aquí.
    .p2 = Si el personal cree que un niño puede ser víctima de trata, llama al CMM. Entonces alguien del CMM, o de una organización que trabaja con el CMM, habla con el joven una o más veces para averiguarlo.
    .important = No todos los adultos tienen formación para ver las señales. Si algo va mal, puedes contárselo tú a alguien.

at-risk = Si los adultos te usan para cometer delitos
    .p1 = Algunos adultos o bandas usan a niños y jóvenes para robar, entrar a robar en casas, o llevar y vender drogas. Eso también puede ser trata de personas. Lee "Cuando te obligan a pedir limosna o a cometer delitos".
    .p2 = Los niños que llegaron solos y esperan la respuesta a su solicitud de asilo corren un riesgo especial de ser víctimas de trata. Han desaparecido niños de centros de asilo. La Cruz Roja y el CMM consideran que estos niños corren un riesgo especial de que los usen.

get-help = A quién puedes contárselo
    .p1 = Puedes llamar al CMM. No tienes que dar tu nombre. También puedes llamar si estás preocupado por un amigo o una amiga.
    .action = { CALL("cmm-hotline") }
    .p2 = Si vives en un centro de asilo, puedes hablar con el personal de allí, o con tu representante.
    .p3 = Si estás en peligro ahora, llama al { CALL("emergency") }.
    .p4 = La ayuda del CMM no depende de que vayas a la policía.
