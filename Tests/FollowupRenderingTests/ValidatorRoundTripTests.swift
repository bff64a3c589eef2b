import Foundation
import FollowupExtraction
import FollowupTestSupport
import Testing

@testable import FollowupRendering

/// Renders hand-built records to files, runs the independent validators on them, and reads them
/// back with Python's `icalendar` and `email` packages.
@Suite(.enabled(if: Validators.shouldRun, "validators not installed: run ../shared/tools/setup-validators in the package root"))
struct ValidatorRoundTripTests {
    /// Prints every VEVENT as JSON: summary, description, start/end (ISO, with zone), status, uid,
    /// the alarm triggers in seconds.
    static let readCalendar = """
        import icalendar, json, sys
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        out = []
        for ev in cal.walk('VEVENT'):
            s, e = ev.decoded('DTSTART'), ev.decoded('DTEND')
            out.append({
                'summary': str(ev.get('SUMMARY')), 'description': str(ev.get('DESCRIPTION')), 'uid': str(ev.get('UID')),
                'start': s.isoformat(), 'end': e.isoformat(), 'tz': str(getattr(s, 'tzinfo', None) or ''),
                'status': str(ev.get('STATUS', '')),
                'triggers': [a.decoded('TRIGGER').total_seconds() for a in ev.walk('VALARM')],
            })
        print(json.dumps(out))
        """

    /// Prints the e-mail's headers and parts as JSON, decoded by `email` with `policy.default`.
    static let readEmail = """
        import email, email.policy, json, sys
        msg = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)
        parts = [{'type': p.get_content_type(), 'filename': p.get_filename()} for p in msg.walk()]
        plain = msg.get_body(('plain',)).get_content()
        html = msg.get_body(('html',)).get_content()
        cal = [p for p in msg.walk() if p.get_content_type() == 'text/calendar'][0].get_content()
        print(json.dumps({
            'headers': sorted(set(k.lower() for k in msg.keys())), 'subject': str(msg['subject']),
            'to': [a.addr_spec for a in msg['to'].addresses], 'from': [a.addr_spec for a in msg['from'].addresses],
            'to_names': [a.display_name for a in msg['to'].addresses],
            'parts': parts, 'plain': plain, 'html': html, 'calendar': cal, 'defects': [str(d) for d in msg.defects],
        }))
        """

    func write(_ record: ExtractionRecord, settings: RenderSettings = Fixtures.settings(todos: true), in directory: RenderingTemporaryDirectory)
        throws -> (ics: URL, eml: URL)
    {
        let ics = try directory.write(try CalendarRenderer(settings: settings).render([record]), to: "out.ics")
        let eml = try directory.write(try EmailRenderer(settings: settings).render(record).message, to: "out.eml")
        return (ics, eml)
    }

    func events(_ ics: URL) throws -> [[String: Any]] {
        try #require(try Validators.pythonJSON(Self.readCalendar, [ics.path]) as? [[String: Any]])
    }

    @Test func acmeOutputsPassBothValidators() throws {
        let directory = try RenderingTemporaryDirectory()
        defer { directory.remove() }
        let (ics, eml) = try write(Fixtures.acme(), in: directory)
        let icsResult = try Validators.run("validate-ics", [ics])
        #expect(icsResult.status == 0, "\(icsResult.stdout)\(icsResult.stderr)")
        let emlResult = try Validators.run("validate-eml", [eml])
        #expect(emlResult.status == 0, "\(emlResult.stdout)\(emlResult.stderr)")
    }

