import FollowupExtraction
import FollowupICU
import FollowupText

/// Writes the follow-up as one RFC 5322 message for `sendmail -t`.
///
/// Layout: `multipart/mixed` holding `multipart/alternative` (text/plain, then text/html, both
/// UTF-8 quoted-printable) and the reminders as a base64 `text/calendar; method=PUBLISH`
/// attachment. Lines end in CRLF and none is over 998 octets (encoded bodies stay within 76).
///
/// Note text cannot add a header or a part: header values are single-lined and encoded, addresses
/// must be plain `local@domain`, and the boundaries start with "=_", which quoted-printable and
/// base64 output can never contain.
public struct EmailRenderer: Sendable {
    public var settings: RenderSettings

    /// Used when neither the configuration nor `--from` gives an address.
    public static let fallbackSender = "followup@localhost"

    public init(settings: RenderSettings) { self.settings = settings }

    /// The message and the sender's review list.
    ///
    /// - Parameter calendar: the record's calendar when the caller has rendered it already.
    public func render(_ record: ExtractionRecord, calendar: String? = nil) throws -> (message: String, review: [String]) {
        // Lines the notes keep for the sender stay out of the message and its attached reminders.
        let (draft, facts, visible) = FollowUpDraft.shared(record, settings: settings)
        var review = draft.review

        let from = settings.sender.email.flatMap { MailAddress(name: settings.sender.name, address: $0) }
            ?? MailAddress(name: settings.sender.name, address: EmailRenderer.fallbackSender)!
        if settings.sender.email.map({ MailAddress.isValidAddress($0.trimmingSpaces) }) != true {
            review.append(fill(facts.phrases.reviewBadAddress, ["address": settings.sender.email ?? "(from)"]))
        }
        var to: [MailAddress] = []
        var cc: [MailAddress] = []
        var seen: Set<String> = [from.address.lowercased()]
        func add(_ address: MailAddress?, raw: String, to list: inout [MailAddress]) {
            guard let address else {
                review.append(fill(facts.phrases.reviewBadAddress, ["address": singleLine(raw)]))
                return
            }
            if seen.insert(address.address.lowercased()).inserted { list.append(address) }
        }
        for text in settings.to { add(MailAddress(parsing: text), raw: text, to: &to) }
        for person in facts.recipients {
            guard let email = person.email, !email.isEmpty else { continue }
            add(MailAddress(name: person.name, address: email), raw: email, to: &to)
        }
        for text in settings.cc { add(MailAddress(parsing: text), raw: text, to: &cc) }
        if to.isEmpty { to = [from] }  // a draft to oneself, to forward

        var shared = settings
        shared.includesCheckBack = false
        shared.quotesSourceLines = false
        let calendar = try calendar ?? CalendarRenderer(settings: shared).render([visible])
        let plain = SummaryRenderer.text(draft, includeSubject: false, attachment: true)
        let html = SummaryRenderer.html(draft, language: record.language, includeSubject: false, attachment: true)

        let digest = StableID.hex([record.source, record.meeting.date, draft.subject, String(settings.now)])
        let mixed = "=_followup_mixed_" + digest.prefix(16)
        let alternative = "=_followup_alt_" + digest.suffix(16)
        let domain = from.address.split(separator: "@").last.map(String.init) ?? "localhost"
        let attachmentName = "follow-up-" + String(record.meeting.date.filter { $0.isASCII && ($0.isNumber || $0 == "-") }) + ".ics"

        var headers = [
            "From: " + from.headerText,
            "To: " + to.map(\.headerText).joined(separator: ",\r\n "),
        ]
        if !cc.isEmpty { headers.append("Cc: " + cc.map(\.headerText).joined(separator: ",\r\n ")) }
        headers += [
            "Subject: " + MIMEEncoding.unstructured(draft.subject, headerName: "Subject"),
            "Date: " + rfc5322Date(),
            "Message-ID: <" + digest + "." + String(Int(settings.now.rounded(.down))) + "@" + domain + ">",
            "MIME-Version: 1.0",
            "Content-Type: multipart/mixed;\r\n boundary=\"" + mixed + "\"",
        ]
        var message = headers.joined(separator: "\r\n") + "\r\n\r\n"
        message += "This is a multi-part message in MIME format.\r\n\r\n"
        message += "--" + mixed + "\r\n"
        message += "Content-Type: multipart/alternative;\r\n boundary=\"" + alternative + "\"\r\n\r\n"
        message += "--" + alternative + "\r\n"
        message += "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        message += MIMEEncoding.quotedPrintable(plain) + "\r\n"
        message += "--" + alternative + "\r\n"
        message += "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        message += MIMEEncoding.quotedPrintable(html) + "\r\n"
        message += "--" + alternative + "--\r\n\r\n"
        message += "--" + mixed + "\r\n"
        message += "Content-Type: text/calendar; charset=UTF-8; method=PUBLISH;\r\n name=\"" + attachmentName + "\"\r\n"
        message += "Content-Disposition: attachment; filename=\"" + attachmentName + "\"\r\n"
        message += "Content-Transfer-Encoding: base64\r\n\r\n"
        message += MIMEEncoding.base64Lines(Array(calendar.utf8)) + "\r\n"
        message += "--" + mixed + "--\r\n"
        return (message, review)
    }

    /// "Mon, 23 Nov 2026 10:00:00 +0100": the clock in the user's zone, English names as RFC 5322
    /// requires.
    func rfc5322Date() -> String {
        let seconds = settings.now.rounded(.down)
        let offset = ICUTimeZone(settings.timeZone).flatMap { try? $0.offsetSeconds(atUTCMillis: seconds * 1000) } ?? 0
        let local = Int(seconds) + offset
        let days = Int((Double(local) / 86_400).rounded(.down))
        let rest = local - days * 86_400
        let date = CivilDate(daysSinceEpoch: days)
        let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let zone = TimeZoneComponent.offsetText(offset - offset % 60)
        return "\(weekdays[date.weekday - 1]), \(date.day) \(months[date.month - 1]) \(pad(date.year, 4)) "
            + "\(pad2(rest / 3600)):\(pad2(rest % 3600 / 60)):\(pad2(rest % 60)) \(zone)"
    }
}
