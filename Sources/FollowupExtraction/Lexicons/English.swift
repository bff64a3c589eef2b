extension Lexicon {
    /// English. Keys are NFKC_Casefold forms as ICU's word breaker cuts them ("i'll" is one word).
    public static let english: Lexicon = {
        var lexicon = Lexicon(
        code: "en",
        icuLocale: "en",
        script: "Latn",
        stopWords: englishStopWords,
        weekdays: [
            "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3, "weds": 3,
            "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
            "sunday": 7, "sun": 7,
        ],
        months: englishMonths,
        relativeDays: [
            "this night": .offset(0), "last night": .offset(-1), "next day": .offset(1), "the next day": .offset(1), "the following day": .offset(1), "following day": .offset(1),
            "first thing tomorrow": .offset(1), "first thing tomorrow morning": .offset(1), "first thing in the morning": .offset(1),
            "today": .offset(0), "tonight": .offset(0), "tonite": .offset(0), "this day": .offset(0), "rest of the day": .offset(0),
            "rest of today": .offset(0), "rest of my day": .offset(0), "rest of this day": .offset(0), "right after this call": .offset(0), "right after this": .offset(0), "right after the call": .offset(0),
            "right after this meeting": .offset(0), "after this call": .offset(0), "the same day": .offset(0), "same day": .offset(0),
            "right away": .offset(0), "straight away": .offset(0), "eod": .offset(0), "e.o.d": .offset(0), "end of day": .offset(0),
            "end of the day": .offset(0), "end of today": .offset(0), "cob": .offset(0), "close of business": .offset(0),
            "this afternoon": .offset(0), "this evening": .offset(0), "later today": .offset(0), "this morning": .offset(0),
            "tomorrow": .offset(1), "tmrw": .offset(1), "tmr": .offset(1), "tomorow": .offset(1), "tommorow": .offset(1),
            "tomorrow morning": .offset(1), "tomorrow afternoon": .offset(1), "day after tomorrow": .offset(2),
            "the day after tomorrow": .offset(2), "yesterday": .offset(-1), "day before yesterday": .offset(-2),
            "the day before yesterday": .offset(-2),
            "end of week": .endOfWeek, "end of the week": .endOfWeek, "end of this week": .endOfWeek, "eow": .endOfWeek,
            "e.o.w": .endOfWeek, "this week": .endOfWeek, "later this week": .endOfWeek,
            "end of next week": .endOfNextWeek, "end of the next week": .endOfNextWeek,
            "mid next week": .midNextWeek, "middle of next week": .midNextWeek, "the middle of next week": .midNextWeek,
            "next week": .nextWeek, "early next week": .nextWeek, "the following week": .weekAfterThat, "the week after": .weekAfterThat,
            "end of month": .endOfMonth, "end of the month": .endOfMonth, "end of this month": .endOfMonth, "eom": .endOfMonth,
            "e.o.m": .endOfMonth, "month end": .endOfMonth, "month-end": .endOfMonth, "end of next month": .endOfNextMonth,
            "mid-month": .midMonth, "mid month": .midMonth, "middle of the month": .midMonth, "the middle of the month": .midMonth,
            "middle of this month": .midMonth, "mid next month": .midNextMonth, "mid-next month": .midNextMonth,
            "middle of next month": .midNextMonth, "the middle of next month": .midNextMonth,
            "next month": .nextMonth,
            "end of quarter": .endOfQuarter, "end of the quarter": .endOfQuarter, "end of this quarter": .endOfQuarter,
            "eoq": .endOfQuarter, "quarter end": .endOfQuarter, "quarter-end": .endOfQuarter,
            "end of year": .endOfYear, "end of the year": .endOfYear, "end of this year": .endOfYear, "eoy": .endOfYear,
            "year end": .endOfYear, "year-end": .endOfYear,
        ],
        nextWords: ["next", "following"],
        nextWeekdayMeaning: .followingWeek,
        nextWordsAfter: [],
        lastWords: ["last", "past", "previous"],
        pastMarkers: [
            "was", "were", "did", "had", "sent", "met", "went", "said", "told", "shipped", "signed", "spoke", "called",
            "talked", "mentioned", "happened", "ago", "yesterday", "already", "finished", "completed", "got", "gave",
            "came", "made", "wrote", "paid", "received", "launched", "released", "started", "closed", "agreed", "decided",
            "discussed", "reviewed", "emailed", "asked", "presented", "delivered", "uploaded", "shared", "forwarded",
            "forgot", "missed", "shipped", "fixed",
        ],
        inWords: ["in"],
        withinWords: ["within"],
        durationUnits: [
            "day": .days(1), "days": .days(1), "week": .days(7), "weeks": .days(7), "wk": .days(7), "wks": .days(7),
            "month": .months(1), "months": .months(1), "fortnight": .days(14), "year": .months(12), "years": .months(12),
            "yr": .months(12), "yrs": .months(12),
            "hour": .seconds(3_600), "hours": .seconds(3_600), "hr": .seconds(3_600), "hrs": .seconds(3_600),
            "minute": .seconds(60), "minutes": .seconds(60), "min": .seconds(60), "mins": .seconds(60),
            "second": .seconds(1), "seconds": .seconds(1), "sec": .seconds(1), "secs": .seconds(1),
        ],
        durationDirections: ["later": 1, "from now": 1, "from today": 1, "hence": 1, "ago": -1, "earlier": -1],
        amountRoles: [
            "rejects": "rejected", "refused": "rejected",
            "lawsuit": "background", "litigation": "background",
            "goal": "budget",
            "→ no": "rejected", "→ rejected": "rejected", "mentioned": "background",
            "another company": "background", "other company": "background", "elsewhere": "background", "competing offer": "background", "competing": "background",
            "higher than we expected": "rejected", "higher than expected": "rejected", "more than we expected": "rejected", "over our budget": "rejected", "out of our budget": "rejected", "can't go that high": "rejected", "cannot go that high": "rejected",
            "ask": "requested", "opening": "requested",
            "estimate": "budget", "estimated": "budget", "est": "budget", "target": "budget", "under": "budget", "range": "budget", "band": "budget", "ceiling of": "budget",
            "cash": "background", "in the bank": "background", "balance": "background", "bookings": "background", "closed at": "background", "brings in": "background", "income": "background", "in the account": "background", "already": "background", "we're on": "background", "they're on": "background", "renews": "background", "renewed": "background", "invoiced": "background", "charging us": "background", "remain": "background", "remains": "background", "risen": "background", "went up": "background", "put it up": "background", "damages": "background", "penalty": "background", "been paid": "background", "now": "background",
            "current": "background", "currently": "background", "today": "background", "right now": "background",
            "at the moment": "background", "they pay": "background", "they are paying": "background",
            "paying": "background", "we pay": "background", "we are paying": "background", "last year": "background",
            "last quarter": "background", "last month": "background", "previous": "background",
            "previously": "background", "used to": "background", "spent": "background", "spend last": "background",
            "spending": "background", "revenue": "background", "arr": "background", "mrr": "background",
            "sales of": "background", "competitor": "background", "competitors": "background",
            "competitor's": "background", "competition": "background", "incumbent": "background",
            "existing": "background", "old": "background", "legacy": "background", "lost": "background",
            "loss": "background", "losses": "background", "cost us": "background", "costs them": "background",
            "cost them": "background", "raised": "background", "valuation": "background", "turnover": "background",
            "burn": "background", "historically": "background", "so far": "background", "too expensive": "rejected",
            "too high": "rejected", "too much": "rejected", "turned down": "rejected", "declined": "rejected", "turned it down": "rejected", "turned that down": "rejected",
            "rejected": "rejected", "reject": "rejected", "passed on": "rejected", "ruled out": "rejected",
            "dropped": "rejected", "not going with": "rejected", "instead of": "rejected", "rather than": "rejected",
            "no to": "rejected", "walked away from": "rejected", "not worth": "rejected", "agreed": "agreed",
            "agree": "agreed", "agreed on": "agreed", "approved": "agreed", "approve": "agreed", "decided": "agreed",
            "decision": "agreed", "signed": "agreed", "sign off": "agreed", "signed off": "agreed",
            "go with": "agreed", "going with": "agreed", "settled": "agreed", "settled on": "agreed",
            "confirmed": "agreed", "accepted": "agreed", "accept": "agreed", "locked": "agreed",
            "locked in": "agreed", "final": "agreed", "deal at": "agreed", "landed at": "agreed", "landed on": "agreed", "compromise": "agreed", "ended up at": "agreed", "met in the middle at": "agreed", "we'll do": "agreed",
            "we will do": "agreed", "works for us": "agreed", "is fine": "agreed", "deal": "agreed", "budget": "budget",
            "budgeted": "budget", "budgets": "budget", "can spend": "budget", "can afford": "budget",
            "up to": "budget", "at most": "budget", "max": "budget", "maximum": "budget", "cap": "budget",
            "capped": "budget", "allocated": "budget", "allocate": "budget", "set aside": "budget",
            "envelope": "budget", "left on": "budget", "left in": "budget", "ceiling": "budget",
            "spend up to": "budget", "ask for": "requested", "asks for": "requested", "asked for": "requested",
            "asking for": "requested", "push for": "requested", "pushes for": "requested",
            "pushing for": "requested", "pushed for": "requested", "want": "requested", "wants": "requested",
            "requested": "requested", "request": "requested", "requests": "requested", "expects": "requested",
            "expect": "requested", "expectation": "requested", "demand": "requested", "demands": "requested",
            "would like": "requested", "looking for": "requested", "counter": "requested", "offer": "offered",
            "offered": "offered", "offers": "offered", "offering": "offered", "quote": "offered",
            "quoted": "offered", "quotes": "offered", "proposal": "offered", "propose": "offered",
            "proposed": "offered", "proposes": "offered", "pricing": "offered", "list price": "offered",
            "we can do": "offered", "could do": "offered", "can do": "offered", "price": "offered", "fee": "offered",
            "costs": "offered", "cost": "offered", "rate": "offered",
            "not approved": "rejected", "not accepted": "rejected", "wasn't approved": "rejected", "was not approved": "rejected", "not happening": "rejected", "off the table": "rejected",
            "pushed back": "rejected", "push back": "rejected", "pushback": "rejected", "not comfortable": "rejected",
        ],
        contrastWords: ["but", "while", "whereas", "although", "though", "however"],
        anchorDirections: ["after": 1, "from": 1, "before": -1, "prior": -1],
        speakerObjectPronouns: ["me"],
        businessWords: ["business", "working", "work"],
        numberWords: [
            "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
            "couple": 2, "few": 3,
        ],
        ordinalSuffixes: ["th", "st", "nd", "rd"],
        deadlineWords: ["by", "until", "till", "til", "before", "due", "no later than", "latest", "on or before", "deadline"],
        dayFirst: false,
        amWords: ["am", "a.m", "a.m."],
        pmWords: ["pm", "p.m", "p.m."],
        namedTimes: ["noon": (12, 0), "midday": (12, 0), "midnight": (0, 0), "lunchtime": (12, 0)],
        atWords: ["at", "@"],
        morningWords: ["morning"],
        eveningWords: ["afternoon", "evening"],
        currencies: [
            "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "bucks": "USD", "buck": "USD",
            "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "£": "GBP", "gbp": "GBP", "pound": "GBP",
            "pounds": "GBP", "quid": "GBP", "₽": "RUB", "rub": "RUB", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB",
            "rouble": "RUB", "¥": "JPY", "jpy": "JPY", "yen": "JPY", "chf": "CHF", "francs": "CHF", "cad": "CAD",
            "c$": "CAD", "aud": "AUD", "a$": "AUD", "inr": "INR", "₹": "INR", "rupees": "INR", "cny": "CNY", "rmb": "CNY",
            "yuan": "CNY", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "pln": "PLN", "zloty": "PLN", "brl": "BRL",
            "r$": "BRL", "mxn": "MXN", "sgd": "SGD", "hkd": "HKD", "nzd": "NZD", "czk": "CZK", "try": "TRY", "₺": "TRY",
            "uah": "UAH", "₴": "UAH", "kzt": "KZT", "₸": "KZT", "ils": "ILS", "₪": "ILS", "krw": "KRW", "₩": "KRW",
            "zar": "ZAR", "aed": "AED",
        ],
        magnitudes: [
            "k": 1e3, "thousand": 1e3, "grand": 1e3, "thou": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "mil": 1e6,
            "million": 1e6, "millions": 1e6, "mio": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9, "hundred": 1e2,
        ],
        periods: [
            "milestones": "one-time", "on signing": "one-time", "at signing": "one-time",
            // A credit note is paid once.
            "credit note": "one-time", "a credit of": "one-time",
            // A rate per hour, per event or per unit: no period of the contract, and no question about one.
            "per hour": "rate", "an hour": "rate", "/hour": "rate", "/ hour": "rate", "/hr": "rate", "hourly": "rate", "/h": "rate", "per event": "rate", "per visit": "rate", "per ticket": "rate", "per box": "rate", "per unit": "rate", "per item": "rate", "per kg": "rate",
            "per month": "month", "a month": "month", "/mo": "month", "/month": "month", "/ mo": "month",
            "/ month": "month", "monthly": "month", "per mo": "month", "a mo": "month", "each month": "month",
            "every month": "month", "/m": "month", "pm": "month", "p/m": "month", "mrr": "month", "month-to-month": "month",
            "per year": "year", "a year": "year", "/yr": "year", "/year": "year", "/ yr": "year", "/ year": "year",
            "annually": "year", "yearly": "year", "annual": "year", "per annum": "year", "p.a": "year", "pa": "year",
            "arr": "year", "each year": "year", "every year": "year", "/y": "year", "per yr": "year", "a yr": "year",
            "per quarter": "quarter", "a quarter": "quarter", "quarterly": "quarter", "/quarter": "quarter",
            "/qtr": "quarter", "/ quarter": "quarter", "/q": "quarter", "per qtr": "quarter", "for the quarter": "quarter",
            "each quarter": "quarter", "every quarter": "quarter",
            "per week": "week", "a week": "week", "weekly": "week", "/week": "week", "/wk": "week", "per wk": "week",
            "every week": "week", "each week": "week",
            "per day": "day", "day rate": "day", "daily rate": "day", "a day": "day", "daily": "day", "/day": "day", "/ day": "day", "every day": "day",
            "one-time": "one-time", "one time": "one-time", "onetime": "one-time", "one-off": "one-time",
            "one off": "one-time", "upfront": "one-time", "up-front": "one-time", "up front": "one-time",
            "setup fee": "one-time", "set-up fee": "one-time", "setup": "one-time", "set-up": "one-time",
            "implementation fee": "one-time", "onboarding fee": "one-time", "once": "one-time", "flat fee": "one-time",
            "lump sum": "one-time", "one-time fee": "one-time", "signing bonus": "one-time", "in total": "one-time",
            // A fixed price is the whole job's; a "fixed fee" may be monthly.
            "fixed price": "one-time", "fixed-price": "one-time",
            "for the year": "year", "fiscal year": "year", "per fiscal year": "year", "for the fiscal year": "year",
        ],
        moneyWords: [
            "budget", "budgets", "price", "pricing", "priced", "cost", "costs", "fee", "fees", "pay", "paid", "paying",
            "spend", "spending", "invoice", "invoiced", "quote", "quoted", "deal", "contract", "discount", "salary",
            "comp", "compensation", "revenue", "arr", "mrr", "acv", "tcv", "rate", "retainer", "deposit", "payment",
            "charge", "charges", "license", "licence", "subscription", "offer", "offered", "bid", "cap", "capped",
            "funding", "raise", "valuation", "expense", "expenses", "reimburse", "refund", "credit", "worth", "value",
            "total", "bonus", "estimate", "estimated", "approved", "allocate", "allocated", "ceiling", "floor",
            "account", "balance", "earned", "income", "savings", "spent", "owe", "owed", "bank",
        ],
        decimalComma: false,
        firstPerson: ["i", "i'll", "i'm", "i've", "ill", "im", "i’ll", "i'd", "i’d"],
        firstPersonPlural: ["we", "we'll", "we're", "let's", "lets", "us", "we’ll"],
        secondPerson: ["you", "you'll", "you're", "u"],
        weOwner: "we",
        commitmentMarkers: ["will", "'ll", "to", "shall", "should", "must", "can", "owns", "takes", "handles", "wll", "wil"],
        commitmentPhrases: [
            "is going to", "are going to", "am going to", "'m going to", "is gonna", "are gonna", "am gonna",
            "'m gonna", "needs to", "need to", "has to", "have to", "will need to", "is to", "are to", "will be",
            "is responsible for", "are responsible for", "takes care of", "will take care of", "to take care of",
            "will handle", "is handling", "is on", "volunteered to", "offered to", "agreed to", "promised to",
            "committed to", "is taking", "will take", "can take", "'ll take", "will own", "owns", "to own",
            "will look into", "will follow up", "is working on", "will work on", "ought to", "is supposed to",
            "will try to", "'ll try to", "plans to", "is planning to", "wants to", "will have to", "'ll have to", "'ll need to",
            "are supposed to",
        ],
        requestPhrases: [
            "can you", "could you", "would you", "will you", "can u", "could u", "would you mind", "do you mind",
            "please", "pls", "plz", "can we get you to", "i need you to", "i'd like you to", "make sure you",
            "mind sending", "you need to", "you're gonna", "you are gonna", "you're going to", "you are going to",
            "you guys are gonna", "you two are gonna", "you guys are going to", "you two are going to",
        ],
        selfCommitmentPhrases: [
            "let me", "i'll", "i will", "i can", "i'm going to", "i am going to", "i'm gonna", "i shall", "i need to",
            "i have to", "i'm supposed to", "i am supposed to", "i'll go ahead and", "i'll try to", "i'm on it", "i'll just", "i'll also", "i'm happy to",
            "happy to", "i'd be happy to", "i will try to", "leave it with me", "ill", "i’ll", "i wil",
        ],
        taskVerbs: [
            "send", "share", "review", "draft", "prepare", "update", "schedule", "book", "set", "setup", "confirm",
            "check", "follow", "reach", "call", "email", "e-mail", "ping", "loop", "circulate", "sign", "finalize",
            "finalise", "complete", "finish", "write", "create", "build", "fix", "deploy", "ship", "test", "investigate",
            "look", "find", "get", "order", "buy", "pay", "invoice", "submit", "file", "upload", "publish", "post",
            "organize", "organise", "arrange", "coordinate", "contact", "introduce", "intro", "forward", "provide",
            "deliver", "present", "demo", "run", "plan", "draw", "put", "compile", "collect", "gather", "validate",
            "verify", "approve", "audit", "assess", "evaluate", "analyze", "analyse", "research", "explore", "document",
            "add", "remove", "migrate", "configure", "install", "rotate", "renew", "negotiate", "ask", "tell", "inform",
            "notify", "remind", "escalate", "resolve", "answer", "respond", "reply", "clarify", "align", "sync", "touch",
            "circle", "close", "open", "kick", "start", "launch", "release", "merge", "refactor", "clean", "hire",
            "interview", "onboard", "train", "recruit", "source", "screen", "shortlist", "pull", "push", "move", "sort",
            "handle", "own", "take", "grab", "chase", "nudge", "double-check", "doublecheck", "re-run", "rerun", "rework",
            "revise", "edit", "proofread", "translate", "design", "mock", "sketch", "outline", "summarize", "summarise",
            "recap", "note", "log", "track", "monitor", "measure", "benchmark", "estimate", "price", "quote", "budget",
            "calculate", "reconcile", "approve", "reserve", "cancel", "reschedule", "move", "lock", "secure", "confirm",
            "finalize", "hand", "handover", "pass", "return", "refund", "credit", "waive", "reimburse", "discount", "ship", "dispatch", "print", "prep", "write-up",
            "writeup", "present", "host", "invite", "cc", "bring", "make", "do", "work", "dig", "figure", "map",
            "scope", "spec", "define", "list", "identify", "flag", "raise", "report", "prioritize", "prioritise",
            "triage", "patch", "upgrade", "downgrade", "backfill", "fill", "hold", "block", "follow-up", "followup",
            "brief", "leave", "drop", "refresh", "talk", "speak", "grant", "circulate", "announce", "chase", "nudge", "label", "cut", "mix", "record",
            "file", "sort", "pick", "deploy", "replace", "rebuild", "load-test", "alert", "issue", "evaluate", "write",
        ],
        firstPersonFutureVerbs: [],
        thirdPersonFutureVerbs: [],
        teamNouns: [
            "legal", "finance", "team", "ops", "operations", "procurement", "security", "sales", "marketing", "engineering",
            "support", "vendor", "client", "customer", "hr", "it", "devops", "product", "design", "accounting", "cs",
            "partner", "agency", "supplier", "counsel", "leadership", "management", "board", "qa", "infra", "platform",
        ],
        infinitiveSuffixes: [],
        finiteVerbSuffixes: [],
        imperativeSuffixes: [],
        nonTaskVerbs: [
            "be", "been", "being", "is", "are", "was", "were", "see", "know", "think", "guess", "like", "love", "want", "need",
            "feel", "hope", "not", "never", "it", "that", "this", "the", "a", "an", "you", "we", "they", "he", "she", "i", "there",
            "here", "so", "probably", "maybe", "definitely", "always", "all", "both", "keep", "stay", "remain", "wait", "happen",
            "go", "come", "let", "say", "hear", "mean", "agree", "miss", "lose", "win", "help", "some", "any", "more", "less",
            "next", "our", "your", "their", "his", "her", "its", "my", "no", "yes", "live", "survive", "manage", "try",
            "imagine", "assume", "bet", "admit", "promise", "wonder", "believe", "understand", "suppose", "remember", "forget",
            "stay", "sit", "hop", "head", "step", "pop", "jump", "due", "eta", "tbd", "status", "done", "blocked",
            "with", "about", "on", "for", "at", "in", "to", "of", "from", "into", "over", "up", "out", "back", "off", "without", "through",
            "across", "around", "after", "before", "during", "until", "by", "than",
        ],
        immediatePhrases: [
            "tell us", "fill us in", "take us through", "walk me through",
            "share my screen", "share the screen", "share screen", "show you", "show everyone", "walk you through",
            "walk through", "walk us through", "pull up", "pull it up", "stop sharing", "start with", "kick off", "kick us off",
            "kick things off", "hand over", "hand it over", "turn it over", "pass it over", "jump in", "go first", "take notes",
            "start recording", "stop recording", "keep it short", "keep this short", "be quick", "be brief", "repeat that",
            "explain", "describe", "tell you", "let you go", "let you know", "be honest", "say", "answer that", "add to that",
            "follow you", "read it", "read out", "go through", "go over", "introduce myself", "give you", "give an update",
            "give a quick update", "give you an update", "run through", "step back", "come back to", "give me one second",
            "give me a second", "give me a sec", "give me a minute", "put it this way", "put it another way",
        ],
        immediateWords: ["now", "chat", "hang", "sec", "screen"],
        hedges: [
            "maybe", "perhaps", "might", "could", "possibly", "probably", "if", "whether", "consider", "considering",
            "hypothetically", "ideally", "someday", "eventually", "wonder", "wondering", "unless", "would", "i think we",
            "i guess", "i don't know", "not sure", "we could", "we were thinking", "i was thinking",
        ],
        assignmentPhrases: ["assigned to", "assignee", "owner", "owned by", "responsible", "dri", "point person", "lead"],
        discussionWords: [
            "discussed", "discussing", "discuss", "talked", "debated", "debate", "wondered", "asked whether", "unclear",
            "brainstormed", "considered", "question is", "not sure",
        ],
        fillers: [
            "um", "uh", "uhm", "erm", "er", "ah", "hmm", "mm", "like", "you know", "i mean", "kind of", "sort of",
            "basically", "actually", "just", "also", "quickly", "then", "go ahead and", "definitely", "totally", "really",
            "so", "yeah", "okay", "ok", "right", "alright", "all right", "well", "anyway", "probably", "gonna",
        ],
        decisionPhrases: [
            "agreed", "we agreed", "agreed to", "agreed that", "decided", "we decided", "decision", "decision is",
            "we'll go with", "we will go with", "go with", "going with", "approved", "signed off", "sign-off",
            "settled on", "we settled on", "final answer", "locked in", "confirmed", "green light", "greenlit",
            "sign off", "consensus", "resolved", "it's a go", "we're going with", "chose", "chosen", "picked",
            "is set for", "are set for", "we're moving to", "we are moving to", "we're not doing", "we won't do",
            "we're dropping", "we'll drop", "we'll launch", "we'll take", "we'll do", "we'll submit", "we'll keep",
            "we'll stick with", "we're sticking with", "we'll move", "we'll switch", "we're switching",
            "we agree", "it is agreed", "we'll go for",
        ],
        contactNouns: [
            "call", "meeting", "sync", "check-in", "checkin", "catch-up", "catchup", "catch up", "touchpoint",
            "touch base", "standup", "stand-up", "review", "demo", "session", "chat", "conversation", "follow-up",
            "followup", "1:1", "one-on-one", "meet", "huddle", "workshop", "kickoff", "kick-off", "debrief", "regroup",
            "dry run", "rehearsal", "walkthrough", "walk-through", "site visit", "visit", "presentation", "retro",
            "retrospective", "committee", "board meeting", "all-hands", "town hall", "townhall", "training", "call-back", "callback",
            "next one", "next time", "same time", "same thing", "same slot", "go/no-go", "go-no-go", "check in", "sync-up",
        ],
        contactVerbs: [
            "reconnect", "re-connect", "follow up", "follow-up", "touch base", "check in", "check-in", "catch up",
            "talk again", "speak again", "meet again", "sync again", "sync up", "regroup", "circle back", "reconvene",
            "talk", "speak", "meet", "sync", "connect", "get together", "get back together", "hop on a call", "jump on a call", "call",
            "pick this up", "pick this back up", "pick it up again", "continue this", "revisit this", "reconvene on", "ring you", "give you a ring",
        ],
        contactNextWords: ["next", "follow-up", "followup", "follow", "another", "second", "again", "upcoming"],
        affirmatives: [
            "sure", "yes", "yeah", "yep", "yup", "ok", "okay", "will do", "absolutely", "of course", "on it", "sounds good",
            "can do", "no problem", "definitely", "got it", "i can", "i'll", "i will", "sure thing", "happy to", "done",
            "alright", "all right",
        ],
        questionTemplates: [
            "amount-without-period": "Is the {x} one-time, or per month, quarter or year?",
            "action-without-owner": "Who will {x}?",
            "action-without-deadline": "What is the deadline to {x}?",
            "two-way-date": "Does {x} mean {a} or {b}?",
            "deadline-in-past": "The deadline for {x} has already passed: what is the new date?",
            "open-question": "{x}",
        ]
    )
        lexicon.words = englishWords
        lexicon.amWords.formUnion(["a"])
        lexicon.pmWords.formUnion(["p"])
        lexicon.phrasalTaskVerbs = ["come": [["up", "with"], ["back", "with"]], "think": [["about"]]]
        lexicon.resultVerbs = ["have"]
        lexicon.results = [
            "to you", "over to you", "back to you", "across to you", "through to you", "to them", "over to them", "to him", "to her",
            "ready", "done", "finished", "released", "signed", "sorted", "in your inbox", "wrapped up", "fixed", "live",
        ]
        lexicon.vagueTimePhrases = ["at some point", "some day", "someday", "one day", "eventually"]
        lexicon.openQuestionOpeners = [
            "open question", "open questions", "open q", "open qs", "open issue", "tbd", "q :", "question :", "to confirm", "unclear", "tbc",
        ]
        lexicon.currencyPhrases = [
            "us $": "USD", "u.s. $": "USD", "c $": "CAD", "ca $": "CAD", "cdn $": "CAD", "au $": "AUD", "hk $": "HKD", "nz $": "NZD",
            "sg $": "SGD", "us dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD",
            "canadian dollar": "CAD", "canadian dollars": "CAD", "australian dollar": "AUD", "australian dollars": "AUD",
            "hong kong dollars": "HKD", "new zealand dollars": "NZD", "singapore dollars": "SGD", "swiss franc": "CHF",
            "swiss francs": "CHF", "turkish lira": "TRY", "chinese yuan": "CNY", "japanese yen": "JPY", "indian rupees": "INR",
            "mexican pesos": "MXN", "brazilian reais": "BRL", "south african rand": "ZAR", "swedish kronor": "SEK",
            "norwegian kroner": "NOK", "danish kroner": "DKK", "polish zloty": "PLN",
        ]
        lexicon.nounSuffixes = ["ion", "ions", "ment", "ments", "ness", "ity", "ance", "ence", "ings"]
        lexicon.willSuffixes = ["'ll", "’ll"]
        lexicon.negationSuffixes = ["n't"]
        lexicon.nonVerbSuffixes = ["ly", "ed"]
        lexicon.anyWordMayBeVerb = true
        lexicon.monthEndPhrases = ["end of", "the end of"]
        lexicon.monthMiddlePhrases = ["mid", "mid-", "middle of", "the middle of"]; lexicon.alternativeWords = ["or"]
        lexicon.fusedDurationUnits = ["h": .seconds(3_600), "d": .days(1), "w": .days(7), "mo": .months(1), "y": .months(12)]
        lexicon.fractionWords = ["half": 0.5, "quarter": 0.25, "three quarters": 0.75, "three-quarters": 0.75, "one and a half": 1.5]
        lexicon.holidays = Holiday.table(Lexicon.englishHolidays)
        lexicon.ordinalWords = [
            "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
            "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
            "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
        ]
        lexicon.holidayYearLinks = ["of", "in"]
        lexicon.dayPartAfterHour = true
        lexicon.dayPartDays = Lexicon.englishDayParts
        lexicon.durationLeadIns = ["after": 1]
        lexicon.nightWords = ["night", "tonight", "tonite"]
        lexicon.approximateSuffixes = ["ish"]
        lexicon.clockFractions = ["quarter": 15, "half": 30]
        lexicon.minutesPastWords = ["past", "after"]
        lexicon.minutesToWords = ["to", "till", "before", "of"]
        lexicon.progressiveSuffixes = ["ing"]
        lexicon.progressiveStemEndings = ["", "e"]
        lexicon.calendarWeekWords = ["cw"]
        lexicon.apologyPhrases = ["i'm sorry", "i am sorry", "we're sorry", "we are sorry", "i apologize", "i apologise", "we apologize", "we apologise", "my apologies", "our apologies", "i apologized", "i apologised", "we apologized", "we apologised"]; lexicon.initialOfferPhrases = ["opened at", "list price", "at list", "initial offer", "initial quote", "initial proposal", "original offer", "original quote", "original proposal", "originally", "initially", "first offer", "first quote"]
        lexicon.addresseeReceives = ["you'll get", "you will get", "you'll receive", "you will receive", "you'll have", "you will have"]
        lexicon.shortForms = ["week": ["wk"], "weeks": ["wks"], "next": ["nxt"], "month": ["mo", "mth"]]
        lexicon.inlineAbbreviations = [
            "incl", "excl", "approx", "vs", "tel", "esp", "dept", "appt", "cf", "e.g", "i.e", "w.r.t", "resp", "max", "mr", "mrs", "ms", "dr",
            "re", "est", "avg", "mgmt", "qty", "pcs", "ref", "govt",
        ]
        lexicon.meetingTalk = .english
        lexicon.internalMarkers = ["internal:", "(internal", "internal only", "internal note", "note to self", "do not share", "don't share", "do not mention", "don't mention", "not for the client", "confidential:", "(confidential", "off the record", "not for them", "keep this between us", "private note", "private:", "for my eyes only", "don't tell them", "we don't tell them", "not telling them", "don't tell them yet"]
        lexicon.recapNouns = ["recap", "summary", "write-up", "writeup", "follow-up email", "follow-up e-mail", "recap email", "notes"]
        lexicon.statusLabels = ["y", "yesterday", "yday", "done", "did", "completed", "shipped", "blocker", "blockers", "blocked"]
        lexicon.sums = .english
        lexicon.pointers = .english
        lexicon.hesitations = ["uh", "um", "uhm", "umm", "uhh", "erm", "er", "hmm"]
        lexicon.shorthand = ["w/": "with", "w/o": "without", "abt": "about", "b/c": "because", "pls": "please", "plz": "please", "thru": "through", "mtg": "meeting", "mtgs": "meetings", "yr": "year", "wk": "week", "wks": "weeks"]
        lexicon.zoneNames = ["et": "America/New_York", "est": "America/New_York", "edt": "America/New_York", "eastern": "America/New_York", "ct": "America/Chicago", "cst": "America/Chicago", "cdt": "America/Chicago", "pt": "America/Los_Angeles", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "pacific": "America/Los_Angeles", "bst": "Europe/London", "cet": "Europe/Berlin", "cest": "Europe/Berlin", "msk": "Europe/Moscow", "utc": "UTC", "gmt": "UTC"]
        lexicon.unitCurrencyWords = ["pound", "pounds"]
        lexicon.greetingWords = ["hi", "hello", "hey", "welcome"]
        lexicon.startWords = ["from", "starting", "starting on", "starting from", "effective", "as of", "beginning", "after"]
        return lexicon
    }()
}
