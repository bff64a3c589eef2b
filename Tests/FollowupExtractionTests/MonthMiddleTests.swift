import FollowupExtraction
import FollowupTestSupport
import Testing

/// The middle of a month is its 15th ("mid-January", "Mitte des Monats"), read as "the 15th" is: the next one on or
/// after the reference day. Two days offered as alternatives for one task ("tonight or first thing tomorrow") promise
/// the later. Expected days worked out on a calendar.
@Suite struct MonthMiddleTests {
    @Test("a named month's middle", arguments: [
        ("Jonas will send the draft by mid-January.", "en"),
        ("Jonas schickt den Entwurf bis Mitte Januar.", "de"),
        ("Jonas manda el borrador a mediados de enero.", "es"),
        ("Jonas enverra le brouillon mi-janvier.", "fr"),
        ("Йонас пришлёт черновик до середины января.", "ru"),
    ])
    func namedMonth(line: String, language: String) throws {
        let record = try extract(line + "\n", date: "2026-11-30", language: language)
        #expect(record.dates.map(\.date) == ["2027-01-15"], "\(record.dates)")
    }

    /// On 3 December the month's middle is still ahead; on 30 November it is December's; next month's is always the
    /// month after the reference day's; a middle on a weekend is the Friday before.
    @Test("this month's and next month's middle", arguments: [
        ("Jonas will send the draft by mid-month.", "en", "2026-12-03", "2026-12-15"),
        ("Jonas will send the draft by mid-month.", "en", "2026-11-30", "2026-12-15"),
        ("Jonas schickt den Entwurf bis Mitte des Monats.", "de", "2026-12-03", "2026-12-15"),
        ("Jonas manda el borrador a mediados de mes.", "es", "2026-12-03", "2026-12-15"),
        ("Jonas enverra le brouillon pour la mi-mois.", "fr", "2026-12-03", "2026-12-15"),
        ("Йонас пришлёт черновик до середины месяца.", "ru", "2026-12-03", "2026-12-15"),
        ("Jonas will send the draft by the middle of next month.", "en", "2026-12-03", "2027-01-15"),
        ("Jonas schickt den Entwurf bis Mitte nächsten Monats.", "de", "2026-12-03", "2027-01-15"),
        // A middle on a weekend is the Friday before: 15 July 2029 is a Sunday, 15 April 2028 a Saturday.
        ("Bernard revoit le plan mi-juillet.", "fr", "2029-06-22", "2029-07-13"),
        ("Jonas will send the draft by mid-month.", "en", "2028-04-03", "2028-04-14"),
    ])
    func relativeMonth(line: String, language: String, reference: String, date: String) throws {
        let record = try extract(line + "\n", date: reference, language: language)
        #expect(record.dates.map(\.date) == [date], "\(record.dates)")
    }

    /// Monday 30 November 2026: tomorrow is 1 December, Friday the 4th, the next Monday the 7th.
    @Test("of two days offered for a task, the later", arguments: [
        ("Anna will send the deck tonight or first thing tomorrow.", "en", "2026-12-01", "send the deck"),
        ("Anna will send the deck by Friday or Monday.", "en", "2026-12-07", "send the deck"),
        ("Anna: Angebot heute oder morgen früh schicken", "de", "2026-12-01", "Angebot schicken"),
        ("Анна пришлёт КП в среду или четверг.", "ru", "2026-12-03", "прислать КП"),
    ])
    func alternatives(line: String, language: String, due: String, task: String) throws {
        let record = try extract(line + "\n", date: "2026-11-30", language: language)
        #expect(record.actionItems.map(\.task) == [task], "\(record.actionItems)")
        #expect(record.actionItems.first?.due?.date == due, "\(record.actionItems)")
    }

    /// "by Monday, by Friday at the latest": a correction, not an alternative, keeps the earlier.
    @Test func aCorrectionIsNoAlternative() throws {
        let record = try extract("Anna will send the deck by Monday, by Friday at the latest.\n", date: "2026-11-30", language: "en")
        #expect(record.actionItems.first?.due?.date == "2026-12-04", "\(record.actionItems)")
    }
}
