/// How a long meeting hands out its work, in one language: who chairs it, what opens its closing
/// round, and how the chair gives a task to the person addressed or to everyone; and how any call
/// puts terms on the table and takes them.
///
/// Phrases are matched on token keys (case-folded words), like every phrase table of a lexicon; agreement replies,
/// sides and after-call cues on the lower-cased words of a turn's text (`ReplyWords`), which no segmenter cut.
public struct MeetingTalk: Sendable {
    /// Words of a speaker label that name who runs the meeting ("Project Manager", "Moderatorin").
    public var chairRoles: Set<String> = []
    /// What opens the closing round: the next meeting, wrapping up, what happens in the meantime.
    public var closingCues: Set<String> = []
    /// Generic nouns of a role label ("designer", "expert"): the rest of the label ("industrial",
    /// "marketing") is how the others name that participant.
    public var roleNouns: Set<String> = []
    /// Handing a task to the person addressed: "you're gonna", "you'll be", "I'd like you to".
    public var handOver: Set<String> = []
    /// Handing a task over when a progressive verb follows: "you're watching trends", "you'll be looking at".
    public var handOverBeforeProgressive: Set<String> = []
    /// After a participant named by role, what makes the role the subject of a duty: "should", "will", "is going to".
    public var roleDuty: Set<String> = []
    /// What someone is told they will receive, not do: "you'll get instructions", "you will receive an e-mail".
    public var receivedVerbs: Set<String> = []
    /// Hand-overs to a group: "you two", "each of you", "everyone's gonna" (no one owner).
    public var groupHandOver: Set<String> = []
    /// Talk about the meeting itself, no task wherever it stands: "the next meeting is", "wrap up".
    public var aboutTheMeeting: Set<String> = []
    /// Verbs of asking: "I will ask the Industrial Designer to…" gives the task to the one asked.
    public var askVerbs: Set<String> = []
    /// A duty of the whole group: "we have to", "we need to".
    public var groupDuty: Set<String> = []
    /// Verbs of deliberating: the group's duty to "decide on the concept" or "think about it" is the meeting's own talk.
    public var deliberationVerbs: Set<String> = []
    /// The next meeting as the time a task is due: "for the next meeting", "by next time". Said along the way,
    /// it makes a commitment a task as a named day does.
    public var dueByNextMeeting: Set<String> = []
    /// Thanks: "Thank you, Kate." names the one who spoke before it.
    public var thanks: Set<String> = []
    /// A speaker giving their name: "I'm Kate", "my name's Poppy".
    public var introductions: Set<String> = []
    /// A participant restating their own assignment as the meeting closes: "so I'm supposed to do the
    /// components concept", "my job is to…". Said by anyone in the closing round, a task.
    public var ownAssignment: Set<String> = []
    /// A round of who owes what, said share by share before a dash: the speaker's own ("С моей стороны — КП до пятницы",
    /// "from my side: the order form") and the one addressed ("Ольга, с вас — список машин", "from your side: the PO").
    public var ownShare: Set<String> = []
    public var addresseeShare: Set<String> = []
    /// "Jenna's with me", "С нашей стороны ещё Максим Литвинов": a speaker bringing a colleague along as a call opens.
    public var colleagueIntroductions: Set<String> = []
    /// "from", "von", "de": before a capitalized name after a person ("Frau Rossi von Helvetic Talents"), their company.
    public var organizationLeadIns: Set<String> = []
    /// "du", "euch": how colleagues address each other, where the language's business register differs.
    public var informalYou: Set<String> = []
    /// "Sie", "Ihnen": the polite forms, counted only when capitalized inside a sentence.
    public var formalYou: Set<String> = []
    /// Putting terms on the table: "what if", "how about", "let's do", "I could do". Answered by another speaker
    /// with an agreement reply, the terms are agreed; the phrase itself is not part of them.
    public var proposals: Set<String> = []
    /// "What I can do: on a twelve-month agreement, …", "Максимум, что я могу дать, — 25 %": the verb of the phrase
    /// puts terms on offer; it promises no task.
    public var offerLeadIns: Set<String> = []
    /// A reply that takes the terms just proposed: "deal", "that works", "I can live with that" (not a bare "okay",
    /// which often only acknowledges).
    public var agreementReplies: Set<String> = []
    /// Asking whether the other side has left the call ("are they gone?", "они отключились?"), matched as words of a
    /// sentence that ends with a question mark: what the remaining speakers say from there on is their own, kept out
    /// of the follow-up like a private note.
    public var afterCall: [String] = []
    /// Whose side a nod speaks for ("C'est validé de notre côté", "fine on our side"): nothing agreed in the words.
    public var sides: Set<String> = []
    /// A reply that turns down what was just offered: "we'll pass", "no thanks", "verzichten wir", "откажемся".
    public var refusals: Set<String> = []
    /// Words that point back to what was just said ("that", "это", "das", "eso", "ça"): as the object of a short task said
    /// aloud, the task is a reply ("take that to Grace"), not a task of its own.
    public var pointers: Set<String> = []

