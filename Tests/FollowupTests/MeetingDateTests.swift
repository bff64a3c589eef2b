import Followup
import FollowupText
import Testing

/// The meeting's day read from the notes themselves (no `--date`); today is Friday 2026-12-04.
@Suite("Meeting date from the notes' first lines")
struct MeetingDateTests {
    static func meetingDate(_ notes: String, file: String) throws -> String {
        let today = try #require(CivilDate(iso: "2026-12-04"))
        let options = PipelineOptions(timeZone: "UTC", today: today)
        return try Pipeline(options: options).process(bytes: Array(notes.utf8), source: file).record.meeting.date
    }

    @Test("a Markdown title's date, whatever else the title holds", arguments: [
        "# #checkout-squad standup — Thu Nov 19\n\n- Dana will fix the retry by Friday\n",
        "# Q4 check-in w/ north-west team, Nov 19\n\n- Dana will fix the retry by Friday\n",
    ])
    func markdownTitle(notes: String) throws {
        #expect(try Self.meetingDate(notes, file: "standup.md") == "2026-11-19")
    }

    /// Set 33: "mar. 16/11/27 – 10h-12h – chez le client (Paris 9e, salle Haussmann)" on the second line lost to a target
    /// "jeudi 13/04/2028" further down, which has four digits of year: a short year is a year too.
    @Test("a numeric date with a two-digit year in a long header line is the meeting's")
    func shortYearInALongHeaderLine() throws {
        let notes = """
            Réunion de lancement refonte site – Mutuelle Lumière
            mar. 16/11/26 – 10h-12h – chez le client (Lyon, salle du conseil, 3e étage)
            Présents : N. Duval, E. Morel, moi

            - objectif de mise en ligne : jeudi 13/04/2028
            - Léa enverra le planning d'ici vendredi
            """
        #expect(try Self.meetingDate(notes, file: "notes.txt") == "2026-11-16")
    }

    /// Set 36: an interview score "4/5" after a sentence on the sixth line moved a debrief (and its next call) to May.
    @Test("a score after a sentence of a header line is no meeting day")
    func scoreAfterASentence() throws {
        let notes = """
            Дебриф по кандидату, бэкенд
            переговорка "Волга" + Олег по зуму
            были: Дмитрий Орлов, Олег Тихонов, я

            - техничка (Олег): сильная в Go, по k8s плавает. 4/5
            - Дмитрий пришлёт оффер до пятницы
            """
        #expect(try Self.meetingDate(notes, file: "notes.txt") == "2026-12-04")
    }

    @Test("a date in one cell of a piped header line")
    func pipedHeader() throws {
        let notes = "ACCOUNT: Harbor Labs\nACTIVITY: Discovery call 2 | 9/22/26 | 45 min | Zoom\nOWNER: Marcus\n\nMarcus will send the pricing by Friday.\n"
        #expect(try Self.meetingDate(notes, file: "crm.txt") == "2026-09-22")
    }

    @Test("a labelled date line wins over a holiday the title names")
    func labelledOverHoliday() throws {
        let notes = "# Acta: Campaña de Navidad\n\n**Fecha:** 20/10/2026\n\n- Lucía enviará el brief el viernes.\n"
        #expect(try Self.meetingDate(notes, file: "acta.md") == "2026-10-20")
    }

    @Test("a day said with its weekday as a call opens: the latest such day up to the file's week", arguments: [
        ("Anna", "Ok, it's Monday the 14th, let's start.", "2026-09-14"),
        ("Анна", "Так, сегодня вторник, третье марта, начинаем.", "2026-03-03"),
    ])
    func spokenOpening(speaker: String, opening: String, date: String) throws {
        let vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v \(speaker)>\(opening)\n\n00:00:05.000 --> 00:00:09.000\n<v Ben>Fine.\n"
        #expect(try Self.meetingDate(vtt, file: "call.vtt") == date)
    }
}
