// Deliberately empty: this module only carries ICU's pkg-config flags to the C shim.
// No Swift module may see ICU's own headers (see ../../README.md, "ICU").