    @Test func eventsReadBackWithTheirDatesTimesAndAlarms() throws {
        let directory = try RenderingTemporaryDirectory()
        defer { directory.remove() }
        let events = try events(try write(Fixtures.acme(), in: directory).ics)
        let byTitle = Dictionary(events.map { ($0["summary"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        let alice = try #require(byTitle["Alice: send the revised proposal"])
        #expect(alice["start"] as? String == "2026-11-27T15:00:00+01:00")
        #expect(alice["end"] as? String == "2026-11-27T15:30:00+01:00")
        #expect(alice["triggers"] as? [Double] == [-86_400])
        let bob = try #require(byTitle["Bob: check the price floor with finance"])
        #expect(bob["start"] as? String == "2026-11-24")
        #expect(bob["end"] as? String == "2026-11-25")
        #expect(bob["triggers"] as? [Double] == [-54_000])
        let call = try #require(byTitle["Call: ACME renewal call"])
        #expect(call["start"] as? String == "2026-12-02T09:00:00+01:00")
        #expect(call["status"] as? String == "CONFIRMED")
        let checkBack = try #require(byTitle["No reply from Dana Whitfield? Follow up"])
        #expect(checkBack["start"] as? String == "2026-11-26")
    }

    @Test func summerDeadlineUsesTheDaylightOffset() throws {
        var record = Fixtures.acme()
        record.actionItems[0].due = ExtractionRecord.Due(date: "2027-04-02", time: "09:30", text: "April 2")
        let directory = try RenderingTemporaryDirectory()
        defer { directory.remove() }
        let (ics, _) = try write(record, in: directory)
        let alice = try #require(try events(ics).first { ($0["summary"] as? String)?.hasPrefix("Alice") == true })
        #expect(alice["start"] as? String == "2027-04-02T09:30:00+02:00")
        #expect(try Validators.run("validate-ics", [ics]).status == 0)
    }

    @Test func uidsAreStableAcrossTwoRuns() throws {
        let first = try RenderingTemporaryDirectory()
        let second = try RenderingTemporaryDirectory()
        defer { first.remove(); second.remove() }
        let a = try events(try write(Fixtures.acme(), in: first).ics).compactMap { $0["uid"] as? String }
        let b = try events(try write(Fixtures.acme(), settings: Fixtures.settings(now: Fixtures.now + 86_400), in: second).ics)
            .compactMap { $0["uid"] as? String }
        #expect(a.count == 4)
        #expect(a == b)
    }

    @Test func hostileTextStaysInsideItsFieldForBothParsers() throws {
        let directory = try RenderingTemporaryDirectory()
        defer { directory.remove() }
        let (ics, eml) = try write(Fixtures.hostile(), in: directory)
        let icsResult = try Validators.run("validate-ics", [ics])
        #expect(icsResult.status == 0, "\(icsResult.stdout)")
        let emlResult = try Validators.run("validate-eml", [eml])
        #expect(emlResult.status == 0, "\(emlResult.stdout)")

        let events = try events(ics)
        #expect(events.count == 4)
        // The whole task, CRLFs turned to spaces, is the SUMMARY after the owner.
        let flattened = "ship it END:VEVENT BEGIN:VEVENT SUMMARY:pwned; a,b \\ c --=_followup_mixed_0 שלום עולם 👩‍👩‍👧‍👦"
        #expect(events.contains { $0["summary"] as? String == "x Bcc: victim@example.org: " + flattened })
        #expect(!events.contains { ($0["summary"] as? String)?.hasPrefix("pwned") == true })
        let long = try #require(events.first { ($0["summary"] as? String)?.hasPrefix("Bob: Lorem") == true })
        // A 2,000-character task is cut at a word to at most 160 characters and marked.
        let summary = try #require(long["summary"] as? String)
        #expect(summary.count <= 161 && summary.count > 80, "\(summary.count)")
        #expect(summary.hasSuffix("…"))
        #expect(("Bob: " + String(repeating: "Lorem ipsum dolor sit amet, ünïcödé ✓ ", count: 60)).hasPrefix(summary.dropLast()))

        let mail = try #require(try Validators.pythonJSON(Self.readEmail, [eml.path]) as? [String: Any])
        #expect((mail["headers"] as? [String])?.contains("bcc") == false)
        #expect(mail["to"] as? [String] == ["x@example.org"])
        #expect(mail["to_names"] as? [String] == ["x Bcc: victim@example.org"])
        #expect((mail["defects"] as? [String])?.isEmpty == true)
        let parts = try #require(mail["parts"] as? [[String: Any]]).compactMap { $0["type"] as? String }
        #expect(parts == ["multipart/mixed", "multipart/alternative", "text/plain", "text/html", "text/calendar"])
        let plain = try #require(mail["plain"] as? String)
        #expect(plain.contains(flattened))
        #expect(plain.contains("--=_followup_alt_0 Content-Type: text/html"))
        #expect((mail["calendar"] as? String)?.contains("BEGIN:VCALENDAR") == true)
    }

    @Test func russianEmailSubjectDecodesBack() throws {
        var record = Fixtures.acme()
        record.language = "ru"
        // Long enough for several encoded words, short enough to stay whole (ten words, 70 characters).
        record.meeting.title = "Продление договора ACME на новых условиях"
        let directory = try RenderingTemporaryDirectory()
        defer { directory.remove() }
        let (_, eml) = try write(record, in: directory)
        #expect(try Validators.run("validate-eml", [eml]).status == 0)
        let mail = try #require(try Validators.pythonJSON(Self.readEmail, [eml.path]) as? [String: Any])
        #expect((mail["subject"] as? String)?.hasPrefix("Итоги встречи: Продление договора ACME на новых условиях, 23") == true)
    }
}
