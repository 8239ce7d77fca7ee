title = Atención médica
summary = Si tienes una enfermedad muy grave o una herida grave, llama al { CALL("emergency") }.
    Las víctimas pueden recibir atención médica extra durante el período de reflexión.
    Las personas sin papeles pueden recibir ayuda gratis en las clínicas de la Cruz Roja.

emergency-care = Si tienes una enfermedad muy grave o una herida grave
    .p1 = Llama al { CALL("emergency") }. La llamada es gratis.
    .action = { CALL("emergency") }
    .p2 = Si no tienes permiso para estar en Dinamarca, el sistema público de salud solo te da atención de urgencia. El personal de salud decide qué cuenta como urgencia.

reflection-care = Atención médica durante el período de reflexión
    .p1 = Si las autoridades deciden que eres víctima de trata de personas, puedes usar un servicio de salud extra durante el período de reflexión. Incluye ayuda de un médico y ayuda de un psicólogo.
    .p2 = Tu persona de contacto del CMM puede explicarte la ayuda que puedes recibir.
    .action = { CALL("cmm-hotline") }

clinics = Clínicas gratis para personas sin papeles
    .p1 = La Cruz Roja Danesa tiene clínicas de salud gratis para personas que viven en Dinamarca sin papeles. Es decir, personas sin la tarjeta sanitaria amarilla y sin número CPR, el número de identidad personal danés.
    .p2 = Hay clínicas en Copenhague, Aarhus y Odense. Pueden ofrecer:
    .list1 =
        - tratamiento de un médico
        - vacunas para niños
        - revisiones cuando estás embarazada
        - fisioterapia
        - atención dental de urgencia
        - conversaciones con un psicólogo
    .p3 = Ayudan intérpretes voluntarios.

find-a-clinic = Cómo encontrar una clínica
    .p1 = Las direcciones de las clínicas no son públicas, para que las personas sin papeles se sientan seguras.
    .p2 = La gente las encuentra porque otras personas se lo cuentan, a través de trabajadores sociales de calle y a través de folletos.
    .p3 = Pregunta a una organización de confianza, o llama a la línea de ayuda del CMM.

outreach = Visitas de salud en salones de masaje
    .p1 = Las organizaciones AmiAmi y Reden International envían equipos de salud a salones de masaje. Ofrecen conversaciones y revisiones de salud.
    .p2 = También tienen sus propias clínicas de salud.
    .important = No todas las visitas son visitas de salud. La policía y la Agencia Tributaria danesa también visitan salones de masaje para inspeccionarlos y buscar señales de trata de personas.
