#ifndef CLIBCURL_H
#define CLIBCURL_H
// Calls into libcurl's easy API through pointers the app got from dlsym(3): the binary never links libcurl, it
// loads it when the first https callback goes out (Sources/OutboundHTTP/Libcurl/Libcurl.swift).
//
// Only curl_easy_setopt and curl_easy_getinfo need C: they are variadic, and Swift cannot call a variadic function
// through a pointer. Each trampoline takes the dlsym'd pointer and calls it with one argument of the type the
// option expects (curl.h: "long", "pointer", "function pointer"), as a C caller of curl would.
#include <stddef.h>
#include <stdint.h>

/// A CURLOPT_WRITEFUNCTION callback: returns `size * count` to go on, anything else to stop the transfer.
typedef size_t (*clibcurl_write_callback)(char *data, size_t size, size_t count, void *context);

int clibcurl_setopt_long(void *setopt, void *handle, int option, long value);
int clibcurl_setopt_pointer(void *setopt, void *handle, int option, const void *value);
int clibcurl_setopt_write_callback(void *setopt, void *handle, int option, clibcurl_write_callback callback);
int clibcurl_getinfo_long(void *getinfo, void *handle, int info, long *value);
int clibcurl_getinfo_string(void *getinfo, void *handle, int info, const char **value);
/// For the CURLINFO_*_T infos, whose argument is a `curl_off_t *`: a signed 64-bit integer on every platform.
int clibcurl_getinfo_off_t(void *getinfo, void *handle, int info, int64_t *value);
#endif
