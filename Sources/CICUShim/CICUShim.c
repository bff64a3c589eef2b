// The only file in followup that includes ICU. See include/CICUShim.h for the contract.
#include "CICUShim.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucal.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/uloc.h>
#include <unicode/unorm2.h>
#include <unicode/unum.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>

const char *fu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

const char *fu_icu_version(void) { return U_ICU_VERSION; }

// MARK: UTF-16 scratch buffers

/// A UTF-16 buffer on the stack for short strings, on the heap for long ones.
typedef struct {
    UChar small[512];
    UChar *chars;
    int32_t capacity;
} fu_u16;

static void fu_u16_init(fu_u16 *buffer) {
    buffer->chars = buffer->small;
    buffer->capacity = (int32_t)(sizeof buffer->small / sizeof(UChar));
}

static int fu_u16_reserve(fu_u16 *buffer, int32_t capacity) {
    if (capacity <= buffer->capacity) return 1;
    UChar *grown = (UChar *)malloc(sizeof(UChar) * (size_t)capacity);
    if (!grown) return 0;
    if (buffer->chars != buffer->small) free(buffer->chars);
    buffer->chars = grown;
    buffer->capacity = capacity;
    return 1;
}

static void fu_u16_free(fu_u16 *buffer) {
    if (buffer->chars != buffer->small) free(buffer->chars);
    buffer->chars = buffer->small;
}

/// UTF-8 → UTF-16 into `buffer`; returns the length, or -1 with `status` set.
static int32_t fu_u16_from_utf8(fu_u16 *buffer, const uint8_t *src, int32_t length, UErrorCode *status) {
    int32_t needed = 0;
    // UTF-16 never needs more units than UTF-8 has bytes.
    if (!fu_u16_reserve(buffer, length + 1)) { *status = U_MEMORY_ALLOCATION_ERROR; return -1; }
    u_strFromUTF8WithSub(buffer->chars, buffer->capacity, &needed, (const char *)src, length, 0xFFFD, NULL, status);
    if (U_FAILURE(*status)) return -1;
    return needed;
}

static int32_t fu_utf8_from_u16(const UChar *src, int32_t length, uint8_t *dest, int32_t capacity, UErrorCode *status) {
    int32_t needed = 0;
    u_strToUTF8WithSub((char *)dest, capacity, &needed, src, length, 0xFFFD, NULL, status);
    return needed;
}

// MARK: Charset detection and conversion

