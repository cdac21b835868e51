#include "CLibcurl.h"

// curl.h declares both as `CURLcode f(CURL *handle, CURLoption or CURLINFO, ...)`; CURLcode and the option enums
// are ints.
typedef int (*clibcurl_setopt_function)(void *handle, int option, ...);
typedef int (*clibcurl_getinfo_function)(void *handle, int info, ...);

int clibcurl_setopt_long(void *setopt, void *handle, int option, long value) {
    return ((clibcurl_setopt_function)setopt)(handle, option, value);
}

int clibcurl_setopt_pointer(void *setopt, void *handle, int option, const void *value) {
    return ((clibcurl_setopt_function)setopt)(handle, option, value);
}

int clibcurl_setopt_write_callback(void *setopt, void *handle, int option, clibcurl_write_callback callback) {
    return ((clibcurl_setopt_function)setopt)(handle, option, callback);
}

int clibcurl_getinfo_long(void *getinfo, void *handle, int info, long *value) {
    return ((clibcurl_getinfo_function)getinfo)(handle, info, value);
}

int clibcurl_getinfo_string(void *getinfo, void *handle, int info, const char **value) {
    return ((clibcurl_getinfo_function)getinfo)(handle, info, value);
}

int clibcurl_getinfo_off_t(void *getinfo, void *handle, int info, int64_t *value) {
    return ((clibcurl_getinfo_function)getinfo)(handle, info, value);
}
