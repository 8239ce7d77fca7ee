title = Cuando te obligan a pedir limosna o a cometer delitos
summary = Si te obligan a pedir limosna, robar, vender drogas o cometer otros delitos, puede ser trata de personas.
    Puede que tengas miedo de que te castiguen. Esta página te dice con sinceridad lo que se sabe.
    Puedes llamar al CMM sin dar tu nombre.

what-it-is = Qué son los delitos forzados
    .p1 = En Dinamarca, la ley contra la trata de personas también incluye los casos de personas a las que usan para cometer delitos.
    .p2 = Pedir limosna también puede ser trata de personas. El Gobierno danés ha nombrado la mendicidad, el robo de carteras y la venta de drogas entre las áreas donde puede haber trata de personas. También ha dicho que quería que un nuevo plan contra la trata de personas se centrara en la mendicidad y en los niños.
    .p3 = El CMM ha encontrado personas a las que obligaban a:
    .list1 =
        - robar, o entrar a robar en casas
        - llevar o vender drogas
        - cultivar cannabis
        - engañar a la oficina de impuestos mientras llevaban una tienda
    .p4 = A veces los tratantes usan el nombre y los documentos de identidad de una persona para engañar a empresas y a la oficina de impuestos. En un caso, trajeron a Dinamarca a personas pobres de Rumanía con ofertas de trabajo falsas, y usaron sus nombres para cometer fraudes. Los tratantes fueron declarados culpables de trata de personas.

who = A quién le pasa
    .p1 = El CMM describe un grupo de chicos y hombres jóvenes del norte de África. Las bandas los usan para robar, entrar a robar en casas, y llevar y vender drogas.
    .list1 =
        - A algunos les hicieron daño, abusaron de ellos sexualmente o los amenazaron, también con armas.
        - Saben que decir que no a la banda puede tener consecuencias graves.
        - Puede que la banda sepa dónde vive su familia en su país.
        - Muchos llegaron solos a Dinamarca cuando eran niños y pidieron asilo.
    .p2 = También se puede usar a hombres. Por ejemplo, a hombres de Vietnam los han usado para cultivar cannabis.

punished = ¿Me castigarán por lo que me obligaron a hacer?
    .p1 = No podemos prometerte que no te castigarán. Esto es lo que se sabe:
    .list1 =
        - Informes de Estados Unidos de 2021 y 2022 dicen que la ley danesa no tenía una regla clara que protegiera a las víctimas del castigo por delitos que las obligaron a cometer.
        - Los mismos informes dicen que algunas autoridades llevaron a juicio a víctimas por esos delitos, también a niños.
        - En 2024 el CMM dijo que a los chicos del norte de África a los que obligan a cometer delitos muchas veces no se les ve como víctimas. En cambio, los mandan a la cárcel y los expulsan de Dinamarca.
        - Los fiscales pueden retirar la acusación por delitos menos graves que una víctima cometió como parte de la trata. Entonces la víctima también puede evitar que la expulsen del país.
        - Si te están juzgando por un delito, el tribunal puede decidir que eres víctima de trata de personas.
    .important = Solo se puede retirar la acusación si se sabe que fuiste víctima de trata. Cuenta a tu abogado y a las autoridades lo que te pasó.
    .p2 = Si te acusan de un delito, tienes derecho a un abogado defensor.
    .p3 = Puede que te retengan (que te detengan). Informes de Estados Unidos de 2018 a 2020 dicen que las autoridades podían retener a posibles víctimas durante 72 horas, y más tiempo si hacía falta.
    .p4 = Las reglas pueden haber cambiado desde estos informes. También hay instrucciones para los fiscales sobre las acusaciones contra víctimas, y esta aplicación no sabe qué dicen hoy. Pregunta al CMM o a un abogado cuáles son las reglas ahora.

afraid = Si tienes miedo de contarlo
    .p1 = Muchas personas en esta situación tienen mucho miedo de contar su historia, por las amenazas de la banda.
    .p2 = Una organización, HopeNow, dice que a muchas posibles víctimas las tratan como delincuentes y las tienen en la cárcel hasta que se decide que son víctimas. Por eso muchas evitan a la policía.
    .p3 = Puedes llamar primero al CMM y hacer preguntas sin dar tu nombre. La ayuda del CMM no depende de que vayas a la policía.
    .action = { CALL("cmm-hotline") }

get-help = Dónde pedir ayuda
    .p1 = HopeNow también trabaja con hombres a los que usaron para cometer delitos.
    .action = { WEB("hopenow") }
    .p2 = Si tienes menos de 18 años, lee "Si tienes menos de 18 años".
    .p3 = Si estás en peligro ahora, llama al { CALL("emergency") }.