    public init() {}

    static let english: MeetingTalk = {
        var talk = MeetingTalk()
        talk.pointers = ["that", "it", "this", "those", "them"]
        talk.sides = ["on our side", "on my side", "from our side", "from my side", "for us", "for me", "by us", "by me"]
        talk.ownShare = ["from my side", "on my side", "on my end", "from me", "my side"]
        talk.addresseeShare = ["from your side", "on your side", "on your end", "from you", "your side"]
        talk.colleagueIntroductions = [
            "with me", "on our side", "from our side", "joining us from", "from our", "my colleague", "here too", "here as well", "joining me",
            "on as well", "on too", "also on the call", "also joining",
        ]
        talk.organizationLeadIns = ["from", "of", "at"]
        talk.receivedVerbs = ["get", "receive", "hear", "getting", "receiving", "informed", "notified", "warned", "told", "sent", "emailed", "e-mailed"]
        talk.roleDuty = [
            "should", "will", "can", "could", "is going to", "are going to", "is gonna", "are gonna", "has to", "have to",
            "needs to", "need to", "will be", "is to",
        ]
        talk.chairRoles = [
            "project manager", "chair", "chairman", "chairwoman", "chairperson", "moderator", "facilitator", "host",
            "team lead", "team leader", "meeting lead", "scrum master",
        ]
        talk.closingCues = [
            "who does what", "who-does-what", "who's doing what", "to-dos", "next steps", "next phase",
            "next meeting", "next time", "meet again", "another meeting", "wrap up", "wrap it up", "wrap this up",
            "wrap that up", "meantime", "between now and", "before we break", "before we finish",
            "to sum up", "in closing", "close the meeting", "individual work", "for next time", "until next",
            "here's what", "from here", "action items", "assignments", "individual actions", "individual action",
            // "our next meeting's in half an hour": the clitic is part of the word.
            "next meeting's", "next meeting’s",
        ]
        talk.roleNouns = [
            "designer", "designers", "expert", "manager", "specialist", "engineer", "lead", "leader", "officer",
            "executive", "analyst", "developer", "consultant", "representative", "coordinator", "owner",
        ]
        talk.handOver = [
            "you're gonna", "you are gonna", "you're going to", "you are going to", "you'll", "you will",
            "you'd like to", "i'd like you to", "i would like you to",
            "i want you to", "i need you to", "i'd like the", "if you could", "if you can", "you could look",
            "you could maybe", "you can start", "you should", "you have to", "you need to", "you do the",
            "your job", "your task", "your assignment", "for you", "you're supposed to", "you are supposed to",
            // The chair's softened hand-over: "maybe you can look at what trends are in this market", "it is good
            // when you try to find out which components you need".
            "maybe you can", "maybe you could", "perhaps you can", "perhaps you could", "be good if you", "is good if you",
            "is good when you", "be nice if you", "be great if you",
        ]
        talk.groupHandOver = [
            "you two", "the two of you", "both of you", "you guys", "each of you", "i'd like you guys to", "i would like you guys to",
            "everyone's gonna", "everyone's going to", "everybody's gonna", "everybody's going to", "everyone will",
            "everybody will", "if everyone could", "everyone should", "the designers", "the two designers", "both designers",
        ]
        talk.aboutTheMeeting = [
            "next meeting", "meet again", "another meeting", "wrap up", "wrap it up", "wrap this up", "wrap that up",
            "close the meeting",
        ]
        talk.askVerbs = ["ask", "like", "want", "need", "tell", "get"]
        talk.handOverBeforeProgressive = ["you're", "you are", "you'll be", "you will be", "you guys are", "you two are"]
        talk.groupDuty = [
            "we have to", "we need to", "we've got to", "we must", "we'll each", "we're each", "we each", "we just have to",
            "we also have to", "we all have to", "we still have to", "we're gonna each", "we're going to each",
            "we're supposed to", "we are supposed to", "we'll have to", "we will have to", "we gotta", "we've gotta", "we got to",
        ]
        talk.deliberationVerbs = ["decide", "agree", "choose", "think", "discuss", "see", "talk", "figure", "consider", "reflect", "determine"]
        talk.dueByNextMeeting = [
            "for the next meeting", "for next meeting", "for our next meeting", "for next time",
            "by the next meeting", "by next meeting", "by next time", "before the next meeting", "before next meeting",
            "until the next meeting", "till the next meeting",
        ]
        talk.thanks = ["thank you", "thanks", "cheers"]
        talk.introductions = ["i'm", "i am", "my name's", "my name is", "i'm called"]
        talk.offerLeadIns = ["what i can do", "what we can do", "what i can offer", "what we can offer", "the best i can do", "the best we can do", "the most i can do", "the most we can do"]
        talk.proposals = [
            "what if", "how about", "what about", "let's do", "let's say", "let's make it", "let's go with", "let's settle on",
            "i could do", "we could do", "i can offer", "we can offer", "i could offer", "we could offer", "i'd propose",
            "i propose", "we propose", "i suggest", "i'd suggest", "we suggest", "would it work if", "would you accept",
            "split the difference", "what i can do is", "what we can do is", "what we can offer is", "what i can offer is", "what i'd want is", "what we'd want is",
        ]
        talk.afterCall = ["are they gone", "have they left", "have they dropped", "did they drop", "did they hang up", "are they off"]
        talk.agreementReplies = [
            "deal", "it's a deal", "agreed", "that works", "works for me", "works for us", "that'd work", "that would work",
            "sounds good", "sounds great", "sounds fair", "that's fair", "fair enough", "fine by me", "fine with me",
            "fine by us", "let's do it", "let's do that", "let's go with that", "i can live with", "we can live with",
            "i can work with", "we can work with", "i can sell that", "we can sell that", "we'll take it",
            "we'll take that", "i accept", "we accept", "you're on", "we can do that", "i can do that",
        ]
        talk.ownAssignment = ["i'm supposed to", "i am supposed to", "my job is to", "my task is to", "i'll be working on", "i will be working on", "i'm gonna be working on", "i'm going to be working on"]
        talk.refusals = ["we'll pass", "we will pass", "i'll pass", "pass on that", "pass on it", "no thanks", "no thank you", "not interested", "we'll skip", "we'll skip that", "leave it out", "leave that out", "we don't need that", "we don't need it"]
        return talk
    }()

