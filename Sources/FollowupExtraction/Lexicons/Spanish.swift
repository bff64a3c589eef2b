extension Lexicon {
    /// Spanish (Spain and Latin America). Keys are NFKC_Casefold forms; accents stay ("miércoles").
    ///
    /// Spanish drops the subject pronoun ("Enviaré la propuesta", "Revisamos el contrato"): commitments
    /// are found through future forms (`-ré` first person, `-rá`/`-rán` third person), the periphrastic
    /// "va a"/"vamos a", and phrases ("se encarga de", "queda en"). Infinitives end in -ar, -er, -ir,
    /// so a to-do line that opens with one ("Enviar la propuesta – Marta") is a task.
    /// "el próximo viernes" is the first Friday after the meeting (`.firstAfter`).
    public static let spanish: Lexicon = {
        var lexicon = Lexicon(
        code: "es",
        icuLocale: "es",
        script: "Latn",
        // Frequent in Spanish, rare in English, French and German ("de", "la", "que" are shared with French).
        stopWords: spanishStopWords,
        weekdays: [
            "lunes": 1, "lun": 1, "martes": 2, "miércoles": 3, "miercoles": 3, "mié": 3, "mie": 3, "jueves": 4,
            "jue": 4, "viernes": 5, "vie": 5, "sábado": 6, "sabado": 6, "sáb": 6, "sab": 6, "domingo": 7, "dom": 7,
        ],
        months: spanishMonths,
        relativeDays: [
            "hoy": .offset(0), "hoy mismo": .offset(0), "el mismo día": .offset(0), "esta tarde": .offset(0),
            "esta noche": .offset(0), "esta mañana": .offset(0), "hoy por la tarde": .offset(0),
            "fin del día": .offset(0), "final del día": .offset(0), "eod": .offset(0),
            "mañana": .offset(1), "mañana a primera hora": .offset(1), "mañana por la mañana": .offset(1), "mañana por la tarde": .offset(1),
            "mañana temprano": .offset(1), "pasado mañana": .offset(2), "ayer": .offset(-1), "anteayer": .offset(-2),
            "antier": .offset(-2), "antes de ayer": .offset(-2), "el día siguiente": .offset(1), "al día siguiente": .offset(1),
            "el día después de mañana": .offset(2), "el dia despues de mañana": .offset(2), "día después de mañana": .offset(2),
            "el próximo día": .offset(1), "el proximo dia": .offset(1), "el próximo dia": .offset(1), "el proximo día": .offset(1),
            "anoche": .offset(-1), "por la mañana": .offset(0), "por la tarde": .offset(0), "por la noche": .offset(0),
            "fin de día": .offset(0), "fin de dia": .offset(0), "al final del día": .offset(0), "el día de hoy": .offset(0),
            "la siguiente semana": .nextWeek, "siguiente semana": .nextWeek, "la proxima semana": .nextWeek,
            "proxima semana": .nextWeek, "el proximo mes": .nextMonth, "proximo mes": .nextMonth,
            "esta semana": .endOfWeek, "fin de semana": .endOfWeek, "final de semana": .endOfWeek,
            "finales de semana": .endOfWeek, "final de la semana": .endOfWeek, "finales de la semana": .endOfWeek,
            "fin de esta semana": .endOfWeek, "finales de esta semana": .endOfWeek, "eow": .endOfWeek,
            "finales de la próxima semana": .endOfNextWeek, "fin de la próxima semana": .endOfNextWeek,
            "final de la próxima semana": .endOfNextWeek, "finales de la semana que viene": .endOfNextWeek,
            "mediados de la próxima semana": .midNextWeek, "mediados de la semana que viene": .midNextWeek,
            "la próxima semana": .nextWeek, "próxima semana": .nextWeek, "la semana que viene": .nextWeek,
            "semana que viene": .nextWeek, "la semana próxima": .nextWeek, "semana próxima": .nextWeek,
            "la semana siguiente": .weekAfterThat, "principios de la próxima semana": .nextWeek,
            "inicios de la próxima semana": .nextWeek,
            "fin de mes": .endOfMonth, "final de mes": .endOfMonth, "finales de mes": .endOfMonth,
            "fin del mes": .endOfMonth, "final del mes": .endOfMonth, "finales del mes": .endOfMonth,
            "fin de este mes": .endOfMonth, "finales de este mes": .endOfMonth, "este mes": .endOfMonth,
            "fin del próximo mes": .endOfNextMonth, "finales del próximo mes": .endOfNextMonth,
            "finales del mes que viene": .endOfNextMonth, "mediados de mes": .midMonth, "mediados del mes": .midMonth, "mitad de mes": .midMonth,
            "mitad del mes": .midMonth, "mediados del mes que viene": .midNextMonth, "mediados del próximo mes": .midNextMonth,
            "el próximo mes": .nextMonth, "próximo mes": .nextMonth, "el mes que viene": .nextMonth,
            "mes que viene": .nextMonth, "el mes próximo": .nextMonth, "principios del próximo mes": .nextMonth,
            "fin de trimestre": .endOfQuarter, "fin del trimestre": .endOfQuarter, "final del trimestre": .endOfQuarter,
            "finales del trimestre": .endOfQuarter, "cierre del trimestre": .endOfQuarter,
            "fin de año": .endOfYear, "fin del año": .endOfYear, "final de año": .endOfYear, "finales de año": .endOfYear,
            "finales del año": .endOfYear, "final del año": .endOfYear, "cierre del año": .endOfYear,
        ],
        nextWords: ["próximo", "próxima", "proximo", "proxima"],
        nextWeekdayMeaning: .firstAfter,
        nextWordsAfter: ["próximo", "próxima", "proximo", "proxima", "siguiente", "viene", "que viene"],
        lastWords: ["pasado", "pasada", "último", "última", "ultimo", "ultima"],
        pastMarkers: [
            "ya", "ayer", "anteayer", "envió", "enviaron", "mandó", "mandaron", "revisó", "revisaron", "firmó",
            "firmaron", "pagó", "pagaron", "habló", "hablamos", "hablaron", "dijo", "dijeron", "comentó", "presentó",
            "preparó", "terminó", "acordamos", "acordaron", "decidimos", "decidieron", "fue", "fueron", "era", "eran",
            "estuvo", "tuvimos", "hubo", "había", "pasado", "pasada", "hace", "envié", "mandé", "llamé", "hablé",
            "enviado", "mandado", "revisado", "firmado", "pagado", "terminado", "hecho", "compartió", "reunimos",
        ],
        inWords: ["en", "dentro"],
        // "dentro de 3 días": the rule reads the unit right after the within-word, so "de" stands in.
        withinWords: ["dentro", "de", "plazo"],
        durationUnits: [
            "día": .days(1), "días": .days(1), "dia": .days(1), "dias": .days(1), "semana": .days(7),
            "semanas": .days(7), "quincena": .days(15), "quincenas": .days(15), "mes": .months(1), "meses": .months(1),
            "año": .months(12), "años": .months(12), "trimestre": .months(3), "trimestres": .months(3),
            "hora": .seconds(3_600), "horas": .seconds(3_600), "minuto": .seconds(60), "minutos": .seconds(60),
            "min": .seconds(60), "segundo": .seconds(1), "segundos": .seconds(1),
        ],
        durationDirections: ["después": 1, "más tarde": 1, "a partir de hoy": 1, "a partir de ahora": 1, "atrás": -1],
        amountRoles: [
            "rechaza": "rejected", "se rechaza": "rejected", "rechazan": "rejected", "rechazó": "rejected", "rechazaron": "rejected", "rechazados": "rejected", "rechazadas": "rejected", "se rechazó": "rejected",
            "litigio": "background", "demanda judicial": "background", "provisionar": "background",
            "objetivo": "budget", "meta": "budget",
            "→ no": "rejected", "→ rechazado": "rejected", "pedí": "requested", "le pedí": "requested", "pedimos": "requested", "pidió": "requested", "pidieron": "requested", "mencioné": "background", "les mencioné": "background", "le mencioné": "background", "comenté": "background", "competencia": "background",
            "gastado": "background", "gastados": "background", "consumido": "background", "pagan": "background",
            "otra empresa": "background", "la competencia": "background", "competidor": "background",
            "más de lo previsto": "rejected", "por encima del presupuesto": "rejected", "demasiado": "rejected",
            "demasiado caro": "rejected", "muy caro": "rejected", "rechazamos": "rejected", "rechazado": "rejected",
            "rechazada": "rejected", "descartamos": "rejected", "descartado": "rejected", "en lugar de": "rejected",
            "en vez de": "rejected", "estimación": "budget", "estimado": "budget", "aproximadamente": "budget",
            "presupuesto": "budget", "techo": "budget", "máximo": "budget", "como máximo": "budget", "tope": "budget", "límite": "budget",
            "pagamos": "background", "pagaban": "background", "pagábamos": "background", "actualmente": "background",
            "actual": "background", "hoy pagan": "background", "hasta ahora": "background", "el año pasado": "background",
            "año pasado": "background", "facturación": "background", "facturamos": "background", "ventas": "background",
            "ingresos": "background", "perdimos": "background", "pérdida": "background", "ya": "background",
            "acordamos": "agreed", "acordado": "agreed", "acordada": "agreed", "se acordó": "agreed",
            "aprobado": "agreed", "aprobada": "agreed", "se aprobó": "agreed", "aprobamos": "agreed",
            "aceptamos": "agreed", "aceptado": "agreed", "aceptan": "agreed", "firmado": "agreed", "cerramos": "agreed",
            "cerrado": "agreed", "confirmado": "agreed", "decidimos": "agreed", "quedamos en": "agreed",
            "piden": "requested", "pide": "requested", "solicitan": "requested", "solicita": "requested", "pedía": "requested",
            "pedían": "requested", "solicitaba": "requested",
            "quieren": "requested", "quiere": "requested", "exigen": "requested", "esperan": "requested",
            "ofrece": "offered", "ofrecen": "offered", "ofrecemos": "offered", "oferta": "offered",
            "propuesta": "offered", "propone": "offered", "proponen": "offered", "cotización": "offered",
            "cotiza": "offered", "cuesta": "offered", "cuestan": "offered", "costaría": "offered", "precio": "offered",
            "no aprobado": "rejected", "no se aprobó": "rejected", "no aprobamos": "rejected", "no aceptamos": "rejected",
        ],
        contrastWords: ["pero", "aunque", "sino", "mientras"],
        anchorDirections: ["después": 1, "despues": 1, "tras": 1, "antes": -1],
        businessWords: ["hábiles", "habiles", "laborables", "laborales"],
        numberWords: [
            "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
            "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
            "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "treinta": 30,
            "veintiuno": 21, "veintidós": 22, "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
            "par": 2,
        ],
        ordinalSuffixes: ["º", "°", "ª", "o", "ro", "er"],
        deadlineWords: [
            "antes", "antes de", "antes del", "para", "para el", "hasta", "hasta el", "a más tardar", "como tarde",
            "como muy tarde", "fecha límite", "plazo", "vence", "vence el", "a más tardar el", "no más tarde de",
            "límite",
        ],
        dayFirst: true,
        amWords: ["am", "a.m", "a.m."],
        pmWords: ["pm", "p.m", "p.m."],
        namedTimes: ["mediodía": (12, 0), "medianoche": (0, 0), "mediodia": (12, 0)],
        atWords: ["a", "las", "la", "sobre", "hacia"],
        morningWords: ["mañana", "madrugada"],
        eveningWords: ["tarde", "noche"],
        currencies: [
            "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "$": "USD", "us$": "USD", "usd": "USD",
            "dólar": "USD", "dólares": "USD", "dolar": "USD", "dolares": "USD", "mxn": "MXN", "cop": "COP",
            "ars": "ARS", "clp": "CLP", "pen": "PEN", "soles": "PEN", "sol": "PEN", "uyu": "UYU", "pesos": "MXN",
            "peso": "MXN", "£": "GBP", "gbp": "GBP", "libras": "GBP", "libra": "GBP", "chf": "CHF", "francos": "CHF",
            "gtq": "GTQ", "quetzales": "GTQ", "brl": "BRL", "reales": "BRL", "c$": "CAD", "cad": "CAD", "jpy": "JPY",
            "yenes": "JPY", "¥": "JPY", "cny": "CNY", "yuanes": "CNY", "bolívares": "VES", "ves": "VES",
            "rub": "RUB", "rublos": "RUB", "₽": "RUB", "u$d": "USD", "u$s": "USD", "hkd": "HKD", "aud": "AUD",
            "inr": "INR", "rupias": "INR", "dollars": "USD", "dollar": "USD",
        ],
        magnitudes: [
            "mil": 1e3, "k": 1e3, "millón": 1e6, "millones": 1e6, "millon": 1e6, "mm": 1e6, "mill": 1e6,
            "billón": 1e12, "billones": 1e12, "mil millones": 1e9, "millardo": 1e9, "millardos": 1e9, "cien": 1e2,
        ],
        periods: [
            "hitos": "one-time", "por hitos": "one-time", "a la firma": "one-time",
            // A credit note is paid once.
            "un abono": "one-time", "nota de crédito": "one-time",
            // A rate per hour, per event or per unit: no period of the contract, and no question about one.
            "por hora": "rate", "la hora": "rate", "/hora": "rate", "/ hora": "rate", "/h": "rate", "por evento": "rate", "por visita": "rate", "por servicio": "rate", "por caja": "rate", "por unidad": "rate", "la unidad": "rate", "por kilo": "rate", "el kilo": "rate",
            "al mes": "month", "por mes": "month", "mensual": "month", "mensuales": "month", "mensualmente": "month",
            "cada mes": "month", "/mes": "month", "/ mes": "month", "al mes más iva": "month", "mensualidad": "month",
            "al trimestre": "quarter", "por trimestre": "quarter", "trimestral": "quarter", "trimestrales": "quarter",
            "cada trimestre": "quarter", "/trimestre": "quarter",
            "al año": "year", "para el año": "year", "para todo el año": "year", "por año": "year", "anual": "year", "anuales": "year", "anualmente": "year",
            "cada año": "year", "/año": "year", "/ año": "year", "por ejercicio": "year",
            "a la semana": "week", "por semana": "week", "semanal": "week", "semanales": "week", "/semana": "week",
            "al día": "day", "por día": "day", "diario": "day", "diarios": "day", "/día": "day", "por jornada": "day",
            "pago único": "one-time", "único": "one-time", "única": "one-time", "pago unico": "one-time", "unico": "one-time", "unica": "one-time", "una sola vez": "one-time",
            "una vez": "one-time", "de una vez": "one-time", "puntual": "one-time", "anticipo": "one-time",
            "de entrada": "one-time", "en total": "one-time", "cuota de alta": "one-time", "alta": "one-time",
            "implementación": "one-time", "de implementación": "one-time", "por la implantación": "one-time", "coste único": "one-time", "costo único": "one-time",
            "por única vez": "one-time", "un solo pago": "one-time", "en un solo pago": "one-time", "precio cerrado": "one-time", "a precio cerrado": "one-time", "one-off": "one-time",
            // English said in a Spanish meeting.
            "per month": "month", "a month": "month", "per year": "year", "a year": "year", "one-time": "one-time",
        ],
        moneyWords: [
            "presupuesto", "precio", "precios", "costo", "costos", "coste", "costes", "cuota", "tarifa", "tarifas",
            "importe", "monto", "suma", "factura", "oferta", "propuesta", "descuento", "salario", "sueldo",
            "honorarios", "pago", "pagos", "anticipo", "alquiler", "licencia", "licencias", "inversión", "gasto",
            "gastos", "total", "valor", "cotización", "comisión", "bono", "financiación", "financiamiento",
            "facturación", "ingresos", "ventas", "pagar", "cuesta", "vale",
        ],
        decimalComma: true,
        firstPerson: ["yo"],
        firstPersonPlural: ["nosotros", "nosotras"],
        secondPerson: ["tú", "tu", "usted", "ustedes", "vosotros", "vosotras"],
        weOwner: "nosotros",
        commitmentMarkers: ["debe", "deben", "enviará", "tendrá", "podrá"],
        commitmentPhrases: [
            "va a", "van a", "tiene que", "tienen que", "debe", "deben", "se encarga de", "se encargan de",
            "se encargará de", "se ocupa de", "se ocupará de", "se compromete a", "se comprometió a",
            "se comprometen a", "queda en", "quedó en", "queda encargado de", "queda encargada de", "es responsable de",
            "será responsable de", "asume", "va a encargarse de", "tiene pendiente", "queda pendiente de",
            "ha quedado en", "va a ser responsable de",
        ],
        requestPhrases: [
            "puedes", "podrías", "puede", "podría", "pueden", "podrían", "por favor", "¿puedes", "¿podrías",
            "¿puede", "¿podría", "me puedes", "nos puedes", "me podrías", "nos podrías", "te pido que", "podés",
            "nos podés", "me podés", "le pido", "te encargo", "te encargo que", "les pido que", "pueden",
            "le pido que", "necesito que", "necesitamos que", "hazme el favor de", "acuérdate de", "recuerda",
        ],
        selfCommitmentPhrases: [
            "yo me encargo de", "me encargo de", "me encargo yo de", "yo me ocupo de", "me ocupo de", "voy a",
            "yo voy a", "yo le", "yo te", "me comprometo a", "déjame", "dejadme", "yo lo", "yo la", "lo hago yo",
            "me apunto", "yo me apunto a", "quedo en", "me toca", "yo envío", "yo mando", "yo preparo", "yo reviso",
            "tengo que", "yo tengo que", "yo les", "yo me", "me encargo yo de", "lo tengo para",
        ],
        taskVerbs: [
            "enviar", "mandar", "remitir", "reenviar", "revisar", "preparar", "actualizar", "confirmar", "llamar",
            "contactar", "agendar", "programar", "organizar", "coordinar", "reservar", "comprar", "pagar", "firmar",
            "redactar", "escribir", "compartir", "subir", "cargar", "publicar", "lanzar", "terminar", "cerrar",
            "negociar", "cotizar", "presupuestar", "calcular", "analizar", "evaluar", "validar", "aprobar",
            "verificar", "comprobar", "probar", "testear", "corregir", "arreglar", "resolver", "configurar",
            "instalar", "migrar", "documentar", "investigar", "averiguar", "consultar", "preguntar", "pedir",
            "solicitar", "gestionar", "tramitar", "entregar", "presentar", "diseñar", "definir", "elaborar",
            "crear", "hacer", "montar", "armar", "buscar", "contratar", "entrevistar", "convocar", "invitar",
            "avisar", "informar", "comunicar", "notificar", "recordar", "hablar", "reunirse", "incluir", "añadir",
            "agregar", "ajustar", "modificar", "cambiar", "completar", "rellenar", "llenar", "facturar", "cobrar",
            "transferir", "abonar", "renovar", "cancelar", "mover", "traducir", "resumir", "planificar", "planear",
            "proponer", "mandarle", "enviarle", "enviarles", "mandarles", "llamarle", "escribirle", "pasar",
            "pasarle", "encargarse", "ocuparse", "conseguir", "obtener", "recoger", "imprimir", "limpiar",
            "priorizar", "estimar", "medir", "hacerle", "dar", "darle", "cerrarlo", "enviarlo", "enviarla",
            "revisarlo", "revisarla", "prepararlo", "prepararla", "mandarlo", "mandarla", "confirmarlo",
            // Imperatives that open a request or a note ("Envía el contrato", "Revisa la propuesta").
            "envía", "envíame", "envíanos", "manda", "mándame", "revisa", "prepara", "confirma", "llama", "agenda",
            "actualiza", "comparte", "sube", "avisa", "avísame", "pásame", "pasa",
        ],
        firstPersonFutureVerbs: [
            "enviaré", "mandaré", "revisaré", "prepararé", "actualizaré", "confirmaré", "llamaré", "contactaré",
            "agendaré", "programaré", "organizaré", "coordinaré", "reservaré", "compraré", "pagaré", "firmaré",
            "redactaré", "escribiré", "compartiré", "subiré", "publicaré", "terminaré", "cerraré", "negociaré",
            "calcularé", "analizaré", "validaré", "verificaré", "comprobaré", "probaré", "corregiré", "arreglaré",
            "configuraré", "instalaré", "documentaré", "investigaré", "averiguaré", "consultaré", "preguntaré",
            "pediré", "solicitaré", "gestionaré", "entregaré", "presentaré", "diseñaré", "definiré", "elaboraré",
            "crearé", "haré", "buscaré", "avisaré", "informaré", "hablaré", "pasaré", "daré", "traeré",
            "enviaremos", "mandaremos", "revisaremos", "prepararemos", "actualizaremos", "confirmaremos",
            "llamaremos", "organizaremos", "haremos", "presentaremos", "entregaremos", "pagaremos", "firmaremos",
            "compartiremos", "definiremos", "cerraremos", "lanzaremos", "publicaremos",
            // The present said as a promise ("Yo les mando las muestras el lunes").
            "mando", "envío", "preparo", "pido", "reviso", "actualizo", "llamo", "confirmo", "agendo", "organizo",
            "redacto", "comparto", "escribo", "busco", "averiguo", "consulto", "gestiono", "coordino", "reservo",
            "contacto", "aviso", "subo", "cierro", "armo", "traigo", "reenvío", "chequeo", "verifico", "paso",
            "corrijo", "arreglo", "calculo", "negocio", "programo", "hablo",
        ],
        thirdPersonFutureVerbs: [
            "enviará", "mandará", "revisará", "preparará", "actualizará", "confirmará", "llamará", "contactará",
            "agendará", "programará", "organizará", "coordinará", "reservará", "comprará", "pagará", "firmará",
            "redactará", "escribirá", "compartirá", "subirá", "publicará", "terminará", "cerrará", "negociará",
            "calculará", "analizará", "validará", "verificará", "comprobará", "probará", "corregirá", "arreglará",
            "configurará", "instalará", "documentará", "investigará", "averiguará", "consultará", "preguntará",
            "pedirá", "solicitará", "gestionará", "entregará", "presentará", "diseñará", "definirá", "elaborará",
            "creará", "hará", "buscará", "avisará", "informará", "hablará", "pasará", "dará", "traerá",
            "enviarán", "mandarán", "revisarán", "prepararán", "harán", "presentarán", "entregarán", "confirmarán",
            // Present tense in notes: "Marta envía la propuesta el viernes".
            "envía", "manda", "revisa", "prepara", "actualiza", "confirma", "contacta", "agenda", "organiza",
            "coordina", "reserva", "redacta", "comparte", "gestiona", "entrega", "presenta", "diseña", "elabora",
            "verifica", "valida", "negocia", "cotiza", "llama",
        ],
        teamNouns: [
            "legal", "jurídico", "finanzas", "compras", "ventas", "marketing", "soporte", "rrhh", "recursos humanos",
            "it", "sistemas", "dirección", "contabilidad", "producto", "ingeniería", "operaciones", "logística",
            "equipo", "proveedor", "cliente", "agencia",
        ],
        // Infinitives, and infinitives with their pronouns attached ("enviarnos", "mandárselo").
        infinitiveSuffixes: ["ar", "er", "ir"] + ["ar", "er", "ir", "ár", "ér", "ír"].flatMap { ending in
            ["me", "te", "le", "lo", "la", "nos", "os", "les", "los", "las", "se", "selo", "sela", "selos", "selas", "melo", "mela"]
                .map { ending + $0 }
        },
        // Future forms after a known person or team ("Marta enviará", "Legal revisará").
        finiteVerbSuffixes: ["rá", "rán"],
        imperativeSuffixes: [],
        verbMayComeLate: false,
        nonTaskVerbs: [
            "es", "son", "era", "fue", "está", "están", "estaba", "tiene", "tienen", "tenía", "dice", "dijo",
            "cree", "piensa", "comenta", "comentó", "explica", "explicó", "menciona", "mencionó", "cuenta", "contó",
            "muestra", "viene", "va", "queda", "sigue", "falta", "cuesta", "dura", "espera", "sabe", "conoce",
            "entiende", "ve", "quiere", "prefiere", "necesita", "recibe", "recibió", "parece", "opina", "pregunta",
            "responde", "señala", "indica", "propone", "sugiere", "lugar", "hogar", "mujer", "poder", "deber",
            "ayer", "tener", "ser", "estar", "haber", "mayor", "menor", "primer", "alrededor", "par", "mar",
            "nivel", "cualquier", "valer", "placer", "taller", "proveedor", "vendedor", "servidor", "director",
            "mejor", "peor", "anterior", "posterior", "exterior", "interior", "superior", "inferior", "mostrador",
            "contador", "celular", "popular", "similar", "particular", "regular", "familiar", "titular",
            "pienso", "creo", "digo", "tengo", "quiero", "necesito", "estoy", "entiendo", "supongo", "espero",
            "prefiero", "opino", "veo", "recuerdo", "encuentro", "considero", "propongo", "sugiero", "insisto",
            "imagino", "confieso", "pregunto", "comento", "aclaro", "resumo", "explico",
        ],
        immediatePhrases: [
            "cuéntanos", "cuéntenos", "explícanos", "explíquenos", "pido disculpas", "pedimos disculpas", "llamo por",
            "comparto pantalla", "comparto mi pantalla", "te comparto", "les comparto", "os comparto", "les muestro",
            "te muestro", "os muestro", "empiezo", "empiezo yo", "resumo", "hago un resumen", "me presento",
            "les cuento", "te cuento", "os cuento", "explico", "grabo", "paso la palabra", "sigo",
        ],
        immediateWords: ["ahora", "ahorita", "ya mismo", "enseguida", "chat"],
        hedges: [
            "quizás", "quizá", "tal vez", "a lo mejor", "igual", "si", "podríamos", "se podría", "habría que ver",
            "no sé", "no estoy seguro", "no estoy segura", "en teoría", "eventualmente", "algún día", "ojalá",
            "sería", "serían", "valdría", "convendría", "si acaso", "pensábamos", "pensaba", "habíamos pensado",
        ],
        assignmentPhrases: ["responsable", "asignado a", "asignada a", "encargado", "encargada", "a cargo de", "owner"],
        discussionWords: [
            "discutimos", "se discutió", "hablamos de", "hablamos sobre", "comentamos", "debatimos", "se debatió",
            "quedó abierto", "sin definir", "por definir",
        ],
        fillers: [
            "eh", "em", "mmm", "mm", "este", "o sea", "pues", "bueno", "vale", "bien", "entonces", "digamos",
            "tipo", "vamos", "mira", "oye", "ok", "okay", "sí", "claro", "también", "ya", "porfa", "por favor",
        ],
        decisionPhrases: [
            "cerramos en", "lo dejamos en",
            "se acordó", "acordamos", "acordado", "acordada", "se decidió", "decidimos", "decidido", "se aprobó",
            "aprobamos", "aprobado", "aprobada", "quedamos en", "queda acordado", "queda aprobado", "nos quedamos con",
            "vamos con", "optamos por", "se eligió", "elegimos", "se resolvió", "resolvimos", "acuerdo",
            "decisión", "se estableció", "se fijó", "fijamos", "confirmamos", "se validó", "validamos",
            "se acuerda", "se acuerdan", "se decide", "se aprueba", "queda fijado", "queda fijada",
        ],
        contactNouns: [
            "reunión", "llamada", "videollamada", "junta", "consejo de administración", "asamblea", "cita", "seguimiento", "sesión", "call", "meeting",
            "encuentro", "conferencia", "zoom", "teams", "revisión", "punto", "check-in", "sync", "follow-up", "comité",
            "retro", "retrospectiva", "daily", "demo", "demostración", "presentación", "visita", "inspección", "recorrido", "taller", "capacitación",
        ],
        contactVerbs: [
            "nos vemos", "nos volvemos a ver", "nos volvemos a reunir", "nos reunimos", "nos llamamos",
            "hablamos", "volvemos a hablar", "nos juntamos", "nos conectamos", "retomamos", "nos volvemos a juntar",
            "nos vemos de nuevo", "nos reuniremos", "hablaremos", "volveremos a hablar", "quedamos",
            "le marco", "te marco", "les marco", "le llamo", "te llamo", "les llamo", "nos marcamos", "la llamo", "lo llamo",
            "los llamo", "las llamo", "la marco", "lo marco", "le llamamos", "la llamamos", "te llamamos", "les llamamos",
        ],
        contactNextWords: [
            "próxima", "próximo", "siguiente", "nueva", "nuevo", "otra", "de seguimiento", "proxima", "proximo",
        ],
        affirmatives: [
            "sí", "si", "claro", "vale", "de acuerdo", "perfecto", "ok", "okay", "por supuesto", "sin problema",
            "hecho", "me encargo", "lo hago", "yo me encargo", "dale", "listo", "cuenta conmigo", "genial", "va",
        ],
        questionTemplates: [
            "amount-without-period": "¿Los {x} son un pago único o mensual, trimestral o anual?",
            "action-without-owner": "¿Quién se encarga de: {x}?",
            "action-without-deadline": "¿Para cuándo: {x}?",
            "two-way-date": "¿{x} es el {a} o el {b}?",
            "deadline-in-past": "El plazo de «{x}» ya ha vencido: ¿cuál es la nueva fecha?",
            "open-question": "{x}",
        ]
    )
        lexicon.words = spanishWords
        lexicon.vagueTimePhrases = ["algún día", "en algún momento", "más adelante"]
        lexicon.openQuestionOpeners = [
            "pregunta abierta", "preguntas abiertas", "tema abierto", "temas abiertos", "pendiente de confirmar",
            "por confirmar", "por definir", "dudas", "duda", "pregunta :",
        ]
        lexicon.currencyPhrases = [
            "us $": "USD", "c $": "CAD", "dólares australianos": "AUD", "dolares australianos": "AUD",
            "dólares canadienses": "CAD", "dólares de hong kong": "HKD", "dólares estadounidenses": "USD",
            "pesos mexicanos": "MXN", "pesos colombianos": "COP", "pesos argentinos": "ARS", "pesos chilenos": "CLP",
        ]
        lexicon.nounSuffixes = ["ción", "sión", "dad", "miento", "ura", "ismo"]
        lexicon.firstPersonVerbSuffixes = ["ré", "o"]
        lexicon.nounLikeFirstPersonSuffixes = ["o"]
        lexicon.impersonalPhrases = [
            "hay que", "queda pendiente", "queda pendiente que", "queda pendiente de", "falta", "es necesario",
            "hace falta", "habrá que", "tenemos pendiente",
        ]
        lexicon.firstPersonPluralSuffixes = ["remos", "mos"]
        lexicon.speakerObjectPronouns = []
        lexicon.dayPartAfterHour = true
        lexicon.cardinalDays = true
        lexicon.dayPartsAfterLeadInOnly = ["mañana"]
        // "anoche a las 8": last night settles the hour as the night does.
        lexicon.nightWords = ["anoche"]
        lexicon.ordinalWords = [
            "primer": 1, "primera": 1, "primero": 1, "segundo": 2, "segunda": 2, "tercer": 3, "tercera": 3, "tercero": 3, "cuarta": 4, "quinto": 5, "quinta": 5,
        ]
        // "las ocho y media", "a las siete menos cuarto": minutes after "y", before "menos".
        lexicon.clockFractions = ["media": 30, "cuarto": 15]
        lexicon.minutesToWords = ["menos"]
        lexicon.hourMinuteJoiners = ["y"]
        lexicon.dayPartDays = [
            "por la mañana": 0, "por la tarde": 0, "por la noche": 0, "en la mañana": 0, "en la tarde": 0, "en la noche": 0,
            "a media mañana": 0, "a media tarde": 0, "a primera hora": 0, "de madrugada": 0,
        ]
        lexicon.verbForms = spanishVerbForms
        let pesoCodes: Set<String> = ["MXN", "COP", "ARS", "CLP", "UYU", "DOP", "CUP", "PHP"]
        lexicon.sharedCurrencyWords = ["pesos": pesoCodes, "peso": pesoCodes]
        lexicon.durationLeadIns = ["hace": -1]
        lexicon.fractionWords = ["media": 0.5, "medio": 0.5, "cuarto de": 0.25]
        lexicon.holidays = Holiday.table(Lexicon.spanishHolidays)
        lexicon.holidayYearLinks = ["del", "de", "en", "año"]
        lexicon.hourMarkers = ["horas", "hrs", "h"]
        lexicon.lastWordsAfter = ["pasado", "pasada"]
        lexicon.monthEndPhrases = ["finales de", "fin de", "final de", "fines de"]; lexicon.alternativeWords = ["o", "u"]
        lexicon.monthMiddlePhrases = ["mediados de", "mitad de", "la mitad de"]
        lexicon.apologyPhrases = ["lo siento", "lo sentimos", "pido disculpas", "pedimos disculpas", "mis disculpas", "nuestras disculpas", "pedí disculpas", "me disculpé"]; lexicon.initialOfferPhrases = ["propuesta inicial", "oferta inicial", "cotización inicial", "presupuesto inicial", "inicialmente", "precio de lista", "originalmente", "primera propuesta", "primera oferta"]
        lexicon.addresseeReceives = ["usted recibirá", "ustedes recibirán", "recibirás", "tendrás", "te llegará", "le llegará", "les llegará"]
        lexicon.shortForms = ["próxima": ["próx.", "prox."], "próximo": ["próx.", "prox."], "semana": ["sem."]]
        lexicon.inlineAbbreviations = ["aprox", "incl", "p.ej", "ej", "vs", "dto", "ppto", "p", "sres", "sra", "sr", "dra", "dr", "máx", "mín", "tel", "núm", "pág", "admón", "dpto", "depto", "cía", "mens"]
        lexicon.meetingTalk = .spanish
        lexicon.internalMarkers = ["interno:", "interno :", "(interno", "nota interna", "nota para mí", "nota personal", "no comunicar", "no mencionar", "no mencionarlo", "no mencionarla", "no decirlo", "no decírselo", "no se lo digas", "no compartir", "confidencial:", "(confidencial", "solo para nosotros", "solo interno", "no pasarle", "no pasárselo", "no va para el cliente", "no decirle", "no contarle", "nota privada", "privado:", "(privado", "no se lo decimos", "no les decimos", "todavía no se lo decimos"]
        lexicon.recapNouns = ["resumen", "recap", "acta", "minuta", "follow up", "follow-up", "followup", "correo de seguimiento"]
        lexicon.statusLabels = ["ayer", "hecho", "bloqueos", "bloqueado", "bloqueantes"]
        lexicon.sums = .spanish
        lexicon.pointers = .spanish
        lexicon.hesitations = ["eh", "ehm", "em", "mmm"]
        lexicon.shorthand = ["xq": "porque", "pq": "porque", "tb": "también", "tmb": "también", "dsp": "después", "reu": "reunión"]
        lexicon.zoneNames = ["cet": "Europe/Madrid", "cest": "Europe/Madrid", "est": "America/New_York", "pst": "America/Los_Angeles", "cst": "America/Mexico_City", "utc": "UTC", "gmt": "UTC"]
        lexicon.unitCurrencyWords = ["libra", "libras"]
        lexicon.greetingWords = ["hola", "buenos", "buenas", "bienvenidos", "bienvenido"]
        lexicon.startWords = ["a partir del", "a partir de", "desde el", "desde", "comenzando el"]
        return lexicon
    }()
}
