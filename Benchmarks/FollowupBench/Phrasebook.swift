import FollowupText

/// The languages the generator writes.
enum Language: String, CaseIterable, Sendable {
    case en, ru
}

/// A meeting participant as the generator names them.
struct Person: Sendable {
    var first: String
    var last: String
    /// A chat handle ("@maria"), as Markdown notes write owners.
    var handle: String

    var full: String { first + " " + last }
}

/// What one line or turn of a meeting does; the generator mixes them in realistic proportions.
enum Beat: CaseIterable {
    case filler, status, commitment, request, amount, decision, question, nextContact

    /// Per-mille weights for transcripts (mostly talk) and for notes (mostly facts and tasks).
    static func draw(transcript: Bool, _ random: inout SplitMix64) -> Beat {
        let weights: [(Beat, Int)] = transcript
            ? [(.filler, 330), (.status, 300), (.commitment, 110), (.request, 60), (.amount, 80), (.decision, 50), (.question, 50), (.nextContact, 20)]
            : [(.filler, 0), (.status, 330), (.commitment, 300), (.request, 0), (.amount, 150), (.decision, 110), (.question, 70), (.nextContact, 40)]
        var roll = random.below(1000)
        for (beat, weight) in weights {
            if roll < weight { return beat }
            roll -= weight
        }
        return .status
    }
}

/// Sentence templates and word lists for one language: names, tasks, dates, amounts, decisions,
/// questions and fillers in the styles the corpus shows.
protocol Phrasebook {
    var language: Language { get }
    func people(_ count: Int, _ random: inout SplitMix64) -> [Person]
    func title(_ random: inout SplitMix64) -> String
    func dateLine(_ day: CivilDate, markdown: Bool, _ random: inout SplitMix64) -> String
    func attendeesLine(_ people: [Person], markdown: Bool) -> String
    var headings: (discussion: String, decisions: String, actions: String, next: String) { get }
    /// One sentence or two that `speaker` says; `listener` is whom a request is for.
    func spoken(_ beat: Beat, speaker: Person, listener: Person, day: CivilDate, _ random: inout SplitMix64) -> String
    /// The listener's answer to a request.
    func acceptance(_ random: inout SplitMix64) -> String
    /// One bullet of written notes (without its marker).
    func note(_ beat: Beat, people: [Person], day: CivilDate, markdown: Bool, _ random: inout SplitMix64) -> String
}

func phrasebook(for language: Language) -> any Phrasebook {
    switch language {
    case .en: return EnglishPhrases()
    case .ru: return RussianPhrases()
    }
}

/// "12,500" (English) or "12 500" (Russian).
func grouped(_ value: Int, separator: String) -> String {
    let digits = String(value)
    var out = ""
    for (i, ch) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out += separator }
        out.append(ch)
    }
    return out
}

extension StringProtocol {
    /// With its first letter upper-cased ("the vendor" → "The vendor").
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
    /// With its first letter lower-cased, after a lead-in ("Бэкенд" → "бэкенд").
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}

/// A round-looking money figure: 2,500 or 34,750 or 120,000.
func roundAmount(_ random: inout SplitMix64) -> Int {
    let scale = random.pick([10, 50, 100, 250, 1000, 5000])
    return random.inRange(1...90) * scale
}

// MARK: - English

