import FollowupText
import Testing

@testable import FollowupDocument

/// Messages written by hand in the forms mail clients send: raw UTF-8, quoted-printable,
/// base64, RFC 2047 subjects and multipart/alternative.
@Suite struct MailMessageTests {
    @Test func plainMessageKeepsFileLineNumbers() throws {
        let text = "From: Ann <ann@example.com>\nSubject: Renewal\nDate: Tue, 24 Nov 2026 17:05:00 +0100\n\nHi Dana,\nsecond line\n"
        let mail = try MailMessage.parse(Array(text.utf8))
        #expect(MailMessage.looksLikeMail(Array(text.utf8)))
        #expect(mail.subject?.value == "Renewal")
        #expect(mail.subject?.line == 2)
        #expect(mail.bodyFirstLine == 5)
        #expect(mail.body == "Hi Dana,\nsecond line")
        #expect(mail.fromAddress == "ann@example.com")
        let date = try #require(mail.date)
        #expect(date.date == CivilDate(iso: "2026-11-24"))
        #expect(date.offsetMinutes == 60)
        // 17:05 at +01:00 is 16:05 UTC.
        #expect(date.utcSeconds == Double(CivilDate(iso: "2026-11-24")!.daysSinceEpoch) * 86_400 + 16 * 3600 + 5 * 60)
    }

    @Test func encodedSubjectAndQuotedPrintableBody() throws {
        let text = """
            Subject: =?UTF-8?B?0JjRgtC+0LPQuA==?= =?UTF-8?Q?_=D0=B2=D1=81=D1=82=D1=80=D0=B5=D1=87=D0=B8?=
            Content-Type: text/plain; charset="utf-8"
            Content-Transfer-Encoding: quoted-printable

            =D0=94=D0=BE=D0=B1=D1=80=D1=8B=D0=B9 =D0=B4=D0=B5=D0=BD=D1=8C! A long =
            line joined.
            """
        let mail = try MailMessage.parse(Array(text.utf8))
        #expect(mail.subject?.value == "Итоги встречи")
        #expect(mail.body == "Добрый день! A long line joined.")
    }

    @Test func multipartTakesThePlainTextPart() throws {
        let text = """
            From: a@example.com
            Subject: Hi
            MIME-Version: 1.0
            Content-Type: multipart/alternative; boundary="b1"

            --b1
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: base64

            SGkgRGFuYSwKdGhhbmtzIQ==
            --b1
            Content-Type: text/html

            <p>Hi Dana</p>
            --b1--
            """
        let mail = try MailMessage.parse(Array(text.utf8))
        #expect(mail.body == "Hi Dana,\nthanks!")
    }

    @Test func textThatIsNotMailIsNotTakenForIt() {
        #expect(!MailMessage.looksLikeMail(Array("Subject line without colon\nHi".utf8)))
        #expect(!MailMessage.looksLikeMail(Array("Notes: ACME\nAlice: send it\n\nbody".utf8)))
        #expect(!MailMessage.looksLikeMail(Array("Hi Dana,\nthanks".utf8)))
    }

    @Test func obsoleteDateForms() {
        #expect(MailDate(rfc5322: "24 Nov 26 09:00 PST")?.offsetMinutes == -8 * 60)
        #expect(MailDate(rfc5322: "24 Nov 26 09:00 PST")?.date == CivilDate(iso: "2026-11-24"))
        #expect(MailDate(rfc5322: "not a date") == nil)
    }
}
