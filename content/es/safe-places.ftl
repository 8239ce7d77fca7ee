title = Un lugar seguro donde quedarte
summary = Si eres víctima de trata de personas, puedes tener un lugar seguro donde quedarte, con comidas.
    Para conseguir un lugar, empieza por llamar al CMM.

get-a-place = Cómo conseguir un lugar
    .p1 = Llama a la línea de ayuda del CMM. El CMM y tu persona de contacto buscan un lugar para ti junto con las autoridades.
    .action = { CALL("cmm-hotline") }
    .p2 = Mientras el CMM estudia tu situación, puede darte un lugar donde quedarte si lo necesitas.
    .p3 = Si no tienes derecho legal a estar en Dinamarca, la policía también puede llevarte a un centro de crisis o a otra vivienda mientras se estudia tu caso.

what-you-get = Qué tipo de lugar
    .p1 = Tienes un lugar seguro donde quedarte, con comidas.
    .p2 = Puede ser un centro de crisis, un albergue o un centro de asilo. Los menores de 18 años pueden quedarse en un hogar para niños.

staying-safe = Cómo estar a salvo
    .p1 = Tu persona de contacto del CMM estudia qué cosas podrían ponerte en peligro. Puede ayudarte con:
    .list1 =
        - consejos para estar a salvo
        - cómo mantener seguro tu teléfono
        - mudarte a otro lugar
        - el contacto con la policía

women = Lugares para mujeres
    .p1 = La organización Reden International tiene dos casas de acogida para mujeres víctimas de trata de personas, durante el período de reflexión. Las direcciones son secretas, para protegerte.
    .p2 = La casa de acogida da consejos a las mujeres que viven allí sobre cómo estar a salvo.
    .p3 = Las mujeres que también piden asilo normalmente viven en un centro de asilo. Después de estudiar tu situación, te pueden llevar a Reden International.

men = Lugares para hombres
    .p1 = Los hombres pueden quedarse en un centro de crisis para hombres, en una vivienda con apoyo, en un apartamento o en un lugar parecido. El CMM trabaja con un albergue en Copenhague.
    .p2 = Los hombres que piden asilo normalmente viven en un centro de asilo.

drop-in = Un centro abierto para mujeres en Copenhague
    .p1 = Reden International tiene Mødestedet, un centro abierto en Indre Vesterbro, Copenhague. Puedes ir sin cita. Es para mujeres extranjeras que venden sexo.
    .list1 =
        - No tienes que dar tu nombre.
        - Puedes recibir ayuda con problemas sociales, legales y de salud.
        - Puedes comer algo y descansar de la calle.
    .p2 = Pregunta en la línea de ayuda del CMM cómo encontrarlo.