    static let russian: MeetingTalk = {
        var talk = MeetingTalk()
        talk.pointers = ["это", "этим", "этого", "его", "её", "их"]
        talk.sides = ["с нашей стороны", "с моей стороны", "для нас", "для меня", "у нас", "у меня"]
        talk.ownShare = ["с моей стороны", "с меня", "от меня"]
        talk.addresseeShare = ["с вас", "с тебя", "с вашей стороны", "с твоей стороны", "от вас", "от тебя"]
        talk.colleagueIntroductions = [
            "с нашей стороны", "со мной", "от нас", "у меня тут", "мой коллега", "моя коллега", "с нами", "тоже подключился",
            "тоже подключилась",
        ]
        talk.organizationLeadIns = ["из", "от"]
        talk.groupHandOver = ["вы двое", "вы оба", "каждый из вас", "все вместе"]
        talk.aboutTheMeeting = ["следующая встреча", "следующей встрече", "на этом всё", "на этом все"]
        talk.askVerbs = ["попрошу", "прошу", "попросим"]
        talk.receivedVerbs = ["получишь", "получите", "получат", "получит"]
        talk.roleDuty = ["должен", "должна", "должны", "займётся", "займется", "подготовит", "будет", "сможет"]
        talk.chairRoles = ["руководитель проекта", "руководитель", "модератор", "ведущий", "ведущая", "председатель", "тимлид"]
        talk.closingCues = [
            "кто что делает", "распределим задачи", "распределение задач", "по задачам", "следующие шаги",
            "следующая встреча", "следующей встрече", "в следующий раз", "подведём итоги", "подведем итоги", "подводя итоги",
            "до следующей", "на этом всё", "на этом все", "задачи на", "домашнее задание", "а пока",
        ]
        talk.roleNouns = ["дизайнер", "эксперт", "менеджер", "специалист", "инженер", "аналитик", "разработчик", "руководитель"]
        talk.handOver = [
            "ты займёшься", "ты займешься", "вы займётесь", "вы займетесь", "тебе нужно", "вам нужно", "тебе надо",
            "вам надо", "я попрошу тебя", "я попрошу вас", "прошу тебя", "прошу вас", "за тобой", "за вами", "на тебе",
            "может, ты", "может, вы", "может быть, ты", "может быть, вы",
        ]
        talk.groupDuty = ["нам нужно", "нам надо", "мы должны", "нам предстоит"]
        talk.deliberationVerbs = ["решить", "подумать", "обсудить", "выбрать", "договориться", "определиться", "посмотреть"]
        talk.dueByNextMeeting = [
            "к следующей встрече", "до следующей встречи", "к следующему разу", "к следующему совещанию", "до следующего совещания",
        ]
        talk.thanks = ["спасибо", "благодарю"]
        talk.introductions = ["меня зовут", "я"]
        talk.offerLeadIns = ["что я могу дать", "что мы можем дать", "что я могу предложить", "что мы можем предложить", "что я могу сделать", "что мы можем сделать"]
        talk.proposals = [
            "давайте", "давай", "давайте так", "предлагаю", "предлагаю так", "предлагаем", "можем предложить", "могу предложить",
            "могу предложить так", "можем предложить так", "как насчёт", "как насчет", "а если",
        ]
        talk.afterCall = ["они отключились", "они вышли из звонка", "они уже вышли", "они уже ушли"]
        talk.agreementReplies = [
            "договорились", "согласен", "согласна", "согласны", "годится", "подходит", "нас устраивает", "меня устраивает",
            "меня это устраивает", "нас это устраивает", "это нас устраивает", "это меня устраивает", "это подходит",
            "принимается", "идёт", "по рукам", "пойдёт", "пойдет", "отлично, давайте", "ладно", "можем так сделать", "так и сделаем",
        ]
        talk.ownAssignment = ["мне нужно будет", "моя задача"]
        talk.refusals = ["откажемся", "мы откажемся", "не нужно", "не надо", "нет, спасибо", "нам это не нужно", "это нам не нужно", "не интересно", "пас"]
        return talk
    }()

