/// What a locale identifier settles about writing dates, beyond any one language.
enum LocaleConventions {
    /// Locales that write the month first (03/04 is March 4), and a region that always does.
    static let monthFirstLocales: Set<String> = ["en-us", "en-ph", "en-ca"]
    static let monthFirstRegionSuffix = "-us"
    /// Languages whose bare code leaves the order open (English is written both ways).
    static let undecidedLanguages: Set<String> = ["en"]

    /// Whether `locale` ("en-US", "en_GB", "de") reads numeric dates month first; nil when it does not say.
    static func monthFirst(_ locale: String) -> Bool? {
        let normalized = locale.lowercased().replacing("_", with: "-")
        if monthFirstLocales.contains(normalized) || normalized.hasSuffix(monthFirstRegionSuffix) { return true }
        if normalized.contains("-") || normalized.count == 2 && !undecidedLanguages.contains(normalized) { return false }
        return nil
    }
}