int32_t fu_detect_charset(const uint8_t *bytes, int32_t length, char *name, int32_t nameCapacity,
                          int32_t *confidence, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    *confidence = 0;
    if (nameCapacity > 0) name[0] = 0;
    UCharsetDetector *detector = ucsdet_open(&err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    ucsdet_setText(detector, (const char *)bytes, length, &err);
    const UCharsetMatch *match = U_SUCCESS(err) ? ucsdet_detect(detector, &err) : NULL;
    int32_t found = 0;
    if (match && U_SUCCESS(err)) {
        const char *matchName = ucsdet_getName(match, &err);
        *confidence = ucsdet_getConfidence(match, &err);
        if (U_SUCCESS(err) && matchName) {
            strncpy(name, matchName, (size_t)nameCapacity - 1);
            name[nameCapacity - 1] = 0;
            found = 1;
        }
    }
    ucsdet_close(detector);
    *status = err;
    return found;
}

static void fu_count_substitution(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                                  int32_t length, UConverterCallbackReason reason, UErrorCode *err) {
    if (reason == UCNV_UNASSIGNED || reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR) {
        (*(int32_t *)context) += 1;
    }
    UCNV_TO_U_CALLBACK_SUBSTITUTE(NULL, args, codeUnits, length, reason, err);
}

int32_t fu_convert_to_utf8(const char *charset, const uint8_t *src, int32_t srcLength,
                           uint8_t *dest, int32_t destCapacity, int32_t *substitutions,
                           int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    *substitutions = 0;
    UConverter *converter = ucnv_open(charset, &err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    ucnv_setToUCallBack(converter, fu_count_substitution, substitutions, NULL, NULL, &err);
    fu_u16 wide;
    fu_u16_init(&wide);
    // A single byte gives at most two UTF-16 units (supplementary characters in multi-byte charsets).
    int32_t result = 0;
    if (U_SUCCESS(err) && fu_u16_reserve(&wide, srcLength * 2 + 1)) {
        int32_t wideLength = ucnv_toUChars(converter, wide.chars, wide.capacity, (const char *)src, srcLength, &err);
        if (U_SUCCESS(err)) result = fu_utf8_from_u16(wide.chars, wideLength, dest, destCapacity, &err);
    } else if (U_SUCCESS(err)) {
        err = U_MEMORY_ALLOCATION_ERROR;
    }
    fu_u16_free(&wide);
    ucnv_close(converter);
    *status = err;
    return result;
}

// MARK: Normalization

static const UNormalizer2 *fu_normalizer(int32_t form, UErrorCode *err) {
    // Singletons owned by ICU: never closed.
    return form == FU_NORM_NFC ? unorm2_getNFCInstance(err) : unorm2_getNFKCCasefoldInstance(err);
}

int32_t fu_is_normalized_utf8(int32_t form, const uint8_t *src, int32_t srcLength, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = fu_normalizer(form, &err);
    fu_u16 wide;
    fu_u16_init(&wide);
    int32_t wideLength = U_SUCCESS(err) ? fu_u16_from_utf8(&wide, src, srcLength, &err) : -1;
    UBool normalized = wideLength >= 0 ? unorm2_isNormalized(normalizer, wide.chars, wideLength, &err) : 0;
    fu_u16_free(&wide);
    *status = err;
    return normalized ? 1 : 0;
}

int32_t fu_normalize_utf8(int32_t form, const uint8_t *src, int32_t srcLength, uint8_t *dest,
                          int32_t destCapacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = fu_normalizer(form, &err);
    fu_u16 wide, out;
    fu_u16_init(&wide);
    fu_u16_init(&out);
    int32_t result = 0;
    int32_t wideLength = U_SUCCESS(err) ? fu_u16_from_utf8(&wide, src, srcLength, &err) : -1;
    if (wideLength >= 0) {
        int32_t prefix = unorm2_spanQuickCheckYes(normalizer, wide.chars, wideLength, &err);
        if (U_SUCCESS(err) && prefix == wideLength) {
            // Already normalized: hand back the input bytes unchanged.
            result = srcLength;
            if (srcLength <= destCapacity) memcpy(dest, src, (size_t)srcLength);
            else err = U_BUFFER_OVERFLOW_ERROR;
        } else if (U_SUCCESS(err)) {
            // Case folding and compatibility mappings can expand; 3x plus slack is ample, retry once if not.
            int32_t outLength = 0;
            for (int attempt = 0; attempt < 2; attempt++) {
                int32_t want = attempt == 0 ? wideLength * 3 + 16 : outLength + 1;
                if (!fu_u16_reserve(&out, want)) { err = U_MEMORY_ALLOCATION_ERROR; break; }
                err = U_ZERO_ERROR;
                outLength = unorm2_normalize(normalizer, wide.chars, wideLength, out.chars, out.capacity, &err);
                if (err != U_BUFFER_OVERFLOW_ERROR) break;
            }
            if (U_SUCCESS(err)) result = fu_utf8_from_u16(out.chars, outLength, dest, destCapacity, &err);
        }
    }
    fu_u16_free(&wide);
    fu_u16_free(&out);
    *status = err;
    return result;
}

// MARK: Segmentation

struct fu_break {
    UBreakIterator *iterator;
    UText text;
};

fu_break *fu_break_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    fu_break *handle = (fu_break *)calloc(1, sizeof(fu_break));
    if (!handle) { *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    UText initial = UTEXT_INITIALIZER;
    handle->text = initial;
    handle->iterator = ubrk_open(kind == FU_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD, locale, NULL, 0, &err);
    if (U_FAILURE(err)) {
        free(handle);
        *status = err;
        return NULL;
    }
    *status = err;
    return handle;
}

void fu_break_close(fu_break *handle) {
    if (!handle) return;
    ubrk_close(handle->iterator);
    utext_close(&handle->text);
    free(handle);
}

void fu_break_set_utf8(fu_break *handle, const uint8_t *text, int64_t length, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    // Reuses the UText struct: no allocation per text.
    utext_openUTF8(&handle->text, (const char *)text, length, &err);
    if (U_SUCCESS(err)) ubrk_setUText(handle->iterator, &handle->text, &err);
    *status = err;
}

int32_t fu_break_next(fu_break *handle) {
    int32_t next = ubrk_next(handle->iterator);
    return next == UBRK_DONE ? -1 : next;
}

int32_t fu_break_rule_status(fu_break *handle) { return ubrk_getRuleStatus(handle->iterator); }

// MARK: Scripts

const char *fu_script_code(uint32_t codePoint) {
    UErrorCode err = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript((UChar32)codePoint, &err);
    const char *name = U_SUCCESS(err) ? uscript_getShortName(script) : NULL;
    return name ? name : "Zzzz";
}

// MARK: Numbers

struct fu_number {
    UNumberFormat *format;
};

fu_number *fu_number_open(int32_t style, const char *locale, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UNumberFormat *format = unum_open(style == FU_NUMBER_SPELLOUT ? UNUM_SPELLOUT : UNUM_DECIMAL, NULL, 0, locale, NULL, &err);
    if (U_FAILURE(err)) { *status = err; return NULL; }
    if (style == FU_NUMBER_SPELLOUT) unum_setAttribute(format, UNUM_LENIENT_PARSE, 1);
    fu_number *handle = (fu_number *)malloc(sizeof(fu_number));
    if (!handle) { unum_close(format); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    handle->format = format;
    *status = err;
    return handle;
}

void fu_number_close(fu_number *handle) {
    if (!handle) return;
    unum_close(handle->format);
    free(handle);
}

double fu_number_parse(fu_number *handle, const uint8_t *text, int32_t length, int32_t *consumed, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    *consumed = 0;
    fu_u16 wide;
    fu_u16_init(&wide);
    double value = 0;
    int32_t wideLength = fu_u16_from_utf8(&wide, text, length, &err);
    if (wideLength >= 0) {
        int32_t position = 0;
        value = unum_parseDouble(handle->format, wide.chars, wideLength, &position, &err);
        if (U_SUCCESS(err) && position > 0) {
            UErrorCode lengthErr = U_ZERO_ERROR;
            *consumed = fu_utf8_from_u16(wide.chars, position, NULL, 0, &lengthErr);
        }
    }
    fu_u16_free(&wide);
    *status = err;
    return value;
}

int32_t fu_number_format(fu_number *handle, double value, int32_t maxFractionDigits, uint8_t *dest,
                         int32_t destCapacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UChar buffer[128];
    unum_setAttribute(handle->format, UNUM_MAX_FRACTION_DIGITS, maxFractionDigits);
    int32_t length = unum_formatDouble(handle->format, value, buffer, 128, NULL, &err);
    int32_t result = U_SUCCESS(err) ? fu_utf8_from_u16(buffer, length, dest, destCapacity, &err) : 0;
    *status = err;
    return result;
}

// MARK: Time zones and dates

static int32_t fu_zone_u16(const char *zone, UChar *dest, int32_t capacity) {
    int32_t length = (int32_t)strlen(zone);
    if (length >= capacity) length = capacity - 1;
    u_charsToUChars(zone, dest, length);
    dest[length] = 0;
    return length;
}

static UCalendar *fu_calendar(const char *zone, UErrorCode *err) {
    UChar zoneID[128];
    int32_t length = fu_zone_u16(zone, zoneID, 128);
    return ucal_open(zoneID, length, "en_US_POSIX", UCAL_GREGORIAN, err);
}

int32_t fu_default_time_zone(char *dest, int32_t destCapacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UChar zone[128];
    int32_t length = ucal_getDefaultTimeZone(zone, 128, &err);
    int32_t result = 0;
    if (U_SUCCESS(err)) result = fu_utf8_from_u16(zone, length, (uint8_t *)dest, destCapacity, &err);
    *status = err;
    return result;
}

int32_t fu_time_zone_is_known(const char *zone) {
    UErrorCode err = U_ZERO_ERROR;
    UChar zoneID[128], canonical[128];
    int32_t length = fu_zone_u16(zone, zoneID, 128);
    UBool isSystem = 0;
    ucal_getCanonicalTimeZoneID(zoneID, length, canonical, 128, &isSystem, &err);
    return U_SUCCESS(err) && isSystem ? 1 : 0;
}

double fu_local_to_utc(const char *zone, int32_t year, int32_t month, int32_t day, int32_t hour,
                       int32_t minute, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UCalendar *calendar = fu_calendar(zone, &err);
    double millis = 0;
    if (U_SUCCESS(err)) {
        ucal_clear(calendar);
        ucal_setDateTime(calendar, year, month - 1, day, hour, minute, 0, &err);
        millis = ucal_getMillis(calendar, &err);
        ucal_close(calendar);
    }
    *status = err;
    return millis;
}

void fu_zone_offsets(const char *zone, double millis, int32_t *rawOffset, int32_t *dstOffset, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UCalendar *calendar = fu_calendar(zone, &err);
    *rawOffset = 0;
    *dstOffset = 0;
    if (U_SUCCESS(err)) {
        ucal_setMillis(calendar, millis, &err);
        *rawOffset = ucal_get(calendar, UCAL_ZONE_OFFSET, &err);
        *dstOffset = ucal_get(calendar, UCAL_DST_OFFSET, &err);
        ucal_close(calendar);
    }
    *status = err;
}

int32_t fu_next_transition(const char *zone, double millis, double *transition, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UCalendar *calendar = fu_calendar(zone, &err);
    UBool found = 0;
    if (U_SUCCESS(err)) {
        ucal_setMillis(calendar, millis, &err);
        UDate next = 0;
        found = ucal_getTimeZoneTransitionDate(calendar, UCAL_TZ_TRANSITION_NEXT, &next, &err);
        if (found) *transition = next;
        ucal_close(calendar);
    }
    *status = err;
    return found && U_SUCCESS(err) ? 1 : 0;
}

int32_t fu_format_date(const char *locale, const char *skeleton, const char *zone, double millis,
                       uint8_t *dest, int32_t destCapacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UChar skeleton16[64], pattern[128], zoneID[128], formatted[256];
    int32_t skeletonLength = (int32_t)strlen(skeleton);
    if (skeletonLength > 63) skeletonLength = 63;
    u_charsToUChars(skeleton, skeleton16, skeletonLength);
    int32_t zoneLength = fu_zone_u16(zone, zoneID, 128);
    int32_t result = 0;
    UDateTimePatternGenerator *generator = udatpg_open(locale, &err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    int32_t patternLength = udatpg_getBestPattern(generator, skeleton16, skeletonLength, pattern, 128, &err);
    udatpg_close(generator);
    if (U_SUCCESS(err)) {
        UDateFormat *format = udat_open(UDAT_PATTERN, UDAT_PATTERN, locale, zoneID, zoneLength, pattern, patternLength, &err);
        if (U_SUCCESS(err)) {
            int32_t length = udat_format(format, millis, formatted, 256, NULL, &err);
            if (U_SUCCESS(err)) result = fu_utf8_from_u16(formatted, length, dest, destCapacity, &err);
            udat_close(format);
        }
    }
    *status = err;
    return result;
}

struct fu_date_format {
    UDateFormat *format;
};

fu_date_format *fu_date_format_open(const char *locale, const char *skeleton, const char *zone, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UChar skeleton16[64], pattern[128], zoneID[128];
    int32_t skeletonLength = (int32_t)strlen(skeleton);
    if (skeletonLength > 63) skeletonLength = 63;
    u_charsToUChars(skeleton, skeleton16, skeletonLength);
    int32_t zoneLength = fu_zone_u16(zone, zoneID, 128);
    UDateTimePatternGenerator *generator = udatpg_open(locale, &err);
    if (U_FAILURE(err)) { *status = err; return NULL; }
    int32_t patternLength = udatpg_getBestPattern(generator, skeleton16, skeletonLength, pattern, 128, &err);
    udatpg_close(generator);
    if (U_FAILURE(err)) { *status = err; return NULL; }
    UDateFormat *format = udat_open(UDAT_PATTERN, UDAT_PATTERN, locale, zoneID, zoneLength, pattern, patternLength, &err);
    if (U_FAILURE(err)) { *status = err; return NULL; }
    fu_date_format *handle = (fu_date_format *)malloc(sizeof(fu_date_format));
    if (!handle) { udat_close(format); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    handle->format = format;
    *status = err;
    return handle;
}

void fu_date_format_close(fu_date_format *handle) {
    if (!handle) return;
    udat_close(handle->format);
    free(handle);
}

int32_t fu_date_format_format(fu_date_format *handle, double millis, uint8_t *dest, int32_t destCapacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UChar formatted[256];
    int32_t length = udat_format(handle->format, millis, formatted, 256, NULL, &err);
    int32_t result = U_SUCCESS(err) ? fu_utf8_from_u16(formatted, length, dest, destCapacity, &err) : 0;
    *status = err;
    return result;
}