    static let german: MeetingTalk = {
        var talk = MeetingTalk()
        talk.pointers = ["das", "es", "dies"]
        talk.sides = ["von unserer seite", "von meiner seite", "unsererseits", "meinerseits", "für uns", "für mich", "bei uns", "bei mir"]
        talk.ownShare = ["von meiner seite", "meinerseits", "von mir"]
        talk.addresseeShare = ["von ihrer seite", "von deiner seite", "ihrerseits", "von ihnen", "von dir", "von euch"]
        talk.colleagueIntroductions = [
            "von unserer seite", "mit mir", "von uns", "unsererseits", "meine kollegin", "mein kollege", "bei uns", "mit dabei", "auch dabei", "von unserer", "von unserem",
            "aus unserer", "aus unserem",
        ]
        talk.organizationLeadIns = ["von", "vom", "aus", "bei"]
        talk.groupHandOver = ["ihr beide", "ihr zwei", "jeder von euch", "alle zusammen"]
        talk.aboutTheMeeting = ["nächstes treffen", "nächsten treffen", "nächste besprechung", "nächsten besprechung"]
        talk.askVerbs = ["bitte", "bitten", "möchte", "brauche"]
        talk.receivedVerbs = ["bekommst", "bekommt", "bekommen", "erhältst", "erhaltet", "erhalten"]
        talk.roleDuty = ["soll", "sollte", "wird", "kann", "muss", "sollen", "werden", "müssen"]
        talk.chairRoles = [
            "projektleiter", "projektleiterin", "projektmanager", "projektmanagerin", "moderator", "moderatorin", "vorsitzender",
            "vorsitzende", "teamleiter", "teamleiterin", "leitung",
        ]
        talk.closingCues = [
            "aufgabenverteilung", "wer macht was", "nächste schritte", "to-dos", "zu den aufgaben",
            "nächstes treffen", "nächsten treffen", "nächste besprechung", "nächsten besprechung", "nächstes mal", "bis dahin",
            "zum abschluss", "zusammenfassend", "kurz zusammenfassen", "aufgaben bis", "bis zum nächsten",
        ]
        talk.roleNouns = [
            "designer", "designerin", "experte", "expertin", "manager", "managerin", "spezialist", "spezialistin",
            "ingenieur", "ingenieurin", "leiter", "leiterin", "entwickler", "entwicklerin",
        ]
        talk.handOver = [
            "du kümmerst dich", "sie kümmern sich", "ihr kümmert euch", "du übernimmst", "sie übernehmen", "ihr übernehmt",
            "ich möchte dich bitten", "ich möchte sie bitten", "ich bitte dich", "ich bitte sie", "deine aufgabe",
            "ihre aufgabe", "du wirst", "ihr werdet", "vielleicht kannst du", "vielleicht können sie", "vielleicht könnt ihr",
            "vielleicht könntest du", "vielleicht könnten sie",
        ]
        talk.groupDuty = ["wir müssen", "wir sollten alle"]
        talk.deliberationVerbs = ["entscheiden", "überlegen", "besprechen", "diskutieren", "einigen", "nachdenken", "abstimmen", "schauen"]
        talk.dueByNextMeeting = [
            "bis zum nächsten treffen", "zum nächsten treffen", "für das nächste treffen", "bis zur nächsten besprechung",
            "zur nächsten besprechung", "für die nächste besprechung", "bis zum nächsten mal", "fürs nächste mal",
        ]
        talk.thanks = ["danke", "vielen dank"]
        talk.introductions = ["ich bin", "ich heiße", "mein name ist"]
        talk.offerLeadIns = ["was ich anbieten kann", "was wir anbieten können", "was ich machen kann", "was wir machen können", "was ich tun kann", "was wir tun können"]
        talk.proposals = [
            "wie wäre es", "wie wär's", "was halten sie von", "was hältst du von", "ich schlage vor", "wir schlagen vor",
            "ich könnte", "wir könnten", "ich kann ihnen anbieten", "wir können ihnen anbieten", "wir bieten", "lass uns", "lassen sie uns",
            "was wir anbieten können", "was ich anbieten kann",
        ]
        talk.afterCall = ["sind sie raus", "sind die raus", "sind sie weg", "sind die weg", "haben sie aufgelegt"]
        talk.agreementReplies = [
            "einverstanden", "abgemacht", "passt", "das passt", "geht klar", "klingt gut", "in ordnung", "damit kann ich leben",
            "damit können wir leben", "so machen wir's", "so machen wir es", "machen wir so", "gebongt", "akzeptiert", "das können wir machen", "das machen wir",
        ]
        talk.ownAssignment = ["ich soll", "meine aufgabe ist"]
        talk.informalYou = ["du", "dich", "dir", "euch", "dein", "deine", "deinen", "deinem", "deiner", "euer", "eure", "euren", "eurem"]
        talk.formalYou = ["sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer"]
        talk.refusals = ["verzichten wir", "wir verzichten", "brauchen wir nicht", "nein danke", "lassen wir weg", "das lassen wir", "kein bedarf", "kein interesse"]
        return talk
    }()

