title = ¿Me están explotando?
summary = Algunas señales muestran que una persona está siendo explotada: obligada a trabajar, a vender sexo o a cometer delitos.
    Una sola señal puede no ser una prueba. Varias señales juntas son un aviso fuerte.
    Si esto se parece a tu situación, llama al CMM.

warning-signs = Señales de trabajo forzoso
    .p1 = El Centro Danés contra la Trata de Personas (CMM) da estas señales de alerta:
    .list1 =
        - Alguien te ha quitado el pasaporte o el documento de identidad.
        - Debes dinero a la persona que te trajo aquí o que te buscó el trabajo.
        - Te retienen el sueldo, o te pagan mucho menos de lo que te prometieron.
        - No tienes contrato, o el contrato está en un idioma que no entiendes.
        - Te presionaron para firmar un contrato.
        - Alguien te amenaza a ti o a tu familia.
        - No tienes el control de tu MitID o NemID, tu identificación digital danesa.
    .p2 = El CMM también da estas señales:
    .list2 =
        - Tienes que trabajar muchas horas, más de las que dice tu contrato.
        - El trabajo es malo para la salud o no es seguro.
        - Una gran parte de tu sueldo vuelve a tu empleador, o te la quitan del sueldo.
        - Vives en malas condiciones: sin intimidad, sin un baño limpio o un lugar para lavarte, o vives en tu lugar de trabajo.
        - Tu empleador dice que te despedirá sin pagarte, o que te denunciará a las autoridades, si te quejas o hablas con un sindicato como 3F.
        - Tu empleador quiere hablar por ti con las autoridades o con el banco.
        - Te vigilan, por ejemplo con el GPS de tu teléfono o con cámaras.
        - No te dejan ir al médico o al hospital cuando estás herido o enfermo.

more-signs = Otras señales de trabajo forzoso
    .p1 = La Organización Internacional del Trabajo (OIT) tiene una lista de señales de trabajo forzoso. También incluye estas:
    .list1 =
        - Te mintieron sobre el trabajo, el sueldo o el lugar.
        - No eres libre de irte, o no puedes ir adonde quieres.
        - Te mantienen lejos de otras personas.
        - Alguien te pega, te hace daño o te obliga a tener sexo.
        - Tienes que trabajar muchísimas horas.
        - El lugar donde trabajas o vives está en muy malas condiciones.
        - Alguien usa tu situación difícil en tu contra.

what-it-means = Qué significan las señales de trabajo forzoso
    .p1 = Una sola señal puede no probar que te obligan a trabajar.
    .p2 = Pero varias señales juntas indican con fuerza que es trabajo forzoso.
    .important = El CMM dice que puedes recibir ayuda para salir, y apoyo del Estado danés.

sexual-signs = Señales de explotación sexual
    .p1 = En Dinamarca, el tipo de trata de personas que más se encuentra es la explotación sexual: obligan a personas a vender sexo, por ejemplo en la prostitución.
    .p2 = No a todas las personas las encierran o les pegan. Muchas veces el control es silencioso y difícil de ver. Las organizaciones que ayudan a mujeres en la prostitución, y el Servicio de Inmigración de Dinamarca, describen señales como estas:
    .list1 =
        - No decides qué sexo vendes, a cuántos clientes ves, ni cuánto dinero te quedas.
        - El dinero va directamente a otra persona.
        - Debes una deuda grande por el viaje, el visado u otros gastos. La deuda es inventada, y puede costar años pagarla.
        - Otra persona planeó y pagó tu viaje, y quizá viajó contigo.
        - Te encierran en un piso, o te tienen en una casa lejos de otras personas.
        - Te obligaron a hacer un juramento, por ejemplo un juramento "ju-ju".
        - Alguien amenaza a tu familia en tu país.
    .p3 = HopeNow, una de estas organizaciones, dice que estas deudas muchas veces empiezan en 60.000 euros o más.

crime-signs = Señales de delitos forzados
    .p1 = También hay víctimas de trata a las que obligan a cometer delitos o a pedir limosna. El CMM y el Gobierno danés describen casos como estos:
    .list1 =
        - Alguien te obliga a robar, a entrar a robar en casas, o a llevar o vender drogas.
        - Alguien te obliga a cultivar cannabis.
        - Alguien te obliga a pedir limosna o a robar carteras.
        - Alguien usa tu nombre o tus documentos de identidad para engañar a empresas o a la oficina de impuestos.
        - Te amenazan, quizá con armas. Sabes que decir que no a la banda puede tener consecuencias graves.
        - Las personas que están detrás saben dónde vive tu familia en tu país.
        - Tienes mucho miedo de contar a alguien lo que te pasa.
    .p2 = Lee más en "Cuando te obligan a pedir limosna o a cometer delitos".

common-signs = Señales en todos los tipos de trata
    .p1 = El CMM dice que estas cosas se repiten muchas veces en los casos de trata de personas:
    .list1 =
        - Tienes muchas ganas de ganar dinero, para tener una vida mejor tú y tu familia.
        - Pareces amenazado y con miedo.
        - Sientes que no tienes otra opción, ni otra forma de pagar la deuda que debes.
        - No confías en las organizaciones que ayudan ni en las autoridades, y tienes miedo de tener contacto con ellas.
        - No sabes dónde pedir ayuda.

next-step = Qué hacer ahora
    .p1 = Llama a la línea de ayuda del CMM. Puedes hablar de tu situación sin dar tu nombre.
    .action = { CALL("cmm-hotline") }
    .p2 = ¿Crees que otra persona está siendo explotada? También puedes llamar al CMM para hablar de ella.
    .p3 = Si estás en peligro ahora, llama al { CALL("emergency") }.