struct EnglishPhrases: Phrasebook {
    let language = Language.en
    static let firstNames = ["Alice", "Bob", "Kenji", "Aisha", "Liam", "Maria", "Tom", "Yuki", "Devon", "Rebecca", "Marcus", "Priya",
                             "Amelia", "Jonah", "Lucia", "Walter", "Chiara", "Samir", "Lena", "Owen", "Rahul", "Emily", "Frank",
                             "Rosa", "Felix", "Hiro", "Dana", "José", "Zoë", "Sven", "Miguel", "Grace"]
    static let lastNames = ["Chen", "Lee", "Müller", "Sato", "Bello", "O'Connor", "Gonzalez", "Fischer", "Tanaka", "Price", "Hall",
                            "Walsh", "Desai", "Ross", "Fields", "Moretti", "Ng", "Bianchi", "Khan", "Whitfield", "Novak", "García",
                            "Okafor", "Brandt", "Nguyen", "Park"]
    static let titles = ["ACME renewal - call notes", "Platform standup", "Design review: mobile checkout", "Q4 planning minutes",
                         "Vendor pricing call", "Hiring sync (backend)", "Office move", "Security audit follow-up",
                         "Partnership terms", "Support escalation review", "Marketing launch sync", "Budget check-in",
                         "Customer advisory board", "Procurement: laptops", "Infra migration", "Board update prep"]
    static let tasks = ["send the revised proposal", "update the budget sheet", "book the venue for the offsite",
                        "review the contract draft", "share the slides with the team", "get three quotes from movers",
                        "check the price floor with finance", "renew the api.internal certificate",
                        "write the postmortem for last Friday's outage", "set up the Ridgeway integration in the WMS",
                        "draft the press release", "confirm headcount numbers", "schedule the security review",
                        "fix the address autocomplete copy", "estimate the effort for saved cards",
                        "send Northline the termination notice", "prepare the Q4 forecast", "get legal review of the DPA done",
                        "order the new laptops", "migrate the billing jobs to the new cluster", "clean up CI runner disks",
                        "run five more sessions with returning customers", "sign the NDA", "collect feedback from the pilot customers",
                        "publish the release notes", "reconcile the October invoices", "call the vendor about the late shipment",
                        "interview the two backend candidates", "draft the agenda for the board meeting", "update the onboarding checklist"]
    static let subjects = ["the onboarding flow", "the pricing page", "the Redis upgrade", "the new dashboard", "the carrier",
                           "the vendor", "the data migration", "the pilot", "the Q4 forecast", "the autoscaling PR", "the API docs",
                           "the hiring pipeline", "the support backlog", "the mobile release"]
    static let predicates = ["is mostly done", "slipped by a week", "went better than expected", "is, um, blocked on legal",
                             "needs another review", "looks good so far", "is still waiting on the vendor", "came up last week too",
                             "is on track for the end of the month", "had, like, a rough week"]
    static let fillers = ["Um, okay.", "Yeah, yeah.", "Sounds good.", "Right.", "Sorry, I was on mute.", "Can you hear me?",
                          "Morning.", "Hi all.", "Okay, great.", "Like, I'm not sure.", "Fair.", "Ha, tell me about it.",
                          "Let me share my screen.", "Mhm.", "Got it.", "Yep.", "Oh, that's much cleaner.", "Okay, I think we have everyone."]
    static let costs = ["the quote for the new firewall cluster", "the new lease", "support", "the migration fee", "the budget",
                        "the hardware", "the license for the threat feed", "the deposit", "the contractor", "the renewal",
                        "the offsite", "the extra runner cost"]
    static let periods = ["", " a month", " per year", " one-time", " monthly", " per seat per month", " upfront", " a quarter"]
    static let choices = ["we switch to Ridgeway from February 1", "the Apple Pay button goes at the top",
                          "2-year term, net 30 payment terms", "we keep guest checkout as the default",
                          "we postpone the launch to March", "we go with the vinyl plank, not carpet",
                          "we freeze hiring until Q2", "we use the new template for all proposals",
                          "we move CI to spot instances", "the offsite stays in Lisbon"]
    static let questions = ["What about the license for the threat feed?", "Who owns the vendor follow-up?",
                            "Can we get the numbers before Thursday?", "Do we need legal to sign off on this?",
                            "Is the budget approved already?", "When does the contract expire?",
                            "Should we invite finance to the next call?", "Any objections?", "What are the options on flooring?"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                         "November", "December"]

