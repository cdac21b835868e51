# syntax=docker/dockerfile:1
# MockPlivo image: a static-stdlib release binary on a small Ubuntu, run as a non-root user.
# Every step below is mirrored by scripts/docker-steps.sh, which CI runs on machines without a Docker engine.
#   docker build -t mock-plivo .
#   docker run --rm -p 8000:8000 mock-plivo
#   docker run --rm -p 8000:8000 -v mock-plivo-data:/data -e MOCK_PLIVO_DB=/data/mock.db mock-plivo
ARG SWIFT_VERSION=6.3
# The build and run images must share a glibc: both are Ubuntu 22.04 (jammy).
ARG UBUNTU_CODENAME=jammy

FROM swift:${SWIFT_VERSION}-${UBUNTU_CODENAME} AS build
# libsqlite3-dev: the store. Nothing else: the binary links FoundationEssentials, not Foundation or
# FoundationNetworking, so there is no -lcurl (https callbacks load libcurl at run time).
RUN apt-get update \
    && apt-get install -y --no-install-recommends libsqlite3-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Dependencies first, so that a change to the sources does not fetch them again.
COPY Package.swift ./
RUN swift package resolve
# SwiftPM wants every declared target's folder, tests included, even when building one product.
COPY Sources ./Sources
COPY Tests ./Tests
# --static-swift-stdlib links the Swift runtime and FoundationEssentials into the binary, so the run image needs no
# toolchain.
RUN swift build -c release --product mock-plivo --static-swift-stdlib \
    && install -D -s -m 0755 "$(swift build -c release --show-bin-path)/mock-plivo" /staging/usr/local/bin/mock-plivo

FROM ubuntu:${UBUNTU_CODENAME}
# libsqlite3-0: the store. libcurl4 and ca-certificates: outbound https callbacks, for which the binary loads
# libcurl.so.4 with dlopen when the first one goes out (it is not linked; without it only https callbacks fail).
# scripts/docker-steps.sh checks that this list covers every shared library the binary needs (readelf NEEDED),
# and that it keeps libcurl4 and ca-certificates.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libsqlite3-0 libcurl4 ca-certificates \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --user-group --home-dir /data --shell /usr/sbin/nologin mockplivo \
    && mkdir -p /data && chown mockplivo:mockplivo /data
COPY --from=build /staging/usr/local/bin/mock-plivo /usr/local/bin/mock-plivo
USER mockplivo
WORKDIR /data
# The same variables as the binary's flags (mock-plivo --help): listen on every interface inside the container.
# Add MOCK_PLIVO_DB=/data/mock.db to keep the store in the volume; the default :memory: store is new at each start.
ENV MOCK_PLIVO_HOST=0.0.0.0 \
    MOCK_PLIVO_PORT=8000
EXPOSE 8000
VOLUME /data
# The binary checks itself (GET /__mock/health), so the image needs no curl.
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 CMD ["mock-plivo", "healthcheck"]
ENTRYPOINT ["mock-plivo"]
