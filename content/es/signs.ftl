title = ¿Me están explotando?
summary = Algunas señales muestran que una persona está siendo explotada u obligada a trabajar.
    Una sola señal puede no ser una prueba. Varias señales juntas son un aviso fuerte.
    Si esto se parece a tu situación, llama al CMM.

warning-signs = Señales de alerta
    .p1 = El Centro Danés contra la Trata de Personas (CMM) da estas señales de alerta:
    .list1 =
        - Alguien te ha quitado el pasaporte o el documento de identidad.
        - Debes dinero a la persona que te trajo aquí o que te buscó el trabajo.
        - Te retienen el sueldo, o te pagan mucho menos de lo que te prometieron.
        - No tienes contrato, o el contrato está en un idioma que no entiendes.
        - Alguien te amenaza a ti o a tu familia.
        - No tienes el control de tu MitID o NemID, tu identificación digital danesa.

more-signs = Otras señales de trabajo forzoso
    .p1 = La Organización Internacional del Trabajo (OIT) da más señales:
    .list1 =
        - Te mintieron sobre el trabajo, el sueldo o el lugar.
        - No eres libre de irte, o no puedes ir adonde quieres.
        - Te mantienen lejos de otras personas.
        - Alguien te pega, te hace daño o te obliga a tener sexo.
        - Tienes que trabajar muchísimas horas.
        - El lugar donde trabajas o vives está en muy malas condiciones.
        - Alguien usa tu situación difícil en tu contra.

what-it-means = Qué significan las señales
    .p1 = Una sola señal puede no probar que te obligan a trabajar.
    .p2 = Pero varias señales juntas indican con fuerza que es trabajo forzoso.
    .important = Puedes recibir ayuda para salir, y apoyo del Estado danés.

next-step = Qué hacer ahora
    .p1 = Llama a la línea de ayuda del CMM. Puedes hablar de tu situación sin dar tu nombre.
    .action = { CALL("cmm-hotline") }
    .p2 = ¿Crees que otra persona está siendo explotada? También puedes llamar al CMM para hablar de ella.
    .p3 = Si estás en peligro ahora, llama al { CALL("emergency") }.