    /// Participants from one organisation's roster: each first name has one surname, so the
    /// same people meet again across documents (as in a real folder of notes).
    func people(_ count: Int, _ random: inout SplitMix64) -> [Person] {
        var chosen = Set<Int>()
        var result: [Person] = []
        while result.count < count {
            let index = random.below(Self.firstNames.count)
            guard chosen.insert(index).inserted else { continue }
            let first = Self.firstNames[index]
            result.append(Person(first: first, last: Self.lastNames[(index * 7 + 3) % Self.lastNames.count], handle: first.lowercased()))
        }
        return result
    }

    func title(_ random: inout SplitMix64) -> String { random.pick(Self.titles) }

    func dateLine(_ day: CivilDate, markdown: Bool, _ random: inout SplitMix64) -> String {
        let label = markdown ? "**Date:**" : "Date:"
        switch random.below(3) {
        case 0: return "\(label) \(day.iso)"
        case 1: return "\(label) \(Self.weekdays[day.weekday - 1].prefix(3)), \(day.day) \(Self.months[day.month - 1].prefix(3)) \(day.year)"
        default: return "\(label) \(Self.months[day.month - 1]) \(day.day), \(day.year)"
        }
    }

    func attendeesLine(_ people: [Person], markdown: Bool) -> String {
        if markdown { return "Attendees: " + people.map { "@\($0.handle) (\($0.full))" }.joined(separator: ", ") }
        return "Attendees: " + people.map(\.full).joined(separator: ", ")
    }

    var headings: (discussion: String, decisions: String, actions: String, next: String) {
        ("Discussion", "Decisions", "Action items", "Next steps")
    }

    /// A deadline relative to the meeting `day`, in one of the ways people write them.
    func due(_ day: CivilDate, _ random: inout SplitMix64) -> String {
        let later = day.adding(days: random.inRange(1...40))
        let month = Self.months[later.month - 1]
        switch random.below(16) {
        case 0: return "by Friday"
        case 1: return "on \(random.pick(Self.weekdays.prefix(5)))"
        case 2: return "by end of week"
        case 3: return "by EOW"
        case 4: return "tomorrow"
        case 5: return "next \(random.pick(Self.weekdays.prefix(5)))"
        case 6: return "by \(month.prefix(3)) \(later.day)"
        case 7: return "by \(month) \(later.day)"
        case 8: return "by \(later.month)/\(later.day)"
        case 9: return "by the \(later.day)\(later.day % 10 == 1 && later.day != 11 ? "st" : later.day % 10 == 2 && later.day != 12 ? "nd" : later.day % 10 == 3 && later.day != 13 ? "rd" : "th")"
        case 10: return "by end of month"
        case 11: return "in two weeks"
        case 12: return "before \(month.prefix(3)) \(later.day)"
        case 13: return "by \(later.iso)"
        case 14: return "by Friday \(random.inRange(1...5))pm"
        default: return "today"
        }
    }

    func amount(_ random: inout SplitMix64) -> String {
        let value = roundAmount(&random)
        switch random.below(9) {
        case 0: return "$\(grouped(value, separator: ","))"
        case 1: return "EUR \(grouped(value, separator: ","))"
        case 2: return "€\(random.inRange(1...9)).\(random.inRange(1...9))M"
        case 3: return "£\(grouped(value, separator: ","))"
        case 4: return "\(random.inRange(5...300))k"
        case 5: return "$\(random.inRange(1...40)).\(random.inRange(10...99))"
        case 6: return "\(grouped(value, separator: ",")) euros"
        case 7: return "\(grouped(value, separator: ",")) dollars"
        default: return "$\(grouped(value, separator: ","))"
        }
    }

    func time(_ random: inout SplitMix64) -> String {
        let hour = random.inRange(8...17)
        switch random.below(3) {
        case 0: return hour < 12 ? "\(hour)am" : "\(hour == 12 ? 12 : hour - 12)pm"
        case 1: return "\(hour):\(random.pick(["00", "30"]))"
        default: return "\(hour > 12 ? hour - 12 : hour)"
        }
    }

