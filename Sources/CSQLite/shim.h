#ifndef CSQLITE_SHIM_H
#define CSQLITE_SHIM_H
#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro cast of -1 to a function pointer, which Swift cannot import.
static inline sqlite3_destructor_type csqlite_transient(void) { return SQLITE_TRANSIENT; }

// sqlite3_config is variadic, which Swift cannot call. Turning memory statistics off (SQLite's own advice for
// speed: https://sqlite.org/compile.html#default_memstatus) drops a global mutex from every sqlite3_malloc.
// Must run before the library initializes, i.e. before the first connection opens; later it returns SQLITE_MISUSE.
static inline int csqlite_disable_memory_statistics(void) { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }

// The page cache's methods (https://sqlite.org/c3ref/pcache_methods2.html): read the default ones, install others.
// Like the above, only before the library initializes.
static inline int csqlite_get_page_cache(sqlite3_pcache_methods2 *methods) {
    return sqlite3_config(SQLITE_CONFIG_GETPCACHE2, methods);
}
static inline int csqlite_set_page_cache(const sqlite3_pcache_methods2 *methods) {
    return sqlite3_config(SQLITE_CONFIG_PCACHE2, methods);
}
#endif