    static let spanish: MeetingTalk = {
        var talk = MeetingTalk()
        talk.pointers = ["eso", "esto"]
        talk.sides = ["por nuestra parte", "por mi parte", "para nosotros", "para mí", "por nosotros", "por mí"]
        talk.ownShare = ["por mi parte", "por mi lado", "de mi parte"]
        talk.addresseeShare = ["por tu parte", "por su parte", "por vuestra parte", "de tu parte", "de su parte", "de vuestra parte"]
        talk.colleagueIntroductions = [
            "por nuestra parte", "conmigo", "de nuestro equipo", "os presento a", "les presento a", "mi compañero", "mi compañera", "estoy con",
            "me acompaña", "nos acompaña", "los acompaña", "las acompaña",
        ]
        talk.organizationLeadIns = ["de", "del"]
        talk.groupHandOver = ["ustedes dos", "vosotros dos", "los dos", "cada uno de vosotros", "todos tenemos que"]
        talk.aboutTheMeeting = ["próxima reunión", "la próxima vez", "para terminar", "para cerrar"]
        talk.askVerbs = ["pido", "pedir", "necesito", "quiero"]
        talk.receivedVerbs = ["recibirás", "recibirá", "recibiréis", "recibirán", "recibir"]
        talk.roleDuty = ["debe", "debería", "va a", "tiene que", "puede", "se encargará de", "deberá"]
        talk.chairRoles = [
            "jefe de proyecto", "jefa de proyecto", "director de proyecto", "directora de proyecto", "moderador", "moderadora",
            "presidente", "presidenta", "coordinador", "coordinadora",
        ]
        talk.closingCues = [
            "reparto", "quién hace qué", "próximos pasos", "repartimos",
            "próxima reunión", "la próxima vez", "para terminar", "para cerrar", "en resumen", "mientras tanto",
            "hasta la próxima", "tareas para",
        ]
        talk.roleNouns = [
            "diseñador", "diseñadora", "experto", "experta", "jefe", "jefa", "especialista", "ingeniero", "ingeniera",
            "responsable", "analista", "desarrollador", "desarrolladora",
        ]
        talk.handOver = [
            "tú vas a", "usted va a", "ustedes van a", "vosotros vais a", "te encargas", "se encarga", "os encargáis",
            "te pido que", "le pido que", "os pido que", "necesito que", "quiero que", "tu tarea", "quizás puedes",
            "quizás podrías", "a lo mejor puedes", "tal vez puedes", "tal vez podrías",
        ]
        talk.groupDuty = ["tenemos que", "hay que", "debemos"]
        talk.deliberationVerbs = ["decidir", "pensar", "discutir", "elegir", "acordar", "ver", "hablar", "considerar"]
        talk.dueByNextMeeting = [
            "para la próxima reunión", "antes de la próxima reunión", "para la próxima vez", "para la siguiente reunión",
        ]
        talk.thanks = ["gracias", "muchas gracias"]
        talk.introductions = ["soy", "me llamo", "mi nombre es"]
        talk.offerLeadIns = ["lo que puedo hacer", "lo que podemos hacer", "lo que puedo ofrecer", "lo que podemos ofrecer", "lo máximo que puedo ofrecer", "lo máximo que podemos ofrecer"]
        talk.proposals = [
            "qué tal si", "y si", "propongo", "proponemos", "te propongo", "le propongo", "podríamos", "puedo ofrecer",
            "podemos ofrecer", "te ofrezco", "le ofrezco", "lo dejamos en", "hagamos", "lo que podemos ofrecer", "lo que puedo ofrecer",
        ]
        talk.afterCall = ["se han desconectado", "ya se desconectaron", "ya colgaron", "se han ido", "ya se fueron"]
        talk.agreementReplies = [
            "de acuerdo", "trato hecho", "me parece bien", "nos parece bien", "me sirve", "nos sirve",
            "nos vale", "me vale", "perfecto, adelante", "acepto", "aceptamos", "adelante con eso", "me encaja", "nos encaja", "eso lo podemos hacer", "podemos hacerlo", "lo podemos hacer",
        ]
        talk.ownAssignment = ["me toca", "mi tarea es"]
        talk.refusals = ["yo paso", "por ahora no", "de momento no", "no, gracias", "no gracias", "no hace falta", "no nos interesa", "mejor no", "lo dejamos fuera", "eso no lo necesitamos"]
        return talk
    }()