    func nextContact(_ day: CivilDate, _ random: inout SplitMix64) -> String {
        let later = day.adding(days: random.inRange(2...14))
        let weekday = Self.weekdays[later.weekday - 1]
        switch random.below(5) {
        case 0: return "Let's check in again next \(weekday) at \(time(&random))."
        case 1: return "Next call \(weekday) \(Self.months[later.month - 1].prefix(3)) \(later.day) at \(time(&random))."
        case 2: return "Next review: \(weekday) \(Self.months[later.month - 1].prefix(3)) \(later.day) at \(time(&random))."
        case 3: return "We'll sync again on \(weekday) at \(time(&random))."
        default: return "Let's meet again in two weeks, same time."
        }
    }

    func spoken(_ beat: Beat, speaker: Person, listener: Person, day: CivilDate, _ random: inout SplitMix64) -> String {
        switch beat {
        case .filler:
            return random.pick(Self.fillers)
        case .status:
            let lead = random.pick(["", "So, um, ", "Yeah, so ", "Honestly, ", "Okay. ", "I think "])
            let subject = random.pick(Self.subjects)
            return lead + (lead.isEmpty || lead.hasSuffix(". ") ? subject.capitalizedFirst : subject) + " " + random.pick(Self.predicates) + "."
        case .commitment:
            let task = random.pick(Self.tasks)
            switch random.below(4) {
            case 0: return "I'll \(task) \(due(day, &random))."
            case 1: return "Okay, I'll, um, I'll \(task) \(due(day, &random))."
            case 2: return "\(listener.first) will \(task) \(due(day, &random))."
            default: return "I can \(task), probably \(due(day, &random))."
            }
        case .request:
            return "\(listener.first), can you \(random.pick(Self.tasks)) \(due(day, &random))?"
        case .amount:
            let cost = random.pick(Self.costs)
            return random.pick(["So ", "And then ", "Right. So ", ""]) + "\(cost) is \(amount(&random))\(random.pick(Self.periods))."
        case .decision:
            switch random.below(4) {
            case 0: return "Okay, agreed — \(random.pick(Self.choices))."
            case 1: return "Great, so decided: \(random.pick(Self.choices))."
            case 2: return "We decided that \(random.pick(Self.choices))."
            default: return "Let's do it. \(random.pick(Self.choices).capitalizedFirst)."
            }
        case .question:
            return random.pick(Self.questions)
        case .nextContact:
            return nextContact(day, &random)
        }
    }

    func acceptance(_ random: inout SplitMix64) -> String {
        random.pick(["Sure.", "Yes, will do.", "Sure, I'll do that.", "Yeah, no problem.", "Okay, on it."])
    }

    func note(_ beat: Beat, people: [Person], day: CivilDate, markdown: Bool, _ random: inout SplitMix64) -> String {
        let person = random.pick(people)
        switch beat {
        case .filler, .status:
            return "\(random.pick(Self.subjects).capitalizedFirst) \(random.pick(Self.predicates))"
        case .commitment, .request:
            let task = random.pick(Self.tasks)
            if markdown { return "@\(person.handle) \(task) \(due(day, &random))" }
            switch random.below(4) {
            case 0: return "\(person.first) will \(task) \(due(day, &random))"
            case 1: return "AI (\(person.first)): \(task) \(due(day, &random))"
            case 2: return "\(person.first) to \(task) \(due(day, &random))"
            default: return "\(person.first): \(task) \(due(day, &random))"
            }
        case .amount:
            return "\(random.pick(Self.costs).capitalizedFirst) is \(amount(&random))\(random.pick(Self.periods))"
        case .decision:
            return random.pick(["Decision: ", "agreed: ", "Agreed: ", ""]) + random.pick(Self.choices)
        case .question:
            return "Open: " + random.pick(Self.questions)
        case .nextContact:
            return nextContact(day, &random)
        }
    }
}

