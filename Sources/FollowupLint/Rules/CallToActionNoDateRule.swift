/// "Let me know what you think" can wait forever; a date or a choice of slots cannot.
struct CallToActionNoDateRule: LintRule {
    let id = "cta-no-date"
    let guidance = "The call to action is concrete: it names a date, a day or a time (ideally two or three options)."

    func check(_ context: LintContext) -> [Finding] {
        let requests = NoCallToActionRule.requests(context)
        guard let first = requests.first else { return [] }
        if requests.contains(where: { context.hasDate($0.sentence, line: $0.line) }) { return [] }
        // A dated line next to the request ("Could you confirm? Deadline: Friday") also counts.
        let dated = Set(context.record.dates.compactMap { $0.source?.line })
        if requests.contains(where: { dated.contains($0.line) }) { return [] }
        return [context.finding(id, excerpt: first.sentence.trimmingCharacters(in: " -*•\t"))]
    }
}