    static let french: MeetingTalk = {
        var talk = MeetingTalk()
        talk.pointers = ["ça", "cela"]
        talk.sides = ["de notre côté", "de mon côté", "pour nous", "pour moi", "côté nous", "chez nous"]
        talk.ownShare = ["de mon côté", "pour ma part", "côté moi"]
        talk.addresseeShare = ["de votre côté", "de ton côté", "pour votre part", "côté vous"]
        talk.colleagueIntroductions = [
            "de notre côté", "avec moi", "de notre équipe", "je suis avec", "chez nous", "mon collègue", "ma collègue", "m'accompagne",
            "avec nous", "nous accompagne",
        ]
        talk.organizationLeadIns = ["de", "du", "chez"]
        talk.groupHandOver = ["vous deux", "tous les deux", "chacun de vous", "chacun d'entre vous"]
        talk.aboutTheMeeting = ["prochaine réunion", "la prochaine fois", "pour conclure", "pour terminer"]
        talk.askVerbs = ["demande", "demander", "aimerais", "voudrais"]
        talk.receivedVerbs = ["recevras", "recevrez", "recevra", "recevront", "recevoir"]
        talk.roleDuty = ["doit", "devra", "va", "pourra", "peut", "devrait", "s'occupera de"]
        talk.chairRoles = [
            "chef de projet", "cheffe de projet", "directeur de projet", "directrice de projet", "animateur", "animatrice",
            "président", "présidente", "modérateur", "modératrice",
        ]
        talk.closingCues = [
            "qui fait quoi", "répartition des tâches", "prochaines étapes", "on se répartit",
            "prochaine réunion", "la prochaine fois", "pour conclure", "pour terminer", "en résumé", "d'ici là",
            "en attendant", "d'ici la prochaine",
        ]
        talk.roleNouns = [
            "designer", "concepteur", "conceptrice", "expert", "experte", "chef", "cheffe", "spécialiste", "ingénieur",
            "ingénieure", "responsable", "analyste", "développeur", "développeuse",
        ]
        talk.handOver = [
            "tu vas", "vous allez", "tu t'occupes", "vous vous occupez", "tu te charges", "vous vous chargez",
            "je te demande de", "je vous demande de", "j'aimerais que tu", "j'aimerais que vous", "ta tâche", "votre tâche",
            "peut-être que tu peux", "peut-être que vous pouvez", "peut-être que tu pourrais", "peut-être que vous pourriez",
        ]
        talk.groupDuty = ["il faut qu'on", "on doit", "nous devons", "on va devoir"]
        talk.deliberationVerbs = ["décider", "réfléchir", "discuter", "choisir", "voir", "parler", "trancher", "convenir"]
        talk.dueByNextMeeting = [
            "pour la prochaine réunion", "d'ici la prochaine réunion", "avant la prochaine réunion", "pour la prochaine fois",
            "d'ici la prochaine fois",
        ]
        talk.thanks = ["merci", "merci beaucoup"]
        talk.introductions = ["je suis", "je m'appelle", "moi c'est"]
        talk.offerLeadIns = ["ce que je peux faire", "ce que nous pouvons faire", "ce qu'on peut faire", "ce que je peux proposer", "ce que nous pouvons proposer", "ce qu'on peut proposer", "ce que je peux offrir", "ce qu'on peut offrir"]
        talk.proposals = [
            "et si", "que diriez-vous", "qu'en dites-vous", "je propose", "je vous propose", "nous proposons", "on pourrait",
            "je peux vous proposer", "je peux proposer", "nous pouvons proposer", "on peut proposer", "disons", "partons sur",
            "ce qu'on propose", "ce que je propose", "ce que nous proposons", "ce que je te propose", "ce que je vous propose",
            "ce qu'on peut proposer", "ce que nous pouvons proposer", "ce que je peux proposer", "ce que je peux vous proposer",
        ]
        talk.afterCall = ["ils sont partis", "ils ont raccroché", "ils sont déconnectés", "ils ont quitté l'appel"]
        talk.agreementReplies = [
            "d'accord", "ça marche", "ca marche", "ça me va", "ça nous va", "ça me convient", "ça nous convient", "marché conclu",
            "va pour", "on part là-dessus", "on part sur ça", "j'accepte", "nous acceptons", "c'est bon pour moi",
            "c'est bon pour nous", "parfait, on fait comme ça", "on fait comme ça", "on peut faire ça", "ça, on peut le faire", "c'est faisable",
        ]
        talk.ownAssignment = ["je dois m'occuper", "ma tâche est de"]
        talk.refusals = ["on passe", "on va passer", "je passe", "non merci", "non, merci", "pas besoin", "ça ne nous intéresse pas", "on laisse tomber", "on va s'en passer", "on s'en passe"]
        return talk
    }()
}
