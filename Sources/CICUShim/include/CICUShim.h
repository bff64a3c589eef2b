// The C shim: the only code in followup that includes ICU's headers.
//
// Swift's Foundation on Linux bundles its own ICU; a Swift module that sees the system ICU's C
// types fails to build ("'UErrorCode' has different definitions in different modules"). So this
// header exposes only stdint types and opaque handles, and ICU's versioned symbol names stay in
// the .c file. Every ICU function followup uses is called from CICUShim.c, once.
//
// Ownership: every `fu_*_open` returns a handle the caller owns and must pass to the matching
// `fu_*_close` exactly once (the Swift facade does this in `deinit`). Status arguments carry
// ICU's UErrorCode as an int32_t: 0 or negative is success (negative values are warnings).
#ifndef FOLLOWUP_CICUSHIM_H
#define FOLLOWUP_CICUSHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU's name for a status code, e.g. "U_INVALID_CHAR_FOUND". Never NULL; static storage.
const char *fu_error_name(int32_t status);

/// The ICU version this binary was linked against, e.g. "72.1". Static storage.
const char *fu_icu_version(void);

// MARK: Charset detection and conversion

/// Detects the charset of `bytes`. Writes the NUL-terminated name into `name` (at most
/// `nameCapacity` bytes) and ICU's confidence (0–100) into `confidence`. Returns 1 when a charset
/// was found, 0 otherwise.
int32_t fu_detect_charset(const uint8_t *bytes, int32_t length, char *name, int32_t nameCapacity,
                          int32_t *confidence, int32_t *status);

/// Converts `src` from `charset` to UTF-8 into `dest`. Returns the full UTF-8 length; when it is
/// larger than `destCapacity`, status is U_BUFFER_OVERFLOW_ERROR and the caller retries.
/// `substitutions` receives how many bytes had no mapping (replaced by U+FFFD).
int32_t fu_convert_to_utf8(const char *charset, const uint8_t *src, int32_t srcLength,
                           uint8_t *dest, int32_t destCapacity, int32_t *substitutions,
                           int32_t *status);

// MARK: Normalization

enum { FU_NORM_NFC = 0, FU_NORM_NFKC_CASEFOLD = 1 };

/// Normalizes UTF-8 `src` to `form`, writing UTF-8 into `dest`. Returns the full length; on
/// U_BUFFER_OVERFLOW_ERROR the caller retries with a larger buffer. Text that is already
/// normalized is copied without a UTF-16 round trip through the normalizer.
int32_t fu_normalize_utf8(int32_t form, const uint8_t *src, int32_t srcLength, uint8_t *dest,
                          int32_t destCapacity, int32_t *status);

/// 1 when `src` is already in `form`, 0 otherwise.
int32_t fu_is_normalized_utf8(int32_t form, const uint8_t *src, int32_t srcLength, int32_t *status);

// MARK: Segmentation

typedef struct fu_break fu_break;
enum { FU_BREAK_WORD = 0, FU_BREAK_SENTENCE = 1 };

/// Opens a word or sentence break iterator for `locale` (e.g. "en", "ru"). Not thread-safe:
/// one per worker, reused across texts with `fu_break_set_utf8`.
fu_break *fu_break_open(int32_t kind, const char *locale, int32_t *status);
void fu_break_close(fu_break *iterator);

/// Points the iterator at UTF-8 text without copying it: `text` must outlive the iteration.
void fu_break_set_utf8(fu_break *iterator, const uint8_t *text, int64_t length, int32_t *status);

/// The next boundary as a UTF-8 byte offset, or -1 at the end.
int32_t fu_break_next(fu_break *iterator);

/// ICU's rule status of the segment that ends at the current boundary: for words, 0–99 none
/// (spaces, punctuation), 100–199 number, 200–299 letter, 300–399 kana, 400–499 ideographic.
int32_t fu_break_rule_status(fu_break *iterator);

// MARK: Scripts

/// ICU's short script code of a code point ("Latn", "Cyrl", "Zyyy" for common). Static storage.
const char *fu_script_code(uint32_t codePoint);

// MARK: Numbers

typedef struct fu_number fu_number;
enum { FU_NUMBER_DECIMAL = 0, FU_NUMBER_SPELLOUT = 1 };

/// Opens a number parser/formatter for `locale`: decimal ("1.234,56" in "de") or rule-based
/// spell-out ("twenty thousand"). Spell-out parsing is lenient.
fu_number *fu_number_open(int32_t style, const char *locale, int32_t *status);
void fu_number_close(fu_number *number);

/// Parses a number at the start of UTF-8 `text`. Returns the value; `consumed` receives the UTF-8
/// bytes used (0 when nothing parsed).
double fu_number_parse(fu_number *number, const uint8_t *text, int32_t length, int32_t *consumed,
                       int32_t *status);

/// Formats `value` with the locale's grouping into UTF-8 `dest`; returns the full length.
int32_t fu_number_format(fu_number *number, double value, int32_t maxFractionDigits, uint8_t *dest,
                         int32_t destCapacity, int32_t *status);

// MARK: Time zones and dates

/// The system's default time zone ID (e.g. "Europe/Berlin") as UTF-8. Returns the length.
int32_t fu_default_time_zone(char *dest, int32_t destCapacity, int32_t *status);

/// 1 when ICU knows `zone` as a time zone ID, 0 otherwise (ICU would silently use GMT).
int32_t fu_time_zone_is_known(const char *zone);

/// UTC milliseconds of the wall-clock time year-month-day hour:minute in `zone`.
double fu_local_to_utc(const char *zone, int32_t year, int32_t month, int32_t day, int32_t hour,
                       int32_t minute, int32_t *status);

/// The zone's raw and daylight offsets (milliseconds) at UTC instant `millis`.
void fu_zone_offsets(const char *zone, double millis, int32_t *rawOffset, int32_t *dstOffset,
                     int32_t *status);

/// The next offset transition strictly after `millis`. Returns 1 and sets `transition` when there
/// is one, 0 when the zone has no further transitions.
int32_t fu_next_transition(const char *zone, double millis, double *transition, int32_t *status);

/// Formats UTC instant `millis` in `zone` with the locale's best pattern for `skeleton` (e.g.
/// "EEEdMMM" → "Fri 27 Nov" in en-GB, "пт, 27 нояб." in ru). Returns the UTF-8 length.
int32_t fu_format_date(const char *locale, const char *skeleton, const char *zone, double millis,
                       uint8_t *dest, int32_t destCapacity, int32_t *status);

/// A date formatter for `locale`'s best pattern for `skeleton` in `zone`: open once, format many
/// times (opening costs a pattern generator and a formatter; formatting is cheap). Not thread-safe.
typedef struct fu_date_format fu_date_format;
fu_date_format *fu_date_format_open(const char *locale, const char *skeleton, const char *zone, int32_t *status);
void fu_date_format_close(fu_date_format *format);
int32_t fu_date_format_format(fu_date_format *format, double millis, uint8_t *dest, int32_t destCapacity, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
