extension Lexicon {
    /// Spanish finite forms → infinitive: the present, the future and the subjunctive of the task
    /// verbs ("envía", "enviará", "envíe" → "enviar"), irregular stems listed.
    static let spanishVerbForms: [String: String] = VerbForms.table(
        Lexicon.spanishTaskInfinitives,
        classes: [
            VerbForms.Class(ending: "ar", stemEndings: ["o", "as", "a", "amos", "an", "e", "en"], infinitiveEndings: ["é", "á", "án", "emos", "ás"]),
            VerbForms.Class(ending: "er", stemEndings: ["o", "es", "e", "emos", "en", "a", "an"], infinitiveEndings: ["é", "á", "án", "emos", "ás"]),
            VerbForms.Class(ending: "ir", stemEndings: ["o", "es", "e", "imos", "en", "a", "an"], infinitiveEndings: ["é", "á", "án", "emos", "ás"]),
        ],
        irregular: [
            "envío": "enviar", "envía": "enviar", "envían": "enviar", "envíe": "enviar", "envíen": "enviar", "envías": "enviar",
            "reenvío": "reenviar", "reenvía": "reenviar", "pido": "pedir", "pide": "pedir", "piden": "pedir", "pida": "pedir",
            "cierro": "cerrar", "cierra": "cerrar", "cierran": "cerrar", "cierre": "cerrar", "pruebo": "probar", "prueba": "probar",
            "prueban": "probar", "resuelven": "resolver", "corrigen": "corregir", "hacen": "hacer", "ponen": "poner", "consiguen": "conseguir",
            "resuelvo": "resolver", "resuelve": "resolver", "corrijo": "corregir", "corrige": "corregir", "corrija": "corregir",
            "hago": "hacer", "hace": "hacer", "haré": "hacer", "hará": "hacer", "harán": "hacer", "haga": "hacer",
            "haremos": "hacer", "pongo": "poner", "pone": "poner", "pondré": "poner", "pondrá": "poner", "ponga": "poner",
            "traigo": "traer", "trae": "traer", "traiga": "traer", "doy": "dar", "da": "dar", "daré": "dar", "dará": "dar",
            "dé": "dar", "consigo": "conseguir", "consigue": "conseguir", "sigo": "seguir", "elijo": "elegir",
            "actualice": "actualizar", "actualicen": "actualizar", "busque": "buscar", "organice": "organizar",
            "programe": "programar", "averigüe": "averiguar", "averiguo": "averiguar", "convoco": "convocar",
            "convoque": "convocar", "confirme": "confirmar", "propongo": "proponer", "propondré": "proponer",
            "propondrá": "proponer", "obtendré": "obtener", "obtendrá": "obtener", "llego": "llegar",
            "mándame": "mandar", "envíame": "enviar", "envíanos": "enviar", "pásame": "pasar", "avísame": "avisar",
        ]
    )

    /// The Spanish task verbs in the infinitive: the base of `spanishVerbForms`.
    static let spanishTaskInfinitives: [String] = [
        "enviar", "mandar", "remitir", "reenviar", "revisar", "preparar", "actualizar", "confirmar", "llamar", "contactar",
        "agendar", "programar", "organizar", "coordinar", "reservar", "comprar", "pagar", "firmar", "redactar", "escribir",
        "compartir", "subir", "cargar", "publicar", "lanzar", "terminar", "cerrar", "negociar", "cotizar", "calcular",
        "analizar", "evaluar", "validar", "aprobar", "verificar", "comprobar", "probar", "corregir", "arreglar",
        "resolver", "configurar", "instalar", "migrar", "documentar", "investigar", "averiguar", "consultar", "preguntar",
        "pedir", "solicitar", "gestionar", "tramitar", "entregar", "presentar", "diseñar", "definir", "elaborar", "crear",
        "montar", "armar", "buscar", "contratar", "entrevistar", "convocar", "invitar", "avisar", "informar",
        "comunicar", "notificar", "recordar", "hablar", "incluir", "añadir", "agregar", "ajustar", "modificar", "cambiar",
        "completar", "rellenar", "llenar", "facturar", "cobrar", "transferir", "abonar", "renovar", "cancelar", "mover",
        "traducir", "resumir", "planificar", "planear", "proponer", "pasar", "conseguir", "obtener", "recoger",
        "imprimir", "limpiar", "priorizar", "estimar", "medir", "chequear", "mandar", "apuntar", "anotar", "reunir",
        "visitar", "llevar", "traer", "preparar", "explicar", "aclarar", "bloquear", "liberar", "asignar", "repartir",
    ]
}