// MARK: - Russian

struct RussianPhrases: Phrasebook {
    let language = Language.ru
    /// (first name, handle, female)
    static let firstNames: [(String, String, Bool)] = [
        ("Анна", "anna", true), ("Иван", "ivan", false), ("Пётр", "petr", false), ("Наталья", "natalia", true),
        ("Кирилл", "kirill", false), ("Татьяна", "tatiana", true), ("Алексей", "alexey", false), ("Виктор", "viktor", false),
        ("Павел", "pavel", false), ("Мария", "maria", true), ("Дмитрий", "dmitry", false), ("Елена", "elena", true),
        ("Галина", "galina", true), ("Тимур", "timur", false), ("Ольга", "olga", true), ("Сергей", "sergey", false),
    ]
    static let lastNames = ["Смирнов", "Петров", "Гусев", "Орлов", "Васильев", "Белов", "Фёдоров", "Ершов", "Соколов",
                            "Кузнецов", "Волков", "Морозов", "Сорокин", "Лебедев"]
    static let titles = ["Синк по проекту «Личный кабинет 2.0»", "Переговоры с «ТехноСтрой»: продление контракта",
                         "Протокол: миграция ИТ-инфраструктуры", "Звонок с клиентом", "Закупки: условия на следующий год",
                         "Найм аналитика", "Рекламный бюджет на квартал", "Планёрка отдела продаж", "Итоги года"]
    /// (infinitive, first person future, third person future, object)
    static let tasks: [(String, String, String, String)] = [
        ("подготовить", "подготовлю", "подготовит", "коммерческое предложение с новой ценой"),
        ("согласовать", "согласую", "согласует", "скидку с финансовым директором"),
        ("прислать", "пришлю", "пришлёт", "реквизиты для нового договора"),
        ("обновить", "обновлю", "обновит", "смету по проекту"),
        ("проверить", "проверю", "проверит", "проект договора"),
        ("выкатить", "выкачу", "выкатит", "релиз на тестовый стенд"),
        ("забронировать", "забронирую", "забронирует", "переговорную на вторник"),
        ("отправить", "отправлю", "отправит", "протокол участникам"),
        ("написать", "напишу", "напишет", "интеграционные тесты"),
        ("подписать", "подпишу", "подпишет", "допсоглашение с подрядчиком"),
        ("собрать", "соберу", "соберёт", "обратную связь от клиентов"),
        ("заказать", "закажу", "закажет", "новые ноутбуки"),
        ("настроить", "настрою", "настроит", "интеграцию со складом"),
        ("сверить", "сверю", "сверит", "счета за октябрь"),
    ]
    static let subjects = ["Бэкенд", "Фронтенд", "API авторизации", "Миграция базы", "Пилот с клиентом", "Новый дашборд",
                           "Перевозчик", "Поставщик", "Отчёт за квартал", "Найм"]
    static let predicates = ["готов, уже на тестовом стенде", "отстаёт примерно на неделю", "почти закончен",
                             "ждёт согласования юристов", "идёт по плану", "пока, э-э, заблокирован", "обсуждали на прошлой неделе"]
    static let fillers = ["Ну, как бы, да.", "Э-э, хорошо.", "Понял.", "Да, слышу.", "Угу.", "Вот.", "Добрый день!",
                          "Секунду, я был без звука.", "Ну что, давайте начнём.", "Хорошо, спасибо.", "Да-да.", "Ага, понятно."]
    static let costs = ["Текущий контракт", "Хостинг тестового стенда", "Бюджет на доп. часы подрядчика", "Внедрение модуля",
                        "Пакет поддержки", "Аренда офиса", "Лицензия", "Доставка"]
    static let periods = ["", " в месяц", " в год", " разово", " ежеквартально", " в квартал"]
    static let choices = ["работаем с «ТехноСтрой»", "переносим релиз на следующий спринт",
                          "включаем пакет поддержки в новый договор", "бюджет 210 000 руб. в месяц",
                          "переходим на нового перевозчика с 1 февраля", "оставляем текущий тариф",
                          "скидка 10% при условии предоплаты за год"]
    static let questions = ["А внедрение отдельно оплачивается?", "Кто отвечает за договор?", "Когда будет готов макет?",
                            "Нужно ли согласование юристов?", "Бюджет уже утверждён?", "Есть возражения?"]
    static let weekdaysAccusative = ["понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"]
    static let weekdaysGenitive = ["понедельника", "вторника", "среды", "четверга", "пятницы", "субботы", "воскресенья"]
    static let monthsGenitive = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                                 "ноября", "декабря"]

    /// Participants from one organisation's roster (each first name has one surname).
    func people(_ count: Int, _ random: inout SplitMix64) -> [Person] {
        var chosen = Set<Int>()
        var result: [Person] = []
        while result.count < count {
            let index = random.below(Self.firstNames.count)
            guard chosen.insert(index).inserted else { continue }
            let (first, handle, female) = Self.firstNames[index]
            let last = Self.lastNames[(index * 5 + 2) % Self.lastNames.count]
            result.append(Person(first: first, last: female ? last + "а" : last, handle: handle))
        }
        return result
    }

    func title(_ random: inout SplitMix64) -> String { random.pick(Self.titles) }

    func dateLine(_ day: CivilDate, markdown: Bool, _ random: inout SplitMix64) -> String {
        let dd = day.day < 10 ? "0\(day.day)" : "\(day.day)"
        let mm = day.month < 10 ? "0\(day.month)" : "\(day.month)"
        let value = random.chance(70) ? "\(dd).\(mm).\(day.year)" : "\(day.day) \(Self.monthsGenitive[day.month - 1]) \(day.year)"
        return (markdown ? "**Дата:** " : "Дата: ") + value
    }

    func attendeesLine(_ people: [Person], markdown: Bool) -> String {
        if markdown { return "**Участники:** " + people.map { "\($0.full) (@\($0.handle))" }.joined(separator: ", ") }
        return "Участники: " + people.map(\.full).joined(separator: ", ")
    }

    var headings: (discussion: String, decisions: String, actions: String, next: String) {
        ("Обсуждение", "Решения", "Задачи", "Следующий шаг")
    }

    func due(_ day: CivilDate, _ random: inout SplitMix64) -> String {
        let later = day.adding(days: random.inRange(1...40))
        let weekday = random.below(5)
        switch random.below(12) {
        case 0: return "до \(Self.weekdaysGenitive[weekday])"
        case 1: return "в \(Self.weekdaysAccusative[weekday])"
        case 2: return "до конца недели"
        case 3: return "завтра"
        case 4: return "к \(later.day) \(Self.monthsGenitive[later.month - 1])"
        case 5: return "до \(later.day) \(Self.monthsGenitive[later.month - 1])"
        case 6:
            let dd = later.day < 10 ? "0\(later.day)" : "\(later.day)"
            let mm = later.month < 10 ? "0\(later.month)" : "\(later.month)"
            return "до \(dd).\(mm).\(later.year)"
        case 7: return "на следующей неделе"
        case 8: return "через \(random.inRange(2...4)) дня"
        case 9: return "до конца месяца"
        case 10: return "в \(Self.weekdaysAccusative[weekday]) до \(random.inRange(10...18)):00"
        default: return "сегодня"
        }
    }

    func amount(_ random: inout SplitMix64) -> String {
        let value = roundAmount(&random)
        switch random.below(7) {
        case 0: return "\(grouped(value, separator: " ")) руб."
        case 1: return "\(grouped(value, separator: " ")) рублей"
        case 2: return "\(random.inRange(1...9)),\(random.inRange(1...9)) млн рублей"
        case 3: return "\(random.inRange(5...900)) тыс."
        case 4: return "\(random.inRange(10...900)) тысяч рублей"
        case 5: return "$\(grouped(value, separator: " "))"
        default: return "\(grouped(value, separator: " ")) ₽"
        }
    }

    func nextContact(_ day: CivilDate, _ random: inout SplitMix64) -> String {
        let weekday = Self.weekdaysAccusative[random.below(5)]
        let time = "\(random.inRange(9...17)):\(random.pick(["00", "30"]))"
        switch random.below(4) {
        case 0: return "Созвонимся в \(weekday) в \(time)."
        case 1: return "Следующая встреча — в \(weekday) в \(time)."
        case 2: return "Следующий синк в \(weekday) в \(time)."
        default: return "Давайте сверимся в \(weekday) в \(time)."
        }
    }

    func spoken(_ beat: Beat, speaker: Person, listener: Person, day: CivilDate, _ random: inout SplitMix64) -> String {
        switch beat {
        case .filler:
            return random.pick(Self.fillers)
        case .status:
            let lead = random.pick(["", "Ну, ", "Так, ", "Вот, "])
            let subject = random.pick(Self.subjects)
            let keepCapital = lead.isEmpty || subject.hasPrefix("API")
            return lead + (keepCapital ? subject : subject.lowercasedFirst) + " " + random.pick(Self.predicates) + "."
        case .commitment:
            let task = random.pick(Self.tasks)
            switch random.below(3) {
            case 0: return "Я \(task.1) \(task.3) \(due(day, &random))."
            case 1: return "Хорошо, э-э, \(task.1) \(task.3) \(due(day, &random))."
            default: return "\(listener.first) \(task.2) \(task.3) \(due(day, &random))."
            }
        case .request:
            let task = random.pick(Self.tasks)
            return "\(listener.first), сможете \(task.0) \(task.3) \(due(day, &random))?"
        case .amount:
            return "\(random.pick(Self.costs)) — \(amount(&random))\(random.pick(Self.periods))."
        case .decision:
            switch random.below(3) {
            case 0: return "Договорились: \(random.pick(Self.choices))."
            case 1: return "Итак, решено: \(random.pick(Self.choices))."
            default: return "Решили, что \(random.pick(Self.choices))."
            }
        case .question:
            return random.pick(Self.questions)
        case .nextContact:
            return nextContact(day, &random)
        }
    }

    func acceptance(_ random: inout SplitMix64) -> String {
        random.pick(["Да, сделаю.", "Хорошо.", "Да, без проблем.", "Ок, беру.", "Да, успею."])
    }

    func note(_ beat: Beat, people: [Person], day: CivilDate, markdown: Bool, _ random: inout SplitMix64) -> String {
        let person = random.pick(people)
        switch beat {
        case .filler, .status:
            return "\(random.pick(Self.subjects)): \(random.pick(Self.predicates))"
        case .commitment, .request:
            let task = random.pick(Self.tasks)
            if markdown { return "@\(person.handle) \(task.0) \(task.3) — \(due(day, &random))" }
            switch random.below(3) {
            case 0: return "\(person.first) \(task.2) \(task.3) \(due(day, &random))."
            case 1: return "\(person.first): \(task.0) \(task.3) \(due(day, &random))"
            default: return "\(task.0.capitalizedFirst) \(task.3) \(due(day, &random)) (ответственного пока нет)."
            }
        case .amount:
            return "\(random.pick(Self.costs)) — \(amount(&random))\(random.pick(Self.periods))."
        case .decision:
            return random.pick(["Решение: ", "Договорились: ", "Решили: "]) + random.pick(Self.choices) + "."
        case .question:
            return "Открытый вопрос: " + random.pick(Self.questions)
        case .nextContact:
            return nextContact(day, &random)
        }
    }
}
