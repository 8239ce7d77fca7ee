title = Un lugar seguro donde quedarte
summary = A las víctimas de trata de personas se les ofrece un lugar seguro donde quedarse, con comidas.
    Para conseguir un lugar, empieza por llamar al CMM.
    Si no tienes derecho legal a estar aquí, la policía también puede decidir dónde te quedas.

get-a-place = Cómo conseguir un lugar
    .p1 = Llama a la línea de ayuda del CMM. Los lugares se organizan a través del CMM, de tu persona de contacto del CMM y de las autoridades.
    .action = { CALL("cmm-hotline") }
    .p2 = Mientras el CMM estudia tu situación, puede ofrecerte un lugar donde quedarte si lo necesitas.

what-you-get = Qué tipo de lugar
    .p1 = A las víctimas se les ofrece un lugar seguro donde quedarse, con comidas.
    .p2 = Puede ser un centro de crisis, un albergue o un centro de asilo. Los menores de 18 años pueden quedarse en un hogar para niños.

police-placement = Si la policía decide dónde te quedas
    .p1 = Si es posible que seas víctima y no tienes derecho legal a estar en Dinamarca, la policía puede llevarte a un centro de crisis o a otra vivienda mientras se estudia tu caso.
    .p2 = Es una decisión de la policía según la Ley de Extranjería (§ 34(1)(3)), la ley sobre los extranjeros. No es lo mismo que un lugar que te ofrece el CMM.
    .important = Ten en cuenta: en Dinamarca, algunas personas que podían ser víctimas han sido encerradas (detenidas) mientras se revisaban su caso o sus papeles. Algunas personas consideradas víctimas han sido expulsadas de Dinamarca de todos modos. Pregunta al CMM o a un abogado qué significa esto para ti.

staying-safe = Cómo estar a salvo
    .p1 = Tu persona de contacto del CMM estudia qué cosas podrían ponerte en peligro. Puede ayudarte con:
    .list1 =
        - consejos para estar a salvo
        - cómo mantener seguro tu teléfono
        - mudarte a otro lugar
        - el contacto con la policía

women = Lugares para mujeres
    .p1 = La organización Reden International tiene dos casas de acogida para mujeres que son víctimas de trata de personas y están en el período de reflexión. Las direcciones son secretas, para proteger a las mujeres. El Estado paga las casas de acogida.
    .p2 = La casa de acogida da consejos a las mujeres que viven allí sobre cómo estar a salvo.
    .p3 = Las mujeres que también piden asilo normalmente viven en un centro de asilo. Después de estudiar su situación, pueden alojarlas en Reden International.

men = Lugares para hombres
    .p1 = Los hombres pueden quedarse en un centro de crisis para hombres, en una vivienda con apoyo, en un apartamento o en un lugar parecido. El CMM trabaja con un albergue en Copenhague.
    .p2 = Los hombres que piden asilo normalmente viven en un centro de asilo.

drop-in = Un centro abierto para mujeres en Copenhague
    .p1 = Reden International tiene Mødestedet, un centro abierto en Indre Vesterbro, Copenhague. Es para mujeres extranjeras que venden sexo.
    .list1 =
        - No tienes que dar tu nombre.
        - Puedes recibir ayuda con problemas sociales, legales y de salud.
        - Puedes comer algo y descansar de la calle.
    .p2 = Pregunta en la línea de ayuda del CMM cómo encontrarlo.
