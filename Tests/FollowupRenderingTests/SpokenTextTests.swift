import FollowupExtraction
import Testing

@testable import FollowupRendering

/// Said words as a follow-up's reader expects them: numbers of ten and more in digits, hesitations and restarts gone.
@Suite struct SpokenTextTests {
    private func readable(_ text: String, _ language: String) -> String {
        LocalFormatter(phrases: .forLanguage(language), userLocale: nil).readable(text)
    }

    @Test("a number said in words is written in digits with the language's grouping", arguments: [
        ("en", "so that's three thousand eight hundred twenty-five a month", "so that's 3,825 a month"),
        ("en", "implementation at three thousand, and the sixty-day opt-out", "implementation at 3,000, and the 60-day opt-out"),
        ("en", "a hundred and twenty seats", "120 seats"),
        ("en", "we raised two million last year", "we raised 2 million last year"),
        ("en", "a hundred percent", "100 percent"),
        ("en", "The onboarding fee is two thousand five hundred dollars, one-time", "The onboarding fee is 2,500 dollars, one-time"),
        ("es", "más un variable del diez por ciento", "más un variable del 10 por ciento"),
        ("de", "Sechsundsiebzigtausend Euro brutto im Jahr, dreißig Urlaubstage", "76.000 Euro brutto im Jahr, 30 Urlaubstage"),
        ("es", "el plan Pro son ciento ochenta y nueve euros al mes", "el plan Pro son 189 euros al mes"),
        ("fr", "Pour vos quatre-vingts salariés, plus mille cinq cents euros", "Pour vos 80 salariés, plus 1\u{202F}500 euros"),
        ("ru", "то есть тысяча шестьсот шестьдесят пять рублей", "то есть 1\u{00A0}665 рублей"),
        ("ru", "плачу тысячу четыреста девяносто в месяц", "плачу 1\u{00A0}490 в месяц"),
        ("ru", "Сто тридцать восемь на два года, пятнадцать процентов", "138 на два года, 15 процентов"),
        ("es", "Comisión del trece por ciento, veinticinco mil dólares", "Comisión del 13 por ciento, 25.000 dólares"),
        ("de", "sechzig Paletten, dann zweitausend Räder", "60 Paletten, dann 2000 Räder"),
        ("fr", "avec la grille vingt-deux / dix", "avec la grille 22 / 10"),
    ])
    func numbersInDigits(language: String, said: String, written: String) {
        #expect(readable(said, language) == written)
    }

    @Test("small numbers, prices said in parts, years and bare magnitudes stay as said", arguments: [
        ("en", "we have five more points"),
        ("en", "Two ninety-five with the minimum"),
        ("en", "we sent over three ten per loaded mile"),
        ("en", "in twenty twenty-seven"),
        ("en", "a pre-check call on Thursday the sixteenth"),
        ("en", "on the twenty-seventh"),
        ("en", "Four point two ships, it goes to four three"),
        ("en", "about 5 thousand users"),
        ("de", "vier Euro zwanzig pro Rad"),
        ("ru", "получается тридцать восемь двести пятьдесят в месяц"),
    ])
    func numbersLeftAsSaid(language: String, said: String) {
        #expect(readable(said, language) == said)
    }

    @Test("a hesitation and the word restarted after it go", arguments: [
        ("en", "I know that's the, uh, the big one", "I know that's the big one"),
        ("en", "we, um, agreed on the pilot", "we agreed on the pilot"),
        ("en", "Okay, uh, the price stays", "Okay, the price stays"),
        ("en", "Uh, we ship on Friday", "We ship on Friday"),
        ("en", "Great. Um, and there's a fee", "Great. And there's a fee"),
        ("en", "Okay. So, so our standard plan", "Okay. So our standard plan"),
        ("en", "Our budget is, uh, $10k per quarter", "Our budget is $10k per quarter"),
        ("en", "the language switcher, the the routing", "the language switcher, the routing"),
        ("en", "dark mode stays behind the flag, flag off for now", "dark mode stays behind the flag, flag off for now"),
        ("ru", "Мы, эээ, подготовим стенд", "Мы подготовим стенд"),
        ("de", "Wir schicken, äh, den Vertrag", "Wir schicken den Vertrag"),
        ("fr", "On envoie euh le devis", "On envoie le devis"),
    ])
    func hesitationsGo(language: String, said: String, written: String) {
        #expect(readable(said, language) == written)
    }
}
